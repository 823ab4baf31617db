/** Demo data for Parley (docs/demo-data.md): `loadDemo` and what it reports. */
export { loadDemo, type LoadDemoOptions } from './load-demo';
export { summaryLines, type DemoSummary } from './summary';
export { FLOW_MIX } from './scenarios';
