"""md2txt: render a subset of Markdown as plain text for a terminal.

Handles headings (underlined), paragraphs re-wrapped with textwrap, bullet
and numbered lists with nesting, block quotes, fenced code, tables, inline
emphasis/code/links (links become footnotes) and HTML entities.
"""
import html
import re
import textwrap

DOC = """\
# Release notes for *Baton* 0.3

Baton is a **Python 3** interpreter.  It is written in `Rust` and
aims to run [real programs](https://example.org/programs) unchanged; see the
[FAQ][faq] &amp; the [docs](https://example.org/docs "Docs").

## What's new

- Faster `dict` lookups (about **2x**)
- A new `-X gil=0` switch:
  - threads run in parallel
  - *experimental*, off by default
- Fixed a crash when a generator was closed twice

1. Download the release
2. Run `baton --version`
10. Report bugs

> Note: the GC is still *young*.
> Please report leaks.

```python
def greet(name):
    return f"hi {name}"  # **not** bold
```

| Module | Status | Tests |
|:-------|:------:|------:|
| json   | done   | 120 |
| re     | partial | 87 |
| asyncio | missing | 0 |

Setext heading
--------------
Trailing text with a hard\\
break, an escaped \\*star\\*, and &lt;tags&gt; &copy; 2024.

[faq]: https://example.org/faq
"""

WIDTH = 60
INLINE_RULES = [
    (re.compile(r"`([^`]+)`"), lambda m: "'" + m.group(1) + "'"),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: (m.group(1) or m.group(2)).upper()),
    (re.compile(r"(?<![\\*])\*(?!\s)(.+?)(?<!\s)\*"), lambda m: "_" + m.group(1) + "_"),
]


class Renderer:
    def __init__(self, width=WIDTH):
        self.width = width
        self.links = []
        self.refs = {}
        self.out = []

    def link(self, text, url):
        if url not in self.links:
            self.links.append(url)
        return f"{text}[{self.links.index(url) + 1}]"

    def inline(self, text):
        codes = []

        def stash(m):
            codes.append(m.group(1))
            return f"\x00{len(codes) - 1}\x00"

        text = re.sub(r"`([^`]+)`", stash, text)
        text = re.sub(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)', lambda m: self.link(*m.groups()), text)
        text = re.sub(r"\[([^\]]+)\]\[([^\]]+)\]",
                      lambda m: self.link(m.group(1), self.refs.get(m.group(2).lower(), "?")), text)
        for pattern, repl in INLINE_RULES[1:]:
            text = pattern.sub(repl, text)
        text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text)
        text = re.sub(r"\x00(\d+)\x00", lambda m: "'" + codes[int(m.group(1))] + "'", text)
        return html.unescape(text)

    def para(self, lines, indent="", first=None):
        text = self.inline(" ".join(l.strip() for l in lines))
        parts = re.split(r"\\ ", text)
        for i, part in enumerate(parts):
            self.out.extend(textwrap.wrap(part, self.width, initial_indent=first if (first and i == 0) else indent,
                                          subsequent_indent=indent, break_on_hyphens=False))

    def table(self, rows):
        cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
        header, spec, body = cells[0], cells[1], cells[2:]
        aligns = ["^" if s.startswith(":") and s.endswith(":") else ">" if s.endswith(":") else "<"
                  for s in spec]
        widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header))]
        fmt = lambda row: "  ".join(f"{c:{a}{w}}" for c, a, w in zip(row, aligns, widths)).rstrip()
        self.out.append(fmt(header))
        self.out.append("  ".join("-" * w for w in widths))
        self.out.extend(fmt(r) for r in body)

    def render(self, source):
        lines = source.splitlines()
        for line in lines:
            m = re.match(r"^\[([^\]]+)\]:\s*(\S+)", line)
            if m:
                self.refs[m.group(1).lower()] = m.group(2)
        lines = [l for l in lines if not re.match(r"^\[[^\]]+\]:", l)]
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            if line.startswith("```"):
                end = lines.index("```", i + 1)
                lang = line[3:].strip() or "text"
                self.out.append(f"[{lang}]")
                self.out.extend("    " + l for l in lines[i + 1:end])
                i = end + 1
            elif m := re.match(r"^(#{1,6})\s+(.*)", line):
                title = self.inline(m.group(2))
                self.out.append(title)
                self.out.append(("=" if len(m.group(1)) == 1 else "-") * len(title))
                i += 1
            elif i + 1 < len(lines) and re.fullmatch(r"[-=]{3,}", lines[i + 1]):
                self.out.append(line)
                self.out.append(lines[i + 1][0] * len(line))
                i += 2
            elif line.startswith("|"):
                j = i
                while j < len(lines) and lines[j].startswith("|"):
                    j += 1
                self.table(lines[i:j])
                i = j
            elif line.startswith(">"):
                quote = []
                while i < len(lines) and lines[i].startswith(">"):
                    quote.append(lines[i][1:])
                    i += 1
                self.para(quote, indent="  | ")
            elif m := re.match(r"^(\s*)([-*+]|\d+\.)\s+(.*)", line):
                depth = len(m.group(1)) // 2
                marker = "*o-"[depth % 3] if not m.group(2)[0].isdigit() else m.group(2)
                pad = "    " * depth
                self.para([m.group(3)], indent=pad + " " * (len(marker) + 1), first=f"{pad}{marker} ")
                i += 1
            else:
                para = []
                while i < len(lines) and lines[i].strip() and not re.match(r"^(#|```|\||>|\s*[-*+] )", lines[i]):
                    para.append(lines[i])
                    i += 1
                self.para(para)
            if self.out and self.out[-1] and not re.match(r"^\s*(\*|o|-|\d+\.) ", self.out[-1]):
                self.out.append("")
        if self.links:
            self.out.append("")
            self.out.extend(f"[{n}] {url}" for n, url in enumerate(self.links, 1))
        return "\n".join(self.out).rstrip() + "\n"


if __name__ == "__main__":
    text = Renderer().render(DOC)
    print(text, end="")
    print("---")
    print(len(text.splitlines()), "lines;", max(map(len, text.splitlines())), "max width")
    print(Renderer(30).inline("a **b** *c* `d*e*` [f](u) \\*g\\* &amp; &#169;"))
