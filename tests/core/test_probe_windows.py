"""The Windows probe on PowerShell snapshots in the three encodings PowerShell writes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from app.errors import BadInput
from app.probe.probe import probe_machine
from app.probe.windows import decode_snapshot, driver_date, parse_snapshot, parse_version
from app.probe.windows_live import split_multi_sz

SNAPSHOTS = Path(__file__).resolve().parent.parent / "data" / "probe" / "windows"


def _probe(name: str):
    return probe_machine(windows_snapshot=SNAPSHOTS / name)


def test_ps51_utf16_desktop_with_two_intel_gpus():
    raw = (SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json").read_bytes()
    assert raw[:2] == b"\xff\xfe"  # the fixture really is UTF-16LE with BOM
    probe = _probe("ps51_desktop_uhd770_a770.utf16.json")
    assert probe.os == "windows" and probe.source == "windows-snapshot"
    # The remote display adapter (SWD\...) is virtual and skipped.
    assert [g.device_id for g in probe.gpus] == ["0x4680", "0x56a0"]
    uhd, arc = probe.gpus
    assert probe.primary == 1
    assert arc.revision == "0x08" and arc.ip_version == "12.55.8"
    assert arc.driver.version == "32.0.101.6078" and arc.driver.status == "ok"
    assert "Driver date 2024-09-18." in arc.driver.notes
    assert uhd.driver.status == "old"  # 101.4502 < 101.5122
    # The minimum is ipex-llm's (the only one published), and the warning says whose it is.
    assert any("31.0.101.4502" in w and "older than the minimum ipex-llm requires, 31.0.101.5122"
               in w for w in probe.warnings)
    assert not any("32.0.101.6078" in w for w in probe.warnings)
    assert any("last two fields" in n for n in arc.driver.notes)
    assert uhd.pci_slot.startswith("PCI\\VEN_8086&DEV_4680&SUBSYS_86941043&REV_0C\\")


def test_ps51_utf8_bom_hybrid_laptop():
    raw = (SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json").read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    probe = _probe("ps51_laptop_mtlh_nvidia.utf8bom.json")
    mtl, nvidia = probe.gpus
    assert probe.primary == 0
    assert (mtl.device_id, mtl.ip_version, mtl.product) == ("0x7d55", "12.71.4", "mtl")
    assert mtl.name == "Intel(R) Arc(TM) Graphics"
    assert mtl.driver.status == "ok" and probe.warnings == []
    assert nvidia.vendor_id == "0x10de" and nvidia.name == "NVIDIA GeForce RTX 4060 Laptop GPU"
    assert nvidia.supported is False and nvidia.driver.version == "32.0.15.6094"
    assert nvidia.driver.status == "unknown"  # no Intel driver rules for other vendors


def test_ps7_utf8_single_object_b580():
    raw = (SNAPSHOTS / "ps7_desktop_b580.utf8.json").read_bytes()
    assert raw[:1] == b"{"
    probe = _probe("ps7_desktop_b580.utf8.json")
    (gpu,) = probe.gpus
    assert (gpu.device_id, gpu.product, gpu.ip_version) == ("0xe20b", "bmg", "20.1.0")
    assert gpu.driver.status == "ok"
    assert "Driver date 2024-12-05." in gpu.driver.notes


def test_server_with_aspeed_and_flex_in_error_state():
    probe = _probe("ps51_server_aspeed_flex170.utf8.json")
    assert [g.vendor_id for g in probe.gpus] == ["0x1a03", "0x8086"]  # ROOT\BASICDISPLAY skipped
    aspeed, flex = probe.gpus
    assert aspeed.name == "ASPEED Graphics Family(WDDM)" and not aspeed.supported
    assert probe.primary == 1 and flex.segment == "datacenter"
    assert flex.ipex_support == "validated" and flex.torch_xpu_support == "jit-only"
    assert flex.driver.status == "old"
    assert any("'Error'" in w for w in probe.warnings)


def test_arrow_lake_s_on_basic_display_driver():
    probe = _probe("ps51_arl_s_basic_display.utf16.json")
    (gpu,) = probe.gpus
    assert gpu.aot_targets == ["arl-s", "mtl-u"] and gpu.product == "arl"
    assert gpu.name == "Intel(R) Graphics"  # the database name, not "Microsoft Basic Display"
    assert gpu.driver.status == "unbound"
    (warning,) = [w for w in probe.warnings if "has no Intel driver" in w]
    assert warning.count("install") == 1 and "from intel.com" in warning  # the fix, said once


def test_same_records_from_every_encoding():
    records = parse_snapshot((SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json").read_bytes())
    text = json.dumps(records)
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"),
                 b"\xff\xfe" + text.encode("utf-16-le"), b"\xfe\xff" + text.encode("utf-16-be"),
                 text.encode("utf-16-le")):
        assert parse_snapshot(data) == records


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is empty"),
        (b"\xff\xfe", "is empty"),
        (b"Name : Intel(R) Arc(TM) A770 Graphics\r\n", "is not valid JSON"),
        (b'{"Name": "x", ', "is not valid JSON"),
        (b"[1, 2]", "does not hold Win32_VideoController records"),
        (b'{"Caption": "x"}', "does not hold Win32_VideoController records"),
        (b"\x80\x81\x82", "neither UTF-8 nor UTF-16"),
    ],
)
def test_bad_snapshots_are_one_sentence_bad_input(data, message):
    with pytest.raises(BadInput) as exc:
        parse_snapshot(data, "The file")
    text = str(exc.value)
    assert message in text and "Get-CimInstance Win32_VideoController" in text
    assert "\n" not in text


def test_decode_keeps_non_ascii_names():
    text = '{"Name": "英特尔 Arc", "PNPDeviceID": "PCI\\\\VEN_8086&DEV_56A0&REV_08\\\\x"}'
    assert "英特尔" in decode_snapshot(b"\xff\xfe" + text.encode("utf-16-le"))
    (record,) = parse_snapshot(text.encode("utf-8"))
    assert record["Name"] == "英特尔 Arc"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("/Date(1726617600000)/", "2024-09-18"),
        ("/Date(1726617600000+0800)/", "2024-09-18"),
        ("2024-12-05T00:00:00", "2024-12-05"),
        ({"value": "/Date(1686787200000)/", "DateTime": "Thursday, June 15, 2023"}, "2023-06-15"),
        ("4-28-2025", "2025-04-28"),  # the registry's DriverDate form (live path)
        (None, None),
        ("", None),
        ("yesterday", None),
    ],
)
def test_driver_date_forms(value, expected):
    assert driver_date(value) == expected


def test_version_parsing():
    assert parse_version("32.0.101.6078") == (32, 0, 101, 6078)
    assert parse_version("27.20.100.9316") == (27, 20, 100, 9316)
    assert parse_version("32.0.101") is None
    assert parse_version(None) is None


def test_driver_between_minimum_and_recommended_warns_softly(tmp_path):
    snap = tmp_path / "mid.json"
    snap.write_text(json.dumps({
        "Name": "Intel(R) Arc(TM) A380 Graphics",
        "PNPDeviceID": "PCI\\VEN_8086&DEV_56A5&SUBSYS_10208086&REV_05\\6&1&0&00000008",
        "DriverVersion": "31.0.101.5590", "DriverDate": None, "AdapterRAM": None, "Status": "OK",
    }), encoding="utf-8")
    probe = probe_machine(windows_snapshot=snap)
    (gpu,) = probe.gpus
    assert gpu.driver.status == "ok" and gpu.ip_version == "12.56.5"
    (warning,) = probe.warnings
    assert "older than the recommended 32.0.101.6078" in warning


def test_old_100_series_driver_is_old(tmp_path):
    snap = tmp_path / "old.json"
    snap.write_text(json.dumps({
        "Name": "Intel(R) Iris(R) Xe Graphics",
        "PNPDeviceID": "PCI\\VEN_8086&DEV_9A49&SUBSYS_0A3B1028&REV_01\\3&11583659&0&10",
        "DriverVersion": "27.20.100.9316", "Status": "OK",
    }), encoding="utf-8")
    probe = probe_machine(windows_snapshot=snap)
    assert probe.gpus[0].driver.status == "old"
    assert any("No supported Intel GPU" in w for w in probe.warnings)


def test_non_pci_usb_display_is_listed_as_other(tmp_path):
    snap = tmp_path / "usb.json"
    snap.write_text(json.dumps([
        {"Name": "DisplayLink USB Device", "PNPDeviceID": "USB\\VID_17E9&PID_6006&MI_00\\7&1",
         "DriverVersion": "11.2.3146.0", "Status": "OK"},
    ]), encoding="utf-8")
    (gpu,) = probe_machine(windows_snapshot=snap).gpus
    assert (gpu.vendor_id, gpu.segment, gpu.supported) == ("0x17e9", "other", False)


def test_cfgmgr_multi_sz_split():
    assert split_multi_sz("PCI\\VEN_8086&DEV_56A0\\1\x00PCI\\VEN_10DE&DEV_28E0\\2\x00\x00") == [
        "PCI\\VEN_8086&DEV_56A0\\1", "PCI\\VEN_10DE&DEV_28E0\\2"]
    assert split_multi_sz("\x00") == []


class RecordedCfgMgr:
    """What cfgmgr32 returns on a desktop with an Arc A770 (driver key 0001) and a UHD 770
    whose driver failed to start (problem code 43), plus an RDP indirect display. Values are
    in the API's own formats: one NUL-separated id list, NUL-terminated UTF-16LE properties."""

    GUID = "{4d36e968-e325-11ce-bfc1-08002be10318}"
    IDS = (
        "PCI\\VEN_8086&DEV_56A0&SUBSYS_10208086&REV_08\\6&2A5B13A7&0&00000008\x00"
        "PCI\\VEN_8086&DEV_4680&SUBSYS_86941043&REV_0C\\3&11583659&0&10\x00"
        "SWD\\REMOTEDISPLAYENUM\\RDPIDD_INDIRECTDISPLAY&SESSIONID_0001\x00\x00"
    )
    PROPS = {
        (1, 0x01): "Intel(R) Arc(TM) A770 Graphics", (1, 0x0A): GUID + "\\0001",
        (2, 0x01): "Intel(R) UHD Graphics 770", (2, 0x0A): GUID + "\\0000",
        (3, 0x01): "Microsoft Remote Display Adapter", (3, 0x0A): GUID + "\\0002",
    }

    def device_ids(self):
        return self.IDS

    def locate(self, instance_id):
        return {i: n for n, i in enumerate(self.IDS.split("\x00")[:3], start=1)}.get(instance_id)

    def property_bytes(self, devinst, which):
        text = self.PROPS.get((devinst, which))
        return None if text is None else (text + "\x00").encode("utf-16-le")

    def problem(self, devinst):
        return 43 if devinst == 2 else None


