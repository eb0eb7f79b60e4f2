// The demo exchange loaded on a fresh database outside production, the same every time (dated
// back from the clock): offers of the demo directory's universities and institutes, needs of its
// small enterprises and cooperatives, the demo founder's introductions at every stage, two deals
// both sides confirmed (one with state capital, its registration due), and the IP portfolio of
// the first demo university with a listed offer.
import type { AppDeps } from '../../../platform/deps';
import type { Db } from '../../../platform/db/client';
import { vnDay } from '../../../platform/i18n';
import { demoDirectory, organizationFactsByIds, organizationsManagedBy } from '../../directory';
import { accountMembers, demoAccountOrganizations } from '../../identity';
import { expiryAfter } from '../domain/offer';
import { insertDeal, insertIntroduction } from '../db/introductions.repository';
import { insertNeed, type NeedRow } from '../db/needs.repository';
import { anyOffer, insertOffer, type OfferRow } from '../db/offers.repository';
import { DEMO_NEEDS, DEMO_OFFERS } from './demo-listings';
import { seedDemoPortfolio } from './demo-portfolio';

const DAY = 86_400_000;
const FOUNDER_ORGANIZATION = 'Công ty CP Nông nghiệp Xanh Mê Kông';

/** The demo directory's live organisations of these kinds, in its own order. */
async function demoOrganizations(db: Db, kinds: readonly string[]) {
  const ids = demoDirectory()
    .organizations.filter((o) => kinds.includes(o.fields.kind))
    .map((o) => o.id);
  const facts = await organizationFactsByIds(db, ids);
  return ids.flatMap((id) => {
    const org = facts.get(id);
    return org?.isLive ? [org] : [];
  });
}

/** The demo founder's account and the startup it manages. */
async function demoFounder(db: Db) {
  const account = (await demoAccountOrganizations(db)).get(FOUNDER_ORGANIZATION);
  if (!account) return undefined;
  const [member] = await accountMembers(db, account);
  const [organization] = await organizationsManagedBy(db, [account]);
  return member && organization
    ? { userId: member.userId, organizationId: organization.id }
    : undefined;
}

async function seedOffers(tx: Db, now: number): Promise<OfferRow[]> {
  const owners = await demoOrganizations(tx, ['university', 'research_institute']);
  if (owners.length === 0) return [];
  const offers: OfferRow[] = [];
  for (const [i, d] of DEMO_OFFERS.entries()) {
    const owner = owners[i % owners.length]!;
    const at = new Date(now - d.daysAgo * DAY);
    const { daysAgo: _daysAgo, ...fields } = d;
    offers.push(
      await insertOffer(tx, {
        ...fields,
        ownerOrgId: owner.id,
        ownerKind: owner.kind,
        ownerProvince: owner.provinceCode,
        status: 'published',
        isNegotiable: d.priceVnd === null,
        publishedAt: at,
        expiresAt: expiryAfter(at),
        createdAt: at,
        updatedAt: at,
      }),
    );
  }
  return offers;
}

async function seedNeeds(tx: Db, now: number): Promise<NeedRow[]> {
  const owners = await demoOrganizations(tx, ['sme', 'cooperative']);
  if (owners.length === 0) return [];
  const needs: NeedRow[] = [];
  for (const [i, d] of DEMO_NEEDS.entries()) {
    const owner = owners[i % owners.length]!;
    const at = new Date(now - d.daysAgo * DAY);
    const { daysAgo: _daysAgo, ...fields } = d;
    needs.push(
      await insertNeed(tx, {
        ...fields,
        ownerOrgId: owner.id,
        ownerKind: owner.kind,
        ownerProvince: owner.provinceCode,
        createdAt: at,
        updatedAt: at,
      }),
    );
  }
  return needs;
}

const STAGES = ['deal', 'negotiating', 'talking', 'introduced'] as const;

async function seedIntroductions(tx: Db, offers: OfferRow[], needs: NeedRow[], now: number) {
  const founder = await demoFounder(tx);
  if (!founder) return;
  for (const [i, offer] of offers.entries()) {
    const stage = STAGES[i % STAGES.length]!;
    const requestedAt = new Date((offer.publishedAt?.getTime() ?? now) + 2 * DAY);
    const introducedAt = new Date(requestedAt.getTime() + 3 * DAY);
    const intro = await insertIntroduction(tx, {
      offerId: offer.id,
      requesterUserId: founder.userId,
      requesterOrgId: founder.organizationId,
      message: 'Chúng tôi muốn tìm hiểu khả năng áp dụng tại vùng nguyên liệu của công ty.',
      stage,
      requestedAt,
      introducedAt,
      closedAt: stage === 'deal' ? new Date(requestedAt.getTime() + 20 * DAY) : null,
      createdAt: requestedAt,
      updatedAt: requestedAt,
    });
    if (stage === 'deal')
      await insertDeal(tx, {
        introductionId: intro.id,
        supplierOrgId: offer.ownerOrgId,
        recipientOrgId: founder.organizationId,
        transferForm: offer.transferForms[0]!,
        valueVnd: 420_000_000n,
        signedOn: new Date(requestedAt.getTime() + 20 * DAY + 7 * 3600_000)
          .toISOString()
          .slice(0, 10),
        contractNumber: '08/2026/HĐCGCN',
        evidence: 'Bản sao hợp đồng chuyển giao công nghệ do hai bên gửi trung tâm.',
        ...confirmedBothSides(new Date(requestedAt.getTime() + 22 * DAY)),
        createdAt: new Date(requestedAt.getTime() + 20 * DAY),
      });
  }
  await seedNeedIntroductions(tx, founder, needs, now);
}

