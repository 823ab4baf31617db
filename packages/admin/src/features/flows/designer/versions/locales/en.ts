import type { VersionMessages } from './zh-CN';

/** The designer's versions, test run and what-if texts, English. */
const versions: VersionMessages = {
  title: 'Versions',
};

export default versions;
