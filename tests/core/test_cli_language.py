"""The command line and the terminal flow speak the user's language (English or Simplified
Chinese), chosen as the wizard chooses it: --lang, then IPEX_INSTALLER_LANG, then the system's.
Real CLI processes on recorded machines; --json stays the same in both languages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import proc
from app.language import choose, posix_locale, system_language
from tests.english_words import english_words

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = ROOT / "tests" / "data" / "probe" / "windows"
A770 = SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json"
NO_DISPLAY = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "offscreen", "IPEX_INSTALLER_UI": "terminal"}


def cli(*args: str, env: dict[str, str] | None = None, drop_lang: bool = False) -> proc.Result:
    """`python -m app ARGS` as a real process; with drop_lang, without IPEX_INSTALLER_LANG
    (which tests/conftest.py sets to English for every other test)."""
    environ = proc.clean_env(env, drop=("IPEX_INSTALLER_LANG",) if drop_lang else ())
    return proc.run([sys.executable, "-m", "app", *args], env=environ, cwd=ROOT, timeout=120)


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def assert_chinese(text: str, data: tuple[str, ...] = ()) -> None:
    """Every non-empty line of `text` has no English word left (data named by the test aside)."""
    assert text.strip(), "nothing was printed"
    problems = [f"{words} in {line!r}" for line in text.splitlines() if (words := english_words(line, list(data)))]
    assert problems == [], "\n".join(problems)
    assert chinese(text), text


# -- the choice, in its order ------------------------------------------------------------------

def test_the_option_beats_the_variable_which_beats_the_system():
    assert choose("zh_CN", {"IPEX_INSTALLER_LANG": "en", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert choose("en", {"IPEX_INSTALLER_LANG": "zh_CN", "LANG": "zh_CN.UTF-8"}) == "en"
    assert choose(None, {"IPEX_INSTALLER_LANG": "zh_CN", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert choose(None, {"IPEX_INSTALLER_LANG": "  ", "LANG": "C"}) == "en"  # blank: not given


@pytest.mark.skipif(sys.platform == "win32", reason="LC_ALL/LC_MESSAGES/LANG/LANGUAGE name the locale on POSIX")
def test_the_system_language_on_posix_follows_the_locale_variables():
    assert system_language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert system_language({"LANG": "zh_TW.UTF-8"}) == "zh_CN"  # the closer of our two
    assert system_language({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert system_language({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "de_DE.UTF-8"}) == "zh_CN"
    assert system_language({"LANG": "de_DE.UTF-8", "LANGUAGE": "zh_CN:en"}) == "zh_CN"
    # gettext ignores LANGUAGE under the C locale: a bare test or container environment is English
    assert posix_locale({"LANGUAGE": "zh_CN"}) == "C"
    assert system_language({"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"}) == "en"
    assert system_language({}) == "en"


@pytest.mark.skipif(sys.platform != "win32", reason="GetUserDefaultUILanguage is a Windows call")
def test_the_system_language_on_windows_is_the_users_ui_language():
    from app.language import windows_ui_locale

    found = windows_ui_locale()  # Wine's prefix is en-US
    assert found and found.replace("_", "-").lower().startswith("en"), found
    assert system_language({"LANG": "zh_CN.UTF-8"}) == "en"  # POSIX variables mean nothing here


@pytest.mark.parametrize("args, env, where", [
    (("--lang", "xx", "probe"), {}, "--lang"),
    (("probe", "--lang=zh-TW"), {}, "--lang"),
    (("probe",), {"IPEX_INSTALLER_LANG": "fr"}, "IPEX_INSTALLER_LANG"),
])
def test_an_unknown_language_is_refused_in_one_sentence(args, env, where):
    result = cli(*args, env=env)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert where in lines[0] and "en, zh_CN" in lines[0], lines[0]


def test_a_refused_option_is_said_in_the_language_the_environment_gives():
    result = cli("--lang", "xx", "probe", env={"IPEX_INSTALLER_LANG": "zh_CN"})
    assert result.returncode == 2
    assert_chinese(result.stderr, ("xx", "--lang", "en", "zh_CN"))


# -- errors on stderr ------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["option", "variable"])
def test_a_refusal_is_chinese_by_option_and_by_variable(how):
    args = ("plan", "--gpu", "zzz")
    result = cli("--lang", "zh_CN", *args) if how == "option" else cli(*args, env={"IPEX_INSTALLER_LANG": "zh_CN"})
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert_chinese(result.stderr, ("zzz",))
    english = cli(*args)
    assert english.returncode == 2 and english.stderr.strip() == (
        "'zzz' is not a PCI device id; give it like 0x56A0, 56a0 or 8086:56a0.")


def test_the_option_works_after_the_subcommand_too():
    result = cli("plan", "--gpu", "zzz", "--lang", "zh_CN", env={"IPEX_INSTALLER_LANG": "en"})
    assert result.returncode == 2
    assert_chinese(result.stderr, ("zzz",))


def test_argparse_refusals_keep_its_english_and_add_our_sentence_in_chinese():
    result = cli("--lang", "zh_CN", "probe", "--no-such-option")
    assert result.returncode == 2
    first, ours = result.stderr.strip().splitlines()
    assert "--no-such-option" in first  # argparse's own words (documented: they stay English)
    assert_chinese(ours, ("python -m app probe --help",))


@pytest.mark.skipif(sys.platform == "win32", reason="LANG/LC_ALL name the locale on POSIX only (Windows: above)")
def test_without_option_or_variable_the_system_locale_decides():
    chinese_locale = {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": ""}
    result = cli("plan", "--gpu", "zzz", env=chinese_locale, drop_lang=True)
    assert result.returncode == 2
    assert_chinese(result.stderr, ("zzz",))
    plain = cli("plan", "--gpu", "zzz", env={"LANG": "C", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""},
                drop_lang=True)
    assert plain.stderr.startswith("'zzz' is not a PCI device id"), plain.stderr


def test_without_option_or_variable_this_test_machine_is_english():
    """The default here (a C/POSIX locale on Linux, Wine's en-US) stays English."""
    result = cli("plan", "--gpu", "zzz", drop_lang=True,
                 env={} if sys.platform == "win32" else {"LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""})
    assert result.stderr.startswith("'zzz' is not a PCI device id"), result.stderr


# -- what the commands print for people ----------------------------------------------------------

# Fields of the JSON contracts whose values are data (names, ids, versions, paths, commands), and
# every param of a coded sentence: they stay verbatim in Chinese. The English text fields are NOT
# data: a sentence left in English fails the check.
DATA_KEYS = {"name", "device_id", "vendor_id", "os", "source", "path", "version", "family", "aot_targets",
             "build_id", "title", "channel", "requirements", "index_url", "extra_index_urls", "python",
             "ipex_version", "torch_version", "matched_target", "verdict", "id", "file", "package", "venv",
             "sycl_abi", "member", "evidence", "params", "segment", "support_level", "api"}


def data_in(doc: object, take: bool = False) -> list[str]:
    if isinstance(doc, dict):
        return [v for k, value in doc.items() for v in data_in(value, take or k in DATA_KEYS)]
    if isinstance(doc, list):
        return [v for value in doc for v in data_in(value, take)]
    return [str(doc)] if take and isinstance(doc, (str, int, float)) else []


def both(*args: str, env: dict[str, str] | None = None) -> tuple[proc.Result, list[str]]:
    """The command in Chinese, and the data its --json document names."""
    import json

    said = cli("--lang", "zh_CN", *args, env=env)
    doc = json.loads(cli(*args, "--json", env=env).stdout)
    return said, data_in(doc)


@pytest.mark.parametrize("snapshot", sorted(p.name for p in SNAPSHOTS.glob("*.json")))
def test_probe_of_a_recorded_machine_is_chinese(snapshot):
    said, data = both("probe", "--windows-snapshot", str(SNAPSHOTS / snapshot))
    assert said.returncode == 0, said.stderr
    assert_chinese(said.stdout, (*data, "Flex"))  # Data Center GPU Flex: a product's name in a note
    assert "PCI 设备 ID" in said.stdout


def test_the_check_finds_english_left_in_the_output():
    """Not vacuous: the English table and summary fail the same check."""
    english, data = cli("probe", "--windows-snapshot", str(A770)), []
    with pytest.raises(AssertionError, match="primary"):
        assert_chinese(english.stdout + "\n中文", tuple(data))


@pytest.mark.parametrize("gpu, os_name", [("0x56a0", "windows"), ("0xe20b", "linux"), ("0x7d55", "windows"),
                                          ("0x64a0", "windows"), ("0x1234", "linux")])
def test_plan_summary_is_chinese(gpu, os_name):
    said, data = both("plan", "--gpu", gpu, "--os", os_name, "--python", "3.11")
    assert said.returncode in (0, 1), said.stderr
    assert_chinese(said.stdout, tuple(data))
    assert ("选定：" if said.returncode == 0 else "没有可安装的构建。") in said.stdout


@pytest.mark.parametrize("cut", [(), ("--max-bytes", "4000")])
def test_classify_verdict_is_chinese(cut):
    logs = ROOT / "tests" / "data" / "smoke"
    said, data = both("classify", str(logs / "derived_gpu_mixed_ur.stdout.log"),
                      str(logs / "derived_gpu_mixed_ur.stderr.log"), *cut)
    assert said.returncode == 0, said.stderr
    assert_chinese(said.stdout, (*data, "MIXED", "UNKNOWN"))  # the verdict's name, as JSON and the README give it
    assert said.stdout.startswith("结论：")


def _empty_venv(tmp_path: Path) -> Path:
    """A new venv without torch (made by uv, which works with every Python, the embeddable one too)."""
    from app.envs.interpreter import uv_bin

    venv = tmp_path / "venv"
    made = proc.run([uv_bin(), "venv", "--python", sys.executable, "--no-config", str(venv)],
                    env=proc.clean_env(), timeout=120)
    assert made.returncode == 0, made.stderr
    return venv


def test_doctor_smoke_and_report_are_chinese(tmp_path):
    venv = _empty_venv(tmp_path)
    probe = ROOT / "tests" / "data" / "doctor" / "probe_a770_linux.json"
    said, data = both("doctor", "--venv", str(venv), "--probe", str(probe))
    assert said.returncode == 1, said.stderr  # no torch: an error, in Chinese
    assert_chinese(said.stdout, (*data, str(venv)))
    assert "✗ 错误" in said.stdout and "[torch.missing]" in said.stdout and "有问题：" in said.stdout

    smoke, data = both("smoke", "--venv", str(venv), "--probe", str(probe))
    assert smoke.returncode == 1
    assert_chinese(smoke.stdout, (*data, "FAILED", "python -m app install --venv DIR"))  # a command to paste
    assert "此虚拟环境中没有安装 PyTorch。" in smoke.stdout  # the workload's failure, worded here too
    # stderr: the steps as they start (their names are the workload's, data)
    assert_chinese(smoke.stderr, ("environment", "torch_import", "sycl_import"))

    bundle = tmp_path / "support.zip"
    report = cli("--lang", "zh_CN", "report", "--probe", str(probe), "--out", str(bundle))
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("支持包已写入：") and bundle.is_file()


def test_forecast_is_chinese(tmp_path):
    sys.path.insert(0, str(ROOT / "tests" / "core"))
    from test_forecast import A770, _standin_env

    venv = _standin_env(tmp_path)
    said, data = both("forecast", "--venv", str(venv), "--gpu", A770)
    assert said.returncode == 0, said.stderr
    assert_chinese(said.stdout, (*data, str(venv), "FAIL", "none"))
    assert "在 " in said.stdout and "1 个 SYCL 库" in said.stdout


@pytest.mark.parametrize("encoding", ["cp1252", "cp936"])
def test_chinese_reaches_a_pipe_intact_whatever_the_code_page(encoding):
    """Windows encodes a pipe with its ANSI code page (a frozen app ignores PYTHONUTF8): the
    program sets UTF-8 itself (app/stdio.py), so the Chinese arrives whole."""
    env = {"PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    result = cli("--lang", "zh_CN", "probe", "--windows-snapshot", str(A770), env=env)
    assert result.returncode == 0 and result.stderr == ""
    assert "首选 GPU：#1" in result.stdout and "\\u" not in result.stdout
    refused = cli("--lang", "zh_CN", "plan", "--gpu", "zzz", env=env)
    assert refused.returncode == 2 and "不是 PCI 设备 ID" in refused.stderr


# -- the terminal flow ------------------------------------------------------------------------

def test_the_terminal_flow_speaks_chinese():
    import json

    result = cli("--lang", "zh_CN", env=NO_DISPLAY)
    assert result.returncode == 1, result.stderr
    assert "本机的方案：" in result.stdout and "Plan for this machine" not in result.stdout
    assert "python -m app plan --gpu PCI_ID" in result.stdout
    doc = json.loads(cli("--json", env=NO_DISPLAY).stdout)
    assert_chinese(result.stdout, (*data_in(doc), "python -m app plan --gpu PCI_ID --os windows|linux --python X.Y"))


def test_the_terminal_flow_follows_the_variable_too():
    result = cli(env={**NO_DISPLAY, "IPEX_INSTALLER_LANG": "zh_CN"})
    assert "本机的方案：" in result.stdout and "没有可安装的构建。" in result.stdout


# -- --json is a contract: the same bytes in both languages --------------------------------------

@pytest.mark.parametrize("args", [
    ("plan", "--gpu", "0x56A0", "--os", "windows", "--python", "3.11", "--json"),
    ("probe", "--windows-snapshot", str(A770), "--json"),
    ("plan", "--gpu", "0x1234", "--os", "linux", "--python", "3.11", "--json"),
    ("classify", str(ROOT / "tests" / "data" / "smoke" / "ur2026_cold.stderr.log"), "--max-bytes", "3000", "--json"),
    ("plan", "--gpu", "zzz", "--json"),  # a refusal: nothing on stdout in either language
])
def test_json_is_the_same_in_both_languages(args):
    english, chinese_run = cli(*args), cli("--lang", "zh_CN", *args)
    assert english.returncode == chinese_run.returncode
    assert english.stdout.encode() == chinese_run.stdout.encode()
    assert english.stdout.startswith("{") if english.returncode != 2 else english.stdout == ""
