"""Facts the code must decide although no source confirms them (rules.md §9, UNCONFIRMED).

Each is a named, overridable :class:`Assumption`. The planner and the staff checklist list
every assumption they used, marked as such, so an assumption is never presented as law.
Django passes ``settings.KOKUGAI_ASSUMPTIONS`` in as ``overrides``; this module never reads
settings itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from .sources import sources
from .types import Source, Text

AssumptionValue = int | float | bool | str


class AssumptionError(ValueError):
    """An override names an unknown assumption or gives a value of the wrong type."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True)
class Assumption:
    key: str
    value: AssumptionValue
    text: Text
    basis: Text
    sources: tuple[Source, ...] = ()

    def as_dict(self, lang: str = "ja") -> dict[str, object]:
        return {
            "key": self.key,
            "value": self.value,
            "assumption": True,
            "text": self.text.get(lang),
            "basis": self.basis.get(lang),
            "sources": [s.as_dict() for s in self.sources],
        }


_DEFAULTS: tuple[Assumption, ...] = (
    Assumption(
        "return_switch_deadline_days",
        90,
        Text(
            "国外から転入した後、{value}日以内に転入先の市区町村でカードの継続利用手続をしないとカードが失効する（想定）",
            "After moving back to Japan, the card lapses unless its continued use is registered at the new municipality within {value} days (assumption)",
        ),
        Text(
            "国内の転入では転入届から90日（S53）。国外からの転入について同じ期限を示す出典はない。",
            "90 days apply to domestic moves (S53); no source confirms the same deadline for a return from abroad.",
        ),
        sources("S53", "S50b"),
    ),
    Assumption(
        "return_switch_fee_yen",
        0,
        Text(
            "帰国後の国内用カードへの切替の手数料は{value}円（想定）",
            "The switch to a domestic card after moving back costs {value} yen (assumption)",
        ),
        Text("手数料に触れた出典はない。", "No source mentions a fee."),
        sources("S50b", "S51"),
    ),
    Assumption(
        "cert_issue_fee_yen",
        0,
        Text(
            "国外転出者向け署名用電子証明書の新規発行の手数料は{value}円（想定）",
            "A new signing certificate for a holder living abroad costs {value} yen (assumption)",
        ),
        Text(
            "発行できること（S30・S18・S28）は分かるが、手数料に触れた出典はない。",
            "Sources say it can be issued (S30, S18, S28) but none mentions a fee.",
        ),
        sources("S30", "S18", "S28"),
    ),
    Assumption(
        "continue_abroad_fee_yen",
        0,
        Text(
            "国外継続利用の手数料は{value}円（想定）",
            "国外継続利用 (keeping the card when leaving) costs {value} yen (assumption)",
        ),
        Text("手数料に触れた出典はない。", "No source mentions a fee."),
        sources("S28", "S32"),
    ),
    Assumption(
        "other_procedure_fee_yen",
        0,
        Text(
            "暗証番号再設定・メールアドレス変更・返納・申請取消・本籍地での券面記載事項変更と電子証明書更新の手数料は{value}円（想定）",
            "PIN reset, email change, surrender, withdrawal, and the change of details or certificate renewal at the 本籍地 cost {value} yen (assumption)",
        ),
        Text(
            "これらの手続の手数料を示す出典はない。", "No source gives a fee for these procedures."
        ),
        sources("S8", "S45"),
    ),
    Assumption(
        "pickup_needs_reservation",
        True,
        Text(
            "カードの受取には事前予約が必要（想定）",
            "Collecting the card needs an appointment (assumption)",
        ),
        Text(
            "フィンランドの大使館は来館に予約を求め（S2）、体験記の墨田区でも予約した（S55）。一般則は未確認。",
            "The Finnish embassy requires a reservation (S2) and the seed's 墨田区 pickup was booked (S55); no general rule was found.",
        ),
        sources("S2", "S55"),
    ),
    Assumption(
        "minor_15_17_applies_self",
        True,
        Text(
            "15歳以上18歳未満の人は本人が申請・受取できる（想定）",
            "15- to 17-year-olds apply and collect the card themselves (assumption)",
        ),
        Text(
            "国内の運用では15歳以上は本人が申請する。国外転出者向けカードについての出典はない。",
            "Domestic practice lets 15-year-olds and over apply themselves; no source covers overseas cards.",
        ),
        sources("S26", "S10"),
    ),
    Assumption(
        "photo_max_age_months",
        6,
        Text(
            "写真は申請前{value}か月以内に撮影したもの（想定）",
            "The photo was taken within {value} months before applying (assumption)",
        ),
        Text(
            "国内のカード申請の運用。国外転出者向けの出典は寸法（縦4.5cm×横3.5cm）と1歳未満不要のみ。",
            "Domestic practice; sources for overseas cards give only the size (4.5 × 3.5 cm) and no photo under age 1.",
        ),
        sources("S3", "S5"),
    ),
    Assumption(
        "uncollected_holding_days",
        90,
        Text(
            "受け取られないカードは到着から{value}日間保管される（想定）",
            "An uncollected card is held for {value} days after it arrives (assumption)",
        ),
        Text("保管期間を示す出典はない。", "No source gives a holding period."),
        (),
    ),
    Assumption(
        "stage_priors_scale",
        1.0,
        Text(
            "段階ごとの所要日数（営業日）は公表の合計期間（在外公館経由2〜3か月）と体験記の日程から割り振った推定値（倍率 {value}）",
            "Per-stage durations (business days) are estimates spread over the quoted totals (2–3 months via a mission) and the seed's timeline (scale {value})",
        ),
        Text(
            "段階ごとの日数を公表した出典はない。合計は S3・S5・S6・S24・S52、市区町村経由の実例は S55。",
            "No source publishes per-stage durations; totals from S3, S5, S6, S24, S52, the municipal route from S55.",
        ),
        sources("S3", "S6", "S24", "S52", "S55"),
    ),
    Assumption(
        "mission_accepts_mail",
        True,
        Text(
            "郵送を受け付けないと公表していない在外公館は郵送申請を受け付ける（想定）",
            "A mission that has not said otherwise accepts applications by mail (assumption)",
        ),
        Text(
            "フィンランド・ロシア・トロントは郵送可（S2・S3・S5）、フィリピンは不可（S4）。各公館に確認が必要。",
            "Finland, Russia and Toronto accept mail (S2, S3, S5), the Philippines does not (S4); check with the mission.",
        ),
        sources("S2", "S3", "S4", "S5"),
    ),
    Assumption(
        "mail_transit_days",
        14,
        Text(
            "郵送した申請書は{value}日後に届き、その日が申請日になる（想定）",
            "A mailed application arrives {value} days after it is posted, and that day counts as the application date (assumption)",
        ),
        Text(
            "郵送は「数週間」かかることがある（S2・S5・S6）。日数を示す出典はなく、手数料の90日の数え方では到着日を申請日とみなす。",
            "Mail can take weeks (S2, S5, S6); no source gives a number of days. For the 90-day fee window the day the office receives the letter is taken as the application date.",
        ),
        sources("S2", "S5", "S6", "S11"),
    ),
    Assumption(
        "missions_observe_japanese_holidays",
        True,
        Text(
            "在外公館は所在国の休日に加えて日本の祝日も閉館するものとして日数を数える（想定）",
            "Missions are taken to close on Japanese public holidays as well as the host country's (assumption)",
        ),
        Text(
            "各公館が自分の休館日を公表しており、多くは両国の休日の組合せ。一般則を示す出典はない。遅めに見積もる側に倒している。",
            "Each mission publishes its own closing days, usually a mix of both countries'; no general rule was found. Counting both errs towards later dates.",
        ),
        (),
    ),
    Assumption(
        "missions_observe_year_end",
        True,
        Text(
            "在外公館は年末年始（12月29日〜1月3日）も閉館するものとして日数を数える（想定）",
            "Missions are taken to close for the Japanese year-end break (29 December to 3 January) (assumption)",
        ),
        Text(
            "行政機関の休日（年末年始）に合わせる公館が多いが、各公館の休館日の一覧は確認していない。",
            "Many missions follow the Japanese government's year-end closure; their own lists were not checked.",
        ),
        (),
    ),
    Assumption(
        "mission_areas_table",
        True,
        Text(
            "在外公館の所在地でない都市を管轄する公館は、Kokugai がまとめた対応表で決める（台湾: 北部・中部と金門・馬祖は台北事務所、嘉義以南・台東・澎湖は高雄事務所。米国の州・カナダの州・豪州の州・ブラジルの州・ドイツの州ごとの管轄区域、都市の別名、公館のない国を兼轄する公館）（想定）",
            "Which mission covers a city that is not a mission's own city follows Kokugai's curated tables (Taiwan: northern and central Taiwan, Kinmen and Matsu to the Taipei office; Chiayi and south, Taitung and Penghu to the Kaohsiung office; consular districts by US state, Canadian province, Australian state, Brazilian state and German Land; city aliases; the mission covering a country without one) (assumption)",
        ),
        Text(
            "公式の管轄一覧ではなく、一般に案内されている区分を写したもの（rules/data/ATTRIBUTION.md、兼轄は S78）。false にすると、その国の在外公館をすべて示す。",
            "Not an official jurisdiction list but the commonly published division (rules/data/ATTRIBUTION.md; 兼轄 per S78). With false, every mission of the country is listed.",
        ),
        sources("S78"),
    ),
    Assumption(
        "honseki_accepts_mail",
        True,
        Text(
            "本籍地の市区町村は国外からの郵送申請を受け付ける（想定）",
            "The 本籍地 municipality accepts applications mailed from abroad (assumption)",
        ),
        Text(
            "シンガポール大使館が急ぐ場合の方法として案内（S7）。すべての市区町村についての出典はない。",
            "The Singapore embassy suggests it when in a hurry (S7); not confirmed for every municipality.",
        ),
        sources("S7"),
    ),
    Assumption(
        "overseas_card_holds_licence",
        True,
        Text(
            "国外転出者向けカードにも運転免許情報（マイナ免許証）を記録できる（想定）",
            "An overseas card can hold driving-licence data (マイナ免許証) (assumption)",
        ),
        Text(
            "体験記の筆者は受取後に登録できた（S55）が、公式の出典はない。",
            "The seed's author registered it after pickup (S55); no official source confirms it.",
        ),
        sources("S55"),
    ),
    Assumption(
        "konbini_koseki_fuhyo",
        False,
        Text(
            "戸籍の附票の写しはコンビニ交付で取得できない（想定）",
            "The 戸籍の附票 cannot be printed at a convenience store with an overseas card (assumption)",
        ),
        Text("出典で確認できなかった。", "Not confirmed by any source."),
        sources("S59"),
    ),
    Assumption(
        "hokensho_grace_2026_03",
        False,
        Text(
            "旧健康保険証を2026年3月末まで使える特例措置は扱わない（想定）",
            "The special measure letting old 保険証 be used until the end of March 2026 is not applied (assumption)",
        ),
        Text("二次情報1件（S41）のみ。", "A single secondary source (S41)."),
        sources("S41"),
    ),
    Assumption(
        "leap_day_birthday",
        "feb28",
        Text(
            "2月29日生まれの人の平年の誕生日は2月28日として有効期限を数える（想定）",
            "For someone born on 29 February, the birthday in a common year is counted as 28 February (assumption)",
        ),
        Text(
            "有効期限は誕生日で数える（S57・S58）が、平年の2月29日生まれの扱いを示す出典はない。'mar1' で3月1日。",
            "Expiry counts birthdays (S57, S58); no source covers 29 February in common years. 'mar1' counts 1 March.",
        ),
        sources("S57", "S58"),
    ),
    Assumption(
        "valid_card_new_issuance_charged",
        True,
        Text(
            "有効なカードを持つ人の新しいカードに手数料がかかるかは申請後に本籍地が決める。true なら再交付手数料（1,000円、電子証明書なしは800円）がかかるものとして示す（想定）",
            "Whether someone who still holds a valid card pays for a new one is decided by the 本籍地 after the application; true shows the reissue fee (1,000 yen, 800 without certificates) (assumption)",
        ),
        Text(
            "福岡市（S56）は手数料がかかる場合があり、要否は申請後に本籍地が決めて通知するとしか書いていない。金額と条件は未確認。",
            "Fukuoka (S56) says only that a fee may apply and that the 本籍地 decides and tells you after the application; amount and conditions are unconfirmed.",
        ),
        sources("S56", "S49"),
    ),
    Assumption(
        "lapsed_before_2024_is_new_issuance",
        True,
        Text(
            "2024年5月27日より前の国外転出で失効したカードを紛失していても、新規交付（無料）として扱う（想定）",
            "A card that lapsed on a departure before 27 May 2024 and was then lost is treated as a new issuance (free) (assumption)",
        ),
        Text(
            "当時は国外転出でカードが失効した（S7）。体験記では窓口が再交付手数料の可能性に言及した（S55）。",
            "Cards lapsed on departure then (S7); the seed's office mentioned a possible reissue fee (S55).",
        ),
        sources("S7", "S55", "S56"),
    ),
    Assumption(
        "children_certificates_domestic_rule",
        True,
        Text(
            "15歳未満には署名用電子証明書を発行せず、暗証番号は法定代理人が設定するという国内の扱いが、国外転出者向けカードにも当てはまる（想定）",
            "The domestic rule (no signing certificate under 15; the legal representative sets the PINs) also applies to overseas cards (assumption)",
        ),
        Text(
            "国内のカードについての案内（S77）。国外転出者向けカードについて同じと述べる出典はない。",
            "Sources describe domestic cards (S77); none says the same for overseas cards.",
        ),
        sources("S77"),
    ),
    Assumption(
        "mission_fee_payment",
        "local_currency_at_counter",
        Text(
            "手数料がかかる場合、要否と金額は申請後に本籍地から通知され、在外公館では窓口で現地通貨（公館の定める換算額）で払う（想定）",
            "Where a fee is due, the 本籍地 tells you after the application; at a mission it is paid at the counter in local currency at the mission's rate (assumption)",
        ),
        Text(
            "福岡市（S56）は要否を申請後に本籍地が通知し、支払方法は申請・受取の場所によるとしか書いていない。在外公館での支払方法を示す出典はない。",
            "Fukuoka (S56) says only that the 本籍地 tells you after the application and that payment depends on where you apply and collect; no source says how a mission takes the fee.",
        ),
        sources("S56"),
    ),
)

ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in _DEFAULTS}


