"""The smoke test's advice, evidence sentences and caveats (app/smoke/classify.py, runner.py,
jit_cache.py, advice.py). Raw lines the runtime printed stay as they are (data)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # What the trace shows (classify.py)
    "smoke_pi_trace_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "The runtime refused SYCL_PI_TRACE (it was removed in 2025 runtimes); trace with SYCL_UR_TRACE=2 instead."),
    "smoke_no_trace": QT_TRANSLATE_NOOP(
        "Messages",
        "The log has no SYCL program trace; capture it with SYCL_UR_TRACE=2 (2025+ runtimes) or SYCL_PI_TRACE=2 "
        "(2024 and older), stdout and stderr both."),
    "smoke_no_program": QT_TRANSLATE_NOOP(
        "Messages", "The trace shows no device program being created, so it cannot tell AOT from JIT."),
    "smoke_cache_not_ruled_out": QT_TRANSLATE_NOOP(
        "Messages",
        "Programs were created from binaries, but nothing in the log rules out a persistent JIT cache (this "
        "runtime does not say which image it chose or whether the cache served it). Rerun with an empty "
        "SYCL_CACHE_DIR (or say --cache-was-empty yes if it was)."),
    "smoke_interop_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Only interop (native-handle) programs were created; the SYCL trace cannot tell AOT from JIT for them."),
    "smoke_build_failed": QT_TRANSLATE_NOOP("Messages", "A device program failed to build: {line}"),
    "evidence_spirv_image": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} binary program(s) were made for a plain spir64 (SPIR-V) image: only a persistent JIT cache can "
        "supply those"),
    "evidence_cache_preloaded": QT_TRANSLATE_NOOP(
        "Messages",
        "the persistent cache directory held {count} file(s) before the run and this runtime does not trace "
        "cache hits, so its binary programs are counted as cache hits"),
    "caveat_cache_files": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} file(s) appeared in the empty SYCL persistent cache although the trace shows no program built "
        "from IL; they are not counted as JIT (a program outside this trace may have made them)."),
    "caveat_neo_cache": QT_TRANSLATE_NOOP(
        "Messages",
        "The driver's compiler cache (NEO_CACHE_DIR) gained {count} file(s). The driver also stores entries there "
        "for correct AOT builds, so this alone does not show JIT; it is not counted."),
    "caveat_archive": QT_TRANSLATE_NOOP(
        "Messages",
        "Uncertain: the trace shows native binaries loaded at the SYCL level, but an AOT archive can still be "
        "JIT-compiled silently inside the GPU driver from its generic_ir member when the GPU's IP version is not "
        "in it; this log cannot show that (the smoke test's static check and driver cache can)."),
    "caveat_interop": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} interop program(s) (native handle, as oneDNN and dpctl make them) are left out of this verdict: "
        "the trace does not show whether they came from native code or JIT."),
    "caveat_fallback": QT_TRANSLATE_NOOP(
        "Messages",
        "Doubtful AOT: {files} carry no native code for this GPU, only the generic_ir fallback, so the driver is "
        "expected to have JIT-compiled it although the SYCL trace says binary (inferred from the static check, "
        "not observed)."),
    "caveat_slow_first_call": QT_TRANSLATE_NOOP(
        "Messages",
        "Doubtful AOT: the first {step} call took {first} s against {second} s for the second, which suggests "
        "the driver compiled code (inferred from timing, not observed)."),
    # What the run means (runner.py)
    "verdict_advice_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "Kernels were compiled from SPIR-V at first use (JIT): this build has no native code for this device. "
        "The first run of every new kernel pays that compile time."),
    "verdict_advice_cached": QT_TRANSLATE_NOOP(
        "Messages",
        "Kernels came from the persistent JIT cache: they were JIT-compiled on an earlier run, not shipped as "
        "native code (this is not AOT)."),
    "verdict_advice_mixed": QT_TRANSLATE_NOOP(
        "Messages",
        "Some kernels ran from native code and some were compiled from SPIR-V (JIT) or came from the JIT cache; "
        "the evidence lines show which."),
    "smoke_stopped_on_jit": QT_TRANSLATE_NOOP(
        "Messages", "Stopped at the first JIT compilation, as asked; the rest of the test did not run."),
    "smoke_cancelled": QT_TRANSLATE_NOOP("Messages", "The smoke test was cancelled before it finished."),
    "smoke_timed_out": QT_TRANSLATE_NOOP(
        "Messages", "The smoke test did not finish within {seconds} s and was stopped."),
    "smoke_no_torch": QT_TRANSLATE_NOOP(
        "Messages", "PyTorch is not installed in this venv: install an XPU build into it ({command})."),
    "smoke_torch_import_failed": QT_TRANSLATE_NOOP(
        "Messages", "Importing torch failed: {error}. Reinstall the build into this venv ({command})."),
    "smoke_cpu_torch": QT_TRANSLATE_NOOP(
        "Messages",
        "This torch ({version}) is a CPU-only build (torch.version.xpu is None): install an XPU build ({command}, "
        "then install)."),
    "smoke_xpu_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "torch.xpu.is_available() is False: check the GPU driver ({command}), that your user may open "
        "/dev/dri/renderD* (the render group on Linux), and that no other runtime hides the GPU."),
    "smoke_sycl_failed": QT_TRANSLATE_NOOP("Messages", "The SYCL runtime test ({module}) failed: {error}"),
    "smoke_sycl_only": QT_TRANSLATE_NOOP(
        "Messages", "The verdict comes from the SYCL runtime test (dpnp/dpctl) alone; torch kernels did not run."),
    "smoke_no_device": QT_TRANSLATE_NOOP(
        "Messages", "No SYCL device was found: check the GPU driver and permissions ({command})."),
    "smoke_failed": QT_TRANSLATE_NOOP("Messages", "The smoke test failed: {error}"),
    "smoke_driver_works": QT_TRANSLATE_NOOP(
        "Messages",
        "The SYCL runtime alone reaches the GPU ({device}, {backend}), so the driver works: the torch build is "
        "the problem."),
    "smoke_driver_problem": QT_TRANSLATE_NOOP(
        "Messages",
        "The SYCL runtime alone finds no GPU either: this is a driver or permission problem, not a problem of the "
        "torch wheel."),
    "smoke_kept": QT_TRANSLATE_NOOP("Messages", "The kernels this run compiled are kept in {folder}. {how}"),
    "smoke_not_warmed": QT_TRANSLATE_NOOP(
        "Messages", "The JIT cache was not warmed, because the first run did not finish its kernels."),
    "smoke_not_served": QT_TRANSLATE_NOOP(
        "Messages",
        "The second run was not served from the cache (verdict {verdict}), so the cache does not help here."),
    "jit_keep_windows": QT_TRANSLATE_NOOP(
        "Messages",
        "To reuse these compiled kernels in your own runs, and keep the ones your programs compile, set before "
        "starting Python (in PowerShell): {commands} (the folder must stay ASCII-only)."),
    "jit_keep_shell": QT_TRANSLATE_NOOP(
        "Messages",
        "To reuse these compiled kernels in your own runs, and keep the ones your programs compile, set before "
        "starting Python (in the shell): {commands}."),
    # Which build has native code (advice.py)
    "advice_planner_failed": QT_TRANSLATE_NOOP(
        "Messages", "Could not ask the planner for a build with AOT code for this GPU ({error})."),
    "advice_aot_build": QT_TRANSLATE_NOOP(
        "Messages",
        "Build {build} ({packages}, Python {python}) carries native code for this GPU ({target}): install it with "
        "{command}."),
    "advice_no_aot_build": QT_TRANSLATE_NOOP(
        "Messages",
        "No catalog build carries native code for this GPU: keep a persistent JIT cache ({command}) so the compile "
        "happens once."),
}
