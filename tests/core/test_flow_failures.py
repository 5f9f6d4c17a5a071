"""The wizard's failure states, Back and the fixes it offers, as states of app.flow (no Qt)."""

from __future__ import annotations

import pytest

from app import flow
from app.flow import FlowState, PageId, Run
from app.install_progress import planned_steps


def test_back_is_blocked_while_installing_and_until_the_test_ends():
    state = FlowState(install=Run.RUNNING)
    assert flow.commit_pages(state) == {PageId.ENVIRONMENT, PageId.INSTALL}
    state.install = Run.DONE
    assert flow.commit_pages(state) == {PageId.ENVIRONMENT, PageId.INSTALL}  # the test runs next
    state.verify = Run.RUNNING
    assert PageId.INSTALL in flow.commit_pages(state)
    state.verify, state.verdict = Run.DONE, "no_device"
    assert flow.commit_pages(state) == {PageId.ENVIRONMENT}  # Verify's Back works again


@pytest.mark.parametrize("outcome", [Run.FAILED, Run.STOPPED])
def test_a_failed_or_stopped_install_changed_nothing_so_back_works(outcome):
    state = FlowState(install=outcome)
    assert flow.commit_pages(state) == set()
    assert flow.back_target(PageId.INSTALL, state) is PageId.ENVIRONMENT
    flow.rewind(state, PageId.ENVIRONMENT)
    assert state.install is Run.NOT_STARTED and state.install_failure is None
    assert flow.install_button(state) == "install_again"  # the Environment page's button says so


def test_the_first_install_button_says_install():
    assert flow.install_button(FlowState()) == "install"


@pytest.mark.parametrize("verdict, target", [("no_device", PageId.HARDWARE), ("failed", PageId.BUILD),
                                             ("jit", PageId.BUILD)])
def test_back_from_verify_skips_the_finished_install(verdict, target):
    state = FlowState(install=Run.DONE, verify=Run.DONE, verdict=verdict)
    assert flow.back_target(PageId.VERIFY, state) is target
    flow.rewind(state, target)
    # the next Install installs again, and the old verdict is gone
    assert state.install is Run.NOT_STARTED and state.verdict is None and state.verify is Run.NOT_STARTED


def test_going_back_within_the_first_pages_keeps_a_running_install_untouched():
    state = FlowState(install=Run.RUNNING)
    flow.rewind(state, PageId.BUILD)
    assert state.install is Run.RUNNING


@pytest.mark.parametrize(
    "code, step, kind",
    [
        ("download_stalled", "download", "network"),
        (None, "download", "network"),
        (None, "python", "network"),
        ("disk_full", "download", "disk"),
        ("folder_unwritable", "venv", "disk"),
        ("venv_busy", None, "busy"),
        ("step_failed", "install:torch", "other"),
        ("step_network", "install:torch", "network"),  # uv could not fetch: other servers, a proxy
        ("step_file_missing", "install:torch", "network"),
        ("step_hash_mismatch", "install:torch", "network"),
        ("step_no_version", "install:ipex", "other"),
        (None, "install:torch", "other"),
    ],
)
def test_failure_kind(code, step, kind):
    assert flow.failure_kind(code, step) == kind


def test_a_network_failure_offers_china_servers_a_proxy_and_the_log():
    state = FlowState(install=Run.FAILED, install_failure="network")
    assert flow.fix_actions(state) == ["retry", "use_cn", "set_proxy", "show_log"]
    flow.use_china_servers(state)
    assert state.settings.mirror == "cn" and state.settings.mirror_choice == "cn"
    assert flow.fix_actions(state) == ["retry", "set_proxy", "show_log"]  # already on China servers


def test_other_failures_offer_what_fixes_them():
    assert flow.fix_actions(FlowState(install=Run.FAILED, install_failure="disk")) == [
        "choose_folder", "retry", "show_log"]
    assert flow.fix_actions(FlowState(install=Run.FAILED, install_failure="busy")) == ["retry", "show_log"]
    assert flow.fix_actions(FlowState(install=Run.STOPPED)) == ["retry", "show_log"]
    assert flow.fix_actions(FlowState(install=Run.DONE)) == []


