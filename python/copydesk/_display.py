"""The HTML view of an :class:`~copydesk.Article` (Jupyter's ``_repr_html_``).

Entities are highlighted by label, quotes are underlined with their speaker after them, and every
piece of article text goes through :func:`html.escape`, so an article that contains markup (a
``<script>`` in a scraped page) shows as text and never runs.
"""

from __future__ import annotations

import bisect
import html
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from copydesk._core import Article

__all__ = ["article_html", "css"]

_LABEL_CLASS = re.compile(r"[^A-Za-z0-9_-]")


@lru_cache(maxsize=1)
def css() -> str:
    """The stylesheet of the view (``_display.css`` in the package)."""
    return resources.files("copydesk").joinpath("_display.css").read_text(encoding="utf-8")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


class _Mark(NamedTuple):
    start: int
    end: int
    html_open: str
    html_close: str
    real_end: int


def _label_class(label: str) -> str:
    return "cd-" + _LABEL_CLASS.sub("", label)


def _mention_marks(article: Article) -> list[_Mark]:
    marks = []
    for entity in article.entities:
        title = _esc(f"{entity.label} · {entity.name} ({entity.id})")
        label = _esc(entity.label)
        for m in entity.mentions:
            marks.append(
                _Mark(
                    m.start,
                    m.end,
                    f'<mark class="cd-ent {_label_class(entity.label)}" title="{title}">',
                    f'<span class="cd-label">{label}</span></mark>',
                    m.end,
                )
            )
    marks.sort(key=lambda m: (m.start, -m.end))
    return marks


def _quote_marks(article: Article) -> list[_Mark]:
    marks = []
    for q in article.quotes:
        speaker = q.speaker.name if q.speaker is not None else None
        title = _esc(f"{q.id} · {q.kind} · {speaker or 'no speaker'}")
        pieces = sorted(q.spans, key=lambda s: s.start)
        for i, piece in enumerate(pieces):
            close = "</span>"
            if i == len(pieces) - 1:
                if speaker:
                    close += f'<span class="cd-speaker" title="{title}">— {_esc(speaker)}</span>'
                else:
                    close += '<span class="cd-speaker cd-unattributed">no speaker</span>'
            marks.append(
                _Mark(
                    piece.start,
                    piece.end,
                    f'<span class="{"cd-quote cd-indirect" if q.kind == "indirect" else "cd-quote"}"'
                    f' data-quote="{_esc(q.id)}" title="{title}">',
                    close,
                    piece.end,
                )
            )
    marks.sort(key=lambda m: (m.start, -m.end))
    return marks


class _Layer:
    """Marks of one kind, sorted by start, with the running maximum of their ends so the marks
    touching a block are found by bisection."""

    def __init__(self, marks: list[_Mark]) -> None:
        self.marks = marks
        self.starts = [m.start for m in marks]
        self.max_ends: list[int] = []
        top = -1
        for m in marks:
            top = max(top, m.end)
            self.max_ends.append(top)

    def touching(self, start: int, end: int) -> list[_Mark]:
        """The marks that overlap [start, end), clipped to it, in order of start."""
        lo = bisect.bisect_right(self.max_ends, start)
        hi = bisect.bisect_left(self.starts, end)
        return [
            m._replace(start=max(m.start, start), end=min(m.end, end))
            for m in self.marks[lo:hi]
            if m.end > start and m.end > m.start
        ]


class _Sweep:
    """Which mark of a layer covers each segment, sweeping left to right."""

    def __init__(self, marks: list[_Mark]) -> None:
        self.marks = marks
        self.next = 0
        self.active: list[_Mark] = []

    def at(self, a: int) -> _Mark | None:
        while self.next < len(self.marks) and self.marks[self.next].start <= a:
            self.active.append(self.marks[self.next])
            self.next += 1
        self.active = [m for m in self.active if m.end > a]
        # The innermost (latest-starting) mark wins when marks of one layer nest.
        return self.active[-1] if self.active else None


