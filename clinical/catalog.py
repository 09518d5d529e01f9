"""Which test a printed name means, units compared across spellings, and critical limits.

The analyte catalogue maps the names Indian labs print (SGPT, TLC, PCV, "Glycated
Haemoglobin") to one key per analyte, so checklists can ask for "hba1c" and trends can join
the same test across reports. Critical limits are the mean limits US centres used for urgent
notification (Kost GJ, JAMA 1990;263:704-707); a rule applies only when the unit is one it
knows, so a value in an unexpected unit is never called critical by mistake.
Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

import functools
import re

from clinical.models import Flag

# key: names as printed (compared after normalise()). Longer names win: "hdl cholesterol"
# is hdl, not total cholesterol; "glycated hemoglobin" is hba1c, not hemoglobin.
ANALYTES: dict[str, tuple[str, ...]] = {
    "hemoglobin": ("hemoglobin", "hb", "hgb"),
    "hba1c": ("hba1c", "hb a1c", "glycated hemoglobin", "glycosylated hemoglobin", "a1c"),
    "wbc": (
        "total leucocyte count",
        "total leukocyte count",
        "tlc",
        "wbc",
        "wbc count",
        "total wbc count",
        "white blood cell count",
        "white blood cells",
    ),
    "rbc": ("rbc count", "total rbc count", "red blood cell count", "rbc"),
    "platelets": ("platelet count", "platelets", "plt"),
    "hematocrit": ("pcv", "packed cell volume", "hematocrit", "hct"),
    "mcv": ("mcv", "mean corpuscular volume"),
    "mch": ("mch", "mean corpuscular hemoglobin"),
    "mchc": ("mchc", "mean corpuscular hemoglobin concentration"),
    "neutrophils": ("neutrophils", "polymorphs"),
    "lymphocytes": ("lymphocytes",),
    "eosinophils": ("eosinophils",),
    "monocytes": ("monocytes",),
    "basophils": ("basophils",),
    "esr": ("esr", "erythrocyte sedimentation rate"),
    "glucose_fasting": (
        "fasting blood sugar",
        "fbs",
        "glucose fasting",
        "fasting glucose",
        "fasting plasma glucose",
        "blood sugar fasting",
        "plasma glucose fasting",
    ),
    "glucose_pp": ("post prandial blood sugar", "ppbs", "glucose pp", "glucose post prandial"),
    "glucose_random": ("random blood sugar", "rbs", "glucose random", "random glucose"),
    "glucose": ("glucose", "blood sugar", "blood glucose"),
    "creatinine": ("creatinine", "serum creatinine"),
    "urea": ("urea", "blood urea"),
    "bun": ("bun", "blood urea nitrogen"),
    "egfr": ("egfr", "estimated gfr"),
    "uric_acid": ("uric acid",),
    "sodium": ("sodium", "na", "na+"),
    "potassium": ("potassium", "k", "k+"),
    "chloride": ("chloride", "cl"),
    "calcium": ("calcium", "serum calcium"),
    "bilirubin_total": ("total bilirubin", "bilirubin total", "bilirubin"),
    "bilirubin_direct": ("direct bilirubin", "bilirubin direct", "conjugated bilirubin"),
    "alt": ("sgpt", "alt", "alanine aminotransferase", "alanine transaminase"),
    "ast": ("sgot", "ast", "aspartate aminotransferase", "aspartate transaminase"),
    "alp": ("alkaline phosphatase", "alp"),
    "ggt": ("ggt", "gamma gt", "gamma glutamyl transferase", "ggtp"),
    "albumin": ("albumin", "serum albumin"),
    "total_protein": ("total protein", "protein total"),
    "cholesterol_total": ("total cholesterol", "cholesterol total", "cholesterol"),
    "triglycerides": ("triglycerides", "triglyceride"),
    "hdl": ("hdl", "hdl cholesterol", "cholesterol hdl"),
    "ldl": ("ldl", "ldl cholesterol", "cholesterol ldl"),
    "vldl": ("vldl", "vldl cholesterol"),
    "tsh": ("tsh", "thyroid stimulating hormone"),
    "ft4": ("free t4", "ft4", "free thyroxine"),
    "ft3": ("free t3", "ft3", "free triiodothyronine"),
    "t4": ("t4", "total t4", "thyroxine"),
    "t3": ("t3", "total t3", "triiodothyronine"),
    "uacr": (
        "urine albumin creatinine ratio",
        "albumin creatinine ratio",
        "microalbumin creatinine ratio",
        "uacr",
        "acr",
    ),
    "troponin": ("troponin", "troponin i", "troponin t", "hs troponin", "trop i", "trop t"),
    "nt_probnp": ("nt probnp", "nt pro bnp", "bnp", "pro bnp"),
    "ck_mb": ("ck mb", "cpk mb"),
    "inr": ("inr", "pt inr"),
    "prothrombin_time": ("prothrombin time", "pt"),
    "aptt": ("aptt", "activated partial thromboplastin time"),
    "cea": ("cea", "carcinoembryonic antigen"),
    "ca125": ("ca 125", "ca125"),
    "ca19_9": ("ca 19 9", "ca19 9"),
    "psa": ("psa", "total psa", "prostate specific antigen"),
    "afp": ("afp", "alpha fetoprotein"),
    "hbsag": ("hbsag", "hepatitis b surface antigen"),
    "anti_hcv": ("anti hcv", "hcv antibody", "hcv"),
    "hiv": ("hiv", "hiv i ii", "hiv 1 2"),
    "ferritin": ("ferritin", "serum ferritin"),
    "transferrin_saturation": ("transferrin saturation", "tsat"),
    "iron": ("iron", "serum iron"),
    "crp": ("crp", "c reactive protein"),
    "vitamin_d": ("vitamin d", "25 oh vitamin d", "25 hydroxy vitamin d"),
    "vitamin_b12": ("vitamin b12", "b12"),
    "ttg_iga": ("ttg iga", "tissue transglutaminase", "anti ttg"),
}


def normalise(text: str) -> str:
    """Lower case, British spellings folded (haemo- -> hemo-), punctuation to spaces."""
    text = re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\b|[A-Za-z]\.)", r"\1", text)  # T.S.H. -> TSH
    text = text.lower().replace("haem", "hem").replace("leuco", "leuko").replace("µ", "u")
    text = text.replace("leuko", "leuco")
    text = re.sub(r"[^a-z0-9+]+", " ", text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=1)
def _by_length() -> list[tuple[str, str]]:
    pairs = [(normalise(name), key) for key, names in ANALYTES.items() for name in names]
    return sorted(pairs, key=lambda p: -len(p[0]))


@functools.lru_cache(maxsize=4096)
def analyte_for(test_name: str) -> str:
    """The catalogue key of a printed test name, or "" when it is not one the catalogue knows."""
    name = f" {normalise(test_name)} "
    for synonym, key in _by_length():
        if f" {synonym} " in name:
            return key
    return ""


# ---- units

_UNIT_ALIASES = {
    "gm/dl": "g/dl",
    "gms/dl": "g/dl",
    "gm%": "g/dl",
    "g%": "g/dl",
    "meq/l": "mmol/l",
    "mmol/lt": "mmol/l",
    "mg/dl.": "mg/dl",
}


def unit_key(unit: str) -> str:
    key = unit.lower().replace(" ", "").replace("μ", "u").replace("µ", "u")
    return _UNIT_ALIASES.get(key, key)


def _cells_per_ul(unit: str) -> float | None:
    """Multiplier from a blood-count unit to cells per microlitre."""
    key = unit_key(unit).replace("cells", "").replace("x", "")
    if key in ("/cumm", "/cmm", "/ul", "/mm3", "cumm", "/cu.mm", "/c.mm"):
        return 1.0
    if key in ("10^3/ul", "10³/ul", "thou/mm3", "thou/ul", "thou/cumm", "k/ul", "10^9/l"):
        return 1_000.0
    if key in ("lakh/cumm", "lakhs/cumm", "lakh/cmm", "lakhs/cmm", "lakh/ul", "lakhs/ul"):
        return 100_000.0
    return None


# analyte: (units that apply, low, high) in the first unit family given
_CRITICAL: dict[str, tuple[tuple[str, ...], float | None, float | None]] = {
    "hemoglobin": (("g/dl",), 6.6, 19.9),
    "hematocrit": (("%",), 18.0, 61.0),
    "potassium": (("mmol/l",), 2.8, 6.2),
    "sodium": (("mmol/l",), 120.0, 160.0),
    "calcium": (("mg/dl",), 6.0, 13.0),
    "glucose": (("mg/dl",), 46.0, 484.0),
    "glucose_fasting": (("mg/dl",), 46.0, 484.0),
    "glucose_random": (("mg/dl",), 46.0, 484.0),
    "glucose_pp": (("mg/dl",), 46.0, 484.0),
    "creatinine": (("mg/dl",), None, 7.4),
}
# cells per microlitre
_CRITICAL_COUNTS = {"platelets": (37_000.0, 910_000.0), "wbc": (2_000.0, 37_000.0)}


def is_critical(analyte: str, number: float | None, unit: str) -> bool:
    if number is None or not analyte:
        return False
    if analyte in _CRITICAL_COUNTS:
        factor = _cells_per_ul(unit)
        if factor is None:
            return False
        low, high = _CRITICAL_COUNTS[analyte]
        cells = number * factor
        return cells < low or cells > high
    rule = _CRITICAL.get(analyte)
    if rule is None or unit_key(unit) not in rule[0]:
        return False
    _, lowest, highest = rule
    return (lowest is not None and number < lowest) or (highest is not None and number > highest)


def apply_critical(flag: Flag | None, analyte: str, number: float | None, unit: str):
    return Flag.CRITICAL if is_critical(analyte, number, unit) else flag
