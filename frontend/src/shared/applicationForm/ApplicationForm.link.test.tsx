import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, jobs, type JobDraft } from '../../api';
import { renderWithTheme } from '../../test/render';
import { ApplicationForm } from './ApplicationForm';
import { asLink, linkIn, takeLinkRequest } from '../../app/link';
import { testStages } from '../../test/applications';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, duplicates: vi.fn(), create: vi.fn() },
    jobs: { ...real.jobs, readPosting: vi.fn(), readPostingFile: vi.fn(), readLink: vi.fn() },
  };
});

const readLink = vi.mocked(jobs.readLink);
const readPosting = vi.mocked(jobs.readPosting);

/** Stages where Wishlist is not the first one, so the default to it shows. */
const stages = [testStages[1], testStages[0], testStages[2]];

const link = 'https://boards.greenhouse.io/acme/jobs/4012345';

const draft: JobDraft = {
  title: 'Platform Engineer',
  company: 'Acme',
  location: 'Berlin, Germany',
  remote: 'remote',
  salary: { min: 0, max: 0, currency: '', period: '' },
  description: 'Run the platform.',
  url: '',
  deadline: '',
  from: 'Greenhouse API',
  sources: {},
};

function value(label: string): string {
  return screen.getByLabelText<HTMLInputElement>(label, { selector: 'input, textarea, select' }).value;
}

beforeEach(() => {
  vi.clearAllMocks();
  takeLinkRequest();
  vi.mocked(applications.duplicates).mockResolvedValue([]);
});

describe('links', () => {
  it('tells a link pasted alone from a page or text', () => {
    expect(asLink(`  ${link}\n`)).toBe(link);
    expect(asLink(`${link} Platform Engineer`)).toBe('');
    expect(asLink('<a href="https://x.example/j">job</a>')).toBe('');
    expect(asLink('ftp://x.example/j')).toBe('');
    expect(asLink('https://')).toBe('');
    expect(linkIn(`add ${link}`)).toBe(link);
    expect(linkIn('add from a link')).toBe('');
  });
});

describe('ApplicationForm: from a link', () => {
  it('fetches a pasted link (not the page reader), shows the host while it runs, and prefills', async () => {
    const user = userEvent.setup({ delay: null });
    let answer: (d: JobDraft[]) => void = () => {};
    readLink.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={() => {}} stages={stages} knownTags={[]} />);

    fireEvent.change(screen.getByLabelText('From a posting'), { target: { value: `${link}\n` } });
    await user.click(screen.getByRole('button', { name: 'Read link' }));
    expect(readLink).toHaveBeenCalledWith(link);
    expect(readPosting).not.toHaveBeenCalled();
    expect(await screen.findByText('Fetching boards.greenhouse.io…')).toBeInTheDocument();
    expect(screen.getByTestId('posting-loader')).toBeInTheDocument();

    answer([draft, { ...draft, title: 'SRE' }]);
    await waitFor(() => expect(value('Job title')).toBe('Platform Engineer'));
    expect(value('Company')).toBe('Acme');
    expect(value('Location')).toBe('Berlin, Germany');
    // The page named no URL of its own: the job keeps the link it was read from.
    expect(value('Job URL')).toBe(link);
    expect(value('Job description')).toBe('Run the platform.');
    expect(screen.getByLabelText<HTMLSelectElement>('Stage').selectedOptions[0].textContent).toBe('Wishlist');
    expect(screen.getAllByText('From the posting (Greenhouse API)').length).toBeGreaterThan(0);
    expect(screen.getByText(/Found 2 jobs; the first one is filled in/)).toBeInTheDocument();
    expect(screen.queryByText('Fetching boards.greenhouse.io…')).not.toBeInTheDocument();
  });

  it('shows why a sign-in wall cannot be read, and keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    const why =
      'www.linkedin.com shows a sign-in page, not the job: save it with the browser button, or paste the page here';
    readLink.mockRejectedValue(new ApiError('unsupported', why, 'url'));
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={() => {}} stages={stages} knownTags={[]} />);

    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Initech' } });
    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Go Developer' } });
    const wall = 'https://www.linkedin.com/jobs/view/3912345678/';
    fireEvent.change(screen.getByLabelText('From a posting'), { target: { value: wall } });
    await user.click(screen.getByRole('button', { name: 'Read link' }));

    expect(await screen.findByText(why)).toBeInTheDocument();
    expect(readLink).toHaveBeenCalledWith(wall);
    expect(screen.getByLabelText('From a posting')).toHaveAttribute('aria-invalid', 'true');
    expect(value('From a posting')).toBe(wall);
    expect(value('Company')).toBe('Initech');
    expect(value('Job title')).toBe('Go Developer');
    expect(screen.queryByText(/From the posting/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read link' })).toBeEnabled();
  });

  it('reads text that only starts with a link as a posting', async () => {
    const user = userEvent.setup({ delay: null });
    readPosting.mockResolvedValue([draft]);
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={() => {}} stages={stages} knownTags={[]} />);
    fireEvent.change(screen.getByLabelText('From a posting'), {
      target: { value: `${link}\nPlatform Engineer at Acme` },
    });
    await user.click(screen.getByRole('button', { name: 'Read' }));
    expect(readPosting).toHaveBeenCalledWith(`${link}\nPlatform Engineer at Acme`, '');
    expect(readLink).not.toHaveBeenCalled();
  });
});
