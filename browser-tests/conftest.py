"""Shared fixtures and helpers for the Gemeinsam browser tests.

Headless Chromium from Debian (/usr/bin/chromium + /usr/bin/chromedriver) driven by
Selenium 4. JavaScript stays enabled because axe-core runs in the page, but the
journeys themselves never execute page JavaScript: they type, tab and press ENTER.
"""

from __future__ import annotations

import base64
import http.cookiejar
import json
import os
import re
import sqlite3
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

try:  # PyPI package "selenium-axe-python"
    from selenium_axe_python import Axe
except ImportError:  # older PyPI package "axe-selenium-python"
    from axe_selenium_python import Axe  # type: ignore[no-redef]

# Never let Selenium Manager try to download a browser or driver.
os.environ.setdefault("SE_OFFLINE", "true")

BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8080").rstrip("/")
CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
SCREENSHOT_DIR = Path(
    os.environ.get("SCREENSHOT_DIR", Path(__file__).resolve().parent / "screenshots")
)
SCREENSHOT_WIDTHS = (320, 1280)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SKIP_LINK_TEXT = "Zum Inhalt springen"


def url(path: str) -> str:
    """Absolute URL for an app path like "/quartiere"."""
    if path.startswith("http://") or path.startswith("https://"):
        return path
    return BASE_URL + (path if path.startswith("/") else "/" + path)


def http_get(path: str) -> tuple[int, str]:
    """Plain GET without the browser: (status, body). Does not follow to errors."""
    req = urllib.request.Request(url(path), headers={"Accept": "text/html"})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def make_driver(download_dir: str | None = None, accept_languages: str = "de-DE,de") -> webdriver.Chrome:
    """Headless Chromium; `accept_languages` is the browser's language preference (its Accept-Language header)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--metrics-recording-only",
        "--lang=de-DE",
        "--window-size=1280,900",
    ):
        options.add_argument(arg)
    prefs = {"intl.accept_languages": accept_languages}
    if download_dir:
        prefs.update(
            {
                "download.default_directory": download_dir,
                "download.prompt_for_download": False,
                "download.directory_upgrade": True,
            }
        )
    options.add_experimental_option("prefs", prefs)
    service = Service(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)  # axe on a long page can take a while
    if download_dir:
        driver.execute_cdp_cmd(
            "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir}
        )
    return driver


@pytest.fixture
def download_dir(tmp_path) -> Path:
    d = tmp_path / "downloads"
    d.mkdir()
    return d


@pytest.fixture
def driver(download_dir):
    """A fresh headless Chromium per test (fresh cookie jar = logged out)."""
    drv = make_driver(str(download_dir))
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium shared by a module's read-only page checks."""
    drv = make_driver()
    try:
        yield drv
    finally:
        drv.quit()


def safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "page"


# --------------------------------------------------------------------------- axe


def format_violations(violations: list[dict]) -> str:
    lines = [f"{len(violations)} axe violation(s):"]
    for v in violations:
        lines.append(f"- {v.get('id')} [{v.get('impact')}]: {v.get('help')}")
        lines.append(f"    {v.get('helpUrl', '')}")
        for node in v.get("nodes", []):
            target = ", ".join(
                " ".join(t) if isinstance(t, list) else str(t) for t in node.get("target", [])
            )
            lines.append(f"    target: {target}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n      ")
            if summary:
                lines.append(f"      {summary}")
            html = (node.get("html") or "").strip()
            if html:
                lines.append(f"      html: {html[:300]}")
    return "\n".join(lines)


def run_axe(driver) -> dict:
    """Run axe-core (bundled with selenium-axe-python) on the current page."""
    axe = Axe(driver)
    axe.inject()
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    # Axe.run() pastes its argument into JS source text: give it JSON, not a dict repr.
    return axe.run(options=json.dumps(options))  # type: ignore[arg-type]


