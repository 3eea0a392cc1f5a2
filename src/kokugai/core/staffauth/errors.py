"""The error codes of staff sign-in (password, second factor, passkeys, password reset).

``reset_link_invalid`` is not one of the signed links of ``core/tokens.py``: Django's
password-reset token cannot tell an expired link from a used or forged one.
"""

from __future__ import annotations

from enum import StrEnum


class StaffAuthError(StrEnum):
    INVALID_LOGIN = "invalid_login"
    SIGNIN_THROTTLED = "signin_throttled"
    SECOND_FACTOR_RESTART = "second_factor_restart"
    CODE_MISSING = "code_missing"
    CODE_THROTTLED = "code_throttled"
    CODE_REUSED = "code_reused"
    CODE_WRONG = "code_wrong"
    RECOVERY_CODE_WRONG = "recovery_code_wrong"
    ENROLMENT_NOT_ALLOWED = "enrolment_not_allowed"
    OLD_PASSWORD_WRONG = "old_password_wrong"  # noqa: S105 - a code, not a password
    RESET_LINK_INVALID = "reset_link_invalid"
    PASSKEY_REFUSED = "passkey_refused"
