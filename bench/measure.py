"""Timing and memory helpers of the benchmark: percentiles, repeated calls, process RSS.

>>> percentiles([1.0, 2.0, 3.0, 4.0])["p50"]
2.5
"""
from __future__ import annotations

import subprocess
import threading
import time
from typing import Callable

import numpy as np
import psutil


def percentiles(samples_ms: list[float]) -> dict:
    """p50 / p95 / p99 / mean of a list of milliseconds, rounded to 0.01 ms.

    >>> percentiles([5.0])["p99"]
    5.0
    """
    if not samples_ms:
        return {"n": 0}
    a = np.asarray(samples_ms, dtype=float)
    return {"n": len(a), "p50": round(float(np.percentile(a, 50)), 2),
            "p95": round(float(np.percentile(a, 95)), 2), "p99": round(float(np.percentile(a, 99)), 2),
            "mean": round(float(a.mean()), 2)}


def time_calls(call: Callable[[object], object], inputs: list, rounds: int, warmup: int = 3) -> dict:
    """Latency percentiles of ``call(x)`` over ``inputs`` repeated ``rounds`` times.

    >>> time_calls(lambda x: x, [1, 2], rounds=2)["n"]
    4
    """
    for x in inputs[:warmup]:
        call(x)
    samples = []
    for _ in range(rounds):
        for x in inputs:
            t = time.perf_counter()
            call(x)
            samples.append(1000 * (time.perf_counter() - t))
    return percentiles(samples)


def tree_rss_mb(pid: int) -> tuple[float, float]:
    """(total, largest single process) resident memory in MiB of a process and its children."""
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0.0, 0.0
    sizes = []
    for p in procs:
        try:
            sizes.append(p.memory_info().rss / 2**20)
        except psutil.NoSuchProcess:
            pass
    return round(sum(sizes), 1), round(max(sizes, default=0.0), 1)


def tree_uss_mb(pid: int) -> float:
    """Memory private to a process tree (USS, MiB): what the processes really cost, page
    cache of the index files not counted (RSS counts it once per process)."""
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
        return round(sum(p.memory_full_info().uss for p in procs) / 2**20, 1)
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0.0


class PeakRss:
    """Samples a process tree's RSS every ``interval`` seconds until stopped; keeps the peaks."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.total = self.largest = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total, largest = tree_rss_mb(self.pid)
            self.total, self.largest = max(self.total, total), max(self.largest, largest)
            self._stop.wait(self.interval)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"peak_rss_total_mb": self.total, "peak_rss_largest_mb": self.largest}


def run_measured(cmd: list[str], env: dict | None = None, cwd: str | None = None) -> dict:
    """Run a command to completion; wall seconds, CPU seconds of the tree, peak RSS, output tail."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = PeakRss(proc.pid)
    out, _ = proc.communicate()
    wall = time.perf_counter() - started
    result = {"seconds": round(wall, 2), "returncode": proc.returncode, "output_tail": out[-600:]}
    result.update(peak.stop())
    return result


def cpu_seconds_of_children() -> float:
    """User+system seconds of every child this process has waited for (resource usage)."""
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
