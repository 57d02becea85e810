"""The full-text index beside ``search_searchtext``, for the database in use.

PostgreSQL: the ``unaccent`` extension, a text search configuration ``fr_unaccent`` (French,
accents removed before stemming), a stored generated ``tsvector`` column and its GIN index.
SQLite: an FTS5 table (accents removed by the ``unicode61`` tokenizer; no French stemming in
SQLite: ``search.query`` adds a prefix search instead) kept in step by triggers.
"""

from django.db import migrations

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'fr_unaccent') THEN
            CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
            ALTER TEXT SEARCH CONFIGURATION fr_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
    END $$""",
    """ALTER TABLE search_searchtext ADD COLUMN document tsvector
        GENERATED ALWAYS AS (to_tsvector('fr_unaccent'::regconfig, text)) STORED""",
    "CREATE INDEX search_searchtext_document ON search_searchtext USING gin (document)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_searchtext_document",
    "ALTER TABLE search_searchtext DROP COLUMN IF EXISTS document",
]

SQLITE_TABLE = """CREATE VIRTUAL TABLE search_searchtext_fts USING fts5(
    text, content='search_searchtext', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
)"""
SQLITE_TRIGGERS = [
    """CREATE TRIGGER search_searchtext_ai AFTER INSERT ON search_searchtext BEGIN
        INSERT INTO search_searchtext_fts (rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER search_searchtext_ad AFTER DELETE ON search_searchtext BEGIN
        INSERT INTO search_searchtext_fts (search_searchtext_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER search_searchtext_au AFTER UPDATE ON search_searchtext BEGIN
        INSERT INTO search_searchtext_fts (search_searchtext_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
        INSERT INTO search_searchtext_fts (rowid, text) VALUES (new.id, new.text);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_searchtext_ai",
    "DROP TRIGGER IF EXISTS search_searchtext_ad",
    "DROP TRIGGER IF EXISTS search_searchtext_au",
    "DROP TABLE IF EXISTS search_searchtext_fts",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, POSTGRESQL)
    elif vendor == "sqlite":
        _run(schema_editor, [SQLITE_TABLE, *SQLITE_TRIGGERS])
        # Rows written before (none on a new database): into the FTS table.
        schema_editor.execute(
            "INSERT INTO search_searchtext_fts (search_searchtext_fts) VALUES ('rebuild')"
        )


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_REVERSE)
    elif vendor == "sqlite":
        _run(schema_editor, SQLITE_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
