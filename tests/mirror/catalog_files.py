"""The file names the indexes really serve for the catalog's pins, for the loopback mirror.

The names follow ../shared/reference/ipex_releases.md (Intel's rebuilt torch carries
+cxx11.abi on Linux and on the 2.1.10 Windows wheels, the PyTorch XPU index +xpu); Intel's
runtime packages on PyPI are py2.py3-none wheels. Where the reference does not give a Windows
file's local label, the Linux one is used; a pin without a label accepts either (PEP 440).
The PyTorch XPU index names its Linux wheels linux_x86_64 (torch-2.12.0+xpu-cp313-cp313-
linux_x86_64.whl in pytorch/pytorch#185681).

`publish_catalog_files(server)` lists every name on the mirror with a tiny stand-in body:
enough for index pages and our matcher, not for installing (the install test builds real
wheels under the same versions).
"""

from __future__ import annotations

from mirror.server import MirrorServer

LINUX = "linux_x86_64"  # Intel's index and the PyTorch XPU index up to 2.12
MANYLINUX = "manylinux_2_28_x86_64"  # torch-2.13.0+xpu-cp311/cp312 as projects pin them from /whl/xpu
WINDOWS = "win_amd64"
PY38_311 = ("3.8", "3.9", "3.10", "3.11")
PY310_311 = ("3.10", "3.11")
PY_23 = ("3.8", "3.10", "3.11")
PY39_312 = ("3.9", "3.10", "3.11", "3.12")
PY310_312 = ("3.10", "3.11", "3.12")
PY39_313 = ("3.9", "3.10", "3.11", "3.12", "3.13")
PY310_314 = ("3.10", "3.11", "3.12", "3.13", "3.14")


def _intel(*platforms: str) -> tuple[str, ...]:
    return tuple(f"intel:{p}/us" for p in platforms)


