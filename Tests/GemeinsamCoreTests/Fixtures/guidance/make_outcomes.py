"""Reference fixtures for GuidanceOutcomes (issue 13, point 9: outcomes of the Wegbegleitung) and StudentT.

Writes, next to this script:
- cases.csv: 300 synthetic cases (seeded), all four doors and all twelve Dortmund Stadtbezirke plus a few cases
  without a Stadtbezirk, with missing values in every value column. By construction the door "phone" and the
  Stadtbezirk "Mengede" have fewer than 10 pairs, and so has the group without a Stadtbezirk ("ohne Angabe").
- expected_all.csv, expected_door.csv, expected_stadtbezirk.csv: the outcome table without --by, with
  --by door and with --by stadtbezirk, computed here independently of the Swift code: plain Python for the
  means, shares and the sample standard deviation (statistics.stdev, n - 1), scipy.stats.t.ppf(0.975, n - 1)
  for the t quantile.
- t_quantiles.csv: scipy.stats.t.ppf for df 1..200 at p = 0.975 and for a few other p.

The rules (as documented in GuidanceOutcomes.swift):
- pairs = cases with both UCLA-3 sums; mean_change = mean(followup - baseline);
  ci = mean -+ t(0.975, pairs - 1) * sd / sqrt(pairs); share_improved = share of pairs with followup < baseline;
  share_first_visit / share_still_attending over the cases where the flag is recorded (empty if none is).
- a group with fewer than 10 pairs is suppressed (figures empty; cases and pairs stay).
- complementary suppression within a split: while some group is suppressed and not (at least two are and their
  pairs add up to >= 10), also suppress the not yet suppressed group with the fewest pairs (ties: first in order).
- groups sorted by code point, "ohne Angabe" (empty value) last, then the row "alle" (never suppressed by the
  complementary rule; suppressed only with fewer than 10 pairs itself).

Run:  python3 -m venv /tmp/venv-guidance && /tmp/venv-guidance/bin/pip install scipy
      /tmp/venv-guidance/bin/python make_outcomes.py        (SciPy 1.17.1 made the committed files)
"""

import csv
import math
import os
import random
import statistics

from scipy.stats import t as student_t

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 13
MINIMUM_PAIRS = 10
NO_VALUE = "ohne Angabe"
DOORS = ["self", "referral", "walk_in", "phone"]
BEZIRKE = ["Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving", "Scharnhorst", "Brackel",
           "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede"]
COLUMNS = ["case_id", "door", "stadtbezirk", "baseline_ucla_sum3", "followup_ucla_sum3", "first_visit",
           "still_attending"]
HEADER = ["group", "cases", "pairs", "mean_change", "ci_low", "ci_high", "share_improved", "share_first_visit",
          "share_still_attending", "suppressed"]


def make_cases(rng):
    cases = []
    for i in range(300):
        door = rng.choices(DOORS, weights=[36, 31, 28, 5])[0]
        r = rng.random()
        if r < 0.015:
            bezirk = ""
        elif r < 0.035:
            bezirk = "Mengede"
        else:
            bezirk = rng.choice(BEZIRKE[:-1])
        baseline = None if rng.random() < 0.15 else rng.choices(range(3, 10), weights=[1, 2, 3, 5, 6, 6, 4])[0]
        # phone and Mengede cases are rarely followed up, so those groups stay under 10 pairs
        rare = door == "phone" or bezirk in ("Mengede", "")
        followup = None
        if baseline is not None and rng.random() < (0.35 if rare else 0.72):
            change = rng.choices([-4, -3, -2, -1, 0, 1, 2], weights=[1, 3, 6, 8, 7, 3, 1])[0]
            followup = min(9, max(3, baseline + change))
        elif baseline is None and rng.random() < 0.2:
            followup = rng.randint(3, 9)  # a follow-up without baseline: counts as a case, not a pair
        first_visit = None if rng.random() < 0.1 else int(rng.random() < 0.7)
        still = None if rng.random() < 0.35 else int(rng.random() < 0.55)
        cases.append({"case_id": f"F{i + 1:04d}", "door": door, "stadtbezirk": bezirk,
                      "baseline_ucla_sum3": baseline, "followup_ucla_sum3": followup,
                      "first_visit": first_visit, "still_attending": still})
    return cases


