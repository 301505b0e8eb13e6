import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, contacts, type ApplicationDetail, type Contact } from '../../api';
import { applicationsChanged } from '../../app/changes';
import { closeApplication, openedApplication } from '../../app/navigation';
import { renderWithTheme } from '../../test/render';
import { app } from '../../test/applications';
import { ContactsView, linkedIds } from './ContactsView';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, get: vi.fn() },
    contacts: { ...real.contacts, list: vi.fn(), remove: vi.fn() },
  };
});

function contact(p: Partial<Contact>): Contact {
  return {
    id: 0,
    name: '',
    role: '',
    company: '',
    email: '',
    phone: '',
    profileUrl: '',
    notes: '',
    applicationIds: [],
    createdAt: '',
    updatedAt: '',
    ...p,
  };
}

const dana = contact({
  id: 1,
  name: 'Dana Scully',
  role: 'Recruiter',
  company: 'Acme',
  email: 'dana@acme.example',
  applicationIds: [7, 8],
});
const fox = contact({ id: 2, name: 'Fox Mulder', company: 'Globex', applicationIds: [7] });

beforeEach(() => {
  notifications.clean();
  closeApplication();
  vi.mocked(contacts.list).mockReset().mockResolvedValue([dana, fox]);
  vi.mocked(contacts.remove).mockReset().mockResolvedValue();
  vi.mocked(applications.get)
    .mockReset()
    .mockImplementation((id) =>
      id === 7
        ? Promise.resolve({ application: app({ id: 7, company: 'Acme', title: 'Go Engineer' }) } as ApplicationDetail)
        : Promise.reject(new ApiError('not_found', 'no such application')),
    );
});

describe('ContactsView', () => {
  it('lists contacts with their applications, named when they can be read', async () => {
    renderWithTheme(<ContactsView />);
    const row = (await screen.findByText('Dana Scully')).closest('tr')!;
    expect(screen.getByText('2 contacts')).toBeInTheDocument();
    expect(await within(row).findByRole('button', { name: 'Acme, Go Engineer' })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Application #8' })).toBeInTheDocument();
    // One read per linked application, shared by both rows.
    expect(applications.get).toHaveBeenCalledTimes(2);
    fireEvent.click(within(row).getByRole('button', { name: 'Acme, Go Engineer' }));
    expect(openedApplication()).toBe(7);
  });

  it('reads the list again when applications change elsewhere', async () => {
    renderWithTheme(<ContactsView />);
    await screen.findByText('Fox Mulder');
    vi.mocked(contacts.list).mockResolvedValue([dana]);
    act(() => applicationsChanged([]));
    await waitFor(() => expect(screen.queryByText('Fox Mulder')).toBeNull());
    expect(screen.getByText('1 contact')).toBeInTheDocument();
  });

  it('deletes after asking, shows a refusal in the dialog, and reads the list again', async () => {
    vi.mocked(contacts.remove).mockRejectedValueOnce(new ApiError('internal', 'database is locked'));
    renderWithTheme(<ContactsView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Fox Mulder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete contact' });
    expect(dialog).toHaveTextContent('Delete Fox Mulder? Their links to applications go too; the applications stay.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete contact' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('database is locked');
    vi.mocked(contacts.list).mockResolvedValue([dana]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete contact' }));
    expect(await screen.findByText('Contact deleted')).toBeInTheDocument();
    expect(contacts.remove).toHaveBeenLastCalledWith(2);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Fox Mulder' })).toBeNull());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows a load error with a retry, and the first-run screen when there are none', async () => {
    vi.mocked(contacts.list)
      .mockRejectedValueOnce(new ApiError('internal', 'database is locked'))
      .mockResolvedValue([]);
    renderWithTheme(<ContactsView />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load contacts');
    expect(alert).toHaveTextContent('database is locked');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No contacts yet')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('searches as you type', async () => {
    renderWithTheme(<ContactsView />);
    await screen.findByText('Dana Scully');
    vi.mocked(contacts.list).mockResolvedValue([]);
    fireEvent.change(screen.getByLabelText('Search contacts'), { target: { value: ' zed ' } });
    expect(await screen.findByText('No contacts match “zed”.')).toBeInTheDocument();
    expect(contacts.list).toHaveBeenLastCalledWith('zed');
  });
});

describe('linkedIds', () => {
  it('lists each linked application once, in order, at most limit', () => {
    expect(linkedIds([dana, fox])).toEqual([7, 8]);
    expect(linkedIds([dana, fox], 1)).toEqual([7]);
  });
});
