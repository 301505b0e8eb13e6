import { createTheme, Drawer, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

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

/**
 * Huntbook's Mantine theme. Colours meet WCAG AA (4.5:1 for text) in both
 * schemes: Mantine's default shades put white on teal.6 (2.55:1) and
 * teal.6 on its light background (2.32:1); shade 9 gives 5.0:1 and 4.7:1.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 9 },
  fontFamily: systemFonts,
  fontFamilyMonospace: monoFonts,
  headings: { fontFamily: systemFonts },
  defaultRadius: 'md',
  // Filled backgrounds light enough for dark text get it (yellow, orange, green
  // shade 9): white on them is under 4.5:1. teal.9 (luminance 0.16) keeps white.
  autoContrast: true,
  luminanceThreshold: 0.17,
  components: {
    // A dialog's header is not the page's banner landmark (one banner only).
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
    // Mantine's close button (an X icon) has no name of its own.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

/**
 * Dimmed text darker than Mantine's gray.6 (#868e96 is 3.3:1 on white):
 * #5f666d is 5.8:1 on white and 5.4:1 on the grey and teal tints behind it.
 * In the dark scheme, Mantine's dark.2 (#828282) is 4.0:1 on the dark body;
 * #acacac is 6.7:1 there and 4.9:1 on the board's lanes (dark.5).
 */
export const dimmedLight = '#5f666d';
/** Dimmed text in the dark scheme (see dimmedLight). */
export const dimmedDark = '#acacac';

/**
 * Text in colours whose darkest Mantine shade is under 4.5:1 on white
 * (yellow.9 2.7:1, orange.9 4.3:1, green.9 4.4:1, lime.9 3.3:1), for the
 * light scheme: 5:1 or more on white and on their own light tint.
 */
export const warmText: Record<string, string> = {
  yellow: '#8a5a00',
  orange: '#b03a06',
  green: '#237032',
  lime: '#4a7a0a',
};

/**
 * How strong the light variant's tint is in the light scheme (Mantine: 0.1).
 * At 0.1, teal.9 text on its own tint is 4.4:1; at 0.06 it is 4.7:1.
 */
export const lightTintAlpha = 0.06;

function rgba(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** cssVariables sets the app's colour variables in both schemes (MantineProvider's cssVariablesResolver). */
export const cssVariables: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': dimmedLight };
  for (const [name, shades] of Object.entries(t.colors)) {
    const text = warmText[name] ?? shades[9];
    light[`--mantine-color-${name}-light`] = rgba(shades[9], lightTintAlpha);
    light[`--mantine-color-${name}-light-hover`] = rgba(shades[9], lightTintAlpha + 0.04);
    light[`--mantine-color-${name}-light-color`] = text;
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-outline`] = text;
  }
  // Dark: the light variant's text one shade lighter than Mantine's (shade 2,
  // not 3): red.3 on its tint over a board lane was 4.3:1.
  const dark: Record<string, string> = { '--mantine-color-dimmed': dimmedDark };
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name !== 'dark' && name !== 'gray') dark[`--mantine-color-${name}-light-color`] = shades[2];
  }
  return { variables: {}, light, dark };
};
