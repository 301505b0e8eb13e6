/** Side-by-side comparison of two versions of a draft, with changed lines marked. */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Group, NativeSelect, Table, Text } from '@mantine/core';
import { assistant } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
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
  const query = useQuery({
    queryKey: queryKeys.assistant.versions(generationId, latestVersion),
    queryFn: () => assistant.generationVersions(generationId),
  });
  const versions = query.data;
  // The user's choice of versions, for the draft's versions as they were
  // when chosen; until then (and after a new version) the latest two.
  const [pick, setPick] = useState<{ latest: number; older: number; newer: number } | null>(null);
  const last = versions?.[versions.length - 1]?.version ?? 0;
  const older =
    pick?.latest === latestVersion
      ? pick.older
      : versions && versions.length > 1
        ? versions[versions.length - 2].version
        : last;
  const newer = pick?.latest === latestVersion ? pick.newer : last;
  const choose = (which: 'older' | 'newer', v: number) => setPick({ latest: latestVersion, older, newer, [which]: v });

  const left = versions?.find((v) => v.version === older);
  const right = versions?.find((v) => v.version === newer);
  const rows = useMemo(() => (left && right ? diffLines(left.text, right.text) : []), [left, right]);

  if (!versions) {
    return (
      <QueryState of={query} loading="Loading versions" errorTitle="Could not load the versions">
        {() => null}
      </QueryState>
    );
  }
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
          onChange={(e) => choose('older', Number(e.currentTarget.value))}
          data={options}
        />
        <NativeSelect
          label="Newer version"
          value={String(newer)}
          onChange={(e) => choose('newer', Number(e.currentTarget.value))}
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
