"""sudoku: parse puzzles, solve them with constraint propagation and search,
and print the grids with statistics (guesses, propagation steps).

Written the way Norvig's classic solver is: string/dict-based candidate
sets, recursion with copies, plus a bitmask-based second solver used to
cross-check every solution.
"""
import itertools

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITS_LIST = ([cross(ROWS, c) for c in COLS] + [cross(r, COLS) for r in ROWS] +
              [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(itertools.chain.from_iterable(UNITS[s])) - {s}) for s in SQUARES}


class Stats:
    def __init__(self):
        self.assigns = self.eliminations = self.guesses = 0


def parse_grid(grid, stats):
    values = {s: DIGITS for s in SQUARES}
    chars = [c for c in grid if c in DIGITS or c in "0."]
    if len(chars) != 81:
        raise ValueError(f"expected 81 cells, got {len(chars)}")
    for s, d in zip(SQUARES, chars):
        if d in DIGITS and not assign(values, s, d, stats):
            return False
    return values


def assign(values, s, d, stats):
    stats.assigns += 1
    others = values[s].replace(d, "")
    return values if all(eliminate(values, s, d2, stats) for d2 in others) else False


def eliminate(values, s, d, stats):
    if d not in values[s]:
        return values
    stats.eliminations += 1
    values[s] = values[s].replace(d, "")
    if not values[s]:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2, stats) for s2 in PEERS[s]):
            return False
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            return False
        if len(places) == 1 and not assign(values, places[0], d, stats):
            return False
    return values


def search(values, stats):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        stats.guesses += 1
        result = search(assign(values.copy(), s, d, stats), stats)
        if result:
            return result
    return False


def solve_bits(grid):
    """Independent backtracking solver on bitmasks, most-constrained cell first."""
    cells = [0 if c in "0." else int(c) for c in grid if c in DIGITS or c in "0."]
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    for i, v in enumerate(cells):
        if v:
            bit = 1 << v
            r, c = divmod(i, 9)
            rows[r] |= bit
            cols[c] |= bit
            boxes[r // 3 * 3 + c // 3] |= bit
    empty = [i for i, v in enumerate(cells) if not v]

    def rec():
        if not empty:
            return True
        best, best_mask, best_count = None, 0, 10
        for idx, i in enumerate(empty):
            r, c = divmod(i, 9)
            mask = ~(rows[r] | cols[c] | boxes[r // 3 * 3 + c // 3]) & 0x3FE
            cnt = bin(mask).count("1")
            if cnt < best_count:
                best, best_mask, best_count = idx, mask, cnt
                if cnt <= 1:
                    break
        i = empty.pop(best)
        r, c = divmod(i, 9)
        b = r // 3 * 3 + c // 3
        while best_mask:
            bit = best_mask & -best_mask
            best_mask ^= bit
            rows[r] |= bit; cols[c] |= bit; boxes[b] |= bit
            cells[i] = bit.bit_length() - 1
            if rec():
                return True
            rows[r] ^= bit; cols[c] ^= bit; boxes[b] ^= bit
        cells[i] = 0
        empty.insert(best, i)
        return False

    return "".join(map(str, cells)) if rec() else None


def display(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    out = []
    for r in ROWS:
        out.append("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS).rstrip())
        if r in "CF":
            out.append(line)
    return "\n".join(out)


PUZZLES = {
    "easy": "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "hard": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "17-clue": "000000010400000000020000000000050407008000300001090000300400200050100000000806000",
    "invalid": "11" + "0" * 79,
    "short": "123",
}


def main():
    for name, grid in PUZZLES.items():
        stats = Stats()
        try:
            values = search(parse_grid(grid, stats), stats)
        except ValueError as exc:
            print(f"{name}: error: {exc}")
            continue
        if not values:
            print(f"{name}: no solution ({stats.assigns} assigns)")
            continue
        flat = "".join(values[s] for s in SQUARES)
        ok = all(sorted(values[s] for s in u) == list(DIGITS) for u in UNITS_LIST)
        print(f"{name}: solved={ok} guesses={stats.guesses} assigns={stats.assigns} "
              f"eliminations={stats.eliminations} cross-check={solve_bits(grid) == flat}")
        if name == "hard":
            print(display(values))
    stats = Stats()
    partial = parse_grid(PUZZLES["hard"], stats)
    print(sum(len(v) for v in partial.values()), "candidates after propagation")
    print(display({s: v if len(v) < 4 else "." for s, v in partial.items()}).splitlines()[0])


if __name__ == "__main__":
    main()
