"""Install a plan into a venv: find or provision the Python, fetch the big wheels with our
resumable, verified downloader, show a dry run, then run the plan's steps in order inside a
transaction (a staging venv for a new one, a snapshot for an existing one), verify what got
installed against the plan, and commit, or roll back on any failure or cancel."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from app import fs_errors, proc
from app.catalog.plan_check import check_plan
from app.catalog.plan_model import Choice, Plan, Step
from app.envs import interpreter, journal, runlock, transaction
from app.envs import venv as venvs
from app.errors import AppError, BadInput, Cancelled
from app.events import DownloadSizes, EventSink, LogLine, StepFinished, StepStarted, Warning_, ignore
from app.fetch import wheelhouse as wh
from app.fetch.index import pinned
from app.fetch.mirrors import Mirrors
from app.fetch.pins import requirement_pin
from app.hostos import IS_WINDOWS
from app.install.backends import GUARD_ENV, Backend, InstallArgs, UvBackend, choose_backend
from app.install.log import InstallLog
from app.install.result import DryRun, InstallResult, StepRun
from app.messages import msg
from app.redact import redact_text
from app.untrusted_names import check_url, plain_http_remote

logger = logging.getLogger(__name__)

Confirm = Callable[[DryRun], bool]


def install(
    plan: Plan,
    venv: Path | str,
    *,
    python: str | None = None,
    mirrors: Mirrors | None = None,
    proxy: str | None = None,
    wheelhouse: Path | None = None,
    backend: str = "auto",
    seed_pip: bool = True,
    dry_run: bool = False,
    allow_http: bool = False,
    confirm: Confirm | None = None,
    on_event: EventSink = ignore,
    cancel: threading.Event | None = None,
    session=None,
) -> InstallResult:
    """Blocking. Raises BadInput (nothing was touched), AppError or Cancelled (the target is as
    it was before: a new venv was never moved into place, an existing one was restored).
    The raised error carries `log_path`, the install log for the support bundle.

    Nothing from the plan is trusted: its names, URLs and requirements are checked before any
    I/O (plan_check). A dry run downloads nothing and writes nothing, not even the log."""
    started = time.monotonic()
    cancel = cancel or threading.Event()
    mirrors = mirrors or Mirrors()
    if plan.choice is None:
        raise BadInput(msg("plan_no_build"))
    choice = plan.choice
    plain_http = check_plan(plan, allow_http) + check_mirrors(mirrors, allow_http)
    target = Path(os.path.abspath(venv))
    venvs.check_target(target)
    if wheelhouse is not None:
        wh.check_dir(wheelhouse)
    log = InstallLog(keep=not dry_run)
    emit = log.tee(on_event)
    log.write(f"install {choice.build_id} into {target}")
    try:
        default_index = None  # for steps on "PyPI or the user's mirror"
        if wheelhouse is None and any(not s.index_url for s in choice.steps):
            default_index = pypi_mirror(mirrors, emit)
            if default_index:
                check_url(default_index, "index-url", allow_http, "pip configuration")
                plain_http += [default_index] if plain_http_remote(default_index) else []
        warnings = warn_plain_http(plain_http, emit)
        # One installer per venv (CLI and wizard alike); holding it, resolve what a killed run left.
        # A dry run writes nothing, not even the lock file.
        with contextlib.nullcontext() if dry_run else runlock.hold(target):
            resolved = [] if dry_run else journal.resolve_leftovers(target, emit)
            result = _install(plan, choice, target, python, mirrors, proxy, wheelhouse, default_index, backend,
                              dry_run, confirm, emit, cancel, session, log, warnings)
        result.warnings[:0] = resolved
        if seed_pip and result.applied and result.mode == "new":
            _add_pip(target, result, emit, cancel)
        if result.applied and not all(s.skipped for s in result.steps):
            _record_state(target)
        if result.applied:
            _write_guard(target, result, emit)
        result.seconds = round(time.monotonic() - started, 3)
        log.write(f"finished ok in {result.seconds:.1f} s")
        return result
    except BaseException as exc:
        log.write(f"FAILED: {type(exc).__name__}: {exc}")
        log.keep_failure(exc, target, choice.build_id)
        if isinstance(exc, AppError):
            exc.log_path = str(log.path) if log.path else None
        raise
    finally:
        log.close()


def _install(plan, choice: Choice, target: Path, python, mirrors, proxy, wheelhouse, default_index, backend_name,
             dry_run, confirm, emit, cancel, session, log, warnings: list[str]) -> InstallResult:
    backend, why = choose_backend(backend_name)
    emit(LogLine("install", f"installer backend: {backend.name} ({why})"))

    # 1. The Python, and what is at the target.
    emit(StepStarted("python", choice.python))
    existing = venvs.is_venv(target)
    broken = existing and not venvs.works(target)
    if broken:  # replaced by a new venv; renamed aside (never deleted) only once the new one is ready
        emit(LogLine("python", f"the environment at {target} is broken (its Python does not start); "
                               "a new one will replace it and it will be kept beside it"))
        existing = False
    if existing:
        info, impl = interpreter.inspect(venvs.venv_python(target))
        info.source = "venv"
        try:
            interpreter.check(info, impl, choice.python)
        except BadInput:
            raise BadInput(msg("venv_wrong_python", venv=str(target), version=info.version, bits=info.bits,
                               python=choice.python)) from None
        if python:
            emit(LogLine("python", "--python is ignored: the existing environment keeps its own Python"))
    else:
        info = _find_python(choice, python, mirrors, proxy, dry_run, emit, cancel)
    emit(StepFinished("python", True, f"{info.path} ({info.version})"))

    # 2. Fetch every file before the target is touched: a failed download changes nothing.
    #    A dry run only names them.
    prepared: list[tuple[Step, InstallArgs]] = []
    downloads: list[dict] = []
    if dry_run:
        for line in files_to_fetch(choice, wheelhouse):
            emit(LogLine("dry-run", line))
    else:
        emit(StepStarted("download"))
        try:  # nothing was changed yet; the next run resumes the download where it stopped
            prepared, downloads = _prepare(choice, info.version, mirrors, proxy, wheelhouse, default_index, emit,
                                           cancel, session, warnings)
        except Cancelled:
            raise Cancelled() from None
        emit(StepFinished("download", True, f"{len(downloads)} files"))

    # 3. The dry run.
    current = venvs.installed(venvs.venv_python(target), cancel) if existing else {}
    dry = compute_dry_run(choice.steps, current)
    for line in dry.lines():
        emit(LogLine("dry-run", line))
    expected = expected_versions(choice)
    result = InstallResult(
        ok=True, applied=False, venv=str(target), mode="adopt" if existing else "new",
        build_id=choice.build_id, python=asdict(info), backend=backend.name, backend_reason=why,
        dry_run=dry, downloads=downloads, expected=expected, warnings=warnings,
        log_path=str(log.path) if log.path else "",
    )
    if dry_run:
        return result
    if confirm is not None and not confirm(dry):
        raise Cancelled()
    if cancel.is_set():
        raise Cancelled()

    # 4. Nothing to do in an existing venv: no safety copy, no uv/pip runs; verify only.
    if existing and _already_installed(target, prepared, info.version, expected, result, plan, emit, cancel):
        return result

    # 5. The transaction.
    snap = staging = None
    made_parents = [p for p in target.parents if not p.exists()]  # removed again on rollback
    try:
        if existing:
            emit(StepStarted("snapshot", str(target)))
            backup = venvs.sibling(target, "backup")
            journal.record(target, "snapshot", backup=backup)  # before each risky step: see journal
            snap = transaction.snapshot(target, backup)
            journal.record(target, "changing", backup=backup)
            emit(StepFinished("snapshot", True, f"{snap.linked} linked, {snap.copied} copied"))
            workdir = target
        else:
            in_place = build_in_place(backend.name)
            if in_place and broken:
                result.quarantined = str(venvs.quarantine(target))
                note = msg("venv_quarantined", venv=str(target), path=result.quarantined)
                emit(Warning_("venv_quarantined", note, dict(note.params)))
                result.warnings.append(note)
            target_existed = target.exists()
            staging = target if in_place else venvs.sibling(target, "staging")
            journal.record(target, "staging", staging=staging, in_place=in_place, target_existed=target_existed,
                           quarantined=result.quarantined)
            emit(StepStarted("venv", str(staging)))
            venvs.create(info.path, staging, uv=interpreter.uv_bin(), with_pip=backend.name == "pip",
                         prompt=target.name, on_event=emit, cancel=cancel)
            emit(StepFinished("venv", True))
            workdir = staging
        py = str(venvs.venv_python(workdir))
        warmup = _start_warmup(backend, py, prepared, target, emit)
        try:
            for step, args in prepared:
                result.steps.append(_run_step(backend, py, step, args, proxy, emit, cancel))
        finally:
            if warmup is not None:
                warmup.stop()
        emit(StepStarted("verify"))
        result.installed = verify(py, expected, cancel)
        emit(StepFinished("verify", True))
        if cancel.is_set():
            raise Cancelled()
        result.applied = True
        _keep_record(Path(workdir), plan, result)
        emit(StepStarted("commit"))
        if snap is not None:
            journal.record(target, "committed", backup=snap.backup)
            transaction.drop(snap)
        else:
            if broken and not result.quarantined:
                result.quarantined = str(venvs.quarantine(target))
                note = msg("venv_quarantined", venv=str(target), path=result.quarantined)
                emit(Warning_("venv_quarantined", note, dict(note.params)))
                result.warnings.append(note)
            journal.record(target, "committing", staging=staging, in_place=in_place,
                           target_existed=target_existed, quarantined=result.quarantined)
            try:
                if not in_place:
                    assert staging is not None  # a new venv is always built somewhere
                    venvs.move_into_place(staging, target)
            except OSError as exc:
                if result.quarantined:
                    os.replace(result.quarantined, target)  # put the user's broken venv back as it was
                raise AppError(msg("venv_commit_failed", venv=str(target), reason=str(exc.strerror or exc))) from None
        emit(StepFinished("commit", True, str(target)))
        journal.clear(target)
    except BaseException as exc:
        result.applied = False
        if staging is not None and staging == target:  # built in place: remove what we made there
            venvs.clear_made_in_place(target, keep_folder=target_existed)
            staging = None
            if result.quarantined:  # the user's broken venv goes back where it was
                os.replace(result.quarantined, target)
                result.quarantined = None
        _roll_back(snap, staging, emit)
        journal.clear(target)  # rolled back; a failed restore raised above and leaves it for the next run
        for parent in made_parents:  # nearest first; only folders we made and left empty
            try:
                parent.rmdir()
            except OSError:
                break
        if isinstance(exc, Cancelled):
            raise Cancelled() from None
        if isinstance(exc, OSError) and fs_errors.kind(exc):
            exc = _disk_error(exc, target)
        if isinstance(exc, AppError):
            raise exc.again(f"{_strip(str(exc))}; the environment was left as it was before.",
                            rolled_back=True) from None
        raise
    return result


def _disk_error(exc: OSError, target: Path) -> AppError:
    """A full disk, a too-long path or a folder we may not write while building the venv, as
    one sentence naming the user's folder (not our hidden staging folder beside it)."""
    what = fs_errors.kind(exc) or "unwritable"
    name = os.fspath(exc.filename or target)
    under_parent = os.path.dirname(name).startswith(str(target.parent))
    folder = name if what == "too_long" else target.parent if under_parent else os.path.dirname(name)
    return fs_errors.error(what, folder, partial_removed=True)


