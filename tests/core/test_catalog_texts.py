"""Free text in the catalog that a user reads carries its Chinese text ("<field>_zh_CN"),
checked by the schema; the built-in catalog has one for every such text."""

from __future__ import annotations

import copy
import json

import pytest

from app.catalog import store
from app.catalog.schema import CatalogInvalid, parse_catalog
from app.messages import LocalizedText


def _visible_texts(catalog) -> list[tuple[str, str]]:
    """(where, text) of every free text the planner can put in front of a user."""
    found = [(f"jit_costs[{i}].text", c.text) for i, c in enumerate(catalog.jit_costs)]
    for b in catalog.builds:
        found += [(f"{b.id}.status_note", b.status_note), (f"{b.id}.pythons_note", b.pythons_note),
                  (f"{b.id}.min_driver.note", b.min_driver.get("note") or "")]
        found += [(f"{b.id}.prerequisites", p) for p in b.prerequisites]
        found += [(f"{b.id}.notes", n) for n in b.notes]
        found += [(f"{b.id}.not_supported", t) for r in b.not_supported for t in (r.label, r.note)]
    return [(where, text) for where, text in found if text]


def test_every_visible_catalog_text_has_a_chinese_text():
    texts = _visible_texts(store.load())
    assert len(texts) > 40  # the catalog really has notes; an empty walk must not pass
    missing = [where for where, text in texts
               if not (isinstance(text, LocalizedText) and any("\u4e00" <= ch <= "\u9fff"
                                                               for ch in text.in_language("zh_CN")))]
    assert missing == []


def _raw() -> dict:
    return json.loads(store.builtin_path().read_text(encoding="utf-8"))


def _first_with(data: dict, key: str) -> dict:
    return next(b for b in data["builds"] if b.get(key))


def test_a_chinese_sibling_reaches_the_model():
    data = _raw()
    build = _first_with(data, "status_note")
    build["status_note_zh_CN"] = "中文说明"
    parsed = parse_catalog(data).get(build["id"])
    assert parsed is not None and parsed.status_note == build["status_note"]
    assert parsed.status_note.in_language("zh_CN") == "中文说明"


@pytest.mark.parametrize("key,bad", [
    ("status_note_zh_CN", ["a list"]), ("status_note_zh_CN", "  "),
    ("prerequisites_zh_CN", ["只有一个", "多了一个", "又一个", "再一个"]), ("prerequisites_zh_CN", "不是列表"),
])
def test_a_malformed_chinese_sibling_is_refused_naming_the_field(key, bad):
    data = copy.deepcopy(_raw())
    build = _first_with(data, key[: -len("_zh_CN")])
    build[key] = bad
    with pytest.raises(CatalogInvalid, match=key):
        parse_catalog(data)


def test_a_chinese_sibling_without_its_english_is_refused():
    data = copy.deepcopy(_raw())
    build = _first_with(data, "status_note")
    del build["status_note"]
    build["status_note_zh_CN"] = "只有中文"
    with pytest.raises(CatalogInvalid, match="status_note_zh_CN"):
        parse_catalog(data)
