"""`plan` and `catalog` as real processes; the index and the refresh URL are real HTTP(S)
servers on 127.0.0.1 serving recorded-format pages (PEP 503 HTML, PEP 691 JSON)."""

from __future__ import annotations

import copy
import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.catalog import store
from app.probe.devices import make_gpu
from app.probe.model import Probe

INDEX = Path(__file__).resolve().parent.parent / "data" / "catalog" / "index"


class _Server:
    def __init__(self, routes=None, tls: ssl.SSLContext | None = None):
        self.accepts: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                owner.accepts.append(self.headers.get("Accept", ""))
                body, ctype = owner.route(self.path, self.headers.get("Accept", ""))
                if ctype == "redirect":
                    self.send_response(302)
                    self.send_header("Location", body)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.routes = routes or {}
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def route(self, path: str, accept: str):
        if path in self.routes:
            target = self.routes[path]
            return (target, "application/json") if isinstance(target, bytes) else target
        parts = [p for p in path.split("/") if p]
        if len(parts) == 2 and parts[0] == "simple":
            folder = INDEX / parts[1]
            if "application/vnd.pypi.simple.v1+json" in accept and (folder / "index.json").is_file():
                return (folder / "index.json").read_bytes(), "application/vnd.pypi.simple.v1+json"
            if (folder / "index.html").is_file():
                return (folder / "index.html").read_bytes(), "text/html; charset=utf-8"
        return None, None

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def test_plan_json_follows_the_contract(run_cli):
    result = run_cli("plan", "--json", "--gpu", "0x56a0", "--os", "linux", "--python", "3.11")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert set(plan) >= {"choice", "alternatives", "rejected", "warnings"}
    choice = plan["choice"]
    for key in ("build_id", "channel", "ipex_version", "torch_version", "python", "os", "expect",
                "matched_target", "steps", "reasons"):
        assert key in choice
    assert (choice["build_id"], choice["expect"], choice["python"], choice["os"]) == (
        "ipex-2.8.10-linux",
        "aot",
        "3.11",
        "linux",
    )
    assert all(set(a) >= {"build_id", "expect", "steps"} for a in plan["alternatives"])
    assert all(set(r) >= {"build_id", "why"} for r in plan["rejected"])  # why_code added next to it
    step = choice["steps"][0]
    assert set(step) >= {"id", "requirements", "index_url", "extra_index_urls", "files", "no_deps"}


def test_plan_summary_and_no_choice(run_cli):
    result = run_cli("plan", "--gpu", "0x7d67", "--os", "linux", "--python", "3.11")
    assert result.returncode == 0
    assert "Pick: IPEX 2.6.10+xpu" in result.stdout and "Runner-up:" in result.stdout
    assert "AOT expected" in result.stdout
    none = run_cli("plan", "--gpu", "0x9a49", "--os", "linux", "--python", "3.11")
    assert none.returncode == 1 and "No build to install." in none.stdout


@pytest.mark.parametrize("args,fragment", [
    (["--gpu", "not-an-id"], "is not a PCI device id"),
    (["--gpu", "0x56a0", "--python", "three"], "is not a Python version"),
    (["--gpu", "0x56a0", "--catalog", "no-such-catalog.json"], "The catalog file no-such-catalog.json does not exist."),
    (["--probe", "no-such-probe.json"], "does not exist"),
    (["--gpu", "0x56a0", "--ipex", "latest"], "'latest' is not a version; give --ipex like 2.8"),
])
def test_plan_bad_input_is_one_sentence(run_cli, args, fragment):
    result = run_cli("plan", *args)
    assert result.returncode == 2
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_plan_from_a_saved_probe(run_cli, tmp_path):
    probe = Probe(os="windows", gpus=[make_gpu("0x7d55")], primary=0)
    path = tmp_path / "probe.json"
    path.write_text(json.dumps(probe.to_json()), "utf-8")
    result = run_cli("plan", "--json", "--probe", path, "--python", "3.10", "--channel", "ipex-community")
    assert result.returncode == 0, result.stderr
    choice = json.loads(result.stdout)["choice"]
    assert (choice["build_id"], choice["expect"]) == ("nuullll-2.1.20-mtl-oneapi", "aot")


