import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser } from '../../../test/support/actors';
import { testEngines } from '../../../test/support/db';
import { startMailbox, type Mailbox } from '../../../test/support/mailbox';
import type { Actor, Role } from '../../platform/authz';
import { ZCallForm } from './domain/call-form';
import { addCoEditor } from './services/co-editors/add-co-editor';
import { getApplication, getApplicationForm } from './services/applications/applications.queries';
import { storeUploads } from './services/applications/application-answers';
import { createCall } from './services/calls/create-call';
import { createProgramme } from './services/programmes/create-programme';
import { grantExtension } from './services/calls/grant-extension';
import { publishProgramme } from './services/programmes/publish-programme';
import { reopenApplication } from './services/applications/reopen-application';
import { saveDraft } from './services/applications/save-draft';
import { startApplication } from './services/applications/start-application';
import { saveAndSubmit, submitApplication } from './services/applications/submit-application';
import { withdrawApplication } from './services/applications/withdraw-application';
import { managedStartup } from './testing/applicant-fixture';

const FORM = ZCallForm.parse({
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án' },
      questions: [
        { id: 'name', kind: 'short_text', label: { vi: 'Tên dự án' }, isRequired: true },
        { id: 'pitch', kind: 'long_text', label: { vi: 'Giới thiệu' } },
        { id: 'deck', kind: 'file', label: { vi: 'Hồ sơ PDF' }, types: ['pdf'], maxBytes: 4096 },
      ],
    },
  ],
});

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n');
const FAKE_PDF = new TextEncoder().encode('MZ this is an executable, not a PDF');

