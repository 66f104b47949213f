"""Adds COUNT locked Leads records to the Zylker org of an emulator database.

The database must already hold the app's schema and the default seed: start
zoho-lock-mock once with --database FILE, stop it, then run this. Writing the
rows with SQL is seconds for a million, where the fixtures endpoint would take
minutes. Record i gets id RECORD_BASE + i and lock LOCK_BASE + i.

    python3 bench/generate_locks.py FILE COUNT
"""
import sqlite3
import sys

ORG = 5843104000000000101
USER = 5843104000000424672  # Patricia Boyle, administrator
CONFIGURATION = 5843104000000758004  # the Leads configuration of the seed
RECORD_BASE = 5843104000100000000
LOCK_BASE = 5843104000200000000
LOCKED_TIME = 1693905216  # 2023-09-05T05:13:36-04:00, the documentation's sample


def generate(path, count):
    db = sqlite3.connect(path)
    with db:
        db.execute(
            """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
               INSERT INTO records (org_id, id, module, name, owner_id, fields, created_time, modified_time)
               SELECT ?, ? + i, 'Leads', 'Bench Lead ' || i, ?, '{}', ?, ? FROM n""",
            (count, ORG, RECORD_BASE, USER, LOCKED_TIME, LOCKED_TIME))
        db.execute(
            """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
               INSERT INTO locks (org_id, id, module, record_id, source, reason, locked_by, locked_time,
                                  configuration_id, rule_id, created_by, created_time, modified_by, modified_time)
               SELECT ?, ? + i, 'Leads', ? + i, 'Manual', 'bench lock ' || i, ?, ?, ?, NULL, ?, ?, ?, ? FROM n""",
            (count, ORG, LOCK_BASE, RECORD_BASE, USER, LOCKED_TIME, CONFIGURATION, USER, LOCKED_TIME, USER,
             LOCKED_TIME))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def record_id(index):
    """The id of generated record `index` (1-based)."""
    return RECORD_BASE + index


if __name__ == "__main__":
    generate(sys.argv[1], int(sys.argv[2]))
