"""How long hostile 1 MiB bodies take to answer, and how long they hold up others.

    python3 bench/hostile_json.py BIN [--runs N] [--only NAME,...]

Starts BIN (a release build of zoho-lock-mock) with `--port 0`, reads its ready line, and
for every body shape below sends the body to its endpoint alone, then again while another
process keeps sending the documentation's lock GET, each on a new connection. Prints, per
shape, the status and code of the answer, the time to answer alone (median over the runs)
and the slowest GET seen while the body was in flight (max over the runs); then one line
of JSON with the same figures. The store is reset before every send. Loads stay on
127.0.0.1.
"""
import argparse
import http.client
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 1 << 20  # the emulator's body limit; every body here is at most this
TIMEOUT = 120.0  # seconds a body may take; --timeout changes it
TOKEN = "1000.admin.token"
LOCKED_LEAD = "5843104000000725170"
UNLOCKED_LEAD = "5843104000000425570"
SEED_LOCK = "5843104000000804011"
FIELDS = "Locked_For__s,Locked_Reason__s,Lock_Source__s,Locked_Time__s,Locked_By__s"
LOCK_GET = f"/crm/v7/Leads/{LOCKED_LEAD}/Locking_Information__s?fields={FIELDS}"
LOCKS = f"/crm/v7/Leads/{UNLOCKED_LEAD}/Locking_Information__s"
CONFIGURATIONS = "/crm/v7/settings/record_locking_configurations"


# --- bodies -------------------------------------------------------------------------------------

def fill(prefix, item, suffix, separator=b","):
    """prefix + as many copies of item as fit in LIMIT (with separators) + suffix."""
    room = LIMIT - len(prefix) - len(suffix)
    count = (room + len(separator)) // (len(item) + len(separator))
    return prefix + separator.join([item] * count) + suffix


def wide(prefix, suffix, first=b""):
    """An object of as many distinct keys as fit: `"k0":0,"k1":0,…` (about 100k)."""
    parts, size, index = [first] if first else [], len(prefix) + len(suffix) + len(first), 0
    while True:
        part = b'"k%d":0' % index
        if size + len(part) + 1 > LIMIT:
            break
        parts.append(part)
        size += len(part) + 1
        index += 1
    return prefix + b",".join(parts) + suffix


