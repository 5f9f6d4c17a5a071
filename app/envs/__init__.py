"""Python interpreters and virtual environments.

    interpreter.find_python("3.11", explicit=..., on_event=..., cancel=...) -> PythonInfo
    venv.create / move_into_place / quarantine / installed ; transaction.snapshot / restore / drop
    discover.find_pythons() (the probe's discovery) lives here too.
"""
