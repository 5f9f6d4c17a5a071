"""The automatic server choice (app/fetch/fastest.py), timed for real against two loopback
mirrors: the one that answers first wins; a slow, silent or failing one does not."""

from __future__ import annotations

import time

import pytest
import requests

from app.fetch.fastest import PROBE_BYTES, fastest, probe_urls
from tests.mirror.server import MirrorServer

PAGE = "/release-whl/stable/xpu/{region}/index.html"


@pytest.fixture
def two():
    with MirrorServer() as us, MirrorServer() as cn:
        for server, region in ((us, "us"), (cn, "cn")):
            server.add_generated(PAGE.format(region=region), 4 * PROBE_BYTES)
        yield us, cn


def urls(us, cn) -> dict[str, str]:
    return {"us": us.url + PAGE.format(region="us"), "cn": cn.url + PAGE.format(region="cn")}


@pytest.mark.parametrize("slow", ["us", "cn"])
def test_the_server_that_answers_first_wins(two, slow):
    us, cn = two
    server = us if slow == "us" else cn
    server.fault(PAGE.format(region=slow), rate=PROBE_BYTES)  # about one second for the probe
    choice = fastest(urls(us, cn), requests.Session, timeout=5.0)
    fast = "cn" if slow == "us" else "us"
    assert choice.region == fast, choice
    assert choice.seconds[slow] > 0.5 and choice.seconds[fast] < choice.seconds[slow] / 2, choice
    print(f"\nprobe times: {choice.seconds}")
    # Only the probe's bytes were read from the fast one, not the whole page.
    assert (us if fast == "us" else cn).stats(PAGE.format(region=fast)).requests == 1


def test_silent_failing_and_refusing_servers_do_not_count(two):
    us, cn = two
    us.fault(PAGE.format(region="us"), silent=True)
    start = time.monotonic()
    choice = fastest(urls(us, cn), requests.Session, timeout=1.0)
    assert choice.region == "cn" and choice.seconds["us"] is None
    assert time.monotonic() - start < 4.0  # bounded by the timeout, not by the silent server
    us.clear_faults()
    cn.fault(PAGE.format(region="cn"), statuses=[503])
    assert fastest(urls(us, cn), requests.Session, timeout=2.0).region == "us"
    cn.clear_faults()
    us.stop()
    cn.stop()
    none = fastest({"us": "http://127.0.0.1:9/x", "cn": "http://127.0.0.1:9/y"},
                   requests.Session, timeout=1.0)
    assert none.region is None and none.seconds == {"us": None, "cn": None}


def test_the_real_probe_urls_are_intel_regions():
    assert probe_urls() == {"us": "https://pytorch-extension.intel.com/release-whl/stable/xpu/us/",
                            "cn": "https://pytorch-extension.intel.com/release-whl/stable/xpu/cn/"}
