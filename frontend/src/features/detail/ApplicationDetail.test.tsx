import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  applications,
  assistant,
  contacts,
  pipeline,
  tasks,
  type ApplicationDetail as Detail,
} from '../../api';
import { renderWithTheme } from '../../test/render';
import { setFormatLocale } from '../../shared/format';
import { app, testStages } from '../../test/applications';
import { ApplicationDetail, type DetailPanels } from './ApplicationDetail';
import { applicationsChanged, onApplicationsChanged } from '../../app/changes';
import { closeApplication, openApplicationAt, openApplication, openedApplication } from '../../app/navigation';

/**
 * Stand-ins for the panels the shell passes (ai's AIPanel, cv's
 * CVSentSelect; their own tests cover them): they show what the drawer gave them.
 */
const panels: DetailPanels = {
  ai: ({ applicationId, initialTask }) => (
    <label>
      Task for {applicationId}
      <select value={initialTask ?? 'cover-letter'} onChange={() => {}}>
        <option value="cover-letter">Cover letter</option>
        <option value="interview-prep">Interview prep</option>
      </select>
    </label>
  ),
  cvSent: (applicationId) => <p>CV sent with {applicationId}</p>,
};

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: {
      ...real.applications,
      get: vi.fn(),
      update: vi.fn(),
      move: vi.fn(),
      setOutcome: vi.fn(),
      remove: vi.fn(),
      addNote: vi.fn(),
      updateNote: vi.fn(),
      deleteNote: vi.fn(),
    },
    pipeline: { ...real.pipeline, stages: vi.fn() },
    assistant: { ...real.assistant, generations: vi.fn(), providers: vi.fn() },
    contacts: { ...real.contacts, create: vi.fn(), list: vi.fn(), link: vi.fn(), unlink: vi.fn() },
    tasks: { ...real.tasks, create: vi.fn(), update: vi.fn(), remove: vi.fn() },
  };
});

const acme = app({ id: 7, company: 'Acme', title: 'Go Engineer', location: 'Berlin', stageId: 1, stage: 'Wishlist' });

function detail(p: Partial<Detail> = {}): Detail {
  return {
    application: acme,
    notes: [],
    contacts: [],
    tasks: [],
    events: [
      {
        id: 1,
        applicationId: 7,
        kind: 'created',
        from: '',
        to: 'Wishlist',
        at: '2025-02-01T10:00:00Z',
        estimated: false,
      },
    ],
    interviews: [],
    duplicates: [],
    ...p,
  };
}

const get = vi.mocked(applications.get);

beforeEach(() => {
  setFormatLocale('en-US');
  vi.clearAllMocks();
  get.mockResolvedValue(detail());
  vi.mocked(pipeline.stages).mockResolvedValue(testStages);
  vi.mocked(assistant.generations).mockResolvedValue([
    {
      id: 3,
      applicationId: 7,
      task: 'cover_letter',
      provider: 'local',
      model: 'llama3',
      format: 'markdown',
      inputDigest: '',
      promptVersion: '',
      redacted: false,
      partial: false,
      error: '',
      text: 'Dear…',
      version: 1,
      createdAt: '2025-02-03T09:00:00Z',
      updatedAt: '2025-02-03T09:00:00Z',
    },
  ]);
});
afterEach(() => {
  act(() => closeApplication());
  setFormatLocale(undefined);
});

async function openAcme() {
  renderWithTheme(<ApplicationDetail panels={panels} />);
  act(() => openApplication(7));
  await screen.findByRole('heading', { name: 'Go Engineer' });
}

