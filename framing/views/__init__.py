"""Dashboard pages. This subpackage is the only place that imports streamlit."""

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_markdown(text: object) -> str:
    """Untrusted text (outlet names, file names, terms) shown literally in Streamlit markdown:
    no links, images, emphasis, LaTeX ($), colour directives or emoji shortcodes (:)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")
