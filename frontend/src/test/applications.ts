import { emptyApplication, type Application, type Stage } from '../api';

/** Stages as the backend's default pipeline returns them. */
export const testStages: Stage[] = [
  { id: 1, name: 'Wishlist', position: 0 },
  { id: 2, name: 'Applied', position: 1 },
  { id: 3, name: 'Interviewing', position: 2 },
];

/** app builds an application for tests. */
export function app(p: Partial<Application>): Application {
  return { ...emptyApplication(), createdAt: '2025-02-01T10:00:00Z', updatedAt: '2025-02-02T10:00:00Z', ...p };
}
