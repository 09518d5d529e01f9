"""The received opinion printed: the referring doctor's PDF and the patient's summary in
English and Hindi, read back with poppler (pdftotext, pdfinfo, pdffonts) and the Hindi page
rendered to a PNG with pdftoppm (artifacts/screens/opinion_patient_hi-*.png, to look at:
conjuncts and vowel signs joined, nothing clipped). Also the print dialog's way (a QPrinter)
and the CLI's `opinion print`."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from casework.opinion_view import build, with_thread
from cli.opinion_print_command import write
from printing import opinion_pdf
from tests.support.received_opinion import (
    ANSWERS,
    HINDI_SUMMARY,
    INVESTIGATIONS,
    QUESTIONS,
    SPECIALIST,
    thread_entry,
    versions,
)
from tests.support.screens import OUT

pytestmark = [
    pytest.mark.interop,
    pytest.mark.skipif(
        shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
    ),
]
CASE_ID = "3f2a9c1e-7b4d-4e2a-9c11-5d0e8f6a2b10"


def _text(pdf) -> str:
    """The PDF's words with line breaks as spaces (a word broken after a hyphen rejoined)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _info(pdf) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines())}


def _a4(pdf) -> int:
    info = _info(pdf)
    assert info["Page size"] == "595 x 842 pts (A4)"
    return int(info["Pages"])


@pytest.fixture
def screen(qapp):
    first, second = versions(see_in_person="within_days")
    return build(
        [first, second],
        {(second.opinion.opinion_id, 0): "2026-12-05"},
        case_id=CASE_ID,
        patient_name="Sunita Devi",
    )


def test_the_doctors_printout_holds_the_whole_opinion(screen, tmp_path):
    pdf = tmp_path / "doctor.pdf"
    opinion_pdf.write_pdf(opinion_pdf.doctor_document(screen), pdf)
    text = _text(pdf)
    assert "Verdict: Refined" in text
    assert _flat(screen.opinion.diagnosis) in text
    for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
        assert _flat(question) in text
        assert _flat(answer) in text
    for item in INVESTIGATIONS:
        assert item in text
    assert "done on 5 Dec 2026" in text
    assert "Second opinion on case 3f2a9c1e" in text
    assert "Sunita Devi" in text
    assert "Signed 3 Dec 2026" in text and "Received 3 Dec 2026" in text
    assert "2 (corrects version 1)" in text
    assert SPECIALIST.name in text and SPECIALIST.qualification in text
    assert f"Registration number {SPECIALIST.registration}, {SPECIALIST.council}" in text
    assert "Signature verified: signed by the specialist's key SHA256:" in text
    # The fingerprint may break over two lines (after a "/"): read it without the breaks.
    assert screen.fingerprint in "".join(text.split())
    assert "seen in person within days" in text
    assert "Version 1, signed 2 Dec 2026: Confirmed." in text
    assert _a4(pdf) >= 1
    assert not (tmp_path / "doctor.pdf.part").exists()


def test_the_patients_summary_in_english_in_plain_words_on_two_pages_at_most(screen, tmp_path):
    pdf = tmp_path / "patient.pdf"
    opinion_pdf.write_pdf(opinion_pdf.patient_document(screen, "en"), pdf)
    text = _text(pdf)
    assert "Your specialist's opinion" in text
    assert "What the specialist found" in text and "What to do next" in text
    assert "When to come back" in text
    assert "The specialist agrees, and has made the diagnosis more exact." in text
    assert "See a specialist in person within the next few days." in text
    assert _flat(screen.opinion.patient_summary) in text
    for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
        assert _flat(question) in text
        assert _flat(answer) in text
    assert 1 <= _a4(pdf) <= 2


def test_the_patients_summary_in_hindi_is_shaped_in_the_bundled_devanagari_font(qapp, tmp_path):
    first, second = versions(patient_summary=HINDI_SUMMARY)
    screen = build([first, second], {}, case_id=CASE_ID, patient_name="सुनीता देवी")
    pdf = tmp_path / "patient_hi.pdf"
    opinion_pdf.write_pdf(opinion_pdf.patient_document(screen, "hi"), pdf)
    assert 1 <= _a4(pdf) <= 2
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"NotoSansDevanagari-Regular\s+CID TrueType\s+Identity-H\s+yes", fonts)
    # The Latin words in it (the specialist's plan, the answers) still read back.
    text = _text(pdf)
    assert _flat(ANSWERS[0]) in text
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("opinion_patient_hi-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", "90", "-png", str(pdf), str(OUT / "opinion_patient_hi")], check=True
    )
    pages = sorted(OUT.glob("opinion_patient_hi-*.png"))
    assert 1 <= len(pages) <= 2 and all(p.stat().st_size > 10_000 for p in pages)


def test_the_print_dialogs_printer_gets_the_same_a4_pages(screen, tmp_path):
    pdf = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    opinion_pdf.print_to(opinion_pdf.doctor_document(screen), printer)
    del printer
    assert "Verdict: Refined" in _text(pdf)
    assert _a4(pdf) >= 1


def test_the_cli_writes_the_same_printouts(screen, tmp_path):
    write(screen, tmp_path / "doctor.pdf")
    write(screen, tmp_path / "patient.pdf", patient=True, language="hi")
    assert "Verdict: Refined" in _text(tmp_path / "doctor.pdf")
    assert 1 <= _a4(tmp_path / "patient.pdf") <= 2


def test_opinion_print_says_when_there_is_no_opinion_yet(cli, tmp_path):
    case_id = cli.new_case()
    result = cli("opinion", "print", case_id[:8], "--out", str(tmp_path / "x.pdf"), "--patient")
    assert result.code == 1
    assert "No opinion has been received for this case yet" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_the_doctors_printout_lists_the_follow_up_messages_in_order(screen, tmp_path):
    thread = [
        thread_entry(
            "PHC Hosakote", "clinic", "2026-12-04T08:00:00Z", "The ER report came: positive."
        ),
        thread_entry(
            SPECIALIST.name,
            "specialist",
            "2026-12-04T15:00:00Z",
            "Then add hormone therapy after surgery.",
            attachments=("er-report.pdf",),
            verified=True,
        ),
    ]
    pdf = tmp_path / "doctor.pdf"
    opinion_pdf.write_pdf(opinion_pdf.doctor_document(with_thread(screen, thread)), pdf)
    text = _text(pdf)
    assert "Follow-up messages" in text
    first = text.index("PHC Hosakote (clinic), 4 Dec 2026")
    second = text.index(f"{SPECIALIST.name} (specialist), 4 Dec 2026 ✓ Signature verified")
    assert first < text.index("The ER report came: positive.") < second
    assert "Then add hormone therapy after surgery." in text
    assert "Files: er-report.pdf" in text


def test_a_message_from_someone_the_service_named_no_one_is_headed_by_role_alone(screen, tmp_path):
    thread = [thread_entry("", "clinic", "2026-12-05T09:00:00Z", "Is the dose the same?")]
    pdf = tmp_path / "doctor.pdf"
    opinion_pdf.write_pdf(opinion_pdf.doctor_document(with_thread(screen, thread)), pdf)
    text = _text(pdf)
    assert "Clinic, 5 Dec 2026" in text  # as the Opinion tab heads it
    assert "(clinic)" not in text
