/** Typed calls to service.Contacts. */
import { call, goStruct } from './backend';
import type { Input } from './generated';
import type { Contact } from './types';

type ContactInput = Omit<Contact, 'createdAt' | 'updatedAt'>;

const bound = goStruct('service', 'Contacts');

function toModel(c: ContactInput): Input<Contact> {
  const { id, name, role, company, email, phone, profileUrl, notes, applicationIds } = c;
  return { id, name, role, company, email, phone, profileUrl, notes, applicationIds };
}

/** list returns contacts matching search ("" for all). */
export async function list(search = ''): Promise<Contact[]> {
  return call(() => bound.List(search));
}

/** create stores a new contact. */
export async function create(c: ContactInput): Promise<Contact> {
  return call(() => bound.Create(toModel({ ...c, id: 0 })));
}

/** update saves a contact. */
export async function update(c: ContactInput): Promise<Contact> {
  return call(() => bound.Update(toModel(c)));
}

/** remove deletes a contact. */
export async function remove(id: number): Promise<void> {
  await call(() => bound.Delete(id));
}

/** link ties a contact to an application. */
export async function link(contactId: number, applicationId: number): Promise<void> {
  await call(() => bound.Link(contactId, applicationId));
}

/** unlink unties a contact from an application. */
export async function unlink(contactId: number, applicationId: number): Promise<void> {
  await call(() => bound.Unlink(contactId, applicationId));
}
