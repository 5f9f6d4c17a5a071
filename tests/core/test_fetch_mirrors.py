"""Mirror presets and HOST=URL rewriting, and the proxy/session set-up."""

from __future__ import annotations

import pytest

from app.errors import BadInput
from app.fetch.mirrors import parse_mirrors
from app.fetch.session import make_session

INTEL = "https://pytorch-extension.intel.com/release-whl/stable/xpu/us/"


def test_default_leaves_urls_alone():
    m = parse_mirrors([])
    assert m.rewrite(INTEL) == INTEL
    assert m.rewrite("https://download.pytorch.org/whl/xpu") == "https://download.pytorch.org/whl/xpu"


def test_cn_switches_every_intel_platform_to_the_china_region():
    m = parse_mirrors(["cn"])
    assert m.rewrite(INTEL) == "https://pytorch-extension.intel.com/release-whl/stable/xpu/cn/"
    assert m.rewrite(INTEL + "intel-extension-for-pytorch/") == (
        "https://pytorch-extension.intel.com/release-whl/stable/xpu/cn/intel-extension-for-pytorch/")
    assert m.rewrite("https://pytorch-extension.intel.com/release-whl/stable/bmg/us/") == (
        "https://pytorch-extension.intel.com/release-whl/stable/bmg/cn/")
    assert parse_mirrors(["cn", "us"]).rewrite(INTEL) == INTEL


def test_host_mirror_covers_the_r2_download_host_and_keeps_fragments():
    m = parse_mirrors(["download.pytorch.org=https://mirror.example.cn/pytorch/"])
    assert m.rewrite("https://download.pytorch.org/whl/xpu") == "https://mirror.example.cn/pytorch/whl/xpu"
    assert m.rewrite("https://download-r2.pytorch.org/whl/torch-2.8.0%2Bxpu-cp311-cp311-win_amd64.whl#sha256=ab") == (
        "https://mirror.example.cn/pytorch/whl/torch-2.8.0%2Bxpu-cp311-cp311-win_amd64.whl#sha256=ab")


def test_github_prefix_proxy():
    m = parse_mirrors(["github.com=https://gh.example.cn/https://github.com"])
    url = "https://github.com/Nuullll/intel-extension-for-pytorch/releases/download/v2.1.10%2Bxpu/x.whl"
    assert m.rewrite(url) == "https://gh.example.cn/https://github.com/Nuullll/intel-extension-for-pytorch/releases/download/v2.1.10%2Bxpu/x.whl"


@pytest.mark.parametrize("bad", ["eu", "download.pytorch.org", "host=ftp://x", "=https://x", "a/b=https://x"])
def test_bad_mirror_values_are_bad_input(bad):
    with pytest.raises(BadInput, match="HOST=URL"):
        parse_mirrors([bad])


def test_explicit_proxy_wins_and_bad_proxy_is_rejected(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://env-proxy.invalid:1")
    s = make_session("http://127.0.0.1:3128")
    assert s.proxies == {"http": "http://127.0.0.1:3128", "https": "http://127.0.0.1:3128"}
    assert make_session().trust_env  # environment proxies apply by default
    with pytest.raises(BadInput):
        make_session("not a url")


def test_https_uses_the_os_trust_store_and_verifies():
    import ssl

    s = make_session()
    adapter = s.get_adapter("https://example.com/")
    ctx = adapter._ssl_context
    assert type(ctx).__module__.startswith("truststore")
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
