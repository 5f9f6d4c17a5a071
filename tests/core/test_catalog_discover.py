"""`catalog discover` against the loopback mirror: the catalog's real file names in Intel's,
PyTorch's and PyPI's layouts (PEP 503 HTML; PyPI answers PEP 691 JSON), the community builds'
files on GitHub release pages with the REST API's release list, all reached through
`--mirror HOST=URL` as a maintainer would point it at a local mirror."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import quote

import pytest
from mirror.catalog_files import catalog_files
from mirror.server import MirrorServer

from app.catalog import store
from app.catalog.discover import discover
from app.catalog.discover_read import Reader, github_file
from app.catalog.schema import parse_catalog
from app.errors import AppError, BadInput
from app.fetch.mirrors import Mirrors
from app.fetch.session import make_session

HOSTS = ("pytorch-extension.intel.com", "download.pytorch.org", "pypi.org", "api.github.com")
CATALOG = store.load(store.builtin_path())


def _github_files():
    for build in CATALOG.builds:
        for step in build.steps:
            for ref in step.files:
                where = github_file(ref.url)
                if where:
                    yield build, ref, where


def stand_in(name: str) -> bytes:
    return f"stand-in for {name}\n".encode()


def serve(skip=lambda where, name: False) -> MirrorServer:
    """A mirror with every file the catalog's pins and community builds name (minus `skip`)."""
    server = MirrorServer().start()
    server.serve_json("/simple/")  # PyPI answers PEP 691 JSON; Intel's and PyTorch's indexes HTML
    for where, name in catalog_files():
        if not skip(where, name):
            server.publish_bytes(name, stand_in(name), where)
    for _build, _ref, (owner, repo, tag, name) in _github_files():
        server.publish_bytes(name, stand_in(name), f"github:{owner}/{repo}/{tag}")
    return server


def mirror_args(server: MirrorServer) -> list[str]:
    return [arg for host in HOSTS for arg in ("--mirror", f"{host}={server.url}")]


def newest_series() -> tuple[int, int]:
    from packaging.version import Version

    found = [Version(b.torch_version.replace(".*", "")) for b in CATALOG.builds if b.channel == "torch-xpu"]
    newest = max(found)
    return newest.major, newest.minor


@pytest.fixture
def server():
    s = serve()
    try:
        yield s
    finally:
        s.stop()


def run_discover(server: MirrorServer, *extra: str, catalog: Path | None = None):
    reader = Reader(make_session(None), Mirrors(hosts=dict.fromkeys(HOSTS, server.url)))
    chosen = store.load_file(catalog) if catalog else CATALOG
    return discover(chosen, reader)


def test_a_newer_torch_on_the_index_is_reported_and_drafted(server, run_cli, tmp_path):
    major, minor = newest_series()
    version = f"{major}.{minor + 1}.0+xpu"
    for platform in ("manylinux_2_28_x86_64", "win_amd64"):
        for cp in ("cp312", "cp313"):
            server.publish_bytes(f"torch-{version}-{cp}-{cp}-{platform}.whl", b"new torch", "pytorch")
    draft = tmp_path / "draft.json"
    result = run_cli("catalog", "discover", "--json", "--write", draft, *mirror_args(server))
    assert result.returncode == 1, result.stderr  # differences found
    report = json.loads(result.stdout)
    new = [v for v in report["new_versions"] if v["project"] == "torch" and v["version"] == version]
    assert {v["os"] for v in new} == {"linux", "windows"}
    linux = next(v for v in new if v["os"] == "linux")
    assert linux["index"] == "https://download.pytorch.org/whl/xpu"
    assert linux["pythons"] == ["3.12", "3.13"]
    assert linux["platforms"] == ["manylinux_2_28_x86_64"]
    assert all(f["sha256"] == hashlib.sha256(b"new torch").hexdigest() for f in linux["files"])
    # Every version read is listed with its Python tags and platforms, known ones too.
    known = [v for v in report["versions"] if v["project"] == "torch" and v["version"] == "2.8.0+xpu"
             and v["index"] == "https://download.pytorch.org/whl/xpu" and v["os"] == "windows"]
    assert known and known[0]["in_catalog"] is True and known[0]["platforms"] == ["win_amd64"]
    assert "3.12" in known[0]["pythons"]
    # Every pin of the built-in catalog resolves on the mirror's copies of the real file names.
    assert report["unresolved"] == []
    # PyPI's pages were read as PEP 691 JSON (hashes from "hashes"), the others as PEP 503 HTML.
    assert any(f["url"].startswith("https://pypi.org/") or "/packages/" in f["url"] for f in report["pinned_files"])
    assert all(f["sha256"] for f in report["pinned_files"])

    # The draft: new builds marked as from the index, the schema accepts it, the catalog is untouched.
    series = f"{major}.{minor + 1}"
    assert sorted(report["draft"]["added"]) == [f"torch-xpu-{series}-linux", f"torch-xpu-{series}-windows"]
    data = json.loads(draft.read_text(encoding="utf-8"))
    drafted = parse_catalog(data, origin="draft")
    build = drafted.get(f"torch-xpu-{series}-linux")
    assert build.pythons == ("3.12", "3.13") and build.pythons_certainty == "observed"
    assert build.aot.devices is None and build.aot.certainty == "unknown"
    assert "from the index" in data["builds"][-1]["$comment"] or "from the index" in data["builds"][-2]["$comment"]
    assert any(f"torch=={series}.*" in s.requirements for s in build.steps)
    # Builds whose Pythons were unknown get the ones the index shows, marked observed (from the index).
    for entry in report["pythons"]:
        if CATALOG.get(entry["build_id"]).pythons is None and entry["on_index"]:
            assert drafted.get(entry["build_id"]).pythons == tuple(entry["on_index"])
            assert drafted.get(entry["build_id"]).pythons_certainty == "observed"
            assert entry["build_id"] in report["draft"]["changed"]
    valid = run_cli("catalog", "validate", draft)
    assert valid.returncode == 0, valid.stderr
    assert store.load(store.builtin_path()).get(f"torch-xpu-{series}-linux") is None

    text = run_cli("catalog", "discover", *mirror_args(server))
    assert text.returncode == 1
    assert f"NEW torch {version} on https://download.pytorch.org/whl/xpu for linux: Pythons 3.12, 3.13" in text.stdout


