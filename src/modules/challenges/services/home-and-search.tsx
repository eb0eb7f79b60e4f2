// Challenges on the home page (the open ones) and in the portal-wide search (public challenges,
// confidential ones for those who may see them), through the public list's own query.
import { formatDate } from '../../../platform/i18n';
import type { HomeBlock, SearchSource } from '../../../platform/modules/manifest';
import { CHALLENGES_PATH } from '../permissions';
import { challengePath } from '../ui/paths';
import { findPublicChallenges } from './challenges.queries';

export const challengesHomeBlocks: HomeBlock[] = [
  {
    id: 'challenges.open',
    order: 30,
    async render(ctx) {
      const now = ctx.deps.clock();
      const list = await findPublicChallenges(ctx.deps, ctx, { isArchive: false, page: 1 });
      const open = list.rows.filter((c) => c.status === 'open' && c.closesAt > now).slice(0, 4);
      if (open.length === 0) return null;
      const { t, locale } = ctx;
      return (
        <section aria-labelledby="open-challenges-title">
          <h2 id="open-challenges-title">{t('challenges.home.title')}</h2>
          <ul class="cards">
            {open.map((c) => (
              <li class="card">
                <p class="muted">{list.owners.get(c.ownerOrganizationId)?.name}</p>
                <h3>
                  <a href={challengePath(c)}>{c.track ? `${c.title} — ${c.track}` : c.title}</a>
                </h3>
                <p class="muted">
                  {t('challenges.challenge.closesOn', { date: formatDate(c.closesAt, locale) })}
                </p>
              </li>
            ))}
          </ul>
          <p>
            <a href={CHALLENGES_PATH}>{t('challenges.home.all')}</a>
          </p>
        </section>
      );
    },
  },
];

export const challengesSearchSources: SearchSource[] = [
  {
    id: 'challenges.challenges',
    title: 'challenges.list.title',
    order: 30,
    async find(ctx, words, limit) {
      const list = await findPublicChallenges(ctx.deps, ctx, {
        q: words,
        isArchive: false,
        page: 1,
      });
      return {
        total: list.total,
        hits: list.rows.slice(0, limit).map((c) => ({
          title: c.track ? `${c.title} — ${c.track}` : c.title,
          href: challengePath(c),
          meta: `${list.owners.get(c.ownerOrganizationId)?.name ?? ''} · ${formatDate(c.closesAt, ctx.locale)}`,
        })),
        moreHref: `${CHALLENGES_PATH}?q=${encodeURIComponent(words)}`,
      };
    },
  },
];
