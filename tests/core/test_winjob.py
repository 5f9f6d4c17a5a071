"""Windows job objects and tree kills, checked on any OS: the ctypes layouts against
Windows' x64 sizes, and the kill order against a stand-in kernel32 that keeps a process
table (the real calls run under Windows and Wine)."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from app import winjob

x64 = pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="x64 layouts")


@x64
def test_structures_have_windows_x64_sizes():
    assert ctypes.sizeof(winjob.JOBOBJECT_EXTENDED_LIMIT_INFORMATION) == 144
    assert ctypes.sizeof(winjob.JOBOBJECT_BASIC_ACCOUNTING_INFORMATION) == 48
    assert ctypes.sizeof(winjob.PROCESSENTRY32W) == 568
    assert winjob.PROCESSENTRY32W.th32ParentProcessID.offset == 32


class Kernel32:
    """A process table: pid -> parent; killed pids; job membership; handles name pids."""

    def __init__(self, tree: dict[int, int], stubborn=(), job_works=True):
        self.parent = dict(tree)
        self.alive = set(tree)
        self.stubborn = set(stubborn)
        self.job_works = job_works
        self.jobs: dict[int, set[int]] = {}
        self.handles: dict[int, int] = {}
        self.calls: list[str] = []
        self._next = 100

    def _handle(self, pid):
        self._next += 1
        self.handles[self._next] = pid
        return self._next

    def CreateJobObjectW(self, *_):  # noqa: N802
        h = self._handle(-1)
        self.jobs[h] = set()
        return h

    def SetInformationJobObject(self, job, cls, info, size):  # noqa: N802
        flags = ctypes.cast(info, ctypes.POINTER(winjob.JOBOBJECT_EXTENDED_LIMIT_INFORMATION)).contents
        self.kill_on_close = flags.BasicLimitInformation.LimitFlags == winjob.JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        return cls == winjob.JOB_OBJECT_EXTENDED_LIMIT_INFORMATION and size == 144

    def AssignProcessToJobObject(self, job, process):  # noqa: N802
        if not self.job_works:
            return 0
        pid = self.handles[process]
        self.jobs[job] |= {pid, *self._below(pid)}
        return 1

    def TerminateJobObject(self, job, code):  # noqa: N802
        self.calls.append("TerminateJobObject")
        self.alive -= self.jobs[job] - self.stubborn
        return 1

    def CloseHandle(self, h):  # noqa: N802
        if h in self.jobs and getattr(self, "kill_on_close", False):
            self.alive -= self.jobs.pop(h) - self.stubborn
        self.handles.pop(h, None)
        return 1

    def CreateToolhelp32Snapshot(self, flags, pid):  # noqa: N802
        self._entries = [(p, self.parent[p]) for p in sorted(self.alive)]
        return self._handle(-2)

    def _fill(self, entry_ref):
        if not self._entries:
            return 0
        entry = ctypes.cast(entry_ref, ctypes.POINTER(winjob.PROCESSENTRY32W)).contents
        entry.th32ProcessID, entry.th32ParentProcessID = self._entries.pop(0)
        return 1

    Process32FirstW = Process32NextW = lambda self, snap, ref: self._fill(ref)  # noqa: E731, N815

    def OpenProcess(self, access, inherit, pid):  # noqa: N802
        return self._handle(pid) if pid in self.alive else 0

    def TerminateProcess(self, h, code):  # noqa: N802
        self.calls.append(f"TerminateProcess {self.handles[h]}")
        if self.handles[h] not in self.stubborn:
            self.alive.discard(self.handles[h])
        return 1

    def WaitForSingleObject(self, h, ms):  # noqa: N802
        return winjob.WAIT_OBJECT_0 if self.handles[h] not in self.alive else 0x102

    def _below(self, pid):
        kids = [p for p, parent in self.parent.items() if parent == pid and p != pid]
        return kids + [g for k in kids for g in self._below(k)]


TREE = {4: 4, 10: 4, 20: 10, 21: 10, 30: 20, 99: 4}  # 10 = our child (uv); 20, 21, 30 below it; 99 a stranger


def child(k32, pid=10):
    handle = k32._handle(pid)
    return SimpleNamespace(pid=pid, _handle=handle)


def test_descendants_are_the_whole_tree_and_nothing_else():
    k32 = Kernel32(TREE)
    assert sorted(winjob.descendants(10, k32)) == [20, 21, 30]


def test_job_kill_stops_the_tree_without_taskkill():
    k32 = Kernel32(TREE)
    c = child(k32)
    job = winjob.job_for(c, k32)
    assert job is not None and k32.kill_on_close
    taskkills = []
    assert winjob.kill_tree(c, job, lambda pid: taskkills.append(pid) or 0, k32)
    assert taskkills == [] and k32.alive == {4, 99}


def test_closing_the_job_kills_what_is_left_like_our_own_death():
    k32 = Kernel32(TREE)
    job = winjob.job_for(child(k32), k32)
    job.close()
    assert k32.alive == {4, 99}


def test_failed_taskkill_falls_back_to_terminating_each_process():
    """Wine's taskkill rejects /T (exit 1): the tree is still stopped, and checked."""
    k32 = Kernel32(TREE, job_works=False)
    c = child(k32)
    assert winjob.job_for(c, k32) is None
    assert winjob.kill_tree(c, None, lambda pid: 1, k32)
    assert k32.alive == {4, 99}
    assert sorted(k32.calls) == ["TerminateProcess 10", "TerminateProcess 20", "TerminateProcess 21",
                                 "TerminateProcess 30"]


