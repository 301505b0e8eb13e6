import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { errorMessage } from './QueryState';

/**
 * ConfirmDialog asks before something that cannot be undone (a delete, a
 * disconnect). Confirm runs onConfirm; while it runs the button spins; if it
 * fails the reason shows in the dialog, which stays open; if it succeeds the
 * dialog closes (onClose). Cancel (focused first) just closes.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  color = 'red',
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  /** What happens, in a sentence or two; may hold extra choices (a checkbox). */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  color?: string;
  /** The action; a promise it returns is awaited, and its failure shown. */
  onConfirm: () => unknown;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await Promise.resolve(onConfirm());
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered size="sm">
      <Stack gap="sm">
        {children}
        {error != null && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} data-autofocus>
            {cancelLabel}
          </Button>
          <Button color={color} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
