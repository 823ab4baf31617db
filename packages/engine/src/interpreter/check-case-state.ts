import type { Problem } from '../shared/problem.types';
import type { FlowDefinition } from '../definition/flow-definition.types';
import type { PluginRegistry } from '../plugins/registry';
import { defaultRegistry } from '../plugins/built-in-plugins';
import { isWaitingMode } from '../plugins/completion-modes';
import type { CaseState } from './case-state.types';

/**
 * Checks that a state is one the definition allows: tokens only wait at steps that wait, a finished
 * case holds no token and ended at an end step, forks and timers point at what exists, the data
 * holds only the flow's fields. `execute` never produces anything else — the property tests hold
 * it to that — and a host can run this over stored cases as a consistency check.
 */
export function checkCaseState(
  definition: FlowDefinition,
  state: CaseState,
  registry: PluginRegistry = defaultRegistry,
): Problem[] {
  const problems: Problem[] = [];
  const add = (code: string, path: string, en: string, zh: string): void => {
    problems.push({ code, path, message: { zh, en }, severity: 'error' });
  };
  const steps = new Map(definition.steps.map((s) => [s.key, s]));
  if (state.definitionKey !== definition.key || state.definitionVersion !== definition.version)
    add(
      'STATE_DEFINITION',
      'definitionVersion',
      'The state belongs to another definition',
      '状态属于其他流程定义',
    );
  state.tokens.forEach((t, i) => {
    const step = steps.get(t.stepKey);
    const mode = step ? registry.stepType(step.kind)?.completion : undefined;
    if (!step)
      add(
        'STATE_UNKNOWN_STEP',
        `tokens[${i}]`,
        `Token at unknown step ${t.stepKey}`,
        `令牌位于不存在的步骤 ${t.stepKey}`,
      );
    else if (!isWaitingMode(mode))
      add(
        'STATE_TOKEN_NOT_WAITING',
        `tokens[${i}]`,
        `Token rests at ${t.stepKey}, which does not wait`,
        `令牌停在不等待处理的步骤 ${t.stepKey}`,
      );
    if (t.activatedAt === null)
      add(
        'STATE_TOKEN_INACTIVE',
        `tokens[${i}]`,
        `Token at ${t.stepKey} is not activated`,
        `步骤 ${t.stepKey} 的令牌未激活`,
      );
    for (const fork of t.forks)
      if (!state.forks[fork])
        add(
          'STATE_UNKNOWN_FORK',
          `tokens[${i}].forks`,
          `Token in unknown fork ${fork}`,
          `令牌属于不存在的并行分支 ${fork}`,
        );
  });
  for (const [id, fork] of Object.entries(state.forks))
    if (steps.get(fork.splitKey)?.kind !== 'parallel-split')
      add(
        'STATE_FORK_SPLIT',
        `forks.${id}`,
        `Fork of ${fork.splitKey}, not a split`,
        `并行记录对应的 ${fork.splitKey} 不是并行分支`,
      );
  for (const [id, timer] of Object.entries(state.timers))
    if (!state.tokens.some((t) => t.id === timer.tokenId && t.stepKey === timer.stepKey))
      add(
        'STATE_ORPHAN_TIMER',
        `timers.${id}`,
        `Timer ${id} has no waiting token`,
        `定时器 ${id} 没有对应的等待令牌`,
      );
  const fields = new Set(definition.forms.flatMap((f) => f.elements.map((e) => e.name)));
  for (const key of Object.keys(state.data))
    if (!fields.has(key))
      add(
        'STATE_UNKNOWN_FIELD',
        `data.${key}`,
        `Data field ${key} is not in the flow`,
        `数据字段 ${key} 不属于该流程`,
      );
  for (const key of Object.keys(state.visits))
    if (!steps.has(key))
      add('STATE_UNKNOWN_STEP', `visits.${key}`, `Visit to unknown step ${key}`, `访问了不存在的步骤 ${key}`);
  if (state.offers.length > 0 && !definition.offerPolicy)
    add('STATE_OFFER', 'offers', 'Offers in a flow without an offer policy', '流程没有方案政策却有方案');
  if (state.status === 'active' && state.tokens.length === 0)
    add('STATE_STUCK', 'tokens', 'An active case with no position', '办理中的案件没有任何办理位置');
  if (state.status === 'completed' || state.status === 'closed') {
    if (state.tokens.length > 0)
      add('STATE_FINISHED_TOKENS', 'tokens', 'A finished case still holds tokens', '已办结案件仍有办理位置');
    const ends = definition.steps.flatMap((s) => (s.kind === 'end' ? [s.outcome] : []));
    if (state.outcome === null || !ends.includes(state.outcome))
      add(
        'STATE_OUTCOME',
        'outcome',
        `Outcome ${String(state.outcome)} matches no end step`,
        `结果 ${String(state.outcome)} 不对应任何结束步骤`,
      );
  }
  return problems;
}
