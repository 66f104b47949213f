"""Kill -9 the emulator in the middle of a write load, restart it, and check
that every acknowledged write survived and nothing unacknowledged half-exists.

Usage: python crash_test.py BINARY ROUNDS [SECONDS_PER_ROUND [SIGNAL]]

SIGNAL is KILL (the default), TERM, INT or HUP. With TERM, INT or HUP the stop
is graceful and the check is stricter: the server must exit 0, and a write
whose answer never arrived must not have happened at all.

Each round: start the server on a file database, let 4 clients lock, re-reason
and unlock their own records, kill -9 the server at a random moment, check
`PRAGMA integrity_check` on the file, restart (timed), and compare every record
with what the clients were told. A write whose answer never arrived may or may
not have happened, but only whole: the record is then either as before or as
that write would leave it. Prints one summary line and exits non-zero on any
violation.
"""
import http.client
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

TOKEN = "1000.crash.token"
ORG = "5843104000000000101"
RECORDS = [str(5843104000000600000 + n) for n in range(1, 81)]
WORKERS = 4


def fixture():
    records = [{"module": "Leads", "id": r, "name": f"Crash lead {r[-3:]}", "owner_id": "5843104000000424672",
                "fields": {"Last_Name": f"Crash {r[-3:]}"}} for r in RECORDS]
    return {"orgs": [{"id": ORG, "tokens": [{"access_token": TOKEN, "user_id": "5843104000000424672",
                                              "scopes": ["ZohoCRM.modules.ALL"]}], "records": records}]}


class Server:
    def __init__(self, binary, database):
        started = time.monotonic()
        self.process = subprocess.Popen([binary, "--port", "0", "--database", database, "--log-level", "error"],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("zoho-lock-mock listening on http://"):
            raise RuntimeError(f"no ready line: {line!r}")
        self.ready_seconds = time.monotonic() - started
        self.port = int(line.strip().rsplit(":", 1)[1])

    def kill(self, signal_number=signal.SIGKILL):
        """Sends the signal and returns the exit status."""
        self.process.send_signal(signal_number)
        return self.process.wait(timeout=20)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def call(connection, method, path, body=None):
    headers = {"Authorization": f"Zoho-oauthtoken {TOKEN}"}
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    raw = response.read()
    return response.status, (json.loads(raw) if raw else None)


def lock_path(record, lock=None):
    return f"/crm/v7/Leads/{record}/Locking_Information__s" + (f"/{lock}" if lock else "")


def observe(port, record):
    """The record's lock as (lock id, reason), or None."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    status, body = call(connection, "GET", lock_path(record) + "?fields=Locked_Reason__s")
    connection.close()
    if status == 204:
        return None
    if status != 200:
        raise RuntimeError(f"GET {record}: {status} {body}")
    return (body["data"][0]["id"], body["data"][0]["Locked_Reason__s"])


class Worker(threading.Thread):
    """Owns some records; `known` holds the state each record was acknowledged in,
    `pending` the state an unanswered write would have produced."""

    def __init__(self, port, records, known, round_number):
        super().__init__(daemon=True)
        self.port, self.records, self.known, self.round = port, records, known, round_number
        self.pending = {}
        self.acknowledged = 0

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        counter = 0
        try:
            while True:
                record = random.choice(self.records)
                state = self.known[record]
                counter += 1
                reason = f"round {self.round} write {counter}"
                if state is None:
                    self.pending[record] = ("lock", reason)
                    status, body = call(connection, "POST", lock_path(record), {"data": [{"Locked_Reason__s": reason}]})
                    if status != 201:
                        raise RuntimeError(f"lock {record}: {status} {body}")
                    self.known[record] = (body["data"][0]["details"]["id"], reason)
                elif random.random() < 0.3:
                    self.pending[record] = ("reason", reason)
                    status, body = call(connection, "PUT", lock_path(record, state[0]), {"data": [{"Locked_Reason__s": reason}]})
                    if status != 200:
                        raise RuntimeError(f"update {record}: {status} {body}")
                    self.known[record] = (state[0], reason)
                else:
                    self.pending[record] = ("unlock", None)
                    status, body = call(connection, "DELETE", lock_path(record, state[0]))
                    if status != 200:
                        raise RuntimeError(f"unlock {record}: {status} {body}")
                    self.known[record] = None
                del self.pending[record]
                self.acknowledged += 1
        except (ConnectionError, http.client.HTTPException, OSError) as error:
            self.error = repr(error)
            return  # the server was killed


def allowed(before, pending):
    """States a record may be in after a write that got no answer."""
    states = [before]
    if pending is None:
        return states
    kind, reason = pending
    if kind == "unlock":
        states.append(None)
    elif kind == "reason" and before is not None:
        states.append((before[0], reason))
    return states


def main():
    binary, rounds = sys.argv[1], int(sys.argv[2])
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 1.5
    stop_signal = getattr(signal, "SIG" + (sys.argv[4] if len(sys.argv) > 4 else "KILL"))
    graceful = stop_signal != signal.SIGKILL
    name = "signal-test" if graceful else "crash-test"
    random.seed(20261129)
    folder = tempfile.mkdtemp(prefix="zoho-crash-")
    database = os.path.join(folder, "state.sqlite")
    server = Server(binary, database)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("POST", "/__mock/fixtures", body=json.dumps(fixture()))
    assert connection.getresponse().status == 200, "fixture refused"
    known = {record: None for record in RECORDS}
    acknowledged = checked = 0
    restarts = []
    try:
        for round_number in range(1, rounds + 1):
            shares = [RECORDS[i::WORKERS] for i in range(WORKERS)]
            workers = [Worker(server.port, share, known, round_number) for share in shares]
            for worker in workers:
                worker.start()
            time.sleep(random.uniform(seconds / 3, seconds))
            status = server.kill(stop_signal)
            if graceful and status != 0:
                raise RuntimeError(f"round {round_number}: exit status {status} after {stop_signal.name}")
            for worker in workers:
                worker.join(timeout=15)
            result = sqlite3.connect(database).execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise RuntimeError(f"round {round_number}: integrity_check says {result}")
            server = Server(binary, database)
            restarts.append(server.ready_seconds)
            for worker in workers:
                acknowledged += worker.acknowledged
                for record in worker.records:
                    seen = observe(server.port, record)
                    pending = worker.pending.get(record)
                    if graceful:
                        ok = seen == known[record]  # an unanswered write never happened
                    elif pending and pending[0] == "lock" and known[record] is None:
                        ok = seen is None or seen[1] == pending[1]
                    else:
                        ok = seen in allowed(known[record], pending)
                    if not ok:
                        raise RuntimeError(
                            f"round {round_number}, record {record}: saw {seen}, acknowledged {known[record]}, "
                            f"in flight {pending}, client saw {getattr(worker, 'error', None)}")
                    known[record] = seen
                    checked += 1
        server.stop()
    except Exception as error:
        print(f"{name}: FAILED: {error}", file=sys.stderr)
        if server.process.poll() is None:
            server.kill()
        print(f"{name}: 0 passed, 1 failed")
        return 1
    restarts.sort()
    how = f"{stop_signal.name} stop" if graceful else "kill -9"
    print(f"{name}: {rounds} {how} rounds, {acknowledged} acknowledged writes, {checked} records checked, "
          f"integrity ok, restart median {restarts[len(restarts) // 2] * 1000:.1f} ms (max {restarts[-1] * 1000:.1f} ms)")
    print(f"{name}: {rounds} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
