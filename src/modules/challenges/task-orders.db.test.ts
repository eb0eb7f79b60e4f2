// The đặt hàng path as the centre walks it when a challenge's winner will carry out a
// state-funded S&T task: the order is opened once; each step — proposal, the advisory council's
// minutes, direct assignment, contract, acceptance — is recorded once, in order, never dated
// before the one before, with its number and its signed document (checked by its bytes) and who
// recorded it; a form read before someone else's step is refused (409); two staff recording one
// step at once store one; every step is audited; the council's minutes and the decision come
// back from their DOCX (mammoth) with the recorded numbers, members and performer. Nobody but
// the centre finds any of it.
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Actor, Role } from '../../platform/authz';
import { acceptAgreement } from './services/accept-agreement';
import { takeProblemStep } from './services/problem-workflow';
import { publishChallenge } from './services/publish-challenge';
import { createProblem } from './services/save-problem';
import { hiddenValue, managedOrganization } from './testing/fixtures';

const NOW = new Date('2027-03-01T02:00:00Z');
const DAY = 86_400_000;
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const actorOf = (u: { id: string; email: string }, roles: Role[] = []): Actor => ({
  kind: 'user',
  user: { id: u.id, name: u.email, email: u.email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set<Role>(['member', ...roles]),
});

const ORDER_FIELDS = {
  taskName: 'Nghiên cứu hệ thống đặt lịch khám thông minh cho bệnh viện tuyến tỉnh',
  objectives: 'Giảm thời gian chờ khám xuống dưới 30 phút.',
  expectedResults: 'Phần mềm đặt lịch; quy trình vận hành; báo cáo đánh giá.',
  budgetVnd: '1.500.000.000',
  durationMonths: '18',
  issuerParent: 'UBND tỉnh Lâm Đồng',
  issuerName: 'Sở Khoa học và Công nghệ',
  place: 'Lâm Đồng',
  signerPosition: 'Giám đốc',
  signerName: 'Nguyễn Văn Hùng',
};
const MEMBERS = [
  'PGS.TS. Trần Văn Minh; Chủ tịch Hội đồng',
  'TS. Lê Thị Hoa; Ủy viên phản biện',
  'ThS. Phạm Quốc Anh; Ủy viên',
  'BS. Ngô Thanh Tâm; Ủy viên',
  'CN. Đỗ Hải Yến; Thư ký',
].join('\n');

describe.each(testEngines)('S&T task orders on %s', (engine) => {
  let t: TestApp;
  let centre: BrowserSession;
  let colleague: BrowserSession;
  let officer: BrowserSession;
  let founder: BrowserSession;
  let page: string;
  let startupId: string;
  let bystanderId: string;
  let staffId: string;

  const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);
  const stepCount = async () =>
    (await q<{ n: number }>('select count(*)::int as n from challenges_task_order_steps'))[0]!.n;
  const versionOf = async (b: BrowserSession) =>
    hiddenValue(await (await b.get(page)).text(), 'version');
  function step(
    b: BrowserSession,
    fields: Record<string, string>,
    file: [Uint8Array, string] | null = [PDF, 'van-ban-da-ky.pdf'],
  ) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([new Uint8Array(file[0])]), file[1]);
    return b.postMultipart(`${page}/steps`, form);
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    const staff = await createUser(t, {
      email: 'dat-hang@sokhcn.example',
      name: 'Trần Thu Hà',
      roles: ['staff'],
    });
    const staff2 = await createUser(t, { email: 'dong-nghiep@sokhcn.example', roles: ['staff'] });
    const officerUser = await createUser(t, { email: 'can-bo@soyte.example', roles: ['agency'] });
    const founderUser = await createUser(t, { email: 'founder@lich-kham.example' });
    const owner = await managedOrganization(
      t,
      { legalName: 'Sở Y tế tỉnh Lâm Đồng', kind: 'government_agency' },
      [officerUser.id],
    );
    const startup = await managedOrganization(
      t,
      { legalName: 'Công ty CP Lịch Khám Thông Minh', kind: 'startup' },
      [founderUser.id],
    );
    const bystander = await managedOrganization(
      t,
      { legalName: 'Công ty TNHH Không Tham Gia', kind: 'startup' },
      [],
    );
    startupId = startup.id;
    staffId = staff.id;
    bystanderId = bystander.id;
    const officerActing = { actor: actorOf(officerUser) };
    const centreActing = { actor: actorOf(staff, ['staff']) };
    const problem = await createProblem(t.deps, officerActing, {
      ownerOrganizationId: owner.id,
      title: 'Người bệnh chờ khám quá lâu',
      sector: 'healthtech',
      whoSuffers: 'Người bệnh ở bệnh viện tuyến tỉnh.',
      currentProcess: 'Xếp hàng lấy số.',
      evidence: 'Thời gian chờ trung bình 95 phút.',
      timeline: 'Năm 2027.',
      indicators: [{ name: 'Thời gian chờ khám', unit: 'minutes', baseline: 95, target: 30 }],
    });
    if (!problem.ok) throw new Error(JSON.stringify(problem));
    await takeProblemStep(t.deps, officerActing, {
      id: problem.problem.id,
      version: 1,
      step: 'submit',
    });
    await takeProblemStep(t.deps, centreActing, {
      id: problem.problem.id,
      version: 2,
      step: 'approve',
    });
    const published = await publishChallenge(t.deps, centreActing, {
      problemId: problem.problem.id,
      title: 'Đặt lịch khám thông minh',
      summary: 'Đặt lịch và điều phối người bệnh.',
      rewards: [{ kind: 'contract', description: 'Nhiệm vụ KH&CN đặt hàng' }],
      agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
      opensAt: new Date(NOW.getTime() - 60 * DAY),
      closesAt: new Date(NOW.getTime() + 30 * DAY),
    });
    if (!published.ok) throw new Error(JSON.stringify(published));
    page = `/admin/challenges/challenges/${published.challenge.slug}/task-order`;
    const accepted = await acceptAgreement(
      t.deps,
      { actor: actorOf(founderUser) },
      { slug: published.challenge.slug, organizationId: startup.id, agreementVersion: 1 },
    );
    expect(accepted).toMatchObject({ ok: true });
    centre = await signIn(t, staff.email);
    colleague = await signIn(t, staff2.email);
    officer = await signIn(t, officerUser.email);
    founder = await signIn(t, founderUser.email);
  });
  afterAll(() => t.close());

  it('exists for the centre only', async () => {
    expect((await officer.get(page)).status).toBe(404);
    expect((await founder.get(page)).status).toBe(404);
    expect((await founder.post(page, ORDER_FIELDS)).status).toBe(404);
    const own = await (await centre.get(page)).text();
    expect(own).toContain('<label for="taskName">Tên nhiệm vụ');
    expect(await q('select 1 from challenges_task_orders')).toHaveLength(0);
  });

  it('opens the order once, refusing a form that misses what the decision needs', async () => {
    const missing = await centre.post(page, {
      ...ORDER_FIELDS,
      signerName: '',
      budgetVnd: '1,5 tỷ',
    });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain(ORDER_FIELDS.objectives);
    const noSigner = await centre.post(page, { ...ORDER_FIELDS, signerName: '' });
    expect(noSigner.status).toBe(422);
    expect(await noSigner.text()).toContain('href="#signerName"');
    expect((await centre.post(page, ORDER_FIELDS)).status).toBe(303);
    const twice = await centre.post(page, ORDER_FIELDS);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('Thách thức này đã có hồ sơ đặt hàng.');
    const rows = await q<{ budget_vnd: string; version: number }>(
      'select budget_vnd::text, version from challenges_task_orders',
    );
    expect(rows).toEqual([{ budget_vnd: '1500000000', version: 1 }]);
  });

  it('records the proposal only with a signed document, checked by its bytes', async () => {
    const version = await versionOf(centre);
    const proposal = {
      kind: 'proposal',
      version,
      happenedOn: '2027-01-10',
      documentNumber: '45/SYT-KHTC',
    };
    const none = await step(centre, proposal, null);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Vui lòng đính kèm văn bản đã ký.');
    const exe = await step(centre, proposal, [EXE, 'de-xuat.pdf']);
    expect(exe.status).toBe(422);
    expect(await exe.text()).toContain('de-xuat.pdf');
    expect(await stepCount()).toBe(0);
    const early = await step(centre, { ...proposal, kind: 'contract' });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('bước trước chưa được ghi nhận');
    expect(await stepCount()).toBe(0);
    expect((await step(centre, proposal, [PDF, 'Đề xuất đặt hàng.pdf'])).status).toBe(303);
    const [row] = await q<{
      step: string;
      kind: string;
      recorder_name: string;
      uploaded_by: string;
    }>('select step, kind, recorder_name, uploaded_by from challenges_task_order_steps');
    expect(row).toMatchObject({
      step: 'proposal',
      kind: 'pdf',
      recorder_name: 'Trần Thu Hà',
      uploaded_by: staffId,
    });
    const shown = await (await centre.get(page)).text();
    expect(shown).toContain('45/SYT-KHTC');
    expect(shown).toContain('10/01/2027');
    expect(shown).toContain('Đề xuất đặt hàng.pdf');
    expect(shown).toContain('<td>Trần Thu Hà</td>');
    expect(shown).toContain('Ghi nhận bước tiếp theo: Hội đồng tư vấn xác định nhiệm vụ');
  });

  it('refuses a form read before the last step, a council dated before the proposal or too small', async () => {
    const council = {
      kind: 'council',
      version: '1',
      happenedOn: '2027-02-02',
      documentNumber: '05/BB-HĐTV',
      councilMembers: MEMBERS,
      councilConclusion:
        'Hội đồng thống nhất đề nghị đặt hàng nhiệm vụ.\nGiao trực tiếp cho đơn vị thắng cuộc.',
    };
    const stale = await step(centre, council);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('vừa được người khác cập nhật');
    const version = await versionOf(centre);
    const early = await step(centre, { ...council, version, happenedOn: '2027-01-09' });
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('không được trước ngày của bước trước');
    const small = await step(centre, {
      ...council,
      version,
      councilMembers: 'A; Chủ tịch\nB; Thư ký',
    });
    expect(small.status).toBe(422);
    expect(await small.text()).toContain('Hội đồng cần ít nhất 3 thành viên.');
    expect(await stepCount()).toBe(1);
    expect((await step(centre, { ...council, version })).status).toBe(303);
  });

  it("gives the council's minutes as DOCX in the official layout", async () => {
    const res = await centre.get(`${page}/minutes.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('bien-ban-hoi-dong-tu-van');
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await res.arrayBuffer()),
    });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 05/BB-HĐTV');
    expect(text).toContain('Lâm Đồng, ngày 02 tháng 02 năm 2027');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toMatch(/TS\. Lê Thị Hoa\s*Ủy viên phản biện/);
    expect(text).toContain('Đề xuất đặt hàng số 45/SYT-KHTC ngày 10/01/2027');
    expect(text).toContain(`Tên nhiệm vụ: ${ORDER_FIELDS.taskName}`);
    expect(text).toContain('1.500.000.000 đồng');
    expect(text).toContain('Giao trực tiếp cho đơn vị thắng cuộc.');
    expect(text).toContain('CHỦ TỊCH HỘI ĐỒNG');
    expect(text).toContain('PGS.TS. Trần Văn Minh');
    // The decision exists once the selection is recorded.
    expect((await centre.get(`${page}/decision.docx`)).status).toBe(404);
    expect((await officer.get(`${page}/minutes.docx`)).status).toBe(404);
  });

  it('names as performer only a solver that accepted the agreement, then the decision', async () => {
    const version = await versionOf(centre);
    const selection = {
      kind: 'selection',
      version,
      happenedOn: '2027-02-20',
      documentNumber: '12/QĐ-SKHCN',
      selectionMode: 'direct_assignment',
      performerOrganizationId: bystanderId,
    };
    const outsider = await step(centre, selection);
    expect(outsider.status).toBe(422);
    expect(await outsider.text()).toContain('đã chấp nhận thoả thuận của thách thức');
    const noMode = await step(centre, {
      ...selection,
      selectionMode: 'xổ số',
      performerOrganizationId: startupId,
    });
    expect(noMode.status).toBe(422);
    expect((await step(centre, { ...selection, performerOrganizationId: startupId })).status).toBe(
      303,
    );
    const res = await centre.get(`${page}/decision.docx`);
    expect(res.status).toBe(200);
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await res.arrayBuffer()),
    });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('UBND TỈNH LÂM ĐỒNG');
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('Số: 12/QĐ-SKHCN');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain(
      'Căn cứ Biên bản họp Hội đồng tư vấn xác định nhiệm vụ số 05/BB-HĐTV ngày 02/02/2027',
    );
    expect(text).toContain(
      'Phê duyệt Công ty CP Lịch Khám Thông Minh chủ trì thực hiện nhiệm vụ khoa học và công nghệ đặt hàng theo phương thức giao trực tiếp',
    );
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Nguyễn Văn Hùng');
  });

  it('records one contract when two staff send it at once, then the acceptance closes the order', async () => {
    const version = await versionOf(centre);
    const contract = {
      kind: 'contract',
      version,
      happenedOn: '2027-03-01',
      documentNumber: '08/2027/HĐ-KHCN',
    };
    const both = await Promise.all([step(centre, contract), step(colleague, contract)]);
    expect(both.map((r) => r.status).sort()).toEqual([303, 409]);
    expect(await stepCount()).toBe(4);
    const acceptance = {
      kind: 'acceptance',
      version: await versionOf(centre),
      happenedOn: '2028-09-15',
      documentNumber: '101/QĐ-SKHCN',
    };
    expect((await step(centre, acceptance)).status).toBe(303);
    const [order] = await q<{ status: string; selection_mode: string }>(
      'select status, selection_mode from challenges_task_orders',
    );
    expect(order).toEqual({ status: 'accepted', selection_mode: 'direct_assignment' });
    const closed = await (await centre.get(page)).text();
    expect(closed).toContain('Nhiệm vụ đã được nghiệm thu');
    expect(closed).not.toContain('name="kind"');
    const [acceptedOrder] = await q<{ version: number }>(
      'select version from challenges_task_orders',
    );
    const again = await step(centre, { ...acceptance, version: String(acceptedOrder!.version) });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Bước này đã được ghi nhận.');
    const audit = await q<{ action: string }>(
      `select action from platform_audit_log where action like 'challenges.task_order:%' order by at`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'challenges.task_order:open',
      'challenges.task_order:proposal',
      'challenges.task_order:council',
      'challenges.task_order:selection',
      'challenges.task_order:contract',
      'challenges.task_order:acceptance',
    ]);
  });

  it('serves each signed document to the centre only', async () => {
    const [row] = await q<{ id: string }>(
      `select id from challenges_task_order_steps where step = 'proposal'`,
    );
    const link = `${page}/files/${row!.id}`;
    const res = await centre.get(link);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expect((await founder.get(link)).status).toBe(404);
    expect((await centre.get(`${page}/files/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
