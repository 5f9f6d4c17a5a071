"""A repeat install into a venv that already has the plan skips the safety copy and the uv
runs, and only then: real venvs, real uv, wheels from the loopback mirror. Each case that must
not be skipped changes the venv (or the wheel) the way a user or a broken disk would, and
checks that the steps ran and left the plan's packages in place."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, native_tag, standard_wheels  # noqa: F401 (fixtures)
from mirror.wheels import build_wheel

from app import proc
from app.envs.interpreter import uv_bin
from app.envs.venv import installed, own_site_packages, venv_python
from app.events import StepStarted
from app.install import satisfied
from app.install.engine import RECORD_DIR
from app.install.engine import install as engine_install

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

PLAN_VERSIONS = {"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.10+xpu",
                 "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu"}


def install(*args, **kwargs):
    kwargs.setdefault("seed_pip", False)
    return engine_install(*args, **kwargs)


def site(venv: Path) -> Path:
    found = own_site_packages(venv_python(venv))
    assert found is not None
    return found


def file_ids(venv: Path) -> dict[str, tuple[int, int, int]]:
    """(inode, size, mtime) of every file in the venv: what a skipped install must not touch."""
    out = {}
    for root, _dirs, files in os.walk(venv):
        if RECORD_DIR in root:
            continue  # the record of the install is rewritten each time
        for name in files:
            st = os.stat(os.path.join(root, name), follow_symlinks=False)
            out[os.path.join(root, name)] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return out


def uv_pip(venv: Path, *args: str) -> None:
    r = proc.run([uv_bin(), "pip", *args, "--python", str(venv_python(venv))], env=proc.clean_env())
    assert r.returncode == 0, r.stderr


def ran_steps(result) -> list[bool]:
    return [not s.skipped for s in result.steps]


def log_text(result) -> str:
    return Path(result.log_path).read_text(encoding="utf-8")


def test_a_repeat_install_of_the_same_plan_changes_nothing_and_runs_no_step(mirror, tmp_path):
    target = tmp_path / "v"
    plan = make_plan(mirror)
    first = install(plan, target, seed_pip=True)  # pip is added after the steps: it must count too
    assert ran_steps(first) == [True, True]
    assert (target / RECORD_DIR / satisfied.STATE_FILE).is_file()
    before = file_ids(target)
    events = []
    second = install(plan, target, on_event=events.append)
    assert second.applied and second.mode == "adopt"
    assert ran_steps(second) == [False, False]
    assert second.installed == PLAN_VERSIONS
    started = [e.step for e in events if isinstance(e, StepStarted)]
    assert "snapshot" not in started and "verify" in started
    assert "already has exactly what every step installs" in log_text(second)
    assert "Using Python" not in log_text(second)  # uv never ran
    assert file_ids(target) == before  # not one file linked, copied or rewritten
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no safety copy


def test_a_wrong_version_is_not_skipped_even_when_the_record_matches(mirror, tmp_path):
    """The CPU torch from PyPI replaced the XPU one, and the record was (wrongly) refreshed:
    the version check alone must refuse the shortcut, and the steps put 2.8.0+xpu back."""
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    uv_pip(target, "uninstall", "torch")  # else uv keeps 2.8.0+xpu: it satisfies ==2.8.0
    uv_pip(target, "install", "--index-url", mirror.server.pypi_index(), "torch==2.8.0")
    assert installed(venv_python(target))["torch"] == "2.8.0"
    satisfied.write_state(target / RECORD_DIR, site(target))
    result = install(plan, target)
    assert ran_steps(result) == [True, True]
    assert "torch is 2.8.0, not 2.8.0+xpu" in log_text(result)
    assert installed(venv_python(target))["torch"] == "2.8.0+xpu"


def test_a_tampered_file_is_not_skipped(mirror, tmp_path):
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    init = site(target) / "torch" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "import os  # patched\n", encoding="utf-8")
    result = install(plan, target)
    assert ran_steps(result) == [True, True]
    assert "files changed: torch-2.8.0+xpu.dist-info" in log_text(result)


def test_a_deleted_file_is_not_skipped(mirror, tmp_path):
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    (site(target) / "intel_extension_for_pytorch" / "__init__.py").unlink()
    result = install(plan, target)
    assert ran_steps(result) == [True, True]
    assert "files changed: intel_extension_for_pytorch-2.8.10+xpu.dist-info" in log_text(result)


def test_a_package_added_by_hand_is_not_skipped(mirror, tmp_path):
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    uv_pip(target, "install", "--index-url", mirror.server.pypi_index(), "dpcpp-cpp-rt==2025.1.1")
    result = install(plan, target)
    assert ran_steps(result) == [True, True]
    assert "added: dpcpp_cpp_rt-2025.1.1.dist-info" in log_text(result)


def test_a_missing_dependency_is_not_skipped_even_when_the_record_matches(mirror, tmp_path):
    """torch declares intel-sycl-rt==2025.1.1 (fetched by us, so the torch step names its file);
    uv would install it again, so must we."""
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    uv_pip(target, "uninstall", "intel-sycl-rt")
    satisfied.write_state(target / RECORD_DIR, site(target))
    result = install(plan, target)
    assert ran_steps(result) == [True, True]
    assert "step 'torch': intel-sycl-rt is not installed" in log_text(result)
    assert installed(venv_python(target))["intel-sycl-rt"] == "2025.1.1"


def test_a_dependency_uv_resolves_itself_is_checked_too(mirror, tmp_path):
    """Offline from a wheelhouse, torch's dependency intel-sycl-rt is left to uv (not a file of
    the step): the shortcut walks torch's Requires-Dist and finds it missing."""
    house = tmp_path / "house"
    house.mkdir()
    for path in mirror.wheels.values():
        shutil.copy(path, house / path.name)
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target, wheelhouse=house)
    assert ran_steps(install(plan, target, wheelhouse=house)) == [False, False]
    uv_pip(target, "uninstall", "intel-sycl-rt")
    satisfied.write_state(target / RECORD_DIR, site(target))
    result = install(plan, target, wheelhouse=house)
    assert ran_steps(result) == [True, True]
    assert "intel-sycl-rt, which torch needs, is not installed" in log_text(result)
    assert installed(venv_python(target))["intel-sycl-rt"] == "2025.1.1"


