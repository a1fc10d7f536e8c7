"""drafter serve as a writer uses it, in headless Chromium (Debian's chromium + chromium-driver,
driven through Selenium): a meeting filled in from nothing, a line added and moved, a wrong
date shown beside its field and fixed, the outline following, a build downloaded and read; a
commented facts file changed in one field and saved; unsaved work surviving a reload.

Screenshots of each step go to $DRAFTER_ARTIFACTS (default: a pytest temporary folder, printed).
The page-load, validation and build times are printed, not asserted (see README).
Skipped where Chromium is missing, except in CI (CI=true), where .ci/run installs it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SAMPLES, dump_docx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    if os.environ.get("CI") == "true":
        pytest.fail("CI needs chromium and chromium-driver (.ci/run installs them)", pytrace=False)
    pytest.skip("headless Chromium (chromium, chromium-driver) is not installed",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver")

from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from drafter.serve.server import Running  # noqa: E402

TIMINGS: dict[str, list[float]] = {"page load": [], "validation": [], "build of three genres": []}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("served")
    shutil.copy(SAMPLES / "meeting.yaml", root / "meeting.yaml")
    return root


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = os.environ.get("DRAFTER_ARTIFACTS")
    path = Path(where) if where else tmp_path_factory.mktemp("artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def server(folder: Path) -> Iterator[Running]:
    running = Running(folder).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser(server: Running, tmp_path_factory: pytest.TempPathFactory,
            artifacts: Path) -> Iterator[Any]:
    downloads = tmp_path_factory.mktemp("downloads")
    options = Options()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=zh-CN", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.set_capability("unhandledPromptBehavior", "accept")
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow",
                                                        "downloadPath": str(downloads)})
    driver.downloads = downloads
    driver.get(server.url)  # the printed address: its token becomes a cookie
    yield driver
    driver.quit()
    print(f"\nscreenshots: {artifacts}")
    for name, values in TIMINGS.items():
        if values:
            print(f"drafter serve, {name}: {', '.join(f'{v:.0f}' for v in values)} ms")
    (artifacts / "timings.json").write_text(json.dumps(TIMINGS, ensure_ascii=False), encoding="utf-8")


def wait_for(driver: Any, condition: Any, seconds: float = 20) -> Any:
    """Wait for ``condition``; on time-out, say what the page shows."""
    from selenium.common.exceptions import TimeoutException

    try:
        return WebDriverWait(driver, seconds).until(condition)
    except TimeoutException:
        status = driver.find_element(By.ID, "status").text if driver.find_elements(By.ID, "status") else ""
        problems = driver.find_element(By.ID, "problems").text if driver.find_elements(By.ID, "problems") else ""
        raise AssertionError(f"page says: {status!r}; problems: {problems!r}") from None


def click(driver: Any, element: Any) -> None:
    """Click as a person would, after scrolling the element clear of the sticky header."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def field(driver: Any, path: str) -> Any:
    return driver.find_element(By.CSS_SELECTOR, f'[data-path="{path}"]')


def type_into(driver: Any, path: str, text: str) -> None:
    box = field(driver, path)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.clear()
    box.send_keys(text)


def settled(driver: Any) -> None:
    """Wait until the page has checked what was last typed."""
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "return window.checkPending && !window.checkPending();"))


def error_of(driver: Any, path: str) -> str:
    box = field(driver, path)
    return box.find_element(By.XPATH, "ancestor::*[contains(@class,'f') or contains(@class,'item')][1]"
                            "/div[@class='err']").text


def preview(driver: Any, tab: str) -> str:
    driver.find_element(By.XPATH, f"//div[@id='tabs']/button[text()='{tab}']").click()
    return driver.find_element(By.ID, "preview").text


def shot(driver: Any, artifacts: Path, name: str) -> None:
    driver.save_screenshot(str(artifacts / f"{name}.png"))


def page_load(driver: Any) -> float:
    """From the request of the page to its load event (HTML, stylesheet, script, form)."""
    load, server = driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0];"
        "return [n.loadEventEnd - n.startTime, n.responseEnd - n.requestStart];")
    print(f"page load {load:.0f} ms, of which the server's answer {server:.0f} ms")
    return float(load)


def only_local(driver: Any, server: Running) -> None:
    """Every request the page made went to this server."""
    urls = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".concat(performance.getEntriesByType('navigation').map(e => e.name));")
    assert urls and all(u.startswith(f"http://127.0.0.1:{server.port}/") for u in urls), urls


LINES = [("组织", "凝心聚力、求实奋进，为高质量发展提供坚强组织保证"),
         ("宣传", "守正创新、主动作为，为高质量发展提供坚强思想保证"),
         ("统战", "发挥优势、担当作为，为高质量发展凝聚人心力量"),
         ("政法", "防范风险、护航发展，为高质量发展营造安全稳定环境"),
         ("社会工作", "党建引领、共建共治，为高质量发展夯实基层基础")]


