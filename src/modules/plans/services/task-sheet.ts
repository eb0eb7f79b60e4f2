// A plan's task appendix as the province drafts it (STT, task, lead agency, co-ordinating
// agencies, start, completion, deliverables, budget by source) → the tasks it holds, or the
// problems of each row. Headers are recognised in Vietnamese or English, with or without
// diacritics; agencies by their code (SKHCN) or their name; days as dd/mm/yyyy, yyyy-mm-dd, a
// month (mm/yyyy) or a year.
import type { FieldMessage } from '../../../platform/errors';
import type { SheetRow } from '../../../platform/files/spreadsheet';
import { splitHeader } from '../../../platform/files/table';
import { parseCalendarDay } from '../../../platform/i18n/vn-time';
import { searchKey } from '../../../platform/text/vietnamese';
import { compareTaskCodes, normalizeTaskCode, parentCodeOf } from '../domain/task-tree';
import type { Agency } from './agencies';
import { checkTaskInput, type CheckedTask } from './task-input';

export const SHEET_COLUMNS = [
  'code',
  'title',
  'lead',
  'coordinating',
  'startsOn',
  'dueOn',
  'deliverables',
  'budget_central',
  'budget_local',
  'budget_socialized',
  'budget_other',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

const HEADERS: Record<SheetColumn, string[]> = {
  code: ['stt', 'tt', 'so thu tu', 'ma', 'code', 'no', 'no.'],
  title: ['noi dung', 'nhiem vu', 'noi dung nhiem vu', 'ten nhiem vu', 'task', 'title'],
  lead: ['co quan chu tri', 'don vi chu tri', 'chu tri', 'lead agency', 'lead'],
  coordinating: [
    'co quan phoi hop',
    'don vi phoi hop',
    'phoi hop',
    'coordinating agencies',
    'co-ordinating agencies',
  ],
  startsOn: ['bat dau', 'thoi gian bat dau', 'start', 'starts'],
  dueOn: ['hoan thanh', 'thoi gian hoan thanh', 'han hoan thanh', 'thoi han', 'due', 'deadline'],
  deliverables: ['san pham', 'san pham du kien', 'ket qua', 'deliverables', 'outputs'],
  budget_central: ['ngan sach trung uong', 'nstw', 'central budget'],
  budget_local: ['ngan sach dia phuong', 'nsdp', 'local budget'],
  budget_socialized: ['xa hoi hoa', 'von xa hoi hoa', 'socialized'],
  budget_other: ['nguon khac', 'other sources', 'other'],
};

export interface SheetTask {
  line: number;
  code: string;
  checked: Extract<CheckedTask, { ok: true }>;
}

export interface RowProblem {
  line: number;
  column: SheetColumn;
  message: FieldMessage;
}

export type SheetReading =
  { ok: true; tasks: SheetTask[]; problems: RowProblem[] } | { ok: false; missing: SheetColumn[] };

function columnsOf(header: string[]): Map<SheetColumn, number> {
  const found = new Map<SheetColumn, number>();
  header.forEach((h, i) => {
    const key = searchKey(h).replace(/\s*\(.*\)$/, '');
    const column = SHEET_COLUMNS.find((c) => HEADERS[c].includes(key));
    if (column && !found.has(column)) found.set(column, i);
  });
  return found;
}

/** A day in a cell; a month or a year is its first day (start) or its last (completion). */
export function cellDay(text: string, edge: 'start' | 'end'): string | undefined | 'invalid' {
  const s = text.trim();
  if (s === '') return undefined;
  const year = /^(\d{4})$/.exec(s);
  if (year) return edge === 'start' ? `${year[1]}-01-01` : `${year[1]}-12-31`;
  const month = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    const m = Number(month[1]);
    const last = new Date(Date.UTC(Number(month[2]), m, 0)).getUTCDate();
    return `${month[2]}-${String(m).padStart(2, '0')}-${edge === 'start' ? '01' : last}`;
  }
  return parseCalendarDay(s) ?? 'invalid';
}

const splitAgencies = (text: string) =>
  text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function agencyFinder(agencies: Agency[]) {
  const byKey = new Map<string, string>();
  for (const a of agencies) {
    byKey.set(searchKey(a.code), a.id);
    byKey.set(searchKey(a.name), a.id);
  }
  return (typed: string) => byKey.get(searchKey(typed));
}

