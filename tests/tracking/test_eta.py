"""tracking/eta.py: learn stage durations from history, fall back to priors, predict."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kokugai.rules.calendars import japan_calendar, mission_calendar, municipal_calendar
from kokugai.tracking.eta import ANY_OFFICE, Learned, StageSample, learn, predict

D = dt.date
HACHINOHE = "022039"
SUMIDA = "131075"
TAIPEI = "jtea-tw-taipei"
CALENDARS = {
    HACHINOHE: municipal_calendar(HACHINOHE),
    SUMIDA: municipal_calendar(SUMIDA),
    TAIPEI: mission_calendar("TW"),
    "jlis": japan_calendar(),
}


@dataclass(frozen=True)
class Prior:
    stage: str
    median_bd: float
    low_bd: float
    high_bd: float


PRIORS = [
    Prior("review", 10, 5, 20),
    Prior("production", 15, 10, 25),
    Prior("shipping", 5, 3, 10),
]


def synthetic_history(seed: int = 7) -> tuple[list[StageSample], dict[tuple[str, str], list[int]]]:
    """Cases whose true durations we know, laid on the real calendars (holidays included)."""
    rng = random.Random(seed)
    truth: dict[tuple[str, str], list[int]] = {}
    samples = []
    plan = [("review", HACHINOHE, 6), ("review", SUMIDA, 12), ("production", "jlis", 14)]
    for stage, office, centre in plan:
        cal = CALENDARS[office]
        for _ in range(41):
            start = cal.add_business_days(D(2025, 1, 1) + dt.timedelta(days=rng.randrange(700)), 0)
            bd = max(1, centre + rng.randint(-4, 4))
            samples.append(StageSample(stage, office, start, cal.add_business_days(start, bd)))
            truth.setdefault((stage, office), []).append(bd)
    return samples, truth


def test_learned_medians_come_back() -> None:
    samples, truth = synthetic_history()
    learned = learn(samples, CALENDARS)
    for key, values in truth.items():
        got = learned[key]
        assert got.n == len(values)
        assert got.median_bd == statistics.median(values)
        assert got.low_bd <= got.median_bd <= got.high_bd
        assert min(values) <= got.low_bd and got.high_bd <= max(values)
    # Pooled over offices: both municipalities' reviews together.
    pooled = learned[("review", ANY_OFFICE)]
    assert pooled.n == 82
    assert pooled.median_bd == statistics.median(
        truth[("review", HACHINOHE)] + truth[("review", SUMIDA)]
    )


def test_durations_are_counted_on_the_office_calendar() -> None:
    # 2026-10-08 (Thu) to 10-13 (Tue): in Japan 10/9 and 10/13 (10/12 is スポーツの日)...
    s = [StageSample("review", SUMIDA, D(2026, 10, 8), D(2026, 10, 13))] * 5
    assert learn(s, CALENDARS)[("review", SUMIDA)].median_bd == 2
    # ...at the Taipei office 10/9 is Taiwan's National Day (observed) as well: only 10/13.
    t = [StageSample("handling", TAIPEI, D(2026, 10, 8), D(2026, 10, 13))] * 5
    assert learn(t, CALENDARS)[("handling", TAIPEI)].median_bd == 1


def test_thin_history_is_not_learned() -> None:
    s = [StageSample("review", SUMIDA, D(2026, 3, 2), D(2026, 3, 9))] * 4
    assert learn(s, CALENDARS) == {}
    assert ("review", SUMIDA) in learn(s, CALENDARS, min_samples=4)
    with pytest.raises(ValueError):
        learn(s, CALENDARS, min_samples=0)


def test_backwards_samples_are_ignored_and_unknown_offices_use_japan() -> None:
    s = [StageSample("review", "999999", D(2026, 3, 9), D(2026, 3, 2))] * 5
    assert learn(s, CALENDARS) == {}
    s = [StageSample("review", "999999", D(2026, 3, 2), D(2026, 3, 9))] * 5
    assert learn(s, CALENDARS)[("review", "999999")].median_bd == 5


def test_predict_falls_back_to_priors_without_history() -> None:
    today = D(2026, 11, 2)  # Monday
    remaining = [
        ("review", HACHINOHE, CALENDARS[HACHINOHE]),
        ("production", "jlis", CALENDARS["jlis"]),
        ("shipping", TAIPEI, CALENDARS[TAIPEI]),
    ]
    r = predict(None, None, remaining, {}, PRIORS, today)
    jp, tw = CALENDARS["jlis"], CALENDARS[TAIPEI]
    likely = tw.add_business_days(jp.add_business_days(jp.add_business_days(today, 10), 15), 5)
    assert r.likely == likely
    assert r.earliest < r.likely < r.latest


def test_predict_prefers_office_history_then_pooled() -> None:
    samples, truth = synthetic_history()
    learned = learn(samples, CALENDARS)
    today = D(2026, 11, 2)
    cal = CALENDARS[HACHINOHE]
    r = predict(None, None, [("review", HACHINOHE, cal)], learned, PRIORS, today)
    assert r.likely == cal.add_business_days(
        today, int(statistics.median(truth[("review", HACHINOHE)]))
    )
    # An office with no history of its own gets the pooled review durations, not the prior.
    other = municipal_calendar("011002")
    r2 = predict(None, None, [("review", "011002", other)], learned, PRIORS, today)
    pooled = learned[("review", ANY_OFFICE)]
    assert r2.likely == other.add_business_days(today, int(pooled.median_bd + 0.999))


def test_time_spent_in_the_current_stage_counts() -> None:
    cal = CALENDARS[SUMIDA]
    learned = {("review", SUMIDA): Learned(median_bd=10, low_bd=6, high_bd=20, n=30)}
    entered = D(2026, 11, 2)  # Monday
    today = cal.add_business_days(entered, 7)  # 7 business days in
    r = predict("review", entered, [("review", SUMIDA, cal)], learned, PRIORS, today)
    assert r.earliest == today  # past the low bound: could end today
    assert r.likely == cal.add_business_days(today, 3)
    assert r.latest == cal.add_business_days(today, 13)


def test_predict_validates_its_input() -> None:
    cal = CALENDARS[SUMIDA]
    with pytest.raises(ValueError):
        predict("review", D(2026, 1, 5), [("production", "jlis", cal)], {}, PRIORS, D(2026, 2, 2))
    with pytest.raises(ValueError):
        predict("review", None, [("review", SUMIDA, cal)], {}, PRIORS, D(2026, 2, 2))
    with pytest.raises(KeyError):
        predict(None, None, [("mystery", SUMIDA, cal)], {}, PRIORS, D(2026, 2, 2))


@given(
    st.integers(0, 40),
    st.dates(D(2025, 1, 1), D(2027, 12, 31)),
)
def test_prediction_is_ordered_and_never_in_the_past(spent_days: int, entered: dt.date) -> None:
    cal = CALENDARS[SUMIDA]
    today = entered + dt.timedelta(days=spent_days)
    remaining = [("review", SUMIDA, cal), ("production", "jlis", CALENDARS["jlis"])]
    r = predict("review", entered, remaining, {}, PRIORS, today)
    assert today <= r.earliest <= r.likely <= r.latest


_SAMPLE = st.builds(
    StageSample,
    stage=st.sampled_from(["review", "production"]),
    office_code=st.sampled_from([HACHINOHE, SUMIDA]),
    started=st.dates(D(2025, 1, 1), D(2025, 12, 31)),
    ended=st.dates(D(2024, 12, 1), D(2026, 3, 31)),
)


def _oracle_quantile(values: list[int], q: float) -> float:
    """Linear interpolation between closest ranks over the written-out, sorted values."""
    v = sorted(values)
    pos = q * (len(v) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


@given(st.lists(st.tuples(_SAMPLE, st.integers(1, 7)), max_size=40), st.integers(1, 6))
def test_counted_samples_learn_as_if_written_out(groups, min_samples) -> None:
    """What the worker learns from the database's counted groups equals the quantiles of
    the samples written out one by one (an independent, plain computation)."""
    from kokugai.tracking.eta import learn_counted

    values: dict[tuple[str, str], list[int]] = {}
    for s, n in groups:
        if s.ended < s.started:
            continue
        bd = CALENDARS[s.office_code].business_days_between(s.started, s.ended)
        values.setdefault((s.stage, s.office_code), []).extend([bd] * n)
        values.setdefault((s.stage, ANY_OFFICE), []).extend([bd] * n)
    counted = learn_counted(groups, CALENDARS, min_samples=min_samples)
    assert counted.keys() == {k for k, v in values.items() if len(v) >= min_samples}
    for key, got in counted.items():
        v = values[key]
        median = statistics.median(v)
        assert got.n == len(v)
        assert got.median_bd == pytest.approx(median)
        assert got.low_bd == pytest.approx(min(_oracle_quantile(v, 0.10), median))
        assert got.high_bd == pytest.approx(max(_oracle_quantile(v, 0.90), median))
