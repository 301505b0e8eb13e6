/**
 * "CV sent": which imported CV version went out with an application, chosen
 * in the application detail (a native select, so it is labelled once).
 */
import { useState } from 'react';
import { Loader, NativeSelect } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { profile } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { formatDate } from '../../shared/format';
import { messageOf } from './messages';

function optionLabel(v: profile.CVVersion): string {
  const when = formatDate(v.createdAt);
  return when ? `${v.label || v.fileName} (${when})` : v.label || v.fileName;
}

/** CVSentSelect shows and sets the CV version sent with application appId. */
export function CVSentSelect({ appId }: { appId: number }) {
  const client = useQueryClient();
  const versionsQuery = useQuery({ queryKey: queryKeys.cv.versions, queryFn: () => profile.versions() });
  const linkedQuery = useQuery({ queryKey: queryKeys.cv.linked(appId), queryFn: () => profile.linkedCV(appId) });
  const linking = useMutation({
    mutationFn: (value: string) => (value === '' ? profile.unlinkCV(appId) : profile.linkCV(appId, Number(value))),
    onSuccess: (_, value) => {
      const v = versionsQuery.data?.find((x) => String(x.id) === value) ?? null;
      client.setQueryData(queryKeys.cv.linked(appId), v);
      // The list counts the applications each version went out with.
      void client.invalidateQueries({ queryKey: queryKeys.cv.versions });
    },
  });
  const versions = versionsQuery.isPending || linkedQuery.isPending ? null : (versionsQuery.data ?? []);
  const saved = linkedQuery.data ? String(linkedQuery.data.id) : '';
  // While a change is saved the select shows it (set at once, not when the mutation's state arrives);
  // if it fails, the saved choice is back.
  const [choice, setChoice] = useState<string | null>(null);
  const linked = choice ?? saved;
  const busy = choice !== null;
  const failure = linking.error ?? versionsQuery.error ?? linkedQuery.error;
  const error = failure ? messageOf(failure) : '';
  const change = (value: string) => {
    setChoice(value);
    linking.mutate(value, { onSettled: () => setChoice(null) });
  };

  const data = [
    { value: '', label: versions && versions.length === 0 ? 'No CV imported yet' : 'Not recorded' },
    ...(versions ?? []).map((v) => ({ value: String(v.id), label: optionLabel(v) })),
  ];
  return (
    <NativeSelect
      mt="md"
      maw={420}
      label="CV sent"
      description="The version of your CV that went out with this application"
      data={data}
      value={linked}
      disabled={versions === null || busy || versions.length === 0}
      rightSection={versions === null || busy ? <Loader size={14} aria-hidden /> : undefined}
      onChange={(e) => change(e.currentTarget.value)}
      error={error || undefined}
    />
  );
}