def test_a_pin_that_no_longer_resolves_is_reported():
    gone = "intel_extension_for_pytorch-2.8.10+xpu-"
    server = serve(skip=lambda where, name: name.startswith(gone) and name.endswith("linux_x86_64.whl"))
    try:
        report = run_discover(server)
    finally:
        server.stop()
    assert {"build_id": "ipex-2.8.10-linux", "step": report["unresolved"][0]["step"],
            "requirement": "intel-extension-for-pytorch==2.8.10+xpu", "os": "linux",
            "indexes": ["https://pytorch-extension.intel.com/release-whl/stable/xpu/us", "https://pypi.org/simple"],
            } in report["unresolved"]
    assert not any(u["build_id"] == "ipex-2.8.10-windows" for u in report["unresolved"])
    assert report["ok"] is False


def test_a_changed_hash_on_a_release_is_reported_and_never_taken_over(server, tmp_path):
    raw = json.loads(store.builtin_path().read_text(encoding="utf-8"))
    refs = [(b, s, f) for b in raw["builds"] for s in b["steps"] for f in s.get("files", [])
            if github_file(f["url"])]
    (_, _, kept), (b2, _, changed), (_, _, unrecorded) = refs[0], refs[1], refs[2]
    for ref in (kept, changed):
        ref["sha256"] = hashlib.sha256(stand_in(ref["filename"])).hexdigest()
        ref["size"] = len(stand_in(ref["filename"]))
        ref["hash_source"] = "measured by the test"
    unrecorded.pop("sha256", None), unrecorded.pop("size", None), unrecorded.pop("hash_source", None)
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps(raw), encoding="utf-8")
    owner, repo, tag, name = github_file(changed["url"])
    server.publish_bytes(name, b"a rebuilt wheel under the same name", f"github:{owner}/{repo}/{tag}")

    report = run_discover(server, catalog=catalog)
    changes = {h["filename"]: h for h in report["hashes"]}
    assert kept["filename"] not in changes
    assert changes[changed["filename"]] == {
        "build_id": b2["id"], "filename": changed["filename"], "url": changed["url"], "repo": f"{owner}/{repo}",
        "tag": tag, "where": f"https://github.com/{owner}/{repo}/releases/tag/{quote(tag, safe='')}",
        "field": "sha256", "recorded": changed["sha256"],
        "found": hashlib.sha256(b"a rebuilt wheel under the same name").hexdigest(),
        "source": "measured by the test"}
    assert unrecorded["url"] in {u["url"] for u in report["hashes_unrecorded"]}

    from app.catalog.discover_draft import make_draft

    data, _added, _changed = make_draft(raw, store.load_file(catalog), report, "2030-01-01")
    files = {f["url"]: f for b in data["builds"] for s in b["steps"] for f in s.get("files", [])}
    assert files[changed["url"]]["sha256"] == changed["sha256"]  # reported, not taken over
    assert files[unrecorded["url"]]["sha256"] == hashlib.sha256(stand_in(unrecorded["filename"])).hexdigest()
    assert files[unrecorded["url"]]["hash_source"].startswith("from the index (catalog discover 2030-01-01)")
    parse_catalog(data)


