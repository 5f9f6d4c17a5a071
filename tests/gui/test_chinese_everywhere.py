"""No English sentence is visible in Chinese mode: the wizard walked page by page for recorded
machines (Arc A770 desktop, Meteor Lake laptop, Arrow Lake on Microsoft's basic display
driver, no GPU), the failure states the core reports, every verdict and support mode; every
visible text is read (tests/gui/english_check.py). A test that injects an untranslated
sentence proves the check is not vacuous."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.gui.english_check import english_sentences, english_words, visible_texts

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"
MACHINES = {
    "a770_desktop": SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json",
    "mtl_laptop": SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json",
    "arl_basic_display": SNAPSHOTS / "ps51_arl_s_basic_display.utf16.json",
    "no_gpu": None,  # written per test: only Windows' virtual adapters, which the probe skips
}
SEEN: dict[str, int] = {}  # texts read per state, to prove the walk read something


def _no_gpu_snapshot(tmp_path: Path) -> Path:
    path = tmp_path / "no_gpu.json"
    path.write_text(json.dumps([{"Name": "Microsoft Basic Render Driver", "PNPDeviceID": "ROOT\\BasicRender",
                                 "DriverVersion": "10.0.22621.1", "Status": "OK"}]), encoding="utf-8")
    return path


def _data(wizard) -> list[str]:
    """Values shown as they are: GPU and driver names, build titles and ids, the venv path.
    A GPU's family is the reference table's description (English, shown as data on its card)."""
    from app.catalog import store

    values = [str(wizard.environment.venv())]
    probe = wizard.hardware.probe
    for gpu in probe.gpus if probe else []:
        values += [gpu.name, gpu.family, gpu.driver.name or "", gpu.driver.version or ""]
    for build in store.load().builds:
        values += [build.title, build.id]
    return values


def _check(wizard, state: str) -> None:
    page = wizard.currentPage()
    skip = (wizard.install.log, wizard.welcome.language)  # raw tool output; each language names itself
    texts = visible_texts(wizard, skip=skip)
    assert len(texts) >= 5, f"{state}: only {len(texts)} texts were read"
    SEEN[state] = len(texts)
    problems = english_sentences(wizard, _data(wizard), skip=skip)
    if os.environ.get("ENGLISH_CHECK_REPORT"):  # list everything at once while fixing
        print(f"== {state}", *problems, sep="\n")
        return
    assert problems == [], f"{state} ({type(page).__name__}):\n" + "\n".join(problems)


def _walk(make_wizard, qtbot, snapshot: Path, name: str) -> object:
    wizard = make_wizard("zh_CN", {"windows_snapshot": str(snapshot)})
    wizard.show()
    qtbot.waitExposed(wizard)
    _check(wizard, f"{name}/welcome")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    _check(wizard, f"{name}/hardware")
    if wizard.currentPage().isComplete():
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.state.busy, timeout=30_000)
        _check(wizard, f"{name}/build")
        wizard.build.rejected_button.setChecked(True)  # the builds not chosen, and why
        _check(wizard, f"{name}/build-rejected")
        if wizard.currentPage().isComplete():
            wizard.next()
            qtbot.waitUntil(lambda: not wizard.state.busy, timeout=30_000)
            _check(wizard, f"{name}/environment")
    return wizard


@pytest.mark.parametrize("machine", list(MACHINES))
def test_each_page_of_a_recorded_machine_is_chinese(make_wizard, qtbot, tmp_path, machine):
    snapshot = MACHINES[machine] or _no_gpu_snapshot(tmp_path)
    _walk(make_wizard, qtbot, snapshot, machine)


def test_the_check_finds_an_injected_english_sentence(make_wizard, qtbot):
    """Not vacuous: an English sentence anywhere (a plain label, a data label, inside Chinese
    text, a tooltip) fails it, while data in the same places passes."""
    from PySide6.QtWidgets import QLabel

    from app.gui.widgets.labels import data_label

    wizard = _walk(make_wizard, qtbot, MACHINES["a770_desktop"], "inject")
    page = wizard.currentPage()
    assert english_sentences(wizard, _data(wizard)) == []
    cases = [
        (QLabel("The download failed."), "plain label"),
        (data_label("⚠ The build could not be chosen"), "data label"),
        (QLabel("下载失败：connection reset by peer。"), "inside Chinese"),
    ]
    for label, what in cases:
        page.layout().addWidget(label)
        label.show()
        assert english_sentences(wizard, _data(wizard)), what
        label.hide()
    page.setToolTip("Click here")
    assert english_sentences(wizard, _data(wizard)), "tooltip"
    page.setToolTip("")
    for data in ("C:\\Users\\张三\\ipex env", "torch==2.8.0+xpu", "https://download.pytorch.org/whl/xpu",
                 "Intel(R) Arc(TM) A770 Graphics", "--python 3.11", "“ipex-2.8.10-windows”"):
        # (a path with spaces is data because the test names it, as _data names the venv)
        named = ["Intel(R) Arc(TM) A770 Graphics", "C:\\Users\\张三\\ipex env"]
        assert english_words(f"已安装 {data}。", named) == [], data


def test_an_untranslated_code_shows_as_english_and_fails(make_wizard, qtbot, monkeypatch):
    """A code whose Chinese text is missing reaches the page in English, and the check says so."""
    from app.gui import translated

    monkeypatch.setattr(translated, "CONTEXT", "NoSuchContext")  # as if the .ts had no entry
    wizard = make_wizard("zh_CN", {"windows_snapshot": str(MACHINES["arl_basic_display"])})
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    assert any("basic display driver" in p for p in english_sentences(wizard, _data(wizard)))


def test_the_walk_read_every_state():
    """Run last: every state above was reached and read."""
    if not SEEN:
        pytest.skip("run with the tests above")
    assert {"a770_desktop/build", "mtl_laptop/build", "arl_basic_display/hardware", "no_gpu/hardware"} <= set(SEEN)
