"""Akteursnetz (issue 5), by keyboard: the public directory and its filter, actor pages, registering a new
actor (first with errors) and its review by the coordination office, rejecting a sample entry (first without a
reason), confirming and proposing cooperations, the editors page and the coordinators' network page with its
CSV downloads.

Every app page gets axe (WCAG 2.1 A/AA, 0 violations), the first-Tab skip-link check and screenshots at
320/1280 px; within a test the accessibility problems are collected and reported together at the end, while
functional problems stop the test at once. The journeys never run page JavaScript: they type, press SPACE on
checkboxes and radio buttons, and ENTER on links, buttons and <summary>.

The app must run with its sample content (the default) and with DEMO_ACCOUNTS_PASSWORD set (the demo accounts
demo-koordination@, demo-akteur@, demo-bewohner@ and demo-helfer@beispiel.invalid); without that variable the tests that log
in are skipped. Changes are made to fresh entries (unique names per run) or to sample entries in a way that also
works on a database that was used before (the tests do not depend on each other's order).
"""

from __future__ import annotations

import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import (
    activate,
    check_page,
    choose,
    fill,
    find_button,
    find_link,
    follow_link,
    http_get,
    make_driver,
    mailed_link,
    path_of,
    press_button,
    register_and_verify,
    url,
    xpath_literal,
)

DEMO_PASSWORD = os.environ.get("DEMO_ACCOUNTS_PASSWORD")
COORDINATOR = "demo-koordination@beispiel.invalid"
ACTOR_EDITOR = "demo-akteur@beispiel.invalid"
RESIDENT = "demo-bewohner@beispiel.invalid"
HELPER, HELPER_NAME = "demo-helfer@beispiel.invalid", "Hilde D."
PASSWORD = "Sonnenblume-Akteure-2026"  # for the account registered in the journey
RUN = f"{time.strftime('%H%M%S')}-{uuid.uuid4().hex[:6]}"
ID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

needs_demo = pytest.mark.skipif(
    not DEMO_PASSWORD, reason="DEMO_ACCOUNTS_PASSWORD is not set (the app must run with the same value)"
)


# ------------------------------------------------------------------ helpers


class Journey:
    """Collects accessibility problems of every page visited; functional asserts stop at once."""

    def __init__(self, driver, prefix: str):
        self.driver = driver
        self.prefix = prefix
        self.problems: list[str] = []
        self.step = 0

    def check(self, name: str, **kwargs) -> None:
        self.step += 1
        check_page(self.driver, f"actors-{self.prefix}-{self.step:02d}-{name}", collect=self.problems, **kwargs)

    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "main").text

    def finish(self) -> None:
        if self.problems:
            pytest.fail(f"{len(self.problems)} accessibility problem(s):\n\n" + "\n\n".join(self.problems),
                        pytrace=False)


def log_in(driver, email: str, password: str | None = None) -> None:
    driver.get(url("/konto/anmelden"))
    fill(driver, "email", email)
    fill(driver, "password", password or DEMO_PASSWORD or "")
    activate(driver, driver.find_element(By.ID, "password"))
    assert path_of(driver) == "/konto", f"login of {email} failed: {driver.current_url}"


def log_out(driver) -> None:
    driver.get(url("/konto"))
    press_button(driver, "Abmelden")


def press_space(driver, element_id: str) -> None:
    """Tick a checkbox or radio button like a keyboard user: focus it and press SPACE."""
    el = driver.find_element(By.ID, element_id)
    if not el.is_selected():
        el.send_keys(Keys.SPACE)
    assert el.is_selected(), f"#{element_id} not selected after SPACE"


def request(driver, path: str, fields: list[tuple[str, str]] | None = None) -> tuple[int, dict, bytes]:
    """GET (or POST `fields`) outside the browser with the browser's cookies: (status, headers, body bytes).
    Redirects are not followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies()) if driver else ""
    data = urllib.parse.urlencode(fields).encode() if fields is not None else None
    req = urllib.request.Request(url(path), data=data, headers={"Cookie": cookie} if cookie else {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=30) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


def form_token(driver) -> str:
    tokens = driver.find_elements(By.NAME, "_csrf")
    assert tokens, f"no form token on {driver.current_url}"
    return tokens[0].get_attribute("value")


def list_names(driver) -> list[str]:
    """Names in the directory's numbered list."""
    return [a.text.strip() for a in driver.find_elements(By.CSS_SELECTOR, "ol.offer-list li h2 a")]


