"""A fast yes/no check of a log line against proto/log-line.schema.json.

jsonschema takes ~100 µs a line, minutes for a long run. This compiles the
small subset of JSON Schema the log schema uses into one Python expression
(a few µs a line). It is generated from the schema file, not written by hand:
any keyword outside the subset makes `compile_schema` return None and the
caller uses jsonschema for everything. Lines it rejects are re-checked by
jsonschema (the authority), which also words the error.
"""

from __future__ import annotations

import re
from collections.abc import Callable

IGNORED = {"$schema", "$id", "title", "description", "$comment", "examples", "default", "then", "else"}
NUMBER = "(isinstance({x}, (int, float)) and not isinstance({x}, bool))"
TYPES = {
    "object": "isinstance({x}, dict)",
    "string": "isinstance({x}, str)",
    "number": NUMBER,
    "integer": f"({NUMBER} and (isinstance({{x}}, int) or {{x}}.is_integer()))",
    "boolean": "isinstance({x}, bool)",
    "array": "isinstance({x}, list)",
    "null": "({x} is None)",
}


class Unsupported(Exception):
    pass


def _expr(schema: object, x: str, consts: list) -> str:
    """A Python expression true iff the value named by x is valid against schema."""
    if schema is True or schema == {}:
        return "True"
    if not isinstance(schema, dict):
        raise Unsupported(repr(schema))
    parts = []
    for key, arg in schema.items():
        if key in IGNORED or (key == "additionalProperties" and arg is True):
            continue
        if key == "type":
            names = [arg] if isinstance(arg, str) else arg
            parts.append("(" + " or ".join(TYPES[n].format(x=x) for n in names) + ")")
        elif key == "minimum" and isinstance(arg, int | float):
            parts.append(f"(not {NUMBER.format(x=x)} or {x} >= {arg!r})")
        elif key in ("enum", "const"):
            values = arg if key == "enum" else [arg]
            if not all(isinstance(v, str) for v in values):
                raise Unsupported("enum of non-strings")
            consts.append(frozenset(values))
            parts.append(f"(isinstance({x}, str) and {x} in _c[{len(consts) - 1}])")
        elif key == "pattern":
            consts.append(re.compile(arg))
            parts.append(f"(not isinstance({x}, str) or _c[{len(consts) - 1}].search({x}) is not None)")
        elif key in ("minLength", "maxLength"):
            op = ">=" if key == "minLength" else "<="
            parts.append(f"(not isinstance({x}, str) or len({x}) {op} {int(arg)})")
        elif key == "required":
            keys = " and ".join(f"{k!r} in {x}" for k in arg) or "True"
            parts.append(f"(not isinstance({x}, dict) or ({keys}))")
        elif key == "properties":
            for k, sub in arg.items():
                parts.append(f"(not isinstance({x}, dict) or {k!r} not in {x} or {_expr(sub, f'{x}[{k!r}]', consts)})")
        elif key == "allOf":
            parts += [_expr(sub, x, consts) for sub in arg]
        elif key == "if":
            cond = _expr(arg, x, consts)
            then, otherwise = (_expr(schema.get(k, True), x, consts) for k in ("then", "else"))
            parts.append(f"(({then}) if ({cond}) else ({otherwise}))")
        else:
            raise Unsupported(key)
    return "(" + " and ".join(parts) + ")" if parts else "True"


def compile_schema(schema: dict) -> Callable[[object], bool] | None:
    """A fast validity test for schema, or None if it uses keywords outside the subset."""
    consts: list = []
    try:
        source = f"def check(v):\n    return {_expr(schema, 'v', consts)}\n"
    except (Unsupported, KeyError, TypeError, re.error):
        return None
    namespace: dict = {"_c": consts}
    exec(compile(source, "<log-line schema>", "exec"), namespace)
    return namespace["check"]
