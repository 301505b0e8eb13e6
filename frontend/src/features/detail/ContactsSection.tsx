/**
 * The people tied to an application: list and unlink them, link an existing
 * contact found by search, or create one inline (linked at once).
 */
import { useEffect, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink, IconUnlink, IconUserPlus } from '@tabler/icons-react';
import { contacts, type Contact } from '../../api';
import { handler, messageOf, useAction } from '../../shared/action';

/** How long typing in the contact search pauses before it asks the backend. */
export const contactSearchDelay = 250;

function ContactCard({
  contact,
  applicationId,
  onChanged,
}: {
  contact: Contact;
  applicationId: number;
  onChanged: () => void;
}) {
  const act = useAction();
  const detail = [contact.role, contact.company].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="sm" radius="sm" component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {contact.name}
          </Text>
          {detail ? (
            <Text size="xs" c="dimmed">
              {detail}
            </Text>
          ) : null}
          {contact.email ? (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {contact.email}
            </Text>
          ) : null}
          {contact.phone ? <Text size="xs">{contact.phone}</Text> : null}
          {contact.profileUrl ? (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {contact.profileUrl}
            </Text>
          ) : null}
        </div>
        <Button
          variant="subtle"
          size="xs"
          color="gray"
          leftSection={<IconUnlink size={14} aria-hidden />}
          aria-label={`Unlink ${contact.name}`}
          loading={act.busy}
          onClick={handler(async () => {
            if (await act.run(() => contacts.unlink(contact.id, applicationId))) onChanged();
          })}
        >
          Unlink
        </Button>
      </Group>
      {act.error ? (
        <Text c="red" size="xs" role="alert">
          {act.error}
        </Text>
      ) : null}
    </Paper>
  );
}

function LinkExisting({
  applicationId,
  linked,
  onChanged,
}: {
  applicationId: number;
  linked: Contact[];
  onChanged: () => void;
}) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), contactSearchDelay);
  const [found, setFound] = useState<Contact[]>([]);
  const [searchError, setSearchError] = useState('');
  const act = useAction();

  useEffect(() => {
    if (debounced === '') {
      setFound([]);
      return;
    }
    let live = true;
    contacts
      .list(debounced)
      .then((r) => {
        if (live) {
          setFound(r);
          setSearchError('');
        }
      })
      .catch((err: unknown) => live && setSearchError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [debounced]);

  const linkedIds = new Set(linked.map((c) => c.id));
  const candidates = found.filter((c) => !linkedIds.has(c.id)).slice(0, 8);
  return (
    <Stack gap={6}>
      <TextInput
        label="Link an existing contact"
        placeholder="Search by name, company or email"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        error={searchError || act.error || undefined}
      />
      {debounced !== '' && candidates.length === 0 && !searchError ? (
        <Text size="xs" c="dimmed">
          No other contact matches “{debounced}”.
        </Text>
      ) : null}
      {candidates.length > 0 ? (
        <Stack component="ul" gap={4} p={0} m={0} aria-label="Matching contacts">
          {candidates.map((c) => (
            <li key={c.id} style={{ listStyle: 'none' }}>
              <Button
                variant="subtle"
                color="gray"
                fullWidth
                justify="flex-start"
                size="compact-sm"
                aria-label={`Link ${c.name}`}
                disabled={act.busy}
                onClick={handler(async () => {
                  if (await act.run(() => contacts.link(c.id, applicationId))) {
                    setQuery('');
                    onChanged();
                  }
                })}
              >
                <Group gap="xs" wrap="nowrap">
                  <IconLink size={14} aria-hidden />
                  <Text size="sm">{c.name}</Text>
                  <Text size="xs" c="dimmed" truncate>
                    {[c.role, c.company, c.email].filter(Boolean).join(' · ')}
                  </Text>
                </Group>
              </Button>
            </li>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

interface NewContact {
  name: string;
  role: string;
  email: string;
  phone: string;
}
const blank: NewContact = { name: '', role: '', email: '', phone: '' };

function CreateContact({
  applicationId,
  company,
  onChanged,
}: {
  applicationId: number;
  company: string;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [v, setV] = useState<NewContact>(blank);
  const [nameError, setNameError] = useState('');
  const act = useAction();
  if (!open) {
    return (
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconUserPlus size={14} aria-hidden />}
          onClick={() => setOpen(true)}
        >
          New contact
        </Button>
      </Group>
    );
  }
  const set = (k: keyof NewContact) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((x) => ({ ...x, [k]: value }));
    act.clear();
    if (k === 'name') setNameError('');
  };
  const fieldError = (k: keyof NewContact) => (act.field === k ? act.error : undefined);
  const submit = async () => {
    if (v.name.trim() === '') {
      setNameError('Name is required');
      return;
    }
    const ok = await act.run(() =>
      contacts.create({
        id: 0,
        name: v.name.trim(),
        role: v.role.trim(),
        company,
        email: v.email.trim(),
        phone: v.phone.trim(),
        profileUrl: '',
        notes: '',
        applicationIds: [applicationId],
      }),
    );
    if (ok) {
      setV(blank);
      setOpen(false);
      onChanged();
    }
  };
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-label="Add a contact"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        <TextInput
          label="Name"
          withAsterisk
          value={v.name}
          onChange={set('name')}
          error={nameError || fieldError('name')}
          data-autofocus
        />
        <TextInput
          label="Role"
          placeholder="Recruiter, hiring manager…"
          value={v.role}
          onChange={set('role')}
          error={fieldError('role')}
        />
        <TextInput label="Email" type="email" value={v.email} onChange={set('email')} error={fieldError('email')} />
        <TextInput label="Phone" type="tel" value={v.phone} onChange={set('phone')} error={fieldError('phone')} />
      </SimpleGrid>
      {act.error && !['name', 'role', 'email', 'phone'].includes(act.field) ? (
        <Text c="red" size="xs" role="alert" mt={4}>
          {act.error}
        </Text>
      ) : null}
      <Group justify="flex-end" gap="xs" mt="xs">
        <Button
          variant="default"
          size="xs"
          onClick={() => {
            setOpen(false);
            setV(blank);
            act.clear();
            setNameError('');
          }}
        >
          Cancel
        </Button>
        <Button size="xs" type="submit" loading={act.busy}>
          Save contact
        </Button>
      </Group>
    </Paper>
  );
}

/** ContactsSection shows the linked contacts and the ways to add one. */
export function ContactsSection({
  applicationId,
  company,
  linked,
  onChanged,
}: {
  applicationId: number;
  company: string;
  linked: Contact[];
  onChanged: () => void;
}) {
  return (
    <Stack gap="sm">
      {linked.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contacts linked yet. Add the recruiter or the hiring manager so their details are at hand.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label="Linked contacts">
          {linked.map((c) => (
            <ContactCard key={c.id} contact={c} applicationId={applicationId} onChanged={onChanged} />
          ))}
        </Stack>
      )}
      <CreateContact applicationId={applicationId} company={company} onChanged={onChanged} />
      <LinkExisting applicationId={applicationId} linked={linked} onChanged={onChanged} />
    </Stack>
  );
}
