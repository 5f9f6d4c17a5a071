"""Every page in both languages: no empty or untranslated text, Qt's own buttons translated,
the language switch, keyboard access, support mode."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget, QWizard

from app.flow import PageId
from tests.gui.texts_check import CJK, problems

DATA = Path(__file__).resolve().parents[1] / "data" / "gui"
PROBE_FILE = DATA / "probe_mtl_arc_nvidia.json"


def open_page(make_wizard, qtbot, language: str, page: PageId):
    wizard = make_wizard(language)
    wizard.setStartId(int(page))
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    current = wizard.currentPage()
    # Pages with work started on entry: wait until it settled (done or failed).
    qtbot.waitUntil(lambda: not current.state.busy, timeout=30_000)
    return wizard


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("page", list(PageId), ids=lambda p: p.name.lower())
def test_every_page_has_no_empty_or_untranslated_text(make_wizard, qtbot, language, page):
    wizard = open_page(make_wizard, qtbot, language, page)
    current = wizard.currentPage()
    assert current.title() and current.subTitle()
    assert problems(current, language) == []
    if language == "zh_CN":
        assert CJK.search(current.title())


def test_qt_buttons_are_translated_in_chinese(make_wizard, qtbot):
    wizard = open_page(make_wizard, qtbot, "zh_CN", PageId.WELCOME)
    for which in (QWizard.NextButton, QWizard.CancelButton):
        assert CJK.search(wizard.button(which).text()), wizard.button(which).text()


def test_language_switch_retranslates_pages_and_buttons(make_wizard, qtbot):
    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    assert wizard.currentPage().title() == "Welcome"
    english_next = wizard.button(QWizard.NextButton).text()
    combo = wizard.welcome.language
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert wizard.currentPage().title() == "欢迎"
    assert wizard.hardware.title() == "硬件"  # pages not shown yet follow too
    assert wizard.button(QWizard.NextButton).text() != english_next
    assert problems(wizard.currentPage(), "zh_CN") == []
    combo.setCurrentIndex(combo.findData("en"))
    assert wizard.currentPage().title() == "Welcome"
    assert wizard.button(QWizard.NextButton).text() == english_next


@pytest.mark.parametrize("page", list(PageId), ids=lambda p: p.name.lower())
def test_interactive_widgets_have_accessible_names(make_wizard, qtbot, page):
    wizard = open_page(make_wizard, qtbot, "en", page)
    unnamed = []
    for widget in wizard.currentPage().findChildren(QWidget):
        if not isinstance(widget, (QComboBox, QLineEdit, QListWidget, QPlainTextEdit)):
            continue
        if widget.isVisibleTo(wizard.currentPage()) and not widget.accessibleName():
            unnamed.append(type(widget).__name__)
    for button in wizard.currentPage().findChildren(QAbstractButton):
        if button.isVisibleTo(wizard.currentPage()) and not (button.accessibleName() or button.text()):
            unnamed.append("button")
    assert unnamed == []


def test_support_mode_from_probe_json_shows_cards_and_recommended_gpu(make_wizard, qtbot):
    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    assert wizard.open_support_file(PROBE_FILE)
    assert wizard.currentId() == PageId.HARDWARE
    page = wizard.hardware
    assert [c.gpu.device_id for c in page.cards] == ["0x7d55", "0x56a0", "0x2484"]
    assert page.cards[1].radio.isChecked()  # the probe's primary
    assert not page.cards[2].radio.isEnabled()  # NVIDIA: shown, not choosable
    assert page.cards[1].driver_fix.isVisibleTo(page)  # "old" driver: the fix is shown
    assert "Support mode" in page.status.text()
    assert not page.rescan_button.isVisibleTo(page)
    page.cards[0].radio.click()
    assert wizard.state.gpu_index == 0
    assert page.isComplete()
    assert wizard.nextId() == PageId.BUILD


def test_support_mode_from_bundle_zip(make_wizard, qtbot, tmp_path):
    bundle = tmp_path / "support bundle.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("probe.json", PROBE_FILE.read_text(encoding="utf-8"))
        zf.writestr("plan.json", json.dumps({"choice": None, "alternatives": []}))
    wizard = open_page(make_wizard, qtbot, "zh_CN", PageId.WELCOME)
    assert wizard.open_support_file(bundle)
    assert wizard.build.user_plan_json == {"choice": None, "alternatives": []}
    assert "支持模式" in wizard.hardware.status.text()
    assert problems(wizard.hardware, "zh_CN") == []


def test_copy_details_puts_the_probe_json_on_the_clipboard(make_wizard, qtbot):
    from PySide6.QtWidgets import QApplication

    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    wizard.open_support_file(PROBE_FILE)
    wizard.hardware.copy_button.click()
    copied = json.loads(QApplication.clipboard().text())
    assert copied["gpus"][1]["device_id"] == "0x56a0"
