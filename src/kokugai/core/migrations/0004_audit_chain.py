"""The audit log becomes a hash chain; on PostgreSQL the database refuses to edit it."""

from django.db import migrations, models

TRIGGER_SQL = """
CREATE OR REPLACE FUNCTION core_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    -- The retention purge (kokugai.core.audit.audit_prune) sets this for its own
    -- transaction only; nothing else may remove an entry, and nothing may change one.
    IF TG_OP = 'DELETE' AND current_setting('kokugai.audit_prune', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'core_auditentry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS core_auditentry_append_only ON core_auditentry;
CREATE TRIGGER core_auditentry_append_only
    BEFORE UPDATE OR DELETE ON core_auditentry
    FOR EACH ROW EXECUTE FUNCTION core_auditentry_append_only();
"""

DROP_TRIGGER_SQL = """
DROP TRIGGER IF EXISTS core_auditentry_append_only ON core_auditentry;
DROP FUNCTION IF EXISTS core_auditentry_append_only();
"""


def chain_existing(apps, schema_editor):
    """Chain the entries written before this migration, in the order they were written."""
    from kokugai.core.audit import GENESIS_HASH, entry_digest

    AuditEntry = apps.get_model("core", "AuditEntry")
    prev = GENESIS_HASH
    for seq, entry in enumerate(AuditEntry.objects.order_by("id").iterator(), start=1):
        entry.seq = seq
        entry.prev_hash = prev
        entry.entry_hash = entry_digest(entry)
        entry.save(update_fields=["seq", "prev_hash", "entry_hash"])
        prev = entry.entry_hash


def trigger_on(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGER_SQL, params=None)


def trigger_off(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGGER_SQL, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0003_heartbeat"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="seq",
            field=models.BigIntegerField(null=True, verbose_name="sequence"),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="prev_hash",
            field=models.CharField(
                default="",
                help_text="entry_hash of the entry before this one (64 zeros for the first)",
                max_length=64,
                verbose_name="previous hash",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditentry",
            name="entry_hash",
            field=models.CharField(
                default="",
                help_text="SHA-256 over prev_hash and this entry's canonical content",
                max_length=64,
                verbose_name="entry hash",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(chain_existing, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="auditentry",
            name="seq",
            field=models.BigIntegerField(
                help_text="Position in the hash chain: 1, 2, 3 … with no gaps",
                unique=True,
                verbose_name="sequence",
            ),
        ),
        migrations.CreateModel(
            name="AuditAnchor",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("seq", models.BigIntegerField(verbose_name="last pruned sequence")),
                ("entry_hash", models.CharField(max_length=64, verbose_name="last pruned hash")),
                ("at", models.DateTimeField(verbose_name="pruned at")),
            ],
            options={
                "verbose_name": "audit chain anchor",
                "verbose_name_plural": "audit chain anchors",
            },
        ),
        migrations.RunPython(trigger_on, trigger_off),
    ]
