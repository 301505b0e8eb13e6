import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconMailDown, IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { mailAccount, toApiError } from '../../api';
import { useMailCheck } from '../../app/mailCheck';
import { queryKeys } from '../../app/queryKeys';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { QueryState } from '../../shared/QueryState';
import { count } from '../../shared/count';
import { formatDateTime } from '../../shared/format';

/** How often mail is checked while Huntbook is open (0 = only when asked). */
const intervals = [
  { value: '0', label: 'Off (only when I ask)' },
  { value: '15', label: 'Every 15 minutes' },
  { value: '30', label: 'Every 30 minutes' },
  { value: '60', label: 'Every hour' },
  { value: '180', label: 'Every 3 hours' },
  { value: '720', label: 'Every 12 hours' },
  { value: '1440', label: 'Once a day' },
];

const sinceOptions = [
  { value: '14', label: 'The last 2 weeks' },
  { value: '30', label: 'The last 30 days' },
  { value: '90', label: 'The last 90 days' },
  { value: '180', label: 'The last 6 months' },
  { value: '365', label: 'The last year' },
];

interface FormValues {
  host: string;
  port: string;
  security: string;
  user: string;
  password: string;
  rememberPassword: boolean;
  folders: string;
  sinceDays: string;
  intervalMinutes: string;
}

const fields: readonly (keyof FormValues)[] = [
  'host',
  'port',
  'security',
  'user',
  'password',
  'folders',
  'sinceDays',
  'intervalMinutes',
];

function valuesOf(a: mailAccount.MailAccount): FormValues {
  return {
    host: a.host,
    port: String(a.port),
    security: a.security,
    user: a.user,
    password: '',
    rememberPassword: a.configured ? a.passwordRemembered || !a.passwordSaved : a.keychainAvailable,
    folders: a.folders.join(', '),
    sinceDays: String(a.sinceDays),
    intervalMinutes: String(a.intervalMinutes),
  };
}

function inputOf(v: FormValues): mailAccount.MailAccountInput {
  return {
    host: v.host.trim(),
    port: Number(v.port) || 0,
    security: v.security,
    user: v.user.trim(),
    password: v.password,
    rememberPassword: v.rememberPassword,
    folders: v.folders
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f !== ''),
    sinceDays: Number(v.sinceDays),
    intervalMinutes: Number(v.intervalMinutes),
  };
}

/** withCurrent adds the saved value to a list of options when it is not one of them. */
function withCurrent(options: { value: string; label: string }[], value: string, label: string) {
  return options.some((o) => o.value === value) ? options : [...options, { value, label }];
}

/**
 * MailAccountSection is Settings → E-mail account: the read-only IMAP
 * account (server, security, user, password kept in the keychain or for
 * this session only, folders, how far back, automatic checks off by
 * default), Test connection, Check mail now with progress, the last check
 * and its error, and Disconnect.
 */
