/** A header button that opens the command palette, for mouse users and discoverability. */
import { Button, Kbd, Text, Tooltip } from '@mantine/core';
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
        visibleFrom="sm"
      >
        <Text span size="sm" mr={6}>
          Commands
        </Text>
        <Kbd size="xs">{mod} K</Kbd>
      </Button>
    </Tooltip>
  );
}
