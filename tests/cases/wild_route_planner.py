"""Route planner: Dijkstra/A* over a small rail network, fares with bisect, pretty output."""
import bisect
import heapq
import math
import pprint
import textwrap
from collections import defaultdict, namedtuple

Station = namedtuple("Station", "name x y zone")
STATIONS = [Station("Ashford", 0, 0, 1), Station("Brook", 3, 4, 1), Station("Cliff", 6, 1, 2),
            Station("Dale", 9, 5, 2), Station("Elm", 4, 9, 3), Station("Ford", 12, 9, 3),
            Station("Glen", 15, 2, 4)]
LINES = {
    "red": ["Ashford", "Brook", "Elm", "Ford"],
    "blue": ["Ashford", "Cliff", "Dale", "Ford", "Glen"],
    "green": ["Brook", "Cliff", "Glen"],
}
FARE_BANDS = [3, 8, 14, 20]          # km thresholds
FARES = [1.80, 2.60, 3.90, 5.25, 7.00]
BY_NAME = {s.name: s for s in STATIONS}


def dist(a, b):
    sa, sb = BY_NAME[a], BY_NAME[b]
    return math.hypot(sa.x - sb.x, sa.y - sb.y)


def build_graph():
    graph = defaultdict(list)
    for line, stops in LINES.items():
        for a, b in zip(stops, stops[1:]):
            d = round(dist(a, b), 3)
            graph[a].append((b, d, line))
            graph[b].append((a, d, line))
    return graph


def shortest(graph, start, goal, change_penalty=0.0, heuristic=False):
    tie = 0
    frontier = [(0.0, tie, start, None, ())]
    best = {}
    expanded = 0
    while frontier:
        _, _, node, line, path = heapq.heappop(frontier)
        cost = sum(seg[1] for seg in path) + change_penalty * sum(
            1 for p, q in zip(path, path[1:]) if p[2] != q[2])
        if (node, line) in best:
            continue
        best[node, line] = cost
        expanded += 1
        if node == goal:
            return round(cost, 3), path, expanded
        for nxt, d, ln in graph[node]:
            if any(seg[0] == nxt for seg in path) or nxt == start:
                continue
            extra = change_penalty if line and ln != line else 0.0
            est = cost + d + extra + (dist(nxt, goal) if heuristic else 0.0)
            tie += 1
            heapq.heappush(frontier, (est, tie, nxt, ln, path + ((nxt, d, ln),)))
    return math.inf, (), expanded


def fare(km, zones):
    band = bisect.bisect_left(FARE_BANDS, km)
    return round(FARES[band] + 0.5 * max(0, len(zones) - 2), 2)


def describe(start, path):
    legs, cur = [], None
    for node, d, line in path:
        if line != cur:
            legs.append([line, start if not legs else legs[-1][2], node, d])
            cur = line
        else:
            legs[-1][2], legs[-1][3] = node, legs[-1][3] + d
        start = node
    return [f"{ln:>5}: {a} -> {b} ({km:.1f} km)" for ln, a, b, km in legs]


def main():
    graph = build_graph()
    print("degree:", sorted((n, len(v)) for n, v in graph.items()))
    for start, goal, pen in [("Ashford", "Ford", 0), ("Ashford", "Ford", 5), ("Elm", "Glen", 0), ("Brook", "Dale", 2)]:
        cost, path, n = shortest(graph, start, goal, pen)
        cost2, path2, n2 = shortest(graph, start, goal, pen, heuristic=True)
        km = sum(seg[1] for seg in path)
        zones = sorted({BY_NAME[start].zone} | {BY_NAME[s[0]].zone for s in path})
        print(f"{start} -> {goal} (penalty {pen}): cost {cost} km {km:.2f} zones {zones}"
              f" fare {fare(km, zones):.2f} | A* agrees: {cost2 == cost}, expanded {n} vs {n2}")
        for line in describe(start, path):
            print("   ", line)
    print("unreachable:", shortest({"X": []}, "X", "Y")[0])
    print("fare table:", [fare(k, [1]) for k in (0, 3, 3.01, 8, 15, 99)])
    pprint.pprint(dict(sorted(LINES.items())), width=60)
    pprint.pprint({s.name: s._asdict() for s in STATIONS[:2]}, width=70, sort_dicts=True)
    summary = ("The network has {n} stations on {l} lines; the longest line is {ll} with {k} stops, "
               "and the average hop is {avg:.3f} km.").format(
        n=len(STATIONS), l=len(LINES), ll=max(LINES, key=lambda k: len(LINES[k])),
        k=max(map(len, LINES.values())),
        avg=sum(d for v in graph.values() for _, d, _ in v) / sum(map(len, graph.values())))
    print(textwrap.fill(summary, width=48, initial_indent="* ", subsequent_indent="  "))
    print(BY_NAME["Dale"], BY_NAME["Dale"]._replace(zone=9).zone, Station._fields)
    print(heapq.nsmallest(3, STATIONS, key=lambda s: dist("Glen", s.name))[-1].name,
          heapq.nlargest(2, [s.x * s.y for s in STATIONS]))
    h = []
    for s in STATIONS:
        heapq.heappush(h, (-s.zone, s.name))
    print([heapq.heappop(h)[1] for _ in range(3)], heapq.heappushpop(h, (-9, "Zed")), len(h))
    pos = [s.x for s in STATIONS]
    print(sorted(pos), bisect.bisect(sorted(pos), 6), bisect.insort(pos, 7) or pos[-3:])


main()
