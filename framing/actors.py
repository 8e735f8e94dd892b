"""Actors: a registry loaded from data files, mentions with offsets, and suggestions.

An actor file (TOML) lists ``[[actor]]`` entries with a canonical ``name``, a ``kind``
and surface forms by type: ``aliases``, ``demonyms``, ``metonyms``, ``people`` and
``institutions``. Files are merged by name, so a topic file can add the people who speak
for an actor of the general file. All surface forms are matched by one compiled regular
expression, longest form first, case-sensitively (a leading "the" matches "The" too), on
the normalised view of the text; offsets index the raw text. A place inside a newspaper's
name ("The Washington Post", "The Times of Israel") or a school's ("Tehran University") is no
mention: the files' top-level ``media_titles`` list the title words ("Post", "Times",
"University", "Watch") that make a name a newspaper's, a school's or a watchdog's. Nor is a capital or another
metonym right before one of the files' ``place_nouns`` ("the Damascus airport", "the Ankara
bombing", "the Minsk talks"): the place where something is or happened, not its government.
Nor is a form inside one of the files' ``other_places``, the names of other places that hold it
("North America", "New Mexico", "Northern Ireland", "the South China Sea"), nor one joined by a
hyphen to one of the files' ``origin_words``, which make it a language, a birthplace, a maker,
a seat or a manner ("Russian-speaking", "Russian-language", "Russian-born", "German-made",
"Washington-based", "Iranian-style"); "Iranian-backed" and "Saudi-led" stay mentions. Nor is
one of the files' ``forenames``, places whose names are also given names, before a capitalised
word that is no verb's form ("Jordan Blake", "India Knight": a person, not Jordan or India).
"""

from __future__ import annotations

import functools
import itertools
import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from framing.errors import ConfigError
from framing.resources import parse_toml, read_data_text
from framing.textview import normalize
from framing.wordtrie import longest_first, word_trie_pattern

FORM_TYPES = ("aliases", "demonyms", "metonyms", "people", "institutions")
#: Form types that name a place, which a newspaper's name may hold ("Jerusalem Post", "Times of Israel").
_PLACE_FORMS = frozenset({"aliases", "metonyms"})
BUNDLED_ACTOR_FILES = ("actors_general.toml", "actors_il20.toml")
#: A head that speaks for the body named after it ("a spokesman for", "a statement from", "officials
#: with", "judges at", "a director at"), unlike "critics of" or "an adviser to": the phrase is then
#: that body's.
_AGENT_HEAD = re.compile(
    r"\b(?:spokes(?:man|woman|men|women|person|people)|representatives?|officials?|statements?|letters?|"
    r"communiqu[e\u00e9]s?|messages?|sources?|press\s+releases?|declarations?|judges?|prosecutors?|directors?|"
    r"researchers?)"
    r"(?:\s+(?:speaking|acting|working|writing))?$",  # "a spokesman speaking for the army"
    re.I,
)
#: A head sent by the body named after "from" or "for" ("negotiators from the European Union", "a
#: delegate from Malawi", "an envoy for the UN"); after "at" a venue ("negotiators at the UN summit").
_DELEGATE_HEAD = re.compile(r"\b(?:negotiators?|delegates?|delegations?|diplomats?|envoys?)$", re.I)
#: People set against, or harmed by, someone else: "critics of Israel", "a critic of Israel", "its
#: rivals" are not Israel or "it".
ADVERSARY_NOUNS = "critics?|opponents?|enem(?:y|ies)|foes?|detractors?|adversar(?:y|ies)|rivals?|victims?"
#: People set against, or harmed by, whoever the "of" phrase after them names.
_AGAINST_OF = re.compile(r"\b(?:" + ADVERSARY_NOUNS + r"|survivors?)\s+of\b", re.I)
_VOICE_OF = re.compile(r"\s(?:for|from|with|at|(in))\s")
#: A body's head noun: after "in" ("a source in Ukraine's security service") a body, not a place,
#: is what a source speaks for ("a diplomat in Moscow" may be anyone's).
_BODY_NOUN = re.compile(
    r"\b(?:services?|ministry|government|army|military|office|administration|agency|police|command|cabinet|"
    r"presidency|parliament|intelligence|leadership)\b",
    re.I,
)
_POSSESSIVE = re.compile(r"['\u2019]s?\s")
#: Prepositions that end the head of a noun phrase ("Ambassador to Russia" -> head "Ambassador").
_PHRASE_BREAK = re.compile(
    r"\s(?:to|with|in|at|for|from|on|over|against|by|about|into|toward|towards|than|and|or)\s"
    # a participle with its object ("protesters carrying the flag of Hezbollah"), unless it
    # says whom the head speaks for ("officials representing Israel")
    r"|\s(?!(?:representing|speaking|acting|working|writing)\s)[a-z]{3,}ing\s(?=(?:a|an|the|his|her|their|its)\s|[A-Z])"
)


#: Actor kinds (the registry's free-text ``kind``) that are no state: an organisation's news media
#: speak for it, unlike a country's ("Hezbollah's al-Manar television" is Hezbollah, "the Israeli
#: newspaper Haaretz" no actor).
ORGANISATION_KINDS = frozenset(["organisation", "organization"])


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str = ""
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)


#: Words that link the capitalised words of a name ("Organisation for the Prohibition of ...").
_NAME_LINKS = frozenset("of for the and on in de".split())


@dataclass(frozen=True)
class Mention:
    actor: str
    start: int
    end: int
    text: str
    form_type: str

    def is_proper_name(self) -> bool:
        """Whether the mention is a proper name of two or more capitalised words ("International
        Criminal Court"): a lexicon word inside it is part of the name, not the outlet's wording; a
        lower-case form ("the Jewish state", "the Zionist entity") is a label and keeps its terms."""
        words = [word for word in re.findall(r"[\w'\u2019-]+", self.text) if word.lower() not in _NAME_LINKS]
        return len(words) >= 2 and all(word[0].isupper() for word in words)


