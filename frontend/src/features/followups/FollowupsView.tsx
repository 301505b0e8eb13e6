import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCalendarCheck, IconClockPause, IconExternalLink, IconPlus } from '@tabler/icons-react';
import { applications, tasks, toApiError } from '../../api';
import { applicationsChanged } from '../../app/changes';
import { openApplication } from '../../app/navigation';
import { queryKeys } from '../../app/queryKeys';
import { ActionError, QueryState } from '../../shared/QueryState';
import { DateField } from '../../shared/DateField';
import { addDays, dayError, formatDateLong, relativeDay, today as todayOf } from '../../shared/format';
import { fromApplication, fromTask, split, type FollowUp } from './items';

/** How many upcoming application follow-ups are listed. */
const upcomingLimit = 200;

/** load gathers due and upcoming follow-ups: Tasks.Due(today), open tasks, and open applications' follow-up dates. */
export async function loadFollowUps(day: string): Promise<{ due: FollowUp[]; upcoming: FollowUp[] }> {
  const [due, open, apps] = await Promise.all([
    tasks.due(day),
    tasks.list(false),
    applications.list({
      outcomes: ['open'],
      sort: 'followUp',
      desc: false,
      limit: upcomingLimit,
      appliedFrom: '',
      appliedTo: '',
    }),
  ]);
  const lines = [
    ...due.map(fromTask),
    ...open.map(fromTask),
    ...apps.items.filter((a) => a.followUp !== '').map(fromApplication),
  ];
  return split(lines, day);
}

/** complete marks a line done: a task is ticked; an application's follow-up date is cleared. */
async function complete(l: FollowUp): Promise<void> {
  if (l.task) {
    await tasks.update({ ...l.task, done: true });
    return;
  }
  const { application } = await applications.get(l.applicationId);
  await applications.update(application.id, { followUp: '' }, application);
}

/** reschedule moves a line to another day. */
async function reschedule(l: FollowUp, day: string): Promise<void> {
  if (l.task) {
    await tasks.update({ ...l.task, due: day });
    return;
  }
  const { application } = await applications.get(l.applicationId);
  await applications.update(application.id, { followUp: day }, application);
}

function Line({
  line,
  today,
  onDone,
  onMove,
  onPick,
}: {
  line: FollowUp;
  today: string;
  onDone: () => void;
  onMove: (day: string) => void;
  onPick: () => void;
}) {
  const overdue = line.day !== '' && line.day < today;
  return (
    <Group justify="space-between" wrap="nowrap" py={6} data-followup={line.key} role="listitem">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Checkbox aria-label={`Mark “${line.title}” done`} onChange={onDone} checked={false} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate="end">
            {line.title}
          </Text>
          <Group gap={6}>
            <Badge size="xs" variant="light" color={overdue ? 'red' : line.day === today ? 'orange' : 'gray'}>
              {overdue ? `overdue, ${relative(line.day, today)}` : relative(line.day, today)}
            </Badge>
            {line.taskId === 0 && (
              <Text size="xs" c="dimmed">
                application follow-up date
              </Text>
            )}
            {line.taskId !== 0 && line.applicationId > 0 && (line.company || line.applicationTitle) ? (
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => openApplication(line.applicationId)}
                title="Open the application"
                style={{ overflowWrap: 'anywhere', textAlign: 'left' }}
              >
                {[line.company, line.applicationTitle].filter(Boolean).join(' · ')}
              </Anchor>
            ) : null}
          </Group>
        </Stack>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" aria-label={`Snooze “${line.title}”`} title="Snooze or reschedule">
              <IconClockPause size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onMove(addDays(today, 1))}>Tomorrow</Menu.Item>
            <Menu.Item onClick={() => onMove(addDays(today, 3))}>In 3 days</Menu.Item>
            <Menu.Item onClick={() => onMove(addDays(today, 7))}>In a week</Menu.Item>
            <Menu.Item onClick={onPick}>Pick a date…</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {line.applicationId > 0 && (
          <ActionIcon
            variant="subtle"
            aria-label={`Open the application for “${line.title}”`}
            title="Open the application"
            onClick={() => openApplication(line.applicationId)}
          >
            <IconExternalLink size={18} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Group>
  );
}

/** relative says when a due day is ("today", "in 3 days"), "no date" for none. */
function relative(day: string, from: string): string {
  return day ? relativeDay(day, from) : 'no date';
}

/** Section is one list of follow-ups; act gets 'done' or the day (YYYY-MM-DD) to move a line to. */
function Section({
  title,
  lines,
  empty,
  ...rest
}: {
  title: string;
  lines: FollowUp[];
  empty: string;
  today: string;
  act: (l: FollowUp, what: string) => void;
  pick: (l: FollowUp) => void;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="xs">
        {title} {lines.length > 0 && <Badge variant="light">{lines.length}</Badge>}
      </Title>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <div role="list" aria-label={title}>
          {lines.map((l) => (
            <Line
              key={l.key}
              line={l}
              today={rest.today}
              onDone={() => rest.act(l, 'done')}
              onMove={(d) => rest.act(l, d)}
              onPick={() => rest.pick(l)}
            />
          ))}
        </div>
      )}
    </Paper>
  );
}

