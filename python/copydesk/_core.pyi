"""Fast, offset-anchored parsing of English news articles: structure, entities and quotes.

The compiled core of the ``copydesk`` package; import from ``copydesk`` instead.
"""

from collections.abc import Iterable, Sequence
from typing import Any, Literal, final, overload

from typing_extensions import Self

__all__ = [
    "Parser",
    "parse_article",
    "parse_articles",
    "CopydeskError",
    "Article",
    "Boilerplate",
    "Entity",
    "Mention",
    "Paragraph",
    "Published",
    "Quote",
    "Section",
    "Sentence",
    "Span",
    "Speaker",
    "__version__",
    "InputError",
    "InputTypeError",
]

__version__: str

class CopydeskError(Exception):
    """Base class of every error copydesk raises."""

class InputError(CopydeskError, ValueError):
    """The input is at fault: a record that does not fit the schema, text that is not valid
    Unicode, or an invalid option. Also a ValueError."""

class InputTypeError(InputError, TypeError):
    """An argument has the wrong type, for example bytes where a str is expected. Also a
    TypeError (and an InputError)."""

@final
class Span:
    """A piece of the article's text.

    Args:
        start: First character, a Python string index into ``Article.text``.
        end: One past the last character.
        text: ``article.text[start:end]``.
    """

    def __new__(cls, start: int, end: int, text: str) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The span as in the record: ``{"start", "end", "text"}``."""
    def __reduce__(self) -> tuple[type[Span], tuple[int, int, str]]: ...
    def __hash__(self) -> int: ...

@final
class Sentence:
    """A sentence of a paragraph.

    Args:
        start: First character, a Python string index into ``Article.text``.
        end: One past the last character.
        text: ``article.text[start:end]`` (not part of the record, which keeps offsets only).
    """

    def __new__(cls, start: int, end: int, text: str) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The sentence as in the record: ``{"start", "end"}``."""
    def __reduce__(self) -> tuple[type[Sentence], tuple[int, int, str]]: ...
    def __hash__(self) -> int: ...

@final
class Paragraph:
    """A paragraph of the body and its sentences.

    Args:
        start: First character, a Python string index into ``Article.text``.
        end: One past the last character.
        text: ``article.text[start:end]``.
        sentences: The sentences, in order.
    """

    def __new__(cls, start: int, end: int, text: str, sentences: Sequence[Sentence]) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences, in order."""
    def to_dict(self) -> dict[str, Any]:
        """The paragraph as in the record: ``{"start", "end", "text", "sentences"}``."""
    def __reduce__(self) -> tuple[type[Paragraph], tuple[int, int, str, list[Sentence]]]: ...
    def __hash__(self) -> int: ...

@final
class Section:
    """A section of the body: an optional heading and its paragraphs.

    Args:
        heading: The heading line, ``None`` for the part before the first heading.
        paragraphs: The paragraphs, in order.
    """

    def __new__(cls, heading: Span | None, paragraphs: Sequence[Paragraph]) -> Self: ...
    @property
    def heading(self) -> Span | None: ...
    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs, in order."""
    def to_dict(self) -> dict[str, Any]:
        """The section as in the record: ``{"heading", "paragraphs"}``."""
    def __reduce__(self) -> tuple[type[Section], tuple[Span | None, list[Paragraph]]]: ...
    def __hash__(self) -> int: ...

