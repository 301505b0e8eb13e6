import { describe, expect, it } from 'vitest';
import { count } from './count';

describe('count', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(count(1, 'contact')).toBe('1 contact');
    expect(count(0, 'note')).toBe('0 notes');
    expect(count(3, 'task')).toBe('3 tasks');
    expect(count(2, 'entry', 'entries')).toBe('2 entries');
  });
});
