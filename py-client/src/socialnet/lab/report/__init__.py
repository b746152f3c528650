"""The pieces of `python -m socialnet.lab.analyze`: one module per report section.

Each section module has `analyze(run, ...) -> Section`; a Section holds what to
print (paragraphs, tables, figures) and the invariants it checked.
"""
