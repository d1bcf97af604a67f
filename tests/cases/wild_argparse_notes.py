"""notes: a tiny note-taking command-line tool built on argparse."""
import argparse
import contextlib
import io
import sys

NOTES = []


def cmd_add(args):
    note = {"id": len(NOTES) + 1, "text": " ".join(args.text), "tags": sorted(set(args.tag or [])),
            "priority": args.priority}
    NOTES.append(note)
    print(f"added #{note['id']} [{note['priority']}] {note['text']!r} tags={note['tags']}")
    return 0


def cmd_list(args):
    shown = [n for n in NOTES if not args.tag or args.tag in n["tags"]]
    if args.sort == "priority":
        order = {"high": 0, "normal": 1, "low": 2}
        shown.sort(key=lambda n: (order[n["priority"]], n["id"]))
    for n in shown[: args.limit]:
        print(f"  #{n['id']:<3}{n['priority']:<7}{n['text']}")
    print(f"({len(shown)} shown)")
    return 0


def cmd_remove(args):
    keep = [n for n in NOTES if n["id"] not in args.ids]
    print(f"removed {len(NOTES) - len(keep)} note(s)" + (" (dry run)" if args.dry_run else ""))
    if not args.dry_run:
        NOTES[:] = keep
    return 0


def build_parser():
    parser = argparse.ArgumentParser(prog="notes", description="Keep short notes.",
                                     epilog="Example: notes add buy milk -t home")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("--version", action="version", version="%(prog)s 0.3")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = sub.add_parser("add", help="add a note")
    add.add_argument("text", nargs="+", help="the note text")
    add.add_argument("-t", "--tag", action="append", help="tag (repeatable)")
    add.add_argument("-p", "--priority", choices=["low", "normal", "high"], default="normal")
    add.set_defaults(func=cmd_add)
    lst = sub.add_parser("list", help="list notes")
    lst.add_argument("--tag")
    lst.add_argument("--sort", choices=["id", "priority"], default="id")
    lst.add_argument("-n", "--limit", type=int, default=10)
    lst.set_defaults(func=cmd_list)
    rm = sub.add_parser("remove", help="remove notes by id")
    rm.add_argument("ids", nargs="+", type=int, metavar="ID")
    rm.add_argument("--dry-run", action="store_true")
    rm.set_defaults(func=cmd_remove)
    return parser


def main(argv):
    parser = build_parser()
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as e:
        last = err.getvalue().strip().splitlines()
        print(f"exit {e.code}: {last[-1] if last else ''}")
        return e.code
    if args.verbose:
        print(f"[verbose={args.verbose}] command={args.command}")
    return args.func(args)


def run(argv):
    print("$ notes " + " ".join(argv))
    try:
        rc = main(argv)
    except SystemExit as e:  # --help / --version exit from parse_args
        rc = e.code
    print(f"-> {rc}")


if __name__ == "__main__":
    import os
    os.environ["COLUMNS"] = "80"
    run(["add", "buy", "milk", "-t", "home", "-t", "shop", "-t", "home"])
    run(["add", "-p", "high", "fix", "the", "build"])
    run(["-vv", "add", "call mum", "--priority=low", "--tag", "home"])
    run(["list"])
    run(["list", "--sort", "priority", "-n", "2"])
    run(["list", "--tag", "home"])
    run(["remove", "2", "9", "--dry-run"])
    run(["list"])
    run(["remove", "2"])
    run(["list"])
    run(["add", "-p", "urgent", "x"])
    run(["list", "-n", "many"])
    run([])
    run(["frobnicate"])
    run(["remove"])
    with contextlib.redirect_stdout(io.StringIO()) as out:
        run(["--help"])
    print(out.getvalue())
    with contextlib.redirect_stdout(io.StringIO()) as out:
        run(["add", "-h"])
    print(out.getvalue())
    with contextlib.redirect_stdout(io.StringIO()) as out:
        run(["--version"])
    print(out.getvalue().replace("\n", " | "))
    print("parse_known_args:", build_parser().parse_known_args(["list", "--extra", "1"])[1])
