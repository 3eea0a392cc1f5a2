"""POST /api/v1/plan/household: the CLI's family plan; bad households are 422 naming the field."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).resolve().parents[1] / "rules" / "golden_household"
FAMILY = json.loads((GOLDEN / "family_taipei_sumida.household.json").read_text("utf-8"))
URL = "/api/v1/plan/household"


def post(client, data: object, lang: str = "ja"):
    return client.post(f"{URL}?lang={lang}", data=json.dumps(data), content_type="application/json")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_household_plan_is_the_cli_json(client, tmp_path, lang):
    r = post(client, FAMILY, lang)
    assert r.status_code == 200, r.content
    path = tmp_path / "household.json"
    path.write_text(json.dumps(FAMILY), encoding="utf-8")
    out = io.StringIO()
    call_command("plan", str(path), "--json", "--lang", lang, stdout=out)
    # Every key survives the response models (an undeclared one would be dropped).
    assert r.json() == json.loads(out.getvalue())
    assert [m["card_years"] for m in r.json()["members"]] == [10, 10, 5, 5]


@pytest.mark.parametrize(
    ("member", "change", "field"),
    [
        (2, {"representative": None}, "members[2].representative"),
        (3, {"representative": "長女"}, "members[3].representative"),
        (3, {"representative": "祖父"}, "members[3].representative"),
        (1, {"birth_date": "yesterday"}, "members[1].birth_date"),
    ],
)
def test_bad_household_is_422_naming_the_member(client, member, change, field):
    data = json.loads(json.dumps(FAMILY))
    data["members"][member].update(change)
    if change.get("representative", "") is None:
        del data["members"][member]["representative"]
    r = post(client, data, "en")
    assert r.status_code == 422, r.content
    body = r.json()
    assert body["code"] == "invalid_situation"
    assert list(body["fields"]) == [field]


def test_ineligible_member_is_not_an_error(client):
    data = json.loads(json.dumps(FAMILY))
    data["members"][3] = {
        "name": "次男",
        "birth_date": "2025-07-20",
        "registered_in_japan": False,
        "honseki": "131075",
        "representative": "母",
    }
    r = post(client, data)
    assert r.status_code == 200
    assert [x["name"] for x in r.json()["ineligible"]] == ["次男"]
