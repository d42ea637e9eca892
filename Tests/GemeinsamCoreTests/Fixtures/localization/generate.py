#!/usr/bin/env python3
"""Reference data and checks for the PO tests (Tests/GemeinsamCoreTests/Localization/PO*Tests.swift).

Needs polib and Debian's gettext tools:
    apt-get install -y gettext
    python3 -m venv /tmp/venv-i18n && /tmp/venv-i18n/bin/pip install polib==1.2.0 babel==2.19.0
    cd Tests/GemeinsamCoreTests/Fixtures/localization && /tmp/venv-i18n/bin/python generate.py

What it does:
1. Writes sample.expected.json: sample.po as polib reads it (an implementation independent of ours);
   POParserTests compares our parse with it field by field.
2. Checks with `msgfmt --check-format --check-header` that sample.po and our writer's output
   (sample.written.po wrapped at 79 columns, sample.unwrapped.po unwrapped; POWriterTests compares the writer's
   output with these files byte for byte) are valid, that all three compile to the same .mo file (so the
   writer keeps every message, plural form, context and fuzzy flag), and that the two files are exactly what
   msgcat writes for sample.po (via msgattrib --no-obsolete, with and without --no-wrap).
3. Checks that msgfmt rejects every file in malformed/ and prints msgfmt's line next to the one POParserTests
   expects from our parser.
4. Checks the CLDR plural table in PluralFormsTests.swift against Babel's CLDR data (babel.Locale.plural_form).
5. Prints where the expected strings in LocalFormatTests.swift (Foundation's ICU data) differ from CLDR as Babel
   formats it.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import polib

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)


def entry_json(entry):
    plural = entry.msgid_plural or None
    if plural is not None:
        translations = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
    else:
        translations = [entry.msgstr]
    return {
        "context": entry.msgctxt,
        "id": entry.msgid,
        "idPlural": plural,
        "translations": translations,
        "flags": list(entry.flags),
        "translatorComments": entry.tcomment.split("\n") if entry.tcomment else [],
        "extractedComments": entry.comment.split("\n") if entry.comment else [],
        "references": [f"{path}:{line}" if line else path for path, line in entry.occurrences],
    }


def write_expected():
    po = polib.pofile("sample.po", wrapwidth=0)
    header = {
        "translatorComments": po.header.split("\n") if po.header else [],
        "flags": list(po.metadata_is_fuzzy or []),
        "fields": [[k, v] for k, v in po.ordered_metadata()],
    }
    entries = [entry_json(e) for e in po if not e.obsolete]
    with open("sample.expected.json", "w", encoding="utf-8") as f:
        json.dump({"polib": polib.__version__, "header": header, "entries": entries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"sample.expected.json: {len(entries)} entries (polib {polib.__version__})")


def msgfmt(path, *options):
    mo = tempfile.NamedTemporaryFile(suffix=".mo", delete=False).name
    result = subprocess.run(["msgfmt", *options, "--use-fuzzy", "-o", mo, path], capture_output=True, text=True)
    data = open(mo, "rb").read() if result.returncode == 0 else None
    os.unlink(mo)
    return result, data


def check_written():
    _, reference = msgfmt("sample.po", "--check-format", "--check-header")
    assert reference is not None, "msgfmt rejects sample.po"
    for name in ["sample.written.po", "sample.unwrapped.po"]:
        result, data = msgfmt(name, "--check-format", "--check-header")
        assert result.returncode == 0 and not result.stderr, f"msgfmt on {name}: {result.stderr}"
        assert data == reference, f"{name} compiles to a different .mo than sample.po"
        print(f"{name}: msgfmt --check-format --check-header OK, same .mo as sample.po")
    # The writer formats like msgcat (msgattrib drops the obsolete entries that our parser drops too).
    for name, options in [("sample.written.po", []), ("sample.unwrapped.po", ["--no-wrap"])]:
        msgcat = subprocess.run(["msgattrib", "--no-obsolete", *options, "sample.po"], capture_output=True, text=True,
                                check=True).stdout
        assert msgcat == open(name, encoding="utf-8").read(), f"{name} differs from msgattrib {options} sample.po"
        command = " ".join(["msgattrib", "--no-obsolete", *options, "sample.po"])
        print(f"{name}: identical to `{command}` (msgcat's formatting)")


def check_malformed():
    for name in sorted(os.listdir("malformed")):
        result, _ = msgfmt(os.path.join("malformed", name), "--check-format")
        assert result.returncode != 0, f"msgfmt accepts malformed/{name}"
        first = result.stderr.strip().split("\n")[0]
        print(f"malformed/{name}: msgfmt rejects it: {first}")


def check_plural_table():
    from babel import Locale
    import babel

    swift = open(os.path.join(HERE, "../../Localization/PluralFormsTests.swift"), encoding="utf-8").read()
    rows = re.findall(r'\("(\w+)", \[([^\]]*)\]\)', swift)
    samples = [int(n) for n in re.search(r"static let samples = \[([^\]]*)\]", swift).group(1).replace("_", "").split(",")]
    assert rows, "no table found in PluralFormsTests.swift"
    for code, cells in rows:
        expected = [c.strip().lstrip(".") for c in cells.split(",")]
        rule = Locale.parse(code).plural_form
        actual = [rule(n) for n in samples]
        assert expected == actual, f"{code}: table {expected} but CLDR (Babel) says {actual}"
    print(f"PluralFormsTests table: {len(rows)} languages x {len(samples)} numbers agree with CLDR "
          f"{babel.core.get_cldr_version()} (Babel {babel.__version__})")


def compare_formats():
    """Prints where LocalFormatTests' expected strings (Foundation's ICU data) differ from CLDR 49 via Babel."""
    import datetime
    from babel.dates import format_date, format_skeleton
    from babel.numbers import format_decimal, format_percent

    swift = open(os.path.join(HERE, "../../Localization/LocalFormatTests.swift"), encoding="utf-8").read()
    unescape = lambda s: re.sub(r"\\u\{([0-9A-Fa-f]+)\}", lambda m: chr(int(m.group(1), 16)), s)
    locales = {"de": "de_DE", "en": "en_GB", "tr": "tr_TR", "ar": "ar", "uk": "uk_UA"}
    day = datetime.date(2026, 12, 3)
    names = ["long date", "short date", "short date with year", "numeric date", "integer", "decimal", "percent"]
    agree = 0
    for code, cells in re.findall(r'\("(\w\w)", \[(.*?)\]\)', swift, flags=re.S):
        expected = [unescape(c) for c in re.findall(r'"((?:[^"\\]|\\.)*)"', cells)]
        loc = locales[code]
        babel_values = [format_date(day, "full", locale=loc), format_skeleton("MMMEd", day, locale=loc),
                        format_skeleton("yMMMEd", day, locale=loc), format_skeleton("yMMdd", day, locale=loc),
                        format_decimal(1234567, locale=loc), format_decimal(1234.567, format="#,##0.##", locale=loc),
                        format_percent(0.953, locale=loc)]
        for name, ours, theirs in zip(names, expected, babel_values):
            if ours == theirs:
                agree += 1
            else:
                print(f"  {code} {name}: Foundation {ours!r}, CLDR 49 {theirs!r}")
    print(f"LocalFormatTests: {agree} of {len(locales) * len(names)} expected strings equal Babel's CLDR 49 output")


if __name__ == "__main__":
    write_expected()
    check_written()
    check_malformed()
    check_plural_table()
    compare_formats()
    sys.exit(0)
