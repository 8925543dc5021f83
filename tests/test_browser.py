"""The HTML view in a real browser: headless Chromium takes a screenshot and the entity and quote
highlights are in it, in their colours."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import copydesk

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome")) if p), None)

# From _display.css.
PERSON = (0xAA, 0x9C, 0xFC)
ORG = (0x7A, 0xEC, 0xEC)
MONEY = (0xE4, 0xE7, 0xD2)
SPEAKER = (0x2E, 0x7D, 0x32)
QUOTE = (0xF1, 0xF8, 0xE9)


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG into rows of RGB(A) bytes."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and color in (2, 6)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, channels, rows


def count_colour(width: int, channels: int, rows: list[bytes], rgb: tuple[int, int, int]) -> int:
    n = 0
    for row in rows:
        for x in range(0, width * channels, channels):
            if abs(row[x] - rgb[0]) <= 3 and abs(row[x + 1] - rgb[1]) <= 3 and abs(row[x + 2] - rgb[2]) <= 3:
                n += 1
    return n


@pytest.mark.browser
def test_html_view_in_headless_chromium(rich: copydesk.Article, tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("CI") and not os.environ.get("COPYDESK_SKIP_BROWSER"):
            pytest.fail("chromium is not installed; .ci/run installs it (apt-get install chromium)")
        pytest.skip("SKIPPED LOUDLY: chromium is not installed, the HTML view was not checked in a browser")
    page = tmp_path / "article.html"
    page.write_text(f"<!doctype html><html><head><meta charset='utf-8'></head><body>{rich._repr_html_()}"
                    "</body></html>", encoding="utf-8")
    shot = tmp_path / "article.png"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=900,1000",
           f"--screenshot={shot}", page.as_uri()]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert shot.exists(), out.stderr[-2000:]
    keep = os.environ.get("COPYDESK_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
    width, channels, rows = read_png(shot)
    # Each highlight is a filled box of its label's colour; the speaker badge is dark green.
    assert count_colour(width, channels, rows, PERSON) > 300, "no PERSON highlight"
    assert count_colour(width, channels, rows, ORG) > 300, "no ORG highlight"
    assert count_colour(width, channels, rows, MONEY) > 100, "no MONEY highlight"
    assert count_colour(width, channels, rows, SPEAKER) > 200, "no speaker badge"
    assert count_colour(width, channels, rows, QUOTE) > 300, "no quote marking"
    # The browser's own DOM: the article's <script> is a text node, not an element.
    dom = subprocess.run([*cmd[:-2], "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=180).stdout
    assert "copydesk-article" in dom
    assert "<script" not in dom
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
