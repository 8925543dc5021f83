"""The notebook-style example runs from start to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def test_quickstart_runs(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    script = ROOT / "examples" / "quickstart.py"
    out = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "bundled articles" in out.stdout and "Article(id=" in out.stdout
    page = (tmp_path / "quickstart-article.html").read_text(encoding="utf-8")
    assert 'class="copydesk-article"' in page and "cd-PERSON" in page


def test_quickstart_cells() -> None:
    # It opens as a notebook: percent-format cells, markdown between code.
    text = (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")
    assert text.count("# %%\n") >= 6 and "# %% [markdown]" in text
