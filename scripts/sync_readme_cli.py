"""Regenerate the CLI reference in README.md from `framing --help` (tests check it is current).

Usage: python scripts/sync_readme_cli.py
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.cli import main  # noqa: E402

BEGIN = "<!-- cli-reference:begin -->"
END = "<!-- cli-reference:end -->"
COMMANDS = (["--help"], ["score", "--help"], ["schema", "--help"])


def cli_reference() -> str:
    """The help text of every command, as fenced blocks."""
    os.environ["COLUMNS"] = "88"
    blocks = []
    for argv in COMMANDS:
        stream = io.StringIO()
        with contextlib.redirect_stdout(stream), contextlib.suppress(SystemExit):
            main(argv)
        blocks.append(f"```text\n$ framing {' '.join(argv)}\n{stream.getvalue().rstrip()}\n```")
    return "\n\n".join(blocks)


def sync(readme: str) -> str:
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    return pattern.sub(lambda _: f"{BEGIN}\n{cli_reference()}\n{END}", readme)


if __name__ == "__main__":
    path = ROOT / "README.md"
    path.write_text(sync(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated the CLI reference in {path}")
