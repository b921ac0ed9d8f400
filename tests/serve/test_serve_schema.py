"""Schemathesis over /openapi.json: generated requests to every API operation find no server error, and every
success matches its documented schema; errors are JSON with a status and a message. Bounded: a few examples
per operation."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import response_schema_conformance

from claimledger.serve import create_app
from claimledger.store.reviews import add_user, create_token

pytestmark = pytest.mark.slow
EXAMPLES = 6


def test_api_has_no_server_errors(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMLEDGER_SECRET", "schema-test-secret-" + "y" * 32)
    app = create_app(db)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 15
    failures: list[str] = []
    calls: list[str] = []
    add_user(app.state.ledger, "fuzz", "admin", "fuzzing password")
    signed = {"Authorization": f"Bearer {create_token(app.state.ledger, 'fuzz')}"}
    for operation in operations:
        run(operation, failures, calls, {})
        if operation.method.upper() == "POST":  # past the guard too: random bodies reach validation
            run(operation, failures, calls, signed)
    assert failures == []
    assert len(calls) >= 2 * len(operations)
    assert {"/api/claims/{claim_id}/review", "/api/export/ucdp.csv", "/api/questions"} <= set(calls)


def run(operation: schemathesis.APIOperation, failures: list[str], calls: list[str],
        headers: dict[str, str]) -> None:
    """A few generated requests to one operation."""

    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy())
        response = case.call(headers=headers)
        calls.append(operation.path)
        if response.status_code >= 500:
            failures.append(f"{case.method} {case.formatted_path} {case.query}: {response.status_code}")
            return
        if response.status_code < 300:
            case.validate_response(response, checks=[response_schema_conformance])
        elif "application/json" in response.headers.get("content-type", [""])[0]:
            body = response.json()
            assert body["status"] == response.status_code and body["message"]

    check()
