"""The English template of every message code, one module per area (see app/messages.py).

Each module holds TEMPLATES: code -> QT_TRANSLATE_NOOP("Messages", "English with {name}s").
A code is defined once across all modules (checked here, at import).
"""

from __future__ import annotations

from app.message_texts import (
    catalog_verify,
    discover,
    doctor,
    env_summary,
    errors,
    forecast,
    guard,
    plan,
    plan_newer,
    probe,
    remote_zip,
    smoke,
    smoke_timing,
    support,
)

TEMPLATES: dict[str, str] = {}
_MODULES = (
    catalog_verify,
    discover,
    doctor,
    env_summary,
    errors,
    forecast,
    guard,
    plan,
    plan_newer,
    probe,
    remote_zip,
    smoke,
    smoke_timing,
    support,
)
for _module in _MODULES:
    for _code, _text in _module.TEMPLATES.items():
        if _code in TEMPLATES:
            raise ValueError(f"message code {_code} is defined twice")
        TEMPLATES[_code] = _text
