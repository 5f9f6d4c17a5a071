"""Releases an index serves that the catalog does not know yet: offered, never assumed verified.

`plan --check-newer` reads the PyTorch XPU index the catalog's upstream builds install from
(or one named with --newer-index) and lists each torch series newer than the catalog's newest
for the plan's OS. What such a release is known to have is said, and what is not:
- its Python versions: the cpXY tags of its wheel files for this OS (read from the index);
- its AOT list: the torch-xpu-ops release branch default when the catalog records one for the
  series (`aot_defaults`), else unknown; never measured from its wheels;
- nothing about its torchvision/torchaudio pairing.
The catalog's builds are not touched and the pick does not change: this is a notice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from packaging.utils import InvalidWheelFilename, parse_wheel_filename
from packaging.version import Version

from app.catalog import wheels
from app.catalog.model import Catalog
from app.catalog.plan_model import Plan, Step, Unverified
from app.fetch import index_page
from app.messages import msg

PROJECT = "torch"
PYTHONS = tuple(f"3.{minor}" for minor in range(8, 17))


def _series(version: Version) -> tuple[int, int]:
    return version.major, version.minor


def catalog_index(catalog: Catalog, os_name: str) -> str | None:
    """The index the catalog's newest upstream build for `os_name` installs torch from."""
    upstream = [b for b in catalog.builds if b.channel == "torch-xpu" and b.os == os_name]
    for build in sorted(upstream, key=lambda b: _known_series(b.versions.get("torch")), reverse=True):
        for step in build.steps:
            if step.index_url:
                return step.index_url
    return None


def _known_series(text: str | None) -> tuple[int, int]:
    try:
        return _series(Version((text or "0.0").replace(".*", "")))
    except ValueError:
        return (0, 0)


def newest_known(catalog: Catalog, os_name: str) -> tuple[int, int]:
    """The newest torch series of the catalog's upstream builds for `os_name` ((0, 0): none)."""
    return max((_known_series(b.versions.get("torch")) for b in catalog.builds
                if b.channel == "torch-xpu" and b.os == os_name), default=(0, 0))


def find(catalog: Catalog, os_name: str, index_url: str,
         fetch: Callable[[str, str], list[index_page.IndexFile]] = index_page.project_files) -> list[Unverified]:
    """Each torch series on `index_url` newer than the catalog knows for `os_name`, newest first.
    Pre-releases, yanked files and wheels for other OSes are left out."""
    known = newest_known(catalog, os_name)
    per_series: dict[tuple[int, int], dict[str, Any]] = {}
    for f in fetch(index_url, PROJECT):
        if f.yanked:
            continue
        try:
            name, version, _, _ = parse_wheel_filename(f.filename)
        except InvalidWheelFilename:
            continue
        if name != PROJECT or version.is_prerelease or _series(version) <= known:
            continue
        if os_name not in wheels.file_os(f.filename):
            continue
        slot = per_series.setdefault(_series(version), {"versions": set(), "pythons": set()})
        slot["versions"].add(version)
        slot["pythons"].update(p for p in PYTHONS if wheels.fits(f.filename, p, os_name))
    found = []
    for series in sorted(per_series, reverse=True):
        slot = per_series[series]
        if not slot["pythons"]:
            continue
        label = f"{series[0]}.{series[1]}"
        newest = max(slot["versions"])
        default = catalog.aot_default(label, os_name)
        pythons = sorted(slot["pythons"], key=wheels.parse_python)
        found.append(Unverified(
            project=PROJECT, version=str(newest), series=label, os=os_name, index_url=index_url,
            pythons=pythons, pythons_source=f"the wheel file names on {index_url}",
            aot_devices=list(default.devices) if default else None,
            aot_certainty=default.certainty if default else "unknown",
            aot_source=default.source if default else None,
            steps=[Step(id="pytorch", requirements=[f"torch=={label}.*"], index_url=index_url)],
            not_known=["aot_measured", "torchvision_pairing", "torchaudio_pairing"]
            + ([] if default else ["aot_devices"]),
        ))
    return found


