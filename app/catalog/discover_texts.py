"""Every sentence `catalog discover` shows, by code, in one table (issue 15: the codes move to
the shared message mechanism when it lands; until then they live here, so they are easy to
move). `say(code, **params)` is the English text; refusals carry the code and params too."""

from __future__ import annotations

from typing import Any

from app.errors import AppError, BadInput

CODE_PREFIX = "discover_"

MESSAGES = {
    # refusals of a page or document from an index (exit 2)
    "page_too_big": "The index page {url} is larger than {limit}, too large to be an index page; nothing was "
                    "compared.",
    "too_many_files": "The index page {url} lists more than {limit} files, too many for one project; nothing "
                      "was compared.",
    "bad_json": "The index page {url} is not a valid {kind} document ({problem}); nothing was compared.",
    "bad_entry": "The index page {url} has a file entry that was refused: {reason}",
    "too_many_releases": "The release list {url} holds more than {limit} releases or assets in one release, "
                         "more than a release page has; nothing was compared.",
    "bad_since": "{file} is not a report of 'catalog discover --json' (it has no list of pinned_files with url "
                 "and sha256).",
    "write_over_catalog": "The draft must not replace the catalog it was made from ({path}); write it to "
                          "another file and review it there.",
    "write_failed": "Could not write the draft {path} ({reason}).",
    # failures to reach an index (exit 1)
    "http_status": "The index {url} answered {status}.",
    "unreachable": "Could not read the index {url} ({problem}, {tries} attempts).",
    # the report
    "header": "Catalog ({origin}, updated {updated}) against {pages} index pages and {releases} release lists "
              "({seconds} s):",
    "new_version": "  NEW {project} {version} on {index} for {os}: Pythons {pythons}; platforms {platforms}",
    "pythons_differ": "  PYTHONS {build_id}: the catalog says {declared} ({certainty}), the index has {found}",
    "unresolved_pin": "  UNRESOLVED {build_id}: {requirement} matches no {os} file on {indexes}",
    "missing_asset": "  UNRESOLVED {build_id}: {filename} is not among the assets of release {tag} of {repo}",
    "hash_changed": "  HASH CHANGED {build_id}: {filename} is {found} on {where}, the catalog records {recorded} "
                    "({source})",
    "size_changed": "  SIZE CHANGED {build_id}: {filename} is {found} bytes on {where}, the catalog records "
                    "{recorded}",
    "hash_unrecorded": "  The catalog records no hash for {count} files whose release assets give one; --write "
                       "records them in the draft.",
    "index_hashes": "  The catalog records no hashes for index wheels; the {count} files its pins resolve to are "
                    "listed with their sha256 in --json (pinned_files): keep that report and compare the next run "
                    "with --since REPORT.",
    "same": "No differences: every pin resolves, no new versions, the Python lists and the recorded hashes "
            "match.",
    "differences": "{count} differences.",
    "draft_written": "Wrote the draft catalog {path} ({added} builds added, {changed} builds changed; every new "
                     "field is marked 'from the index'); review it, then run 'catalog validate {path}'.",
}


def say(code: str, **params: Any) -> str:
    return MESSAGES[code].format(**params)


def refused(code: str, **params: Any) -> BadInput:
    values = {k: str(v) for k, v in params.items()}
    return BadInput(say(code, **values), code=CODE_PREFIX + code, params=values)


def failed(code: str, **params: Any) -> AppError:
    values = {k: str(v) for k, v in params.items()}
    return AppError(say(code, **values), code=CODE_PREFIX + code, params=values)
