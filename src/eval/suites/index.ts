/**
 * The built-in, vision-centric benchmark suites, generated from the procedural world: seeded, sized
 * by the caller, with balanced answers and images stored as blobs.
 */
export { boardRecsSuite } from './board-recs/board-recs-suite.ts';
export { detailSuite } from './detail/detail-suite.ts';
export { perceptionSuite } from './perception/perception-suite.ts';
export { declaredHeadline, getSuite, SUITES } from './registry.ts';
export { styleCompatSuite } from './style/style-compat-suite.ts';
export { styleFitbSuite } from './style/style-fitb-suite.ts';
export { toolUseSuite } from './tool-use/tool-use-suite.ts';
