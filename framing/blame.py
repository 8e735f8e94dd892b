"""Blame attribution: who blames whom, with the evidence sentence.

Rules are rows of ``framing/data/blame_rules.toml`` (see its header and
``framing/data/README.md``). For every scored sentence, every rule is matched on the
normalised text; each actor in the rule's target slot gives one record. The source is
the grammatical subject of a verb of blaming ("Moscow blamed Israel": Russia, reported),
the agent of a passive ("Israel was blamed by Moscow"), or the speaker of the quote or
attribution the words belong to, or ``outlet`` when the article says it in its own voice.
A verb of blaming that is negated or avoided ("stopped short of blaming") states no blame;
a blame inside "denied that ..." is the denier's denial of it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from framing.actors import (
    ADVERSARY_NOUNS,
    Mention,
    Registry,
    find_mentions,
    names_other,
    owns_business,
    resolve_phrase,
)
from framing.defaults import AFTER_BLAME_SENTENCES
from framing.errors import ConfigError
from framing.prefilter import LiteralScan, lowered_slice, required_literals
from framing.quotes import (
    ORGANISATION_HEADS,
    PERSON_WORDS,
    PLACE_PREPOSITIONS,
    SAID_WHEN,
    SHARED_SUBJECT,
    STATE_HEADS,
    SUBORDINATE_OPENERS,
    TEXT_HEADS,
    WRITER_PRONOUNS,
    QuoteFinder,
    named_before,
)
from framing.records import SCORED_ROLES, Article, BlameRecord
from framing.resources import parse_toml, read_data_text
from framing.voice import VoiceMap

BlameKind = Literal["blame", "denial"]
#: Where a rule's targets come from (framing/data/README.md, "blame_rules.toml").
TargetMode = Literal["group", "self", "complement", "accused", "reciprocal"]
_TARGET_MODES: tuple[str, ...] = get_args(TargetMode)
OUTLET = "outlet"
NO_ACTOR = "none"
UNKNOWN = ""  # a named subject that no registry actor covers: no record (suggest it as an actor)
#: Heads of a body named by "of" and a capitalised name ("the armed forces of Armenia", "the
#: government of Sudan"): a state's heads and a few of its other bodies; a noun phrase after its
#: cue runs on through that name.
_NAMED_BODY_HEADS = sorted(STATE_HEADS | frozenset("forces regime authorities leadership troops people".split()))
_NAMED_BODY_OF = (
    "(?:" + "|".join(rf"(?<=\b{head})" for head in _NAMED_BODY_HEADS) + ")"
    r"\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}"
)
#: A verb of saying coordinated after a noun phrase ("blamed human error and said an operator ..."):
#: it opens the subject's next clause, which no noun phrase after a cue runs into.
_SAYING_LINK = r"\s+and\s+(?:said|says|told|tells|added|adds|warned|warns)\b"
#: Where a noun phrase after its cue ends; not at the preposition of a proxy's sponsor ("hackers
#: linked to China's ministry", "a group affiliated with Iran", "hackers working for Moscow"), which
#: the phrase takes in, as it does "militants backed by Iran", nor at the "of" of a named body.
_NP_END = (
    r"""(?=\s*(?:[,.;:!?"]|$)|'s\b|(?<!\blinked)(?<!\btied)(?<!\bconnected)(?<!\bloyal)\s+to\b"""
    r"""|(?<!\baffiliated)(?<!\bassociated)(?<!\baligned)\s+with\b|(?<!\bworking)\s+for\b"""
    r"""|\s+of\b(?:(?!\s+(?:the\s+)?(?-i:[A-Z]))|"""
    + "".join(rf"(?<!\b{head}\sof)" for head in _NAMED_BODY_HEADS)
    + r""")|\s+(?:over|because|after|when|which|who|whose|that|in|on|as|but|while"""
    r""")\b|""" + _SAYING_LINK + ")"
)
#: A quotation mark opening right before a cue, after words of the sentence outside it.
_QUOTE_AT_CUE = re.compile(r"\w[^\"\u201c\u201d]*\s[\"\u201c]$")
#: A form of "be" right before an -ing cue: a progressive, not a participle clause.
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|'s|'re)\s+(?:\w+ly\s+|not\s+|also\s+)?[\"\u201c]?$", re.I
)
#: A relative clause set off by commas right before a verb ("Iran, which Washington says arms the
#: Houthis, has denied ..."): a verb of saying inside it is not the clause's.
_CLOSED_RELATIVE = re.compile(r",\s+(?:which|who|whom)\s[^,;]*,\s*(?:(?:has|have|had|also|\w+ly)\s+)*$")
_BEFORE_PREFIX = "(?P<target>{np_before})"
#: A noun phrase after its cue never opens with the word that links a cue to its charge: in
#: "charges against two men accused of hacking ... on behalf of Beijing" the men are accused, not
#: "of hacking ... on behalf".
_NP_START = r"""(?!(?:of|for|over|with|as|by)\b)"""
_MACROS = {
    "{np_end}": r"""[^,.;:!?]{1,80}?""" + _NP_END,
    "{np}": _NP_START + "(?:(?!" + _SAYING_LINK + r""")[^,.;:!?]){1,80}?(?:""" + _NAMED_BODY_OF + ")?",
    "{np_before}": r"""[^.;:!?"]{1,160}?""",
    "{Name}": r"(?-i:[A-Z])",
}
#: A relative pronoun (and its auxiliary) right before a passive cue: its antecedent is the target.
_OPEN_RELATIVE = re.compile(r",?\s+(?:which|who|that)(?:\s+(?:has|have|had))?\s*$")
#: A subordinator that opens a clause with a subject of its own ("days after Warsaw expelled ...").
_CLAUSE_OPENER = re.compile(r"\b(?:" + SUBORDINATE_OPENERS + r")\s+", re.I)
#: A relative pronoun after a noun phrase: the phrase's last words are its antecedent.
_ANTECEDENT_END = re.compile(r",?\s+(?:which|whom|who)\s")
_PASSIVE_AUXILIARY = re.compile(r"\s+(?:is|are|was|were|be|been|being)\s")
#: Where a noun phrase before a cue is cut to its last clause ("... said that Syrian forces"), to
#: the object of a verb of accusing ("Seoul accused the North of using ... as cover": the North),
#: or to the object of a verb of urging ("condemned the attack and called for those responsible to
#: be held accountable": those responsible, not the one who called).
_CLAUSE_CUT = re.compile(
    r".*(?:\b(?:that|which|who|whom|because|while|but|said|says|saying|adding|told|tells|if|when|since|after|before|"
    r"although|though|whereas|accused|accuses|accusing|accuse|suspected|suspects|suspecting|suspect|charged|"
    r"charging|call(?:s|ed|ing)?\s+(?:for|on|upon)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    r"want(?:s|ed)?)\b|[\u2014(:]|according to [^,]+,)\s*",
    re.I | re.S,
)
#: An attribution set off by commas at the end of a target before its predicate ("The Israeli
#: jets, Russia charged, had hidden behind ...", "..., the ministry said on Monday, had ..."): the
#: speaker's phrase, its verb (checked against the verb table) and perhaps its time.
_ASIDE_ATTRIBUTION = re.compile(
    r",\s*(?!(?:which|who|whom|whose|that)\b)[^,]{2,60}?\s+([a-z]+)(?:" + SAID_WHEN + r")?\s*,\s*$"
)
#: Between an owner and the actor its act is done to: "'s invasion of ", "'s strikes on the ",
#: "'s support for ": the owner's act, not the actor after it, is what a relative clause describes.
_ACT_OF_OWNER = re.compile(r"['\u2019]s?\s+(?:[a-z][\w-]*\s+){1,3}?(?:of|on|against|for|in|into)\s+(?:the\s+)?")
#: A target before its cue ending in "and" with no noun after it: the cue's predicate is coordinated
#: with an earlier one ("Iran arms Hezbollah and is responsible") and shares its subject.
_SHARED_SUBJECT = re.compile(r"\s(?:and|but)\s*$")
#: Lower-case words between a demonym and the actor it modifies ("-backed ", " militant group ").
_MODIFIER_GAP = re.compile(r"(?:-[a-z]+)?\s+(?:(?!(?:and|or|of|in|on|at|to|for|by|from|with)\b)[a-z-]+\s+){0,3}")
#: A locative preposition right before a mention: the mention says where, not who.
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\s+(?:the\s+)?$", re.I)
#: A word, then a preposition of place right before a mention, after it the blamed thing (the
#: phrase's first word too: "Militants in Syria were blamed"); also where it works from ("a
#: criminal gang operating from Russia", "hackers based out of Iran").
_LOCATED = re.compile(
    r"\b(\w+)\s+(?:(?:operating|based|working|acting)\s+(?:from|out\s+of)|in|at|near|inside|across|"
    r"throughout)\s+(?:the\s+)?$",
    re.I,
)
#: Who govern or speak for a place: "the regime in Damascus" is Syria.
_RULERS = frozenset(
    "regime government authorities leadership officials rulers administration junta leaders cabinet".split()
)
_CHANCE = re.compile(
    r"\b(?:circumstances?|accident\w*|chance|coincidence|fate|mishap|error|weather|malfunction)\b", re.I
)
#: A full stop inside an initialism, or ending one before a lower-case word or a comma ("the
#: U.S. of", "the U.N., which"), where no sentence ends.
_INITIALISM_STOP = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.(?=\s+[a-z(]|[,;:])")
#: A quoted fragment inside a clause: up to twelve words in quotation marks after a word
#: ('accused Israel of "ingratitude"', 'had "hid behind" the plane', 'said the pilots "used
#: the Russian plane as cover".'), with no punctuation inside but a full stop or comma set
#: before the closing mark ('said Moscow "targets children deliberately."'); the rules read it
#: unquoted.
_SCARE_QUOTE = re.compile(r'(?<=\w\s)"([\w\'-]+(?:\s[\w\'-]+){0,11}[.,]?)"(?=[\s,.;:!?]|$)')
#: The lower-case word after a mention, when it ends in -s ("Israeli officials").
_NEXT_WORD = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z-]+s)\b")
_NOT_PLURAL_NOUNS = frozenset("is was has says does as this its his".split())
#: Plural nouns for people who may blame ("leaders", "critics"): who "they" is when no actor
#: names them.
_PEOPLE_PLURAL = re.compile(
    r"\b(?:leaders|officials|critics|experts|analysts|observers|residents|witnesses|investigators|diplomats|"
    r"lawmakers|legislators|politicians|supporters|aides|voters|members|lawyers|prosecutors|activists|protesters|"
    r"demonstrators|journalists|commentators|governments|ministers|campaigners|opponents|rivals|authorities)\b",
    re.I,
)  # "Critics say ...": also opening a sentence
#: Between an actor and the noun it owns or qualifies: "Russia's diplomats", "Israeli officials".
_OWNER_GAP = re.compile(r"(?:['\u2019]s)?[\s-]*")
#: A sentence's end: a full stop, a question or exclamation mark and the space after it.
_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u2019]?\s")
_PRONOUN = re.compile(
    r'(?:^|[\s"])(?:they|it|he|she|them|him|her)\s*$', re.I
)  # '"They are ...': after an opening mark too
#: A verb of blaming that is negated or avoided ("never blamed", "not going to blame",
#: "stopped short of blaming", "refused to blame", "hard to blame", "no reason to blame", "instead
#: of blaming", "rather than blame"), or
#: ended ("urged Moscow to stop blaming": whoever urges it does not blame); "confirm or deny" commits
#: to neither ("Israel rarely confirms or denies involvement").
_NEGATED = re.compile(
    r"(?:\b(?:not|nor|never|confirm(?:s|ed|ing)?\s+or|no\s+longer|no\s+(?:reason|grounds?|basis|need|cause|justification)|without|avoid(?:s|ed|ing)?|stopp(?:ed|ing)\s+short\s+of|"
    r"refrain(?:s|ed|ing)?\s+from|(?:declin|refus)(?:e|es|ed|ing)\s+to|steer(?:s|ed|ing)?\s+clear\s+of|"
    r"instead\s+of|rather\s+than|"
    r"stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)(?:\s+to)?|quit(?:s|ting)?|"
    r"(?:hard|difficult|unfair|wrong)\s+to)|n't)\s+(?:(?!and\b|but\b|or\b)\w+\s+){0,2}$",
    re.I,
)
#: A victim in the blamed thing after the cue: "blamed Kosovo's terror against Serbs", "blamed
#: sanctions against Russia for the inflation": those it is done against are not blamed.
_VICTIM_BEFORE = re.compile(r"\b(?i:against)\s+(?:(?i:the|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}$")
#: Words right before an actor in a target slot that set it against the target ("X, not Y, was
#: responsible", "X rather than Y", "X instead of Y").
_CONTRASTED = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:(?:the|its|his|her|their|our)\s+)?$", re.I)
#: A verb of blaming in a clause that asks or supposes rather than states: "it is unclear
#: whether Russia will hold Israel responsible", "if Israel is to blame, ...".
_HYPOTHETICAL = re.compile(r"\b(?:whether|if)\b[^,;:.!?\"]{0,60}$", re.I)
#: A negative subject right before a verb of blaming: "no government has formally blamed",
#: "nobody blamed", "none of the allies has blamed".
_NO_ONE = re.compile(
    r"\b(?:nobody|no\s+one|no\s+[a-z]+|none\s+of(?:\s+[\w'-]+){1,3}?|neither\s+[\w'-]+(?:\s+nor\s+[\w'-]+)?)"
    r"(?:\s+(?:in|at|from|of)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+"
    r"(?:(?:has|have|had|is|was|were|will|would|could|can|did|does|yet|ever|\w+ly)\s+)*$",
    re.I,
)
#: The "that" opening an accusation's clause, the clause's pronoun subject ("that it used the
#: plane as cover"), and where the clause ends.
_THAT = re.compile(r"\s+that\s+", re.I)
_PRONOUN_OPENING = re.compile(r"(?:it|its|they|their|he|his|she|her|we|our)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?\u2014]")
#: Actors coordinated as one subject ("Russia and Syria", "Russian and Syrian officials",
#: "Canberra and The Hague"): what may stand before, between and after their mentions.
_SUBJECT_BEFORE = re.compile(r"(?:(?:the|both)\s+)?", re.I)
_SUBJECT_AFTER = re.compile(r"(?:['\u2019]s)?(?:\s+[a-z][\w-]*){0,2}")
#: Between two of them: a comma or "and", maybe a determiner with up to two lower-case words
#: before the next ("Syria and its ally Russia").
_SUBJECT_LINK = re.compile(r"^\s*(?:,\s*|,?\s*(?:and|&)\s+)(?:(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2})?$")
#: "and" and a possessive right before a mention: what follows is the previous one's ("the PKK and
#: its Syrian affiliate").
_AND_ITS = re.compile(r"\s(?:and|&)\s+(?:its|their)\s+$")
#: Two names joined by "and" alone, and what before the first makes them no pair of their own
#: (a comma list, "between"): ``_BlameFinder._joined_pair``.
_JOINED_PAIR = re.compile(r"\s+(?:and|&)\s+")
_PAIR_BREAK = re.compile(r"(?:,|\bbetween)\s*$", re.I)
#: "own" after a possessive: the owner's own things ("its own failures").
_OWN = re.compile(r"\s+own\b", re.I)
#: A restrictive "that" right before a cue, its subject: "a UN report that accused ...".
_THAT_SUBJECT = re.compile(r"(?<=\w)\s+that\s+(?:(?:has|have|had|also|again|\w+ly)\s+)*$")
#: A relative pronoun right before a cue: "Israel, which denies the charge": the antecedent speaks.
_RELATIVE_SUBJECT = re.compile(
    r",\s*(?:which|who)\s+(?:(?:has|have|had|also|again|still|later|then|already|\w+ly)\s+)*$", re.I
)
#: A relative clause set off by a comma whose relative is the subject of the verb after it, open up
#: to a cue ("Russia blamed Ukraine, which denied it and accused Moscow of ..."): the antecedent's.
_RELATIVE_SUBJECT_CLAUSE = re.compile(
    r",\s*(?:which|who)\s+(?!(?:it|he|she|they|we|i|you|the|a|an|this|that|its|their|his|her|our)\b)[a-z][^,;:]*$"
)
#: A coordinated actor followed by its own verb starts a new clause ("..., and Russia blames
#: both"); a plural noun there ("Hezbollah forces for ...") is followed by a preposition.
_OWN_VERB = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+(?:es|ed)|has|have|had|is|are|was|were|will|would|did|does|says|said|told|"
    r"insisted|kept|held|took|made|gave|sent|struck|shot|fought|hit|won|lost)\b"
    r"(?!\s+(?:for|of|in|on|at|to|from|with|by|over|and|or)\b|\s*[,.;:!?]|\s*$)"
)
#: An -ing form ("Blaming", "accusing").
_ING_WORD = re.compile(r"[A-Za-z]+ing\b")
#: The rest of a clause whose subject opens it, up to a modal ("Damascus would", "Israel for
#: the crash could").
_MODAL_AFTER = re.compile(r"[^,;:.!?\"]{0,80}?\s(?:would|could|might|may|should|will)\s")
#: A yes-no question up to its question mark, opening with an auxiliary (after a label such as
#: "Fact check:" or a quotation mark): "Did Israel use the plane as cover?", "Is Russia to blame?".
_POLAR_QUESTION = re.compile(
    r"(?:[A-Z][\w ]{0,30}:\s+)?[\"'\u201c(]?(?:did|does|do|is|are|was|were|has|have|had|will|would|"
    r"could|should|can|might|must)\s[^.!?:;\"\u201d]{1,200}\?",
    re.I,
)
#: Negation in a question makes it rhetorical, an assertion ("Did Israel not know ...?").
_QUESTION_NEGATION = re.compile(r"\b(?:not|never|n't)\b|n\u2019t\b", re.I)
#: A link right before an actor in a target: "and", "or", "but", maybe after a comma and before "the".
_LINK_BEFORE = re.compile(r",?\s+(?:and|or|but)\s+(?:the\s+)?$")
#: A link word anywhere in a target ("Israel and Iran").
_LINK_WORD = re.compile(r"\s(?:and|or|but)\s")
#: A link a target ends with ("on Israel and"), before the next target's preposition.
_TRAILING_LINK = re.compile(r",?\s+(?:and|or)\s*$")
#: Actors named as examples of a target with none of its own ("foreign enemies, including the
#: United States and Israel", "hostile powers such as Iran", "Western powers, and in particular
#: Britain,"): they are the target.
_EXAMPLES = re.compile(
    r"[^,.;:!?]{0,60}?(?:,?\s+(?:and\s+)?(?:including|such\s+as|notably|especially|particularly|in\s+particular|"
    r"above\s+all|among\s+them)|(?<=\bsuch)\s+as)\s+",
    re.I,
)  # the rest of the target's phrase first ("the country['s foreign enemies], including")
_EXAMPLE_GAP = re.compile(r"(?:the\s+)?")
_POSSESSIVE = re.compile(r"^\s*(?:its|their|his|her)\b", re.I)
#: An act named by a definite noun with no actor in it ("the decision", "this move", "the latest
#: step"): the act the sentence before tells of, whose subject acted.
_ACT_ANAPHOR = re.compile(r"(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:decision|move|step|measure|announcement)", re.I)
#: A state's body named with "the" and no actor ("the army", "the government"): the body of that
#: name the article named last, with its actor ("the Sudanese army").
_DEFINITE_BODY = re.compile(
    r"the\s+(ministry|army|military|government|regime|junta|cabinet|navy|court|tribunal|coalition)(?![\w-])", re.I
)
#: A group named with "the" and a head such as "alliance" or "group" (group 1), maybe after one
#: modifier ("the Western alliance", "the militant group"): the organisation the article named last.
_DEFINITE_GROUP = re.compile(
    r"the\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(ORGANISATION_HEADS)) + r")(?![\w'\u2019-])", re.I
)
#: A possessive before people who are the owner's others ("its neighbours", "their rivals").
_OTHERS_OF_OWNER = re.compile(
    r"^\s*(?:its|their|his|her)\s+(?:[a-z-]+\s+)?(?:neighbou?rs?|allies|partners|" + ADVERSARY_NOUNS + r")\b", re.I
)
#: Up to three words after a mention, past a possessive (group 1): where a title it owns
#: would be ("'s army chief", " president", "Serbian President Aleksandar Vucic").
_TITLE_AFTER = re.compile(
    r"(?:['\u2019]s)?((?:\s+[A-Za-z][a-z-]*\b(?!['\u2019]))(?:\s+[A-Za-z][a-z-]*\b(?!['\u2019])){0,2})"
)
#: A verb and its object pronoun: "blamed it", "accusing her".
_OBJECT_PRONOUN = re.compile(r"[\w-]+\s+(?:it|them|him|her)", re.I)
_SUBJECT_PRONOUN = re.compile(r"\s*(?:it|they|he|she|we)\s*", re.I)


def _noun_forms(noun: str) -> tuple[str, str]:
    """A regular noun and its plural ("report", "reports"; "story", "stories"; "speech", "speeches")."""
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun, noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun, noun[:-1] + "ies"
    return noun, noun + "s"


#: A text or voice right before a participle of blaming, which is then whose blame it is ("Russian
#: state media reports blaming Israel", "a resolution accusing Moscow"), with its modifiers.
_CARRIER_BEFORE = re.compile(
    r"(?:(?:(?-i:[A-Z])[\w'.-]*|state(?:-run)?|news|media|press|official|government|social|online|"
    r"\w+-(?:run|backed|owned|controlled))\s+){0,3}\b(?:"
    + "|".join(sorted({re.escape(form) for head in TEXT_HEADS for form in _noun_forms(head)}))
    + r")\s+$",
    re.I,
)
#: A verb that issues such a text, right before it: the text is then its subject's.
_ISSUED_BEFORE = re.compile(
    r"\b(?:issu(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|publish(?:es|ed|ing)?|circulat(?:e|es|ed|ing)|"
    r"put(?:s|ting)?\s+out|sen[dt]s?|post(?:s|ed|ing)?|wr(?:ote|ites?|itten)|deliver(?:s|ed|ing)?|"
    r"read\s+out|submit(?:s|ted|ting)?|tabl(?:e|es|ed|ing)|draft(?:s|ed|ing)?|adopt(?:s|ed|ing)?|"
    r"pass(?:es|ed|ing)?|broadcast(?:s|ing)?|air(?:s|ed|ing)?|unseal(?:s|ed|ing)?|fil(?:e|es|ed|ing)|"
    r"hand(?:s|ed|ing)?\s+down|return(?:s|ed|ing)?|obtain(?:s|ed|ing)?)\s+(?:(?:an?|the|its|their|his|her|our|a\s+joint)\s+)?$",
    re.I,
)
_CLAIM_LEAD = re.compile(r"\s*(?:that\s+)?", re.I)
_FIRST_PERSON = re.compile(r'(?:^|[\s"])(?:we|us|me)\s*$', re.I)  # '"We were not involved," ...': after a mark too
_FIRST_PERSON_POSSESSIVE = re.compile(r'^\s*"?(?:our|my)\b', re.I)
#: Where a mention in a target slot is not a target: a relative clause set off by commas, or
#: the namer in a free relative ("denounced what Australia's prime minister called North
#: Korea's reckless actions": the prime minister names, North Korea is blamed).
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:whose|which|who|whom|where)\b[^,]*,?|\b(?:what|which)\s+(?:[^\s,.;:!?]+\s+){1,6}?"
    r"(?:call(?:s|ed)?|describ(?:es|ed)\s+as|term(?:s|ed)|dub(?:s|bed)|label(?:s|l?ed)|brand(?:s|ed)|sa(?:ys|id))\b",
    re.I,
)
#: A verb's object and a participle of saying right before a pronoun: "condemned the attack, saying ",
#: or the subject's next verb after the object and a quoted word ('called the maneuver "unsafe" and said').
_OBJECT_THEN_PARTICIPLE = re.compile(
    r"\b[a-z]+ed\s+(?P<object>(?:the|this|that|a|an)\s+[^,;:.!?\"\u201c\u201d]{1,60}?)"
    r"(?:\s+[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d])?"
    r"(?:,\s+(?:\w+ly\s+)?[a-z]+ing|,?\s+and\s+(?:\w+ly\s+)?(?:said|[a-z]+ed))(?:\s+that)?\s*$"
)
#: Heads of such an object that are words, not deeds: texts and charges ("rejected the claim,
#: saying it had nothing to do with the attack": "it" is the one who rejects, never the claim).
_WORDED_THINGS = frozenset(
    form for head in TEXT_HEADS | {"allegation", "accusation", "charge", "assertion"} for form in _noun_forms(head)
)
#: The forces or government of the actor named right before ("Sudan's army", "the Sudanese army").
_SIDE_HEAD = (
    r"(?:['\u2019]s)?(?:\s+(?:army|military|government|forces|troops|officials|authorities|leaders|leadership|"
    r"side|militias?|rebels|fighters))?"
)
#: A link between coordinated targets, the preposition maybe repeated ("with Syria, and with the
#: Iranian officials"), or a hyphen or slash joining two in one modifier ("American-British aggression");
#: a name's acronym in brackets goes with it ("the Kurdistan Workers' Party (PKK) and Hamas"); an
#: organisation's head may come before its name ("Iran and the militant group Hezbollah").
_COORDINATION = re.compile(
    r"^(?:[-\u2013/]|\s+\(|\)?\s*(?:,\s*|,?\s*(?:and|or|&)\s+(?:(?:also\s+)?(?:with|on|upon|against)\s+)?)"
    r"(?:the\s+(?:(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(ORGANISATION_HEADS)) + r")\s+)?|its\s+|their\s+)?)$",
    re.I,
)
#: Between a list of actors and a reciprocal cue: an auxiliary, adverbs, a day ("have again",
#: "on Sunday"), no clause punctuation.
_BEFORE_RECIPROCAL = re.compile(_SIDE_HEAD + r"(?:\s+(?:have|has|had|on|\w+day|\w+ly|again|also|once))*\s+", re.I)
#: A link between the parties of a reciprocal cue, each maybe named by its side's forces or
#: government ("Sudan's army and the RSF", "the Sudanese army and the RSF traded accusations").
_RECIPROCAL_LINK = re.compile(r"^" + _SIDE_HEAD + r"\s*(?:,\s*|,?\s*(?:and|or|&)\s+)(?:the\s+|its\s+|their\s+)?$", re.I)
#: A verb or adjective whose infinitive carries the cue, right before it ("were quick to",
#: "have sought to", "rushed to", "lined up to"): the subject before them blames.
_INFINITIVE_CHAIN = re.compile(
    r"\s(?:(?:has|have|had|was|were|is|are|be|been)\s+)*(?:[a-z]+ly\s+)?(?:"
    + SHARED_SUBJECT
    + r"|first|slow|happy|willing|reluctant|unwilling|careful|prepared|able|unable|[a-z]+ed(?:\s+(?:up|forward))?|"
    r"wants?|refuses?|"
    r"declines?|moves?|hopes?|needs?|plans?|fails?|likes?|loves?|prefers?|intends?|tends?|dares?|vows?|"
    r"threatens?|promises?|"
    # "was trying to", "are seeking to" (after "is", "was", "are", "were"); "had the audacity to"
    r"(?<=is\s|as\s|re\s)[a-z]+ing|"
    r"(?:has|have|had)\s+[\"\u201c]?the\s+(?:audacity|gall|nerve|temerity|cheek)[\"\u201d]?)\s+to\s+$"
)
#: A noun of purpose whose infinitive carries the cue ("an attempt to blame", "Moscow's ploy to
#: accuse", "efforts by Moscow to blame"): the blame is the purpose's owner's, not the clause
#: subject's; group ``det`` its determiner, ``owner`` a possessive owner, ``by`` an owner after
#: "by", ``mods`` its modifiers (no determiner among them).
_PURPOSE_DETERMINER = r"(?:an?|the|its|their|his|her|our|this|that|whose|every|any)\s"
_PURPOSE_NOUN = re.compile(
    r"(?:(?P<det>\b" + _PURPOSE_DETERMINER + r"\s*)|"
    r"(?P<owner>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})['\u2019]s\s+)?"
    r"(?P<mods>(?:(?!" + _PURPOSE_DETERMINER + r")[\w-]+\s+){0,2}?)"
    r"(?:attempts?|bids?|efforts?|ploys?|plots?|campaigns?|schemes?|moves?|tactics?|ruses?|tricks?|"
    r"manoeuvres?|maneuvers?|strateg(?:y|ies))"
    r"(?:\s+by\s+(?P<by>(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}))?\s+to\s+$",
    re.I,
)
#: A verb whose subject owns the purpose noun after it ("made every effort to blame", "launched a
#: campaign to accuse"), right before the noun's determiner.
_PURPOSE_OWNED = re.compile(
    r"\b(?:mak(?:e|es|ing)|made|launch(?:es|ed|ing)?|mount(?:s|ed|ing)?|wag(?:e|es|ed|ing)|lead(?:s|ing)?|led|"
    r"step(?:s|ped|ping)?\s+up|beg[au]n|begins?|start(?:s|ed|ing)?|continu(?:e|es|ed|ing)|renew(?:s|ed|ing)?|"
    r"intensif(?:y|ies|ied|ying)|redoubl(?:e|es|ed|ing)|spearhead(?:s|ed|ing)?)\s+$",
    re.I,
)
#: A target that is one capitalised word, maybe possessive, which may be a surname ("Kurti's
#: provocations", "Vucic"): group 1 the word.
_SURNAME_TARGET = re.compile(r"([A-Z][a-z][\w-]*?)(?:['\u2019]s)?(?![\w'\u2019-])(?!\s+[A-Z])")
# "with Western envoys blaming Moscow": the participle's own subject follows "with"
_WITH_SUBJECT = re.compile(r"\bwith\s+(?=[^,;:.!?\"]+$)", re.I)
#: An adverb between "and" and a coordinated verb ("and then", "and in turn blamed").
_COORDINATION_ADVERB = r"(?:\w+ly|also|then|later|again|instead|in\s+turn|in\s+return)"
#: A verb coordinated with the one before it, after its auxiliary or an adverb (group 1): "and has said".
_COORDINATED_VERB = re.compile(
    r"\s(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:" + _COORDINATION_ADVERB + r"\s+)?([a-z]+)\s"
)
# "and blamed", "and has also accused", "and in turn blamed": a verb phrase coordinated with the one before
_VP_COORDINATION = re.compile(
    r"(?:,\s*|\s)(?:and|but)\s*(?:,[^,]*,\s*)?(?:"
    + _COORDINATION_ADVERB
    + r"\s+)?(?:(?:has|have|had)\s+(?:(?:\w+ly|also)\s+)?)?$",
    re.I,
)
#: A clause of its own opened by a subordinator, with a subject of up to four words, right before a
#: cue: "denies its troops remain in Tigray as Ethiopia [accuses] it": not the denial's complement.
_SUBORDINATE_CLAUSE = re.compile(r"\s(?:as|while|whereas|although|though)\s+(?:[\w'\u2019-]+\s+){1,4}$")


