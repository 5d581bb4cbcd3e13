"""One writer per catalogue: a second opener is told who holds it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue, LockedError, LockInfo
from amp_desktop.core.store import lock as lock_module
from amp_desktop.core.store.lock import CatalogueLock, lock_path, read_lock

OPEN_IN_CHILD = """
import sys
from amp_desktop.core.store import Catalogue, LockedError
try:
    Catalogue.open(sys.argv[1]).close()
except LockedError as exc:
    print("LOCKED", exc.holder.pid, exc)
    sys.exit(3)
print("OPENED")
"""


def test_second_process_is_refused_and_told_who_holds_it(example_path: Path) -> None:
    with Catalogue.open(example_path):
        result = subprocess.run(
            [sys.executable, "-c", OPEN_IN_CHILD, str(example_path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 3, result.stderr
        assert result.stdout.startswith(f"LOCKED {os.getpid()} ")
        assert socket.gethostname() in result.stdout
    # Released on close: now the other process may write.
    result = subprocess.run(
        [sys.executable, "-c", OPEN_IN_CHILD, str(example_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "OPENED"


def test_second_writer_in_the_same_process_is_refused(example_path: Path) -> None:
    with Catalogue.open(example_path):
        with pytest.raises(LockedError) as caught:
            Catalogue.open(example_path)
        assert caught.value.holder is not None
        assert caught.value.holder.pid == os.getpid()
        # Read-only opening is allowed beside the writer.
        with Catalogue.open(example_path, read_only=True) as reader:
            assert reader.find("OSA") is not None


def test_a_lock_left_by_a_dead_process_is_taken_over(example_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_path(example_path).write_text(
        json.dumps(
            {
                "pid": int(dead.stdout),
                "host": socket.gethostname(),
                "user": "someone",
                "since": "2026-01-01T00:00:00",
            }
        )
    )
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None


def test_a_lock_from_another_host_is_respected(example_path: Path) -> None:
    lock_path(example_path).write_text(
        json.dumps(
            {"pid": 1, "host": "kommun-pc-17", "user": "anna", "since": "2026-11-23T08:00:00"}
        )
    )
    with pytest.raises(LockedError, match="anna on kommun-pc-17"):
        Catalogue.open(example_path)


def test_an_unreadable_lock_is_held_while_young_and_stale_when_old(example_path: Path) -> None:
    lock = lock_path(example_path)
    lock.write_text("")  # another process between creating and writing it
    with pytest.raises(LockedError):
        Catalogue.open(example_path)
    old = lock.stat().st_mtime - 3600
    os.utime(lock, (old, old))  # …or one that crashed there long ago
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None


# -- taking over a stale lock: two processes at once must not both win ---------------

RACER = """
import random, sys, time
from pathlib import Path
from amp_desktop.core.store.lock import CatalogueLock, LockedError

# A slow disk or a busy scheduler: a pause of up to 2 ms after every judgement.
judge = CatalogueLock._is_stale
def slow(holder, lock_file):
    stale = judge(holder, lock_file)
    time.sleep(random.uniform(0, 0.002))
    return stale
CatalogueLock._is_stale = staticmethod(slow)

path = Path(sys.argv[1])
for line in sys.stdin:
    command, _, start = line.strip().partition(" ")
    if command == "go":
        lock = CatalogueLock(path)
        while time.time() < float(start):
            pass  # both racers set off at the same instant
        try:
            lock.acquire()
            print("held", flush=True)
        except LockedError:
            print("refused", flush=True)
    elif command == "release":
        lock.release()
        print("released", flush=True)
