"""The planner: from a GPU, an OS, a Python and the user's preferences to a ranked Plan.

Ranking: builds whose AOT code covers the GPU first; then official over community over
upstream (when the channel allows several); then the newest; then, among equals, a
per-platform build made for this GPU, then the newer release date.
Every build that is not picked appears either as an alternative or as rejected with why.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from app.catalog import expect as expect_mod
from app.catalog import versions, wheels
from app.catalog.expect import Expectation
from app.catalog.model import CHANNEL_SETS, Build, Catalog
from app.catalog.plan_model import Choice, Plan, Rejected, Step
from app.errors import BadInput
from app.messages import Message, msg
from app.probe.model import Gpu, Probe

_CHANNEL_RANK = {"ipex-official": 0, "ipex-community": 1, "torch-xpu": 2}
_CHANNEL_WORDS = {  # words for a build's channel inside a sentence
    "ipex-official": msg("channel_ipex_official"),
    "ipex-community": msg("channel_ipex_community"),
    "torch-xpu": msg("channel_torch_xpu"),
}
_OS_WORDS = {"linux": "Linux", "windows": "Windows"}


@dataclass
class Prefs:
    channel: str = "ipex"
    ipex: str | None = None  # --ipex pin
    torch: str | None = None  # --torch pin
    python: str | None = None  # --python X.Y


@dataclass
class _Eval:
    build: Build
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, sentence)
    expectation: expect_mod.Expectation | None = None
    python: str | None = None
    python_warning: str | None = None
    python_guessed: bool = False  # no Python was asked for or found: the build's newest

    def only(self, *kinds: str) -> bool:
        return bool(self.problems) and all(k in kinds for k, _ in self.problems)


def plan(probe: Probe, catalog: Catalog | None = None, prefs: Prefs | None = None, *,
         gpu_index: int | None = None, channel: str | None = None, ipex: str | None = None,
         torch: str | None = None, python: str | None = None) -> Plan:
    """Plan for one GPU of a probe (its primary GPU unless `gpu_index` says which), on the
    probe's OS, for the Pythons it found (64-bit only) unless a Python is given.
    Keyword preferences override those in `prefs`; `catalog` defaults to store.load()."""
    if catalog is None:
        from app.catalog import store

        catalog = store.load()
    prefs = dataclasses.replace(prefs or Prefs())
    for name, value in (("channel", channel), ("ipex", ipex), ("torch", torch), ("python", python)):
        if value is not None:
            setattr(prefs, name, value)
    if gpu_index is None:
        gpu = probe.primary_gpu
    elif 0 <= gpu_index < len(probe.gpus):
        gpu = probe.gpus[gpu_index]
    else:
        raise BadInput(msg("plan_no_gpu_number", index=gpu_index, count=len(probe.gpus)))
    pythons = []
    for p in probe.pythons:
        if p.bits == 64 and p.major_minor not in pythons:
            pythons.append(p.major_minor)
    return plan_for_gpu(gpu, probe.os, catalog, prefs, available_pythons=pythons or None,
                        extra_warnings=list(probe.warnings))


def plan_for_machine(catalog: Catalog | None = None, prefs: Prefs | None = None) -> Plan:
    """Probe this machine (GPUs and Pythons) and plan for it."""
    from app.probe.probe import probe_machine

    return plan(probe_machine(), catalog, prefs)


def plan_for_gpu(gpu: Gpu | None, os_name: str, catalog: Catalog, prefs: Prefs,
                 available_pythons: list[str] | None = None, extra_warnings: list[str] | None = None) -> Plan:
    """The core: rank every catalog build for this GPU, OS and Python(s)."""
    if prefs.channel not in CHANNEL_SETS:
        raise BadInput(msg("plan_unknown_channel", channel=prefs.channel, channels=list(CHANNEL_SETS)))
    warnings = list(extra_warnings or [])
    inputs = _inputs(gpu, os_name, prefs, available_pythons, catalog)
    refusal = _refuse_gpu(gpu)
    if gpu is not None and gpu.is_intel:  # what is known about this GPU (and what to do instead)
        # The reference table's remarks are for support staff; the probe keeps them.
        warnings.extend(n for n in gpu.notes if n not in warnings
                        and getattr(n, "code", "") != "device_reference_note")
    if refusal:
        rejected = [Rejected(b.id, refusal) for b in catalog.builds]
        return Plan(choice=None, rejected=rejected, warnings=warnings + [refusal], inputs=inputs)
    assert gpu is not None
    evals = [_evaluate(b, gpu, os_name, prefs, available_pythons) for b in catalog.builds]
    candidates = sorted((e for e in evals if not e.problems), key=_rank)
    choices = [_choice(e, gpu, catalog, os_name) for e in candidates]
    rejected = [Rejected(e.build.id, e.problems[0][1]) for e in evals if e.problems]
    choice = choices[0] if choices else None
    if choice:
        choice.reasons.extend(_why_first(candidates, prefs))
    warnings.extend(_hints(evals, choice, prefs, os_name))
    if choice is None:
        warnings.append(_nothing_fits(gpu, os_name, prefs))
    return Plan(choice=choice, alternatives=choices[1:], rejected=rejected, warnings=warnings,
                inputs=inputs)


def _inputs(
    gpu: Gpu | None, os_name: str, prefs: Prefs, available_pythons: list[str] | None, catalog: Catalog
) -> dict[str, Any]:
    return {
        "gpu": None if gpu is None else {
            "vendor_id": gpu.vendor_id, "device_id": gpu.device_id, "name": gpu.name,
            "ip_version": gpu.ip_version, "product": getattr(gpu, "product", None),
            "segment": gpu.segment,
        },
        "os": os_name,
        "python": prefs.python,
        "available_pythons": available_pythons,
        "channel": prefs.channel,
        "ipex": prefs.ipex,
        "torch": prefs.torch,
        "catalog": {"origin": catalog.origin, "updated": catalog.updated},
    }


def _refuse_gpu(gpu: Gpu | None) -> str | None:
    if gpu is None:
        return msg("refuse_no_gpu")
    if not gpu.is_intel:
        return msg("refuse_not_intel", gpu=gpu.name)
    if gpu.ip_version is None and not getattr(gpu, "product", None):
        return msg("refuse_unknown_device", device=gpu.device_id)
    ipex = getattr(gpu, "ipex_support", "unknown")
    torch = getattr(gpu, "torch_xpu_support", "unknown")
    if ipex == "unsupported" and torch == "unsupported":
        return msg("refuse_unsupported", gpu=gpu.name)
    return None


def _evaluate(build: Build, gpu: Gpu, os_name: str, prefs: Prefs,
              available: list[str] | None) -> _Eval:
    e = _Eval(build)
    if build.os != os_name:
        e.problems.append(("os", msg("reject_os", build_os=_OS_WORDS[build.os], os=_OS_WORDS.get(os_name, os_name))))
    if build.channel not in CHANNEL_SETS.get(prefs.channel, ()):
        e.problems.append(
            ("channel", msg("reject_channel", channel_words=_CHANNEL_WORDS[build.channel], channel=prefs.channel))
        )
    if prefs.ipex and not versions.pin_matches(prefs.ipex, build.ipex_version):
        e.problems.append(("pin", msg("reject_ipex_pin", pin=prefs.ipex)))
    if prefs.torch and not versions.pin_matches(prefs.torch, build.versions.get("torch")):
        e.problems.append(("pin", msg("reject_torch_pin", pin=prefs.torch)))
    _check_python(e, prefs.python, available)
    support = getattr(gpu, "ipex_support" if build.channel.startswith("ipex") else "torch_xpu_support", "unknown")
    if support == "unsupported":
        project = "IPEX" if build.channel.startswith("ipex") else "PyTorch XPU"
        e.problems.append(("gpu", msg("reject_project_gpu", project=project, gpu=gpu.name)))
    product = getattr(gpu, "product", None)
    for rule in build.not_supported:
        if rule.matches(gpu.segment, gpu.ip_version, product):
            e.problems.append(("gpu", msg("reject_rule", label=rule.label, note=rule.note)))
    if build.status == "withdrawn":
        e.problems.append(("status", msg("reject_withdrawn", note=build.status_note) if build.status_note
                           else msg("reject_withdrawn_plain")))
    e.expectation = expect_mod.for_gpu(build, gpu.ip_version, product)
    if e.expectation.expect == "fail":
        e.problems.append(("aot", msg("reject_aot_fail")))
    elif e.expectation.fallback_unknown:
        e.problems.append(("aot", msg("reject_aot_fallback_unknown")))
    return e


def _check_python(e: _Eval, requested: str | None, available: list[str] | None) -> None:
    build = e.build
    targets = [requested] if requested else available
    if build.pythons is None:
        # Unknown means ask: only a Python the user names is tried, never one merely found here.
        if not requested:
            e.problems.append(("python", msg("reject_python_unknown")))
            return
        e.python = requested
        e.python_warning = msg("warn_python_unknown", title=build.title, python=e.python)
        return
    if not targets:
        e.python = max(build.pythons, key=wheels.parse_python)
        e.python_guessed = True
    else:
        fits = [p for p in targets if p in build.pythons]
        if not fits:
            e.problems.append(("python", msg("reject_python", asked=list(targets), have=list(build.pythons))))
            return
        e.python = max(fits, key=wheels.parse_python)
    if build.pythons_certainty in ("inferred", "unknown"):
        e.python_warning = (msg("warn_python_inferred", python=e.python, note=build.pythons_note)
                            if build.pythons_note else msg("warn_python_inferred_plain", python=e.python))


def _rank(e: _Eval) -> tuple[Any, ...]:
    build = e.build
    exp = e.expectation
    assert exp is not None
    version = build.ipex_version if build.channel != "torch-xpu" else build.versions.get("torch")
    intended = 1
    if build.intended_for:
        intended = 0 if exp.expect == "aot" and exp.target and _intended_hit(build, exp) else 2
    return (
        0 if exp.expect == "aot" else 1,
        _CHANNEL_RANK[build.channel],
        _neg(versions.sort_key(version)),
        intended,
        _neg_text(build.release_date or ""),
        build.id,
    )


def _intended_hit(build: Build, exp: Expectation) -> bool:
    from app.catalog import aot_names

    target_ips = aot_names.resolve(exp.target or "")
    return any(target_ips & aot_names.resolve(name) for name in build.intended_for)


class _neg:
    """Reverses the order of a sortable value (newest first)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _neg) -> bool:
        return bool(self.value > other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _neg) and bool(self.value == other.value)

    __hash__ = None  # type: ignore[assignment]  # a sort key, never a dict key