def axe_problem(driver, name: str) -> str | None:
    """None if axe finds 0 WCAG 2.0/2.1 A+AA violations, else a readable report."""
    violations = run_axe(driver).get("violations", [])
    if not violations:
        return None
    return f"axe: {name} ({driver.current_url}): {format_violations(violations)}"


def check_axe(driver, name: str) -> None:
    """Assert that axe finds 0 WCAG 2.0/2.1 A+AA violations on the current page."""
    problem = axe_problem(driver, name)
    if problem:
        pytest.fail(problem, pytrace=False)


# ------------------------------------------------------------------- screenshots


def save_screenshots(driver, name: str, widths=SCREENSHOT_WIDTHS) -> list[Path]:
    """Save full-page screenshots at each viewport width to browser-tests/screenshots/.

    Uses the DevTools protocol (a device-metrics override as tall as the page),
    so no page JavaScript runs and the viewport width is exact (CSS media queries
    see 320px). Files: <name>-320.png, <name>-1280.png.
    """
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    saved = []
    try:
        for width in widths:
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
            )
            metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
            height = max(1, min(int(size.get("height") or 900), 16000))
            # A viewport as tall as the page instead of captureBeyondViewport, which shifts right-to-left pages
            # sideways in Chromium.
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            )
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
            path = SCREENSHOT_DIR / f"{safe_name(name)}-{width}.png"
            path.write_bytes(base64.b64decode(shot["data"]))
            saved.append(path)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return saved


# ------------------------------------------------------------------ keyboard


def keyboard_problem(driver, name: str, skip_text: str = SKIP_LINK_TEXT) -> str | None:
    """The first Tab on a freshly loaded page must focus the skip link to #inhalt.

    Call it while nothing is focused yet (fresh load); it presses Tab once.
    `skip_text` is the skip link's expected text (default the German one; other languages pass theirs).
    Returns None if fine, else a description of the problem.
    """
    if not driver.find_elements(By.CSS_SELECTOR, "main#inhalt"):
        return f'{name}: no <main id="inhalt">'
    before = driver.switch_to.active_element
    before_desc = f"<{before.tag_name}>"
    ActionChains(driver).send_keys(Keys.TAB).perform()
    el = driver.switch_to.active_element
    text = " ".join((el.text or el.get_attribute("textContent") or "").split())
    href = el.get_attribute("href") or ""
    where = f"{name}: first Tab (focus was on {before_desc})"
    if el.tag_name.lower() != "a":
        return f"{where} focused <{el.tag_name}> {text!r}, not the skip link"
    if skip_text not in text:
        return f"{where} focused {text!r}, expected {skip_text!r}"
    if not href.endswith("#inhalt"):
        return f"{where}: skip link points to {href!r}, expected #inhalt"
    return None


def check_keyboard(driver, name: str, skip_text: str = SKIP_LINK_TEXT) -> None:
    problem = keyboard_problem(driver, name, skip_text)
    if problem:
        pytest.fail(problem, pytrace=False)


def check_page(
    driver,
    name: str,
    *,
    keyboard: bool = True,
    axe: bool = True,
    collect: list[str] | None = None,
    lang: str = "de",
    skip_text: str = SKIP_LINK_TEXT,
) -> None:
    """Checks for every page: lang="de", screenshots (320/1280), axe, first Tab = skip link.

    Pages in another language pass their `lang` and the skip link's text `skip_text`.

    All checks run. Problems are appended to `collect` if given (soft mode, for
    journeys), otherwise the test fails right away listing every problem.
    """
    problems: list[str] = []
    if axe or keyboard:  # i.e. an app HTML page (not Chrome's JSON viewer)
        got = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        if got != lang:
            problems.append(f"{name}: <html lang={got!r}>, expected {lang!r}")
    save_screenshots(driver, name)  # before Tab, so the skip link is not shown focused
    if axe:
        problem = axe_problem(driver, name)
        if problem:
            problems.append(problem)
    if keyboard:
        problem = keyboard_problem(driver, name, skip_text)
        if problem:
            problems.append(problem)
    if collect is not None:
        collect.extend(problems)
    elif problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