def test_the_same_version_from_another_wheel_is_not_skipped(mirror, tmp_path):
    """The index now serves a different torch 2.8.0+xpu file (a rebuilt wheel, another hash):
    the installed files are not that wheel's, so the step runs and installs its content."""
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    rebuilt = build_wheel(tmp_path / "rebuilt", "torch", "2.8.0+xpu", tag=native_tag(mirror.python),
                          requires=["intel-sycl-rt==2025.1.1"], padding=4096)
    mirror.server.publish(rebuilt, "pytorch")
    result = install(plan, target)
    assert ran_steps(result)[0]
    assert "the installed torch is not the content of" in log_text(result)
    payload = site(target) / "torch" / "_payload.bin"
    assert payload.is_file() and payload.stat().st_size == 4096  # the new wheel's file is installed
    again = install(plan, target)
    assert ran_steps(again) == [False, False]


def test_an_installed_build_with_more_files_is_not_skipped(mirror, tmp_path):
    """The venv's torch 2.8.0+xpu is another build that carries one more file (its other files
    match the plan's wheel byte for byte): installing the plan's wheel would remove that file,
    so the step runs, even with a record that matches the venv."""
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    bigger = build_wheel(tmp_path / "other", "torch", "2.8.0+xpu", tag=native_tag(mirror.python),
                         requires=["intel-sycl-rt==2025.1.1"], padding=4096)
    uv_pip(target, "install", "--reinstall", "--no-deps", str(bigger))
    payload = site(target) / "torch" / "_payload.bin"
    assert payload.is_file()
    satisfied.write_state(target / RECORD_DIR, site(target))
    result = install(plan, target)
    assert ran_steps(result)[0]
    assert "has a file torch-2.8.0+xpu" in log_text(result) and "_payload.bin" in log_text(result)
    assert not payload.exists()