@final
class Boilerplate:
    """Page furniture the parser removed from the body (comments, share prompts, ...).

    Args:
        start: First character, a Python string index into ``Article.text``.
        end: One past the last character.
        kind: What kind of furniture: ``"comments"``, ``"related"``, ``"share"``, ...
        text: ``article.text[start:end]`` (not part of the record).
    """

    def __new__(cls, start: int, end: int, kind: str, text: str) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The furniture as in the record: ``{"start", "end", "kind"}``."""
    def __reduce__(self) -> tuple[type[Boilerplate], tuple[int, int, str, str]]: ...
    def __hash__(self) -> int: ...

@final
class Published:
    """The publication date the article states.

    Args:
        iso: ISO 8601, as precise as stated: ``"2025"``, ``"2025-02"`` or ``"2025-02-14"``.
        raw: The date as written.
        precision: ``"year"``, ``"month"`` or ``"day"``.
    """

    def __new__(cls, iso: str, raw: str, precision: str) -> Self: ...
    @property
    def iso(self) -> str: ...
    @property
    def raw(self) -> str: ...
    @property
    def precision(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The date as in the record: ``{"iso", "raw", "precision"}``."""
    def __reduce__(self) -> tuple[type[Published], tuple[str, str, str]]: ...
    def __hash__(self) -> int: ...

