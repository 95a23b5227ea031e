"""Find (and on Debian-like CI machines, install) the Chromium the browser tests drive.

The browser tests (``tests/browser/``) drive JupyterLab with Playwright in the distribution's
Chromium, never in a browser downloaded by ``playwright install``. ``course.py test`` calls
:func:`ensure_chromium` first; the tests themselves only call :func:`find_chromium`.

    python3 -m coursetools.browser_setup     # print the Chromium path, installing it if it can
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Where distributions put a real Chromium binary (first found wins). ``CHROMIUM`` overrides.
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium")
APT_PACKAGE = "chromium"

INSTALL_HINT = (
    "The browser tests need Chromium. On Debian: `sudo apt-get update && sudo apt-get install -y "
    "chromium` (as root, `python3 -m coursetools.browser_setup` does it). Elsewhere install "
    "Chromium and set CHROMIUM=/path/to/chromium. Do not use `playwright install`: the course "
    "drives the system's Chromium."
)


def _works(path: str) -> bool:
    """True when ``path`` is an executable Chromium that runs (Ubuntu's snap stub does not)."""
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        return False
    try:
        proc = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0 and "chrom" in proc.stdout.lower()


def find_chromium() -> str | None:
    """The path of a working Chromium, or None. ``$CHROMIUM`` is tried first."""
    candidates = [os.environ.get("CHROMIUM", "")]
    candidates += [shutil.which("chromium") or "", shutil.which("chromium-browser") or ""]
    candidates += list(CANDIDATES)
    seen = set()
    for path in candidates:
        if path and path not in seen:
            seen.add(path)
            if _works(path):
                return path
    return None


def debian_like() -> bool:
    """True on Debian and its derivatives (``ID`` or ``ID_LIKE`` in /etc/os-release)."""
    release = Path("/etc/os-release")
    if not release.exists() or not shutil.which("apt-get"):
        return False
    fields = {}
    for line in release.read_text(errors="ignore").splitlines():
        key, _, value = line.partition("=")
        fields[key.strip()] = value.strip().strip('"').lower()
    family = {fields.get("ID", "")} | set(fields.get("ID_LIKE", "").split())
    return "debian" in family


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_chromium(*, install: bool = True, quiet: bool = False) -> str | None:
    """Return the Chromium path; install Debian's ``chromium`` with apt-get when it is missing,
    ``install`` is true, and this runs as root on a Debian-like system. None if unavailable."""
    path = find_chromium()
    if path or not install:
        return path
    if not (is_root() and debian_like()):
        if not quiet:
            print(f"browser tests: Chromium not found. {INSTALL_HINT}", file=sys.stderr)
        return None
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    out = subprocess.DEVNULL if quiet else None
    if not quiet:
        print("browser tests: installing Debian's chromium with apt-get (once)", file=sys.stderr)
    for cmd in (["apt-get", "update"],
                ["apt-get", "install", "-y", "--no-install-recommends", APT_PACKAGE]):
        if subprocess.run(cmd, env=env, stdout=out, stderr=out).returncode != 0:
            if not quiet:
                print(f"browser tests: `{' '.join(cmd)}` failed. {INSTALL_HINT}", file=sys.stderr)
            return None
    return find_chromium()


def main() -> int:
    path = ensure_chromium()
    if path:
        print(path)
        return 0
    print(INSTALL_HINT, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
