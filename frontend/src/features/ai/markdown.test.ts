import { describe, expect, it } from 'vitest';
import { hardBreaks } from './markdown';

describe('hardBreaks', () => {
  it('turns single line breaks into Markdown hard breaks, leaving paragraphs and code alone', () => {
    expect(hardBreaks('Kind regards,\nJane')).toBe('Kind regards,  \nJane');
    expect(hardBreaks('One.\n\nTwo.')).toBe('One.\n\nTwo.');
    expect(hardBreaks('```\na\nb\n```')).toBe('```\na\nb\n```');
    expect(hardBreaks('already  \nbroken')).toBe('already  \nbroken');
  });
});