def test_a_process_that_survives_everything_is_reported():
    k32 = Kernel32(TREE, stubborn={30}, job_works=False)
    c = child(k32)
    assert not winjob.kill_tree(c, None, lambda pid: 0, k32, wait_ms=0)
    assert k32.alive == {4, 30, 99}


# ---- the real thing: Windows (or Wine, see installer/windows_lane.py) ----------------------

windows = pytest.mark.skipif(os.name != "nt", reason="real job objects need Windows (or Wine)")

# A child that starts a grandchild, says the grandchild's pid, and waits: uv or pip in small.
TREE_SCRIPT = ("import subprocess, sys, time; "
               "g = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)']); "
               "print(g.pid, flush=True); time.sleep(120)")


def alive(pid: int) -> bool:
    k = winjob.kernel32()
    handle = k.OpenProcess(winjob.SYNCHRONIZE | winjob.PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return False
    try:
        return k.WaitForSingleObject(handle, 0) != winjob.WAIT_OBJECT_0
    finally:
        k.CloseHandle(handle)


def gone(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    return not alive(pid)


@windows
def test_cancel_stops_the_childs_whole_tree():
    from app import proc
    from app.errors import Cancelled

    cancel = threading.Event()
    pids: list[int] = []

    def said(line: str) -> None:
        pids.append(int(line))
        cancel.set()

    with pytest.raises(Cancelled):
        proc.run([sys.executable, "-c", TREE_SCRIPT], cancel=cancel, on_stdout=said, timeout=60)
    assert pids and gone(pids[0])


@windows
def test_without_a_job_a_failing_taskkill_is_not_trusted():
    """No job for this child; taskkill says it failed (as Wine's does for /T): each process of
    the tree is terminated by handle, and the result is checked."""
    from app import proc

    child = subprocess.Popen([sys.executable, "-c", TREE_SCRIPT], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             text=True)
    grandchild = int(child.stdout.readline())
    print(f"real taskkill /F /T exit status here: {proc._taskkill(99999999)}")
    assert winjob.kill_tree(child, None, lambda pid: 1)
    assert gone(child.pid) and gone(grandchild)
    child.wait(timeout=10)


@windows
def test_a_killed_installer_takes_the_tree_along():
    """TerminateProcess on our process (Task Manager's End task): the kill-on-close jobs die with
    its handles, and the grandchild with them."""
    middle_code = ("import sys; sys.path.insert(0, sys.argv[1]); from app import proc; "
                   f"proc.run([sys.executable, '-c', {TREE_SCRIPT!r}], on_stdout=lambda l: print(l, flush=True))")
    root = str(Path(__file__).resolve().parents[2])
    middle = subprocess.Popen([sys.executable, "-c", middle_code, root], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, text=True)
    grandchild = int(middle.stdout.readline())
    start = time.monotonic()
    middle.kill()
    middle.wait(timeout=10)
    assert gone(grandchild)
    print(f"time-to-cancel after TerminateProcess of the installer: {(time.monotonic() - start) * 1000:.0f} ms")
