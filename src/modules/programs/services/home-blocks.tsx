// The home page's "open calls": what a startup can apply to now, the nearest deadline first.
import { vnDeadline } from '../../../platform/i18n/vn-time';
import type { HomeBlock } from '../../../platform/modules/manifest';
import { findOpenCalls } from '../db/open-calls.repository';
import { PUBLIC_PATH } from '../ui/programmes-page';

export const programsHomeBlocks: HomeBlock[] = [
  {
    id: 'programs.openCalls',
    order: 20,
    async render(ctx) {
      const open = await findOpenCalls(ctx.deps.database.db, ctx.deps.clock(), 6);
      if (open.length === 0) return null;
      const { t, locale } = ctx;
      const inLocale = (vi: string, en: string) => (locale === 'en' && en) || vi;
      return (
        <section aria-labelledby="open-calls-title">
          <h2 id="open-calls-title">{t('programs.home.openCalls')}</h2>
          <ul class="cards">
            {open.map((call) => (
              <li class="card">
                <p class="muted">{inLocale(call.programmeTitleVi, call.programmeTitleEn)}</p>
                <h3>
                  <a href={`${PUBLIC_PATH}/${call.programmeSlug}`}>
                    {inLocale(call.titleVi, call.titleEn)}
                  </a>
                </h3>
                <p>{t('programs.home.closes', { deadline: vnDeadline(call.closesAt, locale) })}</p>
              </li>
            ))}
          </ul>
          <p>
            <a href={PUBLIC_PATH}>{t('programs.home.all')}</a>
          </p>
        </section>
      );
    },
  },
];
