import type { AgreementMessages } from './zh-CN';

/** The agreement-text editor's texts, English. */
const agreement: AgreementMessages = {
  title: 'Agreement text',
};

export default agreement;
