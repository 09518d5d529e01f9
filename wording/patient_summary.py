"""The printed summary for the patient: its fixed words in each language it can be printed in.

Why a table of its own, and not the desktop's translation catalogue: the summary is printed in
the patient's language, which can differ from the language of the screens (an English screen
printing a Hindi summary, or the CLI, which has no catalogue), so the words for each print
language must be at hand whatever language the application runs in. Only the printed patient
summary reads these; every screen's words go through the usual catalogue.
Keys: the same in every language; ``LANGUAGES`` in the order they are offered.
Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording.forms import MONTH_SHORT, date_text

LANGUAGES = ("en", "hi")
LANGUAGE_NAME = {"en": "English", "hi": "हिन्दी (Hindi)"}

PATIENT_SUMMARY = {
    "en": {
        "title": "Your specialist's opinion",
        "patient": "Patient",
        "case": "Case",
        "date": "Date of the opinion",
        "found": "What the specialist found",
        "next": "What to do next",
        "tests": "Tests to have done",
        "come_back": "When to come back",
        "care": "Looking after yourself",
        "answers": "Answers to your questions",
        "specialist": "Specialist",
        "bring": "Bring this paper with you when you come back to the clinic.",
        "signed": "This paper was made from the specialist's signed opinion.",
        "verdict.confirmed": "The specialist agrees with your doctor's diagnosis.",
        "verdict.refined": "The specialist agrees, and has made the diagnosis more exact.",
        "verdict.changed": "The specialist thinks the illness is different from what was "
        "first thought.",
        "verdict.cannot_judge": "The specialist could not decide from the papers and scans "
        "that were sent. More tests are needed.",
        "see.emergency": "Go to a hospital today. Do not wait.",
        "see.within_days": "See a specialist in person within the next few days.",
        "see.routine": "See a specialist in person at your next routine visit.",
        "see.not_needed": "You do not need to travel to see the specialist. Come back to "
        "the clinic if you feel worse.",
    },
    "hi": {
        "title": "विशेषज्ञ डॉक्टर की राय",
        "patient": "मरीज़",
        "case": "केस",
        "date": "राय की तारीख़",
        "found": "विशेषज्ञ ने क्या पाया",
        "next": "आगे क्या करना है",
        "tests": "कौन-सी जाँचें करवानी हैं",
        "come_back": "दोबारा कब आना है",
        "care": "अपनी देखभाल कैसे करें",
        "answers": "आपके प्रश्नों के उत्तर",
        "specialist": "विशेषज्ञ",
        "bring": "जब आप दोबारा क्लिनिक आएँ, तो यह काग़ज़ साथ लाएँ।",
        "signed": "यह काग़ज़ विशेषज्ञ की हस्ताक्षरित राय से बनाया गया है।",
        "verdict.confirmed": "विशेषज्ञ आपके डॉक्टर के निदान से सहमत हैं।",
        "verdict.refined": "विशेषज्ञ सहमत हैं, और उन्होंने निदान को और सटीक बनाया है।",
        "verdict.changed": "विशेषज्ञ के अनुसार बीमारी पहले सोची गई बीमारी से अलग है।",
        "verdict.cannot_judge": "भेजे गए काग़ज़ों और स्कैन से विशेषज्ञ निर्णय नहीं कर सके। और जाँचें ज़रूरी हैं।",
        "see.emergency": "आज ही अस्पताल जाएँ। इंतज़ार न करें।",
        "see.within_days": "अगले कुछ दिनों में विशेषज्ञ डॉक्टर से मिलें।",
        "see.routine": "अगली नियमित जाँच पर विशेषज्ञ डॉक्टर से मिलें।",
        "see.not_needed": "विशेषज्ञ से मिलने के लिए यात्रा करने की ज़रूरत नहीं है। तबीयत "
        "बिगड़े तो क्लिनिक वापस आएँ।",
    },
}


def summary_words(language: str) -> dict[str, str]:
    """The patient summary's fixed words in ``language`` (English for one not offered)."""
    return PATIENT_SUMMARY.get(language, PATIENT_SUMMARY["en"])


# The month in a printed date ("3 दिसंबर 2026"), by print language.
MONTHS = {
    "en": tuple(MONTH_SHORT[m] for m in range(1, 13)),
    "hi": (
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    ),
}


def summary_date(iso: str, language: str) -> str:
    """``iso`` (a date or date-time) as the printed summary writes it in ``language``."""
    months = MONTHS.get(language, MONTHS["en"])
    return date_text(iso, lambda month: months[month - 1])
