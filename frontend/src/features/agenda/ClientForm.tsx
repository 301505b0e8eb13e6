import { useEffect, useState } from 'react';
import { Button, Group, PasswordInput, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { calendar, toApiError } from '../../api';
import { ActionError } from '../../shared/QueryState';

/**
 * ClientForm lets the user enter their own Google OAuth client (a Desktop
 * app client from Google Cloud) instead of the built-in one; it starts
 * open when there is no client at all (needed). The secret goes
 * to the OS keychain, never to the database.
 */
export function ClientForm({ clientId, needed, onSaved }: { clientId: string; needed: boolean; onSaved: () => void }) {
  const [open, setOpen] = useState(needed);
  const [id, setId] = useState(clientId);
  const [secret, setSecret] = useState('');

  useEffect(() => setId(clientId), [clientId]);
  useEffect(() => {
    if (needed) setOpen(true);
  }, [needed]);

  const saving = useMutation({
    mutationFn: ({ id, secret }: { id: string; secret: string }) => calendar.setClient(id, secret),
    onSuccess: () => {
      setSecret('');
      onSaved();
    },
  });
  const save = (id: string, secret: string) => saving.mutate({ id, secret });
  const failed = saving.error ? toApiError(saving.error) : null;
  const fieldError = failed?.field === 'clientId' ? failed.message : '';
  const saved = saving.isSuccess
    ? saving.variables.id
      ? 'Your client is saved; connect again to use it.'
      : 'Back to the built-in client.'
    : '';

  return (
    <Stack gap="xs">
      <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls="calendar-client-form">
        <Group gap={4}>
          {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          <Text size="sm" fw={500}>
            Use your own Google client
          </Text>
        </Group>
      </UnstyledButton>
      {open && (
        <Stack gap="xs" maw={520} id="calendar-client-form">
          <Text size="sm" c="dimmed">
            In the Google Cloud console, enable the Google Calendar API, create an OAuth client ID of type “Desktop
            app”, and paste its ID and secret here. The secret is kept in your OS keychain.
          </Text>
          <TextInput
            label="Client ID"
            value={id}
            onChange={(e) => setId(e.currentTarget.value)}
            error={fieldError || undefined}
            placeholder="1234-abc.apps.googleusercontent.com"
          />
          <PasswordInput label="Client secret" value={secret} onChange={(e) => setSecret(e.currentTarget.value)} />
          <ActionError error={failed && !fieldError ? failed : null} onDismiss={saving.reset} />
          {saved && (
            <Text size="sm" c="teal" role="status">
              {saved}
            </Text>
          )}
          <Group gap="xs">
            <Button size="xs" loading={saving.isPending} onClick={() => save(id.trim(), secret.trim())}>
              Save client
            </Button>
            {clientId && (
              <Button size="xs" variant="default" disabled={saving.isPending} onClick={() => save('', '')}>
                Use the built-in client
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
