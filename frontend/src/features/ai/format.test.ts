import { describe, expect, it } from 'vitest';
import { bytes, hardBreaks } from './format';

describe('hardBreaks', () => {
  it('turns single line breaks into Markdown hard breaks, leaving paragraphs and code alone', () => {
    expect(hardBreaks('Kind regards,\nJane')).toBe('Kind regards,  \nJane');
    expect(hardBreaks('One.\n\nTwo.')).toBe('One.\n\nTwo.');
    expect(hardBreaks('```\na\nb\n```')).toBe('```\na\nb\n```');
    expect(hardBreaks('already  \nbroken')).toBe('already  \nbroken');
  });
});

describe('bytes', () => {
  it('shows sizes for people', () => {
    expect([bytes(512), bytes(3400), bytes(1_200_000)]).toEqual(['512 B', '3.4 kB', '1.2 MB']);
  });
});
