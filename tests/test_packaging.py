"""Project files that deployment and documentation depend on."""

import re
import tomllib

from framing import defaults

from .conftest import ROOT


def requirement_names(path):
    names = set()
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            names.add(re.split(r"[<>=!~\[ ;]", line, maxsplit=1)[0].lower())
    return names


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def dependency_names(specs):
    return {re.split(r"[<>=!~\[ ;]", spec, maxsplit=1)[0].lower() for spec in specs}


def test_requirements_txt_pins_the_pyproject_dependencies():
    assert requirement_names("requirements.txt") == dependency_names(pyproject()["dependencies"])
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        assert not line or "==" in line, f"requirements.txt must pin exact versions: {line!r}"


def test_requirements_test_txt_pins_the_test_extra():
    assert requirement_names("requirements-test.txt") == dependency_names(pyproject()["optional-dependencies"]["test"])


def test_every_default_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [name for name in vars(defaults) if name.isupper()]
    assert names, "framing.defaults defines no constants"
    missing = [name for name in names if f"`{name}`" not in readme]
    assert missing == [], f"document these defaults in the README's Defaults table: {missing}"


def test_streamlit_cloud_files_exist():
    assert (ROOT / "dashboard.py").is_file()
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False


def test_only_the_views_subpackage_imports_streamlit():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "framing").rglob("*.py")
        if "views" not in path.parts
        and re.search(r"^\s*(import|from) streamlit", path.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []
