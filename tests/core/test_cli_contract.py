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


NO_DISPLAY = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "offscreen"}


def test_no_subcommand_without_display_runs_probe_then_plan(run_cli):
    # No DISPLAY and the offscreen platform: the wizard's flow runs in the terminal, probe
    # then plan. This machine has no GPU, so the plan says there is nothing to install (exit 1
    # as `plan` does) and how to plan for another machine.
    result = run_cli(env_extra=NO_DISPLAY)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert out.index("GPUs (linux, live)") < out.index("Plan for this machine:")
    assert "No build to install." in out
    assert "No GPU was found" in out
    assert "python -m app plan --gpu PCI_ID" in out


def test_no_subcommand_json_carries_probe_and_plan(run_cli):
    import json

    result = run_cli("--json", env_extra=NO_DISPLAY)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    assert doc["probe"]["gpus"] == [] and doc["probe"]["primary"] is None
    assert doc["plan"]["choice"] is None
    assert any("No GPU was found" in w for w in doc["plan"]["warnings"])