def _find_python(choice: Choice, python, mirrors: Mirrors, proxy, dry_run: bool, emit, cancel):
    """The Python for a new venv. A dry run never lets uv download one: it says it would."""
    gh = mirrors.hosts.get("github.com")
    try:
        return interpreter.find_python(
            choice.python, explicit=python, on_event=emit, cancel=cancel, provision=not dry_run,
            uv_python_mirror=f"{gh}/astral-sh/python-build-standalone/releases/download" if gh else None,
            network_env=network_env(proxy),
        )
    except BadInput:
        if not dry_run or python or interpreter.uv_bin() is None:
            raise
    from app.envs.python_info import PythonInfo

    emit(LogLine("dry-run", f"Python {choice.python} would be installed by uv into {interpreter.pythons_dir()}"))
    return PythonInfo(path="", version=choice.python, bits=64, source="uv-install")


def files_to_fetch(choice: Choice, wheelhouse: Path | None) -> list[str]:
    """What a real run would fetch first, for the dry run (which fetches nothing)."""
    lines = []
    for step in choice.steps:
        for ref in step.files:
            where = f"the wheelhouse {wheelhouse}" if wheelhouse else redact_text(ref.url.split("#", 1)[0])
            size = f", {ref.size} bytes" if ref.size else ""
            lines.append(f"download {ref.filename} from {where}{size}")
        pins = [r for r in step.requirements if requirement_pin(r)]
        if pins and wheelhouse is None:
            lines.append(f"download the wheels of {', '.join(pins)} and their pinned dependencies "
                         f"from the index of step '{step.id}'")
    return lines


