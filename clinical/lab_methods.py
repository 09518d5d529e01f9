"""How a lab measured a value, as Indian reports print it beside the test: Photometry,
Westergren, Jaffe, ISE, HPLC...

Many reports print a Method column between the test and the result; without a "Method"
header its words would join the test's name ("Haemoglobin (Hb) Photometry"), and trends and
checklists would not know the test. ``is_method`` recognises such a cell by its vocabulary;
``split_trailing`` takes a method off the end of a name already read with it. A cell is a
method only when every word is method vocabulary and at least one is a method's own name, so
test names such as "Bilirubin Direct" stay whole. Thread-safety: constant data and pure
functions.
"""

from __future__ import annotations

import re

# Names of methods and techniques (lower case): any one of them makes a cell a method.
METHOD_NAMES = frozenset(
    str.split(
        "photometry photometric spectrophotometry spectrophotometric colorimetry colorimetric "
        "westergren wintrobe jaffe jaffes jaffé ise potentiometry potentiometric enzymatic "
        "calculated calculation derived computed immunoturbidimetry immunoturbidimetric "
        "turbidimetry turbidimetric nephelometry nephelometric hplc clia eclia cmia elisa elfa "
        "chemiluminescence chemiluminescent immunoassay immunochromatography "
        "immunochromatographic hexokinase god pod god-pod gpo gpo-pap chod chod-pap chod-pod "
        "pap biuret bcg bcp bromocresol diazo dpd ifcc uricase urease gldh arsenazo ocpc "
        "ferrozine cyanmethemoglobin cyanmethaemoglobin sls impedance electrical "
        "flowcytometry cytometry microscopy microscopic dipstick reflectance capillary "
        "electrophoresis agglutination latex coagulometry automated vcs"
    )
)
# Words that only qualify a method ("ISE Indirect", "Modified Westergren", "UV Kinetic").
QUALIFIERS = frozenset(
    str.split(
        "direct indirect modified kinetic uv rate end point endpoint method by with without p5p "
        "and & of flow cell counter analyser analyzer green purple fixed two assay iii mod"
    )
)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,/()\[\]:;+]+", text.lower()) if w]


def is_method(text: str) -> bool:
    """True when ``text`` reads as a method ("Jaffe Kinetic", "ISE (Indirect)", "HPLC")."""
    words = _words(text)
    return (
        bool(words)
        and any(w in METHOD_NAMES for w in words)
        and all(w in METHOD_NAMES or w in QUALIFIERS for w in words)
    )


def split_trailing(name: str) -> tuple[str, str]:
    """A test name and the method printed after it: ("RDW-CV", "Calculated"); the method is ""
    when the name does not end with one (or would be left empty)."""
    tokens = name.split()
    for start in range(1, len(tokens)):
        tail = " ".join(tokens[start:])
        if is_method(tail):
            head = " ".join(tokens[:start]).strip(" -:,")
            if head:
                return head, tail
    return name, ""
