import { describe, expect, it } from 'vitest';
import * as catalog from '../i18n/answers';
import { ZCallForm, type TCallForm } from './call-form';
import { parseDecimal, vndAmount as parseMoneyVnd } from '../../../platform/input/form-values';
import {
  FILES_PER_QUESTION_MAX,
  isCalendarDate,
  validateAnswers,
  type TAnswerError,
} from './answers';

const label = (vi: string) => ({ vi, en: '' });
const options = (...values: string[]) => values.map((value) => ({ value, label: label(value) }));
const HASH = 'a'.repeat(64);
const MB = 1024 * 1024;

const form: TCallForm = ZCallForm.parse({
  sections: [
    {
      id: 'about',
      title: label('Giới thiệu'),
      questions: [
        {
          id: 'name',
          kind: 'short_text',
          label: label('Tên dự án'),
          isRequired: true,
          maxLength: 10,
        },
        { id: 'summary', kind: 'long_text', label: label('Tóm tắt'), maxLength: 20 },
        { id: 'staff', kind: 'number', label: label('Số nhân sự'), min: 1, max: 500 },
        { id: 'budget', kind: 'money_vnd', label: label('Kinh phí'), max: 2_000_000_000 },
        { id: 'founded', kind: 'date', label: label('Ngày thành lập') },
        {
          id: 'has_ip',
          kind: 'single_choice',
          label: label('Có sở hữu trí tuệ?'),
          options: options('yes', 'no'),
          isRequired: true,
        },
        {
          id: 'ip_detail',
          kind: 'long_text',
          label: label('Mô tả'),
          isRequired: true,
          showIf: { questionId: 'has_ip', anyOf: ['yes'] },
        },
      ],
    },
    {
      id: 'more',
      title: label('Thêm'),
      questions: [
        {
          id: 'channels',
          kind: 'multiple_choice',
          label: label('Kênh'),
          options: options('web', 'shop', 'export'),
          maxChoices: 2,
        },
        {
          id: 'ip_kind',
          kind: 'single_choice',
          label: label('Loại'),
          options: options('patent', 'brand'),
          showIf: { questionId: 'has_ip', anyOf: ['yes'] },
        },
        {
          id: 'patent_no',
          kind: 'short_text',
          label: label('Số bằng'),
          isRequired: true,
          showIf: { questionId: 'ip_kind', anyOf: ['patent'] },
        },
        {
          id: 'deck',
          kind: 'file',
          label: label('Hồ sơ'),
          types: ['pdf', 'pptx'],
          maxBytes: 5 * MB,
        },
        { id: 'team', kind: 'team_members', label: label('Nhóm'), maxMembers: 3 },
      ],
    },
  ],
});

const minimal = { name: 'Nông Xanh', has_ip: 'no' };
const errorsOf = (answers: Record<string, unknown>, isFinal = true): TAnswerError[] => {
  const result = validateAnswers(form, answers, { isFinal });
  return result.ok ? [] : result.errors;
};
const answersOf = (answers: Record<string, unknown>, isFinal = true) => {
  const result = validateAnswers(form, answers, { isFinal });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
};
const codes = (answers: Record<string, unknown>, isFinal = true) =>
  errorsOf(answers, isFinal).map((e) => `${e.questionId}:${e.code}`);

describe('required questions', () => {
  it('a draft may leave required questions empty; a submission may not', () => {
    expect(validateAnswers(form, {}, { isFinal: false })).toEqual({ ok: true, answers: {} });
    expect(codes({})).toEqual(['name:programs.answer.required', 'has_ip:programs.answer.required']);
  });

  it('blank text, empty lists and blank team rows count as unanswered', () => {
    expect(
      codes({ name: '  \u0007 ', has_ip: 'no', team: [{ name: ' ', role: '', email: '' }] }),
    ).toEqual(['name:programs.answer.required']);
    expect(answersOf({ ...minimal, channels: [], summary: '\n\n', team: [{}] })).toEqual(minimal);
  });

  it('a draft still reports shape and limit errors', () => {
    expect(codes({ name: 'x'.repeat(11) }, false)).toEqual(['name:programs.answer.too_long']);
  });
});

