"""app.probe.devices: lookup and make_gpu, the interface `plan --gpu` and the probes use."""

from __future__ import annotations

import json

import pytest

from app.errors import BadInput
from app.probe.devices import lookup, make_gpu, parse_pci_id
from app.probe.model import Driver, Probe
from app.probe.probe import choose_primary


@pytest.mark.parametrize("text", ["0x56A0", "56a0", "8086:56a0", "0x8086:0x56A0", " 56A0 "])
def test_lookup_accepts_every_id_form(text):
    info = lookup(text)
    assert info is not None and info.device_id == "0x56a0"
    assert info.name == "Intel(R) Arc(TM) A770 Graphics"
    assert info.product == "dg2" and info.segment == "dgpu"
    assert info.supported and info.support_level == "validated"
    assert any("compute-runtime" in s for s in info.sources)


def test_lookup_misses():
    assert lookup("0x56ff") is None  # an Intel id the database lacks
    assert lookup("10de:2684") is None  # not Intel
    assert lookup("not-an-id") is None


def test_parse_pci_id_rejects_garbage_in_one_sentence():
    with pytest.raises(BadInput, match="is not a PCI device id"):
        parse_pci_id("Arc A770")
    with pytest.raises(BadInput):
        parse_pci_id("56a")
    assert parse_pci_id("1a03:2000") == ("0x1a03", "0x2000")


@pytest.mark.parametrize(
    "dev, revision, ip, note",
    [
        ("0x56a0", "0x08", "12.55.8", False),  # retail A770 (C0)
        ("0x56a0", "0x04", "12.55.4", True),  # B0 engineering sample
        ("0x56a5", "0x05", "12.56.5", False),  # retail A380 (B1)
        ("0x56a5", "0x00", "12.56.0", True),
        ("0x7d55", "0x08", "12.71.4", False),  # MTL-H B0
        ("0x7d55", "0x02", "12.71.0", True),
        ("0x7d67", "0x06", "12.70.4", False),  # ARL-S B0 uses the MTL-U table
        ("0x7d51", "0x00", "12.74.0", True),  # ARL-H A0
        ("0xe20b", "0x00", "20.1.0", False),  # no table: the database IP stands
        ("0x56a0", None, "12.55.8", False),
    ],
)
def test_revision_refines_ip(dev, revision, ip, note):
    gpu = make_gpu(dev, revision)
    assert gpu.ip_version == ip
    assert any("pre-production" in n for n in gpu.notes) == note
    assert gpu.revision == (revision if revision is None else f"0x{int(revision, 16):02x}")


def test_make_gpu_for_plan_gpu_argument():
    gpu = make_gpu("8086:7D67")
    assert (gpu.vendor_id, gpu.device_id, gpu.product) == ("0x8086", "0x7d67", "arl")
    assert gpu.aot_targets[0] == "arl-s" and gpu.driver.status == "unknown"
    assert gpu.ipex_support == gpu.torch_xpu_support == "jit-only"
    driver = Driver(name="xe", status="ok")
    assert make_gpu("e20b", "0x00", driver).driver is driver
    with pytest.raises(BadInput, match="is not a PCI revision"):
        make_gpu("0x56a0", "zz")


def test_make_gpu_other_vendor_and_unknown_intel():
    nvidia = make_gpu("10de:2684")
    assert nvidia.segment == "other" and nvidia.supported is False and not nvidia.is_intel
    unknown = make_gpu("8086:b0ff", os_name="Intel(R) Arc(TM) B999 GPU")
    assert unknown.name == "Intel(R) Arc(TM) B999 GPU"
    assert unknown.supported is False and unknown.support_level == "unknown"
    assert "please report it" in unknown.notes[0] and unknown.product == "ptl"
    odd = make_gpu("8086:1234")
    assert odd.segment == "other" and "please report it" in odd.notes[0]


def test_gpu_round_trips_through_the_probe_json():
    gpus = [make_gpu("8086:4680", "0x0c"), make_gpu("8086:56a0", "0x08", Driver("i915", "24.52", "ok"))]
    probe = Probe(os="linux", gpus=gpus, primary=choose_primary(gpus))
    data = json.loads(json.dumps(probe.to_json()))
    assert data["primary"] == 1
    for key in ("vendor_id", "device_id", "name", "family", "segment", "ip_version",
                "aot_targets", "driver", "supported", "notes", "product"):
        assert key in data["gpus"][1]
    assert set(data["gpus"][1]["driver"]) >= {"name", "version"}
    assert Probe.from_json(data) == probe


@pytest.mark.parametrize(
    "ids, expected",
    [
        (["8086:4680", "8086:56a0"], 1),  # UHD 770 vs A770: the Arc dGPU
        (["8086:7d55", "8086:56a5"], 1),  # MTL-H vs A380: the dGPU (both validated)
        (["8086:7d45", "8086:7d51"], 1),  # MTL-U (jit-only) vs ARL-H (validated)
        (["8086:64a0", "8086:0bd5"], 1),  # LNL vs Max: data centre beats integrated
        (["8086:e20b", "8086:0bd5"], 0),  # B580 vs Max: discrete first
        (["10de:2684", "1a03:2000"], None),  # no Intel GPU at all
        (["10de:2684", "8086:9a49"], 1),  # only an unsupported Intel GPU: still primary
    ],
)
def test_primary_choice(ids, expected):
    assert choose_primary([make_gpu(i) for i in ids]) == expected
