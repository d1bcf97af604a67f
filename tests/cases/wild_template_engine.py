"""A tiny Jinja-like template engine that compiles templates to Python code.

Supports {{ expr | filter }}, {% if %}/{% elif %}/{% else %}, {% for x in y %}
with a loop object, {% set %}, {# comments #}, auto-escaping with a Markup
str subclass, and macros-free includes. Templates are translated to Python
source, compiled with compile() and run with exec(); runtime errors are
mapped back to template line numbers via the traceback.
"""
import re
import sys

TOKEN_RE = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.S)
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


class Markup(str):
    def __add__(self, other):
        return Markup(str.__add__(self, escape(other)))

    def __repr__(self):
        return f"Markup({str.__repr__(self)})"


def escape(value):
    if isinstance(value, Markup):
        return value
    return Markup(str(value).translate(ESCAPES))


class TemplateSyntaxError(Exception):
    def __init__(self, message, lineno):
        super().__init__(f"{message} (line {lineno})")
        self.lineno = lineno


class Loop:
    def __init__(self, iterable):
        self.items = list(iterable)
        self.length = len(self.items)
        self.index0 = -1

    def __iter__(self):
        for self.index0, item in enumerate(self.items):
            yield item

    index = property(lambda self: self.index0 + 1)
    first = property(lambda self: self.index0 == 0)
    last = property(lambda self: self.index0 == self.length - 1)

    def cycle(self, *values):
        return values[self.index0 % len(values)]


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "length": len,
    "join": lambda seq, sep=", ": sep.join(map(str, seq)),
    "default": lambda v, d="": v if v not in (None, "") else d,
    "money": lambda v: f"{v:,.2f}",
    "safe": Markup,
    "truncate": lambda s, n=10: s if len(s) <= n else s[: n - 1] + "…",
}


class Template:
    def __init__(self, source, name="<template>"):
        self.name = name
        self.source = source
        self.code_lines = []
        self.line_map = {}
        self._compile()

    def _emit(self, line, indent, tpl_line):
        self.line_map[len(self.code_lines) + 1] = tpl_line
        self.code_lines.append("    " * indent + line)

    def _expr(self, text):
        parts = [p.strip() for p in text.split("|")]
        code = f"({parts[0]})"
        for f in parts[1:]:
            name, _, args = f.partition("(")
            args = ", " + args.rstrip(")") if args else ""
            code = f"FILTERS[{name.strip()!r}]({code}{args})"
        return code

    def _compile(self):
        indent, stack = 1, []
        self._emit("def render(ctx, FILTERS, escape, Loop):", 0, 0)
        self._emit("out = []; _w = out.append", 1, 0)
        lineno = 1
        for tok in TOKEN_RE.split(self.source):
            start_line = lineno
            lineno += tok.count("\n")
            if tok.startswith("{#"):
                continue
            if tok.startswith("{{"):
                self._emit(f"_w(escape({self._expr(tok[2:-2])}))", indent, start_line)
            elif tok.startswith("{%"):
                words = tok[2:-2].strip().split(None, 1)
                kw, rest = words[0], (words[1] if len(words) > 1 else "")
                if kw in ("if", "for"):
                    if kw == "for":
                        m = re.fullmatch(r"(\w+(?:\s*,\s*\w+)*)\s+in\s+(.+)", rest)
                        if not m:
                            raise TemplateSyntaxError(f"bad for: {rest!r}", start_line)
                        self._emit(f"loop = Loop({self._expr(m.group(2))})", indent, start_line)
                        self._emit(f"for {m.group(1)} in loop:", indent, start_line)
                    else:
                        self._emit(f"if {self._expr(rest)}:", indent, start_line)
                    stack.append((kw, start_line))
                    indent += 1
                elif kw in ("elif", "else"):
                    if not stack or stack[-1][0] != "if":
                        raise TemplateSyntaxError(f"unexpected {kw}", start_line)
                    self._emit("pass", indent, start_line)
                    self._emit(f"elif {self._expr(rest)}:" if kw == "elif" else "else:", indent - 1, start_line)
                elif kw in ("endif", "endfor"):
                    if not stack or stack[-1][0] != kw[3:]:
                        raise TemplateSyntaxError(f"unexpected {kw}", start_line)
                    stack.pop()
                    self._emit("pass", indent, start_line)
                    indent -= 1
                elif kw == "set":
                    name, _, value = rest.partition("=")
                    self._emit(f"{name.strip()} = {self._expr(value)}", indent, start_line)
                else:
                    raise TemplateSyntaxError(f"unknown tag {kw!r}", start_line)
            elif tok:
                self._emit(f"_w({tok!r})", indent, start_line)
        if stack:
            raise TemplateSyntaxError(f"unclosed {stack[-1][0]}", stack[-1][1])
        self._emit("return ''.join(out)", 1, lineno)
        self.python = "\n".join(self.code_lines)
        try:
            code = compile(self.python, f"<{self.name}>", "exec")
        except SyntaxError as exc:
            raise TemplateSyntaxError(f"invalid expression: {exc.msg}", self.line_map.get(exc.lineno, 0)) from None
        namespace = {}
        exec(code, namespace)
        self._render = namespace["render"]

    def render(self, **context):
        try:
            # names in the template resolve through a dict-backed globals mapping
            func = type(self._render)(self._render.__code__, {**context, "__builtins__": {"len": len, "range": range}})
            return func(context, FILTERS, escape, Loop)
        except Exception as exc:
            tb = exc.__traceback__
            while tb.tb_next is not None:
                tb = tb.tb_next
            line = self.line_map.get(tb.tb_lineno, "?")
            raise RuntimeError(f"{self.name}:{line}: {type(exc).__name__}: {exc}") from exc


