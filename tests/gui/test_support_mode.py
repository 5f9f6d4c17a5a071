"""Support mode with the bundles users send, written by the real bundle writer from real states
(tests/support_bundles.py): opened through the Welcome page's link and the file dialog, walked
Hardware, Build and the bundle's record page, in both languages. The record page shows the
user's plan, the install error (its step, one sentence, the English under Details), the GPU
test's verdict and evidence, the doctor's findings and the forecast, and says what an older
bundle lacks; nothing in support mode installs, repairs or writes."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from mirror.fixtures import standard_wheels  # noqa: F401 (fixture)
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QWizard
from support_bundles import A770, support_bundles  # noqa: F401 (fixture)

from app.flow import END, PageId
from app.gui import texts
from tests.gui.test_support_files import _open_through_the_welcome_button
from tests.gui.texts_check import clipped, problems

TITLES = {  # the bundles are written here: on Windows the writer's system facts name the version
    "en": r"Support bundle from a computer running Windows( 1[01])? — read-only",
    "zh_CN": r"来自一台运行 Windows( 1[01])? 的电脑的支持包（只读）",
}


def open_bundle(make_wizard, qtbot, monkeypatch, language, path):
    wizard = make_wizard(language)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert _open_through_the_welcome_button(wizard, qtbot, monkeypatch, path) == []
    assert wizard.currentId() == PageId.HARDWARE and wizard.state.support_mode
    return wizard


def walk_to_record(wizard, qtbot):
    """Hardware -> Build (the planner's replay) -> the bundle's record page."""
    assert not wizard.hardware.rescan_button.isVisible()  # probing would look at this computer
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.state.busy and wizard.build.plan is not None, timeout=30_000)
    assert not wizard.build.maintained_button.isVisible()
    wizard.next()
    assert wizard.currentId() == PageId.SUPPORT
    return wizard.support


def acting_buttons(wizard) -> list[str]:
    """Visible, enabled buttons on the page other than the Details toggle and QWizard's own."""
    page = wizard.currentPage()
    return [b.text() for b in page.findChildren(QAbstractButton)
            if b.isVisibleTo(page) and b.isEnabled() and b is not getattr(page, "details_button", None)]


def assert_clean(wizard, page, qtbot, language) -> None:
    """No empty or untranslated text, and nothing clipped once the layout has settled (a long
    word-wrapped line gets its height on the next layout pass)."""
    assert problems(page, language) == []
    qtbot.waitUntil(lambda: clipped(wizard) == [], timeout=5_000)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_verified_aot_bundle(make_wizard, qtbot, monkeypatch, support_bundles, language):
    before = hashlib.sha256(support_bundles["aot"].read_bytes()).hexdigest()
    wizard = open_bundle(make_wizard, qtbot, monkeypatch, language, support_bundles["aot"])
    assert re.fullmatch(TITLES[language], wizard.windowTitle())
    assert len(wizard.hardware.cards) == 2  # the user's UHD 770 and Arc A770
    page = walk_to_record(wizard, qtbot)
    assert page.plan_box.isVisible() and page.badge.text() == ("AOT" if language == "en" else page.badge.text())
    assert page.badge.expect == "aot"
    words = {"en": "PyTorch 2.8.0+xpu with Intel Extension for PyTorch 2.8.10+xpu, for Python 3.13"}
    if language == "en":
        assert page.build_title.text() == words["en"]
        assert "Native code for that GPU is included" in page.plan_reason.text()
        assert "dg2" in page.plan_reason.text()  # the planner's reason, from the bundle's plan
    assert page.install_status.text() == tr("SupportPage", "The install finished.")
    assert not page.install_error.isVisible() and not page.details_button.isVisible()
    assert page.verdict.text() == texts.verdict_title("aot")
    assert page.verdict_meaning.text() == tr("Messages", "The GPU test on that computer ran code compiled for their "
                                             "GPU in advance: programs there start without a wait.")
    assert "urProgramCreateWithBinary" in page.evidence.text()
    assert page.doctor_status.text().startswith(tr("SupportPage", "The doctor found no problems in {venv}.")[:6])
    assert page.forecast.isVisible() and page.forecast.text()
    assert not page.missing.isVisible()
    assert acting_buttons(wizard) == []
    assert wizard.nextId() == END and wizard.button(QWizard.FinishButton).isVisible()
    assert_clean(wizard, page, qtbot, language)
    wizard.button(QWizard.FinishButton).click()
    assert not set(wizard.visitedIds()) & {PageId.ENVIRONMENT, PageId.INSTALL, PageId.VERIFY, PageId.FINISH}
    assert hashlib.sha256(support_bundles["aot"].read_bytes()).hexdigest() == before


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_failed_install_shows_the_step_the_sentence_and_the_english(
        make_wizard, qtbot, monkeypatch, support_bundles, language):
    wizard = open_bundle(make_wizard, qtbot, monkeypatch, language, support_bundles["failed"])
    page = walk_to_record(wizard, qtbot)
    step = texts.step_name("download")
    assert page.install_status.text() == tr("SupportPage", "The install failed at this step: {step}.").replace(
        "{step}", step)
    shown = page.install_error.text()
    assert "404" in shown
    assert shown.startswith("The server answered 404") == (language == "en")  # Chinese: worded in Chinese
    assert not page.english.isVisible()
    if language == "en":  # the sentence is the English original: no Details to say it twice
        assert not page.details_button.isVisible()
        page.details_button.setChecked(True)
        assert not page.english.isVisible()
    else:
        page.details_button.click()  # the English original, as the CLI and the log have it
        assert page.english.isVisible() and page.english.toPlainText().startswith("The server answered 404")
    assert not page.smoke_box.isVisible() and not page.doctor_box.isVisible()
    missing = page.missing.text().splitlines()
    assert len(missing) == 2 and page.missing.isVisible()
    venv = Path(wizard.state.support.install_failure.venv)
    assert not venv.exists()  # the user's path is only shown
    assert_clean(wizard, page, qtbot, language)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_jit_verdict_and_the_doctors_error(make_wizard, qtbot, monkeypatch, support_bundles, language):
    wizard = open_bundle(make_wizard, qtbot, monkeypatch, language, support_bundles["jit"])
    page = walk_to_record(wizard, qtbot)
    assert page.verdict.text() == texts.verdict_title("jit")
    assert "urProgramCreateWithIL" in page.evidence.text()
    lines = page.findings.text().splitlines()
    assert lines[0].startswith("✖ ") and "ONEAPI_DEVICE_SELECTOR=opencl:cpu" in lines[0]
    assert tr("Messages", "Fix on that computer") in lines[1]
    if language == "zh_CN":
        assert "隐藏" in lines[0] or "GPU" in lines[0]
    assert_clean(wizard, page, qtbot, language)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_gpu_test_that_saw_no_gpu_or_failed_says_what_to_ask_the_user(
        make_wizard, qtbot, monkeypatch, support_bundles, language):
    """The verdict's meaning is about that computer (Windows here: no /dev/dri to check), and
    its advice is what the support person asks the user to do."""
    meanings = {
        "no_device": "PyTorch started on that computer but found no Intel GPU. Ask the user to check the Intel GPU "
                     "driver (the Hardware page shows its state from this file), update it if needed, restart and "
                     "run the test again.",
        "test_failed": "The GPU test on that computer could not finish: the test's log in the bundle's logs folder "
                       "shows where it stopped.",
    }
    for kind, verdict in (("no_device", "no_device"), ("test_failed", "failed")):
        page = walk_to_record(open_bundle(make_wizard, qtbot, monkeypatch, language, support_bundles[kind]), qtbot)
        assert page.verdict.text() == texts.verdict_title(verdict)
        assert page.verdict_meaning.text() == tr("Messages", meanings[kind])
        assert page.verdict.styleSheet()  # the colour of a test that did not pass
        assert_clean(page.wizard(), page, qtbot, language)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_old_bundle_shows_what_it_has_and_what_is_missing(
        make_wizard, qtbot, monkeypatch, support_bundles, language):
    wizard = open_bundle(make_wizard, qtbot, monkeypatch, language, support_bundles["old"])
    page = walk_to_record(wizard, qtbot)
    assert len(page.missing.text().splitlines()) == 4
    assert not page.plan_box.isVisible() and not page.install_box.isVisible() and not page.smoke_box.isVisible()
    assert page.doctor_box.isVisible()
    # without the user's plan the Build page still shows what this version would choose
    assert wizard.build.plan is not None and wizard.build.plan.choice is not None
    assert_clean(wizard, page, qtbot, language)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_probe_file_ends_after_build_and_is_titled_as_that_computer(make_wizard, qtbot, monkeypatch, language):
    wizard = open_bundle(make_wizard, qtbot, monkeypatch, language, A770)
    title = {"en": "GPU list (gpus.json) from a computer running Windows — read-only",
             "zh_CN": "来自一台运行 Windows 的电脑的 GPU 列表（gpus.json，只读）"}
    assert wizard.windowTitle() == title[language]
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.state.busy and wizard.build.plan is not None, timeout=30_000)
    assert wizard.nextId() == END  # no record page for a probe file, and never the Environment page


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_language_switch_retitles_support_mode(make_wizard, qtbot, monkeypatch, support_bundles, language):
    wizard = open_bundle(make_wizard, qtbot, monkeypatch, language, support_bundles["aot"])
    other = "zh_CN" if language == "en" else "en"
    wizard.set_language(other)
    assert re.fullmatch(TITLES[other], wizard.windowTitle())