def check_mirrors(mirrors: Mirrors, allow_http: bool) -> list[str]:
    """The mirrors' URLs pass the same gate as the plan's; returns the plain-http ones."""
    bases = [check_url(base, f"mirror {host}", allow_http) for host, base in mirrors.hosts.items()]
    return [b for b in bases if plain_http_remote(b)]


def warn_plain_http(urls: list[str], emit) -> list[str]:
    """One warning per host the user allowed plain http:// for; returns the sentences."""
    from urllib.parse import urlsplit

    out: list[str] = []
    for host in dict.fromkeys(urlsplit(u).hostname for u in urls):
        note = msg("plain_http", host=str(host))
        emit(Warning_("plain_http", note, {"host": host}))
        out.append(note)
    return out


def _add_pip(venv: Path, result: InstallResult, emit, cancel) -> None:
    """Give a uv-made venv pip, as `python -m venv` would, so users' own `pip install` works.
    Done after the venv is in place, so pip's scripts carry the final path; from the Python's
    bundled copy (ensurepip), so it needs no network. A failure here is a warning only."""
    py = venvs.venv_python(venv)
    if proc.run([str(py), "-I", "-c", "import pip"], env=proc.clean_env(), timeout=60).returncode == 0:
        return
    emit(StepStarted("pip", "python -m ensurepip"))
    lines: list[str] = []

    def line(text: str) -> None:
        lines.append(text)
        del lines[:-40]
        emit(LogLine("ensurepip", text))

    try:
        r = proc.run([str(py), "-m", "ensurepip", "--default-pip"], env=proc.clean_env(), cancel=cancel, timeout=600,
                     on_stderr=line, on_stdout=line)
        ok = r.returncode == 0
        why = "" if ok else _seed_failure(r.returncode, lines, venv)
    except Cancelled:
        ok, why = False, msg("seed_cancelled")
    emit(StepFinished("pip", ok, why))
    if not ok and NO_ENSUREPIP in "\n".join(lines):
        # `python -m ensurepip` cannot help here: only another Python can.
        note = msg("pip_no_ensurepip", venv=str(venv))
        emit(Warning_("pip_no_ensurepip", note, {"venv": str(venv)}))
        result.warnings.append(note)
    elif not ok:
        note = msg("pip_not_added", venv=str(venv), reason=why)
        emit(Warning_("pip_not_added", note, {"venv": str(venv), "reason": why}))
        result.warnings.append(note)


