"""The Install page: its one sentence of where the install stands (app.flow.install_status),
and the download's overall progress (app.install_progress.overall_sentence)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "install_running": QT_TRANSLATE_NOOP(
        "Messages", "Installing. Large files may take a while on a slow connection."),
    "install_done": QT_TRANSLATE_NOOP("Messages", "Installed."),
    "install_stopped_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "The installation was stopped and nothing was changed."),
    "install_stopped_restored": QT_TRANSLATE_NOOP(
        "Messages", "The installation was stopped and your previous environment was restored as it was."),
    "install_failed_network_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "The download failed and nothing was changed; try the China servers, set a proxy, or retry:"),
    "install_failed_network_restored": QT_TRANSLATE_NOOP(
        "Messages", "The download failed and your previous environment was restored; try the China servers, "
        "set a proxy, or retry:"),
    "install_failed_disk_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "The installation failed and nothing was changed; choose another folder or free some "
        "space, then retry:"),
    "install_failed_disk_restored": QT_TRANSLATE_NOOP(
        "Messages", "The installation failed and your previous environment was restored; choose another folder "
        "or free some space, then retry:"),
    "install_failed_path_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "The installation failed and nothing was changed; choose a folder with a shorter path, "
        "then retry:"),
    "install_failed_path_restored": QT_TRANSLATE_NOOP(
        "Messages", "The installation failed and your previous environment was restored; choose a folder with a "
        "shorter path, then retry:"),
    "install_failed_unwritable_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "The installation failed and nothing was changed; choose a folder you may write to, then "
        "retry:"),
    "install_failed_unwritable_restored": QT_TRANSLATE_NOOP(
        "Messages", "The installation failed and your previous environment was restored; choose a folder you "
        "may write to, then retry:"),
    "install_failed_busy": QT_TRANSLATE_NOOP(
        "Messages", "Another installer is using this environment and nothing was changed; retry when it has "
        "finished:"),
    "install_failed_other_unchanged": QT_TRANSLATE_NOOP("Messages", "The installation failed and nothing was changed:"),
    "install_failed_other_restored": QT_TRANSLATE_NOOP(
        "Messages", "The installation failed and your previous environment was restored:"),
    # the download as a whole: "1.2 GB of 3.4 GB · about 4 min left"
    "download_waiting": QT_TRANSLATE_NOOP("Messages", "Download: waiting for the first file..."),
    "download_of_total_left": QT_TRANSLATE_NOOP("Messages", "{done} of {total} · about {left} left"),
    "download_of_total": QT_TRANSLATE_NOOP("Messages", "{done} of {total}"),
    "download_of_at_least": QT_TRANSLATE_NOOP(
        "Messages", "{done} of at least {total} (a server did not give every file's size)"),
    "download_so_far": QT_TRANSLATE_NOOP("Messages", "{done} so far (the servers did not give the total)"),
    "download_finished": QT_TRANSLATE_NOOP("Messages", "Downloaded {total}."),
    "time_left_seconds": QT_TRANSLATE_NOOP("Messages", "{seconds} s"),
    "time_left_minutes": QT_TRANSLATE_NOOP("Messages", "{minutes} min"),
    "time_left_hours": QT_TRANSLATE_NOOP("Messages", "{hours} h {minutes} min"),
    "install_step_tool": QT_TRANSLATE_NOOP(
        "Messages", "{tool} installs the packages and downloads any that are still missing itself; it gives no "
        "progress figures (its lines are in the log)."),
}
