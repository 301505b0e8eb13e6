/** Typed calls to service.Contacts. */
import * as bound from '../../wailsjs/go/service/Contacts';
import { model } from '../../wailsjs/go/models';
import { call, orEmpty } from './backend';
import * as norm from './normalize';
import type { Contact } from './types';

type ContactInput = Omit<Contact, 'createdAt' | 'updatedAt'>;

function toModel(c: ContactInput): model.Contact {
  const { id, name, role, company, email, phone, profileUrl, notes, applicationIds } = c;
  return model.Contact.createFrom({ id, name, role, company, email, phone, profileUrl, notes, applicationIds });
}

/** list returns contacts matching search ("" for all). */
export async function list(search = ''): Promise<Contact[]> {
  return orEmpty(await call(() => bound.List(search))).map(norm.contact);
}

/** create stores a new contact. */
export async function create(c: ContactInput): Promise<Contact> {
  return norm.contact(await call(() => bound.Create(toModel({ ...c, id: 0 }))));
}

/** update saves a contact. */
export async function update(c: ContactInput): Promise<Contact> {
  return norm.contact(await call(() => bound.Update(toModel(c))));
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
