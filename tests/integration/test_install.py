"""Real installs: real venvs, real uv and pip, through the loopback mirror, with faults.

Each case ends with either a correct, verified install or a clear error and a target that is
as it was before (no half-made venv, an existing one restored)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import threading
from pathlib import Path

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, real_pip_wheel, standard_wheels  # noqa: F401

from app import proc
from app.catalog.plan_model import FileRef, Step
from app.errors import AppError, BadInput, Cancelled
from app.events import Progress, StepStarted
from app.fetch.mirrors import parse_mirrors
from app.hostos import venv_python, venv_scripts
from app.install.engine import install as engine_install
from app.install.result import InstallResult

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]
# The pip backend makes new venvs with `python -m venv`; the embeddable CPython that the
# Windows lane runs has no venv module (users' Pythons do).
HAS_VENV_MODULE = importlib.util.find_spec("venv") is not None
NEEDS_VENV_MODULE = pytest.mark.skipif(not HAS_VENV_MODULE, reason="this Python has no venv module (the "
                                       "embeddable CPython); the pip backend makes new venvs with it")


def install(*args, **kwargs):
    """The engine, without adding pip to new venvs (3 s each) unless a test asks for it."""
    kwargs.setdefault("seed_pip", False)
    return engine_install(*args, **kwargs)


def torch_version(venv) -> str:
    r = proc.run([str(venv_python(venv)), "-c", "import torch; print(torch.__version__)"], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def script(venv, name: str) -> Path:
    """A console script of the venv (pip.exe on Windows)."""
    return venv_scripts(venv) / (f"{name}.exe" if os.name == "nt" else name)


def names_python(launcher: Path, venv) -> bool:
    """pip's script names the venv's own python: a #! line on POSIX, the text inside pip.exe
    (a launcher with the script appended) on Windows."""
    return str(venv_python(venv)).encode("utf-8") in launcher.read_bytes()


def leftovers(parent):
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def torch_file_path(m) -> str:
    name = m.wheels["torch==2.8.0+xpu"].name
    return f"/whl/{name}"


def make_cpu_torch_venv(m, venv, with_pip=False):
    """An existing venv with PyPI's CPU torch 2.8.0, as users often have; with pip in it when
    asked (pip's real wheel from the mirror's PyPI: the same on every Python, the embeddable
    one without venv and ensurepip included)."""
    from app.envs.interpreter import uv_bin

    uv = uv_bin()
    r = proc.run([uv, "venv", "--python", m.python, str(venv)], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    wanted = ["torch==2.8.0", "dpcpp-cpp-rt==2025.1.1"]
    if with_pip:
        m.server.publish(real_pip_wheel(), "pypi")
        wanted.append("pip")
    r = proc.run([uv, "pip", "install", "--python", str(venv_python(venv)), "--index-url", m.server.pypi_index(),
                  *wanted], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    assert torch_version(venv) == "2.8.0"
    if with_pip:
        r = proc.run([str(venv_python(venv)), "-m", "pip", "--version"], env=proc.clean_env())
        assert r.returncode == 0 and str(venv) in r.stdout, r.stdout + r.stderr


def test_new_venv_with_uv_in_a_path_with_space_and_chinese(mirror, tmp_path):
    parent = tmp_path / "Users" / "张三" / "AI tools"
    target = parent / "ipex env"
    events = []
    plan = make_plan(mirror)
    # Credentials in an index URL must never reach the log.
    plan.choice.steps[0].index_url = plan.choice.steps[0].index_url.replace("http://", "http://alice:s3cret@")
    result = install(plan, target, on_event=events.append, seed_pip=True)
    assert result.applied and result.backend == "uv" and result.mode == "new"
    if importlib.util.find_spec("ensurepip") is None:  # the embeddable CPython: the warning says why
        assert any("no ensurepip module" in w for w in result.warnings), result.warnings
    else:
        # pip was added after the move, so its script names the final path (users run pip later).
        r = proc.run([str(script(target, "pip")), "--version"], env=proc.clean_env())
        assert r.returncode == 0 and str(target) in r.stdout, r.stderr
    assert torch_version(target) == "2.8.0+xpu"
    assert result.installed == {"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.10+xpu",
                                "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu"}
    assert leftovers(parent) == []  # the staging folder became the venv
    # The plan's wheels and the runtime torch pins (intel-sycl-rt==2025.1.1) came through our downloader.
    assert {d["filename"].split("-")[0] for d in result.downloads} == {
        "torch", "torchvision", "torchaudio", "intel_extension_for_pytorch", "intel_sycl_rt"}
    assert all(d["verified"] for d in result.downloads)
    decoy = mirror.wheels["torch==2.8.0+xpu (other OS)"].name
    assert decoy not in json.dumps(result.downloads)  # the other platform's decoy was not picked
    assert InstallResult.from_json(json.loads(json.dumps(result.to_json()))) == result
    log = open(result.log_path, encoding="utf-8").read()
    assert "s3cret" not in log and "install:torch" in log and "installer backend: uv" in log
    assert "unpacking the later steps' 1 local wheel(s) into uv's cache" in log  # IPEX's, while torch's step ran
    assert any(isinstance(e, Progress) for e in events)
    record = json.loads((target / ".ipex-aot-installer" / "install.json").read_text(encoding="utf-8"))
    assert record["build_id"] == plan.choice.build_id and record["applied"]
    assert json.loads((target / ".ipex-aot-installer" / "plan.json").read_text(encoding="utf-8"))["choice"]
    assert os.path.exists(result.log_path[:-4] + ".json")


@NEEDS_VENV_MODULE
def test_pip_backend_and_the_moved_venv_scripts_point_at_the_target(mirror, tmp_path):
    target = tmp_path / "pip env 张三"
    result = install(make_plan(mirror), target, backend="pip")
    assert result.backend == "pip" and torch_version(target) == "2.8.0+xpu"
    assert names_python(script(target, "pip"), target) and b".staging-" not in script(target, "pip").read_bytes()
    assert ".staging-" not in (venv_scripts(target) / "activate").read_text(encoding="utf-8")
    r = proc.run([str(script(target, "pip")), "--version"], env=proc.clean_env())
    assert r.returncode == 0 and str(target) in r.stdout


def test_existing_cpu_torch_is_replaced_after_a_dry_run(mirror, tmp_path):
    target = tmp_path / "old env"
    make_cpu_torch_venv(mirror, target)
    dry = install(make_plan(mirror), target, dry_run=True)
    assert not dry.applied and dry.mode == "adopt"
    assert {"name": "torch", "from": "2.8.0", "to": "2.8.0+xpu"} in dry.dry_run.change
    assert torch_version(target) == "2.8.0"  # the dry run changed nothing
    seen = []
    result = install(make_plan(mirror), target, confirm=lambda d: seen.append(d) or True)
    assert seen and seen[0].change and result.applied
    assert torch_version(target) == "2.8.0+xpu"
    assert leftovers(tmp_path) == []  # the safety copy was dropped


@pytest.mark.parametrize("backend", ["uv", "pip"])
def test_failing_step_restores_the_previous_package_set(mirror, tmp_path, backend):
    target = tmp_path / "old env 旧环境"
    make_cpu_torch_venv(mirror, target, with_pip=backend == "pip")
    torch_init = next((target / "lib").rglob("torch/__init__.py"))
    before = sorted(p.name for p in (target / "lib").rglob("*.dist-info"))
    broken = Step(id="extras", requirements=["does-not-exist==1.0"], index_url=mirror.server.pypi_index())
    with pytest.raises(AppError) as info:
        install(make_plan(mirror, extra_steps=[broken]), target, backend=backend)
    msg = str(info.value)
    assert f"Step 'extras' failed: {backend} found no does-not-exist" in msg and msg.endswith("left as it was before.")
    assert info.value.code == "step_no_version" and info.value.params["rolled_back"]
    assert torch_version(target) == "2.8.0"
    assert torch_init.read_text() == '__version__ = "2.8.0"\n'  # the snapshot's files were not written into
    assert sorted(p.name for p in (target / "lib").rglob("*.dist-info")) == before
    assert leftovers(tmp_path) == []
    assert os.path.exists(info.value.log_path)


def test_pip_backend_replaces_cpu_torch_in_an_adopted_venv_under_spaces_and_chinese(mirror, tmp_path):
    parent = tmp_path / "Users" / "张三" / "AI tools"
    target = parent / "pip env 环境"
    make_cpu_torch_venv(mirror, target, with_pip=True)
    events = []
    result = install(make_plan(mirror), target, backend="pip", on_event=events.append)
    assert result.applied and result.backend == "pip" and result.mode == "adopt"
    assert torch_version(target) == "2.8.0+xpu"
    assert result.installed == {"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.10+xpu",
                                "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu"}
    # Each step ran the venv's own pip, named by the venv's full path.
    runs = [e.detail for e in events if isinstance(e, StepStarted) and e.step.startswith("install:")]
    assert len(runs) == 2 and all(f"{venv_python(target)} -m pip install" in run for run in runs), runs
    r = proc.run([str(script(target, "pip")), "--version"], env=proc.clean_env())
    assert r.returncode == 0 and str(target) in r.stdout, r.stderr  # the user's pip still works
    assert leftovers(parent) == []  # the safety copy was dropped


def test_cancel_while_pip_downloads_restores_the_adopted_venv(mirror, tmp_path):
    from mirror.wheels import build_wheel

    target = tmp_path / "张三的 AI env"
    make_cpu_torch_venv(mirror, target, with_pip=True)
    slow = build_wheel(tmp_path / "w", "slow-extra", "1.0", padding=3_000_000)
    mirror.server.publish(slow, "pypi")
    path = f"/packages/{slow.name}"
    mirror.server.fault(path, rate=100_000)  # 30 s for the whole file
    # Not pinned: pip itself downloads it (pinned wheels come through our downloader).
    extra = Step(id="extras", requirements=["slow-extra>=1.0"], index_url=mirror.server.pypi_index())
    cancel, done = threading.Event(), threading.Event()

    def cancel_once_pip_is_downloading():
        while not done.wait(0.05):
            if mirror.server.stats(path).bytes_sent > 100_000:
                cancel.set()
                return

    watcher = threading.Thread(target=cancel_once_pip_is_downloading, daemon=True)
    watcher.start()
    try:
        with pytest.raises(Cancelled, match="nothing was changed"):
            install(make_plan(mirror, extra_steps=[extra]), target, backend="pip", cancel=cancel)
    finally:
        done.set()
        watcher.join()
    assert torch_version(target) == "2.8.0"
    r = proc.run([str(script(target, "pip")), "--version"], env=proc.clean_env())
    assert r.returncode == 0 and str(target) in r.stdout, r.stderr
    assert leftovers(tmp_path) == []
    # pip and its download were stopped, not waited for: no byte is sent after the kill.
    import time

    time.sleep(1.0)
    sent = mirror.server.stats(path).bytes_sent
    time.sleep(1.0)
    assert mirror.server.stats(path).bytes_sent == sent < slow.stat().st_size


def test_a_later_step_pulling_cpu_torch_fails_loudly_and_creates_nothing(mirror, tmp_path):
    target = tmp_path / "made" / "for it" / "new"
    sneaky = Step(id="extras", requirements=["sneaky-dep==1.0"], index_url=mirror.server.pypi_index())
    with pytest.raises(AppError, match=r"torch is 2\.9\.0, not 2\.8\.0\+xpu \(a build without the \+xpu label"):
        install(make_plan(mirror, extra_steps=[sneaky]), target)
    assert list(tmp_path.iterdir()) == []  # not even the folders made for it are left


def test_connection_drops_resume_and_install(mirror, tmp_path):
    path = torch_file_path(mirror)
    size = mirror.wheels["torch==2.8.0+xpu"].stat().st_size
    mirror.server.fault(path, drop_at=[size // 3, size * 2 // 3])
    result = install(make_plan(mirror), tmp_path / "v")
    torch_dl = next(d for d in result.downloads if d["filename"].startswith("torch-"))
    assert torch_dl["attempts"] == 3 and torch_dl["verified"]
    assert mirror.server.stats(path).bytes_sent == size
    assert torch_version(tmp_path / "v") == "2.8.0+xpu"


def test_server_errors_then_success(mirror, tmp_path):
    mirror.server.fault(torch_file_path(mirror), statuses=[500, 502])
    result = install(make_plan(mirror), tmp_path / "v")
    assert result.applied


def test_wrong_bytes_for_the_hash_touch_nothing(mirror, tmp_path):
    mirror.server.fault(torch_file_path(mirror), corrupt=True)
    with pytest.raises(AppError, match="does not match its expected SHA-256"):
        install(make_plan(mirror), tmp_path / "v")
    assert not (tmp_path / "v").exists() and leftovers(tmp_path) == []


def test_404_is_a_clear_error_and_touches_nothing(mirror, tmp_path):
    mirror.server.fault(torch_file_path(mirror), statuses=[404])
    with pytest.raises(AppError, match=r"^The server answered 404"):
        install(make_plan(mirror), tmp_path / "v")
    assert not (tmp_path / "v").exists()


def test_cancel_during_a_slow_download(mirror, tmp_path, standard_wheels):
    from mirror.wheels import build_wheel

    big = build_wheel(
        tmp_path / "w",
        "torch",
        "2.8.0+xpu",
        tag=standard_wheels["torch==2.8.0+xpu"].name.split("-", 2)[2][:-4],
        padding=3_000_000,
    )
    mirror.server.publish(big, "pytorch")  # replaces the file of the same name, and its hash
    mirror.server.fault(torch_file_path(mirror), rate=300_000)
    cancel = threading.Event()

    def on_event(e):
        if isinstance(e, Progress) and e.task.startswith("torch-") and e.done > 200_000:
            cancel.set()

    with pytest.raises(Cancelled):
        install(make_plan(mirror), tmp_path / "v", on_event=on_event, cancel=cancel)
    assert not (tmp_path / "v").exists() and leftovers(tmp_path) == []


def test_cancel_while_the_installer_runs_restores_the_venv(mirror, tmp_path):
    target = tmp_path / "old env"
    make_cpu_torch_venv(mirror, target)
    cancel = threading.Event()

    def on_event(e):
        if getattr(e, "step", "") == "install:ipex":
            cancel.set()  # torch was already replaced by now

    with pytest.raises(Cancelled, match="nothing was changed"):
        install(make_plan(mirror), target, on_event=on_event, cancel=cancel)
    assert torch_version(target) == "2.8.0"


def test_cancel_in_the_first_step_stops_the_cache_warmup_too(mirror, tmp_path):
    cancel = threading.Event()
    steps = []

    def on_event(e):
        if getattr(e, "step", "").startswith("install:"):
            steps.append(e.step)
            cancel.set()

    with pytest.raises(Cancelled, match="nothing was changed"):
        install(make_plan(mirror), tmp_path / "v", on_event=on_event, cancel=cancel)
    assert steps == ["install:torch"]
    assert not (tmp_path / "v").exists() and leftovers(tmp_path) == []  # staging and warm-up scratch gone


def test_cn_mirror_reads_intels_china_index(mirror, tmp_path):
    install(make_plan(mirror), tmp_path / "v", mirrors=parse_mirrors(["cn"]), dry_run=True)
    # The loopback host is not Intel's, so map it: the same rewrite rule, on our host.
    from app.fetch.mirrors import Mirrors

    m = Mirrors(region="cn")
    assert m.rewrite("https://pytorch-extension.intel.com/release-whl/stable/xpu/us/") .endswith("/xpu/cn/")
    plan = make_plan(mirror, ipex_region="cn")
    result = install(plan, tmp_path / "v2")
    assert mirror.server.stats("/release-whl/stable/xpu/cn/intel-extension-for-pytorch/").requests >= 1
    assert result.applied


def test_offline_wheelhouse_with_the_server_stopped(mirror, tmp_path):
    house = tmp_path / "wheels 张三"
    house.mkdir()
    for path in mirror.wheels.values():
        shutil.copy(path, house / path.name)
    plan = make_plan(mirror)
    mirror.server.stop()
    result = install(plan, tmp_path / "v", wheelhouse=house)
    assert result.applied and result.downloads == []
    assert torch_version(tmp_path / "v") == "2.8.0+xpu"


def test_wheelhouse_missing_wheels_are_named_before_anything_is_written(mirror, tmp_path):
    house = tmp_path / "house"
    house.mkdir()
    vision = mirror.wheels["torchvision==0.23.0+xpu"]
    shutil.copy(vision, house / vision.name)
    shutil.copy(mirror.wheels["torch==2.8.0+xpu (other OS)"], house)  # the wrong platform does not count
    with pytest.raises(BadInput, match=r"has no wheel for Python 3\.\d+ on this machine for: "
                                       r"torch==2\.8\.0\+xpu, torchaudio==2\.8\.0\+xpu, "
                                       r"intel-extension-for-pytorch==2\.8\.10\+xpu\.$"):
        install(make_plan(mirror), tmp_path / "v", wheelhouse=house)
    assert not (tmp_path / "v").exists()


def test_wheelhouse_file_with_a_wrong_hash_is_refused(mirror, tmp_path):
    house = tmp_path / "house"
    house.mkdir()
    ipex = mirror.wheels["intel-extension-for-pytorch==2.8.10+xpu"]
    shutil.copy(ipex, house / ipex.name)
    plan = make_plan(mirror)
    plan.choice.steps = [Step(id="ipex", files=[FileRef(url="https://github.com/x/y/releases/download/t/" + ipex.name,
                                                         filename=ipex.name, sha256="0" * 64)])]
    plan.choice.verify = {}
    with pytest.raises(AppError, match="does not match the plan's SHA-256"):
        install(plan, tmp_path / "v", wheelhouse=house)
    assert not (tmp_path / "v").exists()


def test_github_release_file_step(mirror, tmp_path):
    ipex = mirror.wheels["intel-extension-for-pytorch==2.8.10+xpu"]
    url = mirror.server.publish(ipex, "github:Nuullll/intel-extension-for-pytorch/v2.8.10+xpu")
    sha = url.split("#sha256=")[1]
    plan = make_plan(mirror)
    plan.choice.steps[1] = Step(id="ipex", files=[FileRef(url=url.split("#")[0], filename=ipex.name, sha256=sha,
                                                          hash_source="test")], no_deps=True)
    result = install(plan, tmp_path / "v")
    assert result.steps[1].argv[-1].endswith(ipex.name) and "--no-deps" in result.steps[1].argv


def test_broken_venv_is_quarantined_not_deleted(mirror, tmp_path):
    target = tmp_path / "env"
    venv_python(target).parent.mkdir(parents=True)
    (target / "pyvenv.cfg").write_text("home = /nowhere\n")
    venv_python(target).write_text("#!/bin/sh\nexit 1\n")  # on Windows: not a program at all
    venv_python(target).chmod(0o755)
    (target / "my-notes.txt").write_text("keep me")
    mirror.server.fault(torch_file_path(mirror), corrupt=True)
    with pytest.raises(AppError):
        install(make_plan(mirror), target)
    assert (target / "my-notes.txt").read_text() == "keep me"  # a failed install leaves it where it was
    assert leftovers(tmp_path) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["env"]
    mirror.server.clear_faults()
    result = install(make_plan(mirror), target)
    assert result.quarantined and open(os.path.join(result.quarantined, "my-notes.txt")).read() == "keep me"
    assert torch_version(target) == "2.8.0+xpu"


def test_wrong_python_versions_are_rejected_before_anything_is_written(mirror, tmp_path):
    import sys

    this = f"{sys.version_info[0]}.{sys.version_info[1]}"
    other = "3.12" if this != "3.12" else "3.11"
    with pytest.raises(BadInput, match=rf"Python at .* is {this}\.\d+, but this build needs Python {other}"):
        install(make_plan(mirror, python=other), tmp_path / "v", python=sys.executable)
    assert not (tmp_path / "v").exists()


def test_32_bit_and_other_implementations_are_rejected():
    from app.envs.interpreter import check
    from app.probe.model import PythonInfo

    with pytest.raises(BadInput, match="is 32-bit; the PyTorch XPU wheels need a 64-bit Python 3.11"):
        check(PythonInfo("C:/Python311-32/python.exe", "3.11.9", 32, "registry"), "cpython", "3.11")
    with pytest.raises(BadInput, match="is pypy"):
        check(PythonInfo("/usr/bin/pypy3", "3.11.9", 64, "path"), "pypy", "3.11")


def test_provisioning_python_with_uv_goes_through_the_mirror_and_fails_clearly(mirror, tmp_path, monkeypatch):
    """No Python 3.9 here and uv's download answers 404: a clear error, nothing written."""
    import app.envs.interpreter as interp

    if interp._uv_find(interp.uv_bin(), "3.9", None):
        pytest.skip("uv finds a Python 3.9 on this machine")
    monkeypatch.setattr(interp, "_discovered", list)  # as on a machine with no Python 3.9
    monkeypatch.setenv("UV_PYTHON_INSTALL_DIR", str(tmp_path / "pythons"))
    plan = make_plan(mirror, python="3.9")
    mirrors = parse_mirrors([f"github.com={mirror.server.url}/gh"])
    with pytest.raises(AppError, match=r"^uv could not install Python 3\.9 \("):
        install(plan, tmp_path / "v", mirrors=mirrors)
    assert not (tmp_path / "v").exists()
    assert any(p.startswith("/gh/astral-sh/python-build-standalone/releases/download/")
               for p in mirror.server._stats)  # uv asked our mirror, not GitHub


