"""aot_names against the real ocloc archives (ocloc_names.md §1, MANIFEST.json)."""

from __future__ import annotations

import json

import pytest

from app.catalog import aot_names


def _manifest(reference_dir):
    return json.loads((reference_dir / "ocloc_archives" / "MANIFEST.json").read_text("utf-8"))


def _device_list(entry: dict) -> tuple[list[str], bool]:
    text = entry["ocloc_device"]
    spirv = "-exclude_ir" not in text
    return text.split(" ")[0].split(","), spirv


def test_archive_members_equal_what_real_ocloc_wrote(reference_dir):
    manifest = _manifest(reference_dir)
    assert len(manifest) >= 8
    for archive, entry in manifest.items():
        devices, spirv = _device_list(entry)
        predicted = [(m.name, m.ip_version) for m in aot_names.archive_members(devices, spirv=spirv)]
        real = [(m["member"], m["ip_version"]) for m in entry["members"]]
        assert sorted(predicted) == sorted(real), archive


def test_resolve_aliases():
    assert aot_names.resolve("dg2") == {"12.55.8"}
    assert aot_names.resolve("acm-g10") == aot_names.resolve("dg2-g10") == aot_names.resolve("ats-m150")
    assert aot_names.resolve("mtl-p") == aot_names.resolve("mtl-h") == {"12.71.4"}
    assert aot_names.resolve("mtl") == aot_names.resolve("mtl-u") == {"12.70.4"}
    assert aot_names.resolve("arl-u") == aot_names.resolve("arl-s") == {"12.70.4"}
    assert aot_names.resolve("arl-h") == {"12.74.4"}
    assert aot_names.resolve("bmg") == aot_names.resolve("bmg-g21") == {"20.1.0"}
    assert aot_names.resolve("ptl") == aot_names.resolve("ptl-h") == {"30.0.4"}
    assert aot_names.resolve("xe-lpg") == {"12.70.4", "12.71.4"}
    assert "12.74.4" not in aot_names.resolve("xe-lpg")
    assert aot_names.resolve("xe-lpgplus") == {"12.74.4"}
    assert aot_names.resolve("xe2-hpg") == {"20.1.0", "20.2.0"}
    assert aot_names.resolve("xe2-lpg") == {"20.4.4"}
    assert aot_names.resolve("xe3-lpg") == {"30.0.4", "30.1.0", "30.3.1", "30.4.4", "30.5.4"}
    assert aot_names.resolve("xe-hpg") == {"12.55.8", "12.56.5", "12.57.0"}


@pytest.mark.parametrize("spelling", ["64.dg2", "DG2", "intel_gpu_dg2_g10", "intel_gpu_12_55_8", "64.12.55.8"])
def test_resolve_accepts_member_and_sycl_spellings(spelling):
    assert aot_names.resolve(spelling) == {"12.55.8"}


def test_unknown_names():
    assert aot_names.resolve("voodoo3") == set()
    assert not aot_names.is_known("voodoo3")
    with pytest.raises(ValueError, match="voodoo3"):
        aot_names.archive_members(["dg2", "voodoo3"])


def test_csv_names_resolve_to_the_csv_ip(reference_dir):
    """Every AOT name in the device table resolves to that row's IP version."""
    import csv

    rows = list(csv.DictReader((reference_dir / "intel_gpu_ids.csv").open(encoding="utf-8")))
    checked = 0
    for row in rows:
        ip = row["ip_version"].split(" ")[0]
        if not ip or "assumed" in row["aot_target"]:
            continue
        for name in row["aot_target"].split("|"):
            name = name.strip()
            if name in aot_names.SPECIFIC or name in aot_names.GENERIC:
                assert aot_names.resolve(name) == {ip}, (row["pci_id"], name)
                checked += 1
    assert checked > 150


def test_compatibility_is_one_way():
    assert aot_names.compatible("12.70.4", "12.71.4")  # mtl-u code on MTL-H
    assert not aot_names.compatible("12.71.4", "12.70.4")
    assert aot_names.compatible("20.1.0", "20.4.4")  # bmg code on LNL
    assert not aot_names.compatible("12.74.4", "12.70.4")  # arl-h code is not for ARL-S
