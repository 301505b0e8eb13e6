/** How an application's outcome is named and coloured, the same in every view. */
import type { Outcome } from '../api';

/** outcomeColor is the badge colour of an outcome. */
export function outcomeColor(o: Outcome): string {
  switch (o) {
    case 'accepted':
      return 'green';
    case 'rejected':
      return 'red';
    case 'withdrawn':
      return 'gray';
    case 'ghosted':
      return 'grape';
    case 'expired':
      return 'orange';
    default:
      return 'blue';
  }
}

/** outcomeLabel is the display name of an outcome. */
export function outcomeLabel(o: Outcome): string {
  return o.charAt(0).toUpperCase() + o.slice(1);
}
