"""case remove / restore / close, attachment remove and trash list through the real CLI."""

from __future__ import annotations

from tests.support.cli import add_attachment


def test_remove_restore_and_the_trash_list(cli):
    case_id = cli.new_case(name="Meena Kumari")
    result = cli("case", "remove", case_id[:8])
    assert result.code == 0, result.err
    assert "restore" in result.out
    assert [c["id"] for c in cli.list_json()] == []
    listed = cli("--json", "trash", "list")
    assert [(i["kind"], i["id"], i["name"]) for i in listed.json] == [
        ("case", case_id, "Meena Kumari")
    ]
    assert cli("case", "restore", case_id).code == 0
    assert [c["id"] for c in cli.list_json()] == [case_id]
    assert cli("trash", "list").out.strip() == "The trash is empty."


def test_close_keeps_the_case_and_refuses_removal(cli):
    case_id = cli.new_case()
    result = cli("--json", "case", "close", case_id)
    assert result.code == 0 and result.json["status"] == "closed"
    refused = cli("case", "remove", case_id)
    assert refused.code == 1
    assert "closed" in refused.err
    assert [c["status"] for c in cli.list_json()] == ["closed"]


def test_attachment_remove_moves_one_file_to_the_trash(cli, tmp_path):
    case_id = cli.new_case()
    path = tmp_path / "wrong-patient-report.pdf"
    path.write_bytes(b"%PDF-1.4\n% report\n%%EOF\n")
    add_attachment(cli.data_dir, case_id, path)
    [attachment] = cli("--json", "case", "show", case_id).json["attachments"]
    assert cli("attachment", "remove", attachment["id"]).code == 0
    assert cli("--json", "case", "show", case_id).json["attachments"] == []
    assert [i["kind"] for i in cli("--json", "trash", "list").json] == ["attachment"]
