// The account's marketplace: the offers it writes and those waiting for its approval.
import type { RequestContext } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { DataTable } from '../../../platform/ui/data-table';
import { Layout } from '../../../platform/ui/layout';
import type { IntroductionRow } from '../db/introductions.repository';
import type { NeedRow } from '../db/needs.repository';
import type { OfferRow } from '../db/offers.repository';
import { MarketplaceTabs } from './tabs';
import { introductionPath, MINE_PATH, NEEDS_PATH, needPath, OFFERS_PATH, offerPath } from './paths';

function OfferTable(props: { ctx: RequestContext; offers: OfferRow[]; caption: string }) {
  const { t, locale } = props.ctx;
  if (props.offers.length === 0) return <p class="muted">{t('marketplace.mine.none')}</p>;
  return (
    <DataTable
      caption={props.caption}
      rows={props.offers}
      columns={[
        {
          key: 'title',
          label: t('marketplace.field.title'),
          isRowHeader: true,
          cell: (o: OfferRow) => <a href={offerPath(o.id)}>{o.title}</a>,
        },
        {
          key: 'status',
          label: t('marketplace.offer.status'),
          cell: (o: OfferRow) => t(`marketplace.status.${o.status}` as never),
        },
        {
          key: 'updated',
          label: t('marketplace.mine.updated'),
          cell: (o: OfferRow) => formatDate(o.updatedAt, locale),
        },
      ]}
    />
  );
}

export function MinePage(props: {
  ctx: RequestContext;
  offers: OfferRow[];
  toApprove: OfferRow[];
  needs: NeedRow[];
  introductions: IntroductionRow[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('marketplace.mine.title')} path={MINE_PATH}>
      <h1>{t('marketplace.mine.heading')}</h1>
      <MarketplaceTabs ctx={ctx} current="mine" />
      <p>
        <a class="button" href={`${OFFERS_PATH}/new`}>
          {t('marketplace.offer.new')}
        </a>
      </p>
      <section aria-labelledby="to-approve">
        <h2 id="to-approve">{t('marketplace.mine.toApprove')}</h2>
        <OfferTable ctx={ctx} offers={props.toApprove} caption={t('marketplace.mine.toApprove')} />
      </section>
      <section aria-labelledby="my-offers">
        <h2 id="my-offers">{t('marketplace.mine.offers')}</h2>
        <OfferTable ctx={ctx} offers={props.offers} caption={t('marketplace.mine.offers')} />
      </section>
      <section aria-labelledby="my-needs">
        <h2 id="my-needs">{t('marketplace.mine.needs')}</h2>
        <p>
          <a href={`${NEEDS_PATH}/new`}>{t('marketplace.need.new')}</a>
        </p>
        {props.needs.length === 0 ? (
          <p class="muted">{t('marketplace.mine.none')}</p>
        ) : (
          <ul>
            {props.needs.map((n) => (
              <li>
                <a href={needPath(n.id)}>{n.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-introductions">
        <h2 id="my-introductions">{t('marketplace.mine.introductions')}</h2>
        {props.introductions.length === 0 ? (
          <p class="muted">{t('marketplace.mine.none')}</p>
        ) : (
          <ul>
            {props.introductions.map((i) => (
              <li>
                <a href={introductionPath(i.id)}>{formatDate(i.requestedAt, ctx.locale)}</a> —{' '}
                {t(`marketplace.stage.${i.stage}` as never)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
