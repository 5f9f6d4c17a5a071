"""Planner decisions, table-driven: the cases the reference itself states, plus Battlemage,
Lunar Lake, Arrow Lake-H vs -S, Flex, an old Xe-LP iGPU, unknown and foreign ids."""

from __future__ import annotations

import pytest

from app.catalog import planner, store
from app.catalog.plan_model import Plan
from app.errors import BadInput
from app.probe.devices import make_gpu
from app.probe.model import Driver, Gpu, Probe, PythonInfo


@pytest.fixture(scope="module")
def catalog():
    return store.parse_bytes(store.builtin_path().read_bytes(), origin="built-in")


@pytest.fixture(scope="module")
def unknown_pythons(catalog):
    """The catalog with the torch 2.10+ builds' Python lists unknown (as a catalog may have them
    for a release nobody has checked yet): the planner must ask, never assume."""
    import dataclasses

    from app.catalog.model import Catalog, Fact

    def blank(b):
        if b.channel != "torch-xpu" or int(b.id.split("-")[2].split(".")[1]) < 10:
            return b
        facts = {**b.facts, "pythons": Fact("unknown", "not established (test)")}
        return dataclasses.replace(b, pythons=None, pythons_certainty="unknown", facts=facts)

    return Catalog(catalog.format, catalog.updated, [blank(b) for b in catalog.builds], catalog.jit_costs,
                   catalog.intel_regions)


def make(catalog, device, os_name, python=None, **prefs):
    return planner.plan_for_gpu(make_gpu(device), os_name, catalog, planner.Prefs(python=python, **prefs))


def why(plan: Plan, build_id: str) -> str:
    return next(r.why for r in plan.rejected if r.build_id == build_id)


def alt(plan: Plan, build_id: str):
    return next(a for a in plan.alternatives if a.build_id == build_id)


# (device, os, python, prefs, build, expect, matched target, certainty)
CASES = [
    # The seed document: 2.1.30+xpu has Arc AOT but no Core Ultra AOT on Windows.
    ("0x56a0", "windows", "3.10", {"ipex": "2.1.30"}, "ipex-2.1.30-windows", "aot", "dg2-g10", "documented"),
    ("0x7d55", "windows", "3.10", {"ipex": "2.1.30"}, "ipex-2.1.30-windows", "jit", None, "documented"),
    # Official 2.0.110 has no Arc AOT on Windows; the community dll-bundle does, so it wins.
    ("0x56a0", "windows", "3.10", {"ipex": "2.0.110"}, "nuullll-2.0.110-dll-bundle", "aot", "dg2-g10", "documented"),
    # The community v2.1.20+mtl+oneapi covers Core Ultra on Python 3.10.
    (
        "0x7d55",
        "windows",
        "3.10",
        {"channel": "ipex-community"},
        "nuullll-2.1.20-mtl-oneapi",
        "aot",
        "mtl-h",
        "documented",
    ),
    # Current picks.
    ("0x56a0", "linux", "3.11", {}, "ipex-2.8.10-linux", "aot", "dg2", "inferred"),
    ("0x56a0", "windows", "3.11", {}, "ipex-2.8.10-windows", "aot", "dg2", "inferred"),
    ("0xe20b", "linux", "3.11", {}, "ipex-2.8.10-linux", "aot", "bmg", "inferred"),
    ("0xe20b", "windows", "3.11", {"ipex": "2.5.10"}, "ipex-2.5.10-windows-bmg", "aot", "bmg", "inferred"),
    ("0xe20b", "linux", "3.11", {"ipex": "2.5.10"}, "ipex-2.5.10-linux", "jit", None, "inferred"),
    ("0x64a0", "windows", "3.12", {}, "ipex-2.8.10-windows", "aot", "lnl-m", "inferred"),
    ("0x64a0", "linux", "3.11", {"ipex": "2.5.10"}, "ipex-2.5.10-linux", "jit", None, "inferred"),
    ("0x7d51", "linux", "3.11", {}, "ipex-2.8.10-linux", "aot", "arl-h", "inferred"),
    ("0x7d51", "windows", "3.11", {"ipex": "2.6.10"}, "ipex-2.6.10-windows-arl", "aot", "arl-h", "inferred"),
    # Arrow Lake-S is not covered by arl-h: on Linux the 2.7+ lists give it JIT, the xe-lpg ones AOT.
    ("0x7d67", "linux", "3.11", {}, "ipex-2.6.10-linux", "aot", "xe-lpg", "inferred"),
    ("0x7d67", "linux", "3.11", {"ipex": "2.8.10"}, "ipex-2.8.10-linux", "jit", None, "inferred"),
    (
        "0x7d67",
        "windows",
        "3.11",
        {"channel": "torch-xpu", "torch": "2.8"},
        "torch-xpu-2.8-windows",
        "jit",
        None,
        "inferred",
    ),
    # Flex: IPEX 2.7.10/2.8.10 dropped it, 2.6.10 is the newest that supports it.
    ("0x56c0", "linux", "3.11", {}, "ipex-2.6.10-linux", "aot", "ats-m150", "inferred"),
    # Upstream channel and pins.
    ("0xb080", "windows", "3.12", {"channel": "torch-xpu"}, "torch-xpu-2.14-windows", "aot", "ptl", "inferred"),
    (
        "0x56a0",
        "linux",
        "3.11",
        {"channel": "torch-xpu", "torch": "2.7"},
        "torch-xpu-2.7-linux",
        "aot",
        "dg2",
        "inferred",
    ),
]


