"""The plan as readable text (``kokugai plan`` without ``--json``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def wording(lang: str) -> tuple[Callable[[str, str], str], Callable[[int], str]]:
    """``t(ja, en)``: the text in ``lang`` (Japanese unless ``en``); ``yen(n)``: a fee in it."""
    ja = lang != "en"

    def t(j: str, e: str) -> str:
        return j if ja else e

    def yen(n: int) -> str:
        return t("無料", "free") if n == 0 else t(f"{n:,}円", f"{n:,} yen")

    return t, yen


def render_text(p: Mapping[str, Any], lang: str = "ja") -> str:
    """A readable plan from :meth:`Plan.as_dict` output."""
    t, yen = wording(lang)

    lines = [
        t(
            f"国外転出者向けマイナンバーカードの計画（{p['as_of']} 時点）",
            f"Plan for the overseas My Number card (as of {p['as_of']})",
        ),
        "",
    ]
    lines.append(
        t("対象: ", "Eligible: ") + (t("はい", "yes") if p["eligible"] else t("いいえ", "no"))
    )
    for r in p["reasons"]:
        lines.append(f"  - [{r['code']}] {r['message']}")
    if p["procedure"]:
        lines.append(t("手続: ", "Procedure: ") + str(p["procedure_name"]))
    if p.get("steps"):
        lines += ["", t("すること:", "What to do:")]
    for n, st in enumerate(p.get("steps") or (), 1):
        due = t(f"（{st['deadline']}まで）", f" (by {st['deadline']})") if st["deadline"] else ""
        lines.append(f" {n}. {st['procedure_name']}{due}")
        lines.append(f"     {st['why']}")
        if st["deadline_text"]:
            lines.append(t("     期限: ", "     Deadline: ") + st["deadline_text"])
        if st["channels"]:
            lines.append(
                t("     手続先: ", "     Where: ") + "; ".join(c["name"] for c in st["channels"])
            )
        for d in st["documents"]:
            req = t("必須", "required") if d["required"] else t("任意", "optional")
            lines.append(f"       - [{req}] {d['label']}")
    if p["routes"]:
        lines += ["", t("方法:", "Routes:")]
    for i, r in enumerate(p["routes"]):
        mark = t("（おすすめ）", " (recommended)") if i == p["recommended_route"] else ""
        lines.append(f" [{i + 1}] {r['channel_name']}{mark}")
        lines.append(
            t(
                f"     申請: {r['apply_at']['name']}（{r['apply_on']}〜）",
                f"     Apply at: {r['apply_at']['name']} (from {r['apply_on']})",
            )
        )
        lines.append(
            t(f"     受取: {r['pickup_at']['name']}", f"     Collect at: {r['pickup_at']['name']}")
        )
        lines.append(t("     手数料: ", "     Fee: ") + yen(int(r["fee_yen"])))
        rd = r["ready"]
        lines.append(
            t(
                f"     受取可能の見込み: {rd['likely']}（早ければ {rd['earliest']}、遅くとも {rd['latest']}）",
                f"     Ready: likely {rd['likely']} (earliest {rd['earliest']}, latest {rd['latest']})",
            )
        )
        if r["ready_before_departure"] is not None:
            lines.append(
                t("     滞在中の受取: ", "     Ready before you leave: ")
                + (
                    t("できる見込み", "likely yes")
                    if r["ready_before_departure"]
                    else t("できない見込み", "likely not")
                )
            )
        cert = r["certificates_expire_on"] or t("なし", "none")
        lines.append(
            t(
                f"     有効期限: カード {r['card_expires_on']}、電子証明書 {cert}",
                f"     Valid until: card {r['card_expires_on']}, certificates {cert}",
            )
        )
        for n in r["notes"]:
            lines.append(f"     * {n}")
        lines.append(t("     必要なもの:", "     What to bring:"))
        for d in r["documents"]:
            req = t("必須", "required") if d["required"] else t("任意", "optional")
            lines.append(f"       - [{req}] {d['label']}")
    if p.get("recommended_reason"):
        lines += ["", str(p["recommended_reason"])]
    if p.get("pickup"):
        lines += ["", t("受取のとき:", "At pickup:")]
        for d in p["pickup"]:
            req = t("必須", "required") if d["required"] else t("任意", "optional")
            lines.append(f"  - [{req}] {d['label']}")
    if p["licence_options"]:
        lines += ["", t("運転免許の選択肢:", "Driving licence options:")]
        names = {
            "licence_only": t("免許証のみ", "licence only"),
            "myna_only": t("マイナ免許証のみ", "マイナ免許証 only"),
            "both": t("2枚持ち", "both"),
        }
        for o in p["licence_options"]:
            rec = t("（おすすめ）", " (recommended)") if o["recommended"] else ""
            lines.append(
                f"  - {names[o['option']]}{rec}: "
                + t("更新手数料 ", "renewal ")
                + yen(int(o["renewal_fee_yen"]))
            )
            if o.get("online_lecture_note"):
                lines.append(f"      * {o['online_lecture_note']}")
            for w in o["warnings"]:
                lines.append(f"      ! {w['message']}")
    if p["warnings"]:
        lines += ["", t("注意:", "Notes:")]
        for w in p["warnings"]:
            lines.append(f"  - {w['message']}")
    if p["assumptions"]:
        lines += [
            "",
            t("前提（出典で確認できない想定）:", "Assumptions (not confirmed by a source):"),
        ]
        for a in p["assumptions"]:
            lines.append(f"  - {a['text']}")
    if p["sources"]:
        lines += ["", t("出典:", "Sources:")]
        for s in p["sources"]:
            lines.append(f"  {s['id']}: {s['title']} {s['url']}")
    return "\n".join(lines) + "\n"
