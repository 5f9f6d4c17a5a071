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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError, Cancelled

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
    return CREATE_NO_WINDOW if os.name == "nt" else 0


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
    argv: Sequence[str | os.PathLike],
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike | None = None,
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
        raise AppError(f"Could not start {Path(args[0]).name}: the program was not found.") from exc
    except OSError as exc:
        raise AppError(f"Could not start {Path(args[0]).name}: {exc.strerror or exc}.") from exc
    return _collect(child, args, start, timeout, cancel, on_stdout, on_stderr, stdin_text)


def _popen(args, env, cwd, stdin_text) -> subprocess.Popen:
    return subprocess.Popen(
        args,
        stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env) if env is not None else clean_env(),
        cwd=os.fspath(cwd) if cwd else None,
        creationflags=_creationflags(),
        start_new_session=os.name != "nt",  # its own process group, so cancel kills all of it
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    )


def _collect(child, args, start, timeout, cancel, on_stdout, on_stderr, stdin_text) -> Result:
    out: list[str] = []
    err: list[str] = []
    readers = [
        threading.Thread(target=_pump, args=(child.stdout, out, on_stdout), daemon=True),
        threading.Thread(target=_pump, args=(child.stderr, err, on_stderr), daemon=True),
    ]
    for r in readers:
        r.start()
    if stdin_text is not None:
        try:
            child.stdin.write(stdin_text)
            child.stdin.close()
        except OSError:
            pass

    timed_out = cancelled = False
    # A thread waits for the exit and sets an Event: waiting on that Event wakes at once when
    # the child ends, where polling wait(timeout) would oversleep each short child.
    exited = threading.Event()
    threading.Thread(target=lambda: (child.wait(), exited.set()), daemon=True).start()
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
    for r in readers:
        r.join(timeout=5)
    result = Result(args, child.returncode, "".join(out), "".join(err), time.monotonic() - start, timed_out)
    if cancelled:
        raise Cancelled(f"{Path(args[0]).name} was cancelled.")
    return result


_dll_lock = threading.Lock()


@contextlib.contextmanager
def _no_bundle_dll_directory():
    """PyInstaller's Windows loader points SetDllDirectory at the bundle, and children inherit
    it: a target venv's Python would then load our Qt/OpenSSL DLLs instead of its own. Reset
    it around process creation only, since the frozen app itself still needs it."""
    if not (os.name == "nt" and is_frozen()):
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


def _pump(stream, sink: list[str], on_line: LineSink | None) -> None:
    for line in iter(stream.readline, ""):
        sink.append(line)
        if on_line is not None:
            on_line(line.rstrip("\r\n"))
    stream.close()


def _kill(child: subprocess.Popen) -> None:
    """Stop the child and whatever it started (pip spawns build processes)."""
    if os.name == "nt":
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(child.pid)],
            capture_output=True,
            creationflags=_creationflags(),
        )
    else:
        import signal

        try:
            os.killpg(child.pid, signal.SIGKILL)
        except OSError:
            child.kill()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        logger.warning("child %s did not exit after kill", child.pid)


def _redact_argv(args: Sequence[str]) -> list[str]:
    from app.redact import redact_text

    return [redact_text(a) for a in args]
