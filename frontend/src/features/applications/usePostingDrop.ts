/**
 * usePostingDrop hears files dropped on the window while the applications
 * list is shown (the CV view hears its own drops while it is shown instead:
 * the two are never on screen together, and api's onFileDrop hands a drop to
 * the latest view listening). A saved job page or posting text opens the Add
 * form prefilled; any other file gets a note saying what can be dropped here.
 */
import { useEffect, useEffectEvent } from 'react';
import { notifications } from '@mantine/notifications';
import { jobs, profile } from '../../api';

/** usePostingDrop calls onPosting with the first posting file among dropped paths. */
export function usePostingDrop(onPosting: (path: string) => void) {
  const handler = useEffectEvent(onPosting);
  useEffect(
    () =>
      profile.onFileDrop((paths) => {
        const path = paths.find(jobs.isPostingFile);
        if (path) {
          handler(path);
          return;
        }
        if (paths.length > 0) {
          notifications.show({
            color: 'yellow',
            title: 'Not a job posting',
            message:
              'Drop a saved job page (.html, .htm, .mhtml) or its text (.txt, .md) here to add it. CVs go in the CV view.',
          });
        }
      }),
    [],
  );
}
