import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../../test/render';
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
