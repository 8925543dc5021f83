"""copydesk: fast, offset-anchored parsing of English news articles.

Turn one article given as plain text into a structured record: title, byline, date, sections,
paragraphs and sentences, the page furniture removed, the people, organisations, places and
amounts it names (one entity per real-world thing), and who said what.

Every offset is a Python string index into ``Article.text``, so
``article.text[m.start:m.end] == m.text`` holds for every span.

>>> import copydesk
>>> article = copydesk.parse_article("Mayor Opens Bridge\\n\\nThe mayor opened it on Monday.\\n")
>>> article.title.text
'Mayor Opens Bridge'
"""

from copydesk._core import (
    Article,
    Boilerplate,
    CopydeskError,
    Entity,
    InputError,
    InputTypeError,
    Mention,
    Paragraph,
    Parser,
    Published,
    Quote,
    Section,
    Sentence,
    Span,
    Speaker,
    __version__,
    parse_article,
    parse_articles,
)

__all__ = [
    "Article",
    "Boilerplate",
    "CopydeskError",
    "Entity",
    "InputError",
    "InputTypeError",
    "Mention",
    "Paragraph",
    "Parser",
    "Published",
    "Quote",
    "Section",
    "Sentence",
    "Span",
    "Speaker",
    "__version__",
    "frames",
    "parse_article",
    "parse_articles",
]


def __getattr__(name: str) -> object:
    # `copydesk.frames` without importing pandas-related code at `import copydesk`.
    if name == "frames":
        import importlib

        return importlib.import_module("copydesk.frames")
    raise AttributeError(f"module 'copydesk' has no attribute {name!r}")