def test_a_venv_made_without_this_app_runs_the_steps_once_then_is_skipped(mirror, tmp_path):
    """No record of ours (a venv made with plain uv from the same wheels): the steps run, and
    the record they leave lets the next repeat skip them."""
    target = tmp_path / "v"
    r = proc.run([uv_bin(), "venv", "--python", sys._base_executable, str(target)], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    wheels = [str(mirror.wheels[k]) for k in ("torch==2.8.0+xpu", "torchvision==0.23.0+xpu", "torchaudio==2.8.0+xpu",
                                              "intel-sycl-rt==2025.1.1", "intel-extension-for-pytorch==2.8.10+xpu")]
    uv_pip(target, "install", "--no-index", *wheels)
    plan = make_plan(mirror)
    first = install(plan, target)
    assert ran_steps(first) == [True, True]
    assert "no record of an earlier install by this app" in log_text(first)
    assert json.loads((target / RECORD_DIR / satisfied.STATE_FILE).read_text(encoding="utf-8"))["dists"]
    assert ran_steps(install(plan, target)) == [False, False]


def test_dependency_walk_follows_markers_and_extras_as_uv_does(tmp_path):
    """satisfied.unsatisfied() on a real venv: a dependency behind a marker that is false for
    the venv's Python is not needed; one behind an extra counts only when the extra is asked."""
    deps = tmp_path / "wheels"
    app_whl = build_wheel(deps, "app-pkg", "1.0", requires=[
        "never-there==1; python_version < '3.0'", "helper[fast]>=2", "missing-unless-extra==1; extra == 'gpu'"])
    helper = build_wheel(deps, "helper", "2.1", requires=["speedup==3; extra == 'fast'"])
    speedup = build_wheel(deps, "speedup", "3")
    venv = tmp_path / "v"
    r = proc.run([uv_bin(), "venv", "--python", sys._base_executable, str(venv)], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    uv_pip(venv, "install", "--no-index", str(app_whl), str(helper), str(speedup))
    py_version = ".".join(map(str, sys.version_info[:3]))
    dists = satisfied.read_dists(site(venv))
    assert dists is not None
    assert satisfied.unsatisfied([str(app_whl)], False, dists, py_version) is None
    assert satisfied.unsatisfied(["app-pkg==1.0"], False, dists, py_version) is not None  # installed from a file
    uv_pip(venv, "uninstall", "speedup")  # only helper[fast] needs it
    dists = satisfied.read_dists(site(venv))
    assert satisfied.unsatisfied([str(app_whl)], False, dists, py_version) == (
        "speedup, which helper needs, is not installed")
    assert satisfied.unsatisfied([str(app_whl)], True, dists, py_version) is None  # --no-deps steps do not care


def test_a_damaged_record_never_fails_the_install(mirror, tmp_path):
    """A RECORD line with a NUL in its path (os.stat raises ValueError on it): the install
    still succeeds, records what it can, and the next repeat runs the steps instead of
    trusting that package."""
    target = tmp_path / "v"
    plan = make_plan(mirror)
    install(plan, target)
    record = next(site(target).glob("torch-*.dist-info")) / "RECORD"
    with open(record, "a", encoding="utf-8") as f:
        f.write("torch/x\x00y.py,,\n")
    first = install(plan, target)
    assert first.applied and ran_steps(first) == [True, True]
    second = install(plan, target)
    assert second.applied and ran_steps(second) == [True, True]
    assert "has a file torch-2.8.0+xpu" in log_text(second)


def test_exact_pins_compare_as_pep_440_and_local_labels_count(tmp_path):
    """satisfied.unsatisfied() on a real venv with a package uv installed from find-links (an
    index-like source, so no direct_url.json): == compares versions, a local label must match,
    === compares the text."""
    deps = tmp_path / "wheels"
    build_wheel(deps, "helper", "2.1")
    venv = tmp_path / "v"
    r = proc.run([uv_bin(), "venv", "--python", sys._base_executable, str(venv)], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    uv_pip(venv, "install", "--no-index", "--find-links", str(deps), "helper==2.1")
    dists = satisfied.read_dists(site(venv))
    assert dists is not None
    py_version = ".".join(map(str, sys.version_info[:3]))
    assert satisfied.unsatisfied(["helper==2.1"], False, dists, py_version) is None
    assert satisfied.unsatisfied(["helper==2.1.0"], False, dists, py_version) is None
    assert satisfied.unsatisfied(["helper===2.1"], False, dists, py_version) is None
    assert satisfied.unsatisfied(["helper===2.1.0"], False, dists, py_version) == "helper is 2.1, not 2.1.0"
    assert satisfied.unsatisfied(["helper==2.1+xpu"], False, dists, py_version) == "helper is 2.1, not 2.1+xpu"
    assert satisfied.unsatisfied(["helper==2.*"], False, dists, py_version) == "helper==2.* is not an exact pin"
    assert satisfied.unsatisfied(["other==1"], False, dists, py_version) == "other is not installed"
