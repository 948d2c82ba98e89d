"""The dataset as one SQLite file (standard library ``sqlite3``).

The file is built under a temporary name in the target folder and renamed
over the old one only once it is complete and passes ``PRAGMA
integrity_check`` and ``PRAGMA foreign_key_check``: a rebuild is atomic,
and building twice from the same records gives the same rows (inserted in
a fixed order).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

from extractor.dataset import fulltext
from extractor.export.atomic import atomic_path
from extractor.dataset.tables import Column, DatasetError, TableData

DATASET_SCHEMA_VERSION = 1  # PRAGMA user_version of the file
_LOGICAL = {"INTEGER": "int", "REAL": "real", "BOOLEAN": "bool", "TEXT": "text"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_sql(table: TableData) -> list[str]:
    """``CREATE TABLE`` and ``CREATE INDEX`` statements for one table."""
    parts = [f"{_q(c.name)} {c.sql_type}" for c in table.columns]
    if table.primary_key:
        parts.append(f"PRIMARY KEY ({', '.join(map(_q, table.primary_key))})")
    for col, other, other_col in table.foreign_keys:
        parts.append(f"FOREIGN KEY ({_q(col)}) REFERENCES {_q(other)} ({_q(other_col)})")
    statements = [f"CREATE TABLE {_q(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"]
    for cols in table.indexes:
        name = f"idx_{table.name}_{'_'.join(cols)}"
        statements.append(f"CREATE INDEX {_q(name)} ON {_q(table.name)} ({', '.join(map(_q, cols))})")
    return statements


def write_sqlite(tables: Iterable[TableData], path: Path) -> Path:
    """(Re)build ``path`` from the tables, in order (referenced tables first)."""
    path = Path(path)
    with atomic_path(path, leftovers=("-journal",)) as tmp:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA foreign_keys=ON")
            with con:
                for table in tables:
                    for sql in create_sql(table):
                        con.execute(sql)
                    marks = ", ".join("?" for _ in table.columns)
                    con.executemany(f"INSERT INTO {_q(table.name)} VALUES ({marks})", table.rows)
                fulltext.index(con)
                con.execute(f"PRAGMA user_version={DATASET_SCHEMA_VERSION}")
            problems = check(con)
            if problems:
                raise DatasetError(f"SQLite checks failed: {problems[:5]}")
        finally:
            con.close()
    return path


def check(con: sqlite3.Connection) -> list[str]:
    """Problems reported by ``integrity_check`` and ``foreign_key_check`` (none: ``[]``)."""
    problems = [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key: {row}" for row in con.execute("PRAGMA foreign_key_check")]
    return problems


def connect_readonly(path: Path) -> sqlite3.Connection:
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"{path}: no such SQLite file")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def read_table(path: Path, name: str) -> TableData:
    """One table back from a file written by :func:`write_sqlite` (column
    types from the declared types; BOOLEAN columns as bools)."""
    try:
        con = connect_readonly(path)
        try:
            info = con.execute(f"PRAGMA table_info({_q(name)})").fetchall()
            if not info:
                raise DatasetError(f"{path}: no table {name!r}; build it with `extractor dataset`")
            columns = [Column(row[1], _LOGICAL.get(str(row[2]).upper(), "text")) for row in info]
            pk = tuple(row[1] for row in sorted(info, key=lambda r: r[5]) if row[5])
            rows = con.execute(f"SELECT * FROM {_q(name)} ORDER BY rowid").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise DatasetError(f"{path}: not a readable SQLite dataset ({e})") from e
    flags = [i for i, c in enumerate(columns) if c.type == "bool"]
    if flags:
        rows = [tuple(bool(v) if i in flags and v is not None else v for i, v in enumerate(r)) for r in rows]
    return TableData(name, "", columns, [tuple(r) for r in rows], primary_key=pk)
