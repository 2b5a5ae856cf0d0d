"""A throwaway Synapse homeserver for tests, the benchmark and ``classmod demo``.

Standard library only: Synapse (AGPL-3.0) is never imported. It runs as its own process
from its own venv (``scripts/install-synapse.sh`` creates ``.synapse-venv``), found through
``SYNAPSE_PYTHON`` or that venv. The config is written as JSON (Synapse reads it as YAML),
bound to a free 127.0.0.1 port, with every rate limit relaxed and the ``/sync`` response
cache off (an identical initial sync would otherwise get a stale answer for 2 minutes).

    server = Synapse(datadir)
    server.start()                       # ~1 s: writes config, waits for /versions
    bot = server.register("classmod", admin=True)
    server.override_ratelimit(bot)
    ...
    server.stop()                        # SIGTERM, rc 0
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_VENV = REPO_ROOT / ".synapse-venv"
INSTALL_SCRIPT = REPO_ROOT / "scripts" / "install-synapse.sh"
SERVER_NAME = "localhost"

_RELAXED = {"per_second": 10000, "burst_count": 100000}
_RATE_LIMITS: dict[str, Any] = {
    "rc_message": _RELAXED,
    "rc_registration": _RELAXED,
    "rc_registration_token_validity": _RELAXED,
    "rc_admin_redaction": _RELAXED,
    "rc_login": {"address": _RELAXED, "account": _RELAXED, "failed_attempts": _RELAXED},
    "rc_joins": {"local": _RELAXED, "remote": _RELAXED},
    "rc_joins_per_room": _RELAXED,
    "rc_invites": {"per_room": _RELAXED, "per_user": _RELAXED, "per_issuer": _RELAXED},
    "rc_third_party_invite": _RELAXED,
    "rc_3pid_validation": _RELAXED,
    "rc_media_create": _RELAXED,
    "rc_key_requests": _RELAXED,
    "rc_presence": {"per_user": _RELAXED},
    "rc_delayed_event_mgmt": _RELAXED,
    "rc_room_creation": _RELAXED,
    "rc_reports": _RELAXED,
    "rc_user_directory": _RELAXED,
    "rc_profile": _RELAXED,
}


class SynapseError(RuntimeError):
    """The test homeserver could not be found, started or asked."""


@dataclass(frozen=True, slots=True)
class User:
    """A registered account: enough to log a client in without ``/login``."""

    user_id: str
    access_token: str
    device_id: str
    password: str


def find_synapse_python(env: Mapping[str, str] | None = None) -> str | None:
    """``SYNAPSE_PYTHON`` if set, else ``.synapse-venv/bin/python`` if present, else None."""
    env = os.environ if env is None else env
    explicit = env.get("SYNAPSE_PYTHON")
    if explicit:
        return explicit if Path(explicit).exists() else None
    candidate = DEFAULT_VENV / "bin" / "python"
    return str(candidate) if candidate.exists() else None


def install_synapse() -> str:
    """Run ``scripts/install-synapse.sh`` (idempotent) and return the venv's python."""
    subprocess.run(["bash", str(INSTALL_SCRIPT)], check=True)
    python = find_synapse_python()
    if python is None:
        raise SynapseError(f"{INSTALL_SCRIPT} ran but no synapse python was found")
    return python


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def signing_key_line() -> str:
    """A Synapse signing key file's one line: ``ed25519 a_<id> <unpadded b64 seed>``."""
    seed = base64.b64encode(os.urandom(32)).decode().rstrip("=")
    return f"ed25519 a_{secrets.token_hex(2)} {seed}\n"


def registration_mac(secret: str, nonce: str, username: str, password: str, admin: bool) -> str:
    """HMAC-SHA1 of ``nonce\\0username\\0password\\0admin|notadmin`` for shared-secret signup."""
    mac = hmac.new(secret.encode(), digestmod=hashlib.sha1)
    for part in (nonce, username, password):
        mac.update(part.encode())
        mac.update(b"\x00")
    mac.update(b"admin" if admin else b"notadmin")
    return mac.hexdigest()


def homeserver_config(
    datadir: Path,
    port: int,
    secret: str,
    *,
    modules: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """The homeserver config: loopback only, SQLite, no federation, relaxed rate limits."""
    datadir = datadir.resolve()
    config: dict[str, Any] = {
        "server_name": SERVER_NAME,
        "public_baseurl": f"http://127.0.0.1:{port}/",
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(datadir / "homeserver.db")}},
        "signing_key_path": str(datadir / "localhost.signing.key"),
        "media_store_path": str(datadir / "media_store"),
        "log_config": str(datadir / "log.config"),
        "pid_file": str(datadir / "homeserver.pid"),
        "registration_shared_secret": secret,
        "enable_registration": False,
        "report_stats": False,
        "enable_metrics": False,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "federation_domain_whitelist": [],
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "caches": {"sync_response_cache_duration": 0},
        **_RATE_LIMITS,
    }
    if modules:
        config["modules"] = [dict(m) for m in modules]
    return config