@dataclass(frozen=True)
class NameWords:
    """The actor files' words beside a place that make it no mention of its actor: title words
    of newspapers and schools (``media_titles``), nouns of a place's sites and events
    (``place_nouns``), names of other places that hold an actor's form (``other_places``) and
    words that, after a form and a hyphen, make it a language or an origin (``origin_words``),
    and places' names that are also given names (``forenames``)."""

    media_titles: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()
    other_places: tuple[str, ...] = ()
    origin_words: tuple[str, ...] = ()
    forenames: tuple[str, ...] = ()

    def __add__(self, other: NameWords) -> NameWords:
        return NameWords(
            tuple(dict.fromkeys(self.media_titles + other.media_titles)),
            tuple(dict.fromkeys(self.place_nouns + other.place_nouns)),
            tuple(dict.fromkeys(self.other_places + other.other_places)),
            tuple(dict.fromkeys(self.origin_words + other.origin_words)),
            tuple(dict.fromkeys(self.forenames + other.forenames)),
        )


def _words_after(prefix: str, words: tuple[str, ...]) -> re.Pattern[str] | None:
    """``prefix`` and then one of ``words`` as a whole word (the longest first); None without words."""
    return re.compile(prefix + "(?:" + longest_first(words) + r")(?![\w-])") if words else None


