// The world the access walk (access-walk.db.test.ts) walks through: a university's confidential
// offer and an enterprise's confidential need, each field its owner restricts carrying a marker
// string that must never reach a viewer below its tier; a document on each; an introduction on
// each made by the broker for a cooperative, the offer's with a thread message, its attachment and
// a recorded, confirmed deal; the university's IP portfolio with an asset, a fee, a licence and a
// revenue entry; a stranger's saved search and access request. Every id a route's path asks for.
import { expect } from 'vitest';
import { createUser, signIn } from '../../../../test/support/actors';
import type { TestApp } from '../../../../test/support/app';
import { BrowserSession } from '../../../../test/support/browser-session';
import { ANONYMOUS } from '../../../platform/authz';
import { createPerson } from '../../directory';
import { NDA_VERSION } from '../domain/confidentiality';
import { idIn, managedOrganization, postForm, type FormEntries } from './fixture';

export const ROLES = [
  'anonymous',
  'outsider',
  'ndaViewer',
  'party',
  'broker',
  'offerOwner',
  'tto',
  'needOwner',
] as const;
export type Role = (typeof ROLES)[number];

const pdf = (marker: string) => new TextEncoder().encode(`%PDF-1.7\n% ${marker}\ntrailer\n%%EOF\n`);

/** Files' bytes, each with its own marker inside. */
export const FILES = {
  offerDocument: pdf('MKOFDOCBYTES'),
  needDocument: pdf('MKNDDOCBYTES'),
  attachment: pdf('MKTHREADBYTES'),
  contract: pdf('MKDEALBYTES'),
};

const OFFER_NDA: Role[] = ['ndaViewer', 'party', 'broker', 'offerOwner', 'tto'];
const OFFER_PARTIES: Role[] = ['party', 'broker', 'offerOwner', 'tto'];
const NEED_NDA: Role[] = ['ndaViewer', 'party', 'broker', 'needOwner'];
const NEED_PARTIES: Role[] = ['party', 'broker', 'needOwner'];
/** The offer's introduction: the requester, the offer's people and the brokers. */
export const OFFER_INTRO: Role[] = ['party', 'broker', 'offerOwner', 'tto'];
/** The university's portfolio: its technology-transfer office and the centre's staff. */
export const PORTFOLIO: Role[] = ['tto', 'broker'];

/** Each marker with the roles that may read it; everyone else must never receive it. */
export const MARKERS: Record<string, Role[]> = {
  MKOFPROBLEM: OFFER_NDA,
  MKOFAPPLICATIONS: OFFER_NDA,
  '987.654.321': OFFER_NDA,
  '987654321': OFFER_NDA,
  MKOFADVANTAGES: OFFER_PARTIES,
  MKOFIPNO: OFFER_PARTIES,
  MKOFCOOWNER: OFFER_PARTIES,
  Mkofinventor: OFFER_PARTIES,
  'mkofcontact@secret.example': OFFER_PARTIES,
  MKOFDOCNAME: OFFER_PARTIES,
  MKOFDOCBYTES: OFFER_PARTIES,
  MKNDPROBLEM: NEED_NDA,
  MKNDCURRENT: NEED_NDA,
  MKNDCONSTRAINTS: NEED_PARTIES,
  '123.456.000': NEED_PARTIES,
  '123456000': NEED_PARTIES,
  MKNDDOCNAME: NEED_PARTIES,
  MKNDDOCBYTES: NEED_PARTIES,
  MKNDINTROMSG: NEED_PARTIES,
  MKINTROMSG: OFFER_INTRO,
  MKTHREADBODY: OFFER_INTRO,
  MKTHREADFILE: OFFER_INTRO,
  MKTHREADBYTES: OFFER_INTRO,
  'MKDEAL-12': OFFER_INTRO,
  MKDEALBYTES: OFFER_INTRO,
  MKIPTITLE: PORTFOLIO,
  MKIPFEE: PORTFOLIO,
  MKIPLICENSEE: PORTFOLIO,
  // Who accepted the agreement is the owners' to know (the log of views), and the viewer's own.
  Mkviewername: ['ndaViewer', 'offerOwner', 'tto', 'needOwner'],
  // A stranger's own saved search and request are no walker's business.
  MKSEARCHNAME: [],
  MKACCESSMSG: ['needOwner'],
};

