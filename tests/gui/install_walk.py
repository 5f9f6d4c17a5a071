"""Walk the real wizard to the Environment page with a given plan (a loopback mirror's), and
answer the Install page's real Stop question; shared by the Install page's tests."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from app.flow import PageId

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows" / "ps51_desktop_uhd770_a770.utf16.json"
INSTALL_BUTTON = {"en": "&Install", "zh_CN": "安装(&I)"}
AGAIN_BUTTON = {"en": "&Install again", "zh_CN": "重新安装(&I)"}


def walk_to_environment(make_wizard, qtbot, plan, target: Path, language: str = "en"):
    wizard = make_wizard(language, {"windows_snapshot": str(SNAPSHOT)})
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()  # Hardware: the real probe on the recorded machine
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    wizard.next()  # Build: the real planner runs, then the mirror's plan is shown instead
    qtbot.waitUntil(lambda: wizard.build.plan is not None and not wizard.state.busy, timeout=30_000)
    wizard.build.show_plan(plan)
    wizard.next()
    assert wizard.currentId() == PageId.ENVIRONMENT
    assert commit_text(wizard) == INSTALL_BUTTON[language]
    wizard.environment.venv_path.setText(str(target))
    wizard.environment.mirror.setCurrentIndex(wizard.environment.mirror.findData("us"))
    qtbot.waitUntil(wizard.environment.isComplete, timeout=10_000)
    return wizard


@contextmanager
def stopped_at_the_end(wizard):
    """A test that fails mid-install must not leave it running: closing the window would ask
    the Stop question, which nobody answers."""
    try:
        yield wizard
    finally:
        for page in (wizard.install, wizard.verify):
            page.runner.cancel_and_wait()


def commit_text(wizard) -> str:
    """The Environment page's button (a commit button while it is a commit page, else Next)."""
    env = wizard.environment
    return wizard.button(QWizard.CommitButton if env.isCommitPage() else QWizard.NextButton).text()


def stop_and_confirm(wizard, qtbot) -> list[str]:
    """Click Stop and answer Yes in the real question box; returns its title and text."""
    seen: list[str] = []
    tries = [250]  # 5 s: a box that never opens fails the wait below instead of looping on

    def answer():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if boxes:
            seen.extend([boxes[0].windowTitle(), boxes[0].text()])
            boxes[0].button(QMessageBox.StandardButton.Yes).click()
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    wizard.install.stop_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return seen


def step_texts(page) -> list[str]:
    return [page.steps.item(i).text() for i in range(page.steps.count())]
