import { mark, marks } from './marks';

describe('mark', () => {
  it('records a start-up milestone once', () => {
    performance.clearMarks();
    mark(marks.firstCommit);
    mark(marks.firstCommit);
    const entries = performance.getEntriesByName(marks.firstCommit, 'mark');
    expect(entries).toHaveLength(1);
  });

  it('names every mark under huntbook:, which make measure reads', () => {
    for (const name of Object.values(marks)) expect(name.startsWith('huntbook:')).toBe(true);
  });
});
