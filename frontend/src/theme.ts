import { createTheme } from '@mantine/core';

// The operating system's own fonts: nothing is downloaded.
const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';
const monoFonts = 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace';

/** Huntbook's Mantine theme. */
export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: systemFonts,
  fontFamilyMonospace: monoFonts,
  headings: { fontFamily: systemFonts },
  defaultRadius: 'md',
});
