/**
 * The profile read from one CV version, field by field: low-confidence
 * values highlighted, the page each came from, and a merge button per value
 * (basics) or per entry (work, education...) that copies it into the master
 * profile, where everything is editable.
 */
import { Badge, Button, Card, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowMerge } from '@tabler/icons-react';
import type { profile } from '../../api';
import { isLow, rowGroups, type Row } from './fields';
import classes from './cv.module.css';

/** ParsedFields lists the version's values; onMerge(paths) copies them into the master; onPage focuses the document. */
export function ParsedFields({
  version,
  busy,
  onMerge,
  onPage,
}: {
  version: profile.CVVersion;
  busy: boolean;
  onMerge: (paths: string[], what: string) => void;
  onPage: (spot: Spot) => void;
}) {
  const groups = rowGroups(version.profile, version.fields);
  if (groups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing was read from this file: fill in the master profile by hand, or import another file.
      </Text>
    );
  }
  const low = groups.reduce((n, g) => n + g.rows.filter((r) => isLow(r.confidence)).length, 0);
  return (
    <Stack gap="sm" aria-label="Parsed fields">
      <Text size="sm" c="dimmed">
        {low > 0
          ? `${low} value${low === 1 ? '' : 's'} the reader was unsure of ${low === 1 ? 'is' : 'are'} highlighted: check ${low === 1 ? 'it' : 'them'} against the document.`
          : 'Check the values against the document, then merge what is right into your master profile.'}
      </Text>
      {groups.map((g) => (
        <Card key={g.path} withBorder padding="sm" component="section" aria-label={g.title}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" mb={6}>
            <Text fw={600} size="sm" miw={0}>
              {g.title}
            </Text>
            {g.section !== 'basics' ? (
              <Button
                style={{ flexShrink: 0 }}
                size="compact-xs"
                variant="light"
                leftSection={<IconArrowMerge size={14} aria-hidden />}
                disabled={busy}
                onClick={() => onMerge([g.path], g.title)}
                aria-label={`Merge ${g.title} into the master profile`}
              >
                Merge
              </Button>
            ) : null}
          </Group>
          <Stack gap={4}>
            {g.rows.map((r) => (
              <FieldRow
                key={r.path}
                row={r}
                mergeable={g.section === 'basics'}
                busy={busy}
                onMerge={() => onMerge([r.mergePath], r.label)}
                onPage={onPage}
              />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** A place in the document to show: a page, and where on it when known. */
export interface Spot {
  page: number;
  at?: { x: number; y: number };
}

function FieldRow({
  row,
  mergeable,
  busy,
  onMerge,
  onPage,
}: {
  row: Row;
  mergeable: boolean;
  busy: boolean;
  onMerge: () => void;
  onPage: (s: Spot) => void;
}) {
  const low = isLow(row.confidence);
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      className={low ? classes.low : classes.row}
      data-low={low || undefined}
      data-path={row.path}
    >
      <Text size="xs" c="dimmed" w={96} style={{ flexShrink: 0 }} pt={2}>
        {row.label}
      </Text>
      <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        {row.value}
      </Text>
      {low ? (
        <Tooltip label={`The reader is ${Math.round((row.confidence ?? 0) * 100)}% sure of this value`}>
          <Badge size="xs" color="yellow" variant="filled" style={{ flexShrink: 0 }}>
            check
          </Badge>
        </Tooltip>
      ) : null}
      {row.page > 0 ? (
        <UnstyledButton
          className={classes.page}
          onClick={() => onPage({ page: row.page, at: row.at })}
          aria-label={`p.${row.page}: show where ${row.label} was read`}
        >
          p.{row.page}
        </UnstyledButton>
      ) : null}
      {mergeable ? (
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={busy}
          onClick={onMerge}
          aria-label={`Merge ${row.label} into the master profile`}
        >
          Merge
        </Button>
      ) : null}
    </Group>
  );
}
