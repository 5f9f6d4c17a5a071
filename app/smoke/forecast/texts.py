"""Every sentence the forecast shows, one code each with an English template and its named
values (kept in this one table until the shared message mechanism of issue 15 takes them).
Sentences are never pieced together from English fragments: a variant is its own code."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # One library, for the GPU.
    "forecast.lib.no_gpu_images": "The library carries device images only for {targets}, none for a GPU, "
                                  "so its kernels do not run on the GPU.",
    "forecast.lib.spirv_only": "The library carries only SPIR-V, no native code for any GPU: the driver compiles "
                               "it on first use (JIT).",
    "forecast.lib.no_images": "The library carries no SYCL device images.",
    "forecast.lib.unreadable": "The library's device images could not be read ({problem}).",
    "forecast.lib.compressed_unread": "Some device images are compressed and could not be expanded ({problem}), "
                                      "so what they hold is unknown.",
    # The whole environment.
    "forecast.env.none": "No library in this environment carries SYCL device images.",
    "forecast.env.all_aot": "Every SYCL library here has native code for this GPU: no compilation on first use.",
    "forecast.env.all_aot_expected": "Every SYCL library here is expected to have native code for this GPU: "
                                     "no compilation on first use.",
    "forecast.env.jit": "These packages will compile on first use: {packages} ({modules} SPIR-V modules, "
                        "{size}).",
    "forecast.env.jit_expected": "These packages are expected to compile on first use: {packages} "
                                 "({modules} SPIR-V modules, {size}).",
    "forecast.env.fail": "These packages have no code this GPU can run and no SPIR-V to compile, so their "
                         "kernels will fail to load: {packages}.",
    "forecast.env.fail_expected": "These packages are expected to fail to load their kernels on this GPU "
                                  "(no matching native code and no SPIR-V): {packages}.",
    "forecast.env.no_gpu": "No GPU was given or found, so AOT or JIT cannot be told; give --gpu PCI_ID or "
                           "--probe FILE.",
    # The SYCL runtime the libraries need.
    "runtime.abi_missing": "{library} ({package}) needs {needed}, but this environment provides {present}; "
                           "it will fail to load unless the system supplies {needed}.",
    "runtime.abi_missing_none": "{library} ({package}) needs {needed}, and this environment has no SYCL "
                                "runtime; it will fail to load unless the system supplies {needed}.",
    "runtime.abi_from_system": "{library} ({package}) needs {needed}, which this environment lacks; it is "
                               "expected to be loaded from {folder}, outside the environment.",
    "runtime.shadowed": "{variable} lists {folder}, which holds {file}: it is expected to be loaded instead of "
                        "the environment's own {env_file}, so a runtime of another generation can break the "
                        "wheels.",
    "runtime.ld_conf": "{folder} (from {conf}) holds {file}; the system's loader uses it wherever the "
                       "environment's own runtime is not found first.",
    "runtime.triton_shadows_xpu": "The triton package on disk is the one from triton {version}, not from "
                                  "pytorch-triton-xpu {xpu_version}: torch.compile on the XPU is expected to fail.",
    "runtime.triton_without_xpu": "triton {version} is installed with an XPU torch but pytorch-triton-xpu is "
                                  "not: torch.compile on the XPU is expected to fail.",
    # Fixes.
    "fix.runtime_abi": "Install the SYCL runtime these wheels were built for (the intel-sycl-rt version "
                       "their package requires), or a build of {package} made for {present}.",
    "fix.shadowed": "Remove {folder} from {variable} in the shell that runs this environment "
                    "(do not source oneAPI's setvars there).",
    "fix.triton": "Reinstall the XPU build: pip uninstall -y triton, then pip install --force-reinstall "
                  "pytorch-triton-xpu=={xpu_version} from the PyTorch XPU index.",
    "fix.triton_missing": "Install pytorch-triton-xpu from the PyTorch XPU index (the version torch requires) "
                          "and uninstall triton.",
    # Refusals (one sentence, exit 2).
    "forecast.bad_venv": "{path} is not a Python environment (no site-packages folder found).",
    "forecast.gpu_and_probe": "Give either --gpu or --probe, not both.",
    "forecast.venv_or_wheel": "Give --venv DIR or --wheel FILE|URL|REQUIREMENT.",
    "forecast.bad_requirement": "'{text}' is neither a wheel file, an http(s) URL of a wheel, nor a requirement "
                                "such as bitsandbytes==0.50.2.",
    "forecast.no_wheel_found": "The index has no wheel of {requirement} for {platform}.",
}


def text(code: str, **params: object) -> str:
    """The English sentence for `code` with its values filled in."""
    return MESSAGES[code].format(**params)


def size(n: int) -> str:
    """A byte count as people read it (SPIR-V sizes range from kB to GB)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"
