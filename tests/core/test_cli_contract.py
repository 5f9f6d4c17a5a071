"""The CLI contract every subcommand shares: exit codes and one-sentence errors."""

from __future__ import annotations


def test_unknown_subcommand_is_bad_input(run_cli):
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    first = result.stderr.strip().splitlines()[0]
    assert "frobnicate" in first and first.endswith(".")


def test_unknown_option_is_bad_input(run_cli):
    result = run_cli("probe", "--no-such-option")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--no-such-option" in result.stderr


def test_version(run_cli):
    from app import __version__

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == __version__


def test_no_subcommand_without_display_runs_terminal_flow(run_cli):
    # No DISPLAY and the offscreen platform: the same flow runs in the terminal.
    result = run_cli(env_extra={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "python -m app plan" in result.stdout
