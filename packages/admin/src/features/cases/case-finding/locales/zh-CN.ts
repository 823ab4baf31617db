/** Closing a case and a complaint's finding (溯源整改), zh-CN. */
const caseFinding = {
  close: '结案',
  closeHint: '投诉结案须记录溯源整改',
  title: '结案',
  titleComplaint: '投诉结案：溯源整改',
  intro: '请选择投诉的根本原因，并写明已采取或将采取的整改措施。结案后记录不可修改。',
  rootCause: '投诉根因',
  rootCausePlaceholder: '选择根因',
  remedy: '整改措施',
  remedyPlaceholder: '例如：已向客户致歉并退还费用；修订收费告知模板，组织网点培训',
  note: '结案说明（选填）',
  notePlaceholder: '给案件记录的简短说明',
  recorded: '记录于',
  submit: '确认结案',
  errors: {
    rootCauseRequired: '请选择投诉根因',
    remedyRequired: '请填写整改措施',
  },
};

export type CaseFindingMessages = typeof caseFinding;
export default caseFinding;
