import { describe, expect, it } from 'vitest';
import { disciplineOf, disciplineTable } from './reporting-discipline';

describe('reporting discipline', () => {
  const due = { dueOn: '2026-03-15' };

  it('is on time up to and on the due day, late after it', () => {
    expect(disciplineOf(due, '2026-03-15', '2026-04-01')).toBe('on_time');
    expect(disciplineOf(due, '2026-03-02', '2026-04-01')).toBe('on_time');
    expect(disciplineOf(due, '2026-03-16', '2026-04-01')).toBe('late');
  });

  it('is missing once the due day has passed with nothing submitted, not due before', () => {
    expect(disciplineOf(due, undefined, '2026-03-16')).toBe('missing');
    expect(disciplineOf(due, undefined, '2026-03-15')).toBe('not_due');
  });

  it('tabulates each agency by period, newest period first, with its counts', () => {
    const table = disciplineTable(
      [
        {
          agencyId: 'a',
          periodKey: '2026-Q1',
          dueOn: '2026-03-15',
          firstSubmittedOn: '2026-03-10',
        },
        { agencyId: 'a', periodKey: '2026-Q2', dueOn: '2026-06-15' },
        {
          agencyId: 'b',
          periodKey: '2026-Q1',
          dueOn: '2026-03-15',
          firstSubmittedOn: '2026-03-20',
        },
      ],
      '2026-07-01',
    );
    expect(table.periods).toEqual(['2026-Q2', '2026-Q1']);
    expect(table.rows).toEqual([
      {
        agencyId: 'a',
        cells: { '2026-Q2': 'missing', '2026-Q1': 'on_time' },
        counts: { on_time: 1, late: 0, missing: 1, not_due: 0 },
      },
      {
        agencyId: 'b',
        cells: { '2026-Q1': 'late' },
        counts: { on_time: 0, late: 1, missing: 0, not_due: 0 },
      },
    ]);
  });
});
