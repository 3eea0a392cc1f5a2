"""Re-encrypt My Numbers stored before the ciphertext was bound to its row (AAD with the pk)."""

from __future__ import annotations

from typing import Any

from cryptography.exceptions import InvalidTag
from django.db import migrations

LEGACY_AAD = b"people.Person.mynumber"


def bind(apps: Any, schema_editor: Any) -> None:
    from kokugai.core import crypto

    person_model = apps.get_model("people", "Person")
    rows = person_model.objects.exclude(mynumber_ciphertext=None).only(
        "pk", "mynumber_key_id", "mynumber_ciphertext"
    )
    for person in rows.iterator():
        bound = LEGACY_AAD + b":" + str(person.pk).encode()
        blob = bytes(person.mynumber_ciphertext)
        try:
            crypto.decrypt(person.mynumber_key_id, blob, aad=bound)
            continue  # already bound
        except InvalidTag:
            pass
        plain = crypto.decrypt(person.mynumber_key_id, blob, aad=LEGACY_AAD)
        person.mynumber_key_id, person.mynumber_ciphertext = crypto.encrypt(plain, aad=bound)
        person.save(update_fields=["mynumber_key_id", "mynumber_ciphertext"])


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    operations = [migrations.RunPython(bind, migrations.RunPython.noop)]
