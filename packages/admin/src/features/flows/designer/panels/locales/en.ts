import type { PanelMessages } from './zh-CN';

/** The designer's property panels' texts, English. */
const panels: PanelMessages = {
  title: 'Properties',
};

export default panels;
