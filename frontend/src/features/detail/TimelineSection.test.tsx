import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../../test/render';
import { TimelineSection } from './TimelineSection';
import { buildTimeline } from './timeline';

const note = (id: number, body: string, createdAt: string) => ({
  id,
  applicationId: 7,
  body,
  createdAt,
  updatedAt: '',
});

describe('TimelineSection', () => {
  it("renders a note's Markdown, not its marks", () => {
    const items = buildTimeline(
      [],
      [
        note(1, '**Recruiter call** went well', '2025-02-04T10:00:00Z'),
        note(
          2,
          '# Next steps\n\n- send [portfolio](https://me.example/work)\n- <b>raw</b> html',
          '2025-02-05T10:00:00Z',
        ),
      ],
      [],
      [],
    );
    const { container } = renderWithTheme(<TimelineSection items={items} drafts={[]} draftsError="" />);
    const list = screen.getByRole('list', { name: 'Timeline' });
    expect(list.textContent).not.toContain('**');
    expect(within(list).getByText('Recruiter call').tagName).toBe('STRONG');
    expect(list.textContent).toContain('Recruiter call went well');
    // A heading is still a heading (read as one), kept small by the timeline's styles.
    expect(within(list).getByRole('heading', { name: 'Next steps' })).toBeInTheDocument();
    // Links go through the link guard (an anchor the page opens in the system browser), raw HTML is dropped.
    expect(within(list).getByRole('link', { name: 'portfolio' })).toHaveAttribute('href', 'https://me.example/work');
    expect(container.querySelector('b')).toBeNull();
    expect(list.textContent).toContain('raw html');
  });
});
