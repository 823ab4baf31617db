/**
 * The GraphQL input edge, for every operation (public ones included), before any resolver runs:
 * - every string of the variables, the operation name and the extensions is made well-formed (lone
 *   surrogates become U+FFFD, as storage would make them: see well-formed.ts). Literals in the document
 *   need nothing: the GraphQL parser refuses lone surrogates (GRAPHQL_PARSE_FAILED).
 * - every JSON-typed variable value is checked against the JSON limits (json-limits.ts); a breach is
 *   BAD_USER_INPUT with `fieldPath` = the variable's path to the offending place.
 * The JSON scalar applies the same limits to literals and subscription variables (scalars.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type GraphQLSchema, type TypeNode } from 'graphql';
import { jsonLimitBreach } from './json-limits';
import { wellFormedDeep } from './well-formed';

export function inputGuardPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      if (request.variables) request.variables = wellFormedDeep(request.variables);
      if (request.extensions) request.extensions = wellFormedDeep(request.extensions);
      if (typeof request.operationName === 'string')
        request.operationName = wellFormedDeep(request.operationName);
      return {
        async didResolveOperation({ operation, schema }) {
          for (const definition of operation?.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            checkJsonInputs(inputTypeOf(schema, definition.type), request.variables?.[name], [name]);
          }
        },
      };
    },
  };
}

/**
 * Input types, told apart by their `Symbol.toStringTag` rather than graphql-js's `instanceof`
 * predicates: the schema may come from the other module format of graphql (ESM vs CommonJS).
 */
type InputType =
  | { kind: 'NonNull' | 'List'; ofType: InputType }
  | { kind: 'InputObject'; fields: () => { name: string; type: InputType }[] }
  | { kind: 'Leaf'; name: string };

function inputTypeOf(schema: GraphQLSchema, node: TypeNode): InputType {
  if (node.kind === Kind.NON_NULL_TYPE) return { kind: 'NonNull', ofType: inputTypeOf(schema, node.type) };
  if (node.kind === Kind.LIST_TYPE) return { kind: 'List', ofType: inputTypeOf(schema, node.type) };
  return fromSchemaType(schema.getType(node.name.value));
}

function fromSchemaType(type: unknown): InputType {
  const t = type as { [Symbol.toStringTag]?: string; ofType?: unknown; name?: string };
  const tag = t?.[Symbol.toStringTag];
  if (tag === 'GraphQLNonNull') return { kind: 'NonNull', ofType: fromSchemaType(t.ofType) };
  if (tag === 'GraphQLList') return { kind: 'List', ofType: fromSchemaType(t.ofType) };
  if (tag === 'GraphQLInputObjectType') {
    const fields = (type as { getFields(): Record<string, { name: string; type: unknown }> }).getFields();
    return {
      kind: 'InputObject',
      fields: () => Object.values(fields).map((f) => ({ name: f.name, type: fromSchemaType(f.type) })),
    };
  }
  return { kind: 'Leaf', name: t?.name ?? '' };
}

/** Walks a variable value along its input type and checks each JSON scalar in it. */
function checkJsonInputs(type: InputType, value: unknown, path: (string | number)[]): void {
  if (value === null || value === undefined) return;
  if (type.kind === 'NonNull') return checkJsonInputs(type.ofType, value, path);
  if (type.kind === 'List') {
    if (!Array.isArray(value)) return checkJsonInputs(type.ofType, value, path);
    value.forEach((item, i) => checkJsonInputs(type.ofType, item, [...path, i]));
    return;
  }
  if (type.kind === 'InputObject') {
    if (typeof value !== 'object') return;
    for (const field of type.fields())
      checkJsonInputs(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name]);
    return;
  }
  if (type.kind !== 'Leaf' || type.name !== 'JSON') return;
  const breach = jsonLimitBreach(value);
  if (breach)
    throw new GraphQLError(breach.messages.en, {
      extensions: {
        code: 'BAD_USER_INPUT',
        messages: breach.messages,
        fieldPath: [...path, ...breach.path],
        http: { status: 400 },
      },
    });
}