def test_provisioning_python_with_uv_goes_through_the_explicit_proxy(mirror, tmp_path, monkeypatch):
    """The Python mirror's host exists only behind the proxy: uv's download must use --proxy too."""
    import app.envs.interpreter as interp

    if interp._uv_find(interp.uv_bin(), "3.9", None):
        pytest.skip("uv finds a Python 3.9 on this machine")
    monkeypatch.setattr(interp, "_discovered", list)
    monkeypatch.setenv("UV_PYTHON_INSTALL_DIR", str(tmp_path / "pythons"))
    mirrors = parse_mirrors(["github.com=http://gh-mirror.example.invalid/gh"], allow_http=True)
    with pytest.raises(AppError, match=r"^uv could not install Python 3\.9 \("):
        install(make_plan(mirror, python="3.9"), tmp_path / "v", mirrors=mirrors, proxy=mirror.server.url,
                allow_http=True)
    assert any(p.startswith("/gh/astral-sh/python-build-standalone/releases/download/")
               for p in mirror.server._stats)  # reached only through the proxy


def test_cli_unattended_json_and_exit_codes(mirror, tmp_path, run_cli):
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    env = {"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}
    target = tmp_path / "cli env"
    r = run_cli("install", "--plan", plan_file, "--venv", target, "--yes", env_extra=env)
    assert r.returncode == 0, r.stderr
    assert "==> install:torch" in r.stdout and "download torch-2.8.0+xpu" in r.stdout and "\r" not in r.stdout
    # The plan is kept for support: in the venv, and as the newest install's plan for `report`.
    from app import paths

    kept = json.loads((paths.data_dir() / "last-plan.json").read_text(encoding="utf-8"))
    assert kept["choice"]["build_id"] == make_plan(mirror).choice.build_id
    assert (target / ".ipex-aot-installer" / "plan.json").is_file()
    r = run_cli("install", "--plan", plan_file, "--venv", target, "--json", env_extra=env)
    assert r.returncode == 0, r.stderr  # same versions: nothing of the user's changes, no question
    assert json.loads(r.stdout)["mode"] == "adopt"
    r = run_cli("install", "--plan", tmp_path / "missing.json", "--venv", target, env_extra=env)
    assert r.returncode == 2 and "does not exist" in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**make_plan(mirror).to_json(), "choice": None}))
    r = run_cli("install", "--plan", bad, "--venv", tmp_path / "x", env_extra=env)
    assert r.returncode == 2 and "no build to install" in r.stderr
    r = run_cli("install", "--plan", plan_file, "--venv", tmp_path / "y", "--mirror", "eu", env_extra=env)
    assert r.returncode == 2 and "HOST=URL" in r.stderr


