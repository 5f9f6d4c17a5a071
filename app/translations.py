"""The installer's translations read without Qt: resources/i18n/ipex_installer_<lang>.ts, the
Qt Linguist file the wizard's .qm is built from, so the command line and the wizard say the
same words. The frozen app carries the .ts beside the .qm (installer/app.spec)."""

from __future__ import annotations

import functools
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

CATALOG = "ipex_installer"
SKIPPED = ("unfinished", "obsolete", "vanished")  # what lrelease leaves out of the .qm


def i18n_dir() -> Path:
    """resources/i18n in a source checkout, or beside the frozen app's data."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "resources" / "i18n"


def ts_file(language: str) -> Path:
    return i18n_dir() / f"{CATALOG}_{language}.ts"


@functools.cache
def table(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> finished translation, for `language`; empty when the
    language has no file (English is the source: nothing to look up)."""
    path = ts_file(language)
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in SKIPPED or not translation.text:
                continue
            found[(name, message.findtext("source", ""))] = translation.text
    return found


def translate(context: str, source: str, language: str) -> str:
    """`source` in `language`, or the English source itself when there is no translation."""
    return table(language).get((context, source), source)