def _log_config(logfile: Path) -> str:
    return (
        "version: 1\n"
        "formatters:\n"
        "  plain: {format: '%(asctime)s %(name)s %(levelname)s %(message)s'}\n"
        "handlers:\n"
        "  file:\n"
        "    class: logging.FileHandler\n"
        "    formatter: plain\n"
        f"    filename: {json.dumps(str(logfile))}\n"
        "root: {level: WARNING, handlers: [file]}\n"
        "disable_existing_loggers: false\n"
    )


class Synapse:
    """One homeserver process on 127.0.0.1 with its data in ``datadir``.

    ``start()`` after ``stop()`` restarts it on the same port with the same database, which
    is how the tests simulate a homeserver restart.
    """

    def __init__(
        self,
        datadir: Path | str,
        *,
        python: str | None = None,
        port: int | None = None,
        modules: Sequence[Mapping[str, Any]] = (),
        extra_pythonpath: Sequence[str] = (),
        secret: str | None = None,
    ) -> None:
        found = python or find_synapse_python()
        if found is None:
            raise SynapseError(
                "no Synapse: set SYNAPSE_PYTHON or run `bash scripts/install-synapse.sh`"
            )
        self.python = found
        self.datadir = Path(datadir).resolve()
        self.port = port or free_port()
        self.modules = tuple(modules)
        self.extra_pythonpath = tuple(extra_pythonpath)
        self.secret = secret or secrets.token_hex(16)
        self.process: subprocess.Popen[bytes] | None = None
        self._prepared = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def config_path(self) -> Path:
        return self.datadir / "homeserver.yaml"

    @property
    def log_path(self) -> Path:
        return self.datadir / "homeserver.log"

    def prepare(self) -> None:
        """Write the config (JSON is valid YAML), the log config and the signing key."""
        self.datadir.mkdir(parents=True, exist_ok=True)
        (self.datadir / "media_store").mkdir(exist_ok=True)
        config = homeserver_config(self.datadir, self.port, self.secret, modules=self.modules)
        self.config_path.write_text(json.dumps(config, indent=2))
        (self.datadir / "log.config").write_text(_log_config(self.log_path))
        key = self.datadir / "localhost.signing.key"
        if not key.exists():
            key.write_text(signing_key_line())
        self._prepared = True

    def start(self, timeout: float = 60.0) -> None:
        if self.process is not None and self.process.poll() is None:
            return
        if not self._prepared:
            self.prepare()
        env = dict(os.environ)
        if self.extra_pythonpath:
            env["PYTHONPATH"] = os.pathsep.join(
                [*self.extra_pythonpath, *filter(None, [env.get("PYTHONPATH")])]
            )
        stderr = (self.datadir / "stderr.log").open("ab")
        self.process = subprocess.Popen(
            [self.python, "-m", "synapse.app.homeserver", "-c", str(self.config_path)],
            cwd=self.datadir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        stderr.close()
        self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise SynapseError(f"synapse exited with {self.process.returncode}: {self._tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_matrix/client/versions", timeout=2):
                    return
            except (OSError, urllib.error.URLError):
                time.sleep(0.05)
        self.stop()
        raise SynapseError(f"synapse did not answer within {timeout:.0f}s: {self._tail()}")

    def _tail(self) -> str:
        texts = []
        for name in ("stderr.log", "homeserver.log"):
            path = self.datadir / name
            if path.exists():
                texts.append(path.read_text(errors="replace")[-2000:])
        return "\n".join(texts)

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM the process we started and wait for it; returns its exit code."""
        process, self.process = self.process, None
        if process is None:
            return None
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return process.returncode

    def __enter__(self) -> Synapse:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- client-server calls the harness needs (plain urllib) -------------------------

    def request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        token: str | None = None,
    ) -> dict[str, Any]:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.url}{path}", data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                payload: dict[str, Any] = json.loads(resp.read() or b"{}")
                return payload
        except urllib.error.HTTPError as err:
            raise SynapseError(f"{method} {path}: {err.code} {err.read().decode()}") from err

    def register(
        self,
        username: str,
        *,
        password: str | None = None,
        admin: bool = False,
        displayname: str | None = None,
    ) -> User:
        """Register through the shared-secret admin API (no interactive auth)."""
        password = password or secrets.token_hex(8)
        path = "/_synapse/admin/v1/register"
        nonce = self.request("GET", path)["nonce"]
        body: dict[str, Any] = {
            "nonce": nonce,
            "username": username,
            "password": password,
            "admin": admin,
            "mac": registration_mac(self.secret, nonce, username, password, admin),
        }
        if displayname:
            body["displayname"] = displayname
        reply = self.request("POST", path, body)
        return User(
            user_id=reply["user_id"],
            access_token=reply["access_token"],
            device_id=reply["device_id"],
            password=password,
        )

    def override_ratelimit(self, admin: User, user_id: str | None = None) -> None:
        """Lift the message rate limit for ``user_id`` (default: the admin itself)."""
        target = urllib.parse.quote(user_id or admin.user_id)
        self.request(
            "POST",
            f"/_synapse/admin/v1/users/{target}/override_ratelimit",
            {"messages_per_second": 0, "burst_count": 0},
            token=admin.access_token,
        )


#: where ``classmod devserver`` keeps the homeserver when no ``--state`` is given
DEFAULT_STATE = Path(".devserver")
#: the port a first start picks when no ``--port`` is given (kept in the state dir after)
DEFAULT_PORT = 8008
STATE_FILE = "devserver.json"


def antispam_module(base_url: str, secret: str) -> dict[str, Any]:
    """The ``synapse-http-antispam`` module pointed at classmod's endpoint (fail open)."""
    return {
        "module": "synapse_http_antispam.HTTPAntispam",
        "config": {
            "base_url": base_url,
            "authorization": secret,
            "enabled_callbacks": ["check_event_for_spam"],
            "fail_open": {"check_event_for_spam": True},
        },
    }


def load_state(state: Path, port: int | None, secret: str | None) -> tuple[int, str]:
    """The port and secret: flags first, then ``STATE_FILE`` of an earlier start, then the
    defaults (port 8008, a new random secret); written back so the next start reuses them."""
    saved: dict[str, Any] = {}
    path = state / STATE_FILE
    if path.exists():
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SynapseError(f"{path}: not readable JSON ({exc}): fix or delete it") from None
        if not isinstance(saved, dict):
            raise SynapseError(f"{path}: not a JSON object: fix or delete it")
    chosen_port = port or saved.get("port") or DEFAULT_PORT
    chosen_secret = secret or saved.get("secret") or secrets.token_hex(16)
    if not isinstance(chosen_port, int) or not 0 < chosen_port < 65536:
        raise SynapseError(f"{path}: port must be a number 1-65535, not {chosen_port!r}")
    if not isinstance(chosen_secret, str):
        raise SynapseError(f"{path}: secret must be a string")
    state.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"port": chosen_port, "secret": chosen_secret}, indent=2) + "\n")
    path.chmod(0o600)  # the secret registers admins
    return chosen_port, chosen_secret


