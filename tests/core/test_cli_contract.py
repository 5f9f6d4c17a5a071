"""The CLI contract every subcommand shares: exit codes and one-sentence errors."""

from __future__ import annotations

import json
import os
import socket
import sys

import pytest


def test_unknown_subcommand_is_bad_input(run_cli):
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    first = result.stderr.strip().splitlines()[0]
    assert "frobnicate" in first and first.endswith(".")


def test_unknown_option_is_bad_input(run_cli):
    result = run_cli("probe", "--no-such-option")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--no-such-option" in result.stderr


def test_version(run_cli):
    from app import __version__

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == __version__


NO_DISPLAY = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "offscreen"}


def test_no_subcommand_without_display_runs_probe_then_plan(run_cli):
    # No DISPLAY and the offscreen platform: the wizard's flow runs in the terminal, probe
    # then plan. This machine has no GPU, so the plan says there is nothing to install (exit 1
    # as `plan` does) and how to plan for another machine.
    result = run_cli(env_extra=NO_DISPLAY)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert out.index(f"GPUs ({'windows' if sys.platform == 'win32' else 'linux'}, live)") < out.index(
        "Plan for this machine:")
    assert "No build to install." in out
    assert "No GPU was found" in out
    assert "python -m app plan --gpu PCI_ID" in out


def test_no_subcommand_json_carries_probe_and_plan(run_cli):
    result = run_cli("--json", env_extra=NO_DISPLAY)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    # No Intel GPU here (under Wine, its "Wine Adapter" is listed as a non-Intel adapter).
    assert doc["probe"]["primary"] is None
    assert not [g for g in doc["probe"]["gpus"] if g["vendor_id"] == "0x8086"]
    assert doc["plan"]["choice"] is None
    assert any("No GPU was found" in w for w in doc["plan"]["warnings"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY names an X server (X11: Linux only here)")
def test_a_stale_display_falls_back_to_the_terminal(run_cli):
    # DISPLAY names an X server that is not there (an SSH session without X forwarding): Qt
    # would abort the process, so the flow runs in the terminal and says why in one sentence.
    result = run_cli(env_extra={"DISPLAY": ":7391", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == "No display answers at DISPLAY=:7391, so the installer runs in the terminal."
    assert "Plan for this machine:" in result.stdout


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="X11 displays use AF_UNIX sockets (POSIX-only)")
def test_x11_display_reachability_with_real_sockets(tmp_path):
    from app.terminal_flow import x11_reachable

    assert not x11_reachable(":5", socket_dir=tmp_path)
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "X5"))
        server.listen()
        assert x11_reachable(":5", socket_dir=tmp_path)
        assert x11_reachable("unix:5.0", socket_dir=tmp_path)
        assert not x11_reachable(":6", socket_dir=tmp_path)
    # Only the abstract name, as a container on the host's network sees an X server.
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("\0" + str(tmp_path / "X7"))
        server.listen()
        assert x11_reachable(":7", socket_dir=tmp_path)
    # A TCP display (SSH X forwarding): port 6000 + display number, on loopback here.
    with socket.socket() as server:
        for number in range(4000, 4100):
            try:
                server.bind(("127.0.0.1", 6000 + number))
                break
            except OSError:
                continue
        else:
            raise AssertionError("no free loopback port in 10000-10099")
        server.listen()
        assert x11_reachable(f"127.0.0.1:{number}.0", socket_dir=tmp_path)
    assert not x11_reachable(f"127.0.0.1:{number}", socket_dir=tmp_path, timeout=0.2)
    assert not x11_reachable("not a display", socket_dir=tmp_path)


def test_an_explicit_qt_platform_is_respected(monkeypatch):
    from app.terminal_flow import display_status

    monkeypatch.setattr(sys, "platform", "linux")
    for env, expected in (({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ""}, False),
                          ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":99"}, True),
                          ({"QT_QPA_PLATFORM": "vnc", "DISPLAY": ""}, True)):
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        monkeypatch.setenv("WAYLAND_DISPLAY", "")
        assert display_status() == (expected, None), env


