"""Begegnung: finding offers near you, offer and place pages, the printed weekly notice.
Every page: axe (WCAG 2.1 A/AA) 0 violations, first Tab = skip link, screenshots at 320/1280 px."""

from __future__ import annotations

import base64
import re
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import SCREENSHOT_DIR, check_page, choose, http_get, press_button, url, visit


def first_href(driver, pattern: str) -> str:
    for a in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = re.sub(r"^https?://[^/]+", "", a.get_dom_attribute("href") or "")
        if re.fullmatch(pattern, href):
            return href
    raise AssertionError(f"no link matching {pattern}")


def test_offer_list_offer_and_place_pages(browser):
    visit(browser, "/quartiere/borsigplatz/angebote", "begegnung-angebote-borsigplatz")
    assert "Angebote in und um Borsigplatz" in browser.page_source
    assert browser.find_elements(By.CSS_SELECTOR, "svg.map .map-marker"), "map markers expected"
    offer = first_href(browser, r"/angebote/[0-9a-f-]{36}")
    visit(browser, offer, "begegnung-angebot")
    assert "Die nächsten Termine" in browser.page_source
    place = first_href(browser, r"/orte/[0-9a-f-]{36}")
    visit(browser, place, "begegnung-ort")
    assert "Angebote an diesem Ort" in browser.page_source


def test_quartier_page_lists_next_offers(browser):
    visit(browser, "/quartiere/borsigplatz", "begegnung-quartier-mit-angeboten")
    assert "Alle Angebote in der Nähe ansehen" in browser.page_source


def test_filter_with_keyboard(driver):
    driver.get(url("/quartiere/borsigplatz/angebote"))
    choose(driver, "kategorie", "bewegung", "Bewegung")
    press_button(driver, "Anzeigen")
    assert "kategorie=bewegung" in driver.current_url
    check_page(driver, "begegnung-gefiltert")
    metas = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".offer-meta")]
    assert metas and all(m.startswith("Bewegung & Sport") for m in metas), metas


def test_bad_filter_is_a_german_400(browser):
    status, body = http_get("/quartiere/borsigplatz/angebote?kategorie=unbekannt")
    assert status == 400 and "unbekannten Wert" in body
    visit(browser, "/quartiere/borsigplatz/angebote?kategorie=unbekannt", "begegnung-filterfehler")


def test_weekly_notice_prints_to_a4_pdf(browser):
    visit(browser, "/quartiere/borsigplatz/aushang", "begegnung-aushang")
    assert "Diese Woche in Borsigplatz" in browser.page_source
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False, "preferCSSPageSize": True,
    })["data"])
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 3, f"{pages} pages"
    out = Path(SCREENSHOT_DIR) / "begegnung-aushang.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)


def test_calendar_feed_is_served(browser):
    status, body = http_get("/quartiere/borsigplatz/kalender.ics")
    assert status == 200 and body.startswith("BEGIN:VCALENDAR") and "RRULE:" in body
