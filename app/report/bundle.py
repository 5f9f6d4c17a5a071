"""The support bundle: one redacted zip that support can read and replay.

Layout (SUMMARY.md first, so unzip -l and archive viewers show it at the top):
  SUMMARY.md        human-readable summary (Markdown)
  manifest.json     format version, app version, time, file list, what was redacted
  probe.json        the probe (`probe --json` contract); `plan --probe bundle.zip` reads it
  plan.json         the plan for this machine, when one could be made or was saved
  doctor.json       doctor findings for the venv (when --venv is given)
  forecast.json     every SYCL library in the venv: AOT / JIT / fail on the GPU, and its runtime
  pip-list.txt      the venv's distributions
  venv-facts.json   the venv's interpreter, markers, packages and SYCL-related variables
  system.json       OS, app and Python versions
  logs/...          the install log and the smoke verdict with its raw logs, when present
"""

from __future__ import annotations

import datetime as _dt
import json
import locale
import logging
import os
import platform
import sys
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__, fs_errors, hostos, paths, untrusted
from app.catalog.plan_model import Plan
from app.errors import AppError, BadInput, Cancelled
from app.events import EventSink, StepFinished, StepStarted, ignore
from app.messages import msg, read_back
from app.probe.model import Probe
from app.redact import Redactor
from app.report.findings import Finding
from app.report.summary import render_summary

logger = logging.getLogger(__name__)

FORMAT = 1
PROBE_NAME = "probe.json"
MAX_LOG_BYTES = 4 * 1024 * 1024  # per log file; the tail is kept (errors are at the end)


# --- reading ------------------------------------------------------------------------------


MAX_PROBE_BYTES = 4 * 1024 * 1024  # a probe file is ~10 kB
MAX_MEMBER_BYTES = 8 * 1024 * 1024  # any one JSON or text member of a bundle
MAX_FINDINGS = 200


def _json_object(data: bytes, name: str) -> dict:
    value = untrusted.parse_json(data, name)
    if not isinstance(value, dict):
        raise untrusted.refused("wrong_type", file=name, field="(top level)",
                                     expected=untrusted.EXPECTED["object"])
    return value


