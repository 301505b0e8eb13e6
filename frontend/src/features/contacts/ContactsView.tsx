import { useMemo, useState } from 'react';
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconPencil, IconPlus, IconSearch, IconTrash, IconUsers } from '@tabler/icons-react';
import { applications, contacts, type Application, type Contact } from '../../api';
import { openApplication } from '../../app/navigation';
import { queryKeys } from '../../app/queryKeys';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { QueryState } from '../../shared/QueryState';
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

/** byId maps the applications read so far by id (stable, so useQueries keeps the map while nothing changed). */
function byId(results: { data?: Application }[]): Map<number, Application> {
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}

/** useApplicationNames reads the applications these ids name; one that cannot be read is left out. */
function useApplicationNames(ids: number[]): Map<number, Application> {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.applications.one(id),
      queryFn: () => applications.get(id).then((d) => d.application),
    })),
    combine: byId,
  });
}

/** ContactsTable is the contacts with their applications (named when known) and edit and delete buttons. */
function ContactsTable({
  list,
  names,
  onEdit,
  onDelete,
}: {
  list: Contact[];
  names: Map<number, Application>;
  onEdit: (c: Contact) => void;
  onDelete: (c: Contact) => void;
}) {
  return (
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
                      <Anchor
                        key={id}
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        onClick={() => openApplication(id)}
                      >
                        {a ? `${a.company}, ${a.title}` : `Application #${id}`}
                      </Anchor>
                    );
                  })}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => onEdit(c)}>
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={`Delete ${c.name}`} onClick={() => onDelete(c)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** ContactsView lists the people met during the search, with search, add, edit, delete and their applications. */
export function ContactsView() {
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const [editing, setEditing] = useState<ContactDraft | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [blank] = useState(emptyContact);
  const query = useQuery({
    queryKey: queryKeys.contacts.list(debounced),
    queryFn: () => contacts.list(debounced),
    placeholderData: keepPreviousData,
  });
  const list = query.data ?? null;
  const names = useApplicationNames(useMemo(() => linkedIds(list ?? []), [list]));
  const remove = useMutation({
    mutationFn: (c: Contact) => contacts.remove(c.id),
    onSuccess: (_, c) => {
      notifications.show({ color: 'teal', title: 'Contact deleted', message: c.name });
      return client.invalidateQueries({ queryKey: queryKeys.contacts.all });
    },
  });

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

      <QueryState of={query} loading="Loading contacts" errorTitle="Could not load contacts">
        {() =>
          firstRun ? (
            <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="xl">
              <Stack align="center" ta="center" gap="sm">
                <IconUsers size={40} stroke={1.5} aria-hidden />
                <Title order={3} size="h4">
                  No contacts yet
                </Title>
                <Text c="dimmed">
                  Keep the recruiters, hiring managers and referrers you meet here, and link them to the applications
                  they help with.
                </Text>
              </Stack>
            </Paper>
          ) : list?.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              No contacts match “{debounced}”.
            </Text>
          ) : (
            <ContactsTable list={list ?? []} names={names} onEdit={setEditing} onDelete={setDeleting} />
          )
        }
      </QueryState>

      <ContactForm
        opened={editing !== null}
        initial={editing ?? blank}
        names={names}
        onClose={() => setEditing(null)}
        onSaved={(c) => {
          setEditing(null);
          notifications.show({ color: 'teal', title: 'Contact saved', message: c.name });
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete contact"
        confirmLabel="Delete contact"
        onConfirm={() => (deleting ? remove.mutateAsync(deleting) : undefined)}
        onClose={() => setDeleting(null)}
      >
        <Text size="sm">Delete {deleting?.name}? Their links to applications go too; the applications stay.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
