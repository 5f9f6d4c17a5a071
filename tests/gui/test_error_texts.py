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
    """One error of every code, made by the functions the core raises them with."""
    from app import fs_errors
    from app.install.step_errors import explain

    url = "https://download.pytorch.org/whl/torch-2.8.0.whl"
    folder = "/home/张三/download.pytorch.org/torch-2.8.0.whl"  # every value must reach the sentence
    outputs = {  # tool output as uv and pip print it (see tests/integration/test_step_errors.py)
        "uv": ["error: Failed to download `torch-2.8.0.whl==1`\n  cause: Hash mismatch for `torch-2.8.0.whl==1`",
               "error: Failed to fetch: https://download.pytorch.org/whl/torch-2.8.0.whl\n"
               "  cause: HTTP status client error (404 Not Found) for url (x)",
               "  cause: Because there is no version of torch-2.8.0.whl==1 and you require torch-2.8.0.whl==1, we",
               "error: No solution found when resolving dependencies\n  cause: Because you require "
               "torch-2.8.0.whl==1 and you require b==2, we can conclude",
               "error: Failed to download `torch-2.8.0.whl==1`\n  cause: error sending request for url",
               "error: something new download.pytorch.org torch-2.8.0.whl"],
    }
    try:
        guard.check_redirect(url, "http://download.pytorch.org/torch-2.8.0.whl")
    except AppError as exc:
        refused = exc
    return [refused, guard.stalled("torch-2.8.0.whl", url, 60), guard.too_slow("torch-2.8.0.whl", url, 20, 60),
            guard.too_big("torch-2.8.0.whl", url, 1000), guard.redirect_loop("torch-2.8.0.whl", url),
            *(fs_errors.error(k, folder, removed) for k in ("full", "too_long", "unwritable") for removed in (0, 1)),
            *(explain("uv", "download.pytorch.org", 1, out, folder) for out in outputs["uv"])]


def test_every_code_the_core_raises_has_a_template_that_takes_its_params(qapp):
    from app.messages import Message

    codes = {err.code for err in _core_errors()}
    assert {"disk_full", "path_too_long", "folder_unwritable", "step_hash_mismatch", "step_file_missing",
            "step_no_version", "step_conflict", "step_network", "step_failed"} <= codes
    for err in _core_errors():
        assert isinstance(err.message(), Message), err.code
        assert error_texts.sentence(err) == str(err)  # English: the GUI says what the terminal says


def test_chinese_sentences_carry_every_value(chinese):
    for err in _core_errors():
        text = error_texts.sentence(err)
        assert text != str(err) and "%" not in text
        assert "download.pytorch.org" in text and "torch-2.8.0.whl" in text
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_warnings_with_a_code_are_translated(chinese):
    text = error_texts.warning("log_unwritable", {"folder": "/var/log/x", "reason": "disk_full"}, "english")
    assert text == "无法在 /var/log/x 中写入安装日志（磁盘已满）；安装将在没有日志的情况下继续。"
    assert error_texts.warning("new_code", {}, "english") == "english"
    venv = "C:\\Users\\张三\\ipex env"
    text = error_texts.warning("pip_no_ensurepip", {"venv": venv}, "english")
    assert text.startswith(f"无法向 {venv} 添加 pip：") and "ensurepip" in text and "%" not in text


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


def test_a_disk_error_the_core_did_not_catch_is_the_users_sentence_not_a_bug(chinese, qapp):
    import errno

    from app.gui.worker import TaskWorker

    def task(on_event, cancel):
        raise OSError(errno.ENOSPC, "No space left on device", "/data/张三/venvs/x.part")

    worker = TaskWorker(task, threading.Event())
    got = []
    worker.failed.connect(got.append)
    worker.run()
    assert got == ["/data/张三/venvs 所在的磁盘已满；请在该磁盘上腾出空间或另选文件夹，然后重试。"]


def test_a_list_param_is_joined_with_the_languages_separator(chinese):
    """The renderer joins a list param ("、" in Chinese): the core never pre-joins it in English,
    and a coded item (a variable that contains a path) is worded in Chinese too."""
    from app.gui import translated
    from app.messages import msg

    found = msg("doctor_oneapi_active", variables=["ONEAPI_ROOT", msg("doctor_variable_contains", variable="PATH",
                                                                     path="/opt/intel/oneapi/bin")])
    shown = translated.text(found)
    assert "ONEAPI_ROOT、PATH 包含 /opt/intel/oneapi/bin" in shown and "contains" not in shown
    assert "ONEAPI_ROOT, PATH contains /opt/intel/oneapi/bin" in found  # English: ", "
    checks = translated.text(msg("selftest_unknown_check", names=["gpu", "xpu"], checks=["probe", "plan"]))
    assert "gpu、xpu" in checks and "probe、plan" in checks and ", " not in checks
    assert "（显示适配器：无）" in translated.text(msg("doctor_gpu_none", adapters=msg("list_none")))
