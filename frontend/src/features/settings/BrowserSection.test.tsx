import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, browser, type browser as B } from '../../api';
import { renderWithTheme } from '../../test/render';
import { BrowserSection } from './BrowserSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, browser: { ...real.browser, status: vi.fn(), connect: vi.fn(), disconnect: vi.fn() } };
});

const row = (name: string, found: boolean, state: B.HostState = 'not-registered'): B.BrowserState => ({
  name,
  found,
  state,
  manifestPath: `/home/u/.config/${name.toLowerCase()}/NativeMessagingHosts/app.huntbook.host.json`,
  starts: state === 'registered' ? '/opt/huntbook/huntbook' : '',
});

const status = (...browsers: B.BrowserState[]): B.BrowserStatus => ({
  browsers,
  extensionDir: '/src/huntbook/build/bin/extension',
  chromeExtensionId: 'lakmcombflgnnpdbbkkmonjklfcachof',
  firefoxExtensionId: 'huntbook@huntbook.app',
});

beforeEach(() => {
  vi.mocked(browser.status).mockReset();
  vi.mocked(browser.connect).mockReset();
  vi.mocked(browser.disconnect).mockReset();
});

describe('BrowserSection', () => {
  it('lists the browsers found with their manifest, connects one and disconnects another', async () => {
    vi.mocked(browser.status).mockResolvedValue(
      status(row('Chrome', true), row('Brave', false), row('Firefox', true, 'registered')),
    );
    vi.mocked(browser.connect).mockResolvedValue(
      status(row('Chrome', true, 'registered'), row('Brave', false), row('Firefox', true, 'registered')),
    );
    vi.mocked(browser.disconnect).mockResolvedValue(
      status(row('Chrome', true, 'registered'), row('Brave', false), row('Firefox', true)),
    );
    renderWithTheme(<BrowserSection />);
    const table = await screen.findByRole('table', { name: 'Browsers' });
    const chrome = within(table).getByText('Chrome').closest('tr')!;
    expect(chrome).toHaveTextContent('Not connected');
    expect(chrome).toHaveTextContent('/home/u/.config/chrome/NativeMessagingHosts/app.huntbook.host.json');
    expect(within(table).queryByText('Brave')).toBeNull();
    expect(screen.getByText('Not found for this user: Brave.')).toBeInTheDocument();
    // How to load the extension: where it is and its fixed id.
    expect(screen.getByText('/src/huntbook/build/bin/extension')).toBeInTheDocument();
    expect(screen.getByText('lakmcombflgnnpdbbkkmonjklfcachof')).toBeInTheDocument();
    expect(screen.getByText('chrome://extensions')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Connect Chrome' }));
    await waitFor(() => expect(browser.connect).toHaveBeenCalledWith('Chrome'));
    expect(await screen.findByRole('button', { name: 'Disconnect Chrome' })).toBeInTheDocument();
    expect(within(table).getByText('Chrome').closest('tr')).toHaveTextContent('Connected');

    fireEvent.click(screen.getByRole('button', { name: 'Disconnect Firefox' }));
    await waitFor(() => expect(browser.disconnect).toHaveBeenCalledWith('Firefox'));
    expect(await screen.findByRole('button', { name: 'Connect Firefox' })).toBeInTheDocument();
  });

  it('shows an error from connecting, and keeps the table', async () => {
    vi.mocked(browser.status).mockResolvedValue(status(row('Chrome', true)));
    vi.mocked(browser.connect).mockRejectedValue(
      new ApiError(
        'internal',
        'connect: register with Chrome: mkdir /home/u/.config/google-chrome/NativeMessagingHosts: permission denied',
      ),
    );
    renderWithTheme(<BrowserSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect Chrome' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('permission denied');
    expect(screen.getByRole('button', { name: 'Connect Chrome' })).toBeEnabled();
  });

  it('says when no supported browser is found', async () => {
    vi.mocked(browser.status).mockResolvedValue({
      ...status(row('Chrome', false), row('Firefox', false)),
      extensionDir: '',
    });
    renderWithTheme(<BrowserSection />);
    expect(await screen.findByText('No supported browser found')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('build/bin/extension')).toBeInTheDocument();
  });

  it('shows why the status could not be read', async () => {
    vi.mocked(browser.status).mockRejectedValue(
      new ApiError('internal', 'browser status: find home folder: $HOME is not defined'),
    );
    renderWithTheme(<BrowserSection />);
    expect(await screen.findByRole('alert')).toHaveTextContent('$HOME is not defined');
  });
});
