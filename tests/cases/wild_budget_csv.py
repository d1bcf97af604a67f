"""budget: categorise a bank's CSV export using rules from an INI file.

Reads transactions with csv.DictReader (quoted fields, embedded commas and
newlines, a semicolon dialect sniffed from the sample), categorises them with
keyword rules from configparser (with interpolation and fallbacks), and
writes a monthly summary with csv.writer/DictWriter to a StringIO.
"""
import configparser
import csv
import io
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

EXPORT = '''Date;Payee;Memo;Amount;Currency
2024-01-02;"ACME Supermarket";"weekly shop";-84,20;EUR
2024-01-03;"Landlord Ltd";"rent, January";-950,00;EUR
2024-01-05;"Employer GmbH";"salary";3200,00;EUR
2024-01-09;"Café ""Central""";"coffee
with a colleague";-7,80;EUR
2024-01-15;"ACME Supermarket";"";-61,05;EUR
2024-02-01;"Landlord Ltd";"rent, February";-950,00;EUR
2024-02-03;"City Power";"electricity Q1";-142,37;EUR
2024-02-05;"Employer GmbH";"salary";3200,00;EUR
2024-02-11;"Bookshop";"gift";-23,99;EUR
2024-02-20;"Unknown Vendor";"?";-5,00;EUR
'''

RULES = """
[DEFAULT]
currency = EUR
home = rent, power, electricity

[groceries]
match = supermarket, market, bakery
budget = 400

[housing]
match = landlord, ${home}
budget = 1000

[income]
match = employer, salary
sign = +

[leisure]
match = café, book, cinema
budget = 20
"""


def load_rules(text):
    parser = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    parser.read_string(text)
    rules = []
    for name in parser.sections():
        sect = parser[name]
        words = [w.strip().lower() for w in sect.get("match", "").split(",") if w.strip()]
        budget = sect.getint("budget", fallback=None)
        rules.append((name, words, budget, sect.get("sign", "-")))
    return parser, rules


def categorise(row, rules):
    text = f"{row['Payee']} {row['Memo']}".lower()
    for name, words, _budget, _sign in rules:
        if any(w in text for w in words):
            return name
    return "uncategorised"


def parse_amount(text):
    return Decimal(text.replace(".", "").replace(",", "."))


def main():
    parser, rules = load_rules(RULES)
    print("sections:", parser.sections(), "defaults:", sorted(parser.defaults()))
    print("housing match:", parser["housing"]["match"], "| currency:", parser.get("income", "currency"))
    print("has budget:", parser.has_option("income", "budget"), parser.getint("leisure", "budget") * 2)

    dialect = csv.Sniffer().sniff(EXPORT.splitlines()[0] + "\n" + EXPORT.splitlines()[1])
    print("delimiter:", repr(dialect.delimiter), "header:", csv.Sniffer().has_header(EXPORT[:200]))
    reader = csv.DictReader(io.StringIO(EXPORT, newline=""), delimiter=";")
    print("fields:", reader.fieldnames)
    months = defaultdict(lambda: defaultdict(Decimal))
    for row in reader:
        when = datetime.strptime(row["Date"], "%Y-%m-%d")
        cat = categorise(row, rules)
        amount = parse_amount(row["Amount"])
        months[when.strftime("%Y-%m")][cat] += amount
        if "\n" in row["Memo"] or '"' in row["Payee"]:
            print(f"  quoted: {row['Payee']!r} {row['Memo']!r} line {reader.line_num}")
    budgets = {name: budget for name, _, budget, _ in rules if budget}

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    cats = sorted({c for m in months.values() for c in m})
    writer.writerow(["month"] + cats + ["net"])
    for month in sorted(months):
        row = months[month]
        writer.writerow([month] + [row.get(c, Decimal(0)) for c in cats] + [sum(row.values())])
    print(out.getvalue(), end="")

    alerts = io.StringIO()
    dw = csv.DictWriter(alerts, fieldnames=["month", "category", "spent", "budget", "note"],
                        lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    dw.writeheader()
    for month in sorted(months):
        for cat, budget in sorted(budgets.items()):
            spent = -months[month].get(cat, Decimal(0))
            if spent > budget:
                dw.writerow({"month": month, "category": cat, "spent": float(spent), "budget": budget,
                             "note": f"over by {spent - budget}, check \"{cat}\""})
    print(alerts.getvalue(), end="")

    rows = list(csv.reader(['a,"b,c",d', '"x ""y"" z",,', "'q',r"], skipinitialspace=True))
    print(rows)
    buf = io.StringIO()
    csv.writer(buf, delimiter="|", quotechar="'", lineterminator="\n").writerows([["a|b", "c'd", 3], [None, "", 1.5]])
    print(buf.getvalue(), end="")
    try:
        list(csv.reader(['"unterminated'], strict=True))
    except csv.Error as exc:
        print("csv.Error:", exc)
    bad = configparser.ConfigParser()
    try:
        bad.read_string("[a]\nx = 1\n[a]\ny = 2\n")
    except configparser.DuplicateSectionError as exc:
        print("DuplicateSectionError:", exc)
    try:
        parser.get("groceries", "nothing")
    except configparser.NoOptionError as exc:
        print("NoOptionError:", exc)
    saved = io.StringIO()
    parser.write(saved)
    print(saved.getvalue().splitlines()[:4])


if __name__ == "__main__":
    main()
