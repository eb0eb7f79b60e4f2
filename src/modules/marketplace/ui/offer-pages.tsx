// The public side of offers: the searchable list and an offer's page (with its structured data).
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatNumber, formatVnd } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { PageMeta } from '../../../platform/ui/page-meta';
import { ListPager } from '../../../platform/ui/pager';
import { TextField } from '../../../platform/ui/text-controls';
import type { OfferRow } from '../db/offers.repository';
import { TRL_LEVELS } from '../domain/offer';
import type { OfferView } from '../services/offers.queries';
import { OFFER_PAGE_SIZE, type OfferQuery } from '../services/offer-search';
import {
  ipKindLabel,
  OWNER_KIND_FILTERS,
  ownerKindLabel,
  sectorChoices,
  sectorLabel,
  transferChoices,
  transferLabel,
  trlLabel,
} from './labels';
import { DocumentsSection, Held, NdaSection } from './confidential';
import type { OfferImageRow } from '../db/offer-images.repository';
import { OfferImagesSection, OfferThumbnail, type OfferImageFormState } from './offer-images';
import { MarketplaceTabs } from './tabs';
import { SaveSearchForm } from './saved-search-pages';
import { INTRODUCTIONS_PATH, MARKETPLACE_PATH, offerPath } from './paths';

export function OfferCard(props: {
  ctx: RequestContext;
  offer: OfferRow;
  ownerName?: string;
  /** The offer's first image, shown small; none when it has no image. */
  image?: OfferImageRow;
  level?: 'h2' | 'h3';
}) {
  const { t } = props.ctx;
  const { offer } = props;
  const Heading = props.level ?? 'h2';
  return (
    <li class="card">
      {props.image && <OfferThumbnail ctx={props.ctx} image={props.image} />}
      <p class="muted">
        TRL {offer.trl} · {offer.sectors.map((s) => sectorLabel(t, s)).join(', ')}
      </p>
      <Heading>
        <a href={offerPath(offer.id)}>{offer.title}</a>
      </Heading>
      {props.ownerName && <p>{props.ownerName}</p>}
      <p>{offer.summary.slice(0, 240)}</p>
    </li>
  );
}

export function OfferListPage(props: {
  ctx: RequestContext;
  query: OfferQuery;
  result: { rows: OfferRow[]; total: number; page: number };
  ownerNames: Map<string, string>;
  /** Each listed offer's first image, read for the page at once. */
  images: Map<string, OfferImageRow>;
  origin: string;
}) {
  const { ctx, query, result } = props;
  const { t, locale } = ctx;
  const filters = {
    q: query.q,
    sector: query.sector,
    transfer: query.transfer,
    ownerKind: query.ownerKind,
    trlMin: query.trlMin?.toString(),
    trlMax: query.trlMax?.toString(),
  };
  const isFiltered = Object.values(filters).some(Boolean);
  const levels = TRL_LEVELS.map((l) => ({ value: String(l), label: String(l) }));
  return (
    <Layout
      ctx={ctx}
      title={t('marketplace.offers.title')}
      path={MARKETPLACE_PATH}
      head={
        <PageMeta
          url={`${props.origin}${MARKETPLACE_PATH}`}
          title={t('marketplace.offers.title')}
          description={t('marketplace.module.description')}
          locale={locale}
          type="website"
        />
      }
    >
      <h1>{t('marketplace.offers.title')}</h1>
      <p class="lead">{t('marketplace.module.description')}</p>
      <MarketplaceTabs ctx={ctx} current="offers" />
      <FilterForm
        t={t}
        action={MARKETPLACE_PATH}
        isFiltered={isFiltered}
        class="filter-grid"
        submitLabel={t('marketplace.search')}
      >
        <TextField
          t={t}
          name="q"
          type="search"
          label={t('marketplace.search')}
          hint={t('marketplace.search.hint')}
          value={query.q}
        />
        <SelectField
          t={t}
          name="sector"
          label={t('marketplace.field.sectors')}
          value={query.sector}
          empty={t('marketplace.any')}
          options={sectorChoices(t)}
        />
        <SelectField
          t={t}
          name="transfer"
          label={t('marketplace.field.transferForms')}
          value={query.transfer}
          empty={t('marketplace.any')}
          options={transferChoices(t)}
        />
        <SelectField
          t={t}
          name="ownerKind"
          label={t('marketplace.field.ownerKind')}
          value={query.ownerKind}
          empty={t('marketplace.any')}
          options={OWNER_KIND_FILTERS.map((k) => ({ value: k, label: ownerKindLabel(t, k) }))}
        />
        <SelectField
          t={t}
          name="trlMin"
          label={t('marketplace.filter.trlMin')}
          value={filters.trlMin}
          empty={t('marketplace.any')}
          options={levels}
        />
        <SelectField
          t={t}
          name="trlMax"
          label={t('marketplace.filter.trlMax')}
          value={filters.trlMax}
          empty={t('marketplace.any')}
          options={levels}
        />
      </FilterForm>
      <p role="status">
        {t('marketplace.offers.count', { count: formatNumber(result.total, locale) })}
      </p>
      {result.rows.length === 0 ? (
        <p class="muted">
          {t(isFiltered ? 'marketplace.offers.emptyFiltered' : 'marketplace.offers.empty')}
        </p>
      ) : (
        <ul class="cards">
          {result.rows.map((offer) => (
            <OfferCard
              ctx={ctx}
              offer={offer}
              ownerName={props.ownerNames.get(offer.ownerOrgId)}
              image={props.images.get(offer.id)}
            />
          ))}
        </ul>
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={MARKETPLACE_PATH}
        filters={filters}
        size={OFFER_PAGE_SIZE}
      />
      {isFiltered && <SaveSearchForm ctx={ctx} filters={filters} />}
    </Layout>
  );
}

function offerJsonLd(view: OfferView, url: string) {
  const { offer, owner } = view;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: offer.title,
    description: offer.summary,
    url,
    category: offer.sectors.join(', '),
    brand: { '@type': 'Organization', name: owner.name },
    ...(offer.priceVnd !== null && !view.disclosure.hidden.has('priceVnd')
      ? {
          offers: {
            '@type': 'Offer',
            price: offer.priceVnd.toString(),
            priceCurrency: 'VND',
            availability: 'https://schema.org/InStock',
          },
        }
      : {}),
  };
}

function Fact(props: { label: string; children: unknown }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children as never}</dd>
    </>
  );
}

