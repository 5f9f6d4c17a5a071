"""The wizard's navigation and decisions, without Qt."""

from __future__ import annotations

import json
import zipfile

import pytest

from app import flow
from app.errors import BadInput
from app.flow import END, FlowState, PageId, Run, back_target, next_page, page_complete

PROBE = {
    "os": "linux",
    "gpus": [
        {
            "vendor_id": "0x8086", "device_id": "0x56a0", "name": "Intel Arc A770", "family": "Alchemist",
            "segment": "dgpu", "ip_version": "12.55.8", "aot_targets": ["dg2-g10"],
            "driver": {"name": "i915", "version": None, "status": "ok", "notes": []},
            "supported": True, "notes": [], "future_field": 1,
        }
    ],
    "primary": 0,
    "pythons": [{"path": "/usr/bin/python3.11", "version": "3.11.2", "bits": 64, "source": "path"}],
    "warnings": [],
}


def test_normal_walk_visits_every_page_in_order():
    state = FlowState()
    seen, page = [], PageId.WELCOME
    while page != END:
        seen.append(PageId(page))
        page = next_page(page, state)
    assert seen == [p for p in PageId if p is not PageId.SUPPORT]  # that page is support mode's


def test_support_mode_stops_after_build():
    state = FlowState(support_mode=True)
    assert next_page(PageId.HARDWARE, state) == PageId.BUILD
    assert next_page(PageId.BUILD, state) == END


def test_support_mode_with_a_bundle_shows_its_record_and_never_reaches_install():
    class Bundle:
        kind = "bundle"

    state = FlowState(support_mode=True, support=Bundle())
    seen, page = [], PageId.WELCOME
    while page != END:
        seen.append(PageId(page))
        page = next_page(page, state)
    assert seen == [PageId.WELCOME, PageId.HARDWARE, PageId.BUILD, PageId.SUPPORT]
    assert back_target(PageId.SUPPORT, state) == PageId.BUILD
    Bundle.kind = "probe"  # a probe file has no record page
    assert next_page(PageId.BUILD, state) == END


@pytest.mark.parametrize(
    "page, ready",
    [
        (PageId.HARDWARE, dict(probe_ok=True, gpu_index=0)),
        (PageId.BUILD, dict(plan_has_choice=True)),
        (PageId.ENVIRONMENT, dict(venv_ok=True)),
        (PageId.INSTALL, dict(install=Run.DONE)),
        (PageId.VERIFY, dict(verify=Run.DONE, verdict="aot")),
    ],
)
def test_next_is_gated_until_the_page_has_its_result(page, ready):
    assert not page_complete(page, FlowState())
    state = FlowState(**ready)
    assert page_complete(page, state)
    state.busy.add(page)
    assert not page_complete(page, state)  # busy pages never let the user on


def test_hardware_needs_a_selected_gpu():
    assert not page_complete(PageId.HARDWARE, FlowState(probe_ok=True, gpu_index=None))


def test_failed_install_does_not_open_verify():
    assert not page_complete(PageId.INSTALL, FlowState(install=Run.FAILED))
    assert not page_complete(PageId.INSTALL, FlowState(install=Run.STOPPED))


def test_jit_build_needs_confirmation_once():
    state = FlowState(choice_expect="jit")
    assert flow.needs_jit_confirmation(state)
    state.jit_confirmed = True
    assert not flow.needs_jit_confirmation(state)
    assert not flow.needs_jit_confirmation(FlowState(choice_expect="aot"))


