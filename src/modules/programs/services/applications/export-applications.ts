// Every application of a call for staff: an XLSX workbook (one row per application, a column per
// question of the form with the submitted answer) and a ZIP of the attachments, named
// <receipt>/<question>-<original name>. Both are streamed: the rows are read a part at a time
// and written as the client takes them, and the ZIP holds one attachment in memory at a time.
// ExcelJS and archiver are loaded on first use, as the directory's export does.
import { once } from 'node:events';
import type { AppDeps } from '../../../../platform/deps';
import { createRequire } from 'node:module';
import { PassThrough, Readable, type Transform } from 'node:stream';
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import type { FileStore } from '../../../../platform/files';
import type { Locale, Translate } from '../../../../platform/i18n';
import { log } from '../../../../platform/log/logger';
import type { CallRow } from '../../db/calls.repository';
import { organizationFactsByIds } from '../../../directory';
import { findExportRows, type ExportRow } from '../../db/dashboard.repository';
import type { TAnswer, TCallForm, TCallQuestion, TTeamMember } from '../../domain/call-form';
import { vnWallClock } from '../../../../platform/i18n';
import { inLocale } from '../../ui/labels';
import { getManagedCall } from '../calls/call-dashboard.queries';

export interface ExportEnv {
  t: Translate;
  locale: Locale;
}

const PART = 200;
/** The client is this far behind: wait before reading or packing more. */
const BUFFERED_MAX = 1024 * 1024;

/** A row of the export with its applicant's name, as the directory shows it. */
export type NamedExportRow = ExportRow & { organizationName: string | null };

async function* exportParts(
  db: Db,
  callId: string,
  hasReceipt = false,
): AsyncGenerator<NamedExportRow[]> {
  for (let offset = 0; ; offset += PART) {
    const rows = await findExportRows(db, callId, { offset, limit: PART, hasReceipt });
    const facts = await organizationFactsByIds(
      db,
      rows.map((r) => r.organizationId),
    );
    if (rows.length > 0)
      yield rows.map((r) => ({
        ...r,
        organizationName: facts.get(r.organizationId)?.name ?? null,
      }));
    if (rows.length < PART) return;
  }
}