@pytest.mark.parametrize("device,os_name,python,prefs,build,expect,target,certainty", CASES)
def test_cases(catalog, device, os_name, python, prefs, build, expect, target, certainty):
    plan = make(catalog, device, os_name, python, **prefs)
    c = plan.choice
    assert c is not None, plan.warnings
    assert (c.build_id, c.expect, c.matched_target, c.certainty) == (build, expect, target, certainty)
    assert (c.os, c.python) == (os_name, python)
    assert c.reasons and all(r.endswith(".") for r in c.reasons)
    if expect == "jit":
        assert c.jit_cost and "minute" in c.jit_cost
        assert any("first run" in r or "first use" in r for r in c.reasons)
    else:
        assert c.jit_cost is None


def test_2_0_110_official_stays_as_a_jit_alternative(catalog):
    plan = make(catalog, "0x56a0", "windows", "3.10", ipex="2.0.110")
    official = alt(plan, "ipex-2.0.110-windows")
    assert (official.expect, official.certainty) == ("jit", "documented")
    assert "no native code" in official.reasons[0]
    assert plan.choice.reasons[-1].startswith("Picked over")


def test_core_ultra_jit_names_the_reported_cost(catalog):
    plan = make(catalog, "0x7d55", "windows", "3.10", ipex="2.1.30")
    assert "Meteor Lake" in plan.choice.jit_cost and "5-10 minutes" in plan.choice.jit_cost


def test_no_spirv_build_is_never_planned_off_its_platform(catalog):
    plan = make(catalog, "0xe20b", "windows", "3.11", ipex="2.5.10")
    assert "no SPIR-V fallback" in why(plan, "ipex-2.5.10-windows-mtl")
    mtl = make(catalog, "0x7d55", "windows", "3.11", ipex="2.5.10")
    assert {mtl.choice.build_id} | {a.build_id for a in mtl.alternatives} >= {"ipex-2.5.10-windows-mtl"}


def test_arrow_lake_s_never_matched_through_arl_h(catalog):
    for os_name in ("linux", "windows"):
        for channel in ("ipex", "torch-xpu"):
            plan = make(catalog, "0x7d67", os_name, "3.11", channel=channel)
            for c in [plan.choice, *plan.alternatives]:
                assert c.matched_target != "arl-h", c.build_id


def test_flex_rejections_say_why(catalog):
    plan = make(catalog, "0x56c0", "linux", "3.11")
    assert "Data Center GPU Flex" in why(plan, "ipex-2.8.10-linux")


def test_old_xe_lp_igpu_gets_no_build(catalog):
    plan = make(catalog, "0x9a49", "linux", "3.11")
    assert plan.choice is None and not plan.alternatives
    assert any("not supported by IPEX or PyTorch XPU" in w for w in plan.warnings)
    assert len(plan.rejected) == len(catalog.builds)
    # The user is told what to do instead, and that running through JIT is not established.
    assert any("use the CPU build of PyTorch" in w and "not established" in w for w in plan.warnings)


def test_unknown_and_foreign_ids(catalog):
    unknown = make(catalog, "0x1234", "linux", "3.11")
    assert unknown.choice is None and any("not in the installer's device list" in w for w in unknown.warnings)
    assert sum("please report it" in w for w in unknown.warnings) == 1  # asked once, with how
    nvidia = make(catalog, "10de:2684", "linux", "3.11")
    assert nvidia.choice is None and any("not an Intel GPU" in w for w in nvidia.warnings)
    assert len(nvidia.warnings) == 1  # said once


