"""docs/messages.md is generated from the .proto comments and must not go stale."""

import importlib.util
import pathlib

SCRIPT = pathlib.Path(__file__).resolve().parents[1] / "scripts" / "proto_docs.py"


def load_script():
    spec = importlib.util.spec_from_file_location("proto_docs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_messages_doc_matches_the_schema():
    docs = load_script()
    expected = docs.render(docs.load())
    assert docs.OUT.read_text(encoding="utf-8") == expected, "docs/messages.md is stale: run `make docs`"


def test_every_message_and_field_is_commented():
    docs = load_script()
    f = docs.load()
    notes = docs.comments(f)
    missing = [m.name for i, m in enumerate(f.message_type) if (4, i) not in notes]
    missing += [
        f"{m.name}.{fld.name}"
        for i, m in enumerate(f.message_type)
        for j, fld in enumerate(m.field)
        if (4, i, 2, j) not in notes
    ]
    assert missing == []
