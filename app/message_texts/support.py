"""Support files: bundles and probe files opened from another machine, bundles written
(app/report/bundle.py)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "bundle_missing": QT_TRANSLATE_NOOP("Messages", "{file} does not exist or is not a file."),
    "bundle_no_probe": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a zip but not a support bundle (it has no {member})."),
    "bundle_neither": QT_TRANSLATE_NOOP("Messages", "{file} is neither a support bundle nor a probe JSON file."),
    "bundle_not_probe": QT_TRANSLATE_NOOP("Messages", "{file} does not contain a probe (no 'os' and 'gpus')."),
    "bundle_is_probe": QT_TRANSLATE_NOOP("Messages", "{file} is a probe file, not a support bundle."),
    "bundle_name_zip": QT_TRANSLATE_NOOP("Messages", "The bundle name must end in .zip (got {name})."),
    "bundle_folder_missing": QT_TRANSLATE_NOOP("Messages", "The folder {folder} does not exist."),
}
