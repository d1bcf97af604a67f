"""Render quarterly sales as aligned text tables (the kind of report a cron job mails out)."""
from fractions import Fraction

SALES = [
    ("Zürich", "CH", [12500.5, 13999.99, 9870.0, 15001.25]),
    ("São Paulo", "BR", [8800.0, 9100.75, 11250.0, 7600.4]),
    ("Oslo", "NO", [4300.0, 3900.0, 5100.5, 6020.0]),
    ("Kraków", "PL", [0.0, 1250.0, 2999.99, 3100.0]),
    ("Toronto", "CA", [22000.0, 21050.5, 19999.99, 25500.0]),
]


def pct(new, old):
    if not old:
        return "   n/a"
    return f"{(new - old) / old:+7.1%}"


def render(rows, headers, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    def fmt(cells):
        return " | ".join(f"{str(c):{a}{w}}" for c, a, w in zip(cells, aligns, widths))
    sep = "-+-".join("-" * w for w in widths)
    return "\n".join([fmt(headers), sep, *(fmt(r) for r in rows)])


def main():
    rows = []
    for city, cc, q in SALES:
        total = sum(q)
        rows.append((city, cc, f"{total:,.2f}", f"{max(q):>10.1f}", pct(q[-1], q[0]),
                     "#" * round(total / 5000)))
    rows.sort(key=lambda r: float(r[2].replace(",", "")), reverse=True)
    print(render(rows, ("City", "CC", "Total", "Best Q", "Q4/Q1", "Bar"), "<^>>><"))
    grand = sum(sum(q) for _, _, q in SALES)
    print(f"\n{'Grand total':.<30}{grand:.>16,.2f}")
    print(f"{'Average / city':.<30}{grand / len(SALES):.>16,.3f}")
    print(f"{'In scientific':.<30}{grand:.>16.4e}")
    print(f"{'As hex int':.<30}{int(grand):.>#16x}")
    print("%-12s|%8.2f|%5d|%-6s|%3s%%" % ("old-style", 3.14159, 42, "ok", 99))
    print("%(city)s has %(n)03d stores" % {"city": "Oslo", "n": 7})
    print("{:^20}".format(" centered "), "{0:*<8}{1:*>8}".format("ab", "cd"))
    print(f"{1234567.891:_.2f} {255:08b} {-42:+06d} {0.000123:g} {1e22:g} {123456789:e}")
    print(f"{'x':>{3}}|{3.5:{'<'}{6}.{2}f}|{Fraction(3, 8)}|{float(Fraction(3, 8)):.3}")
    print(format(0.1 + 0.2, ".17g"), repr(0.1 + 0.2), round(2.675, 2), round(1234.5), round(-0.5))
    name = "  Großstadt São Paulo  "
    print(name.strip().upper(), name.casefold().strip(), name.split(), name.strip().title())
    print("tab\tsep\tcols".expandtabs(6) + "|", "42".zfill(6), "-42".zfill(6), "abc".center(9, "*"))
    print("key=value=more".partition("="), "a/b/c".rpartition("/"), "x,y,,z".split(",", 2))
    trans = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}, )
    print("Grüße aus Köln".translate(trans), "Kraków".encode("utf-8"), len("Kraków"), len("Kraków".encode()))
    print("Hello World".swapcase(), "hello_world".replace("_", " ").capitalize(), "ab" * 3, "-".join("xyz"))
    print("isdigit:", "²".isdigit(), "²".isnumeric(), "٣".isdecimal(), "abc".isidentifier(), "A1".isalnum())
    print([s.ljust(7, ".") + "|" for s in ("a", "bb", "ccc")], "{!r:>8}".format("q"), f"{'é'!a}")
    print("lines:", "one\ntwo\r\nthree\rfour".splitlines(), "a\nb\n".splitlines(keepends=True))
    print("find:", "banana".find("na"), "banana".rfind("na"), "banana".count("a"), "banana".index("b"),
          "banana".startswith(("x", "ba")), "banana".endswith("na", 0, 4))
    print(f"{'done':=^30}")


main()
