import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { assistant } from '../../api';
import { onShowView } from '../../app/navigation';
import { renderWithTheme } from '../../test/render';
import { AnalysisCard } from './AnalysisCard';
import { missingReason, scoreExplanation } from './match';
import { analysisOf } from './testdata';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, assistant: { ...real.assistant, analyze: vi.fn(), analyzeWithCV: vi.fn() } };
});

const empty = analysisOf({
  skills: analysisOf().skills.map((s) => ({ ...s, matched: false, evidence: '', evidenceSection: '' })),
  matched: [],
  score: 0,
  points: 0,
  profileEmpty: true,
  cv: { id: 3, label: 'Backend CV', linked: false },
});

beforeEach(() => {
  vi.clearAllMocks();
});

describe('AnalysisCard', () => {
  it('says the profile is empty instead of a score, and compares with the imported CV on request', async () => {
    vi.mocked(assistant.analyze).mockResolvedValue(empty);
    vi.mocked(assistant.analyzeWithCV).mockResolvedValue(
      analysisOf({ against: 'cv', cv: { id: 3, label: 'Backend CV', linked: false } }),
    );
    const user = userEvent.setup();
    renderWithTheme(<AnalysisCard applicationId={7} />);
    expect(await screen.findByTestId('ai-profile-empty')).toHaveTextContent('You imported the CV “Backend CV”');
    expect(screen.queryByTestId('ai-score')).toBeNull();
    expect(screen.getByText(/The job asks for: Go, SQL, Kubernetes/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compare with “Backend CV”' }));
    expect(await screen.findByTestId('ai-score')).toHaveTextContent('62 / 100');
    expect(assistant.analyzeWithCV).toHaveBeenCalledWith(7, 3);
    expect(screen.getByText('Compared with the imported CV “Backend CV”')).toBeInTheDocument();
    expect(screen.getByText(/no line of the CV names them/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compare with my profile' }));
    expect(await screen.findByTestId('ai-profile-empty')).toBeInTheDocument();
  });

  it('offers the CV view when there is no CV to compare with', async () => {
    vi.mocked(assistant.analyze).mockResolvedValue({ ...empty, cv: null });
    const shown: string[] = [];
    const off = onShowView((v) => shown.push(v));
    const user = userEvent.setup();
    renderWithTheme(<AnalysisCard applicationId={7} />);
    expect(await screen.findByTestId('ai-profile-empty')).toHaveTextContent('Import a CV or fill in your profile');
    expect(screen.queryByRole('button', { name: /Compare with/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open CV and profile' }));
    expect(shown).toEqual(['cv']);
    off();
  });

  it('explains the score: points, each skill with its profile line, each missing one with why', async () => {
    vi.mocked(assistant.analyze).mockResolvedValue(analysisOf());
    renderWithTheme(<AnalysisCard applicationId={7} />);
    expect(await screen.findByTestId('ai-score-why')).toHaveTextContent('5 of 8 points');
    expect(screen.getByRole('list', { name: 'Skills you have' })).toHaveTextContent(
      'Go Experience: “Built Go services at Acme”',
    );
    expect(screen.getByText('The job requires them; no line of your profile names them.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Requirements checklist' })).toHaveTextContent(
      'Your dated work adds up to about 7 years.',
    );
  });
});

describe('match words', () => {
  it('says why a mixed group is missing and when the job names no known skill', () => {
    const [, sql, kube] = analysisOf().skills;
    expect(missingReason([{ ...sql, matched: false }, kube])).toBe(
      '1 required, 1 mentioned in the job; no line of your profile names them.',
    );
    expect(scoreExplanation(analysisOf({ possible: 0, points: 0 }))).toMatch(/names no skill/);
  });
});
