"""Nothing lost: unique doc_ids, a record for every input, every JSON in the
dataset, write errors as records, workers that cannot outlive the batch."""
from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import extractor
from extractor import batch as batch_module
from extractor.batch import BatchOptions, code_digest, pipeline_version, run_batch
from extractor.cli import main
from extractor.executors import Job, Limits, Outcome, run_local, set_cpu_limit
from extractor.inputs import MAX_ID_BYTES, doc_ids
from extractor.settings import Settings

import pdf_factory
import trust_factory as tf

FAST = Settings(entities=False)


def cli(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


def records(out: Path) -> dict[str, dict]:
    return {json.loads(p.read_text())["doc_id"]: json.loads(p.read_text()) for p in out.glob("*.json")}


def test_doc_ids_unique_bounded_and_independent_of_order() -> None:
    paths = [Path("in/a/report.pdf"), Path("in/b/report.pdf"), Path("in/report-2.pdf"), Path("in/.hidden.pdf"),
             Path("in/..pdf"), Path("in/Report.PDF"), Path(f"in/{tf.LONG_NAME}.pdf"), Path("in/x/" + "y" * 250)]
    ids = doc_ids(paths)
    assert len({i.casefold() for i in ids}) == len(ids)
    assert all(len((i + ".json").encode()) <= MAX_ID_BYTES + 5 and not i.startswith(".") for i in ids)
    assert ids[2] == "report-2" and ids[3] == "hidden" and ids[4] == "document"
    assert dict(zip(reversed(paths), doc_ids(list(reversed(paths))))) == dict(zip(paths, ids))


def test_colliding_dot_and_long_names_each_get_a_record_and_a_dataset_row(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for sub in ("a", "b"):
        (src / sub).mkdir(parents=True)
        tf.plain_pdf(src / sub / "report.pdf", f"Andelen kvinner i {sub} er 40 prosent.")
    for name in ("report-2.pdf", ".hidden.pdf", "..pdf", f"{tf.LONG_NAME}.pdf"):
        tf.plain_pdf(src / name)
    out = tmp_path / "out"
    result = cli("extract", str(src), "--out", str(out), "--no-entities")
    assert result.exit_code == 0, result.output
    got = records(out)
    assert len(got) == 6
    assert {r["source"]["path"] for r in got.values()} == {str(p) for p in src.rglob("*.pdf")}
    lines = (out / "dataset.jsonl").read_text().splitlines()
    assert len(lines) == 6
    assert cli("dataset", str(out), "--csv", str(out / "csv")).exit_code == 0
    with sqlite3.connect(out / "data.sqlite") as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    # every re-run: the same ids, nothing redone, nothing overwritten
    again = cli("extract", str(src), "--out", str(out), "--no-entities")
    assert again.exit_code == 0 and "6 skipped" in again.output
    assert set(records(out)) == set(got)


def test_dataset_loader_reads_dot_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([tf.plain_pdf(tmp_path / "plain.pdf")], out, FAST, BatchOptions(workers=1))
    (out / "plain.json").rename(out / ".renamed.json")
    assert cli("dataset", str(out)).exit_code == 0
    with sqlite3.connect(out / "data.sqlite") as db:
        assert db.execute("SELECT doc_id FROM documents").fetchall() == [("plain",)]


def test_dataset_jsonl_is_rebuilt_from_every_json_in_the_folder(tmp_path: Path, pdf_dir: Path) -> None:
    out = tmp_path / "out"
    assert cli("extract", str(pdf_dir), "--out", str(out), "--no-entities").exit_code == 0
    other = tf.plain_pdf(tmp_path / "other.pdf")
    assert cli("extract", str(other), "--out", str(out), "--no-entities").exit_code == 0
    ids = [json.loads(l)["doc_id"] for l in (out / "dataset.jsonl").read_text().splitlines()]
    assert ids == ["numbered-report", "other", "table-slide", "two-column"]


def test_unreadable_folder_gets_a_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    (src / "closed").mkdir(parents=True)
    tf.plain_pdf(src / "closed" / "inside.pdf")
    tf.plain_pdf(src / "open.pdf")
    real_scandir = os.scandir

    def scandir(path):  # as root, chmod 000 does not keep us out: refuse as the kernel would
        if Path(path).name == "closed":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    result = cli("extract", str(src), "--out", str(out), "--no-entities")
    assert result.exit_code == 1
    got = records(out)
    assert got["closed"]["error"]["kind"] == "not_pdf"
    assert "folder not readable" in got["closed"]["error"]["message"]
    assert got["open"]["status"] == "ok"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_and_device_on_the_command_line_do_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    good = tf.plain_pdf(tmp_path / "good.pdf")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(fifo), "/dev/zero", str(good), "--out", str(out),
           "--no-entities", "--timeout", "20"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    got = records(out)
    assert got["pipe"]["error"]["kind"] == "not_pdf" and "FIFO" in got["pipe"]["error"]["message"]
    assert got["zero"]["error"]["kind"] == "not_pdf" and "device" in got["zero"]["error"]["message"]
    assert got["good"]["status"] == "ok"


def test_write_error_of_one_document_is_its_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    tf.plain_pdf(src / "good.pdf")
    tf.plain_pdf(src / "toolong.pdf")
    real = batch_module.atomic_write_text
    calls = {"n": 0}

    def write(path: Path, text: str, **kw) -> None:
        if path.name == "toolong.json" and calls["n"] == 0:
            calls["n"] += 1
            raise OSError(errno.ENAMETOOLONG, "File name too long", str(path))
        real(path, text, **kw)

    monkeypatch.setattr(batch_module, "atomic_write_text", write)
    out = tmp_path / "out"
    result = cli("extract", str(src), "--out", str(out), "--no-entities")
    assert result.exit_code == 1 and "Traceback" not in result.output
    rec = records(out)["toolong"]
    assert rec["error"]["kind"] == "internal" and "File name too long" in rec["error"]["message"]
    assert records(out)["good"]["status"] == "ok"
    with sqlite3.connect(out / "state.sqlite") as db:
        assert db.execute("SELECT error_kind FROM documents WHERE doc_id='toolong'").fetchone() == ("internal",)


def test_disk_full_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, text: str, **kw) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(batch_module, "atomic_write_text", full)
    result = cli("extract", str(tf.plain_pdf(tmp_path / "a.pdf")), "--out", str(tmp_path / "out"), "--no-entities")
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "disk full" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) <= 2


