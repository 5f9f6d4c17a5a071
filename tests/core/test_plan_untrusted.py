"""A plan from another machine cannot make the installer write outside its folders, read local
files, talk plain HTTP to the network or pass options to uv/pip: refused before any I/O, with
one sentence naming the field (CLI exit 2)."""

from __future__ import annotations

import copy
import hashlib
import json
import os

import pytest
from mirror.server import MirrorServer

from app.catalog.plan_model import Choice, FileRef, Plan, Step
from app.errors import BadInput
from app.install.engine import install


@pytest.fixture
def server():
    s = MirrorServer().start()
    yield s
    s.stop()


def plan_with(server, **file_fields) -> Plan:
    data = b"not really a wheel"
    url = server.add_file("/files/torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl", data)
    ref = {"url": url, "filename": "torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl",
           "sha256": hashlib.sha256(data).hexdigest(), **file_fields}
    step = Step(id="torch", files=[FileRef(**ref)], index_url=server.pypi_index())
    return Plan(choice=Choice(build_id="b", channel="torch-xpu", ipex_version=None, torch_version="2.8.0+xpu",
                              python="3.11", os="linux", expect="aot", matched_target=None, steps=[step],
                              reasons=[]))


def tree(root) -> dict[str, int]:
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            out[os.path.relpath(path, root)] = os.lstat(path).st_size
    return out


@pytest.mark.parametrize("dry_run", [True, False])
def test_an_absolute_file_name_writes_nothing_and_asks_no_server(server, tmp_path, dry_run):
    victim = tmp_path / "home" / ".bashrc"
    victim.parent.mkdir()
    victim.write_text("# the user's own file\n")
    plan = plan_with(server, filename=str(victim))
    before = tree(tmp_path)
    with pytest.raises(BadInput) as info:
        install(plan, tmp_path / "venv", dry_run=dry_run)
    assert "'choice.steps[0].files[0].filename'" in str(info.value)
    assert victim.read_text() == "# the user's own file\n"
    assert tree(tmp_path) == before and server.requests == []


@pytest.mark.parametrize(("path", "value", "words"), [
    ("files.0.filename", "../../../.bashrc", "path separator"),
    ("files.0.filename", "..\\..\\evil.whl", "path separator"),
    ("files.0.filename", "C:evil.whl", "drive"),
    ("files.0.filename", "CON.whl", "reserved device name"),
    ("files.0.filename", "evil\0.whl", "control character"),
    ("files.0.url", "file:///etc/passwd", "scheme 'file'"),
    ("files.0.url", "http://files.example.com/torch.whl", "plain http://"),
    ("index_url", "file:///srv/simple", "scheme 'file'"),
    ("index_url", "http://mirror.example.cn/simple", "plain http://"),
    ("extra_index_urls", ["https://ok.example/simple", "ftp://x.example/simple"], "scheme 'ftp'"),
    ("requirements", ["torch @ file:///etc/passwd"], "scheme 'file'"),
    ("requirements", ["torch @ http://evil.example/torch.whl"], "plain http://"),
    ("requirements", ["--index-url=http://evil.example/simple"], "not a requirement"),
    ("requirements", ["-r/etc/passwd"], "not a requirement"),
    ("requirements", [7], "not a requirement"),
])
def test_each_untrusted_field_is_refused_with_its_name(server, tmp_path, path, value, words):
    plan = plan_with(server)
    step = plan.choice.steps[0]
    if path.startswith("files."):
        setattr(step.files[0], path.split(".")[2], value)
    else:
        setattr(step, path, value)
    with pytest.raises(BadInput) as info:
        install(plan, tmp_path / "venv", dry_run=True)
    msg = str(info.value)
    field = "choice.steps[0]." + path.replace(".0.", "[0].")
    assert f"'{field}" in msg and words in msg and "\n" not in msg
    assert server.requests == [] and not (tmp_path / "venv").exists()


def test_the_python_version_cannot_carry_an_option(server, tmp_path):
    plan = plan_with(server)
    plan.choice.python = "--install-dir=/tmp/evil"
    with pytest.raises(BadInput, match=r"'choice.python'"):
        install(plan, tmp_path / "venv", dry_run=True)


