"""The download cache on a disk that says no: one sentence naming the folder, no partial file
left behind, never an OSError traceback. Real mounts (see small_disk)."""

from __future__ import annotations

import pytest
from mirror.server import MirrorServer
from small_disk import free_bytes, mounted

from app.errors import AppError
from app.fetch.download import download
from app.fetch.session import make_session


@pytest.fixture
def server():
    s = MirrorServer().start()
    s.add_generated("/files/big.whl", 3_000_000, seed=5)
    yield s
    s.stop()


def _fails(code, *args, **kw) -> AppError:
    with pytest.raises(AppError) as caught:
        download(*args, session=make_session(), backoff=0.01, **kw)
    assert caught.value.code == code, str(caught.value)
    assert "\n" not in str(caught.value)
    return caught.value


def test_a_full_cache_disk_names_the_folder_and_frees_the_partial_file(server, tmp_path):
    with mounted(tmp_path / "disk", "2m") as disk:
        before = free_bytes(disk)
        cache = disk / "downloads"
        err = _fails("disk_full", server.url + "/files/big.whl", cache)
        assert err.params["folder"] == str(cache) and str(cache) in str(err)
        assert "partial files were removed" in str(err)
        assert sorted(p.name for p in cache.iterdir()) == []
        assert free_bytes(disk) == before


def test_a_read_only_cache_names_the_folder(server, tmp_path):
    with mounted(tmp_path / "ro", "1m", read_only=True) as disk:
        err = _fails("folder_unwritable", server.url + "/files/big.whl", disk)
        assert err.params["folder"] == str(disk)
    with mounted(tmp_path / "ro2", "1m", read_only=True) as disk:  # the cache folder is still to be made
        err = _fails("folder_unwritable", server.url + "/files/big.whl", disk / "cache" / "downloads")
        assert str(disk / "cache" / "downloads") in str(err)


def test_a_cache_path_or_a_file_name_too_long_for_the_file_system(server, tmp_path):
    err = _fails("path_too_long", server.url + "/files/big.whl", tmp_path / ("d" * 300))
    assert "…" in err.params["folder"]  # a 300-character name is shortened in the sentence
    # A file name no file system takes is refused before any I/O (app/untrusted_names.py).
    err = _fails("unsafe_name", server.url + "/files/big.whl", tmp_path, filename="w" * 300 + ".whl")
    assert err.params["problem_code"] == "too_long" and err.exit_code == 2
    assert list(tmp_path.iterdir()) == []
