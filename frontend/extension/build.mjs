// Packages the browser extension: checks the manifest and copies the files
// the extension is made of to build/bin/extension/ (next to the app binary),
// ready to load unpacked or to zip for a store. Run by `npm run build`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = dirname(fileURLToPath(import.meta.url));
const out = resolve(src, '..', '..', 'build', 'bin', 'extension');
const files = ['manifest.json', 'background.js', 'popup.html', 'popup.js', 'popup.css', 'icon.png'];

const manifest = JSON.parse(readFileSync(join(src, 'manifest.json'), 'utf8'));
const referenced = [
  manifest.background?.service_worker,
  ...(manifest.background?.scripts ?? []),
  manifest.action?.default_popup,
  manifest.action?.default_icon,
  ...Object.values(manifest.icons ?? {}),
].filter(Boolean);
for (const f of referenced) {
  if (!files.includes(f)) throw new Error(`extension: manifest.json names ${f}, which is not packaged`);
}
if (manifest.manifest_version !== 3 || !manifest.key) throw new Error('extension: manifest must be V3 with a key');
// addons.mozilla.org refuses a new extension that does not declare what data
// it collects; Huntbook's sends nothing anywhere but to Huntbook on this computer.
const gecko = manifest.browser_specific_settings?.gecko;
if (!gecko?.id || !gecko.data_collection_permissions?.required?.length) {
  throw new Error(
    'extension: manifest needs browser_specific_settings.gecko with an id and data_collection_permissions',
  );
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const f of files) {
  if (!existsSync(join(src, f))) throw new Error(`extension: ${f} is missing`);
  copyFileSync(join(src, f), join(out, f));
}
console.log(`extension: packaged ${files.length} files in ${out}`);
