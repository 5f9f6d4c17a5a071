"""A catalog (refreshed from the network, or named with --catalog) cannot carry a file name
that leaves the download folder, nor a requirement that points at a local file or plain HTTP."""

from __future__ import annotations

import copy
import json

import pytest

from app.catalog import store
from app.catalog.schema import CatalogInvalid, parse_catalog


@pytest.fixture(scope="module")
def raw():
    return json.loads(store.builtin_path().read_text("utf-8"))


def _with_files(raw):
    data = copy.deepcopy(raw)
    build = next(b for b in data["builds"] if any(s.get("files") for s in b["steps"]))
    step = next(s for s in build["steps"] if s.get("files"))
    return data, build, step


@pytest.mark.parametrize("bad", [
    "../../{name}", "/tmp/{name}", "..\\..\\{name}", "C:{name}", "{name}/../../../x.whl",
])
def test_a_file_name_that_leaves_its_folder_is_refused(raw, bad):
    data, build, step = _with_files(raw)
    step["files"][0]["filename"] = bad.format(name=step["files"][0]["filename"])
    with pytest.raises(CatalogInvalid) as info:
        parse_catalog(data)
    assert f"entry '{build['id']}'" in str(info.value) and ".files[0].filename'" in str(info.value)
    assert "plain file name" in str(info.value)


@pytest.mark.parametrize(("req", "words"), [
    ("torch @ file:///etc/passwd", "https://"),
    ("torch @ http://evil.example/torch-2.8.0-cp311-cp311-linux_x86_64.whl", "https://"),
    ("torch @ git+https://github.com/pytorch/pytorch", "https://"),
])
def test_direct_url_requirements_must_be_https(raw, req, words):
    data = copy.deepcopy(raw)
    data["builds"][0]["steps"][0]["requirements"] = [req]
    with pytest.raises(CatalogInvalid) as info:
        parse_catalog(data)
    assert "steps[0].requirements" in str(info.value) and words in str(info.value)
