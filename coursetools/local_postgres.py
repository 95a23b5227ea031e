"""A throw-away PostgreSQL server on loopback, for tests and benchmarks of the shared gradebook.

It uses the machine's PostgreSQL (Debian's ``postgresql`` package, installed with apt-get when
missing and allowed), keeps its data in a temporary folder, listens on 127.0.0.1 only, trusts
local connections, and is stopped and deleted by :meth:`LocalPostgres.stop`.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

USER = "grader"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def ensure_installed() -> Path:
    """The PostgreSQL server binaries, installing Debian's package as root when missing."""
    bindir = _bin_dir()
    if bindir is None and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        bindir = _bin_dir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not found: install Debian's `postgresql`")
    return bindir


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalPostgres:
    def __init__(self):
        self.bindir = ensure_installed()
        self.port = _free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="mathml-pg-"))
        self.data = self.dir / "data"
        # initdb refuses to run as root: hand the folder to the system's postgres user
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres", "postgres")

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bindir / tool), *args], check=True,
                       capture_output=True, text=True, cwd=self.dir)

    def start(self) -> "LocalPostgres":
        self._run("initdb", "-D", str(self.data), "-U", USER, "-A", "trust", "--no-sync")
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"),
                  "-w", "start")
        return self

    def create_database(self, name: str) -> str:
        """Create database ``name``; return its SQLAlchemy URL."""
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, name)
        return self.url(name)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg2://{USER}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass  # never started, or already gone
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
