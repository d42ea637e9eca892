"""People's texts in several languages and the survey in every language (issue 12, items 5 and 6).

* The translation page `/<kind>/<id>/uebersetzungen` of an offer, a place, an actor and a Börse listing, as a
  coordinator, in German, English and Arabic (right to left), reached by its link on the item's page.
* A keyboard journey: an offer gets a Turkish translation (Turkish readers see it, German readers the original), an
  empty title is refused (422, error summary and the error next to the field), and the translation is deleted again.
* "Sprache des Textes": a place written in Arabic is marked `<span lang="ar" dir="rtl">` on the German page.
* The survey in Turkish and the paper version in Arabic; the monitor's section by language; the kiosk's language
  choice for a paper sheet; the offer list that puts offers in the reader's language first.

Every page: axe (WCAG 2.1 A/AA, 0 violations), the first Tab = the language's skip link, screenshots at 320/1280 px,
no horizontal scrolling at 320 px. The coordinator comes from `test_monitor.coordinator` (`gemeinsam create-admin`
on the app's database, SQLITE_PATH and GEMEINSAM_BIN, then the role granted on /admin/rollen). Everything the tests
change is changed back (the translation deleted, the place's language German again, the coordinator's own listing
withdrawn).
"""

from __future__ import annotations

import re
import urllib.parse
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import (
    SKIP_LINK_TEXT,
    activate,
    check_page,
    choose,
    fill,
    horizontal_overflow,
    http_get,
    path_of,
    press_button,
    url,
)
from test_languages import (
    ARABIC,
    BY_ID,
    LANGS,
    TURKISH,
    UUID,
    KeyboardJourney,
    Lang,
    first_offer,
    href,
    link_to,
    localized,
    response_status,
    skip_text,
)
from test_monitor import coordinator  # noqa: F401  (the module's logged-in coordinator, a pytest fixture)

GERMAN, ENGLISH = BY_ID["de"], BY_ID["en"]
GERMAN_FIRST_QUESTION = "Wie oft haben Sie das Gefühl, dass Ihnen die Gesellschaft anderer fehlt?"
TURKISH_TITLE = "Oyun öğleden sonrası"
TURKISH_DESCRIPTION = "Birlikte masa oyunları oynuyoruz. Herkes davetlidir, kayıt gerekmez."


# --------------------------------------------------------------------------- helpers


def check(driver, name: str, lang: Lang, problems: list[str] | None = None) -> None:
    """On a freshly loaded page: no horizontal scrolling at 320 px, then `check_page` in `lang` (<html lang>,
    screenshots, axe, the first Tab = the language's skip link) and, right to left, <html dir="rtl">. Fails at once
    unless `problems` collects."""
    found: list[str] = []
    html = driver.find_element(By.TAG_NAME, "html")
    if lang.rtl and html.get_attribute("dir") != "rtl":
        found.append(f"{name}: <html dir={html.get_attribute('dir')!r}>, expected 'rtl'")
    skip = SKIP_LINK_TEXT
    if lang.code != "de":
        skip = skip_text(driver)
        if skip in ("", SKIP_LINK_TEXT):
            found.append(f"{name}: the skip link is not translated ({skip!r})")
            skip = skip or SKIP_LINK_TEXT
    overflow = horizontal_overflow(driver, name)
    if overflow:
        found.append(overflow)
    check_page(driver, name, collect=found, lang=lang.code, skip_text=skip)
    if problems is not None:
        problems.extend(found)
    elif found:
        pytest.fail("\n\n".join(found), pytrace=False)


def fail_if(problems: list[str]) -> None:
    if problems:
        pytest.fail(f"{len(problems)} problem(s):\n\n" + "\n\n".join(problems), pytrace=False)


def main_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def heading_title(driver) -> str:
    """The item's name in its <h1>, without badges such as "Beispiel"."""
    h1 = driver.find_element(By.TAG_NAME, "h1")
    text = h1.text
    for badge in h1.find_elements(By.CSS_SELECTOR, ".badge"):
        text = text.replace(badge.text, "")
    return text.strip()


def status_notice(driver, where: str) -> str:
    notices = driver.find_elements(By.CSS_SELECTOR, "main .notice[role='status']")
    assert notices and notices[0].text.strip(), f"{where}: no notice with role=status on {driver.current_url}"
    return notices[0].text.strip()


