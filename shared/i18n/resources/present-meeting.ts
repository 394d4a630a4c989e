import { section } from './translation';

/**
 * The weekly meeting on the projector: what it says that the meeting's own view
 * (meeting.ts) and the exports (meeting-export.ts) do not say in the same words.
 */
export const presentMeeting = section(
  {
    entered_one:
      'person has entered their confidence. Everyone’s is shown at once when the facilitator reveals it.',
    entered_other:
      'people have entered their confidence. Everyone’s is shown at once when the facilitator reveals it.',
    split: 'split ({low} to {high}): talk it through',
    inRound: 'Key results in the round',
    healthThisWeek: 'Health metrics this week',
    noP1: 'No P1 yet.',
    nothingPlanned: 'Nothing planned yet.',
    noWins: 'No wins noted yet.',
  },
  {
    entered_one:
      'persona ha inserito la sua fiducia. Quella di tutti appare insieme quando il facilitatore la rivela.',
    entered_other:
      'persone hanno inserito la loro fiducia. Quella di tutti appare insieme quando il facilitatore la rivela.',
    split: 'divisi (da {low} a {high}): parlatene',
    inRound: 'Risultati chiave nel giro',
    healthThisWeek: 'Metriche di salute di questa settimana',
    noP1: 'Ancora nessuna P1.',
    nothingPlanned: 'Ancora niente in programma.',
    noWins: 'Ancora nessun successo annotato.',
  },
  {
    entered_one:
      'Person hat ihre Zuversicht eingegeben. Die aller wird auf einmal gezeigt, wenn die Moderation sie aufdeckt.',
    entered_other:
      'Personen haben ihre Zuversicht eingegeben. Die aller wird auf einmal gezeigt, wenn die Moderation sie aufdeckt.',
    split: 'geteilt ({low} bis {high}): sprecht darüber',
    inRound: 'Schlüsselergebnisse in der Runde',
    healthThisWeek: 'Gesundheitskennzahlen dieser Woche',
    noP1: 'Noch keine P1.',
    nothingPlanned: 'Noch nichts geplant.',
    noWins: 'Noch keine Erfolge notiert.',
  },
);
