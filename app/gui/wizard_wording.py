"""Which core sentences the wizard words its own way (templates in app/message_texts/wizard.py).

The core's English for these codes names a command line (`python -m app probe`, an option such as
`--cache-was-empty`, a JSON key) or Linux-only files: right for the CLI, JSON and support bundle,
which keep it, but not something a wizard user can act on. The GUI renders the wizard's code
instead, with the same params; per OS where the advice differs (no /dev/dri on Windows)."""

from __future__ import annotations

from app.messages import Message

# core code -> wizard code, or {OS name: wizard code} (an OS not listed uses "linux")
WORDING: dict[str, str | dict[str, str]] = {
    "smoke_no_torch": "wizard_smoke_no_torch",
    "smoke_torch_import_failed": "wizard_smoke_torch_import_failed",
    "smoke_cpu_torch": "wizard_smoke_cpu_torch",
    "smoke_xpu_unavailable": {"windows": "wizard_smoke_xpu_unavailable_windows",
                              "linux": "wizard_smoke_xpu_unavailable_linux"},
    "smoke_no_device": {"windows": "wizard_smoke_no_device_windows", "linux": "wizard_smoke_no_device_linux"},
    "smoke_cache_not_ruled_out": "wizard_smoke_cache_not_ruled_out",
    "smoke_no_trace": "wizard_smoke_no_trace",
    "advice_aot_build": "wizard_advice_aot_build",
    "advice_no_aot_build": "wizard_advice_no_aot_build",
    "nothing_fits": "wizard_nothing_fits",
    "hint_unknown_python": "wizard_hint_unknown_python",
    "hint_aot_name_python": "wizard_hint_aot_name_python",
    "hint_other_channel": "wizard_hint_other_channel",
}


def wizard_code(message: Message, os_name: str) -> str:
    """The code whose template the wizard shows for `message` on `os_name` (its own if none)."""
    choice = WORDING.get(message.code)
    if choice is None:
        return message.code
    if isinstance(choice, str):
        return choice
    return choice.get(os_name, choice["linux"])
