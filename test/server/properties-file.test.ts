// Goal: parseProperties reads server.properties and meta.properties the way
// java.util.Properties#load does (separators, comments, continuations,
// escapes), plus Skiff's deliberate differences (trailing whitespace trimmed,
// malformed \u escapes reported with their line), and every entry carries the
// line its logical line starts on. Method: table-style examples, and a
// fast-check round trip of formatProperties → parseProperties over arbitrary
// keys and values.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProperties, parseProperties } from '../../src/server/properties-file.js';

const entries = (text: string): [string, string, number][] => parseProperties(text).entries.map((e) => [e.key, e.value, e.line]);

describe('parseProperties', () => {
  it('accepts =, : and whitespace as the separator, with whitespace around it', () => {
    expect(entries('a=1\nb: 2\nc 3\nd   =   4\ne\t:\t5\nf:=6\n')).toEqual([
      ['a', '1', 1], ['b', '2', 2], ['c', '3', 3], ['d', '4', 4], ['e', '5', 5], ['f', '=6', 6],
    ]);
  });

  it('reads a key alone as an empty value, and keeps separators inside the value', () => {
    expect(entries('alone\nurl=PLAINTEXT://h:9092\nlist = a=b:c\n')).toEqual([['alone', '', 1], ['url', 'PLAINTEXT://h:9092', 2], ['list', 'a=b:c', 3]]);
  });

  it('skips # and ! comments (also indented) and blank lines, counting them for line numbers', () => {
    expect(entries('# comment\n  ! another\n\n   \t\nkey=value # not a comment\n')).toEqual([['key', 'value # not a comment', 5]]);
  });

  it('joins a line ending in an odd number of backslashes with the next, dropping its leading whitespace', () => {
    expect(entries('voters=1@a:1,\\\n        2@b:2,\\\n\t3@c:3\nnext=x\n')).toEqual([['voters', '1@a:1,2@b:2,3@c:3', 1], ['next', 'x', 4]]);
  });

  it('does not continue after an even number of backslashes: they are escaped backslashes', () => {
    expect(entries('path=C:\\\\dir\\\\\nnext=x\n')).toEqual([['path', 'C:\\dir\\', 1], ['next', 'x', 2]]);
  });

  it('never continues a comment line, but a continued line may start with #', () => {
    expect(entries('# comment \\\nkey=a\\\n#b\n')).toEqual([['key', 'a#b', 2]]);
  });

  it('ends a continuation at a blank line, and drops a continuation backslash at end of file', () => {
    expect(entries('a=1\\\n\nb=2\\')).toEqual([['a', '1', 1], ['b', '2', 3]]);
  });

  it('resolves \\t \\n \\r \\f \\uXXXX and \\x → x, in keys and values', () => {
    expect(entries('k=\\t\\n\\r\\f|\\u0041\\u00e9|\\=\\:\\#\\!\\\\|\\q\n')).toEqual([['k', '\t\n\r\f|Aé|=:#!\\|q', 1]]);
    expect(entries('my\\ key\\=x\\:y = v\n')).toEqual([['my key=x:y', 'v', 1]]);
  });

  it('reports a malformed \\u escape with its line and keeps going', () => {
    const parsed = parseProperties('a=1\nb=\\u12G4\nc=3\n');
    expect(parsed.entries.map((e) => e.key)).toEqual(['a', 'c']);
    expect(parsed.problems).toEqual([{ line: 2, message: expect.stringContaining("malformed \\uXXXX escape '\\u12G4'") as unknown as string }]);
  });

  it('trims unescaped trailing whitespace of values (Java keeps it), but keeps an escaped one', () => {
    expect(entries('a=1 \t \nb=2\\ \nc=3\\\\ \n')).toEqual([['a', '1', 1], ['b', '2 ', 2], ['c', '3\\', 3]]);
  });

  it('handles \\r\\n and \\r line endings and a UTF-8 byte order mark', () => {
    expect(entries('\uFEFFa=1\r\nb=2\rc=3\\\r\n  4\n')).toEqual([['a', '1', 1], ['b', '2', 2], ['c', '34', 3]]);
  });

  it('reports a value with no key', () => {
    expect(parseProperties('=orphan\n').problems).toEqual([{ line: 1, message: 'no key before the value "orphan"' }]);
  });

  it('keeps repeated keys in order (callers decide)', () => {
    expect(entries('a=1\na=2\n')).toEqual([['a', '1', 1], ['a', '2', 2]]);
  });
});

describe('formatProperties', () => {
  it('writes comments then key=value lines', () => {
    expect(formatProperties([['version', '1'], ['cluster.id', 'abc']], ['header'])).toBe('# header\nversion=1\ncluster.id=abc\n');
  });

  it('round-trips arbitrary keys and values through parseProperties', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', 'Z', '.', ' ', '\t', '\f', '=', ':', '#', '!', '\\', '\n', '\r', 'u', '\u0000', 'é', '\u2603'), maxLength: 12 });
    fc.assert(fc.property(fc.array(fc.tuple(anyText.filter((k) => k.length > 0), anyText), { maxLength: 5 }), (pairs) => {
      const parsed = parseProperties(formatProperties(pairs, ['comment']));
      expect(parsed.problems).toEqual([]);
      expect(parsed.entries.map((e) => [e.key, e.value])).toEqual(pairs);
    }), { numRuns: 500 });
  });
});
