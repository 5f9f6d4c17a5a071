"""Properties of the planner over every device id, OS, Python and channel, and over generated
catalogs: never the wrong OS or Python, never a no-SPIR-V build off its AOT list, never AOT
without a matched target, and every build accounted for once."""

from __future__ import annotations

import copy
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog import aot_names, planner, store
from app.catalog.schema import parse_catalog
from app.probe import devices
from app.probe.devices import make_gpu

RAW = json.loads(store.builtin_path().read_text("utf-8"))
BUILTIN = parse_catalog(RAW)
DEVICE_IDS = sorted(devices._devices())  # every id in the device database
PYTHONS = [None] + [f"3.{m}" for m in range(7, 15)]
CHANNELS = list(planner.CHANNEL_SETS)
NAMES = sorted(set(aot_names.SPECIFIC) | set(aot_names.GENERIC) | set(aot_names.RELEASE))
# derandomize: the same examples on every CI run; no example database written into the repo.
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True, database=None)


def _check(plan, catalog, gpu, os_name, python):
    by_id = {b.id: b for b in catalog.builds}
    chosen = ([plan.choice] if plan.choice else []) + plan.alternatives
    seen = [c.build_id for c in chosen] + [r.build_id for r in plan.rejected]
    assert sorted(seen) == sorted(by_id), "every build is chosen, an alternative, or rejected, once"
    if plan.choice is None:
        assert not plan.alternatives
    # Every message a user reads is a finished sentence (no empty list left a gap in it).
    texts = plan.warnings + [r.why for r in plan.rejected]
    texts += [t for c in ([plan.choice] if plan.choice else []) + plan.alternatives
              for t in c.reasons + c.warnings]
    for text in texts:
        assert text.endswith((".", ")")) and not re.search(r"\s[.,;](\s|$)|\s\s", text), text
    for c in chosen:
        build = by_id[c.build_id]
        assert c.os == build.os == os_name
        if python:
            assert c.python == python
        if build.pythons is not None:
            assert c.python in build.pythons
        assert c.expect in ("aot", "jit") and c.certainty in ("documented", "inferred", "unknown")
        if c.expect == "aot":
            assert c.matched_target, "AOT needs a matched target"
            ips = aot_names.resolve(c.matched_target)
            assert ips and gpu.ip_version
            assert gpu.ip_version in ips or any(
                aot_names.compatible(ip, gpu.ip_version)
                or aot_names.major_minor(ip) == aot_names.major_minor(gpu.ip_version) for ip in ips)
        else:
            assert c.matched_target is None and c.jit_cost
        if build.has_spirv is not True:
            # No (known) SPIR-V fallback: only ever planned where the GPU has native code.
            assert c.expect == "aot", c.build_id
        for step in c.steps:
            for f in step.files:
                from app.catalog import wheels

                assert wheels.fits(f.filename, c.python, os_name)


@settings(max_examples=300, **SETTINGS)
@given(device=st.sampled_from(DEVICE_IDS + ["0x1234", "0xffff", "10de:2684"]),
       os_name=st.sampled_from(["linux", "windows"]), python=st.sampled_from(PYTHONS),
       channel=st.sampled_from(CHANNELS))
def test_builtin_catalog_properties(device, os_name, python, channel):
    gpu = make_gpu(device)
    plan = planner.plan_for_gpu(gpu, os_name, BUILTIN, planner.Prefs(channel=channel, python=python))
    _check(plan, BUILTIN, gpu, os_name, python)


