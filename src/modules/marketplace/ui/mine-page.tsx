// The account's marketplace: the offers it writes and those waiting for its approval.
import type { RequestContext } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { DataTable } from '../../../platform/ui/data-table';
import { Layout } from '../../../platform/ui/layout';
import type { OfferRow } from '../db/offers.repository';
import { MarketplaceTabs } from './tabs';
import { MINE_PATH, OFFERS_PATH, offerPath } from './paths';
import type { Child } from 'hono/jsx';

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
  more?: Child;
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
      {props.more}
    </Layout>
  );
}
