"""`casebridge staff ...` and `audit list`: staff added and removed by an administrator, PINs
from the environment, and the audit log showing who did what (the chain still verifying)."""

from __future__ import annotations


def test_staff_commands_and_the_audit_log_naming_who(cli):
    first = cli("staff", "add", "Dr Meera Rao", CASEBRIDGE_STAFF_PIN="1111")
    assert first.code == 0, first.err
    assert first.out.strip() == "Added Dr Meera Rao (staff 1, administrator)."

    # Once staff exist, adding needs an administrator and their PIN.
    refused = cli("staff", "add", "Sita", CASEBRIDGE_STAFF_PIN="2222")
    assert refused.code == 1
    assert refused.err_lines == [
        "Only an administrator can add or remove staff or switch sign-in. Sign in as an "
        "administrator first. Nothing was changed."
    ]
    wrong = cli(
        "staff",
        "add",
        "Sita",
        "--as",
        "dr meera rao",
        CASEBRIDGE_STAFF_PIN="2222",
        CASEBRIDGE_ADMIN_PIN="1112",
    )
    assert wrong.code == 1 and wrong.err_lines == ["The PIN is not correct. Try again."]
    added = cli(
        "--json",
        "staff",
        "add",
        "Sita",
        "--as",
        "Dr Meera Rao",
        CASEBRIDGE_STAFF_PIN="2222",
        CASEBRIDGE_ADMIN_PIN="1111",
    )
    assert added.code == 0, added.err
    assert added.json["name"] == "Sita" and added.json["admin"] is False

    listed = cli("--json", "staff", "list")
    assert [(m["name"], m["admin"]) for m in listed.json["staff"]] == [
        ("Dr Meera Rao", True),
        ("Sita", False),
    ]
    assert listed.json["sign_in"] is False
    assert "1111" not in cli("staff", "list").out

    # The last administrator stays.
    last = cli(
        "staff", "remove", "Dr Meera Rao", "--as", "Dr Meera Rao", CASEBRIDGE_ADMIN_PIN="1111"
    )
    assert last.code == 1 and "last administrator" in last.err
    on = cli("staff", "sign-in", "on", "--as", "Dr Meera Rao", CASEBRIDGE_ADMIN_PIN="1111")
    assert on.code == 0, on.err

    # A command run without --as is the login's alone in the log.
    cli.new_case(name="Lakshmi Devi")
    removed = cli("staff", "remove", "Sita", "--as", "Dr Meera Rao", CASEBRIDGE_ADMIN_PIN="1111")
    assert removed.code == 0, removed.err

    log = cli("--json", "audit", "list")
    assert log.code == 0, log.err
    by_action = [(e["action"], e["staff_name"]) for e in log.json]
    assert ("staff.removed", "Dr Meera Rao") in by_action
    assert ("staff.added", "Dr Meera Rao") in by_action  # Sita, added by the administrator
    assert ("staff.added", None) in by_action  # the first member: nobody to sign in yet
    assert ("case.created", None) in by_action  # a command run without --as
    text = cli("audit", "list").out
    assert "Dr Meera Rao (staff 1, login " in text and "staff.removed" in text
    assert "Lakshmi" not in text
    verified = cli("audit", "verify")
    assert verified.code == 0 and verified.out.startswith("Audit log intact")


def test_a_specialists_computer_gets_no_staff(cli, data_dir):
    from local_store.store import Store
    from tests.conftest import TEST_PASSPHRASE
    from tests.support.received_case import enroll_specialist

    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        enroll_specialist(store)
    refused = cli("staff", "add", "Dr Meera Rao", CASEBRIDGE_STAFF_PIN="1111")
    assert refused.code == 1
    assert refused.err_lines[0].startswith("This computer is a specialist's, used by one person")
    assert cli("--json", "staff", "list").json["staff"] == []
