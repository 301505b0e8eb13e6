import { useCallback, useEffect, useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Center, Checkbox, Group, Loader, Menu, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarCheck, IconClockPause, IconExternalLink, IconPlus } from '@tabler/icons-react';
import { applications, tasks } from '../../api';
import { applicationsChanged, onApplicationsChanged } from '../../app/changes';
import { openApplication } from '../../app/navigation';
import { addDays, relative, today as todayOf } from './dates';
import { fromApplication, fromTask, split, type FollowUp } from './items';

/** How many upcoming application follow-ups are listed. */
const upcomingLimit = 200;

/** load gathers due and upcoming follow-ups: Tasks.Due(today), open tasks, and open applications' follow-up dates. */
export async function loadFollowUps(day: string): Promise<{ due: FollowUp[]; upcoming: FollowUp[] }> {
  const [due, open, apps] = await Promise.all([
    tasks.due(day),
    tasks.list(false),
    applications.list({ outcomes: ['open'], sort: 'followUp', desc: false, limit: upcomingLimit, appliedFrom: '', appliedTo: '' }),
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

function Line({ line, today, onDone, onMove, onPick }: { line: FollowUp; today: string; onDone: () => void; onMove: (day: string) => void; onPick: () => void }) {
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
          <ActionIcon variant="subtle" aria-label={`Open the application for “${line.title}”`} title="Open the application" onClick={() => openApplication(line.applicationId)}>
            <IconExternalLink size={18} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Group>
  );
}

function Section({ title, lines, empty, ...rest }: { title: string; lines: FollowUp[]; empty: string; today: string; act: (l: FollowUp, what: 'done' | string) => void; pick: (l: FollowUp) => void }) {
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
            <Line key={l.key} line={l} today={rest.today} onDone={() => rest.act(l, 'done')} onMove={(d) => rest.act(l, d)} onPick={() => rest.pick(l)} />
          ))}
        </div>
      )}
    </Paper>
  );
}

/** FollowupsView is "Today": what is due or overdue, what comes next, and a quick way to add a follow-up. */
export function FollowupsView() {
  const [day, setDay] = useState(todayOf());
  const [lists, setLists] = useState<{ due: FollowUp[]; upcoming: FollowUp[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [addError, setAddError] = useState<{ field?: string; message: string } | null>(null);
  const [picking, setPicking] = useState<FollowUp | null>(null);
  const [picked, setPicked] = useState('');

  const load = useCallback(() => {
    const d = todayOf();
    setDay(d);
    loadFollowUps(d)
      .then((l) => {
        setLists(l);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  useEffect(() => onApplicationsChanged(load), [load]);

  const act = async (l: FollowUp, what: string) => {
    try {
      if (what === 'done') await complete(l);
      else await reschedule(l, what);
      notifications.show({ color: 'teal', message: what === 'done' ? `Done: ${l.title}` : `Moved to ${relative(what, day)}: ${l.title}` });
      if (l.applicationId) applicationsChanged([l.applicationId]);
      else load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const add = async () => {
    if (!title.trim()) {
      setAddError({ field: 'title', message: 'Say what to follow up on' });
      return;
    }
    try {
      await tasks.create({ id: 0, applicationId: 0, title: title.trim(), due, done: false });
      setTitle('');
      setDue('');
      setAddError(null);
      load();
    } catch (e) {
      const err = e as Error & { field?: string };
      setAddError({ field: err.field, message: err.message });
    }
  };

  return (
    <Stack gap="md" maw={900}>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Follow-ups
        </Title>
        <Text size="sm" c="dimmed">
          Today is {new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}
        </Text>
      </Group>
      {error && (
        <Alert color="red" role="alert" title="Follow-ups" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {lists === null && !error ? (
        <Center py="xl">
          <Loader aria-label="Loading follow-ups" />
        </Center>
      ) : lists ? (
        <>
          <Section title="Due today and overdue" lines={lists.due} empty="Nothing due. Enjoy the quiet, or plan your next follow-up below." today={day} act={(l, w) => void act(l, w)} pick={(l) => { setPicked(l.day || day); setPicking(l); }} />
          <Section title="Upcoming" lines={lists.upcoming} empty="No follow-ups planned. Set a follow-up date on an application or add one here." today={day} act={(l, w) => void act(l, w)} pick={(l) => { setPicked(l.day || day); setPicking(l); }} />
        </>
      ) : null}
      <Paper withBorder p="md" radius="md">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label="New follow-up" placeholder="e.g. Email Dana about the referral" value={title} onChange={(e) => setTitle(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && void add()} error={addError && addError.field !== 'due' ? addError.message : undefined} style={{ flex: 1, minWidth: 240 }} maxLength={200} />
          <TextInput label="Due" type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} error={addError?.field === 'due' ? addError.message : undefined} w={170} />
          <Button mt={25} leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void add()}>
            Add follow-up
          </Button>
        </Group>
      </Paper>
      <Modal opened={picking !== null} onClose={() => setPicking(null)} title="Reschedule">
        <Stack>
          <Text size="sm">{picking?.title}</Text>
          <TextInput label="New date" type="date" value={picked} onChange={(e) => setPicked(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPicking(null)}>
              Cancel
            </Button>
            <Button
              leftSection={<IconCalendarCheck size={16} aria-hidden />}
              disabled={!/^\d{4}-\d{2}-\d{2}$/.test(picked)}
              onClick={() => {
                if (picking) void act(picking, picked);
                setPicking(null);
              }}
            >
              Reschedule
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
