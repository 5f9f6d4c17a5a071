"""Is there nothing for the plan's steps to do in an existing venv? Then a repeat install skips
the safety copy and the uv/pip runs (seconds for a multi-GB venv) and only verifies.

A step is skipped only when all of these hold, so that running it could not change anything:
- every requirement is a local wheel or an exact "name==version" pin, and the venv has that
  name at exactly that version (the local label too: 2.8.0 is not 2.8.0+xpu);
- for a local wheel (the plan's pinned, hash-checked files), every file the wheel carries is
  installed with the hash the wheel's own RECORD gives it: the installed bytes came from this
  very wheel, not from another build with the same version;
- unless the step is --no-deps, every dependency the installed packages declare (markers
  evaluated for the venv's Python, extras followed) is installed at a version it accepts, as
  uv and pip check before they decide there is nothing to do;
- no installed file changed since our last install recorded the venv (size, modification time
  and file id of every file in every RECORD): a file edited or deleted since, or a package
  added or removed by hand, means the steps run as usual.
Anything this module cannot read or does not understand means "run the steps".
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from app.fetch.pins import requirement_pin

logger = logging.getLogger(__name__)

STATE_FILE = "state.json"  # in the venv's record folder, beside plan.json and install.json
STATE_VERSION = 1
MAX_RECORD_BYTES = 64 << 20  # a RECORD larger than this is not read (torch's is about 2 MB)


@dataclass
class Dist:
    name: str  # canonical
    version: str
    info_dir: Path
    requires: list[str] = field(default_factory=list)


def read_dists(site: Path) -> dict[str, Dist] | None:
    """The .dist-info distributions in `site`; None when a METADATA cannot be read or one name
    is installed twice (the answer would depend on which one Python finds first)."""
    dists: dict[str, Dist] = {}
    try:
        entries = sorted(site.iterdir())
    except OSError:
        return None
    for entry in entries:
        if entry.suffix == ".egg-info":
            return None  # old egg metadata: leave those venvs to uv and pip
        if entry.suffix != ".dist-info":
            continue
        headers = _metadata(entry / "METADATA")
        if headers is None or not headers.get("name") or not headers.get("version"):
            return None
        name = canonicalize_name(headers["name"][0])
        if name in dists:
            return None
        dists[name] = Dist(name, headers["version"][0], entry, headers.get("requires-dist", []))
    return dists


def _metadata(path: Path) -> dict[str, list[str]] | None:
    headers: dict[str, list[str]] = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            last = None
            for line in f:
                if not line.strip():
                    break  # the long description starts here
                if line[0] in " \t" and last is not None:  # a folded header line
                    headers[last][-1] += " " + line.strip()
                    continue
                key, sep, value = line.partition(":")
                if not sep:
                    return None
                last = key.strip().lower()
                headers.setdefault(last, []).append(value.strip())
    except OSError:
        return None
    return headers


# ---- the state our last install left -------------------------------------------------------

def fingerprints(site: Path, dists: dict[str, Dist]) -> dict[str, str] | None:
    """Per distribution, a digest of (path, size, mtime, file id) of every file its RECORD
    lists. Byte code Python writes later is not in RECORD and does not count."""
    out: dict[str, str] = {}
    base = str(site) + os.sep
    for dist in dists.values():
        record = _record(dist.info_dir)
        if record is None:
            return None
        lines = []
        for rel in sorted(record):
            try:
                st = os.stat(base + rel, follow_symlinks=False)
            except (OSError, ValueError):  # ValueError: a NUL in a path from RECORD
                lines.append(f"{rel}\0missing")
                continue
            lines.append(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}")
        out[dist.info_dir.name] = hashlib.sha256("\n".join(lines).encode("utf-8", "surrogateescape")).hexdigest()
    return out


def write_state(record_dir: Path, site: Path | None) -> None:
    """Record the venv as our install left it (after a verified install); best effort."""
    state = record_dir / STATE_FILE
    try:
        dists = read_dists(site) if site is not None else None
        prints = fingerprints(site, dists) if site is not None and dists is not None else None
        if prints is None:
            state.unlink(missing_ok=True)
            return
        state.write_text(json.dumps({"version": STATE_VERSION, "dists": prints}), encoding="utf-8")
    except OSError as exc:
        logger.info("could not record the venv's state in %s: %s", state, exc)


def changed_since_recorded(record_dir: Path, site: Path, dists: dict[str, Dist]) -> str | None:
    """Why the venv is not as our last install left it, or None when it is."""
    try:
        state = json.loads((record_dir / STATE_FILE).read_text(encoding="utf-8"))
        recorded = state["dists"] if state.get("version") == STATE_VERSION else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        recorded = None
    if not isinstance(recorded, dict):
        return "no record of an earlier install by this app"
    now = fingerprints(site, dists)
    if now is None:
        return "a package's file list (RECORD) cannot be read"
    added = sorted(now.keys() - recorded.keys())
    removed = sorted(recorded.keys() - now.keys())
    changed = sorted(k for k in now.keys() & recorded.keys() if now[k] != recorded[k])
    if added or removed or changed:
        parts = [f"{what}: {', '.join(names[:5])}" for what, names in
                 (("added", added), ("removed", removed), ("files changed", changed)) if names]
        return "packages changed since the last install (" + "; ".join(parts) + ")"
    return None


def _record(info_dir: Path) -> dict[str, str] | None:
    """{path relative to site-packages: "sha256=..." or ""} from an installed RECORD."""
    try:
        path = info_dir / "RECORD"
        if path.stat().st_size > MAX_RECORD_BYTES:
            return None
        return _parse_record(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, csv.Error):
        return None


def _parse_record(text: str, native: bool = True) -> dict[str, str]:
    """RECORD is CSV (path,hash,size); a line without quotes is split by hand, which is 3x
    faster than the csv module on torch's thousands of lines. native: paths with the OS's
    separators (as installers write them on Windows), else as written."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if '"' in line:
            rows = list(csv.reader(io.StringIO(line)))
            row = rows[0] if rows else []
        else:
            row = line.rsplit(",", 2) if line.count(",") >= 2 else line.split(",")
        if row and row[0]:
            out[os.path.normpath(row[0]) if native and os.name == "nt" else row[0]] = row[1] if len(row) > 1 else ""
    return out


