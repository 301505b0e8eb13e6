import { describe, expect, it } from 'vitest';
import type { Task } from '../../api';
import { addDays, dayOf, relativeDay as relative } from '../../shared/format';
import { fromApplication, fromTask, split } from './items';
import { app } from '../../test/applications';

const task = (p: Partial<Task>): Task => ({
  id: 1,
  applicationId: 0,
  title: 't',
  due: '',
  done: false,
  company: '',
  applicationTitle: '',
  createdAt: '',
  updatedAt: '',
  ...p,
});

describe('follow-up lines', () => {
  it('splits due (on or before today) from upcoming and undated, sorted by day, without duplicates', () => {
    const lines = [
      fromTask(task({ id: 3, title: 'later', due: '2025-03-10' })),
      fromTask(task({ id: 1, title: 'overdue', due: '2025-03-01' })),
      fromTask(task({ id: 2, title: 'undated', due: '' })),
      // Tasks.Due returns an application's follow-up as a task with id 0 ...
      fromTask(task({ id: 0, applicationId: 7, title: 'Follow up: SRE at Acme', due: '2025-03-05' })),
      // ... and the application list has the same follow-up date.
      fromApplication(app({ id: 7, company: 'Acme', title: 'SRE', followUp: '2025-03-05' })),
      fromTask(task({ id: 1, title: 'overdue', due: '2025-03-01' })),
    ];
    const { due, upcoming } = split(lines, '2025-03-05');
    expect(due.map((l) => l.title)).toEqual(['overdue', 'Follow up: SRE at Acme']);
    expect(upcoming.map((l) => l.title)).toEqual(['later', 'undated']);
    expect(due[1]).toMatchObject({ taskId: 0, applicationId: 7, day: '2025-03-05' });
    expect(due[0].task?.id).toBe(1);
  });

  it('reads dates and RFC 3339 times as calendar days', () => {
    expect(dayOf('2025-03-05')).toBe('2025-03-05');
    expect(dayOf('garbage')).toBe('');
    expect(addDays('2025-02-27', 3)).toBe('2025-03-02');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('says when a day is relative to today', () => {
    expect(relative('2025-03-05', '2025-03-05')).toBe('today');
    expect(relative('2025-03-04', '2025-03-05')).toBe('yesterday');
    expect(relative('2025-03-06', '2025-03-05')).toBe('tomorrow');
    expect(relative('2025-03-01', '2025-03-05')).toBe('4 days ago');
    expect(relative('2025-03-12', '2025-03-05')).toBe('in 7 days');
  });
});
