// The public library of policies and legal documents: the searchable list and a document's page.
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatFileSize, formatNumber, type Translate } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { Layout } from '../../../platform/ui/layout';
import { Notice } from '../../../platform/ui/notice';
import { PageMeta } from '../../../platform/ui/page-meta';
import { ListPager } from '../../../platform/ui/pager';
import { TextField } from '../../../platform/ui/text-controls';
import type { LegalRow } from '../db/legal.repository';
import { LEGAL_DOC_TYPES, LEGAL_STATUSES } from '../domain/legal-document';
import type { RelatedDocument } from '../services/legal.queries';
import { LEGAL_PAGE_SIZE, type LegalQuery } from '../services/legal-search';
import { sectorChoices } from './news-pages';
import { LEGAL_PATH } from './paths';

const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
export const legalTitle = (doc: LegalRow, locale: string) =>
  (locale === 'en' && doc.titleEn) || doc.titleVi;
export const typeLabel = (t: Translate, type: string) => t(`content.legal.type.${type}` as never);
export const statusLabel = (t: Translate, status: string) =>
  t(`content.legal.status.${status}` as never);

export function LegalListItem({
  ctx,
  doc,
  level = 'h2',
}: {
  ctx: RequestContext;
  doc: LegalRow;
  level?: 'h2' | 'h3';
}) {
  const { t, locale } = ctx;
  const Heading = level;
  return (
    <li class="card">
      <p class="muted">
        {typeLabel(t, doc.docType)} · {doc.number} · {formatDate(day(doc.issuedOn), locale)}
      </p>
      <Heading>
        <a href={`${LEGAL_PATH}/${doc.slug}`}>{legalTitle(doc, locale)}</a>
      </Heading>
      <p>
        <span class="badge">{statusLabel(t, doc.legalStatus)}</span> {doc.issuer}
      </p>
    </li>
  );
}

export function LegalListPage(props: {
  ctx: RequestContext;
  query: LegalQuery;
  result: { rows: LegalRow[]; total: number; page: number };
  origin: string;
}) {
  const { ctx, query, result } = props;
  const { t, locale } = ctx;
  const filters = {
    q: query.q,
    docType: query.docType,
    status: query.status,
    sector: query.sector,
  };
  const isFiltered = Object.values(filters).some(Boolean);
  return (
    <Layout
      ctx={ctx}
      title={t('content.legal.title')}
      path={LEGAL_PATH}
      head={
        <PageMeta
          url={`${props.origin}${LEGAL_PATH}`}
          title={t('content.legal.title')}
          description={t('content.legal.lead')}
          locale={locale}
          type="website"
        />
      }
    >
      <h1>{t('content.legal.title')}</h1>
      <p class="lead">{t('content.legal.lead')}</p>
      <FilterForm
        t={t}
        action={LEGAL_PATH}
        isFiltered={isFiltered}
        class="filter-grid"
        submitLabel={t('content.legal.search')}
      >
        <TextField
          t={t}
          name="q"
          type="search"
          label={t('content.legal.search')}
          hint={t('content.legal.search.hint')}
          value={query.q}
        />
        <SelectField
          t={t}
          name="docType"
          label={t('content.legal.docType')}
          value={query.docType}
          empty={t('content.legal.any')}
          options={LEGAL_DOC_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) }))}
        />
        <SelectField
          t={t}
          name="status"
          label={t('content.legal.status')}
          value={query.status}
          empty={t('content.legal.any')}
          options={LEGAL_STATUSES.map((v) => ({ value: v, label: statusLabel(t, v) }))}
        />
        <SelectField
          t={t}
          name="sector"
          label={t('content.legal.sector')}
          value={query.sector}
          empty={t('content.legal.any')}
          options={sectorChoices(t)}
        />
      </FilterForm>
      <p role="status">{t('content.legal.count', { count: formatNumber(result.total, locale) })}</p>
      {result.rows.length === 0 ? (
        <p class="muted">{t(isFiltered ? 'content.legal.emptyFiltered' : 'content.legal.empty')}</p>
      ) : (
        <ul class="cards">
          {result.rows.map((doc) => (
            <LegalListItem ctx={ctx} doc={doc} />
          ))}
        </ul>
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={LEGAL_PATH}
        filters={filters}
        size={LEGAL_PAGE_SIZE}
      />
    </Layout>
  );
}

function legalJsonLd(doc: LegalRow, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: doc.titleVi,
    legislationIdentifier: doc.number,
    legislationDate: doc.issuedOn,
    legislationPassedBy: { '@type': 'Organization', name: doc.issuer },
    inLanguage: 'vi',
    url,
  };
}

export function LegalDocumentPage(props: {
  ctx: RequestContext;
  document: LegalRow;
  related: RelatedDocument[];
  origin: string;
}) {
  const { ctx, document: doc, related } = props;
  const { t, locale } = ctx;
  const path = `${LEGAL_PATH}/${doc.slug}`;
  const title = legalTitle(doc, locale);
  const summary = (locale === 'en' && doc.summaryEn) || doc.summaryVi;
  const facts: [string, string | null][] = [
    [t('content.legal.number'), doc.number],
    [t('content.legal.docType'), typeLabel(t, doc.docType)],
    [t('content.legal.issuer'), doc.issuer],
    [t('content.legal.issuedOn'), formatDate(day(doc.issuedOn), locale)],
    [t('content.legal.effectiveOn'), doc.effectiveOn && formatDate(day(doc.effectiveOn), locale)],
    [t('content.legal.status'), statusLabel(t, doc.legalStatus)],
    [
      t('content.legal.sector'),
      doc.sectors.map((s) => t(`directory.sector.${s}` as never)).join(', ') || null,
    ],
  ];
  return (
    <Layout
      ctx={ctx}
      title={`${doc.number} · ${title}`}
      path={path}
      head={
        <PageMeta
          url={`${props.origin}${path}`}
          title={`${doc.number} · ${title}`}
          description={summary || title}
          locale={locale}
          type="article"
          data={legalJsonLd(doc, `${props.origin}${path}`)}
        />
      }
    >
      {!doc.isPublished && <Notice>{t('content.legal.notPublic')}</Notice>}
      <p class="muted">
        <a href={LEGAL_PATH}>{t('content.legal.title')}</a>
      </p>
      <h1>
        {doc.number}: {title}
      </h1>
      <dl class="facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
      </dl>
      {summary && (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('content.legal.summary')}</h2>
          <p class="prose">{summary}</p>
        </section>
      )}
      {doc.fileHash && doc.fileKind && (
        <p>
          <a class="button" href={`${path}/file`} download>
            {t('content.legal.download', {
              kind: doc.fileKind.toUpperCase(),
              size: formatFileSize(doc.fileBytes ?? 0, locale),
            })}
          </a>
        </p>
      )}
      {doc.sourceUrl && (
        <p>
          <a href={doc.sourceUrl} rel="noopener noreferrer">
            {t('content.legal.source')}
          </a>
        </p>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t('content.legal.related')}</h2>
          <ul>
            {related.map((r) => (
              <li>
                {t(`content.legal.rel.${r.direction}.${r.kind}`)}:{' '}
                <a href={`${LEGAL_PATH}/${r.document.slug}`}>
                  {r.document.number} — {legalTitle(r.document, locale)}
                </a>{' '}
                <span class="badge">{statusLabel(t, r.document.legalStatus)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
