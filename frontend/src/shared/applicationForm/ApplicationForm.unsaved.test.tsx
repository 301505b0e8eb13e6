import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applications, type JobDraft } from '../../api';
import { renderWithTheme } from '../../test/render';
import { ApplicationForm, type ReadPosting } from './ApplicationForm';
import { testStages } from '../../test/applications';
import { maxLongText } from '../validate';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, duplicates: vi.fn(), create: vi.fn() },
  };
});

beforeEach(() => {
  vi.mocked(applications.duplicates).mockReset().mockResolvedValue([]);
  vi.mocked(applications.create).mockReset();
});

function form(onClose = vi.fn(), readFirst: ReadPosting | null = null) {
  renderWithTheme(
    <ApplicationForm
      opened
      onClose={onClose}
      onSaved={vi.fn()}
      stages={testStages}
      knownTags={[]}
      readFirst={readFirst}
    />,
  );
  return onClose;
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input, textarea, select' }), { target: { value } });
}

const draft: JobDraft = {
  title: 'Platform Engineer',
  company: 'Initech',
  location: 'Berlin, Germany',
  remote: 'remote',
  salary: { min: 0, max: 0, currency: '', period: '' },
  description: 'Run the platform.',
  url: 'https://initech.example/jobs/1',
  deadline: '',
  from: 'Greenhouse API',
  sources: {},
};

const outsideClick = () => fireEvent.click(document.querySelector('.mantine-Modal-overlay') as HTMLElement);
const escape = () => fireEvent.keyDown(screen.getByLabelText('Company'), { key: 'Escape' });
const asked = () => screen.queryByRole('dialog', { name: 'Discard unsaved changes?' });

describe('closing the Add application dialog', () => {
  it('closes at once when nothing was typed', () => {
    const onClose = form();
    escape();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(asked()).toBeNull();
  });

  it('asks on Esc when text was typed; Keep editing keeps it', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = form();
    fill('Company', 'Acme');
    escape();
    expect(asked()).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(asked()).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Company')).toHaveValue('Acme');
  });

  it('asks on an outside click when a job description was pasted; Discard closes and empties the form', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = form();
    fill('Job description', 'We are hiring a Go engineer.');
    outsideClick();
    expect(asked()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(asked()).toBeNull();
    expect(screen.getByLabelText('Job description')).toHaveValue('');
  });

  it('asks on Cancel when a page waits in the posting box', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = form();
    fill('From a posting', '<html><body>Senior Go engineer</body></html>');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(asked()).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes at once when the board quick add filled it in and the user changed nothing', async () => {
    const onClose = form(vi.fn(), { drafts: [draft], stageId: 1 });
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveValue('Initech'));
    escape();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(asked()).toBeNull();
  });

  it('asks when the user edited a field the quick add filled in', async () => {
    const onClose = form(vi.fn(), { drafts: [draft], stageId: 1 });
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveValue('Initech'));
    fill('Job title', 'Staff Platform Engineer');
    outsideClick();
    expect(asked()).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('a long job description', () => {
  it('shows its size beside the limit and the error as it is pasted, before Save', () => {
    form();
    fill('Job description', 'x'.repeat(150_000));
    const field = screen.getByLabelText('Job description');
    expect(field).toHaveAccessibleDescription(/150 KB of at most 200 KB/);
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    fill('Job description', 'é'.repeat(150_000)); // 300 KB in UTF-8, what the backend counts
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/job description is too long \(300 KB, at most 200 KB\)/)).toBeInTheDocument();
    fill('Job description', 'x'.repeat(maxLongText));
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('brings the first field in error into view on Save', async () => {
    const user = userEvent.setup({ delay: null });
    const scrolled: Element[] = [];
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this);
    });
    form();
    fill('Job title', 'Engineer');
    fill('Job description', 'x'.repeat(maxLongText + 1));
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    await waitFor(() => expect(scrolled).toContain(screen.getByLabelText('Company')));
    expect(screen.getByLabelText('Company')).toHaveFocus();
    expect(applications.create).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('says at once when a posting read elsewhere has a description too long to save', async () => {
    form(vi.fn(), { drafts: [{ ...draft, description: 'x'.repeat(maxLongText + 1000) }], stageId: 1 });
    const field = screen.getByLabelText('Job description');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/201 KB of at most 200 KB/);
  });
});