/** A deal is a fact once both sides confirmed it. */
const confirmedBothSides = (at: Date) => ({ supplierConfirmedAt: at, recipientConfirmedAt: at });

/**
 * The founder's startup answers needs: one introduction ended without a deal, one led to a deal
 * with a cooperative that used the province's support fund (state capital: registration with the
 * science department due 90 days after signing), one just requested.
 */
async function seedNeedIntroductions(
  tx: Db,
  founder: { userId: string; organizationId: string },
  needs: NeedRow[],
  now: number,
) {
  const need = needs.find((n) => !n.isConfidential);
  if (need)
    await insertIntroduction(tx, {
      needId: need.id,
      requesterUserId: founder.userId,
      requesterOrgId: founder.organizationId,
      message: 'Công ty có giải pháp tem truy xuất đã triển khai cho 20 hợp tác xã.',
      stage: 'no_deal',
      noDealReason: 'price',
      requestedAt: new Date(now - 10 * DAY),
      closedAt: new Date(now - 2 * DAY),
      createdAt: new Date(now - 10 * DAY),
      updatedAt: new Date(now - 2 * DAY),
    });
  const [dealNeed, askedNeed] = needs.filter((n) => n !== need);
  if (dealNeed) {
    const requestedAt = new Date(now - 75 * DAY);
    const signedAt = new Date(now - 30 * DAY);
    const intro = await insertIntroduction(tx, {
      needId: dealNeed.id,
      requesterUserId: founder.userId,
      requesterOrgId: founder.organizationId,
      message: 'Chúng tôi đã làm hệ thống tưới nhỏ giọt điều khiển từ xa cho 3 hợp tác xã.',
      stage: 'deal',
      requestedAt,
      introducedAt: new Date(requestedAt.getTime() + 4 * DAY),
      closedAt: signedAt,
      createdAt: requestedAt,
      updatedAt: signedAt,
    });
    const signedOn = vnDay(signedAt);
    await insertDeal(tx, {
      introductionId: intro.id,
      supplierOrgId: founder.organizationId,
      recipientOrgId: dealNeed.ownerOrgId,
      transferForm: 'licence',
      object: 'Hệ thống tưới nhỏ giọt điều khiển qua điện thoại và quyền sử dụng phần mềm 3 năm',
      valueVnd: 180_000_000n,
      signedOn,
      contractNumber: '15/2026/HĐCGCN-XM',
      evidence: 'Hợp đồng có chữ ký hai bên; biên bản nghiệm thu lắp đặt.',
      direction: 'domestic',
      usesStateCapital: true,
      registrationDueOn: vnDay(new Date(signedAt.getTime() + 90 * DAY)),
      ...confirmedBothSides(new Date(signedAt.getTime() + DAY)),
      createdAt: signedAt,
    });
  }
  if (askedNeed)
    await insertIntroduction(tx, {
      needId: askedNeed.id,
      requesterUserId: founder.userId,
      requesterOrgId: founder.organizationId,
      message: 'Chúng tôi có thể đề xuất giải pháp cảm biến cho nhu cầu này.',
      stage: 'requested',
      requestedAt: new Date(now - 3 * DAY),
      createdAt: new Date(now - 3 * DAY),
      updatedAt: new Date(now - 3 * DAY),
    });
}

/** The first demo university with a listed offer keeps its portfolio here. */
async function seedPortfolio(tx: Db, offers: OfferRow[], now: number) {
  const offer = offers.find((o) => o.ownerKind === 'university');
  if (offer) await seedDemoPortfolio(tx, { ownerOrgId: offer.ownerOrgId, offerId: offer.id, now });
}

export async function seedMarketplaceDemo(
  deps: Pick<AppDeps, 'database' | 'clock'>,
): Promise<void> {
  const db = deps.database.db;
  if (await anyOffer(db)) return;
  const now = deps.clock().getTime();
  await db.transaction(async (tx) => {
    const offers = await seedOffers(tx, now);
    const needs = await seedNeeds(tx, now);
    await seedPortfolio(tx, offers, now);
    // Last: introductions and deals, whose model the funnel's commands define.
    await seedIntroductions(tx, offers, needs, now);
  });
}
