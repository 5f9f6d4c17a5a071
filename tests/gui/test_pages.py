"""Every page in both languages: no empty or untranslated text, Qt's own buttons translated,
the language switch, keyboard access, support mode."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from app.flow import PageId
from tests.gui.texts_check import CJK, clipped, problems

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"


@pytest.fixture
def probe_json(tmp_path) -> Path:
    """`probe --json` of a recorded laptop (Core Ultra MTL-H + NVIDIA), made by the real probe."""
    from app.probe.probe import probe_machine

    probe = probe_machine(windows_snapshot=SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json")
    path = tmp_path / "probe.json"
    path.write_text(json.dumps(probe.to_json()), encoding="utf-8")
    return path


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
    assert clipped(wizard) == []
    if language == "zh_CN":
        assert CJK.search(current.title())


def test_qt_buttons_are_translated_in_chinese(make_wizard, qtbot):
    wizard = open_page(make_wizard, qtbot, "zh_CN", PageId.WELCOME)
    for which in (QWizard.NextButton, QWizard.CancelButton):
        assert CJK.search(wizard.button(which).text()), wizard.button(which).text()


# QWizard's buttons in the one style the wizard uses everywhere (ModernStyle), as the user
# reads them: the same on Linux and Windows (whose own AeroStyle drops the " >").
BUTTON_TEXTS = {
    "en": {QWizard.BackButton: "< &Back", QWizard.NextButton: "&Next >", QWizard.CommitButton: "Commit",
           QWizard.FinishButton: "&Finish", QWizard.CancelButton: "Cancel"},
    "zh_CN": {QWizard.BackButton: "< 上一步(&B)", QWizard.NextButton: "下一步(&N) >",
              QWizard.CommitButton: "提交", QWizard.FinishButton: "完成(&F)", QWizard.CancelButton: "取消"},
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_one_wizard_style_and_the_same_button_texts_on_every_system(make_wizard, qtbot, language):
    wizard = open_page(make_wizard, qtbot, language, PageId.WELCOME)
    assert wizard.wizardStyle() == QWizard.ModernStyle
    assert {which: wizard.buttonText(which) for which in BUTTON_TEXTS[language]} == BUTTON_TEXTS[language]
    assert wizard.button(QWizard.NextButton).isVisible() and wizard.button(QWizard.CancelButton).isVisible()


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


def test_hardware_page_probes_a_recorded_machine_off_the_gui_thread(make_wizard, qtbot):
    """The real probe on a recorded Windows snapshot (UHD 770 + Arc A770), run by the worker."""
    wizard = make_wizard("en", {"windows_snapshot": str(SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json")})
    wizard.show()
    wizard.next()
    page = wizard.hardware
    qtbot.waitUntil(lambda: page.probe is not None and not wizard.state.busy, timeout=30_000)
    assert [c.gpu.device_id for c in page.cards] == ["0x4680", "0x56a0"]
    assert page.cards[1].radio.isChecked()  # the probe recommends the discrete Arc
    # The UHD 770 is not supported: its card says so and gives no driver advice (updating its old
    # driver would change nothing here), and the probe's warning about that driver is not shown
    # either (a driver the card would name is named there, once).
    assert page.cards[0].answer_code == "unsupported" and not page.cards[0].driver_fix.isVisibleTo(page)
    assert not page.cards[1].driver_fix.isVisibleTo(page)  # the Arc's driver is fine
    assert any(w.code == "win_driver_below_minimum" for w in page.probe.warnings)
    assert "older than the minimum" not in page.warnings.text() and not page.warnings.isVisibleTo(page)
    assert page.isComplete()
    assert wizard.nextId() == PageId.BUILD


def test_support_mode_from_probe_json(make_wizard, qtbot, probe_json):
    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    assert wizard.open_support_file(probe_json)
    assert wizard.currentId() == PageId.HARDWARE
    page = wizard.hardware
    assert [c.gpu.device_id for c in page.cards] == ["0x7d55", "0x28e0"]
    assert page.cards[0].radio.isChecked()
    assert not page.cards[1].radio.isEnabled()  # NVIDIA: shown, not choosable
    assert "Support mode" in page.status.text()
    assert not page.rescan_button.isVisibleTo(page)
    assert page.isComplete()
    assert wizard.nextId() == PageId.BUILD


def test_support_mode_from_bundle_zip(make_wizard, qtbot, tmp_path, probe_json):
    bundle = tmp_path / "support bundle.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("probe.json", probe_json.read_text(encoding="utf-8"))
        zf.writestr(
            "plan.json", json.dumps({"choice": None, "alternatives": [], "rejected": [], "warnings": ["none fits"]})
        )
    wizard = open_page(make_wizard, qtbot, "zh_CN", PageId.WELCOME)
    assert wizard.open_support_file(bundle)
    assert wizard.build.user_plan_json["warnings"] == ["none fits"]
    assert "支持模式" in wizard.hardware.status.text()
    assert problems(wizard.hardware, "zh_CN") == []


def test_a_wrong_support_file_is_refused_with_a_message(make_wizard, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    assert not wizard.open_support_file(bad)
    assert shown and "notes.json" in shown[0]
    assert wizard.currentId() == PageId.WELCOME and not wizard.state.support_mode


def test_copy_details_puts_the_probe_json_on_the_clipboard(make_wizard, qtbot, probe_json):
    from PySide6.QtWidgets import QApplication

    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    wizard.open_support_file(probe_json)
    wizard.hardware.copy_button.click()
    copied = json.loads(QApplication.clipboard().text())
    assert copied["gpus"][0]["device_id"] == "0x7d55"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_build_page_shows_the_planners_pick_and_gates_a_jit_choice(make_wizard, qtbot, language):
    """Real probe (Arrow Lake-S desktop, recorded) and the real planner: the pick has AOT, some
    alternatives are JIT-only; choosing one needs the acknowledgement before Next."""
    wizard = make_wizard(language, {"windows_snapshot": str(SNAPSHOTS / "ps51_arl_s_basic_display.utf16.json")})
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    wizard.next()
    page = wizard.build
    qtbot.waitUntil(lambda: page.plan is not None and not wizard.state.busy, timeout=30_000)
    assert page.builds.currentRow() == 0 and page.selected_choice is page.plan.choice
    assert page.badge.expect == page.plan.choice.expect
    assert page.reasons.text()  # the planner's reasons, shown as data
    assert page.isComplete()
    jit_rows = [i for i, c in enumerate(page._options()) if c.expect == "jit"]
    assert jit_rows, "the recorded ARL-S machine should have JIT-only alternatives"
    page.builds.setCurrentRow(jit_rows[0])
    assert page.badge.text() == "JIT"  # the same word in both languages
    assert page.jit_ack.isVisibleTo(page) and not page.isComplete()
    page.jit_ack.setChecked(True)
    assert page.isComplete()
    assert problems(page, language) == []
    page.builds.setCurrentRow(0)  # back to the AOT pick: the box is gone, Next is open
    assert not page.jit_ack.isVisibleTo(page) and page.isComplete()


@pytest.mark.parametrize("page", list(PageId), ids=lambda p: p.name.lower())
def test_keyboard_mnemonics_point_at_their_fields(make_wizard, qtbot, page):
    """Every label with an Alt+letter shortcut has a buddy, so the shortcut moves focus."""
    from PySide6.QtWidgets import QLabel

    wizard = open_page(make_wizard, qtbot, "en", page)
    for label in wizard.currentPage().findChildren(QLabel):
        if "&" in label.text().replace("&&", "") and "<a " not in label.text():
            assert label.buddy() is not None, label.text()


def test_tab_order_reaches_the_language_choice_the_support_button_and_next(make_wizard, qtbot):
    """Walk Qt's focus chain (what Tab follows) from the language box."""
    from PySide6.QtCore import Qt

    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    page = wizard.welcome
    order, widget = [], page.language
    for _ in range(2000):  # on Windows the chain runs through every page first (200+ widgets)
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.language:
            break
    assert order.index(page.language) < order.index(page.support_button)
    assert wizard.button(QWizard.NextButton) in order


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_environment_checks_proxy_and_mirrors_before_next(make_wizard, qtbot, tmp_path, language):
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    page.venv_path.setText(str(tmp_path / "new env"))
    assert page.isComplete()
    page.proxy.setText("127.0.0.1:7890")  # as proxy programs show it: taken as http://
    assert page.isComplete() and wizard.state.settings.proxy == "http://127.0.0.1:7890"
    page.proxy.setText("127.0.0.1")  # no port: refused with one sentence that shows the form
    assert not page.isComplete() and page.network_error.isVisibleTo(page)
    assert "127.0.0.1:7890" in page.network_error.text()
    page.proxy.setText("ftp://proxy.corp:8080")
    assert not page.isComplete() and "socks5://" in page.network_error.text()
    page.proxy.setText("http://proxy.corp:8080")
    page.extra_mirrors.setText("github.com")  # not HOST=URL: the engine's parser says why
    assert not page.isComplete() and "HOST=URL" in page.network_error.text()
    page.extra_mirrors.setText("github.com=https://gh.example.cn/https://github.com")
    assert page.isComplete() and not page.network_error.isVisibleTo(page)
    assert page.extra_mirror_entries() == ["github.com=https://gh.example.cn/https://github.com"]
    assert problems(page, language) == []