describe('conditional questions', () => {
  it('a hidden question is not required and its answer is dropped', () => {
    const answers = answersOf({
      ...minimal,
      ip_detail: 'Bằng sáng chế 123',
      ip_kind: 'patent',
      patent_no: '1-2020',
    });
    expect(answers).toEqual(minimal);
  });

  it('a shown question is required and kept', () => {
    expect(codes({ name: 'A', has_ip: 'yes' })).toEqual(['ip_detail:programs.answer.required']);
    expect(answersOf({ name: 'A', has_ip: 'yes', ip_detail: 'Bằng' })).toEqual({
      name: 'A',
      has_ip: 'yes',
      ip_detail: 'Bằng',
    });
  });

  it('a chain of conditions hides everything after a hidden link', () => {
    // patent_no depends on ip_kind, which depends on has_ip.
    expect(codes({ name: 'A', has_ip: 'yes', ip_detail: 'x', ip_kind: 'patent' })).toEqual([
      'patent_no:programs.answer.required',
    ]);
    expect(answersOf({ ...minimal, ip_kind: 'patent', patent_no: 'Đ-1' })).toEqual(minimal);
  });

  it('a hidden question with an invalid answer reports nothing', () => {
    expect(codes({ ...minimal, ip_detail: 'x'.repeat(5000), ip_kind: 'nope' })).toEqual([]);
  });

  it('answers to questions the form does not have are dropped', () => {
    expect(answersOf({ ...minimal, removed_question: 'old' })).toEqual(minimal);
  });
});

describe('text', () => {
  it('is NFC, trimmed, without control characters, one line for short text', () => {
    const nfd = 'Nông Xanh'.normalize('NFD');
    expect(answersOf({ ...minimal, name: ` ${nfd}\u0000 ` }).name).toBe('Nông Xanh');
    expect(answersOf({ ...minimal, name: 'a\r\n  b' }).name).toBe('a b');
    expect(answersOf({ ...minimal, summary: ' dòng 1\r\ndòng 2 ' }).summary).toBe('dòng 1\ndòng 2');
  });

  it('counts user-perceived characters of the NFC text', () => {
    // 10 characters whether typed composed or decomposed, with an emoji of several code points.
    const ten = 'Việt Nam 👩🏽‍🌾';
    expect(ten.normalize('NFD').length).toBeGreaterThan(10);
    expect(answersOf({ ...minimal, name: ten.normalize('NFD') }).name).toBe(ten.normalize('NFC'));
    expect(errorsOf({ ...minimal, name: `${ten}!` })).toEqual([
      { questionId: 'name', code: 'programs.answer.too_long', params: { max: 10, length: 11 } },
    ]);
  });

  it('refuses a non-string', () => {
    expect(codes({ ...minimal, name: 42 })).toEqual(['name:programs.answer.invalid']);
  });
});

describe('numbers and money', () => {
  it('parses money typed Vietnamese style, whole đồng only', () => {
    for (const typed of [
      '2000000000',
      '2.000.000.000',
      '2 000 000 000',
      '2,000,000,000',
      '2\u00a0000\u202f000 000',
      '2.000.000.000 đ',
      '2.000.000.000₫',
      '2 000 000 000 VNĐ',
      '2000000000 vnd',
    ]) {
      expect(parseMoneyVnd(typed), typed).toBe(2_000_000_000);
    }
    expect(parseMoneyVnd('0')).toBe(0);
    for (const typed of [
      '',
      '2.000.000,50',
      '1.5',
      '2.00.000',
      '2.000 000',
      '-5',
      '2 tỷ',
      '1e9',
      '99999999999999999999',
    ]) {
      expect(parseMoneyVnd(typed), typed).toBeUndefined();
    }
  });

  it('checks money against the question, from a number or a form string', () => {
    expect(answersOf({ ...minimal, budget: '1.500.000.000' }).budget).toBe(1_500_000_000);
    expect(answersOf({ ...minimal, budget: 750_000 }).budget).toBe(750_000);
    expect(errorsOf({ ...minimal, budget: '2.000.000.001' })).toEqual([
      { questionId: 'budget', code: 'programs.answer.too_large', params: { max: 2_000_000_000 } },
    ]);
    expect(codes({ ...minimal, budget: 10.5 })).toEqual(['budget:programs.answer.invalid_money']);
    expect(codes({ ...minimal, budget: -1 })).toEqual(['budget:programs.answer.invalid_money']);
    expect(codes({ ...minimal, budget: '1,5 tỷ' })).toEqual([
      'budget:programs.answer.invalid_money',
    ]);
  });

  it('parses numbers with a Vietnamese decimal comma and grouping', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.500')).toBe(1500);
    expect(parseDecimal('1 234,75')).toBe(1234.75);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('1.2.3')).toBeUndefined();
    expect(parseDecimal('abc')).toBeUndefined();
    expect(answersOf({ ...minimal, staff: '12' }).staff).toBe(12);
    expect(codes({ ...minimal, staff: 0 })).toEqual(['staff:programs.answer.too_small']);
    expect(codes({ ...minimal, staff: Number.NaN })).toEqual([
      'staff:programs.answer.not_a_number',
    ]);
    expect(codes({ ...minimal, staff: 'nhiều' })).toEqual(['staff:programs.answer.not_a_number']);
  });
});

