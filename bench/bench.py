"""The measurements of scripts/bench, against the references measured in the same run.

    python3 bench/bench.py --server BIN --reference BIN [--scratch DIR]

Every load is bounded in time and goes to 127.0.0.1 only. Figures are the median
with min-max over BENCH_RUNS runs (default 3) of BENCH_SECONDS seconds (default 4).
The references serve the exact body of our GET lock list: nginx as a static file,
bench/reference/mhd_static.c from memory on libmicrohttpd with our thread model.
"""
import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_locks  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
STARTUP_RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "20"))
TOKEN = "1000.admin.token"
LOCKED_RECORD = "5843104000000725170"
UNLOCKED_RECORDS = ["5843104000000425570", "5843104000000425574", "5843104000000425578"]
FIELDS = ("Locked_For__s,Locked_Reason__s,Lock_Source__s,Locked_Time__s,Locked_By__s,"
          "Record_Locking_Rule_Id__s,Record_Locking_Configuration_Id__s")
CONNECTIONS = [1, 64, 256]
LARGE_COUNTS = [1_000, 1_000_000]


def lock_list_path(record):
    return f"/crm/v7/Leads/{record}/Locking_Information__s?fields={FIELDS}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def summary(values):
    """(median, min, max) of a list of numbers."""
    return (statistics.median(values), min(values), max(values))


# --- processes ----------------------------------------------------------------------------------

