import { addWorkshopFromUpdate, localWorkshopState } from './local-workshops';
import { roomWorkshopId, type RoomLink } from './room-links';
import { openRoomSession, type RoomSession } from './room-session';
import { deleteLocalWorkshop, getWorkshopEntry } from './workshop-registry';

/** The local workshop a device's copy of a room became when it was kept apart. */
export interface KeptCopy {
  readonly id: string;
  readonly title: string;
}

/**
 * Keeps this device's copy of a joined room apart, as a local workshop of its own (a new id
 * and identity, "… (copy)" beside the room on the home screen), and removes it from the
 * room's storage so the room can be joined afresh. For a copy the hub refused as another
 * workshop with the room's id (phase `other-workshop`): merging it would bring the other
 * workshop's records into this one (issue 15, item 8). Nothing of it is lost. The room's
 * session must be closed first: its open database would block the delete.
 */
export async function setRoomCopyApart(room: string): Promise<KeptCopy> {
  const roomCopy = roomWorkshopId(room);
  const id = await addWorkshopFromUpdate(await localWorkshopState(roomCopy), { copy: true });
  // Stored first, deleted second: a failure in between leaves two copies, never none.
  await deleteLocalWorkshop(roomCopy);
  return { id, title: (await getWorkshopEntry(id))?.title ?? '' };
}

/** Closes `session`, keeps its copy apart, and joins the room again with an empty copy. */
export async function rejoinWithCopyApart(
  session: RoomSession,
  link: RoomLink,
): Promise<{ readonly session: RoomSession; readonly kept: KeptCopy }> {
  await session.close();
  const kept = await setRoomCopyApart(link.room);
  return { session: await openRoomSession(link), kept };
}
