/**
 * The application's fields, editable in place: every input is live, and a
 * save bar appears when something changed (Enter in a one-line field saves
 * too). Checks run before the call; the backend's field errors land under
 * the same inputs.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { isApiError, type Application, type ApplicationInput } from '../../api';
import { changedFields, mergeEdits, toInput, valuesOf, type FieldErrors, type FieldKey, type FieldValues } from './fields';

/** Saves an application; resolves to the saved one or rejects with an ApiError. */
export type SaveApplication = (input: ApplicationInput) => Promise<Application>;

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

/** DetailFields edits an application's fields; onSaved gets the saved application. */
export function DetailFields({
  application,
  save,
  onSaved,
  onDirtyChange,
}: {
  application: Application;
  save: SaveApplication;
  onSaved: (a: Application) => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const [saved, setSaved] = useState<FieldValues>(() => valuesOf(application));
  const [values, setValues] = useState<FieldValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  // The application changed (saved here, reloaded, or edited elsewhere): take
  // the new values, but keep what the user is typing in fields they changed.
  const savedRef = useRef(saved);
  const take = useCallback((prev: FieldValues, next: FieldValues) => {
    savedRef.current = next;
    setSaved(next);
    setValues((cur) => mergeEdits(prev, cur, next));
  }, []);
  const key = JSON.stringify(valuesOf(application));
  useEffect(() => {
    const next = JSON.parse(key) as FieldValues;
    if (changedFields(savedRef.current, next).length > 0) take(savedRef.current, next);
  }, [key, take]);

  const dirty = changedFields(values, saved).length > 0;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const set = (k: keyof FieldValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [k]: value }));
    setErrors((er) => {
      const salaryPart = k === 'salaryMin' || k === 'salaryMax' || k === 'currency' || k === 'period';
      if (!er[k] && !er.form && !(salaryPart && er.salary)) return er;
      const next = { ...er };
      delete next[k];
      delete next.form;
      if (salaryPart) delete next.salary;
      return next;
    });
  };

  async function submit() {
    if (saving || !dirty) return;
    const r = toInput(application, values);
    if ('errors' in r) {
      setErrors(r.errors);
      return;
    }
    const submitted = values;
    setSaving(true);
    try {
      const out = await save(r.input);
      setErrors({});
      // The server's normalised values (lower-cased tags, trimmed text)
      // replace what was sent; what was typed during the call is kept.
      take(submitted, valuesOf(out));
      onSaved(out);
    } catch (err) {
      if (isApiError(err) && err.field && backendFields.has(err.field)) {
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
      setValues(saved);
      setErrors({});
    }
  };

  const text = (k: keyof FieldValues, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput
      label={label}
      value={values[k]}
      onChange={set(k)}
      onKeyDown={onEnter}
      error={errors[k]}
      {...extra}
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
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        {text('company', 'Company', { withAsterisk: true, maxLength: 500 })}
        {text('title', 'Job title', { withAsterisk: true, maxLength: 500 })}
        {text('url', 'Job posting URL', { type: 'url', placeholder: 'https://…' })}
        {text('location', 'Location', { maxLength: 500 })}
        {select('remote', 'Remote', remoteOptions)}
        {text('source', 'Source', { placeholder: 'LinkedIn, referral…', maxLength: 500 })}
        {text('dateApplied', 'Date applied', { placeholder: 'YYYY-MM-DD' })}
        {text('deadline', 'Deadline', { placeholder: 'YYYY-MM-DD' })}
        {text('followUp', 'Follow-up date', { placeholder: 'YYYY-MM-DD' })}
        {select('priority', 'Priority', priorityOptions)}
      </SimpleGrid>
      {text('tags', 'Tags', { placeholder: 'Comma-separated, e.g. rust, remote-first', description: 'Separate tags with commas' })}
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
              Unsaved changes
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  setValues(saved);
                  setErrors({});
                }}
              >
                Discard
              </Button>
              <Button size="xs" loading={saving} onClick={() => void submit()}>
                Save changes
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}
