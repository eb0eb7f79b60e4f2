import type { Indicator } from '../../../platform/modules/manifest';
import { countPublishedBetween } from '../db/items.repository';

// The portal serves the whole instance: its items are not counted per province.
export const CONTENT_INDICATORS: Indicator[] = [
  {
    id: 'content.items_published',
    label: 'content.indicator.itemsPublished',
    unit: 'count',
    compute: (db, q) => countPublishedBetween(db, q.from, q.to),
  },
];
