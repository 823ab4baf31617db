/** The customer's survey page (`customerSurvey`) and the case screen's survey card (`caseSurvey`), zh-CN. */
const customerSurvey = {
  title: '满意度调查',
  loading: '正在打开调查…',
  intro: '感谢您抽出一分钟时间。您的回答只用于改进我们的服务。',
  reference: '案件编号',
  expiresAt: '链接有效期至',
  answered: {
    title: '您已提交过这份调查',
    body: '每个链接只能提交一次。感谢您的反馈！',
  },
  expired: {
    title: '调查链接已过期',
    body: '这份调查已经结束。如需反馈，请联系您的客户经理或拨打客服热线。',
  },
  invalid: {
    title: '链接无效',
  },
  thanks: {
    title: '提交成功，谢谢您！',
    body: '我们已收到您的回答，会认真阅读每一条意见。',
  },
  fixProblems: '请先修改标红的问题，再提交。',
};

const caseSurvey = {
  title: '满意度调查',
  send: '发送调查',
  empty: '尚未向客户发送调查。',
  loadError: '调查记录读取失败。',
  trigger: { STEP: '流程环节', OUTCOME: '办结结果', ON_DEMAND: '手动发送' },
  sentAt: '发送',
  expiresAt: '有效至',
  remindedAt: '已提醒',
  answeredAt: '已回答',
  waiting: '等待客户回答',
  expired: '已过期',
  scores: { nps: 'NPS', csat: 'CSAT', ces: 'CES' },
  version: '第 {n} 版',
  dialog: {
    title: '发送满意度调查',
    survey: '调查',
    pick: '选择已发布的调查',
    none: '还没有已发布的调查。',
    hint: '客户将收到一个只能提交一次的专属链接（通过银行的短信或消息系统发送）。',
    confirm: '发送',
    cancel: '取消',
  },
  sent: {
    title: '调查已发送',
    body: '请复制下面的链接。出于安全考虑，关闭后将不再显示此链接。',
    copy: '复制链接',
    copied: '链接已复制',
    close: '完成',
  },
};

export const customerSurveyZh = customerSurvey;
export const caseSurveyZh = caseSurvey;
export type CustomerSurveyMessages = typeof customerSurvey;
export type CaseSurveyMessages = typeof caseSurvey;
