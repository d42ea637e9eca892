#!/usr/bin/env python3
"""One-time migration: moves the German UI text out of Sources/App/Localization/*.swift into de.po.

Every string literal with a letter in it becomes a catalog lookup (`UIText.text("key", [...])`); interpolations
become named placeholders (`{name}`); `n == 1 ? "1 X" : "\\(n) Xs"` becomes a plural entry. `static let` members
that hold text become computed `static var`s, so the text is looked up in the reader's language on every use.
Kept for the record (and for rewriting a file that still holds inline text): `extract_swift_texts.py FILE...`
rewrites the files in place and prints the PO entries to standard output.
"""
import re
import sys

SKIP_MEMBERS = {"codes", "reportReasons", "rangeStart", "rangeEnd", "paperTextLines", "defaultQuestionnaire"}
# Instance properties that hold UI text in vocabulary types (`var label: String { switch self { … } }`).
TEXT_PROPERTIES = {"label", "shortLabel", "caption", "sentence", "unitPerThousand", "explanation"}


class Tok:
    def __init__(self, kind, text, start, end, value=None):
        self.kind, self.text, self.start, self.end, self.value = kind, text, start, end, value

    def __repr__(self):
        return f"{self.kind}:{self.text!r}"


def read_literal(src, i):
    """src[i] == '"'. Returns (end, parts) with parts = list of str | ('expr', text)."""
    assert src[i] == '"'
    if src.startswith('"""', i):
        raise ValueError("multi-line literal not supported at %d" % i)
    i += 1
    parts, buf = [], []
    while True:
        c = src[i]
        if c == '"':
            if buf:
                parts.append("".join(buf))
            return i + 1, parts
        if c == "\\":
            n = src[i + 1]
            if n == "(":
                j, depth = i + 2, 1
                while depth:
                    if src[j] == '"':
                        j, _ = read_literal(src, j)
                        continue
                    if src[j] == "(":
                        depth += 1
                    elif src[j] == ")":
                        depth -= 1
                    j += 1
                if buf:
                    parts.append("".join(buf))
                    buf = []
                parts.append(("expr", src[i + 2:j - 1]))
                i = j
                continue
            if n == "u":
                end = src.index("}", i)
                buf.append(chr(int(src[i + 3:end], 16)))
                i = end + 1
                continue
            buf.append({"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "'": "'", "0": "\0"}[n])
            i += 2
            continue
        buf.append(c)
        i += 1


def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = len(src) if j < 0 else j
            toks.append(Tok("comment", src[i:j], i, j))
            i = j
        elif src.startswith("/*", i):
            j = src.index("*/", i) + 2
            toks.append(Tok("comment", src[i:j], i, j))
            i = j
        elif src.startswith('"""', i):
            j = src.index('"""', i + 3) + 3  # multi-line literals hold SQL and JSON, never UI text
            toks.append(Tok("mstr", src[i:j], i, j))
            i = j
        elif c == '"':
            j, parts = read_literal(src, i)
            toks.append(Tok("str", src[i:j], i, j, parts))
            i = j
        elif c == "\n":
            toks.append(Tok("nl", c, i, i + 1))
            i += 1
        elif c.isspace():
            i += 1
        elif c.isalnum() or c == "_" or c == "$":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] in "_$"):
                j += 1
            toks.append(Tok("id", src[i:j], i, j))
            i = j
        elif src.startswith("==", i) or src.startswith("->", i) or src.startswith("??", i):
            toks.append(Tok("op", src[i:i + 2], i, i + 2))
            i += 2
        else:
            toks.append(Tok("op", c, i, i + 1))
            i += 1
    return toks


def has_letter(parts):
    return any(isinstance(p, str) and re.search(r"[A-Za-zÄÖÜäöüß]", p) for p in parts)


def lower_first(s):
    return s[:1].lower() + s[1:]


def sig(toks, k, step):
    """Index of the next significant token (no comment/newline) from k in direction step."""
    k += step
    while 0 <= k < len(toks) and toks[k].kind in ("comment", "nl"):
        k += step
    return k


GERMAN_HINT = re.compile(r"[äöüÄÖÜß]|\b(Bitte|bitte|nicht|und|oder|der|die|das|Sie|Ihr|Ihre|ist|sind|mit|für|ein|eine|einen|Karte|Stadtbezirk|Quartier|gegen|Gebühr|Zeile|Datei|erwartet|Seite|Stand|Einwohner)\b")


