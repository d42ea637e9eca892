"""The ten languages: German (no prefix), Leichte Sprache, English, Turkish, Arabic (right to left), Ukrainian,
Russian, Polish, Romanian, Bulgarian.

Every language: the main pages get axe (WCAG 2.1 A/AA, 0 violations), the first Tab = that language's skip link
(→ #inhalt), screenshots at 320/1280 px, no horizontal scrolling at 320 px, and the language markup (<html lang/dir>,
hreflang alternates, the language switch to the same page, the draft note). Turkish and Arabic get more pages and
keyboard-only journeys at 320 and 1280 px (search → Quartier → offers → offer; the language switch from a German
page). A Turkish registration gets its mail in Turkish; a Turkish browser is offered the Turkish start page (no
redirect); Arabic pages run right to left.
"""

from __future__ import annotations

import re
import time
import urllib.parse
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import (
    SCREENSHOT_DIR,
    SKIP_LINK_TEXT,
    AccountTexts,
    activate,
    axe_problem,
    check_axe,
    check_keyboard,
    check_page,
    horizontal_overflow,
    keyboard_problem,
    make_driver,
    outbox_mail,
    path_of,
    register_and_verify,
    save_screenshots,
    url,
)

PASSWORD = "Sonnenblume-Kiosk-2026"
GERMAN_VERIFY_SUBJECT = "Bitte bestätigen Sie Ihre E-Mail-Adresse"
STREET = "Oesterholzstraße"
OFFER = "(first offer of the list)"  # the offer page: followed from /quartiere/borsigplatz/angebote
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@dataclass(frozen=True)
class Lang:
    code: str  # <html lang>, hreflang
    prefix: str  # path prefix, "" for German
    name: str  # its own name, as in the language switch
    rtl: bool = False

    @property
    def id(self) -> str:
        return "ls" if self.code == "de-x-ls" else self.code


LANGS = [
    Lang("de", "", "Deutsch"),
    Lang("de-x-ls", "/leichte-sprache", "Leichte Sprache"),
    Lang("en", "/en", "English"),
    Lang("tr", "/tr", "Türkçe"),
    Lang("ar", "/ar", "العربية", rtl=True),
    Lang("uk", "/uk", "Українська"),
    Lang("ru", "/ru", "Русский"),
    Lang("pl", "/pl", "Polski"),
    Lang("ro", "/ro", "Română"),
    Lang("bg", "/bg", "Български"),
]
BY_ID = {lang.id: lang for lang in LANGS}
TURKISH, ARABIC = BY_ID["tr"], BY_ID["ar"]

# (name, path without language prefix)
PAGES = [
    ("start", "/"),
    ("quartier", "/quartiere/borsigplatz"),
    ("angebote", "/quartiere/borsigplatz/angebote"),
    ("angebot", OFFER),
    ("boerse", "/boerse"),
    ("umfrage", "/umfrage"),
    ("sprachen", "/sprachen"),
]
MORE_PAGES = [  # Turkish and Arabic only
    ("quartiere", "/quartiere"),
    ("stadtbezirk", "/stadtbezirke/innenstadt-nord"),
    ("akteure", "/akteure"),
    ("datenschutz", "/datenschutz"),
    ("barrierefreiheit", "/barrierefreiheit"),
    ("registrieren", "/konto/registrieren"),
    ("anmelden", "/konto/anmelden"),
    ("suche", "/suche?q=Oesterholzstra%C3%9Fe"),
]
CASES = [(lang, name, path) for lang in LANGS for name, path in PAGES] + [
    (lang, name, path) for lang in (TURKISH, ARABIC) for name, path in MORE_PAGES
]

# axe violations per language and page, written to screenshots/languages-axe.txt at the end of the module
AXE_RESULTS: dict[str, dict[str, int | str]] = {}


