"""The built-in catalog: valid, complete against the reference, and never inventing facts."""

from __future__ import annotations

import copy
import json
import re

import pytest

from app.catalog import store
from app.catalog.schema import CatalogInvalid, parse_catalog
from app.errors import BadInput


@pytest.fixture(scope="module")
def raw():
    return json.loads(store.builtin_path().read_text("utf-8"))


@pytest.fixture(scope="module")
def catalog(raw):
    return parse_catalog(raw)


EXPECTED_IDS = {
    # official IPEX XPU, per OS, with the per-platform Windows indexes and the post0 variants
    "ipex-2.0.110-linux",
    "ipex-2.0.110-windows",
    *(f"ipex-{v}-{o}" for v in ("2.1.10", "2.1.20", "2.1.30", "2.1.40") for o in ("linux", "windows")),
    "ipex-2.1.40-windows-mtl",
    "ipex-2.3.110-linux",
    *(f"ipex-2.3.110.post0-windows-{p}" for p in ("xpu", "mtl", "lnl")),
    "ipex-2.5.10-linux",
    *(f"ipex-2.5.10-windows-{p}" for p in ("xpu", "mtl", "lnl", "bmg")),
    "ipex-2.5.10.post0-windows-arl",
    *(f"ipex-{v}-{o}" for v in ("2.6.10", "2.7.10", "2.8.10") for o in ("linux", "windows")),
    "ipex-2.6.10-windows-arl",
    # community
    "nuullll-2.0.110-dll-bundle",
    "nuullll-2.1.10-xpu",
    "nuullll-2.1.20-mtl-oneapi",
    "disty0-2.0.110-aot",
    # upstream
    *(
        f"torch-xpu-{s}-{o}"
        for s in ("2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.13", "2.14")
        for o in ("linux", "windows")
    ),
}


def test_every_reference_build_is_in_the_catalog(catalog):
    assert {b.id for b in catalog.builds} == EXPECTED_IDS


def test_no_spirv_builds_are_the_windows_mtl_ones(catalog):
    no_spirv = {b.id for b in catalog.builds if b.has_spirv is False}
    assert no_spirv == {"ipex-2.1.40-windows-mtl", "ipex-2.3.110.post0-windows-mtl", "ipex-2.5.10-windows-mtl"}


def test_every_hash_and_size_comes_from_the_reference(catalog, reference_dir):
    """Never invent a hash or a size: each one in the catalog is quoted in ipex_releases.md,
    and each names where it came from."""
    text = (reference_dir / "ipex_releases.md").read_text("utf-8")
    hashes = set(re.findall(r"\b[0-9a-f]{64}\b", text))
    sizes = {int(s) for s in re.findall(r"size (\d+) bytes", text)}
    seen = 0
    for build in catalog.builds:
        for step in build.steps:
            for f in step.files:
                if f.sha256:
                    assert f.sha256 in hashes, (build.id, f.filename)
                    assert f.hash_source and "mirror" in f.hash_source
                    seen += 1
                if f.size:
                    assert f.size in sizes, (build.id, f.filename)
    assert seen == 4


def test_upstream_aot_lists_equal_the_reference_table(catalog, reference_dir):
    text = (reference_dir / "ipex_releases.md").read_text("utf-8")
    section = text.split("## 5. Upstream PyTorch XPU")[1].split("Notes on the table")[0]
    rows = re.findall(r"^\| ([\d., –-]+?) \| `([^`]+)` \| `([^`]+)` \|", section, re.M)
    assert len(rows) == 4
    checked = 0
    for label, windows, linux in rows:
        for build in catalog.builds:
            if build.channel != "torch-xpu":
                continue
            series = build.id.split("-")[2]
            if _in_range(series, label):
                expected = windows if build.os == "windows" else linux
                assert ",".join(build.aot.devices) == expected, build.id
                checked += 1
    assert checked == 20


def _in_range(series: str, label: str) -> bool:
    minor = int(series.split(".")[1])
    numbers = [int(x.split(".")[1]) for x in re.findall(r"\d+\.\d+", label)]
    if "–" in label:
        return numbers[0] <= minor <= numbers[1]
    return minor in numbers


def test_ipex_builds_say_ipex_is_archived(catalog):
    for build in catalog.builds:
        if build.channel == "ipex-official":
            assert build.status == "archived" and "archived" in build.status_note
        if build.channel == "ipex-community":
            assert build.status == "unmaintained"


