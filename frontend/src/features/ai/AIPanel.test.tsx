import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, assistant, events } from '../../api';
import { renderWithTheme } from '../../test/render';
import { AIPanel } from './AIPanel';
import { analysisOf } from './testdata';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    assistant: {
      ...real.assistant,
      providers: vi.fn(),
      generations: vi.fn(),
      analyze: vi.fn(),
      previewTask: vi.fn(),
      confirmProvider: vi.fn(),
      start: vi.fn(),
      cancel: vi.fn(),
      updateGeneration: vi.fn(),
      generationVersions: vi.fn(),
    },
    events: { ...real.events, onAIDelta: vi.fn(), onJobDone: vi.fn() },
  };
});

type Handler<T> = (e: T) => void;
let deltas: Handler<events.AIDelta>[] = [];
let dones: Handler<events.JobDone>[] = [];
const emitDelta = (id: string, text: string) => act(() => deltas.forEach((h) => h({ id, text })));
const emitDone = (e: Partial<events.JobDone> & { id: string }) =>
  act(() => dones.forEach((h) => h({ ok: false, cancelled: false, errorCode: '', errorMessage: '', ...e })));

const localDestination: assistant.Destination = {
  provider: 'Fake',
  baseURL: 'http://127.0.0.1:9/v1',
  origin: 'http://127.0.0.1:9',
  kind: 'local',
  redacted: false,
  keySource: '',
  keyName: '',
  keyEnv: '',
  confirmed: true,
  changes: [],
};

const local: assistant.ProviderInfo = {
  provider: { name: 'Fake', baseURL: 'http://127.0.0.1:9/v1', model: 'm', kind: 'local' },
  default: true,
  keySource: '',
  destination: localDestination,
};

// A provider an import pointed elsewhere, with the user's key variable: the backend says it is not confirmed.
const changedDestination: assistant.Destination = {
  provider: 'Fake',
  baseURL: 'https://collect.example/v1',
  origin: 'https://collect.example:443',
  kind: 'local',
  redacted: false,
  keySource: 'env',
  keyName: 'OPENAI_API_KEY',
  keyEnv: 'OPENAI_API_KEY',
  confirmed: false,
  changes: [
    'its address changed from http://127.0.0.1:9/v1 to https://collect.example/v1',
    'it now reads an API key from the variable OPENAI_API_KEY',
  ],
};
const changed: assistant.ProviderInfo = {
  provider: {
    name: 'Fake',
    baseURL: 'https://collect.example/v1',
    model: 'm',
    kind: 'local',
    apiKeyEnv: 'OPENAI_API_KEY',
  },
  default: true,
  keySource: 'env',
  destination: changedDestination,
};

function draft(p: Partial<assistant.Generation>): assistant.Generation {
  return {
    id: 1,
    applicationId: 7,
    task: 'cover-letter',
    provider: 'Fake',
    model: 'm',
    format: 'markdown',
    inputDigest: '',
    promptVersion: '',
    redacted: false,
    partial: false,
    error: '',
    text: 'Dear team',
    version: 1,
    createdAt: '2025-02-03T09:00:00Z',
    updatedAt: '2025-02-03T09:00:00Z',
    ...p,
  };
}

const previewOf: assistant.Preview = {
  task: 'cover-letter',
  provider: 'Fake',
  model: 'm',
  kind: 'local',
  url: 'http://127.0.0.1:9/v1/chat/completions',
  redacted: false,
  placeholders: [],
  tokens: 120,
  omitted: [],
  promptVersion: 'cover_letter@1',
  inputDigest: 'abcdef0123456789',
  body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'Write a cover letter for Acme' }] }),
  destination: localDestination,
};