HOSTILE_REFUSED = ("oversize_member", "plan_not_json", "truncated", "not_a_bundle", "zip_bomb")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_hostile_bundles_give_one_sentence_or_open_without_harm(
        make_wizard, qtbot, monkeypatch, support_bundles, tmp_path, language):
    """Too big, not JSON, a damaged zip, not a bundle, a zip bomb: the "Cannot open this file"
    box with one sentence in the reader's language. Names leaving the folder and a damaged log
    record: the bundle opens, shows what it has, and nothing is written."""
    from support_bundles import hostile

    from tests.gui.english_check import english_words

    made = hostile(support_bundles["aot"], tmp_path / "hostile")
    for kind in HOSTILE_REFUSED:
        wizard = make_wizard(language)
        wizard.show()
        qtbot.waitExposed(wizard)
        seen = _open_through_the_welcome_button(wizard, qtbot, monkeypatch, made[kind])
        assert len(seen) == 1 and "\n" not in seen[0][1], (kind, seen)
        assert made[kind].name in seen[0][1]
        if language == "zh_CN":
            assert english_words(seen[0][1], [made[kind].name, "plan.json"]) == [], (kind, seen)
        assert wizard.currentId() == PageId.WELCOME and not wizard.state.support_mode
    before = sorted(p.name for p in tmp_path.rglob("*"))
    for kind, missing in (("traversal", 0), ("log_not_json", 1)):
        wizard = open_bundle(make_wizard, qtbot, monkeypatch, language, made[kind])
        page = walk_to_record(wizard, qtbot)
        assert len(page.missing.text().splitlines()) == missing and page.plan_box.isVisible()
        assert page.smoke_box.isVisible() == (kind == "traversal")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_stopped_install_and_an_error_this_version_cannot_word(
        make_wizard, qtbot, monkeypatch, support_bundles, tmp_path, language):
    import json

    from support_bundles import rewrite

    def with_record(name, record):
        return rewrite(support_bundles["failed"], tmp_path / name, drop=lambda n: n.startswith("logs/install"),
                       add={"logs/install-20991231-000000-000000.json": json.dumps(record)})

    stopped = with_record("stopped.zip", {"ok": False, "cancelled": True, "failed_step": "download"})
    page = walk_to_record(open_bundle(make_wizard, qtbot, monkeypatch, language, stopped), qtbot)
    assert page.install_status.text() == tr(
        "SupportPage", "The last install was stopped by the user; nothing was changed.")
    assert not page.install_error.isVisible()
    newer = with_record("newer.zip", {"ok": False, "failed_step": "install:torch", "error": {
        "text": "A sentence from a newer version.", "coded": {"code": "no_such_code_yet", "params": {}}}})
    page = walk_to_record(open_bundle(make_wizard, qtbot, monkeypatch, language, newer), qtbot)
    assert page.install_status.text() == tr("SupportPage", "The install failed at this step: {step}.").replace(
        "{step}", texts.step_name("install:torch"))
    assert page.install_error.text() == tr("Messages", "The install failed with an error this version has no "
                                           "translation for; the English original is under Details.")
    assert page.details_button.isVisible()  # the English says more than the sentence, in both languages
    page.details_button.click()
    assert page.english.toPlainText() == "A sentence from a newer version."
    assert_clean(page.wizard(), page, qtbot, language)
