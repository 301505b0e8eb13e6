import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { applications } from '../../api';

/** How long typing must pause before the duplicate check runs. */
export const duplicateCheckDelay = 300;

/** The duplicate warning: tracked applications with the same link, or the same company and title. */
export function useDuplicates(company: string, title: string, url: string, enabled: boolean): applications.Duplicate[] {
  const current = [company.trim(), title.trim(), url.trim()].join('\u0000');
  const [key] = useDebouncedValue(current, duplicateCheckDelay);
  const [found, setFound] = useState<{ key: string; items: applications.Duplicate[] }>({ key: '', items: [] });
  useEffect(() => {
    const [c, t, u] = key.split('\u0000');
    const link = /^https?:\/\/\S+$/i.test(u) ? u : '';
    if (!enabled || (!(c && t) && !link)) return;
    let live = true;
    applications
      .duplicates({ company: c, title: t, url: link })
      .then((items) => {
        if (live) setFound({ key, items });
      })
      .catch(() => {
        // The warning is advisory: a failed check only means no warning.
        if (live) setFound({ key, items: [] });
      });
    return () => {
      live = false;
    };
  }, [key, enabled]);
  return enabled && found.key === current ? found.items : [];
}