def test_another_python_would_work(catalog):
    plan = make(catalog, "0x7d55", "windows", "3.11", channel="ipex-community")
    assert plan.choice is None
    assert "no wheels for Python 3.11" in why(plan, "nuullll-2.1.20-mtl-oneapi")
    assert any("Another Python would work" in w and w.endswith("wheels for Python 3.10.")
               for w in plan.warnings)


def test_another_python_lists_every_version_once(catalog):
    plan = make(catalog, "0x56a0", "windows", "3.14")
    hint = next(w for w in plan.warnings if w.startswith("Another Python would work"))
    assert hint.endswith("Python 3.9, 3.10, 3.11, 3.12, 3.13."), hint


def test_jit_pick_points_to_the_channel_with_aot(catalog):
    plan = make(catalog, "0xb080", "windows", "3.12")
    assert plan.choice.expect == "jit"
    assert any("--channel torch-xpu" in w for w in plan.warnings)


def test_wrong_os_and_channel_are_rejected_with_reasons(catalog):
    plan = make(catalog, "0x56a0", "linux", "3.11")
    assert why(plan, "ipex-2.8.10-windows") == "It is built for Windows, not Linux."
    assert "outside the requested channel 'ipex'" in why(plan, "torch-xpu-2.8-linux")


def test_files_are_picked_by_wheel_tags(catalog):
    plan = make(catalog, "0x56a0", "windows", "3.11", channel="ipex-community", ipex="2.1.10")
    files = [f.filename for s in plan.choice.steps for f in s.files]
    assert len(files) == 4 and all("-cp311-cp311-win_amd64" in f for f in files)
    assert any("hanamizuki" in w for w in plan.choice.warnings)


def test_python_comes_from_the_probe_when_not_given(catalog):
    gpu = make_gpu("0x56a0")
    probe = Probe(os="linux", gpus=[gpu], primary=0, pythons=[
        PythonInfo("/usr/bin/python3.8", "3.8.18", 64, "path"),
        PythonInfo("/usr/bin/python3.12", "3.12.3", 64, "path"),
        PythonInfo("C:/py32/python.exe", "3.13.0", 32, "path"),
    ])
    plan = planner.plan(probe, catalog)
    assert (plan.choice.build_id, plan.choice.python) == ("ipex-2.8.10-linux", "3.12")
    only38 = planner.plan(probe, catalog, python="3.8")
    assert only38.choice.build_id == "ipex-2.3.110-linux"
    with pytest.raises(BadInput, match="no GPU number 3"):
        planner.plan(probe, catalog, gpu_index=3)


def test_ip_12_70_without_product_is_not_claimed(catalog):
    """A probe without the runtime product (an old probe JSON): 12.70.4 may be MTL-U or ARL-S."""
    gpu = Gpu("0x8086", "0x7d40", "Intel Graphics", "Meteor Lake-U", "igpu", "12.70.4", ["mtl-u"],
              Driver(), True)
    plan = planner.plan_for_gpu(gpu, "windows", catalog, planner.Prefs(channel="torch-xpu", torch="2.8", python="3.11"))
    assert (plan.choice.expect, plan.choice.certainty) == ("jit", "unknown")


def test_plan_round_trips_through_json(catalog):
    plan = make(catalog, "0x56a0", "windows", "3.10", ipex="2.0.110")
    again = Plan.from_json(plan.to_json())
    assert again.to_json() == plan.to_json()
    assert again.choice.steps[0].files[2].sha256 == plan.choice.steps[0].files[2].sha256


def test_verify_and_steps_carry_what_the_installer_needs(catalog):
    c = make(catalog, "0x56a0", "linux", "3.11").choice
    assert c.verify["torch"] == "2.8.0+xpu" and c.verify["intel-extension-for-pytorch"] == "2.8.10+xpu"
    assert [s.id for s in c.steps] == ["pytorch", "ipex"]
    assert c.steps[0].index_url == "https://download.pytorch.org/whl/xpu"
    assert any("archived" in w.lower() for w in c.warnings)


def test_unknown_channel_is_bad_input(catalog):
    with pytest.raises(BadInput, match="Unknown channel"):
        make(catalog, "0x56a0", "linux", "3.11", channel="cuda")


def test_intel_index_regions_travel_with_the_choice(catalog):
    bmg = make(catalog, "0xe20b", "windows", "3.11", ipex="2.5.10").choice
    assert bmg.build_id == "ipex-2.5.10-windows-bmg" and bmg.regions == ["us"]  # bmg/cn is unverified
    assert make(catalog, "0x56a0", "linux", "3.11").choice.regions == ["us", "cn"]
    assert make(catalog, "0x56a0", "linux", "3.11", channel="torch-xpu").choice.regions == []


