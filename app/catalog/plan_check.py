"""What a plan may make the installer do, checked before any I/O.

A plan can come from another machine (`install --plan FILE`, a support bundle), so every
field that becomes a path, a URL or an argument of uv/pip passes the gates in app.untrusted_names:
file names stay plain names, URLs are https:// (plain http:// to another host only when the
user allowed it), requirements are PEP 508 requirements (never an option such as `-r FILE`),
and the Python version is a version.
"""

from __future__ import annotations

import re

from app.catalog.plan_model import Plan
from app.untrusted_names import check_file_name, check_url, plain_http_remote, printable, refused

_PYTHON = re.compile(r"^3\.\d{1,2}$")
# name==version and the like, the requirements plans are made of: checked without loading
# packaging's full PEP 508 parser (a quarter of the install's start-up); anything else is parsed.
_PLAIN_REQUIREMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\s*(===?|[<>!~]=|[<>])\s*[A-Za-z0-9.*+!_-]+$")
SOURCE = "plan"


def check_plan(plan: Plan, allow_http: bool = False) -> list[str]:
    """Raise BadInput naming the first unsafe field of the plan's choice; return the plain
    http:// URLs to other hosts it uses (only possible with allow_http), for a warning."""
    choice = plan.choice
    if choice is None:
        return []
    if not isinstance(choice.python, str) or not _PYTHON.match(choice.python):
        raise refused("plan_python", "choice.python", SOURCE, value=printable(str(choice.python), 40))
    _list(choice.steps, "choice.steps")
    urls: list[str] = []

    def url(value: object, field: str) -> None:
        urls.append(check_url(value, f"choice.{field}", allow_http, SOURCE))

    for i, step in enumerate(choice.steps):
        f = f"steps[{i}]"
        if step.index_url is not None:
            url(step.index_url, f + ".index_url")
        _list(step.extra_index_urls, f"choice.{f}.extra_index_urls")
        for j, extra in enumerate(step.extra_index_urls):
            url(extra, f"{f}.extra_index_urls[{j}]")
        _list(step.requirements, f"choice.{f}.requirements")
        for j, req in enumerate(step.requirements):
            direct = _direct_url(req, f"choice.{f}.requirements[{j}]")
            if direct:
                url(direct, f"{f}.requirements[{j}]")
        _list(step.files, f"choice.{f}.files")
        for j, ref in enumerate(step.files):
            url(ref.url, f"{f}.files[{j}].url")
            check_file_name(ref.filename, f"choice.{f}.files[{j}].filename", SOURCE)
    return [u for u in dict.fromkeys(urls) if plain_http_remote(u)]


def _list(value: object, field: str) -> None:
    if not isinstance(value, list):
        raise refused("plan_not_list", field, SOURCE)


def _direct_url(value: object, field: str) -> str | None:
    """The URL of a PEP 508 requirement (None for most); anything that is not a requirement (an
    option like --index-url=..., -r FILE) is refused, since it would reach uv/pip as an argument."""
    if isinstance(value, str) and _PLAIN_REQUIREMENT.match(value):
        return None
    if isinstance(value, str) and not value.lstrip().startswith("-"):
        from packaging.requirements import InvalidRequirement, Requirement

        try:
            return Requirement(value).url
        except InvalidRequirement:
            pass
    raise refused("plan_requirement", field, SOURCE, value=printable(str(value)))
