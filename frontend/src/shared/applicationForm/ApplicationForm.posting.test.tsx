import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, jobs, type JobDraft } from '../../api';
import { renderWithTheme } from '../../test/render';
import { ApplicationForm, type DroppedPosting } from './ApplicationForm';
import { app, testStages } from '../../test/applications';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, duplicates: vi.fn(), create: vi.fn(), list: vi.fn(), tags: vi.fn() },
    pipeline: { ...real.pipeline, stages: vi.fn() },
    jobs: { ...real.jobs, readPosting: vi.fn(), readPostingFile: vi.fn() },
  };
});

const create = vi.mocked(applications.create);
const readPosting = vi.mocked(jobs.readPosting);
const readPostingFile = vi.mocked(jobs.readPostingFile);

/** Stages where Wishlist is not the first one, so the default to it shows. */
const stages = [testStages[1], testStages[0], testStages[2]];

const draft: JobDraft = {
  title: 'Senior Data Analyst',
  company: 'Acme Analytics',
  location: 'Rotterdam, Netherlands',
  remote: 'hybrid',
  salary: { min: 5_500_000, max: 7_000_000, currency: 'EUR', period: 'year' },
  description: '## About the role\n\n- Build dashboards\n- Own the metrics',
  url: 'https://jobs.example.com/acme/senior-data-analyst',
  deadline: '2026-01-31',
  from: 'JSON-LD',
  sources: {},
};

const page =
  '<!doctype html><html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Senior Data Analyst"}</script></head><body><h1>Senior Data Analyst</h1></body></html>';

function value(label: string): string {
  return screen.getByLabelText<HTMLInputElement>(label, { selector: 'input, textarea, select' }).value;
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(applications.duplicates).mockResolvedValue([]);
});

