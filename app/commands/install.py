"""`install --venv DIR [--plan FILE] ...`: install a plan into a virtual environment.

Exit codes (stable, for deployment tools):
  0  installed and verified (or, with --dry-run, the changes were shown and nothing changed)
  1  the install failed or was cancelled; the target is as it was before (a new venv was not
     created, an existing one was restored); the install log path is printed on stderr.
     Also when another installer holds the environment (app/envs/runlock.py): nothing is
     wrong with the input, and the same command works once that one is done
  2  bad input (no such plan file, wrong Python, unusable folder, an existing venv without
     --yes when there is no terminal to ask); nothing was touched
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app import CLI
from app.errors import AppError, BadInput
from app.messages import msg
from app.wording import say, say_error

if TYPE_CHECKING:
    from app.catalog.plan_model import Plan
    from app.events import Event, Progress
    from app.install.result import DryRun

MAX_PLAN_BYTES = 4 * 1024 * 1024  # a plan is ~20 kB

EPILOG = (
    "exit codes: 0 installed and verified (or dry run shown); 1 failed or cancelled, the target "
    "is as it was before (also: another installer is changing that environment); 2 bad input, "
    "nothing touched. Mirrors: us, cn (Intel's China index), "
    "or HOST=URL (e.g. download.pytorch.org=https://mirror.example.com/pytorch), repeatable."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("--venv", required=True, metavar="DIR", help="the virtual environment to create or update")
    parser.add_argument(
        "--plan", metavar="FILE", help="a plan from 'python -m app plan --json' (default: plan for this machine)"
    )
    parser.add_argument(
        "--python", metavar="EXE", help="the Python to build a new venv from (64-bit, the plan's version)"
    )
    parser.add_argument(
        "--mirror", action="append", default=[], metavar="us|cn|HOST=URL", help="download mirror; repeatable"
    )
    parser.add_argument("--proxy", metavar="URL", help="HTTP(S) proxy (default: from the environment)")
    parser.add_argument(
        "--wheelhouse", metavar="DIR", help="install offline from wheels in DIR, checked against the plan"
    )
    parser.add_argument(
        "--backend", choices=("auto", "uv", "pip"), default="auto", help="installer (default: uv, pip if uv is missing)"
    )
    parser.add_argument("--no-pip", action="store_true", help="do not add pip to a new venv (uv needs none)")
    parser.add_argument("--yes", action="store_true", help="ask nothing; print plain progress lines for logs")
    parser.add_argument("--dry-run", action="store_true", help="show what would change; download and write nothing")
    parser.add_argument("--allow-http", action="store_true",
                        help="accept plain http:// indexes and mirrors on other hosts (unencrypted; warned about)")


def run(args: argparse.Namespace) -> int:
    from app.fetch.mirrors import check_proxy, parse_mirrors
    from app.install.engine import install
    from app.output import emit_json

    mirrors = parse_mirrors(args.mirror, allow_http=args.allow_http)
    if args.proxy:
        check_proxy(args.proxy)
    plan = _load_plan(args.plan, args.python)
    wheelhouse = Path(args.wheelhouse) if args.wheelhouse else None
    interactive = sys.stdin.isatty() and sys.stderr.isatty() and not args.yes and not args.json
    view = Terminal(bar=interactive, quiet=args.json)
    cancel = threading.Event()
    previous = _cancel_on_signals(cancel)
    try:
        result = install(
            plan, Path(args.venv), python=args.python, mirrors=mirrors, proxy=args.proxy,
            wheelhouse=wheelhouse, backend=args.backend, seed_pip=not args.no_pip, dry_run=args.dry_run,
            allow_http=args.allow_http,
            confirm=None if args.yes else _confirm(interactive), on_event=view.event, cancel=cancel,
        )
    except AppError as exc:
        view.finish()
        log_path = getattr(exc, "log_path", None)
        if args.debug:
            raise
        if args.json:
            emit_json({"ok": False, "error": str(exc), "exit_code": exc.exit_code, "log_path": log_path})
        sys.stderr.write(_sentence(say_error(exc)) + "\n")
        if log_path:
            sys.stderr.write(say(msg("install_log_at", path=log_path)) + "\n")
        return exc.exit_code
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    view.finish()
    if args.json:
        emit_json(result.to_json())
    elif args.dry_run:
        print(say(msg("install_dry_run_done")))
    else:
        print(say(msg("install_installed", build=result.build_id, venv=result.venv, seconds=f"{result.seconds:.1f}",
                      backend=result.backend)))
        for name, version in result.installed.items():
            print(f"  {name} {version}")
        if result.guard:
            print(say(msg("guard_set", count=len(result.guard["pinned"]), venv=result.venv)))
        print(say(msg("install_log_at", path=result.log_path)))
    return 0


def _load_plan(path: str | None, python_exe: str | None) -> Plan:
    from app.catalog.plan_model import Plan

    if path is None:
        return _plan_for_this_machine(python_exe)
    from app import untrusted

    name = Path(path).name
    data = untrusted.read_json_file(path, name, limit=MAX_PLAN_BYTES)
    if not isinstance(data, dict) or "choice" not in data:
        raise BadInput(msg("plan_file_not_plan", file=str(path), command=f"{CLI} plan --json"))
    return Plan.from_json(data, name)


def _plan_for_this_machine(python_exe: str | None) -> Plan:
    """Ask the planner for this machine's plan (for the Python given with --python, if any)."""
    from app.catalog.planner import Prefs, plan_for_machine

    prefs = Prefs()
    if python_exe:
        from app.envs.interpreter import inspect

        prefs.python = inspect(python_exe)[0].major_minor
    plan = plan_for_machine(None, prefs)
    if plan.choice is None:
        reasons = [r.why for r in plan.rejected] or list(plan.warnings)
        if reasons:  # the first reason; `plan` lists them all
            raise AppError(msg("install_nothing_fits_because", reason=reasons[0], command=f"{CLI} plan"))
        raise AppError(msg("install_nothing_fits", command=f"{CLI} plan"))
    return plan


