"""The report in a real browser: headless Chromium (Debian's ``chromium``)
driven through its own command line, no WebDriver.

``--dump-dom`` prints the DOM after the page's JavaScript ran, so the tests
see the sorted-table script's page and the charts plotly drew; a click
through to a document page is following the link's ``href`` from the dumped
overview. ``--screenshot`` checks that the page paints. The session fixture
installs ``chromium`` with apt-get when it is missing and the tests run as
root; otherwise they are skipped, saying why.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse
from urllib.request import url2pathname

import pytest
from PIL import Image

from extractor.report import build_report
from test_report import make_out_dir

TIMEOUT = 60  # seconds, for every browser subprocess
APT_TIMEOUT = 600  # seconds, for installing chromium on a fresh machine (done once per session)
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--virtual-time-budget=10000")


def _find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def _apt_install() -> str | None:
    """Try ``apt-get install -y chromium`` (after ``apt-get update`` if the
    first try fails); the reason it did not work, or ``None``."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    steps = (["apt-get", "install", "-y", "-q", "chromium"], ["apt-get", "update", "-q"],
             ["apt-get", "install", "-y", "-q", "chromium"])
    for i, cmd in enumerate(steps):
        try:
            done = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                  timeout=APT_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as e:
            return f"{' '.join(cmd)} failed: {e}"
        if done.returncode == 0 and cmd[1] == "install":
            return None
        if done.returncode != 0 and i == len(steps) - 1:
            return f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.strip()[-300:]}"
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    found = _find_chromium()
    if found:
        return found
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("chromium is not installed and the tests do not run as root to apt-get install it")
    if shutil.which("apt-get") is None:
        pytest.skip("chromium is not installed and there is no apt-get to install it")
    problem = _apt_install()
    found = _find_chromium()
    if not found:
        pytest.skip(f"chromium is not installed and could not be installed: {problem}")
    return found


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def dump_dom(chromium: str, profile: Path, url: str) -> str:
    return run_chromium(chromium, profile, "--dump-dom", url).stdout


class Dom(HTMLParser):
    """Classes, ids, links and table rows of a dumped DOM."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.classes: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[tuple[str, str]] = []  # (href, id of the table it is in)
        self.rows: dict[str, int] = {}
        self.images: list[str] = []
        self.first_cells: dict[str, list[str]] = {}  # table id → text of each body row's first cell
        self._tables: list[str] = []
        self._tbody = False
        self._cell = -1  # index of the current cell in a body row
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.classes += a.get("class", "").split()
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "table":
            self._tables.append(a.get("id", ""))
        elif tag == "tbody":
            self._tbody = True
        elif tag == "tr" and self._tbody and self._tables:
            self.rows[self._tables[-1]] = self.rows.get(self._tables[-1], 0) + 1
            self.first_cells.setdefault(self._tables[-1], []).append("")
            self._cell = -1
        elif tag == "td" and self._tbody:
            self._cell += 1
        elif tag == "a" and "href" in a:
            self.hrefs.append((a["href"], self._tables[-1] if self._tables else ""))
        elif tag == "img":
            self.images.append(a.get("src", ""))

    def handle_data(self, data: str) -> None:
        if self._tbody and self._cell == 0 and self._tables:
            self.first_cells[self._tables[-1]][-1] += data.strip()

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._tables:
            self._tables.pop()
        elif tag == "tbody":
            self._tbody = False


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    return build_report(make_out_dir(root), root / "report", title="Browser test")


def test_overview_renders_tables_and_charts(chromium: str, report: Path, tmp_path: Path) -> None:
    dom = Dom(dump_dom(chromium, tmp_path / "profile", report.as_uri()))
    assert dom.rows["overview-table"] == 2 and dom.rows["documents-table"] == 3
    charts = {"chart-gender", "chart-pay", "chart-risk-sectors", "chart-risk-issues", "chart-deadlines"}
    assert charts <= dom.ids
    # plotly ran: each chart div became a plot with its SVG layers
    assert dom.classes.count("js-plotly-plot") == len(charts)
    assert dom.classes.count("main-svg") >= len(charts)
    assert "plotly" in dom.classes


def test_sorting_by_a_column(chromium: str, report: Path, tmp_path: Path) -> None:
    before = Dom(dump_dom(chromium, tmp_path / "profile", report.as_uri()))
    orgs = before.first_cells["overview-table"]
    assert orgs[0].startswith("Bergen") and orgs[1].startswith("Fjordlys")
    # the click a reader makes, twice on "organisation": ascending, then descending
    clicks = '<script>var th = document.querySelector("#overview-table thead th"); th.click(); th.click();</script>'
    page = report.with_name("sorted-check.html")
    page.write_text(report.read_text(encoding="utf-8").replace("</body>", clicks + "</body>"), encoding="utf-8")
    try:
        after = Dom(dump_dom(chromium, tmp_path / "profile", page.as_uri()))
    finally:
        page.unlink()
    assert after.first_cells["overview-table"] == orgs[::-1]


def test_click_through_to_a_document_page(chromium: str, report: Path, tmp_path: Path) -> None:
    overview = Dom(dump_dom(chromium, tmp_path / "profile", report.as_uri()))
    links = [href for href, table in overview.hrefs if table == "overview-table"]
    assert links, "no document link in the overview table"
    target = urljoin(report.as_uri(), next(h for h in links if "fjordlys" in h))
    path = Path(url2pathname(urlparse(target).path))
    assert path.is_file(), target
    page = Dom(dump_dom(chromium, tmp_path / "profile", target))
    assert page.rows["facts-table"] == 5
    assert page.images and all((path.parent / src).resolve().is_file() for src in page.images)
    back = [href for href, _ in page.hrefs if href.endswith("index.html")]
    assert back and (path.parent / back[0]).resolve() == report


def test_screenshot(chromium: str, report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,900",
                 report.as_uri())
    assert shot.is_file() and shot.stat().st_size > 20_000
    with Image.open(shot) as im:
        assert im.size == (1280, 900)
        colours = im.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50  # text, table and chart, not a blank page
