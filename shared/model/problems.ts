/** A problem found while reading what a peer wrote: where (`projects.p-1.title`) and what. */
export interface ReadProblem {
  readonly where: string;
  readonly message: string;
}
export type ReportProblem = (problem: ReadProblem) => void;

/** The reporter of callers that do not want to know. */
export const ignoreProblems: ReportProblem = () => {};
