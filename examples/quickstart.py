# %% [markdown]
# # copydesk quickstart
#
# Parse news articles into structured, offset-anchored records, look at them as a page, and turn
# them into tables. Open this file as a notebook (VS Code, Jupytext) or run it as a script:
# `python examples/quickstart.py`.

# %%
from pathlib import Path

import copydesk
import copydesk.frames

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path("examples")
texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE / "articles").glob("*.txt"))}
print(f"{len(texts)} bundled articles:", ", ".join(texts))

# %% [markdown]
# ## Parse many articles at once
# `parse_articles` parses in parallel with the GIL released and keeps the input order; `ids` stay
# with the records.

# %%
articles = copydesk.parse_articles(list(texts.values()), ids=list(texts))
for article in articles:
    print(article)

# %% [markdown]
# ## One article, part by part
# Every span has `start`, `end` and `text`, and `article.text[start:end] == text`.

# %%
article = articles[0]
print("title:   ", article.title.text if article.title else None)
print("byline:  ", article.byline.text if article.byline else None, article.authors)
print("date:    ", article.published)
for section in article.sections:
    print("section: ", section.heading.text if section.heading else "(lead)",
          f"- {len(section.paragraphs)} paragraphs")
first = article.paragraphs[0]
print("first sentence:", first.sentences[0].text if first.sentences else first.text)

# %% [markdown]
# ## Your own watch list
# A `Parser` built once with the names you care about finds them in every article, on top of the
# built-in recogniser.

# %%
parser = copydesk.Parser(
    entities=[
        ("Hannah Lindqvist", "PERSON"),
        ("Sabine Köhler", "PERSON"),
        ("Northwest Farm Credit Bank", "ORG"),
        ("ÖBB", "ORG"),
        ("Vienna", "GPE"),
        ("Zürich", "GPE"),
    ]
)
articles = parser.parse_articles(list(texts.values()), ids=list(texts))
for e in articles[1].entities:
    print(e.label, e.name, [(m.start, m.end) for m in e.mentions])

# %% [markdown]
# ## The article as a page
# In a notebook the last expression of a cell shows the article with entities highlighted by
# label and quotes marked with their speaker. As a script, write the page to a file.

# %%
page = articles[-1]._repr_html_()
out = Path("quickstart-article.html")
if __name__ == "__main__" and "get_ipython" not in globals():
    out.write_text(f"<!doctype html><meta charset='utf-8'>{page}", encoding="utf-8")
    print(f"wrote {out} ({len(page)} characters of HTML)")
articles[-1]

# %% [markdown]
# ## Who said what
# One row per quote, with the speaker resolved to an entity where the article allows.

# %%
quotes = copydesk.frames.quotes(articles)
print(quotes[["article_id", "speaker", "kind", "text"]].to_string() if len(quotes) else "no quotes found yet")

# %% [markdown]
# ## The entity table
# One row per entity (and `copydesk.frames.mentions` gives one row per mention).

# %%
entities = copydesk.frames.entities(articles)
print(entities[["article_id", "label", "name", "mentions"]].to_string())

# %% [markdown]
# ## Records
# `to_dict()` / `to_json()` give the JSON record of the schema; `Article.from_json` reads it back.

# %%
record = articles[0].to_json()
assert copydesk.Article.from_json(record) == articles[0]
print(record[:200], "...")
