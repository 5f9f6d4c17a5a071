"""Redaction: user names in several scripts, Windows and POSIX paths, host names, proxy
credentials and tokens; and the list of what was redacted."""

from __future__ import annotations

import json

import pytest

from app.redact import Redactor, redact_text


def _kinds(r: Redactor) -> dict[str, int]:
    return {x.kind: x.count for x in r.report()}


# --- credentials (redact_text, used by proc.py on every argv) -----------------------------


@pytest.mark.parametrize(
    "text, secret, kept",
    [
        ("https://alice:s3cr3t@mirror.example.cn/simple", "s3cr3t", "https://***@mirror.example.cn/simple"),
        ("http://proxyuser:p%40ss@10.0.0.1:3128", "p%40ss", "http://***@10.0.0.1:3128"),
        ("--proxy bob:hunter2@proxy.corp:8080", "hunter2", "--proxy ***@proxy.corp:8080"),
        ("https://x.example/simple?token=abcdef123&x=1", "abcdef123", "token=***&x=1"),
        ("Authorization: Bearer eyJhbGciOi.J9xyz", "eyJhbGciOi", "Authorization: Bearer ***"),
        ("using ghp_" + "A" * 36 + " now", "ghp_", "using *** now"),
        ("HF hf_" + "b" * 34, "hf_b", "HF ***"),
        # A raw "@" in the password: URL parsers split at the last "@", so must we.
        ("https://zhang:p@ss@proxy.corp:8080/simple", "ss@", "https://***@proxy.corp:8080/simple"),
    ],
)
def test_credentials_are_removed(text, secret, kept):
    out = redact_text(text)
    assert secret not in out
    assert kept in out


@pytest.mark.parametrize("text", [
    "pip install torch --index-url https://download.pytorch.org/whl/xpu",
    "git+https://github.com/intel/torch-xpu-ops.git@v2.7.0",  # "@" after the host is a revision
    "https://pypi.org/simple/pkg/?q=a@b and mail user@example.com",
])
def test_plain_urls_are_untouched(text):
    assert redact_text(text) == text


# --- user names in paths ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, name",
    [
        (r"C:\Users\alice\AppData\Roaming\libsycl_cache", "alice"),
        (r"C:\Users\张三\AppData\Local\ipex\venv", "张三"),
        (r"C:\Users\John Smith\Documents\ai\venv\Scripts\python.exe", "John Smith"),
        (r"D:\Users\Émilie\venv", "Émilie"),
        ("C:/Users/Дмитрий/venv/Scripts/python.exe", "Дмитрий"),
        ("/home/李雷/.cache/libsycl_cache", "李雷"),
        ("/home/bob/venvs/xpu/bin/python", "bob"),
        ("/Users/山田太郎/venv", "山田太郎"),
        (r"C:\\Users\\王小明\\AppData", "王小明"),  # as written inside JSON strings
    ],
)
def test_user_folder_is_redacted_in_paths(path, name):
    # A Redactor that knows no names: only the path shape finds them.
    r = Redactor(user_names=[], host_names=[])
    out = r.text(f"venv at {path} failed")
    assert name not in out
    assert "<user>" in out
    assert _kinds(r) == {"user_name": 1}


def test_path_end_and_following_words():
    r = Redactor(user_names=[], host_names=[])
    out = r.text("see /home/bob and /home/alice/x, then C:\\Users\\carol")
    assert out == "see /home/<user> and /home/<user>/x, then C:\\Users\\<user>"


def test_shared_folders_are_not_people():
    r = Redactor(user_names=[], host_names=[])
    text = r"C:\Users\Public\Documents and C:\Users\Default\NTUSER.DAT"
    assert r.text(text) == text
    assert r.report() == []


def test_known_names_are_redacted_outside_paths_too():
    r = Redactor(user_names=["zhangsan", "张三"], host_names=[])
    out = r.text("user zhangsan (张三) started it; ZhangSan again; zhangsanfeng is someone else")
    assert "张三" not in out
    assert out.count("<user>") == 3
    assert "zhangsanfeng" in out  # whole words only for Latin names


def test_short_and_system_names_are_left_alone():
    r = Redactor(user_names=["root", "a"], host_names=["localhost"])
    text = "/root/.cache a localhost"
    assert r.text(text) == text


# --- host names --------------------------------------------------------------------------------


def test_host_names_are_redacted():
    r = Redactor(user_names=[], host_names=["DESKTOP-7Q2K9LM", "workbox.lan.example"])
    out = r.text(r"\\DESKTOP-7Q2K9LM\share and desktop-7q2k9lm; ssh workbox.lan.example")
    assert "7Q2K9LM".lower() not in out.lower()
    assert "workbox" not in out
    assert _kinds(r) == {"host_name": 3}


