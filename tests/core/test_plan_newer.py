"""plan --check-newer against the loopback mirror: a PyTorch XPU index page (PEP 503, the real
file names of the catalog's pins) that also lists a release newer than the catalog knows. The
plan says so, offers it as "not yet verified" with what is known (Pythons from the file names;
the AOT list only where the catalog records the torch-xpu-ops default) and what is not."""

from __future__ import annotations

import json

import pytest
from mirror.catalog_files import catalog_files
from mirror.server import MirrorServer

from app.catalog import newer, store
from app.catalog.plan_model import Plan
from app.catalog.schema import parse_catalog

CATALOG = store.load(store.builtin_path())
NEXT = "2.15"  # one series past the catalog's newest (checked below)
LINUX_NEW = [f"torch-2.15.0+xpu-{cp}-{cp}-manylinux_2_28_x86_64.whl" for cp in ("cp311", "cp312", "cp313")]
WINDOWS_NEW = ["torch-2.15.0+xpu-cp312-cp312-win_amd64.whl"]
# Never offered: pre-releases (a nightly, a release candidate).
NOISE = ["torch-2.16.0.dev20261201+xpu-cp312-cp312-manylinux_2_28_x86_64.whl",
         "torch-2.16.0rc1+xpu-cp312-cp312-win_amd64.whl"]


def test_next_is_one_past_the_catalog():
    assert newer.newest_known(CATALOG, "linux") == (2, 14) and newer.newest_known(CATALOG, "windows") == (2, 14)


@pytest.fixture
def server():
    s = MirrorServer().start()
    for where, name in catalog_files():
        if where == "pytorch":
            s.publish_bytes(name, b"stand-in", where)
    for name in LINUX_NEW + WINDOWS_NEW + NOISE:
        s.publish_bytes(name, b"newer torch", "pytorch")
    try:
        yield s
    finally:
        s.stop()


def _plan(run_cli, *args):
    result = run_cli("plan", "--json", "--gpu", "0x56a0", "--python", "3.12", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_newer_release_on_the_index_is_offered_as_not_yet_verified(server, run_cli):
    plain = _plan(run_cli, "--os", "linux")
    data = _plan(run_cli, "--os", "linux", "--newer-index", server.pytorch_index())
    # The pick is the catalog's; the contract's fields are all there, the new ones added.
    assert data["choice"] == plain["choice"]
    assert {"choice", "alternatives", "rejected", "warnings", "inputs"} <= data.keys()
    assert plain["unverified"] == [] and data["inputs"]["newer_index"] == server.pytorch_index()
    [entry] = data["unverified"]
    assert (entry["version"], entry["series"], entry["os"], entry["status"]) == (
        "2.15.0+xpu", NEXT, "linux", "not yet verified")
    assert entry["pythons"] == ["3.11", "3.12", "3.13"]  # from the file names, Linux ones only
    assert server.pytorch_index() in entry["pythons_source"]
    # No torch-xpu-ops default recorded for 2.15 in the built-in catalog: the AOT list is unknown.
    assert entry["aot_devices"] is None and entry["aot_certainty"] == "unknown"
    assert {"aot_devices", "aot_measured", "torchvision_pairing", "torchaudio_pairing"} <= set(entry["not_known"])
    assert entry["steps"][0]["requirements"] == ["torch==2.15.*"]
    assert entry["steps"][0]["index_url"] == server.pytorch_index()
    [notice] = [w for w in data["warnings"] if "2.15.0+xpu" in w]
    assert "not yet verified" in notice and "Python 3.11, 3.12, 3.13" in notice
    assert "Not known: its AOT list" in notice and 'pip install "torch==2.15.*"' in notice
    codes = [c["code"] for c in data["warning_codes"] if c]
    assert "plan_newer_release_aot_unknown" in codes  # worded in the reader's language from the code
    # The saved plan reads back with the entry (install --plan, support bundles).
    back = Plan.from_json(data)
    assert back.unverified[0].pythons == ["3.11", "3.12", "3.13"] and back.unverified[0].steps[0].index_url


def test_windows_plans_see_the_windows_files_only(server, run_cli):
    data = _plan(run_cli, "--os", "windows", "--newer-index", server.pytorch_index())
    [entry] = data["unverified"]
    assert (entry["os"], entry["pythons"]) == ("windows", ["3.12"])


def test_a_recorded_torch_xpu_ops_default_is_given_as_the_aot_list(server, run_cli, tmp_path):
    raw = json.loads(store.builtin_path().read_text("utf-8"))
    raw["aot_defaults"] = [{"series": NEXT, "os": "linux", "devices": ["pvc", "bmg", "dg2", "ptl-h"],
                            "certainty": "inferred",
                            "source": "intel/torch-xpu-ops cmake/BuildFlags.cmake @ release/2.15 (test)"}]
    parse_catalog(json.loads(json.dumps(raw)))  # the schema takes it
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(raw), "utf-8")
    data = _plan(run_cli, "--os", "linux", "--catalog", path, "--newer-index", server.pytorch_index())
    [entry] = data["unverified"]
    assert entry["aot_devices"] == ["pvc", "bmg", "dg2", "ptl-h"] and entry["aot_certainty"] == "inferred"
    assert "release/2.15" in entry["aot_source"] and "aot_devices" not in entry["not_known"]
    assert "aot_measured" in entry["not_known"]
    [notice] = [w for w in data["warnings"] if "2.15.0+xpu" in w]
    assert "torch-xpu-ops release/2.15 default pvc,bmg,dg2,ptl-h" in notice and "measured" in notice
    # The Windows plan has no recorded default: unknown there.
    win = _plan(run_cli, "--os", "windows", "--catalog", path, "--newer-index", server.pytorch_index())
    assert win["unverified"][0]["aot_devices"] is None


