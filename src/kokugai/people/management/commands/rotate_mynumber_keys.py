"""``kokugai rotate_mynumber_keys``: re-encrypt every My Number under the newest key.

Put the new key first in KOKUGAI_MYNUMBER_KEYS (``--new-key ID`` prints one), run this, then
drop the old key once it reports 0 rows left.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from kokugai.core import crypto
from kokugai.people.models import Person
from kokugai.people.services import mynumber_rotate_keys


class Command(BaseCommand):
    help = "Re-encrypt stored My Numbers with the newest key of KOKUGAI_MYNUMBER_KEYS."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--new-key", metavar="ID", help="only print a fresh key entry")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["new_key"]:
            self.stdout.write(crypto.new_key_spec(options["new_key"]))
            return
        current = crypto.keyring().current_id
        todo = (
            Person.objects.exclude(mynumber_ciphertext=None)
            .exclude(mynumber_key_id=current)
            .count()
        )
        with tqdm(total=todo, unit="person", disable=options["verbosity"] < 1) as bar:
            changed = mynumber_rotate_keys(batch_size=options["batch_size"], progress=bar.update)
        self.stdout.write(f"re-encrypted {changed} with key {current}")
