"""The HTML pages as a browser shows them: headless Chromium loads each page, the test reads the DOM it
built and checks that its screenshot is a picture, not a blank page.

Chromium is Debian's `chromium` package (`.ci/run` installs it). Without it the tests are skipped,
except in CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from analysis_corpus import write_corpus
from newsevents.analysis.report import render_report
from newsevents.analysis.show import show_article

SEED = Path(__file__).resolve().parent.parent / "seeds"
BROWSER_TIMEOUT_S = 180
WINDOW = "1200,1500"
MIN_COLOURS = 64


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is missing in CI: .ci/run must install it (apt-get install -y chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium)")


def run_chromium(*args: str) -> subprocess.CompletedProcess[str]:
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        f"--window-size={WINDOW}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=BROWSER_TIMEOUT_S, check=True)


def png_colours(data: bytes) -> int:
    """Distinct colours of an 8-bit RGB/RGBA PNG, decoded with the standard library (every row filter)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        position += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour_type in (2, 6), f"unexpected PNG format {depth}/{colour_type}"
    bpp = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    previous, colours = bytearray(stride), set[bytes]()
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = row[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + ((left + up) >> 1)) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        colours.update(bytes(row[i : i + bpp]) for i in range(0, stride, bpp * 3))
        previous = row
    return len(colours)


def page_in_browser(page: str, folder: Path, name: str) -> tuple[str, bytes]:
    """The DOM Chromium built from the page, and its screenshot."""
    html = folder / f"{name}.html"
    html.write_text(page, encoding="utf-8")
    dom = run_chromium("--dump-dom", html.as_uri()).stdout
    shot = folder / f"{name}.png"
    run_chromium("--force-device-scale-factor=0.5", f"--screenshot={shot}", html.as_uri())
    return dom, shot.read_bytes()


def cells(dom: str, table_id: str) -> list[list[str]]:
    """The text of each body row of a table in the rendered DOM."""
    table = re.search(rf'<table id="{table_id}".*?</table>', dom, re.S)
    assert table, f"no table {table_id}"
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table.group(0), re.S)
    return [
        [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in rows
        if "<td" in row
    ]


def assert_self_contained(page: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "the page loads something from the network"
    assert "<link" not in page and "@import" not in page and "url(" not in page


@pytest.fixture(scope="module")
def show_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, bytes]:
    page = show_article([SEED], None)
    return (page, *page_in_browser(page, tmp_path_factory.mktemp("show"), "show"))


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, bytes]:
    folder = tmp_path_factory.mktemp("report")
    page = render_report(write_corpus(folder / "events.jsonl"))
    return (page, *page_in_browser(page, folder, "report"))


SHOW_TABLE_ROWS = [
    pytest.param(
        "people", ["person-2", "Dominic LeBlanc", "Public Safety Minister", "6"], id="person-with-title-and-mentions"
    ),
    pytest.param(
        "organizations",
        ["organization-1", "Canada Border Services Agency", "canada border services agency", "1"],
        id="organization",
    ),
    pytest.param("amounts", ["money-1", "C$1.3 billion", "1,300,000,000 CAD"], id="amount-normalized"),
    pytest.param(
        "meetings",
        [
            "meeting-1",
            "phone call",
            "Dominic LeBlanc, Mélanie Joly, Tom Homan",
            "occurred",
            "phone",
            "Monday",
            "",
            "details of the plan",
        ],
        id="meeting",
    ),
]


@pytest.mark.parametrize(("table", "row"), SHOW_TABLE_ROWS)
def test_show_page_tables_in_browser(show_page: tuple[str, str, bytes], table: str, row: list[str]) -> None:
    assert row in cells(show_page[1], table)


def test_show_page_marks_in_browser(show_page: tuple[str, str, bytes]) -> None:
    dom = show_page[1]
    marks = re.findall(r'<mark class="(\w+)" data-id="([\w-]+)"[^>]*>([^<]+)</mark>', dom)
    assert ("money", "money-1", "C$1.3 billion") in marks and ("meeting", "meeting-1", "phone call") in marks
    assert sum(1 for kind, record, _ in marks if record == "person-1") == 10
    assert {kind for kind, _, _ in marks} == {"person", "org", "money", "percent", "meeting"}
    assert 'data-linked="ready"' in dom, "the row-to-mark script did not run"


