// The centre's form that publishes a challenge from an approved problem, read into
// publishChallenge's input. Rewards and documents are repeated rows; an empty row is none.
import type { FieldErrors } from '../../../platform/errors';
import {
  formString,
  formStrings,
  parseDateTime,
  parseVnd,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import { vnDateTimeInputValue } from '../../../platform/i18n/vn-time';
import { renameFields } from '../../../platform/input/validation';
import type { TChallengeFieldsInput } from '../contracts';
import type { ChallengeRow } from '../db/challenges.repository';

export type RewardRow = { kind: string; description: string; amount: string };
export type DocumentRow = { kind: string; title: string; url: string };

export interface ChallengeFormState {
  values: FormValues;
  rewards: RewardRow[];
  documents: DocumentRow[];
}

const TEXTS = ['title', 'track', 'summary', 'eligibility', 'agreementText', 'opensAt', 'closesAt'];

/** The control of a repeated column in row i, e.g. rewardAmount-0. */
export const rowControl = (group: 'reward' | 'document', column: string, i: number) =>
  `${group}${column[0]!.toUpperCase()}${column.slice(1)}-${i}`;

/** A command's field path (rewards.0.description) as the form's control. */
export const challengeControl = (path: string) => {
  const m = /^(rewards|documents)\.(\d+)\.(\w+)$/.exec(path);
  if (!m) return path;
  const group = m[1] === 'rewards' ? 'reward' : 'document';
  const column = m[3] === 'amountVnd' ? 'amount' : m[3]!;
  return rowControl(group, column, Number(m[2]));
};

function rows<K extends string>(body: FormBody, group: 'reward' | 'document', columns: K[]) {
  const values = columns.map((c) => formStrings(body, rowControl(group, c, 0).replace(/-0$/, '')));
  const out: Record<K, string>[] = [];
  for (let i = 0; i < Math.min(values[0]!.length, 20); i++) {
    const row = Object.fromEntries(columns.map((c, j) => [c, (values[j]![i] ?? '').trim()]));
    // The kind is a select and always sent: a row is given when anything else is.
    if (columns.slice(1).some((c) => row[c])) out.push(row as Record<K, string>);
  }
  return out;
}

export function readChallengeForm(body: FormBody): {
  input: TChallengeFieldsInput;
  state: ChallengeFormState;
  typedErrors: FieldErrors;
} {
  const values = Object.fromEntries(TEXTS.map((n) => [n, formString(body, n)])) as FormValues;
  const rewards = rows(body, 'reward', ['kind', 'description', 'amount']);
  const documents = rows(body, 'document', ['kind', 'title', 'url']);
  const typedErrors: FieldErrors = {};
  const when = (name: 'opensAt' | 'closesAt') => {
    const v = parseDateTime(values[name] ?? '');
    if (v === undefined) typedErrors[name] = { key: 'validation.required' };
    if (v === 'invalid') typedErrors[name] = { key: 'challenges.error.dateTime' };
    return v instanceof Date ? v : new Date(0);
  };
  const input: TChallengeFieldsInput = {
    title: values.title ?? '',
    track: values.track,
    summary: values.summary ?? '',
    eligibility: values.eligibility,
    agreementText: values.agreementText ?? '',
    opensAt: when('opensAt'),
    closesAt: when('closesAt'),
    rewards: rewards.map((r, i) => {
      const amount = parseVnd(r.amount);
      if (amount === 'invalid')
        typedErrors[rowControl('reward', 'amount', i)] = { key: 'challenges.error.vnd' };
      return {
        kind: r.kind as never,
        description: r.description,
        amountVnd: typeof amount === 'bigint' ? amount.toString() : null,
      };
    }),
    documents: documents.map((d) => ({ kind: d.kind as never, title: d.title, url: d.url })),
  };
  return { input, state: { values, rewards, documents }, typedErrors };
}

export const challengeFormErrors = (typed: FieldErrors, fields: FieldErrors = {}): FieldErrors => ({
  ...renameFields(fields, challengeControl),
  ...typed,
});

/** The form filled with a published challenge as it stands, to correct it. */
export const challengeFormStateOf = (c: ChallengeRow): ChallengeFormState => ({
  values: {
    title: c.title,
    summary: c.summary,
    eligibility: c.eligibility,
    agreementText: c.agreementText,
    opensAt: vnDateTimeInputValue(c.opensAt),
    closesAt: vnDateTimeInputValue(c.closesAt),
  },
  rewards: c.rewards.map((r) => ({
    kind: r.kind,
    description: r.description,
    amount: r.amountVnd ?? '',
  })),
  documents: c.documents.map((d) => ({ kind: d.kind, title: d.title, url: d.url })),
});