# (where, "project-version" as in the file name, Pythons, platform tags)
_RELEASES: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    # IPEX 2.0.110: Linux pins without labels, files with +cxx11.abi; Windows torch carries a git label.
    (_intel("xpu"), ("torch-2.0.1a0+cxx11.abi", "torchvision-0.15.2a0+cxx11.abi",
                     "intel_extension_for_pytorch-2.0.110+xpu"), PY38_311, (LINUX,)),
    (_intel("xpu"), ("torch-2.0.0a0+gite9ebda2", "intel_extension_for_pytorch-2.0.110+gitba7f6c1"),
     PY38_311, (WINDOWS,)),
    # IPEX 2.1.x: torch 2.1.0a0 / .post0 / .post2 / .post3, all +cxx11.abi.
    (_intel("xpu"), ("torch-2.1.0a0+cxx11.abi", "torchvision-0.16.0a0+cxx11.abi", "torchaudio-2.1.0a0+cxx11.abi",
                     "intel_extension_for_pytorch-2.1.10+xpu"), PY310_311, (LINUX, WINDOWS)),
    (_intel("xpu"), ("torch-2.1.0.post0+cxx11.abi", "torchvision-0.16.0.post0+cxx11.abi",
                     "torchaudio-2.1.0.post0+cxx11.abi", "intel_extension_for_pytorch-2.1.20+xpu"),
     PY310_311, (LINUX, WINDOWS)),
    (_intel("xpu"), ("torch-2.1.0.post2+cxx11.abi", "torchvision-0.16.0.post2+cxx11.abi",
                     "torchaudio-2.1.0.post2+cxx11.abi", "intel_extension_for_pytorch-2.1.30+xpu"),
     PY310_311, (LINUX, WINDOWS)),
    (_intel("xpu", "mtl"), ("torch-2.1.0.post3+cxx11.abi", "torchvision-0.16.0.post3+cxx11.abi",
                            "torchaudio-2.1.0.post3+cxx11.abi", "intel_extension_for_pytorch-2.1.40+xpu"),
     PY310_311, (LINUX, WINDOWS)),
    # IPEX 2.3.110 (Linux) and the 2.3.110.post0 Windows hotfix on xpu, mtl and lnl.
    (_intel("xpu"), ("torch-2.3.1+cxx11.abi", "torchvision-0.18.1+cxx11.abi", "torchaudio-2.3.1+cxx11.abi",
                     "intel_extension_for_pytorch-2.3.110+xpu"), PY_23, (LINUX,)),
    (_intel("xpu", "mtl", "lnl"), ("torch-2.3.1.post0+cxx11.abi", "torchvision-0.18.1.post0+cxx11.abi",
                                   "torchaudio-2.3.1.post0+cxx11.abi", "intel_extension_for_pytorch-2.3.110.post0+xpu"),
     PY_23, (WINDOWS,)),
    # IPEX 2.5.10 (Linux; Windows on xpu, mtl, lnl, bmg) and 2.5.10.post0 on arl.
    (_intel("xpu"), ("torch-2.5.1+cxx11.abi", "torchvision-0.20.1+cxx11.abi", "torchaudio-2.5.1+cxx11.abi",
                     "intel_extension_for_pytorch-2.5.10+xpu"), PY39_312, (LINUX,)),
    (_intel("xpu", "mtl", "lnl", "bmg"), ("torch-2.5.1+cxx11.abi", "torchvision-0.20.1+cxx11.abi",
                                          "torchaudio-2.5.1+cxx11.abi", "intel_extension_for_pytorch-2.5.10+xpu"),
     PY310_312, (WINDOWS,)),
    (_intel("arl"), ("torch-2.5.1.post0+cxx11.abi", "intel_extension_for_pytorch-2.5.10.post0+xpu"),
     PY310_312, (WINDOWS,)),
    # IPEX 2.6.10-2.8.10 on Intel's index (torch from PyTorch's), and ARL-H's redistributed torch 2.6.
    (_intel("xpu"), ("intel_extension_for_pytorch-2.6.10+xpu", "intel_extension_for_pytorch-2.7.10+xpu",
                     "intel_extension_for_pytorch-2.8.10+xpu"), PY39_313, (LINUX, WINDOWS)),
    (_intel("arl"), ("torch-2.6.0.post0+xpu", "torchvision-0.21.0.post0+xpu", "torchaudio-2.6.0.post0+xpu",
                     "intel_extension_for_pytorch-2.6.10+xpu"), PY39_313, (WINDOWS,)),
    # The PyTorch XPU index.
    (("pytorch",), ("torch-2.5.0+xpu", "torch-2.5.1+xpu", "torch-2.6.0+xpu", "torchvision-0.21.0+xpu",
                    "torchaudio-2.6.0+xpu", "torch-2.7.0+xpu", "torchvision-0.22.0+xpu", "torchaudio-2.7.0+xpu"),
     PY39_313, (LINUX, WINDOWS)),
    (("pytorch",), ("torch-2.8.0+xpu", "torchvision-0.23.0+xpu", "torchaudio-2.8.0+xpu"), PY39_313,
     (LINUX, WINDOWS)),
    (("pytorch",), ("torch-2.9.0+xpu", "torch-2.9.1+xpu", "torch-2.10.0+xpu", "torch-2.11.0+xpu", "torch-2.12.0+xpu"),
     PY310_314, (LINUX, WINDOWS)),
    (("pytorch",), ("torch-2.13.0+xpu", "torch-2.14.0+xpu"), PY310_314, (MANYLINUX, WINDOWS)),
    # torchvision/torchaudio for torch 2.5 (0.20.x, 2.5.x, as IPEX 2.5.10 pairs them) and
    # torchaudio for 2.9 and 2.10; torchaudio 2.11.0+xpu (cp312 manylinux_2_28 seen on /whl/xpu)
    # serves torch 2.11 and later.
    (("pytorch",), ("torch-2.5.0+xpu", "torch-2.5.1+xpu", "torchvision-0.20.0+xpu", "torchvision-0.20.1+xpu",
                    "torchaudio-2.5.0+xpu", "torchaudio-2.5.1+xpu"), PY39_312, (LINUX, WINDOWS)),
    (("pytorch",), ("torchaudio-2.9.0+xpu", "torchaudio-2.9.1+xpu", "torchaudio-2.10.0+xpu"), PY310_314,
     (LINUX, WINDOWS)),
    (("pytorch",), ("torchaudio-2.11.0+xpu",), PY310_314, (MANYLINUX, WINDOWS)),
]

# Intel's runtime packages on PyPI (pure-Python-tagged, platform-specific).
_PYPI = [f"{project}-{version}-py2.py3-none-{platform}.whl"
         for project, version in [("dpcpp_cpp_rt", "2024.0.0"), ("dpcpp_cpp_rt", "2024.0.2"),
                                  ("dpcpp_cpp_rt", "2024.2.1"), ("mkl_dpcpp", "2024.0.0"), ("mkl_dpcpp", "2024.1.0"),
                                  ("mkl_dpcpp", "2024.2.1"), ("mkl", "2024.1.0")]
         for platform in ("manylinux1_x86_64", WINDOWS)]


def catalog_files() -> list[tuple[str, str]]:
    """(where, file name) for every file the catalog's pins are meant to resolve to."""
    out = [("pypi", name) for name in _PYPI]
    for places, stems, pythons, platforms in _RELEASES:
        for where in places:
            for stem in stems:
                for python in pythons:
                    cp = "cp" + python.replace(".", "")
                    out += [(where, f"{stem}-{cp}-{cp}-{platform}.whl") for platform in platforms]
    return out


def publish_catalog_files(server: MirrorServer) -> int:
    """List every catalog file on the mirror (tiny stand-in bodies); returns how many."""
    files = catalog_files()
    for where, name in files:
        server.publish_bytes(name, f"stand-in for {name}\n".encode(), where)
    return len(files)