def test_nothing_newer_means_no_notice(run_cli):
    s = MirrorServer().start()
    try:
        for where, name in catalog_files():
            if where == "pytorch":
                s.publish_bytes(name, b"stand-in", where)
        data = _plan(run_cli, "--os", "linux", "--newer-index", s.pytorch_index())
    finally:
        s.stop()
    assert data["unverified"] == [] and not any("not in the catalog" in w for w in data["warnings"])


def test_an_unreachable_index_costs_one_warning_not_the_plan(run_cli):
    s = MirrorServer().start()
    index = s.pytorch_index()
    s.stop()  # nothing listens there any more
    data = _plan(run_cli, "--os", "linux", "--newer-index", index)
    assert data["choice"] and data["unverified"] == []
    [warning] = [w for w in data["warnings"] if "releases newer than the catalog" in w]
    assert warning.startswith(f"Could not look on {index} for releases newer than the catalog, so the plan uses "
                              "the catalog only: ")
    codes = [c for c in data["warning_codes"] if c and c["code"] == "plan_newer_unreadable"]
    assert codes and codes[0]["params"]["reason"]["code"]  # the reader's own sentence, coded too


def test_an_index_that_fails_answers_one_warning(server, run_cli):
    fault = server.fault("/whl/xpu/torch/", statuses=[500, 500, 500])  # every try fails
    data = _plan(run_cli, "--os", "linux", "--newer-index", server.pytorch_index())
    assert data["choice"] and data["unverified"] == []
    [warning] = [w for w in data["warnings"] if "the plan uses the catalog only" in w]
    assert "500" in warning and server.stats("/whl/xpu/torch/").requests == 3
    # One failed try is retried: the notice comes through.
    fault.statuses[:] = [500]
    again = _plan(run_cli, "--os", "linux", "--newer-index", server.pytorch_index())
    assert [e["series"] for e in again["unverified"]] == [NEXT]


def test_a_hostile_index_page_is_refused_and_costs_one_warning(server, run_cli):
    """A file name on the page that could leave its folder: the page is refused as a whole
    (the same gate as catalog discover), the plan goes on."""
    server.publish_bytes("torch-2.15.1+xpu-cp312-cp312-manylinux_2_28_x86_64.whl", b"x", "pytorch")
    page = server._pages["/whl/xpu/torch/"]
    page.append((server.url + "/whl/evil.whl", "..\\torch-2.15.1+xpu-cp312-cp312-manylinux_2_28_x86_64.whl"))
    data = _plan(run_cli, "--os", "linux", "--newer-index", server.pytorch_index())
    assert data["choice"] and data["unverified"] == []
    assert any("the plan uses the catalog only" in w for w in data["warnings"])


@pytest.mark.parametrize("url", ["http://example.com/whl/xpu", "file:///etc", "https://"])
def test_a_bad_newer_index_is_refused_in_one_sentence(run_cli, url):
    result = run_cli("plan", "--gpu", "0x56a0", "--os", "linux", "--python", "3.12", "--newer-index", url)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "--newer-index" in result.stderr


def test_summary_shows_the_notice(server, run_cli):
    result = run_cli("plan", "--gpu", "0x56a0", "--os", "linux", "--python", "3.12", "--channel", "torch-xpu",
                     "--newer-index", server.pytorch_index())
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "PyTorch 2.15.0+xpu for Linux is on" in text and "not yet verified" in text


@pytest.mark.parametrize("fault", ["silent", "refused", "hostile"])
def test_the_wizards_look_costs_at_most_its_timeout_and_says_nothing_when_it_fails(server, fault):
    """The Build page's background look (newer.look): an index that is down, silent or that
    we refuse gives [] within the timeout, retries included; the caller's cancel raises."""
    import threading
    import time

    from app.errors import Cancelled

    index = server.pytorch_index()
    if fault == "silent":
        server.fault("/whl/xpu/torch/", silent=True)
    elif fault == "refused":
        index = "http://127.0.0.1:9/whl/xpu"
    else:  # a page far past the size limit
        server.fault("/whl/xpu/torch/", forever=True)
    start = time.monotonic()
    assert newer.look(CATALOG, "windows", index, threading.Event(), timeout=1.0) == []
    took = time.monotonic() - start
    print(f"\n[{fault}] look ended after {took:.2f} s (timeout 1 s)")
    # Bounded, not timed: the margin covers a loaded 2-core machine and Wine (2.27 s seen there);
    # without the overall deadline each retry would wait out its own stall.
    assert took < 5.0
    if fault == "silent":
        cancel = threading.Event()
        threading.Timer(0.2, cancel.set).start()
        start = time.monotonic()
        with pytest.raises(Cancelled):
            newer.look(CATALOG, "windows", index, cancel, timeout=30.0)
        assert time.monotonic() - start < 5.0  # the cancel, not the 30 s timeout, ended it


def test_the_wizards_look_finds_the_newer_series_with_a_short_notice(server):
    import threading

    [entry] = newer.look(CATALOG, "windows", server.pytorch_index(), threading.Event(), timeout=5.0)
    assert (entry.series, entry.pythons) == (NEXT, ["3.12"])
    assert newer.short_notice(entry) == (
        "PyTorch 2.15 exists but is not yet verified by this installer: wheels for Python 3.12; AOT list not known.")
    entry.aot_devices = ["bmg", "lnl-m"]
    assert newer.short_notice(entry) == (
        "PyTorch 2.15 exists but is not yet verified by this installer: wheels for Python 3.12; AOT list probably "
        "bmg, lnl-m (the torch-xpu-ops default, not measured).")
    assert newer.short_notice(entry).code == "newer_note_aot_default"
