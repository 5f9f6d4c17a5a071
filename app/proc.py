"""The one place that starts subprocesses.

Why one place: every child (pip, uv, a target venv's Python, PowerShell) must get the same
clean environment, no console window on Windows, no shell, and must be cancellable. The
interpreter to run is always passed explicitly; a frozen app never runs itself as Python.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.errors import AppError, Cancelled
from app.hostos import IS_WINDOWS
from app.messages import msg

if TYPE_CHECKING:
    from app import winjob

logger = logging.getLogger(__name__)

# Variables that make a child Python or pip behave unlike a fresh one.
_POISON = (
    "PYTHONHOME",
    "PYTHONPATH",
    "PYTHONSTARTUP",
    "PYTHONUSERBASE",
    "PYTHONEXECUTABLE",
    "VIRTUAL_ENV",
    "CONDA_PREFIX",
    "CONDA_DEFAULT_ENV",
    "PIP_USER",
    "PIP_REQUIRE_VIRTUALENV",
    "UV_PYTHON",
    "UV_PROJECT_ENVIRONMENT",
    "__PYVENV_LAUNCHER__",
    "_MEIPASS2",
)

CREATE_NO_WINDOW = 0x08000000


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def clean_env(extra: Mapping[str, str] | None = None, drop: Sequence[str] = ()) -> dict[str, str]:
    """The environment for a child: ours minus poison, plus UTF-8 I/O, plus `extra`."""
    env = dict(os.environ)
    for name in (*_POISON, *drop):
        env.pop(name, None)
    if is_frozen():
        # PyInstaller's bootloader prepends its own library dir; give the child the original.
        for var in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
            orig = env.pop(var + "_ORIG", None)
            if orig is not None:
                env[var] = orig
            else:
                env.pop(var, None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INPUT"] = "1"
    if extra:
        env.update(extra)
    return env


def _creationflags() -> int:
    return CREATE_NO_WINDOW if IS_WINDOWS else 0


@dataclass
class Result:
    argv: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False


LineSink = Callable[[str], None]


def run(
    argv: Sequence[str | os.PathLike[str]],
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    timeout: float | None = None,
    cancel: threading.Event | None = None,
    on_stdout: LineSink | None = None,
    on_stderr: LineSink | None = None,
    stdin_text: str | None = None,
) -> Result:
    """Run argv to completion, streaming lines to the sinks; never through a shell.

    `env` is the full environment (build it with clean_env). Cancel or timeout kills the
    child; cancel then raises Cancelled, timeout returns with timed_out=True.
    """
    args = [os.fspath(a) for a in argv]
    if not args or not args[0]:
        raise AppError("Internal error: empty command.")
    if is_frozen() and Path(args[0]).resolve() == Path(sys.executable).resolve():
        raise AppError("Internal error: the frozen app must not run itself as a Python interpreter.")
    if logger.isEnabledFor(logging.DEBUG):  # redaction costs an import; skip it when unlogged
        logger.debug("run %s", _redact_argv(args))
    start = time.monotonic()
    try:
        with _no_bundle_dll_directory():
            child = _popen(args, env, cwd, stdin_text)
    except FileNotFoundError as exc:
        raise AppError(msg("proc_not_found", program=Path(args[0]).name)) from exc
    except OSError as exc:
        raise AppError(msg("proc_cannot_start", program=Path(args[0]).name, reason=str(exc.strerror or exc))) from exc
    return _collect(child, args, start, timeout, cancel, on_stdout, on_stderr, stdin_text)


def _popen(
    args: list[str], env: Mapping[str, str] | None, cwd: str | os.PathLike[str] | None, stdin_text: str | None
) -> subprocess.Popen[str]:
    guard = _guard()
    child = subprocess.Popen(
        args,
        stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env) if env is not None else clean_env(),
        cwd=os.fspath(cwd) if cwd else None,
        creationflags=_creationflags(),
        start_new_session=not IS_WINDOWS,  # its own process group, so cancel kills all of it
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    )
    guard.adopt(child)
    return child


def _collect(
    child: subprocess.Popen[str], args: list[str], start: float, timeout: float | None,
    cancel: threading.Event | None, on_stdout: LineSink | None, on_stderr: LineSink | None, stdin_text: str | None,
) -> Result:
    out: list[str] = []
    err: list[str] = []
    readers = [
        threading.Thread(target=_pump, args=(child.stdout, out, on_stdout), daemon=True),
        threading.Thread(target=_pump, args=(child.stderr, err, on_stderr), daemon=True),
    ]
    for r in readers:
        r.start()
    if stdin_text is not None and child.stdin is not None:  # _popen gave it a pipe
        try:
            child.stdin.write(stdin_text)
            child.stdin.close()
        except OSError:
            pass

    timed_out = cancelled = False
    # A thread waits for the exit and sets an Event: waiting on that Event wakes at once when
    # the child ends, where polling wait(timeout) would oversleep each short child.
    exited = threading.Event()
    def wait_then_set() -> None:
        child.wait()
        exited.set()

    threading.Thread(target=wait_then_set, daemon=True).start()
    try:
        while True:
            if exited.wait(0.05):  # a bounded wait keeps Ctrl+C deliverable on Windows too
                break
            if cancel is not None and cancel.is_set():
                cancelled = True
            elif timeout is not None and time.monotonic() - start > timeout:
                timed_out = True
            if cancelled or timed_out:
                _kill(child)
                break
    except BaseException:
        # Ctrl+C (or any error) in our process: the child sits in its own process group and
        # would not get the signal, so stop it before the exception goes on.
        _kill(child)
        raise
    _guard().release(child)
    for r in readers:
        r.join(timeout=5)
    result = Result(args, child.returncode, "".join(out), "".join(err), time.monotonic() - start, timed_out)
    if cancelled:
        raise Cancelled()
    return result


_dll_lock = threading.Lock()


@contextlib.contextmanager
def _no_bundle_dll_directory() -> Iterator[None]:
    """PyInstaller's Windows loader points SetDllDirectory at the bundle, and children inherit
    it: a target venv's Python would then load our Qt/OpenSSL DLLs instead of its own. Reset
    it around process creation only, since the frozen app itself still needs it."""
    if not (sys.platform == "win32" and is_frozen()):
        yield
        return
    import ctypes

    kernel32 = ctypes.windll.kernel32
    with _dll_lock:
        buffer = ctypes.create_unicode_buffer(32768)
        length = kernel32.GetDllDirectoryW(len(buffer), buffer)
        kernel32.SetDllDirectoryW(None)
        try:
            yield
        finally:
            kernel32.SetDllDirectoryW(buffer.value if length else None)


def start_window(args: Sequence[str], cwd: Path) -> None:
    """Start a program the user keeps after we exit (a terminal window): a clean environment,
    no bundle DLL directory, never waited for and never killed with us. On Windows it gets a
    console of its own (so its standard handles are that console's); on POSIX a session of
    its own, away from our terminal."""
    with _no_bundle_dll_directory():
        if sys.platform == "win32":
            subprocess.Popen(list(args), cwd=str(cwd), env=clean_env(), close_fds=True,
                             creationflags=subprocess.CREATE_NEW_CONSOLE)
        else:
            subprocess.Popen(list(args), cwd=str(cwd), env=clean_env(), close_fds=True, start_new_session=True,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _pump(stream: IO[str], sink: list[str], on_line: LineSink | None) -> None:
    for line in iter(stream.readline, ""):
        sink.append(line)
        if on_line is not None:
            on_line(line.rstrip("\r\n"))
    stream.close()


def _kill(child: subprocess.Popen[str]) -> None:
    """Stop the child and whatever it started (pip spawns build processes, uv spawns Pythons)."""
    _guard().kill(child)
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        logger.warning("child %s did not exit after kill", child.pid)


# ---- children never outlive us ------------------------------------------------------------
#
# A uv or pip child that outlives a killed installer goes on changing the environment. Every
# child therefore sits in its own process group (POSIX) or job object (Windows) that is killed
# when we stop it, when it ends (its stragglers), and when we die in any way, SIGKILL included.
#
# POSIX: why a guard process and not PR_SET_PDEATHSIG. PDEATHSIG needs preexec_fn (not safe
# in a process with threads, and we have reader threads and the GUI's worker threads), fires
# when the *thread* that spawned the child ends rather than the process, is Linux-only, and
# reaches only the direct child: uv's or pip's own children are cleared of it by fork() and
# would live on. Instead one small /bin/sh guard per installer process reads a pipe whose
# only writer is us. We tell it "+PGID" for each child's group and "-PGID" when that group
# is gone; when we die the kernel closes our end, the guard reads end-of-file and kills every
# group still listed, grandchildren included. It ignores terminal signals and sits in its own
# session, so Ctrl+C or a SIGTERM to our group cannot take it down before it has done that.
# It exits 0 only if no group was left to kill (a parent that ended with no child running).
# A dead guard is replaced on the next write. The one gap: a child that dies with us in the
# microseconds between fork and its "+PGID" line; a SIGKILL landing exactly there is accepted.

_GUARD_SCRIPT = r"""trap '' INT TERM HUP QUIT PIPE
live=" "
while IFS= read -r line; do
  case $line in
    +*) live="$live${line#+} " ;;
    -*) pg=${line#-}
        case $live in *" $pg "*) live="${live%% $pg *} ${live#* $pg }" ;; esac ;;
  esac