def test_unknown_stays_unknown(catalog):
    """Where the reference is silent the catalog says unknown instead of guessing."""
    b = catalog.get("ipex-2.5.10-windows-bmg")
    assert b.aot.devices is None and b.aot.certainty == "unknown"
    assert all(c.certainty == "inferred" for c in b.aot.claims)
    mtl = catalog.get("ipex-2.1.40-windows-mtl")  # its list only contains 'mtl' (commit 550fd767b)
    assert mtl.aot.devices is None and mtl.has_spirv is False and mtl.aot.claims[0].covered
    assert catalog.get("nuullll-2.1.10-xpu").has_spirv is None
    assert catalog.get("nuullll-2.1.10-xpu").facts["has_spirv"].certainty == "unknown"
    assert catalog.get("ipex-2.0.110-windows").min_driver["windows"] is None
    files = [f for s in catalog.get("disty0-2.0.110-aot").steps for f in s.files]
    assert files and all(f.sha256 is None and f.size is None for f in files)


def test_separate_steps_and_oneapi_runtime(catalog):
    assert [s.id for s in catalog.get("ipex-2.6.10-linux").steps] == ["pytorch", "ipex"]
    assert catalog.get("ipex-2.6.10-linux").steps[0].index_url == "https://download.pytorch.org/whl/xpu"
    steps = catalog.get("ipex-2.1.10-windows").steps
    assert any("dpcpp-cpp-rt==2024.0.2" in s.requirements for s in steps)
    arl = catalog.get("ipex-2.6.10-windows-arl")
    assert arl.versions["torch"] == "2.6.0.post0+xpu" and "arl-h" in arl.aot.devices


def test_verify_names_what_must_be_installed(catalog):
    assert catalog.get("ipex-2.8.10-linux").verify == {
        "intel-extension-for-pytorch": "2.8.10+xpu", "torch": "2.8.0+xpu",
        "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu"}
    assert catalog.get("torch-xpu-2.10-linux").verify == {
        "torch": "2.10.*", "torchvision": "0.25.*", "torchaudio": "2.10.*"}


def _first(raw):
    data = copy.deepcopy(raw)
    return data, data["builds"][0]


BREAKAGES = [
    (lambda b: b.update(channel="ipex-nightly"), "field 'channel' must be one of"),
    (lambda b: b["aot"].update(devices=["pvc", "bmgx"]), "field 'aot.devices' has an unknown AOT name 'bmgx'"),
    (
        lambda b: b["steps"][0].update(extra_index_urls=["http://example.com/simple"]),
        "field 'steps[0].extra_index_urls' must be an https:// URL",
    ),
    (lambda b: b.pop("status"), "field 'status' is missing"),
    (lambda b: b.update(statsu="archived"), "field 'statsu' is not a known field"),
    (lambda b: b.update(pythons="3.10"), "field 'pythons' must be an object"),
    (lambda b: b["pythons"].update(value="3.10"), "field 'pythons.value' must be null"),
    (lambda b: b["steps"][0].update(requirements=["torch=>2"]), "has an invalid requirement 'torch=>2'"),
    (lambda b: b["versions"].update(torch="two"), "field 'versions.torch' is not a PEP 440 version"),
    (lambda b: b["aot"].update(devices=None), "field 'aot.certainty' must be 'unknown' when aot.devices has no value"),
    (lambda b: b["has_spirv"].update(value="yes"), "field 'has_spirv.value' must be true, false or null"),
    # Every decision field says where it comes from and how sure that is.
    (lambda b: b["pythons"].pop("source"), "field 'pythons.source' is missing"),
    (lambda b: b["pythons"].update(source=" "), "field 'pythons.source' must be a non-empty string"),
    (lambda b: b["pythons"].pop("certainty"), "field 'pythons.certainty' is missing"),
    (lambda b: b["aot"].pop("source"), "field 'aot.source' is missing"),
    (lambda b: b["versions"].pop("source"), "field 'versions.source' is missing"),
    (lambda b: b["versions"].update(certainty="sure"), "field 'versions.certainty' must be one of"),
    (lambda b: b["has_spirv"].pop("certainty"), "field 'has_spirv.certainty' is missing"),
    (lambda b: b.update(has_spirv=True), "field 'has_spirv' must be an object"),
    # A value nobody vouches for is a guess; an unknown value is not vouched for.
    (lambda b: b["pythons"].update(certainty="unknown"),
     "'pythons.certainty' cannot be 'unknown' when pythons has a value"),
    (lambda b: b["pythons"].update(value=None), "'pythons.certainty' must be 'unknown' when pythons has no value"),
    (lambda b: b["has_spirv"].update(value=None),
     "'has_spirv.certainty' must be 'unknown' when has_spirv has no value"),
    (lambda b: b["aot"].update(certainty="unknown"),
     "'aot.certainty' cannot be 'unknown' when aot.devices has a value"),
    (lambda b: b.update(pythons_certainty="documented"), "field 'pythons_certainty' is not a known field"),
]