export interface World {
  as: Record<Role, BrowserSession>;
  users: Record<Exclude<Role, 'anonymous'>, string>;
  /** The directory profiles of the university, the enterprise and the cooperative. */
  organizations: string[];
  ids: {
    offer: string;
    need: string;
    offerDocument: string;
    needDocument: string;
    intro: string;
    message: string;
    accessRequest: string;
    search: string;
    university: string;
    asset: string;
    fee: string;
    licence: string;
    revenue: string;
  };
}

const OFFER: FormEntries = [
  ['title', 'Quy trình ủ vỏ cà phê thành phân bón vi sinh'],
  ['summary', 'Chủng vi sinh bản địa phân giải vỏ cà phê trong 21 ngày.'],
  ['problem', 'Vỏ cà phê tồn đọng MKOFPROBLEM.'],
  ['advantages', 'Nhanh gấp đôi MKOFADVANTAGES.'],
  ['applications', 'Hợp tác xã cà phê MKOFAPPLICATIONS.'],
  ['sectors', 'agritech'],
  ['trl', '6'],
  ['ipKind', 'giai_phap_huu_ich'],
  ['ipNumber', '2-MKOFIPNO'],
  ['ipJurisdiction', 'Việt Nam'],
  ['coOwners', 'Công ty MKOFCOOWNER | 30'],
  ['isStateFunded', 'yes'],
  ['transferForms', 'licence'],
  ['priceVnd', '987.654.321'],
  ['contactEmail', 'mkofcontact@secret.example'],
  ['visibility.problem', 'nda'],
  ['visibility.applications', 'nda'],
  ['visibility.priceVnd', 'nda'],
  ['visibility.advantages', 'parties'],
  ['visibility.ipNumber', 'parties'],
  ['visibility.coOwners', 'parties'],
  ['visibility.inventors', 'parties'],
  ['visibility.contactEmail', 'parties'],
];

const NEED: FormEntries = [
  ['title', 'Cần máy sấy cà phê nhân tiết kiệm điện'],
  ['teaser', 'Doanh nghiệp cần công nghệ sấy cà phê nhân.'],
  ['problem', 'Độ ẩm dao động MKNDPROBLEM.'],
  ['currentSolution', 'Phơi sân MKNDCURRENT.'],
  ['constraints', 'Điện ba pha MKNDCONSTRAINTS.'],
  ['budgetMinVnd', '123.456.000'],
  ['budgetMaxVnd', '900.000.000'],
  ['timeline', '6_months'],
  ['sectors', 'agritech'],
  ['visibility.problem', 'nda'],
  ['visibility.currentSolution', 'nda'],
  ['visibility.constraints', 'parties'],
  ['visibility.budget', 'parties'],
];

const EMAILS: Record<Exclude<Role, 'anonymous'>, [email: string, name: string]> = {
  outsider: ['la@example.vn', 'Người Lạ'],
  ndaViewer: ['doc@nhamay.example', 'Đọc Giả Mkviewername'],
  party: ['mua@htx.example', 'Nguyễn Thu Mua'],
  broker: ['moigioi@sokhcn.example', 'Môi Giới'],
  offerOwner: ['nghien-cuu@dhtn.example', 'Nhà Nghiên Cứu'],
  tto: ['ttcg@dhtn.example', 'Văn phòng Chuyển giao'],
  needOwner: ['giam-doc@caphe.example', 'Giám Đốc Cà Phê'],
};

async function signInEveryone(t: TestApp) {
  const users: Partial<Record<Role, string>> = {};
  for (const [role, [email, name]] of Object.entries(EMAILS)) {
    const roles = role === 'broker' ? (['staff'] as const) : [];
    users[role as Role] = (await createUser(t, { email, name, roles: [...roles] })).id;
  }
  const as = { anonymous: new BrowserSession(t.app) } as Record<Role, BrowserSession>;
  for (const [role, [email]] of Object.entries(EMAILS)) as[role as Role] = await signIn(t, email);
  return { users: users as Record<Exclude<Role, 'anonymous'>, string>, as };
}

const location = (res: Response) => res.headers.get('location') ?? '';
const uuidAfter = (word: string, res: Response) =>
  new RegExp(`${word}/([0-9a-f-]{36})`).exec(location(res))?.[1] ?? '';

