"""IPEX AOT Installer: pick, install and verify the Intel GPU build of PyTorch that has native code for your GPU."""

__version__ = "0.1.0"


def _cli_name() -> str:
    import sys

    # What a user types to reach the CLI: the frozen app's console twin, or the module.
    return "ipex-aot-installer-cli" if getattr(sys, "frozen", False) else "python -m app"


CLI = _cli_name()
