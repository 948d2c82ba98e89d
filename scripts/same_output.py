#!/usr/bin/env python3
"""Does a change keep every output the same? The check for speed work.

    python scripts/same_output.py --save /tmp/before      # on the old code
    python scripts/same_output.py --against /tmp/before   # on the new code

Runs the whole pipeline on every PDF of the project's sets (corpus/, its
variety, stress and holdout folders, and ../shared/corpus when present) and
writes one JSON per document without the parts that may differ between runs
(timings, the file path). ``--against`` compares with a saved run and prints,
per document, which keys differ (with the first few differing entities or
facts), and exits 1 when anything does. A speed change should print
"all N documents the same"; a change that also moves quality shows here
which documents to look at, and ``scripts/evaluate.py`` says whether it helped.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from extractor.pipeline import extract_document
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "corpus", ROOT / "corpus" / "variety", ROOT / "corpus" / "stress", ROOT / "corpus" / "holdout",
           ROOT.parent / "shared" / "corpus")


def stable(record: dict[str, Any]) -> dict[str, Any]:
    """The record without what changes from run to run (timings, where the file lay)."""
    out = dict(record)
    out.pop("timings", None)
    out["source"] = {k: v for k, v in (record.get("source") or {}).items() if k != "path"}
    return out


def run(folders: list[Path], settings: Settings) -> dict[str, dict[str, Any]]:
    records = {}
    for folder in folders:
        for pdf in sorted(folder.glob("*.pdf")):
            key = f"{folder.name}/{pdf.stem}"
            records[key] = stable(extract_document(pdf, settings).to_dict())
    return records


def _differences(old: Any, new: Any) -> list[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    return [] if old == new else ["(value)"]


def _sample(old: Any, new: Any, limit: int = 3) -> list[str]:
    """A few items that one side has and the other lacks (lists) or differing values."""
    if isinstance(old, list) and isinstance(new, list):
        dump = lambda xs: [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in xs]  # noqa: E731
        a, b = dump(old), dump(new)
        gone = [f"  - {x[:160]}" for x in a if x not in b][:limit]
        added = [f"  + {x[:160]}" for x in b if x not in a][:limit]
        return gone + added
    if isinstance(old, dict) and isinstance(new, dict):
        return [f"  {k}: {json.dumps(old.get(k), ensure_ascii=False)[:80]} -> {json.dumps(new.get(k), ensure_ascii=False)[:80]}"
                for k in _differences(old, new)[:limit]]
    return [f"  {json.dumps(old, ensure_ascii=False)[:80]} -> {json.dumps(new, ensure_ascii=False)[:80]}"]


def compare(saved: Path, records: dict[str, dict[str, Any]]) -> int:
    changed = 0
    for key, new in records.items():
        path = saved / f"{key.replace('/', '__')}.json"
        if not path.exists():
            print(f"{key}: not in the saved run")
            changed += 1
            continue
        old = json.loads(path.read_text(encoding="utf-8"))
        keys = _differences(old, new)
        if keys:
            changed += 1
            print(f"{key}: {', '.join(keys)}")
            for k in keys:
                for line in _sample(old.get(k), new.get(k)):
                    print(f"  [{k}]{line}")
    print(f"all {len(records)} documents the same" if not changed else f"{changed} of {len(records)} documents differ")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write this run's records to this folder")
    group.add_argument("--against", type=Path, help="compare this run with a saved one")
    ap.add_argument("folders", nargs="*", type=Path, help="folders of PDFs (default: every set of the project)")
    args = ap.parse_args(argv)
    folders = args.folders or [f for f in FOLDERS if f.is_dir()]
    records = run(folders, Settings())
    json_text = lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True, indent=1)  # noqa: E731
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for key, record in records.items():
            (args.save / f"{key.replace('/', '__')}.json").write_text(json_text(record), encoding="utf-8")
        print(f"saved {len(records)} records in {args.save}")
        return 0
    # a round trip through JSON, so tuples and lists compare as the saved ones do
    return compare(args.against, {k: json.loads(json_text(r)) for k, r in records.items()})


if __name__ == "__main__":
    sys.exit(main())
