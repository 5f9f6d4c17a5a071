"""The forecast (app/smoke/forecast): AOT/JIT per library and environment, and the SYCL
runtime checks; also the member rule's inferred outcomes (app/catalog/aot_match.py)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # The member rule, where the outcome rests on inference (ocloc_names.md: say "expected").
    "aot_no_native_jit_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "The build has no native code the driver is known to pick for this GPU ({gpu}); it is expected to "
        "compile the SPIR-V fallback on first use (JIT)."),
    "aot_no_native_fail_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "The build has no native code the driver is known to pick for this GPU ({gpu}) and no SPIR-V fallback, "
        "so its kernels are expected to fail to load."),
    # One library.
    "forecast_lib_no_gpu_images": QT_TRANSLATE_NOOP(
        "Messages",
        "The library carries device images only for {targets}, none for a GPU, so its kernels do not run on "
        "the GPU."),
    "forecast_lib_spirv_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The library carries only SPIR-V, no native code for any GPU: the driver compiles it on first use (JIT)."),
    "forecast_lib_no_images": QT_TRANSLATE_NOOP("Messages", "The library carries no SYCL device images."),
    "forecast_lib_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The library's device images could not be read ({problem})."),
    "forecast_lib_compressed_unread": QT_TRANSLATE_NOOP(
        "Messages",
        "Some device images could not be expanded ({problem}), so what they hold is unknown."),
    "forecast_lib_partly_unread": QT_TRANSLATE_NOOP(
        "Messages",
        "{reason} Some of its device images could not be expanded ({problem}), so this is not certain."),
    # The whole environment (or wheel).
    "forecast_env_none": QT_TRANSLATE_NOOP("Messages", "No library here carries SYCL device images."),
    "forecast_env_all_aot": QT_TRANSLATE_NOOP(
        "Messages", "Every SYCL library here has native code for this GPU: no compilation on first use."),
    "forecast_env_all_aot_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "Every SYCL library here is expected to have native code for this GPU: no compilation on first use."),
    "forecast_env_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "These packages will compile on first use: {packages} ({modules} SPIR-V modules, {size})."),
    "forecast_env_jit_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "These packages are expected to compile on first use: {packages} ({modules} SPIR-V modules, {size})."),
    "forecast_env_fail": QT_TRANSLATE_NOOP(
        "Messages",
        "These packages have no code this GPU can run and no SPIR-V to compile, so their kernels will fail to "
        "load: {packages}."),
    "forecast_env_fail_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "These packages are expected to fail to load their kernels on this GPU (no matching native code and no "
        "SPIR-V): {packages}."),
    "forecast_env_no_gpu": QT_TRANSLATE_NOOP(
        "Messages",
        "No GPU was given or found, so AOT or JIT cannot be told; give --gpu PCI_ID or --probe FILE."),
    # The SYCL runtime the libraries need.
    "runtime_abi_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{library} ({package}) needs {needed}, but this environment provides {present}; it will fail to load "
        "unless the system supplies {needed}."),
    "runtime_abi_missing_none": QT_TRANSLATE_NOOP(
        "Messages",
        "{library} ({package}) needs {needed}, and this environment has no SYCL runtime; it will fail to load "
        "unless the system supplies {needed}."),
    "runtime_abi_from_system": QT_TRANSLATE_NOOP(
        "Messages",
        "{library} ({package}) needs {needed}, which this environment lacks; it is expected to be loaded from "
        "{folder}, outside the environment."),
    "runtime_shadowed": QT_TRANSLATE_NOOP(
        "Messages",
        "{variable} lists {folder}, which holds {file}: it is expected to be loaded instead of the environment's "
        "own {env_file}, so a runtime of another generation can break the wheels."),
    "runtime_ld_conf": QT_TRANSLATE_NOOP(
        "Messages",
        "{folder} (from {conf}) holds {file}; the system's loader uses it wherever the environment's own "
        "runtime is not found first."),
    "runtime_triton_shadows_xpu": QT_TRANSLATE_NOOP(
        "Messages",
        "The triton package on disk is the one from triton {version}, not from pytorch-triton-xpu "
        "{xpu_version}: torch.compile on the XPU is expected to fail."),
    "runtime_triton_without_xpu": QT_TRANSLATE_NOOP(
        "Messages",
        "triton {version} is installed with an XPU torch but pytorch-triton-xpu is not: torch.compile on the "
        "XPU is expected to fail."),
    # Fixes.
    "runtime_fix_abi": QT_TRANSLATE_NOOP(
        "Messages",
        "Install the SYCL runtime that provides {needed} (the intel-sycl-rt version {package} requires), or a "
        "build of {package} made for the runtime this environment has."),
    "runtime_fix_shadowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Remove {folder} from {variable} in the shell that runs this environment (do not source oneAPI's "
        "setvars there)."),
    "runtime_fix_triton": QT_TRANSLATE_NOOP(
        "Messages",
        "Reinstall the XPU build: pip uninstall -y triton, then pip install --force-reinstall "
        "pytorch-triton-xpu=={xpu_version} from the PyTorch XPU index."),
    "runtime_fix_triton_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Install pytorch-triton-xpu from the PyTorch XPU index (the version torch requires) and uninstall "
        "triton."),
    # Doctor (a finding) and the wizard's Verify page.
    "doctor_forecast_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "These packages will compile on first use on {gpu}: {packages} ({modules} SPIR-V modules, {size})."),
    "doctor_forecast_jit_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "These packages are expected to compile on first use on {gpu}: {packages} ({modules} SPIR-V modules, "
        "{size})."),
    "doctor_forecast_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Keep compiled kernels with SYCL_CACHE_PERSISTENT=1 so each compiles only once; {command} lists every "
        "library and why."),
    # Refusals (one sentence, exit 2).
    "forecast_bad_venv": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a Python environment (no site-packages folder found)."),
    "forecast_gpu_and_probe": QT_TRANSLATE_NOOP("Messages", "Give either --gpu or --probe, not both."),
    "forecast_venv_or_wheel": QT_TRANSLATE_NOOP("Messages", "Give --venv DIR or --wheel FILE|URL|REQUIREMENT."),
    "forecast_bad_requirement": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is neither a wheel file, an http(s) URL of a wheel, nor a pinned requirement such as "
        "bitsandbytes==0.50.2."),
    "forecast_no_wheel_found": QT_TRANSLATE_NOOP(
        "Messages", "{index} has no wheel of {requirement} for Python {python} on {os}."),
}
