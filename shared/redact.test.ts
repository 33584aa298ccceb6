import { describe, expect, it } from 'vitest';
import { parseRedactions, redactor } from './redact';

describe('redaction', () => {
  it('gives neutral placeholders unless one is given, and ignores blanks and repeats', () => {
    expect(parseRedactions(['Acme Corp', ' Priya = my colleague ', '', 'acme corp', 'Globex'])).toEqual([
      { name: 'Acme Corp', placeholder: '[Name A]' },
      { name: 'Priya', placeholder: 'my colleague' },
      { name: 'Globex', placeholder: '[Name C]' },
    ]);
  });

  it('replaces whole words only, ignoring case, longest first', () => {
    const redact = redactor(parseRedactions(['Acme', 'Acme Corp = the client', 'Al']));
    expect(redact('ACME CORP asked; acme agreed. Alan and Al met at Acme.')).toBe(
      'the client asked; [Name A] agreed. Alan and [Name C] met at [Name A].',
    );
  });

  it('handles accents, scripts without spaces and regex characters in names', () => {
    const redact = redactor(parseRedactions(['Zoë', 'C++ Team', '東京支社']));
    expect(redact('Zoë from the C++ Team visited 東京支社.')).toBe('[Name A] from the [Name B] visited [Name C].');
    expect(redactor([])('unchanged')).toBe('unchanged');
  });
});
