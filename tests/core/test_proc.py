"""The subprocess chokepoint: clean environment, streaming, cancel, timeout."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import pytest

from app import proc
from app.errors import AppError, Cancelled


def test_clean_env_drops_poison_and_sets_utf8(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("VIRTUAL_ENV", "/some/venv")
    env = proc.clean_env({"EXTRA": "1"})
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert env["PYTHONUTF8"] == "1" and env["EXTRA"] == "1"


def test_child_sees_clean_env(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    result = proc.run([sys.executable, "-c", "import os; print(os.environ.get('PYTHONPATH'))"])
    assert result.returncode == 0
    assert result.stdout.strip() == "None"


def test_streams_lines_separately():
    out, err = [], []
    script = "import sys; print('a'); print('b', file=sys.stderr); print('c')"
    result = proc.run([sys.executable, "-c", script], on_stdout=out.append, on_stderr=err.append)
    assert out == ["a", "c"] and err == ["b"]
    assert result.stdout == "a\nc\n"


def test_non_ascii_output_survives():
    result = proc.run([sys.executable, "-c", "print('张三')"])
    assert result.stdout.strip() == "张三"


def test_cancel_kills_child_promptly():
    """Under Wine too: its taskkill rejects /T, and the job object stops the child instead."""
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        proc.run([sys.executable, "-c", "import time; time.sleep(30)"], cancel=cancel)
    assert time.monotonic() - start < 10


def test_timeout_returns_timed_out():
    result = proc.run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert result.timed_out
    assert result.returncode != 0


def test_missing_program_is_one_sentence():
    with pytest.raises(AppError, match="not found"):
        proc.run([os.path.join("no", "such", "program-xyz")])


@pytest.mark.skipif(os.name == "nt", reason="process groups are POSIX")
def test_keyboard_interrupt_kills_child(tmp_path):
    """A Ctrl+C in our process must not leave the child (in its own group) running."""
    marker = tmp_path / "pid"
    script = f"import os, time; open({str(marker)!r}, 'w').write(str(os.getpid())); time.sleep(30)"

    def interrupt():
        while not marker.exists() or not marker.read_text():
            time.sleep(0.05)
        import _thread

        _thread.interrupt_main()

    # A shell that starts us in the background (no job control) leaves SIGINT ignored, and then
    # Python has no handler for interrupt_main() to call: give the test its own.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    threading.Thread(target=interrupt, daemon=True).start()
    try:
        with pytest.raises(KeyboardInterrupt):
            proc.run([sys.executable, "-c", script], timeout=20)
    finally:
        signal.signal(signal.SIGINT, previous)
    pid = int(marker.read_text())
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


# ---- children never outlive us (POSIX guard) -----------------------------------------------

_MIDDLE = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from app import proc
if sys.argv[1] == "kill-guard":  # someone killed our guard: the next child must get a new one
    proc.run(["true"])
    guard = proc._guard().guard_pid()  # asked once: after the kill, asking reaps the dead guard (None)
    assert guard is not None, "no guard right after a child ran"
    os.kill(guard, signal.SIGKILL)
    os.waitpid(guard, 0)
def said(line):
    print(line, flush=True)
    if sys.argv[1] == "crash":  # the installer itself crashes (a fault in native code), once the
        sys.stdin.readline()     # test has seen both processes alive (else it races the guard)
        os.abort()
proc.run(["/bin/sh", "-c", "sleep 300 & echo $$ $!; wait"], on_stdout=said)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(os.name == "nt" or not os.path.isdir("/proc/self"), reason="Linux /proc (Windows: test_winjob)")
@pytest.mark.parametrize("mode", ["plain", "kill-guard", "crash"])
def test_sigkilled_parent_takes_children_and_grandchildren_along(mode):
    import signal
    import subprocess
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    middle = subprocess.Popen(
        [sys.executable, "-c", _MIDDLE, mode, root], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    child, grandchild = map(int, middle.stdout.readline().split())
    assert _alive(child) and _alive(grandchild)
    if mode == "crash":
        middle.stdin.write("abort now\n")
        middle.stdin.flush()
    else:
        middle.send_signal(signal.SIGKILL)
    middle.wait()
    deadline = time.monotonic() + 5
    while (_alive(child) or _alive(grandchild)) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not _alive(child) and not _alive(grandchild)


@pytest.mark.skipif(os.name == "nt", reason="the POSIX guard process (Windows: job objects, test_winjob)")
def test_the_guard_keeps_no_finished_child(monkeypatch):
    """A new guard was told of the child that started it twice, then told once that it ended:
    the finished group stayed listed, and when we ended the guard SIGKILLed whatever group had
    taken that number meanwhile (pids wrap: another installer's guard, someone's pip)."""
    guard = proc._PosixGuard()
    monkeypatch.setattr(proc, "_guard_instance", guard)
    for which in ("first guard", "its replacement"):
        proc.run(["true"])  # this child starts a guard
        guard._close()  # we end: the guard reads end-of-file
        assert guard._guard is not None
        assert guard._guard.wait() == 0, f"the {which} still listed a finished child's group"


@pytest.mark.skipif(os.name == "nt", reason="POSIX process groups")
def test_a_finished_childs_leftovers_in_its_group_are_stopped():
    """A child that exits but leaves a process in its group behind (a daemonised helper)."""
    result = proc.run(["/bin/sh", "-c", "sleep 300 & echo $!"])
    leftover = int(result.stdout.strip())
    deadline = time.monotonic() + 5
    while _alive(leftover) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not _alive(leftover)