@dataclass(frozen=True)
class RuleMatch:
    """Where a rule matched (view offsets): the whole match, its target slot and its cue."""

    start: int
    end: int
    target: tuple[int, int] | None
    cue: tuple[int, int]
    #: The ``agent`` group of a passive ("was blamed by Moscow"): who blames.
    agent: tuple[int, int] | None = None


@dataclass(frozen=True)
class BlameRule:
    """A rule; ``before`` rules have their target before the cue, and ``pattern`` is then the
    cue part only (the target is the text before it, cut to its last clause)."""

    name: str
    kind: BlameKind
    pattern: re.Pattern[str]
    target: TargetMode
    source: Literal["subject", "speaker", "agent"]
    explanation: str
    before: bool = False
    #: Telegraphic headline grammar ("Syrian Regime Responsible for Plane Loss"): headlines only.
    headline: bool = False
    #: An anaphoric denial ("Kyiv rejected the claim"): kept only after a blame of the denier in
    #: the same or one of the ``AFTER_BLAME_SENTENCES`` sentences before.
    after_blame: bool = False
    #: Strings one of which every match contains (``framing.prefilter``); computed.
    required: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "required", required_literals(self.pattern))

    def matches(self, text: str, start: int, end: int) -> list[RuleMatch]:
        """Matches inside ``text[start:end]`` (callers skip a rule that cannot match there
        through ``_Table.possible``)."""
        found = []
        for match in self.pattern.finditer(text, start, end):
            if self.source == "agent" and not self.before:  # "X's accusations against Y"
                agent = match.span("agent")
                target = match.span("target") if self.target == "group" else None  # "... were rejected by Y"
                cue = match.span("cue") if "cue" in self.pattern.groupindex else (agent[1], match.start("target"))
                found.append(RuleMatch(match.start(), match.end(), target, cue, agent))
            elif self.source == "agent":
                agent = match.span("agent")
                # the cue runs up to the agent, or is a group of its own ("X, which Y blames")
                cue = match.span("cue") if "cue" in self.pattern.groupindex else (match.start(), agent[0])
                found.append(RuleMatch(start, match.end(), (start, match.start()), cue, agent))
            elif self.before:
                found.append(RuleMatch(start, match.end(), (start, match.start()), match.span()))
            elif self.target != "group":
                found.append(RuleMatch(match.start(), match.end(), None, match.span()))
            else:
                target = match.span("target")
                if "cue" in self.pattern.groupindex and match.start("cue") >= 0:
                    cue = match.span("cue")  # 'Asked whether X was behind it, Y said: "[No]."'
                elif target[0] == match.start():
                    cue = (target[1], match.end())
                elif target[1] == match.end():
                    cue = (match.start(), target[0])
                else:
                    cue = match.span()
                found.append(RuleMatch(match.start(), match.end(), target, cue))
        return found


