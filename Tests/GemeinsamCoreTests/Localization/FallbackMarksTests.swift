import Foundation
import Testing
@testable import GemeinsamCore

@Suite("FallbackMarks: German fallbacks and content in other languages get their <span lang> after rendering")
struct FallbackMarksTests {
    /// Marks `text` like `LocalizedText.marked` does for a fallback.
    func m(_ text: String) -> String { FallbackMarks.wrap(text) }
    func apply(_ html: String) -> String { FallbackMarks.apply(toHTML: html) }

    @Test("text content: a span around the marked run, nothing else changes")
    func textContent() {
        #expect(apply("<p>\(m("Nur auf Deutsch"))</p>") == "<p><span lang=\"de\">Nur auf Deutsch</span></p>")
        #expect(apply("<p>Merhaba \(m("Borsigplatz-Quartier")), hoş geldin</p>")
            == "<p>Merhaba <span lang=\"de\">Borsigplatz-Quartier</span>, hoş geldin</p>")
        #expect(apply("<li>\(m("a"))</li><li>\(m("b &amp; c"))</li>")
            == "<li><span lang=\"de\">a</span></li><li><span lang=\"de\">b &amp; c</span></li>")
        #expect(FallbackMarks.apply(toHTML: "<p>\(m("x"))</p>", lang: "de-x-ls") == "<p><span lang=\"de-x-ls\">x</span></p>")
    }

    @Test("no marker: the same string comes back; markers never survive")
    func fastPath() {
        let page = "<!doctype html><html lang=\"tr\"><body><p>Ana sayfa 🌍 \u{E000}</p></body></html>"
        #expect(apply(page) == page)
        #expect(!FallbackMarks.contains(page))
        #expect(FallbackMarks.contains(m("")))
        #expect(FallbackMarks.strip("a\(m("b"))c") == "abc")
        #expect(FallbackMarks.strip("ohne") == "ohne")
    }

    @Test("attribute values and tags: markers removed, no span (quotes may hold '>' and markers)")
    func attributes() {
        #expect(apply("<input placeholder=\"\(m("Suche"))\" value='a > b'>\(m("Text"))")
            == "<input placeholder=\"Suche\" value='a > b'><span lang=\"de\">Text</span>")
        #expect(apply("<a title = \"x>\(m("y"))\" href=/q?a=1>\(m("z"))</a>")
            == "<a title = \"x>y\" href=/q?a=1><span lang=\"de\">z</span></a>")
        #expect(apply("<img alt=\(m("Bild")) src=x.png>") == "<img alt=Bild src=x.png>")
        #expect(apply("<div data-x='\"\(m("q"))\"'>ok</div>") == "<div data-x='\"q\"'>ok</div>")
        #expect(apply("<p \"odd=\(m("v"))>t</p>") == "<p \"odd=v>t</p>", "a quote not after '=' is part of a name")
    }

    @Test("script, style, title, textarea, comments, doctype: content is not markup, markers removed")
    func rawText() {
        let script = "<script>if (a < b && c > d) { s = \"\(m("x"))</p>\"; }</script><p>\(m("y"))</p>"
        #expect(apply(script) == "<script>if (a < b && c > d) { s = \"x</p>\"; }</script><p><span lang=\"de\">y</span></p>")
        #expect(apply("<SCRIPT type=\"application/ld+json\">{\"n\":\"\(m("a"))\"}</Script >\(m("b"))")
            == "<SCRIPT type=\"application/ld+json\">{\"n\":\"a\"}</Script ><span lang=\"de\">b</span>")
        #expect(apply("<style>p > a::after { content: \"\(m("c"))\" }</style>") == "<style>p > a::after { content: \"c\" }</style>")
        #expect(apply("<title>\(m("Titel")) – Gemeinsam</title>") == "<title>Titel – Gemeinsam</title>")
        #expect(apply("<textarea name=t><b>\(m("Vorgabe"))</b></textarea>") == "<textarea name=t><b>Vorgabe</b></textarea>")
        #expect(apply("<script>var s = '</scripts>\(m("a"))';</script>") == "<script>var s = '</scripts>a';</script>")
        #expect(apply("<!-- \(m("c")) <p> --><p>\(m("d"))</p>") == "<!-- c <p> --><p><span lang=\"de\">d</span></p>")
        #expect(apply("<!--><p>\(m("e"))</p>") == "<!--><p><span lang=\"de\">e</span></p>")
        #expect(apply("<!DOCTYPE html \(m("x"))><?xml \(m("y"))?>\(m("z"))") == "<!DOCTYPE html x><?xml y?><span lang=\"de\">z</span>")
        #expect(apply("<script>\(m("never closed"))") == "<script>never closed")
    }

    @Test("select, datalist, svg, math: no span inside, markers removed; spans again after them")
    func noSpanZones() {
        #expect(apply("<select><option>\(m("Alle"))</option><option selected>\(m("Heute"))</select>\(m("a"))")
            == "<select><option>Alle</option><option selected>Heute</select><span lang=\"de\">a</span>")
        #expect(apply("<svg viewBox=\"0 0 1 1\"><text>\(m("Karte"))</text></svg><p>\(m("b"))</p>")
            == "<svg viewBox=\"0 0 1 1\"><text>Karte</text></svg><p><span lang=\"de\">b</span></p>")
        #expect(apply("<svg/><p>\(m("c"))</p>") == "<svg/><p><span lang=\"de\">c</span></p>", "self-closing svg has no content")
    }

    @Test("runs across tags: closed before each tag, reopened lazily, never around whitespace alone")
    func acrossTags() {
        #expect(apply("<p>\(m("Hallo <b>Welt</b>!"))</p>")
            == "<p><span lang=\"de\">Hallo </span><b><span lang=\"de\">Welt</span></b><span lang=\"de\">!</span></p>")
        #expect(apply("<ul>\(m("\n  <li>a</li>\n  <li>b</li>\n"))</ul>")
            == "<ul>\n  <li><span lang=\"de\">a</span></li>\n  <li><span lang=\"de\">b</span></li>\n</ul>")
        #expect(apply("<p>\(m("   "))</p>") == "<p>   </p>")
    }

    @Test("unbalanced and nested markers (e.g. from user text) still give well-formed HTML")
    func unbalanced() {
        let start = String(FallbackMarks.start)
        let end = String(FallbackMarks.end)
        #expect(apply("<p>\(start)offen</p><p>weiter</p>")
            == "<p><span lang=\"de\">offen</span></p><p><span lang=\"de\">weiter</span></p>")
        #expect(apply("<p>zu\(end) ohne Anfang</p>") == "<p>zu ohne Anfang</p>")
        #expect(apply("<p>\(m("a \(m("b")) c")) d</p>") == "<p><span lang=\"de\">a b c</span> d</p>")
        #expect(apply("<p>a\(start)") == "<p>a")
        #expect(apply("\(m("x"))") == "<span lang=\"de\">x</span>")
        #expect(apply("<p>a < b \(m("c"))</p>") == "<p>a < b <span lang=\"de\">c</span></p>", "'<' before a non-letter is text")
        // U+10FFFE shares the markers' first three UTF-8 bytes and is left alone
        #expect(apply("<p>\(m("x"))</p>\u{10FFFE}") == "<p><span lang=\"de\">x</span></p>\u{10FFFE}")
    }

    @Test("linear: hostile pages (20,000 unclosed quotes, comments, tags, markers) take milliseconds, not minutes")
    func linear() {
        // setup: each tail, repeated, would make a pass that goes back over the rest of the page each time take
        // minutes (20,000 × 100 KB); a linear pass needs milliseconds
        let block = "<div class=\"card\"><h2>\(m("Überschrift"))</h2><p title=\"\(m("t"))\">Metin \(m("Wort")) devam</p></div>\n"
        let tails = ["<p a=\"", "<!--", "</ ", "<script>", "<a ", "\(FallbackMarks.start) ", "<p>\(m(" "))", "<title>"]
        for tail in tails {
            let page = String(repeating: block, count: 500) + String(repeating: tail, count: 20_000)
            // act
            var result = ""
            let elapsed = ContinuousClock().measure { result = apply(page) }
            // check
            #expect(elapsed < .seconds(5), "\(tail): \(elapsed)")
            #expect(!FallbackMarks.contains(result))
        }
        let result = apply(String(repeating: block, count: 2))
        #expect(result.hasPrefix("<div class=\"card\"><h2><span lang=\"de\">Überschrift</span></h2><p title=\"t\">Metin "
            + "<span lang=\"de\">Wort</span> devam</p></div>\n"))
    }

    @Test("content in a language other than the page's: a span with its language and direction")
    func contentLanguage() {
        let turkish = FallbackMarks.wrap("Çay saati", language: .turkish)
        let arabic = FallbackMarks.wrap("مقهى اللغة", language: .arabic)
        #expect(apply("<h2>\(turkish)</h2>") == "<h2><span lang=\"tr\" dir=\"ltr\">Çay saati</span></h2>")
        #expect(apply("<li>\(arabic)</li>") == "<li><span lang=\"ar\" dir=\"rtl\">مقهى اللغة</span></li>")
        // a description of two paragraphs: one span per paragraph
        #expect(apply(FallbackMarks.wrap("<p>Bir</p><p>İki</p>", language: .turkish))
            == "<p><span lang=\"tr\" dir=\"ltr\">Bir</span></p><p><span lang=\"tr\" dir=\"ltr\">İki</span></p>")
        // inside a German fallback sentence: the content keeps its own language, the sentence goes on in German
        #expect(apply("<p>\(m("Angebot \(turkish) heute"))</p>")
            == "<p><span lang=\"de\">Angebot </span><span lang=\"tr\" dir=\"ltr\">Çay saati</span> <span lang=\"de\">heute</span></p>")
        // attributes and titles lose the marks; plain text too
        #expect(apply("<title>\(turkish)</title><a title=\"\(arabic)\">x</a>")
            == "<title>Çay saati</title><a title=\"مقهى اللغة\">x</a>")
        #expect(FallbackMarks.strip("a\(turkish)b\(arabic)") == "aÇay saatibمقهى اللغة")
        #expect(FallbackMarks.contains(turkish))
        // every language has its own marker, and none is taken for another
        for language in Language.all {
            let marked = FallbackMarks.wrap("x", language: language)
            #expect(apply("<b>\(marked)</b>")
                == "<b><span lang=\"\(language.htmlLang)\" dir=\"\(language.direction.rawValue)\">x</span></b>")
        }
        // the first marker value after the languages is not a marker
        let unused = String(Unicode.Scalar(0x10FFF0 + UInt32(Language.all.count))!)
        #expect(apply("<p>\(unused)</p>") == "<p>\(unused)</p>")
    }
}
