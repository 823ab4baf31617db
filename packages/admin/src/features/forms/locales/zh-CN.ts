/** The shared form renderer's and form builder's texts, Simplified Chinese: the schema the English file must match. */
const forms = {
  title: '表单',
};

export type FormMessages = typeof forms;
export default forms;
