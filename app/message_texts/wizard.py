"""Core sentences worded for the wizard (app/gui/wizard_wording.py picks them): the same
facts as the core's CLI wording, with the wizard's own action instead of a command line, and
per OS where the advice differs. The CLI, JSON and support bundle keep the core's English."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # The GPU test's advice (app/smoke/runner.py, classify.py), on the Verify page
    "wizard_smoke_no_torch": QT_TRANSLATE_NOOP(
        "Messages", "PyTorch is not installed in this environment: go Back to Build and install an XPU build."),
    "wizard_smoke_torch_import_failed": QT_TRANSLATE_NOOP(
        "Messages", "Importing torch failed: {error}. Go Back to Build and install the build again."),
    "wizard_smoke_cpu_torch": QT_TRANSLATE_NOOP(
        "Messages",
        "This torch ({version}) is a CPU-only build: go Back to Build and install an XPU build."),
    "wizard_smoke_xpu_unavailable_windows": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch cannot use the GPU: check the Intel GPU driver (update it if the Hardware page says so, restart, "
        "then use Check again on the Hardware page), and that no other program hides the GPU."),
    "wizard_smoke_xpu_unavailable_linux": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch cannot use the GPU: check the GPU driver (use Check again on the Hardware page), that your user "
        "may open /dev/dri/renderD* (the render group), and that no other runtime hides the GPU."),
    "wizard_smoke_no_device_windows": QT_TRANSLATE_NOOP(
        "Messages",
        "No GPU was found: check the Intel GPU driver (update it if the Hardware page says so, restart, then use "
        "Check again on the Hardware page)."),
    "wizard_smoke_no_device_linux": QT_TRANSLATE_NOOP(
        "Messages",
        "No GPU was found: check the GPU driver (use Check again on the Hardware page) and that your user may "
        "open /dev/dri/renderD* (the render group)."),
    "wizard_smoke_cache_not_ruled_out": QT_TRANSLATE_NOOP(
        "Messages",
        "Programs were created from binaries, but this runtime does not say which image it chose or whether a "
        "persistent JIT cache served it, so the test cannot tell for sure that the code is native."),
    "wizard_smoke_no_trace": QT_TRANSLATE_NOOP(
        "Messages", "The test's log has no SYCL program trace, so it cannot tell native code from JIT."),
    "wizard_advice_aot_build": QT_TRANSLATE_NOOP(
        "Messages",
        "Build {build} ({packages}, Python {python}) carries native code for this GPU ({target}): go Back to Build "
        "and choose it under Advanced."),
    "wizard_advice_no_aot_build": QT_TRANSLATE_NOOP(
        "Messages",
        "No catalog build carries native code for this GPU: keep the JIT cache (the Finish page shows how) so the "
        "compile happens once."),
    # The planner (app/plan), on the Build page
    "wizard_hint_unknown_python": QT_TRANSLATE_NOOP(
        "Messages", "{count} builds were left out because the catalog does not list their Python versions."),
    "wizard_hint_aot_name_python": QT_TRANSLATE_NOOP(
        "Messages", "{title} has native code for your GPU, but the catalog does not list its Python versions."),
    "wizard_hint_other_channel": QT_TRANSLATE_NOOP(
        "Messages", "{title} has native code for your GPU: choose its channel under Advanced to get it."),
    "wizard_nothing_fits": QT_TRANSLATE_NOOP(
        "Messages",
        "No build in the catalog fits {gpu} on {what} in channel '{channel}'; the list below says why each build "
        "was left out."),
}
