"""The errors a user can see are coded sentences (issue 15): in every core module, an AppError
(or any class derived from it) is built from a msg(...) Message, never from an English string
literal or f-string, so the Chinese wizard and the support bundle word it in Chinese
(app/messages.py); the CLI prints the same Message in English."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Every module of the core: the wizard, the support bundle and the CLI all show their errors (the
# CLI in English, the others by code). The GUI words its own texts with tr() (tests/gui), and
# message_texts holds the templates themselves.
NOT_SCANNED = ("app/gui/", "app/message_texts/")
SCANNED_AT_LEAST = 90  # modules; a scan that silently shrank would pass vacuously


def _error_classes() -> set[str]:
    """AppError and every class under app/ that derives from it (BadInput, Cancelled, VenvBusy...)."""
    bases: dict[str, set[str]] = {}
    for path in ROOT.glob("app/**/*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
    found = {"AppError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


ERRORS = _error_classes()

# (module, line text fragment): errors left uncoded on purpose, each with why: the wizard never
# shows the sentence, or it is a bug report rather than something the user can act on.
ALLOWED: dict[tuple[str, str], str] = {
    ("app/proc.py", "Internal error: empty command."):
        "a programming error in the caller (argv is built by the code, never by the user)",
    ("app/proc.py", "Internal error: the frozen app must not run itself"):
        "a programming error: the frozen app passed its own exe as a Python; never the user's doing",
}


def _is_english_text(node: ast.AST) -> bool:
    """A string literal, an f-string, a concatenation or a .format/.replace/.join of one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_english_text(node.left) or _is_english_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _is_english_text(node.func.value)
    return False


def uncoded_errors(source: str) -> list[tuple[int, str]]:
    """(line, source line) of each AppError/BadInput whose message is English text."""
    found = []
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name not in ERRORS or not node.args:
            continue
        if _is_english_text(node.args[0]):
            found.append((node.lineno, lines[node.lineno - 1].strip()))
    return found


def _modules() -> list[Path]:
    return sorted(p for p in ROOT.glob("app/**/*.py")
                  if not p.relative_to(ROOT).as_posix().startswith(NOT_SCANNED))


def test_the_scanner_sees_each_english_form():
    sample = (
        'raise AppError("plain")\n'
        'raise BadInput(f"{x} is bad")\n'
        'raise errors.AppError("a " + ", ".join(xs))\n'
        'raise BadInput("{} bad".format(x))\n'
        'raise AppError(msg("plan_no_build"))\n'
        'raise BadInput(problem)\n'
        'raise BadInput(str(err), code=err.code, params=err.params)\n'
        'raise Cancelled("The download was cancelled.")\n'
        'raise CatalogInvalid(f"field {f} is bad")\n'
        'raise Cancelled()\n'
    )
    assert [line for line, _ in uncoded_errors(sample)] == [1, 2, 3, 4, 8, 9]


def test_the_scanned_modules_exist():
    names = {p.relative_to(ROOT).as_posix() for p in _modules()}
    for must in ("app/fetch/download.py", "app/install/engine.py", "app/envs/venv.py", "app/fs_errors.py",
                 "app/untrusted.py", "app/smoke/runner.py", "app/commands/plan.py", "app/catalog/schema.py"):
        assert must in names
    assert len(names) >= SCANNED_AT_LEAST and not any(n.startswith(NOT_SCANNED) for n in names)
    assert {"AppError", "BadInput", "Cancelled", "VenvBusy", "CatalogInvalid"} <= ERRORS


def test_core_errors_are_coded_messages():
    bad = []
    for path in _modules():
        rel = path.relative_to(ROOT).as_posix()
        for line, text in uncoded_errors(path.read_text(encoding="utf-8")):
            if not any(mod == rel and frag in text for mod, frag in ALLOWED):
                bad.append(f"{rel}:{line}: {text}")
    assert not bad, "errors built from English text (use msg(...) with a Chinese text):\n" + "\n".join(bad)


def test_every_allowed_entry_still_matches_and_says_why():
    for (mod, frag), why in ALLOWED.items():
        assert len(why) > 20, (mod, frag)
        hits = [t for _, t in uncoded_errors((ROOT / mod).read_text(encoding="utf-8")) if frag in t]
        assert hits, f"{mod}: allowed entry {frag!r} no longer matches; drop it"


def test_no_local_variable_shadows_msg():
    """A local named `msg` in a function that also calls msg(...) turns the coded refusal into an
    UnboundLocalError (engine.py had three); mypy sees it too, this names the line."""
    bad = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id == "msg" and isinstance(node.ctx, ast.Store):
                bad.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    assert not bad, "a variable named msg shadows app.messages.msg: " + ", ".join(bad)
