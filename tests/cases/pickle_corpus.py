# Pickles cross between CPython and this interpreter: a corpus pickled by
# CPython 3.11 (embedded below) loads to equal objects and pickles back to
# the same bytes; and what this interpreter writes for every protocol is
# CPython's output byte for byte (compared through digests of the bytes, so
# CPython loads it), including batches of 1000 and frames of 64 KiB.
import base64
import collections
import hashlib
import pickle
import zlib


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return type(other) is Slotted and (self.a, self.b) == (other.a, other.b)

    def __repr__(self):
        return "Slotted(%r, %r)" % (self.a, self.b)


def small_corpus(proto):
    shared = ["shared"]
    rec = [1]
    rec.append(rec)
    return [
        None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**31,
        -2**31 - 1, 2**63, -2**63, 2**64 + 1, 10**30, -(10**30), 0.0, -0.0, 1.5, -2.25e-300,
        1e300, float("inf"), float("-inf"), "", "a", "caf\u00e9", "\u20ac\U0001f600",
        "line\nbreak\\back\r\0", "y" * 300, b"", b"\x00\xff", b"z" * 300, bytearray(b"ba"),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((), [()]), [], [[]], {}, {"k": "v"},
        {1: 2, (3, 4): [5]}, set(), {1, 2, 3}, frozenset(), frozenset({"f"}), shared, shared,
        (shared, shared), rec, Point(1, "two"), complex(1, -2), range(1, 9, 2),
        Point, Slotted, len, int, type(None), Ellipsis, NotImplemented,
        collections.OrderedDict([("b", 1), ("a", 2)]),
    ] + ([Slotted(3, [4])] if proto >= 2 else [])


