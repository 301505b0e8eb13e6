/**
 * One imported CV: the document beside the fields read from it, the
 * reader's warnings, correcting those values (saved with the version:
 * SaveVersionProfile) and merging them into the master profile.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Box, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowMerge, IconPencil } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { profile } from '../../api';
import { ActionError } from '../../shared/QueryState';
import { DocumentViewer } from './DocumentViewer';
import { ParsedFields, type Spot } from './ParsedFields';
import { ProfileEditor, type EditTarget } from './ProfileEditor';
import { sameProfile } from './edit';
import { keepDraft, keptDraft, versionDraft } from './drafts';
import { sentence } from './messages';

/** VersionView shows version; onBack returns to the list; onMerged receives the saved master; onSaved the corrected version (the caller stores it). */
export function VersionView({
  version,
  masterDirty,
  onBack,
  onMerged,
  onEditMaster,
  onSaved,
}: {
  version: profile.CVVersion;
  /** The master has unsaved edits: merging (which saves it) waits until they are saved or discarded. */
  masterDirty: boolean;
  onBack: () => void;
  onMerged: (p: profile.Profile) => void;
  onEditMaster: () => void;
  onSaved: (v: profile.CVVersion) => void;
}) {
  const [spot, setSpot] = useState<(Spot & { n: number }) | null>(null);
  // Correcting the values read: a draft of the version's profile while the editor is open.
  // Corrections left unsaved when the user went elsewhere come back (see drafts.ts).
  const [draft, setDraft] = useState<profile.Profile | null>(() =>
    keptDraft(versionDraft(version.id), version.profile),
  );
  const editing = draft !== null;
  const draftDirty = draft !== null && !sameProfile(draft, version.profile);
  useEffect(() => keepDraft(versionDraft(version.id), version.profile, draft), [version, draft]);
  const target = useMemo<EditTarget>(
    () => ({
      label: 'Values read from this CV',
      intro: 'Correct what the reader got wrong; the document stays as it is.',
      savedTitle: 'Corrections saved',
      savedMessage: 'The values read from this CV are updated.',
      save: async (p) => {
        const v = await profile.saveVersionProfile(version.id, p);
        onSaved(v);
        return v.profile;
      },
    }),
    [version.id, onSaved],
  );

  const merging = useMutation({
    mutationFn: ({ paths }: { paths: string[]; what: string }) => profile.mergeIntoMaster(version.id, paths),
    onSuccess: (m, { paths, what }) => {
      onMerged(m);
      notifications.show({
        color: 'green',
        title: 'Merged into your master profile',
        message: paths.length === 0 ? 'Everything read from this CV was merged.' : `${what} was merged.`,
      });
    },
  });
  const merge = (paths: string[], what: string) => merging.mutate({ paths, what });
  const busy = merging.isPending;

  const warnings = version.warnings.filter((w) => w.trim() !== '');
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={onBack}
          >
            All CVs
          </Button>
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {version.label || version.fileName}
          </Title>
          {version.notACV ? (
            <Badge color="orange" variant="light">
              not a CV?
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          {editing ? (
            <Button variant="default" disabled={draftDirty} onClick={() => setDraft(null)}>
              Done editing
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setDraft(version.profile)}
            >
              Edit values
            </Button>
          )}
          <Button variant="default" onClick={onEditMaster}>
            Edit master profile
          </Button>
          <Button
            leftSection={<IconArrowMerge size={16} aria-hidden />}
            loading={busy}
            disabled={masterDirty || draftDirty}
            onClick={() => merge([], 'Everything')}
          >
            Merge everything into master
          </Button>
        </Group>
      </Group>
      {warnings.length > 0 ? (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title="The reader noted">
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={w}>{sentence(w)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <ActionError error={merging.error} onDismiss={merging.reset} title="The merge did not happen" />
      {masterDirty ? (
        <Alert color="blue" title="Your master profile has unsaved edits">
          Save or discard them in Master profile before merging from this CV.
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed">
        Correct the values read from this CV with Edit values, then merge the right ones into your master profile.
      </Text>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Box style={{ flex: '1 1 50%', minWidth: 0 }} aria-label="Document">
          <DocumentViewer versionId={version.id} focus={spot} />
        </Box>
        <Box style={{ flex: '1 1 50%', minWidth: 0 }}>
          {draft !== null ? (
            <ProfileEditor
              draft={draft}
              saved={version.profile}
              onDraft={setDraft}
              onSaved={(p) => setDraft(p)}
              target={target}
            />
          ) : (
            <ParsedFields
              version={version}
              busy={busy || masterDirty}
              onMerge={merge}
              onPage={(s) => setSpot((cur) => ({ ...s, n: (cur?.n ?? 0) + 1 }))}
            />
          )}
        </Box>
      </Group>
    </Stack>
  );
}
