"""Build the tiny but real Argos Translate packages that the translation tests install (de→en, en→ar).

Each package holds a SentencePiece model and a small MarianMT network, trained with torch until it
reproduces its ~60-sentence corpus exactly, converted to an int8 CTranslate2 model and zipped the
way Argos Translate expects. The app and CI never need torch or transformers; run this in a
throwaway environment and commit only its output under tests/fixtures/argos/:

    python3 -m venv /tmp/venv-train
    /tmp/venv-train/bin/pip install torch==2.13.0 transformers sentencepiece ctranslate2
    /tmp/venv-train/bin/python tools/make_tiny_argos_model.py

About a minute on two cores; the output is byte-identical between runs on one machine. The corpus
(tests/fixtures/argos/corpus.tsv) has German, English and Arabic columns, so that German → Arabic
through English reproduces the Arabic column too.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "argos"
CORPUS = FIXTURES / "corpus.tsv"
LANGUAGE_NAMES = {"de": "German", "en": "English", "ar": "Arabic"}
PAIRS = (("de", "en"), ("en", "ar"))
PACKAGE_VERSION = "1.0"
ARGOS_VERSION = "1.0"
# A fixed timestamp in the zip keeps the archives byte-identical between runs on one machine.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
LOSS_TARGET = 0.002
MAX_ROUNDS = 6


@dataclass(frozen=True)
class Pair:
    source: str
    target: str

    @property
    def name(self) -> str:
        return f"{self.source}_{self.target}"


def read_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    lines = path.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line.strip()]


# --- SentencePiece ------------------------------------------------------------------------------


def train_sentencepiece(sentences: list[str]):
    """One shared model for both sides: Argos encodes the source and decodes the target with it."""
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=buffer,
        vocab_size=600,
        hard_vocab_limit=False,  # the corpus is tiny: take whatever vocabulary it yields
        model_type="unigram",
        character_coverage=1.0,
        normalization_rule_name="identity",  # decode must give back the corpus text byte for byte
        # The layout CTranslate2's Marian loader expects: </s>=0, <unk>=1, no <s>/<pad>.
        eos_id=0,
        unk_id=1,
        bos_id=-1,
        pad_id=-1,
        num_threads=1,
        minloglevel=2,
    )
    data = buffer.getvalue()
    return spm.SentencePieceProcessor(model_proto=data), data


# --- MarianMT -----------------------------------------------------------------------------------


def build_model(vocab_size: int, pad_id: int):
    from transformers import MarianConfig, MarianMTModel

    config = MarianConfig(
        vocab_size=vocab_size,
        d_model=128,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=256,
        decoder_ffn_dim=256,
        max_position_embeddings=64,
        pad_token_id=pad_id,
        eos_token_id=0,
        decoder_start_token_id=pad_id,
        forced_eos_token_id=0,
        dropout=0.0,
        attention_dropout=0.0,
        activation_dropout=0.0,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
    )
    return MarianMTModel(config)


def training_batch(sp, pairs: list[tuple[str, str]], pad_id: int):
    import torch

    # No </s> on the source side: Argos passes the bare pieces to CTranslate2.
    sources = [sp.encode(source, out_type=int) for source, _ in pairs]
    targets = [sp.encode(target, out_type=int) + [0] for _, target in pairs]
    width_s = max(map(len, sources))
    width_t = max(map(len, targets))
    input_ids = torch.tensor([s + [pad_id] * (width_s - len(s)) for s in sources])
    attention = torch.tensor([[1] * len(s) + [0] * (width_s - len(s)) for s in sources])
    labels = torch.tensor([t + [-100] * (width_t - len(t)) for t in targets])
    return input_ids, attention, labels


def train(model, batch, pad_id: int, *, steps: int) -> float:
    import torch

    input_ids, attention, labels = batch
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    loss_value = float("inf")
    for _ in range(steps):
        optimiser.zero_grad()
        loss = model(input_ids=input_ids, attention_mask=attention, labels=labels).loss
        loss.backward()
        optimiser.step()
        # CTranslate2 starts Marian decoding from a zero vector, while Transformers feeds the
        # <pad> embedding: keep that row at zero so both see the same first decoder input.
        with torch.no_grad():
            model.get_input_embeddings().weight[pad_id].zero_()
        loss_value = loss.item()
        if loss_value < LOSS_TARGET:
            break
    model.eval()
    return loss_value


# --- CTranslate2 conversion ---------------------------------------------------------------------


class _VocabularyOnly:
    """Just enough of a Transformers tokenizer for CTranslate2's Marian loader."""

    eos_token = "</s>"
    unk_token = "<unk>"

    def __init__(self, sp) -> None:
        self._vocab = {sp.id_to_piece(i): i for i in range(sp.get_piece_size())}
        self._vocab["<pad>"] = sp.get_piece_size()  # Marian's <pad> comes last; the loader drops it

    def get_vocab(self) -> dict[str, int]:
        return dict(self._vocab)


