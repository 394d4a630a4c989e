import { section } from './translation';

/**
 * What the room calls a person who gave no name: in the presence list, the vote's and the
 * confidence round's "who has entered theirs". The hub and the peers send no name for them
 * (an empty one), so every screen words it in its own room's language.
 */
export const peopleNames = section(
  {
    someone: 'Someone',
    facilitator: 'Facilitator',
  },
  {
    someone: 'Qualcuno',
    facilitator: 'Facilitatore',
  },
  {
    someone: 'Jemand',
    facilitator: 'Moderation',
  },
);
