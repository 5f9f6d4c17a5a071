"""Windows job objects: a child's whole process tree is killed together, and dies with us.

Each child proc.run starts is assigned to its own job created with
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE. Processes the child starts later join the job by
themselves, so terminating the job stops the whole tree, and when our process dies (killed,
crashed, window closed) Windows closes our handle to the job and kills everything in it.

Stopping a tree never trusts one tool: taskkill /T /F is only a fallback (Wine rejects /T),
its exit status is checked, and every process of the tree, opened by handle *before* the
kill so a reused pid cannot be hit, is terminated directly when it is still alive.

Plain ctypes, imported only on Windows by proc.py; the structures and the kill order are
checked on any OS with a stand-in for kernel32 (tests/core/test_winjob.py).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from ctypes import wintypes
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from subprocess import Popen

logger = logging.getLogger(__name__)

JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
JOB_OBJECT_BASIC_ACCOUNTING_INFORMATION = 1
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9
TH32CS_SNAPPROCESS = 0x2
PROCESS_TERMINATE = 0x0001
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
SYNCHRONIZE = 0x00100000
WAIT_OBJECT_0 = 0
INVALID_HANDLE_VALUE = ctypes.c_void_p(-1).value


class IO_COUNTERS(ctypes.Structure):  # noqa: N801 - Windows' name
    _fields_ = [(name, ctypes.c_ulonglong) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_longlong),
        ("PerJobUserTimeLimit", ctypes.c_longlong),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
        ("IoInfo", IO_COUNTERS),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


class JOBOBJECT_BASIC_ACCOUNTING_INFORMATION(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("TotalUserTime", ctypes.c_longlong),
        ("TotalKernelTime", ctypes.c_longlong),
        ("ThisPeriodTotalUserTime", ctypes.c_longlong),
        ("ThisPeriodTotalKernelTime", ctypes.c_longlong),
        ("TotalPageFaultCount", ctypes.c_uint32),
        ("TotalProcesses", ctypes.c_uint32),
        ("ActiveProcesses", ctypes.c_uint32),
        ("TotalTerminatedProcesses", ctypes.c_uint32),
    ]


class PROCESSENTRY32W(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("dwSize", ctypes.c_uint32),
        ("cntUsage", ctypes.c_uint32),
        ("th32ProcessID", ctypes.c_uint32),
        ("th32DefaultHeapID", ctypes.c_size_t),
        ("th32ModuleID", ctypes.c_uint32),
        ("cntThreads", ctypes.c_uint32),
        ("th32ParentProcessID", ctypes.c_uint32),
        ("pcPriClassBase", ctypes.c_int32),
        ("dwFlags", ctypes.c_uint32),
        ("szExeFile", ctypes.c_uint16 * 260),  # WCHAR[MAX_PATH]; c_wchar is 4 bytes off Windows
    ]


def _kernel32() -> Any:
    k = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    k.CreateJobObjectW.restype = wintypes.HANDLE
    k.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
    k.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
    k.QueryInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD,
                                            ctypes.c_void_p]
    k.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    k.TerminateJobObject.argtypes = [wintypes.HANDLE, wintypes.UINT]
    k.CloseHandle.argtypes = [wintypes.HANDLE]
    k.CreateToolhelp32Snapshot.restype = wintypes.HANDLE
    k.CreateToolhelp32Snapshot.argtypes = [wintypes.DWORD, wintypes.DWORD]
    k.Process32FirstW.argtypes = [wintypes.HANDLE, ctypes.c_void_p]
    k.Process32NextW.argtypes = [wintypes.HANDLE, ctypes.c_void_p]
    k.OpenProcess.restype = wintypes.HANDLE
    k.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    k.TerminateProcess.argtypes = [wintypes.HANDLE, wintypes.UINT]
    k.WaitForSingleObject.restype = wintypes.DWORD
    k.WaitForSingleObject.argtypes = [wintypes.HANDLE, wintypes.DWORD]
    return k


_k32 = None


def kernel32() -> Any:
    global _k32
    if _k32 is None:
        _k32 = _kernel32()
    return _k32


class Job:
    def __init__(self, k32: Any = None) -> None:
        self.k = k32 or kernel32()
        self.handle = self.k.CreateJobObjectW(None, None)
        if not self.handle:
            raise OSError("CreateJobObjectW failed")
        info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
        info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        if not self.k.SetInformationJobObject(self.handle, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION,
                                              ctypes.byref(info), ctypes.sizeof(info)):
            self.close()
            raise OSError("SetInformationJobObject failed")

    def assign(self, process_handle: int) -> bool:
        return bool(self.k.AssignProcessToJobObject(self.handle, process_handle))

    def terminate(self) -> bool:
        return self.handle is not None and bool(self.k.TerminateJobObject(self.handle, 1))

    def active_processes(self) -> int | None:
        info = JOBOBJECT_BASIC_ACCOUNTING_INFORMATION()
        if self.handle is None or not self.k.QueryInformationJobObject(
                self.handle, JOB_OBJECT_BASIC_ACCOUNTING_INFORMATION, ctypes.byref(info), ctypes.sizeof(info), None):
            return None
        return int(info.ActiveProcesses)

    def close(self) -> None:
        if self.handle is not None:
            self.k.CloseHandle(self.handle)
            self.handle = None


def job_for(child: Popen[str], k32: Any = None) -> Job | None:
    """A kill-on-close job holding `child`, or None when Windows refuses one (the tree is then
    stopped by taskkill and by terminating each process)."""
    try:
        job = Job(k32)
    except OSError as exc:
        logger.warning("no job object for %s: %s", child.pid, exc)
        return None
    if not job.assign(int(child._handle)):  # type: ignore[attr-defined]  # Windows Popen has it
        logger.warning("process %s could not join a job object", child.pid)
        job.close()
        return None
    return job


def descendants(pid: int, k32: Any = None) -> list[int]:
    """Pids of every process below `pid`, children first, from one Toolhelp snapshot."""
    k = k32 or kernel32()
    snap = k.CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0)
    if not snap or snap == INVALID_HANDLE_VALUE:
        return []
    parents: dict[int, list[int]] = {}
    try:
        entry = PROCESSENTRY32W()
        entry.dwSize = ctypes.sizeof(PROCESSENTRY32W)
        ok = k.Process32FirstW(snap, ctypes.byref(entry))
        while ok:
            if entry.th32ProcessID != entry.th32ParentProcessID:
                parents.setdefault(int(entry.th32ParentProcessID), []).append(int(entry.th32ProcessID))
            ok = k.Process32NextW(snap, ctypes.byref(entry))
    finally:
        k.CloseHandle(snap)
    found: list[int] = []
    queue = [pid]
    while queue:
        for kid in parents.get(queue.pop(0), []):
            if kid not in found and kid != pid:
                found.append(kid)
                queue.append(kid)
    return found


def kill_tree(
    child: Popen[str], job: Job | None, taskkill: Callable[[int], int], k32: Any = None, wait_ms: int = 5000
) -> bool:
    """Stop `child` and everything below it; True when all of them are verified gone."""
    k = k32 or kernel32()
    # Open the tree first: a handle pins the process it names, so a pid reused after the kill
    # can never be terminated by mistake, and the handle lets us wait for the real exit.
    handles = [h for h in (k.OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION,
                                         False, pid) for pid in [child.pid, *descendants(child.pid, k)]) if h]
    try:
        stopped = job is not None and job.terminate()
        if not stopped:
            code = taskkill(child.pid)
            if code != 0:
                logger.info("taskkill /T /F for %s exited with %s; terminating the processes one by one",
                            child.pid, code)
        left = [h for h in handles if k.WaitForSingleObject(h, 0) != WAIT_OBJECT_0]
        for h in left:
            k.TerminateProcess(h, 1)
        alive = [h for h in handles if k.WaitForSingleObject(h, wait_ms) != WAIT_OBJECT_0]
        if alive:
            logger.warning("%d process(es) of %s's tree are still running after the kill", len(alive), child.pid)
        return not alive
    finally:
        for h in handles:
            k.CloseHandle(h)
