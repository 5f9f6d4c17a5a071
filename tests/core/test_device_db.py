"""resources/gpu_devices.json agrees with ../shared/reference/intel_gpu_ids.csv."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DB = ROOT / "resources" / "gpu_devices.json"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_device_db", ROOT / "installer" / "gen_device_db.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def csv_rows(reference_dir):
    with open(reference_dir / "intel_gpu_ids.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_generated_file_is_current(reference_dir):
    gen = _generator()
    expected = gen.render(gen.build(reference_dir / "intel_gpu_ids.csv"))
    assert DB.read_text(encoding="utf-8") == expected, (
        "resources/gpu_devices.json is stale: run python3 installer/gen_device_db.py"
    )


def test_every_csv_row_is_in_the_database_with_its_sources(csv_rows):
    devices = json.loads(DB.read_text(encoding="utf-8"))["devices"]
    assert len(devices) == len(csv_rows) == 190
    for row in csv_rows:
        entry = devices["0x" + row["pci_id"][2:].lower()]
        assert entry["name"] == row["name"]
        assert entry["segment"] == row["segment"]
        assert entry["family"] == row["family"]
        # Every non-NOTE source entry is kept, in order.
        sources = [s.strip() for s in row["source"].split(";") if s.strip()]
        assert entry["sources"] == [s for s in sources if not s.startswith("NOTE:")]
        if row["ip_version"]:
            assert row["ip_version"].startswith(entry["ip_version"] + " (")
        aot = [a.replace("(assumed)", "").strip() for a in row["aot_target"].split("|") if a]
        assert entry["aot_targets"] == aot


def test_check_mode_reports_agreement():
    from app import proc

    result = proc.run([proc.sys.executable, str(ROOT / "installer" / "gen_device_db.py"), "--check"],
                      env=proc.clean_env(), timeout=60)
    if "not found" in result.stderr:
        pytest.skip("../shared is not beside this checkout")
    assert result.returncode == 0, result.stderr
    assert "agrees with the CSV" in result.stdout


def test_families_cover_every_row_with_aot_names():
    devices = json.loads(DB.read_text(encoding="utf-8"))["devices"]
    for dev, entry in devices.items():
        if entry["aot_targets"]:
            assert entry["platform"] is not None, dev
        else:  # pci.ids-only ids: no driver, never supported
            assert entry["ipex_support"] == entry["torch_xpu_support"] == "unsupported", dev


@pytest.mark.parametrize(
    "dev, product, ip, xmx, ipex, torch",
    [
        ("0x56a0", "dg2", "12.55.8", True, "validated", "validated"),  # Arc A770
        ("0x56a5", "dg2", "12.56.5", True, "validated", "validated"),  # Arc A380
        ("0x56c0", "dg2", "12.55.8", True, "validated", "jit-only"),  # Flex 170
        ("0x0bd5", "pvc", "12.60.7", True, "validated", "validated"),  # Max 1550
        ("0x7d55", "mtl", "12.71.4", False, "validated", "validated"),  # MTL-H
        ("0x7d45", "mtl", "12.70.4", False, "jit-only", "jit-only"),  # MTL-U
        ("0x7d67", "arl", "12.70.4", False, "jit-only", "jit-only"),  # ARL-S: product arl
        ("0x7d41", "arl", "12.70.4", False, "jit-only", "jit-only"),  # ARL-U
        ("0x7d51", "arl", "12.74.4", True, "validated", "validated"),  # ARL-H
        ("0x64a0", "lnl", "20.4.4", True, "validated", "validated"),
        ("0xe20b", "bmg", "20.1.0", True, "validated", "validated"),
        ("0xe223", "bmg", "20.2.0", True, "validated", "validated"),
        ("0xb080", "ptl", "30.0.4", True, "unknown", "validated"),
        ("0x9a49", "tgllp", "12.0.0", False, "unsupported", "unsupported"),
        ("0xa780", "adls", "12.2.0", False, "unsupported", "unsupported"),
        ("0x46a6", "adlp", "12.3.0", False, "unsupported", "unsupported"),
        ("0x4905", "dg1", "12.10.0", False, "unsupported", "unsupported"),
        ("0x7d60", "mtl", "12.70.4", False, "unknown", "unknown"),  # sources disagree
    ],
)
def test_derived_columns(dev, product, ip, xmx, ipex, torch):
    entry = json.loads(DB.read_text(encoding="utf-8"))["devices"][dev]
    assert (entry["product"], entry["ip_version"], entry["has_xmx"]) == (product, ip, xmx)
    assert (entry["ipex_support"], entry["torch_xpu_support"]) == (ipex, torch)


def test_unknown_argument_does_not_rewrite_the_database():
    from app import proc

    db = ROOT / "resources" / "gpu_devices.json"
    before = db.stat().st_mtime_ns
    result = proc.run([proc.sys.executable, str(ROOT / "installer" / "gen_device_db.py"), "--chek"],
                      env=proc.clean_env(), timeout=60)
    assert result.returncode == 2
    assert "--check" in result.stderr  # the usage text names the real option
    assert db.stat().st_mtime_ns == before