def public_names(query: str = "") -> list[str]:
    """Names the public directory lists (no session), optionally searched."""
    status, body = http_get("/akteure" + (f"?q={urllib.parse.quote(query)}" if query else ""))
    assert status == 200, f"/akteure?q={query}: HTTP {status}"
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(r'<a href="/akteure/' + ID + r'">(.*?)</a>', body)]


def error_summary_links(driver) -> dict[str, str]:
    """{target id: message} of the error summary; fails if a link has no target on the page."""
    summary = driver.find_elements(By.CSS_SELECTOR, "#fehler.error-summary[role=alert]")
    assert summary, f"no error summary (role=alert) on {driver.current_url}"
    links = {}
    for a in summary[0].find_elements(By.CSS_SELECTOR, "a"):
        target = (a.get_dom_attribute("href") or "").lstrip("#")
        assert target and driver.find_elements(By.ID, target), f"summary link {a.text!r} points to missing #{target}"
        links[target] = a.text.strip()
    return links


def demo_session(email: str):
    """A browser logged in with a demo account, for a module's checks."""
    if not DEMO_PASSWORD:
        pytest.skip("DEMO_ACCOUNTS_PASSWORD is not set")
    drv = make_driver()
    try:
        log_in(drv, email)
    except BaseException:
        drv.quit()
        raise
    return drv


@pytest.fixture(scope="module")
def coordinator():
    drv = demo_session(COORDINATOR)
    try:
        yield drv
    finally:
        drv.quit()


# ------------------------------------------------------------------ public pages


