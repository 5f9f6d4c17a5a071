"""Each doctor check on a hand-built context: the venv facts are what the in-venv script
reports, the probe is in the probe JSON contract, so every branch can be reached without a
GPU. The integration tests run the same checks on real venvs."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from app.probe.model import Driver, Gpu, Probe
from app.report import checks_env, checks_gpu, checks_packages
from app.report.context import AotFacts, Context, XpuFacts
from app.report.doctor import CHECKS, _dedupe
from app.report.findings import Finding, by_severity, healthy
from app.report.pairings import Pairing, from_build
from app.report.venv_facts import Dist, VenvFacts, normalize

DATA = Path(__file__).resolve().parent.parent / "data" / "doctor"
LINUX = {"platform_system": "Linux", "sys_platform": "linux", "os_name": "posix", "python_version": "3.11",
         "python_full_version": "3.11.7", "platform_machine": "x86_64", "implementation_name": "cpython",
         "platform_release": "6.8.0", "platform_python_implementation": "CPython"}


def facts(packages: dict[str, tuple[str, list[str]] | str], env=None, platform="linux", **kw) -> VenvFacts:
    dists = {}
    for name, value in packages.items():
        version, requires = (value, []) if isinstance(value, str) else value
        dists[normalize(name)] = Dist(name, version, list(requires))
    markers = (
        dict(LINUX)
        if platform == "linux"
        else dict(LINUX, platform_system="Windows", sys_platform="win32", os_name="nt")
    )
    return VenvFacts(venv="/v", python="3.11.7", executable="/v/bin/python", platform=platform,
                     markers=markers, dists=dists, env=dict(env or {}), **kw)


def a770(status="ok", ip="12.55.8", supported=True) -> Probe:
    gpu = Gpu("0x8086", "0x56a0", "Intel(R) Arc(TM) A770 Graphics", "DG2", "dgpu", ip, ["dg2"],
              Driver("i915", None, status), supported)
    return Probe(os="linux", gpus=[gpu], primary=0)


def ctx(f: VenvFacts, probe: Probe | None = None, **kw) -> Context:
    return Context(facts=f, probe=probe if probe is not None else a770(), live=kw.pop("live", False), **kw)


def ids(findings: list[Finding]) -> list[str]:
    return [x.id for x in findings]


# --- torch build flavour ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "packages, extra, flavour",
    [
        ({"torch": "2.8.0+xpu"}, {}, "xpu"),
        ({"torch": "2.5.1+cu121"}, {}, "cuda"),
        ({"torch": "2.13.0+cpu"}, {}, "cpu"),
        ({"torch": ("2.8.0", ["nvidia-cuda-runtime-cu12==12.8.90; platform_system == 'Linux'"])}, {}, "cuda"),
        ({"torch": "2.8.0"}, {"platform": "win32"}, "cpu"),
        ({"torch": "2.6.0+rocm6.2"}, {}, "rocm"),
        ({"torch": "2.8.0"}, {"torch_build": {"xpu": "20250101", "cuda": None}}, "xpu"),
        ({"torch": "2.5.1+cxx11.abi", "intel-extension-for-pytorch": "2.5.10+xpu"}, {}, "ipex-rebuild"),
        ({"torch": "2.1.0a0+cxx11.abi", "intel_extension_for_pytorch": "2.1.10+xpu"}, {}, "ipex-rebuild"),
        ({"torch": "2.5.1+cxx11.abi"}, {}, "cpu"),
        ({}, {}, "missing"),
    ],
)
def test_torch_flavour(packages, extra, flavour):
    assert checks_packages.torch_flavour(facts(packages, **extra)) == flavour


def test_unlabelled_ipex_era_torch_is_recognised_from_the_catalog():
    f = facts({"torch": "2.1.0a0", "intel-extension-for-pytorch": "2.1.10+xpu"}, platform="win32")
    assert checks_packages.torch_flavour(f) == "cpu"  # alone, it looks like PyPI's CPU wheel
    pairing = Pairing("ipex-2.1.10-windows", torch="2.1.0a0", ipex="2.1.10+xpu", os=["windows"])
    assert checks_packages.torch_flavour(f, [pairing]) == "ipex-rebuild"


def test_real_catalog_pairings_load():
    from app.report.pairings import load_pairings

    pairings = load_pairings()
    if not pairings:
        pytest.skip("no catalog in this build")
    torch28 = [p for p in pairings if p.build_id == "torch-xpu-2.8-linux"]
    assert torch28 and torch28[0].torchvision == "0.23.0+xpu" and torch28[0].ipex is None
    assert all(p.status == "archived" for p in pairings if p.channel == "ipex-official")


def test_cpu_torch_is_an_error_with_the_reinstall_command():
    out = checks_packages.check_torch_build(ctx(facts({"torch": "2.8.0+cpu"})))
    assert ids(out) == ["torch.not_xpu"]
    assert out[0].severity == "error"
    assert out[0].params == {"version": "2.8.0+cpu", "flavour": "cpu"}
    assert "torch==2.8.0 --index-url https://download.pytorch.org/whl/xpu" in out[0].fix


def test_missing_torch():
    assert ids(checks_packages.check_torch_build(ctx(facts({})))) == ["torch.missing"]


# --- requirements from metadata ----------------------------------------------------------------


ONEAPI = 'platform_system == "Linux" or platform_system == "Windows"'


def test_oneapi_missing_and_wrong_version():
    f = facts({
        "torch": ("2.8.0+xpu", [f"intel-sycl-rt==2025.1.1; {ONEAPI}", f"tcmlib==1.3.0; {ONEAPI}", "filelock"]),
        "intel-sycl-rt": "2025.0.4",
    })
    out = checks_packages.check_requirements(ctx(f))
    assert ids(out) == ["oneapi.wrong_version", "oneapi.missing", "deps.missing"]
    assert out[0].params["installed"] == "2025.0.4" and out[0].params["required"] == "==2025.1.1"
    assert out[1].params["package"] == "tcmlib"


def test_requirements_whose_marker_is_false_are_ignored():
    f = facts({"torch": ("2.8.0+xpu", ['intel-sycl-rt==2025.1.1; platform_system == "Windows"'])})
    assert checks_packages.check_requirements(ctx(f)) == []


def test_torchvision_built_for_another_torch():
    f = facts(
        {
            "torch": "2.8.0+xpu",
            "torchvision": ("0.22.0+xpu", ["torch==2.7.0"]),
            "torchaudio": ("2.8.0+xpu", ["torch==2.8.0"]),
        }
    )
    out = checks_packages.check_requirements(ctx(f))
    assert ids(out) == ["versions.mismatch"]
    assert out[0].params["required_by"] == "torchvision" and out[0].params["installed"] == "2.8.0+xpu"


def test_local_label_pins_are_honoured():
    f = facts({"torch": "2.8.0+cpu", "torchaudio": ("2.8.0+xpu", ["torch==2.8.0+xpu"])})
    assert ids(checks_packages.check_requirements(ctx(f))) == ["versions.mismatch"]


# --- catalog pairings ------------------------------------------------------------------------


def test_catalog_pairing_catches_what_metadata_does_not_pin():
    pairing = Pairing("torch-xpu-2.8-linux", torch="2.8.0+xpu", torchvision="0.23.0+xpu", torchaudio="2.8.0+xpu",
                      oneapi={"intel-sycl-rt": "2025.1.1"}, os=["linux"])
    f = facts(
        {"torch": "2.8.0+xpu", "torchvision": "0.22.1+xpu", "torchaudio": "2.8.0+xpu", "intel-sycl-rt": "2025.0.4"}
    )
    out = checks_packages.check_catalog_pairing(ctx(f, pairings=[pairing]))
    assert ids(out) == ["versions.mismatch", "oneapi.wrong_version"]
    assert out[0].params["expected"] == "0.23.0+xpu" and out[0].params["source"] == "catalog"


def test_catalog_pairing_for_another_os_is_not_used():
    pairing = Pairing("w", torch="2.8.0+xpu", torchvision="0.23.0+xpu", os=["windows"])
    f = facts({"torch": "2.8.0+xpu", "torchvision": "0.1.0"})
    assert checks_packages.check_catalog_pairing(ctx(f, pairings=[pairing])) == []


def test_pairing_from_a_catalog_build_dict():
    build = {
        "id": "ipex-2.6.10-linux",
        "os": "linux",
        "status": "archived",
        "versions": {"ipex": "2.6.10+xpu", "torch": "2.6.0+xpu", "torchvision": "0.21.0+xpu", "torchaudio": None},
        "steps": [
            {"requirements": ["torch==2.6.0+xpu"]},
            {
                "requirements": [
                    "intel-extension-for-pytorch==2.6.10+xpu",
                    "dpcpp-cpp-rt==2025.0.4; platform_system=='Linux'",
                ]
            },
        ],
    }
    p = from_build(build)
    assert (p.build_id, p.torch, p.ipex, p.status, p.os) == (
        "ipex-2.6.10-linux",
        "2.6.0+xpu",
        "2.6.10+xpu",
        "archived",
        ["linux"],
    )
    assert p.oneapi == {"dpcpp-cpp-rt": "2025.0.4"}


# --- IPEX ------------------------------------------------------------------------------------


def test_ipex_for_another_torch_and_archived():
    out = checks_packages.check_ipex(ctx(facts({"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.7.10+xpu"})))
    assert ids(out) == ["ipex.torch_mismatch", "ipex.archived"]
    assert out[0].severity == "error" and out[1].severity == "info"


def test_ipex_cpu_build():
    out = checks_packages.check_ipex(ctx(facts({"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.0"})))
    assert ids(out) == ["ipex.not_xpu", "ipex.archived"]


def test_matching_ipex_only_notes_the_archive():
    out = checks_packages.check_ipex(ctx(facts({"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.10+xpu"})))
    assert ids(out) == ["ipex.archived"]


# --- environment variables --------------------------------------------------------------------


def test_variables():
    env = {"ONEAPI_DEVICE_SELECTOR": "opencl:cpu", "SYCL_DEVICE_FILTER": "opencl", "ZE_AFFINITY_MASK": "0",
           "SYCL_CACHE_PERSISTENT": "1", "SYCL_PI_TRACE": "2", "PATH": "/usr/bin"}
    f = facts({"torch": "2.8.0+xpu", "intel-sycl-rt": "2025.1.1"}, env=env)
    out = checks_env.check_variables(ctx(f))
    got = {(x.id, x.params.get("name"), x.severity) for x in out}
    assert got == {
        ("env.device_selector_hides_gpu", "ONEAPI_DEVICE_SELECTOR", "error"),
        ("env.stray_variable", "SYCL_DEVICE_FILTER", "warning"),
        ("env.tuning_variable", "ZE_AFFINITY_MASK", "info"),
        ("env.sycl_pi_trace", "SYCL_PI_TRACE", "error"),
    }


def test_pi_trace_on_an_old_runtime_is_only_a_stray_variable():
    f = facts({"dpcpp-cpp-rt": "2024.2.1"}, env={"SYCL_PI_TRACE": "2"})
    assert ids(checks_env.check_variables(ctx(f))) == ["env.stray_variable"]


@pytest.mark.parametrize(
    "value, hides",
    [
        ("level_zero:gpu", False),
        ("level_zero:0", False),
        ("*:gpu", False),
        ("opencl:*", True),
        ("!level_zero:gpu", True),
        ("opencl:cpu;level_zero:*", False),
    ],
)
def test_device_selector(value, hides):
    assert checks_env._selector_hides_gpu(value) is hides


def test_system_oneapi():
    env = {"LD_LIBRARY_PATH": "/opt/intel/oneapi/compiler/2024.2/lib:/usr/lib", "SETVARS_COMPLETED": "1"}
    out = checks_env.check_system_oneapi(ctx(facts({}, env=env)))
    assert ids(out) == ["env.system_oneapi"]
    assert out[0].params["variables"] == [
        "SETVARS_COMPLETED",
        "LD_LIBRARY_PATH contains /opt/intel/oneapi/compiler/2024.2/lib",
    ]
    # the sentence's list is left to the renderer: a name, and a coded "VAR contains PATH"
    shown = out[0].message.params["variables"]
    assert shown[0] == "SETVARS_COMPLETED" and shown[1].code == "doctor_variable_contains"
    assert "(SETVARS_COMPLETED, LD_LIBRARY_PATH contains /opt/intel/oneapi/compiler/2024.2/lib)" in out[0].message
    win = facts(
        {}, env={"PATH": r"C:\Windows;C:\Program Files (x86)\Intel\oneAPI\compiler\latest\bin"}, platform="win32"
    )
    assert ids(checks_env.check_system_oneapi(ctx(win))) == ["env.system_oneapi"]
    assert checks_env.check_system_oneapi(ctx(facts({}, env={"PATH": "/usr/bin"}))) == []
    installed = facts(
        {}, env={"ONEAPI_ROOT": r"C:\Program Files (x86)\Intel\oneAPI", "PATH": r"C:\Windows"}, platform="win32"
    )
    assert ids(checks_env.check_system_oneapi(ctx(installed))) == ["env.system_oneapi_installed"]
    assert ids(checks_env.check_system_oneapi(ctx(facts({}, env={"ONEAPI_ROOT": "/opt/intel/oneapi"})))) == [
        "env.system_oneapi"
    ]


# --- JIT cache -------------------------------------------------------------------------------


def test_cache_dir_defaults():
    assert checks_env.sycl_cache_dir({"APPDATA": r"C:\Users\张三\AppData\Roaming"}, "windows") == (
        r"C:\Users\张三\AppData\Roaming\libsycl_cache", "default")
    assert checks_env.sycl_cache_dir({"XDG_CACHE_HOME": "/x/cache", "HOME": "/h"}, "linux") == (
        "/x/cache/libsycl_cache",
        "default",
    )
    assert checks_env.sycl_cache_dir({"HOME": "/h"}, "linux") == ("/h/.cache/libsycl_cache", "default")
    assert checks_env.sycl_cache_dir({"SYCL_CACHE_DIR": "/c", "HOME": "/h"}, "linux") == ("/c", "SYCL_CACHE_DIR")


def test_cache_non_ascii_and_persistence_off_when_jit_is_expected():
    f = facts({}, env={"APPDATA": r"C:\Users\张三\AppData\Roaming"}, platform="win32")
    out = checks_env.check_jit_cache(ctx(f), expect_jit=True)
    assert ids(out) == ["cache.location", "cache.persistence_off", "cache.non_ascii_path"]
    assert out[1].severity == "warning"
    assert checks_env.check_jit_cache(ctx(f), expect_jit=False)[1].severity == "info"
    assert out[2].severity == "warning"
    linux = facts({}, env={"HOME": "/home/张三", "SYCL_CACHE_PERSISTENT": "1"})
    (note,) = [x for x in checks_env.check_jit_cache(ctx(linux)) if x.id == "cache.non_ascii_path"]
    assert note.severity == "info"  # known to fail on Windows only


def test_persistence_off_points_at_the_kernels_the_smoke_test_kept(tmp_path):
    from app.smoke import jit_cache

    f = facts({}, env={"HOME": str(tmp_path)})
    before = checks_env.check_jit_cache(ctx(f, live=True))[1]
    assert before.id == "cache.persistence_off" and before.fix.startswith("Set SYCL_CACHE_PERSISTENT=1")
    kept = jit_cache.default_dir()  # in the test's isolated cache folder
    (kept / "sycl" / "123").mkdir(parents=True)
    after = checks_env.check_jit_cache(ctx(f, live=True))[1]
    assert after.fix.startswith(f"The smoke test keeps compiled kernels in {kept}.")
    assert f"SYCL_CACHE_DIR={shlex.quote(str(kept / 'sycl'))}" in after.fix  # a Linux shell's words
    # A bundle read on support's machine says nothing about support's own folders.
    assert checks_env.check_jit_cache(ctx(f, live=False))[1].fix.startswith("Set SYCL_CACHE_PERSISTENT=1")


def test_cache_low_space_and_not_writable(tmp_path):
    cache = tmp_path / "sycl"
    (cache / "a" / "b").mkdir(parents=True)
    (cache / "a" / "b" / "0.bin").write_bytes(b"x" * 1000)
    f = facts({}, env={"SYCL_CACHE_DIR": str(cache), "SYCL_CACHE_PERSISTENT": "1"})
    c = ctx(f, live=True, disk_free=lambda p: 512 * 1024**2, access=lambda p, mode: False)
    out = checks_env.check_jit_cache(c)
    assert ids(out) == ["cache.location", "cache.low_space", "cache.not_writable"]
    assert out[0].params["size_bytes"] == 1000 and out[0].params["files"] == 1 and out[0].params["persistent"] is True
    assert out[1].params["free_bytes"] == 512 * 1024**2


def test_cache_on_real_disk_is_fine(tmp_path):
    f = facts({}, env={"SYCL_CACHE_DIR": str(tmp_path / "new"), "SYCL_CACHE_PERSISTENT": "1"})
    out = checks_env.check_jit_cache(ctx(f, live=True))
    assert ids(out) == ["cache.location"]  # this disk has more than 2 GB free and is writable


# --- GPU, driver, render nodes, AOT ---------------------------------------------------------------


@pytest.mark.parametrize(
    "status, expected",
    [("ok", "driver.ok"), ("old", "driver.old"), ("unbound", "driver.unbound"), ("unknown", "driver.unknown")],
)
def test_driver(status, expected):
    out = checks_gpu.check_driver(ctx(facts({}), a770(status)))
    assert ids(out) == [expected]


@pytest.mark.parametrize(
    "version, extra", [("31.0.101.4502", ["driver.below_known_floor"]), ("32.0.101.6078", []), (None, [])]
)
def test_windows_driver_against_the_known_floor(version, extra):
    probe = a770()
    probe.gpus[0].driver = Driver("igfxn", version, "ok")
    out = checks_gpu.check_driver(ctx(facts({}, platform="win32"), probe))
    assert ids(out) == ["driver.ok"] + extra
    if extra:
        assert out[1].params["certainty"] == "third-party" and "no official minimum" in out[1].message


def test_linux_runtime_older_than_the_build_was_tested_with():
    probe = a770()
    probe.gpus[0].driver = Driver("i915", "24.22.29735.27", "ok")
    pairing = Pairing("ipex-2.6.10-linux", torch="2.6.0+xpu", ipex="2.6.10+xpu", os=["linux"],
                      min_driver={"linux": "24.52.32224.14 (rolling 1077, the version Intel's docker image pins)"})
    f = facts({"torch": "2.6.0+xpu", "intel-extension-for-pytorch": "2.6.10+xpu"})
    out = checks_gpu.check_driver(ctx(f, probe, pairings=[pairing]))
    assert ids(out) == ["driver.ok", "driver.older_than_tested"]
    assert out[1].severity == "info" and "not a documented minimum" in out[1].message
    probe.gpus[0].driver.version = "25.05.32567.19"
    assert ids(checks_gpu.check_driver(ctx(f, probe, pairings=[pairing]))) == ["driver.ok"]


def test_no_intel_gpu():
    other = Gpu("0x10de", "0x2684", "NVIDIA GeForce RTX 4090", "", "dgpu", None, [], Driver("nvidia"), False)
    out = checks_gpu.check_gpu(ctx(facts({}), Probe(os="linux", gpus=[other], primary=None)))
    assert ids(out) == ["gpu.none"] and out[0].params["adapters"] == ["NVIDIA GeForce RTX 4090"]


def test_wsl_without_pci_devices_is_a_warning_not_an_error():
    f = facts({})
    f.markers["platform_release"] = "5.15.167.4-microsoft-standard-WSL2"
    empty = Probe(os="linux", gpus=[], primary=None)
    out = checks_gpu.check_gpu(ctx(f, empty, live=True))
    assert ids(out) == ["gpu.wsl"] and out[0].severity == "warning"
    assert ids(checks_gpu.check_gpu(ctx(facts({}), empty, live=True))) == ["gpu.none"]


def test_unsupported_gpu():
    assert ids(checks_gpu.check_gpu(ctx(facts({}), a770(supported=False)))) == ["gpu.found", "gpu.unsupported"]


def test_render_nodes(tmp_path):
    f = facts({})
    assert ids(checks_gpu.check_render_nodes(ctx(f, live=True, dev_dri=tmp_path))) == ["render.missing"]
    (tmp_path / "renderD128").write_text("")
    denied = checks_gpu.check_render_nodes(ctx(f, live=True, dev_dri=tmp_path, access=lambda p, m: False))
    assert ids(denied) == ["render.no_access"]
    assert "sudo gpasswd -a" in denied[0].fix and denied[0].params["nodes"] == [str(tmp_path / "renderD128")]
    assert ids(checks_gpu.check_render_nodes(ctx(f, live=True, dev_dri=tmp_path, access=lambda p, m: True))) == [
        "render.ok"
    ]
    assert ids(checks_gpu.check_render_nodes(ctx(f, live=False, dev_dri=tmp_path))) == ["render.not_checked"]


@pytest.mark.parametrize(
    "gpu_ip, aot, expected, expect",
    [
        ("12.55.8", AotFacts(["12.55.8", "20.1.0"], True), "aot.covered", "aot"),
        ("12.55.8", AotFacts(["12.55.0"], True), "aot.covered", "aot"),  # an older stepping's binary loads
        ("12.70.4", AotFacts(["12.71.4", "12.55.8"], True), "aot.not_covered", "jit"),
        ("12.55.8", AotFacts(["12.71.4"], False), "aot.no_spirv", "fail"),
        ("12.55.8", None, "aot.unknown", "unknown"),
    ],
)
def test_aot(gpu_ip, aot, expected, expect):
    c = ctx(facts({}), a770(ip=gpu_ip), aot=aot)
    assert ids(checks_gpu.check_aot(c)) == [expected]
    assert checks_gpu.aot_expectation(c) == expect


def test_xpu_unavailable_names_its_probable_causes():
    c = ctx(facts({}), xpu=XpuFacts(imported=True, available=False, device_count=0))
    explain = [Finding("torch.not_xpu", "error", "x"), Finding("cache.location", "info", "y")]
    out = checks_gpu.check_xpu(c, explain)
    assert ids(out) == ["xpu.unavailable"] and out[0].params["reasons"] == ["torch.not_xpu"]
    failed = checks_gpu.check_xpu(ctx(facts({}), xpu=XpuFacts(imported=False, error="ImportError: libsycl.so.8")), [])
    assert ids(failed) == ["xpu.import_failed"] and "libsycl.so.8" in failed[0].message


# --- the whole set ------------------------------------------------------------------------------


def test_recorded_probe_and_a_healthy_set_give_no_problem():
    probe = Probe.from_json(json.loads((DATA / "probe_a770_linux.json").read_text(encoding="utf-8")))
    f = facts({"torch": ("2.8.0+xpu", [f"intel-sycl-rt==2025.1.1; {ONEAPI}"]), "intel-sycl-rt": "2025.1.1",
               "torchvision": ("0.23.0+xpu", ["torch==2.8.0"])})
    c = ctx(f, probe)
    findings = [x for check in CHECKS for x in check(c)]
    assert healthy(findings), [x.to_json() for x in findings if x.severity != "info"]
    assert "gpu.found" in ids(findings) and "torch.xpu_build" in ids(findings)


def test_severity_order_and_dedupe():
    fs = [Finding("a", "info", ""), Finding("b", "error", "", params={"package": "x"}),
          Finding("b", "error", "", params={"package": "x"}), Finding("c", "warning", "")]
    assert ids(by_severity(_dedupe(fs))) == ["b", "c", "a"]
    with pytest.raises(ValueError):
        Finding("x", "fatal", "")


@pytest.mark.parametrize(
    "gpu_ip, aot, word, certainty",
    [
        ("12.55.8", AotFacts(["12.55.8"], True), "has native (AOT) code", "documented"),
        # Rule 3 picks 64.12.55.x; whether the driver accepts another stepping's code is inferred.
        ("12.55.8", AotFacts(["12.55.0"], True), "is expected to run native (AOT) code", "inferred"),
        ("12.70.4", AotFacts(["12.71.4"], True), "will be JIT-compiled", "documented"),
        # A prediction that rests on inference (from app.smoke.predict) keeps its label.
        ("12.56.5", AotFacts(["12.55.8"], True, expect="aot", certainty="inferred"), "is expected to run", "inferred"),
        (
            "12.56.5",
            AotFacts(["12.55.8"], False, expect="fail", certainty="unknown"),
            "are expected to fail",
            "unknown",
        ),
    ],
)
def test_aot_wording_follows_the_certainty(gpu_ip, aot, word, certainty):
    (finding,) = checks_gpu.check_aot(ctx(facts({}), a770(ip=gpu_ip), aot=aot))
    assert word in finding.message and finding.params["certainty"] == certainty
    assert ("confirm with python -m app smoke" in finding.message) == (certainty != "documented")