def test_cli_refuses_a_hostile_plan_with_exit_2_and_one_sentence(server, tmp_path, run_cli):
    victim = tmp_path / "victim.txt"
    plan = plan_with(server, filename=str(victim))
    data = plan.to_json()
    (tmp_path / "plan.json").write_text(json.dumps(data), encoding="utf-8")
    for dry in ([], ["--dry-run"]):
        r = run_cli("install", "--plan", tmp_path / "plan.json", "--venv", tmp_path / "venv", "--yes", *dry)
        assert r.returncode == 2, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "'choice.steps[0].files[0].filename'" in lines[0], r.stderr
        assert "Traceback" not in r.stderr
    assert not victim.exists() and not (tmp_path / "venv").exists() and server.requests == []
    # --allow-http does not open other doors: file:// stays refused.
    data2 = copy.deepcopy(data)
    data2["choice"]["steps"][0]["index_url"] = "file:///etc"
    (tmp_path / "plan2.json").write_text(json.dumps(data2), encoding="utf-8")
    r = run_cli("install", "--plan", tmp_path / "plan2.json", "--venv", tmp_path / "venv", "--yes", "--dry-run",
                "--allow-http")
    assert r.returncode == 2 and "scheme 'file'" in r.stderr, r.stderr


def test_remote_plain_http_passes_only_when_allowed_and_is_then_warned_about(server, tmp_path):
    from app.events import Warning_
    from app.fetch.mirrors import parse_mirrors

    plan = plan_with(server)
    plan.choice.steps[0].extra_index_urls = ["http://mirror.example.cn/simple", "http://mirror.example.cn/other"]
    with pytest.raises(BadInput, match=r"'choice.steps\[0\].extra_index_urls\[0\]' must be https://: "
                                       r"it uses plain http:// to "
                                       r"mirror.example.cn.*--allow-http"):
        install(plan, tmp_path / "venv", dry_run=True)
    with pytest.raises(BadInput, match=r"'--mirror github.com' must be https://: it uses plain http://"):
        parse_mirrors(["github.com=http://gh.example.cn/gh"])
    events = []
    mirrors = parse_mirrors(["github.com=http://gh.example.cn/gh"], allow_http=True)
    result = install(plan, tmp_path / "venv", dry_run=True, allow_http=True, mirrors=mirrors,
                     on_event=events.append)
    warned = [e for e in events if isinstance(e, Warning_) and e.code == "plain_http"]
    assert [w.params["host"] for w in warned] == ["mirror.example.cn", "gh.example.cn"]  # one per host
    assert all(w.text.endswith(".") and "\n" not in w.text and "plain http://" in w.text for w in warned)
    assert len(result.warnings) == 2 and server.requests == []
    # Loopback http (tests, a local mirror) is neither refused nor warned about.
    events.clear()
    install(plan_with(server), tmp_path / "venv", dry_run=True, on_event=events.append)
    assert not [e for e in events if isinstance(e, Warning_)]


def test_ordinary_requirements_pass_with_or_without_the_full_parser(server):
    from app.catalog.plan_check import check_plan

    plan = plan_with(server)
    plan.choice.steps[0].requirements = ["torch==2.8.0+xpu", "intel-sycl-rt===2025.1.1", "numpy<2",
                                         "dpcpp-cpp-rt>=2025", "onednn ~= 2025.1",
                                         "torchvision==0.23.0; python_version >= '3.10'",
                                         "torch[opt]==2.8.0", "torch @ https://download.example/torch.whl"]
    assert check_plan(plan) == []


def test_the_downloader_itself_refuses_a_name_that_leaves_its_folder(server, tmp_path):
    """The last gate, for names from index pages (packaging's wheel-name parser is the first, and
    older versions of it let 'x.whl/../../y.whl' through)."""
    from app.fetch.download import download
    from app.fetch.session import make_session

    url = server.add_file("/packages/evil.whl", b"payload")
    cache = tmp_path / "cache" / "downloads"
    for name in ("torch-2.8.0-cp311-cp311-linux_x86_64.whl/../../../escaped.whl", "..\\escaped.whl",
                 str(tmp_path / "escaped.whl")):
        with pytest.raises(BadInput, match="is not a plain file name"):
            download(url, cache, filename=name, session=make_session())
    assert server.requests == [] and not list(tmp_path.rglob("escaped.whl*")) and not cache.exists()