class Server:
    """A server process started for one measurement; stopped with SIGTERM."""

    def __init__(self, name, argv, port):
        self.name, self.argv, self.port = name, argv, port
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        deadline = time.monotonic() + 30
        while not health_ok(port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not start: {' '.join(argv)}")
            time.sleep(0.005)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def memory_kib(self):
        """(current RSS, peak RSS) in KiB, summed over the process and its children (nginx workers)."""
        return rss_kib(self.process.pid)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def rss_kib(pid):
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            pids += [int(child) for child in children.read().split()]
    except OSError:
        pass
    current = peak = 0
    for each in pids:
        with open(f"/proc/{each}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    current += int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    peak += int(line.split()[1])
    return current, peak


def health_ok(port, path="/__mock/health"):
    """One GET on a fresh connection; True on a 200."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
            connection.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            head = connection.recv(64)
            return head.startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def emulator_argv(binary, port, *extra):
    return [binary, "--port", str(port), "--log-level", "error", *extra]


def nginx_argv(folder, port):
    """nginx with its own config in `folder`, serving folder/body.json to every path."""
    config = os.path.join(folder, f"nginx-{port}.conf")
    with open(config, "w") as file:
        file.write(f"""
worker_processes 2;
daemon off;
pid {folder}/nginx-{port}.pid;
error_log {folder}/nginx-error.log error;
events {{ worker_connections 2048; }}
http {{
    access_log off;
    keepalive_requests 10000000;
    keepalive_timeout 60s;
    client_body_temp_path {folder}/body-temp;
    proxy_temp_path {folder}/proxy-temp;
    fastcgi_temp_path {folder}/fastcgi-temp;
    uwsgi_temp_path {folder}/uwsgi-temp;
    scgi_temp_path {folder}/scgi-temp;
    server {{
        listen 127.0.0.1:{port};
        root {folder};
        location / {{ default_type "application/json;charset=UTF-8"; try_files /body.json =404; }}
    }}
}}
""")
    return ["nginx", "-p", folder, "-e", os.path.join(folder, "nginx-error.log"), "-c", config]


# --- load ---------------------------------------------------------------------------------------

def parse_duration_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url, connections, seconds=SECONDS, script=None, env=None):
    """One bounded wrk run: requests/s, p50 and p99 in ms, and the count of failed responses."""
    threads = min(connections, 2) if script is None else connections
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s",
            "-H", f"Authorization: Zoho-oauthtoken {TOKEN}"]
    if script:
        argv += ["-s", script]
    output = subprocess.run(argv + [url], capture_output=True, text=True, timeout=seconds + 30,
                            env={**os.environ, **(env or {})}).stdout
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.M))
    failed = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    failed += sum(int(n) for n in re.findall(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                                             output)[0]) if "Socket errors" in output else 0
    failed += sum(int(n) for n in re.findall(r"cycle failures: (\d+)", output))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": parse_duration_ms(percentiles["50"]),
        "p99_ms": parse_duration_ms(percentiles["99"]),
        "failed": failed,
    }


# --- measurements -------------------------------------------------------------------------------

def startup_ms(argv_for_port, runs=STARTUP_RUNS):
    """Exec until the first successful GET /__mock/health, polling every 0.2 ms; also idle RSS."""
    times, idle = [], []
    devnull = os.open(os.devnull, os.O_WRONLY)
    for _ in range(runs):
        port = free_port()
        argv = argv_for_port(port)
        start = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, os.environ,
                              file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
        while not health_ok(port):
            if time.perf_counter() - start > 30:
                raise RuntimeError(f"no health answer from {argv}")
            time.sleep(0.0002)
        times.append((time.perf_counter() - start) * 1000)
        idle.append(rss_kib(pid)[1])
        os.kill(pid, 15)
        os.waitpid(pid, 0)
    os.close(devnull)
    return times, idle


def throughput(servers, record_rss_of):
    """GET lock list at each connection count, every server in turn within each run."""
    results = {name: {c: [] for c in CONNECTIONS} for name in servers}
    peak_rss = []
    for run in range(RUNS):
        started = {name: start() for name, start in servers.items()}
        try:
            for connections in CONNECTIONS:
                for name, server in started.items():
                    url = server.url(lock_list_path(LOCKED_RECORD))
                    if run == 0 and connections == CONNECTIONS[0]:
                        wrk(url, 16, seconds=1)  # warm-up
                    result = wrk(url, connections)
                    if result["failed"]:
                        print(f"bench: warning: {name} c={connections}: {result['failed']} failed responses",
                              file=sys.stderr)
                    results[name][connections].append(result)
            peak_rss.append(started[record_rss_of].memory_kib()[1])
        finally:
            for server in started.values():
                server.stop()
    return results, peak_rss


def lock_cycles(binary, folder):
    """Lock + unlock cycles per second over HTTP, on a fresh WAL database file per run."""
    rates = []
    for run in range(RUNS):
        database = os.path.join(folder, f"cycles-{run}.sqlite")
        port = free_port()
        server = Server("emulator", emulator_argv(binary, port, "--database", database), port)
        try:
            result = wrk(server.url("/"), len(UNLOCKED_RECORDS), script=os.path.join(ROOT, "bench", "lock_cycle.lua"),
                         env={"BENCH_RECORDS": ",".join(UNLOCKED_RECORDS), "BENCH_TOKEN": TOKEN})
        finally:
            server.stop()
        if result["failed"]:
            raise RuntimeError(f"lock cycles: {result['failed']} failed responses")
        import sqlite3
        with sqlite3.connect(database) as db:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        rates.append(result["rps"] / 2)
    return rates


def large_database_latency(binary, folder):
    """p50/p99 of one connection's GET with COUNT locks stored, per count. Both
    servers run at once and the runs alternate, so load from elsewhere hits both alike."""
    servers, urls = {}, {}
    try:
        for count in LARGE_COUNTS:
            database = os.path.join(folder, f"locks-{count}.sqlite")
            port = free_port()
            Server("emulator", emulator_argv(binary, port, "--database", database), port).stop()
            began = time.monotonic()
            generate_locks.generate(database, count)
            print(f"bench: generated {count:,} locks in {time.monotonic() - began:.1f} s", file=sys.stderr)
            servers[count] = Server("emulator", emulator_argv(binary, port, "--database", database), port)
            urls[count] = servers[count].url(lock_list_path(generate_locks.record_id(count // 2)))
            request = urllib.request.Request(urls[count], headers={"Authorization": f"Zoho-oauthtoken {TOKEN}"})
            with urllib.request.urlopen(request) as answer:
                assert answer.status == 200, f"GET on the {count} locks database answered {answer.status}"
            wrk(urls[count], 1, seconds=1)  # warm-up: page cache and statement cache
        results = {count: [] for count in LARGE_COUNTS}
        for _ in range(RUNS):
            for count in LARGE_COUNTS:
                results[count].append(wrk(urls[count], 1))
        return results
    finally:
        for count, server in servers.items():
            server.stop()
            os.remove(os.path.join(folder, f"locks-{count}.sqlite"))


# --- report -------------------------------------------------------------------------------------

def fmt(values, digits=0, unit=""):
    median, low, high = summary(values)
    return f"{median:,.{digits}f}{unit} ({low:,.{digits}f}–{high:,.{digits}f})"


def ratio(ours, reference):
    return statistics.median(ours) / statistics.median(reference)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--scratch")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.server)
    reference = os.path.abspath(arguments.reference)
    folder = tempfile.mkdtemp(prefix="zoho-lock-mock-bench-", dir=arguments.scratch)
    os.chmod(folder, 0o755)  # nginx workers run as another user
    try:
        measure(binary, reference, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(binary, reference, folder):

    # The exact body of the measured GET, served by the references.
    probe_port = free_port()
    probe = Server("emulator", emulator_argv(binary, probe_port), probe_port)
    request = urllib.request.Request(probe.url(lock_list_path(LOCKED_RECORD)),
                                     headers={"Authorization": f"Zoho-oauthtoken {TOKEN}"})
    with urllib.request.urlopen(request) as answer:
        body = answer.read()
    probe.stop()
    body_file = os.path.join(folder, "body.json")
    with open(body_file, "wb") as file:
        file.write(body)
    os.chmod(body_file, 0o644)

    print("bench: startup", file=sys.stderr)
    startup = {
        "emulator": startup_ms(lambda port: emulator_argv(binary, port)),
        "mhd_static": startup_ms(lambda port: [reference, str(port), body_file]),
        "nginx": startup_ms(lambda port: nginx_argv(folder, port)),
    }
    print("bench: GET throughput", file=sys.stderr)

    def start(name, argv_for_port):
        def starter():
            port = free_port()
            return Server(name, argv_for_port(port), port)
        return starter

    servers = {
        "emulator": start("emulator", lambda port: emulator_argv(binary, port)),
        "mhd_static": start("mhd_static", lambda port: [reference, str(port), body_file]),
        "nginx": start("nginx", lambda port: nginx_argv(folder, port)),
    }
    get, peak_rss = throughput(servers, "emulator")
    print("bench: lock + unlock cycles", file=sys.stderr)
    cycles = lock_cycles(binary, folder)
    print("bench: 1k versus 1M locks", file=sys.stderr)
    large = large_database_latency(binary, folder)
    report(startup, get, cycles, large, peak_rss, len(body))


def report(startup, get, cycles, large, peak_rss, body_bytes):
    ours, mhd, nginx = get["emulator"], get["mhd_static"], get["nginx"]
    rows = [("startup-to-ready, ms", fmt(startup["emulator"][0], 1), fmt(startup["mhd_static"][0], 1),
             fmt(startup["nginx"][0], 1), f"{ratio(startup['emulator'][0], startup['mhd_static'][0]):.2f}",
             f"{ratio(startup['emulator'][0], startup['nginx'][0]):.2f}")]
    for c in CONNECTIONS:
        def column(results, key):
            return [r[key] for r in results[c]]
        rows.append((f"GET list c={c}, req/s", fmt(column(ours, "rps")), fmt(column(mhd, "rps")),
                     fmt(column(nginx, "rps")), f"{ratio(column(ours, 'rps'), column(mhd, 'rps')):.2f}",
                     f"{ratio(column(ours, 'rps'), column(nginx, 'rps')):.2f}"))
        for key, label in (("p50_ms", "p50"), ("p99_ms", "p99")):
            rows.append((f"GET list c={c}, {label} ms", fmt(column(ours, key), 2), fmt(column(mhd, key), 2),
                         fmt(column(nginx, key), 2), f"{ratio(column(ours, key), column(mhd, key)):.2f}",
                         f"{ratio(column(ours, key), column(nginx, key)):.2f}"))
    rows.append(("lock+unlock cycles/s (WAL file)", fmt(cycles), "", "", "", ""))
    small, big = large[LARGE_COUNTS[0]], large[LARGE_COUNTS[1]]
    for key, label in (("p50_ms", "p50"), ("p99_ms", "p99")):
        rows.append((f"GET c=1 {label} ms, 1k locks", fmt([r[key] for r in small], 3), "", "", "", ""))
        rows.append((f"GET c=1 {label} ms, 1M locks", fmt([r[key] for r in big], 3), "", "", "", ""))
        rows.append((f"  1M / 1k {label}", f"{ratio([r[key] for r in big], [r[key] for r in small]):.2f}",
                     "", "", "", ""))
    rows.append(("RSS idle, MB", fmt([k / 1024 for k in startup["emulator"][1]], 1),
                 fmt([k / 1024 for k in startup["mhd_static"][1]], 1),
                 fmt([k / 1024 for k in startup["nginx"][1]], 1), "", ""))
    rows.append(("RSS peak after c=256 load, MB", fmt([k / 1024 for k in peak_rss], 1), "", "", "", ""))

    header = ("measure", "zoho-lock-mock", "C libmicrohttpd", "nginx static", "÷ C", "÷ nginx")
    widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
    line = "| " + " | ".join(f"{{:{w}}}" for w in widths) + " |"
    print(f"\nGET body {body_bytes} bytes; median (min–max) of {RUNS} runs of {SECONDS} s "
          f"({STARTUP_RUNS} starts); {os.cpu_count()} cores\n")
    print(line.format(*header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line.format(*row))

    def med(values):
        return round(statistics.median(values), 3)
    print("\n" + json.dumps({
        "startup_ms": {name: med(times) for name, (times, _) in startup.items()},
        "get_list": {name: {str(c): {key: med([r[key] for r in results[c]]) for key in ("rps", "p50_ms", "p99_ms")}
                            for c in CONNECTIONS} for name, results in get.items()},
        "lock_unlock_cycles_per_s": med(cycles),
        "get_latency_ms": {str(count): {key: med([r[key] for r in large[count]]) for key in ("p50_ms", "p99_ms")}
                           for count in LARGE_COUNTS},
        "rss_mb": {"idle": med([k / 1024 for k in startup["emulator"][1]]),
                   "peak_c256": med([k / 1024 for k in peak_rss])},
    }, separators=(",", ":")))


if __name__ == "__main__":
    main()
