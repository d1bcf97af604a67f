# KeyError's message is the repr of the key, also for tuples and empty strings.
grid = {(0, 0): "origin"}
print(grid[0, 0])
print(grid[1, 2])
