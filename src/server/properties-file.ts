// Java `.properties` syntax (java.util.Properties#load), the format of Kafka's
// server.properties and meta.properties, as a pure text → entries function.
//
// What it accepts, as Java does: `key=value`, `key: value` and `key value`;
// `#` and `!` comment lines; blank lines; a line ending in an odd number of
// backslashes continues on the next line (whose leading whitespace is
// dropped); escapes `\t \n \r \f \uXXXX`, and `\x` for any other x (so `\=`,
// `\:`, `\ `, `\#` and `\\` are literal). Lines end with \n, \r\n or \r.
// Where Skiff differs on purpose: unescaped trailing whitespace of a value is
// trimmed (Java keeps it, and `node.id=1 ` then fails far from its cause);
// the text is UTF-8 (Java's load(InputStream) reads ISO-8859-1; \uXXXX escapes
// mean the same in both); a malformed \u escape is a problem with its line
// number, not an exception. Every entry remembers the line it starts on.

/** One `key=value` pair, with the 1-based line its logical line starts on. */
export interface PropertiesEntry {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

/** A syntax problem, with the 1-based line of the logical line it is on. */
export interface PropertiesProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedProperties {
  /** In file order; a key may repeat (callers decide whether that is an error). */
  readonly entries: readonly PropertiesEntry[];
  readonly problems: readonly PropertiesProblem[];
}

interface LogicalLine {
  readonly text: string;
  readonly line: number;
}

const isWhitespace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

/** Parses properties text. Never throws; syntax problems come back with line numbers. */
export function parseProperties(text: string): ParsedProperties {
  const entries: PropertiesEntry[] = [];
  const problems: PropertiesProblem[] = [];
  for (const logical of logicalLines(text)) {
    const { rawKey, rawValue } = splitKeyValue(logical.text);
    const key = unescape(rawKey, logical.line, problems);
    const value = unescape(trimTrailingWhitespace(rawValue), logical.line, problems);
    if (key === null || value === null) continue;
    if (key.length === 0) {
      problems.push({ line: logical.line, message: `no key before the value ${JSON.stringify(value)}` });
      continue;
    }
    entries.push({ key, value, line: logical.line });
  }
  return { entries, problems };
}

/**
 * Joins natural lines into logical lines, dropping blank and comment lines.
 * A comment line never continues (Java: only key/value lines do), but a line
 * that continues one may start with `#`: it is then part of the value.
 */
function logicalLines(text: string): LogicalLine[] {
  const natural = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: LogicalLine[] = [];
  let pending: { text: string; line: number } | null = null;
  for (let i = 0; i < natural.length; i++) {
    const stripped = stripLeadingWhitespace(natural[i]!);
    if (pending === null && (stripped.length === 0 || stripped[0] === '#' || stripped[0] === '!')) continue;
    const continues = trailingBackslashes(stripped) % 2 === 1;
    const body = continues ? stripped.slice(0, -1) : stripped;
    if (pending === null) pending = { text: body, line: i + 1 };
    else pending.text += body;
    if (!continues) {
      out.push(pending);
      pending = null;
    }
  }
  // A continuation backslash on the last line continues onto nothing (Java drops it).
  if (pending !== null) out.push(pending);
  return out;
}

function stripLeadingWhitespace(line: string): string {
  let i = 0;
  while (i < line.length && isWhitespace(line[i])) i++;
  return line.slice(i);
}

function trailingBackslashes(line: string): number {
  let count = 0;
  while (count < line.length && line[line.length - 1 - count] === '\\') count++;
  return count;
}

/** The key ends at the first unescaped `=`, `:` or whitespace; then whitespace, at most one `=`/`:`, whitespace. */
function splitKeyValue(line: string): { rawKey: string; rawValue: string } {
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '=' || c === ':' || isWhitespace(c)) break;
    i++;
  }
  const keyEnd = Math.min(i, line.length);
  let j = keyEnd;
  while (j < line.length && isWhitespace(line[j])) j++;
  if (j < line.length && (line[j] === '=' || line[j] === ':')) j++;
  while (j < line.length && isWhitespace(line[j])) j++;
  return { rawKey: line.slice(0, keyEnd), rawValue: line.slice(j) };
}

/** Drops trailing whitespace unless escaped (`a\ ` keeps its space: the backslash count before it is odd). */
function trimTrailingWhitespace(raw: string): string {
  let end = raw.length;
  while (end > 0 && isWhitespace(raw[end - 1])) {
    let backslashes = 0;
    while (end - 2 - backslashes >= 0 && raw[end - 2 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) break;
    end--;
  }
  return raw.slice(0, end);
}

const simpleEscapes: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f' };

/** Resolves escapes; on a malformed \uXXXX records a problem and returns null. */
function unescape(raw: string, line: number, problems: PropertiesProblem[]): string | null {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) break; // a lone trailing backslash (continuation at end of file)
    i++;
    if (next === 'u') {
      const hex = raw.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        problems.push({ line, message: `malformed \\uXXXX escape '\\u${hex}': write exactly four hex digits, or '\\\\u' for a literal backslash and u` });
        return null;
      }
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
      continue;
    }
    out += simpleEscapes[next] ?? next;
  }
  return out;
}

/**
 * Formats entries as properties text that parseProperties reads back to the
 * same keys and values: `key=value` lines after optional `#` comment lines,
 * with the characters that would change meaning escaped.
 */
export function formatProperties(entries: ReadonlyArray<readonly [key: string, value: string]>, comments: readonly string[] = []): string {
  const lines = comments.map((comment) => `# ${comment}`);
  for (const [key, value] of entries) lines.push(`${escape(key, true)}=${escape(value, false)}`);
  return lines.map((line) => `${line}\n`).join('');
}

function escape(text: string, isKey: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    // A space matters in a key anywhere, in a value at either end (leading: the
    // parser skips it; trailing: Skiff trims it). '#'/'!' only start a comment
    // at the start of a line, which only a key can be at; escaping them in keys is enough.
    else if (c === ' ' && (isKey || i === 0 || i === text.length - 1)) out += '\\ ';
    else if (isKey && (c === '=' || c === ':' || c === '#' || c === '!')) out += `\\${c}`;
    else out += c;
  }
  return out;
}
