"""The live Windows adapter list, as the same records a snapshot holds (see windows.py).

First choice: the Configuration Manager API (cfgmgr32, through ctypes) plus the driver's
registry key, read with winreg. It runs in-process: no child process, no console window, no
administrator rights, and no PowerShell start-up (which costs a fraction of a second to
seconds). Fallback: PowerShell's Get-CimInstance, the exact command support asks users to
run, parsed by the snapshot parser. The fallback is taken only when the first path fails.
"""

from __future__ import annotations

import logging
import os

from app.probe.windows import SNAPSHOT_COMMAND, parse_snapshot

logger = logging.getLogger(__name__)

DISPLAY_CLASS_GUID = "{4d36e968-e325-11ce-bfc1-08002be10318}"
CLASS_KEY = r"SYSTEM\CurrentControlSet\Control\Class"
CM_GETIDLIST_FILTER_PRESENT = 0x00000100
CM_GETIDLIST_FILTER_CLASS = 0x00000200
CR_SUCCESS = 0x00
CR_BUFFER_SMALL = 0x1A
CM_DRP_DEVICEDESC = 0x01
CM_DRP_DRIVER = 0x0A  # "{class guid}\0001": the driver's key under CLASS_KEY
CM_DRP_FRIENDLYNAME = 0x0D
DN_HAS_PROBLEM = 0x00000400


def live_records() -> tuple[list[dict], str]:
    """(records, method) where method is 'cfgmgr32' or 'powershell'."""
    try:
        return cfgmgr_records(), "cfgmgr32"
    except Exception as exc:  # any ctypes/registry failure: the PowerShell path still works
        logger.warning("Configuration Manager query failed (%s); using PowerShell", exc)
    return powershell_records(), "powershell"


def powershell_records() -> list[dict]:
    from app import proc

    script = "[Console]::OutputEncoding = [System.Text.Encoding]::UTF8; " + SNAPSHOT_COMMAND
    # The full path: PATH may lack System32 in a user's odd environment (or a frozen app's).
    system_root = os.environ.get("SystemRoot", r"C:\Windows")
    exe = os.path.join(system_root, "System32", "WindowsPowerShell", "v1.0", "powershell.exe")
    result = proc.run(
        [exe if os.path.isfile(exe) else "powershell.exe", "-NoProfile", "-NonInteractive",
         "-ExecutionPolicy", "Bypass", "-Command", script],
        env=proc.clean_env(),
        timeout=60,
    )
    if result.returncode != 0 or not result.stdout.strip():
        from app.errors import AppError

        raise AppError("Windows did not list the display adapters (PowerShell Get-CimInstance "
                       f"failed with exit code {result.returncode})")
    return parse_snapshot(result.stdout.encode("utf-8"), "PowerShell's adapter list")


def cfgmgr_records() -> list[dict]:
    import ctypes
    from ctypes import wintypes

    cfg = ctypes.WinDLL("cfgmgr32.dll")
    ULONG = wintypes.ULONG
    PULONG = ctypes.POINTER(ULONG)

    size_fn = cfg.CM_Get_Device_ID_List_SizeW
    size_fn.argtypes = [PULONG, wintypes.LPCWSTR, ULONG]
    size_fn.restype = ULONG
    list_fn = cfg.CM_Get_Device_ID_ListW
    list_fn.argtypes = [wintypes.LPCWSTR, ctypes.POINTER(ctypes.c_wchar), ULONG, ULONG]
    list_fn.restype = ULONG
    locate_fn = cfg.CM_Locate_DevNodeW
    locate_fn.argtypes = [PULONG, wintypes.LPCWSTR, ULONG]
    locate_fn.restype = ULONG
    prop_fn = cfg.CM_Get_DevNode_Registry_PropertyW
    prop_fn.argtypes = [ULONG, ULONG, PULONG, ctypes.c_void_p, PULONG, ULONG]
    prop_fn.restype = ULONG
    status_fn = cfg.CM_Get_DevNode_Status
    status_fn.argtypes = [PULONG, PULONG, ULONG, ULONG]
    status_fn.restype = ULONG

    flags = CM_GETIDLIST_FILTER_CLASS | CM_GETIDLIST_FILTER_PRESENT
    ids: list[str] = []
    for _attempt in range(3):  # the list can grow between the two calls (hot plug)
        size = ULONG(0)
        cr = size_fn(ctypes.byref(size), DISPLAY_CLASS_GUID, flags)
        if cr != CR_SUCCESS:
            raise OSError(f"CM_Get_Device_ID_List_SizeW returned 0x{cr:x}")
        buf = ctypes.create_unicode_buffer(size.value + 1)
        cr = list_fn(DISPLAY_CLASS_GUID, buf, size.value, flags)
        if cr == CR_BUFFER_SMALL:
            continue
        if cr != CR_SUCCESS:
            raise OSError(f"CM_Get_Device_ID_ListW returned 0x{cr:x}")
        ids = split_multi_sz(buf[: size.value])
        break
    else:
        raise OSError("the display device list kept changing")

    def prop(devinst: int, which: int) -> str | None:
        length = ULONG(1024)
        for _ in range(2):
            raw = ctypes.create_string_buffer(length.value)
            kind = ULONG(0)
            cr = prop_fn(devinst, which, ctypes.byref(kind), raw, ctypes.byref(length), 0)
            if cr == CR_BUFFER_SMALL:
                continue
            if cr != CR_SUCCESS:
                return None
            text = raw.raw[: length.value].decode("utf-16-le", errors="replace")
            return text.split("\x00", 1)[0].strip() or None
        return None

    records = []
    for instance_id in ids:
        devinst = ULONG(0)
        if locate_fn(ctypes.byref(devinst), instance_id, 0) != CR_SUCCESS:
            continue
        status, problem = ULONG(0), ULONG(0)
        has_problem = (
            status_fn(ctypes.byref(status), ctypes.byref(problem), devinst.value, 0) == CR_SUCCESS
            and status.value & DN_HAS_PROBLEM
        )
        name = prop(devinst.value, CM_DRP_FRIENDLYNAME) or prop(devinst.value, CM_DRP_DEVICEDESC)
        values = driver_key_values(prop(devinst.value, CM_DRP_DRIVER))
        records.append({
            "Name": values.get("DriverDesc") or name,
            "PNPDeviceID": instance_id,
            "DriverVersion": values.get("DriverVersion"),
            "DriverDate": values.get("DriverDate"),
            "AdapterRAM": None,
            "Status": f"Error (problem code {problem.value})" if has_problem else "OK",
        })
    return records


def split_multi_sz(text: str) -> list[str]:
    """A REG_MULTI_SZ-style buffer ('a\\0b\\0\\0') -> ['a', 'b']."""
    return [part for part in text.split("\x00") if part]


def driver_key_values(driver_key: str | None) -> dict[str, str]:
    """DriverDesc, DriverVersion, DriverDate from HKLM\\...\\Class\\<driver key>."""
    if not driver_key:
        return {}
    import winreg

    values: dict[str, str] = {}
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, CLASS_KEY + "\\" + driver_key) as key:
            for name in ("DriverDesc", "DriverVersion", "DriverDate"):
                try:
                    value, _kind = winreg.QueryValueEx(key, name)
                except OSError:
                    continue
                values[name] = str(value)
    except OSError as exc:
        logger.debug("cannot open the driver key %s: %s", driver_key, exc)
    return values
