"""Every pinned requirement of every catalog build resolves, through our matcher (app.fetch.pins),
to a file the real indexes serve: the mirror lists the real file names (mirror.catalog_files) in
Intel's, PyTorch's and PyPI's layouts, and the pages are read over HTTP by the index reader."""

from __future__ import annotations

import pytest
from mirror.catalog_files import publish_catalog_files
from mirror.server import MirrorServer
from packaging.utils import parse_wheel_filename

from app.catalog import wheels
from app.catalog.catalog import load_catalog
from app.fetch.index import list_files
from app.fetch.mirrors import Mirrors
from app.fetch.pins import requirement_pin
from app.fetch.session import make_session

PYPI = "https://pypi.org/simple"
CATALOG = load_catalog(None)


@pytest.fixture(scope="module")
def served():
    server = MirrorServer().start()
    count = publish_catalog_files(server)
    hosts = ("pytorch-extension.intel.com", "download.pytorch.org", "pypi.org")
    mirrors = Mirrors(hosts=dict.fromkeys(hosts, server.url))
    session = make_session(None)
    pages: dict[tuple[str, str], list[str]] = {}

    def files(index: str, project: str) -> list[str]:
        if (index, project) not in pages:
            pages[index, project] = [f.filename for f in list_files(session, index, project, mirrors)]
        return pages[index, project]

    try:
        yield files, count
    finally:
        session.close()
        server.stop()


def _pins(build):
    for step in build.steps:
        indexes = [*step.extra_index_urls, step.index_url or PYPI]
        for text in step.requirements:
            pin = requirement_pin(text)
            if pin is not None:
                yield text, pin, indexes


@pytest.mark.parametrize("build", [b for b in CATALOG.builds if any(_pins(b))], ids=lambda b: b.id)
def test_every_pin_resolves_on_the_mirror(build, served):
    files, _count = served
    pythons = build.pythons or ("3.10", "3.11", "3.12", "3.13", "3.14")
    for text, pin, indexes in _pins(build):
        found = [name for index in indexes for name in files(index, pin.name)
                 if pin.accepts(parse_wheel_filename(name)[1])]
        assert found, f"{build.id}: {text} matches no file on {indexes}"
        fitting = {p for p in pythons if any(wheels.fits(name, p, build.os) for name in found)}
        if build.pythons:  # a known Python list: every Python has a file for the build's OS
            missing = sorted(set(build.pythons) - fitting)
            assert not missing, f"{build.id}: {text} has no {build.os} file for {missing}"
        else:
            assert fitting, f"{build.id}: {text} has no {build.os} file for any Python"


def test_unlabelled_pins_are_served_only_with_local_labels(served):
    """The case the downloader used to skip: the pin has no local label, every file has one."""
    files, count = served
    assert count > 300
    pin = requirement_pin("torch==2.1.0a0")
    index = "https://pytorch-extension.intel.com/release-whl/stable/xpu/us/"
    names = [n for n in files(index, "torch") if pin.accepts(parse_wheel_filename(n)[1])]
    assert names and all("+cxx11.abi" in n for n in names)
    assert not any(str(parse_wheel_filename(n)[1]) == "2.1.0a0" for n in names)  # an exact compare finds none


def test_every_build_with_pins_was_checked():
    ids = {b.id for b in CATALOG.builds if any(_pins(b))}
    without = {b.id for b in CATALOG.builds} - ids
    # Only builds that install direct files (community GitHub releases) have no index pins.
    assert all(b.steps and all(s.files and not s.requirements for s in b.steps)
               for b in CATALOG.builds if b.id in without)
    assert len(ids) >= 40
