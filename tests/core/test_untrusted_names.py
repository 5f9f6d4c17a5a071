"""Names and URLs from plans, catalogs and index pages: the one gate every one passes."""

from __future__ import annotations

import pytest

from app.errors import BadInput
from app.untrusted_names import check_file_name, check_url, is_loopback

GOOD = ["torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl",
        "intel_extension_for_pytorch-2.8.10+xpu-cp311-cp311-win_amd64.whl",
        "plan.json", "张三的文件.whl", "a b.whl", "x$(touch pwned).whl", "console.whl", "com0x.whl", "LPT10.whl"]

BAD = [
    ("", "empty"),
    (".", "folder"),
    ("..", "folder"),
    ("../evil.whl", "separator"),
    ("/home/user/.bashrc", "separator"),
    ("torch-2.8.0-cp311-cp311-linux_x86_64.whl/../../x.whl", "separator"),
    ("..\\..\\evil.whl", "separator"),
    ("C:evil.whl", "drive"),
    ("C:\\Windows\\evil.whl", "separator"),
    ("\\\\server\\share\\evil.whl", "separator"),
    ("evil.whl\0.txt", "control"),
    ("evil\n.whl", "control"),
    ("CON", "reserved"),
    ("nul.whl", "reserved"),
    ("Com1.tar.gz", "reserved"),
    ("lpt9", "reserved"),
    ("CONIN$", "reserved"),
    ("com\u00b9.whl", "reserved"),
    ("evil.whl.", "ends"),
    ("evil.whl ", "ends"),
    ("a<b.whl", "character"),
    ("a|b.whl", "character"),
    ("a?b.whl", "character"),
    ("x" * 300 + ".whl", "long"),
    (42, "not text"),
    (None, "not text"),
]


@pytest.mark.parametrize("name", GOOD)
def test_plain_names_pass_unchanged(name):
    assert check_file_name(name, "steps[0].files[0].filename") == name


@pytest.mark.parametrize(("name", "why"), BAD)
def test_names_that_leave_their_folder_or_break_on_windows_are_refused(name, why):
    with pytest.raises(BadInput) as info:
        check_file_name(name, "choice.steps[0].files[0].filename")
    msg = str(info.value)
    assert "'choice.steps[0].files[0].filename'" in msg  # the field is named
    assert msg.count(".") >= 1 and "\n" not in msg and "\0" not in msg  # one printable sentence
    assert why.split()[0] in msg


def test_the_refusal_shows_a_long_name_shortened():
    with pytest.raises(BadInput) as info:
        check_file_name("../" * 1000, "filename")
    assert len(str(info.value)) < 400


@pytest.mark.parametrize("url", [
    "https://download.pytorch.org/whl/xpu", "http://127.0.0.1:8080/simple", "http://localhost/simple",
    "http://[::1]:9000/x", "http://127.5.6.7/x", "https://alice:s3cret@mirror.example.cn/simple",
])
def test_https_and_loopback_http_are_allowed(url):
    assert check_url(url, "index_url") == url


@pytest.mark.parametrize(("url", "why"), [
    ("http://mirror.example.cn/simple", "http"),
    ("http://10.0.0.5/simple", "http"),
    ("http://localhost.evil.com/x", "http"),
    ("http://127.0.0.1.nip.io/x", "http"),
    ("file:///etc/passwd", "scheme"),
    ("ftp://example.com/x.whl", "scheme"),
    ("git+https://github.com/x/y", "scheme"),
    ("https:///no-host", "host"),
    ("https://example.com/a b", "space"),
    ("https://example.com/a\nb", "space"),
    ("/just/a/path", "scheme"),
    (7, "not text"),
])
def test_other_urls_are_refused_with_the_field_named(url, why):
    with pytest.raises(BadInput) as info:
        check_url(url, "choice.steps[1].index_url")
    assert "'choice.steps[1].index_url'" in str(info.value) and why.split()[0] in str(info.value)


def test_remote_http_passes_only_when_allowed():
    assert check_url("http://mirror.example.cn/simple", "index_url", allow_http=True) == "http://mirror.example.cn/simple"
    with pytest.raises(BadInput, match="scheme"):
        check_url("file:///etc/passwd", "index_url", allow_http=True)  # the opt-in is for http only


def test_loopback_is_the_machine_itself_only():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("LOCALHOST") and is_loopback("127.1.2.3")
    assert not is_loopback("localhost.example.com") and not is_loopback("0.0.0.0") and not is_loopback("10.0.0.1")
    assert not is_loopback(None) and not is_loopback("")
