// fast-check arbitraries drawn from an OpenAPI 3.1 document: values its schemas allow, mixed
// with what a hostile client sends instead — wrong types, huge strings, control characters, lone
// surrogates, deep nesting, malformed cursors and ETags.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  additionalProperties?: boolean | JsonSchema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  operationId?: string;
  parameters?: { name: string; in: 'path' | 'query' | 'header'; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

const char = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));

/** Control characters, lone surrogates and the odd paired one, between ordinary letters. */
export const nastyText = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '\udfff') },
    { weight: 1, arbitrary: char(0, 0x1f) },
    { weight: 1, arbitrary: char(0xd800, 0xdfff) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('\u007f', '\ufeff', '\u202e', '%00', '%ZZ', '../', '\\', '"', "'"),
    },
  ),
  minLength: 1,
  maxLength: 40,
});

const hugeText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)));

const nested = fc
  .tuple(fc.integer({ min: 2, max: 3_000 }), fc.boolean())
  .map(([depth, isArray]) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = isArray ? [value] : { a: value };
    return value;
  });

/** Looks like numbers, dates and ids typed by people, for fields that expect them. */
const almostValues = fc.constantFrom(
  '1,5',
  '3.7',
  '1.500.000',
  '-0',
  '1e309',
  'NaN',
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '31/12/2026',
  'true',
  '00000000-0000-0000-0000-000000000000',
);

/** Whatever a hostile client puts where a value belongs. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 3.7, 1e308, -1e308, 2 ** 53 + 1, '', [], {}),
  nastyText,
  hugeText,
  nested,
  almostValues,
  fc.jsonValue({ maxDepth: 3 }),
);

function resolve(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return doc.components?.schemas?.[name] ?? {};
}

const typeOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null')[0] : schema.type;

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    case 'uri':
      return fc.webUrl();
  }
  return fc.string({
    unit: 'grapheme',
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 60, 60),
  });
}

/** A value the schema allows (as far as its type, format, enum and bounds say). */
export function validValue(
  schema: JsonSchema,
  doc: OpenApiDocument,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((c) => validValue(c, doc, depth)));
  if (s.allOf)
    return validValue(Object.assign({}, ...s.allOf.map((c) => resolve(c, doc))), doc, depth);
  switch (typeOf(s)) {
    case 'string':
      return validString(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1_000_000, max: s.maximum ?? 1_000_000_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e12, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4
        ? fc.constant([])
        : fc.array(anyValue(s.items ?? {}, doc, depth + 1), { maxLength: 4 });
    case 'object':
      return depth > 4 ? fc.constant({}) : objectValue(s, doc, depth + 1);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectValue(s: JsonSchema, doc: OpenApiDocument, depth: number) {
  const properties = Object.entries(s.properties ?? {});
  const record = fc.record(
    Object.fromEntries(properties.map(([k, v]) => [k, anyValue(v, doc, depth)])),
    { requiredKeys: (s.required ?? []).filter((k) => properties.some(([p]) => p === k)) },
  );
  // Now and then a key the contract does not know, with a hostile name.
  return fc
    .tuple(
      record,
      fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.tuple(nastyText, hostile) },
      ),
    )
    .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
}

/**
 * Mostly what the schema allows, sometimes anything hostile: rare enough per field that many
 * bodies of a 20-field contract get past the input guard to the validation and the services.
 */
export function anyValue(
  schema: JsonSchema,
  doc: OpenApiDocument,
  depth = 0,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 30, arbitrary: validValue(schema, doc, depth) },
    { weight: 1, arbitrary: hostile },
  );
}

/** A text for a path segment, query value or form field: the schema's or a hostile one. */
export function anyText(
  schema: JsonSchema | undefined,
  doc: OpenApiDocument,
): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 30,
      arbitrary: validValue(schema ?? { type: 'string' }, doc).map((v) =>
        typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
      ),
    },
    { weight: 1, arbitrary: nastyText },
    { weight: 1, arbitrary: hugeText.map((s) => s.slice(0, 5_000)) },
    { weight: 1, arbitrary: almostValues },
  );
}

/** Cursors a client may have made up: junk, base64 of junk JSON, a real-looking one tampered. */
export const anyCursor = fc.oneof(
  nastyText,
  fc
    .jsonValue({ maxDepth: 3 })
    .map((j) => Buffer.from(JSON.stringify(j) ?? '').toString('base64url')),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }).map((s) => Buffer.from(s).toString('base64')),
  hugeText.map((s) => Buffer.from(s).toString('base64url')),
);

/** Header values are bytes: printable ASCII only, or the client itself refuses to send them. */
const headerText = fc.string({ unit: char(0x20, 0x7e), maxLength: 80 });

/** If-Match / If-None-Match as sent by careless or hostile clients. */
export const anyEtag = fc.oneof(
  fc.constant('*'),
  headerText,
  headerText.map((s) => `"${s}"`),
  headerText.map((s) => `W/"${s}"`),
  fc
    .array(
      headerText.map((s) => `"${s}"`),
      { minLength: 2, maxLength: 5 },
    )
    .map((l) => l.join(', ')),
  fc.integer().map(String),
);
