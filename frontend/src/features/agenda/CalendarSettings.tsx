import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconBrandGoogle, IconPlugConnected, IconRefresh } from '@tabler/icons-react';
import { calendar, events, isApiError, toApiError } from '../../api';
import { applicationsChanged } from '../../app/changes';
import { queryKeys } from '../../app/queryKeys';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { QueryState } from '../../shared/QueryState';
import { formatDateTime } from '../../shared/format';
import { syncSummary } from './summary';
import { ClientForm } from './ClientForm';
import { count } from '../../shared/count';

/** Sync intervals offered, in minutes (0 = off). */
const intervals: { value: number; label: string }[] = [
  { value: 0, label: 'Off (sync only when I ask)' },
  { value: 15, label: 'Every 15 minutes' },
  { value: 30, label: 'Every 30 minutes' },
  { value: 60, label: 'Every hour' },
  { value: 180, label: 'Every 3 hours' },
  { value: 720, label: 'Every 12 hours' },
  { value: 1440, label: 'Once a day' },
];

const stateLabel: Record<calendar.ConnectionState, { label: string; color: string }> = {
  connected: { label: 'Connected', color: 'teal' },
  reconnect: { label: 'Reconnect needed', color: 'orange' },
  not_connected: { label: 'Not connected', color: 'gray' },
};

interface SyncRun {
  id: string;
  done: number;
  message: string;
}

/**
 * CalendarSettings is the calendar section of Settings: Google Calendar
 * status, connect (in the system browser), sync now with progress, the
 * interval sync, disconnect (optionally deleting imported events) and the
 * user's own OAuth client.
 */
