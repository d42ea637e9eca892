#!/usr/bin/env python3
"""CPU time the app spends on malicious anonymous requests (issue 11, finding 3: at most 50 ms each).

Starts the built app on a fresh SQLite file, sends each kind of request N times and reads the server process's CPU
time (user + system, /proc/<pid>/stat) before and after: CPU time, not wall time, so other load on the machine
barely changes the figures. Linux only.

    python3 bench/security/cpu_per_request.py [--bin .build/debug/gemeinsam] [--n 20]
"""
import argparse
import http.client
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, response.getheader("Set-Cookie") or "", data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/debug/gemeinsam")
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="gemeinsam-sec-")
    env = dict(os.environ, SQLITE_PATH=os.path.join(workdir, "g.sqlite"), MAIL_FILE_DIR=os.path.join(workdir, "mail"))
    env.pop("DATABASE_URL", None)
    app = subprocess.Popen([args.bin, "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                if request(port, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        # a form token cookie for the requests that need one
        _, cookie, html = request(port, "GET", "/konto/anmelden")
        token = re.search(rb'name="_csrf" value="([^"]+)"', html).group(1).decode()
        cookie = cookie.split(";")[0]
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        cases = [
            ("GET /bench/minimal (yardstick)", "GET", "/bench/minimal", None, {}),
            ("GET with 25,000 repeated keys (?q=&q=…)", "GET", "/suche?" + "&".join(["q="] * 25_000), None, {}),
            ("GET with 10,000 distinct keys", "GET", "/suche?" + "&".join(f"k{i}=" for i in range(10_000)), None, {}),
            ("POST 120 KB body without cookie", "POST", "/konto/anmelden", "a=" + "x" * 120_000, form),
            ("POST 5,000 fields with cookie and token", "POST", "/konto/anmelden",
             "_csrf=" + token + "&" + "&".join(f"f{i}=x" for i in range(5_000)), dict(form, Cookie=cookie)),
            ("POST survey answer (throttled after 20 per hour)", "POST", "/umfrage",
             "_csrf=" + token + "&q-alter=45-64", dict(form, Cookie=cookie)),
            ("POST log-in, wrong password (bcrypt; delayed after 10)", "POST", "/konto/anmelden",
             "_csrf=" + token + "&email=niemand%40example.org&password=falsch-falsch-falsch", dict(form, Cookie=cookie)),
        ]
        print(f"{'request':52} {'status':>6} {'CPU ms / request':>17}")
        for name, method, path, body, headers in cases:
            statuses = set()
            before = cpu_seconds(app.pid)
            for _ in range(args.n):
                statuses.add(request(port, method, path, body.encode() if body else None, headers)[0])
            used = (cpu_seconds(app.pid) - before) / args.n * 1000
            print(f"{name:52} {'/'.join(map(str, sorted(statuses))):>6} {used:17.2f}")
    finally:
        app.terminate()
        app.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
