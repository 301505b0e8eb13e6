import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { assistant } from '../../api';
import { renderWithTheme } from '../../test/render';
import { ProvidersSection } from './ProvidersSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    assistant: {
      ...real.assistant,
      providers: vi.fn(),
      presets: vi.fn(),
      saveProvider: vi.fn(),
      setAPIKey: vi.fn(),
    },
  };
});

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(assistant.providers).mockResolvedValue([]);
  vi.mocked(assistant.presets).mockResolvedValue([
    { name: 'OpenAI', baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini', kind: 'cloud' },
  ]);
  vi.mocked(assistant.saveProvider).mockImplementation((p) =>
    Promise.resolve({
      provider: p,
      default: true,
      keySource: '',
      destination: {
        provider: p.name,
        baseURL: p.baseURL,
        origin: p.baseURL,
        kind: p.kind,
        redacted: p.kind === 'cloud',
        keySource: '',
        keyName: '',
        keyEnv: p.apiKeyEnv ?? '',
        confirmed: true,
        changes: [],
      },
    }),
  );
});

describe('ProvidersSection', () => {
  it('takes the API key in the first form and says where it went', async () => {
    vi.mocked(assistant.setAPIKey).mockResolvedValue({
      provider: 'OpenAI',
      stored: true,
      persistent: false,
      message: '',
    });
    const user = userEvent.setup();
    renderWithTheme(<ProvidersSection />);
    await user.click(await screen.findByRole('button', { name: 'Add a provider' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start from' }), 'OpenAI');
    // A cloud preset asks for a pasted key at once.
    await user.type(screen.getByLabelText(/^Key/), 'sk-test-123');
    await user.click(screen.getByRole('button', { name: 'Save provider' }));
    expect(await screen.findByText('Kept for this session only')).toBeInTheDocument();
    expect(assistant.saveProvider).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'OpenAI', apiKeyEnv: undefined }),
    );
    expect(assistant.setAPIKey).toHaveBeenCalledWith('OpenAI', 'sk-test-123');
  });

  it('saves an environment variable instead of a key', async () => {
    const user = userEvent.setup();
    renderWithTheme(<ProvidersSection />);
    await user.click(await screen.findByRole('button', { name: 'Add a provider' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Groq');
    await user.type(screen.getByRole('textbox', { name: 'Base URL' }), 'https://api.groq.com/openai/v1');
    await user.click(screen.getByText('Environment variable'));
    await user.type(screen.getByRole('textbox', { name: 'Variable name' }), 'GROQ_API_KEY');
    await user.click(screen.getByRole('button', { name: 'Save provider' }));
    await vi.waitFor(() => {
      expect(assistant.saveProvider).toHaveBeenCalledWith(expect.objectContaining({ apiKeyEnv: 'GROQ_API_KEY' }));
    });
    expect(assistant.setAPIKey).not.toHaveBeenCalled();
  });
});