def test_directory_actor_page_and_exports(browser):
    """The public directory, an actor page reached by keyboard search, the unknown-filter error, the exports."""
    j = Journey(browser, "verzeichnis")
    browser.get(url("/akteure"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Akteure in Dortmund"
    names = list_names(browser)
    assert len(names) >= 5, f"directory lists only {names}"
    assert "Werkstatt Unionviertel" in names
    assert "Nachbarschaftstisch Nordmarkt" not in names, "a submitted (unreviewed) sample entry is public"
    # a numbered marker on the schematic map for each entry, and an accessible name for the map
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.map .map-marker")) == len(names)
    svg = browser.find_element(By.CSS_SELECTOR, "figure.map-figure svg")
    assert svg.get_attribute("role") == "img"
    title_id = svg.get_attribute("aria-labelledby")
    assert title_id and browser.find_element(By.ID, title_id).get_attribute("textContent").strip()
    for text, href in (("CSV-Tabelle", "/akteure.csv"), ("GeoJSON", "/akteure.geojson"),
                       ("Programmierschnittstelle", "/api/v1/actors")):
        assert find_link(browser, text).get_dom_attribute("href") == href
    j.check("liste")

    # search by name (typing, ENTER in the search field), then open the actor page by keyboard
    fill(browser, "q", "Werkstatt Unionviertel")
    activate(browser, browser.find_element(By.ID, "q"))
    assert path_of(browser).startswith("/akteure?"), browser.current_url
    assert list_names(browser) == ["Werkstatt Unionviertel"], list_names(browser)
    assert "1 Akteur gefunden." in j.text()
    j.check("suche")
    follow_link(browser, "Werkstatt Unionviertel")
    assert re.fullmatch(f"/akteure/{ID}", path_of(browser)), browser.current_url
    assert browser.find_element(By.TAG_NAME, "h1").text == "Werkstatt Unionviertel"
    main = j.text()
    assert "Beispiel" in main and "Making & Reparatur" in main
    caption = browser.find_elements(By.XPATH, "//main//table/caption")
    assert caption and caption[0].text == "Kooperationen von Werkstatt Unionviertel", "no cooperations table"
    assert "Eintrag verwalten" not in main, "a visitor sees the editing links"
    j.check("akteur")

    # an unknown filter value: 400 with a German message, and the page is still accessible
    status, body = http_get("/akteure?thema=quatsch")
    assert status == 400 and "Den Wert für „Thema“ kennen wir nicht" in body, f"HTTP {status}"
    browser.get(url("/akteure?thema=quatsch"))
    assert "kennen wir nicht" in browser.find_element(By.CSS_SELECTOR, ".error-summary[role=alert]").text
    j.check("unbekannter-filter")

    # the CSV export for spreadsheets: UTF-8 with BOM, semicolons
    status, headers, body = request(None, "/akteure.csv")
    assert status == 200 and headers.get("content-type", "").startswith("text/csv"), (status, headers)
    assert body.startswith(b"\xef\xbb\xbf") and b";" in body.split(b"\n")[0], body[:80]
    assert "Werkstatt Unionviertel" in body.decode("utf-8")
    j.finish()


def test_directory_filter_by_keyboard(browser):
    """Choosing a topic in the filter form (typeahead) and pressing ENTER on "Akteure anzeigen" narrows the list."""
    j = Journey(browser, "filter")
    browser.get(url("/akteure"))
    before = list_names(browser)
    choose(browser, "thema", "mobilitaet", typed="Mobilität")
    press_button(browser, "Akteure anzeigen")
    assert "thema=mobilitaet" in path_of(browser), browser.current_url
    after = list_names(browser)
    assert after and len(after) < len(before), f"filter did not narrow: {len(before)} → {after}"
    assert "Lastenrad-Verleih Dortmund-West" in after and "Werkstatt Unionviertel" not in after, after
    for item in browser.find_elements(By.CSS_SELECTOR, "ol.offer-list > li"):
        assert "Mobilität" in item.text, f"entry without the topic: {item.text!r}"
    assert Select(browser.find_element(By.ID, "thema")).first_selected_option.get_attribute("value") == "mobilitaet"
    status = browser.find_element(By.CSS_SELECTOR, "p.result-count[role=status]").text
    assert status == ("1 Akteur gefunden." if len(after) == 1 else f"{len(after)} Akteure gefunden."), status
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.map .map-marker")) == len(after)
    j.check("thema-mobilitaet")

    # a second filter on top (Stadtbezirk), then reset by keyboard
    choose(browser, "gebiet", "hombruch", typed="Stadtbezirk Hombruch")
    press_button(browser, "Akteure anzeigen")
    assert "gebiet=hombruch" in path_of(browser), browser.current_url
    assert "Lastenrad-Verleih Dortmund-West" not in list_names(browser)
    j.check("thema-und-gebiet")
    follow_link(browser, "Filter zurücksetzen")
    assert path_of(browser) == "/akteure" and len(list_names(browser)) == len(before)
    j.finish()


# ------------------------------------------------------------------ register and review


@needs_demo
def test_register_actor_review_and_publish(driver):
    """A new resident registers an actor by keyboard (first empty: errors), it stays private until the
    coordinator approves it on /akteure/pruefen; then it is listed publicly."""
    j = Journey(driver, "eintragen")
    name = f"Nachbarschaftscafé Test {RUN}"

    # a fresh resident account, registered through the site and confirmed by the mailed link
    register_and_verify(driver, f"akteur-{RUN}@example.org", PASSWORD, "Tara", "T", check=j.check)

    # from the directory to the form
    driver.get(url("/akteure"))
    follow_link(driver, "Eigene Initiative eintragen")
    assert path_of(driver) == "/akteure/neu"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Initiative eintragen"
    j.check("formular")

    # empty: every error in the summary (linked to its field) and next to its field
    press_button(driver, "Eintrag einreichen")
    assert path_of(driver) == "/akteure/neu", driver.current_url
    links = error_summary_links(driver)
    for field in ("name", "legalForm", "description", "size", "topics", "audiences", "street", "contactEmail"):
        assert field in links, f"no summary link to #{field}: {links}"
        assert driver.find_elements(By.ID, f"{field}-error"), f"no message next to #{field}"
    assert links["topics"] == "Bitte wählen Sie mindestens ein Thema."
    assert driver.find_element(By.ID, "name").get_attribute("aria-invalid") == "true"
    assert "name-error" in (driver.find_element(By.ID, "name").get_attribute("aria-describedby") or "")
    status, _, _ = request(driver, "/akteure/neu", [("_csrf", form_token(driver)), ("place", "fest")])
    assert status == 422, f"empty actor form: HTTP {status}, expected 422"
    j.check("formular-fehler")

    # the complete entry
    fill(driver, "name", name)
    choose(driver, "legalForm", "initiative", typed="Initiative")
    fill(driver, "description", "Jeden Mittwoch Kaffee und Kuchen für die Nachbarschaft.\n\nAlle sind willkommen.")
    fill(driver, "foundedYear", "2024")
    choose(driver, "size", "1-5", typed="1")
    press_space(driver, "topics")                # Einsamkeit (first box)
    press_space(driver, "topics-nachbarschaft")
    press_space(driver, "audiences")             # alle (first box)
    press_space(driver, "place")                 # "ja, eine öffentliche Adresse" (already chosen)
    fill(driver, "street", "Rheinische Straße 1")
    fill(driver, "postalCode", "44137")
    # open a Stadtbezirk's <details> with ENTER on its <summary>, then tick a Quartier with SPACE
    summary = driver.find_element(By.XPATH, "//details/summary[normalize-space()='Stadtbezirk Innenstadt-Nord']")
    summary.send_keys(Keys.ENTER)
    assert summary.find_element(By.XPATH, "..").get_attribute("open") is not None, "<details> did not open on ENTER"
    press_space(driver, "workAreas-nordmarkt")
    fill(driver, "contactEmail", f"cafe-{RUN}@example.org")
    fill(driver, "contactPhone", "0231 12345")
    press_button(driver, "Eintrag einreichen")
    if driver.find_elements(By.ID, "area"):  # the street lies in several Quartiere: choose one
        j.check("formular-quartier-waehlen")
        select = Select(driver.find_element(By.ID, "area"))
        choose(driver, "area", select.options[1].get_attribute("value"), typed=select.options[1].text)
        press_button(driver, "Eintrag einreichen")
    assert re.fullmatch(f"/akteure/({ID})\\?hinweis=eingereicht", path_of(driver)), \
        driver.current_url + "\n" + j.text()[:1500]
    actor_path = path_of(driver).split("?")[0]
    main = j.text()
    assert "Danke! Ihr Eintrag ist eingereicht." in main
    assert "Öffentlich sichtbar ist er erst nach der Freigabe." in main
    assert "Rheinische Straße 1" in main and "Nordmarkt" in main, main[:1500]
    j.check("eingereicht")

    # "Meine Akteure" shows it as submitted; the public does not see it yet
    driver.get(url("/akteure/meine"))
    row = driver.find_element(By.XPATH, f"//table//tr[td/a[normalize-space()={xpath_literal(name)}]]")
    assert "eingereicht, wird geprüft" in row.text, row.text
    j.check("meine")
    assert name not in public_names(name), "the submitted entry is public before review"
    assert http_get(actor_path)[0] == 404, "the submitted entry's page is public before review"
    log_out(driver)

    # the coordinator approves it
    log_in(driver, COORDINATOR)
    driver.get(url("/akteure/meine"))
    follow_link(driver, "Einträge prüfen")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Einträge prüfen"
    j.check("pruefen")
    press_button(driver, f"Freigeben: {name}")
    assert path_of(driver) == "/akteure/pruefen?hinweis=freigegeben", driver.current_url
    assert "Der Eintrag ist freigegeben." in j.text()
    assert not driver.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal('Freigeben: ' + name)}]")
    j.check("pruefen-freigegeben")
    log_out(driver)

    # now public: in the list and on its own page
    assert name in public_names(name), "the approved entry is not listed"
    driver.get(url("/akteure"))
    assert name in list_names(driver)
    driver.get(url(actor_path))
    assert driver.find_element(By.TAG_NAME, "h1").text == name
    assert "wird von der Koordinierungsstelle geprüft" not in j.text()
    j.finish()


