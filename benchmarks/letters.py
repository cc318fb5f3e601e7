"""Letters: rendering one letter against the floor of python-docx opening and saving the same
template, measured alternately in one run; then 100 letters in a batch (render and archive).

Target: ratio ≤ 2.0. Usage: python benchmarks/letters.py [--runs N] [--batch N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counter_app import conversations, demo  # noqa: E402
from counter_app.context import AppContext  # noqa: E402
from counter_app.letters import catalog, checking, service  # noqa: E402
from counter_app.letters.context import LetterRequest, build_context  # noqa: E402
from counter_app.letters.render import render_docx  # noqa: E402

TEMPLATE = "nachforderung"


def floor_once(template: Path) -> float:
    from docx import Document

    started = time.perf_counter()
    document = Document(str(template))
    document.save(io.BytesIO())
    return time.perf_counter() - started


def render_once(template: Path, values: dict) -> float:
    started = time.perf_counter()
    render_docx(template, values)
    return time.perf_counter() - started


def full_letter_once(ctx: AppContext, conversation_id: int) -> float:
    started = time.perf_counter()
    service.prepare_letter(ctx, conversation_id, LetterRequest(TEMPLATE))
    return time.perf_counter() - started


def conversation_with_missing_documents(ctx: AppContext) -> int:
    store = ctx.store()
    cid = conversations.start(store, client=conversations.Client(name="Benchmark, Erika", file_number="AZ-B-1"),
                              matter_id=_matter(ctx), language="ar", clerk="benchmark")
    items = [s.item for s in conversations.load(store, cid).visible_items() if s.item.kind == "document"]
    for item in items[:3]:
        conversations.set_status(store, cid, item.id, "missing")
    return cid


def _matter(ctx: AppContext) -> str:
    ids = [row["id"] for row in ctx.store().query("SELECT id FROM matters ORDER BY id")]
    return "study" if "study" in ids else ids[0]


def batch(ctx: AppContext, count: int) -> tuple[float, int]:
    """Render and archive one letter for each of `count` demo conversations."""
    demo.create_demo_data(ctx.store(), conversations=count, status="open", seed=7)
    rows = conversations.list_conversations(ctx.store(), status="open", search="DEMO", limit=count)
    started = time.perf_counter()
    for row in rows:
        missing = conversations.load(ctx.store(), row.id).summary().missing
        template = "nachforderung" if missing else "eingangsbestaetigung"
        service.create_letter(ctx, row.id, LetterRequest(template), clerk="benchmark")
    return time.perf_counter() - started, len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="counter-bench-letters-") as folder:
        ctx = AppContext.create(folder)
        try:
            return run(ctx, args)
        finally:
            ctx.close()


def run(ctx: AppContext, args) -> int:
    cid = conversation_with_missing_documents(ctx)
    info = catalog.find_template(ctx.paths.root, TEMPLATE)
    conversation = conversations.load(ctx.store(), cid)
    context = build_context(ctx.store(), ctx.settings.get, conversation, info, LetterRequest(TEMPLATE),
                            placeholders=checking.template_placeholders(info.path))
    first = render_once(info.path, context.values)  # cold: imports, template compile
    floor_once(info.path)
    floors, renders, fulls = [], [], []
    for _ in range(args.runs):  # alternate, so noise hits both alike
        floors.append(floor_once(info.path))
        renders.append(render_once(info.path, context.values))
        fulls.append(full_letter_once(ctx, cid))
    floor, render, full = (statistics.median(v) for v in (floors, renders, fulls))
    total, count = batch(ctx, args.batch)
    print(f"template: {TEMPLATE} ({info.path.stat().st_size // 1024} KB), {len(context.values['missing_documents'])} "
          f"missing documents, medians of {args.runs}")
    print(f"first render (cold, compiles the template): {first * 1000:.1f} ms")
    print(f"floor (python-docx open + save):            {floor * 1000:.1f} ms")
    print(f"render (docxtpl fill + save):               {render * 1000:.1f} ms")
    print(f"whole letter (load conversation, context, render): {full * 1000:.1f} ms")
    print(f"batch: {count} letters rendered and archived in {total:.2f} s "
          f"({total / max(count, 1) * 1000:.1f} ms per letter)")
    print(f"ratio: {render / floor:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
