import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { applications, contacts, toApiError, type Application, type Contact } from '../../api';
import { queryKeys } from '../../app/queryKeys';

/** What the form edits: a contact without its times. */
export type ContactDraft = Omit<Contact, 'createdAt' | 'updatedAt'>;

/** emptyContact is a new contact. */
export function emptyContact(): ContactDraft {
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
  };
}

/** checkContact returns field errors the page can see before asking the backend. */
export function checkContact(c: ContactDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!c.name.trim()) errors.name = 'A contact needs a name';
  if (c.email.trim() && !/^[^\s@]+@[^\s@]+$/.test(c.email.trim()))
    errors.email = 'This does not look like an email address';
  if (c.profileUrl.trim() && !/^https?:\/\/\S+$/i.test(c.profileUrl.trim()))
    errors.profileUrl = 'Use a web address starting with https://';
  return errors;
}

const label = (a: Application | undefined, id: number) =>
  a ? `${a.company}${a.title ? `, ${a.title}` : ''}` : `Application #${id}`;

function LinkPicker({ exclude, onPick }: { exclude: number[]; onPick: (a: Application) => void }) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 150);
  const search = useQuery({
    queryKey: queryKeys.applications.search(debounced),
    queryFn: () => applications.list({ search: debounced, limit: 8 }).then((r) => r.items),
    enabled: debounced !== '',
  });
  const found = debounced ? (search.data ?? []).filter((a) => !exclude.includes(a.id)) : [];
  return (
    <Stack gap={4}>
      <TextInput
        label="Link to an application"
        placeholder="Search by company or title"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      {found.map((a) => (
        <UnstyledButton
          key={a.id}
          onClick={() => {
            onPick(a);
            setQ('');
          }}
          aria-label={`Link ${label(a, a.id)}`}
          px="xs"
          py={2}
        >
          <Group gap={6}>
            <IconLink size={14} aria-hidden />
            <Text size="sm">{label(a, a.id)}</Text>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}

/** ContactForm creates or edits a contact, and links or unlinks applications of an existing one. */
export function ContactForm({
  opened,
  initial,
  names,
  onClose,
  onSaved,
}: {
  opened: boolean;
  initial: ContactDraft;
  names: Map<number, Application>;
  onClose: () => void;
  onSaved: (c: Contact) => void;
}) {
  const [c, setC] = useState<ContactDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [linked, setLinked] = useState<Map<number, Application>>(new Map());
  useEffect(() => {
    if (opened) {
      setC(initial);
      setErrors({});
      setError(null);
      setLinked(new Map());
    }
  }, [opened, initial]);

  const set = (k: keyof ContactDraft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const v = e.currentTarget.value;
    setC((x) => ({ ...x, [k]: v }));
    setErrors((x) => ({ ...x, [k]: '' }));
  };

  const client = useQueryClient();
  const changed = () => client.invalidateQueries({ queryKey: queryKeys.contacts.all });
  const failed = (e: unknown) => {
    const err = toApiError(e);
    if (err.field) setErrors({ [err.field]: err.message });
    else setError(err.message);
  };
  const saving = useMutation({
    mutationFn: (d: ContactDraft) => (d.id ? contacts.update(d) : contacts.create(d)),
    onSuccess: (saved) => {
      void changed();
      onSaved(saved);
    },
    onError: failed,
  });
  const linking = useMutation({
    mutationFn: (a: Application) => contacts.link(c.id, a.id),
    onSuccess: (_, a) => {
      void changed();
      setLinked((m) => new Map(m).set(a.id, a));
      setC((x) => ({ ...x, applicationIds: [...x.applicationIds, a.id] }));
    },
    onError: failed,
  });
  const unlinking = useMutation({
    mutationFn: (id: number) => contacts.unlink(c.id, id),
    onSuccess: (_, id) => {
      void changed();
      setC((x) => ({ ...x, applicationIds: x.applicationIds.filter((i) => i !== id) }));
    },
    onError: failed,
  });

  const save = () => {
    const found = checkContact(c);
    setErrors(found);
    if (Object.keys(found).length) return;
    setError(null);
    saving.mutate({ ...c, name: c.name.trim(), email: c.email.trim(), profileUrl: c.profileUrl.trim() });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={c.id ? `Edit ${initial.name}` : 'Add contact'} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            value={c.name}
            onChange={set('name')}
            error={errors.name}
            data-autofocus
            maxLength={200}
          />
          <Group grow>
            <TextInput
              label="Role"
              value={c.role}
              onChange={set('role')}
              error={errors.role}
              placeholder="Recruiter, hiring manager…"
              maxLength={200}
            />
            <TextInput
              label="Company"
              value={c.company}
              onChange={set('company')}
              error={errors.company}
              maxLength={200}
            />
          </Group>
          <Group grow>
            <TextInput
              label="Email"
              type="email"
              value={c.email}
              onChange={set('email')}
              error={errors.email}
              maxLength={320}
            />
            <TextInput
              label="Phone"
              type="tel"
              value={c.phone}
              onChange={set('phone')}
              error={errors.phone}
              maxLength={60}
            />
          </Group>
          <TextInput
            label="Profile URL"
            value={c.profileUrl}
            onChange={set('profileUrl')}
            error={errors.profileUrl}
            placeholder="https://…"
            maxLength={2000}
          />
          <Textarea
            label="Notes"
            value={c.notes}
            onChange={set('notes')}
            error={errors.notes}
            autosize
            minRows={2}
            maxRows={6}
          />
          {c.id > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Linked applications
              </Text>
              {c.applicationIds.length === 0 && (
                <Text size="sm" c="dimmed">
                  None yet.
                </Text>
              )}
              {c.applicationIds.map((id) => (
                <Group key={id} gap={6}>
                  <Text size="sm">{label(linked.get(id) ?? names.get(id), id)}</Text>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    aria-label={`Unlink ${label(linked.get(id) ?? names.get(id), id)}`}
                    onClick={() => unlinking.mutate(id)}
                  >
                    <IconUnlink size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <LinkPicker exclude={c.applicationIds} onPick={(a) => linking.mutate(a)} />
            </Stack>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving.isPending}>
              Save contact
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
