"""One library's forecast for one GPU, from its device images.

Per image the driver's member rule decides (app.catalog.aot_match, ocloc_names.md §2); a
library is as bad as its worst image: one image that cannot load fails the library, one that
compiles from SPIR-V makes its first use wait. SPIR-V-only images next to native archives
are taken as the portable copy of the same kernels (the runtime prefers a native image for a
device), which is how the reference reads bitsandbytes' DLLs (ocloc_names.md §4).

The JIT wait is sized by what the driver compiles: the `generic_ir` member of each archive
that falls back, or each SPIR-V image of a library without native code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.catalog import aot_match
from app.smoke.device_image import DeviceImage
from app.smoke.forecast.texts import text

_ORDER = {"fail": 0, "jit": 1, "aot": 2, "none": 3}


@dataclass(frozen=True)
class Gpu:
    """What the member rule needs to know about the GPU (any may be unknown)."""

    ip: str | None
    product: str | None
    stepping: str | None = None
    name: str = ""
    device_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "device_id": self.device_id, "ip_version": self.ip,
                "product": self.product, "stepping": self.stepping}


@dataclass
class Verdict:
    expect: str  # aot | jit | fail | none
    member: str | None
    certainty: str  # documented | inferred | unknown
    reason: str
    spirv_modules: int = 0
    spirv_bytes: int = 0
    images: int = 0
    native_images: int = 0
    ip_versions: list[str] = field(default_factory=list)
    has_spirv: bool = False  # some image holds SPIR-V (a JIT fallback exists at all)

    def to_json(self) -> dict[str, Any]:
        return {"expect": self.expect, "member": self.member, "certainty": self.certainty, "reason": self.reason,
                "spirv_modules": self.spirv_modules, "spirv_bytes": self.spirv_bytes, "images": self.images,
                "native_images": self.native_images, "aot_ip_versions": self.ip_versions,
                "has_spirv": self.has_spirv}


def _is_gpu_target(target: str) -> bool:
    return target.startswith(("spir64_gen", "spir64")) and not target.startswith("spir64_x86_64") \
        and not target.startswith("spir64_fpga")


def judge(images: list[DeviceImage], gpu: Gpu, *, problem: str = "") -> Verdict:
    """The verdict for one library's images on `gpu`."""
    verdict = _judge(images, gpu, problem)
    verdict.has_spirv = any(im.has_spirv for im in images)
    return verdict


def _judge(images: list[DeviceImage], gpu: Gpu, problem: str) -> Verdict:
    if problem:
        return Verdict("none", None, "unknown", text("forecast_lib_unreadable", problem=problem))
    if not images:
        return Verdict("none", None, "documented", text("forecast_lib_no_images"), images=0)
    gpu_images = [im for im in images if _is_gpu_target(im.target)]
    native = [im for im in gpu_images if im.target.startswith("spir64_gen")]
    ips = sorted({ip for im in native for ip in im.ip_versions}, key=_ip_key)
    if not gpu_images:
        targets = sorted({im.target for im in images})
        return Verdict("none", None, "documented", text("forecast_lib_no_gpu_images", targets=targets),
                       images=len(images))
    unread = [im for im in gpu_images if not _members(im)[0] and im.format not in ("spirv", "bitcode")]
    native = [im for im in native if _members(im)[0]]
    if not native and unread and len(unread) == len(gpu_images):
        problem = "; ".join(sorted({n for im in unread for n in im.notes})) or "unknown format"
        return Verdict("none", None, "unknown", text("forecast_lib_compressed_unread", problem=problem),
                       images=len(images))
    if not native:
        spirv = [im for im in gpu_images if im.format in ("spirv", "bitcode")]
        v = Verdict("jit", None, "documented", text("forecast_lib_spirv_only"), images=len(images),
                    spirv_modules=len(spirv), spirv_bytes=sum(im.size for im in spirv))
        if unread:
            v.certainty = "unknown"
        return v
    per_image = _cached_matches(native, gpu)
    worst = min(per_image, key=lambda pair: _ORDER[pair[1].expect])[1]
    same = [m for _im, m in per_image if m.expect == worst.expect]
    certainty = "documented"
    for m in same:
        certainty = aot_match.weaker(certainty, m.certainty)
    verdict = Verdict(worst.expect, worst.member, certainty, worst.reason, images=len(images),
                      native_images=len(native), ip_versions=ips)
    for im, m in per_image:
        if m.expect == "jit":
            verdict.spirv_modules += 1
            verdict.spirv_bytes += _ir_size(im)
    if unread:
        verdict.certainty = "unknown"
        problem = "; ".join(sorted({n for im in unread for n in im.notes})) or "unknown format"
        verdict.reason = text("forecast_lib_partly_unread", reason=verdict.reason, problem=problem)
    return verdict


def _cached_matches(native: list[DeviceImage], gpu: Gpu) -> list[tuple[DeviceImage, aot_match.Match]]:
    """The member rule per image; libraries hold hundreds of images with the same members."""
    seen: dict[tuple[object, ...], aot_match.Match] = {}
    out = []
    for im in native:
        names, ips = _members(im)
        k = (tuple(names), tuple(sorted(ips.items())))
        if k not in seen:
            seen[k] = aot_match.match(gpu.ip, gpu.product, names, stepping=gpu.stepping, member_ips=ips)
        out.append((im, seen[k]))
    return out


def _members(im: DeviceImage) -> tuple[list[str], dict[str, str]]:
    if im.format == "archive":
        names = [m.name for m in im.members]
        ips = {m.name: m.ip_version for m in im.members if m.ip_version}
        return names, ips
    if im.format == "native" and im.native_ip:
        # A single-device build is one zebin, not an archive: the driver checks its IP.
        name = f"64.{im.native_ip}"
        return [name], {name: im.native_ip}
    if im.format == "spirv":
        return ["generic_ir"], {}
    return [], {}


def _ir_size(im: DeviceImage) -> int:
    if im.format == "spirv":
        return im.size
    return sum(m.size for m in im.members if m.kind == "generic_ir")


def _ip_key(ip: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in ip.split("."))


def worst_of(verdicts: list[str]) -> str:
    """The environment's or a package's outcome: its worst library (none when none has GPU code)."""
    return min(verdicts, key=lambda e: _ORDER[e]) if verdicts else "none"
