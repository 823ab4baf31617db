/** The designer's property panels' texts, Simplified Chinese: the schema the English file must match. */
const panels = {
  title: '属性',
};

export type PanelMessages = typeof panels;
export default panels;
