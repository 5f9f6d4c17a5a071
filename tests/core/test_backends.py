"""pip and uv commands are data: the exact argv for each kind of plan step."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from app.catalog.plan_model import Choice, Step
from app.errors import AppError
from app.install.backends import InstallArgs, PipBackend, UvBackend, choose_backend
from app.install.engine import compute_dry_run, expected_versions

PY = "/venvs/my env/bin/python"


def test_uv_argv_with_index_extra_index_and_no_deps():
    args = InstallArgs(["/cache/torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl", "torchvision==0.23.0+xpu"],
                       index_url="https://download.pytorch.org/whl/xpu",
                       extra_index_urls=["https://pypi.org/simple"], no_deps=True)
    assert UvBackend("/bin/uv").install_argv(PY, args) == [
        "/bin/uv", "pip", "install", "--python", PY, "--no-progress", "--color", "never",
        "--index-strategy", "unsafe-best-match",
        "--no-deps",
        "/cache/torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl", "torchvision==0.23.0+xpu",
    ]
    # Indexes go through the environment: a URL may carry credentials, and argv is public.
    assert UvBackend("/bin/uv").index_env(args) == {"UV_INDEX_URL": "https://download.pytorch.org/whl/xpu",
                                                    "UV_EXTRA_INDEX_URL": "https://pypi.org/simple"}


def test_uv_argv_default_index_has_no_index_flags():
    assert UvBackend("uv").install_argv(PY, InstallArgs(["dpcpp-cpp-rt==2025.1.1"])) == [
        "uv", "pip", "install", "--python", PY, "--no-progress", "--color", "never", "dpcpp-cpp-rt==2025.1.1"]


def test_pip_argv_runs_the_target_interpreter():
    args = InstallArgs(["intel-extension-for-pytorch==2.8.10+xpu"],
                       index_url="https://pypi.org/simple",
                       extra_index_urls=["https://pytorch-extension.intel.com/release-whl/stable/xpu/cn/"])
    assert PipBackend().install_argv(PY, args) == [
        PY, "-m", "pip", "install", "--no-input", "--progress-bar", "off",
        "intel-extension-for-pytorch==2.8.10+xpu",
    ]
    assert PipBackend().index_env(args) == {
        "PIP_INDEX_URL": "https://pypi.org/simple",
        "PIP_EXTRA_INDEX_URL": "https://pytorch-extension.intel.com/release-whl/stable/xpu/cn/"}


def test_credentials_in_index_urls_never_reach_the_argv():
    args = InstallArgs(["torch==2.8.0+xpu"], index_url="https://alice:s3cret@mirror.example.cn/pytorch/whl/xpu",
                       extra_index_urls=["https://__token__:pypi-AgEIcHlwaS5vcmc@pypi.example/simple",
                                         "https://pytorch-extension.intel.com/release-whl/stable/xpu/us/"])
    for backend, prefix in ((UvBackend("uv"), "UV"), (PipBackend(), "PIP")):
        argv = backend.install_argv(PY, args)
        assert not any("s3cret" in a or "pypi-AgEI" in a or "://" in a for a in argv)
        env = backend.index_env(args)
        assert env[f"{prefix}_INDEX_URL"] == args.index_url
        assert env[f"{prefix}_EXTRA_INDEX_URL"].split(" ") == args.extra_index_urls


def test_offline_argv_uses_only_the_wheelhouse():
    args = InstallArgs(["torch==2.8.0+xpu"], no_index=True, find_links=["/media/usb/wheels 张三"])
    assert PipBackend().install_argv(PY, args) == [
        PY, "-m", "pip", "install", "--no-input", "--progress-bar", "off", "--no-index",
        "--find-links", "/media/usb/wheels 张三", "torch==2.8.0+xpu"]
    uv = UvBackend("uv").install_argv(PY, args)
    assert uv[uv.index("--no-index") + 1:] == ["--find-links", "/media/usb/wheels 张三", "torch==2.8.0+xpu"]


def test_choose_backend_prefers_live_uv_and_logs_why():
    backend, why = choose_backend("auto")
    assert backend.name == "uv" and why.startswith("uv ")
    backend, why = choose_backend("pip")
    assert backend.name == "pip" and why == "pip was asked for"


def test_choose_backend_falls_back_to_pip_when_uv_is_missing(monkeypatch):
    import app.install.backends as b

    monkeypatch.setattr(b, "uv_bin", lambda: None)
    backend, why = choose_backend("auto")
    assert backend.name == "pip" and "falling back to pip" in why
    with pytest.raises(AppError, match="uv was asked for"):
        choose_backend("uv")


def test_choose_backend_falls_back_when_uv_does_not_run(monkeypatch, tmp_path):
    import app.install.backends as b

    if os.name == "nt":  # a program that starts and exits 3: a batch file (CreateProcess runs it with cmd)
        broken = tmp_path / "uv.bat"
        broken.write_text("@exit /b 3\r\n")
    else:
        broken = tmp_path / "uv"
        broken.write_text("#!/bin/sh\nexit 3\n")
        broken.chmod(0o755)
    monkeypatch.setattr(b, "uv_bin", lambda: str(broken))
    backend, why = choose_backend("auto")
    assert backend.name == "pip" and "exited with code 3" in why


def _choice(steps, verify=None):
    return Choice(build_id="b", channel="torch-xpu", ipex_version=None, torch_version="2.8.0+xpu", python="3.11",
                  os="linux", expect="aot", matched_target="dg2", steps=steps, reasons=[], verify=verify or {})


def test_dry_run_shows_cpu_torch_replaced():
    steps = [Step("torch", ["torch==2.8.0+xpu", "torchvision==0.23.0+xpu", "numpy"])]
    dry = compute_dry_run(steps, {"torch": "2.8.0", "torchvision": "0.23.0+xpu", "pillow": "11.0"})
    assert dry.change == [{"name": "torch", "from": "2.8.0", "to": "2.8.0+xpu"}]
    assert dry.unchanged == [{"name": "torchvision", "version": "0.23.0+xpu"}]
    assert dry.unpinned == ["numpy"]
    assert dry.lines()[0] == "~ torch 2.8.0 -> 2.8.0+xpu"


def test_expected_versions_from_verify_or_pins():
    assert expected_versions(_choice([Step("t", ["torch==2.8.0+xpu", "numpy>=1"])])) == {"torch": "2.8.0+xpu"}
    assert expected_versions(_choice([], verify={"torch": "2.8.0+xpu"})) == {"torch": "2.8.0+xpu"}


def test_windows_long_paths_are_rejected_before_anything_is_written():
    from app.envs.venv import DEEPEST_INSIDE, windows_path_problem

    short = "C:\\Users\\张三\\AI tools\\ipex env"
    long = "C:\\Users\\张三\\" + "很长的文件夹名称\\" * 12 + "venv"
    assert windows_path_problem(short, long_paths_enabled=False) is None
    assert len(long) + DEEPEST_INSIDE >= 260
    problem = windows_path_problem(long, long_paths_enabled=False)
    assert problem.startswith(f"The path {long} is too long for Windows") and "LongPathsEnabled" in problem
    assert windows_path_problem(long, long_paths_enabled=True) is None


def test_existing_non_venv_folder_with_files_is_refused(tmp_path):
    from app.envs.venv import check_target
    from app.errors import BadInput

    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"x")
    with pytest.raises(BadInput, match="not a virtual environment"):
        check_target(tmp_path / "photos")
    check_target(tmp_path / "new")  # a new folder is fine
    (tmp_path / "file").write_text("x")
    with pytest.raises(BadInput, match="is a file"):
        check_target(tmp_path / "file")


def test_pinned_dependencies_follow_markers_for_the_target_python(tmp_path):
    from mirror.wheels import build_wheel

    from app.fetch.wheelmeta import pinned_dependencies

    wheel = build_wheel(tmp_path, "torch", "2.8.0+xpu", requires=[
        "intel-sycl-rt==2025.1.1",
        "intel-cmplr-lib-rt==2025.1.1; python_version >= '3.10'",
        "old-thing==1.0; python_version < '3.9'",
        "filelock",
        "sympy>=1.13.3",
        "pytest==8.0; extra == 'test'",
    ])
    assert pinned_dependencies(wheel, "3.11.7") == ["intel-sycl-rt==2025.1.1", "intel-cmplr-lib-rt==2025.1.1"]
    assert pinned_dependencies(wheel, "3.8.18") == ["intel-sycl-rt==2025.1.1", "old-thing==1.0"]


def test_pip_mirror_from_pip_conf_env_and_mirror_option(tmp_path, monkeypatch):
    from app.fetch.mirrors import parse_mirrors
    from app.install.engine import pypi_mirror
    from app.install.pipconf import configured_index_url

    for name in ("PIP_INDEX_URL", "PIP_CONFIG_FILE", "XDG_CONFIG_DIRS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    (tmp_path / "cfg" / "pip").mkdir(parents=True)
    (tmp_path / "cfg" / "pip" / "pip.conf").write_text(
        "[global]\nindex-url = https://pypi.tuna.tsinghua.edu.cn/simple\n", encoding="utf-8")
    if configured_index_url() is None:
        pytest.skip("a system pip.conf outside the test's reach sets this machine up differently")
    assert configured_index_url() == "https://pypi.tuna.tsinghua.edu.cn/simple"
    (tmp_path / "cfg" / "pip" / "pip.conf").write_text(
        "[global]\nindex-url = https://a.example/simple\n[install]\nindex-url = https://b.example/simple\n")
    assert configured_index_url() == "https://b.example/simple"  # [install] wins, as in pip
    monkeypatch.setenv("PIP_INDEX_URL", "https://env.example/simple")
    assert configured_index_url() == "https://env.example/simple"
    seen = []
    assert pypi_mirror(parse_mirrors([]), seen.append) == "https://env.example/simple" and seen
    mirrored = parse_mirrors(["pypi.org=https://mirrors.example.cn/pypi"])
    assert pypi_mirror(mirrored, seen.append) == "https://mirrors.example.cn/pypi/simple"
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.delenv("PIP_INDEX_URL")
    assert configured_index_url() is None


def _uv_venv_with(tmp_path, name, *wheels, system_site=False):
    import sys

    from app import proc
    from app.envs.interpreter import uv_bin
    from app.envs.venv import venv_python

    venv = tmp_path / name
    argv = [uv_bin(), "venv", "--python", sys._base_executable, str(venv)]
    if system_site:
        argv.insert(2, "--system-site-packages")
    assert proc.run(argv, env=proc.clean_env()).returncode == 0
    if wheels:
        r = proc.run([uv_bin(), "pip", "install", "--python", str(venv_python(venv)), "--no-index",
                      *map(str, wheels)], env=proc.clean_env())
        assert r.returncode == 0, r.stderr
    return venv_python(venv)


def test_installed_read_in_process_matches_what_the_venvs_interpreter_lists(tmp_path):
    from mirror.wheels import build_wheel

    from app.envs.venv import ask_interpreter, installed, own_site_packages

    torch = build_wheel(tmp_path / "w", "torch", "2.8.0+xpu")
    ipex = build_wheel(tmp_path / "w", "intel_extension_for_pytorch", "2.8.10+xpu")
    py = _uv_venv_with(tmp_path, "新 env", torch, ipex)
    assert own_site_packages(py) is not None
    found = installed(py)
    assert found == {"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.10+xpu"}
    assert found == ask_interpreter(py)


def test_installed_asks_the_interpreter_when_the_venv_sees_the_base_pythons_packages(tmp_path):
    from app.envs.venv import ask_interpreter, installed, own_site_packages

    py = _uv_venv_with(tmp_path, "shared", system_site=True)
    assert own_site_packages(py) is None  # its site-packages alone would not tell the whole story
    assert installed(py) == ask_interpreter(py)


def test_the_apps_own_interpreter_is_answered_without_starting_it_and_answers_the_same():
    import json
    import sys

    from app import proc
    from app.envs import interpreter

    info, impl = interpreter.inspect(sys._base_executable)
    r = proc.run([sys._base_executable, "-I", "-c", interpreter._INFO], env=proc.clean_env())
    asked = json.loads(r.stdout)
    assert (info.version, info.bits, impl) == (asked["version"], asked["bits"], asked["implementation"])
    assert interpreter._is_this_interpreter(sys._base_executable)
    assert not interpreter._is_this_interpreter(os.devnull)


def test_cache_warmup_unpacks_into_uvs_cache_and_leaves_no_scratch(tmp_path, monkeypatch):
    from mirror.wheels import build_wheel

    from app import proc
    from app.envs.interpreter import uv_bin
    from app.install.warmup import CacheWarmup

    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))
    monkeypatch.setenv("UV_NO_CONFIG", "1")
    wheel = str(build_wheel(tmp_path / "w", "intel_extension_for_pytorch", "2.8.10+xpu", modules=50))
    py = str(_uv_venv_with(tmp_path, "v"))
    warm = CacheWarmup(uv_bin(), py, [wheel], tmp_path / ".v.warmup", proc.clean_env()).start()
    warm._thread.join(timeout=120)
    assert not (tmp_path / ".v.warmup").exists()
    r = proc.run([uv_bin(), "pip", "install", "--python", py, "--no-index", wheel], env=proc.clean_env())
    assert r.returncode == 0 and "Installed 1 package" in r.stderr
    assert "Prepared" not in r.stderr, r.stderr  # uv found it unpacked already


def test_cache_warmup_is_skipped_when_the_cache_is_on_another_file_system(tmp_path, monkeypatch):
    from mirror.wheels import build_wheel

    from app import proc
    from app.envs.interpreter import uv_bin
    from app.install.warmup import CacheWarmup, _device

    other = Path("/dev/shm")
    if not other.is_dir() or _device(other) == _device(tmp_path):
        pytest.skip("no second file system (/dev/shm) to put the uv cache on")
    cache = Path(tempfile.mkdtemp(dir=other))
    try:
        monkeypatch.setenv("UV_CACHE_DIR", str(cache))
        wheel = str(build_wheel(tmp_path / "w", "torchaudio", "2.8.0+xpu"))
        py = str(_uv_venv_with(tmp_path, "v"))
        warm = CacheWarmup(uv_bin(), py, [wheel], tmp_path / ".v.warmup", proc.clean_env()).start()
        warm._thread.join(timeout=120)  # left to finish on its own: it must decide to do nothing
        r = proc.run([uv_bin(), "pip", "install", "--python", py, "--no-index", wheel], env=proc.clean_env())
        assert r.returncode == 0 and "Prepared 1 package" in r.stderr  # nothing was unpacked ahead
    finally:
        shutil.rmtree(cache, ignore_errors=True)
