"""A real venv (python -m venv, real pip, --no-index from a folder) made of stand-in wheels
whose libraries carry the real ocloc archives: torch, IPEX, two third-party SYCL packages, a
SPIR-V-only one and the SYCL runtime. The forecast, the doctor's findings, the support
bundle and the smoke test's prediction all read it. Expected answers are written by hand
from ocloc_names.md §3 (see tests/core/test_forecast.py's table)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import standin_wheels as sw
import synthetic_binaries as sb

from app.hostos import venv_python
from app.probe.devices import make_gpu
from app.probe.model import Probe

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
GENERIC_IR = 1432  # every reference archive's generic_ir member (MANIFEST.json)


def _wheels(dest: Path) -> list[Path]:
    ar = sb.reference_archive
    return [
        sw.make_wheel(dest, "torch", "2.7.0+xpu", {
            "torch/__init__.py": b"",
            "torch/lib/libtorch_xpu.so": sb.elf_library_multi(
                [("spir64_gen", ar("torch-2.7-linux.ar"))] * 3 + [("spir64", ar("kernel.spv"))],
                needed=("libsycl.so.8",)),
            "torch/lib/libc10.so": sb.elf_library_multi([], needed=("libc.so.6",)),
        }, tag="py3-none-any"),
        sw.make_wheel(dest, "intel-extension-for-pytorch", "2.5.10+xpu", {
            "intel_extension_for_pytorch/lib/libintel-ext-pt-gpu.so": sb.elf_library_multi(
                [("spir64_gen", ar("torch-2.5-linux.ar"))] * 2, needed=("libsycl.so.8",))}),
        sw.make_wheel(dest, "kernels-new", "1.0", {"kernels_new/_C.abi3.so": sb.elf_library_multi(
            [("spir64_gen", ar("torch-2.10-linux.ar"))], needed=("libsycl.so.8",))}),
        sw.make_wheel(dest, "kernels-mtl", "0.3", {"kernels_mtl/libk.so.2": sb.elf_library_multi(
            [("spir64_gen", ar("no-spirv-mtl.ar"))], needed=("libsycl.so.8",))}),
        sw.make_wheel(dest, "spirv-only", "0.1", {"spirv_only/_impl.so": sb.elf_library_multi(
            [("spir64", ar("kernel.spv"))] * 4, needed=("libsycl.so.8",))}),
        sw.make_wheel(dest, "intel-sycl-rt", "2025.0.4", {
            "intel_sycl_rt-2025.0.4.data/data/lib/libsycl.so.8": sb.elf_library_multi([])}),
    ]


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    if sys.platform == "win32":
        pytest.skip("the stand-in libraries are Linux ELF files in a Linux venv layout")
    root = tmp_path_factory.mktemp("forecast")
    house = root / "wheels"
    house.mkdir()
    _wheels(house)
    target = root / "venv with space"
    subprocess.run([sys.executable, "-m", "venv", str(target)], check=True, capture_output=True)
    done = subprocess.run([str(venv_python(target)), "-m", "pip", "install", "--quiet", "--no-index",
                           "--find-links", str(house), "torch", "intel-extension-for-pytorch", "kernels-new",
                           "kernels-mtl", "spirv-only", "intel-sycl-rt"],
                          capture_output=True, text=True, env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    assert done.returncode == 0, done.stderr
    return target


def _probe(tmp_path: Path, pci: str) -> Path:
    probe = Probe(os="linux", gpus=[make_gpu(pci)], primary=0)
    path = tmp_path / "probe.json"
    path.write_text(json.dumps(probe.to_json()))
    return path


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *argv], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300)


def test_forecast_of_a_pip_installed_venv(venv, tmp_path):
    run = _cli("forecast", "--venv", str(venv), "--probe", str(_probe(tmp_path, "0xe20b")), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    expect = {p["package"]: (p["expect"], p["certainty"]) for p in data["packages"]}
    # B580 (20.1.0, bmg): Linux 2.7 and 2.10 lists hold 64.bmg (AOT [S]); Linux 2.5 list none (JIT [S]);
    # mtl-u,mtl-h without IR: no member, no SPIR-V (load fails, §2 step 7); SPIR-V only: JIT.
    assert expect == {"torch": ("aot", "documented"), "intel-extension-for-pytorch": ("jit", "documented"),
                      "kernels-new": ("aot", "documented"), "kernels-mtl": ("fail", "documented"),
                      "spirv-only": ("jit", "documented")}
    # pip wrote the runtime into the venv's lib/ and listed it as ../../../lib/libsycl.so.8 in RECORD.
    assert data["runtime"]["present"] == [{"abi": "libsycl.so.8", "file": "lib/libsycl.so.8",
                                           "package": "intel-sycl-rt"}]
    assert data["runtime"]["needed"] == ["libsycl.so.8"]
    summary = data["summary"]
    assert summary["spirv_modules"] == 2 + 4
    assert summary["spirv_bytes"] == 2 * GENERIC_IR + 4 * len(sb.reference_archive("kernel.spv"))
    text = _cli("forecast", "--venv", str(venv), "--gpu", "0x7d55")
    # MTL-H 12.71.4 is in every list and in the -exclude_ir one: only spirv-only compiles.
    assert text.returncode == 0
    assert text.stdout.rstrip().endswith("These packages will compile on first use: spirv-only "
                                         "(4 SPIR-V modules, 4.2 kB).")


def test_doctor_bundle_and_prediction_carry_the_forecast(venv, tmp_path):
    probe = _probe(tmp_path, "0xe20b")
    run = _cli("doctor", "--venv", str(venv), "--probe", str(probe), "--json")
    data = json.loads(run.stdout)
    findings = {f["id"]: f for f in data["findings"]}
    assert findings["forecast.fail"]["severity"] == "error"
    assert findings["forecast.fail"]["params"]["fail_packages"] == ["kernels-mtl"]
    jit = findings["forecast.jit"]
    assert jit["params"]["jit_packages"] == ["intel-extension-for-pytorch", "spirv-only"]
    assert jit["message"].startswith("These packages will compile on first use on Intel(R) Arc(TM) B580 Graphics")
    assert data["forecast"]["expect"] == "fail"

    bundle = tmp_path / "support.zip"
    made = _cli("report", "--venv", str(venv), "--probe", str(probe), "--out", str(bundle))
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(bundle) as zf:
        forecast = json.loads(zf.read("forecast.json"))
        summary = zf.read("SUMMARY.md").decode()
    assert {lib["package"] for lib in forecast["libraries"]} >= {"torch", "kernels-mtl"}
    assert "- Forecast: **fail** (documented): These packages have no code this GPU can run" in summary

    from app.smoke.predict import predict

    # The smoke test's prediction: torch (AOT) and IPEX (JIT) are what its workload loads.
    prediction = predict(venv, "20.1.0", "bmg")
    assert prediction["expect"] == "mixed"
    assert {Path(lib["file"]).name: lib["expect"] for lib in prediction["libraries"]} == {
        "libtorch_xpu.so": "aot", "libintel-ext-pt-gpu.so": "jit"}
    assert prediction["forecast"]["summary"]["fail_packages"] == ["kernels-mtl"]


def test_a_later_install_of_another_runtime_generation_is_caught(venv, tmp_path):
    """A package built against libsycl.so.7, installed later with real pip, cannot load."""
    house = tmp_path / "later"
    house.mkdir()
    sw.make_wheel(house, "old-kernels", "0.9", {"old_kernels/libold.so": sb.elf_library_multi(
        [("spir64_gen", sb.reference_archive("torch-2.7-linux.ar"))], needed=("libsycl.so.7",))})
    done = subprocess.run([str(venv_python(venv)), "-m", "pip", "install", "--quiet", "--no-index", "--find-links",
                           str(house), "old-kernels"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    try:
        data = json.loads(_cli("forecast", "--venv", str(venv), "--gpu", "0xe20b", "--json").stdout)
        (problem,) = [p for p in data["runtime"]["problems"] if p["id"].startswith("runtime.abi")]
        assert problem["params"]["needed"] == "libsycl.so.7" and problem["params"]["package"] == "old-kernels"
        doctor = json.loads(_cli("doctor", "--venv", str(venv), "--probe", str(_probe(tmp_path, "0xe20b")),
                                 "--json").stdout)
        assert "runtime.abi_missing" in {f["id"] for f in doctor["findings"]}
    finally:
        subprocess.run([str(venv_python(venv)), "-m", "pip", "uninstall", "-y", "--quiet", "old-kernels"],
                       capture_output=True)
