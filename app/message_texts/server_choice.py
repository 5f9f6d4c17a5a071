"""The Environment page's automatic server choice (app/fetch/fastest.py explain)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "server_timing": QT_TRANSLATE_NOOP("Messages", "Checking which download servers answer fastest..."),
    "server_fastest_us": QT_TRANSLATE_NOOP(
        "Messages", "International servers answered fastest ({fast} s vs {slow} s)."),
    "server_fastest_cn": QT_TRANSLATE_NOOP("Messages", "China servers answered fastest ({fast} s vs {slow} s)."),
    "server_only_us": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the international servers answered ({fast} s); the China servers did not within {timeout} s."),
    "server_only_cn": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the China servers answered ({fast} s); the international servers did not within {timeout} s."),
    "server_none": QT_TRANSLATE_NOOP(
        "Messages", "No download server answered within {timeout} s (offline?), so Automatic keeps the {servers}, "
        "the default here."),
    "server_none_proxy": QT_TRANSLATE_NOOP(
        "Messages", "No download server answered through the proxy {proxy} within {timeout} s, so Automatic keeps "
        "the {servers}, the default here."),
    "server_name_us": QT_TRANSLATE_NOOP("Messages", "international servers"),
    "server_name_cn": QT_TRANSLATE_NOOP("Messages", "China servers"),
}