def test_windows_shows_the_wizard_only_on_a_visible_desktop():
    from app.terminal_flow import windows_display

    assert windows_display("", visible_desktop=True)
    assert windows_display("windows", visible_desktop=True)
    assert windows_display("windows:darkmode=2", visible_desktop=True)
    # A service or an SSH session: its window station is not shown to anyone.
    assert not windows_display("", visible_desktop=False)
    # A Qt platform chosen on purpose: offscreen and minimal draw nowhere, others (vnc) do.
    assert not windows_display("offscreen", visible_desktop=True)
    assert not windows_display("minimal", visible_desktop=True)
    assert windows_display("vnc", visible_desktop=False)


def test_the_ui_choice_decides_on_every_system(monkeypatch, run_cli):
    from app.terminal_flow import display_status

    for platform in ("linux", "win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        monkeypatch.setenv("IPEX_INSTALLER_UI", "terminal")
        monkeypatch.setenv("QT_QPA_PLATFORM", "vnc")
        assert display_status() == (False, None)
        monkeypatch.setenv("IPEX_INSTALLER_UI", "window")
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
        monkeypatch.setenv("DISPLAY", "")
        assert display_status() == (True, None)
    monkeypatch.undo()
    # As a process: a named display and a drawing platform, but the terminal was chosen.
    result = run_cli("--json", env_extra={"IPEX_INSTALLER_UI": "terminal", "DISPLAY": ":99", "QT_QPA_PLATFORM": "vnc"})
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["plan"]["choice"] is None


@pytest.mark.skipif(sys.platform != "win32", reason="window stations exist on Windows only")
def test_a_window_station_nobody_sees_runs_the_terminal_flow():
    """Real window stations: this process's own (visible in a desktop session, as under Wine),
    then a new one, which is never visible (as a service's or an SSH session's)."""
    import ctypes
    from ctypes import wintypes

    from app.terminal_flow import desktop_visible, display_status

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.GetProcessWindowStation.restype = wintypes.HANDLE
    user32.CreateWindowStationW.restype = wintypes.HANDLE
    user32.CreateWindowStationW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p]
    user32.SetProcessWindowStation.argtypes = [wintypes.HANDLE]
    user32.CloseWindowStation.argtypes = [wintypes.HANDLE]
    own = user32.GetProcessWindowStation()
    hidden = user32.CreateWindowStationW(f"ipex-test-{os.getpid()}", 0, 0x037F, None)  # WINSTA_ALL_ACCESS
    assert hidden, ctypes.get_last_error()
    try:
        assert user32.SetProcessWindowStation(hidden)
        assert desktop_visible() is False
        with pytest.MonkeyPatch.context() as mp:
            mp.delenv("IPEX_INSTALLER_UI", raising=False)
            mp.setenv("QT_QPA_PLATFORM", "")
            assert display_status() == (False, None)
    finally:
        user32.SetProcessWindowStation(own)
        user32.CloseWindowStation(hidden)


def test_a_display_without_a_working_qt_falls_back_to_the_terminal():
    # Qt cannot load (a system library such as libEGL is missing): one sentence, then the
    # terminal flow, never a traceback.
    from app import proc

    code = (
        "import importlib.abc, runpy, sys\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('PySide6'):\n"
        "            raise ImportError('libEGL.so.1: cannot open shared object file')\n"
        "sys.meta_path.insert(0, Block())\n"
        "sys.argv = ['app']\n"
        "runpy.run_module('app', run_name='__main__')\n"
    )
    env = proc.clean_env({"DISPLAY": ":99", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "offscreen",
                          "IPEX_INSTALLER_UI": "window"})
    result = proc.run([sys.executable, "-c", code], env=env, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == (
        "The window cannot open (libEGL.so.1: cannot open shared object file), so the installer "
        "runs in the terminal.")
    assert "Plan for this machine:" in result.stdout


def test_advice_names_the_command_the_user_really_has(monkeypatch):
    """From source the CLI is `python -m app`; the frozen app's users have the console twin."""
    import app

    monkeypatch.delattr(sys, "frozen", raising=False)
    assert app._cli_name() == "python -m app"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app._cli_name() == "ipex-aot-installer-cli"
