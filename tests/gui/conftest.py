"""GUI test set-up: compiled translations, a fresh wizard per test, and failure on QThreads
left running (Qt warnings already fail tests through qt_log_level_fail in pyproject)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = ROOT / "tests" / "data" / "probe" / "windows"  # recorded machines (PowerShell snapshots)

# The offscreen platform plugin says this whenever a window is shown; it is not our warning.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"

if sys.platform == "win32" and os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # On Windows the offscreen platform reads fonts from a folder (FreeType), not from the
    # system's font list, and warns (failing every test) when PySide6 ships none: the
    # system's font folder stands in.
    os.environ.setdefault("QT_QPA_FONTDIR", os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"))


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """The .qm files, built from the .ts exactly as `installer/dev.py test` does."""
    subprocess.run([sys.executable, str(ROOT / "installer" / "build_translations.py")], check=True)


@pytest.fixture(autouse=True)
def no_threads_left_running(monkeypatch):
    """Every QThread started during the test must have finished by its end."""
    from PySide6.QtCore import QThread

    started: list = []
    original = QThread.start

    def recording_start(self, *args):
        started.append(self)
        return original(self, *args)

    monkeypatch.setattr(QThread, "start", recording_start)
    yield started
    running = []
    for thread in started:
        try:
            if thread.isRunning():
                running.append(thread)
        except RuntimeError:  # the C++ object is gone: it finished and was deleted
            pass
    for thread in running:  # stop them so one failure does not cascade into later tests
        thread.quit()
        thread.wait(10_000)
    assert not running, f"{len(running)} QThread(s) still running at the end of the test"


CLOSED = "http://127.0.0.1:9"  # nothing listens there: a refused connection, at once


@pytest.fixture(autouse=True)
def network_checks_stay_on_loopback(monkeypatch):
    """The wizard's own network checks (the fastest download servers, a newer release) go to
    a loopback port nobody listens on unless a test serves them: never to the internet."""
    from app.gui.pages.build_page import BuildPage
    from app.gui.pages.environment_page import EnvironmentPage

    monkeypatch.setattr(EnvironmentPage, "probe_urls", {"us": f"{CLOSED}/us/", "cn": f"{CLOSED}/cn/"})
    monkeypatch.setattr(BuildPage, "newer_index", f"{CLOSED}/whl/xpu")


@pytest.fixture
def make_wizard(qtbot):
    """Build an InstallerWizard in a language; shut down its workers at the end."""
    from app.gui.app import create_wizard

    made = []

    def _make(language: str = "en", probe_source: dict | None = None):
        wizard = create_wizard(language, probe_source)
        qtbot.addWidget(wizard)
        made.append(wizard)
        return wizard

    yield _make
    for wizard in made:
        wizard.shutdown()
        wizard.translations.switch("en")


@pytest.fixture
def driver(make_wizard, qtbot, monkeypatch, tmp_path):
    """Reaches the named wizard states of tests/gui/wizard_states.py in a language."""
    from tests.gui.wizard_states import Driver

    def make(language: str):
        return Driver(language, make_wizard, lambda cond, ms: qtbot.waitUntil(cond, timeout=ms),
                      monkeypatch.setattr, tmp_path)
    return make


@pytest.fixture
def walk_to_build(make_wizard, qtbot, monkeypatch):
    """The wizard on the Build page for a recorded machine (a snapshot in tests/data/probe/windows):
    the real probe, then the real planner. The network checks go to `newer_index` (the Build
    page's look for a newer torch) and `probe_urls` (the Environment page's server timing) when
    the test serves them on loopback, else to the closed port above; `size` resizes the window."""
    def walk(language: str = "en", snapshot: str = "ps51_desktop_uhd770_a770.utf16.json",
             size: tuple[int, int] | None = None, newer_index: str | None = None,
             probe_urls: dict[str, str] | None = None):
        from app.gui.pages.build_page import BuildPage
        from app.gui.pages.environment_page import EnvironmentPage

        if newer_index is not None:
            monkeypatch.setattr(BuildPage, "newer_index", newer_index)
        if probe_urls is not None:
            monkeypatch.setattr(EnvironmentPage, "probe_urls", probe_urls)
        wizard = make_wizard(language, {"windows_snapshot": str(SNAPSHOTS / snapshot)})
        if size:
            wizard.resize(*size)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.build.plan is not None and not wizard.state.busy, timeout=30_000)
        return wizard
    return walk
