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
    # Support mode (app/report/support_view.py): the window's title names the other computer.
    "support_title_bundle": QT_TRANSLATE_NOOP("Messages", "Support bundle from {computer} — read-only"),
    "support_title_probe": QT_TRANSLATE_NOOP("Messages", "Probe file from {computer} — read-only"),
    "support_title_snapshot": QT_TRANSLATE_NOOP("Messages", "GPU list (gpus.json) from {computer} — read-only"),
    "support_computer_named": QT_TRANSLATE_NOOP("Messages", "{host} ({os})"),
    "support_computer_host": QT_TRANSLATE_NOOP("Messages", "{host}"),
    "support_computer_os": QT_TRANSLATE_NOOP("Messages", "a computer running {os}"),
    "support_computer_unknown": QT_TRANSLATE_NOOP("Messages", "another computer"),
    "support_missing_system": QT_TRANSLATE_NOOP(
        "Messages", "The bundle does not say which version of the operating system that computer runs."),
    "support_missing_plan": QT_TRANSLATE_NOOP(
        "Messages", "The bundle has no plan; the Build page shows what this version would choose."),
    "support_missing_install": QT_TRANSLATE_NOOP("Messages", "The bundle has no record of an install."),
    "support_missing_smoke": QT_TRANSLATE_NOOP(
        "Messages", "The bundle has no GPU test result: the test did not run, or its record was not kept."),
    "support_missing_doctor": QT_TRANSLATE_NOOP(
        "Messages", "The bundle has no doctor report: it was saved without an environment to check."),
    "support_install_uncoded": QT_TRANSLATE_NOOP(
        "Messages", "The install failed with an error this version has no translation for; the English original "
        "is under Details."),
}