async function whileBehind(stream: { readableLength: number; destroyed: boolean }) {
  while (stream.readableLength > BUFFERED_MAX && !stream.destroyed) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const questionsOf = (form: TCallForm | null | undefined): TCallQuestion[] =>
  form ? form.sections.flatMap((s) => s.questions) : [];

/** A text a spreadsheet would run as a formula starts with an apostrophe. */
const text = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

type CellValue = string | number | Date | null;

/** A submitted answer as a cell: money and numbers as numbers, choices as their labels. */
export function answerCell(
  question: TCallQuestion,
  answer: TAnswer | undefined,
  locale: Locale,
): CellValue {
  if (answer === undefined) return null;
  const label = (l: { vi: string; en: string }) => inLocale(locale, l.vi, l.en);
  switch (question.kind) {
    case 'number':
    case 'money_vnd':
      return typeof answer === 'number' ? answer : null;
    case 'date':
      // A calendar day at UTC midnight, which spreadsheets show as that day.
      return typeof answer === 'string' ? new Date(`${answer}T00:00:00Z`) : null;
    case 'single_choice':
    case 'multiple_choice': {
      const chosen = (Array.isArray(answer) ? answer : [answer]) as string[];
      return chosen
        .map((value) => {
          const option = question.options.find((o) => o.value === value);
          return option ? label(option.label) : value;
        })
        .join('; ');
    }
    case 'file':
      return (answer as { fileName: string }[]).map((f) => text(f.fileName)).join('; ');
    case 'team_members':
      return (answer as TTeamMember[])
        .map((m) => [m.name, m.role, m.email].filter(Boolean).join(', '))
        .map(text)
        .join('; ');
    default:
      return typeof answer === 'string' ? text(answer) : null;
  }
}

const NUMBER_FORMATS: Partial<Record<TCallQuestion['kind'], string>> = {
  money_vnd: '#,##0',
  date: 'dd/mm/yyyy',
};

function columnsOf(call: CallRow, env: ExportEnv) {
  const { t, locale } = env;
  const fixed = [
    { header: t('programs.dashboard.export.receipt'), width: 22 },
    { header: t('programs.dashboard.export.organization'), width: 36 },
    { header: t('programs.dashboard.export.status'), width: 18 },
    {
      header: t('programs.dashboard.export.submittedAt'),
      width: 18,
      style: { numFmt: 'dd/mm/yyyy hh:mm' },
    },
  ];
  const questions = questionsOf(call.form);
  const asked = questions.map((q) => ({
    header: inLocale(locale, q.label.vi, q.label.en),
    width: q.kind === 'long_text' ? 50 : 24,
    style: NUMBER_FORMATS[q.kind] ? { numFmt: NUMBER_FORMATS[q.kind] } : {},
  }));
  return {
    questions,
    columns: [...fixed, ...asked, { header: t('programs.dashboard.export.decision'), width: 18 }],
  };
}

/** One row per application; a question's labels are read as the applicant saw them. */
export function rowCells(
  row: NamedExportRow,
  questions: TCallQuestion[],
  env: ExportEnv,
): CellValue[] {
  const asSubmitted = new Map(questionsOf(row.form).map((q) => [q.id, q]));
  return [
    row.receiptNumber ?? '',
    text(row.organizationName ?? ''),
    env.t(`programs.application.status.${row.status}`),
    row.submittedAt ? vnWallClock(row.submittedAt) : null,
    ...questions.map((q) =>
      answerCell(
        asSubmitted.get(q.id)?.kind === q.kind ? asSubmitted.get(q.id)! : q,
        row.answers?.[q.id],
        env.locale,
      ),
    ),
    row.outcome ? env.t(`programs.decision.outcome.${row.outcome}`) : '',
  ];
}

/** The workbook through ExcelJS's streaming writer: rows are committed as they are read. */
function applicationsXlsx(db: Db, call: CallRow, env: ExportEnv): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const produce = async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'InnoHub';
    const sheet = workbook.addWorksheet(env.t('programs.dashboard.export.sheet'), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const { questions, columns } = columnsOf(call, env);
    sheet.columns = columns;
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const rows of exportParts(db, call.id)) {
      if (out.destroyed) return;
      for (const row of rows) sheet.addRow(rowCells(row, questions, env)).commit();
      await whileBehind(out);
    }
    sheet.commit();
    await workbook.commit();
  };
  produce().catch((err: unknown) => {
    log.error('applications export failed', { callId: call.id, err });
    out.destroy(err as Error);
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** What of archiver this uses (the package has no types of its own). */
type ZipArchive = Transform & {
  append(source: Buffer, data: { name: string; date?: Date }): ZipArchive;
  finalize(): Promise<void>;
};
type Archiver = (format: 'zip', options: { store?: boolean; forceZip64?: boolean }) => ZipArchive;
const loadArchiver = () => createRequire(import.meta.url)('archiver') as Archiver;

/** A file name kept to one path segment, without control characters. */
const segment = (name: string) =>
  name
    .normalize('NFC')
    .replace(/[\p{Cc}/\\]/gu, '_')
    .replace(/^\.+/, '_') || 'file';

/** The ZIP entries of one application's last submission: <receipt>/<question>-<name>. */
export function zipEntriesOf(row: ExportRow) {
  const entries: { name: string; hash: string }[] = [];
  const taken = new Set<string>();
  for (const q of questionsOf(row.form)) {
    const answer = row.answers?.[q.id];
    if (q.kind !== 'file' || !Array.isArray(answer)) continue;
    for (const file of answer as { fileHash: string; fileName: string }[]) {
      const base = `${row.receiptNumber}/${q.id}-${segment(file.fileName)}`;
      let name = base;
      // Two files of one question with the same name: the second is "name (2).pdf".
      for (let n = 2; taken.has(name); n++) name = base.replace(/(\.[^./]*)?$/, ` (${n})$1`);
      taken.add(name);
      entries.push({ name, hash: file.fileHash });
    }
  }
  return entries;
}

/** Resolves once archiver has packed the entry, or the client has gone. */
async function packed(archive: ZipArchive) {
  const ac = new AbortController();
  try {
    await Promise.race([
      once(archive, 'entry', { signal: ac.signal }),
      once(archive, 'close', { signal: ac.signal }),
    ]);
  } finally {
    ac.abort();
  }
}

/** Attachments are already compressed (PDF, Office, images, video): they are stored as they are. */
function attachmentsZip(db: Db, files: FileStore, call: CallRow): ReadableStream<Uint8Array> {
  const archive = loadArchiver()('zip', { store: true });
  const produce = async () => {
    for await (const rows of exportParts(db, call.id, true)) {
      for (const row of rows) {
        for (const entry of zipEntriesOf(row)) {
          if (archive.destroyed) return;
          const bytes = await files.readPrivate(entry.hash);
          if (!bytes) {
            log.warn('attachment missing from the store', { callId: call.id, hash: entry.hash });
            continue;
          }
          const done = packed(archive);
          archive.append(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
            name: entry.name,
            date: row.submittedAt ?? undefined,
          });
          await done;
          await whileBehind(archive);
        }
      }
    }
    await archive.finalize();
  };
  produce().catch((err: unknown) => {
    log.error('attachments export failed', { callId: call.id, err });
    archive.destroy(err as Error);
  });
  return Readable.toWeb(archive) as ReadableStream<Uint8Array>;
}

export const EXPORT_FORMATS = {
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    prefix: 'ho-so',
  },
  zip: { type: 'application/zip', prefix: 'tep-dinh-kem' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * A call's applications (xlsx) or attachments (zip) for staff who manage calls; NOT_FOUND for
 * anyone else. Each export is audited: it carries every applicant's data.
 */
export async function exportApplications(
  deps: Pick<AppDeps, 'database' | 'files'>,
  acting: AuditContext,
  input: { programmeSlug: string; callSlug: string; format: ExportFormat; env: ExportEnv },
): Promise<{ body: ReadableStream<Uint8Array>; type: string; fileName: string }> {
  const { programme, call } = await getManagedCall(deps, acting, input);
  await recordAudit(deps.database.db, acting, {
    action: 'programs.application:export',
    entityType: 'call',
    entityId: call.id,
    after: { format: input.format },
  });
  const { type, prefix } = EXPORT_FORMATS[input.format];
  return {
    body:
      input.format === 'xlsx'
        ? applicationsXlsx(deps.database.db, call, input.env)
        : attachmentsZip(deps.database.db, deps.files, call),
    type,
    fileName: `${prefix}-${programme.slug}-${call.slug}.${input.format}`,
  };
}
