// Problem intake and scoping as an agency and the centre live it: the department drafts its
// problem (the problem, not the solution), the centre asks for a change, the department fixes it
// and the centre approves; every step kept as a version and audited. Only the owner's members and
// the centre see a problem; each side takes only its own steps; a stale edit gets 409.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { hiddenValue, managedOrganization } from './testing/fixtures';

const PROBLEMS = '/challenges/problems';

const problemForm = (fields: Record<string, string>, indicators: string[][] = []) => {
  const entries: [string, string][] = Object.entries(fields);
  for (const [name, unit, baseline, target] of indicators) {
    entries.push(
      ['indicatorName', name!],
      ['indicatorUnit', unit!],
      ['indicatorBaseline', baseline!],
      ['indicatorTarget', target!],
    );
  }
  return new URLSearchParams(entries).toString();
};
const post = (b: BrowserSession, path: string, body: string) =>
  b.send('POST', path, body, { 'content-type': 'application/x-www-form-urlencoded' });

const WAITING = ['Thời gian chờ khám trung bình', 'minutes', '95', '30'];

describe.each(testEngines)('problem intake and scoping on %s', (engine) => {
  let t: TestApp;
  let officer: BrowserSession;
  let colleague: BrowserSession;
  let centre: BrowserSession;
  let outsider: BrowserSession;
  let ownerId: string;
  let id: string;
  const rowOf = async () =>
    (
      await t.database.query<{ status: string; version: number; who_suffers: string }>(
        'select status, version, who_suffers from challenges_problems where id = $1',
        [id],
      )
    )[0]!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-12-01T02:00:00Z'));
    const a = await createUser(t, {
      email: 'can-bo@soyte.example',
      roles: ['agency'],
      name: 'Võ Minh Sở',
    });
    const b = await createUser(t, { email: 'dong-nghiep@soyte.example', name: 'Lê Đồng Nghiệp' });
    await createUser(t, {
      email: 'trung-tam@sokhcn.example',
      roles: ['staff'],
      name: 'Phạm Thu Trang',
    });
    const o = await createUser(t, { email: 'startup@example.vn' });
    const owner = await managedOrganization(
      t,
      { legalName: 'Sở Y tế Thành phố', kind: 'government_agency' },
      [a.id, b.id],
    );
    ownerId = owner.id;
    await managedOrganization(t, { legalName: 'Công ty CP Khởi Nghiệp', kind: 'startup' }, [o.id]);
    officer = await signIn(t, a.email);
    colleague = await signIn(t, b.email);
    centre = await signIn(t, 'trung-tam@sokhcn.example');
    outsider = await signIn(t, o.email);
  });
  afterAll(() => t.close());

  it('offers the form only to those who act for an agency or an enterprise', async () => {
    expect((await officer.get(`${PROBLEMS}/new`)).status).toBe(200);
    const refused = await outsider.get(`${PROBLEMS}/new`);
    expect(refused.status).toBe(303);
    expect(await (await outsider.get(PROBLEMS)).text()).toContain('chưa quản lý hồ sơ cơ quan');
    const forged = await post(
      outsider,
      `${PROBLEMS}/new`,
      problemForm({ ownerOrganizationId: ownerId, title: 'X' }),
    );
    expect(forged.status).toBe(303);
    expect(forged.headers.get('location')).toBe(PROBLEMS);
    expect((await t.database.query('select 1 from challenges_problems')).length).toBe(0);
    expect((await new BrowserSession(t.app).get(PROBLEMS)).status).toBe(302);
  });

  it('refuses indicators out of their unit’s range, keeping what was typed', async () => {
    const res = await post(
      officer,
      `${PROBLEMS}/new`,
      problemForm(
        { ownerOrganizationId: ownerId, title: 'Người bệnh chờ khám lâu', budgetVnd: '1.5tr' },
        [['Tỉ lệ hài lòng', 'percent', '60', '140']],
      ),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Nhập số tiền nguyên đồng');
    expect(html).toContain('Người bệnh chờ khám lâu');
    const again = await post(
      officer,
      `${PROBLEMS}/new`,
      problemForm({ ownerOrganizationId: ownerId, title: 'Người bệnh chờ khám lâu' }, [
        ['Tỉ lệ hài lòng', 'percent', '60', '140'],
      ]),
    );
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('Tỉ lệ phần trăm phải từ 0 đến 100.');
    expect((await t.database.query('select 1 from challenges_problems')).length).toBe(0);
  });

  it('saves a draft only the owner’s members and the centre can see', async () => {
    const res = await post(
      officer,
      `${PROBLEMS}/new`,
      problemForm({
        ownerOrganizationId: ownerId,
        title: 'Người bệnh chờ khám lâu',
        sector: 'healthtech',
        budgetVnd: '1.500.000.000',
      }),
    );
    expect(res.status).toBe(303);
    id = /problems\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')![1]!;
    expect(await (await officer.get(res.headers.get('location')!)).text()).toContain(
      'Đã lưu bản nháp bài toán.',
    );
    expect((await colleague.get(`${PROBLEMS}/${id}`)).status).toBe(200);
    expect((await centre.get(`${PROBLEMS}/${id}`)).status).toBe(200);
    expect((await outsider.get(`${PROBLEMS}/${id}`)).status).toBe(404);
    expect(await (await outsider.get(PROBLEMS)).text()).not.toContain('Người bệnh chờ khám lâu');
    expect(await (await colleague.get(PROBLEMS)).text()).toContain('Người bệnh chờ khám lâu');
  });

  it('will not send an incomplete problem to the centre', async () => {
    const res = await post(officer, `${PROBLEMS}/${id}/step`, 'step=submit&version=1');
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Cần trả lời câu hỏi này trước khi gửi Trung tâm.');
    expect(html).toContain('Cần ít nhất một chỉ số thành công');
    expect((await rowOf()).status).toBe('draft');
  });

  it('keeps the first of two edits made from the same version and answers the second 409', async () => {
    const full = {
      title: 'Người bệnh chờ khám lâu',
      whoSuffers: 'Người bệnh tại 22 bệnh viện quận, khoảng 40.000 lượt mỗi ngày.',
      currentProcess: 'Lấy số thứ tự tại quầy, chờ gọi tên.',
      evidence: 'Khảo sát 2025: thời gian chờ trung bình 95 phút.',
      timeline: 'Thử nghiệm quý 2/2027.',
      version: '1',
    };
    const first = await post(officer, `${PROBLEMS}/${id}`, problemForm(full, [WAITING]));
    expect(first.status).toBe(303);
    const stale = await post(
      colleague,
      `${PROBLEMS}/${id}`,
      problemForm({ ...full, whoSuffers: 'Bệnh nhân ngoại trú.' }, [WAITING]),
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Người khác vừa lưu bài toán này.');
    expect(html).toContain('Bệnh nhân ngoại trú.');
    expect(hiddenValue(html, 'version')).toBe('2');
    expect(await rowOf()).toMatchObject({ version: 2, who_suffers: full.whoSuffers });
  });

  it('lets each side take only its own steps', async () => {
    expect((await post(centre, `${PROBLEMS}/${id}/step`, 'step=submit&version=2')).status).toBe(
      404,
    );
    expect((await post(officer, `${PROBLEMS}/${id}/step`, 'step=approve&version=2')).status).toBe(
      404,
    );
    expect((await post(outsider, `${PROBLEMS}/${id}/step`, 'step=withdraw&version=2')).status).toBe(
      404,
    );
    expect((await post(outsider, `${PROBLEMS}/${id}/comments`, 'body=Xin+xem')).status).toBe(404);
    expect(
      (await post(outsider, `${PROBLEMS}/${id}`, problemForm({ title: 'Chiếm', version: '2' })))
        .status,
    ).toBe(404);
    expect(await rowOf()).toMatchObject({ status: 'draft', version: 2 });
  });

  it('goes through scoping: submitted, changes requested with a comment, fixed, approved', async () => {
    expect((await post(officer, `${PROBLEMS}/${id}/step`, 'step=submit&version=2')).status).toBe(
      303,
    );
    const work = await (await centre.get('/admin')).text();
    expect(work).toContain('1 bài toán chờ rà soát');
    const bare = await post(
      centre,
      `${PROBLEMS}/${id}/step`,
      'step=request_changes&version=3&comment=',
    );
    expect(bare.status).toBe(422);
    expect(await bare.text()).toContain('Hãy nêu nội dung cần chỉnh sửa.');
    const asked = await post(
      centre,
      `${PROBLEMS}/${id}/step`,
      'step=request_changes&version=3&comment=B%E1%BB%95+sung+d%E1%BB%AF+li%E1%BB%87u+theo+qu%E1%BA%ADn',
    );
    expect(asked.status).toBe(303);
    const page = await (await officer.get(`${PROBLEMS}/${id}`)).text();
    expect(page).toContain('Bổ sung dữ liệu theo quận');
    expect(page).toContain('Cần chỉnh sửa');
    expect(await (await officer.get('/account')).text()).toContain('1 bài toán cần chỉnh sửa');
    const fixed = await post(
      officer,
      `${PROBLEMS}/${id}`,
      problemForm(
        {
          title: 'Người bệnh chờ khám lâu',
          whoSuffers: 'Người bệnh tại 22 bệnh viện quận.',
          currentProcess: 'Lấy số tại quầy.',
          evidence: 'Số liệu chờ khám từng quận, 2025.',
          timeline: 'Quý 2/2027.',
          isConfidential: 'on',
          version: '4',
        },
        [WAITING],
      ),
    );
    expect(fixed.status).toBe(303);
    expect((await post(officer, `${PROBLEMS}/${id}/step`, 'step=submit&version=5')).status).toBe(
      303,
    );
    expect((await post(centre, `${PROBLEMS}/${id}/step`, 'step=approve&version=5')).status).toBe(
      409,
    );
    expect((await post(centre, `${PROBLEMS}/${id}/step`, 'step=approve&version=6')).status).toBe(
      303,
    );
    expect(await rowOf()).toMatchObject({ status: 'approved', version: 7 });
  });

  it('locks an approved problem and keeps every version, audited', async () => {
    const late = await post(
      officer,
      `${PROBLEMS}/${id}`,
      problemForm({ title: 'Khác', version: '7' }),
    );
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('không sửa được nữa');
    const versions = await t.database.query<{ version: number; action: string; status: string }>(
      'select version, action, status from challenges_problem_versions where problem_id = $1 order by version',
      [id],
    );
    expect(versions.map((v) => v.action)).toEqual([
      'create',
      'edit',
      'submit',
      'request_changes',
      'edit',
      'submit',
      'approve',
    ]);
    const audit = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where entity_id = $1 order by at`,
      [id],
    );
    expect(audit.map((a) => a.action)).toContain('challenges.problem:approve');
    const page = await (await centre.get(`${PROBLEMS}/${id}`)).text();
    expect(page).toContain('Phiên bản 7: phê duyệt — Phạm Thu Trang');
  });
});
