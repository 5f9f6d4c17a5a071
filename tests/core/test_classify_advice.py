"""Advice after a JIT verdict: the planner's build with native code for the probed GPU, or,
when no build has any, how to keep the JIT cache."""

from __future__ import annotations

import pytest

from app.commands.smoke import aot_build_advice
from app.probe.devices import make_gpu
from app.probe.model import Probe, PythonInfo


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
