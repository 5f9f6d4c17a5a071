"""What a failed `uv pip install` or `pip install` said, as one sentence naming the package.

uv and pip print their reasons in their own words (the patterns below are from their real
output against the loopback mirror, tests/integration/test_step_errors.py); we pick out the
package and the kind of failure, and give it a message code. Output we do not recognise
keeps the tool's last error line, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from app import fs_errors
from app.errors import AppError
from app.message_texts import TEMPLATES
from app.messages import msg
from app.redact import redact_text


@dataclass(frozen=True)
class _Rule:
    code: str
    patterns: tuple[str, ...]  # the first that matches gives the package (its group "pkg")


RULES = (
    _Rule("step_hash_mismatch", (
        r"Hash mismatch for `(?P<pkg>[^`]+)`",  # uv
        r"DO NOT MATCH THE HASHES[^\n]*\n\s+(?P<pkg>\S+) from",  # pip
    )),
    _Rule("step_file_missing", (
        r"Failed to fetch: `?(?P<url>\S+?)`?\s*\n\s*(?:cause|Caused by): "
        r"HTTP status client error \((?P<status>404|410)",  # uv
        r"HTTP error (?P<status>404|410) while getting (?P<url>\S+)",  # pip
    )),
    _Rule("step_network", (  # pip: an index it could not reach reads as "no matching distribution"
        r"after connection broken by[\s\S]*No matching distribution found for (?P<pkg>\S+)",
    )),
    _Rule("step_no_version", (
        r"there is no version of (?P<pkg>\S+?)(?: and|,|\s)",  # uv
        r"Because (?P<pkg>\S+) was not found in the package (?:registry|index)",  # uv
        r"No matching distribution found for (?P<pkg>\S+)",  # pip
    )),
    _Rule("step_conflict", (
        r"Cannot install (?P<pkg>.+?) because these package versions have conflicting dependencies",  # pip
        r"No solution found when resolving dependencies",  # uv: the packages are what "you require"
    )),
    _Rule("step_network", (
        r"Failed to (?:download|fetch|unzip wheel|read):? `?(?P<pkg>[^`\s]+)`?[^\n]*\n"
        r"(?:\s*(?:cause|Caused by)[^\n]*\n?)*?"
        r"[^\n]*(?:error sending request|error decoding response body|end of file before message length|"
        r"onnection reset|onnection refused|timed out|dns error|tcp connect error|operation timed out)",  # uv
        r"Collecting (?P<pkg>\S+)[\s\S]*?(?:ConnectionError|Connection refused|Read timed out|Max retries exceeded|"
        r"IncompleteRead|Connection broken|NewConnectionError)",  # pip
    )),
)

# code -> English sentence (app/message_texts/errors.py)
ENGLISH = {code: TEMPLATES[code] for code in ("step_hash_mismatch", "step_file_missing", "step_conflict",
                                             "step_no_version", "step_network", "step_failed")}


def explain(tool: str, step: str, exit_code: int, output: str, venv_folder: str) -> AppError:
    """The error for a step whose tool exited with `exit_code` after printing `output`."""
    disk = fs_errors.kind_in_text(output)
    if disk and not any(re.search(p, output) for rule in RULES for p in rule.patterns):
        return fs_errors.error(disk, venv_folder, partial_removed=True)
    for rule in RULES:
        for pattern in rule.patterns:
            m = re.search(pattern, output)
            if m:
                groups = m.groupdict()
                package = groups.get("pkg") or groups.get("url") or _required(output)
                if "/" in package or package.endswith((".whl", ".tar.gz", ".zip")):
                    package = _from_url(package)
                found: dict[str, str | int] = {"step": step, "tool": tool, "package": _clean(package)}
                if "status" in groups:
                    found["status"] = groups["status"]
                return AppError(msg(rule.code, **found))
    params: dict[str, str | int] = {"step": step, "tool": tool, "exit_code": exit_code,
              "detail": last_error(output.splitlines()) or "no output"}
    return AppError(msg("step_failed", **params))


def _required(output: str) -> str:
    """What uv's resolution report says "you require", in order, once each."""
    found = dict.fromkeys(m.group(1).rstrip(",.") for m in re.finditer(r"(?<!that )you require (\S+)", output))
    return " and ".join(found) or "the requirements"


def _from_url(url: str) -> str:
    """"name==version" from a wheel or sdist URL, else the file name."""
    if not url:
        return ""
    name = unquote(urlsplit(url.split("#", 1)[0]).path.rstrip("/").rsplit("/", 1)[-1])  # a page: the project
    try:
        from packaging.utils import parse_wheel_filename

        dist, version, _build, _tags = parse_wheel_filename(name)
        return f"{dist}=={version}"
    except Exception:  # not a wheel name: the file name says enough
        return name


def _clean(package: str) -> str:
    text = redact_text(package.strip().strip("`'\".,:"))
    return text if len(text) < 120 else text[:117] + "…"


def last_error(lines: list[str]) -> str:
    """The tool's last line that is not a hint, without its "error:" prefix."""
    for text in reversed(lines):
        t = text.strip()
        if t and not t.startswith(("hint:", "help:")):
            t = redact_text(t.removeprefix("×").removeprefix("ERROR:").removeprefix("error:").strip())
            return t if len(t) < 200 else t[:197] + "…"
    return ""
