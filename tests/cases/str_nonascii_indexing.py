# Indexing and slicing long non-ASCII strings (positions in code points).
v = ''.join('lïne %d €\n' % i for i in range(3000))
N = len(v)
print(N, v[0], v[1], v[N - 1] == '\n', v[-3], v[5000], v[12345:12360])
print(v.find('\n', N - 100), v.rfind('ï', 0, 500), v.index('2999'))
print(v[100:3000:97])
print(sum(1 for c in v if c == '€'), v[::-1][:12])
print([v[i] for i in range(0, N, 2501)])
s = 'a' * 100 + 'é' + 'b' * 100 + '😀' + 'c' * 100
print(len(s), s[100], s[201], s[202], s[99:103], s[200:204], s.find('😀'), s[-1])
