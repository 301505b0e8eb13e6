import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { SafeMarkdown } from './SafeMarkdown';

const parses = vi.hoisted(() => ({ count: 0 }));

// Count how often the Markdown parser is asked to render.
vi.mock('react-markdown', async (importOriginal) => {
  const real = await importOriginal<typeof import('react-markdown')>();
  const Counting = (props: Parameters<typeof real.default>[0]) => {
    parses.count++;
    return real.default(props);
  };
  return { ...real, default: Counting };
});

describe('SafeMarkdown', () => {
  it('parses a long description again only when its text changes', () => {
    const description = `## About\n\n${'- a line of the posting\n'.repeat(200)}`;
    const { rerender } = renderWithTheme(<SafeMarkdown text={description} links="open" />);
    expect(parses.count).toBe(1);
    // The drawer re-renders on each keystroke in another field: same text, no new parse.
    for (let i = 0; i < 5; i++) rerender(<SafeMarkdown text={description} links="open" />);
    expect(parses.count).toBe(1);
    rerender(<SafeMarkdown text={`${description}\n\nEdited.`} links="open" />);
    expect(parses.count).toBe(2);
  });
});
