"""The zh_CN catalogue: complete, current with the code, and faithful to placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "ipex_installer_zh_CN.ts"


def messages(path: Path):
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.iter("message"):
            yield ctx.find("name").text, m.find("source").text, m.find("translation")


def test_every_string_is_translated():
    unfinished = [(c, s) for c, s, t in messages(TS) if not (t.text or "").strip() or t.get("type")]
    assert unfinished == []


def test_placeholders_and_accelerators_match():
    bad = []
    for ctx, src, tr in messages(TS):
        text = tr.text or ""
        if sorted(re.findall(r"%\d", src)) != sorted(re.findall(r"%\d", text)):
            bad.append((ctx, src, "placeholders"))
        if ("&" in src.replace("&&", "")) != ("&" in text.replace("&&", "")):
            bad.append((ctx, src, "accelerator"))
        if re.findall(r"<[^>]+>", src) and len(re.findall(r"<[^>]+>", src)) != len(re.findall(r"<[^>]+>", text)):
            bad.append((ctx, src, "markup"))
    assert bad == []


def test_catalogue_is_current_with_the_code(tmp_path):
    """lupdate over app/gui finds no string the .ts lacks (run build_translations --update)."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    lupdate = Path(sysconfig.get_path("scripts")) / "pyside6-lupdate"  # venv's bin, or Python's Scripts
    sources = sorted(str(p) for p in (ROOT / "app" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), "-locations", "none", *sources, "-ts", str(copy)], check=True, capture_output=True)
    before = {(c, s) for c, s, _ in messages(TS)}
    after = {(c, s) for c, s, t in messages(copy) if t.get("type") != "vanished" and t.get("type") != "obsolete"}
    assert after - before == set(), "new strings in the code are missing from the .ts"


def test_qt_sorts_the_self_test_names_by_pinyin_and_value(qapp):
    """The self-test's collation rule holds with this machine's Qt (ICU here, Windows' NLS API
    under the Windows lane), and fails for a locale without pinyin order."""
    from app.gui.i18n import sorted_like_file_dialogs
    from app.selftest import collation_problem, expected

    want = expected()["collation"]
    assert collation_problem(lambda names: sorted_like_file_dialogs(names, "zh_CN"),
                             want["pinyin"], want["numbered"]) is None
    english = collation_problem(lambda names: sorted_like_file_dialogs(names, "en"), want["pinyin"], want["numbered"])
    assert english is not None and "Chinese names by pinyin" in english


def test_numbered_args_fill_in_one_pass(qapp):
    """A folder or an error text holding '%2' is data: chained replace would put the second
    value into it."""
    from app.gui import translated

    assert translated.args("cache in %1, took %2.", r"C:\jit %2 cache", "3 s") == r"cache in C:\jit %2 cache, took 3 s."
    assert translated.args("%2 then %1", "a", "b") == "b then a"
    assert translated.args("only %1 and %3", "x") == "only x and %3"  # a missing value stays visible


def test_no_gui_text_fills_numbered_args_by_chained_replace():
    import re
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "app" / "gui"
    chained = [f"{p.name}:{n}" for p in gui.rglob("*.py")
               for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r'replace\(\s*"%[2-9]"', line)]
    assert chained == [], chained