NO_ENSUREPIP = "No module named ensurepip"


def _seed_failure(returncode: int, lines: list[str], venv: Path, windows: bool = os.name == "nt") -> str:
    """Why ensurepip failed, in a few words: a disk problem, else its last error line."""
    from app.install.step_errors import last_error

    text = "\n".join(lines)
    what = fs_errors.kind_in_text(text)
    if what:
        return msg("seed_disk", reason=fs_errors.REASONS[fs_errors.CODES[what]], folder=fs_errors.shown(venv))
    if NO_ENSUREPIP in text:
        return msg("seed_no_ensurepip_windows" if windows else "seed_no_ensurepip_linux")
    return last_error(lines) or msg("seed_exited", exit_code=returncode)


RECORD_DIR = ".ipex-aot-installer"  # inside the venv: what was installed here, for doctor and support


def _keep_record(venv: Path, plan: Plan, result: InstallResult) -> None:
    """The plan and the result, inside the venv and beside the install log (as JSON)."""
    import json

    record = venv / RECORD_DIR
    record.mkdir(exist_ok=True)
    (record / "plan.json").write_text(json.dumps(plan.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    text = json.dumps(result.to_json(), indent=2, ensure_ascii=False)
    (record / "install.json").write_text(text, encoding="utf-8")
    # Copies for support, outside the venv: a log or data folder that cannot be written
    # (the log already warned) must not undo a finished install.
    from app import paths

    try:
        Path(result.log_path).with_suffix(".json").write_text(text, encoding="utf-8")
    except OSError:
        pass
    try:  # the newest install's plan, for a support bundle written without --venv
        last = paths.ensure(paths.data_dir()) / "last-plan.json"
        last.write_text(json.dumps(plan.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    except OSError as exc:
        logger.info("could not keep the plan for support bundles: %s", exc)


def _already_installed(target: Path, prepared, python_version: str, expected, result: InstallResult, plan: Plan,
                       emit, cancel) -> bool:
    """When running the steps could not change the venv (app.install.satisfied), verify it,
    record the result and return True; else say why the steps run and return False."""
    started = time.monotonic()
    try:
        why = _why_steps_run(target, prepared, python_version)
    except Exception as exc:  # a shortcut only: whatever it trips on, the steps run as they always did
        logger.info("the already-installed check failed", exc_info=True)
        why = f"the check could not finish: {type(exc).__name__}"
    checked = time.monotonic() - started
    if why is not None:
        emit(LogLine("install", f"the steps run ({why}; checked in {checked * 1000:.0f} ms)"))
        return False
    emit(LogLine("install", "the environment already has exactly what every step installs "
                            f"(checked in {checked * 1000:.0f} ms): no step runs, nothing is changed"))
    for step, _args in prepared:
        emit(StepStarted(f"install:{step.id}"))
        result.steps.append(StepRun(step.id, [], 0, 0.0, skipped=True))
        emit(StepFinished(f"install:{step.id}", True, "already installed"))
    emit(StepStarted("verify"))
    result.installed = verify(str(venvs.venv_python(target)), expected, cancel)
    emit(StepFinished("verify", True))
    result.applied = True
    _keep_record(target, plan, result)
    return True


def _why_steps_run(target: Path, prepared, python_version: str) -> str | None:
    from app.install import satisfied

    site = venvs.own_site_packages(venvs.venv_python(target))
    dists = satisfied.read_dists(site) if site is not None else None
    if site is None or dists is None:
        return "the environment's packages cannot all be read from its files"
    why = satisfied.changed_since_recorded(target / RECORD_DIR, site, dists)
    for step, args in prepared:
        if why is not None:
            break
        why = satisfied.unsatisfied(args.requirements, args.no_deps, dists, python_version)
        if why is not None:
            why = f"step '{step.id}': {why}"
    return why


def _record_state(venv: Path) -> None:
    """What the verified install left, so a repeat install can tell nothing changed since."""
    from app.install import satisfied

    try:
        satisfied.write_state(venv / RECORD_DIR, venvs.own_site_packages(venvs.venv_python(venv)))
    except Exception:  # the install is done; without a record the next repeat just runs its steps
        logger.info("could not record the venv's state", exc_info=True)


def _write_guard(venv: Path, result: InstallResult, emit) -> None:
    """Keep the planned packages at what was just verified (app.install.guard). A failure is a
    warning only: the install is complete without it."""
    from app.install import guard
    from app.messages import Message, msg

    try:
        kept = guard.write(venv, venv / RECORD_DIR, list(result.expected))
    except Exception as exc:  # the install is done and verified; the guard is an extra
        logger.info("could not write the guard", exc_info=True)
        coded = exc.args[0] if isinstance(exc, ValueError) and exc.args and isinstance(exc.args[0], Message) else None
        reason = coded or getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        sentence = msg("guard_not_set", venv=str(venv), reason=reason)
        emit(Warning_("guard_not_set", sentence, {"venv": str(venv), "reason": reason}))
        result.warnings.append(sentence)
        return
    result.guard = kept.to_json()
    emit(LogLine("install", msg("guard_set", count=len(kept.pinned), venv=str(venv))))
    emit(LogLine("install", "kept: " + ", ".join(f"{n}=={v}" for n, v in sorted(kept.pinned.items()))))


def build_in_place(backend_name: str) -> bool:
    """Build a new venv at its final path instead of a staging folder. Only for pip on
    Windows: pip's .exe launchers embed the venv's path in binary form, so a venv built
    elsewhere and moved would have broken launchers (uv's relocatable venvs have none).
    A failure then removes the folder's new contents instead of a staging folder."""
    return backend_name == "pip" and IS_WINDOWS


def _roll_back(snap, staging, emit) -> None:
    emit(StepStarted("rollback"))
    if snap is not None:
        transaction.restore(snap)
    if staging is not None:
        venvs.remove_staging(staging)
    emit(StepFinished("rollback", True))


def _strip(text: str) -> str:
    return text.rstrip().rstrip(".")


# ---- files -----------------------------------------------------------------------------

MAX_PREFETCH = 60  # dependency wheels fetched ahead per step; the rest is left to uv/pip


def _prepare(choice: Choice, python_version: str, mirrors: Mirrors, proxy, wheelhouse, default_index, emit, cancel,
             session, warnings):
    """Per step: the InstallArgs with local files in place of the big pinned wheels, and of the
    exact pins those wheels declare (torch+xpu pins its oneAPI runtime), found on the step's
    indexes and fetched by our resumable, verified downloader."""
    if session is None and wheelhouse is None:
        from app.fetch.session import make_session

        session = make_session(proxy)
    downloads: list[dict] = []
    prepared: list[tuple[Step, InstallArgs]] = []
    missing: list[str] = []
    finder = None
    if wheelhouse is None:
        from app.install.announce import Finder, announce_downloads

        finder = Finder(session, choice.python, mirrors, cancel)
        announce_downloads(choice, lambda step: _step_indexes(step, default_index), finder, emit, python_version)
    for step in choice.steps:
        reqs: list[str] = []
        for ref in step.files:
            if wheelhouse is not None:
                local = wh.by_filename(wheelhouse, ref.filename, ref.sha256)
                if local is None:
                    raise BadInput(msg("wheelhouse_lacks_file", folder=str(wheelhouse), file=ref.filename,
                                       step=step.id))
            else:
                from app.fetch.download import download

                got = download(ref.url, filename=ref.filename, sha256=ref.sha256, size=ref.size,
                               hash_source=ref.hash_source, session=session,
                               mirrors=mirrors, on_event=emit, cancel=cancel)
                downloads.append(got.to_json())
                local = Path(got.path)
            if not ref.sha256:
                note = msg("unverified_file", file=ref.filename)
                emit(Warning_("unverified_file", note, {"file": ref.filename}))
                warnings.append(note)
            elif ref.hash_source:
                emit(LogLine("fetch", f"{ref.filename}: hash from {ref.hash_source}"))
            reqs.append(str(local))
        indexes = _step_indexes(step, default_index)
        queue = list(step.requirements)
        done: set[str] = set()
        asked = {p.name for p in map(requirement_pin, step.requirements) if p}  # a dependency never overrides these
        while queue:
            req = queue.pop(0)
            pin = requirement_pin(req)
            if pin and pin.name in done:
                continue
            explicit = req in step.requirements
            local = None
            if wheelhouse is not None:
                local = wh.by_requirement(wheelhouse, req, choice.python)
                if local is None and pin and explicit:
                    missing.append(req)
            elif pin and indexes and finder is not None and len(done) < MAX_PREFETCH:
                local = _fetch_pinned(req, indexes, finder, emit, downloads)
                if local is None and explicit:
                    emit(LogLine("fetch", f"{req}: no wheel for Python {choice.python} found on the step's indexes; "
                                          "the installer will look for it"))
            if pin:
                done.add(pin.name)
            if local is not None:
                reqs.append(str(local))
                if wheelhouse is None and not step.no_deps:
                    from app.fetch.wheelmeta import pinned_dependencies

                    queue += [d for d in pinned_dependencies(local, python_version)
                              if (p := pinned(d)) is not None and p[0] not in done and p[0] not in asked]
            elif explicit:
                reqs.append(req)
        if wheelhouse is not None:
            args = InstallArgs(reqs, no_index=True, find_links=[str(wheelhouse)], no_deps=step.no_deps)
        else:
            args = InstallArgs(
                reqs,
                index_url=mirrors.rewrite(step.index_url) if step.index_url else default_index,
                extra_index_urls=[mirrors.rewrite(u) for u in step.extra_index_urls],
                no_deps=step.no_deps,
            )
        prepared.append((step, args))
    if missing:
        raise BadInput(msg("wheelhouse_lacks_wheels", folder=str(wheelhouse), python=choice.python,
                           packages=list(missing)))
    return prepared, downloads


PYPI = "https://pypi.org/simple"


def pypi_mirror(mirrors: Mirrors, emit) -> str | None:
    """The index for steps that say "PyPI": a --mirror for pypi.org, else the PyPI mirror the
    user gave pip (PIP_INDEX_URL or pip.conf), which uv would not read by itself; None leaves
    it to the tool. Users in China usually have pip pointed at a nearby mirror."""
    mirrored = mirrors.rewrite(PYPI)
    if mirrored != PYPI:
        return mirrored
    from app.install.pipconf import configured_index_url

    url = configured_index_url()
    if url:
        emit(LogLine("install", f"PyPI steps use the pip mirror configured here: {redact_text(url)}"))
    return url or None


def _step_indexes(step: Step, default_index: str | None) -> list[str]:
    """Where uv looks first: the extra indexes, then the step's index or, when it names none,
    PyPI (or the user's mirror of it), so Intel's +cxx11.abi torch wins over a PyPI namesake."""
    return [*step.extra_index_urls, step.index_url or default_index or PYPI]


def _fetch_pinned(req, indexes, finder, emit, downloads) -> Path | None:
    found = finder.first(indexes, req)
    if found is None:
        return None
    from app.fetch.download import download

    emit(DownloadSizes(((found.filename, found.size),)))  # a dependency joins the total (if new)
    got = download(found.url, filename=found.filename, sha256=found.sha256, session=finder.session,
                   mirrors=finder.mirrors, on_event=emit, cancel=finder.cancel)
    downloads.append(got.to_json())
    return Path(got.path)


# ---- steps and checks --------------------------------------------------------------------

def _run_step(backend: Backend, python: str, step: Step, args: InstallArgs, proxy, emit, cancel) -> StepRun:
    argv = backend.install_argv(python, args)
    indexes = backend.index_env(args)  # credentials stay off the command line (see backends)
    shown = [f"{k}={redact_text(v)}" for k, v in indexes.items()] + [redact_text(a) for a in argv]
    emit(StepStarted(f"install:{step.id}", " ".join(shown)))
    extra = {**backend.env(), **network_env(proxy), **indexes}
    tail: list[str] = []

    def line(source):
        def sink(text: str) -> None:
            tail.append(text)
            del tail[:-80]  # uv's and pip's reasons fit; a resolver's report can be long
            emit(LogLine(source, text))
        return sink

    result = proc.run(argv, env=proc.clean_env(extra, drop=GUARD_ENV), cancel=cancel, timeout=4 * 3600,
                      on_stdout=line(backend.name), on_stderr=line(backend.name))
    run = StepRun(step.id, shown, result.returncode, round(result.seconds, 3))
    emit(StepFinished(f"install:{step.id}", result.returncode == 0, f"exit code {result.returncode}"))
    if result.returncode != 0 or result.timed_out:
        from app.install.step_errors import explain

        venv_folder = os.path.dirname(os.path.dirname(os.path.dirname(python)))  # <parent>/<venv>/bin/python
        raise explain(backend.name, step.id, result.returncode, "\n".join(tail), venv_folder)
    return run


def _start_warmup(backend: Backend, python: str, prepared, target: Path, emit):
    """With uv, unpack the later steps' local wheels while the first step runs (see warmup)."""
    from app.install.warmup import START_DELAY, CacheWarmup, later_local_wheels

    wheels = later_local_wheels([args for _step, args in prepared])
    if not isinstance(backend, UvBackend) or not wheels:
        return None
    emit(LogLine("install", f"unpacking the later steps' {len(wheels)} local wheel(s) into uv's cache meanwhile"))
    return CacheWarmup(backend.uv, python, wheels, venvs.sibling(target, "warmup"),
                       proc.clean_env(backend.env()), delay=START_DELAY).start()


def network_env(proxy: str | None) -> dict[str, str]:
    """For the children that download (installs, uv's Python install): uv reads the OS
    certificate store, as our downloader does, and the --proxy applies when one was given."""
    env = {"UV_SYSTEM_CERTS": "1"}  # uv: the OS certificate store, as our downloader uses
    if proxy:
        env.update({"HTTP_PROXY": proxy, "HTTPS_PROXY": proxy, "http_proxy": proxy, "https_proxy": proxy})
    return env


def expected_versions(choice: Choice) -> dict[str, str]:
    """Package -> version to find after installing: the plan's `verify`, else its pins."""
    if choice.verify:
        return dict(choice.verify)
    out = {}
    for step in choice.steps:
        for req in step.requirements:
            pin = pinned(req)
            if pin:
                out[pin[0]] = str(pin[1])
    return out


def verify(python: str, expected: dict[str, str], cancel=None) -> dict[str, str | None]:
    """Fail loudly when what is installed is not what the plan asked for (a CPU torch that a
    later step pulled in from PyPI, a missing package)."""
    have = venvs.installed(python, cancel)
    found: dict[str, str | None] = {}
    problems = []
    for name, want in expected.items():
        got = have.get(canonicalize_name(name))
        found[name] = got
        if got is None:
            problems.append(msg("installed_missing", package=name))
            continue
        pin = requirement_pin(f"{name}=={want}")  # "2.1.0a0" accepts 2.1.0a0+cxx11.abi, "2.9.*" any 2.9
        try:
            same = pin.accepts(Version(got)) if pin else got == want
        except InvalidVersion:
            same = got == want
        if not same:
            if "+" in want and "+" not in got:
                problems.append(msg("installed_other_label", package=name, got=got, want=want,
                                    label=want.split("+", 1)[1]))
            else:
                problems.append(msg("installed_other_version", package=name, got=got, want=want))
    if problems:
        for problem in problems:  # every difference in the log; the sentence names the first
            logger.warning("installed packages differ from the plan: %s", problem)
        if len(problems) == 1:
            raise AppError(msg("installed_mismatch", problem=problems[0]))
        raise AppError(msg("installed_mismatch_more", problem=problems[0], more=len(problems) - 1))
    return found


def compute_dry_run(steps: list[Step], current: dict[str, str]) -> DryRun:
    dry = DryRun()
    seen = set()
    for step in steps:
        wanted: list[tuple[str, str]] = []
        for req in step.requirements:
            pin = pinned(req)
            if pin:
                wanted.append((pin[0], str(pin[1])))
            else:
                dry.unpinned.append(req)
        for ref in step.files:
            from packaging.utils import InvalidWheelFilename, parse_wheel_filename

            try:
                name, version, _b, _t = parse_wheel_filename(ref.filename)
                wanted.append((canonicalize_name(name), str(version)))
            except (InvalidWheelFilename, InvalidVersion):
                dry.unpinned.append(ref.filename)
        for project, wanted_version in wanted:
            if project in seen:
                continue
            seen.add(project)
            have = current.get(project)
            if have is None:
                dry.add.append({"name": project, "version": wanted_version})
            elif Version(have) == Version(wanted_version):
                dry.unchanged.append({"name": project, "version": wanted_version})
            else:
                dry.change.append({"name": project, "from": have, "to": wanted_version})
    return dry
