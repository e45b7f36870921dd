"""The full-text engine of the database in use: PostgreSQL's text search on
PostgreSQL, FTS5 on SQLite. Both answer the same questions (engines/base.py)."""

from django.db import connection

from .base import Engine
from .postgres import PostgresEngine
from .sqlite import SqliteEngine

__all__ = ["Engine", "engine"]

ENGINES: dict[str, type[Engine]] = {"postgresql": PostgresEngine, "sqlite": SqliteEngine}


def engine() -> Engine:
    return ENGINES[connection.vendor]()
