"""Bulk work holds the cycle collector off, and what it leaves alive is never walked again."""

import gc
import threading

from accountregistry.services.bulk_work import bulk_work


def test_the_collector_is_off_during_bulk_work_and_its_survivors_are_frozen():
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    with bulk_work():
        assert not gc.isenabled()
        kept = [[n] for n in range(10_000)]  # rows the work keeps
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(kept)
    # Frozen objects are still freed by reference counting.
    del kept


def test_two_bulk_works_at_once_turn_the_collector_on_only_when_both_ended():
    first_inside, second_done = threading.Event(), threading.Event()
    seen = []

    def other():
        with bulk_work():
            first_inside.set()
            second_done.wait()
        seen.append(gc.isenabled())

    worker = threading.Thread(target=other)
    worker.start()
    first_inside.wait()
    with bulk_work():
        pass
    seen.append(gc.isenabled())  # the other work still runs: still off
    second_done.set()
    worker.join()
    assert seen == [False, True] and gc.isenabled()