REGISTRY = {  # HKLM\SYSTEM\CurrentControlSet\Control\Class\<driver key>: REG_SZ values
    RecordedCfgMgr.GUID + "\\0001": {"DriverDesc": "Intel(R) Arc(TM) A770 Graphics",
                                     "DriverVersion": "32.0.101.6078", "DriverDate": "9-18-2024"},
    RecordedCfgMgr.GUID + "\\0000": {"DriverDesc": "Intel(R) UHD Graphics 770",
                                     "DriverVersion": "32.0.101.6078", "DriverDate": "9-18-2024"},
}


def test_live_windows_records_go_through_the_snapshot_code():
    from app.probe.windows import adapters_to_gpus
    from app.probe.windows_live import records_from_cfgmgr

    records = records_from_cfgmgr(RecordedCfgMgr(), lambda key: REGISTRY.get(key, {}))
    assert [r["Status"] for r in records] == ["OK", "Error (problem code 43)", "OK"]
    assert records[0]["Name"] == "Intel(R) Arc(TM) A770 Graphics"
    assert records[2]["DriverVersion"] is None  # no registry values for that key
    gpus, warnings = adapters_to_gpus(records)
    assert [g.device_id for g in gpus] == ["0x56a0", "0x4680"]  # SWD\ skipped
    arc, _uhd = gpus
    assert arc.driver.version == "32.0.101.6078" and arc.driver.status == "ok"
    assert "Driver date 2024-09-18." in arc.driver.notes
    assert any("'Error (problem code 43)'" in w and "UHD Graphics 770" in w for w in warnings)


