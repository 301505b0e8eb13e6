/**
 * Opens a web address the user clicked in the system browser (never inside
 * the app's own page): job postings, interview join links.
 */
import { call, goStruct } from './backend';

const bound = goStruct('service', 'Links');

/** open asks the backend to open an http(s) address in the browser. */
export async function open(url: string): Promise<void> {
  await call(() => bound.Open(url));
}
