"""What marks a catalogue file and which schema version this AMP writes."""

APPLICATION_ID = 0x414D5031  # "AMP1": PRAGMA application_id of every AMP catalogue
SCHEMA_VERSION = 8  # the number of migrations in schema.py; a test keeps them in step