describe('dates', () => {
  it('accepts only real calendar days as yyyy-mm-dd', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01'])
      expect(isCalendarDate(day), day).toBe(true);
    for (const day of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-1-1',
      '01/02/2025',
      '0999-01-01',
    ]) {
      expect(isCalendarDate(day), day).toBe(false);
    }
    expect(answersOf({ ...minimal, founded: ' 2024-02-29 ' }).founded).toBe('2024-02-29');
    expect(codes({ ...minimal, founded: '2025-02-29' })).toEqual([
      'founded:programs.answer.invalid_date',
    ]);
  });
});

describe('choices', () => {
  it('takes only the offered options, at most maxChoices, stored in option order', () => {
    expect(answersOf({ ...minimal, channels: ['export', 'web', 'web'] }).channels).toEqual([
      'web',
      'export',
    ]);
    expect(answersOf({ ...minimal, channels: 'shop' }).channels).toEqual(['shop']);
    expect(codes({ ...minimal, channels: ['web', 'shop', 'export'] })).toEqual([
      'channels:programs.answer.too_many_choices',
    ]);
    expect(codes({ ...minimal, channels: ['web', 'tv'] })).toEqual([
      'channels:programs.answer.not_an_option',
    ]);
    expect(codes({ ...minimal, has_ip: 'maybe' })).toEqual([
      'has_ip:programs.answer.not_an_option',
    ]);
    expect(codes({ ...minimal, has_ip: ['yes'] })).toEqual(['has_ip:programs.answer.invalid']);
  });
});

describe('files', () => {
  const file = (fileName: string, bytes = 1000, fileHash = HASH) => ({ fileHash, fileName, bytes });

  it('keeps files of an allowed declared type within the size limit', () => {
    const deck = [file('Hồ sơ.PDF'), file('pitch.pptx', 5 * MB, 'b'.repeat(64))];
    expect(answersOf({ ...minimal, deck }).deck).toEqual(deck);
  });

  it('refuses another type, a larger file and too many files, naming the file', () => {
    expect(
      errorsOf({
        ...minimal,
        deck: [file('run.exe'), file('big.pdf', 5 * MB + 1, 'c'.repeat(64))],
      }),
    ).toEqual([
      {
        questionId: 'deck',
        code: 'programs.answer.file_type',
        params: { fileName: 'run.exe', types: 'PDF, PPTX' },
      },
      {
        questionId: 'deck',
        code: 'programs.answer.file_too_large',
        params: { fileName: 'big.pdf', maxMb: 5 },
      },
    ]);
    const many = Array.from({ length: FILES_PER_QUESTION_MAX + 1 }, (_, i) =>
      file(`f${i}.pdf`, 10, i.toString(16).padStart(64, '0')),
    );
    expect(codes({ ...minimal, deck: many })).toEqual(['deck:programs.answer.too_many_files']);
  });

  it('counts the same stored file once and refuses malformed references', () => {
    expect(answersOf({ ...minimal, deck: [file('a.pdf'), file('a.pdf')] }).deck).toHaveLength(1);
    for (const bad of [
      [file('a.pdf', 0)],
      [file('a.pdf', 10, 'xyz')],
      [file('   ')],
      ['a.pdf'],
      { fileName: 'a.pdf' },
    ]) {
      expect(codes({ ...minimal, deck: bad }), JSON.stringify(bad)).toEqual([
        'deck:programs.answer.invalid',
      ]);
    }
  });
});

