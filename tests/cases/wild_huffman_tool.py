"""huff: a Huffman compressor/decompressor for byte strings.

Builds the code tree with heapq, emits canonical codes, packs the bit stream
into bytes with an int accumulator, stores a small header (symbol count,
code lengths, padding), and verifies round trips on several inputs. Also
reports entropy and compression ratios like a real tool's --stats flag.
"""
import collections
import heapq
import itertools
import math
import struct


class Node:
    __slots__ = ("weight", "symbol", "left", "right")

    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight, self.symbol, self.left, self.right = weight, symbol, left, right

    def is_leaf(self):
        return self.left is None and self.right is None


def code_lengths(data):
    freq = collections.Counter(data)
    if len(freq) == 1:
        return {next(iter(freq)): 1}
    tie = itertools.count()
    heap = [(w, next(tie), Node(w, s)) for s, w in sorted(freq.items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        w1, _, a = heapq.heappop(heap)
        w2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (w1 + w2, next(tie), Node(w1 + w2, left=a, right=b)))
    lengths = {}
    stack = [(heap[0][2], 0)]
    while stack:
        node, depth = stack.pop()
        if node.is_leaf():
            lengths[node.symbol] = depth
        else:
            stack.append((node.left, depth + 1))
            stack.append((node.right, depth + 1))
    return lengths


def canonical(lengths):
    codes, code, prev_len = {}, 0, 0
    for sym, length in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= length - prev_len
        codes[sym] = (code, length)
        code += 1
        prev_len = length
    return codes


def compress(data: bytes) -> bytes:
    if not data:
        return struct.pack(">HB", 0, 0)
    lengths = code_lengths(data)
    codes = canonical(lengths)
    acc, nbits, out = 0, 0, bytearray()
    for byte in data:
        code, length = codes[byte]
        acc = (acc << length) | code
        nbits += length
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
        acc &= (1 << nbits) - 1
    pad = (8 - nbits) % 8
    if nbits:
        out.append((acc << pad) & 0xFF)
    header = struct.pack(">HB", len(lengths), pad)
    header += b"".join(struct.pack(">BB", s, l) for s, l in sorted(lengths.items()))
    return header + struct.pack(">I", len(data)) + bytes(out)


def decompress(blob: bytes) -> bytes:
    count, pad = struct.unpack_from(">HB", blob)
    if count == 0:
        return b""
    pos = 3
    lengths = {}
    for _ in range(count):
        s, l = struct.unpack_from(">BB", blob, pos)
        lengths[s] = l
        pos += 2
    (size,) = struct.unpack_from(">I", blob, pos)
    pos += 4
    decode = {(l, c): s for s, (c, l) in canonical(lengths).items()}
    out = bytearray()
    code = length = 0
    total_bits = (len(blob) - pos) * 8 - pad
    for i in range(total_bits):
        byte = blob[pos + i // 8]
        bit = (byte >> (7 - i % 8)) & 1
        code, length = (code << 1) | bit, length + 1
        sym = decode.get((length, code))
        if sym is not None:
            out.append(sym)
            code = length = 0
            if len(out) == size:
                break
    return bytes(out)


def entropy(data):
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in collections.Counter(data).values()) if n else 0.0


SAMPLES = {
    "empty": b"",
    "single": b"a",
    "repeat": b"z" * 50,
    "text": b"this is an example of a huffman tree; it is a classic example " * 4,
    "utf8": "naïve café — ünïcödé ✓ ".encode("utf-8") * 3,
    "binary": bytes((i * 37 + (i >> 3)) % 256 for i in range(600)),
    "skewed": bytes([0] * 300 + [1] * 30 + [2] * 3 + [3]),
}


def main():
    print(f"{'sample':<8} {'in':>5} {'out':>5} {'ratio':>6} {'H':>6} {'bits/sym':>8} ok")
    for name, data in SAMPLES.items():
        packed = compress(data)
        back = decompress(packed)
        ratio = len(packed) / len(data) if data else float("nan")
        lengths = code_lengths(data) if data else {}
        avg = (sum(lengths[b] for b in data) / len(data)) if data else 0.0
        print(f"{name:<8} {len(data):>5} {len(packed):>5} {ratio:>6.3f} {entropy(data):>6.3f} {avg:>8.3f} {back == data}")
    text = SAMPLES["text"]
    codes = canonical(code_lengths(text))
    table = sorted(codes.items(), key=lambda kv: (kv[1][1], kv[0]))
    for sym, (code, length) in table[:6]:
        print(f"  {chr(sym)!r:>5} {code:0{length}b}")
    print("longest:", max(l for _, l in codes.values()), "kraft:",
          sum(2 ** -l for _, l in codes.values()))
    packed = compress(text)
    print(packed[:12].hex(), len(packed), int.from_bytes(packed[-4:], "big") % 1000)
    corrupted = bytearray(packed)
    corrupted[-1] ^= 0b1010_1010
    print("corrupted differs:", decompress(bytes(corrupted)) != text)
    print((0b1011).bit_length(), (255).bit_count(), f"{0xABCD:_b}", 1 << 70 >> 68, ~5 & 0xFF, -17 >> 2)


if __name__ == "__main__":
    main()
