"""The applicant's answer to a correction request, through the signed link in the mail.

The citizen has no account: the link's token is the only credential. These two functions are
what the portal's reply page calls (it writes no model itself).
"""

from __future__ import annotations

from kokugai.cases import tokens
from kokugai.cases.models import Case
from kokugai.cases.services import case_applicant_replied
from kokugai.core.tokens import LinkInvalid

#: The state in which a reply is awaited; in any other the page says it is done.
AWAITING = "awaiting_applicant"


def case_for_reply(token: str) -> Case:
    """The case a reply link is for; ``link_invalid`` / ``link_expired`` otherwise."""
    case_id = tokens.case_id_from_token(token, tokens.REPLY)
    case = Case.objects.select_related("honseki_office").filter(pk=case_id).first()
    if case is None:
        raise LinkInvalid()  # a link whose case is gone says no more than a forged one
    return case


def case_reply_awaited(case: Case) -> bool:
    return case.state == AWAITING


def case_reply(*, token: str, text: str) -> Case:
    """Record the applicant's answer (the ``applicant_replied`` transition, actor: citizen)."""
    case = case_for_reply(token)
    return case_applicant_replied(case=case, text=text, actor=None)
