"""Fixtures of the scale tests: the per-test PostgreSQL database (see tests/conftest_pg.py)."""
from conftest_pg import pg_url

__all__ = ["pg_url"]
