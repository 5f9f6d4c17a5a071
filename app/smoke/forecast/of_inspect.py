"""The forecast for `inspect FILE --gpu`: built from the inspect result itself (its images
and their members), so the file is read once. A single library (or raw archive) gets one
verdict; a wheel or folder gets one per library with images, and the worst at the top."""

from __future__ import annotations

from typing import Any

from app.catalog import aot_match
from app.smoke.device_image import DeviceImage, Member
from app.smoke.forecast.judge import Gpu, Verdict, judge, worst_of


def images_from_json(images: list[dict[str, Any]]) -> list[DeviceImage]:
    out = []
    for im in images:
        members = [Member(m["name"], m["size"], m["kind"], m["ip_version"], m["product_family"])
                   for m in im.get("member_details", [])]
        image = DeviceImage(target=im["target"], format=im["format"], size=im["size"], compressed=im["compressed"],
                            members=members, notes=list(im.get("notes", [])))
        if im["format"] == "native" and im["ip_versions"]:
            image.native_ip = im["ip_versions"][0]
        out.append(image)
    return out


def _problem(notes: list[str], kind: str) -> str:
    """An unreadable file's note becomes the verdict's reason (inspect keeps it in `notes`)."""
    if kind == "unknown" and notes:
        return notes[0]
    return ""


def forecast_of(result: dict[str, Any], gpu: Gpu) -> dict[str, Any]:
    if "libraries" not in result:  # one library or a raw archive
        verdict = judge(images_from_json(result["images"]), gpu, problem=_problem(result["notes"], result["kind"]))
        return {"gpu": gpu.to_json(), **verdict.to_json()}
    by_library: dict[str, list[dict[str, Any]]] = {}
    for im in result["images"]:
        by_library.setdefault(im["library"], []).append(im)
    libraries = []
    for lib in result["libraries"]:
        verdict = judge(images_from_json(by_library.get(lib["file"], [])), gpu,
                        problem=_problem(lib.get("notes", []), lib["kind"]))
        libraries.append({"file": lib["file"], **verdict.to_json()})
    return {"gpu": gpu.to_json(), **_top(libraries), "libraries": libraries}


def _top(libraries: list[dict[str, Any]]) -> dict[str, Any]:
    """The wheel's verdict: its worst library's, with the SPIR-V of every JIT library."""
    expect = worst_of([lib["expect"] for lib in libraries if lib["expect"] != "none"])
    same = [lib for lib in libraries if lib["expect"] == expect]
    certainty = "documented"
    for lib in same:
        certainty = aot_match.weaker(certainty, lib["certainty"])
    jit = [lib for lib in libraries if lib["expect"] == "jit"]
    first = same[0] if same else None
    blank = Verdict("none", None, "documented", first["reason"] if first else "")
    top = blank.to_json()
    top.update(expect=expect, certainty=certainty if same else "documented",
               member=first["member"] if first else None,
               spirv_modules=sum(lib["spirv_modules"] for lib in jit),
               spirv_bytes=sum(lib["spirv_bytes"] for lib in jit),
               images=sum(lib["images"] for lib in libraries),
               native_images=sum(lib["native_images"] for lib in libraries))
    top.pop("aot_ip_versions", None)
    if not same:
        from app.smoke.forecast.texts import text

        top["reason"] = text("forecast_env_none")
    return top
