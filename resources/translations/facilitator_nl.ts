<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/dialogs.py" line="+93"/>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run a participation meeting offline, from one laptop at the venue: the agenda with a live timer, participants and tables, sticky notes, and the report in Word.</source>
        <translation>Begeleid een participatiebijeenkomst zonder internet, vanaf één laptop op de locatie: het programma met een live timer, deelnemers en tafels, gele briefjes en het verslag in Word.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open source under the European Union Public Licence (EUPL) version 1.2. You may use, study, share and improve it.</source>
        <translation>Open source onder de Openbare Licentie van de Europese Unie (EUPL), versie 1.2. U mag het programma gebruiken, bestuderen, delen en verbeteren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built with Qt %1 (PySide6, LGPL-3.0) on Python %2.</source>
        <translation>Gemaakt met Qt %1 (PySide6, LGPL-3.0) op Python %2.</translation>
    </message>
</context>
<context>
    <name>AbsorbDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/live_absorb.py" line="+41"/>
        <source>Absorb the overrun</source>
        <translation>Uitloop inlopen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breaks at least</source>
        <translation>Pauzes minstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of their planned time, unless an item has its own minimum. Fixed items are never shortened.</source>
        <translation>van hun geplande tijd, tenzij een onderdeel een eigen minimum heeft. Vaste onderdelen worden nooit ingekort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Grens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other items at least</source>
        <translation>Andere onderdelen minstens</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no programme to absorb an overrun in.</source>
        <translation>Er is geen programma om uitloop in op te vangen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 min to win back before %2.</source>
        <translation>%1 min in te lopen vóór %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delay before %1.</source>
        <translation>Geen vertraging vóór %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the end of the day</source>
        <translation>het einde van de dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to win back: %1 is reached on time.</source>
        <translation>Niets in te lopen: %1 wordt op tijd gehaald.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1 min won back: %2 is reached on time.</source>
        <translation>Alle %1 min ingelopen: %2 wordt op tijd gehaald.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 min won back; still %3 min short. The other items are fixed, at their minimum, or breaks at the floor.</source>
        <translation>%1 van de %2 min ingelopen; nog %3 min te kort. De andere onderdelen liggen vast, zitten op hun minimum of zijn pauzes op de ondergrens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No room: nothing before %1 can be shortened (fixed items, minimums, break floor). Still %2 min short.</source>
        <translation>Geen ruimte: vóór %1 kan niets korter (vaste onderdelen, minimums, ondergrens voor pauzes). Nog %2 min te kort.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>fixed</source>
        <translation>vast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>break: at least %1 min</source>
        <translation>pauze: minstens %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at its minimum</source>
        <translation>op zijn minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 min</source>
        <translation>minstens %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running now: only the minutes still to come</source>
        <translation>loopt nu: alleen de minuten die nog komen</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/action_model.py" line="+22"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From theme</source>
        <translation>Uit thema</translation>
    </message>
