import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applications, calendar, contacts, pipeline } from '../api';
import { testStages } from '../test/applications';
import { renderWithTheme } from '../test/render';
import { Shell } from './Shell';

vi.mock('../api', async (importOriginal) =>
  (await import('../test/shellApi')).shellApi(await importOriginal<typeof import('../api')>()),
);

beforeEach(() => {
  vi.mocked(pipeline.stages).mockResolvedValue(testStages);
  vi.mocked(applications.tags).mockResolvedValue([]);
  vi.mocked(applications.list).mockResolvedValue({ items: [], total: 0 });
  vi.mocked(calendar.interviews).mockResolvedValue([]);
  vi.mocked(contacts.list).mockResolvedValue([]);
});

describe('Shell', () => {
  it('keeps the current view on screen while the next one loads, and marks the new one in the navigation at once', async () => {
    renderWithTheme(<Shell />);
    await screen.findByRole('button', { name: /Import a CSV/ });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('button', { name: 'Contacts' });

    act(() => {
      fireEvent.click(link);
    });
    // The contacts view's code has not arrived yet: no spinner, the first-run screen stays.
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('button', { name: 'Applications' })).not.toHaveAttribute('aria-current');
    const main = screen.getByRole('main');
    expect(within(main).queryByLabelText('Loading')).toBeNull();
    expect(within(main).getByRole('button', { name: /Import a CSV/ })).toBeInTheDocument();

    expect(await within(main).findByRole('heading', { name: 'Contacts' })).toBeInTheDocument();
    expect(within(main).queryByRole('button', { name: /Import a CSV/ })).toBeNull();
  });

  it('puts every view of the navigation in the Tab order and names the header button by what it shows', async () => {
    renderWithTheme(<Shell />);
    await screen.findByRole('button', { name: /Import a CSV/ });
    const items = within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'Applications',
      'Board',
      'Contacts',
      'Follow-ups',
      'Interviews',
      'Inbox',
      'CV and profile',
      'Insights',
      'AI settings',
      'Settings',
    ]);
    for (const b of items) expect(b.tabIndex).toBe(0);
    expect(items[0]).toHaveAttribute('aria-current', 'page');
    // "Commands Ctrl K" on screen: its name starts with what is shown (WCAG 2.5.3).
    expect(screen.getByRole('button', { name: /^Commands/ })).toHaveAttribute('aria-keyshortcuts');
  });
});
