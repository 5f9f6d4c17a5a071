"""Every state of the screenshot table (tests/gui/wizard_states.py), in both languages: the
wizard reaches it, shows the page the state names, has no empty or untranslated text, and in
Chinese mode no English sentence (tests/gui/english_check.py). Qt warnings fail each test
(qt_log_level_fail in pyproject). installer/screenshots.py renders the same table, so the
pictures and these tests cover the same states."""

from __future__ import annotations

import pytest

from app.flow import PageId, Run
from tests.gui.english_check import english_sentences
from tests.gui.test_chinese_everywhere import _data as page_data
from tests.gui.texts_check import problems, visible_texts
from tests.gui.wizard_states import STATES, VERDICTS, by_name, shown_data


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("name", [s.name for s in STATES])
def test_each_state_is_reached_and_reads_in_the_users_language(driver, qtbot, language, name):
    state = by_name(name)
    wizard = state.reach(driver(language))
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == state.page, (name, wizard.currentId())
    page = wizard.currentPage()
    assert problems(page, language) == []
    skip = (wizard.install.log, wizard.welcome.language)  # raw tool output; each language names itself
    assert len(visible_texts(wizard, skip=skip)) >= 5
    if language == "zh_CN":
        found = english_sentences(wizard, page_data(wizard) + shown_data(wizard), skip=skip)
        assert found == [], f"{name}:\n" + "\n".join(found)


def test_the_table_covers_every_verdict_failure_kind_and_machine(driver):
    """The states the issue names are all in the table, each reaching what it says."""
    names = {s.name for s in STATES}
    assert {f"6-verify-{v}" for v in VERDICTS} <= names
    for machine in ("a770", "mtl", "no-driver", "no-gpu", "unsupported"):
        assert any(n.startswith("2-hardware-") and n.endswith(machine) for n in names), machine
    assert {"3-build-aot", "3-build-jit-confirm", "3-build-nothing-fits", "5-install-stopped"} <= names


@pytest.mark.parametrize("name, kind, fixes", [
    ("5-install-download-404", "network", {"retry", "use_cn", "set_proxy"}),
    ("5-install-download-unreachable", "network", {"retry", "use_cn", "set_proxy"}),
    ("5-install-uv-network", "network", {"retry", "use_cn", "set_proxy"}),
    ("5-install-hash-mismatch", "network", {"retry", "use_cn", "set_proxy"}),
    ("5-install-disk-full", "disk", {"choose_folder", "retry"}),
    ("5-install-venv-busy", "busy", {"retry"}),
    ("5-install-resolve-failed", "other", {"retry"}),
])
def test_install_failures_show_their_fix_buttons(driver, name, kind, fixes):
    wizard = by_name(name).reach(driver("en"))
    page = wizard.install
    assert wizard.state.install_failure == kind
    assert {c for c, b in page.fix_buttons.items() if b.isVisibleTo(page)} == fixes
    assert page.error_label.isVisibleTo(page) and page.error_label.text()
    assert page.log_toggle.isVisibleTo(page)


def test_states_reach_what_they_name(driver):
    d = driver("en")
    wizard = by_name("5-install-stopped").reach(d)
    assert wizard.state.install is Run.STOPPED
    wizard = by_name("2-hardware-no-driver").reach(d)
    assert not wizard.hardware.isComplete() and wizard.hardware.blocker.isVisible()
    wizard = by_name("3-build-jit-confirm").reach(d)
    assert wizard.build.badge.text() == "JIT" and wizard.build.jit_ack.isVisible() and not wizard.build.isComplete()
    assert "another build" in wizard.build.status.text()  # not "the recommended build is selected"
    wizard = by_name("3-build-nothing-fits").reach(d)
    assert wizard.build.plan.choice is None and not wizard.build.isComplete()
    reasons = wizard.build.rejected.toPlainText()
    assert reasons.startswith("No build in the catalog fits") and "older than the minimum" not in reasons
    wizard = by_name("7-finish-not-working").reach(d)
    assert wizard.currentId() == PageId.FINISH and wizard.state.verdict == "no_device"


@pytest.mark.parametrize("name, first, words", [
    ("5-install-disk-full", "choose_folder", "free some space"),
    ("5-install-path-too-long", "choose_folder", "shorter path"),
    ("5-install-folder-unwritable", "choose_folder", "may write to"),
    ("5-install-download-404", "retry", "China servers"),
])
def test_a_failure_says_what_fixes_it_and_its_best_fix_comes_first(driver, name, first, words):
    wizard = by_name(name).reach(driver("en"))
    page = wizard.install
    assert words in page.status.text()
    shown = sorted((b for b in page.fix_buttons.values() if b.isVisibleTo(page)), key=lambda b: b.x())
    assert shown[0] is page.fix_buttons[first]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("name, fixes", [("2-hardware-no-driver", 1), ("2-hardware-unsupported", 0),
                                         ("2-hardware-a770", 0), ("2-hardware-flex-old-driver", 1)])
def test_the_driver_fix_is_said_once_and_only_where_it_helps(driver, language, name, fixes):
    """On the card of the GPU it concerns, not again under the page's warnings; a GPU no build
    supports gets none (the A770 desktop's UHD 770 has an old driver too)."""
    wizard = by_name(name).reach(driver(language))
    texts = [seen.text for seen in visible_texts(wizard.hardware)]
    assert sum("intel.com" in t for t in texts) == fixes, texts


def test_qt_warnings_fail_these_tests(request, tmp_path):
    """pytest-qt turns any Qt warning during a GUI test into a failure (qt_log_level_fail in
    pyproject; conftest ignores only the offscreen platform's size-hint notice): shown on a
    test that warns, run by pytest with this project's setting."""
    import os
    import subprocess
    import sys

    level = request.config.getini("qt_log_level_fail")
    assert level == "WARNING"
    (tmp_path / "pytest.ini").write_text(f"[pytest]\nqt_log_level_fail = {level}\n", encoding="utf-8")
    (tmp_path / "test_warns.py").write_text(
        "def test_warns(qtbot):\n    from PySide6.QtCore import qWarning\n    qWarning('a stray warning')\n",
        encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_warns.py"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stdout[-2000:] + run.stderr[-2000:]
    assert "Qt messages with level WARNING or above emitted" in run.stdout