@pytest.fixture(scope="module", autouse=True)
def axe_summary():
    yield
    if not AXE_RESULTS:
        return
    lines = []
    for lang in LANGS:
        pages = AXE_RESULTS.get(lang.id)
        if pages:
            bad = {k: v for k, v in pages.items() if v != 0}
            lines.append(f"{lang.id}: {len(pages)} page(s), " + (f"violations {bad}" if bad else "0 violations"))
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    (Path(SCREENSHOT_DIR) / "languages-axe.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- helpers


def unprefixed(lang: Lang, path: str) -> str:
    """The address of a page without its language prefix ("/tr/quartiere" → "/quartiere", "/tr/" → "/")."""
    if lang.prefix and (path == lang.prefix or path.startswith(lang.prefix + "/")):
        path = path[len(lang.prefix):] or "/"
    return path


def localized(lang: Lang, path: str) -> str:
    """The address of a page in `lang` ("/" → "/tr/", "/quartiere" → "/tr/quartiere")."""
    return lang.prefix + path if lang.prefix else path


def href(el) -> str:
    """A link's target as written in the HTML (relative to the site)."""
    return re.sub(r"^https?://[^/]+", "", el.get_dom_attribute("href") or "")


def skip_text(driver) -> str:
    """The text of the page's skip link (the first a.skip-link)."""
    links = driver.find_elements(By.CSS_SELECTOR, "a.skip-link")
    return " ".join((links[0].get_attribute("textContent") or "").split()) if links else ""


def response_status(driver) -> int:
    """HTTP status of the current document (Navigation Timing; 0 if the browser does not say)."""
    return int(driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0]; return n && n.responseStatus || 0;"
    ) or 0)


def first_offer(driver, lang: Lang) -> str:
    for a in driver.find_elements(By.CSS_SELECTOR, "main a[href]"):
        if re.fullmatch(re.escape(lang.prefix) + "/angebote/" + UUID, href(a)):
            return href(a)
    pytest.fail(f"no offer link on {driver.current_url}", pytrace=False)


PAGE_FACTS = """
const attr = (el, name) => el.getAttribute(name);
const text = el => el.textContent.replace(/\\s+/g, ' ').trim();
const links = sel => [...document.querySelectorAll(sel)].map(a => ({
  text: text(a), href: attr(a, 'href') || '', lang: attr(a, 'lang'), hreflang: attr(a, 'hreflang'),
  current: attr(a, 'aria-current') }));
const html = document.documentElement, sw = document.querySelector('header details.language-switch');
const note = document.querySelector('main p.draft-note'), skip = document.querySelector('a.skip-link');
return {
  lang: attr(html, 'lang'), dir: attr(html, 'dir'),
  alternates: links('head link[rel="alternate"][hreflang]'),
  summary: sw && sw.querySelector('summary') ? text(sw.querySelector('summary')) : null,
  switchLinks: sw ? links('header details.language-switch ul a') : [],
  draftLinks: note ? [...note.querySelectorAll('a')].map(a => attr(a, 'href')) : null,
  skip: skip ? text(skip) : '',
  navLinks: links('header nav a[href], footer a[href], a.site-name'),
};
"""


def page_facts(driver) -> dict:
    """The language markup of the current page, read in one round trip."""
    return driver.execute_script(PAGE_FACTS)


def site_path(link: str) -> str:
    return re.sub(r"^https?://[^/]+", "", link or "")


