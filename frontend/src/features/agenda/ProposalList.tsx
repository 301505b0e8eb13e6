import { useState } from 'react';
import { Badge, Button, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconCheck, IconX } from '@tabler/icons-react';
import { calendar } from '../../api';
import { ActionError } from '../../shared/QueryState';
import { JoinLink } from '../../shared/JoinLink';
import { formatDateTimeWeekday } from '../../shared/format';
import { confidence } from './summary';

function Reasons({ reasons, label }: { reasons: string[]; label: string }) {
  if (reasons.length === 0) return null;
  return (
    <List size="xs" c="dimmed" spacing={0} aria-label={label}>
      {reasons.map((r) => (
        <List.Item key={r}>{r}</List.Item>
      ))}
    </List>
  );
}

function ProposalCard({
  proposal,
  onConfirmed,
  onRejected,
}: {
  proposal: calendar.Proposal;
  onConfirmed: (c: calendar.Confirmation, candidate: calendar.Candidate) => void;
  onRejected: (key: string) => void;
}) {
  const p = proposal;
  const [chosen, setChosen] = useState(p.candidates[0]?.applicationId ?? 0);
  const candidate = p.candidates.find((c) => c.applicationId === chosen) ?? p.candidates.at(0);
  const titleId = `proposal-${p.key}`;
  const act = useMutation({
    mutationFn: async (what: 'confirm' | 'reject') => {
      if (what === 'confirm' && candidate)
        onConfirmed(await calendar.confirm(p.key, candidate.applicationId), candidate);
      else {
        await calendar.reject(p.key);
        onRejected(p.key);
      }
    },
  });
  const busy = act.isPending ? act.variables : '';

  return (
    <Paper withBorder p="sm" role="listitem" aria-labelledby={titleId} data-proposal={p.key}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} id={titleId} truncate="end">
              {p.title || 'Untitled event'}
            </Text>
            <Text size="sm" c="dimmed">
              {formatDateTimeWeekday(p.start)}
            </Text>
          </Stack>
          <Badge variant="light" color={p.isInterview ? 'grape' : 'gray'} style={{ flexShrink: 0 }}>
            {p.isInterview ? `Interview ${confidence(p.confidence)}` : `Maybe an interview ${confidence(p.confidence)}`}
          </Badge>
        </Group>
        <Reasons reasons={p.reasons} label={`Why ${p.title} looks like an interview`} />
        <JoinLink url={p.meetingUrl} compact />
        {p.candidates.length > 1 ? (
          <NativeSelect
            label="Application"
            value={String(chosen)}
            onChange={(e) => setChosen(Number(e.currentTarget.value))}
            data={p.candidates.map((c) => ({
              value: String(c.applicationId),
              label: `${c.company} — ${c.title}${c.stage ? ` (${c.stage})` : ''}, ${confidence(c.confidence)}`,
            }))}
          />
        ) : candidate ? (
          <Text size="sm">
            Application:{' '}
            <Text span fw={500}>
              {candidate.company} — {candidate.title}
            </Text>
            {candidate.stage ? ` (${candidate.stage})` : ''}
          </Text>
        ) : null}
        {candidate && (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Badge size="sm" variant="outline" style={{ flexShrink: 0 }}>
              match {confidence(candidate.confidence)}
            </Badge>
            <Reasons reasons={candidate.reasons} label={`Why it matches ${candidate.company}`} />
          </Group>
        )}
        <ActionError error={act.error} onDismiss={act.reset} />
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconCheck size={14} aria-hidden />}
            loading={busy === 'confirm'}
            disabled={!candidate || busy !== ''}
            onClick={() => act.mutate('confirm')}
            aria-describedby={titleId}
          >
            Confirm
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconX size={14} aria-hidden />}
            loading={busy === 'reject'}
            disabled={busy !== ''}
            onClick={() => act.mutate('reject')}
            aria-describedby={titleId}
          >
            Not this application
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** ProposalList shows events the app matched to applications, each to confirm or reject (remembered). */
export function ProposalList({
  proposals,
  onConfirmed,
  onRejected,
}: {
  proposals: calendar.Proposal[];
  onConfirmed: (c: calendar.Confirmation, candidate: calendar.Candidate) => void;
  onRejected: (key: string) => void;
}) {
  if (proposals.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="proposals-title">
      <Title order={3} size="h5" id="proposals-title">
        To confirm ({proposals.length})
      </Title>
      <Text size="sm" c="dimmed">
        These calendar events look like interviews for your applications. Confirm to put them on the application's
        timeline; a rejected match is never proposed again.
      </Text>
      <Stack gap="xs" role="list" aria-label="Proposals">
        {proposals.map((p) => (
          <ProposalCard key={p.key} proposal={p} onConfirmed={onConfirmed} onRejected={onRejected} />
        ))}
      </Stack>
    </Stack>
  );
}