def _confirm(interactive: bool) -> Callable[[DryRun], bool]:
    def ask(dry: DryRun) -> bool:
        if not dry.change:
            return True  # nothing the user has is replaced: only additions, or nothing at all
        if not interactive:
            raise BadInput(msg("install_would_change"))
        sys.stderr.write("\n" + say(msg("install_will_change")) + "\n")
        for line in dry.lines():
            sys.stderr.write(f"  {line}\n")
        sys.stderr.write(say(msg("install_proceed")) + " ")
        sys.stderr.flush()
        answer = sys.stdin.readline().strip().lower()
        return answer in ("y", "yes", "是")

    return ask


def _cancel_on_signals(cancel: threading.Event) -> dict[signal.Signals, Any]:
    """Ctrl-C, SIGTERM (a service manager, `kill`) and SIGHUP (the terminal closed) cancel
    cleanly: the engine stops its child and rolls back before we exit with code 1. A second
    one interrupts at once (the rollback still runs as the exception unwinds)."""
    def handler(signum: int, frame: object) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        sys.stderr.write("\n" + say(msg("install_cancelling")) + "\n")
        cancel.set()

    previous: dict[signal.Signals, Any] = {}
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        try:
            previous[signum] = signal.signal(signum, handler)
        except ValueError:  # not the main thread (tests calling run() from a worker)
            break
    return previous


def _sentence(text: str) -> str:
    text = text.strip() or "Failed."
    return text if text[-1] in ".!?。" else text + "."


def _size(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


class Terminal:
    """Progress in the terminal: a redrawn bar on a tty, plain lines otherwise (for logs)."""

    def __init__(self, bar: bool, quiet: bool = False, out: TextIO | None = None) -> None:
        self.bar, self.quiet = bar, quiet
        self.out = out or (sys.stderr if quiet else sys.stdout)
        self._last: dict[str, tuple[float, int]] = {}
        self._drawn = False

    def event(self, e: Event) -> None:
        from app.events import LogLine, Progress, StepFinished, StepStarted, Warning_

        if isinstance(e, Warning_):
            self._line(say(msg("install_warning", text=e.text)), force=True)
        elif self.quiet:
            return
        elif isinstance(e, Progress):
            self._progress(e)
        elif isinstance(e, StepStarted):
            self._line(f"==> {e.step}" + (f": {e.detail}" if e.detail and not e.step.startswith("install:") else ""))
        elif isinstance(e, StepFinished) and not e.ok:
            self._line("  " + say(msg("install_step_failed", step=e.step, detail=e.detail)))
        elif isinstance(e, LogLine) and e.source in ("dry-run", "install", "fetch", "python"):
            self._line(f"  {say(e.text)}")  # a coded line in the user's language; the engine's log lines as they are

    def _progress(self, e: Progress) -> None:
        pct = (e.done * 100 // e.total) if e.total else None
        speed = f"{_size(int(e.speed))}/s" if e.speed else ""
        eta = (say(msg("install_eta", time=f"{int(e.eta) // 60}:{int(e.eta) % 60:02d}"))
               if e.eta is not None and e.done != e.total else "")
        size = f"{_size(e.done)}/{_size(e.total)}" if e.total else _size(e.done)
        if self.bar:
            filled = (pct or 0) * 24 // 100
            text = f"\r  {e.task[:40]:40} [{'#' * filled}{'-' * (24 - filled)}] {pct or 0:3d}% {size} {speed} {eta}"
            self.out.write(text.ljust(110)[:130])
            self.out.flush()
            self._drawn = True
            if e.total and e.done >= e.total:
                self.finish()
            return
        now = time.monotonic()
        last_t, last_pct = self._last.get(e.task, (0.0, -100))
        done = e.total is not None and e.done >= e.total
        if done or (pct is not None and pct >= last_pct + 10) or now - last_t >= 5:
            self._last[e.task] = (now, pct if pct is not None else last_pct)
            line = msg("install_download_line", file=e.task, percent=pct if pct is not None else "?", size=size,
                       speed=speed, eta=eta)
            self._line("  " + say(line).rstrip())

    def _line(self, text: str, force: bool = False) -> None:
        if self.quiet and not force:
            return
        self.finish()
        self.out.write(text + "\n")
        self.out.flush()

    def finish(self) -> None:
        if self._drawn:
            self.out.write("\n")
            self._drawn = False
