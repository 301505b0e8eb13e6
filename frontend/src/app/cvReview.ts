/**
 * A request to show one imported CV for review in the CV view (the version
 * open beside its parsed values): the first-run screen's "Import a CV" ends
 * there rather than on an empty list.
 */
import type { profile } from '../api';
import { showView } from './navigation';

let pending: profile.CVVersion | null = null;

/** reviewCV switches to the CV view with version v open. */
export function reviewCV(v: profile.CVVersion): void {
  pending = v;
  showView('cv');
}

/** pendingCVReview is the version the CV view should open, if one was asked for. */
export function pendingCVReview(): profile.CVVersion | null {
  return pending;
}

/** clearCVReview forgets the request once the CV view has taken it. */
export function clearCVReview(): void {
  pending = null;
}
