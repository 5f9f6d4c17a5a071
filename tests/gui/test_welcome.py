"""The Welcome page: what you need in three lines, troubleshooting opens a help page in the
user's language (shipped in resources/help), the support entry is a small link."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from app.flow import PageId
from tests.gui.test_pages import open_page
from tests.gui.texts_check import CJK


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_welcome_says_what_you_need_and_links_help_in_the_language(make_wizard, qtbot, language):
    wizard = open_page(make_wizard, qtbot, language, PageId.WELCOME)
    page = wizard.welcome
    lines = page.needs.text().splitlines()
    assert len(lines) == 3 and "GB" in lines[0]  # disk, time, driver
    href = re.search(r'href="([^"]+)"', page.help.text()).group(1)
    help_file = Path(QUrl(href).toLocalFile())
    assert help_file.name == f"troubleshooting.{language}.html" and help_file.is_file()
    text = help_file.read_text(encoding="utf-8")
    assert bool(CJK.search(text)) == (language == "zh_CN")
    assert "README" not in href
    assert page.support_button.isFlat() and page.support_button.isVisibleTo(page)


def test_switching_the_language_switches_the_help_page(make_wizard, qtbot):
    wizard = open_page(make_wizard, qtbot, "en", PageId.WELCOME)
    wizard.set_language("zh_CN")
    assert "troubleshooting.zh_CN.html" in wizard.welcome.help.text()


def test_both_help_pages_cover_the_same_problems():
    folder = Path(__file__).resolve().parents[2] / "resources" / "help"
    sections = {p.name: len(re.findall(r"<h2>", p.read_text(encoding="utf-8"))) for p in folder.glob("*.html")}
    assert sections == {"troubleshooting.en.html": 6, "troubleshooting.zh_CN.html": 6}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_support_mode_opens_gpus_json_and_is_titled_as_the_other_computer(make_wizard, qtbot, language):
    snapshot = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows" / "ps7_desktop_b580.utf8.json"
    wizard = open_page(make_wizard, qtbot, language, PageId.WELCOME)
    assert wizard.open_support_file(snapshot)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.HARDWARE)
    # titled as that computer (app.report.support_view); the Hardware page names the file
    assert "Windows" in wizard.windowTitle() and "IPEX AOT Installer" not in wizard.windowTitle()
    assert snapshot.name in wizard.hardware.status.text()
    assert wizard.hardware.cards and wizard.state.support_mode
    if language == "zh_CN":
        assert CJK.search(wizard.windowTitle())
