"""``kokugai rotate_index_key``: re-hash every stored My Number under a new index key.

The blind index (``KOKUGAI_INDEX_KEY``) finds a person by My Number. To replace the key:

1. ``kokugai rotate_index_key --new-key`` prints fresh key material;
2. deploy with ``KOKUGAI_INDEX_KEY=<new>`` and ``KOKUGAI_INDEX_KEY_PREVIOUS=<old>`` (lookups
   try both while rows are re-hashed);
3. run ``kokugai rotate_index_key`` (batches, resumable, a progress bar) until it reports 0;
4. remove ``KOKUGAI_INDEX_KEY_PREVIOUS``.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from kokugai.people.models import Person
from kokugai.people.services import mynumber_rotate_index


class Command(BaseCommand):
    help = "Re-hash the My Number lookup index under the current KOKUGAI_INDEX_KEY."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--new-key", action="store_true", help="only print fresh key material")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["new_key"]:
            self.stdout.write(secrets.token_urlsafe(48))
            return
        total = Person.objects.exclude(mynumber_ciphertext=None).count()
        bar_out = self.stderr._out  # the raw stream: tqdm redraws its line with \r
        with tqdm(
            total=total, unit="person", file=bar_out, disable=options["verbosity"] < 1
        ) as bar:
            changed = mynumber_rotate_index(batch_size=options["batch_size"], progress=bar.update)
        self.stdout.write(f"re-hashed {changed} of {total}")
        if settings.KOKUGAI_INDEX_KEY_PREVIOUS and changed == 0:
            self.stdout.write("every row is under the new key: remove KOKUGAI_INDEX_KEY_PREVIOUS")
