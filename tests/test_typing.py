"""The stubs match the compiled module, and the package and examples type-check."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("mypy")


def test_stubtest() -> None:
    out = subprocess.run([sys.executable, "-m", "mypy.stubtest", "copydesk._core"], capture_output=True,
                         text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr


def test_py_typed_is_shipped() -> None:
    import copydesk

    from pathlib import Path

    pkg = Path(copydesk.__file__).parent
    assert (pkg / "py.typed").exists() and (pkg / "_core.pyi").exists()


def test_mypy_strict_on_package_and_examples() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "python/copydesk",
         "examples/quickstart.py", "benches/bench_parse.py"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert out.returncode == 0, out.stdout + out.stderr
