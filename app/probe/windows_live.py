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
    return records_from_cfgmgr(CfgMgr(), driver_key_values)


class CfgMgr:
    """The few Configuration Manager calls the probe needs, through ctypes (Windows only).

    Each method returns what the API wrote (device ids as one multi-string, properties as raw
    UTF-16LE bytes), so records_from_cfgmgr() can be tested with recorded values elsewhere.
    """

    def __init__(self):
        import ctypes
        from ctypes import wintypes

        self._ct = ctypes
        cfg = ctypes.WinDLL("cfgmgr32.dll")
        ULONG = self._ULONG = wintypes.ULONG
        PULONG = ctypes.POINTER(ULONG)
        self._size = cfg.CM_Get_Device_ID_List_SizeW
        self._size.argtypes = [PULONG, wintypes.LPCWSTR, ULONG]
        self._list = cfg.CM_Get_Device_ID_ListW
        self._list.argtypes = [wintypes.LPCWSTR, ctypes.POINTER(ctypes.c_wchar), ULONG, ULONG]
        self._locate = cfg.CM_Locate_DevNodeW
        self._locate.argtypes = [PULONG, wintypes.LPCWSTR, ULONG]
        self._prop = cfg.CM_Get_DevNode_Registry_PropertyW
        self._prop.argtypes = [ULONG, ULONG, PULONG, ctypes.c_void_p, PULONG, ULONG]
        self._status = cfg.CM_Get_DevNode_Status
        self._status.argtypes = [PULONG, PULONG, ULONG, ULONG]
        for fn in (self._size, self._list, self._locate, self._prop, self._status):
            fn.restype = ULONG  # CONFIGRET

    def device_ids(self) -> str:
        """Present display-class device instance ids, NUL-separated."""
        ct, ULONG = self._ct, self._ULONG
        flags = CM_GETIDLIST_FILTER_CLASS | CM_GETIDLIST_FILTER_PRESENT
        for _attempt in range(3):  # the list can grow between the two calls (hot plug)
            size = ULONG(0)
            cr = self._size(ct.byref(size), DISPLAY_CLASS_GUID, flags)
            if cr != CR_SUCCESS:
                raise OSError(f"CM_Get_Device_ID_List_SizeW returned 0x{cr:x}")
            buf = ct.create_unicode_buffer(size.value + 1)
            cr = self._list(DISPLAY_CLASS_GUID, buf, size.value, flags)
            if cr == CR_BUFFER_SMALL:
                continue
            if cr != CR_SUCCESS:
                raise OSError(f"CM_Get_Device_ID_ListW returned 0x{cr:x}")
            return buf[: size.value]
        raise OSError("the display device list kept changing")

    def locate(self, instance_id: str) -> int | None:
        devinst = self._ULONG(0)
        ok = self._locate(self._ct.byref(devinst), instance_id, 0) == CR_SUCCESS
        return devinst.value if ok else None

    def property_bytes(self, devinst: int, which: int) -> bytes | None:
        ct, ULONG = self._ct, self._ULONG
        length = ULONG(1024)
        for _ in range(2):
            raw = ct.create_string_buffer(length.value)
            kind = ULONG(0)
            cr = self._prop(devinst, which, ct.byref(kind), raw, ct.byref(length), 0)
            if cr == CR_BUFFER_SMALL:  # length now holds the size needed
                continue
            return raw.raw[: length.value] if cr == CR_SUCCESS else None
        return None

    def problem(self, devinst: int) -> int | None:
        """The device's problem code, or None when it has none."""
        ct, ULONG = self._ct, self._ULONG
        status, problem = ULONG(0), ULONG(0)
        cr = self._status(ct.byref(status), ct.byref(problem), devinst, 0)
        if cr == CR_SUCCESS and status.value & DN_HAS_PROBLEM:
            return problem.value
        return None


def records_from_cfgmgr(api, read_driver_key) -> list[dict]:
    """Snapshot-shaped records from a CfgMgr-like `api` and a driver-key reader."""
    records = []
    for instance_id in split_multi_sz(api.device_ids()):
        devinst = api.locate(instance_id)
        if devinst is None:
            continue
        name = utf16_z(api.property_bytes(devinst, CM_DRP_FRIENDLYNAME)) or utf16_z(
            api.property_bytes(devinst, CM_DRP_DEVICEDESC)
        )
        values = read_driver_key(utf16_z(api.property_bytes(devinst, CM_DRP_DRIVER)))
        problem = api.problem(devinst)
        records.append({
            "Name": values.get("DriverDesc") or name,
            "PNPDeviceID": instance_id,
            "DriverVersion": values.get("DriverVersion"),
            "DriverDate": values.get("DriverDate"),
            "AdapterRAM": None,
            "Status": "OK" if problem is None else f"Error (problem code {problem})",
        })
    return records


def utf16_z(raw: bytes | None) -> str | None:
    """A REG_SZ property as cfgmgr32 writes it (UTF-16LE, NUL-terminated) -> str or None."""
    if not raw:
        return None
    text = raw.decode("utf-16-le", errors="replace").split("\x00", 1)[0].strip()
    return text or None


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
