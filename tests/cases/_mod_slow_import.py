# Helper for thread_import_race: a module whose body takes a while (and lets
# other threads run while it executes).
import time

TABLE = []
for i in range(2000):
    TABLE.append(i * i)
    if i % 500 == 0:
        time.sleep(0.01)
DONE = True
