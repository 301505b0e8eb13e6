import { useId, useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Collapse, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconChevronRight, IconPencil, IconX } from '@tabler/icons-react';
import type { mail } from '../../api';
import { openApplication } from '../../app/navigation';
import { formatDate, formatDateTimeWeekday } from '../../shared/format';
import { action, headline, kindLabel, sure } from './sentence';

/** The badge colour of each kind. */
export const kindColor: Record<mail.MailKind, string> = {
  rejection: 'red',
  interview: 'grape',
  offer: 'teal',
  confirmation: 'blue',
  assessment: 'orange',
  outreach: 'cyan',
  other: 'gray',
};

/** ProposalCard is one job e-mail waiting for the user's word: what it is, what confirming does, why. */
export function ProposalCard({
  proposal: p,
  selected,
  busy,
  onSelect,
  onConfirm,
  onEdit,
  onDismiss,
}: {
  proposal: mail.MailMessage;
  selected: boolean;
  /** What runs for this card ('confirm' or 'dismiss'), '' when nothing. */
  busy: string;
  onSelect: (on: boolean) => void;
  onConfirm: () => void;
  onEdit: () => void;
  onDismiss: () => void;
}) {
  const [why, setWhy] = useState(false);
  const [whole, setWhole] = useState(false);
  const titleId = useId();
  const whyId = useId();
  const wholeId = useId();
  const does = action(p);
  const reasons = [...p.reasons, ...(p.match?.reasons ?? [])];
  return (
    <Paper withBorder p="sm" role="listitem" aria-labelledby={titleId} data-mail={p.id}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Checkbox
          mt={3}
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
          aria-label={`Select: ${headline(p)}`}
          disabled={!does}
        />
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Text fw={600} id={titleId} style={{ minWidth: 0 }}>
              {headline(p)}
              {does ? (
                <Text span c="dimmed" fw={500}>
                  {' → '}
                  {does}
                </Text>
              ) : null}
            </Text>
            <Badge variant="light" color={kindColor[p.kind]} style={{ flexShrink: 0 }}>
              {kindLabel(p.kind)} · {sure(p.confidence)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {p.fromName ? `${p.fromName} <${p.fromEmail}>` : p.fromEmail} · {formatDate(p.date)}
            {p.source ? ` · ${p.source}` : ''}
          </Text>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {p.subject || '(no subject)'}
          </Text>
          {p.snippet && (
            <Text size="sm" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
              {p.snippet}
            </Text>
          )}
          {p.match ? (
            <Text size="sm">
              Application:{' '}
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => openApplication(p.match?.applicationId ?? 0)}
              >
                {p.match.company} — {p.match.title}
              </Anchor>
              {p.match.stage ? ` (${p.match.stage}${p.match.outcome !== 'open' ? `, ${p.match.outcome}` : ''})` : ''} ·
              match {sure(p.match.confidence)}
            </Text>
          ) : (
            <Text size="sm" c={does ? undefined : 'orange.8'}>
              {does
                ? 'No tracked application matches: confirming adds one.'
                : 'No tracked application matches: choose one with Edit.'}
            </Text>
          )}
          {p.kind === 'interview' && !p.facts.interview && p.facts.slots.length > 0 && (
            <Text size="sm">
              Proposed times: {p.facts.slots.map((s) => formatDateTimeWeekday(s.start)).join(' · ')} (pick one with
              Edit)
            </Text>
          )}
          {p.fullText && (
            <>
              <Anchor
                component="button"
                type="button"
                size="xs"
                c="dimmed"
                onClick={() => setWhole((w) => !w)}
                aria-expanded={whole}
                aria-controls={wholeId}
                style={{ alignSelf: 'flex-start' }}
              >
                {whole ? 'Hide the whole message' : 'Show the whole message'}
              </Anchor>
              <Collapse in={whole} id={wholeId}>
                <Text
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  mah={320}
                  styles={{ root: { overflowY: 'auto' } }}
                >
                  {p.fullText}
                </Text>
              </Collapse>
            </>
          )}
          {reasons.length > 0 && (
            <>
              <Anchor
                component="button"
                type="button"
                size="xs"
                c="dimmed"
                onClick={() => setWhy((w) => !w)}
                aria-expanded={why}
                aria-controls={whyId}
                style={{ alignSelf: 'flex-start' }}
              >
                <Group gap={2} wrap="nowrap">
                  {why ? <IconChevronDown size={12} aria-hidden /> : <IconChevronRight size={12} aria-hidden />}
                  Why?
                </Group>
              </Anchor>
              <Collapse in={why} id={whyId}>
                <List size="xs" c="dimmed" spacing={0} aria-label={`Why: ${headline(p)}`}>
                  {reasons.map((r) => (
                    <List.Item key={r}>{r}</List.Item>
                  ))}
                </List>
              </Collapse>
            </>
          )}
          <Group gap="xs">
            <Button
              size="xs"
              leftSection={<IconCheck size={14} aria-hidden />}
              loading={busy === 'confirm'}
              disabled={!does || (busy !== '' && busy !== 'confirm')}
              onClick={onConfirm}
              aria-describedby={titleId}
            >
              Confirm
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              disabled={busy !== ''}
              onClick={onEdit}
              aria-describedby={titleId}
            >
              Edit…
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              leftSection={<IconX size={14} aria-hidden />}
              loading={busy === 'dismiss'}
              disabled={busy !== '' && busy !== 'dismiss'}
              onClick={onDismiss}
              aria-describedby={titleId}
            >
              Dismiss
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
