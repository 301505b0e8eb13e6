import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * DiscardDialog asks before unsaved input is thrown away (a dialog closed
 * with an outside click or Esc, a view left): "Keep editing" (focused first)
 * goes back to the input, "Discard changes" runs onDiscard. The detail
 * drawer asks the same question in the same words.
 */
export function DiscardDialog({
  opened,
  children,
  onKeep,
  onDiscard,
}: {
  opened: boolean;
  /** What would be lost, in a sentence. */
  children: ReactNode;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  return (
    <ConfirmDialog
      opened={opened}
      title="Discard unsaved changes?"
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      onConfirm={onDiscard}
      onClose={onKeep}
    >
      <Text size="sm">{children}</Text>
    </ConfirmDialog>
  );
}
