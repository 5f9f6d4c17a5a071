"""The inspector on real binaries from PyPI, downloaded once into the test cache:
vllm-xpu-kernels (Linux, newer OFFLOAD_DEVICE_CODE layout, spir64_gen archives; 150 MB
wheel), bitsandbytes win_amd64 (PE DLLs, zstd-compressed images; 39 MB wheel), and dpnp /
dpctl libraries from the runtime venvs (classic __CLANG_OFFLOAD_BUNDLE__ layout, SPIR-V only)."""

from __future__ import annotations

from pathlib import Path

import pytest
import runtimes
from elftools.elf.elffile import ELFFile

from app.smoke.inspect import inspect_library, inspect_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def vllm_wheel():
    return runtimes.download_wheel("vllm-xpu-kernels==0.1.16.2", "manylinux_2_28_x86_64")


@pytest.fixture(scope="module")
def bnb_wheel():
    return runtimes.download_wheel("bitsandbytes==0.50.2", "win_amd64")


def _sections(path: Path) -> set[str]:
    with open(path, "rb") as fh:
        return {s.name for s in ELFFile(fh).iter_sections()}


def test_vllm_library_with_offload_device_code_layout(vllm_wheel):
    lib = runtimes.extracted(vllm_wheel, ".so") / "vllm_xpu_kernels" / "libattn_kernels_xe_2.so"
    assert "OFFLOAD_DEVICE_CODE" in _sections(lib) and ".tgtimg" in _sections(lib)
    result = inspect_library(lib)
    assert len(result["images"]) == 251
    assert {im["target"] for im in result["images"]} == {"spir64_gen"}
    assert {im["format"] for im in result["images"]} == {"archive"}
    first = result["images"][0]
    assert first["members"][:2] == ["64.12.60.7", "64.bmg"] and first["generic_ir"] is True
    bmg = next(m for m in first["member_details"] if m["name"] == "64.bmg")
    assert bmg["ip_version"] == "20.1.0" and bmg["kind"] == "zebin"  # read from the zebin note
    assert result["aot_ip_versions"] == ["12.60.7", "20.1.0", "20.2.0"]
    assert result["has_spirv"] is True


def test_vllm_wheel_merged(vllm_wheel):
    result = inspect_path(vllm_wheel)
    assert result["kind"] == "wheel"
    names = {lib["file"] for lib in result["libraries"]}
    assert "vllm_xpu_kernels/_C.abi3.so" in names and "vllm_xpu_kernels/libattn_kernels_xe_3.so" in names
    xe3 = next(lib for lib in result["libraries"] if lib["file"].endswith("libattn_kernels_xe_3.so"))
    assert xe3["aot_ip_versions"] == ["35.11.0"]
    assert result["aot_ip_versions"] == ["12.60.7", "20.1.0", "20.2.0", "35.11.0"]
    assert result["targets"]["spir64:spirv"] >= 1 and result["has_spirv"] is True
    assert all("library" in im for im in result["images"])


def test_bitsandbytes_windows_dlls(bnb_wheel):
    result = inspect_path(bnb_wheel)
    libs = {lib["file"].split("/")[-1]: lib for lib in result["libraries"]}
    assert set(libs) == {"libbitsandbytes_xpu2025.dll", "libbitsandbytes_xpu2026.dll"}
    assert result["libraries_without_images"] >= 10  # the CUDA/ROCm DLLs, passed over
    old, new = libs["libbitsandbytes_xpu2025.dll"], libs["libbitsandbytes_xpu2026.dll"]
    assert old["image_count"] == 6 and new["image_count"] == 8
    assert "imports sycl8.dll" in old["notes"] and "imports sycl9.dll" in new["notes"]
    assert old["targets"] == {"spir64_gen:archive": 3, "spir64:spirv": 3}
    assert new["targets"] == {"spir64_gen:archive": 3, "spir64:spirv": 5}
    gen = next(im for im in result["images"] if im["target"] == "spir64_gen")
    assert gen["compressed"] is True
    assert gen["members"] == ["64.12.60.7", "64.12.70.4", "64.12.71.4", "64.12.55.8", "generic_ir"]
    spirv = next(im for im in result["images"] if im["target"] == "spir64")
    assert spirv["compile_options"].startswith("-device pvc,xe-lpg,ats-m150")
    # No Battlemage, Lunar Lake or ARL-H code: those GPUs JIT.
    assert result["aot_ip_versions"] == ["12.55.8", "12.60.7", "12.70.4", "12.71.4"]


def test_dpnp_package_directory_is_spirv_only():
    venv = runtimes.ur_runtime()
    site = next((venv / "lib").glob("python3*/site-packages"))
    lib = next((site / "dpnp" / "tensor").glob("_tensor_reductions_impl*.so"), None) or next(
        (site / "dpnp").rglob("_tensor_reductions_impl*.so")
    )
    assert any(s.startswith("__CLANG_OFFLOAD_BUNDLE__sycl-spir64") for s in _sections(lib))
    single = inspect_library(lib)
    assert len(single["images"]) > 1000
    assert set(single["targets"]) == {"spir64:spirv"}
    result = inspect_path(site / "dpnp")
    assert result["kind"] == "directory"
    assert result["has_spirv"] is True and result["aot_ip_versions"] == []
    assert {k.split(":")[0] for k in result["targets"]} == {"spir64"}


def test_pi_era_dpctl_tensor_library():
    venv = runtimes.pi_runtime()
    site = next((venv / "lib").glob("python3*/site-packages"))
    lib = next((site / "dpctl" / "tensor").glob("_tensor_impl*.so"))
    result = inspect_library(lib)
    assert result["images"] and set(result["targets"]) == {"spir64:spirv"}
    assert result["aot_ip_versions"] == [] and result["has_spirv"] is True


def test_static_prediction_from_real_archives(bnb_wheel, tmp_path):
    """predict() over a venv whose torch/lib holds a real DLL with AOT archives (12.60.7,
    12.70.4, 12.71.4, 12.55.8 + generic_ir), with the driver's member rule from the catalog."""
    import shutil
    import zipfile

    from app.smoke.predict import predict

    lib_dir = tmp_path / "venv" / "Lib" / "site-packages" / "torch" / "lib"
    lib_dir.mkdir(parents=True)
    with zipfile.ZipFile(bnb_wheel) as zf, zf.open("bitsandbytes/libbitsandbytes_xpu2026.dll") as src:
        with open(lib_dir / "torch_xpu.dll", "wb") as dst:
            shutil.copyfileobj(src, dst)
    venv = tmp_path / "venv"
    a770 = predict(venv, "12.55.8", "dg2")
    assert a770["expect"] == "aot" and a770["certainty"] == "documented"
    b580 = predict(venv, "20.1.0", "bmg")
    assert b580["expect"] == "jit"  # no BMG member: the driver compiles generic_ir
    unknown = predict(venv, None, None)
    assert unknown["expect"] == "jit" and unknown["certainty"] == "unknown"
    assert predict(tmp_path / "nothing", "12.55.8", "dg2")["expect"] is None
