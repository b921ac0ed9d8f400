"""A bounded load on loopback: starts `claimledger serve` in its own process on 127.0.0.1, sends a fixed number
of requests (a mix of pages and API calls) from concurrent httpx clients, and prints throughput, p50/p95/p99
latency and the error count (the target is zero errors).

    .venv/bin/python benchmarks/web_load.py                          # the examples, ingested into a tmp ledger
    .venv/bin/python benchmarks/web_load.py --db /tmp/webbench/big.db --requests 4000 --concurrency 32
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).with_name("claimledger")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def example_ledger(folder: Path) -> Path:
    db = folder / "examples.db"
    subprocess.run([str(CLI), "ingest", "--db", str(db), str(ROOT / "examples")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return db


def wait_for(base: str, process: subprocess.Popen[bytes], seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited before it was ready")
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not become ready")


async def load(base: str, requests: int, concurrency: int) -> tuple[list[float], list[str], float]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as probe:
        events = [e["name"] for e in (await probe.get("/api/events")).json()]
        total = (await probe.get("/api/documents", params={"limit": 1})).json()["total"]
        questions = (await probe.get("/api/questions", params={"limit": 50})).json()["items"]
    rng = random.Random(5)
    words = ["killed", "genocide", "Khojaly", "Kessaria", "corridor", "hostage", "massacre"]
    paths = []
    for _ in range(requests):
        pick = rng.random()
        if pick < 0.25:
            paths.append(f"/events/{quote(rng.choice(events), safe='')}")
        elif pick < 0.5:
            paths.append(f"/documents/{rng.randint(1, total)}")
        elif pick < 0.7:
            paths.append(f"/search?q={quote(rng.choice(words))}")
        elif pick < 0.8 and questions:
            paths.append(f"/api/questions/{rng.choice(questions)['id']}")
        elif pick < 0.9:
            paths.append(f"/api/claims?q={quote(rng.choice(words))}&limit=20")
        else:
            paths.append("/")
    queue: asyncio.Queue[str] = asyncio.Queue()
    for path in paths:
        queue.put_nowait(path)
    latencies: list[float] = []
    errors: list[str] = []

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            path = queue.get_nowait()
            start = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(f"{exc.__class__.__name__} {path}")
            latencies.append((time.perf_counter() - start) * 1000)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    return latencies, errors, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="ledger to serve (default: the examples in a tmp ledger)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    db = args.db or example_ledger(Path(folder.name))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "CLAIMLEDGER_SECRET": os.environ.get("CLAIMLEDGER_SECRET", "load-secret-" + "l" * 32)}
    server = subprocess.Popen([str(CLI), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(base, server)
        latencies, errors, elapsed = asyncio.run(load(base, args.requests, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=30)
        folder.cleanup()
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]

    print(f"{len(latencies)} requests from {args.concurrency} concurrent clients in {elapsed:.1f} s "
          f"(one uvicorn worker, loopback)")
    print(f"throughput {len(latencies) / elapsed:.0f} requests/s; latency p50 {statistics.median(ordered):.1f} ms, "
          f"p95 {pct(0.95):.1f} ms, p99 {pct(0.99):.1f} ms, max {ordered[-1]:.1f} ms")
    print(f"errors: {len(errors)}" + (f" (first: {errors[:5]})" if errors else ""))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