@dataclass(frozen=True)
class Registry:
    actors: dict[str, Actor]
    form_actor: dict[str, tuple[str, str]]  # surface form -> (actor, form type)
    pattern: re.Pattern[str]
    words: NameWords = NameWords()  # "Post", "University", "airport": a place beside one is no mention

    @functools.cached_property
    def _title_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        if not self.words.media_titles:
            return None
        titles = longest_first(self.words.media_titles)
        # "The Washington Post", "Moscow State University"; "The Times of Israel", "King's College London"
        after = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:" + titles + r")(?!\w)")
        before = re.compile(r"(?:(?<!\w)(?:" + titles + r")\s+of|[A-Z][\w'\u2019]*\s+(?:" + titles + r"))\s+$")
        return after, before

    def in_titled_name(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, a place, is part of a newspaper's or a school's name ("The
        Jerusalem Post", "The Times of Israel", "Moscow State University", "King's College London")."""
        if self._title_patterns is None:
            return False
        after, before = self._title_patterns
        return bool(after.match(text, end) or before.search(text[max(0, start - 20) : start]))

    @functools.cached_property
    def _place_noun_pattern(self) -> re.Pattern[str] | None:
        return _words_after(r"(?:['\u2019]s)?\s+", self.words.place_nouns)

    def before_place_noun(self, text: str, end: int) -> bool:
        """Whether the place ending at ``end`` stands before a noun of its sites or events ("the
        Damascus airport", "the Ankara bombing"): the place, not its government."""
        return self._place_noun_pattern is not None and bool(self._place_noun_pattern.match(text, end))

    @functools.cached_property
    def _origin_pattern(self) -> re.Pattern[str] | None:
        return _words_after("-", self.words.origin_words)

    def before_origin_word(self, text: str, end: int) -> bool:
        """Whether the form ending at ``end`` is joined by a hyphen to a word that makes it a
        language, a birthplace, a maker, a seat or a manner ("Russian-speaking", "Russian-born",
        "German-made", "Washington-based"): no mention of its actor."""
        return self._origin_pattern is not None and bool(self._origin_pattern.match(text, end))

    @functools.cached_property
    def _other_place_pattern(self) -> tuple[re.Pattern[str], int] | None:
        if not self.words.other_places:
            return None
        names = [normalize(name).text for name in self.words.other_places]
        return word_trie_pattern(names), max(map(len, names))

    def in_other_place(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, a form, is part of the name of another place that holds it
        ("North America", "New Mexico", "Northern Ireland")."""
        if self._other_place_pattern is None:
            return False
        pattern, longest = self._other_place_pattern
        window = pattern.finditer(text, max(0, start - longest), min(len(text), end + longest))
        return any(found.start() <= start and end <= found.end() for found in window)

    def before_surname(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, a form, is a place's name that is also a given name, before a
        capitalised word that is no verb's form (a title-case headline's "Says", "Will Respond") nor
        an actor's form: a person's name ("Jordan Blake", "India Knight"), not the place."""
        if text[start:end] not in self.words.forenames:
            return False
        surname = _SURNAME_AFTER.match(text, end)
        return surname is not None and not self.pattern.match(text, surname.start(1))

    def names_place(self, label: str) -> bool:
        """Whether ``label``, in any case, is a place's name or its capital's ("BRAZIL", "NEW DELHI"),
        as a dateline or a news digest's section label holds one ("BRAZIL: Floods in ...")."""
        return self.form_actor.get(string.capwords(label), ("", ""))[1] in _PLACE_FORMS

    def without_forms(self, forms: frozenset[str]) -> Registry:
        """This registry with ``forms`` taken from every actor (built once per set of forms)."""
        if forms not in self._variants:
            actors = [
                Actor(
                    actor.name, actor.kind, {t: tuple(f for f in fs if f not in forms) for t, fs in actor.forms.items()}
                )
                for actor in self.actors.values()
            ]
            self._variants[forms] = build_registry(actors, "actor files", self.words)
        return self._variants[forms]

    @functools.cached_property
    def _variants(self) -> dict[frozenset[str], Registry]:
        return {}

    def kind_of(self, actor: str | None) -> str:
        """The registered kind of ``actor``, lower case ("country", "organisation"); "" if unknown."""
        known = self.actors.get(actor) if actor else None
        return known.kind.lower() if known else ""

    def actor_of(self, form: str) -> str | None:
        found = self.form_actor.get(form) or self.form_actor.get(_lower_the(form))
        return found[0] if found else None

    @functools.cached_property
    def _known_forenames(self) -> dict[str, frozenset[str]]:
        """A one-word person's form -> the words right before it in its actor's longer people forms
        ("Haddad" -> {"Riyad"} from "Riyad Haddad"); a surname with no longer form is absent."""
        known: dict[str, set[str]] = {}
        for actor in self.actors.values():
            people = actor.forms.get("people", ())
            for surname in (form for form in people if " " not in form):
                known[surname] = {form.split()[-2] for form in people if form.split()[-1] == surname and " " in form}
        return {surname: frozenset(names) for surname, names in known.items() if names}

    def names_other_person(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, a one-word person's form, follows a forename none of its
        actor's longer forms gives: another person of that surname ("Sara Haddad" is not "Riyad
        Haddad"); not after a title ("Ambassador Haddad"), a word that opens a clause ("When
        Haddad"), an actor's form ("Syrian Assad") or a title-case headline's verb ("Blames Assad")."""
        forenames = self._known_forenames.get(text[start:end])
        if not forenames:
            return False
        before = _FORENAME_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            return False
        word = before.group(1)
        return (
            word not in forenames
            and word.lower() not in _NOT_PERSON_FORENAMES
            and word.lower() not in _NOT_FORENAMES
            and word not in self.form_actor
        )


#: A capitalised word right before a one-word person's form, ending in neither "s" nor "ed" (a
#: title-case headline's "Blames", "Accused"): a forename, if it is no title nor opening word.
_FORENAME_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+)(?<!s)(?<!ed)\s+$")
#: Capitalised words before a surname that are no forename: titles ("President Assad", "Gen.
#: Soleimani" is cut at the full stop) and words that open a clause ("When Assad", "But Putin").
_NOT_PERSON_FORENAMES = frozenset(
    "mr mrs ms dr prof professor president minister premier chancellor secretary senator rep representative "
    "governor gov mayor judge justice ambassador envoy general colonel lieutenant major captain commander "
    "admiral marshal sergeant king queen prince princess emir sheikh sultan ayatollah imam rabbi pope cardinal "
    "bishop father sir lord lady dame chief leader director chairman chairwoman chair commissioner spokesman "
    "spokeswoman spokesperson adviser advisor lawyer attorney deputy speaker comrade agent detective inspector "
    "officer coach when then but as after if while because since so yet and or before until although though "
    "where why how what whether once now meanwhile also both even only under like unlike without against about "
    "between did does was is has had will would could should can may might must not no".split()
)
#: A capitalised word after a given name, before no other capitalised word (a title-case
#: headline's "Jordan Will Respond"), ending in neither "s" nor "ed" ("Jordan Says.", "Jordan Accused").
_SURNAME_AFTER = re.compile(r"\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?<!s)(?<!ed)(?![\w'\u2019-])(?!\s+[A-Z])")


def _lower_the(form: str) -> str:
    return "the" + form[3:] if form.startswith("The ") else form


def _mention_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """One regular expression matching any of ``forms`` as whole words, longest first (a
    character trie, ``word_trie_pattern``). A form starting "the " also matches "The "."""
    variants = (v for form in forms for v in ((form, "The" + form[3:]) if form.startswith("the ") else (form,)))
    return word_trie_pattern(variants)


def parse_actor_file(text: str, source: str) -> list[Actor]:
    """Actors of one TOML actor file; errors name the file, the entry and the fix."""
    return read_actor_file(text, source)[0]


#: The top-level keys of an actor file (``[[object]]`` entries are the topic objects that
#: ``framing.naming`` reads).
_FILE_KEYS = frozenset({"actor", "object", "media_titles", "place_nouns", "other_places", "origin_words", "forenames"})


def _word_list(data: dict, key: str, source: str, what: str, example: tuple[str, str]) -> tuple[str, ...]:
    """The top-level list ``key`` of an actor file, stripped: ``what`` says whether its words are
    capitalised ("capitalised words", "capitalised place names") or lower case ("lower-case words")."""
    words = data.get(key, [])
    capitalised = what.startswith("capitalised")
    if not isinstance(words, list) or not all(
        isinstance(w, str) and w.strip() and (w.strip()[0].isupper() if capitalised else w == w.lower()) for w in words
    ):
        raise ConfigError(f'{source}: {key} must be a list of {what}, e.g. ["{example[0]}", "{example[1]}"]')
    return tuple(w.strip() for w in words)


def read_actor_file(text: str, source: str) -> tuple[list[Actor], NameWords]:
    """One TOML actor file, parsed once: its actors, its ``media_titles`` (the capitalised title
    words of newspapers' and schools' names: "Post", "University"), its ``place_nouns`` (the
    lower-case nouns of a place's sites and events: "airport", "bombing"), its ``other_places``
    (names of other places that hold an actor's form: "North America"), its ``origin_words``
    (lower-case words that, after a form and a hyphen, make it no mention: "speaking", "born")
    and its ``forenames`` (places' names that are also given names: "Jordan", "India")."""
    data = parse_toml(text, source)
    titles = _word_list(data, "media_titles", source, "capitalised words", ("Post", "Times"))
    nouns = _word_list(data, "place_nouns", source, "lower-case words", ("airport", "summit"))
    places = _word_list(data, "other_places", source, "capitalised place names", ("North America", "New Mexico"))
    origins = _word_list(data, "origin_words", source, "lower-case words", ("speaking", "born"))
    forenames = _word_list(data, "forenames", source, "capitalised place names", ("Jordan", "India"))
    entries = data.get("actor")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{source}: no [[actor]] entries; each needs at least a name and a list of aliases or people")
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: unknown top-level key(s) {unknown}; the keys are {', '.join(sorted(_FILE_KEYS))}"
            " (an actor's own keys go after its [[actor]] line)"
        )
    actors = []
    for index, entry in enumerate(entries, start=1):
        where = f"{source} [[actor]] entry {index}"
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}: missing 'name' (the canonical actor name)")
        unknown = sorted(set(entry) - {"name", "kind", *FORM_TYPES})
        if unknown:
            raise ConfigError(
                f"{where} ({name}): unknown key(s) {unknown}; keys are name, kind, {', '.join(FORM_TYPES)}"
            )
        forms = {}
        for form_type in FORM_TYPES:
            values = entry.get(form_type, [])
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ConfigError(f"{where} ({name}): {form_type} must be a list of non-empty strings")
            forms[form_type] = tuple(v.strip() for v in values)
        actors.append(Actor(name.strip(), str(entry.get("kind", "")), forms))
    return actors, NameWords(titles, nouns, places, origins, forenames)


def build_registry(actors: Iterable[Actor], source: str = "actor files", words: NameWords = NameWords()) -> Registry:
    """Merge actors by name and compile the mention pattern; a form naming two actors is an error."""
    merged: dict[str, Actor] = {}
    for actor in actors:
        previous = merged.get(actor.name)
        if previous is None:
            merged[actor.name] = actor
            continue
        forms = {t: tuple(dict.fromkeys(previous.forms.get(t, ()) + actor.forms.get(t, ()))) for t in FORM_TYPES}
        merged[actor.name] = Actor(actor.name, previous.kind or actor.kind, forms)
    form_actor: dict[str, tuple[str, str]] = {}
    for actor in merged.values():
        for form_type in FORM_TYPES:
            for form in actor.forms.get(form_type, ()):
                owner = form_actor.get(form)
                if owner and owner[0] != actor.name:
                    raise ConfigError(
                        f"{source}: {form!r} is listed for both {owner[0]!r} and {actor.name!r}; "
                        "keep it under one actor"
                    )
                form_actor[form] = (actor.name, form_type)
    if not form_actor:
        raise ConfigError(f"{source}: no surface forms; give each actor aliases, people or institutions")
    pattern = _mention_pattern(normalize(form).text for form in form_actor)
    return Registry(merged, {normalize(f).text: v for f, v in form_actor.items()}, pattern, NameWords() + words)


def with_user_actors(
    bundled: Iterable[Actor], user: Iterable[Actor], source: str, words: NameWords = NameWords()
) -> Registry:
    """The bundled actors plus the user's: a form the user gives an actor is taken away from any
    bundled actor of another name ("Congo" for the Republic of the Congo instead of the bundled
    DR Congo). Two of the user's own actors sharing a form is still an error."""
    user = list(user)
    claimed = {form: actor.name for actor in user for forms in actor.forms.values() for form in forms}
    kept = [
        Actor(
            actor.name,
            actor.kind,
            {
                t: tuple(f for f in forms if claimed.get(f, actor.name) == actor.name)
                for t, forms in actor.forms.items()
            },
        )
        for actor in bundled
    ]
    return build_registry(kept + user, source, words)


#: An acronym in brackets ("(RSF)"), and the name before it that it abbreviates: capitalised
#: words with lower-case links, read back from the bracket ("Reporters Without Borders ").
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,7})\)")
_NAME_BEFORE_BRACKET = re.compile(
    r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019&.-]*[ ]+(?:(?:of|for|and|the|without|de|du|des|la|al)[ ]+)*){1,8})$"
)