export function MailAccountSection() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.mailAccount.status, queryFn: mailAccount.account });
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.mailAccount.all });
  const check = useMailCheck(refresh);
  const [tested, setTested] = useState<mailAccount.MailAccountTest | null>(null);
  const [saved, setSaved] = useState('');
  const [disconnectOpen, setDisconnectOpen] = useState(false);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf({
      configured: false,
      host: '',
      port: 993,
      security: 'tls',
      user: '',
      folders: ['INBOX'],
      sinceDays: 90,
      intervalMinutes: 0,
      passwordSaved: false,
      passwordRemembered: false,
      keychainAvailable: true,
      lastSync: '',
      lastAttempt: '',
      lastError: '',
      syncing: false,
      folderStates: [],
    }),
    validate: {
      host: (v) => (v.trim() === '' ? 'Enter the server, e.g. imap.gmail.com' : null),
      user: (v) => (v.trim() === '' ? 'Enter the user name (usually your e-mail address)' : null),
      port: (v) => (/^\d{1,5}$/.test(v.trim()) && Number(v) <= 65535 ? null : 'A port is a number up to 65535'),
    },
  });
  const account = query.data ?? null;

  // The form takes the saved account when it is read again, unless the
  // user is editing it; a save puts the saved values in (onSuccess).
  const { setValues, resetDirty, isDirty } = form;
  const take = (a: mailAccount.MailAccount) => {
    const v = valuesOf(a);
    setValues(v);
    resetDirty(v);
  };
  useEffect(() => {
    if (!account || isDirty()) return;
    const v = valuesOf(account);
    setValues(v);
    resetDirty(v);
  }, [account, isDirty, setValues, resetDirty]);

  /** showError puts a field's error under it, any other above the form. */
  const fieldError = (e: unknown): string => {
    const err = toApiError(e);
    const field = err.field as keyof FormValues | undefined;
    if (field && fields.includes(field)) {
      form.setFieldError(field, err.message);
      return '';
    }
    return err.message;
  };

  const save = useMutation({
    mutationFn: (v: FormValues) => mailAccount.save(inputOf(v)),
    onSuccess: (a) => {
      take(a);
      client.setQueryData(queryKeys.mailAccount.status, a);
      setSaved('Account saved.');
    },
  });
  const test = useMutation({
    mutationFn: (v: FormValues) => mailAccount.test(inputOf(v)),
    onSuccess: (t) => setTested(t),
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.assistant.ledger }),
  });
  const disconnect = useMutation({
    mutationFn: mailAccount.disconnect,
    onSuccess: () => {
      setTested(null);
      setSaved('Account removed. The messages already in the Inbox stay.');
      refresh();
    },
  });
  const saveError = save.error ? fieldError(save.error) : '';
  const testError = test.error ? fieldError(test.error) : '';

  const changedSinceSave = form.isDirty();
  const canCheck = account?.configured === true && account.passwordSaved && !changedSinceSave;
  const security = form.values.security;
  const run = check.run ?? (account?.syncing ? { id: '', done: 0, total: 0, message: 'Checking mail…' } : null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mail-account-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="mail-account-title">
            E-mail account (read-only IMAP)
          </Title>
          {account && (
            <Badge color={account.configured ? 'teal' : 'gray'} variant="light">
              {account.configured ? 'Set up' : 'Not set up'}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Read-only: Huntbook opens folders with IMAP EXAMINE, never sets flags (mail stays unread) and never deletes,
          moves or copies anything; it reads headers and text, never attachments, and only when you ask or turn
          automatic checks on.
        </Text>

        <QueryState of={query} loading="Reading the e-mail account" errorTitle="Could not read the e-mail account">
          {() =>
            account?.configured ? (
              <Stack gap={2}>
                <Text size="sm">
                  Last checked: {account.lastSync ? formatDateTime(account.lastSync) : 'never'}
                  {account.lastAttempt && account.lastAttempt !== account.lastSync && account.lastError
                    ? ` · last attempt ${formatDateTime(account.lastAttempt)}`
                    : ''}
                </Text>
                {account.folderStates.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {account.folderStates
                      .map((f) => `${f.folder}: read up to message ${String(f.lastUid)}`)
                      .join(' · ')}
                  </Text>
                )}
                {!account.passwordSaved && (
                  <Text size="sm" c="orange">
                    The password was kept for the last session only: enter it again to check mail.
                  </Text>
                )}
              </Stack>
            ) : null
          }
        </QueryState>
        {account?.lastError && !check.error && (
          <Alert color="red" title="The last check failed" role="alert">
            {account.lastError}
          </Alert>
        )}
        {check.error && (
          <Alert
            color="red"
            title="Check mail"
            role="alert"
            withCloseButton
            onClose={check.clear}
            closeButtonLabel="Dismiss error"
          >
            {check.error}
          </Alert>
        )}
        {check.summary && (
          <Alert color="teal" role="status" withCloseButton onClose={check.clear} closeButtonLabel="Dismiss report">
            {check.summary}
          </Alert>
        )}
        {run && (
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="sm" role="status">
                {run.message}
              </Text>
              {run.id !== '' && (
                <Button size="compact-xs" variant="default" onClick={() => void check.cancel()}>
                  Stop
                </Button>
              )}
            </Group>
            <Progress
              value={run.total > 0 ? (100 * run.done) / run.total : 100}
              animated={run.total === 0}
              striped={run.total === 0}
              aria-label={`Mail check: ${count(run.done, 'message')} of ${String(run.total)} read`}
            />
          </Stack>
        )}

        <form
          onSubmit={form.onSubmit((v) => {
            setSaved('');
            save.mutate(v);
          })}
          aria-label="E-mail account"
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label="Server"
                placeholder="imap.example.com"
                autoComplete="off"
                spellCheck={false}
                {...form.getInputProps('host')}
              />
              <NativeSelect
                label="Security"
                data={[
                  { value: 'tls', label: 'TLS (port 993)' },
                  { value: 'starttls', label: 'STARTTLS (port 143)' },
                ]}
                {...form.getInputProps('security')}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  form.setFieldValue('security', next);
                  const port = form.values.port.trim();
                  if (port === '' || port === '993' || port === '143') {
                    form.setFieldValue('port', next === 'starttls' ? '143' : '993');
                  }
                }}
              />
              <TextInput label="Port" inputMode="numeric" {...form.getInputProps('port')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="User name"
                placeholder="you@example.com"
                autoComplete="off"
                spellCheck={false}
                {...form.getInputProps('user')}
              />
              <PasswordInput
                label="Password"
                description={
                  account?.passwordSaved
                    ? `Kept ${account.passwordRemembered ? 'in the system keychain' : 'for this session'}; leave empty to keep it`
                    : 'Many providers (Gmail, Outlook, iCloud, Yahoo) want an app password'
                }
                autoComplete="new-password"
                {...form.getInputProps('password')}
              />
            </SimpleGrid>
            <Checkbox
              label={
                account && !account.keychainAvailable
                  ? 'Remember the password (no system keychain here: it is kept for this session only)'
                  : 'Remember the password in the system keychain (otherwise for this session only)'
              }
              disabled={account !== null && !account.keychainAvailable}
              {...form.getInputProps('rememberPassword', { type: 'checkbox' })}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label="Folders"
                description="Separated by commas"
                spellCheck={false}
                {...form.getInputProps('folders')}
              />
              <NativeSelect
                label="How far back the first check reads"
                data={withCurrent(sinceOptions, form.values.sinceDays, `The last ${form.values.sinceDays} days`)}
                {...form.getInputProps('sinceDays')}
              />
              <NativeSelect
                label="Check automatically while open"
                data={withCurrent(
                  intervals,
                  form.values.intervalMinutes,
                  `Every ${form.values.intervalMinutes} minutes`,
                )}
                {...form.getInputProps('intervalMinutes')}
              />
            </SimpleGrid>
            {security === 'starttls' && (
              <Text size="xs" c="dimmed">
                STARTTLS: the connection starts plain and must switch to TLS before the password is sent; Huntbook
                refuses a server that does not offer it.
              </Text>
            )}
            {(saveError || testError) && (
              <Alert color="red" role="alert" title={saveError ? 'Not saved' : 'Connection test failed'}>
                {saveError || testError}
              </Alert>
            )}
            {tested && !test.error && (
              <Alert color="teal" role="status" withCloseButton onClose={() => setTested(null)}>
                {tested.message}
                {tested.available.length > 0 && (
                  <Text size="xs" mt={4}>
                    Folders on the server: {tested.available.join(', ')}
                  </Text>
                )}
              </Alert>
            )}
            {saved && !save.error && (
              <Text size="sm" c="teal" role="status">
                {saved}
              </Text>
            )}
            <Group gap="xs">
              <Button type="submit" loading={save.isPending}>
                Save
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlugConnected size={16} aria-hidden />}
                loading={test.isPending}
                onClick={() => {
                  const v = form.validate();
                  if (v.hasErrors) return;
                  setTested(null);
                  test.mutate(form.values);
                }}
              >
                Test connection
              </Button>
              <Button
                variant="light"
                leftSection={<IconMailDown size={16} aria-hidden />}
                disabled={!canCheck || run !== null}
                onClick={() => void check.start()}
                title={canCheck ? undefined : 'Save the account first'}
              >
                Check mail now
              </Button>
              {account?.configured && (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconPlugConnectedX size={16} aria-hidden />}
                  onClick={() => setDisconnectOpen(true)}
                >
                  Disconnect
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Stack>

      <ConfirmDialog
        opened={disconnectOpen}
        title="Disconnect the e-mail account?"
        confirmLabel="Disconnect"
        cancelLabel="Keep it"
        onConfirm={() => disconnect.mutateAsync()}
        onClose={() => setDisconnectOpen(false)}
      >
        <Text size="sm">
          Huntbook forgets the server, the password and how far each folder was read. Your mailbox is not changed, and
          the messages already in the Inbox stay.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
