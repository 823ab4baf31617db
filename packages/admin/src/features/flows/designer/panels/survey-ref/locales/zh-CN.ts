/** The designer's survey picker (survey step, flow survey, survey per outcome), Simplified Chinese: the schema. */
const surveyRef = {
  source: {
    form: '本流程的表单',
    library: '已发布的调查',
  },
  form: '表单',
  survey: '调查',
  surveyOption: '{title}（{key}）· 第 {version} 版',
  unpublishedOption: '{title}（{key}）· 未发布',
  archivedOption: '{title}（{key}）· 已归档',
  pin: {
    label: '版本',
    publish: '发布流程时的版本',
    latest: '始终最新版本',
    publishHint: '发布流程时固定为该调查当时的最新版本；之后调查再发布新版本，本流程仍发送固定的版本。',
    latestHint: '每次发送时使用该调查当时的最新发布版本。',
    pinned: '当前已发布的流程版本固定在第 {version} 版；再次发布流程时会更新为调查的最新版本。',
  },
  loading: '正在加载调查…',
  loadFailed: '无法加载调查列表：{message}',
  noSurveys: '还没有已发布的调查。',
  notPublished: '所选调查不存在或尚未发布，流程将无法发布。',
  none: '不发送',
  archived:
    '所选调查已归档：已发布的流程版本照常发送，但含此引用的草稿无法发布。请选择其他调查，或先在调查列表中恢复它。',
};

export type SurveyRefMessages = typeof surveyRef;
export default surveyRef;
