import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, data } from '../../api';
import { renderWithTheme } from '../../test/render';
import { AboutSection } from './AboutSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, data: { ...real.data, about: vi.fn() } };
});

const build = {
  version: 'v1.4.0',
  commit: '0f9e5d4a1b2c3d4e5f60718293a4b5c6d7e8f901',
  buildDate: '2026-12-08T00:39:17Z',
  goVersion: 'go1.26.8',
  releases: 'https://github.com/huntbook/huntbook/releases',
};

beforeEach(() => vi.mocked(data.about).mockReset());

describe('AboutSection', () => {
  it('shows the version, the short commit with its date, Go and where releases are, as text', async () => {
    vi.mocked(data.about).mockResolvedValue(build);
    renderWithTheme(<AboutSection />);
    expect(await screen.findByText('Huntbook v1.4.0')).toBeInTheDocument();
    expect(screen.getByText('0f9e5d4a1b2c')).toBeInTheDocument();
    expect(screen.getByText(/of Dec 8, 2026/)).toBeInTheDocument();
    expect(screen.getByText('go1.26.8')).toBeInTheDocument();
    expect(screen.getByText(build.releases).tagName).toBe('CODE');
    // Text, not a link: nothing to click that would make a request.
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says a development build and unknown commit plainly', async () => {
    vi.mocked(data.about).mockResolvedValue({ ...build, version: 'dev', commit: '', buildDate: '' });
    renderWithTheme(<AboutSection />);
    expect(await screen.findByText('Huntbook development build')).toBeInTheDocument();
    expect(screen.getByText('unknown')).toBeInTheDocument();
  });

  it('shows a failed read with Try again', async () => {
    vi.mocked(data.about)
      .mockRejectedValueOnce(new ApiError('internal', 'the backend is gone'))
      .mockResolvedValue(build);
    renderWithTheme(<AboutSection />);
    expect(await screen.findByText('the backend is gone')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Huntbook v1.4.0')).toBeInTheDocument();
  });
});
