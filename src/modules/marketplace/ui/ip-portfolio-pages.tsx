// Portfolios: the list of those the account keeps, one office's portfolio, and the public page
// of a university's filed and granted assets.
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, formatVnd } from '../../../platform/i18n';
import { DataTable } from '../../../platform/ui/data-table';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { IpAssetSummary } from '../db/ip-portfolio.repository';
import type { PublicIpAsset } from '../services/ip-portfolio.queries';
import type { Owner } from '../services/owners';
import { dayText, stageLabel } from './ip-labels';
import {
  ipAssetPath,
  ipImportPath,
  PORTFOLIO_PATH,
  portfolioPath,
  publicPortfolioPath,
} from './ip-paths';
import { ipKindLabel } from './labels';
import { offerPath, organizationPath } from './paths';

export function PortfolioIndexPage(props: {
  ctx: RequestContext;
  portfolios: (Owner & { assets: number })[];
  isStaff: boolean;
}) {
  const { ctx } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('marketplace.ip.index.title')} path={PORTFOLIO_PATH}>
      <h1>{t('marketplace.ip.index.title')}</h1>
      <p class="lead">{t('marketplace.ip.index.lead')}</p>
      {props.portfolios.length === 0 ? (
        <p class="muted">{t('marketplace.ip.index.none')}</p>
      ) : (
        <ul>
          {props.portfolios.map((p) => (
            <li>
              <a href={portfolioPath(p.slug)}>{p.name}</a> —{' '}
              {t('marketplace.ip.index.assets', { count: formatNumber(p.assets, locale) })}
            </li>
          ))}
        </ul>
      )}
      {props.isStaff && (
        <form method="get" action={PORTFOLIO_PATH}>
          <TextField
            t={t}
            name="org"
            label={t('marketplace.ip.index.open')}
            hint={t('marketplace.ip.index.openHint')}
          />
          <button type="submit">{t('marketplace.ip.index.openButton')}</button>
        </form>
      )}
    </Layout>
  );
}

function officeColumns(ctx: RequestContext) {
  const { t, locale } = ctx;
  return [
    {
      key: 'title',
      label: t('marketplace.ip.field.title'),
      isRowHeader: true,
      cell: (a: IpAssetSummary) => <a href={ipAssetPath(a.id)}>{a.title}</a>,
    },
    {
      key: 'reference',
      label: t('marketplace.ip.field.reference'),
      cell: (a: IpAssetSummary) => a.reference,
    },
    {
      key: 'kind',
      label: t('marketplace.field.ipKind'),
      cell: (a: IpAssetSummary) => ipKindLabel(t, a.ipKind),
    },
    {
      key: 'stage',
      label: t('marketplace.ip.field.stage'),
      cell: (a: IpAssetSummary) => stageLabel(t, a.stage),
    },
    {
      key: 'number',
      label: t('marketplace.ip.column.number'),
      cell: (a: IpAssetSummary) => a.grantNumber || a.filingNumber,
    },
    {
      key: 'fee',
      label: t('marketplace.ip.column.nextFee'),
      cell: (a: IpAssetSummary) => dayText(a.nextFeeOn, locale),
    },
    {
      key: 'licences',
      label: t('marketplace.ip.column.licences'),
      cell: (a: IpAssetSummary) => formatNumber(a.licenceCount, locale),
    },
    {
      key: 'revenue',
      label: t('marketplace.ip.column.revenue'),
      cell: (a: IpAssetSummary) => formatVnd(a.revenueVnd, locale),
    },
    {
      key: 'listed',
      label: t('marketplace.ip.column.listed'),
      cell: (a: IpAssetSummary) =>
        a.offerId ? <a href={offerPath(a.offerId)}>{t('marketplace.ip.column.offer')}</a> : '',
    },
  ];
}

export function OfficePortfolioPage(props: {
  ctx: RequestContext;
  owner: Owner;
  assets: IpAssetSummary[];
  notice?: PageNotice;
}) {
  const { ctx, owner, assets } = props;
  const { t, locale } = ctx;
  const revenue = assets.reduce((sum, a) => sum + a.revenueVnd, 0n);
  return (
    <Layout
      ctx={ctx}
      title={t('marketplace.ip.office.title', { name: owner.name })}
      path={PORTFOLIO_PATH}
    >
      <h1>{t('marketplace.ip.office.title', { name: owner.name })}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p>
        {t('marketplace.ip.office.summary', {
          count: formatNumber(assets.length, locale),
          revenue: formatVnd(revenue, locale),
        })}
      </p>
      <p>
        <a class="button" href={`${portfolioPath(owner.slug)}/new`}>
          {t('marketplace.ip.asset.new')}
        </a>{' '}
        <a href={ipImportPath(owner.slug)}>{t('marketplace.ip.import.title')}</a> ·{' '}
        <a href={publicPortfolioPath(owner.slug)}>{t('marketplace.ip.office.public')}</a>
      </p>
      {assets.length === 0 ? (
        <p class="muted">{t('marketplace.ip.office.empty')}</p>
      ) : (
        <DataTable
          columns={officeColumns(ctx)}
          rows={assets}
          label={t('marketplace.ip.office.title', { name: owner.name })}
        />
      )}
    </Layout>
  );
}

export function PublicPortfolioPage(props: {
  ctx: RequestContext;
  owner: Owner;
  assets: PublicIpAsset[];
}) {
  const { ctx, owner, assets } = props;
  const { t, locale } = ctx;
  const title = t('marketplace.ip.public.title', { name: owner.name });
  return (
    <Layout ctx={ctx} title={title} path={publicPortfolioPath(owner.slug)}>
      <h1>{title}</h1>
      <p class="lead">
        {t('marketplace.ip.public.lead')} <a href={organizationPath(owner.slug)}>{owner.name}</a>
      </p>
      {assets.length === 0 ? (
        <p class="muted">{t('marketplace.ip.public.empty')}</p>
      ) : (
        <ul class="cards">
          {assets.map((a) => (
            <li class="card">
              <p class="muted">
                {ipKindLabel(t, a.ipKind)} · {stageLabel(t, a.stage)}
                {a.isStateFunded && ` · ${t('marketplace.ip.field.isStateFunded')}`}
              </p>
              <h2>{a.title}</h2>
              <dl>
                {a.filingNumber && (
                  <>
                    <dt>{t('marketplace.ip.field.filingNumber')}</dt>
                    <dd>
                      {a.filingNumber} ({dayText(a.filedOn, locale)}, {a.jurisdiction})
                    </dd>
                  </>
                )}
                {a.grantNumber && (
                  <>
                    <dt>{t('marketplace.ip.field.grantNumber')}</dt>
                    <dd>
                      {a.grantNumber} ({dayText(a.grantedOn, locale)})
                    </dd>
                  </>
                )}
                {a.expiresOn && (
                  <>
                    <dt>{t('marketplace.ip.field.expiresOn')}</dt>
                    <dd>{dayText(a.expiresOn, locale)}</dd>
                  </>
                )}
              </dl>
              {a.offerId && (
                <p>
                  <a href={offerPath(a.offerId)}>{t('marketplace.ip.public.offer')}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