def test_an_index_wheel_rebuilt_under_the_same_name_is_reported_since_the_last_report(server, run_cli, tmp_path):
    first = run_cli("catalog", "discover", "--json", *mirror_args(server))
    assert first.returncode in (0, 1), first.stderr
    report = json.loads(first.stdout)
    assert report["index_hashes_recorded"] is False and report["pinned_files"]
    earlier = tmp_path / "discover-last.json"
    earlier.write_text(first.stdout, encoding="utf-8")
    name = "intel_extension_for_pytorch-2.8.10+xpu-cp311-cp311-win_amd64.whl"
    server.publish_bytes(name, b"rebuilt", "intel:xpu/us")

    again = run_cli("catalog", "discover", "--since", earlier, *mirror_args(server))
    assert again.returncode == 1
    before = hashlib.sha256(stand_in(name)).hexdigest()
    after = hashlib.sha256(b"rebuilt").hexdigest()
    line = next(x for x in again.stdout.splitlines() if "HASH CHANGED" in x and name in x)
    assert line == (f"  HASH CHANGED ipex-2.8.10-windows: {name} is {after} on "
                    f"https://pytorch-extension.intel.com/release-whl/stable/xpu/us; the earlier report {earlier} "
                    f"had {before}")
    # Without --since nothing can tell: the catalog itself records no index hashes, and says so.
    plain = run_cli("catalog", "discover", *mirror_args(server))
    assert not [x for x in plain.stdout.splitlines() if "HASH CHANGED" in x and name in x]
    assert "records no hashes for index wheels" in plain.stdout
    earlier.write_text('{"pinned_files": "no"}', encoding="utf-8")
    bad = run_cli("catalog", "discover", "--since", earlier, *mirror_args(server))
    assert bad.returncode == 2 and "is not a report of 'catalog discover --json'" in bad.stderr


def test_a_release_asset_that_is_gone_is_reported(tmp_path):
    _build, ref, (owner, repo, tag, name) = next(iter(_github_files()))
    server = serve()
    try:
        server.releases[(owner, repo)][tag].pop(name)
        report = run_discover(server)
    finally:
        server.stop()
    assert any(u["url"] == ref.url and u["tag"] == tag for u in report["unresolved"])


def test_a_release_beyond_the_lists_first_page_is_asked_for_by_its_tag(server):
    _build, ref, (owner, repo, tag, _name) = next(iter(_github_files()))
    server.hide_from_list.add(tag)
    report = run_discover(server)
    assert f"{owner}/{repo}@{tag}" in report["read"]["releases_by_tag"]
    assert not any(u.get("url") == ref.url for u in report["unresolved"])


def test_a_community_release_the_catalog_does_not_know_is_reported(server, tmp_path):
    _build, _ref, (owner, repo, _tag, _name) = next(iter(_github_files()))
    for name in ("torch-2.3.1+cxx11.abi-cp311-cp311-win_amd64.whl",
                 "intel_extension_for_pytorch-2.3.110+xpu-cp311-cp311-win_amd64.whl"):
        server.publish_bytes(name, stand_in(name), f"github:{owner}/{repo}/v2.3.110+xpu")
    report = run_discover(server)
    new = [r for r in report["new_releases"] if r["tag"] == "v2.3.110+xpu"]
    assert len(new) == 1 and new[0]["repo"] == f"{owner}/{repo}"
    wheel = next(w for w in new[0]["wheels"] if w["project"] == "intel-extension-for-pytorch")
    assert wheel["version"] == "2.3.110+xpu" and wheel["os"] == ["windows"] and wheel["pythons"] == ["3.11"]
    assert wheel["sha256"] == hashlib.sha256(stand_in(wheel["filename"])).hexdigest()

    from app.catalog.discover_draft import make_draft

    raw = json.loads(store.builtin_path().read_text(encoding="utf-8"))
    data, _added, _changed = make_draft(raw, CATALOG, report, "2030-01-01")
    assert any("v2.3.110+xpu" in n and "from the index" in n for n in data["notes"])
    parse_catalog(data)


def test_the_draft_never_replaces_the_catalog(run_cli, server):
    result = run_cli("catalog", "discover", "--write", store.builtin_path(), *mirror_args(server))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "is a catalog this app maintains or reads" in result.stderr
    assert "Traceback" not in result.stderr


# ---- an index that fails: one sentence, exit 1 -------------------------------------------------


