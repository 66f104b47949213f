#!/usr/bin/env python3
"""Checks the emulator's OpenAPI document (GET /__mock/openapi.json).

1. It is a valid OpenAPI 3 document (openapi-spec-validator).
2. Live answers of a running emulator (seed data) match its response schemas: the
   lock list and configuration list, and one real request or more per operation of
   the Records API and the metadata endpoints, each answer's status documented for
   its operation and its body valid against that status's schema (bodies sent
   valid against the request schema). The records the check creates it deletes.
3. Its Zoho schemas agree with Zoho's official ones (Tests/python/zoho-oas/): every key of
   the official lock entry (record_locking.json, Record_Lock) and configuration
   (record_locking_configuration.json, Record_Lock) that the emulator emits is
   declared, with a compatible type, down through nested objects and arrays.

Key names are compared case-insensitively with the `_s`/`__s` suffix unified:
the official file spells them `lock_source__s` and `locked_for_s`, the API and the
docs `Lock_Source__s` and `Locked_For__s` (the emulator's choice: docs/behaviour.md, key
casing). Official int64 ids are compatible with the emulator's decimal-string ids
(docs/behaviour.md, id types).

Usage: check_openapi.py BASE_URL [--oas DIR] [--token TOKEN]
The official files are the copies in Tests/python/zoho-oas unless --oas says
otherwise; missing files fail the check (it never skips).
"""
import argparse
import json
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate as validate_spec

REPOSITORY = Path(__file__).resolve().parents[2]
DEFAULT_OAS = Path(__file__).resolve().parent / "zoho-oas"
LOCKED_LEAD = "5843104000000425566"
LOCK_FIELDS = ("Locked_For__s,Locked_Reason__s,Lock_Source__s,Locked_Time__s,Locked_By__s,"
               "Record_Locking_Rule_Id__s,Record_Locking_Configuration_Id__s,Feature_Type__s")
UNKNOWN_RECORD = "1"

failures: list[str] = []
checked: list[str] = []
answers: list[str] = []


def fail(message: str) -> None:
    failures.append(message)


