import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { liveResolvers, loadTypeDefs, notImplementedRootFields } from './schema';

describe('root fields of the contract that are not live yet', () => {
  const typeDefs = `type Query { live: Int later: Int } type Mutation { doLater: Int }`;

  it('answer with a coded NOT_IMPLEMENTED error instead of a silent null', () => {
    const stubs = notImplementedRootFields(typeDefs, { Query: { live: () => 1 } });
    expect(Object.keys(stubs['Query'] ?? {})).toEqual(['later']);
    expect(Object.keys(stubs['Mutation'] ?? {})).toEqual(['doLater']);
    const later = stubs['Query']!['later'] as () => unknown;
    let thrown: unknown;
    try {
      later();
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('NOT_IMPLEMENTED');
    expect((thrown as AppError).messages.zh).toContain('Query.later');
  });

  it('leave live resolvers alone', () => {
    const stubs = notImplementedRootFields(typeDefs, {
      Query: { live: () => 1, later: () => 2 },
      Mutation: { doLater: () => 3 },
    });
    expect(stubs).toEqual({});
  });
});

describe('the contract', () => {
  it('has a live resolver for every query and mutation', () => {
    const stubs = notImplementedRootFields(loadTypeDefs(), liveResolvers());
    expect(stubs).toEqual({});
  });
});