def article_registry(text: str, registry: Registry) -> Registry:
    """The registry for one article: an acronym the article spells out as a name no actor covers
    is that name's there, when the article names the acronym's registered actor in no other way
    ("Reporters Without Borders (RSF)", and later "RSF said", in a story with no "Rapid Support
    Forces"), so it names no actor. Not a registered actor's name ("the Rapid Support Forces
    (RSF)"), nor the start of one of the actor's forms ("the National Liberation Army (ELN)"), nor
    an acronym whose actor the article names otherwise ("Russia ... the Federal Security Service
    (FSB)")."""
    view = normalize(text).text
    taken: set[str] = set()
    mentions: list[Mention] | None = None
    for match in _BRACKETED_ACRONYM.finditer(view):
        acronym = match.group(1)
        owner = registry.form_actor.get(acronym)
        if owner is None or acronym in taken:
            continue  # most bracketed capitals are no registered form: no name to read back
        named = _NAME_BEFORE_BRACKET.search(view, max(0, match.start() - 120), match.start())
        if named is None:
            continue
        name = named.group(1).strip().lower().removeprefix("the ")
        if resolve_phrase(named.group(1), registry) is not None:
            continue
        forms = (
            form.lower().removeprefix("the ")
            for of_type in registry.actors[owner[0]].forms.values()
            for form in of_type
        )
        if any(len(name) > 3 and form.startswith(name) for form in forms):
            continue
        mentions = find_mentions(text, registry) if mentions is None else mentions
        if not any(m.actor == owner[0] and m.text != acronym for m in mentions):
            taken.add(acronym)
    return registry.without_forms(frozenset(taken)) if taken else registry


def add_actor_file(registry: Registry, text: str, source: str) -> Registry:
    """``registry`` with the actors and name words (media titles, place nouns, other places) of one
    more actor file (an upload)."""
    actors, words = read_actor_file(text, source)
    return with_user_actors(registry.actors.values(), actors, source, registry.words + words)


def _read_files(files: Iterable[tuple[str, str]]) -> tuple[list[Actor], NameWords]:
    """The actors and name words (media titles, place nouns, other places) of (text, source) actor
    files, in order."""
    actors: list[Actor] = []
    words = NameWords()
    for text, source in files:
        file_actors, file_words = read_actor_file(text, source)
        actors += file_actors
        words += file_words
    return actors, words


@functools.cache
def _bundled() -> tuple[tuple[Actor, ...], NameWords]:
    actors, words = _read_files((read_data_text(name), f"framing/data/{name}") for name in BUNDLED_ACTOR_FILES)
    return tuple(actors), words


@functools.cache
def _load(paths: tuple[str, ...], include_bundled: bool) -> Registry:
    user, words = _read_files((Path(path).read_text(encoding="utf-8"), path) for path in paths)
    if not include_bundled:
        return build_registry(user, ", ".join(paths), words)
    bundled, bundled_words = _bundled()
    return with_user_actors(bundled, user, ", ".join(paths) or "bundled actor files", bundled_words + words)


def load_registry(paths: Sequence[str | Path] = (), *, include_bundled: bool = True) -> Registry:
    """The bundled general and topic actor files, plus the user's files at ``paths``."""
    return _load(tuple(str(p) for p in paths), include_bundled)


def find_mentions(text: str, registry: Registry, start: int = 0, end: int | None = None) -> list[Mention]:
    """Actor mentions in ``text[start:end]``, in order, with offsets into ``text``."""
    view = normalize(text)
    view_start = view.from_original(start)
    view_end = len(view.text) if end is None else view.from_original(end)
    mentions = []
    for match in registry.pattern.finditer(view.text, view_start, view_end):
        actor, form_type = registry.form_actor[_lower_the(match.group(0))]
        if not stands_for_actor(registry, view.text, match.start(), match.end(), form_type):
            continue
        raw_start, raw_end = view.span_to_original(match.start(), match.end())
        mentions.append(Mention(actor, raw_start, raw_end, text[raw_start:raw_end], form_type))
    return mentions


