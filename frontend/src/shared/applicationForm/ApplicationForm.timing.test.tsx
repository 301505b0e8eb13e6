import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applications } from '../../api';
import { renderWithTheme } from '../../test/render';
import { ApplicationForm } from './ApplicationForm';
import { testStages } from '../../test/applications';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, applications: { ...real.applications, duplicates: vi.fn(), create: vi.fn() } };
});

const line = '- one line of a long pasted job posting, with requirements and benefits\n';
const ofSize = (bytes: number) => line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);

/**
 * Keystrokes in the company field with descriptions of 0, 150 KB and 2.4 MB
 * pasted: the time each takes is printed (a figure, not asserted; jsdom
 * does no layout, so the real window's autosize cost is not in it), and the
 * 2.4 MB one shows its size error while typing, before any Save.
 */
describe('ApplicationForm keystroke timing', () => {
  it('prints the time per keystroke in another field beside a long description', () => {
    vi.mocked(applications.duplicates).mockResolvedValue([]);
    const figures: string[] = [];
    for (const size of [0, 150_000, 2_400_000]) {
      const { unmount } = renderWithTheme(
        <ApplicationForm opened onClose={() => {}} onSaved={() => {}} stages={testStages} knownTags={[]} />,
      );
      const t0 = performance.now();
      fireEvent.change(screen.getByLabelText('Job description'), { target: { value: ofSize(size) } });
      const paste = performance.now() - t0;
      const company = screen.getByLabelText('Company');
      const keys = 10;
      let text = '';
      const t1 = performance.now();
      for (let i = 0; i < keys; i++) {
        text += 'a';
        fireEvent.change(company, { target: { value: text } });
      }
      const per = (performance.now() - t1) / keys;
      figures.push(`${size / 1000} KB: paste ${paste.toFixed(1)} ms, ${per.toFixed(2)} ms per keystroke in Company`);
      if (size > 200_000) {
        // The limit shows while typing: the field says the text is too long before Save.
        expect(screen.getByText(/too long/i)).toBeInTheDocument();
      }
      unmount();
    }
    console.log(`Add form keystroke timing (jsdom):\n  ${figures.join('\n  ')}`);
  }, 120_000);
});
