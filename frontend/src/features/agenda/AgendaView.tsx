import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Center, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconDownload, IconFileImport } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { applications, calendar, toApiError } from '../../api';
import { applicationsChanged, onApplicationsChanged } from '../../app/changes';
import { openApplication } from '../../app/navigation';
import { InterviewList } from './InterviewList';
import { ProposalList } from './ProposalList';
import { importLimits, importSummary } from './format';

/** Ranges the agenda can show, in days from the start of today. */
const ranges = [7, 30, 90, 365];

/** A stage move the app suggests after a confirmation; nothing moves without the user's click. */
interface Suggestion {
  applicationId: number;
  company: string;
  stageId: number;
  stage: string;
}

/** loadAgenda reads the agenda from the start of today for days, and the pending proposals. */
export async function loadAgenda(days: number, now: Date = new Date()) {
  const from = dayjs(now).startOf('day');
  const [items, props] = await Promise.all([
    calendar.interviews(from.toISOString(), from.add(days, 'day').toISOString()),
    calendar.proposals(),
  ]);
  return { items, proposals: props };
}

/**
 * AgendaView: upcoming interviews (join link, company, contacts, the
 * application), proposals to confirm or reject, the stage suggestion after
 * a confirmation, and .ics import and export.
 */
export function AgendaView() {
  const [days, setDays] = useState(30);
  const [items, setItems] = useState<calendar.Interview[]>([]);
  const [proposals, setProposals] = useState<calendar.Proposal[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const [actionError, setActionError] = useState('');
  const [imported, setImported] = useState<calendar.ICSImport | null>(null);
  const [busy, setBusy] = useState<'' | 'import' | 'export' | 'move'>('');
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);

  const reload = useCallback(async () => {
    try {
      const r = await loadAgenda(days);
      setItems(r.items);
      setProposals(r.proposals);
      setError('');
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setLoading(false);
    }
  }, [days]);

  useEffect(() => {
    void reload();
    return onApplicationsChanged(() => void reload());
  }, [reload]);

  const importICS = async () => {
    setBusy('import');
    setActionError('');
    try {
      const r = await calendar.importDialog();
      if (r.path) {
        setImported(r);
        applicationsChanged([]);
      }
    } catch (e) {
      setActionError(toApiError(e).message);
    } finally {
      setBusy('');
    }
  };

  const exportICS = async () => {
    setBusy('export');
    setActionError('');
    try {
      const path = await calendar.exportDialog([]);
      if (path) notifications.show({ color: 'teal', title: 'Interviews exported', message: path });
    } catch (e) {
      setActionError(toApiError(e).message);
    } finally {
      setBusy('');
    }
  };

  const confirmed = (c: calendar.Confirmation, cand: calendar.Candidate) => {
    setProposals((ps) => ps.filter((p) => p.key !== c.interview.key));
    setSuggestion(
      c.suggestStageId > 0
        ? { applicationId: cand.applicationId, company: cand.company, stageId: c.suggestStageId, stage: c.suggestStage || 'Interviewing' }
        : null,
    );
    applicationsChanged([cand.applicationId]);
  };

  const move = async (s: Suggestion) => {
    setBusy('move');
    setActionError('');
    try {
      await applications.move(s.applicationId, s.stageId);
      setSuggestion(null);
      notifications.show({ color: 'teal', title: `Moved to ${s.stage}`, message: s.company });
      applicationsChanged([s.applicationId]);
    } catch (e) {
      setActionError(toApiError(e).message);
    } finally {
      setBusy('');
    }
  };

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3">
          Interviews
        </Title>
        <Group gap="xs" wrap="wrap">
          <NativeSelect
            aria-label="Show interviews for"
            value={String(days)}
            onChange={(e) => setDays(Number(e.currentTarget.value))}
            data={ranges.map((d) => ({ value: String(d), label: `Next ${d} days` }))}
            size="sm"
          />
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            loading={busy === 'import'}
            disabled={busy !== '' && busy !== 'import'}
            onClick={() => void importICS()}
          >
            Import .ics
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'export'}
            disabled={busy !== '' && busy !== 'export'}
            onClick={() => void exportICS()}
          >
            Export .ics
          </Button>
        </Group>
      </Group>

      {imported && (
        <Alert color="teal" title="Calendar imported" withCloseButton onClose={() => setImported(null)} closeButtonLabel="Dismiss import report">
          <Text size="sm">{importSummary(imported)}</Text>
          {importLimits(imported).map((line) => (
            <Text size="sm" key={line}>
              {line}
            </Text>
          ))}
          {imported.warnings.length > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              {imported.warnings.slice(0, 5).join(' · ')}
              {imported.warnings.length > 5 ? ` · and ${imported.warnings.length - 5} more` : ''}
            </Text>
          )}
        </Alert>
      )}
      {actionError && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setActionError('')} closeButtonLabel="Dismiss error">
          {actionError}
        </Alert>
      )}
      {suggestion && (
        <Alert color="grape" title="Interview confirmed" role="status">
          <Stack gap="xs">
            <Text size="sm">
              Move {suggestion.company} to the {suggestion.stage} stage?
            </Text>
            <Group gap="xs">
              <Button size="xs" loading={busy === 'move'} onClick={() => void move(suggestion)}>
                Move to {suggestion.stage}
              </Button>
              <Button size="xs" variant="default" onClick={() => openApplication(suggestion.applicationId)}>
                Open application
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setSuggestion(null)}>
                Not now
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {loading ? (
        <Center py="xl">
          <Loader aria-label="Loading interviews" />
        </Center>
      ) : error ? (
        <Alert color="red" role="alert" title="Could not load the agenda">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{error}</Text>
            <Button size="xs" variant="light" onClick={() => void reload()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <ProposalList
            proposals={proposals}
            onConfirmed={confirmed}
            onRejected={(key) => setProposals((ps) => ps.filter((p) => p.key !== key))}
          />
          <Title order={3} size="h5">
            Upcoming
          </Title>
          {items.length === 0 ? (
            <Paper withBorder p="lg">
              <Stack align="center" gap="xs">
                <IconCalendarPlus size={32} aria-hidden />
                <Text fw={500}>No interviews in the next {days} days</Text>
                <Text size="sm" c="dimmed" ta="center">
                  Import an .ics file from any calendar, or connect Google Calendar (read-only) in Settings.
                </Text>
              </Stack>
            </Paper>
          ) : (
            <InterviewList items={items} />
          )}
        </>
      )}
    </Stack>
  );
}
