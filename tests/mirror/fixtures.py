"""Ready-made content for the loopback mirror, and pytest fixtures to use it.

In a test module (tests/ is on sys.path under pytest, so the package is `mirror`):

    from mirror.fixtures import mirror, standard_wheels, make_plan   # noqa: F401 (fixtures)

    def test_something(mirror):
        plan = make_plan(mirror)           # an app Plan whose steps point at the mirror
        mirror.server.fault(...)           # optional faults, see mirror.server

`mirror` is a started MirrorServer with the standard wheels published (see STANDARD),
as a `Mirror` value: .server, .wheels (name -> Path), .python ("3.11").
`installer_env` (a fixture) keeps the machine's own pip/uv settings out of a test install.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging import tags as ptags

from mirror.server import MirrorServer
from mirror.wheels import build_wheel

PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}"
OS = "windows" if sys.platform == "win32" else "linux"


def native_tag(python: str = PYTHON) -> str:
    """The best platform-specific wheel tag for CPython `python` on this machine."""
    xy = python.replace(".", "")
    platform = next(iter(ptags.platform_tags()))
    return f"cp{xy}-cp{xy}-{platform}"


# (project, version, where, requires, tag kind) — real names and versions of the 2.8 stack.
STANDARD = [
    ("torch", "2.8.0+xpu", "pytorch", ["intel-sycl-rt==2025.1.1"], "native"),
    ("torchvision", "0.23.0+xpu", "pytorch", ["torch==2.8.0"], "native"),
    ("torchaudio", "2.8.0+xpu", "pytorch", ["torch==2.8.0"], "native"),
    ("intel-sycl-rt", "2025.1.1", "pytorch", [], "any"),
    ("intel-sycl-rt", "2025.1.1", "pypi", [], "any"),
    ("intel-extension-for-pytorch", "2.8.10+xpu", "intel:xpu/us", [], "native"),
    ("intel-extension-for-pytorch", "2.8.10+xpu", "intel:xpu/cn", [], "native"),
    ("dpcpp-cpp-rt", "2025.1.1", "pypi", [], "any"),
    # The trap: CPU builds on PyPI, and a package that drags a newer CPU torch in.
    ("torch", "2.8.0", "pypi", [], "native"),
    ("torch", "2.9.0", "pypi", [], "native"),
    ("sneaky-dep", "1.0", "pypi", ["torch>=2.9"], "any"),
]


def build_standard(out_dir: Path, python: str = PYTHON, padding: dict[str, int] | None = None) -> dict[str, Path]:
    """Build the standard wheels; returns "project==version" -> path."""
    wheels = {}
    for project, version, _where, requires, kind in STANDARD:
        key = f"{project}=={version}"
        if key in wheels:
            continue
        tag = native_tag(python) if kind == "native" else "py3-none-any"
        pad = (padding or {}).get(key, 0)
        wheels[key] = build_wheel(out_dir, project, version, tag=tag, requires=requires, padding=pad)
    # A decoy for another platform: must never be picked on this machine.
    xy = python.replace(".", "")
    other = "manylinux_2_28_x86_64" if OS == "windows" else "win_amd64"
    wheels["torch==2.8.0+xpu (other OS)"] = build_wheel(out_dir, "torch", "2.8.0+xpu", tag=f"cp{xy}-cp{xy}-{other}")
    return wheels


def publish_standard(server: MirrorServer, wheels: dict[str, Path]) -> None:
    for project, version, where, _requires, _kind in STANDARD:
        server.publish(wheels[f"{project}=={version}"], where)
    server.publish(wheels["torch==2.8.0+xpu (other OS)"], "pytorch")


def real_pip_wheel() -> Path:
    """pip's own wheel, to seed pip into a venv that uv made (the embeddable CPython of the
    Windows lane has neither venv nor ensurepip): the lane names its wheel in
    IPEX_TEST_PIP_WHEEL; elsewhere the one this Python's ensurepip bundles."""
    named = os.environ.get("IPEX_TEST_PIP_WHEEL")
    if named:
        return Path(named)
    try:
        import ensurepip
    except ImportError:
        pytest.skip("no pip wheel: IPEX_TEST_PIP_WHEEL is not set and this Python has no ensurepip module")
    bundled = sorted((Path(ensurepip.__file__).parent / "_bundled").glob("pip-*.whl"))
    if not bundled:
        pytest.skip("no pip wheel: this Python's ensurepip bundles none (a distribution removed it)")
    return bundled[-1]


@dataclass
class Mirror:
    server: MirrorServer
    wheels: dict[str, Path]
    python: str = PYTHON


def make_plan(m: Mirror, *, python: str | None = None, extra_steps: list | None = None, ipex_region: str = "us"):
    """A Plan like the planner's for IPEX 2.8.10 + torch 2.8.0+xpu, pointing at the mirror.
    Step 1: torch/vision/audio from the PyTorch index; step 2: IPEX from Intel's index."""
    from app.catalog.plan_model import Choice, Plan, Step

    s = m.server
    steps = [
        Step(id="torch", requirements=["torch==2.8.0+xpu", "torchvision==0.23.0+xpu", "torchaudio==2.8.0+xpu"],
             index_url=s.pytorch_index()),
        Step(id="ipex", requirements=["intel-extension-for-pytorch==2.8.10+xpu"],
             index_url=s.pypi_index(), extra_index_urls=[s.intel_index("xpu", ipex_region)]),
        *(extra_steps or []),
    ]
    choice = Choice(
        build_id="ipex-2.8.10-torch-2.8.0-xpu", channel="ipex-official", ipex_version="2.8.10+xpu",
        torch_version="2.8.0+xpu", python=python or m.python, os=OS, expect="aot",
        matched_target="dg2", steps=steps, reasons=["test plan"],
        verify={"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.10+xpu",
                "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu"},
    )
    return Plan(choice=choice)


@pytest.fixture(scope="session")
def standard_wheels(tmp_path_factory) -> dict[str, Path]:
    return build_standard(tmp_path_factory.mktemp("wheels"))


@pytest.fixture
def mirror(standard_wheels):
    server = MirrorServer().start()
    publish_standard(server, standard_wheels)
    try:
        yield Mirror(server, standard_wheels)
    finally:
        server.stop()


@pytest.fixture
def installer_env(monkeypatch, tmp_path_factory):
    """pip and uv as on a clean machine: no config files, no find-links, a shared test cache."""
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    for name in list(os.environ):
        if name.startswith(("PIP_FIND_LINKS", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_CONSTRAINT",
                            "UV_INDEX", "UV_EXTRA_INDEX_URL", "UV_FIND_LINKS", "UV_CONSTRAINT")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("UV_NO_CONFIG", "1")
    monkeypatch.setenv("UV_CACHE_DIR", str(Path.home() / ".cache" / "ipex-aot-installer-tests" / "uv"))
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
