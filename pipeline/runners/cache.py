"""Results of earlier runs, so that a re-run skips the reports that did not change.

One SQLite file under the output folder. A result is found again only under the same key: the
report's id and file hash, the rules hash, the pipeline version and a hash of the pipeline's own
code, and the NER model. Anything else (a changed rule, an edited extractor) misses and re-runs.
A file that is not such a cache, or is damaged, is set aside with a warning and a new one is
started: a cache can cost time, never a wrong row. Problems are never cached, so a report that
timed out or failed is tried again."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

from .. import __version__
from .worker import Outcome

FORMAT = "net-pipeline-result-cache/2"  # /2: each row carries a checksum of its key and outcome
PACKAGE = Path(__file__).resolve().parent.parent
RESULTS_TABLE = "results (key TEXT PRIMARY KEY, outcome TEXT NOT NULL, checksum TEXT)"


@lru_cache(maxsize=1)
def code_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class ResultCache:
    def __init__(self, path: Path, rules_digest: str, ner_model: str, warn=None):
        self.path, self.warn = Path(path), warn or (lambda message: None)
        self.context = f"{rules_digest}:{code_digest()}:{ner_model}"
        self.used: set[str] = set()
        self.broken = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
            self.db.execute("CREATE TABLE IF NOT EXISTS probe (x)")  # a read-only cache fails here, not later
            self.db.execute("DROP TABLE probe")
        except (OSError, sqlite3.Error) as exc:
            self.warn(f"warning: the result cache {self.path} cannot be used ({exc}); running without it")
            self.db = sqlite3.connect(":memory:")
            self.db.execute(f"CREATE TABLE {RESULTS_TABLE}")

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            db.execute(f"CREATE TABLE IF NOT EXISTS {RESULTS_TABLE}")
            found = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
            if found is None:
                if db.execute("SELECT COUNT(*) FROM results").fetchone()[0]:
                    raise sqlite3.DatabaseError("results without a format mark")
                db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
                db.commit()
            elif found[0] != FORMAT:
                raise sqlite3.DatabaseError(f"written by another program or version ({found[0]!r})")
            return db
        except sqlite3.DatabaseError as exc:
            self.warn(f"warning: the result cache {self.path} is not usable ({exc}); starting a new one")
            with contextlib.suppress(Exception):  # `db` may not even exist
                db.close()
            self.path.unlink(missing_ok=True)
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            db.execute(f"CREATE TABLE {RESULTS_TABLE}")
            db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
            db.commit()
            return db

    def key(self, report_id: str, file_sha256: str) -> str:
        return hashlib.sha256(f"{self.context}:{report_id}:{file_sha256}".encode()).hexdigest()

    def get(self, key: str, index: int, report_id: str, path: str) -> Outcome | None:
        self.used.add(key)
        try:
            found = self.db.execute("SELECT outcome, checksum FROM results WHERE key = ?", (key,)).fetchone()
            if found is None:
                return None
            if found[1] != _checksum(key, found[0]):
                raise ValueError("its checksum does not match: the stored row was changed")
            data = json.loads(found[0])
            if data["report_id"] != report_id or not isinstance(data["row"], dict):
                raise ValueError("entry for another report")
            return Outcome(index, report_id, path, row=data["row"], mentions=data["mentions"], words=data["words"])
        except sqlite3.DatabaseError as exc:
            self._set_aside(exc)
            return None
        except (ValueError, KeyError, TypeError) as exc:
            self.warn(f"warning: a damaged entry in the result cache {self.path} ({exc}); the report is run again")
            return None

    def put(self, key: str, outcome: Outcome) -> None:
        if outcome.problem or outcome.row is None:
            return
        data = {"report_id": outcome.report_id, "row": outcome.row, "mentions": outcome.mentions,
                "words": outcome.words}
        text = json.dumps(data, ensure_ascii=False)
        try:
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (key, text, _checksum(key, text)))
        except sqlite3.Error as exc:
            if not self.broken:
                self.warn(f"warning: the result cache {self.path} cannot be written ({exc}); results are not kept")
            self.broken = True

    def _set_aside(self, exc) -> None:
        """A cache damaged mid-file ('database disk image is malformed'): renamed aside, and this run
        goes on without it; the next run starts a new one."""
        self.warn(f"warning: the result cache {self.path} is damaged ({exc}); it is set aside as "
                  f"{self.path.name}.damaged and the reports are run again")
        try:
            self.db.close()
            os.replace(self.path, self.path.with_name(self.path.name + ".damaged"))
        except OSError:
            pass
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"CREATE TABLE {RESULTS_TABLE}")
        self.broken = True

    def close(self) -> None:
        """Keeps the results of this run's reports only, so the cache never outgrows the batch."""
        try:
            if self.used and not self.broken:
                self.db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                self.db.executemany("INSERT OR IGNORE INTO used VALUES (?)", [(k,) for k in self.used])
                self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)")
            self.db.commit()
        except sqlite3.Error as exc:
            self.warn(f"warning: the result cache {self.path} could not be saved ({exc}); "
                      "the next run reads every report")
        finally:
            self.db.close()


def _checksum(key: str, outcome: str) -> str:
    """Of the key (which holds the code and rules digest) and the stored row: an edit of either shows."""
    return hashlib.sha256(f"{key}\0{outcome}".encode()).hexdigest()