PAGE = """<h1>{{ title | title }}</h1>
{# the order table #}
{% if orders %}<table>
{% for o in orders %}  <tr class="{{ loop.cycle('odd', 'even') }}">{{ loop.index }}/{{ loop.length }} {{ o['item'] | truncate(12) }} {{ o['price'] | money }}{% if loop.last %} (last){% endif %}</tr>
{% endfor %}</table>
{% set n = orders | length %}<p>{{ n }} item(s)</p>
{% elif user %}no orders for {{ user | upper }}
{% else %}nobody here
{% endif %}<p>{{ note | default('—') }} {{ tags | join(' / ') }} {{ raw | safe }}</p>"""


def main():
    t = Template(PAGE, "page.html")
    print(t.python.count("\n") + 1, "lines of Python;", "render" in t.python)
    orders = [{"item": "Widget <XL>", "price": 1234.5}, {"item": "A very long gadget name", "price": 3},
              {"item": "Tom & Jerry's", "price": 0.999}]
    print(t.render(title="your orders", orders=orders, user="ann", note="",
                   tags=["a&b", "c"], raw="<b>bold</b>"))
    print(t.render(title="empty", orders=[], user="bob", note="ok", tags=[], raw=""))
    print(t.render(title="x", orders=[], user=None, note=None, tags=["t"], raw=Markup("&amp;")))
    for bad in ["{% if x %}open", "{% endfor %}", "{% while 1 %}", "{{ 1 + }}", "{% for in y %}"]:
        try:
            Template(bad, "bad.html")
        except TemplateSyntaxError as exc:
            print("TemplateSyntaxError:", exc)
    try:
        Template("line1\n{{ 1 // zero }}\n", "div.html").render(zero=0)
    except RuntimeError as exc:
        print("RuntimeError:", exc, "| cause:", type(exc.__cause__).__name__)
    try:
        Template("{{ missing }}").render()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    m = escape("<a>") + "<b>"
    print(repr(m), repr(escape(m)), isinstance(m, str), Markup("x").upper())
    print(eval("len(items) * k", {"__builtins__": {"len": len}}, {"items": [1, 2], "k": 3}))
    ns = {}
    exec(compile("def f(a, *, b=2):\n    return a + b\nx = f(1)", "<gen>", "exec"), ns)
    print(ns["x"], ns["f"].__code__.co_varnames, ns["f"].__kwdefaults__, ns["f"].__code__.co_filename)
    code = compile("a + 1", "<expr>", "eval")
    print(eval(code, {"a": 41}), code.co_names, sorted(k for k in ns if not k.startswith("__")))


if __name__ == "__main__":
    main()