def parse_blame_rules(text: str, source: str) -> tuple[BlameRule, ...]:
    """Rules of a blame rule file; errors name the file, the rule and the fix."""
    data = parse_toml(text, source)
    macros = _file_macros(data.get("macros", {}), source)
    rules = []
    for index, entry in enumerate(data.get("rule", []), start=1):
        where = f"{source} [[rule]] {index} ({entry.get('name', 'unnamed')})"
        missing = [key for key in ("name", "kind", "pattern", "explanation") if not entry.get(key)]
        if missing:
            raise ConfigError(f"{where}: missing {missing}; every rule needs name, kind, pattern and explanation")
        kind, target, origin = entry["kind"], entry.get("target", "group"), entry.get("source", "speaker")
        if (
            kind not in ("blame", "denial")
            or target not in _TARGET_MODES
            or origin not in ("subject", "speaker", "agent")
        ):
            raise ConfigError(
                f"{where}: kind must be blame|denial (got {kind!r}), target {'|'.join(_TARGET_MODES)} "
                f"(got {target!r}), "
                f"source subject|speaker|agent (got {origin!r})"
            )
        pattern = entry["pattern"]
        before = pattern.startswith(_BEFORE_PREFIX)
        if before:
            pattern = pattern[len(_BEFORE_PREFIX) :]
        pattern = _expand(pattern, {**macros, **_MACROS})
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as error:
            raise ConfigError(f"{where}: invalid regular expression: {error}") from None
        if target == "group" and not before and "target" not in compiled.groupindex:
            raise ConfigError(f'{where}: the pattern needs a (?P<target>...) group, or set target = "self"')
        if origin == "agent" and "agent" not in compiled.groupindex:
            raise ConfigError(
                f'{where}: source = "agent" needs an (?P<agent>...) group (who blames) besides the target: '
                "after the cue when the pattern starts with (?P<target>{np_before}), else anywhere"
            )
        if origin == "agent" and target != "group" and "cue" not in compiled.groupindex:
            raise ConfigError(f'{where}: source = "agent" with target = "{target}" needs a (?P<cue>...) group')
        flags = {key: entry.get(key, False) for key in ("headline", "after_blame")}
        for key, value in flags.items():
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: {key} must be true or false (got {value!r})")
        rules.append(BlameRule(entry["name"], kind, compiled, target, origin, entry["explanation"], before, **flags))
    if not rules:
        raise ConfigError(f"{source}: no [[rule]] entries")
    return tuple(rules)


