import { useState } from 'react';
import { Group, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { settings, type settings as S } from '../../api';
import { ActionError, QueryState } from '../../shared/QueryState';
import { usePreferenceForm } from './preferenceForm';

/**
 * wholeIn reads what was typed in a number field: a whole number within
 * [min, max], or null (with why) for anything else. Empty reads as empty.
 */
export function wholeIn(v: string | number, min: number, max: number): { value: number | null; problem?: string } {
  const n = typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
  if (Number.isNaN(n)) return { value: null, problem: `Type a number from ${min} to ${max}` };
  if (!Number.isInteger(n) || n < min || n > max)
    return { value: null, problem: `Type a whole number from ${min} to ${max}` };
  return { value: n };
}

/**
 * NumberSetting is a number field saved when it loses focus or on Enter (not
 * at each keystroke); Escape or a value out of range keeps the stored one.
 */
function NumberSetting({
  label,
  description,
  stored,
  min,
  max,
  error,
  disabled,
  onSave,
}: {
  label: string;
  description?: string;
  stored: number;
  min: number;
  max: number;
  error?: string;
  disabled?: boolean;
  onSave: (n: number) => void;
}) {
  const [draft, setDraft] = useState<string | number | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const commit = () => {
    if (draft === null) return;
    const r = wholeIn(draft, min, max);
    if (r.value === null) {
      setProblem(r.problem);
      return;
    }
    setDraft(null);
    setProblem(undefined);
    if (r.value !== stored) onSave(r.value);
  };
  return (
    <NumberInput
      label={label}
      description={description}
      value={draft ?? stored}
      onChange={(v) => {
        setDraft(v);
        setProblem(undefined);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setDraft(null);
          setProblem(undefined);
        }
      }}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      error={problem ?? error}
      disabled={disabled}
      w={220}
    />
  );
}

/** GoalsSection sets the nudge after days of silence and the weekly goal that Insights measures. */
export function GoalsSection() {
  const { query, shown, change, fieldError, formError, dismiss } = usePreferenceForm();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          Follow-ups and goals
        </Title>
        <ActionError error={formError} onDismiss={dismiss} title="Could not save settings" />
        <QueryState of={query} loading="Loading settings" errorTitle="Could not read settings">
          {() => shown && <GoalsForm shown={shown} change={change} fieldError={fieldError} />}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function GoalsForm({
  shown,
  change,
  fieldError,
}: {
  shown: S.Preferences;
  change: (next: Partial<S.Preferences>) => void;
  fieldError: (f: keyof S.Preferences) => string | undefined;
}) {
  return (
    <>
      <Stack gap="xs">
        <Switch
          label={`Nudge me after ${shown.nudgeDays} ${shown.nudgeDays === 1 ? 'day' : 'days'} of silence`}
          description="Adds a follow-up to a sent application that is still open when nothing about it changed for that long (no move, edit, note or task). Once per silence; never for the wishlist or closed applications. Checked when Huntbook starts and each day while it is open, so a silence that passed while it was closed is followed up at the next start."
          checked={shown.nudge}
          onChange={(e) => change({ nudge: e.currentTarget.checked })}
          error={fieldError('nudge')}
        />
        <Group pl={54}>
          <NumberSetting
            label="Days of silence"
            stored={shown.nudgeDays}
            min={1}
            max={settings.maxNudgeDays}
            error={fieldError('nudgeDays')}
            disabled={!shown.nudge}
            onSave={(n) => change({ nudgeDays: n })}
          />
        </Group>
      </Stack>
      <Stack gap={4}>
        <NumberSetting
          label="Weekly goal"
          stored={shown.weeklyGoal}
          min={0}
          max={settings.maxWeeklyGoal}
          error={fieldError('weeklyGoal')}
          onSave={(n) => change({ weeklyGoal: n })}
        />
        <Text size="xs" c="dimmed">
          Applications to send each week; 0 for no goal. Insights shows this week against it and how many weeks in a row
          you met it.
        </Text>
      </Stack>
    </>
  );
}
