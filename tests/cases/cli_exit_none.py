# sys.exit(None) and falling off the end both exit 0; SystemExit raised directly too.
import sys
print("exit with None")
raise SystemExit(None)
