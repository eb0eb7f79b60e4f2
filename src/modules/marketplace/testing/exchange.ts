// The people of one technology transfer, as the introduction and deal tests start from: a
// research institute's transfer office offering, a cooperative's director asking (each the owner
// of the account organisation managing their directory organisation), someone with no part in
// it, and a broker on the centre's staff — all signed in.
import { createUser, signIn } from '../../../../test/support/actors';
import type { TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import { idIn, managedOrganization, postForm, type FormEntries } from './fixture';

export async function openExchange(t: TestApp, names: { institute: string; coop: string }) {
  const o = await createUser(t, { email: 'ttcg@vien.example', name: 'Văn phòng Chuyển giao' });
  const b = await createUser(t, { email: 'giam-doc@htx.example', name: 'Nguyễn Thu Mua' });
  await createUser(t, { email: 'khac@example.vn', name: 'Người Khác' });
  await createUser(t, { email: 'moigioi@sokhcn.example', roles: ['staff'], name: 'Môi Giới' });
  const institute = await managedOrganization(t, 'research_institute', names.institute, [
    [o.id, 'owner'],
  ]);
  const coop = await managedOrganization(t, 'cooperative', names.coop, [[b.id, 'owner']]);
  return {
    officeId: o.id,
    buyerId: b.id,
    institute,
    coop,
    office: await signIn(t, 'ttcg@vien.example'),
    buyer: await signIn(t, 'giam-doc@htx.example'),
    outsider: await signIn(t, 'khac@example.vn'),
    staff: await signIn(t, 'moigioi@sokhcn.example'),
  };
}

/** An offer its owner creates, submits and (allowed to) approves; its id. */
export async function publishOffer(owner: BrowserSession, form: FormEntries) {
  const created = await postForm(owner, '/marketplace/offers/new', form);
  const offerId = idIn(created.headers.get('location'));
  await owner.post(`/marketplace/offers/${offerId}/step`, { step: 'submit', version: '1' });
  await owner.post(`/marketplace/offers/${offerId}/step`, { step: 'approve', version: '2' });
  return offerId;
}

/** The cooperative asks to be introduced to the offer; the introduction's page. */
export async function askIntroduction(buyer: BrowserSession, offerId: string, coopSlug: string) {
  const asked = await buyer.post('/marketplace/introductions/new', {
    offer: offerId,
    requesterOrg: coopSlug,
    message: 'HTX cần xử lý vỏ cà phê.',
  });
  return /(\/marketplace\/introductions\/[0-9a-f-]{36})/.exec(asked.headers.get('location')!)![1]!;
}
