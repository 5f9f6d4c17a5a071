"""Linux probe: sysfs display functions -> Gpus, plus the checks a user can act on (no driver
bound, render node missing or not accessible, no compute runtime)."""

from __future__ import annotations

import os
from pathlib import Path

from app.messages import msg
from app.probe import devices
from app.probe.linux_runtime import RuntimeInfo, find_compute_runtime
from app.probe.model import Driver, Gpu
from app.probe.sysfs import PciFunction, display_functions

GPU_DRIVERS = ("i915", "xe")
# The xe driver binds these by default; the others default to i915 (gpu_probe.md §2.1).
XE_DEFAULT_PRODUCTS = ("lnl", "bmg", "ptl")


def probe_linux(
    sysfs_root: Path,
    dev_root: Path | None,
    runtime_root: Path | None,
    kernel: str | None = None,
) -> tuple[list[Gpu], list[str]]:
    """Gpus in slot order and machine-level warnings.

    dev_root: where dri/renderD* live (/dev), or None to skip the access check (a replay
    without a recorded /dev). runtime_root: the filesystem root to look for the compute
    runtime in, or None (a replay of someone else's machine). kernel: `uname -r`, for
    messages only.
    """
    warnings: list[str] = []
    functions = display_functions(sysfs_root)
    has_intel = any(fn.vendor == devices.INTEL for fn in functions)
    runtime = find_compute_runtime(runtime_root) if runtime_root and has_intel else None
    gpus = [_gpu(fn, runtime, dev_root, kernel, warnings) for fn in functions]
    if runtime_root is not None and runtime is None and any(
        g.is_intel and g.supported for g in gpus
    ):
        warnings.append(msg("linux_no_runtime"))
    return gpus, warnings


def _gpu(
    fn: PciFunction, runtime: RuntimeInfo | None, dev_root: Path | None, kernel: str | None,
    warnings: list[str],
) -> Gpu:
    intel = fn.vendor == devices.INTEL
    driver = Driver(name=fn.driver, status="ok" if fn.driver else "unbound")
    if intel and runtime is not None and fn.driver in GPU_DRIVERS:
        driver.version = runtime.version
        driver.notes.append(
            msg("linux_runtime_version", version=runtime.version, source=runtime.source) if runtime.version
            else msg("linux_runtime_unknown_version", source=runtime.source)
        )
    gpu = devices.make_gpu(f"{fn.vendor}:{fn.device}", fn.revision, driver, pci_slot=fn.slot)
    if not intel:
        return gpu
    label = f"{gpu.name} at {fn.slot}"
    if fn.physical_function:
        # SR-IOV virtual functions are slices of the GPU at physical_function, meant for VMs.
        gpu.notes.append(msg("linux_sriov_vf", parent=fn.physical_function))
        gpu.supported = False
        return gpu
    if fn.driver is None:
        wanted = "xe" if gpu.product in XE_DEFAULT_PRODUCTS else "i915"
        warnings.append(msg("linux_no_driver_warning", gpu=label, kernel=kernel, driver=wanted) if kernel
                        else msg("linux_no_driver_warning_plain", gpu=label, driver=wanted))
        gpu.notes.append(msg("linux_no_driver_note"))
        return gpu
    if fn.driver not in GPU_DRIVERS:
        driver.status = "unbound"
        gpu.notes.append(msg("linux_vfio_note" if fn.driver.startswith("vfio") else "linux_other_driver_note",
                             driver=fn.driver))
        warnings.append(msg("linux_other_driver_warning", gpu=label, driver=fn.driver))
        return gpu
    if fn.driver == "xe" and gpu.product and gpu.product not in XE_DEFAULT_PRODUCTS:
        gpu.notes.append(msg("linux_xe_force_probe"))
    _check_render_nodes(gpu, fn, dev_root, warnings, label)
    return gpu


def _check_render_nodes(gpu: Gpu, fn: PciFunction, dev_root: Path | None, warnings: list[str],
                        label: str) -> None:
    if not fn.render_nodes:
        gpu.notes.append(msg("linux_no_render_note"))
        warnings.append(msg("linux_no_render_warning", gpu=label))
        return
    if dev_root is None:
        return
    for devname in fn.render_nodes:
        node = dev_root / devname
        shown = f"/dev/{devname}"
        ok, group = node_access(node)
        if ok is None:
            gpu.notes.append(msg("linux_node_missing_note", node=shown))
            warnings.append(msg("linux_node_missing_warning", node=shown, gpu=label))
        elif not ok:
            gpu.notes.append(msg("linux_node_denied_note", node=shown, group=group or "?"))
            warnings.append(msg("linux_node_denied_warning", node=shown, gpu=label, group=group or "?"))


def node_access(
    node: Path, uid: int | None = None, gids: set[int] | None = None
) -> tuple[bool | None, str | None]:
    """(accessible, owning group name); accessible is None when the node does not exist.

    Without uid/gids this checks the current user, and also asks the kernel (os.access), which
    counts the ACLs that logind grants to the logged-in seat user.
    """
    try:
        st = os.stat(node)
    except OSError:
        return None, None
    group = _group_name(st.st_gid)
    current = uid is None
    if current:
        uid = os.geteuid() if hasattr(os, "geteuid") else 0
        gids = set(os.getgroups()) | {os.getegid()} if hasattr(os, "getgroups") else set()
    mode = st.st_mode
    ok = (
        uid == 0
        or (st.st_uid == uid and mode & 0o600 == 0o600)
        or (st.st_gid in (gids or set()) and mode & 0o060 == 0o060)
        or mode & 0o006 == 0o006
    )
    if not ok and current:
        ok = os.access(node, os.R_OK | os.W_OK)
    return ok, group


def _group_name(gid: int) -> str:
    try:
        import grp

        return grp.getgrgid(gid).gr_name
    except (ImportError, KeyError):
        return str(gid)
