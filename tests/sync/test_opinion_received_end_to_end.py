"""The way there and back, end to end over real HTTP on 127.0.0.1: the clinic, the service and
the specialist as separate processes with their own data folders (`casebridge` child
processes against `casebridge service` run as a child process), every exchange through the
fault proxy: the clinic's case and the specialist's opinion go up through cuts and a stall,
the specialist's copy and the clinic's opinion come down through cuts, a stall and a 2G-rate
link, and a `sync --once` at the clinic is killed (SIGKILL) in the middle of the opinion's
download. The next run goes on from the part file; the opinion is received once, verified
against the key the service vouched for, and kept byte for byte as the specialist signed it;
the case is "opinion received" and `opinion show` and `case show` say so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict

import pytest

from local_store import opinions, received_opinions, settings
from local_store.store import Store
from sync.canonical import canonical_bytes
from sync.device_keys import fingerprint, load_or_create
from sync.enrollment import ENROLLMENT_KEY, current
from sync.opinion_receive import OPINIONS_DIR
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import REPO, Cli, add_attachment
from tests.support.fault_proxy import DOWN, UP, FaultPlan, FaultProxy
from tests.support.running_service import service_process
from tests.sync.test_opinion_end_to_end import PROFILE, QUESTIONS, _answered

pytestmark = [
    pytest.mark.timeout(420),
    pytest.mark.faults,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs a POSIX system"),
]

TWO_G = 4_000  # bytes per second: a 2G data link on a good day


def _ok(result):
    assert result.code == 0, result.err
    return result


def _through(cli: Cli, url: str) -> None:
    """Point an enrolled data folder at ``url`` (a fault proxy in front of the service)."""
    with Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE) as store:
        enrollment = current(store)
        value = asdict(enrollment) | {
            "service_url": url,
            "specialties": list(enrollment.specialties),
        }
        settings.put(store, ENROLLMENT_KEY, value)


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _sync_until(cli: Cli, done, tries: int = 30) -> dict:
    """`sync --once` until ``done(result)``; a run the link broke is simply run again."""
    for _ in range(tries):
        result = cli("--json", "sync", "--once")
        assert result.code in (0, 3), result.err
        if done(result.json):
            return result.json
        time.sleep(0.5)
    raise AssertionError("never done")


def _sync_process(cli: Cli) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(cli.data_dir), "sync", "--once"],
        cwd=REPO,
        env=cli.env(PYTHONUNBUFFERED="1"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _long_opinion(template: dict) -> dict:
    """A thorough opinion: every question answered, and reasons that walk through each
    finding (some tens of kilobytes, so its download takes a while on a 2G link)."""
    draft = _answered(template)
    findings = [
        f"Finding {n}: the report's section {n} was read against the images and the "
        "laboratory values; it agrees with a locally advanced lesion and gives no sign of "
        "spread beyond the regional nodes, which keeps surgery open after chemotherapy."
        for n in range(1, 161)
    ]
    draft["reasons"] = "\n".join(findings)
    draft["answers"] = [
        {"question_id": "q1", "answer": "Yes, after three cycles of chemotherapy."},
        {"question_id": "q2", "answer": "Yes, with one companion; the road trip is safe."},
    ]
    return draft


def test_case_sent_opinion_signed_and_received_through_a_bad_link(tmp_path):
    with service_process(tmp_path) as service:
        clinic = Cli(tmp_path / "clinic", tmp_path / "home")
        specialist = Cli(tmp_path / "specialist", tmp_path / "home")
        _ok(clinic("enroll", service.url, service.new_code("clinic")))
        _ok(
            specialist(
                "enroll", service.url, service.new_code("specialist", ["oncology"], profile=PROFILE)
            )
        )
        port = _port(service.url)

        # 1. The clinic's case goes up through cuts and a stall.
        case_id = clinic.new_case(
            "--urgency",
            "urgent",
            "--consent",
            "verbal",
            "--consent-by",
            "Asha Verma",
            "--question",
            QUESTIONS[1],
        )
        scan = tmp_path / "scan.bin"
        scan.write_bytes(os.urandom(240_000))
        add_attachment(clinic.data_dir, case_id, scan)
        bundle_id = _ok(clinic("--json", "submit", case_id)).json["bundle_id"]
        up = FaultPlan(
            rate_up=120_000,
            cut_every=60_000,
            cut_jitter=0.3,
            max_cuts=3,
            stall_at=(150_000,),
            stall_seconds=1.5,
            events_on=UP,
            deadline_seconds=400,
            seed=3,
        )
        with FaultProxy(port, up) as proxy:
            _through(clinic, proxy.url)
            _sync_until(clinic, lambda r: any(s["bundle_id"] == bundle_id for s in r["sent"]))
            assert proxy.stats().cuts >= 2

        # 2. The specialist's copy comes down through cuts and a slow link.
        down = FaultPlan(
            rate_down=150_000,
            cut_every=70_000,
            cut_jitter=0.3,
            max_cuts=3,
            stall_at=(100_000,),
            stall_seconds=1.5,
            events_on=DOWN,
            deadline_seconds=400,
            seed=5,
        )
        with FaultProxy(port, down) as proxy:
            _through(specialist, proxy.url)
            _sync_until(
                specialist, lambda r: any(f["bundle_id"] == bundle_id for f in r["fetched"])
            )
            assert proxy.stats().cuts >= 1

        # 3. The specialist writes, signs and sends the opinion, up through cuts.
        template = json.loads(_ok(specialist("opinion", "template", bundle_id)).out)
        (tmp_path / "draft.json").write_text(json.dumps(_long_opinion(template)), "utf-8")
        _ok(specialist("opinion", "draft", bundle_id, "--from", str(tmp_path / "draft.json")))
        opinion_id = _ok(specialist("--json", "opinion", "sign", bundle_id)).json["opinion_id"]
        up_again = FaultPlan(
            rate_up=40_000,
            cut_every=15_000,
            max_cuts=2,
            events_on=UP,
            deadline_seconds=400,
            seed=9,
        )
        with FaultProxy(port, up_again) as proxy:
            _through(specialist, proxy.url)
            _sync_until(specialist, lambda r: any(s["bundle_id"] == opinion_id for s in r["sent"]))
            assert proxy.stats().cuts >= 1

        # Nothing has come back yet, and the clinic's `opinion show` says so.
        waiting = _ok(clinic("opinion", "show", case_id)).out
        assert "No opinion has arrived" in waiting

        # 4. The clinic's `sync --once` is killed while the opinion crawls down a 2G link.
        part = clinic.data_dir / OPINIONS_DIR / opinion_id / "opinion.age.part"
        with FaultProxy(port, FaultPlan(rate_down=TWO_G, deadline_seconds=400)) as proxy:
            _through(clinic, proxy.url)
            child = _sync_process(clinic)
            try:
                deadline = time.monotonic() + 120
                while not (part.exists() and part.stat().st_size >= 16_000):
                    assert child.poll() is None, "sync ended before it could be killed"
                    assert time.monotonic() < deadline, "the opinion's download never started"
                    time.sleep(0.02)
                os.kill(child.pid, signal.SIGKILL)
            finally:
                if child.poll() is None:
                    child.kill()
                child.wait(10)
        assert child.returncode == -signal.SIGKILL
        kept = part.stat().st_size
        with Store.open(clinic.data_dir, passphrase=TEST_PASSPHRASE) as store:
            assert received_opinions.for_case(store, case_id) == []  # nothing half-stored
            [waiting] = received_opinions.fetches(store)
            size = received_opinions.get_fetch(store, waiting.cursor).item["item"]["files"][0][
                "size_cipher"
            ]
        assert 16_000 <= kept < size

        # 5. The next run, through cuts and a stall on the same 2G link, goes on from there.
        rerun = FaultPlan(
            rate_down=TWO_G,
            cut_every=9_000,
            max_cuts=2,
            stall_at=(4_000,),
            stall_seconds=1.0,
            events_on=DOWN,
            deadline_seconds=400,
            seed=11,
        )
        with FaultProxy(port, rerun) as proxy:
            _through(clinic, proxy.url)
            result = _sync_until(clinic, lambda r: bool(r["opinions"]))
            stats = proxy.stats()
        assert result["opinions"] == [{"opinion_id": opinion_id, "case_id": case_id}]
        assert result["opinion_refused"] == []
        assert stats.cuts >= 1 and stats.stalls == 1
        # What came down after the kill is about what was missing, not the whole opinion.
        assert stats.bytes_down < size - kept + 10_000
        assert not (clinic.data_dir / OPINIONS_DIR / opinion_id).exists()

        # Received exactly once, byte-identical to what the specialist signed, verified.
        with Store.open(specialist.data_dir, passphrase=TEST_PASSPHRASE) as store:
            signed = canonical_bytes(opinions.get(store, opinion_id).signed)
            specialist_fingerprint = fingerprint(load_or_create(store).ed25519_public_raw)
        with Store.open(clinic.data_dir, passphrase=TEST_PASSPHRASE) as store:
            [stored] = received_opinions.for_case(store, case_id)
            assert stored.signed == signed
            assert [
                f.state for f in received_opinions.fetches(store, ("waiting", "stored", "refused"))
            ] == ["stored"]
        again = _ok(clinic("--json", "sync", "--once")).json
        assert again["opinions"] == [] and again["opinion_refused"] == []

        shown = _ok(clinic("--json", "opinion", "show", case_id)).json
        [received] = shown["opinions"]
        assert received["opinion_id"] == opinion_id and received["verified"] is True
        assert received["fingerprint"] == specialist_fingerprint
        assert received["specialist"]["name"] == PROFILE["name"]
        assert received["specialist"]["registration"] == PROFILE["registration"]
        text = _ok(clinic("opinion", "show", case_id[:8])).out
        for expected in (
            "Refined",
            QUESTIONS[0],
            "Yes, after three cycles of chemotherapy.",
            QUESTIONS[1],
            "Yes, with one companion; the road trip is safe.",
            "Neoadjuvant chemotherapy, then surgery if it responds.",
            template["investigations"][0],
            "Dr Meera Iyer",
            "KMC-48213",
            "Signature verified",
            specialist_fingerprint,
        ):
            assert expected in text, expected
        case = _ok(clinic("--json", "case", "show", case_id)).json
        assert case["status"] == "opinion_received"
        assert case["opinion"]["verdict"] == "refined" and case["opinion"]["verified"] is True
        assert [a["answer"] for a in case["opinion"]["answers"]] == [
            "Yes, after three cycles of chemotherapy.",
            "Yes, with one companion; the road trip is safe.",
        ]
        assert case["opinion"]["specialist"]["name"] == PROFILE["name"]
        [row] = [c for c in clinic.list_json() if c["id"] == case_id]
        assert row["status"] == "opinion_received"
