"""Check digits: 平成26年総務省令第85号 第5条 (個人番号), MIC 全国地方公共団体コード仕様 §11,
and our own IDs (Damm)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules import checkdigits as cd
from kokugai.rules.offices import municipalities


def ordinance_mynumber_check_digit(base11: str) -> int:
    """第5条 literally: Pn counted from the LOWEST digit, Qn = n+1 (n<=6) else n-5."""
    total = 0
    for n in range(1, 12):
        p = int(base11[-n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


digits = st.text(alphabet="0123456789", min_size=1, max_size=1)
base11 = st.text(alphabet="0123456789", min_size=11, max_size=11)


def test_mynumber_design_example_is_valid() -> None:
    assert cd.mynumber_check_digit("12345678901") == 8
    assert cd.validate_mynumber("123456789018") == "123456789018"


@given(base11)
def test_mynumber_matches_the_ordinance_text(base: str) -> None:
    assert cd.mynumber_check_digit(base) == ordinance_mynumber_check_digit(base)
    # and the one-expression form in reference-data.md
    s = sum(int(d) * w for d, w in zip(base, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    assert cd.mynumber_check_digit(base) == (-s) % 11 % 10


@pytest.mark.parametrize(
    "text",
    [
        "１２３４５６７８９０１８",
        "1234 5678 9018",
        "1234-5678-9018",
        "1234　5678ー9018",
        "1234−5678‐9018",
    ],
)
def test_mynumber_accepts_full_width_spaces_and_hyphens(text: str) -> None:
    assert cd.validate_mynumber(text) == "123456789018"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12345678901", "length"),
        ("1234567890189", "length"),
        ("12345678901O", "non_digit"),  # letter O for zero
        ("123456789019", "check_digit"),
        ("", "length"),
    ],
)
def test_mynumber_faults_are_named(text: str, code: str) -> None:
    with pytest.raises(cd.CheckDigitError) as e:
        cd.validate_mynumber(text)
    assert e.value.code == code
    assert e.value.message.ja and e.value.message.en


def test_non_digit_message_names_the_character_and_position() -> None:
    with pytest.raises(cd.CheckDigitError) as e:
        cd.validate_mynumber("1234a6789018")
    assert "a" in e.value.message.ja and "5" in e.value.message.ja
    assert "position 5" in e.value.message.en


MY_W = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
LG_W = (6, 5, 4, 3, 2)


def _rem(base: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11


@given(base11, st.integers(min_value=0, max_value=11), digits)
def test_every_single_digit_error_in_a_mynumber_is_caught(base: str, pos: int, d: str) -> None:
    """Caught unless the ordinance itself folds both sums onto one digit.

    第5条 maps remainders 0 AND 1 to check digit 0, so an error that moves the remainder
    between exactly those two values cannot be detected by any implementation of the
    ordinance (see the next test). Every other substitution is caught.
    """
    number = base + str(cd.mynumber_check_digit(base))
    wrong = number[:pos] + d + number[pos + 1 :]
    if wrong == number:
        return
    if pos < 11 and {_rem(base, MY_W), _rem(wrong[:11], MY_W)} == {0, 1}:
        assert cd.validate_mynumber(wrong) == wrong  # the ordinance's blind spot
        return
    with pytest.raises(cd.CheckDigitError) as e:
        cd.validate_mynumber(wrong)
    assert e.value.code == "check_digit"


def test_the_ordinance_blind_spot_is_real() -> None:
    # 00000000000 has remainder 0; 00000000006 has 12 mod 11 = 1: both get check digit 0.
    assert cd.validate_mynumber("000000000000") and cd.validate_mynumber("000000000060")


def test_lgcode_examples_from_reference_data() -> None:
    assert cd.lgcode_check_digit("16201") == 9  # the spec's own example, 富山市
    assert cd.lgcode_check_digit("01213") == 1  # remainder 0 -> 1 (unlike My Number)
    assert cd.lgcode_check_digit("01205") == 0  # remainder 1 -> 0
    assert cd.lgcode_check_digit("13000") == 1  # remainder 10 -> 1
    assert cd.validate_lgcode("131075") == "131075"
    assert cd.validate_lgcode("０２２ー０３９") == "022039"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("131076", "check_digit"),
        ("022030", "check_digit"),
        ("13107", "length"),
        ("0220391", "length"),
        ("221317", "unknown_code"),  # 浜松市中区, abolished 2024-01-01
        ("13107x", "non_digit"),
    ],
)
def test_lgcode_faults(text: str, code: str) -> None:
    with pytest.raises(cd.CheckDigitError) as e:
        cd.validate_lgcode(text)
    assert e.value.code == code


def test_every_shipped_code_passes_its_check_digit() -> None:
    codes = list(municipalities())
    assert len(codes) == 1965
    assert all(cd.lgcode_has_valid_check_digit(c) for c in codes)


@given(st.sampled_from(sorted(municipalities())), st.integers(0, 5), digits)
def test_every_single_digit_error_in_an_lgcode_is_caught(code: str, pos: int, d: str) -> None:
    """Caught by the check digit, except where the MIC rule folds remainders 0 and 10 onto
    check digit 1; those are then caught by the list unless they hit another real code."""
    wrong = code[:pos] + d + code[pos + 1 :]
    if wrong == code:
        return
    if pos < 5 and {_rem(code[:5], LG_W), _rem(wrong[:5], LG_W)} == {0, 10}:
        if wrong in municipalities():
            assert cd.validate_lgcode(wrong) == wrong  # e.g. 072141 vs 272141: both real
        else:
            with pytest.raises(cd.CheckDigitError) as e:
                cd.validate_lgcode(wrong)
            assert e.value.code == "unknown_code"
        return
    with pytest.raises(cd.CheckDigitError) as e:
        cd.validate_lgcode(wrong)
    assert e.value.code == "check_digit"


def test_the_mic_blind_spot_is_real() -> None:
    # 07214 (remainder 10) and 27214 (remainder 0) both take check digit 1, and both are
    # real codes: 福島県本宮市 and 大阪府富田林市. One mistyped digit, another real city.
    assert cd.validate_lgcode("072141") and cd.validate_lgcode("272141")


# --- our IDs ------------------------------------------------------------------------


def test_receipt_number_format_and_round_trip() -> None:
    r = cd.make_receipt_number(482_193_750_164_835, 2026)
    assert re.fullmatch(r"R2026-4821-9375-0164-835\d", r)
    assert cd.damm_is_valid(r[1:].replace("-", ""))
    assert cd.validate_receipt_number(r) == r
    wide = "ｒ" + "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else "ー" for c in r[1:])
    assert cd.validate_receipt_number(wide) == r
    assert cd.validate_receipt_number(r[1:].replace("-", " ")) == r
    assert cd.kind_of_reference(r) == "receipt"


def test_receipt_numbers_of_the_sequential_form_still_validate() -> None:
    # Cases opened before numbers became random keep their numbers and can be tracked.
    assert cd.validate_receipt_number("R2025-000123-3") == "R2025-000123-3"
    assert cd.validate_receipt_number("2025 000123 3") == "R2025-000123-3"
    assert cd.kind_of_reference("R2025-000123-3") == "receipt"
    with pytest.raises(cd.CheckDigitError) as e:
        cd.validate_receipt_number("R2025-000123-4")
    assert e.value.code == "check_digit"


def test_receipt_numbers_have_at_least_40_bits_and_never_run_out() -> None:
    import math

    assert cd.RECEIPT_RANDOM_DIGITS * math.log2(10) >= 40
    # The millionth and the last number of a year are as valid as the first.
    for n in (0, 999_999, 1_000_000, 10**cd.RECEIPT_RANDOM_DIGITS - 1):
        r = cd.make_receipt_number(n, 2026)
        assert cd.validate_receipt_number(r) == r


def test_application_id_layout() -> None:
    a = cd.make_application_id(42, dt.date(2026, 3, 9))
    assert len(a) == 23 and a.startswith("20260309") and a[8:22] == "00000000000042"
    assert cd.validate_application_id(a) == a
    assert cd.application_id_issued_on(a) == dt.date(2026, 3, 9)
    assert cd.kind_of_reference(a) == "application_id"
    assert cd.kind_of_reference(a[:4] + " " + a[4:]) == "application_id"


@pytest.mark.parametrize("text", ["", "hello", "R12", "131075", "R" + "1" * 23])
def test_kind_of_reference_rejects_other_shapes(text: str) -> None:
    assert cd.kind_of_reference(text) is None


def test_make_rejects_out_of_range() -> None:
    with pytest.raises(ValueError):
        cd.make_receipt_number(-1, 2025)
    with pytest.raises(ValueError):
        cd.make_receipt_number(10**cd.RECEIPT_RANDOM_DIGITS, 2025)
    with pytest.raises(ValueError):
        cd.make_application_id(10**14, dt.date(2026, 1, 1))


seqs = st.integers(min_value=0, max_value=10**cd.RECEIPT_RANDOM_DIGITS - 1)
years = st.integers(min_value=2024, max_value=2099)


def _single_digit_errors(s: str) -> list[str]:
    return [
        s[:i] + d + s[i + 1 :]
        for i, ch in enumerate(s)
        if ch.isdigit()
        for d in "0123456789"
        if d != ch
    ]


def _adjacent_transpositions(s: str) -> list[str]:
    return [
        s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        for i in range(len(s) - 1)
        if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]
    ]


@given(seqs, years)
def test_receipt_number_catches_every_single_digit_error_and_transposition(
    seq: int, year: int
) -> None:
    r = cd.make_receipt_number(seq, year)
    compact = r.replace("-", "")
    for wrong in _single_digit_errors(compact) + _adjacent_transpositions(compact):
        with pytest.raises(cd.CheckDigitError) as e:
            cd.validate_receipt_number(wrong)
        assert e.value.code == "check_digit", wrong


@given(st.integers(1, 10**14 - 1), st.dates(dt.date(2024, 1, 1), dt.date(2099, 12, 31)))
def test_application_id_catches_every_single_digit_error_and_transposition(
    seq: int, day: dt.date
) -> None:
    a = cd.make_application_id(seq, day)
    for wrong in _single_digit_errors(a) + _adjacent_transpositions(a):
        with pytest.raises(cd.CheckDigitError) as e:
            cd.validate_application_id(wrong)
        assert e.value.code == "check_digit", wrong


def test_normalize_digits_keeps_other_characters() -> None:
    assert cd.normalize_digits(" １２-3　4ｰ5 ") == "12345"
    assert cd.normalize_digits("12a") == "12a"
