"""The words people read: every code a lower layer reports has its sentence, sizes and times
read the same everywhere and at every boundary, and the Hindi translations still find the
sentences they translate."""

from __future__ import annotations

import ast
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import wording
from local_store.import_plan import IMPORT_PHASES, REJECT_CODES
from wording import importing, units

ROOT = Path(__file__).resolve().parents[2]


def test_every_import_phase_the_importer_reports_has_its_sentence():
    assert set(importing.IMPORT_PHASE) == set(IMPORT_PHASES)
    sentences = [importing.import_phase_text(code) for code in IMPORT_PHASES]
    assert all(s.strip() for s in sentences)
    assert len(set(sentences)) == len(sentences)  # no two phases read alike


def test_every_reject_reason_has_its_sentence():
    assert set(REJECT_CODES) <= set(importing.IMPORT_REJECT)
    for code in REJECT_CODES:
        assert importing.import_reject_text(code) == importing.IMPORT_REJECT[code]


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (1, "1 bytes"),
        (999, "999 bytes"),
        (1000, "1.0 KB"),
        (1049, "1.0 KB"),
        (1051, "1.1 KB"),
        (300_016, "300.0 KB"),
        (999_949, "999.9 KB"),
        (999_950, "1.0 MB"),  # never "1000.0 KB"
        (1_500_000, "1.5 MB"),
        (999_949_999, "999.9 MB"),
        (999_950_000, "1.0 GB"),
        (1_500_000_000, "1.5 GB"),
        (5_000_000_000_000, "5000.0 GB"),  # the largest unit keeps counting
    ],
)
def test_size_text_is_decimal_with_one_decimal(size, text):
    assert units.size_text(size) == text


@pytest.mark.parametrize(
    ("rate", "text"),
    [
        (None, "measuring speed"),
        (0, "measuring speed"),
        (math.inf, "measuring speed"),
        (500, "500 bytes/s"),
        (999, "999 bytes/s"),
        (1000, "1.0 KB/s"),
        (6_250, "6.2 KB/s"),  # a 50 kbit/s 2G link
        (12_345, "12.3 KB/s"),
        (2_000_000, "2.0 MB/s"),
    ],
)
def test_rate_text(rate, text):
    assert units.rate_text(rate) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, "working it out…"),
        (math.inf, "–"),
        (-3, "about 1 s"),  # an estimate that overshot reads as nearly done
        (0, "about 1 s"),
        (0.4, "about 1 s"),
        (58.9, "about 59 s"),
        (59, "about 1 min"),  # rounded up: never a promise shorter than the wait
        (60, "about 2 min"),
        (3539, "about 59 min"),
        (3540, "about 1 h"),
        (3600, "about 1 h 1 min"),
        (5400, "about 1 h 31 min"),
        (172_739, "about 47 h 59 min"),
        (172_740, "about 2 days"),
        (8_000, "about 2 h 14 min"),  # 50 MB at the 2G rate
        (400_000, "about 5 days"),
    ],
)
def test_duration_text_rounds_up_at_each_unit(seconds, text):
    assert units.duration_text(seconds) == text


def test_time_left_text():
    assert units.time_left_text(30) == "about 31 s left"
    assert units.time_left_text(3540) == "about 1 h left"
    assert units.time_left_text(None) == "time left unknown"
    assert units.time_left_text(math.inf) == "time left unknown"


def test_units_words_go_through_the_given_translation():
    hindi = {"%1 MB": "%1 एमबी", "about %1 min": "लगभग %1 मिनट", "%1 left": "%1 बाकी"}

    def translate(text: str) -> str:
        return hindi.get(text, text)

    assert units.size_text(1_500_000, translate) == "1.5 एमबी"
    assert units.rate_text(1_500_000, translate) == "1.5 एमबी/s"
    assert units.time_left_text(200, translate) == "लगभग 4 मिनट बाकी"


def _marks() -> list[tuple[str, str, str]]:
    """(file, context, text) of every QT_TRANSLATE_NOOP call in wording/, as lupdate reads it."""
    found = []
    for path in sorted((ROOT / "wording").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = node.args
                assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
                found.append((path.name, context.value, text.value))
    return found


def test_every_mark_names_the_context_the_desktop_translates_with():
    marks = _marks()
    assert len(marks) > 300
    assert {context for _, context, _ in marks} == {wording.CONTEXT}
    marked_in = {name for name, _, _ in marks}
    assert {"cases.py", "importing.py", "units.py", "sync.py", "store.py"} <= marked_in


def test_hindi_translations_still_find_their_sentences():
    """lupdate keys a translation by context and source text: a sentence moved between the
    modules of wording/ keeps its Hindi only while both stay the same."""
    marked = {text for _, _, text in _marks()}
    tree = ET.parse(ROOT / "resources" / "i18n" / "casebridge_hi.ts")
    translated = [
        message.findtext("source")
        for context in tree.getroot()
        if context.findtext("name") == wording.CONTEXT
        for message in context.iter("message")
        if message.find("translation").get("type") is None
        and (message.findtext("translation") or "").strip()
    ]
    assert len(translated) >= 15
    assert [source for source in translated if source not in marked] == []
