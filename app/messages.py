"""Every sentence a user sees: a message code with named params, worded in the user's language.

The core never builds a user-facing sentence from English fragments. It makes a `Message`:

    from app.messages import msg
    warning = msg("plan_archived", note=build.status_note)

A Message *is* its English sentence (a str subclass: the CLI prints it, JSON documents, the
support bundle and the logs carry it unchanged), and it also carries `code` and `params`.
The GUI words the same code in the user's language (app/gui/translated.py):
QCoreApplication.translate("Messages", <English template>) then the same one-pass `fill`.
JSON documents keep their English text fields and add the coded form next to them
(`to_json`: {"code": ..., "params": {...}}), which `from_json` reads back (bounded, untrusted).

Templates: one English template per code, in app/message_texts/<area>.py, each wrapped in
QT_TRANSLATE_NOOP("Messages", ...) so pyside6-lupdate finds the literal (the core does not
import Qt; the marker is a plain function). Placeholders are `{name}`; params are data (GPU
names, versions, paths, commands) and stay verbatim. A param may be a list of such values (the
Pythons a build has, the variables set): the renderer joins it with the language's separator
(", " in English, "、" in Chinese from the .ts), so no sentence pre-joins a list with English
words. `fill` substitutes each placeholder once,
from the template only, in one pass: a value that contains `{x}`, `%1` or `%2` is never
substituted into. A param may itself be a Message (a reason inside a sentence); it is worded
in the same language as the sentence around it. Free text from a data file (a catalog's
notes) is a `LocalizedText` param: the English with the file's own translations.

Adding a code (example):
1. app/message_texts/plan.py:
       "plan_needs_vc": QT_TRANSLATE_NOOP("Messages", "Needs the Visual C++ runtime {version}."),
2. the core: `warnings.append(msg("plan_needs_vc", version="14.40"))`
3. `python installer/build_translations.py --update` adds the source to
   resources/i18n/ipex_installer_zh_CN.ts; write its <translation> with the same
   placeholders and the glossary's terms (resources/i18n/glossary_zh_CN.tsv), and drop
   type="unfinished". tests/core/test_messages.py fails until every code has a finished
   Chinese text with the same placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from app.message_texts import TEMPLATES

CONTEXT = "Messages"  # the Qt Linguist context of every template
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
MAX_PARAMS = 32  # a coded message read back from a file: bounded
MAX_DEPTH = 4
MAX_VALUE_CHARS = 4096
MAX_LIST = 64  # items of a list param read back from a file
SEPARATOR = ", "  # between the items of a list param, in English (the GUI translates it)

Scalar = str | int | float | bool | None
PLAIN = (str, int, float, bool, type(None))  # a Message and a LocalizedText are str


def english(value: Any) -> str:
    """A param as the English sentence shows it: a list joined with ", ", anything else as str."""
    if isinstance(value, (list, tuple)):
        return SEPARATOR.join(english(v) for v in value)
    return str(value)


def fill(template: str, params: Mapping[str, Any], word: Callable[[Any], str] = english) -> str:
    """`template` with each {name} replaced by word(params[name]), in one pass over the template
    only (a value is never scanned for placeholders). A name without a value stays visible."""
    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        return word(params[name]) if name in params else m.group(0)

    return PLACEHOLDER.sub(one, template)


def placeholders(template: str) -> set[str]:
    return set(PLACEHOLDER.findall(template))


class Message(str):
    """An English sentence that also carries its message code and params."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, params: Mapping[str, Any] | None = None) -> Message:
        template = TEMPLATES.get(code)
        if template is None:
            raise KeyError(f"no message template for code {code!r}")
        values = dict(params or {})
        for name, value in values.items():
            if isinstance(value, (list, tuple)) and all(isinstance(v, PLAIN) for v in value):
                values[name] = tuple(value)  # a list param: joined by the renderer
            elif not isinstance(value, PLAIN):  # Message is a str
                raise TypeError(f"message {code}: param {name} must be plain data, not {type(value).__name__}")
        missing = placeholders(template) - values.keys()
        if missing:
            raise KeyError(f"message {code}: no value for {sorted(missing)}")
        self = super().__new__(cls, fill(template, values))
        self.code = code
        self.params = values
        return self

    def __reduce__(self) -> tuple[type[Message], tuple[str, dict[str, Any]]]:
        # copy, deepcopy and pickle rebuild it from code and params, not from the text
        return (Message, (self.code, self.params))

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": {k: _value_json(v) for k, v in self.params.items()}}


