# Graph algorithms: BFS shortest paths, DFS order, topological sort, connected components, Dijkstra.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
def bfs(start):
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist
def dfs(start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt in graph[start]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(bfs("a"), dfs("a"))
components = []
seen = set()
for node in sorted(graph):
    if node not in seen:
        comp = dfs(node, [])
        seen.update(comp)
        components.append(sorted(comp))
print(components)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
order, state = [], {}
def visit(n):
    if state.get(n) == "done":
        return
    if state.get(n) == "active":
        raise ValueError("cycle at " + n)
    state[n] = "active"
    for d in deps[n]:
        visit(d)
    state[n] = "done"
    order.append(n)
for n in sorted(deps):
    visit(n)
print(order)
weighted = {"s": {"a": 7, "b": 2}, "a": {"t": 1}, "b": {"a": 3, "t": 8}, "t": {}}
def dijkstra(src):
    dist = {src: 0}
    done = set()
    while len(done) < len(dist):
        node = min((d, n) for n, d in dist.items() if n not in done)[1]
        done.add(node)
        for nxt, w in weighted[node].items():
            if dist[node] + w < dist.get(nxt, float("inf")):
                dist[nxt] = dist[node] + w
    return dict(sorted(dist.items()))
print(dijkstra("s"))