def stands_for_actor(registry: Registry, text: str, start: int, end: int, form_type: str) -> bool:
    """Whether the form at ``text[start:end]`` (normalised text) of type ``form_type`` names its
    actor, not a newspaper, a place's site or another place that holds it."""
    if form_type in _PLACE_FORMS and registry.in_titled_name(text, start, end):
        return False  # "The Washington Post", "The Times of Israel": a newspaper, not the place's actor
    if form_type == "metonyms" and registry.before_place_noun(text, end):
        return False  # "the Damascus airport", "the Ankara bombing": the place, not its government
    if registry.in_other_place(text, start, end):
        return False  # "North America", "New Mexico": another place that holds the form
    if form_type in _PLACE_FORMS and _TITLED_FORENAME.search(text, max(0, start - 60), start):
        return False  # "Deputy Attorney General Lisa Monaco", "Mr. Jordan": a person's surname
    if form_type in _PLACE_FORMS and registry.before_surname(text, start, end):
        return False  # "Jordan Blake", "India Knight": a person's given name
    if _GENERIC_BODY_NAME.fullmatch(text, start, end) and (
        (before := _NAME_WORD_BEFORE.search(text, max(0, start - 30), start))
        and before.group(1).lower() not in _NOT_FORENAMES
        and not before.group(1).endswith("s")
    ):
        # "National Security Council", "the Russian Security Council": another body of that name
        # (a title-case headline's verb, "Russia Urges Security Council", is no name word)
        return False
    if form_type == "people" and registry.names_other_person(text, start, end):
        return False  # "Sara Haddad" after "Riyad Haddad" is known: another person of that surname
    if (
        form_type == "demonyms"
        and (_ARMED_GROUP_AFTER.match(text, end) or _CIVIL_PEOPLE_AFTER.match(text, end))
        and registry.kind_of(registry.form_actor[_lower_the(text[start:end])][0]) == "country"
    ):
        # "Syrian rebels", "a Congolese militia": who fight the state or apart from it; "Sudanese
        # lawyers", "Iranian protesters": who speak for themselves
        return False
    # "Russian-speaking", "German-made": a language or an origin, not the actor
    return not registry.before_origin_word(text, end)


#: A body's name made of ordinary words and a body's noun ("Security Council", "Federal Security
#: Service"), which a longer name may hold.
_GENERIC_BODY_NAME = re.compile(
    r"(?:[A-Z][a-z]+\s+)+(?:Council|Committee|Commission|Assembly|Court|Service|Agency|Ministry|Department|Office|"
    r"Parliament|Tribunal)"
)
#: A capitalised word right before a form: a name word when not a function word.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+)\s+$")
#: A title, then a forename or nothing, right before a place's name: the name is a person's
#: surname ("Attorney General Lisa Monaco", "spokeswoman Lisa Monaco", "Mr. Jordan"); not a
#: forename after a title ("Foreign Minister Israel Katz" has no word between) nor a title-case
#: headline's verb ("Foreign Minister Says Israel ...", "Minister Accused Jordan ...").
_TITLED_FORENAME = re.compile(
    r"(?<![\w.'\u2019-])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?i:senator|sen\.|rep\.|representative|secretary|general|"
    r"governor|gov\.|mayor|judge|justice|ambassador|director|chair(?:man|woman)?|commissioner|chancellor|"
    r"spokes(?:wo)?man|spokesperson|minister|president|adviser|advisor|envoy|lawyer|attorney)\s+"
    r"(?-i:[A-Z][a-z]+)(?<!s)(?<!ed)\s+)$"
)