def _value_json(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_value_json(v) for v in value]
    return value.to_json() if isinstance(value, (Message, LocalizedText)) else value


class LocalizedText(str):
    """Free text from a data file (a catalog note) with its translations: the English text,
    plus language -> text (the catalog's "<field>_zh_CN" siblings, app/catalog/schema.py).
    As a param it stays data, shown in the user's language when the file gave one."""

    translations: dict[str, str]

    def __new__(cls, english: str, translations: Mapping[str, str] | None = None) -> LocalizedText:
        self = super().__new__(cls, english)
        self.translations = {k: v for k, v in (translations or {}).items() if isinstance(v, str) and v}
        return self

    def __reduce__(self) -> tuple[type[LocalizedText], tuple[str, dict[str, str]]]:
        return (LocalizedText, (str(self), self.translations))

    def in_language(self, language: str) -> str:
        return self.translations.get(language, str(self))

    def to_json(self) -> dict[str, Any]:
        return {"text": str(self), "translations": dict(self.translations)}


def msg(code: str, **params: Any) -> Message:
    """The message `code` with `params` (plain values or Messages)."""
    return Message(code, params)


def plain_param(value: Any) -> Any:
    """A value made fit to be a param: plain data stays (a Message and a LocalizedText are str),
    a list stays a list of such values (the renderer joins it), anything else becomes its text."""
    if isinstance(value, (list, tuple)):
        return [plain_param(v) for v in value]
    return value if isinstance(value, PLAIN) else str(value)


def items_or_none(items: Any) -> tuple[Any, ...] | Message:
    """A list param, or the coded word "none" when it is empty (an empty list would leave a gap)."""
    items = tuple(items)
    return items if items else msg("list_none")


def coded(text: str | None) -> dict[str, Any] | None:
    """The coded form of a sentence for a JSON document: to_json() of a Message (or of a
    LocalizedText), None for plain text (from an older file, or not yet coded)."""
    return text.to_json() if isinstance(text, (Message, LocalizedText)) else None


def coded_list(texts: list[str]) -> list[dict[str, Any] | None]:
    return [coded(t) for t in texts]


def from_json(data: Any, english: str | None = None, depth: int = 0) -> Message | None:
    """A Message from its coded form read from a file (untrusted): None for anything that is not
    a known code with plain, bounded params that fill its template."""
    if depth > MAX_DEPTH or not isinstance(data, dict) or not isinstance(data.get("code"), str):
        return None
    params = data.get("params", {})
    if not isinstance(params, dict) or len(params) > MAX_PARAMS:
        return None
    values: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, list) and len(value) <= MAX_LIST:
            items = [_param_from_json(v, depth) for v in value]
            if any(v is _REFUSED for v in items):
                return None
            values[str(name)] = tuple(items)
            continue
        value = _param_from_json(value, depth)
        if value is _REFUSED:
            return None
        values[str(name)] = value
    try:
        return Message(data["code"], values)
    except (KeyError, TypeError):
        return None


_REFUSED = object()


def _param_from_json(value: Any, depth: int) -> Any:
    """One param value read back: plain and bounded, or a coded sentence; _REFUSED otherwise."""
    if isinstance(value, dict) and "translations" in value and "code" not in value:
        found: Any = _localized(value)
    elif isinstance(value, dict):
        found = from_json(value, depth=depth + 1)
    elif isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
        found = None
    elif isinstance(value, PLAIN):
        return value
    else:
        found = None
    return _REFUSED if found is None else found


def read_back_list(texts: list[str], codes: Any) -> list[str]:
    """Sentences read from a file with their coded forms (a list beside them), where whole."""
    if not isinstance(codes, list) or len(codes) != len(texts):
        return texts
    return [read_back(text, code) for text, code in zip(texts, codes, strict=True)]


def _localized(data: dict[str, Any]) -> LocalizedText | None:
    text, translations = data.get("text"), data.get("translations", {})
    if not isinstance(text, str) or len(text) > MAX_VALUE_CHARS or not isinstance(translations, dict):
        return None
    if len(translations) > MAX_PARAMS or not all(isinstance(k, str) and isinstance(v, str)
                                                  and len(v) <= MAX_VALUE_CHARS for k, v in translations.items()):
        return None
    return LocalizedText(text, translations)


def read_back(english: Any, data: Any) -> str:
    """A sentence read from a file: its Message (or LocalizedText) when the coded form is valid
    and says the same in English, else the English as it is."""
    localized = isinstance(data, dict) and "translations" in data and "code" not in data
    found = _localized(data) if localized else from_json(data)
    return found if found is not None and found == english else str(english)