FROM_CPYTHON = [
    (0, 1987, (
        'eNrtVdtu2zAMfeeXGBgaWHf7fSsQoOiGDvNTgUBxFM+rawu2szX9433Fdij3sga79AMmwBRJUbwcSnLWxZwu/ToX'
        'BJIzwcfCGRNpTKIW1BqjzMPMshTa6UJZ7dj6SSrIXzwLF5Ce10oWSymVcjJXtjDaOVPki9Uf9KLQ2jqtc6dcXhoj'
        'rHBJn/91JJf/tjnPVyj4/GyZxMqwIFfShDOVJ1V4szBtv+e1NFUUgU7lKUpMtd9/p6jAXR9k7uvrT/At9hbbooa2'
        'a/twfYDOb8fgb5g19dbXict3icIUoavj//HqQRGnsN5stoe2m9t+s6HtcQ4TRUfZfBULXqyHXagnCj0zFEvKqgXu'
        'H+hgTlXnsVOAFzRHIekqCvSxYbv7/+PVAwBqahYQDYP4u874cfRomkB7EsBbXB9RPG4rsU3m4KRgDvcqm3225jWJ'
        'ljC3lizoJ2GtWDa/ymvNKkTPsjnrouSj4KHBYWCxTJPKiSlusM92UXEoTIqqG9xiTdVXTIampLW0+J6yR+/Kpd0F'
        'rRF5elnmFGbsRXGw0FyM5mI0IjSPWkXpdYUKDpGa1mxhTvDaj8N96JM7bZeNjt0VbIwqmgetwRne4+kQ7Mrw+TUq'
        '1WhQx/TZj2GHVXj3jWHgmPIHY7vYuZRPg9n7uh7icTOGhkDqoZ/m8VDPwwgXBWVI8Nan7D4MbY/MTEkvkh62X0IN'
        'vcUfZY6WS7eSgKIFtnfQa441VXxzDVXztwGMpWn7svZ6uI1dYHsgjSc5J36RGU3L5dvyBKu70fcNLrdDW7lZ5XJQ'
        'HMd3DL1Zdjwk/7Eb5plhcerEURd6aPWpdugbqE87NB8jx0QbUKtzHKs4MXnXdW2cWn6RTnO+HOY1V3kb+pRLgT8M'
        '0O86ANgCeHo/7gKa97ZlQAuxvGiSqi2kdISmRqZz6Vc/AeR5mTM='
    )),
    (1, 1715, (
        'eNrtVFtT00AUTguIrKLiXfF+DQqYtmnTCooXsELKxfCSBzOdNF1IJST90q1SZhD0yZ/ggzM+O+MPcMYHncFfov4A'
        'Hn2rm1B0MjrKD+A87Pn27Dl7zn5ndw0I4tS4lCDjkkRUQY1NNLmozUkhNtlsTghCTAgsqxwJa4VkQlbkbCojZwuk'
        'MPBrluOzXDKZSilJKZXJpmVFSWel0Ofv5kRWljOKLEtKSpFy6XQik1ACs/RPCfb7r0teaEl+bQuM/GiBFx96v33U'
        'e77knyvfh18J9Tf51Y3WUrMF9GBATI9xZSKud3BtmXPr79Cmd3L89eX7jbev19Cu9/CZU3EpKfnUXHhcMq2FbgEd'
        'ej8PbezItgW7rGKxVK84rOIWi6TUYLRG0NmnYbdVtLwytWqEugEg6BL1tqBB659A9F1BA0welcAehr0aum2+HtC/'
        'vCPbFuyzOXv7NRz4ow2m75sNgh4x4DXO2S6ZOBh4H9JwmOGIhqN9ohpjOMZHNc5wPNRqG8OJFlLbGU6KfQZ6+0yG'
        'UwZOGzhj4Ky5gnMrOB8+swVcCPVTXKyt4FIYKW6GXjZwRe0w65HSapQRXBUNiAz8llyzA3y9lZAy9GsYiATM+d4y'
        'dcOwQe56g0HSkLADnAwzzyHFq5M1pA1kwntVs02flqGYdka0M3aGIWsgx3PYOWpZXrVR9Ok84YPluTXm1y3m+QQ3'
        'RZ530QyTzngVlyccilTilZ5Qi1uHpxhuabi9ghExrGAJd9TNT6eBu+EdZ8883KuXIuGWt1h16BLBfTE/svVzfW59'
        'cwyjGsYi/ku+6c7zZ/MgIKcr6FBew0N76HeVs47HGC0TjEcCHeoSTERNnjtPoEZsrFHluxdEfppJDVORtTHHqVRr'
        'Ff6UpyP2KY+NB6dYpG6YeIbT6TiclQpnkkz7ZcqJH60ELD3i3dU2+SlhlnMfV+N1OvgTuWZchg=='
    )),
    (2, 1581, (
        'eNrtVNtOE0EY3m2p0BVUUDzh+dgqgngAQRRUoMJKwcWLvXBTZ7cDu2HZ5Wu3SkkqxaQF6wt4QcK1iQ+g8UISfAAT'
        '30C9MjEh8ca7Orstmo03PAD/JjPf/POf9pt/Jh9QwEXiyy9FTuRHykzE8ijHj5bLIxzHc65mgSEuXwq5I1cKuZpy'
        'KcxVhGnqNmEpzFchX2pgY/+Pn87Q55XW1Xpvudbc9Op9u/blya9Y1YyL5TdB3+8qWHzX8u2D3Pgp9rzre+8yl1mJ'
        'LWxUt8pVILsDeNnNRhCQ3co0Mrn+BkG5luGvL95urL7Oo0ZuZCvTsKigpiiZfqwSbbqBQ0huZa7ZbdmyYIeWSKgZ'
        'w3QMK5EQ1KxD0wJqoxLqtIRmJ6mWFqjlAgFhOeiez/pHCPIOl3/CnDqws4h6CQ162CN/flu2LNilM/J2S9jz3yGQ'
        'VIpkBTQyVgOMapWgybXdK2FfAc0S9kdFvoADIi8GijjoTmJwCYciFSTWODgcVdASJUUcUXBUwTEFx0kOJ3I46V2v'
        'aZzy5qc4nc7hzF/HIs4qOCeGSMZXU5o6As4riBTAeuOCzuDFqg8toFXCJZ/5ZMqep5bn1KagvYDLEjp0Bq94SSdx'
        'lRRwTcJ1BZ1eL6V1kqJJdBG90/2KuKGgmyXQuykLPEO8qOO2YbGIPdFF3MyhN+LFmsMtsfJiZHHb61DnmY2+jOor'
        'SLNnZk06J6A/1rf56qxVn6gi7ki46zOfSxFrirX8PfaLYTGwhAEJg3rPv1ImTNtxaFLAkM/PpJaAmF9lW1MC7vt0'
        'TnaWBR+OFzAiQfRtDZqmMZs22CV84NPHbWfY/YUZanl5RzXNNk2qOYZtpYWxVJIy/gYMjfETZyc0ViFHxTjjMCAG'
        'MvoQY+1hPAcpwtZBfVzBhFhDMkU8UmnbH1W7Q7k='
    )),
    (3, 1464, (
        'eNrtVEtP1FAUbmcYYCqooPjC93NGefrCBwgywAgNo6mbLmzG23KxDaXl63SUIRkZTGbA8Q+4IGFt4g/QuCHRH2Di'
        'P1BXJiYkbtzV285gt/wAvibnfOfc8+pJ7i1FFXCJzNprkRP5KY9B9KY5ftrzpjiO53zPMmNcqRrzJVeN+R6vGudq'
        'YJ7mbVqN83XKV1uZHPn12534ut610RKYmx3tbz72at+e/knXw7h0aZsM/62TlQ+dPz7JbV/SLwd+Dq5x+fX08lb9'
        'yKsT2RfgZb8bQUT2J9PI7Od3iMpNjH9/9X5r420JDXIbs0zDooLqUDL3RCXaXCuHmNzFUgu72DHQmOLQlIpwHppH'
        '/eUt7WLHQFxT84bpGlZOUAsuJY5DCgKEVEQl2FNGi4TWpMiXsVfkxUgF+3wlRlexP1FjYoOLtqSC9iSp4ICCgwo6'
        'FBwiRRwu4khwDeZwNNDPcSxXROf/xAqOKzghxkg+nCFHXQEnFZwq47SEMzqjZ+sJtIxzEs6HsbOOvUStIOOCgotl'
        'XJKQ0BlNBu1mcZmUcUVCl4JuuZF5cjpx6Ax6iN7tfxX0Kuhj1fU+qmWz88SwslnhkW1YrGJ/cgVXi7iWCGot4rpY'
        'u9MF3JCjTLsvbNzMq+E0mj2/YNJFAQPp4e1HYbP+glRwS8LtMNYh1jMq4A77sbgYWcVdCYN6fzjDY9N2XTojYCjM'
        'Makl4F5oB1MOh7ZbWGAlRzJl3JcwGvrHTdNYyBk5AanQmbHdSX/ceWoFfcY0zTZNqrmGzU4fOjOULWrM0FiL8aSE'
        'idoWVKTZsiJiJK8PsfU8yBQxmWB2VE8rmBIbSL4CUaU9/wAqiRyw'
    )),
    (4, 1284, (
        'eNrtU0Fr1EAUnmSz7m5rhRY8eRY2WPQoiFCx6mLHrlIvPbisk3RqwmaTJZnUrrB2K+y2xoFa+gQPhZ4Ff4DipaA/'
        'QPAfqCdBKHjRU3yTzSLe+gP6hgzfvPe9N997ZPrGqz8GyawB1fr2c0qotpCi0XSRaItpukCIRpRnAxHpJ0W1k6So'
        'PGlSGeUqT3kMk4qWQy2Zwv3aj5/i1uf92YPT2fHw7MyL95fsLw9/1XIaqfXHYO53Djbfnfv2YXn6U+3p5e9Xt0m8'
        'X9s4ykNpDiQBqTGQRZutfnwDsvT12dujg9d9kNOe6/MJK+Ss9cBidmuKwPIsiuqe2LEN5gnM6ySF62pyT07s2Aay'
        'bMWuJ1w/AlmxuoKzMGRd2MN5WgwGsAQm1QZANaoPs50WtqA6AtQQYDbAZENoZIv1oIf/eQu/NYh6/3iKQIss3oGd'
        'sfNldReqUluFXYzJU5HDQr4CzDmvluIjz6lyWW4228z1m018PPcC1xeozdzEezB5HRVJrQuyIB4HEFvOhCzZQbvj'
        '8XVk1ebGr/Awf7JDbAc5xZD5jzgyUEmF6lvKe8ExZem+FwiBKvb+G0vB4z66MLEwuh6RIbodVaE+GJUs3/Q8txO5'
        '0Sh8ph6I20pHm/t5wUk78DxuCzdQNSfvhiscG77h2llDS6odCwU5OtVj5wp2WMcW8VRw7uDsDBYPweIX/wL31wfp'
    )),
    (5, 1271, (
        'eNrtU0Fr1EAUnkk2dtdaoYInL4Iiu7DoTS9CxarRDl2lXnpwWSfp1ITNJssmabvC2q3QbY0DtfQpHgo9C/4AxUtB'
        'f4DgP1BPolDw4i2+yWbRY39A35DHN+997+V7w0zfePmzQDKrQ7m2+YwRRmdSNJbOEjqbpjOEUKIiq4hIPzGUJ4mh'
        'ImlSGtaqSHEEkxLNIU0m0F/78Su69Xm3unci2+6fPvX8/SX7y8PfZk4jZn8Epv7kYO3dmW8f5ic/mU+ufL+6SeJd'
        'c/UgT6U5kAQk5SANmy9+fANy7OvTtwd7r/sgJz3XF8etjuDNBxa3mxME5qsoqntkhzaYJjCtkRSuq5N7fGSHNnil'
        '5dfZ4lBhdB0YZdog80zfgPIQsEIElTpU+ADq2eI96OGNbuK3BGHvH08RmMHjLdgaBV+Ut6Es6SJsY04eCx3eEQvA'
        'nbNqKT7ynHNCFhuNFnf9RgOfyb3A9SPYgcoa/geLV1CRpF2QerQcQGzJohW7XuT6Ib4lO2i1PbGCdHNq9PD287EG'
        'MAdOVRod7j8SyEBJJaZtqOgF57wcu+8FUYRyduD/lronfAxhoT7UgagQdduqQ2192LJ40/PcduiGw/TJWhDdUTpa'
        'ws8bjtuB5wk7cgPVc/xuZ0Hg5DdcO5tsTs1loSBHY1rsXMZRazgr7nTnNh5igccDsMTFv2YzACA='
    )),
]

for proto, size, parts in FROM_CPYTHON:
    data = zlib.decompress(base64.b64decode("".join(parts)))
    back = pickle.loads(data)
    expected = small_corpus(proto)
    same = [i for i, (a, b) in enumerate(zip(back, expected)) if repr(a) != repr(b)]
    print(proto, len(data) == size, len(back) == len(expected), same,
          back[51] is back[52] is back[53][1], back[54][1] is back[54], pickle.dumps(back, proto) == data)

big = [list(range(999)), list(range(1000)), list(range(1001)), list(range(2500)),
       {i: str(i) for i in range(1000)}, {i: -i for i in range(2001)}, set(range(1000)),
       set(range(1001)), frozenset(range(3000)), ["s%d" % i for i in range(70000)],
       b"B" * 70000, "\u00e9" * 40000, bytearray(100000), tuple(range(300))]
for proto in range(6):
    corpus = small_corpus(proto) + big
    data = pickle.dumps(corpus, proto)
    back = pickle.loads(data)
    print(proto, len(data), hashlib.sha256(data).hexdigest()[:32],
          repr(back[len(back) - len(big):]) == repr(big))
