"""The catalog's schema: checks a parsed catalog.json and builds the model from it.

Hand-written rather than JSON Schema so that every error is one sentence naming the entry
and the field ("Catalog entry 'ipex-2.8.10-linux': field 'aot.devices' has an unknown AOT
name 'bmgx'."), and so loading stays fast (plan runs in well under 150 ms). Unknown fields
are errors too: a typo must not silently drop a fact.

Free text a user reads (status_note, pythons_note, prerequisites, min_driver.note,
not_supported[].label/.note, jit_costs[].text) may carry its Simplified Chinese text in a
sibling "<field>_zh_CN" of the same shape (a string, or a list of the same length); the model
holds such text as a LocalizedText (app/messages.py), which the wizard shows in its language.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn
from urllib.parse import urlsplit

from packaging.requirements import InvalidRequirement, Requirement

from app.catalog import aot_names, versions, wheels
from app.catalog.model import (
    CERTAINTIES,
    CHANNELS,
    FACT_CERTAINTIES,
    OSES,
    PYTHON_CERTAINTIES,
    STATUSES,
    Aot,
    AotClaim,
    AotDefault,
    Build,
    Catalog,
    Fact,
    GpuRule,
    JitCost,
)
from app.catalog.plan_model import FileRef, Step
from app.errors import BadInput
from app.messages import LocalizedText, msg
from app.untrusted_names import name_problem_code, printable

FORMAT = 2
# Format 1 had no per-field sources; its catalogs (an older refreshed copy, a maintainer's
# draft) still load, each decision field marked with this source.
LEGACY_FORMAT = 1
LEGACY_SOURCE = "not recorded (a format-1 catalog)"
_ID = re.compile(r"^[a-z0-9][a-z0-9.+_-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PYTHON = re.compile(r"^3\.\d{1,2}$")
ZH = "_zh_CN"  # the sibling of a free-text field that holds its Simplified Chinese text


class CatalogInvalid(BadInput):
    """The catalog file breaks the schema; the message names the entry and field."""


class _Where:
    """Where in the catalog a field is: the file's top level ("file"), a build ("entry", its
    id) or an item of a top-level list ("item", e.g. jit_costs[2])."""

    def __init__(self, kind: str, entry: str = ""):
        self.kind, self.entry = kind, entry

    def fail(self, field: str, code: str, **params: Any) -> NoReturn:
        """Refuse the catalog: `code` names a catalog_problem_* message, with its params."""
        why = msg("catalog_problem_" + code, **params)
        where = {"entry": self.entry} if self.kind != "file" else {}
        raise CatalogInvalid(msg(f"catalog_{self.kind}_field", field=field, problem=why, **where))

    def keys(self, obj, field: str, required: set[str], optional: set[str]) -> dict:
        if not isinstance(obj, dict):
            self.fail(field, "object")
        missing = sorted(required - obj.keys())
        if missing:
            self.fail(f"{field}.{missing[0]}" if field else missing[0], "missing")
        extra = sorted(obj.keys() - required - optional)
        if extra:
            self.fail(f"{field}.{extra[0]}" if field else extra[0], "unknown_field")
        return obj

    def text(self, obj: dict, key: str, field: str, *, optional=False, choices=None, pattern=None):
        value = obj.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(field, "empty_text")
        if choices and value not in choices:
            self.fail(field, "not_one_of", choices=list(choices), value=value)
        if pattern and not pattern.match(value):
            self.fail(field, "invalid", value=value)
        return value

    def strings(self, obj: dict, key: str, field: str, *, optional=True) -> tuple[str, ...]:
        value = obj.get(key, [] if optional else None)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(field, "not_text_list")
        return tuple(value)

    def localized(self, obj: dict, key: str, field: str, english: str | None) -> LocalizedText | None:
        """`english` (obj[key]) with its Chinese sibling obj[key + "_zh_CN"], checked."""
        chinese = obj.get(key + ZH)
        if chinese is not None and (english is None or not isinstance(chinese, str) or not chinese.strip()):
            self.fail(field + ZH, "zh_alone", key=key)
        return None if english is None else LocalizedText(english, {"zh_CN": chinese} if chinese else {})

    def localized_list(self, obj: dict, key: str, field: str, english: tuple[str, ...]) -> tuple[str, ...]:
        chinese = obj.get(key + ZH)
        if chinese is None:
            return tuple(LocalizedText(e) for e in english)
        if (not isinstance(chinese, list) or len(chinese) != len(english)
                or not all(isinstance(c, str) and c.strip() for c in chinese)):
            self.fail(field + ZH, "zh_list", count=len(english), key=key)
        return tuple(LocalizedText(e, {"zh_CN": c}) for e, c in zip(english, chinese, strict=True))

    def url(self, value, field: str) -> str:
        if not isinstance(value, str) or urlsplit(value).scheme != "https" or not urlsplit(value).hostname:
            self.fail(field, "not_https", value=str(value))
        return value


def parse_catalog(data, origin: str = "built-in") -> Catalog:
    """Validate `data` (parsed JSON) and return the Catalog, or raise CatalogInvalid."""
    top = _Where("file")
    top.keys(data, "", {"format", "updated", "builds"},
             {"jit_costs", "intel_indexes", "notes", "aot_defaults", "$comment"})
    if data["format"] not in (FORMAT, LEGACY_FORMAT) or isinstance(data["format"], bool):
        top.fail("format", "format", format=FORMAT, legacy=LEGACY_FORMAT)
    top.text(data, "updated", "updated", pattern=_DATE)
    if not isinstance(data["builds"], list) or not data["builds"]:
        top.fail("builds", "empty_list")
    builds: list[Build] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["builds"]):
        if data["format"] == LEGACY_FORMAT:
            raw = migrate_build(raw)
        build = _build(raw, index)
        if build.id in seen:
            raise CatalogInvalid(msg("catalog_entry_field", entry=build.id, field="id",
                                     problem=msg("catalog_problem_used_twice")))
        seen.add(build.id)
        builds.append(build)
    costs = []
    for index, raw in enumerate(data.get("jit_costs", [])):
        w = _Where("item", f"jit_costs[{index}]")
        w.keys(raw, "", {"text"}, {"products", "sources", "text" + ZH})
        text = w.localized(raw, "text", "text", w.text(raw, "text", "text"))
        costs.append(JitCost(w.strings(raw, "products", "products"), text or "",
                             w.strings(raw, "sources", "sources")))
    notes = list(top.strings(data, "notes", "notes"))
    regions = {}
    indexes = data.get("intel_indexes", {})
    top.keys(indexes, "intel_indexes", set(), set(indexes) if isinstance(indexes, dict) else set())
    for platform, entry in indexes.items():
        f = f"intel_indexes.{platform}"
        top.keys(entry, f, {"regions", "source"}, set())
        values = top.strings(entry, "regions", f + ".regions", optional=False)
        if not values or any(v not in ("us", "cn") for v in values):
            top.fail(f + ".regions", "regions")
        top.text(entry, "source", f + ".source")
        regions[platform] = values
    return Catalog(format=FORMAT, updated=data["updated"], builds=builds, jit_costs=costs,
                   intel_regions=regions, origin=origin, notes=notes, aot_defaults=_aot_defaults(data))


_SERIES = re.compile(r"^\d{1,3}\.\d{1,3}$")


def _aot_defaults(data: dict) -> list[AotDefault]:
    raw = data.get("aot_defaults", [])
    if not isinstance(raw, list):
        _Where("file").fail("aot_defaults", "not_list")
    out: list[AotDefault] = []
    for index, entry in enumerate(raw):
        w = _Where("item", f"aot_defaults[{index}]")
        w.keys(entry, "", {"series", "os", "devices", "certainty", "source"}, set())
        series = w.text(entry, "series", "series", pattern=_SERIES)
        os_name = w.text(entry, "os", "os", choices=OSES)
        devices = w.strings(entry, "devices", "devices", optional=False)
        if not devices or any(not aot_names.is_known(d) for d in devices):
            w.fail("devices", "aot_names")
        if any(d.series == series and d.os == os_name for d in out):
            w.fail("series", "series_twice", series=series, os=os_name)
        certainty = w.text(entry, "certainty", "certainty", choices=CERTAINTIES[:2])  # documented | inferred
        out.append(AotDefault(series, os_name, devices, certainty, w.text(entry, "source", "source")))
    return out


_BUILD_REQUIRED = {"id", "channel", "title", "os", "versions", "pythons",
                   "aot", "has_spirv", "steps", "status", "sources"}
_BUILD_OPTIONAL = {"release_date", "date_note", "pythons_note", "intended_for", "prerequisites",
                   "min_driver", "status_note", "not_supported", "notes", "$comment",
                   "pythons_note" + ZH, "prerequisites" + ZH, "status_note" + ZH, "notes" + ZH}


def _build(raw, index: int) -> Build:
    label = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else f"#{index}"
    w = _Where("entry", str(label))
    w.keys(raw, "", _BUILD_REQUIRED, _BUILD_OPTIONAL)
    build_id = w.text(raw, "id", "id", pattern=_ID)
    channel = w.text(raw, "channel", "channel", choices=CHANNELS)
    os_name = w.text(raw, "os", "os", choices=OSES)
    facts: dict[str, Fact] = {}
    vers, facts["versions"] = _versions(w, raw["versions"], channel)
    pythons, facts["pythons"] = _sourced(w, raw["pythons"], "pythons", PYTHON_CERTAINTIES)
    if pythons is not None:
        if (
            not isinstance(pythons, list)
            or not pythons
            or not all(isinstance(p, str) and _PYTHON.match(p) for p in pythons)
        ):
            w.fail("pythons.value", "pythons")
        pythons = tuple(pythons)
    pyc = facts["pythons"].certainty
    aot, facts["aot"] = _aot(w, raw["aot"])
    has_spirv, facts["has_spirv"] = _sourced(w, raw["has_spirv"], "has_spirv", FACT_CERTAINTIES)
    if has_spirv not in (True, False, None):
        w.fail("has_spirv.value", "bool_or_null")
    if not isinstance(raw["steps"], list) or not raw["steps"]:
        w.fail("steps", "empty_list")
    steps = tuple(_step(w, s, i, os_name) for i, s in enumerate(raw["steps"]))
    status = w.text(raw, "status", "status", choices=STATUSES)
    date = w.text(raw, "release_date", "release_date", optional=True, pattern=_DATE)
    intended = w.strings(raw, "intended_for", "intended_for")
    for name in intended:
        if not aot_names.is_known(name):
            w.fail("intended_for", "unknown_aot", name=name)
    min_driver = raw.get("min_driver", {})
    w.keys(min_driver, "min_driver", set(), {"linux", "windows", "note", "note" + ZH})
    for key in ("linux", "windows", "note"):
        if min_driver.get(key) is not None and not isinstance(min_driver[key], str):
            w.fail(f"min_driver.{key}", "text_or_null")
    min_driver = {k: v for k, v in min_driver.items() if k != "note" + ZH}
    if min_driver.get("note"):
        min_driver["note"] = w.localized(raw.get("min_driver", {}), "note", "min_driver.note", min_driver["note"])
    rules = []
    for i, rule in enumerate(raw.get("not_supported", [])):
        f = f"not_supported[{i}]"
        w.keys(rule, f, {"label", "note"}, {"segment", "ip_prefixes", "products", "label" + ZH, "note" + ZH})
        gpu_rule = GpuRule(label=w.localized(rule, "label", f + ".label", w.text(rule, "label", f + ".label")) or "",
                           segment=w.text(rule, "segment", f + ".segment", optional=True),
                           ip_prefixes=w.strings(rule, "ip_prefixes", f + ".ip_prefixes"),
                           products=w.strings(rule, "products", f + ".products"),
                           note=w.localized(rule, "note", f + ".note", w.text(rule, "note", f + ".note")) or "")
        if not (gpu_rule.segment or gpu_rule.ip_prefixes or gpu_rule.products):
            w.fail(f, "rule_empty")
        rules.append(gpu_rule)
    sources = w.strings(raw, "sources", "sources", optional=False)
    if not sources:
        w.fail("sources", "no_source")
    build = Build(
        id=build_id, channel=channel, title=w.text(raw, "title", "title"), os=os_name,
        versions=vers, pythons=pythons, pythons_certainty=pyc, aot=aot, has_spirv=has_spirv,
        steps=steps, status=status, release_date=date,
        pythons_note=w.localized(raw, "pythons_note", "pythons_note", raw.get("pythons_note") or None) or "",
        intended_for=intended,
        prerequisites=w.localized_list(raw, "prerequisites", "prerequisites",
                                       w.strings(raw, "prerequisites", "prerequisites")),
        min_driver=dict(min_driver),
        status_note=w.localized(raw, "status_note", "status_note", raw.get("status_note") or None) or "",
        not_supported=tuple(rules), sources=sources,
        notes=w.localized_list(raw, "notes", "notes", w.strings(raw, "notes", "notes")),
        date_note=raw.get("date_note", "") or "", facts=facts,
    )
    _check_files_cover_pythons(w, build)
    return build


def migrate_build(raw: Any) -> Any:
    """A format-1 build in format 2's shape: each decision field gets LEGACY_SOURCE, and the
    certainty format 1 had (pythons_certainty, aot.certainty) or the weakest that fits its value.
    Anything not shaped like format 1 is returned as it is, for _build to name the fault."""
    if not isinstance(raw, dict):
        return raw
    out = dict(raw)
    if "pythons_certainty" in out:
        out["pythons"] = {"value": out.get("pythons"), "certainty": out.pop("pythons_certainty"),
                          "source": LEGACY_SOURCE}
    if isinstance(out.get("versions"), dict):
        out["versions"] = {**out["versions"], "certainty": "inferred", "source": LEGACY_SOURCE}
    if isinstance(out.get("aot"), dict):
        out["aot"] = {**out["aot"], "source": LEGACY_SOURCE}
    if "has_spirv" in out and not isinstance(out["has_spirv"], dict):
        value = out["has_spirv"]
        out["has_spirv"] = {"value": value, "certainty": "unknown" if value is None else "inferred",
                            "source": LEGACY_SOURCE}
    return out


def _fact(w: _Where, obj: dict, field: str, choices: tuple[str, ...], known: bool) -> Fact:
    """The certainty and source of a field; an unknown value must say 'unknown', and a known
    one must not (a value nobody can vouch for is a guess)."""
    certainty = w.text(obj, "certainty", field + ".certainty", choices=choices)
    source = w.text(obj, "source", field + ".source")
    if not known and certainty != "unknown":
        w.fail(field + ".certainty", "must_be_unknown", of=field)
    if known and certainty == "unknown":
        w.fail(field + ".certainty", "cannot_be_unknown", of=field)
    return Fact(certainty, source)


def _sourced(w: _Where, raw, field: str, choices: tuple[str, ...]):
    """A {"value", "certainty", "source"} field: (value, Fact)."""
    w.keys(raw, field, {"value", "certainty", "source"}, set())
    return raw["value"], _fact(w, raw, field, choices, raw["value"] is not None)


def _versions(w: _Where, raw, channel: str) -> tuple[dict, Fact]:
    w.keys(raw, "versions", {"torch", "certainty", "source"}, {"ipex", "torchvision", "torchaudio"})
    fact = _fact(w, raw, "versions", FACT_CERTAINTIES, True)
    out: dict[str, str | None] = {}
    for key in ("ipex", "torch", "torchvision", "torchaudio"):
        value = raw.get(key)
        if value is None:
            if key == "torch":
                w.fail("versions.torch", "required")
            out[key] = None
            continue
        if not isinstance(value, str) or not versions.valid(value):
            w.fail(f"versions.{key}", "not_version", value=str(value))
        out[key] = value
    if channel.startswith("ipex") and not out["ipex"]:
        w.fail("versions.ipex", "ipex_required")
    if channel == "torch-xpu" and out["ipex"]:
        w.fail("versions.ipex", "ipex_not_null")
    return out, fact


def _aot(w: _Where, raw) -> tuple[Aot, Fact]:
    w.keys(raw, "aot", {"devices", "certainty", "source"}, {"claims", "note"})
    devices = raw["devices"]
    if devices is not None:
        if not isinstance(devices, list) or not devices:
            w.fail("aot.devices", "aot_devices")
        for name in devices:
            if not isinstance(name, str) or not aot_names.is_known(name):
                w.fail("aot.devices", "unknown_aot", name=str(name))
        devices = tuple(devices)
    certainty = w.text(raw, "certainty", "aot.certainty", choices=CERTAINTIES)
    if devices is None and certainty != "unknown":
        w.fail("aot.certainty", "must_be_unknown", of="aot.devices")
    if devices is not None and certainty == "unknown":
        w.fail("aot.certainty", "cannot_be_unknown", of="aot.devices")
    source = w.text(raw, "source", "aot.source")
    claims = []
    for i, c in enumerate(raw.get("claims", [])):
        f = f"aot.claims[{i}]"
        w.keys(c, f, {"names", "covered", "certainty", "source"}, set())
        names = w.strings(c, "names", f + ".names", optional=False)
        for name in names:
            if not aot_names.is_known(name):
                w.fail(f + ".names", "unknown_aot", name=name)
        if not isinstance(c["covered"], bool):
            w.fail(f + ".covered", "bool")
        claims.append(AotClaim(names, c["covered"], w.text(c, "certainty", f + ".certainty", choices=CERTAINTIES),
                               w.text(c, "source", f + ".source")))
    return Aot(devices, certainty, tuple(claims), raw.get("note", "") or ""), Fact(certainty, source)


def _step(w: _Where, raw, index: int, os_name: str) -> Step:
    f = f"steps[{index}]"
    w.keys(raw, f, {"id"}, {"requirements", "index_url", "extra_index_urls", "files", "no_deps", "note"})
    reqs = list(w.strings(raw, "requirements", f + ".requirements"))
    for req in reqs:
        try:
            parsed = Requirement(req)
        except InvalidRequirement:
            w.fail(f + ".requirements", "requirement", value=req)
        if parsed.url:  # a direct URL: https only, like every other URL in a catalog
            w.url(parsed.url, f + ".requirements")
    index_url = raw.get("index_url")
    if index_url is not None:
        w.url(index_url, f + ".index_url")
    extra = list(w.strings(raw, "extra_index_urls", f + ".extra_index_urls"))
    for url in extra:
        w.url(url, f + ".extra_index_urls")
    files = []
    for j, fr in enumerate(raw.get("files", [])):
        ff = f"{f}.files[{j}]"
        w.keys(fr, ff, {"url", "filename"}, {"sha256", "size", "hash_source"})
        w.url(fr["url"], ff + ".url")
        name = w.text(fr, "filename", ff + ".filename")
        problem = name_problem_code(name)  # joined to the download folder: one plain name only
        if problem:
            w.fail(ff + ".filename", "file_name", value=printable(name), problem=msg("name_problem_" + problem))
        if not wheels.is_wheel(name):
            w.fail(ff + ".filename", "not_wheel", value=name)
        if os_name not in wheels.file_os(name):
            w.fail(ff + ".filename", "wrong_os", os=os_name, value=name)
        sha = fr.get("sha256")
        if sha is not None and (not isinstance(sha, str) or not _SHA256.match(sha)):
            w.fail(ff + ".sha256", "sha256")
        size = fr.get("size")
        if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size <= 0):
            w.fail(ff + ".size", "size")
        if fr.get("hash_source") is not None and sha is None:
            w.fail(ff + ".hash_source", "hash_source")
        files.append(FileRef(url=fr["url"], filename=name, sha256=sha, size=size,
                             hash_source=fr.get("hash_source")))
    if not reqs and not files:
        w.fail(f, "step_empty")
    no_deps = raw.get("no_deps", False)
    if not isinstance(no_deps, bool):
        w.fail(f + ".no_deps", "bool")
    return Step(id=w.text(raw, "id", f + ".id"), requirements=reqs, index_url=index_url,
                extra_index_urls=extra, files=files, no_deps=no_deps, note=raw.get("note", "") or "")


def _check_files_cover_pythons(w: _Where, build: Build) -> None:
    """For builds installed from files, the declared Pythons must each have a fitting wheel
    of every project (the tags decide, not the declaration)."""
    for index, step in enumerate(build.steps):
        if not step.files:
            continue
        projects = {wheels.wheel_project(f.filename) for f in step.files}
        for python in build.pythons or ():
            for project in sorted(projects):
                if not any(wheels.wheel_project(f.filename) == project and wheels.fits(f.filename, python, build.os)
                           for f in step.files):
                    w.fail(f"steps[{index}].files", "no_wheel", project=project, python=python)
