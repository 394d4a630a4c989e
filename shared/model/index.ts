/**
 * The workshop model: the Y.Doc layout, validated reads into plain snapshots, typed
 * mutations (each one local transaction), ordering, undo and migrations.
 * @public
 */
export * from './types';
export * from './origin';
export * from './ids';
export * from './identity';
export * from './schema';
export * from './order';
export * from './read';
export * from './resolve';
export * from './undo';
export * from './migrations';
export * from './mutations/meta';
export * from './mutations/one-pager';
export * from './mutations/projects';
export * from './mutations/objectives';
export * from './upstream';
export * from './mutations/key-results';
export * from './mutations/suggestions';
export * from './mutations/check-ins';
export * from './mutations/review';
export * from './mutations/weekly-meeting';
export * from './mutations/confidence-round';
export * from './dismissals-read';
export * from './mutations/dismissals';
export * from './timer';
export * from './room-read';
export * from './mutations/facilitation';
export * from './interchange';
export * from './offsite-file';
export * from './history';
export * from './restore';
