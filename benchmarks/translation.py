"""Translation speed: the app's TranslationService against CTranslate2 + SentencePiece called directly.

Both run the same model in one process, sentence by sentence, with the same beam size and thread
count. Prints latency (median per sentence), throughput, `ratio: X.XX` (service ÷ direct, target
≤ 1.3), the cached path (target ≤ 1 ms) and the cost of the first translation (import + model load).

    python benchmarks/translation.py                      # the tiny test model de→en
    python benchmarks/translation.py --model X.argosmodel --sentences sentences.txt
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.db import Store
from counter_app.translation import TranslationService, install_model

FIXTURES = ROOT / "tests" / "fixtures" / "argos"
CACHED_TARGET_MS = 1.0
RATIO_TARGET = 1.3


def corpus_column(code: str) -> list[str]:
    lines = (FIXTURES / "corpus.tsv").read_text("utf-8").splitlines()
    column = lines[0].split("\t").index(code)
    return [line.split("\t")[column] for line in lines[1:] if line.strip()]


class Direct:
    """CTranslate2 + SentencePiece with the arguments argostranslate uses."""

    def __init__(self, package_dir: Path, *, beam_size: int, intra_threads: int) -> None:
        import ctranslate2
        import sentencepiece

        self.sp = sentencepiece.SentencePieceProcessor(model_file=str(package_dir / "sentencepiece.model"))
        self.translator = ctranslate2.Translator(
            str(package_dir / "model"), device="cpu", inter_threads=1, intra_threads=intra_threads
        )
        self.beam_size = beam_size

    def translate(self, sentence: str) -> str:
        batch = self.translator.translate_batch(
            [self.sp.encode(sentence, out_type=str)],
            beam_size=self.beam_size,
            length_penalty=0.2,
            replace_unknowns=True,
            max_batch_size=32,
            batch_type="tokens",
        )
        return self.sp.decode_pieces(batch[0].hypotheses[0])


def timed_ms(call, sentence: str) -> float:
    started = time.perf_counter()
    call(sentence)
    return (time.perf_counter() - started) * 1000


def measure(direct: Direct, service_call, sentences: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Per-sentence times of both paths, interleaved so that machine noise hits both alike."""
    direct_ms, service_ms = [], []
    for round_number in range(rounds):
        for sentence in sentences:
            pair = [(direct_ms, direct.translate), (service_ms, service_call)]
            for times, call in pair if round_number % 2 == 0 else reversed(pair):
                times.append(timed_ms(call, sentence))
    return direct_ms, service_ms


def throughput(times_ms: list[float]) -> float:
    return len(times_ms) / (sum(times_ms) / 1000)


def cached_latency(models: Path, work: Path, source: str, target: str, sentences: list[str]) -> list[float]:
    store = Store.open(work / "bench.sqlite3")
    try:
        service = TranslationService(models, runtime_dir=work / "rt", store=store)
        for sentence in sentences:
            service.translate(sentence, source, target)
        return [timed_ms(lambda s: service.translate(s, source, target), s) for s in sentences * 20]
    finally:
        store.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="counter-bench-") as folder:
        work = Path(folder)
        model = install_model(args.model, work / "models").model
        source, target = model.metadata.source, model.metadata.target
        sentences = _sentences(args, source)
        service = TranslationService(work / "models", runtime_dir=work / "rt")  # no store: never cached

        started = time.perf_counter()
        service.translate(sentences[0], source, target)
        first_s = time.perf_counter() - started

        settings = sys.modules["argostranslate.settings"]  # imported by the first translation
        direct = Direct(model.path, beam_size=settings.beam_size, intra_threads=settings.intra_threads)
        mismatches = sum(direct.translate(s) != service.translate(s, source, target).text for s in sentences)
        measure(direct, lambda s: service.translate(s, source, target), sentences, 1)  # warm-up
        direct_ms, service_ms = measure(direct, lambda s: service.translate(s, source, target), sentences, args.rounds)
        two_threads = Direct(model.path, beam_size=settings.beam_size, intra_threads=2)
        threads_ms = [timed_ms(two_threads.translate, s) for s in sentences * args.rounds]
        cached_ms = cached_latency(work / "models", work, source, target, sentences)

    direct_median, service_median = statistics.median(direct_ms), statistics.median(service_ms)
    ratio = service_median / direct_median
    print(f"model: {args.model.name} ({source} → {target}), {len(sentences)} sentences × {args.rounds} rounds, "
          f"beam {settings.beam_size}, intra_threads {settings.intra_threads}")
    print(f"outputs differing between the two paths: {mismatches}")
    print(f"first translation (import argostranslate + load model): {first_s * 1000:.0f} ms")
    print(f"direct ctranslate2 + sentencepiece: median {direct_median:.3f} ms/sentence, "
          f"{throughput(direct_ms):.0f} sentences/s")
    print(f"TranslationService (uncached):      median {service_median:.3f} ms/sentence, "
          f"{throughput(service_ms):.0f} sentences/s")
    print(f"direct with intra_threads 2:        median {statistics.median(threads_ms):.3f} ms/sentence")
    print(f"ratio: {ratio:.2f} (target ≤ {RATIO_TARGET})")
    cached_median = statistics.median(cached_ms)
    print(f"cached path: median {cached_median:.3f} ms, p95 {percentile(cached_ms, 0.95):.3f} ms "
          f"(target ≤ {CACHED_TARGET_MS} ms)")
    ok = ratio <= RATIO_TARGET and cached_median <= CACHED_TARGET_MS and mismatches == 0
    print("result: " + ("within targets" if ok else "OUTSIDE TARGETS"))
    return 0 if ok else 1


def _sentences(args: argparse.Namespace, source: str) -> list[str]:
    if args.sentences:
        return [line for line in args.sentences.read_text("utf-8").splitlines() if line.strip()]
    return corpus_column(source)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=FIXTURES / "de_en.argosmodel", help="an .argosmodel file")
    parser.add_argument("--sentences", type=Path, help="source sentences, one per line (default: the test corpus)")
    parser.add_argument("--rounds", type=int, default=10, help="passes over the sentences (default: %(default)s)")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
