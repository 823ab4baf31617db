import type zhCN from './zh-CN';

export default {
  due: {
    left: '{time} left',
    overdue: 'Overdue {time}',
    none: 'No deadline',
    dayUnit: 'd',
    tones: { ok: 'On time', warning: 'Due soon', breached: 'Breached', none: 'No deadline' },
  },
} satisfies typeof zhCN;
