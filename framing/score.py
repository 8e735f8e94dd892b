"""Per-article records: the scorer contract behind ``framing score``.

The record's shape is fixed by ``framing/data/record.schema.json``. Tone is VADER's
compound per sentence; the article's body tone is the mean of its body sentences'
compounds, and headline and standfirst are scored separately. Boilerplate is never
scored and its words are not counted.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

from framing.actors import Mention, Registry, article_registry, count_actors, find_mentions, load_registry
from framing.blame import BlameRule, extract_blame, load_blame_rules
from framing.lexicon import Lexicon, default_lexicon, find_terms
from framing.naming import find_labels
from framing.passives import find_passives
from framing.quotes import extract_quotes
from framing.records import (
    SCORED_ROLES,
    Article,
    ArticleRecord,
    BlameRecord,
    LabelRecord,
    PassiveRecord,
    QuoteRecord,
    Segment,
    SentenceRecord,
    TermRecord,
    ToneSummary,
)
from framing.resources import read_data_text
from framing.segment import count_words
from framing.target_tone import target_tone
from framing.tone import score_tone
from framing.voice import VOICES, VoiceMap


@dataclass(frozen=True)
class ScoreConfig:
    """What scoring depends on besides the article: the actor registry (bundled by default)."""

    registry: Registry = field(default_factory=load_registry)
    blame_rules: tuple[BlameRule, ...] = field(default_factory=load_blame_rules)
    lexicon: Lexicon = field(default_factory=default_lexicon)


#: Raised whenever a change to the scorer changes its output for some text (not only at a
#: release), so a store scored by an earlier revision is not resumed with records of this
#: one: the revision is part of ``framing.batch.config_hash``. 2: VADER reads the
#: normalised text; 3: the subject before comma-set insertions speaks; 4: a paragraph
#: ending in a colon introduces the quote opening the next one; 5: the older apposition
#: fallback of speaker detection removed; 6: "X accused Y of Z" is indirect speech, phrasal
#: participles (", pointing out that") continue an attribution, an opening adverbial is not
#: part of a speaker; 7: a sentence longer than MAX_SENTENCE_CHARS is cut into pieces; 8:
#: single quotation marks quote, and a quoted fragment right after its cue with the clause
#: going on is indirect speech of the whole clause; 9: the agent of a reduced passive speaks
#: ("Hezbollah, dubbed a terror group by Israel, ..."), a "by" phrase is never a speaker;
#: 10: "X said Tuesday that ..." with a short claim is indirect speech, "@handle" speaks;
#: 11: "X said on Tuesday Y was ...", "X told Y Z would ..." (no "that") are indirect speech;
#: 12: a speaker whose name starts like a subordinator ("Assad", "Ifill") is no longer cut;
#: 13: blame: passives with an agent, criticism verbs with a charge, "bears responsibility",
#: "denied that" + a blame, negated or avoided verbs of blaming, and more (blame_rules.toml);
#: 14: blame: a relative pronoun's antecedent speaks, refusing responsibility is a denial;
#: 15: blame worded by a source no actor covers has no record (it had been the outlet's);
#: 16: blame: "regard the actions of X as hostile"; rule explanations reworded;
#: 17: quotes: "X was quoted (by Y) as saying" is one cue; insertions before a that-clause are skipped;
#: 18: quotes: 'X said, "...," and added that ...': the added claim is X's;
#: 19: blame: a plural noun after a coordinated actor ("Hezbollah forces for") is no new clause.
#: 20: blame: a relative clause before the cue, "hid behind", wrongdoing nouns after a copula,
#:     "the Zionist entity" names Israel; quotes: "told a briefing", "according to him".
#: 21: blame: headline-only rules, "the cause of", a place in a target phrase, "dismissed the claim"
#:     alone is no denial; rights groups are actors; quotes: "told his Israeli counterpart by
#:     phone", "urged all sides to", a participle after ", but Y ...", adverbs end a subject.
#: 22: blame: wrongful manner, pin on, scapegoat, culprit, "did nothing wrong"; a demonym
#:     modifying the next actor is no target; quotes: section labels before a headline's colon
#:     are no speakers, ", with X saying"; topic actors: Qassemi, British spellings, SANA.
#: 23: blame: held accountable, guilty of, culpable, must answer for, blood on its hands,
#:     responsibility rests on X (explanations of two rules reworded).
#: 24: quotes: a relative "who" speaks for its antecedent ("an architect who said", "her father,
#:     who said"), the main clause after ", who said ..." ends the content, "X then said".
#: 25: quotes: "but has said" keeps the speaker, "as reported by X", an opening adverb and a
#:     comma-set insertion are no part of a sentence's subject.
#: 26: quotes: an addressee phrase before a quote ('told his radio audience on Monday, "..."'),
#:     an adverb after a speaker ('"...," my father often said'), "my" opens a speaker.
#: 27: actors: the general file names every country (with demonyms and capitals) and more
#:     organisations (Islamic Jihad, Taliban, WHO, ICC ...).
#: 28: blame: coordinated subjects give a record per actor, "blamed each other" / "traded
#:     accusations" both ways, negative subjects ("no government has blamed"), "denied any
#:     involvement/role", a verb coordinated with a denial is asserted.
#: 29: quotes: "Hundreds feared dead" is no cue, "the most detailed" is an adjective, a
#:     parenthesis ends a subject as a unit, "but did not identify him" ends a claim.
#: 30: blame: the subject of the clause after a verb of saying ("said Canberra and The Hague
#:     would hold Russia accountable"); quotes: ", though X blamed Y" attributes nothing before it.
#: 31: blame: crimes / atrocities of X, "denied doing", a coordinated verb's subject is the
#:     sentence's subject (no fallback to another actor), a named non-actor subject is unknown.
#: 32: quotes: an accusation's charge before a "that", a headline's "CONTENT, says X"; actors:
#:     "Pakistan-based" / "Iran-backed" is not the phrase's actor nor a blame target.
#: 33: quotes: participles joined by "and" to a comma-set one, after "by"/"while"/"after", "went on
#:     to say", a participle opening the sentence, an opening time phrase, nouns after determiners
#:     and quantifiers are not a subject's verb.
#: 34: quotes: a title's or an initial's full stop does not end an inverted speaker ("said Mr. Burman",
#:     "said Rep. G.K. Butterfield" had been "Mr", "Rep").
#: 35: quotes: the same for "according to X" ("According to Lt. Gen. Igor Konashenkov" had been "Lt").
#: 36: quotes: a cue form after a possessive is a noun ("Trump's claim that ...", "Graham's comments
#:     came ..."); a plural noun before a verb stays in the subject ("bordering states criticized").
#: 37: quotes: attitude cues with a preposition ("complained about", "critical of", "warned against")
#:     take a noun phrase as content; ", but <past verb>" ends a claim; phrasal cues of three words.
#: 38: quotes: "asked whether ...", "told reporters how ..."; a past-tense cue after ", and" is the
#:     subject's next act; "said that around that time, X ..." keeps X's act inside the claim.
#: 39: quotes: a subject with a restrictive relative clause speaks through the main verb ("Democrats
#:     who voted for the bill said"); contracted auxiliaries leave speakers; "It's claimed" is a passive.
#: 40: quotes: the content of a verb whose content is its object ("criticized", "endorsed": `content`
#:     column) ends where the act's circumstances begin; "on the letter" is no medium.
#: 41: quotes: a claim noun after its owner's possessive attributes its that-clause to the owner
#:     ("checked Trump's claim that ..."), unless the phrase is a clause's subject.
#: 42: quotes: verbs whose passive attributes (`passive` column: "was accused of A", "is expected
#:     to A" with nobody named; "was first reported by X": X's, the subject as content);
#:     "promised to A" without an addressee (`object` = optional).
#: 43: actors: a place in a newspaper's name ("The Washington Post", "The Times of Israel") is
#:     no mention (`media_titles` in the actor files).
#: 44: quotes: a subject's head noun before a prepositional phrase makes a noun-like cue its
#:     verb ("Data from the survey show that"); a subject relative "that" speaks through the main
#:     verb; "as X put it"; "As X said on Monday, MAIN"; "he"/"she" never resolve to a plural or a
#:     document; a quote resumed after an attribution holding a cue of its own before its full
#:     stop, or a topic ('"A," he said of X. "B."'), is one quote. Actors: "USA Today" is a newspaper.
#: 45: a relative "who" without a determiner speaks for the words right after a main verb ("heard
#:     from listeners who said", "There are many voters who say"); a question or an account after
#:     the cue's time or manner ("explained in detail how", "said on Tuesday why"); "The report
#:     shows how ..." reads "shows" as a verb.
#: 46: a modal or a raising verb between speaker and cue ("would later claim", "appeared to suggest",
#:     "could not explain why"; a noun-like base form after one is a verb before a clause or an
#:     infinitive); "he"/"she" skip a person of the other gender (by title, noun or earlier pronoun)
#:     and titled names ("Mr. Labrador") are candidates; "I"/"we" outside quotes stay the writer's;
#:     a condition opening a that-clause ("warned that if ..., X claimed") keeps X's claim nested.
#: 47: a quoted question or exclamation that opens its sentence takes its attribution from the
#:     next sentence when that is only a speaker and a cue ('"Why ...?" Vitter demanded.').
#: 48: a quote of whole sentences right after the attribution closing the quote before it goes on
#:     with that quote ('"...?" Clinton said. "..."'); after a comma an -ing cue's speaker is the
#:     main clause's subject, or the attribution's right before it ('..., X said, adding, "..."').
#: 49: ... also after an apposition to a speaker that follows its cue ('said X, the architect of Y. "..."').
#: 50: "X issued the following statement:" introduces a quote; "it" never resolves to a person.
#: 51: "X sent a letter to Y saying": X speaks (more documents and a trailing "to/on" phrase);
#:     "quoted X saying", "footage of X asking": X speaks, not the clause before the -ing cue.
#: 52: "X criticized A and called for B": without a comma, a cue after a noun-phrase object is
#:     the subject's next act (A ends before "and").
#: 53: "urged residents to stay home": the addressee and the infinitive are the content, also
#:     with an addressee the cue table does not list; "they" never resolves to a document.
#: 54: "After saying A, she ...", "Aside from saying A, the mayor ...": a participle cue after a
#:     preposition opening the sentence is the main clause's subject's.
#: 55: actor tone lists its scored sentences (sentence start, mention span, voice, tone), and
#:     the mentions table carries each scored mention's voice and tone.
#: 56: attributions inside free relatives ("what X called ...") and more blame constructions
#:     (refused to / stop blaming, whether/if clauses, "had nothing to do with", "X accused Y",
#:     "X, which Y blames", "Y's accusations against X", "us" in a source's words, "at X's door").
#: 57: denials: passive ("rejected by X"), absolving another, "had no role in", a claim not accepted
#: 58: blame: "X, not Y, was responsible", "led to / resulted in" a harm, cue forms inside names
#:     ("the State Department blamed"), a headline's speaker before the colon is no target.
#: 59: blame: a participle after an inverted attribution is the speaker's, "acted with criminal
#:     negligence", "will not take the blame", scare-quoted targets; "the Zionist enemy" is Israel.
#: 60: blame: "the Israeli raid was reckless", "X's strikes were an act of aggression", "bears some of the blame".
#: 61: '"...," the statement read' (a document that reads speaks); generic speakers beginning with "s"
#:     ("the spokesman", "the statement") resolve; a first paragraph ending '."' is no headline.
#: 62: "designate" names; "claimed the lives" is no claim; a relative clause between commas ends
#:     its claim at the comma; lexicon stop phrases (category "-").
#: 63: generic speakers resolve to a named phrase with their head in the outlet's words, "its defence
#:     ministry" to its sentence's first actor; blame: clefts ("the ones who shot"), plural possessors.
#: 64: blame rules read scare-quoted words as words ('had "hid behind" the plane'); ", even as" ends a claim.
#: 65: blame: "X violated Y's sovereignty / the agreements", "called the Israeli raid a provocation";
#:     lexicon: adventurism, apologists, stooges, pretext, under the guise of.
#: 66: a speaker phrase with a verb and its object is a clause ("says Israel misled Moscow"); a
#:     headline's "X calls for calm, says Y": X speaks.
#: 67: blame: culpability / complicity / guilt, "at X's feet", "passed the buck to X", "washed its hands of".
#: 68: naming: "the Syrian regime" / "the Syrian government" / "the Damascus government" (demonym_heads),
#:     "Israel's hawkish prime minister, Benjamin Netanyahu".
#: 69: blame: "X were reckless / negligent", "a cowardly / barbaric attack", "rejected any suggestion
#:     that" + blame; "their" prefers a demonym before a plural noun; quotes: "state media ignored",
#:     ", instead accusing", "one official" after "Turkish officials".
#: 70: quotes: live-blog time stamps, "Lieberman: ..." at a paragraph's start, "told reporters the
#:     army regretted ...", 'blamed the "Zionist enemy" for', "Putin speaks: ..., he says".
#: 71: blame: "X is not blameless", "Nor is X blameless", "X is blameless" (denial); a participle after
#:     a main clause takes that clause's subject; quotes: "A, as X alleges, is unclear" claims A.
#: 72: quotes: 'told reporters the army "expresses sorrow" for ...': a quoted verb phrase after the subject.
#: 73: blame: "took X to task for", "slammed / condemned the strikes as a violation of", "the fault was X's".
#: 74: quotes: "listeners to his program who said ...": "who" speaks when no antecedent is found
#:     (it had been the whole clause before it, or nothing); "X — who" is X's; "But that plan
#:     was flawed, he said": "that" after an opening word is no clause break.
#: 75: quotes: "A, according to X, and B" is one claim, A and B, around its attribution.
#: 76: quotes: a noun phrase object of any cue ends before ", which" ("acknowledged the reality of
#:     climate change, which makes him an outlier").
#: 77: quotes: "add" with a plain noun phrase that names no words is no cue ("would add new layers
#:     of complexity"; "added a note of caution" still is).
#: 78: quotes: "A, he said, B": the comma after the attribution ends no claim ("..., he said,
#:     replacing Clinton would be ..."); "Though that transition ..." keeps its opening words.
#: 79: terms: "denied", "refused", "destruction" and VADER's violence / crime(s) / ban(ned) are no loaded
#:     terms; "failed to" is a stop phrase; "war crime*" and "crimes against humanity" are evaluative.
#: 80: a restrictive "who" on a clause's object speaks and blames for that object ("met with families
#:     from the village who blamed Israel": the families, no actor; not the main clause's subject).
#: 81: a surname speaks for the actor of its earlier full name ("Pat Ryder, Pentagon press secretary
#:     ... Ryder said"); "it" after "condemned the attack, saying" is the attack (no blame target);
#:     no content before an object relative's speaker ("the attacks that Washington blames on ...").
#: 82: ... also when the full name came with a title outside any attribution ("led by Iranian envoy Ali
#:     Bagheri ... Bagheri said": Iran).
#: 83: blame: a named subject no registry form covers blames for the actor the quote layer gave
#:     that speaker ("Bagheri accused Washington of ...": Iran).
#: 84: quotes: a broadcaster named by its medium is an addressee ("told local television they ...").
#: 85: actors: a country's press is no actor, its state media are ("Israeli media", "the Israeli
#:     newspaper Haaretz": none; "Russian state media": Russia).
#: 86: blame: a pronoun opening the claim of a speaker with no actor is that speaker ("Residents said
#:     they blamed the Russians": no record); "accusing X of ..." never takes a target from the charge
#:     (rule `accuse`); quotes: a subject with a comma-set apposition closed before its verb may be
#:     longer ("Russia's envoy to the United Nations, Vassily Nebenzia, went further, accusing ...").
#: 87: quotes: a verb joined by "and" shares the sentence's subject across a comma-set apposition
#:     ("France, a close ally, said ... and called on ..."); an opening "For X," / "Despite X," /
#:     "Amid X," is an adverbial, not the subject ("For Moscow, the ministry ... said": the ministry).
#: 88: blame: "X was behind the attack / the bombing / last week's strikes" (rule `behind-attack`),
#:     "X fired first / started the clashes" (`started-it`); "X was not behind ..." is a denial.
#: 89: blame: a cleft naming who bears the responsibility or is to blame ("It is Washington, not the
#:     Kremlin, that bears responsibility"); "responsible for" a duty is no blame ("responsible for
#:     security at the site", "for overseeing the ceasefire").
#: 90: actors: "one Western official" after a group's officials is not one of them (a named group no
#:     actor stands for gives no actor).
#: 91: lexicon: more names for surveillance aircraft and balloons ("spy drones", "surveillance
#:     flights", "weather balloon" ...), "mainstream media", "to the teeth".
#: 92: quotes: a non-restrictive "who" after a passive's agent or a "from" phrase is that agent
#:     ("was disputed by Ukrainian officials, who said"); "his office" / "her spokesman" speak for
#:     the person "he" / "she" would name.
#: 93: blame: aggression or a provocation "by" / "committed by" / "on the part of" X blames X
#:     ("an act of aggression by Moscow", rule `crimes-of`).
#: 94: quotes: verbs of censure are cues like "condemn" (denounce, decry, deplore, lambast, castigate,
#:     rebuke, assail, berate, chastise, censure); a noun-phrase object ends before the subject's next
#:     act ("welcomed his Israeli guest, but did not mention ...").
#: 95: blame: "was (widely) blamed on X" takes an adverb and, with "by Y", is Y's blame (rule
#:     `blamed-on-by`; it had been the outlet's, with Y as a second target).
#: 96: blame rules `cause-is` ("the root cause is X's ...") and `deny-reports-blaming`; a participle
#:     of blaming after a text is that text's; quotes: a name after a bare office takes that office's
#:     country ("Poland's president ... President Andrzej Duda").
#: 97: blame rules `must-take-responsibility` and `admit-responsibility` (an admission is a blame
#:     of oneself).
#: 98: blame rules `fault-of`, `owners-fault`, `not-fault`, `orchestrated-by`, `x-orchestrated`;
#:     "heaped blame / put the onus on X".
#: 99: blame rules `called-culprit`, `shift-blame`, `pointed-to-as-culprit`, `called-accusations-false`;
#:     the culprit rules take "the aggressor / the perpetrators / the guilty party"; "hit out at X over".
#: 100: quotes: "in the words / view of X" like "according to X", without an aside on how X spoke; a
#:      headline topic before a colon is no speaker; actors: "a spokesman for / a statement from X" is
#:      X's, "critics of X" not; blame: "the authors, perpetrators and sponsors are X".
#: 101: lexicon: common pejoratives and political labels, loaded names ("Wuhan virus", "death tax",
#:      "pro-life" / "pro-choice", "unborn child"); 887 rows; VADER's "win" / "won" are outcomes, not
#:      evaluations.
#: 102: blame rule `admit-harm` ("Iran admitted it shot down the plane": an admission).
#: 103: a headline's "Intelligence sources:" speaks again (the topic check had stripped every
#:      trailing "s" from the head noun).
#: 104: a passive "had been denied a role" is no denial; "bears state / moral responsibility";
#:      "who asked not to be named" is no claim; "military spokesman X" speaks for the body
#:      that spoke last, "the Gaza health ministry" not for the last speaker; "Moscow instead
#:      said" drops the adverb; a "by" after another participle is not the passive's agent.
#: 105: an adverb between a sentence's subject and its verb ("Moscow instead points ...,
#:      arguing", "The family then issued a statement saying") is no part of the speaker.
#: 106: a list of names before a cue ("Jordan, Egypt and the Palestinian Authority
#:      condemned") speaks whole, not its last two names.
#: 107: blame rule `not-caused-by` ("the blast was not caused by Israel": a denial).
#: 108: blame rules `on-orders-of`, `on-owners-orders` ("killed on Putin's orders"),
#:      "a provocation staged by X" (orchestrated-by); a list of actors with commas alone
#:      blames each other ("Ukraine, Russia blame each other"). Speakers: "a charge Tehran
#:      denies" (Tehran), "its diplomats", "a spokesman for the agency"; "widow" and the like
#:      give a gender; a possessor or a body's proper name is never "he" or "she".
#: 109: "pro-Kremlin commentators", "anti-Israel protesters" stand for no actor.
#: 110: bare plurals of people who comment speak ("while commentators said", "pundits").
#: 111: an object's circumstances end it: "because", "until", a medium with a hyphenated modifier
#:      ("in an on-air diatribe"), also when one name is left ("attacked Machado in tweets").
#: 112: an object also ends at "as" before a name and its verb, ", where", a participle clause, and
#:      ", but stopped" / ", yet refuses"; "demand" and "dispute" take a noun phrase object.
#: 113: the default lexicon gains 102 general pejoratives ("demagogue", "grifter", "feckless" ...).
#: 114: strong VADER words naming an event or a subject ("racism", "freedom", "riot") are factual.
#: 115: a lexicon word inside an actor's proper name is no term ("International Criminal Court");
#:      "sabotage / terrorism / a terrorist attack by X" blames X.
#: 116: "X's doing / handiwork" and "the flooding is X's responsibility" (after a harm) blame X.
#: 117: "should say so plainly": the pro-form "so" is no content.
#: 118: state bodies in the general registry (ruling parties, armed forces, intelligence services).
#: 119: "say so, and ..." : the pro-form "so" before a comma or a conjunction is no content.
#: 120: "attacked the city", "Troops attacked ...": a verb of attack or defence used for an act of force is no cue.
#: 121: "attacked police with stones", "was supported by drones": weapons make no claim and no speaker.
#: 122: a demonym after a possessor says who a speaker is ("Yemen's Houthi rebels" are Houthis).
#: 123: "describing" is a cue; "and holding X ..." ends a participle cue's content; an -ing cue
#:      in the subject ends before the sentence's verb.
#: 124: "the attack bore the hallmarks of X", "X's fingerprints are all over the attack" blame X.
#: 125: "Putin spoke, saying ...": an irregular past verb before a comma ends the main clause's subject.
#: 126: "claimed without evidence / falsely that ...": a manner phrase before "that" is no part of the claim.
#: 127: an -ing cue in the subject: a relative clause inside its object keeps its own verb.
#: 128: a charge noun alone is a claim ("has flatly denied responsibility", "admitted guilt").
#: 129: a subject modified by a participle phrase speaks through its head ("A spokesman defending
#:      the decision said"); "kept bombing the city" is a clause; a participle with its object is
#:      no part of a speaker's head ("protesters carrying the flag of Hezbollah").
#: 130: "Critics, describing the plan as reckless, said": the subject before a set-off participle speaks it.
#: 131: a direct quote with no speaker inside a reported claim is the claim's speaker's.
#: 132: a capitalised cue word inside a name ("the United States") introduces no direct quote.
#: 133: "US blames": a name in capitals is no pronoun; "calls charge a smear": a noun after a cue is its object.
#: 134: denials of an own or a named side's harm act ("denied that its forces had carried out the
#:      strike"); "the accusations were absolutely untrue" in a source's words.
#: 135: ", a claim for which ..." ends a content; "a baseless claim" is a noun, not a cue.
#: 136: a content before its cue keeps its participle clause; "... that he blamed" is no fronted
#:      content; reciprocal blame between parties named by their forces ("Sudan's army and the RSF").
#: 137: "One doctor, who gave only his first name, Ahmed, said": a name after an insertion is an apposition.
#: 138: a cue followed by a verb with no subject: no claim when the speaker phrase holds what is
#:      said ("Everything Trump says is a lie"); pseudo-clefts ("What Peskov said was that ...");
#:      question words open the claim, not the speaker ("how experts say ..."); "That's" no speaker.
#: 139: "Theresa May" is a name, not a modal; "and suggested" after a claim under a modal joins the
#:      opening cue; a participle continues the main clause's speaker; "continues to"; adverbials and
#:      "but"-clauses are no speakers; "a series of tweets"/"two videos" are documents.
#: 140: nicknames in quotes are no quotations; "Del.", "Sens.", "Reps." are titles; "shouted to the
#:      crowd" after an exclamation attributes it; a label after a verb of naming ends at its quote.
#: 141: "he"/"she" never a place or body named in the registry; a label in "what X calls Y" ends
#:      before the outer verb; "CONTENT, an adviser, NAME, told reporters" speaker with apposition.
#: 142: a verb that may take an addressee reports a clause right after it ("warned it would
#:      retaliate"); a possessor is no addressee; a day closing a fronted content is the content's;
#:      reaffirm, affirm, reassert, restate, clarify, concur, refute, rebut, forecast, hail, applaud,
#:      characterize as reporting verbs.
#: 143: an apposition naming a claim ("..., a figure the budget office estimated") takes the nearest
#:      claim; a time or medium phrase between a cue and its quote ('said Tuesday: "..."'); a
#:      participle cue after "of" or a verb of perception belongs to the name before it; a
#:      relative clause on the source after "according to X," is no content.
#: 144: a state's generic body ("the army", "the ministry") never takes an organisation's actor
#:      from the last speaker.
#: 145: a content ends before ", but <phrase> <new subject>", ", and that's" and a dash opening a
#:      participle.
#: 146: "said in a statement that A, adding ..." keeps A; 'The statement read: "..."'; an age after a
#:      name is no part of the speaker.
#: 147: more groups of people as speakers (health workers, authorities, villagers, rebels ...); "its"
#:      opening a sentence is the previous sentence's actor, also before an apposition.
#: 148: a clause after the time or medium of its saying with a pronoun subject ("said Sunday they
#:      had ..."); "including" ends no subject; a relative clause without "that" has its own speaker.
#: 149: a "that" after a finite verb is no cue's ("told reporters the blast was caused by a missile
#:      that ..."); "Fox News host X" is an addressee; "he" may be a titled name in subject position;
#:      a blame after "were quick to" is its subject's, never the outlet's.
#: 150: a prepositional phrase after "..., X said," is the outlet's, the claim is before it; "the
#:      source" is the source named before.
#: 151: blame rules: "the work of X" (and "not the work of X"), "cast the blame on X".
#: 152: lexicon: "the blast", "a deadly blast" ... are explosions (stop phrases), not the verb.
#: 153: reporting verbs: base forms of describe, condemn, denounce, dismiss ... ("Critics describe");
#:      "portray".
#: 154: quotes: an addressee with its possessor ("told CNN's State of the Union ..."); a relative
#:      clause with no "that" and no subject keeps the noun it describes ("meddling the congressman
#:      said is designed to ...").
#: 155: quotes: ", which contended that ..." speaks for its antecedent; "They call them X and
#:      describe ...": the subject before the verb and its object pronoun.
#: 156: quotes: the occasion of a saying before a clause ("said at a rally he would win", "under
#:      questioning", "on Twitter"); contracted auxiliaries ("hadn't", "won't") open a clause.
#: 157: quotes: a subject set off by ", which ...," speaks the act joined by "and"; a title's full
#:      stop ("Gen.") inside the one accused.
#: 158: quotes: a participle phrase after ", X said," is the outlet's ("..., officials said,
#:      prompting ..."); more irregular pasts end a subject ("laid", "made", "took" ...).
#: 159: lexicon: VADER's words for a death or a crime as an event ("drowned", "fatal", "killings")
#:      are no evaluation; "character assassination", "political suicide" are.
#: 160: quotes: "In his view, ...", "in X's words"; "A, according to X, B" after a subject alone;
#:      an opening adverbial before "according to" is left out; a complete subordinate clause before
#:      ", X said," keeps its main clause; a participle after it goes on with the claim again (158).
#: 161: quotes: a subject of two noun phrases joined by "and" may be longer ("The Times and the
#:      Gannett newspaper chain filed ..., arguing ..."); a cue after a quoted label that has an
#:      object and a charge or clause of its own is not the label's attribution.
#: 162: quotes: a paragraph after one ending in "X added:" with no quotation marks is a block
#:      quotation of X (one paragraph).
#: 163: quotes: a participle cue after "for" that follows a verb with no object ("was suspended
#:      for saying ...") is the subject's claim.
#: 164: quotes: "(can be) heard / seen / caught on camera" before a participle cue leaves the
#:      subject as its speaker; ", even suggesting ..." and ", further ..." continue the subject's act.
#: 165: quotes: "after", "before", "until", "once", "unless" open a clause whose subject speaks
#:      (", after he admitted ..."); "under X's grilling" is the occasion of a saying.
#: 166: quotes: plural agent nouns in lower case ("environmentalists", "physicians", "donors") may
#:      speak; a restrictive relative's speaker inside another claim is no claim of its own.
#: 167: quotes: a quoted fragment closing the outlet's clause keeps a participle after the clause's
#:      comma; "A, X said, "b..."" with the quote in lower case claims the whole sentence.
#: 168: quotes: a relative clause of time with no "that" ("the first time the ministry said ...")
#:      has its subject as speaker; opening the sentence, its claim ends at the main clause's comma.
#: 169: blame: "the attack, which X blamed on Y" (rule which-blamed-on); quotes: wire datelines
#:      with a date or region ("NAIROBI, June 26 (Reuters) -"), unnamed audiences ("told
#:      parliament", "told the court"), "and" + a past verb ending a noun-phrase object.
#: 170: quotes: a generic body ("the government", "the ministry") never takes its actor from two
#:      speakers joined in one name ("The United States and several European governments").
#: 171: blame: a predicate coordinated with an earlier one ("Iran arms Hezbollah and is responsible")
#:      blames the clause's subject; quotes: a colon before a quote with its own attribution ('A:
#:      "...," Blinken said') and a speaker's colon before one whole quotation give direct words.
#: 172: quotes: "it"/"they" after its own sentence's subject and verb refers to that subject ("HRW
#:      has documented what it calls ..."); "according to X" closing a relative clause attributes
#:      the clause only; a label after "what X calls" ends at ", where/which/who".
#: 173: terms: VADER's words for rape and torture are factual, not evaluative.
#: 174: quotes: a wire headline's source after a final dash ("... - DPR head") speaks the rest;
#:      "and called on X" ends a noun-phrase object.
#: 175: terms: a VADER word capitalised beside another capitalised word in running text is part
#:      of a name ("Rob Percival", "Great Britain"), not evaluation.
#: 176: actors: a place in a school's name ("Tehran University", "King's College London") is no
#:      mention, like one in a newspaper's.
#: 177: quotes: a number's comma or point does not end a source ("a survey of 2,000 voters"); a
#:      participle after a noun and before a preposition or a time ("a study published on Monday")
#:      modifies the noun: the phrase can still be a speaker.
#: 178: quotes: a quoted label after "<cue> as" is the describer's direct words ('what he described
#:      as "a hoax"'); a relative clause with no "that" may have a bare plural subject before a
#:      label or a gap verb ("a case prosecutors described as"); "Police arrested protesters" (a
#:      name, a past verb, a bare plural) is a clause, no speaker.
#: 179: quotes: "It was <any cue> that ..." attributes the that-clause to nobody in particular, and
#:      a "by" phrase inside a that-clause after a passive cue is not its agent.
#: 180: quotes: ", while/when <participle cue>" after a claim continues the main clause ("X said A,
#:      while warning that B": B is X's, A ends at the comma).
#: 181: blame: rule `deny-the-claim` ("Kyiv rejected the claim" right after a blame of Kyiv), the
#:      first `after_blame` rule.
#: 182: quotes: after an interrupting attribution, a measured time ("hours after ...") and the
#:      speaker's act ("speaking on condition of anonymity") end the claim; more plural person
#:      nouns may speak ("engineers", "patients", "shareholders").
#: 183: blame: a subject pronoun is not the object of its own clause ("It held Hamas responsible":
#:      "it" is not Hamas).
#: 184: blame: "like/prefer/tend/vow ... to blame" leaves the blame to the subject, never the outlet.
#: 185: quotes: singular person nouns may speak without an article ("'We lost,' admits coach").
#: 186: quotes: right after a quotation, an inverted cue's speaker may be any noun phrase and an
#:      -s form that doubles as a noun is the verb ('"...", claims widow of crash victim').
#: 187: quotes: more section labels before a headline's colon are no speaker ("Q&A:", "Profile:").
#: 188: voice: the writer's first person outside quotation marks ("I say ...") is editorial; blame:
#:      "I blame X" there is the outlet's.
#: 189: quotes: an interview's "A: ..." answers are the direct words of the person its
#:      introduction named; a transcript line is its speaker's to the paragraph's end; "UPDATE:",
#:      "CORRECTION:" are no speaker; voice: unmarked direct speech is direct, and a speaker
#:      named in another paragraph does not make that sentence reported.
#: 190: quotes: a bare plural subject after a verb that may take an addressee opens the claim
#:      ("warned food prices would keep rising", "told reporters repairs had begun").
#: 191: quotes: a naming passive with an agent claims the label with its subject ("is branded a
#:      terrorist group by Israel"); a passive's subject may stand before a relative clause.
#: 192: actors: a metonym before a noun of its sites or events ("the Damascus airport") is no
#:      mention (`place_nouns` in the actor files).
#: 193: quotes: plural body nouns speak ("but unions insisted"); a quoted word after a clause's
#:      auxiliary opens the claim; "told the local paper"; a possessive determines a noun.
#: 194: blame: a passive of blaming in a relative clause blames its antecedent ("Israel, which
#:      has been accused by Iran of ...").
#: 195: quotes: ", and has accused" after a cue is the subject's next act; a cue form after a
#:      determiner ("the report") is no earlier cue there.
#: 196: quotes: "deny" takes a noun-phrase content that ends where the circumstances begin
#:      ("denied involvement in the hack as Washington ..."); a bare clause stays whole.
#: 197: terms: a lexicon row capitalised between two capitalised words is a name's part ("the
#:      International Crisis Group").
#: 198: quotes: an -ly adverb between "and" and a second cue ("and angrily accused"); the
#:      subject's next act skips its addressee before a clause with no "that".
#: 199: quotes: place and time phrases opened by "outside", "throughout", "after", "before",
#:      "following" ... between a cue and "that" are no part of the claim; "declined" before an
#:      amount is a fall (sense "quantity" in the verb table).
#: 200: quotes: a relative "who" after "a spokeswoman for the union" refers to the spokeswoman,
#:      after "the honesty of the driver" to the driver.
#: 201: quotes: the clause after a quoted object ('blamed "thugs" for the clashes and praised
#:      ...') ends where a later attribution in its sentence begins.
#: 202: quotes: a time or place between a cue with no addressee and its infinitive ("agreed on
#:      Monday to cut ...", "decided after a review not to ...") leaves the infinitive the content.
#: 203: blame: a deliberate harm in the passive blames its agent ("was deliberately sabotaged
#:      by Kyiv"; rule deliberately-by).
#: 204: quotes: ", without -ing" / ", before -ing" / ", after -ing" ends a content ("said A,
#:      without providing evidence"); a time before "that" after a participle cue ("before saying
#:      for weeks that") and "for weeks/years/the first time" after any cue are the saying's.
#: 205: quotes: an age set off by commas ("Olena, 64, who said ...") is no antecedent of "who".
#: 206: quotes: a bare plural after "told" before the occasion or the clause is its audience
#:      ('"...," Cook told developers at the conference' keeps its attribution).
#: 207: quotes: a restrictive "who" after a preposition and a person ("remarks by a
#:      commissioner who told ...") refers to the person.
#: 208: quotes: after ", and", the second clause's subject speaks past its apposition ("A, and
#:      the commission, the agency that ..., has said").
#: 209: quotes: a claim inside a dash aside ends with it and leaves the claim around it whole;
#:      quantifier subjects ("some note that") and an adverb set off by commas ("X, however,
#:      question") before a base form; "question" as a base form, wh-words open its clause;
#:      "some", "many", "both" ... are plural (never "he").
#: 210: quotes: a document ("the report", "the statement") is no person noun: "the author of
#:      the report, who" refers to the author.
#: 211: quotes: a bare plural addressee with one modifier ("told cheering supporters in"); a
#:      meeting's minutes and records speak; "judged" is a cue; a claim noun ("claimed victory")
#:      ends where a subordinate clause of the act's time or cause begins.
#: 212: quotes: "blamed X on Y" holds its content as "blamed X for Y" does; a participle cue's
#:      occasion before "that" ("telling analysts on a call that"); "promised" with a noun object
#:      ("promised a veto"); a new subject after a quotation's closing comma ends an object.
#: 213: quotes: "ruled out" is a cue with a noun object; an age cut from its name is no speaker;
#:      a capitalised speaker noun opening a sentence ("Prosecutors") is plural, never "he".
#: 214: terms: "attacker(s)" names who attacked, a fact of the event like "attack": not evaluative.
#: 215: text view: a horizontal bar (U+2015) is an em dash; quotes: ", yet" coordinates a cue;
#:      plural studies and analyses speak; an adverb after an opening phrase is no subject; an
#:      infinitive content ends at an unpaired dash.
#: 216: quotes: a coordinated cue's "not"/"never" is no part of the content before it; "who"
#:      after "NAME of the BODY" is the named person; ", said NAME." closing a sentence inverts
#:      after any content, and a cue inside that content ends before it; terms: a strong VADER
#:      word capitalised alone in running text is a name ("the journal Heart").
#: 217: quotes: an interview's introduction names its interviewee at a sentence's start before an
#:      apposition, never a school or a newspaper; a question's "what" speaks for nobody; "A who
#:      ..., and who ..., said": A speaks.
#: 218: quotes: a speaker phrase may close with a relative clause without "that" ("Officials we
#:      spoke to say", "Every study I have read concludes").
#: 219: terms: stop phrases "lies with/in/on/at/ahead" (the verb of where something is) and
#:      "blast kills/injures/rocks/hits" (an explosion).
#: 220: terms: "lies in", "lie in" and "lies on" are no stop phrases after all ("spread lies on
#:      Facebook" is an untruth).
#: 221: quotes: "advise" is a reporting verb ("..., the agency advised.", "advised citizens to leave").
#: 222: quotes: after an addressee or a time, a clause's subject may open with a possessive ("told
#:      reporters his team had been robbed").
#: 223: quotes: a participle set off by commas after its subject, before the subject's own verb,
#:      reports nothing ("The study, published in Nature, found ...").
#: 224: quotes: a question as content ends before another subject's clause ("would not say how
#:      much it paid, but rivals have been told ...").
#: 225: quotes: a bare plural naming a claim after a comma ("..., charges Israel has never denied")
#:      ends the content before it and is no part of the speaker after it.
#: 226: quotes: a participle set off by commas after a new clause's subject is that subject's and
#:      ends at its second comma ("..., but radio reports, citing sources, said ...").
#: 227: quotes: in a headline, another subject's clause after a comma ends a content ("Syria
#:      accuses US of theft, Washington rejects charge").
#: 228: quotes: a time between a subject and its verb is no part of the speaker ("Turkish officials
#:      on Monday pinned ..."); the subject's next act in the past after "but" ends an object
#:      ("condemned the attack but made no comment").
#: 229: actors: a form inside the name of another place is no mention ("North America",
#:      "New Mexico", "Northern Ireland", "the South China Sea"; ``other_places`` in actor files).
#: 230: quotes: a relative clause set off by commas before a noun-like verb ("The emails, which
#:      were obtained ..., show that"), "data"/"media" as plural subjects, "that" and a past verb
#:      after an object is a relative ("blame a board that has ignored ..."), "it" standing for a
#:      claim made elsewhere is no content ("said it before"; before a colon: the claim after it).
#: 231: quotes: a "that" inside the infinitive a verb of urging asks for belongs to it ("urged both
#:      sides to avoid actions that could raise tensions").
#: 232: quotes: a participle phrase opening a sentence is no speaker ("Speaking in the Commons, the
#:      shadow minister, Tom Kerr, said"); a passive's subject before a short insertion or a relative
#:      clause set off by commas ("The coach, Ivan Petrov, was accused of ..."); a year or a weekday
#:      after a passive's agent is no part of it ("rejected by the council in 2015").
#: 233: terms: water over land is no loaded "flood" (stop phrases "flood warning", "flooded roads",
#:      "severe flooding" ...); "a flood of tourists" stays.
#: 234: quotes: a speaker named in full who opens a later sentence as its subject is the "he" or
#:      "she" after it, though someone else spoke in between ("Alvarez, who was booked, faces a
#:      ban. Asked ..., he replied").
#: 235: quotes: an -ing cue set off by commas that says only where its subject spoke is no claim
#:      ("Halsey, writing in his newspaper column, said ..."); a "post-" word is no medium ("in his
#:      post-presidential life" stays in the content); magazines, blogs, books ... are media.
#: 236: quotes: a headline's past form before a preposition is a passive without its auxiliary
#:      ("Israel blamed for strike": no speaker); "was blamed on X by Y": Y speaks of the whole.
#:      blame: headline rules "blamed on X (by Y)", "X accused / blamed by Y".
#: 237: quotes: a name in apposition after an inverted role ("said a spokesman, Dmitry Peskov");
#:      "but that" continues a claim; no speaker opens with "that" or a question's auxiliary, nor is
#:      a measure ("the scale of"); titled transcript labels ("Mr Hughes (Leeds North):"); a
#:      quotation's content ends before "as/when ..."; "cut its" is a verb. blame: a place after
#:      "in/at" is no target ("demand in China"), unless ruled ("the regime in Damascus").
#: 238: quotes: an addressee may be names joined by "and" ("urged India and Pakistan to ..."); a
#:      content cut before the next verb drops its "and"; ", which X denies" disputes the claim
#:      before it. blame: "deny-charge-after" ("..., a charge X denies" after X is blamed).
#: 239: quotes: an addressee with its determiner before the occasion ("told the council before
#:      the vote"); "its deputy envoy NAME" speaks for the owner; "explained X by saying ...":
#:      the -ing cue's claim only; "said that the protests were illegal and blamed ...": the
#:      speaker blames, not the thing.
#: 240: quotes: "faulted X for Y" and "pinned the blame for X on Y" are cues.
#: 241: blame: "rather than its Syrian client" is contrasted; a repeated preposition links
#:      targets ("with Syria, and with Iran"); an actor after "and" with its own verb ("and Iran
#:      denied it") is no target; "Blaming Damascus would ..." is an act supposed.
#: 242: quotes: "the group" (movement, alliance, bloc ...) speaks for the organisation named
#:      last; "The group's statement" for its possessor; a state's body ("the military") past a
#:      speaker of no actor is the state speaker's before it.
#: 243: quotes: "told the judges that intercepted messages showed ..." is a that-clause; "argued
#:      that the messages had been mistranslated and accused ..." is the speaker's next act; "A
#:      witness who survived ..., identified as ..., testified" speaks; "said the crane fell." is
#:      a claim, not an inverted speaker.
#: 244: quotes: a later clause holding a quoted fragment ('and it blamed "inaccurate" fire')
#:      ends an earlier content in its sentence, as any attribution does.
#: 245: blame: a yes-no question ("Did Israel use the Il-20 as cover?") asks, it records no blame
#:      or denial; negated (rhetorical) and wh-questions keep theirs.
#: 246: quotes: a dateline ("WASHINGTON (AP) —") is no part of a sentence's subject; more
#:      irregular past verbs ("tore into", "withdrew", "upheld" ...).
#: 247: quotes: ', a charge Delgado called "rich"': the labeller speaks the label, the claim
#:      before ends at the apposition; blame rule `charge-called-false-after` (", a charge
#:      Israel called absurd" after a blame: Israel rejects it).
#: 248: quotes: an adverb between a cue and "that" ("said only / recently that ...") is no
#:      part of the claim.
#: 249: quotes: "It" opening a sentence is the body that was the previous sentence's subject
#:      ("The coalition did not respond. It has denied ..."); blame takes that resolution.
#: 250: quotes: "he", "she" and "his office" prefer a subject to the object of a verb or a
#:      preposition ("X spoke with Y, his office said": X's), never a publication; a plural
#:      subject and a base-form cue end a sentence after a comma (", Israeli media report.").
#: 251: quotes and blame: a heading inside the body (at most SUBHEADING_MAX_WORDS words, no
#:      end punctuation: a live blog's entry) reads in a headline's grammar.
#: 252: quotes: a verb that shares its subject with the cue's infinitive ("chose instead to
#:      accuse", "sought to blame"); "his" before a plural generic head ("His generals").
#: 253: quotes: "were quick to", "try to", "began to" before a cue share their subject with it
#:      (one list, ``quotes.SHARED_SUBJECT``, also in blame's infinitive chain); blame: "lined up
#:      to condemn" (a past verb and its particle); actors: the State Duma and the Federation
#:      Council are Russia's.
#: 254: blame rules `attribute-harm-to`, `attributed-harm-by`, `attributed-harm-passive`
#:      ("attributed the strikes to X", "were attributed by Y to X").
#: 255: quotes: an unowned state body ("The Defence Ministry") is the state the subject of
#:      the sentence before names; an apposition labelling an act (", a move Washington
#:      called ...") ends the content before it.
#: 256: quotes: a quote after the cue of a claim inside another is its inner subject's ('said
#:      Putin had insisted "..."'); a pronoun denying an accusation as a charge is the accused;
#:      a heading in the body bounds what "the ministry" refers back to; segment: a roundup's
#:      short heading over a long paragraph is no hard wrapping.
#: 257: quotes: an apposition naming a claim (", a conclusion X rejected as ...") ends the
#:      content before any cue that labels with "as", and takes findings, rulings, verdicts.
#: 258: quotes: "the ministry's press service" is a generic head ("service") of its owner.
#: 259: quotes: a fact check's "Claim:" at a paragraph's start is a claim with no speaker;
#:      blame: quoted fragments of up to twelve words are read unquoted by the rules.
#: 260: quotes: a timeline's date set off by a dash or a colon ("Sept 18 \u2013") opens no
#:      speaker and no content, as a live blog's time stamp.
#: 261: quotes: "spokesman Eric Pahon" with no body of his own speaks for the body in
#:      context, as "a spokesman" would.
#: 262: quotes: ", but residents doubt ...", people who judge with a verb in the present,
#:      end an infinitive or an object content.
#: 263: quotes: a time opening a sentence with no comma is no part of the speaker; "responded
#:      to" / "replied to" name what is answered, not a claim; "Speaking for France, the
#:      ambassador" stands for France; "that the situation remained ... and urged" is the
#:      speaker's next act; "said it myself for a decade" is no content.
#: 264: quotes: "it" after an opening adverbial is the body the sentence before was about;
#:      "argued that A and suggested that B" are both the subject's; a gendered noun before a
#:      comma ("His widow, Elena") keeps its gender; "called her the night before" is no label.
#: 265: quotes: a list of names before a relative clause speaks as a whole ("Canada, Ukraine,
#:      Sweden and Britain, which ..., said"); "has acknowledged that A but maintains that B".
#: 266: quotes: past an attribution set off after its content ("X condemned the attack, SANA
#:      reported, calling it ..."), a participle is the content's speaker's, unless "adding".
#: 267: blame: rule blame-at-door-of ("laid the blame at the door of X", "at the feet of X").
#: 268: blame: rules involved-in-harm and role-in-harm ("X was involved in the attack", "X
#:      played a role in the bombing"; "denied it had any role in ..." is a denial).
#: 269: blame: the forms of "be" before "behind", "involved in" and "the work of" are one
#:      macro, so "could have been the work of X" counts as "could have been behind" did.
#: 270: quotes: a cue form after a past verb, before a bare noun, is an adjective ("faced
#:      repeated questions"); a document is issued, not the issuer ("A report published on
#:      Monday ... concludes"); a claim of what a thing is may open with a possessive; an
#:      apposition naming a speech act (", a remark she later repeated") ends the content;
#:      blame: past a semicolon, a coordinated verb's subject is its own clause's.
#: 271: quotes: a person named as a sentence's subject, though silent, is a candidate for the
#:      next "he" or "she" ("Stephen Flynn went further. He told ...", "Yadlin shrugs").
#: 272: quotes: a transcript turn labelled by a role ("Moderator: ...") is its direct quote.
#: 273: blame: rule regarded-as-responsible ("singled out X as responsible", "see X as to
#:      blame"; not "as responsible for security").
#: 274: blame: denials by "disclaimed" and "brushed/shrugged/waved off" (active or passive,
#:      one macro denied_form), and "in no way responsible".
#: 275: quotes: "or" inside the addressee of a request, up to six words ("urged anyone with
#:      dashcam or phone footage to contact the force").
#: 276: blame: a pronoun object of a verb of blaming is not that verb's subject ("blamed it"),
#:      "which it blamed on X" (the main clause's subject blames), "which Y blamed on Z" no longer
#:      blames the main clause; quotes: an "as" clause after an attribution's time ends the claim,
#:      "They" opening a sentence after a plural speaker noun subject ("The researchers ... They").
#: 277: quotes: a verdict on an object ("found him guilty of fraud") ends before the subject's next
#:      act; a relative clause inside closed quotation marks does not hold an object open.
#: 278: blame: "his"/"her" may stand for a state or body owning a person's title ("Israel's army
#:      chief denied that his pilots ...").
#: 279: blame: rule x-not-y-harmed ("Syria's air defences, not Israel, shot down the plane").
#: 280: quotes: a relative clause or "citing" aside on the source after "according to X," is skipped.
#: 281: voice: words inside a charge that a denial takes whole after the fact ("Ukraine said X, a
#:      charge Moscow denied") are the words of who made the charge (the inner attribution).
#: 282: quotes: "since"/"after" heading a phrase of time before "and" and a second cue leaves the
#:      cue to the sentence's subject; an occasion addressed with named modifiers ("told a
#:      regular UN briefing").
#: 283: blame: rule deny-accusation-that (target mode "accused"): a rejected claim clears the
#:      actor its "that" clause opens with, the denier when a pronoun opens it.
#: 284: quotes: an irregular past cue after a comma and "and"/"but" is the subject's next act
#:      (", but found that ..."), as a regular one was.
#: 285: quotes: a claim with no "that" saying what befell a thing ("the hack had been carried out
#:      from Chinese territory and urged ...") ends before the speaker's next act; blame: a
#:      proxy's sponsor ends no target slot ("hackers linked to China's ..."); intrusion/breach harms.
#: 286: blame: rules suspect-of and hand-in; "suspected by" in blamed-by; a share of the blame
#:      ("much of the blame") in put-blame-on.
#: 287: quotes: a list of names right after a dateline is the whole speaker ("LONDON — The
#:      United States, Britain and the EU said"), so each of them blames.
#: 288: quotes: "but that" opens a second claim of the same cue, not a speaker; an accused object
#:      with a relative aside keeps its charge ("accused Spotify, which ..., of using ...").
#: 289: blame: "X, which it accused of ..." takes the main clause's subject as the accuser and the
#:      relative's antecedent (the last name before it, even after "on") as the accused.
#: 290: quotes: "said at least 13 people ..." is a claim (had been read as a place after the cue,
#:      leaving no record); a counted subject after an addressee opens the clause ("told
#:      reporters at least a dozen people died").
#: 291: quotes: a label given inside an object ("condemned what he called a crackdown", "described
#:      the attack as "barbaric"") opens no clause: the act after "and" is the subject's.
#: 292: quotes: a speaker named inside another's claim ("accused Washington of bullying after the
#:      White House announced tariffs") no longer becomes the one a later "it" or "the ministry" is.
#: 293: quotes: "who" before a speaker opens the claim as "which" does ("Smith, who police say
#:      fired first, was arrested"); a list of places after a noun's preposition keeps the noun
#:      as the speaker's head ("Regulators in France, Italy and South Korea said").
#: 294: quotes: a plural modifying the noun after it ("A federal appeals court on Thursday upheld
#:      ...", "a human rights group") is no verb ending a sentence's subject.
#: 295: quotes: after a claim whose subject is the speaker's own pronoun ("denied that it had
#:      harmed the captives and accused the army of ..."), the act after "and" is the speaker's.
#: 296: quotes: a number's comma ("2,000 people") is no clause break nor the comma of a
#:      parenthetical attribution.
#: 297: quotes: plans, votes and charges (_THING_HEADS) say nothing, and a quoted predicate may
#:      hold a comma ("the plan was "too little, too late" and blamed ..."); adjectives of place
#:      or standing make the plural after them a noun ("International observers ... noted"); a
#:      speaker phrase begins at "The" after a noun where the text lost a full stop.
#: 298: quotes: "and in turn", "and in response", "and on Monday" before a second cue; a
#:      participle aside after the first cue ("denied A, calling it "B," and accused C") leaves
#:      the past tense after ", and" to the subject, also after a quote's comma.
#: 299: blame: rule "unprovoked" ("X opened fire without provocation", "X launched an
#:      unprovoked attack": X is blamed).
#: 300: actors: a form joined by a hyphen to one of the actor files' ``origin_words`` is no
#:      mention ("Russian-speaking", "Russian-language", "German-made", "Washington-based").
#: 301: quotes: the document a claim was made in closes its content after a comma (", in a
#:      report that ...", ", in a filing with the court").
#: 302: quotes: the outlet's adjunct after an interrupting cue may carry a relative clause ("...,
#:      police said, in a case that has deepened tensions"); actors: the European Commission,
#:      Council and Parliament speak for the European Union.
#: 303: blame: a denial's "as" complement may come before its object ("rejected as groundless
#:      US claims that ...", "dismissed as politically motivated the charges").
#: 304: blame: rule "evade-responsibility" ("X cannot escape responsibility", "X is trying to
#:      evade / shirked its responsibility": X is blamed; negated forms are not).
#: 305: quotes: the attribution's bare weekday ("officials said Wednesday, ...") interrupts the
#:      claim like "on Wednesday"; a noun phrase after it that sums up the event ("the latest
#:      outbreak of violence", "a move that angered farmers") closes the outlet's sentence.
#: 306: quotes: an event or a matter before a headline's colon ("Libya dam collapse: ...",
#:      "Ukraine war: ...") is its topic, not a speaker, even when it names an actor.
#: 307: quotes: a subject with a reduced relative ("Police investigating the blast said",
#:      "A commission investigating the crash of a plane that killed 72 people concluded"):
#:      the noun before the participle speaks, not the participle's object.
#: 308: quotes: one list of the nouns of an outlet's apposition naming what the sentence
#:      reports (`_APPOSITION_NOUNS`: claims, acts, numbers, speech acts) for the contact
#:      relative's speaker, the claim's end and the labelled claim (", a gesture X welcomed",
#:      ", a number the ministry disputes").
#: 309: quotes: "the statement" / "the report" speaks for whoever spoke through that document
#:      before ("X said in a joint statement ...", "X blamed ..., in a report released on
#:      Wednesday"), not for the latest speaker.
#: 310: blame: rule "link-to-harm" ("linked / tied X to the blast", "implicated X in the
#:      sabotage"); "traced / linked the attack to X" in "attribute-harm-to"; "had a hand in" in
#:      "role-in-harm"; chide, scold, admonish, reprimand, upbraid, excoriate in "criticize-for".
#: 311: quotes: a past-tense cue after "and" closing a claim whose subject the speaker's
#:      possessive owns ("denied that his government had ... and blamed X") is the speaker's
#:      next act, not more of the claim.
#: 312: blame: an actor after "against" in the blamed thing is a victim, not a target
#:      ("blamed Kosovo's terror against Serbs"); "his" / "he" binds to a state whose
#:      capitalised title precedes a name ("Serbian President Aleksandar Vucic denied that his
#:      government had any role").
#: 313: quotes: a raising verb before "to" ("continued to provide", "sought to send", "seeks to
#:      raise") is no cue; "continued" alone still is.
#: 314: actors: the Pakistani Taliban (Tehrik-i-Taliban Pakistan, TTP) is its own actor, not
#:      the Taliban and Pakistan.
#: 315: quotes: "hit back"/"shot back" end a subject; a cue in a comma-set relative aside of a
#:      content's subject leaves the content whole; "told police"; "known as X" is no clause.
#: 316: blame: a verb before the infinitive of blaming in a reported clause ("said Israel was
#:      trying to blame Syria", "had the audacity to blame") gives that clause's subject; "they"
#:      is not a place named after its preposition.
#: 317: blame: "had no involvement in" is a denial (rule not-involved).
#: 318: quotes: a quantifier floated after a plural subject ("have both denied") is no part of
#:      the speaker; ", adding" with a plain noun phrase is no claim; after an addressee a subject
#:      with a past verb and its infinitive is the clause; "they" after a subject "Police".
#: 319: blame: each conjunct of a coordinated subject is its head mention after modifiers
#:      ("Syria and its ally Russia", "the Syrian Kurdish-led SDF", "Iran-backed Hezbollah and Syria").
#: 320: quotes: a "whose" relative on a subject ("The mining company whose dam burst admitted")
#:      is no part of the speaker.
#: 321: quotes: "..., X said, without giving details" ends the claim at the attribution; a
#:      passive set off by commas ("The kidnappers, believed to be linked to ..., have") and
#:      "reported on the death of" are no cue; "continued" reports only what it goes on with;
#:      "a case officials described as" (the plural, not the noun); "US Ambassador X" a titled
#:      name; "they" a plural or a body before one person; sentences: "on X." ends one.
#: 322: blame: a relative clause with no "which" whose object is gone ("envoys it accused of
#:      spying": contact-x-blames); "it" after a relative the subject of the antecedent's clause;
#:      an indictment's claim is its issuer's ("unsealed", "filed", "returned" issue a text).
#: 323: quotes: ", but most said ..." ends a claim and attributes to "most"; "X himself" is X;
#:      a participle's clause is no speaker; "it" after "When X ...," is X; "They" after a bare
#:      plural subject ("Western governments reject that."); "has said A, and accuses B".
#:      Blame: "X will pay for this crime" (will-pay-for).
#: 324: quotes: "show" a quality ("showed no remorse") is no cue (sense display); a plural that is
#:      a cue form before its verb is a noun ("Gulf states walked out"); a capitalised -ing word
#:      inside a body's name ("the Center for Countering Digital Hate"); "a military spokesman"
#:      resolves as the state's body would, not to the agency that spoke last; "the junta" is a
#:      state's body; a verbless subject before ", warned X against" is no fronted claim.
#:      Blame: "X's invasion of Y, which Z blamed" blames X, the owner of the act.
#: 325: quotes: a relative clause set off inside an object keeps the object's complement after
#:      it ("blamed Iran, which supports the Houthis, for the attack") and its own noun object
#:      ends at its closing comma.
#: 326: blame: a negated denial ("has not denied", "neither confirmed nor denied") is none; "its
#:      neighbours / rivals / allies" are not the owner. Quotes: "the alliance's secretary general"
#:      speaks for the alliance.
#: 327: quotes: a phrase with an irregular past before any relative word is no speaker ("Two men
#:      went on trial accused of"); "Its" opening a sentence takes the actor of the sentence before
#:      only in its subject; "International" is a title word ("Iran International").
#: 328: quotes: a body's title with a modifier or an appositive name and no country ("Foreign
#:      ministry spokeswoman Mao Ning") speaks for that body's speaker, else the state before.
#: 329: quotes: "services" is a speaker noun ("after intelligence services said"); a source "in"
#:      a body speaks for it ("a source in Ukraine's security service").
#: 330: quotes: a denial after an apposition naming the claim before it ("..., a charge Hamas
#:      denies") disputes the claim reported there, kept beside the report of the same words.
#: 331: quotes: a content ends before "and" with the cue's own auxiliary and no subject ("has said
#:      A and has challenged B").
#: 332: blame: a denial whose rule matches from the sentence's start ("Y said it had nothing to do
#:      with it") no longer swallows a blame before it in the sentence; a verb of blaming whose
#:      subject no actor covers ("allies blame Kremlin") is no one's, not the outlet's.
#: 333: quotes: "According to the governor, Alexei Smirnov, A": the name is the source's; a claim
#:      ends before a quotation's coordinated cue ('but noted "B"') and before the subject's next
#:      act in the present ("and calls such accusations a smear"); "calls such X" is a verb.
#: 334: quotes: a body's role with a name no actor covers ("The office's spokesman, Chen Binhua")
#:      speaks for whom the role names.
#: 335: quotes: an "after" or "while" clause with its own verb after the attribution's own time
#:      ("..., the minister said on Sunday, after a cargo ship was struck") is no part of the claim.
#: 336: blame: a blame coordinated with a denial through an auxiliary ("denied A and has accused
#:      B") is no part of what is denied; "with X blaming Y" is X's; the stops of an initialism
#:      ("the U.S. of") end no noun phrase.
#: 337: quotes: a cue form before "be" heads a subject ("spending plans were ... and urged": the
#:      speaker's next act); a speaker noun before an -s form makes it a verb ("The ministry
#:      blames ..."); an accused and its charge end before another subject's clause; an
#:      initialism's stops end no object; a capitalised cue in a known name is none ("Islamic
#:      State"); "recall" tells a memory only before a clause, an -ing form or a time.
#: 338: quotes: with no charge named the accused alone is a verb of blaming's content ("The council
#:      blames online shopping, but ..."), not when the accused or the charge stands elsewhere;
#:      "recalled X doing" tells a memory; a possessive after ", but" opens another subject.
#: 339: actors: a place name after a title and a forename is a surname ("Lisa Monaco"); quotes:
#:      "it" never speaks for the subject of its own claim ("All staff were safe, it said"); "said
#:      through his lawyer"; after an addressee a subject with a prepositional phrase opens a
#:      clause; "on the same day" is no part of a speaker; ", with X calling" ends a prepositional
#:      cue's object ("lashed out at"); "A state that ..." is a subject; blame: the accuser
#:      before "accused X of using ... as cover" is no target.
#: 340: blame: actors named as examples of a target with none of its own are the target
#:      ("foreign enemies, including the United States and Israel"); quotes: ", then" joins a
#:      subject's next act ("denied the charge, then admitted it"); "Letter:" is a rubric.
#: 341: quotes: "this"/"last" open a claim unless a time follows; a past cue after a claim
#:      whose subject is the speaker's own pronoun (also after a comma, past that pronoun's own
#:      cue) is the speaker's next act; compound nouns ("think tank") and "calling itself X" are
#:      no cues; a participle set off inside a claim never speaks; "a charge it denied" after a
#:      passive is the accused's; ", but" and an irregular past, ", a day after", "since
#:      Sunday", a relative aside with its own attribution, the labeller's adverb; "the
#:      government" after another state's person; one-word topic headlines. Blame: "and in
#:      particular" examples; "none of the allies has blamed" is no blame by itself.
#: 342: quotes: a nested claim ends before the outer that-clause's next "and that"; no
#:      addressee across "and" before "that"; "as early as 2016" before a that-clause;
#:      "says otherwise", "said so" no claim; relative asides after a coordinated title.
#:      Actors: a country's businesses are no actor unless state-owned. Blame: "the army"
#:      with no actor is the army named last; firms as targets leave no pronoun fallback.
#: 343: quotes: "…, officials said, in one of the deadliest attacks" ends the claim before
#:      the attribution; an inverted cue's speaker may open a "whose" clause, and a past
#:      tense before a speaker closing the sentence makes a claim. Blame: "they" after
#:      people no actor names is no singular actor; a participle cue in its sentence's
#:      subject reports up to the sentence's verb; a headline's second verb after a comma
#:      has the first one's subject; a participle aside closed before the claim's verb
#:      stays in the claim.
#: 344: "Critics ..." opening a sentence is people no actor names for a later "they"; a
#:      participle cue after a compound modifier ("Iran-backed groups claiming") in a subject.
#: 345: relative asides after a subject, a headline's clause without a cue and its as-clause,
#:      "whatever X says", "Even X", "a charge both countries reject", "the group" after a new
#:      unnamed group; blame "X not to blame" in headlines, "the alliance" = the organisation
#:      named last, "pro-X"/"anti-X" no blame target.
#: 346: a past cue after "and" is no second verb under a nested clause's modal; objects
#:      joined by "and" in a relative clause before the main verb's auxiliary; a speaker
#:      found after a quote never lies before it.
#: 347: "a blow to ministers, who": people after a preposition; "Ferreira rebuffed demands
#:      that": no speaker; a subject set off by a name closed before a time, with the name;
#:      ", officials said, but ..." ends the claim; display of a person; "stand accused of";
#:      "It" after a claim's subject; a forename before a place; a pronoun's person's actor;
#:      a titled name in apposition; "but did not give details"; plural headline topics; an
#:      apposition's contact pronoun; blame "a suspected X" is no verb.
#: 348: an infinitive, a charge or a request ends at "and" with a past tense; ", which X
#:      denies" ends a claim; an object ends before ", as" and a clause and before a named
#:      subject's past tense; a passive takes no object; naming passives need a label; datelined
#:      roundup items are parts; "he" never a body with an acronym, a subject with an age; a
#:      restrictive "who" after a subject; "beating Wall Street forecasts"; "said it also left";
#:      a capitalised office before a full name; a set-off name kept across "but"; "that
#:      account" a noun phrase; "it" after an attribution; a headline's next verb after a comma;
#:      blame: no connector opens a target, "a condemnation of", a relative aside's verb of
#:      saying, progressives and quoted fragments keep their subject, "no reason to blame".
#: 349: quotes: a name and a colon after an interview's question answers it; a relative of time
#:      past an auxiliary ("the first time Wellington has blamed"); the outlet's count (", the
#:      first time ...") and bare-plural appositions (", comments that ...") end a claim; -ing
#:      nouns in lists; thousands commas in a passive's subject; "appealed for"; a pronoun after
#:      the cue with words after it is no inverted speaker; ", after" + a longer clause; figures
#:      and data speak; a plural subject's verb closing a headline; a headline's rubric; blame:
#:      actors joined by a hyphen or "and" in one modifier ("American-British aggression").
#: 350: quotes: "and"/"but" with "was" ends a denied object ("denied the charges and was
#:      acquitted"); a dash sets off an apposition naming a claim (" - a charge Abu Dhabi
#:      rejects"); "not a shred of" a quality is shown; a longer verbless role before a set-off
#:      name, also across a relative clause after it ("Algeria's envoy, Amar Bendjama, who ...,
#:      said"); a contact relative's pronoun labels ("exercises it described as"); ", in what
#:      would be ..." after an attribution is the outlet's; more claim nouns in appositions
#:      ("a recommendation that ..."); a cue in a subordinate clause after a comma attributes
#:      nothing before it; bare plural speakers after a claim noun ("a move critics said");
#:      "it" after a comma-set subordinate clause's subject; a one-verb restrictive clause
#:      ("Families of the victims who died said"; "Those who survived"). Actors: G7, G20, "Amnesty".
#: 351: quotes: the outlet's description of the event (", in a clash that left four dead",
#:      ", in what ...") ends a charge or an infinitive.
#: 352: quotes: "states" and "delegations" speak; "Gulf states said" is a noun and its verb; a long
#:      subject with a reduced relative gives its noun; "whose X" speaks for its antecedent's actor and
#:      its claim ends before the main verb; "who" after a preposition is no relative; more rubrics
#:      (satire, essay, ...); a past event after ", after" ends an infinitive; a relative clause's verb
#:      is no parenthetical attribution; "call" in its sense of convening ("called a snap election");
#:      a price never speaks a participle after a subordinate clause; a subject pronoun is the whole
#:      subject; a plural subject, a noun-like cue and a bare plural with a verb make a clause; a fact
#:      check's "Claim:" with its own attribution adds no claim; "said they" after a restrictive clause;
#:      a quoted noun's contact relative ('"criminals" he said had ...') is no attribution after it.
#: 353: quotes: the one asked a question answers the "He said" that opens the next sentence; a noun
#:      before a contact clause heads its phrase ("residents I spoke to"); a contact clause's pronoun
#:      speaks where its cue leaves the claim's subject out ("footage it said showed"); "find" in its
#:      sense of discovery ("found the body of a woman"); a video showing a moment or a scene depicts
#:      it; an embargo notice opens a headline as a rubric; a participle before "by" is no head
#:      ("documents seen by this newspaper show"); a headline's bare singular and past after a
#:      noun-like cue make a clause; a cue after a restrictive clause's verb is the main verb; a
#:      claim ends before "but did not" and the next cue.
#: 354: actors: a country's civil bodies (an association, a society, an institute, a foundation, a
#:      church, a club, a charity) are no actor, as its businesses are not.
#: 355: quotes: a name after a role opens a sentence as its subject ("City boss Marta Ruiz saw
#:      ...": the next "she"); a past cue after the speaker's noun modifies it when a later cue
#:      ends the clause ("minutes published on Thursday showed"); a participle after a new main
#:      clause ("..., but the opposition voted against it, saying") is that clause's subject's;
#:      '"...," read one banner' speaks; a headline's title names no one below it; a bare mass
#:      noun and its verb make a clause ("data show violent crime rose"); "2,000" is one group;
#:      a quoted verb may open with an adverb after an addressee ('told the court his client
#:      "strenuously denies" ...'); a headline's "-ing" cue before a past participle is a noun
#:      ("Heatwave warning issued"). Blame: "X and Y each accused the other" is reciprocal.
#: 356: quotes: an adverb of time before "that" or "after" ("admitted shortly afterwards that",
#:      "conceded shortly after midnight") is no content; a subject and its apposition before a
#:      cue with nothing after it claim nothing ("His lawyer, John Smith, said on Sunday."); a
#:      prepositional cue's object ends before "after" and a clause and before the subject's next
#:      act ("called for calm and ordered a review"), and so does a label's ('called him "a
#:      giant" and ordered'); a name after a noun with an article is a relative clause's subject
#:      ('a move Beijing condemned as "..."'); a noun object ends before "throughout"; a feeling
#:      shown is no claim ("showed no emotion as ..."); cut before the next clause, a
#:      parenthetical attribution's content ends before it. Actors: a place that is also a given
#:      name before a surname is a person ("Jordan Blake"); a country's banks are no actor.
#: 357: quotes: a quoted word inside a clause's subject after an addressee ('told reporters the
#:      "deeply flawed" report was') and a quoted clause right after one ('told reporters "the plan
#:      was dead".') are claims; a pronoun with a restrictive clause speaks also when the clause
#:      ends in a thing ("(Many of) those who heard the blast said"). Actors: "the Foreign
#:      Office", "the Home Office" and the FCDO are the United Kingdom's. Blame: an object
#:      pronoun no actor in its sentence fits takes the actor of the sentence before in its
#:      paragraph ("Moscow denies ... Kyiv accuses it of ...").
#: 358: quotes: a phrase opened by a preposition such as "below", "despite" or "during" is no
#:      subject ("below the $3.4 billion analysts had expected"); "showed little reaction" (and
#:      surprise, relief, fear ...) is no claim; an accused and its charge end before another
#:      subject's act after "with"; in a title-case headline a bare noun-like cue after one
#:      singular subject is a noun ("UN Report Accuses ...").
#: 359: quotes: objects joined by "and" inside a relative clause leave the noun before "who"
#:      the speaker ("Analysts who examined videos and images of the site said"); a noun-like
#:      cue right after a verb of exchanging or shifting is its object ("India and Pakistan
#:      Trade Blame", "traded claims"), which also gives the headline's blame its speaker.
#: 360: quotes: a noun object ends before "without" and an -ing form ("condemned the attack
#:      without naming a perpetrator"); a passive, also in quotation marks, followed by "and"
#:      and a past verb of asking for something ends the claim ('had been "stolen" and called
#:      for protests'), and that act has the sentence's subject, also after "that".
#: 361: blame: "put/laid/pinned the blame for A on X" takes the last "on" of the clause after
#:      "for" and what the blame is for ("for attacks on two tankers ... on Iran" had no record).
#: 362: quotes: an unowned state body opening a paragraph takes the state the subject of a
#:      one-sentence paragraph before names, as a lead's ("China imposed sanctions on ...
#:      The commerce ministry said": China; was no actor), and so blame gets its source.
#: 363: quotes: "early on Sunday", "late on Monday" end a content as "on Sunday" does ("what
#:      the military described as weapons depots ... early" kept "early").
#: 364: quotes: an aside on the source after "A, according to X," ("who spoke on condition of
#:      anonymity because ...") leaves the claim A (was A and the aside); a verb with an
#:      addressee before a verb with no subject is a contact clause's ("a decision aid groups
#:      warned could turn into a disaster" was no record), and a plural for people after a noun
#:      naming an act keeps its modifiers ("human rights groups", was "groups").
#: 365: actors: the GRU and SVR are Russia's; the SBU (Security Service of Ukraine), the
#:      Armed Forces of Ukraine and the Verkhovna Rada are Ukraine's.
#: 366: quotes: in "a breakthrough that developing nations had sought" the people after "that"
#:      are the cue's subject, the noun before it no speaker; a "that" after a subordinated
#:      participle cue is the participle's ("agreed to the fund after insisting that ...": was
#:      "agreed"'s); a label opened by "a" of up to eight words with no verb is no clause, so a
#:      next act after it is the subject's; "breakthrough", "milestone", "compromise",
#:      "reversal", "setback" name an act in an apposition.
#: 367: quotes: a weekday ("on Monday") before "as" or "after" is no measure of time that keeps
#:      the phrase in the object (it ended in "day"); a charge noun after one modifier, and
#:      "fraud", "irregularities", "misconduct", "interference", "credit", end at a clause
#:      of the act's time ("alleged widespread fraud on Monday as results showed ...").
#: 368: quotes: a pronoun denying a reported claim as a charge is the claim's subject when it
#:      agrees with it ("Israel said Hamas fired the rocket, a charge it denies": Hamas, which
#:      was Israel); "men", "women", "children" are plurals.
#: 369: quotes: a clause of time set off by a comma after a content that follows its cue ends
#:      it (", after a tabloid published ...", ", when there are photos ..."), not when it
#:      opens the content ("said that, when he arrived, ...") or the content is fronted.
#: 370: actors: US federal departments and agencies whose names no other state uses (Justice
#:      Department, Federal Reserve, Federal Aviation Administration, FEMA, NASA, ...).
#: 371: quotes: a past tense after "and" inside a participle cue's claim, with no comma, is the
#:      claim's verb ("saying passengers had refused help and insisted on ..."); a participle
#:      cue joined to a participle set off by a comma after a quantifier (", some waving flags
#:      and chanting ...") has the main clause's subject; a number of people is a subject before
#:      a past and a preposition ("Thousands rallied on Sunday") unless the past is a passive
#:      list participle ("Three wounded in the blast").
#: 372: blame: "the decision", "the move", "the step", "the measure", "the announcement" as a
#:      target name the act the sentence before tells of, whose subject's actor is blamed when
#:      that subject acted rather than spoke ("... raised tariffs. China condemned the decision").
#: 373: quotes: a subject's cue with no object, closed by a comma, leaves a past cue after
#:      ", but" to the same subject ("His ex-wife agreed, but also contended that ..."); a
#:      content opening with "but" or "yet" is none ("a call the union welcomed but managers
#:      ignored").
#: 374: actors: a preposition or conjunction inside an actor's form does not end a phrase's
#:      head ("The Food and Drug Administration" is the United States'); Roscosmos is Russia's.
#: 375: quotes: a headline's phrase holding a verb of saying in "-s" is no speaker ("Family
#:      Demands Answers After ...": no "Answers" cue).
#: 376: quotes: a claim right after a parenthetical attribution's closing comma is nested in its
#:      content ("For years, the families said, police had blamed fans ...": was "For years").
#: 377: blame: a place a blamed group works from is no target ("a criminal gang operating from
#:      Russia", "a group based out of Iran").
#: 378: quotes: "answer" before "to" reports no claim unless a that-clause follows ("Ukraine
#:      answers to Washington").
#: 379: quotes: a past cue that only sets its noun's time before the clause's own verb is a
#:      participle, no attribution ("a strike planned for next week would go ahead").
#: 380: quotes: a date right before the claim's verb is the claim's subject ("said Friday was a
#:      day of mourning", "said last year was the hottest": was no record).
#: 381: blame: a restrictive "that" before the cue has its antecedent blame ("rejected a UN report
#:      that accused ...": the UN, was the sentence's first actor); a possessive pronoun in the
#:      target is not the blamer's own unless "own" follows ("accused its troops").
#: 382: quotes: a passive participle with its agent is no speaker ('armed groups "financed and
#:      organized by Serbia" had attacked ...': no "attacked" record, the outer content goes on).
#: 383: quotes: a "who" relative after a speaker who follows the quote leaves the noun it
#:      describes ('"...," a diplomat who attended the talks said': was no record).
#: 384: quotes: a cue of saying or blaming after "and" closing a denied that-clause is the
#:      denier's ("denied that officers had used live ammunition and accused ...").
#: 385: quotes: a manner ("ruled unanimously") or a vote's tally ("ruled 5-4 on Tuesday that")
#:      between the cue and "that" is no part of the claim.
#: 386: actors: a body overseeing the media is the state's ("Russia's media regulator");
#:      Roskomnadzor, the Competition and Markets Authority and Ofcom are bundled.
#: 387: blame: an allegation that someone did a harm blames them ("charged that Ukrainian
#:      troops had fired on the plant"; rule allege-harm-that).
#: 388: blame: "X, whom Y accuses the Afghan Taliban of sheltering" blames the named accused,
#:      not the relative's antecedent (which-x-blames needs the gap right after its cue).
#: 389: quotes: a headline's event named before its place and colon is the topic ("Flooding in
#:      Libya: ...", "War in Sudan: ..."), no speaker.
#: 390: quotes: a body's wing speaks for whom its owner speaks for ("The military's media wing
#:      said": the state of the army named before).
#: 391: quotes: "with some supporting the teachers and others saying ...": the group after
#:      "and" speaks, not the first group with its own clause.
#: 392: quotes: "fired back"/"shot back"/"hit back" are cues; a cue right before a participle of
#:      saying ("responded, saying ...") gives no record of its own.
#: 393: quotes: a people's adjective before a noun that is also a cue ("the Polish claims") is
#:      no speaker of it.
#: 394: quotes: a person a video shows, then what they do or the sentence's verb, is depicted, no
#:      claim; "released a video on Saturday showing X" no document's time phrase; "released
#:      footage of X pleading": X pleads.
#: 395: quotes: a delegation, a negotiator or a representative is a generic head ("Its delegation
#:      said": the state named before).
#: 396: blame: a verb of saying coordinated with a denial ("has denied any wrongdoing and has
#:      said the Syrian army was to blame") ends the denial's complement: its claim blames.
#: 397: quotes: an adverb between a plural subject and a verb that is a noun too ("diplomats
#:      privately concede that") leaves it a verb.
#: 398: quotes: a generic body in a paragraph labelled with an actor ("Russia: The foreign ministry
#:      said") speaks for that actor.
#: 399: blame: "behind the "sabotage"" (a quoted harm); "..., a claim the group rejected": the
#:      organisation named last denies.
#: 400: quotes: a "that" after a second cue coordinated with the first is the second's ("promised
#:      to review the prices but warned that ...").
#: 401: blame: a denial of its own after "rejected the claim" stands without a blame before it ("it"
#:      after a claim, report or charge is the one who rejects it); actors: "Delhi" is India.
#: 402: quotes: an official of aid or rights work ("a senior aid official") takes no earlier
#:      speaker's actor; sentences: a list item's bullet is no part of its sentence.
#: 403: quotes: "who" after a name and a role set off by a comma ("Karen Doyle, general secretary
#:      of the union, who added") is the named person's (was the union).
#: 404: quotes: a relative "where" with a verb of its own before the cue leaves the noun phrase
#:      before it to speak; a phrase inside another cue's claim is no speaker after a comma.
#: 405: blame: opening fire and wounding are harm ("denied that its officers had opened fire").
#: 406: quotes: "it" after a spokesman or a statement for a body is the body ("A spokesman for
#:      the union said ..., which it described as"), not an earlier body.
#: 407: quotes: a past verb an infinitive with its object completes ("failed to adopt a
#:      resolution") makes a clause, no speaker of a participle cue after it.
#: 408: quotes: people sent, told or tasked to do something speak with the infinitive's object
#:      in their phrase ("Observers sent to monitor the election said"; was no record or "the vote").
#: 409: quotes: an unowned state body after a person as the last speaker is the state the
#:      sentence before is about in the outlet's words; a subject inside a claim names no body's state.
#: 410: quotes: a bare plural addressee before a clause opening with a determiner ("told
#:      employees the company would").
#: 411: quotes: a perfect cue inside the claim ("had encouraged") leaves a past cue after ", and"
#:      to the subject ("said the policies had encouraged A, and accused B").
#: 412: quotes: after the time of saying, a subject with a prepositional phrase opens the claim
#:      ("said on Thursday the crash of the plane was"; was no record or "on Thursday" in it).
#: 413: quotes: a charge or an intention ends before ", as" and a past event with its own
#:      subject ("accused rich nations of failing to pay, as talks ran into overtime").
#: 414: quotes: a spokesman for a group, or the group's spokesman by name, speaks for the group
#:      named last ("a spokesman for the group said", "the group's spokesman Abu Obeida said").
#: 415: quotes: "claim" with land or sea as its object ("claims the reef", "claimed sovereignty
#:      over the islands") is no cue (sense "possession" in the verb table).
#: 416: quotes: "the company behind it" speaks whole; "argued for years that" is "argued"; a
#:      free relative's verb joined by "and" to another claims nothing and lends no subject.
#: 417: quotes: "The" and an office as a sentence's subject before a past verb ("The transport
#:      minister resigned") is a person a later "he" or "she" may name.
#: 418: quotes: the medium after "was quoted as saying by ..." however long; a document that
#:      reads named with up to seven words; "whose" and its object before a relative clause's
#:      subject ("whose leaders Washington says are"): the subject speaks, the claim runs from "whose".
#: 419: quotes: a content after its cue ends before ", with" and another speaker's act ("...,
#:      with the Kremlin's spokesman telling reporters").
#: 420: quotes: "confirm or deny" (and "neither confirmed nor denied") is one cue; blame: it
#:      states no denial.
#: 421: blame: "X was meddling in / has been interfering in ..." blames X (rule "meddling").
#: 422: quotes: a past spelled like a noun before a particle ("shot down", "shut down", "set up",
#:      "shot dead") is the subject's verb; blame: "it"/"they" stand for no place after its preposition.
#: 423: blame: a subject naming an owner's act done to another actor ("Moscow's blockade of Ukrainian
#:      ports was responsible") blames the owner.
#: 424: blame: "..., a claim the group rejected as a lie" denies, as "..., a claim the group rejected" did.
#: 425: quotes: "put", "shut", "quit", "hurt" (seldom nouns) are the subject's verb before any determiner.
#: 426: blame: unrest, riots, rioting, clashes and disturbances are harms ("X was behind the unrest").
#: 427: blame: "and in turn / in return / instead / later / again blamed X" is coordinated with the verb before.
#: 428: quotes: "has shown (the world) its true face / colours / nature" is no claim.
#: 429: blame: "X was the one violating the law / who violated the agreement" blames X (rule the-ones-who).
#: 430: quotes: a past form after "was <word> and" with no object shares the "be" ("was routine and
#:      planned long ago", "was drafted and announced last week"): no act of the subject.
#: 431: quotes: "condemned what it called / described as X and held Y ..." ends the object at the next act.
#: 432: quotes: a verdict on an object has no verb before "responsible / guilty" ("said Poland was
#:      responsible for X because ..." is one claim).
#: 433: quotes: a relative set off by a comma speaks the cue coordinated with its own ("blamed the
#:      rebels, who denied A and accused B"), and blame takes its antecedent as that cue's source; a
#:      body named inside a quote is no "he"; a role and the body it serves may run past six words; a
#:      clause before a closing participle is no set-off subject; a possessive is no verb.
#: 434: quotes: a plural of people ("farmers", "activists") is no verb ending a subject.
#: 435: blame: "X sponsored / funded / financed the attack" blames X (no preposition before the
#:      harm: "staged a protest against the attack" blames no one); Kataib Hezbollah is an actor.
#: 436: quotes: a document with a possessive owner reads a quote ('"...," the Kremlin's statement
#:      read'); an owner no actor stands for ("The North's state news agency") keeps a generic body
#:      from the last speaker's actor.
#: 437: actors: a name after a possessor's head noun is whom it names ("Syria's ally Russia" is Russia).
#: 438: quotes: a combatant subject with a place after its head ("Gunmen from Afghanistan attacked
#:      ...") makes a verb with a physical sense an act of force, no claim.
#: 439: quotes: a time opening the sentence is no part of the subject "it" stands for; a coordinated
#:      cue whose object has a participle with its own agent is no passive; a person named again
#:      by given name ("Amina is ...") is whom "she" names. Blame: a noun of purpose carrying the
#:      cue ("an attempt to blame X") is its owner's; bombs, arson, kidnappings are harms; "denied
#:      that X was involved / had any role" clears X; a surname blamed takes the actor its full
#:      name had as a speaker.
#: 440: quotes: a perfect's second participle ("said it had stolen and published the records")
#:      shares its auxiliary and stays in the claim.
#: 441: quotes: a single name set off after a person's noun ("Her neighbour, Ibrahim, was ...") is
#:      a person "he" or "she" may name; kin and friends are person nouns.
#: 442: quotes: "in" and a place before the cue is part of the speaker ("China's embassy in
#:      Washington said"); only "in" and a month is a time there.
#: 443: quotes: a headline's event in -ing before a colon ("Greek ferry sinking: ...") is its topic,
#:      not a speaker.
#: 444: quotes: "blamed"/"pinned" before "on" and no day, closing a comma group, is a participle on
#:      its noun ("..., the latest in a wave of killings blamed on rival cartels"), no attribution.
#: 445: quotes: a time opening a sentence before a bare plural or noun of people ("Last week police
#:      said") is no part of the speaker; "yesterday/Tuesday afternoon" is a time.
#: 446: quotes: an interview's answerer is no name after a preposition of place ("lived in the town
#:      of Harrow Creek").
#: 447: quotes: "urged", "demanded", "expressed", "told" ... before a bare noun after "and" end an
#:      object ("condemned the strike and urged restraint"); ", warning X against Y" makes no claim.
#: 448: quotes: "issued"/"made" before "by" in a speaker is a participle ("A statement issued by the
#:      army said"); "it" never stands for things joined by "and" to a common noun.
#: 449: quotes: ", which X denied" disputes the claim reported before it, not its report, as
#:      ", a charge X denied" does.
#: 450: actors: a country's aid and rights groups, NGOs, universities, opposition and dissidents
#:      are no actor; blame: such a mention is no fallback source, and a participle after an
#:      attribution whose speaker has no actor blames for no actor.
#: 451: quotes: a place in capitals before a colon is a dateline or a digest's section, no
#:      speaker; a title-case headline's subordinator opens a clause; a time before a headline's
#:      colon is no speaker; "he" is never a court, a tribunal, a panel or a jury.
#: 452: quotes: a cue in a "who" relative on a speaker is the relative's ("according to two
#:      employees who feared retaliation"); a day between a passive and its complement.
#: 453: blame: a subject pronoun no actor mention fits takes the actor of the person the quote
#:      layer resolved it to.
#: 454: actors: a group's affiliates and offshoots in a country are no state's; blame: a name's
#:      acronym in brackets breaks no coordination of targets.
#: 455: quotes: "and offered" before a bare noun is the subject's next act.
#: 456: quotes: a court filing speaks for whoever filed it ("filed a lawsuit alleging"); ", finding
#:      that" and "regards X as" are cues; "the command" is the command that spoke before; blame:
#:      "it" after an object and "and said" is that object.
#: 457: blame: a cue span starts past the quotation mark closing its target's quoted words.
#: 458: quotes: a role for a body past fourteen words speaks up to the participle describing what it
#:      serves; an insertion before "that" may hold a quoted word or follow a coordinated cue.
#: 459: quotes: a crowd or an audience, with its size, is an addressee ('"...," he told a crowd outside').
#: 460: quotes: a relative clause in a relative clause's object; "to"/"for" in a body's name after an
#:      inverted cue; actors: an organisation's media speak for it; Hong Kong and Macau.
#: 461: quotes: verbs of settling a thing ("determined", "ruling") report only a clause, a side or a
#:      quotation; an -ing form before an auxiliary is a noun; a participle aside ends at the comma
#:      before the main verb; a claim inside another's content ends with it; "a day earlier that".
#: 462: actors: a group's name right after a demonym is the group ("the Lebanese Hezbollah"); a
#:      former official stands for no actor.
#: 463: quotes: "posted"/"posting" report a clause or a quotation ("posted on X that ...").
#: 464: actors: a medium for or against an organisation is not its own ("pro-Hezbollah media").
#: 465: quotes: a raising participle right after its noun is nobody's claim ("a group believed to
#:      operate from Russia"); a participle aside of time or place says nothing; a number opens a
#:      "who" antecedent; "she" after a body and a person in one sentence is the person; a fact
#:      check's verdict label is the outlet's; a picture showing a pronoun somewhere depicts. Actors:
#:      an apposition after an unknown name names its actor; a natural event's place, a heritage
#:      and a critic's "of" phrase are no actor.
#: 466: quotes: a bare "a spokesman" right after a body spoke is that body's; blame: a denial that
#:      "his government" or "her troops" had a role is the denier's.
#: 467: quotes: an inverted cue between a claim's subject and its verb, or before a set-off role
#:      or a participle of saying; a fact check's label in the claim; "between" in a subject;
#:      a person named with a set-off role or an auxiliary is a later "he"'s antecedent.
#: 468: quotes: a name's last word before its verb is no noun context ("Amnesty International
#:      said ... and urged"); a medium right after a relative clause's verb stays in the content;
#:      prisons, wings and patrols are places of a physical attack, gangs and raiders fight.
#: 469: quotes: a labelled paragraph ending in a question mark is an interview's question; an
#:      outlet's participle clause before the cue's next "that" is inside the content.
#: 470: blame: a charge denied or called false after a dash ("… — a charge Washington denies").
#: 471: quotes: a participle in a role before a name ("The newly appointed mayor, Ana Ruiz,
#:      had ...") no longer keeps the name from a later "she".
#: 472: quotes: a plain past with its own subject after a past-perfect claim ("admitted it had
#:      overstated profits, and its auditor resigned") ends the content.
#: 473: quotes: a "he" or "she" who replies ("..., she replied") is someone named after the last
#:      speaker in that speaker's sentence, when it names one (the verb table's "reply" sense).
#: 474: quotes: "threaten" with an event or a matter as its subject ("The incident threatened to
#:      hamper ...") puts at risk and is no cue (the verb table's "endangering" sense).
#: 475: quotes: a school's campus after a comma stays in the speaker ("of the University of
#:      California, Irvine, said"); an attribution set off after a relative word claims the
#:      relative clause ("arrested men who, they said, had travelled from abroad").
#: 476: quotes: a headline's subtitle after a colon, a noun phrase with no verb ("Ethiopia and
#:      Eritrea: a fragile peace"), is no one's words; a time after a passive's "by" ("is expected
#:      by June") is a deadline, not an agent.
#: 477: actors: the armed groups ELN, FARC and M23 in the general registry.
#: 478: quotes: a longer subject holding a name after a day following the cue ("said on Monday
#:      the paramilitary Rapid Support Forces were") opens the content.
#: 479: quotes: an irregular participle after "had" and an adverb or "not" ("had not taken")
#:      counts as a past perfect before ", and its auditor resigned".
#: 480: quotes: "police" is a state's body, as "the army" is: "The police force" after an NGO spoke
#:      is no part of it; "A police spokesman" speaks for the state whose police the text named.
#: 481: quotes: "called" a person before "to" and a verb or a place ("called the ambassador to protest",
#:      "called President Zelensky to discuss") telephoned or summoned them: no label, no record.
#: 482: quotes: a pronoun subject of two cues ("He urged ... and said ...") is one person for both:
#:      the second cue takes the speaker resolved for the first.
#: 483: quotes: a passive's subject of two phrases joined by "and" or "or" is whole ("Russia and
#:      Iran were accused", "More than 100 cases and 12 deaths had been reported"), also after a
#:      verb of saying; after another verb the conjunction joins clauses.
#: 484: actors: the Organization of American States, the Organisation of Islamic Cooperation, the
#:      ACLU and AIPAC in the general registry; "Inter-" or "Pan" before a demonym names a region's
#:      nations, no one country ("the Inter-American Commission").
#: 485: quotes: a relative "that" right before a speaker whose claim opens with a verb ("a plan that
#:      critics say would raise prices") is the claim's subject: the content runs from it, as from
#:      "which".
#: 486: quotes: a claim named as one made before ("said the same thing", "said the same of Trump",
#:      "has said as much") ends before the outlet's comma or time after it ("..., including ...",
#:      "... when we built it").
#: 487: quotes: a subject that counts or groups events ("a fresh wave of strikes", "a series of
#:      attacks") threatens as the events would: no threat made, no record; a plural event noun
#:      counts as its singular.
#: 488: quotes: a cue's past form right after a noun, with an agent ('by Reuters') or a count of
#:      times ('viewed two million times') and then the noun's own verb, modifies the noun: no cue
#:      ('A report viewed by Reuters shows ...').
#: 489: quotes: after a claim and its comma, a determiner's singular noun before an -s form that
#:      doubles as a plural noun, at the sentence's end, makes it the verb ('..., the national grid
#:      operator reports.').
#: 490: quotes: an addressee of up to three words with a "who" relative of up to six before the
#:      infinitive asked for ('urged owners who notice a soft brake pedal to contact their dealer').
#: 491: blame: piracy, terrorism, aggression, atrocities, crimes, a coup and seizures are harms one
#:      can be behind or involved in ('is behind this act of piracy').
#: 492: quotes: ombudsman, regulator, watchdog, coroner, auditor, inspector, prosecutor,
#:      investigator, panel, tribunal, inquiry, probe, audit, review and investigation are speaker
#:      nouns ('..., ombudsman finds' in a headline).
#: 493: quotes: a set-off dash before "though", "although" or "even though" ends the content, as a
#:      comma does ('said they would accept the result -- though X added ...').
#: 494: quotes: an outlet's apposition may name a change or a prospect (', a change they warned
#:      would ...', ', a rise economists blamed on ...'), and one right after a parenthetical
#:      attribution ends the claim there.
#: 495: quotes: a span of time right after an auxiliary before the cue ('has in recent months said',
#:      'has for years argued', 'has on several occasions warned') is no part of the speaker.
#: 496: blame: 'a pack of lies', 'a tissue of lies' call a claim false, as 'lies' does.
#: 497: quotes: 'called' a person and then nothing, a preposition, a time or an adverb, 'called
#:      off', 'called X to order': a call or a summons, no label
#: 498: quotes: 'twice' between a subject and its verb, as 'once'
#: 499: quotes: 'told this newspaper', 'told our correspondent', 'told a reporter' name an addressee
#: 500: quotes: 'accused of' a charge after a noun before the noun's verb modifies it; a gerund
#:      after a preposition opens no contact relative ('charged with beating the man said')
#: 501: quotes: a weapon's singular ('with a knife', 'with a bottle') makes an attack physical
#: 502: blame: 'rejected what it called groundless accusations' is a denial
#: 503: actors: central banks (Bank of England, ECB, Bundesbank, Swiss National Bank, Bank of
#:      Korea); a registry institution is no business
#: 504: quotes: 'releasing video' etc. after a parenthetical attribution is the speaker's act; 'in
#:      comments/a message/an address ...' ends a content
#: 505: quotes: 'should/can/must/may expect' is no belief held
#: 506: quotes: a participle and its agent set off by commas before a plural subject's verb ('The
#:      emails, obtained by Reuters, show')
#: 507: blame: 'would pay for the killing' (will-pay-for takes harm_event); 'caused by the actions
#:      of X'
#: 508: quotes: 'opined', 'hit out at' are cues
#: 509: quotes: a website, Instagram, Telegram, YouTube or a go-between ends a content
#: 510: quotes: one list of what follows a person phoned (_AFTER_PHONED) for pronouns and names; an
#:      article after an infinitive of purpose is no label
#: 511: quotes: an 'as' clause of its own or an 'amid' phrase after an interrupting attribution ends
#:      the claim; 'weeks earlier' with no number is a time; a gerund after a preposition ('without
#:      warning') has no speaker before it; 'remember' a verb of memory; translations, transcripts,
#:      readouts and recordings are documents ('he' is never one); 'In her judgment,' before a
#:      clause with its own cue is no attribution.
#: 512: blame: rule evidence-points-to ('all the evidence points to X', 'the signs pointed to X's
#:      involvement'; not 'no evidence pointed to X').
#: 513: quotes: a passive of belief raises its subject ('The minister is said to have told
#:      colleagues that ...': the minister's 'told'); '"...," was how X put it' as '"...," as X put
#:      it' (a direct quote, not mixed); 'vow' and 'pledge' may come before their speaker.
#: 514: quotes: a cue after a subject's act of taking a medium or an occasion ('took to Twitter to
#:      deny', 'issued a statement to deny', 'went on television to deny') has the subject as
#:      speaker (_MEDIUM_PURPOSE).
#: 515: blame: a denial after a claim ('..., an accusation Kyiv rejected') stands with no verb of
#:      blaming when the claim names the denier (_names_denier).
#: 516: blame: rule put-down-to ('put the explosion down to sabotage by Israeli agents').
#: 517: quotes: a name after an opening participle's clause ('Asked whether she expected ..., Marsh
#:      paused') is its sentence's subject, an antecedent for a later 'she'.
#: 518: actors of speakers: an indefinite role ('one diplomat', 'an official') after a person spoke
#:      takes no actor from that person.
#: 519: quotes: an opening participle is a capitalised word before a lower-case one ('Asked whether
#:      ...'), not a name in -ed ('Ahmed Hassan, ...').
#: 520: quotes: a clause of contrast ('..., while/but X said') after a quote is no attribution of
#:      it; a cue after ', who'/', which' is the aside's, and the speaker before a relative aside is
#:      the noun
#: 521: quotes: a subject and its relative aside ('The driver, who was not hurt, said') is no claim
#:      before 'said'; 'said the council ignored them.' is a clause, no speaker
#: 522: quotes: 'The claims, which the company denies, are ...': the denial's content is the noun
#:      the relative describes; a denial before the claim it shares content with keeps both
#: 523: quotes: forecasters, pollsters, policymakers and other -ers people nouns speak; a negated
#:      participle after a noun ('Scientists not involved in the research') describes it; 'What we
#:      know so far:' claims nothing
#: 524: actors: one person named by nationality ('the Italian', 'the 34-year-old Briton') stands for
#:      no actor; a people ('the Italians', 'the Lebanese') is its country
#: 525: quotes: 'told the defendant his actions had been ...': an addressee no pattern knows, then
#:      the clause's own subject, each after a determiner; the clause starts at the second
#: 526: quotes: 'from rights groups, who called it ...': a plural before a people noun modifies it,
#:      so the agent is the antecedent; '"...," was all the spokesman would say' attributes the
#:      quote
#: 527: blame: a provocation, a hoax, a fantasy, disinformation call a claim false (false_word);
#:      quotes: dismiss disputes a claim, and 'which Moscow dismissed as a provocation' has the
#:      label as content
#: 528: actors: a one-word person's form after another forename is another person ('Sara Haddad');
#:      quotes: 'claims that building ... will', 'urged residents who ignored orders to', no content
#:      before 'he blamed Israel.', 'his campaign ... he' the owner, rank before a body spokesman's
#:      name
#: 529: quotes: 'said on Monday he would not resign, as thousands marched' keeps its dated clause
#: 530: actors: a state's body placed in its capital ('officials in Kyiv', 'the foreign ministry in
#:      Beijing') is that state
#: 531: quotes: 'said only: "..."', 'added, pointedly: "..."' attribute the quote
#: 532: quotes: the outlet's comment after a comma (', in the latest move', ', in what appeared to
#:      be') ends a content
#: 533: blame: 'denied it' after a blame of the denier (deny-it), 'had no connection to the attack',
#:      'called accusations of X's involvement absurd'
#: 534: quotes: a name set off after a person's noun takes its gender ('her husband, Oleh' is no
#:      'she')
#: 535: 'condemn' dooming one to a fate ('would condemn them to extinction') is no cue (sentencing
#:      sense)
#: 536: 'X was almost certainly behind the hacking' (a degree word before the adverb)
#: 537: a 'that' before a stop or closing quote is a pronoun ('told us he "never said that."'); an
#:      auxiliary opening a quotation after an addressee's subject
#: 538: an interrupting attribution's occasion may be longer ('wrote in a 40-page ruling,')
#: 539: 'Russia interfered in / had meddled in the vote' blames (meddling, simple past and perfect)
#: 540: a document that reads after an aside or 'read, in part:' speaks the quote after it
#: 541: 'instead of blaming' no blame; a set-off attribution before a blamed predicate is not the
#:      target ('The Israeli jets, Russia charged, had hidden ...')
#: 542: a fate after 'condemn' counts only at the first 'to' ('condemned the plan to send migrants
#:      to prison camps' stays a cue)
#: 543: quotes: a participle in an absolute "with" phrase with no object before its comma reports no
#:      claim ("With 40% of precincts reporting, Lopez leads"); a title's rank or former standing
#:      before a name set off after a role ("The inquiry's chair, retired judge Helen Marsh,
#:      wrote"); an "-ing" modifier in a role ("sporting director") no longer hides the actor of a
#:      surname named again; a surname opening a live blog's entry after its time stamp is whom "he"
#:      names.
#: 544: quotes: an addressee's channel number ("told Channel 12 she", "told BBC Radio 4 that") is
#:      part of the addressee, not the claim; a count after a name ("told Reuters 40 people had
#:      died") stays in the claim.
#: 545: quotes: a manner adverb before the circumstances after a quote's cue ('"It's over," one aide
#:      said flatly when asked') no longer reads as the cue's own content; how a document came to
#:      light, set off after "according to" it ('According to the minutes, seen by the Guardian,
#:      officials warned'), is an aside on the source.
#: 546: quotes: a cue's past form after a noun for no speaker, then a time and the noun's own verb,
#:      is a participle modifying the noun ('the rise offered last year was fair' has no speaker
#:      'the rise'); after a speaker noun the claim stays ('The ministry said last year was the
#:      worst on record').
#: 547: quotes: a connective alone before a comma ('Meanwhile, Russian forces pressed their
#:      offensive in the east, where ...') is no content an attribution interrupts; a comma may
#:      follow the time or medium of saying before the clause ('Officials said on Monday, the plan
#:      would fail'). PolNeAR exact precision 0.741 -> 0.742.
#: 548: quotes: a headline's surname with no actor takes the actor of the title before its first
#:      mention below ('Zelensky: ...' above 'Ukraine's President Volodymyr Zelensky has ruled out
#:      ...': Ukraine).
#: 549: quotes: two names joined by 'and' before a relative aside are its antecedent ('Lithuania and
#:      Latvia, which have accused Moscow ...'), not the last alone; in a list ('Will Smith, Patti
#:      LaBelle and Stevie Wonder, who') the last one's.
#: 550: a first-person target just inside the opening quotation mark is the speaker's side ('"We
#:      were not involved," a Hamas spokesman said')
#: 551: two names joined by 'and' before a relative are both its antecedent in blame ('Lithuania and
#:      Latvia, which have accused Moscow'; 'the US and Israel, which Iran blames')
#: 552: a past verb with a determiner after it is no speaker of a participle ('Hungary, however,
#:      blocked a joint statement blaming Moscow')
#: 553: a physical verb's place before 'of' ('attacked the village of Bogoro') and a combatant head
#:      before any preposition ('Fighters under the commander's control')
#: 554: 'it' in an aside with no verb before it takes the subject of the sentence before; that
#:      subject may be a body named by its state's adjective ('Iranian state television')
#: 555: 'the navy' and 'the fleet' are state bodies that refer back ('the US Navy's Fifth Fleet said
#:      ... The fleet said')
#: 556: judges and prosecutors speak for the body after 'at'/'for'/'from' ('Judges at the
#:      International Criminal Court')
#: 557: a named person's spokesman, office, aide or adviser speaks for that person's actor
#:      ('Erdogan's spokesman, Ibrahim Kalin')
#: 558: Blame: a negated cleft ('"It was not us,"', 'it was not Hamas that fired the rocket') is a
#:      denial
#: 559: Quotes: 'the coalition' names only a coalition named before; names with particles
#:      ('al-Maliki', 'da Costa') are names
#: 560: Quotes: 'said later/separately/again' and 'late on Monday' are times of saying before a
#:      clause
#: 561: Blame: a subject 'he'/'she' the quote layer placed takes that person's actor first
#: 562: Quotes: more irregular pasts ('sat', 'wept') resume a main clause after a relative
#: 563: Blame: a question of blame answered no ('Asked whether X was behind the attack, Y said:
#:      "Absolutely not."') is Y's denial; a rule's cue group marks the cue for every source
#: 564: blame: a lower-case subject the quote layer resolved as a speaker takes its actor ('In a
#:      separate statement, the ministry accused Kyiv' after Russia's Defence Ministry: Russia), as
#:      a capitalised one did.
#: 565: blame: harm_event takes theft/heist/robbery; attribute-harm-to lets the harmed thing run 60
#:      characters with a decimal sum and 'from' ('attributed the theft of about $1.5 billion ...
#:      from the Bybit exchange to North Korean hackers').
#: 566: quotes: with no infinitive after it a verb of urging has its object as content ('urged
#:      restraint on all sides'; _URGING).
#: 567: quotes: a person named as a sentence's subject after a role that names a state takes that
#:      state's actor as a he/she candidate ('China's envoy Fu Cong stayed ... he said': China).
#: 568: quotes: a verb presenting words with a role and a name as its object gives that object as
#:      the speaker of an -ing cue ('A video shows opposition leader Maria Santos saying').
#: 569: quotes: a restrictive 'who' after people and a place phrase is the people's ('families in
#:      the border villages who say': the families; was the whole clause or unresolved 'who').
#: 570: blame: deny-that-harmed needs no 'that' and takes 'had anything to do with' a harm; a
#:      denial's pronoun target is its complement's subject, not the verb's object ('Moscow denied
#:      it had anything to do with the crash').
#: 571: quotes: a stance noun (view, position, stance, belief, argument ...) with its owner before
#:      'is/was/remains that' attributes the clause to the owner ('The Kremlin's position is that
#:      ...'; _STANCE_IS_THAT), not inside a that-clause; claim owners may be capitalised pronouns
#:      or 'The'.
#: 572: a relative 'who' may belong to men, women and children ('two men near the station who said')
#: 573: a coalition's spokesman resolves as 'the coalition' would; a name after a title may have a
#:      particle ('Turki al-Maliki')
#: 574: a body's name of ordinary words after another name word is part of a longer name ('the
#:      National Security Council' no UN mention)
#: 575: 'maintain' with a thing kept up as its object is no cue (sense keeping)
#: 576: a place where one blamed before the cue lives or works is no target ('a businessman living
#:      in Moscow, is accused by')
#: 577: a passive of accusing's agent ends before the charge's 'of' ('accused by Kyiv of the
#:      killings')
#: 578: a country's sports bodies and teams are no actor ('the Moroccan football federation')
#: 579: 'the court' and 'the tribunal' refer back to one named before, as 'the coalition' does
#: 580: the object of a verb of urging ('called for those responsible to be held accountable') is
#:      the target, not the one who urges
#: 581: speaker actors: a title with no article whose body follows at/for/of/with; a title a body's
#:      head owns ('the service's director'); two ranks before a name; 'director(s)'/'researcher(s)'
#:      at a body speak for it; centres of research or advocacy no actor
#: 582: an interviewee's title and name run on as one name ('Foreign Minister Gabrielius
#:      Landsbergis', was cut after three words)
#: 583: blame rule deny-report-as-false: a report or findings dismissed as false, biased or
#:      politically motivated
#: 584: a document speaks for its author after 'by' ('a report released Friday by the U.N. human
#:      rights office'); 'the report' after it is the author's
#: 585: a place or credit in brackets and a dash opening a paragraph is a dateline ('(Bangkok) – ')
#: 586: 'the junta' refers back to a body first named a military government, military rulers or
#:      regime
#: 587: a place after the blamed phrase's first word is no target ('Militants in Syria were blamed
#:      by Turkey', 'to militants operating from Afghanistan')
#: 588: quotes 'told a court', -s noun before a cue verb's base form, a craft's claim then the
#:      speaker's next act; actors delegates/negotiators from or for
#: 589: quotes: a pronoun resolved to a name closing an earlier speaker's phrase takes its actor
#: 590: quotes: a round-up item's state label lends its actor to a speaker naming none
#: 591: blame: deliberately-after rule (134 rules)
#: 592: quotes: a physical act's object head ends before since/until/till
#: 593: blame: the court/tribunal/coalition as definite body targets; named_before takes a
#:      capitalised head's 'of' tail
#: 594: a quoted fragment ending in a full stop or comma inside the closing mark is read unquoted by
#:      the blame rules ('said Moscow "targets children deliberately."')
#: 595: a trade union is a civil body (no actor); denials: 'the accusations made by X were
#:      groundless', 'X had fabricated the charges' (accuser-fabricated)
#: 596: a target runs on through the name of a body named by 'of' ('accused the armed forces of
#:      Armenia of'); 'X is complicit (in)' blames X
#: 597: a headline's label before a colon is a topic when the words after it name their own speaker
#:      and a present-tense cue ('Wildfires: Greenpeace blames ...')
#: 598: an aspect verb alone before an -ing cue is an imperative, no speaker ('Stop blaming the
#:      victims'); a cue inside a relative clause set off by commas does not block the sentence's
#:      subject for a coordinated cue
#: 599: blame rule weaponised; actors TPLF, Hayat Tahrir al-Sham, Lashkar-e-Taiba, Jaish-e-Mohammed;
#:      'Let me say' is an imperative, no speaker
#: 600: Quotes: an interview's introduction names nobody by a thing's name after 'the' (the Nord
#:      Stream pipelines); a minister titled by a domain speaks for the country of the ministry of
#:      that domain named before
#: 601: Quotes: 'the mission' refers back to a state's mission named before (a spokesman for the
#:      mission)
#: 602: Blame: rule found-responsible (a verdict); an organisation's head before its name keeps a
#:      list of targets. Actors: a country's demonym before rebels, a militia, insurgents or armed
#:      groups names no actor
#: 603: Quotes: a quoted word inside the outlet's clause, then a comma and an inverted cue: the
#:      words before the comma are no speaker
#: 604: Actors: an acronym an article spells out as a name no actor covers, whose actor it names no
#:      other way, names no actor in that article (Reporters Without Borders (RSF)); NASA's full
#:      name
#: 605: Quotes: a headline's verbs joined by a comma share the first one's subject before a quoted
#:      word; one speaker's claim held once after a dispute of the same content
#: 606: a passive accusation with its agent holds the charge after the agent in its content; a
#:      verb's object pronoun is never its subject's actor by another name (the body its clause
#:      named, else none)
#: 607: a country's demonym before a civil profession or people who speak for themselves (lawyers,
#:      journalists, doctors, protesters) names no actor
#: 608: a clause opened by as/while/whereas/though after a denial's complement is its own, not what
#:      is denied
#: 609: a passive that attributes nothing right before a quoted fragment is no cue of it
#: 610: a cleft's that after a contrast set off by commas is no insertion before a that-clause
#: 611: review: a civil profession after a demonym takes one modifier word (or human rights), so a
#:      verb between them keeps the actor
#: 612: a noun phrase after a blame cue ends before a coordinated verb of saying; an owner's
#:      coercion, intimidation, bullying, meddling or interference is a wrong (possessor-wrongdoing)
#: 613: an apposition taking the claim as something (', a remark widely read in Moscow as ...', ', a
#:      move seen by aid groups as ...') ends an indirect content
#: 614: a dispute in a relative aside on a claim's subject leaves the claim whole; 'whom' before a
#:      verb with a noun for its content takes the antecedent, from after a verb of saying
#: 615: 'whom' before a cue and a verb with no subject opens the claim as 'who' does; a comma right
#:      after a cue leaves no subject gap
#: 616: a cue that answers after a claim in the past perfect is the speaker's next act; a cue before
#:      a quote joined by 'and' to the one before it in its clause shares its subject
#: 617: Quotes/blame: a relative clause of time ('the first time officials have blamed ...') takes a
#:      bare plural as its subject (one modifier at most), so the blame is theirs, not the outlet's
#: 618: Quotes: a relative 'who' right after a quotation opens a clause on the quoted words, no
#:      attribution ('sheltered "extremists" who threaten ...'); a verb with a sense of endangering
#:      before a good put at risk (integrity, ceasefire, stability ...) is no cue
#: 619: Quotes: a minister titled by a domain speaks for the state of that domain's ministry only
#:      when it is named in the sentence before or in the minister's own
#: 620: Blame: condemn/denounce X's ... also after the condemner's own words for the deed
#:      ('condemned what it described as China's "dangerous" actions')
#: 621: Quotes: a capitalised cue form closing a name after a capitalised word outside a headline is
#:      a surname ('said Dr. Amina Said, the agency's director' lost its quote)
#: 622: Quotes: a past cue form after a preposition and before a bare noun is an adjective ('made
#:      worse by repeated attacks', 'despite repeated warnings')
#: 623: Quotes: a past cue form after a determiner and a number, before a verb, a stop or nothing,
#:      names people ('one of the four accused argued ...')
#: 624: Quotes: a cue after 'and' and the auxiliary of the cue before it is the speaker's next act
#:      ('has said A and has accused B'); a relative closed by its comma before a coordinated cue
#:      speaks no more
#: 625: Quotes: a modal or perfect claim is read after its 'that' (not an addressee's participle),
#:      and a coordinated next act whose content is too short to keep still ends the claim before it
#: 626: Quotes: 'called for'/'called on' after a claim in the past perfect answers it as the counter
#:      cues do ('said sanctions had failed and called for talks')
#: 627: Review: a modal or perfect before a 'that' inside the claim still shifts it; only the past
#:      verbs are read after the 'that'
SCORER_REVISION = 627


def _mean_or_none(values: list[float]) -> float | None:
    return fmean(values) if values else None


def score_article(article: Article, config: ScoreConfig | None = None) -> ArticleRecord:
    """Score one article."""
    config = config or ScoreConfig()
    registry = article_registry(article.text, config.registry)  # "Reporters Without Borders (RSF)": not the RSF
    quotes = extract_quotes(article, registry)
    voices = VoiceMap(article, quotes)
    tone_memo: dict[str, float] = {}
    sentences = []
    for sentence in article.sentences:
        tone = score_tone(article.text[sentence.start : sentence.end])
        label = voices.voice_of(sentence.start, sentence.end)
        sentences.append(
            SentenceRecord(
                sentence.start,
                sentence.end,
                sentence.role,
                None if tone is None else tone.compound,
                label.voice,
                label.speaker,
                label.actor,
            )
        )
    mentions = [
        mention
        for segment in article.segments
        if segment.role in SCORED_ROLES
        for mention in find_mentions(article.text, registry, segment.start, segment.end)
    ]
    by_role: dict[str, list[float]] = {role: [] for role in SCORED_ROLES}
    for scored in sentences:
        if scored.tone is not None:
            by_role[scored.role].append(scored.tone)
    n_words = sum(count_words(article.text[s.start : s.end]) for s in article.segments if s.role in SCORED_ROLES)
    names = [(mention.start, mention.end) for mention in mentions if mention.is_proper_name()]
    terms = [
        TermRecord(m.term, m.entry.pattern, m.entry.category, label.voice, label.speaker, s.start, m.start, m.end)
        for s in article.sentences
        for m in find_terms(article.text, config.lexicon, s.start, s.end)
        if not any(start <= m.start and m.end <= end for start, end in names)
        for label in [voices.voice_of(m.start, m.end)]
    ]
    return ArticleRecord(
        id=article.id,
        outlet=article.outlet,
        title=article.title,
        date=article.date,
        url=article.url,
        n_words=n_words,
        segments=list(article.segments),
        sentences=sentences,
        quotes=quotes,
        actors=count_actors(mentions),
        blame=extract_blame(article, registry, voices, config.blame_rules),
        terms=terms,
        term_density=term_density(terms, n_words),
        labels=find_labels(article, mentions, voices),
        passives=find_passives(article, registry),
        actor_tone=actor_tone(article, mentions, voices, tone_memo),
        tone=ToneSummary(
            body=_mean_or_none(by_role["body"]),
            headline=_mean_or_none(by_role["headline"]),
            standfirst=_mean_or_none(by_role["standfirst"]),
            n_body_sentences=sum(1 for s in sentences if s.role == "body"),
        ),
    )


def actor_tone(
    article: Article, mentions: list[Mention], voices: VoiceMap, memo: dict[str, float] | None = None
) -> dict[str, dict[str, object]]:
    """Tone toward each actor: per sentence, the target tone of the actor's first mention
    there; per actor, the mean over its sentences, and the same by voice and by role. Each
    actor's ``sentences`` list the scored mentions (sentence start, mention span, voice,
    tone): the evidence behind its means."""
    starts = [s.start for s in article.sentences]
    per_sentence: dict[tuple[str, int], float] = {}
    labels: dict[tuple[str, int], tuple[str, str]] = {}
    scored: dict[tuple[str, int], Mention] = {}
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index < 0 or mention.start >= article.sentences[index].end:
            continue
        sentence = article.sentences[index]
        key = (mention.actor, sentence.start)
        if key in per_sentence:
            continue
        text = article.text[sentence.start : sentence.end]
        per_sentence[key] = target_tone(text, mention.start - sentence.start, mention.end - sentence.start, memo)
        labels[key] = (voices.voice_of(mention.start, mention.end).voice, sentence.role)
        scored[key] = mention
    result: dict[str, dict[str, object]] = {}
    for actor in dict.fromkeys(actor for actor, _ in per_sentence):
        keys = [key for key in per_sentence if key[0] == actor]
        tones = {key: per_sentence[key] for key in keys}
        result[actor] = {
            "score": fmean(tones.values()),
            "n_sentences": len(keys),
            "by_voice": {v: _mean_or_none([tones[k] for k in keys if labels[k][0] == v]) for v in VOICES},
            "by_role": {r: _mean_or_none([tones[k] for k in keys if labels[k][1] == r]) for r in SCORED_ROLES},
            "sentences": [
                {
                    "sentence_start": k[1],
                    "start": scored[k].start,
                    "end": scored[k].end,
                    "voice": labels[k][0],
                    "tone": tones[k],
                }
                for k in keys
            ],
        }
    return result


def term_density(terms: list[TermRecord], n_words: int) -> dict[str, dict[str, float]]:
    """Terms per 1,000 words, by category and voice ("all" sums the voices)."""
    density: dict[str, dict[str, float]] = {}
    if not n_words:
        return density
    for term in terms:
        by_voice = density.setdefault(term.category, {"all": 0.0, "editorial": 0.0, "reported": 0.0, "direct": 0.0})
        by_voice[term.voice] += 1000 / n_words
        by_voice["all"] += 1000 / n_words
    return density


def score_corpus(articles: Iterable[Article], config: ScoreConfig | None = None) -> list[ArticleRecord]:
    config = config or ScoreConfig()
    return [score_article(article, config) for article in articles]


def record_to_dict(record: ArticleRecord) -> dict[str, Any]:
    """The record as plain JSON-ready data."""
    return dataclasses.asdict(record)


def record_from_dict(data: dict[str, Any]) -> ArticleRecord:
    """The inverse of ``record_to_dict`` (records read back from a store or a JSONL file)."""

    def rows(kind: type, items: list[dict[str, Any]]) -> list[Any]:
        return [kind(**item) for item in items]

    quotes = [QuoteRecord(**{**q, "fragments": tuple(tuple(f) for f in q["fragments"])}) for q in data["quotes"]]
    return ArticleRecord(
        **{key: data[key] for key in ("id", "outlet", "title", "date", "url", "n_words", "actors", "term_density")},
        segments=rows(Segment, data["segments"]),
        sentences=rows(SentenceRecord, data["sentences"]),
        quotes=quotes,
        blame=rows(BlameRecord, data["blame"]),
        terms=rows(TermRecord, data["terms"]),
        labels=rows(LabelRecord, data["labels"]),
        passives=rows(PassiveRecord, data["passives"]),
        tone=ToneSummary(**data["tone"]),
        actor_tone=data["actor_tone"],
    )


def flatten_record(record: ArticleRecord) -> dict[str, Any]:
    """One CSV row per article: metadata, counts and tone."""
    roles = [segment.role for segment in record.segments]
    return {
        "id": record.id,
        "outlet": record.outlet,
        "title": record.title,
        "date": record.date,
        "url": record.url,
        "n_words": record.n_words,
        "n_sentences": len(record.sentences),
        **{
            f"n_{role}_segments": roles.count(role)
            for role in ("headline", "standfirst", "caption", "body", "boilerplate")
        },
        "n_quotes": len(record.quotes),
        "n_actors": len(record.actors),
        "n_blame": len(record.blame),
        "n_terms": len(record.terms),
        "n_labels": len(record.labels),
        "n_passives": len(record.passives),
        "n_agentless_passives": sum(p.agent is None for p in record.passives),
        "n_harm_passives": sum(p.harm for p in record.passives),
        "n_agentless_harm_passives": sum(p.harm and p.agent is None for p in record.passives),
        **{f"terms_per_1000_{category}": values["all"] for category, values in sorted(record.term_density.items())},
        "tone_body": record.tone.body,
        "tone_headline": record.tone.headline,
        "tone_standfirst": record.tone.standfirst,
        "n_body_sentences": record.tone.n_body_sentences,
    }


def load_record_schema() -> dict[str, Any]:
    """The JSON Schema of one ``framing score`` record."""
    schema: dict[str, Any] = json.loads(read_data_text("record.schema.json"))
    return schema
