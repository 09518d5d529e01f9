"""Fixtures of the app tests, from tests/support: the command line in a child process, which
can also run under a memory watch (``cli``), and the real main window over the real store
(``window``, ``reopen``), and the folder screenshots go to (``out_dir``).

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

from tests.support.gui import reopen as reopen
from tests.support.gui import window as window
from tests.support.screens import out_dir as out_dir
from tests.support.watch import cli as cli
