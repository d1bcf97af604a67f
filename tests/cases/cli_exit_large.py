# Exit statuses are taken modulo 256 by the OS; sys.exit(42) from inside nested calls.
import sys
def inner():
    print("inner exiting")
    sys.exit(42)
def outer():
    try:
        inner()
    except ValueError:
        print("not caught here")
outer()
