/** A header button that opens the command palette, for mouse users and discoverability. */
import { Button, Kbd, Tooltip } from '@mantine/core';
import { IconCommand } from '@tabler/icons-react';
import { openPalette } from './Palette';
import { modKey } from './shortcuts';

/** PaletteButton opens the command palette; its label names the shortcut. */
export function PaletteButton() {
  const mod = modKey();
  return (
    <Tooltip label={`Command palette (${mod}+K)`}>
      <Button
        variant="default"
        size="sm"
        px="xs"
        onClick={openPalette}
        aria-label="Open the command palette"
        aria-keyshortcuts="Control+K Meta+K"
        leftSection={<IconCommand size={16} aria-hidden />}
        visibleFrom="sm"
      >
        <Kbd size="xs">{mod} K</Kbd>
      </Button>
    </Tooltip>
  );
}
