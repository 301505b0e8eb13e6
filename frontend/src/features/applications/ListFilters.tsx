import { memo } from 'react';
import { Button, Group, NativeSelect } from '@mantine/core';
import { outcomes, type ListQuery, type Outcome, type Stage } from '../../api';
import { DateField } from '../../shared/DateField';
import { isDay } from '../../shared/format';
import { outcomeLabel } from '../../shared/outcome';

/**
 * Filters of the list; "" means any. Dates are "YYYY-MM-DD", or the text
 * typed in a date field while it is not (yet) a day (DateField's value).
 */
export interface Filters {
  stageId: string;
  outcome: '' | Outcome;
  tag: string;
  appliedFrom: string;
  appliedTo: string;
}

/** noFilters shows everything. */
export const noFilters: Filters = { stageId: '', outcome: '', tag: '', appliedFrom: '', appliedTo: '' };

/** isFiltered reports whether any filter is set. */
export function isFiltered(f: Filters): boolean {
  return f.stageId !== '' || f.outcome !== '' || f.tag !== '' || f.appliedFrom !== '' || f.appliedTo !== '';
}

/** toQuery turns the filters into the backend's query fields; a date still being typed is left out. */
export function toQuery(f: Filters): Pick<ListQuery, 'stageIds' | 'outcomes' | 'tag' | 'appliedFrom' | 'appliedTo'> {
  const day = (v: string) => (isDay(v) ? v : '');
  return {
    stageIds: f.stageId ? [Number(f.stageId)] : [],
    outcomes: f.outcome ? [f.outcome] : [],
    tag: f.tag,
    appliedFrom: day(f.appliedFrom),
    appliedTo: day(f.appliedTo),
  };
}

/** ListFilters is the row of filter controls above the list: native selects and DateFields, all labelled. */
export const ListFilters = memo(function ListFilters({
  value,
  onChange,
  stages,
  tags,
  fieldErrors,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  stages: Stage[];
  tags: string[];
  /** Backend validation errors by query field ("appliedFrom", "appliedTo"). */
  fieldErrors?: Record<string, string>;
}) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...value, [k]: v });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label="Stage"
        aria-label="Filter by stage"
        size="xs"
        data={[{ value: '', label: 'All stages' }, ...stages.map((s) => ({ value: String(s.id), label: s.name }))]}
        value={value.stageId}
        onChange={(e) => set('stageId', e.currentTarget.value)}
        w={150}
      />
      <NativeSelect
        label="Outcome"
        aria-label="Filter by outcome"
        size="xs"
        data={[{ value: '', label: 'Any outcome' }, ...outcomes.map((o) => ({ value: o, label: outcomeLabel(o) }))]}
        value={value.outcome}
        onChange={(e) => set('outcome', e.currentTarget.value as Filters['outcome'])}
        w={140}
      />
      <NativeSelect
        label="Tag"
        aria-label="Filter by tag"
        size="xs"
        data={[{ value: '', label: 'Any tag' }, ...tags.map((t) => ({ value: t, label: t }))]}
        value={value.tag}
        onChange={(e) => set('tag', e.currentTarget.value)}
        w={130}
      />
      <DateField
        label="Applied from"
        size="xs"
        value={value.appliedFrom}
        onChange={(v) => set('appliedFrom', v)}
        error={fieldErrors?.appliedFrom}
        w={150}
      />
      <DateField
        label="Applied to"
        size="xs"
        value={value.appliedTo}
        onChange={(v) => set('appliedTo', v)}
        error={fieldErrors?.appliedTo}
        w={150}
      />
      {isFiltered(value) && (
        <Button variant="subtle" size="xs" onClick={() => onChange(noFilters)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
});