def language_problems(driver, lang: Lang, name: str) -> list[str]:
    """<html lang/dir>, hreflang alternates, language switch (same page in every language, the current one marked),
    the draft note, the translated skip link, and header/footer links that stay in the language."""
    problems: list[str] = []
    facts = page_facts(driver)
    where = f"{name} ({path_of(driver)})"
    if facts["lang"] != lang.code:
        problems.append(f"{where}: <html lang={facts['lang']!r}>, expected {lang.code!r}")
    direction = facts["dir"]
    if lang.rtl and direction != "rtl":
        problems.append(f"{where}: <html dir={direction!r}>, expected 'rtl'")
    if not lang.rtl and direction not in (None, "", "ltr"):
        problems.append(f"{where}: <html dir={direction!r}> in a left-to-right language")

    parts = urllib.parse.urlsplit(driver.current_url)
    page = unprefixed(lang, parts.path)
    query = ("?" + parts.query) if parts.query else ""

    alternates = {a["hreflang"]: site_path(a["href"]) for a in facts["alternates"]}
    for other in LANGS:
        want = localized(other, page)
        got = alternates.get(other.code)
        if got is None or urllib.parse.urlsplit(got).path != want:
            problems.append(f"{where}: <link rel=alternate hreflang={other.code}> is {got!r}, expected {want!r}")

    if facts["summary"] is None:
        problems.append(f"{where}: no <details class='language-switch'> with a <summary> in the header")
    else:
        if lang.name not in facts["summary"]:
            problems.append(f"{where}: language switch says {facts['summary']!r}, expected it to name {lang.name!r}")
        by_code = {a["hreflang"]: a for a in facts["switchLinks"]}
        for other in LANGS:
            a = by_code.get(other.code)
            if a is None:
                problems.append(f"{where}: language switch has no link with hreflang={other.code}")
                continue
            want = localized(other, page) + query
            if a["text"] != other.name or a["lang"] != other.code or site_path(a["href"]) != want:
                problems.append(
                    f"{where}: language switch link {a['text']!r} lang={a['lang']!r} → {a['href']!r}, "
                    f"expected {other.name!r} lang={other.code!r} → {want!r}"
                )
            if (other == lang) != (a["current"] == "true"):
                problems.append(f"{where}: language switch link {other.name!r} has aria-current={a['current']!r}")

    if lang.code == "de":
        if facts["draftLinks"] is not None:
            problems.append(f"{where}: German page shows a draft note")
    else:
        report = f"{lang.prefix}/sprachen#melden"
        if facts["draftLinks"] is None or report not in [site_path(h) for h in facts["draftLinks"]]:
            problems.append(f"{where}: no <p class='draft-note'> with a link to {report}")
        if facts["skip"] == SKIP_LINK_TEXT:
            problems.append(f"{where}: the skip link is not translated ({SKIP_LINK_TEXT!r})")

    # Header and footer navigation keep the reader in the language.
    for a in facts["navLinks"]:
        target = site_path(a["href"])
        if target.startswith("/") and not target.startswith("/static/"):
            inside = target == (lang.prefix or "/") or target.startswith(lang.prefix + "/")
            foreign = any(o.prefix and (target == o.prefix or target.startswith(o.prefix + "/"))
                          for o in LANGS if o != lang)
            if not inside or foreign:
                problems.append(f"{where}: navigation link {a['text']!r} → {target!r} leaves the language")
    return problems


# ------------------------------------------------------------------ 1. pages in every language


@pytest.mark.parametrize(
    "lang,name,path", CASES, ids=[f"{lang.id}-{name}" for lang, name, _ in CASES]
)
def test_page_in_language(browser, lang, name, path):
    browser.delete_all_cookies()
    if path is OFFER:
        browser.get(url(localized(lang, "/quartiere/borsigplatz/angebote")))
        browser.get(url(first_offer(browser, lang)))
    else:
        browser.get(url(localized(lang, path)))
    label = f"lang-{lang.id}-{name}"
    status = response_status(browser)
    assert status in (0, 200), f"{label}: HTTP {status} on {browser.current_url}"
    assert browser.find_elements(By.CSS_SELECTOR, "main#inhalt"), f"{label}: no <main id='inhalt'> on {browser.current_url}"

    problems = language_problems(browser, lang, label)
    if lang.code == "de" and path == "/" and browser.find_elements(By.CSS_SELECTOR, ".language-offer"):
        problems.append(f"{label}: a German browser is offered another language")
    save_screenshots(browser, label)  # before Tab, so the skip link is not shown focused
    axe = axe_problem(browser, label)
    AXE_RESULTS.setdefault(lang.id, {})[name] = 0 if axe is None else int(re.search(r"(\d+) axe violation", axe)[1])
    if axe:
        problems.append(axe)
    overflow = horizontal_overflow(browser, label)
    if overflow:
        problems.append(overflow)
    problem = keyboard_problem(browser, label, skip_text(browser) or SKIP_LINK_TEXT)
    if problem:
        problems.append(problem)
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