@pytest.mark.parametrize("breakage,message", BREAKAGES)
def test_schema_errors_name_entry_and_field(raw, breakage, message):
    data, build = _first(raw)
    breakage(build)
    with pytest.raises(CatalogInvalid) as exc:
        parse_catalog(data)
    assert "entry 'ipex-2.0.110-linux'" in str(exc.value)
    assert message in str(exc.value)
    assert isinstance(exc.value, BadInput)


def test_schema_checks_files_against_os_and_pythons(raw):
    data = copy.deepcopy(raw)
    nu = next(b for b in data["builds"] if b["id"] == "nuullll-2.1.10-xpu")
    nu["pythons"]["value"] = ["3.10", "3.11", "3.12"]
    with pytest.raises(
        CatalogInvalid, match=r"entry 'nuullll-2.1.10-xpu'.*no intel-extension-for-pytorch wheel for Python 3.12"
    ):
        parse_catalog(data)
    data = copy.deepcopy(raw)
    nu = next(b for b in data["builds"] if b["id"] == "nuullll-2.1.10-xpu")
    nu["os"] = "linux"
    with pytest.raises(CatalogInvalid, match=r"does not install on linux"):
        parse_catalog(data)
    data = copy.deepcopy(raw)
    nu = next(b for b in data["builds"] if b["id"] == "nuullll-2.0.110-dll-bundle")
    nu["steps"][0]["files"][2]["sha256"] = "B0C3"
    with pytest.raises(CatalogInvalid, match=r"files\[2\].sha256' must be 64 lower-case hex"):
        parse_catalog(data)


def test_duplicate_ids_and_file_level_errors(raw):
    data = copy.deepcopy(raw)
    data["builds"].append(copy.deepcopy(data["builds"][0]))
    with pytest.raises(CatalogInvalid, match="'ipex-2.0.110-linux': field 'id' is used twice"):
        parse_catalog(data)
    with pytest.raises(CatalogInvalid, match="field 'format' must be 2 \\(or 1\\)"):
        parse_catalog({**raw, "format": 3})


def test_refreshed_copy_is_used_only_when_valid_and_current(raw):
    path = store.refreshed_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    newer = copy.deepcopy(raw)
    newer["updated"] = "2099-01-01"
    newer["builds"] = newer["builds"][:3]
    path.write_text(json.dumps(newer), "utf-8")
    loaded = store.load()
    assert (loaded.origin, len(loaded.builds)) == ("refreshed", 3)
    older = dict(newer, updated="2000-01-01")
    path.write_text(json.dumps(older), "utf-8")
    assert store.load().origin == "built-in"
    path.write_text('{"format": 1, "builds": "nope"}', "utf-8")
    fallback = store.load()
    assert fallback.origin == "built-in" and len(fallback.builds) == len(raw["builds"])
    assert any("refreshed catalog was ignored" in n for n in fallback.notes)
    assert store.forget_refreshed() and not path.exists()