@needs_demo
def test_coordinator_rejects_sample_entry(coordinator):
    """Rejecting without a reason is refused (422, error linked to the field); with a reason it works."""
    j = Journey(coordinator, "ablehnen")
    coordinator.get(url("/akteure/pruefen"))
    candidates = [n for n in ("Nachbarschaftstisch Nordmarkt", "Digital-Paten Eving")
                  if coordinator.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal('Ablehnen: ' + n)}]")]
    if not candidates:
        pytest.skip("both submitted sample entries are already decided (not a fresh database)")
    name = candidates[0]
    section = coordinator.find_element(By.XPATH, f"//section[.//h3[normalize-space()={xpath_literal(name)}]]")
    textarea = section.find_element(By.TAG_NAME, "textarea")
    field_id = textarea.get_attribute("id")
    assert coordinator.find_element(By.CSS_SELECTOR, f"label[for='{field_id}']").text.startswith("Begründung")

    # without a reason
    press_button(coordinator, f"Ablehnen: {name}")
    assert path_of(coordinator).startswith("/akteure/"), coordinator.current_url
    summary = coordinator.find_element(By.CSS_SELECTOR, ".error-summary[role=alert]")
    # the app's own wording is "Bitte begründen Sie die Ablehnung, …"; the generic text-field message is
    # what it shows today for an empty field
    assert ("Bitte begründen Sie die Ablehnung" in summary.text
            or "Bitte geben Sie die Begründung ein." in summary.text), summary.text
    assert summary.find_element(By.TAG_NAME, "a").get_dom_attribute("href") == f"#{field_id}"
    textarea = coordinator.find_element(By.ID, field_id)
    assert textarea.get_attribute("aria-invalid") == "true"
    assert f"{field_id}-error" in textarea.get_attribute("aria-describedby")
    assert coordinator.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal('Ablehnen: ' + name)}]")
    action = textarea.find_element(By.XPATH, "ancestor::form").get_dom_attribute("action")
    status, _, _ = request(coordinator, action, [("_csrf", form_token(coordinator)), ("decision", "ablehnen"),
                                                 ("reason", "  ")])
    assert status == 422, f"reject without reason: HTTP {status}, expected 422"
    j.check("ohne-begruendung")

    # with a reason (typed, then ENTER on the button)
    fill(coordinator, field_id, "Bitte nennen Sie einen öffentlichen Treffpunkt oder eine Kontaktadresse.")
    press_button(coordinator, f"Ablehnen: {name}")
    assert path_of(coordinator) == "/akteure/pruefen?hinweis=abgelehnt", coordinator.current_url
    main = j.text()
    assert "Der Eintrag ist abgelehnt" in main
    rejected = coordinator.find_element(By.XPATH, "//h2[normalize-space()='Abgelehnt']/following-sibling::ul[1]")
    assert name in rejected.text and "öffentlichen Treffpunkt" in rejected.text, rejected.text
    assert not coordinator.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal('Ablehnen: ' + name)}]")
    j.check("abgelehnt")
    assert name not in public_names(name)
    j.finish()


