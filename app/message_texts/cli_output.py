"""What the commands print for people (not --json): the probe's table, the plan's summary, the
doctor's report, the smoke test's and classifier's verdict, the support bundle's receipt, the
forecast. Data in them (names, versions, paths, ids) stays verbatim in every language."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    # probe (app/probe/render.py)
    "probe_gpus_heading": QT_TRANSLATE_NOOP("Messages", "GPUs ({os}, {source}):"),
    "probe_none_found": QT_TRANSLATE_NOOP("Messages", "none found"),
    "probe_col_pci": QT_TRANSLATE_NOOP("Messages", "PCI id"),
    "probe_col_name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "probe_col_type": QT_TRANSLATE_NOOP("Messages", "Type"),
    "probe_col_aot": QT_TRANSLATE_NOOP("Messages", "AOT names"),
    "probe_col_driver": QT_TRANSLATE_NOOP("Messages", "Driver"),
    "probe_col_supported": QT_TRANSLATE_NOOP("Messages", "Supported"),
    "probe_supported_yes": QT_TRANSLATE_NOOP("Messages", "yes ({level})"),
    "probe_supported_no": QT_TRANSLATE_NOOP("Messages", "no ({level})"),
    "probe_not_intel": QT_TRANSLATE_NOOP("Messages", "no (not Intel)"),
    # the table's words for the contract's values (English shows the values themselves)
    "probe_segment_dgpu": QT_TRANSLATE_NOOP("Messages", "dgpu"),
    "probe_segment_igpu": QT_TRANSLATE_NOOP("Messages", "igpu"),
    "probe_segment_datacenter": QT_TRANSLATE_NOOP("Messages", "datacenter"),
    "probe_segment_other": QT_TRANSLATE_NOOP("Messages", "other"),
    "probe_level_validated": QT_TRANSLATE_NOOP("Messages", "validated"),
    "probe_level_jit-only": QT_TRANSLATE_NOOP("Messages", "jit-only"),
    "probe_level_unsupported": QT_TRANSLATE_NOOP("Messages", "unsupported"),
    "probe_level_unknown": QT_TRANSLATE_NOOP("Messages", "unknown"),
    "probe_driver_old": QT_TRANSLATE_NOOP("Messages", "old"),
    "probe_driver_unbound": QT_TRANSLATE_NOOP("Messages", "unbound"),
    "probe_primary_gpu": QT_TRANSLATE_NOOP("Messages", "* primary GPU: #{index}"),
    "probe_pythons_heading": QT_TRANSLATE_NOOP("Messages", "Pythons:"),
    "probe_bits": QT_TRANSLATE_NOOP("Messages", "{bits}-bit"),
    "probe_pythons_none": QT_TRANSLATE_NOOP("Messages", "Pythons: none found"),
    "probe_pythons_skipped": QT_TRANSLATE_NOOP("Messages", "Pythons: not looked for (--no-pythons)"),
    "probe_warnings_heading": QT_TRANSLATE_NOOP("Messages", "Warnings:"),
    # plan (app/catalog/summary.py)
    "summary_gpu": QT_TRANSLATE_NOOP("Messages", "GPU: {name} ({device_id})"),
    "summary_gpu_ip": QT_TRANSLATE_NOOP("Messages", "GPU: {name} ({device_id}, IP {ip})"),
    "summary_no_build": QT_TRANSLATE_NOOP("Messages", "No build to install."),
    "summary_left_out": QT_TRANSLATE_NOOP(
        "Messages", "{count} builds were left out; '{command}' lists why for each."),
    "summary_pick": QT_TRANSLATE_NOOP("Messages", "Pick: {build}"),
    "summary_aot_documented": QT_TRANSLATE_NOOP("Messages", "AOT: native kernels for this GPU"),
    "summary_aot_inferred": QT_TRANSLATE_NOOP(
        "Messages", "AOT expected: native kernels for this GPU (inferred, not verified)"),
    "summary_aot_unknown": QT_TRANSLATE_NOOP("Messages", "AOT possible (not confirmed)"),
    "summary_jit_documented": QT_TRANSLATE_NOOP("Messages", "JIT: kernels are compiled on first use"),
    "summary_jit_inferred": QT_TRANSLATE_NOOP("Messages", "JIT expected: kernels are compiled on first use"),
    "summary_jit_unknown": QT_TRANSLATE_NOOP("Messages", "JIT assumed: whether native kernels exist is unknown"),
    "summary_aot_target": QT_TRANSLATE_NOOP("Messages", "AOT target: {target}"),
    "summary_why": QT_TRANSLATE_NOOP("Messages", "Why:"),
    "summary_runner_up": QT_TRANSLATE_NOOP("Messages", "Runner-up: {build}, {expect}"),
    "summary_more_alternatives": QT_TRANSLATE_NOOP("Messages", "(+{count} more alternatives in '{command}')"),
    "summary_notes": QT_TRANSLATE_NOOP("Messages", "Notes:"),
    "summary_steps": QT_TRANSLATE_NOOP("Messages", "Install steps:"),
    "summary_step_from": QT_TRANSLATE_NOOP("Messages", "{number}. {what} from {index}"),
    "summary_step_also": QT_TRANSLATE_NOOP("Messages", "{number}. {what} (also {more})"),
    "summary_step_from_also": QT_TRANSLATE_NOOP("Messages", "{number}. {what} from {index} (also {more})"),
    # doctor (app/report/doctor.py)
    "doctor_heading": QT_TRANSLATE_NOOP("Messages", "Doctor for {venv} (Python {python})"),
    "doctor_mark_error": QT_TRANSLATE_NOOP("Messages", "✗ error"),
    "doctor_mark_warning": QT_TRANSLATE_NOOP("Messages", "! warning"),
    "doctor_mark_info": QT_TRANSLATE_NOOP("Messages", "· info"),
    "doctor_mark_note": QT_TRANSLATE_NOOP("Messages", "· note"),
    "doctor_fix": QT_TRANSLATE_NOOP("Messages", "fix: {fix}"),
    "doctor_healthy": QT_TRANSLATE_NOOP("Messages", "Healthy: no errors or warnings ({count} notes)."),
    "doctor_unhealthy": QT_TRANSLATE_NOOP(
        "Messages", "Something is wrong: {errors} error(s), {warnings} warning(s)."),
    # report (app/commands/report.py)
    "report_written": QT_TRANSLATE_NOOP("Messages", "Support bundle written: {path}"),
    "report_redacted": QT_TRANSLATE_NOOP("Messages", "Redacted: {items}"),
    "report_note": QT_TRANSLATE_NOOP("Messages", "Note: {note}"),
    # smoke and classify (app/commands/smoke.py, app/commands/classify.py)
    "smoke_verdict_line": QT_TRANSLATE_NOOP("Messages", "Verdict: {verdict}"),
    "smoke_programs_line": QT_TRANSLATE_NOOP(
        "Messages", "Programs: {il} from SPIR-V (JIT), {binary} from binaries, {interop} interop, {hits} "
        "persistent-cache hits; trace API: {api}"),
    "smoke_api_not_seen": QT_TRANSLATE_NOOP("Messages", "not seen"),
    "smoke_evidence_heading": QT_TRANSLATE_NOOP("Messages", "Evidence:"),
    "smoke_advice_heading": QT_TRANSLATE_NOOP("Messages", "Advice:"),
    "smoke_prediction_line": QT_TRANSLATE_NOOP("Messages", "Prediction: {expect} ({certainty})"),
    "smoke_prediction_held": QT_TRANSLATE_NOOP("Messages", "Prediction: {expect} ({certainty}), held"),
    "smoke_prediction_not_held": QT_TRANSLATE_NOOP("Messages", "Prediction: {expect} ({certainty}), did NOT hold"),
    "smoke_prediction_nothing": QT_TRANSLATE_NOOP(
        "Messages", "nothing (no torch/IPEX GPU libraries or GPU unknown)"),
    "smoke_calls_heading": QT_TRANSLATE_NOOP("Messages", "First call vs second call:"),
    "smoke_call_first": QT_TRANSLATE_NOOP("Messages", "{name}: {first} s"),
    "smoke_call_both": QT_TRANSLATE_NOOP("Messages", "{name}: {first} s -> {second} s"),
    "smoke_error_line": QT_TRANSLATE_NOOP("Messages", "Error: {error}"),
    "smoke_warm_verified": QT_TRANSLATE_NOOP(
        "Messages", "JIT cache {folder}: first run {first}, second run {second} (verified: served from the cache)"),
    "smoke_warm_not_verified": QT_TRANSLATE_NOOP(
        "Messages", "JIT cache {folder}: first run {first}, second run {second} (NOT verified)"),
    "smoke_not_run": QT_TRANSLATE_NOOP("Messages", "not run"),
    "smoke_static_check": QT_TRANSLATE_NOOP("Messages", "Static check: {expect} expected ({certainty}); {reasons}"),
    "smoke_press_ctrl_c": QT_TRANSLATE_NOOP(
        "Messages", "Press Ctrl+C to stop here, or wait: finishing warms the cache for later runs."),
    "smoke_step_running": QT_TRANSLATE_NOOP("Messages", "running {step}"),
    "classify_only_first_bytes": QT_TRANSLATE_NOOP(
        "Messages", "Only the first {bytes} bytes of {files} were read (--max-bytes)."),
    # the smoke test's own failures and its prediction's empty case (app/smoke/runner.py, predict.py)
    "smoke_torch_missing_error": QT_TRANSLATE_NOOP("Messages", "PyTorch is not installed in this venv."),
    "smoke_workload_exit": QT_TRANSLATE_NOOP("Messages", "the workload exited with status {status}"),
    "smoke_workload_unfinished": QT_TRANSLATE_NOOP("Messages", "the workload did not finish"),
    "predict_nothing_found": QT_TRANSLATE_NOOP(
        "Messages", "No torch XPU or IPEX GPU library found in this venv, so nothing to predict from."),
    "smoke_probe_failed_note": QT_TRANSLATE_NOOP("Messages", "probe failed: {error}"),
    "smoke_no_gpu_note": QT_TRANSLATE_NOOP("Messages", "no GPU found by the probe"),
    # forecast (app/smoke/forecast/render.py)
    "forecast_heading": QT_TRANSLATE_NOOP("Messages", "Forecast for {target} on {gpu}"),
    "forecast_gpu_unknown": QT_TRANSLATE_NOOP("Messages", "unknown GPU"),
    "forecast_gpu": QT_TRANSLATE_NOOP("Messages", "{name} (IP {ip}, product {product})"),
    "forecast_package_one": QT_TRANSLATE_NOOP("Messages", "{package}: 1 SYCL library ({certainty})"),
    "forecast_package": QT_TRANSLATE_NOOP("Messages", "{package}: {count} SYCL libraries ({certainty})"),
    "forecast_package_one_jit": QT_TRANSLATE_NOOP(
        "Messages", "{package}: 1 SYCL library ({certainty}; {modules} SPIR-V module(s), {size})"),
    "forecast_package_jit": QT_TRANSLATE_NOOP(
        "Messages", "{package}: {count} SYCL libraries ({certainty}; {modules} SPIR-V module(s), {size})"),
    "forecast_member": QT_TRANSLATE_NOOP("Messages", "member {member}"),
    "forecast_to_compile": QT_TRANSLATE_NOOP("Messages", "{modules} SPIR-V module(s), {size} to compile"),
    "forecast_runtime_heading": QT_TRANSLATE_NOOP("Messages", "SYCL runtime:"),
    "forecast_problem_error": QT_TRANSLATE_NOOP("Messages", "error: {message}"),
    "forecast_problem_warning": QT_TRANSLATE_NOOP("Messages", "warning: {message}"),
    "forecast_problem_info": QT_TRANSLATE_NOOP("Messages", "info: {message}"),
    "forecast_on_gpu": QT_TRANSLATE_NOOP("Messages", "Forecast on {gpu}: {expect} ({details})"),
    "forecast_spirv_total": QT_TRANSLATE_NOOP(
        "Messages", "SPIR-V to compile on first use: {modules} module(s), {size}"),
}