def _utf16(text: str) -> bytes:
    """A REG_SZ property as SetupAPI writes it."""
    return (text + "\x00").encode("utf-16-le")


def _multi(*texts: str) -> bytes:
    """A REG_MULTI_SZ property (SPDRP_HARDWAREID) as SetupAPI writes it."""
    return ("\x00".join(texts) + "\x00\x00").encode("utf-16-le")


class RecordedSetupApi:
    """SetupAPI's display-class devices (SPDRP_* properties as raw bytes). WINE is what Wine
    8.0 returns, byte for byte (its cfgmgr32 lists nothing); ARC is an Arc A770 whose instance
    id could not be read, so its hardware id names it."""

    GUID = RecordedCfgMgr.GUID.upper()
    WINE = {"instance_id": "PCI\\VEN_0000&DEV_0000&SUBSYS_00000000&REV_00\\00000000", "devinst": 0,
            0x00: _utf16("Wine Adapter"), 0x01: _multi("PCI\\VEN_0000&DEV_0000&SUBSYS_00000000&REV_00"),
            0x09: _utf16(GUID + "\\0000"), 0x0C: None}
    ARC = {"instance_id": "", "devinst": 7, 0x00: _utf16("Intel(R) Arc(TM) A770 Graphics"),
           0x01: _multi("PCI\\VEN_8086&DEV_56A0&SUBSYS_10208086&REV_08", "PCI\\VEN_8086&DEV_56A0&SUBSYS_10208086",
                        "PCI\\VEN_8086&DEV_56A0"),
           0x09: _utf16(RecordedCfgMgr.GUID + "\\0001"), 0x0C: None}

    def __init__(self, *devices):
        self._devices = devices

    def devices(self):
        return list(self._devices)

    def problem(self, devinst):
        return None


