// Maturity frameworks as data and the province's self-assessment against one: staff write the
// levels and criteria (ids kept across edits, blank rows dropped, stale forms 409), start a
// year's self-assessment once, save it with evidence files checked by content, and submit it —
// frozen with the framework's words of that day; nobody but staff sees any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { FrameworkLevel } from './domain/framework';
import { createAgency, type TestAgency } from './testing/fixtures';

const FRAMEWORKS = '/admin/plans/frameworks';
const ASSESSMENTS = '/admin/plans/assessments';
const pdf = (text: string): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

describe.each(testEngines)('assessment frameworks and self-assessments on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let officer: TestAgency;
  let frameworkId = '';
  let assessmentId = '';

  const framework = async () =>
    (
      await t.database.query<{ name: string; levels: FrameworkLevel[]; version: number }>(
        'select name, levels, version from plans_frameworks where id = $1',
        [frameworkId],
      )
    )[0]!;
  const assessment = async () =>
    (
      await t.database.query<{
        status: string;
        claimed_level: number | null;
        version: number;
        answers: Record<
          string,
          { isMet: boolean; note: string; evidence: { name: string; hash: string }[] }
        >;
        framework: { name: string; levels: FrameworkLevel[] } | null;
      }>(
        'select status, claimed_level, version, answers, framework from plans_assessments where id = $1',
        [assessmentId],
      )
    )[0]!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-11-20T03:00:00Z'));
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    officer = await createAgency(t, {
      name: 'Sở GD&ĐT',
      code: 'SGDĐT',
      officer: 'vp@sgddt.example',
    });
  });
  afterAll(() => t.close());

  it('creates a framework, then writes its levels and criteria from the rows of its form', async () => {
    const refused = await staff.post(FRAMEWORKS, { name: ' ', description: '' });
    expect(refused.status).toBe(422);
    const created = await staff.post(FRAMEWORKS, {
      name: 'Bộ tiêu chí hệ sinh thái khởi nghiệp',
      description: 'Hướng dẫn của Sở, 2026',
    });
    expect(created.status).toBe(303);
    frameworkId = /frameworks\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!;
    const saved = await staff.post(`${FRAMEWORKS}/${frameworkId}`, {
      version: '1',
      name: 'Bộ tiêu chí hệ sinh thái khởi nghiệp',
      description: 'Hướng dẫn của Sở, 2026',
      level_0_name: 'Mức 1 – hệ sinh thái mới hình thành',
      level_0_description: '',
      crit_0_0_id: '',
      crit_0_0_code: '',
      crit_0_0_text: 'Có đầu mối hỗ trợ khởi nghiệp',
      crit_0_1_id: 'forged-id',
      crit_0_1_code: '',
      crit_0_1_text: 'Có kế hoạch hỗ trợ khởi nghiệp được phê duyệt',
      crit_0_2_id: '',
      crit_0_2_code: '',
      crit_0_2_text: '',
      level_1_name: 'Mức 2 – cơ bản',
      level_1_description: 'Có mạng lưới',
      crit_1_0_id: '',
      crit_1_0_code: 'B1',
      crit_1_0_text: 'Có ít nhất một cơ sở ươm tạo',
      level_2_name: '',
      level_2_description: '',
      crit_2_0_id: '',
      crit_2_0_code: '',
      crit_2_0_text: '',
    });
    expect(saved.status).toBe(303);
    const { levels, version } = await framework();
    expect(version).toBe(2);
    expect(levels.map((l) => [l.rank, l.name, l.criteria.map((c) => c.code)])).toEqual([
      [1, 'Mức 1 – hệ sinh thái mới hình thành', ['1.1', '1.2']],
      [2, 'Mức 2 – cơ bản', ['B1']],
    ]);
    expect(levels[0]!.criteria[1]!.id).not.toBe('forged-id');
    const page = await (await staff.get(`${FRAMEWORKS}/${frameworkId}`)).text();
    expect(page).toContain('Có ít nhất một cơ sở ươm tạo');
    // The page offers empty rows: a new level and new criteria under each level.
    expect(page).toContain('name="level_2_name"');
    expect(page).toContain('name="crit_1_2_text"');
  });

  it('refuses a level without a name and a code given twice, and a stale form (409), changing nothing', async () => {
    const { levels } = await framework();
    const rows = (version: string, extra: Record<string, string>) => ({
      version,
      name: 'Bộ tiêu chí hệ sinh thái khởi nghiệp',
      description: '',
      level_0_name: levels[0]!.name,
      crit_0_0_id: levels[0]!.criteria[0]!.id,
      crit_0_0_code: '1.1',
      crit_0_0_text: 'Có đầu mối hỗ trợ khởi nghiệp (đã sửa lời)',
      ...extra,
    });
    const bad = await staff.post(
      `${FRAMEWORKS}/${frameworkId}`,
      rows('2', { level_1_name: '', crit_1_0_code: '1.1', crit_1_0_text: 'Trùng mã' }),
    );
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Mã tiêu chí 1.1 được dùng hai lần.');
    expect(html).toContain('Trùng mã');
    const stale = await staff.post(`${FRAMEWORKS}/${frameworkId}`, rows('1', {}));
    expect(stale.status).toBe(409);
    expect((await framework()).version).toBe(2);
  });

  it('starts a year once, refuses a bad year, and hides everything from non-staff', async () => {
    expect(
      (await staff.post(`${FRAMEWORKS}/${frameworkId}/assessments`, { year: '20' })).status,
    ).toBe(422);
    const first = await staff.post(`${FRAMEWORKS}/${frameworkId}/assessments`, { year: '2026' });
    const again = await staff.post(`${FRAMEWORKS}/${frameworkId}/assessments`, { year: '2026' });
    expect(first.status).toBe(303);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    assessmentId = /assessments\/([0-9a-f-]{36})/.exec(first.headers.get('location')!)![1]!;
    for (const path of [
      FRAMEWORKS,
      `${FRAMEWORKS}/${frameworkId}`,
      `${ASSESSMENTS}/${assessmentId}`,
    ])
      expect((await officer.officer!.get(path)).status).toBe(404);
    const post = await officer.officer!.post(`${ASSESSMENTS}/${assessmentId}`, {
      version: '1',
      intent: 'submit',
      claimedLevel: '1',
    });
    expect(post.status).toBe(404);
    expect((await assessment()).version).toBe(1);
  });

  const answerForm = (
    version: string,
    intent: string,
    files: [string, Uint8Array<ArrayBuffer>][],
  ) =>
    framework().then(({ levels }) => {
      const [c1, c2] = levels[0]!.criteria;
      const body = new FormData();
      for (const [name, value] of Object.entries({
        version,
        intent,
        claimedLevel: intent === 'submit' ? '1' : '',
        note: 'Tỉnh đạt mức 1.',
        [`criterion_${c1!.id}`]: '1',
        [`met_${c1!.id}`]: 'yes',
        [`note_${c1!.id}`]: 'Trung tâm Hỗ trợ khởi nghiệp là đầu mối.',
        [`criterion_${c2!.id}`]: '1',
        [`met_${c2!.id}`]: 'yes',
        [`note_${c2!.id}`]: 'Kế hoạch 15/KH-UBND.',
      }))
        body.append(name, value);
      for (const [name, bytes] of files) body.append(`evidence_${c1!.id}`, new File([bytes], name));
      return { body, c1: c1!, c2: c2! };
    });

  it('saves answers with evidence checked by content; submitting needs a level, then freezes it', async () => {
    const wrong = await answerForm('1', 'save', [
      ['quyet-dinh.pdf', new TextEncoder().encode('MZ not a pdf')],
    ]);
    const refused = await staff.postMultipart(`${ASSESSMENTS}/${assessmentId}`, wrong.body);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Trung tâm Hỗ trợ khởi nghiệp là đầu mối.');
    expect((await assessment()).version).toBe(1);

    const good = await answerForm('1', 'save', [['Quyết định thành lập.pdf', pdf('qd')]]);
    expect((await staff.postMultipart(`${ASSESSMENTS}/${assessmentId}`, good.body)).status).toBe(
      303,
    );
    const saved = await assessment();
    expect(saved.status).toBe('draft');
    expect(saved.answers[good.c1.id]!.evidence.map((e) => e.name)).toEqual([
      'Quyết định thành lập.pdf',
    ]);
    const file = await staff.get(
      `${ASSESSMENTS}/${assessmentId}/evidence/${saved.answers[good.c1.id]!.evidence[0]!.hash}`,
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf('qd'));

    const noLevel = await answerForm('2', 'save', []);
    noLevel.body.set('intent', 'submit');
    const unclaimed = await staff.postMultipart(`${ASSESSMENTS}/${assessmentId}`, noLevel.body);
    expect(unclaimed.status).toBe(422);
    expect(await unclaimed.text()).toContain('Chọn mức tự đánh giá trước khi nộp.');

    const submit = await answerForm('2', 'submit', []);
    expect((await staff.postMultipart(`${ASSESSMENTS}/${assessmentId}`, submit.body)).status).toBe(
      303,
    );
    const frozen = await assessment();
    expect(frozen.status).toBe('submitted');
    expect(frozen.claimed_level).toBe(1);
    expect(frozen.answers[good.c1.id]!.evidence).toHaveLength(1);
    expect(frozen.framework!.levels[0]!.criteria[0]!.text).toBe('Có đầu mối hỗ trợ khởi nghiệp');

    // A second click of the submit button, or any later save: 409, nothing moves.
    const twice = await answerForm('3', 'submit', []);
    expect((await staff.postMultipart(`${ASSESSMENTS}/${assessmentId}`, twice.body)).status).toBe(
      409,
    );
    expect((await assessment()).version).toBe(3);
  });

  it('shows the submitted self-assessment with the words of the day it was submitted', async () => {
    const { levels } = await framework();
    await staff.post(`${FRAMEWORKS}/${frameworkId}`, {
      version: '2',
      name: 'Bộ tiêu chí (sửa đổi)',
      description: '',
      level_0_name: levels[0]!.name,
      crit_0_0_id: levels[0]!.criteria[0]!.id,
      crit_0_0_code: '1.1',
      crit_0_0_text: 'Có tổ chức đầu mối được giao nhiệm vụ',
    });
    const page = await (await staff.get(`${ASSESSMENTS}/${assessmentId}`)).text();
    expect(page).toContain('Có đầu mối hỗ trợ khởi nghiệp');
    expect(page).not.toContain('Có tổ chức đầu mối được giao nhiệm vụ');
    expect(page).toContain('Quyết định thành lập.pdf');
    expect(page).not.toContain('name="claimedLevel"');
  });
});