done
for pg in $live; do kill -KILL -"$pg" 2>/dev/null; done
[ "$live" = " " ]
"""


class _PosixGuard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pipe: int | None = None
        self._guard: subprocess.Popen[bytes] | None = None
        self._groups: set[int] = set()

    def adopt(self, child: subprocess.Popen[str]) -> None:
        with self._lock:
            self._groups.add(child.pid)  # start_new_session: the child leads its own group
            self._send(f"+{child.pid}\n")

    def release(self, child: subprocess.Popen[str]) -> None:
        """The child has ended: kill what it left in its group, then forget the group."""
        self._killpg(child.pid)
        with self._lock:
            if child.pid in self._groups:
                self._groups.discard(child.pid)
                self._send(f"-{child.pid}\n")

    def kill(self, child: subprocess.Popen[str]) -> None:
        if not self._killpg(child.pid):
            with contextlib.suppress(OSError):
                child.kill()
        self.release(child)

    @staticmethod
    def _killpg(pgid: int) -> bool:
        import signal

        try:
            os.killpg(pgid, signal.SIGKILL)
            return True
        except OSError:  # the group is gone (nothing left in it) or was never made
            return False

    def guard_pid(self) -> int | None:
        """The live guard's pid, else None. Asking reaps a guard that has just died."""
        return self._guard.pid if self._guard is not None and self._guard.poll() is None else None

    def _send(self, line: str) -> None:
        for _attempt in range(2):
            if self._pipe is None or self._guard is None or self._guard.poll() is not None:
                # A new guard is told every group alive now, this line's change included.
                # Sending the line too listed a new child twice, and its one "-" left it listed:
                # when we ended, the guard killed whatever group had reused that number.
                self._start()
                return
            try:
                os.write(self._pipe, line.encode())
                return
            except OSError:  # the guard died (someone killed it): start another, tell it again
                self._close()
        logger.warning("no guard process: children may outlive a killed installer")

    def _start(self) -> None:
        self._close()
        read_end, write_end = os.pipe()  # not inheritable: only the guard gets the read end
        try:
            self._guard = subprocess.Popen(
                ["/bin/sh", "-c", _GUARD_SCRIPT], stdin=read_end, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True, env=clean_env())
        finally:
            os.close(read_end)
        self._pipe = write_end
        # Every group alive now, so a replacement guard knows the ones its predecessor knew.
        for pgid in self._groups:
            os.write(self._pipe, f"+{pgid}\n".encode())

    def _close(self) -> None:
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                os.close(self._pipe)
            self._pipe = None


