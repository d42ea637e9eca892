"""The OpenAPI document is valid OpenAPI 3.1 and tells the truth: real responses of every API endpoint (also the
error responses) validate against the schemas it declares."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import jsonschema
import pytest
from openapi_spec_validator import validate

from conftest import url


def fetch(path: str) -> tuple[int, str, object]:
    try:
        with urllib.request.urlopen(url(path), timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), json.loads(e.read())


@pytest.fixture(scope="module")
def spec() -> dict:
    status, _, document = fetch("/api/v1/openapi.json")
    assert status == 200
    return document


def test_document_is_valid_openapi_31(spec):
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def schema_for(spec: dict, path_template: str, status: int) -> dict:
    response = spec["paths"][path_template]["get"]["responses"][str(status)]
    content = response["content"]
    media = next(iter(content.values()))
    # resolve $ref against the whole document
    return {"$ref": media["schema"]["$ref"], "components": spec["components"]} if "$ref" in media["schema"] \
        else dict(media["schema"], components=spec["components"])


CASES = [
    ("/api/v1/areas", "/api/v1/areas", 200),
    ("/api/v1/areas?kind=statisticalDistrict&parent=2", "/api/v1/areas", 200),
    ("/api/v1/areas?kind=galaxy", "/api/v1/areas", 400),
    ("/api/v1/areas?parent=district:99", "/api/v1/areas", 404),
    ("/api/v1/areas/statisticalDistrict/06", "/api/v1/areas/{kind}/{code}", 200),
    ("/api/v1/areas/district/99", "/api/v1/areas/{kind}/{code}", 404),
    ("/api/v1/areas/lookup?street=Oesterholzstr", "/api/v1/areas/lookup", 200),
    ("/api/v1/areas/lookup", "/api/v1/areas/lookup", 400),
    ("/api/v1/places", "/api/v1/places", 200),
    ("/api/v1/places?area=atlantis", "/api/v1/places", 400),
    ("/api/v1/places.geojson", "/api/v1/places.geojson", 200),
    ("/api/v1/offers?area=district:2", "/api/v1/offers", 200),
    ("/api/v1/offers?category=x", "/api/v1/offers", 400),
    ("/api/v1/occurrences?area=06", "/api/v1/occurrences", 200),
    ("/api/v1/occurrences?from=gestern", "/api/v1/occurrences", 400),
    ("/api/v1/actors", "/api/v1/actors", 200),
    ("/api/v1/actors?topic=nachbarschaft&area=district:1", "/api/v1/actors", 200),
    ("/api/v1/actors?topic=astrologie", "/api/v1/actors", 400),
    ("/api/v1/actors.geojson", "/api/v1/actors.geojson", 200),
    ("/api/v1/actors.geojson?legalForm=gmbh", "/api/v1/actors.geojson", 400),
    ("/healthz", "/healthz", 200),
]


@pytest.mark.parametrize("path,template,status", CASES)
def test_response_matches_declared_schema(spec, path, template, status):
    got_status, content_type, body = fetch(path)
    assert got_status == status, f"{path}: {got_status}"
    declared = spec["paths"][template]["get"]["responses"][str(status)]["content"]
    assert content_type.split(";")[0] in declared, f"{path}: {content_type} not in {list(declared)}"
    jsonschema.validate(body, schema_for(spec, template, status))


def test_offer_detail_matches_schema(spec):
    _, _, offers = fetch("/api/v1/offers?limit=1")
    assert offers["items"], "sample offers expected"
    status, _, body = fetch("/api/v1/offers/" + offers["items"][0]["id"])
    assert status == 200
    jsonschema.validate(body, schema_for(spec, "/api/v1/offers/{id}", 200))
    status, _, body = fetch("/api/v1/offers/00000000-0000-0000-0000-000000000000")
    assert status == 404
    jsonschema.validate(body, schema_for(spec, "/api/v1/offers/{id}", 404))


def test_actor_detail_matches_schema(spec):
    _, _, actors = fetch("/api/v1/actors")
    assert actors["items"], "sample actors expected"
    for item in actors["items"][:5]:
        status, _, body = fetch("/api/v1/actors/" + item["id"])
        assert status == 200
        jsonschema.validate(body, schema_for(spec, "/api/v1/actors/{id}", 200))
    status, _, body = fetch("/api/v1/actors/00000000-0000-0000-0000-000000000000")
    assert status == 404
    jsonschema.validate(body, schema_for(spec, "/api/v1/actors/{id}", 404))


def test_every_api_route_is_documented(spec):
    for path in ["/api/v1/areas", "/api/v1/areas/lookup", "/api/v1/areas/{kind}/{code}", "/api/v1/places",
                 "/api/v1/places.geojson", "/api/v1/offers", "/api/v1/offers/{id}", "/api/v1/occurrences",
                 "/api/v1/actors", "/api/v1/actors/{id}", "/api/v1/actors.geojson", "/api/v1/openapi.json"]:
        assert path in spec["paths"], path
