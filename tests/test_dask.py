"""The same per-document task on a Dask cluster started on loopback."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.batch import BatchOptions, run_batch
from extractor.settings import Settings

distributed = pytest.importorskip("distributed")


def _records(out: Path) -> dict[str, dict]:
    got = {}
    for p in sorted(out.glob("*.json")):
        r = json.loads(p.read_text())
        r.pop("timings", None)
        got[p.name] = r
    return got


@pytest.mark.parametrize("daemon", [False, True], ids=["isolated", "daemonic-workers"])
def test_dask_cluster_equals_local_run(pdf_dir: Path, tmp_path: Path, daemon: bool) -> None:
    settings = Settings(entities=False)
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    local = tmp_path / "local"
    run_batch([pdf_dir, bad], local, settings, BatchOptions(workers=1))
    import dask

    # Non-daemonic workers may start the isolated per-document process (see README);
    # daemonic ones (Dask's default) run the task in the worker itself.
    with dask.config.set({"distributed.worker.daemon": daemon}), distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        remote = tmp_path / "dask"
        summary = run_batch([pdf_dir, bad], remote, settings,
                            BatchOptions(executor="dask", scheduler=cluster.scheduler_address))
        assert len(summary.records) == 4 and len(summary.failed) == 1
        assert _records(remote) == _records(local)
        again = run_batch([pdf_dir, bad], remote, settings,
                          BatchOptions(executor="dask", scheduler=cluster.scheduler_address))
        assert again.records == [] and len(again.skipped) == 4
