"""Every public page the rules cite, by the S# it has in the shared domain notes (rules.md).

``published`` is the date the page itself showed when it was read (its update date); None
where the page showed none. ``seen`` is when the page was read: the domain notes do not
date each reading, so it is the notes' research date (:data:`RESEARCH_DATE`), marked
``seen_estimated``. The titles are short descriptions, not the pages' own headings.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from .types import Source

#: When the domain research was done. rules.md gives no date of its own; its companion
#: reference-data.md (same research) says "Researched 2026-11-27".
RESEARCH_DATE: Final = dt.date(2026, 11, 27)


def _s(id_: str, url: str, title: str, published: str | None = None) -> Source:
    return Source(
        id_,
        url,
        title,
        seen=RESEARCH_DATE,
        published=dt.date.fromisoformat(published) if published else None,
        seen_estimated=True,
    )


_ALL: tuple[Source, ...] = (
    _s(
        "S1",
        "https://www.jeju.kr.emb-japan.go.jp/itpr_ja/11_000001_01218.html",
        "在済州日本国総領事館: 国外転出者向けマイナンバーカード（対象者）",
        "2025-02-27",
    ),
    _s(
        "S2",
        "https://www.fi.emb-japan.go.jp/itpr_ja/11_000001_00772.html",
        "在フィンランド日本国大使館: 国外転出者向けマイナンバーカード（郵送申請・予約）",
        "2024-05-27",
    ),
    _s(
        "S3",
        "https://www.ru.emb-japan.go.jp/itpr_ja/20240527.html",
        "在ロシア日本国大使館: 国外転出者向けマイナンバーカードの申請",
        "2024-12-04",
    ),
    _s(
        "S4",
        "https://www.ph.emb-japan.go.jp/itpr_ja/11_000001_01690.html",
        "在フィリピン日本国大使館: マイナンバーカードの申請・交付（郵送不可、代理受領不可）",
        "2025-12-11",
    ),
    _s(
        "S5",
        "https://www.toronto.ca.emb-japan.go.jp/itpr_ja/mynumber.html",
        "在トロント日本国総領事館: マイナンバーカード",
    ),
    _s(
        "S6",
        "https://www.eg.emb-japan.go.jp/itpr_ja/r_mynumber_card.html",
        "在エジプト日本国大使館: マイナンバーカード",
        "2025-01-12",
    ),
    _s(
        "S7",
        "https://www.sg.emb-japan.go.jp/itpr_ja/11_000001_00707.html",
        "在シンガポール日本国大使館: 国外転出者向けマイナンバーカード",
        "2025-02-13",
    ),
    _s(
        "S8",
        "https://www.kojinbango-card.go.jp/apprec/abroad/other/",
        "マイナンバーカード総合サイト: 国外転出者向けカードのその他の手続",
    ),
    _s(
        "S9",
        "https://www.kh.emb-japan.go.jp/itpr_ja/b_000978.html",
        "在カンボジア日本国大使館: マイナンバーカード",
        "2025-03-26",
    ),
    _s(
        "S9b",
        "https://www.sg.emb-japan.go.jp/itpr_ja/11_000001_00715.html",
        "在シンガポール日本国大使館: マイナンバーカードの紛失・再交付",
        "2024-12-13",
    ),
    _s(
        "S10",
        "https://www.city.fukushima.fukushima.jp/soshiki/7/1029/1/3/3741.html",
        "福島市: 国外転出者向けマイナンバーカード",
    ),
    _s(
        "S11",
        "https://www.city.chiyoda.lg.jp/koho/kurashi/koseki/mainambadenshi/kokugai-hakko.html",
        "千代田区: 国外転出者向けマイナンバーカードの発行（手数料）",
        "2025-01-27",
    ),
    _s(
        "S12",
        "https://webtown.nagayo.jp/kiji0034941/index.html",
        "長与町: 国外転出者向けマイナンバーカード",
    ),
    _s(
        "S13",
        "https://www.th.emb-japan.go.jp/itpr_ja/consular_mynumbercard.html",
        "在タイ日本国大使館: マイナンバーカード（暗証番号再設定・更新・受取場所変更）",
        "2025-08-01",
    ),
    _s(
        "S14",
        "https://www.city.annaka.lg.jp/page/20137.html",
        "安中市: 国外継続利用（代理人）",
        "2025-05-09",
    ),
    _s(
        "S16",
        "https://www.city.tatsuno.lg.jp/soshiki/1011/gyomu/2/1/4337.html",
        "たつの市: 国外継続利用（任意代理人）",
    ),
    _s(
        "S18",
        "https://www.city.tomigusuku.lg.jp/kurashi_tetsuzuki/todokede_shomei/5/7528.html",
        "豊見城市: 国外継続利用と電子証明書",
        "2024-08-05",
    ),
    _s(
        "S19",
        "https://www.city.tamana.lg.jp/q/aview/565/32372.html",
        "玉名市: 国外継続利用（国外様式10）",
    ),
    _s(
        "S20",
        "https://www.city.shiga-konan.lg.jp/soshiki/somu/shimin/2_1/34508.html",
        "湖南市: 国外転出者向けマイナンバーカード（対象外の方）",
    ),
    _s(
        "S22",
        "https://www.city.kudamatsu.lg.jp/jyuumin/mynokaigai.html",
        "下松市: 国外でのマイナンバーカード利用",
        "2024-06-03",
    ),
    _s(
        "S23",
        "https://www.city.omura.nagasaki.jp/mynumber/kurashi/koseki/mynumber/mynumbercard-kokugairiyou.html",
        "大村市: 国外継続利用",
        "2024-06-12",
    ),
    _s(
        "S24",
        "https://www.city.tsuchiura.lg.jp/kurashi-tetsuzuki/kakushushomei/mynumber-juminkihon/shinsei-uketori/page020249.html",
        "土浦市: 国外転出者向けカードの申請・受取",
    ),
    _s(
        "S25",
        "https://cms.city.katano.osaka.jp/docs/2024060300083",
        "交野市: 国外転出者向けカードの申請（本籍地以外の市区町村）",
        "2024-08-20",
    ),
    _s(
        "S26",
        "https://www.city.matsuyama.ehime.jp/kurashi/tetsuzuki/mynumberseido/kokugaicardshinsei.html",
        "松山市: 国外転出者向けカードの申請",
        "2024-07-09",
    ),
    _s(
        "S27",
        "https://www.city.wako.lg.jp/shisei/denshi/1007743/1007744/1010191/1010951.html",
        "和光市: 国外転出者向けカードの券面",
        "2024-07-23",
    ),
    _s(
        "S28",
        "https://www.city.kasugai.lg.jp/kurashi/todoke/1001910/1034610.html",
        "春日井市: 国外継続利用（期限・暗証番号）",
    ),
    _s(
        "S30",
        "https://scrapbox.io/minami-public/マイナンバーカードを国外で利用する",
        "マイナンバーカードを国外で利用する（まとめ）",
    ),
    _s(
        "S32",
        "https://www.city.fukaya.saitama.jp/soshiki/shiminseikatsu/shimin/tanto/my_number/16507.html",
        "深谷市: 国外継続利用",
    ),
    _s(
        "S33",
        "https://www.city.kishiwada.osaka.jp/soshiki/21/mynkokugai.html",
        "岸和田市: 国外継続利用（代理人・委任状）",
        "2024-09-09",
    ),
    _s(
        "S34",
        "https://www-city-chofu-lg-jp.cache.yimg.jp/030040/p017159.html",
        "調布市: 国外継続利用",
        "2024-05-30",
    ),
    _s(
        "S35",
        "https://www.city.hidaka.lg.jp/life_procedure/51/54/29336.html",
        "日高市: 国外継続利用（追記欄）",
    ),
    _s(
        "S37",
        "https://www.city.odawara.kanagawa.jp/field/tax-resi/resident/mynumber/p38173.html",
        "小田原市: 国外継続利用",
    ),
    _s(
        "S38",
        "https://cms.city-nakatsu.jp/doc/2011100109799",
        "中津市: 一時帰国者の転入届",
        "2020-06-09",
    ),
    _s("S39", "https://hdmr.org/d/wp-8704", "hdmr: 国外転出者向けマイナンバーカード（解説）"),
    _s(
        "S40",
        "https://newsdig.tbs.co.jp/articles/itv/1601612?display=1",
        "TBS: 健康保険証の新規発行終了",
    ),
    _s("S41", "https://limo.media/articles/-/101901", "LIMO: 健康保険証の有効期限"),
    _s("S42", "https://ebarakenpo.jp/member/benefit/abroad.html", "荏原健保: 海外での受診と保険証"),
    _s("S43", "https://www.kenpo.gr.jp/jfekenpo/mynum/other.htm", "JFE健保: マイナ保険証"),
    _s(
        "S44",
        "https://www.city.kama.lg.jp/site/mynumber/35101.html",
        "嘉麻市: 国外継続利用後の転出取消",
        "2024-10-01",
    ),
    _s(
        "S45",
        "https://joruri-cms.city.hakodate.hokkaido.jp/docs/2024060400028",
        "函館市: 国外転出者向けカードの各種手続",
        "2024-12-18",
    ),
    _s(
        "S46",
        "https://assets-plus.com/?p=3561",
        "assets-plus: 在外公館での電子証明書更新（J-LIS回答の引用）",
    ),
    _s(
        "S47",
        "https://www.police.pref.saga.jp/menkyo/koshin_koshu/_11536.html",
        "佐賀県警察: マイナ免許証",
    ),
    _s(
        "S48",
        "https://www.city.fukuyama.hiroshima.jp/site/mynumber/333631.html",
        "福山市: 国外転出者向けカードの手続",
        "2024-12-02",
    ),
    _s(
        "S49",
        "https://www.city.yonago.lg.jp/43208.htm",
        "米子市: 国外転出者向けカード（再交付手数料・返納）",
    ),
    _s("S50", "https://pref.oita.jp/site/keisatu/menkyo-mynumber.html", "大分県警察: マイナ免許証"),
    _s(
        "S50b",
        "https://www.oman.emb-japan.go.jp/itpr_ja/munumber_1_00003.html",
        "在オマーン日本国大使館: 帰国時のマイナンバーカード継続利用",
        "2025-04-10",
    ),
    _s(
        "S51",
        "https://www.city.ritto.lg.jp/soshiki/shimin/sogomadoguchi/gyoumu/mynumbercard/kokugaitennsyutusyayou/15469.html",
        "栗東市: 国外転出者向けカード（転入後の利用）",
        "2024-08-20",
    ),
    _s(
        "S52",
        "https://ameblo.jp/engineer0/entry-12864444622.html",
        "ブログ: 米国総領事館でのカード申請体験",
    ),
    _s(
        "S53",
        "http://www.city.kuwana.lg.jp/index.cfm/24,57026,225,353,html",
        "桑名市: 転入時の継続利用（90日）",
    ),
    _s(
        "S55",
        "https://ireblt-yo.com/mynumber-non-resident",
        "ラブの駐在備忘録: 一時帰国中に墨田区で申請・受取した体験記",
    ),
    _s(
        "S56",
        "https://www.city.fukuoka.lg.jp/shimin/kusei/life/mynumbercard_kokugaitensyutu.html",
        "福岡市: 国外転出者向けカード（手数料）",
    ),
    _s(
        "S57",
        "https://www.city.tsuruga.lg.jp/kurashi/todokede_shomei/myna/densishomei_kousin.html",
        "敦賀市: カード・電子証明書の有効期限",
        "2025-03-11",
    ),
    _s("S58", "https://www.town.oguchi.lg.jp/7742.htm", "大口町: 電子証明書の有効期限"),
    _s(
        "S59",
        "https://www.city.otake.hiroshima.jp/soshiki/shiminseikatsu/shiminzeimu/gyomu/1/6769.html",
        "大竹市: 国外転出者のコンビニ交付",
    ),
    _s(
        "S60",
        "https://www.town.miyako.lg.jp/jyuumin/jumin/kurasi/mynumber_conbinikoufu.html",
        "みやこ町: コンビニ交付",
    ),
    _s(
        "S61",
        "https://grantthornton.jp/insight/newsletter/international/202504",
        "Grant Thornton: 海外赴任者とマイナ保険証",
        "2025-04-01",
    ),
    _s(
        "S63",
        "https://www.city.adachi.tokyo.jp/kokuho/kurashi/hoken/mainahoken.html",
        "足立区: 国民健康保険とマイナ保険証",
        "2025-07-28",
    ),
    _s(
        "S64",
        "https://www.city.tsukubamirai.lg.jp/jyumin/todokede-shomei-zeikin/kenkouhoken/hokenshou/page000703.html",
        "つくばみらい市: 資格確認書と資格情報のお知らせ",
    ),
    _s(
        "S65",
        "https://asahitidings.com/society/38713.html",
        "マイナ免許証の手数料（警察庁発表の報道）",
    ),
    _s(
        "S67",
        "https://www.asahi.com/articles/ASS9D0GHHS9DUTIL029M.html",
        "朝日新聞: マイナ免許証の手数料と注意点",
    ),
    _s(
        "S68",
        "https://car.awaisora.com/c93c65df-ec53-477c-940f-7e9dfae74555",
        "マイナ免許証の登録手数料とオンライン講習",
    ),
    _s(
        "S69",
        "https://bestcarweb.jp/bike/1241572?prd=2",
        "ベストカー: オンライン更新時講習の対象者",
    ),
    _s("S70", "https://mondainashi.net/15376.html", "オンライン更新時講習の対象者"),
    _s(
        "S71",
        "https://www.mofa.go.jp/mofaj/toko/kaigai/licence/index.html",
        "外務省: 海外での運転とマイナ免許証",
    ),
    _s(
        "S73",
        "https://www.npa.go.jp/policies/application/license_renewal/living_abroad.html",
        "警察庁: 海外在住者の運転免許更新",
    ),
    _s(
        "S74",
        "http://chikyujin.blogspot.com/2025/08/blog-post_12.html",
        "ブログ: 市役所でのカード再発行体験",
        "2025-08-12",
    ),
    _s(
        "S75",
        "https://iuris.jp/北方領土問題等の解決の促進のための特別措置に関する法律-第十一条-北方地域の村の長の権限に属する事務/jpn/a/36133",
        "北方領土問題等の解決の促進のための特別措置に関する法律 第11条（北方地域の村の長の権限に属する事務）",
    ),
    _s(
        "S76",
        "https://ja.wikipedia.org/wiki/北方地域",
        "北方地域（行政区画。戸籍事務は根室市）",
    ),
    _s(
        "S77",
        "https://www.city.fukuchiyama.lg.jp/soshiki/22/1481.html",
        "福知山市: 15歳未満の署名用電子証明書と暗証番号の設定（広尾町の案内も同旨）",
    ),
    _s(
        "S78",
        "https://ja.wikipedia.org/wiki/日本の在外公館の一覧",
        "日本の在外公館の一覧（2025年1月時点、兼轄を含む）",
    ),
)

SOURCES: dict[str, Source] = {s.id: s for s in _ALL}


def sources(*ids: str) -> tuple[Source, ...]:
    """The sources with these S# ids, in the order given; an unknown id is a programming error."""
    return tuple(SOURCES[i] for i in ids)


def merge(*groups: tuple[Source, ...]) -> tuple[Source, ...]:
    """Union of source tuples, without duplicates, sorted by S# number."""
    seen: dict[str, Source] = {}
    for group in groups:
        for s in group:
            seen.setdefault(s.id, s)
    return tuple(sorted(seen.values(), key=_order))


def _order(s: Source) -> tuple[int, str]:
    digits = "".join(c for c in s.id if c.isdigit())
    return (int(digits) if digits else 0, s.id)
