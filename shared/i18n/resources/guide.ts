import { section } from './translation';

/** The guide's two-line "why" under each step's heading (the longer pages: see the report). */
export const guide = section(
  {
    whyLink: 'Why this step?',
    runSheet: 'Run-sheet',
    runSheetTitle: 'Run-sheet: the agenda, what to say and what to watch for',
    history: 'History',
    historyTitle: 'History: the workshop as it was, and restoring it',
    why: {
      onepager:
        'OKRs work when everyone aims at the same few things. This page says why we exist, where we are going, what gets our effort this cycle, and what does not.',
      alignment:
        'Every team is already busy. Sorting each running project into Keep or Kill against the focus areas frees the people and the time the new goals need.',
      okrs: 'An objective says where we want to be; two to five key results say how we will know. Outcomes, not tasks, are what turn a to-do list into a goal.',
      review:
        'Reading the whole set aloud and agreeing it together turns a draft into a commitment. The PDF is what people will see on the wall all cycle.',
      drumbeat:
        'Goals looked at once a quarter are forgotten in three weeks. A short weekly check-in on each key result — value, confidence, one line of news — keeps them alive.',
    },
  },
  {
    whyLink: 'Perché questo passo?',
    runSheet: 'Scaletta',
    runSheetTitle: 'Scaletta: il programma, cosa dire e a cosa fare attenzione',
    history: 'Cronologia',
    historyTitle: 'Cronologia: il workshop com’era, e come ripristinarlo',
    why: {
      onepager:
        'Gli OKR funzionano quando tutti puntano alle stesse poche cose. Questa pagina dice perché esistiamo, dove stiamo andando, cosa riceve il nostro impegno in questo ciclo e cosa no.',
      alignment:
        'Ogni team è già impegnato. Smistare ogni progetto in corso in Tenere o Eliminare secondo le aree di focus libera le persone e il tempo che servono ai nuovi obiettivi.',
      okrs: 'Un obiettivo dice dove vogliamo arrivare; da due a cinque risultati chiave dicono come lo sapremo. Sono i risultati, non le attività, a trasformare una lista di cose da fare in un obiettivo.',
      review:
        'Leggere ad alta voce l’intero insieme e concordarlo insieme trasforma una bozza in un impegno. Il PDF è ciò che le persone vedranno appeso al muro per tutto il ciclo.',
      drumbeat:
        'Gli obiettivi guardati una volta a trimestre si dimenticano in tre settimane. Un breve check-in settimanale su ogni risultato chiave — valore, fiducia, una riga di novità — li tiene vivi.',
    },
  },
  {
    whyLink: 'Warum dieser Schritt?',
    runSheet: 'Ablaufplan',
    runSheetTitle: 'Ablaufplan: der Ablauf, was zu sagen ist und worauf zu achten ist',
    history: 'Verlauf',
    historyTitle: 'Verlauf: der Workshop, wie er war, und wiederherstellen',
    why: {
      onepager:
        'OKRs wirken, wenn alle auf dieselben wenigen Dinge zielen. Diese Seite sagt, warum es uns gibt, wohin wir gehen, was in diesem Zyklus unsere Kraft bekommt und was nicht.',
      alignment:
        'Jedes Team ist schon ausgelastet. Jedes laufende Projekt anhand der Schwerpunkte in Behalten oder Streichen zu sortieren, macht die Menschen und die Zeit frei, die die neuen Ziele brauchen.',
      okrs: 'Ein Ziel sagt, wo wir hinwollen; zwei bis fünf Schlüsselergebnisse sagen, woran wir es merken. Ergebnisse, nicht Aufgaben, machen aus einer To-do-Liste ein Ziel.',
      review:
        'Das ganze Set laut vorzulesen und gemeinsam zu vereinbaren, macht aus einem Entwurf eine Zusage. Das PDF ist, was alle den ganzen Zyklus an der Wand sehen.',
      drumbeat:
        'Ziele, die man einmal im Quartal ansieht, sind nach drei Wochen vergessen. Ein kurzer wöchentlicher Check-in pro Schlüsselergebnis — Wert, Zuversicht, eine Zeile Neuigkeiten — hält sie lebendig.',
    },
  },
);
