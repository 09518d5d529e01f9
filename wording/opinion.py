"""Words for a specialist's opinion: why a draft cannot be signed or sent, the sections'
titles, and the CLI's `opinion` lines.

Same conventions as the rest of the package (see wording/__init__.py). A refusal the service
gives on the way (a signature that does not hold, an opinion for another case) is worded
here too, so the specialist reads the same sentence whoever refused. Thread-safety: constant
data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP
from wording.review import review_error_text

OPINION_ERROR = {
    "no_draft": QT_TRANSLATE_NOOP(
        "wording",
        "There is no draft opinion for this case. Write one first: "
        "casebridge opinion draft CASE --from FILE.json",
    ),
    "draft_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The opinion draft has a field it should not have, or a value of the wrong kind. "
        "Start from 'casebridge opinion template CASE'. Nothing was saved.",
    ),
    "opinion_incomplete": QT_TRANSLATE_NOOP(
        "wording",
        "The opinion needs a verdict on the diagnosis and how soon the patient should be "
        "seen in person before it can be signed.",
    ),
    "question_unanswered": QT_TRANSLATE_NOOP(
        "wording",
        "Every question the clinic asked needs an answer before the opinion can be signed.",
    ),
    "opinion_signed": QT_TRANSLATE_NOOP(
        "wording",
        "This opinion is signed and cannot be changed. Write a correction: a new draft "
        "replaces it once signed.",
    ),
    "opinion_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The opinion does not read as a CaseBridge opinion. It was not sent.",
    ),
    "opinion_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "The service refused the opinion: it names another case, another version of the "
        "case or another device than the one it answers. Nothing was stored.",
    ),
    "signature_bad": QT_TRANSLATE_NOOP(
        "wording",
        "The service refused the opinion: its signature does not hold (it was changed after "
        "signing). Nothing was stored.",
    ),
    "replayed_sequence": QT_TRANSLATE_NOOP(
        "wording",
        "The service refused the opinion: an opinion with this number was sent before with "
        "other content. Nothing was stored.",
    ),
    "vouch_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The clinic's key as the service vouched for it cannot be used. Fetch the case again.",
    ),
}

# Section titles, in the order the clinic reads them (casework.opinion_form.SECTIONS).
SECTION_TITLE = {
    "verdict": QT_TRANSLATE_NOOP("wording", "Verdict on the diagnosis"),
    "diagnosis": QT_TRANSLATE_NOOP("wording", "Specialist's diagnosis"),
    "reasons": QT_TRANSLATE_NOOP("wording", "Reasons"),
    "severity": QT_TRANSLATE_NOOP("wording", "Severity or stage"),
    "plan": QT_TRANSLATE_NOOP("wording", "Recommended plan"),
    "alternatives": QT_TRANSLATE_NOOP("wording", "Treatment options and alternatives"),
    "investigations": QT_TRANSLATE_NOOP("wording", "Further investigations"),
    "lifestyle": QT_TRANSLATE_NOOP("wording", "Lifestyle and supportive care"),
    "answers": QT_TRANSLATE_NOOP("wording", "Answers to the clinic's questions"),
    "see_in_person": QT_TRANSLATE_NOOP("wording", "See the patient in person"),
    "limitations": QT_TRANSLATE_NOOP("wording", "Limitations of the material"),
    "patient_summary": QT_TRANSLATE_NOOP("wording", "For the patient"),
    "specialist": QT_TRANSLATE_NOOP("wording", "Signed by"),
}
VERDICT = {
    "confirmed": QT_TRANSLATE_NOOP("wording", "Confirmed"),
    "refined": QT_TRANSLATE_NOOP("wording", "Refined"),
    "changed": QT_TRANSLATE_NOOP("wording", "Changed"),
    "cannot_judge": QT_TRANSLATE_NOOP("wording", "Cannot judge from the material"),
}
SEE_IN_PERSON = {
    "emergency": QT_TRANSLATE_NOOP("wording", "Emergency: now"),
    "within_days": QT_TRANSLATE_NOOP("wording", "Within days"),
    "routine": QT_TRANSLATE_NOOP("wording", "Routine"),
    "not_needed": QT_TRANSLATE_NOOP("wording", "Not needed"),
}


def opinion_error_text(code: str | None) -> str:
    """Words for why an opinion cannot be saved, signed or sent."""
    if code in OPINION_ERROR:
        return OPINION_ERROR[code]
    return review_error_text(code)


# What `casebridge opinion ...` prints (terminal-only words, like CLI_REVIEW_WORDS).
CLI_OPINION_WORDS = {
    "saved": "Draft saved: version {version} of the opinion on case {bundle}",
    "unanswered": "Still unanswered: {ids}",
    "not_chosen": "Still to choose: {keys}",
    "ready": "Ready to sign: casebridge opinion sign {bundle}",
    "signed": "Signed: version {version} of the opinion on case {bundle} ({opinion}); "
    "it is sent at the next sync",
    "correction": "It replaces the signed version {replaces}.",
    "version": "Version {version} ({opinion}): {state}",
    "draft": "draft",
    "signed_state": "signed",
    "sent_state": "signed and sent (receipt {at})",
    "queued_state": "signed, waiting to send",
    "failed_state": "signed, refused: {words}",
    "preview": "Preview: what the clinic will receive if signed now",
    "none": "No opinion on this case yet. Start one: casebridge opinion template {bundle}",
    "answer": "  {id}. {question}\n      {answer}",
    "item": "  - {text}",
    "section": "{title}:",
    "value": "  {text}",
    "signatory": "  {name}, {qualification}, {council} {registration}",
    "received": "Opinion {version} ({opinion}), received {at}",
    "verified": "Signature verified: {name}, {qualification}, {registration}; "
    "key fingerprint {fingerprint}",
    "none_received": "No opinion has arrived for case {case} yet.",
    "case_line": "Opinion received: {verdict}, signed by {name} (signature verified, key "
    "{fingerprint}); see: casebridge opinion show CASE",
}


# The desktop's opinion editor (desktop/views/opinion_editor.py), through desktop.words.
EDITOR_WORDS = {
    "title": QT_TRANSLATE_NOOP("wording", "Opinion on case {case}"),
    "version": QT_TRANSLATE_NOOP("wording", "Version {version}"),
    "correction_of": QT_TRANSLATE_NOOP("wording", "Version {version}, correcting {replaces}"),
    "diagnosis_hint": QT_TRANSLATE_NOOP("wording", "Your diagnosis, in a line"),
    "severity_hint": QT_TRANSLATE_NOOP("wording", "For example: stage II, moderate"),
    "option": QT_TRANSLATE_NOOP("wording", "Option"),
    "cost": QT_TRANSLATE_NOOP("wording", "Cost"),
    "travel": QT_TRANSLATE_NOOP("wording", "Travel"),
    "where": QT_TRANSLATE_NOOP("wording", "Where it is available"),
    "add_option": QT_TRANSLATE_NOOP("wording", "Add an option"),
    "add_investigation": QT_TRANSLATE_NOOP("wording", "Add an investigation"),
    "investigation_hint": QT_TRANSLATE_NOOP("wording", "One investigation"),
    "remove": QT_TRANSLATE_NOOP("wording", "Remove"),
    "question": QT_TRANSLATE_NOOP("wording", "Question {id}"),
    "unanswered": QT_TRANSLATE_NOOP("wording", "Unanswered"),
    "answered": QT_TRANSLATE_NOOP("wording", "Answered"),
    "no_questions": QT_TRANSLATE_NOOP("wording", "The clinic asked no questions."),
    "summary_hint": QT_TRANSLATE_NOOP(
        "wording", "A few sentences in plain words the patient can understand"
    ),
    "preview": QT_TRANSLATE_NOOP("wording", "Preview"),
    "preview_title": QT_TRANSLATE_NOOP("wording", "What the clinic will receive"),
    "preview_note": QT_TRANSLATE_NOOP(
        "wording", "This is the opinion exactly as the clinic will receive it if you sign now."
    ),
    "close": QT_TRANSLATE_NOOP("wording", "Close"),
    "sign": QT_TRANSLATE_NOOP("wording", "Sign and send"),
    "sign_confirm_title": QT_TRANSLATE_NOOP("wording", "Sign this opinion?"),
    "sign_confirm": QT_TRANSLATE_NOOP(
        "wording",
        "Once signed, the opinion cannot be changed: a correction is a new version. It is "
        "sent to the clinic at the next sync. Sign it now?",
    ),
    "signing": QT_TRANSLATE_NOOP("wording", "Signing…"),
    "signed": QT_TRANSLATE_NOOP(
        "wording", "Signed: version {version}. It is sent to the clinic at the next sync."
    ),
    "signed_readonly": QT_TRANSLATE_NOOP(
        "wording",
        "Version {version} is signed and cannot be changed. To change it, write a correction.",
    ),
    "correct": QT_TRANSLATE_NOOP("wording", "Correct…"),
    "correct_confirm_title": QT_TRANSLATE_NOOP("wording", "Write a correction?"),
    "correct_confirm": QT_TRANSLATE_NOOP(
        "wording",
        "A correction starts from the signed opinion and, once signed, replaces it as a new "
        "version. The signed version stays as it is. Start a correction?",
    ),
    "not_chosen": QT_TRANSLATE_NOOP("wording", "Still to choose: {what}"),
    # Which of the clinic's questions (numbered as the editor shows them) still have no answer.
    "still_unanswered_one": QT_TRANSLATE_NOOP(
        "wording", "The clinic's question {number} still needs an answer."
    ),
    "still_unanswered": QT_TRANSLATE_NOOP(
        "wording", "{count} of the clinic's questions still need an answer: {numbers}."
    ),
    "ready": QT_TRANSLATE_NOOP("wording", "Ready to sign."),
    "saved": QT_TRANSLATE_NOOP("wording", "✓ Saved"),
    "saving": QT_TRANSLATE_NOOP("wording", "Saving…"),
    "not_saved": QT_TRANSLATE_NOOP("wording", "Not saved"),
    "save_failed": QT_TRANSLATE_NOOP(
        "wording", "The draft could not be saved. Your text is still here; it is tried again."
    ),
}
