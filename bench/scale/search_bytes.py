#!/usr/bin/env python3
"""Bytes a search downloads, for bench/scale.sh: serves ROOT over HTTP on a free port (no-store, so
nothing is cached), loads PAGE?q=QUERY in headless Chromium (Selenium with Debian's chromedriver, a
fresh page per query), waits until the element id=search-results has data-state="done" (Duidu's search
page sets it; so does the Pagefind page scale.sh writes) and counts every byte the server sent except
HTML pages, raw and gzip-compressed (files already gzip-compressed, as Pagefind's are, count as they
are). A page that ends in data-state="error" or times out is an error.

Usage: search_bytes.py ROOT PAGE QUERY… → one JSON line {"raw":[…], "gzip":[…], "files":[…]}
"""
import gzip
import http.server
import json
import os
import sys
import tempfile
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

SERVED = []
LOCK = threading.Lock()


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isfile(path) and not path.endswith(".html"):
            body = open(path, "rb").read()
            packed = len(body) if body[:2] == b"\x1f\x8b" else len(gzip.compress(body, 6))
            with LOCK:
                SERVED.append((len(body), packed))
        return super().send_head()

    def log_message(self, *args):
        pass


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    root, page, queries = sys.argv[1], sys.argv[2], sys.argv[3:]
    Handler.extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                              ".mjs": "text/javascript", ".wasm": "application/wasm", ".pagefind": "application/octet-stream"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: Handler(*a, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    raw, packed, files = [], [], []
    profile = tempfile.TemporaryDirectory()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile.name):
        options.add_argument(arg)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        for query in queries:
            browser.get("about:blank")
            with LOCK:
                SERVED.clear()
            url = f"http://127.0.0.1:{server.server_address[1]}/{page}?q={urllib.parse.quote(query)}"
            browser.get(url)
            deadline, state = time.monotonic() + 180, None
            while time.monotonic() < deadline:
                state = browser.find_element(By.ID, "search-results").get_attribute("data-state")
                if state in ("done", "error"):
                    break
                time.sleep(0.1)
            if state != "done":
                sys.exit(f"search_bytes.py: {url}: the page did not finish its search (data-state={state!r})")
            time.sleep(0.5)  # requests still in flight after the hits are shown count too
            with LOCK:
                raw.append(sum(r for r, _ in SERVED))
                packed.append(sum(g for _, g in SERVED))
                files.append(len(SERVED))
    finally:
        browser.quit()
        server.shutdown()
        profile.cleanup()
    print(json.dumps({"raw": raw, "gzip": packed, "files": files}))


if __name__ == "__main__":
    main()
