import dayjs from 'dayjs';

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
    message: `${m.company} left the wishlist, so its date applied is ${dayjs(m.dateApplied).format('D MMM YYYY')}. Change it in the application if it was sent another day.`,
  };
}
