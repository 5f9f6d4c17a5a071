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

from app import CLI, __version__, wording
from app.errors import AppError
from app.language import LANGUAGES, SOURCE_LANGUAGE, choose
from app.messages import msg

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
        # argparse's own sentence stays English (as --help does); ours is in the user's language
        sys.stderr.write(f"{self.prog}: {message[0].upper() + message[1:]}.\n")
        sys.stderr.write(wording.say(msg("cli_see_help", command=f"{self.prog} --help")) + "\n")
        raise SystemExit(2)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    # SUPPRESS: a subcommand's parser must not reset a --lang given before the subcommand
    parser.add_argument("--lang", metavar="|".join(LANGUAGES), default=argparse.SUPPRESS,
                        help="the language of messages and human output (default: IPEX_INSTALLER_LANG, "
                        "else the system's); --json output and --help are always English")


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
    # The language first, so even a refused option is said in the user's language.
    refused = _use_language(_lang_option(argv))
    if refused is not None:
        return refused
    # Configure only the subcommand that will run, so unrelated modules are not imported.
    first = next((a for a in argv if not a.startswith("-") and a not in LANGUAGES), None)
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
            sys.stderr.write(_sentence(wording.say_error(exc)) + "\n")
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
                why_not = msg("cli_no_window", error=str(exc))
            else:
                return run_wizard()
        if why_not:
            sys.stderr.write(wording.say(why_not) + "\n")
    _interrupt_on_sigterm()
    try:
        if args.command is None:
            from app.terminal_flow import run_terminal_flow

            return run_terminal_flow(args)
        return int(_module(args.command).run(args) or 0)
    except AppError as exc:
        if args.debug:
            raise
        sys.stderr.write(_sentence(wording.say_error(exc)) + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(wording.say(msg("cli_interrupted")) + "\n")
        return 1
    except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
        if args.debug:
            raise
        from app import fs_errors

        disk = fs_errors.from_os_error(exc) if isinstance(exc, OSError) else None
        if disk is not None:  # a full disk or a folder we may not write, wherever it was met
            sys.stderr.write(_sentence(wording.say_error(disk)) + "\n")
            return disk.exit_code
        sys.stderr.write(wording.say(msg("cli_unexpected", error=f"{type(exc).__name__}: {exc}")) + "\n")
        return 1


def _lang_option(argv: list[str]) -> str | None:
    """The value of the last --lang in `argv` (None when not given)."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang":
            found = argv[i + 1] if i + 1 < len(argv) else ""
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found


def _use_language(option: str | None) -> int | None:
    """Speak the chosen language from here on; None, or 2 after refusing an unknown one in one
    sentence (in the language the environment would give, else English)."""
    try:
        wording.use(choose(option))
        return None
    except AppError as exc:
        try:
            fallback = choose(None) if option is not None else SOURCE_LANGUAGE
        except AppError:
            fallback = SOURCE_LANGUAGE
        sys.stderr.write(wording.say(exc.message(), fallback) + "\n")
        return exc.exit_code


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
