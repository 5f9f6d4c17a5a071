"""Coded sentences from the core (app/messages.py) in the user's language.

The template of a code is translated in the "Messages" context (its literal is in
app/message_texts, where lupdate finds it), then filled with the same one-pass `fill` as the
English: params are data and stay verbatim; a param that is itself a Message is worded here
too, and a list param is joined with the language's separator (", " in English, "、" in
Chinese). A plain str (not coded: from an older file, or data) is shown as it is.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app import hostos
from app.gui.wizard_wording import wizard_code
from app.wording import render


def separator() -> str:
    """Between the items of a list param, in the current language."""
    return QCoreApplication.translate("Lists", ", ")


def text(sentence: Any, os_name: str | None = None) -> str:
    """`sentence` in the current language: a Message worded from its code (the wizard's wording
    of it where app.gui.wizard_wording has one, for `os_name`: the OS of the computer the
    sentence is about, this one's by default), a LocalizedText in the language its file gave
    (else English), a list param joined with separator(), anything else as str. The rule is
    the command line's too (app/wording.py); only the translator differs."""
    os_name = os_name or hostos.os_name()
    return render(sentence, QCoreApplication.translate, QLocale().name(),
                  lambda message: wizard_code(message, os_name))


def lines(sentences: list[Any], bullet: str = "", os_name: str | None = None) -> str:
    """Several sentences, one a line, each after `bullet`."""
    return "\n".join(bullet + text(s, os_name) for s in sentences)


_NUMBERED = re.compile(r"%([1-9])")


def args(template: str, *values: str) -> str:
    """A tr() text's %1, %2... filled in one pass: a value that holds "%2" (a folder named so, an
    error's text) stays as it is, where chained str.replace would substitute into it."""
    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n - 1] if n <= len(values) else match.group(0)

    return _NUMBERED.sub(value, template)
