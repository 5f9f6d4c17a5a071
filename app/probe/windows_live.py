"""The live Windows adapter list, as the same records a snapshot holds (see windows.py).

Three sources, asked in this order until one lists an adapter:
1. the Configuration Manager API (cfgmgr32, through ctypes) plus the driver's registry key,
   read with winreg: in-process, no child process, no console window, no administrator
   rights, no PowerShell start-up (a fraction of a second to seconds);
2. SetupAPI (SetupDiGetClassDevsW for the display class), the same devices through another
   API: where cfgmgr32 succeeds with an empty list (Wine does), it still lists them;
3. PowerShell's Get-CimInstance, the exact command support asks users to run, parsed by the
   snapshot parser.
A source that fails or lists nothing is cross-checked with the next one, so "no display
adapter" is said only when none of them lists one.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from typing import Any

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
# SetupAPI's names for the same properties (SPDRP_*), and its own constants.
SPDRP_DEVICEDESC = 0x00
SPDRP_HARDWAREID = 0x01
SPDRP_DRIVER = 0x09
SPDRP_FRIENDLYNAME = 0x0C
DIGCF_PRESENT = 0x02
ERROR_NO_MORE_ITEMS = 259
ERROR_INSUFFICIENT_BUFFER = 122
_PCI_ID = re.compile(r"^PCI\\VEN_[0-9A-F]{4}&DEV_[0-9A-F]{4}", re.IGNORECASE)


def live_records() -> tuple[list[dict], str]:
    """(records, method): method names the source that listed them ('cfgmgr32', 'setupapi'
    or 'powershell'), or every source asked when none listed an adapter ('cfgmgr32+...')."""
    return first_listing((("cfgmgr32", cfgmgr_records), ("setupapi", setupapi_records),
                          ("powershell", powershell_records)))


def first_listing(sources) -> tuple[list[dict], str]:
    """The records of the first source that lists an adapter. A source that raises or lists
    none hands over to the next; when none lists one, an empty list if any source answered,
    else the last source's error is raised (the machine's adapters could not be read)."""
    asked: list[str] = []
    answered = False
    error: Exception | None = None
    for method, read in sources:
        asked.append(method)
        try:
            records = read()
        except Exception as exc:  # any ctypes/registry/process failure: the next source may work
            logger.warning("%s could not list the display adapters (%s)", method, exc)
            error = exc
            continue
        if records:
            return records, method
        answered = True
        logger.info("%s listed no display adapter; asking the next source", method)
    if not answered and error is not None:
        raise error
    return [], "+".join(asked)


def powershell_records() -> list[dict[str, Any]]:
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
        from app.messages import msg

        raise AppError(msg("probe_adapters_unlisted", exit_code=result.returncode))
    return parse_snapshot(result.stdout.encode("utf-8"), "(PowerShell Get-CimInstance)")


def cfgmgr_records() -> list[dict[str, Any]]:
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
        cfg = ctypes.WinDLL("cfgmgr32.dll")  # type: ignore[attr-defined, unused-ignore]  # Windows only
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


def records_from_cfgmgr(api, read_driver_key) -> list[dict[str, Any]]:
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
        records.append(_record(instance_id, name, values, api.problem(devinst)))
    return records


def _record(instance_id: str, name: str | None, values: dict[str, str], problem: int | None) -> dict:
    """One adapter in Win32_VideoController's shape (the snapshot parser reads it)."""
    return {
        "Name": values.get("DriverDesc") or name,
        "PNPDeviceID": instance_id,
        "DriverVersion": values.get("DriverVersion"),
        "DriverDate": values.get("DriverDate"),
        "AdapterRAM": None,
        "Status": "OK" if problem is None else f"Error (problem code {problem})",
    }


def setupapi_records() -> list[dict]:
    return records_from_setupapi(SetupApi(), driver_key_values)