# ------------------------------------------------------------------ 2. keyboard-only journeys


class KeyboardJourney:
    """One viewport width for the whole journey; a screenshot of every step at that width; only keys."""

    def __init__(self, driver, label: str, width: int):
        self.driver, self.width = driver, width
        self.shots = label  # files <label>-<step>-<name>-<width>.png
        self.label = f"{label}-{width}"  # in messages
        self.step = 0
        self.set_width()

    def set_width(self) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )

    def shot(self, name: str) -> None:
        self.step += 1
        save_screenshots(self.driver, f"{self.shots}-{self.step:02d}-{name}", widths=(self.width,))
        self.set_width()  # save_screenshots resets the viewport

    def press(self, *keys) -> None:
        ActionChains(self.driver).send_keys(*keys).perform()

    def focused(self):
        return self.driver.switch_to.active_element

    def tab_to(self, what: str, matches, limit: int = 80):
        """Press Tab until the focused element `matches` (a predicate on {"tag", "id", "href", "text"} of it) and
        return that element; fails naming what was focused on the way."""
        seen = []
        for _ in range(limit):
            self.press(Keys.TAB)
            el = self.driver.execute_script(FOCUSED)
            if matches(el):
                return self.focused()
            seen.append(f"<{el['tag']}> {(el['text'] or el['href'] or el['id'])[:40]!r}")
        pytest.fail(f"{self.label}: {limit} Tabs on {self.driver.current_url} never reached {what}; focused: "
                    + ", ".join(seen[:30]), pytrace=False)

    def enter(self) -> None:
        """ENTER on the focused element, which loads the next page."""
        activate(self.driver, self.focused())

    def skip_to_content(self, skip: str) -> None:
        """First Tab → the skip link; ENTER moves the focus to <main id="inhalt">."""
        problem = keyboard_problem(self.driver, self.label, skip)
        assert problem is None, problem
        self.press(Keys.ENTER)
        el = self.focused()
        assert el.get_attribute("id") == "inhalt", \
            f"{self.label}: ENTER on the skip link focused <{el.tag_name} id={el.get_attribute('id')!r}>, not main#inhalt"

    def expect(self, lang: Lang, path: str) -> None:
        got = path_of(self.driver)
        assert got == path, f"{self.label}: expected {path}, on {got}"
        html = self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        assert html == lang.code, f"{self.label}: {got} has <html lang={html!r}>, expected {lang.code!r}"


FOCUSED = """
const el = document.activeElement || document.body;
return { tag: el.tagName.toLowerCase(), id: el.id || '', href: el.getAttribute('href') || '',
         text: (el.textContent || '').replace(/\\s+/g, ' ').trim() };
"""


def link_to(pattern: str):
    return lambda el: el["tag"] == "a" and re.fullmatch(pattern, site_path(el["href"])) is not None


JOURNEYS = [(lang, width) for lang in (TURKISH, ARABIC) for width in (320, 1280)]
JOURNEY_IDS = [f"{lang.id}-{width}" for lang, width in JOURNEYS]