describe.each(testEngines)('applications on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: Actor;
  let owner: Actor;
  let colleague: Actor;
  let outsider: Actor;
  let green: { id: string };
  let old: { id: string };
  let callId: string;
  const closesAt = new Date('2026-12-01T10:00:00Z');
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);

  async function account(email: string, roles: Role[] = []): Promise<Actor> {
    const u = await createUser(t, { email, roles, name: email.split('@')[0] });
    return {
      kind: 'user',
      user: { id: u.id, name: email, email, locale: 'vi', twoFactorEnabled: false },
      roles: new Set<Role>(['member', ...roles]),
    };
  }
  /** An account organisation with these members, managing a new directory profile. */
  const startup = (legalName: string, members: [Actor, string][], firstRegisteredOn?: string) =>
    managedStartup(
      t,
      legalName,
      members.map(([actor, role]) => [actor.kind === 'user' ? actor.user.id : '', role]),
      firstRegisteredOn,
    );

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { SMTP_URL: mailbox.url });
    staff = await account('staff@apply.example', ['staff']);
    owner = await account('owner@apply.example');
    colleague = await account('colleague@apply.example');
    outsider = await account('outsider@apply.example');
    green = await startup(
      'Nông Nghiệp Xanh',
      [
        [owner, 'owner'],
        [colleague, 'member'],
      ],
      '2024-03-01',
    );
    old = await startup('Công Ty Lâu Năm', [[outsider, 'owner']], '2010-01-01');
    const audit = { actor: staff };
    const p = await createProgramme(t.deps, audit, {
      kind: 'funding',
      titleVi: 'Chương trình SpeedUP 2026',
    });
    if (!p.ok) throw new Error('programme');
    await publishProgramme(t.deps, audit, {
      programmeId: p.programme.id,
      expectedVersion: p.programme.version,
    });
    const c = await createCall(t.deps, audit, {
      programmeId: p.programme.id,
      titleVi: 'Đợt 1 năm 2026',
      opensAt: new Date('2026-10-01T01:00:00Z'),
      closesAt,
      status: 'published',
      form: FORM,
      eligibility: { maxOrganizationAgeYears: 5, organizationKinds: ['startup'] },
    });
    if (!c.ok) throw new Error('call');
    callId = c.call.id;
    t.setNow(new Date('2026-11-01T00:00:00Z'));
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const start = (actor: Actor, organizationId: string) =>
    startApplication(t.deps, { actor }, { callId, organizationId });
  const appRow = async (id: string) =>
    (await q(`select * from programs_applications where id = $1`, [id]))[0]!;

  it('refuses an ineligible organisation with every reason, and starts one draft per organisation', async () => {
    const refused = await start(outsider, old.id);
    expect(refused).toMatchObject({
      ok: false,
      reason: 'NOT_ELIGIBLE',
      reasons: [{ code: 'programs.eligibility.too_old' }],
    });
    // Acting for an organisation the account has nothing to do with: it does not exist.
    await expect(start(outsider, green.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const first = await start(owner, green.id);
    expect(first).toMatchObject({ ok: true, isNew: true });
    const second = await start(colleague, green.id);
    expect(second).toMatchObject({ ok: true, isNew: false });
    if (!first.ok || !second.ok) throw new Error('start');
    expect(second.application.id).toBe(first.application.id);
    expect(await q(`select count(*)::int as n from programs_applications`)).toEqual([{ n: 1 }]);
  });

  it('refuses a stale draft save and loses nothing', async () => {
    const [app] = await q<{ id: string; version: number }>(`select * from programs_applications`);
    const base = { applicationId: app!.id, expectedVersion: app!.version };
    const tab1 = await saveDraft(
      t.deps,
      { actor: owner },
      { ...base, answers: { name: 'Tab 1', pitch: 'Mới hơn' } },
    );
    expect(tab1.ok).toBe(true);
    const tab2 = await saveDraft(
      t.deps,
      { actor: owner },
      { ...base, answers: { name: 'Tab 2 cũ' } },
    );
    expect(tab2).toMatchObject({
      ok: false,
      reason: 'STALE',
      current: { answers: { name: 'Tab 1' } },
    });
    expect((await appRow(app!.id)).answers).toEqual({ name: 'Tab 1', pitch: 'Mới hơn' });
    // A plain member who is not a co-editor reads it but may not edit it.
    const row = await appRow(app!.id);
    await expect(
      saveDraft(
        t.deps,
        { actor: colleague },
        { applicationId: app!.id, expectedVersion: row.version as number, answers: {} },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (
        await addCoEditor(
          t.deps,
          { actor: owner },
          { applicationId: app!.id, userId: colleague.kind === 'user' ? colleague.user.id : '' },
        )
      ).ok,
    ).toBe(true);
    // Told by e-mail, in their language, with the way to the form.
    const notice = await mailbox.latestTo('colleague@apply.example');
    expect(notice.subject).toBe('Bạn được thêm làm người cùng soạn hồ sơ: Đợt 1 năm 2026');
    expect(notice.text).toContain('đã thêm bạn làm người cùng soạn hồ sơ của Nông Nghiệp Xanh');
    expect(notice.text).toContain(`/programs/applications/${app!.id}/edit`);
    const byColleague = await saveDraft(
      t.deps,
      { actor: colleague },
      {
        applicationId: app!.id,
        expectedVersion: row.version as number,
        answers: { ...(row.answers as object), pitch: 'Đồng tác giả sửa' },
      },
    );
    expect(byColleague.ok).toBe(true);
  });

  it('hides an application from another organisation: 404 and rows unchanged', async () => {
    const [app] = await q<{ id: string; version: number }>(`select * from programs_applications`);
    const before = await appRow(app!.id);
    await expect(
      getApplication(t.deps, { actor: outsider }, { applicationId: app!.id }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      saveDraft(
        t.deps,
        { actor: outsider },
        { applicationId: app!.id, expectedVersion: app!.version, answers: { name: 'x' } },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      withdrawApplication(
        t.deps,
        { actor: outsider },
        { applicationId: app!.id, expectedVersion: app!.version },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      submitApplication(
        t.deps,
        { actor: outsider },
        { applicationId: app!.id, expectedVersion: app!.version, idempotencyKey: 'outsider-key-1' },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      reopenApplication(
        t.deps,
        { actor: outsider },
        { applicationId: app!.id, expectedVersion: app!.version },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await appRow(app!.id)).toEqual(before);
    // Staff read it.
    expect(
      (await getApplication(t.deps, { actor: staff }, { applicationId: app!.id })).access,
    ).toBe('staff');
  });

  it('refuses a file that is not what its name says, storing nothing', async () => {
    const refused = await storeUploads(t.deps.files, FORM, [
      { questionId: 'deck', name: 'ke-hoach.pdf', bytes: FAKE_PDF },
    ]);
    expect(refused).toMatchObject({
      ok: false,
      errors: [{ questionId: 'deck', code: 'programs.answer.file_type' }],
    });
    const tooLarge = await storeUploads(t.deps.files, FORM, [
      {
        questionId: 'deck',
        name: 'lon.pdf',
        bytes: new Uint8Array([...PDF, ...new Uint8Array(5000)]),
      },
    ]);
    expect(tooLarge).toMatchObject({
      ok: false,
      errors: [{ code: 'programs.answer.file_too_large' }],
    });
    const stored = await storeUploads(t.deps.files, FORM, [
      { questionId: 'deck', name: 'deck', bytes: PDF },
    ]);
    expect(stored).toMatchObject({ ok: true, stored: [{ fileName: 'deck.pdf', kind: 'pdf' }] });
    if (!stored.ok) return;
    expect(await t.deps.files.readPrivate(stored.stored[0]!.fileHash)).toEqual(PDF);
    // Private files are never served by the public route.
    expect((await t.app.request(`/files/${stored.stored[0]!.fileHash}.pdf`)).status).toBe(404);
    const [app] = await q<{ id: string; version: number; answers: Record<string, unknown> }>(
      `select * from programs_applications`,
    );
    const saved = await saveDraft(
      t.deps,
      { actor: owner },
      {
        applicationId: app!.id,
        expectedVersion: app!.version,
        answers: {
          ...app!.answers,
          deck: [{ fileHash: stored.stored[0]!.fileHash, fileName: 'deck.pdf', bytes: PDF.length }],
        },
        uploads: stored.stored,
      },
    );
    expect(saved.ok).toBe(true);
    expect(
      await q(`select original_name, kind, bytes from programs_application_attachments`),
    ).toEqual([{ original_name: 'deck.pdf', kind: 'pdf', bytes: PDF.length }]);
  });

  it('takes the last second, refuses at the deadline, and honours an extension', async () => {
    const [app] = await q<{ id: string; version: number }>(`select * from programs_applications`);
    const submit = (key: string, at: Date, version = app!.version) =>
      submitApplication(
        { ...t.deps, clock: () => at },
        { actor: owner },
        { applicationId: app!.id, expectedVersion: version, idempotencyKey: key },
      );
    const late = await submit('late-key-0001', closesAt);
    expect(late).toMatchObject({ ok: false, reason: 'CALL_CLOSED' });
    await grantExtension(
      { ...t.deps, clock: () => closesAt },
      { actor: staff },
      {
        callId,
        organizationId: green.id,
        closesAt: new Date(closesAt.getTime() + 3_600_000),
        reason: 'Mất điện',
      },
    );
    const extended = await submit('extended-key-01', new Date(closesAt.getTime() + 60_000));
    expect(extended).toMatchObject({ ok: true, versionNumber: 1, isReplay: false });
    // Undo it to try the plain last second on a second organisation below.
    expect((await appRow(app!.id)).receipt_number).toMatch(/^SPEEDUP-2026-000001$/);
  });

  it('makes one submission of a double click, a retry, or two concurrent submits', async () => {
    const org = await startup('Y Tế Số', [[owner, 'owner']], '2023-05-05');
    const started = await start(owner, org.id);
    if (!started.ok) throw new Error('start');
    const id = started.application.id;
    const version = started.application.version;
    const form = { applicationId: id, expectedVersion: version, answers: { name: 'Y tế từ xa' } };
    const lastSecond = new Date(closesAt.getTime() - 1000);
    // The receipts' jobs are due at the submissions' time, on the runner's clock too.
    t.setNow(lastSecond);
    const [a, b] = await Promise.all([
      saveAndSubmit(
        { ...t.deps, clock: () => lastSecond },
        { actor: owner },
        { ...form, idempotencyKey: 'double-click-1' },
      ),
      saveAndSubmit(
        { ...t.deps, clock: () => lastSecond },
        { actor: owner },
        { ...form, idempotencyKey: 'double-click-1' },
      ),
    ]);
    expect(a).toMatchObject({ ok: true, versionNumber: 1 });
    expect(b).toMatchObject({ ok: true, versionNumber: 1 });
    const retry = await saveAndSubmit(
      { ...t.deps, clock: () => lastSecond },
      { actor: owner },
      { ...form, idempotencyKey: 'double-click-1' },
    );
    expect(retry).toMatchObject({ ok: true, isReplay: true, versionNumber: 1 });
    // Two tabs, two keys, at the same time: one submission, the other told so.
    const other = await startup('Giáo Dục Mở', [[owner, 'owner']], '2023-05-05');
    const s2 = await start(owner, other.id);
    if (!s2.ok) throw new Error('start');
    await saveDraft(
      t.deps,
      { actor: owner },
      { applicationId: s2.application.id, expectedVersion: 1, answers: { name: 'Học mở' } },
    );
    const results = await Promise.all(
      ['tab-one-key-1', 'tab-two-key-2'].map((key) =>
        submitApplication(
          { ...t.deps, clock: () => lastSecond },
          { actor: owner },
          { applicationId: s2.application.id, expectedVersion: 2, idempotencyKey: key },
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)[0]).toMatchObject({ reason: 'ALREADY_SUBMITTED' });
    const versions = await q<{ application_id: string; n: number }>(
      `select application_id, count(*)::int as n from programs_application_versions where application_id in ($1, $2) group by application_id`,
      [id, s2.application.id],
    );
    expect(versions.map((v) => v.n)).toEqual([1, 1]);
    const receipts = await q<{ receipt_number: string }>(
      `select receipt_number from programs_applications where receipt_number is not null order by receipt_number`,
    );
    expect(receipts.map((r) => r.receipt_number)).toEqual([
      'SPEEDUP-2026-000001',
      'SPEEDUP-2026-000002',
      'SPEEDUP-2026-000003',
    ]);
    const mail = await mailbox.latestTo('owner@apply.example');
    expect(mail.subject).toContain('Đã nhận hồ sơ SPEEDUP-2026-00000');
    expect(mail.text).toContain('/programs/applications/');
    const sent = () =>
      q<{ n: number }>(
        `select count(*)::int as n from platform_mail_outbox where template = 'programs.application.submitted'`,
      );
    // One receipt for the double click, one for the two tabs (the extension's, due a minute
    // after the deadline on the runner's clock, is not sent yet).
    await expect.poll(sent).toEqual([{ n: 2 }]);
    // The sequence keeps counting past six digits.
    await q(`update programs_receipt_counters set last_number = 999999 where call_id = $1`, [
      callId,
    ]);
    const third = await startup('Thành Phố Số', [[owner, 'owner']], '2023-05-05');
    const s3 = await start(owner, third.id);
    if (!s3.ok) throw new Error('start');
    const millionth = await saveAndSubmit(
      { ...t.deps, clock: () => lastSecond },
      { actor: owner },
      {
        applicationId: s3.application.id,
        expectedVersion: 1,
        answers: { name: 'Số hoá' },
        idempotencyKey: 'millionth-key-1',
      },
    );
    expect(millionth).toMatchObject({
      ok: true,
      application: { receiptNumber: 'SPEEDUP-2026-1000000' },
    });
    await expect
      .poll(async () => (await mailbox.latestTo('owner@apply.example')).subject)
      .toContain('SPEEDUP-2026-1000000');
    t.setNow(new Date('2026-11-01T00:00:00Z'));
  });

  it('makes one submission of two posts of a form in flight at once, each read before either wrote', async () => {
    const org = await startup('Nước Sạch', [[owner, 'owner']], '2023-05-05');
    const started = await start(owner, org.id);
    if (!started.ok) throw new Error('start');
    const id = started.application.id;
    const at = new Date(closesAt.getTime() - 60_000);
    const deps = { ...t.deps, clock: () => at };
    const counter = async () =>
      (
        await q<{ last_number: number }>(
          `select last_number from programs_receipt_counters where call_id = $1`,
          [callId],
        )
      )[0]!.last_number;
    const numbersBefore = await counter();
    // As the form's post reads it before storing the upload.
    const read = () => getApplicationForm(t.deps, { actor: owner }, { applicationId: id });
    const [first, second] = await Promise.all([read(), read()]);
    const form = {
      applicationId: id,
      expectedVersion: started.application.version,
      answers: { name: 'Nước sạch' },
      idempotencyKey: 'water-key-0001',
    };
    const posts = await Promise.all([
      saveAndSubmit(deps, { actor: owner }, { ...form, checked: first }),
      saveAndSubmit(deps, { actor: owner }, { ...form, checked: second }),
    ]);
    expect(posts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ok: true, versionNumber: 1, isReplay: false }),
        expect.objectContaining({ ok: true, versionNumber: 1, isReplay: true }),
      ]),
    );
    // Another tab's Submit, its page loaded before: the application is submitted already.
    const otherTab = await saveAndSubmit(
      deps,
      { actor: owner },
      { ...form, idempotencyKey: 'water-key-0002', checked: first },
    );
    expect(otherTab).toMatchObject({ ok: false, reason: 'NOT_EDITABLE' });
    const written = (table: string, column: string) =>
      q<{ n: number }>(`select count(*)::int as n from ${table} where ${column} = $1`, [id]);
    expect(await written('programs_application_versions', 'application_id')).toEqual([{ n: 1 }]);
    expect(await written('programs_idempotency_keys', 'application_id')).toEqual([{ n: 1 }]);
    expect(
      await q(
        `select count(*)::int as n from platform_audit_log
          where entity_id = $1 and action = 'programs.application:submit'`,
        [id],
      ),
    ).toEqual([{ n: 1 }]);
    expect(
      await q(
        `select count(*)::int as n from platform_jobs
          where name = 'programs.receipt-mail' and payload->>'applicationId' = $1`,
        [id],
      ),
    ).toEqual([{ n: 1 }]);
    // The post that lost wrote nothing, not even a receipt number.
    expect(await counter()).toBe(numbersBefore + 1);
  });

  it('keeps both versions when staff reopen and the applicant amends', async () => {
    const [app] = await q<{ id: string; version: number }>(
      `select * from programs_applications where organization_id = $1`,
      [green.id],
    );
    const reopened = await reopenApplication(
      t.deps,
      { actor: staff },
      { applicationId: app!.id, expectedVersion: app!.version },
    );
    expect(reopened.ok).toBe(true);
    const row = await appRow(app!.id);
    // After the deadline and the extension: an amendment staff asked for is still taken.
    const later = new Date(closesAt.getTime() + 7 * 86_400_000);
    const amended = await saveAndSubmit(
      { ...t.deps, clock: () => later },
      { actor: owner },
      {
        applicationId: app!.id,
        expectedVersion: row.version as number,
        answers: { ...(row.answers as object), pitch: 'Bản bổ sung' },
        idempotencyKey: 'amend-key-0001',
      },
    );
    expect(amended).toMatchObject({ ok: true, versionNumber: 2 });
    const versions = await q<{ number: number; answers: { pitch?: string } }>(
      `select number, answers from programs_application_versions where application_id = $1 order by number`,
      [app!.id],
    );
    expect(versions.map((v) => [v.number, v.answers.pitch])).toEqual([
      [1, 'Đồng tác giả sửa'],
      [2, 'Bản bổ sung'],
    ]);
    expect((await appRow(app!.id)).receipt_number).toBe('SPEEDUP-2026-000001');
    // Each submission is audited with the version it froze.
    const frozen = await q<{ id: string }>(
      `select id from programs_application_versions where application_id = $1 order by number`,
      [app!.id],
    );
    expect(
      await q(
        `select action, after from platform_audit_log
          where entity_id = $1 and action in ('programs.application:submit', 'programs.application:amend')
          order by at`,
        [app!.id],
      ),
    ).toEqual([
      {
        action: 'programs.application:submit',
        after: { versionNumber: 1, versionId: frozen[0]!.id, formVersion: 1 },
      },
      {
        action: 'programs.application:amend',
        after: { versionNumber: 2, versionId: frozen[1]!.id, formVersion: 1 },
      },
    ]);
    const withdrawn = await withdrawApplication(
      { ...t.deps, clock: () => later },
      { actor: owner },
      { applicationId: app!.id, expectedVersion: (await appRow(app!.id)).version as number },
    );
    expect(withdrawn.ok).toBe(true);
    expect(
      await q(
        `select count(*)::int as n from programs_application_versions where application_id = $1`,
        [app!.id],
      ),
    ).toEqual([{ n: 2 }]);
  });

  /** Sessions of this database waiting for a lock. */
  const lockWaits = async (client: pg.Client) =>
    (
      await client.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
      )
    ).rows[0]!.n;

  // PGlite runs one transaction at a time: only a server lets a submission wait for a row lock.
  it.skipIf(engine !== 'postgres')(
    "takes an application's row before its call's receipt counter, as a transaction holding the row does",
    async () => {
      const org = await startup('Điện Mặt Trời', [[owner, 'owner']], '2023-05-05');
      const started = await start(owner, org.id);
      if (!started.ok) throw new Error('start');
      const id = started.application.id;
      const deps = { ...t.deps, clock: () => new Date(closesAt.getTime() - 60_000) };
      const checked = await getApplicationForm(t.deps, { actor: owner }, { applicationId: id });
      await q(
        `insert into programs_receipt_counters (call_id, last_number) values ($1, 0)
         on conflict do nothing`,
        [callId],
      );
      // Another command's transaction holds the row, and will take the counter next.
      const other = new pg.Client({ connectionString: t.database.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query('select 1 from programs_applications where id = $1 for update', [id]);
        const submitting = saveAndSubmit(
          deps,
          { actor: owner },
          {
            applicationId: id,
            expectedVersion: started.application.version,
            answers: { name: 'Điện mặt trời' },
            idempotencyKey: 'solar-key-0001',
            checked,
          },
        );
        await expect.poll(() => lockWaits(other)).toBe(1);
        // Waiting for the row, the submission holds no counter: this does not deadlock.
        await other.query(
          'update programs_receipt_counters set last_number = last_number where call_id = $1',
          [callId],
        );
        await other.query('commit');
        expect(await submitting).toMatchObject({ ok: true, versionNumber: 1, isReplay: false });
      } finally {
        await other.end();
      }
    },
  );

  it.skipIf(engine !== 'postgres')(
    'numbers a submission after the version committed while it waited for the row',
    async () => {
      const org = await startup('Năng Lượng Gió', [[owner, 'owner']], '2023-05-05');
      const started = await start(owner, org.id);
      if (!started.ok) throw new Error('start');
      const id = started.application.id;
      const at = new Date(closesAt.getTime() - 60_000);
      const deps = { ...t.deps, clock: () => at };
      const answers = { name: 'Điện gió' };
      const first = await saveAndSubmit(
        deps,
        { actor: owner },
        {
          applicationId: id,
          expectedVersion: started.application.version,
          answers,
          idempotencyKey: 'wind-key-0001',
        },
      );
      expect(first).toMatchObject({ ok: true, versionNumber: 1 });
      const reopened = await reopenApplication(
        t.deps,
        { actor: staff },
        { applicationId: id, expectedVersion: (await appRow(id)).version as number },
      );
      expect(reopened.ok).toBe(true);
      // Another session holds the row and adds a second version, as a submission would.
      const other = new pg.Client({ connectionString: t.database.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query('select 1 from programs_applications where id = $1 for update', [id]);
        await other.query(
          `insert into programs_application_versions
             (application_id, number, answers, form_version, form, submitted_at, submitted_by)
           select application_id, 2, answers, form_version, form, submitted_at, submitted_by
             from programs_application_versions where application_id = $1`,
          [id],
        );
        await other.query('update programs_applications set version = version + 1 where id = $1', [
          id,
        ]);
        const loaded = (await appRow(id)).version as number;
        const submitting = saveAndSubmit(
          deps,
          { actor: owner },
          { applicationId: id, expectedVersion: loaded, answers, idempotencyKey: 'wind-key-0002' },
        );
        await expect.poll(() => lockWaits(other)).toBe(1);
        await other.query('commit');
        // The same answers as stored: the page's copy is no conflict, and it is submitted.
        expect(await submitting).toMatchObject({ ok: true, versionNumber: 3 });
      } finally {
        await other.end();
      }
      expect(
        await q(
          `select number from programs_application_versions where application_id = $1 order by number`,
          [id],
        ),
      ).toEqual([{ number: 1 }, { number: 2 }, { number: 3 }]);
    },
  );

  it("numbers a second call of the programme's year apart, and a call opening in the next Vietnam year from its own first", async () => {
    const [row] = await q<{ programme_id: string }>(
      `select programme_id from programs_calls where id = $1`,
      [callId],
    );
    const programmeId = row!.programme_id;
    const audit = { actor: staff };
    const call = async (titleVi: string, opensAt: string, closes: string) => {
      const c = await createCall(t.deps, audit, {
        programmeId,
        titleVi,
        opensAt: new Date(opensAt),
        closesAt: new Date(closes),
        status: 'published',
        form: FORM,
        eligibility: {},
      });
      if (!c.ok) throw new Error(JSON.stringify(c));
      return c.call.id;
    };
    const second = await call('Đợt 2 năm 2026', '2026-10-05T01:00:00Z', '2026-12-20T10:00:00Z');
    // 01:00 on 1 January 2027 in Vietnam, still 2026 in UTC.
    const nextYear = await call('Đợt 1 năm 2027', '2026-12-31T18:00:00Z', '2027-03-01T10:00:00Z');
    const submitTo = async (id: string, legalName: string, at: Date) => {
      const org = await startup(legalName, [[owner, 'owner']], '2024-06-01');
      const clocked = { ...t.deps, clock: () => at };
      const started = await startApplication(
        clocked,
        { actor: owner },
        {
          callId: id,
          organizationId: org.id,
        },
      );
      if (!started.ok) throw new Error('start');
      const submitted = await saveAndSubmit(
        clocked,
        { actor: owner },
        {
          applicationId: started.application.id,
          expectedVersion: started.application.version,
          answers: { name: legalName },
          idempotencyKey: `receipt-${id}`,
        },
      );
      expect(submitted).toMatchObject({ ok: true });
      return (await appRow(started.application.id)).receipt_number;
    };
    expect(await submitTo(second, 'Đợt Hai', new Date('2026-11-02T00:00:00Z'))).toBe(
      'SPEEDUP2-2026-000001',
    );
    expect(await submitTo(nextYear, 'Năm Sau', new Date('2027-01-02T00:00:00Z'))).toBe(
      'SPEEDUP-2027-000001',
    );
  });
});