def _neg_text(text: str) -> _neg:
    return _neg(text)


def _choice(e: _Eval, gpu: Gpu, catalog: Catalog, os_name: str) -> Choice:
    build, exp = e.build, e.expectation
    assert exp is not None and e.python is not None
    reasons: list[str] = [_expect_sentence(exp), msg("reason_channel", channel_words=_CHANNEL_WORDS[build.channel])]
    warnings: list[str] = []
    jit_cost = None
    if exp.expect == "jit":
        cost = catalog.jit_cost_for(getattr(gpu, "product", None))
        jit_cost = cost.text if cost else None
        if jit_cost:
            reasons.append(msg("reason_jit_cost", cost=jit_cost))
    if exp.certainty != "documented":
        warnings.append(msg("warn_expect_uncertain", expect=exp.expect.upper(),
                            certainty=msg("certainty_" + exp.certainty)))
    if e.python_warning:
        warnings.append(e.python_warning)
    if build.status == "archived":
        warnings.append(msg("warn_archived", note=build.status_note))
    elif build.status == "unmaintained":
        warnings.append(msg("warn_unmaintained", note=build.status_note))
    warnings.extend(msg("warn_needs", what=p) for p in build.prerequisites)
    driver = build.min_driver.get(os_name)
    if driver:
        warnings.append(msg("warn_driver_tested", driver=driver))
    elif build.min_driver.get("note"):
        warnings.append(msg("warn_driver_note", note=build.min_driver["note"]))
    steps = [_fit_step(s, e.python, os_name) for s in build.steps]
    if e.python_guessed:
        warnings.append(msg("warn_python_guessed", python=e.python))
    regions = _regions(steps, catalog)
    for step in steps:
        for f in step.files:
            if f.sha256 is None:
                warnings.append(msg("warn_no_sha", file=f.filename))
            elif f.hash_source:
                warnings.append(msg("warn_sha_source", file=f.filename, source=f.hash_source))
    return Choice(
        build_id=build.id, channel=build.channel, ipex_version=build.ipex_version,
        torch_version=build.torch_version, python=e.python, os=build.os, expect=exp.expect,
        matched_target=exp.target if exp.expect == "aot" else None, steps=steps, reasons=reasons,
        certainty=exp.certainty, jit_cost=jit_cost, verify=build.verify, warnings=warnings,
        status=build.status, sources=list(build.sources), notes=list(build.notes), regions=regions,
    )


