import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setFormatLocale } from '../format';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications } from '../../api';
import { renderWithTheme } from '../../test/render';
import { closeApplication, openedApplication } from '../../app/navigation';
import { ApplicationForm, duplicateCheckDelay } from './ApplicationForm';
import { app, testStages } from '../../test/applications';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, applications: { ...real.applications, duplicates: vi.fn(), create: vi.fn() } };
});

const create = vi.mocked(applications.create);
const duplicates = vi.mocked(applications.duplicates);

function form(onSaved = vi.fn(), onClose = () => {}) {
  renderWithTheme(
    <ApplicationForm opened onClose={onClose} onSaved={onSaved} stages={testStages} knownTags={['remote-first']} />,
  );
  return onSaved;
}

/** The error text Mantine shows under an input, found through aria-describedby. */
function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label, { selector: 'input, textarea, select' });
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el && el.className.includes('error')) return el.textContent;
  }
  return null;
}

/** fill sets an input's value in one change event (typing letter by letter is slow and tested once below). */
function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input, textarea, select' }), { target: { value } });
}

beforeEach(() => {
  setFormatLocale('en-US');
  create.mockReset();
  duplicates.mockReset();
  duplicates.mockResolvedValue([]);
});

afterEach(() => setFormatLocale(undefined));

