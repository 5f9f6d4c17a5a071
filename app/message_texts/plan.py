"""The planner's reasons, warnings, refusals and hints (app/catalog/planner.py, expect.py,
aot_match.py)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # Words inside sentences
    "channel_ipex_official": QT_TRANSLATE_NOOP("Messages", "an official Intel build"),
    "channel_ipex_community": QT_TRANSLATE_NOOP("Messages", "a community build (not from Intel)"),
    "channel_torch_xpu": QT_TRANSLATE_NOOP("Messages", "an upstream PyTorch build"),
    "certainty_documented": QT_TRANSLATE_NOOP("Messages", "documented"),
    "certainty_inferred": QT_TRANSLATE_NOOP("Messages", "inferred"),
    "certainty_unknown": QT_TRANSLATE_NOOP("Messages", "unknown"),
    # Bad preferences
    "plan_unknown_channel": QT_TRANSLATE_NOOP("Messages", "Unknown channel '{channel}'; use one of {channels}."),
    "plan_no_gpu_number": QT_TRANSLATE_NOOP(
        "Messages", "There is no GPU number {index} in the probe (it lists {count})."),
    # Nothing to plan for
    "refuse_no_gpu": QT_TRANSLATE_NOOP("Messages", "No GPU was found, so there is nothing to plan for."),
    "refuse_not_intel": QT_TRANSLATE_NOOP(
        "Messages", "{gpu} is not an Intel GPU; IPEX and PyTorch XPU run only on Intel GPUs."),
    "refuse_unknown_device": QT_TRANSLATE_NOOP(
        "Messages",
        "The Intel GPU {device} is not in the installer's device list, so which build supports it, if any, "
        "is unknown."),
    "refuse_unsupported": QT_TRANSLATE_NOOP(
        "Messages",
        "{gpu} is not supported by IPEX or PyTorch XPU (no build has native code for it and it is in neither "
        "project's validated list)."),
    # Why a build was left out
    "reject_os": QT_TRANSLATE_NOOP("Messages", "It is built for {build_os}, not {os}."),
    "reject_channel": QT_TRANSLATE_NOOP(
        "Messages", "It is {channel_words}, outside the requested channel '{channel}'."),
    "reject_ipex_pin": QT_TRANSLATE_NOOP("Messages", "It is not IPEX {pin}, which was asked for."),
    "reject_torch_pin": QT_TRANSLATE_NOOP("Messages", "It is not torch {pin}, which was asked for."),
    "reject_project_gpu": QT_TRANSLATE_NOOP("Messages", "{project} does not support {gpu}."),
    "reject_rule": QT_TRANSLATE_NOOP("Messages", "This release does not support {label}: {note}"),
    "reject_withdrawn": QT_TRANSLATE_NOOP("Messages", "It was withdrawn: {note}"),
    "reject_withdrawn_plain": QT_TRANSLATE_NOOP("Messages", "It was withdrawn: do not install it."),
    "reject_aot_fail": QT_TRANSLATE_NOOP(
        "Messages",
        "It has no native code for this GPU and no SPIR-V fallback, so its kernels would fail to load; it "
        "must never be installed on this GPU."),
    "reject_aot_fallback_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "It has no known native code for this GPU, and whether it carries a SPIR-V fallback is unknown, so "
        "its kernels might not load."),
    "reject_python_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Its Python versions are not known; give the Python to use (--python X.Y)."),
    "reject_python": QT_TRANSLATE_NOOP("Messages", "It has no wheels for Python {asked} (it has {have})."),
    # Why the pick
    "reason_aot": QT_TRANSLATE_NOOP(
        "Messages", "Has native (AOT) code for your GPU, so kernels need no compiling on first use. {reason}"),
    "reason_aot_target": QT_TRANSLATE_NOOP(
        "Messages",
        "Has native (AOT) code for your GPU through AOT target '{target}', so kernels need no compiling on "
        "first use. {reason}"),
    "reason_aot_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "Expected to have native (AOT) code for your GPU, so kernels need no compiling on first use. {reason}"),
    "reason_aot_expected_target": QT_TRANSLATE_NOOP(
        "Messages",
        "Expected to have native (AOT) code for your GPU through AOT target '{target}', so kernels need no "
        "compiling on first use. {reason}"),
    "reason_jit": QT_TRANSLATE_NOOP("Messages", "{reason} So kernels are compiled on first use (JIT)."),
    "reason_channel": QT_TRANSLATE_NOOP("Messages", "It is {channel_words}."),
    "reason_jit_cost": QT_TRANSLATE_NOOP("Messages", "Expect a slow first run. {cost}"),
    "reason_only": QT_TRANSLATE_NOOP("Messages", "It is the only build that fits."),
    "reason_over": QT_TRANSLATE_NOOP("Messages", "Picked over {title} because {why}."),
    "why_native": QT_TRANSLATE_NOOP(
        "Messages", "it has native code for your GPU and that one would compile kernels on first use"),
    "why_channel": QT_TRANSLATE_NOOP("Messages", "{first} ranks before {second}"),
    "why_newer": QT_TRANSLATE_NOOP("Messages", "it is newer"),
    "why_general": QT_TRANSLATE_NOOP(
        "Messages", "it is the general build, and that one was made for another GPU platform"),
    "why_platform": QT_TRANSLATE_NOOP("Messages", "it was made for your GPU's platform"),
    "why_later": QT_TRANSLATE_NOOP("Messages", "it was released later"),
    "why_equal": QT_TRANSLATE_NOOP("Messages", "both are otherwise equal"),
    # Warnings about the pick
    "warn_expect_uncertain": QT_TRANSLATE_NOOP(
        "Messages",
        "'{expect}' is expected, not certain ({certainty}); the smoke test after the install shows what the "
        "runtime really does."),
    "warn_python_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Whether {title} has wheels for Python {python} is not known; the install will fail early if it has "
        "none."),
    "warn_python_inferred": QT_TRANSLATE_NOOP(
        "Messages", "Python {python} wheels for this build are inferred, not documented: {note}"),
    "warn_python_inferred_plain": QT_TRANSLATE_NOOP(
        "Messages",
        "Python {python} wheels for this build are inferred, not documented: the official matrix is not "
        "published."),
    "warn_archived": QT_TRANSLATE_NOOP("Messages", "Archived: {note}"),
    "warn_unmaintained": QT_TRANSLATE_NOOP("Messages", "Unmaintained: {note}"),
    "maintained_none_fits": QT_TRANSLATE_NOOP(
        "Messages", "Upstream PyTorch XPU has no build yet for this GPU, operating system and Python."),
    "warn_needs": QT_TRANSLATE_NOOP("Messages", "Needs: {what}"),
    "warn_driver_tested": QT_TRANSLATE_NOOP("Messages", "Driver: this build was tested with {driver}."),
    "warn_driver_note": QT_TRANSLATE_NOOP("Messages", "Driver: no minimum is published for this build. {note}"),
    "warn_python_guessed": QT_TRANSLATE_NOOP(
        "Messages",
        "No Python was named or found, so this plan is for Python {python}, the newest this build has wheels "
        "for; the installer can provide it."),
    "warn_no_sha": QT_TRANSLATE_NOOP("Messages", "{file} has no known sha256: it will be installed unverified."),
    "warn_sha_source": QT_TRANSLATE_NOOP("Messages", "The sha256 of {file} comes from {source}."),
    # Hints: what else would work
    "hint_unknown_python": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} builds were left out because their Python versions are not in the catalog; name a Python "
        "(--python X.Y) to consider them."),
    "hint_aot_name_python": QT_TRANSLATE_NOOP(
        "Messages", "{title} has native code for your GPU: name the Python to use (--python X.Y) to get it."),
    "hint_other_python_aot": QT_TRANSLATE_NOOP(
        "Messages",
        "Another Python would work: {title} has native code for your GPU and has wheels for Python {pythons}."),
    "hint_other_python_fits": QT_TRANSLATE_NOOP(
        "Messages", "Another Python would work: {title} fits your GPU and has wheels for Python {pythons}."),
    "hint_other_channel": QT_TRANSLATE_NOOP(
        "Messages", "{title} has native code for your GPU: use --channel {flag} to get it."),
    "nothing_fits": QT_TRANSLATE_NOOP(
        "Messages",
        "No build in the catalog fits {gpu} on {what} in channel '{channel}'; see 'rejected' for why each was "
        "left out."),
    # What a build does on a GPU (expect.py, aot_match.py)
    "expect_claim_covered": QT_TRANSLATE_NOOP(
        "Messages",
        "The build's sources state it has native code for this kind of GPU ({names}); its exact AOT list is "
        "not published ({source})."),
    "expect_claim_not_covered": QT_TRANSLATE_NOOP(
        "Messages", "The build's sources state it has no native code for this kind of GPU ({names}): {source}."),
    "expect_no_list": QT_TRANSLATE_NOOP(
        "Messages",
        "The build's AOT device list is not published and no source says whether it covers this GPU."),
    "aot_by_product": QT_TRANSLATE_NOOP(
        "Messages",
        "The driver is expected to pick member {member} by the product name '{product}', but this GPU's IP "
        "version is unknown, so it cannot be confirmed that the code fits."),
    "aot_member_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The driver is expected to pick member {member}, but which GPU its code was built for is unknown."),
    "aot_exact": QT_TRANSLATE_NOOP(
        "Messages", "The build has native code for this GPU's IP version {ip} (archive member {member})."),
    "aot_stepping": QT_TRANSLATE_NOOP(
        "Messages",
        "The build's native code for IP {inner} (member {member}) is expected to load on this GPU's IP {ip}, a "
        "different stepping of the same chip."),
    "aot_compatible": QT_TRANSLATE_NOOP(
        "Messages",
        "The driver is expected to load member {member} (built for IP {inner}) on this GPU's IP {ip} through "
        "its compatibility map; that needs a recent driver."),
    "aot_wrong_member": QT_TRANSLATE_NOOP(
        "Messages",
        "The driver would pick member {member}, but its code is for IP {inner}, not this GPU's IP {ip}; "
        "whether it then uses the SPIR-V fallback is not known."),
    "aot_unknown_gpu_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "This GPU's IP version and product are unknown, so no native code can be matched; the driver would "
        "compile the SPIR-V fallback (JIT)."),
    "aot_unknown_gpu_fail": QT_TRANSLATE_NOOP(
        "Messages",
        "This GPU's IP version and product are unknown and the build has no SPIR-V fallback, so its kernels "
        "may fail to load."),
    "aot_no_native_jit": QT_TRANSLATE_NOOP(
        "Messages",
        "The build has no native code for this GPU ({gpu}); the driver compiles the SPIR-V fallback on first "
        "use (JIT)."),
    "aot_no_native_fail": QT_TRANSLATE_NOOP(
        "Messages",
        "The build has no native code for this GPU ({gpu}) and no SPIR-V fallback, so its kernels would fail "
        "to load."),
    "aot_ambiguous_1270": QT_TRANSLATE_NOOP(
        "Messages",
        "IP 12.70 is either Meteor Lake-U or Arrow Lake-U/S and the driver treats them differently here; "
        "without the product name, expect the worse case. {reason}"),
}
