"""The Environment page refuses a folder whose name the activation scripts would run or misread
(app.envs.venv.unsafe_path_problem; the findings are in tests/core/test_venv_path_chars.py):
the core's one sentence inline, in the user's language, and Next stays disabled."""

from __future__ import annotations

import pytest

from app.envs.venv import UNSAFE_IN_VENV_PATH
from app.flow import PageId
from app.hostos import IS_WINDOWS
from tests.gui.test_pages import open_page
from tests.gui.texts_check import problems

CHAR = "$" if "$" in UNSAFE_IN_VENV_PATH["windows" if IS_WINDOWS else "linux"] else "%"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
def test_the_page_names_the_character_and_keeps_next_disabled(make_wizard, qtbot, tmp_path, language, existing):
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    good = tmp_path / "ipex 环境 (1)"
    page.venv_path.setText(str(good))
    assert page.isComplete() and page.venv_state.styleSheet() == ""
    bad = tmp_path / f"ipex{CHAR}(touch PWNED)env"
    if existing:  # a venv made elsewhere: refused alike, and no dry run is started in it
        bad.mkdir()
        (bad / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    page.venv_path.setText(str(bad))
    shown = page.venv_state.text()
    assert not page.isComplete() and not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert page.venv_state.isVisibleTo(page) and "#b00020" in page.venv_state.styleSheet()
    assert str(bad) in shown and f" {CHAR} " in shown.replace("，", " ")
    assert ("choose a folder whose path has none" in shown) == (language == "en")
    assert ("请选择路径中不含这些字符的文件夹" in shown) == (language == "zh_CN")
    assert not page.dry_run.isVisibleTo(page) and not page.runner.is_running()
    assert problems(page, language) == []
    page.venv_path.setText(str(good))  # a good folder again: the sentence goes, Next comes back
    assert page.isComplete() and str(bad) not in page.venv_state.text()
    assert not list(tmp_path.rglob("PWNED")) and sorted(tmp_path.iterdir()) == ([bad] if existing else [])
