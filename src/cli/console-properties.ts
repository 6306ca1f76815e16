// The `--property KEY=VALUE` settings of `skiff produce` and `skiff consume`,
// read the way Kafka's console tools read them (the line reader's and the
// message formatter's properties), plus the usage error both commands raise.
// Pure parsing: no I/O. Differences from Kafka, each for the shell's sake:
// several pairs may share one --property, separated by commas
// (`print.key=true,print.offset=true`); a value may spell a tab as `\t` (and
// a newline `\n`, a carriage return `\r`, a backslash `\\`), since a literal
// tab is awkward to type; booleans must be true or false, not any string.

/** A bad command line: the commands print it with their help and exit 2. */
export class ConsoleUsageError extends Error {}

/**
 * `KEY=VALUE` entries (each split at its first `=`) into a map; a later key
 * wins, as with Kafka's repeated --property. A comma starts a new pair only
 * where a `name=` follows it, so `key.separator=,` keeps its comma.
 */
export function parseProperties(entries: readonly string[], known: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of entries) {
    for (const pair of entry.split(/,(?=[A-Za-z][\w.-]*=)/)) {
      const at = pair.indexOf('=');
      if (at <= 0) throw new ConsoleUsageError(`--property must be KEY=VALUE, got '${pair}'`);
      const key = pair.slice(0, at).trim();
      if (!known.includes(key)) throw new ConsoleUsageError(`unknown property '${key}': use one of ${known.join(', ')}`);
      out.set(key, unescape(pair.slice(at + 1)));
    }
  }
  return out;
}

/** `\t`, `\n`, `\r` and `\\` as the characters they name; any other backslash stays as it is. */
export function unescape(value: string): string {
  return value.replace(/\\([tnr\\])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

export function booleanProperty(props: ReadonlyMap<string, string>, key: string, fallback: boolean): boolean {
  const value = props.get(key);
  if (value === undefined) return fallback;
  const normalized = value.trim().toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  throw new ConsoleUsageError(`property ${key} must be true or false, got '${value}'`);
}

export function stringProperty(props: ReadonlyMap<string, string>, key: string, fallback: string): string {
  return props.get(key) ?? fallback;
}
