"""`python -m app doctor` on real venvs (python -m venv + wheels installed by pip): healthy,
torch replaced by a CPU build, mismatched versions, stray environment variables; each finding
asserted by id. One test installs the real CPU torch 2.13.0 when it can be had."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from doctor_venvs import build_wheel, clear_sycl_env, healthy_venv, pip_install

pytestmark = pytest.mark.slow

PROBE = Path(__file__).resolve().parent.parent / "data" / "doctor" / "probe_a770_linux.json"
# Variables of the developer's own shell must not leak into these runs.
CLEAN = {"SYCL_CACHE_PERSISTENT": "1"}


def _doctor(run_cli, venv, *extra, env=None):
    env = dict(CLEAN, **(env or {}))
    result = run_cli("doctor", "--venv", venv, "--probe", PROBE, "--json", *extra, env_extra=env)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def _ids(report, severity=None):
    return [f["id"] for f in report["findings"] if severity is None or f["severity"] == severity]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """One healthy venv shared by the tests that only read it."""
    root = tmp_path_factory.mktemp("doctor")
    return healthy_venv(root)


@pytest.fixture
def venv(tmp_path):
    """A private healthy venv for a test that breaks it (venvs do not survive being copied)."""
    return healthy_venv(tmp_path)


@pytest.fixture(autouse=True)
def _no_stray_env(monkeypatch):
    clear_sycl_env(monkeypatch)


def test_healthy_venv(run_cli, base):
    code, report = _doctor(run_cli, base)
    assert code == 0, report
    assert report["healthy"] is True
    assert _ids(report, "error") == [] and _ids(report, "warning") == []
    assert {"torch.xpu_build", "gpu.found", "driver.ok", "cache.location"} <= set(_ids(report))
    assert report["packages"] == {"torch": "2.8.0+xpu", "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu"}


def test_text_output_says_healthy(run_cli, base):
    result = run_cli("doctor", "--venv", base, "--probe", PROBE, env_extra=CLEAN)
    assert result.returncode == 0, result.stderr
    assert "Healthy: no errors or warnings" in result.stdout
    assert "[torch.xpu_build]" in result.stdout


def test_torch_replaced_by_a_cpu_build(run_cli, venv, tmp_path):
    cpu = build_wheel(tmp_path, "torch", "2.8.0+cpu")
    pip_install(venv, [cpu], "--force-reinstall")
    code, report = _doctor(run_cli, venv)
    assert code == 1
    assert "torch.not_xpu" in _ids(report, "error")
    f = next(f for f in report["findings"] if f["id"] == "torch.not_xpu")
    assert f["params"] == {"version": "2.8.0+cpu", "flavour": "cpu"}
    assert "--index-url https://download.pytorch.org/whl/xpu" in f["fix"]


def test_cuda_build_from_pypi_metadata(run_cli, venv, tmp_path):
    cuda = build_wheel(tmp_path, "torch", "2.8.0", ['nvidia-cuda-runtime-cu12==12.8.90; platform_system == "Linux"'])
    pip_install(venv, [cuda], "--force-reinstall")
    code, report = _doctor(run_cli, venv)
    assert code == 1
    f = next(f for f in report["findings"] if f["id"] == "torch.not_xpu")
    assert f["params"]["flavour"] == "cuda"
    # Its CUDA runtime is not installed either; that is a plain missing dependency.
    assert "deps.missing" in _ids(report, "error")


def test_mismatched_versions(run_cli, venv, tmp_path):
    wheels = [
        build_wheel(tmp_path, "torchvision", "0.22.0+xpu", ["torch==2.7.0"]),
        build_wheel(tmp_path, "intel-sycl-rt", "2025.0.4"),
        build_wheel(tmp_path, "intel-extension-for-pytorch", "2.7.10+xpu"),
    ]
    pip_install(venv, wheels, "--force-reinstall")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "uninstall", "-y", "-q", "tcmlib"],
        check=True,
        capture_output=True,
    )
    code, report = _doctor(run_cli, venv)
    assert code == 1
    errors = {(f["id"], f["params"].get("package")) for f in report["findings"] if f["severity"] == "error"}
    assert ("versions.mismatch", "torch") in errors  # torchvision 0.22 is built for torch 2.7
    assert ("oneapi.wrong_version", "intel-sycl-rt") in errors
    assert ("oneapi.missing", "tcmlib") in errors
    assert ("ipex.torch_mismatch", None) in errors
    assert "ipex.archived" in _ids(report, "info")


def test_stray_environment_variables(run_cli, base):
    env = {
        "SYCL_DEVICE_FILTER": "opencl:cpu",
        "ONEAPI_DEVICE_SELECTOR": "opencl:cpu",
        "ONEAPI_ROOT": "/opt/intel/oneapi",
        "SYCL_PI_TRACE": "2",
    }
    code, report = _doctor(run_cli, base, env=env)
    assert code == 1
    got = {(f["id"], f["params"].get("name"), f["severity"]) for f in report["findings"]}
    assert ("env.stray_variable", "SYCL_DEVICE_FILTER", "warning") in got
    assert ("env.device_selector_hides_gpu", "ONEAPI_DEVICE_SELECTOR", "error") in got
    assert ("env.sycl_pi_trace", "SYCL_PI_TRACE", "error") in got  # intel-sycl-rt 2025.1.1 is UR
    assert any(f["id"] == "env.system_oneapi" for f in report["findings"])


def test_jit_cache_persistence_off_is_reported(run_cli, base):
    result = run_cli("doctor", "--venv", base, "--probe", PROBE, "--json", env_extra={"SYCL_CACHE_PERSISTENT": "0"})
    report = json.loads(result.stdout)
    assert "cache.persistence_off" in _ids(report)
    loc = next(f for f in report["findings"] if f["id"] == "cache.location")
    assert loc["params"]["persistent"] is False and loc["params"]["path"].endswith("libsycl_cache")


def test_this_machine_without_a_recorded_probe(run_cli, base):
    """No --probe: the real probe of this machine (no Intel GPU here, or one on a lent box)."""
    result = run_cli("doctor", "--venv", base, "--json", env_extra=CLEAN)
    report = json.loads(result.stdout)
    ids = _ids(report)
    assert ("gpu.none" in ids) != ("gpu.found" in ids)
    if "gpu.none" in ids:
        assert result.returncode == 1


@pytest.mark.parametrize("make", ["missing", "not_a_venv"])
def test_bad_venv_is_exit_2(run_cli, tmp_path, make):
    target = tmp_path / "nope"
    if make == "not_a_venv":
        target.mkdir()
    result = run_cli("doctor", "--venv", target)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_bad_probe_file_is_exit_2(run_cli, base, tmp_path):
    bad = tmp_path / "p.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run_cli("doctor", "--venv", base, "--probe", bad)
    assert result.returncode == 2 and "not valid JSON" in result.stderr


# --- the real CPU torch ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def cpu_torch_venv():
    """A venv with the real PyTorch 2.13.0 CPU build, shared through the tests' runtime cache
    (tests/runtimes.py installs it once with pip; it skips, saying why, where pip cannot)."""
    import runtimes

    return runtimes.torch_cpu_venv()


def test_real_cpu_torch_and_the_in_venv_check(run_cli, cpu_torch_venv):
    result = run_cli(
        "doctor", "--venv", cpu_torch_venv, "--probe", PROBE, "--json", "--check-xpu", env_extra=CLEAN, timeout=300
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    not_xpu = next(f for f in report["findings"] if f["id"] == "torch.not_xpu")
    assert not_xpu["params"] == {"version": "2.13.0+cpu", "flavour": "cpu"}
    # The real torch.xpu answers False in the venv, and the doctor names the likely cause.
    xpu = next(f for f in report["findings"] if f["id"] == "xpu.unavailable")
    assert xpu["params"]["device_count"] == 0
    assert "torch.not_xpu" in xpu["params"]["reasons"]
    assert report["checked_xpu"] is True


# --- AOT coverage, from real ocloc archives placed where torch keeps its XPU kernels -------------


def _torch_with_kernels(tmp_path, archive: Path) -> Path:
    """A torch 2.8.0+xpu wheel whose torch/lib/libtorch_xpu.so is a real ocloc archive (the
    inspector reads a raw archive as a spir64_gen image), installed into a healthy venv."""
    venv = healthy_venv(tmp_path)
    from doctor_venvs import HEALTHY

    version, requires = HEALTHY["torch"]
    files = {"torch/__init__.py": "__version__ = '2.8.0+xpu'\n", "torch/lib/libtorch_xpu.so": archive.read_bytes()}
    wheel = build_wheel(tmp_path / "wheels", "torch", version, requires, files)
    pip_install(venv, [wheel], "--force-reinstall")
    return venv


@pytest.mark.parametrize(
    "archive, probe, finding, severity, expect",
    [
        ("torch-2.7-linux.ar", "probe_a770_linux.json", "aot.covered", "info", "aot"),
        ("torch-2.7-linux.ar", "probe_mtlu_linux.json", "aot.not_covered", "warning", "jit"),
        ("no-spirv-mtl.ar", "probe_a770_linux.json", "aot.no_spirv", "error", "fail"),
    ],
)
def test_aot_coverage(run_cli, tmp_path, reference_dir, archive, probe, finding, severity, expect):
    venv = _torch_with_kernels(tmp_path, reference_dir / "ocloc_archives" / archive)
    result = run_cli(
        "doctor", "--venv", venv, "--probe", PROBE.parent / probe, "--json", env_extra={"SYCL_CACHE_PERSISTENT": "0"}
    )
    report = json.loads(result.stdout)
    f = next(f for f in report["findings"] if f["id"].startswith("aot."))
    assert (f["id"], f["severity"]) == (finding, severity), f
    assert report["expect"] == expect
    assert result.returncode == (0 if severity == "info" else 1)
    if expect == "jit":  # JIT needs the cache, so an off cache becomes a warning
        off = next(x for x in report["findings"] if x["id"] == "cache.persistence_off")
        assert off["severity"] == "warning"
