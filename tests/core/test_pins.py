"""PEP 440 pin matching over real file names from Intel's and PyTorch's indexes (app.fetch.pins,
used by the index reader and the wheelhouse through best_wheel)."""

from __future__ import annotations

import pytest
from packaging import tags as ptags
from packaging.utils import parse_wheel_filename

from app.fetch.index import best_wheel, pinned
from app.fetch.pins import requirement_pin

PY = "3.11"
PLATFORM = next(iter(ptags.platform_tags()))
HERE = f"cp311-cp311-{PLATFORM}"


def _accepts(requirement: str, filename: str) -> bool:
    pin = requirement_pin(requirement)
    assert pin is not None, requirement
    name, version, _b, _t = parse_wheel_filename(filename)
    return name == pin.name and pin.accepts(version)


@pytest.mark.parametrize(("requirement", "filename"), [
    # Intel's index, 2.1.10 era: the pins carry no local label, the files carry +cxx11.abi.
    ("torch==2.1.0a0", "torch-2.1.0a0+cxx11.abi-cp310-cp310-linux_x86_64.whl"),
    ("torchvision==0.16.0a0", "torchvision-0.16.0a0+cxx11.abi-cp311-cp311-win_amd64.whl"),
    ("torchaudio==2.1.0a0", "torchaudio-2.1.0a0+cxx11.abi-cp310-cp310-linux_x86_64.whl"),
    ("torch==2.0.1a0", "torch-2.0.1a0+cxx11.abi-cp310-cp310-linux_x86_64.whl"),
    ("torch==2.1.0.post2", "torch-2.1.0.post2+cxx11.abi-cp311-cp311-linux_x86_64.whl"),
    # Community builds: git hashes as local labels.
    ("torch==2.0.0a0", "torch-2.0.0a0+gite9ebda2-cp310-cp310-win_amd64.whl"),
    ("torchvision==0.15.2a0", "torchvision-0.15.2a0+fa99a53-cp310-cp310-win_amd64.whl"),
    # Pins with a local label match it exactly.
    ("torch==2.8.0+xpu", "torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl"),
    ("intel-extension-for-pytorch==2.1.10+xpu", "intel_extension_for_pytorch-2.1.10+xpu-cp310-cp310-win_amd64.whl"),
    ("torch==2.3.1.post0+cxx11.abi", "torch-2.3.1.post0+cxx11.abi-cp311-cp311-win_amd64.whl"),
    # A series: prefix matching ignores local labels as well.
    ("torch==2.10.*", "torch-2.10.0+xpu-cp312-cp312-linux_x86_64.whl"),
    ("torch==2.9.*", "torch-2.9.1+xpu-cp313-cp313-win_amd64.whl"),
    ("torch==2.1.*", "torch-2.1.0a0+cxx11.abi-cp310-cp310-linux_x86_64.whl"),
    # Trailing zeros are padded (PEP 440) and names are canonical.
    ("Intel_Extension_For_PyTorch==2.8.10+xpu", "intel_extension_for_pytorch-2.8.10+xpu-cp311-cp311-linux_x86_64.whl"),
])
def test_pin_accepts_real_file(requirement, filename):
    assert _accepts(requirement, filename)


@pytest.mark.parametrize(("requirement", "filename"), [
    ("torch==2.8.0+xpu", "torch-2.8.0-cp311-cp311-manylinux_2_28_x86_64.whl"),  # PyPI's CPU build
    ("torch==2.8.0+xpu", "torch-2.8.0+cpu-cp311-cp311-linux_x86_64.whl"),
    ("torch==2.1.0a0+cxx11.abi", "torch-2.1.0a0+git7bcf7da-cp310-cp310-win_amd64.whl"),
    ("torch==2.1.0a0", "torch-2.1.0-cp310-cp310-linux_x86_64.whl"),  # the final release is not the alpha
    ("torch==2.1.0.post2", "torch-2.1.0.post3+cxx11.abi-cp311-cp311-linux_x86_64.whl"),
    ("torch==2.1.0", "torch-2.1.0.post0+cxx11.abi-cp311-cp311-linux_x86_64.whl"),
    ("torch==2.10.*", "torch-2.1.0+xpu-cp312-cp312-linux_x86_64.whl"),  # 2.1 is not in the 2.10 series
    ("torch==2.9.*", "torch-2.10.0+xpu-cp312-cp312-linux_x86_64.whl"),
    ("torchvision==0.16.0a0", "torchaudio-0.16.0a0+cxx11.abi-cp311-cp311-linux_x86_64.whl"),
])
def test_pin_refuses_other_file(requirement, filename):
    assert not _accepts(requirement, filename)


@pytest.mark.parametrize("requirement", [
    "torchvision", "torch>=2.8", "torch==2.8.0; sys_platform == 'linux'", "torch==2.8.0,<3",
    "torch @ https://example.com/torch.whl", "torch==2.8+xpu.*", "torch==not a version",
])
def test_requirement_pin_only_for_pins(requirement):
    assert requirement_pin(requirement) is None


def test_exact_pins_and_series():
    assert pinned("torch==2.1.0a0")[1].public == "2.1.0a0"
    assert pinned("torch==2.10.*") is None  # a series has no single version to install or verify
    assert requirement_pin("torch == 2.10.*").wildcard
    assert requirement_pin("torch===2.1.0a0+cxx11.abi").accepts(parse_wheel_filename(
        "torch-2.1.0a0+cxx11.abi-cp310-cp310-linux_x86_64.whl")[1])


def test_best_wheel_takes_the_labelled_file_for_an_unlabelled_pin():
    files = [f"torch-2.1.0a0+cxx11.abi-{HERE}.whl", "torch-2.1.0a0+cxx11.abi-cp311-cp311-win_amd64.whl"
             if "win" not in PLATFORM else "torch-2.1.0a0+cxx11.abi-cp311-cp311-linux_x86_64.whl",
             f"torch-2.1.0-{HERE}.whl"]
    got = best_wheel(((f, f) for f in files), requirement_pin("torch==2.1.0a0"), PY)
    assert got == f"torch-2.1.0a0+cxx11.abi-{HERE}.whl"


def test_best_wheel_newest_of_a_series_then_best_tag():
    files = [f"torch-2.10.0+xpu-{HERE}.whl", f"torch-2.10.1+xpu-{HERE}.whl", "torch-2.10.2+xpu-cp38-cp38-win32.whl",
             "torch-2.11.0+xpu-" + HERE + ".whl", "torch-2.10.1+xpu-py3-none-any.whl"]
    got = best_wheel(((f, f) for f in files), requirement_pin("torch==2.10.*"), PY)
    assert got == f"torch-2.10.1+xpu-{HERE}.whl"  # 2.10.2 does not run here, 2.11 is another series


def test_best_wheel_none_when_no_file_fits():
    files = [f"torch-2.8.0-{HERE}.whl", f"torch-2.8.0+cpu-{HERE}.whl"]
    assert best_wheel(((f, f) for f in files), requirement_pin("torch==2.8.0+xpu"), PY) is None
