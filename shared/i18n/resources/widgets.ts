import { section } from './translation';

/** Small widgets shared by several steps (renderer/ui): spotlight, vote badge, error list. */
export const widgets = section(
  {
    spotlight: 'Spotlight',
    clearSpotlight: 'Clear spotlight',
    dots_one: '{count} dot',
    dots_other: '{count} dots',
    inTheVote: ' in the vote',
    problems: 'Problems',
    close: 'Close',
  },
  {
    spotlight: 'In primo piano',
    clearSpotlight: 'Togli dal primo piano',
    dots_one: '{count} punto',
    dots_other: '{count} punti',
    inTheVote: ' nel voto',
    problems: 'Problemi',
    close: 'Chiudi',
  },
  {
    spotlight: 'Hervorheben',
    clearSpotlight: 'Hervorhebung aufheben',
    dots_one: '{count} Punkt',
    dots_other: '{count} Punkte',
    inTheVote: ' in der Abstimmung',
    problems: 'Probleme',
    close: 'Schließen',
  },
);
