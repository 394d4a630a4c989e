import type { MessageId } from '../../coach/messages';

/**
 * The coach's sentences in Italian and German, by the catalogue's message ids
 * (shared/coach/messages.ts holds the English). A finding carries its id and parameters,
 * so it is rendered whole in the room's language, never glued from pieces.
 */
export const COACH_MESSAGES_IT: Readonly<Record<MessageId, string>> = {
  'coach.too-many-objectives.company': 'L’azienda ha {count} obiettivi; puntate a 1–3.',
  'coach.too-many-objectives.team': 'Il team {team} ha {count} obiettivi; puntate a 1–3.',
  'coach.objective-without-krs.message':
    'L’obiettivo {name} non ha risultati chiave: nessuno può dire se è stato raggiunto.',
  'coach.too-few-krs.message':
    'L’obiettivo {name} ha un solo risultato chiave; da 2 a 5 si bilanciano a vicenda.',
  'coach.too-many-krs.message':
    'L’obiettivo {name} ha {count} risultati chiave; tenete i 3–5 che contano di più.',
  'coach.objective-is-metric.message':
    'L’obiettivo {name} sembra un risultato chiave: indica un numero da raggiungere.',
  'coach.objective-is-task.message':
    'L’obiettivo {name} è un’attività o un deliverable, non il cambiamento che dovrebbe portare.',
  'coach.objective-is-task.deadline':
    'L’obiettivo {name} è un deliverable con una scadenza, non il cambiamento che dovrebbe portare.',
  'coach.objective-generic.message':
    'L’obiettivo {name} potrebbe appartenere a qualsiasi azienda: non dice chi ne beneficia né cosa cambia in modo visibile.',
  'coach.objective-business-as-usual.message':
    'L’obiettivo {name} lascia le cose come sono: è una metrica di salute, non un obiettivo.',
  'coach.team-objective-unaligned.message':
    'L’obiettivo di team {name} ({team}) non sostiene alcun obiettivo aziendale né alcuna area di focus.',
  'coach.objective-without-focus-area.message':
    'L’obiettivo {name} non è collegato ad alcuna area di focus.',
  'coach.kr-binary-progress.message':
    'Il risultato chiave {name} misura quanto di un lavoro è fatto, non cosa cambia.',
  'coach.kr-is-output.message':
    'Il risultato chiave {name} descrive un lavoro o un output, non un cambiamento di comportamento.',
  'coach.kr-not-measurable.message':
    'Il risultato chiave {name} non ha né un numero né un valore obiettivo.',
  'coach.kr-missing-baseline.message':
    'Il risultato chiave {name} ha un obiettivo ma nessun valore di partenza.',
  'coach.kr-names-appraisal.bonus':
    'Il risultato chiave {name} lega il risultato al bonus di qualcuno. Gli OKR non sono uno strumento di valutazione delle prestazioni: misurano cosa cambia un team, mai come una persona viene valutata o pagata.',
  'coach.kr-names-appraisal.pay':
    'Il risultato chiave {name} cita lo stipendio o la retribuzione di qualcuno. Gli OKR non sono uno strumento di valutazione delle prestazioni: misurano cosa cambia un team, mai come una persona viene valutata o pagata.',
  'coach.kr-names-appraisal.appraisal':
    'Il risultato chiave {name} cita la valutazione delle prestazioni di qualcuno. Gli OKR non sono uno strumento di valutazione delle prestazioni: misurano cosa cambia un team, mai come una persona viene valutata o pagata.',
  'coach.kr-names-appraisal.ranking':
    'Il risultato chiave {name} mette le persone in classifica. Gli OKR non sono uno strumento di valutazione delle prestazioni: misurano cosa cambia un team, mai come una persona viene valutata o pagata.',
  'coach.not-checked.message':
    '{name} è in {languageName}; il coach giudica la formulazione solo in inglese, tedesco e italiano, quindi non è stato verificato.',
  'coach.not-checked.unknown':
    'Il coach non ha capito in che lingua è {name}, quindi la formulazione non è stata verificata.',
  'coach.project-kept-without-focus.message':
    'Il progetto tenuto {name} non è collegato ad alcuna area di focus.',
  'coach.suggestion.kr-outcome':
    'Misurate cosa dovrebbe cambiare il lavoro e tenete “{initiative}” come iniziativa collegata.',
  'coach.suggestion.kr-add-number': 'Dite quanto, da dove a dove: “{title}”.',
  'coach.suggestion.kr-add-baseline': 'Aggiungete dove siete oggi: “{title}”.',
  'coach.suggestion.kr-drop-appraisal':
    'Tenete il risultato del team e lasciate fuori bonus e valutazioni: “{title}”.',
  'coach.suggestion.objective-outcome':
    'Dite cosa dovrebbe cambiare il lavoro per le persone e tenete “{initiative}” come iniziativa sotto un risultato chiave.',
  'coach.suggestion.objective-qualitative':
    'Dite a parole dove volete arrivare e spostate il numero in un risultato chiave: “{keyResult}”.',
  'coach.suggestion.objective-name-who': 'Dite chi ne beneficia e cosa noterà.',
  'coach.suggestion.objective-beyond-usual':
    'Puntate a un cambiamento che le persone notano; tenete il numero stabile come metrica di salute.',
};

