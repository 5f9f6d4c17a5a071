"""The engine's start-up shortcuts give the same answers as the slow paths they replace."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from app.fetch.index import pinned, target_tags


def _full_parser(text: str):
    """pinned() as it was before its fast path: packaging's PEP 508 parser for every string."""
    try:
        req = Requirement(text)
    except InvalidRequirement:
        return None
    specs = list(req.specifier)
    if req.url or req.marker or len(specs) != 1 or specs[0].operator not in ("==", "===") or "*" in specs[0].version:
        return None
    try:
        return canonicalize_name(req.name), Version(specs[0].version)
    except InvalidVersion:
        return None


@pytest.mark.parametrize("text", [
    "torch==2.8.0+xpu", " torch == 2.8.0+xpu ", "Intel_Extension.For-PyTorch==2.8.10+xpu", "a==1",
    "a==1.0.post1.dev2", "a==1!2.0", "a==v1.0", "a==1.0+Local.Label_1", "a==foo", "a==1.*", "a===1.0",
    "a==1.0; python_version>'3'", "a[x]==1", "a @ file:///x.whl", "a>=1", "a==1,<2", "-a==1", "a.==1", "a==1+",
    "a==1.0+", "A_B==01.02", "a==1__0", "a==1.0-1", "a==1.0_post1", "a==+1", "a==1.0+ab..c", "x==1.0a1", "",
    "==1", "a==", "a ==1.0 ; os_name=='nt'", "torch==2.8.0+xpu\n", "torch==2.8.0\x00",
])
def test_pinned_fast_path_agrees_with_the_full_parser(text):
    assert pinned(text) == _full_parser(text)


def test_pinned_fast_path_keeps_the_local_label():
    name, version = pinned("torch==2.8.0+xpu")
    assert (name, str(version), version.local) == ("torch", "2.8.0+xpu", "xpu")
    assert version != Version("2.8.0")


def test_install_start_up_does_not_import_the_full_requirement_parser():
    """packaging.requirements (with markers and specifiers) is a quarter of the start-up."""
    code = ("import sys, app.cli, app.commands.install, app.install.engine, app.fetch.wheelhouse; "
            "print('packaging.requirements' in sys.modules, 'app.fetch.download' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_target_tags_are_computed_once_per_python():
    target_tags.cache_clear()
    first = target_tags("3.11")
    assert target_tags("3.11") is first and isinstance(first, tuple) and first
    assert target_tags.cache_info().hits == 1


def test_a_warm_up_stopped_within_its_delay_never_runs_uv(tmp_path, monkeypatch):
    """With a warm cache the first step ends within the delay: no uv process, no scratch."""
    from mirror.wheels import build_wheel

    from app import proc
    from app.envs.interpreter import uv_bin
    from app.install.warmup import CacheWarmup

    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))
    monkeypatch.setenv("UV_NO_CONFIG", "1")
    wheel = str(build_wheel(tmp_path / "w", "torchaudio", "2.8.0+xpu"))
    warm = CacheWarmup(uv_bin(), sys.executable, [wheel], tmp_path / ".v.warmup", proc.clean_env(), delay=30).start()
    started = time.monotonic()
    warm.stop()
    assert time.monotonic() - started < 5
    assert not (tmp_path / ".v.warmup").exists() and not (tmp_path / "uv-cache").exists()


def test_record_parser_agrees_with_the_csv_module(tmp_path):
    """RECORD lines are split by hand unless quoted; the csv module is the reference."""
    import csv
    import io

    from app.install.satisfied import _parse_record

    text = ('torch/__init__.py,sha256=abc,12\n"we,ird.py",sha256=x,3\nplain.py,,\n"q""uote.py",sha256=y,1\n'
            "torch-2.8.0+xpu.dist-info/RECORD,,\nonly-path\n\n../../../bin/tool,sha256=z,9\n")
    reference = {row[0]: (row[1] if len(row) > 1 else "") for row in csv.reader(io.StringIO(text)) if row and row[0]}
    if os.name == "nt":  # the parser gives Windows' spelling of each path there, to match the files found
        reference = {os.path.normpath(path): digest for path, digest in reference.items()}
    assert _parse_record(text) == reference
