"""The hardware check's notes and warnings (app/probe): per GPU, per driver, per machine.

Notes of the device database (resources/gpu_devices.json, written from app/probe/families.py
by installer/gen_device_db.py) are these parameterless "device_" templates, found again by
their English text when the database is read (app/probe/devices.py)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # What a platform means (app/probe/families.py), as the device database repeats it
    "device_dg2": QT_TRANSLATE_NOOP("Messages", "Arc A-series is validated by IPEX (since 2.1.10) and PyTorch XPU."),
    "device_ats_m": QT_TRANSLATE_NOOP(
        "Messages",
        "Data Center GPU Flex: IPEX supports it up to 2.6.10 (deprecated after); not in PyTorch XPU's validated "
        "list."),
    "device_pvc": QT_TRANSLATE_NOOP("Messages", "Data Center GPU Max is validated on Linux only."),
    "device_pvc_sdv": QT_TRANSLATE_NOOP("Messages", "Pre-production Ponte Vecchio; support is not established."),
    "device_mtl_u": QT_TRANSLATE_NOOP(
        "Messages",
        "Meteor Lake-U is not in the validated lists; Linux PyTorch 2.7+ wheels carry no AOT code for IP 12.70 "
        "(JIT on first use)."),
    "device_mtl_h": QT_TRANSLATE_NOOP(
        "Messages", "Core Ultra Series 1 (Meteor Lake-H) is validated by IPEX and PyTorch XPU."),
    "device_arl_us": QT_TRANSLATE_NOOP(
        "Messages",
        "Arrow Lake-U/S has the Meteor Lake-U GPU IP (12.70.4) but the runtime product 'arl', so its AOT name is "
        "arl-u/arl-s (alias of mtl-u), not arl-h; it is not in the validated lists."),
    "device_arl_h": QT_TRANSLATE_NOOP(
        "Messages", "Core Ultra 200H (Arrow Lake-H) is validated (IPEX 2.6.10 on Windows as beta, 2.7+)."),
    "device_lnl": QT_TRANSLATE_NOOP("Messages", "Core Ultra 200V (Lunar Lake) is validated (IPEX from 2.5.10)."),
    "device_bmg": QT_TRANSLATE_NOOP(
        "Messages", "Arc B-series is validated by PyTorch XPU; IPEX from 2.5.10 (Windows prototype) and 2.7+."),
    "device_ptl": QT_TRANSLATE_NOOP(
        "Messages", "PyTorch XPU validates Panther Lake on Windows 11 and Ubuntu 25.10+."),
    "device_post_ipex": QT_TRANSLATE_NOOP(
        "Messages",
        "IPEX development ended with 2.8.10, before this GPU; use upstream PyTorch XPU (IPEX support is "
        "unknown)."),
    "device_wcl": QT_TRANSLATE_NOOP(
        "Messages",
        "Wildcat Lake is newer than the validated lists; a ptl-h binary is expected to load on it (recent "
        "drivers)."),
    "device_nvl": QT_TRANSLATE_NOOP("Messages", "Nova Lake is a future part; support is not established."),
    "device_cri": QT_TRANSLATE_NOOP(
        "Messages", "Crescent Island is a future data-centre part; support is not established."),
    "device_xe_lp": QT_TRANSLATE_NOOP(
        "Messages",
        "Xe-LP graphics (Iris Xe / UHD / DG1) is in no IPEX or PyTorch XPU validated list and in no default AOT "
        "list; whether it runs at all through JIT is not established (SD.Next reports that IPEX does not "
        "support it), so use the CPU build of PyTorch (or DirectML/OpenVINO) instead."),
    "device_no_driver": QT_TRANSLATE_NOOP(
        "Messages", "No driver supports this id (it is listed only in pci.ids)."),
    "device_aot_assumed": QT_TRANSLATE_NOOP(
        "Messages", "The AOT name is assumed: compute-runtime does not list this id."),
    "device_reference_note": QT_TRANSLATE_NOOP("Messages", "Reference note: {note}"),
    # Made while probing (app/probe/devices.py)
    "device_unknown_id": QT_TRANSLATE_NOOP(
        "Messages",
        "This Intel device id ({device}) is not in the installer's database; please report it (with the "
        "output of '{command}') so it can be added."),
    "device_guessed_family": QT_TRANSLATE_NOOP(
        "Messages", "Guessed family from the id prefix: {platform} (JIT expected)."),
    "device_not_intel": QT_TRANSLATE_NOOP("Messages", "Not an Intel GPU: IPEX and PyTorch XPU do not use it."),
    "device_preproduction": QT_TRANSLATE_NOOP(
        "Messages",
        "PCI revision {revision} is stepping {stepping} (IP {ip}), a pre-production part; retail parts report "
        "IP {retail_ip}."),
    "device_gma500": QT_TRANSLATE_NOOP(
        "Messages", "Bound to gma500: this is Atom D2xxx/N2xxx graphics, not a Ponte Vecchio."),
    # Windows (app/probe/windows.py)
    "win_driver_date": QT_TRANSLATE_NOOP("Messages", "Driver date {date}."),
    "win_not_pci": QT_TRANSLATE_NOOP("Messages", "Not a PCI GPU ({bus}); not usable for compute."),
    "win_status_note": QT_TRANSLATE_NOOP("Messages", "Windows reports the device status '{status}'."),
    "win_status_warning": QT_TRANSLATE_NOOP(
        "Messages",
        "Windows reports the Intel GPU {gpu} as '{status}': open Device Manager to see its problem, and "
        "reinstall the Intel driver."),
    "win_basic_display_note": QT_TRANSLATE_NOOP(
        "Messages", "No Intel driver is installed: Windows uses its basic display driver."),
    "win_basic_display": QT_TRANSLATE_NOOP(
        "Messages",
        "The Intel GPU {device} has no Intel driver (Windows' basic display driver runs it); install the latest "
        "Intel Arc & Iris Xe Graphics driver from intel.com (or with Intel Driver & Support Assistant)."),
    "win_version_unread": QT_TRANSLATE_NOOP("Messages", "Driver version '{version}' could not be read."),
    "win_version_format": QT_TRANSLATE_NOOP(
        "Messages",
        "Intel driver versions read AA.BB.CCC.DDDD: AA is the Windows driver model level (31 = WDDM 3.1, "
        "32 = WDDM 3.2) and only the last two fields are the build (101.6078), so builds are compared on "
        "those."),
    "win_driver_below_minimum": QT_TRANSLATE_NOOP(
        "Messages",
        "The Intel driver {version} (build {build}) of {gpu} is older than the minimum ipex-llm requires, "
        "31.0.101.5122 (build 101.5122); install the latest Intel Arc & Iris Xe Graphics driver from intel.com "
        "(or with Intel Driver & Support Assistant)."),
    "win_driver_below_recommended": QT_TRANSLATE_NOOP(
        "Messages",
        "The Intel driver {version} (build {build}) of {gpu} is older than the recommended 32.0.101.6078 "
        "(build 101.6078); install the latest Intel Arc & Iris Xe Graphics driver from intel.com (or with "
        "Intel Driver & Support Assistant)."),
    # The machine (app/probe/probe.py)
    "probe_platform_unsupported": QT_TRANSLATE_NOOP(
        "Messages",
        "This platform ({platform}) has no Intel GPU compute support; only Linux and Windows are probed."),
    "probe_no_python": QT_TRANSLATE_NOOP(
        "Messages", "No Python interpreter was found; the installer can download one for the venv."),
}
TEMPLATES.update({
    "probe_not_supported": QT_TRANSLATE_NOOP(
        "Messages",
        "No supported Intel GPU was found: the best one, {gpu}, is {level} for IPEX and PyTorch XPU."),
    "level_validated": QT_TRANSLATE_NOOP("Messages", "validated"),
    "level_jit-only": QT_TRANSLATE_NOOP("Messages", "usable only with compilation on first use (JIT)"),
    "level_unknown": QT_TRANSLATE_NOOP("Messages", "of unknown support"),
    "level_unsupported": QT_TRANSLATE_NOOP("Messages", "unsupported"),
    "probe_no_adapter": QT_TRANSLATE_NOOP("Messages", "No display adapter was found."),
    "probe_no_intel": QT_TRANSLATE_NOOP("Messages", "No Intel GPU was found; IPEX and PyTorch XPU need one."),
    "primary_only": QT_TRANSLATE_NOOP("Messages", "Primary: the only Intel GPU."),
    "primary_over": QT_TRANSLATE_NOOP(
        "Messages",
        "Primary: chosen over {count} other Intel GPUs by support level first, then by type ({why}), then by "
        "XMX and newer IP."),
    "primary_why_dgpu": QT_TRANSLATE_NOOP("Messages", "discrete GPUs, with their own memory, come first"),
    "primary_why_datacenter": QT_TRANSLATE_NOOP("Messages", "data-centre GPUs come after discrete ones"),
    "primary_why_igpu": QT_TRANSLATE_NOOP(
        "Messages", "integrated GPUs come after discrete and data-centre ones"),
    "primary_why_other": QT_TRANSLATE_NOOP("Messages", "this one is not a known GPU type"),
})
TEMPLATES.update({
    # Linux (app/probe/linux.py, probe.py)
    "linux_no_runtime": QT_TRANSLATE_NOOP(
        "Messages",
        "No Intel compute runtime was found (packages intel-opencl-icd / libze-intel-gpu1): PyTorch XPU needs it to "
        "see the GPU; install your distribution's Intel GPU compute packages or Intel's client GPU driver."),
    "linux_runtime_version": QT_TRANSLATE_NOOP("Messages", "Compute runtime {version} (from {source})."),
    "linux_runtime_unknown_version": QT_TRANSLATE_NOOP(
        "Messages", "Compute runtime installed (seen as {source}); its version is unknown."),
    "linux_sriov_vf": QT_TRANSLATE_NOOP("Messages", "SR-IOV virtual function of {parent}."),
    "linux_no_driver_warning": QT_TRANSLATE_NOOP(
        "Messages",
        "No kernel driver is bound to the Intel GPU {gpu}: the running kernel ({kernel}) may be too old for it, or "
        "it needs {driver}.force_probe; check 'sudo dmesg | grep -i -e i915 -e xe'."),
    "linux_no_driver_warning_plain": QT_TRANSLATE_NOOP(
        "Messages",
        "No kernel driver is bound to the Intel GPU {gpu}: the kernel may be too old for it, or it needs "
        "{driver}.force_probe; check 'sudo dmesg | grep -i -e i915 -e xe'."),
    "linux_no_driver_note": QT_TRANSLATE_NOOP(
        "Messages", "No kernel driver bound: the GPU cannot be used until one is."),
    "linux_other_driver_note": QT_TRANSLATE_NOOP("Messages", "Bound to '{driver}', not to i915 or xe."),
    "linux_vfio_note": QT_TRANSLATE_NOOP(
        "Messages", "Bound to '{driver}', not to i915 or xe (passed through to a virtual machine)."),
    "linux_other_driver_warning": QT_TRANSLATE_NOOP(
        "Messages",
        "The Intel GPU {gpu} is bound to '{driver}' instead of i915 or xe, so compute cannot use it here."),
    "linux_xe_force_probe": QT_TRANSLATE_NOOP(
        "Messages",
        "Runs on the xe driver, which supports this GPU only with force_probe (experimental); i915 is its default "
        "driver."),
    "linux_no_render_note": QT_TRANSLATE_NOOP("Messages", "The driver created no render node (/dev/dri/renderD*)."),
    "linux_no_render_warning": QT_TRANSLATE_NOOP(
        "Messages", "The Intel GPU {gpu} has no render node, so compute cannot reach it."),
    "linux_node_missing_note": QT_TRANSLATE_NOOP("Messages", "{node} does not exist."),
    "linux_node_missing_warning": QT_TRANSLATE_NOOP(
        "Messages", "{node} (the render node of {gpu}) is missing: in a container, pass --device /dev/dri."),
    "linux_node_denied_note": QT_TRANSLATE_NOOP(
        "Messages", "{node} is not readable and writable by you (group '{group}')."),
    "linux_node_denied_warning": QT_TRANSLATE_NOOP(
        "Messages",
        "You cannot open {node}, the render node of {gpu}: add yourself to its group with 'sudo gpasswd -a $USER "
        "{group}', then log out and back in."),
    "linux_wsl": QT_TRANSLATE_NOOP(
        "Messages",
        "This is WSL2: GPUs do not appear in Linux's PCI list here; the GPU is used through the Windows driver "
        "(/dev/dxg). Run the installer on Windows to probe it, or use sycl-ls inside WSL."),
})
