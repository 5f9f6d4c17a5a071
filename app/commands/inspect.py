"""`python -m app inspect FILE [--json]`: the SYCL device images inside a .so/.dll/.pyd,
a wheel, an installed package directory or a raw ocloc archive."""

from __future__ import annotations

import argparse
from typing import Any


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a library, a wheel (.whl), a directory or an ocloc archive")
    parser.add_argument("--full", action="store_true", help="list every image, not a summary")
    parser.add_argument("--gpu", metavar="PCI_ID", help="also forecast AOT/JIT for this GPU (PCI id, e.g. 0xe20b)")
    parser.add_argument("--revision", metavar="REV", help="the PCI revision of --gpu, such as 0x08")
    parser.add_argument("--probe", metavar="FILE", help="also forecast for the GPU in a probe JSON or support bundle")


def run(args: argparse.Namespace) -> int:
    from app.smoke.inspect import inspect_path

    result = inspect_path(args.file)
    if args.gpu or args.probe:
        from app.commands.forecast import gpu_for
        from app.smoke.forecast.of_inspect import forecast_of

        result["forecast"] = forecast_of(result, gpu_for(args))
    if args.json:
        from app.output import emit_json

        emit_json(result)
        return 0
    print(render(result, full=args.full))
    return 0


def render(result: dict[str, Any], full: bool = False) -> str:
    lines = [f"{result['file']} ({result['kind']})"]
    libs = result.get("libraries")
    if libs is not None:
        lines.append(f"  {len(libs)} librar{'y' if len(libs) == 1 else 'ies'} with SYCL images, "
                     f"{result.get('libraries_without_images', 0)} without")
        for lib in libs:
            lines.append(f"  {lib['file']}: {lib['image_count']} image(s) {_targets(lib['targets'])}")
            if lib["aot_ip_versions"]:
                lines.append(f"      native code for IP {', '.join(lib['aot_ip_versions'])}")
            for note in lib.get("notes", []):
                lines.append(f"      note: {note}")
    else:
        lines.append(f"  {len(result['images'])} image(s) {_targets(result['targets'])}")
        for note in result.get("notes", []):
            lines.append(f"  note: {note}")
    shown = result["images"] if full else _distinct(result["images"])
    for im in shown:
        members = ", ".join(
            f"{m['name']}={m['ip_version']}" if m["ip_version"] and m["ip_version"] not in m["name"] else m["name"]
            for m in im["member_details"]
        )
        where = f" in {im['library']}" if "library" in im else ""
        lines.append(f"  - {im['target']} {im['format']}{' (zstd)' if im['compressed'] else ''}{where}"
                     + (f": {members}" if members else ""))
    if not full and len(shown) < len(result["images"]):
        lines.append(f"  ({len(result['images']) - len(shown)} more image(s) of the same kinds; --full lists them)")
    ips = ", ".join(result["aot_ip_versions"]) or "none"
    lines.append(f"Native (AOT) code for GPU IP versions: {ips}")
    lines.append("SPIR-V present (JIT fallback possible): " + ("yes" if result["has_spirv"] else "no"))
    if "forecast" in result:
        from app.smoke.forecast.render import render_inspect

        lines += ["", render_inspect(result["forecast"])]
    return "\n".join(lines)


def _targets(targets: dict[str, Any]) -> str:
    return "[" + ", ".join(f"{k} x{v}" for k, v in sorted(targets.items())) + "]" if targets else ""


def _distinct(images: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for im in images:
        key = (im["target"], im["format"], tuple(im["members"]), im.get("library"))
        if key not in seen:
            seen.add(key)
            out.append(im)
    return out