def translation_link(driver, page: str):
    """The link to the translation page on an item's page (found by its address, in any language)."""
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a[href]") if href(a).endswith("/uebersetzungen")]
    assert links, f"no link to …/uebersetzungen on {page} ({driver.current_url})"
    return links[0]


def delete_button(driver, code: str):
    """The delete button of the translation into `code` in the list of translations, or None."""
    for form in driver.find_elements(By.CSS_SELECTOR, ".translation-list form"):
        if form.find_elements(By.CSS_SELECTOR, f"input[name='sprache'][value='{code}']"):
            buttons = form.find_elements(By.CSS_SELECTOR, "button[type='submit']")
            if buttons:
                return buttons[0]
    return None


def submit_of(driver, field_id: str):
    """The submit button of the form that holds the field `field_id`."""
    return driver.find_element(By.ID, field_id).find_element(By.XPATH, "./ancestor::form[1]//button[@type='submit']")


def set_original(driver, item: str, code: str, typed: str) -> None:
    """On the item's translation page: "Der Text ist geschrieben auf" `code`, saved."""
    driver.get(url(item + "/uebersetzungen"))
    choose(driver, "original", code, typed=typed)
    activate(driver, submit_of(driver, "original"))
    assert path_of(driver).startswith(item + "/uebersetzungen"), driver.current_url
    status_notice(driver, f"original language {code}")
    selected = Select(driver.find_element(By.ID, "original")).first_selected_option.get_attribute("value")
    assert selected == code, f"the original language of {item} is {selected!r} after saving {code!r}"


# --------------------------------------------------------------------------- the items


@pytest.fixture(scope="module")
def items(coordinator):  # noqa: F811
    """Pages (German addresses) of a sample offer of Borsigplatz, its place, a sample actor, and a Börse listing of
    the coordinator's own (a coordinator may translate only listings they wrote), withdrawn afterwards."""
    d = coordinator
    d.get(url("/quartiere/borsigplatz/angebote"))
    offer = first_offer(d, GERMAN)
    d.get(url(offer))
    places = [href(a) for a in d.find_elements(By.CSS_SELECTOR, "main a[href]")
              if re.fullmatch("/orte/" + UUID, href(a))]
    assert places, f"the offer {offer} links to no place"
    d.get(url("/akteure"))
    actors = [href(a) for a in d.find_elements(By.CSS_SELECTOR, "main a[href]")
              if re.fullmatch("/akteure/" + UUID, href(a))]
    assert actors, "no actor on /akteure"

    d.get(url("/boerse/neu"))
    d.find_element(By.ID, "kind-offer").send_keys(Keys.SPACE)
    choose(d, "category", "errands", typed="Einkauf")
    fill(d, "title", f"Einkaufshilfe am Borsigplatz {uuid.uuid4().hex[:6]}")
    fill(d, "body", "Ich gehe samstags einkaufen und bringe gern etwas mit.")
    choose(d, "quartier", "borsigplatz", typed="Borsigplatz")
    press_button(d, "Eintrag veröffentlichen")
    assert re.fullmatch(r"/boerse/\d+\?hinweis=angelegt", path_of(d)), \
        f"the coordinator's listing was not created: {d.current_url}\n{main_text(d)[:500]}"
    listing = path_of(d).split("?")[0]

    yield {"angebot": offer, "ort": places[0], "akteur": actors[0], "boerse": listing}

    d.get(url(listing))
    withdraw = d.find_elements(By.ID, "status-withdrawn")
    if withdraw:
        withdraw[0].send_keys(Keys.SPACE)
        press_button(d, "Stand speichern")


# ------------------------------------------------------------------ 1. the translation page in three languages


KINDS = ["angebot", "ort", "akteur", "boerse"]
PAGE_CASES = [(kind, lang) for kind in KINDS for lang in (GERMAN, ENGLISH, ARABIC)]