def test_without_a_python_the_plan_says_which_it_assumed(catalog, unknown_pythons):
    plan = make(catalog, "0x56a0", "linux", None, channel="torch-xpu")
    assert (plan.choice.build_id, plan.choice.python) == ("torch-xpu-2.14-linux", "3.14")
    assert any("No Python was named or found" in w for w in plan.choice.warnings)
    assert any("inferred, not documented" in w for w in plan.choice.warnings)
    assert not any("Python versions are not in the catalog" in w for w in plan.warnings)
    plan = make(unknown_pythons, "0x56a0", "linux", None, channel="torch-xpu")
    assert (plan.choice.build_id, plan.choice.python) == ("torch-xpu-2.9-linux", "3.14")
    assert any("Python versions are not in the catalog" in w for w in plan.warnings)


def test_withdrawn_builds_are_rejected(catalog):
    import dataclasses

    from app.catalog.model import Catalog

    pulled = [dataclasses.replace(b, status="withdrawn", status_note="known security issue.")
              if b.id == "ipex-2.8.10-linux" else b for b in catalog.builds]
    plan = planner.plan_for_gpu(make_gpu("0x56a0"), "linux", Catalog(1, "2026-01-01", pulled),
                                planner.Prefs(python="3.11"))
    assert plan.choice.build_id == "ipex-2.7.10-linux"
    assert why(plan, "ipex-2.8.10-linux") == "It was withdrawn: known security issue."


def test_unknown_python_lists_never_make_a_broken_hint(unknown_pythons):
    catalog = unknown_pythons
    # Panther Lake, no Python named: the torch 2.10+ builds (the only ones with AOT for it) have
    # no Python list in the catalog, so the JIT pick comes with a pointer to them, and no
    # "another Python" sentence is made from an empty list.
    plan = make(catalog, "0xb080", "linux", None, channel="torch-xpu")
    assert plan.choice.expect == "jit"
    assert "has native code for your GPU: name the Python to use (--python X.Y)" in " ".join(plan.warnings)
    assert not any(w.startswith("Another Python would work") for w in plan.warnings)
    assert all(not w.endswith("Python .") for w in plan.warnings)
    named = make(catalog, "0xb080", "linux", "3.12", channel="torch-xpu")
    assert named.choice.expect == "aot" and named.choice.matched_target == "ptl-h"


@pytest.mark.parametrize("pin,version,expected", [
    ("2.5.10.post0", "2.5.10.post0+xpu", True),  # a post release named in full (was never found)
    ("2.5.10", "2.5.10.post0+xpu", True),
    ("2.5.10.post0", "2.5.10+xpu", False),
    ("2.6.0.post0", "2.6.0.post0+xpu", True),
    ("2.1.0a0", "2.1.0.post3", False),
    ("2.8", "2.8.0+xpu", True),
    ("2.1", "2.10.0+xpu", False),
    ("2.8.10+xpu", "2.8.10+xpu", True),
])
def test_version_pins(pin, version, expected):
    from app.catalog.versions import pin_matches

    assert pin_matches(pin, version) is expected


def test_post_release_pins_pick_those_builds(catalog):
    ipex = make(catalog, "0x7d51", "windows", "3.11", ipex="2.5.10.post0")
    assert ipex.choice.build_id == "ipex-2.5.10.post0-windows-arl"
    torch = make(catalog, "0x7d51", "windows", "3.11", torch="2.6.0.post0")
    assert torch.choice.build_id == "ipex-2.6.10-windows-arl"


def test_unknown_python_list_means_ask_even_when_pythons_are_found(unknown_pythons):
    """A build whose Python list is unknown is never planned for a Python merely found on the
    machine (that would be "any"): only a Python the user names is tried."""
    catalog = unknown_pythons
    gpu = make_gpu("0xb080")  # Panther Lake: AOT only in the torch 2.10+ builds
    unknown = {b.id for b in catalog.builds if b.pythons is None}
    assert unknown  # the catalog does have such builds
    probe = Probe(os="linux", gpus=[gpu], primary=0, pythons=[PythonInfo("/usr/bin/python3.12", "3.12.3", 64, "path")])
    found = planner.plan(probe, catalog, channel="torch-xpu")
    assert found.choice.build_id not in unknown and found.choice.expect == "jit"
    rejected = {r.build_id for r in found.rejected}
    asked = [b for b in unknown if b.endswith("-linux") and b in rejected]
    assert asked and all("Python versions are not known" in why(found, b) for b in asked)
    named = planner.plan(probe, catalog, channel="torch-xpu", python="3.12")
    assert named.choice.build_id in unknown and named.choice.python == "3.12"
    assert any("is not known" in w for w in named.choice.warnings)