def visit(driver, path: str, name: str | None = None, **kwargs) -> None:
    """Open a page and run check_page on it."""
    driver.get(url(path))
    check_page(driver, name or safe_name(path), **kwargs)


# ------------------------------------------------------- keyboard-style actions
# No page JavaScript: type with send_keys, activate links/buttons with ENTER.


def _document_replaced(old_html):
    """Like EC.staleness_of, but also counts the answers Chromedriver sometimes gives while the old document is
    being torn down ("Node with given id does not belong to the document", "Cannot find context") as replaced."""

    def predicate(_driver) -> bool:
        try:
            old_html.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as err:
            message = str(err).lower()
            if "does not belong to the document" in message or "cannot find context" in message:
                return True
            raise

    return predicate


def wait_for_new_page(driver, old_html, timeout: float = 30) -> None:
    """Wait until the document that `old_html` belonged to was replaced."""
    WebDriverWait(driver, timeout).until(_document_replaced(old_html))
    WebDriverWait(driver, timeout).until(
        EC.presence_of_element_located((By.TAG_NAME, "body"))
    )


def activate(driver, element, timeout: float = 30) -> None:
    """Press ENTER on a link or button (or in a text field: implicit submit)
    and wait for the next page."""
    old_html = driver.find_element(By.TAG_NAME, "html")
    desc = f"<{element.tag_name}> {(element.text or element.get_attribute('id') or '').strip()!r}"
    try:
        element.send_keys(Keys.ENTER)
    except WebDriverException as err:
        # Chromedriver sometimes answers the key press with "Cannot find context" when the page is already
        # being replaced; the navigation happened anyway.
        if "context" not in str(err).lower() and "inspector" not in str(err).lower():
            raise
    try:
        wait_for_new_page(driver, old_html, timeout)
    except TimeoutException:
        pytest.fail(
            f"ENTER on {desc} did not load a new page within {timeout}s "
            f"(still on {driver.current_url}; blocked by browser form validation?)",
            pytrace=False,
        )


def find_link(driver, text: str):
    links = driver.find_elements(By.LINK_TEXT, text)
    if not links:
        links = driver.find_elements(By.PARTIAL_LINK_TEXT, text)
    assert links, f"no link {text!r} on {driver.current_url}"
    return links[0]


def follow_link(driver, text: str) -> None:
    activate(driver, find_link(driver, text))


def find_button(driver, text: str):
    xpath = (
        f"//button[normalize-space()={xpath_literal(text)}]"
        f" | //input[(@type='submit' or @type='button') and @value={xpath_literal(text)}]"
    )
    buttons = driver.find_elements(By.XPATH, xpath)
    assert buttons, f"no button {text!r} on {driver.current_url}"
    return buttons[0]


def press_button(driver, text: str) -> None:
    activate(driver, find_button(driver, text))


def fill(driver, field_id: str, value: str) -> None:
    el = driver.find_element(By.ID, field_id)
    el.clear()
    el.send_keys(value)


def choose(driver, field_id: str, value: str, typed: str) -> None:
    """Pick an <option> of a <select> by typing its label (typeahead), like a
    keyboard user; falls back to Selenium's Select if typeahead missed."""
    el = driver.find_element(By.ID, field_id)
    el.send_keys(typed)
    sel = Select(el)
    if sel.first_selected_option.get_attribute("value") != value:
        sel.select_by_value(value)
    assert sel.first_selected_option.get_attribute("value") == value


def xpath_literal(text: str) -> str:
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    parts = text.split("'")
    return "concat(" + ", \"'\", ".join(f"'{p}'" for p in parts) + ")"


def path_of(driver) -> str:
    """Current URL path + query, relative to BASE_URL."""
    parts = urllib.parse.urlsplit(driver.current_url)
    return parts.path + (("?" + parts.query) if parts.query else "")


