"""CI check: `gemeinsam survey weight` equals samplics' raking within 1e-9 (relative) on generated data.

Usage: python ci_check.py GEMEINSAM_BINARY WORK_DIR
Needs numpy and samplics==0.6.1 (see ci_check.sh). Exit code 0 when every case agrees, 1 otherwise.

Cases (numpy, fixed seeds): the benchmark's 3 margins (Altersgruppe 5 x Geschlecht 4 x Stadtbezirk 12) with
2,000 and 20,000 answers, a case with a rare category (0.5 % of the answers), and two margins with ';' as
separator in the margins file. Both sides use the same stopping rule (tolerance 1e-10, see bench/survey/README.md).
"""
import csv
import os
import subprocess
import sys
import warnings

import numpy as np

warnings.filterwarnings("ignore")
from samplics.weighting import SampleWeight  # noqa: E402

AGE = ["18-29", "30-44", "45-64", "65-79", "80+"]
GENDER = ["weiblich", "männlich", "divers", "keine Angabe"]
DISTRICTS = ["Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving", "Scharnhorst", "Brackel",
             "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede"]
TOLERANCE = 1e-9


def integer_margin(shares, total):
    raw = np.asarray(shares, dtype=float) / np.sum(shares) * total
    values = np.floor(raw).astype(int)
    values[-1] += total - values.sum()
    return values


def generate(rng, n, variables):
    """variables: list of (name, categories, sample probabilities, population shares)."""
    columns = {}
    margins = []
    total = 510_000
    for name, categories, sample_p, population_p in variables:
        columns[name] = rng.choice(len(categories), size=n, p=np.asarray(sample_p) / np.sum(sample_p))
        margins.append((name, categories, integer_margin(population_p, total)))
    return columns, margins


def write_case(work, label, columns, margins, variables, separator=","):
    n = len(next(iter(columns.values())))
    responses = os.path.join(work, f"{label}-responses.csv")
    margins_path = os.path.join(work, f"{label}-margins.csv")
    with open(responses, "w", encoding="utf-8") as f:
        f.write("id," + ",".join(v[0] for v in variables) + "\n")
        for i in range(n):
            f.write(f"R{i + 1}," + ",".join(v[1][columns[v[0]][i]] for v in variables) + "\n")
    with open(margins_path, "w", encoding="utf-8") as f:
        f.write(separator.join(["variable", "category", "population"]) + "\n")
        for name, categories, populations in margins:
            for c, p in zip(categories, populations):
                f.write(separator.join([name, c, str(p)]) + "\n")
    return responses, margins_path


def samplics_weights(columns, margins, variables):
    n = len(next(iter(columns.values())))
    labels = {v[0]: np.array([v[1][k] for k in columns[v[0]]], dtype=object) for v in variables}
    control = {name: {c: float(p) for c, p in zip(categories, populations)} for name, categories, populations in margins}
    return SampleWeight().rake(samp_weight=np.ones(n), margins=labels, control=control, tol=1e-10, ctrl_tol=1e-10,
                               max_iter=1000)


def swift_weights(binary, responses, margins_path):
    result = subprocess.run([binary, "survey", "weight", "--responses", responses, "--margins", margins_path,
                             "--tolerance", "1e-10"], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"gemeinsam survey weight: exit {result.returncode}: {result.stderr.strip()}")
    rows = list(csv.DictReader(result.stdout.splitlines()))
    return np.array([float(r["weight"]) for r in rows]), [r["id"] for r in rows], result.stderr.strip()


def main():
    binary, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    three = [("alter", AGE, [0.13, 0.18, 0.32, 0.25, 0.12], [0.17, 0.24, 0.33, 0.18, 0.08]),
             ("geschlecht", GENDER, [0.55, 0.42, 0.01, 0.02], [0.50, 0.48, 0.005, 0.015]),
             ("stadtbezirk", DISTRICTS, [6, 4, 5, 3, 3, 5, 7, 6, 9, 4, 3, 4], [52, 59, 56, 34, 45, 56, 56, 55, 57, 48, 33, 39])]
    rare = [("alter", AGE, [0.3, 0.3, 0.3, 0.095, 0.005], [0.17, 0.24, 0.33, 0.18, 0.08]),
            ("stadtbezirk", DISTRICTS, [1] * 12, [52, 59, 56, 34, 45, 56, 56, 55, 57, 48, 33, 39])]
    cases = [("drei-margins-2000", 2_000, three, 11, ","), ("drei-margins-20000", 20_000, three, 12, ","),
             ("seltene-kategorie", 5_000, rare, 13, ","), ("semikolon", 3_000, three[:2], 14, ";")]
    failed = 0
    for label, n, variables, seed, separator in cases:
        rng = np.random.default_rng(seed)
        columns, margins = generate(rng, n, variables)
        responses, margins_path = write_case(work, label, columns, margins, variables, separator)
        expected = samplics_weights(columns, margins, variables)
        got, ids, report = swift_weights(binary, responses, margins_path)
        ok_ids = ids == [f"R{i + 1}" for i in range(n)]
        rel = float(np.max(np.abs(got - expected) / expected)) if ok_ids and len(got) == n else float("inf")
        status = "ok" if rel <= TOLERANCE else "FAILED"
        if status != "ok":
            failed += 1
        print(f"{status:6} {label:22} n={n:6} max relative difference {rel:.2e} (limit {TOLERANCE:.0e}); {report}")
    print(f"{len(cases) - failed} of {len(cases)} cases equal to samplics within {TOLERANCE:.0e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
