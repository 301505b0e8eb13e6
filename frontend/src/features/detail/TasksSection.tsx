/** Tasks of an application: add one with an optional due date, tick it done, delete it. */
import { useState } from 'react';
import { ActionIcon, Badge, Button, Checkbox, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { tasks, type Task } from '../../api';
import { DateField } from '../../shared/DateField';
import { formatDate } from '../../shared/format';
import { optionalDate } from '../../shared/validate';
import { handler, useAction } from '../../shared/action';

/** today is the local calendar day as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function TaskRow({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const act = useAction();
  const overdue = !task.done && task.due !== '' && task.due < today();
  return (
    <li style={{ listStyle: 'none' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Checkbox
          label={<span style={{ textDecoration: task.done ? 'line-through' : undefined }}>{task.title}</span>}
          aria-label={`Done: ${task.title}`}
          checked={task.done}
          disabled={act.busy}
          onChange={handler(async (e) => {
            const done = e.currentTarget.checked;
            if (await act.run(() => tasks.update({ ...task, done }))) onChanged();
          })}
        />
        <Group gap={6} wrap="nowrap">
          {task.due ? (
            <Badge size="sm" variant="light" color={overdue ? 'red' : task.done ? 'gray' : 'blue'}>
              {overdue ? 'overdue · ' : 'due '}
              {formatDate(task.due)}
            </Badge>
          ) : null}
          <Tooltip label="Delete task">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Delete task ${task.title}`}
              loading={act.busy}
              onClick={handler(async () => {
                if (await act.run(() => tasks.remove(task.id))) onChanged();
              })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {act.error ? (
        <Text c="red" size="xs" role="alert">
          {act.error}
        </Text>
      ) : null}
    </li>
  );
}

/** TasksSection lists open tasks first (by due day), then done ones, with a form to add one. */
export function TasksSection({
  applicationId,
  items,
  onChanged,
}: {
  applicationId: number;
  items: Task[];
  onChanged: () => void;
}) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<{ title?: string; due?: string }>({});
  const act = useAction();

  const add = async () => {
    const e: { title?: string; due?: string } = {};
    if (title.trim() === '') e.title = 'Say what to do';
    const d = optionalDate(due);
    if (d) e.due = d;
    setErrors(e);
    if (e.title || e.due) return;
    const ok = await act.run(() =>
      tasks.create({ id: 0, applicationId, title: title.trim(), due: due.trim(), done: false }),
    );
    if (ok) {
      setTitle('');
      setDue('');
      onChanged();
    }
  };

  const sorted = [...items].sort(
    (a, b) => Number(a.done) - Number(b.done) || (a.due || '9999').localeCompare(b.due || '9999') || a.id - b.id,
  );
  const fieldError = (k: 'title' | 'due') => errors[k] || (act.field === k ? act.error : undefined);
  return (
    <Stack gap="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
        aria-label="Add a task"
      >
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label="New task"
            placeholder="Send a thank-you note"
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setErrors((x) => ({ ...x, title: undefined }));
              act.clear();
            }}
            error={fieldError('title')}
            style={{ flex: 1 }}
            maxLength={500}
          />
          <DateField
            label="Due"
            value={due}
            onChange={(v) => {
              setDue(v);
              setErrors((x) => ({ ...x, due: undefined }));
              act.clear();
            }}
            error={fieldError('due')}
            clearable
            w={170}
          />
          <Button type="submit" size="sm" mt={25} loading={act.busy}>
            Add task
          </Button>
        </Group>
        {act.error && act.field !== 'title' && act.field !== 'due' ? (
          <Text c="red" size="xs" role="alert">
            {act.error}
          </Text>
        ) : null}
      </form>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          No tasks yet.
        </Text>
      ) : (
        <Stack component="ul" gap={6} p={0} m={0} aria-label="Tasks">
          {sorted.map((t) => (
            <TaskRow key={`${t.id}:${t.updatedAt}`} task={t} onChanged={onChanged} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
