"""What support mode shows from a file another computer sent: a support bundle (zip), a probe
JSON, or the raw PowerShell adapter list (gpus.json). Qt-free; everything is read within the
limits of app.untrusted, and a file that cannot be used is refused with one coded sentence
(BadInput). A bundle without some of its parts (an older version, written without an
environment) still gives what it has, and `missing` names what it lacks.

For a bundle: the other computer (host name when the bundle records one, else its OS), the
user's plan, the newest GPU test verdict with its evidence, the doctor's findings, the
forecast's summary and the install error, each sentence in its coded form where the file kept
one (app/messages.py), so the reader sees it in their own language.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import untrusted
from app.errors import BadInput
from app.messages import Message, from_json, msg, read_back, read_back_list
from app.probe.model import Probe
from app.report.findings import Finding

if TYPE_CHECKING:
    from app.report.bundle import Bundle

Json = dict[str, Any]

KINDS = ("bundle", "probe", "snapshot")
# Parts a complete bundle has, in the order support reads them; `missing` lists the absent ones.
PARTS = ("system", "plan", "install", "smoke", "doctor")
VERDICTS = ("aot", "jit", "mixed", "cached", "unknown", "no_device", "failed")
MAX_RECORDS = 40  # kept log records (smoke-*.json, install-*.json) looked at in one bundle
MAX_RECORD_BYTES = 2 * 1024 * 1024
MAX_EVIDENCE = 8  # evidence lines shown; the rest is in the bundle's logs
MAX_LINE = 300
HOST = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}")  # a NetBIOS or DNS name; "<host>" is redacted
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class InstallFailure:
    """The install error the user saw: the step it stopped, the sentence (a Message when the
    record kept its coded form) and the English original, for Details."""

    step: str | None
    sentence: str
    english: str
    venv: str | None = None


@dataclass
class SmokeRecord:
    verdict: str
    evidence: list[str]  # coded sentences read back; the runtime's own trace lines are data
    venv: str | None = None


@dataclass
class SupportView:
    kind: str  # bundle | probe | snapshot
    source: str
    probe: Probe
    host: str | None = None
    os_name: str | None = None  # "Windows 11", "Ubuntu 24.04 LTS": data, shown as it is
    plan_json: dict[str, Any] | None = None
    install_ok: bool | None = None  # None: no install record
    install_failure: InstallFailure | None = None
    smoke: SmokeRecord | None = None
    findings: list[Finding] | None = None  # None: no doctor report
    doctor_venv: str | None = None
    forecast: str | None = None  # the forecast's first sentence
    missing: list[str] = field(default_factory=list)  # PARTS this bundle lacks

    def title(self) -> Message:
        """The window's title: the other computer, and that nothing here acts on it."""
        return msg(f"support_title_{self.kind}", computer=computer(self.host, self.os_name))

    def missing_sentences(self) -> list[Message]:
        return [msg(f"support_missing_{part}") for part in self.missing]


def computer(host: str | None, os_name: str | None) -> Message:
    if host and os_name:
        return msg("support_computer_named", host=host, os=os_name)
    if host:
        return msg("support_computer_host", host=host)
    if os_name:
        return msg("support_computer_os", os=os_name)
    return msg("support_computer_unknown")


# --- opening ----------------------------------------------------------------------------------


def load(path: Path) -> SupportView:
    """The view of a bundle, a probe JSON or a gpus.json; BadInput (one sentence) otherwise."""
    from app.report.bundle import read_bundle, read_probe

    path = Path(path)
    if untrusted.is_zip(path):
        return _bundle_view(read_bundle(path), path)
    _refuse_broken_zip(path)
    try:
        probe = read_probe(path)
        return SupportView("probe", str(path), probe, os_name=_os_word(probe.os))
    except BadInput as not_a_probe:
        # The raw PowerShell adapter list (gpus.json) the README asks users to send: probed
        # here as the Windows snapshot it is; when it is not one either, the probe's refusal.
        from app.probe.probe import probe_machine

        try:
            probe = probe_machine(windows_snapshot=path, with_pythons=False)
        except BadInput:
            raise not_a_probe from None
        return SupportView("snapshot", str(path), probe, os_name="Windows")


