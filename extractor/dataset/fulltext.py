"""Full-text search over the dataset: an FTS5 index on section text and entity sentences.

Datasette finds an FTS table whose ``content`` is a table and offers a search
box on that table's page, so ``sections_fts`` (title, text) and
``entities_fts`` (text, sentence) are external-content FTS5 tables over
``sections`` and ``entities``, the way sqlite-utils' ``enable_fts`` lays them
out. Queries use FTS5 syntax: ``leverandør*``, ``"anstendige arbeidsforhold"``.
"""
from __future__ import annotations

import sqlite3

# table → the columns indexed
FTS_TABLES: dict[str, tuple[str, ...]] = {"sections": ("title", "text"), "entities": ("text", "sentence")}
TOKENIZE = "unicode61 remove_diacritics 2"  # "leverandor" finds "leverandør" too


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def index(con: sqlite3.Connection) -> list[str]:
    """Create and fill ``<table>_fts`` for each table of :data:`FTS_TABLES` present; returns their names."""
    made = []
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, columns in FTS_TABLES.items():
        if table not in present:
            continue
        fts = f"{table}_fts"
        cols = ", ".join(map(_q, columns))
        con.execute(f"CREATE VIRTUAL TABLE {_q(fts)} USING fts5({cols}, content={_q(table)}, "
                    f"content_rowid='rowid', tokenize='{TOKENIZE}')")
        con.execute(f"INSERT INTO {_q(fts)} (rowid, {cols}) SELECT rowid, {cols} FROM {_q(table)}")
        made.append(fts)
    return made


def search(con: sqlite3.Connection, query: str, table: str = "sections", limit: int = 20) -> list[tuple]:
    """Rows of ``table`` matching an FTS5 ``query``, best first (rowid, then the indexed columns)."""
    columns = FTS_TABLES[table]
    cols = ", ".join(f"t.{_q(c)}" for c in columns)
    sql = (f"SELECT t.rowid, {cols} FROM {_q(table + '_fts')} f JOIN {_q(table)} t ON t.rowid = f.rowid "
           f"WHERE {_q(table + '_fts')} MATCH ? ORDER BY rank LIMIT ?")
    return con.execute(sql, (query, limit)).fetchall()
