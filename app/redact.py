"""Redaction for logs and support bundles.

Two levels:
- `redact_text(text)`: credentials only (user:password@ in URLs, token=... values, bearer
  tokens, well-known token formats). Cheap and context-free; proc.py uses it on every argv.
- `Redactor`: everything a support bundle must not carry: also user names in paths
  (Windows and POSIX, any script), this machine's host name and secrets in NAME=value lines.
  It counts what it replaced, so the bundle can list what was redacted (kinds and counts,
  never the values).
"""

from __future__ import annotations

import getpass
import os
import platform
import re
import socket
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# A replacement for one match: the new text, or None to keep the match as it is.
Replace = Callable[[re.Match[str]], str | None]

USER = "<user>"
HOST = "<host>"
SECRET = "***"

# Every pattern here runs in linear time on any text (tests/bench/bench_redact.py): a match may
# start at each position of a long word, so no pattern may scan to the end of the word from each
# of them. Schemes are short (at most 32 characters), names are matched possessively and checked
# for a secret word afterwards, and runs are entered only at their first character.

# Up to the LAST "@" before the host, as URL parsers split it: a password typed with a raw
# "@" in it (p@ss) must go whole, not leave "ss@" behind.
_URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]{0,31}://)(?P<cred>[^/?#\s]+)@")
_TOKEN_PARAM = re.compile(r"(?i)\b(token|access_token|api[_-]?key|password|passwd|secret)=([^&\s]+)")
# pip also accepts a scheme-less proxy: user:password@proxy.example:3128
_BARE_PROXY_CREDENTIALS = re.compile(
    r"(?<![\w/@:.%~-])(?P<cred>[\w.%~-]++:[^@\s/:]+)@(?P<host>[\w.-]+:\d{2,5})\b"
)
_AUTH_HEADER = re.compile(r"(?i)\b(authorization\s*[:=]\s*[\"']?(?:bearer|basic|token)\s+)([A-Za-z0-9._~+/=-]+)")
# Token formats that are secret wherever they appear (GitHub, Hugging Face, AWS key ids).
_KNOWN_TOKENS = re.compile(
    r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|hf_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16})\b"
)
# NAME=value or "NAME": "value" where the name says it is a secret. The whole name is matched
# first (possessively) and searched for the secret word after: one pattern with the word in the
# middle of two name runs backtracks quadratically over a long word.
_SECRET_WORD = re.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY", re.IGNORECASE)
_SECRET_ASSIGN = re.compile(r"\b(?P<name>[A-Za-z0-9_]++)(?P<sep>\s*=\s*)(?P<value>[^\s\"'&]+)")
_SECRET_JSON = re.compile(r"(?P<name>\"[A-Za-z0-9_]++\")(?P<sep>\s*:\s*)\"(?P<value>[^\"]+)\"")


def _if_secret(replace: Replace) -> Replace:
    """A replacement that leaves the match alone (None) unless its name holds a secret word."""
    return lambda m: replace(m) if _SECRET_WORD.search(m.group("name")) else None


_CREDENTIAL_RULES = (
    ("url_credentials", _URL_CREDENTIALS, lambda m: m.group("scheme") + SECRET + "@"),
    ("proxy_credentials", _BARE_PROXY_CREDENTIALS, lambda m: SECRET + "@" + m.group("host")),
    ("token", _AUTH_HEADER, lambda m: m.group(1) + SECRET),
    ("token", _KNOWN_TOKENS, lambda m: SECRET),
    ("token", _TOKEN_PARAM, lambda m: m.group(1) + "=" + SECRET),
    ("secret_variable", _SECRET_JSON, _if_secret(lambda m: m.group("name") + m.group("sep") + '"' + SECRET + '"')),
    ("secret_variable", _SECRET_ASSIGN, _if_secret(lambda m: m.group("name") + m.group("sep") + SECRET)),
)


def _sub(pattern: re.Pattern[str], replace: Replace, text: str) -> tuple[str, int]:
    """pattern.subn where `replace` may return None to keep a match as it is (not counted)."""
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        out = replace(m)
        if out is None:
            return m.group(0)
        count += 1
        return out

    return pattern.sub(one, text), count

