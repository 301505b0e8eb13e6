import { createTheme } from '@mantine/core';

// The operating system's own fonts: nothing is downloaded. system-ui is the
// desktop's UI font in every engine Wails uses (WebKitGTK takes GTK's font,
// WebKit on macOS San Francisco, WebView2 Segoe UI); the generic family after
// it always resolves. Each family that is not installed costs WebKitGTK a
// fontconfig match per font size and weight while it lays out the first
// screen: the longer stack this replaces (ten families, most of them missing
// on Linux) doubled the first style and layout (about 120 ms -> 50 ms).
// ui-monospace is SF Mono on macOS; elsewhere monospace is the system's own
// (Consolas in WebView2, DejaVu Sans Mono or the distribution's choice).
const systemFonts = 'system-ui, sans-serif';
const monoFonts = 'ui-monospace, monospace';

/** Huntbook's Mantine theme. */
export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: systemFonts,
  fontFamilyMonospace: monoFonts,
  headings: { fontFamily: systemFonts },
  defaultRadius: 'md',
});
