"""The Build page's button to the maintained PyTorch XPU is shown only when upstream has a build
that fits this GPU, OS and Python (app.flow.maintained_pick); pressed, it shows that pick with
the right badge, whatever version pins were entered. When an archived IPEX build is picked and
nothing upstream fits, one calm sentence says so instead. Real recorded probes, the real
planner, both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import flow
from app.envs.python_info import PythonInfo
from app.gui.widgets.badge import badge_text
from tests.gui.texts_check import CJK, problems

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"


def build_page(make_wizard, qtbot, language: str, snapshot: str, python: str | None = None):
    """The wizard on the Build page for a recorded machine; `python`: the one Python found on it
    (the snapshots record none)."""
    wizard = make_wizard(language, {"windows_snapshot": str(SNAPSHOTS / snapshot)})
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    if python:
        wizard.state.probe.pythons[:] = [PythonInfo(path=r"C:\Python\python.exe", version=python, bits=64,
                                                    source="registry")]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.build.plan is not None and not wizard.state.busy, timeout=30_000)
    return wizard


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("snapshot", ["ps51_desktop_uhd770_a770.utf16.json", "ps51_arl_s_basic_display.utf16.json"])
def test_the_button_leads_to_the_upstream_pick_with_its_badge(make_wizard, qtbot, language, snapshot):
    wizard = build_page(make_wizard, qtbot, language, snapshot)
    page = wizard.build
    assert page.plan.choice.status == "archived" and page.plan.choice.ipex_version
    expected = flow.maintained_pick(wizard.state.probe, wizard.state.gpu_index)
    assert expected is not None
    assert page.maintained_button.isVisibleTo(page) and not page.maintained_note.isVisibleTo(page)
    assert problems(page, language) == []
    # An IPEX pin means nothing upstream: pressing the button must not reach "No build fits".
    page.ipex_pin.setText(page.plan.choice.ipex_version)
    page.replan_button.click()
    qtbot.waitUntil(lambda: page.plan is not None and not wizard.state.busy, timeout=30_000)
    assert page.maintained_button.isVisibleTo(page)
    page.maintained_button.click()
    qtbot.waitUntil(lambda: page.plan is not None and not wizard.state.busy, timeout=30_000)
    assert page.channel.currentData() == "torch-xpu" and page.ipex_pin.text() == ""
    choice = page.plan.choice
    assert choice is not None and choice.build_id == expected.build_id and not choice.ipex_version
    assert choice.expect == expected.expect == "aot"  # both GPUs have native code upstream (Hardware: 'native')
    assert page.badge.text() == badge_text(choice.expect) and page.details.isVisibleTo(page)
    assert not page.maintained_button.isVisibleTo(page) and not page.maintained_note.isVisibleTo(page)
    assert page.isComplete()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_button_when_upstream_lacks_the_python_and_one_calm_sentence(make_wizard, qtbot, language):
    """Only Python 3.8 on the A770 machine: IPEX's archived 2.x Windows builds have wheels for it,
    upstream PyTorch XPU has none."""
    wizard = build_page(make_wizard, qtbot, language, "ps51_desktop_uhd770_a770.utf16.json", python="3.8.10")
    page = wizard.build
    choice = page.plan.choice
    assert choice is not None and choice.status == "archived" and choice.python == "3.8", choice.build_id
    assert flow.maintained_pick(wizard.state.probe, wizard.state.gpu_index) is None
    assert not page.maintained_button.isVisibleTo(page)
    assert page.maintained_note.isVisibleTo(page) and page.archived.isVisibleTo(page)
    note = page.maintained_note.text()
    assert "8a4b00" not in page.maintained_note.styleSheet()  # information, not a warning
    if language == "zh_CN":
        assert CJK.search(note) and "Upstream" not in note
    else:
        assert note == "Upstream PyTorch XPU has no build yet for this GPU, operating system and Python."
    assert problems(page, language) == []
    assert page.isComplete()  # the archived build still installs


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_pick_that_is_not_archived_says_nothing(make_wizard, qtbot, language):
    wizard = build_page(make_wizard, qtbot, language, "ps7_desktop_b580.utf8.json")
    page = wizard.build
    page.channel.setCurrentIndex(page.channel.findData("torch-xpu"))
    qtbot.waitUntil(lambda: page.plan is not None and page.plan.inputs.get("channel") == "torch-xpu"
                    and not wizard.state.busy, timeout=30_000)
    assert page.plan.choice is not None and page.plan.choice.status == "maintained"
    assert not page.maintained_button.isVisibleTo(page) and not page.maintained_note.isVisibleTo(page)
    assert problems(page, language) == []