function OfferFacts({ ctx, view }: { ctx: RequestContext; view: OfferView }) {
  const { t, locale } = ctx;
  const { offer } = view;
  const held = (field: string, children: Child) => (
    <Held ctx={ctx} disclosure={view.disclosure} tiers={offer.visibility} field={field}>
      {children}
    </Held>
  );
  return (
    <dl class="facts">
      <Fact label={t('marketplace.field.owner')}>{view.owner.name}</Fact>
      <Fact label={t('marketplace.field.trl')}>{trlLabel(t, offer.trl)}</Fact>
      <Fact label={t('marketplace.field.sectors')}>
        {offer.sectors.map((s) => sectorLabel(t, s)).join(', ')}
      </Fact>
      <Fact label={t('marketplace.field.transferForms')}>
        {offer.transferForms.map((f) => transferLabel(t, f)).join(', ')}
      </Fact>
      <Fact label={t('marketplace.field.priceVnd')}>
        {held(
          'priceVnd',
          <>
            {offer.priceVnd !== null
              ? formatVnd(offer.priceVnd, locale)
              : t('marketplace.price.negotiable')}
            {offer.priceVnd !== null && offer.isNegotiable
              ? ` (${t('marketplace.price.negotiable')})`
              : ''}
          </>,
        )}
      </Fact>
      <Fact label={t('marketplace.field.ipKind')}>
        {ipKindLabel(t, offer.ipKind)}
        {offer.ipNumber && held('ipNumber', ` · ${offer.ipNumber}`)}
        {offer.ipJurisdiction && ` · ${offer.ipJurisdiction}`}
        {offer.ipExpiresOn &&
          ` · ${t('marketplace.ip.until', { date: formatDate(new Date(`${offer.ipExpiresOn}T00:00:00+07:00`), locale) })}`}
      </Fact>
      {offer.coOwners.length > 0 && (
        <Fact label={t('marketplace.field.coOwners')}>
          {held('coOwners', offer.coOwners.map((o) => `${o.name} (${o.share}%)`).join('; '))}
        </Fact>
      )}
      {offer.isStateFunded && (
        <Fact label={t('marketplace.field.isStateFunded')}>{t('marketplace.stateFunded.yes')}</Fact>
      )}
      {offer.inventors.length > 0 && (
        <Fact label={t('marketplace.field.inventors')}>
          {held(
            'inventors',
            offer.inventors.map((p, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/directory/people/${p.slug}`}>{p.name}</a>
              </>
            )),
          )}
        </Fact>
      )}
      {offer.contactEmail && (
        <Fact label={t('marketplace.field.contactEmail')}>
          {held('contactEmail', <a href={`mailto:${offer.contactEmail}`}>{offer.contactEmail}</a>)}
        </Fact>
      )}
      {view.isListed && offer.expiresAt && (
        <Fact label={t('marketplace.field.expiresAt')}>{formatDate(offer.expiresAt, locale)}</Fact>
      )}
    </dl>
  );
}

function OfferActions({ ctx, view }: { ctx: RequestContext; view: OfferView }) {
  const { t } = ctx;
  const { offer } = view;
  const step = (name: string, kind: 'primary' | 'secondary' | 'danger' = 'secondary') => (
    <ActionButton
      action={`${offerPath(offer.id)}/step`}
      label={t(`marketplace.step.${name}` as never)}
      kind={kind}
      hidden={{ step: name, version: offer.version }}
    />
  );
  const canSubmit = ['draft', 'returned', 'withdrawn'].includes(offer.status);
  return (
    <section aria-labelledby="offer-manage">
      <h2 id="offer-manage">{t('marketplace.offer.manage')}</h2>
      <p>
        {t('marketplace.offer.status')}:{' '}
        <strong>{t(`marketplace.status.${offer.status}` as never)}</strong>
      </p>
      {offer.reviewNote && <Notice kind="info">{offer.reviewNote}</Notice>}
      <p class="actions">
        {view.mayWrite && <a href={`${offerPath(offer.id)}/edit`}>{t('marketplace.offer.edit')}</a>}
        {view.mayWrite && canSubmit && step('submit', 'primary')}
        {view.mayApprove && offer.status === 'pending' && step('approve', 'primary')}
        {view.mayWrite && offer.status === 'published' && step('renew')}
        {(view.mayWrite || view.mayApprove) &&
          ['pending', 'published'].includes(offer.status) &&
          step('withdraw', 'danger')}
      </p>
      {view.mayApprove && offer.status === 'pending' && (
        <form method="post" action={`${offerPath(offer.id)}/step`}>
          <input type="hidden" name="step" value="return" />
          <input type="hidden" name="version" value={String(offer.version)} />
          <TextField t={t} name="note" label={t('marketplace.offer.returnNote')} />
          <button type="submit" class="secondary">
            {t('marketplace.step.return')}
          </button>
        </form>
      )}
    </section>
  );
}

export function OfferPage(props: {
  ctx: RequestContext;
  view: OfferView;
  origin: string;
  notice?: PageNotice;
  /** The NDA form after a refused acceptance. */
  nda?: { errors?: FieldErrors; isStale?: boolean };
  documentErrors?: FieldErrors;
  /** The image form after a refused upload. */
  image?: OfferImageFormState;
}) {
  const { ctx, view } = props;
  const { t, locale } = ctx;
  const { offer } = view;
  const url = `${props.origin}${offerPath(offer.id)}`;
  const section = (key: string, text: string) =>
    text && (
      <section>
        <h2>{t(`marketplace.field.${key}` as never)}</h2>
        <p class="prose">
          <Held ctx={ctx} disclosure={view.disclosure} tiers={offer.visibility} field={key}>
            {text}
          </Held>
        </p>
      </section>
    );
  const base = offerPath(offer.id);
  return (
    <Layout
      ctx={ctx}
      title={offer.title}
      path={offerPath(offer.id)}
      head={
        view.isListed ? (
          <PageMeta
            url={url}
            title={offer.title}
            description={offer.summary}
            locale={locale}
            type="website"
            data={offerJsonLd(view, url)}
          />
        ) : (
          <meta name="robots" content="noindex" />
        )
      }
    >
      <p class="muted">
        <a href={MARKETPLACE_PATH}>{t('marketplace.offers.title')}</a>
      </p>
      <h1>{offer.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {!view.isListed && <Notice kind="info">{t('marketplace.offer.notListed')}</Notice>}
      <p class="lead">{offer.summary}</p>
      <OfferFacts ctx={ctx} view={view} />
      {section('problem', offer.problem)}
      {section('advantages', offer.advantages)}
      {section('applications', offer.applications)}
      <OfferImagesSection
        ctx={ctx}
        base={base}
        images={view.images}
        version={offer.version}
        mayWrite={view.mayWrite}
        state={props.image}
      />
      {view.isListed && view.disclosure.offersNda && (
        <NdaSection ctx={ctx} action={`${base}/nda`} returnPath={base} {...props.nda} />
      )}
      {(view.disclosure.reach.isOwnerSide || view.disclosure.reach.isStaff) && (
        <p>
          <a class="button" href={`${base}/matches`}>
            {t('marketplace.match.link')}
          </a>
        </p>
      )}
      <DocumentsSection
        ctx={ctx}
        base={base}
        documents={view.documents}
        mayRead={view.disclosure.reach.tier === 'parties'}
        mayAdd={view.mayWrite}
        showViews={view.disclosure.reach.isOwnerSide}
        errors={props.documentErrors}
      />
      {view.isListed && (
        <section aria-labelledby="offer-contact">
          <h2 id="offer-contact">{t('marketplace.introduction.ask')}</h2>
          <p>{t('marketplace.introduction.askLead')}</p>
          <p>
            <a class="button" href={`${INTRODUCTIONS_PATH}/new?offer=${offer.id}`}>
              {t('marketplace.introduction.ask')}
            </a>
          </p>
        </section>
      )}
      {(view.mayWrite || view.mayApprove) && <OfferActions ctx={ctx} view={view} />}
    </Layout>
  );
}
