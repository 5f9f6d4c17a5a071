"""Finds English words in text meant to be Chinese, without Qt (the wizard's check,
tests/gui/english_check.py, and the command line's, tests/core/test_cli_language.py, share it).

Data may stay as it is: the exact values the test names (GPU names, build titles, paths), and
what looks like data by its form (URLs, paths, anything with a digit, flags, identifiers with
dots or underscores, quoted text, `code`). Latin names that stay Latin in Chinese text (IPEX,
PyTorch, Windows, ...) come from the glossary's "latin" rows. Any other Latin word left is
English: a sentence, or a word of one.
"""

from __future__ import annotations

import re
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "glossary_zh_CN.tsv"


def latin_names() -> set[str]:
    names = set()
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == "latin" and len(parts) > 1:
            names.add(parts[1])
    return names


KEEP = {n for n in latin_names() if " " not in n}
PHRASES = [n for n in latin_names() if " " in n]  # "Intel Extension for PyTorch"
# Read before the named values are taken out (a value may be part of a URL or a path).
_FIRST_FORMS = [
    # a whole line that is a command to paste (python -m pip ..., call "...\activate.bat")
    re.compile(r"^\s*(?:python[\d.]*|pip|uv|call|source|set|cmd|powershell|conda|\$env:\w+|&|\.)\s.*$"),
    re.compile(r"<[^>]+>"),  # markup
    re.compile(r"&[a-z]+;"),  # entities
    re.compile(r"\b[a-z][a-z0-9+.-]*://\S+"),  # URLs
    re.compile(r"[A-Za-z]:\\[^\s，。；：（）“”]*"),  # Windows paths
    re.compile(r"(?<![\w.])[~.]?/[^\s，。；：（）“”]+"),  # POSIX paths
]
_DATA_FORMS = [
    re.compile(r"“[^”]*”|‘[^’]*’|'[^']*'|\"[^\"]*\"|`[^`]*`"),  # quoted values and code
    re.compile(r"\brev 0x[0-9a-fA-F]+"),  # a PCI revision as lspci writes it
    re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*"),  # command-line flags
    re.compile(r"[\w.+-]*\d[\w.+:/=*-]*"),  # versions, ids, sizes, anything with a digit
    re.compile(r"\b\w+(?:[._=+]\w+)+\b"),  # identifiers: torch.xpu, name==version, x_y
    re.compile(r"\(&[A-Za-z]\)|&(?=[A-Za-z])"),  # mnemonics: 下一步(&N)
]
_WORD = re.compile(r"[A-Za-z]+(?:[’'-][A-Za-z]+)*")


def english_words(text: str, data: list[str]) -> list[str]:
    """The Latin words in `text` that are neither data nor a name kept in Latin."""
    values = sorted([*(d for d in data if d), *PHRASES], key=len, reverse=True)
    rest = text
    for value in values:  # named paths first: one with a space is not found by its form;
        if "\\" in value or "/" in value:  # a path below it (value\\cache\\x) goes with it
            rest = re.sub(re.escape(value) + r"[^\s，。；：（）“”]*", " ", rest)
    for form in _FIRST_FORMS:
        rest = form.sub(" ", rest)
    for value in values:
        rest = rest.replace(value, " ")
    for form in _DATA_FORMS:
        rest = form.sub(" ", rest)
    return [w for w in _WORD.findall(rest) if not _kept(w)]


def _kept(word: str) -> bool:
    """A name kept in Latin: a glossary name, an acronym (UHD, AA), an AOT device name
    (mtl-h), or names joined by hyphens (ipex-llm, Lake-H, Xe-LPG)."""
    from app.catalog import aot_names

    if word in KEEP or (word.isupper() and len(word) <= 5) or aot_names.is_known(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(_kept(p) for p in parts)
