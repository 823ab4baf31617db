/** The designer's test run and what-if texts, Simplified Chinese: the schema the English file must match. */
const simulation = {
  title: '试运行',
};

export type SimulationMessages = typeof simulation;
export default simulation;
