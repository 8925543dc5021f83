"""Errors: copydesk exceptions with helpful messages, never a bare Exception or a crash."""

from __future__ import annotations

import pytest

import copydesk


def test_hierarchy() -> None:
    assert issubclass(copydesk.CopydeskError, Exception)
    assert issubclass(copydesk.InputError, copydesk.CopydeskError)
    assert issubclass(copydesk.InputError, ValueError)
    assert issubclass(copydesk.InputTypeError, copydesk.InputError)
    assert issubclass(copydesk.InputTypeError, TypeError)
    for cls in (copydesk.CopydeskError, copydesk.InputError, copydesk.InputTypeError):
        assert cls.__module__ == "copydesk" and cls.__doc__


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        (b"Title\n\nBody.", "decode it first"),
        (bytearray(b"Title"), "decode it first"),
        (None, "not NoneType"),
        (42, "not int"),
        (["a list"], "not list"),
    ],
)
def test_wrong_types_raise_input_type_error(value: object, needle: str) -> None:
    with pytest.raises(copydesk.InputTypeError, match=needle) as info:
        copydesk.parse_article(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError) and isinstance(info.value, copydesk.CopydeskError)
    with pytest.raises(copydesk.InputTypeError):
        copydesk.Parser().parse(value)  # type: ignore[arg-type]


def test_lone_surrogate_is_an_input_error() -> None:
    with pytest.raises(copydesk.InputError, match="lone surrogate"):
        copydesk.parse_article("Title\n\nBad \ud800 text.")


def test_batch_bad_item_raises_naming_its_index_before_parsing() -> None:
    with pytest.raises(copydesk.InputTypeError, match=r"texts\[2\] must be str, not bytes"):
        copydesk.parse_articles(["one", "two", b"three", "four"])  # type: ignore[list-item]
    with pytest.raises(copydesk.InputError, match=r"texts\[1\]"):
        copydesk.parse_articles(["one", "\udc80", "three"])


def test_batch_bad_item_returned_in_place_without_losing_the_others() -> None:
    texts: list[object] = ["First Story\n\nBody one.", None, "Third Story\n\nBody three.", b"x", "\ud800"]
    got = copydesk.parse_articles(texts, threads=2, errors="return")
    assert len(got) == 5
    assert isinstance(got[0], copydesk.Article) and got[0].text == texts[0]
    assert isinstance(got[2], copydesk.Article) and got[2].text == texts[2]
    assert isinstance(got[1], copydesk.InputTypeError) and "texts[1]" in str(got[1])
    assert isinstance(got[3], copydesk.InputTypeError) and "decode" in str(got[3])
    assert isinstance(got[4], copydesk.InputError) and "texts[4]" in str(got[4])


@pytest.mark.parametrize(
    ("kwargs", "exc", "needle"),
    [
        ({"threads": 0}, copydesk.InputError, "at least 1"),
        ({"errors": "ignore"}, copydesk.InputError, "'raise' or 'return'"),
        ({"ids": ["a"]}, copydesk.InputError, "1 ids for 2 texts"),
        ({"ids": 5}, copydesk.InputTypeError, "ids"),
    ],
)
def test_batch_options_are_checked(kwargs: dict[str, object], exc: type, needle: str) -> None:
    with pytest.raises(exc, match=needle):
        copydesk.parse_articles(["a", "b"], **kwargs)  # type: ignore[call-overload]


def test_batch_needs_an_iterable_of_str() -> None:
    with pytest.raises(copydesk.InputTypeError, match="use parse_article"):
        copydesk.parse_articles("just one text")
    with pytest.raises(copydesk.InputTypeError, match="iterable"):
        copydesk.parse_articles(7)  # type: ignore[call-overload]


def test_batch_accepts_any_iterable_and_ids() -> None:
    got = copydesk.parse_articles((t for t in ["a b", "c d"]), ids=["x", None])
    assert [a.id for a in got] == ["x", None]
    assert copydesk.parse_articles([]) == []


def test_parser_configuration_errors() -> None:
    with pytest.raises(copydesk.InputError, match="unknown label 'PEOPLE'"):
        copydesk.Parser(entities=[("Ana", "PEOPLE")])
    with pytest.raises(copydesk.InputError, match="empty name"):
        copydesk.Parser(entities=[("  ", "ORG")])
    with pytest.raises(copydesk.InputTypeError, match=r"entities\[1\]"):
        copydesk.Parser(entities=[("Ana", "PERSON"), "Bob"])  # type: ignore[list-item]
    with pytest.raises(copydesk.InputTypeError, match="iterable"):
        copydesk.Parser(entities=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "exc", "needle"),
    [
        ("not json", copydesk.InputError, "not an article record"),
        ('{"text": "x"}', copydesk.InputError, "not an article record"),
        (b"\xff\xfe", copydesk.InputError, "not UTF-8"),
        (12, copydesk.InputTypeError, "str or bytes"),
    ],
)
def test_from_json_errors(data: object, exc: type, needle: str) -> None:
    with pytest.raises(exc, match=needle):
        copydesk.Article.from_json(data)  # type: ignore[arg-type]


def test_from_dict_errors() -> None:
    with pytest.raises(copydesk.InputError):
        copydesk.Article.from_dict({"text": object()})
    with pytest.raises(copydesk.InputError, match="unknown variant"):
        record = copydesk.parse_article("Title\n\nBody.").to_dict()
        record["entities"] = [{"id": "E1", "label": "ANIMAL", "name": "x", "aliases": [],
                               "mentions": [], "descriptions": []}]
        copydesk.Article.from_dict(record)


def test_hostile_input_is_not_an_error() -> None:
    for text in ["\x00" * 1000, "\"" * 10_000, "(" * 10_000, "A " * 50_000, "\n" * 100_000]:
        a = copydesk.parse_article(text)
        assert a.text == text
