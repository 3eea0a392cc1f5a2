"""Check digits: the 個人番号, local-government codes, and Kokugai's own IDs.

Every validator normalizes what people actually type (full-width digits, spaces, the many
dashes of Japanese input methods) and raises :class:`CheckDigitError` with a stable ``code``
and a bilingual message naming the fault, so a mistyped number is caught before any lookup.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Final, Literal

from kokugai.rules.sources import RESEARCH_DATE
from kokugai.rules.types import Source, Text

MYNUMBER_SOURCE: Final = Source(
    id="checkdigit-mynumber",
    url="https://elaws.e-gov.go.jp/document?lawid=426M60000008085",
    title="平成26年総務省令第85号 第5条（検査用数字を算出する算式）",
    seen=RESEARCH_DATE,
    seen_estimated=True,
)
LGCODE_SOURCE: Final = Source(
    id="checkdigit-lgcode",
    url="https://www.soumu.go.jp/main_content/000137948.pdf",
    title="全国地方公共団体コード仕様（平成19年4月1日）§11 検査数字",
    seen=RESEARCH_DATE,
    published=dt.date(2007, 4, 1),
    seen_estimated=True,
)

ErrorCode = Literal["length", "non_digit", "check_digit", "unknown_code"]
ReferenceKind = Literal["receipt", "application_id"]

# Full-width digits come from IMEs in Japanese mode; the rest are what people paste.
_DIGITS: Final = {ord(c): str(i) for i, c in enumerate("０１２３４５６７８９")}
# ー (長音符) and ｰ are not hyphens, but Japanese IMEs produce them when a user types "-".
_HYPHENS: Final = frozenset("-‐‑‒–—―−－ーｰ﹣")


class CheckDigitError(ValueError):
    """A number failed validation. ``code`` is stable; ``message`` names the fault."""

    def __init__(self, code: ErrorCode, message: Text, *, value: str = "") -> None:
        super().__init__(message.en)
        self.code: ErrorCode = code
        self.message: Text = message
        self.value = value


def normalize_digits(text: str) -> str:
    """Full-width digits to ASCII; drop spaces (incl. 全角スペース) and hyphens.

    Any other character is kept, so the validator can report it instead of silently
    discarding part of what the user typed.
    """
    out = []
    for ch in text.translate(_DIGITS):
        if ch.isspace() or ch in _HYPHENS:
            continue
        out.append(ch)
    return "".join(out)


def _require_digits(raw: str, digits: str, length: int, what: Text) -> None:
    for pos, ch in enumerate(digits, start=1):
        if not ("0" <= ch <= "9"):
            name = unicodedata.name(ch, "?")
            raise CheckDigitError(
                "non_digit",
                Text(
                    f"{what.ja}に数字以外の文字「{ch}」があります（{pos}文字目）。",
                    f"The {what.en} contains a character that is not a digit: "
                    f"'{ch}' ({name}) at position {pos}.",
                ),
                value=raw,
            )
    if len(digits) != length:
        raise CheckDigitError(
            "length",
            Text(
                f"{what.ja}は{length}桁です（入力は{len(digits)}桁）。",
                f"The {what.en} has {length} digits (you entered {len(digits)}).",
            ),
            value=raw,
        )


def _bad_check_digit(raw: str, what: Text) -> CheckDigitError:
    # The expected digit is deliberately not shown: "fixing" the last digit would turn a
    # typo elsewhere into a valid-looking wrong number.
    return CheckDigitError(
        "check_digit",
        Text(
            f"{what.ja}の検査用数字（最後の桁）が合いません。どこかの数字が誤っています。",
            f"The check digit of the {what.en} does not match: a digit is wrong somewhere.",
        ),
        value=raw,
    )


# --- 個人番号 (My Number) ----------------------------------------------------------

MYNUMBER: Final = Text("個人番号", "My Number")
_MYNUMBER_WEIGHTS: Final = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def mynumber_check_digit(base11: str) -> int:
    """検査用数字 of an 11-digit base (平成26年総務省令第85号 第5条).

    The ordinance counts digits from the right with Qn = n+1 (n ≤ 6) or n−5 (n ≥ 7); read
    from the left that is 6,5,4,3,2,7,6,5,4,3,2. r = Σ mod 11; r ≤ 1 gives 0, else 11 − r.
    """
    if len(base11) != 11 or not base11.isascii() or not base11.isdigit():
        raise ValueError("base11 must be 11 ASCII digits")
    r = sum(int(d) * w for d, w in zip(base11, _MYNUMBER_WEIGHTS, strict=True)) % 11
    return 0 if r <= 1 else 11 - r


def validate_mynumber(text: str) -> str:
    """Return the 12 ASCII digits of a valid 個人番号, else raise CheckDigitError."""
    digits = normalize_digits(text)
    _require_digits(text, digits, 12, MYNUMBER)
    if mynumber_check_digit(digits[:11]) != int(digits[11]):
        raise _bad_check_digit(text, MYNUMBER)
    return digits


# --- 全国地方公共団体コード (JIS X 0401/0402 + check digit) ---------------------------

LGCODE: Final = Text("地方公共団体コード", "local government code")


def lgcode_check_digit(base5: str) -> int:
    """検査数字 of a 5-digit JIS X 0401/0402 code (MIC spec §11).

    (11 − Σ(6,5,4,3,2) mod 11) mod 10. Unlike the 個人番号, remainder 0 gives 1 (not 0):
    e.g. 16201 → 162019 (the spec's own example, 富山市).
    """
    if len(base5) != 5 or not base5.isascii() or not base5.isdigit():
        raise ValueError("base5 must be 5 ASCII digits")
    r = sum(int(d) * w for d, w in zip(base5, (6, 5, 4, 3, 2), strict=True)) % 11
    return (11 - r) % 10


def lgcode_has_valid_check_digit(code: str) -> bool:
    return (
        len(code) == 6
        and code.isascii()
        and code.isdigit()
        and lgcode_check_digit(code[:5]) == int(code[5])
    )


def validate_lgcode(text: str) -> str:
    """Return a valid 6-digit code that is in the shipped list, else raise CheckDigitError.

    The check digit is verified first; then membership, so an abolished code such as
    221317 (浜松市中区, abolished 2024-01-01) is ``unknown_code``, not ``check_digit``.
    """
    digits = normalize_digits(text)
    _require_digits(text, digits, 6, LGCODE)
    if not lgcode_has_valid_check_digit(digits):
        raise _bad_check_digit(text, LGCODE)
    # Imported here: offices is a heavier module (it loads the data files) and does not
    # need this one at import time either way.
    from kokugai.rules import offices

    if offices.municipality(digits) is None:
        raise CheckDigitError(
            "unknown_code",
            Text(
                f"{digits} は検査数字は正しいものの、現行の地方公共団体コード一覧"
                "（令和6年1月1日現在）にありません（廃止された区など）。",
                f"{digits} has a correct check digit but is not in the current list of "
                "local government codes (as of 1 January 2024); it may have been abolished.",
            ),
            value=text,
        )
    return digits


# --- Our own IDs ----------------------------------------------------------------------
#
# Both use the Damm algorithm: one decimal check digit that detects every single-digit
# substitution AND every adjacent transposition (ISO 7064 MOD 11-10 misses some
# transpositions; Luhn misses 09↔90).

_DAMM: Final = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_check_digit(digits: str) -> int:
    interim = 0
    for d in digits:
        interim = _DAMM[interim][int(d)]
    return interim


def damm_is_valid(digits: str) -> bool:
    return damm_check_digit(digits) == 0


RECEIPT: Final = Text("受付番号", "receipt number")
#: Random digits of a receipt number: 10^15 ≈ 2^49.8 values per year, so a number cannot
#: be guessed from a known one (a sequence could) and a year never runs out.
RECEIPT_RANDOM_DIGITS: Final = 15
_RECEIPT_LENGTH: Final = 4 + RECEIPT_RANDOM_DIGITS + 1
#: Numbers issued before they became random (``R2025-000123-3``): still valid to look up.
_LEGACY_RECEIPT_LENGTH: Final = 4 + 6 + 1


def make_receipt_number(number: int, year: int) -> str:
    """``R<year>-dddd-dddd-dddd-dddc``: 15 random digits and a Damm check digit over all 19.

    The caller draws ``number`` at random (``secrets.randbelow(10**RECEIPT_RANDOM_DIGITS)``):
    a receipt number is not a sequence. The year lets a clerk see at a glance how old a case
    is; groups of four are read out and typed. The check digit covers year and number, so
    a single wrong digit or an adjacent swap is caught before any lookup.
    """
    if not 1000 <= year <= 9999:
        raise ValueError("year must have 4 digits")
    if not 0 <= number < 10**RECEIPT_RANDOM_DIGITS:
        raise ValueError(f"number must be 0..{10**RECEIPT_RANDOM_DIGITS - 1}")
    payload = f"{year:04d}{number:0{RECEIPT_RANDOM_DIGITS}d}"
    return _receipt_display(payload + str(damm_check_digit(payload)))


def _receipt_display(digits: str) -> str:
    if len(digits) == _LEGACY_RECEIPT_LENGTH:
        return f"R{digits[:4]}-{digits[4:10]}-{digits[10]}"
    body = digits[4:]
    return f"R{digits[:4]}-" + "-".join(body[i : i + 4] for i in range(0, len(body), 4))


def _receipt_digits(text: str) -> tuple[bool, str]:
    """Strip the optional R (any width or case) and separators: (had the R, the rest)."""
    s = normalize_digits(unicodedata.normalize("NFKC", text)).strip()
    if s[:1] in ("R", "r"):
        return True, s[1:]
    return False, s


def validate_receipt_number(text: str) -> str:
    """Return the canonical form (``R2026-4821-9375-0164-8352``) of a valid receipt number;
    a number of the earlier sequential form keeps its form (``R2025-000123-3``)."""
    _, digits = _receipt_digits(text)
    length = _LEGACY_RECEIPT_LENGTH if len(digits) == _LEGACY_RECEIPT_LENGTH else _RECEIPT_LENGTH
    _require_digits(text, digits, length, RECEIPT)
    if not damm_is_valid(digits):
        raise _bad_check_digit(text, RECEIPT)
    return _receipt_display(digits)


APPLICATION_ID: Final = Text("申請書ID", "application ID")
APPLICATION_ID_SEQ_DIGITS: Final = 14


def make_application_id(seq: int, issued_on: dt.date) -> str:
    """23 digits: issue date YYYYMMDD (8) + sequence (14, zero-padded) + Damm check digit.

    The sequence is global (not per day) so IDs stay unique even if a date is corrected;
    the date prefix makes IDs sort by issue and lets staff read their age.
    """
    if not 0 < seq < 10**APPLICATION_ID_SEQ_DIGITS:
        raise ValueError(f"seq must be 1..{10**APPLICATION_ID_SEQ_DIGITS - 1}")
    payload = f"{issued_on:%Y%m%d}{seq:0{APPLICATION_ID_SEQ_DIGITS}d}"
    return payload + str(damm_check_digit(payload))


def validate_application_id(text: str) -> str:
    """Return the 23 ASCII digits of a valid 申請書ID."""
    digits = normalize_digits(text)
    _require_digits(text, digits, 8 + APPLICATION_ID_SEQ_DIGITS + 1, APPLICATION_ID)
    if not damm_is_valid(digits):
        raise _bad_check_digit(text, APPLICATION_ID)
    return digits


def application_id_issued_on(application_id: str) -> dt.date | None:
    """The issue date encoded in a (validated) 申請書ID, or None if it is not a date."""
    try:
        return dt.date(int(application_id[:4]), int(application_id[4:6]), int(application_id[6:8]))
    except ValueError:
        return None


def kind_of_reference(text: str) -> ReferenceKind | None:
    """Which of our IDs ``text`` is shaped like, before its check digit is verified.

    Shape only, so that the caller can then validate and report *why* it is wrong
    (a check-digit error on a receipt number is more useful than "unrecognized").
    """
    prefixed, digits = _receipt_digits(text)
    if not digits.isascii() or not digits.isdigit():
        return None
    if len(digits) in (_RECEIPT_LENGTH, _LEGACY_RECEIPT_LENGTH):
        return "receipt"
    if len(digits) == 8 + APPLICATION_ID_SEQ_DIGITS + 1 and not prefixed:
        return "application_id"
    return None
