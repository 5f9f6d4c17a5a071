"""The engine announces the download's files and sizes before their first byte (real installs
from the loopback mirror): the plan's pins, and, where the index serves each wheel's METADATA
beside it (PEP 658/714), the runtime torch pins, read ahead; each wheel is fetched once."""

from __future__ import annotations

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401

from app.events import DownloadSizes, Progress
from app.install.engine import install

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

PINS = ("torch==2.8.0+xpu", "torchvision==0.23.0+xpu", "torchaudio==2.8.0+xpu",
        "intel-extension-for-pytorch==2.8.10+xpu")
RUNTIME = "intel-sycl-rt==2025.1.1"  # what torch pins (tests/mirror/fixtures.py STANDARD)


def first_announcement(mirror, target):
    events = []
    install(make_plan(mirror), target, on_event=events.append, seed_pip=False)
    kinds = [type(e) for e in events]
    assert DownloadSizes in kinds and kinds.index(DownloadSizes) < kinds.index(Progress)  # before any byte
    return dict(next(e for e in events if isinstance(e, DownloadSizes)).files)


@pytest.mark.parametrize("json_pages", [False, True])
def test_the_total_is_announced_with_the_pinned_runtime_before_the_first_byte(mirror, tmp_path, json_pages):
    mirror.server.serve_metadata = True
    if json_pages:  # PEP 691 pages with their PEP 700 sizes: no HEAD needed
        for prefix in ("/whl/xpu/", "/simple/", "/release-whl/"):
            mirror.server.serve_json(prefix)
    announced = first_announcement(mirror, tmp_path / "v")
    expected = {mirror.wheels[key].name: mirror.wheels[key].stat().st_size for key in (*PINS, RUNTIME)}
    assert announced == expected
    heads = [path for method, path in mirror.server.requests if method == "HEAD"]
    assert bool(heads) != json_pages
    torch = mirror.wheels["torch==2.8.0+xpu"]
    assert mirror.server.stats(f"/whl/{torch.name}").requests == 1  # read ahead from its .metadata, not from it
    assert mirror.server.stats(f"/whl/{torch.name}.metadata").requests == 1


def test_without_metadata_files_the_pinned_runtime_joins_when_it_starts(mirror, tmp_path):
    announced = first_announcement(mirror, tmp_path / "v")
    assert mirror.wheels[RUNTIME].name not in announced
    assert set(announced) == {mirror.wheels[key].name for key in PINS}
    torch = mirror.wheels["torch==2.8.0+xpu"]
    assert mirror.server.stats(f"/whl/{torch.name}.metadata").requests == 0