@pytest.mark.parametrize(
    "name, lang",
    [
        ("zh_CN", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_TW", "zh_CN"),
        ("en_US", "en"),
        ("de_DE", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_for_locale(name, lang):
    assert flow.language_for_locale(name) == lang


def test_venv_state(tmp_path):
    assert flow.venv_state("") == "empty"
    assert flow.venv_state(str(tmp_path / "new venv")) == "new"
    assert flow.venv_state(str(tmp_path)) == "new"  # empty folder
    (tmp_path / "notes.txt").write_text("x")
    assert flow.venv_state(str(tmp_path)) == "not_a_venv"
    assert flow.venv_state(str(tmp_path / "notes.txt")) == "file"
    venv = tmp_path / "v"
    venv.mkdir()
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    assert flow.venv_state(str(venv)) == "existing"


def test_nearest_existing_dir(tmp_path):
    assert flow.nearest_existing_dir(tmp_path / "a" / "b" / "c") == tmp_path


def test_install_bytes_needed_uses_plan_sizes_or_default():
    assert flow.install_bytes_needed(None) == flow.DEFAULT_INSTALL_BYTES
    big = {"choice": {"steps": [{"files": [{"size": 5 * 1024**3}, {"size": None}]}]}}
    assert flow.install_bytes_needed(big) == 10 * 1024**3
    assert flow.enough_space(11 * 1024**3, flow.install_bytes_needed(big))
    assert not flow.enough_space(9 * 1024**3, flow.install_bytes_needed(big))


def test_activation_commands_per_shell():
    cmds = flow.activation_commands(r"C:\Users\张三\ipex venv", "windows")
    assert cmds["cmd"] == r'"C:\Users\张三\ipex venv\Scripts\activate.bat"'
    assert cmds["powershell"] == r"& 'C:\Users\张三\ipex venv\Scripts\Activate.ps1'"
    assert cmds["bash"] == "source 'C:/Users/张三/ipex venv/Scripts/activate'"  # Git Bash
    assert flow.activation_commands("/home/a b/venv", "linux") == {"bash": "source '/home/a b/venv/bin/activate'"}


def test_resolve_mirror():
    assert flow.resolve_mirror("auto", in_china=True) == "cn"
    assert flow.resolve_mirror("auto", in_china=False) == "us"
    assert flow.resolve_mirror("us", in_china=True) == "us"
    # A timed answer (app.fetch.fastest) wins over the locale for "auto" only.
    assert flow.resolve_mirror("auto", in_china=True, timed="us") == "us"
    assert flow.resolve_mirror("auto", in_china=False, timed="cn") == "cn"
    assert flow.resolve_mirror("auto", in_china=True, timed=None) == "cn"
    assert flow.resolve_mirror("auto", in_china=False, timed="mars") == "us"
    assert flow.resolve_mirror("cn", in_china=False, timed="us") == "cn"


def test_support_input_from_probe_json(tmp_path):
    path = tmp_path / "probe.json"
    path.write_text(json.dumps(PROBE), encoding="utf-8")
    loaded = flow.load_support_input(path)
    assert loaded.probe.gpus[0].ip_version == "12.55.8"
    assert loaded.probe.primary == 0
    assert loaded.plan_json is None


def test_support_input_from_bundle_with_plan(tmp_path):
    path = tmp_path / "bundle.zip"
    plan = {"choice": None, "alternatives": [], "rejected": [{"build_id": "x", "why": "wrong OS"}],
            "warnings": [], "inputs": {}}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("probe.json", json.dumps(PROBE))
        zf.writestr("plan.json", json.dumps(plan))
    loaded = flow.load_support_input(path)
    assert loaded.probe.gpus[0].name == "Intel Arc A770"
    # the user's plan as written (fields added since, such as why_code, come back empty)
    assert [(r["build_id"], r["why"]) for r in loaded.plan_json["rejected"]] == [("x", "wrong OS")]


@pytest.mark.parametrize("content", ["not json at all", json.dumps({"gpus": []})])
def test_support_input_rejects_wrong_files(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput):
        flow.load_support_input(path)


def test_support_input_zip_without_probe(tmp_path):
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.md", "hi")
    with pytest.raises(BadInput, match="probe.json"):
        flow.load_support_input(path)


def test_build_page_gates_a_jit_build_on_the_acknowledgement():
    state = FlowState(plan_has_choice=True, choice_expect="jit")
    assert not page_complete(PageId.BUILD, state)
    state.jit_confirmed = True
    assert page_complete(PageId.BUILD, state)


def test_mirror_entries_and_proxy_checks():
    assert flow.mirror_entries(" github.com=https://gh.example.cn/https://github.com,\n"
                               "download.pytorch.org=https://m.example.cn/pytorch ") == [
        "github.com=https://gh.example.cn/https://github.com", "download.pytorch.org=https://m.example.cn/pytorch"]
    assert flow.proxy_problem("") is None
    assert flow.proxy_problem("http://user:pw@proxy.corp:8080") is None
    assert flow.proxy_problem("socks5://127.0.0.1:1080") is None
    assert flow.proxy_problem("proxy.corp:8080") is None  # pasted without a scheme: http://
    assert flow.proxy_problem("ftp://proxy.corp:8080") == "scheme"
    assert flow.proxy_problem("http://:8080") == "host"


def test_jit_cache_dirs_per_os():
    assert flow.jit_cache_dirs("windows") == [r"%AppData%\libsycl_cache"]
    assert flow.jit_cache_dirs("linux") == ["$XDG_CACHE_HOME/libsycl_cache", "~/.cache/libsycl_cache"]
