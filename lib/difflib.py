"""Helpers for computing deltas between sequences (Baton's difflib).

SequenceMatcher finds the longest contiguous matching subsequence that
contains no "junk" elements (the Ratcliff/Obershelp idea, with the
"autojunk" heuristic for popular elements), then recurses on the pieces to
the left and to the right of the match.  Differ, ndiff, unified_diff and
context_diff build human-readable deltas on top of it.

HtmlDiff is not provided.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias as _GenericAlias

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements.

    SequenceMatcher(isjunk=None, a='', b='', autojunk=True)

    isjunk, when given, is a one-argument predicate telling which elements
    of b are junk.  With autojunk, when b has 200 or more elements, an
    element that occurs more than 1% (+1) of the time counts as "popular"
    and is not used to start a match.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared (b is kept)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared (a is kept).

        Information about b is computed and cached here, so compare one
        sequence against many by setting it as b once."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> increasing list of the positions where it is in b,
        # leaving out junk elements and popular elements.
        index = {}
        for pos, elt in enumerate(self.b):
            where = index.get(elt)
            if where is None:
                index[elt] = [pos]
            else:
                where.append(pos)
        junk = set()
        if self.isjunk:
            isjunk = self.isjunk
            junk = {elt for elt in index if isjunk(elt)}
            for elt in junk:
                del index[elt]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {elt for elt, where in index.items() if len(where) > limit}
            for elt in popular:
                del index[elt]
        self.b2j = index
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi].

        Return Match(i, j, k) with a[i:i+k] == b[j:j+k]; among the longest
        blocks the one starting earliest in a, then earliest in b.  With
        junk, the junk-free longest block is extended by equal junk on both
        sides.  Match(alo, blo, 0) when nothing matches."""
        a = self.a
        b = self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        b2j = self.b2j
        junk = self.bjunk
        besti, bestj, bestsize = alo, blo, 0
        # runs[j]: length of the junk-free match ending at a[i-1] and b[j]
        runs = {}
        empty = ()
        for i in range(alo, ahi):
            new_runs = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                new_runs[j] = k
                if k > bestsize:
                    besti = i - k + 1
                    bestj = j - k + 1
                    bestsize = k
            runs = new_runs

        # Grow the block by equal non-junk (popular) elements, then by
        # equal junk elements, on both ends.
        for want_junk in (False, True):
            while (besti > alo and bestj > blo
                   and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti -= 1
                bestj -= 1
                bestsize += 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Return the list of Match triples describing matching blocks.

        The triples increase in i and j, adjacent equal blocks are merged,
        and the last one is the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la = len(self.a)
        lb = len(self.b)
        found = []
        todo = [(0, la, 0, lb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if not k:
                continue
            found.append(m)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()

        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
                continue
            if cur_k:
                merged.append(Match(cur_i, cur_j, cur_k))
            cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append(Match(cur_i, cur_j, cur_k))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Return a list of 5-tuples (tag, i1, i2, j1, j2) describing how to
        turn a into b; tag is 'replace', 'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                ops.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i = ai + size
            j = bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Generate groups of opcodes with at most n elements of context."""
        # Like CPython, the cached opcode list itself gets its first and
        # last entries trimmed.
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # a long unchanged stretch closes the group
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return 2.0*M/T, M the matched elements, T the total elements."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() (multiset intersection)."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matched = 0
        for elt in self.a:
            have = left[elt] if elt in left else counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matched += 1
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return a very cheap upper bound on ratio()."""
        la = len(self.a)
        lb = len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(_GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of the possibilities that are close to word, best
    first (those with a similarity ratio of at least cutoff)."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff):
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    return [candidate for score, candidate in _nlargest(n, scored)]


def _keep_original_ws(s, tag_s):
    """Where a tag is blank and s has whitespace, keep s's whitespace."""
    out = []
    for c, tag in zip(s, tag_s):
        out.append(c if tag == " " and c.isspace() else tag)
    return ''.join(out)


class Differ:
    """Compare sequences of lines of text and produce a human-readable delta.

    Lines of the delta start with '- ' (only in a), '+ ' (only in b),
    '  ' (in both) or '? ' (guide to intraline differences)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta between two sequences of lines."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (tag, x[k])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # the shorter block goes first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.74, and at
        # least 0.75 to be used), synchronise on it, mark its intraline
        # differences, and recurse on both sides of it.
        best_ratio = 0.74
        cutoff = 0.75
        best_i = best_j = None
        same_i = same_j = None      # first pair of identical lines
        matcher = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(aline)
                if (matcher.real_quick_ratio() > best_ratio
                        and matcher.quick_ratio() > best_ratio):
                    r = matcher.ratio()
                    if r > best_ratio:
                        best_ratio, best_i, best_j = r, i, j
        if best_ratio < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)

        aline = a[best_i]
        bline = b[best_j]
        if identical:
            yield '  ' + aline
        else:
            atags = []
            btags = []
            matcher.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                na = i2 - i1
                nb = j2 - j1
                if tag == 'replace':
                    atags.append('^' * na)
                    btags.append('^' * nb)
                elif tag == 'delete':
                    atags.append('-' * na)
                elif tag == 'insert':
                    btags.append('+' * nb)
                elif tag == 'equal':
                    atags.append(' ' * na)
                    btags.append(' ' * nb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(atags), ''.join(btags))

        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? ' + atags + '\n'
        yield '+ ' + bline
        if btags:
            yield '? ' + btags + '\n'


def IS_LINE_JUNK(line, pat=None):
    """Return True if line is blank or holds nothing but one '#'."""
    if pat is not None:
        return pat(line) is not None
    rest = line.strip()
    return rest == '' or rest == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Return True if ch is a blank or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _format_range_context(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _check_types(a, b, *args):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_headers(first, second, fromfile, tofile, fromfiledate, tofiledate,
                  lineterm):
    fromdate = '\t' + str(fromfiledate) if fromfiledate else ''
    todate = '\t' + str(tofiledate) if tofiledate else ''
    return ('%s %s%s%s' % (first, fromfile, fromdate, lineterm),
            '%s %s%s%s' % (second, tofile, todate, lineterm))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generate the delta between two sequences of lines as a unified diff
    with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield from _file_headers('---', '+++', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        first = group[0]
        last = group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(first[1], last[2]),
                                   _format_range_unified(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                   'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Generate the delta between two sequences of lines as a context diff
    with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield from _file_headers('***', '---', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        first = group[0]
        last = group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]),
                                 lineterm)
        tags = [op[0] for op in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]),
                                 lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on lines given as bytes,
    and generate bytes."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(s).__name__, s)) from err
    a = [decode(x) for x in a]
    b = [decode(x) for x in b]
    lines = dfunc(a, b, decode(fromfile), decode(tofile),
                  decode(fromfiledate), decode(tofiledate), n,
                  decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Return a Differ-style delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover one of the two sequences from a Differ delta (which is 1 or
    2)."""
    try:
        keep = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ("  ", keep):
            yield line[2:]