def test_setupapi_records_name_wines_adapter_as_a_non_intel_gpu():
    from app.probe.model import Probe
    from app.probe.probe import _finish
    from app.probe.windows import adapters_to_gpus
    from app.probe.windows_live import records_from_setupapi

    wine_registry = {RecordedSetupApi.GUID + "\\0000": {"DriverDesc": "Wine Adapter", "DriverDate": "12-6-2026"}}
    records = records_from_setupapi(RecordedSetupApi(RecordedSetupApi.WINE), lambda key: wine_registry.get(key, {}))
    assert records == [{"Name": "Wine Adapter",
                        "PNPDeviceID": "PCI\\VEN_0000&DEV_0000&SUBSYS_00000000&REV_00\\00000000",
                        "DriverVersion": None, "DriverDate": "12-6-2026", "AdapterRAM": None, "Status": "OK"}]
    gpus, warnings = adapters_to_gpus(records)
    probe = _finish(Probe(os="windows", gpus=gpus, primary=None, warnings=warnings, source="live"))
    (gpu,) = probe.gpus
    assert (gpu.name, gpu.vendor_id, gpu.is_intel, gpu.segment) == ("Wine Adapter", "0x0000", False, "other")
    assert probe.warnings == ["No Intel GPU was found; IPEX and PyTorch XPU need one."]


def test_setupapi_records_fall_back_to_the_hardware_id_and_read_the_driver_key():
    from app.probe.windows import adapters_to_gpus
    from app.probe.windows_live import records_from_setupapi

    records = records_from_setupapi(RecordedSetupApi(RecordedSetupApi.ARC), lambda key: REGISTRY.get(key, {}))
    assert records[0]["PNPDeviceID"] == "PCI\\VEN_8086&DEV_56A0&SUBSYS_10208086&REV_08"
    assert records[0]["DriverVersion"] == "32.0.101.6078"
    (arc,), _ = adapters_to_gpus(records)
    assert (arc.device_id, arc.revision, arc.driver.status) == ("0x56a0", "0x08", "ok")


def test_an_empty_or_failing_source_is_cross_checked_with_the_next():
    from app.errors import AppError
    from app.probe.windows_live import first_listing

    wine = [{"Name": "Wine Adapter"}]

    def broken():
        raise OSError("cfgmgr32.dll not found")

    def powershell_stub():  # Wine's powershell.exe prints nothing
        raise AppError("Windows did not list the display adapters (PowerShell Get-CimInstance failed with exit code 0)")

    assert first_listing([("cfgmgr32", list), ("setupapi", lambda: wine), ("powershell", powershell_stub)]) == (
        wine, "setupapi")
    assert first_listing([("cfgmgr32", broken), ("setupapi", lambda: wine)]) == (wine, "setupapi")
    # Nothing listed anywhere, but the sources answered: no display adapter (said by the probe).
    assert first_listing([("cfgmgr32", list), ("setupapi", list), ("powershell", powershell_stub)]) == (
        [], "cfgmgr32+setupapi+powershell")
    # No source answered at all: the machine's adapters could not be read, and the error says so.
    with pytest.raises(AppError, match="PowerShell"):
        first_listing([("cfgmgr32", broken), ("powershell", powershell_stub)])


@pytest.mark.skipif(sys.platform != "win32", reason="the live Windows APIs (cfgmgr32, SetupAPI) exist on Windows only")
def test_live_probe_says_no_display_adapter_only_when_setupapi_lists_none_either():
    from app.probe.probe import probe_machine
    from app.probe.windows_live import live_records, setupapi_records

    listed = setupapi_records()  # Wine 8.0: "Wine Adapter", where cfgmgr32 lists nothing
    records, method = live_records()
    assert records or not listed, method
    said = "No display adapter was found." in probe_machine(with_pythons=False).warnings
    assert not (said and listed)
