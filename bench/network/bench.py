#!/usr/bin/env python3
"""Network analysis benchmark: networkx and the Swift CLI on the same random graphs, in the same run.

For each G(n, m) random graph (networkx gnm_random_graph, fixed seed) the graph is written once as a ties CSV.
networkx computes betweenness_centrality (normalized) + connected_components + closeness_centrality (timed
without reading the file). The Swift command gets the CSV file (`SWIFT_CMD --ties FILE --format json`) and is
timed as a whole process: start, CSV parsing, every measure of the analysis (also clustering, Louvain,
articulation points) and writing JSON. Values must agree within 1e-9.

Finally the Swift command reads a file of 1,000,000 rows (100,000 actors) to show that large files work.

Usage: SWIFT_CMD="path/to/gemeinsam network analyze" python3 bench.py [--sizes 2000x10000,10000x50000]
       [--workdir DIR] [--skip-networkx-above N] [--million-rows | --no-million-rows]
"""
import argparse
import json
import os
import random
import resource
import shlex
import subprocess
import sys
import time

import networkx as nx

TOLERANCE = 1e-9
SEED = 20240501


def write_graph_csv(path, n, m, seed):
    g = nx.gnm_random_graph(n, m, seed=seed)
    with open(path, "w", encoding="utf-8") as f:
        f.write("source,target\n")
        for u, v in g.edges():
            f.write(f"n{u},n{v}\n")


def read_graph_csv(path):
    g = nx.Graph()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            u, v = line.rstrip("\n").split(",")
            g.add_edge(u, v)
    return g


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_swift(cmd, path):
    """Wall-clock and CPU seconds (both threads) of the whole process, and its parsed JSON."""
    start, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.run(shlex.split(cmd) + ["--ties", path, "--format", "json"], capture_output=True)
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu
    if proc.returncode != 0:
        sys.exit(f"Swift command failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    return elapsed, cpu, json.loads(proc.stdout)


def networkx_reference(g):
    start, cpu = time.perf_counter(), time.process_time()
    betweenness = nx.betweenness_centrality(g, normalized=True)
    components = list(nx.connected_components(g))
    closeness = nx.closeness_centrality(g)
    return time.perf_counter() - start, time.process_time() - cpu, betweenness, components, closeness


def compare(result, betweenness, components, closeness):
    nodes = {node["id"]: node for node in result["nodes"]}
    if set(nodes) != set(betweenness):
        return float("inf"), float("inf"), False
    db = max(abs(nodes[v]["betweenness"] - betweenness[v]) for v in nodes)
    dc = max(abs(nodes[v]["closeness"] - closeness[v]) for v in nodes)
    ours = {}
    for v, node in nodes.items():
        ours.setdefault(node["component"], set()).add(v)
    same_components = result["components"] == len(components) and \
        sorted(map(sorted, ours.values())) == sorted(map(sorted, components))
    return db, dc, same_components


def million_rows(cmd, workdir):
    path = os.path.join(workdir, "ties_1000000_rows.csv")
    if not os.path.exists(path):
        rng = random.Random(SEED)
        with open(path, "w", encoding="utf-8") as f:
            f.write("source,target\n")
            for _ in range(1_000_000):
                f.write(f"akteur{rng.randrange(100_000)},akteur{rng.randrange(100_000)}\n")
    elapsed, cpu, result = run_swift(cmd, path)
    print(f"\n1,000,000 rows, 100,000 actors: Swift {elapsed:.1f} s wall ({cpu:.1f} s CPU), "
          f"{len(result['nodes'])} nodes, {result['components']} component(s)")
    for warning in result.get("warnings", []):
        print(f"  warning: {warning[:160]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000x10000,10000x50000")
    parser.add_argument("--workdir", default=os.environ.get("BENCH_WORKDIR", "/tmp/gemeinsam-bench-network"))
    parser.add_argument("--skip-networkx-above", type=int, default=10**9,
                        help="skip networkx (and the equality check) for graphs with more nodes")
    parser.add_argument("--million-rows", dest="million", action="store_true", default=True)
    parser.add_argument("--no-million-rows", dest="million", action="store_false")
    args = parser.parse_args()
    cmd = os.environ.get("SWIFT_CMD")
    if not cmd:
        sys.exit("Set SWIFT_CMD, e.g. SWIFT_CMD='.build/release/gemeinsam network analyze'")
    os.makedirs(args.workdir, exist_ok=True)

    print(f"networkx {nx.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"Swift command: {cmd}\n")
    header = f"{'graph':>16} | {'networkx wall (CPU)':>19} | {'Swift wall (CPU)':>16} | {'speed-up wall (CPU)':>19} | " \
             f"{'max |Δ| betw.':>13} | {'max |Δ| clos.':>13} | components"
    print(header)
    print("-" * len(header))
    ok = True
    compared = 0
    for size in args.sizes.split(","):
        n, m = map(int, size.split("x"))
        path = os.path.join(args.workdir, f"gnm_{n}_{m}_seed{SEED}.csv")
        if not os.path.exists(path):
            write_graph_csv(path, n, m, SEED)
        swift_time, swift_cpu, result = run_swift(cmd, path)
        swift = f"{swift_time:.2f}s ({swift_cpu:.2f}s)"
        if n > args.skip_networkx_above:
            print(f"{n:>6} n {m:>6} m | {'skipped':>19} | {swift:>16} | {'':>19} | {'':>13} | {'':>13} |")
            continue
        g = read_graph_csv(path)
        nx_time, nx_cpu, betweenness, components, closeness = networkx_reference(g)
        db, dc, same = compare(result, betweenness, components, closeness)
        equal = db <= TOLERANCE and dc <= TOLERANCE and same
        ok &= equal
        compared += 1
        speedup = f"{nx_time / swift_time:.1f}× ({nx_cpu / swift_cpu:.1f}×)"
        print(f"{n:>6} n {m:>6} m | {f'{nx_time:.2f}s ({nx_cpu:.2f}s)':>19} | {swift:>16} | {speedup:>19} | "
              f"{db:>13.2e} | {dc:>13.2e} | {'equal' if same else 'DIFFERENT'}")
    if args.million:
        million_rows(cmd, args.workdir)
    if not compared:
        print("\nresult: no networkx comparison in this run")
    else:
        print("\nresult:", "values equal within 1e-9" if ok else "VALUES DIFFER")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
