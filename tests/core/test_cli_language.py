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


# -- the terminal flow ------------------------------------------------------------------------

def test_the_terminal_flow_speaks_chinese():
    result = cli("--lang", "zh_CN", env=NO_DISPLAY)
    assert result.returncode == 1, result.stderr
    assert "本机的方案：" in result.stdout and "Plan for this machine" not in result.stdout
    assert "python -m app plan --gpu PCI_ID" in result.stdout


# -- --json is a contract: the same bytes in both languages --------------------------------------

@pytest.mark.parametrize("args", [
    ("plan", "--gpu", "0x56A0", "--os", "windows", "--python", "3.11", "--json"),
    ("probe", "--windows-snapshot", str(A770), "--json"),
    ("plan", "--gpu", "0x1234", "--os", "linux", "--python", "3.11", "--json"),
])
def test_json_is_the_same_in_both_languages(args):
    english, chinese_run = cli(*args), cli("--lang", "zh_CN", *args)
    assert english.returncode == chinese_run.returncode
    assert english.stdout.encode() == chinese_run.stdout.encode()
    assert english.stdout.startswith("{")