"""


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def _stale_record(pid: int) -> str:
    return json.dumps(
        {"pid": pid, "host": socket.gethostname(), "user": "gone", "since": "2026-01-01T00:00:00"}
    )


def test_two_processes_taking_over_one_stale_lock_never_both_win(tmp_path: Path) -> None:
    """Both used to delete the stale lock, the slower one deleting the winner's (68/200)."""
    import time

    path = tmp_path / "race.amp"
    path.write_bytes(b"")
    dead = _dead_pid()
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        outcomes: list[list[str]] = []
        for _round in range(60):
            lock_path(path).write_text(_stale_record(dead))
            start = time.time() + 0.02
            for racer in racers:
                assert racer.stdin and racer.stdout
                racer.stdin.write(f"go {start}\n")
                racer.stdin.flush()
            outcomes.append(sorted(r.stdout.readline().strip() for r in racers if r.stdout))
            for racer in racers:
                assert racer.stdin and racer.stdout
                racer.stdin.write("release\n")
                racer.stdin.flush()
                assert racer.stdout.readline().strip() == "released"
            assert not lock_path(path).exists()
    finally:
        for racer in racers:
            if racer.stdin:
                racer.stdin.close()
            racer.wait(timeout=30)
            if racer.stdout:
                racer.stdout.close()
    assert outcomes == [["held", "refused"]] * len(outcomes)
    assert [p.name for p in tmp_path.iterdir()] == ["race.amp"]


def test_a_stale_lock_replaced_by_a_fresh_one_meanwhile_is_left_alone(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Judged stale, but another process took it over before us: back off, touch nothing."""
    lock = lock_path(example_path)
    lock.write_text(_stale_record(_dead_pid()))
    fresh = json.dumps(
        {"pid": os.getpid(), "host": socket.gethostname(), "user": "quick", "since": "now"}
    )
    judge = CatalogueLock._is_stale

    def overtaken(holder: LockInfo | None, lock_file: Path) -> bool:
        stale = judge(holder, lock_file)
        if stale and lock_file == lock:
            lock_file.write_text(fresh)  # the quicker process's own lock
        return stale

    monkeypatch.setattr(CatalogueLock, "_is_stale", staticmethod(overtaken))
    with pytest.raises(LockedError) as caught:
        Catalogue.open(example_path)
    assert caught.value.holder is not None and caught.value.holder.user == "quick"
    assert lock.read_text() == fresh
    assert sorted(p.name for p in example_path.parent.iterdir()) == [
        "example.amp",
        "example.amp.lock",
    ]


def test_a_takeover_in_progress_elsewhere_is_waited_for_not_broken(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another live process is taking the stale lock over: its claim is respected."""
    monkeypatch.setattr(lock_module, "BREAK_WAIT", 0.05)
    lock = lock_path(example_path)
    stale = _stale_record(_dead_pid())
    lock.write_text(stale)
    claim = lock.with_name(lock.name + ".break")
    busy = json.dumps(
        {"pid": os.getpid(), "host": socket.gethostname(), "user": "taker", "since": "now"}
    )
    claim.write_text(busy)
    with pytest.raises(LockedError):
        Catalogue.open(example_path)
    assert lock.read_text() == stale
    assert claim.read_text() == busy
    # The taker died in the middle: its claim is stale too, and both are taken over.
    claim.write_text(_stale_record(_dead_pid()))
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None
        assert read_lock(example_path) is not None
        assert read_lock(example_path).pid == os.getpid()  # type: ignore[union-attr]
        assert not claim.exists()
    assert not lock.exists()


def test_an_old_claim_from_another_host_is_stale(example_path: Path) -> None:
    """A claim lives for milliseconds: one from a crashed computer is cleared when old."""
    lock = lock_path(example_path)
    lock.write_text(_stale_record(_dead_pid()))
    claim = lock.with_name(lock.name + ".break")
    claim.write_text(
        json.dumps({"pid": 1, "host": "kommun-pc-17", "user": "anna", "since": "2026-01-01"})
    )
    old = claim.stat().st_mtime - 3600
    os.utime(claim, (old, old))
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None
    assert not claim.exists()


def test_release_leaves_a_lock_that_is_not_ours(example_path: Path) -> None:
    catalogue = Catalogue.open(example_path)
    other = json.dumps(
        {"pid": os.getpid(), "host": socket.gethostname(), "user": "u", "since": "s", "token": "x"}
    )
    lock_path(example_path).write_text(other)  # ours was broken and someone else's made
    catalogue.close()
    assert lock_path(example_path).read_text() == other


def test_a_lock_that_cannot_be_read_back_once_is_still_released(tmp_path, monkeypatch) -> None:
    """One failed read (a virus scanner, a share's hiccup) left the lock behind, and the
    same process could not open its catalogue again."""
    from amp_desktop.core.store import lock as lock_module

    path = tmp_path / "x.amp"
    path.write_bytes(b"")
    first = lock_module.CatalogueLock(path)
    first.acquire()
    real = lock_module._read
    failures = iter([True])  # the next read fails once

    def flaky(lock_file):  # type: ignore[no-untyped-def]
        if next(failures, False):
            return None, ""
        return real(lock_file)

    monkeypatch.setattr(lock_module, "_read", flaky)
    first.release()
    assert not first.lock_file.exists()
    again = lock_module.CatalogueLock(path)
    again.acquire()  # not "open for editing by this very process"
    again.release()


# -- a deleted lock file must not let a second writer's change be lost (#11.10) ------

AMP = [sys.executable, "-c", "import sys; from amp_desktop.cli import main; sys.exit(main())"]


def _amp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*AMP, *args], capture_output=True, text=True, timeout=120)


