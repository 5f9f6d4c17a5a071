"""Reading files that come from other machines (support bundles, probe files, plans, catalogs,
snapshots, logs) within limits, so that a broken or hostile file costs bounded memory and time
and is refused with one sentence naming the file and, for a wrong type, the field.

Every reader of such files goes through here:
- `read_bytes` / `read_json_file`: a size cap before reading, then `parse_json`;
- `parse_json`: no NaN/Infinity, no number longer than 40 characters (Python's own int
  limit raises ValueError, not a JSON error), a nesting and a value-count limit;
- `open_zip` / `read_member`: member count, declared sizes and compression ratio checked
  before anything is read, then every member read with a cap (declared sizes can lie);
- `iter_lines`: a log streamed in chunks, each line cut at a length cap;
- `build`: a dataclass from JSON, checking each field against its annotation.

Each refusal is a BadInput (exit 2) made by `refused`, with a code and parameters; the CLI
prints its English sentence, the GUI words it in the user's language (gui/error_texts.py).
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import os
import types
import typing
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from app.errors import BadInput
from app.message_texts import TEMPLATES
from app.messages import Message, msg

MB = 1024 * 1024
MAX_JSON_BYTES = 16 * MB  # a catalog is ~100 kB, a probe ~10 kB, a plan ~20 kB
MAX_DEPTH = 32  # our deepest document (a plan) nests 6 levels
MAX_VALUES = 200_000  # values in one document, counted while checking the depth
MAX_NUMBER_CHARS = 40  # a PCI id, a size in bytes, a timestamp: none comes close
MAX_LIST = 1000  # entries in any one list of a document we read into a dataclass

MAX_ZIP_MEMBERS = 500
MAX_ZIP_TOTAL = 256 * MB  # declared uncompressed size of all members together
MAX_ZIP_RATIO = 200  # deflate of real logs and JSON stays well below; bombs go to ~1000
RATIO_FROM = MB  # small members may compress better (runs of spaces); their size is capped anyway

MAX_LINE = 64 * 1024  # characters of one log line that are looked at; the rest is dropped
CHUNK = 1024 * 1024

# code -> English sentence: the templates "input_" + code in app/message_texts/errors.py.
CODE_PREFIX = "input_"
MESSAGES = {code[len(CODE_PREFIX):]: text for code, text in TEMPLATES.items() if code.startswith(CODE_PREFIX)}

# Kinds of JSON value a field must be, as the sentences name them.
EXPECTED = {
    "text": "text",
    "text_or_null": "text or null",
    "integer": "a whole number",
    "integer_or_null": "a whole number or null",
    "number": "a number",
    "boolean": "true or false",
    "boolean_or_null": "true, false or null",
    "list": "a list",
    "object": "an object",
    "object_or_null": "an object or null",
}


def refused(code: str, **params) -> BadInput:
    """The BadInput for a file from outside that broke a limit or a type: its English sentence,
    and the code ("input_" + code) and params with which the GUI words it (gui/error_texts.py)."""
    values = {k: str(v) for k, v in params.items()}
    if "expected" in values:  # the kind's key too: the sentence words it in the user's language
        values["kind"] = next(k for k, v in EXPECTED.items() if v == values["expected"])
    return BadInput(_sentence(CODE_PREFIX + code, values), code=CODE_PREFIX + code, params=values)


def _sentence(code: str, values: dict[str, str]) -> Message:
    """The coded sentence for a refusal (the kind of value, when there is one, as words)."""
    params: dict[str, str] = {k: v for k, v in values.items() if k not in ("expected", "kind")}
    if "kind" in values:
        params["kind"] = msg("kind_" + values["kind"])
    return msg(code, **params)


def refusal(error: BadInput) -> str | None:
    """The code `refused` gave `error` (without its prefix), or None for another error."""
    code = error.code or ""
    return code[len(CODE_PREFIX):] if code.startswith(CODE_PREFIX) else None


def size_text(num_bytes: int) -> str:
    return f"{num_bytes // MB} MB" if num_bytes >= MB else f"{num_bytes // 1024} KB"


# --- bytes and text ---------------------------------------------------------------------------


def read_bytes(path: str | os.PathLike, limit: int, name: str | None = None) -> bytes:
    """The whole file, refused before reading when it is larger than `limit` (and read with a
    cap anyway: a file can grow, and /proc or pipes report no size)."""
    shown = name or str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise refused("missing", file=shown) from None
    except OSError as exc:
        raise refused("unreadable", file=shown, reason=exc.strerror or type(exc).__name__) from None
    if len(data) > limit:
        raise refused("too_large", file=shown, limit=size_text(limit))
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM, as editors and PowerShell write."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise refused("not_text", file=name) from None


class LogLines:
    """The lines of a log, streamed: memory stays near CHUNK + max_line whatever the file
    (a multi-GB log, /dev/zero). Lines longer than `max_line` are cut; at most `max_bytes`
    bytes are read (None: all), and `truncated` then says whether more was left. The
    encoding is UTF-16 with a BOM, else UTF-8; bytes that do not decode become U+FFFD."""

    def __init__(self, path: str | os.PathLike, max_bytes: int | None = None,
                 max_line: int = MAX_LINE, name: str | None = None) -> None:
        self.path, self.max_bytes, self.max_line = path, max_bytes, max_line
        self.name = name or str(path)
        self.truncated = False
        self.bytes_read = 0

    def _refuse(self, exc: OSError) -> BadInput:
        if isinstance(exc, (FileNotFoundError, IsADirectoryError, NotADirectoryError)):
            return refused("missing", file=self.name)
        return refused("unreadable", file=self.name, reason=exc.strerror or type(exc).__name__)

    def __iter__(self) -> Iterator[str]:
        try:
            fh = open(self.path, "rb")
        except OSError as exc:
            raise self._refuse(exc) from None
        with fh:
            decoder = None
            state: list = ["", False]  # the unfinished line (at most max_line characters), cut?
            while True:
                want = CHUNK if self.max_bytes is None else min(CHUNK, self.max_bytes - self.bytes_read)
                try:
                    block = fh.read(want) if want > 0 else b""
                    if want <= 0:
                        self.truncated = bool(fh.read(1))
                except OSError as exc:
                    raise self._refuse(exc) from None
                if not block:
                    break
                self.bytes_read += len(block)
                if decoder is None:
                    encoding = "utf-16" if block.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
                    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
                yield from _split(decoder.decode(block), state, self.max_line)
            if decoder is not None:
                yield from _split(decoder.decode(b"", final=True), state, self.max_line)
            if state[0] or state[1]:
                yield state[0].rstrip("\r")


def _split(text: str, state: list, max_line: int) -> Iterator[str]:
    """Finished lines in `text`; state = [unfinished line, whether it was cut]."""
    pending, cut = state
    start = 0
    while True:
        nl = text.find("\n", start)
        end = nl if nl >= 0 else len(text)
        if not cut:
            room = max_line - len(pending)
            pending += text[start : min(end, start + room)]
            cut = end - start > room
        if nl < 0:
            break
        yield pending.rstrip("\r")
        pending, cut = "", False
        start = nl + 1
    state[0], state[1] = pending, cut


# --- JSON -------------------------------------------------------------------------------------


class _BadNumber(Exception):
    pass


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _BadNumber
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if len(text) > MAX_NUMBER_CHARS or value in (float("inf"), float("-inf")):
        raise _BadNumber
    return value


def _no_constant(_text: str):
    raise _BadNumber


def parse_json(data: bytes | str, name: str, *, max_depth: int = MAX_DEPTH,
               max_values: int = MAX_VALUES):
    """A JSON document within limits; BadInput (one sentence) for anything else."""
    text = decode_text(data, name) if isinstance(data, bytes) else data
    try:
        value = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                           parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise refused("not_json", file=name, line=exc.lineno, column=exc.colno) from None
    except _BadNumber:
        raise refused("bad_number", file=name, limit=MAX_NUMBER_CHARS) from None
    except RecursionError:
        raise refused("too_deep", file=name, limit=max_depth) from None
    check_shape(value, name, max_depth=max_depth, max_values=max_values)
    return value


def check_shape(value, name: str, *, max_depth: int = MAX_DEPTH, max_values: int = MAX_VALUES) -> None:
    """Depth and value count of parsed JSON, walked without recursion."""
    stack = [(value, 1)]
    count = 0
    while stack:
        item, depth = stack.pop()
        count += 1
        if count > max_values:
            raise refused("too_many_values", file=name, limit=max_values)
        if isinstance(item, (dict, list)):
            if depth > max_depth:
                raise refused("too_deep", file=name, limit=max_depth)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)


def read_json_file(path: str | os.PathLike, name: str | None = None, limit: int = MAX_JSON_BYTES):
    shown = name or str(path)
    return parse_json(read_bytes(path, limit, shown), shown)


# --- zip --------------------------------------------------------------------------------------


def open_zip(path: str | os.PathLike, name: str | None = None, *, max_members: int = MAX_ZIP_MEMBERS,
             max_total: int = MAX_ZIP_TOTAL) -> zipfile.ZipFile:
    """A zip whose directory passed the checks; close it (use it in `with`)."""
    shown = name or Path(path).name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise refused("missing", file=shown) from None
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, OSError):
        raise refused("bad_zip", file=shown) from None
    try:
        infos = zf.infolist()
        size = os.fstat(zf.fp.fileno()).st_size if zf.fp else 0
        # A directory whose offsets point outside the file (zipfile adds a negative shift when
        # the end record lies about where the directory starts): reading a member would seek
        # before byte 0 and fail with an OS error instead of a bad-zip one.
        if any(not 0 <= info.header_offset < size for info in infos):
            raise refused("bad_zip", file=shown)
        if len(infos) > max_members:
            raise refused("zip_members", file=shown, limit=max_members)
        if sum(i.file_size for i in infos) > max_total:
            raise refused("zip_bomb", file=shown, limit=size_text(max_total))
        for info in infos:
            if info.file_size > RATIO_FROM and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise refused("zip_ratio", file=shown, member=info.filename[:100], limit=MAX_ZIP_RATIO)
    except BaseException:
        zf.close()
        raise
    return zf


def read_member(zf: zipfile.ZipFile, member: str, limit: int, name: str) -> bytes:
    """One member's bytes, never more than `limit` whatever its header says."""
    shown = f"{name}:{member}"
    try:
        with zf.open(member) as fh:
            data = fh.read(limit + 1)
    except KeyError:
        raise refused("missing", file=shown) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError,
            OSError):
        raise refused("bad_zip", file=shown) from None
    if len(data) > limit:
        raise refused("too_large", file=shown, limit=size_text(limit))
    return data