# Folder names under Users/ or home/ that are not a person.
_NOT_PERSONAL = {"public", "default", "default user", "all users", "defaultuser0", "shared", USER}
_SEP = r"[\\/]+"
# A user folder after a home root: C:\Users\NAME, /home/NAME, /Users/NAME (also with doubled
# backslashes as in JSON). The first form allows spaces ("John Smith") because a separator
# follows; the second stops at whitespace because nothing marks the end of the name.
_HOME_ROOT = rf"(?P<root>(?:\b[A-Za-z]:{_SEP}|{_SEP}|(?<![\w.-]))(?:Users|home|Documents and Settings){_SEP})"
_NAME_WORD = r"[^\\/\s\"'<>|*?:]+"
_USER_DIR_FOLLOWED = re.compile(
    _HOME_ROOT + rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD})*)(?=[\\/])", re.IGNORECASE
)
_USER_DIR_END = re.compile(_HOME_ROOT + r"(?P<name>[^\\/\s\"'<>|*?:,;)\]}]+)", re.IGNORECASE)


def redact_text(text: str) -> str:
    """Remove credentials: user:password@ in URLs, token=..., bearer tokens, known token formats."""
    for _kind, pattern, repl in _CREDENTIAL_RULES:
        text = _sub(pattern, repl, text)[0]
    return text


@dataclass
class Redaction:
    """One kind of thing removed from a bundle, for its list of what was redacted."""

    kind: str  # user_name | host_name | url_credentials | proxy_credentials | token | secret_variable
    replacement: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "replacement": self.replacement, "count": self.count}


# Where a known name (user or host) is redacted in free text; paths are found by their shape
# (_USER_DIR_*) whatever the name. The rule depends on the name's length:
# - CJK names: anywhere (the script has no word breaks);
# - 1 character ("a", "x"): never in free text, too common to tell from words and variables;
# - 2-3 characters ("al", "bob"): only as a whole word, with no letter, digit or "_" beside it
#   ("bob" in "bob's" and "-bob-", not in "bobcat", "bob_2" or "ed25519");
# - 4 or more ("alice"): wherever no letter touches it, so also joined to digits, "_", "." and
#   "-" ("alice_2", "alice123", "2alice", "alice.bak"), and at a camel-case step
#   ("myAlice", "aliceDesktop"), but not inside a longer word ("malice", "Alicea");
# - glued to each other ("bobalice", "alicelabpc" for user alice, bob and host labpc): a letter
#   run made only of known names of 3 or more characters is redacted part by part.
WHOLE_WORD_FROM = 2
JOINED_FROM = 4
_LETTER = r"[^\W\d_]"
_START = rf"(?:(?<!{_LETTER})|(?<=[a-z])(?=[A-Z]))"  # no letter before, or a lower-to-upper step
_END = rf"(?:(?!{_LETTER})|(?<=[a-z])(?=[A-Z]))"


def _is_cjk(text: str) -> bool:
    return any(ord(c) > 0x2E80 for c in text)


def _name_pattern(name: str) -> re.Pattern[str]:
    """Where `name` is redacted in free text (the rules above)."""
    body = re.escape(name)
    if _is_cjk(name):
        return re.compile(body)
    if len(name) < JOINED_FROM:
        return re.compile(rf"(?<!\w)(?i:{body})(?!\w)")
    return re.compile(rf"{_START}(?i:{body}){_END}")


def _glued_pattern(names: list[str]) -> re.Pattern[str] | None:
    """A letter run made of two or more known names and nothing else. The names are tried
    longest first and atomically, so a run is read in one pass (linear time)."""
    parts = [re.escape(n) for n in names]
    if not parts:
        return None
    return re.compile(rf"(?<!{_LETTER})(?i:(?>{'|'.join(parts)})){{2,}}(?!{_LETTER})")


def current_user_names() -> list[str]:
    """The names this user goes by: login name and home folder name."""
    names: list[str] = []
    for getter in (
        getpass.getuser,
        lambda: os.environ.get("USERNAME", ""),
        lambda: os.environ.get("USER", ""),
        lambda: Path.home().name,
    ):
        try:
            value = (getter() or "").strip()
        except Exception:  # getuser raises when no name can be found at all
            value = ""
        if value:
            names.append(value)
    return names


