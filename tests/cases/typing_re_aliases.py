# typing.Match/Pattern aliases and the deprecated locale.format.
import typing, re, locale, warnings
print(typing.Match, typing.Pattern, typing.Match[str], typing.Pattern[bytes], "Match" in typing.__all__)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(locale.format("%d", 5), locale.format("%.2f", 2.5))
    try: locale.format("%d %d", 5)
    except ValueError as e: print(e)
