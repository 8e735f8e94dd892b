"""One regular expression for a list of words and phrases, laid out as a character trie.

An alternation of thousands of forms makes the regex engine try each at every position;
the same forms written as a trie (shared prefixes once) let it follow the text's
characters down one branch, so the cost of a scan barely grows with the list. Used for
actor mentions (``framing.actors``) and reporting-verb cues (``framing.quotes``); short lists
inside larger patterns are a plain alternation, longest first (``longest_first``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def longest_first(forms: Iterable[str]) -> str:
    """An alternation of ``forms``, escaped, the longest first (so a form's extension wins where
    both match): for short lists inside a larger pattern ("Post|Times", "airport|bombing")."""
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


def word_trie_pattern(forms: Iterable[str], word: str | None = r"\w") -> re.Pattern[str]:
    """A pattern matching any of ``forms`` as whole words, the longest form at a position.

    A whole word is neither preceded nor followed by a character of the class ``word``;
    with ``word=None`` a form matches anywhere, inside words too.
    Characters are literal and matched case-sensitively (give each spelling you accept as
    a form), so two forms that match at one position are prefix and extension of each
    other; trying longer continuations before a form's end gives the longest form, as an
    alternation of the forms longest first would.
    """
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return re.compile(r"(?!)")  # no forms: matches nothing

    def alternation(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + alternation(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(f"(?!{word})" if word else "")  # after the longer forms: the longest wins
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile((f"(?<!{word})" if word else "") + alternation(trie))
