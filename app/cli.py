"""Command line: argparse front end over the core.

Each subcommand lives in app/commands/<name>.py with `configure(parser)` and `run(args) -> int`.
Modules are imported only for the subcommand that runs, so `probe` starts fast.

Contract: every subcommand takes --json; exit 0 on success, 1 on failure, 2 on bad input;
errors are one sentence on stderr, a traceback only with --debug.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from types import ModuleType
from typing import NoReturn

from app import CLI, __version__
from app.errors import AppError

# name -> one-line help. Order is the order shown in --help.
COMMANDS = {
    "probe": "list the GPUs, drivers and Pythons on this machine",
    "plan": "pick the PyTorch/IPEX build whose AOT kernels cover this GPU, and say why",
    "catalog": "maintainers: list, validate, check against an index, or refresh the build catalog",
    "doctor": "diagnose an existing environment and say what to fix",
    "report": "write a redacted support bundle (zip) for support staff",
    "smoke": "run a kernel smoke test in a venv: did native (AOT) code or JIT run?",
    "classify": "AOT/JIT verdict from a captured SYCL runtime log",
    "inspect": "list the SYCL device images inside a .so/.dll/.pyd/.whl or directory",
    "forecast": "which SYCL libraries in an environment or wheel run AOT on a GPU and which compile (JIT)",
    "install": "install a plan into a virtual environment (downloads resume, failures roll back)",
}


# Read-only queries that finish in well under a second and report everything on stdout.
QUICK_COMMANDS = {"probe", "plan", "classify", "inspect", "catalog"}


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one sentence instead of a usage dump."""

    def error(self, message: str) -> NoReturn:  # noqa: D401 - argparse API
        sys.stderr.write(f"{self.prog}: {message[0].upper() + message[1:]}.\n")
        sys.stderr.write(f"Run '{self.prog} --help' for the options.\n")
        raise SystemExit(2)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog=CLI, description="IPEX AOT Installer " + __version__)
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--self-test", nargs="?", const="all", metavar="CHECKS",
                        help="check that this build has every part it needs (no display or network "
                        "needed) and exit; --self-test=probe,plan runs only those checks")
    _common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, help_text in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p)
        if only is None or only == name:
            _module(name).configure(p)
    return parser


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"app.commands.{name}")


def main(argv: list[str]) -> int:
    # Configure only the subcommand that will run, so unrelated modules are not imported.
    first = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(only=first if first in COMMANDS else None)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command not in QUICK_COMMANDS:
        # The wizard and long jobs keep a log file (the windowed app has no console). Quick
        # read-only queries print all they know and skip it: it would cost probe's start-up.
        from app import logfile

        logfile.attach(logging.DEBUG if args.debug else logging.INFO)
    if args.self_test:
        from app import selftest

        try:
            return selftest.main(args.self_test, as_json=args.json)
        except AppError as exc:
            sys.stderr.write(_sentence(str(exc)) + "\n")
            return exc.exit_code
    if args.command is None:
        from app.terminal_flow import display_status

        has_display, why_not = display_status()
        if has_display:
            try:
                from app.gui.app import create_app, run_wizard

                create_app()  # imports Qt; run_wizard reuses this application
            except ImportError as exc:  # Qt or a system library it needs (libEGL, ...) is missing
                if args.debug:
                    raise
                why_not = (
                    f"The window cannot open ({exc}), so the installer runs in the terminal.")
            else:
                return run_wizard()
        if why_not:
            sys.stderr.write(why_not + "\n")
    _interrupt_on_sigterm()
    try:
        if args.command is None:
            from app.terminal_flow import run_terminal_flow

            return run_terminal_flow(args)
        return int(_module(args.command).run(args) or 0)
    except AppError as exc:
        if args.debug:
            raise
        sys.stderr.write(_sentence(str(exc)) + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        return 1
    except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
        if args.debug:
            raise
        from app import fs_errors

        disk = fs_errors.from_os_error(exc) if isinstance(exc, OSError) else None
        if disk is not None:  # a full disk or a folder we may not write, wherever it was met
            sys.stderr.write(_sentence(str(disk)) + "\n")
            return disk.exit_code
        sys.stderr.write(
            f"Unexpected error ({type(exc).__name__}: {exc}); run again with --debug for details.\n"
        )
        return 1


def _interrupt_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C (children stopped, work rolled back, exit code 1) instead
    of ending us on the spot; install cancels more gently with its own handler."""
    import signal

    def interrupt(signum: int, frame: object) -> NoReturn:
        raise KeyboardInterrupt

    if hasattr(signal, "SIGTERM"):
        try:
            signal.signal(signal.SIGTERM, interrupt)
        except ValueError:  # not the main thread (main() called from a test's worker)
            pass


def _sentence(text: str) -> str:
    text = text.strip() or "Failed."
    return text if text[-1] in ".!?。" else text + "."
