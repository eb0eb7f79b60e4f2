// How the application form's fields become answers, and its uploads files in the private store.
// Field names: a.<question> (text, number, money, date, choices), a.<question>.<row>.name|role|email
// (team members), keep.<question> (a stored file still attached), f.<question> (new files).
import {
  checkDocument,
  DOCUMENT_TYPES,
  type DocumentKind,
  type FileStore,
} from '../../../platform/files';
import type { TAnswerError } from '../domain/answers';
import type { TAnswers, TCallForm, TCallQuestion } from '../domain/call-form';
import { allValues, type FormBody } from './form-values';

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
    if (q.kind === 'multiple_choice') answers[q.id] = allValues(body, name);
    else if (q.kind === 'file') {
      const kept = new Set(allValues(body, keepName(q.id)));
      answers[q.id] = filesOf(current[q.id]).filter((f) => kept.has(f.fileHash));
    } else if (q.kind === 'team_members') {
      const rows = [];
      for (let i = 0; i < MEMBER_ROWS_MAX; i++) {
        const [n, r, e] = (['name', 'role', 'email'] as const).map(
          (field) => allValues(body, memberName(q.id, i, field))[0],
        );
        if (n === undefined && r === undefined && e === undefined) continue;
        rows.push({ name: n ?? '', role: r ?? '', email: e ?? '' });
      }
      answers[q.id] = rows;
    } else answers[q.id] = allValues(body, name)[0] ?? '';
  }
  return answers;
}

/** The non-empty files of every file question's input. */
export function uploadsFromForm(form: TCallForm, body: FormBody): Promise<Upload[]> {
  const files = questionsOf(form)
    .filter((q) => q.kind === 'file')
    .flatMap((q) => {
      const v = body[uploadName(q.id)];
      return (Array.isArray(v) ? v : v === undefined ? [] : [v])
        .filter((f): f is File => typeof f !== 'string' && f.size > 0)
        .map((file) => ({ questionId: q.id, file }));
    });
  return Promise.all(
    files.map(async ({ questionId, file }) => ({
      questionId,
      name: file.name.normalize('NFC'),
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/** A kind's extensions: its own, and "jpeg" beside "jpg". */
const KIND_OF_EXTENSION = new Map<string, DocumentKind>([
  ...Object.entries(DOCUMENT_TYPES).map(
    ([kind, t]) => [t.extension, kind as DocumentKind] as const,
  ),
  ['jpeg', 'jpeg'],
]);

/** The name as uploaded, with the extension of what the bytes are when the name says otherwise. */
export function storedFileName(name: string, kind: DocumentKind): string {
  const base = name.replace(/[\\/]/g, '_').trim().slice(-200) || 'tep';
  const extension = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase() ?? '';
  return KIND_OF_EXTENSION.get(extension) === kind
    ? base
    : `${base}.${DOCUMENT_TYPES[kind].extension}`;
}

/**
 * Checks every upload against its question by content (kind and size), and only when all pass
 * stores them in the private store. A refused upload stores nothing.
 */
export async function storeUploads(
  files: FileStore,
  form: TCallForm,
  uploads: readonly Upload[],
): Promise<{ ok: true; stored: StoredUpload[] } | { ok: false; errors: TAnswerError[] }> {
  const questions = new Map(questionsOf(form).map((q) => [q.id, q]));
  const checked: { upload: Upload; kind: DocumentKind }[] = [];
  const errors: TAnswerError[] = [];
  for (const upload of uploads) {
    const q = questions.get(upload.questionId);
    if (q?.kind !== 'file') continue;
    const check = checkDocument(upload.bytes, { kinds: q.types, maxBytes: q.maxBytes });
    if (check.ok) checked.push({ upload, kind: check.kind });
    else if (check.reason === 'TOO_LARGE') {
      const maxMb = Math.round((q.maxBytes / 1024 / 1024) * 10) / 10;
      errors.push({
        questionId: q.id,
        code: 'programs.answer.file_too_large',
        params: { fileName: upload.name, maxMb },
      });
    } else {
      const types = q.types.map((t) => t.toUpperCase()).join(', ');
      errors.push({
        questionId: q.id,
        code: 'programs.answer.file_type',
        params: { fileName: upload.name, types },
      });
    }
  }
  if (errors.length) return { ok: false, errors };
  const stored: StoredUpload[] = [];
  for (const { upload, kind } of checked) {
    const { hash, bytes } = await files.putPrivate(upload.bytes);
    stored.push({
      questionId: upload.questionId,
      kind,
      fileHash: hash,
      fileName: storedFileName(upload.name, kind),
      bytes,
    });
  }
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
