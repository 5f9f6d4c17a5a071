"""Forecasts on real binaries from PyPI (the inspector's real-binary set, tests/runtimes.py):
bitsandbytes' Windows XPU DLLs, vllm-xpu-kernels' Linux libraries, and the dpnp/dpctl
runtime venvs (UR era libsycl.so.9, PI era libsycl.so.7), against the GPUs of
ocloc_names.md §3. Each expected answer is written by hand: the members the files hold
(asserted first, read by the inspector) run through the rule of §2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import runtimes

from app.smoke.forecast.environment import forecast_venv
from app.smoke.forecast.target import from_pci
from app.smoke.forecast.wheel import forecast_wheel_file

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]

B580, A770, A380, MTL_U, MTL_H, ARL_S, ARL_H, LNL, TGL = (
    "0xe20b", "0x56a0", "0x56a5", "0x7d45", "0x7d55", "0x7d67", "0x7d51", "0x64a0", "0x9a49")


@pytest.fixture(scope="module")
def bnb_wheel():
    return runtimes.download_wheel("bitsandbytes==0.50.2", "win_amd64")


@pytest.fixture(scope="module")
def vllm_wheel():
    return runtimes.download_wheel("vllm-xpu-kernels==0.1.16.2", "manylinux_2_28_x86_64")


# bitsandbytes 0.50.2 win_amd64: every spir64_gen archive holds 64.12.60.7 64.12.70.4 64.12.71.4
# 64.12.55.8 generic_ir (the pvc,xe-lpg,ats-m150 list, ocloc_names.md §4).
BNB = {
    A770: ("aot", "64.12.55.8", "documented"),  # §4 "AOT on A770"
    MTL_U: ("aot", "64.12.70.4", "documented"),  # §4 "and MTL"
    MTL_H: ("aot", "64.12.71.4", "documented"),
    ARL_S: ("aot", "64.12.70.4", "documented"),  # §3 "ARL-S/U | Win 2.5/2.6, Linux 2.5/2.6 (xe-lpg) | AOT [S]"
    A380: ("jit", "generic_ir", "inferred"),  # §4 "JIT on A380" ([I]: 64.12.55.8 is compatible, not picked)
    B580: ("jit", "generic_ir", "documented"),  # §4 "JIT on ... B580"
    LNL: ("jit", "generic_ir", "documented"),  # §4 "... LNL"
    ARL_H: ("jit", "generic_ir", "documented"),  # §4 "... and ARL-H"
    TGL: ("jit", "generic_ir", "documented"),  # §3 "Xe-LP | every list | none | JIT [S]"
}


@pytest.mark.parametrize("pci", sorted(BNB))
def test_bitsandbytes_windows_dlls(bnb_wheel, pci):
    result = forecast_wheel_file(bnb_wheel, from_pci(pci))
    libs = {lib["file"].rsplit("/", 1)[-1]: lib for lib in result["libraries"]}
    assert set(libs) == {"libbitsandbytes_xpu2025.dll", "libbitsandbytes_xpu2026.dll"}  # the CUDA/ROCm DLLs: none
    for lib in libs.values():
        assert lib["aot_ip_versions"] == ["12.55.8", "12.60.7", "12.70.4", "12.71.4"]  # the members, read
        assert (lib["expect"], lib["member"], lib["certainty"]) == BNB[pci], lib["reason"]
        if lib["expect"] == "jit":  # each of the 3 archives compiles its generic_ir
            assert lib["spirv_modules"] == 3 and lib["spirv_bytes"] > 10_000
    assert result["runtime"]["needed"] == ["sycl8.dll", "sycl9.dll"]
    assert result["packages"][0]["package"] == "bitsandbytes"


# vllm-xpu-kernels 0.1.16.2: libattn_kernels_xe_2.so's 251 archives hold 64.12.60.7 64.bmg(20.1.0)
# 64.20.1.0 64.20.2.0 generic_ir; libattn_kernels_xe_3.so's 248 hold 64.35.11.0 (twice) generic_ir.
VLLM_XE2 = {
    B580: ("aot", "64.20.1.0", "documented"),  # §2 step 1: the exact IP 20.1.0 comes before `bmg`
    LNL: ("aot", "64.bmg", "inferred"),  # step 5: lnl falls back to bmg; 20.1.0 code on 20.4.4 [I]
    A770: ("jit", "generic_ir", "documented"),  # no dg2 or 12.55 member
    MTL_H: ("jit", "generic_ir", "documented"),
}


@pytest.mark.parametrize("pci", sorted(VLLM_XE2))
def test_vllm_linux_libraries(vllm_wheel, pci):
    result = forecast_wheel_file(vllm_wheel, from_pci(pci))
    libs = {lib["file"].rsplit("/", 1)[-1]: lib for lib in result["libraries"]}
    xe2, xe3 = libs["libattn_kernels_xe_2.so"], libs["libattn_kernels_xe_3.so"]
    assert xe2["aot_ip_versions"] == ["12.60.7", "20.1.0", "20.2.0"] and xe2["images"] == 251
    assert (xe2["expect"], xe2["member"], xe2["certainty"]) == VLLM_XE2[pci], xe2["reason"]
    assert xe2["spirv_modules"] == (251 if VLLM_XE2[pci][0] == "jit" else 0)
    assert xe3["aot_ip_versions"] == ["35.11.0"]
    assert (xe3["expect"], xe3["member"]) == ("jit", "generic_ir")  # only Xe3P (cri) code in it
    assert xe3["spirv_modules"] == 248
    assert result["summary"]["expect"] == "jit"


def test_inspect_cli_on_the_real_wheel(bnb_wheel):
    run = subprocess.run([sys.executable, "-m", "app", "inspect", str(bnb_wheel), "--gpu", B580, "--json"],
                         capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                         timeout=300)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["aot_ip_versions"] == ["12.55.8", "12.60.7", "12.70.4", "12.71.4"]  # the existing contract
    fc = data["forecast"]
    assert (fc["expect"], fc["member"], fc["certainty"]) == ("jit", "generic_ir", "documented")
    assert [lib["file"] for lib in fc["libraries"]] == ["bitsandbytes/libbitsandbytes_xpu2025.dll",
                                                        "bitsandbytes/libbitsandbytes_xpu2026.dll"]
    assert fc["spirv_modules"] == 6


def test_windows_venv_with_the_real_dlls_and_no_runtime(bnb_wheel, tmp_path):
    """The real DLLs in a Windows venv layout, without intel-sycl-rt: each needs its own runtime."""
    site = tmp_path / "venv" / "Lib" / "site-packages"
    with zipfile.ZipFile(bnb_wheel) as zf:
        for name in zf.namelist():
            if name.endswith(("xpu2025.dll", "xpu2026.dll")) or name.startswith("bitsandbytes-0.50.2.dist-info/"):
                zf.extract(name, site)
    result = forecast_venv(tmp_path / "venv", from_pci(A770), env={}, ld_conf=None)
    assert {p["package"]: p["expect"] for p in result["packages"]} == {"bitsandbytes": "aot"}
    missing = sorted(p["params"]["needed"] for p in result["runtime"]["problems"] if p["id"] == "runtime.abi_missing")
    assert missing == ["sycl8.dll", "sycl9.dll"]


def test_ur_runtime_venv_spirv_only_with_its_own_runtime():
    venv = runtimes.ur_runtime()
    result = forecast_venv(venv, from_pci(B580), env={}, ld_conf=None)
    packages = {p["package"]: p for p in result["packages"]}
    # Intel's dpnp/dpctl/oneMKL wheels carry only SPIR-V (pe_sycl_images.md): every one JITs.
    assert {"dpnp", "dpctl"} <= set(packages)
    assert {p["expect"] for p in packages.values()} == {"jit"}
    assert all(p["certainty"] == "documented" for p in packages.values())
    assert result["summary"]["spirv_modules"] > 10_000
    assert [r["abi"] for r in result["runtime"]["present"]] == ["libsycl.so.9"]  # intel-sycl-rt 2026.2
    assert "libsycl.so.9" in result["runtime"]["needed"]
    assert [p for p in result["runtime"]["problems"] if p["id"].startswith("runtime.abi")] == []


def test_pi_runtime_venv_needs_its_older_generation():
    venv = runtimes.pi_runtime()
    result = forecast_venv(venv, from_pci(A770), env={}, ld_conf=None)
    assert "libsycl.so.7" in {r["abi"] for r in result["runtime"]["present"]}  # dpcpp-cpp-rt 2024.2
    dpctl = [lib for lib in result["libraries"] if lib["package"] == "dpctl"]
    assert dpctl and all(lib["sycl_abi"] == ["libsycl.so.7"] for lib in dpctl if lib["sycl_abi"])
    assert [p for p in result["runtime"]["problems"] if p["id"].startswith("runtime.abi")] == []
