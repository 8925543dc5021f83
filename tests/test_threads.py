"""Threads and processes: parse_articles keeps order, releases the GIL, and works after fork."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import copydesk
from conftest import KETTLE, KETTLE_TEXT, RICH_TEXT, kettle_entities


def texts(n: int) -> list[str]:
    return [f"Story Number {i}\n\n{RICH_TEXT}\nParagraph {i} ends here. " + "More words. " * (i % 7) for i in range(n)]


@pytest.mark.parametrize("threads", [None, 1, 2, 4, 64])
def test_batch_keeps_input_order(threads: int | None) -> None:
    batch = texts(40)
    got = copydesk.parse_articles(batch, threads=threads, ids=[f"id{i}" for i in range(40)])
    assert [a.text for a in got] == batch
    assert [a.id for a in got] == [f"id{i}" for i in range(40)]
    assert [a.to_dict() for a in got] == [copydesk.parse_article(t, id=f"id{i}").to_dict() for i, t in enumerate(batch)]


@pytest.mark.parametrize("threads", [1, 2])
def test_batch_longer_than_a_group_matches_one_by_one(threads: int) -> None:
    # 150 items: groups of up to 64 articles parsed stage by stage, a bad item among them.
    batch: list[object] = list(texts(150))
    batch[70] = b"not text"
    got = copydesk.parse_articles(batch, threads=threads, errors="return")
    assert isinstance(got[70], copydesk.InputTypeError)
    for i, (item, article) in enumerate(zip(batch, got)):
        if i != 70:
            assert isinstance(article, copydesk.Article) and isinstance(item, str)
            assert article.to_dict() == copydesk.parse_article(item).to_dict(), i
    pages = [f"<html><body><h1>Page {i}</h1><p>{RICH_TEXT}</p></body></html>" for i in range(70)]
    got_pages = copydesk.parse_articles(pages, threads=threads, html=True)
    assert [a.to_dict() for a in got_pages] == [copydesk.parse_article(p, html=True).to_dict() for p in pages]


def test_parser_batch_uses_its_configuration() -> None:
    parser = copydesk.Parser(entities=[KETTLE])
    got = parser.parse_articles([KETTLE_TEXT] * 6, threads=2)
    assert all(kettle_entities(a) == [("kettle club", "ORG", 2)] for a in got)
    assert all(kettle_entities(a) == [] for a in copydesk.parse_articles([KETTLE_TEXT] * 6, threads=2))


def test_many_python_threads_share_one_parser() -> None:
    parser = copydesk.Parser(entities=[KETTLE])
    batch = [KETTLE_TEXT + f"\nNote {i}.\n" for i in range(32)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(parser.parse, batch))
        got_global = list(pool.map(copydesk.parse_article, batch))
    assert [a.text for a in got] == batch
    assert [a.text for a in got_global] == batch
    assert all(kettle_entities(a) == [("kettle club", "ORG", 2)] for a in got)
    assert all(kettle_entities(a) == [] for a in got_global)


def test_parse_releases_the_gil() -> None:
    # A second Python thread keeps running while one call parses a big text. With the GIL held it
    # could run only at the edges of the call (at most one switch interval), never in its middle.
    big = RICH_TEXT * 12_000
    for _attempt in range(3):
        stamps: list[float] = []
        stop = threading.Event()

        def tick() -> None:
            while not stop.is_set():
                stamps.append(time.perf_counter())

        t = threading.Thread(target=tick)
        t.start()
        while not stamps:
            time.sleep(0.001)
        t0 = time.perf_counter()
        copydesk.parse_article(big)
        t1 = time.perf_counter()
        stop.set()
        t.join()
        lo, hi = t0 + 0.3 * (t1 - t0), t0 + 0.7 * (t1 - t0)
        if any(lo < s < hi for s in stamps):
            return
    pytest.fail("no Python thread ran while parse_article was parsing: the GIL was held")


def _child_batch(q: "multiprocessing.queues.Queue[list[str]]") -> None:
    got = copydesk.parse_articles(texts(8), threads=2)
    q.put([a.text for a in got])


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
@pytest.mark.skipif(sys.platform == "win32", reason="fork is POSIX only")
def test_parse_articles_works_in_a_forked_child() -> None:
    # Use the pool in the parent first: a forked child must not inherit a dead pool.
    copydesk.parse_articles(texts(8), threads=2)
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_child_batch, args=(q,))
    p.start()
    got = q.get(timeout=60)
    p.join(timeout=60)
    assert p.exitcode == 0
    assert got == texts(8)


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
@pytest.mark.skipif(sys.platform == "win32", reason="fork is POSIX only")
def test_fork_while_another_thread_parses() -> None:
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            copydesk.parse_articles(texts(4), threads=2)

    t = threading.Thread(target=busy)
    t.start()
    try:
        pid = os.fork() if hasattr(os, "fork") else 0
        if pid == 0:  # child: only this thread exists here
            code = 1
            try:
                got = copydesk.parse_articles(texts(4), threads=2)
                code = 0 if [a.text for a in got] == texts(4) else 2
            finally:
                os._exit(code)
        for _ in range(600):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            stop.wait(0.1)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            pytest.fail("the forked child hung")
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        stop.set()
        t.join()


def _parse_in_pool(text: str) -> str:
    return copydesk.parse_articles([text, text], threads=2)[1].text


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_multiprocessing_pool() -> None:
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    copydesk.parse_articles(texts(4), threads=2)
    with ctx.Pool(2) as pool:
        got = pool.map(_parse_in_pool, texts(6))
    assert got == texts(6)