def test_an_index_that_keeps_failing_is_one_sentence_and_exit_1(server, run_cli):
    server.fault("/whl/xpu/torch/", statuses=[503, 503, 503])
    result = run_cli("catalog", "discover", *mirror_args(server))
    assert result.returncode == 1
    assert result.stderr.strip() == ("Could not read the index https://download.pytorch.org/whl/xpu/torch/ "
                                     "(server error 503, 3 attempts).")
    assert server.stats("/whl/xpu/torch/").requests == 3


def test_one_server_error_is_retried(server):
    server.fault("/whl/xpu/torch/", statuses=[502])
    reader = Reader(make_session(None), Mirrors(hosts=dict.fromkeys(HOSTS, server.url)), backoff=0.01)
    assert reader.project("https://download.pytorch.org/whl/xpu", "torch")
    assert server.stats("/whl/xpu/torch/").requests == 2


def test_githubs_rate_limit_is_named(server):
    _build, _ref, (owner, repo, _tag, _name) = next(iter(_github_files()))
    server.fault(f"/repos/{owner}/{repo}/releases", statuses=[403])
    reader = Reader(make_session(None), Mirrors(hosts=dict.fromkeys(HOSTS, server.url)))
    with pytest.raises(AppError) as failed:
        reader.github_releases(owner, repo)
    assert not isinstance(failed.value, BadInput)
    assert str(failed.value).startswith(f"GitHub's API answered 403 for https://api.github.com/repos/{owner}/{repo}/")


# ---- hostile pages: refused in one sentence, exit 2 ------------------------------------------


def test_an_endless_page_is_refused_in_one_sentence(server, run_cli):
    server.fault("/whl/xpu/torch/", forever=True)
    result = run_cli("catalog", "discover", *mirror_args(server), timeout=120)
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert "https://download.pytorch.org/whl/xpu/torch/ is larger than 16 MB" in line


@pytest.mark.parametrize("name, problem", [
    ("..\\..\\torch-2.8.0+xpu-cp312-cp312-win_amd64.whl", "path separator"),
    ("CON.whl", "reserved device name"),
    ("torch-2.8.0+xpu-cp312-cp312-linux_x86_64.whl\x00.txt", "control character"),
])
def test_a_page_with_a_bad_file_name_is_refused(server, name, problem):
    href = "x.whl#sha256=" + "0" * 64
    body = f'<!DOCTYPE html><html><body><a href="{href}">{name}</a></body></html>'.encode()
    server.add_document("/release-whl/stable/xpu/us/intel-extension-for-pytorch/", body, "text/html")
    with pytest.raises(BadInput) as refused:
        run_discover(server)
    text = str(refused.value)
    assert problem in text and "intel-extension-for-pytorch/" in text and "\n" not in text
    assert refused.value.code == "discover_bad_entry"


def test_a_page_with_too_many_files_or_broken_json_is_refused(server):
    links = "".join(f'<a href="f{i}.whl">torch-2.8.0+xpu-cp312-cp312-linux_x86_64.whl</a>' for i in range(20_001))
    server.add_document("/whl/xpu/torch/", links.encode(), "text/html")
    with pytest.raises(BadInput, match="lists more than 20000 files"):
        run_discover(server)
    server.add_document("/whl/xpu/torch/", b'{"files": [{"filename": 3}]}', "application/vnd.pypi.simple.v1+json")
    with pytest.raises(BadInput, match="is not a valid PEP 691 JSON document"):
        run_discover(server)


def test_a_hostile_release_list_is_refused(server):
    _build, _ref, (owner, repo, _tag, _name) = next(iter(_github_files()))
    bad = [{"tag_name": "v1", "assets": [{"name": "../evil.whl", "size": 1,
                                           "browser_download_url": "https://github.com/a/b/releases/download/v1/x"}]}]
    server.add_document(f"/repos/{owner}/{repo}/releases", json.dumps(bad).encode(), "application/json")
    with pytest.raises(BadInput, match="path separator"):
        run_discover(server)
    server.add_document(f"/repos/{owner}/{repo}/releases", b"[" * 100 + b"]" * 100, "application/json")
    with pytest.raises(BadInput, match="GitHub release list"):
        run_discover(server)
    plain = [{"tag_name": "v1", "assets": [{"name": "x.whl", "size": 1,
                                             "browser_download_url": "file:///etc/passwd"}]}]
    server.add_document(f"/repos/{owner}/{repo}/releases", json.dumps(plain).encode(), "application/json")
    with pytest.raises(BadInput, match="scheme 'file' is not allowed"):
        run_discover(server)


# ---- recorded pages in the real formats -------------------------------------------------------

