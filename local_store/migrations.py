"""Schema migrations by PRAGMA user_version, one function per step.

Before an existing database is migrated, the file is copied (still encrypted) into
``backups/`` so a failed or unwanted upgrade can be undone by hand. Thread-safety: run once,
from the thread that opens the store, before any other connection of this process exists;
the Store runs it holding the folder's setup lock (``folder_lock``), so one process migrates
and the others then find the database up to date.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from local_store import database
from local_store.errors import DatabaseTooNew

BACKUP_DIR = "backups"


def _run_statements(db: sqlite_utils.Database, script: str) -> None:
    # Not executescript(): it commits first, and a step must stay one transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1_initial(db: sqlite_utils.Database) -> None:
    _run_statements(
        db,
        """
        CREATE TABLE patients (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            sex TEXT NOT NULL DEFAULT 'U',
            birth_date TEXT,
            age_years INTEGER,
            age_recorded_on TEXT,
            phone TEXT NOT NULL DEFAULT '',
            abha_number TEXT NOT NULL DEFAULT '',
            hospital_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            patient_id TEXT NOT NULL REFERENCES patients(id),
            status TEXT NOT NULL DEFAULT 'draft',
            specialty TEXT NOT NULL DEFAULT '',
            urgency TEXT NOT NULL DEFAULT 'routine',
            questions TEXT NOT NULL DEFAULT '[]',
            working_diagnosis TEXT NOT NULL DEFAULT '',
            clinical_summary TEXT NOT NULL DEFAULT '',
            medications TEXT NOT NULL DEFAULT '',
            allergies TEXT NOT NULL DEFAULT '',
            prior_treatment TEXT NOT NULL DEFAULT '',
            planned_treatment TEXT NOT NULL DEFAULT '',
            referring_doctor TEXT NOT NULL DEFAULT '',
            referring_registration TEXT NOT NULL DEFAULT '',
            initiated_by TEXT NOT NULL DEFAULT 'patient',
            consent_given_by TEXT NOT NULL DEFAULT '',
            consent_method TEXT NOT NULL DEFAULT '',
            consent_at TEXT NOT NULL DEFAULT '',
            consent_recorded_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cases_updated ON cases(updated_at);
        CREATE INDEX cases_patient ON cases(patient_id);
        CREATE TABLE timeline_entries (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            entry_date TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX timeline_case ON timeline_entries(case_id, entry_date);
        CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL,
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            kind TEXT NOT NULL,
            size INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            UNIQUE (case_id, sha256)
        );
        CREATE INDEX attachments_sha ON attachments(sha256);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            case_id TEXT,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        """,
    )


def _key_images(db: sqlite_utils.Database) -> None:
    _run_statements(
        db,
        """
        CREATE TABLE key_images (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sop_instance_uid TEXT NOT NULL,
            frame INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (case_id, sop_instance_uid, frame)
        );
        """,
    )


def _attachment_versions(db: sqlite_utils.Database) -> None:
    # An edited photo is a new attachment pointing at the one it was made from; the original
    # row and blob are never changed. SET NULL: removing an original keeps its edited copies.
    _run_statements(
        db,
        """
        ALTER TABLE attachments ADD COLUMN derived_from TEXT
            REFERENCES attachments(id) ON DELETE SET NULL;
        ALTER TABLE attachments ADD COLUMN edits TEXT NOT NULL DEFAULT '';
        CREATE INDEX attachments_derived ON attachments(derived_from);
        """,
    )


def _incoming_tray(db: sqlite_utils.Database) -> None:
    # Images a modality sent to the DICOM receiver that are not (yet) on a case. The header
    # fields are copied so the tray can be grouped by patient and study without decrypting.
    # reason: why the item waits here ("tray", "patient_mismatch", "case_missing", ...).
    _run_statements(
        db,
        """
        CREATE TABLE incoming_items (
            id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL,
            calling_ae TEXT NOT NULL,
            caller_known INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            patient_name TEXT NOT NULL DEFAULT '',
            patient_id TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL DEFAULT '',
            sex TEXT NOT NULL DEFAULT '',
            study_uid TEXT NOT NULL DEFAULT '',
            study_date TEXT NOT NULL DEFAULT '',
            study_description TEXT NOT NULL DEFAULT '',
            accession TEXT NOT NULL DEFAULT '',
            series_uid TEXT NOT NULL DEFAULT '',
            series_number INTEGER,
            series_description TEXT NOT NULL DEFAULT '',
            modality TEXT NOT NULL DEFAULT '',
            sop_class_uid TEXT NOT NULL DEFAULT '',
            sop_instance_uid TEXT NOT NULL DEFAULT '',
            instance_number INTEGER
        );
        CREATE INDEX incoming_study ON incoming_items(patient_id, study_uid, series_uid);
        """,
    )


def _imaging_index(db: sqlite_utils.Database) -> None:
    # The DICOM header index of each case (filled by local_store.importer, read by
    # local_store.dicom_index). UNIQUE (case_id, sop_instance_uid) makes a re-import add
    # nothing and lets a study split over two imports merge. Instance rows go with their
    # attachment; studies and series without instances are simply not listed.
    # import_runs: one row per import, finished_at NULL while it runs (or after a crash).
    _run_statements(
        db,
        """
        CREATE TABLE dicom_studies (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            study_uid TEXT NOT NULL,
            patient_name TEXT NOT NULL DEFAULT '',
            patient_id TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL DEFAULT '',
            sex TEXT NOT NULL DEFAULT '',
            study_date TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            accession TEXT NOT NULL DEFAULT '',
            referring_physician TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (case_id, study_uid)
        );
        CREATE TABLE dicom_series (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            series_uid TEXT NOT NULL,
            study_uid TEXT NOT NULL,
            modality TEXT NOT NULL DEFAULT '',
            body_part TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            number INTEGER,
            PRIMARY KEY (case_id, series_uid)
        );
        CREATE INDEX dicom_series_study ON dicom_series(case_id, study_uid);
        CREATE TABLE dicom_instances (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sop_instance_uid TEXT NOT NULL,
            series_uid TEXT NOT NULL,
            attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL,
            sop_class_uid TEXT NOT NULL DEFAULT '',
            instance_number INTEGER,
            position TEXT,
            frames INTEGER NOT NULL DEFAULT 1,
            rows INTEGER NOT NULL DEFAULT 0,
            columns INTEGER NOT NULL DEFAULT 0,
            transfer_syntax TEXT NOT NULL DEFAULT '',
            photometric TEXT NOT NULL DEFAULT '',
            burned_in_annotation TEXT NOT NULL DEFAULT '',
            is_document INTEGER NOT NULL DEFAULT 0,
            UNIQUE (case_id, sop_instance_uid)
        );
        CREATE INDEX dicom_instances_series ON dicom_instances(case_id, series_uid);
        CREATE INDEX dicom_instances_attachment ON dicom_instances(attachment_id);
        CREATE TABLE import_runs (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            files INTEGER NOT NULL DEFAULT 0,
            imported INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX import_runs_case ON import_runs(case_id, started_at);
        """,
    )


def _documents_and_labs(db: sqlite_utils.Database) -> None:
    # Per document: its kind and date (guessed, or set by the user), how reading it went, its
    # text (for checklist words); per lab row: where it was printed and the user's corrections.
    _run_statements(
        db,
        """
        CREATE TABLE documents (
            attachment_id TEXT PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'other',
            kind_by_user INTEGER NOT NULL DEFAULT 0,
            doc_date TEXT,
            date_by_user INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending',
            problem TEXT NOT NULL DEFAULT '',
            text_source TEXT NOT NULL DEFAULT '',
            pages INTEGER NOT NULL DEFAULT 0,
            unread_pages TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL DEFAULT '',
            analysed_at TEXT
        );
        CREATE INDEX documents_case ON documents(case_id, doc_date);
        CREATE TABLE lab_results (
            id TEXT PRIMARY KEY,
            attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            test TEXT NOT NULL,
            analyte TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            lab_flag TEXT NOT NULL DEFAULT '',
            page INTEGER NOT NULL,
            x0 REAL, top REAL, x1 REAL, bottom REAL,
            by_user INTEGER NOT NULL DEFAULT 0,
            corrected_test TEXT,
            corrected_value TEXT,
            corrected_unit TEXT,
            corrected_reference TEXT,
            confirmed INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            corrected_at TEXT
        );
        CREATE INDEX lab_results_attachment ON lab_results(attachment_id, seq);
        CREATE INDEX lab_results_case ON lab_results(case_id, analyte);
        CREATE TABLE case_clinical (
            case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            condition TEXT,
            condition_by_user INTEGER NOT NULL DEFAULT 0,
            summary TEXT,
            summary_at TEXT
        );
        """,
    )


def _sync_outbox(db: sqlite_utils.Database) -> None:
    # The sync engine's state: bundles waiting or sent (outbox), each file's tus upload and
    # the offset the service confirmed (outbox_files), and what the service's feed said about
    # bundles this device sent or was given (inbox).
    _run_statements(
        db,
        """
        CREATE TABLE outbox (
            bundle_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            folder TEXT NOT NULL,
            service_url TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued',
            priority INTEGER NOT NULL DEFAULT 0,
            size_cipher INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            last_error_at TEXT,
            next_attempt_at REAL,
            registered INTEGER NOT NULL DEFAULT 0,
            receipt TEXT,
            receipt_at TEXT,
            service_status TEXT
        );
        CREATE INDEX outbox_state ON outbox(state, priority, created_at);
        CREATE INDEX outbox_case ON outbox(case_id);
        CREATE TABLE outbox_files (
            bundle_id TEXT NOT NULL REFERENCES outbox(bundle_id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            upload_url TEXT,
            "offset" INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'pending',
            PRIMARY KEY (bundle_id, name)
        );
        CREATE TABLE inbox (
            bundle_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            specialty TEXT,
            problem TEXT,
            at TEXT,
            feed_cursor INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    )


def _seen_bundles(db: sqlite_utils.Database) -> None:
    # (device, seq) of every bundle verified or opened here: the replay check for bundles that
    # arrive by USB rather than through the service (local_store.seen_bundles).
    _run_statements(
        db,
        """
        CREATE TABLE seen_bundles (
            device_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            bundle_id TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            PRIMARY KEY (device_id, seq)
        );
        """,
    )


def _outbox_file_labels(db: sqlite_utils.Database) -> None:
    # What each bundle file holds, in the clinic's words (the attachment's file name), for the
    # Sending panel: "f032.age" means nothing to the person waiting for it.
    _run_statements(db, "ALTER TABLE outbox_files ADD COLUMN label TEXT NOT NULL DEFAULT '';")


def _lab_methods(db: sqlite_utils.Database) -> None:
    # How the lab measured each value ("Photometry", "ISE Indirect"), read from a Method
    # column: kept beside the test's name instead of glued to it.
    _run_statements(db, "ALTER TABLE lab_results ADD COLUMN method TEXT NOT NULL DEFAULT '';")


def _measurements(db: sqlite_utils.Database) -> None:
    # Kept with the case like key images: by instance UID and frame, points in image pixels.
    _run_statements(
        db,
        """
        CREATE TABLE measurements (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sop_instance_uid TEXT NOT NULL,
            frame INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL,
            points TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX measurements_by_image ON measurements (case_id, sop_instance_uid, frame);
        """,
    )


def _trash_and_sent_files(db: sqlite_utils.Database) -> None:
    # Removal keeps rows (and blobs) for 30 days in the trash (removed_at); sent_in names the
    # bundle that carried an attachment, so a sent file is never removed and an update bundle
    # carries only what is new. Files of cases already queued count as sent. case_updates
    # holds each update bundle's note and the bundle it follows.
    _run_statements(
        db,
        """
        ALTER TABLE cases ADD COLUMN removed_at TEXT;
        ALTER TABLE attachments ADD COLUMN removed_at TEXT;
        ALTER TABLE attachments ADD COLUMN sent_in TEXT;
        UPDATE attachments SET sent_in = COALESCE(
            (SELECT o.bundle_id FROM outbox o WHERE o.case_id = attachments.case_id
             ORDER BY o.created_at, o.rowid LIMIT 1), 'before_tracking')
            WHERE case_id IN (SELECT id FROM cases WHERE status NOT IN ('draft', 'ready'));
        CREATE TABLE case_updates (
            bundle_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            update_of TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX case_updates_case ON case_updates(case_id);
        """,
    )


def _received_cases(db: sqlite_utils.Database) -> None:
    # A specialist's side: cases offered to this device (fetches: the signed case_assigned
    # item, what is left to download, failures) and cases fetched and stored (received_cases:
    # the manifest as the clinic signed it, the offer's state). cases.received marks a case
    # that arrived from a clinic: the clinic-side edit paths refuse to change it.
    _run_statements(
        db,
        """
        ALTER TABLE cases ADD COLUMN received INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE fetches (
            bundle_id TEXT PRIMARY KEY,
            item TEXT NOT NULL,
            priority INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'waiting',
            size_cipher INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            problem_file TEXT,
            next_attempt_at REAL,
            offered_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            assignment TEXT NOT NULL DEFAULT 'offered',
            decline_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX fetches_state ON fetches(state, priority, offered_at);
        CREATE TABLE received_cases (
            bundle_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            specialty TEXT NOT NULL,
            urgency TEXT NOT NULL,
            offered_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            clinic TEXT NOT NULL,
            manifest TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            opened_at TEXT,
            status_sent INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX received_case ON received_cases(case_id);
        CREATE TABLE received_files (
            bundle_id TEXT NOT NULL REFERENCES received_cases(bundle_id) ON DELETE CASCADE,
            file_id TEXT NOT NULL,
            attachment_id TEXT NOT NULL,
            PRIMARY KEY (bundle_id, file_id)
        );
        """,
    )


def _opinions(db: sqlite_utils.Database) -> None:
    # A specialist's opinions on a received case: one draft at a time (autosaved), and every
    # signed version, which no UPDATE or DELETE may touch (the triggers are the last word,
    # whatever the code above does). A signed opinion goes out through the outbox, marked
    # ``kind = 'opinion'`` (its row keyed by the opinion's id).
    _run_statements(
        db,
        """
        CREATE TABLE opinions (
            opinion_id TEXT PRIMARY KEY,
            bundle_id TEXT NOT NULL REFERENCES received_cases(bundle_id),
            version INTEGER NOT NULL,
            replaces TEXT,
            state TEXT NOT NULL DEFAULT 'draft',
            draft TEXT NOT NULL,
            signed TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            signed_at TEXT,
            UNIQUE (bundle_id, version)
        );
        ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'bundle';
        """,
    )
    # A trigger's body holds a ";": one statement each, not through _run_statements.
    for event, name in (("UPDATE", "opinions_signed_fixed"), ("DELETE", "opinions_signed_kept")):
        db.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON opinions WHEN OLD.state = 'signed' "
            "BEGIN SELECT RAISE(ABORT, 'opinion_signed'); END"
        )


def _investigation_ticks(db: sqlite_utils.Database) -> None:
    # The clinic's ticks beside a received opinion's investigations (local_store.
    # investigation_ticks): keyed by the opinion and the item's index in its signed list.
    _run_statements(
        db,
        """
        CREATE TABLE investigation_ticks (
            opinion_id TEXT NOT NULL,
            item_index INTEGER NOT NULL,
            done_on TEXT NOT NULL,
            PRIMARY KEY (opinion_id, item_index)
        );
        """,
    )


def _received_opinions(db: sqlite_utils.Database) -> None:
    # A clinic's side of the way back. outbox.manifest_sha256: the plaintext manifest's hash of
    # each bundle sent, what an opinion on it must name. opinion_fetches: one row per
    # opinion_ready feed item (keyed by its feed cursor, so a replayed item has a row of its
    # own to be refused in), the item as the service signed it, its state (waiting, stored,
    # refused) and failures. received_opinions: each opinion that passed every check, its
    # signed document's bytes and the service's vouch for its signer, never changed once
    # stored (the trigger), in the order received.
    _run_statements(
        db,
        """
        ALTER TABLE outbox ADD COLUMN manifest_sha256 TEXT;
        CREATE TABLE opinion_fetches (
            feed_cursor INTEGER PRIMARY KEY,
            opinion_id TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            item TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'waiting',
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at REAL,
            queued_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX opinion_fetches_state ON opinion_fetches(state, feed_cursor);
        CREATE INDEX opinion_fetches_opinion ON opinion_fetches(opinion_id);
        CREATE TABLE received_opinions (
            opinion_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            bundle_id TEXT NOT NULL,
            replaces TEXT,
            signed BLOB NOT NULL,
            signer TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            received_at TEXT NOT NULL,
            position INTEGER NOT NULL,
            seen_at TEXT
        );
        CREATE INDEX received_opinions_case ON received_opinions(case_id, position)
        """,
    )
    # Only seen_at may change: the document, its signer and when it came are kept as they came.
    db.execute(
        "CREATE TRIGGER received_opinions_fixed BEFORE UPDATE OF opinion_id, case_id, bundle_id, "
        "replaces, signed, signer, fingerprint, received_at, position ON received_opinions "
        "BEGIN SELECT RAISE(ABORT, 'opinion_signed'); END"
    )


def _staff_and_audit_who(db: sqlite_utils.Database) -> None:
    # Named staff with a PIN each (a salted scrypt hash, never the PIN), for the optional
    # sign-in; ids are never reused, so an audit row's staff_id names one person for good.
    # Audit rows gain the staff member signed in (NULL before staff existed, and without
    # sign-in), kept in the hash chain by local_store.audit.
    _run_statements(
        db,
        """
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            pin_hash TEXT NOT NULL,
            admin INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX staff_name ON staff(lower(name));
        ALTER TABLE audit_log ADD COLUMN staff_id INTEGER;
        ALTER TABLE audit_log ADD COLUMN staff_name TEXT;
        """,
    )


def _specialist_review_marks(db: sqlite_utils.Database) -> None:
    # A specialist's own key images and measurements on a received case, kept beside it (the
    # case as the clinic sent it never changes): keyed by the received case's bundle and the
    # image's SOP instance UID and frame, like the clinic's own key_images and measurements.
    _run_statements(
        db,
        """
        CREATE TABLE review_key_images (
            id TEXT PRIMARY KEY,
            bundle_id TEXT NOT NULL REFERENCES received_cases(bundle_id) ON DELETE CASCADE,
            sop_instance_uid TEXT NOT NULL,
            frame INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (bundle_id, sop_instance_uid, frame)
        );
        CREATE TABLE review_measurements (
            id TEXT PRIMARY KEY,
            bundle_id TEXT NOT NULL REFERENCES received_cases(bundle_id) ON DELETE CASCADE,
            sop_instance_uid TEXT NOT NULL,
            frame INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL,
            points TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX review_measurements_by_image
            ON review_measurements (bundle_id, sop_instance_uid, frame);
        """,
    )


def _thread_messages(db: sqlite_utils.Database) -> None:
    # A case's follow-up thread on either side (local_store.thread_messages): every message
    # written here (waiting for its supplementary bundle, queued, sent with the service's
    # receipt, or failed) and every message received (signed, with the service's vouch for
    # its author). Kept apart from the outbox, whose rows are uploads of files. Messages the
    # feed brought that failed a check are kept out of the thread, in thread_refusals.
    _run_statements(
        db,
        """
        CREATE TABLE thread_messages (
            message_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            bundle_id TEXT NOT NULL,
            outgoing INTEGER NOT NULL,
            state TEXT NOT NULL,
            signed TEXT NOT NULL,
            author TEXT NOT NULL,
            at TEXT NOT NULL,
            supplement TEXT,
            sealed BLOB,
            receipt TEXT,
            received_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at REAL,
            stored_at TEXT NOT NULL
        );
        CREATE INDEX thread_messages_case ON thread_messages(case_id, at);
        CREATE INDEX thread_messages_state ON thread_messages(state);
        CREATE TABLE thread_refusals (
            feed_cursor INTEGER PRIMARY KEY,
            bundle_id TEXT NOT NULL,
            message_id TEXT NOT NULL,
            code TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """,
    )


def _carried_bundles(db: sqlite_utils.Database) -> None:
    # A bundle another clinic device made, carried here on a USB stick and sent on as it is
    # (outbox kind 'carried', no case of this store): the device that signed it.
    _run_statements(db, "ALTER TABLE outbox ADD COLUMN carried_from TEXT;")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_initial,
    _key_images,
    _attachment_versions,
    _incoming_tray,
    _imaging_index,
    _documents_and_labs,
    _sync_outbox,
    _seen_bundles,
    _outbox_file_labels,
    _lab_methods,
    _measurements,
    _trash_and_sent_files,
    _received_cases,
    _opinions,
    _investigation_ticks,
    _received_opinions,
    _staff_and_audit_who,
    _specialist_review_marks,
    _thread_messages,
    _carried_bundles,
]
LATEST_VERSION = len(MIGRATIONS)


def current_version(db: sqlite_utils.Database) -> int:
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(
    db: sqlite_utils.Database,
    db_path: Path,
    migrations: list[Callable[[sqlite_utils.Database], None]] | None = None,
) -> list[Path]:
    """Bring the database to the latest version; return the backup files made (if any)."""
    steps = MIGRATIONS if migrations is None else migrations
    version = current_version(db)
    if version > len(steps):
        raise DatabaseTooNew(f"user_version {version} > {len(steps)}")
    if version == len(steps):
        return []
    backups = []
    if version > 0:
        backups.append(_backup(db, db_path, version))
    for number in range(version + 1, len(steps) + 1):
        # Each step and its version bump commit together, so a crash leaves a whole version.
        with database.immediate(db):
            steps[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    return backups


def _backup(db: sqlite_utils.Database, db_path: Path, version: int) -> Path:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = db_path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{db_path.stem}-v{version}-{stamp}{db_path.suffix}"
    shutil.copy2(db_path, target)
    return target
