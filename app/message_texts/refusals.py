"""A cancel, and the command line's refusals of what it was given: options, ids, versions,
files and folders (app/commands, app/probe, app/catalog/store.py, app/smoke, app/selftest.py).
The CLI prints them in English; the GUI and the support bundle word the same codes."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # Every cancel (app/errors.py Cancelled): downloads, installs, the doctor, bundles, programs
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled as you asked; nothing was changed."),
    # Options that do not go together, or a value that is not what the option takes
    "options_exclusive": QT_TRANSLATE_NOOP("Messages", "Give either {first} or {second}, not both."),
    "python_version_bad": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a Python version; give it like 3.11."),
    "version_bad": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a version; give {option} like 2.8 or 2.8.10."),
    "pci_id_bad": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a PCI device id; give it like 0x56A0, 56a0 or 8086:56a0."),
    "pci_revision_bad": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a PCI revision; give it in hex like 0x08."),
    "action_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown action '{action}'."),
    "selftest_unknown_check": QT_TRANSLATE_NOOP(
        "Messages", "Unknown self-test check {names}; the checks are {checks}."),
    "warm_cache_alone": QT_TRANSLATE_NOOP(
        "Messages",
        "{option} runs to the end in its own cache folder, so it cannot be combined with {first} or "
        "{second}."),
    "install_would_change": QT_TRANSLATE_NOOP(
        "Messages",
        "The environment already exists and would change; run with --yes to proceed or --dry-run to see "
        "the changes."),
    "install_nothing_fits": QT_TRANSLATE_NOOP(
        "Messages", "No build fits this machine; '{command}' shows why."),
    "install_nothing_fits_because": QT_TRANSLATE_NOOP(
        "Messages", "No build fits this machine: {reason} '{command}' shows the details."),
    "plan_file_not_plan": QT_TRANSLATE_NOOP("Messages", "The plan file {file} is not a plan from '{command}'."),
    "path_missing": QT_TRANSLATE_NOOP("Messages", "{path} does not exist."),
    # The probe's inputs from another machine (app/probe/probe.py, windows.py, devices.py)
    "snapshot_is_folder": QT_TRANSLATE_NOOP("Messages", "The Windows adapter list {file} is a folder, not a file."),
    "snapshot_missing": QT_TRANSLATE_NOOP("Messages", "The Windows adapter list {file} does not exist."),
    "snapshot_not_text": QT_TRANSLATE_NOOP(
        "Messages",
        "The Windows adapter list {file} is neither UTF-8 nor UTF-16 text; create it with: {command}"),
    "snapshot_empty": QT_TRANSLATE_NOOP(
        "Messages", "The Windows adapter list {file} is empty; create it with: {command}"),
    "snapshot_not_json": QT_TRANSLATE_NOOP(
        "Messages",
        "The Windows adapter list {file} is not valid JSON (line {line}, column {column}); create it with: "
        "{command}"),
    "snapshot_no_adapters": QT_TRANSLATE_NOOP(
        "Messages",
        "The Windows adapter list {file} does not hold Win32_VideoController records; create it with: {command}"),
    "sysfs_missing": QT_TRANSLATE_NOOP(
        "Messages", "The sysfs root {folder} does not exist or is not a folder."),
    "sysfs_not_sys": QT_TRANSLATE_NOOP(
        "Messages", "The sysfs root {folder} does not look like /sys (no bus/pci/devices)."),
    "device_db_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The GPU device database {file} is missing or damaged ({reason}); reinstall the installer, or run "
        "{command} in a checkout."),
    # Catalogs named or downloaded (app/catalog/store.py, app/commands/catalog.py)
    "catalog_no_build": QT_TRANSLATE_NOOP(
        "Messages", "There is no build '{build}' in the catalog; '{command}' shows the ids."),
    "catalog_needs_url": QT_TRANSLATE_NOOP("Messages", "Give the catalog URL (https://...) or --reset."),
    "catalog_url_not_https": QT_TRANSLATE_NOOP(
        "Messages", "The catalog URL must start with https:// (got '{url}')."),
    "catalog_redirect_not_https": QT_TRANSLATE_NOOP(
        "Messages", "{url} redirected to {target}, which is not HTTPS; it was not read."),
    "catalog_download_failed": QT_TRANSLATE_NOOP("Messages", "Could not download {url} ({reason})."),
    "catalog_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{url} is larger than {megabytes} MB, so it is not a catalog."),
    "catalog_file_missing": QT_TRANSLATE_NOOP("Messages", "The catalog file {file} does not exist."),
    "catalog_file_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read the catalog file {file} ({reason})."),
    # Files for a maintainer's review: a catalog draft, measurements (app/catalog/review_file.py)
    "review_over_catalog": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a catalog this app maintains or reads; write to another file and review it there."),
    "review_write_failed": QT_TRANSLATE_NOOP("Messages", "Could not write {path} ({reason})."),
    "catalog_refreshed_ignored": QT_TRANSLATE_NOOP(
        "Messages", "The refreshed catalog was ignored, the built-in one is used: {reason}"),
}
