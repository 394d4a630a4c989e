/**
 * The origin of every transaction made by this device's user. The undo manager tracks
 * only this origin, so a local undo never reverts a colleague's edit; the store binding
 * knows a change came from here. Compared by identity: never recreate it.
 * @public
 */
export const LOCAL_ORIGIN: { readonly name: 'offsite-local' } = Object.freeze({
  name: 'offsite-local',
});

/** Origin for changes this device makes that must never be undone (seeding, migrations, imports). */
export const SYSTEM_ORIGIN: { readonly name: 'offsite-system' } = Object.freeze({
  name: 'offsite-system',
});
