"""Support mode's reading of a file from another computer (app.report.support_view), Qt-free:
bundles written by the real bundle writer from real states (tests/support_bundles.py: real
installs from the loopback mirror, one that failed there, GPU test records the real classifier
made from recorded traces, the real doctor), an older bundle missing parts, hostile bundles,
a probe JSON and the raw PowerShell gpus.json."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from mirror.fixtures import standard_wheels  # noqa: F401 (fixture)
from support_bundles import A770, hostile, rewrite, support_bundles  # noqa: F401 (fixture)

from app.errors import BadInput
from app.messages import Message
from app.report import support_view


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_verified_aot_environment(support_bundles):
    view = support_view.load(support_bundles["aot"])
    assert view.kind == "bundle" and view.missing == []
    # written here: on Windows the writer's own system facts name the version ("Windows 10" under Wine)
    assert re.fullmatch(r"Support bundle from a computer running Windows( 1[01])? — read-only", view.title())
    choice = view.plan_json["choice"]
    assert choice["build_id"] == "ipex-2.8.10-windows" and choice["expect"] == "aot"
    assert view.install_ok is True and view.install_failure is None
    assert view.smoke.verdict == "aot" and view.smoke.venv == view.doctor_venv
    assert any("urProgramCreateWithBinary" in line for line in view.smoke.evidence)
    assert view.findings and {f.severity for f in view.findings} == {"info"}  # nothing to fix
    assert isinstance(view.forecast, Message)  # the forecast's sentence, coded: worded in any language
    assert view.probe.gpus[view.probe.primary].name == "Intel(R) Arc(TM) A770 Graphics"


def test_a_jit_verdict_and_the_doctors_error(support_bundles):
    view = support_view.load(support_bundles["jit"])
    assert view.smoke.verdict == "jit"
    assert any("urProgramCreateWithIL" in line for line in view.smoke.evidence)
    errors = [f for f in view.findings if f.severity == "error"]
    assert [f.id for f in errors] == ["env.device_selector_hides_gpu"]
    assert isinstance(errors[0].message, Message) and errors[0].message.code == "doctor_selector_hides_gpu"
    assert isinstance(errors[0].fix, Message)


def test_a_failed_install_gives_its_step_its_sentence_and_the_english(support_bundles):
    view = support_view.load(support_bundles["failed"])
    assert view.install_ok is False
    failure = view.install_failure
    assert failure.step == "download"
    assert isinstance(failure.sentence, Message) and failure.sentence.code == "download_http_error"
    assert failure.english.startswith("The server answered 404") and failure.english == failure.sentence
    # written without an environment: no doctor, and no GPU test ran
    assert view.missing == ["smoke", "doctor"] and view.findings is None and view.smoke is None
    assert not Path(failure.venv).exists()  # rolled back there; reading it created nothing either
    assert [m.code for m in view.missing_sentences()] == ["support_missing_smoke", "support_missing_doctor"]


def test_an_old_bundle_shows_what_it_has_and_names_what_is_missing(support_bundles):
    view = support_view.load(support_bundles["old"])
    assert view.missing == ["system", "plan", "install", "smoke"]
    assert view.plan_json is None and view.install_ok is None and view.smoke is None
    assert view.findings and view.probe.gpus  # what it has
    assert str(view.title()) == "Support bundle from a computer running Windows — read-only"  # the probe's OS


@pytest.mark.parametrize("system, title", [
    ({"os": "windows", "os_version": "10.0.22631", "host": "DESKTOP-ABC"},
     "Support bundle from DESKTOP-ABC (Windows 11) — read-only"),
    ({"os": "windows", "os_version": "10.0.19045", "hostname": "<host>"},  # redacted: no host name
     "Support bundle from a computer running Windows 10 — read-only"),
    ({"os": "windows", "os_version": "", "host": "bad name\u202e"},
     "Support bundle from a computer running Windows — read-only"),
    ({"os": "linux", "os_pretty": "Ubuntu 24.04.1 LTS (kernel 6.8.0)"},  # another OS than the probe's
     "Support bundle from a computer running Windows — read-only"),
])
def test_the_title_names_the_computer_the_bundle_records(support_bundles, tmp_path, system, title):
    path = rewrite(support_bundles["aot"], tmp_path / "b.zip", drop=lambda n: n == "system.json",
                   add={"system.json": json.dumps(system)})
    assert str(support_view.load(path).title()) == title


def test_a_linux_bundle_names_its_distribution(support_bundles, tmp_path):
    probe = json.loads(__import__("zipfile").ZipFile(support_bundles["aot"]).read("probe.json"))
    probe["os"] = "linux"
    path = rewrite(support_bundles["aot"], tmp_path / "b.zip", drop=lambda n: n in ("system.json", "probe.json"),
                   add={"probe.json": json.dumps(probe),
                        "system.json": json.dumps({"os": "linux", "os_pretty": "Ubuntu 24.04.1 LTS (kernel 6.8.0)"})})
    title = "Support bundle from a computer running Ubuntu 24.04.1 LTS — read-only"
    assert str(support_view.load(path).title()) == title


def test_a_probe_file_and_the_raw_gpus_json(tmp_path):
    from support_bundles import recorded_probe

    probe = tmp_path / "probe.json"
    probe.write_text(json.dumps(recorded_probe().to_json()), encoding="utf-8")
    view = support_view.load(probe)
    assert view.kind == "probe" and view.plan_json is None and view.missing == []
    assert str(view.title()) == "Probe file from a computer running Windows — read-only"
    view = support_view.load(A770)  # UTF-16, as Windows PowerShell 5.1 wrote it
    assert view.kind == "snapshot" and len(view.probe.gpus) == 2
    assert str(view.title()) == "GPU list (gpus.json) from a computer running Windows — read-only"


REFUSED = {  # hostile bundle -> the code of its one sentence
    "oversize_member": "input_too_large",
    "plan_not_json": "input_not_json",
    "truncated": "input_bad_zip",
    "not_a_bundle": "bundle_neither",
    "zip_bomb": "input_zip_bomb",
}


def test_hostile_bundles_are_refused_with_one_coded_sentence(support_bundles, tmp_path):
    made = hostile(support_bundles["aot"], tmp_path / "hostile")
    for kind, code in REFUSED.items():
        before = _digest(made[kind])
        with pytest.raises(BadInput) as refused:
            support_view.load(made[kind])
        assert refused.value.code == code, (kind, str(refused.value))
        assert made[kind].name in str(refused.value) and "\n" not in str(refused.value)
        assert _digest(made[kind]) == before  # read only


def test_names_that_leave_the_folder_are_never_used_or_written(support_bundles, tmp_path):
    made = hostile(support_bundles["aot"], tmp_path / "hostile")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    view = support_view.load(made["traversal"])
    assert view.smoke.verdict == "aot"  # the real record, not '../../evil-smoke.json' or '/abs/...'
    assert view.install_ok is True
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not any(p.name.startswith("evil") for p in tmp_path.parent.rglob("evil*"))


def test_a_damaged_log_record_is_skipped_and_said_missing(support_bundles, tmp_path):
    made = hostile(support_bundles["aot"], tmp_path / "hostile")
    view = support_view.load(made["log_not_json"])
    assert view.smoke is None and view.missing == ["smoke"]
    assert view.install_ok is True and view.plan_json is not None


def test_a_coded_form_that_says_something_else_is_not_believed(support_bundles, tmp_path):
    """An install record whose coded sentence does not fill to its English: the English stays
    (under Details) and the page says the error cannot be worded in the reader's language."""
    record = {"ok": False, "failed_step": "install:torch", "venv": "C:\\envs\\x",
              "error": {"text": "pip failed: ERROR: no space",
                        "coded": {"code": "download_http_error", "params": {"status": "404", "url": "u"}}}}
    path = rewrite(support_bundles["failed"], tmp_path / "b.zip", drop=lambda n: n.startswith("logs/install"),
                   add={"logs/install-20991231-000000-000000.json": json.dumps(record)})
    failure = support_view.load(path).install_failure
    assert failure.step == "install:torch" and failure.english == "pip failed: ERROR: no space"
    assert failure.sentence.code == "support_install_uncoded"


def test_a_stopped_install_is_neither_an_error_nor_a_finish(tmp_path, standard_wheels):  # noqa: F811
    """The user pressed Stop: the engine's record says so, and support mode shows no error."""
    import threading

    from mirror.fixtures import Mirror, make_plan, publish_standard
    from mirror.server import MirrorServer
    from support_bundles import user_dirs, write

    from app.errors import Cancelled
    from app.install.engine import install

    server = MirrorServer().start()
    try:
        publish_standard(server, standard_wheels)
        stop = threading.Event()
        stop.set()  # pressed before the download began
        with user_dirs(tmp_path / "user"):
            with pytest.raises(Cancelled):
                install(make_plan(Mirror(server, standard_wheels)), tmp_path / "env", seed_pip=False, cancel=stop)
            bundle = write(tmp_path / "stopped.zip", None)
    finally:
        server.stop()
    view = support_view.load(bundle)
    assert view.install_ok is False and view.install_failure is None
    assert "install" not in view.missing
