#!/usr/bin/env python3
"""Save-to-served time of `duidu serve`: edits one seed of a running server RUNS times and measures,
from the moment the edited file is written, (a) when the event stream announces the rebuilt site
(b) when the edited page is served with the new text (serve shows an edited seed's own pages first, a
state with "preview": true, then builds the site) and (c) when the site's build is announced (a state
with "preview": false). Prints one JSON line.

Usage: save_to_served.py PORT SEED_FILE PAGE_PATH [RUNS]
"""
import http.client, json, socket, sys, time, statistics

port, seed, page = int(sys.argv[1]), sys.argv[2], sys.argv[3]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5

def events():
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /__duidu/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    buf = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            return
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            if line.startswith(b"data: "):
                yield json.loads(line[6:])

def fetch():
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request("GET", page)
    r = c.getresponse()
    return r.status, r.read().decode("utf-8")

stream = events()
state = next(stream)
original = open(seed, encoding="utf-8").read()
assert "護林員" in original
announced, served, built = [], [], []
try:
    for run in range(runs):
        token = "守林人%d號" % run  # Traditional and Simplified alike
        t0 = time.perf_counter()
        with open(seed, "w", encoding="utf-8") as f:
            f.write(original.replace("護林員", token, 1))
        while True:
            state_now = next(stream)
            if state_now["failure"] is not None:
                raise SystemExit("build failed: %s" % state_now["failure"]["summary"])
            if state_now["build"] > state["build"]:
                state = state_now
                break
        t1 = time.perf_counter()
        while True:  # the page as a browser would fetch it on reload
            status, body = fetch()
            if status == 200 and token in body:
                break
        t2 = time.perf_counter()
        while state.get("preview"):  # the build of the whole site, which follows the preview
            state = next(stream)
            if state["failure"] is not None:
                raise SystemExit("build failed: %s" % state["failure"]["summary"])
        t3 = time.perf_counter()
        announced.append((t1 - t0) * 1000)
        served.append((t2 - t0) * 1000)
        built.append((t3 - t0) * 1000)
        time.sleep(0.5)
finally:
    with open(seed, "w", encoding="utf-8") as f:
        f.write(original)

print(json.dumps({"runs": runs, "announced_ms_median": round(statistics.median(announced)),
                  "served_ms_median": round(statistics.median(served)), "served_ms_min": round(min(served)),
                  "served_ms_max": round(max(served)), "served_ms": [round(x) for x in served],
                  "site_built_ms_median": round(statistics.median(built)), "site_built_ms": [round(x) for x in built]}))
