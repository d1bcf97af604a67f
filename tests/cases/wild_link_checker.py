"""A concurrent link checker over a simulated website.

A thread pool fetches "pages" from an in-memory site (with simulated latency
and failures), extracts links with a regex, follows them breadth-first up to a
depth limit, retries transient errors, and reports broken links. Results are
sorted so thread scheduling never shows in the output.
"""
import collections
import concurrent.futures as cf
import posixpath
import queue
import re
import threading
import time

SITE = {
    "/": '<a href="/about">About</a> <a href="blog/">Blog</a> <a href="/shop?x=1">Shop</a>',
    "/about": '<a href="/">home</a> <a href="team.html">team</a> <a href="mailto:x@y.z">mail</a>',
    "/team.html": '<a href="/about">back</a> <a href="/people/ann">Ann</a> <a href="/people/bob">Bob</a>',
    "/people/ann": '<a href="../team.html">team</a>',
    "/blog/": '<a href="2024/first">1st</a> <a href="2024/second">2nd</a> <a href="/old-blog">old</a>',
    "/blog/2024/first": '<a href="../../">up</a> <a href="second#comments">next</a>',
    "/blog/2024/second": '<a href="/blog/">index</a> <a href="/flaky">flaky</a>',
    "/shop": '<a href="/shop/cart">cart</a>',
    "/shop/cart": '<a href="/shop">shop</a> <a href="https://pay.example.com/">pay</a>',
    "/flaky": '<a href="/deep/1">deeper</a>',
    "/deep/1": '<a href="/deep/2">deeper</a>',
    "/deep/2": '<a href="/deep/3">deeper</a>',
}
REDIRECTS = {"/old-blog": "/blog/"}
HREF_RE = re.compile(r'<a\s+href="([^"]*)"', re.IGNORECASE)


class TransientError(Exception):
    pass


class FakeWeb:
    def __init__(self):
        self.lock = threading.Lock()
        self.hits = collections.Counter()
        self.flaky_failures = 2

    def get(self, path):
        time.sleep(0.001 * (len(path) % 3))
        with self.lock:
            self.hits[path] += 1
            if path == "/flaky" and self.flaky_failures:
                self.flaky_failures -= 1
                raise TransientError("503 Service Unavailable")
        if path in REDIRECTS:
            return 301, REDIRECTS[path]
        if path in SITE:
            return 200, SITE[path]
        return 404, ""


def resolve(base, href):
    href = href.split("#", 1)[0]
    if not href or ":" in href.split("/", 1)[0]:
        return None
    path = href.split("?", 1)[0]
    if not path.startswith("/"):
        directory = base if base.endswith("/") else posixpath.dirname(base).rstrip("/") + "/"
        path = directory + path
    trailing = path.endswith("/") and path != "/"
    path = posixpath.normpath(path)
    return path + "/" if trailing and path != "/" else path


def fetch_with_retry(web, path, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            status, body = web.get(path)
            return path, status, body, attempt
        except TransientError:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")


def crawl(web, start="/", max_depth=4, workers=4):
    seen = {start: 0}
    parents = collections.defaultdict(set)
    results = {}
    external = set()
    frontier = [start]
    with cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
        while frontier:
            futures = {pool.submit(fetch_with_retry, web, p): p for p in frontier}
            frontier = []
            for fut in cf.as_completed(futures):
                path, status, body, attempts = fut.result()
                results[path] = (status, attempts)
                targets = [body] if status == 301 else HREF_RE.findall(body)
                for href in targets:
                    target = resolve(path, href)
                    if target is None:
                        external.add(href)
                        continue
                    parents[target].add(path)
                    if target not in seen and seen[path] < max_depth:
                        seen[target] = seen[path] + 1
                        frontier.append(target)
            frontier.sort()
    return results, parents, seen, external


def main():
    print(resolve("/blog/2024/first", "../../"), resolve("/about", "team.html"),
          resolve("/people/ann", "../team.html"), resolve("/", "blog/"),
          resolve("/x", "mailto:a@b"), resolve("/shop", "/shop?x=1#top"))
    web = FakeWeb()
    results, parents, depth, external = crawl(web)
    by_status = collections.defaultdict(list)
    for path, (status, attempts) in sorted(results.items()):
        by_status[status].append(path)
        note = f" (after {attempts} attempts)" if attempts > 1 else ""
        print(f"  d{depth[path]} {status} {path}{note}")
    for status in sorted(by_status):
        print(status, len(by_status[status]))
    for path in by_status.get(404, []):
        print(f"broken: {path} <- {', '.join(sorted(parents[path]))}")
    unreached = sorted(set(SITE) - set(results))
    print("unreached (depth limit):", unreached)
    print("external:", sorted(external))
    print("fetched twice:", sorted(p for p, n in web.hits.items() if n > 1))
    print("total requests:", sum(web.hits.values()))

    q = queue.Queue()
    done = []
    def worker():
        while (item := q.get()) is not None:
            done.append((item, resolve("/a/b/", item)))
            q.task_done()
        q.task_done()
    threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
    for t in threads:
        t.start()
    for href in ["c", "../d", "./e/", "/f", "g?h=1", "", "ftp://x"]:
        q.put(href)
    for _ in threads:
        q.put(None)
    q.join()
    for t in threads:
        t.join(timeout=5)
    print(sorted(done, key=lambda kv: kv[0]), any(t.is_alive() for t in threads))


if __name__ == "__main__":
    main()
