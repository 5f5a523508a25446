<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/dialogs.py" line="+102"/>
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
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/action_dialog.py" line="+40"/>
        <source>Edit agreement or recommendation</source>
        <translation>Afspraak of aanbeveling bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement or recommendation</source>
        <translation>Afspraak of aanbeveling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not made from a note or theme.</source>
        <translation>Niet gemaakt van een notitie of thema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreement / action point</source>
        <translation>&amp;Afspraak / actiepunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation</source>
        <translation>Aan&amp;beveling</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who does it (a person, a department)</source>
        <translation>Wie doet het (een persoon, een afdeling)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/action_model.py" line="+25"/>
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
    <name>ActionOverview</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/action_overview.py" line="+58"/>
        <source>Agreements and recommendations</source>
        <extracomment>How many actions the day has (for the tab&apos;s title). Shows a dialog and says whether it was accepted; tests fill the real dialog&apos;s widgets instead. The agenda item a typed-in action belongs to (the Notes screen&apos;s current item).</extracomment>
        <translation>Afspraken en aanbevelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements only</source>
        <translation>Alleen afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations only</source>
        <translation>Alleen aanbevelingen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Double-click to edit; Delete removes (Ctrl+Z brings it back).</source>
        <translation>Dubbelklik om te bewerken; Delete verwijdert (Ctrl+Z haalt het terug).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All agenda items</source>
        <translation>Alle agendapunten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} van {total} zichtbaar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From theme ‘{name}’.</source>
        <translation>Uit thema ‘{name}’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed in: not made from a note or theme.</source>
        <translation>Ingetypt: niet gemaakt van een notitie of thema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From note ‘{text}’ in theme ‘{name}’.</source>
        <translation>Uit notitie ‘{text}’ in thema ‘{name}’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From note ‘{text}’.</source>
        <translation>Uit notitie ‘{text}’.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Delete %n agreements and recommendations</source>
        <translation>
            <numerusform>%n afspraak of aanbeveling verwijderen</numerusform>
            <numerusform>%n afspraken en aanbevelingen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add agreement ‘{text}’</source>
        <translation>Afspraak ‘{text}’ toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add recommendation ‘{text}’</source>
        <translation>Aanbeveling ‘{text}’ toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit agreement ‘{text}’</source>
        <translation>Afspraak ‘{text}’ bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit recommendation ‘{text}’</source>
        <translation>Aanbeveling ‘{text}’ bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete agreement ‘{text}’</source>
        <translation>Afspraak ‘{text}’ verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete recommendation ‘{text}’</source>
        <translation>Aanbeveling ‘{text}’ verwijderen</translation>
    </message>
</context>
<context>
    <name>ActionOverviewModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/action_model.py" line="+48"/>
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
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came from</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note ‘{text}’</source>
        <translation>Notitie ‘{text}’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>theme ‘{name}’</source>
        <translation>thema ‘{name}’</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Theme ‘{name}’ (%n notes)</source>
        <translation>
            <numerusform>Thema ‘{name}’ (%n notitie)</numerusform>
            <numerusform>Thema ‘{name}’ (%n notities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>ranked {rank} with %n dots</source>
        <translation>
            <numerusform>{rank}e met %n stip</numerusform>
            <numerusform>{rank}e met %n stippen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vote}: {place}</source>
        <translation>{vote}: {place}</translation>
    </message>
</context>
<context>
    <name>AddTablesDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_dialogs.py" line="+95"/>
        <source>Add tables</source>
        <translation>Tafels toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> chairs</source>
        <translation> stoelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free</source>
        <translation>Drempelvrij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of tables:</source>
        <translation>Aantal tafels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity of each (host included):</source>
        <translation>Stoelen per tafel (begeleider inbegrepen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names start with:</source>
        <translation>Namen beginnen met:</translation>
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
        <location filename="../../src/facilitator/ui/views/agenda.py" line="+118"/>
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
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda screen</source>
        <translation>Agendascherm</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <source>photos ({count})</source>
        <translation>foto&apos;s ({count})</translation>
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
    <name>AttendeeModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/subsession_model.py" line="+208"/>
        <source>no preference</source>
        <translation>geen voorkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>not ranked</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>(not placed)</source>
        <translation>(niet ingedeeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>vast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-session</source>
        <translation>Deelsessie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ranking</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By hand</source>
        <translation>Met de hand</translation>
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
    <name>BoardActions</name>
    <message>
        <location filename="../../src/facilitator/ui/board_actions.py" line="+55"/>
        <location line="+64"/>
        <source>Edit</source>
        <extracomment>&quot;Make action/recommendation…&quot; on a note or theme: the StickyNote or Theme record. A sentence for the status bar: what was done (merges), or why something cannot be done.</extracomment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New theme from selection</source>
        <translation>Nieuw thema van selectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out of theme</source>
        <translation>Uit thema halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Hide from projector</source>
        <translation>Verbergen voor projector</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Ungroup</source>
        <translation>Groep opheffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make action or recommendation…</source>
        <translation>Maak afspraak/aanbeveling…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+216"/>
        <location line="+3"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Edit the note or rename the theme</source>
        <translation>Notitie bewerken of thema hernoemen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected notes</source>
        <translation>Gekozen notities verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New theme from the selected notes</source>
        <translation>Nieuw thema van de gekozen notities</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark or unmark as quote</source>
        <translation>Als citaat markeren of niet meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide from or show on the projector</source>
        <translation>Verbergen voor of tonen op de projector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ungroup the theme</source>
        <translation>Groep opheffen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move to category</source>
        <translation>Naar categorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move to theme</source>
        <translation>Naar thema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge with</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A note needs some text; to remove it, delete it (Del).</source>
        <translation>Een notitie heeft tekst nodig; verwijder hem als hij weg moet (Del).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A theme needs a name.</source>
        <translation>Een thema heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename theme “{old}” to “{new}”</source>
        <translation>Thema “{old}” hernoemd tot “{new}”</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %n notes</source>
        <translation>
            <numerusform>%n notitie verwijderen</numerusform>
            <numerusform>%n notities verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n notes. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n notitie verwijderd. Ctrl+Z haalt hem terug.</numerusform>
            <numerusform>%n notities verwijderd. Ctrl+Z haalt ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as quote</source>
        <translation>Als citaat markeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark as quote</source>
        <translation>Geen citaat meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on projector</source>
        <translation>Tonen op projector</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Move %n notes to “{category}”</source>
        <translation>
            <numerusform>%n notitie naar “{category}”</numerusform>
            <numerusform>%n notities naar “{category}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>New theme “{name}” of %n notes</source>
        <translation>
            <numerusform>Nieuw thema “{name}” van %n notitie</numerusform>
            <numerusform>Nieuw thema “{name}” van %n notities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New theme “{name}”</source>
        <translation>Nieuw thema “{name}”</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Add %n notes to “{name}”</source>
        <translation>
            <numerusform>%n notitie bij “{name}”</numerusform>
            <numerusform>%n notities bij “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Take %n notes out of their theme</source>
        <translation>
            <numerusform>%n notitie uit haar thema gehaald</numerusform>
            <numerusform>%n notities uit hun thema gehaald</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theme {names} merged with “{keep}”</source>
        <translation>Thema {names} samengevoegd met “{keep}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{names} merged into “{keep}”; the name “{keep}” was kept (F2 renames it).</source>
        <translation>{names} samengevoegd met “{keep}”; de naam “{keep}” is gebleven (F2 om te hernoemen).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ungroup {names}</source>
        <translation>Groep {names} opgeheven</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drop a theme on another theme to merge them.</source>
        <translation>Sleep een thema op een ander thema om ze samen te voegen.</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message numerus="yes">
        <location filename="../../src/facilitator/ui/widgets/board.py" line="+91"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../../src/facilitator/ui/board_editor.py" line="+30"/>
        <source>This session is open read-only: notes cannot be changed.</source>
        <extracomment>An edit was written (forward, or its inverse on undo): the BoardEdit as written.</extracomment>
        <translation>Deze sessie is alleen-lezen geopend: notities kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That step no longer applies: what it changed is gone (deleted with its agenda item).</source>
        <translation>Die stap geldt niet meer: wat hij veranderde is weg (verwijderd met het agendapunt).</translation>
    </message>
</context>
<context>
    <name>BoardListView</name>
    <message numerus="yes">
        <location filename="../../src/facilitator/ui/widgets/board_list.py" line="+110"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/board.py" line="+19"/>
        <source>Layout:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By theme</source>
        <translation>Per thema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty theme to drop notes on</source>
        <translation>Een leeg thema om notities op te slepen</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+4"/>
        <location line="+29"/>
        <source>Not clustered</source>
        <extracomment>The row above the columns (other parts of the screen add their buttons with :meth:`add_tool`); a toolbar, so that in a narrow window the buttons that do not fit go into its » menu.</extracomment>
        <translation>Niet geclusterd</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+4"/>
        <location line="+25"/>
        <source>(no category)</source>
        <translation>(geen categorie)</translation>
    </message>
</context>
<context>
    <name>CheckInNotice</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/person_checkin.py" line="+36"/>
        <source>Undo</source>
        <extracomment>Undo asked for: (person id, the attendance to go back to).</extracomment>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ChoiceCountsModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/subsession_model.py" line="-134"/>
        <source>Slot {slot}</source>
        <translation>Ronde {slot}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All slots</source>
        <translation>Alle rondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ordinal} choice</source>
        <translation>{ordinal} keuze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ranked</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preference</source>
        <translation>Zonder voorkeuren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} of {total} places</source>
        <translation>{count} van {total} plekken</translation>
    </message>
