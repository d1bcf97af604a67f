"""Crawl-like job system: a thread pool of workers, a results queue, retries and an interactive prompt."""
import concurrent.futures as cf
import queue
import sys
import threading
import time

PAGES = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/missing"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart", "/flaky"],
    "/shop/cart": [],
    "/team": ["/about"],
    "/flaky": ["/"],
}


class TransientError(Exception):
    pass


class Fetcher:
    def __init__(self):
        self.lock = threading.Lock()
        self.attempts = {}

    def fetch(self, url):
        with self.lock:
            n = self.attempts[url] = self.attempts.get(url, 0) + 1
        time.sleep(0.001)
        if url == "/flaky" and n < 3:
            raise TransientError(f"{url} timed out (attempt {n})")
        if url not in PAGES:
            raise LookupError(f"404 {url}")
        return PAGES[url]


def crawl(start, workers=4, max_retries=3):
    fetcher = Fetcher()
    seen = {start}
    graph, errors = {}, {}
    with cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crawler") as pool:
        pending = {pool.submit(fetcher.fetch, start): (start, 1)}
        while pending:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                url, attempt = pending.pop(fut)
                try:
                    links = fut.result()
                except TransientError as e:
                    if attempt < max_retries:
                        pending[pool.submit(fetcher.fetch, url)] = (url, attempt + 1)
                    else:
                        errors[url] = str(e)
                    continue
                except LookupError as e:
                    errors[url] = str(e)
                    continue
                graph[url] = links
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        pending[pool.submit(fetcher.fetch, link)] = (link, 1)
    return graph, errors, fetcher.attempts


def producer_consumer(items, n_consumers=3):
    q = queue.Queue(maxsize=2)
    results = []
    lock = threading.Lock()

    def consume():
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                return
            with lock:
                results.append(item * item)
            q.task_done()

    threads = [threading.Thread(target=consume, name=f"c{i}") for i in range(n_consumers)]
    for t in threads:
        t.start()
    for it in items:
        q.put(it)
    for _ in threads:
        q.put(None)
    q.join()
    for t in threads:
        t.join(timeout=5)
    return sorted(results), [t.is_alive() for t in threads]


def main():
    graph, errors, attempts = crawl("/")
    print("pages:", sorted(graph))
    print("errors:", errors)
    print("attempts>1:", sorted((u, n) for u, n in attempts.items() if n > 1))
    inbound = {}
    for src, links in graph.items():
        for dst in links:
            inbound.setdefault(dst, set()).add(src)
    print("most linked:", max(sorted(inbound), key=lambda u: len(inbound[u])), sorted(inbound["/shop"]))
    print("squares:", producer_consumer(range(1, 8)))
    with cf.ThreadPoolExecutor(max_workers=3) as pool:
        print("map:", list(pool.map(lambda s: s.upper(), ["a", "b", "c"])))
        fut = pool.submit(divmod, 7, 0)
        print("exception:", type(fut.exception()).__name__, fut.done())
    ev = threading.Event()
    t = threading.Timer(0.01, ev.set)
    t.start()
    print("event set:", ev.wait(2), threading.current_thread().name, threading.active_count() >= 1)
    local = threading.local()
    local.x = "main"
    out = []
    th = threading.Thread(target=lambda: out.append(getattr(local, "x", "unset")))
    th.start(); th.join()
    print("thread-local:", out, local.x)
    print("Type 'quit' to exit.")
    while True:
        try:
            cmd = input("crawler> ")
        except EOFError:
            print("\n(stdin closed, exiting)")
            break
        if cmd == "quit":
            break
    print("stdin lines:", sum(1 for _ in sys.stdin))


main()
