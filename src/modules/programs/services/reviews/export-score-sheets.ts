// The scoring sheets of a round as an XLSX workbook: one sheet of marks (one row per score sheet)
// and one of the ranking. A round's sheets fit in memory (hundreds of rows), so the workbook is
// built whole; ExcelJS is loaded on first use as the directory's export does.
import type { AuditContext } from '../../../../platform/audit';
import type { Locale, Translate } from '../../../../platform/i18n';
import { inLocale } from '../../ui/labels';
import { roundRanking } from './review.queries';
import type { DbDeps } from '../common';

/** A text a spreadsheet would run as a formula starts with an apostrophe. */
const cell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export async function scoreSheetsXlsx(
  deps: DbDeps,
  acting: AuditContext,
  input: { roundId: string; env: { t: Translate; locale: Locale } },
): Promise<{ bytes: Uint8Array; filename: string }> {
  const { roundId, env } = input;
  const { round, ranking, sheets, applications, reviewers } = await roundRanking(deps, acting, {
    roundId,
  });
  const { t, locale } = env;
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'InnoHub';

  const marks = workbook.addWorksheet(t('programs.review.export.sheets'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  marks.columns = [
    { header: t('programs.review.receipt'), width: 22 },
    { header: t('programs.review.applicant'), width: 36 },
    { header: t('programs.review.reviewer'), width: 28 },
    ...round.rubric.flatMap((c) => [
      {
        header: `${inLocale(locale, c.label.vi, c.label.en)} (${c.scale.min}–${c.scale.max})`,
        width: 14,
      },
      { header: t('programs.review.export.commentOn', { criterion: c.id }), width: 30 },
    ]),
    { header: t('programs.review.comment'), width: 40 },
    { header: t('programs.review.status'), width: 14 },
  ];
  marks.getRow(1).font = { bold: true };
  for (const s of sheets) {
    const app = applications.get(s.applicationId);
    marks.addRow([
      app?.receiptNumber ?? '',
      cell(app?.organizationName ?? ''),
      cell(reviewers.get(s.reviewerId) ?? s.reviewerId),
      ...round.rubric.flatMap((c) => [s.marks[c.id] ?? null, cell(s.comments[c.id] ?? '')]),
      cell(s.comment),
      t(`programs.review.sheetStatus.${s.status as 'draft' | 'submitted'}`),
    ]);
  }

  const ranks = workbook.addWorksheet(t('programs.review.export.ranking'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ranks.columns = [
    { header: t('programs.review.rank'), width: 8 },
    { header: t('programs.review.receipt'), width: 22 },
    { header: t('programs.review.applicant'), width: 36 },
    { header: t('programs.review.score'), width: 12, style: { numFmt: '0.000' } },
    { header: t('programs.review.rawMean'), width: 12, style: { numFmt: '0.00' } },
    { header: t('programs.review.reviewerCount'), width: 12 },
    { header: t('programs.review.tied'), width: 10 },
  ];
  ranks.getRow(1).font = { bold: true };
  for (const r of ranking.ranked) {
    const app = applications.get(r.applicationId);
    ranks.addRow([
      r.rank,
      app?.receiptNumber ?? '',
      cell(app?.organizationName ?? ''),
      r.score,
      r.rawMean,
      r.reviewerCount,
      r.isTied ? t('common.yes') : '',
    ]);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { bytes, filename: `cham-diem-${round.id.slice(0, 8)}.xlsx` };
}
