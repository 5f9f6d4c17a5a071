"""The AOT/JIT classifier on real runtime logs (tests/data/smoke/*.log, recorded with
capture.py from Intel's SYCL runtimes on the CPU) and on GPU-style logs derived from them
(derive.py; their first line says DERIVED)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.smoke.classify import CacheState, TraceScanner, classify_text

DATA = Path(__file__).resolve().parent.parent / "data" / "smoke"


def log(name: str, streams=("stdout", "stderr")) -> str:
    return "".join((DATA / f"{name}.{s}.log").read_text() for s in streams)


@pytest.mark.parametrize(
    "name, verdict, api, il, binary, hits",
    [
        ("ur2026_cold", "jit", "ur", 2, 0, 0),
        ("ur2026_cachehit", "cached", "ur", 0, 2, 2),
        ("pi2024_cold", "jit", "pi", 3, 0, 0),
        ("derived_gpu_aot_ur", "aot", "ur", 0, 2, 0),
        ("derived_gpu_mixed_ur", "mixed", "ur", 1, 1, 0),
    ],
)
def test_real_and_derived_logs(name, verdict, api, il, binary, hits):
    result = classify_text(log(name))
    assert result["verdict"] == verdict
    assert result["runtime"]["api"] == api
    p = result["programs"]
    assert (p["il"], p["binary"], p["cache_hits"]) == (il, binary, hits)
    assert result["evidence"], "the decisive lines are quoted"


def test_derived_logs_say_so():
    for name in ("derived_gpu_aot_ur", "derived_gpu_mixed_ur"):
        assert (DATA / f"{name}.stdout.log").read_text().startswith("# DERIVED")


def test_cache_hit_is_never_aot_even_from_stdout_alone():
    # The cache lines are on stderr; without them the binaries were still made for plain
    # spir64 images, which only the persistent cache can supply.
    result = classify_text(log("ur2026_cachehit", ("stdout",)))
    assert result["verdict"] == "cached"
    assert any("spir64" in e for e in result["evidence"])


def test_an_empty_traced_cache_outweighs_the_last_selected_image():
    # The real cache-hit log without its hit lines: binaries made while plain spir64 images
    # were being selected. From a user's log that can only be a cache (cached, never aot)...
    text = "\n".join(ln for ln in log("ur2026_cachehit").splitlines() if "using cached device binary" not in ln)
    assert "[Persistent Cache]: enabled" in text
    assert classify_text(text)["verdict"] == "cached"
    # ...but the smoke runner's own cache was empty and traced, and no hit line came: the
    # binaries were embedded native code, whatever image the runtime checked last.
    assert classify_text(text, CacheState(started_empty=True, files_before=0))["verdict"] == "aot"
    # With the hit lines, the same empty-at-start cache still gives cached.
    assert classify_text(log("ur2026_cachehit"), CacheState(started_empty=True, files_before=0))["verdict"] == "cached"


def test_pi_binaries_without_cache_knowledge_are_unknown_not_aot():
    text = log("pi2024_cachehit")
    assert classify_text(text)["verdict"] == "unknown"
    assert classify_text(text, CacheState(started_empty=False, files_before=6))["verdict"] == "cached"
    # Had the cache been empty, the same binaries could only be native code.
    assert classify_text(text, CacheState(started_empty=True, files_before=0))["verdict"] == "aot"


def test_sycl_trace_collector_format():
    result = classify_text(log("ur2026_sycltrace_cold", ("stdout",)))
    assert result["verdict"] == "jit" and result["runtime"]["api"] == "ur"
    assert result["programs"]["il"] == 2


def test_pi_trace_on_ur_runtime_is_a_failure_with_advice():
    result = classify_text(log("ur2026_pi_trace_set"))
    assert result["verdict"] == "failed"
    assert "SYCL_UR_TRACE" in result["advice"][0]


def test_no_program_creation_is_unknown_never_a_guess():
    assert classify_text("hello\nworld\n")["verdict"] == "unknown"
    ur_without_programs = "\n".join(
        ln for ln in log("ur2026_cold").splitlines() if "ProgramCreate" not in ln and "Persistent Cache" not in ln
    )
    result = classify_text(ur_without_programs)
    assert result["verdict"] == "unknown" and result["runtime"]["api"] == "ur"


def test_native_handle_only_is_unknown():
    # Real: dpctl's create_program_from_spirv builds through OpenCL (capture.py, interop.py).
    result = classify_text(log("ur2026_interop_only"))
    assert result["verdict"] == "unknown" and result["programs"]["native_handle"] == 1
    assert result["programs"]["il"] == result["programs"]["binary"] == 0
    assert any("interop" in a for a in result["advice"])


@pytest.mark.parametrize("name, verdict", [("ur2026_interop_cold", "jit"), ("ur2026_interop_cachehit", "cached")])
def test_interop_programs_beside_sycl_ones_are_left_out_and_said_so(name, verdict):
    result = classify_text(log(name))
    assert result["verdict"] == verdict and result["programs"]["native_handle"] == 1
    assert [c for c in result["caveats"] if c.startswith("1 interop program(s)")]


def test_no_device_message():
    result = classify_text(
        "terminate called after throwing an instance of 'sycl::_V1::exception'\n"
        "  what():  No device of requested type available.\n"
    )
    assert result["verdict"] == "no_device"


def test_steps_come_from_markers():
    scan = TraceScanner()
    scan.feed_text(log("ur2026_cold"))
    steps = {s.name: s.programs() for s in scan.steps}
    assert steps["sycl_setup"]["il"] == 1
    assert sum(p["il"] for p in steps.values()) == 2


def test_first_il_is_reported_once_while_streaming():
    scan = TraceScanner()
    hits = [scan.feed(line) for line in log("pi2024_cold", ("stdout",)).splitlines()]
    assert hits.count("il") == 1


def test_classify_cli_reads_utf16_logs_and_prints_json(run_cli, tmp_path):
    f = tmp_path / "powershell.log"
    f.write_bytes(log("ur2026_cold").encode("utf-16"))  # what PowerShell's `>` writes
    done = run_cli("classify", "--json", f)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["verdict"] == "jit"
    assert set(data["programs"]) == {"il", "binary", "native_handle", "cache_hits"}
    assert set(data) >= {"verdict", "programs", "runtime", "evidence", "advice"}


def test_classify_cli_missing_file(run_cli, tmp_path):
    done = run_cli("classify", tmp_path / "nope.log")
    assert done.returncode == 2 and "does not exist" in done.stderr


# -- Trap 2: an AOT archive the driver JIT-compiles from generic_ir -------------------------

def test_aot_from_a_log_is_labelled_uncertain_on_the_gpu_side():
    aot = classify_text(log("derived_gpu_aot_ur"))
    assert aot["verdict"] == "aot"
    assert len(aot["caveats"]) == 1 and aot["caveats"][0].startswith("Uncertain:")
    assert "generic_ir" in aot["caveats"][0]
    # Nothing native ran in a JIT or cache-hit log, so there is nothing to doubt there.
    assert classify_text(log("ur2026_cold"))["caveats"] == []
    assert classify_text(log("ur2026_cachehit"))["caveats"] == []  # a cache hit is never doubted into aot


def test_classify_cli_prints_the_caveat_next_to_the_verdict(run_cli):
    done = run_cli("classify", DATA / "derived_gpu_aot_ur.stdout.log", DATA / "derived_gpu_aot_ur.stderr.log")
    lines = done.stdout.splitlines()
    assert lines[0] == "Verdict: AOT" and lines[1].strip().startswith("Uncertain:")


def _venv_with_kernels(root: Path, archive: Path) -> Path:
    """A venv laid out as predict() reads it, whose torch kernel library is a real ocloc archive."""
    lib = root / "lib" / "python3.11" / "site-packages" / "torch" / "lib"
    lib.mkdir(parents=True)
    (lib / "libtorch_xpu.so").write_bytes(archive.read_bytes())
    return root


def _aot_result():
    text = log("derived_gpu_aot_ur")
    result = classify_text(text)
    result["timings"] = {"steps": {"torch_elementwise": {"first_call_s": 0.004, "second_call_s": 0.001}}}
    return result


@pytest.fixture
def linux_27_venv(tmp_path, reference_dir):
    return _venv_with_kernels(tmp_path / "venv", reference_dir / "ocloc_archives" / "torch-2.7-linux.ar")


def test_aot_trace_on_a_gpu_the_archive_misses_is_doubtful(linux_27_venv):
    from app.smoke.predict import predict
    from app.smoke.runner import _driver_level_check

    # MTL-U (12.70.4) is not in the Linux 2.7 list: only generic_ir is left for it.
    prediction = predict(linux_27_venv, "12.70.4", "mtl")
    assert prediction["expect"] == "jit"
    result = _aot_result()
    _driver_level_check(result, prediction, neo_gained=0)
    assert result["verdict"] == "aot"  # the SYCL trace says so; the doubt is stated, not hidden
    doubt = [c for c in result["caveats"] if c.startswith("Doubtful AOT")]
    assert len(doubt) == 1 and "libtorch_xpu.so" in doubt[0] and "not observed" in doubt[0]


def test_aot_trace_on_a_covered_gpu_is_not_doubted(linux_27_venv):
    from app.smoke.predict import predict
    from app.smoke.runner import _driver_level_check

    prediction = predict(linux_27_venv, "12.55.8", "dg2")  # A770: 64.dg2 holds 12.55.8
    assert prediction["expect"] == "aot"
    result = _aot_result()
    _driver_level_check(result, prediction, neo_gained=0)
    assert result["verdict"] == "aot"
    assert not [c for c in result["caveats"] if c.startswith("Doubtful")]


def test_driver_compiler_cache_growth_alone_is_not_mixed():
    """intel/torch-xpu-ops#2587: the driver's cache fills with a correct AOT build too. Only a
    program built from IL makes `mixed`; the growth is stated as a caveat."""
    from app.smoke.runner import _driver_level_check

    result = _aot_result()
    _driver_level_check(result, None, neo_gained=3)
    assert result["verdict"] == "aot"
    assert any("NEO_CACHE_DIR) gained 3 file(s)" in c and "not counted" in c for c in result["caveats"])
    assert not any("gained" in e for e in result["evidence"])
    # The real mixed trace (an IL program beside a native one) stays mixed whatever the cache did.
    mixed = classify_text(log("derived_gpu_mixed_ur"))
    mixed["timings"] = {"steps": {}}
    _driver_level_check(mixed, None, neo_gained=3)
    assert mixed["verdict"] == "mixed"


def test_sycl_cache_files_without_an_il_program_are_a_caveat_not_mixed():
    cache = CacheState(persistent=True, started_empty=True, files_before=0, files_after=4)
    result = classify_text(log("derived_gpu_aot_ur"), cache)
    assert result["verdict"] == "aot"
    assert any("4 file(s) appeared in the empty SYCL persistent cache" in c for c in result["caveats"])
    # A real cold run on the 2026 runtime: IL programs in the trace, so JIT on the trace's word.
    cold = classify_text(log("ur2026_cold"), cache)
    assert cold["verdict"] == "jit" and cold["programs"]["il"] == 2


def test_slow_first_call_makes_aot_doubtful():
    from app.smoke.runner import _driver_level_check

    result = _aot_result()
    result["timings"]["steps"]["torch_elementwise"] = {"first_call_s": 41.0, "second_call_s": 0.002}
    _driver_level_check(result, None, neo_gained=0)
    assert result["verdict"] == "aot"
    assert any(c.startswith("Doubtful AOT: the first torch_elementwise call took 41.0 s") for c in result["caveats"])


def test_driver_check_leaves_jit_and_cached_alone():
    from app.smoke.runner import _driver_level_check

    for name, verdict in (("ur2026_cold", "jit"), ("ur2026_cachehit", "cached")):
        result = classify_text(log(name))
        result["timings"] = {"steps": {}}
        _driver_level_check(result, None, neo_gained=5)
        assert result["verdict"] == verdict


# ---- import time apart from kernel build time (a slow `import torch` on Windows is not JIT) ----

def _feed_timed(name: str, step: float = 0.01) -> TraceScanner:
    """A real log fed line by line as the runner does, each line arriving `step` s after the last."""
    scan = TraceScanner()
    for i, line in enumerate(log(name, ("stdout",)).splitlines()):
        scan.feed(line, now=i * step)
    return scan


@pytest.mark.parametrize("name, builds, from_il", [("ur2026_cold", 4, True), ("pi2024_cold", 3, True),
                                                   ("derived_gpu_aot_ur", 4, False)])
def test_kernel_build_time_is_timed_from_the_trace(name, builds, from_il):
    text = log(name, ("stdout",))
    lines = text.splitlines()
    # By hand: each build runs from its `--->` line to its end line (UR `<---`, PI `) --->`).
    starts = [i for i, ln in enumerate(lines) if re.search(r"---> (?:ur|pi)Program(?:Build|Compile|Link)", ln)]
    ends = []
    for i in starts:
        j = i + 1
        while not (lines[j].lstrip().startswith("<--- urProgram") or lines[j].startswith(") --->")):
            j += 1
        ends.append(j)
    assert len(starts) == builds
    expected = sum(j - i for i, j in zip(starts, ends, strict=True)) * 0.01
    timing = _feed_timed(name).build_timing()
    assert timing["builds"] == builds
    assert timing["kernel_build_s"] == pytest.approx(expected)
    assert timing["kernel_build_from_il_s"] == pytest.approx(expected if from_il else 0.0)


def test_a_log_read_from_a_file_has_no_build_time():
    timing = classify_text(log("ur2026_cold")).get("steps")
    assert all("build_s" not in s for s in timing)
    scan = TraceScanner()
    scan.feed_text(log("ur2026_cold"))
    assert scan.build_timing() == {"builds": 0, "kernel_build_s": None, "kernel_build_from_il_s": None}


def test_runner_timings_keep_import_apart_from_kernel_builds():
    from app.smoke.runner import _timings

    scan = TraceScanner()
    t = 0.0
    events = [
        ('@@IPEX-SMOKE@@ {"event": "begin", "step": "torch_import"}', 0.0),
        ('@@IPEX-SMOKE@@ {"event": "end", "step": "torch_import", "ok": true, "seconds": 14.2}', 14.2),
        ('@@IPEX-SMOKE@@ {"event": "begin", "step": "torch_elementwise"}', 0.1),
        ("   ---> urProgramCreateWithIL", 0.0),
        ("   <--- urProgramCreateWithIL(.hContext = 0x1, .pIL = 0x2, .length = 720, .pProperties = nullptr, "
         ".phProgram = 0x3 (0x4)) -> UR_RESULT_SUCCESS;", 0.01),
        ("   ---> urProgramBuildExp", 0.0),
        ("   <--- urProgramBuildExp(.hProgram = 0x4, .numDevices = 1, .phDevices = 0x5 {0x6}, .flags = 0, "
         ".pOptions = 0x7 ()) -> UR_RESULT_SUCCESS;", 3.5),
        ('@@IPEX-SMOKE@@ {"event": "end", "step": "torch_elementwise", "ok": true, "seconds": 3.6, '
         '"first_call_s": 3.55, "second_call_s": 0.0004}', 0.04),
    ]
    for line, dt in events:
        t += dt
        scan.feed(line, now=t)
    timings = _timings(scan, 18.0)
    assert timings["import_s"] == 14.2 and timings["steps"]["torch_import"]["import_s"] == 14.2
    assert timings["kernel_build_s"] == pytest.approx(3.5) and timings["kernel_build_from_il_s"] == pytest.approx(3.5)
    assert timings["steps"]["torch_elementwise"]["build_s"] == pytest.approx(3.5)
    assert timings["steps"]["torch_import"]["build_s"] == 0.0  # the import built no kernel


# ---- the Level Zero v2 adapter (default for Battlemage and newer) ----
# Its trace is the loader's (same format for every adapter); urProgramBuildExp succeeds, so no
# urProgramBuild fallback follows; the loader names libur_adapter_level_zero_v2. derive.py says how.

@pytest.mark.parametrize("name, verdict, il, binary", [("derived_l0v2_jit_ur", "jit", 2, 0),
                                                       ("derived_l0v2_aot_ur", "aot", 0, 2),
                                                       ("derived_l0v2_mixed_ur", "mixed", 1, 1)])
def test_level_zero_v2_traces(name, verdict, il, binary):
    text = log(name)
    assert text.startswith("# DERIVED") and "libur_adapter_level_zero_v2" in text and "UR_BACKEND_LEVEL_ZERO" in text
    assert "---> urProgramBuild\n" not in text  # v2 builds with urProgramBuildExp only
    cache = CacheState(persistent=True, started_empty=True, files_before=0)
    result = classify_text(text, cache)
    assert result["verdict"] == verdict and result["runtime"]["api"] == "ur"
    assert (result["programs"]["il"], result["programs"]["binary"]) == (il, binary)
    if binary:
        assert result["runtime"]["selected_targets"].get("spir64_gen")
    # Live-fed, each build is one urProgramBuildExp pair (two lines apart).
    timing = _feed_timed(name).build_timing()
    assert timing["builds"] == 2 and timing["kernel_build_s"] == pytest.approx(0.02)
    assert timing["kernel_build_from_il_s"] == pytest.approx(0.01 * il)
    # The JIT warning fires on v2's IL program as on v1's.
    scan = TraceScanner()
    assert ("il" in [scan.feed(ln) for ln in text.splitlines()]) == bool(il)


def test_smoke_text_says_import_and_kernel_builds_apart():
    from app.commands.smoke import render

    result = classify_text(log("derived_l0v2_aot_ur"), CacheState(persistent=True, started_empty=True, files_before=0))
    result["timings"] = {"import_s": 14.2, "builds": 2, "kernel_build_s": 0.02, "kernel_build_from_il_s": 0.0,
                         "steps": {}}
    text = render(result)
    assert "Importing took 14.20 s: loading the libraries, not compiling kernels." in text
    assert "Building kernels took 0.020 s over 2 program build(s), 0.000 s of it from SPIR-V (JIT)." in text
    result["timings"] = {"steps": {}}  # a run without those figures (an older JSON): no such lines
    assert "Importing" not in render(result) and "Building kernels" not in render(result)