def test_show_page_screenshot_is_not_blank(show_page: tuple[str, str, bytes]) -> None:
    assert png_colours(show_page[2]) >= MIN_COLOURS
    assert_self_contained(show_page[0])


REPORT_TABLE_ROWS = [
    pytest.param("counts", ["person", "8"], id="count-per-type"),
    pytest.param("months", ["1987-04", "2", "4", "1", "3", "0", "2"], id="month-row"),
    pytest.param(
        "top-people", ["Ronald Reagan", "3", "2", "President", "Reagan (1)", ""], id="surname-linked-to-full-name"
    ),
    pytest.param(
        "top-people",
        ["Baker", "1", "1", "", "", "ambiguous: Howard Baker (1), James Baker (1)"],
        id="ambiguous-surname-column",
    ),
    pytest.param("pairs", ["Ronald Reagan", "Yasuhiro Nakasone", "2"], id="who-met-whom-most"),
    pytest.param(
        "money",
        ["USD", "5", "40 million", "6.55 trillion", "1", "595 million"],
        id="money-total-with-and-without-flagged",
    ),
    pytest.param(
        "flags",
        ["00002", "money-1", "6,547,000 mln dlrs", "6.55 trillion", "z 10.4: far above the currency's amounts"],
        id="typo-flagged",
    ),
]


@pytest.mark.parametrize(("table", "row"), REPORT_TABLE_ROWS)
def test_report_tables_in_browser(report_page: tuple[str, str, bytes], table: str, row: list[str]) -> None:
    assert row in cells(report_page[1], table)


def test_report_scripts_and_pictures_ran(report_page: tuple[str, str, bytes]) -> None:
    dom = report_page[1]
    assert re.search(r'<table id="meetings" class="sortable" data-sortable="ready">', dom), (
        "the sorting script did not run"
    )
    network = re.search(r'<svg id="network".*?</svg>', dom, re.S)
    assert network and network.group(0).count("<circle") == 4 and network.group(0).count("<line") == 2
    assert "Yasuhiro Nakasone" in network.group(0)


def test_report_screenshot_is_not_blank(report_page: tuple[str, str, bytes]) -> None:
    assert png_colours(report_page[2]) >= MIN_COLOURS
    assert_self_contained(report_page[0])


def _png(rows: list[bytes], width: int, filter_type: int) -> bytes:
    """An RGB PNG of raw rows, every row stored with one filter (the encoder side of `png_colours`)."""
    encoded = b""
    for y, row in enumerate(rows):
        previous = rows[y - 1] if y else bytes(len(row))
        if filter_type == 1:
            row = bytes((row[i] - (row[i - 3] if i >= 3 else 0)) & 255 for i in range(len(row)))
        elif filter_type == 2:
            row = bytes((row[i] - previous[i]) & 255 for i in range(len(row)))
        encoded += bytes([filter_type]) + row

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(encoded)) + chunk(b"IEND", b"")


GRADIENT = [bytes(value for x in range(10) for value in (x * 20, y * 60, 7)) for y in range(4)]
PICTURES = [
    pytest.param([bytes([255] * 30)] * 4, 0, 1, id="blank-unfiltered"),
    pytest.param([bytes([255] * 30)] * 4, 2, 1, id="blank-up-filter"),
    pytest.param(GRADIENT, 1, 16, id="gradient-sub-filter"),
    pytest.param(GRADIENT, 2, 16, id="gradient-up-filter"),
]


@pytest.mark.parametrize(("rows", "filter_type", "colours"), PICTURES)
def test_png_colours(rows: list[bytes], filter_type: int, colours: int) -> None:
    """Every third pixel of a row is sampled: 4 of 10 per row here."""
    assert png_colours(_png(rows, 10, filter_type)) == colours
