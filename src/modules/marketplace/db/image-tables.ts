// An offer's public images (issue 14, item 1): part of the public teaser, in the public store
// (`/files/<sha256>.<ext>`), each with its alternative text.
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';
import { marketplaceOffers } from './tables';

export const marketplaceOfferImages = pgTable(
  'marketplace_offer_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => marketplaceOffers.id, { onDelete: 'cascade' }),
    /** The public store's key: `<sha256>.<ext>`. */
    fileKey: text('file_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    altVi: text('alt_vi').notNull(),
    altEn: text('alt_en').notNull().default(''),
    addedBy: text('added_by'),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [
    // The same picture twice on one offer is one image.
    uniqueIndex('marketplace_offer_images_offer_file_idx').on(t.offerId, t.fileKey),
    index('marketplace_offer_images_offer_idx').on(t.offerId, t.createdAt),
  ],
);