def notice(entry: Unverified) -> str:
    """One sentence per newer release: what is known about it and what is not."""
    pythons = list(entry.pythons)
    command = f"pip install \"torch=={entry.series}.*\" --index-url {entry.index_url}"
    if entry.aot_devices:
        return msg("plan_newer_release_aot_default", version=entry.version, os=_OS[entry.os],
                   index=entry.index_url, pythons=pythons, devices=",".join(entry.aot_devices),
                   series=entry.series, command=command)
    return msg("plan_newer_release_aot_unknown", version=entry.version, os=_OS[entry.os],
               index=entry.index_url, pythons=pythons, series=entry.series, command=command)


_OS = {"linux": "Linux", "windows": "Windows"}


def reader_fetch(stall: float = 10.0) -> Callable[[str, str], list[index_page.IndexFile]]:
    """The page reader `catalog discover` uses: bounded size and silence, redirects checked,
    every file name and URL on the page gated; a few quick retries."""
    from app.catalog.discover_read import MAX_PAGE, Reader
    from app.fetch import guard
    from app.fetch.session import make_session

    reader = Reader(make_session(None), limits=guard.Limits(stall=stall, page_max=MAX_PAGE), backoff=0.5)
    return reader.project


def attach(plan: Plan, catalog: Catalog, os_name: str, index_url: str | None = None,
           fetch: Callable[[str, str], list[index_page.IndexFile]] | None = None) -> Plan:
    """Look on the index for newer releases and add them to `plan` (unverified + a warning each).
    An index that cannot be read costs one warning, never the plan."""
    from app.errors import AppError

    index = index_url or catalog_index(catalog, os_name)
    if index is None:
        return plan
    plan.inputs["newer_index"] = index
    try:
        found = find(catalog, os_name, index, fetch or reader_fetch())
    except AppError as exc:  # BadInput included: a page we refuse to read is a page we could not read
        plan.warnings.append(msg("plan_newer_unreadable", index=index, reason=exc.message()))
        return plan
    plan.unverified.extend(found)
    plan.warnings.extend(notice(e) for e in found)
    return plan


def short_notice(entry: Unverified) -> str:
    """The wizard's calm one-line note about a newer release: its Pythons and its AOT list
    (or that it is not known). The index and the command to try it are the command line's
    (`plan --check-newer`, `notice`)."""
    pythons = list(entry.pythons)  # a list param: the renderer joins it
    if entry.aot_devices:
        return msg("newer_note_aot_default", series=entry.series, pythons=pythons,
                   devices=list(entry.aot_devices))
    return msg("newer_note_aot_unknown", series=entry.series, pythons=pythons)


def look(catalog: Catalog, os_name: str, index_url: str | None, cancel: threading.Event,
         timeout: float = 5.0) -> list[Unverified]:
    """For the wizard, in the background: the newer releases on the index, within `timeout`
    seconds in all (retries included). An index that cannot be read in that time, or that we
    refuse, gives [] (the notice is a courtesy, never a hold-up); the caller's cancel raises
    Cancelled."""
    from app.catalog.discover_read import MAX_PAGE, Reader
    from app.errors import AppError, Cancelled
    from app.fetch import guard
    from app.fetch.deadline import bounded
    from app.fetch.session import make_session

    index = index_url or catalog_index(catalog, os_name)
    if index is None:
        return []
    with bounded(cancel, timeout) as stop, make_session(None) as session:
        reader = Reader(session, cancel=stop, limits=guard.Limits(stall=timeout, page_max=MAX_PAGE), backoff=0.2)
        try:
            return find(catalog, os_name, index, reader.project)
        except Cancelled:
            if cancel.is_set():
                raise
            return []
        except AppError:
            return []
