"""The web interface in a real headless Chromium: map, filters, article view, review, safety."""

from __future__ import annotations

import json
import urllib.request

import api_sample
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

pytestmark = pytest.mark.browser


def _open(browser, server) -> None:
    browser.get(server["url"] + "/")
    WebDriverWait(browser, 15).until(
        lambda d: d.execute_script("return document.body.dataset.ready")
    )
    assert browser.execute_script("return document.body.dataset.ready") == "1"


def _points(browser) -> int:
    return int(browser.find_element(By.ID, "map").get_attribute("data-points"))


def _wait_points(browser, n: int) -> None:
    WebDriverWait(browser, 10).until(lambda d: _points(d) == n)


def _open_event(browser, actor_name: str) -> None:
    item = next(
        b for b in browser.find_elements(By.CSS_SELECTOR, ".event-item") if actor_name in b.text
    )
    item.click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text"))


def _api(server, path: str) -> object:
    with urllib.request.urlopen(server["url"] + path, timeout=10) as r:
        return json.load(r)


def test_web_page_loads_map_timeline_and_network(browser, server, shots) -> None:
    _open(browser, server)
    assert _points(browser) == 5
    assert browser.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path")  # countries drawn
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline .bar")) == 3
    assert browser.find_element(By.ID, "count").text == "5 حدث"
    browser.save_screenshot(str(shots / "map.png"))
    browser.find_element(By.ID, "tab-network").click()
    WebDriverWait(browser, 10).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#network .node")) >= 5
    )
    browser.save_screenshot(str(shots / "network.png"))


@pytest.mark.parametrize(
    ("field", "value", "points"),
    [("f-type", "PROTEST", 1), ("f-country", "SYR", 3), ("f-modality", "intended", 1),
     ("f-actor", "yem-houthis", 1)],
)  # fmt: skip
def test_web_filters_change_the_map(browser, server, field, value, points) -> None:
    _open(browser, server)
    Select(browser.find_element(By.ID, field)).select_by_value(value)
    _wait_points(browser, points)
    assert browser.find_element(By.ID, "count").text == f"{points} حدث"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#event-list li")) == points


def test_web_article_view_highlights(browser, server, shots) -> None:
    _open(browser, server)
    _open_event(browser, "Houthis")
    text = browser.find_element(By.ID, "article-text")
    assert text.get_attribute("dir") == "rtl"
    assert text.get_attribute("textContent") == api_sample.TAIZ  # the untouched text
    classes = {c: [e.text for e in text.find_elements(By.CSS_SELECTOR, f".{c}")]
               for c in ("trigger", "place", "qty")}  # fmt: skip
    assert classes["trigger"][:1] == ["اشتباكات"]
    assert "تعز" in classes["place"] and "صنعاء" in classes["place"]
    assert "12 مقاتلا" in classes["qty"]
    evidence = "".join(
        e.get_attribute("textContent") for e in text.find_elements(By.CSS_SELECTOR, ".evidence")
    )
    assert evidence.endswith("مصادر طبية.") and evidence.startswith("اندلعت")
    cards = browser.find_elements(By.CSS_SELECTOR, ".event-card")
    assert len(cards) == 2 and "12–12–12" in cards[0].text
    assert all(c.get_attribute("data-uid") for c in cards)  # linked to the stored events
    browser.save_screenshot(str(shots / "article.png"))


def test_web_review_with_token_is_stored(browser, server, shots) -> None:
    _open(browser, server)
    browser.find_element(By.ID, "tab-review").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".queue-item"))
    first = browser.find_elements(By.CSS_SELECTOR, ".queue-item")[0]
    uid = first.get_attribute("data-uid")
    assert "0.35" in first.text  # lowest confidence first
    first.find_element(By.CSS_SELECTOR, "button.confirm").click()
    status = browser.find_element(By.ID, "review-status")
    WebDriverWait(browser, 10).until(lambda d: status.text)
    assert "رمز" in status.text and _api(server, "/api/reviews") == []  # no token: nothing stored
    browser.find_element(By.ID, "token").send_keys(server["token"])
    browser.find_element(By.CSS_SELECTOR, "#token-form button").click()
    WebDriverWait(browser, 10).until(lambda d: "mona" in d.find_element(By.ID, "whoami").text)
    first.find_element(By.CSS_SELECTOR, "button.confirm").click()
    WebDriverWait(browser, 10).until(lambda d: "mona" in status.text)
    reviews = _api(server, "/api/reviews")
    assert [(r["event_uid"], r["reviewer"], r["verdict"]) for r in reviews] == [
        (uid, "mona", "confirm")
    ]
    browser.save_screenshot(str(shots / "review.png"))


def test_web_hostile_article_renders_as_text(browser, server, shots) -> None:
    _open(browser, server)
    _open_event(browser, "Unidentified Armed Group")
    title = browser.find_element(By.ID, "article-title")
    assert title.get_attribute("textContent") == api_sample.XSS_TITLE
    body = browser.find_element(By.ID, "article-text")
    assert body.get_attribute("textContent") == api_sample.XSS_TEXT
    assert browser.execute_script("return window.__xss") is None
    assert browser.find_elements(By.ID, "injected") == []
    assert (
        browser.find_elements(By.CSS_SELECTOR, "#article img, #article script, #article b#injected")
        == []
    )
    browser.save_screenshot(str(shots / "hostile.png"))
