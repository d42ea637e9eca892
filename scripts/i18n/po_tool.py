#!/usr/bin/env python3
"""Small tools around the catalogs in Sources/App/Resources/Locales (no dependencies beyond Python 3).

  po_tool.py todo LANG [--limit N]      entries of de.po that LANG.po lacks, as JSON lines (key, german, plural)
  po_tool.py merge LANG FILE.json...    adds/replaces translations from JSON ({"key": "text"} or
                                        {"key": ["form 0", "form 1", ...]}); new ones are marked fuzzy
  po_tool.py check [LANG...]            placeholders and plural counts against de.po; exit 1 on a problem
  po_tool.py stats                      translated and reviewed share per language
  po_tool.py add-source FILE.json TAG   appends new German source entries to de.po ({"key": "German"} or
                                        {"key": ["singular", "plural"]}); TAG names the Swift file (#: comment)

The app reads the same files (GemeinsamCore's MessageCatalog); its tests apply the same checks.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOCALES = os.path.normpath(os.path.join(HERE, "..", "..", "Sources", "App", "Resources", "Locales"))

LANGUAGES = {
    "de-x-ls": ("Leichte Sprache", "German (Easy Language)", "nplurals=2; plural=(n != 1);"),
    "en": ("English", "English", "nplurals=2; plural=(n != 1);"),
    "tr": ("Türkçe", "Turkish", "nplurals=2; plural=(n != 1);"),
    "ar": ("العربية", "Arabic", "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"),
    "uk": ("Українська", "Ukrainian", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    "ru": ("Русский", "Russian", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    "pl": ("Polski", "Polish", "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    "ro": ("Română", "Romanian", "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;"),
    "bg": ("Български", "Bulgarian", "nplurals=2; plural=(n != 1);"),
}


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


class Entry:
    def __init__(self):
        self.comments, self.flags, self.ctx, self.id, self.plural, self.strs = [], [], None, "", None, {}


def parse(path):
    entries, cur, field = [], Entry(), None

    def flush():
        nonlocal cur
        if cur.ctx is not None or cur.id or cur.strs:
            entries.append(cur)
        cur = Entry()

    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            flush()
            field = None
            continue
        if line.startswith("#,"):
            cur.flags += [f.strip() for f in line[2:].split(",") if f.strip()]
            continue
        if line.startswith("#"):
            cur.comments.append(line)
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
        if m:
            if m.group(1) == "msgctxt" and (cur.id or cur.strs):
                flush()
            field = (m.group(1), m.group(2))
            text = unescape(m.group(3))
        elif line.startswith('"'):
            text = unescape(line[1:-1])
        else:
            raise SystemExit(f"{path}: cannot read line: {line}")
        name, index = field
        if name == "msgctxt":
            cur.ctx = (cur.ctx or "") + text
        elif name == "msgid":
            cur.id += text
        elif name == "msgid_plural":
            cur.plural = (cur.plural or "") + text
        else:
            k = int(index) if index is not None else 0
            cur.strs[k] = cur.strs.get(k, "") + text
    flush()
    return entries


def placeholders(text):
    return sorted(set(re.findall(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})", text.replace("{{", "").replace("}}", ""))))


def nplurals(header):
    return int(re.search(r"nplurals=(\d+)", header).group(1))


def source():
    entries = [e for e in parse(os.path.join(LOCALES, "de.po")) if e.ctx is not None]
    return entries


def target_path(lang):
    return os.path.join(LOCALES, f"{lang}.po")


def load_target(lang):
    path = target_path(lang)
    if not os.path.exists(path):
        return {}
    return {e.ctx: e for e in parse(path) if e.ctx is not None}


def write_target(lang, translated):
    native, english, plural_forms = LANGUAGES[lang]
    lines = [
        f"# Gemeinsam – {english} ({native}). Drafts are marked fuzzy until a native speaker has checked them.",
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: Gemeinsam\\n"',
        '"PO-Revision-Date: 2026-12-03 18:00+0100\\n"',
        '"Last-Translator: Gemeinsam developers (draft)\\n"',
        f'"Language-Team: {english}\\n"',
        f'"Language: {lang}\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        f'"Plural-Forms: {plural_forms}\\n"',
        "",
    ]
    for e in source():
        t = translated.get(e.ctx)
        if t is None:
            continue
        lines += [c for c in e.comments if c.startswith("#.") or c.startswith("#:")]
        flags = [f for f in t.flags if f in ("fuzzy",)] + (["python-brace-format"] if "python-brace-format" in e.flags else [])
        if flags:
            lines.append("#, " + ", ".join(flags))
        lines.append(f'msgctxt "{escape(e.ctx)}"')
        lines.append(f'msgid "{escape(e.id)}"')
        if e.plural is not None:
            lines.append(f'msgid_plural "{escape(e.plural)}"')
            for k in sorted(t.strs):
                lines.append(f'msgstr[{k}] "{escape(t.strs[k])}"')
        else:
            lines.append(f'msgstr "{escape(t.strs.get(0, ""))}"')
        lines.append("")
    open(target_path(lang), "w", encoding="utf-8").write("\n".join(lines))


def cmd_todo(lang, limit=None):
    have = load_target(lang)
    n = 0
    for e in source():
        t = have.get(e.ctx)
        if t is not None and t.id == e.id and t.plural == e.plural and all(v for v in t.strs.values()):
            continue
        row = {"key": e.ctx, "german": e.id}
        if e.plural is not None:
            row["german_plural"] = e.plural
            row["forms"] = nplurals(LANGUAGES[lang][2])
        hint = [c[2:].strip() for c in e.comments if c.startswith("#.")]
        if hint:
            row["note"] = " ".join(hint)
        print(json.dumps(row, ensure_ascii=False))
        n += 1
        if limit and n >= limit:
            break


def cmd_merge(lang, files):
    have = load_target(lang)
    by_key = {e.ctx: e for e in source()}
    forms = nplurals(LANGUAGES[lang][2])
    problems = 0
    for f in files:
        data = json.load(open(f, encoding="utf-8"))
        for key, value in data.items():
            e = by_key.get(key)
            if e is None:
                print(f"{f}: unknown key {key}", file=sys.stderr)
                problems += 1
                continue
            t = Entry()
            t.ctx, t.id, t.plural, t.flags = key, e.id, e.plural, ["fuzzy"]
            if e.plural is not None:
                if not isinstance(value, list) or len(value) != forms:
                    print(f"{f}: {key} needs a list of {forms} forms", file=sys.stderr)
                    problems += 1
                    continue
                t.strs = {i: v for i, v in enumerate(value)}
            else:
                if not isinstance(value, str):
                    print(f"{f}: {key} needs a string", file=sys.stderr)
                    problems += 1
                    continue
                t.strs = {0: value}
            old = have.get(key)
            if old is not None and "fuzzy" not in old.flags and old.strs == t.strs:
                continue  # already reviewed, unchanged
            have[key] = t
    write_target(lang, have)
    return problems


def cmd_check(langs):
    problems = 0
    src = {e.ctx: e for e in source()}
    for lang in langs:
        forms = nplurals(LANGUAGES[lang][2])
        for key, t in load_target(lang).items():
            e = src.get(key)
            if e is None:
                print(f"{lang}: {key}: not in de.po")
                problems += 1
                continue
            if t.id != e.id:
                print(f"{lang}: {key}: msgid differs from de.po (outdated)")
                problems += 1
            want = sorted(set(placeholders(e.id) + placeholders(e.plural or "")))
            if e.plural is None:
                got = placeholders(t.strs.get(0, ""))
                if t.strs.get(0) and got != want:
                    print(f"{lang}: {key}: placeholders {got} instead of {want}")
                    problems += 1
            else:
                if len(t.strs) != forms:
                    print(f"{lang}: {key}: {len(t.strs)} plural forms instead of {forms}")
                    problems += 1
                for i, s in t.strs.items():
                    extra = set(placeholders(s)) - set(want)
                    if extra:
                        print(f"{lang}: {key}[{i}]: unknown placeholders {sorted(extra)}")
                        problems += 1
    return problems


def cmd_add_source(path, tag):
    known = {e.ctx for e in source()}
    data = json.load(open(path, encoding="utf-8"))
    lines = []
    for key, value in data.items():
        if key in known:
            print(f"{path}: {key} is already in de.po", file=sys.stderr)
            return 1
        texts = value if isinstance(value, list) else [value]
        lines.append(f"#: {tag}")
        if any(placeholders(t) for t in texts) or "{{" in "".join(texts):
            lines.append("#, python-brace-format")
        lines.append(f'msgctxt "{escape(key)}"')
        lines.append(f'msgid "{escape(texts[0])}"')
        if len(texts) == 2:
            lines.append(f'msgid_plural "{escape(texts[1])}"')
            lines += [f'msgstr[0] "{escape(texts[0])}"', f'msgstr[1] "{escape(texts[1])}"']
        else:
            lines.append(f'msgstr "{escape(texts[0])}"')
        lines.append("")
    with open(os.path.join(LOCALES, "de.po"), "a", encoding="utf-8") as f:
        f.write("\n" + "\n".join(lines))
    return 0


def cmd_stats():
    total = len(source())
    for lang in LANGUAGES:
        have = load_target(lang)
        translated = sum(1 for t in have.values() if all(t.strs.values()) and t.strs)
        reviewed = sum(1 for t in have.values() if all(t.strs.values()) and t.strs and "fuzzy" not in t.flags)
        print(f"{lang:8} {translated:5}/{total} translated ({100 * translated / total:5.1f} %), {reviewed} reviewed")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        raise SystemExit(__doc__)
    if args[0] == "todo":
        limit = int(args[3]) if len(args) > 3 and args[2] == "--limit" else None
        cmd_todo(args[1], limit)
    elif args[0] == "merge":
        sys.exit(1 if cmd_merge(args[1], args[2:]) else 0)
    elif args[0] == "check":
        sys.exit(1 if cmd_check(args[1:] or list(LANGUAGES)) else 0)
    elif args[0] == "add-source":
        sys.exit(cmd_add_source(args[1], args[2]))
    elif args[0] == "stats":
        cmd_stats()
    else:
        raise SystemExit(__doc__)