def test_real_machine_names_are_found():
    """With no names given, this machine's user and host names are used."""
    import getpass
    import socket

    r = Redactor()
    host = socket.gethostname()
    user = getpass.getuser()
    out = r.text(f"{host} ran /home/{user}/x")
    if len(host) >= 3 and host != "localhost":
        assert host not in out
    assert f"/home/{user}/" not in out


# --- JSON and the report ----------------------------------------------------------------------


def test_json_values_and_keys_are_redacted_and_counted():
    r = Redactor(user_names=["李雷"], host_names=["lab-pc-01"])
    data = {
        "venv": "/home/李雷/venv",
        "env": {"HTTPS_PROXY": "http://li:pw123@proxy.example:8080", "HF_TOKEN": "hf_" + "x" * 34},
        "hosts": ["lab-pc-01"],
        "C:\\Users\\李雷\\x": 1,
        "n": 3,
    }
    out = r.json(data)
    text = json.dumps(out, ensure_ascii=False)
    for secret in ("李雷", "pw123", "hf_xxx", "lab-pc-01"):
        assert secret not in text
    assert out["n"] == 3
    kinds = _kinds(r)
    assert kinds["user_name"] == 2
    assert kinds["host_name"] == 1
    assert kinds["url_credentials"] == 1
    assert kinds["token"] == 1
    # The report names kinds and placeholders, never the values.
    report = json.dumps([x.to_json() for x in r.report()], ensure_ascii=False)
    assert "李雷" not in report and "pw123" not in report


def test_secret_variables():
    r = Redactor(user_names=[], host_names=[])
    out = r.text('MY_API_KEY=abc123 PIP_PASSWORD = hunter2 {"GITLAB_TOKEN": "glpat-zzz"} PATH=/usr/bin')
    assert "abc123" not in out and "hunter2" not in out and "glpat-zzz" not in out
    assert "PATH=/usr/bin" in out
    assert _kinds(r) == {"secret_variable": 3}


# --- user names joined to other characters (the rules in app/redact.py) ------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("alice_2 alice123 2alice", "<user>_2 <user>123 2<user>"),
        ("backup /home/alice.bak and alice.bak", "backup /home/<user> and <user>.bak"),
        (r"C:\Users\alice\AppData and C:\Users\alice_2\x", r"C:\Users\<user>\AppData and C:\Users\<user>\x"),
        ("x-alice-y ALICE Alice", "x-<user>-y <user> <user>"),
        ("myAlice aliceDesktop", "my<user> <user>Desktop"),  # a camel-case step is a boundary
        ("bobalice alicebob", "<user><user> <user><user>"),  # glued to another user name
        ("alicelabpc LABPC-alice", "<user><host> <host>-<user>"),  # glued to the host name
        ("malice Alicea palicex", "malice Alicea palicex"),  # inside a longer word: another word
        ("bob bob's -bob- (bob)", "<user> <user>'s -<user>- (<user>)"),
        ("bob_2 bob123 bobcat ed25519", "bob_2 bob123 bobcat ed25519"),  # short: whole words only
        ("a data x_a a1 a", "a data x_a a1 a"),  # one letter: never in free text
    ],
)
def test_user_names_joined_to_other_characters(text, expected):
    r = Redactor(user_names=["alice", "bob", "a"], host_names=["labpc"])
    assert r.text(text) == expected


def test_joined_names_are_counted_by_kind():
    r = Redactor(user_names=["alice"], host_names=["labpc"])
    r.text("alice_2 alicelabpc labpc2")
    assert _kinds(r) == {"user_name": 2, "host_name": 2}


HOSTILE = {
    "one long word": "a" * 100_000,  # _URL_CREDENTIALS tried a scheme from every letter
    "a word of secret names": "TOKEN" * 20_000,  # _SECRET_ASSIGN backtracked over every TOKEN
    "a quoted word of secret names": '"' + "TOKEN" * 20_000,  # _SECRET_JSON likewise
    "percent-encoding": "%20" * 33_000,  # _BARE_PROXY_CREDENTIALS started at every '%'
    "user name and digits": "alice1" * 16_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=list(HOSTILE))
def test_redaction_never_backtracks_over_a_long_word(text):
    """100 kB of each shape the old patterns were quadratic on (minutes each); linear patterns
    take milliseconds. The bound is loose on purpose: it catches the shape, not the speed
    (tests/bench/bench_redact.py prints time against length)."""
    import time

    r = Redactor(user_names=["alice"], host_names=["lab-pc-01"])
    start = time.perf_counter()
    r.text(text)
    redact_text(text)
    assert time.perf_counter() - start < 3.0