def how_to_use(server: Synapse) -> str:
    """What a person needs to register users and log in with Element."""
    register = Path(server.python).with_name("register_new_matrix_user")
    return f"""dev homeserver (test only, 127.0.0.1, SQLite): {server.url}
state: {server.datadir.parent}   (port and secret are kept there for the next start)
synapse process: {server.process.pid if server.process else "not running"}
registration shared secret: {server.secret}

register a user (add --admin for an admin, e.g. the bot's account):
  {register} -u alice -p 'a-password' --no-admin -k {server.secret} {server.url}

log in with Element (desktop, or Element Web on this machine):
  homeserver: {server.url}   user: @alice:{SERVER_NAME}   password: the one above

stop: Ctrl-C or SIGTERM (Synapse is stopped with it)"""


def main(argv: Sequence[str] | None = None) -> int:
    """``classmod devserver``: run the test-only Synapse for development until stopped."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="classmod devserver",
        description="a local test-only Synapse (its own venv) to try classmod with Element",
    )
    parser.add_argument("--state", type=Path, default=DEFAULT_STATE, help="data dir, reused")
    parser.add_argument("--port", type=int, help=f"port on 127.0.0.1 (first start: {DEFAULT_PORT})")
    parser.add_argument("--secret", help="registration shared secret (first start: random)")
    parser.add_argument(
        "--antispam",
        metavar="URL",
        help="load synapse-http-antispam pointed at classmod (bridges.matrix.antispam_listen)",
    )
    parser.add_argument("--antispam-secret", default="", help="= bridges.matrix.antispam_secret")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        port, secret = load_state(args.state, args.port, args.secret)
        modules = [antispam_module(args.antispam, args.antispam_secret)] if args.antispam else []
        server = Synapse(args.state / "synapse", port=port, secret=secret, modules=modules)
    except SynapseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    def stop_on_sigterm(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # unwinds to the finally below, which stops Synapse

    previous = signal.signal(signal.SIGTERM, stop_on_sigterm)
    try:
        # a signal during start-up, or while it serves, ends here: Synapse is stopped below
        with contextlib.suppress(KeyboardInterrupt):
            try:
                server.start()
            except SynapseError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 1
            if args.antispam:
                print(f"antispam module: asks {args.antispam} before each message is stored")
            print(how_to_use(server), flush=True)
            while True:
                time.sleep(3600)
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    print("synapse stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
