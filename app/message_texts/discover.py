"""`catalog discover` (app/catalog/discover*.py, app/commands/catalog_discover.py): refusals of
index pages and release lists, failures to reach an index, and the report's lines."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # A page or document from an index refused (exit 2).
    "discover_page_too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "The index page {url} is larger than {limit}, too large to be an index page; nothing was compared."),
    "discover_too_many_files": QT_TRANSLATE_NOOP(
        "Messages",
        "The index page {url} lists more than {limit} files, too many for one project; nothing was compared."),
    "discover_bad_json": QT_TRANSLATE_NOOP(
        "Messages", "The index page {url} is not a valid {kind} document ({problem}); nothing was compared."),
    "discover_bad_entry": QT_TRANSLATE_NOOP(
        "Messages", "The index page {url} has a file entry that was refused: {reason}"),
    "discover_too_many_releases": QT_TRANSLATE_NOOP(
        "Messages",
        "The release list {url} holds more than {limit} releases or assets in one release, more than a release "
        "page has; nothing was compared."),
    "discover_bad_since": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is not a report of 'catalog discover --json' (it has no list of pinned_files with url and "
        "sha256)."),
    # An index could not be read (exit 1).
    "discover_http_status": QT_TRANSLATE_NOOP("Messages", "The index {url} answered {status}."),
    "discover_github_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "GitHub's API answered {status} for {url}: without a token it allows 60 requests an hour from one address; "
        "run discover again later."),
    "discover_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "Could not read the index {url} ({problem}, {tries} attempts)."),
    # The report, one line each.
    "discover_header": QT_TRANSLATE_NOOP(
        "Messages",
        "Catalog ({origin}, updated {updated}) against {pages} index pages and {releases} release lists "
        "({seconds} s):"),
    "discover_new_version": QT_TRANSLATE_NOOP(
        "Messages", "NEW {project} {version} on {index} for {os}: Pythons {pythons}; platforms {platforms}"),
    "discover_pythons_differ": QT_TRANSLATE_NOOP(
        "Messages", "PYTHONS {build_id}: the catalog says {declared} ({certainty}), the index has {found}"),
    "discover_pythons_unknown": QT_TRANSLATE_NOOP(
        "Messages", "PYTHONS {build_id}: the catalog does not know them, the index has {found}"),
    "discover_pythons_none": QT_TRANSLATE_NOOP(
        "Messages",
        "PYTHONS {build_id}: the catalog says {declared} ({certainty}), the index has no Python with every pinned "
        "wheel"),
    "discover_unresolved_pin": QT_TRANSLATE_NOOP(
        "Messages", "UNRESOLVED {build_id}: {requirement} matches no {os} file on {indexes}"),
    "discover_missing_asset": QT_TRANSLATE_NOOP(
        "Messages", "UNRESOLVED {build_id}: {filename} is not among the assets of release {tag} of {repo}"),
    "discover_new_release": QT_TRANSLATE_NOOP(
        "Messages", "NEW RELEASE {tag} of {repo}: {count} wheels ({projects})"),
    "discover_asset_hash_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "HASH CHANGED {build_id}: {filename} is {found} in release {tag} of {repo}, the catalog records {recorded} "
        "({source})"),
    "discover_asset_hash_changed_unsourced": QT_TRANSLATE_NOOP(
        "Messages",
        "HASH CHANGED {build_id}: {filename} is {found} in release {tag} of {repo}, the catalog records {recorded}"),
    "discover_asset_size_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "SIZE CHANGED {build_id}: {filename} is {found} bytes in release {tag} of {repo}, the catalog records "
        "{recorded}"),
    "discover_hash_changed_since": QT_TRANSLATE_NOOP(
        "Messages",
        "HASH CHANGED {build_id}: {filename} is {found} on {where}; the earlier report {report} had {recorded}"),
    "discover_hash_unrecorded": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalog records no hash for {count} files whose release assets give one; --write records them in "
        "the draft."),
    "discover_index_hashes": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalog records no hashes for index wheels; the {count} files its pins resolve to are listed with "
        "their sha256 in --json (pinned_files): keep that report and compare the next run with --since REPORT."),
    "discover_same": QT_TRANSLATE_NOOP(
        "Messages",
        "No differences: every pin resolves, no new versions, the Python lists and the recorded hashes match."),
    "discover_differences": QT_TRANSLATE_NOOP("Messages", "{count} differences."),
    "discover_draft_written": QT_TRANSLATE_NOOP(
        "Messages",
        "Wrote the draft catalog {path} ({added} builds added, {changed} builds changed; every new field is marked "
        "'from the index'); review it, then run 'catalog validate {path}'."),
}