def looks_like_german_text(parts):
    text = "".join(p for p in parts if isinstance(p, str))
    if not re.search(r"[A-Za-zÄÖÜäöüß]{2,}", text):
        return False
    if re.search(r"\b(SELECT|FROM|WHERE|INSERT|UPDATE|DELETE|JOIN)\b", text):
        return False
    words = re.findall(r"\S+", text)
    if all(re.fullmatch(r"[a-z0-9_.:/#=-]+", w) for w in words):
        return False  # css classes, ids, paths, keys
    return bool(GERMAN_HINT.search(text))


class Converter:
    inline = False

    def __init__(self, src, path):
        self.src, self.path = src, path
        self.toks = tokenize(src)
        self.entries = []  # (key, msgid, msgid_plural or None, comment)

    def run(self):
        toks = self.toks
        # 1. namespaces and members
        ns_stack, depth = [], 0
        pending_ns = None
        member = None  # (name, depth, params)
        self.info = {}
        for k, t in enumerate(toks):
            if t.kind == "id" and t.text in ("enum", "extension", "struct") and k + 1 < len(toks):
                name_toks = []
                m = k + 1
                while toks[m].kind == "id" or toks[m].text == ".":
                    name_toks.append(toks[m].text)
                    m += 1
                pending_ns = "".join(name_toks)
            is_text_property = (t.kind == "id" and t.text == "var" and k + 1 < len(toks) and toks[k + 1].text in TEXT_PROPERTIES
                                and toks[k + 2].text == ":")
            if t.kind == "id" and t.text in ("let", "var", "func") and k > 0 and (toks[k - 1].text == "static" or is_text_property
                                                                                 or (self.inline and t.text == "func")):
                name = toks[k + 1].text
                params = set()
                if t.text == "func":
                    m, d = k + 2, 0
                    while True:
                        if toks[m].text == "(":
                            d += 1
                        elif toks[m].text == ")":
                            d -= 1
                            if d == 0:
                                break
                        elif d == 1 and toks[m].text == ":" and toks[m - 1].kind == "id":
                            params.add(toks[m - 1].text)
                        m += 1
                member = (name, depth, params, t.text, k)
            if t.text == "{":
                depth += 1
                if pending_ns is not None:
                    ns_stack.append((pending_ns, depth))
                    pending_ns = None
            elif t.text == "}":
                if ns_stack and ns_stack[-1][1] == depth:
                    ns_stack.pop()
                depth -= 1
                if member and depth < member[1]:
                    member = None
            if t.kind == "str":
                ns = ".".join(n for n, _ in ns_stack)
                ns = ".".join(lower_first(p) for p in ns.split(".") if p and p not in ("German", "Texts"))
                if self.inline:
                    ns = lower_first(self.path.split("/")[-1].replace(".swift", "").replace("+", ""))
                self.info[k] = (ns, member)
        # 2. choose literals
        chosen = []
        for k, t in enumerate(toks):
            if t.kind != "str" or not has_letter(t.value):
                continue
            if self.inline and not looks_like_german_text(t.value):
                continue
            ns, member = self.info[k]
            if member is None or member[0] in SKIP_MEMBERS:
                continue
            prev, nxt = sig(toks, k, -1), sig(toks, k, 1)
            ptxt = toks[prev].text if prev >= 0 else ""
            ntxt = toks[nxt].text if nxt < len(toks) else ""
            if ntxt == ":" and ptxt in ("[", ","):
                continue  # dictionary key
            if ptxt == "case":
                continue  # pattern
            if ntxt == ":" and ptxt == "(":
                continue
            if ptxt == ":" and toks[sig(toks, prev, -1)].text == "version":
                continue
            if re.fullmatch(r"\d{4}-\d{2}", "".join(p for p in t.value if isinstance(p, str))):
                continue
            chosen.append(k)
        # 3. merge "a" + "b" chains
        groups, used = [], set()
        for k in chosen:
            if k in used:
                continue
            group = [k]
            m = k
            while True:
                plus = sig(toks, m, 1)
                if plus < len(toks) and toks[plus].text == "+":
                    nxt = sig(toks, plus, 1)
                    if nxt in chosen or (nxt < len(toks) and toks[nxt].kind == "str"
                                         and self.info.get(nxt, (None, None))[1] == self.info[k][1]
                                         and nxt in chosen):
                        group.append(nxt)
                        used.add(nxt)
                        m = nxt
                        continue
                break
            groups.append(group)
        # 4. plural pattern: IDENT == 1 ? "A" : "B"
        replacements = []
        plural_second = set()
        plural_of = {}
        for g in groups:
            k = g[0]
            q = sig(toks, k, -1)
            if toks[q].text == "?" and toks[sig(toks, q, -1)].text == "1":
                one = sig(toks, q, -1)
                eq = sig(toks, one, -1)
                ident = sig(toks, eq, -1)
                if toks[eq].text == "==" and toks[ident].kind == "id" and toks[ident - 1].text != ".":
                    colon = sig(toks, g[-1], 1)
                    other = sig(toks, colon, 1)
                    if toks[colon].text == ":" and toks[other].kind == "str":
                        og = next((h for h in groups if h[0] == other), None)
                        if og and len(og) == 1:
                            plural_of[k] = (toks[ident].text, ident, og)
                            plural_second.add(other)
        # 5. keys
        per_member = {}
        for g in groups:
            if g[0] in plural_second:
                continue
            ns, member = self.info[g[0]]
            per_member.setdefault((ns, member[0], member[4]), []).append(g)
        keyed = {}
        for (ns, name, _), gs in per_member.items():
            base = f"{ns}.{name}" if ns else name
            labels = []
            for g in gs:
                labels.append(self.case_label(g[0]))
            if len(gs) == 1:
                keyed[gs[0][0]] = base
                continue
            seen, n = set(), 0
            for g, label in zip(gs, labels):
                if label and label not in seen:
                    seen.add(label)
                    keyed[g[0]] = f"{base}.{label}"
                else:
                    n += 1
                    keyed[g[0]] = f"{base}.{n}"
        # unique keys within the file
        taken = set()
        for k in sorted(keyed):
            key, n = keyed[k], 2
            while keyed[k] in taken:
                keyed[k] = f"{key}-{n}"
                n += 1
            taken.add(keyed[k])
        # 6. build replacement code
        for g in groups:
            if g[0] in plural_second:
                continue
            key = keyed[g[0]]
            member = self.info[g[0]][1]
            params = member[2]
            parts = []
            for k in g:
                parts += toks[k].value
            names = {}
            if g[0] in plural_of:
                ident, ident_k, og = plural_of[g[0]]
                other_parts = toks[og[0]].value
                names_other = {}
                msgid = self.msg(parts, params, names, count_ident=ident)
                msgid = re.sub(r"(?<![0-9.,])1(?![0-9.,])", "{count}", msgid, count=1)
                msgid_plural = self.msg(other_parts, params, names, count_ident=ident)
                args = self.args(names)
                code = f'UIText.plural("{key}", count: {ident}{", " + args if args else ""})'
                start = toks[ident_k].start
                end = toks[og[0]].end
                self.entries.append((key, msgid, msgid_plural))
            else:
                msgid = self.msg(parts, params, names)
                args = self.args(names)
                code = f'UIText.text("{key}"{", " + args if args else ""})'
                if self.inline and self.is_node_argument(g[0]):
                    code = f".text({code})"
                start, end = toks[g[0]].start, toks[g[-1]].end
                self.entries.append((key, msgid, None))
            replacements.append((start, end, code))
        # 7. static let -> static var
        for k, t in enumerate(toks):
            if t.text == "let" and k > 0 and toks[k - 1].text == "static":
                name = toks[k + 1].text
                if name in SKIP_MEMBERS:
                    continue
                # find '=' at depth 0
                m = k + 2
                typ_start = None
                if toks[m].text == ":":
                    typ_start = m + 1
                    d = 0
                    while not (toks[m].text == "=" and d == 0):
                        if toks[m].text in "([":
                            d += 1
                        elif toks[m].text in ")]":
                            d -= 1
                        m += 1
                if toks[m].text != "=":
                    continue
                eq = m
                first = sig(toks, eq, 1)
                # expression end
                d, m = 0, first
                while True:
                    tt = toks[m]
                    if tt.text in "([{":
                        d += 1
                    elif tt.text in ")]}":
                        d -= 1
                    nxt = m + 1
                    if d == 0 and (nxt >= len(toks) or toks[nxt].kind in ("nl", "comment")):
                        cont = sig(toks, m, 1)
                        if cont < len(toks) and toks[cont].text in ("+",) or toks[m].text == "+":
                            m += 1
                            continue
                        break
                    m += 1
                last = m
                if not any(any(r[0] >= toks[first].start and r[1] <= toks[last].end for r in replacements) for _ in [0]):
                    continue
                if typ_start is not None:
                    typ = self.src[toks[typ_start].start:toks[eq].start].strip()
                elif toks[first].kind == "str":
                    typ = "String"
                elif toks[first].text == "[":
                    is_dict = False
                    dd = 0
                    for mm in range(first, last + 1):
                        if toks[mm].text in "([":
                            dd += 1
                        elif toks[mm].text in ")]":
                            dd -= 1
                        elif toks[mm].text == ":" and dd == 1:
                            is_dict = True
                    typ = "[String: String]" if is_dict else "[String]"
                else:
                    typ = "String"
                replacements.append((t.start, toks[first].start, f"var {name}: {typ} {{ "))
                replacements.append((toks[last].end, toks[last].end, " }"))
        # apply
        out, pos = [], 0
        for start, end, code in sorted(replacements, key=lambda r: (r[0], r[1])):
            out.append(self.src[pos:start])
            out.append(code)
            pos = max(pos, end)
        out.append(self.src[pos:])
        return "".join(out)

    PLOT_ELEMENTS = {"p", "li", "td", "th", "span", "strong", "em", "h1", "h2", "h3", "h4", "h5", "h6", "a", "label",
                     "button", "dt", "dd", "caption", "legend", "summary", "option", "div", "small", "code",
                     "figcaption", "b", "i", "abbr", "time", "title", "desc", "tspan"}

    def is_node_argument(self, k):
        """Whether the literal stands for a Plot node (`.th(…, "Text")`), which a String expression cannot."""
        toks = self.toks
        prev = sig(toks, k, -1)
        if toks[prev].text not in ("(", ","):
            return False
        if toks[prev].text == "," and toks[sig(toks, prev, -1)].text == ":":
            return False
        m, depth = k - 1, 0
        while m >= 0:
            if toks[m].text in ")]}":
                depth += 1
            elif toks[m].text in "([{":
                if depth == 0:
                    break
                depth -= 1
            m -= 1
        if m < 1 or toks[m].text != "(":
            return False
        # a labelled argument ("label: …") is a String parameter
        before = sig(toks, k, -1)
        if toks[before].text == ":":
            return False
        name = toks[m - 1]
        return name.kind == "id" and name.text in self.PLOT_ELEMENTS and toks[m - 2].text == "."

    def case_label(self, k):
        toks = self.toks
        m = k - 1
        while m >= 0 and toks[m].kind != "nl":
            if toks[m].text == "case":
                j = m + 1
                if toks[j].text == "let":
                    j += 1
                if toks[j].text == ".":
                    return toks[j + 1].text
                if toks[j].kind == "str":
                    return re.sub(r"[^A-Za-z0-9]+", "-", "".join(p for p in toks[j].value if isinstance(p, str)))
                return None
            m -= 1
        return None

    def msg(self, parts, params, names, count_ident=None):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p.replace("{", "{{").replace("}", "}}"))
                continue
            expr = p[1].strip()
            if count_ident and expr == count_ident:
                out.append("{count}")
                continue
            name = None
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", expr):
                name = expr
            elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+", expr):
                name = expr.split(".")[0]
            else:
                ids = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", expr)
                for i in ids:
                    if i in params:
                        name = i
                        break
                if name is None:
                    name = "value"
            if name == "$0":
                name = "value"
            name = name.lstrip("$") or "value"
            # unique per expression
            for existing, e in names.items():
                if e == expr:
                    name = existing
                    break
            else:
                base, n = name, 2
                while name in names and names[name] != expr:
                    name = f"{base}{n}"
                    n += 1
                names[name] = expr
            out.append("{" + name + "}")
        return "".join(out)

    def args(self, names):
        if not names:
            return ""
        items = []
        for name, expr in names.items():
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", expr) and expr == name:
                items.append(f'"{name}": "\\({expr})"')
            else:
                items.append(f'"{name}": "\\({expr})"')
        return "[" + ", ".join(items) + "]"


def po_escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def po_entry(key, msgid, plural, source):
    lines = [f"#: {source}"]
    if "{" in msgid.replace("{{", "") or (plural and "{" in plural.replace("{{", "")):
        lines.append("#, python-brace-format")
    lines.append(f'msgctxt "{po_escape(key)}"')
    lines.append(f'msgid "{po_escape(msgid)}"')
    if plural is None:
        lines.append(f'msgstr "{po_escape(msgid)}"')
    else:
        lines.append(f'msgid_plural "{po_escape(plural)}"')
        lines.append(f'msgstr[0] "{po_escape(msgid)}"')
        lines.append(f'msgstr[1] "{po_escape(plural)}"')
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    paths = sys.argv[1:]
    if paths and paths[0] == "--inline":
        Converter.inline = True
        paths = paths[1:]
    for path in paths:
        src = open(path, encoding="utf-8").read()
        conv = Converter(src, path)
        new = conv.run()
        open(path, "w", encoding="utf-8").write(new)
        name = path.split("/")[-1]
        for key, msgid, plural in conv.entries:
            print(po_entry(key, msgid, plural, name))
