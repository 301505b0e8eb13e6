import { useState } from 'react';
import { Button } from '@mantine/core';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { DateField } from './DateField';
import { setFormatLocale } from './format';

/** Form holds a DateField's value the way a form does, shows it, and can reset it from outside. */
function Form({ initial = '', onValue }: { initial?: string; onValue?: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        label="Due"
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue?.(v);
        }}
      />
      <output aria-label="value">{value}</output>
      <Button onClick={() => setValue('')}>Reset</Button>
    </>
  );
}

const valueShown = () => screen.getByLabelText('value').textContent;

beforeEach(() => setFormatLocale('en-US'));
afterEach(() => setFormatLocale(undefined));

describe('DateField', () => {
  it('shows a stored day in the locale’s order and keeps YYYY-MM-DD as the value', () => {
    renderWithTheme(<Form initial="2026-12-07" />);
    expect(screen.getByLabelText('Due')).toHaveValue('12/07/2026');
    expect(screen.getByLabelText('Due')).toHaveAttribute('placeholder', 'MM/DD/YYYY');
    expect(valueShown()).toBe('2026-12-07');
  });

  it('reads the locale’s order and ISO as they are typed', async () => {
    const user = userEvent.setup();
    renderWithTheme(<Form />);
    const input = screen.getByLabelText('Due');
    await user.type(input, '3/14/2026');
    expect(valueShown()).toBe('2026-03-14');
    await user.clear(input);
    expect(valueShown()).toBe('');
    await user.type(input, '2026-12-07');
    expect(valueShown()).toBe('2026-12-07');
    await user.tab();
    expect(input).toHaveValue('12/07/2026');
    expect(screen.queryByText(/is not a date/)).toBeNull();
  });

  it('keeps text it cannot read, and says why once the user leaves the field', async () => {
    const user = userEvent.setup();
    renderWithTheme(<Form initial="2026-12-07" />);
    const input = screen.getByLabelText('Due');
    await user.clear(input);
    await user.type(input, '14/3/2026');
    expect(screen.queryByText(/is not a date/)).toBeNull(); // not while typing
    expect(valueShown()).toBe('14/3/2026'); // a form's check stops the save
    await user.tab();
    expect(input).toHaveValue('14/3/2026');
    expect(
      screen.getByText('“14/3/2026” is not a date: type it as MM/DD/YYYY or YYYY-MM-DD, or pick it'),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, '3/14/2026');
    expect(screen.queryByText(/is not a date/)).toBeNull();
    expect(valueShown()).toBe('2026-03-14');
  });

  it('forgets typed text when the form resets the value', async () => {
    const user = userEvent.setup();
    renderWithTheme(<Form initial="2026-12-07" />);
    await user.clear(screen.getByLabelText('Due'));
    await user.type(screen.getByLabelText('Due'), 'soon');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(valueShown()).toBe('');
    expect(screen.getByLabelText('Due')).toHaveValue('');
    expect(screen.queryByText(/is not a date/)).toBeNull();
  });

  it('picks a day in the calendar', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    renderWithTheme(<Form initial="2026-12-07" onValue={onValue} />);
    await user.click(screen.getByLabelText('Due'));
    const day = await screen.findByRole('button', { name: '24 December 2026' });
    await user.click(day);
    expect(onValue).toHaveBeenLastCalledWith('2026-12-24');
    expect(screen.getByLabelText('Due')).toHaveValue('12/24/2026');
  });

  it('follows the locale: day first in Germany', () => {
    setFormatLocale('de-DE');
    renderWithTheme(<Form initial="2026-12-07" />);
    expect(screen.getByLabelText('Due')).toHaveValue('07.12.2026');
    fireEvent.input(screen.getByLabelText('Due'), { target: { value: '24.12.2026' } });
    act(() => undefined);
    expect(valueShown()).toBe('2026-12-24');
  });
});