# ------------------------------------------------------------------ cooperations and editors


@needs_demo
def test_editor_confirms_and_proposes_cooperations(driver):
    """demo-akteur confirms the incoming proposal of the Seniorenbüro, proposes a tie from the workshop (first
    without a partner), withdraws it again, and invites a person to the workshop's editors."""
    j = Journey(driver, "kooperationen")
    log_in(driver, ACTOR_EDITOR)
    driver.get(url("/akteure/meine"))
    assert path_of(driver) == "/akteure/meine", driver.current_url
    mine = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "table td:first-child a")]
    assert "Werkstatt Unionviertel" in mine and any(n.startswith("Seniorenbüro") for n in mine), (
        f"demo-akteur edits {mine}, expected Werkstatt Unionviertel and a Seniorenbüro. ActorSampleSeeder adds "
        "demo-akteur@ as editor only if the account already exists, but on a fresh database Bootstrap.prepare "
        "seeds the samples before DemoAccounts.ensure creates the accounts")
    j.check("meine")

    # the Seniorenbüro: its cooperations page, linked from its row ("… offen – Seniorenbüro …")
    senioren = next(n for n in mine if n.startswith("Seniorenbüro"))
    row = driver.find_element(By.XPATH, f"//table//tr[td/a[normalize-space()={xpath_literal(senioren)}]]")
    activate(driver, row.find_element(By.XPATH, "td[3]/a"))
    assert re.fullmatch(f"/akteure/{ID}/kooperationen", path_of(driver)), driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Kooperationen: {senioren}"
    j.check("seniorenbuero")
    partner = "Kirchengemeinde am Hang – Besuchskreis"
    confirm = driver.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal('Bestätigen: ' + partner)}]")
    if confirm:
        assert "Gemeinsamer Seniorennachmittag" in j.text()
        assert find_button(driver, f"Ablehnen: {partner}")
        activate(driver, confirm[0])
        assert path_of(driver).endswith("/kooperationen?hinweis=bestaetigt"), driver.current_url
        assert "Die Kooperation ist bestätigt." in j.text()
        j.check("seniorenbuero-bestaetigt")
    table = driver.find_element(By.XPATH, f"//table[caption[normalize-space()={xpath_literal('Kooperationen von ' + senioren)}]]")
    row = table.find_element(By.XPATH, f".//tr[td[normalize-space()={xpath_literal(partner)}]]")
    assert "bestätigt" in row.text, row.text
    assert not driver.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal('Bestätigen: ' + partner)}]")
    # the confirmed tie is public on the Seniorenbüro's page
    follow_link(driver, senioren)
    public = driver.find_element(By.XPATH, "//table[caption[starts-with(normalize-space(), 'Kooperationen von')]]")
    assert partner in public.text, public.text
    assert "Eintrag verwalten" in j.text()
    j.check("seniorenbuero-seite")

    # the workshop: propose a tie, first without a partner
    driver.get(url("/akteure/meine"))
    follow_link(driver, "Werkstatt Unionviertel")
    workshop_path = path_of(driver).split("?")[0]
    follow_link(driver, "Kooperationen verwalten")
    assert path_of(driver) == workshop_path + "/kooperationen", driver.current_url
    j.check("werkstatt")
    press_space(driver, "kind")  # Kooperation
    fill(driver, "note", "Gemeinsames Repair-Café")
    press_button(driver, "Kooperation vorschlagen")
    links = error_summary_links(driver)
    assert links.get("partner") == "Bitte wählen Sie den Partner.", links
    assert driver.find_element(By.ID, "kind").is_selected(), "the chosen kind was not kept"
    assert driver.find_element(By.ID, "note").get_attribute("value") == "Gemeinsames Repair-Café"
    j.check("werkstatt-fehler")
    new_partner = "Repair-Treff Süd"
    option = driver.find_element(By.XPATH, f"//select[@id='partner']/option[normalize-space()={xpath_literal(new_partner)}]")
    choose(driver, "partner", option.get_attribute("value"), typed="Repair-Treff")
    press_button(driver, "Kooperation vorschlagen")
    assert path_of(driver) == workshop_path + "/kooperationen?hinweis=vorgeschlagen", \
        driver.current_url + "\n" + j.text()[:1500]
    assert "Die Kooperation ist vorgeschlagen." in j.text()
    row = driver.find_element(By.XPATH, f"//table//tr[td[normalize-space()={xpath_literal(new_partner)}]]")
    assert f"wartet auf Bestätigung durch {new_partner}" in row.text, row.text
    j.check("werkstatt-vorgeschlagen")
    # not public while only proposed
    status, body = http_get(workshop_path)
    assert status == 200 and new_partner not in body, "a proposed (unconfirmed) tie is public"
    # withdraw it again (keeps the sample data as it was)
    press_button(driver, f"Zurückziehen: {new_partner}")
    assert path_of(driver) == workshop_path + "/kooperationen?hinweis=beendet", driver.current_url
    assert not driver.find_elements(By.XPATH, f"//table//tr[td[normalize-space()={xpath_literal(new_partner)}]]")

    # the editors page: invite a person (first an invalid address)
    driver.get(url(workshop_path))
    follow_link(driver, "Redaktion und Einladungen")
    assert path_of(driver) == workshop_path + "/redaktion", driver.current_url
    assert "Redaktion: Werkstatt Unionviertel" == driver.find_element(By.TAG_NAME, "h1").text
    j.check("redaktion")
    fill(driver, "email", "keine-adresse")
    press_button(driver, "Einladung senden")
    assert "email" in error_summary_links(driver)
    j.check("redaktion-fehler")
    invited = f"redaktion-{RUN}@example.org"
    fill(driver, "email", invited)
    press_button(driver, "Einladung senden")
    assert path_of(driver) == workshop_path + "/redaktion?hinweis=eingeladen", driver.current_url
    assert "Die Einladung ist verschickt." in j.text() and invited in j.text()
    j.check("redaktion-eingeladen")
    press_button(driver, f"Einladung an {invited} zurückziehen")
    assert "Die Einladung ist zurückgezogen." in j.text() and invited not in j.text()
    j.finish()


