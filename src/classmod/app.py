"""The app shell: the only part that awaits. Bridges in, engine in the middle, store around.

* Each group's events are handled in order (a lock per group); groups run concurrently.
* An event already processed (a replay after a restart) is skipped, so nobody is punished
  twice: the evidence, the processed mark and the decided actions (the outbox) are
  committed in one transaction before any action is applied. An action leaves the outbox
  in the transaction that audits its outcome; what is still there at start-up (a crash, a
  stop that ran out of time) is replayed, in order, once.
* A mute's unmute timer is committed with the mute's intent, before the platform call, so
  a crash during the call never leaves a mute without its end.
* Store writes are group-committed in the background (see ``Store``); what must be durable
  before an action or a cursor move is flushed explicitly.
* Timed sanctions (unmute, alert escalation, notice deadlines) live in the store and are
  re-armed at start, so a restart loses no timer. A timer whose action fails stays pending
  and is retried with backoff; staff are told once it has failed for ``TIMER_ALERT_AFTER``.
* Stopping (the task cancelled: SIGTERM/SIGINT in ``classmod run``) first stops taking
  events, then lets the events in hand finish with the bridges' links still open, then
  closes the links.
* A malformed event or a failing bridge call is logged and audited, never fatal.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog

from classmod.actions import NO_ANSWERS, ActionRunner
from classmod.appeals import (
    APPEAL_RULE,
)
from classmod.banwatch import BanListWatch
from classmod.bridge import (
    MANAGEMENT_GROUP,
    Acknowledgement,
    AuthenticationFailed,
    Bridge,
    InboundEvent,
    PrivateMessage,
    Unreadable,
)
from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.commandruntime import CommandRuntime
from classmod.commands import (
    STAFF,
    ParsedCommand,
    ReplyBudget,
    parent_label,
    parse_command,
    parse_command_duration,
)
from classmod.config import SchoolConfig
from classmod.digest import DIGEST_TIMER, GroupDigest, digest_text, next_due, period_start
from classmod.engine import Engine, GroupSetup, UnknownGroupError
from classmod.hookspecs import CommandSpec
from classmod.jobs import Job, nothing_more
from classmod.labels import parse_label
from classmod.learning import Learner
from classmod.membership import MembershipWatch
from classmod.metrics import Metrics
from classmod.model import (
    Action,
    ActionKind,
    Category,
    Decision,
    Group,
    MemberEvent,
    MemberEventKind,
    Message,
    Outcome,
    Platform,
    Role,
    Severity,
)
from classmod.night import NightWatch
from classmod.plugins import Host, host_for
from classmod.pluginstore import PluginStorage
from classmod.policy import ANNOUNCES, OTHERWISE, REMOVE_AFTER, without_deletion
from classmod.presend import PresendWatch
from classmod.startup import startup_text
from classmod.storage.protocol import Storage
from classmod.storage.records import EventKey, Intent, Timer
from classmod.storage.writer import StoreUnwritable
from classmod.timers import ALERT_ESCALATION, NOTICE_DEADLINE, UNMUTE, TimerKind
from classmod.words import (
    action_name,
    category_name,
)

log = structlog.get_logger("classmod.app")

Clock = Callable[[], datetime]

# processed event ids are remembered this long: a bridge replays from a cursor that is at
# most a few batches old, so days are ample
REPLAY_WINDOW = timedelta(days=3)
# how long a stopping app waits for the events in hand to finish
DRAIN_TIMEOUT = 30.0
# a failing timer is tried again after this, doubling up to TIMER_RETRY_MAX
TIMER_RETRY_FIRST = timedelta(seconds=5)
TIMER_RETRY_MAX = timedelta(minutes=5)
# staff are told when a timer has been failing this long (a mute that does not end)
TIMER_ALERT_AFTER = timedelta(minutes=2)
# and it is abandoned (audited, staff told again) after this
TIMER_GIVE_UP = timedelta(days=1)
# while the store cannot commit (a full disk), the evidence is tried again after this many
# seconds, doubling up to STORE_RETRY_MAX
STORE_RETRY_FIRST = 1.0
STORE_RETRY_MAX = 30.0
STORE_UNWRITABLE_TEXT = (
    "【存储故障】机器人的数据库无法写入（{why}）。为保证先存证据再处理，删除、警告、禁言等"
    "处理已暂停，每隔几秒重试；恢复写入后会自动补上。请尽快检查服务器（磁盘空间、文件权限）。"
)
STORE_WRITABLE_TEXT = "【存储恢复】机器人的数据库已恢复写入，暂停的处理已继续。"
# stored message texts older than ``store.message_retention`` are blanked this often
PURGE_EVERY = timedelta(hours=1)
# the start-up message is tried this many times, the pauses doubling from 1 s
STARTUP_TRIES = 8
UNREADABLE_TEXT = {
    "encrypted": (
        "【无法管理】{group} 的 Matrix 房间开启了端到端加密，机器人读不到群里的消息，"
        "这个群现在没有被管理。加密一旦开启就无法关闭：请新建一个不加密的房间，"
        "邀请家长和机器人加入，并把配置中这个群的 platform_id 改为新房间。"
    ),
}


#: a bridge that ran this long before it failed was healthy: it is restarted after 1 s again
BRIDGE_HEALTHY_AFTER = 60.0


def bridge_restart_delay(previous: float, ran_for: float) -> float:
    """Seconds before a failed bridge is restarted: 1, 2, 4 … 60 while it keeps failing,
    1 again after a run of ``BRIDGE_HEALTHY_AFTER`` (one failure a day is not a storm)."""
    if previous <= 0 or ran_for >= BRIDGE_HEALTHY_AFTER:
        return 1.0
    return min(previous * 2, 60.0)


def timer_retry_delay(failures: int) -> timedelta:
    """The pause before the next try of a timer that has failed ``failures`` times."""
    if failures >= 16:  # 5 s * 2**16 is far past the cap
        return TIMER_RETRY_MAX
    delay: timedelta = TIMER_RETRY_FIRST * (1 << failures)
    return min(delay, TIMER_RETRY_MAX)


def system_clock() -> datetime:
    return datetime.now(UTC)


DecisionObserver = Callable[[Message | MemberEvent, Decision, Sequence[Outcome]], None]


@dataclass(frozen=True, slots=True)
class _Later:
    """A command: its decision awaits (it reads the store), so it runs in a task.
    ``judged``: what the rules' decision on the same message asked for (a reminder)."""

    message: Message
    spec: CommandSpec
    args: tuple[str, ...]
    judged: Job | None = None
    bare: bool = False  # a one-word answer to an alert, without the slash


