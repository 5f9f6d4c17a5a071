"""Errors with a message code reach the user in their language, with every value in place."""

from __future__ import annotations

import threading

import pytest

from app.errors import AppError
from app.fetch import guard
from app.gui import error_texts
from app.gui.i18n import Translations


@pytest.fixture
def chinese(qapp):
    tr = Translations()
    tr.switch("zh_CN")
    yield
    tr.switch("en")


def _core_errors() -> list[AppError]:
    url = "https://download.pytorch.org/whl/torch-2.8.0.whl"
    return [guard.stalled("torch-2.8.0.whl", url, 60), guard.too_slow("torch-2.8.0.whl", url, 20, 60),
            guard.too_big("torch-2.8.0.whl", url, 1000), guard.redirect_loop("torch-2.8.0.whl", url)]


def test_every_code_the_core_raises_has_a_template_that_takes_its_params(qapp):
    table = error_texts._templates()
    for err in _core_errors():
        assert err.code in table
        assert set(table[err.code][1]) <= set(err.params)
        assert error_texts.sentence(err) == str(err)  # English: the GUI says what the terminal says


def test_chinese_sentences_carry_every_value(chinese):
    for err in _core_errors():
        text = error_texts.sentence(err)
        assert text != str(err) and "%" not in text
        assert "download.pytorch.org" in text and "torch-2.8.0.whl" in text
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_rolled_back_error_says_so_in_chinese(chinese):
    err = guard.stalled("x.whl", "https://h/x.whl", 60)
    again = err.again(str(err) + "; the environment was left as it was before.", rolled_back=True)
    assert again.code == "download_stalled" and error_texts.sentence(again).endswith("环境已保持安装前的原样。")


def test_an_error_without_a_known_code_shows_its_english_sentence(chinese):
    assert error_texts.sentence(AppError("Plain words.")) == "Plain words."
    assert error_texts.sentence(AppError("Newer core.", code="from_the_future")) == "Newer core."


def test_the_worker_hands_pages_the_translated_sentence(chinese, qapp):
    from app.gui.worker import TaskWorker

    def task(on_event, cancel):
        raise guard.too_big("a.whl", "https://h.example/a.whl", 10)

    worker = TaskWorker(task, threading.Event())
    got = []
    worker.failed.connect(got.append)
    worker.run()
    assert got and "h.example" in got[0] and "不完整" in got[0]
