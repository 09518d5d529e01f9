"""Words for a specialist's review: why a case offered could not be fetched or answered, the
states of a case offered, and the CLI's `review` lines.

Same conventions as the rest of the package (see wording/__init__.py): QT_TRANSLATE_NOOP
marks, one sentence that says what happened and what to do; a bundle problem code (a file
changed on the way, a signature that does not hold) is worded by wording.bundle, an error of
the link or the service by wording.sync. Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from collections.abc import Callable

from wording import QT_TRANSLATE_NOOP
from wording.bundle import BUNDLE_PROBLEM
from wording.sync import SYNC_ERROR, sync_error_text

REVIEW_ERROR = {
    "not_yours": QT_TRANSLATE_NOOP(
        "wording",
        "This case is not offered to you (it went to another specialist). Nothing was changed.",
    ),
    "not_assigned": QT_TRANSLATE_NOOP(
        "wording",
        "This computer is not enrolled as a specialist's. Enroll it with a "
        "specialist's code to review cases.",
    ),
    "assignment_closed": QT_TRANSLATE_NOOP(
        "wording",
        "This case is no longer yours to answer: it was declined, given to someone else or "
        "answered already.",
    ),
    "not_ready": QT_TRANSLATE_NOOP(
        "wording",
        "The service is still preparing this case for you. It is fetched by itself in a few "
        "minutes.",
    ),
    "item_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The record of this offer no longer carries the service's signature. Do not trust it; "
        "fetch the case again.",
    ),
    "envelope_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "The case's envelope names another clinic, key or files than the service offered. "
        "It was not kept; tell the service administrator.",
    ),
    "range_refused": QT_TRANSLATE_NOOP(
        "wording",
        "The service answered a different part of a file than asked for. Fetch the case again.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "wording", "A file of the case is larger than it may be. It was not kept."
    ),
    "case_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "No case offered to you has this number. Check it with 'casebridge review list'.",
    ),
    "not_fetched": QT_TRANSLATE_NOOP(
        "wording",
        "This case is not on this computer yet. Fetch it first: casebridge review fetch CASE",
    ),
}

# A case offered, as the specialist's list shows it: where its fetch is, and the offer.
FETCH_STATE = {
    "waiting": QT_TRANSLATE_NOOP("wording", "To fetch"),
    "stored": QT_TRANSLATE_NOOP("wording", "Ready to review"),
    "failed": QT_TRANSLATE_NOOP("wording", "Could not be fetched"),
    "withdrawn": QT_TRANSLATE_NOOP("wording", "No longer yours"),
}
ASSIGNMENT_STATE = {
    "offered": QT_TRANSLATE_NOOP("wording", "Offered"),
    "accepted": QT_TRANSLATE_NOOP("wording", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("wording", "Declined"),
    "withdrawn": QT_TRANSLATE_NOOP("wording", "Given to someone else"),
    "answered": QT_TRANSLATE_NOOP("wording", "Answered"),
}


def review_error_text(code: str | None) -> str:
    """Words for why a case could not be fetched, checked or answered."""
    if not code:
        return ""
    if code in REVIEW_ERROR:
        return REVIEW_ERROR[code]
    if code in BUNDLE_PROBLEM:
        return BUNDLE_PROBLEM[code]
    if code in SYNC_ERROR:
        return SYNC_ERROR[code]
    return sync_error_text(code)


# What `casebridge review ...` prints. Terminal-only words (the CLI speaks English only, so no
# lupdate marks); sizes and times come from wording.units.
CLI_REVIEW_WORDS = {
    "none": "No cases offered to you yet. Run 'casebridge sync' to look for new ones.",
    "row": "{bundle}  {urgency:<7}  {specialty:<16}  due {due}  {state}  {offer}  {patient}",
    "fetched": "Fetched: case {bundle} ({case})",
    "fetch_failed": "Not fetched: case {bundle}: {words}",
    "withdrawn": "No longer yours: case {bundle}: {words}",
    "fetch_summary": "{fetched} fetched, {failed} not fetched, {waiting} still to fetch",
    "fetch_progress": "{bundle} {file}: {percent}% of {size}, {speed}, {left}",
    "accepted": "Accepted: case {bundle}",
    "declined": "Declined: case {bundle}; the service offers it to the next specialist",
    "urgent": "URGENT",
    "routine": "routine",
    # After a case's row in review list: the files its clinic added later (update bundles).
    "new_files_stored": "new files",
    "new_files_waiting": "new files, not fetched yet",
    "new_files_failed": "new files could not be fetched",
    # review show: headings and labels
    "case": "Case {bundle} from {clinic}: {specialty}, {urgency}, due {due}",
    "patient": "Patient: {name}, {sex}, {age}",
    "consent": "Consent: {method} by {given_by} on {at} (recorded by {recorded_by})",
    "question": "Q{number}. {text}",
    "field": "{label}: {value}",
    "timeline": "Timeline:",
    "timeline_row": "  {date}  {text}",
    "summary": "Summary:",
    "checklist": "Checklist ({condition}): {missing} missing",
    "checklist_row": "  missing: {item} ({why})",
    "documents": "Documents:",
    "document_row": "  {kind} {date} {name}",
    "lab_row": "    {test} {value} {unit} {flag}",
    "files": "Files: {count} ({size})",
    "file_row": "  {kind:<8} {size:>10}  {name}",
    "key_images": "Key images:",
    "key_image_row": "  {uid} frame {frame}: {note}",
    "own_marks": "Your key images and measurements:",
    "own_mark_row": "  {text}",
    "in_review": "Opened: the clinic will see 'in review' at the next sync.",
}

# The referral's free-text fields in the order `review show` prints them.
REFERRAL_LABELS = {
    "working_diagnosis": "Working diagnosis",
    "clinical_summary": "Clinical summary",
    "medications": "Medications",
    "allergies": "Allergies",
    "prior_treatment": "Prior treatment",
    "planned_treatment": "Planned treatment",
    "referring_doctor": "Referring doctor",
    "referring_registration": "Registration",
}

# Where the opinion on a case is (casework.worklist OPINION_*), as the worklist shows it.
OPINION_STATE = {
    "none": QT_TRANSLATE_NOOP("wording", "Not started"),
    "draft": QT_TRANSLATE_NOOP("wording", "Draft"),
    "signed": QT_TRANSLATE_NOOP("wording", "Signed, to send"),
    "sent": QT_TRANSLATE_NOOP("wording", "Sent"),
}

# The specialist's window: the worklist ("Assigned cases") and the review of one case.
REVIEW_WORDS = {
    "worklist_title": QT_TRANSLATE_NOOP("wording", "Assigned cases"),
    "worklist_empty": QT_TRANSLATE_NOOP(
        "wording",
        "No cases assigned to you yet. New cases are fetched by themselves when the "
        "computer is online.",
    ),
    "col_patient": QT_TRANSLATE_NOOP("wording", "Patient"),
    "col_specialty": QT_TRANSLATE_NOOP("wording", "Specialty"),
    "col_urgency": QT_TRANSLATE_NOOP("wording", "Urgency"),
    "col_question": QT_TRANSLATE_NOOP("wording", "First question"),
    "col_assigned": QT_TRANSLATE_NOOP("wording", "Assigned"),
    "col_due": QT_TRANSLATE_NOOP("wording", "Due by"),
    "col_fetched": QT_TRANSLATE_NOOP("wording", "On this computer"),
    "col_opinion": QT_TRANSLATE_NOOP("wording", "Opinion"),
    "age_sex": QT_TRANSLATE_NOOP("wording", "{age} y, {sex}"),
    "not_fetched_yet": QT_TRANSLATE_NOOP("wording", "Not fetched yet"),
    "open": QT_TRANSLATE_NOOP("wording", "Open case"),
    "accept": QT_TRANSLATE_NOOP("wording", "Accept"),
    "decline": QT_TRANSLATE_NOOP("wording", "Decline…"),
    "decline_title": QT_TRANSLATE_NOOP("wording", "Decline this case"),
    "decline_reason": QT_TRANSLATE_NOOP(
        "wording", "Why do you decline it? The service offers it to the next specialist."
    ),
    "asking": QT_TRANSLATE_NOOP("wording", "Asking the service…"),
    "accepted": QT_TRANSLATE_NOOP("wording", "Accepted."),
    "declined": QT_TRANSLATE_NOOP(
        "wording", "Declined. The service offers it to the next specialist."
    ),
    "count": QT_TRANSLATE_NOOP("wording", "Assigned cases: {count}"),
    "back": QT_TRANSLATE_NOOP("wording", "← Assigned cases"),
    "write_opinion": QT_TRANSLATE_NOOP("wording", "Write opinion…"),
    "case_heading": QT_TRANSLATE_NOOP("wording", "{specialty} · {urgency} · due {due}"),
    "from_clinic": QT_TRANSLATE_NOOP("wording", "From {clinic}, assigned {at}"),
    "patient": QT_TRANSLATE_NOOP("wording", "Patient"),
    "consent": QT_TRANSLATE_NOOP("wording", "Consent"),
    "consent_line": QT_TRANSLATE_NOOP(
        "wording", "{method}, given by {given_by} on {at}, recorded by {recorded_by}"
    ),
    "questions": QT_TRANSLATE_NOOP("wording", "Questions"),
    "referral": QT_TRANSLATE_NOOP("wording", "Referral"),
    "timeline": QT_TRANSLATE_NOOP("wording", "Timeline"),
    "summary": QT_TRANSLATE_NOOP("wording", "Summary"),
    "checklist": QT_TRANSLATE_NOOP("wording", "Checklist"),
    "checklist_line": QT_TRANSLATE_NOOP("wording", "Checked for {condition}: {missing} missing"),
    "checklist_missing": QT_TRANSLATE_NOOP("wording", "Missing: {item} ({why})"),
    "documents": QT_TRANSLATE_NOOP("wording", "Documents and lab values"),
    "images": QT_TRANSLATE_NOOP("wording", "Images"),
    "series_line": QT_TRANSLATE_NOOP("wording", "{modality} {description}: {count} images"),
    "photos_files": QT_TRANSLATE_NOOP("wording", "Photos and files"),
    "key_images": QT_TRANSLATE_NOOP("wording", "Key images with the clinic's notes"),
    # Where an image is in the case (casework.review_marks.locate).
    "place": QT_TRANSLATE_NOOP("wording", "{series}, image {number}"),
    "place_frame": QT_TRANSLATE_NOOP("wording", "{series}, image {number}, frame {frame}"),
    "place_unknown": QT_TRANSLATE_NOOP("wording", "Image …{uid}, frame {frame}"),
    "noted": QT_TRANSLATE_NOOP("wording", "{place}: {note}"),
    # The specialist's own marks, kept beside the case (local_store.review_marks).
    "own_marks": QT_TRANSLATE_NOOP("wording", "Your key images and measurements"),
    "own_marks_none": QT_TRANSLATE_NOOP(
        "wording",
        "None yet. Open a series with View, then mark key images (K) and measure in the "
        "image viewer. They are kept on this computer beside the case, which stays as the "
        "clinic sent it.",
    ),
    "own_key_image": QT_TRANSLATE_NOOP("wording", "Key image, {place}"),
    "own_length": QT_TRANSLATE_NOOP("wording", "Length {value} on {place}"),
    "own_angle": QT_TRANSLATE_NOOP("wording", "Angle {value} on {place}"),
    "own_ellipse": QT_TRANSLATE_NOOP(
        "wording", "Area on {place} (its numbers show in the image viewer)"
    ),
    "own_measurement": QT_TRANSLATE_NOOP("wording", "Measurement on {place}"),
    # The same marks in the opinion editor, to refer to while writing.
    "own_marks_none_editor": QT_TRANSLATE_NOOP(
        "wording",
        "None yet. Mark key images (K) and measure in the image viewer the review opens; "
        "they are listed here so you can refer to them.",
    ),
    "insert_reference": QT_TRANSLATE_NOOP("wording", "Insert"),
    "insert_reference_tip": QT_TRANSLATE_NOOP(
        "wording",
        "Insert this line where your cursor is, in the box you were writing in; nothing you "
        "wrote is changed.",
    ),
    "view_image_tip": QT_TRANSLATE_NOOP("wording", "Open this image in the image viewer"),
    "mm": QT_TRANSLATE_NOOP("wording", "{value} mm"),
    "px": QT_TRANSLATE_NOOP("wording", "{value} pixels (not calibrated)"),
    "degrees": QT_TRANSLATE_NOOP("wording", "{value}°"),
    "unnamed_clinic": QT_TRANSLATE_NOOP("wording", "a clinic the service did not name"),
    "age_years": QT_TRANSLATE_NOOP("wording", "{age} years"),
    "view": QT_TRANSLATE_NOOP("wording", "View"),
    "nothing": QT_TRANSLATE_NOOP("wording", "None sent."),
    "deidentified": QT_TRANSLATE_NOOP(
        "wording", "De-identified: names, free text and dates were removed by the clinic."
    ),
    "in_review": QT_TRANSLATE_NOOP(
        "wording", "Opened: the clinic sees \u201cin review\u201d after the next sync."
    ),
    # The follow-up thread in the review (sync.thread).
    "thread": QT_TRANSLATE_NOOP("wording", "Follow-up questions"),
    "thread_none": QT_TRANSLATE_NOOP("wording", "The clinic has asked nothing since the case."),
    "thread_line": QT_TRANSLATE_NOOP("wording", "{who} ({role}), {at}"),
    "thread_you": QT_TRANSLATE_NOOP("wording", "You"),
    "thread_verified": QT_TRANSLATE_NOOP("wording", "✓ Signature verified, key {fingerprint}"),
    "thread_not_verified": QT_TRANSLATE_NOOP(
        "wording", "The signature does not verify: do not trust this message."
    ),
    "thread_file": QT_TRANSLATE_NOOP("wording", "File sent with it: {name} ({size})"),
    "thread_file_missing": QT_TRANSLATE_NOOP(
        "wording", "File sent with it: {name} ({size}), not received yet"
    ),
    "thread_waiting": QT_TRANSLATE_NOOP("wording", "Waiting for your answer"),
    "answer_button": QT_TRANSLATE_NOOP("wording", "Answer…"),
    "update_row": QT_TRANSLATE_NOOP("wording", "Files added to an earlier case"),
    # A case whose clinic added files later (an update bundle folded into its row).
    "new_files": QT_TRANSLATE_NOOP("wording", "New files"),
    "new_files_waiting": QT_TRANSLATE_NOOP("wording", "New files, not fetched yet"),
    "new_files_failed": QT_TRANSLATE_NOOP("wording", "New files could not be fetched"),
    "answer_kept": QT_TRANSLATE_NOOP(
        "wording", "Your answer is kept. It goes to the clinic at the next connection."
    ),
}


# ---- the specialist's own marks, one line each (the review, the opinion editor, `review show`)


def _same(text: str) -> str:
    return text


def _words(translate: Callable[[str], str], key: str, **values: object) -> str:
    text = translate(REVIEW_WORDS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def place_text(
    series: str,
    number: int | None,
    frames: int,
    frame: int,
    uid: str,
    translate: Callable[[str], str] = _same,
) -> str:
    """Where an image is in the case: "CT CHEST, image 3" (", frame 2" in a clip), or the end of
    its UID when the clinic's manifest does not number it. ``frame`` counts from 0."""
    if number is None:
        return _words(translate, "place_unknown", uid=uid[-12:], frame=frame + 1)
    if frames > 1:
        return _words(translate, "place_frame", series=series, number=number, frame=frame + 1)
    return _words(translate, "place", series=series, number=number)


def own_mark_text(
    kind: str,
    place: str,
    *,
    note: str = "",
    value: float | None = None,
    unit: str = "",
    translate: Callable[[str], str] = _same,
) -> str:
    """One of the specialist's marks as a line a reader understands: "Key image, CT CHEST,
    image 3: note", "Length 186.7 mm on CT CHEST, image 3", "Angle 32.0° on ...". ``kind`` is
    casework.review_marks' ("key_image", "length", "angle", "ellipse")."""
    if kind == "key_image":
        text = _words(translate, "own_key_image", place=place)
        return _words(translate, "noted", place=text, note=note) if note else text
    if value is None:
        key = "own_ellipse" if kind == "ellipse" else "own_measurement"
        return _words(translate, key, place=place)
    unit_key = {"deg": "degrees", "mm": "mm"}.get(unit, "px")
    amount = _words(translate, unit_key, value=f"{value:.1f}")
    key = "own_angle" if kind == "angle" else "own_length"
    return _words(translate, key, value=amount, place=place)