export const COACH_MESSAGES_DE: Readonly<Record<MessageId, string>> = {
  'coach.too-many-objectives.company': 'Das Unternehmen hat {count} Ziele; 1–3 sind das Maß.',
  'coach.too-many-objectives.team': 'Team {team} hat {count} Ziele; 1–3 sind das Maß.',
  'coach.objective-without-krs.message':
    'Ziel {name} hat keine Schlüsselergebnisse, also kann niemand sagen, ob es erreicht wurde.',
  'coach.too-few-krs.message':
    'Ziel {name} hat nur ein Schlüsselergebnis; 2–5 halten sich gegenseitig die Waage.',
  'coach.too-many-krs.message':
    'Ziel {name} hat {count} Schlüsselergebnisse; behaltet die 3–5 wichtigsten.',
  'coach.objective-is-metric.message':
    'Ziel {name} liest sich wie ein Schlüsselergebnis: Es nennt eine Zahl, die zu erreichen ist.',
  'coach.objective-is-task.message':
    'Ziel {name} ist eine Aufgabe oder ein Liefergegenstand, nicht die Veränderung, die daraus folgen soll.',
  'coach.objective-is-task.deadline':
    'Ziel {name} ist ein Liefergegenstand mit Termin, nicht die Veränderung, die daraus folgen soll.',
  'coach.objective-generic.message':
    'Ziel {name} könnte zu jedem Unternehmen passen: Es nennt niemanden, der profitiert, und nichts, was sich sichtbar ändert.',
  'coach.objective-business-as-usual.message':
    'Ziel {name} hält alles, wie es ist; das ist eine Gesundheitskennzahl, kein Ziel.',
  'coach.team-objective-unaligned.message':
    'Teamziel {name} ({team}) unterstützt kein Unternehmensziel und keinen Schwerpunkt.',
  'coach.objective-without-focus-area.message': 'Ziel {name} ist mit keinem Schwerpunkt verknüpft.',
  'coach.kr-binary-progress.message':
    'Schlüsselergebnis {name} misst, wie viel einer Arbeit erledigt ist, nicht was sie verändert.',
  'coach.kr-is-output.message':
    'Schlüsselergebnis {name} beschreibt Arbeit oder ein Ergebnis, keine Verhaltensänderung.',
  'coach.kr-not-measurable.message': 'Schlüsselergebnis {name} hat keine Zahl und keinen Zielwert.',
  'coach.kr-missing-baseline.message':
    'Schlüsselergebnis {name} hat einen Zielwert, aber keinen Ausgangswert.',
  'coach.kr-names-appraisal.bonus':
    'Schlüsselergebnis {name} knüpft das Ergebnis an jemandes Bonus. OKRs sind kein Instrument zur Leistungsbeurteilung: Sie messen, was ein Team verändert, nie wie eine Person bewertet oder bezahlt wird.',
  'coach.kr-names-appraisal.pay':
    'Schlüsselergebnis {name} nennt jemandes Gehalt oder Vergütung. OKRs sind kein Instrument zur Leistungsbeurteilung: Sie messen, was ein Team verändert, nie wie eine Person bewertet oder bezahlt wird.',
  'coach.kr-names-appraisal.appraisal':
    'Schlüsselergebnis {name} nennt jemandes Leistungsbeurteilung. OKRs sind kein Instrument zur Leistungsbeurteilung: Sie messen, was ein Team verändert, nie wie eine Person bewertet oder bezahlt wird.',
  'coach.kr-names-appraisal.ranking':
    'Schlüsselergebnis {name} stellt Menschen in eine Rangfolge. OKRs sind kein Instrument zur Leistungsbeurteilung: Sie messen, was ein Team verändert, nie wie eine Person bewertet oder bezahlt wird.',
  'coach.not-checked.message':
    '{name} ist auf {languageName}; der Coach beurteilt Formulierungen nur auf Englisch, Deutsch und Italienisch, daher wurde es nicht geprüft.',
  'coach.not-checked.unknown':
    'Der Coach konnte nicht erkennen, in welcher Sprache {name} geschrieben ist, daher wurde die Formulierung nicht geprüft.',
  'coach.project-kept-without-focus.message':
    'Behaltenes Projekt {name} ist mit keinem Schwerpunkt verknüpft.',
  'coach.suggestion.kr-outcome':
    'Messt, was die Arbeit verändern soll, und behaltet „{initiative}“ als Initiative darunter.',
  'coach.suggestion.kr-add-number': 'Sagt, wie viel, von wo nach wo: „{title}“.',
  'coach.suggestion.kr-add-baseline': 'Ergänzt, wo es heute steht: „{title}“.',
  'coach.suggestion.kr-drop-appraisal':
    'Behaltet das Teamergebnis und lasst Bonus oder Beurteilung weg: „{title}“.',
  'coach.suggestion.objective-outcome':
    'Sagt, was die Arbeit für Menschen verändern soll, und behaltet „{initiative}“ als Initiative unter einem Schlüsselergebnis.',
  'coach.suggestion.objective-qualitative':
    'Sagt in Worten, wohin ihr wollt, und verschiebt die Zahl in ein Schlüsselergebnis: „{keyResult}“.',
  'coach.suggestion.objective-name-who':
    'Nennt, wer profitiert und was diese Menschen bemerken werden.',
  'coach.suggestion.objective-beyond-usual':
    'Strebt eine Veränderung an, die Menschen bemerken; behaltet die stabile Zahl als Gesundheitskennzahl.',
};
