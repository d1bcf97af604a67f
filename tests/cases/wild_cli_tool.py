"""A command-line tool with argparse subcommands, driven with several argv lists."""
import argparse
import contextlib
import io
import sys


def build_parser():
    p = argparse.ArgumentParser(prog="notes", description="Keep short notes.")
    p.add_argument("-v", "--verbose", action="store_true", help="say more")
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add a note")
    add.add_argument("text")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    add.add_argument("--priority", type=int, choices=[1, 2, 3], default=2)
    ls = sub.add_parser("list", help="list notes")
    ls.add_argument("--limit", type=int, default=10)
    ls.add_argument("--sort", choices=["priority", "text"], default="priority")
    return p


NOTES = []


def main(argv):
    args = build_parser().parse_args(argv)
    if args.cmd == "add":
        NOTES.append((args.priority, args.text, tuple(args.tag)))
        if args.verbose:
            print(f"added {args.text!r} p{args.priority} tags={','.join(args.tag) or '-'}")
    else:
        key = (lambda n: n[0]) if args.sort == "priority" else (lambda n: n[1])
        for pr, text, tags in sorted(NOTES, key=key)[:args.limit]:
            print(f"[{pr}] {text}" + (f" #{' #'.join(tags)}" if tags else ""))
    return 0


for argv in (["-v", "add", "buy milk", "--tag", "home", "--tag", "shop"],
             ["add", "write report", "--priority", "1"],
             ["-v", "add", "call bob", "--priority", "3"],
             ["list"], ["list", "--sort", "text", "--limit", "2"],
             ["add", "x", "--priority", "7"], ["frobnicate"], ["list", "--limit", "many"], [],
             ["--help"], ["add", "--help"]):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(argv)
    except SystemExit as e:
        code = e.code
    print(f"$ notes {' '.join(argv)} -> exit {code}")
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print("  " + line)
