/**
 * DateField is the page's one date input: a calendar to pick from, plus
 * typing in the locale's order ("12/7/2026" in the US, "7.12.2026" in
 * Germany), ISO ("2026-12-07"), a month by name, or "today" (see
 * format/dayInput.ts). It is Mantine's DateInput with a parser and an error
 * for text it cannot read.
 *
 * The value is what the backend expects: "" or a day as YYYY-MM-DD. While
 * the typed text cannot be read the value is that text, so a form's own check
 * (optionalDate) stops the save and nothing typed is silently dropped; the
 * field says what is wrong once the user leaves it.
 */
import '@mantine/dates/styles.layer.css';
import { useState, type FocusEvent, type InputEvent } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { dayError, dayPattern, firstDayOfWeek, isDay, readDay } from './format';

/** Props of DateField: those of Mantine's TextInput-like inputs, with a string value. */
export interface DateFieldProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'dateParser' | 'valueFormat' | 'fixOnBlur'
> {
  /** "" or YYYY-MM-DD; while the typed text cannot be read, that text. */
  value: string;
  /** Called with "" or YYYY-MM-DD, or the typed text while it is not a date. */
  onChange: (value: string) => void;
}

function parse(text: string): string | null {
  const r = readDay(text);
  return 'day' in r && r.day !== '' ? r.day : null;
}

/** DateField is a date input for a YYYY-MM-DD value; see the file comment. */
export function DateField({ value, onChange, error, onBlur, onInput, placeholder, ...rest }: DateFieldProps) {
  const pattern = dayPattern();
  // Text typed that is not (yet) a date; null when the field shows the value.
  const [typed, setTyped] = useState<string | null>(null);
  // The user left the field with that text: time to say what is wrong.
  const [left, setLeft] = useState(false);
  // The last value this field sent, to tell a change from outside (reset, discard).
  const [sent, setSent] = useState(value);
  // Bumped to redraw the input when a change from outside replaces typed text.
  const [generation, setGeneration] = useState(0);

  if (value !== sent) {
    setSent(value);
    if (typed !== null) {
      setTyped(null);
      setLeft(false);
      setGeneration((g) => g + 1);
    }
  }

  const send = (next: string) => {
    setSent(next);
    onChange(next);
  };

  const handleInput = (e: InputEvent<HTMLInputElement>) => {
    onInput?.(e);
    const text = e.currentTarget.value;
    const r = readDay(text);
    if ('day' in r) {
      setTyped(null);
      setLeft(false);
      if (r.day === '') send(''); // a day is sent by DateInput's onChange, through parse
    } else {
      setTyped(text);
      send(text);
    }
  };

  const handleBlur = (e: FocusEvent<HTMLInputElement>) => {
    if (typed !== null) setLeft(true);
    onBlur?.(e);
  };

  const own = typed !== null ? dayError(typed) : null;
  const shown = own !== null && (left || Boolean(error)) ? own : error;

  return (
    <DateInput
      key={generation}
      {...rest}
      value={isDay(value) ? value : null}
      onChange={(day) => {
        setTyped(null);
        setLeft(false);
        send(day ?? '');
      }}
      dateParser={parse}
      valueFormat={pattern.format}
      fixOnBlur={typed === null}
      placeholder={placeholder ?? pattern.placeholder}
      firstDayOfWeek={firstDayOfWeek()}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearButtonProps={{ 'aria-label': 'Clear the date' }}
      error={shown}
      onInput={handleInput}
      onBlur={handleBlur}
    />
  );
}
