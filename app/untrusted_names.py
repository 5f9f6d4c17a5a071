"""The one gate for names and URLs that come from outside (plans, catalogs, index pages).

A file name from outside is joined to one of our folders (the download cache, a wheelhouse),
so it must be one plain name there on Linux and on Windows alike: no separators, no drive,
no `..`, no NUL or control characters, no reserved Windows device name, nothing Windows
drops or refuses. Checked before any I/O; a refusal is one sentence naming the field.

URLs: https://, or plain http:// to this machine only (loopback: the traffic never leaves
the computer, so nobody on the network can read or change it; tests and a maintainer's local
mirror use it). Plain http:// to any other host passes only when the user allowed it
explicitly (--allow-http, or the wizard's setting), and the caller then warns. file:// and
every other scheme are refused: a plan must not make us read local files or run a VCS.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from app.errors import BadInput
from app.redact import redact_text

MAX_NAME_BYTES = 240  # a file system allows 255; ".part.json" is added beside a download
# Windows: names that open a device whatever the extension (CON.txt is CON), compared
# case-insensitively after trailing spaces; digits include the superscripts Windows accepts.
_RESERVED = re.compile(r"^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])$", re.IGNORECASE)
_WINDOWS_FORBIDDEN = set('<>"|?*')
_SEPARATORS = {"/", "\\"}


# code -> English sentence; app/gui/error_texts.py words the same codes in the user's language.
MESSAGES = {
    "unsafe_name": "{where} '{field}' is not a plain file name ('{value}': {problem}); nothing was read or written.",
    "name_not_text": "{where} '{field}' must be a file name but is not text.",
    "url_not_text": "{where} '{field}' must be a URL but is not text.",
    "url_space": "{where} '{field}' has a space or a control character in its URL ('{url}').",
    "url_invalid": "{where} '{field}' is not a URL ('{url}').",
    "url_scheme": "{where} '{field}' must be an https:// URL; the scheme '{scheme}' is not allowed ('{url}').",
    "url_no_host": "{where} '{field}' has no host name in its URL ('{url}').",
    "url_plain_http": "{where} '{field}' must be https://: it uses plain http:// to {host}, which anyone on the "
                      "network can read and change{hint}.",
    "plan_python": "{where} '{field}' must be a Python version like 3.11 (got '{value}').",
    "plan_not_list": "{where} '{field}' must be a list.",
    "plan_requirement": "{where} '{field}' is not a requirement like name==version ('{value}').",
}
# Why a name is not a plain file name: code -> English (the GUI has the same codes).
NAME_PROBLEMS = {
    "empty": "it is empty",
    "folder": "it names a folder, not a file",
    "separator": "it contains a path separator, so it would leave its folder",
    "control": "it contains a control character",
    "drive": "a ':' names a drive or a stream on Windows",
    "windows_char": "it contains a character Windows does not allow in file names",
    "trailing": "it ends with a dot or a space, which Windows drops",
    "reserved": "it is a reserved device name on Windows",
    "too_long": f"it is too long, more than {MAX_NAME_BYTES} bytes",
}


def refused(code: str, field: str, source: str = "", **params: object) -> BadInput:
    """The BadInput for `code`, with its English sentence and, for the GUI, its code and params
    (field, and the values in the sentence)."""
    values = {"field": field, **{k: str(v) for k, v in params.items()}}
    if "problem_code" in values:
        values["problem"] = NAME_PROBLEMS[values["problem_code"]]
    where = f"The {source} field" if source else "The field"
    return BadInput(MESSAGES[code].format(where=where, hint="", **values), code=code, params=values)


def printable(value: str, limit: int = 80) -> str:
    """The value as it may appear in a sentence: control characters escaped, long ones cut."""
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in value[:limit])
    return text + ("…" if len(value) > limit else "")


def name_problem_code(value: str) -> str | None:
    """The NAME_PROBLEMS code of why `value` is not one plain file name safe to join to a
    folder, or None."""
    if not value:
        return "empty"
    if value in (".", ".."):
        return "folder"
    if any(c in _SEPARATORS for c in value):
        return "separator"
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return "control"
    if ":" in value:
        return "drive"
    if any(c in _WINDOWS_FORBIDDEN for c in value):
        return "windows_char"
    if value[-1] in ". ":
        return "trailing"
    if _RESERVED.match(value.split(".", 1)[0].rstrip(" ")):
        return "reserved"
    if len(value.encode("utf-8")) > MAX_NAME_BYTES:
        return "too_long"
    return None


def check_file_name(value: object, field: str, source: str = "") -> str:
    """`value` when it is one plain file name, safe to join to a folder; BadInput otherwise.
    `field` names where it came from (e.g. choice.steps[0].files[1].filename), `source` the
    document (plan, catalog, index page)."""
    if not isinstance(value, str):
        raise refused("name_not_text", field, source)
    code = name_problem_code(value)
    if code is None:
        return value
    raise refused("unsafe_name", field, source, value=printable(value), problem_code=code)


def is_loopback(host: str | None) -> bool:
    """True for this machine itself: localhost, 127.0.0.0/8, ::1."""
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def plain_http_remote(url: str) -> bool:
    """Whether `url` is plain http:// to another machine (allowed only on the user's word)."""
    parts = urlsplit(url)
    return parts.scheme.lower() == "http" and not is_loopback(parts.hostname)


def check_url(value: object, field: str, allow_http: bool = False, source: str = "",
              opt_in: str = "--allow-http") -> str:
    """`value` when it is a URL we may fetch (see the module's rules); BadInput otherwise.
    `opt_in` names how the user may allow plain HTTP here ("" where it cannot be allowed)."""
    if not isinstance(value, str):
        raise refused("url_not_text", field, source)
    shown = printable(redact_text(value), 120)
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value):
        raise refused("url_space", field, source, url=shown)
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        raise refused("url_invalid", field, source, url=shown) from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise refused("url_scheme", field, source, url=shown, scheme=printable(scheme) or "none")
    if not host:
        raise refused("url_no_host", field, source, url=shown)
    if scheme == "http" and not is_loopback(host) and not allow_http:
        error = refused("url_plain_http", field, source, host=host)
        if not opt_in:
            raise error
        # The English sentence says how to allow it; the GUI has its own box for that.
        hint = f", or allow plain HTTP explicitly ({opt_in})"
        where = f"The {source} field" if source else "The field"
        raise error.again(MESSAGES["url_plain_http"].format(where=where, hint=hint, **error.params))
    return value