_INTEL_INDEX = re.compile(r"^https://pytorch-extension\.intel\.com/release-whl/stable/([^/]+)/(us|cn)/")


def _regions(steps: list[Step], catalog: Catalog) -> list[str]:
    """Regions of Intel's index that serve every Intel-index URL in the steps."""
    found: set[str] | None = None
    for step in steps:
        for url in [step.index_url or "", *step.extra_index_urls]:
            m = _INTEL_INDEX.match(url)
            if m:
                known = set(catalog.intel_regions.get(m.group(1), (m.group(2),)))
                found = known if found is None else found & known
    return sorted(found or (), key=("us", "cn").index)


def _fit_step(step: Step, python: str, os_name: str) -> Step:
    """A copy of the step with only the wheel files that fit this Python and OS (tags decide)."""
    if not step.files:
        return dataclasses.replace(step, requirements=list(step.requirements),
                                   extra_index_urls=list(step.extra_index_urls), files=[])
    files = [dataclasses.replace(f) for f in step.files if wheels.fits(f.filename, python, os_name)]
    return dataclasses.replace(step, requirements=list(step.requirements),
                               extra_index_urls=list(step.extra_index_urls), files=files)


def _expect_sentence(exp: Expectation) -> Message | str:
    if exp.expect == "aot":
        code = "reason_aot" if exp.certainty == "documented" else "reason_aot_expected"
        if exp.target:
            return msg(code + "_target", target=exp.target, reason=exp.reason)
        return msg(code, reason=exp.reason)
    if "JIT" in exp.reason:
        return exp.reason
    return msg("reason_jit", reason=exp.reason)


