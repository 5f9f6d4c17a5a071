"""`catalog verify` (app/measure/verify*.py, app/commands/catalog_verify.py): refusals and the report."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "verify_bad_python": QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a Python version like 3.11."),
    "verify_python_not_listed": QT_TRANSLATE_NOOP(
        "Messages",
        "Build {build_id} lists Pythons {pythons}, not {python}; choose one of those."),
    "verify_no_project": QT_TRANSLATE_NOOP(
        "Messages",
        "Build {build_id} pins no wheel of {projects}; it pins {pinned}."),
    "verify_bad_platform": QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a wheel platform tag like win_amd64 or manylinux_2_28_x86_64."),
    "verify_not_measurements": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} exists and is not a measurements file written by 'catalog verify'; choose another file."),
    "verify_header": QT_TRANSLATE_NOOP(
        "Messages",
        "Build {build_id} ({os}, Python {python}{platform}): measuring the AOT lists from its wheels."),
    "verify_no_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{requirement}: no {os} wheel for Python {python}{platform} on {indexes}."),
    "verify_wheel": QT_TRANSLATE_NOOP(
        "Messages",
        "Wheel {project} {version}: {filename}"),
    "verify_wheel_hash_index": QT_TRANSLATE_NOOP(
        "Messages",
        "sha256 {sha256} (from the index page)"),
    "verify_wheel_hash_catalog": QT_TRANSLATE_NOOP(
        "Messages",
        "sha256 {sha256} (recorded in the catalog)"),
    "verify_wheel_no_hash": QT_TRANSLATE_NOOP(
        "Messages",
        "no sha256 known (neither the index nor the catalog gives one)"),
    "verify_ranged": QT_TRANSLATE_NOOP(
        "Messages",
        "read by HTTP Range: {fetched} of {size} ({percent}%) in {requests} requests, {seconds} s; "
        "the file as a whole was not hashed here, so the sha256 above is taken on trust"),
    "verify_whole_checked": QT_TRANSLATE_NOOP(
        "Messages",
        "the server ignored Range: downloaded whole ({fetched}, {requests} requests, {seconds} s); "
        "its sha256 matched the one above"),
    "verify_whole_unchecked": QT_TRANSLATE_NOOP(
        "Messages",
        "the server ignored Range: downloaded whole ({fetched}, {requests} requests, {seconds} s); "
        "sha256 {sha256} computed here, none known to check it against"),
    "verify_library": QT_TRANSLATE_NOOP(
        "Messages",
        "{member}: archive members {members}; GPU IP {ips}; SPIR-V {spirv}"),
    "verify_library_none": QT_TRANSLATE_NOOP(
        "Messages",
        "{member}: no SYCL device images"),
    "verify_library_skipped": QT_TRANSLATE_NOOP(
        "Messages",
        "{member}: no SYCL device images (no .tgtimg in its headers; stopped after {fetched})"),
    "verify_library_skipped_elf": QT_TRANSLATE_NOOP(
        "Messages",
        "{member}: no SYCL device images (its dynamic strings name no SYCL; stopped after {fetched})"),
    "verify_unsafe_names": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} member names were left out as unsafe (for example '{example}')"),
    "verify_no_images": QT_TRANSLATE_NOOP(
        "Messages",
        "Measured: no library of these wheels carries SYCL device images: JIT only, or a CPU build."),
    "verify_measured": QT_TRANSLATE_NOOP(
        "Messages",
        "Measured AOT members (every library with images): {members}; SPIR-V fallback {spirv}."),
    "verify_measured_differ": QT_TRANSLATE_NOOP(
        "Messages",
        "The libraries differ: {detail}."),
    "verify_measured_devices": QT_TRANSLATE_NOOP(
        "Messages",
        "As an AOT device list: {devices}"),
    "verify_catalog_agrees": QT_TRANSLATE_NOOP(
        "Messages",
        "Catalog: {devices} ({certainty}): agrees."),
    "verify_catalog_differs": QT_TRANSLATE_NOOP(
        "Messages",
        "Catalog: {devices} ({certainty}): DIFFERS; missing {missing}; not in the catalog {extra}."),
    "verify_catalog_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Catalog: AOT list not published ({certainty}); the measurement above fills it."),
    "verify_written": QT_TRANSLATE_NOOP(
        "Messages",
        "Recorded the measurement for {build_id} in {path} (certainty 'measured'), for review; the "
        "catalog itself was not changed."),
    "verify_yes": QT_TRANSLATE_NOOP(
        "Messages",
        "yes"),
    "verify_no": QT_TRANSLATE_NOOP(
        "Messages",
        "no"),
    "verify_none": QT_TRANSLATE_NOOP(
        "Messages",
        "none"),
}