def _workbook_with_places(example_path: Path, target: Path, name: str, places: int) -> None:
    import openpyxl

    done = _amp("export", str(example_path), str(target))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    name_col = next(i for i, h in enumerate(headers) if str(h).lower() in ("name", "namn"))
    places_col = next(i for i, h in enumerate(headers) if str(h).lower() in ("places", "platser"))
    for row in sheet.iter_rows(min_row=2):
        if row[name_col].value == name:
            row[places_col].value = places
    book.save(target)


def test_a_stale_copy_is_not_saved_over_an_import_made_while_the_lock_file_was_gone(
    example_path: Path, tmp_path: Path
) -> None:
    """A sync client deleted the lock: a CLI import got in, then the window's editor
    saved its stale programme over the import's change without a word."""
    from amp_desktop.core.store import ConflictError

    window = Catalogue.open(example_path)
    try:
        shown = window.find("OSA")
        assert shown is not None
        workbook = tmp_path / "osa.xlsx"
        _workbook_with_places(example_path, workbook, "OSA", shown.places + 7)
        lock_path(example_path).unlink()  # the clean-up
        done = _amp("import", str(example_path), str(workbook))
        assert done.returncode == 0, done.stdout + done.stderr
        edited = shown.replace(unit="Edited in the window")
        with pytest.raises(ConflictError, match="Another program saved changes"):
            window.update_programme(edited)
        # However often the window tries with its stale copy:
        with pytest.raises(ConflictError, match="changed elsewhere"):
            window.update_programme(edited, based_on=shown)
        assert read_lock(example_path) is not None  # ours, made again
        assert read_lock(example_path).pid == os.getpid()  # type: ignore[union-attr]
    finally:
        window.close()
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.find("OSA").places == shown.places + 7  # type: ignore[union-attr]


def test_a_vanished_lock_file_is_made_again_and_the_write_goes_through(
    example_path: Path,
) -> None:
    with Catalogue.open(example_path) as catalogue:
        osa = catalogue.find("OSA")
        assert osa is not None
        lock_path(example_path).unlink()
        catalogue.update_programme(osa.replace(places=osa.places + 1), based_on=osa)
        assert read_lock(example_path).pid == os.getpid()  # type: ignore[union-attr]
        assert catalogue.find("OSA").places == osa.places + 1  # type: ignore[union-attr]
    assert not lock_path(example_path).exists()


