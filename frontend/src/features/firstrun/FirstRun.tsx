import { useState } from 'react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconFileCv, IconFileImport, IconPlus } from '@tabler/icons-react';
import { importSummary } from '../../shared/dataReports';
import { importCV } from './cvImport';
import { offerImportedSettings } from '../../app/offeredSettings';
import { useImportFlow, type ImportDone } from '../../app/csvImport/useImportFlow';
import { resultSummary } from '../../app/csvImport/summary';
import { reviewCV } from '../../app/cvReview';

/**
 * FirstRun is the empty state of a new notebook: what Huntbook is, in two
 * sentences, and three ways to start: add an application, import a CSV or
 * import a CV.
 */
export function FirstRun({ onAdd, onImported }: { onAdd: () => void; onImported?: () => void }) {
  const [busy, setBusy] = useState<'' | 'csv' | 'cv'>('');
  const [progress, setProgress] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const imported = (d: ImportDone) => {
    if (d.kind === 'csv') {
      notifications.show({ color: 'teal', title: 'Import finished', message: resultSummary(d.result) });
    } else if (!offerImportedSettings(d.report)) {
      // The settings dialog carries the summary; no notification over it.
      notifications.show({ color: 'teal', title: 'Import finished', message: importSummary(d.report) });
    }
    onImported?.();
  };
  const flow = useImportFlow(imported);

  const importCSV = async () => {
    setBusy('csv');
    setMessage(null);
    try {
      await flow.start();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    } finally {
      setBusy('');
    }
  };

  const importTheCV = async () => {
    setBusy('cv');
    setMessage(null);
    setProgress('');
    try {
      const r = await importCV(setProgress);
      if (r.status === 'done') {
        notifications.show({
          color: 'green',
          title: 'CV imported',
          message: `${r.version.fileName} was read: check the values beside the document.`,
        });
        reviewCV(r.version);
      }
      if (r.status === 'failed') setMessage({ ok: false, text: r.message });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    } finally {
      setBusy('');
    }
  };

  return (
    <Paper withBorder p="xl" radius="md" maw={620} mx="auto" mt="xl">
      <Stack align="center" gap="sm" ta="center">
        <IconBriefcase size={40} stroke={1.5} aria-hidden />
        <Title order={2} size="h3">
          Start your job search notebook
        </Title>
        <Text c="dimmed">
          Huntbook keeps your job search on your computer: applications, notes, contacts and follow-ups, in one file
          only you can read. Add the first job you are interested in, bring your list from another tracker as a CSV, or
          start with your CV.
        </Text>
        <Group justify="center" gap="sm" mt="xs">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd} title="Add application (Ctrl+N)">
            Add application
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            loading={busy === 'csv'}
            disabled={busy === 'cv'}
            onClick={() => void importCSV()}
          >
            Import a CSV
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileCv size={16} aria-hidden />}
            disabled={busy !== ''}
            onClick={() => void importTheCV()}
          >
            Import a CV
          </Button>
        </Group>
        {busy === 'cv' && (
          <Group gap="xs" role="status" aria-live="polite">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{progress || 'Importing your CV…'}</Text>
          </Group>
        )}
        {message && (
          <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'} w="100%" ta="left">
            {message.text}
          </Alert>
        )}
        {flow.dialog}
      </Stack>
    </Paper>
  );
}