export function CalendarSettings() {
  const client = useQueryClient();
  const status = useQuery({ queryKey: queryKeys.calendar.status, queryFn: calendar.status });
  const setStatus = (s: calendar.CalendarStatus) => client.setQueryData(queryKeys.calendar.status, s);
  const [error, setError] = useState('');
  const [connecting, setConnecting] = useState(false);
  const [run, setRun] = useState<SyncRun | null>(null);
  const [result, setResult] = useState('');
  const [intervalError, setIntervalError] = useState('');
  const [disconnectOpen, setDisconnectOpen] = useState(false);
  const [deleteEvents, setDeleteEvents] = useState(false);
  const runId = useRef('');
  const finished = useRef(new Map<string, events.JobDone>());

  const refresh = useCallback(() => client.invalidateQueries({ queryKey: queryKeys.calendar.status }), [client]);

  const finish = useCallback(
    (d: events.JobDone) => {
      runId.current = '';
      setRun(null);
      if (d.ok) {
        const report = calendar.syncResult(d);
        setResult(report ? syncSummary(report) : 'Sync finished.');
        setError('');
      } else if (!d.cancelled) setError(d.errorMessage || 'The sync failed.');
      else setResult('Sync cancelled.');
      applicationsChanged([]);
      void refresh();
    },
    [refresh],
  );

  useEffect(() => {
    const offProgress = events.onJobProgress((p) => {
      if (p.id && p.id === runId.current) setRun({ id: p.id, done: p.done, message: p.message });
    });
    const offDone = events.onJobDone((d) => {
      if (!d.id.startsWith('calendar-sync-')) return;
      if (d.id === runId.current) finish(d);
      else finished.current.set(d.id, d);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [refresh, finish]);

  const connect = async () => {
    setConnecting(true);
    setError('');
    setResult('');
    try {
      setStatus(await calendar.connect());
    } catch (e) {
      if (!isApiError(e, 'canceled')) setError(toApiError(e).message);
      void refresh();
    } finally {
      setConnecting(false);
    }
  };

  const syncNow = async () => {
    setError('');
    setResult('');
    try {
      const id = await calendar.sync();
      runId.current = id;
      setRun({ id, done: 0, message: 'Asking Google Calendar for events…' });
      const early = finished.current.get(id);
      if (early) finish(early);
    } catch (e) {
      setError(toApiError(e).message);
      void refresh();
    }
  };

  const cancelSync = async () => {
    if (!run) return;
    try {
      await calendar.cancel(run.id);
    } catch (e) {
      setError(toApiError(e).message);
    }
  };

  const changeInterval = async (minutes: number) => {
    setIntervalError('');
    try {
      await calendar.setSyncInterval(minutes);
      await refresh();
    } catch (e) {
      setIntervalError(toApiError(e).message);
    }
  };

  const disconnect = async () => {
    setError('');
    try {
      const r = await calendar.disconnect(deleteEvents);
      const parts = [r.revoked ? 'Access revoked at Google.' : r.warning || 'Access removed on this computer only.'];
      if (deleteEvents) parts.push(`${count(r.eventsDeleted, 'imported event')} deleted.`);
      setResult(parts.join(' '));
      applicationsChanged([]);
    } finally {
      void refresh();
    }
  };

  const st = status.data ?? null;
  const badge = st ? stateLabel[st.state] : null;
  const connected = st?.state === 'connected';
  const intervalOptions =
    st && !intervals.some((i) => i.value === st.syncIntervalMinutes)
      ? [...intervals, { value: st.syncIntervalMinutes, label: `Every ${st.syncIntervalMinutes} minutes` }]
      : intervals;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calendar-settings-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="calendar-settings-title">
            Calendar
          </Title>
          {badge && (
            <Badge color={badge.color} variant="light" aria-label={`Google Calendar: ${badge.label}`}>
              Google: {badge.label}
            </Badge>
          )}
        </Group>
        <QueryState of={status} loading="Loading calendar status" errorTitle="Could not read the calendar status">
          {() => null}
        </QueryState>
        {st && (
          <Stack gap={4}>
            <Text size="sm">{st.message}</Text>
            <Text size="sm" c="dimmed">
              Last sync: {st.lastSync ? formatDateTime(st.lastSync) : 'never'}
            </Text>
            {!st.persistent && (
              <Text size="sm" c="orange">
                No OS keychain: the Google token is kept for this session only, so you will connect again after a
                restart.
              </Text>
            )}
          </Stack>
        )}
        {error && (
          <Alert
            color="red"
            role="alert"
            withCloseButton
            onClose={() => setError('')}
            closeButtonLabel="Dismiss calendar error"
          >
            {error}
          </Alert>
        )}
        {result && (
          <Alert
            color="teal"
            role="status"
            withCloseButton
            onClose={() => setResult('')}
            closeButtonLabel="Dismiss sync report"
          >
            {result}
          </Alert>
        )}

        {st && !connected && (
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Connecting opens Google's sign-in page in your web browser. Huntbook asks for read-only access to your
              events and never changes or deletes anything in your calendar. Come back here when Google says you can
              close the page.
            </Text>
            {connecting ? (
              <Group gap="xs">
                <Loader size="xs" aria-hidden />
                <Text size="sm">Waiting for you to finish in the browser…</Text>
                <Button size="xs" variant="default" onClick={() => void calendar.cancelConnect()}>
                  Cancel connecting
                </Button>
              </Group>
            ) : (
              <Button leftSection={<IconBrandGoogle size={16} aria-hidden />} onClick={() => void connect()}>
                {st.state === 'reconnect' ? 'Reconnect Google Calendar' : 'Connect Google Calendar'}
              </Button>
            )}
          </Stack>
        )}

        {st && st.state !== 'not_connected' && (
          <Stack gap="xs">
            {run ? (
              <Stack gap={4}>
                <Group gap="xs">
                  <Text size="sm" role="status">
                    {run.message || 'Syncing…'}
                  </Text>
                  <Button size="compact-xs" variant="default" onClick={() => void cancelSync()}>
                    Cancel sync
                  </Button>
                </Group>
                <Progress
                  value={100}
                  animated
                  striped
                  aria-label={`Sync progress: ${count(run.done, 'event')} received`}
                />
              </Stack>
            ) : (
              <Group gap="xs">
                <Button
                  variant="light"
                  leftSection={<IconRefresh size={16} aria-hidden />}
                  onClick={() => void syncNow()}
                  disabled={!connected}
                >
                  Sync now
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconPlugConnected size={16} aria-hidden />}
                  onClick={() => setDisconnectOpen(true)}
                >
                  Disconnect
                </Button>
              </Group>
            )}
            <NativeSelect
              label="Sync automatically while Huntbook is open"
              value={String(st.syncIntervalMinutes)}
              onChange={(e) => void changeInterval(Number(e.currentTarget.value))}
              data={intervalOptions.map((i) => ({ value: String(i.value), label: i.label }))}
              error={intervalError || undefined}
              maw={360}
            />
          </Stack>
        )}

        {st && st.clientId === '' && (
          <Text size="sm" c="orange">
            This build of Huntbook has no built-in Google client: enter your own below before connecting.
          </Text>
        )}
        <ClientForm
          clientId={st?.clientId ?? ''}
          needed={st !== null && st.clientId === ''}
          onSaved={() => void refresh()}
        />
      </Stack>

      <ConfirmDialog
        opened={disconnectOpen}
        title="Disconnect Google Calendar?"
        confirmLabel="Disconnect"
        cancelLabel="Keep connected"
        onConfirm={disconnect}
        onClose={() => setDisconnectOpen(false)}
      >
        <Text size="sm">
          Huntbook revokes its access at Google and forgets the token. Your Google calendar itself is not changed.
        </Text>
        <Checkbox
          label="Also delete the events imported from Google (and your confirmations on them)"
          checked={deleteEvents}
          onChange={(e) => setDeleteEvents(e.currentTarget.checked)}
        />
      </ConfirmDialog>
    </Paper>
  );
}