def _why_first(candidates: list[_Eval], prefs: Prefs) -> list[str]:
    first = candidates[0]
    if len(candidates) == 1:
        return [msg("reason_only")]
    second = candidates[1]
    a, b = _rank(first), _rank(second)
    diff = next((i for i in range(len(a)) if not (a[i] == b[i])), len(a) - 1)
    why = {
        0: msg("why_native"),
        1: msg("why_channel", first=_CHANNEL_WORDS[first.build.channel], second=_CHANNEL_WORDS[second.build.channel]),
        2: msg("why_newer"),
        3: msg("why_general") if not first.build.intended_for else msg("why_platform"),
        4: msg("why_later"),
    }.get(diff, msg("why_equal"))
    return [msg("reason_over", title=second.build.title, why=why)]


def _hints(evals: list[_Eval], choice: Choice | None, prefs: Prefs, os_name: str) -> list[str]:
    hints: list[str] = []
    unknown_python = [e for e in evals if e.only("python") and e.build.pythons is None]
    if unknown_python and not prefs.python:
        hints.append(msg("hint_unknown_python", count=len(unknown_python)))
        aot = [e for e in unknown_python if e.expectation and e.expectation.expect == "aot"]
        if aot and (choice is None or choice.expect != "aot"):
            best = sorted(aot, key=_rank)[0]
            hints.append(msg("hint_aot_name_python", title=best.build.title))
    if choice is not None and choice.expect == "aot":
        return hints
    want = ("aot",) if choice is not None else ("aot", "jit")
    # Builds whose Python list is unknown are covered by the hint above.
    other_python = [e for e in evals if e.only("python") and e.build.pythons
                    and e.expectation and e.expectation.expect in want]
    if other_python:
        best = sorted(other_python, key=_rank)[0]
        assert best.expectation is not None and best.build.pythons  # both filtered for above
        code = "hint_other_python_aot" if best.expectation.expect == "aot" else "hint_other_python_fits"
        usable = sorted(best.build.pythons, key=wheels.parse_python)
        hints.append(msg(code, title=best.build.title, pythons=usable))
    other_channel = [e for e in evals if e.only("channel") and e.expectation and e.expectation.expect == "aot"]
    if other_channel:
        best = sorted(other_channel, key=_rank)[0]
        flag = "torch-xpu" if best.build.channel == "torch-xpu" else best.build.channel
        hints.append(msg("hint_other_channel", title=best.build.title, flag=flag))
    return hints


def _nothing_fits(gpu: Gpu, os_name: str, prefs: Prefs) -> str:
    parts = [_OS_WORDS.get(os_name, os_name)]
    if prefs.python:
        parts.append(f"Python {prefs.python}")
    if prefs.ipex:
        parts.append(f"IPEX {prefs.ipex}")
    if prefs.torch:
        parts.append(f"torch {prefs.torch}")
    return msg("nothing_fits", gpu=gpu.name, what=parts, channel=prefs.channel)
