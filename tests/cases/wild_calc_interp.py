"""calc: a tokenizer, Pratt parser and tree-walking evaluator for a small
expression language with variables, functions, comparisons and errors.
"""
import math
import operator
import re
from fractions import Fraction
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


class CalcError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos

    def __str__(self):
        where = f" at column {self.pos + 1}" if self.pos is not None else ""
        return f"{self.args[0]}{where}"


TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|//|==|!=|<=|>=|[-+*/%^(),=<>!]"),
    ("SKIP", r"[ \t]+"),
    ("BAD", r"."),
]
TOKEN_RE = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected character {m.group()!r}", m.start())
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


# binding powers: (left, right); right < left means right-associative
INFIX = {"==": (1, 2), "!=": (1, 2), "<": (1, 2), ">": (1, 2), "<=": (1, 2), ">=": (1, 2),
         "+": (3, 4), "-": (3, 4), "*": (5, 6), "/": (5, 6), "//": (5, 6), "%": (5, 6),
         "**": (9, 8), "^": (9, 8)}
PREFIX_BP = 7


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise CalcError(f"expected {text!r}, got {tok.text or 'end of input'!r}", tok.pos)
        return tok

    def parse(self):
        if (self.peek().kind == "NAME" and self.tokens[self.i + 1].text == "="):
            name = self.advance().text
            self.advance()
            node = ("assign", name, self.expr(0))
        else:
            node = self.expr(0)
        tok = self.peek()
        if tok.kind != "EOF":
            raise CalcError(f"unexpected {tok.text!r}", tok.pos)
        return node

    def expr(self, min_bp):
        tok = self.advance()
        if tok.kind == "NUMBER":
            left = ("num", Fraction(tok.text) if "." not in tok.text and "e" not in tok.text.lower()
                    else float(tok.text))
        elif tok.kind == "NAME":
            if self.peek().text == "(":
                self.advance()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.expr(0))
                self.expect(")")
                left = ("call", tok.text, args, tok.pos)
            else:
                left = ("var", tok.text, tok.pos)
        elif tok.text in ("-", "+", "!"):
            left = ("neg" if tok.text == "-" else "not" if tok.text == "!" else "pos",
                    self.expr(PREFIX_BP))
        elif tok.text == "(":
            left = self.expr(0)
            self.expect(")")
        else:
            raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)
        while True:
            op = self.peek()
            if op.text not in INFIX:
                break
            lbp, rbp = INFIX[op.text]
            if lbp < min_bp:
                break
            self.advance()
            left = ("bin", op.text, left, self.expr(rbp), op.pos)
        return left


BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "^": operator.pow,
          "==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt,
          "<=": operator.le, ">=": operator.ge}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "min": min, "max": max, "gcd": math.gcd,
         "hypot": math.hypot, "float": float, "round": round}


class Interpreter:
    def __init__(self):
        self.env = {"pi": math.pi, "e": math.e}

    def eval(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            try:
                return self.env[node[1]]
            except KeyError:
                raise CalcError(f"undefined variable {node[1]!r}", node[2]) from None
        if kind == "assign":
            self.env[node[1]] = value = self.eval(node[2])
            return value
        if kind == "neg":
            return -self.eval(node[1])
        if kind == "pos":
            return +self.eval(node[1])
        if kind == "not":
            return not self.eval(node[1])
        if kind == "call":
            _, name, args, pos = node
            if name not in FUNCS:
                raise CalcError(f"unknown function {name}()", pos)
            values = [self.eval(a) for a in args]
            try:
                return FUNCS[name](*values)
            except (TypeError, ValueError) as exc:
                raise CalcError(f"{name}(): {exc}", pos) from exc
        if kind == "bin":
            _, op, a, b, pos = node
            x, y = self.eval(a), self.eval(b)
            try:
                return BINOPS[op](x, y)
            except ZeroDivisionError as exc:
                raise CalcError(str(exc), pos) from exc
        raise AssertionError(kind)


def show(value):
    if isinstance(value, Fraction) and value.denominator == 1:
        return str(value.numerator)
    if isinstance(value, float):
        return repr(round(value, 10))
    return str(value)


PROGRAM = """\
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 2
-2 ** 2
7 // 2 + 7 % 3
1 / 3 + 1 / 6
x = 10
y = x / 4
y * 4 == x
sqrt(x * 10) + hypot(3, 4)
max(1, y, 2.5) - min(x, 3)
gcd(84, 36) ^ 2
!(x > 3) + 0
round(pi, 4)
1.5e3 / .5
z + 1
1 / (x - 10)
sqrt(-1)
foo(3)
3 + * 4
(1 + 2
2 $ 3
abs()
"""


def main():
    interp = Interpreter()
    for lineno, line in enumerate(PROGRAM.splitlines(), 1):
        try:
            tree = Parser(line).parse()
            result = interp.eval(tree)
            print(f"{lineno:>2}: {line:<28} => {show(result)}")
        except CalcError as exc:
            cause = f" (from {type(exc.__cause__).__name__})" if exc.__cause__ else ""
            print(f"{lineno:>2}: {line:<28} !! {exc}{cause}")
    print(sorted((k, show(v)) for k, v in interp.env.items()))
    print([t.kind for t in tokenize("a1 = 3.0e-2 // b")])
    print(Parser("-(1 + x) * 2").parse())


if __name__ == "__main__":
    main()
