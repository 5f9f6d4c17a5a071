"""Files from other machines (bundles, probe files, plans, snapshots, catalogs, logs) are read
within limits and with their types checked: the CLI exits 2 with one sentence naming the file
and, for a wrong type, the field; never a traceback, never "Unexpected error"."""

from __future__ import annotations

import json
import sys
import tracemalloc
import zipfile

import hostile
import pytest

from app import untrusted
from app.errors import BadInput
from app.report.bundle import read_bundle, read_probe


def one_sentence(result) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout[-500:], result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "Unexpected error" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.endswith("."), line
    return line


# --- probe files and bundles through `plan --probe` ---------------------------------------------

WRONG_TYPES = {
    "gpus is text": (hostile.probe(gpus="none"), "field 'gpus' must be a list"),
    "gpu name null": (hostile.probe_with_gpu(name=None), "field 'gpus[0].name' must be text"),
    "driver is a list": (hostile.probe_with_gpu(driver=[]), "field 'gpus[0].driver' must be an object"),
    "driver version number": (hostile.probe_with_gpu(driver={"version": 5}),
                              "field 'gpus[0].driver.version' must be text or null"),
    "aot targets hold null": (hostile.probe_with_gpu(aot_targets=[None]),
                              "field 'gpus[0].aot_targets[0]' must be text"),
    "supported is text": (hostile.probe_with_gpu(supported="yes"), "field 'gpus[0].supported' must be true or false"),
    "primary is text": (hostile.probe(primary="0"), "field 'primary' must be a whole number or null"),
    "primary is true": (hostile.probe(primary=True), "field 'primary' must be a whole number or null"),
    "pythons is an object": (hostile.probe(pythons={}), "field 'pythons' must be a list"),
    "python bits text": (hostile.probe(pythons=[{"path": "p", "version": "3.11", "bits": "64", "source": "x"}]),
                         "field 'pythons[0].bits' must be a whole number"),
    "warnings hold a list": (hostile.probe(warnings=[["x"]]), "field 'warnings[0]' must be text"),
    "os is null": (hostile.probe(os=None), "field 'os' must be text"),
    "gpu without device id": ({**hostile.PROBE, "gpus": [{"vendor_id": "0x8086"}]},
                              "field 'gpus[0].device_id' is missing"),
}


@pytest.mark.parametrize("case", WRONG_TYPES, ids=list(WRONG_TYPES))
def test_probe_file_with_a_wrong_type_names_file_and_field(run_cli, tmp_path, case):
    data, expected = WRONG_TYPES[case]
    path = tmp_path / "probe.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    line = one_sentence(run_cli("plan", "--probe", path))
    assert line.startswith("In probe.json, ") and expected in line, line


def test_wrong_types_inside_a_bundle_name_the_member(tmp_path):
    path = hostile.bundle(tmp_path / "b.zip", hostile.probe_with_gpu(name=None))
    with pytest.raises(BadInput, match=r"In b\.zip:probe\.json, field 'gpus\[0\]\.name' must be text"):
        read_probe(path)
    plan = {"choice": {"build_id": "x", "steps": "torch"}}
    path = hostile.bundle(tmp_path / "c.zip", plan__json=plan)
    with pytest.raises(BadInput, match=r"In c\.zip:plan\.json, field 'choice\.channel' is missing"):
        read_bundle(path)
    plan = {"choice": None, "rejected": [{"build_id": "x", "why": 3}]}
    path = hostile.bundle(tmp_path / "d.zip", plan__json=plan)
    with pytest.raises(BadInput, match=r"field 'rejected\[0\]\.why' must be text"):
        read_bundle(path)
    doctor = {"findings": [{"id": "x", "severity": "fatal", "message": "m"}]}
    path = hostile.bundle(tmp_path / "e.zip", doctor__json=doctor)
    with pytest.raises(BadInput, match=r"In e\.zip:doctor\.json, field 'findings\[0\]' has an invalid value"):
        read_bundle(path)
    path = hostile.bundle(tmp_path / "f.zip", doctor__json={"findings": {"id": "x"}})
    with pytest.raises(BadInput, match=r"field 'findings' must be a list"):
        read_bundle(path)


