// The people of the matching tests: a cooperative's chair looking for a technology and a dryer
// maker's sales person offering one (each the owner of the account organisation managing their
// directory organisation), someone with no part in it, and a broker on the centre's staff — all
// signed in.
import { createUser, signIn } from '../../../../test/support/actors';
import type { TestApp } from '../../../../test/support/app';
import { managedOrganization } from './fixture';

export async function openMarket(
  t: TestApp,
  names: { coop: string; maker: string; supplier: string },
) {
  const c = await createUser(t, { email: 'htx@dieu.example', name: 'Chủ nhiệm HTX' });
  const s = await createUser(t, { email: 'kd@maysay.example', name: names.supplier });
  await createUser(t, { email: 'la@example.vn', name: 'Người Lạ' });
  await createUser(t, { email: 'moigioi@sokhcn.example', roles: ['staff'] });
  const coopOrg = await managedOrganization(t, 'cooperative', names.coop, [[c.id, 'owner']]);
  const maker = await managedOrganization(t, 'sme', names.maker, [[s.id, 'owner']]);
  return {
    supplierId: s.id,
    coopOrg,
    maker,
    coop: await signIn(t, 'htx@dieu.example'),
    supplier: await signIn(t, 'kd@maysay.example'),
    stranger: await signIn(t, 'la@example.vn'),
    staff: await signIn(t, 'moigioi@sokhcn.example'),
  };
}
