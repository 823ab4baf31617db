/**
 * Ids and codes the roll-ups carry, in words: agents by display name, categories, flows, departments and
 * steps by their names, root causes by their labels; channels and outcomes by the page's own texts. An id
 * that cannot be resolved (a user who left the caller's departments) reads "unknown", never the raw id. Pure.
 */
import { pickLocalized, type AppLocale, type Localized } from '../../../shared/lib/locale';

export interface NameSources {
  flows: readonly {
    key: string;
    name: Localized;
    versions: readonly { version: number; steps: readonly { key: string; name: Localized }[] }[];
  }[];
  departments: readonly { code: string; name: Localized }[];
  agents: readonly { id: string; displayName: string }[];
  categories: readonly { id: string; name: Localized }[];
  rootCauses: readonly { code: string; label: Localized }[];
}

export interface Words {
  /** Channel code → words, or undefined when unknown. */
  channel(code: string): string | undefined;
  /** EndOutcome → words, or undefined when unknown. */
  outcome(code: string): string | undefined;
  none: string;
  unknown: string;
  uncategorised: string;
  version(n: number): string;
}

export interface InsightNames {
  flow(key: string): string;
  step(key: string): string;
  agent(id: string): string;
  category(id: string): string;
  department(code: string): string;
  channel(code: string): string;
  outcome(code: string): string;
  rootCause(code: string): string;
}

export function insightNames(sources: NameSources, locale: AppLocale, words: Words): InsightNames {
  const pick = (text: Localized) => pickLocalized(text, locale);
  const flows = new Map(sources.flows.map((f) => [f.key, pick(f.name)]));
  // A step key names the same step in every version of a flow as a rule; the newest name wins.
  const steps = new Map<string, string>();
  for (const flow of sources.flows) {
    const versions = [...flow.versions].sort((a, b) => a.version - b.version);
    for (const v of versions) for (const s of v.steps) steps.set(s.key, pick(s.name));
  }
  const departments = new Map(sources.departments.map((d) => [d.code, pick(d.name)]));
  const agents = new Map(sources.agents.map((a) => [a.id, a.displayName]));
  const categories = new Map(sources.categories.map((c) => [c.id, pick(c.name)]));
  const causes = new Map(sources.rootCauses.map((c) => [c.code, pick(c.label)]));
  return {
    flow(key) {
      if (!key) return words.none;
      const match = /^(.+)@(\d+)$/.exec(key);
      const name = flows.get(match ? match[1]! : key) ?? words.unknown;
      return match ? `${name} ${words.version(Number(match[2]))}` : name;
    },
    step: (key) => steps.get(key) ?? key, // a step key is a readable word, not an id
    agent: (id) => (id ? (agents.get(id) ?? words.unknown) : words.none),
    category: (id) => (id ? (categories.get(id) ?? words.unknown) : words.uncategorised),
    department: (code) => (code ? (departments.get(code) ?? words.unknown) : words.none),
    channel: (code) => (code ? (words.channel(code) ?? words.unknown) : words.none),
    outcome: (code) => (code ? (words.outcome(code) ?? words.unknown) : words.none),
    rootCause: (code) => causes.get(code) ?? words.unknown,
  };
}
