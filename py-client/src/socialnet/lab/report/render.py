"""report.md and report.html from the same sections."""

from __future__ import annotations

import html

from socialnet.lab.report.model import MAX_LISTED, Bullets, Check, Figure, Section, Table, capped

CSS = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}td,th{border:1px solid #ccc;padding:.2em .6em}
th{background:#f3f3f3}img{max-width:100%;border:1px solid #ddd}.ok{color:#17702a}.bad{color:#b00020;font-weight:bold}
.na{color:#777}code{background:#f3f3f3;padding:0 .2em}"""


def _cell_md(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("*", "\\*").replace("|", "\\|").replace("\n", " ")


def check_lines(c: Check) -> tuple[str, list[str]]:
    return f"invariant `{c.name}`: {c.status} — {c.detail}", capped(c.violations, MAX_LISTED)


def markdown(title: str, verdict: Table, sections: list[Section]) -> str:
    out = [f"# {title}", ""]
    blocks_of = [("Verdict", [verdict], [])] + [(s.title, s.blocks, s.checks) for s in sections]
    for heading, blocks, checks in blocks_of:
        out += [f"## {heading}", ""]
        for b in blocks:
            if isinstance(b, Table):
                out.append("| " + " | ".join(map(_cell_md, b.headers)) + " |")
                out.append("|" + "---|" * len(b.headers))
                out += ["| " + " | ".join(map(_cell_md, row)) + " |" for row in b.rows]
            elif isinstance(b, Figure):
                out.append(f"![{b.caption}]({b.file})")
            elif isinstance(b, Bullets):
                out += [f"- {_cell_md(item)}" for item in b.items]
            else:
                out.append(b.replace("*", "\\*"))
            out.append("")
        for c in checks:
            head, listed = check_lines(c)
            out += [f"**{_cell_md(head)}**", ""] + [f"- {_cell_md(v)}" for v in listed] + ([""] if listed else [])
    return "\n".join(out).rstrip() + "\n"


def _status_class(status: str) -> str:
    return {"holds": "ok", "n/a": "na"}.get(status, "bad")


def page(title: str, verdict: Table, sections: list[Section]) -> str:
    e = html.escape
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title><style>{CSS}</style></head>"]
    out.append(f"<body><h1>{e(title)}</h1>")
    blocks_of = [("Verdict", [verdict], [])] + [(s.title, s.blocks, s.checks) for s in sections]
    for heading, blocks, checks in blocks_of:
        out.append(f"<h2>{e(heading)}</h2>")
        for b in blocks:
            if isinstance(b, Table):
                head = "".join(f"<th>{e(str(h))}</th>" for h in b.headers)
                body = "".join(
                    "<tr>" + "".join(f"<td{_td_class(v)}>{e('' if v is None else str(v))}</td>" for v in row) + "</tr>"
                    for row in b.rows
                )
                out.append(f"<table><tr>{head}</tr>{body}</table>")
            elif isinstance(b, Figure):
                img = f"<img src='{e(b.file)}' alt='{e(b.caption)}'>"
                out.append(f"<figure>{img}<figcaption>{e(b.caption)}</figcaption></figure>")
            elif isinstance(b, Bullets):
                out.append("<ul>" + "".join(f"<li>{e(str(i))}</li>" for i in b.items) + "</ul>")
            else:
                out.append(f"<p>{e(b)}</p>")
        for c in checks:
            head, listed = check_lines(c)
            out.append(f"<p class='{_status_class(c.status)}'>{e(head)}</p>")
            if listed:
                out.append("<ul>" + "".join(f"<li>{e(v)}</li>" for v in listed) + "</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _td_class(value) -> str:
    return f" class='{_status_class(value)}'" if value in ("holds", "VIOLATED", "n/a") else ""
