#!/usr/bin/env bash
# Runs a sample of the differential cases through the debug baton binary
# under valgrind's memcheck and fails on any invalid read, write or free.
# Usage: tests/memcheck.sh [CASE...]   (default: a fixed sample)
set -euo pipefail
cd "$(dirname "$0")/.."
# Without mimalloc, so that memcheck sees every allocation.
CARGO_TARGET_DIR="$PWD/target/memcheck" cargo build -p baton --no-default-features >/dev/null 2>&1
bin="$PWD/target/memcheck/debug/baton"
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(lang_class_basics class_metaclass gen_send_throw_close refcount_del_nested refcount_containers gc_collect_cycles dict_methods str_methods_split exc_chaining prog_lru_cache set_ops)
fi
cd tests/cases
status=0
for c in "${cases[@]}"; do
  [ -f "$c.py" ] || { echo "no case $c"; status=1; continue; }
  log=$(mktemp)
  if PYTHONHASHSEED=0 valgrind --tool=memcheck --error-exitcode=99 --errors-for-leak-kinds=none \
       --log-file="$log" "$bin" "$c.py" >/dev/null 2>&1 </dev/null; then
    echo "ok      $c"
  else
    rc=$?
    if [ $rc -eq 99 ]; then
      echo "ERRORS  $c"; grep -E "Invalid|uninitialised|Mismatched" "$log" | head -5; status=1
    else
      echo "ok      $c (program exit $rc)"
    fi
  fi
  rm -f "$log"
done
exit $status
