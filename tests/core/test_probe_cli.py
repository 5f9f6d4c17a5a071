"""`python -m app probe` as a real process: the JSON contract, exit codes, lean start-up."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from probe_sysfs_tree import SysfsTree

SNAPSHOTS = Path(__file__).resolve().parent.parent / "data" / "probe" / "windows"
GPU_KEYS = {"vendor_id", "device_id", "name", "family", "segment", "ip_version", "aot_targets",
            "driver", "supported", "notes"}


def _display_functions_on_this_machine() -> int:
    count = 0
    for dev in Path("/sys/bus/pci/devices").glob("*"):
        try:
            if int((dev / "class").read_text(), 16) >> 16 == 0x03:
                count += 1
        except (OSError, ValueError):
            pass
    return count


@pytest.mark.skipif(not Path("/sys/bus/pci/devices").is_dir(), reason="needs Linux sysfs")
def test_plain_live_probe_says_when_pythons_were_not_looked_for(run_cli):
    skipped = run_cli("probe", "--no-pythons")
    assert skipped.returncode == 0, skipped.stderr
    assert "Pythons: not looked for (--no-pythons)" in skipped.stdout
    full = run_cli("probe")
    assert "Pythons:\n" in full.stdout and "not looked for" not in full.stdout


def test_live_probe_on_this_machine(run_cli):
    result = run_cli("probe", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["os"] == ("windows" if sys.platform == "win32" else "linux") and data["source"] == "live"
    if sys.platform.startswith("linux"):
        # Counted independently: every PCI function of base class 0x03 (none on the CI machines).
        assert len(data["gpus"]) == _display_functions_on_this_machine()
    if not data["gpus"]:
        assert data["primary"] is None
    # This interpreter is among the Pythons found, with its own version.
    import struct

    version = ".".join(map(str, sys.version_info[:3]))
    assert any(p["version"] == version and p["bits"] == struct.calcsize("P") * 8
               for p in data["pythons"])
    for p in data["pythons"]:
        assert set(p) >= {"path", "version", "bits", "source"}


def test_sysfs_replay_prints_the_contract(run_cli, tmp_path):
    tree = SysfsTree(tmp_path)
    tree.add("0000:00:02.0", 0x8086, 0x7D67, 0x030000, revision=0x06, driver="i915",
             render_minor=128)
    tree.add("0000:02:00.0", 0x1A03, 0x2000, 0x030000, revision=0x41, driver="ast")
    result = run_cli("probe", "--json", "--sysfs-root", tree.sys)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"os", "gpus", "primary", "pythons", "warnings"}
    assert data["os"] == "linux" and data["primary"] == 0 and data["pythons"] == []
    for gpu in data["gpus"]:
        assert set(gpu) >= GPU_KEYS
        assert set(gpu["driver"]) >= {"name", "version"}
    arl, bmc = data["gpus"]
    assert arl["aot_targets"][0] == "arl-s" and arl["product"] == "arl"
    assert arl["driver"]["name"] == "i915"
    assert bmc["vendor_id"] == "0x1a03" and bmc["supported"] is False


def test_plain_probe_prints_a_table(run_cli):
    result = run_cli("probe", "--windows-snapshot",
                     SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "GPUs (windows, windows-snapshot):" in out
    assert "8086:56a0" in out and "Intel(R) Arc(TM) A770 Graphics" in out
    assert "* primary GPU: #1" in out
    assert "older than the minimum" in out  # the UHD 770's driver warning
    assert not out.lstrip().startswith("{")


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--windows-snapshot", "does-not-exist.json"], "does not exist"),
        (["--sysfs-root", "no/such/dir"], "does not exist"),
    ],
)
def test_missing_inputs_exit_2_with_one_sentence(run_cli, args, needle):
    result = run_cli("probe", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in result.stderr


def test_malformed_snapshot_exits_2(run_cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe" + "Name : Intel(R) Arc(TM) A770".encode("utf-16-le"))
    result = run_cli("probe", "--json", "--windows-snapshot", bad)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "is not valid JSON" in line and "ConvertTo-Json" in line


def test_both_sources_at_once_is_bad_input(run_cli, tmp_path):
    result = run_cli("probe", "--sysfs-root", tmp_path, "--windows-snapshot", tmp_path / "x")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_probe_start_up_imports_no_qt_or_requests(tmp_path):
    import sys

    from app import proc

    # As on a user's machine: no IPEX_INSTALLER_*_DIR overrides, with the home directory and
    # XDG folders inside tmp_path.
    home = {name: str(tmp_path / name.lower()) for name in (
        "HOME", "USERPROFILE", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
        "XDG_CONFIG_HOME", "LOCALAPPDATA", "APPDATA")}
    env = proc.clean_env({**home, "PYTHONPROFILEIMPORTTIME": "1"}, drop=(
        "IPEX_INSTALLER_DATA_DIR", "IPEX_INSTALLER_CACHE_DIR", "IPEX_INSTALLER_LOG_DIR"))
    root = Path(__file__).resolve().parent.parent.parent
    result = proc.run([sys.executable, "-m", "app", "probe", "--json"], env=env, cwd=root,
                      timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {
        line.split("|")[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "app.probe.probe" in imported  # the profile really covers the probe path
    # platformdirs (8 ms) is allowed: the probe caches interpreter answers in the cache folder,
    # which saves one interpreter start-up per Python found.
    heavy = {m for m in imported if m.split(".")[0] in ("PySide6", "shiboken6", "requests", "urllib3")}
    assert heavy == set(), (
        "the probe path must stay lean (issue 2): something on it now imports "
        f"{sorted(heavy)}; import it lazily where it is needed"
    )


@pytest.fixture
def world_readable_tree():
    # tmp_path lives under a 0700 directory; the unprivileged child must be able to read this.
    base = Path(tempfile.mkdtemp(prefix="probe-render-"))
    os.chmod(base, 0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root and setpriv to run the probe as an unprivileged user")
def test_render_node_not_accessible_to_an_unprivileged_user(world_readable_tree):
    import grp
    import sys

    from app import proc

    try:
        group = grp.getgrnam("video")
    except KeyError:
        pytest.skip("no 'video' group on this machine")
    tree = SysfsTree(world_readable_tree)
    tree.add("0000:00:02.0", 0x8086, 0x7D55, 0x030000, revision=0x08, driver="i915",
             render_minor=128, node_mode=0o660, node_gid=group.gr_gid)
    root = Path(__file__).resolve().parent.parent.parent
    result = proc.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
         "app", "probe", "--json", "--no-pythons", "--sysfs-root", str(tree.sys)],
        env=proc.clean_env({"PYTHONPATH": str(root)}), cwd=world_readable_tree, timeout=60,
    )
    if result.returncode != 0 and "Permission denied" in result.stderr:
        pytest.skip("the unprivileged user cannot run this checkout's interpreter")
    assert result.returncode == 0, result.stderr
    warnings = json.loads(result.stdout)["warnings"]
    assert any("You cannot open /dev/dri/renderD128" in w and f"gpasswd -a $USER {group.gr_name}" in w
               for w in warnings), warnings
    # The same tree, probed by root, has no such warning.
    as_root = proc.run([sys.executable, "-m", "app", "probe", "--json", "--no-pythons",
                        "--sysfs-root", str(tree.sys)], env=proc.clean_env(), cwd=root, timeout=60)
    assert not any("cannot open" in w for w in json.loads(as_root.stdout)["warnings"])