def resolve_phrase(phrase: str, registry: Registry) -> str | None:
    """The actor a noun phrase stands for: the first actor mentioned in its head.

    The head is the phrase up to its first preposition or conjunction, so "Syria's
    Ambassador to Russia" is Syria, "Russian Defense Ministry spokesman" is Russia and
    "Israel's relationship with Moscow" is Israel. A demonym after a possessor says who the
    head is ("Yemen's Houthi rebels" are Houthis); a name there is a topic ("Russia's Syria
    envoy" is Russia's), but a name after the head noun is whom it names ("Syria's ally Russia"),
    and a group's name right after a demonym is the group ("the Lebanese Hezbollah"). A former
    official ("former U.N. envoy Martin Griffiths") stands for no actor.
    """
    text = normalize(phrase).text
    head = _phrase_head(text, registry)
    found = find_mentions(head, registry)
    business = _BUSINESS.search(head) or _RESEARCH_CENTRE.search(text)
    if (
        business
        and not _STATE_RUN.search(head)
        and not any(m.form_type == "institutions" and m.start <= business.start() < m.end for m in found)
    ):
        # "the Spanish energy company Repsol": a firm, not its country's government (but a state's
        # institution named in the registry is its own: "the Swiss National Bank")
        return None
    against = _AGAINST_OF.search(head)  # "critics of Israel", "the victims of Russia's strikes": not Israel
    mentions = [m for m in found if not names_other(head, m)]  # "pro-Kremlin commentators": for or against X, not X
    if (medium := _MEDIA.search(head)) and not _STATE_RUN.search(head):
        # "the Israeli newspaper Haaretz", "Israeli media": a country's press, not its government;
        # but "Hezbollah's al-Manar television", "the Houthi rebels' channel": a group's own (not
        # "pro-Hezbollah media")
        owners = [
            m.actor for m in mentions if m.start < medium.start() and registry.kind_of(m.actor) in ORGANISATION_KINDS
        ]
        return owners[0] if owners else None
    mentions = [m for m in mentions if not against or m.start < against.start()]
    if len(mentions) == 1 and _forename_before(head, mentions[0], registry):
        return None  # "Pedro Lima", "Jack London": a person whose surname is a place's name
    if len(mentions) > 1 and _POSSESSIVE.match(head, mentions[0].end) and mentions[1].form_type == "demonyms":
        return mentions[1].actor  # "Yemen's Houthi rebels", "Russia's Syrian allies": who the head is
    if (
        len(mentions) > 1
        and _POSSESSIVE.match(head, mentions[0].end)
        and not head[mentions[-1].end :].strip(" ,")
        and re.search(r"\s[a-z]+\s+(?:the\s+)?$", head[: mentions[-1].start])
    ):
        return mentions[-1].actor  # "Syria's ally Russia", "Iran's proxy Hezbollah": the name the head noun names
    if len(mentions) > 1 and mentions[0].form_type == "demonyms":
        # "the Lebanese Hezbollah", "the Yemeni Houthi rebels": a people's word, then the group named
        # right after it (not inside a longer name: "the Philippine National Security Council")
        group = next(
            (
                m
                for before, m in itertools.pairwise(mentions)
                if registry.kind_of(m.actor) in ORGANISATION_KINDS and not head[before.end : m.start].strip()
            ),
            None,
        )
        if group:
            return group.actor
    if len(mentions) == 1 and mentions[0].form_type == "demonyms" and _ONE_NATIONAL.fullmatch(head, 0, mentions[0].end):
        word = head[mentions[0].start : mentions[0].end]
        if not head[mentions[0].end :].strip() and (word.endswith(("an", "i", "on")) or word in _ONE_NATIONAL_WORDS):
            # "the Italian", "the 34-year-old Briton": one person by nationality, not the nation (not
            # "the Lebanese", "the French", "the Italians": a people)
            return None
    if mentions and (former := _FORMER.search(head)) and not _NOW.search(text, former.end()):
        return None  # "former U.N. envoy Martin Griffiths", "ex-Israeli Prime Minister Ehud Barak": no longer its voice
    if mentions:
        return mentions[0].actor
    if _SEATED_BODY.fullmatch(head) and (seat := _SEAT.match(text, len(head))):
        # "officials in Kyiv", "the foreign ministry in Beijing": a state's own body in its capital
        # or country (not "the embassy in Moscow" nor "the army in Syria": they serve abroad)
        place = text[seat.end() :]
        placed = find_mentions(place, registry)
        if (
            placed
            and placed[0].start == 0
            and placed[0].form_type in _PLACE_FORMS
            and not place[placed[0].end :].strip(" ,")
        ):
            return placed[0].actor
    authored = _DOCUMENT_BY.match(text)  # "a report released Friday by the UN human rights office"
    body = _body_after(text, authored.end()) if authored else voiced_body(text)
    return resolve_phrase(body, registry) if body else None


#: A state's own body or officials, as a phrase's head before "in" and a place ("the health
#: ministry", "officials", "the authorities"); not an embassy, an army, troops or diplomats.
_SEATED_BODY = re.compile(
    r"(?i:(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:ministry|government|authorities|officials|police|prosecutors|"
    r"regime|leadership|presidency|cabinet|parliament|courts?))"
)
#: The "in" after a seated body's head.
_SEAT = re.compile(r"\s+in\s+")


def _phrase_head(text: str, registry: Registry) -> str:
    """``text`` up to its first preposition or conjunction that is not inside an actor's form
    ("the Food and Drug Administration", "the Department of Justice" are whole heads)."""
    forms: list[tuple[int, int]] | None = None
    for brk in _PHRASE_BREAK.finditer(text):
        if forms is None:
            forms = [form.span() for form in registry.pattern.finditer(text)]
        if not any(start < brk.start() and brk.end() < end for start, end in forms):
            return text[: brk.start()]
    return text


#: An article, perhaps an age, then a demonym: one person named by nationality ("the 34-year-old Briton").
_ONE_NATIONAL = re.compile(r"(?:the|an?)\s+(?:[\w-]+-old\s+)?[\w'\u2019.-]+", re.I)
#: Singular nouns for one national that end in none of "-an", "-i", "-on" ("the Turk", "a Pole").
_ONE_NATIONAL_WORDS = frozenset("Turk Pole Serb Croat Kurd Swede Dane Finn Scot Czech Slovak Slovene Arab".split())
#: "former" or "ex-" before an actor's form in a person's title: someone who no longer speaks for it.
_FORMER = re.compile(r"\b(?:former|ex-)", re.I)
#: ... unless a present role follows ("Ukraine's former commander and now its ambassador").
_NOW = re.compile(r"\b(?:now|currently)\b", re.I)


#: Capitalised words before a place's name that are no forename: its modifiers ("East Jerusalem",
#: "Communist China", "Greater London") and words opening a phrase ("The United States", "In Moscow").
_NOT_FORENAMES = frozenset(
    "north south east west northern southern eastern western central greater upper lower old new soviet "
    "communist imperial tsarist mainland occupied official metropolitan downtown "
    "the a an this that these those our their its his her in at from for to of by with on".split()
)


def _forename_before(head: str, mention: Mention, registry: Registry) -> bool:
    """Whether a phrase is only a forename (and an initial) and a place's name: a person's name
    ("Pedro Lima", "Jack M. London"), not the place ("East Jerusalem") nor two actors."""
    if mention.form_type not in _PLACE_FORMS or head[mention.end :].strip(" ,"):
        return False
    forename = re.fullmatch(r"\s*([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?", head[: mention.start])
    return bool(
        forename and forename.group(1).lower() not in _NOT_FORENAMES and forename.group(1) not in registry.form_actor
    )


#: A document, perhaps put out on a day, and "by" its author ("a report released Friday by the UN
#: human rights office", "a statement by the army"): the author's words.
_DOCUMENT_BY = re.compile(
    r"(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|statements?|stud(?:y|ies)|"
    r"investigations?|letters?|findings|assessments?|surveys?|dossiers?|analys[ie]s)"
    r"(?:\s+(?:released|published|issued|compiled|prepared|written|commissioned)(?:\s+(?:on\s+)?[\w-]+)?)?\s+by\s+",
    re.I,
)


def _body_after(text: str, start: int) -> str:
    """The words of ``text`` from ``start`` up to punctuation: the body a phrase speaks for."""
    return re.split(r"[,;:()]", text[start:], maxsplit=1)[0].strip()


