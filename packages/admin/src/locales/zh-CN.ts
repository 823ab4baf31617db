/** Simplified Chinese, the default UI language. Its shape is the schema every other locale must match. */
const zhCN = {
  app: {
    name: 'Parley 协商平台',
    language: '语言',
  },
  nav: {
    complaintCategories: '投诉分类',
  },
  locales: {
    'zh-CN': '中文',
    en: 'English',
  },
  common: {
    cancel: '取消',
    save: '保存',
    actions: '操作',
    retry: '重试',
    required: '此项为必填项',
  },
  session: {
    title: '登录',
    subtitle: '银行客户协商与投诉处理平台',
    username: '用户名',
    password: '密码',
    submit: '登录',
    logout: '退出登录',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试。',
    unknown: '操作失败，请稍后重试。',
    noPermission: '您没有执行此操作的权限',
  },
  complaintCategories: {
    title: '投诉分类',
    subtitle: '投诉按分类路由到部门和队列，并决定默认的严重程度与处理时限。',
    create: '新建分类',
    rename: '重命名',
    renameTitle: '重命名分类 {code}',
    empty: '暂无投诉分类',
    created: '已创建分类 {code}',
    renamed: '已重命名分类 {code}',
    columns: {
      code: '编码',
      nameZh: '中文名',
      nameEn: '英文名',
      severity: '严重程度',
      active: '状态',
    },
    fields: {
      code: '编码',
      nameZh: '中文名',
      nameEn: '英文名',
      parent: '上级分类',
      severity: '严重程度',
    },
    placeholders: {
      code: '例如 SERVICE-ATTITUDE',
      parent: '无（顶级分类）',
    },
    severity: {
      LOW: '低',
      MEDIUM: '中',
      HIGH: '高',
      CRITICAL: '紧急',
    },
    status: {
      active: '启用',
      inactive: '停用',
    },
  },
};

export type MessageSchema = typeof zhCN;
export default zhCN;
