"""A bounded soak: mixed traffic against one server for SECONDS, sampling its
resident memory and open file descriptors. Fails when either keeps growing.

Usage: python soak.py BINARY SECONDS

Traffic: lock/unlock cycles, list and item GETs, configuration GETs, errors of
every family, requests on fresh connections (to catch descriptor leaks) and on
keep-alive ones. RSS and fds are read from /proc. The first fifth of the run is
warm-up; after it, RSS may grow at most 10 MiB and fds at most 16.
"""
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time

TOKEN = "1000.admin.token"
UNLOCKED = ["5843104000000425570", "5843104000000425574", "5843104000000425578"]


def sample(pid):
    with open(f"/proc/{pid}/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return rss, len(os.listdir(f"/proc/{pid}/fd"))


def traffic(port, stop, counts, worker):
    rng = random.Random(worker)
    keep_alive = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Authorization": f"Zoho-oauthtoken {TOKEN}"}
    while not stop.is_set():
        fresh = rng.random() < 0.2
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10) if fresh else keep_alive
        choice = rng.random()
        record = UNLOCKED[worker % len(UNLOCKED)]
        path = f"/crm/v7/Leads/{record}/Locking_Information__s"
        if choice < 0.3:
            connection.request("POST", path, body=json.dumps({"data": [{"Locked_Reason__s": "soak"}]}), headers=headers)
            response = connection.getresponse()
            body = json.loads(response.read() or b"{}")
            if response.status == 201:
                lock = body["data"][0]["details"]["id"]
                connection.request("DELETE", f"{path}/{lock}", headers=headers)
                connection.getresponse().read()
        elif choice < 0.6:
            connection.request("GET", "/crm/v7/Leads/5843104000000725170/Locking_Information__s?fields=id,Locked_Reason__s", headers=headers)
            connection.getresponse().read()
        elif choice < 0.7:
            connection.request("GET", "/crm/v7/settings/record_locking_configurations?module=Leads", headers=headers)
            connection.getresponse().read()
        elif choice < 0.8:
            connection.request("POST", path, body=b"{not json", headers=headers)
            connection.getresponse().read()
        elif choice < 0.9:
            connection.request("GET", "/crm/v7/Nope/1/Locking_Information__s?fields=id", headers={"Authorization": "Zoho-oauthtoken nope"})
            connection.getresponse().read()
        else:
            connection.request("POST", "/oauth/v2/token", body="grant_type=refresh_token&client_id=1000.CLIENT&client_secret=secret&refresh_token=1000.refresh.token",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
            connection.getresponse().read()
        if fresh:
            connection.close()
        counts[worker] += 1


def main():
    binary, seconds = sys.argv[1], float(sys.argv[2])
    process = subprocess.Popen([binary, "--port", "0", "--log-level", "error"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    port = int(process.stdout.readline().strip().rsplit(":", 1)[1])
    stop = threading.Event()
    counts = [0] * 8
    threads = [threading.Thread(target=traffic, args=(port, stop, counts, n), daemon=True) for n in range(8)]
    start_rss, start_fds = sample(process.pid)
    for thread in threads:
        thread.start()
    samples = []
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        time.sleep(max(0.5, seconds / 40))
        samples.append(sample(process.pid))
    stop.set()
    for thread in threads:
        thread.join(timeout=15)
    time.sleep(0.5)
    end_rss, end_fds = sample(process.pid)
    process.terminate()
    process.wait(timeout=10)
    warm = samples[len(samples) // 5:]
    rss_growth = max(s[0] for s in warm) - warm[0][0]
    fd_growth = end_fds - start_fds
    print(f"soak: {sum(counts)} requests in {seconds:.0f} s; RSS {start_rss / 1024:.1f} MiB at start, "
          f"{warm[0][0] / 1024:.1f} after warm-up, peak {max(s[0] for s in samples) / 1024:.1f}, {end_rss / 1024:.1f} at end; "
          f"fds {start_fds} at start, {end_fds} at end; exit status {process.returncode}")
    ok = rss_growth <= 10 * 1024 and fd_growth <= 16 and process.returncode == 0
    print(f"soak: {1 if ok else 0} passed, {0 if ok else 1} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
