"""Fixtures of the cases tests, from tests/support: the command line in a child process
(``cli``), the real main window over the real store (``window``, ``reopen``), the folder
screenshots go to (``out_dir``) and ``case_id``, a case with imported series, a key image and a
report (tests/support/casework.py).

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

from tests.support.casework import case_id as case_id
from tests.support.cli import cli as cli
from tests.support.gui import reopen as reopen
from tests.support.gui import window as window
from tests.support.screens import out_dir as out_dir