@pytest.mark.parametrize("kind,lang", PAGE_CASES, ids=[f"{kind}-{lang.id}" for kind, lang in PAGE_CASES])
def test_translation_page(coordinator, items, kind, lang):  # noqa: F811
    d = coordinator
    page = localized(lang, items[kind])
    d.get(url(page))
    link = translation_link(d, page)
    assert href(link) == page + "/uebersetzungen", f"{page}: the translation link goes to {href(link)!r}"
    if lang is GERMAN:
        assert link.text.strip() == "Übersetzungen", f"{page}: translation link {link.text!r}"
    assert link.text.strip(), f"{page}: the translation link has no text"
    activate(d, link)
    label = f"inhalt-{kind}-uebersetzungen-{lang.id}"
    assert path_of(d) == page + "/uebersetzungen", f"{label}: on {d.current_url}"
    assert response_status(d) in (0, 200), f"{label}: HTTP {response_status(d)}"
    problems: list[str] = []
    for field in ("original", "sprache", "titel", "beschreibung"):
        if not d.find_elements(By.ID, field):
            problems.append(f"{label}: no #{field}")
        elif not d.find_elements(By.CSS_SELECTOR, f"label[for='{field}']"):
            problems.append(f"{label}: #{field} has no <label>")
    if d.find_elements(By.ID, "sprache"):
        targets = [o.get_attribute("value") for o in Select(d.find_element(By.ID, "sprache")).options
                   if o.get_attribute("value")]
        expected = [other.code for other in LANGS if other is not GERMAN]
        if targets != expected:
            problems.append(f"{label}: #sprache offers {targets}, expected {expected} (all but the original German)")
    check(d, label, lang, problems)
    fail_if(problems)


# ------------------------------------------------------------------ 2. translate an offer by keyboard


def test_translate_offer_by_keyboard(coordinator, items):  # noqa: F811
    d = coordinator
    offer = items["angebot"]
    translations = offer + "/uebersetzungen"
    problems: list[str] = []
    j = KeyboardJourney(d, "inhalt-tastatur", 1280)
    try:
        d.get(url(offer))
        german_title = heading_title(d)
        assert german_title and german_title != TURKISH_TITLE
        check(d, "inhalt-tastatur-01-angebot", GERMAN, problems)  # its first Tab leaves the focus on the skip link
        j.tab_to("the link Übersetzungen", link_to(re.escape(translations)))
        j.enter()
        assert path_of(d) == translations, d.current_url
        check(d, "inhalt-tastatur-02-uebersetzungen", GERMAN, problems)

        j.tab_to("the language of the translation", lambda el: el["id"] == "sprache")
        choose(d, "sprache", "tr", typed="Tür")
        j.tab_to("the title", lambda el: el["id"] == "titel", limit=3)
        j.press(TURKISH_TITLE)
        j.tab_to("the description", lambda el: el["id"] == "beschreibung", limit=3)
        j.press(TURKISH_DESCRIPTION)
        j.tab_to("the submit button", lambda el: el["tag"] == "button", limit=3)
        j.enter()
        assert path_of(d).startswith(translations), d.current_url
        assert response_status(d) in (0, 200), f"saving the translation: HTTP {response_status(d)}"
        status_notice(d, "saved translation")
        saved = [p.text for p in d.find_elements(By.CSS_SELECTOR, ".translation-list li p[lang='tr']")]
        assert TURKISH_TITLE in " ".join(saved), f"the list of translations shows {saved}"
        check(d, "inhalt-tastatur-03-gespeichert", GERMAN, problems)

        d.get(url("/tr" + offer))
        assert TURKISH_TITLE in d.find_element(By.TAG_NAME, "h1").text, \
            f"/tr{offer} shows {d.find_element(By.TAG_NAME, 'h1').text!r}, not the Turkish title"
        assert TURKISH_DESCRIPTION in main_text(d), f"/tr{offer} does not show the Turkish description"
        assert not d.find_elements(By.CSS_SELECTOR, "h1 [lang='de']"), f"/tr{offer}: the Turkish title marked German"
        check(d, "inhalt-tastatur-04-angebot-tuerkisch", TURKISH, problems)
        d.get(url(offer))
        h1 = d.find_element(By.TAG_NAME, "h1").text
        assert german_title in h1 and TURKISH_TITLE not in h1, f"the German page {offer} shows {h1!r}"

        # An empty title is refused: 422, the summary announced, the error next to the field.
        d.get(url(translations))
        choose(d, "sprache", "tr", typed="Tür")
        fill(d, "beschreibung", TURKISH_DESCRIPTION)
        activate(d, submit_of(d, "titel"))
        status = response_status(d)
        assert status == 422, f"an empty title: HTTP {status}, expected 422"
        summary = d.find_elements(By.CSS_SELECTOR, ".error-summary[role='alert']")
        assert summary, "no .error-summary[role=alert] for an empty title"
        assert [a for a in summary[0].find_elements(By.TAG_NAME, "a") if href(a).endswith("#titel")], \
            "the error summary does not link to #titel"
        titel = d.find_element(By.ID, "titel")
        described = (titel.get_attribute("aria-describedby") or "").split()
        assert "titel-error" in described, f"#titel aria-describedby={described}, no titel-error"
        errors = titel.find_elements(By.XPATH, "./ancestor::div[contains(@class, 'field')][1]//*[@id='titel-error']")
        assert errors and errors[0].text.strip(), "no #titel-error with text in the title's field"
        check(d, "inhalt-tastatur-05-fehler", GERMAN, problems)

        # Delete it again with the button in the list.
        button = delete_button(d, "tr")
        assert button is not None, "no delete button for the Turkish translation"
        activate(d, button)
        status_notice(d, "deleted translation")
        assert delete_button(d, "tr") is None, "the Turkish translation is still listed after deleting it"
        check(d, "inhalt-tastatur-06-geloescht", GERMAN, problems)
        d.get(url("/tr" + offer))
        h1 = d.find_element(By.TAG_NAME, "h1")
        assert TURKISH_TITLE not in h1.text and german_title in h1.text, f"/tr{offer} after deleting: {h1.text!r}"
        marked = h1.find_elements(By.CSS_SELECTOR, "[lang='de']")
        assert marked and german_title in marked[0].text, \
            f"/tr{offer}: the German original in <h1> is not marked lang=de: {h1.get_attribute('innerHTML')[:300]}"
    finally:
        d.get(url(translations))  # leave the data as it was, also after a failure
        leftover = delete_button(d, "tr")
        if leftover is not None:
            activate(d, leftover)
    fail_if(problems)


