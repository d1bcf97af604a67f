"""phash: hash many files in parallel and find duplicates.

Creates a directory of files, then hashes them three ways -- serially,
with a multiprocessing.Pool (imap_unordered + chunksize) and with a
ProcessPoolExecutor -- and checks the results agree. Workers also report
line counts; a per-task timeout is enforced with signal.alarm in the
workers (a common trick in batch tools), and progress is printed in a
deterministic order.
"""
import concurrent.futures as cf
import hashlib
import multiprocessing as mp
import os
import signal
import sys
import tempfile
from collections import defaultdict


class TaskTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise TaskTimeout("took too long")


def digest_file(path, algorithm="sha1", block=4096):
    h = hashlib.new(algorithm)
    lines = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(block):
            h.update(chunk)
            lines += chunk.count(b"\n")
    return os.path.basename(path), h.hexdigest(), lines


def guarded_digest(args):
    path, seconds = args
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        if os.path.basename(path).startswith("slow"):
            signal.pause() if hasattr(signal, "pause") else None
        return ("ok",) + digest_file(path)
    except TaskTimeout as exc:
        return ("timeout", os.path.basename(path), str(exc), 0)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def make_files(root):
    contents = {
        "a.txt": b"alpha\nbeta\ngamma\n",
        "b.txt": b"alpha\nbeta\ngamma\n",
        "c.bin": bytes(range(256)) * 40,
        "d.txt": b"",
        "e.log": b"".join(b"line %d\n" % i for i in range(1000)),
        "f.txt": b"no newline at end",
        "g.bin": bytes(range(256)) * 40,
    }
    for name, data in contents.items():
        with open(os.path.join(root, name), "wb") as fh:
            fh.write(data)
    return sorted(os.path.join(root, n) for n in contents)


def report(title, results):
    print(f"== {title} ==")
    groups = defaultdict(list)
    for name, digest, lines in sorted(results):
        groups[digest].append(name)
        print(f"  {name:<6} {digest[:12]} {lines:>5} lines")
    dups = sorted(names for names in groups.values() if len(names) > 1)
    print("  duplicates:", dups)
    return dups


def main():
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_files(tmp)
        serial = [digest_file(p) for p in paths]
        report("serial", serial)

        ctx = mp.get_context("fork")
        with ctx.Pool(processes=3) as pool:
            pooled = list(pool.imap_unordered(digest_file, paths, chunksize=2))
            md5s = pool.starmap(digest_file, [(p, "md5") for p in paths[:2]])
            async_res = pool.apply_async(digest_file, (paths[4], "sha256"))
            big = async_res.get(timeout=30)
        print("pool agrees:", sorted(pooled) == sorted(serial), [d[:8] for _, d, _ in md5s], big[1][:16])

        with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            futures = {ex.submit(digest_file, p): p for p in paths}
            done = []
            for fut in cf.as_completed(futures, timeout=60):
                done.append(fut.result())
            mapped = list(ex.map(digest_file, paths, ["blake2b"] * len(paths)))
        print("executor agrees:", sorted(done) == sorted(serial), len(mapped), mapped[0][1][:16])

        slow = os.path.join(tmp, "slow.txt")
        with open(slow, "w") as fh:
            fh.write("never read\n")
        with ctx.Pool(2) as pool:
            guarded = pool.map(guarded_digest, [(p, 5) for p in paths[:2]] + [(slow, 1)])
        for status, name, detail, lines in guarded:
            print(f"  {status:<7} {name:<8} {detail[:12]} {lines}")

        with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
            fut = ex.submit(digest_file, os.path.join(tmp, "missing.txt"))
            try:
                fut.result(timeout=30)
            except FileNotFoundError as exc:
                print("worker error:", type(exc).__name__, exc.errno, os.path.basename(exc.filename))
        print("cpu_count sane:", (os.cpu_count() or 1) >= 1, "start methods:", "fork" in mp.get_all_start_methods())
    print("main pid unchanged:", os.getpid() == PID, "exit code ok:", sys.exc_info()[0] is None)


PID = os.getpid()

if __name__ == "__main__":
    main()
