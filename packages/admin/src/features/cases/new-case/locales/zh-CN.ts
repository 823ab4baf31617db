/** The "New case" page's texts (namespace `newCase`), Chinese: the shape English must match. */
const newCase = {
  title: '新建案件',
  back: '返回我的待办',
  intro: '为来电、来信、网点或其他渠道受理的客户新建案件。案件按流程或投诉分类自动派送到相应部门的队列。',
  sections: {
    flow: '业务与渠道',
    customer: '客户信息',
    received: '受理时间',
  },
  fields: {
    flow: '流程',
    flowPlaceholder: '选择已发布的流程',
    channel: '受理渠道',
    name: '客户姓名',
    idNumber: '身份证号',
    phone: '手机号码',
    bankCard: '银行卡号',
    address: '联系地址',
    receivedAt: '收到投诉的时间',
    receivedAtHint:
      '留空即为现在。信函、网点等渠道晚于收到时间录入时，可补录最多 {days} 天前的受理时间（北京时间）。投诉处理时限自该日起算。',
    reason: '补录原因',
    reasonPlaceholder: '例如：信函 3 月 6 日到达，今日录入',
    reasonHint: '受理时间早于现在，须说明原因；补录将记入案件审计记录。',
  },
  kind: {
    NEGOTIATION: '协商',
    COMPLAINT: '投诉处理',
    SERVICE: '客户服务',
    LOAN: '贷款业务',
    SURVEY_FOLLOW_UP: '满意度回访',
  },
  channels: {
    WEBSITE: '网站',
    APP: '手机银行',
    HOTLINE: '客服热线',
    BRANCH: '网点柜台',
    EMAIL: '电子邮件',
    LETTER: '信函',
    CHAT: '在线客服',
    API: '系统接口',
  },
  problems: {
    required: '必填',
    invalidDate: '请选择有效的时间',
    future: '受理时间不能晚于现在',
    tooOld: '最多只能补录 {days} 天前的受理时间',
  },
  noFlows: '还没有已发布的流程。请先在“流程模板”中发布一个流程。',
  loadFailed: '无法加载流程：{message}',
  submit: '新建案件',
  submitting: '正在新建…',
  cancel: '取消',
  created: '已新建案件',
};

export type NewCaseMessages = typeof newCase;
export default newCase;
