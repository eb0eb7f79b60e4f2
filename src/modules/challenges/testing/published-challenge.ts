// A published challenge as the tests of its files, corrections and collections start from: an
// agency's approved problem, published by the centre, with a startup that may solve it.
import type { TestApp } from '../../../../test/support/app';
import { createUser } from '../../../../test/support/actors';
import type { Actor, Role } from '../../../platform/authz';
import { takeProblemStep } from '../services/problem-workflow';
import { publishChallenge } from '../services/publish-challenge';
import { createProblem } from '../services/save-problem';
import { managedOrganization } from './fixtures';

export const actorOf = (u: { id: string; email: string }, roles: Role[] = []): Actor => ({
  kind: 'user',
  user: { id: u.id, name: u.email, email: u.email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set<Role>(['member', ...roles]),
});

const GUIDED = {
  whoSuffers: 'Phụ huynh học sinh tiểu học của 120 trường.',
  currentProcess: 'Nộp hồ sơ tuyển sinh giấy tại trường.',
  evidence: 'Mỗi mùa tuyển sinh có 40.000 hồ sơ giấy.',
  timeline: 'Thử nghiệm trước mùa tuyển sinh 2027.',
  indicators: [{ name: 'Hồ sơ nộp trực tuyến', unit: 'percent' as const, baseline: 0, target: 80 }],
};

/** The people and organisations of a challenge's tests, with the centre's and owner's actors. */
export async function challengeCast(t: TestApp, domain: string) {
  const staff = await createUser(t, { email: `trung-tam@${domain}`, roles: ['staff'] });
  const officer = await createUser(t, { email: `can-bo@${domain}`, roles: ['agency'] });
  const founder = await createUser(t, { email: `founder@${domain}`, name: 'Đỗ Quang Huy' });
  const stranger = await createUser(t, { email: `khac@${domain}` });
  const owner = await managedOrganization(
    t,
    { legalName: `Sở Giáo dục và Đào tạo ${domain}`, kind: 'government_agency' },
    [officer.id],
  );
  const startup = await managedOrganization(
    t,
    { legalName: `Công ty CP Học Số ${domain}`, kind: 'startup' },
    [founder.id],
  );
  await managedOrganization(t, { legalName: `Công ty Khác ${domain}`, kind: 'startup' }, [
    stranger.id,
  ]);
  return {
    staff,
    officer,
    founder,
    stranger,
    owner,
    startup,
    centreActor: { actor: actorOf(staff, ['staff']) },
    officerActor: { actor: actorOf(officer) },
  };
}

export type ChallengeCast = Awaited<ReturnType<typeof challengeCast>>;

/** An approved problem of the cast's owner, published as a challenge open from `opensAt`. */
export async function publishedChallenge(
  t: TestApp,
  cast: ChallengeCast,
  input: {
    title: string;
    sector?: 'edtech' | 'smart-city';
    isConfidential?: boolean;
    opensAt: Date;
  },
) {
  const problem = await createProblem(t.deps, cast.officerActor, {
    ownerOrganizationId: cast.owner.id,
    title: input.title,
    sector: input.sector ?? 'edtech',
    isConfidential: input.isConfidential ?? false,
    ...GUIDED,
  });
  if (!problem.ok) throw new Error(JSON.stringify(problem));
  const id = problem.problem.id;
  for (const [acting, version, step] of [
    [cast.officerActor, 1, 'submit'],
    [cast.centreActor, 2, 'approve'],
  ] as const) {
    const taken = await takeProblemStep(t.deps, acting, { id, version, step });
    if (!taken.ok) throw new Error(JSON.stringify(taken));
  }
  const published = await publishChallenge(t.deps, cast.centreActor, {
    problemId: id,
    title: input.title,
    summary: 'Tuyển sinh đầu cấp trực tuyến cho phụ huynh.',
    eligibility: 'Doanh nghiệp khởi nghiệp của tỉnh.',
    rewards: [{ kind: 'prize', description: 'Giải nhất', amountVnd: '100000000' }],
    agreementText: 'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
    opensAt: input.opensAt,
    closesAt: new Date(input.opensAt.getTime() + 30 * 86_400_000),
  });
  if (!published.ok) throw new Error(JSON.stringify(published));
  return { problemId: id, challenge: published.challenge };
}
