"""Pickling, copying and joblib: articles and their parts survive every round trip."""

from __future__ import annotations

import copy
import pickle

import pytest

import copydesk
from conftest import KETTLE, KETTLE_TEXT, RICH_TEXT, kettle_entities


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_article(rich: copydesk.Article, protocol: int) -> None:
    again = pickle.loads(pickle.dumps(rich, protocol=protocol))
    assert type(again) is copydesk.Article
    assert again == rich and again.to_dict() == rich.to_dict()
    assert again.entities[0].mentions == rich.entities[0].mentions


def test_pickle_parts(rich: copydesk.Article) -> None:
    parts = [rich.title, rich.sections[0], rich.paragraphs[0], rich.paragraphs[0].sentences[0],
             rich.entities[0], rich.entities[0].mentions[0], rich.quotes[0], rich.quotes[0].speaker,
             rich.quotes[1].speaker]
    for part in parts:
        again = pickle.loads(pickle.dumps(part))
        assert again == part and type(again) is type(part)


def test_copy_and_deepcopy(rich: copydesk.Article) -> None:
    assert copy.copy(rich) == rich
    assert copy.deepcopy(rich) == rich
    assert copy.deepcopy([rich.quotes[0], rich.entities[1]]) == [rich.quotes[0], rich.entities[1]]


def test_parser_pickles_with_its_watch_list() -> None:
    assert kettle_entities(copydesk.parse_article(KETTLE_TEXT)) == []
    parser = copydesk.Parser(entities=[KETTLE], with_quotes=False)
    again = pickle.loads(pickle.dumps(parser))
    assert repr(again) == repr(parser)
    assert kettle_entities(again.parse(KETTLE_TEXT)) == [("kettle club", "ORG", 2)]
    off = pickle.loads(pickle.dumps(copydesk.Parser(with_entities=False)))
    assert off.parse(RICH_TEXT).entities == ()


def test_reported_speech_can_be_turned_off_and_pickles() -> None:
    text = "Ferry Resumes\n\nThe operator said the ferry would resume in May.\n"
    assert [q.kind for q in copydesk.parse_article(text).quotes] == ["indirect"]
    parser = copydesk.Parser(with_indirect=False)
    assert "with_indirect=False" in repr(parser)
    again = pickle.loads(pickle.dumps(parser))
    assert repr(again) == repr(parser)
    assert again.parse(text).quotes == ()


def _parse(text: str) -> copydesk.Article:
    return copydesk.parse_article(text)


def test_joblib_round_trip_through_worker_processes(tmp_path: object) -> None:
    joblib = pytest.importorskip("joblib")
    texts = [RICH_TEXT, RICH_TEXT + "\nOne more paragraph.\n", "Short Title\n\nBody text here.\n"]
    got = joblib.Parallel(n_jobs=2)(joblib.delayed(_parse)(t) for t in texts)
    assert got == [copydesk.parse_article(t) for t in texts]
    # joblib's own pickler (dump/load to disk, as its cache does).
    path = str(tmp_path) + "/articles.joblib"
    joblib.dump(got, path)
    assert joblib.load(path) == got