const FIELD_COLUMN: Record<string, SheetColumn> = {
  title: 'title',
  leadAgencyId: 'lead',
  coordinatingAgencyIds: 'coordinating',
  startsOn: 'startsOn',
  dueOn: 'dueOn',
  deliverables: 'deliverables',
};

function readRow(
  row: SheetRow,
  cell: (c: SheetColumn) => string,
  findAgency: (typed: string) => string | undefined,
): { code?: string; checked?: SheetTask['checked']; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (
    column: SheetColumn,
    key: FieldMessage['key'],
    params?: FieldMessage['params'],
  ) => problems.push({ line: row.line, column, message: { key, params } });
  const code = normalizeTaskCode(cell('code'));
  if (!code) problem('code', 'plans.import.error.code', { value: cell('code') });
  const lead = cell('lead') ? findAgency(cell('lead')) : undefined;
  if (cell('lead') && !lead) problem('lead', 'plans.import.error.agency', { value: cell('lead') });
  const coordinating: string[] = [];
  for (const name of splitAgencies(cell('coordinating'))) {
    const id = findAgency(name);
    if (id) coordinating.push(id);
    else problem('coordinating', 'plans.import.error.agency', { value: name });
  }
  const startsOn = cellDay(cell('startsOn'), 'start');
  const dueOn = cellDay(cell('dueOn'), 'end');
  if (startsOn === 'invalid') problem('startsOn', 'plans.import.error.day');
  if (dueOn === 'invalid') problem('dueOn', 'plans.import.error.day');
  const checked = checkTaskInput(
    {
      fields: {
        title: cell('title'),
        leadAgencyId: lead,
        coordinatingAgencyIds: coordinating.filter((id) => id !== lead),
        startsOn: startsOn === 'invalid' ? undefined : startsOn,
        dueOn: dueOn === 'invalid' ? undefined : dueOn,
        deliverables: cell('deliverables'),
      },
      budgets: {
        central: cell('budget_central'),
        local: cell('budget_local'),
        socialized: cell('budget_socialized'),
        other: cell('budget_other'),
      },
    },
    new Set([lead, ...coordinating].filter((id): id is string => id !== undefined)),
  );
  if (!checked.ok)
    for (const [field, message] of Object.entries(checked.errors))
      problems.push({
        line: row.line,
        column: FIELD_COLUMN[field] ?? (field as SheetColumn),
        message,
      });
  return { code, checked: checked.ok ? checked : undefined, problems };
}

/** Checks every row against the sheet itself and the plan's existing codes. */
export function readTaskSheet(
  rows: SheetRow[],
  agencies: Agency[],
  existingCodes: ReadonlySet<string>,
): SheetReading {
  const { header, rows: data } = splitHeader(rows);
  const columns = columnsOf(header?.cells ?? []);
  const missing = (['code', 'title'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) return { ok: false, missing };
  const findAgency = agencyFinder(agencies);
  const tasks: SheetTask[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const row of data) {
    const cell = (c: SheetColumn) => {
      const at = columns.get(c);
      return at === undefined ? '' : (row.cells[at] ?? '').normalize('NFC').trim();
    };
    const read = readRow(row, cell, findAgency);
    problems.push(...read.problems);
    if (!read.code) continue;
    if (existingCodes.has(read.code) || seen.has(read.code))
      problems.push({
        line: row.line,
        column: 'code',
        message: { key: 'plans.import.error.codeTaken', params: { value: read.code } },
      });
    seen.add(read.code);
    if (read.checked) tasks.push({ line: row.line, code: read.code, checked: read.checked });
  }
  for (const task of tasks) {
    const parent = parentCodeOf(task.code);
    if (parent && !seen.has(parent) && !existingCodes.has(parent))
      problems.push({
        line: task.line,
        column: 'code',
        message: { key: 'plans.error.parent', params: { parent } },
      });
  }
  if (tasks.length === 0 && problems.length === 0)
    problems.push({
      line: header?.line ?? 1,
      column: 'code',
      message: { key: 'plans.import.error.noRows' },
    });
  tasks.sort((a, b) => compareTaskCodes(a.code, b.code));
  return { ok: true, tasks, problems: problems.sort((a, b) => a.line - b.line) };
}
