import { section } from './translation';

/**
 * The longer "Why this step?" pages (shared/guide/texts.ts): for each step a title and its
 * paragraphs in order (`p1`, `p2`, …), and the sources the pages draw on. Written for a
 * manager who has never done OKRs; a paragraph missing from a language is a type error.
 * The sources keep the works' own titles (the books are cited as published, in English)
 * and say so in the other languages.
 */
export const guidePages = section(
  {
    onepager: {
      title: 'Why start with a strategy one-pager?',
      p1: 'A goal-setting session that starts with goals tends to end with a wish list: every department brings its priorities and nobody says no. Starting from a strategy everyone can see gives the room something to test each goal against.',
      p2: 'Purpose says why the company exists beyond making money; the vision says where it wants to be in three to five years. Most companies already have both. Read them out, fix what no longer rings true, and move on: the hour is not for wordsmithing.',
      p3: 'The focus areas are the heart of the page: the two to five things that must move this cycle. Seven focus areas are not a focus; they are a list of everything. Health metrics are the few numbers that must not get worse while you change things, such as revenue, uptime or staff turnover. Christina Wodtke keeps them beside the OKRs in every weekly check-in, so that chasing a goal never quietly breaks something else.',
      p4: 'The not-doing list is where a strategy becomes real. Michael Porter put it plainly: the essence of strategy is choosing what not to do. Name the markets, products and requests you will turn down this cycle, so that whoever has to say no later knows it was decided together. Jim Collins calls it a stop-doing list.',
    },
    alignment: {
      title: 'Why sort the projects before writing OKRs?',
      p1: 'New goals on top of all the current work is how OKRs fail quietly: nothing is dropped, people are spread thinner, and by week six the goals are a slide nobody opens. So before anyone drafts an objective, the room looks at what is already running.',
      p2: 'Put every project that takes real time on the board, not only the big ones. For each, ask one question: does it serve a focus area? If it does, keep it; it will probably become an initiative under a key result. If it does not, kill it, or pause it with a date to look at it again.',
      p3: 'Killing a project is not a verdict on the people who ran it. Say why it stops (the card has a field for the reason), thank the team, and put it on the not-doing list so that it does not creep back next month.',
      p4: 'If every project ends up in Keep, the room has not chosen yet. John Doerr names focus as the first superpower of OKRs, and focus means there are good ideas you will not work on this quarter.',
    },
    okrs: {
      title: 'Why objectives and key results?',
      p1: 'An objective is qualitative and a little uncomfortable, such as “Make the first visit the only visit”. It should make sense to someone outside the room and be worth remembering. One to three objectives a cycle are plenty; five are the most anyone can keep in mind.',
      p2: 'Key results are numbers that show the objective is being reached, from where it stands today to a target at the end of the cycle. “Raise first-time-fix rate from 71 % to 85 %” is a key result. “Build the parts-prediction model” is not: it is a task, worth doing, and it belongs under the key result as an initiative — the kept projects you link to it.',
      p3: 'A quick test for each key result: if we did all the work and the number did not move, would we call it a success? If the answer is yes, it is a task. Doerr quotes Marissa Mayer: it is not a key result unless it has a number.',
      p4: 'Teams write their own objectives under the company’s, so alignment runs both ways. OKRs belong to teams, not to individuals, and they are not a performance review: when people are paid for hitting them, they set them low. Doerr and Wodtke both keep OKRs apart from pay and appraisal.',
      p5: 'Aspirational objectives are meant to stretch: Google re:Work calls 60–70 % of a stretch goal a success. Committed objectives are promises and are met in full.',
    },
    review: {
      title: 'Why review and agree the set?',
      p1: 'By now the room has argued over every line. Review is the moment to step back: read each objective and its key results aloud and ask whether the set as a whole is the right bet. Too many objectives, a team with nothing to do, a key result nobody owns: they show when you read it all at once.',
      p2: 'Then agree it. In Offsite the facilitator marks the set as agreed, which locks the OKR editors; changing them afterwards takes a deliberate unlock. Agreeing means “we commit to this”, not “everyone loves every word”.',
      p3: 'Export the PDF and share it, with the not-doing list, the same day, while the room still remembers why each line is there. Doerr and Google both make OKRs visible to the whole company: people cannot align with goals they cannot see. Markdown, CSV and JSON are for the tools your teams already use.',
    },
    drumbeat: {
      title: 'Why a weekly drumbeat?',
      p1: 'Most OKRs fail after the offsite, not during it. The remedy is a drumbeat: every week each team updates its key results with the current value, how confident it is of reaching the target (0 to 10), and a note on what changed.',
      p2: 'Early in the cycle, confidence says more than the value. Christina Wodtke suggests starting at 5 out of 10, a coin toss, which is what a real stretch goal is, and talking about any confidence that drops. A falling confidence in week three is a conversation; a missed target in week twelve is a post-mortem.',
      p3: 'Use these minutes to set the cycle’s start and end and the check-in day, and to agree who updates which key result. The first check-in should be within a week of the workshop.',
      p4: 'Keep the check-in short: it is not a status report. The question each week is whether we are still on course and what we need to stay there.',
    },
    sources: {
      doerr: 'John Doerr, Measure What Matters (Portfolio, 2018).',
      wodtke: 'Christina Wodtke, Radical Focus, 2nd edition (Cucina Media, 2021).',
      rework: 'Google re:Work, “Guide: Set goals with OKRs”.',
      porter: 'Michael E. Porter, “What Is Strategy?”, Harvard Business Review, November 1996.',
      collins: 'Jim Collins, Good to Great (HarperBusiness, 2001), on the “stop doing” list.',
    },
  },
  {
    onepager: {
      title: 'Perché partire da una strategia in una pagina?',
      p1: 'Una sessione sugli obiettivi che parte dagli obiettivi finisce di solito con una lista dei desideri: ogni reparto porta le sue priorità e nessuno dice di no. Partire da una strategia che tutti possono vedere dà alla stanza un metro con cui mettere alla prova ogni obiettivo.',
      p2: 'Lo scopo dice perché l’azienda esiste, al di là del guadagno; la visione dice dove vuole essere fra tre-cinque anni. Quasi tutte le aziende li hanno già entrambi. Leggeteli ad alta voce, correggete ciò che non suona più vero e andate avanti: quest’ora non serve a limare le parole.',
      p3: 'Le aree di focus sono il cuore della pagina: le due-cinque cose che devono muoversi in questo ciclo. Sette aree di focus non sono un focus: sono l’elenco di tutto. Le metriche di salute sono i pochi numeri che non devono peggiorare mentre cambiate le cose, come il fatturato, la disponibilità dei sistemi o il turnover del personale. Christina Wodtke le tiene accanto agli OKR in ogni check-in settimanale, così inseguire un obiettivo non rompe mai in silenzio qualcos’altro.',
      p4: 'La lista delle cose da non fare è il punto in cui una strategia diventa reale. Michael Porter l’ha detto chiaramente: l’essenza della strategia è scegliere cosa non fare. Nominate i mercati, i prodotti e le richieste a cui direte di no in questo ciclo, così chi dovrà dire di no più avanti saprà che è stato deciso insieme. Jim Collins la chiama lista dello «smettere di fare».',
    },
    alignment: {
      title: 'Perché smistare i progetti prima di scrivere gli OKR?',
      p1: 'Aggiungere nuovi obiettivi sopra tutto il lavoro in corso è il modo in cui gli OKR falliscono in silenzio: non si abbandona nulla, le persone si disperdono ancora di più e alla sesta settimana gli obiettivi sono una slide che nessuno apre. Per questo, prima che qualcuno scriva un obiettivo, la stanza guarda cosa è già in corso.',
      p2: 'Mettete sulla bacheca ogni progetto che richiede tempo vero, non solo i grandi. Per ciascuno fate una sola domanda: serve un’area di focus? Se sì, tenetelo: probabilmente diventerà un’iniziativa sotto un risultato chiave. Se no, eliminatelo, oppure sospendetelo fissando una data per riguardarlo.',
      p3: 'Eliminare un progetto non è un giudizio sulle persone che lo hanno portato avanti. Dite perché si ferma (la scheda ha un campo per il motivo), ringraziate il team e mettetelo nella lista delle cose da non fare, così non rientra di nascosto il mese dopo.',
      p4: 'Se ogni progetto finisce in Tenere, la stanza non ha ancora scelto. John Doerr indica la concentrazione come il primo superpotere degli OKR, e concentrarsi significa che ci sono buone idee su cui non lavorerete in questo trimestre.',
    },
    okrs: {
      title: 'Perché obiettivi e risultati chiave?',
      p1: 'Un obiettivo è qualitativo e un po’ scomodo, per esempio «Fare del primo intervento l’unico intervento». Deve avere senso anche per chi non è nella stanza e meritare di essere ricordato. Da uno a tre obiettivi per ciclo bastano e avanzano; cinque sono il massimo che chiunque riesca a tenere a mente.',
      p2: 'I risultati chiave sono numeri che mostrano che l’obiettivo si sta raggiungendo, dal punto in cui si è oggi a un traguardo alla fine del ciclo. «Portare il tasso di risoluzione al primo intervento dal 71 % all’85 %» è un risultato chiave. «Costruire il modello di previsione dei ricambi» non lo è: è un’attività, utile da fare, e va sotto il risultato chiave come iniziativa — i progetti tenuti che gli collegate.',
      p3: 'Un test rapido per ogni risultato chiave: se facessimo tutto il lavoro e il numero non si muovesse, lo chiameremmo un successo? Se la risposta è sì, è un’attività. Doerr cita Marissa Mayer: non è un risultato chiave se non ha un numero.',
      p4: 'I team scrivono i propri obiettivi sotto quelli dell’azienda, così l’allineamento va in entrambe le direzioni. Gli OKR appartengono ai team, non ai singoli, e non sono una valutazione delle prestazioni: quando le persone vengono pagate per raggiungerli, li fissano bassi. Sia Doerr sia Wodtke tengono gli OKR separati da retribuzione e valutazione.',
      p5: 'Gli obiettivi ambiziosi servono a spingersi oltre: Google re:Work considera un successo il 60–70 % di un obiettivo sfidante. Gli obiettivi vincolanti sono promesse e si raggiungono per intero.',
    },
    review: {
      title: 'Perché rivedere e concordare l’insieme?',
      p1: 'A questo punto la stanza ha discusso ogni riga. La revisione è il momento di fare un passo indietro: leggete ad alta voce ogni obiettivo con i suoi risultati chiave e chiedetevi se l’insieme, nel complesso, è la scommessa giusta. Troppi obiettivi, un team senza nulla da fare, un risultato chiave senza responsabile: emergono quando si legge tutto insieme.',
      p2: 'Poi concordatelo. In Offsite il facilitatore segna l’insieme come concordato, e questo blocca la modifica degli OKR; per cambiarli dopo serve uno sblocco deliberato. Concordare significa «ci impegniamo su questo», non «a tutti piace ogni parola».',
      p3: 'Esportate il PDF e condividetelo, insieme alla lista delle cose da non fare, il giorno stesso, finché la stanza ricorda ancora perché ogni riga è lì. Doerr e Google rendono entrambi gli OKR visibili a tutta l’azienda: le persone non possono allinearsi a obiettivi che non vedono. Markdown, CSV e JSON servono per gli strumenti che i vostri team usano già.',
    },
    drumbeat: {
      title: 'Perché un ritmo settimanale?',
      p1: 'La maggior parte degli OKR fallisce dopo il workshop, non durante. Il rimedio è un ritmo regolare: ogni settimana ogni team aggiorna i propri risultati chiave con il valore attuale, quanto è fiducioso di raggiungere il traguardo (da 0 a 10) e una nota su cosa è cambiato.',
      p2: 'All’inizio del ciclo la fiducia dice più del valore. Christina Wodtke suggerisce di partire da 5 su 10, un lancio di moneta, che è proprio ciò che è un vero obiettivo sfidante, e di parlare di ogni fiducia che scende. Una fiducia in calo alla terza settimana è una conversazione; un traguardo mancato alla dodicesima è solo un’analisi a posteriori.',
      p3: 'Usate questi minuti per fissare l’inizio e la fine del ciclo e il giorno del check-in, e per concordare chi aggiorna quale risultato chiave. Il primo check-in dovrebbe avvenire entro una settimana dal workshop.',
      p4: 'Tenete il check-in breve: non è un rapporto sullo stato dei lavori. La domanda di ogni settimana è se siamo ancora sulla rotta giusta e cosa ci serve per restarci.',
    },
    sources: {
      doerr: 'John Doerr, Measure What Matters (Portfolio, 2018; edizione originale inglese).',
      wodtke:
        'Christina Wodtke, Radical Focus, 2ª edizione (Cucina Media, 2021; edizione originale inglese).',
      rework: 'Google re:Work, «Guide: Set goals with OKRs» (guida in inglese).',
      porter: 'Michael E. Porter, «What Is Strategy?», Harvard Business Review, novembre 1996.',
      collins:
        'Jim Collins, Good to Great (HarperBusiness, 2001), sulla lista dello «smettere di fare».',
    },
  },
  {
    onepager: {
      title: 'Warum mit einer Strategie auf einer Seite beginnen?',
      p1: 'Ein Zielworkshop, der mit den Zielen beginnt, endet meist mit einer Wunschliste: Jede Abteilung bringt ihre Prioritäten mit, und niemand sagt Nein. Wer mit einer Strategie beginnt, die alle sehen, gibt dem Raum einen Maßstab, an dem sich jedes Ziel messen lassen muss.',
      p2: 'Der Zweck sagt, warum es das Unternehmen über das Geldverdienen hinaus gibt; die Vision sagt, wo es in drei bis fünf Jahren stehen will. Die meisten Unternehmen haben beides schon. Also vorlesen, korrigieren, was nicht mehr stimmt, und weitermachen: Diese Stunde ist nicht zum Feilen an Formulierungen da.',
      p3: 'Die Schwerpunkte sind das Herz der Seite: die zwei bis fünf Dinge, die sich in diesem Zyklus bewegen müssen. Sieben Schwerpunkte sind kein Fokus, sondern eine Liste von allem. Gesundheitskennzahlen sind die wenigen Zahlen, die nicht schlechter werden dürfen, während sich etwas verändert, etwa Umsatz, Verfügbarkeit oder Personalfluktuation. Christina Wodtke stellt sie in jedem wöchentlichen Check-in neben die OKRs, damit die Jagd nach einem Ziel nicht unbemerkt etwas anderes beschädigt.',
      p4: 'Auf der Nicht-tun-Liste wird eine Strategie konkret. Michael Porter hat es klar gesagt: Das Wesen von Strategie ist die Entscheidung, was man nicht tut. Hier stehen die Märkte, Produkte und Anfragen, die in diesem Zyklus abgelehnt werden, damit jeder, der später Nein sagen muss, weiß: Das wurde gemeinsam entschieden. Jim Collins nennt sie eine „Stop-doing“-Liste.',
    },
    alignment: {
      title: 'Warum die Projekte sortieren, bevor man OKRs schreibt?',
      p1: 'Neue Ziele zusätzlich zu aller laufenden Arbeit: So scheitern OKRs leise. Nichts fällt weg, die Leute werden noch dünner verteilt, und in Woche sechs sind die Ziele eine Folie, die niemand mehr öffnet. Deshalb schaut der Raum, bevor jemand ein Ziel entwirft, auf das, was schon läuft.',
      p2: 'Jedes Projekt, das echte Zeit kostet, kommt aufs Board, nicht nur die großen. Für jedes gilt eine Frage: Dient es einem Schwerpunkt? Wenn ja, wird es behalten; wahrscheinlich wird es eine Initiative unter einem Schlüsselergebnis. Wenn nein, wird es gestrichen oder pausiert, mit einem Datum, an dem man es wieder ansieht.',
      p3: 'Ein Projekt zu streichen ist kein Urteil über die Menschen, die es getragen haben. Wichtig ist, zu sagen, warum es endet (die Karte hat ein Feld für den Grund), dem Team zu danken und das Projekt auf die Nicht-tun-Liste zu setzen, damit es sich nicht im nächsten Monat wieder einschleicht.',
      p4: 'Landet jedes Projekt in Behalten, hat der Raum noch nicht gewählt. John Doerr nennt Fokus die erste Superkraft von OKRs, und Fokus heißt: Es gibt gute Ideen, an denen in diesem Quartal niemand arbeitet.',
    },
    okrs: {
      title: 'Warum Ziele und Schlüsselergebnisse?',
      p1: 'Ein Ziel ist qualitativ und ein wenig unbequem, etwa „Der erste Einsatz soll der einzige sein“. Es sollte auch für jemanden außerhalb des Raums Sinn ergeben und es wert sein, behalten zu werden. Ein bis drei Ziele pro Zyklus sind reichlich; fünf sind das Äußerste, was sich jemand merken kann.',
      p2: 'Schlüsselergebnisse sind Zahlen, die zeigen, dass das Ziel erreicht wird: vom heutigen Stand bis zu einem Zielwert am Ende des Zyklus. „Erstlösungsquote von 71 % auf 85 % steigern“ ist ein Schlüsselergebnis. „Das Ersatzteil-Prognosemodell bauen“ ist keines: Es ist eine Aufgabe, die sich lohnt, und sie gehört als Initiative unter das Schlüsselergebnis — die behaltenen Projekte, die man damit verknüpft.',
      p3: 'Ein schneller Test für jedes Schlüsselergebnis: Wenn wir die ganze Arbeit erledigt hätten und die Zahl sich nicht bewegt hätte, würden wir es einen Erfolg nennen? Lautet die Antwort Ja, ist es eine Aufgabe. Doerr zitiert Marissa Mayer: Ohne Zahl ist es kein Schlüsselergebnis.',
      p4: 'Teams schreiben ihre eigenen Ziele unter die des Unternehmens, so wirkt die Ausrichtung in beide Richtungen. OKRs gehören Teams, nicht Einzelnen, und sie sind keine Leistungsbeurteilung: Wer dafür bezahlt wird, sie zu erreichen, setzt sie niedrig an. Doerr und Wodtke halten OKRs beide von Vergütung und Beurteilung getrennt.',
      p5: 'Ambitionierte Ziele sollen fordern: Google re:Work nennt 60–70 % eines ehrgeizigen Ziels einen Erfolg. Verbindliche Ziele sind Zusagen und werden vollständig erfüllt.',
    },
    review: {
      title: 'Warum das Set prüfen und vereinbaren?',
      p1: 'Inzwischen hat der Raum über jede Zeile gestritten. Beim Prüfen tritt man einen Schritt zurück: Jedes Ziel wird mit seinen Schlüsselergebnissen laut vorgelesen, und alle fragen sich, ob das Set als Ganzes die richtige Wette ist. Zu viele Ziele, ein Team ohne Aufgabe, ein Schlüsselergebnis, für das niemand zuständig ist: Das fällt auf, wenn man alles auf einmal liest.',
      p2: 'Dann wird es vereinbart. In Offsite markiert die Moderation das Set als vereinbart; damit sind die OKRs gesperrt, und wer sie danach ändern will, muss sie bewusst entsperren. Vereinbaren heißt „dazu verpflichten wir uns“, nicht „alle lieben jedes Wort“.',
      p3: 'Das PDF wird noch am selben Tag exportiert und zusammen mit der Nicht-tun-Liste geteilt, solange der Raum noch weiß, warum jede Zeile dasteht. Doerr und Google machen OKRs beide im ganzen Unternehmen sichtbar: Niemand kann sich an Zielen ausrichten, die er nicht sieht. Markdown, CSV und JSON sind für die Werkzeuge, die die Teams schon nutzen.',
    },
    drumbeat: {
      title: 'Warum ein Wochenrhythmus?',
      p1: 'Die meisten OKRs scheitern nach dem Workshop, nicht währenddessen. Das Gegenmittel ist ein fester Rhythmus: Jede Woche aktualisiert jedes Team seine Schlüsselergebnisse mit dem aktuellen Wert, seiner Zuversicht, den Zielwert zu erreichen (0 bis 10), und einer Notiz, was sich geändert hat.',
      p2: 'Früh im Zyklus sagt die Zuversicht mehr als der Wert. Christina Wodtke empfiehlt, bei 5 von 10 zu beginnen, einem Münzwurf, denn genau das ist ein echtes ehrgeiziges Ziel, und über jede sinkende Zuversicht zu sprechen. Sinkende Zuversicht in Woche drei ist ein Gespräch; ein verfehlter Zielwert in Woche zwölf ist nur noch Ursachenforschung.',
      p3: 'Diese Minuten dienen dazu, Beginn und Ende des Zyklus und den Check-in-Tag festzulegen und zu vereinbaren, wer welches Schlüsselergebnis aktualisiert. Der erste Check-in sollte innerhalb einer Woche nach dem Workshop stattfinden.',
      p4: 'Der Check-in bleibt kurz: Er ist kein Statusbericht. Die Frage jede Woche lautet, ob wir noch auf Kurs sind und was wir brauchen, um dort zu bleiben.',
    },
    sources: {
      doerr: 'John Doerr, Measure What Matters (Portfolio, 2018; englische Originalausgabe).',
      wodtke:
        'Christina Wodtke, Radical Focus, 2. Auflage (Cucina Media, 2021; englische Originalausgabe).',
      rework: 'Google re:Work, „Guide: Set goals with OKRs“ (Leitfaden auf Englisch).',
      porter: 'Michael E. Porter, „What Is Strategy?“, Harvard Business Review, November 1996.',
      collins: 'Jim Collins, Good to Great (HarperBusiness, 2001), über die „Stop-doing“-Liste.',
    },
  },
);
