"""The Build page looks, in the background, for a torch series newer than the catalog on the
PyTorch XPU index (the loopback mirror: the real file names of the catalog's pins plus a
newer series) and says so in one calm line below the card: never the recommendation, never
in a warning colour. An index that is down or silent costs at most one short timeout and
shows nothing."""

from __future__ import annotations

import time

import pytest

from app.gui.pages.build_page import BuildPage
from tests.gui.english_check import english_sentences
from tests.mirror.catalog_files import catalog_files
from tests.mirror.server import MirrorServer

NEWER = ["torch-2.15.0+xpu-cp312-cp312-win_amd64.whl", "torch-2.15.0+xpu-cp313-cp313-win_amd64.whl",
         "torch-2.15.0+xpu-cp313-cp313-manylinux_2_28_x86_64.whl",  # another OS: not counted
         "torch-2.16.0rc1+xpu-cp312-cp312-win_amd64.whl"]  # a release candidate: never offered
NOTE = {
    "en": "PyTorch 2.15 exists but is not yet verified by this installer: wheels for Python 3.12, 3.13; "
          "AOT list not known.",
    "zh_CN": "PyTorch 2.15 已发布，但本安装程序尚未验证：有 Python 3.12、3.13 的 wheel；AOT 列表未知。",
}


@pytest.fixture
def index():
    with MirrorServer() as server:
        for where, name in catalog_files():
            if where == "pytorch":
                server.publish_bytes(name, b"stand-in", where)
        for name in NEWER:
            server.publish_bytes(name, b"newer torch", "pytorch")
        yield server


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_newer_series_gets_one_calm_line(walk_to_build, qtbot, index, language):
    wizard = walk_to_build(language, newer_index=index.pytorch_index())
    page = wizard.build
    qtbot.waitUntil(lambda: page.newer_note.isVisibleTo(page), timeout=15_000)
    assert page.newer_note.text() == NOTE[language]
    assert index.stats("/whl/xpu/torch/").requests == 1
    # Information, not a warning, not the pick: the card and the builds are the catalog's.
    assert page.newer_note.styleSheet() == "" and "⚠" not in page.newer_note.text()
    assert page.newer_note.palette().windowText().color() == page.status.palette().windowText().color()
    assert "2.15" not in page.build_title.text() and page.plan.choice.torch_version.split(".")[:2] != ["2", "15"]
    assert all("2.15" not in page.builds.item(row).text() for row in range(page.builds.count()))
    assert "2.15" not in page.warnings.text()
    # Under the card, in view.
    assert page.layout().indexOf(page.newer_note) == page.layout().indexOf(page.details) + 1
    if language == "zh_CN":
        assert english_sentences(page.newer_note, ["2.15", "3.12, 3.13", "3.12、3.13"]) == []
    # A language switch words it again.
    wizard.set_language("en" if language == "zh_CN" else "zh_CN")
    assert page.newer_note.text() == NOTE["en" if language == "zh_CN" else "zh_CN"]
    # Nothing fits the pins: no card, and no line that would read as one of the reasons.
    page.ipex_pin.setText("1.0")
    page.start_plan()
    qtbot.waitUntil(lambda: page.plan is not None and not wizard.state.busy, timeout=30_000)
    assert page.selected_choice is None and not page.newer_note.isVisibleTo(page)
    assert index.stats("/whl/xpu/torch/").requests == 1  # looked once for this OS, not per plan


@pytest.mark.parametrize("fault", ["refused", "silent"])
def test_an_unreachable_index_costs_one_short_timeout_and_says_nothing(walk_to_build, qtbot, monkeypatch,
                                                                       index, fault):
    newer_index = None  # the GUI tests' default: a loopback port nobody listens on
    if fault == "silent":
        index.fault("/whl/xpu/torch/", silent=True)  # accepts, never answers
        newer_index = index.pytorch_index()
    else:
        assert BuildPage.newer_index.startswith("http://127.0.0.1:9/")
    monkeypatch.setattr(BuildPage, "newer_timeout", 1.5)
    wizard = walk_to_build("en", newer_index=newer_index)
    page = wizard.build
    started = time.monotonic()
    qtbot.waitUntil(lambda: not page.newer_runner.is_running(), timeout=10_000)
    took = time.monotonic() - started
    print(f"\n[{fault}] newer-release look ended {took:.2f} s after the plan showed (its timeout: 1.5 s)")
    assert took < 1.5 + 1.0
    assert page.newer == [] and not page.newer_note.isVisibleTo(page)
    assert page.isComplete() or page.jit_ack.isVisibleTo(page)  # the page works as without the look
    if fault == "silent":
        assert index.stats("/whl/xpu/torch/").requests <= 3
