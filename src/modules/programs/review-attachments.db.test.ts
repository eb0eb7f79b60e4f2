// A reviewer opens the files of the submission they score (issue 11, item 5): only the assigned
// reviewer gets them, and in a blind round under a neutral name, so the name the applicant gave
// a file (which often names them) is on neither the page nor the download.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { signIn } from '../../../test/support/actors';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { createReviewRound } from './services/rounds/create-review-round';
import { seedCallWithApplications, seedPerson } from './testing/call-fixture';

const ORIGINAL = 'Ke-hoach-Cong-ty-Nong-Nghiep-Xanh.pdf';
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const FORM = {
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án' },
      questions: [
        { id: 'name', kind: 'short_text', label: { vi: 'Tên dự án' }, isRequired: true },
        { id: 'plan', kind: 'file', label: { vi: 'Kế hoạch kinh doanh' }, types: ['pdf'] },
      ],
    },
  ],
};

describe.each(testEngines)('a reviewer’s attachments on %s', (engine) => {
  let t: TestApp;
  let assigned: BrowserSession;
  let unassigned: BrowserSession;
  let applicant: BrowserSession;
  let anonymous: BrowserSession;
  let roundId = '';
  let sheetPath = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);

  beforeAll(async () => {
    t = await createTestApp(engine);
    const f = await seedCallWithApplications(t, 'attachments');
    const app = f.apps[0]!;
    const { hash } = await t.deps.files.putPrivate(PDF);
    const answers = { name: 'Dự án 1', plan: [{ fileHash: hash, fileName: ORIGINAL, bytes: 52 }] };
    await q(
      `update programs_application_versions set form = $1, answers = $2 where application_id = $3`,
      [JSON.stringify(FORM), JSON.stringify(answers), app],
    );
    await q(
      `insert into programs_application_attachments
         (application_id, question_id, content_hash, original_name, kind, content_type, bytes, uploaded_by)
       values ($1, 'plan', $2, $3, 'pdf', 'application/pdf', $4, $5)`,
      [app, hash, ORIGINAL, PDF.length, f.applicant.id],
    );
    const round = await createReviewRound(
      t.deps,
      { actor: f.staffActor },
      {
        callId: f.call.id,
        kind: 'scoring',
        titleVi: 'Chấm kín',
        reviewersPerApplication: 1,
        isBlind: true,
        rubric: [
          { id: 'doi_moi', label: { vi: 'Đổi mới' }, weight: 1, scale: { min: 0, max: 10 } },
        ],
      },
    );
    if (!round.ok) throw new Error(JSON.stringify(round.fields));
    roundId = round.round.id;
    const reviewer = await seedPerson(t, 'chuyen-gia-tep', 'Chuyên gia Tệp');
    const other = await seedPerson(t, 'chuyen-gia-khac', 'Chuyên gia Khác');
    const [row] = await q<{ id: string }>(
      `insert into programs_review_assignments (round_id, application_id, reviewer_id, is_manual, created_by)
       values ($1, $2, $3, true, 'test') returning id`,
      [roundId, app, reviewer.user.id],
    );
    sheetPath = `/programs/reviews/${row!.id}`;
    assigned = await signIn(t, reviewer.user.email);
    unassigned = await signIn(t, other.user.email);
    applicant = await signIn(t, f.applicant.email);
    anonymous = new BrowserSession(t.app);
  });
  afterAll(() => t?.close());

  it('the assigned reviewer opens the file under a neutral name; its own name is nowhere', async () => {
    const page = await assigned.get(sheetPath);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain(ORIGINAL);
    expect(html).not.toContain('Nong-Nghiep-Xanh');
    expect(html).toContain(`href="${sheetPath}/attachments/1"`);
    expect(html).toContain('Tệp đính kèm 1.pdf');

    const res = await assigned.get(`${sheetPath}/attachments/1`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment;/);
    expect(disposition).toContain('filename="Tep dinh kem 1.pdf"');
    expect(decodeURIComponent(disposition)).toContain('Tệp đính kèm 1.pdf');
    res.headers.forEach((value) => expect(decodeURIComponent(value)).not.toContain('Nong'));
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('an unassigned reviewer, the applicant and a visitor get 404', async () => {
    for (const who of [unassigned, applicant, anonymous]) {
      const res = await who.get(`${sheetPath}/attachments/1`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('%PDF');
    }
    expect((await assigned.get(`${sheetPath}/attachments/2`)).status).toBe(404);
    expect((await assigned.get(`${sheetPath}/attachments/x`)).status).toBe(404);
  });

  it('an open round names the file as the applicant did', async () => {
    await q(`update programs_review_rounds set is_blind = false where id = $1`, [roundId]);
    expect(await (await assigned.get(sheetPath)).text()).toContain(ORIGINAL);
    const res = await assigned.get(`${sheetPath}/attachments/1`);
    expect(res.headers.get('content-disposition')).toContain(`filename="${ORIGINAL}"`);
  });
});