# ---- would a step change anything? --------------------------------------------------------

def unsatisfied(requirements: list[str], no_deps: bool, dists: dict[str, Dist], python_version: str) -> str | None:
    """Why installing `requirements` could change the venv, or None when it could not."""
    roots: list[Dist] = []
    for req in requirements:
        if req.endswith(".whl") and os.path.isfile(req):
            why = _wheel_unsatisfied(Path(req), dists)
            if why:
                return why
            roots.append(dists[canonicalize_name(parse_wheel_filename(Path(req).name)[0])])
            continue
        pin = requirement_pin(req)
        if pin is None or pin.wildcard:
            return f"{req} is not an exact pin"
        dist = dists.get(pin.name)
        if dist is None:
            return f"{pin.name} is not installed"
        if pin.operator == "===":  # arbitrary equality: the text itself
            same = dist.version.lower() == pin.version.lower()
        else:
            same = _same_version(dist.version, Version(pin.version))
        if not same:
            return f"{pin.name} is {dist.version}, not {pin.version}"
        if (dist.info_dir / "direct_url.json").exists():
            return f"{pin.name} was installed from a file or URL, the plan names an index version"
        roots.append(dist)
    if no_deps:
        return None
    return _dependencies_unsatisfied(roots, dists, python_version)


def _same_version(installed: str, want: Version) -> bool:
    try:
        have = Version(installed)
    except InvalidVersion:
        return False
    return have == want and have.local == want.local