# Every way an install can end early, as the engine's steps show it: (steps started, the
# outcome, the error code) -> the one sentence the Install page shows and its buttons.
NEW = ["python", "download", "venv"]
OLD = ["python", "download", "snapshot"]
ENDINGS = [
    ("stop in the download", ["python", "download"], Run.STOPPED, None, "install_stopped_unchanged",
     ["retry", "show_log"]),
    ("stop in uv, new venv", [*NEW, "install:torch", "rollback"], Run.STOPPED, None, "install_stopped_unchanged",
     ["retry", "show_log"]),
    ("stop in uv, existing venv", [*OLD, "install:torch", "rollback"], Run.STOPPED, None,
     "install_stopped_restored", ["retry", "show_log"]),
    ("uv's Python download failed", ["python"], Run.FAILED, None, "install_failed_network_unchanged",
     ["retry", "use_cn", "set_proxy", "show_log"]),
    ("a file answered 404", ["python", "download"], Run.FAILED, "download_http_error",
     "install_failed_network_unchanged", ["retry", "use_cn", "set_proxy", "show_log"]),
    ("disk full making the venv", [*NEW, "rollback"], Run.FAILED, "disk_full", "install_failed_disk_unchanged",
     ["choose_folder", "retry", "show_log"]),
    ("disk full in the safety copy", [*OLD, "rollback"], Run.FAILED, "disk_full", "install_failed_disk_restored",
     ["choose_folder", "retry", "show_log"]),
    ("a path too long", [*NEW, "rollback"], Run.FAILED, "path_too_long", "install_failed_path_unchanged",
     ["choose_folder", "retry", "show_log"]),
    ("a folder not writable, existing venv", [*OLD, "rollback"], Run.FAILED, "folder_unwritable",
     "install_failed_unwritable_restored", ["choose_folder", "retry", "show_log"]),
    ("uv failed, new venv", [*NEW, "install:torch", "rollback"], Run.FAILED, "step_failed",
     "install_failed_other_unchanged", ["retry", "show_log"]),
    ("uv failed, existing venv", [*OLD, "install:torch", "rollback"], Run.FAILED, "step_failed",
     "install_failed_other_restored", ["retry", "show_log"]),
    ("versions differ, existing venv", [*OLD, "install:torch", "verify", "rollback"], Run.FAILED, None,
     "install_failed_other_restored", ["retry", "show_log"]),
    ("moving into place failed", [*NEW, "install:torch", "verify", "commit", "rollback"], Run.FAILED,
     "venv_commit_failed", "install_failed_other_unchanged", ["retry", "show_log"]),
    ("another installer holds the venv", ["python"], Run.FAILED, "venv_busy", "install_failed_busy",
     ["retry", "show_log"]),
]


@pytest.mark.parametrize("name, started, outcome, code, status, actions", ENDINGS, ids=[e[0] for e in ENDINGS])
def test_every_early_end_says_what_it_left_and_back_leads_to_install_again(name, started, outcome, code, status,
                                                                          actions):
    from app.message_texts import TEMPLATES

    state = FlowState()
    flow.install_started(state)
    assert flow.install_status(state) == "install_running" and flow.commit_pages(state)  # no Back while it runs
    flow.install_ended(state, outcome, code, started)
    assert flow.install_status(state) == status
    sentence = TEMPLATES[status]
    assert ("nothing was changed" in sentence) != ("previous environment was restored" in sentence)
    assert sentence.count(". ") == 0 and sentence.count("; ") <= 1  # one sentence
    assert flow.fix_actions(state) == actions
    assert not flow.page_complete(PageId.INSTALL, state)  # Next stays off: nothing to verify
    assert flow.commit_pages(state) == set()
    # Retry: the same page installs again, with the last outcome gone
    retry = FlowState(install=state.install, install_failure=state.install_failure, install_undo=state.install_undo,
                      install_error=state.install_error)
    flow.install_started(retry)
    assert (retry.install, retry.install_failure, retry.install_undo, retry.install_error) == (
        Run.RUNNING, None, None, None)
    # Back: to the Environment page, whose button reads Install again, to change folder or server
    target = flow.back_target(PageId.INSTALL, state)
    assert target is PageId.ENVIRONMENT
    flow.rewind(state, target)
    assert (state.install, state.install_failure, state.install_undo, state.install_error) == (
        Run.NOT_STARTED, None, None, None)
    assert flow.install_button(state) == "install_again"
    assert flow.next_page(PageId.ENVIRONMENT, state) == PageId.INSTALL


def test_the_failed_step_is_the_one_before_the_rollback():
    assert flow.failed_step(["python", "download", "venv", "install:torch", "rollback"]) == "install:torch"
    assert flow.failed_step(["rollback"]) is None and flow.failed_step([]) is None
    # a download failure is judged by its step even without a code
    state = FlowState()
    flow.install_ended(state, Run.FAILED, None, ["python", "download"])
    assert state.install_failure == "network"


def test_a_finished_install_says_installed_and_no_outcome_before_the_first():
    state = FlowState()
    assert flow.install_status(state) is None
    flow.install_ended(state, Run.DONE, None, ["python", "download", "venv", "commit"])
    assert flow.install_status(state) == "install_done" and state.install_undo is None


