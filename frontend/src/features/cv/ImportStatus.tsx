/**
 * What an import shows while it runs and when it ends badly: a progress bar
 * with the current step and a cancel button, a failure alert, and a
 * password prompt that retries the import.
 */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Paper, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ImportFailure, ImportProgress, PasswordRequest } from './useCVImport';
import { basename } from './useCVImport';

/** ImportStatus renders the running import, its failure and its password prompt. */
export function ImportStatus(props: {
  progress: ImportProgress | null;
  failure: ImportFailure | null;
  password: PasswordRequest | null;
  onCancel: () => void;
  onDismissFailure: () => void;
  onPassword: (pw: string) => void;
  onDismissPassword: () => void;
}) {
  const { progress, failure, password } = props;
  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      {progress ? (
        <Paper withBorder p="sm" role="status" aria-live="polite" aria-label="CV import">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={4} style={{ flex: 1 }}>
              <Text size="sm">{progress.message}</Text>
              <Progress
                value={progress.total > 0 ? Math.max(pct, 5) : 100}
                animated
                striped={progress.total === 0}
                aria-label="Reading the CV"
              />
            </Stack>
            <Button variant="default" size="xs" onClick={props.onCancel} disabled={!progress.jobId}>
              Cancel import
            </Button>
          </Group>
        </Paper>
      ) : null}
      {failure ? (
        <Alert
          color="red"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={failure.title}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={props.onDismissFailure}
        >
          {failure.message}
        </Alert>
      ) : null}
      <Modal
        opened={password !== null}
        onClose={props.onDismissPassword}
        title="This PDF needs a password"
        centered
        size="sm"
      >
        {password ? (
          <PasswordForm request={password} onSubmit={props.onPassword} onCancel={props.onDismissPassword} />
        ) : null}
      </Modal>
    </>
  );
}

function PasswordForm({
  request,
  onSubmit,
  onCancel,
}: {
  request: PasswordRequest;
  onSubmit: (pw: string) => void;
  onCancel: () => void;
}) {
  const [pw, setPw] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(pw);
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {basename(request.path)} is protected by a password. Huntbook uses it only to read the file now and does not
          keep it.
        </Text>
        <PasswordInput
          label="Password"
          data-autofocus
          value={pw}
          onChange={(e) => setPw(e.currentTarget.value)}
          error={request.wrong ? 'That password does not open this PDF: check it and try again.' : undefined}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={pw === ''}>
            Open the PDF
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
