/**
 * Minimal valid arguments for any root field, built from its declared types, with the case, token and
 * department of a chosen department (`own`, `other`, or `ghost`: well-formed ids of nothing). A field
 * added later gets arguments without anyone writing them; the few that need a real shape to get past
 * input checks (opening a case, proposing an offer) are named below.
 */
import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isUnionType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '../../src/graphql/global-id';
import { openInput } from '../cases-helpers';
import { PLAN } from '../offers-helpers';
import type { World } from './world';

export type Variant = 'own' | 'other' | 'ghost';

export const GHOST = {
  code: 'NO_SUCH_DEPARTMENT',
  complaint: { id: toGlobalId('Case', '0123456789abcdef01234567'), reference: 'none' },
  negotiation: { id: toGlobalId('Case', '89abcdef0123456789abcdef'), reference: 'none' },
  token: 'eyJhbGciOiJIUzI1NiJ9.e30.bm9uZQ',
  markers: [],
};

/** Fields whose case is the negotiation (offers, links, customer answers), not the complaint. */
const NEGOTIATION_FIELDS = new Set([
  'proposeOffer',
  'decideOfferApproval',
  'issueCustomerLink',
  'recordCustomerResponse',
  'previewRepaymentPlan',
  'verifyAgreement',
]);

/** Fields whose `id` argument names a case. */
const CASE_ID_FIELDS = new Set(['case', 'node']);

export function argsFor(
  rootType: string,
  fieldName: string,
  args: readonly GraphQLArgument[],
  world: World,
  variant: Variant,
): Record<string, unknown> {
  const dept = variant === 'ghost' ? GHOST : world[variant];
  const theCase = NEGOTIATION_FIELDS.has(fieldName) ? dept.negotiation : dept.complaint;
  const byName = (name: string): unknown => {
    switch (name) {
      case 'caseId':
        return theCase.id;
      case 'relatedCaseId':
        return dept.negotiation.id;
      case 'caseIds':
        return [theCase.id];
      case 'departmentCode':
        return dept.code;
      case 'token':
        return fieldName === 'intakeForm' || fieldName === 'submitIntake' ? world.intakeToken : dept.token;
      case 'templateKey':
        return NEGOTIATION_FIELDS.has(fieldName) ? 'minsheng-e-negotiation' : 'complaint-handling';
      case 'stepKey':
        return fieldName === 'proposeOffer' ? 'draft-plan' : 'receive';
      case 'plan':
        return PLAN;
      case 'idempotencyKey':
        return null;
      case 'id':
        if (CASE_ID_FIELDS.has(fieldName)) return theCase.id;
        if (/Category/.test(fieldName)) return world.categoryId;
        if (/User/.test(fieldName)) return world.victimUserId;
        if (/ApiClient/.test(fieldName)) return world.apiClientId;
        if (/Webhook/.test(fieldName)) return world.webhookId;
        return undefined;
      default:
        return undefined;
    }
  };
  const overrides: Record<string, Record<string, unknown>> = {
    'Mutation.openCase': { input: openInput({ departmentCode: dept.code }) },
    'Mutation.login': { username: 'nobody', password: 'wrong password' },
  };
  const override = overrides[`${rootType}.${fieldName}`] ?? {};
  const variables: Record<string, unknown> = {};
  for (const arg of args) {
    if (arg.name in override) variables[arg.name] = override[arg.name];
    else {
      const named = byName(arg.name);
      if (named !== undefined) variables[arg.name] = named;
      else if (isNonNullType(arg.type)) variables[arg.name] = minimalValue(arg.type, dept.code);
    }
  }
  return variables;
}

const SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  JSON: {},
  DateTime: '2026-01-05T02:00:00.000Z',
  Date: '2026-01-05',
  Fen: '100',
};

/** The smallest value of a type: required input fields only; departments are the variant's. */
function minimalValue(type: GraphQLInputType, departmentCode: string): unknown {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return [minimalValue(t.ofType, departmentCode)];
  if (isEnumType(t)) return t.getValues()[0]!.name;
  if (isScalarType(t)) return SCALARS[t.name] ?? 'x';
  if (isInputObjectType(t)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (f.name === 'departmentCode') value[f.name] = departmentCode;
      else if (isNonNullType(f.type) && f.defaultValue === undefined)
        value[f.name] = minimalValue(f.type, departmentCode);
    }
    return value;
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

/**
 * A selection of everything a caller could read from a result, two levels deep: scalar fields, and the
 * scalar fields of objects inside (fields that need arguments are left out). Interfaces and unions
 * select each possible type's fields. Scalars and enums select nothing.
 */
export function selectionFor(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  depth = 0,
  /** Inside a type condition: field names that differ in type between the possible types (left out). */
  clashing: ReadonlySet<string> = new Set(),
): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isInterfaceType(named) || isUnionType(named)) {
    const possible = schema.getPossibleTypes(named);
    const typesOf = new Map<string, Set<string>>();
    for (const t of possible)
      for (const f of Object.values(t.getFields()))
        typesOf.set(f.name, (typesOf.get(f.name) ?? new Set()).add(String(f.type)));
    const clash = new Set([...typesOf].filter(([, types]) => types.size > 1).map(([name]) => name));
    const parts = possible.map((t) => `... on ${t.name}${selectionFor(schema, t, depth + 1, clash)}`);
    return ` { __typename ${parts.join(' ')} }`;
  }
  const parts: string[] = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (clashing.has(f.name)) continue;
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(f.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(f.name);
    else if (depth < 1) parts.push(`${f.name}${selectionFor(schema, f.type, depth + 1)}`);
  }
  return ` { ${parts.join(' ')} }`;
}
