"""The README cannot rot: its quickstart, CLI reference and examples are checked here."""

import re
import shlex

from framing.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def quickstart_commands():
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.S)
    return [line for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_quickstart_has_exactly_two_commands_one_launches_one_tests():
    commands = quickstart_commands()
    assert len(commands) == 2
    assert commands[0].endswith("streamlit run dashboard.py")
    assert commands[1].endswith("python -m pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quickstart_commands()[1] in ci


def test_cli_reference_is_current():
    import importlib.util

    spec = importlib.util.spec_from_file_location("sync_readme_cli", ROOT / "scripts" / "sync_readme_cli.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.sync(README) == README, "the CLI changed: run python scripts/sync_readme_cli.py"


def test_readme_examples_on_the_seeds_run(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    examples = [
        line.split("#")[0].split(">")[0].strip()
        for line in README.splitlines()
        if re.match(r"(python -m )?framing score seeds", line)
    ]
    assert examples
    for example in examples:
        argv = shlex.split(example)
        argv = argv[argv.index("score") :]
        assert main(argv) == 0, example
        out = capsys.readouterr().out
        assert out.count("\n") == 5
