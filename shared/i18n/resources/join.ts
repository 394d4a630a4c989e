import { section } from './translation';

/**
 * Joining: the join page a phone opens from the QR code (in the browser's language until
 * it has joined), and on the home screen "Join a room" and "Connect to a server". English
 * names here are test contracts ("Your name", "Join", "Join room"): keep them verbatim.
 */
export const join = section(
  {
    page: {
      incomplete: 'This join link is incomplete',
      incompleteWhy:
        'The link has no valid room or token. Ask the facilitator for the link again, or scan the QR code on the screen.',
      refused:
        'This link no longer works: the facilitator may have made new links. Ask for the current link or scan the QR code again.',
      removed:
        'The facilitator removed this device from the room. Ask them for a new link to join again.',
      finding: 'Finding the workshop…',
      noName: 'Enter your name so others know who is editing.',
      noHub: 'Paste the whole join link into "Join room" on the home screen.',
      joining: 'Joining',
      title: 'Join the workshop',
      name: 'Your name',
      join: 'Join',
      note: "Everyone in the room sees your name and which step you are on. Nothing leaves this room's network.",
    },
    room: {
      heading: 'Join a room',
      notLink:
        'That is not a join link. It looks like http://192.168.1.20:4455/#/join/ROOM?t=… — copy it again from the facilitator’s screen.',
      link: 'Join link',
      placeholder: 'Paste the link the facilitator shares',
      submit: 'Join room',
      pasteHint:
        "To join “{name}”, paste its link above: the link carries the room's key, which is never broadcast.",
      nearby: 'Rooms nearby',
      looking: 'Looking for rooms on this network…',
      none: 'No room found on this network. Ask the facilitator for the link.',
      join: 'Join',
      joinName: 'Join {name}',
    },
    server: {
      button: 'Connect to a server',
      notLink:
        'That is not a workshop link. It looks like https://okr.example.com/#/join/WORKSHOP?t=… — copy it from the server’s admin page, or ask the person who runs the server.',
      link: 'Workshop link',
      placeholder: "Paste the workshop's link from the server",
      submit: 'Connect',
      help: 'The participant or facilitator link of one workshop, from the server’s admin page. This device keeps its own copy: you can open the workshop without the server and your edits sync when it is back.',
    },
  },
  {
    page: {
      incomplete: 'Questo link di accesso è incompleto',
      incompleteWhy:
        'Il link non ha una stanza o un token validi. Chiedi di nuovo il link al facilitatore o scansiona il codice QR sullo schermo.',
      refused:
        'Questo link non funziona più: il facilitatore potrebbe aver creato nuovi link. Chiedi il link attuale o scansiona di nuovo il codice QR.',
      removed:
        'Il facilitatore ha rimosso questo dispositivo dalla stanza. Chiedigli un nuovo link per rientrare.',
      finding: 'Ricerca del workshop…',
      noName: 'Inserisci il tuo nome perché gli altri sappiano chi sta modificando.',
      noHub: 'Incolla l’intero link di accesso in "Entra in una stanza" nella schermata iniziale.',
      joining: 'Accesso a',
      title: 'Entra nel workshop',
      name: 'Il tuo nome',
      join: 'Entra',
      note: 'Tutti nella stanza vedono il tuo nome e il passo in cui ti trovi. Nulla esce dalla rete di questa stanza.',
    },
    room: {
      heading: 'Entra in una stanza',
      notLink:
        'Questo non è un link di accesso. Ha un aspetto come http://192.168.1.20:4455/#/join/ROOM?t=… — copialo di nuovo dallo schermo del facilitatore.',
      link: 'Link di accesso',
      placeholder: 'Incolla il link condiviso dal facilitatore',
      submit: 'Entra nella stanza',
      pasteHint:
        'Per entrare in “{name}”, incolla il suo link qui sopra: il link contiene la chiave della stanza, che non viene mai trasmessa in rete.',
      nearby: 'Stanze vicine',
      looking: 'Ricerca di stanze su questa rete…',
      none: 'Nessuna stanza trovata su questa rete. Chiedi il link al facilitatore.',
      join: 'Entra',
      joinName: 'Entra in {name}',
    },
    server: {
      button: 'Connettiti a un server',
      notLink:
        'Questo non è un link di workshop. Ha un aspetto come https://okr.example.com/#/join/WORKSHOP?t=… — copialo dalla pagina di amministrazione del server o chiedi a chi gestisce il server.',
      link: 'Link del workshop',
      placeholder: 'Incolla il link del workshop dal server',
      submit: 'Connetti',
      help: 'Il link per partecipanti o per il facilitatore di un workshop, dalla pagina di amministrazione del server. Questo dispositivo ne tiene una copia: puoi aprire il workshop senza il server e le tue modifiche si sincronizzano quando torna disponibile.',
    },
  },
  {
    page: {
      incomplete: 'Dieser Beitrittslink ist unvollständig',
      incompleteWhy:
        'Der Link enthält keinen gültigen Raum oder kein gültiges Token. Die Moderation erneut um den Link bitten oder den QR-Code auf dem Bildschirm scannen.',
      refused:
        'Dieser Link funktioniert nicht mehr: Die Moderation hat vielleicht neue Links erstellt. Um den aktuellen Link bitten oder den QR-Code erneut scannen.',
      removed:
        'Die Moderation hat dieses Gerät aus dem Raum entfernt. Für einen erneuten Beitritt um einen neuen Link bitten.',
      finding: 'Workshop wird gesucht…',
      noName: 'Bitte deinen Namen eingeben, damit alle sehen, wer bearbeitet.',
      noHub: 'Den ganzen Beitrittslink auf der Startseite in „Raum beitreten“ einfügen.',
      joining: 'Beitritt zu',
      title: 'Dem Workshop beitreten',
      name: 'Dein Name',
      join: 'Beitreten',
      note: 'Alle im Raum sehen deinen Namen und bei welchem Schritt du bist. Nichts verlässt das Netzwerk dieses Raums.',
    },
    room: {
      heading: 'Einem Raum beitreten',
      notLink:
        'Das ist kein Beitrittslink. Er sieht so aus: http://192.168.1.20:4455/#/join/ROOM?t=… — bitte erneut vom Bildschirm der Moderation kopieren.',
      link: 'Beitrittslink',
      placeholder: 'Den Link einfügen, den die Moderation teilt',
      submit: 'Raum beitreten',
      pasteHint:
        'Um „{name}“ beizutreten, den Link oben einfügen: Er enthält den Schlüssel des Raums, der nie gesendet wird.',
      nearby: 'Räume in der Nähe',
      looking: 'Räume in diesem Netzwerk werden gesucht…',
      none: 'Kein Raum in diesem Netzwerk gefunden. Die Moderation um den Link bitten.',
      join: 'Beitreten',
      joinName: '{name} beitreten',
    },
    server: {
      button: 'Mit einem Server verbinden',
      notLink:
        'Das ist kein Workshop-Link. Er sieht so aus: https://okr.example.com/#/join/WORKSHOP?t=… — bitte von der Admin-Seite des Servers kopieren oder die Person fragen, die den Server betreibt.',
      link: 'Workshop-Link',
      placeholder: 'Den Link des Workshops vom Server einfügen',
      submit: 'Verbinden',
      help: 'Der Link für Teilnehmende oder Moderation eines Workshops, von der Admin-Seite des Servers. Dieses Gerät behält eine eigene Kopie: Du kannst den Workshop ohne Server öffnen, und deine Änderungen werden synchronisiert, sobald er wieder da ist.',
    },
  },
);