def _joined(judged: Job | None, command: Job | None) -> Job | None:
    """One job for a command message: what its judgement asked for, then the command's."""
    if judged is None or command is None:
        return judged or command
    first, second = judged, command
    split = len(first.actions)

    async def then(outcomes: list[Outcome]) -> None:
        await first.then(outcomes[:split])
        await second.then(outcomes[split:])

    return Job(
        group_id=first.group_id,
        event_id=first.event_id,
        actions=(*first.actions, *second.actions),
        intents=(*first.intents, *second.intents),
        then=then,
    )


def _as_applied(action: Action, refused: set[tuple[str, str]]) -> Action:
    """A warning that tells of a sanction the platform just refused says the policy's other
    text instead: nobody reads "已禁言" about a mute that did not happen, nor "已撤回" about
    a message that is still there."""
    if (str(ActionKind.DELETE), action.member_id) in refused:
        action = without_deletion(action)  # nor of a deletion that did not happen
    data = dict(action.data)
    announced = data.get(ANNOUNCES)
    if announced is None or (announced, action.member_id) not in refused:
        return action
    return replace(action, text=data.get(OTHERWISE, ""), data=())


class App:
    """Runs the engine over any number of bridges."""

    def __init__(
        self,
        config: SchoolConfig,
        bridges: Sequence[Bridge],
        store: Storage,
        *,
        clock: Clock = system_clock,
        host: Host | None = None,
        observer: DecisionObserver | None = None,
        timer_tick: float = 1.0,
        freeze_gc: bool = False,
        metrics: Metrics | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.host = host or host_for(config)
        self.bridges = {b.platform: b for b in bridges}
        self.observer = observer
        self.timer_tick = timer_tick
        self.freeze_gc = freeze_gc
        self.metrics = metrics
        self._platform_of = {gid: str(g.group.platform) for gid, g in config.groups.items()}
        self._timers_task: asyncio.Task[None] | None = None
        self._timers_ticked: float | None = None  # the loop time of the timers' last round
        setups = []
        for group_config in config.groups.values():
            group = group_config.group
            bridge = self.bridges.get(group.platform)
            caps = bridge.capabilities if bridge else PLATFORM_CAPABILITIES[group.platform]
            setups.append(
                GroupSetup(
                    group=group,
                    roster=group_config.roster,
                    rules=group_config.rules,
                    policy=config.policy,
                    capabilities=caps,
                )
            )
        self.engine = Engine(self.host, setups)
        self.commands: dict[str, CommandSpec] = self.host.commands()
        #: carries out actions, audits them, tells staff of failures (classmod.actions)
        self.actions = ActionRunner(self)
        #: the staff commands, their answers, appeals and private messages
        self.command_runtime = CommandRuntime(self)
        #: the plugins' storage, by name, set up by ``start`` (classmod.pluginstore)
        self.storages: dict[str, PluginStorage] = {}
        self.replies = ReplyBudget()  # replies to refused or repeated commands, per member
        self._locks: dict[str, asyncio.Lock] = {}
        self._inflight: set[asyncio.Task[None]] = set()
        self._lanes: dict[str, asyncio.Future[None]] = {}
        self._deciding: dict[str, int] = {}  # a group's events waiting on a command's decision
        self._done: asyncio.Future[None] | None = None
        self._accepting = True  # False once the app is stopping: new events wait, unhandled
        self.store_retry = STORE_RETRY_FIRST  # the first pause while the store cannot commit
        self._store_down = False  # staff were told the store cannot commit
        self._next_purge: datetime | None = None  # the retention purge's next run
        self._unreadable: set[tuple[str, str]] = set()  # (group, why) staff were told of
        self.night = NightWatch(self)
        self.membership = MembershipWatch(self)
        self.presend = PresendWatch(self)  # the antispam endpoint's judge
        self.learning = Learner(self)  # terms learned from staff corrections
        #: set once ``start`` has restored what the store holds (strikes, terms, timers):
        #: what judges from outside the bridges (the antispam endpoint) waits for it
        self.started = asyncio.Event()
        self.banlists = BanListWatch(self)  # shared ban lists (policy rooms)
        #: what a due timer does, by kind: the app's own, its modules' (the night lock,
        #: the grace period, ...) and the plugins' (classmod.timers)
        self.timer_kinds: dict[str, TimerKind] = {
            UNMUTE: TimerKind(self._unmute_action),
            ALERT_ESCALATION: TimerKind(self._escalation_action, done=self._escalated),
            NOTICE_DEADLINE: TimerKind(self._deadline_action),
            DIGEST_TIMER: TimerKind(self._digest_action, in_group=False),
            **self.night.timer_kinds(),
            **self.membership.timer_kinds(),
        }
        self.timer_kinds.update(self.host.timer_kinds(set(self.timer_kinds)))

    # -- life cycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Set up the plugins' storage; restore strikes, offences, notices and
        acknowledgements from the store."""
        now = self.clock()
        for spec in self.host.storage_specs().values():
            ran = await self.store.plugin_data.migrate(spec)
            if ran:
                log.info("plugin_storage_migrated", storage=spec.name, migrations=ran)
            self.storages[spec.name] = PluginStorage(self.store, spec)
        since = now - self.config.policy.strike_decay
        self.engine.restore(
            strikes=await self.store.strikes.load(since),
            offences=await self.store.strikes.load_offences(),
            notices=await self.store.notices.load(now - timedelta(days=14)),
            acks=await self.store.notices.load_acks(),
        )
        await self.store.processed.keep(REPLAY_WINDOW, now)
        await self.learning.load()
        await self._arm_digest(now)
        pending = await self.store.timers.pending()
        await self.membership.load()
        await self.banlists.load()
        await self.night.arm(pending, now)
        self.membership.arm(now)
        await self.store.flush()
        if self.freeze_gc:
            # Rosters, lexicons, automata and the restored state live as long as the
            # process: moved out of the collector's reach, a full collection (which
            # otherwise walks them all, tens of ms, while events wait) sees only what
            # changes. For the process's own app (``classmod run``), not for tests.
            gc.collect()
            gc.freeze()
        self.started.set()
        log.info("app_started", groups=len(self.config.groups), timers_rearmed=len(pending))

    async def run(self) -> None:
        """Start and serve until cancelled.

        At start the outbox is replayed (with the links connecting), then timers run. When
        cancelled: no new event is taken, the timers stop, the events in hand finish with
        the links open (``drain``; what does not finish in time stays in the outbox), and
        only then are the bridges stopped.
        """
        await self.start()
        self._accepting = True
        bridges = [
            asyncio.create_task(self._run_bridge(b), name=b.name) for b in self.bridges.values()
        ]
        replay = asyncio.create_task(self.replay_outbox(), name="outbox")
        timers = self._timers_task = asyncio.create_task(
            self._timer_loop(after=replay), name="timers"
        )
        announce = asyncio.create_task(self.announce_start(), name="startup")
        banlists = asyncio.create_task(self._follow_banlists(after=replay), name="banlists")
        try:
            # asyncio.wait, not gather: a cancelled run must not cancel the bridges yet
            done, _ = await asyncio.wait([*bridges, timers], return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            self._accepting = False
            log.info("app_stopping", events_in_hand=len(self._inflight))
            stopping: list[asyncio.Task[Any]] = [timers, replay, announce, banlists]
            for task in stopping:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            await self.drain()
            for task in bridges:
                task.cancel()
            for task in bridges:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            await self.store.flush()
            log.info("app_stopped")

    async def _follow_banlists(self, after: Awaitable[Any]) -> None:
        """The ban lists, once the outbox is replayed (a half-applied rule's decided bans
        go out first; the resumed sweep then skips them)."""
        with contextlib.suppress(Exception):
            await after
        try:
            await self.banlists.run()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the rest of the bot goes on without the lists
            log.error("banlists_failed", error=repr(exc), exc_info=True)

    def spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        """Run ``work`` in the background, finished (or cancelled) by ``drain`` at stop."""

        async def logged() -> None:
            try:
                await work
            except Exception as exc:
                self._failed(exc)

        self._track(logged())

    async def act(self, group_id: str, event_id: str, actions: Sequence[Action]) -> list[Outcome]:
        """Decide ``actions`` (committed to the outbox with what was queued before them)
        and carry them out in the group's order, as an event's would be: their outcomes."""
        intents = self._queue_intents(event_id, actions, self.clock())
        outcomes: list[Outcome] = []

        async def keep(done: list[Outcome]) -> None:
            outcomes.extend(done)

        await self._act(
            Job(group_id=group_id, event_id=event_id, actions=actions, intents=intents, then=keep)
        )
        return outcomes

    async def announce_start(self) -> bool:
        """Tell the management room the bot runs: the groups it serves and what it can do
        on each platform (tried again while the room's link is coming up)."""
        if self.config.management is None:
            return False
        capabilities = {
            p: b.capabilities if (b := self.bridges.get(Platform(p))) else caps
            for p, caps in PLATFORM_CAPABILITIES.items()
        }
        text = startup_text(self.config.school, self.engine.groups(), capabilities)
        delay = 1.0
        for _ in range(STARTUP_TRIES):
            if (await self.actions.tell_staff(MANAGEMENT_GROUP, text, reason="started")).ok:
                return True
            await asyncio.sleep(delay)
            delay = min(delay * 2, 60.0)
        return False

    async def _tell_unreadable(self, event: Unreadable) -> None:
        """Staff hear once per run of a group the bot cannot read (nobody moderates it)."""
        key = (event.group_id, event.why)
        if key in self._unreadable or event.group_id not in self.config.groups:
            return
        self._unreadable.add(key)
        group = self.actions.group(event.group_id)
        template = UNREADABLE_TEXT.get(event.why, "【无法管理】{group} 的消息机器人读不到。")
        text = template.format(group=group.class_name or group.id, why=event.why)
        log.error("group_unreadable", group=event.group_id, why=event.why)
        if not (
            await self.actions.tell_staff(event.group_id, text, reason=f"unreadable: {event.why}")
        ).ok:
            self._unreadable.discard(key)  # told at the next sighting

    async def drain(self, timeout: float = DRAIN_TIMEOUT) -> None:
        """Let the events being handled finish (their actions and audit), then commit.

        An event still in hand after ``timeout`` is cancelled: its decided actions that
        were not carried out stay in the outbox, for the next start."""
        if self._inflight:
            log.info("draining", events=len(self._inflight))
            _, late = await asyncio.wait(set(self._inflight), timeout=timeout)
            for task in late:
                log.error("event_abandoned_at_stop", reason="did not finish in time")
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=1.0)
        await self.store.flush()

    async def replay_outbox(self) -> int:
        """Carry out the actions decided before the last stop and never carried out, in the
        order they were decided, each once; returns how many were pending."""
        intents = await self.store.outbox.pending()
        if not intents:
            return 0
        log.info("outbox_replaying", actions=len(intents))
        jobs: list[list[Intent]] = []
        for intent in intents:
            last = jobs[-1][0] if jobs else None
            if (
                last is not None
                and last.event_id == intent.event_id
                and last.action.group_id == intent.action.group_id
            ):
                jobs[-1].append(intent)
            else:
                jobs.append([intent])
        work = [
            self._track(
                self._act(
                    Job(
                        group_id=job[0].action.group_id,
                        event_id=job[0].event_id,
                        actions=[i.action for i in job],
                        intents=[i.id for i in job],
                        then=nothing_more,
                        decided_at=job[0].decided_at,
                    )
                )
            )
            for job in jobs
        ]
        await asyncio.gather(*work, return_exceptions=True)
        log.info("outbox_replayed", actions=len(intents), events=len(jobs))
        return len(intents)

    async def _run_bridge(self, bridge: Bridge) -> None:
        loop = asyncio.get_running_loop()
        delay = 0.0
        while True:
            started = loop.time()
            try:
                await bridge.run(self.handle)
                return
            except asyncio.CancelledError:
                raise
            except AuthenticationFailed as exc:  # no retry can help: the app stops
                log.error("bridge_refused_credentials", bridge=bridge.name, error=str(exc))
                raise
            except Exception as exc:  # a bridge crash must not take the others down
                again = delay > 0 and loop.time() - started < BRIDGE_HEALTHY_AFTER
                delay = bridge_restart_delay(delay, loop.time() - started)
                log.error(
                    "bridge_failed",
                    bridge=bridge.name,
                    error=repr(exc),
                    retry_in_s=delay,
                    exc_info=not again,  # the traceback once, not at every restart
                )
                await asyncio.sleep(delay)

    # -- events ---------------------------------------------------------------------------

    def handle(self, event: InboundEvent) -> Awaitable[None]:
        """The sink bridges call: decides the event, and returns what to await until it is
        handled (its actions applied and audited).

        Most events are decided right here, in the call, with no task and no turn of the
        loop: the engine is synchronous and the store only queues. Only an event whose
        decision must await (a command: it reads the store) goes through a task, under its
        group's lock, and so do the group's later events until it is decided, so a group's
        decisions are always in arrival order. Actions run in a task (``_act``). A command
        is a message first: the rules judge it in the call like any other (``_decide``).

        The returned awaitable is shielded: a bridge stopped while an event is in hand does
        not cut it short (``drain`` waits for it), so an action is never left half done with
        its event unmarked, to be applied a second time after a restart.
        """
        if not self._accepting:
            # stopping: the event is not handled, and its sink call never returns (a bridge
            # must not move its cursor past it); the bridge is cancelled soon
            return asyncio.get_running_loop().create_future()
        if isinstance(event, PrivateMessage):
            return self._track(self.command_runtime._private(event))
        if isinstance(event, Unreadable):
            return self._track(self._tell_unreadable(event))
        group_id = event.group_id
        if self.metrics is not None:
            self.metrics.event_in(self._platform_of.get(group_id, "management"))
        later: _Later | None = None
        if not self._deciding.get(group_id):
            try:
                job = self._decide(event)
            except Exception as exc:
                self._failed(exc)
                return self._completed()
            if job is None:
                return self._completed()
            if not isinstance(job, _Later):
                return self._track(self._act(job))
            later = job  # decided: judged and recorded, only the command itself awaits
        self._deciding[group_id] = self._deciding.get(group_id, 0) + 1
        return self._track(self._handle(event, later))

    def _track(self, work: Coroutine[Any, Any, None]) -> Awaitable[None]:
        task = asyncio.ensure_future(work)
        self._inflight.add(task)
        task.add_done_callback(self._inflight.discard)
        return asyncio.shield(task)

    def _completed(self) -> asyncio.Future[None]:
        # one finished future serves every call of a loop (asyncio.gather refuses futures
        # of another loop, so a new loop gets its own)
        done = self._done
        loop = asyncio.get_running_loop()
        if done is None or done.get_loop() is not loop:
            done = self._done = loop.create_future()
            done.set_result(None)
        return done

    async def _handle(self, event: InboundEvent, later: _Later | None = None) -> None:
        """An event whose group has a decision that awaits: in turn, under the lock."""
        group_id = event.group_id
        try:
            job: Job | _Later | None = None
            try:
                lock = self._locks.setdefault(group_id, asyncio.Lock())
                async with lock:
                    job = later or self._decide(event)
                    if isinstance(job, _Later):
                        command = await self.command_runtime._command(
                            job.message, job.spec, job.args, bare=job.bare
                        )
                        job = _joined(job.judged, command)
            finally:
                left = self._deciding[group_id] - 1
                if left:
                    self._deciding[group_id] = left
                else:
                    del self._deciding[group_id]
            if job is not None:
                await self._act(job)
        except Exception as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UnknownGroupError):
            log.warning("event_skipped", reason="unknown group", group=str(exc))
        else:
            log.error("event_failed", error=repr(exc), exc_info=exc)

    def _decide(self, event: InboundEvent) -> Job | _Later | None:
        """The decision, without awaiting: the actions to carry out, or a command to run.

        Every message is judged by the rules, a command included: what follows a command's
        name is content like any other. A message the rules act on (more than a reminder)
        runs no command, whatever it starts with; an unknown command is a plain message.
        """
        if isinstance(event, Message):
            key = self._key(event)
            if self.store.processed.seen(key):
                log.info("event_replayed", event_id=event.id, group=event.group_id)
                return None
            decision: Decision | None = None
            judged: Job | None = None
            parsed = parse_command(event.text)
            bare = False
            if event.group_id == MANAGEMENT_GROUP:
                # staff talk in the management room is not moderated
                self.store.processed.note(key, self.clock())
                if parsed is None and event.reply_to:
                    parsed = self._answer(event.text)
                    bare = parsed is not None
            elif self.metrics is not None:
                started = time.perf_counter()
                decision = self.engine.handle_message(event)
                self._count(event, decision, time.perf_counter() - started)
                self.store.messages.queue(event)
                judged = self._record(event, decision, event)
            else:
                decision = self.engine.handle_message(event)
                decision = self.membership.nickname_once(decision, self.clock())
                # where it is and who sent it, for a reply-targeted command after a restart
                self.store.messages.queue(event)
                judged = self._record(event, decision, event)
            if parsed is None and event.reply_to and event.group_id != MANAGEMENT_GROUP:
                parsed = self._label(event)
            spec = self.commands.get(parsed.name) if parsed is not None else None
            if parsed is None or spec is None:
                return judged
            if decision is not None and any(
                v.severity > Severity.NOTE or v.delete for v in decision.verdicts
            ):
                log.info("command_not_run", command=spec.name, member=event.sender_id)
                return judged
            return _Later(event, spec, parsed.args, judged, bare)
        if isinstance(event, MemberEvent):
            if self.store.processed.seen(self._key(event)):
                return None
            if event.kind == MemberEventKind.LEAVE:
                self.membership.left(event.group_id, event.member_id)
            started = time.perf_counter()
            decision = self.engine.handle_member_event(event, now=self.clock())
            decision = self.membership.nickname_once(decision, self.clock())
            decision = self.banlists.at_door(event, decision)
            if self.metrics is not None:
                self._count(event, decision, time.perf_counter() - started)
            return self._record(event, decision, None)
        if isinstance(event, Acknowledgement):
            if self.engine.acknowledge(
                event.group_id, event.message_id, event.member_id, via=event.via
            ):
                self.store.notices.queue_ack(
                    event.group_id, event.message_id, event.member_id, event.ts, event.via
                )
            return None
        log.warning("event_skipped", reason="unknown event type", type=type(event).__name__)
        return None

    def _count(self, event: Message | MemberEvent, decision: Decision, seconds: float) -> None:
        assert self.metrics is not None
        platform = self._platform_of.get(event.group_id, "management")
        rules = tuple(v.rule_id for v in decision.verdicts) if decision.verdicts else ()
        self.metrics.decided(platform, seconds, rules)

    def _label(self, msg: Message) -> ParsedCommand | None:
        """A teacher's 这是广告 (这是 and a category) replying to a message in a class group,
        as the ``label`` command; None for anything else and for anyone else."""
        category = parse_label(msg.text)
        if category is None or "label" not in self.commands:
            return None
        if self.engine.named_member(msg.group_id, msg.sender_id).role not in STAFF:
            return None
        return ParsedCommand(name="label", args=(category.value,))

    def _answer(self, text: str) -> ParsedCommand | None:
        """A one-word answer to an alert, without the slash: ``移出``, ``禁言 10分钟``,
        ``禁言10分钟``, ``这是广告``; None when the text starts with no command name."""
        category = parse_label(text)
        if category is not None and "label" in self.commands:
            return ParsedCommand(name="label", args=(category.value,))
        words = text.split()
        if not words:
            return None
        head = words[0].lower()
        free = self.command_runtime._free_text_answer(head, words)  # 驳回 and its reason
        if free is not None:
            return free
        if len(words) > 3:
            return None
        if head in self.commands:
            return ParsedCommand(name=head, args=tuple(words[1:]))
        for name in self.commands:  # a duration written on: 禁言10分钟
            rest = head[len(name) :]
            if head.startswith(name) and parse_command_duration(rest) is not None:
                return ParsedCommand(name=name, args=(rest, *words[1:]))
        return None

    def _key(self, event: Message | MemberEvent) -> EventKey:
        """The replay key: a platform's event ids are unique only within a group."""
        if event.group_id == MANAGEMENT_GROUP:
            platform = self.config.management.platform if self.config.management else ""
        else:
            platform = self.engine.setup(event.group_id).group.platform
        return (str(platform), event.group_id, event.id)

    def _record(
        self, event: Message | MemberEvent, decision: Decision, msg: Message | None
    ) -> Job | None:
        """Queue the decision's evidence and the processed mark; the actions to carry out."""
        now = self.clock()
        if decision.acknowledged and msg is not None:
            self.store.notices.queue_ack(
                msg.group_id, decision.acknowledged, msg.sender_id, msg.ts, "reply"
            )
        self.store.processed.note(self._key(event), now)
        if decision.clean:
            if self.observer is not None:
                self.observer(event, decision, ())
            return None
        self.store.audit.queue_decision(decision, msg, now, decision.strikes_added)
        intents = self._queue_intents(decision.event_id, decision.actions, now)
        observer = self.observer

        async def observe(outcomes: list[Outcome]) -> None:
            if observer is not None:
                observer(event, decision, outcomes)

        return Job(
            group_id=decision.group_id,
            event_id=decision.event_id,
            actions=decision.actions,
            intents=intents,
            then=observe,
        )

    def record_blocked(self, message: Message, decision: Decision) -> None:
        """A message blocked before it was sent (``classmod.presend``): its evidence,
        strikes and processed mark are queued, and its actions carried out like those of a
        posted message, in the group's order."""
        job = self._record(message, decision, message)
        if job is not None:
            self._track(self._act(job))

    def _queue_intents(
        self, event_id: str, actions: Sequence[Action], now: datetime
    ) -> tuple[int, ...]:
        """Queue the actions to the outbox, with what their timers need, in the caller's
        transaction (the one with the evidence and the processed mark).

        A mute's unmute timer is stored here, before the platform is asked: a mute whose
        call never returned still ends. An unmute ends the pending timer here too, so a
        /unmute decided before a re-mute does not cancel the re-mute's timer when applied."""
        for action in actions:
            if action.kind == ActionKind.MUTE and action.duration:
                self.store.timers.queue(
                    action.group_id, action.member_id, UNMUTE, now + action.duration
                )
            elif action.kind == ActionKind.UNMUTE:
                self.store.timers.queue_cancel(action.group_id, action.member_id, UNMUTE)
            elif action.kind == ActionKind.NOTIFY and REMOVE_AFTER in dict(action.data):
                seconds = int(dict(action.data)[REMOVE_AFTER])
                self.membership.on_probation(
                    action.group_id, action.member_id, now + timedelta(seconds=seconds)
                )
        return self.store.outbox.queue(event_id, actions, now) if actions else ()

    async def _act(self, job: Job) -> None:
        """Carry out a job's actions outside the group's lock, after the group's earlier jobs.

        The group's next event is decided while this one's actions are on the wire, yet
        actions still reach the platform in the order their events arrived (a /unmute never
        overtakes the mute it lifts). The evidence and the processed mark are committed
        first: from here on a restart never re-applies anything.
        """
        previous = self._lanes.get(job.group_id)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._lanes[job.group_id] = done
        outcomes: list[Outcome] = []
        try:
            if previous is not None:
                # shielded: a job cancelled at stop must not cancel the lane it waits on
                await asyncio.shield(previous)
            await self._commit_evidence()
            refused: set[tuple[str, str]] = set()  # (kind, member) the platform refused
            for action, intent in zip(job.actions, job.intents, strict=True):
                if job.decided_at is not None:
                    moot = await self.actions._already_done(action, job.decided_at)
                    if moot:
                        await self.actions._skip_replayed(action, job.event_id, intent, moot)
                        continue
                action = _as_applied(action, refused)
                outcome = await self.actions.apply(action, job.event_id, intent=intent)
                if not outcome.ok:
                    refused.add((str(action.kind), action.member_id))
                outcomes.append(outcome)
        finally:
            if not done.done():
                done.set_result(None)
            if self._lanes.get(job.group_id) is done:
                del self._lanes[job.group_id]
        await job.then(outcomes)

    async def _commit_evidence(self) -> None:
        """Commit the evidence before any action. While the store cannot commit (a full
        disk), the actions wait and the commit is retried with backoff; staff are told once
        an outage, and once more when it is over."""
        delay = self.store_retry
        while True:
            try:
                await self.store.flush()
            except StoreUnwritable as exc:
                if not self._store_down:
                    self._store_down = True  # before the await: one alert, however many wait
                    self._track(self._tell_staff_store(str(exc)))
                await asyncio.sleep(delay)
                delay = min(delay * 2, STORE_RETRY_MAX)
                continue
            if self._store_down:
                self._store_down = False
                self._track(self._tell_staff_store(""))
            return

    async def _tell_staff_store(self, error: str) -> None:
        """The management room hears that the store cannot commit (``error``) or can again
        (''). Posted directly: an alert through ``apply`` is written to the store first."""
        if error:
            why = "磁盘已满" if "full" in error else "文件只读或磁盘出错"
            text = STORE_UNWRITABLE_TEXT.format(why=why)
        else:
            text = STORE_WRITABLE_TEXT
        action = Action(
            kind=ActionKind.ALERT_STAFF,
            group_id=MANAGEMENT_GROUP,
            reason="store unwritable" if error else "store writable again",
            text=text,
        )
        try:
            outcome = await self.actions.post_staff(text, action)
        except Exception as exc:
            outcome = Outcome(action=action, ok=False, detail=f"error: {exc!r}")
        (log.info if outcome.ok else log.error)(
            "store_alert_posted" if outcome.ok else "store_alert_failed",
            unwritable=bool(error),
            error=error,
            detail=outcome.detail,
        )
        if error and not outcome.ok:
            self._store_down = False  # not told: the next retry tries to tell them again

    # -- actions (carried out by classmod.actions.ActionRunner) --------------------------

    def group(self, group_id: str) -> Group:
        return self.actions.group(group_id)

    async def apply(
        self,
        action: Action,
        event_id: str = "",
        *,
        intent: int | None = None,
        alert_on_failure: bool = True,
    ) -> Outcome:
        """Carry out one action, audit it, tell observers (``ActionRunner.apply``)."""
        return await self.actions.apply(
            action, event_id, intent=intent, alert_on_failure=alert_on_failure
        )

    async def tell_staff(self, group_id: str, text: str, *, reason: str) -> Outcome:
        return await self.actions.tell_staff(group_id, text, reason=reason)

    async def post_staff(self, text: str, action: Action) -> Outcome:
        return await self.actions.post_staff(text, action)

    # -- the digest (P05) ------------------------------------------------------------------

    async def _arm_digest(self, now: datetime) -> None:
        """One pending digest timer while a digest is configured (kept across restarts)."""
        settings = self.config.digest
        if settings is None:
            return
        if any(t.kind == DIGEST_TIMER for t in await self.store.timers.pending()):
            return
        due = next_due(now, settings, self.config.timezone)
        await self.store.timers.add(MANAGEMENT_GROUP, "", DIGEST_TIMER, due, {})

    async def _group_digest(self, group: Group, since: datetime, until: datetime) -> GroupDigest:
        handled: dict[str, int] = {}
        for group_id, rule, category, events in await self.store.audit.rule_counts(since, until):
            if group_id == group.id:
                base = category.partition(":")[0]
                known = base in {c.value for c in Category}
                words = category_name(Category(base)) if known else ""
                handled[f"{rule} {words}".strip()] = events
        answers = [
            a
            for g, a in await self.store.alerts.answers(APPEAL_RULE, since, until)
            if g == group.id
        ]
        granted = sum(a.split(" ")[0] in ("grant", "同意", "wrong", "误判") for a in answers if a)
        return GroupDigest(
            name=group.class_name or group.id,
            handled=handled,
            open_alerts=(await self.store.alerts.open_counts(APPEAL_RULE)).get(group.id, 0),
            appeals_granted=granted,
            appeals_refused=sum(1 for a in answers if a) - granted,
            appeals_waiting=sum(1 for a in answers if not a),
            unacknowledged=tuple(
                (n.ts, missing)
                for n in self.engine.notices(group.id)
                if n.asks_reply
                and since <= n.ts < until
                and (missing := len(self.engine.unacknowledged(group.id, n.message_id)))
            ),
        )

    async def _send_digest(self, timer: Timer) -> None:
        """Send the digest that is due and arm the next one."""
        settings = self.config.digest
        if settings is None:
            return  # turned off since: the timer ends with no successor
        now, zone = self.clock(), self.config.timezone
        since = period_start(timer.due, settings)
        parts = {g.id: await self._group_digest(g, since, now) for g in self.engine.groups()}
        school = self.config.school
        if settings.to == "management":
            text = digest_text(school, since, now, list(parts.values()), zone, settings.every)
            action = Action(kind=ActionKind.ALERT_STAFF, group_id=MANAGEMENT_GROUP, text=text)
            outcome = await self.actions.post_staff(text, action)
            await self.store.audit.record_outcome(replace(outcome, action=action), "digest", now)
        else:
            for group_id, part in parts.items():
                roster = self.engine.setup(group_id).roster
                readers = [t.id for t in roster.teachers if t.role == Role.HEAD_TEACHER]
                readers += [roster.supervisor] if roster.supervisor else []
                text = digest_text(school, since, now, [part], zone, settings.every)
                for member_id in dict.fromkeys(readers):
                    await self.actions.apply(
                        Action(
                            kind=ActionKind.NOTIFY,
                            group_id=group_id,
                            member_id=member_id,
                            rule_id="P05",
                            reason="digest",
                            text=text,
                        ),
                        "digest",
                    )
        log.info("digest_sent", to=settings.to, groups=len(parts))
        await self.store.timers.add(
            MANAGEMENT_GROUP, "", DIGEST_TIMER, next_due(now, settings, zone), {}
        )

    # -- timers ---------------------------------------------------------------------------

    async def _timer_loop(self, after: Awaitable[Any] | None = None) -> None:
        if after is not None:
            # the outbox first: a replayed mute goes out before its unmute can fire
            with contextlib.suppress(Exception):
                await after
        while True:
            try:
                await self.fire_due_timers()
                await self.purge_due()
                await self.membership.audit_due()
            except Exception as exc:  # the store cannot be read or written just now
                log.error("timers_failed", error=repr(exc))
            self._timers_ticked = asyncio.get_running_loop().time()
            await asyncio.sleep(self.timer_tick)

    # -- health (``/healthz``) ------------------------------------------------------------

    def timers_running(self) -> str:
        """'' while the timer loop goes round, else why not."""
        task = self._timers_task
        if task is None or task.done():
            return "the timer loop is not running"
        if self._timers_ticked is None:
            return ""  # waiting for the outbox replay, which comes first
        late = asyncio.get_running_loop().time() - self._timers_ticked
        if late > max(30.0, 10 * self.timer_tick):
            return f"the timer loop has not gone round for {late:.0f} s"
        return ""

    def store_problem(self) -> str:
        """'' while the store can commit, else why not."""
        if (why := self.store.unwritable) is not None:
            return f"the store cannot be written: {why}"
        return ""

    async def purge_due(self) -> int:
        """Blank the stored message texts older than ``store.message_retention`` when the
        last purge is ``PURGE_EVERY`` old (by the clock); how many audit texts it blanked."""
        now = self.clock()
        if self._next_purge is not None and now < self._next_purge:
            return 0
        self._next_purge = now + PURGE_EVERY
        retention = self.config.store.message_retention
        try:
            blanked = await self.store.purge_message_text(now, retention)
        except Exception as exc:  # tried again at the next turn
            self._next_purge = None
            log.error("purge_failed", error=repr(exc), exc_info=True)
            return 0
        log.info("message_text_purged", rows=blanked, retention_days=retention.days)
        return blanked

    async def fire_due_timers(self) -> int:
        """Carry out every timer that is due by the clock; returns how many fired.

        A timer is finished only when what it does was done: one that fails (the gateway
        is down at the due time) is tried again later (``timer_retry_delay``), staff are
        told once it has failed for ``TIMER_ALERT_AFTER``, and it is abandoned, audited and
        told, after ``TIMER_GIVE_UP``."""
        now = self.clock()
        fired = 0
        for timer in await self.store.timers.pending():
            if timer.due > now:
                break
            action: Action | None = None
            try:
                action = await self._timer_action(timer)
                problem = await self._fire(timer, action) if action is not None else ""
            except Exception as exc:
                log.error("timer_failed", kind=timer.kind, error=repr(exc), exc_info=True)
                problem = f"error: {exc!r}"
            if problem and action is not None:
                await self._timer_failed(timer, action, problem, now)
                continue
            await self.store.timers.finish(timer.id)
            fired += 1
        return fired

    async def _fire(self, timer: Timer, action: Action) -> str:
        """Carry out a due timer's action: '' when done, else what went wrong."""
        outcome = await self.actions.apply(action, f"timer:{timer.id}", alert_on_failure=False)
        kind = self.timer_kinds.get(timer.kind)
        if not outcome.ok:
            if kind is not None and kind.refused is not None and await kind.refused(timer, outcome):
                return ""  # a final refusal, told by the timer's module
            return outcome.detail or "failed"
        if kind is not None and kind.done is not None:
            await kind.done(timer, outcome)
        return ""

    async def _timer_failed(self, timer: Timer, action: Action, detail: str, now: datetime) -> None:
        since = timer.failing_since or now
        failures = timer.failures + 1
        log.warning(
            "timer_retrying",
            kind=timer.kind,
            group=timer.group_id,
            member=timer.member_id,
            failures=failures,
            detail=detail,
        )
        if now - since >= TIMER_GIVE_UP:
            await self.store.timers.abandon(timer.id)
            log.error("timer_abandoned", kind=timer.kind, group=timer.group_id, failures=failures)
            await self._tell_staff_timer(timer, action, detail, since, failures, gave_up=True)
            return
        alerted = timer.alerted
        if not alerted and now - since >= TIMER_ALERT_AFTER:
            alerted = await self._tell_staff_timer(
                timer, action, detail, since, failures, gave_up=False
            )
        due = now + timer_retry_delay(timer.failures)
        await self.store.timers.retry(timer, due, since, alerted=alerted)

    async def _tell_staff_timer(
        self,
        timer: Timer,
        action: Action,
        detail: str,
        since: datetime,
        failures: int,
        *,
        gave_up: bool,
    ) -> bool:
        """Staff hear of a timer that keeps failing; whether the alert got through."""
        local = since.astimezone(self.config.timezone).strftime("%m-%d %H:%M")
        where = timer.group_id
        if timer.group_id in self.config.groups:
            where = self.actions.group(timer.group_id).class_name or where
        who = f" 对 {self.actions._name_of(action)}" if action.member_id else ""
        state = "已停止重试，请人工处理" if gave_up else "仍在自动重试，请人工确认"
        text = (
            f"【定时任务失败】{where}{who} 的「{action_name(action.kind)}」自 {local} 起"
            f"已失败 {failures} 次（{detail}），{state}。"
        )
        alert = Action(
            kind=ActionKind.ALERT_STAFF,
            group_id=timer.group_id,
            member_id=action.member_id,
            rule_id="timer",
            reason="timer failing",
            text=text,
            data=((NO_ANSWERS, "1"),),
        )
        return (await self.actions.apply(alert, f"timer:{timer.id}")).ok

    async def _timer_action(self, timer: Timer) -> Action | None:
        """What a due timer does, or None when nothing is left to do."""
        kind = self.timer_kinds.get(timer.kind)
        if kind is None:
            log.warning("timer_skipped", reason="unknown kind", kind=timer.kind)
            return None
        if kind.in_group and timer.group_id not in self.config.groups:
            return None
        return await kind.action(timer)

    async def _unmute_action(self, timer: Timer) -> Action:
        return Action(
            kind=ActionKind.UNMUTE,
            group_id=timer.group_id,
            member_id=timer.member_id,
            rule_id="timer",
            reason="禁言到期",
        )

    async def _escalation_action(self, timer: Timer) -> Action | None:
        """P03: an alert staff have not handled in time goes to the school office."""
        alert_id = int(timer.payload.get("alert_id", 0))
        if not alert_id or await self.store.alerts.handled(alert_id):
            return None
        return Action(
            kind=ActionKind.ESCALATE_OFFICE,
            group_id=timer.group_id,
            rule_id="P03",
            reason="班主任未及时处理",
            text=f"（班主任未在时限内处理）{timer.payload.get('text', '')}",
        )

    async def _escalated(self, timer: Timer, outcome: Outcome) -> None:
        await self.store.alerts.mark_escalated(int(timer.payload.get("alert_id", 0)))

    async def _deadline_action(self, timer: Timer) -> Action | None:
        """P04: the teacher is told who has not acknowledged the notice by its deadline."""
        notice_id = str(timer.payload.get("notice_id", ""))
        teacher = str(timer.payload.get("teacher", ""))
        missing = self.engine.unacknowledged(timer.group_id, notice_id)
        if not missing:
            return None
        names = "、".join(parent_label(m, phone=True) for m in missing)  # a DM to staff
        return Action(
            kind=ActionKind.NOTIFY,
            group_id=timer.group_id,
            member_id=teacher,
            rule_id="P04",
            reason="通知截止",
            text=(
                f"通知已到截止时间，以下 {len(missing)} 位家长尚未确认，请电话或书面通知：{names}"
            ),
        )

    async def _digest_action(self, timer: Timer) -> None:
        await self._send_digest(timer)  # its posts are audited there; nothing left to apply
