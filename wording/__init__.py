"""The words CaseBridge shows people, keyed by the codes the lower layers return.

One source of English text for both faces of the product, split by domain:

- ``wording.cases``: statuses, intake fields and their problems, the CLI's case headings;
- ``wording.store``: data-folder errors, how cases are protected, the audit check;
- ``wording.importing``: import phases, why a file was not imported, import reports;
- ``wording.clinical``: documents, lab values, checklists, the case summary;
- ``wording.viewing``: why an image cannot be shown, measurements, window presets, rendering;
- ``wording.receiver``: receiving images from scanners;
- ``wording.bundle``, ``wording.deid``, ``wording.sync``, ``wording.service``: bundles,
  de-identification, sending cases and enrolling, the opinion service's admin commands;
- ``wording.carry``: carrying a sealed case on a USB stick;
- ``wording.units``: sizes, speeds and time left (the one formatter of each).

cli prints these strings as they are; desktop passes each through
``QCoreApplication.translate(CONTEXT, text)`` (``desktop.words``) so translators see them:
every string is marked ``QT_TRANSLATE_NOOP("wording", ...)``, which ``pyside6-lupdate`` finds
in any module of this package, and all share the one context "wording", so a sentence moved
between modules keeps its translation. Every message about a problem says what to do next.
This module holds only what the domain modules share. Qt-free; thread-safety: constant data
and pure functions.
"""

from __future__ import annotations

CONTEXT = "wording"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context`` and returns it unchanged."""
    return text