def _wheel_unsatisfied(wheel: Path, dists: dict[str, Dist]) -> str | None:
    try:
        name, version, _build, _tags = parse_wheel_filename(wheel.name)
    except (InvalidWheelFilename, InvalidVersion):
        return f"{wheel.name} is not a wheel name"
    dist = dists.get(canonicalize_name(name))
    if dist is None:
        return f"{name} is not installed"
    if not _same_version(dist.version, version):
        return f"{name} is {dist.version}, not {version}"
    shipped = _wheel_record(wheel)
    installed = _record(dist.info_dir)
    if shipped is None or installed is None:
        return f"the file lists of {wheel.name} and the installed {name} cannot be compared"
    for path, digest in shipped.items():
        if installed.get(path) != digest:
            return f"the installed {name} is not the content of {wheel.name} ({path})"
    info = dist.info_dir.name + ("\\" if os.name == "nt" else "/")
    for path in installed.keys() - shipped.keys():
        # What an installer adds: its own metadata, scripts outside site-packages, byte code.
        if path.startswith((info, "..")) or (path.endswith(".pyc") and "__pycache__" in path):
            continue
        return f"the installed {name} has a file {wheel.name} does not ({path}); an installer would remove it"
    return None


def _wheel_record(wheel: Path) -> dict[str, str] | None:
    """{installed path: hash} of every file the wheel carries, from its RECORD; None when the
    wheel installs files outside site-packages (scripts, headers, data) or has no RECORD."""
    try:
        with zipfile.ZipFile(wheel) as zf:
            records = [n for n in zf.namelist() if n.count("/") == 1 and n.endswith(".dist-info/RECORD")]
            if len(records) != 1 or zf.getinfo(records[0]).file_size > MAX_RECORD_BYTES:
                return None
            text = zf.read(records[0]).decode("utf-8")
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, KeyError):
        return None
    out: dict[str, str] = {}
    try:
        rows = _parse_record(text, native=False)
    except csv.Error:
        return None
    for path, digest in rows.items():
        if path == records[0]:
            continue  # RECORD itself is rewritten by every installer
        top, _, rest = path.partition("/")
        if top.endswith(".data"):
            kind, _, inner = rest.partition("/")
            if kind not in ("purelib", "platlib"):
                return None
            path = inner
        if not digest:
            return None
        out[os.path.normpath(path) if os.name == "nt" else path] = digest
    return out


def _dependencies_unsatisfied(roots: list[Dist], dists: dict[str, Dist], python_version: str) -> str | None:
    """Walk Requires-Dist from `roots` as uv and pip do before they decide nothing is to do."""
    from packaging.markers import default_environment
    from packaging.requirements import InvalidRequirement, Requirement

    env: dict[str, str] = {k: str(v) for k, v in default_environment().items()}
    env.update(python_full_version=python_version, implementation_version=python_version,
               python_version=".".join(python_version.split(".")[:2]))
    queue: list[tuple[Dist, frozenset[str]]] = [(d, frozenset()) for d in roots]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        dist, extras = queue.pop()
        if (dist.name, extras) in seen:
            continue
        seen.add((dist.name, extras))
        for text in dist.requires:
            try:
                req = Requirement(text)
            except InvalidRequirement:
                return f"{dist.name} declares a dependency that cannot be read ({text})"
            try:
                wanted = req.marker is None or any(req.marker.evaluate({**env, "extra": e}) for e in (extras or {""}))
            except Exception:  # packaging raises several kinds on markers it cannot compare
                return f"{dist.name} declares a dependency whose marker cannot be evaluated ({text})"
            if not wanted:
                continue
            if req.url:
                return f"{dist.name} depends on a URL ({req.name})"
            dep = dists.get(canonicalize_name(req.name))
            if dep is None:
                return f"{req.name}, which {dist.name} needs, is not installed"
            try:
                ok = req.specifier.contains(Version(dep.version), prereleases=True)
            except InvalidVersion:
                ok = False
            if not ok:
                return f"{dist.name} needs {req.name}{req.specifier}, and {dep.version} is installed"
            queue.append((dep, frozenset(req.extras)))
    return None
