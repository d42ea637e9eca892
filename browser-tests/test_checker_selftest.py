"""Self-test of the checkers against static pages (no app needed).

Serves browser-tests/fixtures/ on 127.0.0.1 with Python's http.server and proves
that axe passes a good page, reports a bad one (so a green run means something),
that the keyboard check finds the skip link, that screenshots are written, and that
a page too wide for 320 px is reported.
"""

from __future__ import annotations

import functools
import http.server
import struct
import threading
from pathlib import Path

import pytest

import conftest as bt

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def fixture_server():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args, **kwargs: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_good_page_passes_all_checks(browser, fixture_server, tmp_path, monkeypatch):
    monkeypatch.setattr(bt, "SCREENSHOT_DIR", tmp_path)
    browser.get(fixture_server + "/good.html")
    bt.check_page(browser, "selftest-good")  # raises on any problem
    for width in bt.SCREENSHOT_WIDTHS:
        png = tmp_path / f"selftest-good-{width}.png"
        assert png.exists()
        w, h = struct.unpack(">II", png.read_bytes()[16:24])
        assert w == width and h >= 300


def test_bad_page_is_reported(browser, fixture_server, tmp_path, monkeypatch):
    monkeypatch.setattr(bt, "SCREENSHOT_DIR", tmp_path)
    browser.get(fixture_server + "/bad.html")
    report = bt.axe_problem(browser, "selftest-bad")
    assert report is not None, "axe found nothing on a page full of violations"
    for rule in ("html-has-lang", "image-alt", "label", "link-name", "color-contrast"):
        assert rule in report, f"axe did not report {rule}:\n{report}"
    assert bt.keyboard_problem(browser, "selftest-bad") is not None
    problems: list[str] = []
    bt.check_page(browser, "selftest-bad", collect=problems)
    assert len(problems) >= 3  # lang, axe, keyboard
    with pytest.raises(pytest.fail.Exception):
        bt.check_axe(browser, "selftest-bad")


def test_horizontal_scrolling_at_320px_is_reported(browser, fixture_server):
    browser.get(fixture_server + "/good.html")
    assert bt.horizontal_overflow(browser, "selftest-good") is None
    browser.get(fixture_server + "/wide.html")
    report = bt.horizontal_overflow(browser, "selftest-wide")
    assert report is not None, "a page 600px wide was not reported at 320px"
    assert "table#breit" in report, report
