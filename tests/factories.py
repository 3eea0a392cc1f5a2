"""factory_boy factories. Case traits are named after workflow states and are reached by
running the real services (see CaseFactory), never by setting the state column."""

from __future__ import annotations

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from kokugai.core.models import User
from kokugai.people import services as people_services
from kokugai.people.models import Person
from kokugai.registry.models import Counter, Office, StaffProfile, StaffRole
from kokugai.rules.checkdigits import lgcode_check_digit
from kokugai.rules.codes import OfficeKind


def _lgcode(n: int) -> str:
    base = f"9{n % 10000:04d}"  # 9xxxx is no prefecture: invented offices never clash
    return base + str(lgcode_check_digit(base))


class OfficeFactory(DjangoModelFactory):
    class Meta:
        model = Office
        django_get_or_create = ("code",)

    code = factory.Sequence(_lgcode)
    kind = OfficeKind.MUNICIPALITY.value
    name_ja = factory.Sequence(lambda n: f"架空市{n}")
    name_en = factory.Sequence(lambda n: f"Kakuu City {n}")
    timezone = "Asia/Tokyo"

    class Params:
        mission = factory.Trait(
            kind=OfficeKind.MISSION.value,
            code=factory.Sequence(lambda n: f"emb-zz-test{n}"),
            name_ja=factory.Sequence(lambda n: f"在架空国日本国大使館{n}"),
            country="ZZ",
            timezone="Europe/Helsinki",
        )
        production = factory.Trait(
            kind=OfficeKind.PRODUCTION.value,
            code="production",
            name_ja="地方公共団体情報システム機構 (J-LIS) 個人番号カード製造",
            name_en="J-LIS card production",
        )


class CounterFactory(DjangoModelFactory):
    class Meta:
        model = Counter

    office = factory.SubFactory(OfficeFactory)
    code = factory.Sequence(lambda n: f"counter-{n}")
    name_ja = "マイナンバーカード窓口"
    name_en = "My Number card counter"
    floor = "1F"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    password = factory.django.Password("kokugai-test-pass")


class StaffFactory(DjangoModelFactory):
    class Meta:
        model = StaffProfile

    user = factory.SubFactory(UserFactory)
    office = factory.SubFactory(OfficeFactory)
    role = StaffRole.CLERK


class PersonFactory(DjangoModelFactory):
    """An invented person: 国外 太郎 / KOKUGAI Taro, born 1990-04-01, living in Taipei."""

    class Meta:
        model = Person

    family_name = "国外"
    given_name = "太郎"
    family_name_kana = "コクガイ"
    given_name_kana = "タロウ"
    family_name_romaji = "KOKUGAI"
    given_name_romaji = "Taro"
    birth_date = dt.date(1990, 4, 1)
    sex = "male"
    nationalities = factory.LazyFunction(lambda: ["JP"])
    honseki = factory.SubFactory(OfficeFactory)
    email = factory.Sequence(lambda n: f"taro{n}@example.com")
    email_verified_at = factory.LazyFunction(lambda: dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    country = "TW"
    city = "Taipei"
    timezone = "Asia/Taipei"
    language = "ja"
    left_japan_on = dt.date(2022, 4, 1)

    @classmethod
    def _create(cls, model_class, *args, mynumber: str = "", **kwargs):
        return people_services.person_create(actor=None, mynumber=mynumber, **kwargs)
