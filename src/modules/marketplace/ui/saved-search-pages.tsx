// Saved searches: the form under the offers' search or the needs' list that saves it, the
// member's page listing
// them (results, alerts on or off, rename, delete) and the page a mail's unsubscribe link opens.
// Plain forms, no script.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { Translate } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { SavedSearchRow } from '../db/saved-searches.repository';
import { SEARCH_NAME_MAX, type SavedSearchKind } from '../domain/saved-search';
import { ownerKindLabel, sectorLabel, transferLabel } from './labels';
import { MARKETPLACE_PATH, NEEDS_PATH } from './paths';
import { SAVED_SEARCHES_PATH, searchHref } from './saved-search-paths';

/** The filters in words: "«máy sấy» · Nông nghiệp · TRL 6–9". */
export function describeFilters(
  t: Translate,
  f: Partial<Record<'q' | 'sector' | 'transfer' | 'ownerKind', string>> & {
    trlMin?: string | number;
    trlMax?: string | number;
  },
): string {
  return [
    f.q && `«${f.q}»`,
    f.sector && sectorLabel(t, f.sector),
    f.transfer && transferLabel(t, f.transfer),
    f.ownerKind && ownerKindLabel(t, f.ownerKind),
    (f.trlMin || f.trlMax) &&
      t('marketplace.savedSearch.filter.trl', { min: f.trlMin ?? 1, max: f.trlMax ?? 9 }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The list a saved search filters, where its results are read. */
const LIST_PATH: Record<SavedSearchKind, string> = { offer: MARKETPLACE_PATH, need: NEEDS_PATH };

const resultsHref = (search: SavedSearchRow) =>
  searchHref(search.listingKind === 'need' ? NEEDS_PATH : MARKETPLACE_PATH, search.filters);

/** Under the search: the form for a member, a way to sign in first for a visitor. */
export function SaveSearchForm(props: {
  ctx: RequestContext;
  /** The list searched: the offers (default) or the needs. */
  kind?: SavedSearchKind;
  /** The search's filters as its address carries them. */
  filters: Record<string, string | undefined>;
}) {
  const { t, actor } = props.ctx;
  const kind = props.kind ?? 'offer';
  const here = searchHref(
    LIST_PATH[kind],
    Object.fromEntries(Object.entries(props.filters).filter(([, v]) => v)),
  );
  const title =
    kind === 'need' ? 'marketplace.savedSearch.needSaveTitle' : 'marketplace.savedSearch.saveTitle';
  return (
    <section class="card" aria-labelledby="save-search-title">
      <h2 id="save-search-title">{t(title)}</h2>
      {actor.kind !== 'user' ? (
        <p>
          <a href={`/login?next=${encodeURIComponent(here)}`}>
            {t('marketplace.savedSearch.signInToSave')}
          </a>
        </p>
      ) : (
        <form method="post" action={SAVED_SEARCHES_PATH}>
          {kind === 'need' && <input type="hidden" name="kind" value="need" />}
          {Object.entries(props.filters).map(
            ([name, value]) => value && <input type="hidden" name={name} value={value} />,
          )}
          <TextField
            t={t}
            name="name"
            id="saved-search-name"
            label={t('marketplace.savedSearch.name')}
            hint={t('marketplace.savedSearch.nameHint')}
            maxlength={SEARCH_NAME_MAX}
          />
          <button type="submit">{t('marketplace.savedSearch.save')}</button>
        </form>
      )}
    </section>
  );
}

/** A refused rename, shown again on its search. */
export interface RenameState {
  id: string;
  name: string;
  errors: FieldErrors;
}

function SavedSearchItem(props: {
  ctx: RequestContext;
  search: SavedSearchRow;
  rename?: RenameState;
}) {
  const { ctx, search } = props;
  const { t } = ctx;
  const base = `${SAVED_SEARCHES_PATH}/${search.id}`;
  const described = describeFilters(t, search.filters);
  const rename = props.rename?.id === search.id ? props.rename : undefined;
  const toggle = t(
    search.isAlerting ? 'marketplace.savedSearch.turnOff' : 'marketplace.savedSearch.turnOn',
  );
  return (
    <li class="card">
      <h2>{search.name}</h2>
      <p class="muted">
        {t(
          search.listingKind === 'need'
            ? 'marketplace.savedSearch.kind.need'
            : 'marketplace.savedSearch.kind.offer',
        )}
      </p>
      {described && <p>{t('marketplace.savedSearch.filters', { filters: described })}</p>}
      <p>
        <a
          href={resultsHref(search)}
          aria-label={t('marketplace.savedSearch.resultsLabel', { name: search.name })}
        >
          {t('marketplace.savedSearch.results')}
        </a>
      </p>
      <p>
        {t(
          search.isAlerting
            ? 'marketplace.savedSearch.alertsOn'
            : 'marketplace.savedSearch.alertsOff',
        )}{' '}
        <ActionButton
          action={`${base}/alerts`}
          label={toggle}
          ariaLabel={t('marketplace.savedSearch.alertsLabel', {
            action: toggle,
            name: search.name,
          })}
          kind="secondary"
          hidden={{ alerts: search.isAlerting ? 'off' : 'on' }}
        />
      </p>
      <form method="post" action={base}>
        <input type="hidden" name="version" value={String(search.version)} />
        <TextField
          t={t}
          name="name"
          id={`name-${search.id}`}
          label={t('marketplace.savedSearch.renameLabel', { name: search.name })}
          value={rename?.name ?? search.name}
          errors={rename?.errors}
          maxlength={SEARCH_NAME_MAX}
          required
        />
        <button type="submit" class="secondary">
          {t('marketplace.savedSearch.rename')}
        </button>
      </form>
      <ActionButton
        action={`${base}/delete`}
        label={t('marketplace.savedSearch.delete')}
        ariaLabel={t('marketplace.savedSearch.deleteLabel', { name: search.name })}
        kind="danger"
      />
    </li>
  );
}

export function SavedSearchesPage(props: {
  ctx: RequestContext;
  searches: SavedSearchRow[];
  notice?: PageNotice;
  rename?: RenameState;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('marketplace.savedSearch.title')} path={SAVED_SEARCHES_PATH}>
      <h1>{t('marketplace.savedSearch.title')}</h1>
      <p class="lead">{t('marketplace.savedSearch.lead')}</p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {props.searches.length === 0 ? (
        <p class="muted">{t('marketplace.savedSearch.none')}</p>
      ) : (
        <ul class="cards">
          {props.searches.map((search) => (
            <SavedSearchItem ctx={ctx} search={search} rename={props.rename} />
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function UnsubscribePage(props: {
  ctx: RequestContext;
  token: string;
  search?: SavedSearchRow;
  isDone: boolean;
}) {
  const { ctx, search } = props;
  const { t } = ctx;
  const path = `${SAVED_SEARCHES_PATH}/unsubscribe/${props.token}`;
  const isStopped = props.isDone || !search || !search.isAlerting;
  return (
    <Layout ctx={ctx} title={t('marketplace.savedSearch.unsubscribe.title')} path={path}>
      <h1>{t('marketplace.savedSearch.unsubscribe.title')}</h1>
      {isStopped ? (
        <Notice kind="success">{t('marketplace.savedSearch.unsubscribe.done')}</Notice>
      ) : (
        <>
          <p>{t('marketplace.savedSearch.unsubscribe.ask', { name: search.name })}</p>
          <ActionButton action={path} label={t('marketplace.savedSearch.unsubscribe.confirm')} />
        </>
      )}
    </Layout>
  );
}
