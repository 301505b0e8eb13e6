import { formatDate } from './format';

/** What the board knows of a move once the backend recorded it. */
export interface DoneMove {
  company: string;
  /** The card was in the first stage (the wishlist) and went to another. */
  leftWishlist: boolean;
  /** The application's date applied after the move (YYYY-MM-DD or ''). */
  dateApplied: string;
  /** Today, YYYY-MM-DD, in the user's time zone. */
  today: string;
}

/**
 * dateAppliedNotice is the notice for a move out of the wishlist that left
 * the application applied today (the backend fills in an empty date applied
 * then), or null for any other move.
 */
export function dateAppliedNotice(m: DoneMove): { title: string; message: string } | null {
  if (!m.leftWishlist || !m.dateApplied || m.dateApplied !== m.today) return null;
  return {
    title: 'Date applied: today',
    message: `${m.company} left the wishlist, so its date applied is ${formatDate(m.dateApplied)}. Change it in the application if it was sent another day.`,
  };
}

/**
 * filledByMove lists the companies of the applications a move to stageId
 * takes out of the wishlist (the first stage) with no date applied: the
 * backend fills in today's date for those. rows are the applications as
 * the page last read them; those it has not read are left out.
 */
export function filledByMove(
  rows: readonly { company: string; stageId: number; dateApplied: string }[],
  wishlistId: number | undefined,
  stageId: number,
): string[] {
  if (wishlistId === undefined || stageId === wishlistId) return [];
  return rows.filter((r) => r.stageId === wishlistId && !r.dateApplied).map((r) => r.company);
}

/** bulkDateAppliedNotice says which applications a bulk move marked as applied today (null for none). */
export function bulkDateAppliedNotice(companies: string[], today: string): { title: string; message: string } | null {
  if (!companies.length) return null;
  if (companies.length === 1) {
    return dateAppliedNotice({ company: companies[0], leftWishlist: true, dateApplied: today, today });
  }
  const names =
    companies.length <= 3
      ? companies.join(', ')
      : `${companies.slice(0, 3).join(', ')} and ${companies.length - 3} more`;
  return {
    title: 'Date applied: today',
    message: `${companies.length} applications left the wishlist (${names}), so their date applied is ${formatDate(today)}. Change it in an application if it was sent another day.`,
  };
}
