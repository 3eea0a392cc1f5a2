"""PostgreSQL: an audit append is one statement (``kokugai_audit_append``).

The function takes the chain's lock, reads the head, hashes the new entry and inserts it,
in one round trip instead of four (lock, head, insert, and the savepoint around them). The
hash is the same SHA-256 ``kokugai.core.audit.entry_digest`` computes: the caller sends the
entry's canonical text up to its sequence number (``"seq"`` is the last key of the sorted
JSON), the function appends the number it assigns. ``kokugai audit verify`` still checks
every row in Python, so a function that hashed differently would show at once.

The function is VOLATILE (the default): each statement in it takes a fresh snapshot, so
the head it reads after the lock includes every append committed before the lock was
granted.
"""

from django.db import migrations

FUNCTION_SQL = """
CREATE OR REPLACE FUNCTION kokugai_audit_append(
    p_lock bigint, p_at timestamptz, p_actor_id bigint, p_actor_label varchar,
    p_office_code varchar, p_action varchar, p_object_type varchar, p_object_id varchar,
    p_reason varchar, p_detail jsonb, p_content_head text
) RETURNS TABLE (id bigint, seq bigint, prev_hash varchar, entry_hash varchar) AS $$
DECLARE
    v_seq bigint;
    v_prev varchar;
    v_hash varchar;
BEGIN
    PERFORM pg_advisory_xact_lock(p_lock);
    SELECT e.seq, e.entry_hash INTO v_seq, v_prev
        FROM core_auditentry e ORDER BY e.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        SELECT a.seq, a.entry_hash INTO v_seq, v_prev
            FROM core_auditanchor a ORDER BY a.seq DESC LIMIT 1;
        IF NOT FOUND THEN
            v_seq := 0;
            v_prev := repeat('0', 64);
        END IF;
    END IF;
    v_seq := v_seq + 1;
    v_hash := encode(sha256(convert_to(
        v_prev || E'\\n' || p_content_head || v_seq::text || '}', 'UTF8')), 'hex');
    RETURN QUERY INSERT INTO core_auditentry AS n
        (at, actor_id, actor_label, office_code, action, object_type, object_id, reason,
         detail, seq, prev_hash, entry_hash)
        VALUES (p_at, p_actor_id, p_actor_label, p_office_code, p_action, p_object_type,
                p_object_id, p_reason, p_detail, v_seq, v_prev, v_hash)
        RETURNING n.id, n.seq, n.prev_hash, n.entry_hash;
END
$$ LANGUAGE plpgsql;
"""

DROP_SQL = "DROP FUNCTION IF EXISTS kokugai_audit_append(bigint, timestamptz, bigint, varchar, varchar, varchar, varchar, varchar, varchar, jsonb, text);"


def function_on(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION_SQL, params=None)


def function_off(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0005_leaner_audit_indexes"),
    ]

    operations = [migrations.RunPython(function_on, function_off, elidable=False)]