/** FollowupsView is "Today": what is due or overdue, what comes next, and a quick way to add a follow-up. */
export function FollowupsView() {
  const client = useQueryClient();
  const day = todayOf();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [missingTitle, setMissingTitle] = useState(false);
  const [picking, setPicking] = useState<FollowUp | null>(null);
  const [picked, setPicked] = useState('');
  // Set when Add or Reschedule was pressed with text DateField could not read.
  const [badDue, setBadDue] = useState<string | null>(null);
  const [badPicked, setBadPicked] = useState<string | null>(null);
  const lists = useQuery({ queryKey: queryKeys.followups.on(day), queryFn: () => loadFollowUps(day) });
  const changed = (l: { applicationId: number }) =>
    l.applicationId
      ? applicationsChanged([l.applicationId])
      : void client.invalidateQueries({ queryKey: queryKeys.followups.all });

  const act = useMutation({
    mutationFn: ({ line, what }: { line: FollowUp; what: string }) =>
      what === 'done' ? complete(line) : reschedule(line, what),
    onSuccess: (_, { line, what }) => {
      notifications.show({
        color: 'teal',
        message: what === 'done' ? `Done: ${line.title}` : `Moved to ${relative(what, day)}: ${line.title}`,
      });
      changed(line);
    },
  });
  const adding = useMutation({
    mutationFn: (t: { title: string; due: string }) =>
      tasks.create({ id: 0, applicationId: 0, title: t.title, due: t.due, done: false }),
    onSuccess: () => {
      setTitle('');
      setDue('');
      changed({ applicationId: 0 });
    },
  });
  const addError = missingTitle
    ? { field: 'title', message: 'Say what to follow up on' }
    : adding.error
      ? toApiError(adding.error)
      : null;
  const add = () => {
    const wrongDay = dayError(due);
    setMissingTitle(!title.trim());
    setBadDue(wrongDay);
    if (title.trim() && wrongDay === null) adding.mutate({ title: title.trim(), due });
  };
  const pick = (l: FollowUp) => {
    setPicked(l.day || day);
    setBadPicked(null);
    setPicking(l);
  };
  const move = () => {
    const wrongDay = dayError(picked);
    setBadPicked(wrongDay);
    if (wrongDay !== null || !picking) return;
    act.mutate({ line: picking, what: picked });
    setPicking(null);
  };

  return (
    <Stack gap="md" maw={{ base: 900, xl: 1840 }}>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Follow-ups
        </Title>
        <Text size="sm" c="dimmed">
          Today is {formatDateLong(day)}
        </Text>
      </Group>
      <ActionError error={act.error} onDismiss={act.reset} title="Follow-ups" />
      <QueryState of={lists} loading="Loading follow-ups" errorTitle="Could not load follow-ups">
        {() => (
          // Side by side in a wide window (from Mantine's xl breakpoint, 88em).
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md" verticalSpacing="md">
            <Section
              title="Due today and overdue"
              lines={lists.data?.due ?? []}
              empty="Nothing due. Enjoy the quiet, or plan your next follow-up below."
              today={day}
              act={(line, what) => act.mutate({ line, what })}
              pick={pick}
            />
            <Section
              title="Upcoming"
              lines={lists.data?.upcoming ?? []}
              empty="No follow-ups planned. Set a follow-up date on an application or add one here."
              today={day}
              act={(line, what) => act.mutate({ line, what })}
              pick={pick}
            />
          </SimpleGrid>
        )}
      </QueryState>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="New follow-up"
            placeholder="e.g. Email Dana about the referral"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
            error={addError && addError.field !== 'due' ? addError.message : undefined}
            style={{ flex: 1, minWidth: 240 }}
            maxLength={200}
          />
          <DateField
            label="Due"
            value={due}
            onChange={(v) => {
              setDue(v);
              setBadDue(null);
            }}
            error={badDue ?? (addError?.field === 'due' ? addError.message : undefined)}
            clearable
            w={170}
          />
          <Button mt={25} leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
            Add follow-up
          </Button>
        </Group>
      </Paper>
      <Modal opened={picking !== null} onClose={() => setPicking(null)} title="Reschedule">
        <Stack>
          <Text size="sm">{picking?.title}</Text>
          <DateField
            label="New date"
            value={picked}
            onChange={(v) => {
              setPicked(v);
              setBadPicked(null);
            }}
            error={badPicked}
            popoverProps={{ withinPortal: false }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPicking(null)}>
              Cancel
            </Button>
            <Button leftSection={<IconCalendarCheck size={16} aria-hidden />} disabled={picked === ''} onClick={move}>
              Reschedule
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
