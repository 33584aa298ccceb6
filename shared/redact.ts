export interface Redaction {
  name: string;
  placeholder: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Reads the names to hide, one per entry, as `Name` or `Name = placeholder`. Names
 * without a placeholder get neutral ones: [Name A], [Name B]…
 */
export function parseRedactions(lines: readonly string[]): Redaction[] {
  const seen = new Set<string>();
  const redactions: Redaction[] = [];
  for (const line of lines) {
    const at = line.indexOf('=');
    const name = (at === -1 ? line : line.slice(0, at)).trim();
    const given = at === -1 ? '' : line.slice(at + 1).trim();
    if (!name || seen.has(name.toLocaleLowerCase())) continue;
    seen.add(name.toLocaleLowerCase());
    const letter = LETTERS[redactions.length % LETTERS.length] ?? 'X';
    redactions.push({ name, placeholder: given || `[Name ${letter}]` });
  }
  return redactions;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a function that replaces every listed name in a text, whole words only and
 * ignoring case, longest names first (so "Acme Corp" wins over "Acme").
 */
export function redactor(redactions: readonly Redaction[]): (text: string) => string {
  if (redactions.length === 0) return (text) => text;
  const ordered = [...redactions].sort((a, b) => b.name.length - a.name.length);
  const byName = new Map(ordered.map((redaction) => [redaction.name.toLocaleLowerCase(), redaction.placeholder]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${ordered.map((redaction) => escapeRegExp(redaction.name)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) => text.replace(pattern, (match) => byName.get(match.toLocaleLowerCase()) ?? match);
}