@pytest.mark.parametrize("lang,width", JOURNEYS, ids=JOURNEY_IDS)
def test_keyboard_search_to_offer(driver, lang, width):
    """Start page → type a street, ENTER → the Quartier → its offers → an offer; only Tab, typing and ENTER."""
    j = KeyboardJourney(driver, f"lang-journey-{lang.id}", width)
    p = lang.prefix
    driver.get(url(localized(lang, "/")))
    j.expect(lang, p + "/")
    skip = skip_text(driver)
    j.shot("start")

    j.skip_to_content(skip)
    j.tab_to("the search field", lambda el: el["id"] == "q")
    j.press(STREET)
    j.enter()
    assert path_of(driver).startswith(p + "/suche?q="), driver.current_url
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query).get("q") == [STREET]
    j.shot("suche")

    j.skip_to_content(skip)
    j.tab_to("the Quartier Borsigplatz", link_to(re.escape(p) + "/quartiere/borsigplatz"))
    j.enter()
    j.expect(lang, p + "/quartiere/borsigplatz")
    j.shot("quartier")

    j.skip_to_content(skip)
    j.tab_to("the offer list", link_to(re.escape(p) + "/quartiere/borsigplatz/angebote"))
    j.enter()
    j.expect(lang, p + "/quartiere/borsigplatz/angebote")
    j.shot("angebote")

    j.skip_to_content(skip)
    j.tab_to("an offer", link_to(re.escape(p) + "/angebote/" + UUID))
    j.enter()
    assert re.fullmatch(re.escape(p) + "/angebote/" + UUID, path_of(driver)), driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text.strip(), "offer page without <h1>"
    j.expect(lang, path_of(driver))
    j.shot("angebot")


@pytest.mark.parametrize("lang,width", JOURNEYS, ids=JOURNEY_IDS)
def test_keyboard_language_switch(driver, lang, width):
    """On a German page: Tab to the language switch, ENTER opens it, Tab to the language, ENTER → the same page in
    that language (the query kept)."""
    j = KeyboardJourney(driver, f"lang-switch-{lang.id}", width)
    for page in ("/quartiere/borsigplatz", "/suche?q=Oesterholzstra%C3%9Fe"):
        driver.get(url(page))
        j.expect(BY_ID["de"], page)
        j.shot("deutsch")
        summary = j.tab_to("the language switch", lambda el: el["tag"] == "summary")
        details = summary.find_element(By.XPATH, "./ancestor::details[1]")
        assert "language-switch" in (details.get_attribute("class") or "").split()
        j.press(Keys.ENTER)
        assert details.get_dom_attribute("open") is not None, f"{j.label}: ENTER on the summary did not open the list"
        j.shot("sprachwahl-offen")
        link = j.tab_to(lang.name, lambda el: el["tag"] == "a" and el["text"] == lang.name)
        assert link.get_dom_attribute("hreflang") == lang.code and link.get_dom_attribute("lang") == lang.code
        j.enter()
        j.expect(lang, localized(lang, page))
        j.shot("gewechselt")
        current = driver.find_elements(By.CSS_SELECTOR, ".language-switch a[aria-current='true']")
        assert current and current[0].get_attribute("textContent").strip() == lang.name


# ------------------------------------------------------------------ 3. a Turkish account gets Turkish mails


TURKISH_ACCOUNT = AccountTexts(
    lang="tr",
    skip_text="İçeriğe geç",
    registered_title="Lütfen e-posta adresinizi onaylayın",
    verified_notice="E-posta adresiniz onaylandı",
    unverified="henüz onaylanmadı",
    too_many="çok sayıda hesap",
)


