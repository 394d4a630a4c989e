/**
 * A workshop's history: points kept as a chain of Yjs updates (points.ts), thinned to a
 * schedule and a budget (bounds.ts), summarised in words in any language (summary.ts), stored in a file
 * beside the workshop (history-file.ts). The hub and the desktop app keep it; restore.ts
 * brings a point's content back as a forward edit.
 * @public
 */
export * from './changes';
export * from './points';
export * from './summary';
export * from './bounds';
export * from './history-file';
export * from './keeper';