def current_host_names() -> list[str]:
    names: list[str] = []
    for getter in (
        socket.gethostname,
        platform.node,
        lambda: os.environ.get("COMPUTERNAME", ""),
        lambda: os.environ.get("HOSTNAME", ""),
    ):
        try:
            value = (getter() or "").strip()
        except OSError:
            value = ""
        if value:
            names.append(value)
            names.append(value.split(".")[0])  # the short name appears in prompts and paths
    return names


def _usable(names: Iterable[str], skip: set[str], min_len: int) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        key = name.casefold()
        if key in skip or (len(name) < min_len and not _is_cjk(name)):
            continue
        seen.setdefault(key, name)
    # Longest first, so "bob.smith" is replaced before "bob".
    return sorted(seen.values(), key=len, reverse=True)


class Redactor:
    """Redacts credentials, user names and host names, counting what it replaced.

    `user_names` / `host_names` default to this machine's; tests pass their own.
    """

    def __init__(
        self,
        user_names: Iterable[str] | None = None,
        host_names: Iterable[str] | None = None,
    ) -> None:
        users = current_user_names() if user_names is None else list(user_names)
        hosts = current_host_names() if host_names is None else list(host_names)
        # "root" and "localhost" carry nothing personal, and redacting them mangles text.
        user_names = _usable(users, _NOT_PERSONAL | {"root", "administrator"}, WHOLE_WORD_FROM)
        host_names = _usable(hosts, {"localhost", "localhost.localdomain"}, 3)
        self._users = [_name_pattern(n) for n in user_names]
        self._hosts = [_name_pattern(n) for n in host_names]
        # A name that is both a user and a host name counts as a user name.
        self._kind_of = {n.casefold(): ("host_name", HOST) for n in host_names}
        self._kind_of.update({n.casefold(): ("user_name", USER) for n in user_names})
        glueable = [n for n in sorted(user_names + host_names, key=len, reverse=True)
                    if len(n) >= 3 and not _is_cjk(n) and re.fullmatch(r"\w+", n)]
        self._glued = _glued_pattern(glueable)
        self._one_name = re.compile("|".join(re.escape(n) for n in glueable), re.IGNORECASE)
        self._counts: Counter[tuple[str, str]] = Counter()

    def text(self, text: str) -> str:
        for kind, pattern, repl in _CREDENTIAL_RULES:
            text, n = _sub(pattern, repl, text)
            self._counts[(kind, SECRET)] += n
        text = self._user_dirs(text)
        if self._glued is not None:
            text = self._glued.sub(self._unglue, text)
        for pattern in self._users:
            text, n = pattern.subn(USER, text)
            self._counts[("user_name", USER)] += n
        for pattern in self._hosts:
            text, n = pattern.subn(HOST, text)
            self._counts[("host_name", HOST)] += n
        return text

    def _unglue(self, m: re.Match[str]) -> str:
        """Each known name in a run of glued names becomes its placeholder."""
        def one(part: re.Match[str]) -> str:
            kind, placeholder = self._kind_of.get(part.group(0).casefold(), ("user_name", USER))
            self._counts[(kind, placeholder)] += 1
            return placeholder

        return self._one_name.sub(one, m.group(0))

    def _user_dirs(self, text: str) -> str:
        def repl(m: re.Match[str]) -> str:
            name = m.group("name")
            if name.strip().casefold() in _NOT_PERSONAL:
                return m.group(0)
            self._counts[("user_name", USER)] += 1
            return m.group("root") + USER

        text = _USER_DIR_FOLLOWED.sub(repl, text)
        return _USER_DIR_END.sub(repl, text)

    def json(self, value: Any) -> Any:
        """Redact every string (keys too) in a JSON-like value."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self.json(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.json(v) for v in value]
        return value

    def report(self) -> list[Redaction]:
        """What was redacted so far: one entry per kind with a non-zero count."""
        totals: Counter[tuple[str, str]] = Counter()
        for (kind, replacement), n in self._counts.items():
            totals[(kind, replacement)] += n
        return [
            Redaction(kind, replacement, n)
            for (kind, replacement), n in sorted(totals.items())
            if n
        ]