def _refuse_broken_zip(path: Path) -> None:
    """A file that starts like a zip but is not a readable one (cut short, damaged): the zip's
    refusal, not "not JSON"."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return  # the probe reader words a missing or unreadable file
    if head == ZIP_MAGIC:
        raise untrusted.refused("bad_zip", file=path.name)


def _os_word(os_code: str) -> str | None:
    return {"windows": "Windows", "linux": "Linux"}.get(os_code)


def _bundle_view(bundle: Bundle, path: Path) -> SupportView:
    view = SupportView("bundle", str(path), bundle.probe, os_name=_os_word(bundle.probe.os))
    view.plan_json = bundle.plan.to_json() if bundle.plan is not None else None
    doctor = bundle.doctor
    if doctor is not None:
        view.findings = list(bundle.findings)
        venv = doctor.get("venv")
        view.doctor_venv = venv if isinstance(venv, str) else None
        view.forecast = _forecast_sentence(doctor.get("forecast"))
    with untrusted.open_zip(path, path.name) as zf:
        names = zf.namelist()
        system = _member_json(zf, "system.json", path.name) if "system.json" in names else None
        read = [(n, _member_json(zf, n, path.name)) for n in _record_names(names)]
    records = [(name, data) for name, data in read if data is not None]
    if system is not None and system.get("os") == bundle.probe.os:
        # system.json describes the computer that wrote the bundle; a probe handed to the
        # writer (`report --probe`) may describe another one, whose OS the probe gives.
        view.host = _host(system)
        view.os_name = _os_name(system) or view.os_name
    _read_install(view, [(n, d) for n, d in records if _base(n).startswith("install")])
    view.smoke = _pick_smoke([(n, d) for n, d in records if "verdict" in d], view.doctor_venv)
    present = {"system": system is not None, "plan": view.plan_json is not None,
               "install": view.install_ok is not None, "smoke": view.smoke is not None,
               "doctor": view.findings is not None}
    view.missing = [part for part in PARTS if not present[part]]
    return view


def _base(name: str) -> str:
    return name.rsplit("/", 1)[-1].lower()


def _record_names(names: list[str]) -> list[str]:
    """The kept JSON records under logs/ (install and smoke), newest first by their stamped
    names; a member whose name leaves logs/ (../, an absolute path) is never looked at."""
    found = [n for n in names if n.startswith("logs/") and n.endswith(".json") and ".." not in n.split("/")
             and "\\" not in n and _base(n).startswith(("install", "smoke", "verdict"))]
    return sorted(found, key=_base, reverse=True)[:MAX_RECORDS]


def _member_json(zf: zipfile.ZipFile, name: str, shown: str) -> Json | None:
    """A log record copied into the bundle: a broken one is skipped (the bundle's own parts
    are refused by read_bundle; a log is the user's file, cut or damaged as it may be)."""
    try:
        value = untrusted.parse_json(untrusted.read_member(zf, name, MAX_RECORD_BYTES, shown), f"{shown}:{name}")
    except BadInput:
        if name == "system.json":
            raise
        return None
    if not isinstance(value, dict):
        if name == "system.json":
            raise untrusted.refused("wrong_type", file=f"{shown}:{name}", field="(top level)",
                                    expected=untrusted.EXPECTED["object"])
        return None
    return value


def _text(value: Any, limit: int = 200) -> str | None:
    if not isinstance(value, str):
        return None
    value = "".join(c for c in value if c.isprintable()).strip()
    return value[:limit] or None


def _host(system: Json) -> str | None:
    for key in ("host", "hostname", "computer_name"):
        value = _text(system.get(key), 63)
        if value and HOST.fullmatch(value):
            return value
    return None


def _os_name(system: Json) -> str | None:
    """'Windows 11' / 'Windows 10' from the build number (platform.platform() says 10 for both
    on Python 3.11), a Linux distribution's own name without the kernel, else None."""
    os_code = system.get("os")
    if os_code == "windows":
        version = _text(system.get("os_version"), 40) or ""
        parts = version.split(".")
        if len(parts) >= 3 and parts[2].isdigit():
            return "Windows 11" if int(parts[2]) >= 22000 else "Windows 10"
        return "Windows"
    if os_code == "linux":
        pretty = _text(system.get("os_pretty"), 80) or ""
        name = pretty.split(" (kernel", 1)[0].strip()
        return name if name and not name.lower().startswith("linux-") else "Linux"
    return None


def _forecast_sentence(summary: Any) -> str | None:
    if not isinstance(summary, dict) or not isinstance(summary.get("sentences"), list) or not summary["sentences"]:
        return None
    first = summary["sentences"][0]
    if not isinstance(first, dict) or not isinstance(first.get("text"), str):
        return None
    return read_back(first["text"][:1000], {"code": first.get("code"), "params": first.get("params", {})})


def _read_install(view: SupportView, records: list[tuple[str, Json]]) -> None:
    """The newest install record: a finished install (an InstallResult) or a failure
    (InstallLog.keep_failure). A stopped install is neither an error nor a success."""
    for _name, data in records:
        ok = data.get("ok")
        if not isinstance(ok, bool):
            continue
        view.install_ok = ok
        if ok or data.get("cancelled") is True:
            return
        error = data["error"] if isinstance(data.get("error"), dict) else {}
        english = _text(error.get("text"), 2000) or ""
        coded = from_json(error.get("coded"))
        sentence = coded if coded is not None and coded == english else None
        step = _text(data.get("failed_step"), 80)
        view.install_failure = InstallFailure(
            step=step, sentence=sentence if sentence is not None else msg("support_install_uncoded"),
            english=english, venv=_text(data.get("venv"), 400))
        return


def _pick_smoke(records: list[tuple[str, Json]], venv: str | None) -> SmokeRecord | None:
    """The verdict for the doctor's environment when one was kept, else the newest."""
    usable = []
    for _name, data in records:
        verdict = data.get("verdict")
        if verdict not in VERDICTS:
            continue
        raw: list[Any] = data["evidence"] if isinstance(data.get("evidence"), list) else []
        lines = [t[:MAX_LINE] for t in raw[:MAX_EVIDENCE] if isinstance(t, str)]
        codes = data.get("evidence_codes")
        if isinstance(codes, list) and len(codes) == len(raw) and len(lines) == min(len(raw), MAX_EVIDENCE):
            lines = read_back_list(lines, codes[:len(lines)])
        usable.append(SmokeRecord(verdict, lines, _text(data.get("venv"), 400)))
    if venv is not None:
        for record in usable:
            if record.venv and os.path.normcase(record.venv) == os.path.normcase(venv):
                return record
    return usable[0] if usable else None