def test_turkish_registration_gets_turkish_mail(driver):
    """The one registration of this module: through /tr/konto/registrieren; the mail is Turkish, the flow stays
    under /tr/, the account's mail language is Turkish."""
    email = f"test-tr-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}@example.org"
    problems: list[str] = []

    def check(name: str) -> None:
        label = f"lang-tr-konto-{name}"
        check_page(driver, label, collect=problems, lang="tr", skip_text=skip_text(driver))
        overflow = horizontal_overflow(driver, label)
        if overflow:
            problems.append(overflow)

    driver.get(url("/tr/konto/registrieren"))
    assert skip_text(driver) == TURKISH_ACCOUNT.skip_text, skip_text(driver)
    register_and_verify(driver, email, PASSWORD, "Ayşe", "Y", open_form=False, check=check, prefix="/tr",
                        texts=TURKISH_ACCOUNT)

    mail = outbox_mail(email, "account.verify")
    assert mail["subject"].strip(), "verification mail without subject"
    assert mail["subject"] != GERMAN_VERIFY_SUBJECT, \
        f"the verification mail of a Turkish registration has the German subject {mail['subject']!r}"
    assert "bestätigen" not in mail["body"], f"German text in the Turkish mail:\n{mail['body'][:500]}"
    assert "/tr/konto/bestaetigen/" in mail["body"], f"the mail does not link to the Turkish page:\n{mail['body'][:500]}"

    language = driver.find_elements(By.CSS_SELECTOR, "main select[name='language']")
    assert language, "no mail-language form on /tr/konto"
    chosen = language[0].find_element(By.CSS_SELECTOR, "option:checked").get_attribute("value")
    assert chosen == "tr", f"mail language of a Turkish registration: {chosen!r}"
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


# ------------------------------------------------------------------ 4. Arabic runs right to left


@pytest.mark.parametrize("width", [320, 1280])
def test_arabic_is_right_to_left(browser, width):
    browser.delete_all_cookies()
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    )
    try:
        browser.get(url("/ar/"))
        body = browser.find_element(By.TAG_NAME, "body")
        assert body.value_of_css_property("direction") == "rtl"
        check_keyboard(browser, f"lang-ar-rtl-{width}", skip_text(browser))
        link = browser.switch_to.active_element
        viewport = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssLayoutViewport"]["clientWidth"]
        rect = link.rect
        center = rect["x"] + rect["width"] / 2
        assert rect["width"] > 0 and center > viewport / 2, \
            f"focused skip link at x={rect['x']:.0f}..{rect['x'] + rect['width']:.0f} of {viewport}px: not on the right"
        assert rect["x"] + rect["width"] <= viewport + 0.5 and rect["y"] >= 0, f"skip link outside the viewport: {rect}"
        save_screenshots(browser, "lang-ar-rtl-skip-link-focused", widths=(width,))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# ------------------------------------------------------------------ 5. Accept-Language: an offer, not a redirect


def test_turkish_browser_is_offered_turkish():
    drv = make_driver(accept_languages="tr,de")
    try:
        drv.get(url("/"))
        assert path_of(drv) == "/", f"a Turkish browser was sent to {drv.current_url}: expected to stay on /"
        assert drv.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
        offers = drv.find_elements(By.CSS_SELECTOR, "p.language-offer")
        assert offers, "no <p class='language-offer'> for a browser preferring Turkish"
        assert offers[0].get_dom_attribute("lang") == "tr"
        links = [a for a in offers[0].find_elements(By.TAG_NAME, "a") if href(a) == "/tr/"]
        assert links and links[0].text.strip(), "the language offer has no link to /tr/"
        save_screenshots(drv, "lang-angebot-tuerkisch")
        check_axe(drv, "lang-angebot-tuerkisch")
        check_keyboard(drv, "lang-angebot-tuerkisch")  # the offer comes after the skip link
        ActionChains(drv).send_keys(Keys.TAB).perform()  # the second Tab reaches the offer
        assert href(drv.switch_to.active_element) == "/tr/", "second Tab is not on the language offer"
        activate(drv, drv.switch_to.active_element)
        assert path_of(drv) == "/tr/" and drv.find_element(By.TAG_NAME, "html").get_attribute("lang") == "tr"
        assert not drv.find_elements(By.CSS_SELECTOR, ".language-offer"), "the Turkish page offers Turkish again"
    finally:
        drv.quit()
