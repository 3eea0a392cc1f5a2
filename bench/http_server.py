"""Shared by the HTTP benchmarks: a throw-away PostgreSQL database, the production server
(``kokugai serve``: gunicorn, production settings, persistent connections) started on it, and
a keep-alive HTTP client.

The server runs the real application plus one extra route, ``/bench/ping/``, the baseline:
the smallest view that still commits a row (Kokugai audits every lookup, so a fair floor
writes too). It comes from ``bench/bench_urls.py`` through ``bench/bench_settings.py``, so
nothing in the application knows about benchmarks.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KOKUGAI = ROOT / ".venv" / "bin" / "kokugai"
SERVER = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432/postgres")


def _psql(sql: str) -> None:
    import psycopg

    with psycopg.connect(SERVER.replace("postgres://", "postgresql://", 1), autocommit=True) as c:
        c.execute(sql)


@contextmanager
def bench_database(suffix: str) -> Iterator[str]:
    """A new database on the server, dropped afterwards (also after an error)."""
    name = f"kokugai_bench_{os.getpid()}_{suffix}"
    _psql(f"DROP DATABASE IF EXISTS {name}")
    _psql(f"CREATE DATABASE {name}")
    url = SERVER.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        _psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def environment(database_url: str, **extra: str) -> dict[str, str]:
    """Production settings (no DEBUG), with keys made up for this run."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KOKUGAI_") and k not in ("DATABASE_URL", "EMAIL_URL")
    }
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="bench_settings",
        PYTHONPATH=str(ROOT / "bench"),
        SECRET_KEY=secrets.token_urlsafe(50),
        KOKUGAI_MYNUMBER_KEYS="b1:" + base64.b64encode(secrets.token_bytes(32)).decode(),
        KOKUGAI_INDEX_KEY=secrets.token_urlsafe(32),
        KOKUGAI_SSL_REDIRECT="0",
        KOKUGAI_VAR_DIR=str(ROOT / "var" / "bench"),
        CONN_MAX_AGE="600",
        KOKUGAI_LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


def kokugai(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(KOKUGAI), *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"kokugai {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``kokugai serve`` in a subprocess; ``restart()`` gives a cold process."""

    def __init__(self, env: dict[str, str], workers: int = 2) -> None:
        self.env, self.workers, self.port = env, workers, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [str(KOKUGAI), "serve", f"127.0.0.1:{self.port}", "--workers", str(self.workers)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                status, _ = Client(self.port).get("/healthz")
                if status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("kokugai serve did not answer /healthz within 60 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Client:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def get(self, path: str) -> tuple[int, bytes]:
        self.conn.request("GET", path)
        r = self.conn.getresponse()
        return r.status, r.read()

    def post_json(
        self, path: str, body: dict[str, object], headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        self.conn.request(
            "POST", path, json.dumps(body), {"Content-Type": "application/json", **(headers or {})}
        )
        r = self.conn.getresponse()
        return r.status, r.read()


def throughput(
    port: int, requests: int, clients: int, call: Callable[[Client, int], int]
) -> tuple[float, list[float]]:
    """Requests per second over ``clients`` keep-alive connections, and each latency."""
    per = requests // clients
    latencies: list[float] = []

    def worker(k: int) -> list[float]:
        c, out = Client(port), []
        for i in range(per):
            t = time.perf_counter()
            status = call(c, k * per + i)
            out.append(time.perf_counter() - t)
            if status >= 500:
                raise RuntimeError(f"server error {status}")
        return out

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for result in pool.map(worker, range(clients)):
            latencies += result
    return per * clients / (time.perf_counter() - start), latencies


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def log(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)


def _ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime (clock ticks)


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                continue
    return out


def cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) the processes have used so far: load-independent cost."""
    return sum(_ticks(p) for p in pids) / os.sysconf("SC_CLK_TCK")


def database_backends(url: str) -> list[int]:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(SERVER.replace("postgres://", "postgresql://", 1)) as c:
        rows = c.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [name]).fetchall()
    return [int(r[0]) for r in rows]
