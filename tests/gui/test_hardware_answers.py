"""The Hardware page on recorded machines, both languages: one plain answer per card, the
engineer's facts only under Details, and no dead ends (a GPU without the Intel driver, a
machine without a usable Intel GPU): Next stays off and the page says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.flow import PageId
from tests.gui.texts_check import CJK, problems

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"


def hardware_page(make_wizard, qtbot, language: str, snapshot: str, keep=None):
    from app.probe.probe import probe_machine

    wizard = make_wizard(language)
    probe = probe_machine(windows_snapshot=str(SNAPSHOTS / snapshot))
    if keep is not None:
        probe.gpus = [g for g in probe.gpus if keep(g)]
        probe.primary = None
    wizard.hardware.show_probe(probe)  # the page probes only when it has no probe yet
    wizard.setStartId(int(PageId.HARDWARE))
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    assert not wizard.hardware.runner.is_running()
    return wizard


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_working_arc_card_gives_its_answer_and_hides_the_ids(make_wizard, qtbot, language):
    wizard = hardware_page(make_wizard, qtbot, language, "ps51_desktop_uhd770_a770.utf16.json")
    page = wizard.hardware
    arc = next(c for c in page.cards if c.gpu.device_id == "0x56a0")
    assert arc.radio.isChecked() and arc.answer_code == "native"
    assert arc.answer.isVisibleTo(page) and arc.driver_line.isVisibleTo(page)
    assert not arc.details.isVisibleTo(page)  # PCI ids, IP version and AOT names wait under Details
    arc.details_button.click()
    assert arc.details.isVisibleTo(page)
    shown = " ".join(w.text() for w in arc.details.findChildren(type(arc.answer)))
    assert "0x8086:0x56a0" in shown and "dg2" in shown.lower()
    assert not page.blocker.isVisibleTo(page) and page.isComplete()
    assert problems(page, language) == []
    if language == "zh_CN":
        assert CJK.search(arc.answer.text())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_intel_driver_stops_before_install_and_names_the_windows_fix(make_wizard, qtbot, language):
    wizard = hardware_page(make_wizard, qtbot, language, "ps51_arl_s_basic_display.utf16.json")
    page = wizard.hardware
    card = page.cards[wizard.state.gpu_index]
    assert card.gpu.driver.status == "unbound"
    assert card.driver_fix.isVisibleTo(page) and "intel.com" in card.driver_fix.text()
    assert "Intel Arc & Iris Xe Graphics" in card.driver_fix.text()  # the driver's own name, in both languages
    assert page.blocker.isVisibleTo(page) and not page.isComplete()  # Install cannot be reached
    assert not page.cpu_command.isVisibleTo(page)
    assert problems(page, language) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_without_a_usable_intel_gpu_the_page_says_why_and_offers_the_cpu_build(make_wizard, qtbot, language):
    wizard = hardware_page(make_wizard, qtbot, language, "ps51_laptop_mtlh_nvidia.utf8bom.json",
                           keep=lambda g: not g.is_intel)
    page = wizard.hardware
    assert page.cards and all(not c.radio.isEnabled() for c in page.cards)
    assert page.blocker.isVisibleTo(page) and page.cpu_command.isVisibleTo(page)
    assert "download.pytorch.org/whl/cpu" in page.cpu_command.text()
    assert not page.isComplete()
    assert problems(page, language) == []