def test_a_write_is_refused_once_another_holds_the_lock(example_path: Path) -> None:
    from amp_desktop.core.store import ConflictError

    with Catalogue.open(example_path) as catalogue:
        osa = catalogue.find("OSA")
        assert osa is not None
        lock_path(example_path).unlink()
        other = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from amp_desktop.core.store import Catalogue; "
                "c = Catalogue.open(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
                str(example_path),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert other.stdout is not None and other.stdout.readline().strip() == "held"
            with pytest.raises(ConflictError, match="now open for editing by"):
                catalogue.update_programme(osa.replace(places=1))
        finally:
            assert other.stdin is not None
            other.stdin.close()
            other.wait(timeout=60)
            if other.stdout:
                other.stdout.close()
        assert catalogue.find("OSA") == osa


# -- a lock from a crashed computer: named with its age, taken over deliberately (#11.11)


def _foreign_lock(path: Path, days: int = 3) -> LockInfo:
    import datetime as dt

    since = (dt.datetime.now() - dt.timedelta(days=days, minutes=5)).isoformat(timespec="seconds")
    lock_path(path).write_text(
        json.dumps({"pid": 4242, "host": "PC-123", "user": "anna", "since": since, "token": "t"})
    )
    holder = read_lock(path)
    assert holder is not None
    return holder


def test_the_holder_is_named_with_its_age(example_path: Path) -> None:
    _foreign_lock(example_path)
    with pytest.raises(LockedError, match=r"anna on PC-123 .*3 days ago") as caught:
        Catalogue.open(example_path)
    assert not caught.value.held_here


def test_take_over_frees_a_lock_left_on_another_computer_and_notes_it(example_path: Path) -> None:
    holder = _foreign_lock(example_path)
    assert lock_module.take_over(example_path, holder) == holder
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None
    note = (example_path.parent / "example.amp-backups" / "lock-takeovers.txt").read_text()
    assert "took over the lock from anna on PC-123" in note


def test_take_over_is_refused_from_a_holder_running_on_this_computer(example_path: Path) -> None:
    with Catalogue.open(example_path):
        holder = read_lock(example_path)
        with pytest.raises(LockedError) as caught:
            lock_module.take_over(example_path, holder)
        assert caught.value.held_here
        assert read_lock(example_path) == holder


def test_take_over_is_refused_when_another_holder_came_meanwhile(example_path: Path) -> None:
    shown = _foreign_lock(example_path)
    now = _foreign_lock(example_path, days=0)  # anna's PC came back and took it again
    assert not shown.same_holder(now)
    with pytest.raises(LockedError):
        lock_module.take_over(example_path, shown)
    assert read_lock(example_path) == now


def test_a_process_number_reused_after_a_reboot_does_not_keep_the_lock(example_path: Path) -> None:
    """The holder's number now belongs to a live process of a later boot (here: ours)."""
    if not lock_module._boot_id():
        pytest.skip("the system does not tell its boot")
    lock_path(example_path).write_text(
        json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "user": "anna",
                "since": "2026-01-01T00:00:00",
                "boot": "an-earlier-boot",
            }
        )
    )
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None


def test_cli_take_over_lets_an_import_in(example_path: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "osa.xlsx"
    _workbook_with_places(example_path, workbook, "OSA", 77)
    _foreign_lock(example_path)
    refused = _amp("import", str(example_path), str(workbook))
    assert refused.returncode == 3
    assert "anna on PC-123" in refused.stderr and "--take-over" in refused.stderr
    assert refused.stderr.count("\n") == 1
    done = _amp("import", "--take-over", str(example_path), str(workbook))
    assert done.returncode == 0, done.stderr
    assert "took over" in done.stderr.lower()
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.find("OSA").places == 77  # type: ignore[union-attr]


def test_boot_times_are_compared_with_a_tolerance() -> None:
    from amp_desktop.core.store.processes import same_boot

    assert same_boot("t1000000", "t1000100")  # the clock was corrected a little
    assert not same_boot("t1000000", "t1090000")  # a day later: another boot
    assert not same_boot("a5c1-boot", "b7d2-boot")
    assert same_boot("", "a5c1-boot") and same_boot("a5c1-boot", "")
