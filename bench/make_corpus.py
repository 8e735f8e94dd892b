"""Build a realistic corpus of N articles by recombining paragraphs of the seeds (or any
corpus given): each article takes a headline and 8–20 body paragraphs from different
source articles, keeps their outlets' proportions and spreads dates over a month.

Usage: python bench/make_corpus.py N OUTPUT.jsonl [--source PATH ...] [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.aggregate import outlet_label  # noqa: E402
from framing.ingest import read_corpus  # noqa: E402


def paragraphs(paths: list[str]) -> tuple[list[str], list[str], list[str]]:
    headlines, bodies, outlets = [], [], []
    for article in read_corpus(paths).articles:
        outlets.append(outlet_label(article.outlet))
        for segment in article.segments:
            text = article.text[segment.start : segment.end]
            if segment.role == "headline":
                headlines.append(text)
            elif segment.role == "body":
                bodies.append(text)
    return headlines, bodies, outlets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("output")
    parser.add_argument("--source", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    headlines, bodies, outlets = paragraphs(args.source)
    names = [f"{outlet} {i}" for outlet in sorted(set(outlets)) for i in range(10)]
    start = datetime.date(2018, 9, 17)
    with open(args.output, "w", encoding="utf-8") as handle:
        for number in range(args.n):
            text = (
                rng.choice(headlines) + "\n\n" + "\n\n".join(rng.sample(bodies, rng.randint(8, min(20, len(bodies)))))
            )
            record = {
                "id": f"synthetic-{number:06d}",
                "outlet": rng.choice(names),
                "date": (start + datetime.timedelta(days=rng.randrange(30))).isoformat(),
                "text": text,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} articles to {args.output}")


if __name__ == "__main__":
    main()
