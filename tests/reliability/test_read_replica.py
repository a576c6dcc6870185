"""The read-replica procedure of README.md (Operations): copy the published generation folder
first, then ``CURRENT`` through a temporary name and a rename (what rsync does without
``--inplace``). A serving replica becomes ready on its own and answers as the primary."""
from __future__ import annotations

import os
import shutil
import time

import pytest

from indexer import store
from reliability_helpers import SAMPLES, get_json, praktiki_server, run_praktiki, search_answers


def _copy_pointer(primary, replica) -> None:
    tmp = replica / ".CURRENT.copying"
    shutil.copyfile(primary / store.CURRENT, tmp)
    os.replace(tmp, replica / store.CURRENT)


@pytest.mark.slow
def test_a_replica_serves_a_copied_generation_without_restart(tmp_path):
    primary, replica = tmp_path / "primary", tmp_path / "replica"
    replica.mkdir()
    assert run_praktiki("index", str(SAMPLES), "--index", str(primary)).returncode == 0
    generation = store.current_generation(primary)
    with praktiki_server(replica, workers=2) as server:
        assert get_json(server.base + "/readyz")[0] == 503
        # 1. the generation folder: not named in CURRENT yet, so never opened half-copied
        shutil.copytree(primary / generation, replica / generation)
        assert get_json(server.base + "/readyz")[0] == 503
        # 2. then the pointer, atomically
        _copy_pointer(primary, replica)
        deadline = time.monotonic() + 2.0
        while get_json(server.base + "/readyz")[0] != 200:
            assert time.monotonic() < deadline, "the replica was not ready 2 s after the copy"
            time.sleep(0.05)
        for _ in range(6):
            status, body = get_json(server.base + "/healthz")
            assert status == 200 and body["generation"] == generation
    assert search_answers(replica) == search_answers(primary)
