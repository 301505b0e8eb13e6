/**
 * Opens a web address the user clicked in the system browser (never inside
 * the app's own page): job postings, interview join links.
 */
import * as bound from '../../wailsjs/go/service/Links';
import { call } from './backend';

/** open asks the backend to open an http(s) address in the browser. */
export async function open(url: string): Promise<void> {
  await call(() => bound.Open(url));
}
