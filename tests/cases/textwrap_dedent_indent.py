# textwrap.dedent and textwrap.indent.
import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("""\
    def f():
        return 1

    print(f())
"""))
show(textwrap.dedent("    a\n      b\n    c\n"))
show(textwrap.dedent("  x\n\t y\n  \n"))
show(textwrap.dedent("\ta\n\t\tb\n \n"))
show(textwrap.dedent("no indent\n  some\n"))
show(textwrap.dedent("   \n   hello\n     world\n   "))
show(textwrap.dedent(""))
show(textwrap.dedent("  \t mixed\n  \t  more\n"))
show(textwrap.dedent("\n\n    gap\n\n    end"))

show(textwrap.indent("a\n\nb\n", "> "))
show(textwrap.indent("a\n b\n", "+", lambda line: True))
show(textwrap.indent("one\r\ntwo\n", "  "))
show(textwrap.indent("", "xx"))
show(textwrap.indent("x\n  \ny", "# "))
show(textwrap.indent("keep\nskip\nkeep", "- ", lambda l: l.startswith("keep")))

code = """
        for i in range(3):
            if i:
                print(i)
"""
body = textwrap.dedent(code).strip("\n")
print(body)
print(textwrap.indent(body, "    "))
doc = textwrap.dedent("""
    Usage:
        prog [options]

    Options:
        -h  help
""").strip()
print(doc)
