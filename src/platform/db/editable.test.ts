import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { tz } from './columns';
import { editableColumns } from './editable';

const notes = pgTable('test_editable_notes', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  body: text('body').notNull(),
  words: integer('words').generatedAlwaysAs(sql`0`),
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
});

describe('editableColumns', () => {
  const editable = editableColumns(notes, ['slug']);

  it('leaves out the identity, the version, the stamps, generated and system-owned columns', () => {
    expect(editable.names).toEqual(['body']);
  });

  it('drops from a patch what a caller may not write', () => {
    const wide = { body: 'Bản hai', version: 9, slug: 'khac', updatedBy: 'x' };
    expect(editable.pick(wide)).toEqual({ body: 'Bản hai' });
  });
});