def _pid_task(job: Job, settings: Settings) -> dict:
    if job.doc_id == "oom":
        raise MemoryError
    if job.doc_id == "slow":
        time.sleep(1.5)
    if job.doc_id == "hang":
        time.sleep(30)
    return {"doc_id": job.doc_id, "pid": os.getpid(), "timings": {}}


def test_worker_that_ran_out_of_memory_is_replaced_and_times_are_its_own(tmp_path: Path) -> None:
    jobs = [Job(tmp_path / f"{n}.pdf", n) for n in ("first", "slow", "oom", "after", "hang")]
    got: dict[str, Outcome] = {}
    run_local(jobs, FAST, Limits(timeout=2, max_memory=None), 1, lambda o: got.__setitem__(o.job.doc_id, o) or True,
              task=_pid_task)
    assert got["oom"].record["error"]["kind"] == "oom"
    assert got["first"].record["pid"] != got["after"].record["pid"]  # a fresh worker after the oom
    assert got["oom"].record["timings"]["total"] < 1.0  # its own time, not since the pool started
    assert got["hang"].record["error"]["kind"] == "timeout"
    assert 1.5 <= got["hang"].record["timings"]["total"] < 3.5


def _burn(seconds: float) -> None:
    set_cpu_limit(seconds, grace=0)
    while True:
        pass


def test_worker_cpu_limit_stops_a_runaway_task() -> None:
    p = multiprocessing.get_context("fork").Process(target=_burn, args=(1,))
    p.start()
    p.join(timeout=30)
    alive = p.is_alive()
    if alive:
        p.kill()
    assert not alive and p.exitcode == -signal.SIGXCPU


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_die_with_the_batch_after_kill_9(tmp_path: Path) -> None:
    big = pdf_factory.many_pages(tmp_path / "big.pdf", pages=3000)
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(big), "--out", str(tmp_path / "out"),
           "--workers", "1", "--no-entities", "--quiet", "--timeout", "300"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.time() + 60
    while time.time() < deadline and not workers:
        time.sleep(0.1)
        workers = _children(proc.pid)
    assert workers, "no worker started"
    time.sleep(0.5)
    proc.kill()
    proc.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)


