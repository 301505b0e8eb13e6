import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applications, jobs, type JobDraft } from '../../api';
import { FirstRunStub } from '../../test/firstRun';
import { renderWithTheme } from '../../test/render';
import { ApplicationsView } from './ApplicationsView';
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

function value(label: string): string {
  return screen.getByLabelText<HTMLInputElement>(label, { selector: 'input, textarea, select' }).value;
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(applications.duplicates).mockResolvedValue([]);
});

describe('ApplicationsView: a posting dropped on the list', () => {
  it('opens the Add form prefilled from a dropped page, and leaves other files alone', async () => {
    type DropCallback = (x: number, y: number, paths: string[]) => void;
    const rt = {
      cb: null as DropCallback | null,
      OnFileDrop: (cb: DropCallback) => (rt.cb = cb),
      OnFileDropOff: vi.fn(),
    };
    (window as { runtime?: unknown }).runtime = rt;
    vi.mocked(applications.list).mockResolvedValue({
      items: [app({ id: 1, company: 'Globex', title: 'SRE' })],
      total: 1,
    });
    vi.mocked(applications.tags).mockResolvedValue([]);
    const { pipeline } = await import('../../api');
    vi.mocked(pipeline.stages).mockResolvedValue(stages);
    readPostingFile.mockResolvedValue([draft]);
    function Host() {
      const [opened, setOpened] = useState(false);
      return <ApplicationsView search="" addOpened={opened} onAddOpenedChange={setOpened} firstRun={FirstRunStub} />;
    }
    try {
      renderWithTheme(<Host />);
      await screen.findByText('1 application');
      act(() => {
        rt.cb?.(0, 0, ['/home/a/cv.pdf']);
      });
      expect(await screen.findByText('Not a job posting')).toBeInTheDocument();
      expect(readPostingFile).not.toHaveBeenCalled();
      act(() => {
        rt.cb?.(0, 0, ['/home/a/notes.pdf', '/home/a/job.mhtml']);
      });
      await waitFor(() => expect(value('Job title')).toBe('Senior Data Analyst'));
      expect(readPostingFile).toHaveBeenCalledWith('/home/a/job.mhtml');
      expect(screen.getByRole('dialog', { name: 'Add application' })).toBeInTheDocument();
    } finally {
      delete (window as { runtime?: unknown }).runtime;
    }
  });
});
