"""`smoke`: run the workload inside a venv's Python and decide AOT vs JIT from the evidence.

The child gets a clean environment with a persistent SYCL cache (and NEO compiler cache) in
directories that start empty unless the caller passes one to reuse, cache tracing on, and the
trace variable that matches the venv's runtime era (SYCL_PI_TRACE kills a UR-era runtime).
The trace is read while the child runs: the first IL program means JIT, and the caller hears
at once (on_event) and may stop there; a hard timeout always applies.
"""

from __future__ import annotations

import importlib.resources
import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from app import CLI, proc
from app.errors import BadInput, Cancelled
from app.events import EventSink, StepFinished, StepStarted, Warning_, ignore
from app.messages import msg
from app.smoke import jit_cache, record
from app.smoke.classify import CacheState, TraceScanner
from app.smoke.venv_runtime import VenvRuntime, detect

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 900.0
# Trace and cache variables we set ourselves; inherited values would confuse the evidence.
_OWNED_VARS = (
    "SYCL_PI_TRACE",
    "SYCL_UR_TRACE",
    "SYCL_CACHE_PERSISTENT",
    "SYCL_CACHE_DIR",
    "SYCL_CACHE_TRACE",
    "SYCL_CACHE_DISABLE_PERSISTENT",
    "NEO_CACHE_PERSISTENT",
    "NEO_CACHE_DIR",
    "XPTI_TRACE_ENABLE",
    "SYCL_DUMP_IMAGES",
    "IPEX_SMOKE_ONLY",
)
# What users were told first runs cost (aot_jit_evidence.md B.3): minutes on iGPUs and Arc.
EXPECTED_JIT_WAIT = "from tens of seconds up to 5-10 minutes on the first run"


def workload_source() -> str:
    return importlib.resources.files("app.smoke").joinpath("workload.py").read_text(encoding="utf-8")


def _ascii_temp_parent() -> str | None:
    """The run's fresh caches must also be ASCII-only on Windows (a user name like 张三 in
    %TEMP% would break them): use the public profile folder there instead."""
    if jit_cache.ascii_problem(tempfile.gettempdir()) is None:
        return None
    parent = jit_cache.ascii_parent()
    assert parent is not None  # only Windows has the problem, and there the public folder is named
    public = parent / "ipex-smoke"
    public.mkdir(parents=True, exist_ok=True)
    return str(public)


def count_files(path: Path) -> int:
    if not path.is_dir():
        return 0
    return sum(len(files) for _root, _dirs, files in os.walk(path))


def child_env(runtime: VenvRuntime, sycl_cache: Path, neo_cache: Path, only: str = "") -> dict[str, str]:
    extra = {
        "SYCL_CACHE_PERSISTENT": "1",
        "SYCL_CACHE_DIR": str(sycl_cache),
        "SYCL_CACHE_TRACE": "1",
        "NEO_CACHE_PERSISTENT": "1",
        "NEO_CACHE_DIR": str(neo_cache),
        runtime.trace_variable: "2",
        "PYTHONUNBUFFERED": "1",
        **runtime.env_fixes,
    }
    if only:
        extra["IPEX_SMOKE_ONLY"] = only
    env = proc.clean_env(drop=_OWNED_VARS)
    env.update(extra)
    return env


