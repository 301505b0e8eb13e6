import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCalendarPlus, IconDownload, IconFileImport } from '@tabler/icons-react';
import { applications, calendar } from '../../api';
import { applicationsChanged } from '../../app/changes';
import { addDays, startOfDay, today } from '../../shared/format';
import { openApplication } from '../../app/navigation';
import { queryKeys } from '../../app/queryKeys';
import { ActionError, QueryState } from '../../shared/QueryState';
import { InterviewList } from './InterviewList';
import { ProposalList } from './ProposalList';
import { importLimits, importSummary } from './summary';

/** Ranges the agenda can show, in days from the start of today. */
const ranges = [7, 30, 90, 365];

/** A stage move the app suggests after a confirmation; nothing moves without the user's click. */
interface Suggestion {
  applicationId: number;
  company: string;
  stageId: number;
  stage: string;
}

/** loadInterviews reads the interviews from the start of today for days. */
export function loadInterviews(days: number, now: Date = new Date()) {
  const day = today(now);
  return calendar.interviews(startOfDay(day).toISOString(), startOfDay(addDays(day, days)).toISOString());
}

/** An action of the agenda's; one runs at a time. */
type Action = { kind: 'import' } | { kind: 'export' } | { kind: 'move'; suggestion: Suggestion };

/**
 * AgendaView: upcoming interviews (join link, company, contacts, the
 * application), proposals to confirm or reject, the stage suggestion after
 * a confirmation, and .ics import and export.
 */
export function AgendaView() {
  const client = useQueryClient();
  const [days, setDays] = useState(30);
  const [imported, setImported] = useState<calendar.ICSImport | null>(null);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const interviews = useQuery({
    queryKey: queryKeys.agenda.interviews(days),
    queryFn: () => loadInterviews(days),
    placeholderData: keepPreviousData,
  });
  const proposals = useQuery({ queryKey: queryKeys.agenda.proposals, queryFn: calendar.proposals });
  const dropProposal = (key: string) =>
    client.setQueryData<calendar.Proposal[]>(queryKeys.agenda.proposals, (ps) => ps?.filter((p) => p.key !== key));

  const action = useMutation({
    mutationFn: async (a: Action) => {
      if (a.kind === 'import') {
        const r = await calendar.importDialog();
        if (r.path) {
          setImported(r);
          applicationsChanged([]);
        }
      } else if (a.kind === 'export') {
        const path = await calendar.exportDialog([]);
        if (path) notifications.show({ color: 'teal', title: 'Interviews exported', message: path });
      } else {
        const s = a.suggestion;
        await applications.move(s.applicationId, s.stageId);
        setSuggestion(null);
        notifications.show({ color: 'teal', title: `Moved to ${s.stage}`, message: s.company });
        applicationsChanged([s.applicationId]);
      }
    },
  });
  const busy = action.isPending ? action.variables.kind : '';

  const confirmed = (c: calendar.Confirmation, cand: calendar.Candidate) => {
    dropProposal(c.interview.key);
    const stageId = c.suggestStageId ?? 0;
    setSuggestion(
      stageId > 0
        ? {
            applicationId: cand.applicationId,
            company: cand.company,
            stageId,
            stage: c.suggestStage || 'Interviewing',
          }
        : null,
    );
    applicationsChanged([cand.applicationId]);
  };

  return (
    <Stack gap="md" maw={{ base: 960, xl: 1840 }}>
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
            onClick={() => action.mutate({ kind: 'import' })}
          >
            Import .ics
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'export'}
            disabled={busy !== '' && busy !== 'export'}
            onClick={() => action.mutate({ kind: 'export' })}
          >
            Export .ics
          </Button>
        </Group>
      </Group>

      {imported && (
        <Alert
          color="teal"
          title="Calendar imported"
          withCloseButton
          onClose={() => setImported(null)}
          closeButtonLabel="Dismiss import report"
        >
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
      <ActionError error={action.error} onDismiss={action.reset} />
      {suggestion && (
        <Alert color="grape" title="Interview confirmed" role="status">
          <Stack gap="xs">
            <Text size="sm">
              Move {suggestion.company} to the {suggestion.stage} stage?
            </Text>
            <Group gap="xs">
              <Button size="xs" loading={busy === 'move'} onClick={() => action.mutate({ kind: 'move', suggestion })}>
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

      <QueryState of={[interviews, proposals]} loading="Loading interviews" errorTitle="Could not load the agenda">
        {() => (
          <>
            <ProposalList proposals={proposals.data ?? []} onConfirmed={confirmed} onRejected={dropProposal} />
            <Title order={3} size="h5">
              Upcoming
            </Title>
            {interviews.data?.length ? (
              <InterviewList items={interviews.data} />
            ) : (
              <Paper withBorder p="lg">
                <Stack align="center" gap="xs">
                  <IconCalendarPlus size={32} aria-hidden />
                  <Text fw={500}>No interviews in the next {days} days</Text>
                  <Text size="sm" c="dimmed" ta="center">
                    Import an .ics file from any calendar, or connect Google Calendar (read-only) in Settings.
                  </Text>
                </Stack>
              </Paper>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
