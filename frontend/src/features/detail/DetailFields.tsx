/**
 * The application's fields, editable in place: every input is live, and a
 * save bar appears when something changed (Enter in a one-line field saves
 * too). Only the changed fields are sent, each with the value it started
 * from; a field changed elsewhere meanwhile (another window, the command
 * line) shows both values and the user picks one (see edits.ts). Checks run
 * before the call; the backend's field errors land under the same inputs.
 */
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError, type Application, type applications } from '../../api';
import { DateField } from '../../shared/DateField';
import { toInput, valuesOf, type FieldErrors, type FieldKey, type FieldValues } from './fields';
import {
  arrive,
  backendValues,
  changed,
  conflicts,
  discard,
  fresh,
  inputsOf,
  keepMine,
  pick,
  settle,
  takeTheirs,
  type EditState,
  type FormField,
} from './edits';

/**
 * Saves some fields of the shown application: changes holds the new values,
 * base the values they started from. Resolves to the saved application or
 * rejects with an ApiError ("conflict" with both values when a field was
 * changed elsewhere meanwhile).
 */
export type SaveApplication = (
  changes: applications.ApplicationChanges,
  base: applications.ApplicationChanges,
) => Promise<Application>;

const remoteOptions = [
  { value: '', label: 'Not stated' },
  { value: 'onsite', label: 'On-site' },
  { value: 'hybrid', label: 'Hybrid' },
  { value: 'remote', label: 'Remote' },
];
const priorityOptions = [
  { value: '0', label: 'None' },
  { value: '1', label: 'Low' },
  { value: '2', label: 'Medium' },
  { value: '3', label: 'High' },
];
const periodOptions = [
  { value: '', label: '—' },
  { value: 'year', label: 'per year' },
  { value: 'month', label: 'per month' },
  { value: 'hour', label: 'per hour' },
];

const backendFields: ReadonlySet<string> = new Set<FieldKey>([
  'company',
  'title',
  'url',
  'location',
  'remote',
  'source',
  'dateApplied',
  'deadline',
  'followUp',
  'priority',
  'tags',
  'salary',
]);

const fieldLabels: Record<FormField, string> = {
  company: 'Company',
  title: 'Job title',
  url: 'Job posting URL',
  location: 'Location',
  remote: 'Remote',
  salary: 'Salary',
  source: 'Source',
  dateApplied: 'Date applied',
  deadline: 'Deadline',
  followUp: 'Follow-up date',
  priority: 'Priority',
  tags: 'Tags',
};

/** shown is a field's value as a sentence part, for the conflict notice. */
function shown(f: FormField, v: FieldValues): string {
  const label = (opts: { value: string; label: string }[], x: string) => opts.find((o) => o.value === x)?.label ?? x;
  switch (f) {
    case 'salary': {
      if (v.salaryMin === '' && v.salaryMax === '') return 'none';
      const range =
        v.salaryMax === '' || v.salaryMax === v.salaryMin
          ? v.salaryMin || v.salaryMax
          : `${v.salaryMin || '0'}–${v.salaryMax}`;
      return [range, v.currency, v.period ? label(periodOptions, v.period) : ''].filter(Boolean).join(' ');
    }
    case 'remote':
      return label(remoteOptions, v.remote);
    case 'priority':
      return label(priorityOptions, v.priority);
    default:
      return inputsOf[f].map((k) => v[k]).join('') || '(empty)';
  }
}

