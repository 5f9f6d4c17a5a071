"""Redaction of credentials in URLs and argv, used by logging and the support bundle."""

from __future__ import annotations

import re

_URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<cred>[^/@\s:]+(?::[^/@\s]*)?)@")
_TOKEN_PARAM = re.compile(r"(?i)\b(token|access_token|api[_-]?key|password|passwd|secret)=([^&\s]+)")


def redact_text(text: str) -> str:
    """Remove user:password@ from URLs and token=... query values."""
    text = _URL_CREDENTIALS.sub(lambda m: m.group("scheme") + "***@", text)
    return _TOKEN_PARAM.sub(lambda m: m.group(1) + "=***", text)