async function uploadDocument(
  as: BrowserSession,
  path: string,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
) {
  const form = new FormData();
  form.append('document', new Blob([bytes]), name);
  expect((await as.postMultipart(`${path}/documents`, form)).status, name).toBe(303);
}

async function introduce(world: Pick<World, 'as'>, listing: FormEntries, coop: string) {
  const asked = await world.as.party.post('/marketplace/introductions/new', {
    ...Object.fromEntries(listing),
    requesterOrg: coop,
  });
  const id = uuidAfter('introductions', asked);
  expect(id, 'introduction requested').not.toBe('');
  const made = await world.as.broker.post(`/marketplace/introductions/${id}/step`, {
    step: 'introduce',
    version: '1',
  });
  expect(made.status).toBe(303);
  return id;
}

async function createListings(t: TestApp, as: Record<Role, BrowserSession>, owners: Owners) {
  await createPerson(
    t.deps.database.db,
    { actor: ANONYMOUS, label: 'test' },
    { fullName: 'Nhà khoa học Mkofinventor' },
  );
  const [person] = await t.database.query<{ slug: string }>(
    `select slug from directory_people where full_name like '%Mkofinventor'`,
  );
  const created = await postForm(as.offerOwner, '/marketplace/offers/new', [
    ['owner', owners.university],
    ...OFFER,
    ['inventors', person!.slug],
  ]);
  const offer = idIn(location(created));
  expect(offer, await created.text()).not.toBe('');
  await as.offerOwner.post(`/marketplace/offers/${offer}/step`, { step: 'submit', version: '1' });
  const approved = await as.tto.post(`/marketplace/offers/${offer}/step`, {
    step: 'approve',
    version: '2',
  });
  expect(approved.status).toBe(303);
  const posted = await postForm(as.needOwner, '/marketplace/needs/new', [
    ['owner', owners.enterprise],
    ...NEED,
  ]);
  const need = uuidAfter('needs', posted);
  expect(need, await posted.text()).not.toBe('');
  return { offer, need };
}

interface Owners {
  university: string;
  enterprise: string;
  coop: string;
}

async function createOwners(t: TestApp, users: Record<Exclude<Role, 'anonymous'>, string>) {
  const university = await managedOrganization(t, 'university', 'Trường Đại học Tây Nguyên', [
    [users.tto, 'owner'],
    [users.offerOwner, 'member'],
  ]);
  const enterprise = await managedOrganization(t, 'sme', 'Công ty TNHH Cà phê Cầu Đất', [
    [users.needOwner, 'owner'],
  ]);
  const coop = await managedOrganization(t, 'cooperative', 'Hợp tác xã Nông nghiệp Lâm Hà', [
    [users.party, 'owner'],
  ]);
  return { university: university.slug, enterprise: enterprise.slug, coop: coop.slug };
}

async function recordThreadAndDeal(t: TestApp, as: Record<Role, BrowserSession>, intro: string) {
  const page = `/marketplace/introductions/${intro}`;
  const message = new FormData();
  message.append('body', 'Gửi bảng giá MKTHREADBODY');
  message.append('key', 'walk-1');
  message.append('file', new Blob([FILES.attachment]), 'MKTHREADFILE.pdf');
  expect((await as.party.postMultipart(`${page}/messages`, message)).status).toBe(303);
  await as.party.post(`${page}/step`, { step: 'talk', version: '2' });
  const deal = new FormData();
  const fields = {
    version: '3',
    transferForm: 'licence',
    direction: 'domestic',
    usesStateCapital: 'yes',
    valueVnd: '650.000.000',
    signedOn: '01/03/2027',
    contractNumber: 'MKDEAL-12/2027',
  };
  for (const [k, v] of Object.entries(fields)) deal.append(k, v);
  deal.append('signedFile', new Blob([FILES.contract]), 'Hợp đồng.pdf');
  const recorded = await as.party.postMultipart(`${page}/deal`, deal);
  expect(recorded.status, await recorded.text()).toBe(303);
  expect((await as.tto.post(`${page}/deal/confirm`, { version: '1' })).status).toBe(303);
  const [row] = await t.database.query<{ id: string }>(
    'select id from marketplace_introduction_messages where file_hash is not null',
  );
  return row!.id;
}