@st.composite
def catalogs(draw):
    template = next(b for b in RAW["builds"] if b["id"] == "ipex-2.8.10-linux")
    builds = []
    for i in range(draw(st.integers(1, 6))):
        b = copy.deepcopy(template)
        b["id"] = f"gen-{i}"
        b["os"] = draw(st.sampled_from(["linux", "windows"]))
        b["channel"] = draw(st.sampled_from(["ipex-official", "ipex-community"]))
        b["not_supported"] = []
        known = draw(st.booleans())
        b["pythons"] = {
            "value": (draw(st.lists(st.sampled_from(PYTHONS[1:]), min_size=1, max_size=4, unique=True))
                      if known else None),
            "certainty": draw(st.sampled_from(["documented", "observed", "inferred"])) if known else "unknown",
            "source": "generated",
        }
        if draw(st.booleans()):
            b["aot"] = {"devices": draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True)),
                        "certainty": draw(st.sampled_from(["documented", "inferred"])), "source": "generated"}
        else:
            b["aot"] = {"devices": None, "certainty": "unknown", "source": "generated", "claims": [
                {"names": draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True)),
                 "covered": draw(st.booleans()), "certainty": "documented", "source": "generated"}]}
        spirv = draw(st.sampled_from([True, False, None]))
        b["has_spirv"] = {"value": spirv, "certainty": "unknown" if spirv is None else "inferred",
                          "source": "generated"}
        b["versions"]["ipex"] = draw(st.sampled_from(["2.5.10+xpu", "2.6.10+xpu", "2.8.10+xpu"]))
        builds.append(b)
    return parse_catalog(dict(RAW, builds=builds))


@settings(max_examples=200, **SETTINGS)
@given(catalog=catalogs(), device=st.sampled_from(DEVICE_IDS), os_name=st.sampled_from(["linux", "windows"]),
       python=st.sampled_from(PYTHONS))
def test_generated_catalog_properties(catalog, device, os_name, python):
    gpu = make_gpu(device)
    plan = planner.plan_for_gpu(gpu, os_name, catalog, planner.Prefs(python=python))
    _check(plan, catalog, gpu, os_name, python)


def test_strategies_reach_both_outcomes():
    """The property tests are not vacuous: the built-in catalog yields AOT and JIT picks."""
    aot = planner.plan_for_gpu(make_gpu("0x56a0"), "linux", BUILTIN, planner.Prefs(python="3.11"))
    jit = planner.plan_for_gpu(make_gpu("0xb080"), "linux", BUILTIN, planner.Prefs(python="3.11"))
    assert aot.choice.expect == "aot" and jit.choice.expect == "jit"
    assert pytest.approx(len(DEVICE_IDS), rel=0.5) == 190


def test_every_device_os_and_channel_exhaustively():
    """The same properties for every device id x OS x channel (Python free and 3.11)."""
    count = 0
    for device in DEVICE_IDS:
        gpu = make_gpu(device)
        for os_name in ("linux", "windows"):
            for channel in CHANNELS:
                for python in (None, "3.11"):
                    plan = planner.plan_for_gpu(gpu, os_name, BUILTIN, planner.Prefs(channel=channel, python=python))
                    _check(plan, BUILTIN, gpu, os_name, python)
                    count += plan.choice is not None
    assert count > len(DEVICE_IDS)  # most supported GPUs get a pick somewhere


@settings(max_examples=150, **SETTINGS)
@given(catalog=catalogs(), device=st.sampled_from(DEVICE_IDS), os_name=st.sampled_from(["linux", "windows"]),
       found=st.lists(st.sampled_from([p for p in PYTHONS if p]), min_size=0, max_size=3, unique=True))
def test_unknown_python_lists_mean_ask_never_any(catalog, device, os_name, found):
    """Pythons merely found on the machine (or none) never make a build with an unknown Python
    list installable: it is rejected and asked for, and each offered build names a Python it
    lists."""
    plan = planner.plan_for_gpu(make_gpu(device), os_name, catalog, planner.Prefs(),
                                available_pythons=found or None)
    unknown = {b.id for b in catalog.builds if b.pythons is None}
    for choice in [plan.choice, *plan.alternatives]:
        if choice is None:
            continue
        assert choice.build_id not in unknown
        listed = catalog.get(choice.build_id).pythons
        assert choice.python in listed and (not found or choice.python in found)
    assert unknown <= {r.build_id for r in plan.rejected}