def read_probe(path: Path) -> Probe:
    """The probe in a support bundle zip, or in a probe JSON file (`probe --json` output).
    The planner (`plan --probe`), the doctor and the wizard's support mode call this.
    Both come from other machines: sizes, nesting and every field's type are checked."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(msg("bundle_missing", file=str(path)))
    if untrusted.is_zip(path):
        with untrusted.open_zip(path, path.name) as zf:
            if PROBE_NAME not in zf.namelist():
                raise BadInput(msg("bundle_no_probe", file=path.name, member=PROBE_NAME))
            name = f"{path.name}:{PROBE_NAME}"
            data = _json_object(untrusted.read_member(zf, PROBE_NAME, MAX_PROBE_BYTES, path.name), name)
    else:
        name = path.name
        raw = untrusted.read_bytes(path, MAX_PROBE_BYTES, name)
        try:
            data = _json_object(raw, name)
        except BadInput as exc:
            if untrusted.refusal(exc) == "not_text":
                raise BadInput(msg("bundle_neither", file=path.name)) from None
            raise
        if "probe" in data and isinstance(data["probe"], dict):
            data = data["probe"]
    if "os" not in data or "gpus" not in data:
        raise BadInput(msg("bundle_not_probe", file=path.name))
    probe = Probe.from_json(data, name)
    probe.source = "file"
    return probe


@dataclass
class Bundle:
    """A support bundle opened for reading (the wizard's support mode shows this)."""

    path: str
    manifest: dict
    summary: str
    probe: Probe
    plan: Plan | None
    doctor: dict | None
    findings: list[Finding]
    files: list[str]

    def read_text(self, name: str) -> str:
        with untrusted.open_zip(self.path) as zf:
            data = untrusted.read_member(zf, name, MAX_MEMBER_BYTES, Path(self.path).name)
        return data.decode("utf-8", errors="replace")


def read_bundle(path: Path) -> Bundle:
    path = Path(path)
    probe = read_probe(path)
    if not untrusted.is_zip(path):
        raise BadInput(msg("bundle_is_probe", file=path.name))
    with untrusted.open_zip(path, path.name) as zf:
        names = zf.namelist()

        def member(name: str) -> bytes:
            return untrusted.read_member(zf, name, MAX_MEMBER_BYTES, path.name)

        def js(name):
            return _json_object(member(name), f"{path.name}:{name}") if name in names else None

        manifest = js("manifest.json") or {}
        plan_data = js("plan.json")
        doctor = js("doctor.json")
        summary = member("SUMMARY.md").decode("utf-8", errors="replace") if "SUMMARY.md" in names else ""
    plan = None
    if plan_data is not None and "choice" in plan_data:
        plan = Plan.from_json(plan_data, f"{path.name}:plan.json")
    where = f"{path.name}:doctor.json"
    raw_findings = untrusted.expect_list((doctor or {}).get("findings", []), where, "findings", MAX_FINDINGS)
    findings = [untrusted.build(Finding, f, where, f"findings[{i}]") for i, f in enumerate(raw_findings)]
    for finding, raw in zip(findings, raw_findings, strict=True):  # their coded sentences, where whole
        finding.message = read_back(finding.message, raw.get("message_code"))
        finding.fix = read_back(finding.fix, raw.get("fix_code"))
    return Bundle(str(path), manifest, summary, probe, plan, doctor, findings, names)


# --- writing ------------------------------------------------------------------------------


def system_info() -> dict:
    os_name = hostos.os_name() if hostos.IS_WINDOWS or sys.platform.startswith("linux") else sys.platform
    pretty = platform.platform()
    if os_name == "linux":
        try:
            pretty = platform.freedesktop_os_release().get("PRETTY_NAME", pretty) + f" (kernel {platform.release()})"
        except OSError:
            pass
    return {
        "os": os_name,
        "os_pretty": pretty,
        "os_version": platform.version(),
        "machine": platform.machine(),
        "app_version": __version__,
        "app_python": platform.python_version(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "locale": locale.getlocale()[0],
        "filesystem_encoding": sys.getfilesystemencoding(),
    }


def _tail(path: Path) -> str:
    size = path.stat().st_size
    with open(path, "rb") as f:
        if size > MAX_LOG_BYTES:
            f.seek(size - MAX_LOG_BYTES)
            head = f"[... {size - MAX_LOG_BYTES} bytes cut; the last {MAX_LOG_BYTES} follow ...]\n"
        else:
            head = ""
        return head + f.read().decode("utf-8", errors="replace")


def _newest(folder: Path, patterns: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    if folder.is_dir():
        for pattern in patterns:
            found.extend(p for p in folder.glob(pattern) if p.is_file())
    return sorted(set(found), key=lambda p: p.stat().st_mtime, reverse=True)


def collect_logs(venv: Path | None) -> dict[str, Path]:
    """Install and smoke logs: the app's log folder, plus a record the installer may keep in the venv."""
    out: dict[str, Path] = {}
    places = [paths.log_dir()]
    if venv is not None:
        places += [venv / ".ipex-aot-installer", venv / "ipex-aot-installer"]
    for folder in places:
        for p in _newest(folder, ("install*.log", "install*.json"))[:2]:
            out.setdefault(f"logs/{p.name}", p)
        for p in _newest(folder, ("smoke*.json", "smoke*.log", "verdict*.json"))[:6]:
            out.setdefault(f"logs/{p.name}", p)
        for p in _newest(folder, ("app.log",)):  # the app's own log: warnings, errors, crashes
            out.setdefault(f"logs/{p.name}", p)
        smoke_dir = folder / "smoke"
        for p in _newest(smoke_dir, ("*.json", "*.log", "*.txt"))[:10]:
            out.setdefault(f"logs/smoke/{p.name}", p)
    return out


def pick_smoke(records: list[dict], venv: Path | None) -> dict | None:
    """The newest smoke verdict for `venv` (records come newest first); without one, the
    newest at all, which still names the venv it tested, so the summary can say so."""
    if venv is not None:
        for record in records:
            if _same_venv(record.get("venv"), venv):
                return record
    return records[0] if records else None


def _same_venv(recorded: str | None, venv: Path) -> bool:
    return bool(recorded) and os.path.normcase(str(recorded)) == os.path.normcase(str(venv.resolve()))


def _saved_plan(venv: Path | None) -> dict | None:
    candidates = []
    if venv is not None:
        candidates += [venv / ".ipex-aot-installer" / "plan.json", venv / "ipex-aot-installer" / "plan.json"]
    candidates += [paths.data_dir() / "last-plan.json"]
    for c in candidates:
        if c.is_file():
            try:
                return json.loads(c.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                continue
    return None


def make_plan(probe: Probe) -> tuple[dict | None, str | None]:
    """A fresh plan for this probe from the planner, or (None, why not)."""
    try:
        from app.catalog import planner
    except ImportError:
        return None, "the planner is not available in this build"
    try:
        plan = planner.plan(probe)
    except AppError as exc:
        return None, f"no plan could be made: {exc}"
    except Exception as exc:  # a support bundle is most needed when things are broken
        logger.debug("planner failed", exc_info=True)
        return None, f"the planner failed ({type(exc).__name__}: {exc})"
    return plan.to_json(), None


@dataclass
class BundleResult:
    path: Path
    files: list[str]
    redactions: list[dict]
    notes: list[str] = field(default_factory=list)
    doctor_healthy: bool | None = None


def write_bundle(
    out: Path,
    *,
    venv: Path | None = None,
    probe: Probe | None = None,
    redactor: Redactor | None = None,
    on_event: EventSink = ignore,
    cancel: threading.Event | None = None,
) -> BundleResult:
    """Gather everything support needs, redact it, and write one zip at `out`."""
    out = Path(out)
    if out.suffix.lower() != ".zip":
        raise BadInput(msg("bundle_name_zip", name=out.name))
    if not out.parent.is_dir():
        raise BadInput(msg("bundle_folder_missing", folder=str(out.parent)))
    redactor = redactor or Redactor()
    notes: list[str] = []
    entries: dict[str, str] = {}

    def step(name: str) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        on_event(StepStarted(name))

    step("probe")
    live = probe is None  # a probe handed in describes another machine (or an earlier run)
    if probe is None:
        from app.report.doctor import live_probe

        probe, why = live_probe(with_pythons=True)  # the plan replay needs the Pythons
        if why:
            notes.append(why)
    probe_json = probe.to_json() if probe is not None else None

    doctor_json = None
    facts_json = None
    if venv is not None:
        step("doctor")
        from app.report.doctor import run_doctor

        try:
            report = run_doctor(Path(venv), probe=probe, live=live, cancel=cancel)
        except BadInput:
            raise
        except AppError as exc:  # a broken venv is a finding for the bundle, not a failure
            notes.append(f"The doctor could not read the venv: {exc}")
        else:
            doctor_json = report.to_json()
            facts_json = report.facts.to_json()
            if report.forecast is not None:
                entries["forecast.json"] = json.dumps(report.forecast, indent=2, ensure_ascii=False)
            entries["pip-list.txt"] = report.facts.pip_list()
        on_event(StepFinished("doctor"))

    step("plan")
    # The plan this machine installed from; a recorded probe gets a fresh plan of its own.
    plan_json = _saved_plan(Path(venv) if venv else None) if live else None
    if plan_json is None and probe is not None:
        plan_json, why = make_plan(probe)
        if why:
            notes.append(why)

    step("logs")
    smoke_records: list[dict] = []
    logs = collect_logs(Path(venv) if venv else None)
    for name, path in logs.items():
        try:
            entries[name] = _tail(path)
        except OSError as exc:
            notes.append(f"could not read {path.name}: {exc.strerror}")
            continue
        if name.endswith(".json") and ("smoke" in name or "verdict" in name):
            try:
                data = json.loads(entries[name])
                if isinstance(data, dict) and "verdict" in data:
                    smoke_records.append(data)
            except json.JSONDecodeError:
                pass
    smoke_json = pick_smoke(smoke_records, Path(venv) if venv else None)
    if venv and smoke_json is not None and not _same_venv(smoke_json.get("venv"), Path(venv)):
        notes.append(f"No smoke test of {venv} was kept; the verdict shown is the newest one, "
                     f"from {smoke_json.get('venv') or 'an unnamed venv'}.")

    system = system_info()
    created = _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
    if probe_json is not None:
        entries[PROBE_NAME] = json.dumps(probe_json, indent=2, ensure_ascii=False)
    if plan_json is not None:
        entries["plan.json"] = json.dumps(plan_json, indent=2, ensure_ascii=False)
    if doctor_json is not None:
        entries["doctor.json"] = json.dumps(doctor_json, indent=2, ensure_ascii=False)
    if facts_json is not None:
        entries["venv-facts.json"] = json.dumps(facts_json, indent=2, ensure_ascii=False)
    entries["system.json"] = json.dumps(system, indent=2, ensure_ascii=False)

    step("redact")
    # Redact every file; the structured parts are redacted again as values for the summary.
    entries = {name: redactor.text(text) for name, text in entries.items()}
    def red(v):
        return redactor.json(v) if v is not None else None
    redacted_parts = dict(
        system=red(system),
        probe=red(probe_json),
        plan=red(plan_json),
        doctor=red(doctor_json),
        smoke=red(smoke_json),
    )
    notes = [redactor.text(n) for n in notes]
    names = ["SUMMARY.md", "manifest.json", *sorted(entries)]
    redactions = [r.to_json() for r in redactor.report()]
    summary = render_summary(
        created=created,
        app_version=__version__,
        redactions=redactions,
        files=names,
        notes=notes,
        **redacted_parts,
    )
    manifest = {
        "format": FORMAT,
        "kind": "ipex-aot-installer-support-bundle",
        "app_version": __version__,
        "created": created,
        "files": names,
        "redactions": redactions,
        "notes": notes,
    }

    step("write")
    tmp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("SUMMARY.md", summary)
            zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
            for name in sorted(entries):
                zf.writestr(name, entries[name])
        os.replace(tmp, out)
    except OSError as exc:  # a full disk, a read-only folder: no half-written bundle stays
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        err = fs_errors.from_os_error(exc, out if fs_errors.kind(exc) == "too_long" else out.parent,
                                      partial_removed=fs_errors.kind(exc) == "full")
        if err is None:
            raise
        raise err from None
    on_event(StepFinished("write"))
    return BundleResult(
        path=out,
        files=names,
        redactions=redactions,
        notes=notes,
        doctor_healthy=doctor_json.get("healthy") if doctor_json else None,
    )