def is_zip(path: str | os.PathLike) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


# --- typed values -----------------------------------------------------------------------------


def build(cls, data, name: str, where: str = ""):
    """An instance of dataclass `cls` from parsed JSON, each field checked against its
    annotation (str, int, float, bool, X | None, list[X], dict[str, X], dict, dataclasses).
    Fields the class does not know are skipped (newer versions may add some); a missing
    field without a default, or a value of the wrong type, is refused naming the field."""
    if not isinstance(data, dict):
        raise refused("wrong_type", file=name, field=where or "(top level)", expected=EXPECTED["object"])
    hints = _hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        path = f"{where}.{f.name}" if where else f.name
        if f.name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise refused("missing_field", file=name, field=path)
            continue
        values[f.name] = _value(hints[f.name], data[f.name], name, path)
    try:
        return cls(**values)
    except (TypeError, ValueError):  # a __post_init__ that rejects a value
        raise refused("bad_value", file=name, field=where or "(top level)") from None


_HINTS: dict[type, dict] = {}


def _hints(cls) -> dict:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _value(hint, value, name: str, path: str):
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None:
            if len(options) < len(typing.get_args(hint)):
                return None
        elif len(options) == 1:
            try:
                return _value(options[0], value, name, path)
            except BadInput as exc:  # say "... or null" when null was allowed here
                if refusal(exc) != "wrong_type" or exc.params["field"] != path:
                    raise
        raise refused("wrong_type", file=name, field=path, expected=_expected(hint))
    if origin is list:
        if not isinstance(value, list):
            raise refused("wrong_type", file=name, field=path, expected=EXPECTED["list"])
        if len(value) > MAX_LIST:
            raise refused("too_many", file=name, field=path, limit=MAX_LIST)
        (item,) = typing.get_args(hint)
        return [_value(item, v, name, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise refused("wrong_type", file=name, field=path, expected=EXPECTED["object"])
        args = typing.get_args(hint)
        if not args:
            return dict(value)
        return {k: _value(args[1], v, name, f"{path}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(hint):
        return build(hint, value, name, path)
    if hint is str:
        if not isinstance(value, str):
            raise refused("wrong_type", file=name, field=path, expected=EXPECTED["text"])
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise refused("wrong_type", file=name, field=path, expected=EXPECTED["boolean"])
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise refused("wrong_type", file=name, field=path, expected=EXPECTED["integer"])
        return value
    if hint is float:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise refused("wrong_type", file=name, field=path, expected=EXPECTED["number"])
        return float(value)
    if hint is typing.Any or hint is object:
        return value
    raise TypeError(f"build() does not know the annotation {hint!r}")  # a bug in our dataclasses


def _expected(hint) -> str:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if len(args) == 1 else None
    key = {str: "text_or_null", int: "integer_or_null", bool: "boolean_or_null"}.get(base) if base else None
    if key is None and base is not None and (dataclasses.is_dataclass(base) or typing.get_origin(base) is dict):
        key = "object_or_null"
    return EXPECTED[key or "object_or_null"]


def expect_list(value, name: str, field: str, limit: int = MAX_LIST) -> list:
    """A list field read by hand (not through `build`)."""
    if not isinstance(value, list):
        raise refused("wrong_type", file=name, field=field, expected=EXPECTED["list"])
    if len(value) > limit:
        raise refused("too_many", file=name, field=field, limit=limit)
    return value
