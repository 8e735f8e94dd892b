"""Run the whole-scorer property test with many examples (default 10,000).

Usage: python scripts/fuzz.py [N]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    examples = sys.argv[1] if len(sys.argv) > 1 else "10000"
    environment = {**os.environ, "FRAMING_FUZZ_EXAMPLES": examples}
    command = [sys.executable, "-m", "pytest", "-q", str(ROOT / "tests" / "test_fuzz.py"), "-p", "no:cacheprovider"]
    sys.exit(subprocess.call(command, env=environment, cwd=ROOT))
