import type { FlowDefinition } from '../../src/index';
import { findTemplate } from '../../src/index';

const t = (zh: string, en: string) => ({ zh, en });

/** Plan → confirm; a change request goes to a second confirmation, where no offer is open any more. */
export function reconfirmFlow(): FlowDefinition {
  const minsheng = findTemplate('minsheng-e-negotiation');
  if (!minsheng?.offerPolicy) throw new Error('Minsheng template missing');
  return {
    schemaVersion: 1,
    key: 'reconfirm',
    version: 1,
    name: t('再次确认', 'Reconfirm'),
    roles: [{ key: 'agent', name: t('客户经理', 'Agent') }],
    forms: [],
    start: 'plan',
    steps: [
      { kind: 'plan', key: 'plan', name: t('方案', 'Plan') },
      { kind: 'confirmation', key: 'confirm', name: t('确认', 'Confirm') },
      { kind: 'confirmation', key: 'confirm-again', name: t('再次确认', 'Confirm again') },
      { kind: 'end', key: 'end', name: t('结束', 'End'), outcome: 'resolved' },
    ],
    transitions: [
      { key: 'a', from: 'plan', to: 'confirm' },
      { key: 'b', from: 'confirm', to: 'end', on: 'accepted' },
      { key: 'c', from: 'confirm', to: 'confirm-again', on: 'changes-requested' },
      { key: 'd', from: 'confirm-again', to: 'end' },
    ],
    offerPolicy: {
      allowedKinds: minsheng.offerPolicy.allowedKinds,
      planPolicy: minsheng.offerPolicy.planPolicy,
      authority: minsheng.offerPolicy.authority,
    },
  };
}

/** A decision and a notification chasing each other: what validation calls an automatic cycle. */
export function loopingFlow(): FlowDefinition {
  return {
    schemaVersion: 1,
    key: 'looping',
    version: 1,
    name: t('死循环', 'Endless loop'),
    roles: [],
    forms: [],
    start: 'ping',
    steps: [
      {
        kind: 'notification',
        key: 'ping',
        name: t('通知', 'Ping'),
        channel: 'sms',
        recipient: 'customer',
        template: 'ping',
      },
      { kind: 'decision', key: 'again', name: t('再来', 'Again?') },
      { kind: 'end', key: 'end', name: t('结束', 'End'), outcome: 'resolved' },
    ],
    transitions: [
      { key: 'a', from: 'ping', to: 'again' },
      { key: 'b', from: 'again', to: 'ping', guard: true },
      { key: 'c', from: 'again', to: 'end', isDefault: true },
    ],
  };
}
