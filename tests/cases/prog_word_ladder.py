# Word ladder via BFS over a small dictionary, with path reconstruction.
words = {"cold", "cord", "card", "ward", "warm", "word", "worm", "wore", "core", "care", "cars", "wars", "corm", "bold", "bolt", "boat"}
def neighbors(w):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            cand = w[:i] + c + w[i + 1:]
            if cand != w and cand in words:
                yield cand
def ladder(start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in sorted(neighbors(w)):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        if goal in prev:
            break
        frontier = nxt
    if goal not in prev:
        return None
    path = [goal]
    while prev[path[-1]] is not None:
        path.append(prev[path[-1]])
    return path[::-1]
print(ladder("cold", "warm"))
print(ladder("cold", "boat"))
print(ladder("card", "cold"))
print(ladder("cold", "xyzw"))
degree = {w: sum(1 for _ in neighbors(w)) for w in sorted(words)}
print(degree)
