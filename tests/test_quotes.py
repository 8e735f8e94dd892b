import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing import quotes
from framing.actors import load_registry
from framing.errors import ConfigError
from framing.ingest import make_article
from framing.quotes import extract_quotes, quoted_text
from framing.score import score_article
from framing.spans import SpanIndex
from framing.voice import VoiceMap

REGISTRY = load_registry()


_SAUDI_US = "Saudi Arabia and the United States"


def quotes_of(text):
    article = make_article(text, id="t", source="test")
    found = []
    for q in extract_quotes(article, REGISTRY):
        cue = text[q.cue_start : q.cue_end] if q.cue_start is not None else None
        speaker = text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        found.append((q.kind, text[q.content_start : q.content_end], cue, speaker, q.speaker, q.actor))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # direct quote, attribution after
        (
            "\u201cWe will respond,\u201d Peskov told reporters.",
            [("direct", "\u201cWe will respond,\u201d", "told", "Peskov", "Peskov", "Russia")],
        ),
        # inverted attribution
        (
            '"The strike was legal," said the Israeli army.',
            [("direct", '"The strike was legal,"', "said", "the Israeli army", "the Israeli army", "Israel")],
        ),
        # attribution before, with a colon
        (
            'Lieberman said: "We will always defend our interests."',
            [("direct", '"We will always defend our interests."', "said", "Lieberman", "Lieberman", "Israel")],
        ),
        # indirect speech with "that"
        (
            "The Kremlin said that Israel bore full responsibility.",
            [("indirect", "that Israel bore full responsibility", "said", "The Kremlin", "The Kremlin", "Russia")],
        ),
        # indirect speech without "that"
        (
            "Netanyahu said Israel would keep acting in Syria.",
            [("indirect", "Israel would keep acting in Syria", "said", "Netanyahu", "Netanyahu", "Israel")],
        ),
        # trailing attribution
        (
            "The jets were already home, the Israeli military said on Tuesday.",
            [
                (
                    "indirect",
                    "The jets were already home",
                    "said",
                    "the Israeli military",
                    "the Israeli military",
                    "Israel",
                )
            ],
        ),
        # according to
        (
            "According to the Russian Defense Ministry, the pilots used the plane as cover.",
            [
                (
                    "indirect",
                    "the pilots used the plane as cover",
                    "According to",
                    "the Russian Defense Ministry",
                    "the Russian Defense Ministry",
                    "Russia",
                )
            ],
        ),
        (
            "The plane was hit by a Syrian missile, according to Damascus.",
            [("indirect", "The plane was hit by a Syrian missile", "according to", "Damascus", "Damascus", "Syria")],
        ),
        # "add" with an object that names words, or with a clause, reports them
        (
            "The minister added a note of caution about the talks.",
            [("indirect", "a note of caution about the talks", "added", "The minister", "The minister", None)],
        ),
        (
            "Critics said that the plan would raise taxes but that it would add new layers of complexity.",
            [
                (
                    "indirect",
                    "that the plan would raise taxes but that it would add new layers of complexity",
                    "said",
                    "Critics",
                    "Critics",
                    None,
                )
            ],
        ),
        # a noun phrase object ends before ", which": the relative is the outlet's description;
        # a clause keeps it
        (
            "Graham has acknowledged the reality of climate change, which makes him an outlier.",
            [("indirect", "the reality of climate change", "acknowledged", "Graham", "Graham", None)],
        ),
        (
            "The minister said the plane was downed near Latakia, which hosts a Russian base.",
            [
                (
                    "indirect",
                    "the plane was downed near Latakia, which hosts a Russian base",
                    "said",
                    "The minister",
                    "The minister",
                    None,
                )
            ],
        ),
        # an attribution set off inside a sentence that goes on with ", and": one claim around it
        (
            "The plane was hit by a Syrian missile, according to Damascus, and the crew died.",
            [
                (
                    "indirect",
                    "The plane was hit by a Syrian missile, according to Damascus, and the crew died",
                    "according to",
                    "Damascus",
                    "Damascus",
                    "Syria",
                )
            ],
        ),
        (
            "The plane was hit by a Syrian missile, according to Damascus, which blamed Israel.",
            [("indirect", "The plane was hit by a Syrian missile", "according to", "Damascus", "Damascus", "Syria")],
        ),
        # a told-type verb needs its addressee skipped
        (
            "Two U.S. officials told CNN that the target was an Iranian facility.",
            [
                (
                    "indirect",
                    "that the target was an Iranian facility",
                    "told",
                    "Two U.S. officials",
                    "Two U.S. officials",
                    "United States",
                )
            ],
        ),
        # explicit denial is attributed speech
        (
            "Israel has repeatedly denied these allegations.",
            [("indirect", "these allegations", "denied", "Israel", "Israel", "Israel")],
        ),
        # apposition before the cue
        (
            "Russian Defense Ministry spokesman, Maj. Gen. Igor Konashenkov, said the jets hid behind the plane.",
            [
                (
                    "indirect",
                    "the jets hid behind the plane",
                    "said",
                    "Russian Defense Ministry spokesman, Maj. Gen. Igor Konashenkov",
                    "Russian Defense Ministry spokesman, Maj. Gen. Igor Konashenkov",
                    "Russia",
                )
            ],
        ),
        # pronoun resolved to the most recent person
        (
            "Shoigu spoke to the press. He said the measures were defensive.",
            [("indirect", "the measures were defensive", "said", "He", "Shoigu", "Russia")],
        ),
        # generic noun resolved to an earlier speaker with the same head
        (
            "The Russian Defense Ministry said the jets hid. \u201cIt was deliberate,\u201d the ministry added.",
            [
                (
                    "indirect",
                    "the jets hid",
                    "said",
                    "The Russian Defense Ministry",
                    "The Russian Defense Ministry",
                    "Russia",
                ),
                ("direct", "\u201cIt was deliberate,\u201d", "added", "the ministry", "the ministry", "Russia"),
            ],
        ),
        # ... or to an earlier phrase with that head in the outlet's words, never one in a claim
        (
            "Syria's foreign ministry held Israel responsible. In letters to the UN, the ministry said Israel lied.",
            [("indirect", "Israel lied", "said", "the ministry", "the ministry", "Syria")],
        ),
        (
            'The IDF said "the Syrian army fired wildly." The army said Syria lied.',
            [
                ("direct", '"the Syrian army fired wildly."', "said", "The IDF", "The IDF", "Israel"),
                ("indirect", "Syria lied", "said", "The army", "The army", "Israel"),
            ],
        ),
        # a verb with its object is a clause, not a speaker; a word after a determiner, or a date
        # after a participle, is not that verb
        ("The ministry presented new evidence on Sunday, said Israel misled Moscow.", []),
        (
            "The poll released Friday shows that Clinton leads.",
            [("indirect", "that Clinton leads", "shows", "The poll released Friday", "The poll released Friday", None)],
        ),
        (
            "The unnamed official said Israel lied.",
            [("indirect", "Israel lied", "said", "The unnamed official", "The unnamed official", None)],
        ),
        # ", even as" sets the outlet's contrast apart from the claim (", even if" is the claim's own condition)
        (
            "Peskov said Russia valued its ties with Israel, even as the military insisted that Israel was to blame.",
            [
                ("indirect", "Russia valued its ties with Israel", "said", "Peskov", "Peskov", "Russia"),
                ("indirect", "that Israel was to blame", "insisted", "the military", "the military", "Russia"),
            ],
        ),
        # "its" before a speaking body: the sentence's first actor, its subject as a rule
        (
            "Moscow has refrained from blaming Israel, though its defence ministry said the pilots erred.",
            [("indirect", "the pilots erred", "said", "its defence ministry", "its defence ministry", "Russia")],
        ),
        # a quote interrupted by its cue is one quote in two fragments
        (
            "\u201cThis is not true,\u201d Peskov said. \u201cThe report is wrong.\u201d",
            [
                (
                    "direct",
                    "\u201cThis is not true,\u201d Peskov said. \u201cThe report is wrong.\u201d",
                    "said",
                    "Peskov",
                    "Peskov",
                    "Russia",
                )
            ],
        ),
        # ''double apostrophes'' are quotation marks
        (
            "''We were floored,'' Mr. Barrett said.",
            [("direct", "''We were floored,''", "said", "Mr. Barrett", "Mr. Barrett", None)],
        ),
        # naming a thing is attributed to whoever names it ("called it a ..."), as PolNeAR marks it
        (
            "He called it a \u201ctragic event\u201d in passing.",
            [("indirect", "it a \u201ctragic event\u201d in passing", "called", "He", "He", None)],
        ),
        # a cue with an addressee, a party label after the name, a subordinate attribution
        (
            "Moscow must pay, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.",
            [
                (
                    "indirect",
                    "Moscow must pay",
                    "told",
                    "Sen. Lindsey Graham (R-S.C.)",
                    "Sen. Lindsey Graham (R-S.C.)",
                    None,
                )
            ],
        ),
        (
            "While his advisers have suggested the plan failed, Mr. Obama is determined to try again.",
            [("indirect", "the plan failed", "suggested", "his advisers", "his advisers", None)],
        ),
        # a second verb joined by "and" keeps the speaker; a nested claim stays inside its content
        (
            "Merrill says the envoy promised support and said she would stand firm.",
            [
                ("indirect", "the envoy promised support", "says", "Merrill", "Merrill", None),
                ("indirect", "she would stand firm", "said", "Merrill", "Merrill", None),
            ],
        ),
        (
            "Holm said in the letter that the advertisement suggests the police support Trump.",
            [
                ("indirect", "that the advertisement suggests the police support Trump", "said", "Holm", "Holm", None),
                ("indirect", "the police support Trump", "suggests", "the advertisement", "the advertisement", None),
            ],
        ),
        # a quoted fragment inside the outlet's clause: the whole clause is the content
        (
            "Not paying taxes \u201cmakes me smart,\u201d Donald J. Trump said last week.",
            [
                (
                    "indirect",
                    "Not paying taxes \u201cmakes me smart,\u201d",
                    "said",
                    "Donald J. Trump",
                    "Donald J. Trump",
                    "United States",
                )
            ],
        ),
        # a participle with no earlier attribution: the main clause's subject speaks
        (
            "Rival Hillary Clinton had mocked the complaint, saying the debate was rigged.",
            [("indirect", "the debate was rigged", "saying", "Rival Hillary Clinton", "Rival Hillary Clinton", None)],
        ),
        # "X accused Y of Z": the accused and the charge are what X claims
        (
            "Democrats accused the governor of stoking the issue for political gain.",
            [
                (
                    "indirect",
                    "the governor of stoking the issue for political gain",
                    "accused",
                    "Democrats",
                    "Democrats",
                    None,
                )
            ],
        ),
        (
            "Seoul accused the North's leader, Kim Jong Un, of reckless provocations.",
            [
                (
                    "indirect",
                    "the North's leader, Kim Jong Un, of reckless provocations",
                    "accused",
                    "Seoul",
                    "Seoul",
                    "South Korea",
                )
            ],
        ),
        # an opening adverbial ("On Monday,") is not part of the participle's speaker
        (
            "On Monday, the Kremlin issued a statement, saying the jets had hidden behind the plane.",
            [("indirect", "the jets had hidden behind the plane", "saying", "the Kremlin", "the Kremlin", "Russia")],
        ),
        # a phrasal participle (", pointing out that") after a subject whose verb is "did"/"does"
        (
            "The ministry does not accept the findings, pointing out that the crew followed every procedure.",
            [
                (
                    "indirect",
                    "that the crew followed every procedure",
                    "pointing out",
                    "The ministry",
                    "The ministry",
                    None,
                )
            ],
        ),
        # a dateline is not content; "said Friday, as ..." puts the content before the speaker
        (
            "WASHINGTON \u2015 The plan is an insult, top lawmakers said Friday, as they left the hall.",
            [("indirect", "The plan is an insult", "said", "top lawmakers", "top lawmakers", None)],
        ),
        # an addressee before "that", "to" or a pronoun; a relative "who" speaks; a trailing day is not content
        (
            'Sanders told MSNBC\'s "Morning Joe" that nobody would question her record.',
            [("indirect", "that nobody would question her record", "told", "Sanders", "Sanders", None)],
        ),
        (
            "Trump tells his supporters at a rally to go and vote.",
            [("indirect", "his supporters at a rally to go and vote", "tells", "Trump", "Trump", "United States")],
        ),
        (
            "Christie blasted Clinton as a disgrace Wednesday on a radio show.",
            [("indirect", "Clinton as a disgrace", "blasted", "Christie", "Christie", None)],
        ),
        (
            "The vote went ahead with McConnell, who in 2010 said the goal was to win.",
            [("indirect", "the goal was to win", "said", "who", "McConnell", None)],
        ),
        # a relative "who" speaks for its antecedent: a name, or the phrase from its determiner
        (
            "The company hired an architect who said the design was flawed.",
            [("indirect", "the design was flawed", "said", "who", "an architect", None)],
        ),
        # with no determiner, or after a verb and a preposition: the words after the clause's verb
        (
            "The mayor heard from shop owners who said the new tax would close them down.",
            [("indirect", "the new tax would close them down", "said", "who", "shop owners", None)],
        ),
        # no antecedent found (after a preposition): "who" alone speaks, unresolved, not the
        # clause before it nor the last person named
        (
            "Sharpton took calls from listeners to his radio program who said they had misgivings.",
            [("indirect", "they had misgivings", "said", "who", "who", None)],
        ),
        # a subject with a comma-set apposition (a name, kept) before the verb a participle cue continues
        (
            "Russia's envoy to the United Nations, Vassily Nebenzia, went further, accusing Western "
            "governments of encouraging the attack.",
            [
                (
                    "indirect",
                    "Western governments of encouraging the attack",
                    "accusing",
                    "Russia's envoy to the United Nations, Vassily Nebenzia",
                    "Russia's envoy to the United Nations, Vassily Nebenzia",
                    "Russia",
                )
            ],
        ),
        # a broadcaster named by its medium is an addressee, not the content
        (
            "Filipino fishermen told local television they had been chased away for years.",
            [
                (
                    "indirect",
                    "they had been chased away for years",
                    "told",
                    "Filipino fishermen",
                    "Filipino fishermen",
                    "Philippines",
                )
            ],
        ),
        (
            "The minister told state TV the talks had failed.",
            [("indirect", "the talks had failed", "told", "The minister", "The minister", None)],
        ),
        # nor the clause before a restrictive "who" after a preposition, verb and all: the people
        (
            "The governor met with families from the valley who said the levee had failed.",
            [("indirect", "the levee had failed", "said", "who", "families from the valley", None)],
        ),
        # a dash sets off the relative as a comma does
        (
            "It became an issue, with Hillary Clinton \u2014 who has called for tax hikes on the rich \u2014 lambasting the plan.",
            [("indirect", "tax hikes on the rich", "called for", "who", "Hillary Clinton", None)],
        ),
        (
            "There are many farmers who say the drought has ruined them.",
            [("indirect", "the drought has ruined them", "say", "who", "many farmers", None)],
        ),
        (
            "The senator spoke with hospital nurses who said their ward was short of staff.",
            [("indirect", "their ward was short of staff", "said", "who", "hospital nurses", None)],
        ),
        (
            "Putin met Netanyahu, who said the strike was legal.",
            [("indirect", "the strike was legal", "said", "who", "Netanyahu", "Israel")],
        ),
        (
            "The head of the agency, who said the report was false, resigned.",
            [("indirect", "the report was false", "said", "who", "The head of the agency", None)],
        ),
        (
            "Her opposition puts her at odds with her father, who said the policy was fair.",
            [("indirect", "the policy was fair", "said", "who", "her father", None)],
        ),
        (
            "Nervous Democrats on Capitol Hill, who have argued that it helps, were relieved.",
            [("indirect", "that it helps", "argued", "who", "Nervous Democrats on Capitol Hill", None)],
        ),
        (
            '"It is bad," said Sheriff Adam Hayward of Deuel County, Neb., who said people were furious.',
            [
                (
                    "direct",
                    '"It is bad,"',
                    "said",
                    "Sheriff Adam Hayward of Deuel County",
                    "Sheriff Adam Hayward of Deuel County",
                    None,
                ),
                ("indirect", "people were furious", "said", "who", "Sheriff Adam Hayward of Deuel County", None),
            ],
        ),
        # the main clause after a relative clause ends its content, at the first verb after a comma
        (
            "Indeed, this week, Donald Trump, who once said the crisis was a hoax, marveled at the cold, "
            "convinced that it proved him right.",
            [
                ("indirect", "the crisis was a hoax", "said", "who", "Donald Trump", "United States"),
                ("indirect", "that it proved him right", "convinced", "Donald Trump", "Donald Trump", "United States"),
            ],
        ),
        # a second speech verb after "but has" keeps the speaker and ends the first claim
        (
            "Moscow has said it will keep Iran from the border, but has said it cannot push Iranian forces out.",
            [
                ("indirect", "it will keep Iran from the border", "said", "Moscow", "Moscow", "Russia"),
                ("indirect", "it cannot push Iranian forces out", "said", "Moscow", "Moscow", "Russia"),
            ],
        ),
        (
            "Hillary Clinton, like Obama, has long supported NATO but has said she will review the commitments.",
            [("indirect", "she will review the commitments", "said", "Hillary Clinton", "Hillary Clinton", None)],
        ),
        ("The programs began under Bush and have continued under Obama.", []),
        # "as reported by X" is kin to "according to X"; an opening adverb is no part of a subject
        (
            "As reported by Reuters, the jets had left Syrian airspace before the plane was hit.",
            [
                (
                    "indirect",
                    "the jets had left Syrian airspace before the plane was hit",
                    "As reported by",
                    "Reuters",
                    "Reuters",
                    None,
                )
            ],
        ),
        (
            "Meanwhile, the ministry attacked Israel, saying its pilots had used the plane as cover.",
            [("indirect", "its pilots had used the plane as cover", "saying", "the ministry", "the ministry", None)],
        ),
        # an adverb between a speaker and the cue; "my" opens a speaker
        (
            '"We live in Satan\'s kingdom," my father often said.',
            [("direct", '"We live in Satan\'s kingdom,"', "said", "my father", "my father", None)],
        ),
        # an addressee phrase with a place or a day before the comma that opens a quote
        (
            'Peskov told a group of reporters in Moscow, "The Israeli side is to blame."',
            [("direct", '"The Israeli side is to blame."', "told", "Peskov", "Peskov", "Russia")],
        ),
        (
            'Limbaugh told his radio audience on Monday, "The campaign has sent its orders."',
            [("direct", '"The campaign has sent its orders."', "told", "Limbaugh", "Limbaugh", None)],
        ),
        # ... but a quoted fragment after "accused X of" is the object of the accusation
        (
            'The Kremlin accused Israel\'s air force of "premeditated actions," and warned that ties would suffer.',
            [
                (
                    "indirect",
                    'Israel\'s air force of "premeditated actions,"',
                    "accused",
                    "The Kremlin",
                    "The Kremlin",
                    "Russia",
                ),
                ("indirect", "that ties would suffer", "warned", "The Kremlin", "The Kremlin", "Russia"),
            ],
        ),
        # no claim: "said and did", a relative with nothing said, and "then" ends a subject
        ("He mocked people who said and did the same things.", []),
        ("Trump was a novice politician who had never debated.", []),
        (
            "Dean then said he would never diagnose anyone.",
            [("indirect", "he would never diagnose anyone", "said", "Dean", "Dean", None)],
        ),
        # a parenthetical attribution inside a relative clause; ", and when ..." ends a content
        (
            "The park is near the stadium, which, Tompkins said, is usually full on game days.",
            [("indirect", "which, Tompkins said, is usually full on game days", "said", "Tompkins", "Tompkins", None)],
        ),
        # the comma closing the attribution ends no claim; "that" after an opening subordinator
        # is a determiner
        (
            "Though that transition was seamless, he said, replacing the nominee would be harder.",
            [
                (
                    "indirect",
                    "Though that transition was seamless, he said, replacing the nominee would be harder",
                    "said",
                    "he",
                    "he",
                    None,
                )
            ],
        ),
        # "that" right after the sentence's opening word is a determiner, not a clause break
        (
            "But that plan was flawed, the minister said, and it would fail.",
            [
                (
                    "indirect",
                    "But that plan was flawed, the minister said, and it would fail",
                    "said",
                    "the minister",
                    "the minister",
                    None,
                )
            ],
        ),
        (
            "She said fathers would not be eligible, and when pressed on why, she paused.",
            [("indirect", "fathers would not be eligible", "said", "She", "She", None)],
        ),
        # a participle clause after the content is the outlet's; "according to" takes a long source
        (
            "Video shows that he had his hands up, contradicting the earlier police account.",
            [("indirect", "that he had his hands up", "shows", "Video", "Video", None)],
        ),
        (
            "According to a civil complaint filed by the federal Securities and Exchange Commission and a "
            "complaint by the state of Vermont, the developers looted millions of dollars.",
            [
                (
                    "indirect",
                    "the developers looted millions of dollars",
                    "According to",
                    "a civil complaint filed by the federal Securities and Exchange Commission and a complaint by "
                    "the state of Vermont",
                    "a civil complaint filed by the federal Securities and Exchange Commission and a complaint by "
                    "the state of Vermont",
                    None,
                )
            ],
        ),
        # the medium of a statement is not its content; ", but <subject>" opens the outlet's next clause
        (
            "Blair called for more school investment in a statement on Thursday.",
            [("indirect", "more school investment", "called for", "Blair", "Blair", None)],
        ),
        # one word is an object too ("attacked Machado in tweets"); remarks, rants and briefings are media
        (
            "The mayor attacked Smith in early-morning tweets.",
            [("indirect", "Smith", "attacked", "The mayor", "The mayor", None)],
        ),
        (
            "The host denounced the annexation in an on-air diatribe.",
            [("indirect", "the annexation", "denounced", "The host", "The host", None)],
        ),
        # a charge noun is a whole claim by itself; other one-word objects are not
        (
            "The Kremlin has flatly denied responsibility.",
            [("indirect", "responsibility", "denied", "The Kremlin", "The Kremlin", "Russia")],
        ),
        (
            "Hezbollah denied involvement.",
            [("indirect", "involvement", "denied", "Hezbollah", "Hezbollah", "Hezbollah")],
        ),
        ("He called for calm.", []),
        # a subject modified by a participle phrase: its head speaks; a verb before a gerund with
        # an object is a clause, no speaker
        (
            "A spokesman defending the decision said it was lawful.",
            [
                ("indirect", "the decision", "defending", "A spokesman", "A spokesman", None),
                ("indirect", "it was lawful", "said", "A spokesman", "A spokesman", None),
            ],
        ),
        (
            "Israel kept bombing the city and Hamas said it would respond.",
            [("indirect", "it would respond", "said", "Hamas", "Hamas", "Hamas")],
        ),
        # a participle set off by commas after the subject: the subject speaks both
        (
            "Critics, describing the plan as reckless, said it would fail.",
            [
                ("indirect", "the plan as reckless", "describing", "Critics", "Critics", None),
                ("indirect", "it would fail", "said", "Critics", "Critics", None),
            ],
        ),
        # a direct quote with no speaker of its own inside a reported claim is that claim's speaker's
        (
            '"Our reaction will be robust," Hunt said. Trump said the seizure showed "what I said about Iran."',
            [
                ("direct", '"Our reaction will be robust,"', "said", "Hunt", "Hunt", None),
                (
                    "indirect",
                    'the seizure showed "what I said about Iran."',
                    "said",
                    "Trump",
                    "Trump",
                    "United States",
                ),
                ("direct", '"what I said about Iran."', "showed", None, "Trump", "United States"),
            ],
        ),
        # a capitalised cue word inside a name ("the United States") introduces no quote
        (
            'A ministry spokesperson said the United States "has never presented a shred of proof."',
            [
                (
                    "indirect",
                    'the United States "has never presented a shred of proof."',
                    "said",
                    "A ministry spokesperson",
                    "A ministry spokesperson",
                    None,
                )
            ],
        ),
        # a name in capitals is no pronoun ("US" is not "us"); a cue's noun object is no second cue
        (
            "US blames North Korea for the heist.",
            [("indirect", "North Korea for the heist", "blames", "US", "US", "United States")],
        ),
        (
            "Pyongyang calls charge a smear.",
            [("indirect", "charge a smear", "calls", "Pyongyang", "Pyongyang", "North Korea")],
        ),
        # the outlet's apposition naming the claim ends the content; "a baseless claim" is a noun
        (
            "Separatists accused Kyiv of staging the attack, a claim for which they offered no evidence.",
            [
                ("indirect", "Kyiv of staging the attack", "accused", "Separatists", "Separatists", None),
                ("indirect", "no evidence", "offered", "they", "Separatists", None),
            ],
        ),
        (
            "He said the vote was rigged, a baseless claim that Trump repeated.",
            [
                ("indirect", "the vote was rigged", "said", "He", "He", None),
            ],
        ),
        # a content before its cue keeps its participle clause; "that he blamed" is a relative clause
        (
            "Shells struck the hospital on Sunday, killing nine patients, the World Health Organization said.",
            [
                (
                    "indirect",
                    "Shells struck the hospital on Sunday, killing nine patients",
                    "said",
                    "the World Health Organization",
                    "the World Health Organization",
                    "World Health Organization",
                )
            ],
        ),
        (
            "Trump, appearing at the forum, cited problems in the Middle East, China and elsewhere that he blamed on Obama.",
            [
                (
                    "indirect",
                    "problems in the Middle East, China and elsewhere that he blamed on Obama",
                    "cited",
                    "Trump",
                    "Trump",
                    "United States",
                )
            ],
        ),
        # a name after a relative insertion is an apposition: the subject before them speaks
        (
            "One doctor, who gave only his first name, Ahmed, said the hospital had no electricity.",
            [("indirect", "the hospital had no electricity", "said", "One doctor", "One doctor", None)],
        ),
        # a verb right after the cue with no subject: inside the speaker phrase, the word the
        # clause relates to is what is said and the verb is the outer clause's (no claim); a
        # pseudo-cleft's claim follows its verb; after a relative word the verb is the claim's, and
        # the relative word its subject
        ("Everything Trump says is a lie unless proven otherwise.", []),
        ("The four loopholes he cited are the ability to use losses and a lower rate.", []),
        (
            "What Peskov said was that Israel was to blame.",
            [("indirect", "that Israel was to blame", "said", "Peskov", "Peskov", "Russia")],
        ),
        (
            "Jets struck a facility that the IDF said was going to provide weapons to Hezbollah.",
            [
                (
                    "indirect",
                    "that the IDF said was going to provide weapons to Hezbollah",
                    "said",
                    "the IDF",
                    "the IDF",
                    "Israel",
                )
            ],
        ),
        (
            "It amounted to what the senators said was economic gerrymandering.",
            [
                (
                    "indirect",
                    "what the senators said was economic gerrymandering",
                    "said",
                    "the senators",
                    "the senators",
                    None,
                )
            ],
        ),
        # a question word opens the claim, never the speaker, and ends the claim before it
        (
            "He compared what Trump says his plan would do and how experts say it would work.",
            [
                ("indirect", "what Trump says his plan would do", "says", "Trump", "Trump", "United States"),
                ("indirect", "how experts say it would work", "say", "experts", "experts", None),
            ],
        ),
        # "That's" is a clause, no speaker
        ("That's a fraction of the $20 million experts say it costs to run statewide.", []),
        # a capitalised "May" or "Will" is a name, not a verb
        (
            "British Prime Minister Theresa May said this week that the country would leave the bloc.",
            [
                (
                    "indirect",
                    "that the country would leave the bloc",
                    "said",
                    "British Prime Minister Theresa May",
                    "British Prime Minister Theresa May",
                    "United Kingdom",
                )
            ],
        ),
        # a past tense after "and" cannot join a claim whose verbs follow a modal: the cue that
        # opened the claim is its partner, and its subject speaks
        (
            "Officials said that Moscow would declare its response and warned that the strikes would go on.",
            [
                ("indirect", "that Moscow would declare its response", "said", "Officials", "Officials", None),
                ("indirect", "its response", "declare", "Moscow", "Moscow", "Russia"),
                ("indirect", "that the strikes would go on", "warned", "Officials", "Officials", None),
            ],
        ),
        # a participle continuing the sentence is the main clause's subject's, not a claim's inside it
        (
            "Clinton told the audience that she believes policies must change, saying that race still matters.",
            [
                ("indirect", "that she believes policies must change", "told", "Clinton", "Clinton", None),
                ("indirect", "policies must change", "believes", "she", "Clinton", None),
                ("indirect", "that race still matters", "saying", "Clinton", "Clinton", None),
            ],
        ),
        # "continues to" raises its subject like "appears to"; an adverbial is no speaker
        (
            "The nominee continues to insist, most recently in an interview with ABC News, that he wants to release them.",
            [
                (
                    "indirect",
                    "that he wants to release them",
                    "insist",
                    "The nominee",
                    "The nominee",
                    None,
                )
            ],
        ),
        # a new clause after "but" is no insertion: its subject speaks
        (
            "Many leaders share these fears, but the Central European Coalition, which represents millions, wants to stay neutral.",
            [
                (
                    "indirect",
                    "to stay neutral",
                    "wants",
                    "the Central European Coalition",
                    "the Central European Coalition",
                    None,
                )
            ],
        ),
        # an opening adverbial before the subject: the name closing it speaks
        (
            "In a Bloomberg interview Trump declared that NATO was obsolete.",
            [("indirect", "that NATO was obsolete", "declared", "Trump", "Trump", "United States")],
        ),
        # "a series of tweets", "two videos": documents whose sender speaks
        (
            "Trump unleashed a series of tweets early Friday saying that Clinton had lied.",
            [("indirect", "that Clinton had lied", "saying", "Trump", "Trump", "United States")],
        ),
        (
            "The ministry released two videos saying the strike hit a depot.",
            [("indirect", "the strike hit a depot", "saying", "The ministry", "The ministry", None)],
        ),
        # a quoted word between the parts of a name is a nickname, not a quotation
        (
            'Mohammed "Abu" Ali told reporters the ceasefire had collapsed.',
            [
                (
                    "indirect",
                    "the ceasefire had collapsed",
                    "told",
                    'Mohammed "Abu" Ali',
                    'Mohammed "Abu" Ali',
                    None,
                )
            ],
        ),
        # an exclamation ends its sentence; the next one, a speaker, a cue and an addressee, is
        # its attribution ("Del." is a title, no sentence end)
        (
            '"This is a big year for Virginia!" state Del. Marcia Price shouted to the crowd.',
            [
                (
                    "direct",
                    '"This is a big year for Virginia!"',
                    "shouted",
                    "state Del. Marcia Price",
                    "state Del. Marcia Price",
                    None,
                )
            ],
        ),
        # a label right after a verb of naming is all it named, in the speaker's words
        (
            'Russia struck what Kyiv called "a civilian target" on Monday.',
            [("direct", '"a civilian target"', "called", "Kyiv", "Kyiv", "Ukraine")],
        ),
        # a label named in a free relative ends before the outer clause's verb; a speaker with an
        # apposition set off by commas after the content, before a cue and its addressee
        (
            "What Armenia calls self-defence is in fact an attempt to derail peace talks, an "
            "Azerbaijani presidential adviser, Hikmet Hajiyev, told reporters.",
            [
                ("indirect", "What Armenia calls self-defence", "calls", "Armenia", "Armenia", "Armenia"),
                (
                    "indirect",
                    "What Armenia calls self-defence is in fact an attempt to derail peace talks",
                    "told",
                    "an Azerbaijani presidential adviser, Hikmet Hajiyev",
                    "an Azerbaijani presidential adviser, Hikmet Hajiyev",
                    "Azerbaijan",
                ),
            ],
        ),
        (
            "It faced what critics called a crisis that had paralysed the government.",
            [
                (
                    "indirect",
                    "what critics called a crisis that had paralysed the government",
                    "called",
                    "critics",
                    "critics",
                    None,
                )
            ],
        ),
        # "he" is a person, never a city that spoke since
        (
            "Pashinyan told parliament that Azerbaijan wanted land, a charge Baku denies. "
            "Everything Baku says is false, he added.",
            [
                ("indirect", "that Azerbaijan wanted land", "told", "Pashinyan", "Pashinyan", None),
                ("indirect", "Azerbaijan wanted land", "denies", "Baku", "Baku", "Azerbaijan"),
                ("indirect", "Everything Baku says is false", "added", "he", "Pashinyan", None),
            ],
        ),
        # a verb that may take an addressee reports a clause right after it; a possessor is no addressee
        (
            "Iran warned it would retaliate against any attack.",
            [("indirect", "it would retaliate against any attack", "warned", "Iran", "Iran", "Iran")],
        ),
        (
            "Analysts warned the incident could escalate.",
            [("indirect", "the incident could escalate", "warned", "Analysts", "Analysts", None)],
        ),
        (
            "She warned Iran's nuclear programme had advanced.",
            [("indirect", "Iran's nuclear programme had advanced", "warned", "She", "She", None)],
        ),
        # an addressee the patterns miss is not the clause's subject: the clause starts after it
        (
            "He told the officials the plan would fail.",
            [("indirect", "the plan would fail", "told", "He", "He", None)],
        ),
        # a day closing a content before its cue dates the event, not the saying
        (
            "The plane crashed on Monday, the ministry said.",
            [("indirect", "The plane crashed on Monday", "said", "the ministry", "the ministry", None)],
        ),
        # verbs of restating, clarifying and rebutting report a claim; hailing and applauding an act are attitudes
        (
            "The minister condemned the attack and reaffirmed that the talks would continue.",
            [
                ("indirect", "the attack", "condemned", "The minister", "The minister", None),
                ("indirect", "that the talks would continue", "reaffirmed", "The minister", "The minister", None),
            ],
        ),
        (
            "The court clarified that the ban applies to all.",
            [("indirect", "that the ban applies to all", "clarified", "The court", "The court", None)],
        ),
        (
            "Economists forecast that growth would slow.",
            [("indirect", "that growth would slow", "forecast", "Economists", "Economists", None)],
        ),
        ("The forecast shows rain.", []),
        ("She hails from Texas.", []),
        (
            "Officials hailed the deal as a breakthrough.",
            [("indirect", "the deal as a breakthrough", "hailed", "Officials", "Officials", None)],
        ),
        # an apposition naming a claim takes the nearest claim before it, unless that would repeat a content
        (
            "Republicans argue the aid was temporary, while Democrats contend that ending it would cost "
            "four million people their coverage, a figure the budget office has also estimated.",
            [
                ("indirect", "the aid was temporary", "argue", "Republicans", "Republicans", None),
                (
                    "indirect",
                    "that ending it would cost four million people their coverage",
                    "contend",
                    "Democrats",
                    "Democrats",
                    None,
                ),
                (
                    "indirect",
                    "ending it would cost four million people their coverage",
                    "estimated",
                    "the budget office",
                    "the budget office",
                    None,
                ),
            ],
        ),
        (
            "The IDF said Syria fired the missiles, a charge Damascus denies.",
            [
                ("indirect", "Syria fired the missiles", "said", "The IDF", "The IDF", "Israel"),
                ("indirect", "Syria fired the missiles", "denies", "Damascus", "Damascus", "Syria"),
            ],
        ),
        # a phrase of time or medium between a cue and its quote
        (
            'Trump said Tuesday: "We will win."',
            [("direct", '"We will win."', "said", "Trump", "Trump", "United States")],
        ),
        (
            'Trump said in a statement on Tuesday, "We will win."',
            [("direct", '"We will win."', "said", "Trump", "Trump", "United States")],
        ),
        (
            'Trump said in a statement that "we will win."',
            [("indirect", 'that "we will win."', "said", "Trump", "Trump", "United States")],
        ),
        (
            'Schumer has said a lot. As he put it on Wednesday, "They have the House."',
            [
                ("indirect", "a lot", "said", "Schumer", "Schumer", None),
                ("direct", '"They have the House."', "put it", "he", "Schumer", None),
            ],
        ),
        (
            'Trump said lastly: "We will win."',
            [("direct", '"We will win."', "said", "Trump", "Trump", "United States")],
        ),
        # a participle cue after a verb of perception or "of" belongs to the name before it
        (
            'The spot ends with footage of Trump saying during the debate, "That makes me smart," when Clinton spoke.',
            [("direct", '"That makes me smart,"', "saying", "Trump", "Trump", "United States")],
        ),
        (
            'Trump spoke. A clip shows him saying, "That makes me smart."',
            [("direct", '"That makes me smart."', "saying", "him", "Trump", "United States")],
        ),
        # a relative clause on the source after "according to X," is no content
        (
            "According to a person familiar with the talks, who was not authorized to speak publicly, "
            "negotiators have discussed a two-week extension.",
            [
                (
                    "indirect",
                    "negotiators have discussed a two-week extension",
                    "According to",
                    "a person familiar with the talks",
                    "a person familiar with the talks",
                    None,
                ),
                ("indirect", "a two-week extension", "discussed", "negotiators", "negotiators", None),
            ],
        ),
        # a state's generic body ("the army") never inherits an organisation's actor
        (
            "Human Rights Watch said in a report that 40 civilians had been executed. The army denied any wrongdoing.",
            [
                (
                    "indirect",
                    "that 40 civilians had been executed",
                    "said",
                    "Human Rights Watch",
                    "Human Rights Watch",
                    "Human Rights Watch",
                ),
                ("indirect", "any wrongdoing", "denied", "The army", "The army", None),
            ],
        ),
        # nor a police force: a state's, by the police named before, else none
        (
            "Amnesty International said the footage was troubling. The police force defended its response.",
            [
                (
                    "indirect",
                    "the footage was troubling",
                    "said",
                    "Amnesty International",
                    "Amnesty International",
                    "Amnesty International",
                ),
                ("indirect", "its response", "defended", "The police force", "The police force", None),
            ],
        ),
        (
            "The Israeli police arrested two men. Amnesty International said the arrests were unlawful. "
            "The police force said the men had been armed.",
            [
                (
                    "indirect",
                    "the arrests were unlawful",
                    "said",
                    "Amnesty International",
                    "Amnesty International",
                    "Amnesty International",
                ),
                ("indirect", "the men had been armed", "said", "The police force", "The police force", "Israel"),
            ],
        ),
        (
            "Kenyan police fired tear gas at protesters. Rights groups said two people had been killed. "
            "A police spokesman denied that live rounds had been used.",
            [
                ("indirect", "two people had been killed", "said", "Rights groups", "Rights groups", None),
                (
                    "indirect",
                    "that live rounds had been used",
                    "denied",
                    "A police spokesman",
                    "A police spokesman",
                    "Kenya",
                ),
            ],
        ),
        # the outlet's clause after a content: ", but <phrase> <new subject>", ", and that's", a dash and a participle
        (
            "Politifact ruled that the statement is true, but in the course of their report they noted errors.",
            [("indirect", "that the statement is true", "ruled", "Politifact", "Politifact", None)],
        ),
        (
            "He said the deal was good, but in his view it came too late.",
            [("indirect", "the deal was good, but in his view it came too late", "said", "He", "He", None)],
        ),
        (
            "Vox suggests that Oz places business above science, and that\u2019s something most leaders would reject.",
            [("indirect", "that Oz places business above science", "suggests", "Vox", "Vox", None)],
        ),
        (
            "Some economists argue that corporate taxes should be very low -- assuming that shareholders then pay more.",
            [
                (
                    "indirect",
                    "that corporate taxes should be very low",
                    "argue",
                    "Some economists",
                    "Some economists",
                    None,
                )
            ],
        ),
        (
            "She said he was on drugs \u2014 something a caller also reported.",
            [("indirect", "he was on drugs \u2014 something a caller also reported", "said", "She", "She", None)],
        ),
        # "said in a statement that A, adding: ..." keeps A; a document that "reads" before its quote speaks;
        # an age after a name is no part of the speaker
        (
            'The defence ministry said in a statement that Ukrainian forces had shelled the dam, adding: "Kyiv is to blame."',
            [
                (
                    "indirect",
                    "that Ukrainian forces had shelled the dam",
                    "said",
                    "The defence ministry",
                    "The defence ministry",
                    None,
                ),
                ("direct", '"Kyiv is to blame."', "adding", "The defence ministry", "The defence ministry", None),
            ],
        ),
        (
            'The statement read: "Kyiv bears full responsibility."',
            [("direct", '"Kyiv bears full responsibility."', "read", "The statement", "The statement", None)],
        ),
        ('Putin read the report: "Kyiv bears full responsibility."', []),
        (
            '"We lost everything," Olena Kovalenko, 67, said.',
            [("direct", '"We lost everything,"', "said", "Olena Kovalenko", "Olena Kovalenko", None)],
        ),
        # groups of people who speak in news reports; "its" opening a sentence is the previous sentence's actor
        (
            "At least 51 people were killed when the market was hit on Tuesday, health workers said.",
            [
                (
                    "indirect",
                    "At least 51 people were killed when the market was hit on Tuesday",
                    "said",
                    "health workers",
                    "health workers",
                    None,
                )
            ],
        ),
        (
            "Eritrea has denied any involvement. Its information minister, Yemane Gebremeskel, "
            'dismissed the reports as "lies".',
            [
                ("indirect", "any involvement", "denied", "Eritrea", "Eritrea", "Eritrea"),
                (
                    "indirect",
                    'the reports as "lies"',
                    "dismissed",
                    "Its information minister, Yemane Gebremeskel",
                    "Its information minister, Yemane Gebremeskel",
                    "Eritrea",
                ),
            ],
        ),
        # a clause after the time or medium of its saying, with a pronoun subject; not after a
        # statement's author
        (
            "The rebels said on Sunday they had targeted a ship.",
            [("indirect", "they had targeted a ship", "said", "The rebels", "The rebels", None)],
        ),
        (
            "Officials said in a statement it was over.",
            [("indirect", "it was over", "said", "Officials", "Officials", None)],
        ),
        ("Officials said in a statement he signed the war was over.", []),
        # "including" is no verb ending a subject
        (
            "Shipping companies including Maersk have paused transits, saying the risk is too great.",
            [
                (
                    "indirect",
                    "the risk is too great",
                    "saying",
                    "Shipping companies including Maersk",
                    "Shipping companies including Maersk",
                    None,
                )
            ],
        ),
        # a relative clause with no "that": its own subject speaks; a preposition or a verb keeps
        # the phrase whole
        (
            "The ship was hit, the latest in a string of attacks the group says are aimed at pressuring Israel.",
            [
                (
                    "indirect",
                    "attacks the group says are aimed at pressuring Israel",
                    "says",
                    "the group",
                    "the group",
                    None,
                )
            ],
        ),
        (
            "Officials in the region the army controls say the town fell.",
            [
                (
                    "indirect",
                    "the town fell",
                    "say",
                    "Officials in the region the army controls",
                    "Officials in the region the army controls",
                    None,
                )
            ],
        ),
        # a "that" after a finite verb is a relative inside the content, not the cue's; a
        # programme's presenter by name is an addressee
        (
            "Peskov told reporters the explosion was caused by a missile that had gone astray.",
            [
                (
                    "indirect",
                    "the explosion was caused by a missile that had gone astray",
                    "told",
                    "Peskov",
                    "Peskov",
                    "Russia",
                )
            ],
        ),
        (
            "Caddell told Fox News host Alex Marlow on Thursday how surprised he is that health has been an issue.",
            [("indirect", "how surprised he is that health has been an issue", "told", "Caddell", "Caddell", None)],
        ),
        # "he" after an office and a name in subject position is that person, of the office's
        # country; an office held by an object is not "he"
        (
            "Ukrainian President Volodymyr Zelensky held Moscow responsible. He said it was a crime.",
            [
                (
                    "indirect",
                    "it was a crime",
                    "said",
                    "He",
                    "Ukrainian President Volodymyr Zelensky",
                    "Ukraine",
                )
            ],
        ),
        (
            "Wilson met President Barack Obama. He said it was a crime.",
            [("indirect", "it was a crime", "said", "He", "He", None)],
        ),
        # a prepositional phrase after the attribution's comma closes the outlet's sentence: the
        # claim is before the attribution; a clause there goes on with the claim
        (
            "A drone struck an oil refinery early on Saturday, setting off a large fire, the governor said, in the"
            " latest of a series of attacks.",
            [
                (
                    "indirect",
                    "A drone struck an oil refinery early on Saturday, setting off a large fire",
                    "said",
                    "the governor",
                    "the governor",
                    None,
                )
            ],
        ),
        (
            "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
            [
                (
                    "indirect",
                    "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999",
                    "said",
                    "Mr. Clarke",
                    "Mr. Clarke",
                    None,
                )
            ],
        ),
        # "the source" is the source named before
        (
            'A Ukrainian security source said the strike was theirs. "Every refinery is a target," the source added.',
            [
                (
                    "indirect",
                    "the strike was theirs",
                    "said",
                    "A Ukrainian security source",
                    "A Ukrainian security source",
                    "Ukraine",
                ),
                ("direct", '"Every refinery is a target,"', "added", "the source", "the source", "Ukraine"),
            ],
        ),
        # a verb's base form is a cue in the present plural ("Critics describe ...", "World
        # leaders denounce ..."); "portray X as Y" labels like "describe"
        (
            "Critics describe the plan as reckless.",
            [("indirect", "the plan as reckless", "describe", "Critics", "Critics", None)],
        ),
        (
            "Russian state media have portrayed the advance as a liberation.",
            [
                (
                    "indirect",
                    "the advance as a liberation",
                    "portrayed",
                    "Russian state media",
                    "Russian state media",
                    "Russia",
                )
            ],
        ),
        # an addressee named with its possessor ("CNN's State of the Union", "the newspaper's
        # editorial board") is skipped; a possessive subject after "warned" stays the claim's
        (
            "Schiff told CNN's State of the Union the plan was dead.",
            [("indirect", "the plan was dead", "told", "Schiff", "Schiff", None)],
        ),
        (
            "The senator told the newspaper's editorial board he would vote no.",
            [("indirect", "he would vote no", "told", "The senator", "The senator", None)],
        ),
        (
            "He warned Iran's nuclear programme had grown.",
            [("indirect", "Iran's nuclear programme had grown", "warned", "He", "He", None)],
        ),
        # a relative clause with no "that" and no subject of its own: the noun it describes is
        # part of the claim, as "which" is, also when the clause before it names nobody
        (
            "It was meddling the congressman said is designed to sow discord.",
            [
                (
                    "indirect",
                    "meddling the congressman said is designed to sow discord",
                    "said",
                    "the congressman",
                    "the congressman",
                    None,
                )
            ],
        ),
        (
            "There were attacks the ministry said were aimed at civilians.",
            [
                (
                    "indirect",
                    "attacks the ministry said were aimed at civilians",
                    "said",
                    "the ministry",
                    "the ministry",
                    None,
                )
            ],
        ),
        # a non-restrictive "which" before a cue speaks for its antecedent, as "who" does; not
        # after a clause ("He resigned, which said a lot")
        (
            "The tax bill levied by the European Union, which contended that Ireland undertaxed the company, is large.",
            [
                (
                    "indirect",
                    "that Ireland undertaxed the company",
                    "contended",
                    "which",
                    "the European Union",
                    "European Union",
                )
            ],
        ),
        ("He resigned, which said a lot about him.", []),
        # a pronoun or a plural with a verb and an object pronoun is a clause: the verb after "and"
        # is its subject's ("They call them lone wolves and describe ...")
        (
            "They call them lone wolves and describe their actions as crimes.",
            [("indirect", "their actions as crimes", "describe", "They", "They", None)],
        ),
        (
            "Critics call him a liar and describe his plan as reckless.",
            [("indirect", "his plan as reckless", "describe", "Critics", "Critics", None)],
        ),
        # the occasion of a saying between its cue and a clause ("at a rally", "under questioning",
        # "on Twitter"), a contracted auxiliary ("hadn't"); a lone opening adverb names nobody
        (
            "He said at a rally in Ohio he would win.",
            [("indirect", "he would win", "said", "He", "He", None)],
        ),
        (
            "He admitted under questioning he hadn’t been held accountable.",
            [("indirect", "he hadn’t been held accountable", "admitted", "He", "He", None)],
        ),
        (
            "The senator said on Fox News's show the bill won't pass.",
            [("indirect", "the bill won't pass", "said", "The senator", "The senator", None)],
        ),
        ("Now tell us this isn't a witch hunt of the highest order!", []),
        # a subject set off by a "which" clause still speaks the act joined by "and"; a title's
        # full stop ("Gen.") does not end the one accused
        (
            "Saudi Arabia and the United States, which brokered the truce, said they were disappointed and called on "
            "the parties to return to talks.",
            [
                ("indirect", "they were disappointed", "said", _SAUDI_US, _SAUDI_US, "Saudi Arabia"),
                ("indirect", "the parties to return to talks", "called on", _SAUDI_US, _SAUDI_US, "Saudi Arabia"),
            ],
        ),
        (
            "The group accused army chief Gen. Abdel Fattah Burhan of seeking war.",
            [
                (
                    "indirect",
                    "army chief Gen. Abdel Fattah Burhan of seeking war",
                    "accused",
                    "The group",
                    "The group",
                    None,
                )
            ],
        ),
        # a subordinate clause complete before ", X said," leaves its main clause in the claim, and a
        # participle phrase after the attribution goes on with it, as PolNeAR marks it
        (
            "At least 41 people drowned when a boat capsized off Lesbos, Greek officials said, prompting a bitter "
            "exchange.",
            [
                (
                    "indirect",
                    "At least 41 people drowned when a boat capsized off Lesbos, Greek officials said, prompting a "
                    "bitter exchange",
                    "said",
                    "Greek officials",
                    "Greek officials",
                    "Greece",
                )
            ],
        ),
        # "In his view, ...", "in X's words": the possessor's claim; an "according to" after a subject
        # alone interrupts the claim; an opening adverbial before it is no part of the claim
        (
            "Guzman argues the cuts hurt. In his view, the government is confusing a recession with a stabilization.",
            [
                ("indirect", "the cuts hurt", "argues", "Guzman", "Guzman", None),
                (
                    "indirect",
                    "the government is confusing a recession with a stabilization",
                    "In his view",
                    "his",
                    "Guzman",
                    None,
                ),
            ],
        ),
        (
            "The cuts, in Mr. Guzman's view, are hurting the poor.",
            [
                (
                    "indirect",
                    "The cuts, in Mr. Guzman's view, are hurting the poor",
                    "in Mr. Guzman's view",
                    "Mr. Guzman",
                    "Mr. Guzman",
                    None,
                )
            ],
        ),
        ("There was a change in his view of the war.", []),
        (
            "The economy, according to officials, is shrinking fast.",
            [
                (
                    "indirect",
                    "The economy, according to officials, is shrinking fast",
                    "according to",
                    "officials",
                    "officials",
                    None,
                )
            ],
        ),
        (
            "In response, according to the daily, Russia spurned the offers.",
            [("indirect", "Russia spurned the offers", "according to", "the daily", "the daily", None)],
        ),
        # an irregular past ends the subject whose participle cue follows ("laid the blame ..., saying")
        (
            "The minister laid the blame on Turkey, saying smugglers were sending people to their deaths.",
            [
                (
                    "indirect",
                    "smugglers were sending people to their deaths",
                    "saying",
                    "The minister",
                    "The minister",
                    None,
                )
            ],
        ),
        # two noun phrases joined by "and" may together be longer than a subject alone
        (
            "The Boston Globe and the Chicago newspaper guild filed a motion, arguing the ruling was wrong.",
            [
                (
                    "indirect",
                    "the ruling was wrong",
                    "arguing",
                    "The Boston Globe and the Chicago newspaper guild",
                    "The Boston Globe and the Chicago newspaper guild",
                    None,
                )
            ],
        ),
        (
            "The union and the three largest employers signed a deal, saying the strike was over.",
            [
                (
                    "indirect",
                    "the strike was over",
                    "saying",
                    "The union and the three largest employers",
                    "The union and the three largest employers",
                    None,
                )
            ],
        ),
        # a cue after a quoted label with content of its own after its object: the label was no quote
        # of it
        (
            'Decrying the "rigged courts," Smith accused Jones of lying to voters.',
            [("indirect", "Jones of lying to voters", "accused", "Smith", "Smith", None)],
        ),
        (
            'Calling the deal a "disgrace," the mayor told reporters it was dead.',
            [
                ("indirect", 'the deal a "disgrace,"', "Calling", "the mayor", "the mayor", None),
                ("indirect", "it was dead", "told", "the mayor", "the mayor", None),
            ],
        ),
        (
            '"We will not leave," the mayor told reporters gathered outside.',
            [("direct", '"We will not leave,"', "told", "the mayor", "the mayor", None)],
        ),
        # a paragraph ending in "X added:" and a paragraph in no quotation marks: a block quotation,
        # the whole paragraph; not after a colon that closes no attribution
        (
            "The mayor spoke after the vote.\n\nThe mayor added:\n\nWe have waited too long for this bridge. "
            "It will be built.\n\nThe council meets again in May.",
            [
                (
                    "direct",
                    "We have waited too long for this bridge. It will be built.",
                    "added",
                    "The mayor",
                    "The mayor",
                    None,
                )
            ],
        ),
        (
            "The council has three tasks ahead of it this year:\n\nFix the bridge, hire a new clerk and cut the "
            "budget.",
            [],
        ),
        # "for" after a verb with no object leaves a participle cue to the subject; after an object
        # the one criticized said it
        (
            "The coach was suspended for saying the referees had been bribed.",
            [("indirect", "the referees had been bribed", "saying", "The coach", "The coach", None)],
        ),
        (
            "The senator came to the hearing with his lawyer and for telling reporters that the bank had lied.",
            [("indirect", "that the bank had lied", "telling", "The senator", "The senator", None)],
        ),
        ("The fans booed the coach for saying the referees had been bribed.", []),
        # a passive of perception before a participle cue: the one heard or seen speaks
        (
            "In the video, the driver can be heard shouting to the police that his brakes had failed.",
            [("indirect", "that his brakes had failed", "shouting", "the driver", "the driver", None)],
        ),
        (
            "The senator was caught on a hot mic telling donors that the bill was dead.",
            [("indirect", "that the bill was dead", "telling", "The senator", "The senator", None)],
        ),
        # ", even suggesting" goes on with the subject's act like ", again saying"
        (
            "The coach complained about the schedule, even suggesting the league had rigged it.",
            [
                ("indirect", "the schedule", "complained about", "The coach", "The coach", None),
                ("indirect", "the league had rigged it", "suggesting", "The coach", "The coach", None),
            ],
        ),
        # "after", "before", "until", "once" open a clause whose subject speaks its cue
        (
            "The board met again on Monday, after the chairman admitted he had misled investors.",
            [("indirect", "he had misled investors", "admitted", "the chairman", "the chairman", None)],
        ),
        # the occasion of an admission before its clause: "under the committee's grilling"
        (
            "The banker admitted under the senator's grilling he had not returned his bonus.",
            [("indirect", "he had not returned his bonus", "admitted", "The banker", "The banker", None)],
        ),
        # a plural agent noun is people who may speak, in lower case too
        (
            "But environmentalists worry that the dam will flood the valley.",
            [
                (
                    "indirect",
                    "that the dam will flood the valley",
                    "worry",
                    "environmentalists",
                    "environmentalists",
                    None,
                )
            ],
        ),
        ("He is manipulating his loyal followers into believing his message.", []),
        # a restrictive relative inside another claim's noun phrase is no claim of its own, and the
        # claim around it goes on
        (
            "The senator said members will help him and voters who want change will send checks.",
            [
                (
                    "indirect",
                    "members will help him and voters who want change will send checks",
                    "said",
                    "The senator",
                    "The senator",
                    None,
                )
            ],
        ),
        # a quoted fragment closing the outlet's clause before its attribution: the clause is the
        # claim, a participle after its comma included
        (
            'However noble the aim, raising the tariff "is a self-inflicted wound," said Ms. Lee.',
            [
                (
                    "indirect",
                    'However noble the aim, raising the tariff "is a self-inflicted wound,"',
                    "said",
                    "Ms. Lee",
                    "Ms. Lee",
                    None,
                )
            ],
        ),
        # an attribution set off by commas inside the outlet's sentence and a quote going on with it
        # in lower case: the whole sentence is the claim
        (
            'When the mill closed last spring, Ms. Lee said, "we lost everything."',
            [
                (
                    "indirect",
                    'When the mill closed last spring, Ms. Lee said, "we lost everything."',
                    "said",
                    "Ms. Lee",
                    "Ms. Lee",
                    None,
                )
            ],
        ),
        (
            'Ms. Lee said, "we lost everything."',
            [("direct", '"we lost everything."', "said", "Ms. Lee", "Ms. Lee", None)],
        ),
        # a relative clause of time with no "that": its subject speaks; opening the sentence, it
        # ends at the main clause's comma
        (
            "It was the first time the ministry said it had used the weapon.",
            [("indirect", "it had used the weapon", "said", "the ministry", "the ministry", None)],
        ),
        (
            "Friday's strike was the third time the Teamsters said they had shut the port.",
            [("indirect", "they had shut the port", "said", "the Teamsters", "the Teamsters", None)],
        ),
        (
            "On the same day Canada announced new tariffs, markets fell.",
            [("indirect", "new tariffs", "announced", "Canada", "Canada", "Canada")],
        ),
        # a wire dateline with a date or a region before the agency is no part of the content
        (
            "LAGOS, March 4 (Reuters) - Three ferries sank in the storm, the agency said.",
            [("indirect", "Three ferries sank in the storm", "said", "the agency", "the agency", None)],
        ),
        (
            "ODESA, Ukraine, Sept. 3 (AP) \u2014 The port was closed, officials said.",
            [("indirect", "The port was closed", "said", "officials", "officials", None)],
        ),
        # an audience or a body addressed with no name comes before the clause
        (
            "The chief executive told investors the company would cut 500 jobs.",
            [
                (
                    "indirect",
                    "the company would cut 500 jobs",
                    "told",
                    "The chief executive",
                    "The chief executive",
                    None,
                )
            ],
        ),
        (
            "The minister told the court the officers had acted in self-defence.",
            [("indirect", "the officers had acted in self-defence", "told", "The minister", "The minister", None)],
        ),
        # the subject's next act in the past after "and" ends a noun-phrase object
        (
            'The governor described the riots as "criminal" and vowed to restore order.',
            [
                ("indirect", 'the riots as "criminal"', "described", "The governor", "The governor", None),
                ("indirect", "to restore order", "vowed", "The governor", "The governor", None),
            ],
        ),
        (
            "The mayor criticized the closure and left the meeting early.",
            [("indirect", "the closure", "criticized", "The mayor", "The mayor", None)],
        ),
        (
            "The senator praised the deal and flew to Brussels on Monday.",
            [("indirect", "the deal", "praised", "The senator", "The senator", None)],
        ),
        # a generic body after two speakers joined in one name is neither of them
        (
            "The United States and several European governments said the deaths were alarming. The government says the bill is needed.",
            [
                (
                    "indirect",
                    "the deaths were alarming",
                    "said",
                    "The United States and several European governments",
                    "The United States and several European governments",
                    "United States",
                ),
                ("indirect", "the bill is needed", "says", "The government", "The government", None),
            ],
        ),
        (
            "The United States and several European governments said the vote was flawed. The ministry said the vote was fair.",
            [
                (
                    "indirect",
                    "the vote was flawed",
                    "said",
                    "The United States and several European governments",
                    "The United States and several European governments",
                    "United States",
                ),
                ("indirect", "the vote was fair", "said", "The ministry", "The ministry", None),
            ],
        ),
        (
            "Washington and several European governments have imposed sanctions. The government said they were illegal.",
            [("indirect", "they were illegal", "said", "The government", "The government", None)],
        ),
        # a label or a clause ending in a colon before a quote with its own attribution leaves
        # the quote whole and direct
        (
            'A: "We have been very clear with our partners," Blinken said.',
            [("direct", '"We have been very clear with our partners,"', "said", "Blinken", "Blinken", None)],
        ),
        (
            'The message was blunt: "We will not back down," Putin said.',
            [("direct", '"We will not back down,"', "said", "Putin", "Putin", "Russia")],
        ),
        # "it" or "they" inside a clause its own sentence's subject opened refers to that subject
        (
            "Human Rights Watch has documented what it calls ethnic cleansing in the city, where hundreds died.",
            [
                (
                    "indirect",
                    "what it calls ethnic cleansing in the city",
                    "calls",
                    "it",
                    "Human Rights Watch",
                    "Human Rights Watch",
                )
            ],
        ),
        (
            "The ministry said the plan was legal. Amnesty has sent letters about the law, which it says is discriminatory.",
            [
                ("indirect", "the plan was legal", "said", "The ministry", "The ministry", None),
                ("indirect", "which it says is discriminatory", "says", "it", "Amnesty", "Amnesty International"),
            ],
        ),
        # an attribution closing a relative clause attributes that clause only
        (
            "The UAE, which supplies the militia with weapons according to UN experts, denies any role.",
            [
                (
                    "indirect",
                    "which supplies the militia with weapons",
                    "according to",
                    "UN experts",
                    "UN experts",
                    "United Nations",
                ),
                ("indirect", "any role", "denies", "The UAE", "The UAE", "United Arab Emirates"),
            ],
        ),
        (
            'Zakharova described the attack as "a barbaric act" and called on the agencies to condemn it.',
            [
                ("indirect", 'the attack as "a barbaric act"', "described", "Zakharova", "Zakharova", "Russia"),
                ("indirect", "the agencies to condemn it", "called on", "Zakharova", "Zakharova", "Russia"),
            ],
        ),
        # a number's comma does not end a source; a participle modifying the source's noun is no verb
        (
            "Turnout fell, according to a survey of 2,000 voters published on Monday.",
            [
                (
                    "indirect",
                    "Turnout fell",
                    "according to",
                    "a survey of 2,000 voters published on Monday",
                    "a survey of 2,000 voters published on Monday",
                    None,
                )
            ],
        ),
        (
            "A report published Tuesday by the agency found that wages had stalled.",
            [
                (
                    "indirect",
                    "that wages had stalled",
                    "found",
                    "A report published Tuesday by the agency",
                    "A report published Tuesday by the agency",
                    None,
                )
            ],
        ),
        (
            "The study published on Friday said the risk was small.",
            [("indirect", "the risk was small", "said", "The study", "The study", None)],
        ),
        (
            "The court noted published reports that she lied.",
            [("indirect", "published reports that she lied", "noted", "The court", "The court", None)],
        ),
        # a quoted label after "described as" is the describer's own words, also in a relative
        # clause with no "that" and a bare plural subject; not in a passive, nor after a noun
        (
            'He was jailed in a case prosecutors described as "a betrayal of trust".',
            [("direct", '"a betrayal of trust"', "described", "prosecutors", "prosecutors", None)],
        ),
        (
            'Trump mocked what he described as "a hoax" by Democrats.',
            [("direct", '"a hoax"', "described", "he", "Trump", "United States")],
        ),
        (
            'The plan was described as "reckless" by critics.',
            [("indirect", "The plan", "described", "critics", "critics", None)],
        ),
        (
            'The site rated most claims as "false".',
            [("indirect", 'most claims as "false"', "rated", "The site", "The site", None)],
        ),
        # a name, its past verb and a bare plural object are a clause, no speaker of a label
        ('Police arrested protesters branded "thugs".', [("direct", '"thugs"', "branded", None, None, None)]),
        # "It was <cue> that ...": the clause is nobody's in particular, whatever the verb, and an
        # agent inside the clause is not the cue's
        (
            "It is alleged that the ferry was struck by a drone.",
            [("indirect", "that the ferry was struck by a drone", "alleged", None, None, None)],
        ),
        (
            "It was claimed that the vote was rigged, with ballots burned.",
            [("indirect", "that the vote was rigged", "claimed", None, None, None)],
        ),
        # ", while <participle cue>" after a claim is the speaker's next act, not part of the claim
        (
            "Analysts said the plan would cost a lot, while warning that more delays could follow.",
            [
                ("indirect", "the plan would cost a lot", "said", "Analysts", "Analysts", None),
                ("indirect", "that more delays could follow", "warning", "Analysts", "Analysts", None),
            ],
        ),
        # after an interrupting attribution, a time measured from an event and the speaker's own
        # act of speaking are no part of the claim; a gerund subject and other participles are
        (
            "Troops shelled two villages overnight, the army said, hours after a ceasefire was agreed.",
            [("indirect", "Troops shelled two villages overnight", "said", "the army", "the army", None)],
        ),
        (
            "The talks had stalled, three diplomats told the newspaper, speaking on condition of anonymity.",
            [
                (
                    "indirect",
                    "The talks had stalled",
                    "told",
                    "three diplomats",
                    "three diplomats",
                    None,
                )
            ],
        ),
        (
            "The bridge, engineers said, needs repairs, adding that traffic would be limited.",
            [
                ("indirect", "The bridge, engineers said, needs repairs", "said", "engineers", "engineers", None),
                ("indirect", "that traffic would be limited", "adding", "engineers", "engineers", None),
            ],
        ),
        (
            "Prices rose sharply, the agency said, pushing inflation to a new high.",
            [
                (
                    "indirect",
                    "Prices rose sharply, the agency said, pushing inflation to a new high",
                    "said",
                    "the agency",
                    "the agency",
                    None,
                )
            ],
        ),
        # right after a quotation, an inverted cue's speaker may be any noun phrase, and an -s form
        # that doubles as a noun is the verb; "said nothing" names no speaker
        (
            '"We were abandoned", claims widow of crash victim.',
            [("direct", '"We were abandoned"', "claims", "widow of crash victim", "widow of crash victim", None)],
        ),
        ('"We were abandoned," said nothing.', []),
        # a transcript line is the speaker's to its paragraph's end; the outlet's own notes are no speaker
        (
            "PENCE: She will not attend, but she sent a letter.\n\nUPDATE: The senator later apologised.",
            [("direct", "She will not attend, but she sent a letter", ":", "PENCE", "PENCE", None)],
        ),
        # a place in capitals before a colon is a dateline or a digest's section, no speaker
        (
            "NEW DELHI: The government said it would cut fuel taxes.\n\n"
            "BRAZIL: Floods killed 56 people, officials said.",
            [
                ("indirect", "it would cut fuel taxes", "said", "The government", "The government", None),
                ("indirect", "Floods killed 56 people", "said", "officials", "officials", None),
            ],
        ),
        # an interview's answers are the words of the person its introduction named
        (
            "We spoke to the mayor, Anna Berg, about the floods.\n\nQ: Was the city ready?\n\n"
            "A: No. We had warned about the dams, but nobody listened.\n\nQ: What now?",
            [
                (
                    "direct",
                    "No. We had warned about the dams, but nobody listened",
                    ":",
                    "Anna Berg",
                    "Anna Berg",
                    None,
                )
            ],
        ),
        ("Q: Was the city ready?\n\nA: No, it was not.", []),
        # a name opening a sentence before its apposition is the interviewee; a school is nobody;
        # a question's "what" speaks for no one
        (
            "Ines Varga, a hydrologist at Lund University, studies floods.\n\nQ: What worries you?\n\n"
            "A: The dams. They are old.",
            [("direct", "The dams. They are old", ":", "Ines Varga", "Ines Varga", None)],
        ),
        # nor is a place's name after a preposition
        (
            "Grace Mbeki, 58, has lived in the town of Harrow Creek for years.\n\nQ: When did you know?\n\n"
            "A: From the doctor.",
            [("direct", "From the doctor", ":", "Grace Mbeki", "Grace Mbeki", None)],
        ),
        # nor is a thing's name after "the": an explainer's answers are the outlet's own
        (
            "Explainer: What went wrong with the Black Sea Grain Initiative?\n\nQ: What was it?\n\n"
            "A: A deal to ship grain. It lapsed in July.",
            [],
        ),
        # a bare plural subject after a verb that may take an addressee opens the claim
        (
            "Economists warned food prices would keep rising.",
            [("indirect", "food prices would keep rising", "warned", "Economists", "Economists", None)],
        ),
        (
            "The mayor told reporters repairs had begun.",
            [("indirect", "repairs had begun", "told", "The mayor", "The mayor", None)],
        ),
        # a naming passive's label is the agent's naming: claimed with its subject, also past a
        # relative clause set off by commas
        (
            "The movement, which was founded in 1982, is branded a terrorist group by Israel.",
            [
                (
                    "indirect",
                    "The movement, which was founded in 1982, is branded a terrorist group",
                    "branded",
                    "Israel",
                    "Israel",
                    "Israel",
                )
            ],
        ),
        # a plural body noun speaks without a determiner, also after "but"
        (
            "The ministry said exports were rising, but unions insisted wages would not keep up.",
            [
                ("indirect", "exports were rising", "said", "The ministry", "The ministry", None),
                ("indirect", "wages would not keep up", "insisted", "unions", "unions", None),
            ],
        ),
        (
            "But insurers warned premiums would climb.",
            [("indirect", "premiums would climb", "warned", "insurers", "insurers", None)],
        ),
        # a quoted word after the clause's auxiliary still opens the claim
        (
            'The coach tells the local paper the squad is "exhausted" after the tour.',
            [
                (
                    "indirect",
                    'the squad is "exhausted" after the tour',
                    "tells",
                    "The coach",
                    "The coach",
                    None,
                )
            ],
        ),
        # a possessive determines the noun after it: the speaker is the whole phrase
        (
            "The pilot's family paid tribute to him on Sunday, describing him as a gentle man.",
            [
                (
                    "indirect",
                    "him as a gentle man",
                    "describing",
                    "The pilot's family",
                    "The pilot's family",
                    None,
                )
            ],
        ),
        # after a comma, "and has" before a past cue is the subject's next act, also when a cue
        # form stands as a noun before it ("the report")
        (
            "Ankara has denied shelling the villages, and has accused the rebels of lying.",
            [
                ("indirect", "shelling the villages", "denied", "Ankara", "Ankara", "Turkey"),
                ("indirect", "the rebels of lying", "accused", "Ankara", "Ankara", "Turkey"),
            ],
        ),
        (
            "The mayor rejected the report, but has since accused the auditors of bias.",
            [
                ("indirect", "the report", "rejected", "The mayor", "The mayor", None),
                ("indirect", "the auditors of bias", "accused", "The mayor", "The mayor", None),
            ],
        ),
        # "deny" with a noun phrase: the object ends where the circumstances begin; with a clause
        # (no "that") the clause is whole
        (
            "Moscow denied involvement in the hack as Washington widened sanctions.",
            [("indirect", "involvement in the hack", "denied", "Moscow", "Moscow", "Russia")],
        ),
        (
            "The minister denied the agency had spied on him while he was abroad.",
            [
                (
                    "indirect",
                    "the agency had spied on him while he was abroad",
                    "denied",
                    "The minister",
                    "The minister",
                    None,
                )
            ],
        ),
        # an adverb between "and" and the subject's next act; that act's addressee before a
        # clause with no "that" is skipped
        (
            "The league denied the report, and angrily accused the paper of lying.",
            [
                ("indirect", "the report", "denied", "The league", "The league", None),
                ("indirect", "the paper of lying", "accused", "The league", "The league", None),
            ],
        ),
        (
            "The agent said he was happy, and warned the club he was open to a move.",
            [
                ("indirect", "he was happy", "said", "The agent", "The agent", None),
                ("indirect", "he was open to a move", "warned", "The agent", "The agent", None),
            ],
        ),
        # circumstances of place or time between the cue and "that" are no part of the claim
        (
            "Her lawyer said outside the courthouse that the verdict would be appealed.",
            [("indirect", "that the verdict would be appealed", "said", "Her lawyer", "Her lawyer", None)],
        ),
        (
            "The union had maintained throughout the dispute that the cuts were unlawful.",
            [("indirect", "that the cuts were unlawful", "maintained", "The union", "The union", None)],
        ),
        (
            "The engineer argued before the inquiry that the dam had held.",
            [("indirect", "that the dam had held", "argued", "The engineer", "The engineer", None)],
        ),
        # "declined" before an amount is a fall, not a refusal
        ("Turnout declined 12% from the last election.", []),
        ("Sales of the model declined sharply in the spring.", []),
        (
            "The minister declined to say who had approved the deal.",
            [("indirect", "to say who had approved the deal", "declined", "The minister", "The minister", None)],
        ),
        # a relative "who" after a phrase with a preposition refers to the person the phrase is about
        (
            "The march was led by a spokeswoman for the nurses' union, who said wards were unsafe.",
            [("indirect", "wards were unsafe", "said", "who", "a spokeswoman for the nurses' union", None)],
        ),
        (
            "The letter was signed by an adviser to Greenpeace, who said the permit was unlawful.",
            [("indirect", "the permit was unlawful", "said", "who", "an adviser to Greenpeace", None)],
        ),
        (
            "The defence questioned the honesty of the driver, who said the lights had been green.",
            [
                ("indirect", "the honesty of the driver", "questioned", "The defence", "The defence", None),
                ("indirect", "the lights had been green", "said", "who", "the driver", None),
            ],
        ),
        (
            "The book traces the rise of Jacinda Ardern, who said politics could be kind.",
            [("indirect", "politics could be kind", "said", "who", "Jacinda Ardern", None)],
        ),
        # a quoted object's clause ends where the subject's next act begins
        (
            'The coach blamed "lazy defending" for the defeat and praised the fans for their "incredible support."',
            [
                ("indirect", '"lazy defending" for the defeat', "blamed", "The coach", "The coach", None),
                ("indirect", 'the fans for their "incredible support."', "praised", "The coach", "The coach", None),
            ],
        ),
        # the accused and the charge are a noun phrase: "and" with a past cue is the next act
        (
            "The mayor accused the contractor of negligence and demanded an inquiry.",
            [
                ("indirect", "the contractor of negligence", "accused", "The mayor", "The mayor", None),
                ("indirect", "an inquiry", "demanded", "The mayor", "The mayor", None),
            ],
        ),
        # a time or place before an infinitive: the infinitive is the commitment
        (
            "The delegates agreed on Friday to phase out coal by 2040.",
            [("indirect", "to phase out coal by 2040", "agreed", "The delegates", "The delegates", None)],
        ),
        (
            "The board decided after a long review not to renew the contract.",
            [("indirect", "not to renew the contract", "decided", "The board", "The board", None)],
        ),
        ("She spoke on Monday to reporters about the plan.", []),
        # ", without -ing", ", before -ing", ", after -ing": the act's circumstance, no part of the claim
        (
            "The army said the convoy carried weapons, without providing evidence.",
            [("indirect", "the convoy carried weapons", "said", "The army", "The army", None)],
        ),
        (
            "The council denied the school would close, before saying for the first time that cuts were needed.",
            [
                ("indirect", "the school would close", "denied", "The council", "The council", None),
                ("indirect", "that cuts were needed", "saying", "The council", "The council", None),
            ],
        ),
        (
            'The envoy called the talks "a step forward," without naming the countries involved.',
            [("indirect", 'the talks "a step forward,"', "called", "The envoy", "The envoy", None)],
        ),
        # an age set off by commas is no antecedent for "who": the person is
        (
            "Maria Lopez, 32, who said the rent had doubled, moved out in May.",
            [("indirect", "the rent had doubled", "said", "who", "Maria Lopez", None)],
        ),
        # a bare plural after "told" is its audience, before the occasion or the clause
        (
            '"We will not sell the plant," the chairman told shareholders at the annual meeting.',
            [("direct", '"We will not sell the plant,"', "told", "the chairman", "the chairman", None)],
        ),
        (
            "The manager told employees during a call that the plant would close.",
            [("indirect", "that the plant would close", "told", "The manager", "The manager", None)],
        ),
        # a document is never the antecedent of "who"; the person before "of" is
        (
            "The letter was signed by the author of the report, who said the figures were wrong.",
            [("indirect", "the figures were wrong", "said", "who", "the author of the report", None)],
        ),
        # "who" after a preposition is the person's, not the thing's before it ("remarks by a commissioner")
        (
            "The rumour began with remarks by a commissioner who told a podcast that a ban was possible.",
            [("indirect", "that a ban was possible", "told", "who", "a commissioner", None)],
        ),
        # after ", and", the second clause's subject speaks past its apposition
        (
            "The law says nothing on stoves, and the Safety Commission, the agency that regulates them, "
            "has said it has no plans for a ban.",
            [
                ("indirect", "nothing on stoves", "says", "The law", "The law", None),
                (
                    "indirect",
                    "it has no plans for a ban",
                    "said",
                    "the Safety Commission",
                    "the Safety Commission",
                    None,
                ),
            ],
        ),
        # a claim inside a dash aside ends with the aside, and leaves the claim around it whole
        (
            "But some note that the mayor \u2014 even as he says his record speaks for itself \u2014 has built few homes.",
            [
                (
                    "indirect",
                    "that the mayor \u2014 even as he says his record speaks for itself \u2014 has built few homes",
                    "note",
                    "some",
                    "some",
                    None,
                ),
                # "he" is never the plural "some"; the mayor is no speaker, so "he" stays unresolved
                ("indirect", "his record speaks for itself", "says", "he", "he", None),
            ],
        ),
        # a base form after a plural subject, also past an adverb set off by commas, is a verb
        (
            "Some economists, however, question the wisdom of the tax cut.",
            [("indirect", "the wisdom of the tax cut", "question", "Some economists", "Some economists", None)],
        ),
        (
            "Critics question whether the plan will work.",
            [("indirect", "whether the plan will work", "question", "Critics", "Critics", None)],
        ),
        # a bare plural addressee may carry one modifier before the occasion
        (
            '"The people have spoken," Irena Novak told cheering supporters in the capital.',
            [("direct", '"The people have spoken,"', "told", "Irena Novak", "Irena Novak", None)],
        ),
        # a meeting's minutes and a hearing's records speak as documents, with no determiner too
        (
            "Two members voted for a cut, minutes of the meeting showed.",
            [
                (
                    "indirect",
                    "Two members voted for a cut",
                    "showed",
                    "minutes of the meeting",
                    "minutes of the meeting",
                    None,
                )
            ],
        ),
        # "judged" is a verb of judgement; "judges" after a determiner is the noun
        (
            "The referee judged that the defender had tripped him.",
            [("indirect", "that the defender had tripped him", "judged", "The referee", "The referee", None)],
        ),
        ("The judges arrived late.", []),
        # a claim noun ends where a clause of the act's time or cause begins; "as expected" is no clause
        (
            "The alliance claimed victory as the count dragged on.",
            [("indirect", "victory", "claimed", "The alliance", "The alliance", None)],
        ),
        (
            "He denied any wrongdoing when he was arrested in May.",
            [("indirect", "any wrongdoing", "denied", "He", "He", None)],
        ),
        (
            "Berger conceded defeat after the last districts reported.",
            [("indirect", "defeat", "conceded", "Berger", "Berger", None)],
        ),
        (
            "The party claimed victory as expected.",
            [("indirect", "victory as expected", "claimed", "The party", "The party", None)],
        ),
        # "blamed X on Y": what is blamed and its cause are the content, as with "blamed X for Y"
        (
            "Officials blamed the fire on faulty wiring.",
            [("indirect", "the fire on faulty wiring", "blamed", "Officials", "Officials", None)],
        ),
        (
            'The government blamed the attack on "terrorists" and vowed to hunt them down.',
            [
                ("indirect", 'the attack on "terrorists"', "blamed", "The government", "The government", None),
                ("indirect", "to hunt them down", "vowed", "The government", "The government", None),
            ],
        ),
        # a participle cue's addressee and occasion come before "that"
        (
            "Solberg dismissed the concern, telling analysts on a conference call that the price was fair.",
            [
                ("indirect", "the concern", "dismissed", "Solberg", "Solberg", None),
                ("indirect", "that the price was fair", "telling", "Solberg", "Solberg", None),
            ],
        ),
        # "promised" with no clause or infinitive after it: the pledge is its object, which ends
        # where the subject's next act or another clause begins, past a quotation's closing comma
        (
            "The administration has promised a veto and attempted to make the case to members.",
            [("indirect", "a veto", "promised", "The administration", "The administration", None)],
        ),
        (
            "The firms promised lower prices during the campaign.",
            [("indirect", "lower prices", "promised", "The firms", "The firms", None)],
        ),
        (
            'Trump is promising lower taxes and "jobs, jobs, jobs," but he has also sharpened his attacks.',
            [("indirect", 'lower taxes and "jobs, jobs, jobs,"', "promising", "Trump", "Trump", "United States")],
        ),
        # "ruled out" is a cue of its own, with a noun object ending before its time; "ruled" is not
        # followed by its particle as content
        (
            "Police ruled out foul play on Tuesday.",
            [("indirect", "foul play", "ruled out", "Police", "Police", None)],
        ),
        # an age set off after a name speaks for nobody; a count after a phrase of its group does
        (
            "The judge said Richard Hale, 58, had shown great remorse.",
            [("indirect", "Richard Hale, 58, had shown great remorse", "said", "The judge", "The judge", None)],
        ),
        (
            "Of the 40 people polled, 12 said they would vote.",
            [("indirect", "they would vote", "said", "12", "12", None)],
        ),
        # a speaker noun capitalised as the sentence's first word is still plural, never "he"
        (
            'Prosecutors said the term was fair. Hale apologised. "I was wrong," he said.',
            [
                ("indirect", "the term was fair", "said", "Prosecutors", "Prosecutors", None),
                ("direct", '"I was wrong,"', "said", "he", "he", None),
            ],
        ),
        # ", yet" joins the subject's next act as "and" and "but" do
        (
            "Trump demanded transparency, yet refused to release his tax records.",
            [
                ("indirect", "transparency", "demanded", "Trump", "Trump", "United States"),
                ("indirect", "to release his tax records", "refused", "Trump", "Trump", "United States"),
            ],
        ),
        # plural studies and analyses speak, as a study and an analysis do
        (
            "His promises notwithstanding, independent analyses agree the rich would gain most.",
            [("indirect", "the rich would gain most", "agree", "independent analyses", "independent analyses", None)],
        ),
        # an adverb set off after an opening phrase is no part of the subject; an infinitive
        # content ends at an unpaired dash opening the writer's aside, a paired dash is inside it
        (
            "On Thursday, however, Trump spoke to leaders, promising to lift regulations \u2015 not what Graham wanted.",
            [("indirect", "to lift regulations", "promising", "Trump", "Trump", "United States")],
        ),
        (
            "Trump spoke to leaders, promising to lift regulations \u2014 all of them \u2014 and open land.",
            [
                (
                    "indirect",
                    "to lift regulations \u2014 all of them \u2014 and open land",
                    "promising",
                    "Trump",
                    "Trump",
                    "United States",
                )
            ],
        ),
        # a coordinated cue's negation belongs to it, not to the content before it
        (
            "Prosecutors said they were reviewing the verdict and had not decided whether to appeal.",
            [
                ("indirect", "they were reviewing the verdict", "said", "Prosecutors", "Prosecutors", None),
                ("indirect", "whether to appeal", "decided", "Prosecutors", "Prosecutors", None),
            ],
        ),
        # a relative "who" after a named person's body refers to the person
        (
            "The nurses marched, said Ana Ruiz of the health union, who called the cuts a scandal.",
            [
                (
                    "indirect",
                    "The nurses marched",
                    "said",
                    "Ana Ruiz of the health union",
                    "Ana Ruiz of the health union",
                    None,
                ),
                ("indirect", "the cuts a scandal", "called", "who", "Ana Ruiz of the health union", None),
            ],
        ),
        # an inverted cue closing the sentence: what comes before is its content, even with no
        # verb it knows, and a cue in that content ends before it
        (
            "The nurses protested the cuts, said Ana Ruiz.",
            [
                ("indirect", "The nurses protested the cuts", "said", "Ana Ruiz", "Ana Ruiz", None),
                ("indirect", "the cuts", "protested", "The nurses", "The nurses", None),
            ],
        ),
        (
            "The nurses protested, said Ana Ruiz.",
            [("indirect", "The nurses protested", "said", "Ana Ruiz", "Ana Ruiz", None)],
        ),
        # a noun phrase with a restrictive relative and a second one set off by ", and who" speaks
        (
            "A guard who was on duty, and who asked not to be named, told NDR that the alarm had failed.",
            [("indirect", "that the alarm had failed", "told", "A guard", "A guard", None)],
        ),
        # a speaker phrase may close with a relative clause without "that" ("Officials we spoke to")
        (
            "Bankers we spoke to say the merger is dead.",
            [("indirect", "the merger is dead", "say", "Bankers we spoke to", "Bankers we spoke to", None)],
        ),
        (
            "Every audit I have read concludes that the fund lost money.",
            [
                (
                    "indirect",
                    "that the fund lost money",
                    "concludes",
                    "Every audit I have read",
                    "Every audit I have read",
                    None,
                )
            ],
        ),
        # "advise" reports advice: inverted after the content, or with the addressee before an infinitive
        (
            "Hikers should carry water and avoid the ridge, the park service advised.",
            [
                (
                    "indirect",
                    "Hikers should carry water and avoid the ridge",
                    "advised",
                    "the park service",
                    "the park service",
                    None,
                )
            ],
        ),
        (
            "The embassy advised citizens to leave the country.",
            [("indirect", "citizens to leave the country", "advised", "The embassy", "The embassy", None)],
        ),
        ("The lawyers who advised the buyer on the deal were paid.", []),
        # after an addressee, a clause whose subject opens with a possessive needs no "that"
        (
            "The coach told reporters his team had been robbed.",
            [("indirect", "his team had been robbed", "told", "The coach", "The coach", None)],
        ),
        (
            "The senator warned his party would lose the seat.",
            [("indirect", "his party would lose the seat", "warned", "The senator", "The senator", None)],
        ),
        ("The coach told reporters his plans for the summer.", []),
        # a participle set off after the subject describes it; the subject's verb follows the comma
        ("The survey, reported in The Lancet, was funded by the charity.", []),
        (
            "The paper, published in Science on Friday, concludes that the vaccine is safe.",
            [("indirect", "that the vaccine is safe", "concludes", "The paper", "The paper", None)],
        ),
        # a question as content ends before another subject's clause
        (
            "The club would not say how much it paid, but rivals have been told the fee was a record.",
            [("indirect", "how much it paid", "say", "The club", "The club", None)],
        ),
        # a bare plural naming the claim ("charges X denies") is the outlet's apposition, not the speaker
        (
            "Seoul accused Pyongyang of the hack, charges North Korea has always denied.",
            [
                (
                    "indirect",
                    "Seoul accused Pyongyang of the hack",
                    "denied",
                    "North Korea",
                    "North Korea",
                    "North Korea",
                ),
                ("indirect", "Pyongyang of the hack", "accused", "Seoul", "Seoul", "South Korea"),
            ],
        ),
        # a participle set off after a new clause's subject is that subject's, up to the next comma
        (
            "The club stayed silent, but local papers, citing club insiders, reported that the coach had quit.",
            [
                ("indirect", "club insiders", "citing", "local papers", "local papers", None),
                ("indirect", "that the coach had quit", "reported", "local papers", "local papers", None),
            ],
        ),
        (
            "The board approved the plan, but shareholders, citing the debt, voted against it.",
            [("indirect", "the debt", "citing", "shareholders", "shareholders", None)],
        ),
        # a time between the subject and its verb is no part of the speaker
        (
            "Greek officials on Friday blamed the heat, saying the fires had been started by lightning.",
            [
                ("indirect", "the heat", "blamed", "Greek officials", "Greek officials", "Greece"),
                (
                    "indirect",
                    "the fires had been started by lightning",
                    "saying",
                    "Greek officials",
                    "Greek officials",
                    "Greece",
                ),
            ],
        ),
        (
            "Firefighters yesterday said the blaze was under control.",
            [("indirect", "the blaze was under control", "said", "Firefighters", "Firefighters", None)],
        ),
        # the subject's next act in the past after "but" ends an object
        (
            "The union welcomed the offer but gave no date for a vote.",
            [("indirect", "the offer", "welcomed", "The union", "The union", None)],
        ),
        # a relative clause set off by commas between a plural subject and a noun-like verb
        (
            "The invoices, which were seized by customs officers, show that the fees were doubled.",
            [("indirect", "that the fees were doubled", "show", "The invoices", "The invoices", None)],
        ),
        # a plural without -s before a noun-like verb
        (
            "The data show that arrests fell.",
            [("indirect", "that arrests fell", "show", "The data", "The data", None)],
        ),
        # "that" and a past verb after an object is a relative on it, no that-clause
        (
            "Unions blame a board that has ignored safety for years.",
            [("indirect", "a board that has ignored safety for years", "blame", "Unions", "Unions", None)],
        ),
        (
            "Farmers accused the firm that built the canal of wasting water.",
            [
                (
                    "indirect",
                    "the firm that built the canal of wasting water",
                    "accused",
                    "Farmers",
                    "Farmers",
                    None,
                )
            ],
        ),
        (
            "The mayor told residents that flooded roads would stay closed.",
            [("indirect", "that flooded roads would stay closed", "told", "The mayor", "The mayor", None)],
        ),
        # a "that" inside the infinitive asked for belongs to it; after an infinitive of purpose a
        # that-clause is still the content
        (
            "The envoy urged both parties to halt moves that could inflame the region.",
            [
                (
                    "indirect",
                    "both parties to halt moves that could inflame the region",
                    "urged",
                    "The envoy",
                    "The envoy",
                    None,
                )
            ],
        ),
        (
            "The minister told pilots at a ceremony to mark the anniversary that the fleet would grow.",
            [("indirect", "that the fleet would grow", "told", "The minister", "The minister", None)],
        ),
        # a participle phrase opening the sentence is the subject's act, not its apposition
        (
            "Speaking at the summit, the trade commissioner, Anna Lind, said tariffs would rise.",
            [
                (
                    "indirect",
                    "tariffs would rise",
                    "said",
                    "the trade commissioner, Anna Lind",
                    "the trade commissioner, Anna Lind",
                    None,
                )
            ],
        ),
        (
            "United Airlines, the largest carrier at the airport, said flights would resume.",
            [("indirect", "flights would resume", "said", "United Airlines", "United Airlines", None)],
        ),
        # a passive's subject before a short insertion or a relative clause set off by commas; a
        # year or a weekday after the agent is no part of it
        (
            "The coach, Ivan Petrov, was accused of fixing matches.",
            [
                (
                    "indirect",
                    "The coach, Ivan Petrov, was accused of fixing matches",
                    "accused",
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "Plans for a dam near Tula, where farmers grow wheat, were criticized by the regional governor in 2021.",
            [
                (
                    "indirect",
                    "Plans for a dam near Tula",
                    "criticized",
                    "the regional governor",
                    "the regional governor",
                    None,
                )
            ],
        ),
        # a speaker named in full who opens a later sentence as its subject is the "he" after it,
        # though another man spoke in between
        (
            "Coach Ian Ross said the pitch was poor. Jon Bell, the captain, said the team was tired. "
            'Ross, who was fined, faces a ban. Asked about it, he said: "I regret nothing."',
            [
                ("indirect", "the pitch was poor", "said", "Coach Ian Ross", "Coach Ian Ross", None),
                ("indirect", "the team was tired", "said", "Jon Bell", "Jon Bell", None),
                ("direct", '"I regret nothing."', "said", "he", "Coach Ian Ross", None),
            ],
        ),
        # an -ing cue set off by commas that says only where the subject spoke is no claim; a
        # "post-" word is no "post" on social media
        (
            "The critic, writing in a weekly magazine, said the film was cruel.",
            [("indirect", "the film was cruel", "said", "The critic", "The critic", None)],
        ),
        (
            "Obama said he would stay active in his post-presidential life.",
            [("indirect", "he would stay active in his post-presidential life", "said", "Obama", "Obama", None)],
        ),
        # "blamed on" names the charge: with an agent, the agent speaks of the whole; without one
        # the blame is the outlet's report (framing.blame), no attribution
        (
            "The fire was blamed on arsonists by local officials.",
            [
                (
                    "indirect",
                    "The fire was blamed on arsonists",
                    "blamed",
                    "local officials",
                    "local officials",
                    None,
                )
            ],
        ),
        ("The fire was blamed on arsonists.", []),
        # a name in apposition after an inverted role is the speaker's name, and gives the actor
        (
            '"The attack was premeditated," said a spokesman, Dmitry Peskov.',
            [
                (
                    "direct",
                    '"The attack was premeditated,"',
                    "said",
                    "a spokesman, Dmitry Peskov",
                    "a spokesman, Dmitry Peskov",
                    "Russia",
                )
            ],
        ),
        (
            "The tariffs will hurt exporters, said the bank's chief economist, Anna Berg, on Monday.",
            [
                (
                    "indirect",
                    "The tariffs will hurt exporters",
                    "said",
                    "the bank's chief economist, Anna Berg",
                    "the bank's chief economist, Anna Berg",
                    None,
                )
            ],
        ),
        # "but that" goes on with the same claim; a clause's "that" is no part of a subject, and a
        # measure of a thing ("the scale of") does not speak
        (
            "The judge said she had taken that into account but that the scale of the fraud demanded a long sentence.",
            [
                (
                    "indirect",
                    "she had taken that into account but that the scale of the fraud demanded a long sentence",
                    "said",
                    "The judge",
                    "The judge",
                    None,
                )
            ],
        ),
        ("The sheer size of the deficit shows that the plan has failed.", []),
        # a question put to someone asserts nothing
        ("Will the minister confirm that the investment is in fact a cut?", []),
        ("Does he accept that the figures were wrong?", []),
        # a quotation said, then when it was said: the quotation alone
        (
            'Labour MPs shouted "resign" as she left the chamber.',
            [("direct", '"resign"', "shouted", "Labour MPs", "Labour MPs", None)],
        ),
        (
            'The crowd chanted "lock her up," when he appeared.',
            [("direct", '"lock her up,"', "chanted", "The crowd", "The crowd", None)],
        ),
        # an addressee may be two names joined by "and"
        (
            "The United States urged India and Pakistan to avoid escalation.",
            [
                (
                    "indirect",
                    "India and Pakistan to avoid escalation",
                    "urged",
                    "The United States",
                    "The United States",
                    "United States",
                )
            ],
        ),
        # a content cut before the subject's next verb does not keep the "and" before it
        (
            "The EU's foreign policy chief called for an immediate ceasefire and said the bloc was ready to help.",
            [
                (
                    "indirect",
                    "an immediate ceasefire",
                    "called for",
                    "The EU's foreign policy chief",
                    "The EU's foreign policy chief",
                    "European Union",
                ),
                (
                    "indirect",
                    "the bloc was ready to help",
                    "said",
                    "The EU's foreign policy chief",
                    "The EU's foreign policy chief",
                    "European Union",
                ),
            ],
        ),
        # ", which X denies": X disputes the claim reported before it, not its report
        (
            "Pakistan has accused India of abuses in the region, which New Delhi denies.",
            [
                ("indirect", "India of abuses in the region", "accused", "Pakistan", "Pakistan", "Pakistan"),
                ("indirect", "India of abuses in the region", "denies", "New Delhi", "New Delhi", "India"),
            ],
        ),
        # an addressee with its determiner before the occasion: "told the council before the vote"
        (
            '"This text is a distraction," the US ambassador, Linda Thomas-Greenfield, told the council before the vote.',
            [
                (
                    "direct",
                    '"This text is a distraction,"',
                    "told",
                    "the US ambassador, Linda Thomas-Greenfield",
                    "the US ambassador, Linda Thomas-Greenfield",
                    "United States",
                ),
            ],
        ),
        # "its" before a title and a name: the owner named before speaks through them
        (
            'Russia denounced what its deputy envoy Dmitry Polyanskiy described as "breathtaking hypocrisy".',
            [
                (
                    "indirect",
                    'what its deputy envoy Dmitry Polyanskiy described as "breathtaking hypocrisy"',
                    "denounced",
                    "Russia",
                    "Russia",
                    "Russia",
                ),
                (
                    "direct",
                    '"breathtaking hypocrisy"',
                    "described",
                    "its deputy envoy Dmitry Polyanskiy",
                    "its deputy envoy Dmitry Polyanskiy",
                    "Russia",
                ),
            ],
        ),
        # "explained X by saying ...": the -ing cue reports the claim; "the abstention by" is none
        (
            "Britain's envoy explained the abstention by saying the text did not reflect the reality.",
            [
                (
                    "indirect",
                    "the text did not reflect the reality",
                    "saying",
                    "Britain's envoy",
                    "Britain's envoy",
                    "United Kingdom",
                ),
            ],
        ),
        # a claim that only says what a thing is, then "and" and a past cue: the speaker's next act
        (
            "The ministry said that the demonstrations were illegal and blamed opposition leaders for the violence.",
            [
                ("indirect", "that the demonstrations were illegal", "said", "The ministry", "The ministry", None),
                (
                    "indirect",
                    "opposition leaders for the violence",
                    "blamed",
                    "The ministry",
                    "The ministry",
                    None,
                ),
            ],
        ),
        # ... but people may act: the suspects threatened, not the police
        (
            "Police said that the suspects were armed and threatened to kill officers.",
            [
                (
                    "indirect",
                    "that the suspects were armed and threatened to kill officers",
                    "said",
                    "Police",
                    "Police",
                    None,
                ),
                ("indirect", "to kill officers", "threatened", "the suspects", "the suspects", None),
            ],
        ),
        # "faulted X for Y" and "pinned the blame for X on Y" report a judgement, its object the content
        (
            "Party officials faulted the timing of the vote for the low turnout.",
            [
                (
                    "indirect",
                    "the timing of the vote for the low turnout",
                    "faulted",
                    "Party officials",
                    "Party officials",
                    None,
                )
            ],
        ),
        (
            'The candidate pinned the blame for his defeat on a "poisonous national mood".',
            [
                (
                    "indirect",
                    'for his defeat on a "poisonous national mood"',
                    "pinned the blame",
                    "The candidate",
                    "The candidate",
                    None,
                )
            ],
        ),
        # a state's body after a speaker of no actor: the speaker before, a state's
        (
            'The IDF said it struck targets in Lebanon. Witnesses said the strikes hit two villages. "The jets hit a'
            ' depot," the military said.',
            [
                ("indirect", "it struck targets in Lebanon", "said", "The IDF", "The IDF", "Israel"),
                ("indirect", "the strikes hit two villages", "said", "Witnesses", "Witnesses", None),
                ("direct", '"The jets hit a depot,"', "said", "the military", "the military", "Israel"),
            ],
        ),
        # "the group" is the organisation named last, as speaker or in the outlet's words; a
        # possessor before a generic head speaks for it
        (
            "Israel struck Hamas positions. The group said three fighters died in the strikes.",
            [("indirect", "three fighters died in the strikes", "said", "The group", "The group", "Hamas")],
        ),
        (
            '"The jets hit a depot," the Israeli military said. The statement read: "We will act against any threat."'
            " Hezbollah said the attack was a response. The group's statement called the base a legitimate target.",
            [
                (
                    "direct",
                    '"The jets hit a depot,"',
                    "said",
                    "the Israeli military",
                    "the Israeli military",
                    "Israel",
                ),
                ("direct", '"We will act against any threat."', "read", "The statement", "The statement", "Israel"),
                ("indirect", "the attack was a response", "said", "Hezbollah", "Hezbollah", "Hezbollah"),
                (
                    "indirect",
                    "the base a legitimate target",
                    "called",
                    "The group's statement",
                    "The group's statement",
                    "Hezbollah",
                ),
            ],
        ),
        # "that" before a participle, a noun and a past verb opens the addressee's that-clause
        (
            "The prosecutor told the judges that intercepted radio messages showed the commander approved it.",
            [
                (
                    "indirect",
                    "that intercepted radio messages showed the commander approved it",
                    "told",
                    "The prosecutor",
                    "The prosecutor",
                    None,
                ),
            ],
        ),
        # a past verb after "and", closing a claim that a thing has been treated somehow, is the
        # speaker's next act
        (
            "The lawyer argued that the messages had been mistranslated and accused the prosecution of bias.",
            [
                ("indirect", "that the messages had been mistranslated", "argued", "The lawyer", "The lawyer", None),
                ("indirect", "the prosecution of bias", "accused", "The lawyer", "The lawyer", None),
            ],
        ),
        # a relative clause, then an aside, before the cue: the noun the relative describes speaks;
        # a noun and a past verb closing the sentence after the cue are the claim, not a speaker
        (
            "A witness who survived the attack, identified only as Witness 12 for her protection, testified"
            " last week that she saw helicopters.",
            [("indirect", "that she saw helicopters", "testified", "A witness", "A witness", None)],
        ),
        (
            "A worker who was on the site, and who asked not to be named, said the crane fell.",
            [("indirect", "the crane fell", "said", "A worker", "A worker", None)],
        ),
        (
            "The plan had failed, said those involved.",
            [("indirect", "The plan had failed", "said", "those involved", "those involved", None)],
        ),
        # a later clause holding a quoted fragment ends the content before it, as any attribution does
        (
            'The military said its jets were back, and it blamed "inaccurate" Syrian fire for the loss.',
            [
                ("indirect", "its jets were back", "said", "The military", "The military", None),
                ("indirect", '"inaccurate" Syrian fire for the loss', "blamed", "it", "The military", None),
            ],
        ),
        # a dateline is no part of the subject whose ", saying" it is; "tore" is a past verb
        (
            "WASHINGTON (AP) — Maria Delgado tore into the handling of the talks, saying the president walked away.",
            [("indirect", "the president walked away", "saying", "Maria Delgado", "Maria Delgado", None)],
        ),
        # an apposition naming the claim before a naming cue: its labeller speaks the label, and the
        # claim ends at the apposition's comma
        (
            'Hollis accused them of "playing politics," a charge Delgado called "rich, coming from him."',
            [
                ("indirect", 'them of "playing politics,"', "accused", "Hollis", "Hollis", None),
                ("direct", '"rich, coming from him."', "called", "Delgado", "Delgado", None),
            ],
        ),
        (
            "Russia accused Israel of hiding behind the plane, a claim the Israeli military branded as false.",
            [
                ("indirect", "Israel of hiding behind the plane", "accused", "Russia", "Russia", "Russia"),
                ("indirect", "false", "branded", "the Israeli military", "the Israeli military", "Israel"),
            ],
        ),
        # an adverb between the cue and "that" is no part of the claim
        (
            'Asked about a short-term bill, Baker said only that "all options are on the table."',
            [("indirect", 'that "all options are on the table."', "said", "Baker", "Baker", None)],
        ),
        (
            "Israeli officials said recently that Israel has carried out about 200 raids.",
            [
                (
                    "indirect",
                    "that Israel has carried out about 200 raids",
                    "said",
                    "Israeli officials",
                    "Israeli officials",
                    "Israel",
                )
            ],
        ),
        # "It" opening a sentence is the body that was the subject of the sentence before, not a
        # person who spoke earlier; never a person noun
        (
            '"These attacks show disregard for life," said Lynn Maalouf. The Israeli army did not comment.'
            " It has previously denied targeting civilians.",
            [
                ("direct", '"These attacks show disregard for life,"', "said", "Lynn Maalouf", "Lynn Maalouf", None),
                ("indirect", "targeting civilians", "denied", "It", "The Israeli army", "Israel"),
            ],
        ),
        (
            "The government of Jordan did not comment. It said later that the border was closed.",
            [("indirect", "that the border was closed", "said", "It", "The government of Jordan", "Jordan")],
        ),
        (
            "The spokesman did not comment. It has denied targeting civilians.",
            [("indirect", "targeting civilians", "denied", "It", "It", None)],
        ),
        # a plural subject after a comma with a base-form cue ending the sentence speaks; not a
        # noun phrase with an article or a preposition
        (
            "An Israeli delegation has landed in Moscow, Israeli media report.",
            [
                (
                    "indirect",
                    "An Israeli delegation has landed in Moscow",
                    "report",
                    "Israeli media",
                    "Israeli media",
                    None,
                )
            ],
        ),
        (
            "Talks will resume on Monday, the two sides report.",
            [("indirect", "Talks will resume on Monday", "report", "the two sides", "the two sides", None)],
        ),
        (
            "The delegation has landed in Moscow, according to a media report.",
            [
                (
                    "indirect",
                    "The delegation has landed in Moscow",
                    "according to",
                    "a media report",
                    "a media report",
                    None,
                )
            ],
        ),
        # "he" and "his" prefer a subject to the object of a verb or a preposition, but a name right
        # after "said" is the subject of the content
        (
            "Netanyahu spoke by phone with Putin, his office said.",
            [("indirect", "Netanyahu spoke by phone with Putin", "said", "his office", "his office", "Israel")],
        ),
        (
            "Prime Minister Benjamin Netanyahu told President Vladimir Putin that Syria was to blame, but he"
            ' offered "all necessary information."',
            [
                (
                    "indirect",
                    "that Syria was to blame",
                    "told",
                    "Prime Minister Benjamin Netanyahu",
                    "Prime Minister Benjamin Netanyahu",
                    "Israel",
                ),
                ("direct", '"all necessary information."', "offered", "he", "Benjamin Netanyahu", "Israel"),
            ],
        ),
        (
            'Netanyahu said Putin was "absolutely right" when he said the talks had helped.',
            [
                (
                    "indirect",
                    'Putin was "absolutely right" when he said the talks had helped',
                    "said",
                    "Netanyahu",
                    "Netanyahu",
                    "Israel",
                ),
                ("indirect", "the talks had helped", "said", "he", "Putin", "Russia"),
            ],
        ),
        # "he" and "she" are never a publication named before
        (
            "The claim is wrong, according to the top British medical journal. Asked about it later, he said"
            " nothing had changed.",
            [
                (
                    "indirect",
                    "The claim is wrong",
                    "according to",
                    "the top British medical journal",
                    "the top British medical journal",
                    "United Kingdom",
                ),
                ("indirect", "nothing had changed", "said", "he", "he", None),
            ],
        ),
        # a heading inside the body reads in a headline's grammar: a short name before a colon speaks
        (
            'Peskov spoke on Monday.\n\n11:15 GMT \u2014 Kremlin: "no change" in assessment\n\nTalks went on.',
            [("indirect", '"no change" in assessment', ":", "Kremlin", "Kremlin", "Russia")],
        ),
        # a verb that shares its subject with the cue's infinitive ("chose instead to accuse"); "his"
        # before a plural of a generic head ("His generals") is the office of the person "he" is
        (
            "Putin spoke first. His generals chose instead to accuse Israel of hostile actions.",
            [("indirect", "Israel of hostile actions", "accuse", "His generals", "His generals", "Russia")],
        ),
        (
            "The ministry sought to blame Israel for the loss.",
            [("indirect", "Israel for the loss", "blame", "The ministry", "The ministry", None)],
        ),
        (
            "The rules face a test on Tuesday when opponents try to convince a court to throw them out.",
            [("indirect", "a court to throw them out", "convince", "opponents", "opponents", None)],
        ),
        # an unowned state body is the state the subject of the sentence before names, in the same
        # paragraph; none when that subject names no state
        (
            "Moscow's line has shifted. The Defence Ministry first said Israel was fully to blame.",
            [
                (
                    "indirect",
                    "Israel was fully to blame",
                    "said",
                    "The Defence Ministry",
                    "The Defence Ministry",
                    "Russia",
                )
            ],
        ),
        (
            "Israeli jets struck Syria. The Defence Ministry said the raid was a success.",
            [("indirect", "the raid was a success", "said", "The Defence Ministry", "The Defence Ministry", "Israel")],
        ),
        (
            "The weather was bad. The Defence Ministry said the raid was a success.",
            [("indirect", "the raid was a success", "said", "The Defence Ministry", "The Defence Ministry", None)],
        ),
        # an apposition labelling the act before it ends that act's content
        (
            'Russia has promised to deliver S-300 systems to Damascus, a move Washington called "a significant'
            ' escalation."',
            [
                ("indirect", "to deliver S-300 systems to Damascus", "promised", "Russia", "Russia", "Russia"),
                ("direct", '"a significant escalation."', "called", "Washington", "Washington", "United States"),
            ],
        ),
        # a quote after the cue of a claim reported inside another claim: the inner subject speaks,
        # not the outer speaker
        (
            'Netanyahu said Putin had insisted "it was an accident" on Monday.',
            [
                (
                    "indirect",
                    'Putin had insisted "it was an accident" on Monday',
                    "said",
                    "Netanyahu",
                    "Netanyahu",
                    "Israel",
                ),
                ("indirect", '"it was an accident" on Monday', "insisted", "Putin", "Putin", "Russia"),
            ],
        ),
        (
            'The judge said the court had found "no reasonable doubt" that the plane was hit.',
            [
                (
                    "indirect",
                    'the court had found "no reasonable doubt" that the plane was hit',
                    "said",
                    "The judge",
                    "The judge",
                    None,
                ),
                ("indirect", '"no reasonable doubt" that the plane was hit', "found", "the court", "the court", None),
            ],
        ),
        # a pronoun denying an accusation named as a charge is the accused, not the accuser
        (
            "Israel accused Hezbollah of firing the rockets, a charge it denies.",
            [
                ("indirect", "Hezbollah of firing the rockets", "accused", "Israel", "Israel", "Israel"),
                (
                    "indirect",
                    "Hezbollah of firing the rockets",
                    "denies",
                    "it",
                    "Hezbollah",
                    "Hezbollah",
                ),
            ],
        ),
        (
            "Moscow blamed Kyiv for the blast, which it has flatly rejected.",
            [
                ("indirect", "Kyiv for the blast", "blamed", "Moscow", "Moscow", "Russia"),
                ("indirect", "Kyiv for the blast", "rejected", "it", "Kyiv", "Ukraine"),
            ],
        ),
        (
            "The ministry accused organisers of trying to storm parliament, a charge they denied.",
            [
                (
                    "indirect",
                    "organisers of trying to storm parliament",
                    "accused",
                    "The ministry",
                    "The ministry",
                    None,
                ),
                (
                    "indirect",
                    "organisers of trying to storm parliament",
                    "denied",
                    "they",
                    "organisers",
                    None,
                ),
            ],
        ),
        # so is a pronoun denying a reported claim as a charge: the claim's subject, when the
        # pronoun agrees with it
        (
            "Israel said Hamas fired the rocket, a charge it denies.",
            [
                ("indirect", "Hamas fired the rocket", "said", "Israel", "Israel", "Israel"),
                ("indirect", "Hamas fired the rocket", "denies", "it", "Hamas", "Hamas"),
            ],
        ),
        (
            "Rivals complained that the company favoured its own products, a charge it has repeatedly rejected.",
            [
                ("indirect", "that the company favoured its own products", "complained", "Rivals", "Rivals", None),
                ("indirect", "the company favoured its own products", "rejected", "it", "the company", None),
            ],
        ),
        (
            "Prosecutors said Roth stole the money, a claim he denies.",
            [
                ("indirect", "Roth stole the money", "said", "Prosecutors", "Prosecutors", None),
                ("indirect", "Roth stole the money", "denies", "he", "Roth", None),
            ],
        ),
        (
            "Iran warned Israel that Hezbollah had the missiles, a claim it denies.",
            [
                ("indirect", "that Hezbollah had the missiles", "warned", "Iran", "Iran", "Iran"),
                ("indirect", "Hezbollah had the missiles", "denies", "it", "Hezbollah", "Hezbollah"),
            ],
        ),
        # ... but not a plural for "it"
        (
            "Officials said the men fired the rocket, a charge it denies.",
            [("indirect", "the men fired the rocket", "said", "Officials", "Officials", None)],
        ),
        # not when the pronoun goes on to speak of something else
        (
            "Israel accused Hezbollah of firing the rockets, which it said was proven.",
            [
                ("indirect", "Hezbollah of firing the rockets", "accused", "Israel", "Israel", "Israel"),
                ("indirect", "which it said was proven", "said", "it", "Israel", "Israel"),
            ],
        ),
        # a heading in the body opens another item: a ministry under it is no body of a state
        # that spoke above it
        (
            "World news in brief\n\nTurkey strikes Kurdish targets\nTurkish jets struck positions in Iraq, the Turkish"
            " defence ministry said.\n\nProtests in Tbilisi\nThousands rallied against a proposed law. The interior"
            " ministry accused organisers of trying to storm parliament.",
            [
                (
                    "indirect",
                    "Turkish jets struck positions in Iraq",
                    "said",
                    "the Turkish defence ministry",
                    "the Turkish defence ministry",
                    "Turkey",
                ),
                (
                    "indirect",
                    "organisers of trying to storm parliament",
                    "accused",
                    "The interior ministry",
                    "The interior ministry",
                    None,
                ),
            ],
        ),
        (  # without the heading, the same body
            "World news in brief\n\nTurkish jets struck positions in Iraq, the Turkish defence ministry said. The"
            " interior ministry accused organisers of trying to storm parliament.",
            [
                (
                    "indirect",
                    "Turkish jets struck positions in Iraq",
                    "said",
                    "the Turkish defence ministry",
                    "the Turkish defence ministry",
                    "Turkey",
                ),
                (
                    "indirect",
                    "organisers of trying to storm parliament",
                    "accused",
                    "The interior ministry",
                    "The interior ministry",
                    "Turkey",
                ),
            ],
        ),
        # an apposition naming the claim before any cue that labels it with "as" ends the content
        (
            'The judges found that Moscow had control of the forces, a conclusion the ministry rejected as "scandalous".',
            [
                ("indirect", "that Moscow had control of the forces", "found", "The judges", "The judges", None),
                ("direct", '"scandalous"', "rejected", "the ministry", "the ministry", None),
            ],
        ),
        (
            'Israeli intelligence found that Iran armed the group, an assessment Tehran dismissed as "lies".',
            [
                (
                    "indirect",
                    "that Iran armed the group",
                    "found",
                    "Israeli intelligence",
                    "Israeli intelligence",
                    "Israel",
                ),
                ("direct", '"lies"', "dismissed", "Tehran", "Tehran", "Iran"),
            ],
        ),
        # a body's press service speaks for the body named before; "its claim" is the body's
        (
            "The Ministry of Defence of the Russian Federation announced that air defences had destroyed eight"
            ' drones. "The attempt has been thwarted," the ministry\'s press service said in a statement. The'
            " ministry did not provide evidence for its claim that the drones were launched by Ukraine.",
            [
                (
                    "indirect",
                    "that air defences had destroyed eight drones",
                    "announced",
                    "The Ministry of Defence of the Russian Federation",
                    "The Ministry of Defence of the Russian Federation",
                    "Russia",
                ),
                (
                    "direct",
                    '"The attempt has been thwarted,"',
                    "said",
                    "the ministry's press service",
                    "the ministry's press service",
                    "Russia",
                ),
                ("indirect", "that the drones were launched by Ukraine", "claim", "its", "The ministry", "Russia"),
            ],
        ),
        # a fact check's label at a paragraph's start: the claim examined, nobody named as speaker
        (
            "Fact check: Did Israel use a plane as a shield?\n\nClaim: Israeli jets hid behind the plane.\n\nVerdict:"
            " Unproven.",
            [("indirect", "Israeli jets hid behind the plane", "Claim", None, None, None)],
        ),
        # but a claim with its own attribution after the label is that speaker's, and the label adds none
        (
            "Fact check\n\nClaim: Speaking on BBC Radio 4 on Sunday, Home Secretary James Cleverly said violent"
            ' crime had "fallen by half" since 2010.\n\nVerdict: Misleading.',
            [
                (
                    "indirect",
                    'violent crime had "fallen by half" since 2010',
                    "said",
                    "Home Secretary James Cleverly",
                    "Home Secretary James Cleverly",
                    None,
                )
            ],
        ),
        # a timeline's date set off by a dash is part of no speaker and no content
        (
            "Timeline\n\nSept 18 \u2013 The Russian Defence Ministry blames Israel, saying its jets used the plane as"
            ' cover.\n\n24 September 2018: Netanyahu tells Putin the transfer would be "irresponsible", his office says.',
            [
                (
                    "indirect",
                    "its jets used the plane as cover",
                    "saying",
                    "The Russian Defence Ministry",
                    "The Russian Defence Ministry",
                    "Russia",
                ),
                (
                    "indirect",
                    'Netanyahu tells Putin the transfer would be "irresponsible"',
                    "says",
                    "his office",
                    "his office",
                    "Israel",
                ),
                ("indirect", 'the transfer would be "irresponsible"', "tells", "Netanyahu", "Netanyahu", "Israel"),
            ],
        ),
        # a spokesman named with no body of his own speaks for the body in context, as "a spokesman"
        (
            'The Pentagon dismissed the accusation. "These claims are baseless," spokesman Eric Pahon told reporters.',
            [
                ("indirect", "the accusation", "dismissed", "The Pentagon", "The Pentagon", "United States"),
                (
                    "direct",
                    '"These claims are baseless,"',
                    "told",
                    "spokesman Eric Pahon",
                    "spokesman Eric Pahon",
                    "United States",
                ),
            ],
        ),
        (
            "Spokesman Eric Pahon told reporters the claims were baseless.",
            [("indirect", "the claims were baseless", "told", "Spokesman Eric Pahon", "Spokesman Eric Pahon", None)],
        ),
        # ", but" and people who judge, with a verb in the present, end an infinitive or an object
        (
            "The ministry vowed to rebuild the school, but residents doubt the promise.",
            [("indirect", "to rebuild the school", "vowed", "The ministry", "The ministry", None)],
        ),
        (
            "Moscow condemned the strike as a provocation, and many analysts expect a response.",
            [
                ("indirect", "the strike as a provocation", "condemned", "Moscow", "Moscow", "Russia"),
                ("indirect", "a response", "expect", "many analysts", "many analysts", None),
            ],
        ),
        # a time opening the sentence with no comma is no part of the speaker
        (
            "On Tuesday Iran announced that it had enriched uranium.",
            [("indirect", "that it had enriched uranium", "announced", "Iran", "Iran", "Iran")],
        ),
        (
            "Yesterday Israel said it would respond.",
            [("indirect", "it would respond", "said", "Israel", "Israel", "Israel")],
        ),
        (
            "Last week Hezbollah, the Iran-backed group, said it fired rockets.",
            [("indirect", "it fired rockets", "said", "Hezbollah", "Hezbollah", "Hezbollah")],
        ),
        (
            "On Monday Israeli officials, who declined to be named, said the strike was justified.",
            [("indirect", "the strike was justified", "said", "Israeli officials", "Israeli officials", "Israel")],
        ),
        # "responded to" / "replied to" names what is answered, not a claim; a that-clause still is one
        ("He responded to questions about the strike.", []),
        (
            'He replied to critics: "We did nothing wrong."',
            [("direct", '"We did nothing wrong."', "replied", "He", "He", None)],
        ),
        (
            "She replied to the letter that she would not resign.",
            [("indirect", "that she would not resign", "replied", "She", "She", None)],
        ),
        # "Speaking for France, the ambassador ...": the generic speaker stands for France
        (
            "Israel struck the port. Speaking for France, the ambassador expressed deep concern.",
            [("indirect", "deep concern", "expressed", "the ambassador", "the ambassador", "France")],
        ),
        (
            "Israel struck the port. On behalf of the United States, the envoy said the strike was regrettable.",
            [("indirect", "the strike was regrettable", "said", "the envoy", "the envoy", "United States")],
        ),
        # a claim that only says how a thing remains, then "and" and a cue: the speaker's next act
        (
            'The envoy told members that the situation remained "extremely volatile" and urged both sides to '
            "exercise restraint.",
            [
                (
                    "indirect",
                    'that the situation remained "extremely volatile"',
                    "told",
                    "The envoy",
                    "The envoy",
                    None,
                ),
                ("indirect", "both sides to exercise restraint", "urged", "The envoy", "The envoy", None),
            ],
        ),
        # "it" with a reflexive and a duration stands for a claim made elsewhere
        ("I understand the argument; I said it myself for a decade.", []),
        ("He has said so for years, and he meant it.", []),
        # "it" after an opening adverbial is the body that was the subject of the sentence before
        (
            "The pro-Kremlin Izvestia was blunter. In a front-page editorial it accused the Israeli air force of hiding.",
            [
                (
                    "indirect",
                    "the Israeli air force of hiding",
                    "accused",
                    "it",
                    "The pro-Kremlin Izvestia",
                    None,
                )
            ],
        ),
        (  # "news" is no verb ending the subject
            "The state-run news agency was blunter. In a commentary it accused Israel of lying.",
            [("indirect", "Israel of lying", "accused", "it", "The state-run news agency", None)],
        ),
        # "argued that A and suggested that B": both cues are the subject's
        (
            "Its commentator argued that Moscow had little to gain from a fight and suggested that Syrian crews "
            "bore the blame.",
            [
                (
                    "indirect",
                    "that Moscow had little to gain from a fight",
                    "argued",
                    "Its commentator",
                    "Its commentator",
                    None,
                ),
                (
                    "indirect",
                    "that Syrian crews bore the blame",
                    "suggested",
                    "Its commentator",
                    "Its commentator",
                    None,
                ),
            ],
        ),
        (  # a cue in the present leaves the inner subject's act to it
            "Police say that he was armed and suggested that the crowd attack.",
            [
                ("indirect", "that he was armed and suggested that the crowd attack", "say", "Police", "Police", None),
                ("indirect", "that the crowd attack", "suggested", "he", "he", None),
            ],
        ),
        # a gendered noun before an apposition's comma ("His widow, Elena") is never "he"
        (
            'His widow, Elena, told reporters the flight was routine. "It was calm," he said.',
            [
                ("indirect", "the flight was routine", "told", "His widow, Elena", "His widow, Elena", None),
                ("direct", '"It was calm,"', "said", "he", "he", None),
            ],
        ),
        # "called her" with only a time after it is a telephone call, no label
        ("He had called her the night before the flight.", []),
        ("He called them back on Monday.", []),
        # a list of names before a relative clause or an apposition speaks as a whole
        (
            "Canada, Ukraine, Sweden and Britain, which lost citizens in the crash, said the report was incomplete.",
            [
                (
                    "indirect",
                    "the report was incomplete",
                    "said",
                    "Canada, Ukraine, Sweden and Britain",
                    "Canada, Ukraine, Sweden and Britain",
                    "Canada",
                )
            ],
        ),
        (
            "Jordan, Egypt and Qatar, all allies of Washington, condemned the strike.",
            [
                (
                    "indirect",
                    "the strike",
                    "condemned",
                    "Jordan, Egypt and Qatar",
                    "Jordan, Egypt and Qatar",
                    "Jordan",
                )
            ],
        ),
        (  # an opening adverbial is no item of the list
            "In Ottawa, Canada and Britain, which lost citizens, said the report was incomplete.",
            [("indirect", "the report was incomplete", "said", "Canada and Britain", "Canada and Britain", "Canada")],
        ),
        # "has acknowledged that A but maintains that B": both the subject's; not across number
        (
            "Iran has acknowledged that its forces fired the missiles but maintains that the disaster was an error.",
            [
                ("indirect", "that its forces fired the missiles", "acknowledged", "Iran", "Iran", "Iran"),
                ("indirect", "that the disaster was an error", "maintains", "Iran", "Iran", "Iran"),
            ],
        ),
        (
            "Police have said that he was armed and suggests that the crowd attack.",
            [
                ("indirect", "that he was armed and suggests that the crowd attack", "said", "Police", "Police", None),
                ("indirect", "that the crowd attack", "suggests", "he", "he", None),
            ],
        ),
        # past an attribution set off after its content, a participle goes on with the content's
        # speaker; "adding" goes on with the attribution's
        (
            "Kanaani condemned the attack, state media reported, calling it a violation.",
            [
                ("indirect", "Kanaani condemned the attack", "reported", "state media", "state media", None),
                ("indirect", "the attack", "condemned", "Kanaani", "Kanaani", None),
                ("indirect", "it a violation", "calling", "Kanaani", "Kanaani", None),
            ],
        ),
        (
            "Kanaani condemned the attack, state media reported, adding that three people died.",
            [
                ("indirect", "Kanaani condemned the attack", "reported", "state media", "state media", None),
                ("indirect", "the attack", "condemned", "Kanaani", "Kanaani", None),
                ("indirect", "that three people died", "adding", "state media", "state media", None),
            ],
        ),
        (  # a one-word subject before: no body named with a modifier (and no crash looking for one)
            "Gazprom was silent. In a statement it said nothing new had happened.",
            [("indirect", "nothing new had happened", "said", "it", "it", None)],
        ),
        # a cue form right after a past verb, before a bare noun, is an adjective ("faced repeated
        # questions"); not after a participle that follows its noun ("The economists polled predicted")
        ("The Prime Minister faced repeated questions on Wednesday about arms sales.", []),
        (
            "The economists polled predicted that growth would slow.",
            [
                (
                    "indirect",
                    "that growth would slow",
                    "predicted",
                    "The economists polled",
                    "The economists polled",
                    None,
                )
            ],
        ),
        # a document is published, it does not publish: its verb is the cue
        (
            "A report published on Monday by the institute concludes that the crew was poorly trained.",
            [
                (
                    "indirect",
                    "that the crew was poorly trained",
                    "concludes",
                    "A report published on Monday by the institute",
                    "A report published on Monday by the institute",
                    None,
                )
            ],
        ),
        # after a claim of what a thing is, possessive included, "and" + a past cue is the teller's next act
        (
            'Flynn told the Commons that the government\'s position was "morally bankrupt" and demanded a ban.',
            [
                ("indirect", 'that the government\'s position was "morally bankrupt"', "told", "Flynn", "Flynn", None),
                ("indirect", "a ban", "demanded", "Flynn", "Flynn", None),
            ],
        ),
        (
            "Flynn said that Russia's claims were false and accused Moscow of lying.",
            [
                ("indirect", "that Russia's claims were false", "said", "Flynn", "Flynn", None),
                ("indirect", "Moscow of lying", "accused", "Flynn", "Flynn", None),
            ],
        ),
        # an apposition naming a speech act ends the content, and its subject speaks the clause
        (
            'Sultana said the minister had "blood on his hands", a remark she later repeated on television.',
            [
                ("indirect", 'Sultana said the minister had "blood on his hands"', "repeated", "she", "Sultana", None),
                ("indirect", 'the minister had "blood on his hands"', "said", "Sultana", "Sultana", None),
            ],
        ),
        # a person named as a sentence's subject is the next "he" or "she", though they did not speak
        (
            "Sir Keir Starmer said the law had been followed. Stephen Flynn went further. "
            'He told MPs that the policy was "morally bankrupt".',
            [
                ("indirect", "the law had been followed", "said", "Sir Keir Starmer", "Sir Keir Starmer", None),
                ("indirect", 'that the policy was "morally bankrupt"', "told", "He", "Stephen Flynn", None),
            ],
        ),
        (
            "Amos Yadlin does not mince words. Peskov said Israel was to blame. Yadlin shrugs at that. "
            '"We will see," he says.',
            [
                ("indirect", "Israel was to blame", "said", "Peskov", "Peskov", "Russia"),
                ("direct", '"We will see,"', "says", "he", "Yadlin", None),
            ],
        ),
        # a role labels a transcript's turn as a name in capitals does
        (
            "The debate\n\nThe candidates clashed.\n\nModerator: Senator, the Kremlin says you are weak.\n\n"
            "HARRIS: That is simply false.",
            [
                ("direct", "Senator, the Kremlin says you are weak", ":", "Moderator", "Moderator", None),
                ("direct", "That is simply false", ":", "HARRIS", "HARRIS", None),
            ],
        ),
        # "or" inside the addressee of a request does not end it
        (
            "She urged anyone with dashcam or phone footage to contact the force.",
            [("indirect", "anyone with dashcam or phone footage to contact the force", "urged", "She", "She", None)],
        ),
        # an "as" clause after an attribution's own time is when it was said, not the claim's
        (
            "At least 40 people have died in floods, disaster officials said on Sunday, as heavy rains battered "
            "the region.",
            [
                (
                    "indirect",
                    "At least 40 people have died in floods",
                    "said",
                    "disaster officials",
                    "disaster officials",
                    None,
                )
            ],
        ),
        # "They" opening a sentence: the plural speaker noun that was the subject just before
        (
            "A study was published. The researchers, led by Dr Selina Brace, analysed DNA from 67 people. "
            "They found that the farmers came from Anatolia.",
            [("indirect", "that the farmers came from Anatolia", "found", "They", "The researchers", None)],
        ),
        (
            "Peskov spoke on Monday. The talks were tense. They said the deal was dead.",
            [("indirect", "the deal was dead", "said", "They", "They", None)],
        ),
        # a verdict on an object is a small clause: the subject's next act ends it; a relative
        # clause inside quotation marks closes with them
        (
            "The court found him guilty of fraud and sentenced him to five years.",
            [("indirect", "him guilty of fraud", "found", "The court", "The court", None)],
        ),
        (
            'The panel found the club guilty of "sending a message that is unfit" and ordered the closure of '
            "its stadium.",
            [
                (
                    "indirect",
                    'the club guilty of "sending a message that is unfit"',
                    "found",
                    "The panel",
                    "The panel",
                    None,
                )
            ],
        ),
        # a relative clause on the source after "according to X," is an aside, not the claim
        (
            "According to the ministry, which cited preliminary data, exports fell 4%.",
            [
                ("indirect", "preliminary data", "cited", "which", "the ministry", None),
                ("indirect", "exports fell 4%", "According to", "the ministry", "the ministry", None),
            ],
        ),
        # "since" or "after" heading a phrase of time, not a clause, before "and" and a second cue:
        # the sentence's subject speaks both; "after the army attacked" is a clause with its own subject
        (
            "Phiri said the agency had been unable to deliver food since early March and called on all "
            "parties to allow safe passage.",
            [
                (
                    "indirect",
                    "the agency had been unable to deliver food since early March",
                    "said",
                    "Phiri",
                    "Phiri",
                    None,
                ),
                ("indirect", "all parties to allow safe passage", "called on", "Phiri", "Phiri", None),
            ],
        ),
        (
            "The minister said talks had stalled after the attack and urged both sides to return.",
            [
                ("indirect", "talks had stalled after the attack", "said", "The minister", "The minister", None),
                ("indirect", "both sides to return", "urged", "The minister", "The minister", None),
            ],
        ),
        # after a comma, an irregular past joined by "but" is the subject's next act, as a regular one is
        (
            "The court rejected Ukraine's claims that Russia had financed terrorism, but found that Moscow "
            "had failed to investigate.",
            [
                (
                    "indirect",
                    "Ukraine's claims that Russia had financed terrorism",
                    "rejected",
                    "The court",
                    "The court",
                    None,
                ),
                ("indirect", "that Russia had financed terrorism", "claims", "Ukraine", "Ukraine", "Ukraine"),
                ("indirect", "that Moscow had failed to investigate", "found", "The court", "The court", None),
            ],
        ),
        # a claim with no "that" saying only what befell a thing, then "and" and a past cue: the
        # speaker's next act; a person may act on ("the suspect was armed and threatened ...")
        (
            "The EU stopped short of naming the ministry but said the hack had been carried out from Chinese "
            "territory and urged Beijing to act.",
            [
                (
                    "indirect",
                    "the hack had been carried out from Chinese territory",
                    "said",
                    "The EU",
                    "The EU",
                    "European Union",
                ),
                ("indirect", "Beijing to act", "urged", "The EU", "The EU", "European Union"),
            ],
        ),
        (
            "Police said the suspect was armed and threatened officers.",
            [("indirect", "the suspect was armed and threatened officers", "said", "Police", "Police", None)],
        ),
        # a list of names right after a dateline is the whole speaker
        (
            "LONDON — The United States, Britain and the European Union said the hack came from China.",
            [
                (
                    "indirect",
                    "the hack came from China",
                    "said",
                    "The United States, Britain and the European Union",
                    "The United States, Britain and the European Union",
                    "United States",
                )
            ],
        ),
        # "but that" opens a second claim of the same cue, not a speaker ("that policymakers")
        (
            "Lagarde said the bank was not there yet but that policymakers had discussed a cut.",
            [
                (
                    "indirect",
                    "the bank was not there yet but that policymakers had discussed a cut",
                    "said",
                    "Lagarde",
                    "Lagarde",
                    None,
                ),
                ("indirect", "a cut", "discussed", "policymakers", "policymakers", None),  # as "officials" would
            ],
        ),
        (
            "The minister told reporters that the talks were hard but that both sides had agreed to meet.",
            [
                (
                    "indirect",
                    "that the talks were hard but that both sides had agreed to meet",
                    "told",
                    "The minister",
                    "The minister",
                    None,
                ),
                ("indirect", "to meet", "agreed", "both sides", "both sides", None),
            ],
        ),
        # a relative aside inside the accused object: the charge after it is still the content
        (
            "Apple accused Spotify, which filed the original complaint, of using the EU to its advantage.",
            [
                (
                    "indirect",
                    "Spotify, which filed the original complaint, of using the EU to its advantage",
                    "accused",
                    "Apple",
                    "Apple",
                    None,
                )
            ],
        ),
        # ... but a phrase of time after the aside is not the object's ("for now")
        (
            "She welcomed the decision, which came after weeks of talks, for now.",
            [("indirect", "the decision", "welcomed", "She", "She", None)],
        ),
        # "at least" opens a claim's subject, not a place after the cue; a counted subject after an
        # addressee opens the clause, but a counted addressee before a pronoun's clause does not
        (
            "The association said at least 13 people had been treated for gunshot wounds.",
            [
                (
                    "indirect",
                    "at least 13 people had been treated for gunshot wounds",
                    "said",
                    "The association",
                    "The association",
                    None,
                )
            ],
        ),
        (
            "Officials told reporters at least a dozen people died.",
            [("indirect", "at least a dozen people died", "told", "Officials", "Officials", None)],
        ),
        (
            "Police told AFP 13 protesters had been arrested.",
            [("indirect", "13 protesters had been arrested", "told", "Police", "Police", None)],
        ),
        ("She told 20 reporters she would run.", []),
        (
            "The agency warned at least 40 people were missing.",
            [("indirect", "at least 40 people were missing", "warned", "The agency", "The agency", None)],
        ),
        # a label given inside the object opens no clause: the act after "and" is the subject's
        (
            "Odinga condemned what he called a brutal crackdown and urged Ruto to withdraw the bill.",
            [
                ("indirect", "what he called a brutal crackdown", "condemned", "Odinga", "Odinga", None),
                ("indirect", "Ruto to withdraw the bill", "urged", "Odinga", "Odinga", None),
            ],
        ),
        (
            'Moscow dismissed the complaints as "hysteria" and accused NATO of provoking incidents.',
            [
                ("indirect", 'the complaints as "hysteria"', "dismissed", "Moscow", "Moscow", "Russia"),
                ("indirect", "NATO of provoking incidents", "accused", "Moscow", "Moscow", "Russia"),
            ],
        ),
        # ... and past "as" opening a clause with its own verb, a next act that claims nothing (a
        # request with no clause or infinitive) ends the object too, whoever's act it is
        (
            "He condemned the raid as soldiers looked on and urged calm.",
            [("indirect", "the raid as soldiers looked on", "condemned", "He", "He", None)],
        ),
        # a speaker named inside another's claim stays behind that speaker for a later "it" or
        # "the ministry"
        (
            "China accused Washington of bullying after the White House announced new tariffs. "
            "The ministry said it would respond.",
            [
                (
                    "indirect",
                    "Washington of bullying after the White House announced new tariffs",
                    "accused",
                    "China",
                    "China",
                    "China",
                ),
                ("indirect", "new tariffs", "announced", "the White House", "the White House", "United States"),
                ("indirect", "it would respond", "said", "The ministry", "The ministry", "China"),
            ],
        ),
        (
            "Russia accused Israel of lying after the IDF published a report. It said the report was false.",
            [
                (
                    "indirect",
                    "Israel of lying after the IDF published a report",
                    "accused",
                    "Russia",
                    "Russia",
                    "Russia",
                ),
                ("indirect", "a report", "published", "the IDF", "the IDF", "Israel"),
                ("indirect", "the report was false", "said", "It", "Russia", "Russia"),
            ],
        ),
        # ... not a speaker of the next sentence
        (
            "Russia accused Israel of lying. The IDF published a report. It said the report was true.",
            [
                ("indirect", "Israel of lying", "accused", "Russia", "Russia", "Russia"),
                ("indirect", "a report", "published", "The IDF", "The IDF", "Israel"),
                ("indirect", "the report was true", "said", "It", "The IDF", "Israel"),
            ],
        ),
        # "who" before a speaker is part of the claim, and an aside's comma ends it
        (
            "Smith, who police say fired first, was arrested.",
            [("indirect", "who police say fired first", "say", "police", "police", None)],
        ),
        (
            "The kidnappers, who the government says belong to an al-Qaeda affiliate, are demanding money.",
            [
                (
                    "indirect",
                    "who the government says belong to an al-Qaeda affiliate",
                    "says",
                    "the government",
                    "the government",
                    None,
                )
            ],
        ),
        # a list of places after a noun's preposition: the noun heads the speaker
        (
            "Regulators in France, Italy and South Korea said they would open investigations.",
            [
                (
                    "indirect",
                    "they would open investigations",
                    "said",
                    "Regulators in France, Italy and South Korea",
                    "Regulators in France, Italy and South Korea",
                    None,
                )
            ],
        ),
        # ... not an opening participle's place
        (
            "Speaking in Paris, France and Germany said they would act.",
            [("indirect", "they would act", "said", "France and Germany", "France and Germany", "France")],
        ),
        # a plural modifying the noun after it is no verb ending the subject
        (
            "A federal appeals court on Thursday upheld the ruling, rejecting claims that the law was void.",
            [
                (
                    "indirect",
                    "claims that the law was void",
                    "rejecting",
                    "A federal appeals court",
                    "A federal appeals court",
                    None,
                ),
            ],
        ),
        # a claim whose subject is the speaker's own pronoun: the act after "and" is the speaker's
        (
            "The group denied that it had harmed the captives and accused the army of killing civilians.",
            [
                ("indirect", "that it had harmed the captives", "denied", "The group", "The group", None),
                ("indirect", "the army of killing civilians", "accused", "The group", "The group", None),
            ],
        ),
        (
            "A spokesman for the rebels said that they had left the town and blamed the army for the fire.",
            [
                (
                    "indirect",
                    "that they had left the town",
                    "said",
                    "A spokesman for the rebels",
                    "A spokesman for the rebels",
                    None,
                ),
                (
                    "indirect",
                    "the army for the fire",
                    "blamed",
                    "A spokesman for the rebels",
                    "A spokesman for the rebels",
                    None,
                ),
            ],
        ),
        # ... not a pronoun for someone else ("it" after a plural; a past perfect would part them)
        (
            "The rebels said that it was leaving the town and blamed the army for the fire.",
            [
                (
                    "indirect",
                    "that it was leaving the town and blamed the army for the fire",
                    "said",
                    "The rebels",
                    "The rebels",
                    None,
                ),
                ("indirect", "the army for the fire", "blamed", "it", "The rebels", None),
            ],
        ),
        # a number's comma breaks no clause
        (
            "More than 2,000 protesters accused the police of brutality.",
            [
                (
                    "indirect",
                    "the police of brutality",
                    "accused",
                    "More than 2,000 protesters",
                    "More than 2,000 protesters",
                    None,
                )
            ],
        ),
        (
            "Families of the 1,200 victims accused the airline of negligence, saying it ignored warnings.",
            [
                (
                    "indirect",
                    "the airline of negligence",
                    "accused",
                    "Families of the 1,200 victims",
                    "Families of the 1,200 victims",
                    None,
                ),
                (
                    "indirect",
                    "it ignored warnings",
                    "saying",
                    "Families of the 1,200 victims",
                    "Families of the 1,200 victims",
                    None,
                ),
            ],
        ),
        # a claim that only says what a plan or a vote is, quoted with a comma inside, then the
        # speaker's next act
        (
            'Labour said the plan was "too little, too late" and blamed a decade of underfunding for the crisis.',
            [
                ("indirect", 'the plan was "too little, too late"', "said", "Labour", "Labour", None),
                ("indirect", "a decade of underfunding for the crisis", "blamed", "Labour", "Labour", None),
            ],
        ),
        # an adjective of place or standing before a plural makes it a noun
        (
            'International observers said the vote had been "largely peaceful" but noted "serious '
            'irregularities" in the count.',
            [
                (
                    "indirect",
                    'the vote had been "largely peaceful"',
                    "said",
                    "International observers",
                    "International observers",
                    None,
                ),
                (
                    "indirect",
                    '"serious irregularities" in the count',
                    "noted",
                    "International observers",
                    "International observers",
                    None,
                ),
            ],
        ),
        # a sentence whose full stop the text lost begins at "The" after a noun
        (
            "Funding rose for the regional centers The S.E.C. said it would act as well.",
            [("indirect", "it would act as well", "said", "The S.E.C.", "The S.E.C.", None)],
        ),
        # ... not after a preposition or a cue
        (
            "A reporter for The Times said he was threatened.",
            [("indirect", "he was threatened", "said", "A reporter for The Times", "A reporter for The Times", None)],
        ),
        # a participle aside after the first cue, then ", and" and a past tense: the subject's act,
        # also after a quote's comma and with "in turn" before the verb
        (
            'The ministry denied the claim, calling it "disinformation," and in turn accused Baku of firing.',
            [
                ("indirect", "the claim", "denied", "The ministry", "The ministry", None),
                ("indirect", 'it "disinformation,"', "calling", "The ministry", "The ministry", None),
                ("indirect", "Baku of firing", "accused", "The ministry", "The ministry", None),
            ],
        ),
        (
            "The ministry denied the claim and in response accused Baku of firing on villages.",
            [
                ("indirect", "the claim", "denied", "The ministry", "The ministry", None),
                ("indirect", "Baku of firing on villages", "accused", "The ministry", "The ministry", None),
            ],
        ),
        # a document the claim was made in closes the content after a comma, not inside a clause
        (
            'The agency accused the federation of hiding tests, in a report its head called "a hatchet job."',
            [
                ("indirect", "the federation of hiding tests", "accused", "The agency", "The agency", None),
                ("direct", '"a hatchet job."', "called", "its head", "its head", None),
            ],
        ),
        (
            "Prosecutors accused the bank of laundering money, in a filing with the court on Monday.",
            [("indirect", "the bank of laundering money", "accused", "Prosecutors", "Prosecutors", None)],
        ),
        (
            "He said the findings, in a report due next month, would show fraud.",
            [("indirect", "the findings, in a report due next month, would show fraud", "said", "He", "He", None)],
        ),
        # the outlet's adjunct after an interrupting cue, with a relative clause on its noun
        (
            "Two men were arrested, police said on Monday, in a case that has deepened tensions.",
            [("indirect", "Two men were arrested", "said", "police", "police", None)],
        ),
        (
            "Prices will rise, the bank said, at a time when wages have stalled.",
            [("indirect", "Prices will rise", "said", "the bank", "the bank", None)],
        ),
        # the attribution's time without a preposition, then the outlet's summary of the event
        (
            "At least 31 inmates were killed, officials said Wednesday, the latest outbreak of violence.",
            [("indirect", "At least 31 inmates were killed", "said", "officials", "officials", None)],
        ),
        (
            "The ban was lifted, officials said on Friday, a move that angered farmers.",
            [("indirect", "The ban was lifted", "said", "officials", "officials", None)],
        ),
        (
            "Prices rose 5 percent, the agency said, the sharpest increase since 1990.",
            [("indirect", "Prices rose 5 percent", "said", "the agency", "the agency", None)],
        ),
        # guard: an apposition with a verb after it is inside the claim
        (
            "The suspect, police said Monday, the first to be charged, was released.",
            [
                (
                    "indirect",
                    "The suspect, police said Monday, the first to be charged, was released",
                    "said",
                    "police",
                    "police",
                    None,
                )
            ],
        ),
        # a subject with a reduced relative: the noun before the participle speaks, not its object
        (
            "Police investigating the blast said the valve failed.",
            [("indirect", "the valve failed", "said", "Police", "Police", None)],
        ),
        (
            "Israeli troops operating the checkpoint said they fired warning shots.",
            [("indirect", "they fired warning shots", "said", "Israeli troops", "Israeli troops", "Israel")],
        ),
        (
            "A commission investigating the crash of a plane that killed 72 people concluded that the pilots erred.",
            [("indirect", "that the pilots erred", "concluded", "A commission", "A commission", None)],
        ),
        # the outlet's apposition naming an act or a number, with who judged it, ends the claim
        (
            "Turkey offered to send aircraft, a gesture Greek Prime Minister Kyriakos Mitsotakis welcomed.",
            [
                (
                    "indirect",
                    "Turkey offered to send aircraft",
                    "welcomed",
                    "Greek Prime Minister Kyriakos Mitsotakis",
                    "Greek Prime Minister Kyriakos Mitsotakis",
                    "Greece",
                ),
                ("indirect", "to send aircraft", "offered", "Turkey", "Turkey", "Turkey"),
            ],
        ),
        (
            "Officials said 40 people died, a number the ministry disputes.",
            [("indirect", "40 people died", "said", "Officials", "Officials", None)],
        ),
        # "the statement" is the document someone spoke through, not the latest speaker
        (
            "The FBI and the CIA said in a joint statement that Iran had hacked the campaign. The Kremlin denied it. "
            "The statement said China was also active.",
            [
                (
                    "indirect",
                    "that Iran had hacked the campaign",
                    "said",
                    "The FBI and the CIA",
                    "The FBI and the CIA",
                    "United States",
                ),
                ("indirect", "China was also active", "said", "The statement", "The statement", "United States"),
            ],
        ),
        (
            "Britain's energy regulator blamed suppliers for the rise, in a report released on Wednesday. Ofgem chief "
            "Jonathan Brearley said customers paid the price. The report found no wrongdoing.",
            [
                (
                    "indirect",
                    "suppliers for the rise",
                    "blamed",
                    "Britain's energy regulator",
                    "Britain's energy regulator",
                    "United Kingdom",
                ),
                (
                    "indirect",
                    "customers paid the price",
                    "said",
                    "Ofgem chief Jonathan Brearley",
                    "Ofgem chief Jonathan Brearley",
                    None,
                ),
                ("indirect", "no wrongdoing", "found", "The report", "The report", "United Kingdom"),
            ],
        ),
        # the speaker's next act after a claim whose subject the speaker's possessive owns
        (
            "Vucic denied that his government had any role in the attack and blamed Kurti for the violence.",
            [
                ("indirect", "that his government had any role in the attack", "denied", "Vucic", "Vucic", None),
                ("indirect", "Kurti for the violence", "blamed", "Vucic", "Vucic", None),
            ],
        ),
        (
            "The ministry denied that its forces had shelled the town and accused the rebels of lying.",
            [
                ("indirect", "that its forces had shelled the town", "denied", "The ministry", "The ministry", None),
                ("indirect", "the rebels of lying", "accused", "The ministry", "The ministry", None),
            ],
        ),
        # a raising verb before "to" is no cue: the verb after "to" is the act
        ("Kabul would face consequences if it continued to provide sanctuary to militants.", []),
        ("Israel initially sought to send a delegation led by its national security adviser.", []),
        # guard: "continued" alone still says
        ('"We will win," he continued.', [("direct", '"We will win,"', "continued", "he", "he", None)]),
        # a phrasal verb of answering on a past spelled like a noun ends the subject of ", saying"
        (
            "Ethiopia's foreign ministry hit back, saying Egypt was clinging to old treaties.",
            [
                (
                    "indirect",
                    "Egypt was clinging to old treaties",
                    "saying",
                    "Ethiopia's foreign ministry",
                    "Ethiopia's foreign ministry",
                    "Ethiopia",
                )
            ],
        ),
        (
            "The minister shot back, saying the figures were wrong.",
            [("indirect", "the figures were wrong", "saying", "The minister", "The minister", None)],
        ),
        # a cue in a relative aside of the content's subject leaves the content whole
        (
            "Officials said the suspect, a man who had told police he was innocent, was armed.",
            [
                (
                    "indirect",
                    "the suspect, a man who had told police he was innocent, was armed",
                    "said",
                    "Officials",
                    "Officials",
                    None,
                ),
                ("indirect", "he was innocent", "told", "who", "a man", None),
            ],
        ),
        # "police", "staff", "people": addressees with no plural "s"
        ("The man told police he was innocent.", [("indirect", "he was innocent", "told", "The man", "The man", None)]),
        # a name given with "known as" is no clause after the conjunction "as"
        (
            "Researchers said the group, known as Qilin, had claimed the attack on its leak site.",
            [
                (
                    "indirect",
                    "the group, known as Qilin, had claimed the attack on its leak site",
                    "said",
                    "Researchers",
                    "Researchers",
                    None,
                ),
                ("indirect", "the attack on its leak site", "claimed", "Qilin", "Qilin", None),
            ],
        ),
        # a quantifier floated after a plural subject is not part of the speaker
        (
            "Russia and Syria have both denied the claims.",
            [("indirect", "the claims", "denied", "Russia and Syria", "Russia and Syria", "Russia")],
        ),
        # guard: a quantifier that is the subject still speaks
        (
            "To varying degrees, all agreed that the plan would fail.",
            [("indirect", "that the plan would fail", "agreed", "all", "all", None)],
        ),
        # ", adding" with a plain noun phrase and no words said: an act, no claim
        ("Shipping companies have rerouted vessels, adding weeks to journeys and driving up costs.", []),
        # after an addressee, a subject with a verb and its infinitive is the clause
        (
            "Santos told supporters the ruling party tried to buy votes in the north.",
            [("indirect", "the ruling party tried to buy votes in the north", "told", "Santos", "Santos", None)],
        ),
        # "they" after its own sentence's subject "Police" (a plural without "s")
        (
            "Soylu spoke on Sunday. Police detained a woman who they said had planted the bomb.",
            [("indirect", "who they said had planted the bomb", "said", "they", "Police", None)],
        ),
        # a "whose" relative on the subject: the noun it describes speaks
        (
            "The mining company whose tailings dam burst last year admitted on Thursday that it had ignored warnings.",
            [
                (
                    "indirect",
                    "that it had ignored warnings",
                    "admitted",
                    "The mining company",
                    "The mining company",
                    None,
                )
            ],
        ),
        (
            "A woman whose son died said the company knew.",
            [("indirect", "the company knew", "said", "A woman", "A woman", None)],
        ),
        # how the speaker left things out closes the attribution, not the claim
        (
            "Three aid workers were released on Wednesday, the government of Mali said, without giving details.",
            [
                (
                    "indirect",
                    "Three aid workers were released on Wednesday",
                    "said",
                    "the government of Mali",
                    "the government of Mali",
                    "Mali",
                )
            ],
        ),
        (
            "Aid workers were released, officials said, without elaborating.",
            [("indirect", "Aid workers were released", "said", "officials", "officials", None)],
        ),
        # a passive set off by commas after its noun: nobody speaks
        ("The kidnappers, believed to be linked to al-Qaeda, have not commented.", []),
        ("The man, said to be in his 40s, was arrested.", []),
        ("The gunmen, thought to number about twenty, fled.", []),
        # "continued" reports words only when it goes on with them
        (
            "Moscow warned that steps would follow if Warsaw continued what it described as a campaign.",
            [
                (
                    "indirect",
                    "that steps would follow if Warsaw continued what it described as a campaign",
                    "warned",
                    "Moscow",
                    "Moscow",
                    "Russia",
                ),
                ("indirect", "what it described as a campaign", "described", "it", "Moscow", "Russia"),
            ],
        ),
        # a journalist's coverage of a topic is no claim
        ("Hamedi, who reported on the death of Mahsa Amini, was convicted.", []),
        (
            "The agency reported on its website that ten died.",
            [("indirect", "that ten died", "reported", "The agency", "The agency", None)],
        ),
        # a plural for people after the noun a relative clause with no "that" describes
        (
            "Prosecutors unsealed an indictment, a case officials described as one of the largest.",
            [("indirect", "as one of the largest", "described", "officials", "officials", None)],
        ),
        (
            "Police arrested two men in what multiple lawmakers called a raid.",
            [
                (
                    "indirect",
                    "what multiple lawmakers called a raid",
                    "called",
                    "multiple lawmakers",
                    "multiple lawmakers",
                    None,
                )
            ],
        ),
        # an office after a country's abbreviation is the name's title
        (
            'Speaking after the vote, US Ambassador Linda Thomas-Greenfield said the text was flawed. "This '
            'rewards terror," she said.',
            [
                (
                    "indirect",
                    "the text was flawed",
                    "said",
                    "US Ambassador Linda Thomas-Greenfield",
                    "US Ambassador Linda Thomas-Greenfield",
                    "United States",
                ),
                (
                    "direct",
                    '"This rewards terror,"',
                    "said",
                    "she",
                    "US Ambassador Linda Thomas-Greenfield",
                    "United States",
                ),
            ],
        ),
        # "they" is a plural or a body before one person
        (
            'Opposition leaders said it was not enough. "This is rotten," said the deputy leader. They called '
            "for an inquiry.",
            [
                ("indirect", "it was not enough", "said", "Opposition leaders", "Opposition leaders", None),
                ("direct", '"This is rotten,"', "said", "the deputy leader", "the deputy leader", None),
                ("indirect", "an inquiry", "called for", "They", "Opposition leaders", None),
            ],
        ),
        # a quantifier's own attribution after ", but"
        (
            "Experts said the dam may have failed from old damage, but most said a blast was likelier.",
            [
                ("indirect", "the dam may have failed from old damage", "said", "Experts", "Experts", None),
                ("indirect", "a blast was likelier", "said", "most", "most", None),
            ],
        ),
        ("It was the most detailed report.", []),
        # an emphatic reflexive is no part of the speaker
        (
            "Gorbachev himself said in 2014 that it was not discussed.",
            [("indirect", "that it was not discussed", "said", "Gorbachev", "Gorbachev", None)],
        ),
        # a participle's clause is no speaker of the participle after it
        ("North Korea fired a missile, prompting Tokyo to issue an alert telling residents to take cover.", []),
        # "it" after an opening subordinate clause is that clause's subject
        (
            "When Russia pulled out of the deal, it blamed the West for failing to keep promises.",
            [
                (
                    "indirect",
                    "the West for failing to keep promises",
                    "blamed",
                    "it",
                    "Russia",
                    "Russia",
                )
            ],
        ),
        # "they" opening a sentence: the bare plural subject of the sentence before
        (
            "Western governments reject that. They say Moscow used the deal as leverage.",
            [("indirect", "Moscow used the deal as leverage", "say", "They", "Western governments", None)],
        ),
        # a present after a perfect, joined by a comma and "and": the subject's next act of saying
        (
            "Putin has said NATO lied, and accuses the alliance of breaking its pledge.",
            [
                ("indirect", "NATO lied", "said", "Putin", "Putin", "Russia"),
                ("indirect", "the alliance of breaking its pledge", "accuses", "Putin", "Putin", "Russia"),
            ],
        ),
        # a plural noun that is also a cue form, followed by its verb: the noun ends no subject
        (
            "Gulf states walked out of the talks, accusing rich nations of blocking a deal.",
            [("indirect", "rich nations of blocking a deal", "accusing", "Gulf states", "Gulf states", None)],
        ),
        (
            "Delegates from small island states walked out, accusing rich nations of blocking a deal.",
            [
                (
                    "indirect",
                    "rich nations of blocking a deal",
                    "accusing",
                    "Delegates from small island states",
                    "Delegates from small island states",
                    None,
                )
            ],
        ),
        # a capitalised -ing form inside a body's name is no verb of the source
        (
            "According to the Center for Countering Digital Hate, twelve accounts were responsible for most of it.",
            [
                (
                    "indirect",
                    "twelve accounts were responsible for most of it",
                    "According to",
                    "the Center for Countering Digital Hate",
                    "the Center for Countering Digital Hate",
                    None,
                )
            ],
        ),
        # "show" a quality or a feeling is no claim; a poll that shows a result is one
        (
            'The chair said the government had shown "a cavalier disregard" for the truth.',
            [
                (
                    "indirect",
                    'the government had shown "a cavalier disregard" for the truth',
                    "said",
                    "The chair",
                    "The chair",
                    None,
                )
            ],
        ),
        ("The economy showed signs of recovery in the spring.", []),
        ('He showed "no remorse" during the trial.', []),
        # the nature one reveals, also after whom it is shown to
        ("Russia has shown its true face.", []),
        ("The regime has once again shown the world its true face.", []),
        ("Hamas showed its true colours on Saturday.", []),
        (
            "A new poll shows a close contest in the state.",
            [("indirect", "a close contest in the state", "shows", "A new poll", "A new poll", None)],
        ),
        # a state body's spokesman is not the agency that spoke last
        (
            "An air strike hit a convoy, the United Nations agency said. A military spokesman denied that jets had struck it.",
            [
                (
                    "indirect",
                    "An air strike hit a convoy",
                    "said",
                    "the United Nations agency",
                    "the United Nations agency",
                    "United Nations",
                ),
                ("indirect", "that jets had struck it", "denied", "A military spokesman", "A military spokesman", None),
            ],
        ),
        # a subject and its apposition before a comma are no claim of a name after the cue
        ("Iran, Hezbollah's main backer, warned Israel against a wider war.", []),
        # a junta is a state's body: the state named before it speaks
        (
            "Niger's military rulers ordered French troops to leave. The junta said France was responsible for the crisis.",
            [("indirect", "France was responsible for the crisis", "said", "The junta", "The junta", "Niger")],
        ),
        # a relative clause set off inside an object: the object's complement follows it
        (
            "Washington has blamed Iran, which supports the Houthis, for the attack.",
            [
                (
                    "indirect",
                    "Iran, which supports the Houthis, for the attack",
                    "blamed",
                    "Washington",
                    "Washington",
                    "United States",
                ),
                ("indirect", "the Houthis", "supports", "which", "Iran", "Iran"),
            ],
        ),
        (
            "Washington has criticised Iran, which backs the Houthis, over the attack.",
            [
                ("indirect", "Iran", "criticised", "Washington", "Washington", "United States"),
                ("indirect", "the Houthis", "backs", "which", "Iran", "Iran"),
            ],
        ),
        # a possessor before two words of a title: the possessor's body ("the alliance's secretary general")
        (
            "NATO leaders met in Vilnius. Turkey agreed to back the bid, the alliance's secretary general said.",
            [
                (
                    "indirect",
                    "Turkey agreed to back the bid",
                    "said",
                    "the alliance's secretary general",
                    "the alliance's secretary general",
                    "NATO",
                ),
                ("indirect", "to back the bid", "agreed", "Turkey", "Turkey", "Turkey"),
            ],
        ),
        # "Its" opening a sentence: the actor of the sentence before only when it is in the subject
        (
            "The broadcaster has accused Tehran of targeting its staff. Its spokesman said the network would not yield.",
            [
                ("indirect", "Tehran of targeting its staff", "accused", "The broadcaster", "The broadcaster", None),
                ("indirect", "the network would not yield", "said", "Its spokesman", "Its spokesman", None),
            ],
        ),
        (
            "Eritrea has denied sending troops. Its information minister said the claims were false.",
            [
                ("indirect", "sending troops", "denied", "Eritrea", "Eritrea", "Eritrea"),
                (
                    "indirect",
                    "the claims were false",
                    "said",
                    "Its information minister",
                    "Its information minister",
                    "Eritrea",
                ),
            ],
        ),
        # a broadcaster's name holds a country's name: no mention of the country
        (
            "Iran International accused Tehran of threats. Its spokesman said the channel would not yield.",
            [
                ("indirect", "Tehran of threats", "accused", "Iran International", "Iran International", None),
                ("indirect", "the channel would not yield", "said", "Its spokesman", "Its spokesman", None),
            ],
        ),
        # a named spokesman of a state's body with no country: the state the sentence before names
        (
            "China rejected the claim. Foreign ministry spokeswoman Mao Ning said the move was illegal.",
            [
                ("indirect", "the claim", "rejected", "China", "China", "China"),
                (
                    "indirect",
                    "the move was illegal",
                    "said",
                    "Foreign ministry spokeswoman Mao Ning",
                    "Foreign ministry spokeswoman Mao Ning",
                    "China",
                ),
            ],
        ),
        (
            "China rejected the claim. A foreign ministry spokeswoman, Mao Ning, said the move was illegal.",
            [
                ("indirect", "the claim", "rejected", "China", "China", "China"),
                (
                    "indirect",
                    "the move was illegal",
                    "said",
                    "A foreign ministry spokeswoman, Mao Ning",
                    "A foreign ministry spokeswoman, Mao Ning",
                    "China",
                ),
            ],
        ),
        # a plural body noun speaks ("intelligence services")
        (
            "The Dutch expelled the envoy after intelligence services said they had found a spy ring.",
            [("indirect", "they had found a spy ring", "said", "intelligence services", "intelligence services", None)],
        ),
        # a denial after an apposition naming the claim before it disputes the claim reported there
        (
            "Israel said Hamas fired the rocket, a charge Hamas denies.",
            [
                ("indirect", "Hamas fired the rocket", "said", "Israel", "Israel", "Israel"),
                ("indirect", "Hamas fired the rocket", "denies", "Hamas", "Hamas", "Hamas"),
            ],
        ),
        (
            "Washington accused Iran of arming the Houthis, a charge Tehran rejects.",
            [
                ("indirect", "Iran of arming the Houthis", "accused", "Washington", "Washington", "United States"),
                ("indirect", "Iran of arming the Houthis", "rejects", "Tehran", "Tehran", "Iran"),
            ],
        ),
        # "and" with the cue's own auxiliary and no subject goes on with the speaker's predicate
        (
            "Usmanov has said the sanctions are unjust and has challenged them in court.",
            [("indirect", "the sanctions are unjust", "said", "Usmanov", "Usmanov", None)],
        ),
        (
            "Moscow will say the strike was legal and will ask for a vote.",
            [("indirect", "the strike was legal", "say", "Moscow", "Moscow", "Russia")],
        ),
        # unless the content's own verb takes that auxiliary: either may go on
        (
            "Usmanov has said the court has erred and has asked for a review.",
            [("indirect", "the court has erred and has asked for a review", "said", "Usmanov", "Usmanov", None)],
        ),
        # a role after "according to" and its name set off by commas: both are the source
        (
            "According to the regional governor, Alexei Smirnov, the blast was caused by an explosive device.",
            [
                (
                    "indirect",
                    "the blast was caused by an explosive device",
                    "According to",
                    "the regional governor, Alexei Smirnov",
                    "the regional governor, Alexei Smirnov",
                    None,
                )
            ],
        ),
        # a content ends before the subject's next act in the present, and before a quotation's
        # cue coordinated with the cue
        (
            "North Korea has denied involvement in previous attacks and calls such accusations a smear campaign.",
            [
                (
                    "indirect",
                    "involvement in previous attacks",
                    "denied",
                    "North Korea",
                    "North Korea",
                    "North Korea",
                )
            ],
        ),
        (
            'Peskov said voting was orderly but noted "serious problems".',
            [
                ("indirect", "voting was orderly", "said", "Peskov", "Peskov", "Russia"),
                ("direct", '"serious problems"', "noted", "Peskov", "Peskov", "Russia"),
            ],
        ),
        # "such" before a noun is a determiner after a verb, not "such as" after a plural noun
        (
            "Iran calls such accusations a smear.",
            [("indirect", "such accusations a smear", "calls", "Iran", "Iran", "Iran")],
        ),
        # a body's role with a name no actor covers speaks for the body the role names
        (
            "China's Taiwan Affairs Office said the patrol was routine. "
            "The office's spokesman, Chen Binhua, added that Taiwan bore responsibility.",
            [
                (
                    "indirect",
                    "the patrol was routine",
                    "said",
                    "China's Taiwan Affairs Office",
                    "China's Taiwan Affairs Office",
                    "China",
                ),
                (
                    "indirect",
                    "that Taiwan bore responsibility",
                    "added",
                    "The office's spokesman, Chen Binhua",
                    "The office's spokesman, Chen Binhua",
                    "China",
                ),
            ],
        ),
        # a clause of time after the attribution's own time is when it was said; a phrase may go on
        (
            "France will send two more frigates to the Red Sea, Defence Minister Sebastien Lecornu said on Sunday, "
            "after a cargo ship was struck by a drone launched from Yemen.",
            [
                (
                    "indirect",
                    "France will send two more frigates to the Red Sea",
                    "said",
                    "Defence Minister Sebastien Lecornu",
                    "Defence Minister Sebastien Lecornu",
                    None,
                )
            ],
        ),
        (
            "Exports will fall, the ministry said on Monday, while imports rose by a tenth.",
            [("indirect", "Exports will fall", "said", "the ministry", "the ministry", None)],
        ),
        # a cue form that "be" follows heads a subject: the cue after "and" is the speaker's next act
        (
            "Governor Maria Lindqvist told a news conference that the government's spending plans were "
            '"not helpful" and urged ministers to show restraint.',
            [
                (
                    "indirect",
                    'that the government\'s spending plans were "not helpful"',
                    "told",
                    "Governor Maria Lindqvist",
                    "Governor Maria Lindqvist",
                    None,
                ),
                (
                    "indirect",
                    "ministers to show restraint",
                    "urged",
                    "Governor Maria Lindqvist",
                    "Governor Maria Lindqvist",
                    None,
                ),
            ],
        ),
        # a singular noun for a speaker before an -s form that doubles as a noun: its verb
        (
            "The ministry blames unfair competition for the decline.",
            [("indirect", "unfair competition for the decline", "blames", "The ministry", "The ministry", None)],
        ),
        # an accused and the charge end before another subject's clause, a quoted fragment first or not
        (
            "Russia blamed Israel for the loss of the plane, but the evidence was thin.",
            [("indirect", "Israel for the loss of the plane", "blamed", "Russia", "Russia", "Russia")],
        ),
        (
            'The government blames "unfair competition" for the decline of manufacturing, yet its own neglect '
            "of training did far more damage.",
            [
                (
                    "indirect",
                    '"unfair competition" for the decline of manufacturing',
                    "blames",
                    "The government",
                    "The government",
                    None,
                )
            ],
        ),
        # a verb of calling back tells a memory only before a clause, an -ing form or a time
        (
            "She recalled the day the tanks rolled in.",
            [("indirect", "the day the tanks rolled in", "recalled", "She", "She", None)],
        ),
        (
            "He recalled being told to leave the city.",
            [("indirect", "being told to leave the city", "recalled", "He", "He", None)],
        ),
        # an initialism's stops end no object ("the U.S. of")
        (
            "China accused the U.S. of overreacting.",
            [("indirect", "the U.S. of overreacting", "accused", "China", "China", "China")],
        ),
        # a capitalised cue form inside a name the registry knows is no cue
        (
            "Islamic State claims Moscow concert hall attack",
            [("indirect", "Moscow concert hall attack", "claims", "Islamic State", "Islamic State", "Islamic State")],
        ),
        # the accused alone, with no charge, is what a verb of blaming claims; it ends as an object does
        (
            "The council blames online shopping, but its own parking charges have driven customers away.",
            [("indirect", "online shopping", "blames", "The council", "The council", None)],
        ),
        (
            "Russia blamed Israel, but the evidence was thin.",
            [("indirect", "Israel", "blamed", "Russia", "Russia", "Russia")],
        ),
        ("Moscow accused Washington on Monday.", [("indirect", "Washington", "accused", "Moscow", "Moscow", "Russia")]),
        (
            "Benjamin J. Rhodes, one of the president's closest aides, recalled Mr. Obama talking about the book.",
            [
                (
                    "indirect",
                    "Mr. Obama talking about the book",
                    "recalled",
                    "Benjamin J. Rhodes",
                    "Benjamin J. Rhodes",
                    None,
                )
            ],
        ),
        (
            "Ministers blamed a sudden heatwave, but the grid operator's own data show demand was well below its peak.",
            [
                ("indirect", "a sudden heatwave", "blamed", "Ministers", "Ministers", None),
                (
                    "indirect",
                    "demand was well below its peak",
                    "show",
                    "the grid operator's own data",
                    "the grid operator's own data",
                    None,
                ),
            ],
        ),
        # "it" after a clause it reports is not that clause's subject
        (
            "Sweden's foreign ministry condemned the attack. All staff were safe, it said.",
            [
                (
                    "indirect",
                    "the attack",
                    "condemned",
                    "Sweden's foreign ministry",
                    "Sweden's foreign ministry",
                    "Sweden",
                ),
                ("indirect", "All staff were safe", "said", "it", "Sweden's foreign ministry", "Sweden"),
            ],
        ),
        # the go-between who carried the words is no part of them
        (
            "Revilla said through his lawyer that he would appeal.",
            [("indirect", "that he would appeal", "said", "Revilla", "Revilla", None)],
        ),
        (
            "The company said via a spokeswoman it would cooperate.",
            [("indirect", "it would cooperate", "said", "The company", "The company", None)],
        ),
        # after an addressee, a subject with a prepositional phrase opens a clause with no "that"
        (
            'Tedros told reporters the potential for further spread within Africa and beyond was "very worrying."',
            [
                (
                    "indirect",
                    'the potential for further spread within Africa and beyond was "very worrying."',
                    "told",
                    "Tedros",
                    "Tedros",
                    None,
                )
            ],
        ),
        # a time between speaker and cue is not the speaker's
        (
            "Britain on the same day blamed the group for a breach of its electoral commission.",
            [
                (
                    "indirect",
                    "the group for a breach of its electoral commission",
                    "blamed",
                    "Britain",
                    "Britain",
                    "United Kingdom",
                )
            ],
        ),
        (
            "Paris later that day said the group was behind it.",
            [("indirect", "the group was behind it", "said", "Paris", "Paris", "France")],
        ),
        # another subject's act after ", with" ends a prepositional cue's object
        (
            "Chinese state media lashed out at a new arms sale to Taiwan, with the Global Times calling it a provocation.",
            [
                (
                    "indirect",
                    "a new arms sale to Taiwan",
                    "lashed out at",
                    "Chinese state media",
                    "Chinese state media",
                    "China",
                ),
                ("indirect", "it a provocation", "calling", "the Global Times", "the Global Times", None),
            ],
        ),
        # a cue form after a determiner is a noun: "A state that ..." is a subject with its relative clause
        (
            "A state that jails historians has said it will fight.",
            [("indirect", "it will fight", "said", "A state", "A state", None)],
        ),
        # ", then" and a verb of saying is the subject's next act
        (
            "She denied the charge, then admitted it in court.",
            [
                ("indirect", "the charge", "denied", "She", "She", None),
                ("indirect", "it in court", "admitted", "She", "She", None),
            ],
        ),
        # "Letter:" is a rubric, not a speaker
        ("Letter: Your coverage of the port strike was one-sided", []),
        # "this" or "last" opens a claim's subject unless a time noun follows ("this week")
        ("He said this is wrong.", [("indirect", "this is wrong", "said", "He", "He", None)]),
        ("Critics will say this is alarmism.", [("indirect", "this is alarmism", "say", "Critics", "Critics", None)]),
        (
            "He said last-minute changes were needed.",
            [("indirect", "last-minute changes were needed", "said", "He", "He", None)],
        ),
        (
            "She said this past weekend that she would run.",
            [("indirect", "that she would run", "said", "She", "She", None)],
        ),
        # after a claim whose subject is the speaker's own pronoun, a past cue after a comma is the
        # speaker's next act, also when the pronoun's own verb is a cue ("it had agreed")
        (
            "Hamas said it had agreed to the deal, but accused Israel of stalling.",
            [
                ("indirect", "it had agreed to the deal", "said", "Hamas", "Hamas", "Hamas"),
                ("indirect", "Israel of stalling", "accused", "Hamas", "Hamas", "Hamas"),
            ],
        ),
        (
            "Hamas said in a statement that it had agreed to the deal, and blamed Israel for delays.",
            [
                ("indirect", "that it had agreed to the deal", "said", "Hamas", "Hamas", "Hamas"),
                ("indirect", "to the deal", "agreed", "it", "Hamas", "Hamas"),
                ("indirect", "Israel for delays", "blamed", "Hamas", "Hamas", "Hamas"),
            ],
        ),
        (
            "The ministry told reporters on Monday that it had not been informed and accused Washington of lying.",
            [
                ("indirect", "that it had not been informed", "told", "The ministry", "The ministry", None),
                ("indirect", "Washington of lying", "accused", "The ministry", "The ministry", None),
            ],
        ),
        # a cue form opening a compound noun is no verb
        (
            "Experts at a Washington think tank say the plan will fail.",
            [
                (
                    "indirect",
                    "the plan will fail",
                    "say",
                    "Experts at a Washington think tank",
                    "Experts at a Washington think tank",
                    None,
                )
            ],
        ),
        # a group naming itself makes no claim; the name is part of the speaker
        (
            "A ransomware gang calling itself BlackVault claimed responsibility for the attack.",
            [
                (
                    "indirect",
                    "responsibility for the attack",
                    "claimed",
                    "A ransomware gang calling itself BlackVault",
                    "A ransomware gang calling itself BlackVault",
                    None,
                )
            ],
        ),
        # a participle set off by commas inside a content's subject is no speaker
        (
            "The think tank said the images, taken in March, showed at least six launch pads.",
            [
                (
                    "indirect",
                    "the images, taken in March, showed at least six launch pads",
                    "said",
                    "The think tank",
                    "The think tank",
                    None,
                )
            ],
        ),
        # "a charge it denied" after a passive accusation: the passive's subject denies
        (
            "Saudi Arabia was accused by several delegations of obstructing language on fossil fuels, a charge it denied.",
            [
                (
                    "indirect",
                    "Saudi Arabia was accused by several delegations of obstructing language on fossil fuels",
                    "accused",
                    "several delegations",
                    "several delegations",
                    None,
                ),
                (
                    "indirect",
                    "Saudi Arabia was accused by several delegations of obstructing language on fossil fuels",
                    "denied",
                    "it",
                    "Saudi Arabia",
                    "Saudi Arabia",
                ),
            ],
        ),
        (
            "The rebels have long been blamed for the massacre, which they deny.",
            [("indirect", "The rebels have long been blamed for the massacre", "deny", "they", "The rebels", None)],
        ),
        # "and in particular" names an example inside the accused; "United" is no verb
        (
            "Campaigners blamed wealthy countries, and in particular the United States, for blocking a deal.",
            [
                (
                    "indirect",
                    "wealthy countries, and in particular the United States, for blocking a deal",
                    "blamed",
                    "Campaigners",
                    "Campaigners",
                    None,
                )
            ],
        ),
        # a pronoun's clause joined by "and" with no comma keeps its own past verb ("had watched ... and thought")
        (
            "He said he had watched the museum rise and thought of the days when he would return.",
            [
                (
                    "indirect",
                    "he had watched the museum rise and thought of the days when he would return",
                    "said",
                    "He",
                    "He",
                    None,
                )
            ],
        ),
        # a day after "since" or "until" is the claim's, not the saying's time
        (
            "Traders said the crossing had been closed since Sunday, stranding hundreds of trucks.",
            [("indirect", "the crossing had been closed since Sunday", "said", "Traders", "Traders", None)],
        ),
        # "the government" after a person of another state spoke: the government named before
        (
            "Mali's military government expelled the ambassador after France's foreign minister described"
            ' the junta as "illegitimate". The government said the comments were "hostile".',
            [
                (
                    "indirect",
                    'the junta as "illegitimate"',
                    "described",
                    "France's foreign minister",
                    "France's foreign minister",
                    "France",
                ),
                (
                    "indirect",
                    'the comments were "hostile"',
                    "said",
                    "The government",
                    "The government",
                    "Mali",
                ),
            ],
        ),
        # the labeller of a claim named in apposition, without its adverb
        (
            "The council declared Maduro the winner, a result the opposition immediately rejected as fraudulent.",
            [
                ("indirect", "Maduro the winner", "declared", "The council", "The council", None),
                ("indirect", "fraudulent", "rejected", "the opposition", "the opposition", None),
            ],
        ),
        # ", but" and an irregular past is the speaker's next act; ", a day after" the outlet's time
        (
            "The ministry said its air defences had shot down 41 drones, but made no mention of damage.",
            [
                (
                    "indirect",
                    "its air defences had shot down 41 drones",
                    "said",
                    "The ministry",
                    "The ministry",
                    None,
                )
            ],
        ),
        (
            "Vucic accused Kurti of terrorising Serbs, a day after a gunfight left four people dead.",
            [("indirect", "Kurti of terrorising Serbs", "accused", "Vucic", "Vucic", None)],
        ),
        # a negative subject speaks as PolNeAR marks it ("No one expected ..."), and so does "No 10"
        (
            "No one has claimed responsibility for the attack.",
            [("indirect", "responsibility for the attack", "claimed", "No one", "No one", None)],
        ),
        (
            "No 10 said the prime minister had full confidence in him.",
            [("indirect", "the prime minister had full confidence in him", "said", "No 10", "No 10", None)],
        ),
        # a relative clause with its own attribution inside a content's subject leaves the content whole
        (
            "Ethiopia insists the dam, which it says is essential for its development, will not harm its neighbours.",
            [
                (
                    "indirect",
                    "the dam, which it says is essential for its development, will not harm its neighbours",
                    "insists",
                    "Ethiopia",
                    "Ethiopia",
                    "Ethiopia",
                ),
                (
                    "indirect",
                    "which it says is essential for its development",
                    "says",
                    "it",
                    "Ethiopia",
                    "Ethiopia",
                ),
            ],
        ),
        # a headline's word before a colon that the text uses in lower case is a topic, not a speaker
        (
            "Heatwave: government accused of ignoring warnings\n\nThe July heatwave killed 2,000 people.",
            [("indirect", "government accused of ignoring warnings", "accused", None, None, None)],
        ),
        (
            "Lieberman: Israel will not apologise\n\nDefence Minister Avigdor Lieberman spoke on Monday.",
            [("indirect", "Israel will not apologise", ":", "Lieberman", "Lieberman", "Israel")],
        ),
        # a claim nested in a that-clause ends before the outer claim's next "and that"; a cue's
        # object is no addressee across "and" before a "that"
        (
            "The lawyers argued that the videos showed real events and that the charges were baseless.",
            [
                (
                    "indirect",
                    "that the videos showed real events and that the charges were baseless",
                    "argued",
                    "The lawyers",
                    "The lawyers",
                    None,
                ),
                ("indirect", "real events", "showed", "the videos", "the videos", None),
            ],
        ),
        (
            "The unit said that coaches had warned athletes in advance of tests and that staff had lied.",
            [
                (
                    "indirect",
                    "that coaches had warned athletes in advance of tests and that staff had lied",
                    "said",
                    "The unit",
                    "The unit",
                    None,
                ),
            ],
        ),
        # "as early as 2016" dates the knowing, before its that-clause
        (
            "The committee concluded that officials knew as early as 2016 that bombs had been used.",
            [
                (
                    "indirect",
                    "that officials knew as early as 2016 that bombs had been used",
                    "concluded",
                    "The committee",
                    "The committee",
                    None,
                ),
                ("indirect", "that bombs had been used", "knew", "officials", "officials", None),
            ],
        ),
        # a relative aside after a coordinated title ends at the comma before the sentence's verb
        (
            "Yevgeny Primakov, the former prime minister and foreign minister who opposed NATO's expansion"
            " to the east, has died at the age of 84.",
            [
                (
                    "indirect",
                    "NATO's expansion to the east",
                    "opposed",
                    "who",
                    "the former prime minister and foreign minister",
                    None,
                ),
            ],
        ),
        # "in one of the deadliest attacks" after the attribution closes the outlet's sentence
        (
            "A missile struck the hospital, killing two adults, officials said, in one of the deadliest attacks"
            " in months.",
            [
                (
                    "indirect",
                    "A missile struck the hospital, killing two adults",
                    "said",
                    "officials",
                    "officials",
                    None,
                ),
            ],
        ),
        # an inverted cue's speaker with a "whose" clause is the noun before it; a past tense
        # before a speaker closing the sentence makes the words before the cue a claim
        (
            '"Someone must be held responsible," said a woman whose brother was killed.',
            [("direct", '"Someone must be held responsible,"', "said", "a woman", "a woman", None)],
        ),
        (
            "The fire destroyed homes, said a woman who lost her home.",
            [("indirect", "The fire destroyed homes", "said", "a woman", "a woman", None)],
        ),
        # a participle cue inside its sentence's subject reports up to the sentence's verb
        (
            "Official figures showing a fall in river pollution are misleading, scientists said.",
            [
                (
                    "indirect",
                    "Official figures showing a fall in river pollution are misleading",
                    "said",
                    "scientists",
                    "scientists",
                    None,
                ),
                ("indirect", "a fall in river pollution", "showing", "Official figures", "Official figures", None),
            ],
        ),
        (
            "Protesters chanting that the vote was rigged were arrested.",
            [("indirect", "that the vote was rigged", "chanting", "Protesters", "Protesters", None)],
        ),
        (
            "Officials claiming he won the race, when there are photos of him finishing last.",
            [
                (
                    "indirect",
                    "he won the race",
                    "claiming",
                    "Officials",
                    "Officials",
                    None,
                ),
            ],
        ),
        (
            "Iran-backed groups claiming a victory are celebrating, officials said.",
            [
                (
                    "indirect",
                    "Iran-backed groups claiming a victory are celebrating",
                    "said",
                    "officials",
                    "officials",
                    None,
                ),
                ("indirect", "a victory", "claiming", "Iran-backed groups", "Iran-backed groups", None),
            ],
        ),
        # a headline's second verb after a comma shares the first one's subject, not its clause
        (
            "Turkey blames Kurdish militants for bombing, rejects US condolences\n\nSix people died.",
            [
                ("indirect", "Kurdish militants for bombing", "blames", "Turkey", "Turkey", "Turkey"),
                ("indirect", "US condolences", "rejects", "Turkey", "Turkey", "Turkey"),
            ],
        ),
        # ... but not after a compound modifier, nor before a phrase holding a verb
        (
            "The monitor, a Britain-based group, said the strikes targeted positions of militias near the airport.",
            [
                (
                    "indirect",
                    "the strikes targeted positions of militias near the airport",
                    "said",
                    "The monitor",
                    "The monitor",
                    None,
                ),
            ],
        ),
        # a participle clause closed by a comma before the claim's own verb is an aside in it
        (
            "A union said the company operating the mine, trapping 22 workers, had ignored warnings.",
            [
                (
                    "indirect",
                    "the company operating the mine, trapping 22 workers, had ignored warnings",
                    "said",
                    "A union",
                    "A union",
                    None,
                ),
            ],
        ),
        (
            "Officials said a drone hit the depot, setting off a fire, which was contained.",
            [("indirect", "a drone hit the depot", "said", "Officials", "Officials", None)],
        ),
        # the first verb after the subject belongs to a relative aside; the subject is before it
        (
            "Prime Minister Antonio Costa, whose chief of staff was detained in the same investigation, also "
            "resigned later in the day, saying the dignity of his office was at stake.",
            [
                (
                    "indirect",
                    "the dignity of his office was at stake",
                    "saying",
                    "Prime Minister Antonio Costa",
                    "Prime Minister Antonio Costa",
                    None,
                )
            ],
        ),
        # a quantified subject after a charge noun: the subject denies
        (
            "Moscow blamed the United States and Britain for the blasts, a charge both countries reject.",
            [
                ("indirect", "the United States and Britain for the blasts", "blamed", "Moscow", "Moscow", "Russia"),
                (
                    "indirect",
                    "the United States and Britain for the blasts",
                    "reject",
                    "both countries",
                    "both countries",
                    None,
                ),
            ],
        ),
        # a focus adverb is no part of the speaker
        (
            "Even the central bank's governor, Elvira Nabiullina, has admitted that the economy is overheating.",
            [
                (
                    "indirect",
                    "that the economy is overheating",
                    "admitted",
                    "the central bank's governor, Elvira Nabiullina",
                    "the central bank's governor, Elvira Nabiullina",
                    None,
                )
            ],
        ),
        # "the group" after a new, unnamed group is not the organisation named before it
        (
            "NATO said it was investigating. A ransomware group claimed the attack. The group said it had stolen data.",
            [
                ("indirect", "it was investigating", "said", "NATO", "NATO", "NATO"),
                ("indirect", "the attack", "claimed", "A ransomware group", "A ransomware group", None),
                ("indirect", "it had stolen data", "said", "The group", "The group", None),
            ],
        ),
        (
            "Hezbollah said it fired rockets. The group said more would follow.",
            [
                ("indirect", "it fired rockets", "said", "Hezbollah", "Hezbollah", "Hezbollah"),
                ("indirect", "more would follow", "said", "The group", "The group", "Hezbollah"),
            ],
        ),
        # a past cue after "and" is no second verb under a nested clause's modal: the sentence's subject speaks
        (
            "His lawyers said they saw no indication that he would take his own life and urged police to investigate.",
            [
                (
                    "indirect",
                    "they saw no indication that he would take his own life",
                    "said",
                    "His lawyers",
                    "His lawyers",
                    None,
                ),
                ("indirect", "police to investigate", "urged", "His lawyers", "His lawyers", None),
            ],
        ),
        # ... and a quoted fragment before it does not take that cue as its attribution
        (
            'His lawyers said they saw "no indication" that he would lie and urged police to investigate.',
            [
                ("indirect", 'they saw "no indication" that he would lie', "said", "His lawyers", "His lawyers", None),
                ("indirect", "police to investigate", "urged", "His lawyers", "His lawyers", None),
            ],
        ),
        # objects joined by "and" inside a relative clause: the noun before "who" is the subject
        (
            "Police said that a boy who shot two classmates and a guard had planned the attack.",
            [
                (
                    "indirect",
                    "that a boy who shot two classmates and a guard had planned the attack",
                    "said",
                    "Police",
                    "Police",
                    None,
                ),
                ("indirect", "the attack", "planned", "a boy", "a boy", None),
            ],
        ),
        # a non-restrictive "who" after a preposition and people: the people, not the noun before
        (
            "The ruling is a blow to ministers, who have promised to resume removals before the summer.",
            [("indirect", "to resume removals before the summer", "promised", "who", "ministers", None)],
        ),
        # a subject set off by its name, then a time before the verb: the whole phrase speaks
        (
            "The governor of the central bank, Ana Ferreira, on Wednesday rebuffed demands from the "
            "president, saying that inflation remained high.",
            [
                (
                    "indirect",
                    "that inflation remained high",
                    "saying",
                    "The governor of the central bank, Ana Ferreira",
                    "The governor of the central bank, Ana Ferreira",
                    None,
                )
            ],
        ),
        # "but" and a clause of its own, or the speakers' next act, after the attribution: the claim
        # ends before the attribution
        (
            "The recount confirmed her victory, officials said, but her challenger refused to concede.",
            [
                ("indirect", "The recount confirmed her victory", "said", "officials", "officials", None),
                ("indirect", "her victory", "confirmed", "The recount", "The recount", None),
                ("indirect", "to concede", "refused", "her challenger", "her challenger", None),
            ],
        ),
        (
            "The plane was shot down, officials said, but gave no details.",
            [("indirect", "The plane was shot down", "said", "officials", "officials", None)],
        ),
        # an "It" after a sentence whose subject is the claim's goes to the speaker
        (
            "The vessel was boarded by armed men, the Fifth Fleet said in a statement. It called the seizure illegal.",
            [
                ("indirect", "The vessel was boarded by armed men", "said", "the Fifth Fleet", "the Fifth Fleet", None),
                ("indirect", "the seizure illegal", "called", "It", "the Fifth Fleet", None),
            ],
        ),
        # "stand accused of" is a passive of accusing, as "was accused of" is
        (
            "The generals stand accused of war crimes in Darfur.",
            [("indirect", "The generals stand accused of war crimes in Darfur", "accused", None, None, None)],
        ),
        # a pronoun going to a person named as a subject takes the actor that name had as a speaker
        (
            "Spanish Prime Minister Pedro Sanchez said he would stay. In a televised address, Sanchez "
            "said the case was a smear and accused the opposition of lying. He said he would go on.",
            [
                (
                    "indirect",
                    "he would stay",
                    "said",
                    "Spanish Prime Minister Pedro Sanchez",
                    "Spanish Prime Minister Pedro Sanchez",
                    "Spain",
                ),
                ("indirect", "the case was a smear", "said", "Sanchez", "Sanchez", "Spain"),
                ("indirect", "the opposition of lying", "accused", "Sanchez", "Sanchez", "Spain"),
                ("indirect", "he would go on", "said", "He", "Sanchez", "Spain"),
            ],
        ),
        # a role and, set off after it, a name after its title in lower case: both speak (not an
        # article's apposition nor "including" and a name)
        (
            "Senator Josh Hawley, a Missouri Republican, said Beijing had lied.",
            [("indirect", "Beijing had lied", "said", "Senator Josh Hawley", "Senator Josh Hawley", None)],
        ),
        (
            "Opponents, including President Salome Zourabichvili, say it will be used to crush media.",
            [("indirect", "it will be used to crush media", "say", "Opponents", "Opponents", None)],
        ),
        (
            "The charity's founder, chef Jose Andres, said the workers had been targeted.",
            [
                (
                    "indirect",
                    "the workers had been targeted",
                    "said",
                    "The charity's founder, chef Jose Andres",
                    "The charity's founder, chef Jose Andres",
                    None,
                )
            ],
        ),
        # "but did not give details", "but gave no details": what the speaker withheld ends the claim
        (
            "Navy spokesman Dmytro Pletenchuk said the ship had been seriously damaged but did not give further details.",
            [
                (
                    "indirect",
                    "the ship had been seriously damaged",
                    "said",
                    "Navy spokesman Dmytro Pletenchuk",
                    "Navy spokesman Dmytro Pletenchuk",
                    None,
                )
            ],
        ),
        (
            "The ministry said the ship had been hit but gave no details.",
            [("indirect", "the ship had been hit", "said", "The ministry", "The ministry", None)],
        ),
        # but "would give a statement" (no negation) is the claim's, and so is "give up"
        (
            "His lawyer said his client denied the charges and would give a statement later in the trial.",
            [
                (
                    "indirect",
                    "his client denied the charges and would give a statement later in the trial",
                    "said",
                    "His lawyer",
                    "His lawyer",
                    None,
                )
            ],
        ),
        (
            "He said the troops did not give up and fought on.",
            [("indirect", "the troops did not give up and fought on", "said", "He", "He", None)],
        ),
        # a contact clause after a noun: its pronoun speaks ("a record it described as")
        (
            "The ministry said it had detected 103 aircraft, a record it described as harassment.",
            [
                (
                    "indirect",
                    "it had detected 103 aircraft, a record it described as harassment",
                    "said",
                    "The ministry",
                    "The ministry",
                    None,
                ),
                ("indirect", "as harassment", "described", "it", "The ministry", None),
            ],
        ),
        # an infinitive or a charge ends at the subject's next act, "and" with a past tense
        (
            "Meloni has vowed to stop irregular migration and struck a deal with Tunisia last year.",
            [("indirect", "to stop irregular migration", "vowed", "Meloni", "Meloni", None)],
        ),
        (
            "Iran blamed Israel for the attack and vowed revenge.",
            [("indirect", "Israel for the attack", "blamed", "Iran", "Iran", "Iran")],
        ),
        (
            "He urged the government to resign and walked out.",
            [("indirect", "the government to resign", "urged", "He", "He", None)],
        ),
        # but an infinitive's own coordination, a participle's or a complement's goes on
        (
            "Meloni promised to cut taxes and raise spending.",
            [("indirect", "to cut taxes and raise spending", "promised", "Meloni", "Meloni", None)],
        ),
        (
            "The minister promised to be tough and focused on the economy.",
            [
                (
                    "indirect",
                    "to be tough and focused on the economy",
                    "promised",
                    "The minister",
                    "The minister",
                    None,
                )
            ],
        ),
        (
            "He demanded to be released and compensated.",
            [("indirect", "to be released and compensated", "demanded", "He", "He", None)],
        ),
        # ", which X denies" ends the claim before it: another speaker's dispute of that claim
        (
            "Rights groups say the deal has led to abuses against migrants in Tunisia, which Tunis denies.",
            [
                (
                    "indirect",
                    "the deal has led to abuses against migrants in Tunisia",
                    "say",
                    "Rights groups",
                    "Rights groups",
                    None,
                ),
                (
                    "indirect",
                    "the deal has led to abuses against migrants in Tunisia",
                    "denies",
                    "Tunis",
                    "Tunis",
                    "Tunisia",
                ),
            ],
        ),
        # an object ends before ", as" and a clause, the outlet's circumstance
        (
            "Netanyahu condemned the attack, as dozens of delegates walked out.",
            [("indirect", "the attack", "condemned", "Netanyahu", "Netanyahu", "Israel")],
        ),
        # but not before ", as well as": more of the object
        (
            "The embassy condemned the raid, as well as the arrests.",
            [("indirect", "the raid, as well as the arrests", "condemned", "The embassy", "The embassy", None)],
        ),
        # "he" is a person named as a subject with an age set off, never a body named with its acronym
        (
            "Olympic sprinter Marcus Dale was suspended. The Athletics Integrity Unit (AIU) said the chain of"
            " custody had been documented. Dale, 27, tested positive in March. He has denied taking any banned"
            " substance.",
            [
                (
                    "indirect",
                    "the chain of custody had been documented",
                    "said",
                    "The Athletics Integrity Unit (AIU)",
                    "The Athletics Integrity Unit (AIU)",
                    None,
                ),
                ("indirect", "taking any banned substance", "denied", "He", "Dale", None),
            ],
        ),
        (
            "The Athletics Integrity Unit (AIU) said the chain of custody had been documented. He has denied"
            " taking any banned substance.",
            [
                (
                    "indirect",
                    "the chain of custody had been documented",
                    "said",
                    "The Athletics Integrity Unit (AIU)",
                    "The Athletics Integrity Unit (AIU)",
                    None,
                ),
                ("indirect", "taking any banned substance", "denied", "He", "He", None),
            ],
        ),
        # a passive takes no object: "and" with a past tense and an object is the speaker's next act
        (
            "Defence Minister Rustem Umerov said an investigation had been opened and suspended the unit's commander.",
            [
                (
                    "indirect",
                    "an investigation had been opened",
                    "said",
                    "Defence Minister Rustem Umerov",
                    "Defence Minister Rustem Umerov",
                    None,
                )
            ],
        ),
        # but an active clause shares its subject with the act after "and"
        (
            "He said police had arrested a man and charged him.",
            [("indirect", "police had arrested a man and charged him", "said", "He", "He", None)],
        ),
        # a naming passive names something: not before a preposition ("called against", "called by")
        ("The protest was called against a pension reform.", []),
        ("The vote was called by the speaker.", []),
        (
            "He was called a traitor by the president.",
            [("indirect", "He was called a traitor", "called", "the president", "the president", None)],
        ),
        # in a roundup of datelined items, a body unnamed in one item is no body of the state before it
        (
            "MANILA — Beijing said the Philippine vessel had intruded into Chinese waters.\n\nBUENOS AIRES"
            " — Inflation slowed for a fifth month in May, the statistics agency said.",
            [
                (
                    "indirect",
                    "the Philippine vessel had intruded into Chinese waters",
                    "said",
                    "Beijing",
                    "Beijing",
                    "China",
                ),
                (
                    "indirect",
                    "Inflation slowed for a fifth month in May",
                    "said",
                    "the statistics agency",
                    "the statistics agency",
                    None,
                ),
            ],
        ),
        # a restrictive relative clause's verb comes first: the subject is the phrase before "who",
        # also when the clause is one verb
        (
            "Families of the babies who died welcomed the resignation but said it had come years too late.",
            [
                ("indirect", "the resignation", "welcomed", "Families of the babies", "Families of the babies", None),
                (
                    "indirect",
                    "it had come years too late",
                    "said",
                    "Families of the babies",
                    "Families of the babies",
                    None,
                ),
            ],
        ),
        # a plural noun that is also a cue form, after a name a participle takes: a noun
        (
            "Nvidia reported record revenue, beating Wall Street forecasts as demand continued to surge.",
            [("indirect", "record revenue", "reported", "Nvidia", "Nvidia", None)],
        ),
        # a pronoun then an irregular past is a clause, not "said it" and the act's circumstances
        (
            "Several analysts said it also left Tehran room to avoid a further escalation.",
            [
                (
                    "indirect",
                    "it also left Tehran room to avoid a further escalation",
                    "said",
                    "Several analysts",
                    "Several analysts",
                    None,
                )
            ],
        ),
        ("He said it again on Monday.", []),
        # a surname speaker takes the actor of the capitalised office named before the full name
        (
            "Moldova's President Maia Sandu spoke to our correspondent. Sandu said Moldova would join the EU.",
            [("indirect", "Moldova would join the EU", "said", "Sandu", "Sandu", "Moldova")],
        ),
        # a subject set off by its name keeps it for a cue after "but"
        (
            "Assange's partner, Stella Moris, called the decision a first step but urged the US to drop the case.",
            [
                (
                    "indirect",
                    "the decision a first step",
                    "called",
                    "Assange's partner, Stella Moris",
                    "Assange's partner, Stella Moris",
                    None,
                ),
                (
                    "indirect",
                    "the US to drop the case",
                    "urged",
                    "Assange's partner, Stella Moris",
                    "Assange's partner, Stella Moris",
                    None,
                ),
            ],
        ),
        # "that" before a one-word object is its determiner: a noun phrase, then the next act
        (
            "Calzada rejected that account and accused Madrid of changing its demands.",
            [
                ("indirect", "that account", "rejected", "Calzada", "Calzada", None),
                ("indirect", "Madrid of changing its demands", "accused", "Calzada", "Calzada", None),
            ],
        ),
        # but a clause after "that" stays one
        (
            "The ministry denied that troops and police had fired.",
            [("indirect", "that troops and police had fired", "denied", "The ministry", "The ministry", None)],
        ),
        # a naming verb's object and label hold no verb: "and" with a past cue is the next act
        (
            'The opposition party called the resignation "too little, too late" and demanded an early election.',
            [
                (
                    "indirect",
                    'the resignation "too little, too late"',
                    "called",
                    "The opposition party",
                    "The opposition party",
                    None,
                ),
                ("indirect", "an early election", "demanded", "The opposition party", "The opposition party", None),
            ],
        ),
        # "it" after an attribution whose claim holds the sentence's subject: the attribution's speaker
        (
            "New satellite images show that China has moved vessels to a disputed reef, a US think tank said on"
            " Thursday, in what it described as an attempt to intimidate the Philippines.",
            [
                (
                    "indirect",
                    "New satellite images show that China has moved vessels to a disputed reef",
                    "said",
                    "a US think tank",
                    "a US think tank",
                    "United States",
                ),
                (
                    "indirect",
                    "that China has moved vessels to a disputed reef",
                    "show",
                    "New satellite images",
                    "New satellite images",
                    None,
                ),
                (
                    "indirect",
                    "what it described as an attempt to intimidate the Philippines",
                    "described",
                    "it",
                    "a US think tank",
                    "United States",
                ),
            ],
        ),
        # a surname named before as the object inside a speaker phrase takes no actor from it (and doctors
        # speak for themselves, not their country)
        (
            "German doctors treating Ivan Sokolov said tests indicated poisoning. Sokolov said he felt better.",
            [
                (
                    "indirect",
                    "tests indicated poisoning",
                    "said",
                    "German doctors treating Ivan Sokolov",
                    "German doctors treating Ivan Sokolov",
                    None,
                ),
                ("indirect", "he felt better", "said", "Sokolov", "Sokolov", None),
            ],
        ),
        # a prepositional cue's object ends before a named subject and its past tense (the main clause)
        (
            'Though he called the bank\'s conduct "shameful" and called for fines on its directors, Smith ruled'
            " out breaking it up.",
            [
                ("indirect", 'the bank\'s conduct "shameful"', "called", "he", "he", None),
                ("indirect", "fines on its directors", "called for", "he", "he", None),
                ("indirect", "breaking it up", "ruled out", "Smith", "Smith", None),
            ],
        ),
        # a name and a colon right after an interview's question: the person answering
        (
            "The bank held rates.\n\nQuestion: Are markets wrong?\n\nLagarde: We will be data-dependent.\n\n"
            "Lagarde: Not in March.",
            [("direct", "We will be data-dependent", ":", "Lagarde", "Lagarde", None)],
        ),
        (
            "The bank held rates.\n\nQ: Are markets wrong?\n\nChristine Lagarde: We will be data-dependent.",
            [("direct", "We will be data-dependent", ":", "Christine Lagarde", "Christine Lagarde", None)],
        ),
        # a relative clause of time: its subject speaks, past an auxiliary and an adverb
        (
            "This is the first time the ministry has said the attack came from Russia.",
            [("indirect", "the attack came from Russia", "said", "the ministry", "the ministry", None)],
        ),
        (
            "It was the only time the Kremlin has ever admitted the strike was a mistake.",
            [("indirect", "the strike was a mistake", "admitted", "the Kremlin", "the Kremlin", "Russia")],
        ),
        # the outlet's count of the act after a claim ends it, and the relative's subject is a name
        (
            "New Zealand said the group was behind a 2021 attack on its parliament, the first time Wellington "
            "has publicly blamed Beijing for a cyber operation.",
            [
                (
                    "indirect",
                    "the group was behind a 2021 attack on its parliament",
                    "said",
                    "New Zealand",
                    "New Zealand",
                    "New Zealand",
                ),
                ("indirect", "Beijing for a cyber operation", "blamed", "Wellington", "Wellington", "New Zealand"),
            ],
        ),
        (
            "Officials said the strike killed four people, the first time that civilians had died in the city.",
            [("indirect", "the strike killed four people", "said", "Officials", "Officials", None)],
        ),
        # a word in -ing before "or" and a noun is a list's item, no participle clause
        (
            "Local officials said there had been no water, heating or electricity for days.",
            [
                (
                    "indirect",
                    "there had been no water, heating or electricity for days",
                    "said",
                    "Local officials",
                    "Local officials",
                    None,
                )
            ],
        ),
        (
            "Police said a bomb exploded in the market, killing and wounding dozens.",
            [("indirect", "a bomb exploded in the market", "said", "Police", "Police", None)],
        ),
        # a passive's subject holds a number's thousands comma
        (
            "About 200,000 people were expected to leave the city.",
            [("indirect", "About 200,000 people were expected to leave the city", "expected", None, None, None)],
        ),
        # "appealed for" asks as "called for" does; "appeals" after a plural is a noun
        (
            'Pope Francis, speaking in Rome, appealed for "an end to this war" and called for safe corridors.',
            [
                ("indirect", '"an end to this war"', "appealed for", "Pope Francis", "Pope Francis", None),
                ("indirect", "safe corridors", "called for", "Pope Francis", "Pope Francis", None),
            ],
        ),
        ("Repeated appeals for calm went unheeded.", []),
        # the outlet's apposition naming the claim in a bare plural ("comments that ...")
        (
            "Abiy Ahmed has said his country needs a port, comments that alarmed neighbours.",
            [("indirect", "his country needs a port", "said", "Abiy Ahmed", "Abiy Ahmed", None)],
        ),
        # "after" set off by a comma opens the act's time also after a longer subject with a number
        (
            "Sanchez defended an amnesty for separatists as the best way to heal wounds, after more than 1,000 "
            "judges signed a letter.",
            [
                (
                    "indirect",
                    "an amnesty for separatists as the best way to heal wounds",
                    "defended",
                    "Sanchez",
                    "Sanchez",
                    None,
                )
            ],
        ),
        # figures and data speak as documents do
        ("Inflation eased, data show.", [("indirect", "Inflation eased", "show", "data", "data", None)]),
        # an adverb of time in an apposition opens its second part, no relative clause's subject
        (
            "Valerii Zaluzhnyi, Ukraine's former commander and now its ambassador to Britain, said the war "
            "would be long.",
            [
                (
                    "indirect",
                    "the war would be long",
                    "said",
                    "Valerii Zaluzhnyi, Ukraine's former commander and now its ambassador to Britain",
                    "Valerii Zaluzhnyi, Ukraine's former commander and now its ambassador to Britain",
                    "Ukraine",
                )
            ],
        ),
        # a list of names closed by a plural group speaks as a whole
        (
            "Britain, France and other European allies said the deal was dead.",
            [
                (
                    "indirect",
                    "the deal was dead",
                    "said",
                    "Britain, France and other European allies",
                    "Britain, France and other European allies",
                    "United Kingdom",
                )
            ],
        ),
        # the subject's next act after "and" or "but" with "was" ends a denied object
        (
            "Collins had denied four counts of murder but was convicted by a jury in March.",
            [("indirect", "four counts of murder", "denied", "Collins", "Collins", None)],
        ),
        (
            "Collins denied the charges and was acquitted in March.",
            [("indirect", "the charges", "denied", "Collins", "Collins", None)],
        ),
        # a dash sets off the apposition naming a claim as a comma does
        (
            "It is doing business with the UAE, which UN experts say has armed the RSF - a charge Abu Dhabi rejects.",
            [
                (
                    "indirect",
                    "which UN experts say has armed the RSF",
                    "say",
                    "UN experts",
                    "UN experts",
                    "United Nations",
                ),
                (
                    "indirect",
                    "which UN experts say has armed the RSF",
                    "rejects",
                    "Abu Dhabi",
                    "Abu Dhabi",
                    "United Arab Emirates",
                ),
            ],
        ),
        (
            'Critics say the minister was playing politics \u2014 a charge Delgado called "rich".',
            [
                ("indirect", "the minister was playing politics", "say", "Critics", "Critics", None),
                ("direct", '"rich"', "called", "Delgado", "Delgado", None),
            ],
        ),
        # "not a shred of" a quality is shown, not claimed
        (
            'The judge said she had shown "not a shred of remorse".',
            [("indirect", 'she had shown "not a shred of remorse"', "said", "The judge", "The judge", None)],
        ),
        # a longer role before a set-off name is the speaker's, up to eight words with no verb
        (
            "A spokesman for the Chinese foreign ministry, Lin Jian, told reporters the drills were legal.",
            [
                (
                    "indirect",
                    "the drills were legal",
                    "told",
                    "A spokesman for the Chinese foreign ministry, Lin Jian",
                    "A spokesman for the Chinese foreign ministry, Lin Jian",
                    "China",
                )
            ],
        ),
        # a contact relative's pronoun labels the noun before it
        (
            'Beijing staged large-scale exercises it described as a "stern warning".',
            [("indirect", 'as a "stern warning"', "described", "it", "Beijing", "China")],
        ),
        # ", in what would be ..." after the attribution is the outlet's, not more of the claim
        (
            "Volkswagen plans to close three plants, the works council said, in what would be its first closures.",
            [
                (
                    "indirect",
                    "Volkswagen plans to close three plants",
                    "said",
                    "the works council",
                    "the works council",
                    None,
                ),
                ("indirect", "to close three plants", "plans", "Volkswagen", "Volkswagen", None),
            ],
        ),
        # the role set off before a name keeps its place across a relative clause after the name
        (
            "Algeria's envoy, Amar Bendjama, who drafted the resolution, said the veto was wrong.",
            [
                (
                    "indirect",
                    "the veto was wrong",
                    "said",
                    "Algeria's envoy, Amar Bendjama",
                    "Algeria's envoy, Amar Bendjama",
                    "Algeria",
                )
            ],
        ),
        # but an adverbial before the name is no role
        (
            "After the vote, Amar Bendjama, who drafted the resolution, said the veto was wrong.",
            [("indirect", "the veto was wrong", "said", "Amar Bendjama", "Amar Bendjama", None)],
        ),
        # the outlet's apposition naming a recommendation or an admission ends the claim
        (
            "It urged ministers to halt imports, a recommendation that was never acted upon.",
            [("indirect", "ministers to halt imports", "urged", "It", "It", None)],
        ),
        (
            "The official said the risk was real, an admission Moscow seized on.",
            [("indirect", "the risk was real", "said", "The official", "The official", None)],
        ),
        # a cue in a subordinate clause after the comma attributes nothing before it
        (
            'Hungary vetoed the package, with Orban saying the money would be "wasted" while the war continued.',
            [("indirect", 'the money would be "wasted" while the war continued', "saying", "Orban", "Orban", None)],
        ),
        # a bare plural of speakers after a noun naming a claim labels it
        (
            "The Commission released the funds, a move critics said rewarded obstruction.",
            [("indirect", "rewarded obstruction", "said", "critics", "critics", None)],
        ),
        # "it" after the subject of a clause set off by a comma and a subordinator is that subject
        (
            "Taiwan's defence ministry said it had detected 12 warships, as Beijing staged exercises it "
            'described as a "stern warning".',
            [
                (
                    "indirect",
                    'it had detected 12 warships, as Beijing staged exercises it described as a "stern warning"',
                    "said",
                    "Taiwan's defence ministry",
                    "Taiwan's defence ministry",
                    "Taiwan",
                ),
                ("indirect", 'as a "stern warning"', "described", "it", "Beijing", "China"),
            ],
        ),
        # a pronoun keeps the restrictive clause that says who it is
        (
            "Those who survived said the boat sank quickly.",
            [("indirect", "the boat sank quickly", "said", "Those who survived", "Those who survived", None)],
        ),
        # the outlet's description of the event ends a charge or an infinitive
        (
            "Kurti accused Serbia on Monday of backing a group of armed men who stormed a village, "
            "in a clash that left four dead.",
            [
                (
                    "indirect",
                    "Serbia on Monday of backing a group of armed men who stormed a village",
                    "accused",
                    "Kurti",
                    "Kurti",
                    None,
                )
            ],
        ),
        (
            "The army vowed to retaliate, in a move that alarmed its allies.",
            [("indirect", "to retaliate", "vowed", "The army", "The army", None)],
        ),
        # a plural speaker noun "states" after a conjunction; "states said" is a noun and its verb
        (
            "It passed, though small island states said the deal fell short.",
            [("indirect", "the deal fell short", "said", "small island states", "small island states", None)],
        ),
        (
            "Gulf states said the deal fell short.",
            [("indirect", "the deal fell short", "said", "Gulf states", "Gulf states", None)],
        ),
        # a long subject with a reduced relative: the noun before the participle speaks
        (
            "Detectives investigating the stabbing of a teenager in Nottingham city centre have appealed for "
            "witnesses, saying several people filmed the attack.",
            [("indirect", "several people filmed the attack", "saying", "Detectives", "Detectives", None)],
        ),
        # "whose X" opens a relative clause: its claim ends before the main verb, its actor is the owner's;
        # before it nothing is claimed
        (
            "Russia, whose foreign minister said the talks had failed, walked out of the meeting.",
            [
                (
                    "indirect",
                    "the talks had failed",
                    "said",
                    "whose foreign minister",
                    "whose foreign minister",
                    "Russia",
                )
            ],
        ),
        ("So does China, whose leader Xi Jinping reportedly warned him privately against using nuclear weapons.", []),
        # "who" after a preposition asks a question; it is no relative with an antecedent
        (
            "The Liberal Democrats demanded an inquiry into who had announced it first.",
            [
                (
                    "indirect",
                    "an inquiry into who had announced it first",
                    "demanded",
                    "The Liberal Democrats",
                    "The Liberal Democrats",
                    None,
                )
            ],
        ),
        # a past event after ", after" with its own subject is the outlet's, not part of an intention
        (
            "Union leaders vowed to keep up strikes until it is withdrawn, after a seventh day of walkouts brought "
            "rail traffic to a halt.",
            [("indirect", "to keep up strikes until it is withdrawn", "vowed", "Union leaders", "Union leaders", None)],
        ),
        # but not the time a promise names ("after the vote is held")
        (
            "He promised to resign, after the vote is held.",
            [("indirect", "to resign, after the vote is held", "promised", "He", "He", None)],
        ),
        # a relative clause's verb set off by commas is no attribution interrupting its content
        ("The minister, who has warned the army in the past, resigned on Monday.", []),
        # "call" in its sense of convening: an event called is no label given
        ("The prime minister called a snap election for July.", []),
        (
            "A spokeswoman for the union, which called the strike over staffing levels, said controllers regretted it.",
            [
                (
                    "indirect",
                    "controllers regretted it",
                    "said",
                    "A spokeswoman for the union",
                    "A spokeswoman for the union",
                    None,
                )
            ],
        ),
        # but a label after the event is one, also past its prepositional phrase
        ("He called the strike a success.", [("indirect", "the strike a success", "called", "He", "He", None)]),
        (
            "Clinton called her vote in favor of the Iraq War a mistake.",
            [("indirect", "her vote in favor of the Iraq War a mistake", "called", "Clinton", "Clinton", None)],
        ),
        # a price never speaks: a participle after it and a subordinate clause is that clause's subject's
        (
            "Shares in Intel fell 9% on Thursday after the chipmaker cut its revenue forecast, blaming weak "
            "demand for personal computers.",
            [("indirect", "weak demand for personal computers", "blaming", "the chipmaker", "the chipmaker", None)],
        ),
        (
            "The rouble slid as the central bank held rates, citing slowing inflation.",
            [("indirect", "slowing inflation", "citing", "the central bank", "the central bank", None)],
        ),
        # but a speaker keeps the participle after a subordinate clause
        (
            "The minister resigned after the report found failings, saying he took responsibility.",
            [("indirect", "he took responsibility", "saying", "The minister", "The minister", None)],
        ),
        # a subject pronoun is the whole subject, before a verb no list knows ("remain")
        (
            "We remain committed to a peaceful resolution and reiterate our readiness to resume talks.",
            [("indirect", "our readiness to resume talks", "reiterate", "We", "We", None)],
        ),
        # a plural subject, then "claim" and a bare plural with its verb: a verb of saying
        (
            "Councillors claim residents were consulted.",
            [("indirect", "residents were consulted", "claim", "Councillors", "Councillors", None)],
        ),
        (
            "Some researchers fear parts of the Great Barrier Reef may not recover.",
            [
                (
                    "indirect",
                    "parts of the Great Barrier Reef may not recover",
                    "fear",
                    "Some researchers",
                    "Some researchers",
                    None,
                )
            ],
        ),
        # but a bare plural object with no verb of its own is no clause
        ("Workers fear job losses.", []),
        # a pronoun after the main verb of saying speaks its own cue, past a restrictive clause's subject
        (
            "Parents who gave evidence to the inquiry said they felt vindicated but angry.",
            [("indirect", "they felt vindicated but angry", "said", "Parents", "Parents", None)],
        ),
        # a quoted noun and a contact relative clause: the cue before a verb with no subject is no attribution
        (
            'Ruto vowed to crush "dangerous criminals" he said had hijacked peaceful protests.',
            [
                (
                    "indirect",
                    'to crush "dangerous criminals" he said had hijacked peaceful protests',
                    "vowed",
                    "Ruto",
                    "Ruto",
                    None,
                )
            ],
        ),
        # the one asked a question in the sentence before answers ("He said"), not the last speaker
        (
            "Residents said they were never warned. I asked the mayor why the barriers were never built. "
            "He said the funding had been cut.",
            [
                ("indirect", "they were never warned", "said", "Residents", "Residents", None),
                ("indirect", "the funding had been cut", "said", "He", "the mayor", None),
            ],
        ),
        # a noun before a contact clause ("residents I spoke to") heads its phrase: a plural, never "he"
        (
            "Many residents I spoke to said they never received warnings. He said the funding had been cut.",
            [
                (
                    "indirect",
                    "they never received warnings",
                    "said",
                    "Many residents I spoke to",
                    "Many residents I spoke to",
                    None,
                ),
                ("indirect", "the funding had been cut", "said", "He", "He", None),
            ],
        ),
        # the pronoun of a contact clause speaks ("footage it said showed"); not when the noun is the
        # cue's object ("the loopholes he cited are")
        (
            "The army released footage it said showed militants firing from the hospital.",
            [("indirect", "showed militants firing from the hospital", "said", "it", "The army", None)],
        ),
        (
            "Police found a knife they said belonged to the suspect.",
            [("indirect", "belonged to the suspect", "said", "they", "Police", None)],
        ),
        # a thing found is no finding; a finding or a thing found to be something is
        ("Police found the body of a woman in the river.", []),
        ("Detectives found weapons hidden in a garage.", []),
        (
            "The inquiry found a pattern of failures at the hospital.",
            [("indirect", "a pattern of failures at the hospital", "found", "The inquiry", "The inquiry", None)],
        ),
        (
            "Investigators found the knife to be the murder weapon.",
            [("indirect", "the knife to be the murder weapon", "found", "Investigators", "Investigators", None)],
        ),
        # a video showing a moment or a scene depicts it; a clause about a moment is a claim
        ("Police released footage showing the moments before an officer fired.", []),
        ("A video shows the aftermath of the strike.", []),
        (
            "The data show the moment of greatest risk is at night.",
            [("indirect", "the moment of greatest risk is at night", "show", "The data", "The data", None)],
        ),
        # a participle before the agent's "by" is no head: "documents seen by this newspaper" are plural
        (
            "Internal documents seen by this newspaper show that officials were warned.",
            [
                (
                    "indirect",
                    "that officials were warned",
                    "show",
                    "Internal documents seen by this newspaper",
                    "Internal documents seen by this newspaper",
                    None,
                )
            ],
        ),
        # a cue after a restrictive clause's verb is the main verb; what follows is its claim
        (
            "Relatives of the six people who died say the documents confirm what they had long suspected.",
            [
                (
                    "indirect",
                    "the documents confirm what they had long suspected",
                    "say",
                    "Relatives of the six people",
                    "Relatives of the six people",
                    None,
                )
            ],
        ),
        # a contact clause's pronoun speaks only where its cue leaves the claim's subject out
        ("The plan is the main tool to meet the target it pledged to reach in Paris.", []),
        (
            "She says it underscores that the plan has failed.",
            [("indirect", "it underscores that the plan has failed", "says", "She", "She", None)],
        ),
        # a claim ends before "but" or "and" with the next cue's auxiliary or modal and "not"
        (
            "Tom Reed said he had always acted within the rules but did not want to become a distraction.",
            [
                ("indirect", "he had always acted within the rules", "said", "Tom Reed", "Tom Reed", None),
                ("indirect", "to become a distraction", "want", "Tom Reed", "Tom Reed", None),
            ],
        ),
        # a contact clause's pronoun speaks for the body named before it
        (
            "The US Justice Department unsealed charges against seven Chinese nationals it said worked for the group.",
            [
                (
                    "indirect",
                    "worked for the group",
                    "said",
                    "it",
                    "The US Justice Department",
                    "United States",
                )
            ],
        ),
        # a role before a name opening a sentence: "she" is that person, not an earlier speaker
        (
            "Haig said his players had been robbed. City boss Marta Ruiz saw it differently. "
            "She insisted the decision was correct.",
            [
                ("indirect", "his players had been robbed", "said", "Haig", "Haig", None),
                ("indirect", "the decision was correct", "insisted", "She", "Marta Ruiz", None),
            ],
        ),
        # but a cue before the name makes it the claim's subject, no antecedent
        (
            "Haig said his players had been robbed. Critics say Boris Johnson lied. He insisted the decision was correct.",
            [
                ("indirect", "his players had been robbed", "said", "Haig", "Haig", None),
                ("indirect", "Boris Johnson lied", "say", "Critics", "Critics", None),
                ("indirect", "the decision was correct", "insisted", "He", "Haig", None),
            ],
        ),
        # a participle after the speaker's noun modifies it; the verb ending the clause reports
        (
            "Members were divided over how quickly to lower rates, minutes of the meeting published on Thursday showed.",
            [
                (
                    "indirect",
                    "Members were divided over how quickly to lower rates",
                    "showed",
                    "minutes of the meeting",
                    "minutes of the meeting",
                    None,
                )
            ],
        ),
        # but a participle with words after it is a document's, and the cue before it reports
        (
            "Unemployment rose, officials said in a report published Thursday.",
            [("indirect", "Unemployment rose", "said", "officials", "officials", None)],
        ),
        # a participle set off after a new main clause is that clause's subject's
        (
            "The government approved the plan, but the opposition voted against it, saying it was rushed.",
            [("indirect", "it was rushed", "saying", "the opposition", "the opposition", None)],
        ),
        (
            "Five members voted to hold rates, while four preferred a cut, arguing that the labour market was loosening.",
            [("indirect", "that the labour market was loosening", "arguing", "four", "four", None)],
        ),
        # but a numeral before a past form and a noun is the noun's
        (
            "Two injured soldiers were taken to hospital, saying they had been shot.",
            [("indirect", "they had been shot", "saying", "Two injured soldiers", "Two injured soldiers", None)],
        ),
        # a sign that reads, inverted after the quotation
        (
            'Students blocked a road. "We want justice, not promises," read one banner.',
            [("direct", '"We want justice, not promises,"', "read", "one banner", "one banner", None)],
        ),
        # but "read" after a person is no cue
        ('"I love you," read the boy to his mother.', []),
        # a headline's last words are no title of a name in the line below it
        (
            "Readout of the call with the Turkish foreign minister\n\nSecretary Blinken spoke today with Turkish "
            "Foreign Minister Hakan Fidan. The Secretary underscored the importance of a ceasefire.",
            [
                (
                    "indirect",
                    "the importance of a ceasefire",
                    "underscored",
                    "The Secretary",
                    "The Secretary",
                    None,
                )
            ],
        ),
        (
            "Talks with the Turkish foreign minister\n\nSecretary Blinken spoke with Hakan Fidan on Monday. "
            "Blinken said a ceasefire was vital.",
            [("indirect", "a ceasefire was vital", "said", "Blinken", "Blinken", None)],
        ),
        # a plural subject, a base-form cue and a bare singular (a mass noun) with its verb
        (
            "FBI data show violent crime rose by 12% over the period.",
            [
                (
                    "indirect",
                    "violent crime rose by 12% over the period",
                    "show",
                    "FBI data",
                    "FBI data",
                    "United States",
                )
            ],
        ),
        # but not a participle with its agent, nor an object with no verb
        ("The data show crime reported by victims fell.", []),
        ("Tests show high levels of lead in the water.", []),
        # a number's comma sets nothing off
        (
            "The report, which draws on a survey of 2,000 care workers, says staff shortages have led to delays.",
            [("indirect", "staff shortages have led to delays", "says", "The report", "The report", None)],
        ),
        # after an addressee, a subject whose quoted verb opens with an adverb
        (
            'His lawyer told the court his client "strenuously denies" the allegations.',
            [
                (
                    "indirect",
                    'his client "strenuously denies" the allegations',
                    "told",
                    "His lawyer",
                    "His lawyer",
                    None,
                )
            ],
        ),
        # an adverb of time before "after" or "that" is the saying's circumstance, not its content
        (
            "Dahl admitted shortly afterwards that he had lost.",
            [("indirect", "that he had lost", "admitted", "Dahl", "Dahl", None)],
        ),
        ("Her rival, Prime Minister Erik Dahl, conceded shortly after midnight.", []),
        # a subject and its apposition before a cue with nothing after it claim nothing
        ("His lawyer, John Smith, said on Sunday.", []),
        ("Not true, the spokesman said.", [("indirect", "Not true", "said", "the spokesman", "the spokesman", None)]),
        # a prepositional cue's object ends before a clause of time and before the subject's next act
        (
            "Police appealed for witnesses after a cyclist died in Leeds.",
            [("indirect", "witnesses", "appealed for", "Police", "Police", None)],
        ),
        (
            "She warned of chaos after the vote.",
            [("indirect", "chaos after the vote", "warned of", "She", "She", None)],
        ),
        (
            "The minister called for calm and ordered a review.",
            [("indirect", "calm", "called for", "The minister", "The minister", None)],
        ),
        (
            "They called for the release of those detained and injured in the raid.",
            [
                (
                    "indirect",
                    "the release of those detained and injured in the raid",
                    "called for",
                    "They",
                    "They",
                    None,
                )
            ],
        ),
        # a label's object ends before the subject's next act, but not at a time before the label
        (
            'Chancellor Olaf Weber called him "a giant of our democracy" and ordered flags flown at half-mast.',
            [
                (
                    "indirect",
                    'him "a giant of our democracy"',
                    "called",
                    "Chancellor Olaf Weber",
                    "Chancellor Olaf Weber",
                    None,
                )
            ],
        ),
        (
            "The minister called the attack cowardly and ordered a review.",
            [("indirect", "the attack cowardly", "called", "The minister", "The minister", None)],
        ),
        (
            'Ms Moore called his remarks on Saturday "a true wake-up call" to supporters.',
            [
                (
                    "indirect",
                    'his remarks on Saturday "a true wake-up call" to supporters',
                    "called",
                    "Ms Moore",
                    "Ms Moore",
                    None,
                )
            ],
        ),
        # a name after a noun with an article is the subject of a relative clause with no "that"
        (
            'The United States will impose tariffs, the department announced, in a move Beijing condemned as "naked protectionism".',
            [
                (
                    "indirect",
                    "The United States will impose tariffs",
                    "announced",
                    "the department",
                    "the department",
                    None,
                ),
                ("direct", '"naked protectionism"', "condemned", "Beijing", "Beijing", "China"),
            ],
        ),
        (
            "The striker Lucas Moreau said he was happy.",
            [("indirect", "he was happy", "said", "The striker Lucas Moreau", "The striker Lucas Moreau", None)],
        ),
        # a denial's object ends before "throughout"; a feeling shown is no claim, also before "as"
        (
            "Novak, 61, who denied the charges throughout the trial, showed no emotion as the sentence was read out.",
            [("indirect", "the charges", "denied", "who", "Novak", None)],
        ),
        # cut before the next clause, a parenthetical attribution's content ends before the
        # attribution, and so does the claim inside it
        (
            "The home secretary wants a hard cap of 300,000 a year, one of them said, while the business"
            " secretary fears it would starve employers of workers.",
            [
                (
                    "indirect",
                    "The home secretary wants a hard cap of 300,000 a year",
                    "said",
                    "one of them",
                    "one of them",
                    None,
                ),
                ("indirect", "a hard cap of 300,000 a year", "wants", "The home secretary", "The home secretary", None),
                (
                    "indirect",
                    "it would starve employers of workers",
                    "fears",
                    "the business secretary",
                    "the business secretary",
                    None,
                ),
            ],
        ),
        (
            "The plan was dead, he said, and nobody would revive it.",
            [("indirect", "The plan was dead, he said, and nobody would revive it", "said", "he", "he", None)],
        ),
        # a quoted word inside a clause's subject after an addressee; a quoted clause after one
        (
            'The minister told reporters the "deeply flawed" report was wrong.',
            [("indirect", 'the "deeply flawed" report was wrong', "told", "The minister", "The minister", None)],
        ),
        ('He told reporters "the plan was dead".', [("direct", '"the plan was dead"', "told", "He", "He", None)]),
        # a pronoun with a restrictive clause speaks, also when the clause ends in a thing
        (
            "Those who heard the blast said the gunman was calm.",
            [
                (
                    "indirect",
                    "the gunman was calm",
                    "said",
                    "Those who heard the blast",
                    "Those who heard the blast",
                    None,
                )
            ],
        ),
        ("Anyone who says otherwise is repeating enemy propaganda.", []),
        (
            "Many of those who fled the fighting said the army had shelled the town.",
            [
                (
                    "indirect",
                    "the army had shelled the town",
                    "said",
                    "Many of those who fled the fighting",
                    "Many of those who fled the fighting",
                    None,
                )
            ],
        ),
        # a phrase opened by a preposition is no subject, though a relative clause in it has a cue
        ("Revenue fell 22 percent to $3.1 billion, below the $3.4 billion analysts had expected.", []),
        (
            "Despite the warnings Trump said the tariffs would stay.",
            [("indirect", "the tariffs would stay", "said", "Trump", "Trump", "United States")],
        ),
        # a reaction shown is no claim
        (
            "Okafor, who showed little reaction as the verdict was read, declined to comment.",
            [("indirect", "to comment", "declined", "Okafor", "Okafor", None)],
        ),
        # an accused and its charge end before another subject's act after "with"
        (
            "The United States has blamed Russia for the escalation, with a State Department spokesman calling the "
            'build-up "deeply destabilising."',
            [
                (
                    "indirect",
                    "Russia for the escalation",
                    "blamed",
                    "The United States",
                    "The United States",
                    "United States",
                ),
                (
                    "indirect",
                    'the build-up "deeply destabilising."',
                    "calling",
                    "a State Department spokesman",
                    "a State Department spokesman",
                    "United States",
                ),
            ],
        ),
        # objects joined inside a relative clause: the noun before "who" speaks
        (
            "Independent analysts who examined videos and images of the site said the damage was inconsistent.",
            [
                (
                    "indirect",
                    "the damage was inconsistent",
                    "said",
                    "Independent analysts",
                    "Independent analysts",
                    None,
                )
            ],
        ),
        ("The two sides traded claims over the collapse of the talks.", []),
        # a noun object ends before "without" and the manner of the act
        (
            "Egypt condemned the attack without naming a perpetrator.",
            [("indirect", "the attack", "condemned", "Egypt", "Egypt", "Egypt")],
        ),
        # a passive in quotation marks takes no object either: asking for something is the speaker's act
        (
            'The minister told reporters that an inquiry had been "opened" and called for peaceful protests.',
            [
                ("indirect", 'that an inquiry had been "opened"', "told", "The minister", "The minister", None),
                ("indirect", "peaceful protests", "called for", "The minister", "The minister", None),
            ],
        ),
        (
            "The minister said that an inquiry had been opened and called for peaceful protests.",
            [
                ("indirect", "that an inquiry had been opened", "said", "The minister", "The minister", None),
                ("indirect", "peaceful protests", "called for", "The minister", "The minister", None),
            ],
        ),
        # but an active verb goes on with the claim, and a passive may take a time
        (
            'She said the minister had "lied" and misled parliament.',
            [("indirect", 'the minister had "lied" and misled parliament', "said", "She", "She", None)],
        ),
        (
            "He said the man had been detained and questioned for hours.",
            [("indirect", "the man had been detained and questioned for hours", "said", "He", "He", None)],
        ),
        # an unowned state body opening a paragraph: the state a one-sentence lead before names
        (
            "China on Friday imposed sanctions on five US defence companies.\n\n"
            "The commerce ministry said the companies had harmed its security interests.",
            [
                (
                    "indirect",
                    "the companies had harmed its security interests",
                    "said",
                    "The commerce ministry",
                    "The commerce ministry",
                    "China",
                )
            ],
        ),
        # "early on" and "late on" a day are the act's time too
        (
            "Warplanes struck what the military described as weapons depots in southern Lebanon early on Sunday, "
            "hours after rockets were fired into Israel.",
            [
                (
                    "indirect",
                    "what the military described as weapons depots in southern Lebanon",
                    "described",
                    "the military",
                    "the military",
                    None,
                )
            ],
        ),
        # an aside on the source after "according to X," belongs to X: the claim is the clause before
        (
            "Some governors pushed for a cut, according to three people familiar with the discussion, "
            "who spoke on condition of anonymity because the deliberations are confidential.",
            [
                (
                    "indirect",
                    "Some governors pushed for a cut",
                    "according to",
                    "three people familiar with the discussion",
                    "three people familiar with the discussion",
                    None,
                )
            ],
        ),
        # ... but an attribution after a subject alone still interrupts one claim
        (
            "The economy, according to officials, is shrinking.",
            [
                (
                    "indirect",
                    "The economy, according to officials, is shrinking",
                    "according to",
                    "officials",
                    "officials",
                    None,
                )
            ],
        ),
        # a verb with an addressee in a contact clause: its claim's subject is the noun before, and
        # the plural for people keeps its modifiers after a noun naming an act
        (
            "The government closed the crossing, a decision aid groups warned could turn into a disaster.",
            [("indirect", "could turn into a disaster", "warned", "aid groups", "aid groups", None)],
        ),
        (
            "The ministry banned the film, a move human rights groups said amounted to censorship.",
            [("indirect", "amounted to censorship", "said", "human rights groups", "human rights groups", None)],
        ),
        # ... but a title-case headline's capitalised past after the noun is no gap
        ("Storm Warning Issued as Hurricane Nears Coast\n\nResidents began to leave the island.", []),
        # a relative clause whose object is the noun before "that": the people after it are its
        # subject, and the noun is no speaker ("a breakthrough ... had sought")
        (
            "Negotiators agreed to set up a fund, a breakthrough that developing nations had sought for decades.",
            [("indirect", "to set up a fund", "agreed", "Negotiators", "Negotiators", None)],
        ),
        # a "that" after a subordinated participle cue is the participle's
        (
            "The United States agreed to the fund after insisting that China should also contribute.",
            [
                (
                    "indirect",
                    "that China should also contribute",
                    "insisting",
                    "The United States",
                    "The United States",
                    "United States",
                )
            ],
        ),
        # ... but not after a noun
        (
            "He told reporters after a briefing that the talks had failed.",
            [("indirect", "that the talks had failed", "told", "He", "He", None)],
        ),
        # a label opened by "a" runs past five words and holds no clause: the next act is the subject's
        (
            "Pyongyang defended its tests as a legitimate exercise of its right and blamed joint drills "
            "for raising tensions.",
            [
                (
                    "indirect",
                    "its tests as a legitimate exercise of its right",
                    "defended",
                    "Pyongyang",
                    "Pyongyang",
                    "North Korea",
                ),
                ("indirect", "joint drills for raising tensions", "blamed", "Pyongyang", "Pyongyang", "North Korea"),
            ],
        ),
        # a charge noun with one modifier ends at a clause of the act's time, also after a weekday
        # ("Monday" holds no measure of time such as "days after")
        (
            "The party alleged widespread fraud on Monday as partial results showed the president ahead.",
            [("indirect", "widespread fraud", "alleged", "The party", "The party", None)],
        ),
        (
            "The party claimed victory on Monday as the count dragged on.",
            [("indirect", "victory", "claimed", "The party", "The party", None)],
        ),
        # ... but a measure of time before "after" keeps the phrase in the object
        (
            "He praised the troops a few days after the attack.",
            [("indirect", "the troops a few days after the attack", "praised", "He", "He", None)],
        ),
        # a clause of time set off by a comma after a content is when it was said ...
        (
            "The judge warned both sides not to discuss the case with reporters, after a tabloid published "
            "private messages.",
            [
                (
                    "indirect",
                    "both sides not to discuss the case with reporters",
                    "warned",
                    "The judge",
                    "The judge",
                    None,
                ),
                ("indirect", "private messages", "published", "a tabloid", "a tabloid", None),
            ],
        ),
        (
            "The minister said the border would stay closed, when asked about the protests.",
            [("indirect", "the border would stay closed", "said", "The minister", "The minister", None)],
        ),
        # ... but one opening the content is the content's, and one before the cue stays
        (
            "He said that, when he arrived, the house was empty.",
            [("indirect", "that, when he arrived, the house was empty", "said", "He", "He", None)],
        ),
        (
            "The plane crashed, after its engine failed, the ministry said.",
            [
                (
                    "indirect",
                    "The plane crashed, after its engine failed",
                    "said",
                    "the ministry",
                    "the ministry",
                    None,
                ),
            ],
        ),
        # a past tense after "and" inside a participle's claim is the claim's verb, not the
        # subject's next act, which would be a participle too ...
        (
            "The coast guard denied the accusations, saying passengers had refused help and insisted on "
            "sailing to Italy.",
            [
                ("indirect", "the accusations", "denied", "The coast guard", "The coast guard", None),
                (
                    "indirect",
                    "passengers had refused help and insisted on sailing to Italy",
                    "saying",
                    "The coast guard",
                    "The coast guard",
                    None,
                ),
            ],
        ),
        # ... unless a comma sets it off
        (
            "The coast guard denied the accusations, saying passengers had refused help, and insisted they "
            "had sailed on.",
            [
                ("indirect", "the accusations", "denied", "The coast guard", "The coast guard", None),
                ("indirect", "passengers had refused help", "saying", "The coast guard", "The coast guard", None),
                ("indirect", "they had sailed on", "insisted", "The coast guard", "The coast guard", None),
            ],
        ),
        # a participle joined to another participle set off by a comma, also after a quantifier,
        # has the main clause's subject; a number of people is a subject before a past and a place
        (
            "Thousands rallied on Sunday, waving Russian flags and chanting anti-French slogans.",
            [("indirect", "anti-French slogans", "chanting", "Thousands", "Thousands", None)],
        ),
        (
            "Supporters of the junta rallied in the capital, some waving Russian flags and chanting anti-French slogans.",
            [
                (
                    "indirect",
                    "anti-French slogans",
                    "chanting",
                    "Supporters of the junta",
                    "Supporters of the junta",
                    None,
                ),
            ],
        ),
        # ... but a participle of the passive list after a number is no verb
        (
            "Three wounded in the blast said the bomb went off at noon.",
            [
                (
                    "indirect",
                    "the bomb went off at noon",
                    "said",
                    "Three wounded in the blast",
                    "Three wounded in the blast",
                    None,
                ),
            ],
        ),
        # a subject's cue with no object, closed by a comma, leaves the next cue after "but" to
        # the same subject; a content opening with "but" is none
        (
            "His ex-wife agreed, but also contended that she should not have to sacrifice her privacy.",
            [
                (
                    "indirect",
                    "that she should not have to sacrifice her privacy",
                    "contended",
                    "His ex-wife",
                    "His ex-wife",
                    None,
                ),
            ],
        ),
        (
            "The minister urged both sides to return to talks, a call the union welcomed but managers ignored.",
            [("indirect", "both sides to return to talks", "urged", "The minister", "The minister", None)],
        ),
        # a headline's verb of saying inside a "speaker" is the verb, the word after it is no cue
        (
            "Family Demands Answers After Police Shooting\n\nThe family of the man met lawyers on Monday.",
            [("indirect", "Answers After Police Shooting", "Demands", "Family", "Family", None)],
        ),
        (
            "Shell Profits Fall, Chief Blames Weak Demand\n\nThe company met its staff on Monday.",
            [("indirect", "Weak Demand", "Blames", "Chief", "Chief", None)],
        ),
        # a claim after a parenthetical attribution's closing comma is nested in its content, not its end
        (
            "For years, the families said, police had blamed fans for the deaths.",
            [
                (
                    "indirect",
                    "For years, the families said, police had blamed fans for the deaths",
                    "said",
                    "the families",
                    "the families",
                    None,
                ),
                ("indirect", "fans for the deaths", "blamed", "police", "police", None),
            ],
        ),
        # but a clause opening with a conjunction there is the speaker's next act
        (
            "The crew was never in danger, managers insisted, though they admitted that the drill was the third.",
            [
                ("indirect", "The crew was never in danger", "insisted", "managers", "managers", None),
                ("indirect", "that the drill was the third", "admitted", "they", "managers", None),
            ],
        ),
        # "answers to" names whom the subject is accountable to, no claim
        ("For the Kremlin, the lesson is that Ukraine answers to Washington, not to its own people.", []),
        (
            "The minister answered that the plan was legal.",
            [("indirect", "that the plan was legal", "answered", "The minister", "The minister", None)],
        ),
        # a past cue that only sets its noun's time before the clause's own verb is a participle
        (
            "The union said that a strike planned for next week would go ahead.",
            [
                (
                    "indirect",
                    "that a strike planned for next week would go ahead",
                    "said",
                    "The union",
                    "The union",
                    None,
                )
            ],
        ),
        (
            "The strike called for Friday will go ahead, the union said.",
            [("indirect", "The strike called for Friday will go ahead", "said", "the union", "the union", None)],
        ),
        # ... but not a cue whose claim starts with a clause
        (
            "The ministry announced on Monday it would cut taxes.",
            [("indirect", "it would cut taxes", "announced", "The ministry", "The ministry", None)],
        ),
        # a date right before the claim's verb is the claim's subject, not the time of saying
        (
            "The ministry said Friday was a day of mourning.",
            [("indirect", "Friday was a day of mourning", "said", "The ministry", "The ministry", None)],
        ),
        (
            "Scientists said last year was the hottest on record.",
            [("indirect", "last year was the hottest on record", "said", "Scientists", "Scientists", None)],
        ),
        # a passive participle with its agent is no speaker of the verb after it
        (
            'The minister said armed groups "financed and organized by Serbia" had attacked his officers.',
            [
                (
                    "indirect",
                    'armed groups "financed and organized by Serbia" had attacked his officers',
                    "said",
                    "The minister",
                    "The minister",
                    None,
                )
            ],
        ),
        # a relative clause with an object after a speaker who follows the quote: the noun it describes
        (
            '"We are disappointed," a European diplomat who attended the talks said.',
            [("direct", '"We are disappointed,"', "said", "a European diplomat", "a European diplomat", None)],
        ),
        (
            '"It failed," an official who has seen the report said.',
            [("direct", '"It failed,"', "said", "an official", "an official", None)],
        ),
        # but a pronoun the relative completes keeps it
        (
            '"It failed," those who attended the talks said.',
            [("direct", '"It failed,"', "said", "those who attended the talks", "those who attended the talks", None)],
        ),
        # a cue of saying or blaming after "and" that closes a denied that-clause is the denier's
        (
            "The minister denied that officers had used live ammunition and accused opposition politicians of inciting violence.",
            [
                ("indirect", "that officers had used live ammunition", "denied", "The minister", "The minister", None),
                (
                    "indirect",
                    "opposition politicians of inciting violence",
                    "accused",
                    "The minister",
                    "The minister",
                    None,
                ),
            ],
        ),
        # but another act after "and" stays in the denied claim
        (
            "The minister denied that officers had entered the village and questioned residents.",
            [
                (
                    "indirect",
                    "that officers had entered the village and questioned residents",
                    "denied",
                    "The minister",
                    "The minister",
                    None,
                )
            ],
        ),
        # a manner or a vote's tally between the cue and "that" is no part of the claim
        (
            "The court ruled 5-4 on Tuesday that the state law violated the constitution.",
            [
                (
                    "indirect",
                    "that the state law violated the constitution",
                    "ruled",
                    "The court",
                    "The court",
                    None,
                )
            ],
        ),
        (
            "The panel found unanimously that the minister had broken the rules.",
            [("indirect", "that the minister had broken the rules", "found", "The panel", "The panel", None)],
        ),
        # but a range of numbers opens the claim's subject
        (
            "The union said 20-30 people were hurt.",
            [("indirect", "20-30 people were hurt", "said", "The union", "The union", None)],
        ),
        # a body's wing speaks for whom its owner speaks for
        (
            "Pakistan's army said militants had attacked a border post. The military's media wing said the attackers were Taliban.",
            [
                (
                    "indirect",
                    "militants had attacked a border post",
                    "said",
                    "Pakistan's army",
                    "Pakistan's army",
                    "Pakistan",
                ),
                (
                    "indirect",
                    "the attackers were Taliban",
                    "said",
                    "The military's media wing",
                    "The military's media wing",
                    "Pakistan",
                ),
            ],
        ),
        # "with some doing A and others saying B": the group after "and" speaks
        (
            "Parents were divided, with some supporting the teachers and others saying children were paying the price.",
            [("indirect", "children were paying the price", "saying", "others", "others", None)],
        ),
        # but a participle without an object is part of a coordinated subject
        (
            "Many living abroad and others said the vote was rigged.",
            [
                (
                    "indirect",
                    "the vote was rigged",
                    "said",
                    "Many living abroad and others",
                    "Many living abroad and others",
                    None,
                )
            ],
        ),
        # a phrasal verb of answering is a cue, before a that-clause or after a quotation
        (
            "The governor fired back that his opponent had voted for every tax increase.",
            [
                (
                    "indirect",
                    "that his opponent had voted for every tax increase",
                    "fired back",
                    "The governor",
                    "The governor",
                    None,
                )
            ],
        ),
        (
            '"That is simply false," the minister shot back.',
            [("direct", '"That is simply false,"', "shot back", "the minister", "the minister", None)],
        ),
        # but a return of fire is no act of saying
        ("Police fired back at the gunmen after they opened fire.", []),
        # a cue right before a participle of saying leaves the claim to the participle
        (
            "The ministry hit back, saying the report was biased. The embassy responded, accusing Kyiv of lying.",
            [
                ("indirect", "the report was biased", "saying", "The ministry", "The ministry", None),
                ("indirect", "Kyiv of lying", "accusing", "The embassy", "The embassy", None),
            ],
        ),
        # but not to one naming its source
        (
            "The agency reported, quoting officials, that the talks had failed.",
            [("indirect", "that the talks had failed", "reported", "The agency", "The agency", None)],
        ),
        # a people's adjective before a noun that is also a cue is no speaker
        (
            'Moscow called the Polish claims "fantasies." Russian reports blamed the weather.',
            [
                ("indirect", 'the Polish claims "fantasies."', "called", "Moscow", "Moscow", "Russia"),
                ("indirect", "the weather", "blamed", "Russian reports", "Russian reports", "Russia"),
            ],
        ),
        # but one of the people is (a person, who does not speak for the United Kingdom)
        (
            "A Briton claims he was tortured in Dubai.",
            [("indirect", "he was tortured in Dubai", "claims", "A Briton", "A Briton", None)],
        ),
        # a video showing a person doing something depicts them: no claim of the video's, and the
        # person depicted is the one who pleads, also after the time it was released
        (
            "Hamas released a video on Saturday showing a hostage pleading for his release.",
            [("indirect", "for his release", "pleading", "a hostage", "a hostage", None)],
        ),
        ("A video showing a hostage was aired.", []),
        (
            "Police released footage of a woman pleading for help.",
            [("indirect", "for help", "pleading", "a woman", "a woman", None)],
        ),
        # but a document issued at a time speaks for its issuer
        (
            "The family issued a statement on Monday saying they were devastated.",
            [("indirect", "they were devastated", "saying", "The family", "The family", None)],
        ),
        # a delegation or a negotiator speaks for the state that sent it
        (
            "Saudi Arabia rejected the report. Its delegation said the report was false.",
            [
                ("indirect", "the report", "rejected", "Saudi Arabia", "Saudi Arabia", "Saudi Arabia"),
                ("indirect", "the report was false", "said", "Its delegation", "Its delegation", "Saudi Arabia"),
            ],
        ),
        # an adverb between a plural subject and a verb that is a noun too leaves it a verb
        (
            "Western diplomats privately concede that their pressure has been weak. Officials now claim the fire was set.",
            [
                (
                    "indirect",
                    "that their pressure has been weak",
                    "concede",
                    "Western diplomats",
                    "Western diplomats",
                    None,
                ),
                ("indirect", "the fire was set", "claim", "Officials", "Officials", None),
            ],
        ),
        # a roundup's paragraph labelled with a state: its body speaks for that state
        (
            "Syria: The Syrian foreign minister condemned the attack.\n\nRussia: The foreign ministry said the strike was illegal.",
            [
                (
                    "indirect",
                    "the attack",
                    "condemned",
                    "The Syrian foreign minister",
                    "The Syrian foreign minister",
                    "Syria",
                ),
                (
                    "indirect",
                    "the strike was illegal",
                    "said",
                    "The foreign ministry",
                    "The foreign ministry",
                    "Russia",
                ),
            ],
        ),
        # but a label that names no actor leaves the body to the speaker before
        (
            "The Syrian foreign minister condemned the attack.\n\nUpdate: The foreign ministry said the strike was illegal.",
            [
                (
                    "indirect",
                    "the attack",
                    "condemned",
                    "The Syrian foreign minister",
                    "The Syrian foreign minister",
                    "Syria",
                ),
                ("indirect", "the strike was illegal", "said", "The foreign ministry", "The foreign ministry", "Syria"),
            ],
        ),
        # a "that" after a second cue coordinated with the first is the second cue's
        (
            "The minister promised to review the prices but warned that rioters would be punished.",
            [
                ("indirect", "to review the prices", "promised", "The minister", "The minister", None),
                ("indirect", "that rioters would be punished", "warned", "The minister", "The minister", None),
            ],
        ),
        (
            "The union promised higher wages and conceded that the talks could fail.",
            [
                ("indirect", "higher wages", "promised", "The union", "The union", None),
                ("indirect", "that the talks could fail", "conceded", "The union", "The union", None),
            ],
        ),
        # but a "that" after a coordinated clause with no cue stays the first cue's
        (
            "The minister told reporters the plan had failed and that he would resign.",
            [
                (
                    "indirect",
                    "the plan had failed and that he would resign",
                    "told",
                    "The minister",
                    "The minister",
                    None,
                ),
            ],
        ),
        # an official of aid work speaks for no earlier speaker's actor
        (
            "The RSF said the army had bombed markets. A senior aid official said both sides were to blame.",
            [
                ("indirect", "the army had bombed markets", "said", "The RSF", "The RSF", "Rapid Support Forces"),
                (
                    "indirect",
                    "both sides were to blame",
                    "said",
                    "A senior aid official",
                    "A senior aid official",
                    None,
                ),
            ],
        ),
        # but one with no such modifier is one of the last speaker's
        (
            "The RSF said the army had bombed markets. A senior official said both sides were to blame.",
            [
                ("indirect", "the army had bombed markets", "said", "The RSF", "The RSF", "Rapid Support Forces"),
                (
                    "indirect",
                    "both sides were to blame",
                    "said",
                    "A senior official",
                    "A senior official",
                    "Rapid Support Forces",
                ),
            ],
        ),
        # a list item's bullet is no word of its speaker
        (
            "Facts:\n\n- Russia has blamed the United States.",
            [("indirect", "the United States", "blamed", "Russia", "Russia", "Russia")],
        ),
        # "who" after a name and a role set off by a comma is the named person's
        (
            '"Workers are paying," said Karen Doyle, general secretary of the union, who added that members would strike.',
            [
                ("direct", '"Workers are paying,"', "said", "Karen Doyle", "Karen Doyle", None),
                ("indirect", "that members would strike", "added", "who", "Karen Doyle", None),
            ],
        ),
        # but a role with a determiner is a noun phrase of its own, whose "of" phrase is no holder
        (
            "He met the leaders, members of the union, who said they would strike.",
            [("indirect", "they would strike", "said", "who", "members of the union", None)],
        ),
        # a phrase inside another cue's claim is no speaker of a cue form at its end ("the Baltic states")
        (
            "The Kremlin's spokesman, Dmitry Peskov, said the claims were groundless and typical of the"
            ' "hysteria" in the Baltic states.',
            [
                (
                    "indirect",
                    'the claims were groundless and typical of the "hysteria" in the Baltic states',
                    "said",
                    "The Kremlin's spokesman, Dmitry Peskov",
                    "The Kremlin's spokesman, Dmitry Peskov",
                    "Russia",
                ),
            ],
        ),
        # a relative "where" with a verb of its own leaves the noun phrase before it to speak
        (
            "The owner of the plant where the blast happened said the regulator was to blame.",
            [
                (
                    "indirect",
                    "the regulator was to blame",
                    "said",
                    "The owner of the plant",
                    "The owner of the plant",
                    None,
                ),
            ],
        ),
        # but with no verb of its own the words after it are the cue's subject
        (
            "That is where the officials said the dam failed.",
            [("indirect", "the dam failed", "said", "the officials", "the officials", None)],
        ),
        # "it" after a spokesman for a body is the body, even with another body speaking before
        (
            "The ministry said the claim was untrue. A spokesman for the Russian embassy said it regretted "
            "the strike, which it described as unnecessary.",
            [
                ("indirect", "the claim was untrue", "said", "The ministry", "The ministry", None),
                (
                    "indirect",
                    "it regretted the strike",
                    "said",
                    "A spokesman for the Russian embassy",
                    "A spokesman for the Russian embassy",
                    "Russia",
                ),
                (
                    "indirect",
                    "which it described as unnecessary",
                    "described",
                    "it",
                    "the Russian embassy",
                    "Russia",
                ),
            ],
        ),
        # people sent, told or tasked to do something speak with the infinitive's object in their phrase
        (
            "Officials tasked to monitor the vote said it was fair.",
            [
                (
                    "indirect",
                    "it was fair",
                    "said",
                    "Officials tasked to monitor the vote",
                    "Officials tasked to monitor the vote",
                    None,
                )
            ],
        ),
        (
            "Observers sent to monitor the election said it was fair.",
            [
                (
                    "indirect",
                    "it was fair",
                    "said",
                    "Observers sent to monitor the election",
                    "Observers sent to monitor the election",
                    None,
                )
            ],
        ),
        (
            "Residents told to leave their homes said they had nowhere to go.",
            [
                (
                    "indirect",
                    "they had nowhere to go",
                    "said",
                    "Residents told to leave their homes",
                    "Residents told to leave their homes",
                    None,
                )
            ],
        ),
        # but a verb with its object before "to" tells
        (
            "Police told reporters to leave the area.",
            [("indirect", "reporters to leave the area", "told", "Police", "Police", None)],
        ),
        # a state's body after a person who spoke in a clause of the sentence before is the state
        # that sentence is about in the outlet's words, not the person's
        (
            "Beijing announced tariffs on Monday, hours after President Donald Trump warned China not to hit "
            "back. The commerce ministry said the measures were a response.",
            [
                (
                    "indirect",
                    "China not to hit back",
                    "warned",
                    "President Donald Trump",
                    "President Donald Trump",
                    "United States",
                ),
                (
                    "indirect",
                    "the measures were a response",
                    "said",
                    "The commerce ministry",
                    "The commerce ministry",
                    "China",
                ),
            ],
        ),
        # but a state named inside a claim is the claim's, no body's owner
        (
            "Israel struck the camp, Palestinian President Mahmoud Abbas said. The foreign ministry said it "
            "was a massacre.",
            [
                (
                    "indirect",
                    "Israel struck the camp",
                    "said",
                    "Palestinian President Mahmoud Abbas",
                    "Palestinian President Mahmoud Abbas",
                    "Palestinians",
                ),
                ("indirect", "it was a massacre", "said", "The foreign ministry", "The foreign ministry", None),
            ],
        ),
        # a bare plural addressed before a clause opening with a determiner
        (
            "The chief executive told employees the company would keep working.",
            [
                (
                    "indirect",
                    "the company would keep working",
                    "told",
                    "The chief executive",
                    "The chief executive",
                    None,
                )
            ],
        ),
        (
            "Lagarde assured investors the bank would act.",
            [("indirect", "the bank would act", "assured", "Lagarde", "Lagarde", None)],
        ),
        # a perfect inside the claim is the claim's verb: after a comma, the next past cue is the subject's
        (
            "Greenpeace said the policies had encouraged logging, and accused ministers of lying.",
            [
                ("indirect", "the policies had encouraged logging", "said", "Greenpeace", "Greenpeace", None),
                ("indirect", "ministers of lying", "accused", "Greenpeace", "Greenpeace", None),
            ],
        ),
        # after the time of saying, a subject with a prepositional phrase opens the claim
        (
            "Investigators said on Thursday the crash of the plane was caused by pilot error.",
            [
                (
                    "indirect",
                    "the crash of the plane was caused by pilot error",
                    "said",
                    "Investigators",
                    "Investigators",
                    None,
                )
            ],
        ),
        (
            "French investigators said on Thursday the cause of the crash was pilot error.",
            [
                (
                    "indirect",
                    "the cause of the crash was pilot error",
                    "said",
                    "French investigators",
                    "French investigators",
                    "France",
                )
            ],
        ),
        # a charge or an intention ends before ", as" and a past event with its own subject
        (
            "Poor countries accused rich nations of failing to pay, as talks at the summit ran into overtime.",
            [
                (
                    "indirect",
                    "rich nations of failing to pay",
                    "accused",
                    "Poor countries",
                    "Poor countries",
                    None,
                )
            ],
        ),
        (
            "The union vowed to keep striking, as talks with the company collapsed.",
            [("indirect", "to keep striking", "vowed", "The union", "The union", None)],
        ),
        # a spokesman for a group, or the group's spokesman by name, speaks for the group named last
        (
            "Hamas fired rockets at Israel, a spokesman for the group said.",
            [
                (
                    "indirect",
                    "Hamas fired rockets at Israel",
                    "said",
                    "a spokesman for the group",
                    "a spokesman for the group",
                    "Hamas",
                )
            ],
        ),
        (
            "Hamas fired rockets at Israel, the group's spokesman Abu Obeida said.",
            [
                (
                    "indirect",
                    "Hamas fired rockets at Israel",
                    "said",
                    "the group's spokesman Abu Obeida",
                    "the group's spokesman Abu Obeida",
                    "Hamas",
                )
            ],
        ),
        # land claimed in a relative clause leaves the main verb's claim alone
        (
            "The Philippines, which also claims the reef, said it would file a protest.",
            [("indirect", "it would file a protest", "said", "The Philippines", "The Philippines", "Philippines")],
        ),
        # but a claim of an attack stays one
        (
            "Houthi rebels claimed the attack on the base.",
            [("indirect", "the attack on the base", "claimed", "Houthi rebels", "Houthi rebels", "Houthis")],
        ),
        # a pronoun after a preposition is part of the speaker phrase, no contact relative's subject
        (
            "A rocket exploded on Wednesday, the company behind it said.",
            [
                (
                    "indirect",
                    "A rocket exploded on Wednesday",
                    "said",
                    "the company behind it",
                    "the company behind it",
                    None,
                )
            ],
        ),
        # "for" and a stretch of time is how long the verb went on, no phrasal cue's object
        (
            "She has argued for years that the law is unfair.",
            [("indirect", "that the law is unfair", "argued", "She", "She", None)],
        ),
        (
            "They argued for a ceasefire.",
            [("indirect", "a ceasefire", "argued for", "They", "They", None)],
        ),
        # a free relative's verb and a verb joined after it: nothing claimed, and the joined verb
        # is the outer clause's
        (
            "The ministry said the findings matched what Ankara had said all along and urged Brussels to act.",
            [
                (
                    "indirect",
                    "the findings matched what Ankara had said all along and urged Brussels to act",
                    "said",
                    "The ministry",
                    "The ministry",
                    None,
                )
            ],
        ),
        (
            "The ministry said the report confirmed what Ankara had argued for years and called on the EU to act.",
            [
                (
                    "indirect",
                    "the report confirmed what Ankara had argued for years and called on the EU to act",
                    "said",
                    "The ministry",
                    "The ministry",
                    None,
                )
            ],
        ),
        # "The" and an office as a sentence's subject is a person "he" may name later
        (
            "The transport minister resigned on Saturday after newspapers reported that he had lobbied for a firm."
            " In his resignation letter, he said he had done nothing wrong.",
            [
                ("indirect", "that he had lobbied for a firm", "reported", "newspapers", "newspapers", None),
                ("indirect", "he had done nothing wrong", "said", "he", "The transport minister", None),
            ],
        ),
        # the medium that quoted the speaker, however long, after the wire's passive cue
        (
            '"This is a hybrid attack," the minister was quoted as saying by the PAP news agency.',
            [
                (
                    "direct",
                    '"This is a hybrid attack,"',
                    "was quoted as saying",
                    "the minister",
                    "the minister",
                    None,
                )
            ],
        ),
        # but not a clause after it
        (
            "Peskov was quoted as saying by Interfax that the talks had failed.",
            [("indirect", "that the talks had failed", "was quoted as saying", "Peskov", "Peskov", "Russia")],
        ),
        # a document that reads, named with more words
        (
            'A statement from the Saudi royal court read: "The kingdom had no knowledge of the operation."',
            [
                (
                    "direct",
                    '"The kingdom had no knowledge of the operation."',
                    "read",
                    "A statement from the Saudi royal court",
                    "A statement from the Saudi royal court",
                    "Saudi Arabia",
                )
            ],
        ),
        # "whose" and its object before the relative clause's subject: the subject speaks, and the
        # claim runs from "whose"
        (
            "It targeted the militia, whose leaders Washington says are behind the attacks.",
            [
                (
                    "indirect",
                    "whose leaders Washington says are behind the attacks",
                    "says",
                    "Washington",
                    "Washington",
                    "United States",
                )
            ],
        ),
        (
            "It targeted the militia, whose leader the ministry said was killed.",
            [("indirect", "whose leader the ministry said was killed", "said", "the ministry", "the ministry", None)],
        ),
        # but a title before a name is the subject
        (
            "The department, whose spokesman Ned Price said the plan was sound, declined to comment.",
            [
                (
                    "indirect",
                    "the plan was sound",
                    "said",
                    "whose spokesman Ned Price",
                    "whose spokesman Ned Price",
                    None,
                ),
                ("indirect", "to comment", "declined", "The department", "The department", None),
            ],
        ),
        # another speaker's act after "with" ends the claim before it
        (
            "Moscow pinned the blame on Kyiv, with the Kremlin's spokesman telling reporters that shelling had"
            " caused the collapse.",
            [
                ("indirect", "on Kyiv", "pinned the blame", "Moscow", "Moscow", "Russia"),
                (
                    "indirect",
                    "that shelling had caused the collapse",
                    "telling",
                    "the Kremlin's spokesman",
                    "the Kremlin's spokesman",
                    "Russia",
                ),
            ],
        ),
        # but another act after "with" may be part of the claim
        (
            "Diplomats said the list had been agreed after weeks of haggling, with Hungary initially blocking it.",
            [
                (
                    "indirect",
                    "the list had been agreed after weeks of haggling, with Hungary initially blocking it",
                    "said",
                    "Diplomats",
                    "Diplomats",
                    None,
                )
            ],
        ),
        # "confirm or deny" is one cue, whatever adverb comes before it
        (
            "Israeli officials rarely confirm or deny involvement in such operations.",
            [
                (
                    "indirect",
                    "involvement in such operations",
                    "confirm or deny",
                    "Israeli officials",
                    "Israeli officials",
                    "Israel",
                )
            ],
        ),
        (
            "Israel neither confirmed nor denied involvement in the attack.",
            [("indirect", "involvement in the attack", "neither confirmed nor denied", "Israel", "Israel", "Israel")],
        ),
        # a past spelled like a noun before its particle is the subject's verb
        (
            "Police shut down the offices on Monday, saying the party had failed to register.",
            [("indirect", "the party had failed to register", "saying", "Police", "Police", None)],
        ),
        (
            "Rebels shot dead two guards at the mine, saying they were government spies.",
            [("indirect", "they were government spies", "saying", "Rebels", "Rebels", None)],
        ),
        # a past seldom a noun is a verb before any determiner
        (
            "Serbia's president put the army on high alert and accused Pristina of provoking the violence.",
            [
                (
                    "indirect",
                    "Pristina of provoking the violence",
                    "accused",
                    "Serbia's president",
                    "Serbia's president",
                    "Serbia",
                )
            ],
        ),
        # a past form after "be", a word and "and" shares the "be" when no object follows it
        (
            "Guyana's president said the ship's visit was routine and planned long ago.",
            [
                (
                    "indirect",
                    "the ship's visit was routine and planned long ago",
                    "said",
                    "Guyana's president",
                    "Guyana's president",
                    "Guyana",
                )
            ],
        ),
        (
            "The plan was drafted and announced last week, officials said.",
            [("indirect", "The plan was drafted and announced last week", "said", "officials", "officials", None)],
        ),
        # but with an object or a claim it is the subject's next act
        (
            "The minister was defiant and insisted there had been no wrongdoing.",
            [("indirect", "there had been no wrongdoing", "insisted", "The minister", "The minister", None)],
        ),
        (
            "He was angry and said in a statement that the plan was dead.",
            [("indirect", "that the plan was dead", "said", "He", "He", None)],
        ),
        # a thing labelled with "what it called / described as" ends at the subject's next act
        (
            'Syria condemned what it described as a "heinous crime" and held Israel fully responsible.',
            [("indirect", 'what it described as a "heinous crime"', "condemned", "Syria", "Syria", "Syria")],
        ),
        (
            "Syria condemned what it called a heinous crime and held Israel fully responsible.",
            [("indirect", "what it called a heinous crime", "condemned", "Syria", "Syria", "Syria")],
        ),
        # "responsible" after a verb is a claim's predicate, no verdict on an object
        (
            "The ministry said Poland was responsible for the disaster because it closed the border.",
            [
                (
                    "indirect",
                    "Poland was responsible for the disaster because it closed the border",
                    "said",
                    "The ministry",
                    "The ministry",
                    None,
                ),
            ],
        ),
        # a relative set off by a comma speaks the cue coordinated with its own
        (
            "The army blamed the rebels, who denied any involvement and accused the army of staging the assault.",
            [
                ("indirect", "the rebels", "blamed", "The army", "The army", None),
                ("indirect", "any involvement", "denied", "who", "the rebels", None),
                ("indirect", "the army of staging the assault", "accused", "who", "the rebels", None),
            ],
        ),
        # a body named as a sentence's subject inside a quote is no "he"
        (
            'The prime minister spoke in parliament. "We inherited a mess. The previous government left '
            'the finances in ruins," he said.',
            [
                (
                    "direct",
                    '"We inherited a mess. The previous government left the finances in ruins,"',
                    "said",
                    "he",
                    "The prime minister",
                    None,
                ),
            ],
        ),
        # a role and the body it serves may run longer than other subjects
        (
            "A spokesman for Ukraine's SBU security service hinted at its involvement, saying the bridge was closed.",
            [
                (
                    "indirect",
                    "the bridge was closed",
                    "saying",
                    "A spokesman for Ukraine's SBU security service",
                    "A spokesman for Ukraine's SBU security service",
                    "Ukraine",
                ),
            ],
        ),
        (
            "The new interim leader of the small opposition party walked out, calling the vote a sham.",
            [
                (
                    "indirect",
                    "the vote a sham",
                    "calling",
                    "The new interim leader of the small opposition party",
                    "The new interim leader of the small opposition party",
                    None,
                ),
            ],
        ),
        # a possessive is no verb ending the subject
        (
            "The Japanese minister's chief adviser resigned, citing health reasons.",
            [
                (
                    "indirect",
                    "health reasons",
                    "citing",
                    "The Japanese minister's chief adviser",
                    "The Japanese minister's chief adviser",
                    "Japan",
                ),
            ],
        ),
        # a plural of people after an adjective is no verb ending the subject
        (
            "Angry farmers in the north blocked roads, demanding lower fuel taxes.",
            [
                (
                    "indirect",
                    "lower fuel taxes",
                    "demanding",
                    "Angry farmers in the north",
                    "Angry farmers in the north",
                    None,
                ),
            ],
        ),
        (
            "Rival activists clashed outside the court, accusing each other of lying.",
            [("indirect", "each other of lying", "accusing", "Rival activists", "Rival activists", None)],
        ),
        # a document with a possessive owner reads a quote
        (
            '"We consider this a planned terrorist act," the Kremlin\'s statement read.',
            [
                (
                    "direct",
                    '"We consider this a planned terrorist act,"',
                    "read",
                    "the Kremlin's statement",
                    "the Kremlin's statement",
                    "Russia",
                ),
            ],
        ),
        # an owner no actor stands for keeps a body from the last speaker's actor
        (
            "South Korea's presidential office said the demolition was senseless. The North's state news "
            "agency said the move reflected public anger.",
            [
                (
                    "indirect",
                    "the demolition was senseless",
                    "said",
                    "South Korea's presidential office",
                    "South Korea's presidential office",
                    "South Korea",
                ),
                (
                    "indirect",
                    "the move reflected public anger",
                    "said",
                    "The North's state news agency",
                    "The North's state news agency",
                    None,
                ),
            ],
        ),
        # a combatant subject with a place after its head makes an act of force
        (
            "Gunmen from Afghanistan attacked a Pakistani border post overnight, the army said.",
            [
                (
                    "indirect",
                    "Gunmen from Afghanistan attacked a Pakistani border post overnight",
                    "said",
                    "the army",
                    "the army",
                    None,
                ),
            ],
        ),
        # a time opening the sentence is no part of the subject "it" stands for
        (
            'Last week Hezbollah fired rockets at an army post near the border, a move it called "a warning".',
            [("direct", '"a warning"', "called", "it", "Hezbollah", "Hezbollah")],
        ),
        # a coordinated cue whose object has a participle with its own agent is no passive
        (
            "The agency said that thousands faced famine, and blamed the blockade imposed by the army for the crisis.",
            [
                ("indirect", "that thousands faced famine", "said", "The agency", "The agency", None),
                (
                    "indirect",
                    "the blockade imposed by the army for the crisis",
                    "blamed",
                    "The agency",
                    "The agency",
                    None,
                ),
            ],
        ),
        # a person named again by given name, as features do, is whom "she" names
        (
            "When Amina Yusuf returned to her village, nothing was left.\n\nThe ministry said the claim was baseless."
            '\n\nAmina is not waiting for the audit. "We will wait forever," she said.',
            [
                ("indirect", "the claim was baseless", "said", "The ministry", "The ministry", None),
                ("direct", '"We will wait forever,"', "said", "she", "Amina", None),
            ],
        ),
        # a perfect's second participle shares its auxiliary and stays in the claim
        (
            "The group said it had stolen and published the records.",
            [("indirect", "it had stolen and published the records", "said", "The group", "The group", None)],
        ),
        # but two cues sharing a perfect are the subject's
        (
            "Russia had repeatedly warned and accused Israel of recklessness.",
            [("indirect", "Israel of recklessness", "accused", "Russia", "Russia", "Russia")],
        ),
        # a single name set off after a person's noun is a person "he" may name
        (
            "The ministry said the claim was baseless.\n\nHer neighbour, Ibrahim, was angrier. He blamed the governor.",
            [
                ("indirect", "the claim was baseless", "said", "The ministry", "The ministry", None),
                ("indirect", "the governor", "blamed", "He", "Ibrahim", None),
            ],
        ),
        # "in" and a place after the speaker is part of it, not a time
        (
            "China's embassy in Washington said it had no knowledge of the case.",
            [
                (
                    "indirect",
                    "it had no knowledge of the case",
                    "said",
                    "China's embassy in Washington",
                    "China's embassy in Washington",
                    "China",
                )
            ],
        ),
        # but "in" and a month is a time
        (
            "The ministry in March said the plan was dead.",
            [("indirect", "the plan was dead", "said", "The ministry", "The ministry", None)],
        ),
        # a charge's participle on a noun after the comma closes no attribution
        ("Police found nine bodies, the latest in a wave of killings blamed on rival cartels.", []),
        # but the verb before a day does
        (
            "The bridge fell because of poor repairs, the engineer blamed on Monday.",
            [
                (
                    "indirect",
                    "The bridge fell because of poor repairs",
                    "blamed",
                    "the engineer",
                    "the engineer",
                    None,
                )
            ],
        ),
        # a time opening the sentence before a bare plural or people's noun is no part of the speaker
        (
            "Last week police said the suspect had fled.",
            [("indirect", "the suspect had fled", "said", "police", "police", None)],
        ),
        (
            "On Tuesday protesters said the vote was rigged.",
            [("indirect", "the vote was rigged", "said", "protesters", "protesters", None)],
        ),
        # also with a part of the day
        (
            "Yesterday afternoon police said the road was shut.",
            [("indirect", "the road was shut", "said", "police", "police", None)],
        ),
        # a participle's addressee and a topic after it make no claim, as the verb's own clause does not
        (
            "Iran condemned the strike, warning Israel against a wider war.",
            [("indirect", "the strike", "condemned", "Iran", "Iran", "Iran")],
        ),
        ("Iran warned Israel against a wider war.", []),
        # the subject's next act after "and" ends an object: a verb that never modifies a noun
        (
            "Iran condemned the strike and urged restraint.",
            [("indirect", "the strike", "condemned", "Iran", "Iran", "Iran")],
        ),
        (
            "Iran condemned the strike and offered condolences.",
            [("indirect", "the strike", "condemned", "Iran", "Iran", "Iran")],
        ),
        (
            "The mayor praised the crews and told reporters about the plan.",
            [
                ("indirect", "the crews", "praised", "The mayor", "The mayor", None),
                ("indirect", "reporters about the plan", "told", "The mayor", "The mayor", None),
            ],
        ),
        # a participle before its agent is no clause's verb in a speaker
        (
            "A statement issued by the army said soldiers had found weapons.",
            [
                (
                    "indirect",
                    "soldiers had found weapons",
                    "said",
                    "A statement issued by the army",
                    "A statement issued by the army",
                    None,
                )
            ],
        ),
        # "it" never stands for things joined by "and" to a common noun
        (
            "The army said troops raided a hospital, an accusation the group and hospital staff rejected. "
            "It released video that it said showed a tunnel.",
            [
                ("indirect", "troops raided a hospital", "said", "The army", "The army", None),
                (
                    "indirect",
                    "troops raided a hospital",
                    "rejected",
                    "the group and hospital staff",
                    "the group and hospital staff",
                    None,
                ),
                ("indirect", "showed a tunnel", "said", "it", "The army", None),
            ],
        ),
        # a relative on the claim before a verb of dispute disputes the claim reported there
        (
            "Israel said Hamas fired the rocket, which Hamas denied.",
            [
                ("indirect", "Hamas fired the rocket", "said", "Israel", "Israel", "Israel"),
                ("indirect", "Hamas fired the rocket", "denied", "Hamas", "Hamas", "Hamas"),
            ],
        ),
        # a cue in a "who" relative after "according to" is the relative's, not the source's
        (
            "The memo was ignored, according to two employees who feared retaliation.",
            [("indirect", "The memo was ignored", "according to", "two employees", "two employees", None)],
        ),
        # a day between a passive and its complement
        (
            "The minister was accused on Wednesday of misleading Parliament.",
            [
                (
                    "indirect",
                    "The minister was accused on Wednesday of misleading Parliament",
                    "accused",
                    None,
                    None,
                    None,
                )
            ],
        ),
        # a court filing's author speaks through it ("filed a lawsuit alleging")
        (
            "The union filed a lawsuit alleging that the company had cut wages.",
            [("indirect", "that the company had cut wages", "alleging", "The union", "The union", None)],
        ),
        (
            "The families filed a petition arguing that the law was unconstitutional.",
            [
                (
                    "indirect",
                    "that the law was unconstitutional",
                    "arguing",
                    "The families",
                    "The families",
                    None,
                )
            ],
        ),
        # a finding after a comma is the subject's
        (
            "A judge dismissed the case, finding that the plaintiffs had failed to prove their claims.",
            [
                ("indirect", "the case", "dismissed", "A judge", "A judge", None),
                (
                    "indirect",
                    "that the plaintiffs had failed to prove their claims",
                    "finding",
                    "A judge",
                    "A judge",
                    None,
                ),
            ],
        ),
        # "regards X as Y", as "considers"
        (
            "The Russian side regards these actions as a violation of the law.",
            [
                (
                    "indirect",
                    "these actions as a violation of the law",
                    "regards",
                    "The Russian side",
                    "The Russian side",
                    "Russia",
                )
            ],
        ),
        # "the command" is the command that spoke before
        (
            "The U.S. Indo-Pacific Command said the ship was unsafe. The command said it violated the rules.",
            [
                (
                    "indirect",
                    "the ship was unsafe",
                    "said",
                    "The U.S. Indo-Pacific Command",
                    "The U.S. Indo-Pacific Command",
                    "United States",
                ),
                ("indirect", "it violated the rules", "said", "The command", "The command", "United States"),
            ],
        ),
        # a role too long for a speaker keeps the role and whom it serves, before the participle
        (
            "The lawyer for a police officer charged with murder in the shooting of a 17-year-old driver told "
            "jurors that his client had feared for his life.",
            [
                (
                    "indirect",
                    "that his client had feared for his life",
                    "told",
                    "The lawyer for a police officer",
                    "The lawyer for a police officer",
                    None,
                ),
                ("indirect", "for his life", "feared", "his client", "his client", None),
            ],
        ),
        # an insertion before "that", with a quoted word or after a coordinated cue
        (
            'The agency concluded, with "low confidence," that the virus had come from a laboratory.',
            [("indirect", "that the virus had come from a laboratory", "concluded", "The agency", "The agency", None)],
        ),
        (
            "The candidate refused to concede and claimed, without offering evidence, that the election had been stolen.",
            [
                ("indirect", "to concede", "refused", "The candidate", "The candidate", None),
                ("indirect", "that the election had been stolen", "claimed", "The candidate", "The candidate", None),
            ],
        ),
        (
            "Kari Lake refused to concede on Friday and claimed, without offering evidence, that the vote was rigged.",
            [
                ("indirect", "to concede", "refused", "Kari Lake", "Kari Lake", None),
                ("indirect", "that the vote was rigged", "claimed", "Kari Lake", "Kari Lake", None),
            ],
        ),
        # a crowd is an addressee, with its size or its place after it
        (
            '"This verdict is against the will of the city," he told a crowd outside City Hall.',
            [("direct", '"This verdict is against the will of the city,"', "told", "he", "he", None)],
        ),
        (
            '"We will win," she told a cheering crowd in the square.',
            [("direct", '"We will win,"', "told", "she", "she", None)],
        ),
        (
            '"This election was stolen from you," she told a crowd of thousands.',
            [("direct", '"This election was stolen from you,"', "told", "she", "she", None)],
        ),
        # a relative clause inside a relative clause's object: the noun before the first speaks
        (
            "The company that owns the ship that struck the bridge said the crew had lost power.",
            [("indirect", "the crew had lost power", "said", "The company", "The company", None)],
        ),
        (
            "Families who lost children that attended the school said the police failed them.",
            [("indirect", "the police failed them", "said", "Families", "Families", None)],
        ),
        # "to" or "for" inside a body's name after an inverted cue
        (
            '"Journalism is not a crime," said the Committee to Protect Journalists.',
            [
                (
                    "direct",
                    '"Journalism is not a crime,"',
                    "said",
                    "the Committee to Protect Journalists",
                    "the Committee to Protect Journalists",
                    None,
                )
            ],
        ),
        (
            '"Stop it," said the committee to reporters.',
            [("direct", '"Stop it,"', "said", "the committee", "the committee", None)],
        ),
        # a verb of settling a thing reports a finding only before a clause, a side or a quotation
        (
            "The court rejected the appeal, ruling that the athlete had failed to explain the result.",
            [
                ("indirect", "the appeal", "rejected", "The court", "The court", None),
                (
                    "indirect",
                    "that the athlete had failed to explain the result",
                    "ruling",
                    "The court",
                    "The court",
                    None,
                ),
            ],
        ),
        (
            "The United States has formally determined that the group committed genocide.",
            [
                (
                    "indirect",
                    "that the group committed genocide",
                    "determined",
                    "The United States",
                    "The United States",
                    "United States",
                )
            ],
        ),
        (
            "The president, determined to avoid war, said he would talk.",
            [("indirect", "he would talk", "said", "The president", "The president", None)],
        ),
        ("Investigators determined the cause of the fire.", []),
        ("Israel has ruled Gaza since 1967.", []),
        (
            "A federal appeals court ruled Friday against Ohio's procedure for removing voters from state rolls.",
            [
                (
                    "indirect",
                    "Friday against Ohio's procedure for removing voters from state rolls",
                    "ruled",
                    "A federal appeals court",
                    "A federal appeals court",
                    None,
                )
            ],
        ),
        # a verb of putting a thing up reports only a clause or a quotation
        (
            "The senator posted on X that the flooding was God's punishment.",
            [("indirect", "that the flooding was God's punishment", "posted", "The senator", "The senator", None)],
        ),
        (
            "A senator drew criticism after posting on X that the flooding was God's punishment.",
            [("indirect", "that the flooding was God's punishment", "posting", "A senator", "A senator", None)],
        ),
        ("The group posted a video of the attack.", []),
        ("The army posted troops along the border.", []),
        # an -ing form before an auxiliary heads a subject: a noun
        ("The panel finding could be appealed.", []),
        (
            "If she is elected, the losing side in the appeals court ruling could be expected to take the case "
            "to the Supreme Court.",
            [
                (
                    "indirect",
                    "the losing side in the appeals court ruling could be expected to take the case to the Supreme "
                    "Court",
                    "expected",
                    None,
                    None,
                    None,
                )
            ],
        ),
        # a time elapsed between a cue and its "that"; a claim inside another's content ends with it
        (
            "Johnson, who had said a day earlier that he considered the matter closed, thanked him.",
            [
                ("indirect", "that he considered the matter closed", "said", "who", "Johnson", None),
                ("indirect", "the matter closed", "considered", "he", "Johnson", None),
            ],
        ),
        # a participle aside after the subject ends at the comma before the sentence's own verb
        (
            "The court, saying that the law, passed in 2010, was invalid, ordered a new trial.",
            [("indirect", "that the law, passed in 2010, was invalid", "saying", "The court", "The court", None)],
        ),
        (
            "Police, saying the crowd had turned violent, fired tear gas.",
            [("indirect", "the crowd had turned violent", "saying", "Police", "Police", None)],
        ),
        # a past participle raising its noun to a passive, with no comma or auxiliary: nobody's claim
        (
            "The FBI blamed the attack on DarkSide, a criminal group believed to operate from Russia.",
            [
                (
                    "indirect",
                    "the attack on DarkSide, a criminal group believed to operate from Russia",
                    "blamed",
                    "The FBI",
                    "The FBI",
                    "United States",
                )
            ],
        ),
        ("A man thought to be in his 40s was arrested.", []),
        # but a relative clause's own subject believes
        (
            "The group, which officials believed to be behind it, denied the charge.",
            [
                ("indirect", "which officials believed to be behind it", "believed", "officials", "officials", None),
                ("indirect", "the charge", "denied", "The group", "The group", None),
            ],
        ),
        # a participle aside of time or place only says nothing
        (
            "Chief executive Joseph Blount, testifying before the Senate, called the decision right.",
            [
                (
                    "indirect",
                    "the decision right",
                    "called",
                    "Chief executive Joseph Blount",
                    "Chief executive Joseph Blount",
                    None,
                )
            ],
        ),
        # a number opens the antecedent of "who"
        (
            '"I support the teachers," said one mother, who asked that her name not be used.',
            [
                ("direct", '"I support the teachers,"', "said", "one mother", "one mother", None),
                ("indirect", "that her name not be used", "asked", "who", "one mother", None),
            ],
        ),
        # "she" after a body and a person in one sentence is the person
        (
            "Tymoshenko said her deputies had been attacked, a claim the ruling party called "
            '"a lie from start to finish." She accused the government of lying.',
            [
                ("indirect", "her deputies had been attacked", "said", "Tymoshenko", "Tymoshenko", None),
                ("direct", '"a lie from start to finish."', "called", "the ruling party", "the ruling party", None),
                ("indirect", "the government of lying", "accused", "She", "Tymoshenko", None),
            ],
        ),
        # a fact check's verdict label is the outlet's own
        ("THE FACTS: That is false. Crime fell in most cities last year.", []),
        # a picture shows a person where it puts them; a poll finds
        ("The group released a video showing him in an orange jumpsuit.", []),
        (
            "A poll showed him in the lead in Ohio.",
            [("indirect", "him in the lead in Ohio", "showed", "A poll", "A poll", None)],
        ),
        # "a spokesman" right after a body spoke is that body's, not an earlier spokesman's
        (
            "Kremlin spokesman Dmitry Peskov said Putin had been informed. Ukraine's military intelligence said the "
            "mutiny showed weakness. A spokesman, Andriy Yusov, told television that Kyiv was watching closely.",
            [
                (
                    "indirect",
                    "Putin had been informed",
                    "said",
                    "Kremlin spokesman Dmitry Peskov",
                    "Kremlin spokesman Dmitry Peskov",
                    "Russia",
                ),
                (
                    "indirect",
                    "the mutiny showed weakness",
                    "said",
                    "Ukraine's military intelligence",
                    "Ukraine's military intelligence",
                    "Ukraine",
                ),
                (
                    "indirect",
                    "that Kyiv was watching closely",
                    "told",
                    "A spokesman, Andriy Yusov",
                    "A spokesman, Andriy Yusov",
                    "Ukraine",
                ),
            ],
        ),
        # a fact check's label opening the paragraph is no part of the claim
        (
            "THE CLAIM: Crime has doubled since 2020, the nominee said.",
            [("indirect", "Crime has doubled since 2020", "said", "the nominee", "the nominee", None)],
        ),
        # an inverted cue whose named speaker has a role set off after it closes the sentence
        (
            "Exports to China, the largest buyer, have fallen sharply, said Caleb Ragland, president of the "
            "American Soybean Association.",
            [
                (
                    "indirect",
                    "Exports to China, the largest buyer, have fallen sharply",
                    "said",
                    "Caleb Ragland",
                    "Caleb Ragland",
                    None,
                )
            ],
        ),
        # an inverted cue whose speaker goes on with a participle of saying
        (
            "The plane crashed into the sea, said the ministry, adding that nobody survived.",
            [
                ("indirect", "The plane crashed into the sea", "said", "the ministry", "the ministry", None),
                ("indirect", "that nobody survived", "adding", "the ministry", "the ministry", None),
            ],
        ),
        # an inverted cue between a claim's subject and its verb: the claim runs across it
        (
            "The armed men, said witnesses, stormed the building.",
            [
                (
                    "indirect",
                    "The armed men, said witnesses, stormed the building",
                    "said",
                    "witnesses",
                    "witnesses",
                    None,
                )
            ],
        ),
        # but a clause of its own before it is the claim, not more
        (
            "The men fled the town, said Ana Ruiz, and never came back.",
            [("indirect", "The men fled the town", "said", "Ana Ruiz", "Ana Ruiz", None)],
        ),
        # a person named with a role set off and an auxiliary is the later "he"; a speaker phrase
        # ending in a place's name is no person
        (
            "A recount in Cochise County confirmed the result on Friday.\n\nThe Republican candidate, Tom "
            "Baxter, had requested it. He conceded, saying that he accepted the result.",
            [
                (
                    "indirect",
                    "the result on Friday",
                    "confirmed",
                    "A recount in Cochise County",
                    "A recount in Cochise County",
                    None,
                ),
                ("indirect", "that he accepted the result", "saying", "He", "Tom Baxter", None),
            ],
        ),
        # also after a role with a participle in it ("newly appointed"): no verb of the sentence
        (
            'The newly appointed mayor, Ana Ruiz, had toured the site. "It is a disgrace," she said.',
            [("direct", '"It is a disgrace,"', "said", "she", "Ana Ruiz", None)],
        ),
        # but not a name set off inside a claim, nor one inside a quotation
        (
            'Maria Lopez said her side had tallies showing that its candidate, Edmundo Gonzalez, had won. "We '
            'won," she said.',
            [
                (
                    "indirect",
                    "her side had tallies showing that its candidate, Edmundo Gonzalez, had won",
                    "said",
                    "Maria Lopez",
                    "Maria Lopez",
                    None,
                ),
                ("direct", '"We won,"', "said", "she", "Maria Lopez", None),
            ],
        ),
        (
            '"My adviser, John Holdren, will issue some chart," he said.',
            [("direct", '"My adviser, John Holdren, will issue some chart,"', "said", "he", "he", None)],
        ),
        # "between" joins two things inside the subject: no conjunct speaks
        (
            "A French inquiry into last year's collision between a ferry and a fishing boat in the Bay of Biscay "
            "has found that both crews failed to keep a lookout.",
            [
                (
                    "indirect",
                    "that both crews failed to keep a lookout",
                    "found",
                    "A French inquiry",
                    "A French inquiry",
                    "France",
                )
            ],
        ),
        # a name's last word is no noun context for its verb: the next act joined by "and" is its own
        (
            "Amnesty International said the signing was part of a pattern and urged players to speak out.",
            [
                (
                    "indirect",
                    "the signing was part of a pattern",
                    "said",
                    "Amnesty International",
                    "Amnesty International",
                    "Amnesty International",
                ),
                (
                    "indirect",
                    "players to speak out",
                    "urged",
                    "Amnesty International",
                    "Amnesty International",
                    "Amnesty International",
                ),
            ],
        ),
        (
            "The Western allies said the deal was dead.",
            [("indirect", "the deal was dead", "said", "The Western allies", "The Western allies", None)],
        ),
        # a medium right after the claim's own verb is that verb's, not where the claim was made
        (
            "Vestager said the company had imposed unfair conditions on rival services that advertised on "
            "Facebook and Instagram.",
            [
                (
                    "indirect",
                    "the company had imposed unfair conditions on rival services that advertised on Facebook and "
                    "Instagram",
                    "said",
                    "Vestager",
                    "Vestager",
                    None,
                )
            ],
        ),
        (
            "He said the plan was dead in an interview with the BBC.",
            [("indirect", "the plan was dead", "said", "He", "He", None)],
        ),
        # an interview's question may be labelled with the outlet's name: a name's answer after it is direct
        (
            "The Herald spoke to the mayor, Ines Duarte, about the budget.\n\nThe Herald: You cut the library "
            "fund. Why?\n\nDuarte: We had no choice. The state cut our grant.",
            [("direct", "We had no choice. The state cut our grant", ":", "Duarte", "Duarte", None)],
        ),
        # but not after a labelled paragraph that asks nothing
        ("The Herald: You cut the library fund.\n\nDuarte: We had no choice.", []),
        # the outlet's participle clause before the cue's next "that" is inside the content
        (
            "The ministry said the drone hit a school, killing three children, and that rescuers were searching "
            "the rubble.",
            [
                (
                    "indirect",
                    "the drone hit a school, killing three children, and that rescuers were searching the rubble",
                    "said",
                    "The ministry",
                    "The ministry",
                    None,
                )
            ],
        ),
        # a plain past with its own subject after a past-perfect claim is the outlet's narration
        (
            "The retailer admitted it had overstated its profits for three years, and its auditor resigned.",
            [
                (
                    "indirect",
                    "it had overstated its profits for three years",
                    "admitted",
                    "The retailer",
                    "The retailer",
                    None,
                )
            ],
        ),
        # but a past perfect after it, the same tense, or a participle before its verb goes on with the claim
        (
            "The ministry said the army had retreated from the town, and the rebels had taken the bridge.",
            [
                (
                    "indirect",
                    "the army had retreated from the town, and the rebels had taken the bridge",
                    "said",
                    "The ministry",
                    "The ministry",
                    None,
                )
            ],
        ),
        (
            "One aide said the talks did not go well, and the meeting ended early.",
            [
                (
                    "indirect",
                    "the talks did not go well, and the meeting ended early",
                    "said",
                    "One aide",
                    "One aide",
                    None,
                )
            ],
        ),
        (
            "The charity said it had lost its funding, and the money raised was not enough.",
            [
                (
                    "indirect",
                    "it had lost its funding, and the money raised was not enough",
                    "said",
                    "The charity",
                    "The charity",
                    None,
                )
            ],
        ),
        # one who replies answers the last speaker: someone that speaker's sentence names
        (
            'The lawyer, Paul Gerrard, suggested that the witness, Mark Black, could not have seen clearly. "I know'
            ' what I saw," he replied.',
            [
                (
                    "indirect",
                    "that the witness, Mark Black, could not have seen clearly",
                    "suggested",
                    "The lawyer, Paul Gerrard",
                    "The lawyer, Paul Gerrard",
                    None,
                ),
                ("direct", '"I know what I saw,"', "replied", "he", "Mark Black", None),
            ],
        ),
        # but with nobody else named the last speaker replies, and "said" is no reply
        (
            "Paul Gerrard said the trial was unfair. Asked about the verdict, he replied that he would appeal.",
            [
                ("indirect", "the trial was unfair", "said", "Paul Gerrard", "Paul Gerrard", None),
                ("indirect", "that he would appeal", "replied", "he", "Paul Gerrard", None),
            ],
        ),
        (
            'Paul Gerrard suggested that the witness, Mark Black, was lying. "I have nothing to add," he said.',
            [
                (
                    "indirect",
                    "that the witness, Mark Black, was lying",
                    "suggested",
                    "Paul Gerrard",
                    "Paul Gerrard",
                    None,
                ),
                ("direct", '"I have nothing to add,"', "said", "he", "Paul Gerrard", None),
            ],
        ),
        # a victory puts at risk, and only the analysts' claim is told
        (
            "Analysts said that a rebel victory would threaten the stability of the region.",
            [
                (
                    "indirect",
                    "that a rebel victory would threaten the stability of the region",
                    "said",
                    "Analysts",
                    "Analysts",
                    None,
                )
            ],
        ),
        # but a body threatens by saying what it will do
        (
            "The farmers' association threatened further blockades if the plan goes ahead.",
            [
                (
                    "indirect",
                    "further blockades if the plan goes ahead",
                    "threatened",
                    "The farmers' association",
                    "The farmers' association",
                    None,
                )
            ],
        ),
        # a school's campus after a comma is part of its name
        (
            "Lead author Eric Rignot of the University of California, Irvine, said the findings were a warning.",
            [
                (
                    "indirect",
                    "the findings were a warning",
                    "said",
                    "Lead author Eric Rignot of the University of California, Irvine",
                    "Lead author Eric Rignot of the University of California, Irvine",
                    None,
                )
            ],
        ),
        # an attribution set off after a relative word claims the relative clause, not the outlet's clause
        (
            "Police arrested two men who, they said, had travelled from abroad.",
            [("indirect", "who, they said, had travelled from abroad", "said", "they", "Police", None)],
        ),
        # but with no clause of the outlet's before it, the whole sentence is claimed
        (
            "All of which, he said, would help restore confidence in the process.",
            [
                (
                    "indirect",
                    "All of which, he said, would help restore confidence in the process",
                    "said",
                    "he",
                    "he",
                    None,
                )
            ],
        ),
        # a clause after a headline's colon is said, and an agent after a passive's "by" speaks
        (
            "Kremlin: the attack was a provocation\n\nBody text here.",
            [("indirect", "the attack was a provocation", ":", "Kremlin", "Kremlin", "Russia")],
        ),
        (
            "The attack was condemned by the United Nations on Monday.",
            [("indirect", "The attack", "condemned", "the United Nations", "the United Nations", "United Nations")],
        ),
        # a day after the cue is the saying's, also before a longer subject holding a name
        (
            "The army said on Monday the paramilitary Rapid Support Forces were responsible for the attack.",
            [
                (
                    "indirect",
                    "the paramilitary Rapid Support Forces were responsible for the attack",
                    "said",
                    "The army",
                    "The army",
                    None,
                )
            ],
        ),
        # a label for a plan with an infinitive stays a label
        (
            "She called the decision to withdraw troops a mistake.",
            [("indirect", "the decision to withdraw troops a mistake", "called", "She", "She", None)],
        ),
        (
            "The candidate conceded defeat, telling supporters that he had called the president-elect to congratulate her.",
            [
                ("indirect", "defeat", "conceded", "The candidate", "The candidate", None),
                (
                    "indirect",
                    "that he had called the president-elect to congratulate her",
                    "telling",
                    "The candidate",
                    "The candidate",
                    None,
                ),
            ],
        ),
        # a pronoun subject of two cues is one person for both
        (
            '"We must respect their decision," Tomas Reyes said. '
            "He urged his supporters to stay calm and said his party would fight on.",
            [
                ("direct", '"We must respect their decision,"', "said", "Tomas Reyes", "Tomas Reyes", None),
                ("indirect", "his supporters to stay calm", "urged", "He", "Tomas Reyes", None),
                ("indirect", "his party would fight on", "said", "He", "Tomas Reyes", None),
            ],
        ),
        (
            '"It was personal," Ted Cruz said of the feud. "We move on," he said, adding he would not endorse anyone.',
            [
                ("direct", '"It was personal,"', "said", "Ted Cruz", "Ted Cruz", None),
                ("direct", '"We move on,"', "said", "he", "Ted Cruz", None),
                ("indirect", "he would not endorse anyone", "adding", "he", "Ted Cruz", None),
            ],
        ),
        # a relative "that" before a speaker whose claim opens with a verb is the claim's subject, as "which" is
        (
            "He backed a plan that critics say would raise prices.",
            [
                ("indirect", "a plan that critics say would raise prices", "backed", "He", "He", None),
                ("indirect", "that critics say would raise prices", "say", "critics", "critics", None),
            ],
        ),
        (
            "Police found a knife that officers said belonged to the suspect.",
            [
                ("indirect", "a knife that officers said belonged to the suspect", "found", "Police", "Police", None),
                ("indirect", "that officers said belonged to the suspect", "said", "officers", "officers", None),
            ],
        ),
        # a claim named as one made before ends before the outlet's comma or time after it
        (
            "Critics said the same thing when the tram line was built, and sales went up.",
            [("indirect", "the same thing", "said", "Critics", "Critics", None)],
        ),
        (
            "Voters said the same of Trump last year.",
            [("indirect", "the same of Trump", "said", "Voters", "Voters", None)],
        ),
        (
            "He said the same thing happened in Ohio.",
            [("indirect", "the same thing happened in Ohio", "said", "He", "He", None)],
        ),
        # a cue's past form modifying the noun before it, with an agent or a count of times, is
        # no cue when the noun's own verb follows
        (
            "A report viewed by Reuters shows that the firm lost money.",
            [
                (
                    "indirect",
                    "that the firm lost money",
                    "shows",
                    "A report viewed by Reuters",
                    "A report viewed by Reuters",
                    None,
                )
            ],
        ),
        (
            "Some posts viewed 5 million times claimed the vote was rigged.",
            [
                (
                    "indirect",
                    "the vote was rigged",
                    "claimed",
                    "Some posts viewed 5 million times",
                    "Some posts viewed 5 million times",
                    None,
                )
            ],
        ),
        # but a means after "by" leaves the cue ("warned by letter that ...")
        (
            "The ministry warned by letter that the talks would fail.",
            [("indirect", "that the talks would fail", "warned", "The ministry", "The ministry", None)],
        ),
        # after the claim and its comma, a determiner's singular noun and the sentence's end make
        # an -s form that doubles as a plural noun the verb
        (
            "Power has been cut across much of the north, the national grid operator reports.",
            [
                (
                    "indirect",
                    "Power has been cut across much of the north",
                    "reports",
                    "the national grid operator",
                    "the national grid operator",
                    None,
                )
            ],
        ),
        (
            "The dam was damaged, the local newspaper reports.",
            [("indirect", "The dam was damaged", "reports", "the local newspaper", "the local newspaper", None)],
        ),
        # an addressee with a "who" relative before the infinitive asked for
        (
            "A company spokesman urged owners who notice a soft brake pedal to contact their dealer.",
            [
                (
                    "indirect",
                    "owners who notice a soft brake pedal to contact their dealer",
                    "urged",
                    "A company spokesman",
                    "A company spokesman",
                    None,
                )
            ],
        ),
        # a headline's bare singular for an office or an inquiry speaks after the claim
        (
            "Council failed vulnerable tenants, ombudsman finds\n\nThe council apologised.",
            [("indirect", "Council failed vulnerable tenants", "finds", "ombudsman", "ombudsman", None)],
        ),
        (
            "Hospital trust ignored warnings, inquiry says\n\nThe trust apologised.",
            [("indirect", "Hospital trust ignored warnings", "says", "inquiry", "inquiry", None)],
        ),
        # a dash before "though" ends the content, as a comma does
        (
            "Both candidates said they would accept the result -- though Whitfield added that every vote must be counted.",
            [
                ("indirect", "they would accept the result", "said", "Both candidates", "Both candidates", None),
                ("indirect", "that every vote must be counted", "added", "Whitfield", "Whitfield", None),
            ],
        ),
        # an apposition naming a change or a prospect, with its own attribution, is no part of the
        # claim before it, also after a parenthetical attribution
        (
            "The shelf could break apart within ten years, scientists said on Monday, a change they warned "
            "would speed the flow of glaciers into the sea.",
            [
                ("indirect", "The shelf could break apart within ten years", "said", "scientists", "scientists", None),
                (
                    "indirect",
                    "would speed the flow of glaciers into the sea",
                    "warned",
                    "they",
                    "scientists",
                    None,
                ),
            ],
        ),
        (
            "Officials said prices rose 9 percent in May, a rise economists blamed on energy costs.",
            [("indirect", "prices rose 9 percent in May", "said", "Officials", "Officials", None)],
        ),
        # a span of time after an auxiliary, before the cue, is no part of the speaker
        (
            "Prime Minister Abiy Ahmed has in recent months repeatedly said that access to the sea was vital.",
            [
                (
                    "indirect",
                    "that access to the sea was vital",
                    "said",
                    "Prime Minister Abiy Ahmed",
                    "Prime Minister Abiy Ahmed",
                    None,
                )
            ],
        ),
        (
            "The minister has on several occasions warned that the dam could fail.",
            [("indirect", "that the dam could fail", "warned", "The minister", "The minister", None)],
        ),
        # "called" a person and then a label gives it
        ("He called Trump racist.", [("indirect", "Trump racist", "called", "He", "He", None)]),
        (
            "She called the head of the agency a liar.",
            [("indirect", "the head of the agency a liar", "called", "She", "She", None)],
        ),
        # "twice" between a subject and its verb, as "once" is
        (
            "The mayor has twice denied the allegations.",
            [("indirect", "the allegations", "denied", "The mayor", "The mayor", None)],
        ),
        (
            "Speaker Tom Hale twice said the bill would pass.",
            [("indirect", "the bill would pass", "said", "Speaker Tom Hale", "Speaker Tom Hale", None)],
        ),
        # an outlet addressed as "this newspaper", a reporter as "our correspondent"
        (
            "The board will sack its manager, sources close to the club have told this newspaper.",
            [
                (
                    "indirect",
                    "The board will sack its manager",
                    "told",
                    "sources close to the club",
                    "sources close to the club",
                    None,
                )
            ],
        ),
        (
            "The board will sack its manager, a source told our correspondent.",
            [("indirect", "The board will sack its manager", "told", "a source", "a source", None)],
        ),
        # "accused of" a charge after a noun, before the noun's own verb, modifies it
        (
            "The man accused of murdering a neighbour told the jury that he had acted in self-defence.",
            [
                (
                    "indirect",
                    "that he had acted in self-defence",
                    "told",
                    "The man accused of murdering a neighbour",
                    "The man accused of murdering a neighbour",
                    None,
                )
            ],
        ),
        (
            "A man accused of fraud said he had acted lawfully.",
            [("indirect", "he had acted lawfully", "said", "A man accused of fraud", "A man accused of fraud", None)],
        ),
        # ... while a headline's elided passive keeps its cue
        (
            "Israel accused of war crimes committed in Gaza",
            [("indirect", "Israel accused of war crimes committed in Gaza", "accused", None, None, None)],
        ),
        # a gerund after a preposition takes the noun after it as its object: no contact relative
        (
            "The officer charged with beating the man said he had followed procedure.",
            [
                (
                    "indirect",
                    "he had followed procedure",
                    "said",
                    "The officer charged with beating the man",
                    "The officer charged with beating the man",
                    None,
                )
            ],
        ),
        # what the speaker made public as it spoke is its act, not more of the claim
        (
            "A jet flew close to a bomber, the Pentagon said on Thursday, releasing video of the intercept.",
            [("indirect", "A jet flew close to a bomber", "said", "the Pentagon", "the Pentagon", "United States")],
        ),
        # the comments, the message or the address a claim was made in ends it
        (
            "Peskov said that arms deliveries would prolong the conflict, in comments carried by state media.",
            [("indirect", "that arms deliveries would prolong the conflict", "said", "Peskov", "Peskov", "Russia")],
        ),
        (
            "The group claimed responsibility for the attack in a message to journalists.",
            [("indirect", "responsibility for the attack", "claimed", "The group", "The group", None)],
        ),
        # a plain "expect", or one after "would", holds a belief (after a modal of advice it has no record)
        (
            "Economists would expect inflation to fall.",
            [("indirect", "inflation to fall", "expect", "Economists", "Economists", None)],
        ),
        # a participle and its agent set off by commas between a plural subject and its verb
        (
            "The emails, obtained by Reuters, show that executives knew of the risks.",
            [("indirect", "that executives knew of the risks", "show", "The emails", "The emails", None)],
        ),
        # "opined" claims; "hit out at" criticises as "lashed out at" does
        (
            "The opposition leader opined that the budget was anti-poor.",
            [
                (
                    "indirect",
                    "that the budget was anti-poor",
                    "opined",
                    "The opposition leader",
                    "The opposition leader",
                    None,
                )
            ],
        ),
        (
            "The star hit out at trolls who mocked her weight.",
            [("indirect", "trolls who mocked her weight", "hit out at", "The star", "The star", None)],
        ),
        # a website or a go-between at the end of a content is where or through whom it was said
        (
            "The club confirmed the signing on its website.",
            [("indirect", "the signing", "confirmed", "The club", "The club", None)],
        ),
        (
            "The player has denied any wrongdoing through his lawyers.",
            [("indirect", "any wrongdoing", "denied", "The player", "The player", None)],
        ),
        # an "as" clause of its own or an "amid" phrase after an interrupting attribution sets the scene
        (
            "Police fired tear gas at protesters, witnesses said, as demonstrations entered a second week.",
            [("indirect", "Police fired tear gas at protesters", "said", "witnesses", "witnesses", None)],
        ),
        (
            "Police fired tear gas at protesters, witnesses said, amid growing anger over tax rises.",
            [("indirect", "Police fired tear gas at protesters", "said", "witnesses", "witnesses", None)],
        ),
        # "remember" tells a memory, as "recall" does
        (
            '"She terrified ministers," one former official remembered.',
            [
                (
                    "direct",
                    '"She terrified ministers,"',
                    "remembered",
                    "one former official",
                    "one former official",
                    None,
                )
            ],
        ),
        # a translation or a transcript is a document: "he" is not it
        (
            "Talks are off, the foreign minister said, according to a translation by the agency. "
            "He added that Tehran was ready.",
            [
                ("indirect", "Talks are off", "said", "the foreign minister", "the foreign minister", None),
                (
                    "indirect",
                    "Talks are off, the foreign minister said",
                    "according to",
                    "a translation by the agency",
                    "a translation by the agency",
                    None,
                ),
                ("indirect", "that Tehran was ready", "added", "He", "the foreign minister", None),
            ],
        ),
        # "In her judgment," before a clause with its own verb of saying is where, not who
        (
            "In her judgment, the judge found that the department had failed.",
            [("indirect", "that the department had failed", "found", "the judge", "the judge", None)],
        ),
        # a time counted back with no number is a circumstance of the cue
        (
            "The crew reported weeks earlier that the steering had failed.",
            [("indirect", "that the steering had failed", "reported", "The crew", "The crew", None)],
        ),
        # what a subject is said or believed to have told is still the subject's act (the passive
        # itself stays unattributed)
        (
            "The minister is said to have told colleagues that she would not stand again.",
            [
                (
                    "indirect",
                    "The minister is said to have told colleagues that she would not stand again",
                    "said",
                    None,
                    None,
                    None,
                ),
                ("indirect", "that she would not stand again", "told", "The minister", "The minister", None),
            ],
        ),
        # "was how X put it" after a quote joins it to its speaker as "as X put it" does
        (
            '"It is a disgrace," was how one resident put it.',
            [("direct", '"It is a disgrace,"', "put it", "one resident", "one resident", None)],
        ),
        # "vowed" and "pledged" may come before their speaker
        (
            '"We will fight on," vowed the union leader.',
            [("direct", '"We will fight on,"', "vowed", "the union leader", "the union leader", None)],
        ),
        # a subject takes a medium or an occasion to say something: the infinitive of purpose is its own act
        (
            "The minister took to Twitter to deny that she had lied.",
            [("indirect", "that she had lied", "deny", "The minister", "The minister", None)],
        ),
        (
            "The ministry issued a statement to deny the reports.",
            [("indirect", "the reports", "deny", "The ministry", "The ministry", None)],
        ),
        # but an object asked to act does it
        (
            "The minister urged Moscow to deny the reports.",
            [("indirect", "Moscow to deny the reports", "urged", "The minister", "The minister", None)],
        ),
        # a name after an opening participle's clause is its sentence's subject, an antecedent for "she"
        (
            "Dr Helen Marsh runs the trust. Wes Streeting said the money was late. "
            'Asked whether she expected ministers to listen, Marsh paused. "I hope so," she said.',
            [
                ("indirect", "the money was late", "said", "Wes Streeting", "Wes Streeting", None),
                ("direct", '"I hope so,"', "said", "she", "Marsh", None),
            ],
        ),
        # an indefinite "one diplomat" after a person spoke is someone new, with no actor of that person
        (
            'Emmanuel Macron said Europe must wake up. As one diplomat put it, "Nobody wants to blink."',
            [
                ("indirect", "Europe must wake up", "said", "Emmanuel Macron", "Emmanuel Macron", "France"),
                ("direct", '"Nobody wants to blink."', "put it", "one diplomat", "one diplomat", None),
            ],
        ),
        # a new clause of contrast after a quote is no attribution of it, whatever its aside says
        (
            'Analysts said the results were "disappointing", while one investor, who asked not to be named, '
            'described the cut as "a self-inflicted wound".',
            [
                ("indirect", 'the results were "disappointing"', "said", "Analysts", "Analysts", None),
                ("indirect", 'the cut as "a self-inflicted wound"', "described", "one investor", "one investor", None),
            ],
        ),
        (
            'The mayor called the plan "a disgrace", but the council leader, who has backed it, said it would pass.',
            [
                ("indirect", 'the plan "a disgrace"', "called", "The mayor", "The mayor", None),
                ("indirect", "it would pass", "said", "the council leader", "the council leader", None),
            ],
        ),
        # a relative aside after a quote's speaker: its verb is the aside's; the speaker is the noun
        (
            '"We are not afraid," one student, who asked not to be named, told reporters.',
            [("direct", '"We are not afraid,"', "told", "one student", "one student", None)],
        ),
        (
            '"We will win," one resident, who gave only his first name, said.',
            [("direct", '"We will win,"', "said", "one resident", "one resident", None)],
        ),
        # a subject and its relative aside before "said" are no claim, and "said" has its own
        (
            "Residents, several of whom have complained for years, said the council ignored them.",
            [
                ("indirect", "for years", "complained", "several of whom", "several of whom", None),
                ("indirect", "the council ignored them", "said", "Residents", "Residents", None),
            ],
        ),
        (
            "The driver, who was not hurt, said the truck hit him.",
            [("indirect", "the truck hit him", "said", "The driver", "The driver", None)],
        ),
        # a stray comma before "said": the clause after it, ending in an object pronoun, is no speaker
        (
            "Residents whose homes were flooded last winter, said the council ignored them.",
            [("indirect", "the council ignored them", "said", "Residents", "Residents", None)],
        ),
        # what a relative aside denies is the noun it describes, not the sentence around it; the
        # claim and its denial share that content, whichever comes first
        (
            "The claims, which the company denies, are being investigated by regulators.",
            [("indirect", "The claims", "denies", "the company", "the company", None)],
        ),
        (
            "The allegations, which Moscow has repeatedly rejected, were first reported by Reuters.",
            [
                ("indirect", "The allegations", "rejected", "Moscow", "Moscow", "Russia"),
                ("indirect", "The allegations", "reported", "Reuters", "Reuters", None),
            ],
        ),
        # forecasters, pollsters and other people nouns in -ers speak
        (
            "Up to 80mm of rain could fall on higher ground by Monday morning, forecasters said.",
            [
                (
                    "indirect",
                    "Up to 80mm of rain could fall on higher ground by Monday morning",
                    "said",
                    "forecasters",
                    "forecasters",
                    None,
                )
            ],
        ),
        # a negated participle describes its noun ("not involved in"): no negated verb, a speaker
        (
            "Scientists not involved in the research cautioned that the samples were small.",
            [
                (
                    "indirect",
                    "that the samples were small",
                    "cautioned",
                    "Scientists not involved in the research",
                    "Scientists not involved in the research",
                    None,
                )
            ],
        ),
        (
            "Other experts not involved in the work said the findings were worrying but cautioned that the data were thin.",
            [
                (
                    "indirect",
                    "the findings were worrying",
                    "said",
                    "Other experts not involved in the work",
                    "Other experts not involved in the work",
                    None,
                ),
                (
                    "indirect",
                    "that the data were thin",
                    "cautioned",
                    "Other experts not involved in the work",
                    "Other experts not involved in the work",
                    None,
                ),
            ],
        ),
        # an addressee no pattern knows, then the clause's own subject, each after a determiner
        (
            'Sentencing him, Judge Rachel Moss told the defendant his actions had been "cowardly".',
            [("indirect", 'his actions had been "cowardly"', "told", "Judge Rachel Moss", "Judge Rachel Moss", None)],
        ),
        (
            "The coach told the players the season was not over.",
            [("indirect", "the season was not over", "told", "The coach", "The coach", None)],
        ),
        # "who" after the agent of a reaction: the people the agent names ("rights groups")
        (
            "Khamenei vowed revenge. The ruling drew condemnation from rights groups, who called it a dark day.",
            [("indirect", "it a dark day", "called", "who", "rights groups", None)],
        ),
        # '"...," was all X would say' attributes the quote as '"...," was how X put it' does
        (
            '"No comment," was all the spokesman would say.',
            [("direct", '"No comment,"', "say", "the spokesman", "the spokesman", None)],
        ),
        # "which X dismissed as LABEL" after a claim: the label, as after "a charge X dismissed as"
        (
            "Ukraine accused Russia of war crimes in Bucha, which Moscow dismissed as a provocation.",
            [
                ("indirect", "Russia of war crimes in Bucha", "accused", "Ukraine", "Ukraine", "Ukraine"),
                ("indirect", "a provocation", "dismissed", "Moscow", "Moscow", "Russia"),
            ],
        ),
        # "claims that" and a clause with its own verb is a claim, not land claimed ("claims the reef")
        (
            "He claims that building on the green belt will destroy the countryside.",
            [("indirect", "that building on the green belt will destroy the countryside", "claims", "He", "He", None)],
        ),
        # a noun with an infinitive inside the addressee's "who" relative does not take the request
        (
            "The governor urged residents who ignored evacuation orders to stay off the roads.",
            [
                (
                    "indirect",
                    "residents who ignored evacuation orders to stay off the roads",
                    "urged",
                    "The governor",
                    "The governor",
                    None,
                )
            ],
        ),
        # "he" after "His campaign said": the person "his" stands for, not the body
        (
            "The candidate refused to concede. His campaign said the count was flawed. "
            '"The election was stolen," he told supporters.',
            [
                ("indirect", "to concede", "refused", "The candidate", "The candidate", None),
                ("indirect", "the count was flawed", "said", "His campaign", "His campaign", None),
                ("direct", '"The election was stolen,"', "told", "he", "The candidate", None),
            ],
        ),
        # a rank between a body's title and the name: the body's actor
        (
            "The Israeli army said it had struck the depots. "
            "Military spokesman Lt. Col. Avi Cohen said the depots held rockets.",
            [
                ("indirect", "it had struck the depots", "said", "The Israeli army", "The Israeli army", "Israel"),
                (
                    "indirect",
                    "the depots held rockets",
                    "said",
                    "Military spokesman Lt. Col. Avi Cohen",
                    "Military spokesman Lt. Col. Avi Cohen",
                    "Israel",
                ),
            ],
        ),
        # a dated clause after the cue is its content, whatever subordinate clause follows the comma
        (
            "The president said on Monday he would not resign, as thousands marched in the capital.",
            [
                (
                    "indirect",
                    "he would not resign, as thousands marched in the capital",
                    "said",
                    "The president",
                    "The president",
                    None,
                )
            ],
        ),
        # the manner of saying between the cue and the colon
        (
            'Asked about the penalty, he said only: "You saw it."',
            [("direct", '"You saw it."', "said", "he", "he", None)],
        ),
        (
            'The minister added, pointedly: "We will not forget."',
            [("direct", '"We will not forget."', "added", "The minister", "The minister", None)],
        ),
        # the outlet's comment on the act after a comma is no part of the content
        (
            "Britain expelled a Russian diplomat, accusing him of spying, in the latest tit-for-tat move.",
            [("indirect", "him of spying", "accusing", "Britain", "Britain", "United Kingdom")],
        ),
        (
            "Israel said Hamas had violated the truce, in what appeared to be a setback for the talks.",
            [("indirect", "Hamas had violated the truce", "said", "Israel", "Israel", "Israel")],
        ),
        (
            "He said the deal was dead, in a rare public rebuke of the president.",
            [("indirect", "the deal was dead", "said", "He", "He", None)],
        ),
        # a name set off after a person's noun takes the noun's gender ("her husband, Oleh": not "she")
        (
            'Maria and her husband, Oleh, fled Kharkiv in March. "It was hard," she said. '
            'Her husband works at night. "We are safe," he said.',
            [
                ("direct", '"It was hard,"', "said", "she", "she", None),
                ("direct", '"We are safe,"', "said", "he", "Oleh", None),
            ],
        ),
        # a condemned move to do something is a judgement, no fate dealt
        (
            "Jordan condemned the move to expand settlements.",
            [("indirect", "the move to expand settlements", "condemned", "Jordan", "Jordan", "Jordan")],
        ),
        (
            "Jordan condemned the plan to send migrants to prison camps.",
            [("indirect", "the plan to send migrants to prison camps", "condemned", "Jordan", "Jordan", "Jordan")],
        ),
        # a "that" right before a stop or a closing quotation mark is a pronoun, no clause's opening
        (
            'His office told us the governor "has never said that, anywhere."',
            [("indirect", 'the governor "has never said that, anywhere."', "told", "His office", "His office", None)],
        ),
        (
            'A spokesman told reporters the minister "would never accept that."',
            [
                (
                    "indirect",
                    'the minister "would never accept that."',
                    "told",
                    "A spokesman",
                    "A spokesman",
                    None,
                )
            ],
        ),
        # an attribution set off inside its content may name a longer occasion ("in a 40-page ruling")
        (
            "There is no evidence, the judge wrote in a 40-page ruling, that the election was rigged.",
            [
                (
                    "indirect",
                    "There is no evidence, the judge wrote in a 40-page ruling, that the election was rigged",
                    "wrote",
                    "the judge",
                    "the judge",
                    None,
                )
            ],
        ),
        (
            "The deal, the minister said in a televised address on Sunday evening, would create jobs.",
            [
                (
                    "indirect",
                    "The deal, the minister said in a televised address on Sunday evening, would create jobs",
                    "said",
                    "the minister",
                    "the minister",
                    None,
                )
            ],
        ),
        # a document that "reads" before a quote, after an aside or with how much is quoted
        (
            'The letter, signed by 40 lawmakers, reads: "We urge you to act now."',
            [("direct", '"We urge you to act now."', "reads", "The letter", "The letter", None)],
        ),
        (
            'The statement read, in part: "The company regrets any inconvenience."',
            [("direct", '"The company regrets any inconvenience."', "read", "The statement", "The statement", None)],
        ),
        # a title's rank or former standing before a name set off after the role
        (
            "The inquiry's chair, retired judge Helen Marsh, wrote that the guards faced no threat.",
            [
                (
                    "indirect",
                    "that the guards faced no threat",
                    "wrote",
                    "The inquiry's chair, retired judge Helen Marsh",
                    "The inquiry's chair, retired judge Helen Marsh",
                    None,
                )
            ],
        ),
        # a surname named again keeps the actor of its full form, an "-ing" modifier in its role
        (
            "The Italian federation's sporting director, Marco Ricci, told reporters the deal was off. "
            '"That is simply false," Ricci said.',
            [
                (
                    "indirect",
                    "the deal was off",
                    "told",
                    "The Italian federation's sporting director, Marco Ricci",
                    "The Italian federation's sporting director, Marco Ricci",
                    "Italy",
                ),
                ("direct", '"That is simply false,"', "said", "Ricci", "Ricci", "Italy"),
            ],
        ),
        # a surname opening a live blog's entry after its time stamp is whom "he" names
        (
            "John Carter's campaign says it will fight on. The clerk said there were no irregularities.\n\n"
            '12:15am: Carter has spoken. "We are not giving up," he told a crowd in Phoenix.',
            [
                ("indirect", "it will fight on", "says", "John Carter's campaign", "John Carter's campaign", None),
                ("indirect", "there were no irregularities", "said", "The clerk", "The clerk", None),
                ("direct", '"We are not giving up,"', "told", "he", "Carter", None),
            ],
        ),
        # an addressee's channel number is no part of the claim, a count after a name is
        (
            "His mother told Channel 12 she was relieved to see her son.",
            [("indirect", "she was relieved to see her son", "told", "His mother", "His mother", None)],
        ),
        (
            "The minister told Reuters 40 people had died.",
            [("indirect", "40 people had died", "told", "The minister", "The minister", None)],
        ),
        # a manner adverb before the circumstances after a quote's cue
        (
            '"It\'s over," one aide said flatly when asked about the deal.',
            [("direct", '"It\'s over,"', "said", "one aide", "one aide", None)],
        ),
        # how a document came to light, set off after "according to" it
        (
            "According to the minutes, seen by the Guardian, officials warned that the budget would be overspent.",
            [
                (
                    "indirect",
                    "officials warned that the budget would be overspent",
                    "According to",
                    "the minutes",
                    "the minutes",
                    None,
                ),
                ("indirect", "that the budget would be overspent", "warned", "officials", "officials", None),
            ],
        ),
        # a participle and a time after a noun for no speaker modify it; after a speaker, a claim follows
        (
            "The government insists that the rise offered last year was fair.",
            [
                (
                    "indirect",
                    "that the rise offered last year was fair",
                    "insists",
                    "The government",
                    "The government",
                    None,
                )
            ],
        ),
        (
            "The ministry said last year was the worst on record.",
            [("indirect", "last year was the worst on record", "said", "The ministry", "The ministry", None)],
        ),
        # a connective alone before a comma is no content an attribution interrupts
        (
            "Meanwhile, Russian forces pressed their offensive in the east, where Ukrainian commanders say "
            "they are outnumbered.",
            [("indirect", "they are outnumbered", "say", "Ukrainian commanders", "Ukrainian commanders", "Ukraine")],
        ),
        # a comma after the time of saying, before the clause
        (
            "Officials said on Monday, the plan would fail.",
            [("indirect", "the plan would fail", "said", "Officials", "Officials", None)],
        ),
        # a headline's surname takes the actor of the title before its first mention below
        (
            "Zelensky: 'We will not give up our land'\n\n"
            "Ukraine's President Volodymyr Zelensky has ruled out ceding territory to Russia.",
            [
                ("direct", "'We will not give up our land'", ":", "Zelensky", "Zelensky", "Ukraine"),
                (
                    "indirect",
                    "ceding territory to Russia",
                    "ruled out",
                    "Ukraine's President Volodymyr Zelensky",
                    "Ukraine's President Volodymyr Zelensky",
                    "Ukraine",
                ),
            ],
        ),
        # two names joined before a relative aside are its antecedent, the last of a list alone is
        (
            "Lithuania and Latvia, which have accused Moscow of sabotage, expressed solidarity with Warsaw.",
            [
                ("indirect", "Moscow of sabotage", "accused", "which", "Lithuania and Latvia", "Lithuania"),
                (
                    "indirect",
                    "solidarity with Warsaw",
                    "expressed",
                    "Lithuania and Latvia",
                    "Lithuania and Latvia",
                    "Lithuania",
                ),
            ],
        ),
        (
            "Stars like Will Smith, Patti LaBelle and Stevie Wonder, who said the museum was overdue, attended.",
            [("indirect", "the museum was overdue", "said", "who", "Stevie Wonder", None)],
        ),
        # a past verb with a determiner after it is a verb and its object, no speaker of a participle
        (
            "Hungary, however, blocked a joint EU statement blaming Moscow, diplomats said.",
            [
                (
                    "indirect",
                    "Hungary, however, blocked a joint EU statement blaming Moscow",
                    "said",
                    "diplomats",
                    "diplomats",
                    None,
                )
            ],
        ),
        # "it" in an aside with no verb before it, or opening a sentence, is the body that was the subject
        # of the sentence before, also one named by its state's adjective alone
        (
            "The US Navy said it had been monitoring the vessel. Iranian state television gave a different"
            " account. The tanker, it reported, had collided with an Iranian boat.",
            [
                (
                    "indirect",
                    "it had been monitoring the vessel",
                    "said",
                    "The US Navy",
                    "The US Navy",
                    "United States",
                ),
                (
                    "indirect",
                    "The tanker, it reported, had collided with an Iranian boat",
                    "reported",
                    "it",
                    "Iranian state television",
                    "Iran",
                ),
            ],
        ),
        (
            "Iranian state television gave a different account. It reported that the tanker had collided with a boat.",
            [
                (
                    "indirect",
                    "that the tanker had collided with a boat",
                    "reported",
                    "It",
                    "Iranian state television",
                    "Iran",
                )
            ],
        ),
        (
            "The report was published on Monday. The average weekly benefit, it says, would be $300.",
            [("indirect", "The average weekly benefit, it says, would be $300", "says", "it", "The report", None)],
        ),
        # a navy or a fleet is a state's body: "the fleet" is the state's that the fleet named before speaks for
        (
            "Iran seized a tanker, the US Navy's Fifth Fleet said. The fleet said it had been monitoring the vessel.",
            [
                (
                    "indirect",
                    "Iran seized a tanker",
                    "said",
                    "the US Navy's Fifth Fleet",
                    "the US Navy's Fifth Fleet",
                    "United States",
                ),
                ("indirect", "it had been monitoring the vessel", "said", "The fleet", "The fleet", "United States"),
            ],
        ),
        (
            "The Indian Navy rescued the crew. The navy said the pirates had surrendered.",
            [("indirect", "the pirates had surrendered", "said", "The navy", "The navy", "India")],
        ),
        # one who speaks for a person named before by surname speaks for that person's actor
        (
            "Turkish President Recep Tayyip Erdogan said Sweden must do more. Erdogan's spokesman, Ibrahim Kalin,"
            " said talks would continue.",
            [
                (
                    "indirect",
                    "Sweden must do more",
                    "said",
                    "Turkish President Recep Tayyip Erdogan",
                    "Turkish President Recep Tayyip Erdogan",
                    "Turkey",
                ),
                (
                    "indirect",
                    "talks would continue",
                    "said",
                    "Erdogan's spokesman, Ibrahim Kalin",
                    "Erdogan's spokesman, Ibrahim Kalin",
                    "Turkey",
                ),
            ],
        ),
        # but no actor when the person was never named with one
        (
            "Erdogan's spokesman said talks would continue.",
            [("indirect", "talks would continue", "said", "Erdogan's spokesman", "Erdogan's spokesman", None)],
        ),
        # "the coalition" is the coalition that spoke before; a name with a particle ("al-Maliki")
        # is a name, leaving the role before it to say whom the spokesman speaks for
        (
            "The Saudi-led coalition said the strike hit a militant camp. The coalition's spokesman, Turki al-Maliki, "
            "said the Houthis had used civilians as shields. The coalition said it would investigate.",
            [
                (
                    "indirect",
                    "the strike hit a militant camp",
                    "said",
                    "The Saudi-led coalition",
                    "The Saudi-led coalition",
                    "Saudi Arabia",
                ),
                (
                    "indirect",
                    "the Houthis had used civilians as shields",
                    "said",
                    "The coalition's spokesman, Turki al-Maliki",
                    "The coalition's spokesman, Turki al-Maliki",
                    "Saudi Arabia",
                ),
                ("indirect", "it would investigate", "said", "The coalition", "The coalition", "Saudi Arabia"),
            ],
        ),
        (
            "The Brazilian government said talks had stalled. The government's spokesman, Paulo da Costa, said the "
            "offer was unfair.",
            [
                (
                    "indirect",
                    "talks had stalled",
                    "said",
                    "The Brazilian government",
                    "The Brazilian government",
                    "Brazil",
                ),
                (
                    "indirect",
                    "the offer was unfair",
                    "said",
                    "The government's spokesman, Paulo da Costa",
                    "The government's spokesman, Paulo da Costa",
                    "Brazil",
                ),
            ],
        ),
        # a time of saying before a clause: "later", "separately", "late on Monday"
        (
            "The ministry said later it would investigate.",
            [("indirect", "it would investigate", "said", "The ministry", "The ministry", None)],
        ),
        (
            "Iran's foreign ministry said late on Monday it would respond.",
            [("indirect", "it would respond", "said", "Iran's foreign ministry", "Iran's foreign ministry", "Iran")],
        ),
        (
            "The army said separately the strike had hit a depot.",
            [("indirect", "the strike had hit a depot", "said", "The army", "The army", None)],
        ),
        # a main clause resuming after a relative with an irregular past ("sat", "wept")
        (
            "The defendant, who has pleaded not guilty, sat silently in court.",
            [("indirect", "not guilty", "pleaded", "who", "The defendant", None)],
        ),
        (
            "The senator, who said the deal was a mistake, sat out the vote.",
            [("indirect", "the deal was a mistake", "said", "who", "The senator", None)],
        ),
        # with no infinitive after it, what a verb of urging asks for is its object
        (
            "China's envoy urged restraint on all sides.",
            [("indirect", "restraint on all sides", "urged", "China's envoy", "China's envoy", "China")],
        ),
        (
            "The UN chief urged an immediate ceasefire in Gaza.",
            [("indirect", "an immediate ceasefire in Gaza", "urged", "The UN chief", "The UN chief", "United Nations")],
        ),
        # a person named after a role that names a state has that state's actor
        (
            "Russia's ambassador, Vassily Nebenzia, walked out. China's envoy Fu Cong stayed in the chamber."
            ' "We call for calm," he said.',
            [("direct", '"We call for calm,"', "said", "he", "Fu Cong", "China")],
        ),
        # the object of a verb presenting words speaks, a role before a name too
        (
            "A video shows opposition leader Maria Santos saying she would cut pensions.",
            [
                (
                    "indirect",
                    "she would cut pensions",
                    "saying",
                    "opposition leader Maria Santos",
                    "opposition leader Maria Santos",
                    None,
                )
            ],
        ),
        # people in a place: the relative is the people's, not the place's
        (
            "Reporters spoke to families in the border villages who say shells are still falling.",
            [("indirect", "shells are still falling", "say", "who", "families in the border villages", None)],
        ),
        (
            "The BBC interviewed the residents in the flooded towns who said help had not arrived.",
            [("indirect", "help had not arrived", "said", "who", "the residents in the flooded towns", None)],
        ),
        # a stance noun, "is" and a that-clause: the owner's claim
        (
            "The Kremlin's position is that Kyiv started the war.",
            [("indirect", "that Kyiv started the war", "position", "The Kremlin", "The Kremlin", "Russia")],
        ),
        (
            "His view is that the sanctions have failed.",
            [("indirect", "that the sanctions have failed", "view", "His", "His", None)],
        ),
        # but not inside another's claim
        (
            "Analysts suggest that Mexico's best argument is that trade with the US is vital.",
            [
                (
                    "indirect",
                    "that Mexico's best argument is that trade with the US is vital",
                    "suggest",
                    "Analysts",
                    "Analysts",
                    None,
                )
            ],
        ),
        # men, women and children are people a relative may belong to
        (
            "Police arrested two men near the station who said they had seen nothing.",
            [("indirect", "they had seen nothing", "said", "who", "two men near the station", None)],
        ),
        (
            "Reporters spoke to women in the camp who said the water had run out.",
            [("indirect", "the water had run out", "said", "who", "women in the camp", None)],
        ),
        # a coalition's spokesman speaks as "the coalition" would, not as an earlier spokesman
        (
            "A Russian defence ministry spokesman said the drones came from Ukraine. The Saudi-led coalition "
            "said it had shot down two drones. A coalition spokesman said the drones came from Yemen.",
            [
                (
                    "indirect",
                    "the drones came from Ukraine",
                    "said",
                    "A Russian defence ministry spokesman",
                    "A Russian defence ministry spokesman",
                    "Russia",
                ),
                (
                    "indirect",
                    "it had shot down two drones",
                    "said",
                    "The Saudi-led coalition",
                    "The Saudi-led coalition",
                    "Saudi Arabia",
                ),
                (
                    "indirect",
                    "the drones came from Yemen",
                    "said",
                    "A coalition spokesman",
                    "A coalition spokesman",
                    "Saudi Arabia",
                ),
            ],
        ),
        (
            "The Saudi-led coalition said it had intercepted the drones. Coalition spokesman Turki al-Maliki "
            "said the attack was a crime.",
            [
                (
                    "indirect",
                    "it had intercepted the drones",
                    "said",
                    "The Saudi-led coalition",
                    "The Saudi-led coalition",
                    "Saudi Arabia",
                ),
                (
                    "indirect",
                    "the attack was a crime",
                    "said",
                    "Coalition spokesman Turki al-Maliki",
                    "Coalition spokesman Turki al-Maliki",
                    "Saudi Arabia",
                ),
            ],
        ),
        # a stance or a clause after "maintain" is a claim held (a thing kept up is none)
        (
            "Kyiv has maintained its innocence.",
            [("indirect", "its innocence", "maintained", "Kyiv", "Kyiv", "Ukraine")],
        ),
        (
            "Moscow maintains the strike was legal.",
            [("indirect", "the strike was legal", "maintains", "Moscow", "Moscow", "Russia")],
        ),
        # a passive of accusing's agent ends before the charge's "of" (not inside a name's "of")
        (
            "Russian troops were accused by Kyiv of the killings.",
            [("indirect", "Russian troops were accused by Kyiv of the killings", "accused", "Kyiv", "Kyiv", "Ukraine")],
        ),
        (
            "The men were accused by the government of Syria of a plot.",
            [
                (
                    "indirect",
                    "The men were accused by the government of Syria of a plot",
                    "accused",
                    "the government of Syria",
                    "the government of Syria",
                    "Syria",
                )
            ],
        ),
        # "the court" refers back to a court named before, never to another speaker
        (
            "The International Court of Justice ruled that Serbia had failed to act. The court found that "
            "officials had done nothing.",
            [
                (
                    "indirect",
                    "that Serbia had failed to act",
                    "ruled",
                    "The International Court of Justice",
                    "The International Court of Justice",
                    "International Court of Justice",
                ),
                (
                    "indirect",
                    "that officials had done nothing",
                    "found",
                    "The court",
                    "The court",
                    "International Court of Justice",
                ),
            ],
        ),
        (
            "Ukrainian prosecutors said the soldier had killed a civilian. The court said he acted under orders.",
            [
                (
                    "indirect",
                    "the soldier had killed a civilian",
                    "said",
                    "Ukrainian prosecutors",
                    "Ukrainian prosecutors",
                    "Ukraine",
                ),
                ("indirect", "he acted under orders", "said", "The court", "The court", None),
            ],
        ),
        # a court's own name is no "the court" ("the Supreme Court" after a Moscow court)
        (
            "A court in Moscow jailed the reporter. The Supreme Court said the ruling was lawful.",
            [("indirect", "the ruling was lawful", "said", "The Supreme Court", "The Supreme Court", None)],
        ),
        # a title with no article whose body follows a preposition is the named one's
        (
            '"Governments should act," said Elaine Pearson, Asia director at Human Rights Watch.',
            [("direct", '"Governments should act,"', "said", "Elaine Pearson", "Elaine Pearson", "Human Rights Watch")],
        ),
        # a title a body's head owns speaks for that body, a name after it or not
        (
            "The Dutch intelligence service said hackers did it. The service's director, Erik Akerboom, told"
            " reporters the GRU was behind it.",
            [
                (
                    "indirect",
                    "hackers did it",
                    "said",
                    "The Dutch intelligence service",
                    "The Dutch intelligence service",
                    "Netherlands",
                ),
                (
                    "indirect",
                    "the GRU was behind it",
                    "told",
                    "The service's director, Erik Akerboom",
                    "The service's director, Erik Akerboom",
                    "Netherlands",
                ),
            ],
        ),
        (
            "The Dutch intelligence service said hackers did it. The service's director said the GRU was behind it.",
            [
                (
                    "indirect",
                    "hackers did it",
                    "said",
                    "The Dutch intelligence service",
                    "The Dutch intelligence service",
                    "Netherlands",
                ),
                (
                    "indirect",
                    "the GRU was behind it",
                    "said",
                    "The service's director",
                    "The service's director",
                    "Netherlands",
                ),
            ],
        ),
        # two abbreviated ranks before a name
        (
            "Myanmar's military junta bombed a village. The junta's spokesman, Maj. Gen. Zaw Min Tun, said the strike"
            " had targeted fighters.",
            [
                (
                    "indirect",
                    "the strike had targeted fighters",
                    "said",
                    "The junta's spokesman, Maj. Gen. Zaw Min Tun",
                    "The junta's spokesman, Maj. Gen. Zaw Min Tun",
                    "Myanmar",
                ),
            ],
        ),
        # a centre of research or advocacy is a civil body, whatever country its name holds
        (
            "The Syrian army shelled the town. Mary Jones, head of the Bangladesh Center for Worker Solidarity, said"
            " the workers had fled.",
            [("indirect", "the workers had fled", "said", "Mary Jones", "Mary Jones", None)],
        ),
        # an interviewee's title and name run on as one name
        (
            "Lithuania is in a trade row with China. We spoke to Foreign Minister Gabrielius Landsbergis.\n"
            "Q: Did Vilnius break the rules?\nA: No. We opened trade offices, as many countries have done.",
            [
                (
                    "direct",
                    "No. We opened trade offices, as many countries have done",
                    ":",
                    "Foreign Minister Gabrielius Landsbergis",
                    "Foreign Minister Gabrielius Landsbergis",
                    None,
                ),
            ],
        ),
        # a document "by" its author is the author's; "the report" after it too
        (
            "Soldiers killed dozens of civilians, according to a report released Friday by the U.N. human rights"
            " office. The report said some abuses may amount to war crimes.",
            [
                (
                    "indirect",
                    "Soldiers killed dozens of civilians",
                    "according to",
                    "a report released Friday by the U.N. human rights office",
                    "a report released Friday by the U.N. human rights office",
                    "United Nations",
                ),
                (
                    "indirect",
                    "some abuses may amount to war crimes",
                    "said",
                    "The report",
                    "The report",
                    "United Nations",
                ),
            ],
        ),
        # a place in brackets and a dash open a story as a dateline does: no part of the content
        (
            "Strikes kill dozens\n\n(Bangkok) \u2013 The junta carried out airstrikes that killed 160 people, Human"
            " Rights Watch said today.",
            [
                (
                    "indirect",
                    "The junta carried out airstrikes that killed 160 people",
                    "said",
                    "Human Rights Watch",
                    "Human Rights Watch",
                    "Human Rights Watch",
                ),
            ],
        ),
        # "the junta" refers back to a body first named a military government
        (
            "Mali's military government expelled the French ambassador. The junta's spokesman said France must"
            " respect Mali.",
            [
                (
                    "indirect",
                    "France must respect Mali",
                    "said",
                    "The junta's spokesman",
                    "The junta's spokesman",
                    "Mali",
                )
            ],
        ),
        # a court addressed with "a", as with "the"
        (
            "The minister accepted bribes, prosecutors told a court on Monday.",
            [("indirect", "The minister accepted bribes", "told", "prosecutors", "prosecutors", None)],
        ),
        # an -s form before the base form of a cue verb is a plural noun, that verb's subject
        (
            "Gulf states say Iran is to blame.",
            [("indirect", "Iran is to blame", "say", "Gulf states", "Gulf states", None)],
        ),
        # a craft blames no one: the past cue after "and" is the speaker's next act, even after a
        # long passive with its agent and place
        (
            "Aliyev said that the aircraft was damaged by fire from the ground over Russia and accused Moscow of lying.",
            [
                (
                    "indirect",
                    "that the aircraft was damaged by fire from the ground over Russia",
                    "said",
                    "Aliyev",
                    "Aliyev",
                    None,
                ),
                ("indirect", "Moscow of lying", "accused", "Aliyev", "Aliyev", None),
            ],
        ),
        # "he" resolved to the name that closes the speaker's phrase has that phrase's actor
        (
            'Lebanon\'s prime minister, Najib Mikati, condemned what he called "a new aggression".',
            [
                (
                    "indirect",
                    'what he called "a new aggression"',
                    "condemned",
                    "Lebanon's prime minister, Najib Mikati",
                    "Lebanon's prime minister, Najib Mikati",
                    "Lebanon",
                ),
                ("direct", '"a new aggression"', "called", "he", "Najib Mikati", "Lebanon"),
            ],
        ),
        # a round-up's item labelled with a state's name lends it to a speaker naming no actor
        (
            "Leaders react.\n\n- Germany: Chancellor Olaf Scholz said Russia must answer for it.\n\n"
            "POLAND - The foreign ministry said Moscow was to blame.",
            [
                (
                    "indirect",
                    "Russia must answer for it",
                    "said",
                    "Chancellor Olaf Scholz",
                    "Chancellor Olaf Scholz",
                    "Germany",
                ),
                ("indirect", "Moscow was to blame", "said", "The foreign ministry", "The foreign ministry", "Poland"),
            ],
        ),
        # but not to a body a person owns: a party is not its state
        (
            "Floods hit the region.\n\nPAKISTAN: Former prime minister Imran Khan's party said its supporters were beaten.",
            [
                (
                    "indirect",
                    "its supporters were beaten",
                    "said",
                    "Former prime minister Imran Khan's party",
                    "Former prime minister Imran Khan's party",
                    None,
                )
            ],
        ),
        # a headline's label before a colon whose words name their own speaker and cue is a topic
        (
            "Wildfires: Greenpeace blames logging firms\n\nThe fires burned a million hectares.",
            [("indirect", "logging firms", "blames", "Greenpeace", "Greenpeace", None)],
        ),
        (
            "Myanmar: junta blames rebels for blast\n\nThe blast killed 40 people.",
            [("indirect", "rebels for blast", "blames", "junta", "junta", None)],
        ),
        # but not words with no cue of their own
        (
            "Kremlin: Putin did not order the strike\n\nThe strike killed 40 people.",
            [("indirect", "Putin did not order the strike", ":", "Kremlin", "Kremlin", "Russia")],
        ),
        # a verb taking an -ing verb alone before an -ing cue is an imperative, no speaker
        ("Opinion: Stop blaming the victims\n\nThe war goes on.", []),
        ("Keep blaming Russia if you like.", []),
        ("Let me say this: the war is lost.", []),
        # a cue inside a relative clause set off by commas is that clause's: the subject's next
        # act after "but" is still the subject's
        (
            "The Front, which officials say is a proxy, claimed the attack but later denied involvement.",
            [
                ("indirect", "which officials say is a proxy", "say", "officials", "officials", None),
                ("indirect", "the attack", "claimed", "The Front", "The Front", None),
                ("indirect", "involvement", "denied", "The Front", "The Front", None),
            ],
        ),
        # but a parenthetical attribution leaves the clause to its own subject
        (
            "The version, Clinton said, detailed the plan and called for calm.",
            [
                (
                    "indirect",
                    "The version, Clinton said, detailed the plan and called for calm",
                    "said",
                    "Clinton",
                    "Clinton",
                    None,
                )
            ],
        ),
        # a minister titled by a domain and no country heads the ministry of that domain named before
        (
            "The Kenyan health ministry confirmed the outbreak. Health Minister Susan Nakhumicha said 12 people had died.",
            [
                (
                    "indirect",
                    "the outbreak",
                    "confirmed",
                    "The Kenyan health ministry",
                    "The Kenyan health ministry",
                    "Kenya",
                ),
                (
                    "indirect",
                    "12 people had died",
                    "said",
                    "Health Minister Susan Nakhumicha",
                    "Health Minister Susan Nakhumicha",
                    "Kenya",
                ),
            ],
        ),
        # but not a ministry of another domain
        (
            "The Ukrainian defence ministry reported shelling. Foreign Minister Olena Marchuk said the claims were lies.",
            [
                (
                    "indirect",
                    "the claims were lies",
                    "said",
                    "Foreign Minister Olena Marchuk",
                    "Foreign Minister Olena Marchuk",
                    None,
                )
            ],
        ),
        # a quoted word inside the outlet's clause, then a comma and an inverted cue: the cue's subject
        # follows it
        (
            'Rich nations are "failing" poor countries, say negotiators.',
            [("indirect", 'Rich nations are "failing" poor countries', "say", "negotiators", "negotiators", None)],
        ),
        # a headline's verbs joined by a comma share the first one's subject, also before a quoted word
        (
            'Iran blames Israel for blast, threatens "crushing" revenge\n\nThe blast killed 12 people.',
            [
                ("indirect", "Israel for blast", "blames", "Iran", "Iran", "Iran"),
                ("indirect", '"crushing" revenge', "threatens", "Iran", "Iran", "Iran"),
            ],
        ),
        # a passive with an agent claims its subject (an accusation, with the charge after the agent)
        (
            "The plan was first reported by Reuters on Monday.",
            [("indirect", "The plan", "reported", "Reuters", "Reuters", None)],
        ),
        # a quoted fragment after a passive that attributes nothing is no direct quote of its own
        (
            'Peskov said that any exchange would be discussed "in silence".',
            [("indirect", 'that any exchange would be discussed "in silence"', "said", "Peskov", "Peskov", "Russia")],
        ),
        # a cleft's "that" after a contrast set off by commas is no insertion before a that-clause
        (
            "The minister said it was the army, not the police, that fired first.",
            [
                (
                    "indirect",
                    "it was the army, not the police, that fired first",
                    "said",
                    "The minister",
                    "The minister",
                    None,
                )
            ],
        ),
        # the outlet's apposition taking the claim as something ends the content
        (
            "Ivan Petrenko wrote that the war was returning home, a remark widely read in Moscow as an admission.",
            [("indirect", "that the war was returning home", "wrote", "Ivan Petrenko", "Ivan Petrenko", None)],
        ),
        (
            "Israel said it would close the crossing, a move seen by aid groups as collective punishment.",
            [("indirect", "it would close the crossing", "said", "Israel", "Israel", "Israel")],
        ),
        # whom a verb with a noun for its content acts on is what it reports, from after the verb of saying
        (
            "The envoy, whom Moscow praised, left Kabul.",
            [("indirect", "The envoy", "praised", "Moscow", "Moscow", "Russia")],
        ),
        (
            "Analysts say the rebels, whom Iran backs, have seized the port.",
            [
                ("indirect", "the rebels, whom Iran backs, have seized the port", "say", "Analysts", "Analysts", None),
                ("indirect", "the rebels", "backs", "Iran", "Iran", "Iran"),
            ],
        ),
        # a dispute in a relative aside on the claim's subject, its verb after it, leaves the claim whole
        (
            "Critics say the claims, which the company denies, are false.",
            [
                ("indirect", "the claims, which the company denies, are false", "say", "Critics", "Critics", None),
                ("indirect", "the claims", "denies", "the company", "the company", None),
            ],
        ),
        # "whom" written for "who" before a verb with no subject of its own opens the claim
        (
            "The suspect, whom police say was armed, fled the scene.",
            [("indirect", "whom police say was armed", "say", "police", "police", None)],
        ),
        # a cue that answers after a claim in the past perfect is the speaker's next act, also before a quote
        (
            "The minister said that the troops had left the area and accused Colombia of lying.",
            [
                ("indirect", "that the troops had left the area", "said", "The minister", "The minister", None),
                ("indirect", "Colombia of lying", "accused", "The minister", "The minister", None),
            ],
        ),
        (
            'The minister said that the troops had left the area and accused "far-right groups" of lying.',
            [
                ("indirect", "that the troops had left the area", "said", "The minister", "The minister", None),
                ("indirect", '"far-right groups" of lying', "accused", "The minister", "The minister", None),
            ],
        ),
        # but a verb of thinking may be the perfect's own, its "had" left out
        (
            "Ana Ruiz said she had watched the tower rise and thought of the days when she was young.",
            [
                (
                    "indirect",
                    "she had watched the tower rise and thought of the days when she was young",
                    "said",
                    "Ana Ruiz",
                    "Ana Ruiz",
                    None,
                )
            ],
        ),
        # a relative clause of time whose subject is a bare plural, one modifier at most
        (
            "It was the first time local officials had said the plant was damaged.",
            [("indirect", "the plant was damaged", "said", "local officials", "local officials", None)],
        ),
        # a relative "who" right after a quotation opens a clause on the quoted words, no attribution of them
        (
            'Delhi said Ottawa had long sheltered "extremists" who threaten its security.',
            [
                (
                    "indirect",
                    'Ottawa had long sheltered "extremists" who threaten its security',
                    "said",
                    "Delhi",
                    "Delhi",
                    "India",
                )
            ],
        ),
        (
            'Police said the men had ties to "militants" who said they would attack.',
            [
                (
                    "indirect",
                    'the men had ties to "militants" who said they would attack',
                    "said",
                    "Police",
                    "Police",
                    None,
                ),
                ("indirect", "they would attack", "said", "who", "who", None),
            ],
        ),
        # a verb with a sense of endangering before a good put at risk makes no threat
        ("The protesters threatened the stability of the region.", []),
        ("Gunmen threatened the fragile ceasefire in the north.", []),
        # but a threat made stays one
        (
            "The union threatened a strike over pay.",
            [("indirect", "a strike over pay", "threatened", "The union", "The union", None)],
        ),
        # a minister heads the ministry named in the sentence before, not one named further back
        (
            "Iran's foreign ministry rejected the report. Tehran said the envoy had broken the law. "
            "Foreign Minister Ana Ruiz said the envoy had acted lawfully.",
            [
                ("indirect", "the report", "rejected", "Iran's foreign ministry", "Iran's foreign ministry", "Iran"),
                ("indirect", "the envoy had broken the law", "said", "Tehran", "Tehran", "Iran"),
                (
                    "indirect",
                    "the envoy had acted lawfully",
                    "said",
                    "Foreign Minister Ana Ruiz",
                    "Foreign Minister Ana Ruiz",
                    None,
                ),
            ],
        ),
        (
            "Iran's foreign ministry rejected the report. Foreign Minister Ana Ruiz said the envoy had broken the law.",
            [
                ("indirect", "the report", "rejected", "Iran's foreign ministry", "Iran's foreign ministry", "Iran"),
                (
                    "indirect",
                    "the envoy had broken the law",
                    "said",
                    "Foreign Minister Ana Ruiz",
                    "Foreign Minister Ana Ruiz",
                    "Iran",
                ),
            ],
        ),
        # a surname spelled like a cue closes the speaker's name
        (
            '"Disease follows," said Dr. Amina Said, the agency\'s director.',
            [("direct", '"Disease follows,"', "said", "Dr. Amina Said", "Dr. Amina Said", None)],
        ),
        # a past cue form after a preposition, before a bare noun, is an adjective
        ("The outbreak was made worse by repeated attacks on water plants.", []),
        ("The talks collapsed despite repeated warnings from the mediators.", []),
        # a past cue form after a determiner and a number, before a verb, names people
        (
            "Lawyers for one of the four accused argued that the testimony was hearsay.",
            [
                (
                    "indirect",
                    "that the testimony was hearsay",
                    "argued",
                    "Lawyers for one of the four accused",
                    "Lawyers for one of the four accused",
                    None,
                )
            ],
        ),
        # but before an object it is the verb
        ("The two accused Israel of lying.", [("indirect", "Israel of lying", "accused", "The two", "The two", None)]),
        # a cue after "and" and the auxiliary of the cue before it is the speaker's next act, not the
        # closed relative's
        (
            "Iran, which has refused to hand over the men, has said it was not involved and has accused "
            "the investigators of bias.",
            [
                ("indirect", "to hand over the men", "refused", "which", "Iran", "Iran"),
                ("indirect", "it was not involved", "said", "Iran", "Iran", "Iran"),
                ("indirect", "the investigators of bias", "accused", "Iran", "Iran", "Iran"),
            ],
        ),
        (
            "Iran has said the strike was legal and has accused the investigators of bias.",
            [
                ("indirect", "the strike was legal", "said", "Iran", "Iran", "Iran"),
                ("indirect", "the investigators of bias", "accused", "Iran", "Iran", "Iran"),
            ],
        ),
        # the speaker's next act after "and", its content too short to keep, still ends the claim; the
        # addressee's participle before the claim's "that" is no verb of the claim
        (
            "Ana Ruiz told supporters gathered outside her home that she would challenge the results in court "
            "and called for calm.",
            [("indirect", "that she would challenge the results in court", "told", "Ana Ruiz", "Ana Ruiz", None)],
        ),
        (
            "Minsk denounced the sanctions as interference in its internal affairs and promised retaliation.",
            [
                (
                    "indirect",
                    "the sanctions as interference in its internal affairs",
                    "denounced",
                    "Minsk",
                    "Minsk",
                    "Belarus",
                )
            ],
        ),
        # a call for an act after a claim in the past perfect answers it, as the counter cues do
        (
            "Ana Ruiz said the sanctions had failed and called for talks with the rebels.",
            [
                ("indirect", "the sanctions had failed", "said", "Ana Ruiz", "Ana Ruiz", None),
                ("indirect", "talks with the rebels", "called for", "Ana Ruiz", "Ana Ruiz", None),
            ],
        ),
        # the modal before a "that" inside the claim still shifts it
        (
            "Ana Ruiz said she would make sure that nobody leaves and accused the rebels of lying.",
            [
                ("indirect", "she would make sure that nobody leaves", "said", "Ana Ruiz", "Ana Ruiz", None),
                ("indirect", "the rebels of lying", "accused", "Ana Ruiz", "Ana Ruiz", None),
            ],
        ),
        # an occasion addressed with a named modifier
        (
            '"We are running out of time," spokesperson Tomson Phiri told a regular UN briefing in Geneva.',
            [
                (
                    "direct",
                    '"We are running out of time,"',
                    "told",
                    "spokesperson Tomson Phiri",
                    "spokesperson Tomson Phiri",
                    None,
                )
            ],
        ),
        # "it" standing for a claim made elsewhere, with its time, is no content; before a colon it
        # points to the claim after it
        ("The coach has said it many times before.", []),
        ("The governor said it again in March.", []),
        (
            "Activists said it once and they will say it again: the river is dying.",
            [("indirect", "the river is dying", "say", "they", "they", None)],
        ),
        # "so" standing for a claim made elsewhere is no content; "so much" opens one
        ("Western governments should say so plainly.", []),
        ("Washington and its partners should say so plainly, and back India with more than words.", []),
        ("They said so and left.", []),
        # a verb that also names an act of force is no cue when its object is a place or its subject fights
        ("Russian forces attacked the city overnight.", []),
        ("The army defended its positions along the border.", []),
        # a phrase of time after the physical act's object is no part of its head
        ("The Houthis have attacked 100 merchant ships since November.", []),
        # "maintain" with a thing kept up as its object holds no claim
        ("Russia, which maintains a military base in Armenia, said nothing.", []),
        ("The two countries have maintained close ties with Iran.", []),
        ("Fighters under the commander's control had attacked the village of Bogoro.", []),
        ("Men on motorbikes attacked the village of Kiri overnight.", []),
        ("The pay rise offered last year was fair.", []),
        # a participle in an absolute "with" phrase, with no object before its comma
        ("With 40% of precincts reporting, Lopez leads by four points.", []),
        # "condemn" dooming one to a fate passes no judgement
        ("The drought has condemned millions of farmers to poverty.", []),
        ("A warmer sea would condemn them to extinction within a century.", []),
        # a verb of blaming whose object is the accused reports no clause before its comma
        ("When Putin spoke, he blamed Israel.", []),
        ("What we know so far:", []),  # a heading: the free relative claims nothing
        # a gerund after a preposition has no speaker before it
        ("On Monday, the soldiers opened fire without warning.", []),
        ("The ferry failed because of a fault that the crew had reported weeks earlier.", []),
        ("The army advanced, despite the latest reports.", []),
        ("A video viewed more than two million times purports to show poll workers counting ballots twice.", []),
        # "called" a person before "to": a telephone call or a summons, no label
        ("The minister called the ambassador to protest against the arrests.", []),
        ("Biden called President Zelensky to discuss the aid package.", []),
        ("She called her rival to offer talks.", []),
        # ... or before nothing, a comma, a preposition, a time or an adverb; "called off", "called to order"
        ("Biden called Netanyahu on Sunday.", []),
        ("Biden called Netanyahu on Sunday to discuss a ceasefire.", []),
        ("She called her mother on Sunday evening.", []),
        ("The president called the families of the victims.", []),
        ("He called Israel's prime minister late on Friday.", []),
        ("Police called off the search on Tuesday.", []),
        ("The speaker called the chamber to order.", []),
        # a headline's subtitle after a colon, a noun phrase with no verb, is no one's words
        ("Ethiopia and Eritrea: a fragile peace\n\nBody text here.", []),
        # a time after a passive's "by" is a deadline, not an agent
        ("A ruling is expected by June.", []),
        # a thing that threatens puts at risk: no threat is made
        ("The incident threatened to hamper the air campaign against the militias.", []),
        ("This crisis threatened the coordination between the two armies.", []),
        ("A fresh wave of strikes threatens to disrupt services over the holidays.", []),
        ("A series of attacks threatened the truce.", []),
        ("Members of the gang attacked a wing held by a rival gang.", []),
        ("Protesters attacked the prison on Tuesday.", []),
        ("Troops defending the city came under fire.", []),
        (
            "The army defended the strike on the school.",
            [("indirect", "the strike on the school", "defended", "The army", "The army", None)],
        ),
        (
            "Militants defended the attack as revenge.",
            [("indirect", "the attack as revenge", "defended", "Militants", "Militants", None)],
        ),
        # ... or its instrument a weapon; a passive whose agent is a weapon has no speaker
        ("Protesters attacked police with stones.", []),
        ("The victim attacked him with a knife.", []),
        # "expect" after a modal of advice, permission or possibility: what one will meet, no belief held
        ("Residents should expect delays on the roads.", []),
        ("Sweden should not expect our support.", []),
        ("Voters can expect higher taxes next year.", []),
        ("A man attacked the guard with a bottle.", []),
        ("The offensive was supported by drones and artillery.", []),
        (
            "She attacked him with a barrage of insults.",
            [("indirect", "him with a barrage of insults", "attacked", "She", "She", None)],
        ),
        (
            "The plan was backed by Republicans.",
            [("indirect", "The plan", "backed", "Republicans", "Republicans", None)],
        ),
        # the subject's next act as a participle with its own object ends a participle cue's content
        (
            'Pompeo went further, calling the strikes "an act of war" and holding Iran directly responsible.',
            [("indirect", 'the strikes "an act of war"', "calling", "Pompeo", "Pompeo", "United States")],
        ),
        (
            "She praised the deal, describing it as historic and thanking the mediators.",
            [
                ("indirect", "the deal", "praised", "She", "She", None),
                ("indirect", "it as historic", "describing", "She", "She", None),
            ],
        ),
        (
            "He condemned the killing and maiming of civilians.",
            [("indirect", "the killing and maiming of civilians", "condemned", "He", "He", None)],
        ),
        # a main clause whose irregular past verb ends at the comma before the participle
        (
            "Putin spoke, saying the talks had failed.",
            [("indirect", "the talks had failed", "saying", "Putin", "Putin", "Russia")],
        ),
        # a manner phrase between the cue and "that" is no part of the claim
        (
            "The host claimed without evidence that NATO had ordered the operation.",
            [("indirect", "that NATO had ordered the operation", "claimed", "The host", "The host", None)],
        ),
        (
            "Trump claimed falsely that the election was stolen.",
            [("indirect", "that the election was stolen", "claimed", "Trump", "Trump", "United States")],
        ),
        # an -ing cue inside the sentence's subject: its object ends before the sentence's verb
        (
            "A report describing the attack was published on Monday.",
            [("indirect", "the attack", "describing", "A report", "A report", None)],
        ),
        (
            "A report describing the deal that was signed in May was published on Monday.",
            [("indirect", "the deal that was signed in May", "describing", "A report", "A report", None)],
        ),
        (
            "He said so much had changed that the deal was dead.",
            [("indirect", "so much had changed that the deal was dead", "said", "He", "He", None)],
        ),
        # "because" and "until" open the act's reason and time, not the object's
        (
            "Trump questioned her eligibility to run because she was born abroad.",
            [("indirect", "her eligibility to run", "questioned", "Trump", "Trump", "United States")],
        ),
        (
            "The board rejected the permits until the work was completed.",
            [("indirect", "the permits", "rejected", "The board", "The board", None)],
        ),
        # "as" before a name and its verb, ", where", a participle clause, and the subject's next
        # act after ", but" or ", yet" end an object; "demanded" takes one
        (
            "The council condemned the launch as Pyongyang fired three more missiles.",
            [("indirect", "the launch", "condemned", "The council", "The council", None)],
        ),
        (
            "The mayor praised the vote in the county, where turnout was high.",
            [("indirect", "the vote in the county", "praised", "The mayor", "The mayor", None)],
        ),
        (
            "The senator cited the figure at last week's hearing, further raising the issue's profile.",
            [("indirect", "the figure at last week's hearing", "cited", "The senator", "The senator", None)],
        ),
        (
            "He described the shooting as a \u201cterrible situation,\u201d but stopped short of blaming anyone.",
            [("indirect", "the shooting as a \u201cterrible situation,\u201d", "described", "He", "He", None)],
        ),
        (
            "Smith demands transparency from the city, yet refuses to release his own records.",
            [("indirect", "transparency from the city", "demands", "Smith", "Smith", None)],
        ),
        (
            "Obama called for cutting the rate to 28 percent, but Clinton would leave it at 35 percent.",
            [("indirect", "cutting the rate to 28 percent", "called for", "Obama", "Obama", None)],
        ),
        # an inverted cue opening a sentence before a quote; naming verbs; a horizontal bar breaks a clause
        (
            "Said Ellis: \u201cI do not get the sense she is interested in tax reform.\u201d",
            [
                (
                    "direct",
                    "\u201cI do not get the sense she is interested in tax reform.\u201d",
                    "Said",
                    "Ellis",
                    "Ellis",
                    None,
                )
            ],
        ),
        (
            "Japan branded North Korea an \u201coutlaw nation in the neighborhood.\u201d",
            [
                (
                    "indirect",
                    "North Korea an \u201coutlaw nation in the neighborhood.\u201d",
                    "branded",
                    "Japan",
                    "Japan",
                    "Japan",
                )
            ],
        ),
        (
            "That was true for years \u2015 Trump boasted, \u201cThat makes me smart.\u201d",
            [("direct", "\u201cThat makes me smart.\u201d", "boasted", "Trump", "Trump", "United States")],
        ),
        # a cue form after a determiner is an adjective, in a speaker or on its own
        (
            "Her published memoir says she was right.",
            [("indirect", "she was right", "says", "Her published memoir", "Her published memoir", None)],
        ),
        # a closing curly mark typed where a quote opens still opens it; initials in a dash signature
        (
            "\u201dFear. I am truly afraid that he will win.\u201d \u2015 Edwin G. Monroy",
            [
                (
                    "direct",
                    "\u201dFear. I am truly afraid that he will win.\u201d",
                    "\u2015",
                    "Edwin G. Monroy",
                    "Edwin G. Monroy",
                    None,
                )
            ],
        ),
        # "Monday to check ...": an infinitive after a day is content; "-ing" modifiers in speakers
        (
            "Kevin Sullivan says he instructed staff Monday to check the logs.",
            [
                (
                    "indirect",
                    "he instructed staff Monday to check the logs",
                    "says",
                    "Kevin Sullivan",
                    "Kevin Sullivan",
                    None,
                )
            ],
        ),
        (
            "Patriot chose Richmond, where restructuring experts say judges move quickly.",
            [("indirect", "judges move quickly", "say", "restructuring experts", "restructuring experts", None)],
        ),
        # a clause of circumstance after the cue ("said as she ...") keeps the quote's attribution
        (
            "\u201cWe are not going to stop,\u201d Quina Jones, 25, said as she and others moved through the city.",
            [("direct", "\u201cWe are not going to stop,\u201d", "said", "Quina Jones", "Quina Jones", None)],
        ),
        # phrasal cues
        (
            "She pointed out that the plan failed.",
            [("indirect", "that the plan failed", "pointed out", "She", "She", None)],
        ),
        # a quote signed with a dash, and transcript lines
        (
            "\u201cWe can build a wall around him.\u201d \u2015 Steve Quinlan.",
            [
                (
                    "direct",
                    "\u201cWe can build a wall around him.\u201d",
                    "\u2015",
                    "Steve Quinlan",
                    "Steve Quinlan",
                    None,
                )
            ],
        ),
        # adverbs between the auxiliary and the cue; a speaker noun ending in -ly
        (
            "Cruz has long said that he qualifies.",
            [("indirect", "that he qualifies", "said", "Cruz", "Cruz", None)],
        ),
        (
            "The relatives watched it on Thursday, attorneys for the family said.",
            [
                (
                    "indirect",
                    "The relatives watched it on Thursday",  # the day dates what they watched
                    "said",
                    "attorneys for the family",
                    "attorneys for the family",
                    None,
                )
            ],
        ),
        # an inverted cue after a clause: the speaker closes the sentence, the content comes first
        (
            "The talks did not go well, and the meeting ended early, said one source in the room.",
            [
                (
                    "indirect",
                    "The talks did not go well, and the meeting ended early",
                    "said",
                    "one source",
                    "one source",
                    None,
                )
            ],
        ),
        # "and said" after a verb that is not a cue: the sentence's subject speaks, without the
        # comma-set insertion after it (as "Lavrov, the foreign minister, said" has it)
        (
            "Lavrov, the foreign minister, visited Damascus and said the strike was illegal.",
            [("indirect", "the strike was illegal", "said", "Lavrov", "Lavrov", "Russia")],
        ),
        # an addressee between the cue and a colon
        (
            "Limbaugh told listeners: \u201cThe campaign sent its orders.\u201d",
            [("direct", "\u201cThe campaign sent its orders.\u201d", "told", "Limbaugh", "Limbaugh", None)],
        ),
        # a participle cue after a comma: the main clause's subject speaks, not the clause
        (
            "The mayor left the stage, saying, \u201cWe will be back next year.\u201d",
            [("direct", "\u201cWe will be back next year.\u201d", "saying", "The mayor", "The mayor", None)],
        ),
        # ... after an opening adverbial of many words
        (
            'During a televised speech earlier in the day, the governor attacked the plan, saying, "It is reckless '
            'and it will fail."',
            [
                ("indirect", "the plan", "attacked", "the governor", "the governor", None),
                ("direct", '"It is reckless and it will fail."', "saying", "the governor", "the governor", None),
            ],
        ),
        # ... and after an attribution, that attribution's speaker; its own content ends at its comma
        (
            'The panel did not back any one plan, Hutchinson said, adding, "Any rifle would work."',
            [
                ("indirect", "The panel did not back any one plan", "said", "Hutchinson", "Hutchinson", None),
                ("direct", '"Any rifle would work."', "adding", "Hutchinson", "Hutchinson", None),
            ],
        ),
        # an addressee and a comma before the quote
        (
            "Mook told CBS, \u201cWe are focused on the voters.\u201d",
            [("direct", "\u201cWe are focused on the voters.\u201d", "told", "Mook", "Mook", None)],
        ),
        # a quote interrupted by its cue goes on in the next sentence; a capitalised word in
        # the speaker's apposition ("Report") is not a cue of its own
        (
            'Polls tightened.\n\n"The Senate is on a knife\'s edge," said Ann Lee, editor of the Political Report. "It will '
            'matter."',
            [
                (
                    "direct",
                    '"The Senate is on a knife\'s edge," said Ann Lee, editor of the Political Report. "It will matter."',
                    "said",
                    "Ann Lee",
                    "Ann Lee",
                    None,
                )
            ],
        ),
        # a quoted title inside the attribution is not the rest of the quote, which goes on after it
        (
            'Polls tightened.\n\n"He is right," Ann Lee said Sunday on NBC\'s "Meet the Press." "We must act now."',
            [
                (
                    "direct",
                    '"He is right," Ann Lee said Sunday on NBC\'s "Meet the Press." "We must act now."',
                    "said",
                    "Ann Lee",
                    "Ann Lee",
                    None,
                )
            ],
        ),
        # ... also when the first part ends in a nested quote
        (
            "\u201cYou say \u2018it was their fault,\u2019\u201d Merkley said. \u201cThat is not responsibility.\u201d",
            [
                (
                    "direct",
                    "\u201cYou say \u2018it was their fault,\u2019\u201d Merkley said. \u201cThat is not responsibility.\u201d",
                    "said",
                    "Merkley",
                    "Merkley",
                    None,
                )
            ],
        ),
        # ... but a that-clause after the preposition is the claim
        (
            "The judge agreed with the plaintiff that the files should stay sealed.",
            [
                (
                    "indirect",
                    "that the files should stay sealed",
                    "agreed",
                    "The judge",
                    "The judge",
                    None,
                )
            ],
        ),
        # a cue, its topic and a comma before the quote
        (
            "Ms. Hale says of Clinton, \u201cShe will sell the office if she gets the chance.\u201d",
            [
                (
                    "direct",
                    "\u201cShe will sell the office if she gets the chance.\u201d",
                    "says",
                    "Ms. Hale",
                    "Ms. Hale",
                    None,
                )
            ],
        ),
        # "said of X": X is what the quote is about, not a claim
        (
            '"They paid no price," he said of the hacking.',
            [("direct", '"They paid no price,"', "said", "he", "he", None)],
        ),
        # the subject before comma-set insertions speaks, not the insertion next to the cue
        (
            "Dr. Ana Ruiz, who as a young doctor served in the army and retired as a colonel, said the clinic "
            "would close.",
            [("indirect", "the clinic would close", "said", "Dr. Ana Ruiz", "Dr. Ana Ruiz", None)],
        ),
        (
            "Pierre Dubois, the trade minister of Belgium, a founding member of the union, said the talks had failed.",
            # the apposition after the name names the actor
            [("indirect", "the talks had failed", "said", "Pierre Dubois", "Pierre Dubois", "Belgium")],
        ),
        (
            "Senator Hall, opening the new library on Sunday, said it would serve the whole county.",
            [("indirect", "it would serve the whole county", "said", "Senator Hall", "Senator Hall", None)],
        ),
        (
            "Maria Lopez, 45, a teacher from Tucson, said she would vote early.",
            [("indirect", "she would vote early", "said", "Maria Lopez", "Maria Lopez", None)],
        ),
        (
            "The mayor, a Democrat, said the city would appeal.",
            [("indirect", "the city would appeal", "said", "The mayor", "The mayor", None)],
        ),
        # a paragraph ending in a colon introduces the quote that opens the next paragraph
        (
            "The senator spoke for an hour.\n\nDiaz said:\n\n"
            '"We will not support a budget that cuts the schools again this year."',
            [
                (
                    "direct",
                    '"We will not support a budget that cuts the schools again this year."',
                    "said",
                    "Diaz",
                    "Diaz",
                    None,
                )
            ],
        ),
        (
            "Turnout fell.\n\nThe Daily Ledger reports:\n\n"
            '"Just 24 percent of the voters in the county came to the polls this year."',
            [
                (
                    "direct",
                    '"Just 24 percent of the voters in the county came to the polls this year."',
                    "reports",
                    "The Daily Ledger",
                    "The Daily Ledger",
                    None,
                )
            ],
        ),
        # an introduction that names the quote as a statement, in its paragraph or the one before
        (
            "Turnout fell.\n\nOn Monday, the council issued the following statement:\n\n"
            '"We regret the delay and will publish the full count on Friday."',
            [
                (
                    "direct",
                    '"We regret the delay and will publish the full count on Friday."',
                    "issued the following statement",
                    "the council",
                    "the council",
                    None,
                )
            ],
        ),
        (
            'Mayor Ruiz made the following remarks: "We regret the delay."',
            [("direct", '"We regret the delay."', "made the following remarks", "Mayor Ruiz", "Mayor Ruiz", None)],
        ),
        (
            "Turnout fell. Here is the list:\n\n"
            '"Just 24 percent of the voters in the county came to the polls this year."',
            [
                (
                    "direct",
                    '"Just 24 percent of the voters in the county came to the polls this year."',
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        # quotes in single marks (British usage, and American headlines) are quotes like any
        (
            "\u2018We will respond,\u2019 Peskov told reporters.",
            [("direct", "\u2018We will respond,\u2019", "told", "Peskov", "Peskov", "Russia")],
        ),
        (
            "The spokesman said: 'Israel bears full responsibility for the tragedy.'",
            [
                (
                    "direct",
                    "'Israel bears full responsibility for the tragedy.'",
                    "said",
                    "The spokesman",
                    "The spokesman",
                    None,
                )
            ],
        ),
        # a plural possessive inside single marks, and a double-quoted quote nested in them
        (
            "\u2018The pilots\u2019 actions were a \u201cprovocation\u201d,\u2019 Shoigu said.",
            [
                (
                    "direct",
                    "\u2018The pilots\u2019 actions were a \u201cprovocation\u201d,\u2019",
                    "said",
                    "Shoigu",
                    "Shoigu",
                    "Russia",
                )
            ],
        ),
        # single marks nested in a double-quoted quote stay nested
        (
            "\"He called it a 'provocation,'\" Shoigu said.",
            [("direct", "\"He called it a 'provocation,'\"", "said", "Shoigu", "Shoigu", "Russia")],
        ),
        # apostrophes and elisions are not quotation marks
        (
            "In the '90s, rock 'n' roll won 'em over, the pilots' union said.",
            [
                (
                    "indirect",
                    "In the '90s, rock 'n' roll won 'em over",
                    "said",
                    "the pilots' union",
                    "the pilots' union",
                    None,
                )
            ],
        ),
        # German marks open low and close high, and never pair with the next English quote
        (
            "\u201eIsrael ist verantwortlich\u201c, sagte Peskow. Peskov said \u201cwe will respond\u201d to reporters.",
            [("direct", "\u201cwe will respond\u201d", "said", "Peskov", "Peskov", "Russia")],
        ),
        # a quoted fragment right after its cue, with the outlet's words going on: the claim is the clause
        (
            "Retired General Reveals \u2018Demoralizing\u2019 Experience Of Serving Under Obama",
            [
                (
                    "indirect",
                    "\u2018Demoralizing\u2019 Experience Of Serving Under Obama",
                    "Reveals",
                    "Retired General",
                    "Retired General",
                    None,
                )
            ],
        ),
        (
            'Trump said "there is a big possibility" Obama may have violated the Constitution.',
            [
                (
                    "indirect",
                    '"there is a big possibility" Obama may have violated the Constitution',
                    "said",
                    "Trump",
                    "Trump",
                    "United States",
                )
            ],
        ),
        # ... but not after a whole utterance, or when what follows is the cue's addressee
        (
            'Protesters chanted "What curfew?" and kept marching.',
            [("direct", '"What curfew?"', "chanted", "Protesters", "Protesters", None)],
        ),
        (
            "Peskov said \u201cwe will respond\u201d to reporters.",
            [("direct", "\u201cwe will respond\u201d", "said", "Peskov", "Peskov", "Russia")],
        ),
        # a reduced passive with its agent after "by": the agent speaks, not the subject
        (
            'Hezbollah, dubbed a "terror group" by Israel, denied any role.',
            [
                ("indirect", 'a "terror group"', "dubbed", "Israel", "Israel", "Israel"),
                ("indirect", "any role", "denied", "Hezbollah", "Hezbollah", "Hezbollah"),
            ],
        ),
        (
            "Dubbed a terror group by Israel, Hezbollah denied any role.",
            [
                ("indirect", "a terror group", "Dubbed", "Israel", "Israel", "Israel"),
                ("indirect", "any role", "denied", "Hezbollah", "Hezbollah", "Hezbollah"),
            ],
        ),
        (
            'The plan, called "reckless" by critics, was shelved.',
            [("direct", '"reckless"', "called", "critics", "critics", None)],
        ),
        # after an insertion closed by a comma the verb is the main verb, "by" or not
        (
            "Peskov, a former diplomat, described the strike by Israel as hostile.",
            [("indirect", "the strike by Israel as hostile", "described", "Peskov", "Peskov", "Russia")],
        ),
        # a short claim after the time or the medium ("said Tuesday that ...")
        (
            "The foreign ministry said in a statement Tuesday that it regretted the loss.",
            [("indirect", "that it regretted the loss", "said", "The foreign ministry", "The foreign ministry", None)],
        ),
        # a social media handle speaks
        (
            "@IDFSpokesperson wrote on Twitter that Syrian fire downed the plane.",
            [
                (
                    "indirect",
                    "that Syrian fire downed the plane",
                    "wrote",
                    "@IDFSpokesperson",
                    "@IDFSpokesperson",
                    None,
                )
            ],
        ),
        # no "that": a clause with its subject and an auxiliary after a date or an addressee
        (
            "Peskov said on Tuesday Israel was to blame.",
            [("indirect", "Israel was to blame", "said", "Peskov", "Peskov", "Russia")],
        ),
        (
            "Netanyahu told Putin the IDF would share information.",
            [("indirect", "the IDF would share information", "told", "Netanyahu", "Netanyahu", "Israel")],
        ),
        # a name that starts like a subordinator ("As", "If") is a name, before or after its cue
        (
            "Assad said the war must stop.",
            [("indirect", "the war must stop", "said", "Assad", "Assad", "Syria")],
        ),
        (
            "The war must stop, Assad said.",
            [("indirect", "The war must stop", "said", "Assad", "Assad", "Syria")],
        ),
        (
            "Ifill said the debate was over.",
            [("indirect", "the debate was over", "said", "Ifill", "Ifill", None)],
        ),
        (
            "As Assad said, the war must stop.",
            [("indirect", "the war must stop", "said", "Assad", "Assad", "Syria")],
        ),
        # an opening adverbial is not the subject: the insertion chain stops there
        (
            "In Geneva, the delegation, which arrived on Monday, said the offer was final.",
            [("indirect", "the offer was final", "said", "the delegation", "the delegation", None)],
        ),
        # the addressee of "told" may be an event: a briefing, a news conference
        (
            "Israel bears full responsibility, Konashenkov told a briefing on Sunday.",
            [("indirect", "Israel bears full responsibility", "told", "Konashenkov", "Konashenkov", "Russia")],
        ),
        (
            "Konashenkov told a news conference that Israel was to blame.",
            [("indirect", "that Israel was to blame", "told", "Konashenkov", "Konashenkov", "Russia")],
        ),
        # an addressee with a capitalised modifier, then the medium; "urged all sides to"
        (
            '"The fault lies with Israel," Shoigu told his Israeli counterpart by phone.',
            [("direct", '"The fault lies with Israel,"', "told", "Shoigu", "Shoigu", "Russia")],
        ),
        (
            "Pompeo urged all sides to avoid escalation.",
            [("indirect", "all sides to avoid escalation", "urged", "Pompeo", "Pompeo", "United States")],
        ),
        # who is urged or asked, and what to do, whether or not the addressee is a known one;
        # "to" before a determiner asks nothing
        (
            "The county board urged hikers not to enter the canyon after dark.",
            [
                (
                    "indirect",
                    "hikers not to enter the canyon after dark",
                    "urged",
                    "The county board",
                    "The county board",
                    None,
                )
            ],
        ),
        (
            'The coach asked the referees to "look again" at the goal.',
            [("indirect", 'the referees to "look again" at the goal', "asked", "The coach", "The coach", None)],
        ),
        ("The pilot told the story to his crew.", []),
        # a participle after a new main clause is that clause's subject's; an adverb ends a subject
        (
            "Russia said it held Israel responsible, but Putin later played down the incident, "
            "calling it a chain of tragic circumstances.",
            [
                ("indirect", "it held Israel responsible", "said", "Russia", "Russia", "Russia"),
                ("indirect", "it a chain of tragic circumstances", "calling", "Putin", "Putin", "Russia"),
            ],
        ),
        # a section label before a headline's colon is no speaker
        ("Opinion: Moscow's blame game will not hide the truth\n\nBody text here.", []),
        # a topic before a headline's colon is no speaker either; a person or a body is
        ("Kerch bridge blast: Israel stays silent\n\nBody text here.", []),
        (
            "Intelligence sources: Syria fired first\n\nBody text here.",
            [("indirect", "Syria fired first", ":", "Intelligence sources", "Intelligence sources", None)],
        ),
        (
            "Israeli army: Syria fired first\n\nBody text here.",
            [("indirect", "Syria fired first", ":", "Israeli army", "Israeli army", "Israel")],
        ),
        # "in the words of X", and an aside on how the source spoke
        (
            'In the words of one senior Ukrainian official, speaking on condition of anonymity, "we had nothing to'
            ' do with it".',
            [
                (
                    "indirect",
                    '"we had nothing to do with it"',
                    "In the words of",
                    "one senior Ukrainian official",
                    "one senior Ukrainian official",
                    "Ukraine",
                )
            ],
        ),
        (
            "According to a senior official, who spoke on condition of anonymity, the talks failed.",
            [("indirect", "the talks failed", "According to", "a senior official", "a senior official", None)],
        ),
        # ", with X saying ...": X speaks, and the claim before stops at the comma
        (
            "The US blamed Iran for the crisis, with Pompeo saying Tehran's influence must be curbed.",
            [
                ("indirect", "Iran for the crisis", "blamed", "The US", "The US", "United States"),
                ("indirect", "Tehran's influence must be curbed", "saying", "Pompeo", "Pompeo", "United States"),
            ],
        ),
        # "according to him": an object pronoun resolved like "he"
        (
            "Peskov spoke on Friday. According to him, Putin is aware of all the information.",
            [("indirect", "Putin is aware of all the information", "According to", "him", "Peskov", "Russia")],
        ),
        (
            "Shoigu met the press. Israel warned Moscow a minute before the strike, according to him.",
            [
                (
                    "indirect",
                    "Israel warned Moscow a minute before the strike",
                    "according to",
                    "him",
                    "Shoigu",
                    "Russia",
                )
            ],
        ),
        # the wire's passive cue: "was quoted (by a medium) as saying", one cue
        (
            "Israel is fully to blame, Peskov was quoted by RIA Novosti as saying.",
            [
                (
                    "indirect",
                    "Israel is fully to blame",
                    "was quoted by RIA Novosti as saying",
                    "Peskov",
                    "Peskov",
                    "Russia",
                )
            ],
        ),
        (
            "\u201cWe will take measures,\u201d Shoigu was quoted as saying by TASS.",
            [("direct", "\u201cWe will take measures,\u201d", "was quoted as saying", "Shoigu", "Shoigu", "Russia")],
        ),
        (
            'Lavrov was quoted as saying: "Israel crossed a red line."',
            [("direct", '"Israel crossed a red line."', "was quoted as saying", "Lavrov", "Lavrov", "Russia")],
        ),
        # a speech verb joined by "and" after a direct quote shares the quote's speaker
        (
            'The IDF said, "We regret the loss," and added that Syria was to blame.',
            [
                ("direct", '"We regret the loss,"', "said", "The IDF", "The IDF", "Israel"),
                ("indirect", "that Syria was to blame", "added", "The IDF", "The IDF", "Israel"),
            ],
        ),
        # an insertion between the cue and its that-clause; a cue inside it is not an attribution
        (
            "Israeli media reported, citing military sources, that the jets had returned to base.",
            [
                (
                    "indirect",
                    "that the jets had returned to base",
                    "reported",
                    "Israeli media",
                    "Israeli media",
                    None,  # a country's press is not its government
                )
            ],
        ),
        (
            "Peskov told reporters, however, that the Kremlin would respond.",
            [("indirect", "that the Kremlin would respond", "told", "Peskov", "Peskov", "Russia")],
        ),
        (
            "WALLACE: Will she be there? I want to know.\n\nPENCE: She will not be attending.",
            [
                ("direct", "Will she be there? I want to know", ":", "WALLACE", "WALLACE", None),
                ("direct", "She will not be attending", ":", "PENCE", "PENCE", None),
            ],
        ),
        # a parenthesised acronym ends the subject before an insertion
        (
            "The Joint Investigation Team (JIT), led by the Netherlands, said the missile came from Russia.",
            [
                (
                    "indirect",
                    "the missile came from Russia",
                    "said",
                    "The Joint Investigation Team (JIT)",
                    "The Joint Investigation Team (JIT)",
                    None,
                )
            ],
        ),
        (
            "Investigators said the missile came from a Russian unit, the most detailed accusation yet against Moscow.",
            [
                (
                    "indirect",
                    "the missile came from a Russian unit, the most detailed accusation yet against Moscow",
                    "said",
                    "Investigators",
                    "Investigators",
                    None,
                )
            ],
        ),
        # an accusation's content is the accused and the charge, even with a "that" after it
        (
            "India accused Pakistan of a role in a bombing that killed 40 police.",
            [
                (
                    "indirect",
                    "Pakistan of a role in a bombing that killed 40 police",
                    "accused",
                    "India",
                    "India",
                    "India",
                )
            ],
        ),
        # a headline's "CONTENT, says X": the participle clause is the speaker's claim too
        (
            "Kiev shells Donetsk again, killing five civilians, says DPR mission\n\nThe body.",
            [
                (
                    "indirect",
                    "Kiev shells Donetsk again, killing five civilians",
                    "says",
                    "DPR mission",
                    "DPR mission",
                    None,
                )
            ],
        ),
        # a participle joined by "and" to one set off by a comma: the main clause's subject speaks
        (
            "Both leaders made their case on Wednesday, each touting their record and saying the other"
            " was unfit to lead.",
            [("indirect", "the other was unfit to lead", "saying", "Both leaders", "Both leaders", None)],
        ),
        # ", telling X that": the addressee is not content; "his aides" is a noun after a determiner
        (
            "Trump and his aides had choice words for the moderators, telling reporters that the debate was rigged.",
            [
                (
                    "indirect",
                    "that the debate was rigged",
                    "telling",
                    "Trump and his aides",
                    "Trump and his aides",
                    "United States",
                )
            ],
        ),
        # a title's or an initial's full stop does not end an inverted speaker
        (
            '"It was a tragic chain of events," said Mr. Putin, speaking in Helsinki.',
            [("direct", '"It was a tragic chain of events,"', "said", "Mr. Putin", "Mr. Putin", "Russia")],
        ),
        (
            '"It was wrong," said Dr. J.K. Smith, a historian.',
            [("direct", '"It was wrong,"', "said", "Dr. J.K. Smith", "Dr. J.K. Smith", None)],
        ),
        (
            "According to Lt. Gen. Igor Konashenkov, the jets hid behind the plane.",
            [
                (
                    "indirect",
                    "the jets hid behind the plane",
                    "According to",
                    "Lt. Gen. Igor Konashenkov",
                    "Lt. Gen. Igor Konashenkov",
                    "Russia",
                )
            ],
        ),
        # a plural noun before the verb is part of the subject; a verb of saying is a verb
        (
            "Some sheriffs in bordering states voted against the law, saying it was a failure.",
            [
                (
                    "indirect",
                    "it was a failure",
                    "saying",
                    "Some sheriffs in bordering states",
                    "Some sheriffs in bordering states",
                    None,
                )
            ],
        ),
        # an opening time phrase is not the subject
        (
            "Several hours earlier, a senior official also pushed back, saying the article was wrong.",
            [("indirect", "the article was wrong", "saying", "a senior official", "a senior official", None)],
        ),
        # "began by saying", "went on to explain": the subject's claim
        (
            "The governor appeared on television and began by saying the state would not back down.",
            [("indirect", "the state would not back down", "saying", "The governor", "The governor", None)],
        ),
        (
            "The general went on to explain how the budget cuts had tied his hands.",
            [("indirect", "how the budget cuts had tied his hands", "explain", "The general", "The general", None)],
        ),
        # "for suggesting" is the object's, not the subject's claim
        (
            "He asked the senator to apologize for suggesting fraud.",
            [("indirect", "the senator to apologize for suggesting fraud", "asked", "He", "He", None)],
        ),
        # a participle opening the sentence is the main clause's subject's claim
        (
            "Insisting that the strike was legal, the minister called for calm.",
            [("indirect", "that the strike was legal", "Insisting", "the minister", "the minister", None)],
        ),
        # a second, coordinated verb of saying ends the first claim
        (
            "Police said the man was arrested but did not identify him.",
            [("indirect", "the man was arrested", "said", "Police", "Police", None)],
        ),
        (
            "The minister said the talks were hard but would continue.",
            [("indirect", "the talks were hard but would continue", "said", "The minister", "The minister", None)],
        ),
        # ", but <past verb>" after a claim is the speaker's next act, not part of the claim
        (
            "Trump claimed Clinton had helped her get citizenship, but offered no proof.",
            [("indirect", "Clinton had helped her get citizenship", "claimed", "Trump", "Trump", "United States")],
        ),
        # an attitude verb with a preposition takes a noun phrase: it ends before a participle clause,
        # a subordinate clause, a pronoun subject or the sentence's own verb, not at a list's comma
        (
            "Trump complained about his microphone after the debate, even suggesting it was sabotaged.",
            [
                ("indirect", "his microphone after the debate", "complained about", "Trump", "Trump", "United States"),
                ("indirect", "it was sabotaged", "suggesting", "Trump", "Trump", "United States"),
            ],
        ),
        (
            "Americans worried about illegal immigration might stop to consider the alternative.",
            [("indirect", "illegal immigration", "worried about", "Americans", "Americans", "United States")],
        ),
        (
            "Obama called for tax fairness, the closure of loopholes and relief for families.",
            [
                (
                    "indirect",
                    "tax fairness, the closure of loopholes and relief for families",
                    "called for",
                    "Obama",
                    "Obama",
                    None,
                )
            ],
        ),
        (
            "While Trump has railed against special-interest provisions, he has protected others.",
            [("indirect", "special-interest provisions", "railed against", "Trump", "Trump", "United States")],
        ),
        # a clause inside the object keeps its own verb; adjectives after "be" are no passives
        (
            "Aides were worried about whether they would change their approach.",
            [
                (
                    "indirect",
                    "whether they would change their approach",
                    "worried about",
                    "Aides",
                    "Aides",
                    None,
                )
            ],
        ),
        (
            "Graham has long been critical of the deal with Iran.",
            [("indirect", "the deal with Iran", "critical of", "Graham", "Graham", None)],
        ),
        # the object ends before a verb of saying (a participle phrase in the subject) and before a
        # subordinator; a clause after "after" keeps its own verb
        (
            "A group calling for tougher gun laws said on Wednesday it will spend $8 million.",
            [("indirect", "tougher gun laws", "calling for", "A group", "A group", None)],
        ),
        (
            "The ministry called for gatherings to be postponed after 12 cases were linked to a festival.",
            [
                (
                    "indirect",
                    "gatherings to be postponed after 12 cases were linked to a festival",
                    "called for",
                    "The ministry",
                    "The ministry",
                    None,
                )
            ],
        ),
        (
            "Graham has been critical of Trump since they both ran in 2016.",
            [("indirect", "Trump", "critical of", "Graham", "Graham", None)],
        ),
        # a question or an account after a verb that takes an addressee
        (
            "Lawmakers also asked whether the deals required the recipients to cooperate.",
            [
                (
                    "indirect",
                    "whether the deals required the recipients to cooperate",
                    "asked",
                    "Lawmakers",
                    "Lawmakers",
                    None,
                )
            ],
        ),
        (
            "The minister told reporters how the talks had broken down.",
            [("indirect", "how the talks had broken down", "told", "The minister", "The minister", None)],
        ),
        # after ", and" a past tense is the subject's next act, also for attitude verbs
        (
            "Graham urged Republicans to accept the science, and criticized the party's record.",
            [
                ("indirect", "Republicans to accept the science", "urged", "Graham", "Graham", None),
                ("indirect", "the party's record", "criticized", "Graham", "Graham", None),
            ],
        ),
        (
            "Police say the man posed a threat, and refused to comply.",
            [("indirect", "the man posed a threat", "say", "Police", "Police", None)],
        ),
        # a participle after a preposition opening the sentence is the main clause's subject's
        (
            'After saying her knee was "badly hurt," she was flown to a hospital in Denver.',
            [("indirect", 'her knee was "badly hurt,"', "saying", "she", "she", None)],
        ),
        (
            "Aside from saying he wants a younger staff, the mayor gave no details.",
            [("indirect", "he wants a younger staff", "saying", "the mayor", "the mayor", None)],
        ),
        # without a comma too, after a cue whose content is a noun phrase ("such as" opens no
        # clause), but not after a clause inside that phrase
        (
            "The senator has condemned trade pacts such as the Pacific deal and called for higher duties on steel.",
            [
                ("indirect", "trade pacts such as the Pacific deal", "condemned", "The senator", "The senator", None),
                ("indirect", "higher duties on steel", "called for", "The senator", "The senator", None),
            ],
        ),
        (
            "The coach praised the nurses who treated the players and thanked the city for its patience.",
            [
                (
                    "indirect",
                    "the nurses who treated the players and thanked the city for its patience",
                    "praised",
                    "The coach",
                    "The coach",
                    None,
                )
            ],
        ),
        # not after a parenthetical attribution (the clause has its own subject); a bare conjunction
        # left before a coordinated cue is no content
        (
            "But the classified version, Clinton said, detailed the motivations, and suggested they were opportunistic.",
            [
                (
                    "indirect",
                    "But the classified version, Clinton said, detailed the motivations",
                    "said",
                    "Clinton",
                    "Clinton",
                    None,
                )
            ],
        ),
        (
            "The ministry agreed, but also insisted that the talks continue.",
            [("indirect", "that the talks continue", "insisted", "The ministry", "The ministry", None)],
        ),
        # a time phrase opening the that-clause does not end the claim at its comma; a new subject does
        # ("four jets attacked targets" is an act of force, no claim of the jets)
        (
            "The spokesman said that around that time, four jets attacked targets in Latakia.",
            [
                (
                    "indirect",
                    "that around that time, four jets attacked targets in Latakia",
                    "said",
                    "The spokesman",
                    "The spokesman",
                    None,
                ),
            ],
        ),
        # so does a condition or a time clause: the claim inside the that-clause is nested in it
        (
            "The engineer warned that if the levee broke, residents downstream claimed the pumps would fail.",
            [
                (
                    "indirect",
                    "that if the levee broke, residents downstream claimed the pumps would fail",
                    "warned",
                    "The engineer",
                    "The engineer",
                    None,
                ),
                ("indirect", "the pumps would fail", "claimed", "residents downstream", "residents downstream", None),
            ],
        ),
        (
            "Obama emphasized that the reforms were not complete, and rights groups warned that the deal was premature.",
            [
                ("indirect", "that the reforms were not complete", "emphasized", "Obama", "Obama", None),
                ("indirect", "that the deal was premature", "warned", "rights groups", "rights groups", None),
            ],
        ),
        # a subject with a restrictive relative clause of its own speaks; a contracted auxiliary after a
        # pronoun is no part of the speaker
        (
            "Democrats who voted for the bill said it was fair.",
            [("indirect", "it was fair", "said", "Democrats", "Democrats", None)],
        ),
        (
            "People who know him said he would not run.",
            [("indirect", "he would not run", "said", "People", "People", None)],
        ),
        # ... but not a phrase after a preposition, nor a relative clause that is only an adverbial or
        # that goes on with "and"
        (
            "As someone who grew up there, I believe the plan will fail.",
            [("indirect", "the plan will fail", "believe", "I", "I", None)],
        ),
        (
            "Fauci apologized after casting doubt on the regulators who approved the vaccine and said he had faith "
            "in their work.",
            [("indirect", "he had faith in their work", "said", "Fauci", "Fauci", None)],
        ),
        (
            "Boehner said the odds were poor, a downbeat view from a leader who until now has expressed no fears.",
            [
                (
                    "indirect",
                    "the odds were poor, a downbeat view from a leader who until now has expressed no fears",
                    "said",
                    "Boehner",
                    "Boehner",
                    None,
                )
            ],
        ),
        (
            "They've argued that sanctions work.",
            [("indirect", "that sanctions work", "argued", "They", "They", None)],
        ),
        # phrasal cues of up to three words; the verb of a phrasal cue coordinates like the verb
        (
            "Peskov lashed out at Western media over the coverage.",
            [("indirect", "Western media over the coverage", "lashed out at", "Peskov", "Peskov", "Russia")],
        ),
        (
            "Trump said he would order a review of the defenses and warned against hackers from China.",
            [
                ("indirect", "he would order a review of the defenses", "said", "Trump", "Trump", "United States"),
                ("indirect", "hackers from China", "warned against", "Trump", "Trump", "United States"),
            ],
        ),
        # a verb whose content is its object, a noun phrase, ends it where the act's circumstances
        # begin: "during", "after" a clause, a weekday, ", which", an unpaired dash ...
        (
            "The governor criticized the tax bill as a giveaway during a town hall in Erie.",
            [("indirect", "the tax bill as a giveaway", "criticized", "The governor", "The governor", None)],
        ),
        (
            "A nurses' union endorsed Smith for mayor on Tuesday, its first endorsement in a decade.",
            [("indirect", "Smith for mayor", "endorsed", "A nurses' union", "A nurses' union", None)],
        ),
        (
            "The senator likened the tariff to a sales tax, which drew laughs from the audience.",
            [("indirect", "the tariff to a sales tax", "likened", "The senator", "The senator", None)],
        ),
        (
            "Jones described the ruling as a setback after the court voted against the city.",
            [("indirect", "the ruling as a setback", "described", "Jones", "Jones", None)],
        ),
        (
            "The mayor has not mentioned the strike since the council vote.",
            [("indirect", "the strike", "mentioned", "The mayor", "The mayor", None)],
        ),
        # the outlet's participle clause after a comma ends a claim, also after an adverb
        (
            "The coach told reporters that the season was over, effectively conceding the title.",
            [("indirect", "that the season was over", "told", "The coach", "The coach", None)],
        ),
        # before an -ing cue, the object of a participle speaks ("releasing a report claiming ...")
        (
            "The coalition fought the cuts, recently releasing a report claiming the fund is sound.",
            [("indirect", "the fund is sound", "claiming", "a report", "a report", None)],
        ),
        (
            "The group spent the week drafting a letter saying the fund is sound.",
            [("indirect", "the fund is sound", "saying", "a letter", "a letter", None)],
        ),
        (
            "Officials had seen the video before confirming that it was an attack.",
            [("indirect", "that it was an attack", "confirming", "Officials", "Officials", None)],
        ),
        (
            "Trump mocked the policy, saying nobody knows what is happening.",
            [
                ("indirect", "nobody knows what is happening", "saying", "Trump", "Trump", "United States"),
            ],
        ),
        # a claim noun after its owner's possessive attributes the that-clause to the owner, to the
        # sentence's end or to the comma closing an opening phrase (not as the subject: see below)
        (
            "Fact-checkers examined Mayor Lee's claim that crime fell by half last year.",
            [("indirect", "that crime fell by half last year", "claim", "Mayor Lee", "Mayor Lee", None)],
        ),
        (
            "Mr. Ortiz told reporters the fund was fine. Contrary to his assertion that the fund was solvent, it ran dry in May.",
            [
                ("indirect", "the fund was fine", "told", "Mr. Ortiz", "Mr. Ortiz", None),
                ("indirect", "that the fund was solvent", "assertion", "his", "Mr. Ortiz", None),
            ],
        ),
        (
            "Contrary to the mayor's claim that crime would \u201cvanish,\u201d arrests rose in May.",
            [("indirect", "that crime would \u201cvanish,\u201d", "claim", "the mayor", "the mayor", None)],
        ),
        (
            "Asked about the mayor's claim that the fire was arson, the chief said he would wait for the facts.",
            [
                ("indirect", "that the fire was arson", "claim", "the mayor", "the mayor", None),
                ("indirect", "he would wait for the facts", "said", "the chief", "the chief", None),
            ],
        ),
        (
            "Senator Ames said the bill was fair. Reporters examined Mr. Brat's claim that the bill was unfair. "
            "He said the vote would be close.",
            [
                ("indirect", "the bill was fair", "said", "Senator Ames", "Senator Ames", None),
                ("indirect", "that the bill was unfair", "claim", "Mr. Brat", "Mr. Brat", None),
                ("indirect", "the vote would be close", "said", "He", "Senator Ames", None),
            ],
        ),
        # an infinitive or an object ends where ", and" or ", but" bring in another subject and verb
        (
            "The mayor vowed to reopen the pool by June, and the council has promised to pay for it.",
            [
                ("indirect", "to reopen the pool by June", "vowed", "The mayor", "The mayor", None),
                ("indirect", "to pay for it", "promised", "the council", "the council", None),
            ],
        ),
        # "promise" may take an addressee, but without one its infinitive is the subject's pledge
        (
            "The governor promised to veto the tax bill, and the unions promised voters a strike.",
            [
                ("indirect", "to veto the tax bill", "promised", "The governor", "The governor", None),
                ("indirect", "a strike", "promised", "the unions", "the unions", None),
            ],
        ),
        ("The mayor set the election for May. It promises to be a bruising campaign.", []),
        (
            "Asked about the budget, the treasurer promised the council that the pension fund was safe.",
            [
                (
                    "indirect",
                    "that the pension fund was safe",
                    "promised",
                    "the treasurer",
                    "the treasurer",
                    None,
                )
            ],
        ),
        (
            "The union criticized the layoffs, but the company's shares climbed anyway.",
            [("indirect", "the layoffs", "criticized", "The union", "The union", None)],
        ),
        (
            "The mayor vowed to reopen the pool and to repair the roof, and then left for Paris.",
            [
                (
                    "indirect",
                    "to reopen the pool and to repair the roof",
                    "vowed",
                    "The mayor",
                    "The mayor",
                    None,
                )
            ],
        ),
        (
            "She wants to cut fees for students, and that the state pay for it.",
            [("indirect", "to cut fees for students, and that the state pay for it", "wants", "She", "She", None)],
        ),
        # ... but not inside a pair of dashes, after a measure ("hours after"), inside a relative
        # clause of the object, nor in a that-clause or a bare clause
        (
            "Lee praised the plan \u2014 a tax credit for renters \u2014 as overdue.",
            [("indirect", "the plan \u2014 a tax credit for renters \u2014 as overdue", "praised", "Lee", "Lee", None)],
        ),
        (
            "Romney opposed the measure hours after the president endorsed it.",
            [("indirect", "the measure hours after the president endorsed it", "opposed", "Romney", "Romney", None)],
        ),
        (
            'The embassy condemned the raid, which killed two guards, as "reckless".',
            [
                (
                    "indirect",
                    'the raid, which killed two guards, as "reckless"',
                    "condemned",
                    "The embassy",
                    "The embassy",
                    None,
                ),
            ],
        ),
        (
            "The union praised her work after the 2001 attacks on the city.",
            [("indirect", "her work after the 2001 attacks on the city", "praised", "The union", "The union", None)],
        ),
        (
            "Critics questioned the deal that the board approved during the strike.",
            [
                (
                    "indirect",
                    "the deal that the board approved during the strike",
                    "questioned",
                    "Critics",
                    "Critics",
                    None,
                )
            ],
        ),
        (
            "Aides said he was at home during the attack, which lasted an hour.",
            [
                (
                    "indirect",
                    "he was at home during the attack, which lasted an hour",
                    "said",
                    "Aides",
                    "Aides",
                    None,
                )
            ],
        ),
        # a letter is the medium of a claim ("said in a letter"), not the topic of one inside it
        (
            "A spokesman said he could not comment on the letter because he had not seen it.",
            [
                (
                    "indirect",
                    "he could not comment on the letter because he had not seen it",
                    "said",
                    "A spokesman",
                    "A spokesman",
                    None,
                )
            ],
        ),
        (
            "She wrote that the talks had failed on her Facebook page.",
            [("indirect", "that the talks had failed", "wrote", "She", "She", None)],
        ),
        (
            "The ministry said the talks had failed in a statement on Friday.",
            [("indirect", "the talks had failed", "said", "The ministry", "The ministry", None)],
        ),
        # a verb whose passive attributes: without an agent the clause is nobody's in particular
        (
            "The mayor was accused of hiding the audit from the council.",
            [("indirect", "The mayor was accused of hiding the audit from the council", "accused", None, None, None)],
        ),
        (
            "The new tariff is expected to raise prices next year, with farmers hit hardest.",
            [("indirect", "The new tariff is expected to raise prices next year", "expected", None, None, None)],
        ),
        (
            "Although the rebels are not thought to have missiles, they are considered a danger to shipping.",
            [
                ("indirect", "the rebels are not thought to have missiles", "thought", None, None, None),
                ("indirect", "they are considered a danger to shipping", "considered", None, None, None),
            ],
        ),
        # a subject of two phrases joined by "and" is whole; after a verb, "and" joins clauses
        (
            "More than 100 cases and 12 deaths had been reported since January.",
            [
                (
                    "indirect",
                    "More than 100 cases and 12 deaths had been reported since January",
                    "reported",
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "The minister resigned and his deputy was accused of fraud.",
            [("indirect", "his deputy was accused of fraud", "accused", None, None, None)],
        ),
        # with an agent, the agent speaks and the subject is the content, as the object is in the active
        (
            "The audit was first reported by the Daily Ledger.",
            [("indirect", "The audit", "reported", "the Daily Ledger", "the Daily Ledger", None)],
        ),
        (
            "Russia and Iran were accused of war crimes by the panel.",
            [("indirect", "Russia and Iran", "accused", "the panel", "the panel", None)],
        ),
        (
            "The minister and his deputy were accused of fraud by prosecutors.",
            [("indirect", "The minister and his deputy", "accused", "prosecutors", "prosecutors", None)],
        ),
        (
            "The plan has been called reckless by two former governors.",
            [
                (
                    "indirect",
                    "The plan has been called reckless",
                    "called",
                    "two former governors",
                    "two former governors",
                    None,
                )
            ],
        ),
        # an agentless passive takes no speaker from the sentence before
        (
            "The governor said the road was safe. The bridge was also criticized for its cost.",
            [
                ("indirect", "the road was safe", "said", "The governor", "The governor", None),
                ("indirect", "The bridge was also criticized for its cost", "criticized", None, None, None),
            ],
        ),
        # a passive in a subordinate clause ends before the main clause; a dash ends it too
        (
            "Because the dam was considered safe, the town was never evacuated.",
            [("indirect", "the dam was considered safe", "considered", None, None, None)],
        ),
        (
            "The senator was widely considered the favorite \u2014 and he knew it.",
            [("indirect", "The senator was widely considered the favorite", "considered", None, None, None)],
        ),
        (
            "Peacekeepers have sometimes been accused of abuses, which prompted an inquiry.",
            [("indirect", "Peacekeepers have sometimes been accused of abuses", "accused", None, None, None)],
        ),
        ("It was the first time the mayor has been criticized for the budget.", []),
        # the same span reported by a named speaker is the speaker's, not nobody's
        (
            "The bill is expected to pass next week, the aides said.",
            [("indirect", "The bill is expected to pass next week", "said", "the aides", "the aides", None)],
        ),
        # the agent ends before the verb's own preposition; the subject may be one name
        (
            "Syria was accused by Russia of shooting down the plane.",
            [
                (
                    "indirect",
                    "Syria was accused by Russia of shooting down the plane",
                    "accused",
                    "Russia",
                    "Russia",
                    "Russia",
                )
            ],
        ),
        (
            "The plan was praised by the Council on Foreign Relations for its realism.",
            [
                (
                    "indirect",
                    "The plan",
                    "praised",
                    "the Council on Foreign Relations",
                    "the Council on Foreign Relations",
                    None,
                )
            ],
        ),
        # an agent too long to be a speaker leaves the subject as content, with nobody named
        (
            "The nominee has been endorsed by dozens of papers ranging from big city dailies to small weeklies.",
            [("indirect", "The nominee", "endorsed", None, None, None)],
        ),
        # not attributions: other verbs' passives, a particle, a state, a relative, a subject with a clause
        ("Senators who oppose the bill risk being blamed for the shutdown.", []),
        ("The witness was called to testify on Monday.", []),
        ("The hearing was called off after the storm.", []),
        ("The envoy was asked to leave the room.", []),
        ("Three sailors were feared dead after the storm.", []),
        ("The plan, which is expected to pass, was delayed again.", []),
        (
            "The unions said they support the changes lawmakers are expected to consider.",
            [
                (
                    "indirect",
                    "they support the changes lawmakers are expected to consider",
                    "said",
                    "The unions",
                    "The unions",
                    None,
                )
            ],
        ),
        # a subject whose head noun comes before a prepositional phrase agrees with a noun-like cue: plural
        # before the base form, singular before the -s form (also after its content); a subject with a
        # relative clause opened by "that" speaks through the main verb
        (
            "Figures from the interior ministry show that arrests doubled in March.",
            [
                (
                    "indirect",
                    "that arrests doubled in March",
                    "show",
                    "Figures from the interior ministry",
                    "Figures from the interior ministry",
                    None,
                )
            ],
        ),
        (
            "Satellite photos of the airfield show the hangars were destroyed.",
            [
                (
                    "indirect",
                    "the hangars were destroyed",
                    "show",
                    "Satellite photos of the airfield",
                    "Satellite photos of the airfield",
                    None,
                )
            ],
        ),
        # a question or an exclamation ends its sentence inside the quotation marks: the
        # attribution is the next one
        (
            '"Who will pay for the repairs?" Okafor demanded.',
            [("direct", '"Who will pay for the repairs?"', "demanded", "Okafor", "Okafor", None)],
        ),
        (
            'The guard shouted, "Stop right there! Hold it!" Okafor recalled.',
            [("direct", '"Stop right there! Hold it!"', "shouted", "The guard", "The guard", None)],
        ),
        # a modal or a raising verb between the speaker and the cue; a base form after one is a verb
        (
            "The governor appeared to suggest that the budget would be cut.",
            [("indirect", "that the budget would be cut", "suggest", "The governor", "The governor", None)],
        ),
        (
            "The coach could not explain why the team had collapsed.",
            [("indirect", "why the team had collapsed", "explain", "The coach", "The coach", None)],
        ),
        (
            "The treasurer would later claim that the accounts had been audited.",
            [("indirect", "that the accounts had been audited", "claim", "The treasurer", "The treasurer", None)],
        ),
        (
            "The landlord seemed to blame the tenants for the damage.",
            [("indirect", "the tenants for the damage", "blame", "The landlord", "The landlord", None)],
        ),
        # a question or an account after the cue's time or manner
        (
            "The inspector explained in detail how the valves had failed.",
            [("indirect", "how the valves had failed", "explained", "The inspector", "The inspector", None)],
        ),
        (
            "The coach said on Sunday why the striker had been dropped.",
            [("indirect", "why the striker had been dropped", "said", "The coach", "The coach", None)],
        ),
        (
            "The audit shows how the charity spent its donations.",
            [("indirect", "how the charity spent its donations", "shows", "The audit", "The audit", None)],
        ),
        (
            "A review by two independent auditors shows how the fund lost its money.",
            [
                (
                    "indirect",
                    "how the fund lost its money",
                    "shows",
                    "A review by two independent auditors",
                    "A review by two independent auditors",
                    None,
                )
            ],
        ),
        (
            "Turnout fell to a record low, an analysis of the official returns shows.",
            [
                (
                    "indirect",
                    "Turnout fell to a record low",
                    "shows",
                    "an analysis of the official returns",
                    "an analysis of the official returns",
                    None,
                )
            ],
        ),
        (
            "An inquiry that lasted three years concluded that the pilots were not to blame.",
            [("indirect", "that the pilots were not to blame", "concluded", "An inquiry", "An inquiry", None)],
        ),
        (
            "Diplomats that follow the talks said a deal was close.",
            [("indirect", "a deal was close", "said", "Diplomats", "Diplomats", None)],
        ),
        # "as X put it" / "as X said on Monday, ...": the main clause after the attribution's circumstances
        (
            "As the ambassador put it in an interview on Sunday, the sanctions are working.",
            [("indirect", "the sanctions are working", "put it", "the ambassador", "the ambassador", None)],
        ),
        (
            "The sanctions are working, as one diplomat put it.",
            [("indirect", "The sanctions are working", "put it", "one diplomat", "one diplomat", None)],
        ),
        (
            "As the minister told reporters in Ankara, the border will stay closed.",
            [("indirect", "the border will stay closed", "told", "the minister", "the minister", None)],
        ),
        (
            "As Peskov said on Monday, the strike was a provocation.",
            [("indirect", "the strike was a provocation", "said", "Peskov", "Peskov", "Russia")],
        ),
        # a document sent or posted by someone: its sender speaks
        (
            "The governor sent a letter to the county board saying the shelters must stay open.",
            [("indirect", "the shelters must stay open", "saying", "The governor", "The governor", None)],
        ),
        (
            "The spokesman posted a video on the ministry's website saying the talks had failed.",
            [("indirect", "the talks had failed", "saying", "The spokesman", "The spokesman", None)],
        ),
        # a verb that presents someone's words: its object speaks, or the one a recording is of
        (
            "The campaign's new ad uses footage of Senator Ruiz saying the tax cut would pay for itself.",
            [("indirect", "the tax cut would pay for itself", "saying", "Senator Ruiz", "Senator Ruiz", None)],
        ),
        (
            "Opponents quoted Mayor Lindqvist saying the budget was balanced.",
            [("indirect", "the budget was balanced", "saying", "Mayor Lindqvist", "Mayor Lindqvist", None)],
        ),
        (
            "The channel aired a clip of the minister saying the border would reopen next week.",
            [("indirect", "the border would reopen next week", "saying", "the minister", "the minister", None)],
        ),
        # an attribution inside a free relative: the relative word opens the claim, the noun
        # phrase between it and the cue speaks, and nothing before the relative word does
        (
            "The mayor urged residents to ignore what the governor called a short-term inconvenience.",
            [
                (
                    "indirect",
                    "residents to ignore what the governor called a short-term inconvenience",
                    "urged",
                    "The mayor",
                    "The mayor",
                    None,
                ),
                (
                    "indirect",
                    "what the governor called a short-term inconvenience",
                    "called",
                    "the governor",
                    "the governor",
                    None,
                ),
            ],
        ),  # fmt: skip
        (
            "The gap between what the council says its levy would raise and the real yield is wide.",
            [
                (
                    "indirect",
                    "what the council says its levy would raise and the real yield is wide",
                    "says",
                    "the council",
                    "the council",
                    None,
                )
            ],
        ),  # fmt: skip
        (
            "The town adopted a new tariff, which economists say hurts poor families.",
            [("indirect", "which economists say hurts poor families", "say", "economists", "economists", None)],
        ),  # fmt: skip
        # "which" after a preposition relates a place or time, not the claim
        (
            "He spoke on the radio, in which he said the plant would close.",
            [("indirect", "the plant would close", "said", "he", "he", None)],
        ),  # fmt: skip
        # the wires' "quoted X as saying": who is quoted speaks
        (
            "Interfax quoted Peskov as saying the talks would continue.",
            [("indirect", "the talks would continue", "saying", "Peskov", "Peskov", "Russia")],
        ),
        (
            "State media quoted a military source as saying the batteries would arrive soon.",
            [("indirect", "the batteries would arrive soon", "saying", "a military source", "a military source", None)],
        ),
        # a document that "reads" after a quote speaks; "the statement" is the last speaker's
        (
            'The IDF said the jets were home. "We regret the loss," the statement read, "but Syria is to blame."',
            [
                ("indirect", "the jets were home", "said", "The IDF", "The IDF", "Israel"),
                (
                    "direct",
                    '"We regret the loss," the statement read, "but Syria is to blame."',
                    "read",
                    "the statement",
                    "the statement",
                    "Israel",
                ),
            ],
        ),
        (
            '"No entry," the sign on the door reads.',
            [("direct", '"No entry,"', "reads", *["the sign on the door"] * 2, None)],
        ),
        # a generic head beginning with "s" resolves like any other ("the spokesman")
        (
            'Peskov said the talks would go on. "We see no alternative," the spokesman added.',
            [
                ("indirect", "the talks would go on", "said", "Peskov", "Peskov", "Russia"),
                ("direct", '"We see no alternative,"', "added", "the spokesman", "the spokesman", "Russia"),
            ],
        ),
        # a naming verb in a relative clause between commas: the claim ends with the clause
        (
            "The militia, which Washington designates a terrorist organization, denied involvement.",
            [
                (
                    "indirect",
                    "which Washington designates a terrorist organization",
                    "designates",
                    "Washington",
                    "Washington",
                    "United States",
                ),
                ("indirect", "involvement", "denied", "The militia", "The militia", None),
            ],
        ),
        # "what X said" followed by a clause of time: no claim but the relative word
        ("That was what the chairman said when the vote failed.", []),
        # a press noun before a past form heads the subject; an adverb between the comma and the
        # participle; a scare quote's speaker named in an earlier sentence does not speak here
        (
            "Saudi officials said the fire was an accident. Iranian state media made no mention of the losses, "
            'instead accusing "Saudi aggression" of causing the fire.',
            [
                ("indirect", "the fire was an accident", "said", "Saudi officials", "Saudi officials", "Saudi Arabia"),
                (
                    "indirect",
                    '"Saudi aggression" of causing the fire',
                    "accusing",
                    "Iranian state media",
                    "Iranian state media",
                    "Iran",
                ),
            ],
        ),
        # ", as X alleges," after a whole clause: that clause is what X alleges
        (
            "Whether the Greek pilots strayed into Turkish airspace, as Ankara alleges, is unclear.",
            [("indirect", "the Greek pilots strayed into Turkish airspace", "alleges", "Ankara", "Ankara", "Turkey")],
        ),
        # a live blog's time stamp is neither speaker nor claim
        (
            "10:42 Turkey's defence ministry says Greek pilots ignored the warnings.",
            [
                (
                    "indirect",
                    "Greek pilots ignored the warnings",
                    "says",
                    "Turkey's defence ministry",
                    "Turkey's defence ministry",
                    "Turkey",
                )
            ],
        ),
        # after an addressee, a subject and a finite verb with its object is the claim
        (
            "Pompeo told reporters the army regretted the loss of life.",
            [("indirect", "the army regretted the loss of life", "told", "Pompeo", "Pompeo", "United States")],
        ),
        (
            'Pompeo told reporters the army "expresses sorrow" for the deaths.',
            [("indirect", 'the army "expresses sorrow" for the deaths', "told", "Pompeo", "Pompeo", "United States")],
        ),
        ("The coach told reporters the details.", []),
        # the accused may be scare-quoted
        (
            'Iran\'s foreign minister blamed the "Zionist enemy" for the blast.',
            [
                (
                    "indirect",
                    'the "Zionist enemy" for the blast',
                    "blamed",
                    "Iran's foreign minister",
                    "Iran's foreign minister",
                    "Iran",
                )
            ],
        ),
        # in the body, a known person's name alone before a colon at a paragraph's start speaks
        (
            "12:20 Zakharova: Moscow will not apologise.",
            [("indirect", "Moscow will not apologise", ":", "Zakharova", "Zakharova", "Russia")],
        ),
        ("Analysis: the talks will not resume.", []),
        # a short attribution before a colon opening the claim is not part of it
        (
            'Shoigu speaks: the crash was "a tragic accident," he says.',
            [("indirect", 'the crash was "a tragic accident,"', "says", "he", "Shoigu", "Russia")],
        ),
        # "one official" after a group's officials is one of them, named as speaker or not
        (
            'Turkish officials denied it. "That is false," one official told reporters.',
            [("direct", '"That is false,"', "told", "one official", "one official", "Turkey")],
        ),
        (
            'Turkish officials denied the accusations. "That is false," another official said.',
            [
                ("indirect", "the accusations", "denied", "Turkish officials", "Turkish officials", "Turkey"),
                ("direct", '"That is false,"', "said", "another official", "another official", "Turkey"),
            ],
        ),
        # a non-restrictive "who" after a passive's agent or a "from" phrase: that agent speaks
        (
            "Haley said Russia was to blame. Moscow's account was disputed by Ukrainian officials,"
            " who said the ships had notified Russia in advance.",
            [
                ("indirect", "Russia was to blame", "said", "Haley", "Haley", "United States"),
                (
                    "indirect",
                    "the ships had notified Russia in advance",
                    "said",
                    "who",
                    "Ukrainian officials",
                    "Ukraine",
                ),
            ],
        ),
        (
            "Haley said Russia was to blame. The plan drew criticism from Turkish officials, who said it would fail.",
            [
                ("indirect", "Russia was to blame", "said", "Haley", "Haley", "United States"),
                ("indirect", "it would fail", "said", "who", "Turkish officials", "Turkey"),
            ],
        ),
        # "his office", "her spokesman": the office of the person the pronoun names
        (
            "Ukraine's President Petro Poroshenko called it unprovoked. In a statement, his office said Moscow was"
            " to blame.",
            [
                (
                    "indirect",
                    "it unprovoked",
                    "called",
                    "Ukraine's President Petro Poroshenko",
                    "Ukraine's President Petro Poroshenko",
                    "Ukraine",
                ),
                ("indirect", "Moscow was to blame", "said", "his office", "his office", "Ukraine"),
            ],
        ),
        # a titled name after a nameless title with a country: "Poland's president" is then named
        (
            'Poland\'s president said it was an accident. "There is no indication of an attack," President Andrzej'
            " Duda told reporters.",
            [
                ("indirect", "it was an accident", "said", "Poland's president", "Poland's president", "Poland"),
                (
                    "direct",
                    '"There is no indication of an attack,"',
                    "told",
                    "President Andrzej Duda",
                    "President Andrzej Duda",
                    "Poland",
                ),
            ],
        ),
        # not after a title that a name follows: "Russian President Vladimir Putin" is not Biden's title
        (
            'Russian President Vladimir Putin spoke first. "We disagree," President Joe Biden said.',
            [("direct", '"We disagree,"', "said", "President Joe Biden", "President Joe Biden", None)],
        ),
        # attitude verbs of censure are cues; their object ends before the subject's next act
        (
            "The FBI director chastised Clinton for her use of the server but did not recommend charges.",
            [
                (
                    "indirect",
                    "Clinton for her use of the server",
                    "chastised",
                    "The FBI director",
                    "The FBI director",
                    "United States",
                )
            ],
        ),
        (
            "Putin welcomed his Israeli guest, but did not mention Iran.",
            [("indirect", "his Israeli guest", "welcomed", "Putin", "Putin", "Russia")],
        ),
        (
            "Ukraine denounced the seizure as piracy.",
            [("indirect", "the seizure as piracy", "denounced", "Ukraine", "Ukraine", "Ukraine")],
        ),
        # not when a named group no actor stands for sets the official apart
        (
            'Turkish officials denied it. "That is false," one Western official said.',
            [("direct", '"That is false,"', "said", "one Western official", "one Western official", None)],
        ),
        # a second verb joined by "and" shares the subject across a comma-set apposition
        (
            "France, a close ally, said it was concerned and called on both sides to stop.",
            [
                ("indirect", "it was concerned", "said", "France", "France", "France"),
                ("indirect", "both sides to stop", "called on", "France", "France", "France"),
            ],
        ),
        (
            "The senator, 72, said the bill was dead and blamed Democrats for the impasse.",
            [
                ("indirect", "the bill was dead", "said", "The senator", "The senator", None),
                ("indirect", "Democrats for the impasse", "blamed", "The senator", "The senator", None),
            ],
        ),
        # an opening "(But) for X," is an adverbial, not the subject
        (
            "But for Moscow, the ministry proved a stubborn partner, a familiar role, and said it would not yield.",
            [("indirect", "it would not yield", "said", "the ministry", "the ministry", None)],
        ),
        (
            "For Moscow, the ministry proved a stubborn partner, a familiar role, and said it would not yield.",
            [("indirect", "it would not yield", "said", "the ministry", "the ministry", None)],
        ),
    ],
)
def test_quotes(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a headline's asyndeton: the subject of the first verb speaks after the comma
        (
            "Russian MoD presents new evidence in Il-20 crash, says Israel misled Moscow",
            [("Israel misled Moscow", "says", "Russian MoD", "Russia")],
        ),
        (
            "Putin calls for calm, says Israel not to blame",
            [("calm", "calls for", "Putin", "Russia"), ("Israel not to blame", "says", "Putin", "Russia")],
        ),
        # another subject's clause after the comma ends the content
        (
            "Kyiv accuses Moscow of shelling plant, Kremlin rejects claim",
            [("Moscow of shelling plant", "accuses", "Kyiv", "Ukraine")],
        ),
        # a past form before a preposition is a passive without its auxiliary: nobody speaks, or its agent
        (
            "Coach blamed as United crash out of cup",
            [("Coach blamed as United crash out of cup", "blamed", None, None)],
        ),
        (
            "Pipeline blast blamed on Ukraine by Russian officials",
            [("Pipeline blast blamed on Ukraine", "blamed", "Russian officials", "Russia")],
        ),
        # the inverted form keeps its speaker after the cue
        ("Israel to blame for crash, says Russia", [("Israel to blame for crash", "says", "Russia", "Russia")]),
        # a wire headline's source after a final dash; a site's name there is none
        (
            "Shelling of the market killed 27 civilians - DPR head",
            [("Shelling of the market killed 27 civilians", "-", "DPR head", None)],
        ),
        (
            "Israel misled Moscow about its operation \u2014 Kremlin",
            [("Israel misled Moscow about its operation", "\u2014", "Kremlin", "Russia")],
        ),
        ("Floods sweep the north - BBC News", []),
        # a section label before a colon is the outlet's, not a speaker; a poll speaks
        ("Q&A: Why the central bank held rates", []),
        ("Profile: The general who leads the army", []),
        # an event or a matter before the colon is the topic even when it names an actor
        ("Libya dam collapse: officials trade blame as death toll rises", []),
        ("Ukraine war: drones hit refinery", []),
        ("Iran nuclear talks: a deal is close", []),
        ("Greek ferry sinking: coast guard under fire", []),
        # and so is a time ("when, not who")
        ("Election Night: governor concedes", []),
        ("Super Tuesday: Ortiz wins the South", []),
        # and so is an event named before its place
        ("Flooding in Libya: officials trade blame", []),
        ("War in Sudan: army blames paramilitaries", []),
        # in the plural too
        (
            "Brazil floods: governor blames climate change for deaths",
            [("climate change for deaths", "blames", "governor", None)],
        ),
        # guard: a body with an actor's name before the colon speaks
        (
            "Israeli military: strike hit weapons depot",
            [("strike hit weapons depot", ":", "Israeli military", "Israel")],
        ),
        # the subject of a first clause without a cue speaks after the comma
        ("Minister resigns over corruption inquiry, denies wrongdoing", [("wrongdoing", "denies", "Minister", None)]),
        # a clause of circumstance after "as" ends the content; a label after "as" does not
        (
            "Election commission rejects fraud claims as opposition calls for protests",
            [("fraud claims", "rejects", "Election commission", None)],
        ),
        ("Utility blames shipping company as slick reaches beaches", [("shipping company", "blames", "Utility", None)]),
        ("Opposition alleges fraud as president claims landslide", [("fraud", "alleges", "Opposition", None)]),
        (
            "Kremlin dismisses report as fake news from Kyiv",
            [("report as fake news from Kyiv", "dismisses", "Kremlin", "Russia")],
        ),
        # a concession names no speaker
        ("The sanctions are working, whatever Moscow says", []),
        # the subject's next verb of saying after a comma ends the claim before it
        (
            "Ex-army chief says he was ordered to open fire, blames president",
            [("he was ordered to open fire", "says", "Ex-army chief", None)],
        ),
        # a pronoun after the cue with words after it opens the claim; it is no inverted speaker
        (
            'Minister quits over expenses, says she "made mistakes"',
            [('she "made mistakes"', "says", "Minister", None)],
        ),
        ("We made mistakes, says she", [("We made mistakes", "says", "she", None)]),
        # a plural subject's verb closing the headline, after the outlet's rubric
        (
            "Exclusive: Russia helped North Korea with satellite launch, documents show",
            [("Russia helped North Korea with satellite launch", "show", "documents", None)],
        ),
        ("Inflation eases as prices fall, figures show", [("Inflation eases as prices fall", "show", "figures", None)]),
        # a satire rubric is the outlet's label, not a speaker
        (
            "Satire: Government announces bold plan to announce a plan",
            [("bold plan to announce a plan", "announces", "Government", None)],
        ),
        # a press release's embargo notice is no speaker and no part of the claim
        (
            "EMBARGOED UNTIL 00:01 GMT THURSDAY: Ultra-processed food linked to early death, study finds",
            [("Ultra-processed food linked to early death", "finds", "study", None)],
        ),
        # a headline drops articles: a plural, a noun-like cue, a bare singular and a past make a clause
        (
            "Leaked documents show ministry ignored safety warnings",
            [("ministry ignored safety warnings", "show", "Leaked documents", None)],
        ),
        # an -ing noun before a past participle: the noun and its passive
        ("Heatwave warning issued as temperatures set to hit 38C", []),
        # title case: after one singular subject the verb takes -s, so a bare form is a noun
        (
            "UN Report Accuses Both Sides of War Crimes",
            [("Both Sides of War Crimes", "Accuses", "UN Report", "United Nations")],
        ),
        ("Poll Claim Sparks Row", []),
        ("Activists Claim Victory in Vote", [("Victory in Vote", "Claim", "Activists", None)]),
        ("Police Report Rise in Crime", [("Rise in Crime", "Report", "Police", None)]),
        # a noun-like cue right after a verb of exchanging or shifting is its object
        ("India and Pakistan Trade Blame After Border Shelling", []),
        # a title-case subordinator opens the clause whose subject speaks
        (
            "Sprinter Banned for Four Years After Tribunal Rejects Doping Appeal",
            [("Doping Appeal", "Rejects", "Tribunal", None)],
        ),
        ("Strike Ends When Union Rejects Pay Offer", [("Pay Offer", "Rejects", "Union", None)]),
        # a headline drops the article: "says coach", "admits mother"
        ("'We lost our way,' admits coach after cup exit", [("'We lost our way,'", "admits", "coach", None)]),
        (
            '"He was a hero", says mother of fallen firefighter',
            [('"He was a hero"', "says", "mother of fallen firefighter", None)],
        ),
    ],
)
def test_headline_attributions(headline, expected):
    text = headline + "\n\nThe body is plain."
    article = make_article(text, id="t", source="x", title=headline)
    found = [
        (text[q.content_start : q.content_end], text[q.cue_start : q.cue_end], q.speaker, q.actor)
        for q in extract_quotes(article, REGISTRY)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ('Peskov: "We regret the deaths"', "The body is plain.", [("direct", '"We regret the deaths"', "Peskov")]),
        (
            "Kremlin: Putin did not order the strike",
            "The body is plain.",
            [("indirect", "Putin did not order the strike", "Kremlin")],
        ),
        (  # a parliamentary transcript: a titled name and a constituency before the colon
            "Commons clash over hospital funding",
            "Mr Hughes (Leeds North): Will the minister confirm that the record investment is a cut?\n\n"
            "Ms Patel: The honourable gentleman is simply wrong.\n\nThe Speaker: Order.",
            [
                (
                    "indirect",
                    "Will the minister confirm that the record investment is a cut?",
                    "Mr Hughes (Leeds North)",
                ),
                ("indirect", "The honourable gentleman is simply wrong", "Ms Patel"),
            ],
        ),
        (
            "Live updates",
            '12:20 Lieberman: "Israel will not apologise."\n\n12:40 Lieberman: Israel will not apologise.',
            [
                ("direct", '"Israel will not apologise."', "Lieberman"),
                ("indirect", "Israel will not apologise", "Lieberman"),
            ],
        ),
    ],
)
def test_a_speakers_colon_before_one_whole_quotation_gives_the_speakers_own_words(headline, body, expected):
    text = headline + "\n\n" + body
    article = make_article(text, id="t", source="x", title=headline)
    found = [(q.kind, text[q.content_start : q.content_end], q.speaker) for q in extract_quotes(article, REGISTRY)]
    assert found == expected


def test_his_never_stands_for_a_tribunal_a_headline_named():
    # a court, a tribunal, a panel or a jury is no "he", also as a title-case headline's one word
    headline = "Tribunal Rejects Doping Appeal"
    text = headline + "\n\nThe court upheld a ban on sprinter Daniel Otieno, rejecting his claim that a pill caused it."
    article = make_article(text, id="t", source="x", title=headline)
    found = [(text[q.cue_start : q.cue_end], q.speaker) for q in extract_quotes(article, REGISTRY)]
    assert found == [("Rejects", "Tribunal"), ("rejecting", "The court"), ("claim", "his")]


def test_a_cue_inside_a_subjects_relative_clause_is_not_the_main_verb():
    # "who refused to testify": "testify" continues the relative clause; "refused" is the relative's
    text = "The IRS official who refused to testify at a House hearing Wednesday has become a key focus of the inquiry."
    article = make_article(text, id="t", source="x", title="IRS official who refused to testify facing more scrutiny")
    found = [(article.text[q.cue_start : q.cue_end], q.speaker) for q in extract_quotes(article, REGISTRY)]
    assert found == [("refused", "The IRS official")]


@pytest.mark.parametrize(
    "text",
    [
        # plain narration, a noun "report", a passive "was reported", scare quotes
        "The plane was shot down by Syrian air defenses.",
        "An Israeli report that Russia rebuffed the offer circulated widely.",
        "The incident was reported to the defense ministry.",
        "The so-called \u201cpeace plan\u201d was shelved in a \u201cstrategic pause\u201d last week.",
        "The State Department and the United States Navy issued no comment.",
        "He unveiled a detailed plan on taxes.",
        # "quoted" without "as saying" reports no claim
        "The minister was quoted in the report.",
        "He was quoted as an expert on the region.",
        # a reporting verb used with a preposition reports no claim
        "She called into the radio program when she was home sick.",
        "The mayor responded with a long list of figures.",
        # a reduced passive whose verb is phrasal reports no claim, and its subject does not speak
        "Troops, called to service by the governor, patrolled the streets.",
        # the date or the addressee alone is no claim
        "Peskov said on Tuesday.",
        "Netanyahu told Putin the news.",
        # a plural noun after a quantifier
        "Most states have passed the deadline to change their ballots.",
        # a cue form after a possessive is a noun, not a verb with the possessor as speaker
        "Trump's claim that the election was rigged drew criticism.",
        "It is plain that the mayor's claim that crime fell is false.",
        "Graham's comments came moments after the senator spoke at a gathering.",
        # a participle naming the occasion opens no claim; "for"/"by" after a name or inside another
        # clause is not the subject's claim
        "Speaking to reporters in Moscow, the minister left for the airport.",
        "After speaking to reporters, the mayor left for the airport.",
        "Each candidate appealed to voters, Biden by pledging to protect programs.",
        # "for" with a participle may be the object's claim ("gives credit to the activists for
        # speaking out") as often as the subject's: neither is guessed
        "She gives credit to the activists for speaking out against injustice.",
        # a passive state after the verb ("are feared dead"), an adjective after a degree word
        "Hundreds feared dead in Gaza hospital blast",
        "Two soldiers reported missing after the raid",
        # "it's" before a participle is a passive
        "It's claimed that the plane was downed by Israeli jets.",
        # a passive after "once"; a participle with "by" in a list of participles is a passive
        "Ronald Reagan was once asked how the Cold War would end.",
        "The letter, signed by 42 members, delivered to the leader, and mentioned by the minority leader, was blunt.",
        # an object before the cue (a pseudo-cleft); an -ing form after a determiner and an adjective
        "All I'm worried about is the weather.",
        "The report is a sobering warning about the reach of extremist groups.",
        # a concessive clause after a comma is no attribution of the clause before it
        "Some Western officials initially suspected Moscow itself, though no government has formally blamed Russia.",
        # "put it" with a particle after it is used literally; a "show" after a determiner is a noun
        "The council put it on hold until May.",
        "They were putting it back on the shelf when the alarm rang.",
        "A show of force from the navy followed.",
        # a noun-like cue ending a compound noun, or after a subject that is no noun phrase
        "The farm vote in several swing states could decide the race.",
        "Backed by the governor, that's the plan pushed by officials in 12 states.",
        "A new visa rule that took effect Friday has some families across the country expressing alarm.",
        # a noun-like base form after a noun's infinitive is a noun's complement, not a modal's verb
        "The right to claim asylum in the first safe country is protected by law.",
        # a wh-word after a preposition, and a clause of its own before a wh-word, are no account
        "The mayor spoke in what was her final address.",
        # "read" after a quote is a cue only when a document reads
        '"Go home," the boy reads.',
        # "claimed" a life is no claim
        "The crash claimed the lives of 15 airmen.",
        "The war has claimed 500,000 lives.",
        # "read" is a cue only for a document after a quote
        "Putin read the report on Monday.",
        # the sentence after a question is the attribution only when it is one
        '"What curfew?" Police arrested him on the spot.',
        # "add" with a plain object that names no words reports nothing
        "The ministry added new sanctions on Monday.",
        "The plan would add new layers of complexity to the tax code.",
        # a relative "that" on a noun before the speaker: the noun is what is claimed, not the words before it
        "Two soldiers were hurt on Tuesday, in the latest of the attacks that Ankara blames on the rebels.",
        # the terms a source speaks on are no claim
        "The source, who asked not to be named, was at the meeting.",
        "The official declined to be identified.",
        "Two diplomats requested anonymity.",
        # a clause before a participle "accused of" is no speaker: the men are accused
        "Two men went on trial in Munich accused of planning attacks for Russia.",
        "Police reports of looting spread through the city.",
        "Russia recalled its ambassador from Warsaw.",
        "The carmaker recalls 1.2 million vehicles over faulty airbags.",
        # the accused or the charge is elsewhere: no accused alone after the verb
        "Washington ordered out Russian embassy staff it accused of espionage.",
        "Relations have worsened since the expansion of NATO, which Moscow has blamed for the crisis.",
        "Officials ignored warning signs that the dam was failing.",
        "He said last night.",
        # "otherwise" and "so" stand for a claim made elsewhere
        "Anyone who says otherwise has not read it.",
        "Those who said so were wrong.",
        # a verb and its plural object, not a speaker and a cue
        "Ferreira rebuffed demands that the bank cut rates.",
        # a pattern shown is no claim
        "The company had shown a pattern of neglect.",
        # a verb of display with a person as its object depicts
        "A militant group released a video on Saturday showing an Israeli-American hostage, the first sign of life.",
        # a verb an infinitive with its object completes makes a clause, no speaker of the participle
        "The council failed to adopt a resolution demanding a ceasefire.",
        "The council failed on Friday to adopt a resolution demanding a ceasefire.",
        # land or sea claimed as one's own is no claim told
        "China claims most of the South China Sea.",
        "Beijing claimed sovereignty over the islands.",
        "Russia claimed the town of Bakhmut.",
    ],
)
def test_not_quotes(text):
    assert quotes_of(text) == []


def test_a_would_be_speaker_ending_in_a_verb_and_on_is_read_to_its_end_only():
    # "failed on Friday to adopt a resolution" is a clause; "failed on" at the end has nothing after it
    assert quotes._has_object("The council failed on Friday to adopt a resolution".split())
    assert not quotes._has_object("The council failed on".split())


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows who said the plane was shot down.",  # after a verb, "who" asks
        "Sharpton took calls from listeners to his radio program who want to see more debates.",  # no claim
    ],
)
def test_who_with_no_antecedent_speaks_only_before_a_verb_of_saying(text):
    assert [found for found in quotes_of(text) if found[3] == "who"] == []


_VERB_HEADER = "lemma\tforms\tobject\tnoun\tinverts\tvoice\tcopula\n"


def test_verb_table_reads_the_copula_column_and_names_a_bad_value(monkeypatch):
    table = _VERB_HEADER + "critical\tcritical of\tno\tno\tno\teditorial\tyes\nsay\tsaid\tno\tno\tyes\treported\n"
    monkeypatch.setattr(quotes, "read_data_text", lambda name: table)
    cues = quotes.load_cues.__wrapped__()
    assert cues.predicative == {"critical of"}
    assert cues.attitude == {"critical of"}
    monkeypatch.setattr(quotes, "read_data_text", lambda name: table.replace("\tyes\nsay", "\tmaybe\nsay"))
    with pytest.raises(ConfigError, match=r"line 2: copula is 'maybe'; write yes or no"):
        quotes.load_cues.__wrapped__()


def test_verb_table_reads_the_content_column_and_names_a_bad_value(monkeypatch):
    header = _VERB_HEADER.replace("copula\n", "copula\tcontent\n")
    table = header + "praise\tpraised\tno\tno\tno\teditorial\t\tnoun\nsay\tsaid\tno\tno\tyes\treported\n"
    monkeypatch.setattr(quotes, "read_data_text", lambda name: table)
    cues = quotes.load_cues.__wrapped__()
    assert cues.noun_object == {"praised"}
    assert cues.predicative == set()
    monkeypatch.setattr(quotes, "read_data_text", lambda name: table.replace("\tnoun\n", "\tphrase\n"))
    with pytest.raises(ConfigError, match=r"line 2: content is 'phrase'; write clause or noun"):
        quotes.load_cues.__wrapped__()


def test_verb_table_reads_the_sense_column_and_names_a_bad_value(monkeypatch):
    header = _VERB_HEADER.replace("copula\n", "copula\tcontent\tpassive\tsense\n")
    table = (
        header
        + "attack\tattacked\tno\tno\tno\treported\t\tnoun\t\tphysical\n"
        + "decline\tdeclined\tno\tno\tno\teditorial\t\tnoun\t\tquantity\n"
        + "show\tshowed\tno\tyes\tno\treported\t\t\t\tdisplay\n"
        + "recall\trecalled\tno\tno\tyes\treported\t\t\t\tmemory\n"
        + "call\tcalled\tno\tyes\tno\treported\t\t\tnaming\tconvening\n"
        + "find\tfound\tno\tyes\tno\treported\t\t\t\tdiscovery\n"
        + "claim\tclaimed\tno\tyes\tyes\treported\t\t\t\tpossession\n"
        + "reply\treplied\tno\tyes\tyes\treported\t\t\t\treply\n"
        + "threaten\tthreatened\tno\tno\tno\treported\t\t\t\tendangering\n"
        + "expect\texpected\tno\tno\tno\treported\t\t\tyes\tprospect\n"
        + "maintain\tmaintained\tno\tno\tno\treported\t\t\t\tkeeping\n"
    )
    monkeypatch.setattr(quotes, "read_data_text", lambda name: table)
    cues = quotes.load_cues.__wrapped__()
    senses = (
        cues.physical,
        cues.quantity,
        cues.display,
        cues.memory,
        cues.convening,
        cues.discovery,
        cues.possession,
        cues.reply,
        cues.endangering,
        cues.prospect,
        cues.keeping,
    )
    assert senses == (
        {"attacked"},
        {"declined"},
        {"showed"},
        {"recalled"},
        {"called"},
        {"found"},
        {"claimed"},
        {"replied"},
        {"threatened"},
        {"expected"},
        {"maintained"},
    )
    monkeypatch.setattr(quotes, "read_data_text", lambda name: table.replace("\tquantity\n", "\tamount\n"))
    with pytest.raises(
        ConfigError,
        match=r"line 3: sense is 'amount'; write physical, quantity, display, memory, convening, discovery, possession, decision, publication, endangering, reply, prospect, sentencing, keeping or leave it empty",
    ):
        quotes.load_cues.__wrapped__()


def test_verb_table_names_a_form_listed_twice(monkeypatch):
    table = _VERB_HEADER + "complain\tcomplains\tno\tno\tno\treported\nwhine\tcomplains\tno\tno\tno\teditorial\n"
    monkeypatch.setattr(quotes, "read_data_text", lambda name: table)
    with pytest.raises(ConfigError, match=r"line 3: 'complains' is also on line 2; list each form once"):
        quotes.load_cues.__wrapped__()


@pytest.fixture(scope="module")
def seed_000(seed_articles):
    article = seed_articles["000_66bd192b543b1da8"]
    return article, score_article(article)


def sentence_with(article, record, phrase):
    return next(s for s in record.sentences if phrase in article.text[s.start : s.end])


def test_seed_000_premeditated_actions_is_a_direct_quote_of_peskov(seed_000):
    article, record = seed_000
    sentence = sentence_with(article, record, "premeditated actions by Israeli pilots")
    assert (sentence.voice, sentence.speaker, sentence.actor) == ("direct", "Kremlin spokesman Dmitry Peskov", "Russia")


def test_seed_000_denial_is_attributed_speech_of_israel(seed_000):
    article, record = seed_000
    sentence = sentence_with(article, record, "Israel has repeatedly denied these allegations")
    assert (sentence.voice, sentence.actor) == ("reported", "Israel")
    quote = next(
        q
        for q in record.quotes
        if q.cue_start is not None and article.text[q.cue_start : q.cue_end] == "denied" and q.actor == "Israel"
    )
    assert article.text[quote.speaker_start : quote.speaker_end] == "Israel"
    assert article.text[quote.content_start : quote.content_end] == "these allegations"


def test_seed_000_spy_plane_sentence_is_editorial(seed_000):
    article, record = seed_000
    sentence = sentence_with(article, record, "Since the downing of the IL-20 spy plane")
    assert (sentence.voice, sentence.speaker, sentence.actor) == ("editorial", None, None)


def test_the_writers_first_person_is_the_outlets_voice_and_a_quoted_one_the_speakers():
    text = (
        "Ministers insist the targets are on track. I say they are not. "
        '"We say the targets are on track," the minister said.'
    )
    article = make_article(text, id="t", source="x")
    record = score_article(article)
    voices = [(text[s.start : s.end], s.voice, s.speaker) for s in record.sentences]
    assert voices == [
        ("Ministers insist the targets are on track.", "reported", "Ministers"),
        ("I say they are not.", "editorial", None),
        ('"We say the targets are on track," the minister said.', "direct", "the minister"),
    ]
    # the writer's blame is the outlet's own
    blamed = score_article(make_article("I blame Iran for the crisis.", id="u", source="x")).blame
    assert [(b.source, b.target, b.voice) for b in blamed] == [("outlet", "Iran", "editorial")]


def test_a_charge_denied_after_the_fact_is_the_words_of_who_made_it():
    text = "Ukraine said Russian forces were responsible for the strike, a charge Moscow denied."
    article = make_article(text, id="t", source="x")
    voices = VoiceMap(article, extract_quotes(article, load_registry()))
    at = text.index("responsible")
    assert voices.voice_of(at, at + len("responsible")).speaker == "Ukraine"
    # a plain attribution after its content keeps the words its own ("..., Netanyahu said")
    text = "Since Jerusalem and Moscow agreed to set up a hotline, Israel has thrived, Netanyahu said."
    article = make_article(text, id="u", source="x")
    voices = VoiceMap(article, extract_quotes(article, load_registry()))
    at = text.index("thrived")
    assert voices.voice_of(at, at + len("thrived")).speaker == "Netanyahu"


def test_an_interviews_answers_are_direct_and_its_introduction_and_questions_the_outlets():
    text = (
        "We spoke to the mayor, Anna Berg, about the floods.\n\nQ: Was the city ready?\n\n"
        "A: Not at all. We had warned about the dams.\n\nQ: What now?"
    )
    record = score_article(make_article(text, id="t", source="x"))
    voices = [(text[s.start : s.end], s.voice, s.speaker) for s in record.sentences]
    assert voices == [
        ("We spoke to the mayor, Anna Berg, about the floods.", "editorial", None),
        ("Q: Was the city ready?", "editorial", None),
        ("A: Not at all.", "direct", "Anna Berg"),
        ("We had warned about the dams.", "direct", "Anna Berg"),
        ("Q: What now?", "editorial", None),
    ]


def test_seed_000_actors(seed_000):
    _, record = seed_000
    assert list(record.actors)[:3] == ["Russia", "Israel", "Syria"]
    assert record.actors["Russia"]["first_offset"] == 0


fragments = st.sampled_from(
    [
        "\u201cNo,\u201d",
        " he said",
        ". ",
        "Peskov said that ",
        "according to Israel, ",
        '"',
        "\u201d",
        "\u2018",
        "\u2019",
        "'",
        "the pilots' jets",
        "Israel denied it",
        "\n",
        "\n\n",
        "The jets left",
        ", the army said.",
        "''",
        " ",
    ]
)


#: The verbs that dispute a claim reported with the same content (framing.quotes keeps both).
DISPUTING_CUES = frozenset("deny denies denied dispute disputes disputed reject rejects rejected".split())


@settings(max_examples=150, deadline=None)
@given(st.lists(fragments, max_size=25).map("".join))
@example("\u201cNo,\u201d'', the army said.")  # a speaker phrase that opens with a comma
@example(" he said\u201cNo,\u201dIsrael denied it\u201cNo,\u201d\u201cNo,\u201d")  # a claim and its denial
# a denial, then one speaker's claim of the same content through two cues: held once
@example(
    "\u201cNo,\u201d he saidIsrael denied it\u201cNo,\u201daccording to Israel, according to Israel, \u201cNo,\u201d"
)
def test_quote_spans_are_valid_unique_and_deterministic(text):
    if not text.strip():
        return
    article = make_article(text, id="t", source="test")
    records = extract_quotes(article, REGISTRY)
    assert records == extract_quotes(make_article(text, id="t", source="test"), REGISTRY)
    by_content: dict[tuple[int, int], list] = {}
    for q in records:
        by_content.setdefault((q.content_start, q.content_end), []).append(q)
    for same in by_content.values():
        # one content is held twice only as a claim and its dispute by another speaker ("Israel
        # said Hamas fired the rocket, a charge Hamas denies")
        disputes = [
            q for q in same if q.cue_start is not None and text[q.cue_start : q.cue_end].lower() in DISPUTING_CUES
        ]
        assert len(same) - len(disputes) <= 1
        assert len({q.speaker for q in same}) == len(same)
    for q in records:
        assert 0 <= q.content_start < q.content_end <= len(text)
        for start, end in [(q.cue_start, q.cue_end), (q.speaker_start, q.speaker_end), *q.fragments]:
            assert (start is None) == (end is None)
            if start is not None:
                assert 0 <= start < end <= len(text)


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda pair: (pair[0], pair[0] + pair[1])), max_size=25
)


@settings(max_examples=300, deadline=None)
@given(spans=_SPANS, query=st.tuples(st.integers(0, 90), st.integers(0, 30)))
def test_span_index_finds_what_a_pass_over_all_spans_finds(spans, query):
    entries = [(start, end, i) for i, (start, end) in enumerate(spans)]
    index = SpanIndex(entries)
    start, end = query[0], query[0] + query[1]

    def overlaps(entry):
        return entry[0] < end and start < entry[1]

    def contains(entry):
        return entry[0] <= start and end <= entry[1]

    # Overlap is what voice_of asks, containment what a quote's owner needs; both in
    # the entries' original order, since the first match decides.
    assert [e for e in index.near(start, end) if overlaps(e)] == [e for e in entries if overlaps(e)]
    assert [e for e in index.near(end, start) if contains(e)] == [e for e in entries if contains(e)]
    assert index.starting(start, end) == [e for e in entries if start <= e[0] <= end]


def _quoted(text):
    return quoted_text(make_article(text, id="t", source="test"))


@settings(max_examples=200, deadline=None)
@given(st.lists(fragments, max_size=25).map("".join))
def test_quotation_text_only_swaps_quotation_marks(text):
    if not text.strip():
        return
    quoted = _quoted(text)
    view, marks_text = quoted.view, quoted.text
    assert len(marks_text) == len(view.text)
    for before, after in zip(view.text, marks_text, strict=True):
        assert before == after or {before, after} == {"'", '"'}
    if "'" not in view.text:
        assert marks_text == view.text


_PLAIN_WORDS = st.sampled_from(["Peskov", "said", "on", "Monday", "the", "jets", "were", "gone"])
_QUOTED_WORDS = st.sampled_from(
    ["the", "pilots' jets", "Israel", "was", "a", "plane", "don't", "'90s", "O'Brien", "Shoigu's", "rock 'n' roll"]
    + ["\u201cprovocation\u201d", "Jesus' words", "'em"]
)


@settings(max_examples=300, deadline=None)
@given(
    before=st.lists(_PLAIN_WORDS, max_size=5),
    first=_PLAIN_WORDS,
    quoted=st.lists(_QUOTED_WORDS, max_size=8),
    last=_PLAIN_WORDS,
    end=st.sampled_from([",", ".", "!", "?", ""]),
    marks=st.sampled_from([("\u2018", "\u2019"), ("'", "'"), ("\u2019", "\u2019")]),
    after=st.sampled_from([" he said.", ", he said.", "", " on Monday."]),
)
def test_single_marks_enclose_exactly_the_quoted_words(before, first, quoted, last, end, marks, after):
    """Apostrophes inside (possessives before their noun, elisions, contractions) never end or open a quote,
    and a quote nested in double marks stays inside. (The quote opens with a plain word: an
    apostrophe right after the opening mark would make it the doubled-apostrophe mark.)"""
    lead = " ".join(before) + " " if before else ""
    quote = marks[0] + " ".join([first, *quoted, last]) + end + marks[1]
    text = lead + quote + after
    quoted = _quoted(text)
    spans = [quoted.view.span_to_original(start, stop) for start, stop, _ in quoted.spans]
    assert spans == [(len(lead), len(lead) + len(quote))]


def test_it_never_names_a_person():
    text = (
        "The ministry said the plane was hit. Vladimir Putin said it was a chain of tragic events. "
        "It said the pilots were to blame."
    )
    assert [q.speaker for q in extract_quotes(make_article(text, id="t", source="x"), REGISTRY)] == [
        "The ministry",
        "Vladimir Putin",
        "The ministry",
    ]


def test_he_and_she_never_name_a_plural_or_a_document():
    text = (
        "Lynch said the department would act. Data from the census show that women hold 41 percent of the jobs. "
        '"We have work to do," she said.'
    )
    assert [(q.speaker, q.kind) for q in extract_quotes(make_article(text, id="t", source="x"), REGISTRY)] == [
        ("Lynch", "indirect"),
        ("Data from the census", "indirect"),
        ("Lynch", "direct"),
    ]


def test_they_never_names_a_document():
    text = (
        "The two unions said the cuts were illegal. A court order asking the city to delay the cuts arrived "
        'on Friday. "We will keep fighting," they said.'
    )
    assert [q.speaker for q in extract_quotes(make_article(text, id="t", source="x"), REGISTRY)] == [
        "The two unions",
        "A court order",
        "The two unions",
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a title gives a gender: "she" skips the later "Mr. Holt"
        ('Ms. Okafor met Mr. Holt on Tuesday. "The audit is overdue," she said.', ["Ms. Okafor"]),
        # so does the pronoun that named a speaker before: "he" made Senator Pike a man
        (
            "Senator Lund said the levy was fair, and she said it would pass. Senator Pike said it was unfair, "
            'and he said it would fail. "It will pass," she said.',
            ["Senator Lund", "Senator Lund", "Senator Pike", "Senator Pike", "Senator Lund"],
        ),
        # and a gendered noun ("widow"); a possessor ("on Putin's orders") is no antecedent
        (
            "Navalny's widow, Yulia Navalnaya, said he had been killed on Putin's orders. "
            "She accused the authorities of hiding the body.",
            ["Navalny's widow, Yulia Navalnaya", "Navalny's widow, Yulia Navalnaya"],
        ),
        # a body's proper name is never "he": the person named before it is
        (
            "Donald Trump is raising questions about the debate. He notes that the Commission on Presidential "
            'Debates announced there was an issue with the microphone. He says, "It was a disaster."',
            ["Donald Trump", "the Commission on Presidential Debates", "Donald Trump"],
        ),
    ],
)
def test_he_and_she_never_name_a_person_of_the_other_gender(text, speakers):
    assert [q.speaker for q in extract_quotes(make_article(text, id="t", source="x"), REGISTRY)] == speakers


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a person named again by surname speaks for the actor of their first, fuller mention
        (
            "Pentagon press secretary Pat Ryder said the drone came from Syria. Ryder said more strikes would come.",
            [("Pentagon press secretary Pat Ryder", "United States"), ("Ryder", "United States")],
        ),
        (
            "Iran's foreign ministry spokesman Nasser Kanaani said the charge was baseless. "
            '"We had no role," Mr. Kanaani said.',
            [("Iran's foreign ministry spokesman Nasser Kanaani", "Iran"), ("Mr. Kanaani", "Iran")],
        ),
        # or of a title before the full name outside any attribution
        (
            "The talks were led by Iranian envoy Ali Bagheri and lasted six hours. Bagheri said sanctions must go.",
            [("Bagheri", "Iran")],
        ),
        # not the words around a name with no title ("Varga of Sweden" may be anyone from there)
        ("The deal was signed by Ursula Varga of Sweden in 2012. Varga said it was fair.", [("Varga", None)]),
        # not through a coordinated phrase: the actor there may be the other conjunct's
        (
            "Donald Trump and Maria Lindqvist said the deal was dead. Lindqvist said talks would go on.",
            [("Donald Trump and Maria Lindqvist", "United States"), ("Lindqvist", None)],
        ),
        # a person under a body's title with no country speaks for the body that spoke last
        (
            'The Israeli military said it was not to blame. "Rockets were fired from Gaza," military spokesman Daniel Hagari said.',
            [("The Israeli military", "Israel"), ("military spokesman Daniel Hagari", "Israel")],
        ),
        (
            'Hamas said Israel was to blame. "It was a rocket," military spokesman Daniel Hagari said.',
            [("Hamas", "Hamas"), ("military spokesman Daniel Hagari", None)],
        ),
        # a body named for a place or group that is no actor of ours does not take the last speaker's actor
        (
            "Israeli officials said the blast was a misfire. The Gaza health ministry said 471 people had died.",
            [("Israeli officials", "Israel"), ("The Gaza health ministry", None)],
        ),
        # an adverb after the subject is no part of the speaker
        ("Moscow instead said Kyiv was to blame.", [("Moscow", "Russia")]),
        ("Russia meanwhile said the plane was hit by Ukraine.", [("Russia", "Russia")]),
        ("Moscow instead points the finger at Kiev, arguing that Ukraine is to blame.", [("Moscow", "Russia")]),
        ("Israel then issued a statement saying the report was false.", [("Israel", "Israel")]),
        # a list of names before the cue speaks whole; an opening adverbial is no name in it
        (
            "Jordan, Egypt and the Palestinian Authority condemned what they called a massacre.",
            [("Jordan, Egypt and the Palestinian Authority", "Jordan")],
        ),
        ("Meanwhile, Russia and Iran said the talks had failed.", [("Russia and Iran", "Russia")]),
        ("In Amman, Jordan and Egypt said the talks had failed.", [("Jordan and Egypt", "Jordan")]),
        # a plural of people who comment needs no determiner to speak ("commentators", "pundits")
        ("The army ignored the warning, while commentators said the plan would fail.", [("commentators", None)]),
        # a noun the words after it describe, with no "that", is not the speaker's ("a charge X denies")
        ("Iran arms the rebels, a charge Tehran denies.", [("Tehran", "Iran")]),
        ("Iran arms the rebels, a fact its diplomats deny.", [("its diplomats", "Iran")]),
        ("Israel struck the convoy, a move the Kremlin condemned.", [("the Kremlin", "Russia")]),
        # one who speaks for a body named by a common noun speaks for whom it names
        (
            'Ukraine\'s military intelligence agency said Russia staged it. "It was staged," a spokesman for the agency, '
            "Andriy Yusov, told reporters.",
            [
                ("Ukraine's military intelligence agency", "Ukraine"),
                ("a spokesman for the agency, Andriy Yusov", "Ukraine"),
            ],
        ),
        # nor a common noun that opens a sentence ("Officials said"), whatever was said before
        (
            "Israeli officials said the jets had left. Officials said the pilots saw nothing.",
            [("Israeli officials", "Israel"), ("Officials", None)],
        ),
    ],
)
def test_a_surname_speaks_for_the_actor_of_its_earlier_full_name(text, actors):
    quotes = extract_quotes(make_article(text, id="t", source="x"), REGISTRY)
    assert [(q.speaker, q.actor) for q in quotes] == actors


def test_i_and_we_outside_quotes_are_the_writer():
    text = (
        "The growers said the tariff was ruinous. I should add that my own farm grows no soy. We expect a long fight."
    )
    speakers = ["The growers", "I", "We"]
    assert [q.speaker for q in extract_quotes(make_article(text, id="t", source="x"), REGISTRY)] == speakers
    # and "he" after them goes past the writer to the last person
    text = "Senator Pike said the levy was unfair. I know that he wants a delay."
    speakers = ["Senator Pike", "I", "Senator Pike"]
    assert [q.speaker for q in extract_quotes(make_article(text, id="t", source="x"), REGISTRY)] == speakers


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        # a quote resumed after its attribution's sentence is one quote, also when the attribution
        # holds a relative clause with a verb of its own or names a topic
        (
            '"Now is the time to act," said Don Fowler, who has backed Clinton since her 2008 bid. '
            '"I think the plan should be ready by six."',
            ['"Now is the time to act,"', '"I think the plan should be ready by six."'],
        ),
        (
            '"Two states have been hacked," he said of the prospect of tampering with returns. '
            '"Right now, there is little to deter them."',
            ['"Two states have been hacked,"', '"Right now, there is little to deter them."'],
        ),
        # a cue of its own right before the second quote, or an attribution of its own after it,
        # makes it a quote of its own
        (
            '"The inquiry is about the ministry," Issa said, adding that he wants answers. '
            '"They have raised more questions," he said.',
            ['"The inquiry is about the ministry,"'],
        ),
        (
            '"Now is the time to act," said Don Fowler, adding that "the plan should be ready by six."',
            ['"Now is the time to act,"'],
        ),
        # a quote of whole sentences right after the attribution that closes the quote before it
        # goes on with that quote, whatever ends the first part, also in the next paragraph
        (
            "Council votes on the levy\n\nThe vote was close.\n\n"
            "\u201cHow often must we vote on this?\u201d Mayor Ruiz said. "
            "\u201cOn Main Street, a shop closed last week. This cannot go on.\u201d",
            [
                "\u201cHow often must we vote on this?\u201d",
                "\u201cOn Main Street, a shop closed last week. This cannot go on.\u201d",
            ],
        ),
        (
            "Council votes on the levy\n\nThe vote was close.\n\n"
            "\u201cNobody is marching for the levy,\u201d she said.\n\n"
            "\u201cRight now, the vote is against the mayor. It is not for the plan.\u201d",
            [
                "\u201cNobody is marching for the levy,\u201d",
                "\u201cRight now, the vote is against the mayor. It is not for the plan.\u201d",
            ],
        ),
        (
            "Council votes on the levy\n\nThe vote was close.\n\n"
            '"Who hacked two states?" Mayor Ruiz said in a statement. "Right now, there is little to deter them."',
            ['"Who hacked two states?"', '"Right now, there is little to deter them."'],
        ),
        # ... or an apposition to a speaker after the cue
        (
            "Council votes on the levy\n\nThe vote was close.\n\n"
            '"Who hacked two states?" said Ann Lee, the architect of the campaign. "Right now, there is little to '
            'deter them."',
            ['"Who hacked two states?"', '"Right now, there is little to deter them."'],
        ),
        # not over a clause of the outlet's
        (
            "Council votes on the levy\n\nThe vote was close.\n\n"
            '"Who hacked two states?" Mayor Ruiz said, but aides disagreed. "Right now, there is little to deter them."',
            ['"Who hacked two states?"'],
        ),
        # not over a sentence of the outlet's
        (
            "Council votes on the levy\n\nThe vote was close.\n\n"
            "\u201cHow often must we vote on this?\u201d Mayor Ruiz said. Turnout was low. "
            "\u201cOn Main Street, a shop closed last week. This cannot go on.\u201d",
            ["\u201cHow often must we vote on this?\u201d"],
        ),
    ],
)
def test_a_quote_resumed_after_its_attribution_is_one_quote(text, fragments):
    first = extract_quotes(make_article(text, id="t", source="x"), REGISTRY)[0]
    pieces = first.fragments or ((first.content_start, first.content_end),)
    assert first.kind == "direct"
    assert [text[start:end] for start, end in pieces] == fragments


def _longest_form_at_each_word(cues, text: str) -> list[tuple[int, int]]:
    """The cue reading spelled out: at each word (letters only; a hyphen joins words), the
    longest listed form, lower case or with a capital first letter."""
    import re

    found = []
    position = 0
    for match in re.finditer(r"(?<![\w-])[A-Za-z]+(?![\w-])", text):
        if match.start() < position:
            continue
        for form in sorted(cues.forms, key=len, reverse=True):
            for spelling in (form, form[:1].upper() + form[1:]):
                end = match.start() + len(spelling)
                if text.startswith(spelling, match.start()) and not re.match(r"[\w-]", text[end : end + 1]):
                    found.append((match.start(), end))
                    position = end
                    break
            else:
                continue
            break
    return found


_CUE_PIECES = ["said", "Said", "SAID", "spoke", "out", "against", "warned", "of", "according", "to", "puts", "it"]
_CUE_PIECES += ["lashed", "at", "self", "-", "told", "x", "2", "unsaid", "'s", "calls", "for", "on"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CUE_PIECES), st.sampled_from([" ", "", ", ", "\n", "  "])), max_size=12))
def test_cues_are_the_longest_listed_form_at_each_word(pieces):
    text = "".join(piece + gap for piece, gap in pieces)
    cues = quotes.load_cues()
    assert cues.find(text) == _longest_form_at_each_word(cues, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke out against it and Said so.", ["spoke out against", "Said"]),
        ("The self-described critic SAID nothing unsaid.", []),
        ("She lashed out at him and calls for calm.", ["lashed out at", "calls for"]),
    ],
)
def test_cue_forms_found(text, expected):
    assert [text[s:e] for s, e in quotes.load_cues().find(text)] == expected
