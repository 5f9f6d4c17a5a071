"""The variables that keep the JIT cache, per shell, as the Verify and Finish pages show them."""

from __future__ import annotations

from pathlib import PureWindowsPath

from app.gui import engines


def test_windows_shells_get_the_four_variables_with_windows_paths():
    commands = engines.keep_cache_commands(PureWindowsPath(r"C:\Users\Public\ipex-jit-cache"), "windows")
    assert set(commands) == {"cmd", "powershell", "bash"}
    assert commands["cmd"].startswith(
        'set "SYCL_CACHE_PERSISTENT=1" & set "SYCL_CACHE_DIR=C:\\Users\\Public\\ipex-jit-cache\\sycl"'
    )
    assert "$env:NEO_CACHE_DIR = 'C:\\Users\\Public\\ipex-jit-cache\\neo'" in commands["powershell"]
    assert "NEO_CACHE_PERSISTENT=1" in commands["bash"] and commands["bash"].startswith("export ")


def test_linux_has_bash_only_and_quotes_spaces(tmp_path):
    base = tmp_path / "my cache"
    commands = engines.keep_cache_commands(base, "linux")
    assert list(commands) == ["bash"]
    assert f"SYCL_CACHE_DIR='{base / 'sycl'}'" in commands["bash"]


def test_the_default_folder_is_the_one_the_smoke_test_keeps(monkeypatch, tmp_path):
    monkeypatch.setenv("IPEX_INSTALLER_CACHE_DIR", str(tmp_path))
    assert engines.jit_cache_dir() == tmp_path / "jit-cache"
