"""Printouts made with Qt's text layout (QTextDocument to PDF or a printer): the received
opinion for the referring doctor and the summary for the patient (printing.opinion_pdf).

A package of its own, between the faces (desktop, cli) and casework, because both faces print
and the PDF needs Qt's text layout to shape Devanagari (docs/architecture.md, "Printing"): the
desktop prints from the Opinion tab; the CLI's ``opinion print`` starts an offscreen
QGuiApplication (printing.offscreen) only inside that command, so every other command stays
Qt-free. Nothing here imports desktop.
"""
