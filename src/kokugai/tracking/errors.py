"""The error codes of the public tracker and the performance page (plus CoreError's
``not_found``, ``rate_limited``, ``link_invalid`` and ``link_expired``)."""

from __future__ import annotations

from enum import StrEnum


class TrackingError(StrEnum):
    REFERENCE_UNRECOGNIZED = "reference_unrecognized"
    REFERENCE_LENGTH = "reference_length"
    REFERENCE_NON_DIGIT = "reference_non_digit"
    REFERENCE_CHECK_DIGIT = "reference_check_digit"
    REFERENCE_UNKNOWN_CODE = "reference_unknown_code"
    LINKS_NO_ADDRESS = "links_no_address"
    LINKS_UNDELIVERABLE = "links_undeliverable"
    LINKS_NOTHING = "links_nothing"
    LINKS_RATE_LIMITED = "links_rate_limited"
    PERFORMANCE_OFFICE_FORBIDDEN = "performance_office_forbidden"


#: The code of a reference that fails its check, by ``rules.checkdigits.CheckDigitError.code``.
REFERENCE_FAULTS: dict[str, TrackingError] = {
    "length": TrackingError.REFERENCE_LENGTH,
    "non_digit": TrackingError.REFERENCE_NON_DIGIT,
    "check_digit": TrackingError.REFERENCE_CHECK_DIGIT,
    "unknown_code": TrackingError.REFERENCE_UNKNOWN_CODE,
}
