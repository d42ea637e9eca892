"""Synthetic data for the raking benchmark: N answers over 3 margins with 5, 4 and 12 categories.

Usage: python3 generate_rake_data.py OUT_DIR [N]   (numpy only; seed fixed)
Writes OUT_DIR/responses.csv (id,alter,geschlecht,stadtbezirk) and OUT_DIR/margins.csv.
"""
import os
import sys

import numpy as np

AGE = ["18-29", "30-44", "45-64", "65-79", "80+"]
GENDER = ["weiblich", "männlich", "divers", "keine Angabe"]
DISTRICTS = ["Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving", "Scharnhorst", "Brackel",
             "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede"]


def integer_margin(shares, total):
    raw = np.asarray(shares, dtype=float) / np.sum(shares) * total
    values = np.floor(raw).astype(int)
    values[-1] += total - values.sum()
    return values


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(42)
    # Sample: age and district correlated through a district-specific age mix, unequal response by gender.
    district = rng.choice(12, size=n, p=np.array([6, 4, 5, 3, 3, 5, 7, 6, 9, 4, 3, 4]) / 59)
    age_mix = np.array([[0.10, 0.17, 0.33, 0.27, 0.13], [0.20, 0.25, 0.30, 0.17, 0.08]])
    young = rng.random(n) < (district % 3) / 3
    age = np.where(young, rng.choice(5, size=n, p=age_mix[1]), rng.choice(5, size=n, p=age_mix[0]))
    gender = rng.choice(4, size=n, p=[0.55, 0.42, 0.01, 0.02])
    total = 510_000
    margins = [("alter", AGE, integer_margin([0.17, 0.24, 0.33, 0.18, 0.08], total)),
               ("geschlecht", GENDER, integer_margin([0.50, 0.48, 0.005, 0.015], total)),
               ("stadtbezirk", DISTRICTS, integer_margin([52, 59, 56, 34, 45, 56, 56, 55, 57, 48, 33, 39], total))]
    with open(os.path.join(out, "responses.csv"), "w", encoding="utf-8") as f:
        f.write("id,alter,geschlecht,stadtbezirk\n")
        for i in range(n):
            f.write(f"R{i + 1},{AGE[age[i]]},{GENDER[gender[i]]},{DISTRICTS[district[i]]}\n")
    with open(os.path.join(out, "margins.csv"), "w", encoding="utf-8") as f:
        f.write("variable,category,population\n")
        for name, categories, populations in margins:
            for c, p in zip(categories, populations):
                f.write(f"{name},{c},{p}\n")


if __name__ == "__main__":
    main()
