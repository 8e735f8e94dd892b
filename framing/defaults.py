"""Every tunable default in one place.

The CLI help, the dashboard widgets and the README read these names; a test fails when
one of them is not documented in the README's "Defaults" table.
"""

from __future__ import annotations

#: VADER's own convention: compound >= +0.05 is positive, <= -0.05 negative.
TONE_THRESHOLD = 0.05

#: Largest single input file read (bytes). Larger files are reported, not read.
MAX_FILE_BYTES = 50 * 1024 * 1024

#: Zip archives: most members read, and the largest total uncompressed size.
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024

#: A line of at most this many words, without end punctuation, above the headline is
#: a section label ("World"); in the header, such a line is an outlet or byline label.
LABEL_MAX_WORDS = 3

#: A sentence longer than this many characters is cut into pieces no longer than it, at the
#: last clause mark (; : ,) or else the last space before the limit. News sentences stay
#: far below it (the longest in the evaluation corpora has 551 characters); text without
#: sentence punctuation (a scraped table, a list) would otherwise make one sentence whose
#: analysis grows with the square of its length.
MAX_SENTENCE_CHARS = 1000

#: A headline has at most this many words and does not end with a full stop.
HEADLINE_MAX_WORDS = 30

#: A body paragraph of at most this many words without end punctuation is a heading inside
#: the body (a live blog's entry, a section title): read in a headline's grammar.
SUBHEADING_MAX_WORDS = 12

#: Share of control characters (other than tab, newline, carriage return) above which
#: a decoded file is treated as binary.
BINARY_CONTROL_SHARE = 0.05

#: A file is hard-wrapped when at least this share of its lines that are followed by
#: another line in the same paragraph are, with that line, no longer than HARD_WRAP_WIDTH
#: characters.
HARD_WRAP_SHARE = 0.8
HARD_WRAP_WIDTH = 100

#: VADER lexicon words with |valence| at or above this join the "evaluative" category of
#: the default lexicon (VADER's scale runs from -4 to +4).
VADER_EVALUATIVE_MIN = 2.5

#: Distinctive terms (Fightin' Words): least total count of a term, and the size of the
#: informative Dirichlet prior (pseudo-words spread by each term's corpus frequency).
DISTINCTIVE_MIN_COUNT = 3
DISTINCTIVE_PRIOR_SIZE = 500.0
#: |z| above this is marked significant (two-sided 5%).
DISTINCTIVE_Z = 1.96
#: Below this many words in an outlet, distinctive terms are flagged as unreliable.
DISTINCTIVE_MIN_WORDS = 1000
#: Corpora of up to this many sentences get a term index the first time distinctive terms
#: are asked for (every sentence's words read once, about 20 table rows a sentence); then
#: each filter change is one aggregate query.
DISTINCTIVE_INDEX_SENTENCES = 500_000
#: Larger corpora are read sentence by sentence on each filter change: automatically up to
#: this many filtered sentences, on request above it (about 70,000 sentences a second on 2 cores).
DISTINCTIVE_AUTO_SENTENCES = 50_000

#: Tone toward a target: words on each side of the target inside its clause that VADER reads.
TARGET_WINDOW = 8
#: Tone toward an actor in a sentence where it is the target of blame is at most this.
BLAMED_TONE = -0.3
#: How many sentences before an anaphoric denial ("Kyiv rejected the claim") may hold the blame
#: of the denier it answers (``after_blame`` blame rules).
AFTER_BLAME_SENTENCES = 2

#: Articles per batch in `framing score`: the unit written atomically and sent to a worker.
SCORE_BATCH_SIZE = 200
#: Memory DuckDB may use while writing a store (its default is 80% of the machine's memory).
STORE_MEMORY_LIMIT = "256MB"
#: Memory DuckDB may use for the dashboard's filters and aggregates, per corpus.
DASHBOARD_MEMORY_LIMIT = "256MB"

#: Longest article text scored (characters); a longer one is reported, not scored.
MAX_ARTICLE_CHARS = 2_000_000
#: Zip members that unpack to more than this many times their compressed size are refused.
MAX_ZIP_RATIO = 200

#: Fetching articles from URLs: largest response read, seconds to connect and to read, most redirects.
MAX_FETCH_BYTES = 5 * 1024 * 1024
FETCH_CONNECT_TIMEOUT = 5.0
FETCH_READ_TIMEOUT = 15.0
MAX_REDIRECTS = 5

#: Dashboard: page aggregates kept for a shared corpus (every session with the same corpus
#: and filters reuses them).
SHARED_AGGREGATE_ENTRIES = 64

#: Articles (with their records) of a scored store kept in memory after being read on demand.
STORE_CACHE_ARTICLES = 64
