"""Snippet search over 50,000 snippets (8 languages each): median and p95 of the app's search.

Builds a database with the default library plus generated phrases (varied German and client-language
words), then times `snippets.search` for typical clerk queries in German and in the client's language.
Target: median ≤ 10 ms. Usage: python benchmarks/snippet_search.py [--snippets N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from counter_app import snippets
from counter_app.context import AppContext

WORDS_DE = ("Reisepass Lichtbild Meldebescheinigung Mietvertrag Gehaltsnachweis Krankenversicherung Frist "
            "Gebühr Termin Antrag Verlängerung Aufenthaltstitel Arbeitgeber Studium Sperrkonto Heiratsurkunde "
            "Geburtsurkunde Übersetzung Beglaubigung Fingerabdruck Karte Abholung Zahlung Nachweis").split()
WORDS_TR = "pasaport fotoğraf belge kira maaş sigorta süre ücret randevu başvuru uzatma izin".split()
WORDS_AR = "جواز صورة وثيقة إيجار راتب تأمين موعد رسوم طلب تمديد إقامة".split()
QUERIES = [("Reisepass", "tr"), ("Frist Termin", "ar"), ("pasaport", "tr"), ("Gebühr", "ar"),
           ("Meldebesch", "tr"), ("موعد", "ar"), ("Krankenversicherung Nachweis", "tr"), ("Abholung", "ar")]


def build(data_dir: Path, count: int) -> AppContext:
    ctx = AppContext.create(data_dir)
    store = ctx.store()
    existing = store.scalar("SELECT COUNT(*) FROM snippets")
    if existing >= count:
        return ctx
    rng = random.Random(7)
    print(f"Generating {count - existing} snippets …", flush=True)
    with store.transaction():
        rows = []
        for n in range(count - existing):
            sid = f"bench.{n}"
            store.conn.execute("INSERT INTO snippets (id, category, origin, created_at) VALUES (?, 'general', "
                               "'local', '2026-01-01')", (sid,))
            de = " ".join(rng.choice(WORDS_DE) for _ in range(8))
            texts = {"de": de, "tr": " ".join(rng.choice(WORDS_TR) for _ in range(8)),
                     "ar": " ".join(rng.choice(WORDS_AR) for _ in range(8))}
            for lang in ("en", "uk", "ru", "fa", "fr"):
                texts[lang] = f"{lang} {de}"
            rows += [{"snippet_id": sid, "language": k, "text": v, "status": "unreviewed",
                      "updated_at": "2026-01-01"} for k, v in texts.items()]
        store.db["snippet_texts"].insert_all(rows, batch_size=5000)
    store.conn.execute("PRAGMA optimize")
    return ctx


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--snippets", type=int, default=50_000)
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "counter-app-bench-snippets")
    args = parser.parse_args()
    ctx = build(args.data_dir, args.snippets)
    store = ctx.store()
    total = store.scalar("SELECT COUNT(*) FROM snippets")
    texts = store.scalar("SELECT COUNT(*) FROM snippet_texts")
    timings = []
    for _ in range(5):
        for query, language in QUERIES:
            started = time.perf_counter()
            hits = snippets.search(store, query, language=language, user="bench")
            timings.append((time.perf_counter() - started) * 1000)
            assert hits, query
    timings.sort()
    median = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"snippets: {total} ({texts} texts), queries: {len(timings)}")
    print(f"search median: {median:.2f} ms, p95: {p95:.2f} ms, max: {timings[-1]:.2f} ms (target median ≤ 10 ms)")
    print(f"ratio: {median / 10:.2f} (of the 10 ms target)")
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
