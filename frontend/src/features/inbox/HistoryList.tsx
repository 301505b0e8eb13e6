import { useId, useState } from 'react';
import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { mail } from '../../api';
import { openApplication } from '../../app/navigation';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
import { formatDate } from '../../shared/format';
import { headline } from './sentence';

const statusWords: Record<string, { label: string; color: string }> = {
  confirmed: { label: 'Confirmed', color: 'teal' },
  'auto-applied': { label: 'Applied by itself', color: 'blue' },
  dismissed: { label: 'Dismissed', color: 'gray' },
};

/** HistoryList shows, on demand, the job e-mails already confirmed, applied by themselves or dismissed. */
export function HistoryList() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const history = useQuery({ queryKey: queryKeys.mail.history, queryFn: () => mail.history(), enabled: open });
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        color="gray"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={id}
        leftSection={open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
      >
        Already reviewed
      </Button>
      <Collapse in={open} id={id}>
        {open && (
          <QueryState of={history} loading="Loading what was reviewed" errorTitle="Could not load what was reviewed">
            {() =>
              (history.data ?? []).length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing reviewed yet.
                </Text>
              ) : (
                <Stack gap={4} role="list" aria-label="Job e-mails already reviewed">
                  {(history.data ?? []).map((m) => {
                    const st = statusWords[m.status] ?? { label: m.status, color: 'gray' };
                    return (
                      <Paper key={m.id} withBorder px="sm" py={6} role="listitem">
                        <Group justify="space-between" wrap="nowrap" gap="xs">
                          <Stack gap={0} style={{ minWidth: 0 }}>
                            <Text size="sm" fw={500} truncate="end">
                              {headline(m)}
                            </Text>
                            <Text size="xs" c="dimmed" truncate="end">
                              {formatDate(m.date)} · {m.subject}
                              {m.match && m.status !== 'dismissed' ? ' · ' : ''}
                              {m.match && m.status !== 'dismissed' ? (
                                <Anchor
                                  component="button"
                                  type="button"
                                  size="xs"
                                  onClick={() => openApplication(m.match?.applicationId ?? 0)}
                                >
                                  open application
                                </Anchor>
                              ) : null}
                            </Text>
                          </Stack>
                          <Badge variant="light" color={st.color} style={{ flexShrink: 0 }}>
                            {st.label}
                          </Badge>
                        </Group>
                      </Paper>
                    );
                  })}
                </Stack>
              )
            }
          </QueryState>
        )}
      </Collapse>
    </Stack>
  );
}