def _start(folder: Path, out: Path) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "--out", str(out), "--workers", "1",
           "--no-entities"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_sigterm_and_sigint_stop_cleanly(tmp_path: Path, pdf_dir: Path, sig: int, code: int) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(30):
        shutil.copy(pdf_dir / "numbered-report.pdf", src / f"doc{i:02d}.pdf")
    out = tmp_path / "out"
    proc = _start(src, out)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("doc*.json"))) < 3:
        time.sleep(0.05)
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr and f"stopped by {signal.Signals(sig).name}" in stderr
    assert "skipped" in stdout  # the summary was printed
    done = sorted(p.stem for p in out.glob("doc*.json"))
    assert 0 < len(done) < 30
    assert [json.loads(l)["doc_id"] for l in (out / "dataset.jsonl").read_text().splitlines()] == done


def test_second_run_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from extractor.state import output_lock\n"
        f"with output_lock(Path({str(out)!r})):\n    print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = cli("extract", str(tf.plain_pdf(tmp_path / "a.pdf")), "--out", str(out), "--no-entities")
        assert result.exit_code == 1
        assert f"another extractor run (process {holder.pid})" in result.output
        assert not list(out.glob("*.json"))
    finally:
        holder.kill()
        holder.wait()
    assert cli("extract", str(tmp_path / "a.pdf"), "--out", str(out), "--no-entities").exit_code == 0


def test_rerun_exits_1_while_errors_remain_and_retry_failed_redoes_only_those(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    tf.plain_pdf(src / "good.pdf")
    (src / "bad.pdf").write_bytes(b"not a pdf at all")
    out = tmp_path / "out"
    assert cli("extract", str(src), "--out", str(out), "--no-entities").exit_code == 1
    again = cli("extract", str(src), "--out", str(out), "--no-entities")
    assert again.exit_code == 1 and "2 skipped" in again.output and "--retry-failed" in again.output
    retry = cli("extract", str(src), "--out", str(out), "--no-entities", "--retry-failed")
    assert retry.exit_code == 1 and "1 skipped, 1 failed" in retry.output
    shutil.copy(src / "good.pdf", src / "bad.pdf")  # fixed: a changed file is redone anyway
    fixed = cli("extract", str(src), "--out", str(out), "--no-entities")
    assert fixed.exit_code == 0, fixed.output


def test_code_digest_follows_rule_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "extractor"
    (pkg / "rules" / "__pycache__").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "rules" / "table.json").write_text('{"a": 1}')
    (pkg / "rules" / "__pycache__" / "x.json").write_text("cache")
    monkeypatch.setattr(extractor, "__file__", str(pkg / "__init__.py"))
    first = code_digest().hexdigest()
    (pkg / "rules" / "__pycache__" / "x.json").write_text("other cache")
    (pkg / "notes.md").write_text("not code")
    assert code_digest().hexdigest() == first
    for name in ("table.json", "words.txt", "cat.toml", "mod.py"):
        (pkg / "rules" / name).write_text(f"changed {name}")
        now = code_digest().hexdigest()
        assert now != first, name
        first = now


def test_rerun_after_a_rule_change_redoes_the_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tf.plain_pdf(tmp_path / "a.pdf")
    out = tmp_path / "out"
    assert cli("extract", str(pdf), "--out", str(out), "--no-entities").exit_code == 0
    assert "1 skipped" in cli("extract", str(pdf), "--out", str(out), "--no-entities").output
    copy = tmp_path / "pkg" / "extractor"
    shutil.copytree(Path(extractor.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    rules = sorted(copy.rglob("*.json"))[0]
    rules.write_text(rules.read_text() + " ")
    before = pipeline_version(FAST)
    monkeypatch.setattr(extractor, "__file__", str(copy / "__init__.py"))
    assert pipeline_version(FAST) != before
    result = cli("extract", str(pdf), "--out", str(out), "--no-entities")
    assert result.exit_code == 0 and "0 skipped" in result.output
