"""``kokugai audit verify``: check the audit log's hash chain.

Exit 0 and print ``OK`` with the number of entries and the chain's head (record the head
somewhere the database's users cannot write: a later head must extend it); exit 1 naming
the first broken link (its sequence number, row id and what is wrong with it).
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kokugai.core.audit import audit_verify


class Command(BaseCommand):
    help = "Verify the audit log's hash chain (kokugai audit verify)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["verify"])

    def handle(self, *args: Any, **options: Any) -> None:
        report = audit_verify()
        if report.ok:
            self.stdout.write(str(report))
            return
        self.stderr.write(str(report))
        sys.exit(1)
