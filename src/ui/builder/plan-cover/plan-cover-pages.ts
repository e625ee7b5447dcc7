/** The pages of risks and contingency and of who pays, loaded together as one chunk. */
export { ContingencyPage } from './contingency-page';
export { RiskPage } from './risk-page';
export { RisksPage } from './risks-page';
export { WhoPaysPage } from './who-pays-page';
