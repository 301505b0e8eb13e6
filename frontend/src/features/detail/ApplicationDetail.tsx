/**
 * The application detail: a large drawer over any view, opened with
 * openApplication(id) (src/app/navigation.ts). It reads the application with
 * its notes, contacts, tasks, timeline, interviews and duplicates, the stages
 * and its AI drafts through queries (src/app/queryKeys.ts), which the change
 * bus and the backend's events mark stale (src/app/invalidation.ts); it saves
 * each change through the matching backend call and tells the bus.
 */
import { Fragment, useCallback, useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Drawer, Group, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import {
  applications,
  assistant,
  isApiError,
  outcomes,
  pipeline,
  type Application,
  type ApplicationDetail as Detail,
  type Outcome,
} from '../../api';
import { outcomeLabel } from '../../shared/outcome';
import { ContactsSection } from './ContactsSection';
import { DescriptionSection } from './DescriptionSection';
import { DetailFields, type SaveApplication } from './DetailFields';
import { InterviewsSection } from './InterviewsSection';
import { NotesSection } from './NotesSection';
import { TasksSection } from './TasksSection';
import { TimelineSection } from './TimelineSection';
import { useAction } from '../../shared/action';
import { applicationsChanged } from '../../app/changes';
import {
  closeApplication,
  openApplication,
  requestCloseApplication,
  setLeaveGuard,
  useOpenedApplication,
  useTabRequest,
} from '../../app/navigation';
import { queryKeys } from '../../app/queryKeys';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { QueryState, errorMessage } from '../../shared/QueryState';
import { StageBadge } from '../../shared/StageBadge';
import { buildTimeline } from './timeline';

/**
 * The parts of the drawer other features own, passed in by the shell
 * (src/shell/DetailDrawer.tsx) so features do not import each other.
 */
export interface DetailPanels {
  /** The AI tab (ai's AIPanel): initialTask is the task openApplicationAt asked for. */
  ai: (p: { applicationId: number; initialTask?: assistant.Task; onDraftsChanged: () => void }) => ReactNode;
  /** Under the fields: which CV went out with the application (cv's CVSentSelect). */
  cvSent: (applicationId: number) => ReactNode;
}

/** ApplicationDetail is the drawer; mount it once (in the shell) and open it with openApplication(id). */
export function ApplicationDetail({ panels }: { panels: DetailPanels }) {
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
        {id !== 0 ? <DetailBody key={id} id={id} onDirtyChange={setDirty} panels={panels} /> : null}
      </Drawer>
      <ConfirmDialog
        opened={leaving !== null}
        title="Discard unsaved changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onClose={() => setLeaving(null)}
        onConfirm={() => {
          const next = leaving ?? 0;
          setDirty(false);
          if (next === 0) closeApplication();
          else openApplication(next, true);
        }}
      >
        <Text size="sm">Your edits to this application's fields are not saved yet.</Text>
      </ConfirmDialog>
    </>
  );
}

