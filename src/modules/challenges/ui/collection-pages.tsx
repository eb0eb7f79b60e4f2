// The collections of challenges: the index of problem owners and of sectors, an owner's page and
// a sector's page (current and solved challenges, newest first), linked from the list, from each
// challenge's page and to the archive of solved ones.
import type { RequestContext } from '../../../platform/http/context';
import { ListPager } from '../../../platform/ui/pager';
import { Layout } from '../../../platform/ui/layout';
import type { DirectoryOrganizationFacts } from '../../directory';
import { CHALLENGES_PATH } from '../permissions';
import type { Collection, CollectionEntry } from '../services/collections.queries';
import { ARCHIVE_PATH, ChallengeCard } from './challenge-list';
import {
  OWNERS_PATH,
  ownerCollectionPath,
  SECTORS_PATH,
  sectorCollectionPath,
} from './collection-paths';

const sectorName = (ctx: RequestContext, sector: string) =>
  ctx.t(`directory.sector.${sector}` as never);

/** The ways into the challenges, on the list's pages and each challenge's page. */
export function CollectionLinks({ ctx }: { ctx: RequestContext }) {
  const { t } = ctx;
  return (
    <nav aria-label={t('challenges.collections.all')}>
      <p class="row">
        <a href={CHALLENGES_PATH}>{t('challenges.collections.all')}</a>
        <a href={OWNERS_PATH}>{t('challenges.collections.owners')}</a>
        <a href={SECTORS_PATH}>{t('challenges.collections.sectors')}</a>
        <a href={ARCHIVE_PATH}>{t('challenges.collection.archive')}</a>
      </p>
    </nav>
  );
}

function IndexPage<K>(props: {
  ctx: RequestContext;
  path: string;
  title: string;
  lead: string;
  entries: CollectionEntry<K>[];
  link: (key: K) => { href: string; label: string };
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={props.title} path={props.path} description={props.lead}>
      <h1>{props.title}</h1>
      <p class="lead">{props.lead}</p>
      <CollectionLinks ctx={ctx} />
      {props.entries.length === 0 ? (
        <p class="muted">{t('challenges.collection.none')}</p>
      ) : (
        <ul>
          {props.entries.map((e) => {
            const { href, label } = props.link(e.key);
            return (
              <li>
                <a href={href}>{label}</a>{' '}
                <span class="muted">({t('challenges.collection.count', { count: e.count })})</span>
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}

export const OwnersPage = (props: {
  ctx: RequestContext;
  entries: CollectionEntry<DirectoryOrganizationFacts>[];
}) => (
  <IndexPage
    ctx={props.ctx}
    path={OWNERS_PATH}
    title={props.ctx.t('challenges.owners.title')}
    lead={props.ctx.t('challenges.owners.lead')}
    entries={props.entries}
    link={(o) => ({ href: ownerCollectionPath(o), label: o.name })}
  />
);

export const SectorsPage = (props: { ctx: RequestContext; entries: CollectionEntry<string>[] }) => (
  <IndexPage
    ctx={props.ctx}
    path={SECTORS_PATH}
    title={props.ctx.t('challenges.sectors.title')}
    lead={props.ctx.t('challenges.sectors.lead')}
    entries={props.entries}
    link={(s) => ({ href: sectorCollectionPath(s), label: sectorName(props.ctx, s) })}
  />
);

export function CollectionPage(props: {
  ctx: RequestContext;
  collection: Collection;
  path: string;
  title: string;
  /** Links of its own: the owner's directory profile, its solved challenges in the archive. */
  links: { href: string; label: string }[];
}) {
  const { ctx, collection } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={props.title} path={props.path}>
      <h1>{props.title}</h1>
      <CollectionLinks ctx={ctx} />
      <p class="row">
        {props.links.map((l) => (
          <a href={l.href}>{l.label}</a>
        ))}
      </p>
      <p role="status">{t('challenges.collection.count', { count: collection.total })}</p>
      {collection.rows.length === 0 ? (
        <p class="muted">{t('challenges.collection.none')}</p>
      ) : (
        <ul class="cards">
          {collection.rows.map((c) => (
            <ChallengeCard
              ctx={ctx}
              challenge={c}
              owner={collection.owners.get(c.ownerOrganizationId)}
            />
          ))}
        </ul>
      )}
      <ListPager t={t} locale={locale} result={collection} path={props.path} filters={{}} />
    </Layout>
  );
}

export const ownerCollectionTitle = (ctx: RequestContext, owner: DirectoryOrganizationFacts) =>
  ctx.t('challenges.owner.title', { owner: owner.name });

export const sectorCollectionTitle = (ctx: RequestContext, sector: string) =>
  ctx.t('challenges.sector.title', { sector: sectorName(ctx, sector) });