def test_plan_from_a_newer_probe_and_from_the_terminal_flow_output(run_cli, tmp_path):
    # A newer version may add fields (the contract allows it); the terminal flow's --json
    # wraps the probe as {"probe": ..., "plan": ...}. Both plan like the probe itself.
    data = Probe(os="linux", gpus=[make_gpu("0x56a0")], primary=0).to_json()
    data["gpus"][0]["driver"]["firmware"] = "dg2_guc_70.bin"
    data["gpus"][0]["memory_bytes"] = 16 << 30
    path = tmp_path / "flow.json"
    path.write_text(json.dumps({"probe": data, "plan": None}), "utf-8")
    result = run_cli("plan", "--json", "--probe", path, "--python", "3.11")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["choice"]["build_id"] == "ipex-2.8.10-linux"


def test_plan_from_a_probe_whose_primary_is_out_of_range(run_cli, tmp_path):
    path = tmp_path / "probe.json"
    path.write_text(json.dumps({"os": "linux", "gpus": [], "primary": 3}), "utf-8")
    result = run_cli("plan", "--probe", path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "In probe.json, field 'primary' is 3 but the file lists 0 entries.")


def test_catalog_check_against_a_loopback_index(run_cli):
    with _Server() as server:
        index = f"http://127.0.0.1:{server.port}/simple"
        result = run_cli("catalog", "check", "ipex-2.8.10-linux", "--index", index, "--json")
        windows = run_cli("catalog", "check", "ipex-2.8.10-windows", "--index", index)
    assert result.returncode == 1, result.stderr  # the fixture index lacks two IPEX wheels
    report = json.loads(result.stdout)
    assert report["missing"] == {"3.9": ["intel-extension-for-pytorch"], "3.13": ["intel-extension-for-pytorch"]}
    assert report["pythons_on_index"] == ["3.10", "3.11", "3.12"]
    torch = report["steps"][0]["requirements"][0]
    assert torch["requirement"] == "torch==2.8.0+xpu"
    assert len(torch["files"]) == 10 and all(f.startswith("torch-2.8.0+xpu-") for f in torch["files"])
    assert report["steps"][0]["requirements"][2]["pythons"] == ["3.9", "3.10", "3.11", "3.12", "3.13"]  # via PEP 691
    assert any("application/vnd.pypi.simple.v1+json" in a for a in server.accepts)
    assert windows.returncode == 0 and "OK" in windows.stdout


def test_catalog_check_refuses_plain_http_off_this_machine(run_cli):
    result = run_cli("catalog", "check", "ipex-2.8.10-linux", "--index", "http://example.com/simple")
    assert result.returncode == 2 and "must be https://" in result.stderr


@pytest.fixture
def tls_files(tmp_path):
    trustme = pytest.importorskip("trustme", reason="trustme (test extra) makes the loopback certificate")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_ctx)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return server_ctx, ca_file


def test_catalog_refresh_over_https(run_cli, tls_files):
    server_ctx, ca_file = tls_files
    raw = json.loads(store.builtin_path().read_text("utf-8"))
    newer = dict(raw, updated="2099-01-01")
    broken = dict(raw, updated="2099-02-02", builds=[dict(raw["builds"][0], channel="nightly")])
    routes = {"/catalog.json": json.dumps(newer).encode(), "/broken.json": json.dumps(broken).encode()}
    env = {"SSL_CERT_FILE": str(ca_file)}
    with _Server(routes, tls=server_ctx) as server:
        base = f"https://127.0.0.1:{server.port}"
        ok = run_cli("catalog", "refresh", f"{base}/catalog.json", env_extra=env)
        bad = run_cli("catalog", "refresh", f"{base}/broken.json", env_extra=env)
        missing = run_cli("catalog", "refresh", f"{base}/nothing.json", env_extra=env)
    assert ok.returncode == 0, ok.stderr
    assert bad.returncode == 2 and "entry 'ipex-2.0.110-linux': field 'channel'" in bad.stderr
    assert missing.returncode == 1 and "Could not download" in missing.stderr
    stored = json.loads(store.refreshed_path().read_text("utf-8"))
    assert stored["updated"] == "2099-01-01"  # the broken one did not replace it
    plan = run_cli("plan", "--json", "--gpu", "0x56a0", "--os", "linux", "--python", "3.11")
    assert json.loads(plan.stdout)["inputs"]["catalog"]["origin"] == "refreshed"
    plain = run_cli("catalog", "refresh", "http://127.0.0.1:1/catalog.json")
    assert plain.returncode == 2 and "https://" in plain.stderr
    reset = run_cli("catalog", "refresh", "--reset")
    assert reset.returncode == 0 and not store.refreshed_path().exists()


