import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { readAppChanged } from '../api/events';
import { renderWithTheme } from '../test/render';
import { closeApplication, openedApplication } from '../app/navigation';
import { BrowserSaveNotices } from './BrowserSaveNotice';
import { installRuntime } from '../test/runtime';

afterEach(() => {
  delete window.runtime;
  act(() => notifications.clean());
  closeApplication();
});

describe('the app:changed payload', () => {
  it('reads the jobs the browser saved, and none from an older backend', () => {
    // As service.OutsideChange marshals it.
    const e = readAppChanged(
      JSON.parse('{"ids":[],"savedFromBrowser":[{"id":7,"title":"Go Engineer","company":"Acme"},{"id":"x"}]}'),
    );
    expect(e).toEqual({ ids: [], savedFromBrowser: [{ id: 7, title: 'Go Engineer', company: 'Acme' }] });
    expect(readAppChanged({ ids: [3] })).toEqual({ ids: [3], savedFromBrowser: [] });
  });
});

describe('Saved from your browser', () => {
  it('names the job saved and opens it when clicked', async () => {
    const emit = installRuntime();
    renderWithTheme(<BrowserSaveNotices />);
    emit('app:changed', JSON.parse('{"ids":[],"savedFromBrowser":[{"id":7,"title":"Go Engineer","company":"Acme"}]}'));
    expect(await screen.findByText('Saved from your browser')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Go Engineer at Acme'));
    expect(openedApplication()).toBe(7);
  });

  it('shows one notice with the count for several saves', async () => {
    const emit = installRuntime();
    renderWithTheme(<BrowserSaveNotices />);
    emit(
      'app:changed',
      JSON.parse(
        '{"ids":[],"savedFromBrowser":[{"id":4,"title":"SRE","company":"Globex"},{"id":5,"title":"Analyst","company":"Initech"},{"id":6,"title":"Dev","company":""}]}',
      ),
    );
    expect(await screen.findByText('Saved from your browser: 3 jobs')).toBeInTheDocument();
    expect(screen.getAllByText(/^Saved from your browser/)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Open Analyst at Initech' }));
    expect(openedApplication()).toBe(5);
    expect(screen.getByRole('button', { name: 'Open Dev' })).toBeInTheDocument();
  });

  it('adds saves that arrive while the notice is open to it, newest first, instead of stacking notices', async () => {
    const emit = installRuntime();
    renderWithTheme(<BrowserSaveNotices />);
    for (let i = 1; i <= 7; i++) {
      emit(
        'app:changed',
        JSON.parse(`{"ids":[],"savedFromBrowser":[{"id":${i},"title":"Job ${i}","company":"Co ${i}"}]}`),
      );
      expect(
        await screen.findByText(i === 1 ? 'Saved from your browser' : `Saved from your browser: ${i} jobs`),
      ).toBeInTheDocument();
    }
    expect(screen.getAllByText(/^Saved from your browser/)).toHaveLength(1);
    const links = screen.getAllByRole('button', { name: /^Open Job/ }).map((b) => b.textContent);
    expect(links).toEqual(['Job 7 at Co 7', 'Job 6 at Co 6', 'Job 5 at Co 5', 'Job 4 at Co 4', 'Job 3 at Co 3']);
    expect(screen.getByText('and 2 more')).toBeInTheDocument();
    // Once it is closed, the next save starts a new notice of its own.
    act(() => notifications.clean());
    emit('app:changed', JSON.parse('{"ids":[],"savedFromBrowser":[{"id":8,"title":"Job 8","company":"Co 8"}]}'));
    expect(await screen.findByText('Saved from your browser')).toBeInTheDocument();
    expect(screen.queryByText(/jobs$/)).not.toBeInTheDocument();
  });

  it('says nothing for an outside write that saved nothing from the browser', async () => {
    const emit = installRuntime();
    renderWithTheme(<BrowserSaveNotices />);
    emit('app:changed', JSON.parse('{"ids":[],"savedFromBrowser":[]}'));
    emit('app:changed', JSON.parse('{"ids":[3]}'));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/Saved from your browser/)).not.toBeInTheDocument();
  });
});
