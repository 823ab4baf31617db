/** The customer's own form steps on their link page (`/c/<token>`), Simplified Chinese: the schema the English file must match. */
const customerForm = {
  title: '您的办理事项',
  intro: '请填写以下信息并提交。带 * 的为必填项。',
  submit: '提交',
  submitting: '正在提交…',
  fixProblems: '请先修正标出的问题，再提交。',
  submitted: '已提交「{step}」，谢谢！我们会尽快处理。',
  nothingLeft: '目前没有需要您办理的事项。如有新的事项，我们会再发链接给您。',
};

export type CustomerFormMessages = typeof customerForm;
export default customerForm;