def fetch_with_cookies(driver, path: str) -> tuple[int, str]:
    """GET `path` outside the browser, sending the browser's cookies (session)."""
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    req = urllib.request.Request(url(path), headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


# ------------------------------------------------------------- 320 px reflow


def horizontal_overflow(driver, name: str, width: int = 320) -> str | None:
    """None if the current page needs no horizontal scrolling at `width` CSS px (WCAG 1.4.10 reflow),
    else a description naming what sticks out (elements, and text that does not wrap).

    Same device-metrics override as the screenshots (media queries see `width`), with scrollbars hidden so the
    page gets all `width` px (as on a phone); the sizes come from the DevTools protocol, only the culprits of a
    failure are looked up with a script.
    """
    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})  # first, or the layout keeps them
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
    )
    try:
        metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        content = (metrics.get("cssContentSize") or metrics.get("contentSize") or {}).get("width") or 0
        viewport = (metrics.get("cssLayoutViewport") or metrics.get("layoutViewport") or {}).get("clientWidth") or width
        if content <= viewport + 0.5:
            return None
        culprits = driver.execute_script(
            """
            const limit = document.documentElement.clientWidth + 1, found = [];
            const describe = el => {
              const id = el.id ? '#' + el.id : '', cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
              return `<${el.tagName.toLowerCase()}${id}${cls}>`;
            };
            for (const el of document.querySelectorAll('body *')) {
              const r = el.getBoundingClientRect();
              if (r.right > limit && r.width > 0) found.push(`${describe(el)} right edge ${Math.round(r.right)}px`);
              if (found.length >= 8) return found;
            }
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode()) && found.length < 8; ) {
              const range = document.createRange();
              range.selectNodeContents(node);
              const r = range.getBoundingClientRect();
              if (r.right > limit && r.width > 0) {
                const text = node.textContent.trim().slice(0, 60);
                found.push(`text ${JSON.stringify(text)} in ${describe(node.parentElement)} right edge ${Math.round(r.right)}px`);
              }
            }
            return found;
            """
        )
        return (
            f"{name} ({driver.current_url}): scrolls horizontally at {width}px: content {content:.0f}px wide, "
            f"viewport {viewport:.0f}px; sticking out: " + "; ".join(culprits or ["?"])
        )
    finally:
        driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": False})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# ------------------------------------------------------------ the app's database and mail


def app_process() -> tuple[str | None, str | None]:
    """(binary, SQLite file) of the app serving BASE_URL: from GEMEINSAM_BIN and SQLITE_PATH or
    GEMEINSAM_SQLITE_PATH, else from the running app's process found by its --port in /proc (Linux; a relative
    SQLITE_PATH is resolved against the app's working directory)."""
    binary = os.environ.get("GEMEINSAM_BIN")
    sqlite = os.environ.get("SQLITE_PATH") or os.environ.get("GEMEINSAM_SQLITE_PATH")
    if binary and sqlite:
        return binary, sqlite
    port = urllib.parse.urlsplit(BASE_URL).port
    proc = Path("/proc")
    if not proc.is_dir():
        return binary, sqlite
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
            environ = (entry / "environ").read_bytes().split(b"\0")
            exe = os.readlink(entry / "exe")
        except OSError:
            continue
        text = [a.decode("utf-8", "replace") for a in args if a]
        if not text or not text[0].endswith("gemeinsam") or "serve" not in text:
            continue
        if str(port) not in text and f"--port={port}" not in text:
            continue
        env = dict(e.decode("utf-8", "replace").split("=", 1) for e in environ if b"=" in e)
        found = env.get("SQLITE_PATH")
        if found and not os.path.isabs(found):
            try:
                found = os.path.join(os.readlink(entry / "cwd"), found)
            except OSError:
                pass
        return binary or exe, sqlite or found
    return binary, sqlite


def app_sqlite_path() -> str:
    """The app's SQLite file; fails the test (saying why) when it is not known."""
    _, sqlite = app_process()
    if not sqlite or not os.path.exists(sqlite):
        pytest.fail(
            "the app's SQLite file is not known (set SQLITE_PATH to the file the app under test uses, as .ci/run "
            f"does; got {sqlite!r}): mailed links are read from its outbox",
            pytrace=False,
        )
    return sqlite