def share(values):
    recorded = [v for v in values if v is not None]
    return sum(recorded) / len(recorded) if recorded else None


def summarize(name, cases):
    pairs = [(c["baseline_ucla_sum3"], c["followup_ucla_sum3"]) for c in cases
             if c["baseline_ucla_sum3"] is not None and c["followup_ucla_sum3"] is not None]
    row = {"group": name, "cases": len(cases), "pairs": len(pairs), "suppressed": len(pairs) < MINIMUM_PAIRS}
    if not row["suppressed"]:
        diffs = [after - before for before, after in pairs]
        mean = statistics.fmean(diffs)
        half = float(student_t.ppf(0.975, len(diffs) - 1)) * statistics.stdev(diffs) / math.sqrt(len(diffs))
        row.update(mean_change=mean, ci_low=mean - half, ci_high=mean + half,
                   share_improved=sum(1 for before, after in pairs if after < before) / len(pairs),
                   share_first_visit=share([c["first_visit"] for c in cases]),
                   share_still_attending=share([c["still_attending"] for c in cases]))
    return row


def protect(rows):
    while True:
        hidden = [r for r in rows if r["suppressed"]]
        if not hidden or (len(hidden) >= 2 and sum(r["pairs"] for r in hidden) >= MINIMUM_PAIRS):
            return rows
        open_rows = [r for r in rows if not r["suppressed"]]
        if not open_rows:
            return rows
        smallest = min(open_rows, key=lambda r: r["pairs"])  # min keeps the first of equal ones
        smallest["suppressed"] = True
        for key in HEADER[3:9]:
            smallest.pop(key, None)


def table(cases, by):
    rows = []
    if by is not None:
        names = sorted({c[by] for c in cases if c[by] != ""})
        if any(c[by] == "" for c in cases):
            names.append(NO_VALUE)
        groups = [summarize(n, [c for c in cases if (c[by] or NO_VALUE) == n]) for n in names]
        rows = protect(groups)
    return rows + [summarize("alle", cases)]


def number(x):
    if x is None:
        return ""
    if x == int(x):
        return str(int(x))
    return repr(float(x))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            figures = [number(r.get(k)) for k in HEADER[3:9]]
            w.writerow([r["group"], r["cases"], r["pairs"]] + figures + [int(r["suppressed"])])


def main():
    rng = random.Random(SEED)
    cases = make_cases(rng)
    with open(os.path.join(HERE, "cases.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for c in cases:
            w.writerow(["" if c[k] is None else c[k] for k in COLUMNS])
    by_door = table(cases, "door")
    by_bezirk = table(cases, "stadtbezirk")
    # the fixture must exercise what it is for
    small = {r["group"]: r["pairs"] for r in by_door + by_bezirk if r["pairs"] < MINIMUM_PAIRS}
    assert set(small) == {"phone", "Mengede", NO_VALUE}, small
    assert sum(r["suppressed"] for r in by_door) == 2 and sum(r["suppressed"] for r in by_bezirk) == 3
    assert {c["door"] for c in cases} == set(DOORS) and {c["stadtbezirk"] for c in cases} == set(BEZIRKE + [""])
    write("expected_all.csv", table(cases, None))
    write("expected_door.csv", by_door)
    write("expected_stadtbezirk.csv", by_bezirk)

    with open(os.path.join(HERE, "t_quantiles.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["df", "p", "t"])
        for df in range(1, 201):
            w.writerow([df, 0.975, repr(float(student_t.ppf(0.975, df)))])
        for df in [1, 2, 3, 4, 7, 10, 29, 50, 120, 200]:
            for p in [0.6, 0.9, 0.995, 0.9999, 0.025]:
                w.writerow([df, p, repr(float(student_t.ppf(p, df)))])


if __name__ == "__main__":
    main()