# ------------------------------------------------------------------ the network page


NETWORK_TABLES = ("akteure", "gruppen", "vermittler", "hotspots", "vorschlaege")


@needs_demo
def test_network_page_for_coordinator(coordinator):
    """/netzwerk: the network map is an SVG with a title, every table has a caption, the CSV downloads are
    spreadsheet-ready (text/csv, UTF-8 BOM, semicolons)."""
    j = Journey(coordinator, "netzwerk")
    coordinator.get(url("/akteure"))
    follow_link(coordinator, "Akteursnetz")  # header navigation, coordinators only
    assert path_of(coordinator) == "/netzwerk", coordinator.current_url
    assert coordinator.find_element(By.TAG_NAME, "h1").text == "Akteursnetz"
    svg = coordinator.find_element(By.CSS_SELECTOR, "figure.network-figure svg.network-map")
    assert svg.get_attribute("role") == "img"
    title = svg.find_element(By.TAG_NAME, "title")
    assert svg.get_attribute("aria-labelledby") == title.get_attribute("id")
    assert title.get_attribute("textContent").startswith("Netzkarte mit "), title.get_attribute("textContent")
    assert svg.find_elements(By.CSS_SELECTOR, "circle.network-node") and svg.find_elements(By.CSS_SELECTOR, "line.network-edge")
    tables = coordinator.find_elements(By.CSS_SELECTOR, "main table")
    assert len(tables) >= 3, f"only {len(tables)} tables"
    for table in tables:
        captions = table.find_elements(By.TAG_NAME, "caption")
        assert captions and captions[0].get_attribute("textContent").strip(), "a table without caption"
    body = j.text()
    assert "Werkstatt Unionviertel" in body and "Netzwerk gegen Einsamkeit (Koordinierungsstelle)" in body
    # the in-page contents navigation works by keyboard
    contents = coordinator.find_element(By.CSS_SELECTOR, "main nav[aria-label]")
    for a in contents.find_elements(By.TAG_NAME, "a"):
        target = (a.get_dom_attribute("href") or "").lstrip("#")
        assert coordinator.find_elements(By.ID, target), f"contents link {a.text!r} points to missing #{target}"
    hrefs = {a.get_dom_attribute("href") for a in coordinator.find_elements(By.CSS_SELECTOR, "main a")}
    j.check("seite")

    for table in NETWORK_TABLES:
        path = f"/netzwerk/csv/{table}"
        assert path in hrefs, f"no link to {path}"
        status, headers, data = request(coordinator, path)
        assert status == 200, f"{path}: HTTP {status}"
        assert headers.get("content-type", "").startswith("text/csv"), f"{path}: {headers.get('content-type')}"
        assert "attachment" in headers.get("content-disposition", ""), f"{path}: {headers}"
        assert data.startswith(b"\xef\xbb\xbf"), f"{path} does not start with the UTF-8 BOM: {data[:20]!r}"
        header_line = data[3:].decode("utf-8").splitlines()[0]
        assert ";" in header_line, f"{path}: header {header_line!r}"
    status, _, data = request(coordinator, "/netzwerk/csv/akteure")
    assert "Werkstatt Unionviertel" in data.decode("utf-8")
    assert request(coordinator, "/netzwerk/csv/unbekannt")[0] == 404
    j.finish()


