# A deterministic bank-queue simulation with a seeded LCG, tellers, and statistics.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(2024)
arrivals = []
t = 0
for i in range(40):
    t += rng.randint(0, 4)
    arrivals.append((t, rng.randint(2, 9), f"c{i}"))
tellers = [0, 0, 0]
waits = []
log = []
for arrive, service, name in arrivals:
    idx = min(range(len(tellers)), key=lambda k: (max(tellers[k], arrive), k))
    start = max(tellers[idx], arrive)
    waits.append(start - arrive)
    tellers[idx] = start + service
    log.append((name, idx, arrive, start, tellers[idx]))
for entry in log[:8]:
    print(entry)
print("max wait:", max(waits), "avg wait:", round(sum(waits) / len(waits), 3), "finish:", max(tellers))
print("served per teller:", [sum(1 for e in log if e[1] == k) for k in range(3)])
hist = {}
for w in waits:
    hist[w // 3 * 3] = hist.get(w // 3 * 3, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:>3}-{bucket + 2:<3} {'#' * hist[bucket]}")
