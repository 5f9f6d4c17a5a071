"""The summary before Install (app/env_summary.py): packages in words, download size or "not
known yet", disk needed per drive against real free space (shutil.disk_usage), the server."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from app.catalog.plan_model import Choice, FileRef, Plan, Step
from app.env_summary import human_size, summarize
from app.flow import DEFAULT_INSTALL_BYTES


def plan_json(files: list[FileRef] | None = None, requirements: list[str] | None = None) -> dict:
    steps = [Step(id="torch", requirements=requirements if requirements is not None else
                  ["torch==2.8.0+xpu", "intel-extension-for-pytorch==2.8.10+xpu", "pytorch-triton-xpu"]),
             Step(id="files", files=files or [])]
    choice = Choice(build_id="b", channel="ipex-official", ipex_version="2.8.10+xpu", torch_version="2.8.0+xpu",
                    python="3.11", os="linux", expect="aot", matched_target="bmg", steps=steps, reasons=["r"])
    return Plan(choice=choice).to_json()


def wheel(name: str, size: int | None) -> FileRef:
    return FileRef(url=f"https://example.org/{name}", filename=name, size=size)


def codes(summary) -> list[str]:
    return [s.code for s in summary.sentences]


def test_packages_size_and_one_drive_need(tmp_path):
    files = [wheel("oneccl_bind_pt-2.8.0+xpu-cp311-cp311-linux_x86_64.whl", 300 * 1024**2),
             wheel("mkl-2025.1.0-py2.py3-none-manylinux_2_28_x86_64.whl", 200 * 1024**2)]
    s = summarize(plan_json(files), tmp_path / "new env", tmp_path / "cache" / "downloads", "us")
    assert codes(s) == ["summary_packages", "summary_download", "summary_disk_same", "summary_server_us"]
    assert s.sentences[0] == ("Will install: torch 2.8.0+xpu, intel-extension-for-pytorch 2.8.10+xpu, "
                              "pytorch-triton-xpu, oneccl_bind_pt 2.8.0+xpu, mkl 2025.1.0.")
    assert s.sentences[1].params["size"] == "500.0 MB"
    # Known sizes below the default: the whole default is asked for, on the one drive.
    assert s.sentences[2].params["needed"] == human_size(DEFAULT_INSTALL_BYTES) == "8.0 GB"
    assert s.sentences[2].params["folder"] == str(tmp_path)
    free = shutil.disk_usage(tmp_path).free
    assert s.sentences[2].params["free"] in {human_size(free + d) for d in range(-2**27, 2**27, 2**20)}
    assert not s.cache_short


def test_unknown_size_says_so_and_big_files_raise_the_need(tmp_path):
    s = summarize(plan_json(), tmp_path, tmp_path, "cn")
    assert codes(s) == ["summary_packages", "summary_download_unknown", "summary_disk_same", "summary_server_cn"]
    assert "not known yet" in s.sentences[1]
    big = summarize(plan_json([wheel("torch-2.8.0-cp311-cp311-linux_x86_64.whl", 6 * 1024**3)]), tmp_path,
                    tmp_path, "us")
    assert big.sentences[2].params["needed"] == "12.0 GB"  # the file cached and unpacked: twice


@pytest.mark.skipif(os.name == "nt" or not os.path.isdir("/dev/shm"),
                    reason="needs /dev/shm (a POSIX tmpfs) as a second drive")
def test_two_drives_each_get_their_need_and_a_short_cache_is_one_warning(tmp_path):
    with tempfile.TemporaryDirectory(dir="/dev/shm") as shm:
        if os.stat(shm).st_dev == os.stat(tmp_path).st_dev:
            pytest.skip("/dev/shm is on the same drive as the temp folder here")
        huge = 2**50  # one PB: more than any real drive holds free
        s = summarize(plan_json([wheel("torch-2.8.0-cp311-cp311-linux_x86_64.whl", huge)]), tmp_path / "env",
                      Path(shm) / "cache", "us")
        assert codes(s) == ["summary_packages", "summary_download", "summary_disk_target", "summary_disk_cache",
                            "summary_cache_short", "summary_server_us"]
        assert s.cache_short
        assert s.sentences[3].params["folder"] == shm and s.sentences[3].params["needed"] == "1024.0 TB"
        assert s.sentences[4].count(".") == 1 + s.sentences[4].params["needed"].count(".") + \
            s.sentences[4].params["free"].count(".") + shm.count(".")  # one sentence
        small = summarize(plan_json([wheel("a-1-py3-none-any.whl", 1024)]), tmp_path, Path(shm), "us")
        assert not small.cache_short and "summary_cache_short" not in codes(small)


def test_untrusted_plan_bounded_and_bad_requirements_skipped(tmp_path):
    reqs = ["not a requirement ===", *[f"pkg{i}==1.{i}" for i in range(100)]]
    s = summarize(plan_json(requirements=reqs), tmp_path, tmp_path, "us")
    listed = s.sentences[0].params["packages"]
    assert len(listed) == 41 and listed[0] == "pkg0 1.0" and listed[-1] == "..."
    none = summarize(None, None, tmp_path, "us")
    assert codes(none) == ["summary_download_unknown", "summary_disk_cache", "summary_server_us"]
