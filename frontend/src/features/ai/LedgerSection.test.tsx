import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { assistant } from '../../api';
import { renderWithTheme } from '../../test/render';
import { LedgerSection, requestKind, requestLabel } from './LedgerSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, assistant: { ...real.assistant, ledger: vi.fn(), exportLedger: vi.fn(), clearLedger: vi.fn() } };
});

let nextID = 1;
function row(p: Partial<assistant.LedgerEntry>): assistant.LedgerEntry {
  return {
    id: nextID++,
    at: '2026-12-07T10:00:00Z',
    provider: '',
    host: 'example.com',
    model: '',
    task: '',
    bytesSent: 0,
    bytesReceived: 0,
    status: '200 OK',
    error: '',
    redacted: false,
    placeholders: [],
    method: 'GET',
    url: '',
    durationMs: 0,
    ...p,
  };
}

const rows = [
  row({
    task: 'google-calendar-events',
    host: 'www.googleapis.com',
    url: 'https://www.googleapis.com/calendar/v3/calendars/primary/events',
    durationMs: 340,
  }),
  row({
    task: 'google-oauth-refresh',
    host: 'oauth2.googleapis.com',
    method: 'POST',
    url: 'https://oauth2.googleapis.com/token',
    durationMs: 1250,
  }),
  row({ task: 'fetch-job', host: 'boards.greenhouse.io', status: '', error: 'dial tcp: connection refused' }),
  row({
    task: 'cover-letter',
    provider: 'OpenAI',
    model: 'gpt-4o-mini',
    host: 'api.openai.com',
    redacted: true,
    placeholders: ['[NAME]'],
  }),
  row({
    task: 'ai-discover',
    host: '127.0.0.1:11434',
    method: 'GET',
    url: 'http://127.0.0.1:11434/v1/models',
    status: '',
    error: 'connection refused',
  }),
];

describe('requestLabel', () => {
  it('names every kind of request in plain words', () => {
    expect(requestLabel({ task: 'google-calendar-events', provider: '' })).toBe('Google Calendar: list events');
    expect(requestLabel({ task: 'google-oauth', provider: '' })).toBe('Google Calendar: sign in');
    expect(requestLabel({ task: 'google-oauth-refresh', provider: '' })).toBe('Google Calendar: renew access');
    expect(requestLabel({ task: 'fetch-job', provider: '' })).toBe('Read a job link');
    expect(requestLabel({ task: 'cover-letter', provider: 'OpenAI' })).toBe('AI: Cover letter');
    expect(requestLabel({ task: 'ai-discover', provider: '' })).toBe('AI: look for model servers on this computer');
    expect(requestLabel({ task: '', provider: 'Ollama' })).toBe('AI: request');
    expect(requestLabel({ task: 'something-new', provider: '' })).toBe('Other: something-new');
    expect(requestKind({ task: 'google', provider: '' })).toBe('google');
    expect(requestKind({ task: 'job-insights', provider: '' })).toBe('ai');
  });
});

describe('LedgerSection', () => {
  beforeEach(() => {
    vi.mocked(assistant.ledger).mockResolvedValue(rows);
  });

  it('labels each request by its task and filters by kind', async () => {
    const user = userEvent.setup();
    renderWithTheme(<LedgerSection />);
    const table = await screen.findByRole('table', { name: 'Request ledger' });
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getAllByRole('cell')[1].textContent)).toEqual([
      'Google Calendar: list events',
      'Google Calendar: renew access',
      'Read a job link',
      'AI: Cover letterOpenAI · gpt-4o-mini',
      'AI: look for model servers on this computer',
    ]);
    expect(within(body[1]).getByText('POST https://oauth2.googleapis.com/token')).toBeInTheDocument();
    expect(within(body[1]).getByText('1.3 s')).toBeInTheDocument();
    expect(within(body[2]).getByText('dial tcp: connection refused')).toBeInTheDocument();
    expect(within(body[0]).getByText('not an AI request')).toBeInTheDocument();
    expect(within(body[3]).getByText('[NAME]')).toBeInTheDocument();

    await user.click(screen.getByText('Google Calendar (2)'));
    let shownRows = within(screen.getByRole('table', { name: 'Request ledger' }))
      .getAllByRole('row')
      .slice(1);
    expect(shownRows.map((r) => within(r).getAllByRole('cell')[1].textContent)).toEqual([
      'Google Calendar: list events',
      'Google Calendar: renew access',
    ]);

    await user.click(screen.getByText('AI (2)'));
    shownRows = within(screen.getByRole('table', { name: 'Request ledger' }))
      .getAllByRole('row')
      .slice(1);
    expect(shownRows).toHaveLength(2);

    await user.click(screen.getByText('Job links (1)'));
    shownRows = within(screen.getByRole('table', { name: 'Request ledger' }))
      .getAllByRole('row')
      .slice(1);
    expect(shownRows).toHaveLength(1);
    expect(screen.queryByText(/^Other/)).not.toBeInTheDocument();

    await user.click(screen.getByText('All (5)'));
    expect(within(screen.getByRole('table', { name: 'Request ledger' })).getAllByRole('row')).toHaveLength(6);
  });

  it('asks before clearing, then reads the empty ledger', async () => {
    vi.mocked(assistant.ledger).mockResolvedValueOnce(rows).mockResolvedValue([]);
    vi.mocked(assistant.clearLedger).mockResolvedValue();
    const user = userEvent.setup();
    renderWithTheme(<LedgerSection />);
    await user.click(await screen.findByRole('button', { name: 'Clear ledger' }));
    expect(assistant.clearLedger).not.toHaveBeenCalled();
    const dialog = await screen.findByRole('dialog', { name: 'Clear the ledger?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear ledger' }));
    expect(assistant.clearLedger).toHaveBeenCalledTimes(1);
    await waitFor(() => {
      expect(vi.mocked(assistant.ledger).mock.calls.length).toBeGreaterThanOrEqual(2);
    });
    expect(await screen.findByRole('button', { name: 'Clear ledger' })).toBeDisabled();
  });
});