</context>
<context>
    <name>ColumnChoiceModel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/import_choices.py" line="+34"/>
        <source>Number</source>
        <extracomment>The column is kept as an attribute under its own header / left out. Fields a column can become, in the order the combo box offers them. A value column lists its values only when it has at most this many (a postcode column has hundreds).</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split into parts)</source>
        <translation>Volledige naam (wordt opgesplitst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (gives the age band)</source>
        <translation>Leeftijd (geeft de leeftijdsgroep)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preference {number}</source>
        <translation>Voorkeur {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Column</source>
        <extracomment>(column letter, target): the field, the header to keep it as an attribute under, or &quot;&quot; to ignore it.</extracomment>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>Kop in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Becomes</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example values</source>
        <translation>Voorbeeldwaarden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep as attribute “{header}”</source>
        <translation>Bewaren als kenmerk “{header}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore this column</source>
        <translation>Deze kolom negeren</translation>
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
    <name>ExportMessages</name>
    <message>
        <location filename="../../src/facilitator/ui/report_export.py" line="+82"/>
        <source>“{name}” could not be written: it is open in another program (Word?) or the folder is protected.</source>
        <translation>“{name}” kon niet worden opgeslagen: het bestand is geopend in een ander programma (Word?) of de map is beveiligd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the file in Word and export again, or choose another name or folder.</source>
        <translation>Sluit het bestand in Word en exporteer opnieuw, of kies een andere naam of map.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full: “{name}” could not be written.</source>
        <translation>De schijf is vol: “{name}” kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make room on the disk, or choose another place (a USB stick), and export again.</source>
        <translation>Maak ruimte vrij op de schijf, of kies een andere plek (een usb-stick), en exporteer opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” could not be written: the disk is read-only.</source>
        <translation>“{name}” kon niet worden opgeslagen: de schijf is alleen-lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another place and export again.</source>
        <translation>Kies een andere plek en exporteer opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” could not be written: the folder does not exist.</source>
        <translation>“{name}” kon niet worden opgeslagen: de map bestaat niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing folder and export again.</source>
        <translation>Kies een bestaande map en exporteer opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” could not be written: {reason}.</source>
        <translation>“{name}” kon niet worden opgeslagen: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another name or folder and export again.</source>
        <translation>Kies een andere naam of map en exporteer opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
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
    <name>FileChoice</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/report_options.py" line="+49"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not found: {path}. The report does without it.</source>
        <translation>Niet gevonden: {path}. Het rapport wordt zonder gemaakt.</translation>
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
        <location filename="../../src/facilitator/ui/live_controller.py" line="+94"/>
        <source>The programme was changed in the meantime, so the durations were left as they are.</source>
        <translation>Het programma is intussen gewijzigd; de tijdsduren zijn daarom niet aangepast.</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Absorb %1 min</source>
        <translation>%1 min inlopen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The live run could not be saved: %1</source>
        <translation>De live-stand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+213"/>
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
        <location filename="../../src/facilitator/ui/views/live.py" line="+191"/>
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
        <location line="+48"/>
        <source>Undo absorb</source>
        <translation>Inlopen ongedaan maken</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Redo absorb</source>
        <translation>Inlopen opnieuw</translation>
    </message>
    <message>
        <location line="-47"/>
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
        <source>Where do I sit?</source>
        <translation>Waar zit ik?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table lists</source>
        <translation>Tafellijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote result</source>
        <translation>Stemuitslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
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
        <source>Keys:  Space start/pause  ·  N or → next  ·  P or ← previous  ·  + / − one minute  ·  I absorb  ·  Ctrl+Z undo  ·  F5 projector  ·  T timer  ·  A agenda  ·  M message  ·  B black  ·  W where do I sit  ·  L table lists  ·  H themes  ·  V vote result</source>
        <translation>Toetsen:  spatie start/pauze  ·  N of → volgende  ·  P of ← vorige  ·  + / − een minuut  ·  I inlopen  ·  Ctrl+Z ongedaan  ·  F5 projector  ·  T timer  ·  A agenda  ·  M tekst  ·  B zwart  ·  W waar zit ik  ·  L tafellijsten  ·  H thema&apos;s  ·  V stemuitslag</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+1"/>
        <source>Projector: where do I sit? (the round on the programme)</source>
        <translation>Projector: waar zit ik? (de ronde van het programma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: table lists</source>
        <translation>Projector: tafellijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: the live item&apos;s themes</source>
        <translation>Projector: thema&apos;s van het lopende agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: the live item&apos;s vote result</source>
        <translation>Projector: stemuitslag van het lopende agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: next page of a list</source>
        <translation>Projector: volgende pagina van een lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector: previous page of a list</source>
        <translation>Projector: vorige pagina van een lijst</translation>
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
        <location line="+47"/>
        <location line="+2"/>
        <source>Start the day</source>
        <translation>Dag starten</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+73"/>
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
        <location filename="../../src/facilitator/ui/widgets/live_dialogs.py" line="+43"/>
        <source>Message on the projector</source>
        <translation>Tekst op de projector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text for the room (choose one or type your own):</source>
        <translation>Tekst voor de zaal (kies er een of typ zelf):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/subsession_dialogs.py" line="+132"/>
        <source>Move {name}</source>
        <translation>{name} verplaatsen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>choice {rank}</source>
        <translation>keuze {rank}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ranked</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} · {count}/{maximum} · {wish}</source>
        <translation>{label} · {count}/{maximum} · {wish}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep here when allocating again</source>
        <translation>Hier vasthouden bij opnieuw indelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Slot</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sub-session</source>
        <translation>&amp;Deelsessie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_dialogs.py" line="+14"/>
        <source>Move to table</source>
        <translation>Naar tafel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To table:</source>
        <translation>Naar tafel:</translation>
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
    <name>NoteCapture</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/note_capture.py" line="+105"/>
        <source>Add</source>
        <extracomment>Ctrl+digit pressed: the category number (1 to 9). Asks the name of a new category (a test replaces it); returns &quot;&quot; when cancelled. Wall-clock time stamped on a note (tests pin it).</extracomment>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter saves · Esc clears · Ctrl+1…9 or Alt+←/→ category · Alt+↑/↓ table · Ctrl+Z undo</source>
        <translation>Enter bewaart · Esc wist · Ctrl+1…9 of Alt+←/→ categorie · Alt+↑/↓ tafel · Ctrl+Z ongedaan maken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table:</source>
        <translation>Tafel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round:</source>
        <translation>Ronde:</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+11"/>
        <source>Clear the note</source>
        <translation>Notitie wissen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Previous table</source>
        <translation>Vorige tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next table</source>
        <translation>Volgende tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous category</source>
        <translation>Vorige categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next category</source>
        <translation>Volgende categorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the note and start the next</source>
        <translation>Notitie bewaren en de volgende beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category 1 to 9 (in the note field)</source>
        <translation>Categorie 1 tot 9 (in het notitieveld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous / next category</source>
        <translation>Vorige / volgende categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous / next table</source>
        <translation>Vorige / volgende tafel</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+167"/>
        <source>(no category)</source>
        <translation>(geen categorie)</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Add category…</source>
        <translation>Categorie toevoegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+150"/>
        <location line="+8"/>
        <source>No table</source>
        <translation>Geen tafel</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No round</source>
        <translation>Geen ronde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose an agenda item to capture notes.</source>
        <translation>Kies een agendapunt om notities vast te leggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: {reason}. Notes cannot be added.</source>
        <translation>Alleen-lezen: {reason}. Notities kunnen niet worden toegevoegd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a note and press Enter…</source>
        <translation>Typ een notitie en druk op Enter…</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+5"/>
        <source>Add category</source>
        <translation>Categorie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new column on this board:</source>
        <translation>Naam van de nieuwe kolom op dit bord:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n note(s) from this table this round</source>
        <translation>
            <numerusform>%n notitie van deze tafel deze ronde</numerusform>
            <numerusform>%n notities van deze tafel deze ronde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) from this table</source>
        <translation>
            <numerusform>%n notitie van deze tafel</numerusform>
            <numerusform>%n notities van deze tafel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/note_delegate.py" line="+39"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
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
    <message numerus="yes">
        <location line="+5"/>
        <source>%n tables</source>
        <translation>
            <numerusform>%n tafel</numerusform>
            <numerusform>%n tafels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/note_list_model.py" line="+39"/>
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
        <location line="+19"/>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Hidden note: {text}</source>
        <translation>Verborgen notitie: {text}</translation>
    </message>
</context>
<context>
    <name>NotesProjection</name>
    <message>
        <location filename="../../src/facilitator/ui/notes_projection.py" line="+32"/>
        <source>{cast} of {possible} dots</source>
        <translation>{cast} van {possible} stippen</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/notes.py" line="+93"/>
        <source>Dot-vote ranking</source>
        <translation>Uitslag stippenstemmen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search all notes: text, category, theme, table, agenda item…</source>
        <translation>Zoek in alle notities: tekst, categorie, thema, tafel, agendapunt…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All notes</source>
        <translation>Alle notities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
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
        <location line="+28"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes screen</source>
        <translation>Notitiescherm</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>All notes ({count})</source>
        <translation>Alle notities ({count})</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Actions and recommendations ({count})</source>
        <translation>Actiepunten en aanbevelingen ({count})</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{title} ({notes})</source>
        <translation>{title} ({notes})</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{title} (no notes)</source>
        <translation>{title} (geen notities)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No agenda items yet.</source>
        <translation>Nog geen agendapunten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes on the board of “{title}” yet.</source>
        <translation>Nog geen notities op het bord van “{title}”.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+78"/>
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
    <name>OccupancyModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/subsession_model.py" line="+40"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-session</source>
        <translation>Deelsessie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over its maximum</source>
        <translation>Boven het maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under its minimum</source>
        <translation>Onder het minimum</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <location filename="../../src/facilitator/ui/open_flow.py" line="+46"/>
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
        <source>The file holds values Facilitator cannot read, for example after it was changed with another program. The details say where.</source>
        <translation>Het bestand bevat waarden die Facilitator niet kan lezen, bijvoorbeeld nadat het met een ander programma is gewijzigd. De details zeggen waar.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>OutcomesExport</name>
    <message>
        <location filename="../../src/facilitator/ui/report_outcomes.py" line="+55"/>
        <source>Export for analysis (Excel)</source>
        <translation>Exporteren voor analyse (Excel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export for analysis (CSV)</source>
        <translation>Exporteren voor analyse (CSV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>This session has no notes, themes, votes or actions yet.</source>
        <translation>Deze bijeenkomst heeft nog geen notities, thema&apos;s, stemmingen of actiepunten.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Capture notes on the Notes screen first.</source>
        <translation>Leg eerst notities vast in het scherm Notities.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outcomes</source>
        <translation>opbrengst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These files in this folder will be replaced:</source>
        <translation>Deze bestanden in deze map worden vervangen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the outcomes…</source>
        <translation>De opbrengst wordt opgeslagen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workbook is ready: “{name}”.</source>
        <translation>De werkmap is klaar: “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, themes, votes and actions, a sheet each; no participant names.</source>
        <translation>Notities, thema&apos;s, stemmen en actiepunten, elk op een eigen blad; zonder namen van deelnemers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV files are ready: one per sheet, {count} in all.</source>
        <translation>De CSV-bestanden zijn klaar: één per blad, {count} in totaal.</translation>
    </message>
</context>
<context>
    <name>PairList</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/person_pairs.py" line="+35"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
</context>
<context>
    <name>PairRulesEditor</name>
    <message>
        <location line="+59"/>
        <source>Keep together with…</source>
        <translation>Houd samen met…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep together with</source>
        <translation>Houd samen met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep apart from…</source>
        <translation>Houd uit elkaar met…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep apart from</source>
        <translation>Houd uit elkaar met</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Same table in every round:</source>
        <translation>Elke ronde aan dezelfde tafel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never at the same table:</source>
        <translation>Nooit aan dezelfde tafel:</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/participant_import_dialog.py" line="+88"/>
        <source>Import participants</source>
        <extracomment>The people were stored (an ImportResult).</extracomment>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every row has a name and a possible age, no person is in the list twice, and every value is known.</source>
        <translation>Elke rij heeft een naam en een mogelijke leeftijd, niemand staat dubbel op de lijst en elke waarde is bekend.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rows as they will be stored</source>
        <translation>De rijen zoals ze worden opgeslagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skip rows with errors</source>
        <translation>Rijen met fouten overslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading “{name}”…</source>
        <translation>“{name}” lezen…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No list chosen yet: choose a .csv or .xlsx file.</source>
        <translation>Nog geen lijst gekozen: kies een .csv- of .xlsx-bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List: {path}</source>
        <translation>Lijst: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the list…</source>
        <translation>De lijst wordt gelezen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not listed, too many different values: {columns}</source>
        <translation>Niet opgesomd, te veel verschillende waarden: {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns ({count})</source>
        <translation>Kolommen ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values: {count} to check</source>
        <translation>Waarden: {count} nakijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: {errors} errors, {warnings} warnings</source>
        <translation>Problemen: {errors} fouten, {warnings} waarschuwingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found</source>
        <translation>Geen problemen gevonden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel-werkmap, blad “{sheet}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 met byte order mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (oudere Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“;” (semicolon)</source>
        <translation>“;” (puntkomma)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“,” (comma)</source>
        <translation>“,” (komma)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file, encoding {encoding}, separator {separator}</source>
        <translation>CSV-bestand, codering {encoding}, scheidingsteken {separator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header in row {row}, {count} data rows</source>
        <translation>kopregel in rij {row}, {count} rijen met gegevens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{total} rows in the list. {valid} can be imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{total} rijen in de lijst. {valid} kunnen worden geïmporteerd: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) give a person in this session another name (matched by number; see the Import column).</source>
        <translation>
            <numerusform>%n rij geeft een persoon in deze sessie een andere naam (gevonden op nummer; zie de kolom Import).</numerusform>
            <numerusform>%n rijen geven een persoon in deze sessie een andere naam (gevonden op nummer; zie de kolom Import).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) with errors will be skipped.</source>
        <translation>
            <numerusform>%n rij met fouten wordt overgeslagen.</numerusform>
            <numerusform>%n rijen met fouten worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) with errors. Correct the file and choose it again, or tick “Skip rows with errors” to import the other rows.</source>
        <translation>
            <numerusform>%n rij met fouten. Verbeter het bestand en kies het opnieuw, of vink “Rijen met fouten overslaan” aan om de andere rijen te importeren.</numerusform>
            <numerusform>%n rijen met fouten. Verbeter het bestand en kies het opnieuw, of vink “Rijen met fouten overslaan” aan om de andere rijen te importeren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session is open read-only: nothing can be imported into it.</source>
        <translation>Deze sessie is alleen-lezen geopend: er kan niets in worden geïmporteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is stored until you press Import.</source>
        <translation>Er wordt niets opgeslagen voordat u op Importeren drukt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importing {count} people…</source>
        <translation>{count} personen importeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Er is niets geïmporteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/facilitator/ui/widgets/import_file.py" line="+24"/>
        <source>Choose a participant list</source>
        <translation>Kies een deelnemerslijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant lists (%1)</source>
        <translation>Deelnemerslijsten (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not there (any more).</source>
        <translation>Het bestand is er niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is an old Excel .xls file: open it in Excel and save it as .xlsx or .csv.</source>
        <translation>Het is een oud Excel-bestand (.xls): open het in Excel en sla het op als .xlsx of .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not a spreadsheet or text file.</source>
        <translation>Het is geen spreadsheet- of tekstbestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row with column names such as Voornaam and Achternaam was found in the first 30 rows. Add such a header row above the names.</source>
        <translation>In de eerste 30 rijen staat geen rij met kolomnamen zoals Voornaam en Achternaam. Zet zo&apos;n kopregel boven de namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No columns separated by “;”, “,” or tabs were found.</source>
        <translation>Er zijn geen kolommen gevonden die met “;”, “,” of tabs zijn gescheiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .xlsx file is damaged: open it in Excel and save it again.</source>
        <translation>Het .xlsx-bestand is beschadigd: open het in Excel en sla het opnieuw op.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” cannot be read as a participant list.</source>
        <translation>“{name}” kan niet als deelnemerslijst worden gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list from Excel as .xlsx or as CSV, then choose it again.</source>
        <translation>Sla de lijst vanuit Excel op als .xlsx of als CSV en kies hem daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/participant_model.py" line="+127"/>
        <source>Name</source>
        <extracomment>The user ticked (True) or cleared (False) the attendance box of the person with this id.</extracomment>
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
        <location filename="../../src/facilitator/ui/views/participants.py" line="+56"/>
        <source>Find a name and press Enter to check in; also filters on role, attribute or need</source>
        <translation>Zoek een naam en druk op Enter om in te checken; filtert ook op rol, kenmerk of bijzonderheid</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>Zonder aanmelding…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+263"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants screen</source>
        <translation>Scherm Deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Persoon zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in the person found (in the search field)</source>
        <translation>De gevonden persoon inchecken (in het zoekveld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose among several matches (in the search field)</source>
        <translation>Kiezen uit meerdere treffers (in het zoekveld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present / absent for the selected person</source>
        <translation>Aanwezig / afwezig voor de gekozen persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person</source>
        <translation>De gekozen persoon bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected person</source>
        <translation>De gekozen persoon verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here (present or walk-in)</source>
        <translation>Hier (aanwezig of zonder aanmelding)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No participants yet. Import a list (.csv or .xlsx) with “Import…”, or add people one by one.</source>
        <translation>Nog geen deelnemers. Importeer een lijst (.csv of .xlsx) met “Importeren…”, of voeg mensen één voor één toe.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nobody matches “{text}”. Not on the list? Use “Walk-in…”.</source>
        <translation>Niemand gevonden voor “{text}”. Niet op de lijst? Gebruik “Zonder aanmelding…”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people match “{text}”: type more of the name, or choose one with ↓ and press Enter.</source>
        <translation>{count} personen passen bij “{text}”: typ meer van de naam, of kies iemand met ↓ en druk op Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is already checked in ({state}).</source>
        <translation>{name} is al ingecheckt ({state}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This session is open read-only: check-in is not saved.</source>
        <translation>Deze sessie is alleen-lezen geopend: inchecken wordt niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is checked in.</source>
        <translation>{name} is ingecheckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is marked absent.</source>
        <translation>{name} staat nu op afwezig.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} was added as a walk-in.</source>
        <translation>{name} is toegevoegd als deelnemer zonder aanmelding.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} from this session?</source>
        <translation>{name} uit deze sessie verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their seats in the table rounds and their keep-together and keep-apart rules are deleted with them.</source>
        <translation>De plaatsen in de tafelrondes en de regels voor samen houden en uit elkaar houden worden ook verwijderd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {skipped} rows with errors skipped.</source>
        <translation>Geïmporteerd: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} rijen met fouten overgeslagen.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} van {total} getoond</translation>
    </message>
</context>
<context>
    <name>PersonAttributesEditor</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/person_attributes.py" line="+37"/>
        <source>New attribute, e.g. Postcode</source>
        <translation>Nieuw kenmerk, bijv. Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attribute</source>
        <translation>Kenmerk toevoegen</translation>
    </message>
</context>
<context>
    <name>PersonCounts</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/person_counts.py" line="+64"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People: {count}</source>
        <translation>Personen: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still expected: {count}</source>
        <translation>Nog verwacht: {count}</translation>
    </message>
    <message>
        <location line="+13"/>
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
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/person_dialog.py" line="+90"/>
        <source>Walk-in</source>
        <translation>Deelnemer zonder aanmelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Other needs, separated by commas</source>
        <translation>Andere bijzonderheden, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attributes</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attributes the tables are balanced on:</source>
        <translation>De kenmerken waarop de tafels worden gemengd:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seating</source>
        <translation>Tafelindeling</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This session is open read-only: changes cannot be saved.</source>
        <translation>Deze sessie is alleen-lezen geopend: wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least a first or a last name.</source>
        <translation>Vul ten minste een voornaam of een achternaam in.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/person_picker.py" line="+19"/>
        <source>Type part of a name…</source>
        <translation>Typ een deel van een naam…</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <location filename="../../src/facilitator/ui/photo_files.py" line="+82"/>
        <source>Could not read “{file}”: {reason}</source>
        <extracomment>Above this a photo is worth a question first: it makes the session file (and its backups) big.</extracomment>
        <translation>Kon “{file}” niet lezen: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{file}” is not a photo or image that can be read here (such as JPEG or PNG).</source>
        <translation>“{file}” is geen foto of afbeelding die hier gelezen kan worden (zoals JPEG of PNG).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{file}” is damaged: {reason}</source>
        <translation>“{file}” is beschadigd: {reason}</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/photo_panel.py" line="+57"/>
        <source>Add photos…</source>
        <extracomment>(question) -&gt; bool and (message) -&gt; None; tests replace them.</extracomment>
        <translation>Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Caption of the selected photo</source>
        <translation>Bijschrift van de gekozen foto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Caption:</source>
        <translation>Bijschrift:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an agenda item to see its photos.</source>
        <translation>Kies een agendapunt om de foto&apos;s ervan te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos. Drop more photo files here, or use “Add photos…”.</source>
        <translation>
            <numerusform>%n foto. Sleep meer fotobestanden hierheen, of gebruik “Foto&apos;s toevoegen…”.</numerusform>
            <numerusform>%n foto&apos;s. Sleep meer fotobestanden hierheen, of gebruik “Foto&apos;s toevoegen…”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos of this agenda item yet. Add photos of flipcharts and sticky walls with “Add photos…”, or drop the files here.</source>
        <translation>Nog geen foto&apos;s bij dit agendapunt. Voeg foto&apos;s van flip-overs en stickerwanden toe met “Foto&apos;s toevoegen…”, of sleep de bestanden hierheen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making thumbnails…</source>
        <translation>Miniaturen maken…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>Afbeeldingen ({patterns})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These photos are larger than {limit} MB: {names}. Large photos make the session file and its backups big. Add them anyway?</source>
        <translation>Deze foto&apos;s zijn groter dan {limit} MB: {names}. Grote foto&apos;s maken het sessiebestand en de reservekopieën groot. Toch toevoegen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading photos…</source>
        <translation>Foto&apos;s inlezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add photo “{file}”</source>
        <translation>Foto “{file}” toevoegen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n photos</source>
        <translation>
            <numerusform>%n foto toevoegen</numerusform>
            <numerusform>%n foto&apos;s toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Caption “{caption}”</source>
        <translation>Bijschrift “{caption}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete photo “{file}”</source>
        <translation>Foto “{file}” verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n photos</source>
        <translation>
            <numerusform>%n foto verwijderen</numerusform>
            <numerusform>%n foto&apos;s verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Large photos</source>
        <translation>Grote foto&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some files were not added</source>
        <translation>Sommige bestanden zijn niet toegevoegd</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/facilitator/ui/plurals.py" line="+19"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dots</source>
        <translation>
            <numerusform>%n stip</numerusform>
            <numerusform>%n stippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n notes in themes</source>
        <translation>
            <numerusform>%n notitie in thema&apos;s</numerusform>
            <numerusform>%n notities in thema&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Group %n suggestions</source>
        <translation>
            <numerusform>%n voorstel groeperen</numerusform>
            <numerusform>%n voorstellen groeperen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/import_rows.py" line="+38"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty name: no first or last name</source>
        <translation>Lege naam: geen voornaam of achternaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible age: “{value}”</source>
        <translation>Onmogelijke leeftijd: “{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate person: the same number as row {row}</source>
        <translation>Dubbele persoon: hetzelfde nummer als rij {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate person: the same name and e-mail as row {row}</source>
        <translation>Dubbele persoon: dezelfde naam en e-mail als rij {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown value “{value}” (see Values)</source>
        <translation>Onbekende waarde “{value}” (zie Waarden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an e-mail address: “{value}” (left out)</source>
        <translation>Geen e-mailadres: “{value}” (weggelaten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number {number} is {name} in this session, not this person. Renumbered list? Ignore the number column under Columns</source>
        <translation>Nummer {number} is in deze sessie {name}, niet deze persoon. Is de lijst opnieuw genummerd? Kies onder Kolommen ‘Deze kolom negeren’ voor de nummerkolom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column holds the names: choose one under Columns</source>
        <translation>Geen kolom bevat de namen: kies er een onder Kolommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../src/facilitator/ui/programme_editor.py" line="+39"/>
        <source>This session is open read-only: the programme cannot be changed.</source>
        <extracomment>Something changed; the id of the item to select (or None).</extracomment>
        <translation>Deze sessie is alleen-lezen geopend: het programma kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <message>
        <location filename="../../src/facilitator/ui/projector/seating.py" line="+142"/>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../src/facilitator/ui/projector/notes.py" line="+123"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No themes on the board yet.</source>
        <translation>Nog geen thema&apos;s op het bord.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Vote result</source>
        <translation>Stemuitslag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dots counted yet.</source>
        <translation>Nog geen stippen geteld.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Round 2: solutions</source>
        <translation>Ronde 2: oplossingen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{cast} of {possible} dots</source>
        <translation>{cast} van {possible} stippen</translation>
    </message>
    <message>
        <location filename="../../src/facilitator/ui/projector/seating.py" line="+33"/>
        <source>Nobody is seated in this round yet.</source>
        <translation>In deze ronde is nog niemand ingedeeld.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Where do I sit?</source>
        <translation>Waar zit ik?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tables</source>
        <translation>Tafels</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Table {number}</source>
        <translation>Tafel {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round 1</source>
        <translation>Ronde 1</translation>
    </message>
</context>
<context>
    <name>ProjectorSamples</name>
    <message>
        <location filename="../../src/facilitator/ui/projector/samples.py" line="+73"/>
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
        <location filename="../../src/facilitator/ui/projector/window.py" line="+245"/>
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
    <name>ReportExport</name>
    <message>
        <location filename="../../src/facilitator/ui/report_export.py" line="+17"/>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template “{name}” was not found.</source>
        <translation>Het sjabloon “{name}” is niet gevonden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “{name}” could not be read.</source>
        <translation>Het sjabloon “{name}” kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “{name}” is not a Word document or template (.docx, .dotx).</source>
        <translation>Het sjabloon “{name}” is geen Word-document of -sjabloon (.docx, .dotx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another template, or clear it to use the standard layout.</source>
        <translation>Kies een ander sjabloon, of wis het om de standaardopmaak te gebruiken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo “{name}” is not a picture that can be read.</source>
        <translation>Het logo “{name}” is geen afbeelding die gelezen kan worden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PNG or JPEG file, or clear the logo.</source>
        <translation>Kies een PNG- of JPEG-bestand, of haal het logo weg.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the report…</source>
        <translation>Het rapport wordt geschreven…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chapters and sections: {sections}; charts and photos: {pictures}.</source>
        <translation>Hoofdstukken en paragrafen: {sections}; grafieken en foto&apos;s: {pictures}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is ready: “{name}”.</source>
        <translation>Het rapport is klaar: “{name}”.</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../src/facilitator/ui/report_menu.py" line="+53"/>
        <source>&amp;Report (Word)…</source>
        <translation>&amp;Rapport (Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes, themes and votes (Excel)…</source>
        <translation>&amp;Notities, thema&apos;s en stemmen (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, themes and votes (CS&amp;V)…</source>
        <translation>Notities, thema&apos;s en stemmen (CS&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ReportOptionsPanel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/report_options.py" line="+22"/>
        <source>Table assignment per round</source>
        <translation>Tafelindeling per ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full list of notes</source>
        <translation>Volledige lijst van notities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include names</source>
        <translation>Namen opnemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard layout (no template)</source>
        <translation>Standaardopmaak (geen sjabloon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an organisation template</source>
        <translation>Kies een sjabloon van de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-documenten en -sjablonen (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the report as a Word document (.docx)</source>
        <translation>Het rapport opslaan als Word-document (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the report</source>
        <translation>Rapport maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Word document for the project team, to edit and send on.</source>
        <translation>Een Word-document voor het projectteam, om te bewerken en door te sturen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annexes</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo on the title page</source>
        <translation>Logo op de titelpagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For analysis</source>
        <translation>Voor analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, themes, votes and actions as a spreadsheet, without names.</source>
        <translation>Notities, thema&apos;s, stemmen en actiepunten als spreadsheet, zonder namen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Off: no participant names anywhere in the report; tables by number.</source>
        <translation>Uit: nergens in het rapport namen van deelnemers; tafels op nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names only appear in the table assignment annex, which is off.</source>
        <translation>Namen staan alleen in de bijlage tafelindeling, en die staat uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The annex lists who sat where by name: the report then holds personal data. Share it only with people who may see it.</source>
        <translation>De bijlage noemt wie waar zat bij naam: het rapport bevat dan persoonsgegevens. Deel het alleen met wie ze mag zien.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/report.py" line="+56"/>
        <location line="+99"/>
        <source>Contents of the report</source>
        <translation>Inhoud van het rapport</translation>
    </message>
    <message>
        <location line="-97"/>
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
        <location line="+51"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is what the Word report will hold. The table assignment annex names the participants; everywhere else the report shows counts only.</source>
        <translation>Dit komt in het Word-rapport. De bijlage tafelindeling noemt de deelnemers bij naam; verder toont het rapport alleen aantallen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is what the Word report will hold. Participant names stay out of it: it shows counts only.</source>
        <translation>Dit komt in het Word-rapport. Namen van deelnemers staan er niet in: het rapport toont alleen aantallen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No action items or recommendations yet.</source>
        <translation>Nog geen actiepunten of aanbevelingen.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>Hidden notes ({count}) are left out of the report.</source>
        <translation>Verborgen notities ({count}) komen niet in het rapport.</translation>
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
    <name>RowPreviewModel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/import_rows.py" line="+57"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infix</source>
        <translation>Tussenv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>In orde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updates “{name}”</source>
        <translation>Werkt “{name}” bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The session has a person with this number under another name; the import would rename them. Check that this list belongs to this session.</source>
        <translation>De sessie heeft een persoon met dit nummer onder een andere naam; de import zou die naam wijzigen. Controleer of deze lijst bij deze sessie hoort.</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_editor.py" line="+37"/>
        <source>This session is open read-only: the tables cannot be changed.</source>
        <extracomment>Undo or redo put seats back: the round ids it touched, and a sentence saying which step.</extracomment>
        <translation>Deze sessie is alleen-lezen geopend: de tafels kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Move a person</source>
        <translation>Iemand verplaatsen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin</source>
        <translation>Losmaken</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n seat(s) could not be put back: the person, table or round is gone.</source>
        <translation>
            <numerusform>%n plek kon niet terug: de persoon, tafel of ronde is er niet meer.</numerusform>
            <numerusform>%n plekken konden niet terug: de persoon, tafel of ronde is er niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: {step}</source>
        <translation>Ongedaan gemaakt: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {step}</source>
        <translation>Opnieuw gedaan: {step}</translation>
    </message>
</context>
<context>
    <name>SeatingExport</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_export.py" line="+56"/>
        <source>Export table lists</source>
        <translation>Tafellijsten exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table lists</source>
        <translation>tafellijsten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the table lists…</source>
        <translation>De tafellijsten worden geschreven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export table signs</source>
        <translation>Tafelkaarten exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table signs</source>
        <translation>tafelkaarten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the table signs…</source>
        <translation>De tafelkaarten worden geschreven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export seating as CSV</source>
        <translation>Indeling als CSV exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seating</source>
        <translation>tafelindeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the seating…</source>
        <translation>De indeling wordt geschreven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export participant list as CSV</source>
        <translation>Deelnemerslijst als CSV exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the participant list…</source>
        <translation>De deelnemerslijst wordt geschreven…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session has no tables yet. Add tables on the Tables screen first.</source>
        <translation>Deze sessie heeft nog geen tafels. Voeg eerst tafels toe in het scherm Tafels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is seated at a table yet. Make a table plan on the Tables screen first.</source>
        <translation>Er zit nog niemand aan een tafel. Maak eerst een tafelindeling in het scherm Tafels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session has no participants yet.</source>
        <translation>Deze sessie heeft nog geen deelnemers.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file could not be written: {path}
{reason}</source>
        <translation>Het bestand kon niet worden geschreven: {path}
{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>SeatingNotes</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_notes.py" line="+13"/>
        <source>There are no tables yet: add tables first.</source>
        <translation>Er zijn nog geen tafels: voeg eerst tafels toe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} people to seat but only {chairs} chairs (hosts’ chairs not counted): add tables or chairs.</source>
        <translation>{people} mensen in te delen maar maar {chairs} stoelen (die van de tafelbegeleiders niet meegeteld): voeg tafels of stoelen toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of rounds must be at least 1.</source>
        <translation>Er moet minstens 1 ronde zijn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} wheelchair users but only {chairs} chairs at step-free tables: make another table step-free or give those tables more chairs.</source>
        <translation>{people} rolstoelgebruikers maar maar {chairs} stoelen aan rolstoeltoegankelijke tafels: maak nog een tafel toegankelijk of geef die tafels meer stoelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} is pinned to a table that no longer exists in round {round}.</source>
        <translation>{person} staat in ronde {round} vast aan een tafel die niet meer bestaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} uses a wheelchair but is pinned to {table} in round {round}, which is not step-free.</source>
        <translation>{person} gebruikt een rolstoel maar staat in ronde {round} vast aan {table}, die niet rolstoeltoegankelijk is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} people are pinned to {table} in round {round}, which has {chairs} chairs.</source>
        <translation>In ronde {round} staan {people} mensen vast aan {table}, die {chairs} stoelen heeft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} and {other} must sit apart, but keep-together pairs link them.</source>
        <translation>{person} en {other} moeten uit elkaar zitten, maar ‘houd samen’-paren verbinden hen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} people must sit together, but the largest table has {chairs} chairs.</source>
        <translation>{people} mensen moeten samen zitten, maar de grootste tafel heeft {chairs} stoelen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} and {other} must sit together but are pinned to different tables in round {round}.</source>
        <translation>{person} en {other} moeten samen zitten maar staan in ronde {round} vast aan verschillende tafels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables over capacity: {count}.</source>
        <translation>Tafels met te veel mensen: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheelchair users at tables without step-free access: {count}.</source>
        <translation>Rolstoelgebruikers aan een tafel die niet toegankelijk is: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pins not kept: {count}.</source>
        <translation>Vastgezette plaatsen niet gehouden: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-apart pairs at one table: {count}.</source>
        <translation>‘Houd uit elkaar’-paren aan één tafel: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-together pairs split: {count}.</source>
        <translation>‘Houd samen’-paren gescheiden: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People without a table: {count}.</source>
        <translation>Mensen zonder tafel: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time limit ended the search: a longer run may find a better plan.</source>
        <translation>De tijdslimiet heeft het zoeken beëindigd: met meer tijd komt er misschien een betere indeling.</translation>
    </message>
</context>
<context>
    <name>SeatingProjection</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_projection.py" line="+65"/>
        <source>Round {number}</source>
        <translation>Ronde {number}</translation>
    </message>
</context>
<context>
    <name>SeatingSetup</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/seating_setup.py" line="+46"/>
        <source>Tables</source>
        <extracomment>An attribute with more categories than this is no use to balance on (names, postcodes).</extracomment>
        <translation>Tafels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chairs</source>
        <translation>Stoelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add several…</source>
        <translation>Meerdere toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Table rounds:</source>
        <translation>Tafelrondes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every table mirrors the room on</source>
        <translation>Elke tafel een afspiegeling van de zaal naar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import participants with attributes (gender, age, district …) to balance the tables on them.</source>
        <translation>Importeer deelnemers met kenmerken (geslacht, leeftijd, wijk …) om de tafels daarop te mengen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{tables} tables, {seats} chairs ({free} without the hosts)</source>
        <translation>{tables} tafels, {seats} stoelen ({free} zonder de begeleiders)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{label} ({count} groups)</source>
        <translation>{label} ({count} groepen)</translation>
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
        <location filename="../../src/facilitator/ui/widgets/live_dialogs.py" line="+12"/>
        <source>Skip to a later item</source>
        <translation>Doorgaan met een later agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with (the items in between are skipped):</source>
        <translation>Doorgaan met (wat ertussen zit, wordt overgeslagen):</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>SolveDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_dialogs.py" line="+17"/>
        <source>Replan the coming rounds</source>
        <translation>De komende rondes herplannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign tables</source>
        <translation>Indelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For late arrivals and no-shows: the rounds before the chosen one stay as they are; from it on, as few people as possible move, and the rules hold.</source>
        <translation>Voor laatkomers en afmelders: de rondes vóór de gekozen ronde blijven zoals ze zijn; vanaf die ronde verschuiven zo min mogelijk mensen, en de regels blijven gelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From round:</source>
        <translation>Vanaf ronde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seat everyone who is here at the tables, for every round: each table a small mirror of the room, new faces every round, hosts and pinned people in place. Pinned seats stay; the rest is replaced.</source>
        <translation>Iedereen die er is aan tafels zetten, voor elke ronde: elke tafel een kleine afspiegeling van de zaal, elke ronde nieuwe gezichten, tafelbegeleiders en vastgezette mensen op hun plek. Vastgezette plaatsen blijven; de rest wordt vervangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rounds:</source>
        <translation>Rondes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same seed gives the same plan for the same people and rules.</source>
        <translation>Dezelfde seed geeft dezelfde indeling bij dezelfde mensen en regels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Tijdslimiet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
</context>
<context>
    <name>SolveFlow</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_solve.py" line="+77"/>
        <source>Nobody to seat: mark who is here on the Participants screen (or leave everyone invited), and make sure there are participants.</source>
        <translation>Niemand om in te delen: geef op het scherm Deelnemers aan wie er is (of laat iedereen op uitgenodigd staan), en zorg dat er deelnemers zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{people} people to seat, but only {seats} chairs besides the hosts: add tables or chairs first.</source>
        <translation>{people} mensen om in te delen, maar maar {seats} stoelen naast de tafelbegeleiders: voeg eerst tafels of stoelen toe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replanning the coming rounds…</source>
        <translation>De komende rondes herplannen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigning tables…</source>
        <translation>Tafels indelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the seating was left as it was.</source>
        <translation>Afgebroken: de indeling is gebleven zoals ze was.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replan</source>
        <translation>Herplannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign tables</source>
        <translation>Tafels indelen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replanned: {people} people, {rounds} rounds, in {seconds} s.</source>
        <translation>Herpland: {people} mensen, {rounds} rondes, in {seconds} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned: {people} people, {rounds} rounds, in {seconds} s.</source>
        <translation>Ingedeeld: {people} mensen, {rounds} rondes, in {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeated pairs: {pairs} · balance deviations: {deviations} · rule violations: {violations}.</source>
        <translation>Herhaalde ontmoetingen: {pairs} · afwijkingen in de mix: {deviations} · regels gebroken: {violations}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone meets new people every round, and every table mirrors the room.</source>
        <translation>Iedereen ontmoet elke ronde nieuwe mensen, en elke tafel is een afspiegeling van de zaal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limit ended the search: this is the best plan found. A longer time limit may do better.</source>
        <translation>De tijdslimiet heeft het zoeken beëindigd: dit is de beste indeling die gevonden is. Met meer tijd lukt het misschien beter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo (Ctrl+Z) puts back the seating from before.</source>
        <translation>Ongedaan maken (Ctrl+Z) zet de indeling van daarvoor terug.</translation>
    </message>
</context>
<context>
    <name>SubSessionDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/subsession_dialogs.py" line="-141"/>
        <source>Edit sub-session</source>
        <translation>Deelsessie bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add sub-session</source>
        <translation>Deelsessie toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example: Mandate and political follow-up</source>
        <translation>bijvoorbeeld: Mandaat en politieke opvolging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Room 2.14</source>
        <translation>bijvoorbeeld: Zaal 2.14</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rounds this sub-session runs in, for example “1, 2”.</source>
        <translation>De rondes waarin deze deelsessie loopt, bijvoorbeeld “1, 2”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Zaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;inimum per slot</source>
        <translation>M&amp;inimum per ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;aximum per slot</source>
        <translation>M&amp;aximum per ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slots</source>
        <translation>&amp;Rondes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants rank sub-sessions by code or by name (the columns “Voorkeur 1”, “Voorkeur 2” … of the participant list).</source>
        <translation>Deelnemers noemen deelsessies bij code of naam (de kolommen “Voorkeur 1”, “Voorkeur 2” … van de deelnemerslijst).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the sub-session a name.</source>
        <translation>Geef de deelsessie een naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another sub-session already has the code “{code}”.</source>
        <translation>Een andere deelsessie heeft al de code “{code}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another sub-session already has this name.</source>
        <translation>Een andere deelsessie heeft al deze naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum must be at least 1.</source>
        <translation>Het maximum moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum can&apos;t be above the maximum.</source>
        <translation>Het minimum kan niet hoger zijn dan het maximum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slots are numbers from 1 to {last}, separated by commas.</source>
        <translation>Rondes zijn nummers van 1 tot en met {last}, gescheiden door komma&apos;s.</translation>
    </message>
</context>
<context>
    <name>SubSessionLabels</name>
    <message>
        <location filename="../../src/facilitator/ui/models/subsession_model.py" line="-110"/>
        <source>1st</source>
        <translation>1e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}th</source>
        <translation>{rank}e</translation>
    </message>
</context>
<context>
    <name>SubSessionListModel</name>
    <message>
        <location line="-25"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-session</source>
        <translation>Deelsessie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots</source>
        <translation>Rondes</translation>
    </message>
</context>
<context>
    <name>SubSessionNotes</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/subsession_notes.py" line="+13"/>
        <source>There are no sub-sessions: add them first.</source>
        <translation>Er zijn geen deelsessies: voeg ze eerst toe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nobody to place (participants who are not absent).</source>
        <translation>Er is niemand om in te delen (deelnemers die niet afwezig zijn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slot {slot}: the minimums add up to {total} places but there are only {people} people; lower the minimums by {excess}.</source>
        <translation>Ronde {slot}: de minimums tellen op tot {total} plekken, maar er zijn maar {people} mensen; verlaag de minimums met {excess}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slot {slot}: the maximums add up to {total} places for {people} people; add {short} places (raise maximums or add a sub-session).</source>
        <translation>Ronde {slot}: de maximums tellen op tot {total} plekken voor {people} mensen; zorg voor {short} plekken meer (hogere maximums of een extra deelsessie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slots {slots} need {needed} different sub-sessions per person but only {available} run in them; add sub-sessions or let them run in more slots.</source>
        <translation>Rondes {slots} vragen {needed} verschillende deelsessies per persoon, maar er lopen er maar {available}; voeg deelsessies toe of laat ze in meer rondes lopen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{offering} runs in {count} slots with a minimum of {minimum}: that needs {needed} different people but there are only {people}; lower its minimum.</source>
        <translation>{offering} loopt in {count} rondes met een minimum van {minimum}: daarvoor zijn {needed} verschillende mensen nodig, maar er zijn er maar {people}; verlaag het minimum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{person} is fixed to {offering} in slot {slot}, which does not run then; undo that move.</source>
        <translation>{person} staat vast bij {offering} in ronde {slot}, maar die loopt dan niet; maak die verplaatsing ongedaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{person} is fixed to {offering} in more than one slot; undo one of those moves.</source>
        <translation>{person} staat in meer dan één ronde vast bij {offering}; maak een van die verplaatsingen ongedaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{offering} in slot {slot}: {pinned} people are fixed there but it holds at most {maximum}; raise its maximum or move people.</source>
        <translation>{offering} in ronde {slot}: er staan {pinned} mensen vast, maar er passen er hooguit {maximum}; verhoog het maximum of verplaats mensen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{offering} in slot {slot} needs {count} more places than its maximum of {maximum}; raise the maximum.</source>
        <translation>{offering} in ronde {slot} heeft {count} plekken meer nodig dan het maximum van {maximum}; verhoog het maximum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{offering} in slot {slot} can&apos;t reach its minimum of {minimum} (short by {count}); lower the minimum.</source>
        <translation>{offering} in ronde {slot} haalt het minimum van {minimum} niet ({count} te weinig); verlaag het minimum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The capacities and the never-twice rule can&apos;t all hold together; loosen the minimums or maximums.</source>
        <translation>De capaciteiten en de regel ‘nooit twee keer dezelfde’ gaan niet samen; verruim de minimums of maximums.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The optimisation program (CBC) could not run: {reason}. Reinstall Facilitator; if that does not help, ask whether security software on this computer blocks it.</source>
        <translation>Het rekenprogramma (CBC) kon niet starten: {reason}. Installeer Facilitator opnieuw; helpt dat niet, vraag dan na of beveiligingssoftware op deze computer het tegenhoudt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The solver stopped at its time limit; the allocation is valid but may not be the best.</source>
        <translation>De berekening stopte bij de tijdslimiet; de indeling klopt, maar is misschien niet de beste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people ranked too few sub-sessions that run in different slots; they may get a sub-session they did not rank.</source>
        <translation>{count} mensen kozen te weinig deelsessies die in verschillende rondes lopen; zij kunnen een deelsessie krijgen die ze niet kozen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} places went to people who did not rank that sub-session: the capacities left no better way; raise the maximums of popular sub-sessions to avoid that.</source>
        <translation>{count} plekken gingen naar mensen die die deelsessie niet kozen: de capaciteiten lieten geen betere indeling toe; verhoog de maximums van populaire deelsessies om dat te voorkomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{person} already attends {offering} in slot {slot}: nobody attends a sub-session twice.</source>
        <translation>{person} volgt {offering} al in ronde {slot}: niemand volgt een deelsessie twee keer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{offering} in slot {slot} would hold {count} people, more than its maximum of {maximum}.</source>
        <translation>{offering} in ronde {slot} zou {count} mensen krijgen, meer dan het maximum van {maximum}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{offering} in slot {slot} would keep {count} people, fewer than its minimum of {minimum}.</source>
        <translation>{offering} in ronde {slot} zou {count} mensen overhouden, minder dan het minimum van {minimum}.</translation>
    </message>
</context>
<context>
    <name>SubSessionsView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/subsessions.py" line="+88"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+254"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Allocate</source>
        <translation>Indelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place everyone here in the sub-sessions by their preferences</source>
        <translation>Deel iedereen die er is in over de deelsessies, volgens hun voorkeuren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Find a person…</source>
        <translation>Zoek een persoon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+30"/>
        <source>Sub-sessions</source>
        <translation>Deelsessies</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No sub-sessions yet</source>
        <translation>Nog geen deelsessies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-sessions (deelsessies, workshops) run side by side in one or more time slots. Participants rank them — imported from columns such as “Voorkeur 1”, “Voorkeur 2” … or entered by hand — and Facilitator places everyone in one per slot: never the same one twice, within each room’s minimum and maximum, with as many first choices as possible and nobody left with their last choice when that can be avoided.</source>
        <translation>Deelsessies (workshops) lopen naast elkaar in één of meer rondes. Deelnemers geven hun voorkeuren op — geïmporteerd uit kolommen als “Voorkeur 1”, “Voorkeur 2” … of met de hand ingevoerd — en Facilitator deelt iedereen per ronde in één deelsessie in: nooit twee keer dezelfde, binnen het minimum en maximum van elke zaal, met zoveel mogelijk eerste keuzes en niemand met zijn laatste keuze als dat te vermijden is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a sub-session</source>
        <translation>Deelsessie toevoegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choices given</source>
        <translation>Toegekende keuzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is placed yet: press Allocate.</source>
        <translation>Nog niemand is ingedeeld: klik op Indelen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Slot {slot}</source>
        <translation>Ronde {slot}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sub-sessions: {count}</source>
        <translation>Deelsessies: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots: {count}</source>
        <translation>Rondes: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To place: {count}</source>
        <translation>In te delen: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without preferences: {count}</source>
        <translation>Zonder voorkeuren: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {done} of {total}</source>
        <translation>Ingedeeld: {done} van {total}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} preference values name no sub-session and are ignored ({examples}). Use the sub-sessions’ codes or names.</source>
        <translation>{count} voorkeuren noemen geen bestaande deelsessie en tellen niet mee ({examples}). Gebruik de codes of namen van de deelsessies.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{count} people placed in it lose that place; allocate again afterwards.</source>
        <translation>{count} ingedeelde mensen verliezen hun plek; deel daarna opnieuw in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}”?</source>
        <translation>“{name}” verwijderen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete sub-session</source>
        <translation>Deelsessie verwijderen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Allocating the sub-sessions…</source>
        <translation>Deelsessies indelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocation cancelled; nothing was changed.</source>
        <translation>Indelen afgebroken; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allocated {count} people in {seconds} s.</source>
        <translation>{count} mensen ingedeeld in {seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} preference values name no sub-session and were ignored.</source>
        <translation>{count} voorkeuren noemen geen bestaande deelsessie en telden niet mee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No allocation is possible; nothing was changed.</source>
        <translation>Indelen is niet mogelijk; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>SuggestGroups</name>
    <message>
        <location filename="../../src/facilitator/ui/suggestions_dialog.py" line="+213"/>
        <source>Suggest groups…</source>
        <extracomment>A sentence for the status bar (&quot;No suggestions: …&quot;). Shows the dialog and says whether it was accepted; tests tick the real dialog&apos;s items instead.</extracomment>
        <translation>Groepen voorstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group notes outside themes that look alike (same words, parts of words)</source>
        <translation>Notities buiten thema&apos;s die op elkaar lijken groeperen (dezelfde woorden, delen van woorden)</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location line="-166"/>
        <source>Suggest groups</source>
        <translation>Groepen voorstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes that are not in a theme yet and look alike (same words, parts of words). Tick what makes sense, edit the names, and accept: Ctrl+Z takes it all back in one step.</source>
        <translation>Notities die nog in geen thema zitten en op elkaar lijken (dezelfde woorden, delen van woorden). Vink aan wat klopt, pas de namen aan en neem ze over: Ctrl+Z draait alles in één stap terug.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n voorstel</numerusform>
            <numerusform>%n voorstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them for an existing theme</source>
        <translation>
            <numerusform>waarvan %n voor een bestaand thema</numerusform>
            <numerusform>waarvan %n voor bestaande thema&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n notes into this existing theme</source>
        <translation>
            <numerusform>%n notitie in dit bestaande thema</numerusform>
            <numerusform>%n notities in dit bestaande thema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New theme of %n notes</source>
        <translation>
            <numerusform>Nieuw thema van %n notitie</numerusform>
            <numerusform>Nieuw thema van %n notities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click or F2 to change the name</source>
        <translation>Dubbelklik of F2 om de naam te wijzigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group the ticked notes</source>
        <translation>Aangevinkte notities groeperen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Looking for similar notes…</source>
        <translation>Zoeken naar notities die op elkaar lijken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No suggestions: the notes outside themes do not look enough alike.</source>
        <translation>Geen voorstellen: de notities buiten thema&apos;s lijken niet genoeg op elkaar.</translation>
    </message>
</context>
<context>
    <name>TableCardDelegate</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/table_card_delegate.py" line="+169"/>
        <source>Host: {name}</source>
        <extracomment>Category colours, by the category&apos;s place in the room&apos;s order (readable text on each, light and dark).</extracomment>
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
        <location line="+33"/>
        <source>+{count} more</source>
        <translation>en nog {count}</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_dialogs.py" line="-146"/>
        <source>Edit table</source>
        <translation>Tafel wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a table</source>
        <translation>Tafel toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> chairs</source>
        <translation> stoelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No host</source>
        <translation>Geen tafelbegeleider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (table host)</source>
        <translation>{name} (tafelbegeleider)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step-free: a wheelchair can reach this table</source>
        <translation>Drempelvrij: bereikbaar met een rolstoel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name or number:</source>
        <translation>Naam of nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity (host included):</source>
        <translation>Stoelen (begeleider inbegrepen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>Tafelbegeleider:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the table a name or a number.</source>
        <translation>Geef de tafel een naam of een nummer.</translation>
    </message>
</context>
<context>
    <name>TableSetupFlow</name>
    <message>
        <location filename="../../src/facilitator/ui/seating_setup_flow.py" line="+36"/>
        <source>Table {number}</source>
        <translation>Tafel {number}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete table</source>
        <translation>Tafel verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} seats at {table} (over all rounds) go with it; those people are then without a table.</source>
        <translation>{count} plaatsen aan {table} (over alle rondes) verdwijnen mee; die mensen hebben dan geen tafel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fewer rounds</source>
        <translation>Minder rondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seating of the rounds removed ({count} seats) is deleted with them.</source>
        <translation>De indeling van de verwijderde rondes ({count} plaatsen) verdwijnt mee.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>TablesView</name>
    <message>
        <location filename="../../src/facilitator/ui/views/tables.py" line="+81"/>
        <source>Round:</source>
        <translation>Ronde:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign tables…</source>
        <translation>Indelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat everyone who is here, for every round (the solver)</source>
        <translation>Iedereen die er is aan tafels zetten, voor elke ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replan…</source>
        <translation>Herplannen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late arrivals, no-shows: replan from this round on, moving as few people as possible</source>
        <translation>Laatkomers en afmelders: vanaf deze ronde opnieuw indelen, met zo min mogelijk verschuivingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to table…</source>
        <translation>Naar tafel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+263"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Keep the chosen person at this table when the solver runs again</source>
        <translation>De gekozen persoon blijft aan deze tafel als er opnieuw wordt ingedeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project “Where do I sit?”</source>
        <translation>Projecteer ‘Waar zit ik?’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project the table lists</source>
        <translation>Projecteer de tafellijsten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up tables</source>
        <translation>Tafels instellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a person’s table…</source>
        <translation>Zoek aan welke tafel iemand zit…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+46"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tables</source>
        <translation>Tafels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables screen</source>
        <translation>Scherm Tafels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person’s table</source>
        <translation>Zoek aan welke tafel iemand zit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen person to another table</source>
        <translation>De gekozen persoon naar een andere tafel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Round {number}</source>
        <translation>Ronde {number}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tables: {count}</source>
        <translation>Tafels: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats: {count}</source>
        <translation>Plaatsen: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeated pairs: {count}</source>
        <translation>Herhaalde ontmoetingen: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs of people who meet again at a table (all rounds)</source>
        <translation>Tweetallen die elkaar opnieuw aan tafel treffen (alle rondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance deviations: {count}</source>
        <translation>Afwijkingen in de mix: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table, round and group counts outside their fair share (all rounds)</source>
        <translation>Aantallen per tafel, ronde en groep buiten hun eerlijke deel (alle rondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule violations: {count}</source>
        <translation>Regels gebroken: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seated: {seated} / {present}</source>
        <translation>Ingedeeld: {seated} / {present}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People seated in this round / people to seat (here, not hosts)</source>
        <translation>Ingedeeld in deze ronde / in te delen (aanwezig, zonder tafelbegeleiders)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>♿ Accessible: {count}</source>
        <translation>♿ Rolstoeltoegankelijk: {count}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unpin</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} hosts a table and stays there; change the host in the set-up.</source>
        <translation>{name} begeleidt een tafel en blijft daar; wijzig de begeleider bij Tafels instellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} now sits at {table}.</source>
        <translation>{name} zit nu aan {table}.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Tables in use: {tables}</source>
        <translation>Tafels in gebruik: {tables}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here but not seated: {count}</source>
        <translation>Aanwezig maar niet ingedeeld: {count}</translation>
    </message>
    <message>
        <location line="-13"/>
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
        <location line="+22"/>
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
    <name>UndoActions</name>
    <message>
        <location filename="../../src/facilitator/ui/document_editor.py" line="+48"/>
        <source>Undo</source>
        <extracomment>An edit could not be made; a sentence for the status bar.</extracomment>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
</context>
<context>
    <name>ValueModel</name>
    <message>
        <location filename="../../src/facilitator/ui/widgets/import_choices.py" line="+61"/>
        <source>Column</source>
        <extracomment>(field, spellings as in the file, value to store instead).</extracomment>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored as</source>
        <translation>Opgeslagen als</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not a known value for this column: it is kept as it is. Choose what it means under “Stored as”.</source>
        <translation>Geen bekende waarde voor deze kolom: hij blijft zoals hij is. Kies onder “Opgeslagen als” wat hij betekent.</translation>
    </message>
</context>
<context>
    <name>VoteControls</name>
    <message>
        <location filename="../../src/facilitator/ui/vote_controls.py" line="+26"/>
        <source>Vote…</source>
        <translation>Stemmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot voting on this item: set up a vote and enter the dots per table</source>
        <translation>Stippenstemmen bij dit agendapunt: zet een stemming op en voer de stippen per tafel in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projecteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote result</source>
        <translation>Stemuitslag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the timer</source>
        <translation>Terug naar de timer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this item&apos;s themes or vote result on the projector (never hidden notes, never who wrote a note)</source>
        <translation>Toon de thema&apos;s of de stemuitslag van dit agendapunt op de projector (nooit verborgen notities, nooit wie een notitie schreef)</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/vote_dialog.py" line="+53"/>
        <source>Dot voting</source>
        <extracomment>Tables named in the &quot;nothing entered yet&quot; line before it says &quot;and N more&quot;.</extracomment>
        <translation>Stippenstemmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New vote…</source>
        <translation>Nieuwe stemming…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete vote</source>
        <translation>Stemming verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project the result</source>
        <translation>Uitslag projecteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project the themes</source>
        <translation>Thema&apos;s projecteren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the dots counted on each table&apos;s sheet: Enter goes down, Tab goes to the next table, Delete clears a cell, Ctrl+Z undoes.</source>
        <translation>Typ de stippen die op het vel van elke tafel zijn geteld: Enter gaat omlaag, Tab naar de volgende tafel, Delete maakt een vak leeg, Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote:</source>
        <translation>Stemming:</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>{title} (%n dots per person)</source>
        <translation>
            <numerusform>{title} (%n stip per persoon)</numerusform>
            <numerusform>{title} (%n stippen per persoon)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No vote on this agenda item yet: “New vote…” sets one up.</source>
        <translation>Nog geen stemming bij dit agendapunt: met “Nieuwe stemming…” zet je er een op.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to vote on yet: group the notes into themes first, or set the vote up on notes.</source>
        <translation>Nog niets om op te stemmen: groepeer de notities eerst in thema&apos;s, of laat op notities stemmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This board has no notes to vote on yet.</source>
        <translation>Op dit bord staan nog geen notities om op te stemmen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>No dots counted yet.</source>
        <translation>Nog geen stippen geteld.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n dots per person</source>
        <translation>
            <numerusform>%n stip per persoon</numerusform>
            <numerusform>%n stippen per persoon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cast} dots counted (the number of voters is not known)</source>
        <translation>{cast} stippen geteld (het aantal stemmers is niet bekend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cast} of {possible} dots: more dots than possible ({voters} voters × {dots} dots) — check the counts</source>
        <translation>{cast} van {possible} stippen: meer stippen dan mogelijk ({voters} stemmers × {dots} stippen) — controleer de tellingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cast} of {possible} dots</source>
        <translation>{cast} van {possible} stippen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>and %n more tables</source>
        <translation>
            <numerusform>en nog %n tafel</numerusform>
            <numerusform>en nog %n tafels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing entered yet (○): {tables}</source>
        <translation>Nog niets ingevoerd (○): {tables}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter dots</source>
        <translation>Stippen invoeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New vote</source>
        <translation>Nieuwe stemming</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the vote</source>
        <translation>Stemming wijzigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the vote</source>
        <translation>Stemming verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dot vote: {title}</source>
        <translation>Stippenstemmen: {title}</translation>
    </message>
</context>
<context>
    <name>VoteFormDialog</name>
    <message>
        <location filename="../../src/facilitator/ui/vote_form.py" line="+27"/>
        <source>Change the vote</source>
        <translation>Stemming wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New dot vote</source>
        <translation>Nieuwe stemming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Which solutions matter most?</source>
        <translation>Bijvoorbeeld: Welke oplossingen vinden we het belangrijkst?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many people voted: the dots counted are then checked against voters × dots per person</source>
        <translation>Hoeveel mensen stemden: de getelde stippen worden dan vergeleken met stemmers × stippen per persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots per person:</source>
        <translation>Stippen per persoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of voters:</source>
        <translation>Aantal stemmers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote on:</source>
        <translation>Stemmen op:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dot vote</source>
        <translation>Stippenstemmen</translation>
    </message>
</context>
<context>
    <name>VoteTallyModel</name>
    <message>
        <location filename="../../src/facilitator/ui/models/vote_tally_model.py" line="+126"/>
        <source>One total for the whole room, without tables</source>
        <extracomment>The user typed a number: (target, table id or None, dots).</extracomment>
        <translation>Eén totaal voor de hele zaal, zonder tafels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This table has not entered any dots yet</source>
        <translation>Van deze tafel zijn nog geen stippen ingevoerd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dots entered</source>
        <translation>
            <numerusform>%n stip ingevoerd</numerusform>
            <numerusform>%n stippen ingevoerd</numerusform>
        </translation>
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
        <location filename="../../src/facilitator/ui/actions.py" line="+112"/>
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
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;lists (.docx)…</source>
        <translation>Tafel&amp;lijsten (.docx)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table &amp;signs (.docx)…</source>
        <translation>Tafel&amp;kaarten (.docx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seating as CSV…</source>
        <translation>&amp;Indeling als CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Participant list as CSV…</source>
        <translation>&amp;Deelnemerslijst als CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work forms…</source>
        <translation>&amp;Werkvormen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
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
        <location line="+27"/>
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
