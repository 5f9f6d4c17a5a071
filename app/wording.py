"""A coded sentence (app/messages.py) worded in a language: the one rule the wizard and the
command line share.

The template of the code is translated (the wizard through Qt, app/gui/translated.py; the
command line from the .ts file, app/translations.py), then filled with the same one-pass
`fill` as the English: params are data and stay verbatim (a value holding "{x}" or "%2" is
never substituted into); a param that is itself a Message is worded in the same language; a
list param is joined with the language's separator. A plain str (data, or not coded) stays.

The command line speaks one language per run: `use()` sets it (app/cli.py), `say()` words in it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from app import translations
from app.errors import AppError
from app.language import SOURCE_LANGUAGE
from app.message_texts import TEMPLATES
from app.messages import CONTEXT, LocalizedText, Message, fill

Translate = Callable[[str, str], str]  # (context, English source) -> the text in the language


def render(sentence: Any, translate: Translate, language: str,
           code_for: Callable[[Message], str] | None = None) -> str:
    """`sentence` worded with `translate`: a Message from its code's template (or the code
    `code_for` picks for it), a LocalizedText in `language` when its file gave one, a list
    joined with the language's separator, anything else as str."""
    def again(value: Any) -> str:
        return render(value, translate, language, code_for)

    if isinstance(sentence, (list, tuple)):
        return translate("Lists", ", ").join(again(s) for s in sentence)
    if isinstance(sentence, LocalizedText):
        return sentence.in_language(language)
    if not isinstance(sentence, Message):
        return str(sentence)
    code = code_for(sentence) if code_for else sentence.code
    return fill(translate(CONTEXT, TEMPLATES[code]), sentence.params, again)


_language = SOURCE_LANGUAGE


def use(language: str) -> None:
    """The language every later say() words in (the command line chooses it once per run)."""
    global _language
    _language = language


def current() -> str:
    return _language


def say(sentence: Any, language: str | None = None) -> str:
    """`sentence` in the command line's language (or in `language`), read without Qt."""
    language = language or _language
    return render(sentence, lambda context, source: translations.translate(context, source, language),
                  language)


def word(prefix: str, value: Any) -> str:
    """A value of a JSON contract (dgpu, validated, documented) in the user's words, where the
    code `prefix + value` gives some; else the value as it is."""
    code = f"{prefix}{value}"
    return say(Message(code, {})) if code in TEMPLATES else str(value)


def say_error(error: AppError) -> str:
    """An error's sentence in the command line's language: its coded form worded, or its
    English as it is (then also what the logs have)."""
    if _language == SOURCE_LANGUAGE:
        return str(error)
    return say(error.message())


def columns(text: str) -> int:
    """The terminal columns `text` takes: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """`text` padded with spaces to `width` terminal columns (str.ljust counts characters)."""
    return text + " " * (width - columns(text))
