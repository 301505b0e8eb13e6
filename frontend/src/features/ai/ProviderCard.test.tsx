import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { assistant } from '../../api';
import { renderWithTheme } from '../../test/render';
import { checkResult, ProviderCard } from './ProviderCard';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, assistant: { ...real.assistant, testProvider: vi.fn(), deleteProvider: vi.fn() } };
});

const info: assistant.ProviderInfo = {
  provider: { name: 'Box', baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen3', kind: 'local' },
  default: true,
  keySource: '',
  destination: {
    provider: 'Box',
    baseURL: 'http://127.0.0.1:11434/v1',
    origin: 'http://127.0.0.1:11434',
    kind: 'local',
    redacted: false,
    keySource: '',
    keyName: '',
    keyEnv: '',
    confirmed: true,
    changes: [],
  },
};

const check = (what: string, detail: string, ok = true): assistant.Check => ({ ok, what, detail, took: 1 });

const report: assistant.ProbeReport = {
  reply: check('Asked for a one-word reply ("pong").', 'reply: works (0.4 s)'),
  json: check(
    'Asked for a small JSON answer (2 + 3).',
    'JSON: works: the server holds answers to the requested JSON schema',
  ),
  stream: check('Asked it to count to 20.', 'streaming: works (12 updates in 1.0 s)'),
  context: check('Hid a code word at the start of ever longer prompts.', 'context: ~6k-token prompts work', false),
  jsonMode: 'json_schema',
  contextTokens: 6000,
  truncates: true,
  summary: 'Sent qwen3 a few short test prompts made up by Huntbook; nothing from your applications or profile.',
};

beforeEach(() => {
  vi.clearAllMocks();
});

describe('ProviderCard', () => {
  it('says in plain words what the test asked and what came back', async () => {
    vi.mocked(assistant.testProvider).mockResolvedValue(report);
    const user = userEvent.setup();
    renderWithTheme(<ProviderCard info={info} onChanged={vi.fn()} onEdit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Test this model' }));
    const done = within(await screen.findByRole('list', { name: 'What the test did' }));
    const items = done.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe('Plain reply: Asked for a one-word reply ("pong").Works (0.4 s)');
    expect(items[1]).toContain('Works: the server holds answers to the requested JSON schema');
    expect(screen.getByText(/answers held to a JSON schema by the server/)).toBeInTheDocument();
    expect(items[3]).toContain('~6k-token prompts work');
    expect(
      screen.getByText(/nothing from your applications or profile\. They are one entry in the request ledger/),
    ).toBeInTheDocument();
  });

  it('asks before deleting a provider', async () => {
    vi.mocked(assistant.deleteProvider).mockResolvedValue();
    const onChanged = vi.fn();
    const user = userEvent.setup();
    renderWithTheme(<ProviderCard info={info} onChanged={onChanged} onEdit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(assistant.deleteProvider).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: 'Delete Box' }));
    expect(assistant.deleteProvider).toHaveBeenCalledWith('Box');
    expect(onChanged).toHaveBeenCalled();
  });
});

describe('checkResult', () => {
  it('drops the step name and capitalises', () => {
    expect(checkResult(check('x', 'streaming: does not work: 404'))).toBe('Does not work: 404');
    expect(
      checkResult({ ok: false, what: 'x', detail: '', error: { code: 'unavailable', message: 'refused' }, took: 0 }),
    ).toBe('Refused');
  });
});
