"""A catalog build whose pins carry no local label (IPEX 2.1.10: torch==2.1.0a0) installs from
files that carry one (torch-2.1.0a0+cxx11.abi-...whl), and every one of its wheels comes through
our resumable downloader, none left to uv: real uv, real venv, the loopback mirror in Intel's
and PyPI's layouts, the catalog's own steps and index URLs."""

from __future__ import annotations

import dataclasses
from urllib.parse import unquote

import pytest
from mirror.fixtures import OS, PYTHON, installer_env, native_tag  # noqa: F401 (fixture)
from mirror.server import MirrorServer
from mirror.wheels import build_wheel

from app.catalog.catalog import load_catalog
from app.catalog.plan_model import Choice, Plan
from app.fetch.mirrors import Mirrors
from app.install.engine import install

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

BUILD = f"ipex-2.1.10-{OS}"
RUNTIME_PLATFORM = "win_amd64" if OS == "windows" else "manylinux1_x86_64"
# (project, version as the real file carries it, where, tag)
FILES = [
    ("torch", "2.1.0a0+cxx11.abi", "intel:xpu/us", native_tag()),
    ("torchvision", "0.16.0a0+cxx11.abi", "intel:xpu/us", native_tag()),
    ("torchaudio", "2.1.0a0+cxx11.abi", "intel:xpu/us", native_tag()),
    ("intel-extension-for-pytorch", "2.1.10+xpu", "intel:xpu/us", native_tag()),
    ("dpcpp-cpp-rt", "2024.0.2" if OS == "windows" else "2024.0.0", "pypi", f"py2.py3-none-{RUNTIME_PLATFORM}"),
    ("mkl-dpcpp", "2024.0.0", "pypi", f"py2.py3-none-{RUNTIME_PLATFORM}"),
]


@pytest.fixture
def served(tmp_path):
    server = MirrorServer().start()
    paths = {}
    for project, version, where, tag in FILES:
        wheel = build_wheel(tmp_path / "built", project, version, tag=tag, padding=64 * 1024)
        url = server.publish(wheel, where)
        paths[wheel.name] = unquote(url.split(server.url, 1)[1].split("#", 1)[0])
    # A plain 2.1.0 torch on PyPI, as a trap for an index order that would prefer it: the pin is 2.1.0a0.
    server.publish(build_wheel(tmp_path / "built", "torch", "2.1.0", tag=native_tag()), "pypi")
    try:
        yield server, paths
    finally:
        server.stop()


def test_unlabelled_pins_are_fetched_by_our_downloader(served, tmp_path):
    server, paths = served
    build = next(b for b in load_catalog(None).builds if b.id == BUILD)
    assert "torch==2.1.0a0" in build.steps[0].requirements  # the case: a pin without the +cxx11.abi label
    choice = Choice(build_id=build.id, channel=build.channel, ipex_version=build.ipex_version,
                    torch_version=build.torch_version, python=PYTHON, os=OS, expect="aot", matched_target="dg2",
                    steps=[dataclasses.replace(s) for s in build.steps], reasons=["test"], verify=build.verify)
    mirrors = Mirrors(hosts=dict.fromkeys(("pytorch-extension.intel.com", "pypi.org"), server.url))
    result = install(Plan(choice=choice), tmp_path / "v", mirrors=mirrors, seed_pip=False)
    assert result.applied
    fetched = sorted(d["filename"] for d in result.downloads)
    assert fetched == sorted(paths), fetched  # all six wheels, each by our downloader
    assert all(d["verified"] for d in result.downloads)
    for path in paths.values():  # fetched once, by us: uv was handed the local files
        assert server.stats(path).requests == 1, path
    assert result.installed["torch"] == "2.1.0a0+cxx11.abi"
    log = open(result.log_path, encoding="utf-8").read()
    assert "no wheel for Python" not in log
