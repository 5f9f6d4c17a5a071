#!/usr/bin/env python3
"""Benchmark: what `catalog verify` transfers and how long it takes with HTTP Range, against
downloading the whole wheel (the fallback when a server ignores Range), side by side.

Two stand-in torch XPU wheels of realistic size are generated (a few seconds) and served by
the loopback mirror: a Windows-like one (a SYCL kernels DLL carrying the real torch-2.7
Windows ocloc archive, a large torch_cpu.dll without device images, .lib import libraries,
Python files and headers) and a Linux-like one (libtorch_xpu.so with the real Linux archive,
a large libtorch_cpu.so, Python files and headers). Library code deflates about 2:1.

Figures: bytes the server sent, requests, seconds (loopback: this is the CPU cost of
inflating and inspecting, not a network's), and the time the same bytes would take on a
100 Mbit/s and a 10 Mbit/s link (bytes / rate: a projection, labelled as one).
The measured member list must be the archive's; the benchmark fails otherwise.

    python tests/bench/bench_catalog_verify.py [--scale 1.0]   (--scale 0.2 for a quick run)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from mirror.server import MirrorServer  # noqa: E402
from mirror.sycl_wheels import (  # noqa: E402
    elf_library,
    filler,
    kernel_wheel,
    pe_library,
    plain_elf,
    plain_pe,
    python_files,
)

from app.fetch.session import make_session  # noqa: E402
from app.measure.verify_measure import measure_wheel  # noqa: E402
from app.measure.verify_resolve import WheelFile  # noqa: E402

ARCHIVES = ROOT.parent / "shared" / "reference" / "ocloc_archives"
MB = 1 << 20
LINKS = (("100 Mbit/s", 100e6 / 8), ("10 Mbit/s", 10e6 / 8))


def _archive(name: str) -> tuple[bytes, list[str]]:
    manifest = json.loads((ARCHIVES / "MANIFEST.json").read_text("utf-8"))
    return (ARCHIVES / name).read_bytes(), [m["member"] for m in manifest[name]["members"]]


def windows_wheel(out: Path, scale: float) -> tuple[Path, list[str]]:
    ar, members = _archive("torch-2.7-windows.ar")
    spv = (ARCHIVES / "kernel.spv").read_bytes()
    files = [
        ("torch/lib/torch_xpu_ops_sycl_kernels.dll",
         pe_library([("spir64_gen", ar), ("spir64", spv)], code=int(120 * MB * scale), seed="kernels")),
        ("torch/lib/torch_cpu.dll", plain_pe(int(160 * MB * scale), "torch_cpu")),
        ("torch/lib/torch_cpu.lib", filler(int(40 * MB * scale), "torch_cpu.lib")),
        ("torch/lib/dnnl.lib", filler(int(50 * MB * scale), "dnnl.lib")),
        ("torch/lib/c10.dll", plain_pe(int(2 * MB * scale), "c10")),
        ("torch/lib/torch_python.dll", plain_pe(int(20 * MB * scale), "torch_python")),
        *python_files("torch", int(8000 * scale)),
    ]
    return kernel_wheel(out, "torch-2.7.0+xpu-cp311-cp311-win_amd64.whl", files, compresslevel=1), members


def linux_wheel(out: Path, scale: float) -> tuple[Path, list[str]]:
    ar, members = _archive("torch-2.7-linux.ar")
    spv = (ARCHIVES / "kernel.spv").read_bytes()
    files = [
        ("torch/lib/libtorch_xpu.so",
         elf_library([("spir64_gen", ar), ("spir64", spv)], code=int(120 * MB * scale), seed="xpu")),
        ("torch/lib/libtorch_cpu.so", plain_elf(int(160 * MB * scale), "torch_cpu")),
        ("torch/lib/libc10.so", plain_elf(int(2 * MB * scale), "c10")),
        ("torch/lib/libtorch_python.so", plain_elf(int(20 * MB * scale), "torch_python")),
        *python_files("torch", int(8000 * scale)),
    ]
    return kernel_wheel(out, "torch-2.7.0+xpu-cp311-cp311-linux_x86_64.whl", files, compresslevel=1), members


def measure(server: MirrorServer, wheel: Path, url: str, ignore_range: bool) -> dict:
    path = "/whl/" + wheel.name
    server.clear_faults()
    if ignore_range:
        server.fault(path, ignore_range=True)
    before = server.stats(path).bytes_sent
    digest = url.split("#sha256=", 1)[1]
    spec = WheelFile("torch", "2.7.0+xpu", "torch==2.7.0+xpu", wheel.name, url, digest, "index", None)
    started = time.perf_counter()
    with make_session() as session:
        record = measure_wheel(spec, session=session)
    seconds = time.perf_counter() - started
    return {"record": record, "seconds": seconds, "sent": server.stats(path).bytes_sent - before}


def row(label: str, result: dict, size: int) -> str:
    t = result["record"]["transfer"]
    projected = "  ".join(f"{result['sent'] / rate:7.1f} s @{name}" for name, rate in LINKS)
    return (f"  {label:<16} {result['sent'] / MB:9.1f} MB {100 * result['sent'] / size:6.1f}%  "
            f"{t['requests']:4d} req  {result['seconds']:6.2f} s   {projected}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="size factor (1.0: ~400 MB of libraries)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # figures appear as they are measured  # type: ignore[attr-defined]
    if not ARCHIVES.is_dir():
        print("../shared/reference/ocloc_archives is not beside this checkout; nothing measured")
        return 0
    failures = 0
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as tmp, MirrorServer() as server:
        for name, make in (("Windows-like", windows_wheel), ("Linux-like", linux_wheel)):
            started = time.perf_counter()
            wheel, members = make(Path(tmp), args.scale)
            size = wheel.stat().st_size
            print(f"{name} stand-in {wheel.name}: {size / MB:.1f} MB "
                  f"(generated in {time.perf_counter() - started:.1f} s)")
            url = server.publish(wheel, "pytorch")
            ranged = measure(server, wheel, url, ignore_range=False)
            whole = measure(server, wheel, url, ignore_range=True)
            print(f"  {'':<16} {'sent':>12} {'of file':>7}  {'':4} {'':4}  {'loopback':>8}   projected on a link")
            print(row("HTTP Range", ranged, size))
            print(row("whole download", whole, size))
            saved = 1 - ranged["sent"] / whole["sent"]
            print(f"  Range sends {saved * 100:.1f}% less; hash: ranged {ranged['record']['sha256_checked']} "
                  f"(index hash taken as given), whole {whole['record']['sha256_checked']} (checked)")
            for result in (ranged, whole):
                libs = [lib for lib in result["record"]["libraries"] if lib["images"]]
                if [lib["archive_members"] for lib in libs] != [members]:
                    print(f"  FAILED: measured {[lib['archive_members'] for lib in libs]} != archive {members}")
                    failures += 1
            skipped = [lib["member"] for lib in ranged["record"]["libraries"] if lib["read"] == "headers"]
            if skipped:
                print(f"  passed over after their headers: {', '.join(skipped)}")
            wheel.unlink()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