def test_cli_existing_venv_needs_yes_without_a_terminal(mirror, tmp_path, run_cli):
    target = tmp_path / "old"
    make_cpu_torch_venv(mirror, target)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    env = {"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}
    r = run_cli("install", "--plan", plan_file, "--venv", target, env_extra=env)
    assert r.returncode == 2 and "--yes" in r.stderr
    assert torch_version(target) == "2.8.0"
    r = run_cli("install", "--plan", plan_file, "--venv", target, "--dry-run", env_extra=env)
    assert r.returncode == 0 and "~ torch 2.8.0 -> 2.8.0+xpu" in r.stdout
    r = run_cli("install", "--plan", plan_file, "--venv", target, "--yes", env_extra=env)
    assert r.returncode == 0, r.stderr
    assert torch_version(target) == "2.8.0+xpu"


def test_explicit_proxy_reaches_indexes_for_our_downloads_and_for_uv(mirror, tmp_path):
    """Index hosts that do not exist, reachable only through the proxy (the loopback server
    answers proxy-style requests): both our downloader and uv must go through it."""
    plan = make_plan(mirror)
    for step in plan.choice.steps:
        step.index_url = step.index_url.replace(mirror.server.url, "http://xpu-index.example.invalid")
        step.extra_index_urls = [u.replace(mirror.server.url, "http://xpu-index.example.invalid")
                                 for u in step.extra_index_urls]
    result = install(plan, tmp_path / "v", proxy=mirror.server.url, allow_http=True)  # plain http, on purpose
    assert result.applied and torch_version(tmp_path / "v") == "2.8.0+xpu"
    assert mirror.server.stats("/whl/xpu/torch/").requests >= 1


def _package_like_python_build_standalone(python_exe: str, out: Path) -> str:
    """An install_only archive ("python/bin/python3.X", ...) made from a Python on this machine."""
    import tarfile

    r = proc.run([python_exe, "-c", "import sys; print(sys.base_prefix); print('%d.%d' % sys.version_info[:2])"],
                 env=proc.clean_env())
    prefix, mm = r.stdout.split()
    skip = (f"lib/python{mm}/test/", f"lib/python{mm}/site-packages/", "__pycache__")

    def keep(info):
        return None if any(s in info.name + "/" for s in skip) and not info.name.endswith("site-packages") else info

    with tarfile.open(out, "w:gz", compresslevel=1) as tar:
        tar.add(prefix, arcname="python", filter=keep)
    return mm


def test_python_provisioned_by_uv_from_a_mirror_when_none_fits(mirror, tmp_path, monkeypatch):
    """A machine without the plan's Python: uv installs one (from the loopback server, described
    by a downloads list as python-build-standalone's are) into our own folder, and the venv is
    built from it. The archive is made from another Python version found on this machine."""
    import hashlib
    import platform
    import sys

    import app.envs.interpreter as interp
    from app import paths
    from app.catalog.plan_model import Choice, Plan
    from app.envs.discover import find_pythons

    if not sys.platform.startswith("linux"):
        pytest.skip("the archive format made here is the Linux one")
    this = f"{sys.version_info[0]}.{sys.version_info[1]}"
    donors = [p for p in find_pythons() if p.bits == 64 and p.major_minor != this
              and tuple(map(int, p.major_minor.split("."))) >= (3, 9)]
    donor = next((p for p in donors if not interp._uv_find(interp.uv_bin(), p.major_minor, None)), None)
    if donor is None:
        pytest.skip("no Python of another version (that uv cannot already find) to package as a download")
    archive = tmp_path / "python.tar.gz"
    mm = _package_like_python_build_standalone(donor.path, archive)
    data = archive.read_bytes()
    name = f"cpython-{donor.version}+20990101-{platform.machine()}-unknown-linux-gnu-install_only.tar.gz"
    url = mirror.server.add_file(f"/gh/astral-sh/python-build-standalone/releases/download/20990101/{name}", data)
    major, minor, patch = (int(x) for x in donor.version.split(".")[:3])
    listing = {f"cpython-{donor.version}-linux-{platform.machine()}-gnu": {
        "name": "cpython", "arch": {"family": platform.machine(), "variant": None}, "os": "linux", "libc": "gnu",
        "major": major, "minor": minor, "patch": patch, "prerelease": "", "url": url,
        "sha256": hashlib.sha256(data).hexdigest(), "variant": None, "build": "20990101"}}
    (tmp_path / "downloads.json").write_text(json.dumps(listing))
    monkeypatch.setenv("UV_PYTHON_DOWNLOADS_JSON_URL", str(tmp_path / "downloads.json"))
    monkeypatch.setattr(interp, "_discovered", list)  # as on a machine without that Python

    s = mirror.server
    choice = Choice(build_id="runtime-only", channel="torch-xpu", ipex_version=None, torch_version="2.8.0+xpu",
                    python=mm, os="linux", expect="aot", matched_target=None, reasons=[],
                    steps=[Step(id="runtime", requirements=["intel-sycl-rt==2025.1.1", "dpcpp-cpp-rt==2025.1.1"],
                                index_url=s.pypi_index())])
    target = tmp_path / "env 张三"
    result = install(Plan(choice=choice), target)
    assert result.python["source"] == "uv-install"
    assert result.python["path"].startswith(str(paths.data_dir() / "pythons"))
    assert result.installed == {"intel-sycl-rt": "2025.1.1", "dpcpp-cpp-rt": "2025.1.1"}
    r = proc.run([str(venv_python(target)), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                 env=proc.clean_env())
    assert r.stdout.strip() == mm
    assert s.stats(f"/gh/astral-sh/python-build-standalone/releases/download/20990101/{name}").requests == 1
    # A second install finds the Python uv installed for us, without downloading it again.
    again = install(Plan(choice=choice), tmp_path / "second")
    assert again.python["source"] == "uv-find" and again.python["path"] == result.python["path"]


@NEEDS_VENV_MODULE
def test_pip_on_windows_builds_in_place_and_a_failure_puts_the_broken_venv_back(mirror, tmp_path, monkeypatch):
    """pip's Windows launchers embed the venv path, so there the venv is built where it will
    live. The same code path, exercised here: a failure removes what was made and puts the
    user's broken venv back; a success leaves scripts that name the final path."""
    import app.install.engine as engine

    monkeypatch.setattr(engine, "build_in_place", lambda backend_name: backend_name == "pip")
    target = tmp_path / "env"
    venv_scripts(target).mkdir(parents=True)
    (target / "pyvenv.cfg").write_text("home = /nowhere\n")
    (target / "notes.txt").write_text("mine")
    broken = Step(id="extras", requirements=["does-not-exist==1.0"], index_url=mirror.server.pypi_index())
    with pytest.raises(AppError, match="Step 'extras' failed: pip found no does-not-exist"):
        install(make_plan(mirror, extra_steps=[broken]), target, backend="pip")
    assert sorted(p.name for p in target.iterdir()) == sorted([venv_scripts(target).name, "notes.txt", "pyvenv.cfg"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["env"]
    result = install(make_plan(mirror), target, backend="pip")
    assert result.quarantined and torch_version(target) == "2.8.0+xpu"
    assert names_python(script(target, "pip"), target)


@pytest.mark.skipif(os.name == "nt", reason="SIGINT to one child process is POSIX-only (Windows has console events)")
def test_ctrl_c_in_the_cli_cancels_and_rolls_back(mirror, tmp_path, standard_wheels):
    import signal
    import subprocess
    import sys
    import time

    from mirror.wheels import build_wheel

    big = build_wheel(tmp_path / "w", "torch", "2.8.0+xpu",
                      tag=standard_wheels["torch==2.8.0+xpu"].name.split("-", 2)[2][:-4], padding=4_000_000)
    mirror.server.publish(big, "pytorch")
    mirror.server.fault(torch_file_path(mirror), rate=200_000)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    target = tmp_path / "ctrl c"
    env = proc.clean_env({"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"})
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen([sys.executable, "-m", "app", "install", "--plan", str(plan_file), "--venv", str(target),
                              "--yes"], cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while mirror.server.stats(torch_file_path(mirror)).bytes_sent < 300_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    child.send_signal(signal.SIGINT)
    _out, err = child.communicate(timeout=60)
    assert time.monotonic() - started < 5  # prompt
    assert child.returncode == 1, err
    assert "Cancelled as you asked; nothing was changed." in err and "Traceback" not in err
    assert not target.exists() and leftovers(tmp_path) == []


def test_cli_install_speaks_chinese(mirror, tmp_path, run_cli):
    """`install --lang zh_CN`: the dry run, the progress lines and the result in Chinese (the
    engine's own log lines stay English, as in its log); the paths and versions verbatim."""
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    env = {"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}
    target = tmp_path / "中文 env"
    r = run_cli("--lang", "zh_CN", "install", "--plan", plan_file, "--venv", target, "--dry-run", env_extra=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "试运行：未下载或更改任何内容。"
    r = run_cli("install", "--plan", plan_file, "--venv", target, "--yes", "--lang", "zh_CN", env_extra=env)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    done = next(line for line in lines if line.startswith("已用 "))
    assert done.startswith("已用 uv 将 ipex-2.8.10-torch-2.8.0-xpu 安装到 ") and str(target) in done, done
    assert lines[-1].startswith("安装日志：") and "Install log" not in r.stdout and "Installed " not in r.stdout
    assert any(line.startswith("  下载 torch-2.8.0+xpu") for line in lines), r.stdout
    assert "  torch 2.8.0+xpu" in lines  # the versions installed: data
