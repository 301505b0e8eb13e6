import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { screen } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applications, calendar, pipeline } from '../api';
import { app, testStages } from '../test/applications';
import { renderWithTheme } from '../test/render';
import { Shell } from './Shell';

// The first screen is painted with firstScreenStyles.ts only; the rest of
// Mantine's styles arrive just after. This renders that screen (first run,
// and a list with rows) and checks that every Mantine class it uses is
// defined in one of the files firstScreenStyles.ts imports.

vi.mock('../api', async (importOriginal) =>
  (await import('../test/shellApi')).shellApi(await importOriginal<typeof import('../api')>()),
);

const modules = resolve(import.meta.dirname, '../../node_modules');

/** The Mantine style files (relative to node_modules) firstScreenStyles.ts imports. */
function firstScreenFiles(): Set<string> {
  const src = readFileSync(resolve(import.meta.dirname, 'firstScreenStyles.ts'), 'utf8');
  return new Set([...src.matchAll(/^import '(@mantine\/[^']+\.css)';$/gm)].map((m) => m[1]));
}

/** Where each Mantine class is defined: class -> the .layer.css files (relative to node_modules). */
function classFiles(): Map<string, string[]> {
  const dirs = ['@mantine/core/styles', '@mantine/notifications'];
  const out = new Map<string, string[]>();
  for (const dir of dirs) {
    for (const name of readdirSync(join(modules, dir))) {
      if (!name.endsWith('.layer.css')) continue;
      const file = `${dir}/${name}`;
      if (file === '@mantine/core/styles.layer.css') continue;
      for (const m of readFileSync(join(modules, file), 'utf8').matchAll(/\.(m_[0-9a-f]{8})\b/g)) {
        const files = out.get(m[1]) ?? [];
        if (!files.includes(file)) files.push(file);
        out.set(m[1], files);
      }
    }
  }
  return out;
}

/** The Mantine classes used under root that no first-screen style file defines. */
function unstyled(root: HTMLElement): string[] {
  const listed = firstScreenFiles();
  const defined = classFiles();
  const missing = new Set<string>();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const c of el.classList) {
      const files = defined.get(c);
      if (files && !files.some((f) => listed.has(f))) missing.add(`${c} (${files.join(', ')})`);
    }
  }
  return [...missing].sort();
}

// jsdom has no layout: the list's scroller gets a screenful, so the virtualiser renders rows.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});
afterAll(() => vi.restoreAllMocks());

beforeEach(() => {
  vi.mocked(pipeline.stages).mockResolvedValue(testStages);
  vi.mocked(applications.tags).mockResolvedValue([]);
  vi.mocked(calendar.interviews).mockResolvedValue([]);
});

describe('firstScreenStyles', () => {
  it('lists files that exist, in the order of Mantine’s styles.css', () => {
    const full = readFileSync(join(modules, '@mantine/core/styles.css'), 'utf8');
    let last = -1;
    for (const file of firstScreenFiles()) {
      const css = readFileSync(join(modules, file), 'utf8');
      if (!file.startsWith('@mantine/core/styles/')) continue;
      const first = css.match(/\.(m_[0-9a-f]{8}|mantine-[a-z-]+)\b/);
      if (!first) continue; // baseline and variables hold no class
      const at = full.indexOf(first[0]);
      expect(at, `${file} is not in styles.css`).toBeGreaterThan(-1);
      expect(at, `${file} comes before the file listed above it in styles.css`).toBeGreaterThan(last);
      last = at;
    }
  });

  it('styles the first run screen', async () => {
    vi.mocked(applications.list).mockResolvedValue({ items: [], total: 0 });
    const { container } = renderWithTheme(<Shell />);
    await screen.findByRole('button', { name: /Import a CSV/ });
    expect(unstyled(container)).toEqual([]);
  });

  it('styles the list of applications', async () => {
    vi.mocked(applications.list).mockResolvedValue({
      items: [app({ id: 1, company: 'Acme', title: 'Engineer', stageId: 1, stage: 'Wishlist' })],
      total: 1,
    });
    const { container } = renderWithTheme(<Shell />);
    await screen.findByText('Acme');
    expect(unstyled(container)).toEqual([]);
  });
});