@final
class Mention:
    """One place where an entity is named.

    Args:
        start: First character, a Python string index into ``Article.text``.
        end: One past the last character.
        text: ``article.text[start:end]``.
        entity: Id of the entity named (``"E1"``); not part of the record's mention.
        label: The entity's label (``"PERSON"``, ``"ORG"``, ...); not part of the record's mention.
    """

    def __new__(cls, start: int, end: int, text: str, entity: str, label: str) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def label(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The mention as in the record: ``{"start", "end", "text"}``."""
    def __reduce__(self) -> tuple[type[Mention], tuple[int, int, str, str, str]]: ...
    def __hash__(self) -> int: ...

@final
class Entity:
    """One real-world thing the article names (a person, organisation, place, group, date or
    amount), with every mention of it.

    Args:
        id: ``"E1"``, ``"E2"``, ... in order of first mention.
        label: ``"PERSON"``, ``"ORG"``, ``"GPE"``, ``"LOC"``, ``"NORP"``, ``"DATE"``, ``"MONEY"``
            or ``"PERCENT"``.
        name: The fullest name the article gives it.
        aliases: Other names the article uses for it.
        mentions: Every place it is named, in text order.
        descriptions: What the article says it is.
    """

    def __new__(
        cls,
        id: str,
        label: str,
        name: str,
        aliases: Sequence[str],
        mentions: Sequence[Mention],
        descriptions: Sequence[str],
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]:
        """Other names the article uses for it."""
    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every place it is named, in text order."""
    @property
    def descriptions(self) -> tuple[str, ...]:
        """What the article says it is ("head of Russia's sovereign wealth fund"): a person's
        role and appositions, an organisation's appositions, a place's appositions that name a
        kind of place; empty for other entities."""
    def to_dict(self) -> dict[str, Any]:
        """The entity as in the record."""
    def __reduce__(
        self,
    ) -> tuple[type[Entity], tuple[str, str, str, list[str], list[Mention], list[str]]]: ...
    def __hash__(self) -> int: ...

@final
class Speaker:
    """Who said a quote.

    Args:
        entity: Id of the entity the speaker resolves to (``"E3"``), or ``None`` for an unnamed
            speaker ("a spokesman").
        name: The entity's name, or the words naming an unnamed speaker.
        mention: Where the speaker is named in the attribution, if anywhere.
    """

    def __new__(cls, entity: str | None, name: str, mention: Span | None) -> Self: ...
    @property
    def entity(self) -> str | None: ...
    @property
    def name(self) -> str: ...
    @property
    def mention(self) -> Span | None: ...
    def to_dict(self) -> dict[str, Any]:
        """The speaker as in the record: ``{"entity", "name", "mention"}``."""
    def __reduce__(self) -> tuple[type[Speaker], tuple[str | None, str, Span | None]]: ...
    def __hash__(self) -> int: ...

@final
class Quote:
    """A quotation and who said it.

    Args:
        id: ``"Q1"``, ``"Q2"``, ... in text order.
        kind: ``"direct"``, ``"partial"`` or ``"indirect"``.
        text: The quoted words, quotation marks excluded, pieces joined by a space.
        spans: The pieces (one, or more when the attribution interrupts the quote).
        speaker: Who said it, when the article says.
        cue: The reporting word ("said", "according to"), if any.
        confidence: How sure the attribution is, from 0 to 1, by the pattern that fired.
    """

    def __new__(
        cls,
        id: str,
        kind: str,
        text: str,
        spans: Sequence[Span],
        speaker: Speaker | None,
        cue: Span | None,
        confidence: float,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def spans(self) -> tuple[Span, ...]:
        """The pieces of the quote, quotation marks excluded, in order."""
    @property
    def speaker(self) -> Speaker | None: ...
    @property
    def cue(self) -> Span | None: ...
    @property
    def confidence(self) -> float: ...
    def to_dict(self) -> dict[str, Any]:
        """The quote as in the record (pieces as ``{"start", "end"}``)."""
    def __reduce__(
        self,
    ) -> tuple[
        type[Quote],
        tuple[str, str, str, list[Span], Speaker | None, Span | None, float],
    ]: ...

@final
class Article:
    """One parsed article: the record of SCHEMA.md with every offset a Python string index, so
    ``article.text[m.start:m.end] == m.text`` for every span.

    Make one with :func:`copydesk.parse_article`, :func:`copydesk.parse_articles` or
    :meth:`Article.from_json`. Articles are immutable, compare equal when their records are
    equal, and pickle (``pickle``, ``copy``, joblib, multiprocessing) through their JSON record.
    """

    @property
    def id(self) -> str | None:
        """The identifier given with the input, or ``None``."""
    @property
    def text(self) -> str:
        """The article text: the input exactly as given. Every offset indexes this string."""
    @property
    def title(self) -> Span | None:
        """The headline, or ``None``."""
    @property
    def subtitle(self) -> Span | None:
        """The dek or standfirst under the headline, or ``None``."""
    @property
    def byline(self) -> Span | None:
        """The byline line ("By Jane Doe and John Roe"), or ``None``."""
    @property
    def authors(self) -> tuple[str, ...]:
        """Author names taken from the byline (for an HTML page without one, from its metadata)."""
    @property
    def published(self) -> Published | None:
        """The publication (or update) date the article states, or ``None``."""
    @property
    def sections(self) -> tuple[Section, ...]:
        """The body: sections of paragraphs, in reading order."""
    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every paragraph of the body, in order (all sections together)."""
    @property
    def boilerplate(self) -> tuple[Boilerplate, ...]:
        """Page furniture the parser removed from the body."""
    @property
    def entities(self) -> tuple[Entity, ...]:
        """People, organisations, places, groups, dates and amounts: one entity per real thing."""
    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Quotations with their speakers, in text order."""
    def entity(self, id: str) -> Entity | None:
        """The entity with this id (``"E3"``, as in ``quote.speaker.entity``), or ``None``.

        Args:
            id: An entity id of this article.
        """
    def to_dict(self) -> dict[str, Any]:
        """The record of SCHEMA.md as plain Python objects (dicts, lists, str, int, float, None)."""
    def to_json(self, indent: int | None = None) -> str:
        """The record of SCHEMA.md as JSON text.

        Args:
            indent: Spaces per level for pretty-printed output; ``None`` for one line.
        """
    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        """Read an article back from its JSON record (as written by :meth:`to_json`).

        Args:
            data: The JSON text, as ``str`` or UTF-8 ``bytes``.

        Raises:
            InputError: The JSON is not an article record, or its offsets do not match its text.
            InputTypeError: ``data`` is neither ``str`` nor ``bytes``.
        """
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Make an article from its record as plain Python objects (as given by :meth:`to_dict`).

        Raises:
            InputError: The dict is not an article record, or its offsets do not match its text.
        """
    def to_displacy(self) -> dict[str, Any]:
        """The entities in displaCy's "manual" format, for
        ``spacy.displacy.render(article.to_displacy(), style="ent", manual=True)``."""
    def _repr_html_(self) -> str:
        """The article as an HTML page for Jupyter: entities highlighted by label, quotes marked
        with their speaker, every piece of text HTML-escaped."""
    def __reduce__(self) -> tuple[Any, tuple[str]]: ...

@final
class Parser:
    """A configured parser: your own entity list (an analyst's watch list) and stage switches.
    Build it once and reuse it; it is safe to share between threads.

    Args:
        entities: ``(name, label)`` pairs the parser must know, e.g.
            ``[("Acme Widgets", "ORG")]``; they take precedence over the built-in gazetteers.
            Labels: PERSON, ORG, GPE, LOC, NORP, DATE, MONEY, PERCENT.
        with_entities: Find entities (on by default). Without them quotes have no resolved speaker.
        with_quotes: Find quotes (on by default).
        with_indirect: Find reported (indirect) speech too, ``kind == "indirect"`` (on by
            default). Off, quotes are the quotations in marks only and parsing is about 15 %
            faster on news.

    Raises:
        InputError: An entry is empty or its label unknown.
        InputTypeError: An entry is not a ``(str, str)`` pair.
    """

    def __new__(
        cls,
        entities: Iterable[tuple[str, str]] | None = None,
        with_entities: bool = True,
        with_quotes: bool = True,
        with_indirect: bool = True,
    ) -> Self: ...
    def parse(self, text: str, *, id: str | None = None, html: bool = False) -> Article:
        """Parse one article given as plain text (or as an HTML page), with the GIL released.

        Args:
            text: The article as plain text, or as an HTML page with ``html=True``.
            id: An identifier to keep with the record (``Article.id``).
            html: ``text`` is an HTML page: its text is extracted first (script, style and
                navigation dropped, blocks as paragraphs) and becomes ``Article.text``; the
                page's metadata (``<meta>`` tags, JSON-LD) gives the authors and date where the
                text has none.

        Raises:
            InputTypeError: ``text`` is not a ``str`` (bytes must be decoded first).
            InputError: ``text`` holds lone surrogates and so is not valid Unicode.
        """
    @overload
    def parse_articles(
        self,
        texts: Iterable[str],
        threads: int | None = None,
        *,
        ids: Sequence[str | None] | None = None,
        errors: Literal["raise"] = "raise",
        html: bool = False,
    ) -> list[Article]: ...
    @overload
    def parse_articles(
        self,
        texts: Iterable[object],
        threads: int | None = None,
        *,
        ids: Sequence[str | None] | None = None,
        errors: Literal["return"],
        html: bool = False,
    ) -> list[Article | CopydeskError]: ...
    def __reduce__(self) -> tuple[type[Parser], tuple[list[tuple[str, str]], bool, bool]]: ...

def parse_article(text: str, *, id: str | None = None, html: bool = False) -> Article:
    """Parse one news article given as plain text (or as an HTML page) into an :class:`Article`.

    The GIL is released while parsing, so threads calling this run in parallel.

    Args:
        text: The article as plain text, or as an HTML page with ``html=True``.
        id: An identifier to keep with the record (``Article.id``).
        html: ``text`` is an HTML page: its text is extracted first (script, style and
            navigation dropped, block elements as paragraphs, the ``<title>`` as the first line
            when the page has no ``h1``) and becomes ``Article.text``, which every offset points into.
            The page's metadata (``<meta>`` tags, JSON-LD) gives the authors where no byline
            names any, and the date where no date line gives one and the text writes that date.

    Raises:
        InputTypeError: ``text`` is not a ``str`` (bytes must be decoded first).
        InputError: ``text`` holds lone surrogates and so is not valid Unicode.
    """

@overload
def parse_articles(
    texts: Iterable[str],
    threads: int | None = None,
    *,
    ids: Sequence[str | None] | None = None,
    errors: Literal["raise"] = "raise",
    html: bool = False,
) -> list[Article]: ...
@overload
def parse_articles(
    texts: Iterable[object],
    threads: int | None = None,
    *,
    ids: Sequence[str | None] | None = None,
    errors: Literal["return"],
    html: bool = False,
) -> list[Article | CopydeskError]: ...