describe('ApplicationDetail', () => {
  it('opens on the tab openApplicationAt asks for, with its AI task chosen, and switches tab on a new request', async () => {
    vi.mocked(assistant.providers).mockResolvedValue([
      {
        provider: { name: 'Local', baseURL: 'http://127.0.0.1:9/v1', model: 'm', kind: 'local' },
        default: true,
        keySource: '',
        destination: {
          provider: 'Local',
          baseURL: 'http://127.0.0.1:9/v1',
          origin: 'http://127.0.0.1:9',
          kind: 'local',
          redacted: false,
          keySource: '',
          keyName: '',
          keyEnv: '',
          confirmed: true,
          changes: [],
        },
      },
    ]);
    renderWithTheme(<ApplicationDetail panels={panels} />);
    act(() => openApplicationAt(7, 'ai', 'interview-prep'));
    await screen.findByRole('heading', { name: 'Go Engineer' });
    expect(screen.getByRole('tab', { name: 'AI' })).toHaveAttribute('aria-selected', 'true');
    const task = await screen.findByRole('combobox', { name: /Task/ });
    expect(task).toHaveValue('interview-prep');
    act(() => openApplicationAt(7, 'notes'));
    await waitFor(() => expect(screen.getByRole('tab', { name: /Notes/ })).toHaveAttribute('aria-selected', 'true'));
  });

  it('saves an edited field with salary in minor units and tells the views', async () => {
    const changed = vi.fn();
    const off = onApplicationsChanged(changed);
    let current = acme;
    vi.mocked(applications.update).mockImplementation(async (_id, changes) => (current = { ...current, ...changes }));
    get.mockImplementation(async () => detail({ application: current }));
    await openAcme();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Location'));
    await user.type(screen.getByLabelText('Location'), 'Munich');
    await user.type(screen.getByLabelText('Minimum'), '55000');
    await user.type(screen.getByLabelText('Currency'), 'EUR');
    await user.selectOptions(screen.getByLabelText('Period'), 'year');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(applications.update).toHaveBeenCalledTimes(1));
    // Only the changed fields, each with the value it started from: no stage.
    expect(vi.mocked(applications.update).mock.calls[0]).toEqual([
      7,
      { location: 'Munich', salary: { min: 5_500_000, max: 0, currency: 'EUR', period: 'year' } },
      { location: 'Berlin', salary: { min: 0, max: 0, currency: '', period: '' } },
    ]);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull());
    expect(changed).toHaveBeenCalledWith([7]);
    off();
  });

  it('shows a backend field error under its field', async () => {
    vi.mocked(applications.update).mockRejectedValue(new ApiError('invalid', 'url "x" is not a web address', 'url'));
    await openAcme();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Source'), 'LinkedIn{Enter}');
    const source = screen.getByLabelText('Job posting URL');
    await waitFor(() => expect(source).toHaveAccessibleDescription('url "x" is not a web address'));
  });

  it('checks dates before calling the backend, and reads the locale’s order and ISO', async () => {
    vi.mocked(applications.update).mockImplementation(async (_id, changes) => ({ ...acme, ...changes }));
    await openAcme();
    const user = userEvent.setup({ delay: null });
    const deadline = screen.getByLabelText('Deadline');
    await user.type(deadline, '31/12/2030{Enter}');
    expect(await screen.findByText(/“31\/12\/2030” is not a date: type it as MM\/DD\/YYYY/)).toBeInTheDocument();
    expect(applications.update).not.toHaveBeenCalled();
    await user.clear(deadline);
    await user.type(deadline, '12/31/2030');
    await user.type(screen.getByLabelText('Follow-up date'), '2030-11-02');
    expect(screen.queryByText(/is not a date/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(applications.update).toHaveBeenCalledTimes(1));
    expect(vi.mocked(applications.update).mock.calls[0][1]).toEqual({ deadline: '2030-12-31', followUp: '2030-11-02' });
  }, 60_000);

  it('moves the stage and sets the outcome through their own calls', async () => {
    vi.mocked(applications.move).mockResolvedValue({ ...acme, stageId: 2, stage: 'Applied' });
    vi.mocked(applications.setOutcome).mockResolvedValue({ ...acme, outcome: 'ghosted' });
    await openAcme();
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: '2' } });
    await waitFor(() => expect(applications.move).toHaveBeenCalledWith(7, 2));
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'ghosted' } });
    await waitFor(() => expect(applications.setOutcome).toHaveBeenCalledWith(7, 'ghosted'));
  });

  it('warns about a duplicate and opens it', async () => {
    get.mockResolvedValue(
      detail({ duplicates: [app({ id: 9, company: 'Acme', title: 'Go Engineer', stage: 'Applied' })] }),
    );
    await openAcme();
    expect(screen.getByText('Possible duplicate')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Open #9/ }));
    expect(openedApplication()).toBe(9);
  });

  it('adds a note and reloads', async () => {
    vi.mocked(applications.addNote).mockResolvedValue({
      id: 1,
      applicationId: 7,
      body: 'hi',
      createdAt: '',
      updatedAt: '',
    });
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Notes (0)' }));
    get.mockResolvedValue(
      detail({
        notes: [
          {
            id: 1,
            applicationId: 7,
            body: 'Call **went well**',
            createdAt: '2025-02-04T10:00:00Z',
            updatedAt: '2025-02-04T10:00:00Z',
          },
        ],
      }),
    );
    await user.type(screen.getByLabelText('New note'), 'Call **went well**');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(applications.addNote).toHaveBeenCalledWith(7, 'Call **went well**');
    const notes = await screen.findByRole('list', { name: 'Notes' });
    expect(within(notes).getByText('went well').tagName).toBe('STRONG');
    expect(screen.getByRole('tab', { name: 'Notes (1)' })).toBeInTheDocument();
  });

  it('creates a contact linked to the application, with its field error shown', async () => {
    vi.mocked(contacts.create).mockRejectedValueOnce(
      new ApiError('invalid', 'email "dana@" is not an email address', 'email'),
    );
    vi.mocked(contacts.create).mockResolvedValueOnce({
      id: 4,
      name: 'Dana',
      role: '',
      company: 'Acme',
      email: 'dana@acme.example',
      phone: '',
      profileUrl: '',
      notes: '',
      applicationIds: [7],
      createdAt: '',
      updatedAt: '',
    });
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Contacts (0)' }));
    await user.click(screen.getByRole('button', { name: 'New contact' }));
    await user.type(screen.getByLabelText(/^Name/), 'Dana');
    await user.type(screen.getByLabelText('Email'), 'dana@');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('email "dana@" is not an email address'),
    );
    await user.type(screen.getByLabelText('Email'), 'acme.example');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(contacts.create).toHaveBeenCalledTimes(2));
    expect(vi.mocked(contacts.create).mock.calls[1][0]).toMatchObject({
      name: 'Dana',
      company: 'Acme',
      email: 'dana@acme.example',
      applicationIds: [7],
    });
  });

  it('adds a task only with a real due date', async () => {
    vi.mocked(tasks.create).mockResolvedValue({
      id: 2,
      applicationId: 7,
      title: 'Send portfolio',
      due: '2030-01-15',
      done: false,
      createdAt: '',
      updatedAt: '',
      company: 'Acme',
      applicationTitle: 'Go Engineer',
    });
    await openAcme();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Tasks (0)' }));
    await user.type(screen.getByLabelText('New task'), 'Send portfolio');
    const due = screen.getByLabelText('Due');
    // Unreadable text blocks the add and says why under the field.
    await user.type(due, '15/1/2030');
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    expect(tasks.create).not.toHaveBeenCalled();
    expect(
      await screen.findByText('“15/1/2030” is not a date: type it as MM/DD/YYYY or YYYY-MM-DD, or pick it'),
    ).toBeInTheDocument();
    // The locale's order is read into YYYY-MM-DD.
    await user.clear(due);
    await user.type(due, '1/15/2030');
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    await waitFor(() =>
      expect(tasks.create).toHaveBeenCalledWith({
        id: 0,
        applicationId: 7,
        title: 'Send portfolio',
        due: '2030-01-15',
        done: false,
      }),
    );
    // So is ISO.
    await waitFor(() => expect(due).toHaveValue(''));
    await user.type(screen.getByLabelText('New task'), 'Send portfolio');
    await user.type(due, '2030-02-01');
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    await waitFor(() => expect(tasks.create).toHaveBeenLastCalledWith(expect.objectContaining({ due: '2030-02-01' })));
    expect(tasks.create).toHaveBeenCalledTimes(2);
  }, 60_000);

  it('lists the timeline and AI drafts', async () => {
    await openAcme();
    await userEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(within(screen.getByRole('list', { name: 'Timeline' })).getByText('Added')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'AI drafts' })).getByText('Cover letter')).toBeInTheDocument();
  });

  it('deletes only after confirmation, then closes', async () => {
    vi.mocked(applications.remove).mockResolvedValue();
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    expect(applications.remove).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(applications.remove).toHaveBeenCalledWith([7]));
    await waitFor(() => expect(openedApplication()).toBe(0));
  });

  it('says why it cannot open a missing application', async () => {
    get.mockRejectedValue(new ApiError('not_found', 'application 7 not found'));
    renderWithTheme(<ApplicationDetail panels={panels} />);
    act(() => openApplication(7));
    expect(await screen.findByText('application 7 not found')).toBeInTheDocument();
  });

  it('asks before dropping unsaved edits when another application opens', async () => {
    await openAcme();
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: 'Paris' } });
    act(() => openApplication(9));
    expect(openedApplication()).toBe(7);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('Location')).toHaveValue('Paris');
    act(() => openApplication(9));
    await userEvent.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(openedApplication()).toBe(9);
  });

  it('links an existing contact found by search and unlinks one', async () => {
    const dana = {
      id: 4,
      name: 'Dana',
      role: 'Recruiter',
      company: 'Acme',
      email: '',
      phone: '',
      profileUrl: '',
      notes: '',
      applicationIds: [7],
      createdAt: '',
      updatedAt: '',
    };
    const lee = { ...dana, id: 5, name: 'Lee', applicationIds: [] };
    get.mockResolvedValue(detail({ contacts: [dana] }));
    vi.mocked(contacts.list).mockResolvedValue([dana, lee]);
    vi.mocked(contacts.link).mockResolvedValue();
    vi.mocked(contacts.unlink).mockResolvedValue();
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Contacts (1)' }));
    await user.type(screen.getByLabelText('Link an existing contact'), 'acme');
    const pick = await screen.findByRole('button', { name: 'Link Lee' });
    expect(contacts.list).toHaveBeenCalledWith('acme');
    expect(screen.queryByRole('button', { name: 'Link Dana' })).toBeNull();
    await user.click(pick);
    await waitFor(() => expect(contacts.link).toHaveBeenCalledWith(5, 7));
    await user.click(screen.getByRole('button', { name: 'Unlink Dana' }));
    await waitFor(() => expect(contacts.unlink).toHaveBeenCalledWith(4, 7));
  });

  it('ticks a task done and deletes one', async () => {
    const task = {
      id: 2,
      applicationId: 7,
      title: 'Send portfolio',
      due: '2030-01-15',
      done: false,
      createdAt: '',
      updatedAt: '',
      company: 'Acme',
      applicationTitle: 'Go Engineer',
    };
    get.mockResolvedValue(detail({ tasks: [task] }));
    vi.mocked(tasks.update).mockResolvedValue({ ...task, done: true });
    vi.mocked(tasks.remove).mockResolvedValue();
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Tasks (1)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Done: Send portfolio' }));
    await waitFor(() => expect(tasks.update).toHaveBeenCalledWith({ ...task, done: true }));
    await user.click(screen.getByRole('button', { name: 'Delete task Send portfolio' }));
    await waitFor(() => expect(tasks.remove).toHaveBeenCalledWith(2));
  });

  it('edits the job description as text and renders it without HTML', async () => {
    let current = { ...acme, description: 'Old <img src="https://x.example/t.gif"> text' };
    get.mockImplementation(async () => detail({ application: current }));
    vi.mocked(applications.update).mockImplementation(async (_id, changes) => (current = { ...current, ...changes }));
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Description' }));
    expect(document.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit description' }));
    const box = screen.getByLabelText('Job description');
    fireEvent.change(box, { target: { value: '## About\n\nWe build **robots**.' } });
    await user.click(screen.getByRole('button', { name: 'Save description' }));
    await waitFor(() => expect(applications.update).toHaveBeenCalledTimes(1));
    expect(vi.mocked(applications.update).mock.calls[0]).toEqual([
      7,
      { description: '## About\n\nWe build **robots**.' },
      { description: 'Old <img src="https://x.example/t.gif"> text' },
    ]);
    expect(await screen.findByRole('heading', { name: 'About' })).toBeInTheDocument();
  });

  it('edits and deletes a note', async () => {
    const note = {
      id: 3,
      applicationId: 7,
      body: 'First call',
      createdAt: '2025-02-04T10:00:00Z',
      updatedAt: '2025-02-04T10:00:00Z',
    };
    get.mockResolvedValue(detail({ notes: [note] }));
    vi.mocked(applications.updateNote).mockRejectedValueOnce(new ApiError('invalid', 'note is empty', 'body'));
    vi.mocked(applications.updateNote).mockResolvedValueOnce({ ...note, body: 'Second call' });
    vi.mocked(applications.deleteNote).mockResolvedValue();
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Notes (1)' }));
    await user.click(screen.getByRole('button', { name: 'Edit note' }));
    const box = screen.getByLabelText('Edit note');
    fireEvent.change(box, { target: { value: ' ' } });
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByLabelText('Edit note')).toHaveAccessibleDescription('note is empty'));
    fireEvent.change(screen.getByLabelText('Edit note'), { target: { value: 'Second call' } });
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(applications.updateNote).toHaveBeenLastCalledWith(3, 'Second call'));
    await user.click(await screen.findByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(applications.deleteNote).toHaveBeenCalledWith(3));
  });

  // Another program wrote to the database: the backend's app:changed, which
  // connectBackendEvents (app/invalidation.ts) puts on the change bus.
  function outsideWrite(ids: number[] = []) {
    act(() => applicationsChanged(ids));
  }

  const conflict = (theirs: string, yours: string) =>
    new ApiError(
      'conflict',
      'not saved: changed elsewhere since you opened it (location); choose which value to keep',
      'location',
      [{ field: 'location', theirs, yours }],
    );

  it('shows a field changed elsewhere with both values and saves mine only when the user says so', async () => {
    vi.mocked(applications.update).mockRejectedValueOnce(conflict('Hamburg', 'Munich'));
    vi.mocked(applications.update).mockImplementation(async (_id, changes) => ({
      ...acme,
      location: 'Hamburg',
      ...changes,
    }));
    await openAcme();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Location'));
    await user.type(screen.getByLabelText('Location'), 'Munich');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const row = await screen.findByRole('group', { name: 'Location changed elsewhere' });
    expect(row).toHaveTextContent('theirs “Hamburg” / yours “Munich”');
    expect(screen.getByRole('alert', { name: /Changed elsewhere/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Location')).toHaveValue('Munich');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.click(within(row).getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('group', { name: 'Location changed elsewhere' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(applications.update).toHaveBeenCalledTimes(2));
    expect(vi.mocked(applications.update).mock.calls[1]).toEqual([7, { location: 'Munich' }, { location: 'Hamburg' }]);
  });

  it('takes their value when the user chooses it, and saves nothing', async () => {
    vi.mocked(applications.update).mockRejectedValueOnce(conflict('Hamburg', 'Munich'));
    await openAcme();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Location'));
    await user.type(screen.getByLabelText('Location'), 'Munich{Enter}');
    const row = await screen.findByRole('group', { name: 'Location changed elsewhere' });
    await user.click(within(row).getByRole('button', { name: 'Take theirs' }));
    expect(screen.getByLabelText('Location')).toHaveValue('Hamburg');
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(applications.update).toHaveBeenCalledTimes(1);
  });

  it('merges an outside change to another field and flags one to the field being edited, never sending the stage', async () => {
    let current = acme;
    get.mockImplementation(async () => detail({ application: current }));
    vi.mocked(applications.update).mockImplementation(async (_id, changes) => (current = { ...current, ...changes }));
    await openAcme();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Location'));
    await user.type(screen.getByLabelText('Location'), 'Munich');
    await user.type(screen.getByLabelText('Source'), 'LinkedIn');
    // Meanwhile, from the command line: a move, a new title, a new location.
    current = { ...acme, stageId: 3, stage: 'Interviewing', title: 'Senior Go Engineer', location: 'Hamburg' };
    outsideWrite();
    await waitFor(() => expect(screen.getByLabelText(/Job title/)).toHaveValue('Senior Go Engineer'));
    expect(screen.getByLabelText('Stage')).toHaveValue('3');
    expect(screen.getByLabelText('Source')).toHaveValue('LinkedIn');
    const row = await screen.findByRole('group', { name: 'Location changed elsewhere' });
    expect(row).toHaveTextContent('theirs “Hamburg” / yours “Munich”');
    await user.click(within(row).getByRole('button', { name: 'Keep mine' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(applications.update).toHaveBeenCalledTimes(1));
    expect(vi.mocked(applications.update).mock.calls[0]).toEqual([
      7,
      { location: 'Munich', source: 'LinkedIn' },
      { location: 'Hamburg', source: '' },
    ]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull());
    expect(screen.getByLabelText('Stage')).toHaveValue('3');
    expect(applications.move).not.toHaveBeenCalled();
  });

  it('says the application is gone when another program deleted it (a wipe)', async () => {
    await openAcme();
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: 'Paris' } });
    get.mockRejectedValue(new ApiError('not_found', 'application 7 not found'));
    outsideWrite([]);
    expect(await screen.findByRole('alert', { name: 'This application no longer exists' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(openedApplication()).toBe(0);
  });

  it('shows their description beside mine when it changed elsewhere while I edited', async () => {
    let current = { ...acme, description: 'Old text' };
    get.mockImplementation(async () => detail({ application: current }));
    vi.mocked(applications.update).mockImplementation(async (_id, changes) => (current = { ...current, ...changes }));
    await openAcme();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Description' }));
    await user.click(screen.getByRole('button', { name: 'Edit description' }));
    fireEvent.change(screen.getByLabelText('Job description'), { target: { value: 'My text' } });
    current = { ...current, description: 'Their text' };
    outsideWrite([7]);
    expect(await screen.findByLabelText('Their description')).toHaveTextContent('Their text');
    expect(screen.getByRole('button', { name: 'Save description' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await user.click(screen.getByRole('button', { name: 'Save description' }));
    await waitFor(() => expect(applications.update).toHaveBeenCalledTimes(1));
    expect(vi.mocked(applications.update).mock.calls[0]).toEqual([
      7,
      { description: 'My text' },
      { description: 'Their text' },
    ]);
  });
});