describe('team members', () => {
  it('keeps named members, cleans their fields and drops empty rows', () => {
    const team = [
      { name: ' Nguyễn  Văn An ', role: 'CEO', email: 'an@example.vn' },
      { name: '', role: '', email: '' },
      { name: 'Trần Thị Bình', role: '' },
    ];
    expect(answersOf({ ...minimal, team }).team).toEqual([
      { name: 'Nguyễn Văn An', role: 'CEO', email: 'an@example.vn' },
      { name: 'Trần Thị Bình', role: '' },
    ]);
  });

  it('needs a name, a valid e-mail when given, and at most maxMembers', () => {
    expect(
      errorsOf({
        ...minimal,
        team: [
          { name: 'An', role: 'CTO' },
          { name: '', role: 'CFO', email: 'not-an-email' },
        ],
      }),
    ).toEqual([
      { questionId: 'team', code: 'programs.answer.member_name_required', params: { member: 2 } },
      { questionId: 'team', code: 'programs.answer.member_email', params: { member: 2 } },
    ]);
    const four = ['A', 'B', 'C', 'D'].map((name) => ({ name, role: '' }));
    expect(codes({ ...minimal, team: four })).toEqual(['team:programs.answer.too_many_members']);
    expect(codes({ ...minimal, team: [{ name: 'x'.repeat(201), role: '' }] })).toEqual([
      'team:programs.answer.member_too_long',
    ]);
    expect(codes({ ...minimal, team: 'An' })).toEqual(['team:programs.answer.invalid']);
  });
});

describe('properties over generated answers', () => {
  // A small deterministic generator: the same cases on every run.
  let state = 7;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const values: unknown[] = [
    undefined,
    '',
    ' ',
    'yes',
    'no',
    'patent',
    'x'.repeat(30),
    'Đà Nẵng\u0000',
    12,
    -1,
    2.5,
    '1.000',
    [],
    ['web'],
    ['web', 'tv'],
    [{ name: 'An', role: '' }],
    null,
    {},
  ];
  const ids = form.sections.flatMap((s) => s.questions.map((q) => q.id));

  it('a valid result only holds shown questions, and is itself valid and unchanged when checked again', () => {
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      // Mostly blank, so that a fair share of the cases is accepted.
      const input = Object.fromEntries(
        ids.map((id) => [id, next() < 0.6 ? undefined : pick(values)]),
      );
      const result = validateAnswers(form, input, { isFinal: next() < 0.5 });
      if (result.ok) accepted++;
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(ids).toContain(e.questionId);
        continue;
      }
      const again = validateAnswers(form, result.answers, { isFinal: false });
      expect(again).toEqual({ ok: true, answers: result.answers });
      if (result.answers.has_ip !== 'yes') {
        expect(result.answers).not.toHaveProperty('ip_detail');
        expect(result.answers).not.toHaveProperty('patent_no');
      }
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it('a submission is refused whenever a draft is, and a draft accepted whenever a submission is', () => {
    for (let i = 0; i < 500; i++) {
      const input = Object.fromEntries(ids.map((id) => [id, pick(values)]));
      const draft = validateAnswers(form, input, { isFinal: false });
      const final = validateAnswers(form, input, { isFinal: true });
      if (final.ok) expect(draft).toEqual(final);
      if (!draft.ok) expect(final.ok).toBe(false);
    }
  });
});

describe('catalog', () => {
  it('has every code in Vietnamese and English, with the same parameters', () => {
    for (const key of Object.keys(catalog.vi) as (keyof typeof catalog.vi)[]) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(catalog.en[key]), key).toEqual(params(catalog.vi[key]));
    }
  });
});
