/**
 * The application detail: a large drawer over any view, opened with
 * openApplication(id) (see open.ts). It loads the application with its notes,
 * contacts, tasks, timeline, interviews, duplicates and AI drafts, and saves
 * each change through the matching backend call.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import {
  applications,
  assistant,
  events,
  isApiError,
  outcomes,
  pipeline,
  type Application,
  type ApplicationDetail as Detail,
  type Generation,
  type Outcome,
  type Stage,
} from '../../api';
import { outcomeLabel } from '../../shared/outcome';
import { AIPanel } from '../ai/AIPanel';
import { CVSentSelect } from '../cv/CVSentSelect';
import { ContactsSection } from './ContactsSection';
import { DescriptionSection } from './DescriptionSection';
import { DetailFields, type SaveApplication } from './DetailFields';
import { InterviewsSection } from './InterviewsSection';
import { NotesSection } from './NotesSection';
import { TasksSection } from './TasksSection';
import { TimelineSection } from './TimelineSection';
import { messageOf, useAction } from './action';
import { applicationsChanged } from '../../app/changes';
import {
  closeApplication,
  openApplication,
  requestCloseApplication,
  setLeaveGuard,
  useOpenedApplication,
  useTabRequest,
} from '../../app/navigation';
import { buildTimeline } from './timeline';

/** ApplicationDetail is the drawer; mount it once (in the shell) and open it with openApplication(id). */
export function ApplicationDetail() {
  const id = useOpenedApplication();
  const [dirty, setDirty] = useState(false);
  // The application to show after the user discards their edits (0: close).
  const [leaving, setLeaving] = useState<number | null>(null);
  useEffect(() => {
    if (!dirty) return;
    return setLeaveGuard((next) => {
      setLeaving(next);
      return false;
    });
  }, [dirty]);
  useEffect(() => setDirty(false), [id]);
  const close = () => void requestCloseApplication();
  return (
    <>
      <Drawer
        opened={id !== 0}
        onClose={close}
        position="right"
        size="min(60rem, 100%)"
        title={<Text fw={600}>Application</Text>}
        padding="md"
        closeButtonProps={{ 'aria-label': 'Close application' }}
      >
        {id !== 0 ? <DetailBody key={id} id={id} onDirtyChange={setDirty} /> : null}
      </Drawer>
      <Modal
        opened={leaving !== null}
        onClose={() => setLeaving(null)}
        title="Discard unsaved changes?"
        centered
        size="sm"
      >
        <Text size="sm">Your edits to this application's fields are not saved yet.</Text>
        <Group justify="flex-end" mt="md" gap="xs">
          <Button variant="default" onClick={() => setLeaving(null)} data-autofocus>
            Keep editing
          </Button>
          <Button
            color="red"
            onClick={() => {
              const next = leaving ?? 0;
              setLeaving(null);
              setDirty(false);
              if (next === 0) closeApplication();
              else openApplication(next, true);
            }}
          >
            Discard changes
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function DetailBody({ id, onDirtyChange }: { id: number; onDirtyChange: (dirty: boolean) => void }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [stages, setStages] = useState<Stage[]>([]);
  const [drafts, setDrafts] = useState<Generation[]>([]);
  const [draftsError, setDraftsError] = useState('');
  const [loadError, setLoadError] = useState('');
  // Deleted elsewhere (another window, the command line's delete or wipe).
  const [gone, setGone] = useState(false);
  const shown = useRef(false);
  // A tab asked for with openApplicationAt (the agenda's "Prepare"), else Details.
  const request = useTabRequest();
  const asked = request.id === id && request.seq > 0 ? request : null;
  const [tab, setTab] = useState<string | null>(asked ? asked.tab : 'details');
  const askedSeq = asked?.seq ?? 0;
  // Only a new request (its seq) switches the tab; the request is read, not watched.
  const showAsked = useEffectEvent(() => {
    if (asked) setTab(asked.tab);
  });
  useEffect(() => showAsked(), [askedSeq]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const stageAct = useAction();
  const deleteAct = useAction();

  const reload = useCallback(async () => {
    try {
      const d = await applications.get(id);
      shown.current = true;
      setDetail(d);
      setLoadError('');
    } catch (err) {
      if (shown.current && isApiError(err, 'not_found')) setGone(true);
      else setLoadError(messageOf(err));
    }
  }, [id]);

  // Nothing left to save once the application is gone.
  useEffect(() => {
    if (gone) onDirtyChange(false);
  }, [gone, onDirtyChange]);

  useEffect(() => {
    void reload();
    pipeline.stages().then(setStages, (err: unknown) => setLoadError(messageOf(err)));
    assistant.generations(id).then(
      (g) => setDrafts(g),
      (err: unknown) => setDraftsError(messageOf(err)),
    );
  }, [id, reload]);

  // Changes from outside the UI (import, calendar sync, the CLI: the backend
  // watches for other programs' writes) reload this one; no ids means all.
  useEffect(
    () =>
      events.onAppChanged((e) => {
        if (e.ids.length === 0 || e.ids.includes(id)) void reload();
      }),
    [id, reload],
  );

  // Attachments changed: reload, and tell the views.
  const changed = useCallback(() => {
    void reload();
    applicationsChanged([id]);
  }, [id, reload]);

  const save = useCallback<SaveApplication>((changes, base) => applications.update(id, changes, base), [id]);
  const saved = useCallback(
    (a: Application) => {
      setDetail((d) => (d ? { ...d, application: a } : d));
      applicationsChanged([a.id]);
      // Company or title may have changed: the duplicates come with the detail.
      void reload();
    },
    [reload],
  );

  if (gone) {
    return (
      <Alert
        color="gray"
        role="alert"
        icon={<IconAlertTriangle aria-hidden />}
        title="This application no longer exists"
      >
        <Text size="sm">
          It was deleted elsewhere: in another window or from the command line (a delete or a wipe).
        </Text>
        <Button mt="sm" size="xs" variant="default" onClick={() => closeApplication()}>
          Close
        </Button>
      </Alert>
    );
  }

  if (!detail) {
    return loadError ? (
      <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Could not open this application">
        {loadError}
      </Alert>
    ) : (
      <Group justify="center" p="xl">
        <Loader aria-label="Loading application" />
      </Group>
    );
  }

  const app = detail.application;
  const timeline = buildTimeline(detail.events, detail.notes, detail.interviews, drafts);
  const stageOptions =
    stages.length > 0
      ? stages.map((s) => ({ value: String(s.id), label: s.name }))
      : [{ value: String(app.stageId), label: app.stage }];
  const openTasks = detail.tasks.filter((t) => !t.done).length;

  // A box, not a let: TypeScript does not see the assignment inside run.
  const change = async (call: () => Promise<Application>) => {
    const out: { app?: Application } = {};
    if (await stageAct.run(async () => (out.app = await call()))) {
      if (out.app) saved(out.app);
    }
  };
  const remove = async () => {
    if (await deleteAct.run(() => applications.remove([app.id]))) {
      setConfirmDelete(false);
      onDirtyChange(false);
      applicationsChanged([app.id]);
      closeApplication();
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
          {app.title}
        </Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {app.company}
          {app.location ? ` · ${app.location}` : ''}
        </Text>
      </div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label="Stage"
          value={String(app.stageId)}
          data={stageOptions}
          disabled={stageAct.busy}
          onChange={(e) => {
            const stageId = Number(e.currentTarget.value);
            void change(() => applications.move(app.id, stageId));
          }}
          w={200}
        />
        <NativeSelect
          label="Outcome"
          value={app.outcome}
          data={outcomes.map((o) => ({ value: o, label: outcomeLabel(o) }))}
          disabled={stageAct.busy}
          onChange={(e) => {
            const outcome = e.currentTarget.value as Outcome;
            void change(() => applications.setOutcome(app.id, outcome));
          }}
          w={160}
        />
        <Button
          ml="auto"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setConfirmDelete(true)}
        >
          Delete application
        </Button>
      </Group>
      {stageAct.error ? (
        <Text c="red" size="sm" role="alert">
          {stageAct.error}
        </Text>
      ) : null}
      {loadError ? (
        <Alert color="red" role="alert" title="Could not refresh">
          {loadError}
        </Alert>
      ) : null}
      {detail.duplicates.length > 0 ? (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title="Possible duplicate">
          <Text size="sm">
            You already track{' '}
            {detail.duplicates.length === 1 ? 'an application' : `${detail.duplicates.length} applications`} for{' '}
            {app.title} at {app.company}:
          </Text>
          <Group gap="xs" mt={4}>
            {detail.duplicates.map((d) => (
              <Anchor key={d.id} component="button" type="button" size="sm" onClick={() => openApplication(d.id)}>
                Open #{d.id} ({d.stage || 'no stage'}
                {d.outcome !== 'open' ? `, ${d.outcome}` : ''})
              </Anchor>
            ))}
          </Group>
        </Alert>
      ) : null}

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="description">Description</Tabs.Tab>
          <Tabs.Tab value="notes">Notes ({detail.notes.length})</Tabs.Tab>
          <Tabs.Tab value="contacts">Contacts ({detail.contacts.length})</Tabs.Tab>
          <Tabs.Tab value="tasks">Tasks ({openTasks})</Tabs.Tab>
          <Tabs.Tab value="interviews">Interviews ({detail.interviews.length})</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="ai">AI</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <DetailFields
            application={app}
            save={save}
            onSaved={saved}
            onDirtyChange={onDirtyChange}
            onConflict={reload}
          />
          <CVSentSelect appId={app.id} />
        </Tabs.Panel>
        <Tabs.Panel value="description" pt="md">
          <DescriptionSection application={app} save={save} onSaved={saved} onConflict={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <NotesSection applicationId={app.id} notes={detail.notes} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <ContactsSection applicationId={app.id} company={app.company} linked={detail.contacts} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <TasksSection applicationId={app.id} items={detail.tasks} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="interviews" pt="md">
          <InterviewsSection applicationId={app.id} items={detail.interviews} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelineSection items={timeline} drafts={drafts} draftsError={draftsError} />
        </Tabs.Panel>
        <Tabs.Panel value="ai" pt="md">
          <AIPanel
            key={asked?.task ? `task-${askedSeq}` : 'ai'}
            applicationId={app.id}
            initialTask={asked?.task ? (asked.task as assistant.Task) : undefined}
            onDraftsChanged={() => void assistant.generations(app.id).then(setDrafts, () => {})}
          />
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title="Delete this application?"
        centered
        size="sm"
      >
        <Text size="sm">
          {app.title} at {app.company} will be deleted with its notes, tasks and history. Contacts stay in your
          contacts. This cannot be undone (backups keep older copies).
        </Text>
        {deleteAct.error ? (
          <Text c="red" size="sm" role="alert" mt="xs">
            {deleteAct.error}
          </Text>
        ) : null}
        <Group justify="flex-end" mt="md" gap="xs">
          <Button variant="default" onClick={() => setConfirmDelete(false)} data-autofocus>
            Cancel
          </Button>
          <Button color="red" loading={deleteAct.busy} onClick={() => void remove()}>
            Delete
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