@pytest.mark.parametrize(
    "verify, verdict, next_action, outcome",
    [
        (Run.DONE, "aot", "finish", "ready"),
        (Run.DONE, "cached", "finish", "ready"),
        (Run.DONE, "unknown", "finish", "ready"),
        (Run.DONE, "jit", "warm_or_finish", "ready"),
        (Run.DONE, "mixed", "warm_or_finish", "ready"),
        (Run.DONE, "no_device", "fix_driver", "not_working"),
        (Run.DONE, "failed", "go_back", "not_working"),
        (Run.FAILED, None, "go_back", "not_working"),
        (Run.STOPPED, None, "test_again", "untested"),
    ],
)
def test_verify_says_what_next_and_finish_never_calls_a_broken_environment_ready(verify, verdict, next_action,
                                                                                outcome):
    state = FlowState(install=Run.DONE, verify=verify, verdict=verdict)
    assert flow.verify_next(state) == next_action
    assert flow.finish_outcome(state) == outcome
    assert flow.page_complete(PageId.VERIFY, state)  # the verdict informs, the user may still go on


def test_verify_gives_no_advice_while_running():
    assert flow.verify_next(FlowState(verify=Run.RUNNING)) is None


PLAN = {"choice": {"steps": [
    {"id": "torch", "files": [{"size": 600}, {"size": 400}]},
    {"id": "ipex", "files": [{"size": 1000}]},
]}}


def test_every_install_step_is_listed_before_it_starts():
    assert planned_steps(PLAN, existing_venv=False) == [
        "python", "download", "venv", "install:torch", "install:ipex", "verify", "commit"]
    assert planned_steps(PLAN, existing_venv=True)[2] == "snapshot"


# -- the Hardware page: one answer per card, and no dead ends ---------------------------------

SNAPSHOTS = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"


def recorded(name: str):
    from app.probe.probe import probe_machine

    return probe_machine(windows_snapshot=str(SNAPSHOTS / name))


def test_each_gpu_gets_one_answer():
    probe = recorded("ps51_desktop_uhd770_a770.utf16.json")
    answers = {g.device_id: flow.gpu_answer(g) for g in probe.gpus}
    assert answers["0x56a0"] == "native"  # Arc A770: validated, AOT builds exist
    nvidia = recorded("ps51_laptop_mtlh_nvidia.utf8bom.json")
    assert "not_intel" in {flow.gpu_answer(g) for g in nvidia.gpus}


def test_a_gpu_intel_did_not_validate_is_native_when_a_build_carries_code_for_it():
    """Arrow Lake-S is not in the validated lists (support level jit-only), but builds for its
    AOT alias mtl-u carry native code for it: the card says so, as the Build page does (AOT);
    without an AOT name or IP version nothing matches it, and it compiles on first use."""
    import dataclasses

    probe = recorded("ps51_arl_s_basic_display.utf16.json")
    arl = probe.gpus[0]
    assert arl.support_level == "jit-only" and flow.gpu_answer(arl) == "jit"
    assert flow.gpu_answer(arl, "windows") == "native" and flow.native_build_exists(arl, "windows")
    unnamed = dataclasses.replace(arl, aot_targets=[], ip_version=None)
    assert not flow.native_build_exists(unnamed, "windows") and flow.gpu_answer(unnamed, "windows") == "jit"
    a770 = recorded("ps51_desktop_uhd770_a770.utf16.json")
    assert [flow.gpu_answer(g, "windows") for g in a770.gpus] == ["unsupported", "native"]  # no change there


def test_a_gpu_without_the_intel_driver_cannot_lead_to_install():
    probe = recorded("ps51_arl_s_basic_display.utf16.json")
    state = FlowState(probe=probe, probe_ok=True, gpu_index=probe.primary)
    assert probe.gpus[probe.primary].driver.status == "unbound"
    assert flow.hardware_blocker(state) == "no_driver"
    assert not flow.page_complete(PageId.HARDWARE, state)
    state.support_mode = True  # support staff look at that computer: nothing is installed there
    assert flow.hardware_blocker(state) is None


def test_a_machine_with_no_usable_intel_gpu_is_told_there_is_nothing_to_install():
    probe = recorded("ps51_laptop_mtlh_nvidia.utf8bom.json")
    probe.gpus = [g for g in probe.gpus if not g.is_intel]
    state = FlowState(probe=probe, probe_ok=True, gpu_index=None)
    assert flow.hardware_blocker(state) == "no_gpu"
    assert not flow.page_complete(PageId.HARDWARE, state)


def test_a_working_gpu_leads_on():
    probe = recorded("ps51_desktop_uhd770_a770.utf16.json")
    state = FlowState(probe=probe, probe_ok=True, gpu_index=probe.primary)
    assert flow.hardware_blocker(state) is None and flow.page_complete(PageId.HARDWARE, state)