def mailed_link(email: str, kind: str = "account.verify") -> str:
    """Absolute URL of the link in the newest mail of `kind` to `email`, read from the app's outbox
    (table `outbox`, column `link` holds the path). Kinds: account.verify, account.reset, account.unlock,
    actor-invitation, …"""
    link = outbox_mail(email, kind)["link"]
    if not link:
        pytest.fail(f"no mail of kind {kind!r} with a link to {email} in the outbox of {app_sqlite_path()}",
                    pytrace=False)
    return url(link)


def outbox_mail(email: str, kind: str = "account.verify") -> dict[str, str]:
    """The newest mail of `kind` to `email` from the app's outbox: {"subject", "body", "link"} (link may be "")."""
    db = app_sqlite_path()
    con = sqlite3.connect(f"file:{urllib.parse.quote(db)}?mode=ro", uri=True, timeout=30)
    try:
        row = con.execute(
            "SELECT subject, body, link FROM outbox WHERE lower(to_address) = lower(?) AND kind = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (email, kind),
        ).fetchone()
    finally:
        con.close()
    if not row:
        pytest.fail(f"no mail of kind {kind!r} to {email} in the outbox of {db}", pytrace=False)
    return {"subject": row[0] or "", "body": row[1] or "", "link": row[2] or ""}


def link_in_mail(email: str, kind: str = "account.verify") -> str:
    """The link of the newest mail of `kind` to `email` as the mail's text shows it (what a person clicks), made
    absolute for BASE_URL. The outbox's `link` column holds the page without language prefix; the text has the
    address in the recipient's language (e.g. /tr/konto/bestaetigen/…)."""
    mail = outbox_mail(email, kind)
    stored = mail["link"]
    for found in re.findall(r"https?://\S+", mail["body"]):
        parts = urllib.parse.urlsplit(found.rstrip(".,;)>»“”\""))
        path = parts.path + (("?" + parts.query) if parts.query else "")
        if stored and path.endswith(stored):
            return url(path)
    pytest.fail(f"the mail of kind {kind!r} to {email} shows no link to {stored!r}:\n{mail['body'][:800]}", pytrace=False)


# ------------------------------------------------------------------ accounts


