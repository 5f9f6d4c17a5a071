"""`install --dry-run` downloads nothing and writes nothing: not the cache, not a .part file,
not a record or a log, not the target. Proved with the whole file tree before and after and a
loopback server that records every request."""

from __future__ import annotations

import os

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)

from app import proc
from app.install.engine import install

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]


def tree(*roots) -> dict[str, tuple[int, int]]:
    """Every path under the roots with its size and modification time (ns)."""
    out = {}
    for root in roots:
        for folder, dirs, files in os.walk(root):
            for name in dirs + files:
                path = os.path.join(folder, name)
                st = os.lstat(path)
                out[path] = (st.st_size if not os.path.isdir(path) else 0, st.st_mtime_ns)
    return out


def user_dirs() -> list[str]:
    return [os.environ[f"IPEX_INSTALLER_{n}_DIR"] for n in ("DATA", "CACHE", "LOG")]


def test_dry_run_into_a_new_folder_fetches_and_writes_nothing(mirror, tmp_path):
    for d in user_dirs():
        os.makedirs(d, exist_ok=True)
    before = tree(tmp_path, *user_dirs())
    events = []
    result = install(make_plan(mirror), tmp_path / "new env", dry_run=True, on_event=events.append)
    assert not result.applied and result.downloads == [] and result.log_path == ""
    assert {a["name"] for a in result.dry_run.add} >= {"torch", "intel-extension-for-pytorch"}
    assert mirror.server.requests == []  # not even an index page
    assert tree(tmp_path, *user_dirs()) == before
    said = [e.text for e in events if getattr(e, "source", "") == "dry-run"]
    assert any("torch==2.8.0+xpu" in line for line in said)  # it says what a real run would fetch


def test_dry_run_of_an_existing_venv_touches_nothing_in_it(mirror, tmp_path):
    from app.envs.interpreter import uv_bin

    venv = tmp_path / "old env"
    r = proc.run([uv_bin(), "venv", "--python", mirror.python, str(venv)], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    for d in user_dirs():
        os.makedirs(d, exist_ok=True)
    before = tree(tmp_path, *user_dirs())
    result = install(make_plan(mirror), venv, dry_run=True)
    assert result.mode == "adopt" and not result.applied
    assert mirror.server.requests == []
    assert tree(tmp_path, *user_dirs()) == before  # no record, no log, no snapshot, no .part


def test_cli_dry_run_json_fetches_and_writes_nothing(mirror, tmp_path, run_cli):
    import json

    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    env = {k: os.environ[k] for k in os.environ if k.startswith(("IPEX_INSTALLER_", "UV_", "PIP_"))}
    for d in user_dirs():
        os.makedirs(d, exist_ok=True)
    before = tree(tmp_path, *user_dirs())
    r = run_cli("install", "--plan", plan, "--venv", tmp_path / "v", "--dry-run", "--json", env_extra=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["downloads"] == []
    after = tree(tmp_path, *user_dirs())
    # The program's own rotating app.log notes that it started, as for every command; the
    # install (log, record, cache, target) wrote nothing.
    app_log = os.path.join(user_dirs()[2], "app.log")
    assert {p for p in after if p != app_log} == set(before) and all(after[p] == before[p] for p in before)
    assert mirror.server.requests == []