# ------------------------------------------------------------------ 3. the language the text is written in


def test_place_written_in_arabic_is_marked(coordinator, items):  # noqa: F811
    d = coordinator
    place = items["ort"]
    d.get(url(place))
    name = heading_title(d)
    assert name, f"{place}: no name in <h1>"
    try:
        set_original(d, place, "ar", typed="ال")
        check(d, "inhalt-ort-sprache-arabisch", GERMAN)
        d.get(url(place))
        pattern = r'<span\s+(?:lang="ar"\s+dir="rtl"|dir="rtl"\s+lang="ar")\s*>'
        assert re.search(pattern, d.page_source), f"{place}: no <span lang=\"ar\" dir=\"rtl\"> in the page source"
        spans = [s for s in d.find_elements(By.CSS_SELECTOR, "main span[lang='ar'][dir='rtl']") if s.text.strip() == name]
        assert spans, f"{place}: the name {name!r} is not wrapped in <span lang=ar dir=rtl>"
        assert d.find_elements(By.XPATH, "//h1//span[@lang='ar' and @dir='rtl']"), f"{place}: <h1> name not marked"
        check(d, "inhalt-ort-arabisch-markiert", GERMAN)
    finally:
        set_original(d, place, "de", typed="Deutsch")
    d.get(url(place))
    assert not d.find_elements(By.CSS_SELECTOR, "main span[lang='ar']"), f"{place}: still marked Arabic"


# ------------------------------------------------------------------ 4. the survey in other languages


def open_survey() -> None:
    status, body = http_get("/umfrage")
    if status != 200 or 'class="survey-form"' not in body:
        pytest.skip("/umfrage shows no open survey wave (the app must run with its sample content)")


def first_question(driver, paper: bool) -> str:
    """The text of the first question of the scale "Wie geht es Ihnen?" (online: the legend around #q-ucla1)."""
    if paper:
        for question in driver.find_elements(By.CSS_SELECTOR, ".paper-question"):
            if question.find_elements(By.CSS_SELECTOR, ".paper-options"):
                return question.find_element(By.CSS_SELECTOR, ".paper-text").text.strip()
        return ""
    legends = driver.find_elements(By.XPATH, "//fieldset[.//input[@id='q-ucla1']]/legend")
    return legends[0].text.strip() if legends else ""


SURVEYS = [(TURKISH, "/umfrage"), (ARABIC, "/umfrage/papier")]


