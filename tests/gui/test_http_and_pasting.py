"""The wizard's explicit opt-in for plain http:// mirrors and its warning (both languages), and
the Finish page's pasted activation line in a real bash."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.events import Warning_
from app.flow import PageId
from tests.gui.test_pages import open_page
from tests.gui.texts_check import CJK, problems


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_plain_http_mirror_needs_the_explicit_setting(make_wizard, qtbot, tmp_path, language):
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    page.venv_path.setText(str(tmp_path / "new env"))
    page.extra_mirrors.setText("download.pytorch.org=http://mirror.example.cn/pytorch")
    assert not page.isComplete() and page.network_error.isVisibleTo(page)
    error = page.network_error.text()
    assert "http://" in error and bool(CJK.search(error)) == (language != "en")
    page.allow_http.setChecked(True)
    assert page.isComplete() and not page.network_error.isVisibleTo(page) and page.http_allowed()
    page.extra_mirrors.setText("download.pytorch.org=file:///srv/pytorch")  # the setting is for http only
    assert not page.isComplete() and "file:///srv/pytorch" in page.network_error.text()
    page.extra_mirrors.setText("download.pytorch.org=http://127.0.0.1:8080/pytorch")
    page.allow_http.setChecked(False)
    assert page.isComplete()  # this machine itself needs no opt-in
    assert problems(page, language) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_install_page_shows_the_plain_http_warning_in_the_language(make_wizard, qtbot, language):
    wizard = open_page(make_wizard, qtbot, language, PageId.WELCOME)
    page = wizard.install
    page._on_runner_event_emitted(Warning_("plain_http", "Downloads from mirror.example.cn use plain http:// as you "
                                           "allowed: anyone on the network can read and change them.",
                                           {"host": "mirror.example.cn"}))
    shown = page.warnings.text()
    assert "mirror.example.cn" in shown and "http://" in shown
    assert bool(CJK.search(shown)) == (language != "en")


def test_the_finish_page_offers_a_bash_line_that_keeps_a_hostile_folder_name(make_wizard, qtbot, tmp_path):
    """What the Copy button puts on the clipboard, pasted into a real bash."""
    import os
    import shutil
    import subprocess

    if shutil.which("bash") is None:
        pytest.skip("pastes the line into bash, a POSIX shell this system does not have")

    from PySide6.QtWidgets import QApplication

    venv = tmp_path / "x$(touch pwned)" / "ipex env"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "activate").write_text('SOURCED="${BASH_SOURCE[0]}"\n', encoding="utf-8")
    wizard = make_wizard("en")
    wizard.state.settings.venv = venv  # what the Environment page leaves in the shared state
    wizard.setStartId(int(PageId.FINISH))
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.finish.activate_rows.copy("bash")
    line = QApplication.clipboard().text()
    r = subprocess.run(["bash", "--noprofile", "--norc", "-c", line + '; printf "%s" "$SOURCED"'], cwd=tmp_path,
                       capture_output=True, text=True, env={"PATH": os.environ["PATH"]}, timeout=60)
    assert r.stdout == str(venv / "bin" / "activate"), r.stderr
    assert not list(tmp_path.rglob("pwned"))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_refusals_of_plan_names_and_urls_are_worded_in_the_language(make_wizard, qtbot, language):
    from app.catalog.plan_check import check_plan
    from app.catalog.plan_model import Choice, FileRef, Plan, Step
    from app.errors import BadInput
    from app.gui.error_texts import sentence

    make_wizard(language)  # installs the translators
    bad = [FileRef(url="https://files.example/t.whl", filename="../../.bashrc")], None, "3.11"
    for files, index, python in (bad, ([], "http://mirror.example.cn/simple", "3.11"), ([], None, "--evil")):
        step = Step(id="s", requirements=["torch==2.8.0"], index_url=index, files=files)
        plan = Plan(choice=Choice(build_id="b", channel="torch-xpu", ipex_version=None, torch_version="2.8.0",
                                  python=python, os="linux", expect="aot", matched_target=None, steps=[step],
                                  reasons=[]))
        with pytest.raises(BadInput) as info:
            check_plan(plan)
        text = sentence(info.value)
        assert "choice." in text and bool(CJK.search(text)) == (language != "en"), text
        if files:
            assert "../../.bashrc" in text and ("separator" in text or "分隔符" in text)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_finish_page_says_why_command_prompt_got_no_line(make_wizard, qtbot, monkeypatch, language):
    from app import flow

    monkeypatch.setattr(flow, "current_os", lambda: "windows")  # the shells of a Windows venv
    wizard = make_wizard(language)
    wizard.state.settings.venv = Path(r"C:\Users\%USERNAME%\ipex venv")  # as the page leaves it
    wizard.setStartId(int(PageId.FINISH))
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.finish
    rows = page.activate_rows
    assert not rows.commands["cmd"].isVisibleTo(page) and rows.commands["powershell"].isVisibleTo(page)
    assert rows.commands["powershell"].text() == r"& 'C:\Users\%USERNAME%\ipex venv\Scripts\Activate.ps1'"
    note = page.activate_missing
    assert note.isVisibleTo(page) and "PowerShell" in note.text()
    assert bool(CJK.search(note.text())) == (language != "en")
    assert problems(page, language) == []
