"""Support mode's third-person wording (app/report/third_person.py, app/message_texts/third_person.py):
each core sentence that addresses the user has a third-person template with its params;
no support sentence addresses the reader, in English or in Chinese; a core sentence that says
"you" and has no such wording is one support mode never shows, named here with where it is shown
instead."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from app.message_texts import TEMPLATES, third_person
from app.messages import msg, placeholders
from app.report.third_person import THIRD_PERSON, about_them

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "ipex_installer_zh_CN.ts"
SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)
CHINESE_SECOND_PERSON = re.compile(r"您|你")
# Core codes that say "you" and that support mode never shows: where they are shown instead.
ELSEWHERE = {
    "smoke_": "the GPU test's advice: the Verify page and the CLI (the record page shows the verdict and evidence)",
    "wizard_smoke_": "the Verify page's wording of that advice",
    "install_": "the wizard's own Install page",
    "cancelled": "the CLI's and the wizard's answer to the reader's own Cancel",
    "jit_keep_": "the Verify page's warm-cache lines, for the reader's own programs",
    "wizard_hint_": "the wizard's wording of hint_* codes; support mode words the core code (THIRD_PERSON)",
}


def chinese() -> dict[str, str]:
    found = {}
    for context in ET.parse(TS).getroot():
        if context.findtext("name") == "Messages":
            for message in context.findall("message"):
                found[message.findtext("source")] = message.findtext("translation") or ""
    return found


def test_each_third_person_code_has_the_core_codes_params():
    for core, support in THIRD_PERSON.items():
        assert core in TEMPLATES and support in third_person.TEMPLATES, (core, support)
        # the same params, or fewer where the wizard has no command line to name (--channel {flag})
        assert placeholders(TEMPLATES[support]) <= placeholders(TEMPLATES[core]), core


def test_no_support_sentence_addresses_the_reader_in_either_language():
    zh = chinese()
    for code, english in third_person.TEMPLATES.items():
        assert not SECOND_PERSON.search(english), code
        assert zh.get(english) and not CHINESE_SECOND_PERSON.search(zh[english]), code


def test_every_core_sentence_that_says_you_is_worded_for_support_or_never_shown_there():
    untreated = sorted(code for code, english in TEMPLATES.items()
                       if SECOND_PERSON.search(english) and code not in THIRD_PERSON
                       and not code.startswith(tuple(ELSEWHERE)))
    assert untreated == []


def test_about_them_rewords_a_reason_inside_a_sentence_and_keeps_data():
    why = msg("why_native")
    picked = msg("reason_over", title="IPEX 2.7.10+xpu", why=why)
    said = about_them(picked)
    assert said.code == "reason_over" and said.params["why"].code == "support_why_native"
    assert "their GPU" in said and "your" not in said and "IPEX 2.7.10+xpu" in said
    aot = about_them(msg("reason_aot_target", target="dg2", reason=msg("reason_only")))
    assert aot.code == "support_reason_aot_target" and aot.params["target"] == "dg2"
    assert aot.startswith("Has native (AOT) code for their GPU through AOT target 'dg2'")
    assert about_them("plain text from an older file") == "plain text from an older file"
    listed = about_them([msg("why_newer"), msg("why_platform")])
    assert [s.code for s in listed] == ["why_newer", "support_why_platform"]
