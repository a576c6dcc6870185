"""The bounded loopback load test (bench/load.py): 60 s at concurrency 32 against
`praktiki serve --workers 2` on the samples, and not one failed request (issue 8, part 7)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reliability_helpers import REPO, praktiki_env


@pytest.mark.slow
def test_sixty_seconds_at_concurrency_32_without_a_failed_request(tmp_path):
    out = tmp_path / "load.json"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "load.py"), "--seconds", "60",
                           "--concurrency", "32", "--workers", "2", "--out", str(out)],
                          capture_output=True, text=True, timeout=240, cwd=REPO, env=praktiki_env())
    assert out.exists(), done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    print(done.stdout)
    assert result["errors"] == 0, result["error_samples"]
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    # Enough requests for the percentiles to mean something, and every one answered.
    assert result["requests"] >= 300, result
    assert result["p99_ms"] < 30_000, "no request came near the gunicorn worker timeout"
