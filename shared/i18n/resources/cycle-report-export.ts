import { section } from './translation';

/**
 * The cycle report (shared/export/cycle-report*.ts, its PDF and its Markdown): what it says
 * that the workshop's export (export.ts) and the previous-cycle panel (okrs.previous) do
 * not say in the same words. Grades are written as the workshop's language writes numbers
 * ("0.7", "0,7"), as the Drumbeat's review shows them (shared/drumbeat formatGrade).
 */
export const cycleReportExport = section(
  {
    heading: '{title} — cycle report',
    documentTitle: 'Cycle report',
    subject: 'How the cycle went: grades, progress and retrospective',
    footer: '{cycle} cycle report',
    okrsAndGrades: 'OKRs and grades',
    gradingNote:
      'Grades run from 0.0 to 1.0. A committed key result is expected to reach 1.0; an aspirational one around 0.7 (Google’s convention: 0.6–0.7 on a stretch goal is a success). An objective’s score is the mean of its key results’ grades.',
    gradedNone: 'Not graded by the team yet: the grades are suggested from progress.',
    gradedSome:
      '{graded} of {total} key results graded by the team; the others are suggested from progress.',
    noObjectives: 'No objectives.',
    noKeyResults: 'No key results.',
    score: 'Score {score}',
    expectedKind: 'expected {expected} ({kind})',
    expectedKindCapital: 'Expected {expected} ({kind})',
    scoreOf: '{label} score',
    scoreExpected: '{score} (expected {expected})',
    follows: 'Follows',
    followsLine: 'Follows {cycle}.',
    columns: { final: 'Final', end: 'End', grade: 'Grade', reason: 'Reason' },
    suggestedGrade: '{grade} (suggested)',
    suggested: 'suggested',
    overTheWeeks: 'Over the weeks',
    retroOf: 'Retrospective of {label}',
    notWritten: 'Not written.',
    exportedOn: 'Cycle report exported from Offsite on {date}.',
  },
  {
    heading: '{title} — rapporto di fine ciclo',
    documentTitle: 'Rapporto di fine ciclo',
    subject: 'Com’è andato il ciclo: voti, avanzamento e retrospettiva',
    footer: 'Rapporto di fine ciclo {cycle}',
    okrsAndGrades: 'OKR e voti',
    gradingNote:
      'I voti vanno da 0,0 a 1,0. Da un risultato chiave vincolante ci si aspetta 1,0; da uno ambizioso circa 0,7 (la convenzione di Google: 0,6–0,7 su un obiettivo sfidante è un successo). Il punteggio di un obiettivo è la media dei voti dei suoi risultati chiave.',
    gradedNone: 'Non ancora valutati dal team: i voti sono suggeriti dall’avanzamento.',
    gradedSome:
      '{graded} di {total} risultati chiave valutati dal team; gli altri sono suggeriti dall’avanzamento.',
    noObjectives: 'Nessun obiettivo.',
    noKeyResults: 'Nessun risultato chiave.',
    score: 'Punteggio {score}',
    expectedKind: 'atteso {expected} ({kind})',
    expectedKindCapital: 'Atteso {expected} ({kind})',
    scoreOf: 'Punteggio di {label}',
    scoreExpected: '{score} (atteso {expected})',
    follows: 'Segue',
    followsLine: 'Segue {cycle}.',
    columns: { final: 'Finale', end: 'Fine', grade: 'Voto', reason: 'Motivo' },
    suggestedGrade: '{grade} (suggerito)',
    suggested: 'suggerito',
    overTheWeeks: 'Nel corso delle settimane',
    retroOf: 'Retrospettiva di {label}',
    notWritten: 'Non scritta.',
    exportedOn: 'Rapporto di fine ciclo esportato da Offsite il {date}.',
  },
  {
    heading: '{title} — Zyklusbericht',
    documentTitle: 'Zyklusbericht',
    subject: 'Wie der Zyklus lief: Bewertungen, Fortschritt und Retrospektive',
    footer: 'Zyklusbericht {cycle}',
    okrsAndGrades: 'OKRs und Bewertungen',
    gradingNote:
      'Bewertungen reichen von 0,0 bis 1,0. Von einem verbindlichen Schlüsselergebnis wird 1,0 erwartet, von einem ambitionierten etwa 0,7 (Googles Konvention: 0,6–0,7 bei einem ehrgeizigen Ziel ist ein Erfolg). Die Bewertung eines Ziels ist der Mittelwert der Bewertungen seiner Schlüsselergebnisse.',
    gradedNone:
      'Noch nicht vom Team bewertet: Die Bewertungen sind Vorschläge aus dem Fortschritt.',
    gradedSome:
      '{graded} von {total} Schlüsselergebnissen vom Team bewertet; die übrigen sind Vorschläge aus dem Fortschritt.',
    noObjectives: 'Keine Ziele.',
    noKeyResults: 'Keine Schlüsselergebnisse.',
    score: 'Bewertung {score}',
    expectedKind: 'erwartet {expected} ({kind})',
    expectedKindCapital: 'Erwartet {expected} ({kind})',
    scoreOf: 'Bewertung {label}',
    scoreExpected: '{score} (erwartet {expected})',
    follows: 'Folgt auf',
    followsLine: 'Folgt auf {cycle}.',
    columns: { final: 'Endwert', end: 'Ende', grade: 'Bewertung', reason: 'Begründung' },
    suggestedGrade: '{grade} (vorgeschlagen)',
    suggested: 'vorgeschlagen',
    overTheWeeks: 'Über die Wochen',
    retroOf: 'Retrospektive von {label}',
    notWritten: 'Nicht geschrieben.',
    exportedOn: 'Zyklusbericht aus Offsite exportiert am {date}.',
  },
);
