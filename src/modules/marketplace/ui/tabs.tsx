// The marketplace's sections: offers, needs and the account's own listings.
import { isSignedIn } from '../../../platform/authz';
import type { RequestContext } from '../../../platform/http/context';
import { MARKETPLACE_PATH, MINE_PATH, NEEDS_PATH } from './paths';

export function MarketplaceTabs(props: {
  ctx: RequestContext;
  current: 'offers' | 'needs' | 'mine';
}) {
  const { t, actor } = props.ctx;
  const tabs = [
    { id: 'offers', href: MARKETPLACE_PATH, label: t('marketplace.offers.title') },
    { id: 'needs', href: NEEDS_PATH, label: t('marketplace.needs.title') },
    ...(isSignedIn(actor)
      ? [{ id: 'mine', href: MINE_PATH, label: t('marketplace.mine.title') }]
      : []),
  ];
  return (
    <nav aria-label={t('marketplace.module.title')}>
      <ul class="tabs">
        {tabs.map((tab) => (
          <li>
            <a href={tab.href} aria-current={tab.id === props.current ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
