"""The inspector on the real ocloc archives in ../shared/reference/ocloc_archives/ (their
MANIFEST.json, written when they were made with a real ocloc, is the expected answer)."""

from __future__ import annotations

import json
import struct
import sys
import zipfile

import pytest

from app.smoke.device_image import describe, read_archive
from app.smoke.inspect import inspect_path
from app.smoke.zebin import decode_gmd_id


@pytest.fixture
def archives(reference_dir):
    folder = reference_dir / "ocloc_archives"
    return folder, json.loads((folder / "MANIFEST.json").read_text())


def test_every_member_ip_is_read_from_the_zebin_note(archives):
    folder, manifest = archives
    assert len(manifest) >= 8
    for name, expected in manifest.items():
        members = read_archive((folder / name).read_bytes())
        got = [(m.name, m.kind, m.ip_version, m.product_family) for m in members]
        want = [
            (
                m["member"],
                "generic_ir" if m["member"] == "generic_ir" else "zebin",
                m.get("ip_version"),
                m.get("product_family_id"),
            )
            for m in expected["members"]
        ]
        assert got == want, name


def test_generic_member_names_resolve_to_the_ip_inside(archives):
    folder, _ = archives
    result = inspect_path(folder / "torch-2.7-windows.ar")
    details = {m["name"]: m["ip_version"] for m in result["images"][0]["member_details"]}
    assert details["64.mtl"] == "12.70.4"
    assert details["64.dg2"] == "12.55.8"
    assert details["64.bmg"] == "20.1.0"
    assert result["aot_ip_versions"] == ["12.55.8", "12.70.4", "12.71.4", "12.74.4", "20.1.0", "20.4.4"]
    assert result["has_spirv"] is True
    assert result["images"][0]["generic_ir"] is True


def test_archive_without_spirv_has_no_jit_fallback(archives):
    folder, _ = archives
    result = inspect_path(folder / "no-spirv-mtl.ar")
    assert result["has_spirv"] is False
    assert result["images"][0]["generic_ir"] is False
    assert result["aot_ip_versions"] == ["12.70.4", "12.71.4"]


def test_raw_spirv_is_recognised(reference_dir):
    image = describe("spir64", (reference_dir / "ocloc_archives" / "kernel.spv").read_bytes())
    assert image.format == "spirv" and image.has_spirv and image.ip_versions == []


@pytest.mark.parametrize(
    "raw, ip",
    [
        (0x030F0007, "12.60.7"),
        (0x05004000, "20.1.0"),
        (struct.unpack("<I", bytes([0x07, 0x00, 0x0F, 0x03]))[0], "12.60.7"),
    ],
)
def test_gmd_id_decoding(raw, ip):
    assert decode_gmd_id(raw) == ip


def test_zstd_compressed_archive_is_expanded(reference_dir):
    zstandard = pytest.importorskip("zstandard")
    raw = (reference_dir / "ocloc_archives" / "torch-2.5-linux.ar").read_bytes()
    packed = zstandard.ZstdCompressor().compress(raw)
    image = describe("spir64_gen", packed, declared_size=len(raw))
    assert image.compressed and image.format == "archive"
    assert sorted(image.ip_versions) == ["12.55.8", "12.60.7", "12.70.4", "12.71.4"]
    # A declared size smaller than the real content is refused, not expanded.
    refused = describe("spir64_gen", packed, declared_size=100)
    assert refused.format == "compressed" and refused.notes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs an ELF interpreter")
def test_elf_without_sycl_images_says_so():
    result = inspect_path(sys.executable)
    assert result["kind"] == "elf"
    assert result["images"] == [] and result["has_spirv"] is False
    assert result["notes"]


def test_unknown_format_is_named_not_guessed(tmp_path):
    f = tmp_path / "weird.so"
    f.write_bytes(b"#!/bin/sh\necho not a library\n")
    result = inspect_path(f)
    assert result["kind"] == "unknown"
    assert "not understood" in result["notes"][0]


def test_truncated_pe_is_reported_as_not_understood(tmp_path):
    f = tmp_path / "broken.dll"
    f.write_bytes(b"MZ" + b"\0" * 100)
    result = inspect_path(f)
    assert result["kind"] == "unknown" and "not understood" in result["notes"][0]


def test_wheel_without_sycl_libraries(tmp_path):
    whl = tmp_path / "demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(whl, "w") as zf:
        zf.write(sys.executable, "demo/libnothing.so")
        zf.writestr("demo/__init__.py", "")
    result = inspect_path(whl)
    assert result["kind"] == "wheel"
    assert result["libraries"] == [] and result["libraries_without_images"] == 1
    assert result["aot_ip_versions"] == [] and result["has_spirv"] is False


def test_missing_file_is_bad_input(tmp_path):
    from app.errors import BadInput

    with pytest.raises(BadInput):
        inspect_path(tmp_path / "nope.so")


def test_inspect_cli_json(run_cli, reference_dir):
    done = run_cli("inspect", "--json", reference_dir / "ocloc_archives" / "torch-2.10-linux.ar")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= {"file", "images", "aot_ip_versions", "has_spirv"}
    assert set(data["images"][0]) >= {"target", "format", "members", "generic_ir"}
    assert "30.1.0" in data["aot_ip_versions"] and data["has_spirv"]


def test_inspect_cli_missing_file_exits_2(run_cli, tmp_path):
    done = run_cli("inspect", tmp_path / "missing.whl")
    assert done.returncode == 2
    assert "does not exist" in done.stderr and "Traceback" not in done.stderr


def test_fast_zebin_reader_agrees_with_pyelftools(archives):
    from app.smoke.device_image import AR_MAGIC
    from app.smoke.zebin import read_zebin_fast, read_zebin_pyelftools

    folder, manifest = archives
    checked = 0
    for name in manifest:
        data = (folder / name).read_bytes()
        assert data.startswith(AR_MAGIC)
        pos = 8
        while pos + 60 <= len(data):
            size = int(data[pos + 48 : pos + 58])
            body = data[pos + 60 : pos + 60 + size]
            pos += 60 + size + (size & 1)
            if body[:4] != b"\x7fELF":
                continue
            assert read_zebin_fast(body) == read_zebin_pyelftools(body)
            checked += 1
    assert checked >= 50
