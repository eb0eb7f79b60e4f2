// The files of a submission in the order its form asks for them, numbered from 1: the number is
// how a blind round names a file without the name the applicant gave it.
import type { TAnswers, TCallForm } from './call-form';

export interface SubmittedFile {
  number: number;
  questionId: string;
  fileHash: string;
  fileName: string;
}

export function submittedFiles(form: TCallForm, answers: TAnswers): SubmittedFile[] {
  const files = form.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.kind === 'file')
    .flatMap((q) => {
      const answer = answers[q.id];
      const given = Array.isArray(answer)
        ? (answer as { fileHash: string; fileName: string }[])
        : [];
      return given.map((f) => ({ questionId: q.id, fileHash: f.fileHash, fileName: f.fileName }));
    });
  return files.map((f, i) => ({ number: i + 1, ...f }));
}