describe('ApplicationForm', () => {
  it('has every labelled input the end-to-end test relies on', () => {
    form();
    for (const label of [
      'Company',
      'Job title',
      'Stage',
      'Job URL',
      'Location',
      'Date applied',
      'Tags',
      'Job description',
    ]) {
      expect(screen.getByLabelText(label, { selector: 'input, textarea, select' })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Save application' })).toHaveAttribute('type', 'submit');
    const stage = screen.getByLabelText<HTMLSelectElement>('Stage');
    expect(stage.tagName).toBe('SELECT');
    expect(stage.selectedOptions[0].textContent).toBe('Wishlist');
    for (const label of ['Company', 'Job title', 'Stage', 'Tags']) {
      // exactly one element carries each label (no hidden listbox sharing it)
      expect(screen.getAllByLabelText(label)).toHaveLength(1);
    }
  });

  it('requires company and title and checks URL and date before calling the backend', async () => {
    const user = userEvent.setup({ delay: null });
    form();
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    expect(errorOf('Company')).toBe('Company is required');
    expect(errorOf('Job title')).toBe('Job title is required');
    fill('Job URL', 'jobs.example.com/1');
    await user.type(screen.getByLabelText('Date applied'), '2/30/2025');
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    expect(errorOf('Job URL')).toMatch(/https:\/\//);
    expect(errorOf('Date applied')).toBe('February 2025 has no day 30');
    await user.clear(screen.getByLabelText('Date applied'));
    await user.type(screen.getByLabelText('Date applied'), 'soon');
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    expect(errorOf('Date applied')).toBe('“soon” is not a date: type it as MM/DD/YYYY or YYYY-MM-DD, or pick it');
    await user.clear(screen.getByLabelText('Date applied'));
    await user.type(screen.getByLabelText('Date applied'), '2025-03-14');
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    expect(errorOf('Date applied')).toBeNull();
    expect(create).not.toHaveBeenCalled(); // the URL is still wrong
  });

  it('saves by keyboard and sends what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    create.mockImplementation(async (a) => app({ ...a, id: 42, stage: 'Applied' }));
    const onSaved = form();
    fill('Company', 'Acm');
    await user.click(screen.getByLabelText('Company'));
    await user.keyboard('e');
    await user.tab();
    expect(screen.getByLabelText('Job title')).toHaveFocus();
    fill('Job title', 'Go Engineer');
    fill('Job URL', 'https://jobs.example.com/42');
    await user.type(screen.getByLabelText('Date applied'), '3/14/2025');
    fill('Tags', 'golang, Remote-First,, ');
    await user.selectOptions(screen.getByLabelText('Stage'), 'Applied');
    fill('Location', 'Berlin');
    // Enter in a text field submits the form.
    await user.type(screen.getByLabelText('Location'), '{Enter}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0]).toMatchObject({
      id: 0,
      company: 'Acme',
      title: 'Go Engineer',
      stageId: 2,
      url: 'https://jobs.example.com/42',
      location: 'Berlin',
      dateApplied: '2025-03-14',
      tags: ['golang', 'Remote-First'],
    });
    expect(onSaved.mock.calls[0][0]).toMatchObject({ id: 42 });
  });

  it('puts a server error on the field it names', async () => {
    const user = userEvent.setup({ delay: null });
    create.mockRejectedValue(new ApiError('invalid', 'url "https://" is not a web address', 'url'));
    const onSaved = form();
    fill('Company', 'Acme');
    fill('Job title', 'Dev');
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    await waitFor(() => expect(errorOf('Job URL')).toBe('url "https://" is not a web address'));
    expect(screen.getByLabelText('Job URL')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf('Company')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows a server error without a known field as a notification', async () => {
    const user = userEvent.setup({ delay: null });
    create.mockRejectedValue(new ApiError('internal', 'database is locked'));
    form();
    fill('Company', 'Acme');
    fill('Job title', 'Dev');
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    const note = await screen.findByText('database is locked');
    expect(
      within(note.closest('[role="alert"]') as HTMLElement).getByText('Could not save the application'),
    ).toBeInTheDocument();
  });

  it('warns about an application already tracked, once typing pauses, without blocking the save', async () => {
    const user = userEvent.setup({ delay: null });
    duplicates.mockImplementation(async ({ company, title }) =>
      company === 'Acme' && title === 'Go Engineer'
        ? [
            {
              application: app({ id: 7, company: 'ACME Inc.', title: 'Go engineer', stage: 'Applied' }),
              reason: 'company+title',
            },
          ]
        : [],
    );
    create.mockImplementation(async (a) => app({ ...a, id: 43 }));
    const onSaved = form();
    fill('Company', 'Acme');
    fill('Job title', 'Go Engineer');
    const warning = await screen.findByRole('status', {}, { timeout: duplicateCheckDelay + 2000 });
    expect(warning).toHaveTextContent('Already saved: Go engineer at ACME Inc. (same company and title), Applied');
    // Only the settled text was checked, not every keystroke.
    expect(
      duplicates.mock.calls.every(([q]) => q.company === 'Acme' && q.title === 'Go Engineer' && q.url === ''),
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });

  it('warns about a job saved under the same link, also when company and title differ, and opens it', async () => {
    const user = userEvent.setup({ delay: null });
    duplicates.mockImplementation(async ({ url }) =>
      url === 'https://www.linkedin.com/jobs/view/3791234567/?trk=feed'
        ? [
            {
              application: app({ id: 9, company: 'Initech', title: 'Platform Engineer', stage: 'Wishlist' }),
              reason: 'url',
            },
          ]
        : [],
    );
    const onClose = vi.fn();
    form(vi.fn(), onClose);
    fill('Job URL', 'https://www.linkedin.com/jobs/view/3791234567/?trk=feed');
    const warning = await screen.findByRole('status', {}, { timeout: duplicateCheckDelay + 2000 });
    expect(warning).toHaveTextContent('Already saved: Platform Engineer at Initech (same link)');
    // The link alone was enough to ask: no company or title typed yet.
    expect(duplicates).toHaveBeenCalledWith({
      company: '',
      title: '',
      url: 'https://www.linkedin.com/jobs/view/3791234567/?trk=feed',
    });
    await user.click(within(warning).getByRole('button', { name: 'Open Platform Engineer at Initech' }));
    expect(openedApplication()).toBe(9);
    expect(onClose).toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    closeApplication();
  });

  it('does not ask about a Job URL that is not a link yet', async () => {
    form();
    fill('Job URL', 'linkedin');
    await act(async () => {
      await new Promise((r) => setTimeout(r, duplicateCheckDelay + 50));
    });
    expect(duplicates).not.toHaveBeenCalled();
  });

  it('drops the warning when the title changes', async () => {
    duplicates.mockImplementation(async ({ title }) =>
      title === 'Dev' ? [{ application: app({ id: 7, company: 'Acme', title: 'Dev' }), reason: 'company+title' }] : [],
    );
    form();
    fill('Company', 'Acme');
    fill('Job title', 'Dev');
    await screen.findByRole('status', {}, { timeout: duplicateCheckDelay + 2000 });
    fill('Job title', 'Devops');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await act(async () => {
      await new Promise((r) => setTimeout(r, duplicateCheckDelay + 50));
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
