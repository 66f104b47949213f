"""Worst-case figures of scripts/bench: what hostile clients cost the emulator.

    python3 bench/hostile.py --server BIN

- slow sockets: 1,000 connections that send a request's headers a byte a second,
  then 2,000 idle keep-alive connections; meanwhile a normal client asks 5 times
  and the time to its answer is reported (median and max);
- journal: RSS before and after BENCH_JOURNAL_REQUESTS (default 10,000) requests
  with 0.9 MB bodies, and the time and peak RSS of reading the whole journal;
- oversized body: a 10 MiB body sent whole by Python's http.client gets its 413.

Every load goes to 127.0.0.1 only and is bounded in count and time.
"""
import argparse
import http.client
import json
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time

TOKEN = "Zoho-oauthtoken 1000.admin.token"
LOCK = "/crm/v8/Leads/5843104000000425566/Locking_Information__s/5843104000000804005"
JOURNAL_REQUESTS = int(__import__("os").environ.get("BENCH_JOURNAL_REQUESTS", "10000"))


class Emulator:
    def __init__(self, binary, *extra):
        self.process = subprocess.Popen([binary, "--port", "0", "--log-level", "error", *extra],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline().strip()
        if not line.startswith("zoho-lock-mock listening on http://"):
            raise RuntimeError(f"no ready line: {line!r}")
        self.port = int(line.rsplit(":", 1)[1])

    def memory_kib(self):
        """(RSS, peak RSS) in KiB."""
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                fields[name] = value.split()[0] if value.split() else "0"
        return int(fields["VmRSS"]), int(fields["VmHWM"])

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def normal_answer_seconds(port, probes=5):
    """Seconds a fresh client waits for /__mock/health, per probe (inf when never answered)."""
    times = []
    for _ in range(probes):
        started = time.monotonic()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
            connection.request("GET", "/__mock/health")
            connection.getresponse().read()
            times.append(time.monotonic() - started)
        except OSError:
            times.append(float("inf"))
        time.sleep(0.5)
    return times


def slow_sockets(binary):
    server = Emulator(binary)
    stop = threading.Event()
    slow = []
    for _ in range(1000):
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.send(b"GET /__mock/health HTTP/1.1\r\nHost: x\r\n")
        slow.append(sock)

    def trickle():
        while not stop.is_set():
            for sock in slow:
                try:
                    sock.send(b"X")
                except OSError:
                    pass
            stop.wait(1)

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    time.sleep(1)
    under_slow = normal_answer_seconds(server.port)
    stop.set()
    thread.join()
    for sock in slow:
        sock.close()
    idle = []
    for _ in range(2000):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
        connection.request("GET", "/__mock/health")
        connection.getresponse().read()
        idle.append(connection)
    under_idle = normal_answer_seconds(server.port)
    for connection in idle:
        connection.close()
    server.stop()
    return under_slow, under_idle


def journal_memory(binary):
    server = Emulator(binary)
    before = server.memory_kib()[0]
    body = json.dumps({"data": [{"Locked_Reason__s": "x" * 900_000}]})
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    started = time.monotonic()
    for _ in range(JOURNAL_REQUESTS):
        connection.request("PUT", LOCK, body=body, headers={"Authorization": TOKEN})
        connection.getresponse().read()
    writes_seconds = time.monotonic() - started
    after = server.memory_kib()[0]
    started = time.monotonic()
    connection.request("GET", "/__mock/requests")
    listing = connection.getresponse().read()
    read_seconds = time.monotonic() - started
    entries = len(json.loads(listing)["requests"])
    peak = server.memory_kib()[1]
    server.stop()
    return {"rss_before_mib": before / 1024, "rss_after_mib": after / 1024, "peak_mib": peak / 1024,
            "writes_seconds": writes_seconds, "read_seconds": read_seconds, "read_mb": len(listing) / 1e6,
            "entries_kept": entries}


def oversized_body(binary):
    server = Emulator(binary)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request("POST", "/__mock/fixtures", body=b" " * (10 << 20))
        status = connection.getresponse().status
    except OSError as error:
        status = type(error).__name__
    server.stop()
    return status


def seconds_text(values):
    finite = [value for value in values if value != float("inf")]
    if len(finite) < len(values):
        return f"{len(values) - len(finite)} of {len(values)} never answered"
    return f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    arguments = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 8192)), hard))
    under_slow, under_idle = slow_sockets(arguments.server)
    journal = journal_memory(arguments.server)
    oversized = oversized_body(arguments.server)
    print("| hostile load | result |")
    print("|---|---|")
    print(f"| normal client beside 1,000 sockets trickling headers | {seconds_text(under_slow)} |")
    print(f"| normal client beside 2,000 idle keep-alive connections | {seconds_text(under_idle)} |")
    print(f"| {JOURNAL_REQUESTS:,} requests with 0.9 MB bodies | RSS {journal['rss_before_mib']:.1f} -> "
          f"{journal['rss_after_mib']:.1f} MiB in {journal['writes_seconds']:.1f} s; journal keeps "
          f"{journal['entries_kept']:,} entries |")
    print(f"| reading that whole journal | {journal['read_mb']:.1f} MB in {journal['read_seconds'] * 1000:.0f} ms, "
          f"peak RSS {journal['peak_mib']:.1f} MiB |")
    print(f"| 10 MiB body sent whole by http.client | {oversized} |")
    print(json.dumps({"slow_sockets_seconds": under_slow, "idle_connections_seconds": under_idle,
                      "journal": journal, "oversized_status": oversized}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