def test_environment_refuses_a_folder_that_is_not_a_venv(make_wizard, qtbot, tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"x")
    wizard = open_page(make_wizard, qtbot, "en", PageId.ENVIRONMENT)
    wizard.environment.venv_path.setText(str(tmp_path / "photos"))
    assert not wizard.environment.isComplete()
    assert "not a Python environment" in wizard.environment.venv_state.text()


def test_a_machine_without_display_adapters_gets_a_sentence_not_an_empty_frame(make_wizard, qtbot, probe_json):
    from app.probe.model import Probe

    wizard = make_wizard("en", {"windows_snapshot": str(SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json")})
    wizard.show()
    wizard.next()
    page = wizard.hardware
    qtbot.waitUntil(lambda: page.probe is not None and not wizard.state.busy, timeout=60_000)
    data = json.loads(probe_json.read_text(encoding="utf-8"))
    page.show_probe(Probe.from_json({**data, "gpus": [], "primary": None}))
    assert page.status.text().startswith("No display adapter was found")
    assert not page.scroll_area.isVisibleTo(page) and not page.isComplete()
    page.show_probe(Probe.from_json(data))  # the recorded laptop: its cards are shown again
    assert page.scroll_area.isVisibleTo(page) and len(page.cards) == len(data["gpus"])
