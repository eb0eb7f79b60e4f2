// A published competition with one call and three submitted applications (written as the
// applications' commands leave them), as the review, vote and council database tests start from.
import type { TestApp } from '../../../../test/support/app';
import { createUser } from '../../../../test/support/actors';
import type { Actor } from '../../../platform/authz';
import { createOrganization } from '../../directory';
import { ZCallForm } from '../domain/call-form';
import { createCall } from '../services/calls/create-call';
import { createProgramme } from '../services/programmes/create-programme';

const FORM = ZCallForm.parse({
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án' },
      questions: [
        { id: 'name', kind: 'short_text', label: { vi: 'Tên dự án' }, isRequired: true },
        { id: 'team', kind: 'team_members', label: { vi: 'Thành viên' } },
      ],
    },
  ],
});

export async function seedCallWithApplications(t: TestApp, tag: string) {
  const db = t.deps.database.db;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const s = await createUser(t, { email: `staff@${tag}.example`, roles: ['staff'] });
  const staffActor: Actor = {
    kind: 'user',
    user: { id: s.id, name: 'staff', email: s.email, locale: 'vi', twoFactorEnabled: false },
    roles: new Set(['member', 'staff']),
  };
  const applicant = await createUser(t, { email: `founder@${tag}.example` });
  const orgs: { id: string; name: string }[] = [];
  for (const legalName of ['Công ty Nông Nghiệp Xanh', 'Công ty Y Tế Số', 'Công ty Giáo Dục Mở']) {
    const r = await createOrganization(db, { actor: staffActor }, { kind: 'startup', legalName });
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    orgs.push({ id: r.organization.id, name: legalName });
  }
  const p = await createProgramme(t.deps, { actor: staffActor }, {
    kind: 'competition',
    titleVi: 'Cuộc thi I-Star 2026',
    titleEn: 'I-Star 2026',
    prizes: [{ title: { vi: 'Giải Nhất', en: 'First prize' }, amountVnd: '100000000' }],
  } as never);
  if (!p.ok) throw new Error(JSON.stringify(p.fields));
  await q(`update programs_programmes set status = 'published' where id = $1`, [p.programme.id]);
  const c = await createCall(
    t.deps,
    { actor: staffActor },
    {
      programmeId: p.programme.id,
      titleVi: 'Vòng 1',
      opensAt: new Date('2026-01-01T00:00:00Z'),
      closesAt: new Date('2026-02-01T00:00:00Z'),
      status: 'published',
      form: FORM,
      eligibility: {},
    },
  );
  if (!c.ok) throw new Error(JSON.stringify(c.fields));
  const apps: string[] = [];
  for (const [i, org] of orgs.entries()) {
    const answers = {
      name: `Dự án ${i + 1}`,
      team: [{ name: `Người sáng lập ${i + 1}`, role: 'CEO' }],
    };
    const [app] = await q<{ id: string }>(
      `insert into programs_applications (call_id, organization_id, status, answers, receipt_number, submitted_at, created_by)
       values ($1, $2, 'submitted', $3, $4, $5, $6) returning id`,
      [
        c.call.id,
        org.id,
        JSON.stringify(answers),
        `ISTAR-2026-00000${i + 1}`,
        new Date(`2026-01-1${i}T00:00:00Z`),
        applicant.id,
      ],
    );
    await q(
      `insert into programs_application_versions (application_id, number, answers, form_version, form, submitted_at, submitted_by)
       values ($1, 1, $2, 1, $3, now(), $4)`,
      [app!.id, JSON.stringify(answers), JSON.stringify(FORM), applicant.id],
    );
    apps.push(app!.id);
  }
  return {
    q,
    staffUser: s,
    staffActor,
    applicant,
    programme: p.programme,
    call: c.call,
    orgs,
    apps,
  };
}

/** A reviewer account with a directory person profile linked to it. */
export async function seedPerson(t: TestApp, slug: string, fullName: string) {
  const user = await createUser(t, {
    email: `${slug}@people.example`,
    roles: ['reviewer'],
    name: fullName,
  });
  const [person] = await t.database.query<{ id: string }>(
    `insert into directory_people (slug, full_name, name_search, sort_key, user_id) values ($1, $2, $2, $2, $3) returning id`,
    [slug, fullName, user.id],
  );
  return { user, personId: person!.id, slug };
}
