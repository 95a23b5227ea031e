"""Run a student's notebook where it can harm nothing but itself.

``course.py grade`` (coursetools.grading) autogrades with nbgrader, but swaps nbgrader's Execute
preprocessor for :class:`SandboxExecute`, whose kernels are started by
:class:`SandboxKernelManager`:

* the kernel runs under a numeric uid of its own (no passwd entry needed; one uid per running
  kernel, so two students' kernels cannot signal, trace or read each other), with no supplementary
  groups, no capabilities and ``no_new_privs``;
* in fresh mount, PID, network, IPC and UTS namespaces: the course root (solutions, hidden tests,
  gradebook, every submission), the repository, ``/tmp``, ``/var/tmp``, ``/dev/shm``, ``/root``,
  ``/home``, ``/run`` (sockets), ``/work``, ``/srv``, ``/opt`` and ``/media`` are replaced by empty
  folders (``Sandbox.hide``); the Python environment is mounted back read-only; the
  kernel sees only its own processes and has no network at all. The grader talks to it over ZMQ
  on Unix sockets (``ipc`` transport) in the kernel's private working folder;
* that folder is a private copy of the lesson's files (not the student's extra files), the only
  place besides an empty, size-capped ``/tmp`` where the kernel may write;
* resource limits: address space (memory), processes, file size, open files, no core dumps;
* a minimal environment: no variable of the grader's is passed on (no secrets, no database URL);
* a per-cell timeout (nbgrader's ``Execute.timeout``) and a wall-clock limit for the whole
  notebook, after which the kernel's namespace is killed and every cell not yet run is recorded
  as failed ("not run"), so it cannot earn points;
* a kernel that dies (``os._exit``, segfault, ``sys.exit`` is harmless in IPython, memory) is
  recorded the same way: the cell it died in, and every later cell, fail with a readable reason.

Without root (or without namespaces) the kernel still gets the limits, the private folder and the
clean environment, but runs as the grader's user and sees its files: a warning says so.

Settings (``nbgrader_config.py``, section ``Sandbox``): see :class:`Sandbox`.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

from traitlets import Bool, Float, Integer, List, Unicode
from traitlets.config import Configurable

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
# hidden folders a kernel may still write to (each a private tmpfs); others are read-only
SCRATCH = ("/tmp", "/var/tmp", "/dev/shm")


class Sandbox(Configurable):
    """Limits and isolation of a grading kernel (``c.Sandbox.<name>`` in nbgrader_config.py)."""

    enabled = Bool(True, help="Run grading kernels isolated (False: plain nbgrader kernels)."
                   ).tag(config=True)
    notebook_timeout = Float(600.0, help="Wall-clock seconds for a whole notebook; then the "
                             "kernel is killed and the cells not run score zero.").tag(config=True)
    memory_mb = Integer(4096, help="Address-space limit of the kernel (RLIMIT_AS), MiB."
                        ).tag(config=True)
    max_processes = Integer(64, help="Processes/threads the kernel's uid may have (RLIMIT_NPROC)."
                            ).tag(config=True)
    max_file_mb = Integer(64, help="Largest file the kernel may write (RLIMIT_FSIZE), MiB."
                          ).tag(config=True)
    max_open_files = Integer(256, help="RLIMIT_NOFILE of the kernel.").tag(config=True)
    tmp_mb = Integer(256, help="Size of the kernel's private /tmp (tmpfs), MiB.").tag(config=True)
    first_uid = Integer(61000, help="Kernels run as uids first_uid .. first_uid+uid_count-1 "
                        "(no user needs to exist).").tag(config=True)
    uid_count = Integer(1000).tag(config=True)
    workdir_root = Unicode("/var/tmp/mathml-sandbox",
                           help="Where kernels' private working folders are made.").tag(config=True)
    hide = List(Unicode(), ["/tmp", "/var/tmp", "/dev/shm", "/root", "/home", "/run",
                            "/var/run", "/work", "/srv", "/opt", "/media"],
                help="Folders replaced by empty ones in the kernel's view (the course root and "
                     "the repository are always hidden).").tag(config=True)
    pass_env = List(Unicode(), ["LANG", "LC_ALL", "MPLBACKEND", "TZ"],
                    help="Environment variables passed to the kernel (nothing else is)."
                    ).tag(config=True)
    max_output_chars = Integer(100_000, help="Characters of printed output kept per cell "
                               "output (the rest is cut).").tag(config=True)
    threads = Integer(1, help="OMP/OpenBLAS/MKL threads in the kernel.").tag(config=True)


def isolation_available() -> tuple[bool, str]:
    """Whether kernels can be put in namespaces under their own uid (needs root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False, "the grader is not root"
    if not shutil.which("unshare"):
        return False, "util-linux `unshare` is missing"
    probe = subprocess.run(["unshare", "--mount", "--net", "--pid", "--fork", "true"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        return False, f"namespaces are unavailable: {probe.stderr.strip()}"
    return True, ""


_isolation: tuple[bool, str] | None = None


def _isolation_checked() -> tuple[bool, str]:
    global _isolation
    if _isolation is None:
        _isolation = isolation_available()
        if not _isolation[0]:
            warnings.warn("grading kernels are NOT isolated (" + _isolation[1] + "): student "
                          "code runs as the grader's user and can read the course; only limits, "
                          "a private folder and a clean environment apply", RuntimeWarning)
    return _isolation


class UidClaim:
    """A kernel's uid, held exclusively for as long as the claim is open.

    The claim is an ``flock`` on ``u<uid>.lock`` in the sandbox root: the operating system
    releases it when the grader closes it or dies, so no claim goes stale and no grader ever
    judges another's liveness. The kernel's private folder has a name used once only, so
    removing it can never touch the folder of a later kernel that reuses the uid (that reuse,
    with folders named after the uid alone, once let one grader delete another's running
    kernel's folder, whose cells then all failed: issue 10)."""

    def __init__(self, uid: int, fd: int, workdir: Path):
        self.uid, self.fd, self.workdir = uid, fd, workdir

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def kill_orphans(uid: int) -> int:
    """SIGKILL every process whose real uid is ``uid``; returns how many. Called only while
    this grader holds the uid's lock, when no living grader owns a kernel under it."""
    killed = 0
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                real = next(int(line.split()[1]) for line in f if line.startswith("Uid:"))
        except (OSError, StopIteration, ValueError):
            continue
        if real == uid:
            try:
                os.kill(int(entry), signal.SIGKILL)
                killed += 1
            except OSError:
                pass
    return killed


def sweep_stale(settings: Sandbox) -> int:
    """Remove what graders that were killed left behind (folders and logs of uids nobody holds);
    returns how many entries went. Safe beside running graders: an entry is removed only while
    its uid's lock is held here, and a running kernel's grader holds that lock."""
    import fcntl

    root = Path(settings.workdir_root)
    if not root.is_dir():
        return 0
    removed = 0
    for uid in sorted({p.name[1:].split("-")[0] for p in root.glob("u*-*")}):
        if not uid.isdigit():
            continue
        fd = os.open(root / f"u{uid}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue          # a running kernel's
        try:
            kill_orphans(int(uid))
            for old in root.glob(f"u{uid}-*"):
                if old.is_dir() and not old.is_symlink():
                    shutil.rmtree(old, ignore_errors=True)
                else:
                    old.unlink(missing_ok=True)
                removed += 1
        finally:
            os.close(fd)
    return removed


def allocate_workdir(settings: Sandbox) -> UidClaim:
    """Claim a uid no running kernel has and make a fresh private folder for its kernel."""
    import fcntl
    import secrets

    root = Path(settings.workdir_root)
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o711)
    for uid in range(settings.first_uid, settings.first_uid + settings.uid_count):
        fd = os.open(root / f"u{uid}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        # the uid is ours: anything left under it belongs to a grader that died, and so does
        # any process still running as it (an orphaned kernel would count against the new
        # kernel's process limit, which then dies before it answers)
        kill_orphans(uid)
        for old in root.glob(f"u{uid}-*"):
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
        folder = root / f"u{uid}-{os.getpid()}-{secrets.token_hex(6)}"
        folder.mkdir(mode=0o700)
        return UidClaim(uid, fd, folder)
    raise RuntimeError(f"no free sandbox uid in {settings.first_uid}+{settings.uid_count}")


def copy_lesson_files(src: Path, dest: Path, allowed: set[str] | None) -> list[str]:
    """Copy regular files of ``src`` into ``dest`` (no symlinks, no notebooks); ``allowed`` (paths
    relative to src) limits it to the lesson's own files. Returns what was left out."""
    left_out = []
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src).as_posix()
        if path.is_symlink() or not path.is_file() or path.suffix == ".ipynb":
            continue
        if allowed is not None and rel not in allowed:
            left_out.append(rel)
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return left_out


def _chown_tree(folder: Path, uid: int) -> None:
    os.chown(folder, uid, uid)
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            os.lchown(os.path.join(dirpath, name), uid, uid)


# --- inside the namespaces (run as root by `unshare`, then drops to the kernel's uid) ----------

def _inside(spec: dict, cmd: list[str]) -> None:
    import ctypes
    import resource

    def mount(*args: str) -> None:
        subprocess.run(["mount", *args], check=True, capture_output=True)

    work, uid = spec["workdir"], spec["uid"]
    if spec["isolate"]:
        # keep the private folder reachable while its parents are hidden: stash it, hide, put back
        stash = "/run/mathml-sandbox-stash"
        os.makedirs(stash, exist_ok=True)
        mount("--bind", work, stash)
        keep = [p for p in spec["keep"] if os.path.exists(p)]
        for i, path in enumerate(keep):
            os.makedirs(f"{stash}-keep{i}", exist_ok=True)
            mount("--rbind", path, f"{stash}-keep{i}")
        def hide(paths):
            for path in paths:
                if os.path.isdir(path) and not os.path.islink(path):
                    # scratch folders stay writable (private); any other hidden folder becomes
                    # an empty root-owned one the kernel cannot write into
                    mode = "1777" if path.rstrip("/") in SCRATCH else "0755"
                    mount("-t", "tmpfs", "-o",
                          f"size={spec['tmp_mb']}m,mode={mode},nosuid,nodev", "tmpfs", path)

        last = [p for p in spec["hide"] if stash.startswith(p.rstrip("/") + "/")]
        hide(p for p in spec["hide"] if p not in last)
        for i, path in enumerate(keep):
            os.makedirs(path, exist_ok=True)
            mount("--move", f"{stash}-keep{i}", path)
            mount("-o", "remount,bind,ro", path)
        os.makedirs(work, exist_ok=True)
        mount("--move", stash, work)
        hide(last)  # /run, where the stash was
    os.chdir(work)  # the kernel starts in its private folder

    for res, value in (("RLIMIT_AS", spec["memory"]), ("RLIMIT_NPROC", spec["nproc"]),
                       ("RLIMIT_FSIZE", spec["fsize"]), ("RLIMIT_NOFILE", spec["nofile"]),
                       ("RLIMIT_CORE", 0)):
        kind = getattr(resource, res)
        hard = resource.getrlimit(kind)[1]
        if value < 0:  # no limit asked: keep the current one
            continue
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(kind, (value, value))
    if spec["isolate"]:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS
    os.execve(cmd[0], cmd, spec["env"])


if __name__ == "__main__" and len(sys.argv) > 3 and sys.argv[1] == "--inside":
    _inside(json.loads(sys.argv[2]), sys.argv[4:])    # never returns


# --- grader side --------------------------------------------------------------------------------

from jupyter_client.manager import AsyncKernelManager  # noqa: E402


class SandboxKernelManager(AsyncKernelManager):
    """An ipykernel started in the sandbox; everything else is jupyter_client's."""

    sandbox_settings: Sandbox | None = None
    lesson_dir: str | None = None          # folder whose files the kernel may see (a copy)
    allowed_files: set[str] | None = None
    wall_killed = False

    def _settings(self) -> Sandbox:
        if self.sandbox_settings is None:
            self.sandbox_settings = Sandbox(config=self.config)
        return self.sandbox_settings

    async def _async_pre_start_kernel(self, **kw):
        settings = self._settings()
        self.claim = allocate_workdir(settings)
        self.workdir, self.uid = self.claim.workdir, self.claim.uid
        _started.append(self)
        self.isolated = _isolation_checked()[0]
        self.transport = "ipc"
        self.ip = str(self.workdir / "zmq")
        self.connection_file = str(self.workdir / "kernel.json")
        self.left_out = []
        if self.lesson_dir:
            self.left_out = copy_lesson_files(Path(self.lesson_dir), self.workdir,
                                              self.allowed_files)
        return await super()._async_pre_start_kernel(**kw)

    def _kernel_env(self) -> dict[str, str]:
        s, work = self._settings(), str(self.workdir)
        env = {k: os.environ[k] for k in s.pass_env if k in os.environ}
        bindir = os.path.dirname(sys.executable)
        threads = str(s.threads)
        env.update(PATH=f"{bindir}:/usr/local/bin:/usr/bin:/bin", HOME=work, USER="student",
                   LOGNAME="student", TMPDIR="/tmp", IPYTHONDIR=f"{work}/.ipython",
                   MPLCONFIGDIR=f"{work}/.matplotlib", XDG_CACHE_HOME=f"{work}/.cache",
                   JUPYTER_RUNTIME_DIR=work, NBGRADER_EXECUTION="autograde",
                   OMP_NUM_THREADS=threads, OPENBLAS_NUM_THREADS=threads,
                   MKL_NUM_THREADS=threads, PYTHONDONTWRITEBYTECODE="1")
        env.setdefault("LANG", "C.UTF-8")
        return env

    def _prepare_home(self) -> None:
        # matplotlib's font list, so that a fresh home does not rebuild it (seconds)
        cache = Path.home() / ".cache" / "matplotlib"
        target = self.workdir / ".matplotlib"
        target.mkdir(exist_ok=True)
        for f in cache.glob("fontlist-*.json") if cache.is_dir() else []:
            shutil.copyfile(f, target / f.name)

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        s = self._settings()
        self._prepare_home()
        # the kernel is always this environment's ipykernel, whatever the notebook asks for
        inner = [sys.executable, "-m", "ipykernel_launcher", "-f", self.connection_file,
                 "--HistoryManager.hist_file=:memory:"]
        hide = list(s.hide)
        course_root = self.parent_root
        for p in (course_root, str(REPO)):
            if p and p not in hide:
                hide.append(p)
        prefix = sys.prefix
        keep = [prefix, str(Path(sys.base_prefix).resolve())] + _package_dirs()
        spec = dict(workdir=str(self.workdir), uid=self.uid, isolate=self.isolated,
                    hide=hide if self.isolated else [], keep=keep if self.isolated else [],
                    tmp_mb=s.tmp_mb, memory=s.memory_mb << 20, nproc=s.max_processes,
                    fsize=s.max_file_mb << 20, nofile=s.max_open_files, env=self._kernel_env())
        if self.isolated:
            _chown_tree(self.workdir, self.uid)
            os.chown(self.connection_file, self.uid, self.uid)
            launcher = ["unshare", "--mount", "--net", "--pid", "--ipc", "--uts", "--fork",
                        "--kill-child", "--mount-proc", "--propagation", "private"]
        else:
            launcher = []
            if s.max_processes:
                spec["nproc"] = -1  # the grader's own uid: a limit would count its processes
        cmd = [*launcher, sys.executable, "-I", str(HERE), "--inside", json.dumps(spec), "--",
               *inner]
        self.log_path = self.workdir.parent / f"{self.workdir.name}.log"
        log = open(self.log_path, "wb")
        kw.update(env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")}, cwd=str(self.workdir),
                  stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _registry.add(self)
        try:
            await super()._async_launch_kernel(cmd, **kw)
        finally:
            log.close()

    parent_root: str | None = None

    def kill_hard(self) -> None:
        """Kill the kernel's whole namespace (the watchdog; safe from any thread)."""
        prov = self.provisioner
        pid = getattr(prov, "pid", None) if prov else None
        if pid:
            for target in (lambda: os.killpg(os.getpgid(pid), signal.SIGKILL),
                           lambda: os.kill(pid, signal.SIGKILL)):
                try:
                    target()
                except (ProcessLookupError, PermissionError, OSError):
                    pass

    def death_reason(self) -> str:
        prov = self.provisioner
        code = None
        if prov is not None and getattr(prov, "process", None) is not None:
            code = prov.process.poll()
        tail = ""
        try:
            tail = self.log_path.read_bytes()[-2000:].decode("utf-8", "replace")
        except (OSError, AttributeError):
            pass
        if code is not None and code < 0:
            why = f"killed by signal {signal.Signals(-code).name}"
        elif code is not None and code > 128:
            try:
                why = f"killed by signal {signal.Signals(code - 128).name}"
            except ValueError:
                why = f"exit code {code}"
        elif code is not None:
            why = f"exit code {code}"
        else:
            why = "stopped answering"
        if "MemoryError" in tail or "Cannot allocate memory" in tail:
            why += ", out of memory"
        return why

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        try:
            await super()._async_cleanup_resources(restart=restart)
        finally:
            if not restart:
                _discard_workdir(self, known_dead=True)


_registry: set = set()
_started: list = []


def sweep() -> None:
    """Remove the private folders of every kernel of this process that has ended."""
    for km in list(_started):
        _discard_workdir(km)
        if not Path(km.workdir).exists():
            _started.remove(km)


def _discard_workdir(km, known_dead: bool = False) -> None:
    """Once a kernel is gone: remove its private folder and log, then give its uid back."""
    work = getattr(km, "workdir", None)
    if work is None:
        return
    if not known_dead:
        try:
            alive = km.provisioner is not None and km.provisioner.process is not None \
                and km.provisioner.process.poll() is None
        except Exception:
            alive = False
        if alive:
            return
    _registry.discard(km)
    shutil.rmtree(work, ignore_errors=True)
    log = getattr(km, "log_path", None)
    if log is not None:
        Path(log).unlink(missing_ok=True)
    claim = getattr(km, "claim", None)
    if claim is not None:
        claim.release()  # last: the uid is free only when nothing of this kernel is left


# set by the grader (coursetools.grading) around each submission: the course root to hide and the
# lesson's own files (relative paths) the kernel may see; anything else the student sent is not
# copied into the kernel's folder
CONTEXT: dict = {}


def _package_dirs() -> list[str]:
    """Editable installs outside sys.prefix the kernel needs (the course's shared package)."""
    out = []
    try:
        import mlmath

        out.append(str(Path(mlmath.__file__).resolve().parent))
    except ImportError:
        pass
    return out


# --- the Execute preprocessor of the hardened path ---------------------------------------------

from nbclient.exceptions import CellTimeoutError, DeadKernelError  # noqa: E402
from nbformat.v4 import new_output  # noqa: E402
from nbgrader.preprocessors import Execute  # noqa: E402


def _failed_output(ename: str, message: str):
    return new_output("error", ename=ename, evalue=message,
                      traceback=[f"\x1b[0;31m{ename}\x1b[0m: {message}"])


class SandboxExecute(Execute):
    """nbgrader's Execute with sandboxed kernels, a notebook wall-clock limit, and a dead kernel
    turned into failed cells instead of a failed grading run."""

    events: list[str]
    guard_tests = Bool(True, help="Before each graded test cell, put back the library and "
                       "IPython functions student code replaced (coursetools/guard.py)."
                       ).tag(config=True)
    _guard: str | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.settings = Sandbox(config=self.config)
        if self.settings.enabled:
            self.kernel_manager_class = SandboxKernelManager
        self.events = []

    def preprocess(self, nb, resources=None, km=None):
        self.events = []
        self._current = -1
        self._guard = None
        self._killed_by_watchdog = False
        path = (resources or {}).get("metadata", {}).get("path")
        if self.settings.enabled:
            self.kernel_manager_class = type("BoundSandboxKernelManager", (SandboxKernelManager,),
                                             dict(lesson_dir=path,
                                                  allowed_files=CONTEXT.get("allowed_files"),
                                                  parent_root=CONTEXT.get("course_root"),
                                                  sandbox_settings=self.settings))
        timer = threading.Timer(self.settings.notebook_timeout, self._watchdog)
        timer.daemon = True
        start = time.perf_counter()
        timer.start()
        started = len(_started)
        try:
            nb, resources = super().preprocess(nb, resources, km=km)
        except Exception as exc:  # noqa: BLE001 - whatever stopped the run, grade what ran
            if self._current < 0 and not self._killed_by_watchdog:
                # no cell ever ran: the kernel did not start, which no student code can cause.
                # Scoring it would zero every cell silently; fail the run (the grader retries).
                raise RuntimeError(f"the grading kernel did not start: {type(exc).__name__}: "
                                   f"{str(exc)[:300]}") from exc
            mine = _started[started:]
            km_now = mine[-1] if mine else getattr(self, "km", None)
            if km_now is not None and hasattr(km_now, "kill_hard"):
                reason = km_now.death_reason()
                km_now.kill_hard()
            else:
                reason = "no kernel"
            if self._killed_by_watchdog:
                why = (f"the notebook ran longer than its {self.settings.notebook_timeout:g} s "
                       "limit and was stopped")
            elif isinstance(exc, DeadKernelError):
                why = f"the kernel died ({reason})"
            elif isinstance(exc, CellTimeoutError):
                why = (f"a cell ran past its {self.timeout} s limit and ignored the interrupt; "
                       "the kernel was stopped")
            else:
                why = f"grading stopped ({type(exc).__name__}: {str(exc)[:200]})"
            self._fail_rest(nb, why)
        finally:
            timer.cancel()
            sweep()
        CONTEXT.setdefault("events", []).extend(self.events)
        if resources is not None:
            resources["mathml_seconds"] = time.perf_counter() - start
        nb.metadata["mathml_grading"] = {"events": list(self.events)}
        return nb, resources

    def _watchdog(self) -> None:
        self._killed_by_watchdog = True
        km = getattr(self, "km", None)
        if km is not None and hasattr(km, "kill_hard"):
            km.kill_hard()
        else:
            for manager in list(_registry):
                manager.kill_hard()

    def _fail_rest(self, nb, why: str) -> None:
        first = max(self._current, 0)
        self.events.append(f"{why} in cell {first}; that cell and every later one marked failed")
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or i < first:
                continue
            if i == first:
                cell.outputs.append(_failed_output("KernelDied", why + " while running this cell"))
            else:
                cell.outputs = [_failed_output("NotRun", "not run: " + why + " in an earlier cell")]

    def preprocess_cell(self, cell, resources, cell_index):
        self._current = cell_index
        if self.guard_tests and self._guard is None:
            self._install_guard()
        graded_test = _is_graded_test(cell)
        if graded_test:
            self._run_guard(cell, cell_index, before=True)
        result = super().preprocess_cell(cell, resources, cell_index)
        cell = result[0]
        if graded_test:
            self._run_guard(cell, cell_index, before=False)
        limit = self.settings.max_output_chars
        if any(o.get("output_type") == "error" and o.get("ename") in ("CellTimeoutError",
                                                                        "KeyboardInterrupt")
               for o in cell.get("outputs", [])):
            self.events.append(f"cell {cell_index} exceeded the {self.timeout} s cell limit "
                               "and was interrupted")
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and len(out.get("text", "")) > limit:
                self.events.append(f"cell {cell_index} printed {len(out.text)} characters; "
                                   f"kept the first {limit}")
                out.text = out.text[:limit] + "\n... [output truncated by the grader]\n"
        return result

    # --- the test guard (coursetools/guard.py) ---------------------------------------------------

    def _silent(self, code: str, expressions: dict | None = None, timeout: float = 60.0) -> dict:
        """Run ``code`` in the kernel without a trace in the notebook (no output, no history,
        no execution count); returns the execute reply's content."""
        from queue import Empty

        from nbclient.util import ensure_async, run_sync

        async def ask():
            if not await ensure_async(self.km.is_alive()):
                raise DeadKernelError("the kernel is dead")
            msg_id = self.kc.execute(code, silent=True, store_history=False,
                                     user_expressions=expressions or {}, allow_stdin=False)
            deadline = time.monotonic() + timeout
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("no reply from the kernel to the grader's guard")
                try:
                    msg = await ensure_async(self.kc.shell_channel.get_msg(timeout=min(left, 1)))
                except Empty:
                    if not await ensure_async(self.km.is_alive()):
                        raise DeadKernelError("the kernel died") from None
                    continue
                if msg["parent_header"].get("msg_id") == msg_id:
                    return msg["content"]

        return run_sync(ask)()

    def _install_guard(self) -> None:
        from . import guard

        self._guard, code = guard.install_code(self.nb)
        try:
            reply = self._silent(code)
        except DeadKernelError:   # the cell that follows finds it, and says so, as before
            self._guard = ""
            return
        except Exception as exc:  # noqa: BLE001 - grade unguarded, but say so
            reply = {"status": "error", "ename": type(exc).__name__, "evalue": str(exc)}
        if reply.get("status") != "ok":
            self.events.append("the test guard could not be installed "
                               f"({reply.get('ename')}: {str(reply.get('evalue'))[:200]}); "
                               "tests ran with whatever the notebook left in place")
            self._guard = ""

    def _run_guard(self, cell, index: int, before: bool) -> None:
        """Restore what the snapshot holds; after a test, fail it if its run replaced any."""
        import ast

        from . import guard

        if not self._guard:
            return
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "?")
        try:
            reply = self._silent("", {"r": f"{self._guard}()"}, timeout=30)
            value = reply["user_expressions"]["r"]
            if value.get("status") != "ok":
                raise RuntimeError(f"{value.get('ename')}: {value.get('evalue')}")
            restored = ast.literal_eval(value["data"]["text/plain"])
        except DeadKernelError:   # the cell found or will find it, and says so, as before
            return
        except Exception as exc:  # noqa: BLE001 - the guard is gone or broken: say so
            self.events.append(f"cell {index} ({gid}): the test guard did not answer "
                               f"({type(exc).__name__}: {str(exc)[:150]})"
                               + ("; the test ran unguarded" if before else ""))
            if not before:
                cell.outputs.append(_failed_output(
                    "GraderGuard", "the grader could not check that this test ran with the "
                    "real library functions (the notebook removed its guard): not scored"))
            return
        if not restored:
            return
        what = guard.summarise(restored)
        if before:
            self.events.append(f"cell {index} ({gid}): restored {what}")
        else:
            self.events.append(f"cell {index} ({gid}): the code under test replaced {what} "
                               "while the test ran; test failed")
            cell.outputs.append(_failed_output(
                "GraderGuard", f"the code under test replaced {what} while this test ran, so "
                "the test cannot be trusted: not scored"))


def _is_graded_test(cell) -> bool:
    m = cell.get("metadata", {}).get("nbgrader", {})
    return cell.get("cell_type") == "code" and bool(m.get("grade")) and not m.get("solution")


# --- integration with coursetools.grading --------------------------------------------------------

def harden_config(config) -> bool:
    """Make nbgrader's autograde run kernels through :class:`SandboxExecute` (unless
    ``c.Sandbox.enabled = False``). Returns whether the sandbox is on."""
    if not Sandbox(config=config).enabled:
        return False
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, ClearOutput,
                                        DeduplicateIds, IgnorePattern, LimitOutput,
                                        OverwriteCells, OverwriteKernelspec, SaveAutoGrades)

    from .reconcile import ReconcileCells

    config.Autograde.autograde_preprocessors = [
        SandboxExecute, IgnorePattern, ClearMetadataPreprocessor, LimitOutput, SaveAutoGrades,
        AssignLatePenalties, CheckCellMetadata]
    # copied, split and moved cells first (coursetools/reconcile.py), then nbgrader's own steps
    config.Autograde.sanitize_preprocessors = [
        ReconcileCells, ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells,
        CheckCellMetadata]
    return True


def lesson_files(coursedir, lesson: str) -> set[str]:
    """Relative paths of the files nbgrader copies from source/<lesson> into a graded folder."""
    from nbgrader import utils

    src = Path(coursedir.format_path(coursedir.source_directory, ".", lesson))
    found = utils.find_all_files(str(src), list(coursedir.ignore) + ["*.ipynb"])
    return {Path(f).relative_to(src).as_posix() for f in found}


def precheck(coursedir, lesson: str, student: str) -> tuple[bool, list[str]]:
    """Look at a submission before nbgrader does. Returns (gradable, notes): a submission that
    cannot be graded (nothing to grade, invalid JSON, links) is scored zero by the caller."""
    import nbformat
    from nbgrader.api import Gradebook

    folder = Path(coursedir.format_path(coursedir.submitted_directory, student, lesson))
    notes: list[str] = []
    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        expected = [nb.name + ".ipynb" for nb in gb.find_assignment(lesson).notebooks]
    links = [p.relative_to(folder).as_posix() for p in folder.rglob("*")
             if p.is_symlink() or not (p.is_file() or p.is_dir())]
    if links:
        return False, [f"refused: the submission holds links or special files "
                       f"({', '.join(links[:5])}); nothing was run"]
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    if not present:
        return False, ["empty submission folder: scored zero"]
    gradable = []
    for name in expected:
        if name not in present:
            others = sorted(p for p in present if p.endswith(".ipynb"))
            notes.append(f"missing notebook {name}" +
                         (f" (found {', '.join(others)}: rename it to {name} and regrade)"
                          if others else "") + ": scored zero")
            continue
        try:
            nb = nbformat.read(folder / name, as_version=4)
            nbformat.validate(nb)
        except Exception as exc:  # noqa: BLE001 - any unreadable file is the same outcome
            first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
            notes.append(f"{name} is not a valid notebook ({type(exc).__name__}: {first}): "
                         "scored zero")
            continue
        gradable.append(name)
        notes += suspicious(nb)
    extra = sorted(present - set(expected) - lesson_files(coursedir, lesson))
    if extra:
        notes.append("extra files not given to the kernel: " + ", ".join(extra[:10]) +
                     (" ..." if len(extra) > 10 else ""))
    return bool(gradable) and len(gradable) == len(expected), notes


# Code that can change how the tests themselves run (same interpreter): flagged for a human.
SUSPICIOUS = {
    "set_custom_exc": "installs an exception handler (can hide failing asserts)",
    "events.register": "hooks cell execution (can read or alter later cells, hidden tests too)",
    "input_transformers": "rewrites the code of later cells",
    "run_cell": "calls the kernel's cell runner",
    "sys.modules": "edits the module table",
    "builtins": "touches builtins",
    "__import__": "imports by hand",
    "ctypes": "uses ctypes",
    "os._exit": "kills the kernel",
    "signal.signal": "changes signal handling",
    "sys.settrace": "traces execution",
    "sys.setprofile": "profiles execution",
    "_getframe": "reads the call stack (can read the calling test's values)",
    "f_back": "reads the call stack (can read the calling test's values)",
    "f_locals": "reads another frame's variables (can read the calling test's values)",
    "inspect.stack": "reads the call stack (can read the calling test's values)",
    "currentframe": "reads the call stack (can read the calling test's values)",
    "gc.get_": "searches the interpreter's objects (can find the grader's snapshot)",
}


def suspicious(nb) -> list[str]:
    """Notes for an instructor: code cells whose code could tamper with the tests."""
    import re

    notes = []
    patched = re.compile(r"^\s*(np|numpy|math|torch|scipy)\.[\w.]+\s*=[^=]", re.M)
    for i, cell in enumerate(nb.cells):
        if cell.get("cell_type") != "code":
            continue
        found = [why for key, why in SUSPICIOUS.items() if key in cell.source]
        if patched.search(cell.source):
            found.append("replaces a library function")
        if found:
            notes.append(f"review cell {i}: " + "; ".join(dict.fromkeys(found)))
    return notes


def record_zero(coursedir, lesson: str, student: str) -> None:
    """What nbgrader does for a missing notebook, for a submission nothing of which is graded:
    the student and submission exist, and every graded cell scores zero."""
    from nbgrader.api import Gradebook

    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        gb.update_or_create_student(student)
        submission = gb.update_or_create_submission(lesson, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score = 0
                grade.needs_manual_grade = False
        gb.db.commit()
