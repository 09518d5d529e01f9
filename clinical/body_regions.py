"""Which body regions a study covers, read from its DICOM body part, its descriptions, or the
title line of an imaging report.

Checklist items name the regions a study must cover ("chest" and "abdomen" for a staging CT);
``regions_in`` finds the regions a text names, word by word, longest phrase first, so
"thoracic spine" is the spine and not the chest, and "CT chest" names the chest alone, never
the abdomen. DICOM's combined body-part codes ("CHESTABDPELVIS", "HEADNECK", "WHOLEBODY")
name every region they span. Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

import functools
import re

# region: words and phrases that name it (compared lower case, punctuation as spaces)
REGIONS: dict[str, tuple[str, ...]] = {
    "head": ("head", "brain", "skull", "cranial", "cranium", "cerebral", "neurocranium"),
    "neck": (
        "neck",
        "larynx",
        "laryngeal",
        "pharynx",
        "oropharynx",
        "nasopharynx",
        "hypopharynx",
    ),
    "carotid": ("carotid", "carotids"),
    "chest": ("chest", "thorax", "thoracic", "lung", "lungs", "hrct", "cxr"),
    "heart": (
        "heart",
        "cardiac",
        "coronary",
        "coronaries",
        "echo",
        "2d echo",
        "echocardiography",
        "echocardiogram",
        "ctca",
        "ccta",
    ),
    "breast": ("breast", "breasts", "mammography", "mammogram", "sonomammography"),
    "abdomen": (
        "abdomen",
        "abdominal",
        "abd",
        "abdo",
        "upper abdomen",
        "whole abdomen",
        "liver",
        "hepatobiliary",
        "pancreas",
    ),
    "pelvis": ("pelvis", "pelvic"),
    "spine": (
        "spine",
        "spinal",
        "cspine",
        "tspine",
        "lspine",
        "sspine",
        "lumbar",
        "lumbosacral",
        "dorsolumbar",
        "thoracolumbar",
        "ls spine",
        "dorsal spine",
        "cervical spine",
        "thoracic spine",
        "lumbar spine",
        "whole spine",
    ),
    "joint": (
        "joint",
        "joints",
        "knee",
        "knees",
        "hip",
        "hips",
        "shoulder",
        "shoulders",
        "elbow",
        "wrist",
        "ankle",
        "hand",
        "hands",
        "foot",
        "feet",
    ),
}

_TRUNK = ("chest", "abdomen", "pelvis")
# Words and DICOM body-part codes (PS3.16 Annex L) that span more than one region.
SPANS: dict[str, tuple[str, ...]] = {
    "chestabdomen": ("chest", "abdomen"),
    "chestabdpelvis": _TRUNK,
    "abdomenpelvis": ("abdomen", "pelvis"),
    "abdpelvis": ("abdomen", "pelvis"),
    "kub": ("abdomen", "pelvis"),
    "c a p": _TRUNK,  # "CT C/A/P"
    "headneck": ("head", "neck"),
    "wholebody": ("head", "neck", *_TRUNK),
    "whole body": ("head", "neck", *_TRUNK),
}


@functools.lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, tuple[str, ...]], int]:
    phrases: dict[str, tuple[str, ...]] = dict(SPANS)
    for region, words in REGIONS.items():
        for word in words:
            phrases[word] = (region,)
    return phrases, max(len(p.split()) for p in phrases)


def _tokens(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace("_", " ")).split()


def regions_in(text: str) -> frozenset[str]:
    """The regions a body part, a description or a report's title line names."""
    phrases, longest = _phrases()
    tokens = _tokens(text)
    found: set[str] = set()
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            regions = phrases.get(" ".join(tokens[i : i + size]))
            if regions:
                found.update(regions)
                i += size
                break
        else:
            i += 1
    return frozenset(found)
