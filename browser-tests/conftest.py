"""Shared fixtures and helpers for the Gemeinsam browser tests.

Headless Chromium from Debian (/usr/bin/chromium + /usr/bin/chromedriver) driven by
Selenium 4. JavaScript stays enabled because axe-core runs in the page, but the
journeys themselves never execute page JavaScript: they type, tab and press ENTER.
"""

from __future__ import annotations

import base64
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
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


def make_driver(download_dir: str | None = None) -> webdriver.Chrome:
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
    prefs = {"intl.accept_languages": "de-DE,de"}
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

    Uses the DevTools protocol (device-metrics override + captureBeyondViewport),
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
            shot = driver.execute_cdp_cmd(
                "Page.captureScreenshot",
                {
                    "format": "png",
                    "captureBeyondViewport": True,
                    "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
                },
            )
            path = SCREENSHOT_DIR / f"{safe_name(name)}-{width}.png"
            path.write_bytes(base64.b64decode(shot["data"]))
            saved.append(path)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return saved


# ------------------------------------------------------------------ keyboard


def keyboard_problem(driver, name: str) -> str | None:
    """The first Tab on a freshly loaded page must focus the skip link to #inhalt.

    Call it while nothing is focused yet (fresh load); it presses Tab once.
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
    if SKIP_LINK_TEXT not in text:
        return f"{where} focused {text!r}, expected {SKIP_LINK_TEXT!r}"
    if not href.endswith("#inhalt"):
        return f"{where}: skip link points to {href!r}, expected #inhalt"
    return None


def check_keyboard(driver, name: str) -> None:
    problem = keyboard_problem(driver, name)
    if problem:
        pytest.fail(problem, pytrace=False)


def check_page(
    driver,
    name: str,
    *,
    keyboard: bool = True,
    axe: bool = True,
    collect: list[str] | None = None,
) -> None:
    """Checks for every page: lang="de", screenshots (320/1280), axe, first Tab = skip link.

    All checks run. Problems are appended to `collect` if given (soft mode, for
    journeys), otherwise the test fails right away listing every problem.
    """
    problems: list[str] = []
    if axe or keyboard:  # i.e. an app HTML page (not Chrome's JSON viewer)
        lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        if lang != "de":
            problems.append(f"{name}: <html lang={lang!r}>, expected 'de'")
    save_screenshots(driver, name)  # before Tab, so the skip link is not shown focused
    if axe:
        problem = axe_problem(driver, name)
        if problem:
            problems.append(problem)
    if keyboard:
        problem = keyboard_problem(driver, name)
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


def wait_for_new_page(driver, old_html, timeout: float = 30) -> None:
    """Wait until the document that `old_html` belonged to was replaced."""
    WebDriverWait(driver, timeout).until(EC.staleness_of(old_html))
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
