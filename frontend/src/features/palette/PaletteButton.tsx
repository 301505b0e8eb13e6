/** A header button that opens the command palette, for mouse users and discoverability. */
import { useSyncExternalStore } from 'react';
import { Button, Kbd, Text, Tooltip } from '@mantine/core';
import { openPalette } from './Palette';
import { modKey } from './shortcuts';

/** noChanges subscribes to nothing: the platform does not change while the app runs. */
const noChanges = () => () => {};

/** PaletteButton opens the command palette; its label names the shortcut. */
export function PaletteButton() {
  // The first screen is prerendered at build time as on Linux and Windows;
  // on a Mac, "⌘" replaces "Ctrl" right after hydration.
  const mod = useSyncExternalStore(noChanges, modKey, () => 'Ctrl');
  return (
    <Tooltip label={`Command palette (${mod}+K)`}>
      <Button
        variant="default"
        size="sm"
        px="xs"
        onClick={openPalette}
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
