import { useEffect, useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { calendar, toApiError } from '../../api';

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
  const [saving, setSaving] = useState(false);
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  useEffect(() => setId(clientId), [clientId]);
  useEffect(() => {
    if (needed) setOpen(true);
  }, [needed]);

  const save = async (clientIdValue: string, secretValue: string) => {
    setSaving(true);
    setFieldError('');
    setError('');
    setSaved('');
    try {
      await calendar.setClient(clientIdValue, secretValue);
      setSecret('');
      setSaved(clientIdValue ? 'Your client is saved; connect again to use it.' : 'Back to the built-in client.');
      onSaved();
    } catch (e) {
      const err = toApiError(e);
      if (err.field === 'clientId') setFieldError(err.message);
      else setError(err.message);
    } finally {
      setSaving(false);
    }
  };

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
          {error && (
            <Alert color="red" role="alert" p="xs">
              {error}
            </Alert>
          )}
          {saved && (
            <Text size="sm" c="teal" role="status">
              {saved}
            </Text>
          )}
          <Group gap="xs">
            <Button size="xs" loading={saving} onClick={() => void save(id.trim(), secret.trim())}>
              Save client
            </Button>
            {clientId && (
              <Button size="xs" variant="default" disabled={saving} onClick={() => void save('', '')}>
                Use the built-in client
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
