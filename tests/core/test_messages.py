"""The message mechanism (app/messages.py) and its Chinese texts: every code has an English
template and a finished Chinese translation in resources/i18n with the same placeholders, and
filling never substitutes into a value."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.message_texts import TEMPLATES
from app.messages import CONTEXT, Message, fill, from_json, msg, placeholders

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "ipex_installer_zh_CN.ts"


def chinese_texts() -> dict[str, ET.Element]:
    """source -> <message> element of the Messages context."""
    root = ET.parse(TS).getroot()
    found: dict[str, ET.Element] = {}
    for context in root.findall("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.findall("message"):
                found[message.findtext("source") or ""] = message
    return found


def test_every_code_has_a_finished_chinese_text_with_the_same_placeholders():
    texts = chinese_texts()
    problems = []
    for code, template in TEMPLATES.items():
        message = texts.get(template)
        if message is None:
            problems.append(f"{code}: no entry in the .ts (run installer/build_translations.py --update)")
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not (translation.text or "").strip():
            problems.append(f"{code}: the Chinese text is not finished")
        elif placeholders(translation.text or "") != placeholders(template):
            problems.append(f"{code}: placeholders {sorted(placeholders(translation.text or ''))} "
                            f"!= {sorted(placeholders(template))}")
        elif not any("\u4e00" <= ch <= "\u9fff" for ch in translation.text or ""):
            problems.append(f"{code}: the Chinese text has no Chinese in it")
    assert problems == [], "\n".join(problems)
    assert len(TEMPLATES) >= 79  # the error codes alone; a shrinking table would pass vacuously


def test_no_message_entry_in_the_ts_lacks_its_template():
    """A template that changed leaves its old entry behind: lupdate -no-obsolete removes it."""
    stale = set(chinese_texts()) - set(TEMPLATES.values())
    assert stale == set()


def test_fill_substitutes_each_placeholder_once_from_the_template_only():
    template = "Copy {file} to {folder}."
    params = {"file": "a{folder}%1.whl", "folder": "C:\\{file}\\%2"}
    assert fill(template, params) == "Copy a{folder}%1.whl to C:\\{file}\\%2."
    assert fill("{missing} stays", {}) == "{missing} stays"  # visible, never a crash


def test_a_message_is_its_english_sentence_and_keeps_code_and_params():
    m = msg("disk_full", folder="/data/{folder}/%1")
    assert m == ("The disk that holds /data/{folder}/%1 is full; free some space there or choose another "
                 "folder, then retry.")
    assert (m.code, m.params) == ("disk_full", {"folder": "/data/{folder}/%1"})
    for again in (copy.deepcopy(m), copy.copy(m)):
        assert isinstance(again, Message) and again == m and again.code == m.code


def test_nested_messages_round_trip_through_json():
    m = msg("write_failed", reason=msg("reason_disk_full"))
    assert m == "Writing failed (the disk is full); free some space or write somewhere else, then retry."
    back = from_json(m.to_json())
    assert isinstance(back, Message) and back == m and isinstance(back.params["reason"], Message)


@pytest.mark.parametrize("data", [
    None, "disk_full", {"code": "no_such_code"}, {"code": "disk_full", "params": {}},
    {"code": "disk_full", "params": {"folder": [["a"]]}}, {"code": "disk_full", "params": {"folder": ["a"] * 65}},
    {"code": "disk_full", "params": {"folder": ["x" * 5000]}}, {"code": "disk_full", "params": {"folder": [{}]}},
    {"code": "disk_full", "params": {"folder": "x" * 5000}},
    {"code": "disk_full", "params": {"folder": {"code": "disk_full", "params": {"folder": {}}}}},
])
def test_a_coded_message_from_a_file_is_refused_unless_it_is_whole(data):
    assert from_json(data) is None


def test_a_list_param_is_joined_by_the_renderer_and_round_trips():
    """A list stays a list in the Message (the GUI joins it with "、" in Chinese); English joins
    it with ", ", never with words like "and"; items may be coded sentences themselves."""
    m = msg("selftest_unknown_check", names=["gpu", "xpu"], checks=("probe", "plan"))
    assert m == "Unknown self-test check gpu, xpu; the checks are probe, plan."
    assert m.params["names"] == ("gpu", "xpu") and m.to_json()["params"]["names"] == ["gpu", "xpu"]
    back = from_json(m.to_json())
    assert back == m and back.params == m.params
    nested = msg("doctor_oneapi_active", variables=[msg("reason_disk_full"), "PATH"])
    again = from_json(nested.to_json())
    assert again == nested and isinstance(again.params["variables"][0], Message)


def test_every_module_of_message_texts_contributes_its_templates():
    """message_texts/__init__ imports each module once and takes every TEMPLATES table it
    imported: a module file it does not import would be silently left out."""
    import app.message_texts as package

    folder = Path(package.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "mark"}
    for name in modules:
        module = getattr(package, name, None)
        assert module is not None, f"app/message_texts/{name}.py is not imported by its __init__"
        assert set(module.TEMPLATES) <= set(TEMPLATES) and module.TEMPLATES, name


def test_a_message_refuses_missing_params_and_objects_as_params():
    with pytest.raises(KeyError):
        msg("disk_full")
    with pytest.raises(TypeError):
        msg("disk_full", folder=Path("/x"))
    with pytest.raises(TypeError):
        msg("disk_full", folder=[Path("/x")])


def test_templates_use_named_placeholders_only():
    for code, template in TEMPLATES.items():
        assert "%1" not in template and "{}" not in template, code
        assert template.strip() == template and template, code


def test_read_back_takes_a_coded_sentence_and_a_localized_text_but_not_a_mismatch():
    from app.messages import LocalizedText, read_back

    m = msg("disk_full", folder="D:\\x")
    assert isinstance(read_back(str(m), {"text": str(m), **m.to_json()}), Message)  # text beside the code
    note = LocalizedText("A note.", {"zh_CN": "说明。"})
    back = read_back("A note.", note.to_json())
    assert isinstance(back, LocalizedText) and back.in_language("zh_CN") == "说明。"
    # a coded form that says something else than the English beside it is not believed
    assert not isinstance(read_back("Something else.", m.to_json()), Message)


def test_a_coded_finding_round_trips_through_its_json():
    from app.report.findings import WARNING, Finding

    finding = Finding("disk.full", WARNING, msg("disk_full", folder="D:\\envs"),
                      fix=msg("write_failed", reason=msg("reason_disk_full")))
    data = finding.to_json()
    assert data["message"] == str(finding.message) and data["message_code"]["code"] == "disk_full"
    back = Finding.from_json(data)
    assert isinstance(back.message, Message) and isinstance(back.fix, Message) and back.fix == finding.fix
    plain = Finding("x", WARNING, "Plain English.").to_json()
    assert plain["message_code"] is None and Finding.from_json(plain).message == "Plain English."
