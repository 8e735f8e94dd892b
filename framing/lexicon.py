"""Loaded-term lexicons: a documented data format, importers, validation and a fast matcher.

A lexicon is rows of ``pattern, category, weight, note, source`` (``framing/data/README.md``,
"Lexicons"). Patterns are words or phrases; a token ending in ``*`` matches any word that
starts with it (LIWC style: ``provocat*``). Matching ignores case, except that a pattern
with a capital letter after its first character must match that letter exactly ("the
Jewish state", "Assad regime"). The matcher compiles every pattern into one regular expression shaped as a character
trie, so a single scan of the lower-cased text stops only where some pattern can match;
there the candidates are looked up by the first word (exact words in a dict, prefixes by
length), the longest pattern that matches wins (case rule included), and matches never
overlap.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import vaderSentiment.vaderSentiment as vader_module

from framing.defaults import VADER_EVALUATIVE_MIN
from framing.errors import ConfigError
from framing.resources import read_data_text
from framing.textview import TextView, normalize

LEXICON_COLUMNS = ("pattern", "category", "weight", "note", "source")
_TOKEN = re.compile(r"\w+(?:['-]\w+)*\*?|\*")
_TEXT_TOKEN = re.compile(r"\w+(?:-\w+)*(?:'(?!s\b)\w+)*")  # "state's" is the token "state"
#: Strong VADER words that describe events or name a subject rather than judge ("freedom of speech",
#: "a riot broke out"); never "evaluative" (the bundled lexicon may still list one of them).
_FACTUAL = frozenset(
    "killed kill kills killing dead death deaths died die dies dying war wars wounded injured injury crash "
    "crashed destroyed destruction disaster fire fired attack attacked attacks bomb bombing murder murdered "
    "cancer poison victim victims prison arrested supreme violence crime crimes ban banned banning win wins won "
    "winning winner winners racism freedom freedoms riot riots drown drowned assassination assassinations abduction "
    "corpse fatal fatally fatalities fatality killings stab strangled starved suicide prisoner kia "
    "rape raped rapes raping torture tortured torturing attacker attackers".split()
)
#: The ``source`` of the entries taken from VADER's lexicon (``vader_entries``).
VADER_SOURCE = "VADER (MIT)"


@dataclass(frozen=True)
class Entry:
    pattern: str
    category: str
    weight: float | None = None
    note: str = ""
    source: str = ""
    line: int = 0

    @functools.cached_property
    def tokens(self) -> tuple[str, ...]:
        return tuple(token.lower() for token in _TOKEN.findall(self.pattern))

    @functools.cached_property
    def case_sensitive(self) -> bool:
        return any(char.isupper() for char in self.pattern[1:])


#: The category of a stop phrase: matched like any pattern, so it hides the shorter terms
#: inside it ("claimed the lives" hides "claimed"), and never reported.
MASK = "-"


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    term: str
    entry: Entry


@dataclass
class Lexicon:
    """Entries plus the index the matcher uses; build with ``Lexicon.from_entries``."""

    entries: tuple[Entry, ...]
    exact: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    prefixes: dict[int, dict[str, list[Entry]]] = field(default_factory=dict, repr=False)
    _candidates: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    scanner: re.Pattern[str] = field(default=re.compile(r"(?!)"), repr=False)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> Lexicon:
        unique: dict[tuple[str, ...], Entry] = {}
        for entry in entries:
            unique.setdefault(entry.tokens, entry)
        lexicon = cls(tuple(unique.values()))
        for entry in lexicon.entries:
            first = entry.tokens[0]
            if first.endswith("*"):
                prefix = first[:-1]
                lexicon.prefixes.setdefault(len(prefix), {}).setdefault(prefix, []).append(entry)
            else:
                lexicon.exact.setdefault(first, []).append(entry)
        for table in [lexicon.exact, *lexicon.prefixes.values()]:
            for candidates in table.values():
                candidates.sort(key=lambda e: (-len(e.tokens), e.tokens[-1].endswith("*")))
        lexicon.scanner = _scanner(lexicon.entries)
        return lexicon

    @property
    def categories(self) -> list[str]:
        return sorted({entry.category for entry in self.entries} - {MASK})

    def candidates(self, token: str) -> list[Entry]:
        """Entries whose first token matches ``token`` (lower case), longest first; memoised."""
        cached = self._candidates.get(token)
        if cached is not None:
            return cached
        found = list(self.exact.get(token, []))
        for length, table in self.prefixes.items():
            if len(token) >= length and token[:length] in table:
                found.extend(table[token[:length]])
        found.sort(key=lambda e: (-len(e.tokens), e.tokens[0].endswith("*")))
        self._candidates[token] = found
        return found


_SPACE, _STAR, _END = "\x00 ", "\x00*", "\x00$"  # trie units longer than one character


def _scanner(entries: Iterable[Entry]) -> re.Pattern[str]:
    """One regular expression over lower-case text matching wherever some entry's words can
    match (spaces between words, ``*`` prefixes, whole words otherwise), built as a
    character trie so the regex engine never tries the patterns one by one. Matches are
    then checked against the entries themselves (``_match_at``)."""
    trie: dict[str, dict] = {}
    for entry in entries:
        node = trie
        for index, token in enumerate(entry.tokens):
            if index:
                node = node.setdefault(_SPACE, {})
            for char in token.rstrip("*"):
                node = node.setdefault(char, {})
            if token.endswith("*"):
                node = node.setdefault(_STAR, {})
        node[_END] = {}

    def pattern(node: dict[str, dict], after_star: bool = False) -> str:
        branches = []
        for unit, child in sorted(node.items()):
            if unit == _SPACE:
                branches.append(r"\s+" + pattern(child))
            elif unit == _STAR:
                branches.append("" if set(child) == {_END} else r"[\w'-]*" + pattern(child, after_star=True))
            elif unit != _END:
                branches.append(re.escape(unit) + pattern(child))
        if _END in node:
            branches.append("" if after_star else r"(?!\w)")  # longer patterns first: the end comes last
        if "" in branches:
            branches = branches[: branches.index("") + 1]  # an empty branch always matches
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    if not trie:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)" + pattern(trie))


def _token_start(text: str, position: int, floor: int, ceiling: int) -> bool:
    """Whether the tokenizer (``_TEXT_TOKEN`` over ``text[floor:ceiling]``) starts a token at ``position``:
    not inside a hyphenated word ("anti-terror") or after an apostrophe it joins ("don't")."""
    run = position
    while run > floor and (text[run - 1].isalnum() or text[run - 1] in "_-'"):
        run -= 1
    if run == position:
        return True
    for token in _TEXT_TOKEN.finditer(text, run, ceiling):
        if token.start() >= position:
            return token.start() == position
    return False


_NEXT_TOKEN = re.compile(r"\s*(" + _TEXT_TOKEN.pattern + ")")


def _token_matches(pattern_token: str, token: str) -> bool:
    if pattern_token.endswith("*"):
        return token.startswith(pattern_token[:-1])
    return pattern_token == token


def _match_at(text: str, view: TextView, tokens: list[tuple[int, int, str]], entry: Entry) -> TermMatch | None:
    """The match of ``entry`` over the first of ``tokens`` (view start, end, lower-case word),
    if its words follow one another with only spaces between."""
    size = len(entry.tokens)
    if size > len(tokens):
        return None
    for offset in range(1, size):
        if not _token_matches(entry.tokens[offset], tokens[offset][2]):
            return None
    if entry.tokens[0].endswith("*") and not tokens[0][2].startswith(entry.tokens[0][:-1]):
        return None
    raw_start, raw_end = view.span_to_original(tokens[0][0], tokens[size - 1][1])
    matched = text[raw_start:raw_end]
    if entry.case_sensitive and normalize(matched[1:]).text != normalize(entry.pattern[1:]).text:
        return None
    return TermMatch(raw_start, raw_end, matched, entry)


#: Words a headline set in title case leaves in lower case: articles, conjunctions, prepositions.
_TITLE_LOWER = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs with from into onto upon over "
    "than amid among about after before under between against across through without during toward towards "
    "near like since until".split()
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'-])[A-Z][\w'-]* $")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
#: A word or a comma and one space before a word: running text on the same line.
_SAME_LINE_BEFORE = re.compile(r"[\w,] $")


def _name_part(text: str, start: int, end: int, floor: int, inside: bool = False) -> bool:
    """Whether the word ``text[start:end]`` is part of a capitalised name ("Rob Percival", "Hope
    Hicks", "the Justice Department"): capitalised (not all capitals), inside running text (after a
    word or a comma, not at the start of a sentence, a quotation or a clause after a colon) and
    beside another capitalised word or, alone, right after a word or a comma on its line ("the
    journal Heart"; not a paragraph's first word after a headline); with ``inside``, between two
    ("the International Crisis Group", not "the Marxist Antonio Gramsci")."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    before = text[floor:start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == ","):
        return False
    after = bool(_CAPITALISED_AFTER.match(text, end))
    preceded = _CAPITALISED_BEFORE.search(text, max(floor, start - 40), start)
    if inside:  # a capitalised article opening the sentence is no name ("The Heroes Act")
        return after and preceded is not None and preceded.group().strip().lower() not in _TITLE_LOWER
    # alone, a capitalised word after a word on the same line is a name too ("the journal Heart")
    return after or preceded is not None or bool(_SAME_LINE_BEFORE.search(text, max(floor, start - 2), start))


def in_name(text: str, words: list[tuple[int, int, str]], entry: Entry, floor: int) -> bool:
    """Whether a match of ``entry`` on ``words`` (spans in ``text``) is part of a capitalised name:
    a strong VADER word capitalised in running text ("Rob Percival", "the journal Heart"), any
    other entry between two ("the International Crisis Group"). A headline in title case keeps its
    words (the caller's check)."""
    if entry.source == VADER_SOURCE:
        return _name_part(text, words[0][0], words[0][1], floor)
    return _name_part(text, words[0][0], words[len(entry.tokens) - 1][1], floor, inside=True)


def title_case(text: str) -> bool:
    """Whether ``text`` is set in title case: nearly every word but the articles, conjunctions and
    prepositions is capitalised ("Rivals Rob Voters of Joy"; a sentence dense with names still has
    its verbs in lower case)."""
    words = [word for word in _TEXT_TOKEN.findall(text) if word.lower() not in _TITLE_LOWER and not word[0].isdigit()]
    return len(words) >= 2 and sum(word[0].isupper() for word in words) >= 0.85 * len(words)


def find_terms(text: str, lexicon: Lexicon, start: int = 0, end: int | None = None) -> list[TermMatch]:
    """Lexicon matches in ``text[start:end]`` (offsets into ``text``), longest first, never overlapping.

    A strong VADER word, general vocabulary, does not match a capitalised word that is part of a
    name in running text ("Rob Percival", "Super Bowl", "the journal Heart"), unless the span is set in
    title case (a headline where every word is capitalised); the other entries do beside a name
    ("the Marxist Antonio Gramsci": ideological labels are capitalised by convention), but not
    between two capitalised words ("the International Crisis Group")."""
    view = normalize(text)
    view_start = view.from_original(start)
    view_end = len(view.text) if end is None else view.from_original(end)
    # the scanner and the candidate index hold lower-case words; lower-case the view once
    lowered = view.lower
    if lowered is None:  # lower-casing changes the length: scan a copy with one-to-one lower case
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in view.text)
    matches: list[TermMatch] = []
    headline_case: bool | None = None
    position = view_start
    while hit := lexicon.scanner.search(lowered, position, view_end):
        position = hit.start() + 1
        first = _TEXT_TOKEN.match(lowered, hit.start(), view_end)
        if first is None or not _token_start(lowered, hit.start(), view_start, view_end):
            continue
        position = first.end()
        entries = lexicon.candidates(first.group())
        tokens = [(first.start(), first.end(), first.group())]
        while entries and len(tokens) < len(entries[0].tokens):  # entries are sorted longest first
            # a phrase never spans punctuation (a quotation mark, a comma): only spaces between words
            following = _NEXT_TOKEN.match(lowered, tokens[-1][1], view_end)
            if following is None:
                break
            tokens.append((following.start(1), following.end(1), following.group(1)))
        for entry in entries:
            found = _match_at(text, view, tokens, entry)
            if found:
                if in_name(view.text, tokens, entry, view_start):
                    if headline_case is None:
                        headline_case = title_case(view.text[view_start:view_end])
                    if not headline_case:
                        found = None
                if found and entry.category != MASK:
                    matches.append(found)
                position = tokens[len(entry.tokens) - 1][1]
                break
    return matches


