// The confidential side of a listing's pages: the form's choice of who reads each field, a field
// held back, the click-through NDA, the documents and the owner's log of views.
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n';
import { Checkbox, FieldGroup, SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { FileField } from '../../../platform/ui/text-controls';
import type { DocumentRow } from '../db/confidential.repository';
import { NDA_VERSION, TIERS, type Tier } from '../domain/confidentiality';
import type { Disclosure } from '../services/confidential-access';
import type { Listing } from '../services/introduction-parties';
import type { ViewEntry } from '../services/listing-views.queries';
import { tierControlName } from '../services/tier-form';

/** One select a restrictable field, in a fieldset of their own. */
export function TierChoices(props: {
  ctx: RequestContext;
  fields: readonly string[];
  values: Record<string, string>;
  fallback: Tier;
  hint: string;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const options = TIERS.map((tier) => ({ value: tier, label: t(`marketplace.tier.${tier}`) }));
  return (
    <FieldGroup t={t} name="visibility" legend={t('marketplace.tiers.legend')} hint={props.hint}>
      {props.fields.map((f) => (
        <SelectField
          t={t}
          name={tierControlName(f)}
          label={t(`marketplace.field.${f}` as never)}
          value={props.values[tierControlName(f)] || props.fallback}
          options={options}
          errors={props.errors}
        />
      ))}
    </FieldGroup>
  );
}

/** A field's content, or why it is held back from this viewer. */
export function Held(props: {
  ctx: RequestContext;
  disclosure: Disclosure;
  tiers: Partial<Record<string, Tier>>;
  field: string;
  children: Child;
}) {
  if (!props.disclosure.hidden.has(props.field)) return <>{props.children}</>;
  const tier = props.tiers[props.field] === 'nda' ? 'nda' : 'parties';
  return <em class="muted">{props.ctx.t(`marketplace.hidden.${tier}`)}</em>;
}

export function NdaSection(props: {
  ctx: RequestContext;
  action: string;
  returnPath: string;
  errors?: FieldErrors;
  isStale?: boolean;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="nda-title">
      <h2 id="nda-title">{t('marketplace.nda.title')}</h2>
      {props.isStale && <p role="alert">{t('marketplace.nda.stale')}</p>}
      <p>{t('marketplace.nda.lead')}</p>
      <blockquote>
        <p>{t('marketplace.nda.text')}</p>
        <p class="muted">{t('marketplace.nda.version', { version: NDA_VERSION })}</p>
      </blockquote>
      {ctx.actor.kind !== 'user' ? (
        <p>
          <a href={`/login?next=${encodeURIComponent(props.returnPath)}`}>
            {t('marketplace.nda.signIn')}
          </a>
        </p>
      ) : (
        <form method="post" action={props.action}>
          <ErrorSummary t={t} errors={props.errors} />
          <input type="hidden" name="version" value={NDA_VERSION} />
          <Checkbox t={t} name="agreed" label={t('marketplace.nda.agree')} errors={props.errors} />
          <button type="submit">{t('marketplace.nda.accept')}</button>
        </form>
      )}
    </section>
  );
}

export function DocumentsSection(props: {
  ctx: RequestContext;
  base: string;
  documents: DocumentRow[];
  mayRead: boolean;
  mayAdd: boolean;
  /** The owner's people: a link to the log of who viewed the listing. */
  showViews: boolean;
  errors?: FieldErrors;
}) {
  const { ctx, documents } = props;
  const { t } = ctx;
  if (!props.mayRead && documents.length === 0 && !props.showViews) return null;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('marketplace.documents.title')}</h2>
      {!props.mayRead ? (
        <p>{t('marketplace.documents.partiesOnly', { count: documents.length })}</p>
      ) : documents.length === 0 ? (
        <p class="muted">{t('marketplace.documents.none')}</p>
      ) : (
        <ul>
          {documents.map((d) => (
            <li>
              <a href={`${props.base}/documents/${d.id}`}>{d.fileName}</a>
            </li>
          ))}
        </ul>
      )}
      {props.mayAdd && (
        <form method="post" action={`${props.base}/documents`} enctype="multipart/form-data">
          <ErrorSummary t={t} errors={props.errors} />
          <FileField
            t={t}
            name="document"
            label={t('marketplace.documents.file')}
            accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg"
            errors={props.errors}
          />
          <button type="submit" class="secondary">
            {t('marketplace.documents.add')}
          </button>
        </form>
      )}
      {props.showViews && (
        <p>
          <a href={`${props.base}/views`}>{t('marketplace.views.link')}</a>
        </p>
      )}
    </section>
  );
}

export function ViewLogPage(props: {
  ctx: RequestContext;
  listing: Listing;
  base: string;
  entries: ViewEntry[];
}) {
  const { ctx, listing } = props;
  const { t, locale } = ctx;
  const what = (e: ViewEntry) =>
    e.what === 'document'
      ? t('marketplace.views.what.document', { name: e.documentName ?? '' })
      : t(`marketplace.views.what.${e.what === 'details' ? 'details' : 'teaser'}`);
  const title = t('marketplace.views.title', { title: listing.title });
  return (
    <Layout ctx={ctx} title={title} path={`${props.base}/views`}>
      <p class="muted">
        <a href={props.base}>{listing.title}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('marketplace.views.lead')}</p>
      {props.entries.length === 0 ? (
        <p class="muted">{t('marketplace.views.none')}</p>
      ) : (
        <DataTable
          caption={title}
          rows={props.entries}
          columns={[
            {
              key: 'when',
              label: t('marketplace.views.when'),
              cell: (e) => formatDateTime(e.viewedAt, locale),
            },
            {
              key: 'who',
              label: t('marketplace.views.who'),
              cell: (e) => `${e.name} (${e.email})`,
            },
            { key: 'what', label: t('marketplace.views.what'), cell: what },
          ]}
        />
      )}
    </Layout>
  );
}
