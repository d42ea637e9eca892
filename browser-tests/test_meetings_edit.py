"""Begegnung editing, by keyboard: an actor editor creates a place (first with errors),
a room and an offer (first with errors), reads the history; a resident asks for the
room; the editor confirms; the week view shows the room as taken. A coordinator adds
a place type. Every page gets axe (WCAG 2.1 A/AA), the first-Tab check and screenshots
at 320/1280 px; problems are collected and reported together.

Accounts: the admin comes from the app's own command `gemeinsam create-admin` (run
against the same SQLite file as the app under test) and makes itself coordinator on
/admin/rollen; everyone else registers through the site (confirmed by the link from the
verification mail in the app's outbox). The editor's rights come from the Redaktion of an
approved actor: the coordinator invites the editor, who accepts by the mailed link. The SQLite file and binary are taken from
SQLITE_PATH or GEMEINSAM_SQLITE_PATH / GEMEINSAM_BIN, else from the running app's
process (found by its --port on Linux; conftest.app_process). Without them the test is
skipped, saying why.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
import time
import urllib.request
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import (
    Session,
    activate,
    app_process,
    check_page,
    choose,
    fill,
    find_link,
    follow_link,
    mailed_link,
    path_of,
    press_button,
    register_and_verify,
    url,
)

PASSWORD = "Sonnenblume-Kiosk-2026"
RUN = f"{time.strftime('%H%M%S')}-{uuid.uuid4().hex[:6]}"


# ------------------------------------------------------------------ accounts


def register(email: str, first: str, initial: str) -> Session:
    """A resident registered and confirmed by the mailed link (plain HTTP: the setup, not the journey)."""
    s = Session()
    register_and_verify(s, email, PASSWORD, first, initial)
    return s


@pytest.fixture(scope="module")
def accounts():
    binary, sqlite = app_process()
    if not binary or not sqlite:
        pytest.skip("GEMEINSAM_BIN/GEMEINSAM_SQLITE_PATH not set and the app's process not found: "
                    "cannot run `gemeinsam create-admin` against the app's database")
    admin_email = f"admin-{RUN}@example.org"
    env = dict(os.environ, SQLITE_PATH=sqlite)
    env.pop("DATABASE_URL", None)
    done = subprocess.run([binary, "create-admin", "--email", admin_email, "--first-name", "Ada"],
                          input=PASSWORD + "\n", text=True, capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, f"create-admin failed: {done.stdout}\n{done.stderr}"
    admin = Session()
    status, body = admin.post("/konto/anmelden", [("email", admin_email), ("password", PASSWORD)])
    assert status == 200 and "Mein Konto" in body, f"admin login: HTTP {status}"

    status, body = admin.post("/admin/rollen", [("action", "grant"), ("email", admin_email), ("role", "coordinator")])
    assert status == 200 and "vergeben" in body, f"grant coordinator to {admin_email}: HTTP {status}"

    editor = f"editor-{RUN}@example.org"
    resident = f"bewohner-{RUN}@example.org"
    editor_session = register(editor, "Erika", "M")
    register(resident, "Rudi", "S")
    join_actor_editors(admin, editor_session, editor, EDITOR_ACTOR)
    return {"admin": admin_email, "editor": editor, "resident": resident}


# Editing rights in Begegnung follow from editing an approved actor (no actorEditor role any more): the coordinator
# invites the editor to this sample actor, which the other browser tests leave alone.
EDITOR_ACTOR = "Stadtlabor West"


def join_actor_editors(coordinator: Session, editor: Session, editor_email: str, actor_name: str) -> None:
    """The coordinator invites `editor_email` to the Redaktion of the actor; the editor accepts by the mailed link."""
    status, body = coordinator.get("/akteure")
    found = re.search(r'href="(/akteure/[0-9a-f-]{36})"[^>]*>\s*' + re.escape(actor_name) + r"\s*<", body)
    assert found, f"no actor {actor_name!r} on /akteure (HTTP {status})"
    editors = found.group(1) + "/redaktion"
    status, body = coordinator.post(editors, [("email", editor_email)])
    assert status == 200 and "hinweis=eingeladen" in coordinator.last_url, \
        f"invitation of {editor_email} to {actor_name}: HTTP {status} on {coordinator.last_url}"
    link = mailed_link(editor_email, "actor-invitation")
    status, body = editor.post(link, [])
    assert status == 200 and "hinweis=redaktion" in editor.last_url, \
        f"{editor_email} accepting the invitation to {actor_name}: HTTP {status} on {editor.last_url}"


# ------------------------------------------------------------------ helpers


class Journey:
    def __init__(self, driver):
        self.driver = driver
        self.problems: list[str] = []
        self.step = 0

    def check(self, name: str, **kwargs) -> None:
        self.step += 1
        check_page(self.driver, f"meetings-edit-{self.step:02d}-{name}", collect=self.problems, **kwargs)

    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "body").text

    def finish(self) -> None:
        if self.problems:
            pytest.fail(f"{len(self.problems)} accessibility problem(s):\n\n" + "\n\n".join(self.problems),
                        pytrace=False)


def log_in(driver, email: str) -> None:
    driver.get(url("/konto/anmelden"))
    fill(driver, "email", email)
    fill(driver, "password", PASSWORD)
    activate(driver, driver.find_element(By.ID, "password"))
    assert path_of(driver) == "/konto", driver.current_url


def log_out(driver) -> None:
    driver.get(url("/konto"))
    press_button(driver, "Abmelden")


def tick(driver, element_id: str) -> None:
    """Check a checkbox or radio button with the space bar."""
    el = driver.find_element(By.ID, element_id)
    if not el.is_selected():
        el.send_keys(Keys.SPACE)
    assert el.is_selected(), element_id


def borsigplatz_point() -> tuple[str, str]:
    with urllib.request.urlopen(url("/api/v1/areas?kind=statisticalDistrict"), timeout=30) as resp:
        data = json.loads(resp.read().decode())
    items = data if isinstance(data, list) else data.get("areas") or data.get("items") or []
    for item in items:
        if item.get("slug") == "borsigplatz":
            c = item["centroid"]
            return f"{c['lat']:.6f}".replace(".", ","), f"{c['lon']:.6f}".replace(".", ",")
    return "51,5214", "7,4842"


def de_date(d: datetime.date) -> str:
    return d.strftime("%d.%m.%Y")


# ------------------------------------------------------------------ the journey


def test_editor_place_room_offer_booking(driver, accounts):
    j = Journey(driver)
    log_in(driver, accounts["editor"])

    follow_link(driver, "Verwalten")
    assert path_of(driver) == "/verwalten"
    j.check("verwalten-leer")

    # a place: first empty (errors next to the fields), then complete
    follow_link(driver, "Neuen Ort anlegen")
    j.check("ort-neu")
    press_button(driver, "Ort anlegen")
    assert driver.find_elements(By.ID, "fehler"), "no error summary"
    assert "Bitte geben Sie den Namen des Ortes ein" in j.text()
    j.check("ort-neu-fehler")
    lat, lon = borsigplatz_point()
    fill(driver, "name", f"Treff am Platz {RUN}")
    choose(driver, "type", "begegnungszentrum", typed="Begegnungszentrum")
    fill(driver, "street", "Oesterholzstraße 12")
    fill(driver, "postalCode", "44145")
    fill(driver, "city", "Dortmund")
    fill(driver, "lat", lat)
    fill(driver, "lon", lon)
    tick(driver, "stepFree")
    tick(driver, "accessibleWC")
    fill(driver, "phone", "0231 50-12345")
    tick(driver, "status-published")
    press_button(driver, "Ort anlegen")
    if driver.find_elements(By.ID, "area"):  # the point fell between the approximate Quartier shapes
        j.check("ort-quartier-waehlen")
        choose(driver, "area", "borsigplatz", typed="Borsigplatz")
        press_button(driver, "Ort anlegen")
    assert re.fullmatch(r"/orte/[0-9A-F-]{36}/bearbeiten\?hinweis=angelegt", path_of(driver)), driver.current_url
    assert "Angelegt." in j.text()
    j.check("ort-bearbeiten")

    # a room of the place
    follow_link(driver, "Raum anlegen")
    j.check("raum-neu")
    fill(driver, "name", "Gruppenraum")
    fill(driver, "capacity", "18")
    fill(driver, "equipment", "Tische, Stühle, Kaffeemaschine")
    tick(driver, "accessible")
    fill(driver, "bookingRules", "Für Nachbarschaftsgruppen kostenlos.\n\nSchlüssel im Büro.")
    press_button(driver, "Raum anlegen")
    room_path = path_of(driver).split("?")[0]
    assert re.fullmatch(r"/raeume/[0-9A-F-]{36}", room_path), driver.current_url
    assert "Belegung" in j.text()
    j.check("raum-wochenansicht-leer")

    # an offer: wrong dates first
    driver.get(url("/angebote/neu"))
    j.check("angebot-neu")
    fill(driver, "title", "Spielenachmittag <für alle>")
    fill(driver, "description", "Rommé, Skat und neue Spiele.\n\nEinfach vorbeikommen.")
    choose(driver, "category", "spiele", typed="Spiele")
    tick(driver, "audiences")  # "alle"
    fill(driver, "organiser", "Nachbarschaftsinitiative")
    fill(driver, "contact", "Telefon 0231 50-12345")
    tick(driver, "scheduleKind-weekly")
    tick(driver, "weekdays-fr")
    fill(driver, "firstDate", "31.02.2026")
    fill(driver, "startTime", "17:00")
    fill(driver, "endTime", "15:00")
    fill(driver, "meetingPoint", "Am Brunnen")
    choose(driver, "meetingArea", "borsigplatz", typed="Borsigplatz")
    press_button(driver, "Angebot anlegen")
    text = j.text()
    assert "Den 31. Februar 2026 gibt es nicht." in text, text[:1500]
    assert "Das Ende liegt vor dem Beginn." in text, text[:1500]
    j.check("angebot-neu-fehler")
    fill(driver, "firstDate", de_date(datetime.date.today()))
    fill(driver, "startTime", "15:00")
    fill(driver, "endTime", "17:30")
    press_button(driver, "Angebot anlegen")
    assert re.fullmatch(r"/angebote/[0-9A-F-]{36}/bearbeiten\?hinweis=angelegt", path_of(driver)), \
        driver.current_url + "\n" + j.text()[:1500]
    assert "Spielenachmittag <für alle>" in driver.find_element(By.TAG_NAME, "h1").text
    j.check("angebot-bearbeiten")

    # pause it (a CSRF-protected form button), then read the history
    press_button(driver, "Pausieren")
    assert "Der Status ist geändert." in j.text()
    follow_link(driver, "Änderungsverlauf ansehen")
    assert "Erika M." in j.text() and "Status: pausiert" in j.text()
    j.check("angebot-verlauf")

    # the list marks the paused offer
    driver.get(url("/verwalten"))
    assert "pausiert" in j.text()
    j.check("verwalten-mit-eintraegen")
    log_out(driver)

    # a resident asks for the room
    log_in(driver, accounts["resident"])
    driver.get(url(room_path))
    day = datetime.date.today() + datetime.timedelta(days=9)
    fill(driver, "date", de_date(day))
    fill(driver, "startTime", "18:10")  # not a quarter hour: error
    fill(driver, "endTime", "20:00")
    fill(driver, "purpose", "Treffen der Hausgemeinschaft")
    press_button(driver, "Anfrage senden")
    assert "Viertelstunden" in j.text()
    j.check("raum-anfrage-fehler")
    fill(driver, "startTime", "18:00")
    press_button(driver, "Anfrage senden")
    assert path_of(driver) == "/buchungen?hinweis=angefragt", driver.current_url
    assert "angefragt" in j.text()
    j.check("buchungen-bewohner")
    log_out(driver)

    # the editor confirms
    log_in(driver, accounts["editor"])
    driver.get(url("/buchungen"))
    assert "Rudi S." in j.text() and "Treffen der Hausgemeinschaft" in j.text()
    j.check("buchungen-entscheiden")
    buttons = driver.find_elements(By.XPATH, "//button[@name='action' and @value='confirm']")
    assert buttons, "no confirm button"
    activate(driver, buttons[0])
    assert path_of(driver) == "/buchungen?hinweis=bestaetigt", driver.current_url
    j.check("buchungen-bestaetigt")

    # the week of the booking shows "belegt", without the resident's name
    iso_year, iso_week, _ = day.isocalendar()
    driver.get(url(f"{room_path}?woche={iso_year}-W{iso_week:02d}"))
    page = driver.page_source
    assert "slot-busy" in page and "Rudi" not in page and "Hausgemeinschaft" not in page
    j.check("raum-wochenansicht-belegt")
    log_out(driver)
    j.finish()


def test_coordinator_place_types(driver, accounts):
    j = Journey(driver)
    log_in(driver, accounts["admin"])
    driver.get(url("/verwaltung/ortstypen"))
    j.check("ortstypen")
    fill(driver, "name", "!!!")
    press_button(driver, "Ortstyp hinzufügen")
    assert "mindestens einen Buchstaben" in j.text()
    j.check("ortstypen-fehler")
    fill(driver, "name", f"Quartierszentrum {RUN}")
    press_button(driver, "Ortstyp hinzufügen")
    assert "ist hinzugefügt" in j.text()
    j.finish()
