"""The Linux probe on sysfs trees built like the kernel builds them (see probe_sysfs_tree)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from probe_sysfs_tree import SysfsTree

from app.errors import BadInput
from app.probe.linux import node_access, probe_linux
from app.probe.probe import probe_machine
from app.probe.sysfs import display_functions

A770_PATH = ("0000:00:01.0", "0000:01:00.0", "0000:02:01.0")  # root port, switch up, switch down


def _arc_a770(tree: SysfsTree, driver="i915", minor=129, **kw):
    tree.root_port("0000:00:01.0")
    tree.add("0000:01:00.0", 0x8086, 0x4FA0, 0x060400, driver="pcieport", parents=A770_PATH[:1])
    tree.add("0000:02:01.0", 0x8086, 0x4FA4, 0x060400, driver="pcieport", parents=A770_PATH[:2])
    tree.add("0000:03:00.0", 0x8086, 0x56A0, 0x030000, revision=0x08, driver=driver,
             parents=A770_PATH, render_minor=minor if driver else None, **kw)
    # The card's HDMI audio function: same card, class 0x0403, never a GPU.
    tree.add("0000:04:00.0", 0x8086, 0x4F90, 0x040300, driver="snd_hda_intel",
             parents=("0000:00:01.0", "0000:01:00.0", "0000:02:04.0"))


@pytest.fixture
def tree(tmp_path) -> SysfsTree:
    return SysfsTree(tmp_path)


def _probe(tree: SysfsTree):
    return probe_machine(sysfs_root=tree.sys)


def test_desktop_with_uhd_770_and_arc_a770(tree):
    tree.host_bridge()
    tree.add("0000:00:02.0", 0x8086, 0x4680, 0x030000, revision=0x0C, driver="i915",
             render_minor=128)
    _arc_a770(tree)
    probe = _probe(tree)
    assert [g.device_id for g in probe.gpus] == ["0x4680", "0x56a0"]
    igpu, arc = probe.gpus
    assert probe.primary == 1  # the discrete Arc beats the integrated UHD
    assert arc.name == "Intel(R) Arc(TM) A770 Graphics"
    assert (arc.segment, arc.ip_version, arc.product, arc.has_xmx) == ("dgpu", "12.55.8", "dg2", True)
    assert arc.aot_targets == ["dg2-g10", "acm-g10", "dg2"]
    assert arc.driver.name == "i915" and arc.driver.status == "ok"
    assert arc.supported and arc.support_level == "validated"
    assert arc.pci_slot == "0000:03:00.0" and arc.revision == "0x08"
    assert arc.notes[0].startswith("Primary: chosen over 1 other Intel GPU")
    assert igpu.supported is False and igpu.support_level == "unsupported"
    assert igpu.segment == "igpu" and igpu.product == "adls"
    assert probe.source == "sysfs-root" and probe.os == "linux"
    assert probe.pythons == []  # a replay lists no local Pythons


def test_hybrid_laptop_with_nvidia(tree):
    tree.add("0000:00:02.0", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="i915",
             render_minor=128)
    tree.root_port("0000:00:06.0")
    tree.add("0000:01:00.0", 0x10DE, 0x28E0, 0x030000, revision=0xA1, driver="nvidia",
             parents=("0000:00:06.0",), render_minor=129)
    tree.add("0000:01:00.1", 0x10DE, 0x22BE, 0x040300, driver="snd_hda_intel",
             parents=("0000:00:06.0",))
    probe = _probe(tree)
    assert [(g.vendor_id, g.device_id) for g in probe.gpus] == [
        ("0x8086", "0x7d55"), ("0x10de", "0x28e0")]
    mtl, nvidia = probe.gpus
    assert probe.primary == 0
    assert nvidia.supported is False and nvidia.segment == "other"
    assert nvidia.driver.name == "nvidia" and "NVIDIA" in nvidia.name
    assert any("Not an Intel GPU" in n for n in nvidia.notes)
    assert (mtl.ip_version, mtl.product, mtl.aot_targets) == ("12.71.4", "mtl", ["mtl-h", "mtl-p"])
    assert mtl.notes[0] == "Primary: the only Intel GPU."


def test_laptop_arc_as_display_controller_class_0380(tree):
    # Hybrid laptops show the Arc dGPU as "Display controller" (class 0x0380), not VGA.
    tree.add("0000:00:02.0", 0x8086, 0x46A6, 0x030000, revision=0x0C, driver="i915",
             render_minor=128)
    tree.root_port("0000:00:01.0")
    tree.add("0000:03:00.0", 0x8086, 0x5691, 0x038000, revision=0x08, driver="i915",
             parents=("0000:00:01.0",), render_minor=129)
    probe = _probe(tree)
    assert [g.device_id for g in probe.gpus] == ["0x46a6", "0x5691"]
    assert probe.primary == 1
    assert probe.gpus[1].name == "Intel(R) Arc(TM) A730M Graphics"


def test_server_with_aspeed_bmc_and_two_max_gpus(tree):
    tree.root_port("0000:00:1c.0")
    tree.add("0000:02:00.0", 0x1A03, 0x2000, 0x030000, revision=0x41, driver="ast",
             parents=("0000:00:1c.0",))
    tree.add("0000:29:00.0", 0x8086, 0x0BD5, 0x038000, revision=0x2F, driver="i915",
             render_minor=128)
    tree.add("0000:9a:00.0", 0x8086, 0x0BD5, 0x038000, revision=0x2F, driver="i915",
             render_minor=129)
    probe = _probe(tree)
    assert [g.vendor_id for g in probe.gpus] == ["0x1a03", "0x8086", "0x8086"]
    bmc = probe.gpus[0]
    assert bmc.name == "ASPEED display adapter 0x2000" and bmc.supported is False
    assert probe.primary == 1  # first of the two equal Max cards; never the BMC chip
    assert probe.gpus[1].segment == "datacenter" and probe.gpus[1].product == "pvc"
    assert "Primary: chosen over 1 other Intel GPU" in probe.gpus[1].notes[0]


def test_battlemage_on_xe(tree):
    tree.root_port()
    tree.add("0000:03:00.0", 0x8086, 0xE20B, 0x030000, revision=0x00, driver="xe",
             parents=("0000:00:01.0",), render_minor=128)
    (gpu,) = _probe(tree).gpus
    assert gpu.driver.name == "xe" and gpu.driver.status == "ok"
    assert (gpu.product, gpu.ip_version, gpu.aot_targets) == ("bmg", "20.1.0", ["bmg-g21", "bmg"])
    assert not any("force_probe" in n for n in gpu.notes)  # xe is BMG's default driver


def test_arc_a770_on_xe_says_force_probe(tree):
    tree.root_port()
    _arc_a770_single = tree.add("0000:03:00.0", 0x8086, 0x56A0, 0x030000, revision=0x08,
                                driver="xe", parents=("0000:00:01.0",), render_minor=128)
    assert _arc_a770_single.is_dir()
    (gpu,) = _probe(tree).gpus
    assert any("force_probe" in n for n in gpu.notes)


def test_arrow_lake_s_desktop_is_arl_s_not_arl_h(tree):
    tree.add("0000:00:02.0", 0x8086, 0x7D67, 0x030000, revision=0x06, driver="i915",
             render_minor=128)
    (gpu,) = _probe(tree).gpus
    assert gpu.aot_targets == ["arl-s", "mtl-u"]
    assert "arl-h" not in gpu.aot_targets
    assert gpu.ip_version == "12.70.4"  # MTL-U's IP, although the product is Arrow Lake
    assert gpu.product == "arl"
    assert gpu.has_xmx is False
    assert gpu.support_level == "jit-only" and gpu.supported


def test_unbound_gpu_is_listed_with_a_warning(tree):
    tree.root_port()
    tree.add("0000:03:00.0", 0x8086, 0xE20B, 0x030000, revision=0x00, driver=None,
             parents=("0000:00:01.0",))
    probe = _probe(tree)
    (gpu,) = probe.gpus
    assert gpu.driver.name is None and gpu.driver.status == "unbound"
    assert any("No kernel driver is bound" in w and "0000:03:00.0" in w and "xe.force_probe" in w
               for w in probe.warnings)


def test_gpu_passed_through_to_a_vm(tree):
    tree.root_port()
    tree.add("0000:03:00.0", 0x8086, 0x56A0, 0x030000, revision=0x08, driver="vfio-pci",
             parents=("0000:00:01.0",))
    probe = _probe(tree)
    assert probe.gpus[0].driver.status == "unbound"
    assert any("vfio-pci" in w for w in probe.warnings)


def test_empty_machine(tree):
    tree.host_bridge()
    probe = _probe(tree)
    assert probe.gpus == [] and probe.primary is None
    assert probe.warnings == ["No display adapter was found."]


def test_unknown_intel_id_is_listed_not_crashing(tree):
    tree.root_port()
    tree.add("0000:03:00.0", 0x8086, 0xE2FF, 0x030000, driver="xe", parents=("0000:00:01.0",),
             render_minor=128)
    probe = _probe(tree)
    (gpu,) = probe.gpus
    assert gpu.supported is False and gpu.support_level == "unknown"
    assert "please report it" in gpu.notes[1]
    assert gpu.family.endswith("bmg") and gpu.segment == "dgpu"
    assert probe.primary == 0
    assert any("No supported Intel GPU" in w for w in probe.warnings)


def test_ambiguous_pvc_id_on_gma500_is_atom_graphics(tree):
    tree.add("0000:00:02.0", 0x8086, 0x0BE1, 0x030000, revision=0x09, driver="gma500",
             render_minor=128)
    (gpu,) = _probe(tree).gpus
    assert gpu.name == "Atom D2xxx/N2xxx graphics" and gpu.supported is False


def test_render_node_missing_in_dev(tree):
    tree.add("0000:00:02.0", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="i915",
             render_minor=128, make_node=False)
    tree.dev.mkdir(exist_ok=True)
    probe = _probe(tree)
    assert any("/dev/dri/renderD128" in w and "--device /dev/dri" in w for w in probe.warnings)


def test_no_render_node_created(tree):
    tree.add("0000:00:02.0", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="i915")
    probe = _probe(tree)
    assert any("has no render node" in w for w in probe.warnings)


@pytest.mark.skipif(os.name == "nt", reason="file modes and groups of a render node are POSIX-only")
def test_render_node_access_by_mode_and_group(tmp_path):
    node = tmp_path / "renderD128"
    node.write_bytes(b"")
    os.chmod(node, 0o660)
    gid = os.stat(node).st_gid
    # A user outside the node's group cannot open it; one inside can; root always can.
    assert node_access(node, uid=4242, gids={4242})[0] is False
    assert node_access(node, uid=4242, gids={gid})[0] is True
    assert node_access(node, uid=0, gids=set())[0] is True
    os.chmod(node, 0o666)
    assert node_access(node, uid=4242, gids={4242})[0] is True
    assert node_access(tmp_path / "absent", uid=4242, gids=set()) == (None, None)


def test_render_and_driver_found_by_resolving_links(tree):
    _arc_a770(tree)
    (fn,) = display_functions(tree.sys)
    assert fn.slot == "0000:03:00.0" and fn.driver == "i915"
    assert fn.render_nodes == ["dri/renderD129"]


def test_uevent_fallback_when_id_files_are_missing(tree):
    real = tree.add("0000:00:02.0", 0x8086, 0x7D51, 0x030000, revision=0x03, driver="i915")
    (real / "vendor").unlink()
    (real / "class").unlink()
    (real / "driver").unlink()
    (fn,) = display_functions(tree.sys)
    assert (fn.vendor, fn.device, fn.pci_class, fn.driver) == ("0x8086", "0x7d51", 0x030000, "i915")


def test_compute_runtime_read_from_dpkg_status(tree, tmp_path):
    tree.add("0000:00:02.0", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="i915",
             render_minor=128)
    root = tmp_path / "fsroot"
    status = root / "var" / "lib" / "dpkg" / "status"
    status.parent.mkdir(parents=True)
    data = Path(__file__).resolve().parent.parent / "data" / "probe" / "dpkg_status_intel_compute"
    status.write_bytes(data.read_bytes())
    gpus, warnings = probe_linux(tree.sys, None, root)
    assert gpus[0].driver.version == "22.43.24595.41"
    assert "intel-opencl-icd 22.43.24595.41-1" in gpus[0].driver.notes[0]
    assert not any("compute runtime" in w for w in warnings)


def test_compute_runtime_from_library_name_and_missing(tree, tmp_path):
    tree.add("0000:00:02.0", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="i915",
             render_minor=128)
    root = tmp_path / "fsroot"
    _gpus, warnings = probe_linux(tree.sys, None, root)
    assert any("No Intel compute runtime was found" in w for w in warnings)
    lib = root / "usr" / "lib" / "x86_64-linux-gnu"
    lib.mkdir(parents=True)
    icd = root / "etc" / "OpenCL" / "vendors" / "intel.icd"
    icd.parent.mkdir(parents=True)
    icd.write_text("libigdrcl.so\n")
    gpus, warnings = probe_linux(tree.sys, None, root)
    assert gpus[0].driver.version is None and "version is unknown" in gpus[0].driver.notes[0]
    assert not any("compute runtime" in w for w in warnings)
    (lib / "libze_intel_gpu.so.1.6.32224").write_bytes(b"")
    gpus, warnings = probe_linux(tree.sys, None, root)
    assert gpus[0].driver.version == "1.6.32224"
    assert not any("compute runtime" in w for w in warnings)


def test_bad_sysfs_roots_are_bad_input(tmp_path):
    with pytest.raises(BadInput, match="does not exist"):
        probe_machine(sysfs_root=tmp_path / "nope")
    with pytest.raises(BadInput, match="does not look like /sys"):
        probe_machine(sysfs_root=tmp_path)


def test_sriov_virtual_functions_are_listed_quietly(tree):
    pf = tree.add("0000:00:02.0", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="i915",
                  render_minor=128)
    vf = tree.add("0000:00:02.1", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="vfio-pci")
    (vf / "physfn").symlink_to(os.path.relpath(pf, vf))
    probe = _probe(tree)
    assert [g.pci_slot for g in probe.gpus] == ["0000:00:02.0", "0000:00:02.1"]
    assert probe.primary == 0
    assert probe.gpus[1].supported is False
    assert "SR-IOV virtual function of 0000:00:02.0." in probe.gpus[1].notes
    assert not any("vfio" in w for w in probe.warnings)
