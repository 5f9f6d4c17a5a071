"""The marker pyside6-lupdate looks for (by name) to collect a template for translation."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """`text`, unchanged: the core does not import Qt; the GUI translates it later."""
    return text
