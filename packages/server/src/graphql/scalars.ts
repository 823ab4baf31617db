/**
 * Custom scalars. DateTime / Date / JSON come from graphql-scalars; Fen is ours because money must stay
 * exact: integer fen serialised as a string of digits.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, LocalDateResolver, JSONResolver } from 'graphql-scalars';
import { jsonLimitBreach } from '../edge/json-limits';
import { wellFormedDeep } from '../edge/well-formed';

const FEN_PATTERN = /^-?(0|[1-9]\d*)$/;

function parseFen(value: unknown): string {
  if (typeof value === 'string' && FEN_PATTERN.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new TypeError('Fen must be an integer number of fen, as a string of digits (e.g. "123456").');
}

export const FenScalar = new GraphQLScalarType({
  name: 'Fen',
  description: 'Integer fen (1 CNY = 100 fen) as a string of digits.',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    return parseFen(value);
  },
  parseValue: parseFen,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseFen(ast.value);
    throw new TypeError('Fen must be a string of digits.');
  },
});

/** A JSON input within the limits of edge/json-limits.ts, its text well-formed; BAD_USER_INPUT otherwise. */
function limitedJson(value: unknown): unknown {
  const breach = jsonLimitBreach(value);
  if (breach)
    throw new GraphQLError(breach.messages.en, {
      extensions: { code: 'BAD_USER_INPUT', messages: breach.messages, fieldPath: breach.path },
    });
  return wellFormedDeep(value);
}

/** graphql-scalars' JSON with a depth and size limit on input (variables, literals, subscriptions). */
export const JSONScalar = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  parseValue: (value) => limitedJson(JSONResolver.parseValue(value)),
  parseLiteral: (ast, variables) => limitedJson(JSONResolver.parseLiteral(ast, variables)),
});

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  Date: LocalDateResolver,
  JSON: JSONScalar,
  Fen: FenScalar,
};
