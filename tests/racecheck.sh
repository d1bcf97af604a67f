#!/usr/bin/env bash
# Runs the thread stress cases (smaller sizes) through the baton binary under
# valgrind's DRD (or helgrind: RACE_TOOL=helgrind) and fails if a data race
# is reported in Baton's own code (frames in crates/). Races inside libc or
# valgrind's own annotations of std primitives are not ours and are ignored.
# Usage: tests/racecheck.sh [CASE...]
set -euo pipefail
cd "$(dirname "$0")/.."
tool="${RACE_TOOL:-drd}"
# Without mimalloc, so that valgrind sees every allocation.
CARGO_TARGET_DIR="$PWD/target/memcheck" cargo build -p baton --no-default-features >/dev/null 2>&1
bin="$PWD/target/memcheck/debug/baton"
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(thread_race_small)
fi
cd tests/cases
status=0
for c in "${cases[@]}"; do
  [ -f "$c.py" ] || { echo "no case $c"; status=1; continue; }
  log=$(mktemp)
  PYTHONHASHSEED=0 valgrind --tool="$tool" --log-file="$log" "$bin" "$c.py" >/dev/null 2>&1 </dev/null || true
  # Each report starts with the racing access; it is ours when that access
  # (the first frame) is in Baton's code (a function of a baton crate).
  ours=$(grep -A1 -E "Conflicting|Possible data race" "$log" | grep -E " at 0x" | grep -E "baton" | head -20 || true)
  errs=$(grep -cE "Conflicting|Possible data race|lock order" "$log" || true)
  if [ -n "$ours" ] && [ "$errs" != "0" ]; then
    echo "RACES   $c ($errs reports)"; echo "$ours" | head -10; status=1
  else
    echo "ok      $c ($tool: $errs reports, none in Baton's code)"
  fi
  rm -f "$log"
done
exit $status