class SetupApi:
    """The present display-class devices through SetupAPI (Windows only), each as raw values:
    {"instance_id": str, "devinst": int, SPDRP_*: UTF-16LE bytes or None}, so that
    records_from_setupapi() can be tested with recorded values elsewhere."""

    def __init__(self):
        import ctypes
        import uuid
        from ctypes import wintypes

        self._ct, self._wt = ctypes, wintypes

        class GUID(ctypes.Structure):
            _fields_ = [("data1", wintypes.DWORD), ("data2", wintypes.WORD), ("data3", wintypes.WORD),
                        ("data4", ctypes.c_ubyte * 8)]

        class SP_DEVINFO_DATA(ctypes.Structure):  # noqa: N801 - the Windows name
            _fields_ = [("cbSize", wintypes.DWORD), ("ClassGuid", GUID), ("DevInst", wintypes.DWORD),
                        ("Reserved", ctypes.c_void_p)]

        self._info_type = SP_DEVINFO_DATA
        self._guid = GUID.from_buffer_copy(uuid.UUID(DISPLAY_CLASS_GUID).bytes_le)
        api = ctypes.WinDLL("setupapi.dll", use_last_error=True)  # type: ignore[attr-defined, unused-ignore]
        info_p = ctypes.POINTER(SP_DEVINFO_DATA)
        self._get = api.SetupDiGetClassDevsW
        self._get.argtypes = [ctypes.POINTER(GUID), wintypes.LPCWSTR, wintypes.HWND, wintypes.DWORD]
        self._get.restype = ctypes.c_void_p
        self._enum = api.SetupDiEnumDeviceInfo
        self._enum.argtypes = [ctypes.c_void_p, wintypes.DWORD, info_p]
        self._id = api.SetupDiGetDeviceInstanceIdW
        self._id.argtypes = [ctypes.c_void_p, info_p, wintypes.LPWSTR, wintypes.DWORD, wintypes.PDWORD]
        self._prop = api.SetupDiGetDeviceRegistryPropertyW
        self._prop.argtypes = [ctypes.c_void_p, info_p, wintypes.DWORD, wintypes.PDWORD, ctypes.c_void_p,
                               wintypes.DWORD, wintypes.PDWORD]
        self._free = api.SetupDiDestroyDeviceInfoList
        self._free.argtypes = [ctypes.c_void_p]
        for fn in (self._enum, self._id, self._prop, self._free):
            fn.restype = wintypes.BOOL
        try:  # the problem code of a device comes from cfgmgr32; without it, status stays unknown
            self._cfg: CfgMgr | None = CfgMgr()
        except (OSError, AttributeError):
            self._cfg = None

    def devices(self) -> list[dict]:
        ct = self._ct
        handle = self._get(ct.byref(self._guid), None, None, DIGCF_PRESENT)
        if handle is None or handle == ct.c_void_p(-1).value:
            raise OSError(f"SetupDiGetClassDevsW failed (error {ct.get_last_error()})")
        try:
            found = []
            for index in range(256):  # a machine has a handful; the bound guards a looping API
                info = self._info_type()
                info.cbSize = ct.sizeof(info)
                if not self._enum(handle, index, ct.byref(info)):
                    if ct.get_last_error() != ERROR_NO_MORE_ITEMS:
                        raise OSError(f"SetupDiEnumDeviceInfo failed (error {ct.get_last_error()})")
                    break
                device: dict[str | int, Any] = {"instance_id": self._instance_id(handle, info), "devinst": info.DevInst}
                for which in (SPDRP_DEVICEDESC, SPDRP_HARDWAREID, SPDRP_DRIVER, SPDRP_FRIENDLYNAME):
                    device[which] = self._property(handle, info, which)
                found.append(device)
            return found
        finally:
            self._free(handle)

    def problem(self, devinst: int) -> int | None:
        return self._cfg.problem(devinst) if self._cfg is not None else None

    def _instance_id(self, handle, info) -> str:
        ct, wt = self._ct, self._wt
        buf, needed = ct.create_unicode_buffer(512), wt.DWORD(0)
        if not self._id(handle, ct.byref(info), buf, len(buf), ct.byref(needed)):
            return ""
        return buf.value

    def _property(self, handle, info, which: int) -> bytes | None:
        ct, wt = self._ct, self._wt
        size = 1024
        for _ in range(2):
            raw, kind, needed = ct.create_string_buffer(size), wt.DWORD(0), wt.DWORD(0)
            if self._prop(handle, ct.byref(info), which, ct.byref(kind), raw, size, ct.byref(needed)):
                return raw.raw[: needed.value]
            if ct.get_last_error() != ERROR_INSUFFICIENT_BUFFER or needed.value > 65536:
                return None  # ERROR_INVALID_DATA: the device has no such property
            size = needed.value
        return None


def records_from_setupapi(api, read_driver_key: Callable[[str | None], dict[str, str]]) -> list[dict]:
    """Snapshot-shaped records from a SetupApi-like `api` and a driver-key reader."""
    records = []
    for device in api.devices():
        hardware_ids = split_multi_sz((device.get(SPDRP_HARDWAREID) or b"").decode("utf-16-le", errors="replace"))
        instance_id = str(device.get("instance_id") or "")
        if not _PCI_ID.match(instance_id):  # the hardware id carries vendor and device too
            instance_id = next((h for h in hardware_ids if _PCI_ID.match(h)), instance_id)
        name = utf16_z(device.get(SPDRP_FRIENDLYNAME)) or utf16_z(device.get(SPDRP_DEVICEDESC))
        if not instance_id and not name:
            continue
        values = read_driver_key(utf16_z(device.get(SPDRP_DRIVER)))
        records.append(_record(instance_id, name, values, api.problem(device["devinst"])))
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
    if not driver_key or sys.platform != "win32":  # the registry exists on Windows only
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
