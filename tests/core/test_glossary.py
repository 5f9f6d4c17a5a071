"""The Chinese texts use the glossary's one term per concept (resources/i18n/glossary_zh_CN.tsv)
and Chinese punctuation: no doubled stops or colons, no ASCII colon, full stop, comma or
semicolon right after Chinese text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TS = I18N / "ipex_installer_zh_CN.ts"
GLOSSARY = I18N / "glossary_zh_CN.tsv"


def glossary(kind: str) -> list[tuple[re.Pattern[str], str]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == kind and len(parts) >= 3:
            rows.append((re.compile(parts[1], re.IGNORECASE), parts[2]))
    return rows


def messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished entry."""
    out = []
    for context in ET.parse(TS).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            # a plural form's numerus entries, or the plain text
            text = "".join(translation.itertext())
            out.append((name, message.findtext("source") or "", text))
    return out


def test_the_glossary_has_one_term_for_each_concept():
    terms = glossary("term")
    names = {pattern.pattern for pattern, _ in terms}
    for concept in ("JIT", "AOT", "versions?", "venv|virtual environment", "kernel driver", "builds?", "kernels?"):
        assert any(concept in p for p in names), concept
    windows = {chinese for _, chinese in terms}
    assert {"设备管理器", "显示适配器", "命令提示符"} <= windows


def test_translations_use_the_glossary_terms():
    wrong = []
    entries = messages()
    assert len(entries) > 300  # the .ts really was read
    for pattern, chinese in glossary("term"):
        hits = [(c, s, t) for c, s, t in entries if pattern.search(re.sub(r"\{[a-z_]+\}", "{}", s))]
        wrong += [f"{c}: {s!r} -> {t!r} lacks {chinese!r}" for c, s, t in hits if chinese not in t]
    for pattern, chinese in glossary("avoid"):
        wrong += [f"{c}: {s!r} -> {t!r} uses {chinese!r}" for c, s, t in entries
                  if pattern.search(s) and chinese in t]
    assert wrong == [], f"{len(wrong)} entries:\n" + "\n".join(wrong)


CJK = "\u3400-\u9fff"


def test_chinese_punctuation():
    bad = []
    for context, _source, text in messages():
        text = re.sub(r"\w+://\S+", "URL", text)  # a URL's own colons and dots
        for problem, pattern in (
            ("doubled full stop", r"。。|．．"),
            ("doubled colon", r"：：|:："),
            ("full-width and ASCII stop together", r"。\.|\.。"),
            # quoted text is literal (a format such as “主机:端口” keeps its syntax)
            ("ASCII punctuation after Chinese", rf"[{CJK}][:;,](?!//)|[{CJK}]\.(?![\w.])"),
            ("ASCII brackets around Chinese", rf"\([{CJK}][^)]*\)"),
        ):
            if re.search(pattern, re.sub(r"“[^”]*”", "“”", text) if problem.startswith("ASCII") else text):
                bad.append(f"{context}: {problem}: {text!r}")
    assert bad == [], f"{len(bad)} entries:\n" + "\n".join(bad)
