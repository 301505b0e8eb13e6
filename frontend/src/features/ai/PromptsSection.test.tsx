import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assistant } from '../../api';
import { renderWithTheme } from '../../test/render';
import { PromptsSection, RedactionSection } from './PromptsSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    assistant: {
      ...real.assistant,
      templates: vi.fn(),
      setPromptOverride: vi.fn(),
      redactionTerms: vi.fn(),
      setRedactionTerms: vi.fn(),
    },
  };
});

afterEach(() => vi.clearAllMocks());

const shipped = (task: string, override = ''): assistant.TemplateInfo => ({
  task,
  json: false,
  default: `Shipped prompt for ${task}`,
  override,
});

describe('PromptsSection', () => {
  it('shows the stored prompt, saves an edit and reads the templates again', async () => {
    vi.mocked(assistant.templates)
      .mockResolvedValueOnce([shipped('cover-letter'), shipped('interview-prep', 'My prep prompt')])
      .mockResolvedValue([shipped('cover-letter', 'Mine'), shipped('interview-prep', 'My prep prompt')]);
    vi.mocked(assistant.setPromptOverride).mockResolvedValue();
    renderWithTheme(<PromptsSection />);
    const area = await screen.findByDisplayValue('Shipped prompt for cover-letter');
    expect(screen.getByText('Shipped version')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save prompt' })).toBeDisabled();

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Prompt for'), 'interview-prep');
    expect(await screen.findByDisplayValue('My prep prompt')).toBeInTheDocument();
    expect(screen.getByText('Your version')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Prompt for'), 'cover-letter');
    await user.clear(area);
    await user.click(area);
    await user.paste('Mine');
    await user.click(screen.getByRole('button', { name: 'Save prompt' }));
    expect(await screen.findByText('Saved: runs of this task use your prompt.')).toBeInTheDocument();
    expect(assistant.setPromptOverride).toHaveBeenCalledWith('cover-letter', 'Mine');
    await waitFor(() => expect(assistant.templates).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('Your version')).toBeInTheDocument();
    expect(screen.getByDisplayValue('Mine')).toBeInTheDocument();
  });

  it('says when the prompts cannot be read, and reads them again on request', async () => {
    vi.mocked(assistant.templates)
      .mockRejectedValueOnce(new Error('database is locked'))
      .mockResolvedValue([shipped('cover-letter')]);
    renderWithTheme(<PromptsSection />);
    expect(await screen.findByText('Could not load the prompts')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByDisplayValue('Shipped prompt for cover-letter')).toBeInTheDocument();
  });
});

describe('RedactionSection', () => {
  it('shows the stored terms and saves what the user typed, as the backend stored it', async () => {
    vi.mocked(assistant.redactionTerms).mockResolvedValue(['Acme GmbH']);
    vi.mocked(assistant.setRedactionTerms).mockResolvedValue(['Acme GmbH', 'Jane Roe']);
    renderWithTheme(<RedactionSection />);
    const area = await screen.findByDisplayValue('Acme GmbH');
    const save = screen.getByRole('button', { name: 'Save terms' });
    expect(save).toBeDisabled();
    const user = userEvent.setup();
    await user.click(area);
    await user.paste('\n  Jane Roe  \n');
    expect(save).toBeEnabled();
    await user.click(save);
    expect(await screen.findByText('Saved 2 terms.')).toBeInTheDocument();
    expect(assistant.setRedactionTerms).toHaveBeenCalledWith(['Acme GmbH', 'Jane Roe']);
    expect(screen.getByLabelText('Extra terms to hide from cloud providers')).toHaveValue('Acme GmbH\nJane Roe');
    expect(save).toBeDisabled();
  });
});
