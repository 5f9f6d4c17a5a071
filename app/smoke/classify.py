"""AOT or JIT, decided from the SYCL runtime's own trace (aot_jit_evidence.md).

Works line by line, so the smoke runner can feed it while the child runs (to warn about
JIT at once) and `classify` can run it over logs a user sent. Understood formats:
UR era (`SYCL_UR_TRACE=2`: `---> urX` / `<--- urX(...) -> RESULT`), PI era
(`SYCL_PI_TRACE=2`: `---> piX(`), the `sycl-trace` collector (`[UR] urX(` / `[PI] piX(`),
the persistent-cache lines (`SYCL_CACHE_TRACE`, on stderr), and our own step markers.

Rules, in order of weight:
- an IL program (urProgramCreateWithIL / piProgramCreate) is JIT at the SYCL level;
- a binary program is AOT only when it did not come from a persistent cache; a
  "using cached device binary" line, or a cache directory that was not empty at the
  start, makes it `cached` (JIT happened on an earlier run), never `aot`;
- native-handle programs (interop: dpctl, oneDNN) say nothing about IL vs binary;
- no program creation at all gives `unknown`, never a guess;
- `mixed` needs both native and IL-built programs in the trace: new files in a cache alone
  are a caveat, not JIT (the driver's compiler cache fills with a correct AOT build too,
  intel/torch-xpu-ops#2587).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from app.messages import msg

MARKER = "@@IPEX-SMOKE@@"

KINDS = ("il", "binary", "native_handle")
_CALLS = {
    "il": re.compile(r"\b(?:urProgramCreateWithIL|piProgramCreate)\b"),
    "binary": re.compile(r"\b(?:urProgramCreateWithBinary|pi(?:cl)?ProgramCreateWithBinary)\b"),
    "native_handle": re.compile(r"\b(?:urProgramCreateWithNativeHandle|piextProgramCreateWithNativeHandle)\b"),
}
_UR_CALL = re.compile(r"(?:--->|<---|\[UR\])\s*ur[A-Z]\w+")
_PI_CALL = re.compile(r"(?:--->|\[PI\])\s*pi(?:ext|cl)?[A-Z]\w+\(")
# urDeviceSelectBinary(... (spir64_gen)}) ... -> UR_RESULT_X, matched in two linear steps (one
# pattern with two lazy `.*?` is quadratic on a long hostile line).
_SELECT_CALL = re.compile(r"urDeviceSelectBinary\(")
_SELECT_TARGET = re.compile(r"\((spir64\w*)\)\}?\)")
_SELECT_RESULT = re.compile(r"->\s*(UR_RESULT_\w+)")
_RESULT_ERR = re.compile(r"->\s*(UR_RESULT_ERROR_\w+)")
# A program build (compile, link) begins and ends: UR prints `---> urProgramBuild` then
# `<--- urProgramBuild(...) -> RESULT;` (urProgramBuildExp where the adapter has it: Level
# Zero v1 and v2); PI prints `---> piProgramBuild(`, its arguments, then `) ---> pi_result`.
_BUILD_START = re.compile(r"--->\s*(?:urProgram(?:Build|Compile|Link)(?:Exp)?\b|piProgram(?:Build|Compile|Link)\()")
_BUILD_END_UR = re.compile(r"<---\s*urProgram(?:Build|Compile|Link)(?:Exp)?\(")
_PI_CALL_END = re.compile(r"^\)\s*--->")
_CACHE_HIT = re.compile(r"\[Persistent Cache\]: using cached device binary")
_CACHE_STORE = re.compile(r"\[Persistent Cache\]: device binary has been cached")
_CACHE_ON = re.compile(r"\[Persistent Cache\]: enabled")
# ("Native API failed ... -1 (PI_ERROR_DEVICE_NOT_FOUND)" is covered by DEVICE_NOT_FOUND.)
_NO_DEVICE = re.compile(
    r"No device of requested type available|DEVICE_NOT_FOUND|No devices? (?:found|available)",
    re.IGNORECASE,
)
_BUILD_FAIL = re.compile(r"PROGRAM_BUILD_FAILURE|BUILD_PROGRAM_FAILURE", re.IGNORECASE)
_BUILD_LOG = re.compile(r"Build program log", re.IGNORECASE)
_FAILED = re.compile(r"failed", re.IGNORECASE)

# A log comes from anywhere: every line and every list the scanner keeps is bounded.
MAX_LINE = 64 * 1024
MAX_KEPT = 200  # steps, markers, quoted failure lines, distinct targets
_PI_TRACE_KILLED = "SYCL_PI_TRACE has been removed"

VERDICTS = ("aot", "jit", "mixed", "cached", "unknown", "no_device", "failed")


@dataclass
class StepEvidence:
    name: str
    counts: dict[str, Any] = field(default_factory=lambda: {k: [0, 0] for k in KINDS})
    cache_hits: int = 0
    info: dict[str, Any] = field(default_factory=dict)
    build_s: float = 0.0  # wall time inside program builds, when lines came with times

    def programs(self) -> dict[str, Any]:
        return {k: max(starts, ends) for k, (starts, ends) in self.counts.items()} | {
            "cache_hits": self.cache_hits
        }


@dataclass
class CacheState:
    """What the runner knows about the persistent cache (None: unknown, e.g. a user's log)."""

    persistent: bool | None = None
    started_empty: bool | None = None
    files_after: int | None = None
    files_before: int | None = None


def _count(kind: str, index: int, step: StepEvidence) -> None:
    """One more program of `kind` started (index 0) or ended (index 1) in `step`."""
    step.counts[kind][index] += 1


class TraceScanner:
    """Feed lines (stdout and stderr, in any order); ask for the verdict at the end."""

    def __init__(self) -> None:
        self.api: str | None = None
        self.total = StepEvidence("all")
        self.steps: list[StepEvidence] = []
        self._current: StepEvidence | None = None
        self.evidence: list[str] = []
        self._quoted: set[str] = set()
        self.selected_targets: dict[str, int] = {}
        self.rejected_targets: dict[str, int] = {}
        self.cache_enabled_line = False
        self.cache_stores = 0
        self.no_device_lines: list[str] = []
        self.build_failures: list[str] = []
        self.errors: list[str] = []
        self.markers: list[dict[str, Any]] = []
        self.pi_trace_killed = False
        self.lines = 0
        self.first_il_step: str | None = None
        self._last_selected: str | None = None
        # UR traces name the selected image's target; a binary program made for a plain
        # `spir64` (SPIR-V) image can only be a persistent-cache hit.
        self.binary_from_spirv_image = [0, 0]
        self.binary_from_aot_image = [0, 0]
        # Kernel build time, timed by when the lines arrive (the smoke runner feeds them live;
        # a log read from a file has no times): by the kind of program being built.
        self.build_seconds = dict.fromkeys(KINDS, 0.0)
        self.builds_timed = 0
        self._build_open: tuple[float, str] | None = None
        self._last_created: str = "binary"

    # -- feeding -------------------------------------------------------------------------
    def feed(self, line: str, now: float | None = None) -> str | None:
        """Take one line (`now`: when it arrived, time.perf_counter()). Returns "il" the first
        time an IL (JIT) program shows up."""
        self.lines += 1
        line = line[:MAX_LINE].rstrip("\r\n")
        if MARKER in line:
            self._marker(line)
            return None
        if now is not None and ("ProgramBuild" in line or "ProgramCompile" in line or "ProgramLink" in line
                                or (self._build_open and line.startswith(")"))):
            self._time_build(line, now)
        if self.api is None:
            if _UR_CALL.search(line) or "SYCL_UR_TRACE" in line:
                self.api = "ur"
            elif _PI_CALL.search(line) or "SYCL_PI_TRACE[" in line:
                self.api = "pi"
        if _PI_TRACE_KILLED in line:
            self.pi_trace_killed = True
            self._quote(line)
        # Cheap substring gates before the rarer patterns: a log of millions of trace lines
        # otherwise pays for every search on every line.
        cache_line = "Persistent Cache" in line
        lower = line.lower()
        if cache_line and _CACHE_ON.search(line):
            self.cache_enabled_line = True
        if cache_line and _CACHE_HIT.search(line):
            self._each(lambda s: setattr(s, "cache_hits", s.cache_hits + 1))
            self._quote(line, key="cache_hit")
        elif cache_line and _CACHE_STORE.search(line):
            self.cache_stores += 1
            self._quote(line, key="cache_store")
        if "DeviceSelectBinary" in line:
            selected = _select_binary(line)
            if selected:
                target, result = selected
                bucket = self.selected_targets if result == "UR_RESULT_SUCCESS" else self.rejected_targets
                if target in bucket or len(bucket) < MAX_KEPT:
                    bucket[target] = bucket.get(target, 0) + 1
                if result == "UR_RESULT_SUCCESS":
                    self._last_selected = target
                if target != "spir64" and result == "UR_RESULT_SUCCESS":
                    self._quote(line, key="select_" + target)
        newly_il = None
        if "ProgramCreate" in line:
            for kind, pattern in _CALLS.items():
                if pattern.search(line):
                    end = "<---" in line
                    before = max(self.total.counts[kind])
                    self._each(partial(_count, kind, int(end)))
                    if kind == "binary" and self._last_selected:
                        which = (
                            self.binary_from_spirv_image
                            if self._last_selected == "spir64"
                            else self.binary_from_aot_image
                        )
                        which[int(end)] += 1
                    self._last_created = kind
                    if kind == "il" and before == 0:
                        newly_il = "il"
                        self.first_il_step = self._current.name if self._current else None
                    if "(" in line:  # `---> urX` alone says nothing; `<--- urX(...)` has the sizes
                        self._quote(line, key=kind)
                    break
        if "device" in lower and _NO_DEVICE.search(line):
            if len(self.no_device_lines) < MAX_KEPT:
                self.no_device_lines.append(line.strip()[:300])
            self._quote(line, key="no_device")
        if "build" in lower and _build_failed(line):
            if len(self.build_failures) < MAX_KEPT:
                self.build_failures.append(line.strip()[:300])
            self._quote(line, key="build_failure")
        return newly_il

    def _time_build(self, line: str, now: float) -> None:
        if self._build_open is None:
            if _BUILD_START.search(line):
                self._build_open = (now, self._last_created)
            return
        if _BUILD_END_UR.search(line) or (self.api == "pi" and _PI_CALL_END.search(line)):
            started, kind = self._build_open
            self._build_open = None
            self.build_seconds[kind] += now - started
            self.builds_timed += 1
            if self._current is not None:
                self._current.build_s += now - started
        elif _BUILD_START.search(line):  # an untimed end (another format): restart from here
            self._build_open = (now, self._last_created)

    def build_timing(self) -> dict[str, Any]:
        """Kernel build time from the trace: the compile wait, apart from imports and runs."""
        return {"builds": self.builds_timed,
                "kernel_build_s": round(sum(self.build_seconds.values()), 6) if self.builds_timed else None,
                "kernel_build_from_il_s": round(self.build_seconds["il"], 6) if self.builds_timed else None}

    def feed_text(self, text: str) -> None:
        for line in text.splitlines():
            self.feed(line)

    def _each(self, fn: Callable[[StepEvidence], None]) -> None:
        fn(self.total)
        if self._current is not None:
            fn(self._current)

    def _quote(self, line: str, key: str | None = None) -> None:
        key = key or line
        if key in self._quoted or len(self.evidence) >= 20:
            return
        self._quoted.add(key)
        text = line.strip()
        self.evidence.append(text if len(text) <= 300 else text[:297] + "...")

    def _marker(self, line: str) -> None:
        try:
            payload = json.loads(line.split(MARKER, 1)[1])
        except (ValueError, IndexError):
            return
        if not isinstance(payload, dict) or len(self.markers) >= MAX_KEPT:
            return
        self.markers.append(payload)
        event = payload.get("event")
        if event == "begin":
            self._current = StepEvidence(str(payload.get("step", "?"))[:200])
            self.steps.append(self._current)
        elif event == "end":
            if self._current is not None:
                self._current.info.update({k: v for k, v in payload.items() if k not in ("event", "step")})
            self._current = None

    # -- verdict ---------------------------------------------------------------------------
    def programs(self) -> dict[str, Any]:
        return self.total.programs()

    def verdict(self, cache: CacheState | None = None) -> dict[str, Any]:
        return decide(self, cache or CacheState())


def _select_binary(line: str) -> tuple[str, str] | None:
    """(target, result) of a traced urDeviceSelectBinary call, or None."""
    call = _SELECT_CALL.search(line)
    target = call and _SELECT_TARGET.search(line, call.end())
    result = target and _SELECT_RESULT.search(line, target.end())
    return (target.group(1), result.group(1)) if target and result else None


def _build_failed(line: str) -> bool:
    if _BUILD_FAIL.search(line):
        return True
    log = _BUILD_LOG.search(line)
    return bool(log and _FAILED.search(line, log.end()))


def decide(scan: TraceScanner, cache: CacheState) -> dict[str, Any]:
    programs = scan.programs()
    il, binary, native = programs["il"], programs["binary"], programs["native_handle"]
    hits = programs["cache_hits"]
    advice: list[str] = []
    evidence = list(scan.evidence)
    cache_preloaded = cache.started_empty is False
    unexplained = 0  # binary programs no cache explains: native code

    if scan.pi_trace_killed:
        verdict = "failed"
        advice.append(msg("smoke_pi_trace_refused"))
    elif il == 0 and binary == 0 and native == 0:
        if scan.no_device_lines:
            verdict = "no_device"
        elif scan.api is None:
            verdict = "unknown"
            advice.append(msg("smoke_no_trace"))
        else:
            verdict = "unknown"
            advice.append(msg("smoke_no_program"))
    else:
        from_spirv_image = max(scan.binary_from_spirv_image)
        from_aot_image = max(scan.binary_from_aot_image)
        if cache.started_empty is True and scan.cache_enabled_line:
            # The smoke runner's own dedicated cache, empty at the start and traced: only its
            # hit lines can mean a cache hit. Which image the last urDeviceSelectBinary named
            # is then no evidence (a fat binary's spir64_gen and spir64 images are each checked).
            from_spirv_image = 0
        if from_spirv_image > hits:
            evidence.append(msg("evidence_spirv_image", count=from_spirv_image))
        explained = max(hits, from_spirv_image)
        unexplained = max(binary - explained, 0)
        if cache_preloaded and unexplained and scan.api != "ur":
            # 2024 runtimes print no cache lines; a cache that already held entries explains them.
            evidence.append(msg("evidence_cache_preloaded", count=cache.files_before))
            explained += unexplained
            unexplained = 0
        # A binary program is AOT only when a cache can be ruled out.
        cache_ruled_out = (
            cache.started_empty is True
            or from_aot_image >= unexplained > 0
            or (scan.cache_enabled_line and hits == 0 and scan.api == "ur")
        )
        if il and (unexplained or explained):
            verdict = "mixed"
        elif il:
            verdict = "jit"
        elif unexplained and not cache_ruled_out:
            verdict = "unknown"
            advice.append(msg("smoke_cache_not_ruled_out"))
        elif unexplained and explained:
            verdict = "mixed"
        elif unexplained:
            verdict = "aot"
        elif explained:
            verdict = "cached"
        elif native:
            verdict = "unknown"
            advice.append(msg("smoke_interop_only"))
        else:  # pragma: no cover - all counts zero is handled above
            verdict = "unknown"
    caveats: list[str] = []  # coded sentences (app/messages.py)
    # CPU AOT (spir64_x86_64) has no archive; any other or an untraced target may be a GPU archive.
    gpu_archive_possible = not scan.selected_targets or bool(set(scan.selected_targets) - {"spir64", "spir64_x86_64"})
    if unexplained and gpu_archive_possible:
        # Trap 2 (aot_jit_evidence.md): the driver picks the archive member; the SYCL trace ends before that.
        caveats.append(msg("caveat_archive"))
    if native and verdict not in ("unknown", "no_device", "failed"):
        # Trap 3: built outside the SYCL runtime and handed over; the trace cannot see how.
        caveats.append(msg("caveat_interop", count=native))
    if scan.build_failures and verdict not in ("no_device",):
        advice.append(msg("smoke_build_failed", line=scan.build_failures[0]))
    if cache.files_after and cache.started_empty and verdict == "aot":
        # `mixed` needs a program built from IL in the trace; files alone are not that evidence
        # (the driver's cache fills with a correct AOT build too: torch-xpu-ops #2587).
        caveats.append(msg("caveat_cache_files", count=cache.files_after))
    return {
        "verdict": verdict,
        "programs": programs,
        "runtime": {"api": scan.api, "selected_targets": dict(scan.selected_targets)},
        "evidence": evidence,
        "advice": advice,
        "caveats": caveats,
        "steps": [
            {"name": s.name, "programs": s.programs(), **s.info,
             **({"build_s": round(s.build_s, 6)} if scan.builds_timed else {})} for s in scan.steps
        ],
        "cache": {
            "persistent_cache_lines": scan.cache_enabled_line,
            "stored": scan.cache_stores,
            "hits": hits,
            "started_empty": cache.started_empty,
            "files_before": cache.files_before,
            "files_after": cache.files_after,
        },
    }


def classify_text(text: str, cache: CacheState | None = None) -> dict[str, Any]:
    scan = TraceScanner()
    scan.feed_text(text)
    return scan.verdict(cache)
