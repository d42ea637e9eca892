"""Rakes the benchmark data with samplics (same stopping rule and tolerance as SurveyStats.rake) and compares
the weights with the Swift output.

Usage: python samplics_rake.py RESPONSES.csv MARGINS.csv SWIFT_WEIGHTS.csv [repeats] [tolerance]
"""
import csv
import statistics
import sys
import time
import warnings

import numpy as np

warnings.filterwarnings("ignore")
from samplics.weighting import SampleWeight  # noqa: E402


def main():
    responses, margins_path, swift_path = sys.argv[1:4]
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    tol = float(sys.argv[5]) if len(sys.argv) > 5 else 1e-10
    with open(margins_path, encoding="utf-8") as f:
        control = {}
        for row in csv.DictReader(f):
            control.setdefault(row["variable"], {})[row["category"]] = float(row["population"])
    with open(responses, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    labels = {v: np.array([r[v] for r in rows], dtype=object) for v in control}
    n = len(rows)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        weights = SampleWeight().rake(samp_weight=np.ones(n), margins=labels, control=control,
                                      tol=tol, ctrl_tol=tol, max_iter=1000)
        times.append((time.perf_counter() - start) * 1000)
    with open(swift_path, encoding="utf-8") as f:
        swift = np.array([float(r["weight"]) for r in csv.DictReader(f)])
    rel = float(np.max(np.abs(swift - weights) / weights))
    print(f"samplics rake: n={n} median={statistics.median(times):.1f} ms min={min(times):.1f} ms ({repeats} runs); "
          f"max relative difference Swift vs samplics: {rel:.2e}")


if __name__ == "__main__":
    main()
