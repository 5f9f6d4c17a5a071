"""`catalog verify BUILD_ID` against the loopback mirror: stand-in wheels under the real file
names, whose libraries (ELF on Linux, PE with zstd-compressed version-2 images on Windows)
carry the REAL ocloc archives from ../shared/reference/ocloc_archives/. The measured list must
be the archive's own member list (MANIFEST.json); Range reads, the whole-download fallback,
a truncated wheel and the measurements file are checked through the real command."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from mirror.server import MirrorServer
from mirror.sycl_wheels import elf_library, kernel_wheel, pe_library, plain_elf, plain_pe, python_files

from app.catalog import aot_names, store

HOSTS = ("pytorch-extension.intel.com", "download.pytorch.org", "pypi.org")
CATALOG = store.load(store.builtin_path())
LINUX = "cp311-cp311-linux_x86_64"
WINDOWS = "cp311-cp311-win_amd64"


def _archive(reference_dir: Path, name: str) -> tuple[bytes, list[str]]:
    folder = reference_dir / "ocloc_archives"
    manifest = json.loads((folder / "MANIFEST.json").read_text("utf-8"))
    return (folder / name).read_bytes(), [m["member"] for m in manifest[name]["members"]]


def _spirv(reference_dir: Path) -> bytes:
    return (reference_dir / "ocloc_archives" / "kernel.spv").read_bytes()


def _torch_linux(out: Path, reference_dir: Path, archive: str, version: str = "2.7.0+xpu") -> Path:
    ar, _ = _archive(reference_dir, archive)
    files = [
        ("torch/lib/libtorch_xpu.so", elf_library([("spir64_gen", ar), ("spir64", _spirv(reference_dir))],
                                                  code=300_000, seed="xpu")),
        ("torch/lib/libtorch_cpu.so", plain_elf(400_000, "cpu")),
        ("torch/lib/libc10.so", plain_elf(50_000, "c10", dynstr=None)),  # an old layout: read whole
        *python_files("torch", 400),  # ~1 MB of Python and headers a ranged read never fetches
    ]
    return kernel_wheel(out, f"torch-{version}-{LINUX}.whl", files)


def _torch_windows(out: Path, reference_dir: Path, archive: str, name: str) -> Path:
    ar, _ = _archive(reference_dir, archive)
    files = [
        ("torch/lib/torch_xpu_ops_sycl_kernels.dll", pe_library([("spir64_gen", ar), ("spir64", _spirv(reference_dir))],
                                                                code=200_000, seed="xpu-dll")),
        ("torch/lib/torch_cpu.dll", plain_pe(2_000_000, "cpu-dll")),  # passed over after its headers
        ("torch/lib/c10.pyd", plain_pe(30_000, "c10")),
        *python_files("torch", 200),
    ]
    return kernel_wheel(out, name, files)


def _small(out: Path, filename: str, library: str, windows: bool) -> Path:
    lib = plain_pe(20_000, filename) if windows else plain_elf(20_000, filename)
    return kernel_wheel(out, filename, [(library, lib), *python_files(filename.split("-")[0], 5)])


@pytest.fixture
def server():
    s = MirrorServer().start()
    yield s
    s.stop()


def _mirror_args(server: MirrorServer) -> list[str]:
    return [arg for host in HOSTS for arg in ("--mirror", f"{host}={server.url}")]


def _publish_torch_xpu_27(server, tmp_path, reference_dir, *, linux_archive="torch-2.7-linux.ar") -> dict:
    wheels = {
        "linux": _torch_linux(tmp_path / "w", reference_dir, linux_archive),
        "windows": _torch_windows(tmp_path / "w", reference_dir, "torch-2.7-windows.ar",
                                  f"torch-2.7.0+xpu-{WINDOWS}.whl"),
    }
    for wheel in wheels.values():
        server.publish(wheel, "pytorch")
    for tag, windows in ((LINUX, False), (WINDOWS, True)):
        server.publish(_small(tmp_path / "w", f"torchvision-0.22.0+xpu-{tag}.whl", "torchvision/_C.so", windows),
                       "pytorch")
        server.publish(_small(tmp_path / "w", f"torchaudio-2.7.0+xpu-{tag}.whl", "torchaudio/lib/ta.so", windows),
                       "pytorch")
    return wheels


def _verify(run_cli, server, *args):
    return run_cli("catalog", "verify", *args, *_mirror_args(server), timeout=180)


def _catalog_agrees(build_id: str, members: list[str]) -> bool:
    build = CATALOG.get(build_id)
    assert build is not None and build.aot.devices is not None
    expected = [m.name for m in aot_names.archive_members(list(build.aot.devices), spirv=bool(build.has_spirv))]
    return sorted(expected) == sorted(members)


def test_a_linux_torch_wheel_measures_the_real_archive_members_by_range(server, tmp_path, reference_dir, run_cli):
    wheels = _publish_torch_xpu_27(server, tmp_path, reference_dir)
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--json")
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    _ar, members = _archive(reference_dir, "torch-2.7-linux.ar")
    torch = next(w for w in report["wheels"] if w["project"] == "torch")
    xpu = next(lib for lib in torch["libraries"] if lib["member"] == "torch/lib/libtorch_xpu.so")
    assert xpu["archive_members"] == members  # the measured list IS the archive's list
    assert report["measured"]["members"] == members and report["measured"]["has_spirv"] is True
    assert aot_names.archive_members(report["measured"]["devices"])[:-1] == [
        m for m in aot_names.archive_members(report["measured"]["devices"]) if m.name != "generic_ir"]
    assert [m.name for m in aot_names.archive_members(report["measured"]["devices"])] == members
    manifest = json.loads((reference_dir / "ocloc_archives" / "MANIFEST.json").read_text("utf-8"))
    assert set(report["measured"]["ip_versions"]) == {m["ip_version"] for m in manifest["torch-2.7-linux.ar"]["members"]
                                                      if m["ip_version"]}
    assert {lib["member"]: (bool(lib["images"]), lib["read"]) for lib in torch["libraries"]} == {
        "torch/lib/libtorch_xpu.so": (True, "whole"),
        "torch/lib/libtorch_cpu.so": (False, "headers"),  # its dynamic strings name no SYCL: passed over
        "torch/lib/libc10.so": (False, "whole")}
    # Read by ranges: the index's hash recorded as given, the Python files and headers never sent.
    data = wheels["linux"].read_bytes()
    assert torch["read"] == "ranges" and torch["sha256"] == hashlib.sha256(data).hexdigest()
    assert torch["sha256_source"] == "index" and torch["sha256_checked"] is False
    sent = server.stats(f"/whl/{wheels['linux'].name}").bytes_sent
    # Stopping a library early leaves what was in flight unread: the server sent at least what we counted.
    assert torch["transfer"]["bytes"] <= sent < len(data) * 0.6
    assert report["agrees"] is _catalog_agrees("torch-xpu-2.7-linux", members)
    assert done.returncode == (0 if report["agrees"] else 1)


def test_a_windows_torch_wheel_reads_zstd_images_and_passes_over_dlls_without_them(server, tmp_path, reference_dir,
                                                                                   run_cli):
    wheels = _publish_torch_xpu_27(server, tmp_path, reference_dir)
    done = _verify(run_cli, server, "torch-xpu-2.7-windows", "--python", "3.11", "--project", "torch", "--json")
    report = json.loads(done.stdout)
    _ar, members = _archive(reference_dir, "torch-2.7-windows.ar")
    [torch] = report["wheels"]
    libs = {lib["member"]: lib for lib in torch["libraries"]}
    kernels = libs["torch/lib/torch_xpu_ops_sycl_kernels.dll"]
    assert kernels["archive_members"] == members and kernels["has_spirv"] is True
    assert {i["target"]: i["compressed"] for i in kernels["images"]} == {"spir64_gen": True, "spir64": True}
    cpu = libs["torch/lib/torch_cpu.dll"]
    assert cpu["read"] == "headers" and cpu["fetched"] < 300_000 < cpu["compressed_size"]
    assert report["measured"]["members"] == members
    assert report["agrees"] is _catalog_agrees("torch-xpu-2.7-windows", members)
    assert torch["transfer"]["bytes"] < wheels["windows"].stat().st_size // 2


def test_read_all_reads_every_library_whole(server, tmp_path, reference_dir, run_cli):
    _publish_torch_xpu_27(server, tmp_path, reference_dir)
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch", "--read-all",
                   "--json")
    [torch] = json.loads(done.stdout)["wheels"]
    assert {lib["read"] for lib in torch["libraries"]} == {"whole"}
    _ar, members = _archive(reference_dir, "torch-2.7-linux.ar")
    assert json.loads(done.stdout)["measured"]["members"] == members


@pytest.mark.parametrize("step", [1, 5, 4096, 1 << 20])
def test_the_elf_early_stop_decides_from_the_first_segment_whatever_the_chunks(reference_dir, step):
    from app.smoke.elf_images import DynamicStringScan

    ar, _ = _archive(reference_dir, "torch-2.7-linux.ar")
    cases = {
        "sycl": (elf_library([("spir64_gen", ar)], code=20_000), True),
        "plain": (plain_elf(50_000), False),
        "old layout": (plain_elf(5_000, dynstr=None), True),  # one executable segment: cannot tell, read it
        "no libc strings": (plain_elf(5_000, dynstr=b"\0_ZN3foo3barEv\0"), True),  # not evidently .dynstr
        "not ELF": (b"MZ" + bytes(70_000), True),
    }
    for name, (data, expected) in cases.items():
        scan = DynamicStringScan()
        verdict = None
        for at in range(0, len(data), step):
            verdict = scan.feed(data[at:at + step])
            if verdict is not None:
                break
        assert verdict is expected, name
        if name == "plain":
            assert at < 1024  # decided within the first segment, not at the end of the file


def test_the_human_table_names_members_hash_and_savings(server, tmp_path, reference_dir, run_cli):
    _publish_torch_xpu_27(server, tmp_path, reference_dir)
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11")
    out = done.stdout
    _ar, members = _archive(reference_dir, "torch-2.7-linux.ar")
    assert "torch/lib/libtorch_xpu.so: archive members " + " ".join(members) in out
    assert "torch/lib/libtorch_cpu.so: no SYCL device images (its dynamic strings name no SYCL" in out
    assert "read by HTTP Range" in out and "taken on trust" in out
    assert "(from the index page)" in out
    assert ("agrees" in out) or ("DIFFERS" in out)
    assert done.stderr == ""


def test_a_list_that_differs_from_the_catalog_is_reported_and_exits_1(server, tmp_path, reference_dir, run_cli):
    _publish_torch_xpu_27(server, tmp_path, reference_dir, linux_archive="torch-2.5-linux.ar")
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch", "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["agrees"] is False
    _ar, members = _archive(reference_dir, "torch-2.5-linux.ar")
    assert report["measured"]["members"] == members
    assert "64.bmg" in report["missing_members"] and "64.12.70.4" in report["extra_members"]


def test_a_torch_wheel_without_device_images_differs_from_a_published_list(server, tmp_path, run_cli):
    out = tmp_path / "w"
    cpu = kernel_wheel(out, f"torch-2.7.0+xpu-{LINUX}.whl", [("torch/lib/libtorch_cpu.so", plain_elf(30_000))])
    server.publish(cpu, "pytorch")
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch", "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["agrees"] is False and report["measured"]["members"] == []
    assert "64.dg2" in report["missing_members"]
    vision = _small(out, f"torchvision-0.22.0+xpu-{LINUX}.whl", "torchvision/_C.so", False)
    server.publish(vision, "pytorch")
    alone = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torchvision", "--json")
    assert json.loads(alone.stdout)["agrees"] is None  # torchvision alone says nothing about the build's list


def test_an_unpublished_list_is_measured_and_recorded_for_review(server, tmp_path, reference_dir, run_cli):
    build = CATALOG.get("ipex-2.5.10-windows-xpu")
    assert build is not None and build.aot.devices is None  # "AOT list not published"
    out = tmp_path / "w"
    ar, members = _archive(reference_dir, "torch-2.5-windows.ar")
    spirv = _spirv(reference_dir)
    ipex = kernel_wheel(out, f"intel_extension_for_pytorch-2.5.10+xpu-{WINDOWS}.whl", [
        ("intel_extension_for_pytorch/bin/intel-ext-pt-gpu.dll",
         pe_library([("spir64_gen", ar), ("spir64", spirv)], code=100_000, seed="ipex")),
        *python_files("intel_extension_for_pytorch", 50)])
    torch = _torch_windows(out, reference_dir, "torch-2.5-windows.ar", f"torch-2.5.1+cxx11.abi-{WINDOWS}.whl")
    for wheel in (ipex, torch):
        server.publish(wheel, "intel:xpu/us")
    target = tmp_path / "measured.json"
    builtin = store.builtin_path().read_bytes()
    done = _verify(run_cli, server, "ipex-2.5.10-windows-xpu", "--python", "3.11", "--project", "torch",
                   "--project", "intel-extension-for-pytorch", "--write", target)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "AOT list not published" in done.stdout and "measured" in done.stdout
    entry = json.loads(target.read_text("utf-8"))["builds"]["ipex-2.5.10-windows-xpu"]
    assert entry["aot"]["certainty"] == "measured" and entry["aot"]["members"] == members
    assert [m.name for m in aot_names.archive_members(entry["aot"]["devices"])] == members
    sources = {s["filename"]: s for s in entry["aot"]["sources"]}
    assert sources[ipex.name]["sha256"] == hashlib.sha256(ipex.read_bytes()).hexdigest()
    assert sources[ipex.name]["url"].endswith(ipex.name.replace("+", "%2B"))
    assert sources[ipex.name]["sha256_checked"] is False and sources[ipex.name]["read"] == "ranges"
    assert sources[ipex.name]["sha256"] in entry["aot"]["source"] and "not re-hashed" in entry["aot"]["source"]
    assert entry["has_spirv"] == {"value": True, "certainty": "measured", "source": entry["aot"]["source"]}
    assert store.builtin_path().read_bytes() == builtin  # the maintained catalog is untouched
    # Writing again for another build keeps the first entry.
    _publish_torch_xpu_27(server, tmp_path, reference_dir)
    again = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch",
                    "--write", target)
    assert again.returncode in (0, 1), again.stderr
    assert set(json.loads(target.read_text("utf-8"))["builds"]) == {"ipex-2.5.10-windows-xpu", "torch-xpu-2.7-linux"}


def test_a_community_build_reads_its_direct_files_from_github_releases(server, tmp_path, reference_dir, run_cli):
    build = CATALOG.get("nuullll-2.1.10-xpu")
    assert build is not None
    refs = {ref.filename: ref for step in build.steps for ref in step.files if "cp311" in ref.filename}
    ipex_name = next(n for n in refs if n.startswith("intel_extension_for_pytorch"))
    torch_name = next(n for n in refs if n.startswith("torch-"))
    ar, members = _archive(reference_dir, "torch-2.5-windows.ar")
    out = tmp_path / "w"
    ipex = kernel_wheel(out, ipex_name, [("intel_extension_for_pytorch/bin/intel-ext-pt-gpu.dll",
                                          pe_library([("spir64_gen", ar), ("spir64", _spirv(reference_dir))]))])
    torch = _torch_windows(out, reference_dir, "torch-2.5-windows.ar", torch_name)
    for wheel in (ipex, torch):
        server.publish(wheel, "github:Nuullll/intel-extension-for-pytorch/v2.1.10+xpu")
    done = run_cli("catalog", "verify", "nuullll-2.1.10-xpu", "--python", "3.11", "--project", "torch",
                   "--project", "intel-extension-for-pytorch", "--json", "--mirror", f"github.com={server.url}",
                   timeout=180)
    report = json.loads(done.stdout)
    assert done.returncode == 0, done.stderr
    by_name = {w["filename"]: w for w in report["wheels"]}
    assert set(by_name) == {ipex_name, torch_name}
    # The catalog's hash for the IPEX file is recorded as the catalog's, not checked (ranges);
    # the torch file has none.
    assert by_name[ipex_name]["sha256"] == refs[ipex_name].sha256 and by_name[ipex_name]["sha256_source"] == "catalog"
    assert by_name[torch_name]["sha256"] is None and by_name[torch_name]["read"] == "ranges"
    assert report["measured"]["members"] == members and report["agrees"] is None


def test_a_server_that_ignores_range_is_downloaded_whole_and_the_index_hash_checked(server, tmp_path, reference_dir,
                                                                                  run_cli):
    wheels = _publish_torch_xpu_27(server, tmp_path, reference_dir)
    path = f"/whl/{wheels['linux'].name}"
    server.fault(path, ignore_range=True)
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch", "--json")
    [torch] = json.loads(done.stdout)["wheels"]
    size = wheels["linux"].stat().st_size
    assert torch["read"] == "whole" and torch["sha256_checked"] is True
    assert torch["sha256_computed"] == torch["sha256"]
    assert server.stats(path).requests == 1 and server.stats(path).bytes_sent == size
    _ar, members = _archive(reference_dir, "torch-2.7-linux.ar")
    assert json.loads(done.stdout)["measured"]["members"] == members
    human = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch")
    assert "the server ignored Range: downloaded whole" in human.stdout and "matched the one above" in human.stdout


def test_a_truncated_wheel_is_refused_in_one_sentence(server, tmp_path, reference_dir, run_cli):
    wheel = _torch_linux(tmp_path / "w", reference_dir, "torch-2.7-linux.ar")
    data = wheel.read_bytes()
    server.publish_bytes(wheel.name, data[: len(data) * 2 // 3], "pytorch")
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a complete zip archive" in lines[0] and "Traceback" not in done.stderr


def test_a_hostile_central_directory_is_refused_in_one_sentence(server, tmp_path, reference_dir, run_cli):
    wheel = _torch_linux(tmp_path / "w", reference_dir, "torch-2.7-linux.ar")
    data = bytearray(wheel.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 12:end + 16] = (0x7FFFFFFF).to_bytes(4, "little")  # a 2 GB central directory
    server.publish_bytes(wheel.name, bytes(data), "pytorch")
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "central directory" in done.stderr


def test_a_pin_without_a_file_is_named_and_exits_1(server, run_cli):
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--python", "3.11", "--project", "torch")
    assert done.returncode == 1
    assert "torch==2.7.0+xpu: no linux wheel for Python 3.11" in done.stdout


@pytest.mark.parametrize(("args", "words"), [
    (["torch-xpu-2.7-linux", "--python", "3.7"], "lists Pythons"),
    (["torch-xpu-2.7-linux", "--python", "three"], "is not a Python version"),
    (["torch-xpu-2.7-linux", "--project", "numpy"], "pins no wheel of numpy"),
    (["torch-xpu-2.7-linux", "--platform", "Win/AMD64"], "is not a wheel platform tag"),
    (["no-such-build"], "There is no build"),
])
def test_bad_input_is_refused_before_any_request(server, run_cli, args, words):
    done = _verify(run_cli, server, *args)
    assert done.returncode == 2 and words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert server.requests == []


def test_the_maintained_catalog_is_never_the_target(server, run_cli):
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--write", store.builtin_path())
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "is a catalog this app maintains or reads" in done.stderr  # the refusal discover --write says too
    assert server.requests == []


def test_another_json_file_is_not_overwritten(server, run_cli, tmp_path):
    other = tmp_path / "other.json"
    other.write_text('{"builds": []}', encoding="utf-8")
    done = _verify(run_cli, server, "torch-xpu-2.7-linux", "--write", other)
    assert done.returncode == 2 and "is not a measurements file" in done.stderr
    assert other.read_text("utf-8") == '{"builds": []}'
