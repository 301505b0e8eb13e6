/**
 * The CV and profile view: import a CV (dropped on the window or picked with
 * the native dialog) with progress, cancel and a password prompt; the list
 * of imported versions; one version's document beside its parsed fields
 * with merging; the master profile editor; JSON Resume import and export.
 */
import { useEffect, useState } from 'react';
import { Button, Group, Menu, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChevronDown, IconFileImport, IconFileUpload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { profile } from '../../api';
import { invalidateCVs, invalidateProfile } from '../../app/invalidation';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
import { ImportStatus } from './ImportStatus';
import { ProfileEditor } from './ProfileEditor';
import { VersionView } from './VersionView';
import { VersionsList } from './VersionsList';
import { sameProfile } from './edit';
import { keepDraft, keepPlace, keptDraft, lastPlace, masterDraft } from './drafts';
import { messageOf } from './messages';
import { useCVImport } from './useCVImport';
import { useFileDrop } from '../../app/useFileDrop';
import classes from './cv.module.css';
import { clearCVReview, pendingCVReview } from '../../app/cvReview';

type Tab = 'versions' | 'master';

/** A draft of the master profile and the saved profile it was made from. */
interface MasterDraft {
  base: profile.Profile;
  draft: profile.Profile;
}

/** withVersion is list with v in it (replacing the version of the same id, or first: newest). */
function withVersion(list: profile.CVVersion[] | undefined, v: profile.CVVersion): profile.CVVersion[] | undefined {
  if (!list) return list;
  return list.some((x) => x.id === v.id) ? list.map((x) => (x.id === v.id ? v : x)) : [v, ...list];
}

/** CVView is the "CV" screen of the shell. */
export function CVView() {
  const client = useQueryClient();
  // Back from another view, the CV view shows what it showed, with any unsaved edits (see drafts.ts).
  // A CV just imported elsewhere (first run) opens for review; otherwise the last place.
  const [review] = useState(pendingCVReview);
  useEffect(clearCVReview, []);
  const [tab, setTab] = useState<Tab>(() => (review ? 'versions' : lastPlace().tab));
  const [opened, setOpened] = useState<profile.CVVersion | null>(() => review ?? lastPlace().opened);
  // Read again each time the view is shown (a CV may have been imported or deleted meanwhile).
  const versions = useQuery({
    queryKey: queryKeys.cv.versions,
    queryFn: () => profile.versions(),
    refetchOnMount: 'always',
  });
  const master = useQuery({ queryKey: queryKeys.cv.master, queryFn: () => profile.master() });
  const [edited, setEdited] = useState<MasterDraft | null>(null);
  const [jsonBusy, setJsonBusy] = useState(false);

  // The version open is the list's copy (so a rename or correction shows); one no longer in a list
  // read since (deleted meanwhile) closes. While the list is read again the one asked for stays.
  const list = versions.data;
  const shown = opened && list ? (list.find((v) => v.id === opened.id) ?? (versions.isFetching ? opened : null)) : null;

  // The master's draft: the one typed here on what is saved now, else one kept from before.
  const saved = master.data ?? null;
  const draft = saved
    ? edited && edited.base === saved
      ? edited.draft
      : (keptDraft(masterDraft, saved) ?? saved)
    : null;
  const setDraft = (p: profile.Profile) => saved && setEdited({ base: saved, draft: p });

  const imp = useCVImport((v, created) => {
    client.setQueryData<profile.CVVersion[]>(queryKeys.cv.versions, (l) => withVersion(l, v));
    invalidateCVs(client);
    setOpened(v);
    setTab('versions');
    notifications.show({
      color: created ? 'green' : 'blue',
      title: created ? 'CV imported' : 'Already imported',
      message: created
        ? `${v.fileName} was read: check the values beside the document.`
        : `${v.fileName} was imported before: here it is.`,
    });
  });
  const dragging = useFileDrop(imp.fromPaths);

  // The master was saved (here, by a merge or an import): it is what is saved, with no draft.
  const masterChanged = (m: profile.Profile) => {
    client.setQueryData(queryKeys.cv.master, m);
    setEdited({ base: m, draft: m });
    invalidateProfile(client);
  };
  const versionSaved = (v: profile.CVVersion) => {
    client.setQueryData<profile.CVVersion[]>(queryKeys.cv.versions, (l) => withVersion(l, v));
    setOpened(v);
    invalidateProfile(client);
  };
  const dirty = saved !== null && draft !== null && !sameProfile(saved, draft);
  useEffect(() => {
    if (saved) keepDraft(masterDraft, saved, draft);
  }, [saved, draft]);
  useEffect(() => keepPlace({ tab, opened: shown }), [tab, shown]);

  const importJSON = async () => {
    setJsonBusy(true);
    try {
      const m = await profile.importProfileDialog();
      if (m) {
        masterChanged(m);
        setTab('master');
        notifications.show({
          color: 'green',
          title: 'Profile imported',
          message: 'The JSON Resume file is now your master profile.',
        });
      }
    } catch (err) {
      notifications.show({ color: 'red', title: 'The JSON Resume file was not imported', message: messageOf(err) });
    } finally {
      setJsonBusy(false);
    }
  };
  const exportJSON = async () => {
    setJsonBusy(true);
    try {
      const path = await profile.exportProfileDialog();
      if (path) notifications.show({ color: 'green', title: 'Profile exported', message: `Saved as ${path}` });
    } catch (err) {
      notifications.show({ color: 'red', title: 'The profile was not exported', message: messageOf(err) });
    } finally {
      setJsonBusy(false);
    }
  };

  return (
    <Stack gap="md">
      {dragging ? (
        <div className={classes.dropOverlay} aria-hidden>
          <Text size="xl" fw={600}>
            Drop the CV to import it
          </Text>
        </div>
      ) : null}
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2}>CV and profile</Title>
        <Group gap="xs">
          <Button
            leftSection={<IconFileUpload size={16} aria-hidden />}
            onClick={() => void imp.fromDialog()}
            disabled={imp.progress !== null}
          >
            Import CV…
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />} loading={jsonBusy}>
                JSON Resume
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconFileImport size={14} aria-hidden />}
                onClick={() => void importJSON()}
                disabled={dirty}
              >
                Import as master profile…
              </Menu.Item>
              <Menu.Item onClick={() => void exportJSON()} disabled={dirty}>
                Export master profile…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        Drop a CV (PDF, Word or text, up to 20 MB) anywhere on this window, or choose it with Import CV. It is read on
        this computer only.
      </Text>
      <ImportStatus
        progress={imp.progress}
        failure={imp.failure}
        password={imp.password}
        onCancel={() => void imp.cancel()}
        onDismissFailure={imp.dismissFailure}
        onPassword={(pw) => void imp.retryWithPassword(pw)}
        onDismissPassword={imp.dismissPassword}
      />
      <Tabs value={tab} onChange={(v) => setTab((v ?? 'versions') as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="versions">Imported CVs{list && list.length > 0 ? ` (${list.length})` : ''}</Tabs.Tab>
          <Tabs.Tab value="master">Master profile{dirty ? ' •' : ''}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="versions" pt="md">
          <QueryState of={versions} loading="Loading CVs" errorTitle="Could not load your CVs">
            {() =>
              shown ? (
                <VersionView
                  key={shown.id}
                  version={shown}
                  masterDirty={dirty}
                  onBack={() => setOpened(null)}
                  onMerged={masterChanged}
                  onEditMaster={() => setTab('master')}
                  onSaved={versionSaved}
                />
              ) : (
                <VersionsList versions={list ?? []} onOpen={setOpened} />
              )
            }
          </QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="master" pt="md">
          <QueryState of={master} loading="Loading the profile" errorTitle="Could not load your profile">
            {() =>
              saved && draft ? (
                <ProfileEditor draft={draft} saved={saved} onDraft={setDraft} onSaved={masterChanged} />
              ) : null
            }
          </QueryState>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
