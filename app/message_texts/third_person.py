"""Support mode's sentences about the other computer, in the third person: the support person
reads a user's bundle or probe file, so "your GPU" and "you allowed" would speak of the
reader's own machine. Advice says what to ask the user to do. The wizard's pages in support
mode show these (app/gui); app/report/third_person.py maps the core's second-person codes here."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # The Build page in support mode
    "support_build_subtitle": QT_TRANSLATE_NOOP(
        "Messages", "The PyTorch build for that computer's GPU, and whether it has native (AOT) code for it."),
    "support_build_native": QT_TRANSLATE_NOOP(
        "Messages",
        "Native code for their GPU is included (matched device: {device}). Programs there start without compiling."),
    "support_build_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "No native code for their GPU: kernels are compiled on first use. Expected first-run wait there: {wait}."),
    # The record page: what the GPU test's verdict on that computer means
    "support_verdict_aot": QT_TRANSLATE_NOOP(
        "Messages",
        "The GPU test on that computer ran code compiled for their GPU in advance: programs there start without "
        "a wait."),
    "support_verdict_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "The GPU test on that computer compiled the GPU code from an intermediate form when first used. It works, "
        "but the first run of each program there can take minutes; later runs reuse the cache if it is kept."),
    "support_verdict_mixed": QT_TRANSLATE_NOOP(
        "Messages",
        "In the GPU test on that computer part of the code was native and part was compiled on first use: the "
        "user can expect some first-run waits."),
    "support_verdict_cached": QT_TRANSLATE_NOOP(
        "Messages",
        "In the GPU test on that computer the kernels came from the persistent cache: they were compiled (JIT) on "
        "an earlier run, not in advance."),
    "support_verdict_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The runtime on that computer did not show whether native code or compilation was used: see the evidence "
        "below, and the test's log in the bundle's logs folder."),
    "support_verdict_no_device_windows": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch started on that computer but found no Intel GPU. Ask the user to check the Intel GPU driver (the "
        "Hardware page shows its state from this file), update it if needed, restart and run the test again."),
    "support_verdict_no_device_linux": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch started on that computer but found no Intel GPU. Ask the user to check the GPU driver and that "
        "their account may open /dev/dri/renderD* (the render group)."),
    "support_verdict_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The GPU test on that computer could not finish: the test's log in the bundle's logs folder shows where it "
        "stopped."),
    "support_fix_label": QT_TRANSLATE_NOOP("Messages", "Fix on that computer"),
    # The Hardware page in support mode
    "support_no_adapter": QT_TRANSLATE_NOOP(
        "Messages", "The file lists no display adapter. Ask the user to check that the GPU driver is installed."),
    "support_no_intel": QT_TRANSLATE_NOOP(
        "Messages", "The file lists no Intel GPU. This installer only helps with Intel GPUs."),
    "support_details_copied": QT_TRANSLATE_NOOP("Messages", "The hardware details of that computer were copied."),
    "support_driver_datacenter": QT_TRANSLATE_NOOP(
        "Messages",
        "Ask the user to install the latest Intel Data Center GPU driver for this GPU from intel.com, restart, then "
        "run the installer again."),
    "support_driver_update_windows": QT_TRANSLATE_NOOP(
        "Messages",
        "Ask the user to update it: download the Intel Arc & Iris Xe Graphics driver from intel.com (or run Intel "
        "Driver & Support Assistant), install it, restart, then run the installer again."),
    "support_driver_install_windows": QT_TRANSLATE_NOOP(
        "Messages",
        "Ask the user to install the Intel Arc & Iris Xe Graphics driver from intel.com (or run Intel Driver & "
        "Support Assistant), restart, then run the installer again."),
    "support_driver_old": QT_TRANSLATE_NOOP(
        "Messages", "Ask the user to install the latest Intel graphics driver from intel.com, then run the installer "
        "again."),
    "support_driver_unbound": QT_TRANSLATE_NOOP(
        "Messages",
        "No kernel driver is bound to this GPU. Ask the user to install the Intel GPU driver (on Linux, a kernel with "
        "the i915 or xe driver for it), restart, and run the installer again."),
    "support_driver_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The driver version could not be read; if PyTorch cannot see the GPU there, ask the user to update the "
        "driver."),
    # The core's sentences that address the user, about that computer (app/report/third_person.py)
    "support_reason_aot": QT_TRANSLATE_NOOP(
        "Messages", "Has native (AOT) code for their GPU, so kernels need no compiling on first use. {reason}"),
    "support_reason_aot_target": QT_TRANSLATE_NOOP(
        "Messages",
        "Has native (AOT) code for their GPU through AOT target '{target}', so kernels need no compiling on first "
        "use. {reason}"),
    "support_reason_aot_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "Expected to have native (AOT) code for their GPU, so kernels need no compiling on first use. {reason}"),
    "support_reason_aot_expected_target": QT_TRANSLATE_NOOP(
        "Messages",
        "Expected to have native (AOT) code for their GPU through AOT target '{target}', so kernels need no "
        "compiling on first use. {reason}"),
    "support_why_native": QT_TRANSLATE_NOOP(
        "Messages", "it has native code for their GPU and that one would compile kernels on first use"),
    "support_why_platform": QT_TRANSLATE_NOOP("Messages", "it was made for their GPU's platform"),
    "support_hint_aot_name_python": QT_TRANSLATE_NOOP(
        "Messages", "{title} has native code for their GPU, but the catalog does not list its Python versions."),
    "support_hint_other_python_aot": QT_TRANSLATE_NOOP(
        "Messages",
        "Another Python would work there: {title} has native code for their GPU and has wheels for Python "
        "{pythons}."),
    "support_hint_other_python_fits": QT_TRANSLATE_NOOP(
        "Messages", "Another Python would work there: {title} fits their GPU and has wheels for Python {pythons}."),
    "support_hint_other_channel": QT_TRANSLATE_NOOP(
        "Messages", "{title} has native code for their GPU: choose its channel under Advanced to see it."),
    "support_doctor_render_no_access_fix": QT_TRANSLATE_NOOP(
        "Messages", "Ask the user to add their account to the group and log in again: {command}"),
    "support_doctor_oneapi_installed_fix": QT_TRANSLATE_NOOP(
        "Messages", "Ask the user not to run setvars.bat in the shell they start this venv from."),
    "support_doctor_cache_not_writable_fix": QT_TRANSLATE_NOOP(
        "Messages", "Ask the user to set SYCL_CACHE_DIR to a folder their account owns."),
    "support_linux_no_runtime": QT_TRANSLATE_NOOP(
        "Messages",
        "No Intel compute runtime was found (packages intel-opencl-icd / libze-intel-gpu1): PyTorch XPU needs it to "
        "see the GPU; ask the user to install their distribution's Intel GPU compute packages or Intel's client GPU "
        "driver."),
    "support_linux_node_denied_note": QT_TRANSLATE_NOOP(
        "Messages", "{node} is not readable and writable by the account that ran the check (group '{group}')."),
    "support_linux_node_denied_warning": QT_TRANSLATE_NOOP(
        "Messages",
        "The account that ran the check cannot open {node}, the render node of {gpu}: ask the user to add it to its "
        "group with 'sudo gpasswd -a $USER {group}', then log out and back in."),
    "support_plain_http": QT_TRANSLATE_NOOP(
        "Messages",
        "Downloads from {host} used plain http:// as the user allowed: anyone on the network can read and change "
        "them."),
    "support_url_plain_http": QT_TRANSLATE_NOOP(
        "Messages",
        "The field '{field}' must be https://: it uses plain http:// to {host}, which anyone on the network can read "
        "and change; plain HTTP should be allowed explicitly only on a trusted network."),
    "support_certificate_untrusted": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate of {host} is not trusted by that computer; if the user's network inspects HTTPS (a company "
        "proxy), ask the user to add its root certificate to the system's certificate store and retry."),
    "support_seed_cancelled": QT_TRANSLATE_NOOP("Messages", "the user cancelled while it ran"),
}
