// How the application form's fields become answers, and its uploads files in the private store.
// Field names: a.<question> (text, number, money, date, choices), a.<question>.<row>.name|role|email
// (team members), keep.<question> (a stored file still attached), f.<question> (new files).
import type { DocumentKind, FileStore } from '../../../../platform/files';
import type { TAnswerError } from '../../domain/answers';
import type { TAnswers, TCallForm, TCallQuestion } from '../../domain/call-form';
import { formStrings, type FormBody, postedFiles } from '../../../../platform/input/form-values';
import { storePrivateUploads } from '../private-uploads';

export type StoredFileAnswer = { fileHash: string; fileName: string; bytes: number };
export type Upload = { questionId: string; name: string; bytes: Uint8Array };
export type StoredUpload = StoredFileAnswer & { questionId: string; kind: DocumentKind };

export const answerName = (questionId: string) => `a.${questionId}`;
export const keepName = (questionId: string) => `keep.${questionId}`;
export const uploadName = (questionId: string) => `f.${questionId}`;
export const memberName = (questionId: string, row: number, field: 'name' | 'role' | 'email') =>
  `a.${questionId}.${row}.${field}`;
/** Team rows a form shows beyond the members already entered. */
export const EMPTY_MEMBER_ROWS = 2;
const MEMBER_ROWS_MAX = 60;

const questionsOf = (form: TCallForm): TCallQuestion[] => form.sections.flatMap((s) => s.questions);

const filesOf = (answer: TAnswers[string] | undefined): StoredFileAnswer[] =>
  Array.isArray(answer) &&
  answer.every((x) => typeof x === 'object' && x !== null && 'fileHash' in x)
    ? (answer as StoredFileAnswer[])
    : [];

/** The answers a posted form holds; files are those kept from `current` (uploads come after). */
export function answersFromForm(
  form: TCallForm,
  body: FormBody,
  current: TAnswers,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of questionsOf(form)) {
    const name = answerName(q.id);
    if (q.kind === 'multiple_choice') answers[q.id] = formStrings(body, name);
    else if (q.kind === 'file') {
      const kept = new Set(formStrings(body, keepName(q.id)));
      answers[q.id] = filesOf(current[q.id]).filter((f) => kept.has(f.fileHash));
    } else if (q.kind === 'team_members') {
      const rows = [];
      for (let i = 0; i < MEMBER_ROWS_MAX; i++) {
        const [n, r, e] = (['name', 'role', 'email'] as const).map(
          (field) => formStrings(body, memberName(q.id, i, field))[0],
        );
        if (n === undefined && r === undefined && e === undefined) continue;
        rows.push({ name: n ?? '', role: r ?? '', email: e ?? '' });
      }
      answers[q.id] = rows;
    } else answers[q.id] = formStrings(body, name)[0] ?? '';
  }
  return answers;
}

/** The non-empty files of every file question's input. */
export async function uploadsFromForm(form: TCallForm, body: FormBody): Promise<Upload[]> {
  const perQuestion = await Promise.all(
    questionsOf(form)
      .filter((q) => q.kind === 'file')
      .map(async (q) => {
        const files = await postedFiles(body, uploadName(q.id));
        return files.map((file) => ({ questionId: q.id, ...file }));
      }),
  );
  return perQuestion.flat();
}

/**
 * Checks every upload against its question by content (kind and size), and only when all pass
 * stores them in the private store. A refused upload stores nothing.
 */
export async function storeUploads(
  store: FileStore,
  form: TCallForm,
  uploads: readonly Upload[],
): Promise<{ ok: true; stored: StoredUpload[] } | { ok: false; errors: TAnswerError[] }> {
  const questions = new Map(questionsOf(form).map((q) => [q.id, q]));
  const files = uploads.flatMap((upload) => {
    const q = questions.get(upload.questionId);
    if (q?.kind !== 'file') return [];
    const rules = { kinds: q.types, maxBytes: q.maxBytes };
    return [{ questionId: q.id, file: { name: upload.name, bytes: upload.bytes }, rules }];
  });
  const result = await storePrivateUploads(store, files);
  if (!result.ok) {
    const errors = result.refusals.map(({ index, code, params }) => ({
      questionId: files[index]!.questionId,
      code,
      params,
    }));
    return { ok: false, errors };
  }
  const stored = result.stored.map((file, i) => ({ questionId: files[i]!.questionId, ...file }));
  return { ok: true, stored };
}

/** The posted answers with the stored uploads added to their questions. */
export function withUploads(
  answers: Record<string, unknown>,
  stored: readonly StoredUpload[],
): Record<string, unknown> {
  const merged = { ...answers };
  for (const s of stored) {
    const list = Array.isArray(merged[s.questionId]) ? (merged[s.questionId] as unknown[]) : [];
    merged[s.questionId] = [
      ...list,
      { fileHash: s.fileHash, fileName: s.fileName, bytes: s.bytes },
    ];
  }
  return merged;
}
