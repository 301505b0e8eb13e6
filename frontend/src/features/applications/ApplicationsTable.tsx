import { Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { Application, SortField } from '../../api';
import { formatDay, formatTime, outcomeColor, outcomeLabel } from './format';

/** The list's sort: a field and a direction. */
export interface Sort {
  field: SortField;
  desc: boolean;
}

interface Column {
  key: string;
  label: string;
  sort?: SortField;
}

const columns: Column[] = [
  { key: 'company', label: 'Company', sort: 'company' },
  { key: 'title', label: 'Job title', sort: 'title' },
  { key: 'stage', label: 'Stage', sort: 'stage' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'location', label: 'Location' },
  { key: 'applied', label: 'Applied', sort: 'applied' },
  { key: 'updated', label: 'Updated', sort: 'updated' },
];

const noWrap = { whiteSpace: 'nowrap' } as const;
// A badge clips its text by default, which lets a squeezed table column shrink it to "Interv…".
const badgeStyles = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

/** Dates sort newest first on the first click; text sorts A to Z. */
export function nextSort(current: Sort, field: SortField): Sort {
  if (current.field === field) return { field, desc: !current.desc };
  const newestFirst = field === 'updated' || field === 'applied' || field === 'created' || field === 'priority';
  return { field, desc: newestFirst };
}

function SortIcon({ active, desc }: { active: boolean; desc: boolean }) {
  if (!active) return <IconSelector size={14} aria-hidden />;
  return desc ? <IconChevronDown size={14} aria-hidden /> : <IconChevronUp size={14} aria-hidden />;
}

/** ApplicationsTable shows applications with sortable column headers. */
export function ApplicationsTable({
  items,
  sort,
  onSort,
}: {
  items: Application[];
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Applications" highlightOnHover verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const active = c.sort !== undefined && sort.field === c.sort;
              return (
                <Table.Th
                  key={c.key}
                  aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : c.sort ? 'none' : undefined}
                >
                  {c.sort ? (
                    <UnstyledButton onClick={() => onSort(nextSort(sort, c.sort as SortField))} fw={600} fz="sm">
                      <Group gap={4} wrap="nowrap">
                        {c.label}
                        <SortIcon active={active} desc={sort.desc} />
                      </Group>
                    </UnstyledButton>
                  ) : (
                    <Text fw={600} fz="sm">
                      {c.label}
                    </Text>
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-app-id={a.id}>
              <Table.Td fw={500}>{a.company}</Table.Td>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td style={noWrap}>
                <Badge variant="light" color="gray" tt="none" styles={badgeStyles}>
                  {a.stage || '—'}
                </Badge>
              </Table.Td>
              <Table.Td style={noWrap}>
                <Badge variant="light" color={outcomeColor(a.outcome)} tt="none" styles={badgeStyles}>
                  {outcomeLabel(a.outcome)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {a.location}
                {a.remote ? (
                  <Text span c="dimmed" fz="xs">
                    {a.location ? ' · ' : ''}
                    {a.remote}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={noWrap}>{formatDay(a.dateApplied)}</Table.Td>
              <Table.Td style={noWrap} c="dimmed">
                {formatTime(a.updatedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
