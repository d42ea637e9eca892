"""A resident's first visit, by keyboard: register → "check your mail" → open the
verification link → confirmed → log out → log in → find my Quartier by street →
account page → download my data → log out.

Every app page visited gets axe (WCAG 2.1 A/AA), the first-Tab skip-link check
and screenshots at 320/1280 px. Accessibility problems are collected and reported
together at the end; functional problems stop the journey at once.
The journey never runs page JavaScript: it types, and presses ENTER.
"""

from __future__ import annotations

import json
import time
import uuid

import pytest
from selenium.webdriver.common.by import By

from conftest import (
    activate,
    check_page,
    fetch_with_cookies,
    fill,
    find_link,
    follow_link,
    path_of,
    press_button,
    register_and_verify,
    url,
)

PASSWORD = "Sonnenblume-Kiosk-2026"


class Journey:
    def __init__(self, driver):
        self.driver = driver
        self.problems: list[str] = []
        self.step = 0

    def check(self, name: str, **kwargs) -> None:
        self.step += 1
        check_page(self.driver, f"journey-{self.step:02d}-{name}", collect=self.problems, **kwargs)

    def expect_path(self, expected: str) -> None:
        got = path_of(self.driver)
        assert got == expected, f"expected to be on {expected}, but on {got} ({self.driver.current_url})"

    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "body").text


def read_json_page(driver, download_dir, path: str) -> str:
    """Body of a JSON URL opened in the browser: Chrome shows JSON in a <pre>; if the
    app sends it as an attachment, read the downloaded file; last resort: fetch it
    with the browser's session cookie."""
    pre = driver.find_elements(By.TAG_NAME, "pre")
    if pre and pre[0].text.strip():
        return pre[0].text
    deadline = time.time() + 10
    while time.time() < deadline:
        files = [p for p in download_dir.iterdir() if not p.name.endswith(".crdownload")]
        if files:
            return files[0].read_text(encoding="utf-8")
        time.sleep(0.2)
    status, body = fetch_with_cookies(driver, path)
    assert status == 200, f"GET {path} with session cookie: HTTP {status}"
    return body


def test_register_login_find_quartier_download_logout(driver, download_dir):
    j = Journey(driver)
    email = f"test-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}@example.org"

    # Start page, then the header link "Registrieren".
    driver.get(url("/"))
    j.check("start")
    follow_link(driver, "Registrieren")
    j.expect_path("/konto/registrieren")
    j.check("registrieren")

    # Register (typing only; ENTER in the last text field submits the form) → "check your mail"
    # (/konto/registriert) → open the link from the verification mail → confirmed and logged in.
    register_and_verify(driver, email, PASSWORD, "Test", "B", open_form=False, check=j.check)
    j.expect_path("/konto?hinweis=bestaetigt")
    assert "Test" in j.text() and "Borsigplatz" in j.text(), j.text()[:500]

    # Log out.
    press_button(driver, "Abmelden")
    j.expect_path("/")
    assert find_link(driver, "Anmelden")
    j.check("start-abgemeldet")

    # Log in via the header link.
    follow_link(driver, "Anmelden")
    j.expect_path("/konto/anmelden")
    j.check("anmelden")
    fill(driver, "email", email)
    fill(driver, "password", PASSWORD)
    activate(driver, driver.find_element(By.ID, "password"))
    j.expect_path("/konto")
    assert "Test" in j.text()
    j.check("konto-nach-anmeldung")

    # Find my Quartier by street from the start page.
    driver.get(url("/"))
    j.check("start-angemeldet")
    fill(driver, "q", "Oesterholzstr")
    activate(driver, driver.find_element(By.ID, "q"))
    assert path_of(driver).startswith("/suche?"), driver.current_url
    j.check("suche-oesterholzstr")
    results = driver.find_elements(By.CSS_SELECTOR, "ul.results a")
    assert results, "no search results for Oesterholzstr"
    activate(driver, results[0])
    assert path_of(driver).startswith("/quartiere/"), driver.current_url
    h1 = driver.find_elements(By.TAG_NAME, "h1")
    assert h1 and h1[0].text.strip(), "Quartier page without <h1>"
    assert "schematische Karte" in driver.page_source
    j.check("quartier-aus-suche")

    # Account page via the header link.
    follow_link(driver, "Mein Konto")
    j.expect_path("/konto")
    j.check("konto")

    # Download my data.
    link = find_link(driver, "Meine Daten herunterladen")
    assert (link.get_dom_attribute("href") or "").endswith("/konto/daten.json")
    driver.get(url("/konto/daten.json"))
    body = read_json_page(driver, download_dir, "/konto/daten.json")
    data = json.loads(body)  # must be valid JSON
    assert email in json.dumps(data, ensure_ascii=False).lower(), body[:500]
    # Chrome's own JSON viewer page (no lang, no title) is not app markup: screenshots only.
    j.check("daten-json", axe=False, keyboard=False)

    # Back to the account page and log out.
    driver.get(url("/konto"))
    j.expect_path("/konto")
    press_button(driver, "Abmelden")
    j.expect_path("/")
    j.check("start-nach-abmeldung")

    # Logged out: my data is no longer served.
    status, body = fetch_with_cookies(driver, "/konto/daten.json")
    assert email not in body, f"/konto/daten.json still shows my data after logout (HTTP {status})"

    if j.problems:
        pytest.fail(
            f"{len(j.problems)} accessibility problem(s) on the journey:\n\n" + "\n\n".join(j.problems),
            pytrace=False,
        )
