# Conway's Game of Life on a small torus, printed as text.
W, H = 12, 8
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 4), (8, 5), (8, 6)}
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def show(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))
for gen in range(4):
    print(f"generation {gen}: {len(cells)} cells")
    print(show(cells))
    cells = step(cells)
for _ in range(40):
    cells = step(cells)
print("after 44 generations:", len(cells), sorted(cells))
