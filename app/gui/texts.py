"""Codes from the core, turned into words the user reads, in the current language.

The core hands the GUI codes (segment "dgpu", verdict "cached", ...). Each function here maps
one kind of code to a translated phrase; unknown codes are shown as they are, so a new code
from a newer core is visible rather than hidden. The context "Texts" is what lupdate sees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import fill


def segment(code: str) -> str:
    return {
        "dgpu": QCoreApplication.translate("Texts", "Discrete graphics card"),
        "igpu": QCoreApplication.translate("Texts", "Integrated graphics"),
        "datacenter": QCoreApplication.translate("Texts", "Data centre GPU"),
        "other": QCoreApplication.translate("Texts", "Other display adapter"),
    }.get(code, code)


def probe_source(code: str) -> str:
    """Where a probe came from (Probe.source)."""
    return {
        "live": QCoreApplication.translate("Texts", "this computer"),
        "file": QCoreApplication.translate("Texts", "a probe file"),
        "windows-snapshot": QCoreApplication.translate("Texts", "a Windows adapter list (gpus.json)"),
        "sysfs-root": QCoreApplication.translate("Texts", "a copy of a Linux /sys folder"),
        "bundle": QCoreApplication.translate("Texts", "a support bundle"),
    }.get(code, code)


def driver_status(code: str) -> str:
    return {
        "ok": QCoreApplication.translate("Texts", "Driver OK"),
        "old": QCoreApplication.translate("Texts", "Driver too old"),
        "unbound": QCoreApplication.translate("Texts", "No driver in use"),
        "unknown": QCoreApplication.translate("Texts", "Driver status unknown"),
    }.get(code, code)


def driver_fix(code: str) -> str:
    """What to do about a driver status; empty when nothing is needed."""
    return {
        "old": QCoreApplication.translate(
            "Texts", "Install the latest Intel graphics driver from intel.com, then run this installer again."
        ),
        "unbound": QCoreApplication.translate(
            "Texts",
            "No kernel driver is bound to this GPU. Install the Intel GPU driver (on Linux, a kernel "
            "with the i915 or xe driver for it), restart, and run this installer again.",
        ),
        "unknown": QCoreApplication.translate(
            "Texts", "The driver version could not be read; if PyTorch cannot see the GPU later, update the driver."
        ),
    }.get(code, "")


def support_level(code: str) -> str:
    return {
        "validated": QCoreApplication.translate("Texts", "Supported by Intel's PyTorch builds"),
        "jit-only": QCoreApplication.translate("Texts", "Works, but only with compilation on first use (JIT)"),
        "unsupported": QCoreApplication.translate("Texts", "Not supported by PyTorch XPU builds"),
        "unknown": QCoreApplication.translate("Texts", "Support not known"),
    }.get(code, code)


def channel(code: str) -> str:
    return {
        "ipex": QCoreApplication.translate("Texts", "IPEX (official or community)"),
        "ipex-official": QCoreApplication.translate("Texts", "IPEX, official Intel builds only"),
        "ipex-community": QCoreApplication.translate("Texts", "IPEX, community builds"),
        "torch-xpu": QCoreApplication.translate("Texts", "PyTorch XPU only (no IPEX)"),
    }.get(code, code)


def expect_badge(code: str) -> str:
    return {
        "aot": QCoreApplication.translate("Texts", "AOT: native code for your GPU"),
        "jit": QCoreApplication.translate("Texts", "JIT: compiled on first use"),
    }.get(code, code)


def certainty(code: str) -> str:
    return {
        "documented": QCoreApplication.translate("Texts", "documented by the publisher"),
        "inferred": QCoreApplication.translate(
            "Texts", "inferred, not documented; the test after installing will tell"
        ),
        "unknown": QCoreApplication.translate("Texts", "not known for sure; the test after installing will tell"),
    }.get(code, code)


def mirror(code: str) -> str:
    return {
        "auto": QCoreApplication.translate("Texts", "Automatic"),
        "us": QCoreApplication.translate("Texts", "International"),
        "cn": QCoreApplication.translate("Texts", "China"),
    }.get(code, code)


def verdict_title(code: str) -> str:
    return {
        "aot": QCoreApplication.translate("Texts", "AOT: native code was used"),
        "jit": QCoreApplication.translate("Texts", "JIT: kernels were compiled on first use"),
        "mixed": QCoreApplication.translate("Texts", "Mixed: some native code, some compiled on first use"),
        "cached": QCoreApplication.translate("Texts", "Cached: kernels came from an earlier compilation (JIT)"),
        "unknown": QCoreApplication.translate("Texts", "Unknown: the runtime gave no clear evidence"),
        "no_device": QCoreApplication.translate("Texts", "No GPU: PyTorch could not see an Intel GPU"),
        "failed": QCoreApplication.translate("Texts", "The test failed"),
    }.get(code, code)


def verdict_explanation(code: str, os_name: str | None = None) -> str:
    """What a verdict means; `os_name` is the tested computer's OS where known (Windows has no
    /dev/dri to check)."""
    if code == "no_device" and os_name == "windows":
        return QCoreApplication.translate(
            "Texts", "PyTorch started but found no Intel GPU. Check the Intel GPU driver on the Hardware page.")
    return {
        "aot": QCoreApplication.translate(
            "Texts", "Your GPU ran code that was compiled for it in advance, so programs start without a wait."
        ),
        "jit": QCoreApplication.translate(
            "Texts",
            "The GPU code was compiled from an intermediate form when first used. It works, but the first "
            "run of each program can take minutes; later runs reuse the cache if it is kept.",
        ),
        "mixed": QCoreApplication.translate(
            "Texts", "Part of the code was native and part was compiled on first use; expect some first-run waits."
        ),
        "cached": QCoreApplication.translate(
            "Texts",
            "The kernels came from the persistent cache: they were compiled (JIT) on an earlier run, not in advance.",
        ),
        "unknown": QCoreApplication.translate(
            "Texts",
            "The runtime did not show whether native code or compilation was used. See the evidence and the advice.",
        ),
        "no_device": QCoreApplication.translate(
            "Texts", "PyTorch started but found no Intel GPU. Check the driver and, on Linux, access to /dev/dri."
        ),
        "failed": QCoreApplication.translate("Texts", "The test could not finish. See the advice below."),
    }.get(code, "")


def step_name(code: str) -> str:
    """Install steps. "install:<plan step id>" names what the plan installs (torch, ipex, ...)."""
    if code.startswith("install:"):
        return fill(QCoreApplication.translate("Texts", "Install {package}"), {"package": code.split(":", 1)[1]})
    return {
        "snapshot": QCoreApplication.translate("Texts", "Back up the existing environment"),
        "python": QCoreApplication.translate("Texts", "Find or download Python"),
        "venv": QCoreApplication.translate("Texts", "Create the virtual environment"),
        "download": QCoreApplication.translate("Texts", "Download packages"),
        "install": QCoreApplication.translate("Texts", "Install packages"),
        "verify": QCoreApplication.translate("Texts", "Check installed versions"),
        "commit": QCoreApplication.translate("Texts", "Put the environment in place"),
        "rollback": QCoreApplication.translate("Texts", "Undo changes"),
    }.get(code, code)


def smoke_step(code: str) -> str:
    """Steps of the smoke test's workload (app/smoke/workload.py)."""
    return {
        "environment": QCoreApplication.translate("Texts", "Start Python in the environment"),
        "torch_import": QCoreApplication.translate("Texts", "Load PyTorch"),
        "ipex_import": QCoreApplication.translate("Texts", "Load Intel Extension for PyTorch"),
        "xpu_device": QCoreApplication.translate("Texts", "Find the GPU"),
        "torch_elementwise": QCoreApplication.translate("Texts", "PyTorch kernel: element-wise"),
        "torch_reduction": QCoreApplication.translate("Texts", "PyTorch kernel: sum"),
        "torch_matmul": QCoreApplication.translate("Texts", "PyTorch kernel: matrix multiply"),
        "sycl_import": QCoreApplication.translate("Texts", "Load the SYCL test (dpctl, dpnp)"),
        "sycl_setup": QCoreApplication.translate("Texts", "Open the SYCL device"),
        "sycl_elementwise": QCoreApplication.translate("Texts", "SYCL kernel: element-wise"),
        "sycl_reduction": QCoreApplication.translate("Texts", "SYCL kernel: sum"),
    }.get(code, code)


