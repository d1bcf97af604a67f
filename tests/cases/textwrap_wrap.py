# textwrap.wrap/fill/shorten and TextWrapper options (hyphens, long words, indents, max_lines).
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known, long-term "
        "state-of-the-art solution--with em-dashes -- appears here. Supercalifragilisticexpialidocious!")
for width in (12, 25, 40):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("Hello there.  This is\ta test.\nNew line!  End.", 20, fix_sentence_endings=True))
print(textwrap.wrap("  spaced   out  words  ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\there\tand\tthere", 12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("keep\nnewlines\nplease", 40, replace_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" ..."))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hi", 10))
print(textwrap.shorten("word " * 10, 15, placeholder="[more]"))
print(textwrap.wrap("", 10), textwrap.fill("abc", 10), textwrap.wrap("a-b-c-d-e-f-g-h", 4))
print(textwrap.wrap("12-34 ab-cd abc-def x-y", 5))
w = textwrap.TextWrapper(width=18, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit."))
w.width = 30
print(w.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit."))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("some words here", 5, max_lines=1, placeholder=" [truncated]")
except ValueError as e:
    print("ValueError:", e)
