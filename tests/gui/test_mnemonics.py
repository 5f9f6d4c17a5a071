"""Keyboard mnemonics (Alt+letter) are unique on every page, in both languages: the page's own
buttons, check boxes, group boxes and labels with a buddy, plus the wizard buttons it shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWizard

from app.flow import PageId
from tests.gui.test_pages import open_page

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(wizard) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic the current page can show, and of the wizard's shown buttons."""
    page = wizard.currentPage()
    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.title() for w in page.findChildren(QGroupBox)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    for which in (QWizard.BackButton, QWizard.NextButton, QWizard.CommitButton, QWizard.FinishButton,
                  QWizard.CancelButton):
        button = wizard.button(which)
        # Back shows on every page after the first when walked to (these tests open a page directly)
        if button.isVisible() or (which == QWizard.BackButton and page.PAGE_ID != PageId.WELCOME):
            texts.append(button.text())
    return [(m, t) for t in texts if (m := mnemonic(t))]


def clashes(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in pairs:
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def test_the_check_finds_a_clash():
    assert clashes([("s", "&Stop"), ("s", "&Save"), ("r", "&Retry")]) == {"s": ["&Stop", "&Save"]}
    assert mnemonic("Tom && Jerry") is None and mnemonic("重新测试(&A)") == "a"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("page", list(PageId), ids=lambda p: p.name.lower())
def test_mnemonics_are_unique_on_every_page(make_wizard, qtbot, language, page):
    wizard = open_page(make_wizard, qtbot, language, page)
    pairs = mnemonics(wizard)
    assert pairs, "no mnemonics found: the check would pass on anything"
    assert clashes(pairs) == {}
