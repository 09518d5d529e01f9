"""Fixtures of the store tests, from tests/support: the command line in a child process
(``cli``).

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

from tests.support.cli import cli as cli
