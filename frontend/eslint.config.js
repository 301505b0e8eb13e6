// ESLint for the page, the browser extension and the build scripts (issue 13's
// lint gate; `npm run lint` runs it with --max-warnings 0, then Prettier's
// check). Formatting is Prettier's job, so eslint-config-prettier goes last and
// turns off every stylistic rule. Every rule turned off below says why.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output and generated code (`make bindings`: wails generate module, tools/tsgen).
    ignores: ['dist/', 'wailsjs/', 'src/api/generated.ts', 'node_modules/'],
  },
  js.configs.recommended,

  // TypeScript: the page (src) and vite.config.ts, type-checked against the
  // tsconfig projects `tsc -b` builds.
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Options, not switches: `onClick={() => setOpen(false)}` is the React
      // idiom, and braces around every such handler would add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A number in a template prints as expected (`${n} ms`); objects,
      // possibly-undefined values and any must still be made strings first.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },

  // The page's React hooks. The recommended set also carries the React
  // Compiler rules; the two classic rules are errors, not warnings.
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The build does not run React Compiler, so its note that it would skip
      // a component (one using TanStack Virtual's useVirtualizer) is no finding.
      'react-hooks/incompatible-library': 'off',
      // Flags the setLoading/setError calls that open every hand-written load
      // effect. Issue 13 moves the views' reads to TanStack Query, which takes
      // that state out of the views; turn this on once the last view has moved.
      'react-hooks/set-state-in-effect': 'off',
    },
  },

  // Features do not import each other: what two features share lives in
  // src/app (data layer, navigation, cross-view requests) or src/shared
  // (components, formatting, helpers), and a view that shows another
  // feature's panel gets it from the shell (src/shell/DetailDrawer.tsx,
  // SettingsPage.tsx, Shell's firstRun). Feature folders are flat, so from
  // src/features/<name>/<file>, "../x/..." is another feature's module. No
  // exceptions today; list any here with its reason.
  {
    files: ['src/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/',
              message:
                'A feature may not import another feature: move what both need to src/app or src/shared, or compose the two in src/shell.',
            },
            {
              regex: '^(\\.\\./)+features/',
              message:
                'A feature may not import another feature: move what both need to src/app or src/shared, or compose the two in src/shell.',
            },
          ],
        },
      ],
    },
  },

  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      // An async mock (`mockImplementation(async (a) => app(a))`) says what it
      // stands for, and `await act(async () => resolve(x))` is not the same as
      // the sync act: the async form flushes the promises resolve() settles.
      '@typescript-eslint/require-await': 'off',
      // A test's `el!` fails the test at once when the element is missing,
      // which is what a test wants; the page's code may not use it.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // These stand in for the Wails runtime, which rejects with plain objects
    // and strings, not Errors: the code under test must read exactly those.
    files: ['src/api/*.test.ts', 'src/dev/mockBackend.ts'],
    rules: { '@typescript-eslint/prefer-promise-reject-errors': 'off' },
  },

  // Plain JavaScript: the extension runs in the browser with the chrome.* API,
  // the scripts and e2e drivers run in Node.
  {
    files: ['extension/background.js', 'extension/popup.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    // A classic <script> in <head>, not a module.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    // The e2e drivers also hold functions that Playwright runs in the page or
    // the extension's worker (page.evaluate), hence the browser globals.
    files: ['extension/*.mjs', 'scripts/**/*.mjs', 'e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },

  prettier,
);