def _file_macros(table: object, source: str) -> dict[str, str]:
    """The file's ``[macros]``: ``name = 'regex'``, used in patterns as ``{name}``."""
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [macros] must be a table of name = 'regular expression'")
    macros = {}
    for name, value in table.items():
        if not re.fullmatch(r"[a-z_]+", name) or not isinstance(value, str):
            raise ConfigError(
                f"{source}: [macros] {name!r}: a macro is a lower-case name (letters, _) = a regular expression string"
            )
        try:
            re.compile(value)
        except re.error as error:
            raise ConfigError(f"{source}: [macros] {name}: invalid regular expression: {error}") from None
        macros["{" + name + "}"] = value
    for _ in range(len(macros)):  # a macro may use other macros ("{wrong_adj}" inside "{wrong_predicate}")
        expanded = {key: _expand(value, macros) for key, value in macros.items()}
        if expanded == macros:
            break
        macros = expanded
    else:
        if any(key in value for key in macros for value in macros.values()):
            raise ConfigError(f"{source}: [macros] refer to each other in a circle; expand one of them by hand")
    return macros


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for macro, expansion in macros.items():
        pattern = pattern.replace(macro, expansion)
    return pattern


def _past_closing_quote(text: str, start: int, end: int) -> int:
    """Where a cue span starting at ``start`` really starts: past white space and a quotation mark
    that closes the target's quoted words before it ('Washington's "unilateral measures" violated
    ...': the cue is "violated ...", not '" violated ...')."""
    while start < end and (
        text[start].isspace() or (text[start] in '"\u201d' and start and not text[start - 1].isspace())
    ):
        start += 1
    return start


def _first_person(text: str) -> bool:
    """Whether a target phrase is "we", "us", "me" or opens with "our" / "my"."""
    return bool(_FIRST_PERSON.search(text) or _FIRST_PERSON_POSSESSIVE.match(text))


@functools.cache
def load_blame_rules(path: Path | None = None) -> tuple[BlameRule, ...]:
    """The bundled rules, or the user's file at ``path``."""
    if path is None:
        return parse_blame_rules(read_data_text("blame_rules.toml"), "framing/data/blame_rules.toml")
    return parse_blame_rules(Path(path).read_text(encoding="utf-8"), str(path))


@dataclass(frozen=True)
class _Table:
    """Rules with the scan that tells, in one pass over a sentence, which of them may match."""

    rules: tuple[BlameRule, ...]
    scan: LiteralScan

    def possible(self, text: str, start: int, end: int) -> list[BlameRule]:
        """The rules, in order, that may match ``text[start:end]`` (``framing.prefilter``)."""
        chosen = self.scan.possible(lowered_slice(text, start, end))
        return [rule for index, rule in enumerate(self.rules) if index in chosen]


#: Tables built per rules tuple, by the tuple's identity (hashing 50 rules per sentence costs
#: more than the scan saves); the tuple is kept so that its id is never reused meanwhile.
_TABLES: dict[int, tuple[tuple[BlameRule, ...], dict[str, _Table]]] = {}


def _tables(rules: tuple[BlameRule, ...]) -> dict[str, _Table]:
    """``rules`` for headlines ("all"), for body sentences ("body", no headline-only rules) and
    for ``blamed_spans`` ("blamed": body rules of kind blame)."""
    entry = _TABLES.get(id(rules))
    if entry is None or entry[0] is not rules:
        if len(_TABLES) >= 16:
            _TABLES.clear()
        chosen = {
            "all": rules,
            "body": tuple(rule for rule in rules if not rule.headline),
            "blamed": tuple(rule for rule in rules if rule.kind == "blame" and not rule.headline),
        }
        entry = (rules, {use: _Table(t, LiteralScan([rule.required for rule in t])) for use, t in chosen.items()})
        _TABLES[id(rules)] = entry
    return entry[1]


