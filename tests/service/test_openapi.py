"""The OpenAPI file describes every route and method the reference service serves."""

from __future__ import annotations

import re

from opinion_service import app as service_app
from tests.support.running_service import REPO

OPENAPI = REPO / "docs" / "sync-protocol.openapi.yaml"


def documented() -> set[tuple[str, str]]:
    pairs, path = set(), None
    for line in OPENAPI.read_text().splitlines():
        if m := re.fullmatch(r"  (/\S*):", line):
            path = m.group(1)
        elif path and (m := re.fullmatch(r"    (get|post|patch|head|delete|options):", line)):
            pairs.add((path, m.group(1).upper()))
    return pairs


def served() -> set[tuple[str, str]]:
    app = service_app.build_app(core=None, uploads=None).app  # routes only; nothing runs
    pairs = set()
    for route in app.routes:
        for method in route.methods - {"HEAD"} or route.methods:
            pairs.add((route.path, method))
        if route.methods == {"HEAD"}:
            pairs.add((route.path, "HEAD"))
    return pairs


def test_every_served_route_is_documented_and_nothing_more():
    assert served() == documented()


def test_every_error_code_is_listed():
    from sync.protocol import Error

    text = OPENAPI.read_text()
    codes = {v for k, v in vars(Error).items() if k.isupper()}
    assert {c for c in codes if f"- {c}\n" not in text} == set()
