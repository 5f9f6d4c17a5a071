"""IPEX AOT Installer: pick, install and verify the Intel GPU build of PyTorch that has native code for your GPU."""

__version__ = "0.1.0"
