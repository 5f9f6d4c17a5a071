"""The Environment page's summary before Install (app/env_summary.py)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "summary_packages": QT_TRANSLATE_NOOP("Messages", "Will install: {packages}."),
    "summary_download": QT_TRANSLATE_NOOP("Messages", "Download size: {size}."),
    "summary_download_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Download size: not known yet (the package index gives it when the install starts)."),
    "summary_disk_target": QT_TRANSLATE_NOOP(
        "Messages", "Disk needed for the environment: about {needed}, {free} free on the drive of {folder}."),
    "summary_disk_cache": QT_TRANSLATE_NOOP(
        "Messages", "Disk needed for the download cache: about {needed}, {free} free on the drive of {folder}."),
    "summary_disk_same": QT_TRANSLATE_NOOP(
        "Messages", "Disk needed for the environment and the download cache (same drive): about {needed}, "
        "{free} free on the drive of {folder}."),
    "summary_cache_short": QT_TRANSLATE_NOOP(
        "Messages", "The download cache needs about {needed} but only {free} is free on the drive of {folder}; "
        "free some space there before installing."),
    "summary_server_us": QT_TRANSLATE_NOOP("Messages", "Download server: international."),
    "summary_server_cn": QT_TRANSLATE_NOOP("Messages", "Download server: China."),
}
