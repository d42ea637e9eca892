# Shared by the benchmarks (sourced after DURATION and CONNECTIONS are set): a free PORT, the release binary BIN
# (built when missing), a scratch folder WORK with DB inside it, removed on exit with the app (PID) stopped.
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BIN=${BIN:-.build-release/release/gemeinsam}
[ -x "$BIN" ] || swift build -c release --product gemeinsam --scratch-path .build-release
WORK=$(mktemp -d); DB="$WORK/bench.sqlite"; PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# Shared by the benchmarks: `measure PATH` runs wrk against http://127.0.0.1:$PORT$PATH with $CONNECTIONS
# connections for $DURATION seconds and prints "requests_per_second p99_ms non_2xx".
measure() {
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$1" | python3 -c '
import re, sys
t = sys.stdin.read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
m = re.search(r"99%\s+([\d.]+)(us|ms|s)", t)
p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(f"{rps:.0f} {p99:.2f} {bad.group(1) if bad else 0}")'
}
