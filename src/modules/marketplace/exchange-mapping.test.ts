// The mapping to the national S&T exchange and Techport (docs/marketplace-exchange-mapping.md)
// must name every field the public API publishes for a listing: a field added to the API without
// its row would leave a connector's author guessing. The API itself is held to docs/openapi.json
// by src/platform/http/api.db.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = path.resolve(import.meta.dirname, '../../../docs');
const mapping = readFileSync(path.join(docs, 'marketplace-exchange-mapping.md'), 'utf8');
const schemas = (
  JSON.parse(readFileSync(path.join(docs, 'openapi.json'), 'utf8')) as {
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  }
).components.schemas;

/** The rows of the table under a "## … (`Schema`)" heading: the fields its first column names. */
function mappedFields(schema: string): string[] {
  const section = mapping.split('\n## ').find((s) => s.includes(`(\`${schema}\`)`)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([\w.]+)`/g)].map((m) => m[1]!));
}

describe('the documented mapping to the national exchanges', () => {
  for (const schema of ['TechnologyOffer', 'TechnologyNeed'])
    it(`maps every field of ${schema} the API publishes, and no other`, () => {
      const published = Object.keys(schemas[schema]!.properties).sort();
      const mapped = [...new Set(mappedFields(schema).map((f) => f.split('.')[0]!))].sort();
      expect(mapped).toEqual(published);
    });
});
