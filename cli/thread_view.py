"""A case's follow-up thread as the CLI prints it, the same wherever it is shown: `opinion
show` on either side calls ``thread_lines`` (and gives ``thread_json`` under --json), and
`case show --json` gains ``messages`` from ``thread_json``. Both read
sync.thread.thread_for_case. Not a command module: the commands that show a thread import it.
Thread-safety: one command per process.
"""

from __future__ import annotations

from typing import Any

from wording.thread import CLI_THREAD_WORDS, MESSAGE_STATE, ROLE, thread_error_text
from wording.units import size_text


def thread_json(store, case_id: str) -> list[dict[str, Any]]:
    """The case's messages in order, as `case show --json` (``messages``) and `opinion show
    --json` give them."""
    from sync.thread import thread_for_case

    return [
        {
            "message_id": e.message_id,
            "in_reply_to": e.in_reply_to,
            "author": {"name": e.author_name, "role": e.author_role, "device_id": e.author_device},
            "mine": e.mine,
            "at": e.at,
            "text": e.text,
            "attachments": [
                {
                    "name": f.name,
                    "sha256": f.sha256,
                    "size": f.size,
                    "supplement": f.supplement,
                    "attachment_id": f.attachment_id,
                }
                for f in e.attachments
            ],
            "verified": e.verified,
            "fingerprint": e.fingerprint,
            "state": e.state,
            "problem": e.problem,
            "service_at": e.service_at,
        }
        for e in thread_for_case(store, case_id)
    ]


def thread_lines(messages: list[dict[str, Any]]) -> list[str]:
    """The thread as text lines, from ``thread_json``'s list: who, when, answering what,
    where it is, the text, its files, and whether its signature verifies."""
    w = CLI_THREAD_WORDS
    if not messages:
        return [w["none"]]
    lines = [w["heading"]]
    for m in messages:
        who = m["author"]["name"] or m["author"]["device_id"]
        reply = w["reply"].format(message=m["in_reply_to"][:8]) if m["in_reply_to"] else ""
        lines.append(
            w["message"].format(
                message=m["message_id"][:8],
                when=m["at"],
                who=f"{who}, {w['you']}" if m["mine"] else who,
                role=ROLE.get(m["author"]["role"], m["author"]["role"]),
                reply=reply,
                state=MESSAGE_STATE.get(m["state"], m["state"]),
            )
        )
        lines += [w["text"].format(text=line) for line in m["text"].splitlines() or [""]]
        lines += [
            w["file"].format(
                name=f["name"],
                size=size_text(f["size"]),
                here=w["file_here"] if f["attachment_id"] else "",
            )
            for f in m["attachments"]
        ]
        if m["verified"]:
            lines.append(w["verified"].format(fingerprint=m["fingerprint"]))
        else:
            lines.append(w["not_verified"])
        if m["problem"] and m["state"] in ("queued", "failed", "waiting"):
            lines.append(w["problem"].format(words=thread_error_text(m["problem"])))
    return lines
