"""Blame attribution: table tests on fresh sentences, negatives, seed checks and properties."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.blame import load_blame_rules, parse_blame_rules
from framing.errors import ConfigError
from framing.ingest import make_article
from framing.score import score_article


def blames(text):
    """(source, target, kind, voice) of every blame record in ``text``."""
    record = score_article(make_article(text, id="t", source="test"))
    return [(b.source, b.target, b.kind, b.voice) for b in record.blame]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial of a harm act by the denier's own forces, or by a named actor; a source calling
        # the accusations false (the outlet saying so is no record)
        (
            "Russia's Defense Ministry denied that its forces had carried out the strike.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        ("Moscow denied that Syrian jets had bombed the hospital.", [("Russia", "Syria", "denial", "reported")]),
        ("Russia denied that the talks had failed.", []),
        (
            'Kremlin spokesman Dmitry Peskov said the accusations were "absolutely untrue".',
            [("Russia", "Russia", "denial", "reported")],
        ),
        ("The accusations were false.", []),
        # reciprocal blame between parties named by their forces
        (
            "Sudan's army and the RSF traded accusations.",
            [
                ("Sudan", "Rapid Support Forces", "blame", "reported"),
                ("Rapid Support Forces", "Sudan", "blame", "reported"),
            ],
        ),
        (
            "The Sudanese army and the RSF traded accusations.",
            [
                ("Sudan", "Rapid Support Forces", "blame", "reported"),
                ("Rapid Support Forces", "Sudan", "blame", "reported"),
            ],
        ),
        # "the army" is a state's: it never speaks for the organisation quoted before it
        (
            "Human Rights Watch said in a report that 40 civilians had been executed. The army denied any wrongdoing.",
            [],
        ),
        # a subject before "were quick to", "sought to": theirs, never the outlet's; an actor
        # there blames; "It is easy to ..." stays the outlet's
        ("Western governments were quick to point the finger at Moscow.", []),
        ("Many were quick to blame Moscow.", []),
        ("Russia was quick to blame Israel for the crash.", [("Russia", "Israel", "blame", "reported")]),
        ("It is easy to point the finger at Moscow.", [("outlet", "Russia", "blame", "editorial")]),
        # "the work of X" names who did a harm; "not the work of X" rejects it; "cast the blame on"
        (
            "The attack was the work of Hezbollah, Israeli officials said.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        ("The attack was not the work of Iran, Tehran said.", [("Iran", "Iran", "denial", "reported")]),
        ("Moscow cast the blame on Kyiv.", [("Russia", "Ukraine", "blame", "reported")]),
        # "blamed on" in a relative clause: the relative's subject blames (each of two subjects)
        (
            "The worm, which Washington and London later blamed on North Korea, disrupted a third of hospitals.",
            [
                ("United States", "North Korea", "blame", "reported"),
                ("United Kingdom", "North Korea", "blame", "reported"),
            ],
        ),
        ("It was the same attack that Moscow has blamed on Kyiv.", [("Russia", "Ukraine", "blame", "reported")]),
        # a predicate coordinated with an earlier one shares the clause's subject, not the last actor
        (
            "Israel has said Iran arms and funds Hezbollah and is responsible for its attacks.",
            [("Israel", "Iran", "blame", "reported")],
        ),
        (
            "Israel said Russia and Iran arm Hezbollah and are responsible for the attacks.",
            [("Israel", "Russia", "blame", "reported"), ("Israel", "Iran", "blame", "reported")],
        ),
        # "rejected the claim" denies only a blame of the denier just before it, not any claim
        (
            "Moscow said Ukrainian forces were behind the attack. Kyiv rejected the claim.",
            [("Russia", "Ukraine", "blame", "reported"), ("Ukraine", "Ukraine", "denial", "reported")],
        ),
        ("Kyiv rejected the claim.", []),
        (
            "Moscow blamed Kyiv. Prices rose. Exports fell. Kyiv dismissed the report.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        ("Moscow blamed Kyiv. Washington rejected the claim.", [("Russia", "Ukraine", "blame", "reported")]),
        # a subject pronoun is not the object of its own clause: "it" is the army, not Hezbollah
        # ("itself"); an actor's own side may still be blamed by name ("he blasted the Syrian media")
        (
            "The Israeli army said it struck a depot belonging to Hezbollah. It held Hezbollah responsible.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        (
            "President Bashar Assad spoke on Monday. He blamed the Syrian media for the panic.",
            [("Syria", "Syria", "blame", "reported")],
        ),
        # a verb of liking or intending before "to blame" leaves the blame to its subject, never
        # to the outlet: "Officials" is no actor of ours, so no record
        ("Officials like to blame Iran for the outage.", []),
        ("Moscow prefers to blame Kyiv for the shelling.", [("Russia", "Ukraine", "blame", "reported")]),
        # a passive of blaming inside a relative clause: its antecedent is blamed, by the agent
        (
            "Syria, which has been accused by Turkey of shelling the border, rejected the charge.",
            [("Syria", "Syria", "denial", "reported"), ("Turkey", "Syria", "blame", "reported")],
        ),
        (
            "Hezbollah, who were blamed by Israel for the blast, said nothing.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        # a deliberate harm in the passive blames its agent, as "X deliberately ..." does
        (
            "Moscow said the pipeline had been deliberately sabotaged by Kyiv.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        (
            "The bridge was intentionally targeted by Russia, Ukrainian officials said.",
            [("Ukraine", "Russia", "blame", "reported")],
        ),
        ("The pipeline was damaged by an anchor, Moscow said.", []),
        # where the blamed thing is is not who is blamed; the rulers of a place are the place
        ("Moscow blamed the unrest in Syria for the losses.", []),
        ("The carmaker cut its profit forecast, blaming weak demand in China and higher costs for batteries.", []),
        ("Moscow blamed the regime in Damascus for the attack.", [("Russia", "Syria", "blame", "reported")]),
        # and so is where it works from
        ("German officials attributed the attack to a criminal gang operating from Russia.", []),
        ("Germany blamed a hacking group based out of Iran for the outage.", []),
        # a verb whose past is its base form before a possessive ends the subject, which blames
        # (the airline, no actor of ours; not the outlet)
        ("The airline cut its flights, blaming Israel for the strike.", []),
        ("Russia cut its gas supplies, blaming Israel for the crash.", [("Russia", "Israel", "blame", "reported")]),
        # "..., a charge X denies", "..., which X denies" after X is blamed: X rejects that blame
        (
            "Russia accused Israel of causing the crash, which Israel denies.",
            [("Israel", "Israel", "denial", "reported"), ("Russia", "Israel", "blame", "reported")],
        ),
        (
            "Moscow blamed Israel for the crash, a charge the Israeli government has repeatedly rejected.",
            [("Israel", "Israel", "denial", "reported"), ("Russia", "Israel", "blame", "reported")],
        ),
        ("Moscow blamed Israel for the crash, a claim Tehran rejects.", [("Russia", "Israel", "blame", "reported")]),
        # also after a dash
        (
            "Pyongyang accused the United States of preparing an invasion \u2014 a charge Washington denies.",
            [
                ("United States", "United States", "denial", "reported"),
                ("North Korea", "United States", "blame", "reported"),
            ],
        ),
        (
            "Moscow blamed Israel for the crash -- a charge Israel called absurd.",
            [("Israel", "Israel", "denial", "reported"), ("Russia", "Israel", "blame", "reported")],
        ),
        # an actor set against the target after a possessive is no target ("rather than its Syrian client")
        ("Moscow chose to blame Israel rather than its Syrian client.", [("Russia", "Israel", "blame", "reported")]),
        # a repeated preposition links coordinated targets ("with Syria, and with the Iranian officials")
        (
            "Responsibility lies with Syria, and with the Iranian officials who ship weapons.",
            [("outlet", "Syria", "blame", "editorial"), ("outlet", "Iran", "blame", "editorial")],
        ),
        (
            "Moscow put the blame on Israel and on Syria.",
            [("Russia", "Israel", "blame", "reported"), ("Russia", "Syria", "blame", "reported")],
        ),
        # an actor after "and" with a verb of its own opens a clause: not blamed
        ("Russia blamed Israel and Iran denied it.", [("Russia", "Israel", "blame", "reported")]),
        ("Russia blamed Israel and Iran said nothing.", [("Russia", "Israel", "blame", "reported")]),
        # an -ing form of blaming opening its sentence, subject of a modal: an act supposed, no record
        ("Blaming Damascus would mean admitting failure.", []),
        ("Accusing Israel of the crash could backfire on Moscow.", []),
        ("Blaming Israel, Moscow said it would respond.", [("Russia", "Israel", "blame", "reported")]),
        # a yes-no question asks, it does not assert: no record; a wh-question presupposes the act
        ("Fact check: Did Israel use the Il-20 as cover?", []),
        ('Is Israel to blame for the downing? "Yes," the minister said.', []),
        ("Did Israel deny responsibility for the crash?", []),
        ("Why did Israel use the plane as cover?", [("outlet", "Israel", "blame", "editorial")]),
        (
            "Was Israel responsible? Moscow blamed Israel for the crash.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # after a blame, an apposition naming the charge that its target calls false is a denial
        (
            "Russia accused Israel of hiding behind the plane, a charge Israel called absurd.",
            [("Israel", "Israel", "denial", "reported"), ("Russia", "Israel", "blame", "reported")],
        ),
        (
            "Russia accused Israel of hiding behind the plane, a claim that the Israeli military dismissed as lies.",
            [("Israel", "Israel", "denial", "reported"), ("Russia", "Israel", "blame", "reported")],
        ),
        # "It" opening a sentence after a body's sentence is that body (no actor: no record), not
        # the last actor named
        (
            "Amnesty called on the United States to halt arms sales. The coalition did not respond."
            " It has previously denied targeting civilians.",
            [],
        ),
        (
            "Amnesty called on the United States to halt arms sales. The Kremlin did not respond."
            " It has previously denied targeting civilians.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        # a heading inside the body reads in a headline's grammar; a body sentence does not
        (
            "Talks began in Moscow on Monday.\n\nSyrian regime responsible for plane loss\n\nThe delegation met.",
            [("outlet", "Syria", "blame", "editorial")],
        ),
        (
            "Talks began in Moscow on Monday.\n\nThe talks went on for hours, the Syrian regime responsible for"
            " plane loss and other matters being discussed by delegates on both sides of the table.",
            [],
        ),
        # "chose instead to accuse": the subject of the verb before the infinitive blames; "His
        # generals" speak for the country of the person "he" is
        (
            "Putin spoke first. His generals, eager to deflect questions, chose instead to accuse Israel of"
            ' "hostile actions."',
            [("Russia", "Israel", "blame", "reported")],
        ),
        # "lined up to condemn": a past verb with its particle before the infinitive; the subject
        # blames, not the outlet, and the Duma is Russia's
        ("Lawmakers on Wednesday lined up to condemn Israel over the loss of the plane.", []),
        (
            "Deputies of the State Duma on Wednesday lined up to condemn Israel over the loss of the plane.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # attributing a harm to someone blames them: the subject, the passive's agent, or with no
        # agent the speaker (here the outlet); not a harm with no actor, nor a thing that is no harm
        (
            "Syrian state media attributed the strikes to Israeli aircraft.",
            [("Syria", "Israel", "blame", "reported")],
        ),
        (
            "Russia attributed the loss of the plane to Israeli pilots.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        (
            "The strikes were attributed by Syrian state media to Israeli aircraft.",
            [("Syria", "Israel", "blame", "reported")],
        ),
        ("The strikes were widely attributed to Israel.", [("outlet", "Israel", "blame", "editorial")]),
        ("The ministry attributed the crash to pilot error.", []),
        ("Analysts attributed the rise in prices to Russia.", []),
        # an unowned "the Defence Ministry" speaks for the state the sentence before is about
        (
            "Moscow's line has shifted. The Defence Ministry first said Israel was fully to blame.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # a longer quoted fragment inside the clause is read unquoted by the rules
        (
            'Konashenkov said the Israeli pilots "used the Russian plane as cover".',
            [("Russia", "Israel", "blame", "direct")],
        ),
        # the blame laid "at the door of" or "at the feet of" someone
        (
            "Ankara laid the blame for the bombing at the door of the PKK.",
            [("Turkey", "PKK", "blame", "reported")],
        ),
        (
            "Moscow placed responsibility squarely at the feet of Kyiv.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        # involvement in or a role in a harmful event; a denial of it clears the subject
        (
            "Iran played a key role in the attack, Israeli officials said.",
            [("Israel", "Iran", "blame", "reported")],
        ),
        (
            "Israeli officials said Hezbollah was directly involved in the attack.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        (
            "Israel denied that it had any role in the explosion.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        # past a semicolon, a coordinated verb's subject is its own clause's
        (
            "Russia accused Israel of using the plane as cover; Israel denied the charge and blamed Syria.",
            [
                ("Israel", "Israel", "denial", "reported"),
                ("Israel", "Syria", "blame", "reported"),
                ("Russia", "Israel", "blame", "reported"),
            ],
        ),
        # regarding someone as responsible blames them; a duty one is responsible for does not
        ("Moscow singled out Israel as responsible.", [("Russia", "Israel", "blame", "reported")]),
        ("Many Syrians see Iran as responsible for the war.", [("Syria", "Iran", "blame", "reported")]),
        # denying: disclaiming, brushing off (active or passive), "in no way responsible"
        ("Israel disclaimed responsibility.", [("Israel", "Israel", "denial", "reported")]),
        ("Jerusalem brushed off the accusations.", [("Israel", "Israel", "denial", "reported")]),
        ("The accusations were shrugged off by Israel.", [("Israel", "Israel", "denial", "reported")]),
        ("Israel said its pilots were in no way responsible.", [("Israel", "Israel", "denial", "reported")]),
        # a relative's pronoun subject is the main clause's ("which it blamed on X"); "which Y
        # blamed on Z" blames Z, not the main clause
        (
            "France condemned the shelling of a hospital, which it blamed on Syrian government forces.",
            [("France", "Syria", "blame", "reported")],
        ),
        ("Russia condemned the attack, which Syria blamed on Israel.", [("Syria", "Israel", "blame", "reported")]),
        # a pronoun object is not its verb's subject; another actor of the sentence, or none
        ("Syria said Israel had blamed it for the attack.", [("Israel", "Syria", "blame", "reported")]),
        # "his" after a state owning a person's title: that state
        (
            "Israel's army chief denied that his pilots had acted irresponsibly.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        # a contrast names who did the harm, as a cleft does
        (
            "Syria's air defences, not Israel, shot down the plane, the IDF said.",
            [("Israel", "Syria", "blame", "reported")],
        ),
        # a charge denied after the fact stays the words of the one who made it
        (
            "Ukraine said Russian forces were responsible for the strike on the dam, a charge Moscow denied.",
            [("Russia", "Russia", "denial", "reported"), ("Ukraine", "Russia", "blame", "reported")],
        ),
        # an accusation rejected by a third party clears the actor the claim opens with; a pronoun
        # opening it is the denier, not the possessor whose claim it is
        (
            "The International Court of Justice rejected Ukraine's claims that Russia had financed terrorism.",
            [("International Court of Justice", "Russia", "denial", "reported")],
        ),
        (
            "The United States dismissed Russian accusations that Israel was to blame.",
            [("United States", "Israel", "denial", "reported")],
        ),
        (
            "Israel denied Russia's claim that it used the downed aircraft as cover.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        (
            "Israel rejected Moscow's allegations that the talks had failed.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        # a proxy with no actor of its own, then its sponsor, at the end of the target slot
        (
            "The United States attributed the hack to hackers linked to China's Ministry of State Security.",
            [("United States", "China", "blame", "reported")],
        ),
        (
            "Israel blamed the attack on a group affiliated with Iran.",
            [("Israel", "Iran", "blame", "reported")],
        ),
        (
            "Britain said a Chinese state-backed group was behind the intrusion.",
            [("United Kingdom", "China", "blame", "reported")],
        ),
        # suspicion names a culprit; so does seeing someone's hand in a harm; a share of the blame
        ("Poland said it suspected Russia of sabotage.", [("Poland", "Russia", "blame", "reported")]),
        ("Israel was suspected by Russia of helping the rebels.", [("Russia", "Israel", "blame", "reported")]),
        ("Russia saw Israel's hand in the attack.", [("Russia", "Israel", "blame", "reported")]),
        ("Russia placed much of the blame on Syria.", [("Russia", "Syria", "blame", "reported")]),
        # "which it accused of": the main clause's subject accuses the relative's antecedent, the
        # last name before it even after "on"; no one when the relative sits in that subject
        (
            "The United States imposed sanctions on Iran, which it accused of supplying drones to Russia.",
            [("United States", "Iran", "blame", "reported")],
        ),
        (
            "The US imposed sanctions on Iran, which Israel accuses of arming Hezbollah.",
            [("Israel", "Iran", "blame", "reported")],
        ),
        ("Russia, which it accused of the attack, denied it.", []),
        # an attack without provocation
        (
            "Israel said Hezbollah fired rockets without provocation.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        (
            "Israel launched an unprovoked attack on Syria, Damascus said.",
            [("Syria", "Israel", "blame", "reported")],
        ),
        # a denial with its "as" complement put before a long object
        (
            "China rejected as groundless US claims that it had hacked the networks.",
            [("China", "China", "denial", "reported")],
        ),
        (
            "Iran dismissed as politically motivated the charges against its diplomats.",
            [("Iran", "Iran", "denial", "reported")],
        ),
        # evading the responsibility one has: the evader is blamed
        (
            "Israel cannot escape responsibility for the deaths, Russia said.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        (
            "Russia said Israel was trying to evade responsibility for the crash.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("Russia said Israel had shirked its responsibility.", [("Russia", "Israel", "blame", "reported")]),
        # linking, tracing or implicating: X is tied to the harm
        ("Ukraine linked Russia to the blast.", [("Ukraine", "Russia", "blame", "reported")]),
        ("Poland implicated Belarus in the sabotage.", [("Poland", "Belarus", "blame", "reported")]),
        ("Ukraine linked the blast to Russia.", [("Ukraine", "Russia", "blame", "reported")]),
        ("Iran traced the attack to Israel.", [("Iran", "Israel", "blame", "reported")]),
        ("Serbia said Kosovo had a hand in the bombing.", [("Serbia", "Kosovo", "blame", "reported")]),
        ("Egypt chided Ethiopia for filling the dam.", [("Egypt", "Ethiopia", "blame", "reported")]),
        ("India reprimanded Pakistan over the shelling.", [("India", "Pakistan", "blame", "reported")]),
        # those a blamed act is done against are not blamed
        ("Serbia blamed Kosovo's terror against Serbs for the violence.", [("Serbia", "Kosovo", "blame", "reported")]),
        ("Russia blamed Israel's aggression against Syria for the crash.", [("Russia", "Israel", "blame", "reported")]),
        # "his" after a capitalised title: the state the titled person speaks for
        (
            "Serbian President Aleksandar Vucic denied that his government had any role in the attack.",
            [("Serbia", "Serbia", "denial", "reported")],
        ),
        # a group whose name holds a country's and another group's is its own actor
        (
            "Pakistan blamed the Tehrik-i-Taliban Pakistan, or TTP, for the attack.",
            [("Pakistan", "Pakistani Taliban", "blame", "reported")],
        ),
        ("Pakistan blamed the Afghan Taliban for the attack.", [("Pakistan", "Taliban", "blame", "reported")]),
        # a verb before the infinitive of blaming inside a reported clause: its own subject blames
        ("Russia said Israel was trying to blame Syria for the downing.", [("Israel", "Syria", "blame", "reported")]),
        (
            "Iran said Washington wanted to blame Tehran for the protests.",
            [("United States", "Iran", "blame", "reported")],
        ),
        (
            'Iran said Washington had "the audacity" to blame Iran for the protests.',
            [("United States", "Iran", "blame", "reported")],
        ),
        # "they" is not the place named after a preposition
        (
            "Iran is orchestrating an attack on the embassy in Iraq. They will be held fully responsible, Trump said.",
            [("United States", "Iran", "blame", "reported")],
        ),
        # "had no involvement in": a denial like "had no role in"
        (
            "The United States said it had no involvement in the incident.",
            [("United States", "United States", "denial", "reported")],
        ),
        # each conjunct of a coordinated subject denies, named by its head after modifiers
        (
            "Syria and its ally Russia have repeatedly denied using chemical weapons.",
            [("Syria", "Syria", "denial", "reported"), ("Russia", "Russia", "denial", "reported")],
        ),
        (
            "The PKK and the Syrian Kurdish-led SDF both denied involvement.",
            [
                ("PKK", "PKK", "denial", "reported"),
                ("Syrian Democratic Forces", "Syrian Democratic Forces", "denial", "reported"),
            ],
        ),
        (
            "Iran-backed Hezbollah and Syria blamed Israel.",
            [("Hezbollah", "Israel", "blame", "reported"), ("Syria", "Israel", "blame", "reported")],
        ),
        # a relative clause with no "which" whose object is gone: its subject blames the phrase before
        (
            "Poland expelled the Russian diplomats Warsaw accused of spying.",
            [("Poland", "Russia", "blame", "reported")],
        ),
        (
            "Moscow ordered Polish diplomats out, days after Warsaw expelled Russian envoys it accused of spying.",
            [("Poland", "Russia", "blame", "reported")],
        ),
        (
            "Moscow retaliated days after Warsaw expelled ten Russian envoys, whom it accused of spying.",
            [("Poland", "Russia", "blame", "reported")],
        ),
        # a document's claim is its issuer's; an issuer no actor covers is unknown, not the outlet
        (
            "The US Justice Department unsealed an indictment charging four Chinese nationals with hacking.",
            [("United States", "China", "blame", "reported")],
        ),
        (
            "The Justice Department unsealed an indictment charging four Chinese nationals with hacking.",
            [("United States", "China", "blame", "reported")],
        ),
        ("The prosecutor's office unsealed an indictment charging four Chinese nationals with hacking.", []),
        ("A grand jury returned an indictment accusing Russia of meddling.", []),
        # a source says the one to blame will pay for a wrong
        (
            "Iran's foreign minister said Israel would pay for this crime.",
            [("Iran", "Israel", "blame", "reported")],
        ),
        (
            '"Israel will pay a heavy price for its aggression," the Iranian foreign minister said.',
            [("Iran", "Israel", "blame", "direct")],
        ),
        # a relative clause after an owner's act blames the owner, not the actor the act was done to
        (
            "The crisis followed Russia's invasion of Ukraine, which Washington has blamed for the turmoil.",
            [("United States", "Russia", "blame", "reported")],
        ),
        (
            "Prices rose after the EU's sanctions on Russia, which Moscow blamed for the shortages.",
            [("Russia", "European Union", "blame", "reported")],
        ),
        (
            "Israel imposed sanctions on Iran, which it accused of arming Hezbollah.",
            [("Israel", "Iran", "blame", "reported")],
        ),
        # a possessive before the owner's own people is the owner
        (
            "Israel blamed its own pilots for the crash.",
            [("Israel", "Israel", "blame", "reported")],
        ),
        # a denial after the blame in one sentence leaves the blame before it standing
        (
            "Russian officials blamed Ukrainian saboteurs; Kyiv said it had nothing to do with it.",
            [("Ukraine", "Ukraine", "denial", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
        # a blame coordinated with a denial, an auxiliary between, is no part of what is denied
        (
            "Beijing has previously denied running influence campaigns and has accused the United States "
            "of conducting its own.",
            [("China", "China", "denial", "reported"), ("China", "United States", "blame", "reported")],
        ),
        # "with X blaming Y": the participle's subject follows "with"
        (
            "Members of the council clashed on Friday, with Western envoys blaming Moscow and Russia's "
            "ambassador accusing Kyiv of staging provocations.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        # an initialism's stops end no noun phrase
        ("China accused the U.S. of overreacting.", [("China", "United States", "blame", "reported")]),
        ("Russia blamed the U.S. for the attack.", [("Russia", "United States", "blame", "reported")]),
        # actors named as examples of a target with none of its own are the target
        (
            "Iranian officials have blamed the protests on the country's foreign enemies, including the United States and Israel.",
            [("Iran", "United States", "blame", "reported"), ("Iran", "Israel", "blame", "reported")],
        ),
        (
            "Moscow blamed hostile powers such as Britain for the plot.",
            [("Russia", "United Kingdom", "blame", "reported")],
        ),
        ("Iran blamed the unrest on foreign media, including outlets in Britain.", []),
        # "and in particular" before an example of a target with no actor of its own
        (
            "Iran blamed Western powers, and in particular Britain, for the unrest.",
            [("Iran", "United Kingdom", "blame", "reported")],
        ),
        # "the army" with no actor is the army the article named last
        (
            "The Sudanese army blamed the Rapid Support Forces for the attack. The RSF denied responsibility"
            " and accused the army of staging it.",
            [
                ("Sudan", "Rapid Support Forces", "blame", "reported"),
                ("Rapid Support Forces", "Rapid Support Forces", "denial", "reported"),
                ("Rapid Support Forces", "Sudan", "blame", "reported"),
            ],
        ),
        # a state's own company is the state's
        (
            "Ukraine blamed Russia's state-owned energy company Gazprom for the cuts.",
            [("Ukraine", "Russia", "blame", "reported")],
        ),
        # "they" after people an actor names ("Israeli officials") are that actor
        (
            "Israeli officials spoke with Putin. They blamed Iran for the attack.",
            [("Israel", "Iran", "blame", "reported")],
        ),
        # a headline drops the copula: "X not to blame" rejects the blame on X
        ("Putin says Israel not to blame.", [("Russia", "Israel", "denial", "reported")]),
        ("Putin says Israel not responsible for downing of plane.", [("Russia", "Israel", "denial", "reported")]),
        # "the alliance", "the militant group": the organisation the article named last
        (
            "NATO launched drills in the Arctic. Russia accused the alliance of militarising the region.",
            [("Russia", "NATO", "blame", "reported")],
        ),
        (
            "Hezbollah fired rockets. Israel blamed the militant group for the attack.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        # the noun of condemning, its "of" before the condemned
        (
            "The Security Council made a strong condemnation of North Korea's nuclear test.",
            [("United Nations", "North Korea", "blame", "reported")],
        ),
        # a progressive is a finite verb with its own subject, not a participle clause
        ("Peskov said Poland was blaming Russia for everything.", [("Poland", "Russia", "blame", "reported")]),
        # a quotation opening at the cue: the quoted words' subject is outside them
        (
            'Kremlin spokesman Dmitry Peskov said Poland was "blaming Russia for everything".',
            [("Poland", "Russia", "blame", "direct")],
        ),
        ('Lavrov said Kyiv "blamed Russia for everything".', [("Ukraine", "Russia", "blame", "direct")]),
        # actors joined in one modifier, by a hyphen or by "and", are each blamed
        (
            "Iran condemned the American-British aggression against Yemen.",
            [("Iran", "United States", "blame", "reported"), ("Iran", "United Kingdom", "blame", "reported")],
        ),
        (
            "Iran condemned the US and British aggression against Yemen.",
            [("Iran", "United States", "blame", "reported"), ("Iran", "United Kingdom", "blame", "reported")],
        ),
        (
            "Kyiv condemned Russian, Belarusian and Iranian aggression.",
            [
                ("Ukraine", "Russia", "blame", "reported"),
                ("Ukraine", "Belarus", "blame", "reported"),
                ("Ukraine", "Iran", "blame", "reported"),
            ],
        ),
        # "each ... the other" is reciprocal too
        (
            "Talks stalled on Wednesday, with Israel and Hamas each accusing the other of blocking a deal.",
            [("Israel", "Hamas", "blame", "reported"), ("Hamas", "Israel", "blame", "reported")],
        ),
        (
            "Israel and Hamas each blamed the other for the collapse.",
            [("Israel", "Hamas", "blame", "reported"), ("Hamas", "Israel", "blame", "reported")],
        ),
        # an object pronoun no actor in its sentence fits takes the actor of the sentence before
        (
            "Moscow denies targeting civilians. Kyiv accuses it of deliberately attacking energy infrastructure.",
            [("Russia", "Russia", "denial", "reported"), ("Ukraine", "Russia", "blame", "reported")],
        ),
        # but not across a paragraph
        ("Russia fired missiles.\n\nKyiv accuses it of deliberately attacking energy infrastructure.", []),
        # after "for" and what the blame is for, the last "on" in the clause names the blamed
        (
            "The United States pinned the blame for attacks on two oil tankers in the Gulf of Oman on Iran.",
            [("United States", "Iran", "blame", "reported")],
        ),
        (
            "Syria put the blame for the strike on Israel, which denied it.",
            [("Israel", "Israel", "denial", "reported"), ("Syria", "Israel", "blame", "reported")],
        ),
        # "the decision", "the move" name the act the sentence before tells of, whose subject acted
        # (a definite noun reaches over a paragraph, as a pronoun does not)
        (
            "The United States on Friday raised tariffs on Chinese steel.\n\nChina condemned the decision as "
            '"typical bullying."',
            [("China", "United States", "blame", "reported")],
        ),
        (
            "Israel expelled two Russian diplomats. Moscow denounced the move as hostile.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # ... but not one a subject only spoke of
        ("Russia said Israel had decided to strike. Iran condemned the decision as reckless.", []),
        # a restrictive "that" before the cue: its antecedent blames, and a possessive in the
        # target is not the blamer's own
        (
            "Ethiopia rejected a UN report that accused its troops of war crimes.",
            [("United Nations", "Ethiopia", "blame", "reported")],
        ),
        ("Israel rejected a report that accused Iran of the attack.", []),
        (
            "Ethiopia criticised the UN, which accused its troops of war crimes.",
            [("United Nations", "Ethiopia", "blame", "reported")],
        ),
        # ... but "its own" is
        ("Israel blamed its own intelligence failures for the attack.", [("Israel", "Israel", "blame", "reported")]),
        # an allegation that someone did a harm blames them; a plain report of it does not
        (
            "Russia charged that Ukrainian troops had fired on the plant.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        ("Iran alleged on Tuesday that Israel had killed the scientist.", [("Iran", "Israel", "blame", "reported")]),
        ("Russia said that Ukrainian troops had fired on the plant.", []),
        # but the noun "charges" is what a denial rejects
        (
            "Russia denied charges that its troops had fired on the plant.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        # a relative pronoun that another accused's charge takes as object is not the accused
        (
            "The attackers belonged to the Pakistani Taliban, whom Islamabad accuses the Afghan Taliban of sheltering.",
            [("Pakistan", "Taliban", "blame", "reported")],
        ),
        # a second act of saying coordinated with a denial makes its own claim, which blames
        (
            "Israel has denied any wrongdoing and has said the Syrian army was to blame.",
            [("Israel", "Israel", "denial", "reported"), ("Israel", "Syria", "blame", "reported")],
        ),
        # but a noun after "and" keeps the clause the denial's complement
        ("Israel denied the reports and claims that Syria was to blame.", []),
        # a harm named in quotation marks is still the harm someone is behind
        ('The Kremlin said Kyiv was behind the "sabotage."', [("Russia", "Ukraine", "blame", "reported")]),
        # a charge the group denies: the organisation named last denies it
        (
            "Israel said the blast was caused by a rocket fired by Islamic Jihad, a claim the group rejected.",
            [
                ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "denial", "reported"),
                ("Israel", "Palestinian Islamic Jihad", "blame", "reported"),
            ],
        ),
        (  # or calls it false as it rejects it
            "Israel said the blast was caused by a rocket fired by Islamic Jihad, a claim the group rejected as a lie.",
            [
                ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "denial", "reported"),
                ("Israel", "Palestinian Islamic Jihad", "blame", "reported"),
            ],
        ),
        # a denial that stands by itself is kept beside "rejected the claim", which alone denies nothing
        (
            "Serbia's president rejected the claim, saying Serbia had nothing to do with the attack.",
            [("Serbia", "Serbia", "denial", "reported")],
        ),
        # and "it" after a claim or a report is the one who rejects it, not the claim
        (
            "Serbia rejected the claim, saying it had nothing to do with the attack.",
            [("Serbia", "Serbia", "denial", "reported")],
        ),
        ("Serbia dismissed the report, saying it was not involved.", [("Serbia", "Serbia", "denial", "reported")]),
        # but after a deed "it" is still the deed ("condemned the attack, saying it ...")
        ("Serbia condemned the attack, saying it had nothing to do with Islam.", []),
        # opening fire and wounding are harm a denial can answer, like shooting
        ("Greece denied that its officers had opened fire.", [("Greece", "Greece", "denial", "reported")]),
        ("Turkey denied that its soldiers wounded the migrants.", [("Turkey", "Turkey", "denial", "reported")]),
        (
            "Turkey alleged that Greek guards had opened fire on the boat.",
            [("Turkey", "Greece", "blame", "reported")],
        ),
        # a state's body after a person in a clause of the sentence before is the lead's state
        (
            "Beijing announced tariffs on Monday, hours after President Donald Trump warned China not to hit "
            "back. The commerce ministry blamed Washington for escalating the dispute.",
            [("China", "United States", "blame", "reported")],
        ),
        # meddling or interfering in another's affairs is a charge
        (
            "Germany's foreign ministry said Russia had been interfering in the election.",
            [("Germany", "Russia", "blame", "reported")],
        ),
        (
            'A Hungarian government spokesman said Brussels was "meddling in the internal affairs of Hungary".',
            [("Hungary", "European Union", "blame", "direct")],
        ),
        # "it" stands for no place after its preposition
        (
            "Turkey shot down a Russian warplane near the Syrian border, saying it had violated Turkish airspace.",
            [("Turkey", "Russia", "blame", "reported")],
        ),
        # an owner's act done to another actor blames the owner, not the other
        (
            "Kyiv said that Moscow's blockade of Ukrainian ports was responsible for the shortages.",
            [("Ukraine", "Russia", "blame", "reported")],
        ),
        (
            "Putin rejected claims that Moscow's blockade of Ukrainian ports was responsible.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        # unrest, riots and clashes are harms someone may be behind
        (
            "Kosovo's prime minister said the Serbian government was behind the unrest in the north.",
            [("Kosovo", "Serbia", "blame", "reported")],
        ),
        # "in turn", "instead" between "and" and a coordinated verb of blaming
        (
            "The Kremlin rejected the allegations and in turn blamed the United States.",
            [("Russia", "Russia", "denial", "reported"), ("Russia", "United States", "blame", "reported")],
        ),
        # "the one" and a harm or a breach, also as a reduced relative
        (
            "Turkey rejected the accusation, saying Greece was the one violating international law.",
            [("Turkey", "Turkey", "denial", "reported"), ("Turkey", "Greece", "blame", "reported")],
        ),
        ("Ankara said Greece was the one who violated the agreement.", [("Turkey", "Greece", "blame", "reported")]),
        # a verb coordinated with a relative clause's verb is the antecedent's
        (
            "Russia blamed Ukraine, which denied the claim and accused Moscow of staging the attack.",
            [
                ("Ukraine", "Ukraine", "denial", "reported"),
                ("Russia", "Ukraine", "blame", "reported"),
                ("Ukraine", "Russia", "blame", "reported"),
            ],
        ),
        # sponsoring or funding a harm blames the sponsor
        (
            "Pakistan said India had sponsored a suicide bombing, an accusation New Delhi called baseless.",
            [("India", "India", "denial", "reported"), ("Pakistan", "India", "blame", "reported")],
        ),
        ("Israel said Iran funds the attacks on its ships.", [("Israel", "Iran", "blame", "reported")]),
        # a name holding another actor's name is its own actor
        (
            "The Pentagon said the attack bore the hallmarks of Kataib Hezbollah.",
            [("United States", "Kataib Hezbollah", "blame", "reported")],
        ),
        # a noun of purpose carrying the cue: its owner blames, not the clause's subject
        (
            "Kyiv said the video was Moscow's latest attempt to blame Ukraine for the attack.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        (
            "Kyiv dismissed what it called a Russian ploy to blame Ukraine for the attack.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        (
            "Kyiv denounced efforts by Moscow to accuse Ukraine of shelling the plant.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        # but a purpose with no owner blames no one named, and one the subject makes is its own
        ("Kyiv said the footage was an attempt to blame Ukrainian troops for the killings.", []),
        ("Moscow has stepped up efforts to blame Kyiv for the attack.", [("Russia", "Ukraine", "blame", "reported")]),
        # a bomb is a harm one can be behind
        (
            "Pakistan said Indian intelligence was behind a car bomb in Lahore.",
            [("Pakistan", "India", "blame", "reported")],
        ),
        # denying that an actor was involved, or had any role, alone or in a harm, clears it
        ("Serbia denied that it had any role.", [("Serbia", "Serbia", "denial", "reported")]),
        (
            "Israel denied that its forces had been directly involved in the strike.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        # but not a role in something that is no harm
        ("Russia denied that Kyiv had a role in the talks.", []),
        # a person named in full as a speaker with an actor, blamed later by surname
        (
            "Kosovo's prime minister Albin Kurti accused Belgrade of sending armed groups. Serbia blamed Kurti for the violence.",
            [("Kosovo", "Serbia", "blame", "reported"), ("Serbia", "Kosovo", "blame", "reported")],
        ),
        # "he" after a person no actor names, whose state the quote layer found, blames for that state
        (
            'Iran denied any role in the attack. "We had nothing to do with it," foreign ministry spokesman'
            " Nasser Kanaani said. He accused Washington of seeking a pretext for war.",
            [
                ("Iran", "Iran", "denial", "reported"),
                ("Iran", "Iran", "denial", "direct"),
                ("Iran", "United States", "blame", "reported"),
            ],
        ),
        # a name's acronym in brackets is no break in a coordination; a group's affiliate is the group's
        (
            "Turkey said the Kurdistan Workers' Party (PKK) and Hamas were responsible for the bombing.",
            [("Turkey", "PKK", "blame", "reported"), ("Turkey", "Hamas", "blame", "reported")],
        ),
        (
            "Turkey said the PKK and its Syrian affiliate were responsible for the bombing.",
            [("Turkey", "PKK", "blame", "reported")],
        ),
        (
            "The Houthi rebels' al-Masirah television blamed the United States for the strike.",
            [("Houthis", "United States", "blame", "reported")],
        ),
        (
            "The Syrian Kurdish SDF also said it had nothing to do with the bombing.",
            [("Syrian Democratic Forces", "Syrian Democratic Forces", "denial", "reported")],
        ),
        # an apposition after a speaker's name names the actor the name does not
        (
            "Osama Hamdan, a senior Hamas official, blamed Israel for the deaths.",
            [("Hamas", "Israel", "blame", "reported")],
        ),
        (
            '"Russia is to blame," said Kira Rudik, a Ukrainian lawmaker.',
            [("Ukraine", "Russia", "blame", "direct")],
        ),
        # "his government" in a denial is the denier's
        (
            "Serbian President Aleksandar Vucic denied that his government had any role.",
            [("Serbia", "Serbia", "denial", "reported")],
        ),
        # behind an act of piracy, a coup, a crime: harms one can be behind
        (
            '"The Zionist regime is behind this act of piracy," Iranian Foreign Ministry spokesman Nasser Kanaani said.',
            [("Iran", "Israel", "blame", "direct")],
        ),
        (
            "Venezuelan officials said Colombia was behind the coup attempt.",
            [("Venezuela", "Colombia", "blame", "reported")],
        ),
        # "a pack of lies", "a tissue of lies": a word calling the claim false
        (
            'Eritrea\'s information minister called the accusation "a pack of lies".',
            [("Eritrea", "Eritrea", "denial", "reported")],
        ),
        # the denier's own words for what it rejects
        (
            "Russia rejected what it called groundless accusations.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        (
            "Moscow denied what it described as false charges of meddling.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        # a price threatened for a harm names who did it
        (
            "Iran warned that Israel would pay a heavy price for the killing.",
            [("Iran", "Israel", "blame", "reported")],
        ),
        # a cause named through its actions
        (
            "Russia said the crash was caused by the actions of Israeli pilots.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # the evidence or the signs pointing to an actor blame it, in the words of whoever says so
        ("Germany said all signs pointed to Russia.", [("Germany", "Russia", "blame", "reported")]),
        (
            "The evidence points to Russian involvement, Britain said.",
            [("United Kingdom", "Russia", "blame", "reported")],
        ),
        # an accusation named after a claim that names the denier is denied even with no verb of blaming
        (
            "Russia's defence ministry said Ukrainian forces had shelled the plant, an accusation Kyiv rejected.",
            [("Ukraine", "Ukraine", "denial", "reported")],
        ),
        # a harm put down to someone is attributed to it
        ("Moscow put the crash down to Ukrainian sabotage.", [("Russia", "Ukraine", "blame", "reported")]),
        (
            "Tehran put the explosion down to sabotage by Israeli agents.",
            [("Iran", "Israel", "blame", "reported")],
        ),
        # calling an accusation a provocation, a hoax or a fantasy denies it
        (
            'Ukraine accused Russia of war crimes, a charge Moscow dismissed as a "provocation".',
            [("Russia", "Russia", "denial", "reported"), ("Ukraine", "Russia", "blame", "reported")],
        ),
        ("Russia called the accusations a hoax.", [("Russia", "Russia", "denial", "reported")]),
        # "denied it" right after a blame of the denier; "no connection to the attack"; a long accusation
        (
            "Turkey blamed the PKK for the bombing. The group denied it.",
            [("Turkey", "PKK", "blame", "reported"), ("PKK", "PKK", "denial", "reported")],
        ),
        ("Syria said it had no connection to the attack.", [("Syria", "Syria", "denial", "reported")]),
        ("Turkey blamed the PKK. The PKK denied it access.", [("Turkey", "PKK", "blame", "reported")]),  # a refusal
        (
            "The Kremlin called British accusations of Russian involvement in the poisoning absurd.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        # a degree word before the adverb of "was ... behind"
        (
            "Officials in Seoul said North Korea was almost certainly behind the hacking of the bank.",
            [("South Korea", "North Korea", "blame", "reported")],
        ),
        # interference in the simple past or the perfect, and its denial
        ("Britain said Russia had meddled in the vote.", [("United Kingdom", "Russia", "blame", "reported")]),
        ("The Kremlin denied that it interfered in the election.", [("Russia", "Russia", "denial", "reported")]),
        # an attribution set off between the blamed and the predicate is not the target
        (
            "The Israeli jets, Russia charged, had deliberately hidden behind the Il-20.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("Syria, Israel said on Monday, was responsible for the crash.", [("Israel", "Syria", "blame", "reported")]),
        # a speaker's "we" or "our" just inside the opening quotation mark is the speaker's side
        ('"We were not involved," a Hamas spokesman said.', [("Hamas", "Hamas", "denial", "direct")]),
        (
            '"Our forces played no part in the attack," a Russian defence ministry spokesman said.',
            [("Russia", "Russia", "denial", "direct")],
        ),
        # two names joined by "and" before a relative are both its antecedent, as source or as target
        (
            "Lithuania and Latvia, which have accused Moscow of sabotage, closed their borders.",
            [("Lithuania", "Russia", "blame", "reported"), ("Latvia", "Russia", "blame", "reported")],
        ),
        (
            "The US and Israel, which Iran blames for the blast, declined to comment.",
            [("Iran", "United States", "blame", "reported"), ("Iran", "Israel", "blame", "reported")],
        ),
        # but in a comma list the last one's, and after "between" the second's
        (
            "Poland, Lithuania and Latvia, which have accused Moscow of sabotage, closed their borders.",
            [("Latvia", "Russia", "blame", "reported")],
        ),
        (
            "The talks between Russia and Ukraine, which accuses Moscow of shelling the plant, stalled.",
            [("Ukraine", "Russia", "blame", "reported")],
        ),
        # a negated cleft: "it was not us" ending a clause, "it was not X who/that" with a harm
        ('"It wasn\'t us," a Hamas spokesman said.', [("Hamas", "Hamas", "denial", "direct")]),
        ('A Russian official said: "It was not us."', [("Russia", "Russia", "denial", "direct")]),
        ("It was not Hamas that fired the rocket, the Israeli army said.", [("Israel", "Hamas", "denial", "reported")]),
        ("Russia said it was not Moscow that fired the missile.", [("Russia", "Russia", "denial", "reported")]),
        # but not a cleft whose clause is no harm, nor "not us" after another subject
        ('"It was not us who asked for this meeting," a Hamas official said.', []),
        ("The problem is not us, Iran said.", []),
        # an aside attribution with its time ("Russia said later")
        (
            "The Israeli jets, Russia said later, had used the plane as cover.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # "he" is whom the quote layer took him for (a person named with his party's actor), not the
        # last person of an actor's title before him
        (
            "Israeli Prime Minister Benjamin Netanyahu said Israel would respond. Hassan Fadlallah, a Hezbollah "
            "lawmaker, told Al-Manar TV that Israel had failed. He accused Israel of breaching the truce.",
            [("Hezbollah", "Israel", "blame", "reported")],
        ),
        # a question of blame answered "no": the one answering rejects it
        (
            'Asked whether Russia was behind the attack, the Kremlin said: "Absolutely not."',
            [("Russia", "Russia", "denial", "direct")],
        ),
        (
            'Asked whether Hamas was to blame, Israel said: "No, it was Islamic Jihad."',
            [("Israel", "Hamas", "denial", "direct")],
        ),
        ("Asked whether Iran played any role in the attack, Tehran said no.", [("Iran", "Iran", "denial", "reported")]),
        # but not an answer that is no "no"
        ('Asked whether Russia was behind the attack, the Kremlin said: "No comment."', []),
        # a lower-case body after an opening phrase takes the body the quote layer placed
        (
            "Russia's Defence Ministry said it had shot down 41 drones. In a separate statement, the ministry"
            " accused Kyiv of attempting a terrorist attack on a power plant.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        # a theft is a harm; the thing harmed may hold a sum with a decimal point and say where from
        (
            "The FBI on Wednesday attributed the theft of about $1.5 billion in digital assets from the Bybit"
            " exchange to North Korean hackers.",
            [("United States", "North Korea", "blame", "reported")],
        ),
        (
            "Britain said Russia was behind the theft of the documents.",
            [("United Kingdom", "Russia", "blame", "reported")],
        ),
        # a denial with no "that": its pronoun is the complement's subject, not the verb's object
        ("Moscow denied it had anything to do with the crash.", [("Russia", "Russia", "denial", "reported")]),
        ("Moscow denied it had carried out the strike.", [("Russia", "Russia", "denial", "reported")]),
        ("Serbia denied Kosovo had anything to do with it.", [("Serbia", "Kosovo", "denial", "reported")]),
        # a coalition's titled spokesman speaks for the coalition named before
        (
            "The Saudi-led coalition said it had intercepted the drones. Coalition spokesman Turki al-Maliki "
            "said the attack was a crime and held Iran responsible for it.",
            [("Saudi Arabia", "Iran", "blame", "reported")],
        ),
        # where an accused person lives is not who is accused
        ("Ilan Shor, a businessman living in Moscow, is accused by Moldova of running the scheme.", []),
        ("The regime in Damascus was blamed by Turkey for the attack.", [("Turkey", "Syria", "blame", "reported")]),
        # a verb of urging's object is who is to be held to account, not the one who urges
        (
            "The United Nations Secretary-General condemned the attack and called for those responsible to be held"
            " accountable.",
            [],
        ),
        (
            "Britain condemned the raid and demanded that Russia be held accountable.",
            [("United Kingdom", "Russia", "blame", "reported")],
        ),
        # a report dismissed as false or biased: its blame rejected by the one dismissing it
        (
            "A UN report accused Eritrean troops of killings. Eritrea's information minister dismissed the report as"
            ' "a rehash of fabricated allegations."',
            [("United Nations", "Eritrea", "blame", "reported"), ("Eritrea", "Eritrea", "denial", "reported")],
        ),
        (
            "Iran rejected the findings as biased and politically motivated.",
            [("Iran", "Iran", "denial", "reported")],
        ),
        # but not a report welcomed, nor one dismissed with no word calling it false
        ("Iran welcomed the report as a fair account.", []),
        ("Iran dismissed the report as irrelevant to the talks.", []),
        # "the junta" after a military government named first
        (
            "Mali's military government expelled the French ambassador. France's foreign minister accused the junta"
            " of taking irresponsible measures.",
            [("France", "Mali", "blame", "reported")],
        ),
        # a place where the blamed ones are is no target, their head the first word or not
        ("Militants in Syria were blamed by Turkey for the bombing.", []),
        ("Pakistan attributed the bombing to militants operating from Afghanistan.", []),
        # a round-up's item label names the speaker's state
        (
            "Leaders react.\n\n- Germany: Chancellor Olaf Scholz said Russia was to blame.",
            [("Germany", "Russia", "blame", "reported")],
        ),
        # the manner after the verb and its object blames the subject too
        ("Israel said Hamas targets civilians deliberately.", [("Israel", "Hamas", "blame", "reported")]),
        ("Ukraine said Russia shelled the convoy intentionally.", [("Ukraine", "Russia", "blame", "reported")]),
        # but not across a clause's verb: the speaker's cue is no act done deliberately
        ("Israel claimed that the rockets were fired deliberately.", []),
        # "the court" or "the coalition" as a target is the body of that head named before, the
        # rest of a capitalised name after its head too
        (
            "The International Court of Justice ordered Israel to halt the offensive. Israel accused the court of bias.",
            [("Israel", "International Court of Justice", "blame", "reported")],
        ),
        (
            "The Saudi-led coalition struck the port. The Houthis blamed the coalition for the deaths.",
            [("Houthis", "Saudi Arabia", "blame", "reported")],
        ),
        # but not a court no actor names
        ("A court in Moscow jailed him. His lawyers accused the court of bias.", []),
        # quoted words ending in a full stop set inside the closing mark are read unquoted too
        ('Israel said Hamas "targets civilians deliberately."', [("Israel", "Hamas", "blame", "direct")]),
        ('Ukraine said Russia "deliberately shelled the convoy."', [("Ukraine", "Russia", "blame", "direct")]),
        # the accusations denied may name their maker or target before the false word
        (
            "Britain accused China of hacking. China said the accusations made by Britain were groundless.",
            [("United Kingdom", "China", "blame", "reported"), ("China", "China", "denial", "reported")],
        ),
        # the accuser made up the charges: the speaker denies them
        (
            "Britain accused China of hacking. China said the UK had fabricated the charges.",
            [("United Kingdom", "China", "blame", "reported"), ("China", "China", "denial", "reported")],
        ),
        # but not claims of another kind made up by someone else
        ("The newspaper said the minister had fabricated the claims about his expenses.", []),
        # a body named by "of" and a capitalised name is the target, not its head alone
        (
            "Azerbaijan accused the armed forces of Armenia of shelling villages.",
            [("Azerbaijan", "Armenia", "blame", "reported")],
        ),
        (
            "Azerbaijan condemned the provocation committed by the armed forces of Armenia on Monday.",
            [("Azerbaijan", "Armenia", "blame", "reported")],
        ),
        # but an "of" before a lower-case charge still ends the target
        ("Azerbaijan accused the government of lying.", []),
        # complicity blames as responsibility does
        ("Ukraine said Iran is complicit in the killing of civilians.", [("Ukraine", "Iran", "blame", "reported")]),
        ("Ukraine said Iran was not complicit in the attacks.", []),
        # weaponising a supply or a people blames the subject
        ("Ukraine said Russia had weaponised energy supplies.", [("Ukraine", "Russia", "blame", "reported")]),
        ("Poland said Belarus is weaponizing migrants.", [("Poland", "Belarus", "blame", "reported")]),
        # but not something that could be weaponised against others
        ("Critics said the law could be weaponised against journalists.", []),
        # armed organisations in the bundled actor list
        ("Ethiopia said the TPLF started the war.", [("Ethiopia", "TPLF", "blame", "reported")]),
        ("India blamed Lashkar-e-Taiba for the attack.", [("India", "Lashkar-e-Taiba", "blame", "reported")]),
        # "the mission" is the state's mission named before
        (
            "Russia's mission to the OSCE rejected the report. A spokesman for the mission said Kyiv bore "
            "responsibility for the shelling.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        # a verdict: found responsible, guilty or at fault
        (
            "The Syrian court found Israel responsible for the killing of the soldiers.",
            [("Syria", "Israel", "blame", "reported")],
        ),
        (
            "Iran's inquiry found the United States partly to blame for the crash.",
            [("Iran", "United States", "blame", "reported")],
        ),
        # but not a duty
        ("The Iraqi inquiry found the Turkish army responsible for security at the border.", []),
        # an organisation's head before its name in a list of targets
        (
            "The IDF laid the blame on the Syrian army, Iran and the militant group Hezbollah.",
            [
                ("Israel", "Syria", "blame", "reported"),
                ("Israel", "Iran", "blame", "reported"),
                ("Israel", "Hezbollah", "blame", "reported"),
            ],
        ),
        # a country's rebels or militia are not the country
        ("Rwanda accused a Congolese militia of killing civilians.", []),
        ("Turkey blamed Syrian rebels for the attack.", []),
        # a verb's object pronoun is never its subject's actor by another name; the body its clause named is
        (
            "Sudan's army blamed the RSF for the attack. The RSF denied responsibility. The paramilitary group said "
            "the army was covering up its crimes and accused it of bombing homes.",
            [
                ("Sudan", "Rapid Support Forces", "blame", "reported"),
                ("Rapid Support Forces", "Rapid Support Forces", "denial", "reported"),
                ("Rapid Support Forces", "Sudan", "blame", "reported"),
            ],
        ),
        # but with no other actor in its sentence, none
        (
            "Serbia blamed Kosovo for the clashes. Pristina rejected the charge, and the Kosovo government said the "
            "violence was organised by gangs and accused it of stoking tensions.",
            [("Serbia", "Kosovo", "blame", "reported"), ("Kosovo", "Kosovo", "denial", "reported")],
        ),
        # a clause opened by "as" or "while" after a denial's complement is its own, not what is denied
        (
            "Eritrea denies its troops remain in Tigray as Ethiopia accuses it of abuses.",
            [("Ethiopia", "Eritrea", "blame", "reported")],
        ),
        (
            "Moscow denied that its jets had bombed the market, while Kyiv blamed Russia for the deaths.",
            [("Russia", "Russia", "denial", "reported"), ("Ukraine", "Russia", "blame", "reported")],
        ),
        # a coordinated verb of saying ends the noun phrase after a cue: its "for" is the next clause's
        (
            "Iran blamed human error and told reporters that Canada had called for calm.",
            [("Iran", "none", "blame", "reported")],
        ),
        (
            "Moscow blamed the weather and said Kyiv had been preparing for talks.",
            [("Russia", "none", "blame", "reported")],
        ),
        ("Hamas blamed the delay on logistics and said Egypt was pushing for a deal.", []),
        # an owner's coercion or meddling is a wrong it is blamed for
        (
            "The State Department said the sanctions were another example of Beijing's coercion.",
            [("United States", "China", "blame", "reported")],
        ),
        # a relative clause of time: its subject (no actor of ours) blames, not the outlet
        ("It is not the first time officials have blamed an accident for an explosion.", []),
        (
            "It is not the first time Iran has blamed Israel for an explosion.",
            [("Iran", "Israel", "blame", "reported")],
        ),
        # the condemner's own words for the deed before its owner
        (
            'Washington condemned what it described as Moscow\'s "reckless" actions.',
            [("United States", "Russia", "blame", "reported")],
        ),
        # a verb of saying in a relative aside is not the subject's clause
        (
            "Iran, which Washington says arms the Houthis, has denied any involvement.",
            [("Iran", "Iran", "denial", "reported")],
        ),
        (
            "Rwanda, which UN experts say commands and supports the rebels, has denied backing them.",
            [("Rwanda", "Rwanda", "denial", "reported")],
        ),
        # verbs of blaming: the subject blames, in reported voice
        ("Moscow blamed Israel for the loss of the aircraft.", [("Russia", "Israel", "blame", "reported")]),
        ("The Kremlin blames Washington for the escalation.", [("Russia", "United States", "blame", "reported")]),
        ("Tehran blamed the attack on Israel.", [("Iran", "Israel", "blame", "reported")]),
        ("Damascus accused Israel of violating its airspace.", [("Syria", "Israel", "blame", "reported")]),
        ("Russia accuses the United States of arming the rebels.", [("Russia", "United States", "blame", "reported")]),
        ("The French government holds Iran responsible for the attack.", [("France", "Iran", "blame", "reported")]),
        ("Washington held Moscow accountable for the strike.", [("United States", "Russia", "blame", "reported")]),
        ("Hezbollah condemned Israel's raid on the village.", [("Hezbollah", "Israel", "blame", "reported")]),
        ("Paris denounced Tehran for the arrests.", [("France", "Iran", "blame", "reported")]),
        (
            "Lavrov faulted Washington for the collapse of the talks.",
            [("Russia", "United States", "blame", "reported")],
        ),
        ("Assad laid the blame for the crash on Israel.", [("Syria", "Israel", "blame", "reported")]),
        (
            "The Pentagon put the responsibility for the raid squarely on Tehran.",
            [("United States", "Iran", "blame", "reported")],
        ),
        ("Putin blamed the crash on a chain of accidental circumstances.", [("Russia", "none", "blame", "reported")]),
        # coordinated targets give one record each
        (
            "Israel blamed Syria, Iran and Hezbollah for the incident.",
            [
                ("Israel", "Syria", "blame", "reported"),
                ("Israel", "Iran", "blame", "reported"),
                ("Israel", "Hezbollah", "blame", "reported"),
            ],
        ),
        (
            "The IDF said Damascus, Tehran, and Hezbollah are responsible for the downing.",
            [
                ("Israel", "Syria", "blame", "reported"),
                ("Israel", "Iran", "blame", "reported"),
                ("Israel", "Hezbollah", "blame", "reported"),
            ],
        ),
        (
            "Israel holds Iran and the Hezbollah terror group accountable for the attack.",
            [("Israel", "Iran", "blame", "reported"), ("Israel", "Hezbollah", "blame", "reported")],
        ),
        # constructions of responsibility, in the speaker's voice
        (
            "The Defense Ministry of Russia said that responsibility for the tragedy rests with Israel.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        (
            "Netanyahu said that Syrian forces were to blame for the downing.",
            [("Israel", "Syria", "blame", "reported")],
        ),
        (
            "Netanyahu's office said responsibility for the crash was placed on Syria.",
            [("Israel", "Syria", "blame", "reported")],
        ),
        ("The crash was blamed on Syrian air defenses, the Kremlin said.", [("Russia", "Syria", "blame", "reported")]),
        ("Israeli officials said the Syrian crews were at fault.", [("Israel", "Syria", "blame", "reported")]),
        # attributions of wrongdoing
        ("\u201cThis was Israel's provocation,\u201d Zakharova said.", [("Russia", "Israel", "blame", "direct")]),
        (
            "The ministry of Iran denounced what it called the premeditated actions by Israeli jets, Zarif said.",
            [("Iran", "Israel", "blame", "reported")],
        ),
        (
            "\u201cIsraeli pilots deliberately put the plane in danger,\u201d Shoigu told reporters.",
            [("Russia", "Israel", "blame", "direct")],
        ),
        (
            "\u201cThe Israeli jets used the Russian plane as a shield,\u201d Konashenkov said.",
            [("Russia", "Israel", "blame", "direct")],
        ),
        ("According to Moscow, the loss was caused by Israel.", [("Russia", "Israel", "blame", "reported")]),
        (
            "Pompeo said the crisis was the result of Iran's reckless policy.",
            [("United States", "Iran", "blame", "reported")],
        ),
        (
            "Peskov said the crash was the result of a tragic chain of circumstances.",
            [("Russia", "none", "blame", "reported")],
        ),
        # the outlet's own voice
        ("Syria's aggression against its neighbours has gone unpunished.", [("outlet", "Syria", "blame", "editorial")]),
        ("The downing was caused by Syrian air defenses.", [("outlet", "Syria", "blame", "editorial")]),
        # explicit denials: the denier rejects fault put on itself
        ("Israel has repeatedly denied these allegations.", [("Israel", "Israel", "denial", "reported")]),
        ("Moscow rejected the accusations as absurd.", [("Russia", "Russia", "denial", "reported")]),
        ("Iran dismissed the claims of its involvement.", [("Iran", "Iran", "denial", "reported")]),
        (
            "Israel disputed Russia's assertion that its jets used the plane as cover.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        (
            "Israel did not agree with these accusations, saying Hezbollah is responsible for the attack.",
            [("Israel", "Israel", "denial", "reported"), ("Israel", "Hezbollah", "blame", "reported")],
        ),
        # passives with an agent: the agent blames the subject
        ("Hezbollah was blamed by Washington for the bombing.", [("United States", "Hezbollah", "blame", "reported")]),
        ("The IDF is accused by Damascus of striking civilians.", [("Syria", "Israel", "blame", "reported")]),
        ("Tehran was held responsible by Paris for the plot.", [("France", "Iran", "blame", "reported")]),
        (
            "Syria was sharply criticised by Moscow over the chaotic air defence fire.",
            [("Russia", "Syria", "blame", "reported")],
        ),
        # verbs of criticism with a charge, the pointed finger
        ("Iran slammed Washington for the sanctions.", [("Iran", "United States", "blame", "reported")]),
        ("Zakharova lashed out at Paris over the arrests.", [("Russia", "France", "blame", "reported")]),
        ("The Kremlin rebuked Tehran for the delay.", [("Russia", "Iran", "blame", "reported")]),
        ("Damascus pointed the finger at Israel.", [("Syria", "Israel", "blame", "reported")]),
        ("Moscow says it holds Washington to blame.", [("Russia", "United States", "blame", "reported")]),
        # responsibility and fault without "for", and headline ellipsis
        ("Washington said Tehran was solely responsible.", [("United States", "Iran", "blame", "reported")]),
        # "X's doing / handiwork", and a harm that "is X's responsibility" (not a duty that is)
        ("The dam disaster is Moscow's doing", [("outlet", "Russia", "blame", "editorial")]),
        ("Israel said the attack was Hezbollah's handiwork.", [("Israel", "Hezbollah", "blame", "reported")]),
        (
            "The flooding of Kherson is the Kremlin's responsibility.",
            [("outlet", "Russia", "blame", "editorial")],
        ),
        ("Protecting civilians is Israel's responsibility.", []),
        # a harm that bears X's hallmarks or fingerprints; a painting's hallmarks blame nobody
        (
            "The attack bore all the hallmarks of Hezbollah, Israeli officials said.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        (
            "Britain said the Salisbury attack had Russia's fingerprints all over it.",
            [("United Kingdom", "Russia", "blame", "reported")],
        ),
        ("Israel said Iran's fingerprints were all over the attack.", [("Israel", "Iran", "blame", "reported")]),
        ("The painting bears the hallmarks of the French school.", []),
        ("Pompeo says Iran to blame for tanker attacks", [("United States", "Iran", "blame", "reported")]),
        (
            "The Kremlin said the Israeli side bears full responsibility for the deaths.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("Israeli aggression must stop, Assad said.", [("Syria", "Israel", "blame", "reported")]),
        (
            "Shoigu said the conduct of the Israeli pilots was unprofessional.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("Lavrov said Iran's moves were provocative.", [("Russia", "Iran", "blame", "reported")]),
        (
            "\u201cWe regard these actions by the Israeli military as hostile,\u201d Shoigu said.",
            [("Russia", "Israel", "blame", "direct")],
        ),
        # a denial whose complement states the blame rejects it, with that blame's target
        (
            "Israel denied that its pilots had deliberately put the plane in danger.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        ("Hezbollah denies Iran was responsible for the attack.", [("Hezbollah", "Iran", "denial", "reported")]),
        ("The IDF pushed back against the accusations.", [("Israel", "Israel", "denial", "reported")]),
        # a relative pronoun's antecedent speaks; a relative clause inside the target slot is skipped
        (
            "The Kremlin criticised Israel, which again rejected the allegations.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        (
            "Moscow blamed Netanyahu, who met Putin in May, for the loss.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # an actor with its own verb after "and" is not a coordinated target
        (
            "Iran blames Israel, and France blames nobody.",
            [("Iran", "Israel", "blame", "reported")],
        ),
        (
            "Moscow blamed Syria, Iran and Hezbollah forces for the attack.",
            [
                ("Russia", "Syria", "blame", "reported"),
                ("Russia", "Iran", "blame", "reported"),
                ("Russia", "Hezbollah", "blame", "reported"),
            ],
        ),
        # refusing responsibility
        ("The IDF accepted no responsibility.", [("Israel", "Israel", "denial", "reported")]),
        ("Tehran refuses to take responsibility for the attack.", [("Iran", "Iran", "denial", "reported")]),
        # a relative clause right before the cue: its antecedent is the target
        (
            "The IDF said that the Syrian army, which fired the missiles wildly, was responsible for the downing.",
            [("Israel", "Syria", "blame", "reported")],
        ),
        # hiding behind the plane is using it as cover; participles after "deliberately"
        ("Konashenkov said Israeli jets hid behind the Russian plane.", [("Russia", "Israel", "blame", "reported")]),
        (
            "Konashenkov said the Israeli F-16s had deliberately hidden behind the Il-20.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # wrongdoing named by a noun after the copula; a quote mark before the noun
        (
            '"The actions of the Israeli military were either a lack of professionalism or criminal negligence," '
            "Konashenkov said.",
            [("Russia", "Israel", "blame", "direct")],
        ),
        ("Konashenkov said Israel's conduct was an act of aggression.", [("Russia", "Israel", "blame", "reported")]),
        ('Damascus says Israeli "aggression" led to the crash.', [("Syria", "Israel", "blame", "direct")]),
        # "the Zionist entity" names Israel (general actor file)
        (
            "Syria's foreign ministry said the Zionist entity bore full responsibility for the incident.",
            [("Syria", "Israel", "blame", "reported")],
        ),
        # a claim rejected is a denial when it is someone's or says what it claims
        ("Israel dismissed the Russian claims.", [("Israel", "Israel", "denial", "reported")]),
        (
            "Israel rejected the claims that its jets hid behind the plane.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        # "the (root) cause of"; a place named in the target phrase is not a target
        (
            "Bolton warned that Iran's presence in Syria was the root cause of the instability.",
            [("United States", "Iran", "blame", "reported")],
        ),
        # monitors and rights groups are actors of their own
        (
            "Human Rights Watch accused the Syrian government of summary executions.",
            [("Human Rights Watch", "Syria", "blame", "reported")],
        ),
        # a demonym modifying the actor after it is no target of its own
        (
            "The IDF laid the blame on the Syrian government, Iran and the Lebanese militant group Hezbollah.",
            [
                ("Israel", "Syria", "blame", "reported"),
                ("Israel", "Iran", "blame", "reported"),
                ("Israel", "Hezbollah", "blame", "reported"),
            ],
        ),
        ("Israel blamed Iranian-backed Hezbollah for the attack.", [("Israel", "Hezbollah", "blame", "reported")]),
        (
            "Israel blamed Syrian and Iranian forces.",
            [("Israel", "Syria", "blame", "reported"), ("Israel", "Iran", "blame", "reported")],
        ),
        # wrongful manner, pinning, scapegoating, culprits; "did nothing wrong" denies
        ("Israel says Assad's forces fired recklessly.", [("Israel", "Syria", "blame", "reported")]),
        ("The IDF said Syrian batteries recklessly fired missiles.", [("Israel", "Syria", "blame", "reported")]),
        (
            "The Kremlin's attempt to pin the Il-20 disaster on Israel is a cynical distraction.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("Moscow has chosen to scapegoat the Jewish state.", [("Russia", "Israel", "blame", "reported")]),
        ("The real culprit is Iran.", [("outlet", "Iran", "blame", "editorial")]),
        ("Netanyahu said Iran was the real culprit.", [("Israel", "Iran", "blame", "reported")]),
        ("Israel did nothing wrong, Netanyahu said.", [("Israel", "Israel", "denial", "reported")]),
        # accountability, guilt and obligation
        ("Russia said Israel must be held accountable for the deaths.", [("Russia", "Israel", "blame", "reported")]),
        ("Konashenkov said Israel had blood on its hands.", [("Russia", "Israel", "blame", "reported")]),
        ("The responsibility rests entirely on Israel, Shoigu said.", [("Russia", "Israel", "blame", "reported")]),
        ("Peskov said Israel was guilty of criminal negligence.", [("Russia", "Israel", "blame", "reported")]),
        ("Lavrov said Israel must answer for the loss of the plane.", [("Russia", "Israel", "blame", "reported")]),
        ("Syria is culpable, Netanyahu said.", [("Israel", "Syria", "blame", "reported")]),
        # participle: the main clause's subject blames
        (
            "On Monday the Kremlin criticised Israel, accusing its air force of negligence.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # coordinated subjects: each actor blames; reciprocal blame goes both ways
        (
            "Moscow and Damascus have accused Israel of using the plane as cover.",
            [("Russia", "Israel", "blame", "reported"), ("Syria", "Israel", "blame", "reported")],
        ),
        (
            "Russian and Syrian officials blamed Israel for the downing.",
            [("Russia", "Israel", "blame", "reported"), ("Syria", "Israel", "blame", "reported")],
        ),
        (
            "Israel and Hamas blamed each other for the blast.",
            [("Israel", "Hamas", "blame", "reported"), ("Hamas", "Israel", "blame", "reported")],
        ),
        (
            "Russia and Ukraine have traded accusations over the attack.",
            [("Russia", "Ukraine", "blame", "reported"), ("Ukraine", "Russia", "blame", "reported")],
        ),
        ("The United States and its allies blamed Russia.", [("United States", "Russia", "blame", "reported")]),
        (
            "Israel and Russia's foreign ministry blamed Syria.",
            [("Israel", "Syria", "blame", "reported"), ("Russia", "Syria", "blame", "reported")],
        ),
        # the subject of the clause after a verb of saying
        (
            "Bishop said Canberra and The Hague would hold Russia accountable for its role.",
            [("Australia", "Russia", "blame", "reported"), ("Netherlands", "Russia", "blame", "reported")],
        ),
        # a verb coordinated after an object clause: the sentence's subject blames
        (
            "Moscow accused Kiev of a provocation, and blamed London for the escalation.",
            [("Russia", "United Kingdom", "blame", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
        # crimes and atrocities of an actor; denying an act
        (
            "Zakharova slammed the attack as another crime of the Kiev regime.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        (
            "Islamic Jihad called it a lie meant to cover up Israel's crimes.",
            [("Palestinian Islamic Jihad", "Israel", "blame", "reported")],
        ),
        (
            "Kiev has denied targeting civilians and blamed Russian forces for shelling homes.",
            [("Ukraine", "Ukraine", "denial", "reported"), ("Ukraine", "Russia", "blame", "reported")],
        ),
        # a possessive determiner inside a coordinated target
        (
            "Iran said Israel and its American backers bore full responsibility for the massacre.",
            [("Iran", "Israel", "blame", "reported"), ("Iran", "United States", "blame", "reported")],
        ),
        # a denial, then a verb of blaming coordinated with it: the blame is asserted
        (
            "Russia has consistently denied any involvement and blamed Ukraine for the disaster.",
            [("Russia", "Russia", "denial", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
        ("The White House has denied any role.", [("United States", "United States", "denial", "reported")]),
        # a denial of involvement without the word "deny"
        (
            "Tehran had nothing to do with the attack, Iran's foreign minister said.",
            [("Iran", "Iran", "denial", "reported")],
        ),
        ("Paris was not involved in the raid, the French army said.", [("France", "France", "denial", "reported")]),
        (
            "Ankara played no part in the shelling, the Turkish president insisted.",
            [("Turkey", "Turkey", "denial", "reported")],
        ),
        # "accused" with no charge named
        (
            "Kiev accused Moscow, and Moscow accused Kiev in turn.",
            [("Ukraine", "Russia", "blame", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
        # an object relative: the relative's subject blames its antecedent
        (
            "Kiev, which Moscow accuses of shelling the plant, has denied the accusations.",
            [("Ukraine", "Ukraine", "denial", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
        # a possessor's accusations against a target
        (
            "Tehran's accusations against Washington were repeated by Damascus.",
            [("Iran", "United States", "blame", "reported")],
        ),
        # a possessor's deeds called wrong, with an adjective before the noun
        (
            "Tehran's moves were a deliberate provocation, Netanyahu said.",
            [("Israel", "Iran", "blame", "reported")],
        ),
        (
            "The actions of the Israeli pilots were a deliberate provocation, Konashenkov said.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        # responsibility laid at someone's door
        ("The Turkish government laid the blame at Damascus's door.", [("Turkey", "Syria", "blame", "reported")]),
        # a pronoun opening a source's claim is the source, not the nearest actor
        (
            "Syria condemned the Israeli raid and said it holds Israel responsible.",
            [("Syria", "Israel", "blame", "reported")],
        ),
        # "us" in a source's words is the source's own side
        (
            "The Russians keep blaming us for the shelling, a Ukrainian commander said.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        # a denial of involvement as "had no role in"
        (
            "Washington had no role in the strike, the Pentagon said.",
            [("United States", "United States", "denial", "reported")],
        ),
        # a claim not accepted, with the claim's owner as a modifier; the blame inside it is not asserted
        (
            "Ankara did not accept the Russian claim that its drones had hit the convoy.",
            [("Turkey", "Turkey", "denial", "reported")],
        ),
        # a passive denial: the agent rejects the blame
        (
            "Moscow's claim that Kiev is to blame was rejected by Ukrainian officials.",
            [("Ukraine", "Ukraine", "denial", "reported")],
        ),
        ("The accusations were dismissed by Tehran as lies.", [("Iran", "Iran", "denial", "reported")]),
        # absolving someone else rejects the blame on them
        ("Putin appeared to absolve Israel of blame.", [("Russia", "Israel", "denial", "reported")]),
        ("The French inquiry cleared Iran of any responsibility.", [("France", "Iran", "denial", "reported")]),
        # a cue form inside a name ("State Department") does not start a clause
        ("The State Department blamed Syria for the attack.", [("United States", "Syria", "blame", "reported")]),
        # a negation in an earlier coordinated verb does not negate the verb of blaming
        (
            "Ankara said it would not apologize and blamed Damascus for the clash.",
            [("Turkey", "Syria", "blame", "reported")],
        ),
        # a contrasted actor in the target slot is no target
        (
            "The Ukrainian army, not Moscow, was responsible, the Kremlin said.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        (
            "Tehran rather than Riyadh caused the crash, Washington said.",
            [("United States", "Iran", "blame", "reported")],
        ),
        # "led to" / "resulted in" a harm, as "caused"
        (
            "Iranian drones led to the loss of the tanker, the Pentagon said.",
            [("United States", "Iran", "blame", "reported")],
        ),
        # a participle after an inverted attribution is the speaker's
        (
            "Ukraine bears full responsibility, the Kremlin insisted, rejecting Western claims.",
            [("Russia", "Russia", "denial", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
        # wrongdoing named by a verb and its object
        (
            "Peskov said the Ukrainian gunners had acted with criminal negligence.",
            [("Russia", "Ukraine", "blame", "reported")],
        ),
        ("The Turkish pilots lacked professionalism, Lavrov said.", [("Russia", "Turkey", "blame", "reported")]),
        # a refusal in the future tense
        ("Ankara will not take the blame, Erdogan said.", [("Turkey", "Turkey", "denial", "reported")]),
        # a scare-quoted label in the target slot
        (
            'Tehran held the "Zionist enemy" fully responsible for the attack.',
            [("Iran", "Israel", "blame", "reported")],
        ),
        # a military act of an actor called wrong, the actor as a modifier or a possessor
        ("The Turkish raid was a reckless gamble.", [("outlet", "Turkey", "blame", "editorial")]),
        ("Iran's strikes were an act of aggression, Riyadh said.", [("Saudi Arabia", "Iran", "blame", "reported")]),
        # a share of the blame
        ("Washington, too, bears some of the blame, Lavrov said.", [("Russia", "United States", "blame", "reported")]),
        # the namer inside a free relative is no target: "what X called Y's ..."
        (
            "Paris condemned what Turkish President Recep Tayyip Erdogan called Syria's reckless provocations.",
            [("France", "Syria", "blame", "reported")],
        ),
        # a cleft names the culprit ("the ones who", "it was X that"), a contrasted actor aside
        (
            "The Syrians were the ones who shot the plane down, the Israeli official said.",
            [("Israel", "Syria", "blame", "reported")],
        ),
        (
            "It was Israel, not Syria, who caused the crash, Konashenkov said.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("It was the Turkish army that fired first, Damascus said.", [("Syria", "Turkey", "blame", "reported")]),
        # a possessor named by a demonym and a noun, a plural possessive, a scare-quoted predicate
        ("The Syrian regime's actions were irresponsible, Netanyahu said.", [("Israel", "Syria", "blame", "reported")]),
        (
            'The Russian defence ministry said the Israeli pilots\' actions were "hostile."',
            [("Russia", "Israel", "blame", "reported")],
        ),
        # a violation of sovereignty, airspace, agreements or law
        (
            "The Russian president conceded that Israel had violated the spirit of its agreements with Moscow.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("Iran has repeatedly violated Iraqi airspace, Baghdad said.", [("Iraq", "Iran", "blame", "reported")]),
        (
            "Damascus said the Turkish strikes were a flagrant violation of Syrian sovereignty.",
            [("Syria", "Turkey", "blame", "reported")],
        ),
        # naming an actor's act as wrong: the namer blames
        ("Syria's foreign ministry called the Israeli raid a provocation.", [("Syria", "Israel", "blame", "reported")]),
        ("Lavrov described the Turkish operation as reckless.", [("Russia", "Turkey", "blame", "reported")]),
        # idioms of blaming: at X's feet, pass the buck; culpability, complicity, guilt
        (
            "Russia's defence ministry laid responsibility for the crash at Turkey's feet.",
            [("Russia", "Turkey", "blame", "reported")],
        ),
        ("Ankara tried to pass the buck to Damascus.", [("Turkey", "Syria", "blame", "reported")]),
        ("Lavrov spoke of Israeli culpability in the downing.", [("Russia", "Israel", "blame", "reported")]),
        (
            "Damascus stressed the complicity of Washington in the raid.",
            [("Syria", "United States", "blame", "reported")],
        ),
        # washing one's hands of it is a denial
        ("Israel washed its hands of the incident.", [("Israel", "Israel", "denial", "reported")]),
        # a scare-quoted cue reads as its words
        ('Konashenkov said the Israeli pilots had "hid behind" the Il-20.', [("Russia", "Israel", "blame", "direct")]),
        # inside a quote, "they" is not the speaker who says it
        (
            'Syrian gunners fired wildly. "They are the ones who shot it down," the Israeli official said.',
            [("Israel", "Syria", "blame", "direct")],
        ),
        # an adverb before "at" in the idiom
        ("Ankara pointed the finger firmly at Damascus.", [("Turkey", "Syria", "blame", "reported")]),
        # an actor whose conduct is called faulty; not an act judged ("it was reckless to ...")
        ("Turkish officials said the Syrian crews had been negligent.", [("Turkey", "Syria", "blame", "reported")]),
        ("Iran's leaders were being reckless, Riyadh said.", [("Saudi Arabia", "Iran", "blame", "reported")]),
        # a condemnatory adjective for an act, as a label someone gives it
        ("Tehran described the Saudi strike as a barbaric attack.", [("Iran", "Saudi Arabia", "blame", "reported")]),
        # rejecting a suggestion or reports that someone is at fault denies that blame
        (
            "Turkish officials rejected any suggestion that their pilots had acted recklessly.",
            [("Turkey", "Turkey", "denial", "reported")],
        ),
        (
            "Cairo dismissed reports that Libyan forces were to blame.",
            [("Egypt", "Libya", "denial", "reported")],
        ),
        # a country's militias are not the country
        ("Cairo dismissed reports that Libyan militias were to blame.", []),
        # taking to task; slamming or condemning an act as a wrong; the fault being someone's
        ("Ankara took Athens to task for the incident.", [("Turkey", "Greece", "blame", "reported")]),
        (
            "Cairo slammed the Libyan strikes as a violation of international law.",
            [("Egypt", "Libya", "blame", "reported")],
        ),
        ("Turkish officials insisted the fault was Greece's.", [("Turkey", "Greece", "blame", "reported")]),
        # "not blameless" blames; "blameless" denies
        ("Nor is Turkey blameless.", [("outlet", "Turkey", "blame", "editorial")]),
        ("Iran is not blameless either, Saudi officials said.", [("Saudi Arabia", "Iran", "blame", "reported")]),
        ("Turkey is blameless, Ankara said.", [("Turkey", "Turkey", "denial", "reported")]),
        # a participle after a main clause and a comma: that clause's subject blames
        (
            "Turkish officials have gone further, accusing Greece of sabotage.",
            [("Turkey", "Greece", "blame", "reported")],
        ),
        # a new attribution after a verb of blaming keeps its own speaker
        (
            "Egypt pointed the finger at Libya, while Libyan officials countered that Egyptian forces bore the blame.",
            [("Egypt", "Libya", "blame", "reported"), ("Libya", "Egypt", "blame", "reported")],
        ),
        # a surname blames for the actor of its earlier full name
        (
            "The talks were led by Iranian envoy Ali Bagheri. Bagheri accused Washington of sabotage.",
            [("Iran", "United States", "blame", "reported")],
        ),
        # "it" after "condemned the <act>, saying": the act, unless an actor is named in it
        (
            "Damascus condemned the Turkish raid, saying it violated Syrian sovereignty.",
            [("Syria", "Turkey", "blame", "reported")],
        ),
        # a restrictive "who" on the main clause's object: that object blames, not the main subject
        (
            "The delegation met Turkish officials who blamed Greece for the fire.",
            [("Turkey", "Greece", "blame", "reported")],
        ),
        (
            "Ankara hosted Libyan and Egyptian envoys who accused Sudan of arming the militias.",
            [("Libya", "Sudan", "blame", "reported"), ("Egypt", "Sudan", "blame", "reported")],
        ),
        # "X was behind <a harmful event>" puts it on X; "not behind" rejects it
        ("Moscow said Israel was behind the strike.", [("Russia", "Israel", "blame", "reported")]),
        (
            "Kyiv says Russia may have been behind last week's drone attacks.",
            [("Ukraine", "Russia", "blame", "reported")],
        ),
        (
            "Peskov said Russia had never been behind any attacks on civilians.",
            [("Russia", "Russia", "denial", "reported")],
        ),
        ("Israel denied that Iran was behind the attack.", [("Israel", "Iran", "denial", "reported")]),
        # who fired first, who started the fighting
        ("Moscow said Kiev had fired first.", [("Russia", "Ukraine", "blame", "reported")]),
        ("Baku said Armenian troops started the clashes.", [("Azerbaijan", "Armenia", "blame", "reported")]),
        ("Yerevan denied that its forces had fired first.", [("Armenia", "Armenia", "denial", "reported")]),
        # "his office" speaks for the person "he" is
        (
            "Ukrainian President Petro Poroshenko called the attack unprovoked. In a statement, his office said"
            " Russia bore full responsibility for the escalation.",
            [("Ukraine", "Russia", "blame", "reported")],
        ),
        # "blamed on X" with an adverb, and with an agent who blames
        ("The incident was widely blamed on Moscow.", [("outlet", "Russia", "blame", "editorial")]),
        ("The crash was blamed on Israel by Moscow.", [("Russia", "Israel", "blame", "reported")]),
        # aggression or a provocation "by" an actor
        ("Kiev called it an act of aggression by Moscow.", [("Ukraine", "Russia", "blame", "reported")]),
        # sabotage and terrorism "by X" blame X; "the sabotage of" names the object
        ("Moscow called the blast an act of sabotage by Ukraine.", [("Russia", "Ukraine", "blame", "reported")]),
        (
            "Israel said the bombing was a terrorist attack carried out by Hamas.",
            [("Israel", "Hamas", "blame", "reported")],
        ),
        ("Russia said it was investigating the sabotage of the pipeline.", []),
        ("It was a provocation by the Israeli military, Shoigu said.", [("Russia", "Israel", "blame", "reported")]),
        # a cleft naming who bears the responsibility or is to blame
        (
            "It is Washington, not the Kremlin, that bears responsibility for this escalation.",
            [("outlet", "United States", "blame", "editorial")],
        ),
        ("It was Israel that was responsible for the crash, Shoigu said.", [("Russia", "Israel", "blame", "reported")]),
        # "the (root) cause ... is X": the cause named after the verb
        (
            "Whoever fired it, the root cause is Russia's barrage, said one senior NATO official.",
            [("NATO", "Russia", "blame", "reported")],
        ),
        # but a former official speaks for no one
        ("Whoever fired it, the root cause is Russia's barrage, said one former NATO official.", []),
        (
            "The real cause of the tragedy lies with the Israeli military, the Russian defence ministry said.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("The cause of the crash was a technical fault.", []),
        ("The cause of the crash is still unknown, Israel said.", []),
        # a text that blames: its own blame, not the outlet's or the sentence subject's
        ("Media reports blaming Israel appeared on Tuesday.", []),
        (
            "Russian state media reports blaming Israel appeared on Tuesday.",
            [("Russia", "Israel", "blame", "reported")],
        ),
        ("Syria circulated a statement blaming Israel for the attack.", [("Syria", "Israel", "blame", "reported")]),
        # must take responsibility: the speaker holds X responsible; an admission: X blames itself
        ("Canada said Iran must take full responsibility.", [("Canada", "Iran", "blame", "reported")]),
        ("Iran admitted responsibility for the crash.", [("Iran", "Iran", "blame", "reported")]),
        ("Israel has never admitted responsibility.", []),
        ("Iran admitted that its air defences had shot down the plane.", [("Iran", "Iran", "blame", "reported")]),
        ("Russia has never admitted it shot down the plane.", []),
        ("Israel acknowledged its jets struck the building.", []),
        ("The IDF takes responsibility for the safety of its pilots.", []),
        # whose fault it was, and whose it was not
        ("It is the fault of Israel, Peskov said.", [("Russia", "Israel", "blame", "reported")]),
        ("Russia said the tragedy was entirely Israel's fault.", [("Russia", "Israel", "blame", "reported")]),
        ("It was not Israel's fault, the IDF said.", [("Israel", "Israel", "denial", "reported")]),
        ("Russia said it was not the fault of the Syrian crews.", [("Russia", "Syria", "denial", "reported")]),
        # who orchestrated a harmful event; an event merely carried out or organised is no blame
        (
            "The plot was masterminded by Hezbollah, according to Israel.",
            [("Israel", "Hezbollah", "blame", "reported")],
        ),
        ("Kyiv said Moscow staged the explosion at the dam.", [("Ukraine", "Russia", "blame", "reported")]),
        ("Israel said the strike was carried out by Russian jets.", []),
        ("Russia staged a military parade.", []),
        ("Moscow put the onus on Israel.", [("Russia", "Israel", "blame", "reported")]),
        # naming the guilty party, shifting the blame, hitting out at someone
        ("Moscow called Israel the aggressor.", [("Russia", "Israel", "blame", "reported")]),
        ("The perpetrators were Russian soldiers, Kyiv said.", [("Ukraine", "Russia", "blame", "reported")]),
        (
            'Putin said: "The authors, perpetrators and sponsors are the Ukrainian special services."',
            [("Russia", "Ukraine", "blame", "direct")],
        ),
        ("Russia pointed to Ukraine as the culprit.", [("Russia", "Ukraine", "blame", "reported")]),
        ("Moscow shifted the blame to Kyiv.", [("Russia", "Ukraine", "blame", "reported")]),
        ("Peskov hit out at Kyiv over the attack.", [("Russia", "Ukraine", "blame", "reported")]),
        ("Russia called the UN an important partner.", []),
        # calling the accusations false is a denial
        ("Israel called the Russian accusations lies.", [("Israel", "Israel", "denial", "reported")]),
        ("Israel described Moscow's claims as absurd.", [("Israel", "Israel", "denial", "reported")]),
        ("Israel called the accusations serious.", []),
        # rejecting reports that blame someone is a denial of that blame
        ("Kyiv rejected reports blaming it for the blast.", [("Ukraine", "Ukraine", "denial", "reported")]),
        (
            "Israel dismissed Russian media reports accusing Israeli pilots of recklessness.",
            [("Israel", "Israel", "denial", "reported")],
        ),
        # the responsibility borne, taken or admitted may be qualified ("state", "moral", "political")
        (
            "The Russian Federation bears state responsibility for the downing.",
            [("outlet", "Russia", "blame", "editorial")],
        ),
        ("Syria must accept full moral responsibility.", [("outlet", "Syria", "blame", "editorial")]),
        ("Russia took political responsibility for the crash.", [("Russia", "Russia", "blame", "reported")]),
        # a denial in the active voice is one, in the passive it refuses the subject something
        ("Israel was denying any role in the attack.", [("Israel", "Israel", "denial", "reported")]),
        # a harm "not caused / carried out by X" rejects the blame on X
        ("Washington said the blast was not caused by Israel.", [("United States", "Israel", "denial", "reported")]),
        ("The rocket wasn't fired by Hamas, Israel said.", [("Israel", "Hamas", "denial", "reported")]),
        # a provocation staged by X; a harm done on X's orders
        ("Kyiv said the attack was a provocation staged by Russia.", [("Ukraine", "Russia", "blame", "reported")]),
        ("Kyiv said the journalist was killed on Putin's orders.", [("Ukraine", "Russia", "blame", "reported")]),
        (
            "Kyiv said the dam was destroyed under direct orders from Moscow.",
            [("Ukraine", "Russia", "blame", "reported")],
        ),
        # a list of actors blaming each other, commas alone included (a headline's "and")
        (
            "Ukraine, Russia blame each other for attack on nuclear plant.",
            [("Ukraine", "Russia", "blame", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
        (
            "Ukraine and Russia on Sunday accused each other of shelling the plant.",
            [("Ukraine", "Russia", "blame", "reported"), ("Russia", "Ukraine", "blame", "reported")],
        ),
    ],
)
def test_blame(text, expected):
    assert blames(text) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a headline's telegraphic grammar: no verb before "responsible"
        (
            "Pentagon: Syrian Regime Responsible for Russian Plane Loss",
            [("United States", "Syria", "blame", "reported")],
        ),
        ("Syria responsible for downing of Russian plane, says Israel", [("Israel", "Syria", "blame", "reported")]),
        ("Israel Solely Responsible for Il-20 Crash", [("outlet", "Israel", "blame", "editorial")]),
        # the speaker before a headline's colon is no target
        ("Kremlin: Chain of Tragic Circumstances Led to Plane's Loss", [("Russia", "none", "blame", "reported")]),
        # a passive without its auxiliary: the agent blames; with none, as "was blamed on X"
        ("Pipeline blast blamed on Ukraine by Russian officials", [("Russia", "Ukraine", "blame", "reported")]),
        ("Pipeline blast blamed on Ukraine", [("outlet", "Ukraine", "blame", "editorial")]),
        ("Turkey accused by Greece of airspace violations", [("Greece", "Turkey", "blame", "reported")]),
    ],
)
def test_headline_only_rules(headline, expected):
    assert blames(headline + "\n\nThe body says little.") == expected


def test_headline_rules_stay_out_of_the_body():
    body = "The talks went on.\n\nThe Russian official responsible for the talks arrived in Israel on Monday."
    assert blames(body) == []
    assert blames("Talks go on\n\nThe Russian official responsible for the talks arrived in Israel.") == []


@pytest.mark.parametrize(
    "text",
    [
        # plain descriptions of events are not blame
        "The plane was shot down by Syrian air defenses.",
        "Syrian missiles hit the Russian aircraft over the sea.",
        "Israeli jets struck a weapons depot in Latakia.",
        "The Il-20 was downed during an Israeli raid.",
        # an implicit exculpation is not a denial
        "Israel said its jets were already home when the missiles were fired.",
        # the noun "blame" and words that only look like the cues
        "The blame game continued for weeks.",
        "Russia and Israel agreed on a mechanism to avoid incidents.",
        "Netanyahu thanked Putin for his hospitality.",
        "The responsible minister visited Moscow.",
        "The ministry's spokesman gave a briefing.",
        # negated verbs of blaming, and "deliberately" before an adjective
        "Russia has never blamed Israel for the crash.",
        "Washington did not accuse Tehran of anything.",
        "Israel was deliberately vague about the raid.",
        # avoided blaming is not blaming
        "Russia stopped short of blaming Israel for the crash.",
        # a named subject no actor covers blames for no actor of ours, even after a comma
        "Rights groups accused Riyadh of indiscriminate bombing, and criticised Washington for arms sales.",
        "The list cited a report that former Acme Holdings chief James Comey would deny ordering the leak against Trump.",
        # an actor that backs the target is no target
        "Washington blamed Iran-backed militias for the rocket attack.",
        # the victims of a massacre; denying a statement or knowledge
        "Hamas said the massacre of Palestinians would not go unpunished.",
        "The minister denied knowing about the plan.",
        "Russia denied saying that the talks had failed.",
        # a negative subject blames no one
        "Moscow suspected Kiev, though no government has formally blamed Ukraine.",
        "No one in Moscow blamed Israel for the crash.",
        "None of the allies has blamed Russia.",
        "The two sides blamed each other for the collapse of the talks.",
        "Putin declined to blame Israel.",
        "Israel's actions were not reckless, Netanyahu said.",
        # a subject the rules cannot name blaming "us": not the speaker blaming its own side
        "They keep blaming us for the shelling, a Ukrainian commander said.",
        "Erdogan refused to blame Tehran for the crash.",
        # ending a blame is not blaming: whoever urges it blames no one
        "Berlin urged Moscow to stop blaming Kiev.",
        # a blame asked about or supposed, not stated
        "It remains unclear whether Washington will hold Tehran responsible.",
        "If Ankara is to blame, the talks will collapse.",
        "Moscow refrained from accusing Tehran of anything.",
        "Without blaming Israel, Putin called for calm.",
        # a denial that states no blame; an account rejected is not a denial of fault
        "Israel denied that the talks had failed.",
        "Russia rejected the Israeli account of the incident.",
        # "to blame" as an infinitive with an object, "responsible" as a modifier
        "Russia is not going to blame Israel alone.",
        "It is hard to blame Iran for wanting a deal.",
        "The Russian official responsible for the talks arrived.",
        # words of a source no registry actor covers are not the outlet's: no record
        "According to the ministry, the pilots of Israel are to blame.",
        "Most voters said the defeat was the result of Iran's meddling.",
        # "the claim" alone may be anyone's (here Israel's exculpation): no denial
        "Israel said its jets were home by then. Moscow dismissed the claim as a lie.",
        "The storm was the main cause of the crash.",
        "The pilots flew carefully over Syria.",
        "Syria shifted its focus on Israel.",
        "The talks must be held in Moscow, Peskov said.",
        "Netanyahu said he will answer for his decisions to voters.",
        # hiding or a mistake is not blame by itself
        "The pilots hid behind a ridge to avoid the storm.",
        "Israel's moves were a surprise, Putin said.",
        # "cleared" without blame, fault or responsibility; a rejected thing that is no accusation
        "Israeli jets were cleared to land by the Syrian tower.",
        "Turkey cleared Syria of snow-covered roads.",
        "The proposal was rejected by Moscow as premature.",
        "The talks led to an agreement between Israel and Russia.",
        "The Turkish raid was not reckless.",
        "The French operation was a success.",
        # a causal connective is not blame
        "Prices rose as a result of Iran's exports falling.",
        # culpability denied or not found is not asserted
        "The investigation found no evidence of Israeli culpability.",
        "The Russian side's guilt was not established, the report said.",
        # no violation claimed, or nobody named; an act named as no wrong, or no actor's act named as wrong
        "Russia said it had not violated any agreement.",
        "The agreement was violated, officials said.",
        "Critics called the Turkish operation a success.",
        "Peskov called the raid a provocation.",
        # a cleft with no harm, or no actor
        "They were the ones who warned Moscow, an Israeli official said.",
        "It was Tuesday that the plane was shot down.",
        "The Israeli pilots' actions were a matter of record, the ministry said.",
        # an act judged, not an actor; a negated or hedged judgement; a complement that blames no one
        "It would be irresponsible to speculate, Peskov said.",
        "The Syrian crews were hardly reckless, Damascus said.",
        "The Turkish pilots were not careless, Ankara said.",
        "The ministry rejected suggestions that the talks had failed.",
        "The civilians were innocent.",
        "Erdogan took the time to explain the plan.",
        "Critics slammed the plan as a success story for nobody.",
        # the subject of the main clause is no actor of ours: not the place in its phrase
        "Some commentators in Ankara have gone further, accusing Greece of sabotage.",
        # "it" after "condemned the <act>, saying" is the act: no actor named in it, no target
        "Iraqi Prime Minister Mohammed Shia al-Sudani condemned the attack, saying it violated Iraqi sovereignty.",
        # with "of", the accused stands before it: not an actor named in the charge
        "Moscow's envoy went further, accusing Western governments of urging Ukraine's leaders to attack.",
        # a pronoun opening the claim of a speaker who is no actor of ours: that speaker, not an earlier actor
        "The dam was under Russian control. Residents of the town said they blamed the Russians.",
        # a restrictive "who" on the main clause's object: whoever that is blames (no actor of ours)
        "Ankara took calls from listeners to its radio program who accused Greece of sabotage.",
        "The Turkish president met with families from the village who blamed Greece for the fire.",
        "Erdogan met officials who blamed Greece for the fire.",
        # asking who was behind it, or behind something that is no harm, puts it on no one
        "It is unclear whether Russia was behind the attack.",
        "Turkey was behind the proposal, diplomats said.",
        "Israel fired missiles at targets near Damascus.",
        # responsible for a duty, not for a harm
        "Israel was responsible for security at the site.",
        "It was Russia that was responsible for overseeing the ceasefire.",
        # "denied" in the passive: the subject was refused something, it denies nothing
        "Peskov said Russia had been denied a role in the investigation.",
        "Israel was denied any role in the talks.",
        # an order to do no harm blames no one
        "The troops withdrew on the orders of the Kremlin.",
        "The reporters were refused access and were denied the charges sheet.",
        # a fact check's claim under examination is nobody's named claim, never the outlet's
        "Fact check\n\nClaim: Israeli F-16s deliberately hid behind a Russian Il-20 so that Syrian missiles would hit it.",
        # a role in talks, an involvement in an inquiry: no harm
        "Russia played a role in the peace talks, Israeli officials said.",
        "Israeli officials said Russia was involved in the crash investigation.",
        "Russia named the Israeli military as responsible for security at the site.",
        "Israel brushed off the rain and flew on.",
        "Human Rights Watch said the group had recruited men and blamed it for the deaths of six detainees.",
        "Israel, not Iran, was the target, officials said.",
        "The suspected Russian agents were arrested in Warsaw.",
        "Police suspected the Israeli tourist of nothing.",
        "The army denied that it had opened fire without provocation.",
        "Israel said Hezbollah was provoked into firing rockets.",
        "Israel has never shirked its responsibility, the IDF said.",
        "Israel did not try to evade responsibility, the IDF said.",
        "Israel escaped responsibility, Russia said.",
        "Netanyahu credited his close ties with Putin for allowing Israel to carry out strikes in Syria.",
        "Ukraine did not link Russia to the blast.",
        "Russia blamed sanctions against Russia for the inflation.",
        "Ukraine tied aid for Poland to an end of the strikes.",
        "Iran's foreign minister said Germany will pay for the reconstruction.",
        # a denial negated or left open is no denial
        "Ukraine has not denied involvement in the blast.",
        "Ukraine has neither confirmed nor denied involvement.",
        "Ukraine would neither confirm nor deny the allegations.",
        # the owner's others are not the owner
        "Rather than admit that, the Kremlin prefers to accuse its neighbours.",
        "Moscow blamed its Western rivals for the crisis.",
        # a subject no actor of ours covers blames, not the outlet
        "Dissident poisoned, allies blame Kremlin",
        "Exiled dissident survives poisoning; his allies blame the Kremlin.",
        "Members of the U.N. Security Council clashed on Friday over the strikes, with Western envoys blaming Moscow.",
        # the one accused of using something as cover is the accused, not the accuser
        "Seoul accused the North of using the satellite as cover for a missile test.",
        "South Korea's military accused the rebels of using civilians as human shields.",
        # a negative subject the quote layer does not take as a speaker: "none of" before a verb of blaming
        "Israel struck, and none of its neighbours blamed Iran.",
        # a country's companies are not its government, nor is a pronoun's antecedent their target
        "Peru's government has blamed the Spanish energy company Repsol for an oil spill.",
        "The United States imposed sanctions on six Iranian companies and two executives it accused of supplying"
        " drones.",
        # "they" after people no actor names is not a singular actor named near them
        "For years, European leaders have treated Turkey as a nuisance. They blame Ankara for the migrant crisis.",
        "Critics have long treated Turkey as a nuisance. They blame Ankara for the migrant crisis.",
        # "the group" after a new, unnamed group is not the organisation named before it
        "NATO held drills. A new group formed. Russia accused the group of provocations.",
        # what a group is for or against is not the group
        "A report, citing US officials, said a pro-Ukrainian group was behind the attack.",
        "US officials blamed anti-Russian militants for the attack.",
        # "a suspected" is an adjective, not a verb of suspecting
        "The US military shot down a suspected Chinese surveillance balloon off the coast of South Carolina.",
        # a cue's own link word does not open its target: "accused of X on behalf of Y", "blamed for X of Y"
        "The US Justice Department unsealed charges against seven Chinese nationals accused of hacking into"
        " American water utilities on behalf of Beijing.",
        "A Russian general, criticised for failures of Russia over the summer, resigned.",
        "Israel's commander, blamed for the failures of Iran in the war over the summer, resigned.",
        # a quoted fragment's subject no actor of ours covers: not the speaker's own blame
        'Lavrov said the West was "accusing Russia of crimes it commits itself".',
        # "no reason to blame" blames nobody
        "Kremlin spokesman Dmitry Peskov said there was no reason to blame the Russian state.",
        # a denied interference is no charge
        "Germany's foreign ministry said Russia was not interfering in the election.",
        # "confirm or deny" commits to neither
        "Israeli officials rarely confirm or deny involvement in such operations.",
        "Israel never confirms or denies involvement in such operations.",
        # a past seldom a noun ("put") is the subject's verb: the president accuses, not the outlet
        "The president put the army on alert and accused Pristina of provoking the violence.",
        # a harm after a preposition is no object of the staging verb
        "Russia staged a protest against the attack.",
        # a country's aid group is not its state; a speaker no actor covers blames for no actor
        "Three workers for a Norwegian aid group were killed, the organization said, blaming Hezbollah.",
        "Israeli rights group B'Tselem blamed Hamas for the deaths.",
        # "it" after a verb's object and a quoted word is the object, not the speaker's side
        'Washington called the maneuver "unsafe" and said it violated the rules of the road.',
        "The Pentagon condemned the interception and said it violated international law.",
        # a person's relative is not the state
        "Israel's prime minister denied that her son had any role.",
        # a natural event's place and a heritage are not the state
        "Peru blamed the oil spill on the Tonga eruption.",
        "Iran accused an Iranian-American journalist of spying for Israel.",
        "Britain said no evidence pointed to Iran.",
        "Signs point to a recovery in China, analysts said.",
        "Russia said its exports grew by 3%, a claim Ukraine rejected.",
        # a blaming verb after "instead of" or "rather than" is not used
        "Instead of blaming Syria, Putin called the incident a chain of tragic circumstances.",
        "The PKK denied it.",  # no blame of the PKK before it
    ],
)
def test_not_blame(text):
    assert blames(text) == []


def test_record_explains_itself():
    text = "Moscow blamed Israel for the loss of the aircraft."
    (record,) = score_article(make_article(text, id="t", source="test")).blame
    assert (record.rule, record.cue, record.speaker) == ("blame-for", "blamed Israel for", "Moscow")
    assert record.explanation == "'blamed X for …' → X is blamed"
    assert text[record.start : record.end] == record.sentence == text
    assert text[record.cue_start : record.cue_end] == record.cue


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[rule]]\nname = 'x'\nkind = 'blame'\nexplanation = 'e'\n", r"missing \['pattern'\]"),
        ("[[rule]]\nname = 'x'\nkind = 'praise'\npattern = 'a'\nexplanation = 'e'\n", "kind must be blame|denial"),
        ("[[rule]]\nname = 'x'\nkind = 'blame'\npattern = 'blamed'\nexplanation = 'e'\n", r"needs a \(\?P<target>"),
        (
            "[[rule]]\nname = 'x'\nkind = 'blame'\npattern = '(?P<target>['\nexplanation = 'e'\n",
            "invalid regular expression",
        ),
        (
            "[[rule]]\nname = 'x'\nkind = 'blame'\nsource = 'agent'\npattern = 'blamed by (?P<target>x)'\n"
            "explanation = 'e'\n",
            r"needs an \(\?P<agent>\.\.\.\) group \(who blames\)",
        ),
        (
            "[[rule]]\nname = 'x'\nkind = 'denial'\ntarget = 'self'\nsource = 'agent'\n"
            "pattern = 'rejected by (?P<agent>x)'\nexplanation = 'e'\n",
            r"target = \"self\" needs a \(\?P<cue>\.\.\.\) group",
        ),
        ("[macros]\nBad = 'x'\n[[rule]]\n", r"\[macros\] 'Bad': a macro is a lower-case name"),
        ("[macros]\nadj = '(x'\n", r"\[macros\] adj: invalid regular expression"),
        ("title = 'no rules'\n", r"no \[\[rule\]\] entries"),
        (
            "[[rule]]\nname = 'x'\nkind = 'blame'\npattern = '(?P<target>x)'\nexplanation = 'e'\nheadline = 'yes'\n",
            "headline must be true or false",
        ),
        (
            "[[rule]]\nname = 'x'\nkind = 'denial'\ntarget = 'self'\npattern = 'x'\nexplanation = 'e'\nafter_blame = 1\n",
            "after_blame must be true or false",
        ),
    ],
)
def test_bad_rule_files_name_the_rule_and_fix(text, message):
    with pytest.raises(ConfigError, match=message):
        parse_blame_rules(text, "rules.toml")


def test_file_macros_expand_in_patterns():
    text = (
        "[macros]\nverb = 'scolded|chided'\n[[rule]]\nname = 'x'\nkind = 'blame'\nsource = 'subject'\n"
        "pattern = '(?:{verb})\\s+(?P<target>{np_end})'\nexplanation = 'e'\n"
    )
    (rule,) = parse_blame_rules(text, "rules.toml")
    sentence = "Moscow chided Tehran."
    assert [sentence[m.target[0] : m.target[1]] for m in rule.matches(sentence, 0, len(sentence))] == ["Tehran"]


def test_file_macros_may_use_other_macros_in_any_order():
    text = (
        "[macros]\nverb = 'scolded|chided'\ncharge = '(?:{verb})\\s+(?P<target>{np_end})'\n[[rule]]\nname = 'x'\n"
        "kind = 'blame'\nsource = 'subject'\npattern = '{charge}'\nexplanation = 'e'\n"
    )
    (rule,) = parse_blame_rules(text, "rules.toml")
    sentence = "Moscow scolded Tehran."
    assert [sentence[m.target[0] : m.target[1]] for m in rule.matches(sentence, 0, len(sentence))] == ["Tehran"]


def test_circular_macros_are_an_error_naming_the_fix():
    text = (
        "[macros]\na = 'x{b}'\nb = 'y{a}'\n[[rule]]\nname = 'x'\nkind = 'blame'\npattern = '{a}'\nexplanation = 'e'\n"
    )
    with pytest.raises(ConfigError, match="in a circle; expand one of them by hand"):
        parse_blame_rules(text, "rules.toml")


def test_bundled_patterns_hold_no_unexpanded_macro():
    for rule in load_blame_rules():
        assert not re.search(r"\{[a-z_]+\}", rule.pattern.pattern), rule.name


def test_every_bundled_rule_has_an_explanation():
    rules = load_blame_rules()
    assert len(rules) >= 20
    assert all("→" in rule.explanation for rule in rules)


def test_seed_004_israel_blames_hezbollah_in_the_idf_statement(seed_articles):
    article = seed_articles["004_fd7891ea34951dc8"]
    records = score_article(article).blame
    israel_hezbollah = [b for b in records if (b.source, b.target) == ("Israel", "Hezbollah")]
    assert israel_hezbollah and israel_hezbollah[0].voice == "direct"
    assert "Hezbollah terror organization" in israel_hezbollah[0].sentence


SENTENCES = st.sampled_from(
    [
        "Moscow blamed Israel for the crash. ",
        "\u201cIsrael is to blame,\u201d Peskov said. ",
        "Israel denied the allegations. ",
        "The plane was shot down. ",
        "Damascus, Tehran, and Hezbollah are responsible, the IDF said.\n\n",
        "Syria's aggression continued. ",
        "He accused them of lying. ",
        "\n",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(SENTENCES, max_size=12).map("".join))
def test_blame_offsets_lie_inside_one_sentence_and_hold_the_cue(text):
    if not text.strip():
        return
    record = score_article(make_article(text, id="t", source="test"))
    spans = {(s.start, s.end) for s in record.sentences}
    for blame in record.blame:
        assert (blame.start, blame.end) in spans
        assert blame.start <= blame.cue_start < blame.cue_end <= blame.end
        assert text[blame.start : blame.end] == blame.sentence
    assert record == score_article(make_article(text, id="t", source="test"))


@pytest.mark.parametrize("mark", ['"', "\u201d"])
def test_blame_cue_starts_after_a_quotation_closing_the_target(mark):
    opening = "\u201c" if mark == "\u201d" else '"'
    text = f"China said Washington's {opening}unilateral tariff measures{mark} violated trade rules."
    (record,) = score_article(make_article(text, id="t", source="test")).blame
    assert (record.source, record.target, record.cue) == ("China", "United States", "violated trade rules")
    assert text[record.cue_start : record.cue_end] == record.cue