def _render(text: str, start: int, end: int, mentions: _Layer, quotes: _Layer) -> str:
    """``text[start:end]`` as escaped HTML with quotes (outer) and mentions (inner) marked.

    The block is cut at every mark boundary; within a segment the set of marks is constant, so
    tags open and close at cuts only and always nest properly. A mark's closing extras (label,
    speaker) are written only where the mark really ends.
    """
    ms = mentions.touching(start, end)
    qs = quotes.touching(start, end)
    cuts = {start, end}
    for mark in ms + qs:
        cuts.update((mark.start, mark.end))
    points = sorted(cuts)
    sweep_m, sweep_q = _Sweep(ms), _Sweep(qs)
    out: list[str] = []
    open_q: _Mark | None = None
    open_m: _Mark | None = None

    def close(mark: _Mark, at: int, plain: str) -> str:
        return mark.html_close if mark.real_end <= at else plain

    for a, b in zip(points, points[1:]):
        q = sweep_q.at(a)
        m = sweep_m.at(a)
        if q is not open_q:
            if open_m is not None:
                out.append(close(open_m, a, "</mark>"))
                open_m = None
            if open_q is not None:
                out.append(close(open_q, a, "</span>"))
            if q is not None:
                out.append(q.html_open)
            open_q = q
        if m is not open_m:
            if open_m is not None:
                out.append(close(open_m, a, "</mark>"))
            if m is not None:
                out.append(m.html_open)
            open_m = m
        out.append(_esc(text[a:b]))
    if open_m is not None:
        out.append(close(open_m, end, "</mark>"))
    if open_q is not None:
        out.append(close(open_q, end, "</span>"))
    return "".join(out)


def article_html(article: Article) -> str:
    """The article as an HTML fragment with its own stylesheet.

    Args:
        article: A parsed article.

    Returns:
        HTML for a notebook cell or a page: title, subtitle, byline and date, a legend of the
        entity labels present, the sections with entities highlighted by label and quotes
        marked with their speaker, and the removed page furniture folded away at the end.
    """
    text = article.text
    mentions = _Layer(_mention_marks(article))
    quotes = _Layer(_quote_marks(article))

    def block(start: int, end: int) -> str:
        return _render(text, start, end, mentions, quotes)

    parts = ['<div class="copydesk-article">', f"<style>{css()}</style>"]
    if article.title is not None:
        parts.append(f'<h2 class="cd-title">{block(article.title.start, article.title.end)}</h2>')
    if article.subtitle is not None:
        s = article.subtitle
        parts.append(f'<p class="cd-subtitle">{block(s.start, s.end)}</p>')
    meta = []
    if article.byline is not None:
        meta.append(block(article.byline.start, article.byline.end))
    if article.published is not None:
        meta.append(f'<time datetime="{_esc(article.published.iso)}">{_esc(article.published.raw)}</time>')
    if meta:
        parts.append(f'<p class="cd-meta">{" · ".join(meta)}</p>')
    labels = sorted({e.label for e in article.entities})
    if labels or article.quotes:
        chips = [
            f'<span><mark class="cd-ent {_label_class(label)}">{_esc(label)}</mark></span>'
            for label in labels
        ]
        n = len(article.quotes)
        chips.append(f'<span class="cd-quote">{n} quote{"" if n == 1 else "s"}</span>')
        parts.append(f'<div class="cd-legend">{"".join(chips)}</div>')
    for section in article.sections:
        parts.append("<section>")
        if section.heading is not None:
            h = section.heading
            parts.append(f'<h3 class="cd-heading">{block(h.start, h.end)}</h3>')
        for p in section.paragraphs:
            parts.append(f'<p class="cd-par">{block(p.start, p.end)}</p>')
        parts.append("</section>")
    if article.boilerplate:
        n = len(article.boilerplate)
        parts.append(f'<details class="cd-furniture"><summary>Removed page furniture ({n})</summary>')
        for b in article.boilerplate:
            parts.append(f"<p><b>{_esc(b.kind)}</b></p><pre>{_esc(b.text)}</pre>")
        parts.append("</details>")
    parts.append("</div>")
    return "\n".join(parts)
