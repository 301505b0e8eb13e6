import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IconBriefcase } from '@tabler/icons-react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applications, jobs, type JobDraft } from '../api';
import { renderWithTheme } from '../test/render';
import { Commands } from '../features/palette/Commands';
import { openPalette } from '../features/palette/Palette';
import { ApplicationForm } from '../shared/applicationForm/ApplicationForm';
import { takeLinkRequest } from '../app/link';
import { testStages } from '../test/applications';

vi.mock('../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../api')>();
  return {
    ...real,
    applications: { ...real.applications, duplicates: vi.fn(), list: vi.fn() },
    jobs: { ...real.jobs, readPosting: vi.fn(), readLink: vi.fn() },
  };
});

const readLink = vi.mocked(jobs.readLink);
const link = 'https://boards.greenhouse.io/acme/jobs/4012345';
const draft: JobDraft = {
  title: 'Platform Engineer',
  company: 'Acme',
  location: 'Berlin, Germany',
  remote: 'remote',
  salary: { min: 0, max: 0, currency: '', period: '' },
  description: 'Run the platform.',
  url: `${link}?src=palette`,
  deadline: '',
  from: 'Greenhouse API',
  sources: {},
};

function value(label: string): string {
  return screen.getByLabelText<HTMLInputElement>(label, { selector: 'input, textarea, select' }).value;
}

/** The shell's part: the palette's add opens the form. */
function Shell() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button onClick={openPalette}>Commands</button>
      <Commands
        views={[{ view: 'applications', label: 'Applications', icon: IconBriefcase }]}
        onNavigate={() => {}}
        onAddApplication={() => setOpened(true)}
      />
      <ApplicationForm
        opened={opened}
        onClose={() => setOpened(false)}
        onSaved={() => {}}
        stages={testStages}
        knownTags={[]}
      />
    </>
  );
}

beforeEach(() => {
  vi.clearAllMocks();
  takeLinkRequest();
  vi.mocked(applications.duplicates).mockResolvedValue([]);
  vi.mocked(applications.list).mockResolvedValue({ items: [], total: 0 });
});

describe('command palette: Add from a link', () => {
  it('opens the Add dialog with the link box focused', async () => {
    renderWithTheme(<Shell />);
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Command palette' }), 'link');
    await userEvent.click(await screen.findByRole('button', { name: /Add from a link/ }));
    expect(await screen.findByRole('dialog', { name: 'Add application' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('From a posting')).toHaveFocus());
    expect(readLink).not.toHaveBeenCalled();
  });

  it('passes a link pasted in the palette on, and reads it', async () => {
    readLink.mockResolvedValue([draft]);
    renderWithTheme(<Shell />);
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const search = await screen.findByRole('textbox', { name: 'Command palette' });
    fireEvent.change(search, { target: { value: link } });
    await userEvent.click(await screen.findByRole('button', { name: /Add from a link/ }));
    expect(await screen.findByRole('dialog', { name: 'Add application' })).toBeInTheDocument();
    expect(readLink).toHaveBeenCalledWith(link);
    await waitFor(() => expect(value('Job title')).toBe('Platform Engineer'));
    expect(value('From a posting')).toBe(link);
    expect(value('Job URL')).toBe(`${link}?src=palette`);
    expect(screen.getByLabelText('From a posting')).toHaveFocus();
  });

  it('keeps the focus in the dialog when the palette closes, not on what opened the palette', async () => {
    renderWithTheme(<Shell />);
    const opener = screen.getByRole('button', { name: 'Commands' });
    opener.focus();
    await userEvent.click(opener);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Command palette' }), 'link');
    await userEvent.click(await screen.findByRole('button', { name: /Add from a link/ }));
    await waitFor(() => expect(screen.getByLabelText('From a posting')).toHaveFocus());
    // The palette hands the focus back 10 ms after it closes, unless told not to.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByLabelText('From a posting')).toHaveFocus();
  });

  it('opens the plain Add dialog on Company, and keeps the focus there when the palette closes', async () => {
    renderWithTheme(<Shell />);
    const opener = screen.getByRole('button', { name: 'Commands' });
    opener.focus();
    await userEvent.click(opener);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Command palette' }), 'add application');
    await userEvent.click(await screen.findByRole('button', { name: 'Add application' }));
    expect(await screen.findByRole('dialog', { name: 'Add application' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveFocus());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByLabelText('Company')).toHaveFocus();
  });
});
