"""`forecast --venv` on environments built from stand-in wheels whose libraries carry the
real ocloc archives (../shared/reference/ocloc_archives). Every expected answer below is
written by hand from ocloc_names.md: the archives' members (§1 and MANIFEST.json) through
the driver's rule (§2) for the GPUs of §3, never computed by the code under test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import standin_wheels as sw
import synthetic_binaries as sb

from app.smoke.forecast.environment import forecast_venv
from app.smoke.forecast.judge import Gpu
from app.smoke.forecast.target import from_pci

ROOT = Path(__file__).resolve().parents[2]
GENERIC_IR = 1432  # bytes of every archive's generic_ir member (MANIFEST.json)
SPV = len(sb.reference_archive("kernel.spv"))  # 1068

# PCI ids of ocloc_names.md §3's GPUs (intel_gpu_ids.csv).
B580, A770, A380, MTL_U, MTL_H, ARL_S, ARL_H, LNL, TGL = (
    "0xe20b", "0x56a0", "0x56a5", "0x7d45", "0x7d55", "0x7d67", "0x7d51", "0x64a0", "0x9a49")

# (archive, GPU) -> (expect, member, certainty), each from a §3 row:
BY_HAND = {
    # Linux 2.7 list (pvc,bmg,dg2,arl-h,mtl-h,lnl-m):
    # 64.12.60.7 64.bmg 64.dg2 64.12.74.4 64.12.71.4 64.20.4.4 generic_ir
    ("torch-2.7-linux.ar", B580): ("aot", "64.bmg", "documented"),  # "B580 | 2.7+ (64.bmg) | AOT [S]"
    ("torch-2.7-linux.ar", A770): ("aot", "64.dg2", "documented"),  # "A770 | any list | 64.dg2 | AOT [S]"
    ("torch-2.7-linux.ar", A380): ("aot", "64.dg2", "inferred"),  # "A380 | 2.7+ | 64.dg2 | AOT, recent driver [I]"
    ("torch-2.7-linux.ar", MTL_U): ("jit", "generic_ir", "documented"),  # "MTL-U | Linux 2.7+ | none | JIT [S]"
    ("torch-2.7-linux.ar", MTL_H): ("aot", "64.12.71.4", "documented"),  # "MTL-H | every list | AOT [S]"
    ("torch-2.7-linux.ar", ARL_S): ("jit", "generic_ir", "documented"),  # "ARL-S/U | Linux 2.7+ | none | JIT [S]"
    ("torch-2.7-linux.ar", ARL_H): ("aot", "64.12.74.4", "documented"),  # "ARL-H | 2.7+ | AOT [S]"
    ("torch-2.7-linux.ar", TGL): ("jit", "generic_ir", "documented"),  # "Xe-LP | every list | none | JIT [S]"
    # Linux 2.5 list (pvc,xe-lpg,ats-m150): 64.12.60.7 64.12.70.4 64.12.71.4 64.12.55.8 generic_ir
    ("torch-2.5-linux.ar", B580): ("jit", "generic_ir", "documented"),  # "B580 | Linux 2.5/2.6 | none | JIT [S]"
    ("torch-2.5-linux.ar", A380): ("jit", "generic_ir", "inferred"),  # "A380 | Linux 2.5/2.6 | none | JIT [I]"
    ("torch-2.5-linux.ar", ARL_S): ("aot", "64.12.70.4", "documented"),  # "ARL-S/U | Linux 2.5/2.6 | AOT [S]"
    ("torch-2.5-linux.ar", ARL_H): ("jit", "generic_ir", "documented"),  # "ARL-H | 2.5/2.6 lists | none | JIT [S]"
    ("torch-2.5-linux.ar", LNL): ("jit", "generic_ir", "documented"),  # "LNL | Linux 2.5/2.6 | none | JIT [S]"
    # Windows 2.7 list (mtl,mtl-h,bmg,dg2,arl-h,lnl-m): 64.mtl(12.70.4) ... generic_ir
    ("torch-2.7-windows.ar", MTL_U): ("aot", "64.mtl", "documented"),  # "MTL-U | Windows 2.7+ | 64.mtl | AOT [S]"
    ("torch-2.7-windows.ar", ARL_S): ("jit", "generic_ir", "inferred"),  # "ARL-S/U | Windows 2.7+ | none | JIT [I]"
    ("torch-2.7-windows.ar", B580): ("aot", "64.bmg", "documented"),
    # Windows 2.6 list (xe2-hpg gives 64.20.1.0): "B580 | Win 2.6 (xe2-hpg) | AOT [S]"
    ("torch-2.6-windows.ar", B580): ("aot", "64.20.1.0", "documented"),
    ("torch-2.5-windows.ar", B580): ("jit", "generic_ir", "documented"),  # "B580 | Win 2.5 | none | JIT [S]"
    # -exclude_ir (64.12.70.4 64.12.71.4 only): no native member for B580 and no SPIR-V -> load fails (§2 step 7)
    ("no-spirv-mtl.ar", B580): ("fail", None, "documented"),
    ("no-spirv-mtl.ar", MTL_H): ("aot", "64.12.71.4", "documented"),
}


def _one_library_env(tmp_path: Path, archive: str, windows: bool) -> Path:
    if windows:
        venv, site = sw.windows_venv(tmp_path / "venv")
        lib = {"pkg/lib/kernels.dll": sb.pe_library_multi([("spir64_gen", sb.reference_archive(archive))])}
    else:
        venv, site = sw.linux_venv(tmp_path / "venv")
        lib = {"pkg/lib/libkernels.so": sb.elf_library_multi([("spir64_gen", sb.reference_archive(archive))],
                                                              needed=("libsycl.so.8",))}
    sw.unpack(sw.make_wheel(tmp_path, "pkg", "1.0", lib), venv, site)
    return venv


@pytest.mark.parametrize(("archive", "pci"), sorted(BY_HAND))
def test_reference_table(tmp_path, archive, pci):
    expect, member, certainty = BY_HAND[(archive, pci)]
    venv = _one_library_env(tmp_path, archive, windows="windows" in archive)
    result = forecast_venv(venv, from_pci(pci), env={}, ld_conf=None)
    (lib,) = result["libraries"]
    assert (lib["expect"], lib["member"], lib["certainty"]) == (expect, member, certainty), lib["reason"]
    assert lib["package"] == "pkg" and lib["version"] == "1.0"
    assert lib["spirv_modules"] == (1 if expect == "jit" else 0)
    assert lib["spirv_bytes"] == (GENERIC_IR if expect == "jit" else 0)
    if certainty != "documented":  # an inference is said as "expected", never "will"
        assert "expected" in lib["reason"] and "expected" in result["summary"]["sentences"][0]["text"]


def _standin_env(tmp_path: Path) -> Path:
    """torch, IPEX, two third-party SYCL packages, a SPIR-V-only one and the runtime."""
    venv, site = sw.linux_venv(tmp_path / "env with space")
    ar = sb.reference_archive
    wheels = [
        ("torch", "2.7.0+xpu", {
            "torch/lib/libtorch_xpu.so": sb.elf_library_multi(
                [("spir64_gen", ar("torch-2.7-linux.ar"))] * 3 + [("spir64", ar("kernel.spv"))],
                needed=("libsycl.so.8", "libc.so.6"), runpath="$ORIGIN/../../../../"),
            "torch/lib/libc10.so": sb.elf_library_multi([], needed=("libc.so.6",)),
            "torch/__init__.py": b"",
        }),
        ("intel-extension-for-pytorch", "2.5.10+xpu", {
            "intel_extension_for_pytorch/lib/libintel-ext-pt-gpu.so": sb.elf_library_multi(
                [("spir64_gen", ar("torch-2.5-linux.ar"))] * 2, needed=("libsycl.so.8",)),
        }),
        ("kernels-new", "1.0", {"kernels_new/_C.abi3.so": sb.elf_library_multi(
            [("spir64_gen", ar("torch-2.10-linux.ar"))], needed=("libsycl.so.8",))}),
        ("kernels-mtl", "0.3", {"kernels_mtl/libk.so.2": sb.elf_library_multi(
            [("spir64_gen", ar("no-spirv-mtl.ar"))], needed=("libsycl.so.8",))}),
        ("spirv-only", "0.1", {"spirv_only/_impl.cpython-311-x86_64-linux-gnu.so": sb.elf_library_multi(
            [("spir64", ar("kernel.spv"))] * 4 + [("spir64_x86_64", b"\x7fELF" + b"\0" * 60)],
            needed=("libsycl.so.8",))}),
        ("intel-sycl-rt", "2025.0.4", {"intel_sycl_rt-2025.0.4.data/data/lib/libsycl.so.8":
                                       sb.elf_library_multi([], needed=("libc.so.6",))}),
    ]
    for name, version, files in wheels:
        sw.unpack(sw.make_wheel(tmp_path, name, version, files), venv, site)
    return venv


def test_environment_per_library_package_and_summary(tmp_path):
    venv = _standin_env(tmp_path)
    result = forecast_venv(venv, from_pci(B580), env={}, ld_conf=None)
    libs = {lib["file"].rsplit("/", 1)[-1]: lib for lib in result["libraries"]}
    # Only files with device images are listed, found by reading them (libc10.so and the runtime have none).
    assert set(libs) == {"libtorch_xpu.so", "libintel-ext-pt-gpu.so", "_C.abi3.so", "libk.so.2",
                         "_impl.cpython-311-x86_64-linux-gnu.so"}
    torch = libs["libtorch_xpu.so"]
    # Linux 2.7 archive on B580: 64.bmg (§3); the SPIR-V image next to it is the portable copy.
    assert (torch["expect"], torch["member"], torch["certainty"]) == ("aot", "64.bmg", "documented")
    assert torch["images"] == 4 and torch["native_images"] == 3 and torch["sycl_abi"] == ["libsycl.so.8"]
    ipex = libs["libintel-ext-pt-gpu.so"]
    # Linux 2.5 archive on B580: JIT; two images each compile their generic_ir.
    assert (ipex["expect"], ipex["member"]) == ("jit", "generic_ir")
    assert (ipex["spirv_modules"], ipex["spirv_bytes"]) == (2, 2 * GENERIC_IR)
    assert libs["_C.abi3.so"]["expect"] == "aot" and libs["_C.abi3.so"]["member"] == "64.bmg"
    assert libs["libk.so.2"]["expect"] == "fail"
    spirv = libs["_impl.cpython-311-x86_64-linux-gnu.so"]
    assert (spirv["expect"], spirv["spirv_modules"], spirv["spirv_bytes"]) == ("jit", 4, 4 * SPV)

    packages = {p["package"]: p for p in result["packages"]}
    assert packages["torch"]["version"] == "2.7.0+xpu" and packages["torch"]["expect"] == "aot"
    assert packages["intel-extension-for-pytorch"]["expect"] == "jit"
    summary = result["summary"]
    assert summary["expect"] == "fail" and summary["fail_packages"] == ["kernels-mtl"]
    assert summary["jit_packages"] == ["intel-extension-for-pytorch", "spirv-only"]
    assert summary["spirv_modules"] == 6 and summary["spirv_bytes"] == 2 * GENERIC_IR + 4 * SPV
    assert summary["sentences"][0]["code"] == "forecast_env_fail"
    runtime = result["runtime"]
    assert runtime["present"] == [{"abi": "libsycl.so.8", "file": "lib/libsycl.so.8", "package": "intel-sycl-rt"}]
    assert runtime["problems"] == []


def test_environment_on_mtl_h_all_native(tmp_path):
    venv = _standin_env(tmp_path)
    result = forecast_venv(venv, from_pci(MTL_H), env={}, ld_conf=None)
    by_pkg = {p["package"]: p["expect"] for p in result["packages"]}
    # 12.71.4 is in every list (§3 "MTL-H | every list | 64.12.71.4 | AOT"), and in -exclude_ir's.
    assert by_pkg == {"torch": "aot", "intel-extension-for-pytorch": "aot", "kernels-new": "aot",
                      "kernels-mtl": "aot", "spirv-only": "jit"}
    assert result["summary"]["jit_packages"] == ["spirv-only"]


@pytest.mark.skipif(sys.platform == "win32", reason="LD_LIBRARY_PATH and ld.so.conf are the Linux loader's, "
                    "and a Windows path's drive colon would split LD_LIBRARY_PATH")
def test_runtime_generation_and_shadowing(tmp_path):
    venv = _standin_env(tmp_path)
    site = venv / "lib" / "python3.11" / "site-packages"
    old = sb.elf_library_multi([("spir64_gen", sb.reference_archive("torch-2.7-linux.ar"))], needed=("libsycl.so.7",))
    sw.unpack(sw.make_wheel(tmp_path, "old-kernels", "0.9", {"old_kernels/libold.so": old}), venv, site)
    oneapi = tmp_path / "opt" / "intel" / "oneapi" / "compiler" / "lib"
    oneapi.mkdir(parents=True)
    (oneapi / "libsycl.so.8").write_bytes(b"\x7fELF")
    conf_dir = tmp_path / "etc"
    (conf_dir / "ld.so.conf.d").mkdir(parents=True)
    (conf_dir / "ld.so.conf").write_text("include ld.so.conf.d/*.conf\n")
    sys_lib = tmp_path / "usr" / "lib" / "oneapi"
    sys_lib.mkdir(parents=True)
    (sys_lib / "libsycl.so.7").write_bytes(b"\x7fELF")
    (conf_dir / "ld.so.conf.d" / "oneapi.conf").write_text(f"# oneAPI\n{sys_lib}\n")

    result = forecast_venv(venv, from_pci(B580), env={"LD_LIBRARY_PATH": f"{oneapi}:/nonexistent"},
                           ld_conf=conf_dir / "ld.so.conf", os_name="linux")
    problems = {p["id"]: p for p in result["runtime"]["problems"]}
    # libold.so needs libsycl.so.7; the env has .so.8 only, the ld.so.conf folder has .so.7.
    assert problems["runtime.abi_from_system"]["params"]["folder"] == str(sys_lib)
    assert problems["runtime.abi_from_system"]["params"]["library"].endswith("old_kernels/libold.so")
    assert problems["runtime.shadowed"]["params"] == {"variable": "LD_LIBRARY_PATH", "folder": str(oneapi),
                                                      "file": "libsycl.so.8"}
    assert problems["runtime.ld_conf"]["params"]["folder"] == str(sys_lib)
    # Without the system's copy, the same library cannot load.
    result = forecast_venv(venv, from_pci(B580), env={}, ld_conf=None, os_name="linux")
    (missing,) = [p for p in result["runtime"]["problems"] if p["id"] == "runtime.abi_missing"]
    assert missing["severity"] == "error" and missing["params"]["needed"] == "libsycl.so.7"
    assert missing["params"]["present"] == "libsycl.so.8"


def test_windows_layout_dlls(tmp_path):
    venv, site = sw.windows_venv(tmp_path / "winvenv")
    ar = sb.reference_archive
    sw.unpack(sw.make_wheel(tmp_path, "torch", "2.7.0+xpu", {
        "torch/lib/torch_xpu_ops_sycl_kernels.dll": sb.pe_library_multi([("spir64_gen", ar("torch-2.7-windows.ar"))]),
        "torch/lib/c10.dll": b"MZ" + b"\0" * 200,
    }), venv, site)
    sw.unpack(sw.make_wheel(tmp_path, "bnb-standin", "0.1", {
        "bnb/libbnb_xpu.dll": sb.pe_library_multi([("spir64_gen", ar("torch-2.5-linux.ar")),
                                                  ("spir64", ar("kernel.spv"))], dll="sycl9.dll")}), venv, site)
    sw.unpack(sw.make_wheel(tmp_path, "intel-sycl-rt", "2025.0.4", {
        "intel_sycl_rt-2025.0.4.data/data/Library/bin/sycl8.dll": b"MZ" + b"\0" * 200}), venv, site)
    result = forecast_venv(venv, from_pci(ARL_S), env={}, ld_conf=None)
    libs = {lib["package"]: lib for lib in result["libraries"]}
    # Windows 2.7 archive on ARL-S: 64.mtl is not 64.arl and there is no 64.12.70.x: JIT [I].
    assert (libs["torch"]["expect"], libs["torch"]["certainty"]) == ("jit", "inferred")
    assert libs["torch"]["sycl_abi"] == ["sycl8.dll"]
    # pvc,xe-lpg,ats-m150 list (as bitsandbytes' Windows DLLs, §4) has 64.12.70.4: AOT on ARL-S.
    assert libs["bnb-standin"]["expect"] == "aot" and libs["bnb-standin"]["member"] == "64.12.70.4"
    assert result["summary"]["sentences"][0]["code"] == "forecast_env_jit_expected"
    (problem,) = result["runtime"]["problems"]
    assert problem["id"] == "runtime.abi_missing" and problem["params"]["needed"] == "sycl9.dll"


def test_triton_shadowing_xpu_triton(tmp_path):
    venv = _standin_env(tmp_path)
    site = venv / "lib" / "python3.11" / "site-packages"
    sw.unpack(sw.make_wheel(tmp_path, "pytorch-triton-xpu", "3.3.0",
                            {"triton/__init__.py": b"# xpu triton\n"}), venv, site)
    gpu = from_pci(B580)
    assert forecast_venv(venv, gpu, env={}, ld_conf=None)["runtime"]["problems"] == []
    sw.unpack(sw.make_wheel(tmp_path, "triton", "3.3.1", {"triton/__init__.py": b"# cuda triton\n"}), venv, site)
    (problem,) = forecast_venv(venv, gpu, env={}, ld_conf=None)["runtime"]["problems"]
    assert problem["id"] == "runtime.triton_shadows_xpu"
    assert problem["params"] == {"version": "3.3.1", "xpu_version": "3.3.0"}


def test_hostile_libraries_are_bounded(tmp_path):
    venv, site = sw.linux_venv(tmp_path / "venv")
    good = sb.elf_library_multi([("spir64_gen", sb.reference_archive("torch-2.7-linux.ar"))], needed=("libsycl.so.8",))
    many_sections = bytearray(good)
    many_sections[0x3C:0x3E] = (65535).to_bytes(2, "little")  # e_shnum
    files = {
        "h/truncated.so": good[: len(good) // 2],
        "h/no_section_table.so": good[:-100],
        "h/many_sections.so": bytes(many_sections),
        "h/random.so": os.urandom(4096),
        "h/empty.so": b"",
        "h/not_pe.dll": b"MZ" + b"\xff" * 100,
        "h/ok.so": good,
    }
    sw.unpack(sw.make_wheel(tmp_path, "hostile", "1", files), venv, site)
    result = forecast_venv(venv, Gpu("20.1.0", "bmg"), env={}, ld_conf=None)
    libs = {lib["file"].rsplit("/", 1)[-1]: lib for lib in result["libraries"]}
    assert libs["ok.so"]["expect"] == "aot"
    # Files that start like a library but do not add up are listed as unreadable; bytes that
    # are no library at all (random, empty) are not libraries.
    assert set(libs) == {"ok.so", "truncated.so", "no_section_table.so", "many_sections.so", "not_pe.dll"}
    for name, lib in libs.items():
        if name != "ok.so":
            assert lib["expect"] == "none" and lib["certainty"] == "unknown", (name, lib)
            assert lib["reason"].startswith("The library's device images could not be read")


def test_cli_json_and_refusals(tmp_path):
    venv = _standin_env(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "app", "forecast", "--venv", str(venv), "--gpu", A770, "--json"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["gpu"]["ip_version"] == "12.55.8" and data["gpu"]["product"] == "dg2"
    assert {p["package"]: p["expect"] for p in data["packages"]}["torch"] == "aot"
    text = subprocess.run([sys.executable, "-m", "app", "forecast", "--venv", str(venv), "--gpu", A770],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert text.returncode == 0 and "kernels-mtl" in text.stdout and "64.dg2" in text.stdout
    not_zip = tmp_path / "fake-1.0-py3-none-any.whl"
    not_zip.write_bytes(b"not a zip at all" * 100)
    bomb = tmp_path / "bomb-1.0-py3-none-any.whl"
    import zipfile

    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:  # 256 MiB of zeros in ~250 kB
        with zf.open("bomb/libk.so", "w", force_zip64=True) as out:
            for _ in range(256):
                out.write(bytes(1 << 20))
    for argv in (["--venv", str(tmp_path / "nowhere"), "--gpu", A770],
                 ["--venv", str(venv), "--gpu", A770, "--probe", str(tmp_path / "p.json")],
                 ["--gpu", A770],
                 ["--wheel", str(not_zip), "--gpu", A770],
                 ["--wheel", str(bomb), "--gpu", A770],
                 ["--wheel", str(tmp_path / "missing-1.0-py3-none-any.whl"), "--gpu", A770],
                 ["--wheel", "torch>=2", "--gpu", A770]):
        bad = subprocess.run([sys.executable, "-m", "app", "forecast", *argv], capture_output=True, text=True,
                             env=env, cwd=ROOT, timeout=120)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "app", *argv], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)


def test_inspect_with_gpu_keeps_the_contract_and_adds_forecast(tmp_path):
    archive = sb.REFERENCE_ARCHIVES / "torch-2.7-windows.ar"
    run = _cli("inspect", str(archive), "--gpu", ARL_S, "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert {"file", "images", "aot_ip_versions", "has_spirv"} <= set(data)  # docs/ARCHITECTURE.md's contract
    # §3 "ARL-S/U | Windows 2.7+ | none: 64.mtl is not 64.arl | JIT [I]"
    fc = data["forecast"]
    assert (fc["expect"], fc["member"], fc["certainty"]) == ("jit", "generic_ir", "inferred")
    assert "expected" in fc["reason"] and (fc["spirv_modules"], fc["spirv_bytes"]) == (1, GENERIC_IR)
    assert "forecast" not in json.loads(_cli("inspect", str(archive), "--json").stdout)

    wheel = sw.make_wheel(tmp_path, "kernels", "2.0", {
        "kernels/a.so": sb.elf_library_multi([("spir64_gen", sb.reference_archive("torch-2.5-linux.ar"))]),
        "kernels/b.so": sb.elf_library_multi([("spir64_gen", sb.reference_archive("no-spirv-mtl.ar"))]),
        "kernels/host.so": sb.elf_library_multi([]),
    })
    data = json.loads(_cli("inspect", str(wheel), "--gpu", ARL_S, "--json").stdout)
    libs = {lib["file"]: lib for lib in data["forecast"]["libraries"]}
    # 2.5 list has 64.12.70.4 (§3 "ARL-S/U | Linux 2.5/2.6 | AOT [S]"); -exclude_ir mtl-u,mtl-h has it too.
    assert set(libs) == {"kernels/a.so", "kernels/b.so"}
    assert libs["kernels/a.so"]["member"] == "64.12.70.4" and libs["kernels/b.so"]["member"] == "64.12.70.4"
    assert data["forecast"]["expect"] == "aot"
    data = json.loads(_cli("inspect", str(wheel), "--gpu", B580, "--json").stdout)
    assert data["forecast"]["expect"] == "fail" and data["forecast"]["libraries"][1]["expect"] == "fail"
    text = _cli("inspect", str(wheel), "--gpu", B580)
    assert text.returncode == 0 and "Forecast on Intel(R) Arc(TM) B580 Graphics" in text.stdout
    wheel_run = _cli("forecast", "--wheel", str(wheel), "--gpu", B580, "--json")
    assert wheel_run.returncode == 0, wheel_run.stderr
    by_file = {lib["file"]: lib["expect"] for lib in json.loads(wheel_run.stdout)["libraries"]}
    assert by_file == {"kernels/a.so": "jit", "kernels/b.so": "fail"}  # §3 "B580 | Linux 2.5/2.6 | JIT"


def test_wheel_by_url_and_requirement_reads_only_the_libraries(tmp_path):
    """--wheel URL and --wheel name==version on the loopback mirror: the zip's directory and
    its library members travel by Range requests; the 6 MB of other members stay on the server."""
    from mirror.server import MirrorServer

    wheel = sw.make_wheel(tmp_path, "kernels-x", "1.2", {
        "kernels_x/lib/libk.so": sb.elf_library_multi([("spir64_gen", sb.reference_archive("torch-2.6-windows.ar"))],
                                                      needed=("libsycl.so.8",)),
        "kernels_x/data/weights.bin": os.urandom(6 << 20),
        "kernels_x/__init__.py": b"",
    }, tag="py3-none-any")
    with MirrorServer() as server:
        url = server.publish(wheel, "pypi").split("#", 1)[0]
        run = _cli("forecast", "--wheel", url, "--gpu", B580, "--json")
        assert run.returncode == 0, run.stderr
        data = json.loads(run.stdout)
        (lib,) = data["libraries"]
        # Windows 2.6 list (xe2-hpg) has 64.20.1.0: "B580 | Win 2.6 (xe2-hpg) | AOT [S]"
        assert (lib["file"], lib["expect"], lib["member"]) == ("kernels_x/lib/libk.so", "aot", "64.20.1.0")
        assert data["packages"][0]["package"] == "kernels-x" and data["runtime"]["needed"] == ["libsycl.so.8"]
        assert data["transfer"]["bytes"] < 1 << 20 < data["transfer"]["wheel_bytes"]
        run = _cli("forecast", "--wheel", "kernels-x==1.2", "--index-url", server.pypi_index(), "--gpu", LNL,
                   "--json")
        assert run.returncode == 0, run.stderr
        data = json.loads(run.stdout)
        # LNL 20.4.4 has its own member 64.20.4.4 in the xe2-lpg part of the list.
        assert data["libraries"][0]["member"] == "64.20.4.4" and data["requirement"] == "kernels-x==1.2"
        missing = _cli("forecast", "--wheel", "kernels-x==9.9", "--index-url", server.pypi_index(), "--gpu", LNL)
        assert missing.returncode == 2 and "has no wheel of kernels-x==9.9" in missing.stderr
        loose = _cli("forecast", "--wheel", "kernels-x>=1", "--index-url", server.pypi_index(), "--gpu", LNL)
        assert loose.returncode == 2 and "pinned requirement" in loose.stderr
