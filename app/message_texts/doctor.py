"""Doctor findings (app/report/checks_*.py): what is wrong, and the fix."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # The GPU and its driver (checks_gpu.py)
    "doctor_gpu_not_probed": QT_TRANSLATE_NOOP("Messages", "The GPU was not probed, so GPU checks were skipped."),
    "doctor_gpu_wsl": QT_TRANSLATE_NOOP(
        "Messages",
        "This is WSL2, where the GPU's PCI device is not visible, so the GPU and its driver could not be checked."),
    "doctor_gpu_wsl_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Run the doctor again with --check-xpu to ask torch itself; the Windows Intel GPU driver serves WSL2."),
    "doctor_gpu_none": QT_TRANSLATE_NOOP(
        "Messages", "No Intel GPU was found on this machine (display adapters: {adapters})."),
    "doctor_gpu_none_fix": QT_TRANSLATE_NOOP(
        "Messages", "Check that the Intel GPU is enabled in the firmware settings and its driver is installed."),
    "doctor_gpu_found": QT_TRANSLATE_NOOP("Messages", "Intel GPU: {name} ({device_id}, {family})."),
    "doctor_gpu_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not supported by PyTorch XPU or IPEX builds ({level})."),
    "doctor_gpu_unsupported_fix": QT_TRANSLATE_NOOP(
        "Messages", "Use the CPU build of torch, or another backend (OpenVINO, DirectML) for this GPU."),
    "doctor_driver_unbound": QT_TRANSLATE_NOOP("Messages", "No kernel driver is bound to {name}."),
    "doctor_driver_unbound_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Install or enable the Intel GPU driver (on Linux, i915 or xe; LNL/BMG need xe or a recent kernel; DG2/MTL "
        "on xe need xe.force_probe)."),
    "doctor_driver_old": QT_TRANSLATE_NOOP(
        "Messages", "The GPU driver {version} is too old for current PyTorch XPU builds."),
    "doctor_driver_old_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Update the Intel GPU driver (Windows: the latest Arc & Iris Xe driver; Linux: a current compute runtime)."),
    "doctor_driver_unknown": QT_TRANSLATE_NOOP("Messages", "The GPU driver version could not be checked ({driver})."),
    "doctor_driver_ok": QT_TRANSLATE_NOOP("Messages", "GPU driver: {driver} {version}."),
}
TEMPLATES.update({
    "doctor_driver_below_floor": QT_TRANSLATE_NOOP(
        "Messages",
        "The Intel GPU driver {version} is older than {floor}, the lowest version ipex-llm supports (Intel publishes "
        "no official minimum for PyTorch XPU)."),
    "doctor_driver_below_floor_fix": QT_TRANSLATE_NOOP(
        "Messages", "Update the Intel Arc & Iris Xe Graphics driver from Intel's site."),
    "doctor_aot_ip_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The GPU IP version of {name} is unknown, so AOT coverage cannot be told."),
    "doctor_aot_not_inspected": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed build's SYCL libraries could not be inspected, so whether it carries AOT code for this GPU "
        "({ip}) is unknown."),
    "doctor_aot_not_inspected_fix": QT_TRANSLATE_NOOP(
        "Messages", "Run {command} to see whether the runtime uses AOT or JIT."),
    "doctor_aot_covered": QT_TRANSLATE_NOOP(
        "Messages", "The installed build has native (AOT) code for this GPU (IP {ip})."),
    "doctor_aot_covered_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed build is expected to run native (AOT) code on this GPU (IP {ip}) ({certainty}: confirm with "
        "{command})."),
    "doctor_aot_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}), so kernels will be "
        "JIT-compiled from SPIR-V, which can take minutes on first use."),
    "doctor_aot_jit_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}), so kernels are expected to "
        "be JIT-compiled from SPIR-V, which can take minutes on first use ({certainty}: confirm with {command})."),
    "doctor_aot_jit_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Install a build whose AOT list covers this GPU ({command}), and keep SYCL_CACHE_PERSISTENT=1 so JIT "
        "happens once."),
    "doctor_aot_fail": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}) and no SPIR-V to fall back "
        "on, so its kernels will fail to load."),
    "doctor_aot_fail_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}) and no SPIR-V to fall back "
        "on, so its kernels are expected to fail to load ({certainty}: confirm with {command})."),
    "doctor_aot_fail_fix": QT_TRANSLATE_NOOP("Messages", "Install a build made for this GPU ({command} shows which)."),
    "doctor_xpu_import_failed": QT_TRANSLATE_NOOP("Messages", "import torch failed in the venv: {error}"),
    "doctor_xpu_import_failed_fix": QT_TRANSLATE_NOOP(
        "Messages", "Reinstall the build ({command}); the bundle has the full error."),
    "doctor_xpu_available": QT_TRANSLATE_NOOP("Messages", "torch.xpu.is_available() is True: {devices}."),
    "doctor_xpu_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "torch.xpu.is_available() is False; probable cause: {reasons}."),
    "doctor_xpu_unavailable_no_cause": QT_TRANSLATE_NOOP(
        "Messages",
        "torch.xpu.is_available() is False; no cause found here (check the driver and, on Linux, the compute "
        "runtime packages)."),
    "doctor_xpu_unavailable_fix": QT_TRANSLATE_NOOP(
        "Messages", "Fix the errors listed above first; then run {command}."),
})
TEMPLATES.update({
    "doctor_render_not_checked": QT_TRANSLATE_NOOP(
        "Messages", "Render-node permissions were not checked (the probe is not from this machine)."),
    "doctor_render_missing": QT_TRANSLATE_NOOP(
        "Messages", "There is no render node in {folder}, so no GPU driver is serving compute."),
    "doctor_render_missing_fix": QT_TRANSLATE_NOOP(
        "Messages", "Install the Intel GPU kernel driver (i915 or xe); in a container, pass --device /dev/dri."),
    "doctor_render_ok": QT_TRANSLATE_NOOP("Messages", "Render nodes are accessible: {nodes}."),
    "doctor_render_no_access": QT_TRANSLATE_NOOP(
        "Messages", "This user cannot open {node} (group {group}), so the GPU is invisible to torch."),
    "doctor_render_no_access_fix": QT_TRANSLATE_NOOP(
        "Messages", "Add yourself to the group and log in again: {command}"),
})

TEMPLATES.update({
    # The venv's environment and its SYCL JIT cache (checks_env.py)
    "doctor_oneapi_installed": QT_TRANSLATE_NOOP(
        "Messages",
        "A oneAPI toolkit is installed ({path}) but not active in this shell."),
    "doctor_oneapi_installed_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Do not run setvars.bat in the shell you start this venv from."),
    "doctor_oneapi_active": QT_TRANSLATE_NOOP(
        "Messages",
        "A system oneAPI is active ({variables}); its libraries can shadow the runtime the wheels bring and "
        "cause UR errors or crashes."),
    "doctor_variable_contains": QT_TRANSLATE_NOOP("Messages", "{variable} contains {path}"),
    "doctor_oneapi_active_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Run Python from a shell where oneAPI's setvars was not sourced, or remove oneAPI from PATH / "
        "LD_LIBRARY_PATH for this venv (only IPEX 2.0 and older need it)."),
    "doctor_selector_hides_gpu": QT_TRANSLATE_NOOP(
        "Messages",
        "ONEAPI_DEVICE_SELECTOR={value} hides the Intel GPU from SYCL, so torch.xpu sees no device."),
    "doctor_selector_hides_gpu_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Unset ONEAPI_DEVICE_SELECTOR, or set it to level_zero:gpu (or level_zero:0 for the first GPU)."),
    "doctor_tuning_variable": QT_TRANSLATE_NOOP("Messages", "{name}={value} is set."),
    "doctor_sycl_pi_trace": QT_TRANSLATE_NOOP(
        "Messages",
        "SYCL_PI_TRACE is set; SYCL runtimes from 2025 on print that it was removed and exit, so every "
        "torch XPU program stops at start."),
    "doctor_sycl_pi_trace_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Unset SYCL_PI_TRACE (use SYCL_UR_TRACE for tracing on new runtimes)."),
    "doctor_stray_variable": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}={value} is set; it overrides how the SYCL runtime or GPU driver from the wheels behaves."),
    "doctor_stray_variable_fix": QT_TRANSLATE_NOOP("Messages", "Unset {name} unless a support engineer asked for it."),
    "doctor_cache_kept_fix": QT_TRANSLATE_NOOP("Messages", "The smoke test keeps compiled kernels in {folder}. {how}"),
    "doctor_cache_persist_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Set SYCL_CACHE_PERSISTENT=1 (and SYCL_CACHE_DIR to an ASCII-only folder with a few GB free)."),
    "doctor_cache_location_set_on": QT_TRANSLATE_NOOP(
        "Messages",
        "SYCL JIT cache: {folder} (set by SYCL_CACHE_DIR), persistence on."),
    "doctor_cache_location_set_off": QT_TRANSLATE_NOOP(
        "Messages",
        "SYCL JIT cache: {folder} (set by SYCL_CACHE_DIR), persistence off."),
    "doctor_cache_location_default_on": QT_TRANSLATE_NOOP(
        "Messages",
        "SYCL JIT cache: {folder} (runtime default), persistence on."),
    "doctor_cache_location_default_off": QT_TRANSLATE_NOOP(
        "Messages",
        "SYCL JIT cache: {folder} (runtime default), persistence off."),
    "doctor_cache_not_persistent": QT_TRANSLATE_NOOP(
        "Messages",
        "The SYCL JIT cache is not persistent, so kernels compiled just in time are compiled again in every "
        "new process."),
    "doctor_cache_not_persistent_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "The SYCL JIT cache is not persistent, so kernels compiled just in time are compiled again in every "
        "new process (this GPU needs JIT for this build)."),
    "doctor_cache_non_ascii": QT_TRANSLATE_NOOP(
        "Messages",
        "The SYCL JIT cache folder {folder} contains non-ASCII characters; native caches under such paths "
        "are known to fail on Windows."),
    "doctor_cache_non_ascii_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Set SYCL_CACHE_DIR to an ASCII-only folder, e.g. C:\\sycl_cache or /var/tmp/sycl_cache."),
    "doctor_cache_low_space": QT_TRANSLATE_NOOP(
        "Messages",
        "Only {free} are free where the SYCL JIT cache lives; a cache for torch kernels can need several "
        "GB."),
    "doctor_cache_low_space_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Free some space or set SYCL_CACHE_DIR to a drive with more room."),
    "doctor_cache_not_writable": QT_TRANSLATE_NOOP(
        "Messages",
        "The SYCL JIT cache folder {folder} cannot be written by this user."),
    "doctor_cache_not_writable_fix": QT_TRANSLATE_NOOP("Messages", "Set SYCL_CACHE_DIR to a folder you own."),
})

TEMPLATES.update({
    # The installed packages (checks_packages.py); commands are params, kept verbatim
    "doctor_torch_missing": QT_TRANSLATE_NOOP("Messages", "PyTorch is not installed in this environment."),
    "doctor_torch_missing_fix": QT_TRANSLATE_NOOP("Messages", "Install an XPU build of PyTorch ({command})."),
    "doctor_torch_xpu": QT_TRANSLATE_NOOP("Messages", "torch {version} is an Intel GPU (XPU) build."),
    "doctor_torch_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "torch {version} does not say which device it was built for."),
    "doctor_torch_unknown_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Reinstall torch from the XPU index so its version ends in +xpu."),
    "doctor_torch_not_xpu_cuda": QT_TRANSLATE_NOOP(
        "Messages",
        "torch {version} is an NVIDIA CUDA build, so it cannot use the Intel GPU (a later pip install "
        "probably replaced the XPU build)."),
    "doctor_torch_not_xpu_rocm": QT_TRANSLATE_NOOP(
        "Messages",
        "torch {version} is an AMD ROCm build, so it cannot use the Intel GPU (a later pip install probably "
        "replaced the XPU build)."),
    "doctor_torch_not_xpu_cpu": QT_TRANSLATE_NOOP(
        "Messages",
        "torch {version} is a CPU-only build, so it cannot use the Intel GPU (a later pip install probably "
        "replaced the XPU build)."),
    "doctor_torch_not_xpu_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Reinstall the XPU build, e.g. {command}, or rerun {install}."),
    "doctor_oneapi_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The oneAPI runtime package {package} ({required}) that {owner} {version} needs is not installed."),
    "doctor_install_it": QT_TRANSLATE_NOOP("Messages", "Install it: {command}."),
    "doctor_dep_missing": QT_TRANSLATE_NOOP("Messages", "{package}, which {owner} needs, is not installed."),
    "doctor_versions_built_for": QT_TRANSLATE_NOOP(
        "Messages",
        "{owner} {version} is built for {required}, but {package} {installed} is installed."),
    "doctor_versions_built_for_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Install the {owner} built for the installed {package} (from the same index), or the {package} it "
        "was built for; {command} sets up a matching set."),
    "doctor_oneapi_wrong": QT_TRANSLATE_NOOP(
        "Messages",
        "{owner} {version} needs {required}, but {installed} is installed."),
    "doctor_oneapi_wrong_fix": QT_TRANSLATE_NOOP("Messages", "Install the matching runtime: {command}."),
    "doctor_dep_wrong": QT_TRANSLATE_NOOP("Messages", "{owner} needs {required}, but {installed} is installed."),
    "doctor_run_command": QT_TRANSLATE_NOOP("Messages", "Run: {command}."),
    "doctor_pairing_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "{package} {installed} does not belong with torch {torch}; the build {build} pairs it with "
        "{package} {expected}."),
    "doctor_pairing_mismatch_fix": QT_TRANSLATE_NOOP("Messages", "{command} from the same index as torch."),
    "doctor_pairing_oneapi_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The oneAPI runtime package {package} {expected} for build {build} is not installed."),
    "doctor_pairing_oneapi_wrong": QT_TRANSLATE_NOOP(
        "Messages",
        "{package} {installed} is installed, but build {build} needs {expected}."),
    "doctor_ipex_cpu": QT_TRANSLATE_NOOP(
        "Messages",
        "intel-extension-for-pytorch {version} is the CPU build; it does nothing for the GPU."),
    "doctor_ipex_cpu_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Install the +xpu build from Intel's index, or uninstall IPEX and use torch's own XPU support."),
    "doctor_ipex_torch_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "intel-extension-for-pytorch {version} is built for torch {torch}, but torch {installed} is "
        "installed; IPEX will refuse to load."),
    "doctor_ipex_torch_mismatch_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Install the torch that IPEX {version} pairs with, or uninstall IPEX."),
    "doctor_ipex_archived": QT_TRANSLATE_NOOP(
        "Messages",
        "Intel has archived intel-extension-for-pytorch: no new releases or security fixes after 2.8."),
    "doctor_ipex_archived_fix": QT_TRANSLATE_NOOP(
        "Messages",
        "Plan a move to upstream PyTorch XPU wheels ({command})."),
})

TEMPLATES.update({
    # Why the in-venv torch.xpu check gave no answer (xpu_check.py): the {error} of doctor_xpu_import_failed
    "xpu_check_timed_out": QT_TRANSLATE_NOOP("Messages", "timed out before answering"),
    "xpu_check_ended": QT_TRANSLATE_NOOP("Messages", "the Python process ended with code {exit_code} before answering"),
})
