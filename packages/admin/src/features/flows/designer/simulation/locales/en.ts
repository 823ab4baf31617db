import type { SimulationMessages } from './zh-CN';

/** The designer's test run and what-if texts, English. */
const simulation: SimulationMessages = {
  title: 'Test run',
};

export default simulation;
