"""The Build page's way to the maintained alternative (upstream PyTorch XPU) beside an archived
IPEX pick, decided without Qt: offered only when the planner finds an upstream build for this
GPU, OS and the probe's Pythons, else one calm sentence. Real recorded probes, the real catalog."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app import flow
from app.catalog import store
from app.catalog.planner import plan
from app.envs.python_info import PythonInfo
from app.probe.probe import probe_machine

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"
A770 = SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json"  # GPU 1: the Arc A770
ARL_S = SNAPSHOTS / "ps51_arl_s_basic_display.utf16.json"  # a GPU Intel did not validate


@pytest.fixture(scope="module")
def catalog():
    return store.load()


def with_only_python(probe, version: str):
    """The recorded machine with one Python found on it (the snapshots record no Pythons)."""
    found = PythonInfo(path=r"C:\Python\python.exe", version=version, bits=64, source="registry")
    return dataclasses.replace(probe, pythons=[found])


def test_an_archived_pick_with_an_upstream_build_that_fits_offers_the_button(catalog):
    probe = probe_machine(windows_snapshot=A770)
    ipex = plan(probe, catalog, gpu_index=1, channel="ipex").choice
    assert ipex is not None and ipex.ipex_version and ipex.status == "archived", ipex
    upstream = flow.maintained_pick(probe, 1, catalog)
    assert upstream is not None and upstream.build_id.startswith("torch-xpu-") and not upstream.ipex_version
    assert upstream.status == "maintained" and upstream.expect == "aot"  # the A770 has native code upstream
    assert flow.maintained_offer(ipex, "ipex", False, upstream) == "button"
    # Not offered where it makes no sense: already upstream, support mode, a pick not archived.
    assert flow.maintained_offer(ipex, "torch-xpu", False, upstream) is None
    assert flow.maintained_offer(ipex, "ipex", True, upstream) is None
    assert flow.maintained_offer(upstream, "ipex", False, upstream) is None
    assert flow.maintained_offer(None, "ipex", False, upstream) is None


def test_a_python_upstream_lacks_says_so_instead_of_a_button(catalog):
    """Python 3.8: IPEX's old Windows builds have wheels for it, upstream PyTorch XPU none."""
    probe = with_only_python(probe_machine(windows_snapshot=A770), "3.8.10")
    ipex = plan(probe, catalog, gpu_index=1, channel="ipex").choice
    assert ipex is not None and ipex.status == "archived" and ipex.python == "3.8", ipex
    assert plan(probe, catalog, gpu_index=1, channel="torch-xpu").choice is None  # pressing would reach "No build fits"
    assert flow.maintained_pick(probe, 1, catalog) is None
    assert flow.maintained_offer(ipex, "ipex", False, None) == "none_fits"
    assert flow.maintained_offer(ipex, "ipex", True, None) is None  # support mode installs nothing


def test_a_python_both_channels_have_keeps_the_button(catalog):
    probe = with_only_python(probe_machine(windows_snapshot=A770), "3.11.9")
    upstream = flow.maintained_pick(probe, 1, catalog)
    assert upstream is not None and upstream.python == "3.11"


def test_the_upstream_pick_carries_native_code_where_the_hardware_card_says_so(catalog):
    """Arrow Lake-S (not validated by Intel): the Hardware card reads 'native', and the
    maintained pick's badge agrees (AOT via its alias), not JIT."""
    probe = probe_machine(windows_snapshot=ARL_S)
    gpu = probe.gpus[0]
    assert flow.gpu_answer(gpu, probe.os) == "native"
    upstream = flow.maintained_pick(probe, 0, catalog)
    assert upstream is not None and upstream.expect == "aot", upstream


def test_no_probe_or_a_gpu_number_it_lacks_offers_nothing(catalog):
    probe = probe_machine(windows_snapshot=A770)
    assert flow.maintained_pick(None, 0, catalog) is None
    assert flow.maintained_pick(probe, 7, catalog) is None
    assert flow.maintained_pick(probe, 0, catalog) is None  # the UHD 770: nothing upstream runs on it
