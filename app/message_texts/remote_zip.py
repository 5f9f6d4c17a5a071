"""Reading a zip on a server partially (app/fetch/remote_zip.py): damaged or hostile archives
and server failures."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "rzip_status": QT_TRANSLATE_NOOP(
        "Messages",
        "{host} answered {status} for {file}."),
    "rzip_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Reading {file} from {host} failed ({reason}; {attempts} attempts in a row without progress)."),
    "rzip_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} on {host} is empty, not a zip archive."),
    "rzip_too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} on {host} is {size}, more than the {limit} allowed for one file; it was not read."),
    "rzip_no_end": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} is not a complete zip archive: its end record is missing (a cut-short or "
        "damaged file); nothing was read from it."),
    "rzip_multi_disk": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} is a split (multi-disk) zip archive, which no wheel is; nothing was read "
        "from it."),
    "rzip_directory_outside": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} is damaged: its central directory does not lie where its end record says; "
        "nothing was read from it."),
    "rzip_directory_too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} declares a central directory of {size}, more than the {limit} any real wheel "
        "has; nothing was read from it."),
    "rzip_too_many_members": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} lists {count} files, more than the {limit} any real wheel has; nothing was "
        "read from it."),
    "rzip_bad_entry": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} is damaged: entry {index} of its central directory is not valid; nothing was "
        "read from it."),
    "rzip_duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} lists '{member}' twice, which no real wheel does; nothing was read from it."),
    "rzip_member_outside": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} is damaged: '{member}' does not lie inside the archive's data; nothing was "
        "read from it."),
    "rzip_local_header": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} is damaged: the local header of '{member}' does not match its directory "
        "entry."),
    "rzip_method": QT_TRANSLATE_NOOP(
        "Messages",
        "'{member}' in {file} uses compression method {method}, which this app cannot read."),
    "rzip_encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "'{member}' in {file} is encrypted; a wheel never is."),
    "rzip_ratio": QT_TRANSLATE_NOOP(
        "Messages",
        "'{member}' in {file} is compressed over {limit} times: a zip bomb, not a wheel; it was not "
        "unpacked."),
    "rzip_member_too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "'{member}' in {file} unpacks to {size}, more than the {limit} allowed; it was not unpacked."),
    "rzip_member_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "'{member}' in {file} does not unpack to the {size} bytes with the checksum its directory entry "
        "gives; the archive is damaged."),
    "rzip_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} on {host} changed while it was being read (its size or version differs between "
        "requests); run again."),
    "rzip_bad_range": QT_TRANSLATE_NOOP(
        "Messages",
        "{host} answered a range request for {file} with other bytes than asked for; the server is "
        "misconfigured."),
    "rzip_hash": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {host} does not match the index's SHA-256 (expected {expected}…, got {got}…); "
        "nothing was read from it."),
    "rzip_no_member": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} has no member '{member}'."),
}
