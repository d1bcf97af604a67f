# Lists as stacks and queues, and a bracket matcher and BFS queue built on them.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(s), balanced(s))
queue = []
for i in range(5):
    queue.append(i)
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x < 3:
        queue.append(x + 10)
print(order)
undo = []
text = ""
for op in ["type:a", "type:b", "undo", "type:c", "type:d", "undo", "undo", "type:e"]:
    if op == "undo":
        text = undo.pop() if undo else text
    else:
        undo.append(text)
        text += op.split(":")[1]
    print(f"{op:8} -> {text!r}")