def step_time(first: float | None, second: float | None, whole: float | None) -> str:
    """A kernel step: its first call (which includes any compiling) and its second call."""
    if first is not None and second is not None:
        return fill(QCoreApplication.translate("Texts", "first call {first}, second call {second}"),
                    {"first": seconds(first), "second": seconds(second)})
    value = whole if whole is not None else first if first is not None else second
    return seconds(value) if value is not None else "?"  # only the second call timed: say that one


def labelled(label: str, value: str) -> str:
    """"label: value" with the colon of the language (Chinese uses a full-width one)."""
    return fill(QCoreApplication.translate("Texts", "{label}: {value}"), {"label": label, "value": value})


def seconds(value: float) -> str:
    """Short timings in seconds with milliseconds, as measured."""
    return fill(QCoreApplication.translate("Texts", "{seconds} s"), {"seconds": f"{value:.3f}"})


def venv_state(code: str) -> str:
    return {
        "empty": QCoreApplication.translate("Texts", "Choose a folder for the environment."),
        "new": QCoreApplication.translate("Texts", "A new environment will be created here."),
        "existing": QCoreApplication.translate(
            "Texts", "This is an existing environment: it will be updated, and restored if anything fails."
        ),
        "not_a_venv": QCoreApplication.translate(
            "Texts", "This folder has files but is not a Python environment. Choose an empty or new folder."
        ),
        "file": QCoreApplication.translate("Texts", "This is a file, not a folder."),
    }.get(code, code)


def size(num_bytes: float | None) -> str:
    if num_bytes is None:
        return "?"
    value = float(num_bytes)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{value:.0f} {unit}" if unit in ("B", "KB") else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = round(seconds)
    if seconds < 60:
        return fill(QCoreApplication.translate("Texts", "{seconds} s"), {"seconds": seconds})
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return fill(QCoreApplication.translate("Texts", "{minutes} min {seconds} s"),
                    {"minutes": minutes, "seconds": sec})
    hours, minutes = divmod(minutes, 60)
    return fill(QCoreApplication.translate("Texts", "{hours} h {minutes} min"), {"hours": hours, "minutes": minutes})