def voiced_body(phrase: str) -> str | None:
    """The body a spokesman, an official or a statement speaks for: the words after "for",
    "from", "with" or "at" ("a spokesman for the German government", "a statement from
    Moscow", "a spokesman for the agency, Andriy Yusov": "the agency"), or after "in" when they
    name a body ("a source in Ukraine's security service"), up to punctuation; for a delegate or
    a diplomat, only after "from" or "for"."""
    text = normalize(phrase).text
    head = _PHRASE_BREAK.split(text, maxsplit=1)[0]
    voice = _VOICE_OF.match(text, len(head))
    sent = voice is not None and voice.group().strip() in ("from", "for") and _DELEGATE_HEAD.search(head) is not None
    if not voice or not (_AGENT_HEAD.search(head) or sent):
        return None
    body = _body_after(text, voice.end())
    if voice.group(1) and not _BODY_NOUN.search(body):
        return None  # "a source in Moscow": a place
    return body or None


#: Words that place a body or an official in aid or rights work ("an Israeli rights group", "a senior
#: aid official"): no state's, whoever it belongs to or spoke before.
AID_WORK_WORDS = ("aid", "rights", "relief", "humanitarian")
#: A news medium: a country's newspapers and broadcasters speak for themselves ...
_MEDIA = re.compile(
    r"\b(?:newspapers?|dail(?:y|ies)|media|press(?=\s*$)|outlets?|broadcasters?|channels?|TV|television|radio|"
    r"news\s+(?:agency|agencies|site|sites|website|websites)|websites?|tabloids?|magazines?|papers?)\b",
    re.I,
)
#: ... unless the state runs them ("Russian state media", "the state-run SANA news agency") or
#: the media word names what an official body oversees ("Russia's media regulator", "the media minister").
_STATE_RUN = re.compile(
    r"\b(?:state|government|official|ministry|minister|army|military|regulators?|watchdogs?|censors?)\b|-run\b|-owned\b",
    re.I,
)


#: ... and so do a country's businesses (its banks, not its central bank) and civil bodies, unless
#: the state runs them ("Russia's state-owned energy company", "the British Medical Association",
#: "the German club", "an Israeli rights group", "a Norwegian aid group", "an American university",
#: "the Moroccan football federation", "the Russian national team"),
#: and its opposition and dissidents ("Russian opposition leader Alexei Navalny"), and a group's
#: affiliates and offshoots there ("the PKK and its Syrian affiliate"), and a trade union ("South
#: Africa's largest mining union", "Britain's nurses' union"); "maker" only in
#: trade words, never "lawmakers"; not a body "of" others ("the Association of Southeast Asian Nations").
_BUSINESS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|corporations?|conglomerates?|airlines?|retailers?|insurers?|manufacturers?|"
    r"(?<!central\s)banks?|lenders?|"
    r"(?:car|auto|chip|drug|plane|steel)makers?|contractors?|start-?ups?|multinationals?|exporters?|importers?|"
    r"associations?|societ(?:y|ies)|institutes?|foundations?|church(?:es)?|clubs?|charit(?:y|ies)|"
    r"NGOs?|non-?governmental\s+organi[sz]ations?|(?:" + "|".join(AID_WORK_WORDS) + r"|advocacy|activist|campaign)\s+"
    r"(?:groups?|organi[sz]ations?)|universit(?:y|ies)|opposition|dissidents?|activists?|affiliates?|offshoots?|"
    r"franchises?|(?:football|soccer|sports?|athletics|olympic|rugby|cricket|basketball|volleyball|hockey|tennis|"
    r"boxing|cycling|chess)\s+(?:federations?|unions?|bodies|committees?|teams?|squads?|leagues?)|"
    r"national\s+(?:teams?|squads?|sides?)|(?:trade|labou?r|mining|transport|rail|dock|public[\s-]sector|"
    r"(?:workers|miners|teachers|nurses|doctors|farmers|students|journalists|dockers)'?)\s+unions?)\b(?!\s+of\b)",
    re.I,
)
#: A centre of research or advocacy, a civil body too ("the Palestinian Centre for Human Rights",
#: "the Bangladesh Center for Worker Solidarity"); not a state's own ("the Russian Center for
#: Reconciliation"). Read in the whole phrase: its "for" ends the head.
_RESEARCH_CENTRE = re.compile(
    r"\bcent(?:er|re)s?\s+for\s+(?:[\w-]+\s+){0,3}(?:rights|studies|research|policy|solidarity|justice|democracy|"
    r"progress|freedom|peace)\b",
    re.I,
)


#: An actor's own business after it, with up to two lower-case words between ("Spanish energy
#: company", "Russia's state-owned energy company").
_OWNED_BUSINESS = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?!(?:and|or|but|for|of|in|on|at|to|with|by|over|as|from|the|an?|its|their)\b)[a-z][\w-]*)"
    r"{0,2}\s+" + _BUSINESS.pattern,
    re.I,
)


