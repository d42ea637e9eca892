"""Adds invented answers to the sample wave of a Gemeinsam SQLite database (benchmark only) and makes an account
coordinator.

Usage: python3 seed_answers.py DB.sqlite TOTAL_ANSWERS COORDINATOR_EMAIL
The app must have created the database with its sample content (SEED_SAMPLE=true). Answers use the same format
as the app (AnswerCodec: key=value;key=v1,v2), spread over the Quartiere in proportion to their population.
"""
import random
import sqlite3
import sys
import time
import uuid


def main():
    path, total, email = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    db = sqlite3.connect(path)
    wave_id, sample_id = db.execute(
        "SELECT wave_id, id FROM survey_responses WHERE is_sample = 1 LIMIT 1").fetchone()
    as_bytes = isinstance(sample_id, (bytes, bytearray))

    def new_id():
        u = uuid.uuid4()
        return u.bytes if as_bytes else str(u).upper()

    existing = db.execute("SELECT COUNT(*) FROM survey_responses WHERE wave_id = ?", (wave_id,)).fetchone()[0]
    quartiere = db.execute("SELECT id, COALESCE(population, 4000) FROM areas WHERE kind = 'statisticalDistrict'").fetchall()
    ids = [q[0] for q in quartiere]
    weights = [q[1] for q in quartiere]
    rng = random.Random(20240607)
    day = time.strftime("%Y-%m-%d")
    ages = ["18-29", "30-44", "45-64", "65-79", "80+"]
    wishes = ["treffpunkt", "brett", "nachbarschaftshilfe", "feste", "baenke", "begleitung", "sprache", "digital",
              "bewegung", "kultur", "anderes"]
    rows = []
    for _ in range(max(0, total - existing)):
        age = rng.choices(range(5), weights=[13, 18, 32, 25, 12])[0]
        lonely = rng.random() < 0.08 + 0.03 * abs(age - 2)
        a = {"alter": ages[age], "geschlecht": rng.choices(["weiblich", "maennlich", "divers", "keine_angabe"], [56, 41, 1, 2])[0],
             "allein": rng.choice(["ja", "nein", "nein"]), "geldsorgen": rng.choice(["ja", "nein", "nein", "nein"]),
             "migration": rng.choice(["ja", "nein", "nein", "nein", "keine_angabe"]), "behinderung": rng.choice(["ja", "nein", "nein"]),
             "alleinerziehend": rng.choice(["ja", "nein", "nein", "nein", "nein"]),
             "arbeit": rng.choice(["erwerbstaetig", "rente", "arbeitsuchend", "ausbildung", "familie"]),
             "direkt": str(rng.choice([3, 4, 5] if lonely else [1, 2, 3]))}
        for k in ("ucla1", "ucla2", "ucla3"):
            a[k] = str(rng.choice([3, 4, 5] if lonely else [1, 2, 3]))
        for k in ("djg_e1", "djg_e2", "djg_e3", "djg_s1", "djg_s2", "djg_s3"):
            a[k] = rng.choice(["ja", "mehr_oder_weniger", "nein"])
        chosen = [w for w in wishes if rng.random() < 0.25]
        if chosen:
            a["wuensche"] = ",".join(chosen)
        answers = ";".join(f"{k}={a[k]}" for k in sorted(a))
        channel = rng.choices(["online", "paper", "kiosk"], [75, 15, 10])[0]
        rows.append((new_id(), wave_id, day, channel, rng.choices(ids, weights=weights)[0], answers, 1))
    db.executemany("INSERT INTO survey_responses (id, wave_id, answered_on, channel, area_id, answers, is_sample) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute("UPDATE survey_waves SET revision = revision + 1 WHERE id = ?", (wave_id,))
    user_id = db.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchone()[0]
    db.execute("INSERT INTO user_roles (id, user_id, role, area_id, granted_at) VALUES (?, ?, 'coordinator', NULL, ?)",
               (new_id(), user_id, time.time()))
    db.commit()
    count = db.execute("SELECT COUNT(*) FROM survey_responses WHERE wave_id = ?", (wave_id,)).fetchone()[0]
    print(f"answers in the sample wave: {count}")


if __name__ == "__main__":
    main()