def run_smoke(
    venv: str | os.PathLike[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cache_dir: str | os.PathLike[str] | None = None,
    stop_on_jit: bool = False,
    only: str = "",
    prediction: dict[str, Any] | None = None,
    on_event: EventSink = ignore,
    cancel: threading.Event | None = None,
) -> dict[str, Any]:
    """Run the smoke workload in `venv` and return the smoke JSON (see docs/ARCHITECTURE.md).

    cache_dir: where the persistent caches live (sycl/ and neo/ inside). None: a fresh
    temporary one, removed afterwards. Passing the same directory twice proves `cached`.
    """
    venv = Path(venv)
    t0 = time.perf_counter()
    if not venv.is_dir():
        raise BadInput(msg("smoke_not_a_folder", venv=str(venv)))
    runtime = detect(venv)
    if not runtime.python.exists():
        raise BadInput(msg("smoke_no_python", venv=str(venv), python=runtime.python.name))

    temp_root = None
    if cache_dir is None:
        temp_root = Path(tempfile.mkdtemp(prefix="ipex-smoke-", dir=_ascii_temp_parent()))
        base = temp_root
    else:
        base = Path(cache_dir)
    sycl_cache, neo_cache = base / "sycl", base / "neo"
    sycl_cache.mkdir(parents=True, exist_ok=True)
    neo_cache.mkdir(parents=True, exist_ok=True)
    before = count_files(sycl_cache)
    neo_before = count_files(neo_cache)

    scanner = TraceScanner()
    parse_seconds = [0.0]
    stop = threading.Event()
    state: dict[str, Any] = {"jit_at": None, "stopped_on_jit": False}
    lock = threading.Lock()

    def feed(line: str) -> None:
        t = time.perf_counter()
        with lock:
            steps_before = len(scanner.steps)
            finished_before = sum(1 for m in scanner.markers if m.get("event") == "end")
            newly = scanner.feed(line, t)
            new_steps = scanner.steps[steps_before:]
            ends = [m for m in scanner.markers if m.get("event") == "end"][finished_before:]
        parse_seconds[0] += time.perf_counter() - t
        for s in new_steps:
            on_event(StepStarted("smoke." + s.name))
        for m in ends:
            on_event(StepFinished("smoke." + str(m.get("step")), bool(m.get("ok")), str(m.get("error") or "")))
        if newly == "il" and state["jit_at"] is None:
            state["jit_at"] = jit_at = time.perf_counter() - t_child
            on_event(
                Warning_(
                    "jit_detected",
                    "The runtime is compiling kernels from SPIR-V (JIT): this device is not covered by "
                    f"native code. Expect a wait {EXPECTED_JIT_WAIT}; letting it finish keeps the compiled "
                    "kernels in the JIT cache for later runs.",
                    {"step": scanner.first_il_step, "seconds": round(jit_at, 3)},
                )
            )
            if stop_on_jit:
                state["stopped_on_jit"] = True
                stop.set()

    watcher = None
    if cancel is not None:
        def _watch() -> None:
            while not stop.is_set():
                if cancel.wait(0.1):
                    stop.set()
        watcher = threading.Thread(target=_watch, daemon=True)
        watcher.start()

    script_dir = Path(tempfile.mkdtemp(prefix="ipex-smoke-script-"))
    script = script_dir / "ipex_smoke_workload.py"
    script.write_text(workload_source(), encoding="utf-8")
    env = child_env(runtime, sycl_cache, neo_cache, only)
    overhead_before_child = time.perf_counter() - t0
    t_child = time.perf_counter()
    result = None
    cancelled = False
    try:
        result = proc.run(
            [runtime.python, "-u", script],
            env=env,
            cwd=script_dir,
            timeout=timeout,
            cancel=stop,
            on_stdout=feed,
            on_stderr=feed,
        )
    except Cancelled:
        cancelled = True
    finally:
        stop.set()
        if watcher is not None:
            watcher.join(timeout=1)
        shutil.rmtree(script_dir, ignore_errors=True)
    child_seconds = time.perf_counter() - t_child

    t_after = time.perf_counter()
    cache = CacheState(
        persistent=True,
        started_empty=before == 0,
        files_before=before,
        files_after=count_files(sycl_cache),
    )
    out = scanner.verdict(cache)
    out["venv"] = str(venv.resolve())  # the support bundle matches kept verdicts to its venv
    neo_after = count_files(neo_cache)
    out["runtime"].update(runtime.to_json())
    out["runtime"]["api_in_trace"] = out["runtime"].get("api")
    out["runtime"]["api"] = scanner.api or runtime.api
    out["cache"]["dir"] = str(base) if temp_root is None else None
    out["cache"]["neo_files_before"] = neo_before
    out["cache"]["neo_files_after"] = neo_after
    _apply_workload_outcome(out, scanner, result, cancelled, state, timeout, cancel)
    out["timings"] = _timings(scanner, child_seconds)
    _driver_level_check(out, prediction, neo_after - neo_before)
    if prediction is not None:
        out["prediction"] = prediction
        out["prediction_held"] = _held(prediction.get("expect"), out["verdict"])
    explanation = _VERDICT_ADVICE.get(out["verdict"])
    if explanation:
        out["advice"].append(explanation)
    if temp_root is not None:
        _keep_compiled(out, temp_root)
        shutil.rmtree(temp_root, ignore_errors=True)
    out["exit_code"] = result.returncode if result else None
    out["stderr_tail"] = _tail(result.stderr if result else "", 15)
    overhead = overhead_before_child + (time.perf_counter() - t_after) + parse_seconds[0]
    out["timings"]["overhead_s"] = round(overhead, 4)
    out["timings"]["parse_s"] = round(parse_seconds[0], 4)
    try:
        out["record"] = str(record.keep(out, result.stdout if result else "", result.stderr if result else ""))
    except OSError as exc:  # a full or read-only log folder must not cost the user the verdict
        logger.info("could not keep the smoke record: %s", exc)
    return out


# A native binary loads in milliseconds; a first call this much slower than the second one
# means something was compiled (aot_jit_evidence.md, recommendation 4: corroboration only).
SLOW_FIRST_CALL_S = 2.0


def _driver_level_check(out: dict[str, Any], prediction: dict[str, Any] | None, neo_gained: int) -> None:
    """Trap 2: an AOT archive whose members miss this GPU is JIT-compiled by the driver from
    its generic_ir member while the SYCL trace still says "binary". Only driver-level
    evidence shows it: new files in the driver's compiler cache, the static check, timing."""
    if out["verdict"] not in ("aot", "mixed") or not out["programs"]["binary"]:
        return
    caveats = out.setdefault("caveats", [])
    if neo_gained > 0 and not out["programs"]["il"]:  # IL programs alone would explain driver compiles
        # Not `mixed`: the driver stores entries there with a correct AOT build as well
        # (intel/torch-xpu-ops#2587: a cleared neo_compiler_cache held 20 MB after an AOT
        # build's add), so the growth is no evidence that a kernel was built from IL.
        caveats.append(msg("caveat_neo_cache", count=neo_gained))
    fallback = [Path(e["file"]).name for e in (prediction or {}).get("libraries", [])
                if e.get("expect") == "jit" and e.get("member") == "generic_ir"]
    if out["verdict"] == "aot" and fallback:
        caveats.append(msg("caveat_fallback", files=fallback))
    slow = {name: t for name, t in out.get("timings", {}).get("steps", {}).items()
            if isinstance(t.get("second_call_s"), (int, float))
            and t.get("first_call_s", 0) - t["second_call_s"] > SLOW_FIRST_CALL_S}
    if out["verdict"] == "aot" and slow:
        name, t = next(iter(slow.items()))
        caveats.append(msg("caveat_slow_first_call", step=name, first=f"{t['first_call_s']:.1f}",
                           second=f"{t['second_call_s']:.3f}"))


def _keep_compiled(out: dict[str, Any], run_base: Path) -> None:
    """Move what a run with fresh caches compiled into the user's kept JIT cache, so the
    wait is paid once, and say how the user's own runs reuse it."""
    kept_dir = jit_cache.default_dir()
    try:
        moved = jit_cache.keep(run_base, kept_dir)
    except OSError as exc:  # a full disk costs the kept kernels, not the verdict
        logger.info("could not keep the compiled kernels: %s", exc)
        moved = 0
    out["cache"]["kept_dir"] = str(kept_dir) if moved else None
    out["cache"]["kept_files"] = moved
    if moved:
        out["cache"]["use_env"] = jit_cache.use_env(kept_dir)
        out["advice"].append(msg("smoke_kept", folder=str(kept_dir), how=jit_cache.how_to_keep(kept_dir)))


def warm_cache(
    venv: Path, cache: Path | None = None, *, on_event: EventSink = ignore, **kwargs: Any
) -> dict[str, Any]:
    """For GPUs no build covers: run the common ops once with a persistent JIT cache in
    `cache` (default: the kept JIT cache), then once more to verify the second run is served
    from it (`cached`)."""
    cache = Path(cache) if cache is not None else jit_cache.default_dir()
    problem = jit_cache.ascii_problem(cache.resolve())
    if problem:
        raise BadInput(problem)
    cache.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    on_event(StepStarted("warm.fill", f"Warming the JIT cache in {cache} (run 1 of 2)"))
    first = run_smoke(venv, cache_dir=cache, on_event=on_event, **kwargs)
    on_event(StepFinished("warm.fill", first["verdict"] not in ("failed", "no_device"),
                          f"{time.monotonic() - started:.1f} s"))
    summary = {"verdict": first["verdict"], "programs": first["programs"], "timings": first["timings"]}
    if first["verdict"] in ("failed", "no_device") or first.get("stopped_early"):
        result = dict(first)
        result["warm_cache"] = {"dir": str(cache), "first_run": summary, "second_run": None, "verified": False}
        result["advice"] = [
            *first["advice"],
            msg("smoke_not_warmed"),
        ]
        return result
    on_event(StepStarted("warm.verify", "Checking that a second run is served from the cache (run 2 of 2)"))
    second = run_smoke(venv, cache_dir=cache, on_event=on_event, **kwargs)
    verified = second["verdict"] == "cached"
    on_event(StepFinished("warm.verify", verified, f"{time.monotonic() - started:.1f} s"))
    result = dict(second)
    result["warm_cache"] = {
        "dir": str(cache),
        "first_run": summary,
        "second_run": {"verdict": second["verdict"], "programs": second["programs"], "timings": second["timings"]},
        "verified": verified,
        "seconds": round(time.monotonic() - started, 2),
        "use_env": jit_cache.use_env(cache),
    }
    advice = list(second["advice"])
    advice.append(jit_cache.how_to_keep(cache))
    if not verified:
        advice.append(msg("smoke_not_served", verdict=second["verdict"]))
    result["advice"] = advice
    return result


_VERDICT_ADVICE = {verdict: msg("verdict_advice_" + verdict) for verdict in ("jit", "cached", "mixed")}


def _apply_workload_outcome(
    out: dict[str, Any], scanner: TraceScanner, result: proc.Result | None, cancelled: bool, state: dict[str, Any],
    timeout: float, user_cancel: threading.Event | None,
) -> None:
    """Turn what the workload reported (its markers) into verdict and advice."""
    ends = {m.get("step"): m for m in scanner.markers if m.get("event") == "end"}
    done = any(m.get("event") == "done" for m in scanner.markers)
    advice = out["advice"]
    torch_step = ends.get("torch_import")
    xpu_step = ends.get("xpu_device")
    sycl_step = ends.get("sycl_import")
    sycl_ran = any(name in ends for name in ("sycl_elementwise", "sycl_reduction"))
    torch_ran = any(name in ends for name in ("torch_elementwise", "torch_reduction"))
    out["workload"] = {name: {k: v for k, v in m.items() if k not in ("event",)} for name, m in ends.items()}

    if state["stopped_on_jit"]:
        out["verdict"] = "jit"
        out["stopped_early"] = True
        advice.append(msg("smoke_stopped_on_jit"))
        return
    if cancelled and user_cancel is not None and user_cancel.is_set():
        out["stopped_early"] = True
        advice.append(msg("smoke_cancelled"))
        if out["verdict"] not in ("jit", "mixed"):
            out["verdict"] = "failed"
        return
    if result is not None and result.timed_out:
        advice.append(msg("smoke_timed_out", seconds=f"{timeout:.0f}"))
        if out["verdict"] not in ("jit", "mixed"):
            out["verdict"] = "failed"
        return

    if torch_step is not None and not torch_step.get("installed", True):
        advice.append(msg("smoke_no_torch", command=f"{CLI} install --venv DIR"))
    elif torch_step is not None and not torch_step.get("ok", False):
        advice.append(msg("smoke_torch_import_failed", error=str(torch_step.get("error")),
                          command=f"{CLI} install --venv DIR"))
        out["error"] = torch_step.get("error")
    elif xpu_step is not None and not xpu_step.get("available"):
        if torch_step and torch_step.get("torch_xpu_version") is None:
            advice.append(msg("smoke_cpu_torch", version=str(torch_step.get("torch_version")), command=f"{CLI} plan"))
        else:
            advice.append(msg("smoke_xpu_unavailable", command=f"{CLI} probe"))

    if sycl_step is not None and not sycl_step.get("ok", False):
        advice.append(msg("smoke_sycl_failed", module=str(sycl_step.get("module")), error=str(sycl_step.get("error"))))
    diagnosis = _driver_or_wheel(xpu_step, sycl_step)
    if diagnosis:
        advice.append(diagnosis)

    verdict = out["verdict"]
    if verdict in ("jit", "mixed", "cached", "aot"):
        if not torch_ran and sycl_ran:
            advice.append(msg("smoke_sycl_only"))
        return
    # No program evidence: say why.
    if scanner.no_device_lines or (xpu_step is not None and not xpu_step.get("available") and not sycl_ran):
        out["verdict"] = "no_device"
        if not any("driver" in a for a in advice):
            advice.append(msg("smoke_no_device", command=f"{CLI} probe"))
        return
    failed_steps = [m for m in ends.values() if not m.get("ok", True)]
    if torch_step is not None and not torch_step.get("installed", True) and sycl_step is None:
        out["verdict"] = "failed"
        out.setdefault("error", msg("smoke_torch_missing_error"))
        return
    if failed_steps or (result is not None and result.returncode != 0) or not done:
        out["verdict"] = "failed"
        if "error" not in out:
            if failed_steps:
                out["error"] = failed_steps[0].get("error")
            elif result is not None:
                tail = _tail(result.stderr, 1)
                out["error"] = (tail[0] if tail else None) or msg("smoke_workload_exit", status=result.returncode)
            else:
                out["error"] = msg("smoke_workload_unfinished")
        advice.append(msg("smoke_failed", error=str(out["error"])))


def _driver_or_wheel(xpu_step: dict[str, Any] | None, sycl_step: dict[str, Any] | None) -> str | None:
    """With torch unable to see the GPU, the SYCL-only test tells a driver problem from a
    wheel problem: if dpnp/dpctl reach a GPU, the driver works."""
    if xpu_step is None or xpu_step.get("available") or sycl_step is None:
        return None
    device_type = str(sycl_step.get("device_type") or "")
    if sycl_step.get("ok") and device_type.endswith("gpu"):
        return msg("smoke_driver_works", device=str(sycl_step.get("device_name")),
                   backend=str(sycl_step.get("backend")))
    return msg("smoke_driver_problem")


def _timings(scanner: TraceScanner, child_seconds: float) -> dict[str, Any]:
    """Per step, and apart: the time spent importing (loading torch's libraries: slow on
    Windows, never JIT) and the time spent building kernels as the trace shows it."""
    steps = {}
    imports = 0.0
    builds = {s.name: s.build_s for s in scanner.steps}
    for m in scanner.markers:
        if m.get("event") == "end":
            name = str(m.get("step"))
            entry: dict[str, Any] = {k: m[k] for k in ("seconds", "first_call_s", "second_call_s") if k in m}
            if scanner.builds_timed and name in builds:
                entry["build_s"] = round(builds[name], 6)
            if name.endswith("_import") and isinstance(m.get("seconds"), (int, float)):
                imports += m["seconds"]
                entry["import_s"] = m["seconds"]
            if entry:
                steps[name] = entry
    return {"child_s": round(child_seconds, 4), "steps": steps, "import_s": round(imports, 6),
            **scanner.build_timing()}


def _held(expect: str | None, verdict: str) -> bool | None:
    if expect == "aot":
        return verdict == "aot"
    if expect == "jit":
        return verdict in ("jit", "cached")
    return None


def _tail(text: str, n: int) -> list[str]:
    lines = [ln for ln in text.splitlines() if ln.strip() and "--->" not in ln and "<---" not in ln]
    return lines[-n:]
