"""The command line's own sentences (app/cli.py, app/terminal_flow.py): the language choice,
interruptions, the window that cannot open, the terminal flow's directions. Printed in the
user's language (app/wording.py); --help stays argparse's English."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "language_unknown": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' ({where}) is not a language the installer speaks; give one of {languages}."),
    "cli_see_help": QT_TRANSLATE_NOOP("Messages", "Run '{command}' for the options."),
    "cli_interrupted": QT_TRANSLATE_NOOP("Messages", "Interrupted."),
    "cli_unexpected": QT_TRANSLATE_NOOP(
        "Messages", "Unexpected error ({error}); run again with --debug for details."),
    "cli_no_window": QT_TRANSLATE_NOOP(
        "Messages", "The window cannot open ({error}), so the installer runs in the terminal."),
    "cli_no_display": QT_TRANSLATE_NOOP(
        "Messages", "No display answers at {names}, so the installer runs in the terminal."),
    # The terminal flow (no window): probe, plan, then what to run next
    "flow_plan_heading": QT_TRANSLATE_NOOP("Messages", "Plan for this machine:"),
    "flow_next_install": QT_TRANSLATE_NOOP("Messages", "Next: install it with        {command}"),
    "flow_next_why": QT_TRANSLATE_NOOP("Messages", "other builds, why:     {command}"),
    "flow_next_other": QT_TRANSLATE_NOOP(
        "Messages", "Next: plan for another GPU or Python with   {command}"),
    # install: its result, its questions, its progress lines (the engine's own log lines stay English)
    "install_log_at": QT_TRANSLATE_NOOP("Messages", "Install log: {path}"),
    "install_dry_run_done": QT_TRANSLATE_NOOP("Messages", "Dry run: nothing was downloaded or changed."),
    "install_installed": QT_TRANSLATE_NOOP(
        "Messages", "Installed {build} into {venv} in {seconds} s with {backend}."),
    "install_will_change": QT_TRANSLATE_NOOP(
        "Messages", "These packages in the existing environment will change:"),
    "install_proceed": QT_TRANSLATE_NOOP("Messages", "Proceed? [y/N]"),
    "install_cancelling": QT_TRANSLATE_NOOP("Messages", "Cancelling; rolling back…"),
    "install_warning": QT_TRANSLATE_NOOP("Messages", "warning: {text}"),
    "install_step_failed": QT_TRANSLATE_NOOP("Messages", "{step} failed ({detail})"),
    "install_download_line": QT_TRANSLATE_NOOP("Messages", "download {file} {percent}% {size} {speed} {eta}"),
    "install_eta": QT_TRANSLATE_NOOP("Messages", "ETA {time}"),
}
