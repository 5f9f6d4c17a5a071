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
