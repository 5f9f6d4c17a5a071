"""Windows adapters from the records PowerShell prints for

    Get-CimInstance Win32_VideoController |
        Select-Object Name,PNPDeviceID,DriverVersion,DriverDate,AdapterRAM,Status | ConvertTo-Json

(one object or a list; UTF-8 with or without BOM, or UTF-16 with BOM as Windows PowerShell 5.1
writes with '>'). Support replays a user's machine from that file; the live probe builds the
same records from the Configuration Manager API and goes through the same code below.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from app import untrusted
from app.errors import BadInput
from app.messages import msg
from app.probe import devices
from app.probe.model import MAX_GPUS, Driver, Gpu

# Win32_VideoController properties read as text (DriverDate has several forms; AdapterRAM is unused).
TEXT_FIELDS = ("Name", "PNPDeviceID", "DriverVersion", "Status")

SNAPSHOT_COMMAND = (
    "Get-CimInstance Win32_VideoController | Select-Object Name,PNPDeviceID,DriverVersion,"
    "DriverDate,AdapterRAM,Status | ConvertTo-Json"
)

# Intel driver builds (the last two fields of the version), gpu_probe.md §2.2.
MINIMUM_BUILD = (101, 5122)  # ipex-llm: update below 31.0.101.5122
RECOMMENDED_BUILD = (101, 6078)  # ipex-llm recommends 32.0.101.6078 or newer
VERSION_FORMAT_NOTE = msg("win_version_format")

_PNP_RE = re.compile(
    r"^PCI\\VEN_([0-9A-F]{4})&DEV_([0-9A-F]{4})(?:&SUBSYS_[0-9A-F]{8})?(?:&REV_([0-9A-F]{2}))?",
    re.IGNORECASE,
)
_USB_RE = re.compile(r"^USB\\VID_([0-9A-F]{4})&PID_([0-9A-F]{4})", re.IGNORECASE)
VIRTUAL_PREFIXES = ("ROOT\\", "SWD\\")  # Basic Display/Render, remote and indirect displays


def decode_snapshot(data: bytes) -> str:
    """Text of a snapshot file in any encoding PowerShell writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    if len(data) >= 2 and data[1:2] == b"\x00" and data[0:1] != b"\x00":
        return data.decode("utf-16-le")  # UTF-16 without BOM (rare, but Out-File can do it)
    return data.decode("utf-8")


def parse_snapshot(data: bytes, where: str = "gpus.json") -> list[dict[str, Any]]:
    """The adapter records in a snapshot (`where`: its file name, for the sentence); BadInput
    (one sentence) when it is not one."""
    said = {"file": where, "command": f"{SNAPSHOT_COMMAND} > gpus.json"}
    try:
        text = decode_snapshot(data)
    except UnicodeDecodeError:
        raise BadInput(msg("snapshot_not_text", **said)) from None
    text = text.strip().lstrip("\ufeff")
    if not text:
        raise BadInput(msg("snapshot_empty", **said))
    try:
        value = untrusted.parse_json(text, where)
    except BadInput as exc:
        if untrusted.refusal(exc) != "not_json":
            raise
        raise BadInput(msg("snapshot_not_json", line=exc.params["line"], column=exc.params["column"],
                           **said)) from None
    records = value if isinstance(value, list) else [value]
    if not all(isinstance(r, dict) for r in records) or not all(
        "PNPDeviceID" in r or "Name" in r for r in records
    ):
        raise BadInput(msg("snapshot_no_adapters", **said))
    untrusted.expect_list(records, where, "(top level)", limit=MAX_GPUS)
    for index, record in enumerate(records):
        for key in TEXT_FIELDS:
            if not isinstance(record.get(key), (str, type(None))):
                raise untrusted.refused("wrong_type", file=where, field=f"[{index}].{key}",
                                             expected=untrusted.EXPECTED["text_or_null"])
    return records


def adapters_to_gpus(records: list[dict[str, Any]]) -> tuple[list[Gpu], list[str]]:
    """Gpus (virtual adapters skipped) and machine-level warnings."""
    gpus: list[Gpu] = []
    warnings: list[str] = []
    for record in records:
        pnp = str(record.get("PNPDeviceID") or "")
        if pnp.upper().startswith(VIRTUAL_PREFIXES):
            continue
        gpu = _record_to_gpu(record, pnp, warnings)
        if gpu is not None:
            gpus.append(gpu)
    return gpus, warnings


