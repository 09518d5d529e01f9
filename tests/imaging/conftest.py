"""Fixtures of the imaging tests, from tests/support: the command line in a child process,
which can also run under a memory watch and a time limit (``cli``), the folder screenshots
go to (``out_dir``) and a test's language put back to English after it (``english``).

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

from tests.support.languages import english as english
from tests.support.screens import out_dir as out_dir
from tests.support.watch import cli as cli
