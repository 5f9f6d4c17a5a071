"""Advice after a JIT verdict: the planner's build with native code for the probed GPU, or,
when no build has any, how to keep the JIT cache."""

from __future__ import annotations

import pytest

from app.probe.devices import make_gpu
from app.probe.model import Probe, PythonInfo
from app.smoke.advice import aot_build_advice


def _probe(device_id: str, os_name: str) -> Probe:
    gpu = make_gpu(device_id, os_name=os_name)
    return Probe(os=os_name, gpus=[gpu], primary=0, pythons=[PythonInfo("python3", "3.11.7", 64, "path")])


@pytest.mark.parametrize("device_id, os_name", [("0x56a0", "linux"), ("0xe20b", "windows")])
def test_covered_gpu_gets_a_build_with_native_code(device_id, os_name):
    text = aot_build_advice(_probe(device_id, os_name))
    assert text.startswith("Build ") and "carries native code" in text and "python -m app install" in text


def test_xe_lp_gpu_gets_the_warm_cache_advice():
    text = aot_build_advice(_probe("0x9a49", "linux"))  # Tiger Lake Iris Xe: no AOT build exists
    assert "No catalog build carries native code" in text and "--warm-cache" in text


def test_sycl_only_test_tells_driver_from_wheel_problems():
    from app.smoke.runner import _driver_or_wheel

    no_xpu = {"step": "xpu_device", "ok": True, "available": False}
    gpu = {"step": "sycl_import", "ok": True, "device_type": "device_type.gpu",
           "device_name": "Intel(R) Arc(TM) A770 Graphics", "backend": "backend_type.level_zero"}
    cpu = dict(gpu, device_type="device_type.cpu", device_name="AMD EPYC", backend="backend_type.opencl")
    failed = {"step": "sycl_import", "ok": False, "error": "SyclDeviceCreationError: No device of requested type"}
    assert "torch build is the problem" in _driver_or_wheel(no_xpu, gpu)
    assert "driver or permission problem" in _driver_or_wheel(no_xpu, cpu)
    assert "driver or permission problem" in _driver_or_wheel(no_xpu, failed)
    assert _driver_or_wheel(dict(no_xpu, available=True), gpu) is None
    assert _driver_or_wheel(no_xpu, None) is None
