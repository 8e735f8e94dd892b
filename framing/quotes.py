"""Quotations and attributed speech: direct quotes, indirect speech, speakers.

Works paragraph by paragraph on the normalised view and returns offsets into the raw
text. The rules, in order:

1. Direct quotes: quotation marks (curly or straight, double or single) paired within a
   paragraph; single marks are told from apostrophes by position (``quotation_text``);
   a quote left open at the end of a paragraph runs to its end and continues when the
   next paragraph opens with a quotation mark; quotes interrupted by their cue
   ("...," he said, "..." or "...," he said. "..." with no new cue introducing it) are one quote
   with two fragments.
2. A direct quote's attribution is the cue and speaker right after it in the same
   sentence (", Peskov told journalists" / ", said Peskov" / a dash and a name) or right
   before it ("Lieberman said: "..."", "X told listeners: "..."" or a comma). A quote with
   neither is kept only when it is a whole sentence or more (short "scare quotes" stay
   part of the surrounding voice). A quoted fragment inside the outlet's clause makes the
   whole clause indirect speech, as does one right after its cue with the outlet's words
   going on after it ('said "there is a big possibility" Obama may have ...').
   Transcript lines ("WALLACE: ...") are direct quotes of the capitalised name. A paragraph in
   no quotation marks after one that ends in a speaker, a cue and a colon ("Limbaugh added:")
   is a block quotation of that speaker (one paragraph).
3. Indirect speech: "according to X, ..." / "..., according to X"; "X said (that) ...";
   "X told Y (that) ..."; "..., X said."; "..., said X." after a clause; "X says A and said
   B" / "X did A and said B"; ", adding that ..."; "Y, dubbed Z by X, ..." (a reduced passive:
   the agent speaks).
   Reporting verbs come from ``reporting_verbs.tsv``; a cue inside a direct quote is not an
   attribution, nor is a passive ("was asked") unless the verb's passive attributes ("was
   accused of A", "is expected to A": the clause, nobody named; "was first reported by X":
   X's). A claim nested in another stays inside the outer content; "While X said A, B" ends
   the content before the main clause. In a headline, a short name before a colon ("Kremlin:
   ...") or after a final dash ("... - DPR head") speaks the rest.
4. Speakers: the noun phrase before the cue (appositions included) or after an inverted
   cue; pronouns and generic nouns ("the ministry") go to the most recent speaker, except
   that "it" or "they" after its own sentence's subject and verb is that subject, and an "It"
   opening a sentence is the body that was the subject of the sentence before; the
   speaker's actor comes from the actor registry. An apposition naming the claim before a
   naming cue (", a charge Delgado called ...") makes its labeller the speaker of the label.
"""

from __future__ import annotations

import functools
import itertools
import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from framing.actors import AID_WORK_WORDS, ORGANISATION_KINDS, Registry, resolve_phrase, stands_for_actor, voiced_body
from framing.errors import ConfigError
from framing.passives import load_participles
from framing.records import Article, QuoteRecord
from framing.resources import load_abbreviations, read_data_text, read_tsv
from framing.segment import telegraphic
from framing.spans import SpanIndex
from framing.textview import TextView, normalize
from framing.wordtrie import word_trie_pattern

QuoteKind = Literal["direct", "indirect"]
_OPENING_QUOTES = "\u201c\u201e\u00ab"
_MIN_CONTENT_WORDS = 2
#: The longest sentence subject read as a speaker (tried 8: more opening adverbials read as subjects).
_MAX_SUBJECT_WORDS = 6
_MIN_UNATTRIBUTED_WORDS = 6
#: The end of the sentence of an attribution that closes a quote before the quote goes on: the
#: attribution's circumstances (group 1), its full stop and a space or a paragraph break.
_ATTRIBUTION_CLOSES = re.compile(r"([^\n]*?)\.\s+")
#: An apposition or relative clause after a speaker that follows its cue ('said David Plouffe,
#: the architect of the campaign.', 'said Fowler, who has backed Clinton.'), up to its full stop.
_SPEAKER_APPOSITION = re.compile(r",\s+(?:a|an|the|his|her|their|its|who)\s[^\n.!?\"\u201c\u201d;:]{1,150}?(?=\.\s)")
_MAX_SPEAKER_WORDS = 14
_MAX_APPOSITION_WORDS = 30  # a speaker between a quote ending in a comma and its cue
_WORD = re.compile(r"\w+(?:['-]\w+)*")
#: The end of a sentence right after a position (spaces allowed).
_STOP_AFTER = re.compile(r"\s*[.!?]")
#: An adverb in -ly (not "family", "rally" ...).
_LY_ADVERB = r"(?!(?:family|ally|rally|assembly|supply|daily|weekly|monthly|anomaly|monopoly|bully)\b)[a-z]+ly"
#: Modals, and verbs and adjectives that raise their subject or share it with a base form
#: ("would claim", "appeared to blame", "chose instead to accuse", "were quick to blame"): the
#: subject speaks. Not "refused to", "was unable to" (no act; blame's ``_INFINITIVE_CHAIN`` adds
#: them, for whose words a blame is) nor "hopes to" (none yet).
_MODALS = r"would|will|could|can|cannot|might|may|must|should|did|does|do"
SHARED_SUBJECT = (
    r"appears?|appeared|seems?|seemed|yet|continues?|continued|chose|chooses?|opted|opts|sought|seeks?|tried|"
    r"tries|try|rushed|rushes|rush|hastened|hastens?|began|begins?|begun|went\s+on|quick|swift|eager|keen|ready"
)
#: A passive of belief that raises its subject ("The minister is said to have told colleagues
#: ...", "is widely believed to have warned"): what the subject is said to have done is still the
#: subject's act, the cue after it the subject's (the passive itself is a claim of its own,
#: unattributed).
_RAISED_PASSIVE = (
    r"(?:is|are|was|were)\s+(?:\w+ly\s+)?"
    r"(?:said|understood|believed|thought|reported|alleged|rumou?red|reputed|supposed)"
)
_RAISING = r"(?:(?:" + SHARED_SUBJECT + r")(?:\s+(?:instead|again|quickly|also))?|" + _RAISED_PASSIVE + r")\s+to"
#: Adverbs between a subject and its verb ("Moscow instead points", "Russia also said", "Israel
#: quickly denied") or between an auxiliary and its cue ("has long said").
_ADVERB_WORDS = (
    r"also|then|later|again|repeatedly|previously|earlier|never|once|twice|further|instead|meanwhile|likewise|too|"
    r"however|already|afterwards?|now|still|often|always|just|first|ever|" + _LY_ADVERB
)
_SUBJECT_ADVERB = re.compile(_ADVERB_WORDS)
_ADVERBIALS = (
    r"(?:\s+(?:has|have|had|is|are|was|were|am|been|"
    r"not|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|didn't|doesn't|don't|won't|wouldn't|"
    r"can't|couldn't|shouldn't|" + _MODALS + "|" + _RAISING + r"|in\s+turn|since|long|"
    # a quantifier floated after its plural subject ("Russia and Syria have both denied"), not one
    # that is the subject ("To varying degrees, all agreed", "a panel that all agreed")
    r"(?<![,;:]\s)(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)(?:both|all|each)|" + _ADVERB_WORDS + r"))*"
)
_TRAILING_ADVERBIALS = re.compile(_ADVERBIALS + r"\s*$")
#: A modal or a raising verb right before a base form: "would (later) claim", "appeared to blame",
#: "has yet to report" (not "the right to claim": a noun's infinitive).
_MODAL_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:" + _MODALS + r"|n['\u2019]t|" + _RAISING + r")\s+"
    r"(?:(?:also|later|not|never|again|" + _LY_ADVERB + r")\s+)?$",
    re.I,
)
#: Words that open a claim after a modal's noun-like verb ("would claim that", "pledge to").
_CLAUSE_AFTER_MODAL = frozenset("that he she they we i you there to whether how why what".split())
#: Adverbs between a speaker and the cue ('"...," my father often said', "Liz Cheney reportedly said").
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:also|then|later|again|once|often|still|never|first|further|" + _LY_ADVERB + r"))+$"
)
#: Auxiliaries and adverbs between "and"/"but" and a second cue ("... but has since said", "and
#: angrily accused", "and in turn accused", "and on Monday accused").
_AFTER_CONJUNCTION = (
    r"(?:has|have|had|also|then|later|again|since|long|often|instead|even|in\s+(?:turn|response|return)|"
    r"at\s+the\s+same\s+time|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _LY_ADVERB + ")"
)
#: Words that open an adverbial clause with a subject of its own ("after Warsaw expelled ...").
ADVERBIAL_SUBORDINATORS = r"while|whereas|although|though|because|as|when|after|before|since|if"
#: The same and "until", "once": words that open a clause with a subject of its own.
SUBORDINATE_OPENERS = ADVERBIAL_SUBORDINATORS + "|until|once"
#: Subordinators among the clause breaks: the clause they open belongs to a main clause before it.
_ADVERBIAL_SUBORDINATOR = re.compile(ADVERBIAL_SUBORDINATORS)
#: A subordinator closing a stretch, before a clause's subject ("..., with X saying ... while [the
#: war continued]"); not "as", which may open an attribution ("..., as officials said").
_SUBORDINATOR_AT_END = re.compile(r"\b(?!as\b)(?:" + SUBORDINATE_OPENERS + r")\s+$")
_CLAUSE_BREAK = re.compile(
    r"(?:(?:,(?!\d)|[;:(\u2014\u2013])\s*|\s-\s|\s(?:that|but|"  # not a number's comma ("2,000 people")
    + ADVERBIAL_SUBORDINATORS
    + r"|which|what|who|whom|where)\s(?!that\s)"
    # a title-case headline's subordinator ("Sprinter Banned After Tribunal Rejects Appeal")
    + r"|\s(?:"
    + SUBORDINATE_OPENERS.title()
    + r")\s)"
)
#: The participle and "as" before a name given in an apposition ("the group, known as Qilin"): no
#: conjunction "as" opening a clause.
_NAMED_AS_END = re.compile(
    r"\b(?:known|identified|described|named|designated|listed|nicknamed|dubbed|labell?ed|styled|referred\s+to)"
    r"\s+as\s*$"
)
#: A comma between clauses or phrases, not one inside a number ("2,000 people").
_COMMA = re.compile(r",(?!\d)")
#: A comma inside a number, part of its word ("About 200,000 people", "more than 1,000 judges").
_NUMBER_COMMA = re.compile(r",(?=\d)")
#: Nothing but spaces to the end of a line (a headline's end).
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")


def _comma_from(text: str, start: int, end: int) -> int:
    """Where the first comma of ``text[start:end]`` outside a number is, or -1."""
    found = _COMMA.search(text, start, end)
    return found.start() if found else -1


def _comma_before(text: str, start: int, end: int) -> int:
    """Where the last comma of ``text[start:end]`` outside a number is, or -1."""
    commas = [match.start() for match in _COMMA.finditer(text, start, end)]
    return commas[-1] if commas else -1


#: A capitalised "The" and name right after a lower-case word (group 1) that, unless a
#: preposition, a function word or a cue ("editor of The Guardian", "told The Times"), ends a
#: sentence whose full stop the text lost ("centers The S.E.C. said").
_LOST_STOP = re.compile(r"\b([a-z]+)\s+(The\s+[A-Z])")
_LEADING_FILLER = re.compile(
    r"(?:(?:however|but|and|so|yet|meanwhile|also|still|now|then|instead|which|who|whom|where|with),?\s+)+", re.I
)
#: Words in -ing that are prepositions, not participles ("companies including Maersk have ...").
_PREPOSITION_PARTICIPLES = ("during", "including", "regarding", "concerning", "according", "excluding")
#: A participle and the determiner of its object ("releasing a report" before "claiming ...").
_PARTICIPLE_OBJECT = re.compile(
    r"(?<![\w-])(?!(?:" + "|".join(_PREPOSITION_PARTICIPLES) + r"|following|morning|evening|"
    r"nothing|something|anything|everything|thing|king|spring|string)\s)[a-z]{2,}ing\s+(?=(?:a|an|the|his|her|their|its)\s)"
)
#: Possessive pronouns that own a claim noun ("his claim that ...").
_OWNER_PRONOUNS = ("his", "her", "their", "its")
#: Nouns for a speech act, which an apposition naming the words before it may use (", a remark
#: she later repeated").
_SPEECH_ACT_NOUNS = r"remark|comment|statement|warning|threat|promise|pledge|demand|argument|message"
#: Nouns of an outlet's apposition naming what the sentence before it reports (", a claim
#: Moscow denies", ", a move Athens welcomed", ", a figure the ministry disputes", ", a change they
#: warned would ..."): a claim, an act, a change or a prospect, a number, or a speech act.
_APPOSITION_NOUNS = (
    r"change|shift|trend|rise|increase|fall|decline|drop|loss|collapse|scenario|prospect|possibility|risk|danger|"
    r"charge|claim|accusation|allegation|assertion|contention|characteri[sz]ation|description|label|phrase|term|"
    r"suggestion|notion|idea|version|account|narrative|theory|view|position|assessment|conclusion|finding|fact|"
    r"move|step|decision|measure|policy|plan|proposal|deal|agreement|ruling|verdict|gesture|offer|request|"
    r"overture|concession|initiative|action|response|reaction|outcome|result|development|breakthrough|milestone|"
    r"compromise|reversal|setback|"
    r"figure|estimate|number|toll|tally|total|recommendation|advice|appeal|call|instruction|order|prediction|"
    r"forecast|assurance|admission|complaint|explanation|excuse|interpretation|vow|commitment|" + _SPEECH_ACT_NOUNS
)
#: A dash setting off an apposition in a comma's place (" - ", " -- ", "\u2013", "\u2014").
_SET_OFF_DASH = r"(?:\s--?\s|\s?[\u2013\u2014]\s?)"
#: An apposition naming the claim or the act before it and who labels it, up to a naming cue: ", a charge
#: Delgado called ...", ", an accusation that the ministry described as ...", ", a move Washington called ...";
#: a dash may set it off (" - a charge Abu Dhabi rejects").
_LABELLED_CLAIM = re.compile(
    r"(?:,[\"'\u201d\u2019]?\s+|" + _SET_OFF_DASH + r"\s*)(?:a|an|the)\s+(?:" + _APPOSITION_NOUNS + r")\s+"
    r"(?:that\s+|which\s+)?(\S[^,;:]{0,60}?)(?:\s+(?:" + _LY_ADVERB + r"|also|later|since|then|long))?\s+$"
)  # the labeller without its adverb ("a result the opposition immediately rejected as fraudulent")
#: A relative on the claim before it, up to a verb of dispute: ", which Eritrea has denied".
_WHICH_CLAIM = re.compile(r",\s+which\s+(\S[^,;:]{0,60}?)\s+$")
#: The word "as" with the space around it: before a label after its naming cue ("branded as
#: false"), or opening an attribution ("As Peskov said, ...", "..., as Moscow alleges, ...").
_AS_WORD = re.compile(r"\s*as\s+", re.I)
#: A claim noun after its owner's possessive, before a that-clause ("Trump's claim that ...").
_CLAIM_NOUNS = (
    "claims?|assertions?|contention|insistence|allegations?|conclusion|prediction|declaration|accusations?|"
    "argument|suggestion|statement|warning|belief|promise|pledge|denial|admission"
)
#: A claim's owner before its noun: a possessive pronoun, a name's or a noun phrase's "'s" (capitalised
#: or not: "His view is that").
_CLAIM_OWNER = (
    r"(?P<owner>(?<![\w'\u2019-])(?i:"
    + "|".join(_OWNER_PRONOUNS)
    + r")|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?=['\u2019]s\s)"
    r"|(?<![\w-])(?i:the|a)\s+(?:[a-z]+\s+){0,2}[a-z]+(?=['\u2019]s\s))"
    r"(?:['\u2019]s)?\s+(?:[a-z]+\s+)?"
)
_NOMINAL_CLAIM = re.compile(_CLAIM_OWNER + r"(?P<cue>" + _CLAIM_NOUNS + r")\s+(?P<that>that)\s")
#: "The government's position is that the strike was legal", "His view remains that ...": a
#: stance noun after its owner, a "be" and a that-clause, which is the owner's claim.
_STANCE_IS_THAT = re.compile(
    _CLAIM_OWNER + r"(?P<cue>view|position|stance|belief|argument|contention|assessment|conclusion|claim)\s+"
    r"(?:is|was|remains|remained|has\s+been)\s+(?P<that>that)\s"
)
#: What every ``_NOMINAL_CLAIM`` match holds, searched first since it is far cheaper.
_CLAIM_NOUN_THAT = re.compile(r"\s(?:" + _CLAIM_NOUNS + r")\s+that\s")
#: Where a noun phrase is a clause's subject: the sentence's start, after a conjunction, a
#: complementizer or a comma ("obvious that Trump's claim that A is false").
_SUBJECT_PLACE = re.compile(
    r"(?:^|(?<![\w-])(?:and|but|so|yet|that|whether|if|because|while|since|although|though|when|as)|,)$", re.I
)
#: A complementizer ending the words before a clause: what follows is embedded in another claim.
_EMBEDDING_END = re.compile(r"(?<![\w-])(?:that|whether|if)$", re.I)
#: A sentence's opening phrase, closed by a comma ("Contrary to his claim that A, B ...").
_OPENING_PHRASE = re.compile(
    r"(?:[A-Z][a-z]+(?:ed|ing)|Contrary|Despite|Given|Like|Unlike|Amid|Following|After|Before|Since|Beyond|"
    r"Besides|In|On|At|With|For|Of|From|Under|Over|Against|Without|Along|While|Although|Though|Whereas|Even|If|"
    r"Because|As|When)\b"
)
#: A subordinate attribution ("While X said A, B."): its content ends at the comma before the main clause.
_CONCESSIVE_WORDS = "while|although|though|whereas|because|if"
#: A subordinator opening a sentence ("Whether ...", "That ..."): outside the clause it opens.
_LEADING_SUBORDINATOR = re.compile(r"\s*(?:whether|if|that)\s+", re.I)
_SUBORDINATOR = re.compile(
    r"\s*(?:even\s+)?(?:" + _CONCESSIVE_WORDS + r"|since|when|as|after|before|until|once|unless)\b\s*", re.I
)
#: Heads of a market's prices and quantities, which never speak ("Shares in Intel fell ...").
_MARKET_HEADS = frozenset(
    "shares share stocks stock prices price markets market index indexes indices bonds yields currency dollar "
    "euro pound yen rouble ruble yuan futures oil gold bitcoin".split()
)
#: A subordinator inside a sentence, before its clause's subject ("fell after the chipmaker cut ...").
_CLAUSE_SUBORDINATOR = re.compile(r"\b(?:" + SUBORDINATE_OPENERS + r")\s+")
#: Words between a passive's subject and its participle ("has not been", "could be", "will be").
_PASSIVE_AUXILIARIES = frozenset(
    "is are was were be been being has have had will would could can may might must should not never "
    "also first often once long widely still already sometimes always usually ever even now again just".split()
)
#: The comma or dash that sets off a non-restrictive "who" from its antecedent.
_ASIDE_END = re.compile(r"\s*(?:,|\u2014|\u2013|--)$")
#: A person's age set off by commas before a relative ("Olena, 64, who"): the person is the antecedent.
_AGE_APPOSITIVE = re.compile(r",\s*\d{1,3}$")
#: A word with any apostrophes and hyphens in or around it.
_TOKEN = re.compile(r"[\w'\u2019-]+")
#: A word with the punctuation attached to it.
_WORD_SPAN = re.compile(r"\S+")
#: A relative "who" ending the words before a cue.
_FINAL_WHO = re.compile(r"(?<![\w'\u2019-])who\s*$")
#: A non-restrictive "which" ending the words before a cue ("the EU, which contended that ...").
_ASIDE_WHICH = re.compile(r",\s+(which)\s*$")
#: Relative words that speak for their antecedent.
_RELATIVE_SPEAKERS = frozenset(("who", "which"))
#: Relative pronouns that open a comma-set aside after a sentence's subject ("Costa, whose aide ...,").
_ASIDE_RELATIVES = frozenset(("who", "which", "whose", "whom"))
#: What ends the text before a passive's subject: punctuation, a conjunction, a subordinator or a relative.
_RELATIVES = frozenset("which who whom what that whose why how".split())
#: Words that open a subordinate clause: a passive after one ends at the comma before the main clause.
_PASSIVE_SUBORDINATORS = frozenset(
    "although though while whereas because since if unless when whenever as after before whether where".split()
)
_PASSIVE_SUBJECT_BOUNDARIES = (
    _RELATIVES | _PASSIVE_SUBORDINATORS | frozenset(", ; : ( ) \u2014 -- and but or so".split())
)
_MAX_PASSIVE_SUBJECT_WORDS = 10
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: What ends a passive's agent: a preposition before a lower-case word ("by Russia of shooting",
#: "by the mayor for ...", "by critics as ..."), not a name's own ("by the Council on Foreign Relations").
_AGENT_END = re.compile(
    r"\s(?:(?:for|as|in|on|at|after|during|over|since|with|because|when|while|before|to)\s+(?=[a-z\"\u201c'])"
    # a year or a weekday: "rejected by the council in 2015", "approved by the board on Monday"
    r"|(?:in|since|during)\s+(?=\d{4}\b)|on\s+(?=(?:" + _WEEKDAYS + r")\b)"
    r"|of\s+(?=[a-z]+ing\b))"
)
#: The charge after a passive of accusing's agent: "of" and a lower-case word ("accused by Kyiv of
#: the killings"; not "by the Ministry of Defence").
_CHARGE_OF = re.compile(r"\sof\s+(?=[a-z\"\u201c])")
#: Forms of "stand" that make a passive of accusing as "be" does ("The generals stand accused of ...").
_STAND_FORMS = frozenset("stand stands stood standing".split())
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|being|" + "|".join(sorted(_STAND_FORMS)) + r")|\bit['\u2019]s)"
    r"(?:\s+(?:first|also|not|never|widely|long|often|once|\w+ly))*\s+$",
    re.I,
)  # "It's claimed that ...", "The generals stand accused of ..." too
#: A pronoun with a contracted auxiliary before a cue ("who's called for", "she'd said"); not "it's",
#: which before a participle is a passive ("it's claimed").
_CONTRACTED_AUXILIARY = re.compile(r"\b(who|he|she|they|we|i|you)['\u2019](?:s|ve|d)$", re.I)
#: A cue form that is the first word of a compound noun with the word after it ("a think tank",
#: "ignored warning signs", "fired warning shots", "a report card", "the call centre"): no verb.
_COMPOUND_NOUNS = {
    "think": frozenset("tank tanks".split()),
    "warning": frozenset("sign signs shot shots light lights label labels system systems".split()),
    "report": frozenset("card cards".split()),
    "call": frozenset("centre centres center centers sign signs".split()),
    "claim": frozenset("form forms".split()),
}
#: Reflexive pronouns: after a call form they give the subject a name ("calling itself X").
_REFLEXIVES = frozenset("itself themselves himself herself myself ourselves yourself yourselves".split())


def _fixed_phrase(text: str, start: int, end: int) -> bool:
    """Whether the cue form ``text[start:end]`` is no verb of saying here: the first word of a
    compound noun (``_COMPOUND_NOUNS``), or a call form giving its subject a name ("a gang calling
    itself BlackVault", "rebels who call themselves the Army of God"; not "called himself a victim")."""
    form = text[start:end].lower()
    following = text[end : end + 60].split()[:3]
    if not following:
        return False
    if following[0].lower().strip(",.;:") in _COMPOUND_NOUNS.get(form, ()):
        return True
    named = following[1:2] if following[1:2] != ["the"] else following[2:3]
    return form in _CALL_FORMS and following[0].lower() in _REFLEXIVES and bool(named) and named[0][:1].isupper()


#: Verbs whose object is a charge or a word given ("traded blame", "Trade Accusations", "shifted
#: blame", "took questions"): a noun-like cue right after one is their object, no verb of saying.
_EXCHANGE_VERBS = frozenset(
    "trade trades traded trading swap swaps swapped swapping exchange exchanges exchanged exchanging shift shifts "
    "shifted shifting deflect deflects deflected deflecting apportion apportioned share shares shared sharing "
    "take takes took taking accept accepts accepted accepting".split()
)
#: A state right after the cue: "Hundreds feared dead", "two reported missing" are passives
#: ("are feared dead") whose subject said nothing.
_STATE_AFTER = re.compile(r"\s+(?:dead|killed|missing|injured|wounded|trapped|drowned|lost|kidnapped|captured|hurt)\b")
#: A concessive or conditional clause; unlike _SUBORDINATOR, not "as" ("..., as Peskov said").
_CONCESSIVE = re.compile(r"\s*(?:even\s+)?(?:" + _CONCESSIVE_WORDS + r"|unless)\b", re.I)
_DEGREE_WORDS = frozenset("most more least less very".split())
_FINITE_VERBS = frozenset(
    "is are was were has have had will would could can should may might must did does do needed wanted seemed "
    "issued made took gave got became remained appeared cannot can't won't didn't doesn't don't isn't wasn't "
    "hasn't haven't wouldn't couldn't shouldn't".split()
)
#: A finite verb right after a cue means the cue's clause has no subject of its own ("What
#: Putin says is ..."); not "do"/"don't", which open a reported order ("Doctors say don't panic").
_GAP_VERBS = _FINITE_VERBS - {"do", "don't", "don\u2019t"}
#: Marks that close a quotation.
_CLOSING_QUOTE_MARKS = ('"', "\u201d", "\u2019", "'")
#: A lower-case finite verb, as a word.
_FINITE_VERB_WORD = re.compile(
    r"(?<![\w'-])(?:" + "|".join(sorted(_FINITE_VERBS - {"do", "did", "does"}, key=len, reverse=True)) + r")(?![\w'-])"
)
#: Finite verbs that are also names when capitalised ("Theresa May", "Will Hurd", "Can Dundar").
_NAME_VERBS = frozenset("may will can".split())


def _person_noun(word: str) -> bool:
    """A common noun naming a person or people ("spokeswoman", "witness", "analysts", "head"; not
    a capitalised word of a body's name, "the State Department", nor a document that speaks, "the
    statement", "the report")."""
    lower = word.lower().strip(",")
    if word[:1].isupper() or lower in _READ_HEADS:
        return False
    return lower in _DASH_SPEAKER_NOUNS or any(
        p.fullmatch(lower) for p in (PERSON_WORDS, _PERSON_PLURAL, _PERSON_SINGULAR)
    )


def _inner_phrase(words: list[str], start: int, aside: bool, name: bool = False) -> bool:
    """Whether the phrase from ``words[start]`` to the end (a name if ``name``), before a relative
    "who", sits inside the noun phrase before its preposition, whose head the relative then refers
    to: when the noun before the preposition names a person ("the head of the agency", "a
    spokeswoman for the union, who", "a spokeswoman for Greenpeace, who"), or before "of" and a
    phrase that names none ("the chair of the board"; but "the credibility of the witness", "the
    rise of Donald Trump"); never when a comma closes the noun before the preposition ("the
    campaign, with Hillary Clinton, who"); after a preposition other than "of", only when a comma
    sets the relative off ("a spokeswoman for the union, who"; not "voted for Clinton, who")."""
    if start < 2 or words[start - 2].endswith(","):
        return False
    preposition, head = words[start - 1].lower(), words[start - 2]
    if preposition == "of":
        return _person_noun(head) or not (name or _person_noun(words[-1]))
    return aside and preposition in _PREPOSITIONS and _person_noun(head)


def _named_holder(words: list[str], first: int, last: int) -> int:
    """Where a relative "who"'s antecedent starts when the phrase ``words[first : last + 1]`` is
    the body a named person belongs to ("Sophie Renard of the CGT union, who", "Jim
    Smith of the Sierra Club, who", "Karen Doyle, general secretary of the union, who"): at that
    person's name (up to four capitalised words before "of", or before a role set off by a comma);
    else ``first``."""
    start = first - 1 if 0 < first < len(words) and words[first - 1].lower() == "the" else first
    if start < 2 or words[start - 1] != "of" or first > last:
        return first
    holder = start - 1
    # "Karen Doyle, general secretary of the union, who": the name before a role set off by a comma
    role = list(itertools.takewhile(lambda w: w.isalpha() and w.islower(), reversed(words[: start - 1])))
    before_role = start - 2 - len(role)  # the word a comma ends, when there is one before the role
    if 0 < len(role) <= 3 and before_role >= 0 and _person_noun(role[0]) and words[before_role].endswith(","):
        holder -= len(role)
    name = list(
        itertools.takewhile(lambda w: w[:1].isupper() and w.rstrip(",")[-1:].isalpha(), reversed(words[:holder]))
    )
    if holder < start - 1 and not (name and name[0].endswith(",") and all(w[-1].isalpha() for w in name[1:])):
        return first  # the comma ends the name right before the role
    return holder - len(name) if 0 < len(name) <= 4 else first


def _before_relative(words: list[str]) -> list[str]:
    """The words before the first relative pronoun ("a source who spoke on condition of
    anonymity": "a source"), all of them when there is none."""
    for index, word in enumerate(words):
        if word.lower() in _RELATIVES:
            return words[:index]
    return words


def _plain_past(word: str) -> bool:
    """A past tense or participle of one word ("destroyed", "fled"), not a compound ("Britain-based")."""
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4 and "-" not in word)


def _finite_verb(word: str) -> bool:
    """A finite verb, not a name spelled like one ("Theresa May said")."""
    lower = word.lower()
    return lower in _FINITE_VERBS and not (word[:1].isupper() and lower in _NAME_VERBS)


#: Pronouns a contact relative relates to before its speaker ("Everything Trump says is ...").
_GAP_ANTECEDENTS = frozenset("everything anything nothing something all much little whatever".split())
#: A past or present participle ("released", "passing").
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|ing)")
#: A clause's first words and a participle with its object after them ("Police investigating
#: the blast", "Diplomats attending the talks"): group 1 is the noun phrase.
_REDUCED_RELATIVE = re.compile(r"\s*((?:[\w'\u2019.-]+\s+){0,4}?[\w'\u2019.-]+)\s+" + _PARTICIPLE_OBJECT.pattern)
#: Finite verbs that are a clause's main verb, not an auxiliary before another ("There are voters who").
_MAIN_FINITE_VERBS = frozenset("is are was were has have had".split())
#: Words that open a phrase of time or place after a cue ("said on Tuesday", "told reporters in Kyiv").
_WHEN_WHERE = "in|on|at|during|late|early|earlier|later|yesterday|today|tonight|" + _WEEKDAYS
_PREPOSITION_START = re.compile(
    r"^\s*(?:at|in|on|during|after|before|while|with|to|from|for|despite|amid|late|early|last|this|earlier|later|as|when|following|"
    r"yesterday|today|tonight|" + _WEEKDAYS + r")\b"
)
#: In a headline, another subject's clause after a comma ("Syria accuses US of theft, Washington
#: rejects charge"): a capitalised name of up to three words and a verb in the present.
_HEADLINE_NEXT_CLAUSE = re.compile(r",\s(?:[A-Z][\w'\u2019.-]*\s){1,3}[a-z]+[^s\W]s\b")
#: In a headline, the subject's next act after a comma, a verb of saying in the present (group 1:
#: "Ex-army chief says he was ordered to fire, blames president").
_HEADLINE_NEXT_VERB = re.compile(r",\s([a-z]+[^s\W]s)\s")
#: In a headline, a clause of circumstance after "as" ("rejects fraud claims as opposition calls
#: for protests"): up to three words and a verb in the present (group 1) with words after it; not
#: a label ("dismisses the report as fake news").
_HEADLINE_AS_CLAUSE = re.compile(r"\sas\s(?:[\w'\u2019-]+\s){1,3}?([a-z]+[^s\W]s)\s\w")
#: Cue forms after which a "most" is a subject, not an adverb of degree ("but most said ...").
_QUANTIFIER_CUES = frozenset(
    "said say says told think thought believe believed agree agreed argue argued insist insisted warn warned".split()
)
#: Irregular past tenses that resume a main clause after a relative clause (", spoke on Tuesday").
_IRREGULAR_PAST = frozenset(
    "spoke went came met left won lost ran wrote held led sent kept began fled stood flew told thought knew felt "
    "heard found brought laid paid made gave took got saw sought struck fought caught bought built chose broke "
    "spent drove threw drew grew fell rose sank tore swore wore shook forgot forgave hid rode rang sang "
    "stole stuck swung woke bent dealt dug froze hung meant sold slept swept taught understood withdrew "
    "withheld upheld overcame overtook undertook spun stung bled clung flung slid sprang sat ate drank wept crept "
    "knelt leapt strove arose awoke shone sped swam".split()
)
#: The same, as a regular-expression alternation.
_IRREGULAR_PAST_ALTERNATION = "|".join(sorted(_IRREGULAR_PAST))
#: Irregular past forms whose participle is the same form and often names people sent or told to do
#: something ("Observers sent to monitor the vote", "Residents told to leave").
_SENT_PARTICIPLES = frozenset("sent brought paid told taught made".split())


def _sent_to_do(word: str, following: str) -> bool:
    """Whether ``word`` before ``following`` is a participle of people sent or told to do
    something ("sent to monitor", "told to leave"): a passive, no clause's verb."""
    return word in _SENT_PARTICIPLES and following == "to"


#: The verb of a sentence whose subject holds a participle cue ("figures showing a fall are").
_VERB_AFTER_SUBJECT = re.compile(r"\s(?:is|are|was|were)\s")
#: A relative word right before a verb ("the deal that [was signed]").
_RELATIVE_END = re.compile(r"\b(?:that|which|who)\s*$")
#: A relative clause opening after a speaker ("said a woman whose home burned").
_RELATIVE_OPENING = re.compile(r"\s*(?:who|whose)\s")
#: "... and that ...": the next of two that-clauses, where a claim nested in the first one ends.
_NEXT_THAT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+that\s")
#: Forms of the verbs that dispute a claim: after ", which" they take the whole clause before it.
_DISPUTING_FORMS = frozenset(
    "deny denies denied dispute disputes disputed reject rejects rejected contest contests contested "
    "refute refutes refuted dismiss dismisses dismissed".split()
)
#: Words that open the subject of a clause right after a noun naming a claim ("..., a charge Tehran
#: denies", "a charge both countries reject", "a decision critics said rewarded ..."): who labels or
#: denies the claim.
_CLAIM_SUBJECT_WORDS = (
    r"(?:the|its|his|her|their|they|he|she|it|we|both|all|many|most|several|each|critics|analysts|officials|"
    r"experts|observers|opponents|diplomats|economists|activists|campaigners|lawmakers|residents|witnesses)\b|[A-Z]"
)
_CONTENT_END = re.compile(
    r";\s|,\s(?:adding|saying|arguing|noting|explaining|according to|although|though)\b"
    r"|,\s(?:and|but)\s(?:when|while|as|after|before|if|then)\b"  # "..., and when pressed on why ..."
    # "..., without providing evidence", "..., before saying that ...": the act's circumstance
    r"|(?:,|(?<=,[\"\u201d]))\s(?:without|before|after)\s(?:\w+ly\s)?[a-z]+ing\b"
    r"|,\seven\sas\b"  # "..., even as Russia's military insisted ..." (not "even if": the claim's condition)
    # "..., a claim for which they offered no evidence", "..., a charge Moscow denies", "...,
    # charges Israel has never confirmed", "..., comments that alarmed neighbours": the outlet's
    # apposition naming the claim
    r"|(?:,\s|" + _SET_OFF_DASH + r")(?:(?:a|an)\s(?:[a-z]+\s)?(?:" + _APPOSITION_NOUNS + r")"
    r"|charges|claims|allegations|accusations|assertions|comments|remarks|statements|warnings|threats|pledges)\s"
    r"(?:that|which|for\swhich|" + _CLAIM_SUBJECT_WORDS + r")"
    # "..., a remark widely read in Moscow as an admission", "..., a move seen by many as ...": the
    # outlet's apposition taking the claim as something, a participle and perhaps where
    r"|(?:,\s|" + _SET_OFF_DASH + r")(?:a|an)\s(?:[a-z]+\s)?(?:" + _APPOSITION_NOUNS + r")\s(?:\w+ly\s)?"
    r"(?:[a-z]+ed|seen|read|taken|understood)\s(?:(?:in|across|among|at|on)\s(?:[A-Za-z]+\s){1,2})?(?:as|by)\s"
    # "Rights groups say the deal has led to abuses, which Tunis denies": another speaker's dispute
    r"|,\swhich\s(?:(?:[A-Z][\w.'\u2019-]*\s){1,3}?|(?:he|she|it|they|the\s[a-z]+)\s)"
    r"(?:(?:has|have|had|always|strongly|flatly|vehemently)\s){0,2}(?:" + "|".join(sorted(_DISPUTING_FORMS)) + r")\b"
    # (not a relative aside on the claim's subject, its verb after it: "the claims, which the company
    # denies, are false")
    r"(?![^,;.]*,\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|remains?)\b)"
    r"|,\swith\s[^,;]{1,80}?\s(?:saying|adding|arguing|noting|warning|insisting|claiming)\b"  # ", with X saying ..."
    r"|,\sbut\s(?=[A-Z]|(?:he|she|they|it|we|i)\s)"
    # "..., but most said an explosion was ...": a quantifier's own attribution
    r"|,\sbut\s(?=(?:most|some|many|others|few|several|all|both)\s(?:\w+ly\s)?(?:"
    + "|".join(sorted(_QUANTIFIER_CUES))
    + r")\b)"
    # "..., but in the course of their report they ...": a phrase, then a new subject
    r"|,\sbut\s(?!in\s(?:his|her|their|its|our|my)\s(?:view|opinion|words|mind|telling|account|judge?ment)\b)"
    r"(?=(?:in|on|at|after|during|for|with|by)\s[^,;\"]{1,40}?,?\s(?:he|she|they|it|we|i)\s)"
    r"|,\s(?:and|but)\sthat['\u2019]s\s"  # "..., and that's something most would disagree with"
    # "... -- assuming that ...": the outlet's participle after a dash
    r"|\s(?:--|[\u2014\u2013])\s?(?=(?![a-z]*thing\s|during\s)[a-z]+ing\s)"
    r"|" + _SET_OFF_DASH + r"(?:although|though|even\sthough)\s"  # "... — though Whitfield added ...", as after a comma
    r"|,\s(?:but|and)\s(?:also\s|then\s|later\s)?(?=(?:[a-z]+ed|" + _IRREGULAR_PAST_ALTERNATION + r")\s)"
    # "..., the first time Wellington has publicly blamed Beijing": the outlet's count of the act
    r"|,\s(?:the|its)\s(?:first|second|third|fourth|fifth|last|only)\s(?:time|occasion)\s"
    # "..., a day after a gunfight at a monastery left four dead": the outlet's time of the act
    r"|,\s(?:(?:just|only|barely|a|an|one|two|three|few|several|some|\d+)\s+){0,2}"
    r"(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after|before)\s"
    # "... but have not said who was behind them", "... but did not give details": a second verb
    # of saying or of giving what was said, the speaker's own
    r"|,?\s(?:and|but)\s(?:has|have|had|did|does|do|would|will)\s(?:not\s|never\s)?(?:yet\s)?"
    r"(?:said|say|told|tell|stated|state|commented|comment|named|name|identified|identify|disclosed|disclose|"
    r"explained|explain)\b"
    r"|,?\s(?:and|but)\s(?:has|have|had|did|does|do|would|will)\s(?:not|never)\s(?:yet\s)?"
    r"(?:give|provide|offer|elaborate|specify|reveal|cite|present)\b"
    # "... but gave no details", "... and offered no evidence": what the speaker withheld
    r"|,?\s(?:and|but)\s(?:gave|provided|offered|cited|presented)\s(?:no|few)\s"
)
#: Auxiliaries a speaker's predicate may repeat after "and" ("has said A and has challenged B").
_PREDICATE_AUXILIARY = r"(has|have|had|will|would)"
#: The auxiliary right before a cue ("has said", "will repeatedly say"): group 1.
_CUE_AUXILIARY = re.compile(r"\b" + _PREDICATE_AUXILIARY + r"\s+(?:[a-z]+ly\s+|also\s+)?$")
#: "and" and an auxiliary with no subject between them, then a verb ("and has challenged").
_AND_AUXILIARY = re.compile(r",?\s+and\s+(?:also\s+)?" + _PREDICATE_AUXILIARY + r"\s+(?:not\s+)?[a-z]+\b")
#: A passive clause, then "and" with a past tense and an object ("said an investigation had been
#: opened and suspended the unit's commander"), or a past verb of asking for something ('had been
#: "stolen in broad daylight" and called for protests'): a passive takes no object, so the act
#: after "and" (group "act" starts there) is the speaker's own, not more of the claim.
_PASSIVE_THEN_ACT = re.compile(
    r"\b(?:been|was|were|is|are|be|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|[\"\u201c][a-z]+(?:ed|en|wn)\b[^\"\u201c\u201d]{0,60}[\"\u201d])(?P<act>\s+(?:and|but)\s+)"
    r"(?:(?:[a-z]+ed|" + _IRREGULAR_PAST_ALTERNATION + r")\s+(?:the|a|an|his|her|its|their)\s"
    r"|(?:called|appealed|asked|pressed|pushed)\s+for\s)"
)
#: A conjunction left at a content's end when the content was cut before the verb after it.
_TRAILING_CONJUNCTION = re.compile(r"(?<=\w)[,\s]+(?:and|or|but)$")
#: A clause of when or why an act of saying happened, right after the quotation it said
#: ('chanted "lock her up" when he appeared').
_CIRCUMSTANCE_AFTER = re.compile(r"[,.]?\s+(?:as|when|while|after|before|until|because)\s")
#: Coordinators that join a list's members, not an insertion ("Corker, R-Tenn., and Lindsey Graham, R-S.C.").
_AND_OR = frozenset("and or but nor".split())
#: After a word in -ing, a list's last item that is no -ing word: the word is a noun in a list
#: ("no water, heating or electricity"), no participle ("killing and wounding dozens" is one).
_LISTED_NOUN_NEXT = r"(?!(?:or|and)\s(?![a-z]+ing\b))"
#: "..., (implicitly) contradicting the police's claim": the outlet's participle clause after a
#: content that follows its cue; a content before its cue keeps it ("Shells struck the hospital,
#: killing nine patients, the WHO said").
_OUTLET_PARTICIPLE = re.compile(
    r",\s(?:(?!early|family|rally|ally|assembly|supply)[a-z]{2,}ly\s|even\s)?(?!including\b)[a-z]+ing\s"
    + _LISTED_NOUN_NEXT
)
#: A clause of time set off by a comma after a content that follows its cue ("warned both sides not to
#: discuss the case, after a tabloid published ...", "said the border would stay closed, when asked
#: about the protests"): when the act of saying happened, not what was said.
_OUTLET_TIME_CLAUSE = re.compile(r",\s(?:after|before|when)\s")
#: The outlet's comment on the act of saying, set off by a comma after its content ("accused him of
#: spying, in the latest tit-for-tat move", "said the talks had failed, in a sign of tension", ",
#: in what appeared to be a setback"): no part of what was said.
_OUTLET_COMMENT = re.compile(
    r",\s+in\s+(?:what\s|the\s+latest\s|(?:an?|another|a\s+further|a\s+rare|an\s+apparent|a\s+clear)\s+"
    r"(?:[a-z-]+\s+)?(?:sign|move|blow|setback|rebuke|swipe|reversal|escalation|indication|signal|step|show)\b)"
)
#: ", and" with a new subject and its plain past ("admitted it had overstated profits, and its
#: auditor resigned"): the outlet's narration after a claim in the past perfect (``_backshifted``).
_AND_NEW_SUBJECT_PAST = re.compile(
    r",\s+and\s+(?:the|its|his|her|their)\s+"
    r"(?:(?!(?:had|has|have|was|were|is|are|did|would|will|could|may|might)\s)[a-z][\w'\u2019-]*\s+){0,3}?(?:[a-z]+ed|"
    + _IRREGULAR_PAST_ALTERNATION
    + r")\b(?!\s+(?:is|are|was|were|has|have|had|will|would|by)\b)"
)
#: A past perfect: "had" and a participle ("had overstated", "had not paid", "had taken").
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:not\s+)?(?:[a-z]+(?:ed|en)|" + _IRREGULAR_PAST_ALTERNATION + r")\b"
)
#: Words right before a participle in a past perfect ("had left", "had been struck", "had already gone").
_PERFECT_BEFORE_PARTICIPLE = frozenset("had been already not never".split())
#: What may be left of a content before a coordinated cue ("agreed, but also contended ..."): no claim.
_BARE_CONJUNCTION = re.compile(r"(?:and|but|or|yet)(?:\s+" + _AFTER_CONJUNCTION + r")*")
#: "and"/"but" right before a cue, with up to two auxiliaries or adverbs ("and has since said"), or
#: ", yet" and ", then" (not "not yet"; "denied the charge, then admitted it").
_COORDINATION = r"(?:and|but|(?<=,\s)yet|(?<=,\s)then)\s+(?:" + _AFTER_CONJUNCTION + r"\s+){0,2}$"
_COORDINATED_CUE = re.compile(r"[\s,]" + _COORDINATION)
#: The same after a comma ("denied A, and has accused B", 'calling it "a lie," and accused B'):
#: the subject's next act.
_COMMA_COORDINATED_CUE = re.compile(r",[\"\u201d]?\s+" + _COORDINATION)  # also after a quote's comma
#: What before a cue continues the main clause's action ("..., touting A and saying B", "began by
#: saying", "refused, while arguing that ...", "went on to explain"): the main clause's subject speaks.
#: Not "without saying" (no claim) nor "of saying" ("accused him of saying": his, not the subject's).
#: Not "for"/"in" either ("asked Dean to apologize for suggesting ...", "right in saying": the object's).
_GERUND_AFTER = re.compile(r"(?<![\w-])(?:and|by|after|before|while|when|upon)\s+$", re.I)
#: A preposition opening a sentence before a participle cue ("After saying her knee was hurt, she
#: ...", "By insisting that ..., the governor ..."): the main clause's subject speaks.
_OPENING_PREPOSITION = re.compile(r"(?:after|before|by|upon|since|aside\s+from|apart\s+from|while|when)\s+$", re.I)
_COMMA_PARTICIPLE = re.compile(
    r"(?:^|,)\s*(?:(?:each|both|all|also|then|some|many|most|several|others|\w+ly)(?:\s+of\s+them)?\s+)?[a-z]+ing\s"
)
#: The end of the text before a participle cue set off by a comma, with an adverb of sequence
#: or degree (", instead accusing", ", again saying", ", even suggesting"); not an adverb of the
#: outlet's reading (", effectively conceding": the outlet's participle clause).
_COMMA_BEFORE_PARTICIPLE = re.compile(r",[\s\"]*(?:(?:also|then|again|instead|later|even|further)\s+)?$")
_EMBEDDED_CLAUSE = re.compile(r"(?<![\w-])(?:that|who|which|whom|whose|if|because)(?![\w-])", re.I)
_FOR_BEFORE = re.compile(r"(?<![\w-])for\s+$")
_GO_ON_TO = re.compile(r"(?<![\w-])(?:go|goes|went|going)\s+on\s+to\s+$", re.I)
#: Nouns in _NOUN_CONTEXT ("media reports") that can head a subject themselves ("state media ignored").
_PRESS_NOUNS = frozenset("media news press".split())
#: Words before a plural noun ("media reports", "the claims"): the form is a noun there.
_NOUN_CONTEXT = frozenset(
    "the a an of in on by to from with these those such many some several most all both few media news recent "
    "earlier latest "
    "unconfirmed press local initial first new false other their his her its our your my "
    "international foreign federal western eastern northern southern independent regional unnamed anonymous".split()
)
#: Words after a verb that make it a phrasal verb reporting no claim ("called to service", "called up").
_PARTICLES = frozenset("to into up in on off out back for from with".split())
_DETERMINERS = frozenset("a an the his her their its our my your this these those every each".split())
#: Numbers and quantities that open a noun phrase ("one mother", "two analysts", "several officials").
_COUNTED = frozenset("one two three four five six several some many".split())
#: The first person outside quotation marks: the writer, the outlet's own voice ("I say ...").
WRITER_PRONOUNS = frozenset({"i", "we"})
#: A dash that opens or closes an aside inside a sentence ("A \u2014 even as he says B \u2014 C").
_ASIDE_DASH = re.compile(r"\u2014|\s--?\s|\s\u2013\s")
#: An adverb set off by commas between a subject and its verb ("Some Democrats, however, question").
_INSERTED_ADVERB = re.compile(
    r",\s*(?:however|though|meanwhile|too|also|instead|in\s+turn|for\s+(?:their|its|his|her)\s+part)\s*,\s*$"
    # a relative clause set off by commas: "The emails, which were obtained by the paper, show ..."
    r"|,\s+(?:which|who)\s[^,.;:!?\"\u201c\u201d]*,\s*$"
    # ... or its reduced form, a participle and its agent: "The documents, seen by the newspaper, show ..."
    r"|,\s+[a-z]+(?:ed|en|wn)\s+by\s[^,.;:!?\"\u201c\u201d]{1,60},\s*$",
    re.I,
)
#: Words that open a content clause right after a verb ("the poll shows that", "shows the").
_CLAUSE_OPENERS = frozenset(
    "that the a an he she it they we his her its their there no this these whether how why what".split()
)
#: The addressee of "told" and other verbs with an object: a pronoun, a group, or a name.
_ADDRESSEE = re.compile(
    r"\s+(?:me|us|him|her|them|you|reporters|journalists|lawmakers|supporters|voters|listeners|viewers|readers|followers|"
    # audiences and bodies addressed with no name: "told parliament", "told the court", "told investors",
    # "told a court", "told a federal jury"
    r"parliament|congress|legislators|parliamentarians|senators|delegates|investors|analysts|students|diplomats|donors|"
    r"(?:the|a)\s+(?:[A-Za-z-]+\s+)?(?:court|jury|judge|tribunal|committee|panel)|"
    r"the (?:senate|chamber|assembly|nation|public|house)|"
    # "told the crowd", "told a cheering crowd", "told crowds", "told a crowd of thousands (of supporters)"
    r"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,2})?(?:crowds?|audiences?)\b"
    r"(?:\s+of\s+(?:several\s+|some\s+|about\s+)?(?:thousands|hundreds|dozens|[\d,]+|supporters|people)"
    r"(?:\s+of\s+[a-z]+)?\b)?|"
    r"(?:[A-Za-z]+\s+)?(?:television|TV|radio|media)|"  # "told local television", "state TV"
    # an occasion or an outlet with up to two modifiers, named ones too: "told a regular UN briefing",
    # "told this newspaper", "told our correspondent"
    r"(?:a|an|the|this|our)\s+(?:[A-Za-z-]+\s+){0,2}(?:briefing|conference|meeting|hearing|session|rally|gathering|"
    r"forum|summit|interview|news agency|broadcaster|newspaper|paper|magazine|website|podcast|programme|program|"
    r"radio station|television channel|channel|station|outlet|reporter|correspondent|journalist)|"
    # "told the council before the vote", "told his aides during the flight": the occasion after the addressee
    r"(?:the|his|her|their|its|all|both)\s+(?:[A-Za-z]+\s+)?[a-z]+s?"
    r"(?=\s+(?:he|she|they|it|we|i|to|at|in|on|that|by|during|after|before|ahead|amid|outside)\b)|"
    # a bare plural before the clause or the occasion, with one modifier at most: "told developers at the
    # conference", "told staff that", "told cheering supporters in the capital", "told police he was",
    # "told employees the company would"
    r"(?:(?!(?:the|an|his|her|their|its|our|my|your|that|this|these|those|some|many|all|both)\b)[a-z]{3,}\s+)?"
    r"(?:(?!(?:lies|stories|jokes|tales)\b)[a-z]{3,}s|police|staff|people|personnel)"
    r"(?=\s+(?:he|she|they|it|we|i|that|the|his|her|their|its|at|in|on|during|after|before|outside)\b)|"
    r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*){0,4}"
    # a channel's number ("told Channel 12 she", "told BBC Radio 4 that"), not a count ("told Reuters 40 people")
    r"(?:\s+\d{1,3}(?=\s+(?:he|she|they|it|we|I|that|the|a|an|his|her|its|their)\s|[,.;:]))?"
    # "told Fox News host Sean Hannity", "told CNN anchor Jake Tapper": a programme's presenter by name
    r"(?:\s+(?:host|co-host|anchor|correspondent|reporter|presenter|interviewer|columnist)\s+"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?)(?=[\s,.;:]|$)"
)
#: An addressee named with its possessor ("told CNN's State of the Union", "told the newspaper's
#: editorial board", "told USA TODAY's weekly video series"): a title of capitalised words, or up to
#: four lower-case words, followed by the clause's subject (a pronoun, a determiner or "that").
_POSSESSIVE_ADDRESSEE = re.compile(
    r"\s+(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3}['\u2019]s\s+"
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w.'\u2019-]*){0,4}|[a-z-]+(?:\s+[a-z-]+){0,3})"
    r"(?=\s+(?:he|she|they|it|we|I|that|the|a|an|his|her|its|their)\s)"
)
_COMMA_ONLY = re.compile(r",\s*")
#: A speaker phrase ending in its restrictive relative word ("donors from around the country who").
_RESTRICTIVE_END = re.compile(r"\s(?:who|that)$")
_TO_ADDRESSEE = re.compile(r"\s*to" + _ADDRESSEE.pattern + r"[\s.,;:!?]*$")
#: What follows a cue's object when the cue has content of its own: a charge ("accused Holt of
#: being a Democrat", "blamed Clinton for ..."), "that", or a clause opened by a pronoun or a
#: determiner ("told reporters the plan was dead").
_OBJECT_THEN_CONTENT = re.compile(r"\s*(?:(?:of|for|that)\s|(?:he|she|they|it|we|I|the|a|an|his|her|their|its)\s)")
#: What a cue is about ('says of Clinton, "..."', 'said of the prospect'); "about 20" is a number.
_TOPIC = re.compile(r"\s+(?:of|about)\s+(?!\d)[^\s,:;.!?\"]+(?:\s+[^\s,:;.!?\"]+){0,5}")
#: A time or place, then an infinitive, after a cue with no addressee: the infinitive is the
#: content ("agreed on Monday to cut emissions", "vowed at the rally to fight on"); not "to" before
#: a determiner, a pronoun or a listener ("spoke on Monday to reporters").
_TIMED_INFINITIVE = re.compile(
    r"(\s+[^,.;:!?\"]{1,40}?)\s+((?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|us|"
    r"me|you|reporters|journalists|supporters|lawmakers|voters|members|delegates|crowds?)\b)[a-z]+\b)"
)
#: A particle after a cue that holds its object ("put it to rest", "put it on hold"): a literal use.
_PLACING = re.compile(
    r"\s+(?:to|into|on(?!\s+(?:"
    + _WEEKDAYS
    + r")\b)|onto|off|out|up|back|aside|away|forward|together|down|through|behind)\b"
)
#: Words after a cue that show it does not report a claim ("called into", "learned from"), or
#: stand for one said elsewhere ("Anyone who says otherwise has not read it", "who said so is").
_NOT_A_CLAIM = re.compile(
    r"\s+(?:by|from|into|in\s+to|with|up|otherwise"
    r"|so(?=\s*[,.;:!?]|\s+(?:is|are|was|were|has|have|had|will|would|should|must|can|could|may|might)\b))\b"
)
#: A verb of answering whose "to" names what it answers ("responded to the attack with shelling",
#: "replied to critics") or whom it is accountable to ("Ukraine answers to Washington"): a stimulus
#: or an addressee, no claim unless a that-clause follows.
_ANSWER_VERBS = frozenset(
    "reply replies replied replying responded answer answers answered answering".split()
)  # the cue forms in reporting_verbs.tsv
_ANSWERED = re.compile(r"\s+to\s+(?!(?:be|have|do|say|make|take|give)\b)")
#: "called" with an object pronoun and no label, only a time, a place or nothing after it: a
#: telephone call or a summons ("had called her the night before the flight", "called them back");
#: not with a quoted label later ("called them in an article last week, "Manchurian anchors"").
_CALL_FORMS = frozenset("call calls called calling".split())
#: What follows a person telephoned or summoned: nothing, an adverb, a time or a preposition
#: ("called him back", "called Netanyahu late on Friday", "called her the night before").
_AFTER_PHONED = (
    r"(?:\s*(?:[.,;:!?]|$)|\s+(?:again|back|later|earlier|late|early|repeatedly|twice|once|personally|directly|"
    r"yesterday|today|tonight|last\s|this\s|next\s|every\s|"
    r"(?:on|at|from|in|of|for|with|by|about|into|over|near|after|before|during|to)\s|" + _WEEKDAYS + r"|"
    r"the\s+(?:next|following|previous|same)\s|the\s+(?:night|day|morning|evening|week)\s+(?:before|after)\b))"
)
_PHONED = re.compile(r"\s+(?:me|us|him|her|them|you)" + _AFTER_PHONED)
_AFTER_PHONED_PERSON = re.compile(_AFTER_PHONED)
#: "called" with a person and an infinitive or a place after them: a telephone call or a summons
#: ("called the president-elect to congratulate her", "called reporters to his office"); not a
#: label for a plan ("called the decision to withdraw a mistake"): group 1 the object's head.
_PHONED_PERSON = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:[\w.'-]+\s+){0,3}?([\w'-]+)\s+to\s+(?!be\b)[a-z]"
)


def _phoned_person(rest: str) -> bool:
    """Whether a "called" whose words follow in ``rest`` telephoned or summoned someone named as
    its object and gave no label: a name or a noun naming a person ("the ambassador", "her rival",
    "President Ruto", "Israel's prime minister", "the families of the victims") before "to", or
    before nothing, a comma, a preposition, a time or an adverb ("called Netanyahu on Sunday",
    "called the families personally"); or a particle ("called off the search"); or a body called
    to order. Not "called him a liar", "called Trump racist", "called the decision to withdraw a
    mistake", "called the head of the agency a liar"."""
    found = _PHONED_PERSON.match(rest)
    if found:
        words = [*rest[: found.start(1)].split(), found.group(1)]
        if all(w[:1].isupper() for w in words):  # a name ("Prime Minister Modi")
            return True
        head = found.group(1).lower().removesuffix("-elect")
        if _person_noun(head) or _person_noun(head + "s"):  # "her rival": as "rivals" would be
            return True
    content = re.sub(r"[\s.!?;:]+$", "", rest).strip()
    tokens = list(re.finditer(r"[\w'\u2019.-]+|[,\"\u201c\u201d]", content))
    words = [token.group() for token in tokens]
    if not words:
        return False
    if words[0].lower() in ("off", "up") or re.match(r"(?:\S+\s+){1,4}to\s+order\b", content):
        return True
    if words[0][:1].isupper():
        end = len(list(itertools.takewhile(lambda w: w[:1].isupper(), words[:4])))
        # a person's role after a possessive name: "Israel's prime minister", "Russia's envoy"
        if words[end - 1].lower().endswith(("'s", "\u2019s")):
            roles = (size for size in (2, 1) if len(words) >= end + size and _person_noun(words[end + size - 1]))
            end += next(roles, 0)
    elif words[0].lower() in _DETERMINERS:
        people = (i for i in range(1, min(len(words), 4)) if _person_noun(words[i]) or _person_noun(words[i] + "s"))
        head = next(people, None)
        if head is None:
            return False
        end = head + 1
    else:
        return False
    after = content[tokens[end - 1].end() :]
    if not _AFTER_PHONED_PERSON.match(after):
        return False
    # no label after the person's prepositional phrase, before any infinitive of purpose ("called the
    # head of the agency a liar"; not "called Netanyahu on Sunday to discuss a ceasefire")
    before_purpose = re.split(r"\bto\s+[a-z]", after, maxsplit=1)[0]
    return not re.search(r"\b(?:a|an)\b|[\"\u201c]", before_purpose)


#: A quote signed by a dash and a name at the end of its paragraph.
_BYLINE = re.compile(r"[ \t]*([\u2014\u2013]|--?)[ \t]*([A-Z][^\n;:!?\"]{0,60}?)[ \t]*\.?[ \t]*(?=\n|$)")
#: What "claimed" takes when it is no claim: "the crash claimed the lives of 15", "claimed 200 lives".
_LIVES = re.compile(
    r"\s+(?:the\s+)?(?:[\d,]+\s+|many\s+|(?:dozens|hundreds|thousands)\s+of\s+)?(?:lives?|life)\b", re.I
)
#: A stretch of time after "for" ("for years", "for a long time"): how long an act went on, so
#: "argued for years that" is "argued", no phrasal "argue for" whose object is the time.
_DURATION = (
    r"(?:weeks|months|years|days|decades|hours|some\s+time|a\s+(?:week|month|year|while|decade|long\s+time)|"
    r"the\s+first\s+time)\b"
)
_TIMED_FOR = re.compile(r"\s+" + _DURATION)
#: A phrase that "reads" right after a quote ('"...," the statement read'; '"...," the letter
#: reads.'): when its head is a document (``_READ_HEADS``) it speaks. "read" is no cue elsewhere
#: ("Putin read the report").
_READ_PHRASE = r"((?:the|a|an|its|his|her|their|one)(?:\s+[\w'\u2019-]+){1,7}?)"  # "the Kremlin's statement"
_READ_SUBJECT = _READ_PHRASE + r"\s+(reads?)"
_READS = re.compile(r"[ \t]*" + _READ_SUBJECT + r"\b")
#: The same, inverted ('"...," read one banner.'): group 1 the verb, group 2 the phrase, which ends
#: its clause.
_READS_INVERTED = re.compile(r"[ \t]*(reads?)\s+" + _READ_PHRASE + r"(?=\s*(?:[.,;]|$))")
#: The same phrase right before a quote ('The statement read: "..."'), perhaps with an aside after
#: the document ('The letter, signed by 40 lawmakers, reads: "..."') or how much is quoted ('read,
#: in part: "..."').
_READS_BEFORE = re.compile(
    r"(?<![\w-])"
    + _READ_PHRASE
    + r"(?:\s*,[^,:;\"\u201c\u201d]{1,60},)?\s+(reads?)(?:\s*,\s*in\s+(?:part|full))?\s*[:,]\s*$",
    re.I,
)
#: A question put to someone ("I asked the mayor why ...", "We asked Ms. Ortiz whether ..."): the
#: one asked (group "who", a common head in group "head") answers in the sentence after ("He said ...").
_ASKED = re.compile(
    r"\basked\s+(?P<who>(?:the|a|an|our|my)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+)\s+(?:why|whether|if|how|what|when|where|who|about)\b"
)
#: The paragraph openers of a question-and-answer interview ("Q: ...", "A: ...").
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(A|Answer)\s*([:.])\s+")
#: How far before an interview's first question its introduction may name the interviewee.
_INTRODUCTION_CHARS = 600
#: A preposition of place or belonging, or "the", before a name in an interview's introduction ("has
#: lived in the town of Harrow Creek", "a teacher at Stockholm University", "the Nord Stream
#: pipelines"): that name is nobody's.
_NOBODY_BEFORE_NAME = re.compile(r"\b(?:of|in|at|from|near|outside|inside|across|the)\s+$", re.I)
#: A school's or a hospital's name before the comma that sets off its campus or town ("the
#: University of California, Irvine", "Texas A&M University, Corpus Christi"): one name.
_CAMPUS_BEFORE = re.compile(
    r"\b(?:University|College|Institute|Hospital|School)(?:\s+of(?:\s+[A-Z][\w&.'\u2019-]*)+)?$"
)
#: A transcript line: a speaker's name in capitals and a colon ("WALLACE: ..."); a place there is a
#: dateline or a news digest's section ("NEW DELHI: ...", "BRAZIL: ..."; QuoteFinder.dateline_end).
_TRANSCRIPT = re.compile(r"\"?([A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3})(:)\s+")
#: A name before a colon ("Lagarde: ...", "Christine Lagarde: ..."): right after a question's
#: paragraph ("Question: ..."), the person answering it.
_NAMED_ANSWER = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)(:)\s+(?=\S)")
#: A transcript line labelled by the speaker's role ("Moderator: ...", "Host: ...").
_ROLE_LINE = re.compile(
    r"(Moderator|Host|Co-host|Interviewer|Presenter|Anchor|Chair|Chairman|Chairwoman|Judge|Witness|Caller|"
    r"Questioner|Prosecutor|Defendant)(:)\s+"
)
#: A fact check's label before the claim it examines, at a paragraph's start ("Claim: ...", "The
#: viral claim: ...", "RUMOUR: ..."): someone's claim, whoever made it, never the outlet's.
_CLAIM_LABEL = re.compile(
    r"(?:the\s+)?(?:(?:viral|false|misleading|disputed|online)\s+)?(claims?|allegations?|rumou?rs?)\s*:\s+", re.I
)
_LAST_CONJUNCTION = re.compile(r"\s(?:and|but|or|so)\s(?!.*\s(?:and|but|or|so)\s)")
_FUNCTION_WORDS = frozenset("and or but as the a an of to in on for with that whether if by from at than".split())
#: Nouns in -s that are no verb ("The state-run news agency was ...", "the crisis").
_S_NOUNS = frozenset("news series species headquarters means politics crisis basis status campus census".split())
#: A lower-case word that ends a subject: a past or present verb, an adverb, an auxiliary; not a
#: possessive ("The Japanese prime minister's top adviser"; a pronoun's "'s" is: _CONTRACTIONS).
_VERB_LIKE = re.compile(
    r"[a-z]+(?:ed|[^s'\u2019]s|ly)|also|never|later|again|earlier|previously|already|still|often|always|"
    r"then|has|have|had|is|was|will|would|can|could|saw|made|took|said"
)
#: Words opening a new main clause of contrast ("..., but the Coalition, which ..., wants").
_CONTRAST_OPENERS = frozenset(("but", "yet", "while", "whereas"))
#: A new main clause with its own subject ("..., but Putin later played it down, calling ...", "...,
#: but the opposition voted against it, saying ...", "..., while four preferred a cut, arguing ...").
_NEW_MAIN_CLAUSE = re.compile(
    r"(?:,\s*(?:but|while|whereas|yet)|;)\s+(?=[A-Z]|(?:he|she|they|we|the|some|many|most|others|both|several|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)"
)
_NUMERAL = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)",
    re.I,
)
#: A time stamp opening a live blog's entry ("10:42", "10.42 GMT", "1042 GMT -", "9:05 a.m.") or
#: a timeline's date ("Sept 18 \u2013").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
#: A time after a passive's "by" ("is expected by June", "was approved by the end of 2023",
#: "must be filed by Friday"): a deadline, not an agent.
_DEADLINE = re.compile(
    r"(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:" + _MONTH + r"(?![\w'\u2019-])|(?:" + _WEEKDAYS + r")\b|\d{4}\b|(?:next|this)\s+(?:week|month|year)\b"
    r"|tomorrow\b|tonight\b|midnight\b|noon\b)"
)
_TIMESTAMP = re.compile(
    r"(?:(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CES?T|EST|EDT|PST|PDT|ET|PT|local\s+time))?"
    r"|\d{4}\s*(?:GMT|UTC|BST|CES?T|EST|EDT|PST|PDT|ET|PT|local\s+time))"
    r"(?:\s*[\u2014\u2013:-])?"
    # a timeline's date, always set off by a dash or a colon ("Sept 18 \u2013", "18 September 2018:")
    r"|(?:" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?|(?:1[5-9]|20)\d{2})"
    r"\s*[\u2014\u2013:-])\s+(?=[A-Z\"\u201c\u2018'])"
)
#: Verbs of speaking that are no cue alone but introduce what follows a colon ("Putin speaks: ...").
_SPEAKS = frozenset("speaks spoke responds responded reacts reacted replies replied".split())
#: A short attribution before a colon opening a sentence ("Putin speaks: ..."), its verb in group 1.
_LEADING_ATTRIBUTION = re.compile(r"(?:[\w.'\u2019-]+\s+){1,4}([a-z]+):\s+")
#: A name before a colon ("Lieberman: ...", "Vladimir Putin: ..."), its last word in group 3.
#: A parenthesis may follow the name, as in a parliamentary transcript ("Mr Hughes (Leeds North): ...");
#: group "title" holds a personal title ("Mr", "Dr.").
_PERSON_COLON = re.compile(
    r"((?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov)\.?\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}([A-Z][\w'\u2019-]*)(?:\s+\([^()\n]{1,40}\))?):\s+(?=\S)"
)
#: A dateline opening a story ("WASHINGTON ―", "MOSCOW (Reuters) -", "NAIROBI, June 26 (Reuters) -",
#: "KYIV, Ukraine, Sept. 3 (AP) —"), or a place or a credit in brackets ("(Bangkok) – ", "(CNN) — ",
#: as rights groups and some broadcasters open): not part of any content.
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.' ]{2,30}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?){0,2}(?:\s*\([^()]{1,30}\))?"
    r"|\([A-Z][\w.' ]{1,30}(?:,\s*[A-Z][\w.' ]{1,20})?\))\s*[\u2014\u2013-]\s+"
)
#: A headline's final dash and a short source after it ("... - DPR head", "... — Kremlin"), group 1.
_DASH_SOURCE = re.compile(r"\s[-\u2013\u2014]\s+((?:[\w.'\u2019-]+\s){0,3}[\w.'\u2019-]+)\s*$")
#: A non-restrictive relative clause after a label ("what it calls ethnic cleansing, where ..."): the label ends.
_LABEL_ASIDE = re.compile(r",\s+(?:where|which|who|whom|when|while)\b")
#: A relative aside closing a noun phrase, also after a quantifier ("Residents, several of whom have ...").
_SUBJECT_ASIDE = re.compile(
    r",\s+(?:(?:some|many|most|several|all|none|one|two|both|each|few|half)\s+of\s+)?(?:which|who|whom)\s[^,]*$"
)
#: A relative pronoun opening an aside, at the end of the words before a cue ("one student, who [asked]").
_RELATIVE_OPENED = re.compile(r",\s+(?:which|who)$")
#: A non-restrictive relative clause in the words before an attribution, from its relative word.
_RELATIVE_ASIDE = re.compile(r",\s+((?:which|who)\s[^,]*)$")
#: A relative clause set off by two commas ("The Front, which officials say is a proxy, claimed
#: ..."): a cue inside it is the clause's own, joined to nothing after it.
_CLOSED_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom)\s[^,;.]*,")
_SUBORDINATE_TAIL = re.compile(r"(?:as|while|when|after|before|because|since|although|though|\w+ing)\b", re.I)
#: An addressee and an infinitive after a verb of asking or urging ("urged residents to stay
#: home", "called on Trump to apologize"): up to six words without punctuation or a conjunction
#: but "or" (and but for one before a name or a determiner: "urged India and Pakistan", "Israel and
#: its allies", "anyone with dashcam or phone footage"),
#: or up to three and a "who" relative of up to six ("urged owners who notice a soft brake pedal
#: to contact ..."), then "to" and a word that is not a determiner or a pronoun ("told the story to
#: reporters" is no request).
_OBJECT_INFINITIVE = re.compile(
    r"\s+(?!(?:that|to|whether|how|what|why|if|when|where|who|about|of|for|with)\b)"
    r"((?:(?!(?:and|but|then)\s(?![A-Z]|(?:the|its|his|her|their|our|other)\s))[\w.'\u2019-]+\s+){1,6}?"
    r"(?:(?<=\swho\s)(?:(?!(?:and|but|then)\s)[\w.'\u2019-]+\s+){1,6}?)?"
    r"(?:not\s+|never\s+)?to\s+[\"\u201c]?"
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|you|it|reporters|"
    r"journalists)\b)[a-z]+\b)"
)
#: An addressee and a noun whose own infinitive follows ("informed Netanyahu of the decision to
#: provide ...", "told him about plans to ..."): the infinitive is the noun's, not a request.
_INFINITIVE_NOUN = re.compile(
    r"\s(?:about|over)\s|(?:decision|plans?|intention|efforts?|attempts?|bid|move|right|promise|"
    r"orders?|requests?|need|way|chance|time|ability|opportunity|power|permission|offer|proposal|deal|"
    r"agreement|pledge|commitment|campaign|push|refusal|failure)\s+(?:not\s+|never\s+)?to\s"
)
#: "tells his supporters (at a rally) to go ...": an instruction after the addressee.
_TO_CLAUSE = re.compile(r"(?:\s+(?:at|in|on|during)\s[^,.;:!?\"]{0,40}?)?\s+(to\s+\"?[a-z]+)")
#: A time named from now: "last week", "this morning", "this past weekend", "next Tuesday" (not
#: "this is wrong", "last-minute changes": a claim's subject).
_DEICTIC_TIME = (
    r"(?:last|this|next)\s+(?:past\s+)?(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|"
    r"fall|autumn|winter|time|season|quarter|" + _WEEKDAYS + r")\b"
)
#: A passive participle and its agent, no noun phrase ("organized by Serbia", "backed by Iran").
_AGENT_PHRASE = re.compile(r"[a-z]+(?:ed|en|wn)\s+by\s")
#: A time, then a verb of the clause it or the thing set for it is the subject of ("[said] Friday
#: was a day of mourning", "[planned] for next week would go ahead", "[called for] Friday will");
#: "lead" is its preposition.
_TIME_THEN_VERB = re.compile(
    r"\s+(?P<lead>(?:for|on|in|at|until|by)\s+)?(?:(?:the|a|this|next|last|early|late|mid)[\s-]+)?"
    r"(?:" + _WEEKDAYS + r"|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|"
    r"winter|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})"
    r"(?:\s+\d{1,2})?\s+(?:" + _MODALS + r"|is|are|was|were|has|have|had)\s"
)
#: The first word of a phrase of time, place or medium between a cue and its quote ('said
#: Tuesday: "...', 'said in a statement on Friday, "...').
_CIRCUMSTANCE_START = re.compile(r"(?:" + _WHEN_WHERE + r"|via|through|after|before|from)\b|" + _DEICTIC_TIME, re.I)
#: A passive of perception before a participle cue: "(can be) heard", "was overheard", "was seen",
#: "was caught on camera".
_PERCEIVED_PASSIVE = re.compile(
    r"\s+(?:be\s+|being\s+)?(?:heard|overheard|seen|caught(?:\s+on\s+(?:camera|tape|video|a\s+hot\s+mic))?)\s*$"
)
#: Who a participle cue right after a verb of perception or "of" belongs to ("footage of Trump
#: saying", "the video shows him saying").
_PERCEIVED_SPEAKER = re.compile(
    r"(?<![\w'\u2019-])(?:of|shows?|showed|showing|featuring|features|featured|hear|hears|heard|see|sees|saw|"
    r"watch|watches|watched|caught)\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|him|her|them)\s*$"
)
#: A day and its circumstances at the end of a content ("... Wednesday on The Laura Ingraham Show");
#: not a day that ends a phrase of time inside the claim ("had been closed since Sunday").
_TRAILING_DAY = re.compile(
    r"(?<!\bsince)(?<!\buntil)(?<!\btill)(?<!\bfrom)(?<!\bbefore)(?<!\bafter)(?<!\bby)(?<!\bthrough)(?<!\band)"
    r"\s+(?:(?:late|early)\s+(?:on\s+)?|on\s+|last\s+|this\s+)?(?:" + _WEEKDAYS + ")"  # "early on Sunday"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:on|at|in|during)\s+[^,;\"]{0,60})?\s*$"
)
#: The go-between who carried a speaker's words ("through his lawyer", "via a spokeswoman").
_GO_BETWEEN = (
    r"(?:through|via)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:spokes(?:wo)?man|spokesperson|lawyers?|"
    r"attorneys?|representatives?|interpreter|translator|aides?|publicist|agent|family)"
)
#: Where and how something was said, at the end of a content ("... in a statement on Thursday").
_TRAILING_MEDIUM = re.compile(
    r"\s+(?:(?:in|during|via)\s+(?:(?:a|an|the|his|her|their|its|several|two|three)\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?"
    r"(?:statement|interview|tweet|tweets|speech|letter|post|op-ed|email|memo|news conference|press conference|"
    r"conference call|phone interview|video|ruling|remarks|comments|message|address|testimony|appearance|posts|"
    r"briefing|broadcast|column|podcast|diatribe|rant|"
    r"magazine|newspaper|newsletter|blog|book|memoir|essay|article|editorial|commentary)"
    r"|(?:in|on|via)\s+(?:(?:the|a|his|her|their|its)\s+)?(?:Twitter|Facebook|Instagram|Telegram|YouTube|"
    r"television|TV|radio|conference call|website)"
    # through whom it was said: "denied any wrongdoing through his lawyers"
    r"|" + _GO_BETWEEN + r")"
    r"(?![\w-])"
    r"(?:(?!\s(?:because|although|though|since|unless|if|so|but)\s)[^\"]){0,80}$"
)  # not "comment on the letter because ...": the topic of a verb, then a clause of the claim's own


#: A document the claim was made in, after a comma at the end of a content, with what the text
#: says of it ("accused the federation of concealing tests, in a report that its president
#: called "a hatchet job"", "..., in a filing with the court on Monday"); no comma after it
#: outside a quotation, so "the findings, in a report due next month, would show" keeps its clause.
_TRAILING_DOCUMENT = re.compile(
    r",\s+(?:in|through)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|study|filing|submission|document|assessment|review|dossier|complaint|lawsuit|indictment|"
    r"white paper|communiqu\u00e9|communique|declaration|resolution)s?"
    r"(?![\w-])(?:[^,\"]|\"[^\"]*\"){0,150}$"
)


#: What may close a content after what was said: a day, a medium, a document (a day only
#: after its cue; before it, it dates the event).
_TRAILING_CIRCUMSTANCES = (_TRAILING_DAY, _TRAILING_MEDIUM, _TRAILING_DOCUMENT)


def _only_circumstances(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``text`` is only a time, a place or a medium (``pattern`` matching it from its start)
    with no clause in it ("again on Monday", "in his newspaper column"; not "before the vote that
    the deal was dead")."""
    return (
        bool(pattern.match(text))
        and not _RELATIVE_IN_OBJECT.search(text)
        and not any(_finite_verb(w) for w in text.split())
    )


#: An introduction that names the quote after it as a statement: "Sanders made the following
#: comment:", "The ministry issued the following statement:" (the cue runs from the verb to the noun).
_FOLLOWING_INTRO = re.compile(
    r"\b(?P<cue>[a-z]+\s+the\s+following\s+(?:statements?|comments?|remarks?|message|tweet|response|"
    r"explanation|words|note|reply|answer))\s*:\s*$"
)
#: A cue before its speaker, before a quote at the start of a sentence ('Said Ellis: "..."').
_INVERTED_BEFORE = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\s+([A-Z][^:,\"]{0,60}?)\s*[:,]\s*$")
#: "accused Israel's air force of ...", "blamed Israel for ...": for these verbs with an object,
#: the accused and the charge are together what the speaker claims ("charged X with ..." needs
#: no rule: "charge" takes no addressee, so its content starts right after it).
_ACCUSATION = re.compile(r"(?:accus|blam)\w*$", re.I)
#: "urged restraint", "urges retaliation on Russia": with no infinitive after it, what a verb of
#: urging asks for is its object, and that is the content (as PolNeAR marks it).
_URGING = re.compile(r"urg\w*$", re.I)
#: The full stop of an initial or a short title inside a sentence ("Gen.", "Mr.", "M."): no sentence end.
_TITLE_STOP = (
    r"(?<=\s[A-Z])\.|(?<=\s[A-Z][a-z])\.|(?<=\s[A-Z][a-z]{2})\.|(?<=\s[A-Z][a-z]{3})\."
    r"|(?<=\.[A-Z])\."  # the last stop of an initialism ("the U.S. of", "U.N.")
)


def _object_then(prepositions: str) -> re.Pattern[str]:
    """An object after a verb of accusing, up to one of ``prepositions`` and the word after it;
    the object may hold a scare quote ('blamed the "Zionist enemy" for the incident') or a title's
    full stop ("accused army chief Gen. Abdel Fattah Burhan of seeking ...")."""
    return re.compile(
        r"\s+((?:[^.;:!?\"]|" + _TITLE_STOP + r"|\"[^\".;:!?]{1,40}\"){1,80}?\s(?:" + prepositions + r")\s+\S)"
    )


#: The accused and the charge after a verb of accusing.
_ACCUSED_AND_CHARGE = _object_then("of|for|with")
#: What is blamed and its charge or, after "on", its cause ("blamed the fire on faulty wiring").
_BLAMED_AND_CAUSE = _object_then("of|for|with|on|upon")


def _accused_and_charge(text: str, cue_word: str, at: int, end: int) -> re.Match[str] | None:
    """The accused and the charge after a verb of accusing or blaming at ``at`` ("accused Holt of
    lying", "blamed the fire on faulty wiring"), or None for other verbs."""
    if not _ACCUSATION.match(cue_word):
        return None
    return (_BLAMED_AND_CAUSE if cue_word.startswith("blam") else _ACCUSED_AND_CHARGE).match(text, at, end)


_PRONOUN_CLAUSE = re.compile(
    r"(?:\s+(?:this|last|on|in|at|earlier|later)\b[^,.;:!?\"]{0,30}?)?\s+((?:he|she|they|it|we|i)\s+\w)", re.I
)
#: A time or place phrase, or a condition, opening a that-clause before its subject ("said that
#: around that time, ...", "worried that if the state held up the deal, ...").
_OPENING_ADVERBIAL = re.compile(
    r"(?:around|about|at|in|on|during|after|before|by|since|until|within|shortly|soon|then|last|this|earlier|"
    r"later|yesterday|today|overnight|if|unless|when|whenever|once|because|although|though|while|even)\b",
    re.I,
)
_WH_CLAUSE = re.compile(r"\s*((?:whether|how|why|what|who|if)\s)", re.I)
#: A label and a colon opening a text ("Exclusive: ..."): a rubric when the label is in _RUBRICS.
_RUBRIC_OPENING = re.compile(r"\s*([A-Za-z][\w&'\u2019 -]{0,24}?)\s*:\s+")
#: A press release's embargo notice before a colon, its time included ("EMBARGOED UNTIL 00:01 GMT
#: THURSDAY: ..."); group 1 is its first word.
_EMBARGO = re.compile(r"\s*(embargoed)\b[^\n\"\u201c]{0,50}?:\s+", re.I)
#: Section labels before a headline's colon: the outlet's rubric, not a speaker.
_RUBRICS = frozenset(
    "opinion|analysis|editorial|comment|commentary|op-ed|column|explainer|exclusive|breaking|live|update|updated|"
    "watch|video|photos|in pictures|interview|review|fact check|factcheck|timeline|podcast|letters|letter|q&a|q & a|"
    "faq|quiz|graphic|chart|map|recap|preview|obituary|profile|feature|investigation|special report|"
    "briefing|newsletter|live updates|live blog|as it happened|in depth|in-depth|viewpoint|perspective|"
    "first person|long read|the big picture|world|politics|business|sport|sports|science|health|tech|"
    "technology|culture|travel|weather|correction|clarification|editor's note|editor\u2019s note|note|"
    "postscript|addendum|disclosure|transcript|q|a|satire|parody|humour|humor|essay|guest essay|dispatch|"
    "spotlight|insight|deep dive|"
    # a fact check's verdict on the claim it examines ("THE FACTS: That's false."): the outlet's own
    "fact|facts|the facts|the fact|verdict|the verdict|reality|the reality|truth|the truth|rating|our rating|"
    "our ruling|bottom line|the bottom line".split("|")
)
#: A regular past form or participle in lower case ("resigned", "accused").
_REGULAR_PAST = re.compile(r"[a-z]+ed")
#: Participles that follow the noun they modify and may stand before its verb ("the economists
#: polled predicted ...", "officials contacted declined ...").
_POSTMODIFIERS = frozenset(
    "polled surveyed interviewed questioned contacted consulted involved concerned affected asked quoted named "
    "mentioned cited detained arrested accused injured wounded displaced evacuated".split()
)
#: Prepositions before a place ("in Syria", "on Capitol Hill"): a name after one is a place, not a
#: speaker or a blamed party (shared with framing.blame).
PLACE_PREPOSITIONS = frozenset(
    "in at near over inside across into from on off around toward towards outside throughout".split()
)
_PREPOSITIONS = frozenset("in on at from for to with by about around among against into over under near".split())
#: Prepositions that, unlike some of ``_PREPOSITIONS`` ("About 20 people said"), never open a
#: subject either ("below the $3.4 billion analysts [had expected]": a phrase ending in a relative clause).
_ADVERBIAL_PREPOSITIONS = frozenset(
    "below above beyond than despite amid during without within through via upon".split()
)
#: Words after which an -ing form is a gerund, the object of a preposition ("without warning",
#: "after saying"), with no speaker right before it.
_GERUND_PREPOSITIONS = _PREPOSITIONS | _ADVERBIAL_PREPOSITIONS | frozenset({"of", "after", "before"})
#: Words that open a phrase, not a noun phrase: prepositions and the participles used as them.
_PHRASE_PREPOSITIONS = _PREPOSITIONS | frozenset(_PREPOSITION_PARTICIPLES)
#: A lower-case past participle before a preposition or a time ("published on Wednesday",
#: "issued by the ministry", "released Monday").
_PARTICIPLE_BEFORE_PREPOSITION = re.compile(
    r"[a-z]+e[dn]\s+(?:" + "|".join(sorted(_PREPOSITIONS)) + "|" + _WHEN_WHERE + r"|last|this)\b"
)
#: Prepositions that open a phrase inside a subject before a noun-like cue ("Data from the survey show").
_SUBJECT_PREPOSITIONS = frozenset("of from by in on for at about with".split())
#: Verbs whose object is a document or a message ("issued a statement", "published a report").
_ISSUING_VERBS = (
    "issued",
    "released",
    "put out",
    "published",
    "sent",
    "posted",
    "filed",
    "unleashed",
    "fired off",
    "delivered",
    "gave",
    "circulated",
)
#: Documents and findings that speak ("A 2014 study found", "the report says"): never "he" or "she".
_DOCUMENT_HEADS = frozenset(
    "study report survey analysis poll video document letter statement memo review investigation inquiry "
    "audit record research order ruling lawsuit complaint filing petition motion indictment warrant verdict "
    "judgment judgement affidavit subpoena transcript translation readout recording".split()
)
#: Documents with written words that a quote can be read from ('"...," the sign read').
_READ_HEADS = _DOCUMENT_HEADS | frozenset(
    "article sign note message post tweet text banner placard caption notice email e-mail communique headline "
    "release leaflet poster ad advertisement".split()
)
#: Texts and voices that carry a claim of their own: the documents above, and what is said,
#: sung or broadcast ("media reports blaming Israel", "slogans accusing the government").
TEXT_HEADS = _READ_HEADS | frozenset(
    "claim story comment remark resolution editorial commentary narrative theory speech broadcast graffiti "
    "rumour rumor slogan voice propaganda coverage publication".split()
)
#: Determiners of a singular noun ("this reeks of ...": "reeks" is no plural noun here).
_SINGULAR_DETERMINERS = frozenset("a an this that each every another one".split())
#: Quantifiers that stand as a plural subject ("some note that", "many fear"): never "he" or "she".
_QUANTIFIER_SUBJECTS = frozenset("some many most both few several".split())
#: Plural nouns without a plural -s ("Data from the survey show").
_PLURAL_WITHOUT_S = frozenset("data people police media criteria men women children".split()) | _QUANTIFIER_SUBJECTS
#: Words that make the phrase after a participle before an -ing cue more than its object ("the video before").
_NOT_IN_SHORT_OBJECT = _FUNCTION_WORDS | _PREPOSITIONS | {"before", "after", "since", "until", "when", "while", "later"}
#: An adverb and its comma opening a sentence ("Meanwhile, it ..."): no part of the subject.
_OPENING_ADVERBS = "however meanwhile still instead now then yet also indeed".split()
_OPENING_ADVERB = re.compile(r"(?:[A-Z][a-z]+ly|" + "|".join(w.capitalize() for w in _OPENING_ADVERBS) + r"),")
#: Adverbs and conjunctions that open a sentence and never name a speaker on their own.
_SENTENCE_ADVERBS = frozenset(_OPENING_ADVERBS) | {"so", "and", "but", "please", "just", "again"}
#: Verbs taking an -ing verb after them: one alone before an -ing cue is an imperative ("Stop
#: blaming the victims"), not a speaker.
_ASPECT_VERBS = frozenset("stop keep quit start begin avoid cease resume continue forget".split())
#: Words that open no speaker after a verb of saying ('"...," said nothing', 'said so').
_NO_SPEAKER_WORDS = _SENTENCE_ADVERBS | {"nothing", "little", "much", "more", "less", "too", "also", "then", "it"}
#: "quoted Peskov as" / "cited a source as" before an -ing cue ("... as saying"): the object speaks.
_QUOTED_AS_SAYING = re.compile(r"\b(?:quot|cit)(?:e|es|ed|ing)\s+([^,.;:!?\"]{1,80}?)\s+as$", re.I)
#: A relative word right before a speaker: "what", "which", "who" or "whom" ("... to what it called ...",
#: "Smith, who police say fired first, ..."), or "whose" and the nouns it owns ("the militia, whose
#: leaders Washington says are ..."), with the word before it (a preposition before "which" relates
#: a place or a time).
_FREE_RELATIVE = re.compile(r"(?<![\w'-])(?:(\w+)\s+)?(what|which|who|whom|how|why|whose(?:\s+[a-z-]+){1,3})\s+$", re.I)
#: "whose" and the nouns after it, when they may be the object of the relative clause whose
#: subject follows ("..., whose joint exercises Pyongyang has described as"; group 1 the nouns).
_WHOSE_OBJECT = re.compile(r"\s*whose\s+((?:[a-z-]+\s+){1,3}?)(?=[A-Z]|(?:the|a|an|its|their|his|her)\s)")
#: A question word that opens a clause before its speaker ("how experts say it would ...",
#: "What Putin says ..."): part of the claim, never of the speaker.
_WH_OPENER = re.compile(r"(?:what|how|why)\s+", re.I)
#: A relative clause with no "that" closing a speaker phrase: a pronoun subject, its verb and a
#: preposition the noun before it is the object of ("Officials we spoke to", "Voters she has met").
_CONTACT_CLAUSE = re.compile(
    r"(?<=[a-z])\s+(?:I|we|you|they|he|she)\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ed|[a-z]+en|"
    + "|".join(sorted(_IRREGULAR_PAST | {"read"}))
    + r")(?:\s+(?:to|with))?$"
)
#: Question words: alone before a cue, a question's subject, nobody who speaks ("What worries you?").
_WH_WORDS = frozenset("what which how why when where whatever".split())
#: A relative "that" on a noun phrase right before a speaker ("the assaults that Washington
#: blames on ..."): what is claimed is that noun phrase, never the words before it. Not a claim
#: noun's that-clause ("the claim that Washington blames ...").
_OBJECT_RELATIVE = re.compile(
    r"(?<![\w'\u2019-])(?:the|a|an|these|those|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:" + _CLAIM_NOUNS + r"|fact|news|idea|hope|fear|view|reports?)\s)[a-z][\w-]*\s+that\s+$",
    re.I,
)
_RELATIVE_PREPOSITIONS = frozenset("in on at by of to for with from under during after before through".split())
#: Nothing but an adverb of time or certainty after a free relative's cue ("What we know so far").
_ADVERB_ONLY = re.compile(r"(?:so\s+far|to\s+date|for\s+now|now|yet|already|for\s+(?:sure|certain))[\s.:;,]*")
_TIME_OR_REASON = re.compile(r"(?:when|after|before|because|since|while|if|once|until)\b", re.I)
#: A subordinator opening a sentence whose subject comes after the clause's comma ("If ..., X said").
_SUBORDINATOR_START = re.compile(r"(?:" + _CONCESSIVE_WORDS + r"|unless|whether|since|once)", re.I)
#: What opens the rest of an opening participle that names an occasion, not a claim ("Speaking
#: to reporters", "Writing in the Post", "Testifying before Congress").
_OCCASION_START = frozenset("to in on at from with for about by after before during as of into".split())
_TIME_OPENER = re.compile(r"\s*(?:[\w-]+\s+){1,3}(?:earlier|later|ago|before|afterwards?),", re.I)
#: Words after a past form that make it a verb, not an adjective ("voted against", "criticized it").
_VERB_BEFORE_WORDS = frozenset(
    "against about over into out off up down away back it him her them us me this these those".split()
)
#: Contractions of "is"/"has" that look like possessives ("he's said", "it's claimed").
_CONTRACTIONS = frozenset(
    f"{w}{mark}s" for w in ("he", "she", "it", "that", "there", "who", "what", "where") for mark in "'\u2019"
)
_CONJUNCTION_START = re.compile(r"And|But|Yet|So|Or")
_SAY_VERBS = frozenset("said told stated insisted argued warned claimed maintained denied suggested".split())
_PRONOUNS = frozenset("he she they it we i you his her who".split())
_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
#: Pronouns that a restrictive relative clause completes ("those who survived", "anyone who saw it").
_CLAUSE_PRONOUNS = frozenset("those anyone everyone someone all".split())
_IMPERSONAL_SUBJECTS = frozenset("it this that which".split())
#: ", and" or ", but" going on after an attribution set off inside a sentence.
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s")
#: Object pronouns that name a speaker after "according to", with their subject forms.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
_OBJECT_PRONOUNS_NOT_POSSESSIVE = frozenset(_OBJECT_PRONOUNS) - {"her"}  # "call him", not "call her plan"
_POSSESSIVE_PRONOUNS = {"his": "he", "their": "they", "its": "it"}  # "his claim that ...": he claims
#: A clause with its subject and an auxiliary ("the IDF would share ...", "Israel was to blame"):
#: what an addressee or a date after a cue leaves for the claim when no "that" opens it.
_AUXILIARY = (
    r"(?:(?:would|will|could|can|should|must|might|may|had|has|have|was|were|is|are|did|does|do)(?:n['\u2019]t)?|"
    r"won['\u2019]t|can['\u2019]t|cannot)\b"
)
_AUXILIARY_WORD = re.compile(_AUXILIARY)
#: Only an auxiliary between a subject and its cue (" had ", " have also ").
_AUXILIARY_GAP = re.compile(r"\s+" + _AUXILIARY + r"(?:\s+(?:also|not|never|already))?\s+")
#: "and" before a common noun in a speaker's name: several, never "it" ("the group and hospital staff").
_JOINED_COMMON_NOUN = re.compile(r"\sand\s+(?:(?:the|a|an|its|their)\s+)?[a-z]")
#: Passive forms whose charge follows "on" ("The strike was blamed on Israel"): no particle there.
_CHARGED_ON = frozenset(("blamed", "pinned"))
#: One of those forms before whom it is charged on, not a day ("a wave of killings blamed on rival
#: cartels": a participle on its noun; "he blamed on Monday" would be the verb).
_CHARGED_ON_AFTER = re.compile(r"\s+on\s+(?!(?:" + _WEEKDAYS + r")\b)")
#: What follows a headline's passive without its auxiliary ("Israel blamed for strike", "accused of").
_HEADLINE_PASSIVE_AFTER = re.compile(r"\s+(?:for|of|on|as|over|after|by|in|to)\s")
#: A participle opening a sentence before a lower-case word ("Speaking in the Commons, ...", "Asked
#: about the report, ..."; not "United States Citizenship and Immigration Services, ...").
_OPENING_PARTICIPLE_WORD = re.compile(r"[A-Z][a-z]+(?:ing|ed)")
#: "that" followed by a past verb with no subject between ("a council majority that has put ...",
#: "the company that built the dam"): a relative on the object, no that-clause; not before a
#: plural noun and its verb ("warned residents that flooded roads were closed", "told the
#: judges that intercepted radio messages showed ...").
_RELATIVE_THAT = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:[a-z]+ed|put|set|cut|"
    + _IRREGULAR_PAST_ALTERNATION
    + r")\b(?!(?:\s+[a-z]+)?\s+[a-z]+s\s+(?:"
    + _AUXILIARY
    + r"|[a-z]+ed\b|(?:"
    + _IRREGULAR_PAST_ALTERNATION
    + r")\b))"
)
#: The word after a clause's auxiliary, maybe quoted ('the exit poll was "disappointing"').
_NEXT_WORD = r"\s+[\"'\u201c\u2018]?\w)"
_SUBJECT_AUXILIARY = re.compile(
    r"\s+((?!(?:"
    + _WEEKDAYS
    + r")\b)(?:(?:the|a|an|this|his|her|their|its|our|my)(?:\s+[a-z-]+)?(?:\s+[A-Z][\w'\u2019.-]*){2,4}"
    # or up to three words after a determiner or a name, one of them maybe quoted ('the "deeply
    # flawed" report'); a longer subject only with a name ("the paramilitary Rapid Support Forces")
    + r"|(?:the|a|an|this|his|her|their|its|our|my|[A-Z][\w'\u2019.-]*)"
    + r"(?:\s+[\"\u201c]?[\w'\u2019.-]+[\"\u201d]?){0,3}?)"
    # not "and" right before the auxiliary: the subject's next act ("denied the charges and was acquitted");
    # the auxiliary may open a quotation ('told reporters the minister "would never accept this"')
    + r"(?<!\sand)(?<!\sbut)(?<!\sor)\s+[\"\u201c]?"
    + _AUXILIARY
    + _NEXT_WORD
)
#: After an addressee, a subject whose head takes a prepositional phrase ("told reporters the
#: potential for further spread within Africa and beyond was"): a determiner, up to three words,
#: a preposition and up to seven words before the auxiliary.
_MODIFIED_SUBJECT_AUXILIARY = re.compile(
    r"\s+((?:the|a|an|this|his|her|their|its|our)(?:\s+[\w'\u2019.-]+){1,3}?\s+"
    r"(?:of|for|in|on|within|from|with|about|over|against|between|among|across|to)(?:\s+[\w'\u2019.-]+){1,7}?\s+"
    + _AUXILIARY
    + _NEXT_WORD
)
#: The same with a bare plural subject ("warned energy prices would rise", "told reporters
#: prices had fallen"): lower-case words ending in a plural noun, none of them a function word
#: (checked by ``_bare_plural_clause``).
_BARE_SUBJECT_AUXILIARY = re.compile(
    r"\s+((?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][a-z'\u2019-]*[a-z]s\s+" + _AUXILIARY + _NEXT_WORD
)
#: A clause with no "that" opened by a subject pronoun or a short subject and an auxiliary.
_BARE_CLAUSE = re.compile(r"\s+(?:he|she|they|we|I)\s+\w|" + _SUBJECT_AUXILIARY.pattern)
#: Lower-case words ending in "s" that are no plural noun.
_NOT_PLURAL_NOUNS = frozenset(
    "is was has does his its us as this thus yes less unless perhaps always sometimes nevertheless regardless "
    "towards afterwards besides whereas ours yours theirs hers".split()
)
#: A finite lexical verb: past, third person singular, or an irregular past.
_FINITE_VERB = r"(?:[a-z]+ed|[a-z]+[^s\W]s|" + _IRREGULAR_PAST_ALTERNATION + r")"
#: After an addressee, a subject and a finite verb with an object ("told reporters the army regretted
#: the loss", 'told Putin the IDF "expresses sorrow"'): the object opener, or the quotation marks
#: around the verb's phrase, keep out a plain noun phrase ("told reporters the details").
_SUBJECT_VERB = re.compile(
    r"\s+((?!(?:" + _WEEKDAYS + r")\b)(?:the|a|an|this|his|her|their|its|our|my|[A-Z][\w'\u2019.-]*)"
    r"(?:\s+[\w'\u2019.-]+){0,3}?\s+(?:"
    + _FINITE_VERB
    + r"\s+(?:the|a|an|its|his|her|their|no|that|[A-Z])\b|\"(?:[a-z]+ly\s+)?"
    + _FINITE_VERB
    # 'the IDF "expresses sorrow"', 'his client "strenuously denies" the allegations'
    + r"(?:\s[^\"]{1,40}\"|\"\s+(?:the|a|an|its|his|her|their|no|that|[A-Z])\b)))"
)
#: A past tense, for where a plural noun would look like a present's "-s" ("20 reporters").
_PAST_VERB = r"(?:[a-z]+ed|" + _IRREGULAR_PAST_ALTERNATION + r")"
#: The same with a past verb and its infinitive ("told supporters the party tried to buy votes"); no
#: "and" in the subject ("promised a veto and attempted to make the case": a second verb).
_SUBJECT_INFINITIVE = re.compile(
    r"\s+((?:the|a|an|this|his|her|their|its|our|my|[A-Z][\w'\u2019.-]*)"
    r"(?:\s+(?!(?:and|or|but)\b)[\w'\u2019.-]+){0,3}?\s+" + _PAST_VERB + r"\s+to\s+[a-z]+)"
)
#: After an addressee, a subject that is a quantity and its verb ("told reporters at least a dozen
#: people died", "warned some 40 people were missing"); not a counted addressee before a pronoun's
#: clause ("told 20 reporters she would run").
_QUANTITY_CLAUSE = re.compile(
    r"\s+((?:(?:at\s+(?:least|most)|some|about|around|roughly|nearly|almost|more\s+than|fewer\s+than|"
    r"less\s+than|up\s+to|only)\s+)?(?:\d[\d,.]*|a\s+(?:dozen|handful|score)|dozens|scores|hundreds|thousands|"
    r"millions|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)"
    r"(?:\s+(?!(?:he|she|they|it|we|i|you)\b)[\w'\u2019.-]+){0,4}?\s+(?:"
    + _PAST_VERB
    + r"\b|"
    + _AUXILIARY
    + _NEXT_WORD
    + ")"
)
#: A participle's circumstance set off by commas, then the verb of the clause it sits in ("The
#: study, published in Nature, found ...", "The deal, announced on Tuesday, was welcomed"): the
#: lower-case word after the second comma (group 1) is checked to be a finite verb.
_PARTICIPLE_ASIDE = re.compile(
    r"\s+(?:" + _WHEN_WHERE + r"|by|last|this|online)\b[^,.;:!?\"\u201c\u201d]{0,80},\s+([a-z]+)\b"
)
#: The day or time of a saying or an act ("on Tuesday", "Monday", "yesterday", "earlier this week",
#: "late on Monday").
_WHEN = (
    r"(?:(?:(?:late|early|later|earlier)\s+)?(?:(?:on\s+)?(?:" + _WEEKDAYS + r")|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:earlier\s+|later\s+)?(?:last|this)\s+(?:week|month|year|morning|afternoon|evening))"
)
#: Such a time right after a verb of saying ("said on Tuesday", "said later"; shared with
#: framing.blame).
SAID_WHEN = r"\s+(?:" + _WHEN + r"|(?:later|earlier|afterwards|separately|again)\b)"
#: A time opening a sentence with no comma before the subject ("On Tuesday Iran announced ...",
#: "Yesterday Israel said ...", "In 2018 the ministry ..."): a name or a determiner follows it.
_OPENING_WHEN_WORDS = (
    r"\s*(?:" + _WHEN + r"|on\s+" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?|in\s+(?:" + _MONTH + r"|\d{4}))\s+"
)
_OPENING_WHEN = re.compile(_OPENING_WHEN_WORDS + r"(?=(?-i:[A-Z])|(?:the|a|an|its|his|her|their)\s)", re.I)
#: Such a time before a bare lower-case word (group 1), a subject if it names people or is a plural
#: ("Last week police said ...", "On Tuesday protesters said ...", "Last month tests found ...").
_OPENING_WHEN_BARE = re.compile(_OPENING_WHEN_WORDS + r"(?=((?-i:[a-z]+))(?:\s|$))", re.I)
#: The medium or occasion of a saying between its cue and a clause ("said in a televised address
#: they would ...", "said at a rally he would win", "admitted under questioning he had not ...").
_SAID_IN = (
    r"\s+(?:(?:in|during|at|on|before|after)\s+(?:a|an|the|his|her|their|its|this|that|last|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|letter|post|address|briefing|broadcast|message|rally|debate|conference|hearing|"
    r"meeting|event|forum|summit|session|town hall|tweet|podcast|appearance|op-ed|memo|video|call|show|program|"
    r"programme|testimony|deposition|remarks)|"
    r"under\s+(?:(?:(?:the\s+)?[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s|the|intense|sharp|tough|close|repeated)\s+)?"
    r"(?:questioning|oath|cross-examination|grilling|pressure)|"
    # on a platform, or the go-between who carried the words ("said through his lawyer", "via a spokeswoman")
    r"on\s+(?:Twitter|Facebook|Instagram|television|TV|radio)|" + _GO_BETWEEN + r")"
    r"(?:\s+(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?"  # "at a rally in Green Bay"
)


def _clause_after(circumstance: str, pronoun_verb: str) -> str:
    """A circumstance of saying, then a clause: a subject and an auxiliary (a subject with a
    prepositional phrase too: "said on Thursday the crash of the airliner was"), or a pronoun and
    ``pronoun_verb``."""
    return (
        circumstance
        + r",?(?:"
        + _SUBJECT_AUXILIARY.pattern
        + r"|"
        + _MODIFIED_SUBJECT_AUXILIARY.pattern
        + r"|\s+((?:he|she|they|it|we|I)\s+"
        + pronoun_verb
        + r"))"
    )


#: A clause after the time or medium of its saying, with a subject and a verb: "said on Tuesday
#: Israel was to blame", "said Sunday they had targeted a ship", "said in a statement it would
#: respond"; after a medium only an auxiliary follows a pronoun ("said in a statement he signed"
#: names the statement's author). The clause is the last group that matched.
_DATED_CLAUSE = re.compile(
    r"(?:"
    + _clause_after(SAID_WHEN + r"(?:" + _SAID_IN + r")?", r"(?:" + _AUXILIARY + r"|" + _FINITE_VERB + r"\b)")
    + r"|"
    + _clause_after(_SAID_IN + r"(?:" + SAID_WHEN + r")?", _AUXILIARY)
    + r")"
)
PERSON_WORDS = re.compile(
    r"\b(?:spokes(?:wo)?man|spokesperson|minister|president|secretary|adviser|advisor|ambassador|chief|commander|"
    r"general|director|senator|leader|prime|envoy|mr|mrs|ms|dr|he|she|analyst|expert|official)\b",
    re.I,
)


#: An insertion between a cue and its that-clause: "reported, citing military sources, that ...",
#: also with a quoted word closed after its comma ('concluded, with "low confidence," that').
_INSERTED_BEFORE_THAT = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s*,\s*[^,.;:!?\"\u201d]{1,60}?(?:[\"\u201c][^,.;:!?\"\u201d]{1,40})?,[\"\u201d]?\s*(?=that\s)"
)
#: An adjective between a determiner and an -ing form makes the -ing form a noun ("a stern warning").
_ATTRIBUTIVE = re.compile(
    r"[a-z]+(?:ing|ful|ive|ous|ble|ic|less|ern)|new|stark|clear|strong|last|final|first|fresh|dire|grave|blunt|similar"
)
#: A cue ending in a preposition ("complained about", "critical of", "warned against") takes a noun phrase.
_PREPOSITIONAL_CUE = re.compile(r"\s(?:of|about|for|against|on|at)$")
#: A participle clause after a comma (", even suggesting he ...", ", further raising ...").
_COMMA_PARTICIPLE_CLAUSE = (
    r",\s(?:(?:even|also|then|further|thereby|\w+ly)\s)?(?!including\s)\w+ing\s" + _LISTED_NOUN_NEXT
)
#: ", and" or ", but" before another subject and its verb, which end an infinitive or an object
#: ("vowed to reopen the pool, and the council has promised ..."); not a coordinated clause
#: ("..., and that he agreed to ...") or a verb after an adverb.
_ANOTHER_SUBJECT = (  # the comma may close a quotation before it ('"jobs, jobs, jobs," but he has')
    r"(?:,|(?<=,[\"\u201d]))\s(?:and|but|yet)\s(?!(?:then|also|later|still|instead|that|whether|if|what|why|how|who|which|\w+ly|[a-z]+ed)\s)"
    r"(?:[\w.'\u2019-]+\s){1,4}?"
    r"(?:is|are|was|were|has|have|had|will|would|also|[a-z]+ed)\s"  # a verb, not a name ("the United States")
    # people who judge, then any verb in the present ("..., but officials suspect Islamic State")
    r"|,\s(?:and|but)\s(?:(?:many|some|most|other|western|local)\s)?(?:officials|experts|analysts|critics|observers|"
    r"diplomats|investigators|residents|witnesses|lawmakers|prosecutors)\s(?!(?:and|or|who|that|of|in|from|at|on|for)\s)[a-z]+\s"
    # or a possessive, which opens a new subject ("..., yet its own neglect of training did", "..., but
    # the grid operator's own data show")
    r"|,\s(?:but|yet)\s(?:its|their|his|her|our|my|(?:the\s)?(?:[\w-]+\s){0,2}[\w-]+['\u2019]s)\s"
)
#: The subject's next act as a participle with its own object after "and" ("calling the strikes
#: "an act of war" and holding Iran responsible"); not a gerund pair ("the killing and maiming of").
_AND_PARTICIPLE = (
    r"(?<!ing)\sand\s(?:(?:also|then)\s)?[a-z]{3,}ing\s(?=(?:the|a|an|his|her|their|its|our|him|them|it|us)\b|[A-Z])"
)
#: "and" or "but" and a past form ("and ordered", "but also said").
_AND_PAST = r"\s(?:and|but)\s(?:(?:also|then|later)\s)?(?:[a-z]{3,}ed|" + _IRREGULAR_PAST_ALTERNATION + r")\s"
#: A predicate of "be" and a word or two, then "and": a past form after it shares the "be" ("said
#: the visit was routine and planned long ago": planned, not the speaker's act).
_COPULAR_AND = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+\s+){1,2}(?:and|or)$")
#: A perfect's participle and "and" (group 1 the participle): a past form after it, the perfect's
#: second participle, shares its auxiliary ("said it had stolen and published the records").
_PERFECT_AND = re.compile(
    r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?((?!been\b)[a-z]{3,}(?:ed|en|wn)|"
    + _IRREGULAR_PAST_ALTERNATION
    + r")\s+(?:and|or)$"
)
#: What may follow a participle with no object up to the clause's end: its agent, a time, a place or
#: a manner, and no "that" nor a quotation that would make it a verb of saying ("planned long ago",
#: "announced last week", "approved by parliament"; not "said in a statement that").
_PARTICIPLE_CIRCUMSTANCE = re.compile(
    r"(?:\s+(?:by|in|at|last|long|earlier|before|after|during|since|years|months|weeks|days|[a-z]+ly)\b"
    r"(?![^,.;:!?\"\u201c]*(?:\bthat\b|[\"\u201c:]))[^,.;:!?\"\u201c]{0,40})?\s*(?:[,.;!?]|$)"
)
#: The subject's next act after "and" or "but", in the past ("described the events as "treasonous"
#: and vowed to crush ...", "condemned the raid and urged Israel to ...", "and called on X",
#: "condemned the attack but made no comment"): a past form followed by "to", "on", "upon",
#: "for", a determiner, "no", a pronoun, "that", a name or a quotation ('but noted "serious
#: irregularities"'), or by any word after a quotation, or "urged", "demanded", "expressed" ... before
#: a bare noun; not a pair of participles ("having planned and executed the attack").
_AND_NEXT_ACT = (
    r"(?<!ing)(?<!ed)"
    + _AND_PAST
    + r"(?=(?:to|on|upon|for)\s|(?:the|a|an|his|her|their|its|our|him|them|it|us|that|no|such|this|these|those)\b"
    + r"|[A-Z\"\u201c])"
    # after a quotation closes, whatever follows ('called him "a giant" and ordered flags flown')
    + r"|(?<=[\"\u201d])"
    + _AND_PAST
    # or in the present, a verb of saying or judging that is no plural noun before its object
    # ("denies involvement and calls such accusations a smear", "rejects the report and says that")
    + r"|\s(?:and|but)\s(?:also\s)?(?:calls|says|describes|dismisses|accuses|blames|insists|warns|urges|denies|"
    r"rejects|condemns|brands|holds|maintains|argues)\s"
    r"(?=(?:the|his|her|their|its|him|them|it|that|such|this|these|those)\b|[A-Z\"\u201c])"
    # or a past verb that is never a noun's modifier before a bare noun ("condemned the strike and
    # urged restraint", "and expressed concern", "and demanded answers", "and offered condolences")
    + r"|\s(?:and|but)\s(?:also\s)?(?:urged|demanded|pledged|sought|expressed|voiced|told|asked|warned|offered)"
    + r"\s(?=[a-z])"
)
#: Another subject's act after "with", a participle with its own subject ("lashed out at the sale,
#: with the Global Times calling it ...", "blamed Russia for the escalation, with a spokesman calling").
_WITH_ABSOLUTE = r",\swith\s(?:[\w'\u2019.-]+\s){1,5}?[a-z]+ing\b"
#: "With" opening an absolute phrase right before its subject ("With 40% of precincts reporting,
#: Lopez leads"): a participle there with no object before its comma reports no claim.
_ABSOLUTE_WITH = re.compile(r"(?<![\w'\u2019-])[Ww]ith\s+$")
#: The same after a content that follows its cue, when the participle is a cue: another speaker's
#: act ends the claim (checked by the caller).
_OUTLET_WITH_CLAUSE = re.compile(_WITH_ABSOLUTE)
#: Where a prepositional cue's object ends (see `QuoteFinder._object_end`).
_NOUN_PHRASE_END = re.compile(
    r"[;\u2014]|\s--?\s|\s[\"\u201c]?(?:is|are|was|were|would|could|might|will|can|should|must|may)\s"
    r"|\s(?:said|says|told|tells|stated|added|argued|insisted|claimed)\s"  # "A group calling for X said ..."
    r"|\s(?:since|because|although|though|whereas|after)\s"  # "after" opening a clause (`_clause_after`)
    r"|,\s(?:even\s(?=as\b))?(?:while|as|when|after|before|because|although|though|since|whereas|but|yet|he|she|they|it|we|i)\b"
    + "|"
    + _WITH_ABSOLUTE
    # a named subject and its past tense after a comma: the main clause after an opening one
    # ("Though she called for compensation ..., Clinton restricted comments ...")
    + r"|,\s(?:[A-Z][\w'\u2019.-]*\s){1,3}(?:[a-z]{3,}ed|"
    + _IRREGULAR_PAST_ALTERNATION
    + r")\s"
    r"|"
    + _COMMA_PARTICIPLE_CLAUSE
    + "|"
    + _AND_NEXT_ACT  # "called for calm and ordered a review": the subject's next act
)
#: "so", "it" or "this" standing for a claim made elsewhere ("should say so plainly", "said so
#: again", "have said it before", "said it myself for a decade", "say so, and act"): no content.
#: Before a colon it points to the claim after it ("will say it again: the city cannot ...").
_PRO_FORM_WORDS = (
    r"(?:so|it|this)(?:\s+(?:[a-z]+ly|too|again|before|often|publicly|himself|herself|themselves|itself|myself|"
    r"ourselves|yourself|many\s+times|once|twice|for\s+(?:(?:a|an|many|several|some|\d+)\s+)?(?:long\s+)?"
    r"(?:decades?|years?|months?|weeks?|days?|time|while)))*"
)
_PRO_FORM = re.compile(_PRO_FORM_WORDS + r"(?:\s*[,;]|\s+(?:and|but|or)\s|$)", re.I)
_PRO_FORM_COLON = re.compile(_PRO_FORM_WORDS + r"\s*:\s+", re.I)
#: A claim named as one made before ("said the same thing", "said the same of Trump", "has said as
#: much"), up to the outlet's comma or time after it ("..., including ...", "... when we built it",
#: "... last year"); not the subject of a clause ("said the same thing happened in Ohio").
_SAME_CLAIM = re.compile(
    r"\s*(?:the\s+same(?:\s+(?:thing|things|point))?|as\s+much)"
    r"(?:\s+(?:of|about|for)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[\w'\u2019-]+)?"
    r"(?=\s*[,;.]|\s*$|\s+(?:when|while|after|before|because|since|if|as|last|this|on|in|at|during|earlier|"
    r"yesterday|today|again|repeatedly|recently|publicly)\b)",
    re.I,
)
#: Nouns that are a whole claim by themselves as a verb's object ("has denied responsibility",
#: "admitted guilt", "rejected the allegations"): a one-word content when nothing else follows.
_CHARGE_NOUNS = frozenset(
    "responsibility involvement wrongdoing guilt culpability complicity liability blame allegations accusations "
    "charges claims reports victory defeat innocence credit fraud irregularities misconduct interference".split()
)
#: Heads of an object that make a verb with a physical sense a physical act: places and
#: installations ("attacked the city overnight", "defended its positions along the border").
_PLACE_HEADS = frozenset(
    "city cities town towns village villages base bases airbase airbases airfield airport port ports position "
    "positions convoy convoys border borders frontier checkpoint checkpoints outpost outposts camp camps compound "
    "compounds barracks territory soil homeland frontline frontlines capital region area areas district districts "
    "neighborhood neighbourhood neighborhoods neighbourhoods hospital hospitals school schools building buildings "
    "embassy consulate facility facilities plant refinery pipeline bridge bridges ship ships vessel vessels tanker "
    "tankers station stations mosque church synagogue market targets target trenches streets prison prisons jail "
    "jails wing wings headquarters warehouse warehouses bus buses train trains patrol patrols".split()
)
#: What follows a verb with a sense of quantity when it names a change of amount: a number, "by",
#: "from" or "to" and a number, an adverb of degree, "in value" ("declined 27%", "declined
#: slightly from 58 percent"; not "declined to comment", "declined the offer").
_CHANGE_OF_AMOUNT = re.compile(
    r"(?:(?:by|from|to)\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than)\s+)?[$\u20ac\u00a3]?\d"
    r"|(?:sharply|slightly|steeply|steadily|significantly|modestly|marginally|further|dramatically|substantially|"
    r"rapidly|gradually|somewhat)\b"
    r"|in\s+(?:value|price|number|numbers|popularity|importance|size)\b",
    re.I,
)
#: Qualities and feelings a verb with a sense of display shows rather than reports ("showed no
#: remorse", "showed a cavalier disregard for the truth", "showed signs of recovery"), the
#: measures of one ("showed "not a shred of remorse"") and the nature one reveals ("has shown its
#: true face", "showed their true colours").
_QUALITY_HEADS = frozenset(
    "shred iota ounce semblance glimmer scintilla face colours colors nature "
    "disregard contempt disdain remorse regret restraint respect interest willingness readiness reluctance "
    "courage leadership resolve determination solidarity flexibility sympathy compassion patience strength "
    "weakness unity defiance loyalty goodwill mercy leniency humility gratitude resilience tolerance openness "
    "sign signs skill talent commitment appetite enthusiasm anger frustration impatience pattern lack "
    "emotion emotions grief joy reaction reactions surprise indifference fear relief pride sadness".split()
)
#: Things one comes upon: the object of a verb with a sense of discovery ("found the body of a man",
#: "found a knife in the car") reports no finding.
_FOUND_HEADS = frozenset(
    "body bodies remains corpse corpses skeleton weapon weapons knife knives gun guns pistol pistols rifle rifles "
    "ammunition explosives bomb bombs grenade grenades device devices drugs cash wreckage debris car vehicle van "
    "truck boat phone laptop bag bags suitcase wallet passport".split()
)
#: Events one calls: the object of a verb with a sense of convening ("called a snap election",
#: "called a general strike", "called a halt to the talks").
_CONVENED_HEADS = frozenset(
    "strike strikes walkout walkouts stoppage election elections vote votes ballot referendum plebiscite poll "
    "meeting meetings summit session sessions conference hearing hearings inquiry halt ceasefire truce recess "
    "rally rallies protest protests demonstration demonstrations boycott shutdown lockdown curfew mobilisation "
    "mobilization".split()
)
#: Weapons and means of force: an instrument after "with" makes a verb with a physical sense a
#: physical act ("attacked police with stones"), and as a passive's agent it makes no speaker
#: ("The offensive was supported by drones", "was backed by heavy shelling").
_WEAPON_WORDS = frozenset(
    "drones drone artillery shelling shells airstrikes airstrike strikes missiles missile rockets rocket bombs "
    "bomb bombing bombings bombardment mortars explosives gunfire guns rifles grenades bullets tanks jets "
    "warplanes helicopters cannon cannons gas stones rocks batons clubs sticks knives machetes weapons airpower "
    "knife gun pistol rifle grenade baton club stick stone rock brick bricks bottle bottles machete hammer axe "
    "weapon".split()
)
#: Subjects that make a verb with a physical sense a physical act: combatants and weapons
#: ("Russian forces attacked ...", "Troops defended Kyiv"), not bodies that also speak ("the
#: army", "the IDF").
_COMBATANT_HEADS = _WEAPON_WORDS | frozenset(
    "forces troops soldiers rebels militants insurgents fighters gunmen gunman militiamen militia militias "
    "attackers assailants mob rioters paratroopers commandos snipers gang gangs gangsters raiders".split()
)
#: Where the object of a verb like "criticized" ends and the act's circumstances begin: a
#: semicolon, an unpaired dash, ", which", ", where", ", with", "during", "since", "while", "when",
#: "after" ("described Clinton as a "disgrace" after she attacked ..."), "because", "until", "as"
#: before a name and its verb ("condemned the launch as Pyongyang fired ...") or after a comma
#: and before a clause (", as dozens of delegates walked out", ", as did France"; not ", as well
#: as"), a participle clause,
#: the subject's next act after "and" or "but" with an auxiliary ("chastised Clinton for the server
#: but did not recommend ...", "denied the charges but was convicted") or as a participle with an
#: object ("and holding Iran responsible") or, after a comma, with a verb in the past (", but stopped short of")
#: or, after "but" or "yet", in the present (", yet refuses to ..."), a weekday ("endorsed Clinton
#: for president on Thursday").
_ADJUNCT_END = re.compile(
    r"[;\u2014]|\s--?\s|,\s(?:which|where|with|another)\s|\s(?:during|throughout|since|while|when|after|because|until)\s"
    r"|\swithout\s[a-z]{3,}ing\s"  # "condemned the attack without naming a perpetrator": the manner
    r"|\sas\s(?=(?:[A-Z][\w.'\u2019-]*\s){1,3}(?:[a-z]+ed|[a-z]+[^s\W]s)\s)"
    r"|,\sas\s(?!(?:well|many|much|soon|long|far)\s)(?=(?:[\w'\u2019-]+\s){0,4}?(?:[a-z]+ed|[a-z]+[^s\W]s|did|does|was|were|is|are|has|have|had)\b)"
    r"|,?\s(?:and|but)\s(?:(?:also|then|later|still)\s)?(?:did|does|has|have|had|would|will|could|never|was|were)\s"
    r"|(?:,|(?<=,[\"\u201d]))\s(?:(?:and|but|yet)\s(?:(?:also|then|later|still|instead)\s)?[a-z]{3,}ed"
    r"|(?:but|yet)\s[a-z]+[^s\W]s)\s"
    rf"|\s(?:on|last|this|next)\s(?:{_WEEKDAYS})\b|{_COMMA_PARTICIPLE_CLAUSE}|"
    + _ANOTHER_SUBJECT
    + "|"
    + _AND_PARTICIPLE
    + "|"
    + _AND_NEXT_ACT
)
#: Where an infinitive content ends: another subject's clause, an unpaired dash opening the
#: writer's aside ("promising to lift regulations — probably not what Graham had in mind"), or
#: the outlet's description of the event ("accused Serbia of backing the gunmen, in a clash that
#: left four dead", ", in what was ...").
_INFINITIVE_END = re.compile(
    _ANOTHER_SUBJECT
    + "|"
    + _WITH_ABSOLUTE
    + r"|\u2014|\s--?\s|,\s(?:in|amid)\s(?:(?:a|an)\s(?:[\w-]+\s){0,2}?(?:that|which)|what)\s"
    # "vowed to keep up strikes, after a seventh day of walkouts brought ...", "accused rich nations
    # of failing to pay, as talks ran into overtime": a past event with its own subject, which no
    # intention or charge holds (not "after the vote is held")
    r"|,\s(?:after|as)\s(?=[^,;\"\u201d]{1,60}?(?<!\sis)(?<!\sare)(?<!\sbe)\s(?:[a-z]{3,}ed|"
    + _IRREGULAR_PAST_ALTERNATION
    + r")\b)"
)
#: Where an infinitive or an accused and its charge end at the subject's next act: "and" or "but"
#: with a past tense, which an infinitive's own coordination never takes ("vowed to stop migration
#: and struck a deal", "blamed Israel for the attack and vowed revenge"; not "to cut taxes and raise
#: spending"). Not after a word in -ed ("to be arrested and charged": participles coordinated).
_PAST_ACT = re.compile(
    r"(?<!ed)\s(?:and|but)\s(?:(?:then|later|also|since)\s)?(?=(?:[a-z]{3,}ed|" + _IRREGULAR_PAST_ALTERNATION + r")\s)"
)
_ACT_AFTER_INFINITIVE = re.compile(_INFINITIVE_END.pattern + "|" + _PAST_ACT.pattern)
#: An infinitive of being, becoming or making, whose complements coordinate ("promised to be tough
#: and focused on the economy", "to make the country safe and united"): no act ends it.
_LINKING_INFINITIVE = re.compile(r"to\s(?:be|have|get|become|remain|stay|keep|feel|look|seem|appear|make|leave)\b")
_AND_PARTICIPLE_END = re.compile(_AND_PARTICIPLE)
_AND_NEXT_ACT_END = re.compile(_AND_NEXT_ACT)
#: An object and a verdict on it, with no verb between ("the club guilty of ...", "him not liable").
_VERDICT_OBJECT = re.compile(
    r"(?:(?!" + _AUXILIARY + r"|be(?:en|ing)?\b)[\w'\u2019-]+\s+){1,4}?"
    r"(?:not\s+)?(?:guilty|innocent|liable|culpable|responsible)\b(?!\s+(?:for\s+)?(?:the\s+)?(?:security|safety))",
    re.I,
)
#: The sentence's own verb after a subject ("A report describing the attack was published").
_MAIN_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|said|says|told|"
    r"came|went|became|remained|appeared|seemed)\s"
)
#: Verbs that report only words: their plain noun phrase object must name words ("added a
#: note of caution"), else the verb is no cue ("would add new layers of complexity").
_SAID_ONLY = frozenset("add adds added adding".split())
_SPEECH_NOUNS = frozenset(
    "note notes caution caveat caveats warning warnings word words comment comments remark remarks statement "
    "plea quip jab footnote postscript voice".split()
)
#: Verbs that report words only when they go on with them ('"...," he continued', "continued that
#: ..."): with any other object the verb is no cue ("if Warsaw continued what it described as ...").
_GOING_ON = frozenset(("continued",))
#: The non-restrictive relative that ends a noun phrase object ("..., which makes him an outlier").
_WHICH_END = re.compile(r",\swhich\s")
#: The past cues a speaker answers a claim it denies with ("denied that A and accused B of ...").
_COUNTER_CUES = frozenset("accused blamed said insisted urged vowed warned criticized condemned demanded".split())
#: Past cues of calling for an act, which answer a claim as the counter cues do ("said sanctions
#: had failed and called for talks").
_CALLING_CUES = frozenset(("called for", "called on"))
#: "that" as a determiner of a one-word singular object, no clause ("rejected that account and
#: accused ...", "denied that claim."): a noun phrase after all.
_DEMONSTRATIVE_OBJECT = re.compile(
    r"that\s+(?!(?:it|he|she|they|we|i|you|there|this|is|was|has|had|will|would)\b)[a-z]+(?<!s)(?=[,.;]|\s+(?:and|but)\s)"
)
#: An object that is not a noun phrase: a clause, an infinitive, a prepositional or participial phrase.
_NOT_NOUN_OBJECT = re.compile(
    r"(?:that|to|whether|how|what|why|if|who|where|when|while|during|since|after|as|against|for|about|on|in|with|"
    r"at|from|of|by|into|over|\w+ed)\s|[\u2014-]"
)
#: A relative clause closed by a comma and the first word after it, past an adverb (group 1):
#: when that is a finite verb, the noun before the relative was a clause's subject.
_RELATIVE_CLOSED = re.compile(r"[^,;:\"\u201c\u201d]{1,120}?,\s+(?:(?:also|still|now|not|never|already)\s+)?([a-z]+)\b")
#: The complement of an object after an aside ("described the attack, which ..., as reckless",
#: "accused Spotify, which filed the complaint, of using ...", "blamed Iran, which backs the
#: rebels, for the attack"; not a time: "welcomed the decision, which ..., for now").
_COMPLEMENT_AFTER_ASIDE = re.compile(
    r",\s+(?:as|of|for(?!\s+(?:now|good|ever|once|years|months|weeks|days|decades|the\s+time\s+being"
    r"|the\s+(?:first|second|third|last)\s+time|(?:a|an|one|two|three|several|many|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|decades?))\b))\s"
)
#: A dash, spaced or not: two of them around words make an aside.
_DASH = re.compile(r"\u2014|\s--?\s")
#: A relative or complement clause inside an object, which keeps its own circumstances.
_RELATIVE_IN_OBJECT = re.compile(r"(?<![\w-])(?:that|who|whom|whose|which|whether|if)(?![\w-])")
#: A subordinator that may open a clause of an act's time or cause after its object.
_OBJECT_SUBORDINATOR = re.compile(r"\s(?:" + SUBORDINATE_OPENERS + r")\s")
#: Words that make a following "after" part of the phrase ("a few hours after", "only after").
_BEFORE_AFTER = re.compile(
    r"(?<![\w-])(?:hours?|days?|weeks?|months?|years?|minutes?|moments?|shortly|soon|long|only|just|right|even)\s$"
)
_EMBEDDED_OBJECT = re.compile(
    r"(?<![\w-])(?:that|who|which|whom|whose|whether|how|what|why|when|where|if|after|before|while|as|until|once)"
    r"(?![\w-])"
)
#: The wire's passive cue, one cue from "was" to "saying": "Peskov was quoted by RIA Novosti as saying".
_QUOTED_AS = re.compile(
    r"(?<![\w-])(?:was|were|is|are|been)\s+(?:(?:also|later|\w+ly)\s+)?quoted(?:\s+(?:by|in)\s+[^,.;:!?\"]{1,50}?)?"
    r"\s+as\s+(?:saying|telling|stating|writing|warning|adding|insisting|arguing)(?![\w-])",
    re.I,
)


#: Words that end a bare noun phrase when read backwards: verbs, prepositions, pronouns.
_NOT_IN_BARE_NOUN_PHRASE = (
    _PREPOSITIONS | PLACE_PREPOSITIONS | _PRONOUNS | _FINITE_VERBS | _IRREGULAR_PAST | _FUNCTION_WORDS
) | frozenset([*_OBJECT_PRONOUNS, "through", "like", "via"])
#: Words that make a that-clause or a clause of their own before a wh-word after a cue.
_OWN_CLAUSE_WORDS = _FINITE_VERBS | _SUBJECT_PRONOUNS | {"to"}


#: Words that open an object after a verb ("presented new evidence", "misled the public").
_OBJECT_OPENERS = frozenset("the a an its his her their new no".split())
#: Past verbs an infinitive completes as their subject's act ("failed to adopt", "refused to sign"),
#: unlike a participle's ("Officials tasked to monitor the vote")
_TRYING_VERBS = frozenset(
    "failed refused agreed decided tried sought managed attempted declined voted moved chose wanted".split()
)
_NEGATIONS = frozenset("not never".split())
_DATE_WORD = re.compile(
    r"(?:" + _WEEKDAYS + r"|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Last|This|Earlier)\b"
)


def _bare_plural_clause(text: str, start: int, end: int) -> re.Match[str] | None:
    """A clause opened by a bare plural subject and an auxiliary at ``start`` ("energy prices would
    rise"), not words that only look like one ("the issues", "as this was")."""
    clause = _BARE_SUBJECT_AUXILIARY.match(text, start, end)
    if clause is None:
        return None
    words = set(clause.group(1).split()[:-2])
    return None if words & (_FUNCTION_WORDS | _PREPOSITIONS | _NOT_PLURAL_NOUNS) else clause


def _has_object(words: list[str]) -> bool:
    """Whether a would-be speaker phrase holds a verb with its object ("The ministry presented new
    evidence", "Israel misled Moscow"): a clause, no speaker. A word after a determiner is a noun
    ("the unnamed official"), and a verb form needs an object opener or, when past, a name after it."""
    for i in range(1, len(words) - 1):
        word, following = words[i], words[i + 1]
        if words[i - 1].lower() in _SUBJECT_PRONOUNS and following.lower() in _OBJECT_PRONOUNS:
            return True  # "They call them lone wolves and [describe]": a pronoun, its verb and its object
        past = _past_tense(word) or word in load_participles()
        if _noun_context(words[i - 1], word) or not (past or _verb_like(word)):
            continue
        if following.lower() in _OBJECT_OPENERS or (
            past and following[:1].isupper() and not _DATE_WORD.match(following)
        ):
            return True  # not "the poll released Friday"
        if past and words[i - 1][:1].isupper() and re.fullmatch(r"[a-z]+s", following):
            return True  # "Police arrested protesters": a name, its past verb and a bare plural object
        if past and following.endswith("ing") and words[i + 2 : i + 3] and words[i + 2].lower() in _OBJECT_OPENERS:
            return True  # "Israel kept bombing the city": a verb before a gerund with its object
        if word not in _TRYING_VERBS:
            continue
        dated = following == "on" and re.fullmatch(_WEEKDAYS, "".join(words[i + 2 : i + 3]))
        rest = words[i + 3 :] if dated else words[i + 1 :]
        if rest[:1] == ["to"] and len(rest) > 2 and _bare_noun_start(rest[1]) and rest[2].lower() in _OBJECT_OPENERS:
            return True  # "The council failed (on Friday) to adopt a resolution": a verb, an infinitive, its object
    return False


def _bare_noun_start(word: str) -> bool:
    """A lower-case word that opens a bare noun phrase: no determiner, pronoun, "that" or "to"."""
    return bool(re.fullmatch(r"[a-z][a-z-]*", word)) and word not in (
        _DETERMINERS | _OBJECT_PRONOUNS.keys() | {"it", "that", "to"}
    )


def _possessive(word: str) -> bool:
    """A possessive ("Trump's", "the ministers'"), not a contraction ("he's")."""
    return bool(re.search(r"\w['\u2019]s$|s['\u2019]$", word)) and word.lower() not in _CONTRACTIONS


def _past_tense(word: str) -> bool:
    """A lower-case past form: regular ("resigned") or irregular ("took")."""
    return bool(_REGULAR_PAST.fullmatch(word)) or word in _IRREGULAR_PAST


def _past_cue(verb: str) -> bool:
    """Whether a cue's verb, lower case, is a past tense ("accused", "said", "took")."""
    return verb.endswith("ed") or verb in _IRREGULAR_PAST


def _past_or_saying(verb: str) -> bool:
    """Whether a cue's verb is a past tense or a verb of saying ("says", "tells")."""
    return _past_cue(verb) or verb in _SAY_VERBS


def _clause_words(words: list[str]) -> bool:
    """Whether words hold a subject pronoun or a past verb, so that they are a clause, not a noun
    phrase ("He resigned")."""
    return any(w.lower() in _SUBJECT_PRONOUNS or _past_tense(w) for w in words)


def _before_object_pronoun(word: str, following: list[re.Match[str]]) -> bool:
    """Whether a lower-case word is a verb because an object pronoun follows it ("call him",
    "told them"; "her" may be a possessive and is left out), or a pronoun ending the sentence
    ("Western governments reject that.", "Officials deny it.")."""
    if not (word.isalpha() and word.islower() and word not in _FUNCTION_WORDS | _PREPOSITIONS and following):
        return False
    pronoun = following[0].group(0).lower()
    return pronoun.rstrip(",.") in _OBJECT_PRONOUNS_NOT_POSSESSIVE or pronoun in ("that.", "this.", "it.")


#: Pasts spelled like a noun, most of them also their verb's base form ("cut", "hit", "shot"): a
#: verb before a possessive determiner or an adverb particle.
_SAME_FORM_PASTS = frozenset("cut hit put set shut quit cast shed spread hurt split burst shot".split())
#: Those of them that are seldom nouns: a verb before any determiner ("The president put the army
#: on alert", "Police shut the border"; but "a tax cut the council opposed").
_SAME_FORM_VERBS = frozenset("put shut quit hurt".split())


def _same_form_past(word: str, following: list[re.Match[str]]) -> bool:
    """Whether a past spelled like a noun is a verb because a possessive determiner follows it
    ("The carmaker cut its forecast"; not "a tax cut the council opposed"), any determiner when it
    is seldom a noun (``_SAME_FORM_VERBS``), or the particle of a phrasal verb ("The ministry hit
    back", "hit out at Cairo", "Turkey shot down a jet", "Police shut down the offices", "cut off the
    power", "set up a base", "Gunmen shot dead three men")."""
    if word not in _SAME_FORM_PASTS or not following:
        return False
    after = following[0].group(0).lower().rstrip(",")
    return after in ("its", "his", "their", "our", "my", "your", "back", "out", "down", "up", "off", "dead") or (
        word in _SAME_FORM_VERBS and after in _DETERMINERS
    )


def _bare_noun_word(word: str) -> bool:
    """A word that can stand in a noun phrase without a determiner ("black listeners", "many
    voters"): letters only, no verb, preposition or pronoun."""
    return word.isalpha() and word.lower() not in _NOT_IN_BARE_NOUN_PHRASE and not _PARTICIPLE.fullmatch(word)


def _question_after_filler(rest: str) -> int | None:
    """Where a question or an account starts after a cue's time or manner ("explained in detail
    how ...", "said on Tuesday why ..."); None when no such words come first, or the wh-word follows
    a preposition ("said in what was ...")."""
    wh = re.match(r"[^,.;:!?\"]{0,60}?\s(?=(?:whether|how|why|what)\s)", rest)
    if wh is None:
        return None
    words = rest[: wh.end()].lower().split()
    if not words or not _AFTER_CUE_FILLER.match(rest[: wh.end()]) or words[-1] in _PREPOSITIONS:
        return None
    # "said Sunday he wasn't questioning whether ...", "threatened Monday to file ... if ...": a
    # clause of its own before the wh-word
    own_clause = any(w in _OWN_CLAUSE_WORDS or w.endswith(("n't", "n\u2019t")) for w in words)
    return None if own_clause else wh.end()


def _verb_like(word: str) -> bool:
    """A word that can end a sentence's subject: a finite verb or an adverb before one."""
    return (
        (bool(_VERB_LIKE.fullmatch(word)) or word in _FINITE_VERBS or word in _CONTRACTIONS)
        and word not in _DETERMINERS
        and word not in _S_NOUNS
    )


def _backshifted(content: str) -> bool:
    """Whether a reported clause is in the past perfect ("it had overstated profits"), so that a
    plain past after it ("..., and its auditor resigned") is the outlet's narration, not the
    claim's next part."""
    return bool(_PAST_PERFECT.search(content))


def _passive_aside_end(rest: str) -> int:
    """Where the clause after a passive cue ends (an offset into ``rest``): before "..., with
    claims of abuse", "... - and it has" (circumstances or another clause), else at its end."""
    aside = re.search(r",\s+(?:with|which|who)\s|\s(?:\u2014|\u2013|--)\s", rest)
    return aside.start() if aside else len(rest)


def _reduced_relative(text: str, start: int) -> bool:
    """Whether the word at ``text[start:]`` is a past participle after a noun and before a
    preposition or a time: a reduced relative clause modifying the noun ("a study published on
    Wednesday", "a statement issued by the ministry", "residents told to leave"), not a clause's verb."""
    before = _modified_noun(text, start)
    if before is None:
        return False
    pair = text[start : start + 30].split()[:2]
    if len(pair) == 2 and _sent_to_do(*pair):
        return True  # "Residents told to leave their homes": passive, whatever the noun
    return before.islower() and bool(_PARTICIPLE_BEFORE_PREPOSITION.match(text, start))


#: A charge after "accused", then the verb of the noun before the participle ("The man accused of
#: murdering a neighbour told the jury ...", "A driver accused of fraud pleaded not guilty"): a
#: past form only before its object or circumstance, so a headline's "Israel accused of war crimes
#: committed in Gaza" keeps its cue.
_CHARGE_THEN_VERB = re.compile(
    r"\s+of\s+(?!having\b|being\b)(?:[\w'\u2019-]+\s+){1,6}?(?:said|says|"
    + _IRREGULAR_PAST_ALTERNATION
    + r"|has|have|had|is|was|were|will|would|could|can|may|might|must|should|did|does|"
    r"[a-z]+ed(?=\s+(?:not|guilty|that|to|in\s+court|on|before|after|the|a|an|his|her|their|its|he|she|they|it|"
    r"him|them)\b))\b"
)


def _participle_before_verb(text: str, start: int, cue: tuple[int, int]) -> bool:
    """Whether a cue's past form right after a noun (in ``text[start:]``) is a participle
    modifying it, with its agent, a count of times or (after a noun for no speaker) a time, before
    the noun's own verb ("A report viewed by Reuters shows that ...", "a video viewed two million
    times purports to show ...", "the rise offered last year was fair"); not "The ministry warned
    by letter that ...", where no verb follows."""
    form = text[cue[0] : cue[1]]
    if not (_REGULAR_PAST.fullmatch(form) or form in _IRREGULAR_PAST):
        return False
    before = _modified_noun(text, cue[0], start)
    if before is None or before.lower() == "who" or before.endswith("ly"):
        return False
    if form == "accused" and _CHARGE_THEN_VERB.match(text, cue[1]):
        return True
    modifier = _PARTICIPLE_MODIFIER.match(text, cue[1])
    if not modifier and before.islower() and not _is_speaker_word(before.lower()):
        modifier = _TIMED_PARTICIPLE_MODIFIER.match(text, cue[1])
    if not modifier:
        return False
    verb = modifier.group(1)
    # a present form in -s may be the noun's verb ("shows", "purports")
    return _verb_word(verb) or bool(_AUXILIARY_WORD.fullmatch(verb)) or re.fullmatch(r"[a-z]+[^s]s", verb) is not None


def _modified_noun(text: str, position: int, floor: int = 0) -> str | None:
    """The word right before ``position`` (not before ``floor``) when a participle after it may
    modify it: letters only, neither a function word nor a subject pronoun; None otherwise (also
    when a comma sets the participle off)."""
    before = text[max(floor, position - 40) : position].split()[-1:]
    if before and before[0].isalpha() and before[0].lower() not in _FUNCTION_WORDS | _SUBJECT_PRONOUNS:
        return before[0]
    return None


#: The abbreviated titles of the bundled table, longest first ("Lt|Col|Gen|...").
_ABBREVIATED_TITLES = "|".join(sorted(map(re.escape, load_abbreviations().titles), key=len, reverse=True))


def _name_run(stops: str, most: int) -> str:
    """A pattern for the characters up to the first of `stops`, where a title's or an initial's
    full stop does not stop ("Mr. Burman", "Lt. Gen. Igor Konashenkov", "J.K. Rowling", "U.S."),
    nor does a number's comma or point ("a survey of 2,000 voters", "2.5 million")."""
    return (
        r"(?:(?<!\w)(?:"
        + _ABBREVIATED_TITLES
        + r"|[A-Z])\.|(?<=\d)[,.](?=\d)|[^"
        + re.escape(stops)
        + r"]){1,"
        + str(most)
        + "}"
    )


@functools.lru_cache(maxsize=4096)
def _pattern_for(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, for patterns built from a name in the text ("Ryder", "the
    ministry"): kept for the next article that names them (up to 4,096; the ``re`` module
    keeps 512 patterns, which the names of a large corpus would cycle through)."""
    return re.compile(pattern, flags)


#: Other heads a body is first named by ("Mali's military government ... the junta"): a later
#: "the junta" refers back to them too.
_HEAD_SYNONYMS = {"junta": ("military government", "military rulers", "military regime", "military leadership")}


#: The rest of a name after its capitalised head: "of" and capitalised words ("[Court] of Justice").
_NAME_OF_TAIL = re.compile(r"\s+of(?:\s+the)?(?:\s+(?:[A-Z][\w'\u2019-]*|and))*\s+[A-Z][\w'\u2019-]*")


def named_before(
    text: str,
    head: str,
    position: int,
    registry: Registry,
    floor: int = 0,
    plural: bool = False,
    skip: Callable[[int], bool] | None = None,
) -> tuple[int, str] | None:
    """(end, actor) of the latest phrase in ``text`` before ``position`` whose head is ``head``
    (or its plural, with ``plural``) and that names an actor ("Syria's foreign ministry" for a
    later "the ministry"), within the last 2,000 characters and after ``floor``; phrases whose
    end ``skip`` rejects are passed over."""
    floor = max(floor, position - 2000)
    heads = (head, *_HEAD_SYNONYMS.get(head, ()))
    suffix = "s?" if plural else ""
    pattern = r"\b(?:" + "|".join(r"\s+".join(map(re.escape, h.split())) + suffix for h in heads) + r")\b"
    for match in reversed(list(_pattern_for(pattern, re.I).finditer(text[floor:position]))):
        end = floor + match.end()
        if skip is not None and skip(end):
            continue
        # a capitalised head may go on with the rest of its name ("the International Court of Justice",
        # "Russia's Ministry of Foreign Affairs" for a later "the court", "the ministry")
        tail = _NAME_OF_TAIL.match(text, end) if match.group()[:1].isupper() else None
        named_end = tail.end() if tail else end
        phrase = " ".join(_PHRASE_CUT.split(text[max(0, end - 60) : named_end])[-1].split()[-8:])
        # "The United States and several European governments": the head is the last conjunct's
        actor = resolve_phrase(re.split(r"\s+and\s+", phrase)[-1], registry)
        if actor:
            return end, actor
    return None


@functools.cache
def _phrase_after_cue() -> re.Pattern[str]:
    """The words after an inverted cue up to punctuation ("said Mr. Burman, an economist")."""
    return re.compile(r"\s+(" + _name_run(',.;:!?"()', 120) + ")")


#: A measure of something as a subject ("the scale of the fraud", "the sheer size of the deficit"):
#: what it "demands" or "shows" is the writer's inference, not anyone's speech ("a number of
#: experts" still speak).
_MEASURE_OF = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:sheer\s+|full\s+|very\s+|true\s+)?"
    r"(?:scale|extent|size|gravity|severity|seriousness|nature|scope|magnitude|depth|weight|pace|intensity)"
    r"\s+of\s",
    re.I,
)
#: A name after a title in lower case, set off as an apposition ("The charity's founder, chef Jose
#: Andres, said"; "The family's lawyer, attorney Ben Crump, said"), the title's rank or former
#: standing before it ("The inquiry's chair, retired judge Helen Marsh, wrote").
_TITLED_APPOSITION = re.compile(
    r"(?!(?:" + "|".join(sorted(_DETERMINERS | _PREPOSITIONS | {"of", "like", "unlike", "via", "except"})) + r")\s)"
    r"(?:(?:former|retired|veteran|acting|interim|deputy|senior|chief|longtime|then)\s+)?[a-z]+(?<!ing)(?:\s+[A-Z][\w'\u2019.-]*){2,3}"
)
#: A name set off by a comma after an inverted role ("said a spokesman, Dmitry Peskov."), up to the
#: end of the sentence or the next comma: the speaker's name, in apposition.
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]*)(?=\s*(?:[,.;!?]|$))")


#: The opening of an aside on a source after "according to X,".
_SOURCE_ASIDE_OPENING = re.compile(
    r"\s*(?:speaking|who|which|writing|posting|citing"
    r"|(?:seen|obtained|reviewed|leaked|published|released|issued|dated|signed|shared|verified)\s)\b",
    re.I,
)
#: An aside on the source after "according to X,": how or on what terms X spoke, who or what X is,
#: what X cited ("According to the ministry, which cited preliminary data, exports fell"), or how a
#: document came to light ("According to the minutes, seen by the Guardian, officials warned").
_SOURCE_ASIDE = re.compile(_SOURCE_ASIDE_OPENING.pattern + r"[^,.;:!?\"]{0,80},", re.I)

#: What a source asks of the reporter after a cue ("who asked not to be named", "requested
#: anonymity"): terms of speaking, not a claim.
_ANONYMITY = re.compile(
    r"\s+(?:(?:not\s+to|to\s+not|to)\s+be\s+(?:named|identified|quoted)|to\s+remain\s+(?:anonymous|unnamed)"
    r"|(?:for\s+)?anonymity)\b",
    re.I,
)


@functools.cache
def _according_to() -> re.Pattern[str]:
    """'according to X', 'in the words / view of X', 'as reported by X', and the source up to punctuation."""
    return re.compile(
        r"\b(?P<cue>[Aa]ccording to|[Ii]n the (?:words|view|opinion) of|"
        r"[Aa]s (?:(?:first|previously|earlier)\s+)?(?:reported|stated|noted|quoted|written|described) (?:by|in))"
        r"\s+(?P<source>" + _name_run(',.;:!?"', 200) + r')(?=[,.;:!?"]|$)'
    )


#: "In his view, ...", "..., in Mr. Guzman's words": a possessor's view or words as an attribution.
_POSSESSIVE_VIEW = re.compile(
    r"\b[Ii]n\s+(?P<owner>his|her|their|its|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}['\u2019]s)\s+"
    r"(?:own\s+)?(?:view|opinion|words|estimation|judgment|judgement|assessment|telling|account)(?=[,.;:!?]|$)"
)


#: A subject's act of taking a medium or an occasion, for a cue that follows as its infinitive of
#: purpose ("took to social media to deny", "went on television to insist", "used a speech to
#: accuse", "held a news conference to deny"): the subject speaks. Not a verb whose object does
#: the act ("urged Moscow to deny").
_MEDIUM_PURPOSE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:"
    r"(?:took|takes|take|taking)\s+to\s+(?:the\s+)?(?:social\s+media|Twitter|X|Facebook|Instagram|Telegram|"
    r"YouTube|TikTok|airwaves|stage|podium|floor|microphone)"
    r"|(?:went|goes|go|going)\s+on\s+(?:[\w-]+\s+){0,2}?(?:television|TV|radio|air|Twitter|X|Facebook)"
    r"|(?:used|uses|use|using|held|holds|hold|holding|called|calls|convened|convenes|gave|gives|give|giving|"
    r"issued|issues|issue|issuing|released|releases|posted|posts|published|publishes)\s+"
    r"(?:a|an|the|his|her|their|its|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|letter|post|address|briefing|broadcast|message|video|news\s+conference|"
    r"press\s+conference|appearance|op-ed|column|rally)"
    r")\s+to\s+$"
)
#: A modal closing the words before a cue ("all the spokesman [would] say").
_TRAILING_MODAL = re.compile(r"\s+(?:" + _MODALS + r")$")
#: Words joining a quote to the attribution after it as the manner of saying ('"...," as a memo
#: put it', '"...," was how one resident put it'), with the comma or space before them.
_HOW_PUT = re.compile(r"[\s,]*(?:as|(?:was|is)\s+(?:how|all))\s+")


def _plural_noun(word: str) -> bool:
    """Whether a head noun is plural: an -s form that is not a singular in -ss, -is or -us
    ("documents", not "analysis", "census"), or a plural without -s ("data")."""
    lower = word.lower()
    return lower in _PLURAL_WITHOUT_S or (lower.endswith("s") and not lower.endswith(("ss", "is", "us", "'s")))


def _head_index(words: list[str]) -> int | None:
    """Where the head noun of a noun phrase with a prepositional phrase is: the word before the
    first preposition after the first word, a participle there skipped ("a study released on
    Tuesday by ...", "documents seen by this newspaper"), or before a contact relative clause's
    subject pronoun ("residents I spoke to", "the people we interviewed"). None without either."""
    preposition = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and (
                w.lower() in _SUBJECT_PREPOSITIONS
                or ((w in _SUBJECT_PRONOUNS or w == "I") and words[i - 1].islower())  # "residents I spoke to"
            )
        ),
        None,
    )
    if preposition is None:
        return None
    at = preposition - 1
    participle = _REGULAR_PAST.fullmatch(words[at]) or words[at].lower() in load_participles()  # "seen by"
    return at - 1 if at and participle else at


def _common_head(phrase: str) -> str:
    """The head of a speaker phrase (before a prepositional phrase, else its last word) when it is
    a common noun (lower case, or opening a longer phrase: "Data from the survey"; not "Jones"),
    else the empty string."""
    words = [w.strip(",") for w in phrase.split()]
    at = _head_index(words)
    at = len(words) - 1 if at is None else at
    head = words[at] if words else ""
    return head if head[:1].islower() or (at == 0 and len(words) > 1) else ""


#: Nouns that count or group the noun after their "of" ("a wave of strikes", "a series of
#: attacks"): that noun is the phrase's head.
_SPATE_NOUNS = frozenset("wave waves series spate string flurry surge rash round rounds spell".split())
_SPATE_OF = re.compile(r"\b(?:" + "|".join(sorted(_SPATE_NOUNS)) + r")\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+)$")


def _topic_subject(phrase: str) -> bool:
    """Whether a speaker phrase is an event, a matter or a thing ("The incident", "the
    tensions", "a fresh wave of strikes"), no one who may speak or threaten."""
    head = _common_head(phrase).lower()
    if head in _SPATE_NOUNS and (spate := _SPATE_OF.search(phrase)):
        head = spate.group(1)
    return head in _TOPIC_HEADS or (head.endswith("s") and head[:-1] in _TOPIC_HEADS)


def _plural_or_document(phrase: str) -> bool:
    """Whether a speaker phrase is plural or a document, never "he" or "she" (also a speaker noun
    capitalised as a sentence's first word: "Prosecutors", "Officials")."""
    head = _common_head(phrase) or (phrase.lower() if phrase.lower() in _SPEAKER_NOUNS else "")
    return bool(head) and (_plural_noun(head) or head.lower() in _DOCUMENT_HEADS)


def _document(phrase: str) -> bool:
    """Whether a speaker phrase is one document ("a court order", "the report"), never "they"."""
    return _common_head(phrase).lower() in _DOCUMENT_HEADS


#: Speaker nouns in -s that are also a verb's present ("documents the abuse", "monitors the talks").
_VERB_SPELLED_PLURALS = frozenset("documents monitors partners doctors".split())


def _people_plural(word: str) -> bool:
    """A plural agent noun that no verb is spelled like ("farmers", "residents", "activists"):
    "Angry farmers in the north blocked roads" has its verb later."""
    lower = word.lower()
    return (
        lower in _SPEAKER_NOUNS
        and lower not in _VERB_SPELLED_PLURALS
        and (bool(_PERSON_PLURAL.fullmatch(lower)) or lower.endswith(("ers", "ents", "ants")))
    )


def _noun_context(word: str, following: str = "") -> bool:
    """Whether a word makes the next one a noun ("his aides", "both leaders", "two reports", "the
    group's leader"); after a noun of the press a past form is its verb ("state media ignored /
    made", not "media reports")."""
    word = word.lower()
    if word in _PRESS_NOUNS and (_past_tense(following) or following in load_participles()):
        return False
    return (
        word in _DETERMINERS
        or word in _NOUN_CONTEXT
        or bool(_NUMERAL.fullmatch(word))
        or (word.endswith(("'s", "\u2019s")) and word not in _CONTRACTIONS and len(word) > 3)
    )  # "the victim's family [paid]": a possessive determines a noun


def _bare_numeral_verb(words: list[str]) -> bool:
    """Whether a numeral alone is the subject of the past verb after it, which takes an object
    ("while four preferred a cut") or a phrase of place or time ("Thousands rallied on Sunday",
    unless the verb is a participle of the passive list: "three wounded in the blast"); not "two
    injured soldiers", "three wounded were"."""
    if len(words) != 3 or not _NUMERAL.fullmatch(words[0].lower()) or not _past_tense(words[1]):
        return False
    after = words[2].lower()
    return after in _DETERMINERS or (after in _PREPOSITIONS - {"by"} and words[1].lower() not in load_participles())


#: Plural nouns that modify the noun after them and are seldom verbs ("a federal appeals court",
#: "the customs service", "a human rights group", "the elections commission").
_ATTRIBUTIVE_PLURALS = frozenset(
    "appeals sales sports customs ethics affairs relations elections securities statistics savings goods "
    "news operations communications logistics humanities economics politics rights services jobs".split()
)


def _noun_before_verb(word: str, following: list[str]) -> bool:
    """A plural noun that looks like a verb, followed by the verb ("bordering states voted against",
    "the ministry's officials said") or modifying the noun after it ("A federal appeals court on
    Thursday upheld"); not a verb before an adjective ("says armed groups")."""
    if not word.endswith("s") or word in _FINITE_VERBS or not following:
        return False
    if word.lower() in _ATTRIBUTIVE_PLURALS and re.fullmatch(r"[a-z]+", following[0]):
        return following[0] not in _DETERMINERS | _FUNCTION_WORDS
    when = _SUBJECT_TIME_START.match(" ".join(following[:3]))  # "officials on Monday pinned ..."
    if when:
        following = following[len(when.group().split()) :]
        if not following:
            return False
    verb, after = following[0], [w.rstrip(",;.") for w in following[1:2]]
    such_as = verb == "such" and after[:1] == ["as"]
    if verb in _FINITE_VERBS or verb in _IRREGULAR_PAST | {"said"} or verb in _PREPOSITION_PARTICIPLES or such_as:
        # "shipping companies including Maersk have ...", "Gulf states said", "groups such as Hamas" (not
        # "calls such claims")
        return True
    adjective = (
        bool(after) and after[0].islower() and after[0] not in _DETERMINERS | _FUNCTION_WORDS | _VERB_BEFORE_WORDS
    )
    return bool(_REGULAR_PAST.fullmatch(verb)) and not adjective


#: Where the noun phrase a verb of display shows ends: "signs of", "remorse during", "emotion as
#: the sentence was read", a comma, a quote's close.
_QUALITY_PHRASE_ENDS = (
    _PREPOSITIONS | frozenset(_PREPOSITION_PARTICIPLES) | {"of", "as", "when", "while", ",", '"', "\u201d"}
)
#: Where the object of a verb with a physical sense ends: a preposition, a comma or a word opening a time
#: ("the city overnight", "100 merchant ships since November").
_PLACE_PHRASE_ENDS = _PREPOSITIONS | {",", "since", "until", "till"}


#: Heads of land or sea one holds a right to, besides _PLACE_HEADS, and that right itself ("claims
#: the reef", "claimed the islands", "claimed sovereignty over ...").
_LAND_HEADS = frozenset(
    "reef reefs island islands islet islets shoal shoals atoll atolls archipelago waters sea seas land lands "
    "peninsula province provinces enclave sovereignty ownership".split()
)


def _claimed_land(content: str) -> bool:
    """Whether a content after a verb with a sense of possession is a noun phrase headed by land,
    sea or a place, up to its first preposition or comma ("the reef", "most of the South China
    Sea", "sovereignty over the islands"), not a claim ("responsibility for the attack", "that ...",
    "that building on the green belt will destroy it": a clause with its own finite verb)."""
    ends = _PLACE_PHRASE_ENDS | {"of"}  # "the town of Bakhmut": the town
    phrase = _object_phrase(content, ends)
    if phrase and phrase[0].lower() == "that" and any(_finite_verb(word) for word in content.split()[2:]):
        return False
    if len(phrase) == 1 and phrase[0].lower() in ("most", "all", "part", "parts", "much"):
        phrase = _object_phrase(content.split(" of ", 1)[-1], ends)  # "most of the South China Sea"
    return 0 < len(phrase) <= 5 and phrase[-1].lower() in _PLACE_HEADS | _LAND_HEADS


#: A content after a verb with a sense of sentencing that names a fate, not a judgement: a pronoun
#: doomed to anything ("them to extinction", "him to death") or anyone doomed to a fate noun ("millions
#: to poverty", "the region to years of war"), at the first "to"; not "the move to expand settlements"
#: nor "the plan to send migrants to prison camps".
_DOOMED = re.compile(
    r"(?:(?:him|her|them|us|me|you|themselves|itself)\s+to\b"
    r"|(?:(?!\bto\b)[^,;.]){1,60}?\bto\s+(?:(?:a\s+)?(?:life|death|extinction|oblivion|poverty|misery|exile|irrelevance|obscurity"
    r"|failure|starvation|prison|jail|hell)\b|(?:years|decades|months|generations)\s+of\b))",
    re.I,
)


def _object_phrase(content: str, ends: frozenset[str]) -> list[str]:
    """The words of an object before the first of ``ends`` (lower case; "," and a closing quote
    mark count as words): "a cavalier disregard" in '"a cavalier disregard" for the truth'."""
    words = re.findall(r"[\w'\u2019-]+|[,\u201d]|(?<=\w)\"", content.lstrip('"\u201c '))
    return list(itertools.takewhile(lambda w: w.lower() not in ends, words))


def _new_predicate(words: list[str]) -> bool:
    """Whether ``words`` open a predicate: a verb ("gave no details", "did not elaborate"), or a
    clause with its own subject, a determiner, a pronoun or a name and a verb within three words
    ("her challenger refused", "the crew survived")."""
    verbs = [bool(_finite_verb(w) or w in _IRREGULAR_PAST or _REGULAR_PAST.fullmatch(w)) for w in words[:4]]
    subject = bool(words) and (words[0].lower() in _DETERMINERS | _SUBJECT_PRONOUNS or words[0][:1].isupper())
    return bool(verbs) and (verbs[0] or (subject and any(verbs[1:])))


#: Nouns a verb of keeping holds as a claim ("maintained his innocence", "maintains its position").
_HELD_STANCES = frozenset(
    "innocence position stance view views line claim claims denial argument belief contention version account".split()
)
#: Where a kept thing's head ends: "close ties" in "close ties with Iran".
_KEPT_OBJECT_ENDS = _PREPOSITIONS | {"and", "but"}


def _kept_thing(content: str) -> bool:
    """Whether a content after a verb with a sense of keeping is a thing kept up, a noun phrase with
    no verb of its own headed by no stance ("a military base in Armenia", "close ties with Iran"),
    not a claim held ("that ...", "the strike was legal", "his innocence", a quotation)."""
    if content.lstrip()[:1] in ('"', "\u201c"):
        return False
    words = re.findall(r"[\w'\u2019-]+", content)
    if not words or words[0].lower() == "that" or _new_predicate(words):
        return False
    phrase = _object_phrase(content, _KEPT_OBJECT_ENDS)
    return bool(phrase) and phrase[-1].lower() not in _HELD_STANCES


#: Goods a verb with a sense of endangering puts at risk as its object ("threaten India's integrity",
#: "threatened the fragile ceasefire"), not a threat made ("threatened retaliation", "threatened a strike").
_ENDANGERED_HEADS = frozenset(
    "security safety stability integrity sovereignty unity peace ceasefire truce future existence survival "
    "independence democracy recovery economy livelihood life lives health progress talks negotiations deal "
    "agreement accord order".split()
)


def _endangered_good(content: str) -> bool:
    """Whether a content after a verb with a sense of endangering is a noun phrase headed by a good
    put at risk, up to its first preposition ("the stability of the region"), not a threat told ("to
    retaliate", "Israel with more attacks", "that ...")."""
    phrase = _object_phrase(content, _KEPT_OBJECT_ENDS | {"of"})
    head = phrase[-1].lower() if phrase else ""
    good = head in _ENDANGERED_HEADS or head.removesuffix("s") in _ENDANGERED_HEADS
    return good and len(phrase) <= 5 and phrase[0].lower() != "that"


#: A determiner that opens what is shown after whom it is shown to ("the world its true face").
_SHOWN_AFTER_ADDRESSEE = frozenset("its their his her our your my no".split())


def _shown_object(content: str, picture: bool = False) -> bool:
    """Whether a content after a verb with a sense of display is a noun phrase headed by a quality
    or a feeling ("a cavalier disregard for the truth", "no remorse", also after whom it is shown
    to: "the world its true face"), by the person it depicts
    ("a video showing an Israeli-American hostage") or by the moment or scene it captures ("the
    moments before an officer fired"), not a clause ("that ...", "the moment of risk is ..."). When
    a ``picture`` shows it, also a pronoun where the picture puts them ("showing him in a cell"; a
    poll that "showed him in the lead" finds something)."""
    if _CAPTURED_MOMENT.match(content) and not re.search(r"\b(?:is|are|was|were|will|would)\b", content):
        return True
    phrase = _object_phrase(content, _QUALITY_PHRASE_ENDS)
    for at in range(1, len(phrase)):
        word = phrase[at].lower()
        if phrase[at - 1].lower() in _DEPICTED_HEADS and (
            word.endswith("ing") or _finite_verb(word) or _AUXILIARY_WORD.fullmatch(word)
        ):
            # "a hostage pleading for his release", "(a video showing) a hostage was aired": the
            # person depicted, then what they do or the sentence's own verb
            phrase = phrase[:at]
            break
    opening = content.lower().split()[:2]
    if picture and len(opening) == 2 and opening[0] in _OBJECT_PRONOUNS and opening[1] in PLACE_PREPOSITIONS:
        return True  # "a video showing him in an orange jumpsuit": a person where a picture puts them
    shown = next((at for at in range(1, len(phrase)) if phrase[at].lower() in _SHOWN_AFTER_ADDRESSEE), None)
    if shown is not None and phrase[0].lower() in _DETERMINERS:
        phrase = phrase[shown:]  # "shown the world its true face": whom it is shown to, then what
    return (
        0 < len(phrase) <= 4
        and phrase[0].lower() not in _WH_WORDS | {"that"}
        and phrase[-1].lower() in _QUALITY_HEADS | _DEPICTED_HEADS
    )


def _found_object(content: str) -> bool:
    """Whether a content after a verb with a sense of discovery is only a noun phrase headed by a
    thing one comes upon ("the body of a man", "a knife hidden in the car"), not a finding ("a
    link between ...", "that ...") nor a thing found to be something ("the knife to be ...")."""
    words = _object_phrase(content, frozenset())  # every word; the phrase ends at the first of these
    ends = _QUALITY_PHRASE_ENDS | _SUBJECT_PRONOUNS  # "a knife they said was ..."
    phrase = list(itertools.takewhile(lambda w: w.lower() not in ends, words))
    if len(phrase) > 1 and re.fullmatch(r"[a-z]{2,}(?:ed|en)", phrase[-1]):
        phrase = phrase[:-1]  # "a knife hidden in the car", "weapons stored at the site"
    rest = words[len(phrase) :]
    return (
        0 < len(phrase) <= 4
        and phrase[0].lower() not in _WH_WORDS | {"that"}
        and phrase[-1].lower() in _FOUND_HEADS
        and not (rest and rest[0].lower() in ("to", "was", "were", "had", "is", "are"))
    )


def _convened_object(content: str) -> bool:
    """Whether a content after a verb with a sense of convening is only a noun phrase headed by an
    event one calls ("a snap election", "the strike" before "over staffing levels"), with no label
    after it ("the strike a success")."""
    words = [w.lower() for w in re.findall(r"[\w'\u2019-]+|[,\"\u201c\u201d]", content)]
    phrase = list(itertools.takewhile(lambda w: w not in _PLACE_PHRASE_ENDS, words))
    rest = words[len(phrase) :]
    # a label after the event's prepositional phrases: an article or a quotation mark that no preposition
    # governs ("called her vote in favor of the war a mistake")
    label = any(w in ('"', "\u201c", "a", "an") and rest[i - 1] not in _PREPOSITIONS for i, w in enumerate(rest) if i)
    return 0 < len(phrase) <= 4 and phrase[-1] in _CONVENED_HEADS and not label


def _in_name(phrase: str, start: int, end: int) -> bool:
    """Whether the capitalised -ing form at ``phrase[start:end]`` is a word of a body's name,
    between capitalised words or after one and "for" or "of" ("the Center for Countering Digital Hate")."""
    before = phrase[:start].split()[-2:]
    after = phrase[end:].split()[:1]
    return (
        phrase[start : start + 1].isupper()
        and phrase[start:end].endswith("ing")
        and bool(before)
        and (before[-1][:1].isupper() or (before[-1] in ("for", "of") and len(before) > 1 and before[0][:1].isupper()))
        and bool(after)
        and after[0][:1].isupper()
    )


def _surname_form(phrase: str, start: int, end: int) -> bool:
    """Whether the capitalised cue form at ``phrase[start:end]`` closes the phrase after a
    capitalised word: a surname spelled like a verb ("Dr. Amina Said", "Edward Said")."""
    before = phrase[:start].split()[-1:]
    return phrase[start : start + 1].isupper() and not phrase[end:].strip() and bool(before) and before[0][:1].isupper()


def _capitalised(words: list[str]) -> bool:
    return any(w[:1].isupper() for w in words)


#: Participles after a cue that name its source, not its claim ("reported, citing sources, ...").
_SOURCE_PARTICIPLES = frozenset({"citing", "quoting"})


def _ing_form(cue: str) -> bool:
    """Whether a cue is an -ing form: "saying", and "pointing out" (a phrasal cue's verb)."""
    return cue.split(" ", 1)[0].endswith("ing")


@dataclass(frozen=True)
class _Cues:
    forms: frozenset[str]  # lower case; "calls for" and "according to" style forms included
    with_object: frozenset[str]
    noun_base: frozenset[str]  # base forms that are nouns too ("report"): never a cue
    noun_plural: frozenset[str]  # -s forms that are plural nouns too ("reports"): a cue after a singular name
    inverting: frozenset[str]  # forms that can precede their speaker ("said Peskov")
    attitude: frozenset[str] = frozenset()  # forms whose object is the outlet's description, not a claim
    predicative: frozenset[str] = frozenset()  # adjectives after "be" ("is critical of"): not passives
    noun_object: frozenset[str] = frozenset()  # forms whose content is their object, a noun phrase
    own_infinitive: frozenset[str] = frozenset()  # object verbs whose bare infinitive is the subject's ("promised to")
    passive: frozenset[str] = frozenset()  # forms whose passive attributes ("was accused of", "is expected to")
    naming: frozenset[str] = frozenset()  # of those, verbs that give a name or label ("was called a charlatan")
    physical: frozenset[str] = frozenset()  # forms that also name a physical act ("attacked the city")
    quantity: frozenset[str] = frozenset()  # forms that also name a change of amount ("declined 27%")
    display: frozenset[str] = frozenset()  # forms that also name showing a quality ("showed no remorse")
    memory: frozenset[str] = frozenset()  # forms that also name calling back ("recalled its ambassador")
    convening: frozenset[str] = frozenset()  # forms that also name calling an event ("called a snap election")
    discovery: frozenset[str] = frozenset()  # forms that also name coming upon a thing ("found a knife")
    possession: frozenset[str] = frozenset()  # forms that also name holding a right to land ("claims the reef")
    decision: frozenset[str] = frozenset()  # forms that also name settling a thing ("determined the cause")
    publication: frozenset[str] = frozenset()  # forms that also name putting a thing up ("posted a video")
    endangering: frozenset[str] = frozenset()  # forms that also name putting at risk ("The crisis threatened")
    reply: frozenset[str] = frozenset()  # forms that answer what another said ("replied", "shot back")
    prospect: frozenset[str] = frozenset()  # forms that also name what one will meet ("should expect delays")
    sentencing: frozenset[str] = frozenset()  # forms that also name dooming ("condemned them to extinction")
    keeping: frozenset[str] = frozenset()  # forms that also name keeping a thing up ("maintains a base")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Cue spans in ``text[start:end]``: at each word, the longest listed form, in lower case
        or with its first letter capitalised (checked by the caller)."""
        end = len(text) if end is None else end
        found = [
            match.span()
            for match in self._pattern.finditer(text, start, end)
            if not (match.group().lower().startswith("claim") and _LIVES.match(text, match.end(), end))
        ]
        for index, (a, b) in reversed(list(enumerate(found))):
            if text[a:b].lower().endswith(" for") and _TIMED_FOR.match(text, b, end):
                # "argued for years that": the verb alone, when it is a cue of its own
                verb = text[a:b].split()[0]
                if verb.lower() in self.forms:
                    found[index] = (a, a + len(verb))
                else:
                    del found[index]
        phrases = [match.span() for match in _QUOTED_AS.finditer(text, start, end)]
        if phrases:
            found = sorted([c for c in found if not any(a <= c[0] < b for a, b in phrases)] + phrases)
        return found

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str]:
        """The forms as one trie-shaped pattern (``word_trie_pattern``), whole words where a
        hyphen counts as a letter ("self-described" is no cue)."""
        return word_trie_pattern((v for f in self.forms for v in (f, f[:1].upper() + f[1:])), word=r"[\w-]")

    def is_cue(self, phrase: str) -> bool:
        return (phrase.lower() in self.forms and phrase[1:] == phrase[1:].lower()) or bool(_QUOTED_AS.fullmatch(phrase))


#: The values of the verb table's ``sense`` column, each a ``_Cues`` field of the same name.
_SENSES = (
    "physical",
    "quantity",
    "display",
    "memory",
    "convening",
    "discovery",
    "possession",
    "decision",
    "publication",
    "endangering",
    "reply",
    "prospect",
    "sentencing",
    "keeping",
)


@functools.cache
def load_cues() -> _Cues:
    """The reporting verbs of ``reporting_verbs.tsv``."""
    forms: set[str] = set()
    sets: dict[str, set[str]] = {
        "object": set(),
        "noun_base": set(),
        "noun_plural": set(),
        "inverting": set(),
        "attitude": set(),
        "noun_object": set(),
        "predicative": set(),
        "own_infinitive": set(),
        "passive": set(),
        "naming": set(),
        **{sense: set() for sense in _SENSES},
    }
    source = "framing/data/reporting_verbs.tsv"
    columns = ("lemma", "forms", "object", "noun", "inverts", "voice")
    seen: dict[str, int] = {}
    for number, row in read_tsv(read_data_text("reporting_verbs.tsv"), source, columns):
        row_forms = [f.strip() for f in row["forms"].split(",") if f.strip()]
        for flag in ("noun", "inverts"):
            if row[flag].strip() not in ("yes", "no"):
                raise ConfigError(f"{source} line {number}: {flag} is {row[flag]!r}; write yes or no")
        if row["object"].strip() not in ("yes", "optional", "no"):
            raise ConfigError(f"{source} line {number}: object is {row['object']!r}; write yes, optional or no")
        for form in row_forms:
            if form in seen:  # its flags would mix two rows'
                raise ConfigError(f"{source} line {number}: {form!r} is also on line {seen[form]}; list each form once")
            seen[form] = number
        forms.update(row_forms)
        lemma = row["lemma"].strip()
        if row["object"].strip() in ("yes", "optional"):
            sets["object"].update(row_forms)
        if row["object"].strip() == "optional":
            sets["own_infinitive"].update(row_forms)
        if row["noun"].strip() == "yes":
            sets["noun_base"].add(lemma)
            sets["noun_plural"].update(f for f in row_forms if f.endswith("s") and not f.endswith("ss"))
        if row["voice"].strip() not in ("reported", "editorial"):
            raise ConfigError(f"{source} line {number}: voice is {row['voice']!r}; write reported or editorial")
        if row["voice"].strip() == "editorial":
            sets["attitude"].update(row_forms)
        if row.get("copula", "").strip() not in ("", "yes", "no"):
            raise ConfigError(f"{source} line {number}: copula is {row['copula']!r}; write yes or no")
        if row.get("copula", "").strip() == "yes":
            sets["predicative"].update(row_forms)
        if row.get("content", "").strip() not in ("", "clause", "noun"):
            raise ConfigError(f"{source} line {number}: content is {row['content']!r}; write clause or noun")
        if row.get("content", "").strip() == "noun":
            sets["noun_object"].update(row_forms)
        if row.get("passive", "").strip() not in ("", "yes", "naming", "no"):
            raise ConfigError(f"{source} line {number}: passive is {row['passive']!r}; write yes, naming or no")
        if row.get("passive", "").strip() in ("yes", "naming"):
            sets["passive"].update(row_forms)
        if row.get("passive", "").strip() == "naming":
            sets["naming"].update(row_forms)
        if row.get("sense", "").strip() not in ("", *_SENSES):
            raise ConfigError(
                f"{source} line {number}: sense is {row['sense']!r}; write {', '.join(_SENSES)} or leave it empty"
            )
        if row.get("sense", "").strip() in _SENSES:
            sets[row["sense"].strip()].update(row_forms)
        if row["inverts"].strip() == "yes":
            sets["inverting"].update(f for f in row_forms if not f.endswith("ing"))
    return _Cues(
        frozenset(forms),
        frozenset(sets["object"]),
        frozenset(sets["noun_base"]),
        frozenset(sets["noun_plural"]),
        frozenset(sets["inverting"]),
        frozenset(sets["attitude"]),
        frozenset(sets["predicative"]),
        frozenset(sets["noun_object"]),
        frozenset(sets["own_infinitive"]),
        frozenset(sets["passive"]),
        frozenset(sets["naming"]),
        **{sense: frozenset(sets[sense]) for sense in _SENSES},
    )


_OPENS_AFTER = "([\u2014-"
#: Words that follow a closing quotation mark, never a plural possessive ("... jets' he said").
_AFTER_QUOTE_WORDS = _FUNCTION_WORDS | _PRONOUNS | frozenset({"said", "says", "is", "was", "are", "were"})
#: Elisions that start with an apostrophe at a word's start and are not quotation marks:
#: 'em, 'til, 'cause, 'tis, 'twas, 'n' (rock 'n' roll), years ('18) and decades ('90s).
_ELISION = re.compile(r"'(?:em|n|til|cause|tis|twas|\d\d)(?![\w'])|'n'|'\d\d?s\b", re.I)


def _quote_marks(text: str, view: TextView, marks_text: str, start: int, end: int) -> list[tuple[int, bool, str]]:
    """(view offset, opens, raw mark) for each double quotation mark in the view range."""
    marks = []
    for match in re.finditer('"', marks_text[start:end]):
        position = start + match.start()
        raw = text[view.to_original(position)]
        before = marks_text[position - 1] if position > start else " "
        after = marks_text[position + 1] if position + 1 < end else " "
        opens_here = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
        # a straight mark, or a closing curly mark typed at a quote's start, opens by its position
        marks.append((position, raw in _OPENING_QUOTES or opens_here, raw))
    return marks


def find_quote_spans(
    text: str, view: TextView, start: int, end: int, marks_text: str | None = None
) -> list[tuple[int, int, bool]]:
    """Quoted spans ``(start, end, closed)`` in a paragraph (view offsets, marks included).

    ``marks_text`` is the view text with single quotation marks made double
    (``quotation_text``); by default the view's own text, double marks only.
    """
    spans = []
    open_at: int | None = None
    opened_by = ""
    for position, opens, raw in _quote_marks(text, view, view.text if marks_text is None else marks_text, start, end):
        # German quotes open low and close with the mark English uses to open: „so“
        german_close = opened_by == "\u201e" and raw == "\u201c"
        if open_at is None and opens:
            open_at, opened_by = position, raw
        elif open_at is not None and (not opens or german_close):
            if not _nickname(view.text, open_at, position + 1, start, end):
                spans.append((open_at, position + 1, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end, False))
    return spans


_NAME_BEFORE = re.compile(r"(?<![\w.-])[A-Z][a-z]+\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+\b")


def _nickname(text: str, start: int, end: int, floor: int, limit: int) -> bool:
    """A quoted word between the parts of a name ('Marcia "Cia" Price', 'Mohammed "Abu" Ali'):
    a nickname, not a quotation. Not in a title-case line, where every word is capitalised
    ('Trump Calls Clinton "Crooked" Again')."""
    inner = text[start + 1 : end - 1]
    if not re.fullmatch(r"[A-Z][\w.'-]{0,14}", inner):
        return False
    before = _NAME_BEFORE.search(text, max(floor, start - 30), start)
    after = _NAME_AFTER.match(text, end, limit)
    if before is None or after is None:
        return False
    words = re.findall(r"[A-Za-z]+", text[floor:limit])
    return sum(w[0].islower() for w in words) >= len(words) / 3


def _single_quote_spans(v: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Spans quoted with single marks in the paragraph ``v[start:end]`` (the view, where every
    single mark is "'"), told from apostrophes by position.

    A mark opens at a word's start (after a space, a bracket or a dash, not an elision such as
    'em or '90s) and closes after a word when no letter or digit follows. A closing mark
    after "s" and before a word may be a plural possessive ("the pilots' fault"), so unless
    that word is one that never follows a possessive (a pronoun, a function word, "said"), it
    closes the quote only when no unambiguous closing mark comes before the next opening one.
    A quote left open is kept only when it opens the paragraph (a quote running on into the
    next paragraph).
    """
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    possessive: int | None = None  # the first ambiguous closing mark of the open quote
    position = v.find("'", start, end)
    while position != -1:
        before = v[position - 1] if position > start else " "
        after = v[position + 1] if position + 1 < end else " "
        if (before.isspace() or before in _OPENS_AFTER) and not after.isspace() and after != "'":
            elision = _ELISION.match(v, position)
            if elision:
                position = elision.end() - 1  # the second mark of 'n' is part of it
            else:
                if open_at is not None and possessive is not None:
                    spans.append((open_at, possessive + 1, True))
                open_at, possessive = position, None  # an earlier unclosed mark was an apostrophe
        elif open_at is not None and not before.isspace() and not after.isalnum():
            following = v[position + 2 : position + 3]
            next_word = _WORD.match(v, position + 2, end)
            possessive_like = following.isalnum() or following in ("'", '"', "(")
            if next_word and next_word.group().lower() in _AFTER_QUOTE_WORDS:
                possessive_like = False  # "the pilots' he said": a noun would follow a possessive
            if before in "sS" and after == " " and possessive_like:
                possessive = position if possessive is None else possessive
            else:
                spans.append((open_at, position + 1, True))
                open_at, possessive = None, None
        position = v.find("'", position + 1, end)
    if open_at is not None:
        if possessive is not None:
            spans.append((open_at, possessive + 1, True))
        elif not v[start:open_at].strip():
            spans.append((open_at, end, False))
    return [span for span in spans if any(c.isalpha() for c in v[span[0] : span[1]])]


def quotation_text(text: str, view: TextView, paragraphs: list[tuple[int, int]]) -> str:
    """The view text with quotes in single marks given double marks, and the double marks
    nested inside them given single ones, so that all quotes read as in American usage
    ('He said: \u2018It was a \u201cprovocation\u201d.\u2019' -> 'He said: "It was a 'provocation'."').
    Single marks inside a double-quoted span are nested quotes and stay as they are; a
    single-quoted span that crosses a double-quoted one is not a quote. Same length as the
    view, so offsets are unchanged.
    """
    v = view.text
    if "'" not in v:
        return v
    edits: dict[int, str] = {}
    for start, end in paragraphs:
        singles = _single_quote_spans(v, start, end)
        if not singles:
            continue
        doubles = find_quote_spans(text, view, start, end)
        for s_start, s_end, s_closed in singles:
            if any(
                d_start < s_end and s_start < d_end and not (s_start < d_start and d_end <= s_end)
                for d_start, d_end, _ in doubles
            ):
                continue  # nested in a double-quoted span, or crossing one
            edits[s_start] = '"'
            if s_closed:
                edits[s_end - 1] = '"'
            for d_start, d_end, d_closed in doubles:
                if s_start < d_start and d_end <= s_end:
                    edits[d_start] = "'"
                    if d_closed:
                        edits[d_end - 1] = "'"
    if not edits:
        return v
    chars = list(v)
    for position, mark in edits.items():
        chars[position] = mark
    return "".join(chars)


@dataclass(frozen=True)
class QuotedText:
    """An article's normalised view, its paragraphs (view offsets, boilerplate left out), the
    view with quotes in single marks given double ones (``quotation_text``), and the quoted
    spans of every paragraph."""

    view: TextView
    paragraphs: tuple[tuple[int, int], ...]
    text: str
    spans: tuple[tuple[int, int, bool], ...]


def quoted_text(article: Article) -> QuotedText:
    """Where ``article`` quotes, as the quote layer, the blame layer and the voice map all read
    it (computed once for the three)."""
    view = normalize(article.text)
    paragraphs = tuple(
        (view.from_original(s.start), view.from_original(s.end)) for s in article.segments if s.role != "boilerplate"
    )
    return _quoted_text(article.text, paragraphs)


@functools.lru_cache(maxsize=8)
def _quoted_text(text: str, paragraphs: tuple[tuple[int, int], ...]) -> QuotedText:
    view = normalize(text)
    marked = quotation_text(text, view, list(paragraphs))
    spans = tuple(q for start, end in paragraphs for q in find_quote_spans(text, view, start, end, marked))
    return QuotedText(view, paragraphs, marked, spans)


def _role_for_body(words: list[str]) -> bool:
    """A person's role and the body served ("A spokesman for Ukraine's SBU security service", "the
    head of the state railway company"): a determiner, at most two modifiers, a person's noun, then
    "for", "of" or "at" and words with no comma or relative word. It may run longer than a subject."""
    head = next(
        (i for i in (1, 2, 3) if i < len(words) and _person_noun(words[i]) and words[i].lower() not in _BODY_NOUNS),
        None,
    )
    return (
        head is not None
        and words[0].lower() in _DETERMINERS
        and len(words) > head + 2
        and words[head + 1] in ("for", "of", "at")
        and not any(w.endswith(",") or w.lower() in _RELATIVES for w in words[head + 1 :])
    )


def _insertion_before_that(text: str, start: int, end: int) -> re.Match[str] | None:
    """An insertion between a cue ending at ``start`` and its that-clause ("reported, citing
    military sources, that ..."); none when the words before its comma are joined by "and" to
    another verb ("refused to concede and claimed, without evidence, that ...": the next cue's),
    nor when they hold a finite verb: a cleft's "that" ("said it was Hezbollah, not the state, that
    had ...": the whole clause is the claim)."""
    inserted = _INSERTED_BEFORE_THAT.match(text, start, end)
    words = text[start : inserted.end()].split(",")[0].split() if inserted else []
    if _AND_OR & set(words) or any(_finite_verb(w) for w in words):
        return None
    return inserted


def _negated_participle(words: list[str], index: int) -> bool:
    """Whether the negation at ``index`` opens a participle describing the noun before it, with its
    preposition ("Scientists not involved in the research", "officials not authorised to speak"),
    not a verb's negation ("police have not confirmed")."""
    participle, following = (words[index + 1 : index + 3] + ["", ""])[:2]
    return (
        not _AUXILIARY_WORD.fullmatch(words[index - 1].lower())
        and (participle.endswith("ed") or participle in _IRREGULAR_PAST)
        and following.lower() in _PREPOSITIONS
    )


def _clause_after_addressee(clause: re.Match[str]) -> int | None:
    """Where a clause's subject starts when the words a clause pattern took for its subject are an
    addressee no pattern knew and then the subject, each opened by a determiner ("told [the
    defendant] his actions had been", "told [the officials] the plan would"); None otherwise."""
    words = list(re.finditer(r"\S+", clause.group(1)))
    second = next((i for i, w in enumerate(words) if i and w.group(0).lower() in _DETERMINERS), None)
    if second is None or second > 3 or words[0].group(0).lower() not in _DETERMINERS:
        return None
    if not all(w.group(0).isalpha() and w.group(0).islower() and not _verb_word(w.group(0)) for w in words[1:second]):
        return None
    return clause.start(1) + words[second].start()


def _role_before_participle(words: list[str]) -> int | None:
    """How many words of a person's role and the body served ("The lawyer for a police officer")
    come before a participle describing what is served ("charged with murder ..."), or None when
    the words are no role for a body or hold no such participle."""
    if not _role_for_body(words):
        return None
    return next(
        (
            i
            for i in range(3, len(words))
            if words[i][:1].islower() and (words[i].endswith(("ed", "ing")) or words[i] in _IRREGULAR_PAST)
        ),
        None,
    )


def _coordinated_subject(words: list[re.Match[str]]) -> bool:
    """Two noun phrases joined by "and", each no longer than a subject may be, the second opened by
    a determiner or a name ("The New York Times and the Gannett newspaper chain filed ...")."""
    texts = [w.group(0) for w in words]
    joins = [i for i, w in enumerate(texts) if w == "and"]
    if len(joins) != 1 or "," in "".join(texts):
        return False
    join = joins[0]
    second = texts[join + 1 : join + 2]
    return (
        0 < join <= _MAX_SUBJECT_WORDS
        and len(texts) - join - 1 <= _MAX_SUBJECT_WORDS
        and bool(second)
        and (second[0] in _DETERMINERS or second[0][:1].isupper())
        and not _PREPOSITION_START.match(texts[0].lower())
    )


def _verbless_phrase(words: list[str]) -> bool:
    """A short addressee, time or medium phrase after a cue, with no verb, no "that" and no quote
    in it ("told his radio audience on Monday", "said in a statement on Friday")."""
    verb = any(w.lower() in _FINITE_VERBS or re.fullmatch(r"[a-z]+ed|that|.*[\"\u201c\u201d].*", w) for w in words)
    return len(words) <= 8 and not verb


def _set_off_role(words: list[str]) -> bool:
    """Whether ``words``, set off before a name, are the name's role: a phrase opened by a
    determiner or a possessive, with no verb, no time ("A spokesman for the Chinese foreign
    ministry", "Algeria's envoy"; not "this week")."""
    opener = bool(words) and (words[0].lower() in _DETERMINERS or words[0].endswith(("'s", "\u2019s")))
    return opener and not _TRAILING_TIME.fullmatch(" " + " ".join(words)) and _verbless_phrase(words)


#: A name, with the body it belongs to ("Ana Ruiz", "Ana Ruiz of the health union").
_CLOSING_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3}(?:,?\s(?:of|at|from)\s[^,;]+)?")


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


_TRAILING_TIME = re.compile(
    # "in March", not a place ("China's embassy in Washington said")
    r"(?:\s+(?:on|late|early|last|this|next|earlier|later|in(?!\s+(?!" + _MONTH + r"\b)[A-Z]))"
    r"(?:\s+(?:this|last|on))?\s+"
    r"(?:[A-Z]\w+|\d{4}|week|month|year|day|morning|night|evening|afternoon|statement|interview|"
    r"a statement|an interview)"
    r"(?:\s+(?:night|morning|evening|afternoon))?"
    # "Britain on the same day blamed", "Kyiv later that day said", "Paris at the same time said"
    r"|\s+(?:(?:on|at|by|later|earlier)\s+)?(?:the\s+(?:same|next|following|previous)|that)\s+"
    r"(?:day|week|month|year|morning|night|evening|afternoon|time)"
    # after an auxiliary: "Abiy has in recent months repeatedly said", "She has for years argued",
    # "has on several occasions warned" (not "polls taken over the past two weeks show": a participle's)
    r"|(?:(?<=\shas)|(?<=\shad)|(?<=\shave))(?:\s+(?:in\s+recent|(?:in|over)\s+the\s+(?:past|last)"
    r"(?:\s+(?:few|several|two|three))?)\s+(?:days|weeks|months|years|decades)"
    r"|\s+for\s+(?:days|weeks|months|years|decades)|\s+on\s+(?:several|many|numerous|multiple)\s+occasions))+$"
)
#: "X issued a statement saying ...": the statement's author speaks.
_STATEMENT = re.compile(
    r"\s+(?:" + "|".join(_ISSUING_VERBS) + r")\s+"
    r"(?:a|an|its|his|her|their|two|three|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|report|communique|announcement|message|letter|tweet|post|e-?mail|video|complaint|memo|speech|"
    r"lawsuit|suit|petition|motion|brief|appeal)s?"
    # "to Fox News", "on Instagram", not a participle and its object ("on Saturday showing a hostage")
    r"(?:\s+(?:to|on)\s+(?:(?![a-z]{2,}ing\s+(?:a|an|the|his|her|their|its)\s)[^,;:.!?\"]){1,40}?)?\s*$"
)  # "X sent a statement to Fox News saying": X speaks through the document
#: A paragraph's label, maybe after a bullet: a name of up to four words (group 1) and a colon or a
#: dash (group 2): "Russia: ", "- United States: ", "POLAND - ".
_PARAGRAPH_LABEL = re.compile(
    r"(?:[-*\u2022\u2013\u2014]\s+)?((?:[A-Z][\w.'\u2019-]*\s){0,3}[A-Z][\w.'\u2019-]*)(:|\s[-\u2013\u2014])\s"
)
_GENERIC_HEADS = frozenset(
    "ministry army military government embassy office statement spokesman spokeswoman spokesperson official "
    "officials cabinet agency council committee department force forces commander minister president premier "
    "chief ambassador secretary general adviser advisor envoy diplomat embassy leader letter letters communique "
    "source sources service junta wing delegation negotiator representative command navy fleet mission".split()
)
#: Generic heads that only a state has ("the army", "the ministry", "the police force"): never an
#: organisation's; the bodies first, then the persons who speak for a state.
_STATE_BODY_HEADS = frozenset("ministry army military police government embassy cabinet junta navy fleet".split())
STATE_HEADS = _STATE_BODY_HEADS | frozenset("minister president premier ambassador envoy diplomat".split())
#: Heads that name an organisation after "the" ("the group", "the alliance"): the latest named.
ORGANISATION_HEADS = frozenset("group movement organisation organization alliance bloc militia faction".split())
#: Heads that "the" refers back to only when a speaker or phrase with that head named an actor
#: before ("The Saudi-led coalition said ... The coalition said": Saudi Arabia; "The International
#: Court of Justice ruled ... The court found": the ICJ); never the last speaker whoever it was
#: ("Amnesty called on ... The coalition did not respond": no actor).
_ANTECEDENT_HEADS = frozenset("coalition court tribunal".split())
#: Heads of publications and institutions, never "he" or "she" ("the top British medical journal");
#: not a state body or a group, whose unnamed spokesman a wire story may call "he" next.
_NON_PERSON_HEADS = frozenset(
    "journal newspaper paper magazine website network channel outlet show programme program university company "
    "firm court tribunal panel jury".split()
)
#: Singular speaker nouns that name a body, not a person: "The previous government left ..."
#: gives no antecedent for a later "he said".
_BODY_NOUNS = (
    _STATE_BODY_HEADS
    | ORGANISATION_HEADS
    | _NON_PERSON_HEADS
    | frozenset(
        "administration agency authority campaign command commission committee council crew delegation department "
        "force office party police regime service union wing".split()
    )
)
#: Actor kinds (the registry's free-text ``kind``) that are no state.
_NON_STATE_KINDS = ORGANISATION_KINDS | {"people"}
#: Modifiers of a generic head that place it in aid or rights work ("a senior aid official", "a
#: humanitarian official"): no state's or armed group's, whoever spoke before.
_AID_MODIFIERS = frozenset((*AID_WORK_WORDS, "charity"))
#: Capitalised words of a body's own name ("the Foreign Ministry official", "the Health ministry"):
#: no place or group of their own.
_BODY_NAME_WORDS = frozenset(
    "foreign defense defence interior health justice finance home state security military army navy air force "
    "ministry senior top chief press national public general federal central".split()
)
_LOWER_SPEAKER_STARTS = frozenset(
    "the a an some two three four several many most both one my his her their its our sources officials critics "
    "experts analysts observers residents witnesses people reports polls police prosecutors investigators diplomats "
    "lawmakers he she they it we i israeli russian another other others each every all any this that these those "
    "such top senior former federal local state supporters aides voters members leaders".split()
)
#: Nouns that make a lower-case phrase a speaker ("elected officials from both parties").
_SPEAKER_NOUNS = _GENERIC_HEADS | frozenset(
    "sources officials critics experts analysts observers residents witnesses people reports polls police "
    "investigators diplomats lawmakers supporters aides voters members leaders lawyer lawyers attorney attorneys "
    "economist economists scientist scientists researchers professor professors historian activists advocates "
    "protesters groups group campaign administration court judge judges study survey poll analysis report documents "
    "prosecutors commentators pundits columnists bloggers journalists reporters correspondents doctors medics "
    "soldiers officers commanders relatives survivors neighbors neighbours historians scholars "
    "academics workers staff employees volunteers rescuers paramedics nurses physicians farmers villagers locals "
    "inhabitants citizens refugees migrants victims families parents students teachers organizers organisers "
    "fighters militants rebels insurgents troops guards monitors inspectors negotiators mediators delegates "
    "representatives spokespeople insiders executives traders shopkeepers eyewitnesses passengers crew "
    "firefighters authorities agencies charities ministers senators governors mayors engineers consultants "
    "opponents participants applicants accountants builders drivers pilots sailors fans players coaches managers "
    "owners buyers sellers customers consumers tenants landlords homeowners patients shareholders bankers lenders "
    "borrowers campaigners dealers retailers producers suppliers colleagues friends veterans allies partners rivals "
    "skeptics sceptics surgeons architects planners developers detectives commuters shoppers viewers readers "
    "clerics priests rabbis imams elders chiefs coach manager captain chairman chairwoman boss founder owner "
    "doctor teacher mother father wife husband son daughter victim witness resident survivor expert analyst "
    "critic campaigner activist mayor governor senator lawmaker player pilot driver soldier officer nurse "
    "patient student worker farmer fan unions union governments companies firms businesses banks insurers "
    "employers manufacturers hospitals universities airlines parties countries nations ministries media "
    "broadcasters newspapers minutes transcript transcripts records filings studies surveys analyses findings "
    "estimates statistics figures data services states delegations "
    "brother sister neighbour neighbor friend colleague cousin uncle aunt grandmother grandfather nephew niece "
    "ombudsman regulator watchdog coroner auditor inspector prosecutor investigator panel tribunal inquiry probe "
    "audit review investigation forecasters forecaster pollsters policymakers bystanders onlookers mourners "
    "strikers miners fishermen pensioners prisoners detainees hostages evacuees marchers staffers backbenchers "
    "carers caregivers truckers ranchers climbers hikers islanders men women man woman children child boys girls "
    "boy girl youths teenagers".split()
)  # a meeting's minutes and a hearing's transcript speak as its documents ("minutes of the meeting showed")
#: Speaker nouns that may close a wire headline after a dash ("... - DPR head", "... - source").
_DASH_SPEAKER_NOUNS = _SPEAKER_NOUNS | {"head"}
#: A plural agent noun ("environmentalists", "physicians", "demonstrators"): people, who may
#: speak, also when no list names them (not "-ers": "papers", "numbers", "letters" are things).
_PERSON_PLURAL = re.compile(r"[a-z]{3,}(?:ists|ians|ors)")
#: A singular agent noun that names a person ("commissioner", "physician", "journalist").
_PERSON_SINGULAR = re.compile(r"[a-z]{3,}(?:ist|ian|ioner)")
#: A cue's object followed by the means of saying it ("explained the vote by saying", "justified it
#: by arguing"): group 1 the -ing form, which reports the claim itself.
_MEANS_CUE = re.compile(r"(?<=\w)\s+by\s+([A-Za-z]+ing)\b")
_AFTER_CUE_FILLER = re.compile(
    r"^\s*(?!at\s+(?:least|most)\b)(?:(?:"
    + _WHEN_WHERE
    + "|"
    + _DEICTIC_TIME
    + r"|after|before|following|afterwards?|subsequently|shortly|soon|immediately|outside|inside|throughout|near|amid|"
    r"ahead|over|via|through|publicly|privately|for(?=\s+" + _DURATION + r")|"
    r"separately|again|also|repeatedly|without|falsely|wrongly|baselessly|only|simply|merely|flatly|bluntly|"
    r"explicitly|earlier|previously|recently|as(?=\s+(?:early|late|recently|long\s+ago)\s+as\s)|"
    r"(?:(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:minute|hour|day|week|month|year)s?|"
    r"(?:moments|minutes|hours|days|weeks|months|years))\s+(?:earlier|later|ago|before)|"
    r"unanimously|firmly|angrily|emphatically|categorically|unequivocally|formally|jointly|"
    r"\d{1,3}-\d{1,3}(?=\s+(?:that|to|in|on|at|against|with|after|by)\s|\s*$)|"
    r"to(?=\s+(?:the|a|an|his|her|their|its|reporters|journalists|supporters)\s))\b(?!['\u2019]s)"
    r"(?:[^,.;:!?\"]|" + _TITLE_STOP + r"){0,60}?)?\s*$"
)  # an initial's or a title's full stop is no sentence end ("in a statement to Michael M. Grynbaum");
#   "to the crowd", "to reporters": an addressee (an infinitive never opens with a determiner);
#   "at least 13 people died" is a claim's subject, not a place; a manner ("ruled unanimously")
#   or a vote's tally ("ruled 5-4 on Tuesday that") says how the cue was made


#: Where a noun phrase before its head stops, looking back: punctuation, a sentence's end or a line
#: break (a headline's last words are no part of the first line's phrase).
_PHRASE_CUT = re.compile(r"[,;:!?\"()\u201c\u201d\n]|\.\s")
#: The title and forenames right before a person's surname: "Iranian envoy Ali ", "Pentagon press
#: secretary Pat ", "Iran's foreign ministry spokesman Nasser " (capitalised words, possessives and
#: the lower-case words of a title, ending in a title word; an office capitalised too: "Moldova's
#: President Maia ").
_TITLE_BEFORE_NAME = re.compile(
    r"(?<![\w'\u2019-])(?:[A-Z][\w.'\u2019-]*\s+|(?:press|foreign|defen[cs]e|deputy|prime|vice|senior|"
    r"chief|former|interior|military|security|national|top|state|air|force|ministry|army|intelligence)\s+)*"
    r"(?:spokes(?:wo)?man|spokesperson|minister|(?i:president|secretary|ambassador|chancellor|premier)|adviser|"
    r"advisor|chief|commander|general|director|leader|envoy|official|diplomat|negotiator)\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}$"
)
#: Lower-case particles a word of a person's name may have before it ("Turki al-Maliki", "Ursula
#: von der Leyen", "Lula da Silva").
_NAME_PARTICLES = r"(?:(?:al|el|bin|ibn|bint|van|von|der|den|de|da|di|du|dos|das|del|della)(?:-|\s+))*"
#: A person's name after a title: up to three capitalised words, each with a lower-case letter.
_NAME_AFTER_TITLE = (
    rf"(?:{_NAME_PARTICLES}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\s+){{0,2}}"
    rf"{_NAME_PARTICLES}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*"
)
#: A person named after a body's title with no country, one modifier at most ("military spokesman
#: Daniel Hagari", "Foreign ministry spokeswoman Mao Ning", "a foreign ministry spokeswoman, Mao
#: Ning"): group 1 is the body, whose latest speaker they speak for.
_BODY_TITLE_NAME = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Za-z-]+\s+)?"
    r"((?i:military|army|ministry|police|government|navy|embassy|presidency|coalition))\s+(?:press\s+)?"
    r"(?:spokes(?:wo)?man|spokesperson|chief|official|commander),?\s+"
    # ranks before the name ("military spokesman Lt. Col. Avi Cohen")
    r"(?:(?:" + _ABBREVIATED_TITLES + r")\.\s+)*" + _NAME_AFTER_TITLE
)
#: A spokesman named with no body of his own ("spokesman Eric Pahon"): the body's in context.
_BARE_SPOKESMAN = re.compile(r"(?i:spokes(?:wo)?man|spokesperson|press\s+secretary)\s+" + _NAME_AFTER_TITLE)
#: One who speaks for a person named by surname ("Erdogan's spokesman", "Netanyahu's office").
_NAMED_PERSON_VOICE = re.compile(
    r"([A-Z][\w-]+)['\u2019]s\s+(?:(?:chief|senior|top|deputy)\s+)?"
    r"(?:spokes(?:man|woman|person)|office|aides?|advis[eo]rs?|press\s+secretary|chief\s+of\s+staff)\b"
)
#: A common noun's possessor before a speaker's head ("The group's statement", "the ministry's
#: spokesman", "the alliance's secretary general"): group 1 the possessor.
_COMMON_POSSESSOR = re.compile(
    r"((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)['\u2019]s?\s+[a-z-]+(?:\s+[a-z-]+)?"
)

#: The heads of a body that may own a title ("the service's director", "the group's leader").
_BODY_OWNER_HEADS = _GENERIC_HEADS | ORGANISATION_HEADS | _ANTECEDENT_HEADS


def _body_possessor(role: str) -> str | None:
    """The body a title belongs to when "the" body's head owns it ("the service's director", "the
    junta's chief", "the group's leader"): who the titled person speaks for."""
    owned = _COMMON_POSSESSOR.fullmatch(role)
    head = owned.group(1).split()[-1].lower() if owned else ""
    return owned.group(1) if owned and head in _BODY_OWNER_HEADS else None


#: A body's proper name after "the" ("the Commission on Presidential Debates"), its acronym in
#: brackets perhaps ("The Athletics Integrity Unit (AIU)"): never "he" or "she".
_NAMED_BODY = re.compile(r"[Tt]he(?:\s+(?:[A-Z][\w'&.-]*|of|on|for|and|the))+(?:\s+\([A-Z][\w&.-]*\))?")
#: A head of state or government, a minister or an envoy named after a title with no country
#: ("President Andrzej Duda", "Prime Minister Mark Rutte", "Sports Minister Pavel Kolobkov"): group 1
#: is the title.
_OFFICE_NAME = re.compile(
    r"((?:(?:Vice|Deputy|Prime|[A-Z][a-z]+)\s+)?(?:President|Minister|Chancellor|Premier|"
    r"King|Queen|Emir|Ambassador|Secretary))\s+" + _NAME_AFTER_TITLE
)
#: An apposition opened by an article right after a name, up to a comma, a relative word or the
#: sentence's end ("Osama Hamdan, a senior Hamas official, said", "said COGAT, the Israeli military
#: body that coordinates aid."), or a title with no article whose body follows a preposition
#: ("said Elaine Pearson, Asia director at Human Rights Watch"): group 1 is what it calls the named.
_NAME_APPOSITION = re.compile(
    r",\s+((?:a|an|the)\s[^,.;:!?\"\u201c\u201d()\n]{1,80}?"
    r"|(?:[A-Z][\w-]*\s+){0,2}[a-z]+\s+(?:at|for|of|with)\s+[^,.;:!?\"\u201c\u201d()\n]{1,60}?)"
    r"(?=\s*[,.;:!?]|\s+(?:who|which|that|whose)\b)"
)
#: A person's name, perhaps titled: "Ryder", "Mr. Kanaani", "Nasser Kanaani".
_PROPER_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Col|Adm|Prof|Maj|Lt|Brig|Capt|Cmdr|Gov|Amb|Sgt)\.?\s+){0,2}"
    rf"(?:{_NAME_PARTICLES}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\s+){{0,2}}"
    rf"{_NAME_PARTICLES}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*"
)


@dataclass(frozen=True)
class _Draft:
    kind: QuoteKind
    fragments: tuple[tuple[int, int], ...]  # view offsets
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    possessor: bool = False  # the speaker owns a claim noun ("Trump's claim"): no antecedent for later pronouns
    unattributed: bool = False  # an agentless passive ("was accused of ..."): nobody is named, nobody is guessed
    passive: bool = False  # a passive's subject as content ("Syria was accused by Russia"): one name suffices


#: Two speakers joined in one name ("The United States and several European governments"), not a
#: body's own name ("Department of Health and Human Services": no determiner after "and").
_COORDINATED_NAME = re.compile(r"\sand\s+(?:the|a|an|other|several|many|some|its|their|two|three)\s")


@dataclass(frozen=True)
class _Speaker:
    position: int
    name: str
    actor: str | None
    is_person: bool
    direct: bool
    gender: str | None = None  # "m" or "f" when a title, a noun or a pronoun says so


def _claims_around(claims: SpanIndex[_Draft], start: int, end: int) -> list[_Draft]:
    """The drafts one of whose content spans holds ``start``:``end``, in their original order."""
    return [host for low, high, host in claims.near(start, end) if low <= start and end <= high]


#: A name of up to three words as a sentence's subject, alone, after a role ("City boss Marta
#: Ruiz saw it differently") or after its title and a comma, perhaps with an age or a role set off
#: ("Dale, 27, tested ...", "Tom Baxter, the Republican candidate, had asked"), then its verb or an
#: auxiliary ("Stephen Flynn went further.", "The SNP's leader, Stephen Flynn, went ...", "Yadlin
#: shrugs"); not after a title's abbreviation ("Gov. Chris Christie"); after a live blog's time stamp
#: ("12:15am: Carter has spoken.").
_NAMED_SUBJECT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n)|(?<=,\s)|(?<=\d:\s)|(?<=\d[ap]m:\s))(?<![A-Z][a-z]\.\s)(?<![A-Z][a-z]{2}\.\s)"
    # "City boss Marta Ruiz disagreed": a role before the name (its noun checked by the caller)
    r"(?P<role>(?:[A-Z][\w'\u2019-]*\s+){0,2}(?:[a-z]+\s+){1,2})?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})(?:,\s(?:\d{1,3}|(?:the|a|an)\s[^,.;\"\u201c]{1,50}?),)?"
    rf",?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|{_AUXILIARY}|{_IRREGULAR_PAST_ALTERNATION}|[a-z]+[^s\W]s)\b"
)
#: "The" and an office or a person's noun as a sentence's subject before a past verb ("The
#: transport minister resigned on Saturday. ... he said"): a person "he" or "she" may name later
#: (the noun checked by the caller).
_ROLE_SUBJECT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n)|^)The\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+)\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]+ed|{_IRREGULAR_PAST_ALTERNATION})\b"
)
#: How far back (characters) a surname standing alone looks for the full name it shortens.
_SURNAME_CHARS = 3000
#: How far back (characters) a "he" or "she" looks for a person named before it.
_ANTECEDENT_CHARS = 600
#: A person's full name at the end of a speaker phrase: a first and a last name ("Pep Alvarez").
_FULL_NAME = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]*[a-z]$")


def _ends_in_full_name(phrase: str) -> bool:
    """Whether a speaker's phrase ends in a person's full name ("Foreign Minister Sergei Lavrov"),
    not in a place's after a preposition ("A hand recount in Maricopa County", "the mayor of New York")."""
    found = _FULL_NAME.search(phrase)
    before = phrase[: found.start()].split() if found else []
    return bool(found) and not (before and before[-1].lower() in _PREPOSITIONS | {"of"})


#: Words that show a speaker's gender: a title, a gendered noun, or the pronoun that named them.
_GENDER_WORDS = {
    **dict.fromkeys(
        "mr mr. he spokesman congressman chairman councilman businessman father son husband brother widower "
        "grandfather uncle nephew king prince boy man".split(),
        "m",
    ),
    **dict.fromkeys(
        "mrs mrs. ms ms. miss she spokeswoman congresswoman chairwoman councilwoman businesswoman mother daughter "
        "wife sister widow grandmother aunt niece queen princess girl woman".split(),
        "f",
    ),
}  # not "his" or "her": a possessive names someone else ("Her spokesman, Andrew Wilder")
#: Words after which a titled name opens a clause as its subject ("..., and President X said").
_SUBJECT_OPENERS = frozenset("and but when as while after before because since that though although".split())
#: Capitalised words that open a subject but are no given name ("The Kremlin", "Both Moscow").
_NOT_GIVEN_NAMES = frozenset(
    word.capitalize()
    for word in _DETERMINERS
    | _FUNCTION_WORDS
    | _SUBJECT_OPENERS
    | _QUANTIFIER_SUBJECTS
    | _SENTENCE_ADVERBS
    | {"neither", "either", "all", "no", "yet"}
)
#: A titled name: "Mr. Labrador", "Ms. Lynch" (candidates for "he" and "she" with their gender),
#: not an office ("Mr. President", "Madam Speaker"); or an office and a name (group "office").
_TITLED_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms)\.?\s+(?!(?:President|Speaker|Chairman|Secretary|Mayor|Ambassador|Prime|Vice)\b)"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
    # "Ukrainian President Volodymyr Zelensky", "Foreign Minister Sergei Lavrov", "US Ambassador
    # Linda Thomas-Greenfield": an office, then a name
    r"|(?P<office>(?<![\w'\u2019-])(?:(?:[A-Z][a-z]+|[A-Z]{2,3})(?:['\u2019]s)?\s+)?(?:President|Prime\s+Minister|(?:[A-Z][a-z]+\s+)?Minister|Chancellor|"
    r"Secretary(?:\s+of\s+State)?|(?:[A-Z][a-z]+\s+)?Secretary|Senator|Governor|Mayor|Ambassador)\s+"
    r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){1,2}(?![\w'\u2019-]))"
)


def _gender(phrase: str) -> str | None:
    """The gender a speaker phrase states ("Mr. Obama", "the spokeswoman", "she"), else None."""
    words = [w.strip(",;:()") for w in phrase.lower().split()]  # "His widow, Elena"
    genders = {_GENDER_WORDS[w] for w in words if w in _GENDER_WORDS}
    return genders.pop() if len(genders) == 1 else None


def _comma_groups(text: str) -> list[tuple[int, int]]:
    """Spans of the comma-separated pieces of ``text``, commas inside parentheses or a number
    ("2,000") ignored."""
    groups, start, depth = [], 0, 0
    for position, character in enumerate(text):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if (
            character == ","
            and depth <= 0
            and not (text[position - 1 : position].isdigit() and text[position + 1 : position + 2].isdigit())
        ):
            groups.append((start, position))
            start = position + 1
    groups.append((start, len(text)))
    return groups


#: The end of a quotation right before a word ('"...", claims', '"...," reports').
_AFTER_QUOTATION = re.compile(r"(?:[\"\u201d],?|',|,')\s*$")
#: Nouns of pictures and recordings, which show what they show, not a claim ("a video showing him
#: in a cell").
_PICTURE_NOUNS = frozenset(
    "video videos footage photo photos photograph photographs image images picture pictures clip clips "
    "recording recordings".split()
)
#: A recording of someone: the one recorded speaks ("footage of Hillary Clinton asking").
_RECORDING_OF = re.compile(r"(?:(?:a|an|the)\s+)?(?:video|footage|clip|recording|tape|audio)s?\s+of\s+(?=\S)")
#: Verbs that present someone else's words ("quoted Clinton saying", "aired footage of X asking").
_PRESENTING_VERBS = frozenset(
    "quote quotes quoted cite cites cited show shows showed shown hear hears heard use uses used air airs aired "
    "play plays played feature features featured include includes included bring brings brought".split()
)


#: The forms of the verbs that deny what they take as content ("denied", "rejects", "dismissing").
DENYING_VERB = (
    r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
)
#: A noun that the words after it describe, with no "that" ("..., a charge Tehran denies", "a
#: fact its diplomats deny", "a move the Kremlin condemned", "claims Moscow rejects", "a charge
#: they denied", "a remark she later repeated", "a charge both countries reject"): not part of the
#: speaker after it.
_SUBJECT_AHEAD = r"(?=" + _CLAIM_SUBJECT_WORDS + r")"
_CONTACT_RELATIVE = re.compile(
    r"\s*(?:an?|the|one)\s+(?:[a-z-]+\s+)?(?:"
    + _APPOSITION_NOUNS
    + r")s?\s+"
    + _SUBJECT_AHEAD
    +
    # "..., charges Israel has never confirmed": a bare plural of a claim
    r"|\s*(?:charges|claims|allegations|accusations|assertions)\s+"
    + _SUBJECT_AHEAD
)
#: A dash setting off such an apposition in a comma's place ("... has armed the RSF - a charge Abu
#: Dhabi rejects").
_APPOSITION_DASH = re.compile(_SET_OFF_DASH + r"(?=" + _CONTACT_RELATIVE.pattern + ")")
#: A pronoun denying what the words before it name ("they denied", "it has always rejected").
_DENIED_CHARGE = re.compile(
    r"(?:he|she|it|they)\s+(?:(?:has|have|had|always|also|strongly|flatly|repeatedly|vehemently)\s+){0,2}"
    r"(?:" + DENYING_VERB + r")\b",
    re.I,
)
#: The end of a clause before a pronoun that denies it: ", a charge", ", an accusation", ", which".
_CHARGE_REFERENCE = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[a-z-]+\s+)?(?:charge|accusation|allegation|claim)s?|charges|allegations|which)\s+$",
    re.I,
)
#: The words between a pronoun subject and its own verb ("it [had not been] informed").
_OWN_VERB_GAP = re.compile(
    r"(?:(?:had|has|have|would|will|did|does|do|was|were|is|are)\s+)?(?:not\s+|never\s+|also\s+)?(?:been\s+)?"
)
#: The passive of an accusation after its subject ("was accused", "have long been blamed").
_ACCUSED_PASSIVE = re.compile(
    r"\s(?:was|were|is|are|(?:has|have|had)\s+(?:[a-z]+ly\s+|long\s+)?been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:accused|blamed|charged|suspected)\b"
)
#: A verb of accusing whose object is the accused ("accused organisers of", "blamed Hezbollah for").
_ACCUSING_VERB = re.compile(r"\b(?:accus|blam|charg)(?:e|es|ed|ing)\b", re.I)
#: A time between a subject and its verb ("Officials on Monday blamed ...", "Turkish officials
#: last week said ..."), at the end of the subject's words.
_SUBJECT_TIME = r"(?:" + _WHEN + r"|earlier|last\s+night)"
_SUBJECT_WHEN = re.compile(r"\s+" + _SUBJECT_TIME + "$")
_SUBJECT_TIME_START = re.compile(_SUBJECT_TIME + r"\b")
#: Whom a speaker stands for, opening the sentence: "Speaking for France, the ambassador said",
#: "On behalf of the EU, its envoy ...", "Representing Iran, the deputy minister ..." (group 1).
_REPRESENTED = re.compile(
    r"\s*(?:Speaking\s+(?:for|on\s+behalf\s+of)|On\s+behalf\s+of|Representing)\s+([^,;:.!?\"]{2,60}),\s+"
)
#: Days and times that open a sentence before a comma ("Monday, ...", "Yesterday, ...").
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later".split()
)
#: One name in a list of speakers ("Jordan", "the Palestinian Authority", "Peskov").
_LIST_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}")
#: A plural group closing a list of names ("..., the EU and several Latin American governments").
_LIST_CLOSING_GROUP = re.compile(
    r"(?:(?:the|several|other|some|many|most|\w+\s+other)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+\s+)?[a-z]{3,}s"
)


def _recent_speaker_of(head: str, history: list[_Speaker]) -> _Speaker | None:
    """The latest of the last five speakers whose name holds ``head`` ("the ministry", "military"
    after "Syria's foreign ministry", "The Israeli military"): who a generic head or a body's
    title refers back to; never two speakers joined in one name, whose actor is the first's."""
    return next(
        (h for h in reversed(history[-5:]) if head in h.name.lower() and not _COORDINATED_NAME.search(h.name)), None
    )


def _list_start(region: str, breaks: list[re.Match[str]], start: int) -> int:
    """Where a list of names ending in "X and Y" before a cue begins ("Jordan, Egypt and the
    Palestinian Authority condemned"): back over comma-separated names that open the region,
    never over an opening adverbial ("In Amman, ...", "Meanwhile, ...")."""
    last = re.split(r"\s+and\s+", region[start:].strip())
    if not breaks or len(last) != 2 or not _LIST_NAME.fullmatch(last[0]):
        return start
    if not (_LIST_NAME.fullmatch(last[1]) or _LIST_CLOSING_GROUP.fullmatch(last[1])):
        return start
    index = len(breaks) - 1
    while index >= 0 and breaks[index].group(0).strip() == ",":
        item_start = breaks[index - 1].end() if index else 0
        item = region[item_start : breaks[index].start()].strip()
        first = item.split()[0] if item else ""
        if (
            first.lower() in _PREPOSITIONS | _TIME_WORDS
            or _OPENING_ADVERB.fullmatch(first + ",")
            or _SUBORDINATOR_START.fullmatch(first)
        ):
            return start
        if not _LIST_NAME.fullmatch(item):
            # "Regulators in France, Italy and South Korea said": the list is the place of the
            # noun before it, which heads the speaker; not an opening participle's place
            head = _LIST_HEAD.fullmatch(item) if index == 0 else None
            return 0 if head and not head.group(1).lower().endswith("ing") else start
        index -= 1
    return 0 if index < 0 else start


#: A noun of one or two words with a preposition of place before the first name of a list
#: ("Regulators in France", "Officials from Kenya").
_LIST_HEAD = re.compile(r"(?:[A-Za-z][\w-]*\s+)?([A-Za-z][\w-]*)\s+(?:in|from|of|across)\s+" + _LIST_NAME.pattern)


#: Words after which "the"/"its" ... continue the phrase before them ("the head of the army",
#: "Russia and the US", "all the parties") rather than open a new one.
_PHRASE_CONTINUES = (
    _PREPOSITIONS
    | _SUBJECT_PREPOSITIONS
    | frozenset(
        "and or nor all both half than through across along inside outside behind beyond toward towards within "
        "without like throughout after before since during despite amid via per upon onto off up down out".split()
    )
)


#: Determiners that open the subject of a relative clause with no "that".
_CONTACT_DETERMINERS = frozenset("the its his her their".split())


#: Adverbs of time that open the rest of a phrase, never a noun a relative clause describes.
_NO_HEAD_ADVERBS = frozenset("now then once still also later formerly currently previously".split())


def _rubric_end(text: str, start: int, end: int) -> int | None:
    """Where the outlet's rubric and its colon opening ``text[start:end]`` end ("Exclusive: ...",
    "Opinion: ...", a press release's "Embargoed until 00:01 GMT Thursday: ..."), or None when no
    label in _RUBRICS opens it."""
    rubric = _RUBRIC_OPENING.match(text, start, end) or _EMBARGO.match(text, start, end)
    return rubric.end() if rubric and rubric.group(1).lower() in _RUBRICS | {"embargoed"} else None


def _contact_noun(word: str) -> bool:
    """Whether a word before a subject pronoun is a noun that a contact clause describes ("footage"
    in "footage it said showed", "exercises" in "exercises it described as"), not a verb or a
    function word ("said he", "insists he", "and they")."""
    verb = word in _IRREGULAR_PAST | _FINITE_VERBS or bool(re.search(r"(?:ed|ing)$|^said$", word))
    subordinator = re.fullmatch(SUBORDINATE_OPENERS + r"|unless|whether|wh\w*ever", word)  # "unless it wants"
    return _heads_relative(word) and word not in _FUNCTION_WORDS | _AND_OR and not (verb or subordinator)


def _heads_relative(word: str) -> bool:
    """Whether a word before a determiner can be the noun a relative clause with no "that"
    describes ("attacks" in "attacks the group says are ..."): a lower-case word that does not
    carry its phrase on ("of", "and", "the" ...) nor is a relative word ("that the IDF said was")
    nor an adverb of time ("..., Ukraine's former commander and now its ambassador, said")."""
    return bool(re.fullmatch(r"[a-z]+", word)) and word not in (
        _PHRASE_CONTINUES | _DETERMINERS | _RELATIVES | _NO_HEAD_ADVERBS
    )


#: The noun of a relative clause of time with no "that" or "when": "the first time", "the same day".
_TIME_OF_RELATIVE = r"(?:first|second|third|last|only|next|same)\s+(?:time|day|week|month|year|occasion)\s+"
#: A relative clause of time up to its subject before a cue, an auxiliary and an adverb maybe
#: between ("the first time the ministry [said]", "the third time AROS [said]", "the last time he
#: [said]", "the first time Wellington has publicly [blamed]", "the first time officials have
#: [blamed]", a bare plural with one modifier at most).
_TIME_RELATIVE = re.compile(
    r"(?<![\w-])"
    + _TIME_OF_RELATIVE
    + r"((?:the|its|his|her|their)\s+[\w'\u2019-]+(?:\s+(?!ha[sdv]e?\b)[\w'\u2019-]+)?"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|he|she|they|it|we"
    r"|(?:[\w-]+\s+)?[a-z]+s)\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:[a-z]+ly|also|ever|never|again|once)\s+)?$"
)
#: A sentence opened by a relative clause of time ("On the same day Russia announced A, B"), up to
#: the clause's subject.
_OPENING_TIME = re.compile(r"\s*(?:(?:[Oo]n|[Aa]t|[Bb]y|[Ff]rom)\s+)?(?:[Tt]he|[Tt]hat)\s+" + _TIME_OF_RELATIVE)


def _opening_filler(region: str, start: int, end: int) -> re.Match[str] | None:
    """Words at ``start`` that open no speaker: a conjunction or an adverb ("But Moscow ...",
    "Meanwhile the army ..."), a subordinator ("When Iran ..."), or a time with no comma ("On
    Tuesday Iran announced ...", "Last week Hezbollah, the Iran-backed group, said ...", "Last
    week police said ...")."""
    filler = (
        _LEADING_FILLER.match(region, start, end)
        or _SUBORDINATOR.match(region, start, end)
        or _OPENING_WHEN.match(region, start, end)
    )
    if filler:
        return filler
    bare = _OPENING_WHEN_BARE.match(region, start, end)
    return bare if bare and (_person_noun(bare.group(1)) or _plural_noun(bare.group(1))) else None


#: A name after a noun with an article, or a plural with a determiner, at the end of a phrase (group 3;
#: group 1 the determiner, group 2 the noun): "a move Beijing", "the figures Moscow".
_CONTACT_NAME = re.compile(
    r"(?<![\w'\u2019-])(a|an|the|its|his|her|their|these|those)\s+([a-z]+)\s+"
    r"((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*)\s*$"
)


def _contact_subject(region: str, start: int) -> int:
    """Where the subject of a finite cue starts when that cue opens a relative clause with no
    "that" ("a string of attacks the group says are aimed at ...", "the figures the ministry
    reports"): the determiner after a noun that ends the phrase before the cue, when what follows
    it is a short noun phrase, or the subject pronoun after such a noun ("footage it said showed"),
    or a name after a noun with an article or a plural ("a move Beijing condemned as", "the
    figures Moscow reported"; not "the striker Lucas Moreau said", "a spokesman"); else ``start``."""
    words = list(re.finditer(r"\S+", region[start:]))
    if len(words) > 1 and words[-1].group(0) in _SUBJECT_PRONOUNS - {"i", "you"}:
        return start + words[-1].start() if _contact_noun(words[-2].group(0)) else start
    named = _CONTACT_NAME.search(region, start)
    if (
        named
        and (named.group(1) in ("a", "an") or re.fullmatch(r"[a-z]+[^s\W]s", named.group(2)))
        and _contact_noun(named.group(2))
        and named.group(2) not in _SPEAKER_NOUNS
    ):
        return named.start(3)  # "a move Beijing condemned as ...", "the figures Moscow reported"
    for index in range(len(words) - 1, max(len(words) - 4, 0) - 1, -1):
        word = words[index].group(0)
        if word not in _CONTACT_DETERMINERS:
            continue
        before = words[index - 1].group(0) if index else ""
        tail = [w.group(0) for w in words[index + 1 :]]
        if (
            _heads_relative(before)
            and not (index > 1 and words[index - 2].group(0).lower() in _RELATIVES)  # "who heard the blast"
            and not (index > 1 and words[index - 2].group(0) == "to")  # "Officials tasked to monitor the vote"
            # a gerund after a preposition takes the noun as its object: "The officer accused of beating the man"
            and not (
                before.endswith("ing") and index > 1 and words[index - 2].group(0).lower() in _PREPOSITIONS | {"of"}
            )
            and tail
            and not any(_finite_verb(w) or w in _IRREGULAR_PAST or not re.fullmatch(r"[\w'\u2019-]+", w) for w in tail)
            and not (len(tail) > 1 and _verb_like(tail[-1]))  # "the region the army controls say": a verb
        ):
            return start + words[index].start()
        break
    return start


def _is_speaker_word(word: str) -> bool:
    """A lower-case noun for people or bodies that speak ("officials", "critics", "nations")."""
    return word in _SPEAKER_NOUNS or bool(_PERSON_PLURAL.fullmatch(word))


def _bare_plural_subject(region: str, floor: int) -> int:
    """Where the subject of a relative clause with no "that" starts when it is one plural noun for
    people with no determiner ("a case prosecutors described as ...", "the figure officials
    say is ..."): after a noun that can head the clause (not a verb's past form); else ``floor``."""
    words = region[floor:].split()
    if len(words) < 2:
        return floor
    noun, before = words[-1], words[-2]
    person = _is_speaker_word(noun)
    if (
        person
        and noun.endswith("s")
        and _heads_relative(before)
        and not before.endswith("ed")
        and not _finite_verb(before)
    ):
        at = floor + len(region[floor:].rstrip()) - len(noun)
        modified = _NAMED_ACT_MODIFIERS.search(region, floor, at)
        return modified.start(1) if modified else at
    return floor


#: Words between a noun an outlet names an act or a claim with and the plural for people after it
#: ("a decision aid groups [warned]", "a move human rights groups [said]"): the plural's modifiers.
_NAMED_ACT_MODIFIERS = re.compile(
    r"(?<![\w'\u2019-])(?:a|an|the)\s+(?:" + _APPOSITION_NOUNS + r")\s+((?:[a-z]+\s+){1,2})$"
)
#: A participle after a subordinator or a preposition ("after insisting", "while denying").
_SUBORDINATED_PARTICIPLE = re.compile(r"\b(?:after|before|while|when|by|without|since|despite)\s+([a-z]+ing)\b")
#: A time measured from an event ("hours after ...", "just days before ..."): an adjunct, no claim.
_MEASURED_TIME = re.compile(
    r"\s*(?:(?:just|only|barely|a|an|one|two|three|few|several|some|\d+)\s+){0,2}"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|shortly)\s+(?:after|before)\s"
)
#: A modal of advice, permission or possibility before a cue with a sense of prospect: what one
#: will meet, no belief held ("Residents should expect delays", "Voters can expect higher taxes",
#: "Sweden should not expect our support"); not "Analysts expect", "economists would expect".
_ADVISING_MODAL = re.compile(r"\b(?:(?:should|can|must|may)(?:\s+not)?|cannot|can't|shouldn't|mustn't)\s+$", re.I)
#: Participles of the act of speaking that are no cue of their own: after an attribution they
#: describe how the speaker spoke ("speaking on condition of anonymity", "addressing reporters")
#: or what it made public as it spoke ("..., the Pentagon said, releasing video of the intercept").
_SPEAKING_ACTS = frozenset(
    {"speaking", "talking", "addressing", "appearing", "requesting", "declining", "referring", "responding"}
    | {"releasing", "publishing", "posting", "sharing", "issuing", "unveiling", "circulating", "distributing"}
)
#: How the speaker left things out, after an attribution ("..., the government said, without giving
#: details", "..., officials said, without elaborating"): the act of saying, no more of the claim.
_WITHOUT_SAYING = re.compile(
    r"\s*without\s+(?:\w+ly\s+)?(?:giving|providing|offering|citing|naming|elaborating|specifying|explaining|"
    r"saying|identifying|disclosing|revealing|commenting|mentioning|going\s+into|presenting|producing|detailing)\b"
)
#: "reported on the death of ...", "has reported on how the war ...": a journalist's coverage of a
#: topic, not a claim (but "reported on its website that ...", "reported on Monday").
_COVERED_TOPIC = re.compile(r"\s+on\s+(?:the|a|an|how|what|why|whether)\s(?![^,;.:!?\"\u201c]*\bthat\b)")
#: Words after "to" that make it a preposition, not an infinitive's ("said to the reporters", "to him").
_TO_NON_VERB = (
    r"(?:the|a|an|his|her|their|its|our|my|me|him|them|us|you|reporters|journalists|myself|himself|herself)\b"
)
#: A passive set off by commas after its noun, before the noun's verb ("The kidnappers, believed
#: to be linked to al-Qaeda, have not commented", "The man, said to be in his 40s, was arrested"):
#: the noun is what is believed or said, and nobody in the sentence says it.
_PASSIVE_ASIDE = re.compile(
    r"\s+to\s+(?!" + _TO_NON_VERB + r")[a-z]+\b"
    r"[^,;.:!?\"\u201c\u201d]{0,80},\s+(?:(?:also|still|later|then|now)\s+)?(" + _AUXILIARY + r"|[a-z]+)"
)
#: Past participles that raise their noun to a passive with no comma or auxiliary ("a criminal group
#: believed to operate from Russia", "A man thought to be in his 40s was arrested"): the noun is
#: what is believed, and nobody in the sentence says it. "said" only before "to be" or "to have"
#: ("The doctor said to rest" is the doctor's).
_RAISED_BY = frozenset(
    "believed thought reported alleged known understood rumored rumoured considered presumed suspected reputed".split()
)
#: "to" and the verb after such a participle (group 1).
_RAISED_INFINITIVE = re.compile(r"\s+to\s+(?!" + _TO_NON_VERB + r")([a-z]+)\b")
#: What follows a participle that modifies the noun before it, ending where the noun's own verb
#: starts (group 1): an agent ("A report viewed by Reuters shows") or how often ("a video viewed
#: more than two million times purports", "posts shared widely claimed").
_PARTICIPLE_MODIFIER = re.compile(
    r"\s+(?:by\s+(?=[A-Z\d]|(?:the|a|an|its|his|her|their|millions|thousands)\s)(?:(?!that\b|which\b|who\b|to\b)[\w'\u2019.&-]+\s+){1,5}?"
    r"|(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    r"(?:(?:[\d][\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:(?:hundred|million|thousand|billion)\s+)?|(?:millions|thousands|hundreds|dozens)\s+of\s+)times\s+"
    r"|(?:widely|online)\s+)([a-z]+)\b"
)
#: The same with when instead ("the rise offered last year was fair", "the deal signed in March has
#: collapsed"): checked only after a noun for no speaker, as "Officials said last year was the
#: hottest" is a claim.
_TIMED_PARTICIPLE_MODIFIER = re.compile(
    r"\s+(?:(?:last|this|next)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|" + _WEEKDAYS + r")"
    r"|(?:on|in|since)\s+(?:" + _WEEKDAYS + r"|" + _MONTH + r"(?:\s+\d{1,2})?|\d{4})|yesterday)\s+([a-z]+)\b"
)
#: An -ing phrase that is the subject of a verb ("replacing Clinton would be hard"): a clause.
_GERUND_SUBJECT = re.compile(
    r"\s*[a-z]+ing\s+(?:[\w'\u2019-]+\s+){0,3}?(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have)\b"
)
#: A preposition right after a verb of accusing: the accused is elsewhere ("officials it accused of
#: spying", "NATO, which Washington has blamed for the crisis"), not right after the verb; or the
#: charge is ("The incident, which Moscow blamed Israel for, threatened ...").
_GAPPED_ACCUSED = re.compile(
    r"\s+(?:of|for|on|upon|with|over|in|as)\b|[^,.;:!?]*?\s(?:of|for|on|upon|with)\s*(?:[,.;:!?]|$)", re.I
)
#: What a verb of calling back recalls when it tells a memory: a clause ("that", a question word),
#: an -ing form, with its subject or not ("recalled Mr. Obama talking about ..."), a quotation or a
#: time ("recalled the day ...", "recalls a time when").
_RECALLED = re.compile(
    r"(?:that|how|what|when|where|why|whether|who|[\"\u201c]|\w+ing\b|(?:[\w.'\u2019-]+\s+){1,3}[a-z]+ing\b"
    r"|(?:the|a|an|one|those)\s+(?:day|days|night|moment|time|times|years|months|weeks|morning|evening|afternoon|hours)\b)",
    re.I,
)
#: What a verb of settling a thing states when it reports a finding: a clause opened by "that" or a
#: question word, a side taken or a quotation ("determined that ...", "ruled whether ...", "ruled
#: Friday against the state"), after a weekday.
_DECIDED = re.compile(
    r"(?:(?:on\s+)?(?:" + _WEEKDAYS + r")\s+)?(?:that|how|what|when|where|why|whether|who|against|in\s+favou?r\s+of)\b"
    r"|[\"\u201c]",
    re.I,
)
#: A form of "be" right after a cue form, which is then the head of a subject ("spending plans were").
_NOUN_BEFORE_BE = re.compile(r"\s+(?:is|are|was|were)\b")
#: A noun of an act or a state by its ending ("decision", "agreement", "policy"): no one who speaks.
_ABSTRACT_NOUN = re.compile(r"[a-z]{2,}(?:tion|sion|ment|ity|ance|ence|ism|ness|ure|cy)")
#: People named by a plural that neither an agent ending nor the speaker and combatant lists
#: mark ("the suspects were armed and threatened ...").
_PEOPLE_HEADS = frozenset(
    "men women children boys girls suspects persons teenagers youths couples twins policemen firemen".split()
)
#: A moment or a scene a picture or a video captures, with the time or the place it is of ("the
#: moment the missile struck", "the moments before an officer fired", "the aftermath of the strike").
_CAPTURED_MOMENT = re.compile(
    r"(?:the|a|an)\s+(?:(?:final|last|first|exact|chaotic|terrifying)\s+)?(?:moments?|scenes?|aftermath)\s+"
    r"(?:when|before|after|as|of|from|in|at|outside|inside|the|a|an|his|her|their|its)\b"
)
#: People a picture or a video shows: a verb of display with one of them as its object depicts
#: ("a video showing an Israeli-American hostage", "footage shows soldiers"), it reports no claim.
_DEPICTED_HEADS = _PEOPLE_HEADS | frozenset(
    "man woman child boy girl hostage hostages captive captives prisoner prisoners soldier soldiers detainee "
    "detainees victim victims body bodies crowd crowds".split()
)
#: A claim that only says what a thing is, then "and" or "but": "that the protests were illegal
#: and ", "that the government's position was "morally bankrupt" and ", "the plan was "too
#: little, too late" and ", "the vote had been largely "peaceful" but " (group 1 the subject's
#: head; the predicate is up to nine words with no comma, or a quoted phrase: an adjective, or a passive with
#: its agent or place, "the hack had been carried out from Chinese territory and ", "the aircraft
#: was damaged by fire from the ground and "). Right after the cue, with no "that".
_THING_IS = (
    r"(?:the|these|those|this|its|their|such|[A-Za-z-]+['\u2019]s)\s+(?:[a-z-]+(?:['\u2019]s)?\s+){0,2}?([a-z]+)\s+"
    r"(?:is|are|was|were|(?:has|have|had)\s+been|(?:remain|seem|appear|stay)(?:s|ed)?)\s+"
    r"(?:not\s+)?(?:[a-z]+ly\s+)?(?:[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]|(?:[A-Za-z-]+\s+){0,8}?[A-Za-z-]+)"
    r"\s+(?:and|but)\s+"
)
_THING_IS_CLAUSE = re.compile(r"\bthat\s+" + _THING_IS)
_BARE_THING_IS_CLAUSE = re.compile(r"\s+" + _THING_IS)
#: Events named by a singular head ("the hack", "the strike"), things that say nothing.
_EVENT_HEADS = frozenset(
    "attack strike raid hack breach intrusion blast explosion fire crash incident bombing shooting "
    "shelling collapse outage leak spill flood".split()
)
#: Things named by a singular head that no ending marks as abstract ("the plan", "the vote"):
#: plans, rules, procedures and charges, which say nothing either.
_THING_HEADS = frozenset(
    "plan deal vote law bill policy process election result move system programme program budget proposal "
    "offer ban ruling verdict war ceasefire truce treaty scheme project rule approach strategy idea claim "
    "charge case trial response measure economy victory defeat".split()
)
#: Craft and structures named by a singular head ("the aircraft", "the dam"): things that say nothing.
_CRAFT_HEADS = frozenset(
    "aircraft plane jet airliner helicopter drone missile rocket ship vessel boat tanker ferry submarine train car "
    "truck bus vehicle building bridge dam pipeline tower plant reactor".split()
)
#: Heads of a headline's topic before its colon ("Libya dam collapse: ...", "Ukraine war: ...",
#: "Brexit talks: ..."): an event or a matter, never a speaker, whatever actor it names.
_TOPIC_HEADS = (
    _EVENT_HEADS
    | _THING_HEADS
    | frozenset(
        "talks crisis row dispute conflict scandal protests summit inquiry probe disaster tensions violence".split()
    )
    # a time ("Election Night: ...", "Super Tuesday: ..."): when, not who
    | frozenset("night day week weekend morning evening".split() + _WEEKDAYS.lower().split("|"))
)
#: A prepositional phrase after an attribution's comma ("..., the governor said, in the latest of
#: a series of attacks").
_TRAILING_ADJUNCT = re.compile(
    r"\s*(?:in|amid|after|following|during|despite|as|with|at)\s+(?:(?:one|some|another)\s+of\s+)?(?:the|a|an|what)\s"
)  # "in one of the deadliest attacks on the capital"
#: That adjunct's noun with a relative clause of its own ("in a case that has deepened tensions"),
#: or a free relative ("in what would be the first closures"): the clause's verbs describe the
#: noun or the event, they are no rest of the claim.
_ADJUNCT_RELATIVE = re.compile(
    r"\s*(?:\w+\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:that|which|whose|when|where)\s|\s*\w+\s+what\s"
)
#: A noun phrase after the attribution that sums up the event the claim reports ("..., officials
#: said, the latest outbreak of violence in the jails", "..., a move that angered farmers",
#: "..., the deadliest attack this year"): the outlet's apposition to the whole sentence.
_SUMMARY_APPOSITIVE = re.compile(
    r"\s*(?:the\s+(?:latest|last|first|second|third|fourth|fifth|worst|deadliest|biggest|largest|"
    r"highest|lowest|most|least|sharpest|strongest|heaviest|fiercest|bloodiest)|"
    r"a\s+(?:move|step|decision|sign|blow|setback|development|figure|rise|fall|drop|jump|sharp|"
    r"marked|dramatic|further|rare)|an\s+(?:increase|escalation|apparent|unusual))\s"
)


def _object_before_participle(region: str, start: int) -> int:
    """Where the speaker of an -ing cue right after a clause starts when the clause's verb
    presents someone else's words: that verb's object, when it follows the verb directly
    ("Critics quoted Clinton saying ...", "The 1990s brought two reports pointing to ...", "A
    video shows opposition leader Maria Santos saying ..."),
    and within it the one a recording is of ("The ad uses footage of Hillary Clinton asking
    ...", also after a verb of issuing: "Police released footage of a woman pleading ...");
    else ``start`` (in "Romney joined a chorus of Republicans calling for ..." the clause's
    subject calls too)."""
    words = list(re.finditer(r"\S+", region[start:]))
    for index in range(len(words) - 2, 0, -1):
        verb = words[index].group(0)
        issuing = verb in _ISSUING_VERBS  # "released footage of a woman pleading": the woman's words
        if not issuing and verb not in _PRESENTING_VERBS:
            continue
        following = words[index + 1].group(0)
        object_start = start + words[index + 1].start()
        if recording := _RECORDING_OF.match(region, object_start):
            return recording.end()
        if issuing:
            continue  # "released a study showing ...": no recording, the clause's subject speaks
        named = len(words) - index <= 6 and words[-1].group(0)[:1].isupper()
        if (
            following.lower() in _DETERMINERS
            or _NUMERAL.fullmatch(following.lower())
            or following[:1].isupper()
            or named
        ):
            return object_start
    return start


#: "what" and a free relative's one-word subject ("what he", "what Kyiv").
_WHAT_SUBJECT_WORDS = r"(?<![\w-])what\s+[\w'\u2019-]+\s+"
#: The same right before a cue naming a label ("what he [called]").
_WHAT_SUBJECT = re.compile(_WHAT_SUBJECT_WORDS + "$", re.I)
#: Past forms that give a label ("what he called", "what it dubbed").
_LABEL_PASTS = r"(?:called|termed|dubbed|branded)"
#: "what" and its subject before a verb giving a label: a free relative naming a thing labelled.
_LABELLED_WHAT = re.compile(_WHAT_SUBJECT_WORDS + r"(?:" + _LABEL_PASTS + r"|described\s+as)\b", re.I)
#: A label given inside an object: "what he called", or "as" before a quotation or a few words.
_OBJECT_LABEL = re.compile(r"(?:" + _WHAT_SUBJECT_WORDS + _LABEL_PASTS + r"|(?<![\w-])as(?=\s+(\".*|[^\"]*)$))")


def _verb_word(word: str) -> bool:
    """A finite verb or a past form: a word that gives the words around it a clause of their own."""
    return _finite_verb(word) or bool(_REGULAR_PAST.fullmatch(word)) or word in _IRREGULAR_PAST


def _counted_noun(form: str, before: list[str], after: str) -> bool:
    """Whether a past cue ``form`` after a determiner and a number (the words ``before`` it) names
    people, the text ``after`` it going on with a verb, a stop or nothing ("one of the four accused
    argued ...", "the two detained, who ..."; not "The two accused Israel of ...")."""
    if not (
        _REGULAR_PAST.fullmatch(form)
        and len(before) > 1
        and before[-2].lower() in _DETERMINERS
        and (before[-1].lower() in _COUNTED or before[-1].isdigit())
    ):
        return False
    following = after.split()[:1]
    return not following or following[0][:1] in ",.;:" or _verb_word(following[0].lower())


def _without_labels(text: str) -> str:
    """An object's words without the labels given inside it, which open no clause ("what he
    called a brutal crackdown", 'the complaints as "hysteria"'); an "as" followed by a verb
    stays ("the raid as soldiers looked on")."""
    for label in reversed(list(_OBJECT_LABEL.finditer(text))):
        after = (label.group(1) or "").lower().split()
        # a label opened by "a" may be longer ("as a legitimate exercise of its right")
        if len(after) > (8 if after[:1] in (["a"], ["an"]) else 5) or any(_verb_word(w) for w in after):
            continue
        text = text[: label.start()] + text[label.end() :]
    return text


#: Subordinators that are prepositions too: "since early March", "after the attack".
_PREPOSITIONAL_SUBORDINATORS = frozenset(("after", "before", "since"))


def _joined_objects(clause: list[str]) -> bool:
    """Whether a relative clause's words before a cue end in objects joined by "and" ("who shot
    two classmates and a guard [had planned]"): a determiner after the last "and", not a verb."""
    joins = [i for i, w in enumerate(clause) if w in ("and", "but", "or")]
    last = joins[-1] if joins else len(clause)
    return clause[last : last + 1] == ["and"] and last + 2 < len(clause) and clause[last + 1].lower() in _DETERMINERS


#: The word that ends a speaker phrase after an inverted cue ("said Peskov in Moscow").
_AFTER_CUE_BREAK = re.compile(r"\s(?:on|in|at|during|after|before|to|with|who|whose|while|speaking|adding|as|when)\s")
#: "to" or "for" inside a body's name, after its capitalised head noun ("the Committee to Protect
#: Journalists", "the Campaign for Nuclear Disarmament"): no end of the phrase.
_BODY_NAME_LINK = re.compile(r"(?:to|for)\s+(?:the\s+)?[A-Z]")


def _body_name_head(word: str) -> bool:
    """Whether ``word`` is the capitalised head noun of a body's name ("Committee", "Office")."""
    return word[:1].isupper() and word.lower() in _BODY_NOUNS


def _inner_relative(text: str, outer: re.Match[str], inner: re.Match[str]) -> bool:
    """Whether the relative clause that the break ``outer`` opens in ``text`` is a verb and its
    object, which the relative clause at ``inner`` in turn completes ("that managed the ship
    [that struck the bridge]"): the inner clause is part of the outer one's object."""
    if outer.group(0).strip() not in ("who", "that") or inner.group(0).strip() not in ("who", "that"):
        return False
    words = text[outer.end() : inner.start()].split()
    return (
        1 < len(words) <= 8
        and words[0].islower()
        and words[0] not in _DETERMINERS | _SUBJECT_PRONOUNS | _PREPOSITIONS
        and (_verb_word(words[0]) or words[0].endswith("s"))
        and words[-1].lower() not in _FUNCTION_WORDS
        and not any(_verb_word(w) for w in words[1:])
    )


def _opens_clause(text: str, brk: re.Match[str]) -> bool:
    """Whether a clause break in ``text``, the words before a cue, opens a clause: not "since" or
    "after" heading a phrase of time with no verb of its own when "and" joins the cue to what
    precedes ("said the agency had been unable to deliver food since early March and called on
    ...": the sentence's subject calls); but "The statement comes after the newspaper reported":
    the cue is the clause's verb."""
    if brk.group(0).strip().lower() not in _PREPOSITIONAL_SUBORDINATORS or _CLAUSE_BREAK.search(text, brk.end()):
        return True
    words = text[brk.end() :].split()
    if not words or words[-1] not in ("and", "but"):
        return True
    return any(_verb_word(w) for w in words)


class QuoteFinder:
    """QuoteRecord and speaker detection over one article's normalised view (view offsets inside).

    The blame extractor reuses its noun-phrase helpers (``speaker_before``) for the
    subject of a verb of blaming.
    """

    def __init__(self, article: Article, registry: Registry) -> None:
        self.text = article.text
        quoted = quoted_text(article)
        self.view = quoted.view
        self.registry = registry
        self.cues = load_cues()
        self.paragraphs = quoted.paragraphs
        self.sentences = [
            (self._after_timestamp(s.start, s.end), self.view.from_original(s.end)) for s in article.sentences
        ]
        headings = [s for s in article.segments if telegraphic(s, article.text) or s.rule == "related-headline"]
        self.headlines = [
            (self.view.from_original(s.start), self.view.from_original(s.end))
            for s in headings
            if s.rule != "related-headline"
        ]
        # where the article's parts begin: after its headline and after each heading in the body,
        # those it scores and those it leaves out as another story's ("Protests in Tbilisi")
        self.section_starts = [self.view.from_original(s.end) for s in headings]
        self.v = quoted.text  # the view with quotes in single marks given double ones (same offsets)
        # in a roundup of datelined items ("PARIS — ...", "NAIROBI — ...") each item is a part
        datelined = [start for start, end in self.paragraphs if self.dateline_end(start, end) is not None]
        if len(datelined) > 1:
            self.section_starts = sorted(self.section_starts + datelined)
        self.quotes = quoted.spans
        # Indexes by start, so that a lookup does not pass over the whole article.
        self.sentence_index = SpanIndex([(start, end, None) for start, end in self.sentences])
        self.quote_index = SpanIndex(self.quotes)
        self.direct_drafts: list[_Draft] = []
        self.transcripts: list[tuple[int, int]] = []

    def _after_timestamp(self, start: int, end: int) -> int:
        """Where a sentence starts in the view, past a live blog's time stamp ("10:42 Russia's
        defence ministry says ...", "1042 GMT - ...") or a timeline's date ("Sept 18 \u2013 ..."):
        the time is not part of any speaker or claim."""
        stamp = _TIMESTAMP.match(self.text, start, end)
        return self.view.from_original(stamp.end() if stamp else start)

    # -- shared helpers --------------------------------------------------------------
    def sentence_of(self, position: int) -> tuple[int, int]:
        for start, end, _ in self.sentence_index.near(position, position):
            if start <= position < end:
                return start, end
        return position, position

    def quote_at(self, position: int) -> tuple[int, int] | None:
        """The closed quotation that opens at ``position``, marks included."""
        return next(((a, b) for a, b, closed in self.quote_index.starting(position, position) if closed), None)

    def inside_quote(self, start: int, end: int) -> bool:
        """Whether ``v[start:end]`` is inside quotation marks or a transcript line."""
        return any(q_start < start and end <= q_end for q_start, q_end, _ in self.quote_index.near(end, start)) or any(
            t_start <= start and end <= t_end for t_start, t_end in self.transcripts
        )

    def speaker_before(self, floor: int, cue_start: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before a cue, appositions included."""
        found = self._phrase_before(floor, cue_start)
        cue = self.v[cue_start : cue_start + 30]
        if not _ing_form(cue):
            # "a string of attacks the group says are aimed at ...": the relative clause's subject,
            # also when the clause before it is no speaker and a verb with no subject follows the
            # cue ("It was meddling the congressman said is designed to ...")
            end = found[1] if found else floor + len(self.v[floor:cue_start].rstrip())
            contact = _contact_subject(self.v[:end], found[0] if found else floor)
            pronoun = self.v[contact:end].lower() in _SUBJECT_PRONOUNS
            if pronoun and not self._subject_gap_after(cue_start):
                # "The four loopholes he cited are ...", "the target it pledged to reach": the noun is
                # the object, no claim's subject the cue leaves out
                contact, pronoun = (found[0] if found else floor), False
            relative = (
                self._before_gap_verb(cue_start) or self._subject_gap_after(cue_start) or self._gives_label(cue_start)
            )
            named = found and self.v[found[0] : found[1]].split()[0].lower() in _DETERMINERS
            if found and contact == found[0] and relative and named:
                # "..., a case officials described as ...": a plural for people after the named noun
                found = (_bare_plural_subject(self.v[:end], found[0]), found[1])
            elif found:
                found = (contact, found[1])
            elif pronoun and contact > floor:
                found = (contact, end)  # "found a knife they said belonged to ...": the contact clause's pronoun
            elif relative:
                # "a move the ministry described as reckless", "a case prosecutors described as ...":
                # the noun before the relative clause is what is named
                contact = contact if contact > floor else _bare_plural_subject(self.v[:end], floor)
                found = self._valid_speaker(contact, end) if contact > floor else None
        when = _TIME_RELATIVE.search(self.v, floor, cue_start)
        if when and (found is None or found[0] < when.start(1)):
            # "It was the first time the ministry said it had ...": a relative of time, its subject
            found = self._valid_speaker(*when.span(1))
        who = _FINAL_WHO.search(self.v, floor, cue_start)
        if found is None and who and self._says_who(self.v[floor : who.start()], cue_start):
            return who.start(), who.start() + 3
        if found and _AGENT_PHRASE.match(self.v, found[0], found[1]):
            return None  # 'armed groups "financed and organized by Serbia" had attacked': a participle's agent
        words = self.v[found[0] : found[1]].split() if found else []
        if len(words) > 2 and _REGULAR_PAST.fullmatch(words[0]) and words[1] in _DETERMINERS and _ing_form(cue):
            return None  # "Hungary, however, blocked a joint statement blaming Moscow": a verb's object, no speaker
        if (
            found
            and self.headline_at(cue_start)
            and any(w.endswith("s") and self.cues.is_cue(w) for w in self.v[found[0] : found[1]].split())
        ):
            # "Family Demands Answers After ...", "Firm Cuts Jobs, Blames Slowing Demand": a
            # headline's verb of saying inside the phrase is the verb, the word after it no cue
            return None
        return (found[0], self._untimed(found[0] + 1, found[1])) if found else None

    def _joined_things(self, region: str, floor: int) -> bool:
        """Whether the words before a cue end in "and" and a phrase with no verb that may not speak
        ("Analysts who examined videos and images of the site [said]"): objects joined inside a
        relative clause, not a second subject ("Democrats who voted for it and Republicans said")."""
        conjunction = _LAST_CONJUNCTION.search(region)
        if conjunction is None or conjunction.group(0).strip() != "and":
            return False
        words = region[conjunction.end() :].split()
        return not any(_verb_word(w) for w in words) and (
            self._valid_speaker(floor + conjunction.end(), floor + len(region)) is None
        )

    def _reduced_relative_subject(self, region: str, start: int) -> tuple[int, int] | None:
        """The noun phrase opening ``region[start:]`` when a participle with its object follows it
        ("Engineers inspecting the dam", "A government-appointed commission investigating the
        crash"): a clause's subject with a reduced relative, whose noun is the speaker. None when a
        word before the participle is a verb, a preposition or a conjunction."""
        match = _REDUCED_RELATIVE.match(region, start)
        if match is None:
            return None
        words = match.group(1).split()
        first = words[0]
        if not (first[:1].isupper() or first.lower() in _DETERMINERS) or any(
            word.lower() in _FUNCTION_WORDS - _DETERMINERS
            or _finite_verb(word)
            or word.lower() in _IRREGULAR_PAST
            or (word[:1].islower() and "-" not in word and (word.endswith("ed") or self.cues.is_cue(word)))
            for word in words
        ):
            return None
        return match.span(1)

    def _main_cue_inside(self, clause: list[str]) -> bool:
        """Whether the words after a relative "who" or "that" hold the main clause's cue with its
        claim going on ("Relatives of those who died say the documents confirm ..."): a cue after
        a word that is no function word, modal or auxiliary ends the relative clause."""
        return any(
            self.cues.is_cue(word)
            and previous.islower()
            and previous not in _FUNCTION_WORDS | {"be", "been", "being", "not", "never", "also"}
            and not _AUXILIARY_WORD.fullmatch(previous)
            for previous, word in zip(clause[:-2], clause[1:-1], strict=True)
        )

    def _subject_gap_after(self, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` reports a claim whose subject is left out, the noun a
        contact clause describes ("footage it said showed ...", "a provision they say could
        exclude ..."): a verb of saying (no attitude, no noun as content) right before a finite
        verb, a modal or a past."""
        words = self.v[cue_start : cue_start + 40].split()[:2]
        if len(words) < 2 or words[0].lower() in self.cues.noun_object | self.cues.attitude or not words[0].isalpha():
            return False  # (a comma after the cue closes its clause: "whom Moscow praised, left ...")
        return words[1] in _GAP_VERBS or _finite_verb(words[1]) or _past_tense(words[1])

    def _gives_label(self, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` gives a name or a label ("called", "branded",
        "described as")."""
        word = re.match(r"[a-z]+", self.v[cue_start : cue_start + 20])
        if word is None:
            return False
        return word.group(0) in self.cues.naming or bool(re.match(r"\s+as\s", self.v[cue_start + word.end() :]))

    def _before_gap_verb(self, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` is followed by a finite verb with no subject of its own."""
        words = self.v[cue_start : cue_start + 40].split()
        return len(words) > 1 and words[1].lower() in _GAP_VERBS

    def restrictive_antecedent(
        self, floor: int, end: int, relative: re.Pattern[str] = _FINAL_WHO
    ) -> tuple[int, int] | None:
        """The noun phrase, with its prepositional phrases, that a restrictive "who" (or the
        word ``relative`` matches) ending at ``end`` belongs to: "Israeli officials who", "met
        with families from the village who" (the families: a clause's verb and a preposition
        before the phrase are left out). None when ``v[floor:end]`` does not end in that word,
        or in an aside's ("Russia, who")."""
        who = relative.search(self.v, floor, end)
        if who is None or _ASIDE_END.search(self.v[floor : who.start()].rstrip()):
            return None
        words = list(_WORD_SPAN.finditer(self.v, floor, who.start()))
        first = len(words)
        while first and len(words) - first < _MAX_SPEAKER_WORDS:
            word = words[first - 1].group(0)
            lower = word.lower()
            ends_clause = word[-1] in ',;:(\u2014\u2013"' or _finite_verb(word) or lower in _IRREGULAR_PAST
            verb = word[:1].islower() and (lower.endswith("ed") or self.cues.is_cue(lower))  # not "State"
            if ends_clause or (first < len(words) and verb):  # the noun before "who" is always in it
                break
            first -= 1
        while first < len(words) and words[first].group(0).lower() in _PREPOSITIONS | {"and", "or"}:
            first += 1
        return (words[first].start(), words[-1].end()) if first < len(words) else None

    def _object_of_whose(self, nouns: str, rest: str) -> bool:
        """Whether the ``nouns`` after "whose" are the object of the clause whose subject opens
        ``rest`` ("whose exercises Pyongyang calls", "whose leader the ministry said was killed"),
        not a title the name after it holds ("whose spokesman Ned Price said"): after a person's
        noun, only a determiner or a name the registry knows as a place or a body opens a subject."""
        first = next(iter(rest.split()), "")
        if first.lower() in _DETERMINERS:
            return True
        if not first[:1].isupper():
            return False
        place = self.registry.form_actor.get(first, ("", "people"))[1] != "people"
        return place or not any(_person_noun(noun) for noun in nouns.split())

    def dateline_end(self, start: int, end: int) -> int | None:
        """Where a dateline opening ``self.v[start:end]`` ends ("WASHINGTON (AP) — ", "NEW DELHI: ",
        a digest's "BRAZIL: "), if one does."""
        if dateline := _DATELINE.match(self.v, start, end):
            return dateline.end()
        label = _TRANSCRIPT.match(self.v, start, end)
        return label.end() if label and self.registry.names_place(label.group(1)) else None

    def _phrase_before(self, floor: int, cue_start: int) -> tuple[int, int] | None:
        if (dateline := self.dateline_end(floor, cue_start)) is not None:
            floor = dateline  # "LONDON — The United States, Britain and the EU said": no part of it
        region = self.v[floor:cue_start]
        region = _TRAILING_ADVERBIALS.sub("", region)
        region = _STATEMENT.sub("", _TRAILING_TIME.sub("", region)).rstrip()
        region = _TRAILING_ADVERBIALS.sub("", region)  # "The family then issued a statement saying"
        region = _CONTRACTED_AUXILIARY.sub(r"\1", region)  # "who's called for", "he'd said": the pronoun
        participle = _ing_form(self.v[cue_start : cue_start + 30])
        if participle and (perceived := _PERCEIVED_PASSIVE.search(region)):
            # "Scott can be heard yelling that ...", "he was caught on camera telling ...": the one heard
            region = _TRAILING_ADVERBIALS.sub("", region[: perceived.start()])
        quoted_as = participle and _QUOTED_AS_SAYING.search(region)
        if quoted_as:
            # "Interfax quoted Peskov as saying ...": who is quoted speaks
            return self._valid_speaker(floor + quoted_as.start(1), floor + quoted_as.end(1))
        apposition = region.endswith(",")
        region = region.rstrip(", ")
        if apposition:
            subject = self._subject_before_insertions(floor, region)
            if subject:
                return subject
        party = re.search(r"\([^()]{1,30}\)$", region)  # "Sen. Lindsey Graham (R-S.C.)"
        masked = region[: party.start()] + " " + party.group(0)[1:-1] + " " if party else region
        breaks = [m for m in _CLAUSE_BREAK.finditer(masked) if _opens_clause(masked, m)]
        start = breaks[-1].end() if breaks else 0
        if apposition and breaks and region[breaks[-1].start()] == "," and region[start:].strip()[:1].isupper():
            previous = [m for m in breaks[:-1]]
            group_start = previous[-1].end() if previous else 0
            group = region[group_start : breaks[-1].start()].split()
            piece = region[start:].split()
            campus = len(piece) <= 3 and all(w[:1].isupper() for w in piece) and _CAMPUS_BEFORE.search(" ".join(group))
            if _n_words(" ".join(group)) <= 6 or _set_off_role(group) or campus:
                # "A spokesman for the Chinese foreign ministry, Lin Jian, said"; "Eric Rignot of the
                # University of California, Irvine, said"
                start = group_start
        start = _list_start(region, breaks, start)  # "Jordan, Egypt and the Palestinian Authority"
        words = region[start:].split()
        if (
            not apposition
            and len(words) > 2
            and words[-1] in _SUBJECT_PRONOUNS - {"i", "you"}
            and self._gives_label(cue_start)
            and _contact_noun(words[-2])
        ):
            # "Beijing staged exercises it described as ...", "a plan he called "bold"": a contact
            # relative's own subject labels the noun before it
            start = region.rfind(" ") + 1
        who = _FINAL_WHO.search(region)
        if who and (region[start:].strip() == "who" or self._antecedent(floor + who.start())):
            # "McConnell, who in 2010 said ...", "an architect who said ...": resolved to its antecedent
            return floor + who.start(), floor + who.end()
        which = _ASIDE_WHICH.search(region)
        antecedent = self._antecedent(floor + which.start(1)) if which else None
        if which and antecedent and not _clause_words(self.v[antecedent[0] : antecedent[1]].split()):
            # "The EU, which contended that ...": a body or a document; not "He resigned, which said"
            return floor + which.start(1), floor + which.end(1)
        filler = _opening_filler(region, start, len(region))
        if filler:
            start = filler.end()
        contact = _CONTACT_RELATIVE.match(region, start)
        if contact and contact.end() < len(region):  # "..., a charge Tehran denies": Tehran
            start = contact.end()
        whose = _WHOSE_OBJECT.match(region, start)
        if whose and self._object_of_whose(whose.group(1), region[whose.end() :]):
            start = whose.end()  # "..., whose joint exercises Pyongyang has described as": Pyongyang
        narrowed = start
        if _ing_form(self.v[cue_start : cue_start + 30]):
            # "..., recently releasing a report claiming ...", "spent the week drafting a letter
            # saying ...": the object of the participle before an -ing cue speaks
            participles = list(_PARTICIPLE_OBJECT.finditer(region, start))
            if participles and not region.endswith(","):
                words = region[participles[-1].end() :].split()
                if len(words) <= 4 and not set(map(str.lower, words[1:])) & _NOT_IN_SHORT_OBJECT:
                    start = participles[-1].end()
            elif not region.endswith(","):
                narrowed = _object_before_participle(region, start)
        reduced = None if participle else self._reduced_relative_subject(region, start)
        if not participle and not reduced and breaks and breaks[-1].group(0).strip() in ("that", "which", "who"):
            # the participle's object with a relative clause: "... investigating the crash of a plane that killed"
            clause_start = breaks[-2].end() if len(breaks) > 1 else 0
            reduced = self._reduced_relative_subject(region, clause_start)
            # the object up to the relative word (past the participle and its determiner) has no verb
            object_words = region[reduced[1] : breaks[-1].start()].split()[2:] if reduced else []
            if any(_finite_verb(w) or w in _IRREGULAR_PAST or w[-1] in ",;:" for w in object_words):
                reduced = None
        if reduced:
            # "Police investigating the blast said ...", "A commission investigating the crash of a
            # plane that killed 72 people has concluded ...": the noun before the participle speaks
            return self._valid_speaker(floor + reduced[0], floor + reduced[1])
        relative = breaks[-1].group(0).strip() if breaks else ""
        # "where" opens a relative with a verb of its own ("the plant where the blast happened");
        # with none, the words after it are the cue's subject ("That is where the officials said")
        placed = relative == "where" and any(_verb_word(w) for w in region[breaks[-1].end() :].split())
        if relative in ("who", "that") or placed:
            # "Democrats who voted for the bill said ...", "A study that appeared in a journal found
            # ...", "The owner of the plant where the blast happened said": the clause's verb is not
            # the cue; the noun phrase before the relative word speaks
            last = len(breaks) - 1
            while last and _inner_relative(region, breaks[last - 1], breaks[last]):
                last -= 1  # "The company that managed the ship that struck the bridge said": the company
            breaks = breaks[: last + 1]
            np_start = breaks[-2].end() if len(breaks) > 1 else 0
            np_start = filler.end() if (filler := _LEADING_FILLER.match(region, np_start)) else np_start
            noun_phrase = region[np_start : breaks[-1].start()].split()
            clause = region[breaks[-1].end() :].split()
            if (
                relative == "that"
                and 1 < len(clause) <= 4
                and bool(noun_phrase)
                and noun_phrase[-1].islower()
                and not _is_speaker_word(noun_phrase[-1])
                and all(w.islower() and w not in _DETERMINERS for w in clause)
                and _is_speaker_word(clause[-1])
                and not any(_verb_like(w) or _verb_word(w) for w in clause[:-1])
            ):
                # "a step that developing nations had demanded": the relative's object is the noun
                # before "that", which speaks not, and the people after it are the cue's subject (not
                # "Diplomats that follow the talks [said]")
                clause_start = floor + len(region) - len(region[breaks[-1].end() :].lstrip())
                return self._valid_speaker(clause_start, floor + len(region))
            if (
                relative == "that"
                and (
                    not clause
                    or clause[0].lower() in _CLAUSE_OPENERS | _SUBJECT_PRONOUNS  # "the fact that the ministry found"
                    or clause[0][:1].isupper()
                    # "He said that ...", not a cue form after a determiner ("A state that jails historians")
                    or any(
                        _finite_verb(w)
                        or (self.cues.find(w) and not (i and noun_phrase[i - 1].lower() in _DETERMINERS))
                        for i, w in enumerate(noun_phrase)
                    )
                    or any(_verb_like(w) for w in noun_phrase[:-1])  # "Juneteenth represents the day that ..."
                    or any(_finite_verb(w) for w in clause[1:])  # "A policy that went into effect has ..."
                )
            ):
                noun_phrase = []
            if (
                noun_phrase  # no comma, colon or dash inside: those are clause breaks
                and '"' not in region[np_start:]
                # "who voted for the bill", or one verb ("Families of the victims who died said")
                and (len(clause) > 1 or bool(_finite_verb(clause[0]) or _past_tense(clause[0])))
                and clause[0][:1].islower()
                and noun_phrase[0].lower() not in _PREPOSITIONS | {"as", "like"}  # "As someone who ..."
                and not any(w in _IRREGULAR_PAST or _PARTICIPLE.fullmatch(w) for w in noun_phrase)
                and clause[-1].lower() not in _FUNCTION_WORDS  # "who refused to testify": the cue is the clause's
                # "Parents who gave evidence said they felt": the pronoun after the main verb speaks
                and not (len(clause) > 1 and clause[-1].lower() in _SUBJECT_PRONOUNS and self.cues.is_cue(clause[-2]))
                and not self._main_cue_inside(clause)
                and clause[0].lower() not in _PREPOSITIONS | _DEGREE_WORDS | {"until", "now", "also", "then", "once"}
                and not re.fullmatch(_LY_ADVERB, clause[0])  # not "who until now", "who recently"
                # "... regulators who approved it and said"; not objects joined before the main
                # verb's auxiliary ("a boy who shot two classmates and a guard had [planned]")
                and not (
                    {"and", "but", "or"} & set(clause)
                    and not (
                        _joined_objects(clause) and _AUXILIARY_GAP.fullmatch(self.v, floor + len(region), cue_start)
                    )
                    and not self._joined_things(region, floor)
                )
            ):
                # "Those who survived said": a pronoun keeps the clause that says who it is, also
                # when the clause ends in a thing ("Those who heard the blast")
                pronoun = noun_phrase[-1].lower() in _CLAUSE_PRONOUNS
                end = len(region) if pronoun else breaks[-1].start()
                return self._valid_speaker(floor + np_start, floor + end)
        speaker = self._valid_speaker(floor + start, floor + len(region))
        # only a narrower span: a speaker no rule found before stays unfound, unless the clause
        # was refused for its verb and object ("Critics quoted Clinton saying": Clinton)
        if (speaker or _has_object(region[start:].split())) and narrowed > start:
            speaker = self._valid_speaker(floor + narrowed, floor + len(region)) or speaker
        conjunction = None if speaker else _LAST_CONJUNCTION.search(region, start)
        if conjunction and re.search(r"\bbetween\s", region[start : conjunction.start()], re.I):
            # "An inquiry into the collision between a ship and a tanker found": one thing between two,
            # no conjunct speaks; the noun before its complement does
            conjunction = None
            complement = re.search(r"\s(?:into|of|on|over|about)\s", region[start:])
            speaker = self._valid_speaker(floor + start, floor + start + complement.start()) if complement else None
        if conjunction:  # "... the investigation and Democrats accused": the last conjunct speaks
            speaker = self._valid_speaker(floor + conjunction.end(), floor + len(region))
        if speaker is None:
            speaker = self._modified_head(floor, region, start)
        if speaker and who:
            antecedent = self.restrictive_antecedent(floor, floor + len(region))
            if antecedent and speaker[0] < antecedent[0]:
                # "The Kremlin met with families from the village who said": someone unnamed, not the clause
                return floor + who.start(), floor + who.end()
        return speaker

    def _inner_speaker(self, floor: int, cue_start: int) -> tuple[int, int] | None:
        """The subject of a claim reported inside another, when the words before its cue hold the
        outer claim's verb: after that verb and its "that" ('Netanyahu said Putin had insisted
        "..."': Putin; 'He said the report found "..."': the report)."""
        cues = self._verb_cues(floor, cue_start)
        after = re.match(r"\s+(?:that\s+)?", self.v[cues[-1][1] : cue_start]) if cues else None
        if after is None or cues[-1][1] + after.end() >= cue_start:
            return None
        found = self.speaker_before(cues[-1][1] + after.end(), cue_start)
        phrase = self.v[found[0] : found[1]] if found else ""
        head = _common_head(phrase).lower()
        if not re.search(r"\b[A-Z]", phrase) and head not in _SPEAKER_NOUNS | _DOCUMENT_HEADS:
            return None  # 'Trump said the seizure showed "what I said"': an event shows, Trump speaks
        return found

    def _modified_head(self, floor: int, region: str, start: int) -> tuple[int, int] | None:
        """The head a participle phrase modifies, when the whole subject is no speaker ("A
        spokesman defending the decision said ...": the spokesman; "Protesters carrying the
        flag of Hezbollah shouted ...": the protesters)."""
        participle = _PARTICIPLE_OBJECT.search(region, start)
        if participle is None or participle.start() == start:
            return None
        modifier = region[participle.end() :].split()
        if len(modifier) > _MAX_SPEAKER_WORDS or any(_finite_verb(w) for w in modifier):
            return None
        return self._valid_speaker(floor + start, floor + participle.start() - 1)

    def _says_who(self, before: str, cue_start: int) -> bool:
        """Whether a "who" after ``before`` that no speaker phrase ends with speaks all the same:
        before a verb of saying ("calls from listeners to his program who said ...": "who", not the
        clause before it), not after a verb ("Nobody knows who said ...": a question) and not before
        a verb of thinking or wanting ("voters who want to see ... will send checks": no claim)."""
        previous = before.split()[-1:]
        verb = "".join(itertools.takewhile(str.isalpha, self.v[cue_start : cue_start + 20]))
        saying = verb in self.cues.inverting or verb in self.cues.with_object
        return saying and bool(previous) and not (self.cues.is_cue(previous[0]) or _verb_like(previous[0].lower()))

    def _subject_across_insertions(self, start: int, end: int) -> tuple[int, int] | None:
        """'France, a close ally, said it was concerned and [called on ...]': a clause cut short
        that opens with its verb (``v[start:end]``, after a comma) has the sentence's subject,
        when only comma-set insertions stand between that subject and the verb."""
        if not self.v[start : start + 1].islower():
            return None
        subject = self.subject(self.sentence_of(start)[0], end)
        # the subject is set off from its verb by an insertion, or itself ends with one (a name)
        if subject is None or not re.fullmatch(r",(?:[^.;:!?]*,)?\s*", self.v[subject[1] : start]):
            return None
        # not across a parenthetical attribution ("the version, Clinton said, detailed A and ..."),
        # which leaves the clause to its own subject; a cue in a relative clause is that clause's
        # ("The Front, which officials say is a proxy, claimed A but later denied B")
        asides = [m.span() for m in _CLOSED_RELATIVE_ASIDE.finditer(self.v, subject[1], start)]
        cues = [c for c in self.cues.find(self.v, subject[1], start) if not any(a < c[0] < b for a, b in asides)]
        return None if cues else subject

    def _subject_before_insertions(self, floor: int, region: str) -> tuple[int, int] | None:
        """The subject before comma-set insertions that end right before a cue: "Mariano, who as a
        Navy captain ..., said", "Ayrault, the foreign minister of France, a permanent member ...,
        said", "Obama, dedicating the museum on Saturday, said", "Lopez, 45, a teacher, said".

        An insertion starts in lower case or with a digit (an apposition, a participle or
        relative clause, an adverbial). Walking back over insertions, the first capitalised
        group is the subject; a lower-case group ("officials, who ..., said") is kept only
        if nothing capitalised precedes it; a group that opens with a preposition ("In
        Moscow, the ministry, which ..., said") is not a subject and ends the walk. A short
        name closing the region after such an insertion is an apposition, passed over ("One
        doctor, who gave only his first name, Ahmed, said": the doctor).
        """
        groups = _comma_groups(region)
        speaker = None
        last = len(groups) - 1
        name = region[groups[last][0] : groups[last][1]].split() if groups else []
        before = region[groups[last - 1][0] : groups[last - 1][1]].strip() if last > 1 else ""
        opener = before.split()[0] if before else ""
        if 0 < len(name) <= 3 and all(w[:1].isupper() for w in name) and opener.islower() and opener not in _AND_OR:
            last -= 1  # "One doctor, who gave only his first name, Ahmed, said": the name is an apposition
        for index in range(last, 0, -1):
            insertion = region[groups[index][0] : groups[index][1]].strip()
            if not insertion or not (insertion[0].islower() or insertion[0].isdigit()):
                break
            if insertion.split()[0] in _CONTRAST_OPENERS:
                break  # "A share these fears, but the Coalition, which ..., wants": a new clause's subject
            role = region[groups[index - 1][0] : groups[index - 1][1]].split()
            if (
                index == last
                and _TITLED_APPOSITION.fullmatch(insertion)
                and role
                and role[0].lower() not in _FUNCTION_WORDS - _DETERMINERS
            ):
                # "The charity's founder, chef Jose Andres, said": the role and the name after its title
                return self._valid_speaker(floor + groups[index - 1][0], floor + groups[index][1]) or speaker
            start, end = groups[index - 1]
            party = re.search(r"\s*\([^()]{1,30}\)$", region[start:end])  # "The Joint Investigation Team (JIT)"
            breaks = list(_CLAUSE_BREAK.finditer(region, start, start + party.start() if party else end))
            if breaks and breaks[-1].group().strip() == "who":
                # "A worker who was on the site, and who asked not to be named, said", "A witness
                # who survived the attack, identified only as Witness 12, testified": the noun
                # phrase the relative clause describes
                head = self._valid_speaker(
                    floor + (breaks[-2].end() if len(breaks) > 1 else start), floor + breaks[-1].start()
                )
                if head:
                    return head
            start = breaks[-1].end() if breaks else start
            filler = _opening_filler(region, start, end)
            start = filler.end() if filler else start
            # "A, and the commission, the agency that ..., said": the second clause's subject
            joined = re.match(r"\s*(?:and|but|yet)\s+", region[start:end])
            start = start + joined.end() if joined else start
            words = region[start:end].split()
            if not words or words[0].lower() in _FUNCTION_WORDS - _DETERMINERS:
                break  # "In Moscow, the ministry, ...": an adverbial, not a subject
            # "Canada, Ukraine, Sweden and Britain, which lost citizens, have ...": the whole list
            start = _list_start(region[:end], list(_CLAUSE_BREAK.finditer(region, 0, start)), start)
            if index == 1 and _OPENING_PARTICIPLE_WORD.fullmatch(words[0]) and words[1:2] and words[1].islower():
                # "Speaking in the Commons, the shadow minister, Tom Kerr, said": the participle
                # phrase is the subject's act; the subject is what follows its comma
                return self._valid_speaker(floor + groups[1][0], floor + groups[-1][1]) or speaker
            found = self._valid_speaker(floor + start, floor + end)
            speaker = found or speaker
            role = region[groups[index - 2][0] : groups[index - 2][1]].split() if index > 1 else []
            if found and not joined and _set_off_role(role) and role[-1].islower():
                # "Algeria's envoy, Amar Bendjama, who drafted the text, said": the role before the name
                return self._valid_speaker(floor + groups[index - 2][0], floor + end) or speaker
            if words[0][0].isupper() or joined:
                break
        return speaker

    def speaker_after(self, cue_end: int, limit: int, after_quote: bool = False) -> tuple[int, int] | None:
        """The noun phrase right after an inverted cue ("said Peskov", "said the ministry"); right
        after a quotation, any noun phrase ('"...," claims widow of crash victim')."""
        word_start = self.v.rfind(" ", 0, cue_end) + 1
        if self.v[word_start:cue_end].strip('"(') not in self.cues.inverting:
            return None
        match = _phrase_after_cue().match(self.v, cue_end, limit)
        if not match:
            return None
        words = match.group(1)
        ends = (
            m.start()
            for m in _AFTER_CUE_BREAK.finditer(words)
            if not (
                _BODY_NAME_LINK.match(words, m.start() + 1) and _body_name_head(words[: m.start()].rsplit(" ", 1)[-1])
            )
        )
        phrase = words[: next(ends, len(words))]
        start = match.start(1)
        if self._clause_closing(start, start + len(phrase.rstrip())):
            return None  # "..., and who asked not to be named, said the crane collapsed.": a claim
        speaker = self._valid_speaker(start, start + len(phrase.rstrip()), unlisted=after_quote)
        if speaker and phrase.rstrip() == match.group(1).rstrip() and phrase.split()[-1].islower():
            name = _APPOSITIVE_NAME.match(self.v, speaker[1], limit)
            if name:
                return speaker[0], name.end(1)  # "said the Kremlin spokesman, Dmitry Peskov."
        return speaker

    def _clause_closing(self, start: int, end: int) -> bool:
        """Whether a phrase after an inverted cue is a clause closing its sentence: a noun and a
        past verb, the last word before the full stop ("said the crane collapsed.", "said the
        roof fell.") or before its object pronoun ("said the council ignored them."); not a
        determiner's participle ("said those involved.")."""
        words = _TOKEN.findall(self.v[start:end])
        if len(words) > 2 and words[-1] in _OBJECT_PRONOUNS:
            words = words[:-1]
        if len(words) < 2 or not _STOP_AFTER.match(self.v, end):
            return False
        last, before = words[-1], words[-2].lower()
        past = last in _IRREGULAR_PAST or (last.endswith("ed") and len(last) > 4)
        return past and before not in _DETERMINERS and not before.isdigit() and before[0].isalpha()

    def _before_who(self, start: int, phrase: str, max_words: int, unlisted: bool) -> tuple[int, int] | None:
        """A speaker phrase (``phrase``, at ``start``) whose verb is in a "who" relative: the noun the
        relative describes ('"...," a diplomat who attended the talks said'), or the whole phrase
        when the relative completes a pronoun ("those who heard the blast"); None with no "who"."""
        who = re.search(r"\s+who\s", phrase)
        if not who:
            return None
        if phrase[: who.start()].split()[-1].lower() in _CLAUSE_PRONOUNS:
            return start, start + len(phrase)
        return self._valid_speaker(start, start + who.start(), max_words, unlisted)

    def _valid_speaker(
        self, start: int, end: int, max_words: int = _MAX_SPEAKER_WORDS, unlisted: bool = False
    ) -> tuple[int, int] | None:
        """``start``:``end`` trimmed to a speaker phrase, or None when it is no noun phrase that
        may speak: a name, or words a list knows to speak, or (``unlisted``) any noun phrase."""
        phrase = self.v[start:end].strip()
        if phrase.count('"') == 1 and phrase[0] == '"':
            phrase = phrase[1:].strip()  # the closing mark of a quote before the speaker
        opener = _WH_OPENER.match(phrase)
        phrase = phrase[opener.end() :] if opener else phrase  # "how experts [say]": the experts
        if not phrase or phrase.lower() in _WH_WORDS:
            return None  # "What worries you most?": a question's subject is nobody
        start = start + self.v[start:end].index(phrase)
        words = phrase.split()
        if words[0].lower() == "whatever":
            return None  # "The sanctions are working, whatever Moscow says": a concession, no attribution
        if words[0].lower() == "even" and len(words) > 1 and (words[1][:1].isupper() or words[1] in _DETERMINERS):
            # "Even Elvira Nabiullina, the bank's governor, has admitted": the name, not its emphasis
            return self._valid_speaker(start + len(words[0]), end, max_words, unlisted)
        age = re.search(r",\s+\d{1,3},?$", phrase)
        if age and age.start() > 0 and phrase[0].isupper():
            phrase = phrase[: age.start()]  # "Olena Kovalenko, 67, said": the name, not the age
        parts = phrase.split()
        last = parts[-1]
        if len(parts) > 1 and last.lower() in ("himself", "herself", "itself", "themselves"):
            # "Gorbachev himself [said]": the name, not its emphasis
            return self._valid_speaker(start, start + phrase.rindex(" "), max_words, unlisted)
        if (
            2 < len(parts) <= 4
            and parts[0].lower() in _DETERMINERS
            and last.lower() in _SUBJECT_PRONOUNS - {"i", "you"}
            and parts[-2].isalpha()
            and parts[-2].islower()
            and parts[-2] not in _PHRASE_CONTINUES | _ADVERBIAL_PREPOSITIONS | {"of"}  # "the company behind it"
            and self.v[:start].rstrip().endswith(",")
        ):
            # "..., a record it described as ...": an apposition's contact clause, whose pronoun
            # speaks, not the noun it describes (not "The four loopholes he cited are ...")
            return self._valid_speaker(start + phrase.rindex(" ") + 1, end, max_words, unlisted)
        if (
            len(parts) > 1
            and _REGULAR_PAST.fullmatch(last)
            and last not in _POSTMODIFIERS
            and re.match(r"\s*[a-z]+s\b", self.v[end : end + 30])
        ):
            return None  # "Ferreira rebuffed demands that ...": a verb and its plural object, no speaker
        if phrase[:1].islower() and phrase.split()[0].endswith("ing") and re.search(r"\bto\s+[a-z]+\s", phrase):
            return None  # "prompting Tokyo to issue an alert [telling residents]": a participle's clause
        joined = phrase.rfind(" and ")
        if (
            joined > 0
            and len(words) > 2
            and words[0].lower() in _QUANTIFIER_SUBJECTS
            and words[1].endswith("ing")
            and words[1].islower()
            and words[2].lower() in _OBJECT_OPENERS
        ):
            # "with some supporting the teachers and others [saying]": the first group's own clause
            # before "and"; the group after it speaks
            return self._valid_speaker(start + joined + 5, end, max_words, unlisted)
        whose = re.search(r"\s+whose\s", phrase)
        if whose:  # "The mining company whose dam burst [admitted]": the noun the relative describes
            return self._valid_speaker(start, start + whose.start(), max_words, unlisted)
        words = phrase.split()
        relative = _CONTACT_CLAUSE.search(phrase)
        if relative and self._valid_speaker(start, start + relative.start(), max_words):
            return start, start + len(phrase)  # "Officials we spoke to", "Every study I have read"
        if re.fullmatch(r"\d{1,3}", phrase) and re.search(
            r"[A-Z][\w'\u2019-]*,\s*$", self.v[max(0, start - 40) : start]
        ):
            return None  # "Richard Hale, 58, had shown": an age cut from its name (not "Of 40 polled, 12 said")
        first = words[0].lower().strip("\"'(")
        lost_stop = _LOST_STOP.search(phrase)
        if (
            lost_stop
            and lost_stop.group(1) not in _PREPOSITIONS | _FUNCTION_WORDS | _SUBJECT_PREPOSITIONS
            and not self.cues.is_cue(lost_stop.group(1))  # "told The Times"
        ):
            # "... of the regional centers The S.E.C. said": a sentence whose full stop the text
            # lost begins at "The" after a noun (not "the editor of The Guardian")
            rest = phrase[lost_stop.start(2) :]
            return self._valid_speaker(start + len(phrase) - len(rest), start + len(phrase), max_words, unlisted)
        if first == "that" and len(words) > 2 and words[1].lower() in _DETERMINERS:
            # "but that the scale of the fraud [demanded]": a clause's opening, then its subject
            rest = phrase[len(words[0]) :].lstrip()
            return self._valid_speaker(start + len(phrase) - len(rest), start + len(phrase), max_words, unlisted)
        if _AUXILIARY_WORD.fullmatch(first) and len(words) > 1 and words[1].lower() in _DETERMINERS | _SUBJECT_PRONOUNS:
            # "Will the minister confirm that ...?", "Does he accept ...?": an auxiliary before its
            # subject asks a question; nobody says anything ("Will Smith said": a name)
            return None
        named = phrase[0].isupper() or phrase[0] in "@0123456789" or any(w[:1].isupper() for w in words[1:])
        if words[-1].lower() in _FUNCTION_WORDS:
            # "The nominee also outlined his plan and [vowed]": a clause cut short; its subject speaks
            if words[-1].lower() not in ("and", "or", "but", "by"):
                return None  # "the ministry's decision to [blame]": the subject is not the speaker
            cue = re.match(r"\s*([a-z]+)", self.v[end : end + 30])
            if cue and self._shares_be(start, (end + cue.start(1), end + cue.end(1))):
                return None  # "the visit was routine and planned long ago": a participle sharing the "be"
            modal = cue and _plain_past(cue.group(1)) and any(re.fullmatch(_MODALS, w.lower()) for w in words[1:])
            passive = None if modal else _PASSIVE_THEN_ACT.search(self.v, start, min(len(self.v), end + 40))
            if modal or (passive and passive.start("act") < end < passive.end()):
                # "said ... that he would take his own life and urged police to": a past verb is no
                # second verb under the modal; "said that an inquiry had been opened and called for
                # calm": a passive takes no object; either way the act has the sentence's subject
                return self.subject(self.sentence_of(start)[0], end)
            return self.subject(start, end) or self._subject_across_insertions(start, end)
        if len(words) == 1 and first.strip(",") in _SENTENCE_ADVERBS:
            return None  # "Now tell us this isn't ...": an imperative after an adverb
        if len(words) == 1 and first in _ASPECT_VERBS and re.match(r"\s*[a-z]+ing\b", self.v[end : end + 30]):
            return None  # "Stop blaming the victims": an imperative's verb, not a speaker
        if first in ("let", "let's") and len(words) <= 2:
            return None  # "Let me say this", "Let us admit": an imperative, not a speaker
        if (
            phrase[0].islower()
            and _PARTICIPLE_BEFORE_PREPOSITION.match(phrase)
            and self.v[:start].rstrip().endswith(",")
        ):
            return None  # "the images, taken in March, [showed]": a participle set off after its noun
        if first in ("by", "to"):
            return None  # "Hezbollah, dubbed a terror group by Israel, denied": an agent, not a subject;
            # "To pay for the programs she has [proposed]": an infinitive
        second = words[1].lower() if len(words) > 1 else ""
        if (
            (first in _PREPOSITIONS - {"to"} and not second[:1].isdigit())
            or first in _ADVERBIAL_PREPOSITIONS
            or (first in ("most", "more") and re.fullmatch(_LY_ADVERB, second))
            or (first == "that" and second in _SUBJECT_PRONOUNS)
        ):  # "most recently in an interview with ABC News", "in a statement": an adverbial ("About
            # 20 people" speak); "that he really, really [wants]": a clause's opening. Opening the
            # sentence, a pronoun or a known person closing it is the subject after it ("In a
            # Bloomberg interview Trump"; not "at a rate he [proposed]": a relative clause)
            last = words[-1]
            opens = not self.v[self.sentence_of(start)[0] : start].strip(" \n\"'\u201c")
            if opens and len(words) > 2 and (last.lower() in _SUBJECT_PRONOUNS or self._is_person(last)):
                return start + len(phrase) - len(last), start + len(phrase)
            return None
        if words[-1].lower() in _PREPOSITIONS - _FUNCTION_WORDS and not named:
            return None  # "manipulating his followers into [believing]": an object and its preposition
        if _MEASURE_OF.match(phrase):
            return None  # "the scale of the fraud [demanded] a long sentence": a measure of a thing speaks not
        known = first in _LOWER_SPEAKER_STARTS or any(_is_speaker_word(w.lower().strip(",")) for w in words)
        if len(words) > max_words and (kept := _role_before_participle(words)) and kept <= max_words:
            # "The lawyer for a police officer charged with murder in the shooting of a teenager told
            # jurors ...": a role and the one it serves, before the participle describing that one
            kept_end = list(re.finditer(r"\S+", phrase))[kept - 1].end()
            return self._valid_speaker(start, start + kept_end, max_words, unlisted)
        if len(words) > max_words or not (named or known or (unlisted and first not in _NO_SPEAKER_WORDS)):
            return None
        participle = first.endswith("ing") and phrase[0].islower() and words[1:2] != [] and words[1] in _FUNCTION_WORDS
        negated = any(  # not "Not everyone finds", not "Scientists not involved in the research"
            index and w.lower() in _NEGATIONS and not _negated_participle(words, index) for index, w in enumerate(words)
        )
        if (
            any(
                # not a participle before its agent: "A statement issued by the army", "a decision made by"
                (_finite_verb(w) and not (following == "by" and w.lower() in ("issued", "made")))
                or w.lower() in _CONTRACTIONS
                for w, following in itertools.pairwise([*words, ""])
            )
            or any(  # "Two men went on trial"; not "Observers sent to monitor the vote", a participle
                w in _IRREGULAR_PAST - {"left"} and not _sent_to_do(w, following)
                for w, following in itertools.islice(itertools.pairwise([*_before_relative(words), ""]), 1, None)
            )
            or negated
            or participle
            or _has_object(words)
        ):
            # a clause ("he cannot comment", "The ministry presented new evidence", a headline's
            # "says Israel misled Moscow", "says Israel not to blame") or a participle phrase
            # ("speaking to reporters"); a "who" relative holding the verb leaves the noun it
            # describes ('"...," a diplomat who attended the talks said'); a pronoun the relative
            # completes keeps it ("those who heard the blast")
            return self._before_who(start, phrase, max_words, unlisted)
        verbs = [
            (s, e)
            for s, e in self.cues.find(phrase)
            if self.verb_cue(phrase[s:e])
            and not _in_name(phrase, s, e)
            and not (_surname_form(phrase, s, e) and not self.headline_at(start))
            and not _fixed_phrase(phrase, s, e)
            and not set(phrase[:s].lower().split()[-1:]) & _DETERMINERS
            and not _counted_noun(phrase[s:e], phrase[:s].split(), self.v[start + e : start + e + 30])
            and not _reduced_relative(self.v, start + s)
            and not _participle_before_verb(self.v, start, (start + s, start + e))
        ]  # "Her published memoir": a cue form after a determiner is an adjective; "a study
        # published on Wednesday": a participle after a noun, before a preposition, modifies it
        who = re.search(r"\s+who\s", phrase)
        if (
            verbs
            and phrase[0] != '"'
            and who
            and who.start() < verbs[0][0]
            and phrase[: who.start()].split()[-1].lower() not in _CLAUSE_PRONOUNS
        ):
            # "two former employees who feared retaliation": the relative's cue, not the phrase's
            # (not "Anyone who says otherwise [is repeating]": the pronoun's clause)
            return self._valid_speaker(start, start + who.start(), max_words, unlisted)
        if phrase[0] == '"' or verbs:
            return None
        if len(words) > 2 and _reduced_relative(self.v, start + len(phrase) - len(words[-1])):
            phrase = phrase[: -len(words[-1])].rstrip()  # "The study published [on Monday] said": the study
        return start, start + len(phrase)

    def _after_object(self, cue: tuple[int, int], end: int) -> int:
        """Where the text after a cue continues once an addressee is skipped ("told reporters", "told
        The Huffington Post"); the cue's end for verbs without an addressee."""
        if self.v[cue[0] : cue[1]].lower() not in self.cues.with_object:
            return cue[1]
        possessive = _POSSESSIVE_ADDRESSEE.match(self.v, cue[1], end)
        named = re.split(r"['\u2019]s\s+", possessive.group(), maxsplit=1)[-1].split() if possessive else []
        if possessive and (
            named[0][:1].isupper() or not any(w in _NOT_IN_SHORT_OBJECT or w.endswith("ed") for w in named)
        ):  # lower-case words with no preposition or participle: not "warned Russia's actions in the region"
            return possessive.end()
        match = _ADDRESSEE.match(self.v, cue[1], end)
        if match is None or match.group().endswith(("'s", "\u2019s")):
            return cue[1]  # "warned Iran's nuclear programme had ...": a possessor opens the subject
        return match.end()

    def _clause_without_addressee(self, clause: re.Match[str], cue_end: int) -> bool:
        """Whether a verb that may take an addressee reports the clause right after it ("warned
        it would retaliate", "warned the strikes would continue"): a pronoun or one noun phrase
        as the clause's subject, never two ("told the officials the plan would fail" holds an
        addressee the addressee patterns missed), or a counted subject, whose determiners ("at
        least a dozen people") are the count's ("warned at least 40 people were missing")."""
        if clause.re is _QUANTITY_CLAUSE:
            return clause.start(1) == cue_end + 1
        if clause.start(1) != cue_end + 1 or clause.re not in (
            _PRONOUN_CLAUSE,
            _SUBJECT_AUXILIARY,
            _BARE_SUBJECT_AUXILIARY,
        ):
            return False
        subject = self.v[clause.start(1) : clause.end(1)].split()[1:-2]
        return not any(word.lower() in _DETERMINERS or word.lower() in _OBJECT_PRONOUNS for word in subject)

    def clause_cues(self, start: int, end: int) -> list[tuple[int, int]]:
        """Cue forms in ``v[start:end]`` that can introduce a clause: not after a determiner or
        "of" ("the State Department", "Secretary of State"), and a form that can be a noun not
        inside a capitalised name ("the US State Department")."""
        found = []
        for cue in self.cues.find(self.v, start, end):
            before = self.v[max(start, cue[0] - 30) : cue[0]].split()[-1:]
            previous = before[0].lower() if before else ""
            if previous in _DETERMINERS or previous == "of":
                continue
            word = self.v[cue[0] : cue[1]]
            if word[:1].isupper() and before and before[0][:1].isupper() and not self.verb_cue(word):
                continue
            found.append(cue)
        return found

    def verb_cue(self, word: str) -> bool:
        """Whether a cue form in a noun phrase can only be a verb ("the state's envoy" holds a noun)."""
        return word.lower() not in self.cues.noun_base and word.lower() not in self.cues.noun_plural

    # -- direct quotes -----------------------------------------------------------------
    def attribution_after(
        self, quote_start: int, quote_end: int, limit: int
    ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """(cue, speaker) in ", Peskov said" / ", said Peskov" right after a quote."""
        sentence_end = self.sentence_of(max(quote_end - 1, 0))[1]
        if (
            sentence_end <= quote_end < len(self.v)
            and self.v[quote_end - 2 : quote_end - 1] in ("?", "!")
            and not self.v[self.sentence_of(quote_start)[0] : quote_start].strip()
        ):
            # '"Why isn't this proof?" Vitter demanded.': a question or an exclamation ends its
            # sentence inside the quotation marks; the next sentence is its attribution when it is
            # nothing but a speaker, a cue and their circumstances (not 'Then X concludes: "..."'),
            # and the quote has no introduction of its own ('The officer yelled, "...!" X recalled.')
            following = self.sentence_of(quote_end + 1)[1]
            cues = self.cues.find(self.v[quote_end:following])
            if any(_AFTER_CUE_FILLER.match(self.v[quote_end + e : following].rstrip(" .")) for _, e in cues):
                sentence_end = following
        stop = min(limit, max(sentence_end, quote_end))
        tail = self.v[quote_end:stop]
        comma_quote = self.v[quote_end - 2 : quote_end - 1] in (",", "\u2014", "-")
        reads = _READS.match(self.v, quote_end, limit) if comma_quote else None
        if reads and _common_head(reads.group(1)).lower() in _READ_HEADS:
            return reads.span(2), reads.span(1)
        inverted = _READS_INVERTED.match(self.v, quote_end, limit) if comma_quote else None
        if inverted and _common_head(inverted.group(2)).lower() in _READ_HEADS:
            return inverted.span(1), inverted.span(2)  # '"...," read one banner.'
        byline = _BYLINE.match(self.v, quote_end, limit)
        if byline:  # '"..." ― Carla Sanchez': a dash and a name after the quote
            speaker = self._valid_speaker(byline.start(2), byline.end(2))
            return ((byline.start(1), byline.end(1)), speaker) if speaker else None
        for cue_start, cue_end in self.cues.find(tail):
            cue = (quote_end + cue_start, quote_end + cue_end)
            if not self._cue_allowed(cue) or not self._verb_use(quote_end, cue):
                continue
            after_object = self._after_object(cue, max(sentence_end, cue[1]))
            after_cue = re.split(r"[,;:]", self.v[after_object : max(sentence_end, cue[1])], maxsplit=1)[0]
            before = tail[:cue_start].strip(" ,\u2014-")
            if before.partition(" ")[0] in _CONTRAST_OPENERS:
                return None  # '"...", while one shareholder, who asked ...': a new clause, not the attribution
            if not before:
                speaker = self.speaker_after(cue[1], stop, after_quote=comma_quote)
            elif comma_quote and _n_words(before) <= _MAX_APPOSITION_WORDS:
                if _RELATIVE_OPENED.search(before):
                    continue  # '"...," one student, who asked not to be named, said': the aside's verb
                start = quote_end + tail.index(before)
                if aside := _RELATIVE_ASIDE.search(before):
                    before = before[: aside.start()]  # the speaker, not the aside describing them
                # '"...," as a Homeland Security memo put it', '"...," was how one resident put it'
                if as_ := _HOW_PUT.match(before):
                    start, before = start + as_.end(), before[as_.end() :]
                    before = _TRAILING_MODAL.sub("", before)  # '"No comment," was all the spokesman would say'
                before = _TRAILING_ADVERBS.sub("", before)  # '"...," my father often said'
                speaker = self._valid_speaker(start, start + len(before), _MAX_APPOSITION_WORDS)
                if self._content_of_own(after_cue, cue, after_object):
                    return None  # '"Title," the nominee said she wanted ...': the cue has content of its own
            elif _n_words(before) <= _MAX_SPEAKER_WORDS and not re.search(r"[!?;]", before):
                if before.lower() in _RELATIVE_SPEAKERS:
                    return None  # 'shelter to "extremists" who threaten ...': a relative clause on the quoted words
                if tail[:cue_start].rstrip().endswith(",") and self.v[quote_end - 2] not in "!?.":
                    # 'Rich nations "failing" poor countries, say negotiators': a quote inside the
                    # outlet's clause, which the cue after the comma attributes whole
                    return None
                speaker = self.speaker_before(quote_end, cue[0])
                if speaker and speaker[0] < quote_end:
                    # '"no indication" that he would ... and urged': the sentence's subject, before the quote
                    return None
                between = self.v[quote_end : speaker[0]] if speaker else ""
                if _n_words(between) and not between.rstrip().endswith((",", "\u2014", "-")):
                    return None  # '"disgrace" after she attacked ...': the cue is in a clause of its own
                if self._before_gap_verb(cue[0]):
                    return None  # '"dangerous criminals" he said had hijacked ...': a contact relative clause
                if self._content_of_own(after_cue, cue, after_object):
                    return None
            else:
                return None
            return (cue, speaker) if speaker else None
        return None

    def _content_of_own(self, after_cue: str, cue: tuple[int, int], after_object: int) -> bool:
        """Whether a cue after a quote says something of its own ('"Title," the nominee said she
        wanted ...', 'Bemoaning the "phony system," Trump accused Holt of being a Democrat'): more
        than a few words that are no circumstances ("during a rally in ...", "of the plan"), or
        after the cue's object, a charge or a clause ("accused Holt of being ...", "told reporters
        he would win"; not "told reporters gathered outside")."""
        if after_object > cue[1]:
            return _n_words(after_cue) >= _MIN_CONTENT_WORDS and bool(_OBJECT_THEN_CONTENT.match(after_cue))
        if _QUOTED_AS.fullmatch(self.v[cue[0] : cue[1]]) and re.match(r"\s*by\s", after_cue):
            return False  # "was quoted as saying by the PAP news agency": the medium that quoted it
        # a manner adverb before the circumstances ('"It's over," one aide said flatly when asked')
        circumstances = re.sub(r"^\s*" + _LY_ADVERB + r"\b", "", after_cue)
        return _n_words(after_cue) > 4 and not (_PREPOSITION_START.match(circumstances) or _TOPIC.match(circumstances))

    def attribution_before(self, floor: int, quote_start: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """(cue, speaker) in 'Lieberman said: "..."' right before a quote."""
        head = self.v[floor:quote_start]
        reads = _READS_BEFORE.search(head)  # 'The statement read: "..."': a document speaks
        if reads and _common_head(reads.group(1)).lower() in _READ_HEADS:
            return (floor + reads.start(2), floor + reads.end(2)), (floor + reads.start(1), floor + reads.end(1))
        inverted = _INVERTED_BEFORE.search(head)  # 'Said Ellis: "..."'
        if inverted and inverted.group(1).lower() in self.cues.inverting:
            speaker = self._valid_speaker(floor + inverted.start(2), floor + inverted.end(2))
            if speaker:
                return (floor + inverted.start(1), floor + inverted.end(1)), speaker
        following = _FOLLOWING_INTRO.search(head)
        if following:
            cue = (floor + following.start("cue"), floor + following.end("cue"))
            return cue, self.speaker_before(self.sentence_of(cue[0])[0], cue[0])
        match = re.search(r"([^\s:,]+(?:\s+(?:for|on|it))?)\s*[:,]?\s*$", head)
        if not match:
            return None
        cue = (floor + match.start(1), floor + match.end(1))
        label = re.search(r"([a-z]+)\s+as\s+$", head)
        if (
            label
            and self.cues.is_cue(label.group(1))
            and label.group(1) not in self.cues.noun_plural  # not "rated Republican claims as "false""
            and not _PASSIVE_BEFORE.search(self.v, max(floor, floor + label.start() - 40), floor + label.start())
        ):  # 'what he described as "a witch hunt"': a label (not 'was described as "..." by X')
            cue = (floor + label.start(1), floor + label.end(1))
            match = label
        quoted_as = _QUOTED_AS.search(self.v, max(floor, cue[0] - 100), cue[1])
        if quoted_as and quoted_as.end() == cue[1]:  # 'Peskov was quoted as saying: "..."'
            cue = quoted_as.span()
        elif not self.cues.is_cue(match.group(1)):
            cue = self._cue_before_addressee(floor, quote_start) or cue
        elif not self._verb_use(floor, cue):
            return None
        if not self.cues.is_cue(self.v[cue[0] : cue[1]]) or not self._cue_allowed(cue):
            return None  # not 'the United States "has never ..."': a capitalised cue inside a name
        form = self.v[cue[0] : cue[1]].lower()
        if (
            form not in self.cues.passive
            and form not in self.cues.predicative
            and not _ing_form(form)
            and _PASSIVE_BEFORE.search(self.v, max(floor, cue[0] - 40), cue[0])
        ):
            return None  # 'would be discussed "in silence"': a passive that attributes nothing
        sentence_start, sentence_end = self.sentence_of(cue[0])
        if self.v[cue[0] : cue[1]].lower() in self.cues.display and _shown_object(self.v[quote_start:sentence_end]):
            return None  # 'showed "no remorse"': a quality shown, no claim
        passive = self._passive_agent(sentence_start, sentence_end, cue)
        if passive:  # 'The plan, called "reckless" by critics, was shelved'
            return cue, passive[1:]
        if _ing_form(self.v[cue[0] : cue[1]]) and _COMMA_BEFORE_PARTICIPLE.search(self.v, sentence_start, cue[0]):
            # 'He then defended the remark, saying, "..."': the main clause's subject speaks; after
            # an attribution ('..., Hutchinson said, adding, "..."'), that attribution's speaker
            clauses = list(_NEW_MAIN_CLAUSE.finditer(self.v, sentence_start, cue[0]))
            clause_start = clauses[-1].end() if clauses else sentence_start
            earlier = self._verb_cues(clause_start, cue[0])
            if earlier and not self.v[earlier[-1][1] : cue[0]].strip(' ,"'):
                return cue, self.speaker_before(sentence_start, earlier[-1][0])
            subject = self.subject(clause_start, cue[0])
            if subject:
                return cue, subject
        perceived = _ing_form(self.v[cue[0] : cue[1]]) and _PERCEIVED_SPEAKER.search(self.v, sentence_start, cue[0])
        if perceived:  # 'The spot ends with footage of Trump saying, "..."': Trump
            return cue, self._valid_speaker(*perceived.span(1)) or perceived.span(1)
        earlier = self._verb_cues(sentence_start, cue[0]) if self.headline_at(cue[0]) else []
        if earlier and re.fullmatch(r"[^,;:]+,\s*", self.v[earlier[-1][1] : cue[0]]):
            # 'North Korea blames Seoul for balloon row, threatens "thousand-fold" response': a
            # headline's verbs joined by a comma share the first one's subject
            return cue, self.speaker_before(sentence_start, earlier[-1][0])
        last = self._verb_cues(sentence_start, cue[0])[-1:]
        if last and "," not in self.v[last[0][1] : cue[0]] and self._coordinated(sentence_start, cue):
            # 'Gil said that no troops had left ... and accused "sectors of the far right" of ...': a
            # cue joined by "and" to the one before it in its clause shares its subject, as in
            # reported speech (not 'when my mother mentioned it, I laughed and said "..."')
            joined = self.speaker_before(sentence_start, last[0][0])
            if joined:
                return cue, joined
        return cue, self.speaker_before(sentence_start, cue[0]) or self._inner_speaker(sentence_start, cue[0])

    def _cue_before_addressee(self, floor: int, quote_start: int) -> tuple[int, int] | None:
        """'Limbaugh told listeners: "..."' / 'X says of Clinton, "..."': a verb with its addressee,
        or any cue with its topic (of / about ...), then a colon or comma."""
        cues = self.cues.find(self.v, floor, quote_start)
        if not cues:
            return None
        cue = cues[-1]
        # "told his radio audience on Monday, "...", 'said Tuesday: "...', 'said in a statement on
        # Friday, "...': a short addressee, time or medium phrase with no verb in it
        phrase = re.match(r"(.*?)\s*[:,]\s*$", self.v[cue[1] : quote_start], re.S)
        words = phrase.group(1).split() if phrase else []
        short = bool(words) and _verbless_phrase(words) and self.v[quote_start + 1 : quote_start + 2].isupper()
        if self.v[cue[0] : cue[1]].lower() in self.cues.with_object:
            complement = _ADDRESSEE.match(self.v, cue[1], quote_start)
            if short:
                return cue
        else:
            if short and (_CIRCUMSTANCE_START.match(" ".join(words)) or words[0] == "to"):
                return cue  # 'said on Friday: "..."', 'replied to critics: "..."': the occasion or the listener
            if short and all(
                _AFTER_CUE_FILLER.match(word) or word.endswith("ly") for word in " ".join(words).split(",")
            ):
                return cue  # 'said only: "..."', 'added, pointedly: "..."': the manner of saying
            complement = _TOPIC.match(self.v, cue[1], quote_start)
        if complement and re.fullmatch(r"\s*[:,]\s*", self.v[complement.end() : quote_start]):
            return cue
        if (
            complement
            and self.v[cue[0] : cue[1]].lower() in self.cues.with_object
            and not self.v[complement.end() : quote_start].strip()
            and self.v[quote_start + 1 : quote_start + 2].islower()
            and (quoted := self.quote_at(quote_start)) is not None
            and re.match(r"\s*(?:[.,;!?]|$)", self.v[quoted[1] :])
        ):
            # 'told reporters "the plan was dead".': the addressee, then the quoted clause (not
            # 'told reporters "fake news" was everywhere', quoted words in a clause)
            return cue
        return None

    def direct_quotes(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        pending: _Draft | None = None
        for index, (start, end, closed) in enumerate(self.quotes):
            next_start = self.quotes[index + 1][0] if index + 1 < len(self.quotes) else len(self.v)
            paragraph_end = next((p_end for p_start, p_end in self.paragraphs if p_start <= start < p_end), end)
            after = self.attribution_after(start, end, min(next_start, paragraph_end)) if closed else None
            if pending and not after and self._continues(pending, start):
                # a quote with an attribution of its own ('"...," he said.') is not the last one's rest
                pending = replace(pending, fragments=pending.fragments + ((start, end),))
            elif pending and self._names_in_attribution(pending, start):
                continue  # 'said on NBC's "Meet the Press." "...': a title; the quote may still go on
            else:
                if pending:
                    drafts.append(pending)
                pending = _Draft("direct", ((start, end),), None, None)
            floor = max(self.sentence_of(start)[0], self.quotes[index - 1][1] if index else 0)
            found = after or (None if pending.cue else self.attribution_before(self._introduction(start, floor), start))
            if found and not pending.cue:
                pending = replace(pending, cue=found[0], speaker=found[1])
        if pending:
            drafts.append(pending)
        drafts = self._resumed([self._mixed(d) for d in drafts])
        self.direct_drafts = [d for d in drafts if d.cue or self._stands_alone(d)] + self._block_quotes()
        return self.direct_drafts

    def _block_quotes(self) -> list[_Draft]:
        """'Limbaugh added:' ending a paragraph, and the next paragraph in no quotation marks: a
        block quotation whose indentation plain text has lost, the speaker's own words (one
        paragraph: where a block quotation ends, plain text does not say)."""
        drafts = []
        for (previous_start, previous_end), (start, end) in itertools.pairwise(self.paragraphs):
            introduction = self.v[previous_start:previous_end].rstrip()
            opening = self.v[start:end].lstrip()[:1]
            if not introduction.endswith(":") or opening in _OPENING_QUOTES + "\"'" or self.quote_at(start):
                continue
            colon = previous_start + len(introduction) - 1
            floor = self.sentence_of(colon)[0]
            cues = self._verb_cues(floor, colon)
            if not cues or self.headline_at(colon) or not _verbless_phrase(self.v[cues[-1][1] : colon].split()):
                continue  # "... has the following tasks ahead of her tonight:": no attribution
            speaker = self.speaker_before(floor, cues[-1][0])
            text = self.v[start:end]
            content = (start + len(text) - len(text.lstrip()), start + len(text.rstrip()))
            if speaker and _n_words(text) >= _MIN_UNATTRIBUTED_WORDS:
                drafts.append(_Draft("direct", (content,), cues[-1], speaker))
        return drafts

    def _resumed(self, drafts: list[_Draft]) -> list[_Draft]:
        """'"How many times ...?" Clinton said. "In Tulsa, ..."': a quote of whole sentences with
        no attribution of its own, right after the attribution that closes the quote before it
        (in its paragraph or the next), goes on with that quote, as PolNeAR counts it."""
        merged: list[_Draft] = []
        for draft in drafts:
            last = merged[-1] if merged else None
            if last and draft.cue is None and self._resumes(last, draft):
                merged[-1] = replace(last, fragments=last.fragments + draft.fragments)
            else:
                merged.append(draft)
        return merged

    def _resumes(self, last: _Draft, draft: _Draft) -> bool:
        if last.kind != "direct" or last.cue is None or last.cue[0] < last.fragments[-1][1]:
            return False  # no attribution after the last quote: 'He said: "..." "..."' is another matter
        start, end = draft.fragments[0][0], draft.fragments[-1][1]
        attribution_end = max(self._after_object(last.cue, start), last.speaker[1] if last.speaker else 0)
        if last.speaker and last.speaker[0] > last.cue[0]:
            # 'said David Plouffe, the architect of the campaign. "...': as after a comma, a cue before
            # the full stop ('said Fowler, who has backed Clinton. "...') is the attribution's
            apposition = _SPEAKER_APPOSITION.match(self.v, attribution_end, start)
            attribution_end = apposition.end() if apposition else attribution_end
        closes = _ATTRIBUTION_CLOSES.fullmatch(self.v, attribution_end, start)
        if not closes or not _AFTER_CUE_FILLER.match(closes.group(1)):
            return False  # 'Clinton said in a statement. "...', not 'X said, but Y disagreed. "...'
        # the quote's last sentence must end with it; _stands_alone reads only the first sentence's
        # end (reading the last one there drops two long quotes in the evaluation texts)
        sentence_start = self.sentence_of(start)[0]
        sentence_end = self.sentence_of(end - 1)[1]
        return not self.v[sentence_start:start].strip() and not self.v[end:sentence_end].strip(" .")

    def _introduction(self, quote_start: int, floor: int) -> int:
        """Where the attribution of a quote may start: its sentence (``floor``), or, for a quote
        that opens a paragraph after one ending in a colon ("Caddell continued:", "The New York
        Times reports:"), that paragraph's last sentence."""
        for (previous_start, previous_end), (start, _) in itertools.pairwise(self.paragraphs):
            if start <= quote_start and not self.v[start:quote_start].strip():
                if self.v[previous_start:previous_end].rstrip().endswith(":"):
                    return max(previous_start, self.sentence_of(self.v.rindex(":", 0, previous_end))[0])
                return floor
        return floor

    def _mixed(self, draft: _Draft) -> _Draft:
        """A quoted fragment inside the outlet's clause ('Not paying taxes "makes me smart," Trump
        said') is indirect speech whose content is the whole clause before the attribution."""
        if draft.cue is None or len(draft.fragments) != 1:
            return draft
        if draft.cue[0] < draft.fragments[0][1]:
            return self._mixed_after(draft, draft.cue)
        quote_start, quote_end = draft.fragments[0]
        sentence_start, sentence_end = self.sentence_of(quote_start)
        if labelled := self._labelled_claim(sentence_start, draft.cue, sentence_end):
            return labelled  # '"playing politics," a charge Delgado called "rich"': the label is hers
        attribution = min(draft.cue[0], draft.speaker[0] if draft.speaker else draft.cue[0])
        if self.sentence_of(attribution)[0] != sentence_start:
            return draft
        # fronted: before its attribution, a participle after a comma is no outlet's clause
        # ("However laudable the goal, using the tax "is a misguided approach," he said")
        if _HOW_PUT.fullmatch(self.v, quote_end, attribution):
            return draft  # '"It is a disgrace," was how one resident put it': the quote alone
        clause = self._trim(self._past_leading_attribution(sentence_start, quote_start), attribution, fronted=True)
        outside = self.v[clause[0] : quote_start] + self.v[quote_end : clause[1]]
        if clause[0] > quote_start or clause[1] < quote_end or _n_words(outside) == 0:
            return draft
        if self.v[clause[0] : quote_start].rstrip().endswith(":"):
            return draft  # 'A: "We were clear," Blinken said', 'The message was blunt: "..." he said': whole words
        return replace(draft, kind="indirect", fragments=(clause,))

    def _mixed_after(self, draft: _Draft, cue: tuple[int, int]) -> _Draft:
        """'Retired General Reveals "Demoralizing" Experience Of Serving': a quoted fragment
        right after its cue, with the outlet's words going on after it in the same clause, is
        indirect speech whose content runs from the quote to the clause's end."""
        quote_start, quote_end = draft.fragments[0]
        interrupted = self._interrupted_clause(draft, cue)
        if interrupted:
            return replace(draft, kind="indirect", fragments=(interrupted,))
        if self.v[cue[1] : quote_start].strip(" ") or (draft.speaker and draft.speaker[0] > quote_end):
            return draft  # 'said: "..."', 'told reporters, "..."', 'called "reckless" by critics'
        if self.v[quote_end - 2 : quote_end - 1] in (",", "?", "!"):
            return draft  # '"What curfew?" and kept going': a whole utterance; the outlet goes on
        if self._cue_verb(cue) in self.cues.naming:
            return draft  # 'what Kyiv called "a civilian target" on Monday': the label is all it named
        clause = self._trim(quote_start, self.sentence_of(quote_start)[1])
        rest = self.v[quote_end : clause[1]]
        if not _WORD.match(rest.lstrip()) or _TO_ADDRESSEE.match(rest):
            return draft  # 'said "we will respond" to reporters': the rest is the cue's, not the claim's
        return replace(draft, kind="indirect", fragments=(clause,))

    def _interrupted_clause(self, draft: _Draft, cue: tuple[int, int]) -> tuple[int, int] | None:
        """'So when Patriot signaled it would make a deal, Mr. Barrett said, "we were floored."': an
        attribution set off by commas inside the outlet's sentence, and a quote that goes on with
        that sentence in lower case: the whole sentence is the claim, from its start to the quote's
        end."""
        quote_start, quote_end = draft.fragments[0]
        first = self.v[quote_start + 1 : quote_start + 2]
        if not draft.speaker or not first.islower() or not _COMMA_ONLY.fullmatch(self.v[cue[1] : quote_start]):
            return None
        attribution = min(cue[0], draft.speaker[0])
        sentence_start = self.sentence_of(quote_start)[0]
        before = self.v[sentence_start:attribution]
        if not before.rstrip().endswith(",") or self.sentence_of(attribution)[0] != sentence_start:
            return None
        start = self._trim(self._past_leading_attribution(sentence_start, attribution), attribution, fronted=True)[0]
        if _n_words(self.v[start:attribution]) < _MIN_CONTENT_WORDS or self.inside_quote(start, attribution):
            return None
        return start, quote_end

    def _continues(self, draft: _Draft, start: int) -> bool:
        """Whether a quote starting at ``start`` continues ``draft`` (interrupted or multi-paragraph)."""
        last_start, last_end = draft.fragments[-1]
        gap = self.v[last_end:start]
        if last_end >= len(self.v) or self.v[last_end - 1] != '"':
            return bool(re.fullmatch(r"\s*", gap))  # open at paragraph end, next paragraph opens a quote
        if draft.cue is None or not (last_end <= draft.cue[0] < start):
            return False
        attribution_end = max(draft.cue[1], draft.speaker[1] if draft.speaker else 0)
        if any(
            attribution_end <= last_end + s and gap[s].islower() and not re.search(r"[.!?]\s", gap[e:])
            for s, e in self.cues.find(gap)
        ):  # '"...," he said, adding that "...": the second quote has its own cue; not '"...," said
            # Fowler, who has backed Clinton. "...": a cue before a full stop is the attribution's
            return False
        starts = self.sentence_index.starts
        if bisect_right(starts, attribution_end) < bisect_left(starts, start):
            return False  # '"...," X said after the meeting. The summit "...": a new sentence of the outlet's
        interrupted = self.v[: last_end - 1].rstrip("'\u2019")[-1:] in (",", "\u2014", "-")  # ',"' or ',’"'
        resumes = not self._names_in_attribution(draft, start)
        return interrupted and resumes and "\n" not in gap and _n_words(gap) <= _MAX_APPOSITION_WORDS + 4

    def _names_in_attribution(self, draft: _Draft, start: int) -> bool:
        """Whether a quote at ``start`` is a name inside the draft's attribution ('said on Fox
        News's "Fox and Friends."'): no punctuation closes the attribution before it, as one does
        before the rest of the quote ('he said, but "...')."""
        if draft.cue is None or not draft.fragments[-1][1] <= draft.cue[0] < start:
            return False
        attribution_end = max(draft.cue[1], draft.speaker[1] if draft.speaker else 0)
        between = self.v[attribution_end:start]
        same_sentence = self.sentence_of(start)[0] == self.sentence_of(draft.cue[0])[0]
        return attribution_end <= start and same_sentence and not re.search(r"[,:;.!?\u2014\n-]", between)

    def _stands_alone(self, draft: _Draft) -> bool:
        start, end = draft.fragments[0][0], draft.fragments[-1][1]
        sentence_start, sentence_end = self.sentence_of(start)
        whole = not self.v[sentence_start:start].strip() and not self.v[end:sentence_end].strip(" .")
        return whole and _n_words(self.v[start:end]) >= _MIN_UNATTRIBUTED_WORDS

    # -- indirect speech ---------------------------------------------------------------
    def according_to(self, start: int, end: int) -> list[_Draft]:
        drafts = []
        for match in _according_to().finditer(self.v[start:end]):
            cue = (start + match.start(), start + match.start("cue") + len(match.group("cue")))
            if self.inside_quote(*cue):
                continue
            if match.group("source").strip().lower() in _OBJECT_PRONOUNS:  # "according to him"
                speaker: tuple[int, int] | None = (
                    start + match.start("source"),
                    start + match.start("source") + len(match.group("source").strip()),
                )
            else:
                speaker = self._valid_speaker(
                    start + match.start("source"), start + match.end("source"), _MAX_APPOSITION_WORDS
                )
            source_end = start + match.end("source")
            name = _APPOSITIVE_NAME.match(self.v, source_end, end) if speaker else None
            if speaker and name and _person_noun(self.v[speaker[0] : speaker[1]].split()[-1]):
                # "According to the regional governor, Alexei Smirnov, the blast ...": the role's name
                speaker, source_end = (speaker[0], name.end(1)), name.end(1)
            content = self._content_around(start, end, cue, source_end)
            if speaker and _n_words(self.v[content[0] : content[1]]) >= _MIN_CONTENT_WORDS:
                drafts.append(_Draft("indirect", (content,), cue, speaker))
        for match in _POSSESSIVE_VIEW.finditer(self.v, start, end):
            # "In his view, the government is ...", "..., in Mr. Guzman's words": the possessor's claim
            if self.inside_quote(*match.span()) or re.search(r"\w\s*$", self.v[start : match.start()]):
                continue  # not inside a clause ("a change in his view of the war")
            mark = re.search(r"['\u2019]s$", match.group("owner"))  # "Mr. Guzman's": the name speaks
            owner = (match.start("owner"), match.start("owner") + mark.start() if mark else match.end("owner"))
            speaker = owner if match.group("owner").lower() in _POSSESSIVE_PRONOUNS else self._valid_speaker(*owner)
            content = self._content_around(start, end, match.span(), match.end())
            subject = self.subject(content[0], end) if content[0] >= match.end() else None
            verb = _TOKEN.search(self.v, subject[1], end) if subject else None
            if verb and self.cues.is_cue(verb.group()):
                continue  # "In her judgment, the judge found that ...": where she said it, her own cue follows
            if speaker and _n_words(self.v[content[0] : content[1]]) >= _MIN_CONTENT_WORDS:
                drafts.append(_Draft("indirect", (content,), match.span(), speaker))
        return drafts

    def _content_around(self, start: int, end: int, cue: tuple[int, int], source_end: int) -> tuple[int, int]:
        """What an "according to X" style attribution in ``v[start:end]`` attributes: the words
        before it, or after the comma that follows it."""
        before = self.v[start : cue[0]].rstrip(" ,")
        words = before.split()
        verb = any(_finite_verb(w) or w in _IRREGULAR_PAST or _AUXILIARY_WORD.fullmatch(w.lower()) for w in words)
        adverbial = (
            words
            and not verb
            and words[0].lower() in _PREPOSITIONS | {"after", "before", "despite"}
            and not (len(words) > 1 and words[1][:1].isdigit())  # "About 9.9 million mothers live ..."
        )
        if _LEADING_FILLER.fullmatch(before + " ") or adverbial:
            before = ""  # "However according to the daily, A", "In response, according to X, A": A
        and_clause = _AND_CLAUSE.match(self.v, source_end, end)
        after = re.match(r"\s*,\s*", self.v[source_end:end])
        relative = _RELATIVE_ASIDE.search(before)
        if relative and after and not self.inside_quote(start + relative.start(), start + relative.end()):
            # "The UAE, which supplies the RSF with weapons according to UN experts, denies any role":
            # the attribution closes the relative clause, which is all it attributes
            return self._trim(start + relative.start(1), start + len(before))
        # "A, according to X, who spoke on condition of anonymity.": an aside on X to the end, not A
        # resumed; one closed by a comma is skipped ("The economy, according to X, who ..., is ...")
        aside_at = source_end + after.end() if after else end
        aside = _SOURCE_ASIDE.match(self.v, aside_at, end)
        on_source = not aside and _SOURCE_ASIDE_OPENING.match(self.v, aside_at, end) is not None
        subject_only = before and after and not verb and not on_source
        if before.strip() and (and_clause or subject_only):
            # "A, according to X, and B": the attribution interrupts one claim, A and B; so it does
            # after a subject alone ("The economy, according to officials, is shrinking")
            resumed = and_clause.end() if and_clause else aside.end() if aside else aside_at
            return self._trim(start, cue[0])[0], self._trim(resumed, end)[1]
        if before.strip():
            return self._trim(start, start + len(before))
        comma = _comma_from(self.v, source_end, end)
        aside = _SOURCE_ASIDE.match(self.v, comma + 1, end) if comma != -1 else None
        if aside:  # "According to X, speaking on condition of anonymity, A": A
            comma = aside.end() - 1
        return self._trim(comma + 1 if comma != -1 else source_end, end)

    def nominal_claims(self, start: int, end: int) -> list[_Draft]:
        """ "Politifact checked Trump's claim that ...", "Contrary to his claim that ..., X": a claim
        noun after its owner's possessive attributes the that-clause to the owner. The clause runs
        to the end of the sentence, or to the comma that closes an opening phrase; not when the
        noun phrase is the sentence's subject ("Nervo's conclusion that A is not shared"), whose
        clause ends at a verb no pattern finds. A stance noun before "is that" is such a subject
        and does attribute ("The Kremlin's position is that A")."""
        drafts: list[_Draft] = []
        stances = list(_STANCE_IS_THAT.finditer(self.v, start, end)) if self.v.find(" that ", start, end) >= 0 else []
        if not stances and not _CLAIM_NOUN_THAT.search(self.v, start, end):
            return drafts
        for match in stances + list(_NOMINAL_CLAIM.finditer(self.v, start, end)):
            before = self.v[start : match.start()].strip(' "\u201c')
            # a stance is the subject of its own "is that", but not inside another's claim
            # ("suggests that Mexico's best argument is that ...": the suggestion's)
            stance = match.re is _STANCE_IS_THAT and not _EMBEDDING_END.search(before)
            if (_SUBJECT_PLACE.search(before) and not stance) or self.inside_quote(*match.span("cue")):
                continue
            content_end = end
            if _OPENING_PHRASE.match(before):
                comma = self._first_comma(match.end("cue"), end)
                content_end = comma if comma is not None else end
            content = self._trim(match.start("that"), content_end)
            owner = (match.start("owner"), match.end("owner"))
            speaker = owner if match.group("owner").lower() in _OWNER_PRONOUNS else self._valid_speaker(*owner)
            if speaker and _n_words(self.v[content[0] : content[1]]) > _MIN_CONTENT_WORDS:
                drafts.append(_Draft("indirect", (content,), match.span("cue"), speaker, possessor=True))
        return drafts

    def _first_comma(self, start: int, end: int) -> int | None:
        """The end of the first comma outside quotation marks and numbers in ``v[start:end]``, or of a comma
        that closes a quote ("would ''learn nothing,'' there ...")."""
        for match in re.finditer(_COMMA.pattern + r"(?:''|[\"\u201d\u2019])?", self.v[start:end]):
            if not self.inside_quote(start + match.end() - 1, start + match.end()) or match.end() > match.start() + 1:
                return start + match.end()
        return None

    def reported_speech(self, start: int, end: int, used: set[int]) -> list[_Draft]:
        drafts: list[_Draft] = []
        for cue in self.cues.find(self.v, start, end):
            progressive = _ing_form(self.v[cue[0] : cue[1]])  # "is warning" is active
            if cue[0] in used or self.inside_quote(*cue) or _ANONYMITY.match(self.v, cue[1], end):
                continue
            if any(d.cue and d.cue[1] <= cue[0] < d.fragments[0][0] for d in drafts):
                continue  # "reported, citing military sources, that ...": inside another cue's insertion
            predicative = self.v[cue[0] : cue[1]].lower() in self.cues.predicative
            auxiliary = not progressive and not predicative and _PASSIVE_BEFORE.search(self.v[start : cue[0]])
            # a headline drops the auxiliary: "Israel blamed for strike", "Minister accused of lying"
            elided = not auxiliary and self.headline_at(cue[0]) and self._headline_passive(cue)
            if auxiliary or elided:  # "was accused of", "is expected to": a passive
                attribution = self._cue_allowed(cue) and self._passive_attribution(
                    start, end, cue, start + auxiliary.start() if auxiliary else cue[0], elided=elided
                )
                if attribution:
                    drafts.append(attribution)
                    used.add(cue[0])
                continue
            if not self._cue_allowed(cue) or not self._verb_use(start, cue):
                continue
            agent = self._passive_agent(start, end, cue)
            if agent:  # a reduced passive: its agent speaks, or it reports no claim ("called to service by")
                passive = self._reduced_passive(cue, agent[0], agent[1:])
                if passive:
                    drafts.append(passive)
                    used.add(cue[0])
                continue
            coordinated = self._coordinated(start, cue) and (
                bool(drafts) or any(d.speaker and d.speaker[1] <= cue[0] for d in self.direct_in_sentence(start, end))
            )  # 'X said A and added B', 'The IDF said, "We regret the loss," and added that ...'
            if self._continues_main_clause(start, cue, drafts) or coordinated:
                draft = self._continued_attribution(start, end, cue, drafts)
                draft = draft and self._noun_phrase_object(draft)
                draft = draft and self._said_object(draft)  # "..., adding weeks to journeys"
                draft = None if draft and self._medium_aside(draft) else draft
                if draft:
                    drafts.append(draft)
                    used.add(cue[0])
                elif coordinated:
                    # "told supporters that he would challenge the results and called for calm": the
                    # speaker's next act, its content too short to keep, still ends the claim before it
                    drafts = [self._ended_before(d, cue) for d in drafts]
                continue
            draft = (
                self._labelled_claim(start, cue, end)
                or self._parenthetical(start, end, cue)
                or self._inverted_parenthetical(start, end, cue)
                or self._opening_participle(start, end, cue)
            )
            if draft is None and self._inverted_at_end(cue, end):
                draft = self._content_then_speaker(start, end, cue)
            draft = draft or self._speaker_then_content(start, end, cue) or self._content_then_speaker(start, end, cue)
            draft = draft and self._named_claim(draft, drafts)
            draft = draft and self._noun_phrase_object(draft)
            draft = draft and self._said_object(draft)
            draft = draft and self._free_relative(draft, start)
            draft = draft and self._subject_gap(draft, start)
            draft = None if draft and self._scheduled_participle(draft) else draft
            if draft:
                drafts.append(draft)
                used.add(cue[0])
        return drafts

    def _ended_before(self, draft: _Draft, cue: tuple[int, int]) -> _Draft:
        """``draft`` with its one content ended before the clause of ``cue`` when it runs past it."""
        start, end = draft.fragments[0]
        if len(draft.fragments) != 1 or not start < cue[0] < end:
            return draft
        return replace(draft, fragments=(self._trim(start, self._clause_start(start, cue[0])),))

    def _closed_aside(self, relative: tuple[int, int], cue: tuple[int, int]) -> bool:
        """Whether the relative word at ``relative`` opens an aside set off by two commas that
        closes before ``cue`` ("Russia, which has refused to extradite them, has said ...")."""
        aside = _CLOSED_RELATIVE_ASIDE.search(self.v, max(0, relative[0] - 4), cue[0])
        return aside is not None and aside.start() < relative[0] < aside.end()

    def _medium_aside(self, draft: _Draft) -> bool:
        """Whether an -ing cue set off by a comma says only where its subject spoke, up to the next
        comma ("Halsey, writing in his newspaper column, said ...", "..., speaking on Twitter,
        said"): the subject's own verb follows, with the claim."""
        if draft.cue is None or not _ing_form(self.v[draft.cue[0] : draft.cue[1]]):
            return False
        if not self.v[: draft.cue[0]].rstrip().endswith(","):
            return False
        start, end = draft.fragments[0]
        return _only_circumstances(" " + self.v[start:end].split(",", 1)[0], _TRAILING_MEDIUM)

    def _named_claim(self, draft: _Draft, drafts: list[_Draft]) -> _Draft:
        """ "Democrats contend that A, a figure the budget office has also estimated": an
        apposition naming a claim (``_CONTACT_RELATIVE``) takes the nearest claim that runs to its
        comma (without its "that"), not the whole clause before it."""
        content = draft.fragments[0]
        if draft.speaker is None or len(draft.fragments) != 1 or content[1] > draft.speaker[0]:
            return draft
        dash = _APPOSITION_DASH.match(self.v, content[1])  # or "CLAIM - a figure the office ..."
        apposition = _CONTACT_RELATIVE.match(self.v, dash.end() if dash else content[1] + 1)
        if apposition is None or apposition.end() != draft.speaker[0]:
            return draft
        nested = [
            d.fragments[-1][0]
            for d in drafts
            if d.kind == "indirect" and content[0] < d.fragments[-1][0] < content[1] <= d.fragments[-1][1]
        ]
        if not nested:
            return draft
        that = re.match(r"that\s+", self.v[nested[-1] : content[1]])
        claim = (nested[-1] + (that.end() if that else 0), content[1])
        if any(d.fragments[-1] == claim for d in drafts):
            return draft  # one content, one quote: the claim stays its first speaker's
        return replace(draft, fragments=(claim,))

    def _free_relative(self, draft: _Draft, floor: int) -> _Draft | None:
        """An attribution inside a free or relative clause ("what Trump says his plan would do",
        "what she called a "rant"", "which Tim Cook called "crap""): the relative word is part
        of the claim, so the content runs from it; the claim follows the cue, never precedes
        it, and a clause of time or reason after the cue ("That was what Wahl said when she
        resigned") leaves nothing claimed but the relative word itself."""
        if draft.speaker is None or draft.cue is None:
            return draft
        relative = _FREE_RELATIVE.search(self.v, floor, draft.speaker[0])
        if relative and relative.group(2).lower() == "whom" and not self._subject_gap_after(draft.cue[0]):
            relative = None  # "whom police say was armed" as "who"; not "whom Moscow praised", its object
        fronted = draft.fragments[0][0] < draft.cue[0]
        if relative is None and not fronted and (gap := self._relative_that(draft, floor)):
            # "an approach that critics say could distract ...": as "which critics say could", the
            # relative word stands for the claim's subject
            return replace(draft, fragments=(gap, *draft.fragments))
        if relative is None and fronted and _OBJECT_RELATIVE.search(self.v, floor, draft.speaker[0]):
            return None  # "in the latest of the assaults that Washington blames on the militias"
        if relative is None or (
            relative.group(2).lower() == "which" and (relative.group(1) or "").lower() in _RELATIVE_PREPOSITIONS
        ):  # "the interview, in which he said ...": "which" names a place or time, not the claim
            return draft
        content_start = draft.fragments[0][0]
        if (
            (fronted or self.v.startswith(" as ", draft.cue[1]))
            and relative.group(2).lower() == "which"
            and self.v[: relative.start(2)].rstrip().endswith(",")
            and self.v[draft.cue[0] : draft.cue[1]].lower() in _DISPUTING_FORMS
        ):
            # "Pakistan accused India of abuses, which New Delhi denies": the claim before it; "...,
            # which Moscow dismissed as a provocation": the label, as after "a charge Moscow dismissed as"
            return (
                draft if fronted else replace(draft, fragments=(self._trim(draft.cue[1] + 4, draft.fragments[-1][1]),))
            )
        if content_start < draft.cue[1] or _TIME_OR_REASON.match(self.v, content_start):
            return None
        if _ADVERB_ONLY.fullmatch(self.v, content_start, draft.fragments[-1][1]):
            return None  # "What we know so far:": a heading; the relative word is all there is
        between = self.v[draft.speaker[1] : draft.cue[0]].split()
        if between[-1:] == ["and"] and any(_verb_word(w) for w in between[:-1]):
            return None  # "what Ankara had argued for years and called on the EU": the outer clause's verb
        joined = re.match(r"((?:[a-z]+\s+){0,3}?)and\s+([a-z]+)\b", self.v[content_start : draft.fragments[-1][1]])
        if joined and _verb_word(joined.group(2)) and not any(_verb_word(w) for w in joined.group(1).split()):
            return None  # "what Ankara had said all along and urged Brussels to act": nothing claimed
        fragments = draft.fragments
        naming = self._cue_verb(draft.cue) in self.cues.naming
        label = self.quote_at(content_start) if naming else None
        if label and label[1] < fragments[-1][1]:  # "what lawmakers called "fraud" led ...": the label
            fragments = ((content_start, label[1]),)
        aside = _LABEL_ASIDE.search(self.v, content_start, fragments[-1][1]) if naming else None
        if aside and not self.inside_quote(*aside.span()):
            # "what it calls ethnic cleansing in the city, where hundreds were killed": the label ends
            fragments = (self._trim(content_start, aside.start()),)
        verb = _FINITE_VERB_WORD.search(self.v, content_start, fragments[-1][1]) if naming else None
        if verb and re.search(r"\b(?:that|which|who)\b", self.v[content_start : verb.start()]):
            verb = None  # "what critics called a crisis that had paralysed ...": a relative inside the label
        if verb:  # "What Armenia calls self-defence is in fact ...": the label ends before the outer verb
            fragments = (self._trim(content_start, verb.start()),)
        comma = _comma_from(self.v, content_start, fragments[-1][1])
        if comma != -1 and self.v[max(0, relative.start(2) - 3) : relative.start(2)].rstrip().endswith(","):
            # "Hezbollah, which Washington calls a terror group, denied it": the clause ends at its comma
            fragments = tuple((a, min(b, comma)) for a, b in fragments if a < comma)
        return replace(draft, fragments=((relative.start(2), relative.end(2)), *fragments))

    def _relative_that(self, draft: _Draft, floor: int) -> tuple[int, int] | None:
        """The span of a relative "that" on a noun phrase right before the draft's speaker, when the
        content right after the cue opens with a verb: the "that" is the claim's subject ("a plan
        that critics say would raise prices", "a knife that police said belonged to him")."""
        assert draft.speaker is not None and draft.cue is not None
        relative = _OBJECT_RELATIVE.search(self.v, floor, draft.speaker[0])
        claim = draft.fragments[0]
        if relative is None or self.v[draft.cue[1] : claim[0]].strip():
            return None
        first = self.v[claim[0] : claim[1]].split()[:1]
        if not first or not (first[0] in _GAP_VERBS or _verb_word(first[0])):
            return None
        start = self.v.rindex("that", relative.start(), relative.end())
        return start, start + len("that")

    def _subject_gap(self, draft: _Draft, floor: int) -> _Draft | None:
        """A cue followed by a verb with no subject of its own. When the speaker phrase holds
        the word the cue's clause relates to ("Everything Trump says is a lie", "The four
        loopholes he cited are ..."), what is said is that word and the verb is the outer
        clause's: its words are nobody's claim, so no attribution. A pseudo-cleft names the
        claim after its verb when it opens the clause ("What Peskov said was that Israel was to
        blame"). After a relative word outside the speaker ("a facility that the IDF said was
        used to ...", "which he said were at his side", "amounting to what the senators said
        was gerrymandering") the verb is the claim's."""
        if draft.cue is None or draft.speaker is None:
            return draft
        claim = draft.fragments[-1]
        if claim[0] < draft.cue[1] or self.v[draft.cue[1] : claim[0]].strip():
            return draft  # content before the cue, or past an addressee: a claim of its own
        word = re.match(r"[\w'\u2019]+", self.v[claim[0] : claim[1]])
        if word is None or word.group(0).lower() not in _GAP_VERBS:
            return draft
        if len(draft.fragments) > 1:
            relative = self.v[draft.fragments[0][0] : draft.fragments[0][1]].lower()
            before = self.v[floor : draft.fragments[0][0]]
            opens = not before.strip() or _LEADING_FILLER.fullmatch(before.lstrip())
            if relative != "what" or word.group(0).lower() not in ("is", "was") or not opens:
                return draft  # "amounting to what the senators said was gerrymandering": the claim's verb
            return replace(draft, fragments=(self._trim(claim[0] + word.end(), claim[1]),))
        words = self.v[draft.speaker[0] : draft.speaker[1]].lower().split()
        antecedent = words[0] in _GAP_ANTECEDENTS or (len(words) > 1 and words[-1] in _SUBJECT_PRONOUNS)
        if antecedent:
            return None
        head = re.search(r"([a-z]+)\s+$", self.v[floor : draft.speaker[0]])
        if head and words[0] in _CONTACT_DETERMINERS and _heads_relative(head.group(1)):
            # "meddling the congressman said is designed to ...": the noun before the speaker is
            # what the clause is about, as "which" is in "which the congressman said is ..."
            return replace(draft, fragments=((floor + head.start(1), floor + head.end(1)), claim))
        return draft

    def _scheduled_participle(self, draft: _Draft) -> bool:
        """Whether a past cue right after its noun only places that noun in time, a participle
        before the clause's own verb ("a strike planned for next week would go ahead", "The
        rally called for Friday will go ahead"): no attribution."""
        if draft.cue is None or draft.speaker is None or self.v[draft.speaker[1] : draft.cue[0]].strip():
            return False
        cue = self.v[draft.cue[0] : draft.cue[1]].lower().split()
        speaker = self.v[draft.speaker[0] : draft.speaker[1]].lower().split()
        if not _past_cue(cue[0]) or speaker[-1] in _SUBJECT_PRONOUNS:
            return False
        scheduled = _TIME_THEN_VERB.match(self.v, draft.cue[1])
        # a date with no preposition after a cue with none of its own may be the claim's subject
        # ("said Friday was a day of mourning", "said last year was the hottest")
        return bool(scheduled and (scheduled.group("lead") or cue[-1] in _PREPOSITIONS))

    def _continued_attribution(
        self, start: int, end: int, cue: tuple[int, int], earlier: list[_Draft]
    ) -> _Draft | None:
        """'X said ..., adding that ...': the participle continues the sentence's last attribution."""
        speakers = [d.speaker for d in earlier if d.speaker] + [
            d.speaker for d in self.direct_in_sentence(start, end) if d.speaker and start <= d.speaker[0] < cue[0]
        ]  # a quote's speaker named in an earlier sentence does not speak this sentence's participle
        clauses = list(_NEW_MAIN_CLAUSE.finditer(self.v, start, cue[0]))
        if clauses and speakers and all(d.fragments[-1][1] <= clauses[-1].start() for d in earlier):
            # "X said A, but Y later played it down, calling it B": the participle is Y's
            speakers = [s for s in speakers if s[0] > clauses[-1].start()]
            start = clauses[-1].end()
        if aside := self._participle_aside(start, cue, end):
            # "Israel did not comment, but radio reports, citing sources, said ...": the reports cite
            # the sources, and the citing ends at the comma before the reports' own verb
            speakers, end = [aside[0]], aside[1]
        # a relative set off by a comma ("blamed the rebels, who denied A and accused B") speaks its
        # own clause, whatever the object before it was first taken to run to
        outer = [
            s
            for s in speakers
            if not any(d.fragments[0][0] <= s[0] < d.fragments[-1][1] for d in earlier)
            or (self.v[s[0] : s[1]] in _RELATIVE_SPEAKERS and _ASIDE_END.search(self.v[start : s[0]].rstrip()))
        ]
        speakers = outer or speakers  # "Clinton told them that she believes A, saying B": the main clause's
        # a relative closed by its comma before the cue ("Russia, which has refused A, has said B and has
        # accused C") speaks no more: its antecedent's own verb came after it
        closed = [
            s for s in speakers if self.v[s[0] : s[1]].lower() in _RELATIVE_SPEAKERS and self._closed_aside(s, cue)
        ]
        speakers = [s for s in speakers if s not in closed] or speakers
        # "Kanaani condemned the attack, SANA reported, calling it ...": past an attribution set off
        # after its content, the participle goes on with that content's clause and its speaker
        # (not "adding": the attribution's speaker goes on)
        asides = [d for d in earlier if d.cue and d.speaker and d.fragments[-1][1] <= d.cue[0] < cue[0]]
        inside = [s for s in speakers if any(d.fragments[0][0] <= s[0] < d.fragments[-1][1] for d in asides)]
        if inside and self._cue_verb(cue) != "adding":
            speakers = inside
        if clauses and not speakers:
            start = clauses[-1].end()  # "X approved it, but the opposition voted against it, saying ...": theirs
        subject = None if speakers else self.subject(start, cue[0])
        if not speakers and subject is None and self._aside_close(cue, end) is not None:
            # "Critics, describing the plan as reckless, said ...": the subject set off before it;
            # not a whole clause before a closing participle ("X hinted at it, saying only ...")
            subject = self._set_off_subject(start, cue[0])
        if subject and _common_head(self.v[subject[0] : subject[1]]).lower() in _MARKET_HEADS:
            # "Shares in Intel fell 9% after the chipmaker cut its forecast, blaming weak demand": a
            # price speaks not; the subject of the clause after the last subordinator does
            clauses = list(_CLAUSE_SUBORDINATOR.finditer(self.v, subject[1], cue[0]))
            subject = self.subject(clauses[-1].end(), cue[0]) if clauses else None
        if subject:  # "Clinton had mocked the complaint, saying ...": the main clause's subject speaks
            speakers.append(subject)
        if not speakers:
            return None
        after = self._after_object(cue, end)  # ", telling O'Reilly that ...": past the addressee
        said_that = re.match(r"[^,.;:!?\"]{0,80}?\bthat\b", self.v[after:end])
        if said_that and _AFTER_CUE_FILLER.match(self.v[after : after + said_that.end() - 4]):
            # "after saying for weeks that ...", ", telling analysts on a call that ...": the time
            # and the occasion are the saying's
            after += said_that.end() - 4
        elif inserted := _insertion_before_that(self.v, after, end):
            after = inserted.end()  # "and claimed, without offering evidence, that ...": past the insertion
        elif not (re.match(r"\s*[\"\u201c]", self.v[after:end]) or _BARE_CLAUSE.match(self.v, after, end)):
            form = self.v[cue[0] : cue[1]].lower()
            head, comma, tail = self.v[after:end].partition(", ")
            following = tail.split()[:1]
            if (
                comma
                and _ing_form(form)
                and _AFTER_CUE_FILLER.match(head)
                and following
                and (_verb_word(following[0]) or _AUXILIARY_WORD.fullmatch(following[0]))
            ):
                return None  # "Blount, testifying before the Senate, called ...": only the time or place
            if (
                form in self.cues.with_object
                and form not in self.cues.own_infinitive
                and not _ACCUSATION.match(form)
                and _ing_form(form)
                and after > cue[1]
                and re.match(r"\s*(?:against|about|over|on)\s", self.v[after:end])
            ):
                # ", warning Israel against a wider war", ", telling reporters about the plan": an
                # addressee and a topic, no claim, as when the verb is the clause's own (after
                # "and", the record stays: it ends the claim before it, "said it backed A and
                # warned Caracas against B")
                return None
            after = cue[1]  # ", accusing Israel's air force of ...": the accused is the content's
        rest = self.v[after:end]
        content = self._trim(after + len(rest) - len(rest.lstrip(" :,")), end)
        if _n_words(self.v[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
            return None
        return _Draft("indirect", (content,), cue, max(speakers))

    def _participle_aside(self, start: int, cue: tuple[int, int], end: int) -> tuple[tuple[int, int], int] | None:
        """The subject of a new main clause before a participle set off by commas, when a finite
        verb follows the second comma ("..., but radio reports, citing sources, said ..."), and
        where that comma is."""
        close = self._aside_close(cue, end)
        if close is None:
            return None
        clauses = list(re.finditer(r"(?:,\s*(?:but|while|whereas|yet)|;)\s+", self.v[start : cue[0]]))
        subject = self._set_off_subject(start + clauses[-1].end(), cue[0]) if clauses else None
        return (subject, close) if subject else None

    def _aside_close(self, cue: tuple[int, int], end: int) -> int | None:
        """Where the comma closing a participle set off by commas is, when the clause's own verb
        follows it ("Critics, describing the plan as reckless, said ..."); None without one."""
        after = re.match(r"[^,.;:!?\"\u201c\u201d]{1,80}(,)\s+([a-z]+)\b", self.v[cue[1] : end])
        if after is None or not self._clause_verb(after.group(2)):
            return None
        return cue[1] + after.start(1)

    def _clause_verb(self, word: str) -> bool:
        """Whether a lower-case word after a participle's aside is the clause's own verb: an
        auxiliary, a finite form or a cue ("..., found", "..., was", "..., suggest")."""
        return bool(_AUXILIARY_WORD.fullmatch(word) or re.fullmatch(_FINITE_VERB, word)) or self.cues.is_cue(word)

    def _set_off_subject(self, start: int, cue_start: int) -> tuple[int, int] | None:
        """A sentence's subject before a participle set off by commas ("Critics, describing the
        plan as reckless, said ..."): the whole phrase before the comma, when it is a speaker."""
        before = self.v[start:cue_start].rstrip()
        if not before.endswith(",") or "," in before[:-1]:
            return None
        return self._valid_speaker(start, start + len(before) - 1)

    def subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The noun phrase opening a sentence, up to its first verb-like word ("Donald Trump [is]"),
        at most _MAX_SUBJECT_WORDS words. A word after a determiner, a quantifier or a numeral is
        a noun ("his aides", "both leaders"), and so is a plural before a verb ("bordering states
        voted")."""
        if (dateline := self.dateline_end(start, end)) is not None:
            start = dateline  # "WASHINGTON (AP) — Sen. Maria Delgado on Thursday tore into ..."
        text = self.v[start:end]
        words = [m for m in re.finditer(r"\S+", text)]
        if len(words) > 1 and _CONJUNCTION_START.fullmatch(words[0].group(0)):
            # "And the vice president made ...", "But for Trump, the show ...": after the conjunction
            text = text[words[1].start() :]
            start += words[1].start()
            words = [m for m in re.finditer(r"\S+", text)]
        if _PREPOSITION_START.match(text) or _PREPOSITION_START.match(text[:1].lower() + text[1:]):
            # "On Monday, the Kremlin issued ...": an opening adverbial is not part of the subject
            comma = next((i for i, w in enumerate(words[:10]) if w.group(0).endswith(",")), None)
            words = words[comma + 1 :] if comma is not None else words
        elif opener := _TIME_OPENER.match(text):  # "Several hours earlier, a senior official ..."
            words = [w for w in words if w.start() >= opener.end()]
        elif words and _OPENING_ADVERB.fullmatch(words[0].group(0)):
            words = words[1:]  # "Meanwhile, it ...", "Separately, the ministry ..."
        elif words and _SUBORDINATOR_START.fullmatch(words[0].group(0)):
            # "If last year's speech was defined by ...": the subject is after the clause's comma
            comma = next((i for i, w in enumerate(words) if w.group(0).endswith(",")), None)
            words = words[comma + 1 :] if comma is not None else []
        if len(words) > 1 and _OPENING_ADVERB.fullmatch(words[0].group(0).capitalize()):
            words = words[1:]  # "On Thursday, however, Trump spoke ...": an adverb after the opener
        if len(words) > 1 and words[0].group(0).lower() in _SUBJECT_PRONOUNS and words[1].group(0).islower():
            # "We remain committed to ... and reiterate ...": a pronoun is the whole subject
            return self._valid_speaker(start + words[0].start(), start + words[0].end())
        texts = [w.group(0) for w in words]
        # "Experts not involved in the study [said ... but cautioned]": a negated participle describes the noun
        described = {
            j + k
            for j, w in enumerate(texts)
            if j and w in _NEGATIONS and _negated_participle(texts, j)
            for k in (0, 1)
        }
        verb = next(
            (
                i
                for i, w in enumerate(words[1:], 1)
                if (
                    _verb_like(re.sub(r"(?<=ed)[,;]$", "", w.group(0)))
                    or w.group(0).rstrip(",;") in _IRREGULAR_PAST
                    or _before_object_pronoun(w.group(0), words[i + 1 : i + 2])  # "Critics call him a liar"
                    or _same_form_past(w.group(0), words[i + 1 : i + 2])  # "The carmaker cut its forecast"
                )
                and w.group(0) not in _PREPOSITION_PARTICIPLES  # "Shipping companies including Maersk have"
                and not _people_plural(w.group(0))
                and i not in described
                and (
                    not _noun_context(words[i - 1].group(0), w.group(0))  # "his aides", "Both leaders": a noun
                    # "Amnesty International said", "The Independent reported": a name's last word
                    or (
                        i > 1
                        and (w.group(0) == "said" or _past_tense(w.group(0)))
                        and all(v.group(0)[:1].isupper() for v in words[i - 2 : i])
                    )
                    or _bare_numeral_verb([v.group(0) for v in words[: i + 2]])
                )
                and not _noun_before_verb(w.group(0), [n.group(0) for n in words[i + 1 : i + 5]])
            ),
            None,
        )
        if verb is None:
            return None
        if (
            verb > 1
            and words[verb - 1].group(0).lower() in _RELATIVE_SPEAKERS
            and words[verb - 2].group(0).endswith(",")
        ):
            # "Saudi Arabia and the United States, which brokered the truce, said ...": the phrase
            # before the relative clause
            return self._valid_speaker(start + words[0].start(), start + words[verb - 2].end() - 1)
        if verb > 1 and words[verb - 1].group(0) == "who" and not words[verb - 2].group(0).endswith(","):
            # "Families of the babies who died welcomed ...": the first verb is a restrictive
            # relative clause's; the subject is the phrase before "who"
            return self._valid_speaker(start + words[0].start(), start + words[verb - 2].end())
        commas = [i for i, w in enumerate(words[: verb - 1]) if w.group(0).endswith(",")]
        relative = next((i for i in commas if words[i + 1].group(0) in _ASIDE_RELATIVES), None)
        if relative is not None and relative < _MAX_SPEAKER_WORDS:
            # "Prime Minister Antonio Costa, whose chief of staff was detained ..., also resigned":
            # the first verb belongs to the relative clause; the subject is the phrase before it
            return self._valid_speaker(start + words[0].start(), start + words[relative].end() - 1)
        insertion = words[commas[0]] if commas else None
        # a longer subject only with a comma-set insertion closed right before the verb ("Russia's
        # envoy to the United Nations, Vassily Nebenzia, went further"): the words before it count
        # (or closed before a time: "The governor of the central bank, Ana Ferreira, on Wednesday rebuffed")
        closed = bool(commas) and (
            words[verb - 1].group(0).endswith(",")
            or bool(re.fullmatch(_SUBJECT_TIME, text[words[commas[-1]].end() : words[verb].start()].strip()))
        )
        set_off = closed and commas[0] < _MAX_SUBJECT_WORDS
        longer = (
            set_off
            or bool(described)
            or _coordinated_subject(words[:verb])
            or _role_for_body([w.group(0) for w in words[:verb]])
        )
        if verb > (_MAX_SPEAKER_WORDS if longer else _MAX_SUBJECT_WORDS):
            # "Detectives investigating the stabbing of a teenager in the city centre have appealed":
            # a long subject whose noun a reduced relative follows; the noun speaks
            reduced = None if commas else self._reduced_relative_subject(self.v, start + words[0].start())
            return self._valid_speaker(*reduced) if reduced else None
        if insertion:  # "Hillary Clinton, like Obama, has ...": the subject before a comma-set insertion
            # the comma closing the insertion: before a time, or right before the verb
            ends = commas[1:] + ([verb - 1] if words[verb - 1].group(0).endswith(",") else [])
            name = words[commas[0] + 1 : ends[0] + 1] if closed and len(ends) == 1 else []
            if name and len(name) <= 4 and all(w.group(0)[:1].isupper() for w in name):
                # "The governor of the central bank, Ana Ferreira, rebuffed ...": with its name
                return self._valid_speaker(start + words[0].start(), start + name[-1].end() - 1)
            return self._valid_speaker(start + words[0].start(), start + insertion.end() - 1)
        last = verb - 1
        while last > 0 and _SUBJECT_ADVERB.fullmatch(words[last].group(0)):
            last -= 1  # "Moscow instead points ...", "Israel quickly denied ...": the adverb is no part of it
        return self._valid_speaker(
            start + words[0].start(), self._untimed(start + words[0].end(), start + words[last].end())
        )

    def _untimed(self, floor: int, end: int) -> int:
        """Where a subject ends before the time that may follow it ("Turkish officials on Monday
        pinned ...", "Police yesterday said ..."): the time is no part of it, unless it dates the
        participle before it ("The poll released Friday")."""
        when = _SUBJECT_WHEN.search(self.v, floor, end)
        if when is None or re.search(r"[a-z]ed$", self.v[floor : when.start()]):
            return end  # "The poll released Friday shows ...": the time is the participle's
        return when.start()

    def direct_in_sentence(self, start: int, end: int) -> list[_Draft]:
        return [d for d in self.direct_drafts if start <= (d.cue or (start, 0))[0] < end]

    def _cue_allowed(self, cue: tuple[int, int]) -> bool:
        """A capitalised cue ("Said Ellis:", "..., Doctor Says") only opens a sentence or sits in a headline."""
        if not self.v[cue[0]].isupper():
            return True
        if self._in_name(cue):
            return False  # "Islamic State claims ...", "State Department says ...": a word of a name
        start, _ = self.sentence_of(cue[0])
        return not self.v[start : cue[0]].strip(" \"'(") or self.headline_at(cue[0])

    def _in_name(self, cue: tuple[int, int]) -> bool:
        """Whether a capitalised cue is a word of a name the registry knows, with up to two words
        before or after it ("Islamic State", "State Department")."""
        before = self.v[max(0, cue[0] - 40) : cue[0]].split()[-2:]
        after = self.v[cue[1] : cue[1] + 40].split()[:2]
        word = self.v[cue[0] : cue[1]]
        return any(
            " ".join(words) in self.registry.form_actor
            for words in (
                *(before[-n:] + [word] for n in (1, 2)),
                *([word] + after[:n] for n in (1, 2)),
            )
        )

    def headline_at(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.headlines)

    def _paragraph_label(self, position: int) -> str | None:
        """The actor a paragraph holding ``position`` is labelled with, a name and a colon or a dash
        at its start, as a roundup of reactions or a digest labels its items ("Russia: The foreign
        ministry said ...", "- Germany: Chancellor Olaf Scholz said ...", "POLAND - ..."); never a
        city's name in capitals, a dateline's ("MOSCOW - ...", "NEW DELHI: ...": where the story
        was filed; "Moscow: ..." stands for Russia). None without one."""
        label = _PARAGRAPH_LABEL.match(self.v, self.v.rfind("\n", 0, position) + 1, position)
        if label is None:
            return None
        name, form = label.group(1), string.capwords(label.group(1))
        if name.isupper() and self.registry.form_actor.get(form, ("", ""))[1] == "metonyms":
            return None
        return resolve_phrase(name, self.registry) or resolve_phrase(form, self.registry)

    def _section_start(self, position: int) -> int:
        """Where the part of the article holding ``position`` begins: the end of the latest
        heading before it (the headline's end when the body has no heading of its own)."""
        return max((end for end in self.section_starts if end <= position), default=0)

    def _shares_be(self, start: int, cue: tuple[int, int]) -> bool:
        """Whether a past form after "and" shares the "be" of the predicate before it, a participle
        with no object ("the visit was routine and planned long ago", "was drafted and announced
        last week"), not the subject's next act ("was furious and accused Israel")."""
        before = self.v[start : cue[0]].rstrip()
        perfect = _PERFECT_AND.search(before)
        return _plain_past(self.v[cue[0] : cue[1]]) and (
            bool(_COPULAR_AND.search(before))
            and bool(_PARTICIPLE_CIRCUMSTANCE.match(self.v, cue[1]))
            # "said it had stolen and published the records"; not two cues ("had warned and accused")
            or bool(perfect and not self.cues.is_cue(perfect.group(1)))
        )

    def _coordinated(self, start: int, cue: tuple[int, int]) -> bool:
        """'X says A and said B': a speech verb joined by "and" to what precedes shares its subject."""
        if self._shares_be(start, cue):
            return False
        relative = _RELATIVE_ASIDE.search(self.v, start, cue[0])
        if relative and any(
            re.fullmatch(r"\w+\s+(?:\w+ly\s+)?", self.v[relative.start(1) : c[0]])
            for c in self.cues.find(self.v, relative.start(1), cue[0])
        ):
            # "X blamed Y, which denied A and accused X of B": the relative clause is the cue's own
            start = relative.start(1)
        verb = self._cue_verb(cue)
        if verb not in self.cues.inverting:
            # "Police say he posed a threat and refused ...": "refused" is the content's verb; after a
            # comma a past tense is the subject's next act ("Graham urged A, and criticized B"),
            # unless an earlier cue is in the present ("Police say he posed a threat, and refused").
            # A parenthetical before ("A, Clinton said, detailed B, and suggested C") leaves the clause
            # to its own subject; "by" after the cue makes a passive ("..., and mentioned by X"); after
            # two cues the coordination is ambiguous.
            # a cue form after a determiner or a possessive is a noun ("denied the report, and has
            # accused ...", "said that Russia's claims were false and accused ...")
            # nor is a cue naming a label inside an object ("condemned what he called a crackdown"),
            # nor a cue form that a form of "be" follows ("the government's spending plans were")
            earlier = [
                c
                for c in self.cues.find(self.v, start, cue[0])
                if not any(w in _DETERMINERS or _possessive(w) for w in self.v[start : c[0]].lower().split()[-1:])
                and not _WHAT_SUBJECT.search(self.v, start, c[0])
                and not _NOUN_BEFORE_BE.match(self.v, c[1])
            ]
            # a participle after the first cue is its aside ("denied A, calling it B, and accused C"),
            # and a perfect after it the claim's own verb ("said the policies had encouraged A, and accused B")
            words = [
                self._cue_verb(c)
                for i, c in enumerate(earlier)
                if not _ing_form(self._cue_verb(c))
                and not (i and re.search(r"\b(?:had|has|have)\s+$", self.v[earlier[0][1] : c[0]]))
            ]
            # or a present after a present or a perfect ("Putin has said that A, and accuses B")
            present = (
                bool(earlier)
                and verb.endswith("s")
                and not verb.endswith("ss")
                and (
                    self._cue_verb(earlier[-1]).endswith("s")
                    or bool(re.search(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", self.v[start : earlier[-1][0]]))
                )
            )
            after_comma = (
                bool(_COMMA_COORDINATED_CUE.search(self.v, start, cue[0]))
                and (_past_cue(verb) or present)
                and len(words) <= 1  # "X said that A attacked B, and accused C": whose act is unclear
                and all(_past_or_saying(w) for w in words)
                # not after an inverted attribution ("A, X said, and accused ..."); a subject's cue
                # with no object may close with a comma ("His ex-wife agreed, but contended ...")
                and not any(self.v[c[1] : c[1] + 1] == "," and not self._bare_subject_cue(start, c) for c in earlier)
            )
            return (
                (
                    after_comma
                    or self._after_noun_object(earlier, cue)
                    or self._after_shifted_clause(earlier, cue)
                    or self._after_thing_clause(earlier, cue)
                    or self._parallel_that(earlier, cue)
                    or self._after_own_pronoun(start, earlier, cue)
                    or self._after_denied_claim(earlier, cue)
                    or self._repeated_auxiliary(start, earlier, cue)
                )
                and not re.match(r"\s+(?:no|nothing|little|few)\b", self.v[cue[1] :])  # "but offered no proof"
                and not self._coordinated_passive(cue)
            )
        participles = [c for c in self.cues.find(self.v, start, cue[0]) if _ing_form(self._cue_verb(c))]
        if participles and _past_cue(verb) and "," not in self.v[participles[-1][1] : cue[0]]:
            return False  # "denied it, saying passengers refused help and insisted on ...": the claim's verb
        joined = _COORDINATED_CUE.search(self.v, start, cue[0])
        return joined is not None and not self._auxiliary_non_saying(joined, cue)

    def _repeated_auxiliary(self, start: int, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """'Russia has said it was not involved and has accused the investigators of bias': a cue
        after "and" and the auxiliary of the cue before it, where that cue's content ends
        (``_parallel_predicate``), is the speaker's next act."""
        if not earlier:
            return False
        last = earlier[-1]
        end = self._parallel_predicate(start, last[0], last[1], cue[1])
        return end < cue[1] and bool(_AND_AUXILIARY.fullmatch(self.v, end, cue[1]))

    def _bare_subject_cue(self, start: int, cue: tuple[int, int]) -> bool:
        """Whether the words from ``start`` (a sentence's start) to ``cue`` are only the subject of
        the cue ("His ex-wife [agreed]")."""
        subject = self.subject(start, cue[1])
        return (
            subject is not None and not self.v[start : subject[0]].strip() and not self.v[subject[1] : cue[0]].strip()
        )

    def _past_after_one(self, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """Whether ``cue`` is a past tense after exactly one earlier cue that is a past tense or a
        verb of saying ("said A and blamed B"): the pair a claim between them may join or part."""
        if len(earlier) != 1:
            return False
        verb, first = self._cue_verb(cue), self._cue_verb(earlier[0])
        return _past_cue(verb) and _past_or_saying(first)

    def _after_own_pronoun(self, start: int, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """'The group denied that it had harmed the captives and accused the army of ...': a
        past-tense cue after "and", closing a claim whose subject is a pronoun for the speaker
        itself ("he" or "she" after a person, "it" or "they" after a body, "they" after a plural)
        or a noun the speaker's possessive owns ("denied that his government had ..."), is the
        speaker's next act, as it is with no "that" after a comma ("said it had agreed to the
        deal, but accused ..."). A cue that is the pronoun's own verb ("it had agreed") is the
        speaker's too, so it leaves the reading one."""
        between = self.v[earlier[0][1] : cue[0]] if earlier else ""
        # "that his government had no role ... and blamed": a possessive is the speaker's own too
        pronoun = re.match(
            r"(?:\s+(?:[^,;:\"\u201c]{0,50}?\s)?that)?\s+(?:(it|they|he|she)|(his|her|its|their)\s+[a-z-]+)\s", between
        )
        if pronoun is None or not re.search(r"[^;]\s(?:and|but)\s+$", between):
            return False
        if " that " not in between[: pronoun.end() + 1] and not re.search(r",\s(?:and|but)\s+$", between):
            return False  # "said he had watched the museum rise and thought of ...": the claim's own "and"
        first = earlier[0][1] + pronoun.end()
        if not self._past_after_one(
            [c for c in earlier if not (c[0] > earlier[0][0] and _OWN_VERB_GAP.fullmatch(self.v, first, c[0]))], cue
        ):
            return False
        owner = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(pronoun.group(2) or "")
        subject = " ".join(self.v[start : earlier[0][0]].split())
        if not subject:
            return False
        head = subject.split()[-1]
        if re.search(r"\bspokes(?:man|woman|person)\b", subject, re.I):
            allowed: tuple[str, ...] = ("he", "she", "it", "they")  # the spokesman's or the body's
        elif self._is_person(subject) or PERSON_WORDS.search(subject):
            allowed = ("he", "she")
        elif head[:1].isupper():
            allowed = ("he", "she", "it")  # "Smith", "Google": a person or a body
        elif head.endswith("s"):
            allowed = ("they",)  # "the rebels"
        else:
            allowed = ("it", "they")  # "the group", whose members may be "they"
        return (pronoun.group(1) or owner) in allowed

    def _after_denied_claim(self, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """'The minister denied that officers had used live ammunition and accused the opposition of
        ...': a cue of saying or blaming after "and", closing a that-clause the one cue before it
        denies, is the denier's answer, not one more act of the claim it denies."""
        if len(earlier) != 1 or self._cue_verb(cue) not in _COUNTER_CUES:
            return False
        first, between = self._cue_verb(earlier[0]), self.v[earlier[0][1] : cue[0]]
        return (
            bool(re.fullmatch(DENYING_VERB, first))
            and _past_cue(first)
            and bool(re.match(r"\s+that\s", between))
            and bool(re.search(r"[^,;]\s(?:and|but)\s+$", between))
        )

    def _parallel_that(self, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """'The commentator argued that A and suggested that B', 'Iran has acknowledged that A but
        maintains that B': a cue after "and" or "but", with its own "that", mirrors the one cue
        before it that opened the claim with "that", in the same tense; both are the subject's acts."""
        if len(earlier) != 1 or not re.match(r"\s+that\s", self.v[cue[1] :]):
            return False
        first, second = self._cue_verb(earlier[0]), self._cue_verb(cue)
        past = _past_or_saying(first) and _past_or_saying(second)
        # "Iran has acknowledged that A but maintains that B": a present perfect, then a present
        present = bool(re.fullmatch(r"[a-z]+[^s\W]s", second))
        perfect = present and bool(re.search(r"\bhas\s+$", self.v[: earlier[0][0]]))
        between = self.v[earlier[0][1] : cue[0]]
        return (
            (past or perfect)
            and bool(re.match(r"\s+that\s", between))
            and bool(re.search(r"\s(?:and|but)\s+$", between))
        )

    def _after_thing_clause(self, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """'The ministry said that the protests were illegal and blamed X for ...': a past-tense
        cue after "and", closing a claim that only says what a thing is ("the protests were
        illegal"), is the speaker's next act, for a thing blames no one; not after a person or a
        speaking body ("said that the man was armed and threatened ...")."""
        if not self._past_after_one(earlier, cue):
            return False
        claim = _BARE_THING_IS_CLAUSE.match(self.v, earlier[0][1], cue[0])
        if claim is None or claim.end() != cue[0]:
            claim = _THING_IS_CLAUSE.search(self.v, earlier[0][1], cue[0])
        if claim is None or claim.end() != cue[0]:
            return False
        head = claim.group(1)
        # "the protests", "the decision", "the hack", "the plan", "the aircraft"
        thing = (
            head.endswith("s")
            or bool(_ABSTRACT_NOUN.fullmatch(head))
            or head in _EVENT_HEADS | _THING_HEADS | _CRAFT_HEADS
        )
        people = head in _SPEAKER_NOUNS or head in _COMBATANT_HEADS or head in _PEOPLE_HEADS
        return thing and not (people or _person_noun(head) or head.removesuffix("s") in _SPEAKER_NOUNS)

    def _after_shifted_clause(self, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """'May said that the country would declare A and suggested B': a past tense after "and"
        cannot join the claim's verbs when they all follow a modal ("would declare") or are in the
        past perfect, as reported speech shifts them, before a cue that answers ("said that no troops
        had left the territory and accused B"); it joins the past-tense cue that opened the claim,
        whose subject speaks it."""
        verb = self._cue_verb(cue)
        if not earlier or not _past_cue(verb):
            return False
        first = self._cue_verb(earlier[0])
        if not _past_or_saying(first):
            return False
        between = self.v[earlier[0][1] : cue[0]]
        if not re.search(r"[^,;]\s(?:and|but)\s+$", between):
            return False
        words = [w.lower() for w in re.findall(r"[A-Za-z']+", between) if w[:1].islower()]
        modal = any(re.fullmatch(_MODALS, w) for w in words)
        # (a verb of thinking may be the perfect's own, its "had" left out: "said he had watched it
        # rise and thought of the days ...")
        answers = verb in _COUNTER_CUES or self.v[cue[0] : cue[1]].lower() in _CALLING_CUES
        perfect = answers and bool(_PAST_PERFECT.search(between))
        # a past verb counts in the claim after its "that", not in the addressee before it ("told
        # supporters gathered outside his home that he would challenge them and called for calm")
        that = re.search(r"\bthat\s", between)
        if that:
            words = [w.lower() for w in re.findall(r"[A-Za-z']+", between[that.end() :]) if w[:1].islower()]
        past = any(
            ((w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST or w in _MAIN_FINITE_VERBS or w == "did")
            and not (perfect and (w == "had" or (index and words[index - 1] in _PERFECT_BEFORE_PARTICIPLE)))
            for index, w in enumerate(words)
        )
        return (modal or perfect) and not past

    def _after_noun_object(self, earlier: list[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """'Trump criticized free-trade deals such as NAFTA and called for tariffs': without a
        comma, a past-tense cue joined by "and"/"but" to the one cue before it is the same
        subject's next act when that cue's content is a noun phrase (its object), for a noun
        phrase holds no verb of its own ("such as" opens none); not when a clause opens in
        between ("praised the officers who arrested him and called ...": whose act is unclear)."""
        if len(earlier) != 1:
            return False
        first = self.v[earlier[0][0] : earlier[0][1]].lower()
        verb = self._cue_verb(cue)
        between = self.v[earlier[0][1] : cue[0]]
        joined = _COORDINATED_CUE.search(between)  # "and", "but also", "and in turn" ...
        if joined is None:
            return False
        noun_phrase = between[: joined.start()]
        if _DEMONSTRATIVE_OBJECT.match(between.lstrip()):
            noun_phrase = noun_phrase.replace("that", "", 1)  # "rejected that account and accused ..."
        return (
            (
                first.split(" ", 1)[0] in self.cues.noun_object | self.cues.naming  # "called X "Y" and demanded"
                or bool(_PREPOSITIONAL_CUE.search(first))
            )
            and _past_cue(verb)
            and not _EMBEDDED_OBJECT.search(_without_labels(re.sub(r"\bsuch as\b", "", noun_phrase)))
            and not re.search(r"[;:\u2014]|\s--?\s", between)
        )

    def _cue_form(self, cue: tuple[int, int]) -> str:
        """A cue as written, lower case, its words joined by single spaces."""
        return " ".join(self.v[cue[0] : cue[1]].lower().split())

    def _cue_verb(self, cue: tuple[int, int]) -> str:
        """The verb of a cue, lower case ("spoke" in "spoke out against")."""
        return self.v[cue[0] : cue[1]].lower().split(" ", 1)[0]

    def _prepositional(self, draft: _Draft) -> bool:
        """Whether a draft's cue ends in a preposition ("complained about"): its content is a noun phrase."""
        return draft.cue is not None and bool(_PREPOSITIONAL_CUE.search(self.v[draft.cue[0] : draft.cue[1]].lower()))

    def _before_headline_as(self, position: int) -> bool:
        """Whether a headline's clause of circumstance after "as" starts at ``position``."""
        clause = _HEADLINE_AS_CLAUSE.match(self.v, position)
        return bool(clause and self.headline_at(position) and _verb_like(clause.group(1)))

    def _least_words(self, draft: _Draft) -> int:
        """The fewest words a content may have: one for an object, which may be one name ("has
        been critical of Trump", "attacked Machado in early-morning tweets"), else two."""
        one_name = draft.passive or self._prepositional(draft) or self._verb_object(draft)
        # a headline's terse object before its clause of circumstance ("Opposition alleges fraud as ...")
        one_name = one_name or self._before_headline_as(draft.fragments[-1][1])
        # "blamed Israel": the accused alone, which may be one name
        one_name = one_name or (
            draft.cue is not None and self._accusation_object(draft.cue, *draft.fragments[0]) is not None
        )
        # a label a claim is given may be one word (", a charge Delgado called absurd")
        labelled = draft.cue is not None and self._claim_apposition(draft.cue)
        return 1 if one_name or labelled or self._claim_noun(draft) else _MIN_CONTENT_WORDS

    def _claim_noun(self, draft: _Draft) -> bool:
        """Whether a draft's content is one noun that is a claim by itself ("has flatly denied
        responsibility", "admitted guilt"), the object of its cue."""
        if draft.cue is None or len(draft.fragments) != 1 or draft.fragments[0][0] < draft.cue[1]:
            return False
        return self.v[draft.fragments[0][0] : draft.fragments[0][1]].lower() in _CHARGE_NOUNS

    def _verb_object(self, draft: _Draft) -> bool:
        """Whether a draft's content is the object of a verb whose content is a noun phrase
        ("criticized the law"), not a clause ("criticized that ...")."""
        if draft.cue is None:
            return False
        verb, (start, end) = self._cue_verb(draft.cue), draft.fragments[0]
        return (
            # "promised a veto"; a phrasal cue by its whole form ("ruled out arson")
            (
                verb in self.cues.noun_object
                or verb in self.cues.own_infinitive
                or self._cue_form(draft.cue) in self.cues.noun_object
            )
            and start >= draft.cue[1]
            and (not _NOT_NOUN_OBJECT.match(self.v, start) or bool(_DEMONSTRATIVE_OBJECT.match(self.v, start)))
            # "denied he had ordered it", "denied the army had fired": a verb of claim before a
            # clause with no "that" (an attitude verb takes none: "describing the attack was ...")
            and not (verb not in self.cues.attitude and _BARE_CLAUSE.match(self.v, start - 1, end))
        )

    def _auxiliary_non_saying(self, joined: re.Match[str] | None, cue: tuple[int, int]) -> bool:
        """'... and have continued under Obama': after "and"/"but" (`joined`, the coordination
        before the cue) with an auxiliary only a verb of saying is a cue ("... but has said ..." is)."""
        return (
            joined is not None
            and re.search(r"\b(?:has|have|had)\b", joined.group(0)) is not None
            and self.v[cue[0] : cue[1]].lower() not in _SAY_VERBS
        )

    def _inverted_at_end(self, cue: tuple[int, int], end: int) -> bool:
        """'..., and the meeting ended there, said one source in the room.': after a comma, an
        inverted cue whose speaker closes the sentence has its content before it (a clause, or
        anything when the speaker is a name that ends the sentence or opens a relative clause:
        "The nurses marched, said Ana Ruiz.")."""
        if not self.v[: cue[0]].rstrip().endswith(","):
            return False
        speaker = self.speaker_after(cue[1], end)
        if speaker is None:
            return False
        rest = self.v[speaker[1] : end]
        speaker_text = self.v[speaker[0] : speaker[1]]
        participle = re.match(r",\s*([\w-]+)", rest)
        if participle and _ing_form(participle.group(1)) and self.cues.is_cue(participle.group(1)):
            return True  # "The plane crashed, said the ministry, adding ...": the speaker's own next act
        set_off = rest.lstrip().startswith(",") and _verbless_phrase(rest.strip(" ,.").split())
        if _CLOSING_NAME.fullmatch(self.v, *speaker) and (
            _n_words(rest) == 0 or re.match(r",\s*who\s", rest) or set_off
        ):
            # "The nurses marched, said Ana Ruiz (of the union, who ... / , president of the union)."
            return True
        if _n_words(rest) > 4:
            return False
        if speaker_text.lower() in _SUBJECT_PRONOUNS and _n_words(rest) and not rest.lstrip().startswith(","):
            return False  # "Minister quits, says she "made mistakes"": the pronoun opens the claim
        before = self.v[self.sentence_of(cue[0])[0] : cue[0]].split()
        # "The fire destroyed homes, said a woman (whose home burned).": a past tense before a
        # speaker who closes the sentence; not "The armed men, said witnesses, stormed ..."
        closing = _n_words(rest) == 0 or _RELATIVE_OPENING.match(rest)
        past = any(_plain_past(w) for w in before[1:]) and not any(_plain_past(w) for w in _TOKEN.findall(speaker_text))
        return (
            len(before) > _MAX_SPEAKER_WORDS
            or self.headline_at(cue[0])  # "Kiev regime shells Donetsk, killing five, says DPR mission"
            or any(_finite_verb(w) for w in before)
            or bool(closing and past)
        )

    def _continues_main_clause(self, start: int, cue: tuple[int, int], earlier: list[_Draft]) -> bool:
        """ ", saying ...", "and saying ...", "by saying ...", "went on to say ...": the speaker is the
        main clause's subject (or the sentence's last speaker), not a phrase next to the cue."""
        before = self.v[start : cue[0]]
        if _GO_ON_TO.search(before):
            return True
        if not _ing_form(self.v[cue[0] : cue[1]]):
            return False
        if _COMMA_BEFORE_PARTICIPLE.search(before):
            return True
        joined = _GERUND_AFTER.search(before) or self._reason_gerund(before)
        if not before.strip() or not joined or _OPENING_PREPOSITION.fullmatch(before.lstrip(" \"'(\u201c")):
            return False  # "After saying ..., she ...": the participle opens the sentence
        if joined.group(0).strip().lower() == "and":
            # only a participle joined to one set off by a comma ("..., touting A and saying B";
            # not "Obama was trying to replace it and calling it ...": the progressive's subject)
            if not _COMMA_PARTICIPLE.search(before, 0, joined.start()):
                return False
        elif _EMBEDDED_CLAUSE.search(before, 0, joined.start()) or _capitalised(before[: joined.start()].split()[-1:]):
            return False  # "the logic that a man can become a woman merely by asserting ...", "Biden by pledging"
        elif re.search(r",\s*(?:while|when)\s+$", before):
            return True  # "X said A, while warning that B": set off by a comma, the participle is X's act
        # inside another claim, only a participle joined to that claim's own participle cue
        # ("accusing X of A and warning that B"); "X said Y had begun by saying ..." is Y's
        return not any(
            d.fragments[0][0] <= cue[0] < d.fragments[-1][1] and not (d.cue and _ing_form(self.v[d.cue[0] : d.cue[1]]))
            for d in earlier
        )

    @staticmethod
    def _reason_gerund(before: str) -> re.Match[str] | None:
        """ "He apologized for saying ...", "She was fired for saying ...", "... and for saying ...":
        "for" after a verb with no object (or after "and") leaves the participle to the subject; not
        "criticized the mayor for saying ...", where the one criticized said it."""
        joined = _FOR_BEFORE.search(before)
        previous = before[: joined.start()].split()[-1:] if joined else []
        return joined if previous and (previous[0] == "and" or _past_tense(previous[0])) else None

    def _pictured(self, speaker: tuple[int, int] | None, cue: tuple[int, int]) -> bool:
        """Whether a verb of display has a picture as its subject or right before it ("The video
        shows", "released footage showing")."""
        words = self.v[max(0, cue[0] - 30) : cue[0]].split()[-1:]
        if speaker:
            words += self.v[speaker[0] : speaker[1]].split()[-1:]
        return any(w.lower().strip(",") in _PICTURE_NOUNS for w in words)

    def _raised_passive(self, start: int, cue: tuple[int, int]) -> bool:
        """Whether a cue's past form right after a noun, with no comma or auxiliary between, raises
        that noun to a passive before "to" and a verb ("a group believed to operate from Russia",
        "a man widely said to be close to the president"); not "He is believed to", "they believed"."""
        form = self.v[cue[0] : cue[1]].lower()
        infinitive = _RAISED_INFINITIVE.match(self.v, cue[1])
        if not infinitive or not (form in _RAISED_BY or (form == "said" and infinitive.group(1) in ("be", "have"))):
            return False
        before = self.v[max(start, cue[0] - 60) : cue[0]]
        if re.search(r"[,;:(\u2014\u2013-]\s*$", before):
            return False  # set off by a comma: the aside check's
        words = [w.lower() for w in before.split() if not w.endswith("ly")][-4:]
        if not words or {"which", "whom", "that"} & set(words[-3:]):
            return False  # "which officials believed to be behind it": the relative's own subject believes
        word = words[-1]
        return not (
            word in _SUBJECT_PRONOUNS
            or word in ("who", "and", "or", "but", "also", "not", "never")
            or _AUXILIARY_WORD.fullmatch(word)
            or word.endswith(("n't", "n\u2019t"))
        )

    def _verb_cues(self, start: int, end: int) -> list[tuple[int, int]]:
        """The cues in ``v[start:end]`` used as verbs there (``_verb_use``), in order."""
        return [cue for cue in self.cues.find(self.v, start, end) if self._verb_use(start, cue)]

    def _verb_use(self, start: int, cue: tuple[int, int]) -> bool:
        """Whether a cue that doubles as a noun ("report", "reports") or an adjective ("a detailed
        plan") is used as a verb here."""
        form = self.v[cue[0] : cue[1]]
        if _STATE_AFTER.match(self.v, cue[1]):
            return False
        if _fixed_phrase(self.v, *cue):
            return False  # "a Washington think tank", "ignored warning signs": a compound noun
        if form.lower().startswith("report") and _COVERED_TOPIC.match(self.v, cue[1]):
            return False  # "Hamedi, who reported on the death of Mahsa Amini": coverage, not a claim
        aside = _PASSIVE_ASIDE.match(self.v, cue[1])
        if (
            aside
            and re.search(r"\w,\s+$", self.v[max(start, cue[0] - 4) : cue[0]])
            and (_REGULAR_PAST.fullmatch(form) or form in _IRREGULAR_PAST or form == "said")
            and (_AUXILIARY_WORD.fullmatch(aside.group(1)) or _verb_word(aside.group(1)))
        ):
            return False  # "The kidnappers, believed to be linked to al-Qaeda, have not commented"
        if self._raised_passive(start, cue):
            return False  # "a criminal group believed to operate from Russia"
        if _participle_before_verb(self.v, start, cue):
            return False  # "A report viewed by Reuters shows ...": the noun's verb follows
        if re.fullmatch(SHARED_SUBJECT, form.lower()) and re.match(r"\s+to\s", self.v[cue[1] :]):
            return False  # "if it continued to provide sanctuary": the verb after "to" is the act
        if form.lower().endswith(" it") and _PLACING.match(self.v, cue[1]):
            return False  # "putting it to rest", "put it on hold": a cue holding its object, used literally
        before = self.v[max(start, cue[0] - 12) : cue[0]].split()
        if before and before[-1].lower() in _EXCHANGE_VERBS and form.lower().removesuffix("s") in self.cues.noun_base:
            return False  # "India and Pakistan Trade Blame", "the sides traded accusations": an object
        # "but most said ...": a quantifier subject
        quantifier = bool(before) and before[-1].lower() == "most" and form.lower() in _QUANTIFIER_CUES
        if before and before[-1].lower() in _DETERMINERS | _DEGREE_WORDS and not quantifier:
            return False  # "the report", "the most detailed accusation": a noun or an adjective
        if _REGULAR_PAST.fullmatch(form) and before:
            following = self.v[cue[1] : cue[1] + 30].split()[:1]
            after_past = bool(_REGULAR_PAST.fullmatch(before[-1])) and before[-1] not in _POSTMODIFIERS
            after_preposition = before[-1].lower() in _PREPOSITIONS | _ADVERBIAL_PREPOSITIONS
            if (after_past or after_preposition) and following and _bare_noun_start(following[0]):
                # "faced repeated questions", "made worse by repeated attacks", "despite repeated
                # warnings": a past verb or a preposition, then the cue as an adjective
                return False
        if _counted_noun(form, before, self.v[cue[1] : cue[1] + 30]):
            return False  # "one of the four accused argued ...": a noun, then its verb
        if before and before[-1].lower() in _DOCUMENT_HEADS and form.lower() in _ISSUING_VERBS:
            return False  # "A report published on Monday by the institute concludes ...": a document is issued
        if before and _possessive(before[-1]):
            return False  # "Trump's claim that ...", "the ministers' warning": a noun after a possessive
        following = self.v[cue[1] : cue[1] + 40].split()[:1]
        if _ing_form(form) and following and (_AUXILIARY_WORD.fullmatch(following[0]) or _finite_verb(following[0])):
            return False  # "the appeals court ruling could be expected", "the panel finding was upheld": a noun
        if _ing_form(form):
            words = self.v[max(start, cue[0] - 40) : cue[0]].split()[-2:]
            if len(words) == 2 and words[0].lower() in _DETERMINERS and _ATTRIBUTIVE.fullmatch(words[1]):
                return False  # "a sobering warning about ...", "a stern warning that ...": a noun
            if (
                self.headline_at(cue[0])
                and following
                and _past_tense(following[0])
                and following[0] not in self.cues.forms
            ):
                return False  # "Heatwave warning issued as temperatures soar": a noun and its passive
        if form[:1].isupper() and form.lower() in self.cues.noun_base and self.headline_at(cue[0]):
            # a title-case headline: after one singular subject the verb takes -s ("UN Reports"), so
            # the bare form is a noun ("UN Report Accuses Both Sides", "Poll Claim Sparks Row"; not
            # "Activists Claim Victory", "Police Report", "US, UK Warn Russia")
            subject = self.v[start : cue[0]].split()
            if subject and not (
                subject[-1].endswith(("s", "S"))
                or subject[-1].lower() in _PLURAL_WITHOUT_S | _SUBJECT_PRONOUNS
                or any(w.endswith(",") or w.lower() in ("and", "&") for w in subject)
            ):
                return False
        if form in self.cues.noun_base:
            # "Polls show a close race" / "they report that": a plural or pronoun subject makes it a verb
            # "Some Democrats, however, question ...": an adverb (or a relative clause) set off by
            # commas before the verb
            previous = _INSERTED_ADVERB.sub("", self.v[start : cue[0]]).split()
            if len(previous) > 1 and re.fullmatch(_LY_ADVERB + r"|also|still|now|often", previous[-1]):
                previous.pop()  # "Western diplomats privately concede that ...": the subject before the adverb
            if previous and previous[-1].lower() in self.cues.forms:
                return False  # "Pyongyang calls charge a smear": the object of the verb before it
            plural_subject = bool(previous) and (
                previous[-1].lower() in _PLURAL_WITHOUT_S | {"they", "we", "i", "you", "others"}
                or (
                    previous[-1].endswith("s")
                    and previous[-1].lower() not in _NOUN_CONTEXT
                    and not (len(previous) > 1 and previous[-2].lower() in ("a", "an"))  # "a baseless claim": one thing
                )
            )
            if _MODAL_BEFORE.search(self.v, max(start, cue[0] - 30), cue[0]) and (
                following[:1]
                and following[0].lower().strip(",") in _CLAUSE_AFTER_MODAL
                or form in self.cues.with_object
            ):
                # "would later claim that", "appeared to blame workers": only a verb; not "may find it
                # difficult", "could show their sincerity": other senses take a noun phrase
                return True
            head = self._prepositional_subject_head(start, cue[0])
            plural_subject = plural_subject or (head is not None and _plural_noun(head))
            closing = _STOP_AFTER.match(self.v, cue[1]) or (
                self.headline_at(cue[0]) and _LINE_END_AFTER.match(self.v, cue[1])
            )
            if plural_subject and closing:
                # "..., Israeli media report.": a plural subject after a comma, its verb ending the
                # sentence or the headline ("..., documents show"; not "..., according to a media report.")
                comma = _comma_before(self.v, start, cue[0])
                group = self.v[comma + 1 : cue[0]].lower().split() if comma >= 0 else []
                return bool(group) and not any(w in _PREPOSITIONS or w in ("a", "an") for w in group)
            if plural_subject and following and following[0].lower().strip(",") in _CLAUSE_OPENERS:
                return True
            # "Councillors claim residents were consulted", "Researchers fear parts of the reef may not
            # recover": a bare plural, with its "of" phrase, and a finite verb open the clause; in a
            # headline, which drops articles, also a bare singular, a compound and a past ("Leaked
            # documents show ministry ignored warnings", "Experts warn climate target slipped ...")
            noun, *rest = self.v[cue[1] : cue[1] + 80].split()[:7] or [""]
            # a headline drops articles, and a bare singular elsewhere is a mass noun ("Data show
            # violent crime rose by 12%"): either may take a past verb or open a compound
            articleless = self.headline_at(cue[0]) or not noun.endswith("s")
            if not (plural_subject and noun.islower() and _bare_noun_word(noun)):
                return False

            def verb_form(word: str) -> bool:
                return _finite_verb(word) or (articleless and _past_tense(word.rstrip(".,;")))

            verb = next((i for i, w in enumerate(rest) if verb_form(w) or not w.isalpha()), None)
            compound = articleless and verb == 1 and _bare_noun_word(rest[0])  # "climate target slipped"
            # "crime reported by victims": a participle and its agent; not "rose by 12%"
            by = rest[verb + 1 : verb + 3] if verb is not None else []
            agent = by[:1] == ["by"] and not (len(by) == 2 and _NUMERAL.match(by[1]))
            return (
                verb is not None and verb_form(rest[verb]) and not agent and (verb == 0 or rest[0] == "of" or compound)
            )
        if form in self.cues.noun_plural:
            if _AFTER_QUOTATION.search(self.v, max(0, cue[0] - 4), cue[0]):
                return True  # '"They lied to us", claims widow': right after a quotation, an inverted verb
            previous = self.v[start : cue[0]].split()
            if not previous or previous[-1].lower() in _NOUN_CONTEXT or _NUMERAL.fullmatch(previous[-1]):
                return False  # "media reports", "Twenty-seven states": a plural noun
            if self._people_adjective(previous):
                return False  # "the Polish claims", "Russian reports": a people's adjective, then a noun
            if _noun_before_verb(form, self.v[cue[1] : cue[1] + 60].split()[:5]):
                return False  # "Gulf states walked out", "Arab states have ...": a plural noun and its verb
            if previous[-1] not in self.registry.form_actor and self._cue_verb_follows(cue[1]):
                # "Island states blame rich nations", "Gulf states say": the plural noun's verb follows;
                # not after an actor's name ("Pyongyang calls charge a smear")
                return False
            name = len(previous) - next((i for i, w in enumerate(reversed(previous)) if not w[:1].isupper()), 0)
            governor = previous[name - 1 : name] if 0 < name < len(previous) else []
            if (
                governor
                and re.fullmatch(r"[a-z]+ing", governor[0])
                and (name < 2 or previous[name - 2].lower() not in _DETERMINERS)
            ):
                return False  # "beating Wall Street forecasts": a name the participle before it takes, then a noun
            comma = _comma_before(self.v, start, cue[0])
            group = self.v[comma + 1 : cue[0]].split() if comma >= 0 else []
            if (
                _STOP_AFTER.match(self.v, cue[1])
                and len(group) > 1
                and group[0].lower() in ("the", "a", "an", "its", "their")
                and re.fullmatch(r"[a-z]+[^s\W]", group[-1]) is not None
                and group[-1] not in _PLURAL_WITHOUT_S | _NOUN_CONTEXT
                and not any(w.lower() in _PREPOSITIONS | _DETERMINERS for w in group[1:])  # "a number the ministry"
            ):
                # "..., the national grid operator reports.": after the claim and its comma, a
                # determiner's singular noun and the sentence's end make the -s form its verb
                return True
            head = self._prepositional_subject_head(start, cue[0])
            after = self.v[cue[1] : cue[1] + 40]
            if head is not None and (_WH_CLAUSE.match(after) or re.match(r"\s+(?:that|[A-Z])|\s*\.", after)):
                # "A study by researchers shows how ...", "..., an analysis of campaign reports shows.":
                # a singular head before the prepositional phrase makes the -s form its verb, when a
                # clause or the sentence's end follows (not "the vote in battleground states could")
                return not _plural_noun(head)
            clause_follows = bool(following) and (
                following[0].lower().strip(",") in _CLAUSE_OPENERS
                or following[0][:1].isupper()
                or bool(_WH_CLAUSE.match(after) or _question_after_filler(after))  # "The report shows how ..."
            )
            # "The ministry blames unfair competition for ...": a singular noun for a speaker is the
            # verb's subject when a word follows, not a preposition ("police reports of looting")
            speaker_subject = (
                previous[-1].lower() in _SPEAKER_NOUNS
                and not previous[-1].endswith("s")
                and bool(following)
                and re.match(r"[\"\u201c]?[a-z]", following[0]) is not None
                and following[0].lower() not in _PREPOSITIONS
            )
            return (
                previous[-1][:1].isupper()
                or previous[-1].lower() in ("he", "she", "it")
                or clause_follows
                or speaker_subject
            )
        return True

    def _cue_verb_follows(self, end: int) -> bool:
        """Whether the word after an -s form is the base form of a cue verb with its object after it
        ("[states] blame rich nations", "[reports] say Iran"): the -s form is then a plural noun, the
        subject of that verb. A base form that is a noun too needs an object that is no verb and no
        plural after it (not "[says] blame lies with", "[says] report is")."""
        base, *after = [w.strip(",;:") for w in self.v[end : end + 60].split()[:2]] or [""]
        if not (base.isalpha() and base.islower() and {base + "s", base + "es"} & self.cues.forms):
            return False
        if base not in self.cues.noun_base:
            return True
        return bool(after) and after[0] not in _FINITE_VERBS and not after[0].endswith("s") and after[0] != "that"

    def _people_adjective(self, words: list[str]) -> bool:
        """Whether the last of ``words`` is a people's name that describes the noun after it ("the
        Polish [claims]", "Israeli [reports]"), not one of them ("a Briton [claims]")."""
        entry = self.registry.form_actor.get(words[-1].strip("\"'\u201c\u201d"))
        one = len(words) > 1 and words[-2].lower() in _SINGULAR_DETERMINERS
        return entry is not None and entry[1] == "demonyms" and not one

    def _prepositional_subject_head(self, start: int, cue_start: int) -> str | None:
        """The head noun of a subject with a prepositional phrase that ends right before a cue
        ("Data from the 2014 survey [show]", "A study released on Tuesday by researchers [shows]"):
        see _head_index. None when the words from the clause's start are not such a noun phrase:
        no preposition after the first word, a verb among them, or more than a speaker's words."""
        region = self.v[start:cue_start]
        breaks = list(_CLAUSE_BREAK.finditer(region))
        clause_start = breaks[-1].end() if breaks else 0
        if breaks and region[breaks[-1].start()] not in ",;:":
            return None  # "... that documents from X show": a clause inside another claim
        filler = _LEADING_FILLER.match(region, clause_start)
        words = [w.strip("\"'\u201c\u201d") for w in region[filler.end() if filler else clause_start :].split()]
        if not words or len(words) > _MAX_SPEAKER_WORDS or words[0].lower() in _FUNCTION_WORDS - _DETERMINERS:
            return None  # "In 2014, ...": an adverbial, not a subject
        if any(_finite_verb(w) or w.lower() in _IRREGULAR_PAST | _CONTRACTIONS for w in words):
            return None  # "that's the priority pushed by officials in 18 [states]": a clause
        at = _head_index(words)
        if at is None:
            return None
        head = words[at]
        if at and words[at - 1].lower() in _SINGULAR_DETERMINERS and _plural_noun(head):
            return None  # "this reeks of ...": a singular determiner before a plural is no noun phrase
        return None if head.lower() in _FUNCTION_WORDS | _DETERMINERS else head

    def _coordinated_passive(self, cue: tuple[int, int]) -> bool:
        """Whether a coordinated cue is a passive with its agent after "by" ("..., and accused by
        Kyiv of ..."); not when another participle before "by" takes the agent ("and blamed the
        blockade imposed by the army for ...")."""
        agent = re.match(r"([^,.;:!?]{0,60}?)\sby\s", self.v[cue[1] :])
        return agent is not None and not any(_plain_past(word) for word in agent.group(1).split())

    def _passive_agent(self, start: int, end: int, cue: tuple[int, int]) -> tuple[int, int, int] | None:
        """For a participle set off by a comma or opening the sentence, with its agent after
        "by" in the same clause ('Hezbollah, dubbed a "terror group" by Israel, denied ...'):
        where "by" starts, and the agent's span."""
        if not self.v[cue[0] : cue[1]].lower().endswith("ed"):
            return None
        before = self.v[start : cue[0]]
        if before.strip() and not (before.rstrip().endswith((",", "(")) and before.count(",") == 1):
            return None  # "Kevin Rennie, a former lawmaker, published": an insertion closes before a verb
        return self._by_agent(cue, self._clause_end(cue[1], end))

    def _clause_end(self, position: int, end: int) -> int:
        """Where the clause going on at ``position`` ends: the first punctuation mark outside quotes."""
        # a full stop before the sentence's end is "Mrs." or "1.5"
        for match in re.finditer(r"[,;:()\u2014]|[.!?](?=[\"'\u201d\u2019)]*\s*$)", self.v[position:end]):
            if not self.inside_quote(position + match.start(), position + match.end()):
                return position + match.start()
        return end

    def _by_agent(self, cue: tuple[int, int], clause_end: int) -> tuple[int, int, int] | None:
        """A passive's agent after "by" in the rest of its clause: where "by" starts, and the agent's span."""
        agent = re.search(r"\sby\s+", self.v[cue[1] : clause_end])
        if agent is None or _DEADLINE.match(self.v, cue[1] + agent.end()):
            return None  # "A ruling is expected by June": a deadline
        # "accused by Russia of shooting down ...", "praised by the mayor for ...": the agent ends there
        agent_start = cue[1] + agent.end()
        agent_end = _AGENT_END.search(self.v, agent_start, clause_end)
        end = agent_end.start() if agent_end else clause_end
        if _ACCUSATION.search(self.v, cue[0], cue[1]) and (charge := _CHARGE_OF.search(self.v, agent_start, end)):
            end = charge.start()  # "accused by Kyiv of the killings": the charge (not "the Ministry of Defence")
        speaker = self._valid_speaker(agent_start, end)
        return (cue[1] + agent.start(), *speaker) if speaker else None

    def _headline_passive(self, cue: tuple[int, int]) -> bool:
        """Whether a past form in a headline, right after a subject and before a preposition, is a
        passive without its auxiliary ("Israel blamed for strike", "Minister accused of lying",
        "Referee blamed as City crash out"): headlines give an act in the present ("Kremlin blames
        Ukraine")."""
        form = self.v[cue[0] : cue[1]]
        if not (_REGULAR_PAST.fullmatch(form) or form in _IRREGULAR_PAST):
            return False
        before = self.v[self.sentence_of(cue[0])[0] : cue[0]].split()
        return bool(before) and before[-1][:1].isalnum() and bool(_HEADLINE_PASSIVE_AFTER.match(self.v, cue[1]))

    def _passive_attribution(
        self, start: int, end: int, cue: tuple[int, int], auxiliary: int, elided: bool = False
    ) -> _Draft | None:
        """A verb whose passive attributes ("was accused of A", "is considered a threat", "is
        expected to A", "is supported by X"). With an agent ("The issue was first reported by The
        Post") the agent speaks and the content is the subject, as the object is in the active
        ("The Post reported the issue"); an accusation's runs on to the charge after the agent
        ("was accused by Kyiv of the killings", as "accused X of ..." holds it). Without one the
        claim is nobody's in particular: the content is the whole clause, subject to complement,
        and no speaker is guessed."""
        form = self.v[cue[0] : cue[1]].lower()
        timed = re.match(SAID_WHEN, self.v[cue[1] : end])  # "was accused on Wednesday of ...": what follows the day
        after_day = cue[1] + (timed.end() if timed else 0)
        after = self.v[after_day : after_day + 30].split()
        if after[:1] == ["that"] and re.search(r"\b[Ii]t\s+(?:\w+\s+){0,3}$", self.v[start:auxiliary]):
            # "It was claimed that ...", "it has been suggested that ...": the clause is nobody's in
            # particular, whatever the verb (an agent inside the clause is not the cue's)
            content = self._trim(cue[1], cue[1] + _passive_aside_end(self.v[cue[1] : end]))
            return _Draft("indirect", (content,), cue, None, unattributed=True) if content[1] > content[0] else None
        if form not in self.cues.passive or not after or _STATE_AFTER.match(self.v, cue[1]):
            return None  # "Hundreds were feared dead", "Enough has been said."
        deadline = re.match(r"\s+by\s+", self.v[after_day:end])
        if deadline and _DEADLINE.match(self.v, after_day + deadline.end()):
            return None  # "A ruling is expected by June": when it will come, no one's claim
        charged = after[0] == "on" and form in _CHARGED_ON  # "was blamed on Israel": whom it is blamed on
        particle = after[0].lower().strip(",.") in _PARTICLES - {"to", "for", "with"} and not charged
        if particle or after[0][:1] in ".;:!?":
            return None  # "was called off", "was reported."
        if after[0] == "to" and (
            form in self.cues.naming or len(after) > 1 and (after[1].lower() in _DETERMINERS or after[1][:1].isupper())
        ):  # "was reported to the ministry": an addressee; "was called to testify": not a name
            return None
        subject = self._passive_subject(start, auxiliary)
        if subject is None or not (
            elided or (_FINITE_VERBS | _STAND_FORMS) & set(self.v[subject[1] : cue[0]].lower().split())
        ):
            return None  # "risk being blamed", "after having been accused": no clause of its own
        clause_end = self._clause_end(cue[1], end)
        complement = self.v[cue[1] : clause_end].split(" by ")[0].split()
        if form in self.cues.naming and (not complement or complement[0].lower() in _PREPOSITIONS):
            return None  # "The protest was called against a reform", "was called by the speaker": no name given
        short = len(complement) <= 5 and "to" not in complement and complement[:1] != ["that"]
        agent = self._by_agent(cue, clause_end) if short else None  # not "was warned that X was hit by Y"
        by_phrase = re.match(r"\s+by\s+((?:[\w'-]+\s*){1,4})", self.v[cue[1] : clause_end])
        if by_phrase and _WEAPON_WORDS & set(by_phrase.group(1).lower().split()):
            return None  # "The offensive was supported by drones": means of force, no speaker
        if agent and (form in self.cues.naming or charged) and agent[0] > cue[1]:
            # "was called a charlatan by fellow physicians": the label is the agent's naming in the
            # outlet's words, claimed with its subject (as PolNeAR marks it); "was blamed on Israel
            # by Syria": the charge with its subject
            return _Draft("indirect", (self._trim(subject[0], agent[0]),), cue, agent[1:], passive=True)
        if charged and not agent:
            return None  # "The strike was blamed on Israel": the blame is the outlet's report (framing.blame)
        if agent:  # "was first reported by The Post"; not "is expected to be decided by June"
            charge = _ACCUSATION.search(form) and _CHARGE_OF.match(self.v, agent[2])
            # "was accused by Yerevan of failing ...": the charge with its subject, as in the active
            fragments = (subject, self._trim(agent[2] + 1, clause_end)) if charge else (subject,)
            return _Draft("indirect", fragments, cue, agent[1:], passive=True)
        if re.match(r"\s+by\s", self.v[cue[1] :]):  # "was endorsed by dozens of papers ranging from ...": no name
            return _Draft("indirect", (subject,), cue, None, unattributed=True, passive=True)
        opener = self.v[start : subject[0]].strip().split()
        if opener and opener[-1].lower() in _PASSIVE_SUBORDINATORS:
            # "Although North Korea is not thought to be capable of A, it is considered B": to the main clause
            main_clause = self._first_comma(cue[1], end)
            end = main_clause - 1 if main_clause is not None else end
        content = self._trim(subject[0], cue[1] + _passive_aside_end(self.v[cue[1] : end]))
        if content[1] <= cue[1]:
            return None
        return _Draft("indirect", (content,), cue, None, unattributed=True)

    def _passive_subject(self, start: int, auxiliary: int) -> tuple[int, int] | None:
        """The subject of the passive whose auxiliaries start at ``auxiliary``: after
        the last comma, semicolon, colon, dash or conjunction before it; None for a relative or an
        infinitive ("which was reported", "the chance to be considered") or a long subject."""
        before = self.v[start:auxiliary]
        aside = _RELATIVE_ASIDE.search(before.rstrip().removesuffix(","))
        if aside and before.rstrip().endswith(","):
            # "The PKK, which has waged an insurgency since 1984, is designated ...": the subject
            # before the relative clause set off by commas
            before = before[: aside.start()]
        elif before.rstrip().endswith(",") and (comma := before.rstrip()[:-1].rfind(",")) > 0:
            insertion = before.rstrip()[comma + 1 : -1].split()
            relative = insertion[:1] and insertion[0] in ("where", "when", "whose")
            if relative or (
                len(insertion) <= 6 and not any(_finite_verb(w) or w.lower() in _RELATIVES for w in insertion)
            ):
                # "The Health Secretary, Sarah Blake, was accused ...", "Blake, however, was ...",
                # "calls for an inquiry into Yemen, where ..., were rejected": the subject before a
                # short insertion or a relative clause set off by commas
                before = before[:comma]
        # a number's thousands commas are in its word ("About 200,000 people were expected to")
        words = list(re.finditer(r"(?:[^\s,;:()\u2014]|" + _NUMBER_COMMA.pattern + r")+|[,;:()\u2014]", before))
        while words and (words[-1].group(0).lower() in _PASSIVE_AUXILIARIES or words[-1].group(0).endswith("ly")):
            words.pop()
        boundary = next(
            (i for i in range(len(words) - 1, -1, -1) if words[i].group(0).lower() in _PASSIVE_SUBJECT_BOUNDARIES),
            -1,
        )
        if boundary >= 0 and words[boundary].group(0).lower() in _RELATIVES:
            return None
        if 0 < boundary < len(words) - 1 and words[boundary].group(0).lower() in ("and", "or"):
            boundary = self._joined_subject_start(words, boundary)
        subject = words[boundary + 1 :]
        if not subject or len(subject) > _MAX_PASSIVE_SUBJECT_WORDS or subject[-1].group(0).lower() == "to":
            return None
        # an -ing form heading the subject is a noun ("the appeals court ruling could be expected")
        inner = [w.group(0) for w in subject[1:]]
        inner = inner[:-1] if inner and _ing_form(inner[-1]) else inner
        if any(w.lower() in _SUBJECT_PRONOUNS or self.cues.is_cue(w) for w in inner) or any(
            _finite_verb(w.group(0)) for w in subject
        ):  # "they say they support the changes lawmakers are expected to consider", "This would be the
            return None  # first time Biden has been criticized": a clause, not a subject
        if any(self.inside_quote(w.start() + start, w.end() + start) for w in subject[:1]):
            return None
        return start + subject[0].start(), start + subject[-1].end()

    def _joined_subject_start(self, words: list[re.Match[str]], conjunction: int) -> int:
        """The boundary before a passive's subject whose last noun phrase follows "and" or "or" at
        ``conjunction``: before the phrase joined to it ("Russia and Iran were accused", "Two
        journalists and a driver were reported"), after a verb of saying ("said cases and deaths
        had been reported"); the conjunction itself when a verb before it makes it join clauses
        ("The minister resigned and his deputy was accused")."""
        index = conjunction - 1
        while index >= 0:
            word = words[index].group(0)
            lower = word.lower()
            if lower in _PASSIVE_SUBJECT_BOUNDARIES:
                return conjunction if lower in _RELATIVES else index
            if word.islower() and self.cues.is_cue(word):
                return index  # the verb of saying whose claim the subject opens
            if (
                lower in _SUBJECT_PRONOUNS
                or _AUXILIARY_WORD.fullmatch(lower)
                or _verb_word(word)
                or lower in _IRREGULAR_PAST
            ):
                return conjunction
            index -= 1
        return -1

    def _reduced_passive(self, cue: tuple[int, int], by: int, agent: tuple[int, int]) -> _Draft | None:
        """The agent of a reduced passive speaks; the content runs from the cue to "by"."""
        content = self._trim(cue[1], by)
        words = self.v[content[0] : content[1]].split()
        if not words or words[0].lower() in _PARTICLES:
            return None  # "called to service by the governor": the verb reports no claim
        return _Draft("indirect", (content,), cue, agent)

    @staticmethod
    def _pro_form(text: str) -> bool:
        """Whether a content is only a word standing for a claim made elsewhere, maybe with its
        time or place ("so plainly", "it before", "it again on Monday"; not "it before the vote
        that the deal was dead")."""
        if _PRO_FORM.match(text):
            return True
        pointer = re.match(_PRO_FORM_WORDS + r"\s", text, re.I)
        if pointer is None:
            return False
        verb = re.match(r"(?:(?:also|still|never|only|\w+ly)\s+)*(\w+)", text[pointer.end() :])
        if verb and verb.group(1) in _IRREGULAR_PAST:
            return False  # "said it also left Tehran room": the pronoun is a clause's subject
        return _only_circumstances(text[pointer.end() :], _AFTER_CUE_FILLER)

    def _participle_takes_that(self, before_that: str) -> bool:
        """Whether the words between a cue and a "that" hold a participle cue after a subordinator
        ("agreed to the fund after insisting that ...", "resigned while denying that ..."): the
        "that" is the participle's."""
        return any(self.cues.is_cue(m.group(1)) for m in _SUBORDINATED_PARTICIPLE.finditer(before_that))

    def _coordinated_cue_before(self, start: int, end: int) -> bool:
        """Whether ``v[start:end]`` holds a cue coordinated with the one before it ("promised to
        review the prices but warned", "told reporters little and said"): a "that" after it is that
        cue's."""
        return any(_COORDINATED_CUE.search(self.v, start, found[0]) for found in self.cues.find(self.v, start, end))

    def _speaker_then_content(self, start: int, end: int, cue: tuple[int, int]) -> _Draft | None:
        """'X said (that) CONTENT' / 'X told journalists that CONTENT'."""
        if self._auxiliary_non_saying(_COORDINATED_CUE.search(self.v, start, cue[0]), cue):
            return None
        speaker = self.speaker_before(start, cue[0])
        medium = None if speaker else _MEDIUM_PURPOSE.search(self.v, start, cue[0])
        subject = self.subject(start, cue[0]) if medium else None
        if medium and subject and not self.v[subject[1] : medium.start()].strip():
            speaker = subject  # "The actor took to social media to deny ...": the subject's own act
        asyndetic = self.headline_at(cue[0]) and self.v[start : cue[0]].rstrip().endswith(",")
        if speaker and asyndetic:
            # "Turkey blames militants for bombing, rejects US condolences", "Minister resigns over
            # inquiry, denies wrongdoing": the subject of the clause before the comma speaks, and
            # no clause holding a cue is a speaker
            clause_subject = self.subject(start, cue[0])
            speaker = clause_subject or (None if self.cues.find(self.v, *speaker) else speaker)
        if speaker is None and (asyndetic or self._coordinated(start, cue)):
            # "Trump, her opponent, bemoaned the unrest and said ...", a headline's "Putin calls for
            # calm, says Israel not to blame": the sentence's subject speaks
            speaker = self.subject(start, cue[0])
        if speaker is None:
            return None
        rest = self.v[cue[1] : end]
        cue_word = self.v[cue[0] : cue[1]].lower()
        if rest.startswith(",") and _ing_form(cue_word) and _ABSOLUTE_WITH.search(self.v, start, speaker[0]):
            return None  # "With 40% of precincts reporting, Lopez leads": an absolute phrase, no claim
        aside = _PARTICIPLE_ASIDE.match(rest) if self.v[speaker[1] : cue[0]].strip() == "," else None
        if aside and self._clause_verb(aside.group(1)):
            # "The study, published in Nature, found ...": a participle set off after the subject
            # describes it; the subject's own verb follows the second comma
            return None
        if _AS_WORD.fullmatch(self.v, start, speaker[0]):
            # "As Peskov said on Monday, ...", "As the ministry told reporters, ...": the main clause
            # after the attribution's circumstances is the claim
            after_object = self._after_object(cue, end)
            head, separator, _ = self.v[after_object:end].partition(",")
            if separator and _AFTER_CUE_FILLER.match(head):
                content = self._trim(after_object + len(head) + 1, end)
                if _n_words(self.v[content[0] : content[1]]) >= _MIN_CONTENT_WORDS:
                    return _Draft("indirect", (content,), cue, speaker)
        # "told MSNBC's "Morning Joe" that ...": an addressee may be a quoted title; a "that" right
        # before a stop or a closing quotation mark, or a last word and a stop, is a pronoun ('told us he
        # "never said that."', '"said that, anywhere."')
        that = re.match(
            (r"[^,.;:!?]{0,80}?" if cue_word in self.cues.with_object else r"[^,.;:!?\"]{0,80}?")
            + r"\bthat\b(?![.;:!?\"\u201d]|,\s*[a-z]+[.;:!?\"\u201d])",
            rest,
        )
        if (
            that
            and (
                _TRAILING_CONJUNCTION.search(rest[: that.end() - 4].rstrip())  # "warned athletes of tests and that B"
                or self._participle_takes_that(rest[: that.end() - 4])
                or self._coordinated_cue_before(cue[1], cue[1] + that.end() - 4)
                or any(_finite_verb(w) or w in _IRREGULAR_PAST for w in rest[: that.end() - 4].split())
                or (cue_word in self.cues.with_object and _RELATIVE_THAT.match(rest, that.end()))
            )
        ):
            # "told reporters the blast was caused by a missile that had gone astray", "blamed the
            # company that built the dam": a relative "that"
            that = None
        elif that and cue_word in self.cues.with_object:
            request = _OBJECT_INFINITIVE.match(rest)
            asked = request.group(1).split()[:-2] if request else []
            if request and request.end() <= that.end() - 4 and not set(asked) & _PREPOSITIONS:
                # "urged both sides to avoid actions that could raise tensions": the "that" belongs
                # to the infinitive asked for, which is the content (not "told reporters in a speech
                # to mark the anniversary that ...": an infinitive of purpose)
                that = None
        said_that = that and _AFTER_CUE_FILLER.match(rest[: that.end() - 4])
        said_wh = None if that else _question_after_filler(rest)
        dated_clause = _DATED_CLAUSE.match(rest)  # "said on Tuesday Israel was to blame"
        inserted = _insertion_before_that(rest, 0, len(rest))
        timed = _TIMED_INFINITIVE.match(rest)  # "agreed on Monday to cut ..."
        if timed and (
            cue_word in self.cues.with_object or cue_word in _SAY_VERBS or not _AFTER_CUE_FILLER.match(timed.group(1))
        ):
            timed = None
        dated = _TIME_THEN_VERB.match(rest)  # "said Friday was a day of mourning": a date as the claim's subject
        if _AFTER_CUE_FILLER.match(rest.rstrip(' ."')) and not (
            said_that or said_wh or dated_clause or timed or (dated and not dated.group("lead"))
        ):
            return None  # "X said on Tuesday.": nothing follows but the time or place
        head, _, tail = rest.partition(", ")
        if (
            head.strip()
            and _AFTER_CUE_FILLER.match(head)
            and _SUBORDINATE_TAIL.match(tail)
            and not (said_that or dated_clause)
        ):
            # "..., X said Friday, as they ...": the content is before the speaker (not "said in a
            # statement that A, adding ...": A, nor "said on Monday he would not resign, as ...")
            return None
        charge = _accused_and_charge(self.v, cue_word, cue[1], end)
        if charge and (not that or charge.end() <= cue[1] + that.end() - 4):
            # "accused Pakistan of a role in a bombing that killed 40": the charge, not a that-clause
            content_start = charge.start(1)
        elif inserted:
            content_start = cue[1] + inserted.end()
        elif that and (cue_word in self.cues.with_object or said_that):
            content_start = cue[1] + that.end() - 4
        elif said_wh and cue_word not in self.cues.with_object:
            content_start = cue[1] + said_wh
        elif cue_word in self.cues.with_object and self._before_gap_verb(cue[0]) and rest.split()[0].islower():
            # "a move critics warned could backfire": a contact clause leaves the claim's subject
            # out, and no addressee comes between the cue and its verb (not a title-case headline's
            # "Storm Warning Issued as ...")
            content_start = cue[1] + 1
        elif cue_word in self.cues.with_object:
            # "told African-Americans this weekend he would ...": addressee, time, then a subject pronoun
            after_object = self._after_object(cue, end)
            clause = (
                _PRONOUN_CLAUSE.match(self.v, after_object, end)
                or _TO_CLAUSE.match(self.v, after_object, end)
                or _SUBJECT_AUXILIARY.match(self.v, after_object, end)  # "told Putin the IDF would ..."
                or (_MODIFIED_SUBJECT_AUXILIARY.match(self.v, after_object, end) if after_object > cue[1] else None)
                or _SUBJECT_VERB.match(self.v, after_object, end)
                or _SUBJECT_INFINITIVE.match(self.v, after_object, end)
                or _QUANTITY_CLAUSE.match(self.v, after_object, end)
                or _bare_plural_clause(self.v, after_object, end)
            )
            accusation = _accused_and_charge(self.v, cue_word, cue[1], end)
            # "asked whether ...", "told reporters how ...": a question or an account as content
            question = _WH_CLAUSE.match(self.v, cue[1], end) or _WH_CLAUSE.match(self.v, after_object, end)
            # "told the host on Thursday how surprised he is": the addressee's time before the question
            late_question = None if question else _question_after_filler(self.v[after_object:end])
            if accusation:
                content_start = accusation.start(1)
            elif question:
                content_start = question.start(1)
            elif late_question is not None and after_object > cue[1]:
                content_start = after_object + late_question
            elif (
                after_object == cue[1]
                and cue_word in self.cues.own_infinitive
                and rest.startswith(" to ")
                and self.v[speaker[0] : speaker[1]].lower() not in _IMPERSONAL_SUBJECTS
            ):  # "promised to lift regulations": no addressee, the subject's pledge; not "It promises to be close"
                content_start = cue[1] + 1
            elif clause is None or clause.re is _TO_CLAUSE:
                # "urged residents to stay home", "told him not to go": who is urged and what to do
                # together, as PolNeAR marks it; "told the story to reporters" asks nothing
                infinitive = _OBJECT_INFINITIVE.match(self.v, cue[1], end)
                impersonal = self.v[speaker[0] : speaker[1]].lower() in _IMPERSONAL_SUBJECTS
                if infinitive is None and cue_word in self.cues.own_infinitive and not impersonal:
                    # with no clause or infinitive after it the pledge is the object: after the
                    # addressee ("promised voters a strike"), or the words that looked like one
                    # ("promised lower prices during the campaign", "promised a veto")
                    pledge = self.v[after_object:end].split(maxsplit=1)[:1]
                    opens_phrase = not pledge or pledge[0].lower() in _PHRASE_PREPOSITIONS
                    content_start = cue[1] + 1 if opens_phrase else after_object + 1
                elif (
                    infinitive is None
                    and clause is None
                    and (_ACCUSATION.match(cue_word) or _URGING.match(cue_word))
                    and not question
                    and not _GAPPED_ACCUSED.match(self.v, cue[1], end)
                ):
                    content_start = cue[1] + 1  # "blamed online shopping", "accused Washington", "urged restraint"
                elif infinitive is None or _INFINITIVE_NOUN.search(infinitive.group(1).split(" who ")[0]):
                    # a noun inside the addressee's "who" relative is no owner of the infinitive
                    # ("urged residents who ignored evacuation orders to stay indoors")
                    return None
                else:
                    content_start = infinitive.start(1)
            elif after_object == cue[1] and not self._clause_without_addressee(clause, cue[1]):
                if (after_addressee := _clause_after_addressee(clause)) is None:
                    return None
                content_start = after_addressee  # "told the defendant his actions had been cruel"
            else:
                content_start = clause.start(1)
        elif (
            _TOPIC.match(rest)
            or _NOT_A_CLAIM.match(rest)
            or (cue_word in _ANSWER_VERBS and _ANSWERED.match(rest))
            or (
                cue_word in _CALL_FORMS
                and (_PHONED.match(rest) or _phoned_person(rest))
                and not re.search(r"[\"\u201c]|''", rest)
            )
        ):
            # '"...," he said of the prospect ...': what follows is the topic, not the claim;
            # "called into the program", "responded with logic": the verb is not reporting a claim,
            # "replied to critics" answers someone, "called her the night before" telephoned her,
            # unless a that-clause follows ("agreed with the plaintiff that ...", "replied to the
            # letter that ...")
            if not that:
                return None
            content_start = cue[1] + that.end() - 4
        elif dated_clause:
            content_start = cue[1] + dated_clause.start(dated_clause.lastindex or 0)
        elif timed:
            content_start = cue[1] + timed.start(2)
        else:
            content_start = cue[1] + len(rest) - len(rest.lstrip(" :,"))
            participle = self.v[content_start:end].split(maxsplit=1)[:1]
            if (
                rest[: content_start - cue[1]].strip() == ","
                and participle
                and _ing_form(participle[0])
                and self.cues.is_cue(participle[0])
                and participle[0] not in _SOURCE_PARTICIPLES
            ):
                # "The ministry responded, saying ...": the participle's record holds the claim (not
                # "reported, citing sources, ...": who was cited)
                return None
            if pointer := _PRO_FORM_COLON.match(self.v, content_start, end):
                content_start = pointer.end()  # "will say it again: the city cannot ...": after the colon
        if _SUBORDINATOR.fullmatch(self.v[start : speaker[0]]) or _OPENING_TIME.fullmatch(self.v[start : speaker[0]]):
            # "When X said A, B", "On the same day X announced A, B": the main clause after the comma
            main_clause = self._last_comma(content_start, end)
            end = main_clause if main_clause is not None else end
        elif self._relative_speaker(speaker) and self.v[: speaker[0]].rstrip().endswith(","):
            # "The senator, who said the deal was a mistake, voted against it", "Russia, whose minister
            # said ..., walked out": the main clause resumes
            # "Washington criticised Iran, which backs the Houthis, over the attack": a noun object
            # ends at the comma that closes the relative clause
            noun = cue_word in self.cues.noun_object
            for comma in re.finditer(r",\s+([a-z]+)\b", self.v[content_start:end]):
                resumed = comma.group(1)
                if (noun or _verb_like(resumed) or resumed in _IRREGULAR_PAST) and not self.inside_quote(
                    content_start + comma.start(), content_start + comma.end()
                ):
                    end = content_start + comma.start()
                    break
        end = self._parallel_predicate(speaker[1], cue[0], content_start, end)
        content = self._trim(content_start, end)
        draft = _Draft("indirect", (content,), cue, speaker)
        # one word is a content only when its circumstances were cut off ("attacked Machado in
        # tweets", not "called for calm" or "endorsed it")
        cut_off = any(trailing.match(self.v, content[1], end) for trailing in _TRAILING_CIRCUMSTANCES)
        cut_off = cut_off or self._before_headline_as(content[1])
        cut_off = cut_off or (self.headline_at(content[1]) and bool(_HEADLINE_NEXT_VERB.match(self.v, content[1])))
        least = self._least_words(draft) if cut_off or self._claim_noun(draft) else _MIN_CONTENT_WORDS
        text = self.v[content[0] : content[1]]
        if _n_words(text) < least or re.match(r"(?:and|or|but|yet)\s", text) or self._pro_form(text):
            # "people who said and did the same things", "a call the union welcomed but managers
            # ignored", "should say so plainly": no claim
            return None
        if cue_word in self.cues.physical and self._physical_act(speaker, text):
            return None  # "Russian forces attacked the city overnight": an act of force, no claim
        if cue_word in self.cues.quantity and _CHANGE_OF_AMOUNT.match(text):
            return None  # "Sales declined 27%", "support declined slightly": a change of amount, no refusal
        if cue_word in self.cues.display and _shown_object(text, self._pictured(speaker, cue)):
            return None  # "The government had shown a cavalier disregard for the truth": a quality, no claim
        if cue_word in self.cues.memory and not _RECALLED.match(text):
            return None  # "recalled its ambassador", "recalls 1.2 million vehicles": called back, no memory told
        if (cue_word in self.cues.decision or cue_word in self.cues.publication) and not _DECIDED.match(text):
            return None  # "determined to fight", "ruled the country", "posted a video": no finding stated
        if cue_word in self.cues.prospect and _ADVISING_MODAL.search(self.v, max(0, cue[0] - 20), cue[0]):
            return None  # "Residents should expect delays": what they will meet, no belief held
        if cue_word in self.cues.convening and _convened_object(text):
            return None  # "called a snap election for July": an event called, no label given
        if cue_word in self.cues.discovery and _found_object(text):
            return None  # "Police found a knife in the car": a thing come upon, no finding told
        if cue_word in self.cues.possession and _claimed_land(text):
            return None  # "The Philippines, which also claims the reef, said": land held as one's own, no claim told
        if cue_word in self.cues.endangering and (
            _topic_subject(self.v[speaker[0] : speaker[1]]) or _endangered_good(text)
        ):
            # "The incident threatened to hamper ...", "extremists who threaten India's integrity":
            # a thing puts at risk, or a good is put at risk, no threat made
            return None
        if cue_word in self.cues.sentencing and _DOOMED.match(text):
            return None  # "a deal would condemn them to extinction": a fate dealt, no judgement passed
        if cue_word in self.cues.keeping and _kept_thing(text):
            return None  # "Russia, which maintains a military base in Armenia": a thing kept, no claim held
        return draft

    def _parallel_predicate(self, speaker_end: int, cue_start: int, content_start: int, end: int) -> int:
        """Where a content ends before a verb that goes on with the speaker's predicate: after
        "and", the cue's own auxiliary with no subject ("Usmanov has said the sanctions are unjust
        and has challenged them in court": the content ends before "and"); ``end`` when there is
        none, or when the content's own verb takes that auxiliary ("has said the court has erred
        and has ...": either may go on)."""
        auxiliary = _CUE_AUXILIARY.search(self.v, speaker_end, cue_start)
        if auxiliary is None:
            return end
        word = auxiliary.group(1).lower()
        for match in _AND_AUXILIARY.finditer(self.v, content_start, end):
            if match.group(1).lower() != word or self.inside_quote(*match.span()):
                continue
            if re.search(rf"\b{word}\b", self.v[content_start : match.start()], re.I):
                return end
            return match.start()
        return end

    def _physical_act(self, speaker: tuple[int, int], content: str) -> bool:
        """Whether a verb with a physical sense is used in it: its object is a place or an
        installation ("defended its positions along the border", "attacked a base near Idlib"),
        or its instrument a weapon ("attacked police with stones"), or its subject fights ("Troops
        attacked ..."); "The army defended the strike", "Militants defended the attack as
        revenge" and "attacked the bill as reckless" are claims."""
        words = re.findall(r"[\w'\u2019-]+|,", content)
        phrase = _object_phrase(content, _PLACE_PHRASE_ENDS | {"of"})  # "the village of Bogoro": the village
        if phrase and phrase[-1].lower() in _PLACE_HEADS:
            return True
        lower = [w.lower() for w in words]
        if "with" in lower and _WEAPON_WORDS & set(lower[lower.index("with") + 1 :][:4]):
            return True  # "attacked police with stones", "blasted the crowd with water cannon"
        subject = self.v[speaker[0] : speaker[1]].split()
        # its last word ("Troops") or its head before a place or a phrase of command ("Gunmen from
        # Afghanistan", "Fighters under the commander's control")
        modified = list(itertools.takewhile(lambda w: w.lower() not in _PREPOSITIONS | _SUBJECT_PREPOSITIONS, subject))
        heads = {word.lower() for word in subject[-1:] + modified[-1:] + [_common_head(" ".join(subject))]}
        return bool(heads & _COMBATANT_HEADS) and "as" not in lower

    def _noun_phrase_object(self, draft: _Draft) -> _Draft | None:
        """A content that is its cue's object, a noun phrase, ends where the phrase ends: after a
        prepositional cue ("complained about his mic the morning after the debate, even suggesting
        ...") or a verb whose content is a noun ("criticized the law as a "crazy system" during a
        campaign stop"), unless that content opens with a clause ("criticized that ...")."""
        if draft.cue is None:
            return draft
        start, end = draft.fragments[0]
        if start < draft.cue[1] or len(draft.fragments) > 1:
            return draft
        if self._means_of_saying(start, end):
            return None  # "explained the abstention by saying the text ...": the -ing cue's claim
        if self._prepositional(draft):
            cut = self._object_end(start, end, _NOUN_PHRASE_END, _EMBEDDED_OBJECT)
        elif self._verb_object(draft):
            cut = self._object_end(start, end, _ADJUNCT_END, _RELATIVE_IN_OBJECT)
            cut = min(cut, self._subject_modifier_end(draft.cue, start, end))
        elif self.v.startswith("to ", start):
            cut = self._object_end(start, end, self._infinitive_end(start), _RELATIVE_IN_OBJECT)
        elif self._bare_object(start, end):
            cut = self._object_end(start, end, _WHICH_END, _RELATIVE_IN_OBJECT)
        elif _WH_CLAUSE.match(self.v, start):
            # "did not say how many it expects to sell, but suppliers have been told ...": a question
            # as content ends before another subject's clause
            cut = self._object_end(start, end, _INFINITIVE_END, _RELATIVE_IN_OBJECT)
            if _LABELLED_WHAT.match(self.v, start):
                # "condemned what it called a heinous crime and held Israel responsible": a thing
                # labelled is a noun phrase; the subject's next act ends it
                cut = min(cut, self._object_end(start, end, _AND_NEXT_ACT_END, _RELATIVE_IN_OBJECT))
        elif (subordinate := self._subordinate_end(start, end)) is not None:
            cut = subordinate
        elif _VERDICT_OBJECT.match(self.v, start, end):
            # "found the club guilty of racist abuse and ordered ...": a verdict on an object is a
            # small clause; the subject's next act ends it
            cut = self._object_end(start, end, _ADJUNCT_END, _RELATIVE_IN_OBJECT)
        elif _ing_form(self.v[draft.cue[0] : draft.cue[1]]):
            # "calling the strikes "an act of war" and holding Iran responsible": the next participle
            cut = self._object_end(start, end, _AND_PARTICIPLE_END, _RELATIVE_IN_OBJECT)
        elif self._cue_verb(draft.cue) in self.cues.naming or self.v.startswith("as ", start):
            # 'called him "a giant" and ordered ...': a label on an object is a small clause too, but
            # may follow a time ("called his remarks on Saturday "a wake-up call""): only the
            # subject's next act ends it; so too a label after "as" ("(what it) described as a
            # "heinous crime" and held Israel responsible")
            cut = self._object_end(start, end, _AND_NEXT_ACT_END, _RELATIVE_IN_OBJECT)
        else:  # "blamed Israel for the loss, but the evidence was thin": the accused and the charge
            return self._charge_end(draft)
        if cut == end:
            return draft
        content = self._trim(start, cut)
        # "all I'm worried about is the weather": the object came before the cue
        return replace(draft, fragments=(content,)) if content[1] > content[0] else None

    def _means_of_saying(self, start: int, end: int) -> bool:
        """Whether a content is a short noun phrase followed by "by" and an -ing cue ("the
        abstention by saying ...", "it by arguing ..."): the object a claim explains or defends,
        with no verb of its own ("developers had defined the areas by adding ..." has one)."""
        means = _MEANS_CUE.search(self.v, start, end)
        if means is None or not self.cues.is_cue(means.group(1).lower()):
            return False
        words = _TOKEN.findall(self.v[start : means.start()].lower())
        return (
            0 < len(words) <= 6
            and (words[0] in _DETERMINERS or words[0] in _OBJECT_PRONOUNS or words[0] == "it")
            and not any(w in _FINITE_VERBS or w.endswith("ed") for w in words)
        )

    def _subject_modifier_end(self, cue: tuple[int, int], start: int, end: int) -> int:
        """Where the object of an -ing cue inside its sentence's subject ends: before the
        sentence's own verb ("A report describing the attack was published ...", "A spokesman
        defending the decision said ..."), past the verb of a relative clause inside the object.
        ``end`` when the cue is not in the subject: set off by a comma, or after a finite verb."""
        if not _ing_form(self.v[cue[0] : cue[1]]):
            return end
        before = self.v[self.sentence_of(cue[0])[0] : cue[0]]
        words = _TOKEN.findall(before.lower())
        if not words or before.rstrip().endswith((",", ":")) or any(w in _FINITE_VERBS for w in words):
            return end
        verbs = [m.start() for m in _MAIN_VERB.finditer(self.v, start, end) if not self.inside_quote(*m.span())]
        relative = _RELATIVE_IN_OBJECT.search(self.v, start, end)
        if relative:  # "describing the deal that was signed in May was published": the relative's verb is its own
            after = [v for v in verbs if v > relative.start()]
            verbs = [v for v in verbs if v < relative.start()] + after[1:]
        return min(verbs, default=end)

    def _said_object(self, draft: _Draft) -> _Draft | None:
        """None when a verb that reports only what is said takes a plain noun phrase that names no
        words ("would add new layers of complexity", "added the additional week"); kept for "added a
        note of caution", 'added the words "..."', "adding he would never ...", "added that ..."."""
        if draft.cue is None or self._cue_verb(draft.cue) not in _SAID_ONLY | _GOING_ON:
            return draft
        start, end = draft.fragments[0]
        if self._cue_verb(draft.cue) in _GOING_ON:
            going_on = start < draft.cue[1] or self.quote_index.starting(start, end)
            return draft if going_on or re.match(r"(?:that|:)\b", self.v[start:end]) else None
        if start < draft.cue[1] or _NOT_NOUN_OBJECT.match(self.v, start) or self.quote_index.starting(start, end):
            return draft
        words = _TOKEN.findall(self.v[start:end].lower())
        if not words or words[0] in _SUBJECT_PRONOUNS or any(w in _FINITE_VERBS for w in words[:4]):
            return draft  # a clause without "that"
        return draft if _SPEECH_NOUNS & set(words) else None

    def _charge_end(self, draft: _Draft) -> _Draft:
        """An infinitive content or an accused and its charge ('blamed "unfair competition" for the
        decline, yet its own neglect did more damage') ends before another subject's clause; the
        accused alone ends as an object does, also at the act's time ("accused Washington on Monday")."""
        if draft.cue is None or len(draft.fragments) > 1:
            return draft
        start, end = draft.fragments[0]
        kind = "infinitive" if self.v.startswith("to ", start) else self._accusation_object(draft.cue, start, end)
        if kind is None:
            return self._request_end(draft)
        ends = _ADJUNCT_END if kind == "alone" else self._infinitive_end(start)
        cut = self._object_end(start, end, ends, _RELATIVE_IN_OBJECT)
        return draft if cut == end else replace(draft, fragments=(self._trim(start, cut),))

    def _request_end(self, draft: _Draft) -> _Draft:
        """An addressee and the infinitive asked of it ("urged the government to resign and walked
        out") end at the subject's next act, as an infinitive of the subject's own does."""
        assert draft.cue is not None
        start, end = draft.fragments[0]
        request = _OBJECT_INFINITIVE.match(self.v, start - 1, end)
        if request is None or start < draft.cue[1] or self._cue_verb(draft.cue) not in self.cues.with_object:
            return draft
        infinitive = self.v.rindex("to ", start, request.end())
        if _LINKING_INFINITIVE.match(self.v, infinitive):
            return draft
        cut = self._object_end(infinitive, end, _PAST_ACT, _RELATIVE_IN_OBJECT)
        return draft if cut == end else replace(draft, fragments=(self._trim(start, cut),))

    def _infinitive_end(self, start: int) -> re.Pattern[str]:
        """The ends of an infinitive or a charge starting at `start`: the subject's next act too,
        unless the infinitive is one of being or making, whose complements coordinate."""
        return _INFINITIVE_END if _LINKING_INFINITIVE.match(self.v, start) else _ACT_AFTER_INFINITIVE

    def _accusation_object(self, cue: tuple[int, int], start: int, end: int) -> str | None:
        """What a content right after a verb of accusing or blaming is: "charge" for the accused and
        its charge ("Israel for the loss of the plane"), "alone" for the accused alone ("blamed
        online shopping"); None for anything else (a that-clause, another verb's content)."""
        charge = _accused_and_charge(self.v, self._cue_verb(cue), cue[1], end)
        if charge is not None:
            return "charge" if charge.start(1) == start else None
        return "alone" if _ACCUSATION.match(self._cue_verb(cue)) and start == cue[1] + 1 else None

    def _bare_object(self, start: int, end: int) -> bool:
        """Whether a content after its cue is a noun phrase up to a ", which" ("has acknowledged the
        reality of climate change, which makes him an outlier"): no clause or infinitive opens it and
        no finite or past verb comes before the relative."""
        which = _WHICH_END.search(self.v, start, end)
        return which is not None and self._noun_phrase_before(start, which.start())

    def _noun_phrase_before(self, start: int, stop: int) -> bool:
        """Whether ``v[start:stop]`` after a cue is a noun phrase: no clause or infinitive opens it
        and no finite or past verb is in it."""
        if _NOT_NOUN_OBJECT.match(self.v, start):
            return False
        words = _TOKEN.findall(self.v[start:stop].lower())
        return not any(w in _FINITE_VERBS or (w.endswith("ed") and len(w) > 4) for w in words)

    def _subordinate_end(self, start: int, end: int) -> int | None:
        """Where a content that is a claim noun ends at a clause of the act's time or cause
        ("claimed victory as the count dragged on", "denied any wrongdoing when he was arrested",
        "claimed responsibility for the attack while police searched the area"): the first
        subordinator outside quotation marks that opens a clause, or None. A subordinator before a
        phrase is the object's own ("as expected"); other objects may hold a clause of their own
        ("accusing her of being asleep when the calls came in", "rated the claims as true")."""
        words = _TOKEN.findall(self.v[start : min(end, start + 40)].lower())
        words = words[1:] if words[:1] and words[0] in _DETERMINERS | {"any", "all", "no"} else words
        if len(words) > 1 and words[1] in _CHARGE_NOUNS and not _verb_word(words[0]):
            words = words[1:]  # "widespread fraud", "a narrow victory": one modifier before the noun
        if not words or words[0] not in _CHARGE_NOUNS:
            return None
        for match in _OBJECT_SUBORDINATOR.finditer(self.v, start, end):
            if self.inside_quote(*match.span()):
                continue
            if not self._noun_phrase_before(start, match.start()):
                return None
            if self._clause_after(start, match):
                return match.start()
        return None

    def _object_end(self, start: int, end: int, ends: re.Pattern[str], embedded: re.Pattern[str]) -> int:
        """Where an object ``v[start:end]`` ends: at the first of `ends` outside quotation marks,
        outside a pair of dashes (an aside), and, if it starts with a space, not after a clause
        opened inside the object (`embedded`: "worried about whether they would ...", "praised
        the plan that he unveiled during the debate", unless inside quotation marks that close
        before) nor after a measure ("a few hours after").
        `_NOUN_PHRASE_END` serves prepositional cues: a semicolon, a dash, a comma before a
        participle, a subordinator or a pronoun subject (other commas may list: "called for tax
        fairness, the closure of loopholes ... and ..."), or the sentence's own verb ("Americans
        worried about illegal immigration might stop ..."); `_ADJUNCT_END` the objects of verbs."""
        for match in ends.finditer(self.v, max(start - 1, 0), end):
            if self.inside_quote(match.start(), match.end()):
                continue
            if _DASH.fullmatch(match.group(0)) and (
                len(_DASH.findall(self.v, start, match.start())) % 2 or _DASH.search(self.v, match.end(), end)
            ):
                continue
            if match.group(0).startswith(", which") and _COMPLEMENT_AFTER_ASIDE.search(self.v, match.end(), end):
                continue  # "condemned the attack, which downed a plane, as "irresponsible"": the object goes on
            if match.group(0).startswith(", which") and (
                (closing := _RELATIVE_CLOSED.match(self.v, match.end(), end)) and _finite_verb(closing.group(1))
            ):
                continue  # "insists the dam, which it says is essential, will not harm ...": a clause's subject
            if match.group(0)[0].isspace() and (
                # a clause opened inside quotation marks closed with them ('guilty of "transmitting
                # a message that is not fit for a sports event" and ordered ...')
                any(not self.inside_quote(*e.span()) for e in embedded.finditer(self.v, start, match.start()))
                or (match.group(0) == " after " and not self._clause_after(start, match))
            ):
                continue
            return match.start()
        return end

    def _clause_after(self, start: int, match: re.Match[str]) -> bool:
        """Whether "after" at `match` opens a clause of the act's time ("described Clinton as a
        disgrace after she attacked ..."), not a phrase inside the object ("her work after the
        attacks", "a visit after the downing", "a few hours after") or of an infinitive in the
        object with no comma before "after" ("called for gatherings to be postponed after 12 cases
        were linked")."""
        # set off by a comma, the clause's subject may be longer ("..., after more than 1,000
        # judges signed a letter"); a number's thousands commas are in its word
        set_off = self.v[: match.start()].rstrip('"\u201d').endswith(",")
        words = _TOKEN.findall(_NUMBER_COMMA.sub("", self.v[match.end() : match.end() + 80]))
        words = words[: 6 if set_off else 4]
        return (
            not _BEFORE_AFTER.search(self.v, start, match.start() + 1)
            and (set_off or not re.search(r"(?<![\w'\u2019-])to\s", self.v[start : match.start()]))
            and bool(words)
            and not words[0].endswith("ing")
            and any(w.endswith("ed") or w in _FINITE_VERBS or w in _IRREGULAR_PAST for w in words[1:])
        )

    def _last_comma(self, start: int, end: int) -> int | None:
        """The last comma outside quotation marks and numbers in ``v[start:end]``."""
        for match in reversed(list(_COMMA.finditer(self.v[start:end]))):
            if not self.inside_quote(start + match.start(), start + match.end()):
                return start + match.start()
        return None

    def _labelled_claim(self, start: int, cue: tuple[int, int], end: int) -> _Draft | None:
        """'Hollis accused them of "playing politics," a charge Delgado called "rich."': a naming
        cue after an apposition naming the claim before it: its subject labels that claim, and
        the label after the cue is what it says (the claim before ends at the apposition's comma,
        where a later attribution's speaker begins)."""
        apposition = self._claim_apposition(cue, start)
        if apposition is None:
            return None
        speaker = self._valid_speaker(*apposition.span(1))
        as_word = _AS_WORD.match(self.v, cue[1], end)
        label = self._trim(as_word.end() if as_word else cue[1], end)
        if speaker is None or _n_words(self.v[label[0] : label[1]]) == 0:
            return None
        return _Draft(self._quoted_kind(label), (label,), cue, speaker)

    def _claim_apposition(self, cue: tuple[int, int], start: int | None = None) -> re.Match[str] | None:
        """The apposition naming a claim and who labels it (", a charge Delgado") right before a
        naming cue, from ``start`` (the cue's sentence start by default); None for other cues or
        without one; also before any cue that labels with "as" (", a conclusion Moscow rejected as
        "scandalous"")."""
        if self._cue_verb(cue) not in self.cues.naming and not _AS_WORD.match(self.v, cue[1]):
            return None
        start = self.sentence_of(cue[0])[0] if start is None else start
        apposition = _LABELLED_CLAIM.search(self.v, start, cue[0])
        return apposition if apposition is not None and apposition.end() == cue[0] else None

    def _parenthetical(self, start: int, end: int, cue: tuple[int, int]) -> _Draft | None:
        """'CONTENT, X said, CONTENT.': the attribution interrupts its content."""
        after_object = self._after_object(cue, end)
        # the attribution's own time or occasion, with or without a preposition ("said on Monday",
        # "said Monday", "wrote in a 40-page ruling", "said in a televised address on Sunday evening";
        # not "reported at the time that ...": a clause's opening word is the content's)
        after = re.match(
            r"(?:"
            + SAID_WHEN
            + r"|\s+(?:on|in|at|late|early|last|this)\s+"
            + r"(?:(?!\b(?:that|who|which|whether|how|why)\b)[\w '\u2019-]){1,50}?)?\s*,",
            self.v[after_object:end],
        )
        comma = _comma_before(self.v, start, cue[0])
        if not after or comma == -1 or not self.v[comma + 1 : cue[0]].strip():
            return None
        if _LEADING_FILLER.fullmatch(self.v[start : comma + 1] + " "):
            return None  # "Meanwhile, Russian forces pressed their offensive in the east, where ...": no content before
        rest = self.v[after_object + after.end() : end]
        first = re.match(r"\s*([\w-]+)", rest)
        opening = first.group(1) if first else ""
        said = _ing_form(opening) and self.cues.is_cue(opening)
        # "..., officials said on Sunday, as heavy rains battered the region", "..., the minister said
        # on Sunday, after a cargo ship was struck": a clause of time after the attribution's own
        # time is when it was said, not more of the claim ("after a pause of two weeks", no clause, may be)
        time_clause = re.split(r"[,;]", rest, maxsplit=1)[0].split()[1:]
        clause_verb = any(_finite_verb(w) or w in _IRREGULAR_PAST for w in time_clause)
        subject_past = any(
            _plain_past(word) and index and time_clause[index - 1].lower() not in _DETERMINERS
            for index, word in enumerate(time_clause)
        )
        # "..., witnesses said, as demonstrations entered a second week", "..., amid growing
        # anger": a clause of its own on "as", or any "amid", is the outlet's setting of the scene
        # (not "..., officials said, as expected": no subject before the past)
        timed_as = (
            opening in ("amid", "amidst")
            or (opening == "as" and (clause_verb or subject_past))
            or (bool(after.group().strip(" ,")) and (opening == "as" or opening in ("after", "while") and clause_verb))
        )
        if (
            _MEASURED_TIME.match(rest)
            or said
            or timed_as
            or (opening in _SPEAKING_ACTS and not _GERUND_SUBJECT.match(rest))
            or _WITHOUT_SAYING.match(rest)
            or (opening in ("but", "yet") and _new_predicate(_TOKEN.findall(rest)[1:5]))
            or _CONTENT_END.match(self.v, after_object + after.end() - 1)
        ):
            # 'CONTENT, X said, adding, "..."': the participle's own claim goes on, not this content;
            # "..., the military said, hours after rockets were fired": the attribution's own time;
            # "..., two officials told Reuters, speaking on condition of anonymity": the speakers' act
            # (not "..., Twitter announced, gaining 22,000 followers": the claim goes on); "...,
            # the government said, without giving details": how it was said; "..., officials said,
            # but gave no details", "..., but her challenger refused ...": the speakers' next act or
            # a clause of its own in the outlet's voice; "..., scientists said, a change they warned
            # would ...": the outlet's apposition naming the claim, with its own attribution
            return self._content_then_speaker(start, end, cue)
        relative = _ADJUNCT_RELATIVE.match(rest)
        if (_TRAILING_ADJUNCT.match(rest) or _SUMMARY_APPOSITIVE.match(rest)) and not any(
            _finite_verb(w) or w in _IRREGULAR_PAST
            for w in re.findall(r"[\w'\u2019-]+", rest[: relative.end()] if relative else rest)
        ):
            # "A drone struck a refinery, setting off a fire, the governor said, in the latest of a
            # series of attacks": a phrase, no rest of the claim, closes the outlet's sentence (also
            # with a relative clause on its noun: "..., police said, in a case that has deepened ...";
            # a noun phrase summing up the event: "..., officials said Wednesday, the latest outbreak")
            return self._content_then_speaker(start, end, cue)
        as_phrase = _AS_WORD.match(self.v, comma + 1, cue[0])
        speaker = self.speaker_before(as_phrase.end() if as_phrase else comma + 1, cue[0])
        relative_word = self.v[comma + 1 : speaker[0]].strip() if speaker else ""
        if relative_word == "which" or (
            relative_word == "whom" and self.v[cue[0] : cue[1]].lower() in self.cues.noun_object
        ):
            # "The claims, which the company denies, are being investigated": what it denies is the
            # noun the relative describes (from the last break: "frustration that the Taliban, whom
            # it backed, ..."), not the outlet's sentence around it; so is whom a verb with a noun for
            # its content acts on ("The envoy, whom Moscow praised, left Kabul")
            cues = [  # "Analysts say the rebels, whom Iran backs, ...": after a verb of saying
                c[1]
                for c in self.clause_cues(start, comma)
                if self.verb_cue(self.v[c[0] : c[1]]) and not self.inside_quote(*c)
            ]
            antecedent = self._trim(max([start, *self._clause_starts(start, comma)[-1:], *cues[-1:]]), comma)
            return _Draft("indirect", (antecedent,), cue, speaker) if _n_words(self.v[slice(*antecedent)]) else None
        lead = _LEADING_SUBORDINATOR.match(self.v, start, comma)
        clause_before = as_phrase and self.subject(lead.end() if lead else start, comma)
        if clause_before:
            # "Whether its pilots used the plane as cover, as Moscow alleges, is unknowable": what is
            # alleged is the clause before, not the outlet's clause around it (but "Hawaii, as X
            # pointed out, does not get ...": a subject alone before the comma is the claim's)
            content = self._trim(clause_before[0], comma)
            rest = self.v[content[0] : content[1]]
        else:
            clause = self._clause_starts(start, comma)
            # the comma after the attribution ends no claim: "..., he said, replacing Clinton would be ..."
            content = (
                self._trim(clause[-1] if clause else start, cue[0])[0],
                self._trim(after_object + after.end(), end)[1],
            )
        if speaker is None or _n_words(rest) < _MIN_CONTENT_WORDS:
            return None
        if self._relative_speaker(speaker):
            return None  # "The doctor, who has advised the agency, described ...": a relative clause's verb
        relative = re.search(r"\b(?:who|whom|which|that)$", self.v[start:comma])
        if (
            relative
            and not clause_before
            and any(_verb_word(w) for w in _TOKEN.findall(self.v[start : start + relative.start()]))
        ):
            # "Police arrested men who, they said, had travelled from abroad": the relative clause is
            # claimed, its word and the rest after the attribution, not the outlet's clause around it
            # (not "All of which, he said, would help ...": no clause of the outlet's before it)
            word = (start + relative.start(), start + relative.end())
            return _Draft("indirect", (word, self._trim(after_object + after.end(), end)), cue, speaker)
        return _Draft("indirect", (content,), cue, speaker)

    def _clause_starts(self, start: int, comma: int) -> list[int]:
        """Where clauses begin in ``v[start:comma]``, before a parenthetical attribution ("...,
        which, Tompkins said, is ..."): not at "that" in "But that plan was flawed, he said" (a
        word that opens the sentence starts no clause inside it), nor after a subordinator whose
        clause is complete before the comma ("41 people drowned when a boat capsized off Lesbos,
        officials said": the main clause is claimed too)."""
        return [
            m.end()
            for m in _CLAUSE_BREAK.finditer(self.v, start, comma)
            if not (
                _LEADING_FILLER.fullmatch(self.v[start : m.start()] + " ")
                or _SUBORDINATOR.fullmatch(self.v, start, m.start())
                or (_ADVERBIAL_SUBORDINATOR.fullmatch(m.group().strip()) and self.v[m.end() : comma].strip())
            )
        ]

    def _inverted_parenthetical(self, start: int, end: int, cue: tuple[int, int]) -> _Draft | None:
        """'SUBJECT, said X, PREDICATE.' ("The armed men, said witnesses, stormed the hall."): an
        inverted attribution between a claim's subject and its verb; the claim runs across it."""
        if not self.v[start : cue[0]].rstrip().endswith(","):
            return None
        speaker = self.speaker_after(cue[1], end)
        after = re.match(r"\s*,\s*", self.v[speaker[1] : end]) if speaker else None
        if speaker is None or after is None:
            return None
        before = _TOKEN.findall(self.v[start : cue[0]])
        rest = _TOKEN.findall(self.v[speaker[1] + after.end() : end])
        if not rest or not rest[0].islower() or not _verb_like(rest[0]):
            return None  # "..., said Ana Ruiz, a nurse", "..., said Ana Ruiz, adding ..."
        verbs = [
            word
            for index, word in enumerate(before)
            if _finite_verb(word) or (_plain_past(word) and index and before[index - 1].lower() not in _DETERMINERS)
        ]
        if not before or verbs:
            return None  # "The men fled, said Ana Ruiz, and ...": a clause of its own (not "(The) armed men")
        return _Draft("indirect", (self._trim(start, end),), cue, speaker)

    def _opening_participle(self, start: int, end: int, cue: tuple[int, int]) -> _Draft | None:
        """'Claiming the criticism was staged, Trump told Fox ...', 'After saying her knee was "badly
        hurt," she ...': a participle opening the sentence, alone or after a preposition, is the
        main clause's subject's claim, its content up to the comma before that clause."""
        opener = self.v[start : cue[0]].lstrip(" \"'(\u201c")
        if (opener and not _OPENING_PREPOSITION.fullmatch(opener)) or not _ing_form(self.v[cue[0] : cue[1]]):
            return None
        after = self._after_object(cue, end)
        for comma in re.finditer(r",[\"\u201d]?\s", self.v[after:end]):
            subject = self.subject(after + comma.end(), end)
            if subject is None:
                continue
            content = self._trim(after, after + comma.end())
            text = self.v[content[0] : content[1]]
            if _n_words(text) < _MIN_CONTENT_WORDS or text.split()[0].lower() in _OCCASION_START:
                return None  # "Speaking to reporters, Putin said ...": the occasion, not a claim
            return _Draft("indirect", (content,), cue, subject)
        return None

    def _past_leading_attribution(self, start: int, end: int) -> int:
        """Where a claim before its attribution starts: after a short attribution and a colon
        opening it ("Putin speaks: the incident was ..., he says"), else at ``start``."""
        lead = _LEADING_ATTRIBUTION.match(self.v, start, end)
        verb = lead.group(1) if lead else ""
        return lead.end() if lead and (self.cues.is_cue(verb) or verb in _SPEAKS) else start

    def _content_then_speaker(self, start: int, end: int, cue: tuple[int, int]) -> _Draft | None:
        """'CONTENT, X said (in a statement).' / 'CONTENT, said X.'"""
        comma = _comma_before(self.v, start, cue[0])
        opening = comma + 1
        dashes = list(_APPOSITION_DASH.finditer(self.v, max(comma, start), cue[0]))
        if dashes:  # "CONTENT - a charge Abu Dhabi rejects": the dash is the comma
            comma, opening = dashes[-1].span()
        if comma == -1 or _CONCESSIVE.match(self.v, opening, cue[0]):
            return None  # "..., though no government has blamed Russia": a clause of its own
        after_object = self._after_object(cue, end)
        if after_object > cue[1] and _ACCUSATION.match(self.v[cue[0] : cue[1]]):
            return None  # "When Putin spoke, he blamed Israel.": the object is the accused, no addressee
        after = re.split(r",\s", self.v[after_object:end], maxsplit=1)[0].rstrip(' ."')
        if self.v[opening : cue[0]].strip():
            if self._modifying_participle(cue, end):
                return None  # "CONTENT, minutes published on Thursday showed.": the last verb reports
            if self.v[cue[0] : cue[1]].lower() in _CHARGED_ON and _CHARGED_ON_AFTER.match(self.v, cue[1]):
                return None  # "CONTENT, the latest of the killings blamed on cartels.": no one speaks
            last_word = re.search(r"(\w+)\s*$", self.v[opening : cue[0]])
            if last_word and last_word.group(1) in _GERUND_PREPOSITIONS:
                return None  # "On Monday, soldiers opened fire without warning.": a gerund, no attribution
            speaker = self.speaker_before(opening, cue[0]) if _AFTER_CUE_FILLER.match(after) else None
        else:
            speaker = self.speaker_after(cue[1], end)
            if speaker is None and _AFTER_CUE_FILLER.match(after):
                # "CONTENT, an adviser, Hikmet Hajiyev, told reporters": the speaker and its
                # apposition fill the comma groups from the earliest one a speaker opens, after
                # a clause (not "Roy Cooper (D), the mayor's opponent, called Friday for ...") that
                # is no quotation (whose attribution the direct quote's rules read)
                for earlier in [m.start() for m in re.finditer(",", self.v[start:comma])][-2:]:
                    found = self.speaker_before(start + earlier + 1, cue[0])
                    before = self.v[start : start + earlier].rstrip()
                    clause = re.search(r"(?<![\w'-])[a-z]{2,}", before) and not before.endswith(_CLOSING_QUOTE_MARKS)
                    inside = self.inside_quote(start + earlier, start + earlier + 1)
                    if found and clause and not inside and not self.v[start + earlier + 1 : found[0]].strip():
                        comma, speaker = start + earlier, found
                        opening = comma + 1
                        break
        content = self._trim(self._past_leading_attribution(start, comma), comma, fronted=True)
        if speaker is None or _n_words(self.v[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
            return None
        inverted = speaker[0] > cue[0]
        set_off = not inverted and self.v[speaker[1] : cue[0]].strip() == ","
        claim = self.v[content[0] : content[1]]
        if aside := _SUBJECT_ASIDE.search(claim):
            claim = claim[: aside.start()]  # "The driver, who was not hurt, [said]": the relative's verb is no claim's
        if (inverted and not self.headline_at(cue[0]) or set_off) and _verbless_phrase(claim.split()):
            # "Iran, Hezbollah's main backer, warned Israel against ...", "His lawyer, John Smith,
            # said on Sunday.": a subject and its apposition, not a claim
            return None
        if self._relative_speaker(speaker):
            # "..., Trump was a novice politician who had never debated.", "So does China, whose leader
            # warned him": nothing is claimed
            return None
        if _SUBORDINATOR_AT_END.search(self.v, opening, speaker[0]):
            return None  # "..., with Orban saying ... while the war continued": a clause of its own
        if not inverted and any(self.verb_cue(self.v[a:b]) for a, b in self.clause_cues(opening, speaker[0])):
            # "Peskov, said the accusations were ... typical of the hysteria in the Baltic states": a
            # phrase inside another cue's claim is no speaker after the comma (not a noun's "charges
            # North Korea has denied")
            return None
        relative = re.search(r"\b(?:that|which|whom)\s*$", self.v[opening : speaker[0]])
        if relative and not (
            relative.group(0).startswith("which") and self.v[cue[0] : cue[1]].lower() in _DISPUTING_FORMS
        ):
            # "cited problems in A, B and elsewhere that he blamed on X": a relative clause; but
            # "..., which New Delhi denies" disputes the whole claim before it
            return None
        return _Draft("indirect", (content,), cue, speaker)

    def _modifying_participle(self, cue: tuple[int, int], end: int) -> bool:
        """Whether a past cue after the subject's noun modifies it, the clause's verb being a later
        cue that ends the clause ("..., minutes of the meeting published on Thursday showed.",
        "..., data released by the agency found."); not "..., officials said in a report published
        Thursday", whose later cue has words after it."""
        if not _past_cue(self.v[cue[0] : cue[1]].lower()):
            return False
        comma = self.v.find(",", cue[1], end)
        clause_end = comma if comma != -1 else end
        later = [c for c in self.cues.find(self.v, cue[1], clause_end) if not self.inside_quote(*c)]
        return bool(later) and not self.v[later[-1][1] : clause_end].strip(' .!?"\u201d')

    def _trim(self, start: int, end: int, fronted: bool = False) -> tuple[int, int]:
        """Strip white space, and end punctuation unless a closing quote ends the span.

        The content ends where a new clause of its own starts: a semicolon, a dash, or
        ", adding / saying / arguing / according to ...", and, unless the content is
        ``fronted`` (before its cue), the outlet's participle clause and, in a headline, another
        subject's clause after a comma.
        """
        ends: tuple[re.Pattern[str], ...] = (
            (_CONTENT_END, _PASSIVE_THEN_ACT)
            if fronted
            else (
                _CONTENT_END,
                _PASSIVE_THEN_ACT,
                _OUTLET_PARTICIPLE,
                _OUTLET_TIME_CLAUSE,
                _OUTLET_WITH_CLAUSE,
                _OUTLET_COMMENT,
            )
        )
        cuts = [cut for cut in (pattern.search(self.v, start, end) for pattern in ends) if cut]
        if not fronted:
            cuts += [
                cut
                for cut in [_AND_NEW_SUBJECT_PAST.search(self.v, start, end)]
                if cut and _backshifted(self.v[start : cut.start()])
            ]
        if not fronted and self.headline_at(start):
            cuts += [cut for cut in [_HEADLINE_NEXT_CLAUSE.search(self.v, start, end)] if cut]
            cuts += [cut for cut in _HEADLINE_NEXT_VERB.finditer(self.v, start, end) if self.cues.is_cue(cut.group(1))]
            as_clauses = _HEADLINE_AS_CLAUSE.finditer(self.v, start, end)
            cuts += [cut for cut in as_clauses if self._before_headline_as(cut.start())]
        cuts = [
            cut
            for cut in cuts
            if not self.inside_quote(cut.start(), cut.end())
            and not self._inner_participle(cut, end)
            and not (cut.re is _OUTLET_WITH_CLAUSE and not self.cues.is_cue(cut.group().split()[-1]))
            # "said that, when he arrived, ...": the clause opens the content
            and not (cut.re is _OUTLET_TIME_CLAUSE and _n_words(self.v[start : cut.start()]) < 3)
        ]
        if cuts:
            end = min(cut.start("act") if "act" in cut.re.groupindex else cut.start() for cut in cuts)
        if not fronted and (same := _SAME_CLAIM.match(self.v, start, end)):
            end = same.end()  # "said the same thing when we built the tram line": the claim named
        end = max(
            [end] + [q_end for q_start, q_end, _ in self.quote_index.starting(start, end) if q_start < end < q_end]
        )
        if not fronted:
            opening = start + len(self.v[start:end]) - len(self.v[start:end].lstrip())
            for q_start, q_end, _ in self.quote_index.starting(opening, opening):
                if q_start == opening and q_end < end and _CIRCUMSTANCE_AFTER.match(self.v, q_end, end):
                    end = q_end  # 'shouted "resign" as she left the chamber': the quotation is what was said
        start = self.dateline_end(start, end) or start
        rubric = _rubric_end(self.v, start, end)
        if rubric is not None and self.headline_at(start):
            start = rubric  # "Exclusive: Russia helped ..., documents show": the outlet's label
        label = _CLAIM_LABEL.match(self.v, start, end)
        if label and any(p_start == start for p_start, _ in self.paragraphs):
            start = label.end()  # "THE CLAIM: Crime has doubled, the nominee said.": a fact check's label
        # a day closing a content before its cue dates the event, not the saying ("The plane
        # crashed on Monday, the ministry said")
        for trailing in _TRAILING_CIRCUMSTANCES[1:] if fronted else _TRAILING_CIRCUMSTANCES:
            found = trailing.search(self.v, start, end)
            before = self.v[start : found.start()].split()[-2:] if found else []
            relative_verb = len(before) == 2 and before[0] in ("that", "which", "who") and _verb_word(before[1])
            if trailing is _TRAILING_MEDIUM and relative_verb:
                continue  # "services that advertised on Facebook": a relative clause's own verb's
            end = found.start() if found and _n_words(self.v[start : found.start()]) >= 1 else end
        chunk = self.v[start:end]
        stripped = chunk.strip()
        if not stripped.endswith('"'):
            stripped = stripped.rstrip(".;:,")
            # "called for a ceasefire and [said ...]": a content cut before the next verb ends before its "and"
            stripped = _TRAILING_CONJUNCTION.sub("", stripped)
        offset = start + len(chunk) - len(chunk.lstrip())
        return offset, offset + len(stripped)

    def _inner_participle(self, cut: re.Match[str], end: int) -> bool:
        """Whether an outlet's participle clause is an aside inside the content, closed by a comma
        before the content's own verb ("that the company operating a mine where a tunnel
        collapsed, trapping 22 workers, had ignored warnings") or before the cue's next "that"
        ("said the tanker had hit a boat, injuring two, and that it was seized")."""
        if cut.re is not _OUTLET_PARTICIPLE:
            return False
        closing = self.v.find(",", cut.end(), end)
        verb = _TOKEN.search(self.v, closing + 1, end) if closing != -1 else None
        if verb is not None and re.match(r"\s*and\s+that\s", self.v[closing + 1 : end]):
            return True
        return (
            verb is not None
            and not self.v[closing + 1 : verb.start()].strip()
            and bool(_AUXILIARY_WORD.fullmatch(verb.group()))
        )

    def colon_headline(self, start: int, end: int) -> list[_Draft]:
        """'Kremlin: Putin did not ...': in a headline, a short name before a colon is the speaker;
        in the body, a name in capitals before a colon at a paragraph's start ("WALLACE: ...")."""
        if not self.headline_at(start):
            return self._spoken_line(start, end)
        match = re.match(r"([^:]{1,60}):\s+(\S.*)", self.v[start:end])
        if not match or _n_words(match.group(1)) > 5 or not match.group(1)[:1].isupper():
            return []
        if _rubric_end(self.v, start, end) is not None:
            return []  # "Opinion: ...", "Analysis: ...": the outlet's section label, not a speaker
        words = match.group(1).split()
        head = words[-1].lower().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
        event = words[-1].islower() and head.endswith("ing")  # "Greek ferry sinking", "school shooting"
        if len(words) > 1 and (head in _TOPIC_HEADS or head.removesuffix("s") in _TOPIC_HEADS or event):
            # "Libya dam collapse: officials trade blame", "Brazil floods: governor blames ...": the
            # story's topic, not its speaker
            return []
        lead = next((words[:i] for i in range(1, len(words)) if words[i] in _PREPOSITIONS), [])
        if lead and (lead[-1].lower() in _TOPIC_HEADS or (lead[-1].endswith("ing") and lead[-1][:1].isupper())):
            return []  # "Flooding in Libya: ...", "War in Sudan: ...": an event before its place (not "Obama on ...")
        if (
            any(word.islower() for word in words[1:])
            and not any(word in _PREPOSITIONS for word in words[1:])  # "Obama on Climate Change: ..." speaks
            and head not in _SPEAKER_NOUNS
            and not resolve_phrase(match.group(1), self.registry)
        ):
            return []  # "Kerch bridge blast: Moscow vows revenge": a topic, not a speaker
        if (
            head.isalpha()
            and head not in _SPEAKER_NOUNS
            and not resolve_phrase(match.group(1), self.registry)
            and _pattern_for(r"(?<![\w'\u2019-])" + re.escape(head) + r"(?![\w'\u2019-])").search(self.v)
        ):
            return []  # "Heatwave: government accused ..." and "the July heatwave" below: a common noun, a topic
        after = _TOKEN.findall(match.group(2))
        if after[:1] in (["a"], ["an"], ["the"]) and not any(_verb_word(word) for word in after):
            return []  # "Ethiopia and Eritrea: a fragile peace": a subtitle, a noun phrase no one says
        content_start = start + match.start(2)
        own_cue = next(iter(self._verb_cues(content_start, end)), None)
        own_subject = self.v[content_start : own_cue[0]] if own_cue else ""
        if (
            own_cue
            and 1 <= _n_words(own_subject) <= 4
            and re.fullmatch(r"[\w' -]+", own_subject)
            and re.fullmatch(r"[a-z]+s", self.v[own_cue[0] : own_cue[1]])
        ):
            return []  # "Wildfires: Greenpeace blames logging firms": its own speaker and cue, the label a topic
        speaker = self._valid_speaker(start, start + len(match.group(1)))
        colon = start + len(match.group(1))
        content = self._trim(content_start, end)
        return [_Draft(self._quoted_kind(content), (content,), (colon, colon + 1), speaker)] if speaker else []

    def _spoken_line(self, start: int, end: int) -> list[_Draft]:
        """A paragraph opened by its speaker: a transcript's "WALLACE: ..." or "Moderator: ...", an interview's "A: ..."
        after "Q: ..." (the interviewee's own words, set off without quotation marks)."""
        if not any(p_start == start for p_start, _ in self.paragraphs):
            return self._person_colon(start, end)
        label = _CLAIM_LABEL.match(self.v, start, end)
        if label:  # "Claim: Israeli jets hid behind the plane.": the claim examined, nobody's named
            if self._verb_cues(label.end(), end):
                return []  # "Claim: Speaking on Radio 4, Cleverly said crime had fallen": its own attribution
            content = self._trim(label.end(), end)
            return [_Draft("indirect", (content,), label.span(1), None, unattributed=True)]
        answer = _ANSWER.match(self.v, start, end)
        interviewee = self._interviewee(start) if answer else None
        line = answer if interviewee else _TRANSCRIPT.match(self.v, start, end) or _ROLE_LINE.match(self.v, start, end)
        if line is None and self._after_question(start):
            line = _NAMED_ANSWER.match(self.v, start, end)  # "Question: ... | Lagarde: We are not ..."
        if line is None:
            return self._person_colon(start, end)
        if interviewee is None and line.group(1).lower() in _RUBRICS:
            return []  # "UPDATE: ...", "CORRECTION: ...": the outlet's own note, not a speaker
        if interviewee is None and self.dateline_end(start, end) is not None:
            return []  # "NEW DELHI: ...", a news digest's "BRAZIL: ...": a dateline, not a speaker
        speaker = interviewee or self._valid_speaker(line.start(1), line.end(1))
        paragraph_end = next(p_end for p_start, p_end in self.paragraphs if p_start == start)
        # the speaker's words run to the paragraph's end ("A: I understand that view, but I would
        # argue ..."): no clause of the outlet's cuts them
        spoken = self.v[line.end() : paragraph_end].rstrip()
        content = (line.end(), line.end() + len(spoken if spoken.endswith('"') else spoken.rstrip(".;:,")))
        if self.v[content[1] - 1 : content[1]] == '"' and self.v[start] == '"':
            content = (content[0], content[1] - 1)
        self.transcripts.append(content)
        cue = (line.start(2), line.end(2))
        return [_Draft("direct", (content,), cue, speaker)] if speaker and content[1] > content[0] else []

    def _after_question(self, start: int) -> bool:
        """Whether the paragraph before the one at ``start`` is an interview's question ("Q: ...",
        "Question: ...", or a label and words ending in a question mark: "The Guardian: You cut
        1,200 jobs. Was that necessary?")."""
        before = [(p_start, p_end) for p_start, p_end in self.paragraphs if p_start < start]
        if not before:
            return False
        p_start, p_end = before[-1]
        asked = _NAMED_ANSWER.match(self.v, p_start, p_end) and self.v[p_start:p_end].rstrip().endswith("?")
        return _QUESTION.match(self.v, p_start) is not None or bool(asked)

    def _interviewee(self, answer: int) -> tuple[int, int] | None:
        """In a question-and-answer interview, the person answering: the last name of two or more
        words before the first question ("We asked its chief economist, Huw Pill, what comes
        next. Q: ..."), when one is named there; else nobody. A sentence's first words are a name
        only before an apposition ("Nora Lindqvist, a professor at ..."); a newspaper's or a
        school's name ("Stockholm University") is nobody's, nor is a name after a preposition of
        place ("lives in the town of Harrow Creek")."""
        questions = [p_start for p_start, _ in self.paragraphs if p_start < answer and _QUESTION.match(self.v, p_start)]
        if not questions:
            return None
        floor = max(0, questions[0] - _INTRODUCTION_CHARS)
        spans: list[tuple[int, int]] = []
        for match in _PROPER_NAME.finditer(self.v, floor, questions[0]):
            if spans and self.v[spans[-1][1] : match.start()] == " " and "\n" not in self.v[spans[-1][0] : match.end()]:
                spans[-1] = (spans[-1][0], match.end())  # a title's words, then the name ("Foreign Minister ...")
            else:
                spans.append(match.span())
        names = [
            (start, end)
            for start, end in spans
            if len(words := self.v[start:end].split()) > 1
            and (self.v[self.sentence_of(start)[0] : start].strip() or self.v.startswith(", ", end))
            and words[0].lower() not in _DETERMINERS  # not "The Central Bank"
            and words[-1] not in self.registry.words.media_titles
            and not _NOBODY_BEFORE_NAME.search(self.v, max(floor, start - 10), start)
        ]
        return names[-1] if names else None

    def dash_headline(self, start: int, end: int) -> list[_Draft]:
        """'Kiev regime shells Donetsk market - DPR head', 'Israel misled Moscow — Kremlin': in a
        headline, a short speaker after a final dash (a registry actor, or a phrase whose last word
        names a speaker) says the rest, as wire services title their reports. Not a site's name
        ("... - BBC News"): no actor and no speaker noun."""
        if not self.headline_at(start):
            return []
        match = _DASH_SOURCE.search(self.v, start, end)
        if match is None or _n_words(self.v[start : match.start()]) < 2:
            return []
        source = (match.start(1), match.end(1))
        phrase = self.v[source[0] : source[1]]
        head = phrase.split()[-1]
        if not (resolve_phrase(phrase, self.registry) or (head.islower() and head in _DASH_SPEAKER_NOUNS)):
            return []  # "DPR head", "Kremlin", "Peskov"; not "BBC News", "live updates"
        speaker = self._valid_speaker(*source)
        content = self._trim(start, match.start(), fronted=True)
        dash = (match.start() + 1, match.start() + 2)
        return [_Draft(self._quoted_kind(content), (content,), dash, speaker)] if speaker else []

    def _quoted_kind(self, content: tuple[int, int]) -> QuoteKind:
        """A speaker's colon before one whole quotation ('Blinken: "Diplomacy is still possible"')
        gives the speaker's own words; before unquoted words, the outlet's summary of them."""
        whole = any(q_end == content[1] for _, q_end, _ in self.quote_index.starting(content[0], content[0]))
        return "direct" if whole else "indirect"

    def _person_colon(self, start: int, end: int) -> list[_Draft]:
        """'12:20 Lieberman: Israel will not apologise.': in the body, a surname the registry knows
        as a person's or a titled name ("Mr Hughes (Leeds North):"), alone before a colon at a
        paragraph's start (after a time stamp), speaks the rest, as in live blogs, news digests and
        transcripts."""
        match = _PERSON_COLON.match(self.v, start, end)
        if not match or not (
            match.group("title") or self.registry.form_actor.get(match.group(3), ("", ""))[1] == "people"
        ):
            return []  # a titled name ("Ms Patel:") or a surname the registry knows ("Lieberman:")
        opening = max((p_start for p_start, _ in self.paragraphs if p_start <= start), default=None)
        stamp = opening is not None and _TIMESTAMP.match(self.text, self.view.to_original(opening))
        if opening != start and not (stamp and self.view.from_original(stamp.end()) == start):
            return []  # mid-paragraph: "... as he put it to Putin: ..." is no digest line
        colon = match.end(1)
        content = self._trim(match.end(), end)
        speaker = (match.start(1), colon)
        return (
            [_Draft(self._quoted_kind(content), (content,), (colon, colon + 1), speaker)]
            if content[1] > content[0]
            else []
        )

    def indirect(self, direct: list[_Draft]) -> list[_Draft]:
        used = {d.cue[0] for d in direct if d.cue}
        # a clause holding a quoted fragment ('and it blamed "inaccurate" fire ...', found with the
        # quotations) or a labelled claim's label ends an earlier content as any attribution does
        bounding = sorted(
            (
                d
                for d in direct
                if d.cue and (d.kind == "indirect" or self._claim_apposition(d.cue) or self._coordinated_cue(d.cue))
            ),
            key=lambda d: d.cue[0] if d.cue else 0,
        )
        positions = [d.cue[0] for d in bounding if d.cue]
        drafts: list[_Draft] = []
        for start, end in self.sentences:
            found = (
                self.according_to(start, end)
                + self.colon_headline(start, end)
                + self.dash_headline(start, end)
                + self.nominal_claims(start, end)
            )
            used.update(d.cue[0] for d in found if d.cue)
            mixed = bounding[bisect_left(positions, start) : bisect_left(positions, end)]  # kept with the quotations
            ended = self._end_before_next(found + self.reported_speech(start, end, used) + mixed)
            drafts.extend(d for d in ended if not any(d.cue == m.cue for m in mixed))
        return drafts

    def end_mixed(self, direct: list[_Draft], indirect: list[_Draft]) -> list[_Draft]:
        """A quoted fragment's clause after its cue ('blamed "thugs" for the clashes and praised
        officers ...', from `_mixed_after`) ends, as any content does, where a later attribution in
        its sentence begins."""
        ended = []
        for draft in direct:
            if draft.kind == "indirect" and draft.cue and len(draft.fragments) == 1:
                start, end = self.sentence_of(draft.cue[0])
                later = [d for d in indirect if d.cue and start <= d.cue[0] < end]
                adjusted = self._end_before_next([draft, *later]) if later else []
                draft = next((d for d in adjusted if d.cue == draft.cue), draft)
                draft = self._charge_end(draft)
            ended.append(draft)
        return ended

    def _coordinated_cue(self, cue: tuple[int, int]) -> bool:
        """Whether a cue follows "and" or "but" with no subject between, in its sentence ("said A
        but noted "B"": the subject's second act of saying)."""
        start = self.sentence_of(cue[0])[0]
        return _COORDINATED_CUE.search(self.v, start, cue[0]) is not None

    def _relative_speaker(self, speaker: tuple[int, int]) -> bool:
        """Whether a speaker opens with a relative word ("who", "which", "whose foreign minister"):
        the subject of a relative clause, not of the sentence's own attribution."""
        return self.v[speaker[0] : speaker[1]].split()[0] in _ASIDE_RELATIVES

    def _restrictive_speaker(self, draft: _Draft) -> bool:
        """Whether a draft's speaker is a noun phrase with its restrictive relative word ("donors
        from around the country who [want]")."""
        return bool(draft.speaker and _RESTRICTIVE_END.search(self.v[draft.speaker[0] : draft.speaker[1]]))

    def _before_outer_that(self, draft: _Draft, earlier: list[_Draft], end: int) -> int:
        """'The lawyers argued that the videos showed real events and that the charges were
        baseless': a claim nested in an earlier claim's that-clause, with no "that" of its own,
        ends before the "and that" opening the earlier claim's next that-clause."""
        start = draft.fragments[0][0]
        if not draft.cue or len(draft.fragments) != 1 or self.v.startswith("that", start):
            return end
        parallel = _NEXT_THAT_CLAUSE.search(self.v, start, end)
        if parallel is None or self.inside_quote(parallel.start(), parallel.end()):
            return end
        outer = any(
            other.cue
            and self.v.startswith("that", other.fragments[0][0])
            and other.fragments[0][0] < draft.cue[0]
            and parallel.end() <= other.fragments[-1][1]
            for other in earlier
        )
        return self._trim(start, parallel.start())[1] if outer else end

    def _subject_participle_end(self, draft: _Draft, end: int) -> int:
        """'Official figures showing a fall in river pollution are misleading': a participle cue
        inside its sentence's subject (no comma and no verb before it) reports up to the
        sentence's own verb, the last "is", "are", "was" or "were" of its content (of two, after
        "that": "Protesters chanting that the vote was rigged were arrested"); one set off by commas
        right after the subject reports up to the last comma before a verb ("The court, saying that
        the law was invalid, ordered a new trial")."""
        start = draft.fragments[0][0]
        if not draft.cue or len(draft.fragments) != 1 or not _ing_form(self._cue_verb(draft.cue)):
            return end
        before = self.v[self.sentence_of(draft.cue[0])[0] : draft.cue[0]]
        words = before.split()
        if (
            words
            and start > draft.cue[0]
            and before.rstrip().endswith(",")
            and "," not in before.rstrip()[:-1]
            and not _OPENING_PREPOSITION.fullmatch(before.lstrip(" \"'(\u201c"))
            and not any(_verb_word(w) for w in words)
        ):
            # "The court, saying that the law was invalid, ordered a new trial": a participle aside
            # after the subject reports up to the comma before the sentence's own verb (the last such
            # comma: "saying that the law, passed in 2010, was invalid, ordered ...")
            closing = [
                comma.start()
                for comma in _COMMA.finditer(self.v, start, end)
                if len(after := self.v[comma.end() : comma.end() + 40].split()[:2]) == 2
                and (_finite_verb(after[0]) or _past_tense(after[0]) or _AUXILIARY_WORD.fullmatch(after[0]))
                and after[1].lower() not in _PREPOSITIONS
            ]
            return self._trim(start, closing[-1])[1] if closing else end
        if (
            not words
            or _OPENING_PREPOSITION.fullmatch(before.lstrip(" \"'(\u201c"))  # "After saying her knee was hurt, she"
            or "," in before
            or any(_finite_verb(w) or _plain_past(w) for w in words)  # not "Iran-backed groups claiming"
        ):
            return end
        verbs = [  # not a relative clause's own verb ("describing the deal that was signed")
            verb
            for verb in _VERB_AFTER_SUBJECT.finditer(self.v, start, end)
            if not _RELATIVE_END.search(self.v, start, verb.start()) and "," not in self.v[start : verb.start()]
        ]  # nor past a comma ("Keeps saying she opposed the war, when there are clips of ...")
        if (
            len(verbs) < (2 if self.v.startswith("that", start) else 1)
            or _n_words(self.v[start : verbs[-1].start()]) < 2
        ):
            return end  # "chanting that the vote was rigged were arrested": the that-clause's own verb first
        return self._trim(start, verbs[-1].start())[1]

    def _end_before_next(self, drafts: list[_Draft]) -> list[_Draft]:
        """In one sentence, a content ends where a later attribution's speaker begins."""
        drafts = sorted(drafts, key=lambda d: d.cue[0] if d.cue else d.fragments[0][0])
        adjusted: list[_Draft] = []
        for index, draft in enumerate(drafts):
            content_start, content_end = draft.fragments[0][0], draft.fragments[-1][1]
            content_end = self._before_outer_that(draft, drafts[:index], content_end)
            content_end = self._subject_participle_end(draft, content_end)
            aside = self._dash_aside(content_start) or (draft.speaker and self._relative_aside(draft.speaker))
            if aside and content_start > aside[0] and content_end > aside[1]:
                # "Trump — even as he says A — has proposed ...", "the witness, a businessman who
                # admitted fraud, is lying": a claim inside an aside ends with it
                content_end = self._trim(content_start, aside[1])[1]
            cue_at = draft.cue[0] if draft.cue else -1
            outer_end = min(
                (o.fragments[-1][1] for o in adjusted if o.fragments[0][0] < cue_at < o.fragments[-1][1]),
                default=content_end,
            )
            if content_start < outer_end < content_end:
                # "Johnson, who said he considered the matter closed, thanked him": a claim whose cue is
                # inside another's content ends with it
                content_end = self._trim(content_start, outer_end)[1]
            for later in drafts[index + 1 :]:
                if later.speaker == draft.speaker and draft.cue and content_start < draft.cue[0] < content_end:
                    continue  # "A, he said, B, adding C": the interrupting speaker goes on speaking
                apposition = self._claim_apposition(later.cue, content_start) if later.cue else None
                if apposition and apposition.start() < content_end:
                    # 'accused them of "playing politics," a charge Delgado called "rich"': the
                    # claim ends where the apposition naming it begins
                    content_end = self._trim(content_start, apposition.start())[1]
                    break
                cue = later.cue
                if cue and content_start <= cue[0] < content_end:
                    # a continued attribution ("and said ...", or 'but noted "B"' before its speaker is
                    # known) ends the content before it, and so does an inverted cue closing what it
                    # reports ("The nurses protested, said Ana Ruiz.")
                    speaker = later.speaker
                    continued = content_start < cue[0] and (
                        speaker[0] < content_start if speaker else self._coordinated_cue(cue)
                    )
                    inverted = speaker is not None and later.fragments[-1][1] <= cue[0] < speaker[0]
                    if continued or inverted:
                        content_end = self._trim(content_start, self._clause_start(content_start, cue[0]))[1]
                        break
                if later.speaker and content_start < later.speaker[0] < content_end:
                    # "the dam, which it says is essential, will not ...": the relative word before its speaker
                    inner = (
                        self._dash_aside(later.speaker[0])
                        or self._relative_aside(later.speaker)
                        or self._relative_aside(later.fragments[0])
                    )
                    if inner and content_start < inner[0] and inner[1] < content_end:
                        continue  # an attribution inside a dash or relative aside of the content leaves it whole
                    if self._restrictive_speaker(later):
                        continue  # inside the content's noun phrase (dropped below); the content goes on
                    # the later claim's relative word opens its clause ("... and how experts say ...")
                    word = later.fragments[0]
                    # a word or two before the speaker (not a parenthetical's whole claim, "A, one of
                    # them said, while B", which runs over its speaker)
                    relative = (
                        word[0] < later.speaker[0]
                        and not self.v[word[1] : later.speaker[0]].strip()
                        and len(self.v[word[0] : later.speaker[0]].split()) <= 2
                    )
                    begin = word[0] if relative else later.speaker[0]
                    clause = self._clause_start(content_start, begin)
                    if self.v[later.speaker[0] : later.speaker[1]] in _RELATIVE_SPEAKERS:
                        # "echoes the claims by X, the couple who threatened ...": the clause before the
                        # relative's antecedent; "endorses Trump, who says ...": the comma before "who"
                        antecedent = self._antecedent(later.speaker[0])
                        before = self._clause_start(content_start, antecedent[0]) if antecedent else None
                        clause = before if before is not None and antecedent and before < antecedent[0] else clause
                    opening = self.v[content_start:clause]
                    adverbial = re.fullmatch(r"that\s([^,;]{1,40})", opening)
                    if clause == begin or (adverbial and _OPENING_ADVERBIAL.match(adverbial.group(1))):
                        # nested: "X said that Y claimed ..." keeps Y's claim inside X's content, also
                        # after an adverbial that opens the that-clause ("said that around that time, Y ...")
                        continue
                    if (
                        draft.cue
                        and content_start < draft.cue[0]
                        and not self.v[draft.cue[1] : clause].strip()
                        and self.v[clause:begin].strip() == ","
                    ):
                        # "For years, the families said, police had blamed fans": the comma closing the
                        # content's own parenthetical attribution, the rest of the content right after
                        # it (not ", though they acknowledged ..."); the later claim is nested in it
                        continue
                    content_end = self._trim(content_start, clause)[1]
                    break
            own = [span for span in (draft.cue, draft.speaker) if span]
            if (
                own
                and content_start < min(own)[0] < max(own)[1] <= content_end
                and not self.v[max(own)[1] : content_end].strip()
            ):
                # "A, one of them said, while B ...": cut before the next clause, a parenthetical
                # attribution's content ends before it
                content_end = self._trim(content_start, min(own)[0])[1]
            speaker_start = draft.speaker[0] if draft.speaker else -1
            if self._restrictive_speaker(draft) and any(
                other.fragments[0][0] < speaker_start < other.fragments[-1][1] for other in drafts if other is not draft
            ):
                # "said members will help and donors who want A will send checks": a restrictive
                # relative inside another claim's noun phrase, whose own claim would run on into
                # the verb of that phrase ("will send checks")
                continue
            leftover = _BARE_CONJUNCTION.fullmatch(self.v[content_start:content_end])
            if (
                _n_words(self.v[content_start:content_end]) >= self._least_words(draft) and not leftover
            ):  # not "agreed, but also"
                adjusted.append(replace(draft, fragments=((content_start, content_end),)))
        return [self._disputed_claim(draft, adjusted) for draft in adjusted]

    def _disputed_claim(self, draft: _Draft, drafts: list[_Draft]) -> _Draft:
        """A denial after an apposition naming the claim before it ("Israel said Hamas fired the
        rocket, a charge Hamas denies", also a relative: ", which Hamas has denied") disputes the
        claim reported there ("Hamas fired the rocket"), not its report; other drafts unchanged."""
        if not (draft.cue and self._cue_verb(draft.cue) in _DISPUTING_FORMS):
            return draft
        start, end = draft.fragments[0][0], draft.fragments[-1][1]
        apposition = _LABELLED_CLAIM.match(self.v, end, draft.cue[0]) or _WHICH_CLAIM.match(self.v, end, draft.cue[0])
        if apposition is None or apposition.end() != draft.cue[0]:
            return draft
        reported = [
            d.fragments[0][0]
            for d in drafts
            if d is not draft and start < d.fragments[0][0] < d.fragments[-1][1] == end
        ]
        return replace(draft, fragments=((min(reported), end),)) if reported else draft

    def _dash_aside(self, position: int) -> tuple[int, int] | None:
        """The dashes around ``position`` when it lies inside a pair of them in its sentence ("A —
        even as he says B — C"): the opening dash's start and the closing dash's start."""
        start, end = self.sentence_of(position)
        dashes = [m.start() for m in _ASIDE_DASH.finditer(self.v, start, end)]
        opened = [d for d in dashes if d < position]
        closing = [d for d in dashes if d > position]
        if len(opened) % 2 == 1 and closing:
            return opened[-1], closing[0]
        return None

    def _relative_aside(self, speaker: tuple[int, int]) -> tuple[int, int] | None:
        """The commas around a relative clause whose "who" or "which" is ``speaker``, when the
        clause is an aside inside its sentence's subject and the sentence's own verb follows the
        closing comma ("the key witness, a businessman who has admitted fraud, is lying"), or
        inside an object whose complement follows it ("blamed Iran, which backs the rebels, for
        the attack"): the opening comma's start and the closing comma's start. Between the opening
        comma and the relative word a noun phrase of at most ten words and no verb ("the former
        prime minister and foreign minister who"); after the closing comma an auxiliary, a finite
        verb or "as", "of" or "for"."""
        if self.v[speaker[0] : speaker[1]] not in _RELATIVE_SPEAKERS:
            return None
        sentence_start, sentence_end = self.sentence_of(speaker[0])
        opening = self._last_comma(sentence_start, speaker[0])
        if opening is None or _CLAUSE_BREAK.search(self.v[opening + 1 : speaker[0]]):
            return None
        head = _TOKEN.findall(self.v[opening + 1 : speaker[0]].lower())
        if len(head) > 10 or any(_verb_word(word) for word in head):
            return None
        closed = self._first_comma(speaker[1], sentence_end)
        after = self.v[closed : closed + 30].split()[:1] if closed is not None else []
        if closed is None or not after:
            return None
        complement = _COMPLEMENT_AFTER_ASIDE.match(self.v, closed - 1)
        if not (_AUXILIARY_WORD.fullmatch(after[0]) or _finite_verb(after[0]) or complement):
            return None
        return opening, self.v.rindex(",", speaker[1], closed)

    def _clause_start(self, floor: int, position: int) -> int:
        """Start of the clause joining ``position`` to what precedes it (", but she ..." -> the comma);
        ``position`` itself after the "as" of a name given ("the group, known as Qilin, had claimed")."""
        before = self.v[floor:position]
        if _NAMED_AS_END.search(before):
            return position
        match = re.search(
            r"(?:[,;]\s*(?:and|but|while|although|though|as|yet)?|\s(?:and|but|while|as))"
            # "and had not decided", "but did not want", "and would not seek"
            r"(?:\s+(?:" + _AFTER_CONJUNCTION + r"|(?:" + _MODALS + r")(?:n['\u2019]t)?|not|never))*\s*$",
            before,
        )
        return floor + match.start() if match else position

    # -- speakers ---------------------------------------------------------------------
    def resolve(self, drafts: list[_Draft]) -> list[QuoteRecord]:
        """Quotes with speakers resolved (pronouns and generic nouns to earlier speakers)."""
        history: list[_Speaker] = []
        claims = SpanIndex([(start, end, draft) for draft in drafts for start, end in draft.fragments])
        quotes = []
        for draft in sorted(drafts, key=lambda d: (d.cue or d.fragments[0])[0]):
            name, actor = None, None
            if draft.speaker:
                phrase = " ".join(self.view.text[draft.speaker[0] : draft.speaker[1]].split())
                name, actor = self._resolve_speaker(phrase, draft.speaker[0], history, claims)
                if name == phrase:
                    actor = self._item_actor(phrase, draft.speaker[0]) or actor or self._apposition_actor(draft)
                is_person = (
                    bool(PERSON_WORDS.search(phrase))
                    or self._is_person(phrase)
                    or self._is_person(name)  # "he said" resolved to Sanders
                    or phrase.lower() in ("he", "she")
                )
                if not draft.possessor:
                    gender = _gender(phrase)
                    speaker = _Speaker(draft.speaker[0], name, actor, is_person, draft.kind == "direct", gender)
                    embedded = bool(history) and self._embedded_in(draft, history[-1], claims)
                    history.insert(len(history) - embedded, speaker)
            elif host := self._host_speaker(draft, claims, history):
                name, actor = host.name, host.actor
            elif history and not draft.unattributed:
                earlier = [h for h in history if h.direct] or history
                name, actor = earlier[-1].name, earlier[-1].actor
            quotes.append(self._to_quote(draft, name, actor))
        return quotes

    def _apposition_actor(self, draft: _Draft) -> str | None:
        """The actor an apposition after a speaker's name names, when the name names none ("Osama
        Hamdan, a senior Hamas official, blamed ...": Hamas; "COGAT, the Israeli military body that
        coordinates aid, said": Israel); not the claim itself ("As reported by Reuters, the jets had
        left ...") nor a clause."""
        assert draft.speaker is not None
        words = self.v[draft.speaker[0] : draft.speaker[1]].split()
        if not 0 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return None  # only a name: "officials, a group of ...", "a spokesman, the ..." are not named
        apposition = _NAME_APPOSITION.match(self.v, draft.speaker[1])
        if apposition is None or any(_verb_word(w) for w in apposition.group(1).split()):
            return None
        if any(start < apposition.end(1) and apposition.start(1) < end for start, end in draft.fragments):
            return None
        return resolve_phrase(apposition.group(1), self.registry)

    @staticmethod
    def _embedded_in(draft: _Draft, latest: _Speaker, claims: SpanIndex[_Draft]) -> bool:
        """Whether ``draft``'s speaker is named inside what ``latest`` said ("China accused
        Washington of bullying after the White House announced tariffs", "Peskov said Netanyahu
        told Putin ..."): a speaker in another's claim stays behind that speaker, who is still
        the one a later "it said" or "the ministry said" refers to."""
        assert draft.speaker is not None
        hosts = _claims_around(claims, draft.speaker[0], draft.speaker[0] + 1)
        return any(host.speaker is not None and host.speaker[0] == latest.position for host in hosts)

    def _host_speaker(self, draft: _Draft, claims: SpanIndex[_Draft], history: list[_Speaker]) -> _Speaker | None:
        """The speaker of the reported claim a direct quote with no speaker of its own lies inside:
        'Trump said the seizure showed "what I said about Iran"' quotes Trump, not the last speaker."""
        if draft.kind != "direct":
            return None
        start, end = draft.fragments[0][0], draft.fragments[-1][1]
        hosts = [
            host
            for host in _claims_around(claims, start, end)
            if host is not draft and host.kind == "indirect" and host.speaker
        ]
        if not hosts or hosts[-1].speaker is None:
            return None
        position = hosts[-1].speaker[0]
        return next((h for h in reversed(history) if h.position == position), None)

    def _is_person(self, phrase: str) -> bool:
        return any(self.registry.form_actor.get(word, ("", ""))[1] == "people" for word in phrase.split())

    def _resolve_speaker(
        self, phrase: str, position: int, history: list[_Speaker], claims: SpanIndex[_Draft]
    ) -> tuple[str, str | None]:
        words = [_OBJECT_PRONOUNS.get(word, _POSSESSIVE_PRONOUNS.get(word, word)) for word in phrase.lower().split()]
        if phrase.isupper() and (actor := resolve_phrase(phrase, self.registry)):
            return phrase, actor  # "US blames ...": a name in capitals, not the pronoun "us"
        antecedent = self._antecedent(position) if len(words) == 1 and words[0] in _RELATIVE_SPEAKERS else None
        if antecedent:
            phrase = " ".join(self.v[antecedent[0] : antecedent[1]].split())
            return phrase, resolve_phrase(phrase, self.registry)
        if len(words) > 1 and words[0] == "whose" and (antecedent := self._antecedent(position)):
            # "Russia, whose foreign minister said ...": the noun the relative belongs to names the actor
            holder = " ".join(self.v[antecedent[0] : antecedent[1]].split())
            return phrase, resolve_phrase(phrase, self.registry) or resolve_phrase(holder, self.registry)
        if words == ["who"] and not _ASIDE_END.search(self.v[max(0, position - 4) : position].rstrip()):
            return phrase, None  # "listeners to his program who said": someone unnamed, not the last speaker
        if len(words) == 1 and words[0] in WRITER_PRONOUNS and not self.inside_quote(position, position + len(phrase)):
            return phrase, None  # outside quotation marks, "I" and "we" are the writer or the outlet
        if len(words) == 1 and (accused := self._accused_denier(words[0], position)):
            # "accused Hezbollah of firing the rockets, a charge it denies": the accused denies
            return self._resolve_speaker(" ".join(self.v[accused[0] : accused[1]].split()), accused[0], history, claims)
        if len(words) == 1 and words[0] in _PRONOUNS:
            asked = self._asked_answerer(position) if words[0] in ("he", "she") else None
            if asked and _gender(asked) in (None, {"he": "m", "she": "f"}[words[0]]):
                return asked, resolve_phrase(asked, self.registry)  # "I asked the mayor why ... He said"
            if words[0] in ("he", "she", "who"):
                # failing a person, the last speaker that is no plural or document ("officials", "Data
                # from the survey", "A 2014 study"): "he" and "she" name one person
                singular = [
                    h
                    for h in history
                    if not _plural_or_document(h.name)
                    and h.name.lower() not in WRITER_PRONOUNS
                    and not (_NAMED_BODY.fullmatch(h.name) and not h.is_person)  # "the Commission on ..."
                    and _common_head(h.name).lower() not in _NON_PERSON_HEADS  # "the top British medical journal"
                    and h.name.lower() not in _NON_PERSON_HEADS  # a headline's "Tribunal Rejects ..."
                    and self.registry.form_actor.get(h.name, ("", "people"))[1] == "people"  # not "Baku"
                ]
                people = (
                    [h for h in history if h.is_person]
                    + self._people_before(position)
                    + self._speakers_again(singular, position)
                    + singular[-1:]
                )
                # never a person of the other gender: by title or noun ("Mr. Labrador"), or by the
                # pronoun that named them before ("..., she said" makes her "she" from then on)
                known = {h.name: h.gender for h in history if h.gender}
                wanted = {"he": "m", "she": "f"}.get(words[0])

                def fits(p: _Speaker) -> bool:
                    # at this position: the same subject, resolved for a cue before ("He urged ... and said")
                    return p.position <= position and (p.gender or known.get(p.name)) in (None, wanted)

                people = [p for p in people if fits(p)]
                answering = [p for p in self._answering(phrase, position, history) if fits(p)]
                latest = max(answering or people, key=lambda p: p.position, default=None)
                if latest and not latest.is_person and _common_head(latest.name).lower() in _BODY_NOUNS:
                    # "Tymoshenko said ..., an accusation the ruling party called a lie. She accused
                    # ...": one who spoke in the body's sentence and is no body, not its spokesman
                    sentence = self.sentence_of(latest.position)
                    latest = max(
                        (
                            p
                            for p in people + [s for s in singular if fits(s)]
                            if self.sentence_of(p.position) == sentence
                            and _common_head(p.name).lower() not in _BODY_NOUNS
                        ),
                        key=lambda p: p.position,
                        default=latest,
                    )
                possessive_word = {"he": "his", "she": "her"}.get(words[0])
                body_speaker = latest and not latest.is_person and _common_head(latest.name).lower() in _BODY_NOUNS
                if latest and body_speaker and latest.name.split()[0].lower() == possessive_word:
                    # "The candidate refused to concede. His campaign said ... '...,' he told
                    # supporters": the person "his" stood for, not the body
                    latest = max(
                        (
                            p
                            for p in people + [s for s in singular if fits(s)]
                            if p.position < latest.position and _common_head(p.name).lower() not in _BODY_NOUNS
                        ),
                        key=lambda p: p.position,
                        default=latest,
                    )
            elif own := self._own_subject(words[0], position, claims):
                # "Human Rights Watch has documented what it calls ethnic cleansing"
                return self._resolve_speaker(own, position, history, claims)
            elif words[0] == "it":  # a body or a document, never a person: "it was labeled" after Sanders spoke
                # nor things joined by "and" to a common noun ("the group and hospital staff")
                latest = next(
                    (
                        h
                        for h in reversed(history)
                        if (not h.is_person or voiced_body(h.name)) and not _JOINED_COMMON_NOUN.search(h.name)
                    ),
                    None,
                )
                spoken_for = voiced_body(latest.name) if latest else None
                if latest and spoken_for:  # "A spokesman for the union said ..., which it described as": the union
                    return spoken_for, resolve_phrase(spoken_for, self.registry) or latest.actor
            elif words[0] == "they":  # people or a body, not a document: "a court order asking X ..., they said"
                bodies = [h for h in history if not _document(h.name)]
                # not one person: 'Opposition leaders said ... said Labour's deputy leader. They called for'
                plural = [h for h in bodies if not h.is_person or self._several(h.name)]
                latest = (plural or bodies)[-1] if bodies else None
            else:
                latest = history[-1] if history else None
            if latest is None:
                return phrase, None
            # a person found in the text ("In a televised address, Sanchez said ... He said") has
            # the actor the same name had as a speaker
            same = (h.actor for h in reversed(history) if h.name == latest.name and h.actor)
            actor = latest.actor or next(same, None)
            if actor is None and _PROPER_NAME.fullmatch(latest.name):
                # "Lebanon's prime minister, Najib Mikati, condemned what he called ...": the name
                # found in the text closes a speaker's phrase that has the actor
                actor = self._named_earlier(_TOKEN.findall(latest.name)[-1], position, history)
            return latest.name, actor
        actor = resolve_phrase(phrase, self.registry)
        if actor is None and _PROPER_NAME.fullmatch(phrase):
            actor = self._named_earlier(_TOKEN.findall(phrase)[-1], position, history)
        if actor is None and (owner_name := _NAMED_PERSON_VOICE.match(phrase)):
            # "Erdogan's spokesman, Ibrahim Kalin" after "Turkish President Recep Tayyip Erdogan said":
            # who speaks for a person named before speaks for that person's actor
            actor = self._named_earlier(owner_name.group(1), position, history)
        titled = _OFFICE_NAME.fullmatch(phrase) if actor is None else None
        if titled:  # "Poland's president said ... President Andrzej Duda told reporters": Poland
            title = " ".join(titled.group(1).lower().split())
            named = self._named_before(title, position, claims, nameless=True)
            if named is None and title.endswith(" minister"):
                # "The Russian sports ministry dismissed the findings. Sports Minister Pavel Kolobkov
                # said": the head of the ministry named in the sentence before (not further back, where
                # another state's minister may speak next: "India's foreign ministry rejected ... New
                # Delhi said ...\n\nForeign Minister Melanie Joly said")
                start = self.sentence_of(position)[0]
                floor = self._preceding_sentence(start)[0] if start else 0
                named = self._named_before(title.removesuffix("minister") + "ministry", position, claims, floor=floor)
            actor = named[1] if named else None
        voiced = voiced_body(phrase) if actor is None else None
        if (
            voiced
            and re.fullmatch(r"the\s+(?:[a-z-]+\s+)?[a-z-]+", voiced)
            and voiced.split()[-1] in _GENERIC_HEADS | ORGANISATION_HEADS
        ):
            # "a spokesman for the agency, Andriy Yusov", "a spokesman for the group": whom "the agency" names
            return phrase, self._resolve_speaker(voiced, position, history, claims)[1]
        body = _BODY_TITLE_NAME.fullmatch(phrase) if actor is None else None
        if body:  # "The Israeli military denied it ... military spokesman Daniel Hagari said": Israel
            head = body.group(1).lower()
            speaker = _recent_speaker_of(head, history)
            named = None if speaker and speaker.actor else self._named_before(head, position, claims)
            actor = named[1] if named else (speaker.actor if speaker else None)
            if actor is None and not (speaker or named) and head in _STATE_BODY_HEADS:
                # "China rejected the claim. Foreign ministry spokeswoman Mao Ning said": as "the
                # ministry" would be, the state the sentence before names
                actor = self._previous_state(position, claims)
        if actor is None and _BARE_SPOKESMAN.fullmatch(phrase):
            # 'The Pentagon dismissed it. "...," spokesman Eric Pahon said': as "a spokesman" would be
            return phrase, self._resolve_speaker("a spokesman", position, history, claims)[1]
        role, comma, name = phrase.partition(", ")
        if (
            actor is None
            and comma
            and _PROPER_NAME.fullmatch(name)
            and (role.split()[-1].lower() in _GENERIC_HEADS or _body_possessor(role))
        ):
            # "The office's spokesman, Chen Binhua", "the ministry's spokesman, Ali Bagheri", "the
            # service's director, Erik Akerboom": a name no actor covers leaves the role to say whom
            # he speaks for
            return phrase, self._resolve_speaker(role, position, history, claims)[1]
        head = words[-1].removesuffix("'s").removesuffix("'")  # "the ministry's", "the officials'"
        generic = head in _GENERIC_HEADS or head.removesuffix("s") in _GENERIC_HEADS  # "its diplomats"
        if actor is None and phrase.lower().startswith(("its ", "their ")):
            # the title's head before a comma or a name: "Its information minister, Yemane G.", "its
            # deputy envoy Dmitry Polyanskiy"
            lead = phrase.split(",")[0].split()
            lead_head = next((w for w in reversed(lead) if w.islower()), lead[-1]).lower()
            if generic or lead_head in _GENERIC_HEADS or lead_head.removesuffix("s") in _GENERIC_HEADS:
                return phrase, self._sentence_owner(position)  # "Moscow ..., though its defence ministry said"
        if actor is None and generic and phrase.lower().startswith(("his ", "her ")):
            # "Poroshenko ... In a statement, his office said": the office of the person "he" is
            pronoun = {"his": "he", "her": "she"}[phrase.split()[0].lower()]
            return phrase, self._resolve_speaker(pronoun, position, history, claims)[1]
        if actor is None and words[0] == "the" and head in ORGANISATION_HEADS:
            # "Hezbollah said ... The group said", "The Iran-backed group claimed": the latest
            # organisation named before, as speaker or in the outlet's words
            return phrase, self.latest_organisation(position, head, history)
        if actor is None and words[0] == "the" and head in _ANTECEDENT_HEADS and phrase[4:].islower():
            # not a name of its own ("the Supreme Court" is no "the court")
            earlier = _recent_speaker_of(head, history)
            named = self._named_before(head, position, claims)
            spoke = (earlier.position, earlier.actor) if earlier and earlier.actor else None
            return phrase, max((p for p in (spoke, named) if p), default=(0, None))[1]
        # "the group's spokesman Yahya Saree": the role without the name after it
        role_only = re.sub(r"(?:\s+[A-Z][\w.'\u2019-]*){1,3}$", "", phrase) if actor is None else phrase
        generic_role = actor is None and role_only.split()[-1] in _GENERIC_HEADS
        owner = _COMMON_POSSESSOR.fullmatch(role_only) if generic_role else None
        # "The group's statement called ...": the group's, whoever the group is; "The agency's
        # director said": the agency's
        owner_body = owner.group(1) if owner else (_body_possessor(role_only) if actor is None else None)
        if owner_body:
            return phrase, self._resolve_speaker(owner_body, position, history, claims)[1]
        represented = _REPRESENTED.match(self.v, self.sentence_of(position)[0], position) if generic else None
        if actor is None and represented and (party := resolve_phrase(represented.group(1), self.registry)):
            return phrase, party  # "Speaking for France, the ambassador said ...": France
        if (
            actor is None
            and words[0] == "the"
            and head in _DOCUMENT_HEADS
            and (issuer := self._issuer(head, position, history))
        ):
            return phrase, issuer.actor  # "X said in a joint statement ... China, the statement said": X's
        if (
            actor is None
            and words[0] == "the"
            and head in _DOCUMENT_HEADS
            and (author := _recent_speaker_of(head, history))
            and author.actor
        ):
            return phrase, author.actor  # "according to a report by the UN ... The report accused": the UN's
        if actor is None and words[0] in ("the", "a", "an", "one", "another") and head in _GENERIC_HEADS:
            # "Israeli officials rejected it. ... one official told reporters": one of them;
            # not with a named group or place no actor stands for ("One Western official", "an Arab
            # diplomat", "the Gaza health ministry"): a capitalised word other than a body's own name
            *modifiers, final = phrase.split()[1:]
            proper = [  # an owner no actor stands for too ("The North's state news agency")
                w
                for w in modifiers
                if w.lower() not in _BODY_NAME_WORDS
                and (
                    re.fullmatch(r"[A-Z][\w.-]*", w)
                    or (re.fullmatch(r"[A-Z][\w.-]*['\u2019]s", w) and not resolve_phrase(w[:-2], self.registry))
                )
            ]
            if final.islower() and proper or _AID_MODIFIERS.intersection(w.lower() for w in modifiers):
                return phrase, None  # nor one of aid work ("a senior aid official"), no party's official
            if antecedent_head := next((w for w in modifiers if w.lower() in _ANTECEDENT_HEADS), None):
                # "The Saudi-led coalition said ... A coalition spokesman said": as "the coalition"
                # would be, not an earlier spokesman's
                return phrase, self._resolve_speaker("the " + antecedent_head.lower(), position, history, claims)[1]
            # "a military spokesman", "a government official": the spokesman of a state's body,
            # resolved as that body would be (not the agency that spoke last)
            head = next((w for w in modifiers if w in _STATE_BODY_HEADS), head)
            # a heading inside the body opens a new item (a roundup's "Protests in Tbilisi"):
            # "the interior ministry" under it is no body of a state named above it
            section = self._section_start(position)
            history = [h for h in history if h.position >= section]
            if labelled := self._paragraph_label(position):
                return phrase, labelled  # a roundup's "Russia: The foreign ministry said ...": Russia's
            spoke_before = history[-1] if history else None
            if (
                spoke_before
                and not modifiers
                and words[0] in ("a", "an")
                and final.lower() in ("spokesman", "spokeswoman", "spokesperson")
                and not spoke_before.is_person
                and spoke_before.actor
                and not self.v[self.sentence_of(spoke_before.position)[1] : self.sentence_of(position)[0]].strip()
            ):
                # "Ukraine's military intelligence said ... A spokesman, Andriy Yusov, told": the
                # spokesman of the body that spoke in the sentence before, not an earlier spokesman
                return phrase, spoke_before.actor
            earlier = _recent_speaker_of(head, history)
            if earlier:
                return phrase, earlier.actor
            # else the latest of the last speaker and a phrase with that head in the outlet's
            # words ("Syria's foreign ministry held Israel responsible. ... the ministry said")
            named = self._named_before(head, position, claims, floor=section)
            last = (history[-1].position, history[-1].actor) if history else None
            unnamed_body = last is not None and last[1] is None and head in _STATE_BODY_HEADS
            if last and head in STATE_HEADS and (self._non_state(last[1]) or unnamed_body):
                # "Human Rights Watch said ... The army denied it": no army of Human Rights Watch; a
                # state's body past one such speaker (or one of no actor) is the speaker's before, if
                # a state's ("The IDF said ... hours after the Iran-backed group claimed ... the
                # military said"); not a person ("the prime minister" may be someone new)
                before = history[-2] if len(history) > 1 and head in _STATE_BODY_HEADS else None
                state = before is not None and before.actor is not None and not self._non_state(before.actor)
                last = (before.position, before.actor) if before and state else None
            if last and not head.endswith("s") and _COORDINATED_NAME.search(history[-1].name):
                last = None  # "The United States and several European governments ... the government": not one of them
            if named and last and last[0] > named[0] and any(h.position == last[0] and h.is_person for h in history):
                # "Mali's military government ordered ..., after France's foreign minister said ...
                # The government said": a person is no government; the body so named before is it
                last = None
            person_last = last is not None and any(h.position == last[0] and h.is_person for h in history)
            if person_last and words[0] in ("a", "an", "one", "another"):
                # "Macron said ... As one diplomat put it": someone new, not one of a person
                last, person_last = None, False
            if (
                person_last
                and not named
                and head in _STATE_BODY_HEADS
                and (about := self._previous_state(position, claims))
            ):
                # "Beijing announced tariffs, hours after President Trump warned ... The commerce
                # ministry said": a person is no ministry; the state the outlet's last sentence is about
                return phrase, about
            if named or last:
                return phrase, max(p for p in (named, last) if p)[1]
            if head in _STATE_BODY_HEADS:
                return phrase, self._previous_state(position, claims)
        return phrase, actor

    @staticmethod
    def _several(name: str) -> bool:
        """Whether a speaker's name names more than one ("Opposition leaders", "Trump and Pence")."""
        head = re.split(r"[,(]", name)[0].split()
        return " and " in name or (bool(head) and _plural_noun(head[-1]))

    def _accused_denier(self, pronoun: str, position: int) -> tuple[int, int] | None:
        """The accused of an accusation earlier in the sentence when ``pronoun`` at ``position``
        denies it as a charge ("accused organisers of trying to storm parliament, a charge they
        denied", "blamed Hezbollah for the attack, which it denies"): the object's span."""
        if pronoun not in ("he", "she", "it", "they") or not _DENIED_CHARGE.match(self.v, position):
            return None
        start = self.sentence_of(position)[0]
        before = self.v[start:position]
        if not _CHARGE_REFERENCE.search(before):
            return None
        for verb in reversed(list(_ACCUSING_VERB.finditer(self.v, start, position))):
            passive = _ACCUSED_PASSIVE.search(self.v, max(start, verb.start() - 30), verb.end())
            if passive and passive.end() == verb.end():
                # "Saudi Arabia was accused (by several delegations) of obstructing ..., a charge it
                # denied": the subject of the passive is the accused
                return self.subject(start, verb.start())
            # the latest verb with an accused and a charge after it (not the noun in "a charge it denies")
            charge = _ACCUSED_AND_CHARGE.match(self.v, verb.end(), position)
            preposition = re.search(r"\s(?:of|for|with)\s+\S$", charge.group(1)) if charge else None
            if charge and preposition:
                return charge.start(1), charge.start(1) + preposition.start()
        return self._claimed_subject(pronoun, start, position)

    def _claimed_subject(self, pronoun: str, start: int, position: int) -> tuple[int, int] | None:
        """The subject of the claim the last cue in ``v[start:position]`` reports, when ``pronoun``
        denies it as a charge and agrees with it ("Rivals complained that the company favoured
        its own products, a charge it rejects": the company; "Prosecutors said Roth stole the
        money, a charge he denies": Roth): "they" a plural, "it" neither a plural nor a person,
        "he" and "she" a name or a person."""
        reference = _CHARGE_REFERENCE.search(self.v, start, position)
        end = reference.start() if reference else position  # not "claim" in ", a claim it denies"
        cues = [cue for cue in self.cues.find(self.v, start, end) if not self.inside_quote(*cue)]
        if not cues:
            return None
        at = cues[-1][1]
        words = list(re.finditer(r"[\w'\u2019.-]+", self.v[at:end]))[:10]
        that = next((i for i, w in enumerate(words[:4]) if w.group(0) == "that"), None)
        if that is not None:  # "said that A", "warned Israel that A": A
            words = words[that + 1 :]
        verb = next(
            (i for i, w in enumerate(words) if i and (_verb_word(w.group(0)) or _AUXILIARY_WORD.fullmatch(w.group(0)))),
            None,
        )
        if verb is None or verb > 5 or "," in self.v[at + words[0].start() : at + words[verb].start()]:
            return None
        first, head = words[0].group(0), words[verb - 1].group(0)
        if first.lower() in _SUBJECT_PRONOUNS or not (first.lower() in _DETERMINERS or first[:1].isupper()):
            return None
        span = (at + words[0].start(), at + words[verb - 1].end())
        phrase = self.v[span[0] : span[1]]
        person = bool(PERSON_WORDS.search(phrase)) or self._is_person(phrase)
        plural = _plural_noun(head) and not head[:1].isupper()  # not "Hamas"
        agrees = {
            "they": plural,
            "it": not plural and not person,
            "he": person or bool(_PROPER_NAME.fullmatch(phrase) and resolve_phrase(phrase, self.registry) is None),
        }
        return span if agrees["he" if pronoun == "she" else pronoun] else None

    def _own_subject(self, pronoun: str, position: int, claims: SpanIndex[_Draft]) -> str | None:
        """The subject of the pronoun's own sentence, when "it" or "they" speaks after that
        subject's verb ("Human Rights Watch has documented what it calls ...", "The officials would
        not detail it, but they pointed out ..."): a body for "it", a plural for "they"; never a
        person, nor after a quotation (whose "it said" names the last speaker), nor in an aside
        with no verb before it ("The average weekly benefit, it says, would be ...": the subject of
        the sentence before, if any), nor the subject of what the pronoun itself says ("All staff
        were safe, it said")."""
        if pronoun not in ("it", "they"):
            return None
        sentence_start = self.sentence_of(position)[0]
        before = self.v[sentence_start:position]
        aside = re.fullmatch(r"[^,]+,\s*", before) and not any(
            _finite_verb(w) or _past_tense(w) for w in before.split()
        )
        if not before.strip() or self._opening_adverbial(before) or aside:
            # "It has previously denied ...", "In a front-page editorial it accused ...", "The
            # researchers analysed DNA from 67 people. They found ..."; in an aside, "Iranian state
            # television gave a different account. The tanker, it reported, had ..."
            return self._previous_subject(sentence_start, pronoun, claims)
        if not before.strip() or any(mark in before for mark in '"\u201c\u201d'):
            return None
        # "When Russia pulled out of the deal, it blamed ...": the subject after the subordinator (or
        # a time: "In 2021 Washington condemned ..., a test it called ...": Washington);
        # "..., as Beijing staged exercises it described as ...": after the last one set off by a comma
        opening = _opening_filler(self.v, sentence_start, position)
        for comma in _COMMA.finditer(self.v, sentence_start, position):
            opening = _SUBORDINATOR.match(self.v, comma.end(), position) or opening
        found = self.subject(opening.end() if opening else sentence_start, position)
        if found is None or found[1] >= position:
            return None
        hosts = _claims_around(claims, found[0], found[1])
        if any(host.speaker is not None and host.speaker[0] == position for host in hosts):
            return None
        for host in hosts:
            if host.speaker is not None and found[1] < host.speaker[0] and host.speaker[1] <= position:
                # "New satellite images show ..., a US think tank said, in what it described as ...":
                # the subject is in the claim; "it" is the claim's speaker, named since
                return " ".join(self.v[host.speaker[0] : host.speaker[1]].split())
        between = _TOKEN.findall(self.v[found[1] : position])
        if not any(_finite_verb(w) or _past_tense(w) for w in between):
            return None
        phrase = " ".join(self.v[found[0] : found[1]].split())
        phrase = voiced_body(phrase) or phrase  # "A spokesman for the embassy said it": the embassy
        last = phrase.split()[-1]
        plural = " and " in phrase or (last.islower() and last.endswith("s")) or last.lower() in _PLURAL_WITHOUT_S
        if phrase.lower().split()[0] in _SUBJECT_PRONOUNS or self._is_person(last) or plural != (pronoun == "they"):
            return None
        return phrase

    @staticmethod
    def _opening_adverbial(before: str) -> bool:
        """Whether ``before`` is only an adverbial opening its sentence, with no verb ("In a
        front-page editorial ", "On Tuesday, ")."""
        words = before.split()
        return (
            bool(words)
            and bool(_PREPOSITION_START.match(before.lower()))
            and not any(_finite_verb(w) or _past_tense(w) or w.endswith("ing") for w in words[1:])
        )

    def _previous_subject(self, sentence_start: int, pronoun: str, claims: SpanIndex[_Draft]) -> str | None:
        """A body that is the subject of the sentence before, in the outlet's words, for an "it"
        opening the next ("The coalition did not respond to a request for comment. It has
        previously denied ..."): "the" and a singular noun, no person; for "they", "the" and a
        plural noun, people included ("The researchers analysed DNA ... They found"); none when
        that sentence quotes (an "it" in it may be anything the speaker named) or starts a new
        paragraph, nor for "it" when the subject is in a claim ("The vessel was boarded ..., the
        Fifth Fleet said. It called ...": the speaker, the last one, not what it spoke of)."""
        previous = self._sentence_before(sentence_start)
        if previous is None or any(mark in self.v[previous[0] : previous[1]] for mark in '"\u201c\u201d'):
            return None
        found = self.subject(*previous)
        if found is None or (pronoun == "it" and _claims_around(claims, *found)):
            return None
        words = self.v[found[0] : found[1]].rstrip(",;:").split()  # "The researchers, led by X,"
        head = words[words.index("of") - 1] if "of" in words[2:] else words[-1]  # "The government of Jordan"
        phrase = " ".join(words)
        if pronoun == "they":
            speakers = head in _SPEAKER_NOUNS and _plural_noun(head) and not _document(phrase)  # not "The talks"
            # "The researchers", or a bare plural ("Western governments reject that. They say ...")
            bare = words[0].lower() not in _DETERMINERS and (len(words) == 1 or words[0][:1].isupper())
            return phrase if (words[0].lower() == "the" or bare) and speakers else None
        person = any(p.fullmatch(head) for p in (PERSON_WORDS, _PERSON_SINGULAR))  # "the spokesman"
        # "The Kremlin"; a name after a modifier in lower case is a body's ("The pro-Kremlin Izvestia")
        modified = len(words) > 2 and words[1][:1].islower()
        known = head.islower() or resolve_phrase(phrase, self.registry) is not None or modified
        # or a body named by its state's adjective, with no determiner ("Iranian state television")
        owned = (
            words[0][:1].isupper() and len(words) > 1 and head.islower() and bool(resolve_phrase(phrase, self.registry))
        )
        if (words[0].lower() != "the" and not owned) or not known or head.endswith("s") or person:
            return None
        return phrase

    def _sentence_before(self, sentence_start: int) -> tuple[int, int] | None:
        """The sentence before the one at ``sentence_start`` in the same paragraph."""
        if sentence_start == 0 or any(start == sentence_start for start, _ in self.paragraphs):
            return None
        previous = self._preceding_sentence(sentence_start)
        return None if previous[1] > sentence_start else previous

    def _preceding_sentence(self, sentence_start: int) -> tuple[int, int]:
        """The sentence that ends before the one at ``sentence_start`` (above 0), in any paragraph."""
        return self.sentence_of(len(self.v[:sentence_start].rstrip()) - 1)

    def _asked_answerer(self, position: int) -> str | None:
        """Whom the sentence before asked a question, when the pronoun at ``position`` opens the
        next sentence: "I asked the mayor why the barriers were never built. He said ...": the
        mayor answers, not the last speaker. A common noun must be a speaker's ("the mayor")."""
        start = self.sentence_of(position)[0]
        previous = self._sentence_before(start) if not self.v[start:position].strip(' "\u201c') else None
        found = list(_ASKED.finditer(self.v, *previous)) if previous else []
        if not found or (found[-1].group("head") and found[-1].group("head") not in _SPEAKER_NOUNS):
            return None
        return " ".join(found[-1].group("who").split())

    def _previous_state(self, position: int, claims: SpanIndex[_Draft]) -> str | None:
        """The state that the subject of the sentence before, in the same paragraph, names: whose
        body an unowned "the Defence Ministry" is ("Moscow's line has shifted. The Defence Ministry
        first said ...": Russia's), or, opening a paragraph, the paragraph before when it is one
        sentence, as a lead is ("China imposed sanctions on ...\n\nThe commerce ministry said").
        Only a subject in the outlet's words, not one inside a claim ("Israel struck
        the camp, Abbas said": not Israel)."""
        start = self.sentence_of(position)[0]
        previous = self._sentence_before(start)
        if previous is None and start > 0:
            before = self._preceding_sentence(start)
            previous = before if self._sentence_before(before[0]) is None else None
        found = self.subject(*previous) if previous else None
        if found and _claims_around(claims, *found):
            return None
        phrase = self.v[found[0] : found[1]] if found else ""
        if not phrase or re.search(r"\b(?:and|or)\b|,", phrase):
            return None  # "Washington and several European governments ...": not one of them
        actor = resolve_phrase(phrase, self.registry)
        return actor if actor and not self._non_state(actor) else None

    def latest_organisation(self, position: int, head: str, history: Sequence[_Speaker] = ()) -> str | None:
        """The organisation (an actor of kind organisation) that "the <head>" at ``position`` names:
        the one named last before it, by a speaker or by a mention within the antecedent window;
        none when a new, unnamed one of that head comes after it ("NATO said ... A ransomware
        group claimed the attack. The group said": not NATO)."""
        found = [(h.position, h.actor) for h in history if h.position < position and self._organisation(h.actor)]
        for match in self.registry.pattern.finditer(self.v, max(0, position - _ANTECEDENT_CHARS), position):
            named = self.registry.form_actor.get(match.group(0), ("", ""))[0]
            if self._organisation(named):
                found.append((match.start(), named))
        named_at, actor = max(found, default=(0, None))
        unnamed = _pattern_for(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}" + re.escape(head) + r"\b", re.I)
        return None if actor and unnamed.search(self.v, named_at, position) else actor

    def _organisation(self, actor: str | None) -> bool:
        return self.registry.kind_of(actor) in ORGANISATION_KINDS

    def _non_state(self, actor: str | None) -> bool:
        """Whether ``actor`` is registered as an organisation or a people, not a state."""
        return self.registry.kind_of(actor) in _NON_STATE_KINDS

    def _item_actor(self, phrase: str, position: int) -> str | None:
        """The actor labelling the paragraph that holds the speaker ``phrase`` at ``position``
        (_paragraph_label: "- Germany: Chancellor Olaf Scholz said ...", "POLAND - The foreign
        ministry said"), for a person or a common noun's body there that names no actor itself,
        ahead of one a speaker in an earlier item lends it; not for a body's own name ("Ukraine:
        Human Rights Watch said" keeps its own), nor for a body a person owns."""
        labelled = self._paragraph_label(position)
        if labelled is None or resolve_phrase(phrase, self.registry) is not None:
            return None
        if re.search(r"['\u2019]s\s", phrase):
            return None  # "PAKISTAN: Former prime minister Imran Khan's party said": a person's body, not the state
        person = self._is_person(phrase) or PERSON_WORDS.search(phrase) or _OFFICE_NAME.fullmatch(phrase)
        return labelled if person or re.match(r"(?:the|a|an)\s+[a-z]", phrase, re.I) else None

    def _named_earlier(self, surname: str, position: int, history: list[_Speaker]) -> str | None:
        """The actor of a speaker named again by surname ("Pentagon press secretary Pat Ryder told
        reporters ... Ryder said": the United States): the latest earlier speaker with that surname
        and an actor, else a title before an earlier mention (in a headline, before the first
        mention below). Never a word the text also writes in lower case ("Officials said")."""
        named = _pattern_for(r"(?<![\w'\u2019-])" + re.escape(surname) + r"(?![\w'\u2019-])", re.I)
        occurrences = list(named.finditer(self.v))
        if any(match.group(0) != surname for match in occurrences):
            return None
        for earlier in reversed(history):
            words = _TOKEN.findall(earlier.name)
            # not "Donald Trump and Hillary Clinton": the actor there may be another conjunct's; not
            # "German doctors treating Ivan Sokolov", "lawyers for Sokolov": the name there is an object
            # (an "-ing" word before a noun is a modifier: "Madrid's sporting director, Juan Ortega")
            governed = any(
                w in _PREPOSITIONS or (w.endswith("ing") and (not following.islower() or following in _DETERMINERS))
                for w, following in zip(words[:-1], words[1:], strict=True)
                if w.islower()
            )
            if (
                earlier.actor
                and earlier.position < position
                and words[-1:] == [surname]
                and "and" not in words
                and not governed
            ):
                return earlier.actor
        mentions = list(reversed([m for m in occurrences if m.start() < position]))
        if self.headline_at(position):
            # "Zelensky: 'We will not give up our land'" above "Ukraine's President Volodymyr
            # Zelensky has ruled out ...": a headline's name is titled in the story below it
            mentions += [m for m in occurrences if m.start() > position][:1]
        for match in mentions:
            title = _TITLE_BEFORE_NAME.search(self.v, max(0, match.start() - 120), match.start())
            if title and self.sentence_of(title.start())[0] != self.sentence_of(match.start())[0]:
                title = None  # a headline's "the Turkish foreign minister" titles no name below it
            actor = title and resolve_phrase(title.group(0) + surname, self.registry)
            if actor:  # "talks led by Iranian envoy Ali Bagheri"
                return actor
        return None

    def _named_before(
        self, head: str, position: int, claims: SpanIndex[_Draft], nameless: bool = False, floor: int = 0
    ) -> tuple[int, str] | None:
        """(position, actor) of the latest phrase before ``position`` whose head is ``head`` and
        that names an actor (`named_before`), outside the ``claims`` found ("the Syrian army
        fired", the IDF said: no speaker of ours); with ``nameless``, only a title no name
        follows ("Poland's president said", not "Russian President Vladimir Putin")."""

        def skip(end: int) -> bool:
            if nameless and re.match(r"\s+[A-Z]", self.v[end : end + 2]):
                return True
            return any(a < end <= b for a, b, _ in claims.near(end - 1, end))

        plural = not (head.endswith("s") or nameless)  # "one official" after "Turkish officials"
        return named_before(self.v, head, position, self.registry, floor=floor, plural=plural, skip=skip)

    def _issuer(self, head: str, position: int, history: list[_Speaker]) -> _Speaker | None:
        """The speaker who spoke through a document with this head before ``position`` ("The FBI
        and the CIA said in a joint statement", "Amnesty, in a report released on Monday, said"):
        the latest speaker named in the sentence of the latest such document, within 2,000
        characters."""
        floor = max(0, position - 2000)
        pattern = r"\b(?:in|issued|released|published|sent)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + head
        issued = list(_pattern_for(pattern + r"\b", re.I).finditer(self.v, floor, position))
        if not issued:
            return None
        start, end = self.sentence_of(issued[-1].start())
        return next((h for h in reversed(history) if start <= h.position < min(end, position)), None)

    def _sentence_owner(self, position: int) -> str | None:
        """The actor an "its"/"their" at ``position`` most likely refers to: the first actor named
        in its sentence (the subject, as a rule), or in the sentence before when it opens its own;
        not a person."""
        start = self.sentence_of(position)[0]
        # "Eritrea ... has denied any involvement. Its information minister said ...": none in its
        # sentence, the previous sentence's
        before = len(self.v[:start].rstrip()) - 1  # the previous sentence's last character
        ranges = [(start, position)] + ([(self.sentence_of(before)[0], start)] if before >= 0 else [])
        for floor, ceiling in ranges:
            for match in self.registry.pattern.finditer(self.v, floor, ceiling):
                actor, form_type = self.registry.form_actor.get(match.group(0), ("", ""))
                if (
                    not actor
                    or form_type == "people"
                    or not stands_for_actor(self.registry, self.v, *match.span(), form_type)
                ):
                    continue
                if any(_finite_verb(w) or _past_tense(w) for w in self.v[floor : match.start()].split()):
                    # "The broadcaster has accused Tehran of targeting its staff. Its spokesman said":
                    # the subject, no actor, owns; not the actor in its object
                    return None
                return actor
        return None

    def _antecedent(self, position: int) -> tuple[int, int] | None:
        """The noun phrase a relative "who" at ``position`` refers to: a name right before it
        ("Trump, who", "Mitch McConnell, who", "the only Democrat who"), else the phrase from its
        determiner ("an architect who", "the head of the agency, who"). None when the phrase
        follows a preposition ("donors from around the country who": the relative may belong to
        the noun before it; but a place after people is theirs: "families in the border villages
        who") or a modifier ("Ohio's 16th District, who"), or has a verb in it."""
        sentence_start = self.sentence_of(position)[0]
        before = self.v[sentence_start:position].rstrip()
        aside = _ASIDE_END.search(before)  # "Trump, who", "Hillary Clinton — who"
        region = before[: aside.start()] if aside else before
        age = _AGE_APPOSITIVE.search(region) if aside else None
        matches = list(re.finditer(r"\S+", region[: age.start()] if age else region))[-8:]
        words = [m.group(0) for m in matches]
        if not aside and words and words[-1].lower() in _PREPOSITIONS:
            return None  # "demanded an inquiry into who had announced it": a question's "who", no relative
        name = len(list(itertools.takewhile(lambda w: w[:1].isupper() or w == "of", reversed(words))))
        while name and words[-name] == "of":
            name -= 1
        if aside and name and len(words) > name + 1 and words[-name - 1] == "and":
            # "Lithuania and Latvia, which": two names joined, not the last alone (in a list, "Will
            # Smith, Patti LaBelle and Stevie Wonder, who", the relative is the last one's)
            before_and = reversed(words[: -name - 1])
            joined = list(itertools.takewhile(lambda w: w[:1].isupper() and not w.endswith(","), before_and))
            opening = len(words) - name - 1 - len(joined)
            if joined and (opening == 0 or not words[opening - 1].endswith(",")):
                name += 1 + len(joined)
        # a number opens a phrase as a determiner does ('said one mother, who', "two analysts, who")
        determiners = [i for i, w in enumerate(words) if w.lower() in _DETERMINERS | _COUNTED]
        while len(determiners) > 1 and _inner_phrase(words, determiners[-1], bool(aside)):
            determiners.pop()  # "the head of the agency", "a spokeswoman for the union, who": the head
        modifier = determiners and len(words) - name - determiners[-1] in (1, 2)  # "the only Democrat"
        if modifier and any(w.endswith(",") for w in words[determiners[-1] : len(words) - name]):
            modifier = False  # "this week, Donald Trump"
        if (
            name
            and determiners
            and determiners[-1] < len(words) - name
            and _inner_phrase(words, len(words) - name, bool(aside), name=True)
        ):
            name = 0  # "a spokeswoman for Greenpeace, who": the spokeswoman
        first = len(words) - name  # "Sheriff Adam Hayward of Deuel County, Neb.": up to the comma
        last = next((i for i in range(first, len(words)) if words[i].endswith(",")), len(words) - 1)
        if not 0 < last - first + 1 <= 6 or modifier:  # no name: the phrase from its determiner
            first, last, name = (determiners[-1] if determiners else len(words)), len(words) - 1, 0
        holder = _named_holder(words, first, last)
        if holder < first:  # a comma after the holder's name ends it ("Karen Doyle, general secretary of ...")
            last = next((i for i in range(holder, first) if words[i].endswith(",")), last)
        first = holder
        previous = words[first - 1].lower() if 0 < first < len(words) else ""
        modified = previous[:1].isdigit() or previous.endswith(("'s", "\u2019s"))
        # after a preposition, a restrictive "who" may belong to the noun before it, and so may a
        # place's name ("Democrats on Capitol Hill, who"); "at odds with her father, who" and "went
        # ahead with McConnell, who" are her father and McConnell
        governed = previous in PLACE_PREPOSITIONS if name else previous in _PREPOSITIONS and not aside
        phrase = words[first : last + 1]
        if governed and not name and first >= 2 and _person_noun(phrase[-1]) and not _person_noun(words[first - 2]):
            governed = False  # "comments by a commissioner who": only the person can be the relative's
        elif (
            governed
            and not name
            and first >= 2
            and previous in PLACE_PREPOSITIONS
            and not _person_noun(phrase[-1])
            and _person_noun(words[first - 2])
        ):
            # "families in the border villages who say": the people, not the place they are in (whose
            # words are nouns, "villages" no verb)
            people = first - 2
            head = people
            while head > 0 and people - head < 3 and words[head].lower() not in _DETERMINERS:
                if not (words[head - 1].lower() in _DETERMINERS or _bare_noun_word(words[head - 1])):
                    break
                head -= 1
            phrase = words[head : people + 1]
            first, governed = head, False
        # a word right after a determiner is no verb ("the rebels, who": not "rebels" as in "he rebels")
        clean = all(any(c.isalnum() for c in w) for w in phrase) and not any(
            _verb_like(w) and phrase[i].lower() not in _DETERMINERS for i, w in enumerate(phrase[1:])
        )
        if first < len(words) and not modified and not governed and clean:
            return sentence_start + matches[first].start(), sentence_start + matches[last].end() - (
                1 if words[last].endswith(",") else 0
            )
        if aside:
            # "was disputed by Ukrainian officials, who", "criticism from Democrats, who": the agent;
            # after another preposition, people ("a blow to ministers, who": not the blow)
            agent = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in ("by", "from")), None)
            if agent is None and _person_noun(words[-1]):
                agent = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _PREPOSITIONS), None)
            agent_words = words[agent + 1 :] if agent is not None else []
            people = bool(agent_words) and _is_speaker_word(agent_words[-1].lower())
            if (
                0 < len(agent_words) <= 4
                and all(w.isalpha() for w in agent_words)
                # a plural before a noun for people modifies it ("rights groups", "arms dealers")
                and not any(_verb_like(w) and not (people and w.endswith("s")) for w in agent_words[:-1])
            ):
                return sentence_start + matches[-len(agent_words)].start(), sentence_start + matches[-1].end()
            # "Nervous Democrats on Capitol Hill, who": the subject before the comma
            return self.speaker_before(sentence_start, sentence_start + aside.start())
        # "heard from listeners who", "met donors who", "There are many voters who": up to four
        # words right after a main verb, or after a preposition right after one; not after a modal
        # ("won't allow state lawmakers who": the verb after it is unknown) or another preposition
        # ("enough for everyone who", "letters from children who": the relative may be the noun's)
        first = len(words) - 1
        while first > 0 and len(words) - first < 4 and _bare_noun_word(words[first - 1]):
            first -= 1
        preceding = [w.lower() for w in words[max(0, first - 2) : first]]
        if preceding and preceding[-1] in _PREPOSITIONS:
            preceding.pop()
        verb = preceding[-1] if preceding else ""
        if verb in _FINITE_VERBS - _MAIN_FINITE_VERBS or not (
            verb in _MAIN_FINITE_VERBS | _IRREGULAR_PAST or _PARTICIPLE.fullmatch(verb)
        ):
            return None
        return sentence_start + matches[first].start(), sentence_start + matches[-1].end()

    def _speakers_again(self, history: list[_Speaker], position: int) -> list[_Speaker]:
        """Speakers named in full (one person each) who, after the last of them spoke, open an
        earlier sentence than ``position``'s as its subject by their last name ("Alvarez, who was
        booked for dissent, faces a ban. Asked ..., he replied": Alvarez, though another man spoke
        in between). Not a name in the pronoun's own sentence ("Christie described Clinton as ...
        after she attacked")."""
        spoken = [h for h in history if h.position < position and h.name.split()]
        if not spoken:
            return []
        floor = max(spoken[-1].position + 1, position - _ANTECEDENT_CHARS)
        ceiling = self.sentence_of(position)[0]
        if floor >= ceiling:
            return []
        latest = {h.name.split()[-1]: h for h in spoken}  # the latest form of each name
        found = []
        for surname in dict.fromkeys(h.name.split()[-1] for h in spoken if _ends_in_full_name(h.name)):
            speaker = latest[surname]
            named = _pattern_for(r"(?<![\w'-])" + re.escape(surname) + r"(?![\w'\u2019-])")
            for match in named.finditer(self.v, floor, ceiling):
                opening = self.v[self.sentence_of(match.start())[0] : match.start()].split()
                if all(word in speaker.name.split() for word in opening):
                    found.append(_Speaker(match.start(), speaker.name, speaker.actor, True, False, speaker.gender))
        return found

    def _people_before(self, position: int, claim_subjects: bool = False) -> list[_Speaker]:
        """People named in the registry, with a title, or as a sentence's subject, mentioned before
        ``position`` (candidates for he/she); not the object of a verb or a preposition ("she
        advises President Htin Kyaw", "spoke with Putin"): centring on subjects, "his office said"
        after "X spoke with Y" is X's. A claim's subject counts only with ``claim_subjects``."""
        window = max(0, position - _ANTECEDENT_CHARS)
        found, titled = [], []
        objects = []
        for match in _TITLED_NAME.finditer(self.v, window, position):
            name = " ".join(match.group(0).split())
            if re.search(r"['\u2019]s$" if match.group("office") else r"['\u2019]s\b", name):
                continue  # "Mr. Brat's claim": a possessor is no antecedent (as in the history)
            if match.group("office") and self._object_at(match.start()):
                objects.append(match.span())
                continue
            titled.append(
                _Speaker(match.start(), name, resolve_phrase(name, self.registry), True, False, _gender(name))
            )
        for match in _NAMED_SUBJECT.finditer(self.v, window, position):
            # "Stephen Flynn went further. He told ...": a person named as a sentence's subject
            name = match.group("name")
            words = name.split()
            if self.inside_quote(match.start(), match.end()):
                continue  # '"My adviser, John Holdren, will issue ...," he said': someone the speaker names
            sentence_start = self.sentence_of(match.start())[0]
            opening = _TOKEN.findall(self.v[sentence_start : match.start()])
            comma = self.v.rfind(",", sentence_start, match.start())
            participle = len(opening) > 1 and opening[1].islower() and opening[0][:1].isupper()
            if participle and comma != -1 and (_plain_past(opening[0].lower()) or _ing_form(opening[0].lower())):
                # "Asked whether she expected ministers to listen, Marsh paused": an opening
                # participle's clause is no claim the name is the subject of
                opening = _TOKEN.findall(self.v[comma + 1 : match.start()])
            if not claim_subjects and any(_finite_verb(word) or self.cues.is_cue(word) for word in opening):
                # "X said ... that its candidate, Edmundo Gonzalez, had won": a claim's subject (not
                # after a participle of a role: "The newly elected mayor, Ana Ruiz, had ...")
                continue
            if match.group("role") and match.group("role").split()[-1] not in _SPEAKER_NOUNS:
                continue  # "Critics say Boris Johnson lied": no role, the content's subject
            # one word is a name only as the surname of a full name before it ("Amos Yadlin"), or as
            # its given name ("Amina Yusuf returned ... Amina is not waiting"), as features call people
            full = _pattern_for(
                r"[A-Z][a-z]+\s+" + re.escape(name) + r"\b|\b" + re.escape(name) + r"\s+[A-Z][a-z]+(?![\w'\u2019])"
            )
            # or set off after a person's noun ("Her neighbour, Ibrahim, was angrier"), whose gender
            # is the name's ("her husband, Oleh": "he")
            noun_before = (
                self.v[max(window, match.start() - 30) : match.start() - 2].split(" ")[-1]
                if self.v[match.start() - 2 : match.start()] == ", "
                else ""
            )
            set_off_noun = noun_before if noun_before and _person_noun(noun_before) else ""
            if (
                len(words) == 1
                and not full.search(self.v, max(0, match.start() - _SURNAME_CHARS), match.start())
                and not set_off_noun
            ):
                continue
            if (
                words[0] not in _NOT_GIVEN_NAMES
                and not any(w.lower() in _SPEAKER_NOUNS | _NON_PERSON_HEADS for w in words)  # "Foreign Minister"
                and not self.registry.pattern.search(name)
            ):
                # "China's envoy Fu Cong left early": a role that names a state gives its actor
                role = " ".join(self.v[match.start() : match.end("name")].split()) if match.group("role") else ""
                actor = resolve_phrase(role, self.registry) if role else None
                titled.append(_Speaker(match.start("name"), name, actor, True, False, _gender(set_off_noun)))
        for match in _ROLE_SUBJECT.finditer(self.v, window, position):
            noun = match.group("noun")
            if _person_noun(noun) and not _plural_noun(noun) and noun not in _BODY_NOUNS:
                role = self.v[match.start() : match.end("noun")]
                titled.append(
                    _Speaker(match.start(), role, resolve_phrase(role, self.registry), True, False, _gender(role))
                )
        for match in self.registry.pattern.finditer(self.v, window, position):
            actor, form_type = self.registry.form_actor.get(match.group(0), ("", ""))
            if (
                form_type == "people"
                and not self.v.startswith(("'s", "\u2019s"), match.end())
                and not self._object_at(match.start())
                and not any(a <= match.start() < b for a, b in objects)
            ):
                # not a possessor ("killed on Putin's orders"), as with a titled name above
                found.append(_Speaker(match.start(), match.group(0), actor, True, False))
        return sorted(found + titled, key=lambda speaker: speaker.position)  # stable: a registry form first

    def _answering(self, phrase: str, position: int, history: list[_Speaker]) -> list[_Speaker]:
        """Before a verb of replying ('"I know what I saw," she replied'), the people named after
        the last speaker in that speaker's sentence ("the lawyer suggested that the witness, Marion
        Black, could not have seen"): one answers another, not oneself. Empty for another verb, or
        when that sentence names nobody else."""
        after = _TOKEN.findall(self.v[position + len(phrase) : position + len(phrase) + 40])
        if after[:1] and after[0].endswith("ly"):
            after = after[1:]  # "she replied calmly", "he quickly shot back"
        if not after or not (after[0].lower() in self.cues.reply or " ".join(after[:2]).lower() in self.cues.reply):
            return []
        last = max((h for h in history if h.position < position), key=lambda h: h.position, default=None)
        if last is None:
            return []
        sentence = self.sentence_of(last.position)
        return [
            p
            for p in self._people_before(position, claim_subjects=True)
            if self.sentence_of(p.position) == sentence
            and p.position > last.position
            and p.name not in last.name
            and last.name not in p.name
        ]

    def _object_at(self, start: int) -> bool:
        """Whether the name at ``start`` follows a lower-case word that opens no subject: the object
        of a verb or a preposition; not after a cue with neither addressee nor noun content
        ("Flynn said Donald Trump was right when he said": the content's subject)."""
        before = self.v[max(0, start - 12) : start].split()[-1:]
        return (
            bool(before)
            and bool(re.fullmatch(r"[a-z]+", before[0]))
            and before[0] not in _SUBJECT_OPENERS
            and (
                before[0] not in self.cues.forms
                or before[0] in self.cues.with_object
                or before[0] in self.cues.noun_object
            )
        )

    def _to_quote(self, draft: _Draft, name: str | None, actor: str | None) -> QuoteRecord:
        content = self.view.span_to_original(draft.fragments[0][0], draft.fragments[-1][1])
        fragments = tuple(self.view.span_to_original(*f) for f in draft.fragments) if len(draft.fragments) > 1 else ()
        cue = self.view.span_to_original(*draft.cue) if draft.cue else None
        speaker = self.view.span_to_original(*draft.speaker) if draft.speaker else None
        attitude = draft.cue is not None and self.v[draft.cue[0] : draft.cue[1]].lower() in self.cues.attitude
        return QuoteRecord(
            kind=draft.kind,
            content_start=content[0],
            content_end=content[1],
            cue_start=cue[0] if cue else None,
            cue_end=cue[1] if cue else None,
            speaker=name,
            speaker_start=speaker[0] if speaker else None,
            speaker_end=speaker[1] if speaker else None,
            actor=actor,
            fragments=fragments,
            attitude=attitude,
        )


def extract_quotes(article: Article, registry: Registry) -> list[QuoteRecord]:
    """Direct quotes and indirect speech in ``article``, in text order."""
    extractor = QuoteFinder(article, registry)
    direct = extractor.direct_quotes()
    indirect = extractor.indirect(direct)
    direct = extractor.end_mixed(direct, indirect)
    contents = [d.fragments[0][0:1] + d.fragments[-1][1:2] for d in indirect]
    cues = [d.cue[0] for d in indirect if d.cue]
    direct = [
        d
        for d in direct
        if d.cue
        or not any(s <= d.fragments[0][0] and d.fragments[-1][1] <= e for s, e in contents)
        and not any(d.fragments[0][0] <= cue < d.fragments[-1][1] for cue in cues)
    ]
    unique: dict[tuple[int, int, int | None], QuoteRecord] = {}
    for quote in extractor.resolve(direct + indirect):
        key: tuple[int, int, int | None] = (quote.content_start, quote.content_end, None)
        held = unique.get(key)
        disputes = held is not None and any(
            q.cue_start is not None and extractor.v[q.cue_start : q.cue_end].lower() in _DISPUTING_FORMS
            for q in (held, quote)
        )
        if held and held.speaker and quote.speaker and held.speaker != quote.speaker and disputes:
            # "Israel said Hamas fired the rocket, a charge Hamas denies": a claim and its denial
            # (also the denial first: "The allegations, which Moscow rejects, were reported by Reuters")
            key, held = (quote.content_start, quote.content_end, quote.cue_start), None
            if any(k[:2] == key[:2] and q.speaker == quote.speaker for k, q in unique.items()):
                continue  # that speaker's claim of the disputed content is held already (two cues of one claim)
        if held is None or held.speaker is None and quote.speaker is not None:
            unique[key] = quote  # "X is expected to A, the aides said": the aides' claim, not nobody's
    return sorted(unique.values(), key=lambda q: (q.content_start, q.cue_start or 0))