@pytest.mark.parametrize("lang,path", SURVEYS, ids=["tr-umfrage", "ar-umfrage-papier"])
def test_survey_in_language(browser, lang, path):
    open_survey()
    browser.delete_all_cookies()
    page = localized(lang, path)
    browser.get(url(page))
    assert response_status(browser) in (0, 200), f"{page}: HTTP {response_status(browser)}"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang.code
    question = first_question(browser, paper=path.endswith("papier"))
    assert question, f"{page}: the first question (Wie oft … Gesellschaft anderer fehlt) was not found"
    assert question != GERMAN_FIRST_QUESTION, f"{page}: the first question is German: {question!r}"
    assert GERMAN_FIRST_QUESTION not in main_text(browser), f"{page}: the German question is on the page"
    if path == "/umfrage":
        assert browser.find_elements(By.CSS_SELECTOR, f"form.survey-form[action='{page}']"), \
            f"{page}: the form does not post to {page}"
    check(browser, f"inhalt-umfrage-{lang.id}-{path.strip('/').replace('/', '-')}", lang)


# ------------------------------------------------------------------ 5. the monitor by language


@pytest.mark.parametrize("lang", [GERMAN, ENGLISH], ids=["de", "en"])
def test_monitor_by_language(coordinator, lang):  # noqa: F811
    page = localized(lang, "/monitor")
    coordinator.get(url(page))
    assert path_of(coordinator) == page, coordinator.current_url
    section = coordinator.find_elements(By.XPATH, "//main//section[@id='sprachen' or @aria-labelledby='sprachen']")
    assert section and coordinator.find_elements(By.ID, "sprachen"), f"{page}: no section #sprachen"
    assert section[0].find_elements(By.TAG_NAME, "table"), f"{page}: the section #sprachen has no table"
    check(coordinator, f"inhalt-monitor-{lang.id}", lang)


# ------------------------------------------------------------------ 6. the kiosk's paper sheets in ten languages


@pytest.mark.parametrize("lang", [GERMAN, ENGLISH], ids=["de", "en"])
def test_kiosk_survey_languages(coordinator, lang):  # noqa: F811
    page = localized(lang, "/kiosk/umfrage")
    coordinator.get(url(page))
    assert path_of(coordinator) == page, coordinator.current_url
    assert response_status(coordinator) in (0, 200), f"{page}: HTTP {response_status(coordinator)}"
    select = coordinator.find_elements(By.ID, "sprache")
    assert select, f"{page}: no select #sprache"
    codes = [o.get_attribute("value") for o in Select(select[0]).options]
    assert codes == [other.code for other in LANGS], f"{page}: #sprache offers {codes}"
    assert coordinator.find_elements(By.CSS_SELECTOR, "label[for='sprache']"), f"{page}: #sprache has no label"
    check(coordinator, f"inhalt-kiosk-umfrage-{lang.id}", lang)


# ------------------------------------------------------------------ 7. offers in the reader's language first


def test_offers_in_turkish_first(browser):
    browser.delete_all_cookies()
    page = "/tr/quartiere/borsigplatz/angebote"
    browser.get(url(page))
    problems: list[str] = []
    links = [a for a in browser.find_elements(By.CSS_SELECTOR, "main a[href]") if "sprache=tr" in href(a)]
    assert links, f"{page}: no link with sprache=tr"
    hint = links[0].find_element(By.XPATH, "./ancestor::p[1]")
    assert "Türkçe" in hint.text and len(hint.text) > len(links[0].text), \
        f"{page}: no hint that offers in Turkish come first: {hint.text!r}"
    before = browser.find_elements(By.CSS_SELECTOR, "main .result-count[role='status']")
    assert before, f"{page}: no result count"
    target = href(links[0])
    check(browser, "inhalt-angebote-tr", TURKISH, problems)  # leaves the focus on the skip link

    j = KeyboardJourney(browser, "inhalt-angebote-tr-sprache", 320)
    j.tab_to("the link with sprache=tr", lambda el: el["tag"] == "a" and "sprache=tr" in el["href"])
    j.enter()
    parts = urllib.parse.urlsplit(browser.current_url)
    assert parts.path == page, f"following {target!r} left the Quartier: {browser.current_url}"
    assert urllib.parse.parse_qs(parts.query).get("sprache") == ["tr"], browser.current_url
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "tr"
    count = browser.find_elements(By.CSS_SELECTOR, "main .result-count[role='status']")
    assert count and re.search(r"\d", count[0].text), f"{browser.current_url}: no result count"
    check(browser, "inhalt-angebote-tr-nur-tuerkisch", TURKISH, problems)
    fail_if(problems)
