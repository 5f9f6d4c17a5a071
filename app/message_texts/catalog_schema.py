"""Why a catalog file was refused (app/catalog/schema.py): where, and the field's problem."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # Where: the file's top level, a build (its id), an item of a top-level list (jit_costs[2])
    "catalog_file_field": QT_TRANSLATE_NOOP("Messages", "Catalog file: field '{field}' {problem}."),
    "catalog_entry_field": QT_TRANSLATE_NOOP("Messages", "Catalog entry '{entry}': field '{field}' {problem}."),
    "catalog_item_field": QT_TRANSLATE_NOOP("Messages", "Catalog {entry}: field '{field}' {problem}."),
    # The field's problem: the end of those sentences
    "catalog_problem_object": QT_TRANSLATE_NOOP("Messages", "must be an object"),
    "catalog_problem_missing": QT_TRANSLATE_NOOP("Messages", "is missing"),
    "catalog_problem_unknown_field": QT_TRANSLATE_NOOP("Messages", "is not a known field (a typo?)"),
    "catalog_problem_empty_text": QT_TRANSLATE_NOOP("Messages", "must be a non-empty string"),
    "catalog_problem_not_one_of": QT_TRANSLATE_NOOP("Messages", "must be one of {choices} (got '{value}')"),
    "catalog_problem_invalid": QT_TRANSLATE_NOOP("Messages", "has an invalid value '{value}'"),
    "catalog_problem_not_text_list": QT_TRANSLATE_NOOP("Messages", "must be a list of non-empty strings"),
    "catalog_problem_zh_alone": QT_TRANSLATE_NOOP(
        "Messages", "must be a non-empty string beside a non-empty {key}"),
    "catalog_problem_zh_list": QT_TRANSLATE_NOOP(
        "Messages", "must be a list of {count} non-empty strings, one per entry of {key}"),
    "catalog_problem_not_https": QT_TRANSLATE_NOOP("Messages", "must be an https:// URL (got '{value}')"),
    "catalog_problem_format": QT_TRANSLATE_NOOP(
        "Messages", "must be {format} (or {legacy}); this catalog was written for another version of the app"),
    "catalog_problem_empty_list": QT_TRANSLATE_NOOP("Messages", "must be a non-empty list"),
    "catalog_problem_not_list": QT_TRANSLATE_NOOP("Messages", "must be a list"),
    "catalog_problem_regions": QT_TRANSLATE_NOOP("Messages", "must list 'us' and/or 'cn'"),
    "catalog_problem_aot_names": QT_TRANSLATE_NOOP("Messages", "must be a non-empty list of known AOT names"),
    "catalog_problem_series_twice": QT_TRANSLATE_NOOP("Messages", "gives {series} for {os} twice"),
    "catalog_problem_pythons": QT_TRANSLATE_NOOP(
        "Messages", "must be null (unknown) or a list of versions like \"3.11\""),
    "catalog_problem_bool_or_null": QT_TRANSLATE_NOOP("Messages", "must be true, false or null (unknown)"),
    "catalog_problem_bool": QT_TRANSLATE_NOOP("Messages", "must be true or false"),
    "catalog_problem_unknown_aot": QT_TRANSLATE_NOOP("Messages", "has an unknown AOT name '{name}'"),
    "catalog_problem_text_or_null": QT_TRANSLATE_NOOP("Messages", "must be a string or null"),
    "catalog_problem_rule_empty": QT_TRANSLATE_NOOP("Messages", "must name a segment, ip_prefixes or products"),
    "catalog_problem_no_source": QT_TRANSLATE_NOOP("Messages", "must name at least one source"),
    "catalog_problem_must_be_unknown": QT_TRANSLATE_NOOP("Messages", "must be 'unknown' when {of} has no value"),
    "catalog_problem_cannot_be_unknown": QT_TRANSLATE_NOOP(
        "Messages", "cannot be 'unknown' when {of} has a value (give how it is known)"),
    "catalog_problem_required": QT_TRANSLATE_NOOP("Messages", "is required"),
    "catalog_problem_not_version": QT_TRANSLATE_NOOP(
        "Messages", "is not a PEP 440 version or series (got '{value}')"),
    "catalog_problem_ipex_required": QT_TRANSLATE_NOOP("Messages", "is required for an IPEX build"),
    "catalog_problem_ipex_not_null": QT_TRANSLATE_NOOP("Messages", "must be null for an upstream PyTorch build"),
    "catalog_problem_aot_devices": QT_TRANSLATE_NOOP(
        "Messages", "must be null (not published) or a non-empty list of AOT names"),
    "catalog_problem_requirement": QT_TRANSLATE_NOOP("Messages", "has an invalid requirement '{value}'"),
    "catalog_problem_file_name": QT_TRANSLATE_NOOP("Messages", "is not a plain file name ('{value}': {problem})"),
    "catalog_problem_not_wheel": QT_TRANSLATE_NOOP("Messages", "is not a wheel file name ('{value}')"),
    "catalog_problem_wrong_os": QT_TRANSLATE_NOOP("Messages", "does not install on {os} ('{value}')"),
    "catalog_problem_sha256": QT_TRANSLATE_NOOP("Messages", "must be 64 lower-case hex digits or null (unknown)"),
    "catalog_problem_size": QT_TRANSLATE_NOOP("Messages", "must be a positive number of bytes or null (unknown)"),
    "catalog_problem_hash_source": QT_TRANSLATE_NOOP("Messages", "makes no sense without a sha256"),
    "catalog_problem_step_empty": QT_TRANSLATE_NOOP("Messages", "needs requirements or files"),
    "catalog_problem_no_wheel": QT_TRANSLATE_NOOP(
        "Messages", "has no {project} wheel for Python {python}, which 'pythons' lists"),
    "catalog_problem_used_twice": QT_TRANSLATE_NOOP("Messages", "is used twice"),
}
