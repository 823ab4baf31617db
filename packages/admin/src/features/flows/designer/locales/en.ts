import type { DesignerMessages } from './zh-CN';

/** The flow designer's shell (header, problems, saving) texts, English. */
const designer: DesignerMessages = {
  title: 'Flow designer',
};

export default designer;
