/** The designer canvas's texts, Simplified Chinese: the schema the English file must match. */
const canvas = {
  title: '画布',
  empty: '从左侧步骤栏点击或拖入步骤，开始设计流程。',
  palette: {
    title: '步骤',
    hint: '点击添加，或拖到画布上',
    add: '添加步骤：{name}',
  },
  kinds: {
    form: '填写表单',
    review: '审核',
    communication: '联系客户',
    plan: '拟定方案',
    confirmation: '客户确认',
    signature: '签署',
    survey: '满意度调查',
    notification: '通知',
    action: '自动操作',
    wait: '等待',
    decision: '判断',
    parallelSplit: '并行拆分',
    parallelJoin: '并行汇合',
    subflow: '子流程',
    end: '结束',
  },
  outcomes: {
    resolved: '已解决',
    mediation: '转调解',
    regulatorComplaint: '监管投诉',
    rejected: '已拒绝',
    withdrawn: '已撤回',
    unresolved: '未解决',
    disbursed: '已放款',
  },
  node: {
    start: '开始',
    problems: '{count} 个问题',
    label: '步骤：{name}（{kind}）',
  },
  edge: {
    default: '默认',
    guard: '条件：{text}',
    label: '连线：{from} → {to}',
  },
  toolbar: {
    label: '画布工具',
    delete: '删除所选',
    autoLayout: '自动布局',
    fitView: '适应画布',
    copy: '复制',
    cut: '剪切',
    paste: '粘贴',
    selectAll: '全选',
  },
  edits: {
    add: '添加步骤',
    move: '移动步骤',
    connect: '连接步骤',
    delete: '删除',
    cut: '剪切',
    paste: '粘贴',
    autoLayout: '自动布局',
  },
  help: '方向键移动所选步骤；Delete 删除；Ctrl+C/X/V 复制、剪切、粘贴；Ctrl+A 全选；Shift+拖动框选。',
};

export type CanvasMessages = typeof canvas;
export default canvas;
