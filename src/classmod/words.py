"""What people read: the Chinese names of actions, categories, roles and refusals.

Replies, warnings and alerts name things with these words, never with the code's own names
(``mute``, ``R01 membership``) and never a member by a raw platform id.
"""

from __future__ import annotations

from classmod.model import ActionKind, Category, Member, RefusalReason, Role

ACTION_NAMES: dict[ActionKind, str] = {
    ActionKind.DELETE: "撤回消息",
    ActionKind.WARN: "警告",
    ActionKind.REMIND: "提醒",
    ActionKind.MUTE: "禁言",
    ActionKind.UNMUTE: "解除禁言",
    ActionKind.KICK: "移出",
    ActionKind.BAN: "移出并拉黑",
    ActionKind.UNBAN: "解除拉黑",
    ActionKind.NOTIFY: "私信提醒",
    ActionKind.ALERT_STAFF: "通知老师",
    ActionKind.ESCALATE_OFFICE: "上报学校",
    ActionKind.SET_NICKNAME: "修改群名片",
    ActionKind.APPROVE_JOIN: "批准入群",
    ActionKind.REJECT_JOIN: "拒绝入群",
    ActionKind.LOCK: "全员禁言",
    ActionKind.UNLOCK: "解除全员禁言",
    ActionKind.RECORD: "记入台账",
    ActionKind.TIDY: "整理确认回复",
}

#: RULES.md's categories as a head teacher says them
CATEGORY_NAMES: dict[Category, str] = {
    Category.MEMBERSHIP: "非本班成员",
    Category.NICKNAME: "群昵称不实名",
    Category.INVITE: "擅自拉人入群",
    Category.ILLEGAL: "违法违规内容",
    Category.ABUSE: "不文明用语",
    Category.AD: "广告",
    Category.LINK: "外部链接",
    Category.RUMOR: "不实信息",
    Category.CHAT: "闲聊",
    Category.FLOOD: "刷屏",
    Category.ACK_REPLY: "通知确认回复",
    Category.SLANDER: "负面言论",
    Category.INCITEMENT: "煽动性言论",
    Category.RANKING: "成绩排名",
    Category.STUDENT_PRIVACY: "学生隐私",
    Category.PRIVATE_MATTER: "个人事务",
    Category.QUIET_HOURS: "休息时间发言",
    Category.DISPUTE: "争执与情绪",
}

ROLE_NAMES: dict[Role, str] = {
    Role.HEAD_TEACHER: "班主任",
    Role.TEACHER: "任课教师",
    Role.PARENT: "家长",
    Role.SUPERVISOR: "监督员",
    Role.SCHOOL_OFFICE: "家校协作办公室",
    Role.UNKNOWN: "未登记成员",
}

#: why a platform did not act, as a clause ending in what could not be done (``{verb}``)
_REFUSALS: dict[RefusalReason, str] = {
    RefusalReason.TARGET_IS_OWNER: "他是群主，无法{verb}",
    RefusalReason.TARGET_IS_ADMIN: "他是管理员，机器人无权对管理员{verb}",
    RefusalReason.BOT_LACKS_POWER: (
        "机器人没有足够的管理权限，无法{verb}（请群主把机器人设为管理员）"
    ),
    RefusalReason.TARGET_IS_BOT: "不能对机器人自己{verb}",
    RefusalReason.NOT_IN_GROUP: "他不在本群，无法{verb}",
    RefusalReason.NOT_BANNED: "他没有被拉黑，无需{verb}",
    RefusalReason.UNSUPPORTED: "本平台不支持{verb}",
    RefusalReason.UNCONFIRMED: "平台没有确认{verb}已生效，请人工核实",
    RefusalReason.UNAVAILABLE: "暂时连接不上平台，{verb}没有完成，请稍后再试",
    RefusalReason.REFUSED: "平台拒绝了{verb}",
}


def action_name(kind: ActionKind) -> str:
    return ACTION_NAMES.get(kind, "处理")


def category_name(category: Category) -> str:
    return CATEGORY_NAMES.get(category, "群规")


def role_name(role: Role) -> str:
    return ROLE_NAMES.get(role, "成员")


def member_name(member: Member | None, unnamed: str = "一位未登记昵称的成员") -> str:
    """A member as people call them: the display name, else the roster's name for them,
    else ``unnamed``."""
    if member is None:
        return "该成员"
    if member.display_name:
        return member.display_name
    if member.students:
        return f"{member.students[0]}{member.relation or '家长'}"
    if member.name:
        return (
            f"{member.name}老师"
            if member.role in (Role.HEAD_TEACHER, Role.TEACHER)
            else member.name
        )
    return unnamed


def refusal_text(kind: ActionKind, reason: RefusalReason | None) -> str:
    """Why ``kind`` was not done, in words: "他是群主，无法禁言"."""
    template = _REFUSALS.get(reason or RefusalReason.REFUSED, _REFUSALS[RefusalReason.REFUSED])
    return template.format(verb=action_name(kind))


__all__ = [
    "ACTION_NAMES",
    "CATEGORY_NAMES",
    "ROLE_NAMES",
    "action_name",
    "category_name",
    "member_name",
    "refusal_text",
    "role_name",
]
