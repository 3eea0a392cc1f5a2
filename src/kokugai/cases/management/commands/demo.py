"""``kokugai demo [--json]``: replay the seed's story through the services.

Applied at 墨田区 on 2025-10-28, a correction round trip with 八戸市 (the 本籍地), accepted on
2025-11-11, 申請書ID on 2025-11-15, shipped 2025-11-21, arrived at 墨田区 2025-12-05,
collected on 2026-01-16 with the old card exchanged. Each run adds a new invented person.
"""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Q

from kokugai.cases.demo import (
    HACHINOHE,
    PRODUCTION,
    SUMIDA,
    Story,
    family_story_runner,
    run_story,
    story_report,
)
from kokugai.notifications.delivery import deliver_pending
from kokugai.notifications.models import Notification, Status
from kokugai.registry import services as registry
from kokugai.registry.models import Office

JST = ZoneInfo("Asia/Tokyo")


def _first_failure(story: Story) -> str:
    """The SMTP reply of the story's first failed mail (or of any, if the story has none)."""
    failed = Notification.objects.filter(status=Status.FAILED).order_by("created_at", "id")
    first = failed.filter(Q(case=story.case) | Q(person=story.person)).first() or failed.first()
    return first.last_error if first is not None else "(no reply recorded)"


class Command(BaseCommand):
    help = "Replay the seed's story (墨田区 → 八戸市 → production → 墨田区) on the database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print the result as JSON")
        parser.add_argument(
            "--family",
            action="store_true",
            help="replay the family story (four members, one pre-registration, one pickup)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            call_command("migrate", verbosity=0, interactive=False)
        codes = (SUMIDA, HACHINOHE, PRODUCTION, "jtea-tw-taipei")
        if Office.objects.filter(code__in=codes).count() < len(codes):
            registry.offices_load()
        users = registry.demo_staff_ensure(password=registry.demo_password(allow_default=True))
        offices = {o.code: o for o in Office.objects.filter(code__in=codes)}
        # Mails go out after each step, as a running worker would have sent them before the
        # story's next day (a reminder is sent before the hand-over, not withdrawn by it).
        failed = 0

        def deliver(step: Any) -> None:
            nonlocal failed
            failed += deliver_pending(until_idle=True, timeout=30).failed

        if options["family"]:
            self._family(users, offices, deliver, json_out=options["json"])
            return
        story = run_story(users=users, offices=offices, after_step=deliver)
        # The demo ends only once its mails have gone out through the configured backend
        # (EMAIL_URL, or files in var/mail/): a demo that "sent" nothing proves nothing.
        stats = deliver_pending(until_idle=True, wait_for_retries=True, timeout=120)
        failed += stats.failed
        if stats.pending:
            raise CommandError(f"{stats.pending} notifications not delivered (see kokugai worker)")
        if failed:
            raise CommandError(
                f"{failed} notifications failed; first reply: {_first_failure(story)}"
            )
        report = story_report(story.the_case())
        if "appointment" in story.extra:
            report["appointment"] = story.extra["appointment"]
        if options["json"]:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        case = report["case"]
        self.stdout.write(
            f"{case['receipt_number']}  申請書ID {case['application_id'] or '-'}  "
            f"{case['procedure']}  → {case['state']}"
        )
        names = {o.code: o.name_ja for o in offices.values()}
        for e in report["events"]:
            from datetime import datetime

            at = datetime.fromisoformat(e["at"]).astimezone(JST)
            self.stdout.write(
                f"  {at:%Y-%m-%d %H:%M} JST  {e['transition']:<20} "
                f"{e['from'] or '·':>18} → {e['to']:<18} {names.get(e['office'], e['office'])}"
            )
        sent = ", ".join(n["template"] for n in report["notifications"])
        self.stdout.write(f"  notifications: {sent}")

    def _family(self, users: Any, offices: Any, deliver: Any, *, json_out: bool) -> None:
        # The family story books the pickup, so it lives in appointments (above cases),
        # registered with cases.demo like the pickup steps of the single story.
        run = family_story_runner()
        report = run(users=users, offices=offices, after_step=lambda: deliver(None))
        stats = deliver_pending(until_idle=True, wait_for_retries=True, timeout=120)
        if stats.pending or stats.failed:
            raise CommandError(
                f"{stats.pending} notifications pending, {stats.failed} failed (see kokugai worker)"
            )
        if json_out:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        self.stdout.write(
            f"household {report['reference']}  ({report['household']['representative']})"
        )
        for c in report["cases"]:
            rep = f"  法定代理人 {c['represented_by']}" if c["represented_by"] else ""
            self.stdout.write(
                f"  {c['member']:<4} {c['receipt_number']}  本籍 {c['honseki']}  → {c['state']}{rep}"
            )
        for st in report["steps"]:
            self.stdout.write(f"  {st['at'][:16]}  {st['step']}")