def test_catalog_refresh_refuses_a_redirect_to_plain_http(run_cli, tls_files):
    server_ctx, ca_file = tls_files
    raw = store.builtin_path().read_bytes()
    with _Server({"/catalog.json": raw}) as plain:
        with _Server({"/moved.json": (f"http://127.0.0.1:{plain.port}/catalog.json", "redirect")},
                     tls=server_ctx) as secure:
            url = f"https://127.0.0.1:{secure.port}/moved.json"
            result = run_cli("catalog", "refresh", url, env_extra={"SSL_CERT_FILE": str(ca_file)})
        assert len(plain.accepts) == 1  # the redirect was followed ...
    assert result.returncode == 1, result.stderr
    assert "which is not HTTPS; it was not read" in result.stderr  # ... but its body not used
    assert not store.refreshed_path().exists()


def _as_format_1(raw):
    """A catalog as an older release of the app wrote it: no per-field sources."""
    data = copy.deepcopy(raw)
    data["format"] = 1
    for b in data["builds"]:
        b["pythons_certainty"] = b["pythons"]["certainty"]
        b["pythons"] = b["pythons"]["value"]
        b["has_spirv"] = b["has_spirv"]["value"]
        for key in ("source", "certainty"):
            b["versions"].pop(key)
        b["aot"].pop("source")
    return data


def test_catalog_refresh_takes_a_format_1_catalog_and_its_newer_build_ends_the_notice(run_cli, tls_files):
    """A maintained catalog still published in format 1 refreshes and plans; once it knows
    torch 2.15, plan --check-newer no longer offers 2.15 as unverified."""
    from mirror.server import MirrorServer

    server_ctx, ca_file = tls_files
    raw = json.loads(store.builtin_path().read_text("utf-8"))
    newer = copy.deepcopy(next(b for b in raw["builds"] if b["id"] == "torch-xpu-2.14-linux"))
    newer.update(id="torch-xpu-2.15-linux", title="PyTorch 2.15 XPU for Linux")
    newer["versions"]["torch"] = "2.15.*"
    newer["steps"][0]["requirements"] = ["torch==2.15.*", "torchvision", "torchaudio==2.11.*"]
    published = _as_format_1(dict(raw, updated="2099-01-01", builds=[*raw["builds"], newer]))
    index = MirrorServer().start()
    try:
        for name in ("torch-2.14.0+xpu-cp312-cp312-manylinux_2_28_x86_64.whl",
                     "torch-2.15.0+xpu-cp312-cp312-manylinux_2_28_x86_64.whl"):
            index.publish_bytes(name, b"stand-in", "pytorch")
        args = ("plan", "--json", "--gpu", "0x56a0", "--os", "linux", "--python", "3.12", "--channel", "torch-xpu",
                "--newer-index", index.pytorch_index())
        before = json.loads(run_cli(*args).stdout)
        with _Server({"/catalog.json": json.dumps(published).encode()}, tls=server_ctx) as server:
            ok = run_cli("catalog", "refresh", f"https://127.0.0.1:{server.port}/catalog.json",
                         env_extra={"SSL_CERT_FILE": str(ca_file)})
        assert ok.returncode == 0, ok.stderr
        after = json.loads(run_cli(*args).stdout)
    finally:
        index.stop()
        run_cli("catalog", "refresh", "--reset")
    assert [e["series"] for e in before["unverified"]] == ["2.15"]
    assert after["inputs"]["catalog"]["origin"] == "refreshed" and after["unverified"] == []
    assert after["choice"]["build_id"] == "torch-xpu-2.15-linux"
