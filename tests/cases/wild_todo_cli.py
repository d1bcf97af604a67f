"""todo: a tiny task-list manager with an argparse command line.

main(argv) is called with several argument lists, as a test script would;
the store is an in-memory dict so nothing touches the disk.
"""
import argparse
import contextlib
import io
import sys
import textwrap

PRIORITIES = ("low", "normal", "high")
STORE = {"next_id": 1, "tasks": {}}


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be positive")
    return value


def cmd_add(args):
    tid = STORE["next_id"]
    STORE["next_id"] += 1
    STORE["tasks"][tid] = {"title": " ".join(args.title), "priority": args.priority,
                           "tags": sorted(set(args.tag or [])), "done": False}
    print(f"added #{tid}: {STORE['tasks'][tid]['title']}")
    return 0


def cmd_list(args):
    rows = []
    for tid, task in sorted(STORE["tasks"].items()):
        if task["done"] and not args.all:
            continue
        if args.tag and args.tag not in task["tags"]:
            continue
        rows.append((tid, task))
    if args.sort == "priority":
        rows.sort(key=lambda r: (-PRIORITIES.index(r[1]["priority"]), r[0]))
    if not rows:
        print("nothing to do")
    for tid, task in rows:
        mark = "x" if task["done"] else " "
        tags = " ".join("+" + t for t in task["tags"])
        print(f"[{mark}] {tid:>3} {task['priority']:<6} {task['title']} {tags}".rstrip())
    return 0


def cmd_done(args):
    missing = [i for i in args.ids if i not in STORE["tasks"]]
    if missing:
        print(f"todo: no such task: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    for i in args.ids:
        STORE["tasks"][i]["done"] = True
    print(f"completed {len(args.ids)} task(s)")
    return 0


def build_parser():
    parser = argparse.ArgumentParser(
        prog="todo",
        description="Keep track of things to do.",
        epilog=textwrap.dedent("""\
            examples:
              todo add buy milk --tag home
              todo list --sort priority"""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more output (repeatable)")
    parser.add_argument("--version", action="version", version="%(prog)s 1.4.2")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("add", help="add a task")
    p.add_argument("title", nargs="+", help="what to do")
    p.add_argument("-p", "--priority", choices=PRIORITIES, default="normal")
    p.add_argument("-t", "--tag", action="append", help="attach a tag")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", aliases=["ls"], help="show tasks")
    p.add_argument("-a", "--all", action="store_true", help="include finished tasks")
    p.add_argument("--tag", help="only tasks with this tag")
    p.add_argument("--sort", choices=["id", "priority"], default="id")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("done", help="mark tasks finished")
    p.add_argument("ids", nargs="+", type=positive_int, metavar="ID")
    p.set_defaults(func=cmd_done)
    return parser


def main(argv):
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        shown = {k: v for k, v in sorted(vars(args).items()) if k != "func"}
        print(f"args: {shown}")
    return args.func(args)


def run(argv):
    print(f"$ todo {' '.join(argv)}")
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            status = main(argv)
    except SystemExit as exc:
        status = exc.code
    for line in err.getvalue().splitlines():
        print(f"  stderr| {line}")
    print(f"  -> exit {status}")


if __name__ == "__main__":
    run(["add", "write", "the", "report", "-p", "high", "-t", "work"])
    run(["add", "buy", "milk", "--tag", "home", "--tag", "shop", "--tag", "home"])
    run(["-vv", "add", "call", "mum", "--priority=low"])
    run(["ls"])
    run(["list", "--sort", "priority"])
    run(["done", "2", "9"])
    run(["done", "2"])
    run(["list", "--all", "--tag", "home"])
    run(["list", "--tag", "garden"])
    run(["done", "0"])
    run(["done", "two"])
    run(["add", "x", "--priority", "urgent"])
    run(["frobnicate"])
    run([])
    run(["--version"])
    run(["--help"])
    run(["add", "-h"])
