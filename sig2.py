import time
print("start", flush=True)
try:
    time.sleep(3)
    print("slept fully")
except KeyboardInterrupt:
    print("interrupted")
print("end")