function DetailBody({
  id,
  onDirtyChange,
  panels,
}: {
  id: number;
  onDirtyChange: (dirty: boolean) => void;
  panels: DetailPanels;
}) {
  const client = useQueryClient();
  const detailQ = useQuery({ queryKey: queryKeys.applications.detail(id), queryFn: () => applications.get(id) });
  const stagesQ = useQuery({ queryKey: queryKeys.stages.all, queryFn: pipeline.stages });
  const draftsQ = useQuery({ queryKey: queryKeys.applications.drafts(id), queryFn: () => assistant.generations(id) });
  // Deleted elsewhere (another window, the command line's delete or wipe): shown once, then not found.
  const gone = detailQ.data !== undefined && isApiError(detailQ.error, 'not_found');
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

  // Nothing left to save once the application is gone.
  useEffect(() => {
    if (gone) onDirtyChange(false);
  }, [gone, onDirtyChange]);

  // Something attached changed: the bus marks this detail (and the views) stale.
  const changed = useCallback(() => applicationsChanged([id]), [id]);
  const { refetch } = detailQ;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const save = useCallback<SaveApplication>((changes, base) => applications.update(id, changes, base), [id]);
  const saved = useCallback(
    (a: Application) => {
      client.setQueryData<Detail>(queryKeys.applications.detail(id), (d) => (d ? { ...d, application: a } : d));
      // Company or title may have changed: the duplicates come with the detail, read again.
      applicationsChanged([a.id]);
    },
    [client, id],
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

  return (
    <QueryState
      of={detailQ}
      loading="Loading application"
      errorTitle={detailQ.data ? 'Could not refresh' : 'Could not open this application'}
    >
      {() => {
        const detail = detailQ.data;
        if (!detail) return null;
        const app = detail.application;
        const drafts = draftsQ.data ?? [];
        const timeline = buildTimeline(detail.events, detail.notes, detail.interviews, drafts);
        const stages = stagesQ.data ?? [];
        const stageOptions =
          stages.length > 0
            ? stages.map((s) => ({ value: String(s.id), label: s.name }))
            : [{ value: String(app.stageId), label: app.stage }];
        const openTasks = detail.tasks.filter((t) => !t.done).length;

        const change = async (call: () => Promise<Application>) => {
          // A box, not a let: TypeScript does not see the assignment inside run.
          const out: { app?: Application } = {};
          if (await stageAct.run(async () => (out.app = await call()))) {
            if (out.app) saved(out.app);
          }
        };

        return (
          <Stack gap="md">
            <div>
              <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
                {app.title}
              </Title>
              <Group gap="xs" wrap="wrap" align="center">
                <StageBadge stage={app.stage} outcome={app.outcome} />
                {app.outcome !== 'open' ? (
                  <StageBadge stage={app.stage} outcome={app.outcome} label={outcomeLabel(app.outcome)} />
                ) : null}
                <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {app.company}
                  {app.location ? ` · ${app.location}` : ''}
                </Text>
              </Group>
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
            {detail.duplicates.length > 0 ? (
              <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title="Possible duplicate">
                <Text size="sm">
                  You already track{' '}
                  {detail.duplicates.length === 1 ? 'an application' : `${detail.duplicates.length} applications`} for{' '}
                  {app.title} at {app.company}:
                </Text>
                <Group gap="xs" mt={4}>
                  {detail.duplicates.map((d) => (
                    <Group key={d.id} gap={4} wrap="nowrap">
                      <Anchor component="button" type="button" size="sm" onClick={() => openApplication(d.id)}>
                        Open #{d.id}
                      </Anchor>
                      {d.stage ? <StageBadge stage={d.stage} outcome={d.outcome} size="xs" /> : null}
                      {d.outcome !== 'open' ? (
                        <StageBadge stage={d.stage} outcome={d.outcome} size="xs" label={outcomeLabel(d.outcome)} />
                      ) : null}
                    </Group>
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
                {panels.cvSent(app.id)}
              </Tabs.Panel>
              <Tabs.Panel value="description" pt="md">
                <DescriptionSection application={app} save={save} onSaved={saved} onConflict={reload} />
              </Tabs.Panel>
              <Tabs.Panel value="notes" pt="md">
                <NotesSection applicationId={app.id} notes={detail.notes} onChanged={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="contacts" pt="md">
                <ContactsSection
                  applicationId={app.id}
                  company={app.company}
                  linked={detail.contacts}
                  onChanged={changed}
                />
              </Tabs.Panel>
              <Tabs.Panel value="tasks" pt="md">
                <TasksSection applicationId={app.id} items={detail.tasks} onChanged={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="interviews" pt="md">
                <InterviewsSection applicationId={app.id} items={detail.interviews} onChanged={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="timeline" pt="md">
                <TimelineSection
                  items={timeline}
                  drafts={drafts}
                  draftsError={draftsQ.error != null ? errorMessage(draftsQ.error) : ''}
                />
              </Tabs.Panel>
              <Tabs.Panel value="ai" pt="md">
                <Fragment key={asked?.task ? `task-${askedSeq}` : 'ai'}>
                  {panels.ai({
                    applicationId: app.id,
                    initialTask: asked?.task ? (asked.task as assistant.Task) : undefined,
                    onDraftsChanged: () =>
                      void client.invalidateQueries({ queryKey: queryKeys.applications.drafts(app.id) }),
                  })}
                </Fragment>
              </Tabs.Panel>
            </Tabs>

            <ConfirmDialog
              opened={confirmDelete}
              title="Delete this application?"
              confirmLabel="Delete"
              onClose={() => setConfirmDelete(false)}
              onConfirm={async () => {
                await applications.remove([app.id]);
                onDirtyChange(false);
                applicationsChanged([app.id]);
                closeApplication();
              }}
            >
              <Text size="sm">
                {app.title} at {app.company} will be deleted with its notes, tasks and history. Contacts stay in your
                contacts. This cannot be undone (backups keep older copies).
              </Text>
            </ConfirmDialog>
          </Stack>
        );
      }}
    </QueryState>
  );
}