@pytest.mark.parametrize(
    "pasted, url, problem",
    [
        ("127.0.0.1:7890", "http://127.0.0.1:7890", None),  # what Clash and similar programs show
        ("  http://proxy.corp:8080 ", "http://proxy.corp:8080", None),
        ("socks5://127.0.0.1:1080", "socks5://127.0.0.1:1080", None),
        ("http://user:pw@proxy.corp:3128", "http://user:pw@proxy.corp:3128", None),
        ("", None, None),
        ("127.0.0.1", None, "port"),
        ("127.0.0.1:7890x", None, "port"),
        ("127.0.0.1:70000", None, "port"),
        ("http://:8080", None, "host"),
        ("ftp://proxy.corp:21", None, "scheme"),
        ("127.0.0.1 7890", None, "spaces"),
    ],
)
def test_proxy_forms_users_paste(pasted, url, problem):
    assert flow.normalize_proxy(pasted) == (url, problem)


# -- support mode: the raw PowerShell adapter list users send ---------------------------------

def test_support_mode_opens_the_raw_powershell_gpus_json(tmp_path):
    for name in ("ps51_desktop_uhd770_a770.utf16.json", "ps7_desktop_b580.utf8.json"):
        loaded = flow.load_support_input(SNAPSHOTS / name)  # as `ConvertTo-Json > gpus.json` wrote it
        assert loaded.probe.os == "windows" and loaded.probe.gpus and loaded.plan_json is None


def test_a_file_that_is_neither_keeps_the_probe_files_refusal(tmp_path):
    from app.errors import BadInput

    path = tmp_path / "notes.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(BadInput) as refused:
        flow.load_support_input(path)
    assert "notes.json" in str(refused.value)


# -- what the Hardware page offers where it leads nowhere ---------------------------------------

def test_no_driver_offers_intels_driver_page_and_a_second_look():
    probe = recorded("ps51_arl_s_basic_display.utf16.json")
    state = FlowState(probe=probe, probe_ok=True, gpu_index=probe.primary)
    assert flow.hardware_fixes(state) == ["driver_page", "check_again"]
    assert flow.driver_page(state) == flow.WINDOWS_DRIVER_PAGE
    assert flow.WINDOWS_DRIVER_PAGE.startswith("https://www.intel.com/")
    probe.os = "linux"  # the fix there is a kernel driver: no download page to open
    assert flow.hardware_fixes(state) == ["check_again"] and flow.driver_page(state) is None


def test_nothing_to_install_for_a_gpu_offers_the_cpu_build():
    probe = recorded("ps51_laptop_mtlh_nvidia.utf8bom.json")
    probe.gpus = [g for g in probe.gpus if not g.is_intel]
    state = FlowState(probe=probe, probe_ok=True, gpu_index=None)
    assert flow.hardware_fixes(state) == ["copy_cpu_command", "check_again"]
    probe.gpus = []  # no display adapter at all
    assert flow.hardware_blocker(state) == "no_gpu" and "copy_cpu_command" in flow.hardware_fixes(state)


def test_an_unsupported_gpu_offers_the_cpu_build_while_another_gpu_leads_on():
    probe = recorded("ps51_desktop_uhd770_a770.utf16.json")
    uhd = next(i for i, g in enumerate(probe.gpus) if g.device_id == "0x4680")
    state = FlowState(probe=probe, probe_ok=True, gpu_index=uhd)
    assert flow.hardware_blocker(state) == "unsupported"
    assert flow.hardware_fixes(state) == ["copy_cpu_command", "check_again"] and flow.driver_page(state) is None
    state.gpu_index = probe.primary  # the Arc card: the way on
    assert flow.hardware_fixes(state) == [] and flow.page_complete(PageId.HARDWARE, state)


def test_support_mode_offers_no_fixes():
    probe = recorded("ps51_arl_s_basic_display.utf16.json")
    state = FlowState(probe=probe, probe_ok=True, gpu_index=probe.primary, support_mode=True)
    assert flow.hardware_fixes(state) == [] and flow.driver_page(state) is None


def test_the_build_pages_good_news_about_the_gpu_is_a_fact_not_a_caution():
    """The planner passes on the probe's notes about the GPU (the A770 is "validated by IPEX",
    it was picked over the UHD 770): the Build page lists them as facts; only the build's own
    cautions (archived, AOT inferred) and the planner's other warnings (the UHD 770's old
    driver) are cautions."""
    from app.catalog.planner import plan

    probe = recorded("ps51_desktop_uhd770_a770.utf16.json")
    made = plan(probe, gpu_index=probe.primary, python="3.11")
    facts, cautions = flow.build_notes(made.choice, made, probe.gpus[probe.primary])
    assert {m.code for m in facts} == {"primary_over", "device_dg2"}
    codes = {m.code for m in cautions}
    assert {"warn_archived", "win_driver_below_minimum"} <= codes and not codes & {"primary_over", "device_dg2"}
    assert flow.build_notes(made.choice, made, None) == ([], [*made.choice.warnings, *made.warnings])