class _WindowsGuard:
    """A job object per child, closed on its handle's last close: killing the job kills every
    process the child started, and when we die Windows closes the handle and kills them too."""

    def __init__(self) -> None:
        self._jobs: dict[int, winjob.Job] = {}
        self._lock = threading.Lock()

    def adopt(self, child: subprocess.Popen[str]) -> None:
        from app import winjob

        job = winjob.job_for(child)
        if job is not None:
            with self._lock:
                self._jobs[child.pid] = job

    def release(self, child: subprocess.Popen[str]) -> None:
        with self._lock:
            job = self._jobs.pop(child.pid, None)
        if job is not None:
            job.close()  # kill-on-close: what the child left behind goes with it

    def kill(self, child: subprocess.Popen[str]) -> None:
        from app import winjob

        with self._lock:
            job = self._jobs.get(child.pid)
        winjob.kill_tree(child, job, _taskkill)
        self.release(child)


def _taskkill(pid: int) -> int:
    """taskkill's exit status: Wine's taskkill rejects /T, so the caller must check it."""
    try:
        return subprocess.run(["taskkill", "/F", "/T", "/PID", str(pid)], capture_output=True,
                              creationflags=_creationflags(), timeout=30).returncode
    except (OSError, subprocess.TimeoutExpired):
        return -1


_guard_instance: _PosixGuard | _WindowsGuard | None = None
_guard_lock = threading.Lock()


def _guard() -> _PosixGuard | _WindowsGuard:
    global _guard_instance
    if _guard_instance is None:
        with _guard_lock:
            if _guard_instance is None:
                _guard_instance = _WindowsGuard() if IS_WINDOWS else _PosixGuard()
    return _guard_instance


def _redact_argv(args: Sequence[str]) -> list[str]:
    from app.redact import redact_text

    return [redact_text(a) for a in args]
