"""app.fs_errors: which refusals of the file system a user can fix, read the same on every OS."""

from __future__ import annotations

import errno
import os

import pytest

from app import fs_errors


def test_a_real_folder_name_over_255_characters_reads_as_too_long(tmp_path):
    # Linux says ENAMETOOLONG; Windows has no code of its own for it (invalid name, path not
    # found, or, under Wine, not found): the name is what tells.
    with pytest.raises(OSError) as caught:
        os.makedirs(tmp_path / ("d" * 300) / "downloads")
    assert fs_errors.kind(caught.value) == "too_long"
    err = fs_errors.from_os_error(caught.value)
    assert err is not None and err.code == "path_too_long" and "…" in err.params["folder"]


@pytest.mark.parametrize(("length", "expected"), [(255, None), (256, "too_long")])
def test_the_limit_is_255_characters_in_one_name(tmp_path, length, expected):
    not_found = OSError(errno.ENOENT, "not found", str(tmp_path / ("n" * length) / "x.whl"))
    assert fs_errors.kind(not_found) == expected
    other_name = OSError(errno.ENOENT, "not found", str(tmp_path / "x.whl"), None, str(tmp_path / ("n" * length)))
    assert fs_errors.kind(other_name) == expected  # rename and link name two paths


def test_a_long_path_of_short_names_is_not_guessed_at(tmp_path):
    deep = os.path.join(str(tmp_path), *(["folder"] * 60))  # 400+ characters, no name over 255
    assert fs_errors.kind(OSError(errno.ENOENT, "not found", deep)) is None
    assert fs_errors.kind(OSError(errno.ENOENT, "not found")) is None  # no path at all
