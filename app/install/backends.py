"""pip and uv behind one interface. Commands are built as data (tests assert the exact argv)
and run elsewhere through app.proc; the target interpreter is always passed explicitly.

Index URLs go to the child through its environment (UV_INDEX_URL / PIP_INDEX_URL and the
EXTRA ones), never its command line: they may carry credentials (user:password@, a token),
and every local user can read a command line in the process list, while a process's
environment is readable only by its owner."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app import proc
from app.envs.interpreter import uv_bin
from app.errors import AppError
from app.messages import msg

logger = logging.getLogger(__name__)


@dataclass
class InstallArgs:
    """One install command, independent of the tool that runs it."""

    requirements: list[str]  # "name==version" or a local wheel path
    index_url: str | None = None  # None: the tool's configured default (PyPI or the user's mirror)
    extra_index_urls: list[str] = field(default_factory=list)
    find_links: list[str] = field(default_factory=list)
    no_index: bool = False
    no_deps: bool = False


# Constraints from the user's shell (an activated guarded venv exports UV_CONSTRAINT) are not
# the plan's: the children that install a plan run without them.
GUARD_ENV = ("UV_CONSTRAINT", "PIP_CONSTRAINT")


class Backend(Protocol):
    name: str

    def install_argv(self, python: str, args: InstallArgs) -> list[str]: ...

    def env(self) -> dict[str, str]: ...

    def index_env(self, args: InstallArgs) -> dict[str, str]: ...


def _index_env(prefix: str, args: InstallArgs) -> dict[str, str]:
    """The indexes as the tool's own variables (both tools split the extra ones on spaces;
    URLs never contain a raw space)."""
    env = {}
    if args.index_url and not args.no_index:
        env[f"{prefix}_INDEX_URL"] = args.index_url
    if args.extra_index_urls and not args.no_index:
        env[f"{prefix}_EXTRA_INDEX_URL"] = " ".join(args.extra_index_urls)
    return env


def _shared_flags(args: InstallArgs, after_indexes: Sequence[str] = ()) -> list[str]:
    """The options pip and uv spell alike, then the requirements (indexes: see index_env)."""
    argv = ["--no-index"] if args.no_index else []
    argv += after_indexes
    for link in args.find_links:
        argv += ["--find-links", link]
    if args.no_deps:
        argv.append("--no-deps")
    return argv + list(args.requirements)


class UvBackend:
    name = "uv"

    def __init__(self, uv: str):
        self.uv = uv

    def install_argv(self, python: str, args: InstallArgs) -> list[str]:
        # pip's semantics, which plans are written for: the best match over all indexes.
        strategy = ["--index-strategy", "unsafe-best-match"] if args.extra_index_urls else []
        return [self.uv, "pip", "install", "--python", python, "--no-progress", "--color", "never",
                *_shared_flags(args, after_indexes=strategy)]

    def env(self) -> dict[str, str]:
        return {"NO_COLOR": "1"}

    def index_env(self, args: InstallArgs) -> dict[str, str]:
        return _index_env("UV", args)


class PipBackend:
    name = "pip"

    def install_argv(self, python: str, args: InstallArgs) -> list[str]:
        return [python, "-m", "pip", "install", "--no-input", "--progress-bar", "off", *_shared_flags(args)]

    def env(self) -> dict[str, str]:
        # The plan installs exactly what it names: the guard a venv keeps from an earlier
        # install (<venv>/pip.conf, app/install/guard.py) must not hold back a new plan. pip
        # skips an empty value, so the override is an empty file.
        return {"PIP_CONSTRAINT": os.devnull}

    def index_env(self, args: InstallArgs) -> dict[str, str]:
        return _index_env("PIP", args)


def choose_backend(prefer: str = "auto") -> tuple[Backend, str]:
    """(backend, why): uv when it is present and runs, pip otherwise; or the one asked for."""
    if prefer not in ("auto", "uv", "pip"):
        raise AppError(msg("backend_unknown", backend=prefer))
    if prefer == "pip":
        return PipBackend(), "pip was asked for"
    uv = uv_bin()
    why_not = msg("uv_not_found")
    if uv:
        try:
            result = proc.run([uv, "--version"], env=proc.clean_env(), timeout=30)
            if result.returncode == 0:
                return UvBackend(uv), f"{result.stdout.strip()} at {uv}"
            why_not = msg("uv_exited", uv=str(uv), exit_code=result.returncode)
        except AppError as exc:
            why_not = msg("uv_cannot_start", uv=str(uv), reason=str(exc))
    if prefer == "uv":
        raise AppError(msg("backend_uv_unusable", reason=why_not))
    return PipBackend(), f"falling back to pip: {why_not}"