describe('ApplicationForm: from a posting', () => {
  it('reads a pasted page, prefills and marks the fields, and saves only on Save as a Wishlist job', async () => {
    const user = userEvent.setup({ delay: null });
    readPosting.mockResolvedValue([draft, { ...draft, title: 'Junior Data Analyst' }]);
    create.mockImplementation(async (a) => app({ ...a, id: 42 }));
    const onSaved = vi.fn();
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={onSaved} stages={stages} knownTags={[]} />);

    fireEvent.change(screen.getByLabelText('From a posting'), { target: { value: page } });
    await user.click(screen.getByRole('button', { name: 'Read' }));
    expect(readPosting).toHaveBeenCalledWith(page, '');
    await waitFor(() => expect(value('Job title')).toBe('Senior Data Analyst'));
    expect(value('Company')).toBe('Acme Analytics');
    expect(value('Location')).toBe('Rotterdam, Netherlands');
    expect(value('Job URL')).toBe('https://jobs.example.com/acme/senior-data-analyst');
    expect(value('Job description')).toBe(draft.description);
    expect(screen.getByLabelText<HTMLSelectElement>('Stage').selectedOptions[0].textContent).toBe('Wishlist');
    expect(screen.getAllByText('From the posting (JSON-LD)')).toHaveLength(6);
    expect(screen.getByText(/Found 2 jobs; the first one is filled in/)).toBeInTheDocument();
    expect(screen.getByTestId('posting-extra')).toHaveTextContent(
      'salary 55,000–70,000 EUR a year; apply by 2026-01-31',
    );
    expect(create).not.toHaveBeenCalled();

    // A field the user changes loses its mark; the rest keep theirs.
    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Data Analyst' } });
    expect(screen.getAllByText('From the posting (JSON-LD)')).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Save application' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0]).toMatchObject({
      company: 'Acme Analytics',
      title: 'Data Analyst',
      stageId: 1,
      url: 'https://jobs.example.com/acme/senior-data-analyst',
      location: 'Rotterdam, Netherlands',
      remote: 'hybrid',
      description: draft.description,
      salary: draft.salary,
      deadline: '2026-01-31',
    });
    // After the save the form is empty again, marks and box included.
    expect(value('From a posting')).toBe('');
    expect(screen.queryByText('From the posting (JSON-LD)')).not.toBeInTheDocument();
  });

  it('marks each prefilled field with where that field came from', async () => {
    const user = userEvent.setup({ delay: null });
    readPosting.mockResolvedValue([
      {
        ...draft,
        sources: {
          title: 'JSON-LD',
          company: 'page title',
          location: 'JSON-LD',
          remote: 'text',
          url: 'page address',
          description: 'page text',
        },
      },
    ]);
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={() => {}} stages={stages} knownTags={[]} />);
    fireEvent.change(screen.getByLabelText('From a posting'), { target: { value: page } });
    await user.click(screen.getByRole('button', { name: 'Read' }));
    await waitFor(() => expect(value('Company')).toBe('Acme Analytics'));
    expect(screen.getAllByText('From the posting (JSON-LD)')).toHaveLength(2);
    expect(screen.getByText('From the posting (page title)')).toBeInTheDocument();
    expect(screen.getByText('From the posting (text)')).toBeInTheDocument();
    expect(screen.getByText('From the posting (page address)')).toBeInTheDocument();
    expect(screen.getByText('From the posting (page text)')).toBeInTheDocument();
  });

  it('tells the reader the job URL typed before reading', async () => {
    const user = userEvent.setup({ delay: null });
    readPosting.mockResolvedValue([
      { ...draft, company: 'Rotterdam Data Co', url: 'https://jobs.lever.co/rotterdam-data-co/5b1c' },
    ]);
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={() => {}} stages={stages} knownTags={[]} />);
    fireEvent.change(screen.getByLabelText('Job URL'), {
      target: { value: 'https://jobs.lever.co/rotterdam-data-co/5b1c' },
    });
    fireEvent.change(screen.getByLabelText('From a posting'), { target: { value: 'Data Engineer\nRotterdam' } });
    await user.click(screen.getByRole('button', { name: 'Read' }));
    expect(readPosting).toHaveBeenCalledWith(
      'Data Engineer\nRotterdam',
      'https://jobs.lever.co/rotterdam-data-co/5b1c',
    );
    await waitFor(() => expect(value('Company')).toBe('Rotterdam Data Co'));
  });

  it('shows why a pasted sign-in wall holds no job, and fills in nothing', async () => {
    const user = userEvent.setup({ delay: null });
    readPosting.mockRejectedValue(
      new ApiError('not_found', 'No job found: this is a LinkedIn sign-in page, not a job posting', 'posting'),
    );
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={() => {}} stages={stages} knownTags={[]} />);
    const wall =
      '<html><head><title>LinkedIn Login, Sign in | LinkedIn</title></head><body><h1>Sign in</h1></body></html>';
    fireEvent.change(screen.getByLabelText('From a posting'), { target: { value: wall } });
    await user.click(screen.getByRole('button', { name: 'Read' }));
    expect(
      await screen.findByText('No job found: this is a LinkedIn sign-in page, not a job posting'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('From a posting')).toHaveAttribute('aria-invalid', 'true');
    expect(value('Job title')).toBe('');
    expect(value('Company')).toBe('');
    expect(screen.queryByText(/From the posting/)).not.toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('reads a file dropped on the window into the open form', async () => {
    readPostingFile.mockResolvedValue([
      { ...draft, from: 'page text', salary: { min: 0, max: 0, currency: '', period: '' }, deadline: '' },
    ]);
    function Host() {
      const [dropped, setDropped] = useState<DroppedPosting | null>(null);
      return (
        <>
          <button onClick={() => setDropped({ path: '/home/a/Downloads/job.html' })}>drop</button>
          <ApplicationForm
            opened
            onClose={() => {}}
            onSaved={() => {}}
            stages={stages}
            knownTags={[]}
            dropped={dropped}
          />
        </>
      );
    }
    renderWithTheme(<Host />);
    fireEvent.click(screen.getByText('drop'));
    await waitFor(() => expect(value('Job title')).toBe('Senior Data Analyst'));
    expect(readPostingFile).toHaveBeenCalledWith('/home/a/Downloads/job.html');
    expect(screen.getAllByText('From the posting (page text)').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('posting-extra')).not.toBeInTheDocument();
  });
});
