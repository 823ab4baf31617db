import type { FormMessages } from './zh-CN';

/** The shared form renderer's and form builder's texts, English. */
const forms: FormMessages = {
  title: 'Form',
};

export default forms;