@needs_demo
def test_network_and_review_closed_to_residents(driver):
    """A resident gets 403 on /netzwerk, its CSV and /akteure/pruefen; visitors are sent to the login."""
    assert request(None, "/netzwerk")[0] == 303
    assert request(None, "/netzwerk/csv/akteure")[0] in (401, 403)
    assert request(None, "/akteure/pruefen")[0] == 303
    log_in(driver, RESIDENT)
    for path in ("/netzwerk", "/netzwerk/csv/akteure", "/akteure/pruefen"):
        status, _, _ = request(driver, path)
        assert status == 403, f"{path} for a resident: HTTP {status}, expected 403"
    driver.get(url("/netzwerk"))
    assert "Akteursnetz" not in driver.find_element(By.TAG_NAME, "h1").text
    check_page(driver, "actors-netzwerk-403")


@needs_demo
def test_invitation_is_accepted_by_keyboard(driver):
    """demo-akteur invites demo-helfer's address; the link from the outbox (read from the app's SQLite file) shows
    the invitation to a visitor, demo-bewohner (another address) is refused, demo-helfer accepts and lands in the
    editors of the workshop; demo-akteur removes them again (so the test also works on a used database)."""
    j = Journey(driver, "einladung")
    log_in(driver, ACTOR_EDITOR)
    driver.get(url("/akteure/meine"))
    follow_link(driver, "Werkstatt Unionviertel")
    workshop_path = path_of(driver).split("?")[0]
    driver.get(url(workshop_path + "/redaktion"))
    remove_helper = f"{HELPER_NAME} aus der Redaktion entfernen"
    if driver.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal(remove_helper)}]"):
        press_button(driver, remove_helper)  # left over from an earlier run that stopped half-way
    fill(driver, "email", HELPER)
    press_button(driver, "Einladung senden")
    assert "hinweis=eingeladen" in driver.current_url, driver.current_url
    link = urllib.parse.urlsplit(mailed_link(HELPER, "actor-invitation")).path
    assert link.startswith("/akteure/einladung/"), link
    log_out(driver)
    # a visitor sees the invitation and is asked to log in first
    driver.get(url(link))
    j.check("besucher")
    assert "Bitte melden Sie sich zuerst an" in j.text()
    # the invitation is for the invited address only: demo-bewohner is refused
    log_in(driver, RESIDENT)
    driver.get(url(link))
    j.check("andere-adresse")
    token = form_token(driver)
    press_button(driver, "Einladung annehmen")
    assert "andere E-Mail-Adresse" in j.text(), f"{driver.current_url}\n{j.text()[:500]}"
    status, _, _ = request(driver, link, [("_csrf", token)])
    assert status == 403, f"POST {link} as {RESIDENT}: HTTP {status}, expected 403"
    j.check("andere-adresse-abgelehnt")
    log_out(driver)
    # demo-helfer accepts
    log_in(driver, HELPER)
    driver.get(url(link))
    j.check("angemeldet")
    press_button(driver, "Einladung annehmen")
    assert path_of(driver).split("?")[0] == workshop_path, driver.current_url
    assert "Willkommen in der Redaktion" in j.text()
    j.check("angenommen")
    # the link is used up
    status, _ = http_get(link)
    assert status == 404, status
    log_out(driver)
    # demo-akteur removes demo-helfer again
    log_in(driver, ACTOR_EDITOR)
    driver.get(url(workshop_path + "/redaktion"))
    press_button(driver, remove_helper)
    assert not driver.find_elements(By.XPATH, f"//button[normalize-space()={xpath_literal(remove_helper)}]"), \
        f"{HELPER} is still in the Redaktion: {driver.current_url}"
    j.check("entfernt")
    j.finish()
