"""The core's error codes (AppError.code, see app/errors.py) as sentences in the user's language.

Each code maps to a translatable template and the names of the params that fill its %1, %2...
in order. An error without a code, or with a code this table does not know (a newer core),
is shown as its English sentence, so nothing is hidden. The context "Errors" is what lupdate
sees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import AppError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _templates() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        "download_stalled": (_t(
            "No data arrived from %1 for %2 s while downloading %3; check the connection or choose another "
            "download server, then retry (the download resumes)."), ("host", "seconds", "file")),
        "download_too_slow": (_t(
            "%1 sent %2 at only %3/s over the last %4 s, too slow to ever finish; choose another download "
            "server and retry (the download resumes)."), ("host", "file", "rate", "seconds")),
        "download_too_big": (_t(
            "%1 sent more than the %2 expected for %3; the download was stopped and the partial file deleted."),
            ("host", "limit", "file")),
        "download_redirect_loop": (_t(
            "%1 redirected the request for %2 more than %3 times (a redirect loop); the server is "
            "misconfigured, choose another download server."), ("host", "file", "limit")),
        "plain_http": (_t(
            "Downloads from %1 use plain http:// as you allowed: anyone on the network can read and change them."),
            ("host",)),
        # Files from other machines (app/untrusted.py): bundles, probe files, plans, catalogs, logs.
        "input_missing": (_t("%1 does not exist or is not a file."), ("file",)),
        "input_unreadable": (_t("Cannot read %1 (%2)."), ("file", "reason")),
        "input_too_large": (_t("%1 is larger than %2, too large to be a file this app reads."), ("file", "limit")),
        "input_not_text": (_t("%1 is neither UTF-8 nor UTF-16 text."), ("file",)),
        "input_not_json": (_t("%1 is not valid JSON (line %2)."), ("file", "line")),
        "input_bad_number": (_t("%1 holds a number that is not finite or longer than %2 characters."),
                             ("file", "limit")),
        "input_too_deep": (_t("%1 nests values more than %2 levels deep."), ("file", "limit")),
        "input_too_many_values": (_t("%1 holds more than %2 values."), ("file", "limit")),
        "input_too_many": (_t("In %1, field '%2' lists more than %3 entries."), ("file", "field", "limit")),
        "input_wrong_type": (_t("In %1, field '%2' must be %3."), ("file", "field", "kind")),
        "input_missing_field": (_t("In %1, field '%2' is missing."), ("file", "field")),
        "input_bad_value": (_t("In %1, field '%2' has an invalid value."), ("file", "field")),
        "input_bad_index": (_t("In %1, field '%2' is %3 but the file lists %4 entries."),
                            ("file", "field", "value", "count")),
        "input_bad_zip": (_t("%1 is a damaged zip archive or uses a compression this app cannot read."), ("file",)),
        "input_not_zip": (_t("%1 is named like a wheel or zip but is not a zip archive."), ("file",)),
        "input_zip_members": (_t("%1 holds more than %2 files, too many for a support bundle."), ("file", "limit")),
        "input_zip_bomb": (_t("%1 would expand to more than %2; it was not unpacked."), ("file", "limit")),
        "input_zip_ratio": (_t("%1 holds '%2', which is compressed over %3 times: a zip bomb, not a bundle."),
                            ("file", "member", "limit")),
        # One installer per environment (app/envs/runlock.py); what a killed run left (app/envs/journal.py).
        "venv_busy": (_t(
            "Another installer is changing %1 (process %2, %3, started %4); wait until it finishes or close it, "
            "then try again."), ("venv", "pid", "program", "started")),
        "leftover_restored": (_t(
            "An interrupted install had changed %1; it was restored from its safety copy."), ("venv",)),
        "leftover_removed": (_t(
            "An unfinished folder %1 left by an interrupted install of %2 was removed."), ("path", "venv")),
        "leftover_cleared": (_t(
            "An unfinished environment left at %1 by an interrupted install was removed."), ("venv",)),
        "leftover_completed": (_t(
            "An interrupted install had checked the new environment %1 but not quite put it in place; that was "
            "finished."), ("venv",)),
        "leftover_backup_kept": (_t(
            "A safety copy %1 of %2 from an interrupted install was kept as it is; check the environment and "
            "remove the copy or rename it back."), ("path", "venv")),
        "download_redirect_refused": (_t(
            "%1 redirected the request for %2 to %3, which is not an HTTPS address; the download was refused."),
            ("host", "file", "target")),
        # A disk that says no (app/fs_errors.py); "+removed": partial files were deleted.
        "disk_full": (_t(
            "The disk that holds %1 is full; free some space there or choose another folder, then retry."),
            ("folder",)),
        "disk_full+removed": (_t(
            "The disk that holds %1 is full; free some space there or choose another folder, then retry "
            "(the partial files were removed)."), ("folder",)),
        "path_too_long": (_t(
            "The path %1 is too long for this file system; choose a folder with a shorter path."), ("folder",)),
        "folder_unwritable": (_t(
            "The folder %1 cannot be written (no permission, or a read-only disk); choose another folder or fix "
            "its permissions."), ("folder",)),
        "folder_unwritable+removed": (_t(
            "The folder %1 cannot be written (no permission, or a read-only disk); choose another folder or fix "
            "its permissions (the partial files were removed)."), ("folder",)),
        "write_failed": (_t("Writing failed (%1); free some space or write somewhere else, then retry."),
                         ("reason_code",)),
        # A failed uv or pip step (app/install/step_errors.py).
        "step_hash_mismatch": (_t(
            "Step '%1' failed: %2 refused %3 because the downloaded file does not match the SHA-256 the index "
            "gives for it (a damaged download or an altered mirror); nothing was installed from it."),
            ("step", "tool", "package")),
        "step_file_missing": (_t(
            "Step '%1' failed: %2 could not download %3, the server answered %4 (the file is not there); the "
            "index or mirror is out of date, choose another download server."),
            ("step", "tool", "package", "status")),
        "step_conflict": (_t(
            "Step '%1' failed: %2 cannot install %3 together, their version requirements conflict."),
            ("step", "tool", "package")),
        "step_no_version": (_t(
            "Step '%1' failed: %2 found no %3 on the package index (check that the download server carries it, "
            "or choose another build)."), ("step", "tool", "package")),
        "step_network": (_t(
            "Step '%1' failed: %2 could not download %3, the connection failed; check the network or proxy and "
            "retry."), ("step", "tool", "package")),
        "step_failed": (_t("Step '%1' failed: %2 exited with code %3 (%4)."), ("step", "tool", "exit_code", "detail")),
        # Names and URLs from plans, catalogs, index pages and mirrors (app/untrusted_names.py).
        "unsafe_name": (_t("The field '%1' is not a plain file name ('%2': %3); nothing was read or written."),
                        ("field", "value", "problem_code")),
        "name_not_text": (_t("The field '%1' must be a file name but is not text."), ("field",)),
        "url_not_text": (_t("The field '%1' must be a URL but is not text."), ("field",)),
        "url_space": (_t("The field '%1' has a space or a control character in its URL ('%2')."), ("field", "url")),
        "url_invalid": (_t("The field '%1' is not a URL ('%2')."), ("field", "url")),
        "url_scheme": (_t("The field '%1' must be an https:// URL; the scheme '%2' is not allowed ('%3')."),
                       ("field", "scheme", "url")),
        "url_no_host": (_t("The field '%1' has no host name in its URL ('%2')."), ("field", "url")),
        "url_plain_http": (_t(
            "The field '%1' must be https://: it uses plain http:// to %2, which anyone on the network can read "
            "and change; allow plain HTTP explicitly only if you trust the network."), ("field", "host")),
        "plan_python": (_t("The plan field '%1' must be a Python version like 3.11 (got '%2')."), ("field", "value")),
        "plan_not_list": (_t("The plan field '%1' must be a list."), ("field",)),
        "plan_requirement": (_t("The plan field '%1' is not a requirement like name==version ('%2')."),
                             ("field", "value")),
    }


def _name_problems() -> dict[str, str]:
    """Why a name is not a plain file name (app/untrusted_names.py NAME_PROBLEMS), for "unsafe_name"."""
    return {
        "empty": _t("it is empty"),
        "folder": _t("it names a folder, not a file"),
        "separator": _t("it contains a path separator, so it would leave its folder"),
        "control": _t("it contains a control character"),
        "drive": _t("a ':' names a drive or a stream on Windows"),
        "windows_char": _t("it contains a character Windows does not allow in file names"),
        "trailing": _t("it ends with a dot or a space, which Windows drops"),
        "reserved": _t("it is a reserved device name on Windows"),
        "too_long": _t("it is too long for a file name"),
    }


def _kinds() -> dict[str, str]:
    """The kinds of JSON value a field must be (app/untrusted.py EXPECTED), for "input_wrong_type"."""
    return {
        "text": _t("text"),
        "text_or_null": _t("text or null"),
        "integer": _t("a whole number"),
        "integer_or_null": _t("a whole number or null"),
        "number": _t("a number"),
        "boolean": _t("true or false"),
        "boolean_or_null": _t("true, false or null"),
        "list": _t("a list"),
        "object": _t("an object"),
        "object_or_null": _t("an object or null"),
    }


def _warnings() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Warnings (app.events.Warning_) by code, the same way."""
    return {
        "log_unwritable": (_t("The install log cannot be written in %1 (%2); the install goes on without it."),
                           ("folder", "reason_text")),
        "pip_not_added": (_t(
            "pip could not be added to %1 (%2); the install is complete, add pip with: python -m ensurepip"),
            ("venv", "reason")),
        "pip_no_ensurepip": (_t(
            "pip could not be added to %1: its Python has no ensurepip module (embeddable Pythons, as portable "
            "apps ship them, and some Linux distributions' lack it); the install is complete. For pip, install "
            "into a new folder with the Python the installer downloads."), ("venv",)),
    }


