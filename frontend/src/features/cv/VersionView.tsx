/**
 * One imported CV: the document beside the fields read from it, the
 * reader's warnings, and merging into the master profile (the version's
 * own profile is kept as read; edits happen in the master).
 */
import { useState } from 'react';
import { Alert, Badge, Box, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowMerge } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { profile } from '../../api';
import { DocumentViewer } from './DocumentViewer';
import { ParsedFields, type Spot } from './ParsedFields';
import { messageOf, sentence } from './messages';

/** VersionView shows version; onBack returns to the list; onMerged receives the saved master. */
export function VersionView({
  version,
  masterDirty,
  onBack,
  onMerged,
  onEditMaster,
}: {
  version: profile.CVVersion;
  /** The master has unsaved edits: merging (which saves it) waits until they are saved or discarded. */
  masterDirty: boolean;
  onBack: () => void;
  onMerged: (p: profile.Profile) => void;
  onEditMaster: () => void;
}) {
  const [spot, setSpot] = useState<(Spot & { n: number }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const merge = async (paths: string[], what: string) => {
    setBusy(true);
    setError('');
    try {
      const m = await profile.mergeIntoMaster(version.id, paths);
      onMerged(m);
      notifications.show({
        color: 'green',
        title: 'Merged into your master profile',
        message: paths.length === 0 ? 'Everything read from this CV was merged.' : `${what} was merged.`,
      });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const warnings = version.warnings.filter((w) => w.trim() !== '');
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack}>
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
          <Button variant="default" onClick={onEditMaster}>
            Edit master profile
          </Button>
          <Button leftSection={<IconArrowMerge size={16} aria-hidden />} loading={busy} disabled={masterDirty} onClick={() => void merge([], 'Everything')}>
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
      {error ? (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title="The merge did not happen" withCloseButton closeButtonLabel="Dismiss" onClose={() => setError('')}>
          {error}
        </Alert>
      ) : null}
      {masterDirty ? (
        <Alert color="blue" title="Your master profile has unsaved edits">
          Save or discard them in Master profile before merging from this CV.
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed">
        The values read from a CV are kept as read. Merge the right ones into your master profile, then edit them there.
      </Text>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Box style={{ flex: '1 1 50%', minWidth: 0 }} aria-label="Document">
          <DocumentViewer versionId={version.id} focus={spot} />
        </Box>
        <Box style={{ flex: '1 1 50%', minWidth: 0 }}>
          <ParsedFields version={version} busy={busy || masterDirty} onMerge={(p, w) => void merge(p, w)} onPage={(s) => setSpot((cur) => ({ ...s, n: (cur?.n ?? 0) + 1 }))} />
        </Box>
      </Group>
    </Stack>
  );
}
