"""Errors and warnings of downloads, files from outside, disks, environments and install steps."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # Downloads (app/fetch/guard.py)
    "download_stalled": QT_TRANSLATE_NOOP(
        "Messages",
        "No data arrived from {host} for {seconds} s while downloading {file}; check the connection or "
        "choose another download server, then retry (the download resumes)."),
    "download_too_slow": QT_TRANSLATE_NOOP(
        "Messages",
        "{host} sent {file} at only {rate}/s over the last {seconds} s, too slow to ever finish; choose "
        "another download server and retry (the download resumes)."),
    "download_too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "{host} sent more than the {limit} expected for {file}; the download was stopped and the partial "
        "file deleted."),
    "download_redirect_loop": QT_TRANSLATE_NOOP(
        "Messages",
        "{host} redirected the request for {file} more than {limit} times (a redirect loop); the server "
        "is misconfigured, choose another download server."),
    "download_redirect_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "{host} redirected the request for {file} to {target}, which is not an HTTPS address; the "
        "download was refused."),
    "download_http_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The server answered {status} for {url}; choose another download server or retry later."),
    "plain_http": QT_TRANSLATE_NOOP(
        "Messages",
        "Downloads from {host} use plain http:// as you allowed: anyone on the network can read and "
        "change them."),
    # Files from other machines (app/untrusted.py): bundles, probe files, plans, catalogs, logs
    "input_missing": QT_TRANSLATE_NOOP("Messages", "{file} does not exist or is not a file."),
    "input_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {file} ({reason})."),
    "input_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is larger than {limit}, too large to be a file this app reads."),
    "input_not_text": QT_TRANSLATE_NOOP("Messages", "{file} is neither UTF-8 nor UTF-16 text."),
    "input_not_json": QT_TRANSLATE_NOOP("Messages", "{file} is not valid JSON (line {line})."),
    "input_bad_number": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} holds a number that is not finite or longer than {limit} characters."),
    "input_too_deep": QT_TRANSLATE_NOOP("Messages", "{file} nests values more than {limit} levels deep."),
    "input_too_many_values": QT_TRANSLATE_NOOP("Messages", "{file} holds more than {limit} values."),
    "input_too_many": QT_TRANSLATE_NOOP("Messages", "In {file}, field '{field}' lists more than {limit} entries."),
    "input_wrong_type": QT_TRANSLATE_NOOP("Messages", "In {file}, field '{field}' must be {kind}."),
    "input_missing_field": QT_TRANSLATE_NOOP("Messages", "In {file}, field '{field}' is missing."),
    "input_bad_value": QT_TRANSLATE_NOOP("Messages", "In {file}, field '{field}' has an invalid value."),
    "input_bad_index": QT_TRANSLATE_NOOP(
        "Messages",
        "In {file}, field '{field}' is {value} but the file lists {count} entries."),
    "input_bad_zip": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is a damaged zip archive or uses a compression this app cannot read."),
    "input_not_zip": QT_TRANSLATE_NOOP("Messages", "{file} is named like a wheel or zip but is not a zip archive."),
    "input_zip_members": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} holds more than {limit} files, too many for a support bundle."),
    "input_zip_bomb": QT_TRANSLATE_NOOP("Messages", "{file} would expand to more than {limit}; it was not unpacked."),
    "input_zip_ratio": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} holds '{member}', which is compressed over {limit} times: a zip bomb, not a bundle."),
    # The kinds of JSON value a field must be (app/untrusted.py EXPECTED), for input_wrong_type
    "kind_text": QT_TRANSLATE_NOOP("Messages", "text"),
    "kind_text_or_null": QT_TRANSLATE_NOOP("Messages", "text or null"),
    "kind_integer": QT_TRANSLATE_NOOP("Messages", "a whole number"),
    "kind_integer_or_null": QT_TRANSLATE_NOOP("Messages", "a whole number or null"),
    "kind_number": QT_TRANSLATE_NOOP("Messages", "a number"),
    "kind_boolean": QT_TRANSLATE_NOOP("Messages", "true or false"),
    "kind_boolean_or_null": QT_TRANSLATE_NOOP("Messages", "true, false or null"),
    "kind_list": QT_TRANSLATE_NOOP("Messages", "a list"),
    "kind_object": QT_TRANSLATE_NOOP("Messages", "an object"),
    "kind_object_or_null": QT_TRANSLATE_NOOP("Messages", "an object or null"),
    # One installer per environment (app/envs/runlock.py); what a killed run left (app/envs/journal.py)
    "venv_busy": QT_TRANSLATE_NOOP(
        "Messages",
        "Another installer is changing {venv} (process {pid}, {program}, started {started}); wait until "
        "it finishes or close it, then try again."),
    "leftover_restored": QT_TRANSLATE_NOOP(
        "Messages",
        "An interrupted install had changed {venv}; it was restored from its safety copy."),
    "leftover_removed": QT_TRANSLATE_NOOP(
        "Messages",
        "An unfinished folder {path} left by an interrupted install of {venv} was removed."),
    "leftover_cleared": QT_TRANSLATE_NOOP(
        "Messages",
        "An unfinished environment left at {venv} by an interrupted install was removed."),
    "leftover_completed": QT_TRANSLATE_NOOP(
        "Messages",
        "An interrupted install had checked the new environment {venv} but not quite put it in place; "
        "that was finished."),
    "leftover_backup_kept": QT_TRANSLATE_NOOP(
        "Messages",
        "A safety copy {path} of {venv} from an interrupted install was kept as it is; check the "
        "environment and remove the copy or rename it back."),
    # A disk that says no (app/fs_errors.py); +removed: partial files were deleted
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk that holds {folder} is full; free some space there or choose another folder, then "
        "retry."),
    "disk_full+removed": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk that holds {folder} is full; free some space there or choose another folder, then retry"
        " (the partial files were removed)."),
    "path_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The path {folder} is too long for this file system; choose a folder with a shorter path."),
    "folder_unwritable": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {folder} cannot be written (no permission, or a read-only disk); choose another "
        "folder or fix its permissions."),
    "folder_unwritable+removed": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {folder} cannot be written (no permission, or a read-only disk); choose another "
        "folder or fix its permissions (the partial files were removed)."),
    "write_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Writing failed ({reason}); free some space or write somewhere else, then retry."),
    "reason_disk_full": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "reason_path_too_long": QT_TRANSLATE_NOOP("Messages", "the path is too long"),
    "reason_folder_unwritable": QT_TRANSLATE_NOOP("Messages", "no permission, or a read-only disk"),
    # A failed uv or pip step (app/install/step_errors.py)
    "step_hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "Step '{step}' failed: {tool} refused {package} because the downloaded file does not match the "
        "SHA-256 the index gives for it (a damaged download or an altered mirror); nothing was installed "
        "from it."),
    "step_file_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Step '{step}' failed: {tool} could not download {package}, the server answered {status} (the "
        "file is not there); the index or mirror is out of date, choose another download server."),
    "step_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Step '{step}' failed: {tool} cannot install {package} together, their version requirements "
        "conflict."),
    "step_no_version": QT_TRANSLATE_NOOP(
        "Messages",
        "Step '{step}' failed: {tool} found no {package} on the package index (check that the download "
        "server carries it, or choose another build)."),
    "step_network": QT_TRANSLATE_NOOP(
        "Messages",
        "Step '{step}' failed: {tool} could not download {package}, the connection failed; check the "
        "network or proxy and retry."),
    "step_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Step '{step}' failed: {tool} exited with code {exit_code} ({detail})."),
    # Names and URLs from plans, catalogs, index pages and mirrors (app/untrusted_names.py)
    "unsafe_name": QT_TRANSLATE_NOOP(
        "Messages",
        "The field '{field}' is not a plain file name ('{value}': {problem}); nothing was read or "
        "written."),
    "name_not_text": QT_TRANSLATE_NOOP("Messages", "The field '{field}' must be a file name but is not text."),
    "url_not_text": QT_TRANSLATE_NOOP("Messages", "The field '{field}' must be a URL but is not text."),
    "url_space": QT_TRANSLATE_NOOP(
        "Messages",
        "The field '{field}' has a space or a control character in its URL ('{url}')."),
    "url_invalid": QT_TRANSLATE_NOOP("Messages", "The field '{field}' is not a URL ('{url}')."),
    "url_scheme": QT_TRANSLATE_NOOP(
        "Messages",
        "The field '{field}' must be an https:// URL; the scheme '{scheme}' is not allowed ('{url}')."),
    "url_no_host": QT_TRANSLATE_NOOP("Messages", "The field '{field}' has no host name in its URL ('{url}')."),
    "url_plain_http": QT_TRANSLATE_NOOP(
        "Messages",
        "The field '{field}' must be https://: it uses plain http:// to {host}, which anyone on the "
        "network can read and change; allow plain HTTP explicitly only if you trust the network."),
    "plan_python": QT_TRANSLATE_NOOP(
        "Messages",
        "The plan field '{field}' must be a Python version like 3.11 (got '{value}')."),
    "plan_not_list": QT_TRANSLATE_NOOP("Messages", "The plan field '{field}' must be a list."),
    "plan_requirement": QT_TRANSLATE_NOOP(
        "Messages",
        "The plan field '{field}' is not a requirement like name==version ('{value}')."),
    "name_problem_empty": QT_TRANSLATE_NOOP("Messages", "it is empty"),
    "name_problem_folder": QT_TRANSLATE_NOOP("Messages", "it names a folder, not a file"),
    "name_problem_separator": QT_TRANSLATE_NOOP(
        "Messages",
        "it contains a path separator, so it would leave its folder"),
    "name_problem_control": QT_TRANSLATE_NOOP("Messages", "it contains a control character"),
    "name_problem_drive": QT_TRANSLATE_NOOP("Messages", "a ':' names a drive or a stream on Windows"),
    "name_problem_windows_char": QT_TRANSLATE_NOOP(
        "Messages",
        "it contains a character Windows does not allow in file names"),
    "name_problem_trailing": QT_TRANSLATE_NOOP("Messages", "it ends with a dot or a space, which Windows drops"),
    "name_problem_reserved": QT_TRANSLATE_NOOP("Messages", "it is a reserved device name on Windows"),
    "name_problem_too_long": QT_TRANSLATE_NOOP("Messages", "it is too long for a file name"),
    # Install warnings (app/install)
    "log_unwritable": QT_TRANSLATE_NOOP(
        "Messages",
        "The install log cannot be written in {folder} ({reason}); the install goes on without it."),
    "pip_not_added": QT_TRANSLATE_NOOP(
        "Messages",
        "pip could not be added to {venv} ({reason}); the install is complete, add pip with: python -m "
        "ensurepip"),
    "pip_no_ensurepip": QT_TRANSLATE_NOOP(
        "Messages",
        "pip could not be added to {venv}: its Python has no ensurepip module (embeddable Pythons, as "
        "portable apps ship them, and some Linux distributions' lack it); the install is complete. For "
        "pip, install into a new folder with the Python the installer downloads."),
    # Why ensurepip could not add pip (the {reason} of pip_not_added; app/install/engine.py)
    "seed_disk": QT_TRANSLATE_NOOP("Messages", "{reason} in {folder}"),
    "seed_no_ensurepip_windows": QT_TRANSLATE_NOOP(
        "Messages", "this Python has no ensurepip module (Windows' embeddable Python ships without it)"),
    "seed_no_ensurepip_linux": QT_TRANSLATE_NOOP(
        "Messages", "this Python has no ensurepip module (some Linux distributions ship it separately)"),
    "seed_exited": QT_TRANSLATE_NOOP("Messages", "ensurepip exited with code {exit_code} without a message"),
    "seed_cancelled": QT_TRANSLATE_NOOP("Messages", "you cancelled while it ran"),
    # An install error after which the environment was restored
    "rolled_back": QT_TRANSLATE_NOOP("Messages", "{error} The environment was left as it was before."),
    # Refusals of the fetch, install and smoke steps (app/fetch, app/install, app/smoke/runner.py)
    "proxy_not_url": QT_TRANSLATE_NOOP("Messages", "The proxy '{proxy}' is not a URL like http://host:port."),
    "wheelhouse_missing": QT_TRANSLATE_NOOP("Messages", "The wheelhouse folder {folder} does not exist."),
    "wheelhouse_hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} in the wheelhouse {folder} does not match the plan's SHA-256 (expected {expected}, got "
        "{got}); nothing was installed."),
    "index_answered": QT_TRANSLATE_NOOP("Messages", "The index {index} answered {status} for {project}."),
    "index_unreadable": QT_TRANSLATE_NOOP("Messages", "Could not read {url} ({reason})."),
    "index_bad_json": QT_TRANSLATE_NOOP("Messages", "The index page {url} is not valid PEP 691 JSON ({reason})."),
    "package_index_answered": QT_TRANSLATE_NOOP("Messages", "The package index {index} answered {status}."),
    "package_index_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not read the package index {index} ({reason}, {tries} attempts)."),
    "download_no_file_name": QT_TRANSLATE_NOOP("Messages", "Cannot tell a file name from the URL {url}."),
    "download_gave_up": QT_TRANSLATE_NOOP(
        "Messages",
        "Downloading {file} failed ({reason}; {tries} attempts in a row without progress); run again later "
        "to resume where it stopped."),
    "plan_no_build": QT_TRANSLATE_NOOP(
        "Messages",
        "The plan has no build to install (every build was rejected for this machine)."),
    "venv_wrong_python": QT_TRANSLATE_NOOP(
        "Messages",
        "The environment at {venv} has Python {version} ({bits}-bit), but this build needs 64-bit Python "
        "{python}; choose another folder."),
    "venv_commit_failed": QT_TRANSLATE_NOOP("Messages", "Could not move the new environment into {venv} ({reason})."),
    "wheelhouse_lacks_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The wheelhouse {folder} has no {file}, which step '{step}' needs."),
    "wheelhouse_lacks_wheels": QT_TRANSLATE_NOOP(
        "Messages",
        "The wheelhouse {folder} has no wheel for Python {python} on this machine for: {packages}."),
    "not_a_venv": QT_TRANSLATE_NOOP("Messages", "{venv} is not a virtual environment."),
    "backend_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown installer backend '{backend}'."),
    "backend_uv_unusable": QT_TRANSLATE_NOOP("Messages", "uv was asked for but cannot be used: {reason}."),
    "smoke_not_a_folder": QT_TRANSLATE_NOOP("Messages", "{venv} is not a directory."),
    "smoke_no_python": QT_TRANSLATE_NOOP(
        "Messages",
        "{venv} has no Python interpreter ({python} not found); is it a virtual environment?"),
    # Python interpreters, environments and their safety copies (app/envs)
    "python_cannot_run": QT_TRANSLATE_NOOP("Messages", "Python at {python} cannot be run ({reason})."),
    "python_did_not_start": QT_TRANSLATE_NOOP("Messages", "Python at {python} did not start (exit code {exit_code})."),
    "python_not_python": QT_TRANSLATE_NOOP("Messages", "{python} does not look like a Python interpreter."),
    "python_not_cpython": QT_TRANSLATE_NOOP(
        "Messages",
        "Python at {python} is {implementation}; the PyTorch XPU wheels need CPython {want}."),
    "python_not_64bit": QT_TRANSLATE_NOOP(
        "Messages",
        "Python at {python} is {bits}-bit; the PyTorch XPU wheels need a 64-bit Python {want}."),
    "python_wrong_version": QT_TRANSLATE_NOOP(
        "Messages",
        "Python at {python} is {version}, but this build needs Python {want}."),
    "python_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "No 64-bit Python {want} was found; install one or pass --python EXE."),
    "python_uv_install_failed": QT_TRANSLATE_NOOP("Messages", "uv could not install Python {want} ({reason})."),
    "python_uv_lost": QT_TRANSLATE_NOOP("Messages", "uv installed Python {want} but could not find it afterwards."),
    "venv_target_is_file": QT_TRANSLATE_NOOP("Messages", "{venv} is a file, not a folder for a virtual environment."),
    "venv_target_not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "{venv} is a folder with files in it but not a virtual environment; choose a new or empty folder."),
    "venv_create_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not create a virtual environment with {python} ({reason})."),
    "venv_move_aside_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not move the broken environment {venv} aside ({reason}); close programs using it and retry."),
    "venv_list_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not list the packages in the environment of {python} (exit code {exit_code})."),
    "venv_snapshot_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not make a safety copy of {venv} before changing it ({reason}); nothing was changed."),
    "venv_restore_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not restore {venv} from its safety copy {copy} ({reason}); the copy is kept, rename it back "
        "by hand."),
    "mirror_bad": QT_TRANSLATE_NOOP(
        "Messages",
        "The mirror '{mirror}' is not 'us', 'cn' or HOST=URL (for example "
        "download.pytorch.org=https://mirror.example.com/pytorch)."),
    "download_hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {server} does not match its expected SHA-256 (expected {expected}, got {got}); the "
        "file was deleted and nothing was installed from it."),
    "download_hash_mismatch_from": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {server} does not match its expected SHA-256 from {source} (expected {expected}, got "
        "{got}); the file was deleted and nothing was installed from it."),
    "download_wrong_size": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} from {server} has {got} bytes, not the {size} the plan expects; the file was deleted."),
    "venv_path_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The path {path} is too long for Windows without long-path support (keep it under {limit} "
        "characters, or enable LongPathsEnabled in the registry)."),
    "venv_path_unsafe_chars": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {path} has {chars} in its path, which the environment's activation scripts would run "
        "as a command or misread; choose a folder whose path has none of these characters."),
    "jit_cache_not_ascii": QT_TRANSLATE_NOOP(
        "Messages",
        "The JIT cache folder {folder} has non-ASCII characters, which the SYCL cache on Windows cannot "
        "use; choose an ASCII-only folder such as C:\\sycl_cache."),
    # The check after an install (app/install/engine.py verify); a difference is a param of the sentence
    "installed_missing": QT_TRANSLATE_NOOP("Messages", "{package} is missing"),
    "installed_other_version": QT_TRANSLATE_NOOP("Messages", "{package} is {got}, not {want}"),
    "installed_other_label": QT_TRANSLATE_NOOP(
        "Messages",
        "{package} is {got}, not {want} (a build without the +{label} label, e.g. a CPU build, replaced it)"),
    "installed_mismatch": QT_TRANSLATE_NOOP("Messages", "The installed packages do not match the plan: {problem}."),
    "installed_mismatch_more": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed packages do not match the plan: {problem}, and {more} more difference(s) (the "
        "install log lists them)."),
    # Why uv cannot be used, an untrusted certificate, a venv the doctor cannot read (backends, download, venv_facts)
    "uv_not_found": QT_TRANSLATE_NOOP("Messages", "uv is not bundled or installed"),
    "uv_exited": QT_TRANSLATE_NOOP("Messages", "uv at {uv} exited with code {exit_code}"),
    "uv_cannot_start": QT_TRANSLATE_NOOP("Messages", "uv at {uv} could not start ({reason})"),
    "certificate_untrusted": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate of {host} is not trusted by this computer; if your network inspects HTTPS (a "
        "company proxy), add its root certificate to the system's certificate store and retry."),
    "venv_not_a_folder": QT_TRANSLATE_NOOP("Messages", "{venv} is not a folder."),
    "venv_no_python": QT_TRANSLATE_NOOP("Messages", "{venv} is not a Python virtual environment (no {python})."),
    "venv_python_silent": QT_TRANSLATE_NOOP(
        "Messages",
        "The Python in {venv} did not answer within {seconds} seconds."),
    "venv_python_list_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The Python in {venv} failed to list its packages ({reason})."),
    # Why a download try failed: the {reason} inside a download sentence (app/fetch)
    "net_dropped": QT_TRANSLATE_NOOP("Messages", "the connection dropped"),
    "net_timed_out": QT_TRANSLATE_NOOP("Messages", "the connection timed out"),
    "net_refused": QT_TRANSLATE_NOOP("Messages", "the connection was refused"),
    "net_no_host": QT_TRANSLATE_NOOP("Messages", "the host name could not be resolved"),
    "net_cert": QT_TRANSLATE_NOOP("Messages", "the server's certificate is not trusted by this computer"),
    "net_server_error": QT_TRANSLATE_NOOP("Messages", "server error {status}"),
    "net_resume_rejected": QT_TRANSLATE_NOOP("Messages", "the server rejected the resume offset"),
    "net_resume_wrong": QT_TRANSLATE_NOOP("Messages", "the server resumed at the wrong offset"),
    "net_closed_early": QT_TRANSLATE_NOOP("Messages", "the connection closed at byte {got} of {total}"),
    "net_no_answer": QT_TRANSLATE_NOOP("Messages", "no answer"),
    # Install warnings (app/install/engine.py)
    "venv_quarantined": QT_TRANSLATE_NOOP("Messages", "The broken environment at {venv} was moved to {path}."),
    "unverified_file": QT_TRANSLATE_NOOP("Messages", "{file} has no known SHA-256; it is installed unverified."),
    # Programs that could not start (app/proc.py), Windows' adapter list (app/probe/windows_live.py)
    "probe_adapters_unlisted": QT_TRANSLATE_NOOP(
        "Messages",
        "Windows did not list the display adapters (PowerShell Get-CimInstance failed with exit code {exit_code})."),
    "proc_not_found": QT_TRANSLATE_NOOP("Messages", "Could not start {program}: the program was not found."),
    "proc_cannot_start": QT_TRANSLATE_NOOP("Messages", "Could not start {program}: {reason}."),
}
