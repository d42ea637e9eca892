"""Einsamkeitsmonitor (issue 6): the public survey by keyboard, the paper version, and the coordinator's pages.

Every page gets axe (WCAG 2.1 A/AA, 0 violations), the first-Tab skip-link check and screenshots at 320/1280 px.
The app must run with its sample content (the default), which opens a sample wave today.

Coordinator pages need an account with that role: the test creates one with the app's own command line
(`gemeinsam create-admin`, on the same database as the running app: env SQLITE_PATH or DATABASE_URL, and
GEMEINSAM_BIN, default .build/debug/gemeinsam) and then grants itself the role on /admin/rollen, by keyboard.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import (
    activate,
    check_page,
    choose,
    fill,
    find_button,
    http_get,
    make_driver,
    path_of,
    press_button,
    url,
)

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Sonnenblume-Monitor-2026"


def press_space(driver, element_id: str) -> None:
    """Tick a radio button or checkbox like a keyboard user: focus it and press SPACE."""
    el = driver.find_element(By.ID, element_id)
    el.send_keys(Keys.SPACE)
    assert el.is_selected(), f"#{element_id} not selected after SPACE"


def test_survey_by_keyboard_only(driver):
    problems: list[str] = []
    driver.get(url("/umfrage"))
    assert driver.find_elements(By.CSS_SELECTOR, "form.survey-form"), "no open wave: start the app with sample content"
    check_page(driver, "umfrage", collect=problems)

    choose(driver, "q-quartier", "borsigplatz", typed="Borsigplatz")
    press_space(driver, "q-ucla1-4")            # oft
    press_space(driver, "q-ucla2-3")            # manchmal
    press_space(driver, "q-ucla3")              # nie (first option)
    for key in ("djg_e1", "djg_e2", "djg_e3"):
        press_space(driver, f"q-{key}-nein")
    for key in ("djg_s1", "djg_s2", "djg_s3"):
        press_space(driver, f"q-{key}")         # ja
    press_space(driver, "q-direkt-2")
    press_space(driver, "q-wuensche")           # Treffpunkt (first box)
    press_space(driver, "q-wuensche-baenke")
    press_space(driver, "q-alter-65-79")
    fill(driver, "q-freitext", "Eine Bank an der Haltestelle wäre schön.")
    press_space(driver, "einwilligung")
    activate(driver, find_button(driver, "Antworten absenden"))
    assert path_of(driver) == "/umfrage/danke", driver.current_url
    assert "Vielen Dank" in driver.find_element(By.TAG_NAME, "h1").text
    check_page(driver, "umfrage-danke", collect=problems)
    # no session was started for the anonymous answer
    assert not [c for c in driver.get_cookies() if c["name"] == "gemeinsam_session"]
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


def test_survey_errors_are_announced(driver):
    driver.get(url("/umfrage"))
    activate(driver, find_button(driver, "Antworten absenden"))   # no consent
    summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary[role=alert]")
    assert summary and "einverstanden" in summary[0].text
    check_page(driver, "umfrage-fehler")


def test_paper_version(driver):
    status, _ = http_get("/umfrage/papier")
    assert status == 200
    driver.get(url("/umfrage/papier"))
    text = driver.find_element(By.TAG_NAME, "main").text
    assert "☐ sehr oft" in text and "Ich vermisse Menschen um mich herum." in text
    check_page(driver, "umfrage-papier")


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    binary = os.environ.get("GEMEINSAM_BIN") or str(ROOT / ".build" / "debug" / "gemeinsam")
    if not (os.environ.get("SQLITE_PATH") or os.environ.get("DATABASE_URL")):
        pytest.fail("SQLITE_PATH (or DATABASE_URL) of the running app is needed to create a coordinator", pytrace=False)
    env = {k: v for k, v in os.environ.items() if k != "TEST_DATABASE_URL"}
    return subprocess.run([binary, *args], input=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def coordinator():
    """A logged-in coordinator (fresh account per test module)."""
    email = f"koordination-{uuid.uuid4().hex[:10]}@example.org"
    result = run_cli("create-admin", "--email", email, stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    drv = make_driver()
    try:
        drv.get(url("/konto/anmelden"))
        fill(drv, "email", email)
        fill(drv, "password", PASSWORD)
        activate(drv, drv.find_element(By.ID, "password"))
        drv.get(url("/admin/rollen"))
        fill(drv, "email", email)
        choose(drv, "role", "coordinator", typed="Koordinierungsstelle")
        press_button(drv, "Vergeben")
        assert "Koordinierungsstelle" in drv.find_element(By.TAG_NAME, "main").text
        yield drv
    finally:
        drv.quit()


@pytest.mark.parametrize("path,name,heading", [
    ("/monitor", "monitor", "Einsamkeitsmonitor"),
    ("/monitor?messgroesse=djg&gebiet=innenstadt-nord", "monitor-djg-innenstadt-nord", "Einsamkeitsmonitor"),
    ("/monitor/luecken", "monitor-luecken", "Lückenanalyse"),
    ("/monitor/freitexte", "monitor-freitexte", "Freitexte"),
    ("/monitor/fragebogen", "monitor-fragebogen", "Fragebogen und Befragungswellen"),
    ("/kiosk/umfrage", "kiosk-umfrage", "Papierbögen"),
])
def test_coordinator_pages(coordinator, path, name, heading):
    coordinator.get(url(path))
    h1 = coordinator.find_element(By.TAG_NAME, "h1").text
    assert heading in h1, f"{path}: {h1!r}"
    if path == "/monitor":
        main = coordinator.find_element(By.TAG_NAME, "main").text
        assert "Beispieldaten" in main
        assert "Bund 2021: 11,3 %" in coordinator.page_source
        assert coordinator.find_elements(By.CSS_SELECTOR, "svg.choropleth")
    check_page(coordinator, name)


def test_coordinator_reviews_a_free_text_by_keyboard(coordinator):
    coordinator.get(url("/monitor/freitexte"))
    buttons = coordinator.find_elements(By.XPATH, "//button[normalize-space()='Freigeben']")
    assert buttons, "no pending free text (sample content has three)"
    before = len(buttons)
    activate(coordinator, buttons[0])
    assert path_of(coordinator).startswith("/monitor/freitexte")
    after = coordinator.find_elements(By.XPATH, "//button[normalize-space()='Freigeben']")
    assert len(after) == before - 1
    check_page(coordinator, "monitor-freitexte-nach-pruefung")


def test_margin_upload_errors_are_accessible(coordinator):
    coordinator.get(url("/monitor/fragebogen"))
    fill(coordinator, "rv-name", "Test")
    fill(coordinator, "rv-quelle", "Test")
    fill(coordinator, "rv-stand", "31.12.2023")
    fill(coordinator, "rv-inhalt", "variable,category,population\nalter,18-29,10")
    activate(coordinator, find_button(coordinator, "Hochladen und prüfen"))
    summary = coordinator.find_elements(By.CSS_SELECTOR, ".error-summary[role=alert]")
    assert summary and "Unbekannte Variable" in summary[0].text
    check_page(coordinator, "monitor-fragebogen-fehler")