def test_catalog_file_errors_are_bad_input(tmp_path):
    with pytest.raises(BadInput, match="The catalog file .* does not exist"):
        store.load(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(BadInput, match="is not valid JSON"):
        store.load(bad)


def test_intel_index_regions(catalog, raw):
    assert catalog.intel_regions["xpu"] == ("us", "cn")
    assert catalog.intel_regions["bmg"] == ("us",)  # bmg/cn is unverified in the reference
    with pytest.raises(CatalogInvalid, match="field 'intel_indexes.bmg.regions' must list 'us' and/or 'cn'"):
        parse_catalog({**raw, "intel_indexes": {"bmg": {"regions": ["eu"], "source": "x"}}})


def test_torch_xpu_after_2_12_carry_their_sources(catalog):
    """2.13 and 2.14: AOT defaults read from intel/torch-xpu-ops cmake/BuildFlags.cmake on each
    release branch (commit named), Python lists from PyTorch's release matrix (inferred for the XPU
    wheels), and torchaudio pinned to 2.11, which is built for every later torch."""
    linux = ["pvc", "bmg", "dg2", "arl-h", "mtl-h", "lnl-m", "ptl-h", "ptl-u"]
    windows = ["mtl", "mtl-h", "bmg", "dg2", "arl-h", "lnl-m", "ptl"]
    commits = {"2.13": "21172da81103fd54a94ebc39260a03627ddceb0d", "2.14": "a4c530f07a68a526003c6867542b92e89fb1fd29"}
    for series, commit in commits.items():
        for os_name, devices in (("linux", linux), ("windows", windows)):
            b = catalog.get(f"torch-xpu-{series}-{os_name}")
            assert list(b.aot.devices) == devices and b.aot.certainty == "inferred"
            assert f"release/{series} ({commit[:8]})" in b.facts["aot"].source
            assert any(f"release/{series} at {commit}" in src for src in b.sources)
            assert any(src.startswith(("pytorch/", "intel/")) and "https://github.com/" in src for src in b.sources[1:])
            assert b.pythons == ("3.10", "3.11", "3.12", "3.13", "3.14") and b.pythons_certainty == "inferred"
            assert "RELEASE.md" in b.facts["pythons"].source
            assert b.versions["torch"] == f"{series}.*" and b.versions["torchaudio"] == "2.11.*"
            assert b.steps[0].requirements == [f"torch=={series}.*", "torchvision", "torchaudio==2.11.*"]


def test_torchaudio_is_pinned_where_it_no_longer_follows_torch(catalog):
    """torchaudio 2.11 declares no torch requirement (stable ABI, for torch 2.11 and later), so an
    unpinned torchaudio would resolve to it next to an older torch: every upstream build pins
    the torchaudio its torch pairs with (pytorch/audio docs/source/installation.rst)."""
    expected = {"2.5": "2.5.*", "2.9": "2.9.*", "2.10": "2.10.*", "2.11": "2.11.*", "2.12": "2.11.*"}
    for build in catalog.builds:
        if build.channel != "torch-xpu":
            continue
        audio = [r for s in build.steps for r in s.requirements if r.startswith("torchaudio")]
        assert audio and all("==" in r for r in audio), build.id
        series = build.id.split("-")[2]
        if series in expected:
            assert build.versions["torchaudio"] == expected[series], build.id


def test_every_decision_field_names_its_source(catalog):
    for build in catalog.builds:
        assert set(build.facts) == {"versions", "pythons", "aot", "has_spirv"}, build.id
        for name, fact in build.facts.items():
            assert fact.source.strip() and fact.certainty in ("documented", "observed", "measured", "inferred",
                                                               "unknown"), (build.id, name)
        assert build.facts["pythons"].certainty == build.pythons_certainty
        assert build.facts["aot"].certainty == build.aot.certainty
        assert "format-1" not in " ".join(f.source for f in build.facts.values()), build.id


def _format_1(raw):
    """The built-in catalog written back in format 1 (no sources), as an older app wrote it."""
    data = copy.deepcopy(raw)
    data["format"] = 1
    for b in data["builds"]:
        b["pythons_certainty"] = b["pythons"]["certainty"]
        b["pythons"] = b["pythons"]["value"]
        b["has_spirv"] = b["has_spirv"]["value"]
        b["aot"].pop("source")
        b["versions"].pop("source")
        b["versions"].pop("certainty")
    return data


def test_a_format_1_catalog_still_loads_with_its_fields_marked_unrecorded(raw, catalog):
    old = parse_catalog(_format_1(raw))
    assert [b.id for b in old.builds] == [b.id for b in catalog.builds]
    for new_b, old_b in zip(catalog.builds, old.builds, strict=True):
        assert (old_b.pythons, old_b.pythons_certainty, old_b.has_spirv) == (
            new_b.pythons, new_b.pythons_certainty, new_b.has_spirv)
        assert old_b.aot == new_b.aot and old_b.versions == new_b.versions
        assert all(f.source == "not recorded (a format-1 catalog)" for f in old_b.facts.values())
    # A format-1 build is still checked: its faults are named in format 2's terms.
    data = _format_1(raw)
    data["builds"][0]["pythons"] = "3.10"
    with pytest.raises(CatalogInvalid, match=r"entry 'ipex-2.0.110-linux': field 'pythons.value' must be null"):
        parse_catalog(data)


@pytest.mark.parametrize("entry,message", [
    ({"series": "2.15", "os": "linux", "devices": ["pvc", "bmgx"], "certainty": "inferred", "source": "s"},
     "aot_defaults[0]: field 'devices' must be a non-empty list of known AOT names"),
    ({"series": "2.x", "os": "linux", "devices": ["pvc"], "certainty": "inferred", "source": "s"},
     "aot_defaults[0]: field 'series' has an invalid value '2.x'"),
    ({"series": "2.15", "os": "linux", "devices": ["pvc"], "certainty": "unknown", "source": "s"},
     "aot_defaults[0]: field 'certainty' must be one of documented, inferred"),
    ({"series": "2.15", "os": "linux", "devices": ["pvc"], "certainty": "inferred"},
     "aot_defaults[0]: field 'source' is missing"),
])
def test_aot_defaults_are_checked(raw, entry, message):
    """A series' torch-xpu-ops default (for the newer-release notice) is sourced and named."""
    with pytest.raises(CatalogInvalid, match=re.escape(message)):
        parse_catalog({**raw, "aot_defaults": [entry]})
    good = dict(entry, series="2.15", devices=["pvc"], certainty="inferred", source="s")
    assert parse_catalog({**raw, "aot_defaults": [good]}).aot_default("2.15", "linux").devices == ("pvc",)
