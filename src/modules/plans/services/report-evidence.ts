// Evidence files on the progress of an agency's tasks: uploaded with the report's form, checked
// by their content (a PDF, an Office file or a picture, not what the name says), kept in the
// private file store and listed on the task's line, so a submission freezes them with the rest.
// They are read back only through the report (reportEvidenceFile): staff, or the agency's officer.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import { checkDocument, DOCUMENT_TYPES, type DocumentKind } from '../../../platform/files';
import type { PostedFile } from '../../../platform/input/form-values';
import { submissionsOf } from '../db/reports.repository';
import type { Evidence } from '../domain/report-content';
import { visibleReport } from './agency-scope';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_PER_LINE = 5;
const EVIDENCE_KINDS: readonly DocumentKind[] = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg'];

export interface EvidenceInput {
  /** By line (task or criterion id), the files posted. */
  added: Record<string, PostedFile[]>;
  /** By line, the hashes of files to take off it. */
  removed: Record<string, string[]>;
}

const fileName = (typed: string, kind: DocumentKind) =>
  typed.replace(/[\\/]/g, '_').trim().slice(-200) || `minh-chung.${DOCUMENT_TYPES[kind].extension}`;

/**
 * Checks every posted file first; stores them only when all lines are right. A line is a report's
 * task or a self-assessment's criterion, named by `keyOf` in the form's fields.
 */
export async function withEvidence<L extends { evidence?: Evidence[] }>(
  deps: Pick<AppDeps, 'files'>,
  lines: L[],
  keyOf: (line: L) => string,
  input: EvidenceInput,
): Promise<{ lines: L[] } | { errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const checked = lines.map((line) => {
    const key = keyOf(line);
    const added = (input.added[key] ?? []).map((file) => ({
      file,
      check: checkDocument(file.bytes, { kinds: EVIDENCE_KINDS, maxBytes: EVIDENCE_MAX_BYTES }),
    }));
    const kept = (line.evidence ?? []).filter((e) => !(input.removed[key] ?? []).includes(e.hash));
    const refused = added.find((a) => !a.check.ok)?.check;
    const field = `evidence_${key}`;
    if (refused && !refused.ok)
      errors[field] = {
        key:
          refused.reason === 'TOO_LARGE' ? 'plans.evidence.tooLarge' : 'plans.evidence.wrongType',
        params: { max: EVIDENCE_MAX_BYTES / 1024 / 1024 },
      };
    else if (kept.length + added.length > EVIDENCE_PER_LINE)
      errors[field] = { key: 'plans.evidence.tooMany', params: { max: EVIDENCE_PER_LINE } };
    return { line, added, kept };
  });
  if (Object.keys(errors).length > 0) return { errors };
  const result: L[] = [];
  for (const { line, added, kept } of checked) {
    const evidence: Evidence[] = [...kept];
    for (const { file, check } of added) {
      if (!check.ok) continue;
      const { hash } = await deps.files.putPrivate(file.bytes);
      if (evidence.some((e) => e.hash === hash)) continue;
      const type = DOCUMENT_TYPES[check.kind];
      evidence.push({
        hash,
        name: fileName(file.name, check.kind),
        mime: type.mime,
        bytes: file.bytes.length,
      });
    }
    result.push({ ...line, evidence });
  }
  return { lines: result };
}

/** An evidence file of a report this actor may see: in its draft or one of its submissions. */
export async function reportEvidenceFile(
  deps: Pick<AppDeps, 'database' | 'clock' | 'files'>,
  acting: AuditContext,
  input: { id: string; hash: string },
): Promise<{ bytes: Uint8Array<ArrayBuffer>; evidence: Evidence }> {
  const { report } = await visibleReport(deps, acting, input.id);
  const contents = [
    report.content,
    ...(await submissionsOf(deps.database.db, report.id)).map((s) => s.content),
  ];
  const evidence = contents
    .flatMap((c) => c.lines.flatMap((l) => l.evidence ?? []))
    .find((e) => e.hash === input.hash);
  const bytes = evidence && (await deps.files.readPrivate(evidence.hash));
  if (!evidence || !bytes) throw new AppError('NOT_FOUND');
  return { bytes, evidence };
}