def convert(model, sp, output_dir: Path) -> None:
    from ctranslate2.converters import TransformersConverter

    class InMemoryConverter(TransformersConverter):
        def load_model(self, model_class, model_name_or_path, **kwargs):
            return model

        def load_tokenizer(self, tokenizer_class, model_name_or_path, **kwargs):
            return _VocabularyOnly(sp)

    with tempfile.TemporaryDirectory() as config_dir:
        model.config.save_pretrained(config_dir)  # the converter reads the architecture from here
        InMemoryConverter(config_dir).convert(str(output_dir), quantization="int8", force=True)


def translate_directly(model_dir: Path, sp, sentences: list[str], *, beam_size: int) -> list[str]:
    import ctranslate2

    translator = ctranslate2.Translator(str(model_dir), device="cpu", intra_threads=1)
    batches = translator.translate_batch(
        [sp.encode(s, out_type=str) for s in sentences],
        beam_size=beam_size,
        length_penalty=0.2,  # as Argos Translate calls it
        replace_unknowns=True,
    )
    return [sp.decode_pieces(b.hypotheses[0]) for b in batches]


def mismatches(model_dir: Path, sp, pairs: list[tuple[str, str]]) -> list[str]:
    sources = [s for s, _ in pairs]
    wrong = []
    for beam_size in (1, 4):
        outputs = translate_directly(model_dir, sp, sources, beam_size=beam_size)
        wrong += [f"beam {beam_size}: {s!r} → {o!r}" for (s, t), o in zip(pairs, outputs) if o != t]
    return wrong


# --- packaging ----------------------------------------------------------------------------------


def metadata(pair: Pair) -> dict:
    return {
        "package_version": PACKAGE_VERSION,
        "argos_version": ARGOS_VERSION,
        "from_code": pair.source,
        "from_name": LANGUAGE_NAMES[pair.source],
        "to_code": pair.target,
        "to_name": LANGUAGE_NAMES[pair.target],
        "type": "translate",
        "links": [],
    }


README = """Tiny test model for Counter Assistant ({source} -> {target}).
It memorises the sentences of tests/fixtures/argos/corpus.tsv and nothing else.
Built by tools/make_tiny_argos_model.py. Not for real translation.
"""


def write_package(pair: Pair, sp_bytes: bytes, model_dir: Path, target: Path) -> None:
    top = f"translate-{pair.name}-{PACKAGE_VERSION.replace('.', '_')}"
    files = {
        "metadata.json": json.dumps(metadata(pair), indent=2).encode("utf-8"),
        "README.md": README.format(source=pair.source, target=pair.target).encode("utf-8"),
        "sentencepiece.model": sp_bytes,
    }
    for path in sorted(model_dir.iterdir()):
        files[f"model/{path.name}"] = path.read_bytes()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for folder in (f"{top}/", f"{top}/model/"):
            archive.writestr(zipfile.ZipInfo(folder, ZIP_TIME), b"")
        for name, data in files.items():
            info = zipfile.ZipInfo(f"{top}/{name}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


def build_pair(pair: Pair, corpus: list[dict[str, str]], out_dir: Path) -> dict:
    import torch

    torch.manual_seed(0)
    pairs = [(row[pair.source], row[pair.target]) for row in corpus]
    sp, sp_bytes = train_sentencepiece([text for p in pairs for text in p])
    pad_id = sp.get_piece_size()
    model = build_model(pad_id + 1, pad_id)
    batch = training_batch(sp, pairs, pad_id)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as work:
        model_dir = Path(work) / "model"
        for round_number in range(1, MAX_ROUNDS + 1):
            loss = train(model, batch, pad_id, steps=1500 if round_number == 1 else 300)
            convert(model, sp, model_dir)
            wrong = mismatches(model_dir, sp, pairs)
            seconds = time.perf_counter() - started
            print(f"{pair.name}: round {round_number}, loss {loss:.5f}, {len(wrong)} mismatches, {seconds:.0f} s", flush=True)
            if not wrong:
                break
        else:
            raise SystemExit(f"{pair.name}: the model does not reproduce its corpus:\n" + "\n".join(wrong))
        target = out_dir / f"{pair.name}.argosmodel"
        write_package(pair, sp_bytes, model_dir, target)
    return {
        "file": target.name,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
        "bytes": target.stat().st_size,
        "vocabulary": pad_id,
        "final_loss": round(loss, 6),
        "exact_at_beam": [1, 4],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FIXTURES, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(2)
    corpus = read_corpus()
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = {"corpus": CORPUS.name, "sentences": len(corpus), "packages": {}}
    for source, target in PAIRS:
        pair = Pair(source, target)
        manifest["packages"][pair.name] = build_pair(pair, corpus, args.out)
    (args.out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
