"""Reference fixtures for SurveyStats raking and estimates (issue 6, Einsamkeitsmonitor).

Creates a reproducible synthetic survey (2,000 answers, 3 margin variables: Altersgruppe 5, Geschlecht 3,
Stadtbezirk 12) with unequal response propensities, population margins with equal totals, and rakes it with
samplics (SampleWeight.rake), once from unit weights and once from unequal design weights.

Convergence: samplics stops after the first cycle in which, for every margin category, both the relative
change of the weighted sum since the previous cycle (tol) and the relative deviation from the control
(ctrl_tol) are <= the tolerance. SurveyStats.rake uses the same rule, and both sides run with 1e-12, so both
end within rounding of the same raking fixed point; the Swift test compares weights at 1e-9 (relative) and
the number of cycles exactly.

Run:  python3 -m venv /tmp/survey-venv && /tmp/survey-venv/bin/pip install samplics==0.6.1
      /tmp/survey-venv/bin/python generate.py        (writes the files next to this script)
"""

import contextlib
import io
import math
import os

import numpy as np
from samplics.weighting import SampleWeight

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 1e-12
Z = 1.959963984540054

AGE = ["18-29", "30-44", "45-64", "65-79", "80+"]
GENDER = ["weiblich", "männlich", "divers"]
DISTRICTS = ["Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving", "Scharnhorst", "Brackel",
             "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede"]
QUARTERS = ["Q1", "Q2", "Q3", "Q4", "Q5"]


def integer_margin(shares, total):
    raw = np.asarray(shares, dtype=float) / np.sum(shares) * total
    values = np.floor(raw).astype(int)
    values[-1] += total - values.sum()
    return values


def rake(sample, weights, variables, margins):
    sw = SampleWeight()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        raked = sw.rake(samp_weight=weights, margins={v: sample[v] for v in variables},
                        control={v: dict(zip(*margins[v])) for v in variables},
                        tol=TOL, ctrl_tol=TOL, max_iter=1000, display_iter=True)
    iterations = out.getvalue().count("Iteration ")
    return np.asarray(raked, dtype=float), iterations, sw.calculate_deff_weight(raked)


def share_rows(groups, outcome, weights, order):
    """Reference for SurveyStats.weightedShares (independent re-implementation of the documented rules)."""
    rows = []
    for g in order:
        mask = (groups == g) & (outcome >= 0)
        rows.append([g, int(mask.sum()), weights[mask], outcome[mask]])
    counts = [r[1] for r in rows]
    suppressed = [("primary" if c < 10 else None) for c in counts]
    if sum(s is not None for s in suppressed) == 1 and len(rows) >= 2:
        free = [i for i in range(len(rows)) if suppressed[i] is None]
        smallest = min(free, key=lambda i: (counts[i], i))
        suppressed[smallest] = "complementary"
    mask = outcome >= 0
    rows.append(["Insgesamt", int(mask.sum()), weights[mask], outcome[mask]])
    suppressed.append("primary" if mask.sum() < 10 else None)
    lines = [["group", "n", "share", "ci_low", "ci_high", "suppressed"]]
    for (g, n, w, y), s in zip(rows, suppressed):
        if s is not None:
            lines.append([g, "", "", "", "", "1"])
            continue
        p = float(np.sum(w * y) / np.sum(w))
        n_eff = float(np.sum(w) ** 2 / np.sum(w ** 2))
        if p == 0:
            lo, hi = 0.0, min(1.0, 3 / n_eff)
        elif p == 1:
            lo, hi = max(0.0, 1 - 3 / n_eff), 1.0
        else:
            c = math.log(p / (1 - p))
            h = Z / math.sqrt(n_eff * p * (1 - p))
            lo, hi = 1 / (1 + math.exp(-(c - h))), 1 / (1 + math.exp(-(c + h)))
        lines.append([g, str(n), repr(p), repr(lo), repr(hi), "0"])
    return lines


def write_csv(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write(",".join(str(x) for x in row) + "\n")


def main():
    rng = np.random.default_rng(20240607)
    n = 2000
    total = 510_000
    margins = {
        "alter": (AGE, integer_margin([0.17, 0.24, 0.33, 0.18, 0.08], total)),
        "geschlecht": (GENDER, integer_margin([0.505, 0.49, 0.005], total)),
        "stadtbezirk": (DISTRICTS, integer_margin([52, 59, 56, 34, 45, 56, 56, 55, 57, 48, 33, 39], total)),
    }
    variables = list(margins)

    # Respondents over-represent older people, women and some districts (unequal response propensity).
    age = rng.choice(len(AGE), size=n, p=[0.10, 0.17, 0.33, 0.27, 0.13])
    gender = rng.choice(len(GENDER), size=n, p=[0.56, 0.43, 0.01])
    district_p = np.array([6, 4, 5, 3, 3, 5, 7, 6, 9, 4, 3, 4], dtype=float)
    district = rng.choice(len(DISTRICTS), size=n, p=district_p / district_p.sum())
    sample = {
        "alter": np.array([AGE[i] for i in age], dtype=object),
        "geschlecht": np.array([GENDER[i] for i in gender], dtype=object),
        "stadtbezirk": np.array([DISTRICTS[i] for i in district], dtype=object),
    }
    design = np.round(rng.lognormal(0.0, 0.4, size=n), 6)

    # Outcome "einsamkeitsbelastet" (0/1, about 3 % missing) depending on age and district.
    logit = -2.2 + 0.25 * (age == 0) + 0.45 * (age == 4) + 0.08 * district
    burdened = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    burdened[rng.random(n) < 0.03] = -1
    # Quartier: an extra grouping with one tiny group (7 answers) to exercise suppression.
    quarter = np.array([QUARTERS[i] for i in rng.choice(4, size=n, p=[0.4, 0.3, 0.2, 0.1])], dtype=object)
    quarter[rng.choice(n, size=7, replace=False)] = "Q5"

    unit_weights, unit_iterations, unit_deff = rake(sample, np.ones(n), variables, margins)
    design_weights, design_iterations, design_deff = rake(sample, design, variables, margins)

    ids = [f"R{i + 1:04d}" for i in range(n)]
    write_csv("responses.csv", [["id", "alter", "geschlecht", "stadtbezirk", "quartier", "design_weight", "einsam"]]
              + [[ids[i], sample["alter"][i], sample["geschlecht"][i], sample["stadtbezirk"][i], quarter[i],
                  repr(float(design[i])), "" if burdened[i] < 0 else burdened[i]] for i in range(n)])
    write_csv("margins.csv", [["variable", "category", "population"]]
              + [[v, c, int(p)] for v in variables for c, p in zip(*margins[v])])
    write_csv("expected_weights.csv", [["id", "weight_unit", "weight_design"]]
              + [[ids[i], repr(float(unit_weights[i])), repr(float(design_weights[i]))] for i in range(n)])
    write_csv("expected_summary.csv", [["name", "value"],
                                       ["unit_iterations", unit_iterations],
                                       ["unit_deff", repr(float(unit_deff))],
                                       ["design_iterations", design_iterations],
                                       ["design_deff", repr(float(design_deff))]])
    write_csv("expected_estimate_stadtbezirk.csv",
              share_rows(sample["stadtbezirk"], burdened, unit_weights, DISTRICTS))
    write_csv("expected_estimate_quartier.csv", share_rows(quarter, burdened, unit_weights, QUARTERS))
    print(f"unit: {unit_iterations} cycles, deff {unit_deff:.4f}; design: {design_iterations} cycles, "
          f"deff {design_deff:.4f}; sum {unit_weights.sum():.6f}")


if __name__ == "__main__":
    main()
