"""Issue 11 point 5: a clerk anywhere who types a registered My Number with another person's
name learns nothing about the number: "cannot be used for this applicant; ask the 本籍地",
the same answer whatever the reason, and an audit row."""

from __future__ import annotations

import pytest
import test_console as base
import test_console_review as review
from django.urls import reverse

from kokugai.cases.models import Case
from kokugai.core.errors import Conflict
from kokugai.people.services import person_create

pytestmark = pytest.mark.django_db

_fast_passwords_and_clean_cache = base._fast_passwords_and_clean_cache
world = base.world
stored = review.stored


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "この番号はこの申請者には使用できません"),
        ("en", "This number cannot be used for this applicant"),
    ],
)
def test_a_number_of_another_person_is_not_usable_and_not_said_to_exist(
    client, world, stored, lang, said
):
    base._client(client, world, "sumida-clerk")
    data = review._intake(family_name="山田", family_name_kana="ヤマダ")
    response = client.post(reverse("console:intake"), data, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 409
    body = response.content.decode()
    assert said in body and "本籍地" in body
    for leak in ("registered", "someone else", "登録", "他の人", "別の"):
        assert leak not in response.context["form"].errors["mynumber"][0], leak
    assert response.context["form"].has_error("mynumber", "mynumber_not_usable")
    assert not Case.objects.exists()
    assert review._lookups() == [{"outcome": "mismatch"}]


def test_a_race_on_the_same_number_gives_the_same_answer(world, stored):
    with pytest.raises(Conflict) as exc:
        person_create(
            actor=None,
            mynumber=review.MYNUMBER,
            family_name="山田",
            given_name="一郎",
            family_name_kana="ヤマダ",
            given_name_kana="イチロウ",
            birth_date=stored.birth_date,
            sex="male",
            nationalities=["JP"],
            honseki=stored.honseki,
        )
    assert exc.value.code == "mynumber_not_usable"
    assert exc.value.fields == {"mynumber": "not_usable"}