def _reason(code: str) -> str:
    return {
        "disk_full": _t("the disk is full"),
        "path_too_long": _t("the path is too long"),
        "folder_unwritable": _t("no permission, or a read-only disk"),
    }.get(code, code)


def sentence(error: AppError) -> str:
    """The error's sentence in the current language."""
    table = _templates()
    code = error.code or ""
    found = table.get(code + "+removed") if error.params.get("removed") else None
    found = found or table.get(code)
    if found is None or any(name not in error.params for name in found[1]):
        return str(error)
    values = [_kinds().get(error.params[name], error.params[name]) if name == "kind"
              else _name_problems().get(error.params[name], error.params[name]) if name == "problem_code"
              else _reason(error.params[name]) if name == "reason_code" else error.params[name]
              for name in found[1]]
    text = fill(found[0], values)
    if error.params.get("rolled_back"):
        text = fill(_t("%1; the environment was left as it was before."), [text.rstrip().rstrip(".。")])
    return text


def by_code(code: str | None, params: dict, english: str) -> str:
    """A warning's (or any coded) sentence in the current language; `english` for an unknown code."""
    found = _templates().get(code or "")
    if found is None or any(name not in params for name in found[1]):
        return english
    return fill(found[0], [params[name] for name in found[1]])


def warning(code: str, params: dict, english: str) -> str:
    """A warning's sentence in the current language: its own table first, then any coded sentence."""
    found = _warnings().get(code)
    params = {**params, "reason_text": _reason(params.get("reason", ""))}
    if found is None or any(name not in params for name in found[1]):
        return by_code(code, params, english)
    return fill(found[0], [params[name] for name in found[1]])


def fill(template: str, values: list) -> str:
    """Qt's %1..%n filled in one pass (a value that itself contains "%2" stays as it is)."""
    import re

    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)
