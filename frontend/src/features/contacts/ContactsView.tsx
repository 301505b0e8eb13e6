import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ActionIcon, Alert, Anchor, Button, Center, Group, Loader, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconSearch, IconTrash, IconUsers } from '@tabler/icons-react';
import { applications, contacts, type Application, type Contact } from '../../api';
import { onApplicationsChanged } from '../../app/changes';
import { openApplication } from '../../app/navigation';
import { ContactForm, emptyContact, type ContactDraft } from './ContactForm';

/** Most linked applications whose names are fetched for one listing. */
const maxNamed = 200;

/** linkedIds returns the distinct application ids the contacts link to, in order, at most limit. */
export function linkedIds(list: Contact[], limit = maxNamed): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const c of list) {
    for (const id of c.applicationIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function DeleteModal({ contact, onClose, onDeleted }: { contact: Contact | null; onClose: () => void; onDeleted: () => void }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [contact]);
  return (
    <Modal opened={contact !== null} onClose={onClose} title="Delete contact">
      <Stack>
        <Text size="sm">Delete {contact?.name}? Their links to applications go too; the applications stay.</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={() => {
              if (!contact) return;
              contacts
                .remove(contact.id)
                .then(onDeleted)
                .catch((e: Error) => setError(e.message));
            }}
          >
            Delete contact
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** ContactsView lists the people met during the search, with search, add, edit, delete and their applications. */
export function ContactsView() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const [list, setList] = useState<Contact[] | null>(null);
  const [names, setNames] = useState<Map<number, Application>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<ContactDraft | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [reloads, setReloads] = useState(0);
  const blank = useMemo(emptyContact, []);
  const latest = useRef(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useEffect(() => onApplicationsChanged(reload), [reload]);

  useEffect(() => {
    const id = ++latest.current;
    contacts
      .list(debounced)
      .then(async (cs) => {
        if (id !== latest.current) return;
        setList(cs);
        setError(null);
        const ids = linkedIds(cs);
        const got = await Promise.all(ids.map((i) => applications.get(i).then((d) => d.application).catch(() => null)));
        if (id !== latest.current) return;
        setNames(new Map(got.filter((a): a is Application => a !== null).map((a) => [a.id, a])));
      })
      .catch((e: Error) => id === latest.current && setError(e.message));
  }, [debounced, reloads]);

  const firstRun = list !== null && list.length === 0 && debounced === '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md">
          <Title order={2} size="h3">
            Contacts
          </Title>
          {list && !firstRun && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {list.length === 1 ? '1 contact' : `${list.length} contacts`}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          {!firstRun && (
            <TextInput
              aria-label="Search contacts"
              placeholder="Search contacts"
              leftSection={<IconSearch size={16} aria-hidden />}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={240}
            />
          )}
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(emptyContact())}>
            Add contact
          </Button>
        </Group>
      </Group>

      {error && (
        <Alert color="red" role="alert" title="Could not load contacts">
          {error}
        </Alert>
      )}

      {list === null && !error ? (
        <Center py="xl">
          <Loader aria-label="Loading contacts" />
        </Center>
      ) : firstRun ? (
        <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="xl">
          <Stack align="center" ta="center" gap="sm">
            <IconUsers size={40} stroke={1.5} aria-hidden />
            <Title order={3} size="h4">
              No contacts yet
            </Title>
            <Text c="dimmed">
              Keep the recruiters, hiring managers and referrers you meet here, and link them to the applications they
              help with.
            </Text>
          </Stack>
        </Paper>
      ) : list && list.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          No contacts match “{debounced}”.
        </Text>
      ) : list ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover aria-label="Contacts" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Company</Table.Th>
                <Table.Th>Email and phone</Table.Th>
                <Table.Th>Applications</Table.Th>
                <Table.Th>
                  <span className="mantine-visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr key={c.id} data-contact-id={c.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.name}
                    </Text>
                    {c.role && (
                      <Text size="xs" c="dimmed">
                        {c.role}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.company}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {c.email}
                    </Text>
                    {c.phone && (
                      <Text size="xs" c="dimmed">
                        {c.phone}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {c.applicationIds.map((id) => {
                        const a = names.get(id);
                        return (
                          <Anchor key={id} component="button" type="button" size="sm" ta="left" onClick={() => openApplication(id)}>
                            {a ? `${a.company}, ${a.title}` : `Application #${id}`}
                          </Anchor>
                        );
                      })}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => setEditing(c)}>
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={`Delete ${c.name}`} onClick={() => setDeleting(c)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}

      <ContactForm
        opened={editing !== null}
        initial={editing ?? blank}
        names={names}
        onClose={() => {
          setEditing(null);
          reload(); // links may have changed
        }}
        onSaved={(c) => {
          setEditing(null);
          notifications.show({ color: 'teal', title: 'Contact saved', message: c.name });
          reload();
        }}
      />
      <DeleteModal
        contact={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          notifications.show({ color: 'teal', title: 'Contact deleted', message: deleting?.name ?? '' });
          setDeleting(null);
          reload();
        }}
      />
    </Stack>
  );
}