@dataclass(frozen=True)
class LexiconProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _validate(entry: Entry) -> str | None:
    if not entry.pattern.strip():
        return "empty pattern; write a word or phrase"
    if not entry.category.strip():
        return f"pattern {entry.pattern!r} has no category; add one in the category column"
    if re.search(r"\*(?=\w)", entry.pattern):
        return f"pattern {entry.pattern!r}: '*' may only end a word (provocat*)"
    if entry.tokens and entry.tokens[0] == "*":
        return f"pattern {entry.pattern!r}: a lone '*' would match every word"
    return None


def _entry(row: dict[str, str], line: int, source: str) -> tuple[Entry | None, str | None]:
    weight_text = (row.get("weight") or "").strip()
    try:
        weight = float(weight_text) if weight_text else None
    except ValueError:
        return None, f"weight {weight_text!r} is not a number; leave it empty or write e.g. 1.5"
    entry = Entry(
        (row.get("pattern") or "").strip(),
        (row.get("category") or "").strip(),
        weight,
        (row.get("note") or "").strip(),
        (row.get("source") or "").strip() or source,
        line,
    )
    problem = _validate(entry)
    return (None, problem) if problem else (entry, None)


def _parse_table(text: str, source: str, delimiter: str) -> tuple[list[Entry], list[LexiconProblem]]:
    lines = [
        (n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip() and not line.startswith("#")
    ]
    if not lines:
        return [], [LexiconProblem(1, f"no rows; the header must name the columns {list(LEXICON_COLUMNS[:2])}")]
    header_line, header = lines[0]
    names = [name.strip().lower() for name in next(csv.reader([header], delimiter=delimiter))]
    missing = [c for c in ("pattern", "category") if c not in names]
    if missing:
        return [], [LexiconProblem(header_line, f"header is missing {missing}; it has {names}")]
    entries, problems = [], []
    for number, line in lines[1:]:
        values = next(csv.reader(io.StringIO(line), delimiter=delimiter))
        if len(values) > len(names):
            problems.append(LexiconProblem(number, f"{len(values)} fields but the header names {len(names)}"))
            continue
        entry, problem = _entry(dict(zip(names, values, strict=False)), number, source)
        if problem:
            problems.append(LexiconProblem(number, problem))
        elif entry:
            entries.append(entry)
    return entries, problems


def _parse_dic(text: str, source: str) -> tuple[list[Entry], list[LexiconProblem]]:
    """LIWC-style .dic: a %-delimited block of "id<TAB>category", then "word<TAB>id ...". The
    first category listed for a word is the one used."""
    parts = text.split("%")
    if len(parts) < 3:
        return [], [LexiconProblem(1, "not a .dic file: expected a category block between two '%' lines")]
    categories: dict[str, str] = {}
    header_lines = parts[1].splitlines()
    for line in header_lines:
        if line.strip():
            fields = line.split()
            if len(fields) >= 2:
                categories[fields[0]] = fields[1]
    first_word_line = text[: text.index("%", text.index("%") + 1)].count("\n") + 2
    entries, problems = [], []
    for offset, line in enumerate("%".join(parts[2:]).splitlines()[1:]):
        number = first_word_line + offset
        if not line.strip():
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        word, ids = fields[0].strip(), [f.strip() for f in fields[1:] if f.strip()]
        unknown = [i for i in ids if i not in categories]
        if not ids or unknown:
            problems.append(
                LexiconProblem(number, f"{word!r}: category id(s) {unknown or 'missing'} not in the header")
            )
            continue
        entry, problem = _entry({"pattern": word, "category": categories[ids[0]]}, number, source)
        if problem:
            problems.append(LexiconProblem(number, problem))
        elif entry:
            entries.append(entry)
    return entries, problems


def parse_lexicon(text: str, source: str, fmt: str = "tsv") -> tuple[list[Entry], list[LexiconProblem]]:
    """Entries and per-line problems of a lexicon in ``fmt`` (tsv, csv or dic)."""
    if fmt == "dic":
        return _parse_dic(text, source)
    if fmt in ("tsv", "csv"):
        return _parse_table(text, source, "\t" if fmt == "tsv" else ",")
    raise ConfigError(f"{source}: unknown lexicon format {fmt!r}; use .tsv, .csv or .dic")


def check_lexicon(path: str | Path) -> tuple[list[Entry], list[LexiconProblem]]:
    """Parse a lexicon file, reporting every bad row by line (format from the file name)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".") or "tsv"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error}); save the lexicon as UTF-8") from None
    entries, problems = parse_lexicon(text, str(path), "tsv" if fmt == "txt" else fmt)
    seen: dict[tuple[str, ...], int] = {}
    for entry in entries:
        if entry.tokens in seen:
            problems.append(
                LexiconProblem(entry.line, f"{entry.pattern!r} repeats line {seen[entry.tokens]}; the first wins")
            )
        seen.setdefault(entry.tokens, entry.line)
    return entries, sorted(problems, key=lambda p: p.line)


def vader_entries(min_valence: float = VADER_EVALUATIVE_MIN) -> list[Entry]:
    """Strong single words of VADER's lexicon (MIT licence) as "evaluative" entries."""
    path = Path(vader_module.__file__).with_name("vader_lexicon.txt")
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fields = line.split("\t")
        if len(fields) < 2 or not re.fullmatch(r"[a-z][a-z'-]+", fields[0]) or fields[0] in _FACTUAL:
            continue
        valence = float(fields[1])
        if abs(valence) >= min_valence:
            entries.append(Entry(fields[0], "evaluative", valence, "strong VADER valence", VADER_SOURCE, number))
    return entries


def read_lexicon(path: str | Path | None = None, *, include_vader: bool = True) -> Lexicon:
    """The bundled lexicon (plus strong VADER words), or the user's file; bad rows are an error."""
    if path is None:
        entries, problems = parse_lexicon(read_data_text("lexicon.tsv"), "framing")
        source = "framing/data/lexicon.tsv"
    else:
        entries, problems = check_lexicon(path)
        source = str(path)
        problems = [p for p in problems if "repeats line" not in p.message]
    if problems:
        listed = "; ".join(str(p) for p in problems[:10])
        raise ConfigError(f"{source}: {len(problems)} bad row(s): {listed}; run `framing lexicon check {source}`")
    return Lexicon.from_entries(entries + (vader_entries() if include_vader else []))


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon with strong VADER words, built once."""
    return read_lexicon()
