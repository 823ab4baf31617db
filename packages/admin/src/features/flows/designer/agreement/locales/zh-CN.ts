/** The agreement-text editor's texts, Simplified Chinese: the schema the English file must match. */
const agreement = {
  title: '协议文本',
};

export type AgreementMessages = typeof agreement;
export default agreement;