class Session:
    """A cookie-keeping HTTP client (not the browser under test), e.g. to set up accounts. Follows redirects;
    `last_url` is where the last request ended."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.last_url = ""

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(url(path), timeout=30) as resp:
                self.last_url = resp.geturl()
                return resp.status, resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as err:
            self.last_url = err.geturl()
            return err.code, err.read().decode("utf-8", "replace")

    def post(self, path: str, fields: list[tuple[str, str]], form_page: str | None = None) -> tuple[int, str]:
        """GET `form_page` (default: `path`) for its form token, then POST `fields` with it to `path`."""
        status, page = self.get(form_page or path)
        token = re.search(r'name="_csrf" value="([^"]+)"', page)
        assert token, f"no form token on {form_page or path} (HTTP {status})"
        body = urllib.parse.urlencode(fields + [("_csrf", token.group(1))]).encode()
        req = urllib.request.Request(url(path), data=body, method="POST")
        try:
            with self.opener.open(req, timeout=30) as resp:
                self.last_url = resp.geturl()
                return resp.status, resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as err:
            self.last_url = err.geturl()
            return err.code, err.read().decode("utf-8", "replace")


REGISTERED_PATH = "/konto/registriert"
REGISTERED_TITLE = "Bitte bestätigen Sie Ihre E-Mail-Adresse"
VERIFIED_PATH = "/konto?hinweis=bestaetigt"
VERIFIED_NOTICE = "Ihre E-Mail-Adresse ist bestätigt"


@dataclass(frozen=True)
class AccountTexts:
    """What the registration flow shows in one language (for `register_and_verify`); the default is German."""

    lang: str = "de"  # <html lang>
    skip_text: str = SKIP_LINK_TEXT
    registered_title: str = REGISTERED_TITLE  # <h1> of "check your mail"
    verified_notice: str = VERIFIED_NOTICE  # on the account page after the mailed link
    unverified: str = "noch nicht bestätigt"  # must not be on the account page after it
    too_many: str = "viele Konten"  # the answer when the network registered too many accounts


GERMAN_ACCOUNT_TEXTS = AccountTexts()
RATE_LIMIT_HINT = (
    " (HTTP 429: the app allows 10 registrations per network and hour; run the suite against an app with a fresh "
    "database, as .ci/run does)"
)


def register_and_verify(
    client,
    email: str,
    password: str,
    first_name: str = "Test",
    initial: str = "T",
    quartier: str = "borsigplatz",
    typed: str = "Borsigplatz",
    *,
    open_form: bool = True,
    check: Callable[[str], None] | None = None,
    prefix: str = "",
    texts: AccountTexts = GERMAN_ACCOUNT_TEXTS,
) -> None:
    """Register `email` and confirm it with the link from the verification mail; afterwards `client` is
    logged in as that person on /konto?hinweis=bestaetigt.

    `client` is a Selenium driver (the real journey, by keyboard: fill the form, ENTER in the last field → the
    "check your mail" page /konto/registriert → open the mailed link like a mail program would → confirmed) or a
    `Session` (plain HTTP, for setting up accounts). With a driver, `open_form=False` starts on the form the driver
    is already showing, and `check(name)` is called on the "check your mail" page and on the confirmed account page
    (default: check_page, failing at once).

    In another language: `prefix` is its path prefix ("/tr") and `texts` what its pages say; the mailed link is
    then taken from the mail's text (`link_in_mail`, in the recipient's language), and every address of the flow
    (form, "check your mail", the confirmed account page) must stay under the prefix.
    """
    registered_path = prefix + REGISTERED_PATH
    verified_path = prefix + VERIFIED_PATH
    if isinstance(client, Session):
        status, body = client.post(prefix + "/konto/registrieren", [
            ("email", email), ("password", password), ("firstName", first_name), ("initial", initial),
            ("homeArea", quartier),
        ])
        hint = RATE_LIMIT_HINT if status == 429 else ""
        assert status == 200 and client.last_url.endswith(registered_path) and texts.registered_title in body, \
            f"registration of {email}: HTTP {status} on {client.last_url}{hint}"
        status, body = client.get(link_in_mail(email) if prefix else mailed_link(email, "account.verify"))
        assert status == 200 and client.last_url.endswith(verified_path) and texts.verified_notice in body, \
            f"confirmation of {email}: HTTP {status} on {client.last_url}"
        return

    driver = client
    if check is None:
        def check(name: str) -> None:
            check_page(driver, name, lang=texts.lang, skip_text=texts.skip_text)
    if open_form:
        driver.get(url(prefix + "/konto/registrieren"))
    fill(driver, "email", email)
    fill(driver, "password", password)
    choose(driver, "homeArea", quartier, typed=typed)
    fill(driver, "initial", initial)
    fill(driver, "firstName", first_name)
    activate(driver, driver.find_element(By.ID, "firstName"))
    main = driver.find_element(By.TAG_NAME, "main").text
    hint = RATE_LIMIT_HINT if texts.too_many in main else ""
    assert path_of(driver) == registered_path, \
        f"registration of {email}: expected {registered_path}, on {driver.current_url}{hint}\n{main[:500]}"
    assert driver.find_element(By.TAG_NAME, "h1").text == texts.registered_title, main[:500]
    check("registriert")
    driver.get(link_in_mail(email) if prefix else mailed_link(email, "account.verify"))
    assert path_of(driver) == verified_path, \
        f"verification link of {email}: expected {verified_path}, on {driver.current_url}"
    main = driver.find_element(By.TAG_NAME, "main").text
    assert texts.verified_notice in main, main[:500]
    assert texts.unverified not in main, main[:500]
    check("konto-bestaetigt")
