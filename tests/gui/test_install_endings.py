"""Every way an install ends early, in real windows with real parts (the real engine, real uv,
real venvs, the loopback mirror): Stop while uv downloads on its own into an existing
environment, a uv step that fails in a new one; each says in one sentence what it left (nothing
changed, or the previous environment restored), Retry really installs again, and Back leads to
the Environment page whose button reads Install again. Both languages; Qt warnings fail."""

from __future__ import annotations

import sys

import pytest
from install_walk import (
    AGAIN_BUTTON,
    commit_text,
    step_texts,
    stop_and_confirm,
    stopped_at_the_end,
    walk_to_environment,
)
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from mirror.wheels import build_wheel
from PySide6.QtWidgets import QWizard

from app.catalog.plan_model import Step
from app.envs import interpreter
from app.envs import venv as venvs
from app.flow import PageId, Run

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

TEXTS = {
    "en": {"restored": "The installation was stopped and your previous environment was restored as it was.",
           "failed": "The installation failed and nothing was changed:",
           "step_stopped": "Install extra: stopped", "step_failed": "Install extra: failed",
           "tool": "uv installs the packages and downloads any that are still missing itself; it gives no "
                   "progress figures (its lines are in the log)."},
    "zh_CN": {"restored": "安装已停止，您之前的环境已恢复原样。",
              "failed": "安装失败，未做任何更改：",
              "step_stopped": "安装 extra：已停止", "step_failed": "安装 extra：失败",
              "tool": "uv 正在安装软件包，并自行下载仍缺少的软件包；它不提供进度数字（其输出在日志中）。"},
}


def extra_step(mirror, requirement: str) -> Step:
    """A step uv resolves and downloads by itself (not pinned: our downloader leaves it alone)."""
    return Step(id="extra", requirements=[requirement], index_url=mirror.server.pypi_index())


def existing_venv(path):
    venvs.create(sys.executable, path, uv=interpreter.uv_bin(), with_pip=False, prompt="mine")
    (path / "my-notes.txt").write_text("kept", encoding="utf-8")
    return sorted(p.name for p in path.iterdir())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_stop_while_uv_downloads_restores_the_environment_and_retry_installs(make_wizard, qtbot, mirror, tmp_path,
                                                                             language):
    words = TEXTS[language]
    slow = build_wheel(tmp_path / "w", "slow-extra", "1.0", padding=200_000)
    mirror.server.publish(slow, "pypi")
    slow_path = f"/packages/{slow.name}"
    mirror.server.fault(slow_path, drip=0.5)  # uv waits on it, a byte every half second
    target = tmp_path / "my env"
    before = existing_venv(target)
    plan = make_plan(mirror, extra_steps=[extra_step(mirror, "slow-extra>=1.0")])
    wizard = walk_to_environment(make_wizard, qtbot, plan, target, language)
    with stopped_at_the_end(wizard):
        wizard.next()
        page = wizard.install
        qtbot.waitUntil(lambda: mirror.server.stats(slow_path).requests > 0, timeout=180_000)
        assert page.file_label.text() == words["tool"] and page.file_progress.maximum() == 0  # no fake figures
        stop_and_confirm(wizard, qtbot)
        qtbot.waitUntil(lambda: wizard.state.install is Run.STOPPED and not wizard.state.busy, timeout=120_000)
        assert page.status.text() == words["restored"]
        assert words["step_stopped"] in step_texts(page)
        assert sorted(p.name for p in target.iterdir()) == before  # as it was: nothing half-done
        assert not list(target.rglob("torch/__init__.py"))
        assert not wizard.button(QWizard.NextButton).isEnabled()
        shown = {code for code, button in page.fix_buttons.items() if button.isVisibleTo(page)}
        assert shown == {"retry"}

        mirror.server.clear_faults()
        page.retry_button.click()  # really installs again
        assert wizard.state.install is Run.RUNNING and words["step_stopped"] not in step_texts(page)  # afresh
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.VERIFY, timeout=300_000)
        assert wizard.state.installed and page.result.applied
        assert list(target.rglob("torch/__init__.py")) and (target / "my-notes.txt").exists()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_failed_uv_step_changes_nothing_and_back_leads_to_install_again(make_wizard, qtbot, mirror, tmp_path,
                                                                          language):
    words = TEXTS[language]
    plan = make_plan(mirror, extra_steps=[extra_step(mirror, "no-such-package>=1.0")])
    target = tmp_path / "env"
    wizard = walk_to_environment(make_wizard, qtbot, plan, target, language)
    with stopped_at_the_end(wizard):
        wizard.next()
        page = wizard.install
        qtbot.waitUntil(lambda: wizard.state.install is Run.FAILED and not wizard.state.busy, timeout=300_000)
        assert page.status.text() == words["failed"] and page.error_label.text()
        assert words["step_failed"] in step_texts(page)
        assert not target.exists()  # the new environment was built aside and removed
        assert not wizard.button(QWizard.NextButton).isEnabled()
        back = wizard.button(QWizard.BackButton)
        assert back.isEnabled()
        back.click()
        assert wizard.currentId() == PageId.ENVIRONMENT  # to change the folder or the server
        assert commit_text(wizard) == AGAIN_BUTTON[language]
        assert wizard.state.install is Run.NOT_STARTED and wizard.state.install_undo is None