def get(base: str, path: str, token: str | None = None) -> object:
    request = urllib.request.Request(base + path)
    if token:
        request.add_header("Authorization", f"Zoho-oauthtoken {token}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


class Schemas:
    """Resolves `$ref`s of one document; official remote refs resolve against sibling files."""

    def __init__(self, document: dict, folder: Path | None = None):
        self.document = document
        self.folder = folder
        self.files: dict[str, dict] = {}

    def resolve(self, schema: dict, owner: "Schemas | None" = None) -> tuple[dict, "Schemas"]:
        owner = owner or self
        while "$ref" in schema:
            reference = schema["$ref"]
            location, _, pointer = reference.partition("#")
            if location:
                name = location.rsplit("/", 1)[-1]
                if name not in owner.files:
                    path = (owner.folder or Path(".")) / name
                    if not path.is_file():
                        raise SystemExit(f"FAIL: {reference} points at {path}, which is missing")
                    owner.files[name] = Schemas(json.loads(path.read_text()), owner.folder)
                owner = owner.files[name]
            schema = owner.document
            for part in pointer.strip("/").split("/"):
                schema = schema[part]
        return schema, owner

    def flatten(self, schema: dict) -> tuple[dict, "Schemas"]:
        """Resolves refs and a single-element allOf (how the emulator marks a nullable ref)."""
        schema, owner = self.resolve(schema)
        if "allOf" in schema and len(schema["allOf"]) == 1:
            inner, owner = owner.resolve(schema["allOf"][0])
            merged = dict(inner)
            merged["nullable"] = schema.get("nullable", inner.get("nullable", False))
            return merged, owner
        return schema, owner


def types(schema: dict, owner: Schemas) -> set[str]:
    schema, owner = owner.flatten(schema)
    if "oneOf" in schema or "anyOf" in schema:
        found: set[str] = set()
        for option in schema.get("oneOf", []) + schema.get("anyOf", []):
            found |= types(option, owner)
        return found
    kind = schema.get("type")
    found = {kind} if kind else {"any"}
    if kind == "integer" and schema.get("format") == "int64":
        found.add("int64")
    if kind == "string" and schema.get("pattern") == "^[0-9]{1,19}$":
        found.add("id-string")
    if schema.get("nullable"):
        found.add("null")
    return found


def compatible(official: set[str], ours: set[str]) -> bool:
    if "any" in ours or "any" in official:
        return True
    if "int64" in official and "id-string" in ours:
        return True  # ids are decimal strings in every real response (docs/behaviour.md)
    return bool((official - {"null", "int64"}) & (ours - {"null", "id-string"}))


def normalized(key: str) -> str:
    return re.sub(r"_+s$", "__s", key.lower())


def live_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def compare(official: dict, official_owner: Schemas, ours: dict, our_owner: Schemas, live: object, where: str) -> None:
    """Every official property the live value carries must be declared by ours, compatibly."""
    official, official_owner = official_owner.flatten(official)
    ours, our_owner = our_owner.flatten(ours)
    if isinstance(live, list):
        if live and "items" in official and "items" in ours:
            compare(official["items"], official_owner, ours["items"], our_owner, live[0], where + "[0]")
        return
    if not isinstance(live, dict):
        return
    our_properties = ours.get("properties", {})
    for key, official_property in official.get("properties", {}).items():
        emitted = [name for name in live if normalized(name) == normalized(key)]
        if not emitted:
            continue
        name = emitted[0]
        if name not in our_properties:
            fail(f"{where}.{name}: emitted (official {key}) but not declared in the emulator's schema")
            continue
        official_types = types(official_property, official_owner)
        our_types = types(our_properties[name], our_owner)
        if not compatible(official_types, our_types):
            fail(f"{where}.{name}: official type {sorted(official_types)} vs the emulator's {sorted(our_types)}")
            continue
        value = live[name]
        if value is not None and live_type(value) not in our_types | ({"string"} if "id-string" in our_types else set()) \
                and "any" not in our_types and not (live_type(value) == "integer" and "number" in our_types):
            fail(f"{where}.{name}: the live value is a {live_type(value)}, the emulator's schema says {sorted(our_types)}")
            continue
        checked.append(f"{where}.{name}")
        compare(official_property, official_owner, our_properties[name], our_owner, value, f"{where}.{name}")


def validate_live(document: dict, schema_name: str, value: object, where: str) -> None:
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": document["components"]}
    for error in OAS30Validator(root).iter_errors(value):
        fail(f"{where}: does not match {schema_name}: {error.message} at {list(error.absolute_path)}")


def validate_against(document: dict, schema: dict, value: object, where: str) -> None:
    """Validates against a schema of the document (inline or a $ref), its refs resolved in the document."""
    root = dict(schema, components=document["components"])
    for error in OAS30Validator(root).iter_errors(value):
        fail(f"{where}: {error.message} at {list(error.absolute_path)}")


def call(base: str, method: str, path: str, token: str, body: object = None,
         headers: dict[str, str] | None = None) -> tuple[int, object]:
    """One request; the status and the JSON body (None when empty), error statuses included."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", f"Zoho-oauthtoken {token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    return status, json.loads(raw) if raw else None


class LiveCheck:
    """Real requests, each answer checked against its operation in the document."""

    def __init__(self, document: dict, base: str, token: str):
        self.document = document
        self.base = base
        self.token = token

    def exchange(self, method: str, template: str, path: str, expected: int, body: object = None,
                 headers: dict[str, str] | None = None) -> object:
        """Sends the request and checks the answer; returns its body (None when it failed or is empty)."""
        where = f"{method} {path}"
        operation = self.document["paths"].get(template, {}).get(method.lower())
        if operation is None:
            fail(f"{where}: the document has no {method} {template}")
            return None
        if body is not None:
            schema = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if schema is None:
                fail(f"{where}: {method} {template} declares no JSON request body")
            else:
                validate_against(self.document, schema, body, f"{where}: the request body")
        status, value = call(self.base, method, path, self.token, body, headers)
        if status != expected:
            fail(f"{where}: answered {status}, the check expects {expected}: {value}")
            return None
        response = operation["responses"].get(str(status))
        if response is None:
            fail(f"{where}: {status} is not documented for {method} {template}")
            return None
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            if value is not None:
                fail(f"{where}: {status} is documented without content, the answer has a body: {value}")
        else:
            validate_against(self.document, schema, value, f"{where}: the {status} answer")
        answers.append(f"{where} {status}")
        return value


def item(value: object, index: int) -> object:
    """`data[index]` of an answer, or None."""
    try:
        return value["data"][index]  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        return None


def check_records(live: LiveCheck) -> None:
    """Every Records API operation; the records it inserts it deletes again."""
    document = live.document
    collection, one = "/crm/{version}/{module}", "/crm/{version}/{module}/{record_id}"
    live.exchange("GET", one, f"/crm/v7/Leads/{LOCKED_LEAD}", 200)
    live.exchange("GET", one, f"/crm/v7/Leads/{UNKNOWN_RECORD}", 400)
    check_record_reads(live, collection)

    inserted = live.exchange("POST", collection, "/crm/v7/Leads", 207, {"data": [
        {"Last_Name": "check_openapi one"}, {"Last_Name": "check_openapi two"}, {"First_Name": "no Last_Name"},
    ]})
    created = [item(inserted, index) for index in (0, 1)]
    ids = [entry["details"]["id"] for entry in created if isinstance(entry, dict) and entry.get("code") == "SUCCESS"]
    if len(ids) != 2:
        fail(f"POST /crm/v7/Leads: expected two inserted records, got {inserted}")
        return

    updated = live.exchange("PUT", collection, "/crm/v7/Leads", 207, {"data": [
        {"id": ids[0], "Company": "check_openapi"}, {"id": LOCKED_LEAD, "Company": "changed by check_openapi"},
    ]})
    if updated is not None:
        validate_live(document, "RecordLockedError", item(updated, 1), "PUT /crm/v7/Leads data[1]")
    refused = live.exchange("PUT", one, f"/crm/v7/Leads/{LOCKED_LEAD}", 400,
                            {"data": [{"Company": "changed by check_openapi"}]})
    if refused is not None:
        validate_live(document, "RecordLockedError", item(refused, 0), f"PUT /crm/v7/Leads/{LOCKED_LEAD} data[0]")
    live.exchange("PUT", one, f"/crm/v7/Leads/{ids[1]}", 200, {"data": [{"Company": "check_openapi"}]})

    live.exchange("DELETE", collection, f"/crm/v7/Leads?ids={ids[0]},{UNKNOWN_RECORD}", 207)
    live.exchange("DELETE", one, f"/crm/v7/Leads/{ids[1]}", 200)
    live.exchange("DELETE", collection, "/crm/v7/Leads", 400)  # REQUIRED_PARAM_MISSING: a top-level error


def check_record_reads(live: LiveCheck, collection: str) -> None:
    """Get Records and Search Records: pages, 204s and their errors."""
    search = "/crm/{version}/{module}/search"
    live.exchange("GET", collection, "/crm/v7/Leads?fields=Last_Name,Locked__s&per_page=2", 200)
    live.exchange("GET", collection, "/crm/v7/Leads?fields=Last_Name&page=9&per_page=200", 204)
    live.exchange("GET", collection, "/crm/v7/Leads?per_page=2", 400)
    live.exchange("GET", search, "/crm/v7/Leads/search?criteria=(Locked__s:equals:true)", 200)
    live.exchange("GET", search, "/crm/v7/Leads/search?word=nobody-has-this", 204)
    live.exchange("GET", search, "/crm/v7/Leads/search?criteria=(Nope:equals:1)", 400)


def check_metadata(live: LiveCheck) -> None:
    """The metadata endpoints the official SDK fetches."""
    fields = "/crm/{version}/settings/fields"
    live.exchange("GET", fields, "/crm/v7/settings/fields?module=Leads", 200)
    live.exchange("GET", fields, "/crm/v7/settings/fields?module=Locking_Information__s", 200)
    live.exchange("GET", fields, "/crm/v7/settings/fields", 400)

    modules_path = "/crm/{version}/settings/modules"
    modules = live.exchange("GET", modules_path, "/crm/v7/settings/modules", 200)
    try:
        changed = modules["modules"][0]["modified_time"]  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        fail(f"GET /crm/v7/settings/modules: no modules[0].modified_time in {modules}")
    else:
        live.exchange("GET", modules_path, "/crm/v7/settings/modules", 304, headers={"If-Modified-Since": changed})

    users = "/crm/{version}/users"
    for kind in ("CurrentUser", "AllUsers", "ActiveUsers"):
        live.exchange("GET", users, f"/crm/v7/users?type={kind}", 200)
    live.exchange("GET", users, "/crm/v7/users?type=Everyone", 400)
    live.exchange("GET", "/crm/{version}/org", "/crm/v7/org", 200)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("--oas", type=Path, default=DEFAULT_OAS)
    parser.add_argument("--token", default="1000.admin.token")
    arguments = parser.parse_args()
    base = arguments.base_url.rstrip("/")

    official_files = [arguments.oas / "record_locking.json", arguments.oas / "record_locking_configuration.json"]
    missing = [str(path) for path in official_files if not path.is_file()]
    if missing:
        print(f"FAIL: Zoho's official OpenAPI files are missing: {', '.join(missing)} "
              f"(the repository keeps them in {DEFAULT_OAS})", file=sys.stderr)
        return 2

    document = get(base, "/__mock/openapi.json")
    try:
        validate_spec(document)
    except Exception as error:  # the validator raises several kinds
        fail(f"not a valid OpenAPI document: {error}")
    ours = Schemas(document)

    lock_list = get(base, f"/crm/v7/Leads/{LOCKED_LEAD}/Locking_Information__s?fields={LOCK_FIELDS}", arguments.token)
    configurations = get(base, "/crm/v7/settings/record_locking_configurations?module=Leads", arguments.token)
    validate_live(document, "LockList", lock_list, "GET Locking_Information__s")
    validate_live(document, "ConfigurationList", configurations, "GET record_locking_configurations")
    live = LiveCheck(document, base, arguments.token)
    check_records(live)
    check_metadata(live)

    for file, live, our_name in [
        (official_files[0], lock_list["data"][0], "LockEntry"),
        (official_files[1], configurations["record_locking_configurations"][0], "Configuration"),
    ]:
        official = Schemas(json.loads(file.read_text()), arguments.oas)
        compare({"$ref": "#/components/schemas/Record_Lock"}, official,
                {"$ref": f"#/components/schemas/{our_name}"}, ours, live, f"{our_name} vs {file.name}#Record_Lock")

    for message in failures:
        print(f"FAIL: {message}", file=sys.stderr)
    print(f"check_openapi: {len(answers)} live answers match the document, "
          f"{len(checked)} keys agree with Zoho's schemas; {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