HOSTILE_JSON = {
    "deep nesting": (hostile.deep_probe(), "nests values more than 32 levels deep"),
    "100000-digit int": (hostile.huge_int_probe(), "holds a number that is not finite or longer than 40 characters"),
    "1e999999": (json.dumps(hostile.probe(primary="@")).replace('"@"', "1e999999"), "not finite"),
    "NaN": (json.dumps(hostile.probe(primary="@")).replace('"@"', "NaN"), "not finite"),
    "5000 GPUs": (json.dumps(hostile.thousands_of_gpus()), "field 'gpus' lists more than 64 entries"),
    "a list at the top": ("[1, 2]", "field '(top level)' must be an object"),
}


@pytest.mark.parametrize("case", HOSTILE_JSON, ids=list(HOSTILE_JSON))
def test_hostile_probe_json_is_refused_in_one_sentence(run_cli, tmp_path, case):
    text, expected = HOSTILE_JSON[case]
    path = tmp_path / "probe.json"
    path.write_text(text, encoding="utf-8")
    line = one_sentence(run_cli("plan", "--probe", path))
    assert "probe.json" in line and expected in line, line


def test_a_huge_probe_file_is_refused_before_it_is_read(run_cli, tmp_path):
    path = tmp_path / "probe.json"
    with open(path, "wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    line = one_sentence(run_cli("plan", "--probe", path))
    assert line == "probe.json is larger than 4 MB, too large to be a file this app reads."


def test_zip_bomb_bundle_is_refused_without_expanding(run_cli, tmp_path):
    bomb = hostile.zip_bomb(tmp_path / "bomb.zip", expanded=300 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024
    line = one_sentence(run_cli("plan", "--probe", bomb))
    assert line.startswith("bomb.zip would expand to more than 256 MB") or "zip bomb" in line, line


def test_a_member_that_lies_about_its_size_is_read_with_a_cap(tmp_path):
    path = hostile.lying_zip(tmp_path / "liar.zip")
    # The headers say 100 bytes: the directory checks pass; the read stops at the declared size
    # (and the CRC then fails), so memory never holds what the member really inflates to.
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("probe.json").file_size == 100
    tracemalloc.start()
    try:
        with pytest.raises(BadInput, match=r"^liar\.zip:probe\.json is a damaged zip archive"):
            read_probe(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, peak  # not the 64 MB the member inflates to


def test_a_bundle_with_thousands_of_members_is_refused(tmp_path):
    path = hostile.many_members(tmp_path / "many.zip")
    with pytest.raises(BadInput, match=r"^many\.zip holds more than 500 files"):
        read_probe(path)


def test_a_high_ratio_member_is_refused_as_a_bomb(tmp_path):
    path = hostile.bundle(tmp_path / "r.zip", logs__txt=" " * (8 * 1024 * 1024))
    with pytest.raises(BadInput, match=r"r\.zip holds 'logs\.txt', which is compressed over 200 times"):
        read_bundle(path)


def test_a_damaged_bundle_is_one_sentence(run_cli, tmp_path):
    good = hostile.bundle(tmp_path / "good.zip").read_bytes()
    path = tmp_path / "damaged.zip"
    at = good.find(b"PK\x03\x04") + 30 + len("probe.json")
    path.write_bytes(good[:at] + bytes(b ^ 0xFF for b in good[at : at + 40]) + good[at + 40 :])
    line = one_sentence(run_cli("plan", "--probe", path))
    assert "damaged.zip" in line, line


# --- plans --------------------------------------------------------------------------------------

PLANS = {
    "steps is text": ({"choice": {"build_id": "b", "channel": "torch-xpu", "ipex_version": None,
                                  "torch_version": "2.8", "python": "3.11", "os": "linux", "expect": "aot",
                                  "matched_target": None, "reasons": [], "steps": "torch"}},
                      "field 'choice.steps' must be a list"),
    "file size is text": ({"choice": {"build_id": "b", "channel": "torch-xpu", "ipex_version": None,
                                      "torch_version": "2.8", "python": "3.11", "os": "linux", "expect": "aot",
                                      "matched_target": None, "reasons": [],
                                      "steps": [{"id": "t", "files": [{"url": "https://h/x.whl", "filename": "x.whl",
                                                                       "size": "12"}]}]}},
                          "field 'choice.steps[0].files[0].size' must be a whole number or null"),
    "requirements hold null": ({"choice": {"build_id": "b", "channel": "torch-xpu", "ipex_version": None,
                                           "torch_version": "2.8", "python": "3.11", "os": "linux",
                                           "expect": "aot", "matched_target": None, "reasons": [],
                                           "steps": [{"id": "t", "requirements": [None]}]}},
                               "field 'choice.steps[0].requirements[0]' must be text"),
    "choice is a list": ({"choice": []}, "field 'choice' must be an object or null"),
}


@pytest.mark.parametrize("case", PLANS, ids=list(PLANS))
def test_plan_file_with_a_wrong_type_is_refused_before_anything(run_cli, tmp_path, case):
    data, expected = PLANS[case]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    venv = tmp_path / "venv"
    line = one_sentence(run_cli("install", "--plan", path, "--venv", venv, "--yes", "--dry-run"))
    assert line.startswith("In plan.json, ") and expected in line, line
    assert not venv.exists()


def test_deep_plan_file_is_refused(run_cli, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text('{"choice": null, "inputs": ' + hostile.deep_json(5000).replace("[]", "{}", 1) + "}")
    line = one_sentence(run_cli("install", "--plan", path, "--venv", tmp_path / "v", "--yes", "--dry-run"))
    assert "plan.json nests values more than 32 levels deep" in line


# --- Windows snapshots and catalogs ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('[{"Name": ["Intel Arc"], "PNPDeviceID": "PCI\\\\VEN_8086&DEV_56A0"}]',
         "field '[0].Name' must be text or null"),
        ('{"Name": "x", "DriverVersion": 31.0}', "field '[0].DriverVersion' must be text or null"),
        ('{"Name": "x", "AdapterRAM": ' + "9" * 5000 + "}", "holds a number that is not finite"),
        (json.dumps([{"Name": "x", "PNPDeviceID": "PCI\\VEN_8086&DEV_56A0"}] * 1000), "lists more than 64 entries"),
    ],
    ids=["name is a list", "version is a number", "5000-digit number", "1000 adapters"],
)
def test_hostile_windows_snapshot_is_one_sentence(run_cli, tmp_path, text, expected):
    path = tmp_path / "gpus.json"
    path.write_text(text, encoding="utf-8")
    line = one_sentence(run_cli("probe", "--windows-snapshot", path))
    assert expected in line, line


def test_catalog_with_a_huge_number_is_one_sentence(run_cli, tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text('{"format": ' + "1" * 5000 + ', "updated": "2026-01-01", "builds": []}')
    line = one_sentence(run_cli("plan", "--gpu", "0x56a0", "--catalog", path))
    assert "holds a number that is not finite" in line, line


# --- inspect and classify -----------------------------------------------------------------------


def test_inspect_a_wheel_that_is_not_a_zip_exits_2(run_cli, tmp_path):
    fake = tmp_path / "torch-2.8.0-cp311-cp311-linux_x86_64.whl"
    fake.write_text("not a zip")
    line = one_sentence(run_cli("inspect", fake))
    assert line == f"{fake} is named like a wheel or zip but is not a zip archive."


def test_inspect_a_wheel_whose_directory_points_before_the_file_exits_2(run_cli, tmp_path):
    """Found by test_reader_properties: an end record claiming the directory starts at
    0xFFFFFFFF makes zipfile shift every member's offset below zero; the read then failed
    with an OS error (a traceback) instead of one sentence."""
    import zipfile

    wheel = tmp_path / "x-1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("lib/libx.so", b"\x7fELF" + bytes(64))
    data = bytearray(wheel.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 16:end + 20] = b"\xff" * 4  # offset of the central directory
    wheel.write_bytes(bytes(data))
    assert any(i.header_offset < 0 for i in zipfile.ZipFile(wheel).infolist())  # the damage we meant
    line = one_sentence(run_cli("inspect", wheel))
    assert line == f"{wheel.name} is a damaged zip archive or uses a compression this app cannot read.", line


def test_inspect_a_wheel_bomb_is_refused(run_cli, tmp_path):
    bomb = hostile.zip_bomb(tmp_path / "x-1-py3-none-any.whl", expanded=64 * 1024 * 1024, name="lib/libx.so")
    line = one_sentence(run_cli("inspect", bomb))
    assert "which is compressed over 200 times" in line, line


def test_classify_streams_dev_zero_with_a_byte_limit_in_bounded_memory(run_cli):
    script = (
        "import sys, tracemalloc\n"
        "from app.cli import main\n"
        "tracemalloc.start()\n"
        "code = main(['classify', '/dev/zero', '--max-bytes', '256M', '--json'])\n"
        "print(tracemalloc.get_traced_memory()[1], file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    from app import proc

    result = proc.run([sys.executable, "-c", script], env=proc.clean_env(), timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    doc = json.loads(result.stdout)
    assert doc["verdict"] == "unknown"
    assert any("Only the first 268435456 bytes of /dev/zero were read" in c for c in doc["caveats"])
    peak = int(result.stderr.strip().splitlines()[-1])
    assert peak < 16 * 1024 * 1024, peak  # 256 MB were read; memory stays near the chunk size


def test_log_lines_are_cut_and_streamed(tmp_path):
    path = tmp_path / "log.txt"
    path.write_bytes(b"a\r\n" + b"x" * 300_000 + b"\nb\n\xff\xfetail")
    lines = list(untrusted.LogLines(path, max_line=1000))
    assert lines == ["a", "x" * 1000, "b", "\ufffd\ufffdtail"]
    cut = untrusted.LogLines(path, max_bytes=5)
    assert list(cut) == ["a", "xx"] and cut.truncated
    utf16 = tmp_path / "ps.txt"
    utf16.write_bytes("urProgramCreateWithIL\r\nzwei\r\n".encode("utf-16"))
    assert list(untrusted.LogLines(utf16)) == ["urProgramCreateWithIL", "zwei"]


def test_classify_a_missing_log_is_one_sentence(run_cli, tmp_path):
    line = one_sentence(run_cli("classify", tmp_path / "nope.log"))
    assert line == f"{tmp_path / 'nope.log'} does not exist or is not a file."


def test_classify_a_long_hostile_line_in_linear_time(tmp_path):
    """Lines the old patterns backtracked over quadratically (minutes for 64 KB)."""
    import time

    from app.smoke.classify import TraceScanner

    lines = [
        "urDeviceSelectBinary(" + "(spir64)" * 8000,
        "Native API failed" * 4000,
        "Build program log" * 4000,
    ]
    for line in lines:
        scanner = TraceScanner()
        start = time.perf_counter()
        scanner.feed(line)
        assert time.perf_counter() - start < 0.5, line[:30]


def test_scanner_keeps_bounded_lists():
    from app.smoke.classify import MAX_KEPT, TraceScanner

    scanner = TraceScanner()
    for i in range(5000):
        scanner.feed(f'@@IPEX-SMOKE@@{{"event": "begin", "step": "s{i}"}}')
        scanner.feed(f"No device of requested type available {i}")
        scanner.feed(f"<--- urDeviceSelectBinary((spir64_{i})}}) -> UR_RESULT_SUCCESS")
    assert len(scanner.markers) == MAX_KEPT and len(scanner.steps) <= MAX_KEPT
    assert len(scanner.no_device_lines) == MAX_KEPT and len(scanner.selected_targets) == MAX_KEPT


def test_a_downloaded_wheel_with_a_damaged_or_huge_metadata_gives_no_pins(tmp_path):
    from app.fetch.wheelmeta import requires_dist

    good = tmp_path / "x-1-py3-none-any.whl"
    with zipfile.ZipFile(good, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("x-1.dist-info/METADATA", "Name: x\nRequires-Dist: y==1\n" + "#" * 4000)
    assert requires_dist(good) == ["y==1"]
    damaged = tmp_path / "d-1-py3-none-any.whl"
    data = bytearray(good.read_bytes())
    at = data.find(b"PK\x03\x04") + 30 + len("x-1.dist-info/METADATA")
    data[at : at + 8] = b"\xff" * 8  # the deflate stream: zlib.error when read
    damaged.write_bytes(bytes(data))
    assert requires_dist(damaged) == []
    bomb = hostile.zip_bomb(tmp_path / "b-1-py3-none-any.whl", expanded=64 * 1024 * 1024,
                            name="b-1.dist-info/METADATA")
    tracemalloc.start()
    try:
        assert requires_dist(bomb) == []
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024, peak
