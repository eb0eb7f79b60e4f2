// The steps a spreadsheet import shares in every module: the upload form, then the preview of
// what the file holds (a notice, the rows' problems, the rows) with the button that imports it,
// all or nothing, and a link to start again with another file. The page around them, the texts
// and what a row shows are the module's.
import type { Child } from 'hono/jsx';
import type { FieldErrors, FieldMessage } from '../errors';
import type { Translate } from '../i18n';
import { DataTable, type Column } from './data-table';
import { Notice, type PageNotice } from './notice';
import { FileField } from './text-controls';

/** What the file input offers: an Excel workbook only, or a CSV table as well. */
export const SPREADSHEET_ACCEPT = {
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  table: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function ImportUploadForm(props: {
  t: Translate;
  action: string;
  /** What the file must hold, said before the form. */
  howTo: string;
  label: string;
  hint: string;
  accepts: keyof typeof SPREADSHEET_ACCEPT;
  /** The button's words: it previews, never imports. */
  submit: string;
  errors?: FieldErrors;
}) {
  return (
    <>
      <p>{props.howTo}</p>
      <form method="post" action={props.action} enctype="multipart/form-data" class="stack">
        <FileField
          t={props.t}
          name="file"
          label={props.label}
          hint={props.hint}
          accept={SPREADSHEET_ACCEPT[props.accepts]}
          errors={props.errors}
          required
        />
        <button type="submit">{props.submit}</button>
      </form>
    </>
  );
}

/** The problems found in the rows, each said with its row, its column's name and what is wrong. */
export interface ImportProblems<Key extends string> {
  heading: string;
  rows: { line: number; column: Key; message: FieldMessage }[];
  columnLabel: (column: Key) => string;
}

/** The button that imports: only offered when there is something the import may take. */
export interface ImportConfirm {
  action: string;
  label: string;
  /** What the import step needs back (the stored file, a one-time key). */
  hidden?: Record<string, string>;
  /** Choices made with the import (send the tickets…). */
  options?: Child;
}

export function ImportPreview<Row, ProblemColumn extends string>(props: {
  t: Translate;
  notice: PageNotice;
  problems?: ImportProblems<ProblemColumn>;
  /** The table's name, also the name of the region that scrolls on a phone. */
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  confirm?: ImportConfirm;
  another: { href: string; label: string };
}) {
  const { t, problems, confirm } = props;
  return (
    <>
      <Notice kind={props.notice.kind}>{props.notice.text}</Notice>
      {problems && problems.rows.length > 0 && (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">{problems.heading}</h2>
          <ul>
            {problems.rows.map((p) => (
              <li>
                {t('ui.import.problemLine', {
                  line: p.line,
                  column: problems.columnLabel(p.column),
                })}{' '}
                {t(p.message.key, p.message.params)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <DataTable label={props.label} columns={props.columns} rows={props.rows} />
      {confirm && (
        <form method="post" action={confirm.action} class="stack">
          {Object.entries(confirm.hidden ?? {}).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          {confirm.options}
          <button type="submit">{confirm.label}</button>
        </form>
      )}
      <p>
        <a href={props.another.href}>{props.another.label}</a>
      </p>
    </>
  );
}
