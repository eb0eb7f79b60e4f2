import { describe, expect, it } from 'vitest';
import { ZCallForm } from '../../domain/call-form';
import { applyBuilderOp, draftOf, formInputOfDraft, newDraft, readDraft } from './form-builder';

const FORM = ZCallForm.parse({
  sections: [
    {
      id: 'team',
      title: { vi: 'Nhóm', en: 'Team' },
      questions: [
        {
          id: 'name',
          kind: 'short_text',
          label: { vi: 'Tên dự án' },
          isRequired: true,
          maxLength: 120,
        },
        {
          id: 'sector',
          kind: 'single_choice',
          label: { vi: 'Lĩnh vực' },
          options: [
            { value: 'ai', label: { vi: 'Trí tuệ nhân tạo', en: 'AI' } },
            { value: 'agri', label: { vi: 'Nông nghiệp', en: 'Agriculture' } },
          ],
        },
        {
          id: 'budget',
          kind: 'money_vnd',
          label: { vi: 'Kinh phí' },
          max: 2_000_000_000,
          showIf: { questionId: 'sector', anyOf: ['agri'] },
        },
        {
          id: 'deck',
          kind: 'file',
          label: { vi: 'Hồ sơ' },
          types: ['pdf', 'pptx'],
          maxBytes: 5 * 1024 * 1024,
        },
      ],
    },
  ],
});

/** The body a browser sends for a draft, as parseBody({ all: true }) gives it. */
function bodyOf(draft: ReturnType<typeof draftOf>) {
  const body: Record<string, string | string[]> = { sections: String(draft.length) };
  draft.forEach((s, i) => {
    body[`s${i}.id`] = s.id;
    body[`s${i}.titleVi`] = s.titleVi;
    body[`s${i}.titleEn`] = s.titleEn;
    body[`s${i}.questions`] = String(s.questions.length);
    s.questions.forEach((q, j) => {
      for (const [k, v] of Object.entries(q)) {
        if (k === 'isRequired') {
          if (v) body[`s${i}.q${j}.isRequired`] = 'yes';
        } else body[`s${i}.q${j}.${k}`] = v as string | string[];
      }
    });
  });
  return body;
}

describe('form builder', () => {
  it('round-trips a stored form through the page unchanged', () => {
    const draft = readDraft(bodyOf(draftOf(FORM)));
    const { input, errors } = formInputOfDraft(draft);
    expect(errors).toEqual({});
    expect(ZCallForm.parse(input)).toEqual(FORM);
  });

  it('adds, moves and removes questions and sections with fresh ids', () => {
    let draft = applyBuilderOp(draftOf(FORM), 'addQuestion:0');
    expect(draft[0]!.questions.map((q) => q.id)).toEqual([
      'name',
      'sector',
      'budget',
      'deck',
      'q1',
    ]);
    draft = applyBuilderOp(draft, 'upQuestion:0:4');
    expect(draft[0]!.questions.map((q) => q.id)).toEqual([
      'name',
      'sector',
      'budget',
      'q1',
      'deck',
    ]);
    draft = applyBuilderOp(draft, 'removeQuestion:0:0');
    draft = applyBuilderOp(draft, 'addSection');
    expect(draft.map((s) => s.id)).toEqual(['team', 'section1']);
    expect(draft[1]!.questions[0]!.id).toBe('q2');
    draft = applyBuilderOp(draft, 'upSection:1');
    expect(draft.map((s) => s.id)).toEqual(['section1', 'team']);
    // Out of range and unknown buttons change nothing.
    expect(applyBuilderOp(draft, 'upSection:0')).toEqual(draft);
    expect(applyBuilderOp(draft, 'explode:1')).toEqual(draft);
    expect(applyBuilderOp(draft, 'removeSection:0').map((s) => s.id)).toEqual(['team']);
  });

  it('points each message at its control', () => {
    const draft = newDraft();
    draft[0]!.questions[0]!.maxLength = 'nhiều';
    const { errors, input, controlOf } = formInputOfDraft(draft);
    expect(Object.keys(errors)).toEqual(['s0.q0.maxLength']);
    const parsed = ZCallForm.safeParse(input);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => controlOf(i.path.join('.')));
    expect(paths).toContain('s0.titleVi');
    expect(paths).toContain('s0.q0.labelVi');
  });

  it('reads a body with missing or absurd counts as an empty form, not an error', () => {
    expect(readDraft({})).toEqual([]);
    expect(readDraft({ sections: '999999' }).length).toBe(0);
    expect(readDraft({ sections: '2' }).length).toBe(2);
  });
});
