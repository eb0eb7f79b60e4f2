import type { AppDeps } from '../../../platform/deps';
import type { Db } from '../../../platform/db/client';
import type { Role } from '../../../platform/authz';
import { organizationIdsBySlug } from '../db/organizations.repository';
import { grantRole } from '../db/users.repository';
import { authFor } from './auth';
import { createVerifiedUser } from './create-verified-user';

/** Shared by every demo account; listed in the README. Demo data never exists in production. */
export const DEMO_PASSWORD = 'InnoHub-Demo-2026';

export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@demo.innohub.vn', name: 'Lê Quản Trị', roles: ['admin'] },
  { email: 'staff@demo.innohub.vn', name: 'Phạm Thu Trang', roles: ['staff'] },
  { email: 'editor@demo.innohub.vn', name: 'Lê Thu Biên', roles: ['editor'] },
  { email: 'publisher@demo.innohub.vn', name: 'Đỗ Văn Duyệt', roles: ['publisher'] },
  { email: 'agency@demo.innohub.vn', name: 'Võ Minh Sở', roles: ['agency'] },
  { email: 'reviewer@demo.innohub.vn', name: 'GS. Đặng Văn Thẩm', roles: ['reviewer'] },
  { email: 'mentor@demo.innohub.vn', name: 'Hoàng Cố Vấn', roles: ['mentor'] },
  { email: 'founder@demo.innohub.vn', name: 'Nguyễn Khởi Nghiệp', roles: [] },
  { email: 'investor@demo.innohub.vn', name: 'Trần Đầu Tư', roles: [] },
];

const DEMO_ORGANIZATIONS = [
  {
    owner: 'founder@demo.innohub.vn',
    name: 'Công ty CP Nông nghiệp Xanh Mê Kông',
    slug: 'nong-nghiep-xanh-me-kong',
  },
  {
    owner: 'investor@demo.innohub.vn',
    name: 'Quỹ Đầu tư Đổi mới Sáng tạo Sài Gòn',
    slug: 'quy-dau-tu-dmst-sai-gon',
  },
  // The demo agency officer's department: the plans demo has it manage the department's
  // directory profile, so the officer sees and reports on its tasks.
  {
    owner: 'agency@demo.innohub.vn',
    name: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
    slug: 'so-khcn-hai-phong',
  },
];

/** Returns the demo account organisations' ids by name: the directory profiles they manage. */
export async function seedIdentityDemo(deps: AppDeps): Promise<void> {
  const api = authFor(deps).api;
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await createVerifiedUser(deps, {
      email: account.email,
      name: account.name,
      password: DEMO_PASSWORD,
      isDemo: true,
    });
    ids.set(account.email, user.id);
    for (const role of account.roles) await grantRole(deps.database.db, user.id, role, 'demo');
  }
  // Organisation membership is created through better-auth so its invariants (owner member) hold.
  for (const org of DEMO_ORGANIZATIONS) {
    await api.createOrganization({
      body: { name: org.name, slug: org.slug, userId: ids.get(org.owner)! },
    });
  }
}

/** The demo account organisations' ids by their names (the directory's demo profiles they manage). */
export async function demoAccountOrganizations(db: Db): Promise<Map<string, string>> {
  const ids = await organizationIdsBySlug(
    db,
    DEMO_ORGANIZATIONS.map((o) => o.slug),
  );
  return new Map(
    DEMO_ORGANIZATIONS.flatMap((o) => {
      const id = ids.get(o.slug);
      return id ? [[o.name, id] as const] : [];
    }),
  );
}