class _BlameFinder:
    def __init__(self, article: Article, registry: Registry, voices: VoiceMap) -> None:
        self.article = article
        self.registry = registry
        self.voices = voices
        self.finder = QuoteFinder(article, registry)
        self.view = self.finder.view
        # what the rules read: the view with the marks of scare quotes blanked (same offsets), so
        # 'said its pilots had "hid behind" the plane' reads as the words it quotes
        # and the stops inside an initialism blanked ("accused the U.S. of ...": no sentence end)
        self.matched = _INITIALISM_STOP.sub("_", _SCARE_QUOTE.sub(lambda m: " " + m.group(1) + " ", self.view.text))

    def raw(self, start: int, end: int) -> tuple[int, int]:
        return self.view.span_to_original(start, end)

    def mentions(self, start: int, end: int) -> list[Mention]:
        raw_start, raw_end = self.raw(start, end)
        return find_mentions(self.article.text, self.registry, raw_start, raw_end)

    def targets(
        self, match: RuleMatch, rule: BlameRule, subject: tuple[str, int] | None = None, source: str | None = None
    ) -> list[str]:
        """The actors a match blames; a pronoun after the cue is never its clause's subject, the
        phrase in ``subject`` (with its sentence's start, view offset), nor the actor ``source``
        that phrase stands for: "Rights Watch said the group had recruited men and blamed it" is
        not Rights Watch, which would be "itself", so the pronoun takes another actor named
        earlier in the sentence, or none."""
        assert match.target is not None
        start, end = match.target
        before_cue = rule.before or start == match.start
        if before_cue:
            closing = [c for c in self._relative_clauses(start, end) if not self.view.text[c[1] : end].strip()]
            if closing and self.view.text[closing[-1][1] - 1] == ",":  # "the army, which fired wildly, was"
                end = closing[-1][0]
            relative = _OPEN_RELATIVE.search(self.view.text, start, end)
            if relative and _PASSIVE_AUXILIARY.match(self.view.text, end):
                end = relative.start()  # "Israel, which has been accused by Iran": the antecedent
            aside = _ASIDE_ATTRIBUTION.search(self.view.text, start, end)
            if aside and self.finder.cues.is_cue(aside.group(1)):
                end = aside.start()  # "The Israeli jets, Russia charged, had hidden ...": the jets
            cut = _CLAUSE_CUT.match(self.view.text, start, end)
            start = cut.end() if cut else start
        if not before_cue:
            end = self._extend_coordination(self._own_clause_cut(start, end))
            end = self._examples_end(start, end)
        text = self.view.text[start:end]
        clauses = self._relative_clauses(start, end)
        mentions = [
            m
            for m in self.mentions(start, end)
            if not any(a <= self.view.from_original(m.start) < b for a, b in clauses)
        ]
        if (
            before_cue
            and mentions
            and owns_business(self.article.text, mentions[-1].end)
            and not (len(mentions) > 1 and _AND_ITS.search(self.article.text, mentions[-2].end, mentions[-1].start))
        ):
            # "imposed sanctions on six Iranian companies and two executives it accused": firms (not "the
            # PKK and its Syrian affiliate were responsible": the PKK, whose affiliate it is)
            return []
        mentions = [  # "the Syrian army, not Israel, was responsible": a contrasted actor is no target
            m
            for m in self._heads(mentions)
            if not _CONTRASTED.search(self.view.text, start, self.view.from_original(m.start))
        ]
        # "blamed weak demand in China", "Ilan Shor, a businessman living in Moscow, is accused": where
        # the blamed one is, not who
        mentions = [
            m
            for m in mentions
            if not self._located(start, self.view.from_original(m.start))
            and (before_cue or not _VICTIM_BEFORE.search(self.view.text, start, self.view.from_original(m.start)))
        ]
        # a relative clause's subject right after the phrase, with no "which" ("envoys it accused of")
        contact = match.agent is not None and not self.view.text[end : match.agent[0]].strip()
        relative_head = bool(
            before_cue
            and mentions
            and (_ANTECEDENT_END.match(self.view.text, end) or contact)
            and not self.view.text[self.view.from_original(mentions[-1].end) : end].strip()
        )
        if relative_head:  # "imposed sanctions on Iran, which it accused of ...": the relative's antecedent
            # or, after an owner's act ("Russia's invasion of Ukraine, which Washington blamed"), its owner
            # or two names joined ("the US and Israel, which Iran blames")
            pair = len(mentions) > 1 and self._joined_pair(*mentions[-2:])
            mentions = self._owner_of_act(mentions) or (mentions[-2:] if pair else mentions[-1:])
        elif before_cue and len(mentions) > 1:  # "Iran's presence in Syria was the cause": a place is no target,
            # nor whom an owner's act was done to ("Moscow's blockade of Ukrainian ports was responsible")
            heads = self._owner_of_act(mentions) or [m for m in mentions if not self._placed(m, start)]
            mentions = heads or mentions
        if before_cue and mentions and _SHARED_SUBJECT.search(text):
            # "Iran arms and funds Hezbollah and is responsible": the predicates share the clause's subject
            mentions = self._coordinated_run(mentions, 0)
        elif before_cue and mentions:
            mentions = self._coordinated_run(mentions, -1)
        actors = list(dict.fromkeys(m.actor for m in mentions))
        if actors:
            return actors
        if any(owns_business(self.article.text, m.end) for m in self.mentions(start, end)):
            return []  # "accused Spanish firms of ...": firms, no actor, and no pronoun's either
        surname = _SURNAME_TARGET.match(text)
        if surname and (actor := self._named_speaker(start, surname.group(1))):
            return [actor]  # "Kosovo's prime minister Albin Kurti said ... Vucic blamed Kurti": Kosovo
        body = _DEFINITE_BODY.match(text)
        if body and (actor := self._body_named_before(body, start)):
            return [actor]  # "The Sudanese army blamed the RSF. The RSF accused the army of ...": Sudan
        group = _DEFINITE_GROUP.match(text)
        if group and (organisation := self.finder.latest_organisation(start, group.group(1).lower())):
            return [organisation]  # "NATO launched drills. Russia accused the alliance of ...": NATO
        if _ACT_ANAPHOR.fullmatch(text.strip()) and (actor := self._act_owner(start)):
            return [actor]  # "The US raised tariffs on steel. China condemned the decision": the US
        if _OTHERS_OF_OWNER.match(text):
            return []  # "accuse its neighbours", "blamed their rivals": others than the owner
        pronoun = _PRONOUN.search(text) or _POSSESSIVE.match(text)
        if pronoun and self._condemned_thing(start + pronoun.start(), pronoun.group(0)):
            return []
        if pronoun:
            # inside a quote, "they" is not the one speaking ('"They shot it down," the Israeli official said')
            speaker = self.voices.quoted_speaker(self.raw(start, start)[0])
            antecedent = self._antecedent(start, pronoun.group(0), speaker)
            # the cue's own object ("blamed it for", "accusing her of"), not "its forces" nor a
            # pronoun in a clause of its own ("denied that it had ...")
            # (a denial's pronoun is its complement's subject: "Moscow denied it had anything to do with")
            own_object = (
                not before_cue
                and rule.kind != "denial"
                and _OBJECT_PRONOUN.fullmatch(self.view.text, match.start, start + pronoun.end())
            )
            # nor, as a possessive, the blamer's own ("a UN report that accused its troops": not
            # the UN's but those of the one named before; "its own failures" may be)
            possessive = (
                rule.kind == "blame"
                and pronoun.group(0).strip().lower() in ("its", "their")
                and not _OWN.match(self.view.text, start + pronoun.end())
            )  # a denial's is ("denied that its forces had carried out the strike")
            bound = self._bound(subject[0]) if subject and (own_object or possessive) else frozenset()
            floor = subject[1] if subject else None
            if antecedent and bound and antecedent.text.lower() in bound:
                antecedent = self._antecedent(start, pronoun.group(0), speaker, bound, floor=floor)
                if antecedent is None and floor is not None:
                    # "Moscow denies targeting civilians. Kyiv accuses it of ...": none in the
                    # sentence, the actor of the sentence before
                    antecedent = self._antecedent(
                        start, pronoun.group(0), speaker, bound, floor=self._previous_sentence_start(floor)
                    )
            if antecedent and own_object and antecedent.actor == source:
                # "The RSF denied it. ... the paramilitary group said the army ... and accused it of":
                # the subject's actor by another name is no more the object than its own words are
                antecedent = self._antecedent(start, pronoun.group(0), speaker, bound, floor, barred=source)
                if antecedent is None and floor is not None:
                    # or the body its clause named without a name ("said the army was ... and accused
                    # it of ...": the army named last before)
                    bodies = list(_DEFINITE_BODY.finditer(self.view.text, floor, start))
                    owner = self._body_named_before(bodies[-1]) if bodies else None
                    return [owner] if owner and owner != source else []
            return [antecedent.actor] if antecedent else []
        if _first_person(text):
            # "the Russians are blaming us, an Israeli official said": the speaker's own side
            label = self.voices.voice_of(*self.raw(start, end))
            return [label.actor] if label.voice != "editorial" and label.actor else []
        clause_end = re.search(r"[,.;:!?]|$", self.view.text[end:])
        return (
            [NO_ACTOR]
            if _CHANCE.search(text + self.view.text[end : end + (clause_end.start() if clause_end else 0)])
            else []
        )

    def _body_named_before(self, body: re.Match[str], offset: int = 0) -> str | None:
        """The actor of the latest phrase with the head of a body named by its head alone
        (``_DEFINITE_BODY``, matched ``offset`` into the view text), before it: "the army" after
        "the Sudanese army" is Sudan."""
        named = named_before(self.view.text, body.group(1).lower(), offset + body.start(), self.registry)
        return named[1] if named else None

    def _act_owner(self, position: int) -> str | None:
        """The actor of the act a definite noun at ``position`` (a view offset) names: the actor
        the subject of the sentence before names, when that subject acted rather than spoke
        ("The United States raised tariffs on Chinese steel. China's Commerce Ministry condemned
        the decision": the United States; not "Russia said Israel had decided to strike"). A
        headline tells no act of its own subject's."""
        before = self.view.text[: self.finder.sentence_of(position)[0]].rstrip()
        if not before:
            return None
        start, end = self.finder.sentence_of(len(before) - 1)
        if self.finder.headline_at(start):
            return None
        subject = self.finder.subject(start, end)
        if subject is None:
            return None
        verb = re.match(r"\s*(?:(?:on|last|this)\s+\w+\s+)?([a-z]+)", self.view.text[subject[1] : end])
        if verb is None or self.finder.cues.is_cue(verb.group(1)):
            return None
        actors = [m.actor for m in self.mentions(*subject)]
        return actors[0] if actors else None

    def _located(self, start: int, position: int) -> bool:
        """Whether the mention at ``position`` only says where the blamed thing after ``start`` is
        ("weak demand in China", "the unrest in Syria"); the rulers of a place are the place
        ("the regime in Damascus", "officials in Moscow")."""
        located = _LOCATED.search(self.view.text, start, position)
        return located is not None and located.group(1).lower() not in _RULERS

    def _condemned_thing(self, position: int, pronoun: str) -> bool:
        """Whether "it" at ``position`` is the thing a verb's object named just before, with no
        actor in it ("Baghdad condemned the attack, saying it violated Iraqi sovereignty": the
        attack, not Iraq; "condemned the Israeli raid, saying it ..." names Israel), and that is a
        deed, not words (not "rejected the claim, saying it ...")."""
        if pronoun.strip(' "').lower() not in ("it", "its"):
            return False
        floor = self.view.text.rfind("\n", 0, position) + 1
        thing = _OBJECT_THEN_PARTICIPLE.search(self.view.text, max(floor, position - 120), position)
        return (
            thing is not None
            and not self.mentions(*thing.span("object"))
            and thing.group("object").split()[-1].lower() not in _WORDED_THINGS
        )

    def _owner_of_act(self, mentions: list[Mention]) -> list[Mention]:
        """The mention owning an act done to the last one ("Russia's invasion of Ukraine",
        "Moscow's blockade of Ukrainian ports": Russia), as a one-item list; else none."""
        last_start = self.view.from_original(mentions[-1].start)
        owners = [
            m
            for m in mentions[:-1]
            if _ACT_OF_OWNER.fullmatch(self.view.text, self.view.from_original(m.end), last_start)
        ]
        return owners[-1:]

    def _complement_targets(self, denial: RuleMatch, matches: list[tuple[RuleMatch, BlameRule]]) -> list[str]:
        """Targets of the blame stated in a denial's complement, before any comma ("denied
        that its jets used the plane as cover" rejects the blame on Israel); none if it
        states no blame ("denied that the talks failed")."""
        targets: list[str] = []
        for match, rule in matches:
            if rule.kind == "blame" and self._in_complement(denial.end, match.cue[0]):
                targets.extend(self.targets(match, rule))
        return list(dict.fromkeys(targets))

    def _supposed_act(self, sentence_start: int, cue: tuple[int, int], sentence_end: int) -> bool:
        """Whether a verb of blaming opening its sentence as an -ing form is the subject of a
        modal: an act supposed, which no one performs ("Blaming Damascus would mean admitting
        ...", "Accusing Israel could backfire")."""
        if self.view.text[sentence_start : cue[0]].strip(" \"'\u201c(") or not _ING_WORD.match(self.view.text, cue[0]):
            return False
        return _MODAL_AFTER.match(self.view.text, cue[1], sentence_end) is not None

    def _asked(self, sentence_start: int, cue: tuple[int, int]) -> bool:
        """Whether a cue lies in a yes-no question opening its sentence ("Did Israel use the Il-20
        as cover?", '"Is Russia to blame?" she asked'): asked, not asserted; a negated question
        is rhetorical ("Did Israel not know the plane was there?") and a wh-question presupposes
        its act ("Why did Israel hide behind the plane?"): both keep their blame."""
        question = _POLAR_QUESTION.match(self.view.text, sentence_start)
        if question is None or not question.start() <= cue[0] < question.end():
            return False
        return _QUESTION_NEGATION.search(question.group()) is None

    def _own_clause_cut(self, start: int, end: int) -> int:
        """Where a target after its cue ends before a link whose actor has a verb of its own
        ("blamed Israel and Iran denied it": Iran opens a clause, it is not blamed)."""
        if not _LINK_WORD.search(self.view.text, start, end):
            return end  # no link, no second actor to test (spares a mention search per target)
        for mention in self.mentions(start, end)[1:]:
            position = self.view.from_original(mention.start)
            link = _LINK_BEFORE.search(self.view.text, start, position)
            if link and _OWN_VERB.match(self.view.text, self.view.from_original(mention.end)):
                return link.start()
        return end

    def _examples_end(self, start: int, end: int) -> int:
        """Where a target after its cue ends once the actors named as its examples are taken in,
        when it names none itself ("blamed the protests on the country's foreign enemies,
        including the United States and Israel"); ``end`` otherwise."""
        examples = _EXAMPLES.match(self.view.text, end)
        if examples is None or self.mentions(start, end):
            return end
        first = self.mentions(examples.end(), min(len(self.view.text), examples.end() + 40))[:1]
        if not first or not _EXAMPLE_GAP.fullmatch(
            self.view.text, examples.end(), self.view.from_original(first[0].start)
        ):
            return end
        return self._extend_coordination(self.view.from_original(first[0].end))

    def _extend_coordination(self, end: int) -> int:
        """Extend a target over actors coordinated after it ("Syria, Iran and Hezbollah").

        Links made by a bare comma count only when an "and"/"or" link closes the list, so
        an apposition or an attribution (", the Kremlin said") is not taken in.
        """
        # a target that took in the link ("on Israel and | on Syria") links from before it
        tail = _TRAILING_LINK.search(self.view.text, max(0, end - 8), end)
        end = tail.start() if tail else end
        line_end = self.view.text.find("\n", end)
        line_end = len(self.view.text) if line_end == -1 else line_end
        committed = pending = end
        previous: Mention | None = None
        for mention in self.mentions(end, min(line_end, end + 200)):
            gap = self.view.text[pending : self.view.from_original(mention.start)]
            # "... and the Lebanese militant group Hezbollah": the demonym's noun phrase goes on
            head = previous is not None and self._modifies(previous, mention)
            if not head and (
                not _COORDINATION.match(gap) or _OWN_VERB.match(self.view.text, self.view.from_original(mention.end))
            ):
                break
            reached = committed == pending
            pending = self.view.from_original(mention.end)
            if re.search(r"\b(?:and|or)\b|&", gap) or (head and reached):
                committed = pending
            previous = mention
        return committed

    def _relative_clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        return [m.span() for m in _RELATIVE_CLAUSE.finditer(self.view.text, start, end)]

    def _modifies(self, mention: Mention, following: Mention) -> bool:
        """Whether a demonym only modifies the actor named after it in the same noun phrase:
        "the Lebanese militant group Hezbollah" and "Iranian-backed Hezbollah" name Hezbollah."""
        gap = _MODIFIER_GAP.fullmatch(self.article.text, mention.end, following.start)
        return mention.form_type == "demonyms" and gap is not None

    def _heads(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions that are not modifiers of the next one, nor backers of the noun after
        them ("Iran-backed militias"), nor what the noun after them is for or against ("a
        pro-Ukrainian group", "anti-Israel protesters"), nor a natural event's place ("the Tonga
        eruption")."""
        return [
            mention
            for index, mention in enumerate(mentions)
            if (index + 1 == len(mentions) or not self._modifies(mention, mentions[index + 1]))
            and not names_other(self.article.text, mention)
            and not owns_business(self.article.text, mention.end)
        ]

    def _coordinated_run(
        self, mentions: list[Mention], anchor: int, link: re.Pattern[str] = _COORDINATION
    ) -> list[Mention]:
        """The mention at index ``anchor`` and those coordinated with it on either side: the last
        one's ("Damascus, Tehran, and Hezbollah") or the first one's ("Russia and Iran arm ... and are")."""
        text = self.article.text

        def linked(index: int) -> bool:  # whether mention ``index`` is coordinated with the next one
            return link.match(text[mentions[index].end : mentions[index + 1].start]) is not None

        low = high = anchor % len(mentions)
        while low > 0 and linked(low - 1):
            low -= 1
        while high + 1 < len(mentions) and linked(high):
            high += 1
        return mentions[low : high + 1]

    def _antecedent(
        self,
        position: int,
        pronoun: str,
        skip: tuple[int, int] | None = None,
        exclude: frozenset[str] = frozenset(),
        floor: int | None = None,
        barred: str | None = None,
    ) -> Mention | None:
        """The most recent fitting actor mention before a pronoun: a person for he/she/him/her/his,
        a plural form for they/them/their, anything else for it/its; never one inside ``skip``
        (raw offsets), nor one whose words are in ``exclude`` (lower case), nor one of the actor
        ``barred``; from ``floor`` (view offset) if given, else from 400 characters before."""
        earlier = [
            m
            for m in self.mentions(max(0, position - 400) if floor is None else floor, position)
            if not (skip and skip[0] <= m.start < skip[1]) and m.text.lower() not in exclude and m.actor != barred
        ]
        word = pronoun.strip().lower()
        person = word in ("he", "she", "him", "her", "his")
        if person:
            # a person, or a state or body owning a person's title ("Israel's army chief denied
            # that his pilots ...", "the Russian president")
            fitting = [m for m in earlier if m.form_type == "people" or self._titled_owner(m)]
        elif word in ("they", "them", "their", "we"):
            plural = [m for m in earlier if self._plural(m)]
            if not plural and self._unnamed_plural(position, earlier):
                return None  # "European leaders have treated Turkey as a nuisance. They blame Ankara": not Turkey
            fitting = plural or earlier
        else:
            fitting = [m for m in earlier if m.form_type != "people"]
        if not person:
            # a place after its preposition is not who "they" or "it" are ("Now Iran is orchestrating
            # an attack on the Embassy in Iraq. They will be held responsible"; "Turkey shot down a
            # Russian warplane near the Syrian border, saying it had violated Turkish airspace")
            fitting = [m for m in fitting if not self._placed(m)] or fitting
        return fitting[-1] if fitting else None

    def _previous_sentence_start(self, position: int, reach: int | None = None) -> int:
        """Where the sentence before the one holding ``position`` (view offsets) starts, within its
        paragraph and, with ``reach``, at most that many characters back."""
        text = self.view.text
        floor = text.rfind("\n", 0, position) + 1
        floor = max(floor, position - reach) if reach is not None else floor
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, floor, position)]
        return stops[-2] if len(stops) > 1 else floor

    def _unnamed_plural(self, position: int, earlier: list[Mention]) -> bool:
        """Whether a plural noun for people that no actor names ("European leaders", "critics")
        stands in the sentence before ``position`` (a view offset) or in the one before it, which
        "they" stands for rather than a singular actor named near it."""
        text = self.view.text
        floor = self._previous_sentence_start(position, reach=400)
        named = [(self.view.from_original(m.start), self.view.from_original(m.end)) for m in earlier]
        for noun in _PEOPLE_PLURAL.finditer(text, floor, position):
            if not any(end <= noun.start() and _OWNER_GAP.fullmatch(text, end, noun.start()) for _, end in named):
                return True
        return False

    def _placed(self, mention: Mention, floor: int = 0) -> bool:
        """Whether a mention says where: a preposition of place right before it ("in Iraq"), after
        ``floor`` (a view offset)."""
        start = self.view.from_original(mention.start)
        return bool(_PLACE_BEFORE.search(self.view.text, max(floor, start - 20), start))

    def _titled_owner(self, mention: Mention) -> bool:
        """Whether a mention owns a person's title right after it: "Israel's army chief", "the
        Russian president" (up to two words before the title)."""
        owned = _TITLE_AFTER.match(self.article.text, mention.end)
        return owned is not None and any(PERSON_WORDS.fullmatch(w) for w in owned.group(1).split())

    def _bound(self, phrase: str | None) -> frozenset[str]:
        """The words of the actor mentions in a subject phrase (lower case): what a pronoun
        object of that subject's verb cannot stand for."""
        return frozenset(m.text.lower() for m in find_mentions(phrase, self.registry)) if phrase else frozenset()

    def _plural(self, mention: Mention) -> bool:
        """A plural mention ("the Russians"), or a demonym before a plural noun ("Israeli officials")."""
        if mention.text.endswith("s"):
            return True
        noun = _NEXT_WORD.match(self.article.text, mention.end)
        return mention.form_type == "demonyms" and noun is not None and noun.group(1) not in _NOT_PLURAL_NOUNS

    def source(self, match: RuleMatch, rule: BlameRule, sentence: tuple[int, int]) -> tuple[str, str | None]:
        """(source actor or 'outlet', speaker text) of a rule match. Words a source says
        whom no registry actor covers ("the voters said ...") have an unknown source (no
        record): they are not the outlet's."""
        if match.agent is not None:
            agent = self.view.text[match.agent[0] : match.agent[1]]
            pronoun_agent = _SUBJECT_PRONOUN.fullmatch(agent) is not None
            main = None
            if pronoun_agent:  # the subject of the clause the antecedent is in ("Moscow retaliated
                # days after Warsaw expelled envoys it accused of spying": Warsaw), else the sentence's
                openers = list(_CLAUSE_OPENER.finditer(self.view.text, sentence[0], match.agent[0]))
                opener = openers[-1] if openers else None
                inner = self.finder.subject(opener.end(), match.agent[0]) if opener else None
                main = inner or self.finder.subject(sentence[0], match.agent[0])
            # "condemned the shelling, which it blamed on Syria", "sanctioned Iran, which it accused
            # of ...": the pronoun is the main clause's subject; not when the relative sits in that
            # subject ("Russia, which it accused of ..., denied it": "it" names someone else)
            if (
                pronoun_agent
                and match.target
                and match.target[1] <= match.agent[0]
                and (main is None or main[1] >= match.target[1])
            ):
                return UNKNOWN, agent
            return self._agent(*(main or match.agent))
        label = self.voices.voice_of(*self.raw(*match.cue))
        fallback = (OUTLET, None) if label.voice == "editorial" else (UNKNOWN, label.speaker)
        # a quotation opening at the cue inside the outlet's sentence ('said Poland was "blaming
        # Russia for everything"'): the quoted words' subject is outside them
        fragment = label.voice == "direct" and bool(_QUOTE_AT_CUE.search(self.view.text, sentence[0], match.cue[0]))
        if rule.source == "speaker" or (label.voice == "direct" and not fragment):
            if label.voice != "editorial" and label.actor:
                return label.actor, label.speaker
            if rule.source == "speaker":
                return self._reporter(match.cue[0], sentence) or fallback
        subject = self._subject(match, sentence)
        pronoun = subject is not None and (subject[1] or "").lower() == "it"
        if pronoun and label.voice == "reported" and label.speaker and label.speaker.lower() != "it":
            # "The coalition did not respond. It has denied ...": the voice layer resolved the
            # pronoun to a body the registry may not know (then no record), not the last actor named
            return label.actor or UNKNOWN, label.speaker
        if subject:
            return subject
        if label.actor:
            return label.actor, label.speaker
        return fallback

    def _agent(self, start: int, end: int) -> tuple[str, str]:
        """The actor named by a passive's agent ("by Moscow", "by Russian officials", "by
        them"); a named agent no registry actor covers is unknown (no record)."""
        return self._phrase_actor(start, end) or UNKNOWN, " ".join(self.view.text[start:end].split())

    def _phrase_actor(self, start: int, end: int, exclude: frozenset[str] = frozenset()) -> str | None:
        """The actor a speaker phrase names (its head: "Syria's Ambassador to Russia" is
        Syria), or a pronoun's antecedent, named in none of the words in ``exclude``."""
        phrase = self.view.text[start:end]
        actor = resolve_phrase(phrase, self.registry)
        group = None if actor else _DEFINITE_GROUP.fullmatch(phrase.strip())
        if group:
            return self.finder.latest_organisation(start, group.group(1).lower())  # "a claim the group rejected"
        pronoun = _PRONOUN.search(phrase)
        if actor or not pronoun:
            return actor
        antecedent = self._antecedent(start, pronoun.group(0), exclude=exclude)
        return antecedent.actor if antecedent else None

    def _reporter(self, cue_start: int, sentence: tuple[int, int]) -> tuple[str, str | None] | None:
        """For words in no attribution: the subject of a reporting verb earlier in the sentence
        ("sent to ... persuade them the Syrian operators were at fault")."""
        cues = self.finder.clause_cues(sentence[0], cue_start)
        if not cues:
            return None
        return self._subject_at(cues[-1][0], (cues[-1][0], cues[-1][0]), sentence)

    def _subject(self, match: RuleMatch, sentence: tuple[int, int]) -> tuple[str, str | None] | None:
        return self._subject_at(match.start, match.target or (match.start, match.start), sentence)

    def _subject_at(
        self, start: int, target: tuple[int, int], sentence: tuple[int, int]
    ) -> tuple[str, str | None] | None:
        """The actor doing the blaming: the subject of the cue's clause, else the sentence's first actor."""
        participle = self.view.text[start : start + 14].split(" ")[0].lower().endswith("ing")
        if participle and _PROGRESSIVE_BEFORE.search(self.view.text, sentence[0], start):
            participle = False  # "Poland was blaming Russia": a finite verb with its own subject
        quoted = _QUOTE_AT_CUE.search(self.view.text, sentence[0], start)
        start = start - 1 if quoted else start  # 'Poland was "blaming ...': the subject ends before the mark
        purpose = None if participle else _PURPOSE_NOUN.search(self.view.text, sentence[0], start)
        named = purpose and (purpose.group("owner") or purpose.group("by"))
        if (
            purpose
            and not named
            and (not purpose.group("det") or _PURPOSE_OWNED.search(self.view.text, sentence[0], purpose.start()))
        ):
            purpose = None  # "Israel made every effort to blame Hamas": the subject's own
        if purpose:  # "said it was an attempt to blame Ukraine": the attempt's owner, unknown without one
            if named:
                return resolve_phrase(named, self.registry) or UNKNOWN, " ".join(named.split())
            modifiers = [m for m in self.mentions(*purpose.span("mods")) if m.actor]
            if modifiers:  # "a Russian ploy to blame Kyiv": Russia
                return modifiers[-1].actor, modifiers[-1].text
            return UNKNOWN, " ".join(self.view.text[purpose.start() : start].split())
        relative = _RELATIVE_SUBJECT.search(self.view.text, sentence[0], start)
        if relative and not participle:
            antecedents = self.mentions(sentence[0], relative.start())
            if len(antecedents) > 1 and self._joined_pair(*antecedents[-2:]):
                # "Lithuania and Latvia, which have accused Moscow": both (not in a list, "Poland,
                # Lithuania and Latvia, which": the last one's)
                first, last = antecedents[-2:]
                return last.actor, self.article.text[first.start : last.end]
            if antecedents:
                return antecedents[-1].actor, antecedents[-1].text
        coordinated = _VP_COORDINATION.search(self.view.text[sentence[0] : start])
        carrier = _CARRIER_BEFORE.search(self.view.text, sentence[0], start) if participle else None
        if carrier:  # "Media reports blaming Israel appeared": the reports', not the outlet's
            phrase = " ".join(carrier.group(0).split())
            actor = resolve_phrase(phrase, self.registry)
            issued = _ISSUED_BEFORE.search(self.view.text, sentence[0], carrier.start())
            if actor or not issued:
                return actor or UNKNOWN, phrase
            # "Syria issued a statement blaming Israel": the statement is its issuer's; an issuer
            # no actor of ours covers ("The Justice Department unsealed an indictment charging
            # ...") is unknown, not the outlet
            start, participle = issued.start(), False
            issuer = self._clause_subject(sentence[0], start)
            if (issuer is None or not self._phrase_actor(*issuer)) and not self.mentions(sentence[0], start):
                return UNKNOWN, phrase
        chain = None
        absolute = _WITH_SUBJECT.search(self.view.text, sentence[0], start) if participle else None
        holder = self.finder.speaker_before(absolute.end(), start) if absolute else None
        if holder:  # "clashed, with Western envoys blaming Moscow": the envoys', no actor of ours
            phrase = " ".join(self.view.text[holder[0] : holder[1]].split())
            return self._phrase_actor(*holder) or UNKNOWN, phrase
        if participle:
            attributed = self._attribution_before(start, sentence)
            if attributed:  # "Syria bears full responsibility, the IDF insisted, rejecting ...": the IDF
                return attributed
            # else, after a main clause and a comma, that clause's subject ("Some commentators in
            # Moscow have gone further, accusing ...": no actor of ours, not Moscow)
            after_clause = self.view.text[sentence[0] : start].rstrip().endswith(",")
            span = self.finder.subject(sentence[0], start) if after_clause else None
        elif coordinated and (opened := _RELATIVE_SUBJECT_CLAUSE.search(self.view.text, sentence[0], start)):
            antecedents = self.mentions(sentence[0], opened.start())
            if antecedents:  # "blamed the RSF, which denied any involvement and accused the army of ...": the RSF
                return antecedents[-1].actor, antecedents[-1].text
            span = None
        elif coordinated:  # "Rights groups accused Riyadh of ..., and criticised Washington": the sentence's subject
            # or, past a semicolon, its clause's ("Russia accused Israel ...; Israel denied it and blamed Syria")
            clause = self.view.text.rfind(";", sentence[0], start) + 1 or sentence[0]
            span = self.finder.subject(clause, start)
        else:
            span = self._clause_subject(sentence[0], start)
            chain = None if span else _INFINITIVE_CHAIN.search(self.view.text, sentence[0], start)
            if chain:  # "Western governments were quick to point the finger at Moscow": theirs, not the outlet's;
                # in a reported clause its own subject ("Iran said Washington wanted to blame Tehran")
                span = self._clause_subject(sentence[0], chain.start()) or self.finder.subject(sentence[0], start)
        if span:
            antecedent = self.finder.restrictive_antecedent(sentence[0], span[1])
            if antecedent:  # "Putin met families from the village who blamed Israel": the families
                phrase = " ".join(self.view.text[antecedent[0] : antecedent[1]].split())
                return resolve_phrase(phrase, self.registry) or UNKNOWN, phrase
            phrase = self.view.text[span[0] : span[1]]
            if phrase.lower() in WRITER_PRONOUNS and self.voices.voice_of(*self.raw(*span)).voice == "editorial":
                return OUTLET, None  # "I blame China" outside quotation marks: the writer's, the outlet's own
            opening = self._opening_pronoun(span)
            if opening:
                return opening
            # a subject pronoun is not the object of its own clause ("It held Hamas responsible":
            # not Hamas, which would be "itself"; but "he blasted the American media" after Trump)
            pronoun = target[1] > target[0] and _PRONOUN.search(phrase)
            bound = frozenset(m.text.lower() for m in self.mentions(*target)) if pronoun else frozenset()
            spoken = self._speaker_actor(span)
            if spoken and phrase.strip().lower() in ("he", "she"):
                # "Netanyahu said ... Hassan Fadlallah, a Hezbollah lawmaker, told ... He accused
                # Israel": the person the quote layer took "he" for, not the last actor's person
                return spoken
            actor = self._phrase_actor(*span, exclude=bound)
            if actor:
                return actor, " ".join(phrase.split())
            if _PRONOUN.search(phrase) and spoken:
                # '"...," foreign ministry spokesman Nasser Kanaani said. He accused Washington': the
                # person no actor of ours names, whom the quote layer placed (Iran)
                return spoken
            named = phrase[:1].isupper() or any(word[:1].isupper() for word in phrase.split()[1:])
            # "former FBI Director James Comey": no actor of ours; "In a separate statement, the
            # ministry accused Kyiv" after "Russia's Defence Ministry said": the body the quote layer placed
            if (named or spoken) and not _PRONOUN.search(phrase):
                return spoken[0] if spoken else UNKNOWN, " ".join(phrase.split())
        noun = None if span or participle else self.finder.restrictive_antecedent(sentence[0], start, _THAT_SUBJECT)
        if noun:  # "rejected a UN report that accused its troops": the report's, the UN's
            phrase = " ".join(self.view.text[noun[0] : noun[1]].split())
            return resolve_phrase(phrase, self.registry) or UNKNOWN, phrase
        for mention in self.mentions(*sentence):
            position = self.view.from_original(mention.start)
            if owns_business(self.article.text, mention.end):
                continue  # "workers for a Norwegian aid group": whose group it is, not who blames
            if not target[0] <= position < target[1] and (participle or position < start):
                return mention.actor, mention.text
        if chain:  # "Many were quick to blame Moscow": someone's, not the outlet's
            return UNKNOWN, " ".join(self.view.text[sentence[0] : chain.start()].split())
        if span:  # "Dissident poisoned, allies blame Kremlin": a subject no actor of ours covers, not the outlet
            return UNKNOWN, " ".join(self.view.text[span[0] : span[1]].split())
        return None

    def _named_speaker(self, start: int, surname: str) -> str | None:
        """The actor the quote layer gave the latest speaker before ``start`` (view offset) named
        in full with ``surname`` as last name ("Kosovo's prime minister Albin Kurti"), for a
        target naming that person by surname alone; None without one."""
        raw = self.raw(start, start)[0]
        named = []
        for _, _, quote in self.voices.by_content.near(0, raw):
            words = (quote.speaker or "").split()
            full_name = len(words) > 1 and words[-1] == surname and words[-2][:1].isupper()
            if full_name and quote.actor and quote.speaker_start is not None and quote.speaker_start < raw:
                named.append((quote.speaker_start, quote.actor))
        return max(named)[1] if named else None

    def _speaker_actor(self, span: tuple[int, int]) -> tuple[str, str] | None:
        """The actor the quote layer gave a speaker at ``span`` (view offsets), which may come from
        earlier in the article ("Bagheri" after "Iranian envoy Ali Bagheri": Iran; "He" after
        "foreign ministry spokesman Nasser Kanaani" of Iran), and the speaker it resolved."""
        raw_start, raw_end = self.raw(*span)
        found = [
            (quote.actor, quote.speaker or quote.actor)
            for _, _, quote in self.voices.attributed.near(raw_start, raw_end)
            if quote.actor and (quote.speaker_start, quote.speaker_end) == (raw_start, raw_end)
        ]
        return found[0] if found else None

    def _attribution_before(self, start: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
        """(actor, speaker) of the last attribution in the sentence whose cue ends before ``start``;
        a speaker no actor of ours covers is unknown ("..., the organization said, blaming ...")."""
        raw_floor, raw_start = self.raw(sentence[0], start)
        cues = [
            (quote.cue_start, quote.actor or UNKNOWN, quote.speaker or quote.actor or UNKNOWN)
            for _, _, quote in self.voices.attributed.near(raw_floor, raw_start)
            if (quote.actor or quote.speaker) and quote.cue_start is not None and quote.cue_end is not None
            if raw_floor <= quote.cue_start and quote.cue_end <= raw_start
        ]
        return max(cues)[1:] if cues else None

    def _opening_pronoun(self, span: tuple[int, int]) -> tuple[str, str] | None:
        """A subject pronoun that opens the claim of a source: the source itself ("Syria
        condemned the Israeli aggression and said it holds Israel responsible": "it" is
        Syria, not the nearer "Israeli"; "Peskov said he blamed ...": Peskov)."""
        if not _SUBJECT_PRONOUN.fullmatch(self.view.text[span[0] : span[1]]):
            return None
        raw_start = self.raw(*span)[0]
        for content_start, _, quote in self.voices.by_content.near(raw_start, raw_start + 1):
            lead = self.article.text[content_start:raw_start]
            if quote.kind == "indirect" and quote.speaker and _CLAIM_LEAD.fullmatch(lead):
                # "Residents of Kherson said they blamed the Russians": the residents, no actor of ours
                return quote.actor or UNKNOWN, quote.speaker
        return None

    def _clause_subject(self, floor: int, start: int) -> tuple[int, int] | None:
        """The subject right before ``start``, within the clause after the last verb of saying
        ("Bishop said Canberra and The Hague would hold Russia accountable": "Canberra and The
        Hague"), else within the sentence."""
        cues = self.finder.clause_cues(floor, start)
        aside = _CLOSED_RELATIVE.search(self.view.text, floor, start)
        if cues and aside and aside.start() < cues[-1][0]:
            cues = []  # "Iran, which Washington says arms the Houthis, has denied": Iran, before the aside
        inner = None
        # not after "told Netanyahu ... he": the pronoun there is the teller's
        if cues and self.view.text[cues[-1][0] : cues[-1][1]].lower() not in self.finder.cues.with_object:
            inner = self.finder.speaker_before(cues[-1][1], start)
        return inner or self.finder.speaker_before(floor, start)

    def sentence_records(self, start: int, end: int, table: _Table) -> list[BlameRecord]:
        """Records of one sentence. A match overlapping an earlier rule's match is the same
        statement and is skipped; a blame inside the complement of a denial ("disputed the
        assertion that it used ...", with no comma between) is not asserted; a match after a verb of blaming
        ("accused X of ... used ... as a shield") belongs to that verb's subject."""
        view_sentence = (self.view.from_original(start), self.view.from_original(end))
        records: dict[tuple[str, str, str], BlameRecord] = {}
        provisional: set[tuple[str, str, str]] = set()  # keys of records from rules kept only after a blame
        taken: list[tuple[int, int]] = []
        rules = table.possible(self.matched, *view_sentence)
        matches = [(m, r) for r in rules for m in r.matches(self.matched, *view_sentence)]
        matches.sort(key=lambda pair: pair[1].kind != "denial")  # denials first; otherwise rule order
        # where a denial's complement may start: its match, or the cue of a rule whose match opens the
        # sentence ("X blamed Y; Y said it had nothing to do with it": not from the sentence's start)
        denials = [m.cue[0] if r.before else m.start for m, r in matches if r.kind == "denial"]
        subjects: list[tuple[int, int, tuple[str, str | None]]] = []
        for match, rule in matches:
            cue = match.cue
            if any(a < cue[1] and cue[0] < b for a, b in taken) or self._asked(view_sentence[0], cue):
                continue
            if rule.kind == "blame" and any(self._in_complement(d, cue[0]) for d in denials):
                continue
            before = self.view.text[max(view_sentence[0], cue[0] - 60) : cue[0]]
            # "did not deny", "neither confirmed nor denied", "if Israel denies": no denial either
            if (_NEGATED.search(before[-30:]) or _NO_ONE.search(before) or _HYPOTHETICAL.search(before)) or (
                rule.kind == "blame" and self._supposed_act(view_sentence[0], cue, view_sentence[1])
            ):
                continue
            source, speaker = self.source(match, rule, view_sentence)
            if rule.source == "subject":
                subjects.append((cue[0], cue[1], (source, speaker)))
            elif rule.source == "speaker":
                # after a verb of blaming, its subject's, unless a new attribution comes between
                # ("Russia pointed the finger at Israel, while Israeli officials countered that ...")
                earlier = [(p, s) for p, e, s in subjects if e <= cue[0] and not self.finder.clause_cues(e, cue[0])]
                source, speaker = max(earlier)[1] if earlier else (source, speaker)
            sources = self._coordinated_actors(speaker) if speaker else []
            sources = sources if source in sources else [source]
            if rule.target == "reciprocal" and len(sources) < 2:
                sources = self._listed_before(view_sentence[0], cue[0]) or sources
            found = [
                record
                for each in sources
                for record in self._records(match, rule, each, speaker, (start, end), matches, sources)
            ]
            if found:
                taken.append(cue)
            for record in found:
                key = (record.source, record.target, record.kind)
                if UNKNOWN in key or (key in records and (key not in provisional or rule.after_blame)):
                    continue
                # a record that stands by itself replaces one kept only after a blame ("rejected
                # the claim, saying Serbia had nothing to do with it": the denial stands)
                records[key] = record
                provisional.discard(key)
                if rule.after_blame:
                    provisional.add(key)
        return list(records.values())

    def _listed_before(self, start: int, cue: int) -> list[str]:
        """The actors of a list right before a reciprocal cue, commas alone included ("Ukraine,
        Russia blame each other", a headline's "and"; "Israel and Hamas on Wednesday traded
        accusations"); none unless the list names two actors or more."""
        mentions = self.mentions(start, cue)
        if not mentions:
            return []
        run = self._coordinated_run(mentions, -1, _RECIPROCAL_LINK)
        between = self.article.text[run[-1].end : self.raw(cue, cue)[0]]
        actors = list(dict.fromkeys(m.actor for m in run))
        return actors if len(actors) > 1 and _BEFORE_RECIPROCAL.fullmatch(between) else []

    def _accused(self, denial: RuleMatch, source: str, matches: list[tuple[RuleMatch, BlameRule]]) -> list[str]:
        """Whom a denied accusation's "that" clause blames: the denier itself when the clause opens
        with a pronoun ("Israel disputed Russia's assertion that it used the plane as cover": not
        Russia, whose assertion it is), else the targets of a blame in the clause, else the actor
        the clause opens with when it is not the denier ("rejected Ukraine's claims that Russia had
        financed terrorism" clears Russia); none when the clause opens with no actor."""
        text = self.view.text
        start = denial.end + len(that.group()) if (that := _THAT.match(text, denial.end)) else denial.end
        if _PRONOUN_OPENING.match(text, start):
            return [source]
        targets = self._complement_targets(denial, matches)
        if targets:
            return targets
        stop = _CLAUSE_END.search(text, start)
        mentions = self.mentions(start, stop.start() if stop else len(text))
        if not mentions:
            return []
        first = mentions[0]
        opening = text[start : self.view.from_original(first.start)]
        return [first.actor] if _SUBJECT_BEFORE.fullmatch(opening) and first.actor != source else []

    def _in_complement(self, denial: int, cue: int) -> bool:
        """Whether a blame cue lies in the complement of a denial at ``denial``: no comma
        between, and no verb coordinated with the denial ("denied any involvement and blamed
        Ukraine" blames Ukraine), nor a verb of saying whose claim holds the cue ("has denied any
        wrongdoing and has said the Syrian army was to blame")."""
        between = self.view.text[denial:cue]
        saying = _COORDINATED_VERB.search(between)
        return (
            denial <= cue
            and "," not in between
            and not _VP_COORDINATION.search(between)
            and not _SUBORDINATE_CLAUSE.search(between)
            # a cue that is no noun too ("and has said"; not "the reports and claims that")
            and not (saying and self.finder.cues.is_cue(saying.group(1)) and self.finder.verb_cue(saying.group(1)))
        )

    def _joined_pair(self, first: Mention, last: Mention) -> bool:
        """Whether two mentions are joined by "and" alone, with no comma list before the first
        ("Poland, Lithuania and Latvia") nor "between" ("talks between Russia and Ukraine")."""
        text = self.article.text
        return bool(_JOINED_PAIR.fullmatch(text, first.end, last.start)) and not _PAIR_BREAK.search(
            text, max(0, first.start - 20), first.start
        )

    def _coordinated_actors(self, phrase: str) -> list[str]:
        """The actors of a subject that coordinates two or more of them and nothing else
        ("Russia and Syria", "Russian and Syrian officials"); else none."""
        mentions = find_mentions(phrase, self.registry)
        if len(mentions) < 2 or not _SUBJECT_BEFORE.fullmatch(phrase, 0, mentions[0].start):
            return []
        # each conjunct as its first mention and its head, the last ("the Syrian Kurdish-led SDF": the SDF)
        conjuncts = [(mentions[0], mentions[0])]
        for mention in mentions[1:]:
            first, head = conjuncts[-1]
            if _MODIFIER_GAP.fullmatch(phrase, head.end, mention.start):
                conjuncts[-1] = (first, mention)
            else:
                conjuncts.append((mention, mention))
        if not _SUBJECT_AFTER.fullmatch(phrase, conjuncts[-1][1].end):
            return []
        gaps = [phrase[a[1].end : b[0].start] for a, b in zip(conjuncts, conjuncts[1:], strict=False)]
        if not all(_SUBJECT_LINK.match(gap) for gap in gaps) or not re.search(r"\b(?:and|&)\b", " ".join(gaps)):
            return []
        actors = list(dict.fromkeys(head.actor for _, head in conjuncts))
        return actors if len(actors) > 1 else []

    def _records(
        self,
        match: RuleMatch,
        rule: BlameRule,
        source: str,
        speaker: str | None,
        sentence: tuple[int, int],
        matches: list[tuple[RuleMatch, BlameRule]],
        partners: list[str],
    ) -> list[BlameRecord]:
        if rule.target == "reciprocal":
            targets = [actor for actor in partners if actor != source]
        elif rule.target == "self":
            targets = [source]
        elif rule.target == "complement":
            targets = self._complement_targets(match, matches)
        elif rule.target == "accused":
            targets = self._accused(match, source, matches)
        else:
            subject = (speaker, self.view.from_original(sentence[0])) if speaker else None
            targets = self.targets(match, rule, subject, source)
        cue_start, cue_end = self.raw(*match.cue)
        cue_start = _past_closing_quote(self.article.text, cue_start, cue_end)
        label = self.voices.voice_of(cue_start, cue_end)
        voice = label.voice if source == OUTLET or label.voice != "editorial" else "reported"
        return [
            BlameRecord(
                source,
                target,
                rule.kind,
                voice,
                None if source == OUTLET else (label.speaker or speaker),
                self.article.text[cue_start:cue_end].strip(),
                cue_start,
                cue_end,
                rule.name,
                rule.explanation,
                self.article.text[sentence[0] : sentence[1]],
                sentence[0],
                sentence[1],
            )  # fmt: skip
            for target in targets
            # a source blaming its own side as "us" is a subject the rules could not name
            # ("They keep blaming us, a Ukrainian commander said"): no record
            if target != OUTLET and not (target == source and rule.kind == "blame" and self._first_person(match))
        ]

    def _first_person(self, match: RuleMatch) -> bool:
        return match.target is not None and _first_person(self.view.text[match.target[0] : match.target[1]])


def extract_blame(
    article: Article, registry: Registry, voices: VoiceMap, rules: tuple[BlameRule, ...] | None = None
) -> list[BlameRecord]:
    """Blame statements in the scored sentences of ``article``, in text order."""
    rules = rules or load_blame_rules()
    tables = _tables(rules)
    anaphoric = {rule.name for rule in rules if rule.after_blame}
    finder = _BlameFinder(article, registry, voices)
    records: list[BlameRecord] = []
    recent: list[list[BlameRecord]] = []  # the records of the last scored sentences
    for sentence in article.sentences:
        if sentence.role in SCORED_ROLES:
            # headline grammar in headlines and headings inside the body (``segment.telegraphic``)
            heading = finder.finder.headline_at(finder.view.from_original(sentence.start))
            table = tables["all" if heading else "body"]
            found = finder.sentence_records(sentence.start, sentence.end, table)
            if any(r.rule in anaphoric for r in found):
                blamed = {r.target for group in [*recent, found] for r in group if r.kind == "blame"}
                found = [
                    r
                    for r in found
                    if r.rule not in anaphoric
                    or r.source in blamed
                    or _names_denier(article, registry, r, sentence.start)
                ]
            records.extend(found)
            recent = [*recent, found][-AFTER_BLAME_SENTENCES:]
    return records


#: An accusation named after a claim, up to the denier's verb ("..., an accusation Kyiv rejected").
_ACCUSATION_AFTER_CLAIM = re.compile(
    r"(?:,|\s[\u2014\u2013]|\s--)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:accusations?|allegations?|charges?)\s[^,;:]*$"
)


def _names_denier(article: Article, registry: Registry, record: BlameRecord, sentence_start: int) -> bool:
    """Whether a denial after a claim denies an accusation of the denier with no verb of blaming
    ("Russia said Ukrainian forces had shelled the plant, an accusation Kyiv rejected"): the
    claim before the accusation names the denier."""
    named = _ACCUSATION_AFTER_CLAIM.search(article.text, sentence_start, record.cue_start)
    return named is not None and any(
        m.actor == record.source for m in find_mentions(article.text, registry, sentence_start, named.start())
    )


def blamed_spans(text: str, rules: tuple[BlameRule, ...] | None = None) -> list[tuple[int, int]]:
    """Target slots of the blame rules in one sentence (no actor registry needed): where a
    word lies in one of these, the sentence blames it."""
    spans = []
    for rule in _tables(rules or load_blame_rules())["blamed"].possible(text, 0, len(text)):
        for match in rule.matches(text, 0, len(text)):
            if match.target is None:
                continue
            start, end = match.target
            if rule.before:
                cut = _CLAUSE_CUT.match(text, start, end)
                start = cut.end() if cut else start
            spans.append((start, end))
    return spans