beforeEach(() => {
  vi.clearAllMocks();
  localStorage.clear();
  deltas = [];
  dones = [];
  vi.mocked(events.onAIDelta).mockImplementation((h) => {
    deltas.push(h);
    return () => (deltas = deltas.filter((x) => x !== h));
  });
  vi.mocked(events.onJobDone).mockImplementation((h) => {
    dones.push(h);
    return () => (dones = dones.filter((x) => x !== h));
  });
  vi.mocked(assistant.providers).mockResolvedValue([local]);
  vi.mocked(assistant.generations).mockResolvedValue([]);
  vi.mocked(assistant.analyze).mockResolvedValue(analysisOf());
  vi.mocked(assistant.previewTask).mockResolvedValue(previewOf);
  vi.mocked(assistant.start).mockResolvedValue('ai-1');
  vi.mocked(assistant.cancel).mockResolvedValue();
});

describe('AIPanel', () => {
  it('shows the offline analysis with score, skills and requirements', async () => {
    renderWithTheme(<AIPanel applicationId={7} />);
    expect(await screen.findByTestId('ai-score')).toHaveTextContent('62 / 100');
    expect(
      within(screen.getByRole('list', { name: 'Skills you have' }))
        .getAllByRole('listitem')
        .map((e) => e.textContent),
    ).toEqual(['Go Experience: “Built Go services at Acme”', 'SQL Skills: “Go, SQL”']);
    expect(screen.getByRole('list', { name: 'Missing skills' })).toHaveTextContent('Kubernetes');
    expect(screen.getByRole('list', { name: 'Requirements checklist' })).toHaveTextContent('5+ years');
  });

  it('says how to get an analysis when the job has no description', async () => {
    vi.mocked(assistant.analyze).mockRejectedValue(new ApiError('invalid', 'no job description', 'description'));
    renderWithTheme(<AIPanel applicationId={7} />);
    expect(await screen.findByText(/Paste the job description/)).toBeInTheDocument();
  });

  it('requires confirming the preview before the first run on a provider, then not again', async () => {
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    expect(await screen.findByText('Write a cover letter for Acme')).toBeInTheDocument();
    expect(assistant.start).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Send to Fake' }));
    await waitFor(() => expect(assistant.start).toHaveBeenCalledTimes(1));
    const [task, appId, opts] = vi.mocked(assistant.start).mock.calls[0];
    expect([task, appId, opts.provider, opts.options.tone, opts.options.length]).toEqual([
      'cover-letter',
      7,
      'Fake',
      'professional',
      'medium',
    ]);
    emitDone({ id: 'ai-1', ok: true, result: { generationId: 0, partial: false, format: 'markdown', text: 'x' } });

    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(assistant.start).toHaveBeenCalledTimes(2));
    expect(assistant.previewTask).toHaveBeenCalledTimes(1);
  });

  it('asks to confirm a provider whose address and key source changed, showing both, and records the confirmation before sending', async () => {
    // The user had already previewed this provider by name before the import changed it.
    localStorage.setItem('huntbook.ai.previewConfirmed', JSON.stringify(['fake|https://collect.example/v1|m|local']));
    vi.mocked(assistant.providers).mockResolvedValue([changed]);
    vi.mocked(assistant.previewTask).mockResolvedValue({
      ...previewOf,
      url: 'https://collect.example/v1/chat/completions',
      destination: changedDestination,
    });
    vi.mocked(assistant.confirmProvider).mockResolvedValue({
      ...changed,
      destination: { ...changedDestination, confirmed: true, changes: [] },
    });
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));

    const warning = await screen.findByTestId('ai-unconfirmed');
    expect(warning).toHaveTextContent('Fake is not confirmed on this computer');
    expect(warning).toHaveTextContent('its address changed from http://127.0.0.1:9/v1 to https://collect.example/v1');
    expect(warning).toHaveTextContent('it now reads an API key from the variable OPENAI_API_KEY');
    const dest = screen.getByTestId('ai-destination');
    expect(dest).toHaveTextContent('Address: https://collect.example/v1');
    expect(dest).toHaveTextContent('Server: https://collect.example:443 (local: text sent as it is)');
    expect(dest).toHaveTextContent('API key from the environment variable OPENAI_API_KEY');

    // Not sending leaves everything as it was.
    await user.click(screen.getByRole('button', { name: "Don't send" }));
    expect(assistant.confirmProvider).not.toHaveBeenCalled();
    expect(assistant.start).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Run' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm Fake and send' }));
    await waitFor(() => expect(assistant.start).toHaveBeenCalledTimes(1));
    // What was shown is what is confirmed, and it is recorded before the run starts.
    expect(assistant.confirmProvider).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Fake',
        baseURL: 'https://collect.example/v1',
        apiKeyEnv: 'OPENAI_API_KEY',
        kind: 'local',
      }),
    );
    expect(vi.mocked(assistant.confirmProvider).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(assistant.start).mock.invocationCallOrder[0],
    );
    // The list is reloaded, so the panel knows the provider is confirmed now.
    await waitFor(() => expect(assistant.providers).toHaveBeenCalledTimes(2));
  });

  it('does not send when the provider changed again while the confirm step was open', async () => {
    vi.mocked(assistant.providers).mockResolvedValue([changed]);
    vi.mocked(assistant.previewTask).mockResolvedValue({ ...previewOf, destination: changedDestination });
    vi.mocked(assistant.confirmProvider).mockRejectedValue(
      new ApiError('conflict', 'Fake changed since it was shown.'),
    );
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm Fake and send' }));
    expect(await screen.findByText(/Fake changed since it was shown/)).toBeInTheDocument();
    expect(assistant.start).not.toHaveBeenCalled();
  });

  it('offers the confirm step when the backend refuses a run as unconfirmed', async () => {
    localStorage.setItem('huntbook.ai.previewConfirmed', JSON.stringify(['fake|http://127.0.0.1:9/v1|m|local']));
    vi.mocked(assistant.start).mockRejectedValue(
      new ApiError('unconfirmed', 'Fake is not confirmed, so nothing was sent', 'provider'),
    );
    vi.mocked(assistant.previewTask).mockResolvedValue({ ...previewOf, destination: changedDestination });
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('nothing was sent');
    await user.click(screen.getByRole('button', { name: 'Check and confirm Fake' }));
    expect(await screen.findByTestId('ai-unconfirmed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm Fake and send' })).toBeInTheDocument();
  });

  it('streams deltas as they arrive, cancels, and keeps what arrived as a partial draft', async () => {
    localStorage.setItem('huntbook.ai.previewConfirmed', JSON.stringify(['fake|http://127.0.0.1:9/v1|m|local']));
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    await waitFor(() => expect(assistant.start).toHaveBeenCalled());
    emitDelta('ai-1', 'Dear hiring ');
    emitDelta('ai-2', 'IGNORED other job ');
    emitDelta('ai-1', 'team,');
    expect(screen.getByTestId('ai-stream')).toHaveTextContent('Dear hiring team,');
    expect(screen.getByTestId('ai-stream')).not.toHaveTextContent('IGNORED');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(assistant.cancel).toHaveBeenCalledWith('ai-1');
    vi.mocked(assistant.generations).mockResolvedValue([
      draft({ id: 5, partial: true, error: 'cancelled', text: 'Dear hiring team,' }),
    ]);
    emitDone({
      id: 'ai-1',
      cancelled: true,
      errorCode: 'canceled',
      result: { generationId: 5, partial: true, format: 'markdown', text: 'Dear hiring team,' },
    });

    expect(screen.getByTestId('ai-output')).toHaveAttribute('data-status', 'cancelled');
    expect(screen.getByTestId('ai-output')).toHaveTextContent('Partial');
    expect(screen.getByTestId('ai-stream')).toHaveTextContent('Dear hiring team,');
    // the saved draft is listed and opened
    expect(await screen.findByRole('button', { name: 'Open draft 5: Cover letter (partial)' })).toBeInTheDocument();
    expect(await screen.findByTestId('ai-draft')).toHaveTextContent('Stopped early: cancelled');
  });

  it('"Open saved draft" opens the draft and brings it into view, also after it was closed', async () => {
    localStorage.setItem('huntbook.ai.previewConfirmed', JSON.stringify(['fake|http://127.0.0.1:9/v1|m|local']));
    const scrolled = vi.spyOn(window.HTMLElement.prototype, 'scrollIntoView');
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    await waitFor(() => expect(assistant.start).toHaveBeenCalled());
    emitDelta('ai-1', '# Cover letter\n\nDear team,');
    vi.mocked(assistant.generations).mockResolvedValue([draft({ id: 5, text: '# Cover letter\n\nDear team,' })]);
    emitDone({
      id: 'ai-1',
      ok: true,
      result: { generationId: 5, format: 'markdown', text: '# Cover letter\n\nDear team,' },
    });
    const row = await screen.findByRole('button', { name: 'Open draft 5: Cover letter' });
    await user.click(row); // the user closes it
    expect(screen.queryByTestId('ai-draft')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Open saved draft' }));
    const opened = await screen.findByRole('group', { name: 'Draft: Cover letter' });
    expect(within(opened).getByTestId('ai-draft-text')).toHaveTextContent('Dear team,');
    await waitFor(() => expect(opened).toHaveFocus());
    expect(scrolled).toHaveBeenCalled();
    scrolled.mockRestore();
  });

  it('keeps deltas that arrive before Start resolves', async () => {
    localStorage.setItem('huntbook.ai.previewConfirmed', JSON.stringify(['fake|http://127.0.0.1:9/v1|m|local']));
    let resolve: (id: string) => void = () => {};
    vi.mocked(assistant.start).mockReturnValue(new Promise((r) => (resolve = r)));
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    emitDelta('ai-9', 'Early words');
    await act(async () => resolve('ai-9'));
    expect(await screen.findByTestId('ai-stream')).toHaveTextContent('Early words');
  });

  it('shows a failed run with its message and what arrived', async () => {
    localStorage.setItem('huntbook.ai.previewConfirmed', JSON.stringify(['fake|http://127.0.0.1:9/v1|m|local']));
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    await waitFor(() => expect(assistant.start).toHaveBeenCalled());
    emitDelta('ai-1', 'Half a');
    emitDone({
      id: 'ai-1',
      errorCode: 'unavailable',
      errorMessage: 'The model server closed the stream',
      result: { generationId: 0, partial: true, text: '' },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The model server closed the stream');
    expect(screen.getByTestId('ai-stream')).toHaveTextContent('Half a');
  });

  it('edits a draft as a new version and compares versions side by side', async () => {
    vi.mocked(assistant.generations).mockResolvedValue([draft({ id: 3, text: 'Dear team,\nI apply.' })]);
    vi.mocked(assistant.updateGeneration).mockResolvedValue(
      draft({ id: 3, text: 'Dear team,\nI am applying.', version: 2 }),
    );
    vi.mocked(assistant.generationVersions).mockResolvedValue([
      { generationId: 3, version: 1, text: 'Dear team,\nI apply.', author: 'model', createdAt: '2025-02-03T09:00:00Z' },
      {
        generationId: 3,
        version: 2,
        text: 'Dear team,\nI am applying.',
        author: 'user',
        createdAt: '2025-02-03T10:00:00Z',
      },
    ]);
    const user = userEvent.setup();
    renderWithTheme(<AIPanel applicationId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Open draft 3: Cover letter' }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const box = screen.getByLabelText(/Draft text/);
    await user.clear(box);
    await user.type(box, 'Dear team,{enter}I am applying.');
    vi.mocked(assistant.generations).mockResolvedValue([
      draft({ id: 3, text: 'Dear team,\nI am applying.', version: 2 }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    expect(assistant.updateGeneration).toHaveBeenCalledWith(3, 'Dear team,\nI am applying.');
    expect(await screen.findByText(/version 2/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compare versions' }));
    const table = await screen.findByRole('table', { name: 'Version 1 compared with version 2' });
    const changed = table.querySelector('[data-diff="changed"]');
    expect(changed).toHaveTextContent('I apply.');
    expect(changed).toHaveTextContent('I am applying.');
    expect(table.querySelectorAll('[data-diff="same"]')).toHaveLength(1);
  });
});
