// The sections the centre writes itself in a consolidated report — its overall assessment, the
// difficulties and the proposals — beside the tables the platform generates. They are posted with
// the report's form and stored in the issued description, so the issued report keeps them as
// written. Each non-empty line is a paragraph of the document, as official texts are set.
import type { Block } from '../../../platform/documents';
import type { FieldErrors } from '../../../platform/errors';
import { ZText } from '../../../platform/input/text-fields';

export const NARRATIVE_FIELDS = ['assessment', 'difficulties', 'proposals'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];
export type Narrative = Record<NarrativeField, string>;

const MAX_SECTION = 20_000;

/** The sections as written (cleaned); an error per section missing (the assessment) or too long. */
export function checkNarrative(
  input: Partial<Record<NarrativeField, string>>,
  errors: FieldErrors,
): Narrative {
  const narrative = { assessment: '', difficulties: '', proposals: '' };
  for (const field of NARRATIVE_FIELDS) {
    const parsed = ZText(MAX_SECTION).safeParse(input[field] ?? '');
    if (!parsed.success)
      errors[field] = { key: 'validation.tooLong', params: { max: MAX_SECTION } };
    else narrative[field] = parsed.data;
  }
  if (!errors.assessment && !narrative.assessment)
    errors.assessment = { key: 'plans.official.error.assessment' };
  return narrative;
}

const paragraphs = (text: string): Block[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', text: line }));

/** A section: the centre's text, then what the agencies reported (if any), else "Không có." */
function section(heading: string, text: string, reported: string[] = []): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: heading }, ...paragraphs(text)];
  if (reported.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Các cơ quan báo cáo:' });
    blocks.push({ type: 'list', style: 'dash', items: reported });
  }
  if (blocks.length === 1) blocks.push({ type: 'paragraph', text: 'Không có.' });
  return blocks;
}

/** The written sections as the report's closing parts, numbered from `first` (a Roman numeral). */
export function narrativeBlocks(
  narrative: Narrative,
  numerals: [string, string, string],
  reported: { difficulties: string[]; proposals: string[] } = { difficulties: [], proposals: [] },
): Block[] {
  return [
    ...section(`${numerals[0]}. ĐÁNH GIÁ CHUNG`, narrative.assessment),
    ...section(
      `${numerals[1]}. KHÓ KHĂN, VƯỚNG MẮC`,
      narrative.difficulties,
      reported.difficulties,
    ),
    ...section(`${numerals[2]}. ĐỀ XUẤT, KIẾN NGHỊ`, narrative.proposals, reported.proposals),
  ];
}