def long_string(prefix, unit, suffix):
    """A string of repeated `unit` filling the body: `prefix"unit…unit"suffix`."""
    room = LIMIT - len(prefix) - len(suffix) - 2
    return prefix + b'"' + unit * (room // len(unit)) + b'"' + suffix


def deep_fields():
    """Records fields nested to just under the parser's depth limit, as many as fit."""
    nested = b"[" * 250 + b"1" + b"]" * 250
    fields, index, size = [], 0, 40
    while size + len(nested) + 12 < LIMIT:
        field = b'"d%d":%s' % (index, nested)
        fields.append(field)
        size += len(field) + 1
        index += 1
    return b'{"data":[{"Last_Name":"x",' + b",".join(fields) + b"}]}"


def wide_element(first, parts):
    """An object of `first` and as many keys as fit in 1/`parts` of the limit."""
    room = LIMIT // parts - len(first) - 16
    keys, size, index = [first], len(first), 0
    while size + 12 < room:
        key = b'"k%d":0' % index
        keys.append(key)
        size += len(key) + 1
        index += 1
    return b"{" + b",".join(keys) + b"}"


def criteria_leaf():
    return b'{"comparator":"equal","field":{"api_name":"Phone"},"value":"1"}'


def rules(count):
    return b",".join(
        b'{"name":"r%d","criteria":{"comparator":"equal","field":{"api_name":"Phone"},"value":"%d"}}' % (i, i)
        for i in range(count))


def many_rules():
    body, count = b"", 1000
    while True:
        candidate = b'{"record_locking_configurations":[{"lock_type":"automatic","locking_rules":[' + rules(count) + b"]}]}"
        if len(candidate) > LIMIT:
            return body
        body, count = candidate, count + 1000


def fixture_profiles():
    return fill(b'{"orgs":[{"id":"7000000000000000001","name":"Wide","profiles":[', b'{"name":"p"}', b"]}]}")


def records_and_locks():
    """A fixture of records, each with a manual lock in the seed org (Leads has a configuration there)."""
    count = 7000
    records = b",".join(b'{"module":"Leads","id":"%d","name":"r"}' % (i + 1) for i in range(count))
    locks = b",".join(b'{"module":"Leads","record_id":"%d","locked_by_id":"5843104000000424672"}' % (i + 1)
                      for i in range(count))
    return b'{"orgs":[{"id":"5843104000000000101","records":[' + records + b'],"locks":[' + locks + b"]}]}"


def shapes():
    """(name, method, path, body, authorized) for every body-taking endpoint."""
    z = True
    return [
        ("lock POST, 100k keys", "POST", LOCKS, wide(b'{"data":[{', b"}]}", b'"Locked_Reason__s":"x"'), z),
        ("lock POST, 350k items", "POST", LOCKS, fill(b'{"data":[{"Locked_Reason__s":"x"},', b"{}", b"]}"), z),
        ("lock POST, 100 items of 1k keys", "POST", LOCKS,
         b'{"data":[' + b",".join([wide_element(b'"Locked_Reason__s":"x"', 100)] * 100) + b"]}", z),
        ("lock POST, 1 MiB of [", "POST", LOCKS, b"[" * LIMIT, z),
        ("lock PUT, 1 MiB reason", "PUT", f"/crm/v7/Leads/{LOCKED_LEAD}/Locking_Information__s/{SEED_LOCK}",
         long_string(b'{"data":[{"Locked_Reason__s":', b"a", b"}]}"), z),
        ("records POST, 100k keys", "POST", "/crm/v7/Leads", wide(b'{"data":[{', b"}]}", b'"Last_Name":"x"'), z),
        ("records PUT id, 100k keys", "PUT", f"/crm/v7/Leads/{UNLOCKED_LEAD}", wide(b'{"data":[{', b"}]}"), z),
        ("records PUT, 100k keys", "PUT", "/crm/v7/Leads",
         wide(b'{"data":[{', b"}]}", b'"id":"%s"' % UNLOCKED_LEAD.encode()), z),
        ("records POST, 100 records", "POST", "/crm/v7/Leads",
         fill(b'{"data":[', b'{"Last_Name":"' + b"n" * (LIMIT // 100 - 40) + b'"}', b"]}"), z),
        ("records POST, 350k records", "POST", "/crm/v7/Leads", fill(b'{"data":[', b"{}", b"]}"), z),
        ("records POST, 500k-item array", "POST", "/crm/v7/Leads",
         fill(b'{"data":[{"Last_Name":"x","List__c":[', b"0", b"]}]}"), z),
        ("records POST, depth 250 x2000", "POST", "/crm/v7/Leads", deep_fields(), z),
        ("records POST, 1 MiB string", "POST", "/crm/v7/Leads", long_string(b'{"data":[{"Last_Name":', b"a", b"}]}"), z),
        ("records POST, \\n escapes", "POST", "/crm/v7/Leads", long_string(b'{"data":[{"Last_Name":', b"\\n", b"}]}"), z),
        ("records POST, \\u escapes", "POST", "/crm/v7/Leads",
         long_string(b'{"data":[{"Last_Name":', b"\\u00e9\\ud83d\\ude00", b"}]}"), z),
        ("records POST, bad UTF-8", "POST", "/crm/v7/Leads",
         long_string(b'{"data":[{"Last_Name":', b"\xc3\xa9", b"}]}")[:-5] + b'\xff"}]}', z),
        ("records POST, 1 MiB number", "POST", "/crm/v7/Leads",
         fill(b'{"data":[{"Last_Name":"x","Annual_Revenue":1', b"0", b"}]}", separator=b""), z),
        ("records POST, 1 MiB fraction", "POST", "/crm/v7/Leads",
         fill(b'{"data":[{"Last_Name":"x","Annual_Revenue":0.', b"1", b"}]}", separator=b""), z),
        ("configuration POST, 100k keys", "POST", CONFIGURATIONS + "?module=Accounts",
         wide(b'{"record_locking_configurations":[{', b"}]}", b'"lock_type":"manual"'), z),
        ("configuration POST, many rules", "POST", CONFIGURATIONS + "?module=Accounts", many_rules(), z),
        ("configuration POST, 15k-leaf criteria", "POST", CONFIGURATIONS + "?module=Accounts",
         fill(b'{"record_locking_configurations":[{"lock_type":"automatic","locking_rules":[{"name":"r",'
              b'"criteria":{"group_operator":"OR","group":[', criteria_leaf(), b"]}}]}]}"), z),
        ("configuration POST, 350k items", "POST", CONFIGURATIONS + "?module=Accounts",
         fill(b'{"record_locking_configurations":[', b"{}", b"]}"), z),
        ("configuration PUT, 100 items of 1k keys", "PUT", CONFIGURATIONS + "?module=Leads",
         b'{"record_locking_configurations":[' + b",".join([wide_element(b'"lock_type":"both"', 100)] * 100) + b"]}", z),
        ("configuration PUT, 350k items", "PUT", CONFIGURATIONS + "?module=Leads",
         fill(b'{"record_locking_configurations":[', b"{}", b"]}"), z),
        ("configuration PUT id, 500k actions", "PUT", CONFIGURATIONS + "/5843104000000758004?module=Leads",
         fill(b'{"record_locking_configurations":[{"lock_type":"both","restricted_actions":[', b'"delete"', b"]}]}"), z),
        ("fixtures, 80k profiles", "POST", "/__mock/fixtures", fixture_profiles(), False),
        ("fixtures, 58k records", "POST", "/__mock/fixtures",
         fill(b'{"orgs":[{"id":"7000000000000000001","records":[', b'{"module":"Leads"}', b"]}]}"), False),
        ("fixtures, 7k records and locks", "POST", "/__mock/fixtures", records_and_locks(), False),
        ("fixtures, 350k orgs", "POST", "/__mock/fixtures", fill(b'{"orgs":[', b"{}", b"]}"), False),
        ("fixtures, record of 100k keys", "POST", "/__mock/fixtures",
         wide(b'{"orgs":[{"id":"7000000000000000001","records":[{"module":"Leads","fields":{', b"}}]}]}"), False),
        ("fixtures, 1 MiB of [", "POST", "/__mock/fixtures", b"[" * LIMIT, False),
        ("faults, body of 100k keys", "POST", "/__mock/faults",
         wide(b'{"path":"/nowhere","status":500,"body":{', b"}}"), False),
        ("faults, 100k unknown keys", "POST", "/__mock/faults", wide(b"{", b"}"), False),
        ("clock, 100k keys", "POST", "/__mock/clock", wide(b'{', b"}", b'"advance_seconds":1'), False),
        ("token, 1 MiB form", "POST", "/oauth/v2/token",
         fill(b"grant_type=refresh_token&client_id=1000.CLIENT&", b"f=1", b"", separator=b"&"), False),
    ]


# --- HTTP ---------------------------------------------------------------------------------------

def call(port, method, path, body=None, authorized=True):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    headers = {"Authorization": f"Zoho-oauthtoken {TOKEN}"} if authorized else {}
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def code_of(data):
    """The Zoho code of an answer (top level or first item), or the control API's error."""
    try:
        document = json.loads(data)
    except ValueError:
        return "?"
    if not isinstance(document, dict):
        return "?"
    for key in ("data", "record_locking_configurations"):
        items = document.get(key)
        if isinstance(items, list) and items and isinstance(items[0], dict):
            return items[0].get("code") or items[0].get("status") or "?"
    if isinstance(document.get("error"), str):
        return document["error"][:24]
    if isinstance(document.get("code"), str):
        return document["code"]
    for key in ("id", "orgs", "access_token"):
        if key in document:
            return key
    return "?"


def probe(port, stop, latencies):
    """Sends lock GETs, each on a new connection, until `stop` is set; appends each latency in ms."""
    while not stop.is_set():
        started = time.perf_counter()
        status, _ = call(port, "GET", LOCK_GET)
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"hostile_json: the concurrent GET answered {status}")


def answer(port, shape):
    """(status, code, ms) of the body sent alone."""
    _, method, path, body, authorized = shape
    started = time.perf_counter()
    status, data = call(port, method, path, body, authorized)
    return status, code_of(data), (time.perf_counter() - started) * 1000


def probed(port, shape):
    """(slowest GET ms, GETs answered) while the body is sent again.

    The GETs come from another process, so the two clients do not share an interpreter lock."""
    _, method, path, body, authorized = shape
    with multiprocessing.Manager() as manager:
        stop, latencies = manager.Event(), manager.list()
        prober = multiprocessing.Process(target=probe, args=(port, stop, latencies))
        prober.start()
        while not latencies:  # the prober is running before the body is sent
            time.sleep(0.001)
        call(port, method, path, body, authorized)
        stop.set()
        prober.join()
        seen = list(latencies)
    return max(seen), len(seen)


def start(binary):
    argv = [binary, "--port", "0", "--log-level", "error", "--seed-data", os.path.join(ROOT, "seed-data")]
    server = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    ready = server.stdout.readline()
    prefix = "zoho-lock-mock listening on http://"
    if not ready.startswith(prefix):
        server.kill()
        raise SystemExit(f"hostile_json: unexpected ready line {ready!r}")
    return server, int(ready.strip().rsplit(":", 1)[1])


def measure_shape(port, shape, runs):
    """The result row of one shape, or None when a body was not answered within TIMEOUT
    (the server is then still busy with it: the caller starts another)."""
    alone, meanwhile = [], []
    try:
        for _ in range(runs):
            call(port, "POST", "/__mock/reset", authorized=False)
            alone.append(answer(port, shape))
            call(port, "POST", "/__mock/reset", authorized=False)
            meanwhile.append(probed(port, shape))
    except TimeoutError:
        return None
    return {"shape": shape[0], "bytes": len(shape[3]), "status": alone[-1][0], "code": alone[-1][1],
            "answer_ms": round(statistics.median(run[2] for run in alone), 1),
            "concurrent_get_max_ms": round(max(run[0] for run in meanwhile), 1),
            "gets": sum(run[1] for run in meanwhile)}


def main():
    global TIMEOUT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="path of a release build of zoho-lock-mock")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="comma-separated substrings of shape names to run")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds a body may take (older builds took minutes)")
    arguments = parser.parse_args()
    TIMEOUT = arguments.timeout
    selected = [s for s in shapes() if not arguments.only or any(p in s[0] for p in arguments.only.split(","))]
    server, port = start(arguments.binary)
    results = []
    try:
        print(f"{'body shape':40} {'bytes':>8} {'status':>6} {'code':24} {'answer ms':>10} {'GET max ms':>10} {'GETs':>5}")
        for shape in selected:
            row = measure_shape(port, shape, arguments.runs)
            if row is None:
                row = {"shape": shape[0], "bytes": len(shape[3]), "status": None, "code": "timeout",
                       "answer_ms": TIMEOUT * 1000, "concurrent_get_max_ms": None, "gets": 0}
                server.kill()
                server.wait(timeout=30)
                server, port = start(arguments.binary)
            results.append(row)
            print(f"{row['shape']:40} {row['bytes']:>8} {str(row['status']):>6} {row['code']:24} "
                  f"{row['answer_ms']:>10.1f} {row['concurrent_get_max_ms'] or 0:>10.1f} {row['gets']:>5}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps({
        "hostile_json": results,
        "worst_answer_ms": max(r["answer_ms"] for r in results),
        "worst_concurrent_get_ms": max((r["concurrent_get_max_ms"] or 0) for r in results),
        "timeouts": sum(r["code"] == "timeout" for r in results),
    }))


if __name__ == "__main__":
    main()