</context>
<context>
    <name>AgendaItemPanel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/agenda_item_panel.py" line="+29"/>
        <source>Facilitator notes</source>
        <translation>Aantekeningen voor de begeleider</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No item selected</source>
        <translation>Geen agendapunt gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item in the programme to see its notes and work form.</source>
        <translation>Kies een agendapunt in het programma om de aantekeningen en de werkvorm te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start}–{end} · {minutes} min · {kind}</source>
        <translation>{start}–{end} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No notes for this item.</source>
        <translation>Geen aantekeningen bij dit agendapunt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pinned at {time}.</source>
        <translation>Vastgezet op {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {minutes} min unplanned before it.</source>
        <translation>⚠ Daarvoor is {minutes} min niet ingepland.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ The items before run {minutes} min into it.</source>
        <translation>⚠ De agendapunten ervoor lopen {minutes} min over de begintijd heen.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/agenda_model.py" line="+52"/>
        <source>Start</source>
        <extracomment>(item id, row it should have after the move) (item id, field name, new value) from editing a cell</extracomment>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>fixed</source>
        <translation>vast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min {minutes}</source>
        <translation>min. {minutes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pinned start leaves {minutes} min unplanned before this item.</source>
        <translation>Door de vaste begintijd is {minutes} min vóór dit agendapunt niet ingepland.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The items before run {minutes} min into this pinned start.</source>
        <translation>De agendapunten ervoor lopen {minutes} min over deze vaste begintijd heen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned: this item starts at {time} whatever runs before it.</source>
        <translation>Vastgezet: dit agendapunt begint om {time}, hoe het programma ervoor ook loopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed: absorbing an overrun never shortens this item.</source>
        <translation>Vast: bij uitloop wordt dit agendapunt nooit ingekort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexible: absorbing an overrun may shorten this item, down to {minutes} min.</source>
        <translation>Flexibel: bij uitloop mag dit agendapunt korter worden, tot minimaal {minutes} min.</translation>
    </message>
</context>
<context>
    <name>AgendaToolbar</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/agenda_toolbar.py" line="+34"/>
        <source>Work forms…</source>
        <translation>Werkvormen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as template…</source>
        <translation>Opslaan als sjabloon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export programme…</source>
        <translation>Programma exporteren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From a work form</source>
        <translation>Vanuit een werkvorm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own work forms</source>
        <translation>Je eigen werkvormen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All work forms…</source>
        <translation>Alle werkvormen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/agenda.py" line="+117"/>
        <location line="+17"/>
        <source>Add item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Delete item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Agenda screen</source>
        <translation>Agendascherm</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read-only: this session is open in another Facilitator window, or was opened read-only. You can look at the programme and export it, but not change it.</source>
        <translation>Alleen lezen: deze sessie is open in een ander Facilitator-venster, of is alleen-lezen geopend. Je kunt het programma bekijken en exporteren, maar niet wijzigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own work forms could not be read: {problem}</source>
        <translation>Je eigen werkvormen konden niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The programme is empty: no agenda items yet.</source>
        <translation>Het programma is leeg: er zijn nog geen agendapunten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one with “Add item” (Insert) or from a work form.</source>
        <translation>Voeg er een toe met ‘Agendapunt toevoegen’ (Insert) of vanuit een werkvorm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>day starts</source>
        <translation>begin van de dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned end</source>
        <translation>geplande eindtijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda items</source>
        <translation>agendapunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of breaks</source>
        <translation>pauzetijd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” started at {actual}, planned {planned}.</source>
        <translation>“{title}” begon om {actual}, gepland was {planned}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min behind plan</source>
        <translation>min achter op schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min ahead of plan</source>
        <translation>min voor op schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time</source>
        <translation>op schema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{title}” is pinned at {time}: {minutes} min unplanned before it.</source>
        <translation>“{title}” staat vast op {time}: daarvoor is {minutes} min niet ingepland.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is pinned at {time}, but the items before run {minutes} min into it.</source>
        <translation>“{title}” staat vast op {time}, maar de agendapunten ervoor lopen {minutes} min over die tijd heen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>notes ({count})</source>
        <translation>notities ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>themes ({count})</source>
        <translation>thema&apos;s ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot votes ({count})</source>
        <translation>stemrondes met stippen ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its table round</source>
        <translation>de tafelronde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links from actions ({count})</source>
        <translation>koppelingen vanuit actiepunten ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the times it really ran</source>
        <translation>de werkelijke begin- en eindtijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete agenda item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>“{title}” verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session recorded things on this item: {what}. They are deleted with it, and this cannot be undone.</source>
        <translation>Bij dit agendapunt is al iets vastgelegd: {what}. Dat wordt mee verwijderd, en dat kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/backups_dialog.py" line="+39"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilitator makes a backup of “%1” when you open it and every 10 minutes, and keeps the newest %2. Opening a backup makes a copy beside the file; the file itself stays as it is.</source>
        <translation>Facilitator maakt een reservekopie van “%1” bij het openen en daarna elke 10 minuten, en bewaart de nieuwste %2. Als u een reservekopie opent, komt er een kopie naast het bestand; het bestand zelf blijft zoals het is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occasion</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen reservekopieën van dit bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open a copy</source>
        <translation>Kopie &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make a backup now</source>
        <translation>Nu een reservekopie &amp;maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;folder</source>
        <translation>Map &amp;tonen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>before updating the file</source>
        <translation>vóór het bijwerken van het bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on opening</source>
        <translation>bij het openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (every 10 minutes)</source>
        <translation>automatisch (elke 10 minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>zelf gemaakt</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message numerus="yes">
        <location filename="../../src/facilitator/ui/widgets/board.py" line="+57"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/live_summary.py" line="+65"/>
        <source>not started</source>
        <translation>nog niet begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>afgelopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time now · the day is %1</source>
        <translation>Nu · de dag is %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the day</source>
        <translation>Einde van de dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min early</source>
        <translation>%1 min eerder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on schedule</source>
        <translation>op schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day ended · planned %1</source>
        <translation>De dag eindigde · gepland %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the day · planned %1</source>
        <translation>Einde van de dag · gepland %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 min slack</source>
        <translation>nog %1 min speling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no slack left</source>
        <translation>geen speling meer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min late</source>
        <translation>%1 min te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pinned item: %1</source>
        <translation>Volgende vaste tijd: %1</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <location filename="../../src/facilitator/ui/status.py" line="+48"/>
        <source>it is open in another Facilitator window</source>
        <translation>het is geopend in een ander Facilitator-venster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened for viewing only</source>
        <translation>alleen geopend om te bekijken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read-only: %1</source>
        <translation>Alleen lezen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In a synchronised folder: keep the file on this laptop during the meeting</source>
        <translation>In een gesynchroniseerde map: bewaar het bestand tijdens de bijeenkomst op deze laptop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folders such as OneDrive or Dropbox can damage a session file that is in use. Use Save as… to continue in a copy on the laptop itself.</source>
        <translation>Mappen zoals OneDrive of Dropbox kunnen een sessiebestand beschadigen terwijl het in gebruik is. Kies Opslaan als… om verder te werken in een kopie op de laptop zelf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>Opgeslagen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change is saved at once</source>
        <translation>Elke wijziging wordt direct opgeslagen</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../src/facilitator/ui/errors.py" line="+146"/>
        <source>Something went wrong</source>
        <extracomment>Carries an exception from any thread to the GUI thread.</extracomment>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data has been saved; the app keeps working. Details are in %1.</source>
        <translation>Uw gegevens zijn opgeslagen; de app blijft werken. Details staan in %1.</translation>
    </message>
</context>
<context>
    <name>ExportProgrammeDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/programme_export.py" line="+126"/>
        <location line="+27"/>
        <source>Export programme</source>
        <translation>Programma exporteren</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Include the facilitator notes (for the team, not for the venue)</source>
        <translation>Met de aantekeningen voor de begeleider (voor het team, niet voor de locatie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme as an A4 PDF, for the table hosts and the venue: times, items, work forms. Never anything about participants.</source>
        <translation>Het programma als A4-PDF, voor de tafelbegeleiders en de locatie: tijden, onderdelen, werkvormen. Nooit iets over deelnemers.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>De PDF kon niet worden opgeslagen in {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme exported to {path}</source>
        <translation>Programma geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/item_form.py" line="+81"/>
        <location line="+14"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pin at</source>
        <translation>Vastzetten op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be shortened</source>
        <translation>Mag korter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the day runs late, absorbing the overrun may shorten this item, but not below its minimum.</source>
        <translation>Loopt de dag uit, dan mag dit agendapunt korter worden om de uitloop op te vangen, maar niet korter dan het minimum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no minimum</source>
        <translation>geen minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for you and the chair; never on the big screen.</source>
        <translation>Alleen voor jou en de voorzitter; nooit op het grote scherm.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work form</source>
        <translation>&amp;Werkvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum</source>
        <translation>&amp;Minimaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator &amp;notes</source>
        <translation>Aa&amp;ntekeningen voor de begeleider</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No item selected</source>
        <translation>Geen agendapunt gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item in the programme, or add one.</source>
        <translation>Kies een agendapunt in het programma, of voeg er een toe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{start}–{end} · start computed from the items before</source>
        <translation>{start}–{end} · begintijd berekend uit de agendapunten ervoor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start}–{end} · pinned start</source>
        <translation>{start}–{end} · vastgezette begintijd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ The pin leaves {minutes} min unplanned before this item.</source>
        <translation>⚠ Door het vastzetten is er {minutes} min niet ingepland vóór dit agendapunt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ The items before run {minutes} min into this pinned start.</source>
        <translation>⚠ De agendapunten ervoor lopen {minutes} min door over deze vastgezette begintijd.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/facilitator/ui/labels.py" line="+21"/>
        <source>Plenary</source>
        <translation>Plenair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table round</source>
        <translation>Tafelronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel sessions</source>
        <translation>Deelsessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table host</source>
        <translation>Tafelbegeleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Deskundige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Zonder aanmelding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance</source>
        <translation>Houding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <location filename="../../src/facilitator/ui/live_controller.py" line="+90"/>
        <source>The programme was changed in the meantime, so the durations were left as they are.</source>
        <translation>Het programma is intussen gewijzigd; de tijdsduren zijn daarom niet aangepast.</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Absorb %1 min</source>
        <translation>%1 min inlopen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The live run could not be saved: %1</source>
        <translation>De live-stand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>The projector&apos;s display (%1) went away: the projection is now a window here.</source>
        <translation>Het scherm van de beamer (%1) is weg: de projectie staat nu als venster op dit scherm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projecting on %1.</source>
        <translation>Projectie op %1.</translation>
    </message>
</context>
<context>
    <name>LiveProgrammeModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/live_programme_model.py" line="+43"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delay</source>
        <translation>Uitloop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(skipped)</source>
        <translation>(overgeslagen)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Held %1–%2, planned %3–%4</source>
        <translation>Gehouden %1–%2, gepland %3–%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: not held</source>
        <translation>Overgeslagen: niet gehouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected %1–%2, planned %3–%4</source>
        <translation>Verwacht %1–%2, gepland %3–%4</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/live.py" line="+182"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip…</source>
        <translation>Overslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absorb…</source>
        <translation>Inlopen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Undo absorb</source>
        <translation>Inlopen ongedaan maken</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Redo absorb</source>
        <translation>Inlopen opnieuw</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Finish the day</source>
        <translation>Dag afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the run…</source>
        <translation>Live-stand wissen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector on/off</source>
        <translation>Projector aan/uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message…</source>
        <translation>Tekst…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black screen</source>
        <translation>Zwart scherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime</source>
        <translation>Gong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absorb the overrun: shorten what comes, to be on time again (%1)</source>
        <translation>Uitloop inlopen: wat nog komt inkorten, zodat je weer op tijd zit (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open or close the projector screen (F5); the arrow chooses the display</source>
        <translation>Projectorscherm openen of sluiten (F5); met het pijltje kies je het scherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys:  Space start/pause  ·  N or → next  ·  P or ← previous  ·  + / − one minute  ·  I absorb  ·  Ctrl+Z undo  ·  F5 projector  ·  T timer  ·  A agenda  ·  M message  ·  B black</source>
        <translation>Toetsen:  spatie start/pauze  ·  N of → volgende  ·  P of ← vorige  ·  + / − een minuut  ·  I inlopen  ·  Ctrl+Z ongedaan  ·  F5 projector  ·  T timer  ·  A agenda  ·  M tekst  ·  B zwart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live screen</source>
        <translation>Live-scherm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the day, pause, resume</source>
        <translation>Dag starten, pauzeren, hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item</source>
        <translation>Vorig agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to a later item</source>
        <translation>Doorgaan met een later agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute more</source>
        <translation>Een minuut erbij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute less</source>
        <translation>Een minuut eraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absorb the overrun</source>
        <translation>Uitloop inlopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projector: timer</source>
        <translation>Projector: timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: agenda</source>
        <translation>Projector: agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: message</source>
        <translation>Projector: tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: black screen (again: back)</source>
        <translation>Projector: zwart scherm (nog eens: terug)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No session is open.</source>
        <translation>Er is geen bijeenkomst geopend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: this session is open in another Facilitator window. The live run is shown, but can only be driven there.</source>
        <translation>Alleen lezen: deze bijeenkomst is open in een ander Facilitator-venster. Je ziet de live-stand, maar bedienen kan alleen daar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme is empty: add agenda items on the Agenda screen first.</source>
        <translation>Het programma is leeg: zet eerst agendapunten op het scherm Agenda.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+2"/>
        <source>Start the day</source>
        <translation>Dag starten</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chime off</source>
        <translation>Gong uit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chime on</source>
        <translation>Gong aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chime when an item or a step ends; click to mute</source>
        <translation>Een gong als een agendapunt of een stap afloopt; klik om hem uit te zetten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This programme already has recorded times (a rehearsal, or the demo). Starting the day clears them.</source>
        <translation>Dit programma heeft al vastgelegde tijden (van een generale repetitie of de demo). Als je de dag start, worden die gewist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reset the run</source>
        <translation>Live-stand wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to before the day: the current item is let go and every recorded start and end time is cleared.</source>
        <translation>Terug naar vóór de dag: het lopende agendapunt stopt en alle vastgelegde begin- en eindtijden worden gewist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>5 minutes left</source>
        <translation>Nog 5 minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome!</source>
        <translation>Welkom!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Break until %1</source>
        <translation>Pauze tot %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/facilitator/ui/main_window.py" line="+128"/>
        <source>Preparing the demo day…</source>
        <translation>De demodag wordt klaargezet…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is already a file called “%1”.</source>
        <translation>Er is al een bestand met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, so that no session is overwritten.</source>
        <translation>Kies een andere naam, zodat er geen sessie wordt overschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Making a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup did not succeed: %1</source>
        <translation>De reservekopie is niet gelukt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Facilitator sessions (*%1)</source>
        <translation>Facilitator-sessies (*%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Untitled meeting</source>
        <translation>Bijeenkomst zonder titel</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/live_dialogs.py" line="+28"/>
        <source>Message on the projector</source>
        <translation>Tekst op de projector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text for the room (choose one or type your own):</source>
        <translation>Tekst voor de zaal (kies er een of typ zelf):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/new_session.py" line="+46"/>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>for example: Town hall, council chamber</source>
        <translation>bijvoorbeeld: Stadhuis, raadzaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Municipality of Zuidhaege, project team</source>
        <translation>bijvoorbeeld: Gemeente Zuidhaege, projectteam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as</source>
        <translation>Wordt opgeslagen als</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything you enter is saved at once; there is no Save button.</source>
        <translation>Alles wat u invoert, wordt direct opgeslagen; een knop Opslaan is er niet.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>A file with this name already exists; choose another title or folder.</source>
        <translation>Er bestaat al een bestand met deze naam; kies een andere titel of map.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Where should the session file go?</source>
        <translation>Waar moet het sessiebestand komen?</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/note_delegate.py" line="+36"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dots</source>
        <translation>
            <numerusform>%n stip</numerusform>
            <numerusform>%n stippen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/note_list_model.py" line="+32"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hidden note: {text}</source>
        <translation>Verborgen notitie: {text}</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/notes.py" line="+46"/>
        <source>Dot-vote ranking</source>
        <translation>Uitslag stippenstemmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search all notes: text, category, theme, table, agenda item…</source>
        <translation>Zoek in alle notities: tekst, categorie, thema, tafel, agendapunt…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All notes</source>
        <translation>Alle notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions and recommendations</source>
        <translation>Actiepunten en aanbevelingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda item:</source>
        <translation>Agendapunt:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All notes ({count})</source>
        <translation>Alle notities ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions and recommendations ({count})</source>
        <translation>Actiepunten en aanbevelingen ({count})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title} ({notes})</source>
        <translation>{title} ({notes})</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (no notes)</source>
        <translation>{title} (geen notities)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not clustered</source>
        <translation>Zonder thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no category)</source>
        <translation>(geen categorie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agenda items yet.</source>
        <translation>Nog geen agendapunten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes on the board of “{title}” yet.</source>
        <translation>Nog geen notities op het bord van “{title}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes: {count}</source>
        <translation>Notities: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes: {count}</source>
        <translation>Thema&apos;s: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clustered: {count}</source>
        <translation>In een thema: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotes: {count}</source>
        <translation>Citaten: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden: {count}</source>
        <translation>Verborgen: {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{title}: %n dots per person</source>
        <translation>
            <numerusform>{title}: %n stip per persoon</numerusform>
            <numerusform>{title}: %n stippen per persoon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dots in total: {count}</source>
        <translation>stippen in totaal: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dot votes on this item’s themes yet.</source>
        <translation>Nog geen stippen op de thema&apos;s van dit agendapunt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} van {total} getoond</translation>
    </message>
</context>
<context>
    <name>NowPanel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/live_now.py" line="+112"/>
        <source>The day is finished</source>
        <translation>De dag is afgelopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Dank je wel!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every start and end time is recorded for the report. Previous (P) opens the last item again.</source>
        <translation>Alle begin- en eindtijden staan vast voor het verslag. Met Vorige (P) open je het laatste agendapunt weer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before the day · first item at %1</source>
        <translation>Vóór de dag · eerste agendapunt om %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Space to start the day</source>
        <translation>Druk op de spatiebalk om de dag te starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned %1–%2</source>
        <translation>gepland %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused: press Space to resume</source>
        <translation>Gepauzeerd: druk op de spatiebalk om te hervatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over time</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>nog te gaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min added</source>
        <translation>%1 min extra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1 of %2: %3 · %4 left</source>
        <translation>Stap %1 van %2: %3 · nog %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then: %1 (%2 min)</source>
        <translation>Daarna: %1 (%2 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last step.</source>
        <translation>Dit is de laatste stap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1 steps done</source>
        <translation>Alle %1 stappen gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last step was: %1</source>
        <translation>De laatste stap was: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1 at %2</source>
        <translation>Hierna: %1 om %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(planned %1)</source>
        <translation>(gepland %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the last item of the day.</source>
        <translation>Dit is het laatste agendapunt van de dag.</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <location filename="../../src/facilitator/ui/open_flow.py" line="+45"/>
        <source>today at %1</source>
        <translation>vandaag om %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Facilitator cannot open “%1”.</source>
        <translation>Facilitator kan “%1” niet openen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not there (any more). Perhaps it was moved or renamed, or it is on a USB stick that is not connected.</source>
        <translation>Het bestand is er niet (meer). Misschien is het verplaatst of hernoemd, of staat het op een USB-stick die niet is aangesloten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Facilitator session file.</source>
        <translation>Dit is geen sessiebestand van Facilitator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged. This can happen when the computer crashed while saving, or when the file is in a synchronised folder such as OneDrive or Dropbox.</source>
        <translation>Het bestand is beschadigd. Dat kan gebeuren als de computer vastliep tijdens het opslaan, of als het bestand in een gesynchroniseerde map staat, zoals OneDrive of Dropbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>It was made with a newer version of Facilitator; update the app to open it.</source>
        <translation>Het is gemaakt met een nieuwere versie van Facilitator; werk de app bij om het te openen.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>It needs to be updated for this version of Facilitator, but it is open in another Facilitator window. Close it there and try again.</source>
        <translation>Het bestand moet worden bijgewerkt voor deze versie van Facilitator, maar het is geopend in een ander Facilitator-venster. Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not have permission to open this file.</source>
        <translation>U hebt geen toestemming om dit bestand te openen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilitator has a backup of this file from %1. It can open a copy of it; the original file stays as it is.</source>
        <translation>Facilitator heeft een reservekopie van dit bestand van %1. Facilitator kan een kopie daarvan openen; het oorspronkelijke bestand blijft zoals het is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the newest backup (from %1)</source>
        <translation>Open de nieuwste reservekopie (van %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is already open in another Facilitator window.</source>
        <translation>“%1” is al geopend in een ander Facilitator-venster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can look at it here, but not change it. To make changes, use the other window, or close it and open the file again.</source>
        <translation>U kunt het hier bekijken, maar niet wijzigen. Wilt u iets veranderen? Gebruik dan het andere venster, of sluit het bestand daar en open het opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open session</source>
        <translation>Sessie openen</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/participant_model.py" line="+90"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Bijzonderheden</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/participants.py" line="+48"/>
        <source>Filter by name, role, attribute or need…</source>
        <translation>Filter op naam, rol, kenmerk of bijzonderheid…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here (present or walk-in)</source>
        <translation>Hier (aanwezig of zonder aanmelding)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No participants yet. They arrive with the participant import.</source>
        <translation>Nog geen deelnemers. Die komen erbij als u de deelnemerslijst importeert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People: {count}</source>
        <translation>Personen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Composition of the {count} participants here, by</source>
        <translation>Samenstelling van de {count} aanwezige deelnemers, naar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composition of all {count} participants, by</source>
        <translation>Samenstelling van alle {count} deelnemers, naar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value}: {count} ({percent}%)</source>
        <translation>{value}: {count} ({percent}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+{count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} van {total} getoond</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../src/facilitator/ui/programme_editor.py" line="+54"/>
        <source>This session is open read-only: the programme cannot be changed.</source>
        <extracomment>Something changed; the id of the item to select (or None). An edit could not be made; a sentence for the status bar.</extracomment>
        <translation>Deze sessie is alleen-lezen geopend: het programma kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>That step can no longer be undone: the item is gone.</source>
        <translation>Die stap kan niet meer ongedaan worden gemaakt: het agendapunt bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “{title}”</source>
        <translation>“{title}” toevoegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not undone: notes or times were recorded on the item meanwhile.</source>
        <translation>Niet ongedaan gemaakt: bij het agendapunt zijn intussen notities of tijden vastgelegd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete “{title}”</source>
        <translation>“{title}” verwijderen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move “{title}”</source>
        <translation>“{title}” verplaatsen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Change “{title}”</source>
        <translation>“{title}” wijzigen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Change the work form of “{title}”</source>
        <translation>Werkvorm van “{title}” wijzigen</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/programme_model.py" line="+30"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
</context>
<context>
    <name>ProgrammeSheet</name>
    <message>
        <location filename="../../src/facilitator/ui/programme_export.py" line="-125"/>
        <source>fixed time</source>
        <translation>vaste tijd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{minutes} min free</source>
        <translation>{minutes} min vrij</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start {start} · end {end} · {count} agenda items</source>
        <translation>Begin {start} · einde {end} · {count} agendapunten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme as planned on {date}. Made with Facilitator.</source>
        <translation>Programma zoals gepland op {date}. Gemaakt met Facilitator.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../src/facilitator/ui/projector/agenda.py" line="+42"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected {time}</source>
        <translation>verwacht {time}</translation>
    </message>
    <message>
        <location filename="../../src/facilitator/ui/projector/timer.py" line="+129"/>
        <source>Time is up</source>
        <translation>Tijd is om</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
</context>
<context>
    <name>ProjectorSamples</name>
    <message>
        <location filename="../../src/facilitator/ui/projector/samples.py" line="+70"/>
        <source>Welcome!</source>
        <translation>Welkom!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We start at {time}.</source>
        <translation>We beginnen om {time}.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/facilitator/ui/projector/window.py" line="+248"/>
        <source>Projector</source>
        <translation>Beamerscherm</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/ranking_model.py" line="+47"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Uit agendapunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/report.py" line="+34"/>
        <source>Top themes by votes</source>
        <translation>Thema&apos;s met de meeste stippen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions and recommendations</source>
        <translation>Actiepunten en aanbevelingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme: planned and actual</source>
        <translation>Programma: gepland en werkelijk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is what the Word report will hold. Participant names stay out of it: it shows counts only.</source>
        <translation>Dit komt in het Word-rapport. Namen van deelnemers staan er niet in: het rapport toont alleen aantallen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No action items or recommendations yet.</source>
        <translation>Nog geen actiepunten of aanbevelingen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Present {present}, walk-in {walk_in}, absent {absent}, not arrived {invited}; {staff} hosts, chairs, experts and organisers not counted.</source>
        <translation>Aanwezig {present}, zonder aanmelding {walk_in}, afwezig {absent}, nog niet binnen {invited}; {staff} tafelbegeleiders, voorzitters, deskundigen en organisatoren niet meegeteld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>participants present / invited</source>
        <translation>deelnemers aanwezig / uitgenodigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tables</source>
        <translation>tafels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table rounds</source>
        <translation>tafelrondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>themes</source>
        <translation>thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots</source>
        <translation>stippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action items</source>
        <translation>actiepunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations</source>
        <translation>aanbevelingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ranked by the dots of all votes of the day; {shown} of {count} themes with dots.</source>
        <translation>Op volgorde van de stippen uit alle stemrondes van de dag; {shown} van de {count} thema&apos;s met stippen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dot votes yet.</source>
        <translation>Er is nog niet met stippen gestemd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The programme is empty.</source>
        <translation>Het programma is leeg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times recorded for {recorded} of {count} items.</source>
        <translation>Tijden vastgelegd voor {recorded} van de {count} agendapunten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No times recorded yet: the report will show the plan.</source>
        <translation>Nog geen tijden vastgelegd: het rapport toont de planning.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/dialogs.py" line="-73"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/live_dialogs.py" line="+19"/>
        <source>Skip to a later item</source>
        <translation>Doorgaan met een later agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with (the items in between are skipped):</source>
        <translation>Doorgaan met (wat ertussen zit, wordt overgeslagen):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
<context>
    <name>SleepBar</name>
    <message numerus="yes">
        <location filename="../../src/facilitator/ui/widgets/live_sleep_bar.py" line="+48"/>
        <source>Facilitator was closed for %n minute(s) (%1–%2); the timer counted that time. Keep it as meeting time?</source>
        <translation>
            <numerusform>Facilitator was %n minuut dicht (%1–%2); de timer heeft die tijd meegeteld. Laten meetellen als vergadertijd?</numerusform>
            <numerusform>Facilitator was %n minuten dicht (%1–%2); de timer heeft die tijd meegeteld. Laten meetellen als vergadertijd?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep counting it</source>
        <translation>Laten meetellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out</source>
        <translation>Niet meetellen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The laptop slept %n minute(s) (%1–%2). Count it as meeting time?</source>
        <translation>
            <numerusform>De laptop sliep %n minuut (%1–%2). Meetellen als vergadertijd?</numerusform>
            <numerusform>De laptop sliep %n minuten (%1–%2). Meetellen als vergadertijd?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count it</source>
        <translation>Meetellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t count it</source>
        <translation>Niet meetellen</translation>
    </message>
</context>
<context>
    <name>TableCardDelegate</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/table_card_delegate.py" line="+80"/>
        <source>Host: {name}</source>
        <translation>Begeleider: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No host</source>
        <translation>Geen tafelbegeleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity: {count}</source>
        <translation>Plaatsen: {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>+{count} more</source>
        <translation>en nog {count}</translation>
    </message>
</context>
<context>
    <name>TablesView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/tables.py" line="+26"/>
        <source>Round:</source>
        <translation>Ronde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find a person’s table…</source>
        <translation>Zoek aan welke tafel iemand zit…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tables</source>
        <translation>Tafels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Round {number}</source>
        <translation>Ronde {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tables: {count}</source>
        <translation>Tafels: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats: {count}</source>
        <translation>Plaatsen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>♿ Accessible: {count}</source>
        <translation>♿ Rolstoeltoegankelijk: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a host: {count}</source>
        <translation>Met tafelbegeleider: {count}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Seated: {people}</source>
        <translation>Ingedeeld: {people}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables in use: {tables}</source>
        <translation>Tafels in gebruik: {tables}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here but not seated: {count}</source>
        <translation>Aanwezig maar niet ingedeeld: {count}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No tables yet. Add tables to plan the seating.</source>
        <translation>Nog geen tafels. Voeg tafels toe om de tafelindeling te maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No table rounds yet: the tables are shown without seating.</source>
        <translation>Nog geen tafelrondes: de tafels staan er zonder indeling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is seated in round {number} yet.</source>
        <translation>In ronde {number} is nog niemand ingedeeld.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Found at: {tables} (+{count} more)</source>
        <translation>Gevonden bij: {tables} (en nog {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found at: {tables}</source>
        <translation>Gevonden bij: {tables}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody seated in this round matches “{text}”.</source>
        <translation>In deze ronde zit niemand die past bij “{text}”.</translation>
    </message>
</context>
<context>
    <name>TemplateFlow</name>
    <message>
        <location filename="../../src/facilitator/ui/template_flow.py" line="+55"/>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the template (it keeps the items, times, work forms and notes; no participants):</source>
        <translation>Naam van het sjabloon (het bewaart de agendapunten, tijden, werkvormen en aantekeningen; geen deelnemers):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is already a template called “{name}”. Replace it?</source>
        <translation>Er is al een sjabloon met de naam “{name}”. Wil je het vervangen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template could not be saved: {problem}</source>
        <translation>Het sjabloon kon niet worden opgeslagen: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template “{name}” saved.</source>
        <translation>Sjabloon “{name}” opgeslagen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>New session from “{name}”</source>
        <translation>Nieuwe sessie uit “{name}”</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location line="-85"/>
        <source>New session from a template</source>
        <translation>Nieuwe sessie uit een sjabloon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (your own)</source>
        <translation>{name} (eigen sjabloon)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use this template…</source>
        <translation>Dit sjabloon gebruiken…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No templates found.</source>
        <translation>Geen sjablonen gevonden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{start}–{end} · {count} agenda items</source>
        <translation>{start}–{end} · {count} agendapunten</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../src/facilitator/ui/welcome.py" line="+111"/>
        <source>Run a participation meeting from this laptop, with or without internet.</source>
        <translation>Begeleid een participatiebijeenkomst vanaf deze laptop, met of zonder internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo day</source>
        <translation>Demodag openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new meeting file (Ctrl+N)</source>
        <translation>Begin een nieuw bestand voor een bijeenkomst (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a session file (Ctrl+O)</source>
        <translation>Open een sessiebestand (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try everything out on a fresh copy of an example citizens&apos; assembly</source>
        <translation>Probeer alles uit op een nieuwe kopie van een voorbeeld-burgerberaad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently opened</source>
        <translation>Recent geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sessions opened yet.</source>
        <translation>Nog geen sessies geopend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved at once, and a backup is made every 10 minutes.</source>
        <translation>Elke wijziging wordt direct opgeslagen, en elke 10 minuten wordt er een reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/facilitator/ui/actions.py" line="+100"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;template…</source>
        <translation>Nieuw uit s&amp;jabloon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export programme…</source>
        <translation>Programma &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work forms…</source>
        <translation>&amp;Werkvormen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo day</source>
        <translation>&amp;Demodag openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>Reserve&amp;kopieën…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close session</source>
        <translation>Sessie s&amp;luiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Projector on/off</source>
        <translation>&amp;Projector aan/uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Over Facilitator</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no recent sessions)</source>
        <translation>(geen recente sessies)</translation>
    </message>
</context>
<context>
    <name>WorkFormCard</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/work_form_card.py" line="+44"/>
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No work form chosen.</source>
        <translation>Geen werkvorm gekozen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work form: {name}</source>
        <translation>Werkvorm: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No description.</source>
        <translation>Geen beschrijving.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Steps take {steps} of the {planned} min planned.</source>
        <translation>De stappen duren samen {steps} van de {planned} geplande minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Timed steps&lt;/b&gt; (start, step, minutes)</source>
        <translation>&lt;b&gt;Stappen met tijden&lt;/b&gt; (begin, stap, minuten)</translation>
    </message>
</context>
<context>
    <name>WorkFormCatalogue</name>
    <message>
        <location filename="../../src/facilitator/ui/workform_catalogue.py" line="+46"/>
        <location line="+155"/>
        <location line="+7"/>
        <source>Work forms</source>
        <translation>Werkvormen</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Add to programme</source>
        <translation>Toevoegen aan programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to my own…</source>
        <translation>Kopiëren naar eigen werkvormen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Your own work forms could not be read: {problem}</source>
        <translation>Je eigen werkvormen konden niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built in</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own</source>
        <translation>Eigen werkvormen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  (none yet: “New…” or “Copy to my own…”)</source>
        <translation>  (nog geen: ‘Nieuw…’ of ‘Kopiëren naar eigen werkvormen…’)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Default duration: {minutes} min</source>
        <translation>Standaardduur: {minutes} min</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} (own)</source>
        <translation>{name} (eigen)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete your work form “{name}”?</source>
        <translation>Je werkvorm “{name}” verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions that use it keep their own copy.</source>
        <translation>Sessies die hem gebruiken, houden hun eigen kopie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your work forms could not be saved: {problem}</source>
        <translation>Je werkvormen konden niet worden opgeslagen: {problem}</translation>
    </message>
</context>
<context>
    <name>WorkFormEditor</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/workform_editor.py" line="+32"/>
        <source>Edit work form</source>
        <translation>Werkvorm bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New work form</source>
        <translation>Nieuwe werkvorm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: Wandelgesprek</source>
        <translation>bijvoorbeeld: Wandelgesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Walk and talk</source>
        <translation>bijvoorbeeld: Walk and talk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain it as you would to the room: short sentences.</source>
        <translation>Leg het uit zoals je het de zaal zou vertellen: korte zinnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: Kansen, Zorgen, Vragen</source>
        <translation>bijvoorbeeld: Kansen, Zorgen, Vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name (Dutch)</source>
        <translation>&amp;Naam (Nederlands)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;English)</source>
        <translation>Naam (&amp;Engels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description (Dutch)</source>
        <translation>&amp;Beschrijving (Nederlands)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (En&amp;glish)</source>
        <translation>Beschrijving (En&amp;gels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;duration</source>
        <translation>Standaard&amp;duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest &amp;categories</source>
        <translation>&amp;Categorieën van de oogst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed &amp;steps</source>
        <translation>&amp;Stappen met tijden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Steps add up to {steps} of {minutes} min.</source>
        <translation>De stappen duren samen {steps} van {minutes} min.</translation>
    </message>
</context>
</TS>
