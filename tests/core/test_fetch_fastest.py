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


def test_a_cancel_ends_the_timing_at_once_and_the_timeout_bounds_it(two):
    """Servers that accept and never answer: a cancel ends the timing within a fraction of a
    second (the sockets are shut); without one, the timeout bounds it, a dripping server too."""
    import threading

    from app.errors import Cancelled

    us, cn = two
    us.fault(PAGE.format(region="us"), silent=True)
    cn.fault(PAGE.format(region="cn"), drip=0.2)  # a byte every 0.2 s: never PROBE_BYTES
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        fastest(urls(us, cn), requests.Session, timeout=30.0, cancel=cancel)
    cancelled_after = time.monotonic() - start
    start = time.monotonic()
    choice = fastest(urls(us, cn), requests.Session, timeout=1.0)
    bounded_after = time.monotonic() - start
    print(f"\ncancel took effect after {cancelled_after:.2f} s (cancel at 0.3 s); "
          f"the 1 s timeout ended it after {bounded_after:.2f} s")
    assert cancelled_after < 1.0 and bounded_after < 2.0
    assert choice.region is None and choice.seconds == {"us": None, "cn": None}


@pytest.mark.parametrize(("seconds", "default", "proxy", "expected"), [
    ({"cn": 0.2134, "us": 1.83}, "us", None, "China servers answered fastest (0.21 s vs 1.8 s)."),
    ({"us": 0.05, "cn": 12.4}, "cn", None, "International servers answered fastest (0.05 s vs 12 s)."),
    ({"us": None, "cn": 0.4}, "us", None,
     "Only the China servers answered (0.40 s); the international servers did not within 4.0 s."),
    ({"us": None, "cn": None}, "us", None,
     "No download server answered within 4.0 s (offline?), so Automatic keeps the international servers, "
     "the default here."),
    ({"us": None, "cn": None}, "cn", "http://bob:secret@127.0.0.1:7890",
     "No download server answered through the proxy http://***@127.0.0.1:7890 within 4.0 s, so Automatic keeps "
     "the China servers, the default here."),
])
def test_one_sentence_says_what_was_chosen_and_why(seconds, default, proxy, expected):
    from app.fetch.fastest import Choice, explain

    answered = {r: s for r, s in seconds.items() if s is not None}
    choice = Choice(min(answered, key=answered.__getitem__) if answered else None, seconds)
    sentence = explain(choice, default, 4.0, proxy)
    assert sentence == expected and sentence.code.startswith("server_")
    assert "secret" not in sentence.to_json().__repr__()  # the proxy's password stays out
