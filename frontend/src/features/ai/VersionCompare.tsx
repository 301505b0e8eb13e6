/** Side-by-side comparison of two versions of a draft, with changed lines marked. */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Group, Loader, NativeSelect, Table, Text } from '@mantine/core';
import { assistant } from '../../api';
import { messageOf } from '../../shared/action';
import { diffCounts, diffLines, type DiffRow } from './diff';
import { formatDateTime } from '../../shared/format';

const rowColor: Record<DiffRow['kind'], { left?: string; right?: string }> = {
  same: {},
  removed: { left: 'var(--mantine-color-red-light)' },
  added: { right: 'var(--mantine-color-green-light)' },
  changed: { left: 'var(--mantine-color-red-light)', right: 'var(--mantine-color-green-light)' },
};

const mark: Record<DiffRow['kind'], [string, string]> = {
  same: ['', ''],
  removed: ['−', ''],
  added: ['', '+'],
  changed: ['−', '+'],
};

/** VersionCompare loads a draft's versions and compares two of them (the previous and the latest by default). */
export function VersionCompare({ generationId, latestVersion }: { generationId: number; latestVersion: number }) {
  const [versions, setVersions] = useState<assistant.GenerationVersion[] | null>(null);
  const [error, setError] = useState('');
  const [older, setOlder] = useState(0);
  const [newer, setNewer] = useState(0);

  useEffect(() => {
    let live = true;
    assistant.generationVersions(generationId).then(
      (v) => {
        if (!live) return;
        setVersions(v);
        const last = v[v.length - 1]?.version ?? 0;
        setNewer(last);
        setOlder(v.length > 1 ? v[v.length - 2].version : last);
      },
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
    };
  }, [generationId, latestVersion]);

  const left = versions?.find((v) => v.version === older);
  const right = versions?.find((v) => v.version === newer);
  const rows = useMemo(() => (left && right ? diffLines(left.text, right.text) : []), [left, right]);

  if (error) {
    return (
      <Alert color="red" role="alert" title="Could not load the versions">
        {error}
      </Alert>
    );
  }
  if (!versions) return <Loader size="sm" aria-label="Loading versions" />;
  if (versions.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        Only one version so far: edit the draft to make another, then compare them here.
      </Text>
    );
  }
  const options = versions.map((v) => ({
    value: String(v.version),
    label: `Version ${v.version} (${v.author === 'user' ? 'your edit' : 'model'}, ${formatDateTime(v.createdAt)})`,
  }));
  const c = diffCounts(rows);
  return (
    <div>
      <Group gap="sm" mb="xs" align="flex-end">
        <NativeSelect
          label="Older version"
          value={String(older)}
          onChange={(e) => setOlder(Number(e.currentTarget.value))}
          data={options}
        />
        <NativeSelect
          label="Newer version"
          value={String(newer)}
          onChange={(e) => setNewer(Number(e.currentTarget.value))}
          data={options}
        />
        <Text size="xs" c="dimmed" mb={8} role="status">
          {c.changed} changed, {c.added} added, {c.removed} removed lines
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={500} mah={360}>
        <Table withColumnBorders layout="fixed" fz="sm" aria-label={`Version ${older} compared with version ${newer}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version {older}</Table.Th>
              <Table.Th>Version {newer}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i} data-diff={r.kind}>
                <Table.Td
                  style={{
                    background: rowColor[r.kind].left,
                    whiteSpace: 'pre-wrap',
                    overflowWrap: 'anywhere',
                    verticalAlign: 'top',
                  }}
                >
                  {mark[r.kind][0] ? <span aria-label="removed">{mark[r.kind][0]} </span> : null}
                  {r.left}
                </Table.Td>
                <Table.Td
                  style={{
                    background: rowColor[r.kind].right,
                    whiteSpace: 'pre-wrap',
                    overflowWrap: 'anywhere',
                    verticalAlign: 'top',
                  }}
                >
                  {mark[r.kind][1] ? <span aria-label="added">{mark[r.kind][1]} </span> : null}
                  {r.right}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
