import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { links } from '../api';
import { guardLinks } from '../shell/linkGuard';
import { renderWithTheme } from '../test/render';
import { SafeMarkdown } from './SafeMarkdown';

describe('SafeMarkdown', () => {
  it('renders Markdown but no HTML, images or live links', () => {
    const text = [
      '## Role',
      '**Go** and <b>raw</b> HTML <script>alert(1)</script>',
      '',
      '<img src="https://tracker.example/p.gif">',
      '',
      '![team photo](https://cdn.example/team.png) and [apply here](https://jobs.example/42)',
      '',
      '[x](javascript:alert(1))',
    ].join('\n');
    const { container } = renderWithTheme(<SafeMarkdown text={text} />);
    expect(container.querySelector('h2')?.textContent).toBe('Role');
    expect(container.querySelector('strong')?.textContent).toBe('Go');
    expect(container.querySelector('script, img, b, a, iframe')).toBeNull();
    expect(container.textContent).toContain('[team photo]');
    expect(container.textContent).toContain('apply here (https://jobs.example/42)');
    expect(container.innerHTML).not.toContain('tracker.example');
  });

  it('shows huge text as plain text', () => {
    const text = `# not a heading ${'x'.repeat(200_001)}`;
    const { container } = renderWithTheme(<SafeMarkdown text={text} />);
    expect(container.querySelector('h1')).toBeNull();
  });
});

describe('SafeMarkdown with links="open" (a job description)', () => {
  it('renders headings and lists, and opens web links in the system browser only', async () => {
    const open = vi.spyOn(links, 'open').mockResolvedValue();
    const text = [
      '## What you will do',
      '',
      '- Build dashboards',
      '- Own the metrics',
      '',
      '[Apply here](https://jobs.example/42), <https://jobs.example/faq> or [x](javascript:alert(1)) and [f](file:///etc/passwd)',
    ].join('\n');
    const { container } = renderWithTheme(<SafeMarkdown text={text} links="open" />);
    expect(container.querySelector('h2')?.textContent).toBe('What you will do');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Build dashboards',
      'Own the metrics',
    ]);
    const anchors = [...container.querySelectorAll('a')];
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['https://jobs.example/42', 'https://jobs.example/faq']);
    // The address of a link whose text differs is shown, so the text cannot disguise it.
    expect(container.textContent).toContain('Apply here (https://jobs.example/42)');
    expect(container.textContent).toContain('x (javascript:alert(1))');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByRole('link', { name: 'Apply here' }).dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(open).toHaveBeenCalledWith('https://jobs.example/42');
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });

  it('opens a link once when the link guard of the page handles the click first', () => {
    const open = vi.spyOn(links, 'open').mockResolvedValue();
    const guarded = vi.fn(() => Promise.resolve());
    const unguard = guardLinks(document, guarded, () => true);
    try {
      renderWithTheme(<SafeMarkdown text="[Apply](https://jobs.example/42)" links="open" />);
      screen
        .getByRole('link', { name: 'Apply' })
        .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      expect(guarded).toHaveBeenCalledWith('https://jobs.example/42');
      expect(open).not.toHaveBeenCalled();
    } finally {
      unguard();
      open.mockRestore();
    }
  });
});
