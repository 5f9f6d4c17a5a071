"""Support mode's wording of the core's sentences that address the user ("your GPU", "as you
allowed"): the support person reads them about another computer, so each such code has a
third-person template (app/message_texts/third_person.py) with the same params. Qt-free; the
GUI renders what about_them returns like any Message."""

from __future__ import annotations

from typing import Any

from app.messages import Message

# core code -> its third-person code (same placeholders; tests/core/test_third_person.py)
THIRD_PERSON = {code: f"support_{code}" for code in (
    "reason_aot", "reason_aot_target", "reason_aot_expected", "reason_aot_expected_target",
    "why_native", "why_platform",
    "hint_aot_name_python", "hint_other_python_aot", "hint_other_python_fits", "hint_other_channel",
    "doctor_render_no_access_fix", "doctor_oneapi_installed_fix", "doctor_cache_not_writable_fix",
    "linux_no_runtime", "linux_node_denied_note", "linux_node_denied_warning",
    "plain_http", "url_plain_http", "certificate_untrusted", "seed_cancelled",
)}


def about_them(sentence: Any) -> Any:
    """`sentence` worded about the other computer: a Message whose code (or a param's, such as
    a reason inside "Picked over ... because ...") addresses the user is re-coded to its
    third-person template; a list item by item; anything else (data, plain text) as it is."""
    if isinstance(sentence, (list, tuple)):
        return [about_them(s) for s in sentence]
    if not isinstance(sentence, Message):
        return sentence
    params = {name: about_them(value) for name, value in sentence.params.items()}
    return Message(THIRD_PERSON.get(sentence.code, sentence.code), params)
