import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applications } from '../../api';
import { renderWithTheme } from '../../test/render';
import { ApplicationForm } from './ApplicationForm';
import { app, testStages } from '../../test/applications';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, applications: { ...real.applications, duplicates: vi.fn(), create: vi.fn() } };
});

const long = `## About the role\n\n${'- one line of a long pasted posting\n'.repeat(3000)}`;
const measured = vi.hoisted(() => ({ long: 0 }));

// Count the renders of the textarea holding the long description: each one
// has autosize measure the whole text again in the page.
vi.mock('@mantine/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@mantine/core')>();
  const Textarea = Object.assign((props: import('@mantine/core').TextareaProps & { value?: unknown }) => {
    if (typeof props.value === 'string' && props.value.length > 50_000) measured.long++;
    return <real.Textarea {...props} />;
  }, real.Textarea);
  return { ...real, Textarea };
});

beforeEach(() => {
  vi.mocked(applications.duplicates).mockResolvedValue([]);
  measured.long = 0;
});

describe('ApplicationForm with a long description', () => {
  it('does not render the description or a pasted page again while other fields are typed in, and saves it', async () => {
    const create = vi.mocked(applications.create).mockImplementation(async (a) => app({ ...a, id: 9 }));
    const onSaved = vi.fn();
    renderWithTheme(<ApplicationForm opened onClose={() => {}} onSaved={onSaved} stages={testStages} knownTags={[]} />);
    fireEvent.change(screen.getByLabelText('Job description'), { target: { value: long } });
    // A pasted page of a megabyte waits in the posting box too.
    fireEvent.change(screen.getByLabelText('From a posting'), {
      target: { value: `<html><body>${long}</body></html>` },
    });
    const before = measured.long;
    expect(before).toBeGreaterThan(0);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Company'), 'Acme');
    await user.type(screen.getByLabelText('Job title'), 'Engineer');
    expect(measured.long).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Save application' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(create.mock.calls[0][0]).toMatchObject({ company: 'Acme', title: 'Engineer', description: long });
  });
});
