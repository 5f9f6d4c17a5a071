"""The English template of every message code, one module per area (see app/messages.py).

Each module holds TEMPLATES: code -> QT_TRANSLATE_NOOP("Messages", "English with {name}s").
A code is defined once across all modules (checked here, at import).
"""

from __future__ import annotations

from types import ModuleType

from app.message_texts import (
    catalog_schema,
    catalog_verify,
    cli,
    cli_output,
    discover,
    doctor,
    env_summary,
    errors,
    forecast,
    guard,
    install_page,
    lists,
    plan,
    plan_newer,
    probe,
    refusals,
    remote_zip,
    server_choice,
    smoke,
    smoke_timing,
    support,
    third_person,
    wizard,
)

TEMPLATES: dict[str, str] = {}
# The import above is the one list of modules: each imported submodule with a TEMPLATES table.
for _module in [m for m in list(globals().values()) if isinstance(m, ModuleType) and hasattr(m, "TEMPLATES")]:
    for _code, _text in _module.TEMPLATES.items():
        if _code in TEMPLATES:
            raise ValueError(f"message code {_code} is defined twice")
        TEMPLATES[_code] = _text