/** DetailFields edits an application's fields; onSaved gets the saved application. */
export function DetailFields({
  application,
  save,
  onSaved,
  onDirtyChange,
  onConflict,
}: {
  application: Application;
  save: SaveApplication;
  onSaved: (a: Application) => void;
  onDirtyChange?: (dirty: boolean) => void;
  /** Called when a save was refused because fields changed elsewhere (reload the rest). */
  onConflict?: () => Promise<void>;
}) {
  const [st, setSt] = useState<EditState>(() => fresh(valuesOf(application)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const values = st.values;

  // The application changed (saved here, reloaded, or edited elsewhere):
  // untouched fields follow it; a field the user is changing keeps their text.
  const key = JSON.stringify(valuesOf(application));
  useEffect(() => {
    const next = JSON.parse(key) as FieldValues;
    setSt((s) => (JSON.stringify(s.saved) === key ? s : arrive(s, next)));
  }, [key]);

  const edited = changed(st);
  const clashes = conflicts(st);
  const dirty = edited.length > 0;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const set = (k: keyof FieldValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setSt((s) => ({ ...s, values: { ...s.values, [k]: value } }));
    setErrors((er) => {
      const salaryPart = k === 'salaryMin' || k === 'salaryMax' || k === 'currency' || k === 'period';
      if (!er[k] && !er.form && !(salaryPart && er.salary)) return er;
      const next = { ...er };
      next[k] = undefined;
      delete next.form;
      if (salaryPart) delete next.salary;
      return next;
    });
  };

  const resolve = useCallback((how: typeof keepMine, f: FormField) => {
    setSt((s) => how(s, f));
    setErrors({});
  }, []);

  async function submit() {
    if (saving || !dirty || clashes.length > 0) return;
    const r = toInput(application, values);
    if ('errors' in r) {
      setErrors(r.errors);
      return;
    }
    const submitted = values;
    setSaving(true);
    try {
      const out = await save(pick(r.input, edited), pick(backendValues(st.origin), edited));
      setErrors({});
      // The server's normalised values (lower-cased tags, trimmed text)
      // replace what was sent; what was typed during the call is kept.
      setSt((s) => settle(s, submitted, valuesOf(out)));
      onSaved(out);
    } catch (err) {
      if (isApiError(err, 'conflict') && err.conflicts) {
        // Changed elsewhere meanwhile: show their values beside the user's.
        let theirs = application;
        for (const c of err.conflicts) theirs = { ...theirs, [c.field]: c.theirs };
        const stored = valuesOf(theirs);
        setSt((s) => {
          let saved = s.saved;
          for (const c of err.conflicts ?? []) {
            if (c.field in inputsOf)
              for (const k of inputsOf[c.field as FormField]) saved = { ...saved, [k]: stored[k] };
          }
          return arrive(s, saved);
        });
        setErrors({});
        void onConflict?.();
      } else if (isApiError(err) && err.field && backendFields.has(err.field)) {
        setErrors({ [err.field as FieldKey]: err.message });
      } else {
        setErrors({ form: isApiError(err) ? err.message : String(err) });
      }
    } finally {
      setSaving(false);
    }
  }

  const onEnter = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape' && dirty) {
      e.preventDefault();
      e.stopPropagation();
      setSt(discard);
      setErrors({});
    }
  };

  const text = (k: keyof FieldValues, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput label={label} value={values[k]} onChange={set(k)} onKeyDown={onEnter} error={errors[k]} {...extra} />
  );
  const date = (k: 'dateApplied' | 'deadline' | 'followUp', label: string) => (
    <DateField
      label={label}
      value={values[k]}
      onChange={(value) => set(k)({ currentTarget: { value } })}
      onKeyDown={onEnter}
      error={errors[k]}
      clearable
    />
  );
  const select = (k: keyof FieldValues, label: string, data: { value: string; label: string }[]) => (
    <NativeSelect label={label} value={values[k]} onChange={set(k)} onKeyDown={onEnter} data={data} error={errors[k]} />
  );

  return (
    <Stack gap="sm">
      {errors.form ? (
        <Alert color="red" role="alert" title="Not saved">
          {errors.form}
        </Alert>
      ) : null}
      {clashes.length > 0 ? (
        <Alert
          color="yellow"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title="Changed elsewhere while you edited"
        >
          <Stack gap="xs">
            {clashes.map((f) => (
              <Group
                key={f}
                role="group"
                aria-label={`${fieldLabels[f]} changed elsewhere`}
                justify="space-between"
                gap="xs"
                wrap="wrap"
              >
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <b>{fieldLabels[f]}</b>: theirs “{shown(f, st.saved)}” / yours “{shown(f, values)}”
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Button size="compact-xs" variant="default" onClick={() => resolve(keepMine, f)}>
                    Keep mine
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => resolve(takeTheirs, f)}>
                    Take theirs
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        {text('company', 'Company', { withAsterisk: true, maxLength: 500 })}
        {text('title', 'Job title', { withAsterisk: true, maxLength: 500 })}
        {text('url', 'Job posting URL', { type: 'url', placeholder: 'https://…' })}
        {text('location', 'Location', { maxLength: 500 })}
        {select('remote', 'Remote', remoteOptions)}
        {text('source', 'Source', { placeholder: 'LinkedIn, referral…', maxLength: 500 })}
        {date('dateApplied', 'Date applied')}
        {date('deadline', 'Deadline')}
        {date('followUp', 'Follow-up date')}
        {select('priority', 'Priority', priorityOptions)}
      </SimpleGrid>
      {text('tags', 'Tags', {
        placeholder: 'Comma-separated, e.g. rust, remote-first',
        description: 'Separate tags with commas',
      })}
      <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <Text component="legend" size="sm" fw={500} mb={4}>
          Salary
        </Text>
        <Group gap="xs" align="flex-start" grow wrap="nowrap">
          {text('salaryMin', 'Minimum', { inputMode: 'decimal', placeholder: '55000' })}
          {text('salaryMax', 'Maximum', { inputMode: 'decimal', placeholder: '65000' })}
          {text('currency', 'Currency', { placeholder: 'EUR', maxLength: 3 })}
          {select('period', 'Period', periodOptions)}
        </Group>
        {errors.salary ? (
          <Text c="red" size="xs" mt={4} role="alert">
            {errors.salary}
          </Text>
        ) : null}
      </fieldset>
      {dirty ? (
        <Paper withBorder p="xs" radius="sm" pos="sticky" bottom={0} style={{ zIndex: 1 }}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {clashes.length > 0 ? 'Choose which values to keep first' : 'Unsaved changes'}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  setSt(discard);
                  setErrors({});
                }}
              >
                Discard
              </Button>
              <Button size="xs" loading={saving} disabled={clashes.length > 0} onClick={() => void submit()}>
                Save changes
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}
