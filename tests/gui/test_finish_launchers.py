"""The Finish page saves launchers in the real environment and opens a terminal with them;
the JIT cache is shown only when kernels were compiled. Both languages."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from app import launchers
from app.envs.interpreter import uv_bin
from app.flow import PageId, Run
from tests.gui.texts_check import problems


def make_venv(target):
    """A real venv without pip, made by uv as the app makes them (the Windows lane's embeddable
    CPython has no venv module)."""
    r = subprocess.run([uv_bin(), "venv", "--no-project", "--python", sys.executable, str(target)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr


def open_finish(make_wizard, qtbot, language, target, verdict):
    wizard = make_wizard(language)
    wizard.state.settings.venv = target
    wizard.state.install, wizard.state.verify, wizard.state.verdict = Run.DONE, Run.DONE, verdict
    wizard.setStartId(int(PageId.FINISH))
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_launchers_are_saved_and_the_jit_cache_shows_only_after_compiling(make_wizard, qtbot, tmp_path, language):
    target = tmp_path / "ipex env"
    make_venv(target)
    wizard = open_finish(make_wizard, qtbot, language, target, "aot")
    page = wizard.finish
    names = set(launchers.launcher_texts("windows" if os.name == "nt" else "linux"))
    assert {p.name for p in target.iterdir()} >= names  # saved in the environment
    shown = {n for n, b in page.launch_buttons.items() if b.isVisibleTo(page)}
    assert shown == names and page.launch_status.isVisibleTo(page)
    assert not page.cache.isVisibleTo(page)  # native code: no JIT cache to talk about
    assert problems(page, language) == []
    wizard.state.verdict = "jit"
    page.initializePage()
    assert page.cache.isVisibleTo(page) and page.cache_rows.isVisibleTo(page)


@pytest.mark.skipif(sys.platform != "linux", reason="Linux terminal programs found on PATH")
def test_open_a_terminal_runs_the_launcher_in_the_terminal_found(make_wizard, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "env"
    make_venv(target)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "terminal-args"
    fake = bin_dir / "xterm"  # a stand-in terminal program: a real process that records how it was run
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))  # only the stand-in: no real terminal opens
    wizard = open_finish(make_wizard, qtbot, "en", target, "aot")
    page = wizard.finish
    page.shell_button.click()
    deadline = time.monotonic() + 20
    while not record.exists() and time.monotonic() < deadline:
        qtbot.wait(50)
    assert record.read_text().splitlines() == ["-e", str(target / launchers.SHELL)]
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    page.shell_button.click()  # no terminal program at all: one sentence naming the launcher
    assert str(target / launchers.SHELL) in page.launch_status.text()