def _check(key: str, value: object) -> AssumptionValue:
    if key not in ASSUMPTIONS:
        raise AssumptionError(key, "unknown assumption")
    default = ASSUMPTIONS[key].value
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise AssumptionError(key, "expected true or false")
        return value
    if isinstance(default, int) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise AssumptionError(key, "expected a whole number >= 0")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise AssumptionError(key, "expected a number > 0")
        return float(value)
    if not isinstance(value, str):
        raise AssumptionError(key, "expected a string")
    return value


class Assumptions:
    """The assumptions in force for one evaluation (defaults plus overrides).

    Reading a value records it, so the caller can list exactly the assumptions a decision
    rested on.
    """

    def __init__(self, overrides: Mapping[str, object] | None = None) -> None:
        self._values: dict[str, AssumptionValue] = {k: a.value for k, a in ASSUMPTIONS.items()}
        if overrides is not None and not isinstance(overrides, Mapping):
            # Settings come from a JSON environment variable: a list or a number is a typo.
            raise AssumptionError(
                "(overrides)", "expected an object of assumption names and values"
            )
        for key, value in (overrides or {}).items():
            self._values[key] = _check(key, value)
        self._used: list[str] = []

    @classmethod
    def of(cls, overrides: Mapping[str, object] | Assumptions | None) -> Assumptions:
        """Accept either an ``Assumptions`` (shared across calls) or a plain overrides mapping."""
        return overrides if isinstance(overrides, Assumptions) else cls(overrides)

    def value(self, key: str) -> AssumptionValue:
        if key not in self._values:
            raise AssumptionError(key, "unknown assumption")
        if key not in self._used:
            self._used.append(key)
        return self._values[key]

    def int(self, key: str) -> int:
        v = self.value(key)
        assert isinstance(v, int) and not isinstance(v, bool)
        return v

    def float(self, key: str) -> float:
        v = self.value(key)
        assert isinstance(v, float)
        return v

    def bool(self, key: str) -> bool:
        v = self.value(key)
        assert isinstance(v, bool)
        return v

    def str(self, key: str) -> str:
        v = self.value(key)
        assert isinstance(v, str)
        return v

    def used(self) -> list[Assumption]:
        """The assumptions read so far, in first-use order, each with its effective value."""
        out = []
        for key in self._used:
            a = ASSUMPTIONS[key]
            value = self._values[key]
            out.append(replace(a, value=value, text=a.text.format(value=value)))
        return out