def owns_business(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` only says whose business the noun after it is ("the
    Spanish energy company Repsol" is a firm, not Spain), unless the state runs it."""
    business = _OWNED_BUSINESS.match(text, end)
    return business is not None and not _STATE_RUN.search(business.group())


#: A stance toward the actor right after it: "pro-Kremlin", "anti-Israel".
_STANCE_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.I)
#: A prefix that joins the nations of a region ("the Inter-American Commission", "the Pan American
#: Health Organization", "pan-Arab media"): no one country's.
_ACROSS_BEFORE = re.compile(r"\b(?:inter|pan)(?:-|\s)$", re.I)
#: Natural events, which happen in a place and are no deed of its state.
_HAZARDS = (
    r"(?:volcanic\s+)?(?:eruptions?|earthquakes?|quakes?|tsunamis?|floods?|flooding|droughts?|wildfires?|"
    r"hurricanes?|typhoons?|cyclones?|landslides?|mudslides?|heatwaves?|avalanches?)"
)
#: A natural event right after a place ("the Tonga eruption", "the Turkey earthquake") or before
#: it ("the earthquake in Turkey", "an eruption off Tonga"): the place, not its government.
_HAZARD_AFTER = re.compile(r"\s+" + _HAZARDS + r"\b", re.I)
_HAZARD_BEFORE = re.compile(r"\b" + _HAZARDS + r"\s+(?:in|off|near|on|at|of|from|around)\s+(?:the\s+)?$", re.I)
#: A heritage before the nation of people who live in it ("an Iranian-American journalist", "the
#: Israeli-American hostage"): neither country's (not "the Russian-American summit"); group 1 the
#: two demonyms.
_HERITAGE = re.compile(
    r"([A-Z][a-z]+-(?:American|British|Canadian|Australian)s?)\s+(?:[a-z-]+\s+)?"
    r"(?:[a-z]+(?:ists?|ians?|man|woman|men|women)|hostages?|citizens?|nationals?|communit(?:y|ies)|"
    r"famil(?:y|ies)|voters?|students?|scholars?|writers?|authors?|reporters?|lawyers?|doctors?|professors?|"
    r"dissidents?|detainees?|prisoners?|workers?|leaders?|teenagers?|father|mother|sons?|daughters?|couples?)\b"
)


def takes_stance(text: str, start: int) -> bool:
    """Whether the mention at ``start`` only says what the noun after it is for or against
    ("pro-Kremlin commentators", "a pro-Ukrainian group", "anti-Israel protesters")."""
    return _STANCE_BEFORE.search(text, max(0, start - len("anti-")), start) is not None


def names_other(text: str, mention: Mention) -> bool:
    """Whether a mention stands for something other than its actor: what the noun after it is for
    or against ("anti-Israel protesters"), backed or hosted by it ("Iran-backed militias"), a
    natural event's place ("the Tonga eruption", "an earthquake in Turkey"), a heritage ("an
    Iranian-American journalist") or a region's nations ("the Inter-American Commission")."""
    return (
        BACKER.match(text, mention.end) is not None
        or takes_stance(text, mention.start)
        or _ACROSS_BEFORE.search(text, max(0, mention.start - len("inter-")), mention.start) is not None
        or _HAZARD_AFTER.match(text, mention.end) is not None
        or _HAZARD_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
        or any(
            heritage.start(1) <= mention.start < heritage.end(1)
            for heritage in _HERITAGE.finditer(text, max(0, mention.start - 30), mention.end + 60)
        )
    )


#: An armed group's head after a country's demonym, perhaps after one word that is no state's
#: ("Syrian rebels", "a Congolese militia", "Libyan armed groups", "Afghan insurgents"): they fight
#: the state or apart from it, so the demonym names no actor ("Syrian government militias" do).
_ARMED_GROUP_AFTER = re.compile(
    r"\s+(?:(?!(?:government|state|army|regime|pro-government)\b)[a-z-]+\s+)?(?:rebels?|insurgents?|militants?|"
    r"militias?|militiam[ae]n|separatists?|guerrillas?|jihadists?|paramilitar(?:y|ies)|warlords?|armed\s+groups?)\b"
)
#: A civil profession or people right after a country's demonym, perhaps after "human rights" or
#: one word that is no state's ("Sudanese lawyers", "an Israeli journalist", "Iranian protesters",
#: "Russian human rights lawyers"): they speak for themselves, not the state ("Israeli army
#: medics", "Syrian state journalists" do speak for it; in "Israeli forces killed journalists" the
#: forces are Israel's).
_CIVIL_PEOPLE_AFTER = re.compile(
    r"\s+(?:human\s+rights\s+|(?!(?:government|state|state-run|state-owned|army|military|navy|regime|official|"
    r"pro-government|forces|troops|police|security|soldiers|intelligence)\b)[a-z-]+\s+)?(?:lawyers?|attorneys?|doctors?|physicians?|surgeons?|nurses?|(?:para)?medics?|"
    r"journalists?|reporters?|academics?|scholars?|scientists?|researchers?|economists?|historians?|students?|"
    r"teachers?|professors?|writers?|authors?|artists?|athletes?|footballers?|voters?|refugees?|migrants?|"
    r"protesters?|protestors?|demonstrators?)\b"
)
#: An actor that only backs or hosts the noun after it: "the Pakistan-based group
#: Jaish-e-Mohammed" and "Iran-backed militias" do not speak for Pakistan or Iran
#: ("the Hamas-run ministry", "the Saudi-led coalition" do speak for their actor).
BACKER = re.compile(r"-(?:based|backed|aligned|funded|sponsored|supported|allied|born|trained|armed|affiliated)\b")


def count_actors(mentions: Iterable[Mention]) -> dict[str, dict[str, int]]:
    """``{actor: {"mentions": n, "first_offset": offset}}``, in order of first mention."""
    counts: dict[str, dict[str, int]] = {}
    for mention in mentions:
        entry = counts.setdefault(mention.actor, {"mentions": 0, "first_offset": mention.start})
        entry["mentions"] += 1
        entry["first_offset"] = min(entry["first_offset"], mention.start)
    return counts


_CAPITALISED = re.compile(
    r"(?<![\w'-])((?:[A-Z][\w'-]*[a-z][\w'-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'-]*|of|al|bin|de|la))*)"
)
_NOT_NAMES = frozenset(
    "The A An This That These Those It He She They We I In On At For But And Or If As When While After Before "
    "Since Although However Meanwhile Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Mr Mrs Ms Dr President Prime Minister "
    "General Gen Maj Read More Most Popular According Earlier Later Late Some Many Both Two Three One Also From "
    "During With Without Under Over Photo AP AFP POOL Reuters File His Her Their Our Its Not No Yes".split()
)


def suggest_actors(texts: Iterable[str], registry: Registry, min_count: int = 2) -> list[tuple[str, int]]:
    """Frequent capitalised names in ``texts`` that no actor in the registry covers.

    Returns ``(name, count)`` pairs, most frequent first, for a user to add to an actor file.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        view = normalize(text).text
        covered = [(m.start(), m.end()) for m in registry.pattern.finditer(view)]
        for match in _CAPITALISED.finditer(view):
            name = match.group(1).strip()
            words = name.split()
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            name = " ".join(words)
            if not name[:1].isupper() or name in _NOT_NAMES or registry.actor_of(name):
                continue
            if any(start < match.end() and match.start() < end for start, end in covered):
                continue
            counts[name] += 1
    return [(name, n) for name, n in counts.most_common() if n >= min_count]
