import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, jobs, pipeline, settings, type JobDraft, type ListQuery } from '../../api';
import { renderWithTheme } from '../../test/render';
import { app, testStages } from '../../test/applications';
import { BoardView } from './BoardView';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, cards: vi.fn(), tags: vi.fn(), create: vi.fn(), duplicates: vi.fn() },
    jobs: { ...real.jobs, readLink: vi.fn() },
    pipeline: { ...real.pipeline, stages: vi.fn() },
    settings: { ...real.settings, get: vi.fn(), save: vi.fn() },
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
  url: '',
  deadline: '',
  from: 'Greenhouse API',
  sources: {},
};

const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(applications.cards).mockImplementation(async (q: ListQuery = {}) => {
    const all = q.outcomes?.includes('open')
      ? [app({ id: 1, company: 'Globex', title: 'SRE', stageId: 2, stage: 'Applied' })]
      : [];
    return { items: all, total: all.length };
  });
  vi.mocked(applications.tags).mockResolvedValue([]);
  vi.mocked(applications.duplicates).mockResolvedValue([]);
  vi.mocked(pipeline.stages).mockResolvedValue(testStages);
  vi.mocked(settings.get).mockResolvedValue({ ...settings.defaultPreferences, theme: 'system' });
});

function field(dialog: HTMLElement, label: string): string {
  return within(dialog).getByLabelText<HTMLInputElement>(label, { selector: 'input, textarea, select' }).value;
}

async function openQuickAdd(stage: string): Promise<HTMLElement> {
  renderWithTheme(<BoardView search="" />);
  await screen.findByText('Globex');
  fireEvent.click(screen.getByRole('button', { name: `Add to ${stage}` }));
  return screen.getByRole('form', { name: `Add an application to ${stage}` });
}

describe("the board's quick add with a job link", () => {
  it('fetches a pasted link, saying from where, then opens the Add dialog prefilled in that lane', async () => {
    let answer: (d: JobDraft[]) => void = () => {};
    readLink.mockImplementation(() => new Promise((r) => (answer = r)));
    vi.mocked(applications.create).mockImplementation(async (a) => app({ ...a, id: 9, stage: 'Applied' }));
    const form = await openQuickAdd('Applied');
    fireEvent.paste(within(form).getByLabelText('Company'), { clipboardData: { getData: () => ` ${link}\n` } });
    expect(await within(form).findByText('Fetching boards.greenhouse.io…')).toBeInTheDocument();
    expect(readLink).toHaveBeenCalledWith(link);
    answer([draft]);
    const dialog = await screen.findByRole('dialog', { name: 'Add application' });
    expect(field(dialog, 'Company')).toBe('Acme');
    expect(field(dialog, 'Job title')).toBe('Platform Engineer');
    expect(field(dialog, 'Location')).toBe('Berlin, Germany');
    expect(field(dialog, 'Job URL')).toBe(link); // the page names none: the link is kept
    expect(field(dialog, 'Stage')).toBe('2'); // the lane's stage, not Wishlist
    expect(within(dialog).getByText(/Filled in from the posting \(read from Greenhouse API\)/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add an application to Applied' })).not.toBeInTheDocument();
    expect(applications.create).not.toHaveBeenCalled(); // nothing saved blind
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save application' }));
    await waitFor(() => expect(applications.create).toHaveBeenCalledTimes(1));
    expect(vi.mocked(applications.create).mock.calls[0][0]).toMatchObject({
      company: 'Acme',
      title: 'Platform Engineer',
      stageId: 2,
      url: link,
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add application' })).not.toBeInTheDocument());
  });

  it('shows why a sign-in-wall host cannot be fetched, as the Add form does, and opens nothing', async () => {
    const wall =
      'linkedin.com shows its job pages only after you sign in, so Huntbook cannot fetch them: use the browser button (Save to Huntbook) on the page, or copy the page and paste it';
    readLink.mockRejectedValue(new ApiError('invalid', wall));
    const form = await openQuickAdd('Wishlist');
    fireEvent.change(within(form).getByLabelText('Company'), {
      target: { value: 'https://www.linkedin.com/jobs/view/123' },
    });
    expect(within(form).queryByLabelText('Job title')).not.toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Read link' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(wall);
    expect(screen.queryByRole('dialog', { name: 'Add application' })).not.toBeInTheDocument();
    expect(applications.create).not.toHaveBeenCalled();
  });

  it('adds a company typed as before', async () => {
    vi.mocked(applications.create).mockImplementation(async (a) => app({ ...a, id: 9 }));
    const form = await openQuickAdd('Wishlist');
    fireEvent.change(within(form).getByLabelText('Company'), { target: { value: 'Initech' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(applications.create).toHaveBeenCalledTimes(1));
    expect(readLink).not.toHaveBeenCalled();
  });
});
