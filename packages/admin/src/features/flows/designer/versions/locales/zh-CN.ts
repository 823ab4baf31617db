/** The designer's versions, test run and what-if texts, Simplified Chinese: the schema the English file must match. */
const versions = {
  title: '版本',
};

export type VersionMessages = typeof versions;
export default versions;
