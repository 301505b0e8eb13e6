/** The form that adds an interview by hand to an application, or edits one added by hand. */
import { useState } from 'react';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { interviews, type Interview, type InterviewInput } from '../../api';
import { DateField } from '../../shared/DateField';
import { dayError, today } from '../../shared/format';
import { useAction } from '../../shared/action';
import { isClock, isDate, localParts, minutesBetween, systemZone, timeZones } from './interviewTime';

type Fields = Omit<InterviewInput, 'applicationId'>;
type Errors = Partial<Record<keyof Fields, string>>;

/** blank is a new interview's form: today at 10:00 in the computer's zone, a video call of an hour. */
function blank(): Fields {
  return {
    date: today(),
    time: '10:00',
    timeZone: systemZone(),
    minutes: 60,
    kind: 'video',
    title: '',
    link: '',
    location: '',
    notes: '',
  };
}

/** fieldsOf is an interview added by hand as its form shows it: its date and time in its own zone. */
export function fieldsOf(iv: Interview): Fields {
  const { date, time } = localParts(iv.start, iv.timeZone);
  return {
    date,
    time,
    timeZone: iv.timeZone,
    minutes: minutesBetween(iv.start, iv.end) || 60,
    kind: iv.kind || 'other',
    title: iv.title,
    link: iv.meetingUrl,
    location: iv.location,
    notes: iv.notes,
  };
}

/** check returns what is wrong with the fields before they are sent, by field. */
export function check(f: Fields): Errors {
  const e: Errors = {};
  const date = f.date.trim();
  if (date === '') e.date = 'Enter the day of the interview';
  else if (!isDate(date)) e.date = dayError(date) ?? `“${date}” is not a date`;
  if (!isClock(padClock(f.time))) e.time = 'Enter a time as HH:MM (24-hour)';
  if (!Number.isInteger(f.minutes) || f.minutes < 1 || f.minutes > 24 * 60) e.minutes = 'Between 1 and 1440 minutes';
  const link = f.link.trim();
  if (link !== '' && !/^https?:\/\/[^\s/]+/i.test(link)) e.link = 'A web address starting with https://';
  return e;
}

/** padClock turns "9:30" into "09:30"; anything else is returned trimmed. */
function padClock(s: string): string {
  const t = s.trim();
  return /^\d:\d\d$/.test(t) ? `0${t}` : t;
}

/**
 * InterviewForm adds an interview to the application, or changes the one it
 * is given (added by hand). onDone runs after a save with the saved interview.
 */
export function InterviewForm({
  applicationId,
  interview,
  onDone,
  onCancel,
}: {
  applicationId: number;
  interview?: Interview;
  onDone: (saved: Interview) => void;
  onCancel: () => void;
}) {
  const [f, setF] = useState<Fields>(() => (interview ? fieldsOf(interview) : blank()));
  const [errors, setErrors] = useState<Errors>({});
  const act = useAction();
  const [zones] = useState(() => timeZones(f.timeZone, systemZone()));
  const set = <K extends keyof Fields>(k: K, v: Fields[K]) => {
    setF((x) => ({ ...x, [k]: v }));
    setErrors((x) => ({ ...x, [k]: undefined }));
    act.clear();
  };
  const fieldError = (k: keyof Fields) => errors[k] ?? (act.field === k ? act.error : undefined);

  const submit = async () => {
    const found = check(f);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input: InterviewInput = { ...f, applicationId, date: f.date.trim(), time: padClock(f.time) };
    const out: { saved?: Interview } = {};
    const ok = await act.run(async () => {
      out.saved = interview ? await interviews.update(interview.key, input) : await interviews.add(input);
    });
    if (ok && out.saved) onDone(out.saved);
  };

  return (
    <form
      aria-label={interview ? 'Edit interview' : 'Add an interview'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <NativeSelect
            label="Type"
            value={f.kind}
            data={interviews.interviewKinds.map((k) => ({ value: k.value, label: k.label }))}
            onChange={(e) => set('kind', e.currentTarget.value as Fields['kind'])}
          />
          <DateField
            label="Date"
            value={f.date}
            onChange={(v) => set('date', v)}
            error={fieldError('date')}
            data-autofocus
          />
          <TextInput
            label="Time"
            placeholder="HH:MM"
            value={f.time}
            onChange={(e) => set('time', e.currentTarget.value)}
            error={fieldError('time')}
          />
          <NumberInput
            label="Minutes"
            min={1}
            max={1440}
            step={15}
            allowDecimal={false}
            value={f.minutes}
            onChange={(v) => set('minutes', typeof v === 'number' ? v : Number(v))}
            error={fieldError('minutes')}
          />
        </SimpleGrid>
        <NativeSelect
          label="Time zone"
          value={f.timeZone}
          data={[{ value: '', label: "This computer's time zone" }, ...zones.map((z) => ({ value: z, label: z }))]}
          onChange={(e) => set('timeZone', e.currentTarget.value)}
          error={fieldError('timeZone')}
        />
        <TextInput
          label="Title"
          placeholder="Left empty: “Video interview with …”"
          value={f.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError('title')}
          maxLength={500}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Link"
            placeholder="https://meet.example.com/…"
            value={f.link}
            onChange={(e) => set('link', e.currentTarget.value)}
            error={fieldError('link')}
            maxLength={500}
          />
          <TextInput
            label="Place or phone number"
            value={f.location}
            onChange={(e) => set('location', e.currentTarget.value)}
            error={fieldError('location')}
            maxLength={500}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          description="Markdown works: **bold**, lists, links."
          autosize
          minRows={2}
          maxRows={10}
          value={f.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={fieldError('notes')}
        />
        {act.error && !(act.field in f) ? (
          <div role="alert" style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-sm)' }}>
            {act.error}
          </div>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={act.busy}>
            {interview ? 'Save interview' : 'Add interview'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
