/** The flow designer's shell (header, problems, saving) texts, Simplified Chinese: the schema the English file must match. */
const designer = {
  title: '流程设计器',
};

export type DesignerMessages = typeof designer;
export default designer;
