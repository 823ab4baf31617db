/**
 * Input checks that need the database, shared by the category services. They only read.
 */
import { badInput } from '../../errors/app-error';
import type { Models } from '../../db/models';
import type { RoutingData } from './complaint-category.input';

/**
 * A route to a department or queue that does not exist would strand every complaint filed under the
 * category, so it is refused up front rather than discovered when a case goes nowhere.
 */
export async function checkRouting(
  models: Models,
  routing: RoutingData,
  basePath: readonly string[],
): Promise<void> {
  const { departmentCode, queueCode } = routing;
  if (!departmentCode) return;
  if (!(await models.Department.exists({ code: departmentCode }).exec())) {
    throw badInput([...basePath, 'departmentCode'], {
      zh: `部门“${departmentCode}”不存在。`,
      en: `There is no department "${departmentCode}".`,
    });
  }
  if (queueCode && !(await models.Queue.exists({ departmentCode, code: queueCode }).exec())) {
    throw badInput([...basePath, 'queueCode'], {
      zh: `部门“${departmentCode}”下没有队列“${queueCode}”。`,
      en: `The department "${departmentCode}" has no queue "${queueCode}".`,
    });
  }
}

/**
 * Structural equality of stored values and input (plain JSON shapes: strings, numbers, arrays, objects
 * without functions), treating a missing member as null so that `{a: null}` equals `{}`.
 */
export function isEqualJson(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v: unknown, i) => isEqualJson(v, b[i]))
    );
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((k) => isEqualJson(ra[k], rb[k]));
}
