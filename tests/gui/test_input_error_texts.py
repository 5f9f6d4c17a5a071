"""Every refusal of a file from outside (app/untrusted.py) has a GUI template: the same
sentence in English as on the terminal, and a Chinese one with every value in place."""

from __future__ import annotations

import re

import pytest

from app import untrusted
from app.gui import error_texts
from app.gui.i18n import Translations


def _refusals():
    for code, message in untrusted.MESSAGES.items():
        names = re.findall(r"\{(\w+)\}", message)
        params = {("expected" if n == "kind" else n): f"<{n}>" for n in names}
        if "expected" in params:
            for kind in untrusted.EXPECTED.values():
                yield untrusted.refused(code, **{**params, "expected": kind})
        else:
            yield untrusted.refused(code, **params)


@pytest.fixture
def chinese(qapp):
    tr = Translations()
    tr.switch("zh_CN")
    yield
    tr.switch("en")


def test_every_refusal_reads_the_same_in_the_gui_in_english(qapp):
    from app.messages import Message

    for err in _refusals():
        assert isinstance(err.message(), Message), err.code
        assert error_texts.sentence(err) == str(err)


def test_every_refusal_is_chinese_with_its_values(chinese):
    for err in _refusals():
        text = error_texts.sentence(err)
        assert text != str(err) and "%" not in text, text
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
        for name, value in err.params.items():
            if name not in ("expected", "kind", "column"):
                assert value in text, (name, text)
