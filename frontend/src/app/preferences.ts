/**
 * The preferences through the data layer: one query that every view reads
 * (Settings, the board, the theme, Insights' weekly goal), and one way to
 * change them that puts what was stored in that query, so a change made
 * anywhere (the command palette's theme switch, Settings) shows everywhere
 * at once.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { settings, type settings as S } from '../api';
import { queryKeys } from './queryKeys';

/** usePreferences reads the preferences (enabled: false leaves the backend alone, say outside the window). */
export function usePreferences(enabled = true) {
  return useQuery({ queryKey: queryKeys.settings.preferences, queryFn: () => settings.get(), enabled });
}

/**
 * savePreferences applies change to the stored preferences (read afresh, so
 * a change made elsewhere is kept), saves them and puts the result in
 * client's preferences query. It returns what was stored.
 */
export async function savePreferences(client: QueryClient, change: Partial<S.Preferences>): Promise<S.Preferences> {
  const saved = await settings.save({ ...(await settings.get()), ...change });
  client.setQueryData(queryKeys.settings.preferences, saved);
  return saved;
}

/** useSavePreferences is savePreferences as a mutation of the query client in context. */
export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (change: Partial<S.Preferences>) => savePreferences(client, change) });
}
