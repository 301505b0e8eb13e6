/**
 * "CV sent": which imported CV version went out with an application, chosen
 * in the application detail (a native select, so it is labelled once).
 */
import { useEffect, useState } from 'react';
import { Loader, NativeSelect } from '@mantine/core';
import { profile } from '../../api';
import { messageOf } from './messages';

function optionLabel(v: profile.CVVersion): string {
  const d = new Date(v.createdAt);
  const when = Number.isNaN(d.getTime()) ? '' : ` (${d.toLocaleDateString()})`;
  return `${v.label || v.fileName}${when}`;
}

/** CVSentSelect shows and sets the CV version sent with application appId. */
export function CVSentSelect({ appId }: { appId: number }) {
  const [versions, setVersions] = useState<profile.CVVersion[] | null>(null);
  const [linked, setLinked] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([profile.versions(), profile.linkedCV(appId)]).then(
      ([vs, cur]) => {
        if (!live) return;
        setVersions(vs);
        setLinked(cur ? String(cur.id) : '');
      },
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
    };
  }, [appId]);

  const change = async (value: string) => {
    const before = linked;
    setLinked(value);
    setBusy(true);
    setError('');
    try {
      if (value === '') await profile.unlinkCV(appId);
      else await profile.linkCV(appId, Number(value));
    } catch (err) {
      setLinked(before);
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
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
      onChange={(e) => void change(e.currentTarget.value)}
      error={error || undefined}
    />
  );
}
