/**
 * The CV and profile view: import a CV (dropped on the window or picked with
 * the native dialog) with progress, cancel and a password prompt; the list
 * of imported versions; one version's document beside its parsed fields
 * with merging; the master profile editor; JSON Resume import and export.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Loader, Menu, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconFileImport, IconFileUpload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { events, profile } from '../../api';
import { ImportStatus } from './ImportStatus';
import { ProfileEditor } from './ProfileEditor';
import { VersionView } from './VersionView';
import { VersionsList } from './VersionsList';
import { sameProfile } from './edit';
import { keepDraft, keepPlace, keptDraft, lastPlace, masterDraft } from './drafts';
import { messageOf } from './messages';
import { useCVImport } from './useCVImport';
import { useFileDrop } from './useFileDrop';
import classes from './cv.module.css';
import { clearCVReview, pendingCVReview } from '../../app/cvReview';

type Tab = 'versions' | 'master';

/** CVView is the "CV" screen of the shell. */
export function CVView() {
  // Back from another view, the CV view shows what it showed, with any unsaved edits (see drafts.ts).
  // A CV just imported elsewhere (first run) opens for review; otherwise the last place.
  const [review] = useState(pendingCVReview);
  useEffect(clearCVReview, []);
  const [tab, setTab] = useState<Tab>(() => (review ? 'versions' : lastPlace().tab));
  const [list, setList] = useState<profile.CVVersion[] | null>(null);
  const [opened, setOpened] = useState<profile.CVVersion | null>(() => review ?? lastPlace().opened);
  const [saved, setSaved] = useState<profile.Profile | null>(null);
  const [draft, setDraft] = useState<profile.Profile | null>(null);
  const [loadError, setLoadError] = useState('');
  const restored = useRef(lastPlace().opened?.id ?? 0);
  const [jsonBusy, setJsonBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const vs = await profile.versions();
      setList(vs);
      // The version shown before the view was left may have been deleted since.
      const back = restored.current;
      restored.current = 0;
      if (back && !vs.some((v) => v.id === back)) setOpened((o) => (o?.id === back ? null : o));
      setLoadError('');
    } catch (err) {
      setLoadError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void reload();
    profile.master().then(
      (m) => {
        setSaved(m);
        setDraft(keptDraft(masterDraft, m) ?? m);
      },
      (err: unknown) => setLoadError(messageOf(err)),
    );
  }, [reload]);

  // A CV imported elsewhere (first run, the command palette) appears here too.
  useEffect(
    () =>
      events.onJobDone((d) => {
        if (d.ok && d.id.startsWith('cv-import-')) void reload();
      }),
    [reload],
  );

  const imp = useCVImport((v, created) => {
    void reload();
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

  const masterChanged = (m: profile.Profile) => {
    setSaved(m);
    setDraft(m);
  };
  const dirty = saved !== null && draft !== null && !sameProfile(saved, draft);
  useEffect(() => {
    if (saved) keepDraft(masterDraft, saved, draft);
  }, [saved, draft]);
  useEffect(() => keepPlace({ tab, opened }), [tab, opened]);

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
      {loadError ? (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Could not load your CVs">
          {loadError}
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={(v) => setTab((v ?? 'versions') as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="versions">Imported CVs{list && list.length > 0 ? ` (${list.length})` : ''}</Tabs.Tab>
          <Tabs.Tab value="master">Master profile{dirty ? ' •' : ''}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="versions" pt="md">
          {list === null ? (
            loadError ? null : (
              <Group justify="center" p="xl">
                <Loader aria-label="Loading CVs" />
              </Group>
            )
          ) : opened ? (
            <VersionView
              key={opened.id}
              version={opened}
              masterDirty={dirty}
              onBack={() => setOpened(null)}
              onMerged={masterChanged}
              onEditMaster={() => setTab('master')}
              onSaved={(v) => {
                setOpened(v);
                void reload();
              }}
            />
          ) : (
            <VersionsList versions={list} onOpen={setOpened} onChanged={() => void reload()} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="master" pt="md">
          {saved && draft ? (
            <ProfileEditor draft={draft} saved={saved} onDraft={setDraft} onSaved={masterChanged} />
          ) : loadError ? null : (
            <Group justify="center" p="xl">
              <Loader aria-label="Loading the profile" />
            </Group>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