async function createPortfolio(t: TestApp, tto: BrowserSession, university: string) {
  const res = await postForm(tto, `/marketplace/portfolio/${university}/new`, [
    ['title', 'Quy trình MKIPTITLE'],
    ['ipKind', 'sang_che'],
    ['stage', 'disclosed'],
    ['submissionKey', 'walk-asset'],
  ]);
  const asset = uuidAfter('ip-assets', res);
  expect(asset, await res.text()).not.toBe('');
  const add = async (what: string, entries: FormEntries) =>
    expect((await postForm(tto, `/marketplace/ip-assets/${asset}/${what}`, entries)).status).toBe(
      303,
    );
  await add('fees', [
    ['label', 'Phí MKIPFEE'],
    ['dueOn', '10/01/2028'],
    ['amountVnd', '1.200.000'],
    ['submissionKey', 'walk-fee'],
  ]);
  await add('licences', [
    ['licensee', 'Công ty MKIPLICENSEE'],
    ['licensedOn', '05/11/2026'],
    ['terms', 'Li-xăng không độc quyền.'],
    ['submissionKey', 'walk-licence'],
  ]);
  const one = async (table: string) =>
    (await t.database.query<{ id: string }>(`select id from ${table}`))[0]!.id;
  const licence = await one('marketplace_ip_licences');
  await add('revenues', [
    ['amountVnd', '50.000.000'],
    ['receivedOn', '20/11/2026'],
    ['licenceId', licence],
    ['submissionKey', 'walk-revenue'],
  ]);
  return {
    asset,
    fee: await one('marketplace_ip_fees'),
    licence,
    revenue: await one('marketplace_ip_revenues'),
  };
}

/** A stranger to every walker: their saved search and their request to read the need. */
async function strangersBusiness(t: TestApp, need: string) {
  await createUser(t, { email: 'khach@example.vn', name: 'Khách Khác' });
  const stranger = await signIn(t, 'khach@example.vn');
  await stranger.post('/marketplace/searches', { q: 'cà phê', name: 'Tìm MKSEARCHNAME' });
  await stranger.post(`/marketplace/needs/${need}/access`, { message: 'Xin xem MKACCESSMSG' });
  const one = async (table: string) =>
    (await t.database.query<{ id: string }>(`select id from ${table}`))[0]?.id ?? '';
  return {
    search: await one('marketplace_saved_searches'),
    accessRequest: await one('marketplace_need_access'),
  };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const { users, as } = await signInEveryone(t);
  const owners = await createOwners(t, users);
  const { offer, need } = await createListings(t, as, owners);
  await uploadDocument(
    as.offerOwner,
    `/marketplace/offers/${offer}`,
    'MKOFDOCNAME.pdf',
    FILES.offerDocument,
  );
  await uploadDocument(
    as.needOwner,
    `/marketplace/needs/${need}`,
    'MKNDDOCNAME.pdf',
    FILES.needDocument,
  );
  const docs = await t.database.query<{ id: string; listing_kind: string }>(
    'select id, listing_kind from marketplace_listing_documents',
  );
  const intro = await introduce(
    { as },
    [
      ['offer', offer],
      ['message', 'Xin gặp MKINTROMSG'],
    ],
    owners.coop,
  );
  await introduce(
    { as },
    [
      ['need', need],
      ['message', 'Chúng tôi có MKNDINTROMSG'],
    ],
    owners.coop,
  );
  const message = await recordThreadAndDeal(t, as, intro);
  for (const [kind, id] of [
    ['offers', offer],
    ['needs', need],
  ]) {
    const path = `/marketplace/${kind}/${id}`;
    await as.ndaViewer.post(`${path}/nda`, { version: NDA_VERSION, agreed: 'yes' });
    // Seen after accepting: the owners' log of views names the viewer.
    expect(await (await as.ndaViewer.get(path)).text()).toContain(
      kind === 'offers' ? 'MKOFPROBLEM' : 'MKNDPROBLEM',
    );
  }
  return {
    as,
    users,
    organizations: [owners.university, owners.enterprise, owners.coop],
    ids: {
      offer,
      need,
      offerDocument: docs.find((d) => d.listing_kind === 'offer')!.id,
      needDocument: docs.find((d) => d.listing_kind === 'need')!.id,
      intro,
      message,
      ...(await strangersBusiness(t, need)),
      university: owners.university,
      ...(await createPortfolio(t, as.tto, owners.university)),
    },
  };
}
