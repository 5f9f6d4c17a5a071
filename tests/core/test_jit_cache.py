"""The kept JIT cache: moving a run's compiled kernels into it, ASCII-only paths on Windows,
and the commands that make a user's own runs reuse it."""

from __future__ import annotations

import shlex
import shutil
import subprocess

import pytest

from app.smoke import jit_cache


def _entry(base, sub, rel, text="x"):
    path = base / sub / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_keep_moves_new_entries_and_leaves_existing_and_locked_ones(tmp_path):
    run, kept = tmp_path / "run", tmp_path / "kept"
    _entry(run, "sycl", "1/2/3/3/0.bin", "new")
    _entry(run, "sycl", "1/2/3/3/0.src")
    _entry(run, "sycl", "9/9/9/9/0.bin")  # an entry the kept cache already has
    _entry(kept, "sycl", "9/9/9/9/0.bin", "old")
    _entry(run, "sycl", "5/5/5/5/0.bin")  # still being written when the run ended
    _entry(run, "sycl", "5/5/5/5/0.lock")
    _entry(run, "neo", "abc.cl_cache")
    assert jit_cache.keep(run, kept) == 3
    assert (kept / "sycl/1/2/3/3/0.bin").read_text() == "new"
    assert (kept / "sycl/9/9/9/9/0.bin").read_text() == "old"
    assert not (kept / "sycl/5").exists()
    assert (kept / "neo/abc.cl_cache").is_file()
    assert jit_cache.keep(run, kept) == 0  # nothing left to move


def test_non_ascii_cache_paths_are_refused_on_windows_only():
    assert jit_cache.ascii_problem(r"C:\Users\张三\AppData\Local\jit-cache", windows=True).startswith(
        r"The JIT cache folder C:\Users\张三"
    )
    assert jit_cache.ascii_problem(r"C:\sycl_cache", windows=True) is None
    assert jit_cache.ascii_problem("/home/张三/.cache/jit-cache", windows=False) is None


def test_default_dir_leaves_a_non_ascii_profile_on_windows(monkeypatch, tmp_path):
    monkeypatch.setenv("IPEX_INSTALLER_CACHE_DIR", r"C:\Users\张三\AppData\Local\ipex-aot-installer\Cache")
    monkeypatch.setenv("PUBLIC", r"C:\Users\Public")
    chosen = jit_cache.default_dir(windows=True)
    assert str(chosen).isascii() and "ipex-jit-cache" in str(chosen)
    monkeypatch.setenv("IPEX_INSTALLER_CACHE_DIR", str(tmp_path / "cache"))
    assert jit_cache.default_dir(windows=False) == tmp_path / "cache" / "jit-cache"


@pytest.mark.skipif(shutil.which("sh") is None, reason="runs the printed command in sh (POSIX-only)")
def test_how_to_keep_gives_commands_a_shell_accepts(tmp_path):
    base = tmp_path / "my cache"  # a space, as users have
    text = jit_cache.how_to_keep(base, windows=False)
    command = text.split(": ", 1)[1].rstrip(".")
    printed = subprocess.run(["sh", "-c", command + '; printf "%s|%s" "$SYCL_CACHE_DIR" "$NEO_CACHE_PERSISTENT"'],
                             capture_output=True, text=True, check=True).stdout
    assert printed == f"{base / 'sycl'}|1"
    win = jit_cache.how_to_keep(jit_cache.Path(r"C:\sycl_cache"), windows=True)
    assert "$env:SYCL_CACHE_DIR = 'C:\\sycl_cache\\sycl'" in win and "PowerShell" in win and "ASCII-only" in win
    assert shlex.split(command)[0] == "export"
    # A folder named like a command stays a name (app.shell_quote).
    odd = tmp_path / "x$(touch pwned)"
    command = jit_cache.how_to_keep(odd, windows=False).split(": ", 1)[1].rstrip(".")
    printed = subprocess.run(["sh", "-c", command + '; printf "%s" "$SYCL_CACHE_DIR"'], cwd=tmp_path,
                             capture_output=True, text=True, check=True).stdout
    assert printed == str(odd / "sycl") and not (tmp_path / "pwned").exists()
