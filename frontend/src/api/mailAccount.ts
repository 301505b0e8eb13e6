/**
 * Typed calls to the read-only IMAP account of service.Mail: the account
 * (never its password, which stays in the keychain or this session), test
 * the connection, check mail now as a background job (its progress and
 * MailSyncReport come through job events: the job's id starts with
 * `mail-sync-`), cancel it, and disconnect.
 */
import { call, goStruct } from './backend';
import type { MailAccount, MailAccountInput, MailAccountTest, MailSyncReport } from './generated';

export type {
  FolderInfo,
  MailAccount,
  MailAccountInput,
  MailAccountTest,
  MailFolderState,
  MailSyncReport,
} from './generated';

const bound = goStruct('service', 'Mail');

/** The prefix of a mail check's job id. */
export const syncJobPrefix = 'mail-sync-';

/** account returns the IMAP account as saved, with how its checks went. */
export async function account(): Promise<MailAccount> {
  return call(() => bound.MailAccount());
}

/**
 * save stores the account; an empty password keeps the one kept. A bad
 * field rejects with an ApiError 'invalid' naming it (host, port, security,
 * user, password, folders, sinceDays, intervalMinutes).
 */
export async function save(input: MailAccountInput): Promise<MailAccount> {
  return call(() => bound.SaveMailAccount(input));
}

/**
 * test connects with the account as typed and opens each folder read-only;
 * nothing is saved. A wrong password rejects with 'invalid' on 'password',
 * an unreachable server or a failed TLS check with 'unavailable', an
 * unknown folder with 'not_found' (the message lists the server's folders).
 */
export async function test(input: MailAccountInput): Promise<MailAccountTest> {
  return call(() => bound.TestMailAccount(input));
}

/** sync starts a check for new mail and resolves to its job id (the running one's when one is under way). */
export async function sync(): Promise<string> {
  return call(() => bound.SyncMail());
}

/** cancel stops a running check; what was read so far is kept. */
export async function cancel(jobID: string): Promise<void> {
  await call(() => bound.CancelMailSync(jobID));
}

/** disconnect forgets the account, its password and how far it was read; kept messages stay. */
export async function disconnect(): Promise<void> {
  await call(() => bound.DisconnectMailAccount());
}

/**
 * readSyncReport reads a check's job result (job:done carries it as
 * unknown): Go sends a MailSyncReport, or nothing after a failure.
 */
export function readSyncReport(x: unknown): MailSyncReport | null {
  if (typeof x !== 'object' || x === null || !('fetched' in x)) return null;
  return x as MailSyncReport;
}
