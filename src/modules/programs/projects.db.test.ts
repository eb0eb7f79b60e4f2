import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser } from '../../../test/support/actors';
import { testEngines } from '../../../test/support/db';
import { openDatabase, type Database } from '../../platform/db/client';
import { ANONYMOUS, type Actor } from '../../platform/authz';
import { createJobRunner, findJobByKey } from '../../platform/jobs';
import { createOrganization } from '../directory';
import { programsModule } from './index';
import { addBudgetLine } from './services/projects/add-project-budget-line';
import { createProgramme } from './services/programmes/create-programme';
import { createProject } from './services/projects/create-project';
import { reminderJobKey } from './services/projects/funded-project-rules';
import { recordDisbursement } from './services/projects/record-project-disbursement';
import { recordStep } from './services/projects/record-project-step';
import { reviewReport } from './services/reports/review-project-report';
import { storeProjectFiles, STEP_FILES } from './services/projects/project-files';
import { getProjectFile, projectDetail } from './services/projects/projects.queries';
import { saveMilestone } from './services/projects/save-project-milestone';
import { submitReport } from './services/reports/submit-project-report';

const NOW = new Date('2026-03-02T03:00:00Z');
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n');

describe.each(testEngines)('funded projects on %s', (engine) => {
  let t: TestApp;
  let staffActor: Actor;
  let founderActor: Actor;
  let programmeId: string;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const audit = () => ({ actor: staffActor });
  const db = () => t.deps.database.db;
  const userActor = (id: string, email: string, roles: string[]): Actor => ({
    kind: 'user',
    user: { id, name: email, email, locale: 'vi', twoFactorEnabled: false },
    roles: new Set(['member', ...roles]) as Actor extends { roles: infer R } ? R : never,
  });

  /** A directory organisation managed by an account organisation whose owner is the founder. */
  async function fundedOrganization(legalName: string, ownerId?: string) {
    const r = await createOrganization(
      db(),
      { actor: ANONYMOUS, label: 'test' },
      {
        kind: 'startup',
        legalName,
      },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    const account = `acc-${r.organization.slug}`;
    await q(`insert into identity_organizations (id, name, slug) values ($1, $2, $1)`, [
      account,
      legalName,
    ]);
    if (ownerId)
      await q(
        `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, 'owner')`,
        [`m-${account}`, account, ownerId],
      );
    await q(`update directory_organizations set managed_by = $1 where id = $2`, [
      account,
      r.organization.id,
    ]);
    return r.organization;
  }

  async function project(orgSlug: string, award = '2.000.000.000') {
    const r = await createProject(t.deps, audit(), {
      programmeId,
      organizationSlug: orgSlug,
      titleVi: 'Nền tảng chẩn đoán hình ảnh AI',
      awardVnd: award,
      durationMonths: '24',
    });
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.project;
  }

  const step = (projectId: string, kind: string, happenedOn: string, documentRef = 'QĐ-1') =>
    recordStep(t.deps, audit(), { projectId, kind: kind as never, happenedOn, documentRef });
  const pay = (projectId: string, kind: string, amountVnd: string, paidOn = '2026-04-01') =>
    recordDisbursement(t.deps, audit(), {
      projectId,
      kind: kind as never,
      amountVnd,
      paidOn,
      documentRef: 'UNC-7',
    });

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    const s = await createUser(t, { email: 'staff@projects.example', roles: ['staff'] });
    const f = await createUser(t, { email: 'founder@projects.example', name: 'Nhà Sáng Lập' });
    await createUser(t, { email: 'outsider@projects.example' });
    staffActor = userActor(s.id, s.email, ['staff']);
    founderActor = userActor(f.id, f.email, []);
    const p = await createProgramme(t.deps, audit(), {
      kind: 'funding',
      titleVi: 'SpeedUP 2026',
      fundingCapVnd: 2_000_000_000n,
      maxDurationMonths: 24,
    });
    if (!p.ok) throw new Error(JSON.stringify(p));
    programmeId = p.programme.id;
  });
  afterAll(() => t.close());

  it('refuses an award above the cap and a duration above the maximum, audits a creation', async () => {
    const org = await fundedOrganization(
      'Y Tế Số',
      founderActor.kind === 'user' ? founderActor.user.id : '',
    );
    const base = { organizationSlug: org.slug, titleVi: 'Dự án A', durationMonths: '12' };
    expect(
      await createProject(t.deps, audit(), { programmeId, ...base, awardVnd: '2.000.000.001' }),
    ).toEqual({ ok: false, reason: 'ABOVE_CAP', capVnd: 2_000_000_000n });
    expect(
      await createProject(t.deps, audit(), {
        programmeId,
        ...base,
        awardVnd: '1.000.000.000',
        durationMonths: '25',
      }),
    ).toEqual({ ok: false, reason: 'TOO_LONG', maxMonths: 24 });
    expect(
      await createProject(t.deps, audit(), { programmeId, ...base, awardVnd: '2 tỷ' }),
    ).toMatchObject({ ok: false, reason: 'INVALID', fields: { awardVnd: expect.anything() } });
    expect(
      await createProject(t.deps, audit(), {
        programmeId,
        ...base,
        organizationSlug: 'khong-co',
        awardVnd: '1.000.000.000',
      }),
    ).toMatchObject({ ok: false, fields: { organizationSlug: expect.anything() } });
    const created = await createProject(t.deps, audit(), {
      programmeId,
      ...base,
      awardVnd: '2.000.000.000',
    });
    expect(created).toMatchObject({ ok: true, project: { awardVnd: 2_000_000_000n, paidVnd: 0n } });
    const audits = await q(
      `select after from platform_audit_log where action = 'programs.project:create'`,
    );
    expect(audits).toHaveLength(1);
    // Not staff: the command does not exist for them.
    await expect(
      createProject(t.deps, { actor: founderActor }, { programmeId, ...base, awardVnd: '1' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the statutory chain in order, each step with its date, document and author', async () => {
    const org = await fundedOrganization('Nông Nghiệp Xanh');
    const p = await project(org.slug);
    expect(await step(p.id, 'agreement', '2026-03-10')).toMatchObject({
      ok: false,
      reason: 'PREVIOUS_STEP_MISSING',
      missing: 'council_decision',
    });
    expect(await step(p.id, 'council_decision', '2026-03-01', 'QĐ-12/HĐ')).toMatchObject({
      ok: true,
    });
    expect(await step(p.id, 'council_decision', '2026-03-01')).toMatchObject({
      reason: 'STEP_ALREADY_RECORDED',
    });
    expect(await step(p.id, 'agreement', '2026-02-28')).toMatchObject({
      reason: 'DATE_BEFORE_PREVIOUS_STEP',
      previous: 'council_decision',
    });
    expect(await pay(p.id, 'advance', '500.000.000')).toMatchObject({
      reason: 'PREVIOUS_STEP_MISSING',
      missing: 'agreement',
    });
    expect(await step(p.id, 'agreement', '2026-03-10', 'HĐ-05')).toMatchObject({ ok: true });
    expect(await pay(p.id, 'payment', '100.000.000')).toMatchObject({
      reason: 'PREVIOUS_STEP_MISSING',
      missing: 'advance',
    });
    expect(await pay(p.id, 'advance', '500.000.000', '2026-03-09')).toMatchObject({
      reason: 'DATE_BEFORE_PREVIOUS_STEP',
    });
    expect(await pay(p.id, 'advance', '600.000.000', '2026-03-15')).toMatchObject({
      ok: true,
      paidVnd: 600_000_000n,
    });
    expect(await pay(p.id, 'advance', '1', '2026-03-16')).toEqual({
      ok: false,
      reason: 'ADVANCE_ALREADY_PAID',
    });
    // Acceptance needs milestones, each with an accepted report.
    expect(await step(p.id, 'acceptance', '2026-12-01')).toMatchObject({
      reason: 'REPORTS_NOT_ACCEPTED',
    });
    const m = await saveMilestone({ ...t.deps, clock: () => NOW }, audit(), {
      projectId: p.id,
      title: 'Mẫu thử',
      deliverables: 'Bản mẫu chạy được',
      dueOn: '2026-06-30',
    });
    if (!m.ok) throw new Error(JSON.stringify(m));
    const member = userActor('nobody', 'x@x', []);
    await expect(
      submitReport(
        { ...t.deps, clock: () => NOW },
        { actor: member },
        { projectId: p.id, milestoneId: m.milestone.id, body: 'x' },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await q(
      `insert into identity_members (id, organization_id, user_id, role)
             select 'm-x', managed_by, $1, 'member' from directory_organizations where id = $2`,
      [founderActor.kind === 'user' ? founderActor.user.id : '', org.id],
    );
    const report = await submitReport(
      { ...t.deps, clock: () => NOW },
      { actor: founderActor },
      { projectId: p.id, milestoneId: m.milestone.id, body: 'Đã hoàn thành bản mẫu.' },
    );
    if (!report.ok) throw new Error(JSON.stringify(report));
    expect(await step(p.id, 'acceptance', '2026-12-01')).toMatchObject({
      reason: 'REPORTS_NOT_ACCEPTED',
    });
    expect(
      await reviewReport({ ...t.deps, clock: () => NOW }, audit(), {
        projectId: p.id,
        reportId: report.report.id,
        decision: 'changes',
      }),
    ).toMatchObject({ ok: false, reason: 'INVALID' });
    expect(
      await reviewReport({ ...t.deps, clock: () => NOW }, audit(), {
        projectId: p.id,
        reportId: report.report.id,
        decision: 'accept',
      }),
    ).toMatchObject({ ok: true, report: { status: 'accepted' } });
    expect(
      await reviewReport({ ...t.deps, clock: () => NOW }, audit(), {
        projectId: p.id,
        reportId: report.report.id,
        decision: 'accept',
      }),
    ).toEqual({ ok: false, reason: 'NOT_PENDING' });
    expect(await step(p.id, 'settlement', '2026-12-20')).toMatchObject({
      missing: 'acceptance',
    });
    expect(await step(p.id, 'acceptance', '2026-12-01', 'BB-NT-3')).toMatchObject({ ok: true });
    expect(await step(p.id, 'settlement', '2026-12-20', 'BB-TL-3')).toMatchObject({ ok: true });
    expect(await pay(p.id, 'payment', '1', '2026-12-21')).toEqual({
      ok: false,
      reason: 'PROJECT_CLOSED',
    });
    const steps = await q<{
      kind: string;
      happened_on: string;
      document_ref: string;
      recorded_by: string;
    }>(
      `select kind, happened_on::text, document_ref, recorded_by from programs_project_steps
       where project_id = $1 order by happened_on`,
      [p.id],
    );
    expect(steps.map((s) => [s.kind, s.happened_on, s.document_ref])).toEqual([
      ['council_decision', '2026-03-01', 'QĐ-12/HĐ'],
      ['agreement', '2026-03-10', 'HĐ-05'],
      ['advance', '2026-03-15', 'UNC-7'],
      ['acceptance', '2026-12-01', 'BB-NT-3'],
      ['settlement', '2026-12-20', 'BB-TL-3'],
    ]);
    expect(new Set(steps.map((s) => s.recorded_by))).toEqual(
      new Set([staffActor.kind === 'user' ? staffActor.user.id : '']),
    );
    const [closed] = await q(`select status from programs_projects where id = $1`, [p.id]);
    expect(closed?.status).toBe('closed');
  });

  it('never pays more than the award, even with payments recorded at the same moment', async () => {
    const org = await fundedOrganization('Giáo Dục Mở');
    const p = await project(org.slug, '1.000.000.000');
    await step(p.id, 'council_decision', '2026-03-01');
    await step(p.id, 'agreement', '2026-03-02');
    expect(await pay(p.id, 'advance', '300.000.000', '2026-03-03')).toMatchObject({ ok: true });
    expect(
      await addBudgetLine(t.deps, audit(), {
        projectId: p.id,
        label: 'Nhân công',
        amountVnd: '800.000.000',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await addBudgetLine(t.deps, audit(), {
        projectId: p.id,
        label: 'Thiết bị',
        amountVnd: '300.000.000',
      }),
    ).toEqual({ ok: false, reason: 'BUDGET_ABOVE_AWARD', remainingVnd: 200_000_000n });
    // Two staff, each from their own connection on PostgreSQL, pay 7 × 150,000,000 at once:
    // 700,000,000 remain, so exactly four payments fit.
    const other: Database =
      engine === 'postgres' ? await openDatabase({ databaseUrl: t.database.url! }) : t.database;
    try {
      const results = await Promise.all(
        Array.from({ length: 7 }, (_, i) =>
          recordDisbursement(i % 2 ? { ...t.deps, database: other } : t.deps, audit(), {
            projectId: p.id,
            kind: 'payment',
            amountVnd: '150.000.000',
            paidOn: '2026-05-01',
            documentRef: `UNC-${i}`,
          }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(4);
      expect(results.filter((r) => !r.ok).map((r) => r.reason)).toEqual([
        'EXCEEDS_AWARD',
        'EXCEEDS_AWARD',
        'EXCEEDS_AWARD',
      ]);
    } finally {
      if (other !== t.database) await other.close();
    }
    const [row] = await q<{ paid: string; sum: string }>(
      `select p.paid_vnd::text as paid, (select sum(amount_vnd) from programs_project_disbursements d
        where d.project_id = p.id)::text as sum from programs_projects p where p.id = $1`,
      [p.id],
    );
    expect(row).toEqual({ paid: '900000000', sum: '900000000' });
    expect(await pay(p.id, 'payment', '100.000.001')).toEqual({
      ok: false,
      reason: 'EXCEEDS_AWARD',
      remainingVnd: 100_000_000n,
    });
    // The row's check holds even against a writer that skips the command.
    await expect(
      q(`update programs_projects set paid_vnd = award_vnd + 1 where id = $1`, [p.id]),
    ).rejects.toThrow();
  });

  it('reminds the organisation before a milestone is due: moved with the date, not once reported', async () => {
    const founderId = founderActor.kind === 'user' ? founderActor.user.id : '';
    const org = await fundedOrganization('Du Lịch Thông Minh', founderId);
    const p = await project(org.slug, '500.000.000');
    await step(p.id, 'council_decision', '2026-03-01');
    await step(p.id, 'agreement', '2026-03-02');
    await pay(p.id, 'advance', '100.000.000', '2026-03-03');
    const save = (dueOn: string, target: { milestoneId?: string; expectedVersion?: number } = {}) =>
      saveMilestone(t.deps, audit(), {
        projectId: p.id,
        ...target,
        title: 'Báo cáo giữa kỳ',
        dueOn,
      });
    const first = await save('2026-06-30');
    const second = await save('2026-07-31');
    if (!first.ok || !second.ok) throw new Error('milestones');
    const job = await findJobByKey(db(), reminderJobKey(first.milestone.id));
    // 08:00 in Vietnam seven days before.
    expect(job?.runAt).toEqual(new Date('2026-06-23T01:00:00Z'));
    const moved = await save('2026-07-15', { milestoneId: first.milestone.id, expectedVersion: 1 });
    expect(moved).toMatchObject({ ok: true, milestone: { dueOn: '2026-07-15', version: 2 } });
    expect(
      await save('2026-07-20', { milestoneId: first.milestone.id, expectedVersion: 1 }),
    ).toMatchObject({ ok: false, reason: 'CONFLICT' });
    expect((await findJobByKey(db(), reminderJobKey(first.milestone.id)))?.runAt).toEqual(
      new Date('2026-07-08T01:00:00Z'),
    );
    // The second milestone is reported early: its reminder is never sent.
    expect(
      await submitReport(
        { ...t.deps, clock: () => NOW },
        { actor: founderActor },
        {
          projectId: p.id,
          milestoneId: second.milestone.id,
          body: 'Báo cáo sớm.',
          documentRef: 'BC-01',
        },
      ),
    ).toMatchObject({ ok: true });

    const runner = createJobRunner({
      db: db(),
      clock: t.deps.clock,
      handlers: programsModule.jobs!,
      deps: t.deps,
    });
    const reminders = () =>
      q<{ to: string; subject: string; text: string }>(
        `select "to", subject, text from platform_mail_outbox where template = 'programs.milestone-reminder'`,
      );
    t.setNow(new Date('2026-06-23T01:00:00Z'));
    await runner.runDue();
    expect(await reminders()).toHaveLength(0);
    t.setNow(new Date('2026-07-08T01:00:00Z'));
    await runner.runDue();
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'founder@projects.example' });
    expect(sent[0]?.subject).toContain('Báo cáo giữa kỳ');
    expect(sent[0]?.text).toContain('15/07/2026');
    expect(sent[0]?.text).toContain(`/account/projects/${p.id}`);
    t.setNow(new Date('2026-08-01T01:00:00Z'));
    await runner.runDue();
    expect(await reminders()).toHaveLength(1);
    t.setNow(NOW);
  });

  it('attaches signed documents to steps and the advance, shown in the chain and audited', async () => {
    const org = await fundedOrganization('Năng Lượng Sạch');
    const p = await project(org.slug, '800.000.000');
    /** A signed document as the step form posts it, checked and put in the private store. */
    const signed = async (name: string) => {
      const body = { 'step.file': new File([PDF], name) };
      const stored = await storeProjectFiles(t.deps.files, body, 'step.file', STEP_FILES);
      if (!stored.ok) throw new Error(JSON.stringify(stored));
      return stored.stored;
    };
    const decision = await recordStep(t.deps, audit(), {
      projectId: p.id,
      kind: 'council_decision',
      happenedOn: '2026-03-01',
      documentRef: 'QĐ-20',
      files: await signed('Quyết định 20.pdf'),
    });
    expect(decision).toMatchObject({ ok: true });
    await step(p.id, 'agreement', '2026-03-02');
    const advance = await recordDisbursement(t.deps, audit(), {
      projectId: p.id,
      kind: 'advance',
      amountVnd: '200.000.000',
      paidOn: '2026-03-03',
      documentRef: 'UNC-20',
      files: await signed('uy-nhiem-chi'),
    });
    expect(advance).toMatchObject({ ok: true });

    const detail = await projectDetail(t.deps, audit(), { project: p });
    const names = (kind: string) =>
      detail.chain.find((c) => c.kind === kind)?.files.map((f) => f.originalName);
    expect(names('council_decision')).toEqual(['Quyết định 20.pdf']);
    expect(names('agreement')).toEqual([]);
    // The advance's document is its disbursement's; a name without extension gets the kind's.
    expect(names('advance')).toEqual(['uy-nhiem-chi.pdf']);
    expect(detail.disbursements[0]?.files.map((f) => f.originalName)).toEqual(['uy-nhiem-chi.pdf']);
    const file = detail.chain[0]!.files[0]!;
    expect(await t.deps.files.readPrivate(file.contentHash)).toEqual(PDF);
    const [audited] = await q<{ after: { files: unknown } }>(
      `select after from platform_audit_log where action = 'programs.project:advance'
       and entity_id = $1`,
      [p.id],
    );
    expect(audited?.after.files).toEqual([{ name: 'uy-nhiem-chi.pdf', hash: file.contentHash }]);
    // A file is found only under its own project.
    const other = await project((await fundedOrganization('Khác Hẳn')).slug, '1.000.000');
    await expect(
      getProjectFile(t.deps, audit(), { project: other, fileId: file.id }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await getProjectFile(t.deps, audit(), { project: p, fileId: file.id })).toMatchObject({
      id: file.id,
    });
  });
});