def _record_to_gpu(record: dict[str, Any], pnp: str, warnings: list[str]) -> Gpu | None:
    name = str(record.get("Name") or "").strip() or None
    version = str(record.get("DriverVersion") or "").strip() or None
    driver = Driver(name=None, version=version, status="unknown")
    date = driver_date(record.get("DriverDate"))
    if date:
        driver.notes.append(msg("win_driver_date", date=date))
    m = _PNP_RE.match(pnp)
    if m is None:
        usb = _USB_RE.match(pnp)
        if usb is None and not name:
            return None
        vendor = f"0x{usb.group(1).lower()}" if usb else "0x0000"
        return Gpu(vendor, f"0x{usb.group(2).lower()}" if usb else "0x0000",
                   name or pnp, "non-PCI display adapter", "other", None, [], driver, False,
                   [msg("win_not_pci", bus=pnp.split(chr(92))[0] or "?")], pci_slot=pnp or None,
                   support_level="unsupported",
                   ipex_support="unsupported", torch_xpu_support="unsupported")
    vendor, dev, rev = m.group(1), m.group(2), m.group(3)
    gpu = devices.make_gpu(f"{vendor}:{dev}", rev, driver, os_name=name, pci_slot=pnp)
    if gpu.is_intel:
        _check_intel_driver(gpu, name, warnings)
    status = str(record.get("Status") or "").strip()
    if status and status.upper() != "OK":
        gpu.notes.append(msg("win_status_note", status=status))
        if gpu.is_intel:
            warnings.append(msg("win_status_warning", gpu=gpu.name, status=status))
    return gpu


def parse_version(version: str | None) -> tuple[int, int, int, int] | None:
    if not version:
        return None
    parts = version.strip().split(".")
    if len(parts) != 4 or not all(p.isascii() and p.isdigit() and len(p) < 10 for p in parts):
        return None
    return tuple(int(p) for p in parts)  # type: ignore[return-value]


def _check_intel_driver(gpu: Gpu, name: str | None, warnings: list[str]) -> None:
    driver = gpu.driver
    parsed = parse_version(driver.version)
    basic = bool(name and "basic display" in name.lower())
    if basic or (parsed is not None and parsed[0] == 10):  # 10.0.x = Microsoft's inbox driver
        driver.status = "unbound"
        driver.name = "Microsoft Basic Display Adapter"
        gpu.notes.append(msg("win_basic_display_note"))
        warnings.append(msg("win_basic_display", device=gpu.device_id))
        return
    driver.name = "Intel graphics driver"
    if parsed is None:
        driver.notes.append(msg("win_version_unread", version=driver.version))
        return
    build = parsed[2:]
    driver.notes.append(VERSION_FORMAT_NOTE)
    shown = f"{build[0]}.{build[1]}"
    driver.status = "old" if build < MINIMUM_BUILD else "ok"
    if build < MINIMUM_BUILD:
        advice = msg("win_driver_below_minimum", version=driver.version, build=shown, gpu=gpu.name)
    elif build < RECOMMENDED_BUILD:
        advice = msg("win_driver_below_recommended", version=driver.version, build=shown, gpu=gpu.name)
    else:
        return
    warnings.append(advice)


_MS_DATE = re.compile(r"^/Date\((-?\d+)(?:[+-]\d{4})?\)/$")


def driver_date(value: object) -> str | None:
    """'YYYY-MM-DD' from the forms PowerShell uses for a DateTime in JSON: '/Date(ms)/'
    (5.1), an ISO string (7.x), or an object with 'value'/'DateTime' (5.1 with ETS data)."""
    if isinstance(value, dict):
        value = value.get("value") or value.get("DateTime")
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    m = _MS_DATE.match(text)
    if m:
        try:
            stamp = datetime.fromtimestamp(int(m.group(1)) / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):  # before year 1, after 9999, or 4300+ digits
            return None
        return stamp.date().isoformat()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", text)
    if m:
        return m.group(1)
    m = re.match(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$", text)  # registry form 4-28-2025
    if m:
        return f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return None
