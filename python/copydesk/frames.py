"""pandas DataFrames of parsed articles: one row per entity, mention or quote.

pandas is an optional dependency (``pip install "copydesk[pandas]"``), imported only when one of
these functions is called.

Every frame starts with two columns naming the article a row comes from: ``article``, the
article's position in the sequence given, and ``article_id``, its ``Article.id`` (``None`` when
it was parsed without one).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from copydesk._core import Article

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["entities", "mentions", "quotes"]

ENTITY_COLUMNS = [
    "article",
    "article_id",
    "entity",
    "label",
    "name",
    "aliases",
    "descriptions",
    "mentions",
    "first_start",
]
MENTION_COLUMNS = ["article", "article_id", "entity", "label", "name", "start", "end", "text"]
QUOTE_COLUMNS = [
    "article",
    "article_id",
    "quote",
    "kind",
    "speaker",
    "speaker_entity",
    "speaker_label",
    "cue",
    "text",
    "start",
    "end",
    "confidence",
]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:  # pragma: no cover - exercised by a test that hides pandas
        raise ImportError(
            "copydesk.frames needs pandas, an optional dependency; install it with "
            '`pip install "copydesk[pandas]"` (or `pip install pandas`)'
        ) from err
    return pandas


def _articles(articles: Article | Iterable[Article]) -> list[Article]:
    if isinstance(articles, Article):
        return [articles]
    out = list(articles)
    for i, a in enumerate(out):
        if not isinstance(a, Article):
            from copydesk._core import InputTypeError

            raise InputTypeError(
                f"articles[{i}] must be a copydesk.Article, not {type(a).__name__}"
                + ("; parse_articles(..., errors='return') puts errors in the list: drop them first"
                   if isinstance(a, BaseException) else "")
            )
    return out


def entities(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """One row per entity: what each article is about.

    Args:
        articles: An :class:`~copydesk.Article` or an iterable of them.

    Returns:
        A DataFrame with columns ``article``, ``article_id``, ``entity`` (its id, ``"E1"``),
        ``label``, ``name``, ``aliases`` and ``descriptions`` (tuples of str), ``mentions``
        (how many) and ``first_start`` (where it is first named).

    Raises:
        ImportError: pandas is not installed.
    """
    pd = _pandas()
    rows = [
        (
            i,
            a.id,
            e.id,
            e.label,
            e.name,
            e.aliases,
            e.descriptions,
            len(e.mentions),
            e.mentions[0].start if e.mentions else None,
        )
        for i, a in enumerate(_articles(articles))
        for e in a.entities
    ]
    return pd.DataFrame.from_records(rows, columns=ENTITY_COLUMNS)


def mentions(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """One row per mention: every place an entity is named.

    Args:
        articles: An :class:`~copydesk.Article` or an iterable of them.

    Returns:
        A DataFrame with columns ``article``, ``article_id``, ``entity``, ``label``, ``name``
        (the entity's fullest name), ``start``, ``end`` (string indexes into ``Article.text``)
        and ``text``.

    Raises:
        ImportError: pandas is not installed.
    """
    pd = _pandas()
    rows = [
        (i, a.id, e.id, e.label, e.name, m.start, m.end, m.text)
        for i, a in enumerate(_articles(articles))
        for e in a.entities
        for m in e.mentions
    ]
    return pd.DataFrame.from_records(rows, columns=MENTION_COLUMNS)


def quotes(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """One row per quote: who said what.

    Args:
        articles: An :class:`~copydesk.Article` or an iterable of them.

    Returns:
        A DataFrame with columns ``article``, ``article_id``, ``quote`` (its id, ``"Q1"``),
        ``kind``, ``speaker`` (name or ``None``), ``speaker_entity`` (entity id or ``None``),
        ``speaker_label``, ``cue`` (the reporting word), ``text`` (the quoted words), ``start``
        and ``end`` (from the first piece's start to the last piece's end) and ``confidence``.

    Raises:
        ImportError: pandas is not installed.
    """
    pd = _pandas()
    rows = []
    for i, a in enumerate(_articles(articles)):
        labels = {e.id: e.label for e in a.entities}
        for q in a.quotes:
            sp = q.speaker
            rows.append(
                (
                    i,
                    a.id,
                    q.id,
                    q.kind,
                    sp.name if sp is not None else None,
                    sp.entity if sp is not None else None,
                    labels.get(sp.entity) if sp is not None and sp.entity is not None else None,
                    q.cue.text if q.cue is not None else None,
                    q.text,
                    min((s.start for s in q.spans), default=None),
                    max((s.end for s in q.spans), default=None),
                    q.confidence,
                )
            )
    return pd.DataFrame.from_records(rows, columns=QUOTE_COLUMNS)
