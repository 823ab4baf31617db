/** Texts of the shared UI pieces (shared/ui). */
export default {
  due: {
    left: '剩余 {time}',
    overdue: '已超时 {time}',
    none: '无时限',
    dayUnit: '天',
    tones: { ok: '正常', warning: '即将超时', breached: '已超时', none: '无时限' },
  },
};
