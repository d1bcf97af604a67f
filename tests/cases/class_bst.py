# A binary search tree class: insert, search, delete, in-order iteration, height, __contains__, __len__.
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        def go(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            return node
        self.root = go(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def __len__(self):
        return self.size
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def delete(self, key):
        def go(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = go(node.left, key)
            elif key > node.key:
                node.right = go(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = go(node.right, succ.key)
            return node
        self.root = go(self.root, key)
        self.size -= 1
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height(), 40 in t, 99 in t)
for k in (20, 30, 50):
    t.delete(k)
    print("deleted", k, list(t), len(t))
try:
    t.delete(1000)
except KeyError as e:
    print("KeyError:", e)
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words), words.height())