RECORDED = Path(__file__).resolve().parent.parent / "data" / "discover"


def _recorded(server: MirrorServer) -> None:
    server.add_document("/whl/xpu/torch/", (RECORDED / "pytorch-whl-xpu-torch.html").read_bytes(),
                        "text/html; charset=utf-8")
    server.add_document("/release-whl/stable/xpu/us/intel-extension-for-pytorch/",
                        (RECORDED / "intel-xpu-us-intel-extension-for-pytorch.html").read_bytes(), "text/html")
    server.add_document("/simple/dpcpp-cpp-rt/", (RECORDED / "pypi-simple-dpcpp-cpp-rt.json").read_bytes(),
                        "application/vnd.pypi.simple.v1+json")
    server.add_document("/repos/Nuullll/intel-extension-for-pytorch/releases",
                        (RECORDED / "github-nuullll-releases.json").read_bytes(), "application/json; charset=utf-8")


def test_recorded_pages_in_the_real_formats_are_read():
    server = MirrorServer().start()
    try:
        _recorded(server)
        reader = Reader(make_session(None), Mirrors(hosts=dict.fromkeys(HOSTS, server.url)))
        torch = reader.project("https://download.pytorch.org/whl/xpu", "torch")
        ipex = reader.project("https://pytorch-extension.intel.com/release-whl/stable/xpu/us/",
                              "intel-extension-for-pytorch")
        runtime = reader.project("https://pypi.org/simple", "dpcpp-cpp-rt")
        releases = reader.github_releases("Nuullll", "intel-extension-for-pytorch")
    finally:
        server.stop()
    name = "torch-2.8.0+xpu-cp312-cp312-win_amd64.whl"
    found = next(f for f in torch if f.filename == name)
    assert found.url == ("https://download.pytorch.org/whl/xpu/torch-2.8.0%2Bxpu-cp312-cp312-win_amd64.whl"
                         f"#sha256={hashlib.sha256(name.encode()).hexdigest()}")
    assert found.sha256 == hashlib.sha256(name.encode()).hexdigest() and found.requires_python == ">=3.9.0"
    assert len(torch) == 20 and len(ipex) == 22 and len(runtime) == 8
    assert ipex[0].url.startswith("https://pytorch-extension.intel.com/release-whl/stable/xpu/us/"
                                  "intel-extension-for-pytorch/intel_extension_for_pytorch-2.1.10%2Bxpu-")
    assert all(f.sha256 and f.url.startswith("https://files.pythonhosted.org/packages/") for f in runtime)
    tags = {r.tag: r for r in releases}
    assert set(tags) == {"v2.1.10+xpu", "v2.1.20+mtl+oneapi"}
    asset = next(a for a in tags["v2.1.10+xpu"].assets if a.name.startswith("torch-2.1.0a0+cxx11.abi-cp310"))
    assert asset.url == ("https://github.com/Nuullll/intel-extension-for-pytorch/releases/download/v2.1.10%2Bxpu/"
                         "torch-2.1.0a0%2Bcxx11.abi-cp310-cp310-win_amd64.whl")
    assert asset.sha256 == hashlib.sha256(asset.name.encode()).hexdigest() and asset.size == 400_000_000
    # The catalog's URLs for this community build are the release's assets, name for name.
    build = CATALOG.get("nuullll-2.1.10-xpu")
    if build is not None:
        urls = {a.url for a in tags["v2.1.10+xpu"].assets}
        assert {f.url for s in build.steps for f in s.files} <= urls


def test_plain_http_beyond_this_machine_needs_allow_http(server, run_cli):
    result = run_cli("catalog", "discover", "--mirror", "download.pytorch.org=http://192.0.2.1/pytorch")
    assert result.returncode == 2 and "\n" not in result.stderr.strip()
    assert "plain http:// to 192.0.2.1" in result.stderr and "--allow-http" in result.stderr
    name = "torch-2.8.0+xpu-cp312-cp312-linux_x86_64.whl"
    body = f'<a href="http://192.0.2.1/whl/{name}#sha256={"0" * 64}">{name}</a>'.encode()
    server.add_document("/whl/xpu/torch/", body, "text/html")
    mirrors = Mirrors(hosts=dict.fromkeys(HOSTS, server.url))
    with pytest.raises(BadInput, match="plain http:// to 192.0.2.1"):
        Reader(make_session(None), mirrors).project("https://download.pytorch.org/whl/xpu", "torch")
    allowed = Reader(make_session(None), mirrors, allow_http=True).project("https://download.pytorch.org/whl/xpu",
                                                                           "torch")
    assert [f.filename for f in allowed] == [name]
