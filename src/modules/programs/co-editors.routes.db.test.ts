import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn, type TestUser } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ZCallForm } from './domain/call-form';
import { createCall } from './services/calls/create-call';
import { createProgramme } from './services/programmes/create-programme';
import { publishProgramme } from './services/programmes/publish-programme';
import { actorOf, hiddenValue, managedStartup } from './testing/applicant-fixture';

const FORM = ZCallForm.parse({
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án' },
      questions: [
        { id: 'name', kind: 'short_text', label: { vi: 'Tên dự án' }, maxLength: 40 },
        { id: 'pitch', kind: 'long_text', label: { vi: 'Giới thiệu' } },
      ],
    },
  ],
});

describe.each(testEngines)('co-editors and the draft autosave on %s', (engine) => {
  let t: TestApp;
  const users: Record<'owner' | 'colleague' | 'reader' | 'outsider', TestUser> = {} as never;
  const as: Record<keyof typeof users, BrowserSession> = {} as never;
  let appId = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const appPath = () => `/programs/applications/${appId}`;
  const editPath = () => `${appPath()}/edit`;
  const appRow = async () =>
    (await q(`select * from programs_applications where id = $1`, [appId]))[0]!;
  const coEditorIds = async () =>
    (
      await q<{ user_id: string }>(
        `select user_id from programs_application_co_editors where application_id = $1`,
        [appId],
      )
    ).map((r) => r.user_id);
  const coEditorMails = () =>
    q<{ to: string; text: string }>(
      `select "to", text from platform_mail_outbox where template = 'programs.application.co-editor-added'`,
    );
  /** The form's text fields as the page holds them, with these answers over them. */
  const fields = (page: string, answers: Record<string, string>) => ({
    version: hiddenValue(page, 'version'),
    key: hiddenValue(page, 'key'),
    ...answers,
  });
  const autosave = (who: BrowserSession, body: Record<string, string>) =>
    who.post(editPath(), { ...body, op: 'draft' }, { accept: 'application/json' });

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const name of ['owner', 'colleague', 'reader', 'outsider'] as const)
      users[name] = await createUser(t, { email: `${name}@co.example`, name: `Chị ${name}` });
    const staffUser = await createUser(t, { email: 'staff@co.example', roles: ['staff'] });
    const staff = actorOf(staffUser, ['staff']);
    const green = await managedStartup(t, 'Nông Nghiệp Xanh', [
      [users.owner.id, 'owner'],
      [users.colleague.id, 'member'],
      [users.reader.id, 'member'],
    ]);
    await managedStartup(t, 'Đối Thủ', [[users.outsider.id, 'owner']]);
    const p = await createProgramme(
      t.deps,
      { actor: staff },
      { kind: 'funding', titleVi: 'SpeedUP' },
    );
    if (!p.ok) throw new Error('programme');
    await publishProgramme(
      t.deps,
      { actor: staff },
      { programmeId: p.programme.id, expectedVersion: p.programme.version },
    );
    const c = await createCall(
      t.deps,
      { actor: staff },
      {
        programmeId: p.programme.id,
        titleVi: 'Đợt 1',
        opensAt: new Date('2026-10-01T01:00:00Z'),
        closesAt: new Date('2026-12-01T10:00:00Z'),
        status: 'published',
        form: FORM,
        eligibility: {},
      },
    );
    if (!c.ok) throw new Error('call');
    t.setNow(new Date('2026-11-01T00:00:00Z'));
    for (const name of Object.keys(users) as (keyof typeof users)[])
      as[name] = await signIn(t, users[name].email);
    const start = await as.owner.post(`/programs/${p.programme.slug}/calls/${c.call.slug}/apply`, {
      organizationId: green.id,
    });
    appId = /applications\/([\w-]+)\/edit/.exec(start.headers.get('location') ?? '')?.[1] ?? '';
    expect(appId).not.toBe('');
  });
  afterAll(() => t.close());

  it('adds a member as co-editor, who is told by e-mail and may then save the draft', async () => {
    // Before: a plain member reads the application but may not edit it.
    expect((await as.colleague.get(editPath())).headers.get('location')).toBe(appPath());
    const page = await (await as.owner.get(appPath())).text();
    expect(page).toContain('Người cùng soạn');
    expect(page).toContain('Chưa có người cùng soạn.');
    expect(page).toContain(
      `<option value="${users.colleague.id}">Chị colleague (colleague@co.example)</option>`,
    );
    // Its owner already edits: not offered.
    expect(page).not.toContain(`<option value="${users.owner.id}"`);

    const added = await as.owner.post(`${appPath()}/co-editors`, { userId: users.colleague.id });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe(`${appPath()}?done=coEditorAdded`);
    expect(await coEditorIds()).toEqual([users.colleague.id]);
    const mails = await coEditorMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe('colleague@co.example');
    expect(mails[0]!.text).toContain(`http://localhost:3000${editPath()}`);
    const after = await (await as.owner.get(`${appPath()}?done=coEditorAdded`)).text();
    expect(after).toContain('Đã thêm người cùng soạn; họ đã được báo qua email.');
    expect(after).toContain('colleague@co.example');
    expect(after).toContain('Bỏ Chị colleague');
    expect(after).not.toContain(`<option value="${users.colleague.id}"`);

    // Added twice (a double click): one row, one e-mail.
    await as.owner.post(`${appPath()}/co-editors`, { userId: users.colleague.id });
    expect(await coEditorIds()).toEqual([users.colleague.id]);
    expect(await coEditorMails()).toHaveLength(1);

    // The co-editor opens the form and saves it.
    const form = await as.colleague.get(editPath());
    expect(form.status).toBe(200);
    const saved = await as.colleague.post(
      editPath(),
      fields(await form.text(), { op: 'save', 'a.name': 'Sửa bởi người cùng soạn' }),
    );
    expect(saved.status).toBe(303);
    expect(await appRow()).toMatchObject({
      updated_by: users.colleague.id,
      answers: { name: 'Sửa bởi người cùng soạn' },
    });
  });

  it('refuses an account outside the organisation and an empty choice, adding nobody', async () => {
    const refused = await as.owner.post(`${appPath()}/co-editors`, { userId: users.outsider.id });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(
      'Người này không phải thành viên của tài khoản tổ chức Nông Nghiệp Xanh; chỉ thêm được thành viên.',
    );
    expect(html).toContain('href="#userId"');
    expect(html).toContain('aria-invalid="true"');
    const empty = await as.owner.post(`${appPath()}/co-editors`, { userId: '' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Hãy chọn một thành viên.');
    expect(await coEditorIds()).toEqual([users.colleague.id]);
  });

  it('hides co-editing from another organisation (404) and a reader may not change it', async () => {
    const before = [await appRow(), await coEditorIds()];
    const writes = (who: BrowserSession) => [
      who.post(`${appPath()}/co-editors`, { userId: users.outsider.id }),
      who.post(`${appPath()}/co-editors/${users.colleague.id}/remove`),
    ];
    for (const res of await Promise.all(writes(as.outsider))) expect(res.status).toBe(404);
    for (const res of await Promise.all(writes(as.reader))) expect(res.status).toBe(403);
    expect((await as.outsider.get(appPath())).status).toBe(404);
    // A reader sees no co-editing controls.
    expect(await (await as.reader.get(appPath())).text()).not.toContain('Thêm người cùng soạn');
    expect([await appRow(), await coEditorIds()]).toEqual(before);
  });

  it('answers the autosave with JSON: the new version, 409 when stale, 422 when invalid', async () => {
    const page = await (await as.owner.get(editPath())).text();
    expect(page).toContain('<script src="/assets/draft-autosave.js" defer=""></script>');
    expect(page).toMatch(/<form[^>]* data-autosave=""/);
    expect(page).toMatch(/id="autosave-status"[^>]*aria-live="polite"/);
    const { version } = await appRow();

    const saved = await autosave(
      as.owner,
      fields(page, { 'a.name': 'Tự lưu', 'a.pitch': 'Đang viết' }),
    );
    expect(saved.status).toBe(200);
    expect(saved.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = (await saved.json()) as { saved: boolean; version: number; savedAt: string };
    expect(answer).toMatchObject({ saved: true, version: (version as number) + 1 });
    expect(new Date(answer.savedAt).getTime()).toBeGreaterThan(0);
    expect(await appRow()).toMatchObject({
      version: answer.version,
      answers: { name: 'Tự lưu', pitch: 'Đang viết' },
    });

    // The page's version is now old (a co-editor's tab loaded before): refused, nothing written.
    const before = await appRow();
    const stale = await autosave(as.colleague, fields(page, { 'a.name': 'Bản cũ hơn' }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({ saved: false, reason: 'STALE' });
    expect(await appRow()).toEqual(before);

    const invalid = await autosave(
      as.owner,
      fields(page, { version: String(answer.version), 'a.name': 'x'.repeat(41) }),
    );
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({
      saved: false,
      reason: 'INVALID_ANSWERS',
      errors: [{ questionId: 'name', message: 'Tối đa 40 ký tự (hiện có 41).' }],
    });
    expect(await appRow()).toEqual(before);

    // The next save with the version the autosave answered is not stale.
    const next = await as.owner.post(
      editPath(),
      fields(page, { version: String(answer.version), op: 'save', 'a.name': 'Bấm lưu' }),
    );
    expect(next.status).toBe(303);
    expect((await appRow()).answers).toMatchObject({ name: 'Bấm lưu' });
    const script = await as.owner.get('/assets/draft-autosave.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toContain("fields.set('op', 'draft')");
  });

  it('removes a co-editor, who may then no longer save', async () => {
    const removed = await as.owner.post(`${appPath()}/co-editors/${users.colleague.id}/remove`);
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe(`${appPath()}?done=coEditorRemoved`);
    expect(await coEditorIds()).toEqual([]);
    expect(await (await as.owner.get(`${appPath()}?done=coEditorRemoved`)).text()).toContain(
      'Đã bỏ người cùng soạn.',
    );
    const before = await appRow();
    const denied = await as.colleague.post(editPath(), {
      version: String(before.version),
      op: 'save',
      'a.name': 'Không còn quyền',
    });
    expect(denied.status).toBe(403);
    expect(await appRow()).toEqual(before);
    // Removed twice: the same end, no error.
    const again = await as.owner.post(`${appPath()}/co-editors/${users.colleague.id}/remove`);
    expect(again.status).toBe(303);
  });
});
