/** The classes of a counterparty that has never been classified (it has no CounterpartyClass row). */
export const UNCLASSIFIED = {
  abcClass: null,
  abcAuto: null,
  abcManual: null,
  stage: "POTENTIAL",
  stageAuto: "POTENTIAL",
  stageManual: null,
  xyzClass: null,
  xyzAuto: null,
  xyzManual: null,
} as const;