def test_a_meeting_from_nothing_to_a_downloaded_draft(browser: Any, server: Running, folder: Path,
                                                      artifacts: Path) -> None:
    d = browser
    d.get(f"http://127.0.0.1:{server.port}/")
    d.find_element(By.ID, "new-name").send_keys("全区工作会议")
    for box in d.find_elements(By.CSS_SELECTOR, "input[name=genre]"):
        if box.is_selected() != (box.get_attribute("value") == "brief"):
            box.click()
    shot(d, artifacts, "01-new-file")
    d.find_element(By.ID, "new-create").click()
    WebDriverWait(d, 10).until(lambda d: "/edit" in d.current_url)
    assert (folder / "全区工作会议.yaml").is_file()
    settled(d)
    TIMINGS["page load"].append(page_load(d))
    only_local(d, server)

    type_into(d, "地区", "全区")
    type_into(d, "会议.名称", "全区组织、宣传、统战、政法、社会工作会议")
    type_into(d, "会议.日期", "2023-02-30")
    settled(d)
    TIMINGS["validation"].append(d.execute_script("return window.drafterTimings.lastCheck.ms"))
    assert "不是有效的日期" in error_of(d, "会议.日期")
    shot(d, artifacts, "02-wrong-date")
    type_into(d, "会议.日期", "2023-02-20")
    settled(d)
    TIMINGS["validation"].append(d.execute_script("return window.drafterTimings.lastCheck.ms"))
    assert error_of(d, "会议.日期") == ""

    type_into(d, "回顾.总体", "围绕中心、服务大局，各条线工作取得新成效")
    type_into(d, "意义.标题", "提高政治站位，深刻认识做好今年工作的重要意义")
    type_into(d, "保障.标题", "强化责任担当，确保各项任务落到实处")
    add = d.find_element(By.CSS_SELECTOR, '.f[data-key="条线"] > button.add')
    for i, (name, title) in enumerate(LINES, 1):
        if not d.find_elements(By.CSS_SELECTOR, f'[data-path="条线[{i}].名称"]'):
            click(d, add)
        type_into(d, f"条线[{i}].名称", name)
        type_into(d, f"条线[{i}].任务.标题", title)
    settled(d)
    text = preview(d, "会议通稿全文")
    assert text.index(LINES[3][1]) < text.index(LINES[4][1])
    # the writer moves 社会工作 before 政法
    item = field(d, "条线[5].名称").find_element(By.XPATH, "ancestor::div[contains(@class,'item')][1]")
    click(d, item.find_element(By.CSS_SELECTOR, ":scope > .tools > button.up"))
    assert field(d, "条线[4].名称").get_attribute("value") == "社会工作"
    settled(d)
    assert d.find_element(By.ID, "problem-count").text == "没有问题", \
        d.find_element(By.ID, "problems").text
    text = preview(d, "会议通稿全文")
    assert text.index(LINES[4][1]) < text.index(LINES[3][1])
    assert "统战、社会工作、政法" in text
    outline = "".join(preview(d, "会议通稿提纲").split())  # the title is broken into lines
    assert outline == "2023年全区组织、宣传、统战、政法、社会工作会议召开"
    shot(d, artifacts, "03-outline")

    d.find_element(By.ID, "build").click()
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "a.download"))
    shot(d, artifacts, "04-built")
    link = d.find_element(By.CSS_SELECTOR, "a.download")
    link.click()
    target = d.downloads / link.text
    WebDriverWait(d, 20).until(lambda d: target.is_file() and target.stat().st_size > 0)
    draft = dump_docx(target)
    assert "全区组织、宣传、统战、政法、社会工作会议" in "".join(draft.split())
    assert draft.index(LINES[4][1]) < draft.index(LINES[3][1])
    saved = (folder / "全区工作会议.yaml").read_text(encoding="utf-8")
    assert "  日期: 2023-02-20\n" in saved and saved.startswith("# 会议通稿的事实文件")
    assert saved.index("地区:") < saved.index("会议:") < saved.index("条线:")  # vocabulary order
    only_local(d, server)


def test_a_commented_file_changed_in_one_field(browser: Any, server: Running, folder: Path,
                                               artifacts: Path) -> None:
    d = browser
    path = folder / "meeting.yaml"
    before = path.read_text(encoding="utf-8")
    for _ in range(3):  # three genres' form of a full meeting; the machine is shared: 3 samples
        d.get(f"http://127.0.0.1:{server.port}/edit?f=meeting.yaml")
        settled(d)
        TIMINGS["page load"].append(page_load(d))
    type_into(d, "会议.名称", "区委工作会议（扩大）")
    settled(d)
    TIMINGS["validation"].append(d.execute_script("return window.drafterTimings.lastCheck.ms"))
    assert "区委工作会议（扩大）" in "".join(preview(d, "讲话稿提纲").split())
    d.execute_script("window.scrollTo(0, 0)")
    shot(d, artifacts, "05-three-genres-outline")

    d.refresh()  # unsaved work is kept in the browser
    WebDriverWait(d, 10).until(lambda d: d.find_element(By.ID, "restored").is_displayed())
    settled(d)
    assert field(d, "会议.名称").get_attribute("value") == "区委工作会议（扩大）"
    assert path.read_text(encoding="utf-8") == before
    shot(d, artifacts, "06-restored")
    speech = d.find_element(By.CSS_SELECTOR, "#genres input[value=speech]")
    speech.click()  # 党委 is the speech's alone: it leaves the form, and comes back with its value
    wait_for(d, lambda d: not d.find_elements(By.CSS_SELECTOR, '[data-path="党委"]'))
    speech.click()
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-path="党委"]'))
    assert field(d, "党委").get_attribute("value") == "区委"
    settled(d)

    d.find_element(By.ID, "save").click()
    WebDriverWait(d, 10).until(lambda d: d.find_element(By.ID, "status").text == "已保存")
    after = path.read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
               if a != b]
    assert changed == [("  名称: 区委工作会议", "  名称: 区委工作会议（扩大）")]

    for _ in range(2):  # the first build compiles the templates; the second is what a writer waits
        done = len(d.execute_script("return window.drafterTimings.build"))
        d.find_element(By.ID, "build").click()
        wait_for(d, lambda d, done=done: len(d.execute_script(
            "return window.drafterTimings.build")) > done)
        TIMINGS["build of three genres"].append(
            d.execute_script("return window.drafterTimings.build.at(-1).ms"))
    assert len(d.find_elements(By.CSS_SELECTOR, "a.download")) == 3
    shot(d, artifacts, "07-three-drafts")
    only_local(d, server)
