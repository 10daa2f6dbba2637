<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="19"/>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="26"/>
        <source>Action plans, deviations in collaboration, meetings and minutes for care collaboration groups in Västra Götaland. Works offline; data never leaves this computer except in files you export yourself.</source>
        <translation>Handlingsplan, avvikelser i samverkan, möten och protokoll för vårdsamverkansgrupper i Västra Götaland. Fungerar utan nätverk; uppgifterna lämnar aldrig datorn utom i filer som du själv exporterar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="35"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="36"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="37"/>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="38"/>
        <source>Database schema</source>
        <translation>Databasschema</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="39"/>
        <source>Reference data</source>
        <translation>Referensdata</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="41"/>
        <source>Built with</source>
        <translation>Byggt med</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about_dialog.py" line="50"/>
        <source>Open data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
</context>
<context>
    <name>ActionItemModel</name>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="101"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="102"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="103"/>
        <source>By</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="104"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="105"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="136"/>
        <source>Not an activity in the action plan yet.</source>
        <translation>Är ännu inte en aktivitet i handlingsplanen.</translation>
    </message>
</context>
<context>
    <name>ActionPlanSummaryBox</name>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="71"/>
        <source>Action plan status</source>
        <translation>Läget i handlingsplanen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="76"/>
        <source>Way of working</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="78"/>
        <source>Delayed</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="88"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="88"/>
        <source>Due</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="111"/>
        <source>As of the meeting day {date}.</source>
        <translation>Per mötesdagen {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="131"/>
        <source>Delayed activities ({count})</source>
        <translation>Försenade aktiviteter ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="135"/>
        <source>Due before the next meeting, {date} ({count})</source>
        <translation>Ska vara klara före nästa möte, {date} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="138"/>
        <source>Due by {date} ({count})</source>
        <translation>Ska vara klara senast {date} ({count})</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="108"/>
        <source>What is to be done, in a few words</source>
        <translation>Vad ska göras, med några ord</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="111"/>
        <source>The goal of the plan this activity works towards.</source>
        <translation>Det mål i planen som aktiviteten arbetar mot.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="115"/>
        <source>Which of the Färdplan&apos;s six ways of working (A1–A6) or five prerequisites (F1–F5) the activity develops.</source>
        <translation>Vilket av Färdplanens sex förändrade arbetssätt (A1–A6) eller fem grundläggande förutsättningar (F1–F5) aktiviteten utvecklar.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="123"/>
        <source>Delayed: the due date has passed and the activity is not done.</source>
        <translation>Försenad: klart-senast-datumet har passerat och aktiviteten är inte klar.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="141"/>
        <source>Tick every organisation that takes part. Space ticks the marked row.</source>
        <translation>Kryssa i alla organisationer som deltar. Mellanslag kryssar i den markerade raden.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="146"/>
        <source>The date the activity should be done by. Write it as YYYY-MM-DD.</source>
        <translation>Datum då aktiviteten ska vara klar. Skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="150"/>
        <source>When the group next follows up the activity, usually a meeting date.</source>
        <translation>När gruppen följer upp aktiviteten nästa gång, oftast ett mötesdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="156"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivitet:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="157"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="158"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="159"/>
        <source>&amp;Way of working:</source>
        <translation>A&amp;rbetssätt:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="160"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="161"/>
        <source>&amp;Responsible:</source>
        <translation>Ansvarig &amp;organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="162"/>
        <source>Responsible &amp;person:</source>
        <translation>Ansvarig &amp;person:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="164"/>
        <source>Ta&amp;king part:</source>
        <translation>&amp;Deltar:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="168"/>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="169"/>
        <source>Due &amp;by:</source>
        <translation>&amp;Klart senast:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="170"/>
        <source>&amp;Next check-in:</source>
        <translation>&amp;Nästa avstämning:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="176"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="177"/>
        <source>Save the activity (Ctrl+S).</source>
        <translation>Spara aktiviteten (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="180"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="181"/>
        <source>Close without saving (Esc).</source>
        <translation>Stäng utan att spara (Esc).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="183"/>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="212"/>
        <source>Save the activity</source>
        <translation>Spara aktiviteten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="216"/>
        <source>Discard the changes to the activity</source>
        <translation>Släng ändringarna i aktiviteten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="233"/>
        <source>Progress notes</source>
        <translation>Lägesanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="246"/>
        <source>Who writes</source>
        <translation>Vem skriver</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="255"/>
        <source>What has happened since last time? Enter adds the note.</source>
        <translation>Vad har hänt sedan sist? Enter lägger till anteckningen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="261"/>
        <source>Add &amp;note</source>
        <translation>Lägg till &amp;anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="268"/>
        <source>Save the activity first, then add progress notes.</source>
        <translation>Spara aktiviteten först, sedan kan du skriva lägesanteckningar.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="279"/>
        <location filename="../../ui/plan/activity_editor.py" line="283"/>
        <location filename="../../ui/plan/activity_editor.py" line="293"/>
        <source>– not chosen –</source>
        <translation>– inte valt –</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="300"/>
        <source>– no goal –</source>
        <translation>– inget mål –</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="318"/>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="351"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="485"/>
        <source>Discard changes</source>
        <translation>Släng ändringarna</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="486"/>
        <source>The activity has changes that are not saved. Close without saving them?</source>
        <translation>Aktiviteten har ändringar som inte är sparade. Vill du stänga utan att spara dem?</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="499"/>
        <source>Delete activity</source>
        <translation>Ta bort aktiviteten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_editor.py" line="501"/>
        <source>Delete the activity “{title}” and its progress notes? The deletion is also sent with the next export file.</source>
        <translation>Vill du ta bort aktiviteten ”{title}” och dess lägesanteckningar? Borttagningen skickas också med nästa exportfil.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="78"/>
        <source>{delayed} ({status})</source>
        <translation>{delayed} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="91"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="92"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="93"/>
        <source>Way of working</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="94"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="95"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="97"/>
        <source>Next check-in</source>
        <translation>Nästa avstämning</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="98"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="148"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="152"/>
        <source>This column cannot be sorted; the list keeps the plan&apos;s order.</source>
        <translation>Den här kolumnen går inte att sortera på; listan följer planens ordning.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="156"/>
        <source>Click to sort by this column, click again to reverse.</source>
        <translation>Klicka för att sortera på kolumnen, klicka igen för omvänd ordning.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="206"/>
        <source>Delayed: the due date {due} has passed and the activity is neither done nor cancelled.</source>
        <translation>Försenad: klart-senast-datumet {due} har passerat och aktiviteten är varken klar eller avbruten.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/activity_model.py" line="216"/>
        <source>Imported from another group: read-only here.</source>
        <translation>Importerad från en annan grupp: kan inte ändras här.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="54"/>
        <source>A&amp;genda</source>
        <translation>Dagordnin&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="72"/>
        <source>Drag an item, or press Ctrl+Up / Ctrl+Down, to move it.</source>
        <translation>Dra en punkt, eller tryck Ctrl+Upp / Ctrl+Ned, för att flytta den.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="77"/>
        <source>&amp;New item…</source>
        <translation>N&amp;y punkt…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="79"/>
        <source>Remo&amp;ve…</source>
        <translation>Ta b&amp;ort…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="82"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Flytta upp (Ctrl+Upp)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="83"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="86"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Flytta ned (Ctrl+Ned)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="87"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="98"/>
        <source>Move the agenda item up</source>
        <translation>Flytta punkten uppåt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="99"/>
        <source>Move the agenda item down</source>
        <translation>Flytta punkten nedåt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="228"/>
        <source>Remove agenda item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_editor.py" line="230"/>
        <source>Remove § {number} “{title}” with its notes, decisions and action items? The items after it are renumbered.</source>
        <translation>Ta bort § {number} ”{title}” med anteckningar, beslut och åtgärder? Punkterna efter numreras om.</translation>
    </message>
</context>
<context>
    <name>AgendaItemPanel</name>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="94"/>
        <source>Title of the item</source>
        <translation>Punktens rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="100"/>
        <source>What kind of item this is</source>
        <translation>Vilken sorts punkt det är</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="114"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="118"/>
        <source>What was said and reported under this item…</source>
        <translation>Vad som sades och rapporterades under punkten…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="136"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="145"/>
        <source>Double-click a decision to correct it.</source>
        <translation>Dubbelklicka på ett beslut för att rätta det.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="153"/>
        <source>att … (write the decision and press Enter)</source>
        <translation>att … (skriv beslutet och tryck Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="156"/>
        <source>Decisions are written as att-clauses; “att” is added if you leave it out.</source>
        <translation>Beslut skrivs som att-satser; ”att” läggs till om du utelämnar det.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="160"/>
        <source>Add &amp;decision</source>
        <translation>Lägg till b&amp;eslut</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="163"/>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="171"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="193"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="196"/>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="199"/>
        <source>By when (YYYY-MM-DD)</source>
        <translation>Klart senast (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="202"/>
        <source>Add &amp;action item</source>
        <translation>Lägg till å&amp;tgärd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="213"/>
        <source>Make it an ac&amp;tivity…</source>
        <translation>Gör till akti&amp;vitet…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="215"/>
        <source>Turns the marked action item into an activity in the action plan.</source>
        <translation>Gör den markerade åtgärden till en aktivitet i handlingsplanen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="218"/>
        <source>Remove action item…</source>
        <translation>Ta bort åtgärd…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="227"/>
        <source>Discussed (links)</source>
        <translation>Behandlat (kopplingar)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="239"/>
        <source>&amp;Link…</source>
        <translation>Koppl&amp;a…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="241"/>
        <source>Link an activity, indicator or deviation that was discussed under this item.</source>
        <translation>Koppla en aktivitet, indikator eller avvikelse som behandlades under punkten.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="246"/>
        <source>Activity…</source>
        <translation>Aktivitet…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="247"/>
        <source>Indicator…</source>
        <translation>Indikator…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="248"/>
        <source>Deviation…</source>
        <translation>Avvikelse…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="253"/>
        <source>Remove link</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="401"/>
        <source>Remove decision</source>
        <translation>Ta bort beslut</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="402"/>
        <source>Remove the decision “{text}”?</source>
        <translation>Ta bort beslutet ”{text}”?</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="423"/>
        <source>Remove action item</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="424"/>
        <source>Remove the action item “{what}”?</source>
        <translation>Ta bort åtgärden ”{what}”?</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../services/deviation_analysis.py" line="34"/>
        <source>(not given)</source>
        <translation>(ej angiven)</translation>
    </message>
    <message>
        <location filename="../../services/deviation_analysis.py" line="35"/>
        <source>Others</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <location filename="../../services/organisation_grouping.py" line="20"/>
        <source>{name} ({group})</source>
        <translation>{name} ({group})</translation>
    </message>
</context>
<context>
    <name>AnswerDueDate</name>
    <message>
        <location filename="../../ui/deviations/answer_due.py" line="73"/>
        <source>Default: {days} days after the reported date.</source>
        <translation>Standard: {days} dagar efter rapporteringsdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/answer_due.py" line="79"/>
        <source>Changed from the default {date}.</source>
        <translation>Ändrat från standarddatumet {date}.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/shell/app.py" line="78"/>
        <source>Närvård Samverkan is already running with the data folder {path}. Switch to the open window; this one will close.</source>
        <translation>Närvård Samverkan körs redan med datamappen {path}. Byt till det öppna fönstret; det här stängs.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="202"/>
        <source>Restored the backup {path}. The state before it is kept as a backup.</source>
        <translation>Återställde säkerhetskopian {path}. Läget före återställningen finns kvar som säkerhetskopia.</translation>
    </message>
</context>
<context>
    <name>AreaTab</name>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="67"/>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="69"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="72"/>
        <source>Filter rows…</source>
        <translation>Filtrera rader…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="73"/>
        <source>Filter rows</source>
        <translation>Filtrera rader</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="75"/>
        <source>Save as CSV or E&amp;xcel…</source>
        <translation>Spara som CSV eller E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="93"/>
        <source>Roll-up table</source>
        <translation>Sammanställning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up/area_tab.py" line="135"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n rad.</numerusform>
            <numerusform>%n rader.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="144"/>
        <source>Save the table</source>
        <translation>Spara tabellen</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="146"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/area_tab.py" line="166"/>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up/area_tab.py" line="169"/>
        <source>%n text(s) that looked like a personnummer were left out.</source>
        <translation>
            <numerusform>%n text som såg ut som ett personnummer lämnades utanför.</numerusform>
            <numerusform>%n texter som såg ut som personnummer lämnades utanför.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="296"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="297"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="298"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="321"/>
        <source>Tick to mark {name} as: {presence}</source>
        <translation>Bocka för att markera {name} som: {presence}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="336"/>
        <source>{name} (guest)</source>
        <translation>{name} (gäst)</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="381"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="414"/>
        <source>Tick present, absent or co-opted. Double-click organisation or function to change it.</source>
        <translation>Bocka för närvarande, frånvarande eller adjungerad. Dubbelklicka på organisation eller funktion för att ändra.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="424"/>
        <source>People of the group who are not on the list yet.</source>
        <translation>Personer i gruppen som ännu inte finns på listan.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="425"/>
        <source>Add to &amp;list</source>
        <translation>Lägg till på &amp;listan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="427"/>
        <source>New &amp;member…</source>
        <translation>Ny &amp;ledamot…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="429"/>
        <source>Add a new member to the group&apos;s register and to this list (Ctrl+M).</source>
        <translation>Lägg till en ny ledamot i gruppens register och på den här listan (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="433"/>
        <source>&amp;Remove from list…</source>
        <translation>Ta bort &amp;från listan…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="449"/>
        <source>Guest&apos;s name</source>
        <translation>Gästens namn</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="451"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="453"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="454"/>
        <source>Add &amp;guest</source>
        <translation>Lägg till gä&amp;st</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="456"/>
        <source>A guest who is not one of the group&apos;s people, co-opted (adjungerad).</source>
        <translation>En gäst som inte hör till gruppens personer, adjungerad.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="498"/>
        <source>{present} present · {absent} absent · {co_opted} co-opted</source>
        <translation>{present} närvarande · {absent} frånvarande · {co_opted} adjungerade</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="567"/>
        <source>Remove from the list</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="568"/>
        <source>Remove {name} from this meeting&apos;s attendance list?</source>
        <translation>Ta bort {name} från mötets närvarolista?</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../store/backups.py" line="37"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="38"/>
        <source>Before an Excel import</source>
        <translation>Före en Excel-import</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="39"/>
        <source>Before the organisation catalogue was read from a file</source>
        <translation>Innan organisationskatalogen lästes in från en fil</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="42"/>
        <source>When the program closed</source>
        <translation>När programmet stängdes</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="43"/>
        <source>Automatic (every half hour of changes)</source>
        <translation>Automatisk (varje halvtimme med ändringar)</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="44"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="45"/>
        <source>Taken by hand</source>
        <translation>Tagen för hand</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="47"/>
        <source>Before the database was updated</source>
        <translation>Före en uppdatering av databasen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="147"/>
        <source>The database is intact: no problems were found.</source>
        <translation>Databasen är hel: inga fel hittades.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="148"/>
        <source>The database has problems. Restore the newest backup from before they began (File → Backups…). What the check found:</source>
        <translation>Databasen har fel. Återställ den senaste säkerhetskopian från innan felen uppstod (Arkiv → Säkerhetskopior…). Det här hittade kontrollen:</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="49"/>
        <location filename="../../ui/shell/backups_dialog.py" line="67"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="54"/>
        <source>A backup is taken before every import and update, when the program closes and every half hour while you work. Older ones are thinned out: all of today, one a day for two weeks, one a week for three months, then one a month.</source>
        <translation>En säkerhetskopia tas före varje import och uppdatering, när programmet stängs och varje halvtimme medan ni arbetar. Äldre gallras: alla från i dag, en per dag i två veckor, en per vecka i tre månader och sedan en per månad.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="62"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="62"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="62"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="75"/>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior än.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="80"/>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Ta en säkerhetskopia nu</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="82"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="133"/>
        <source>Replace the group&apos;s data with the backup from {taken}? Everything written after it is replaced; the current state is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Ersätt gruppens data med säkerhetskopian från {taken}? Allt som skrivits efter den ersätts. Nuvarande läge sparas först som en säkerhetskopia, så ni kan ångra genom att återställa den.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backups_dialog.py" line="137"/>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../reports/calendar_ics.py" line="37"/>
        <source>Meeting: {group}</source>
        <translation>Möte: {group}</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="38"/>
        <source>Agenda:</source>
        <translation>Dagordning:</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="46"/>
        <source>the title</source>
        <translation>rubriken</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="47"/>
        <source>the place</source>
        <translation>platsen</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="48"/>
        <source>the group&apos;s name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="49"/>
        <source>the agenda</source>
        <translation>dagordningen</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="53"/>
        <source>Calendar file (.ics)</source>
        <translation>Kalenderfil (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="58"/>
        <source>Members open the file in Outlook or another calendar. Sending it again later updates the same meetings instead of adding copies, and removes meetings that were deleted here.</source>
        <translation>Ledamöterna öppnar filen i Outlook eller en annan kalender. Skickar ni filen igen senare uppdateras samma möten i stället för att det blir kopior, och möten som tagits bort här tas bort i kalendern.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="68"/>
        <source>The &amp;selected meeting</source>
        <translation>Det &amp;valda mötet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="69"/>
        <source>The selected meeting&apos;s whole s&amp;eries</source>
        <translation>Hela s&amp;erien som det valda mötet hör till</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="70"/>
        <source>All &amp;coming meetings</source>
        <translation>Alla &amp;kommande möten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="71"/>
        <source>&amp;All the group&apos;s meetings</source>
        <translation>&amp;Alla gruppens möten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="86"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="90"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="93"/>
        <source>meetings {year}.ics</source>
        <translation>möten {year}.ics</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="95"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="106"/>
        <source>&amp;Write calendar file</source>
        <translation>&amp;Skriv kalenderfil</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="117"/>
        <source>Save calendar file</source>
        <translation>Spara kalenderfil</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="117"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
</context>
<context>
    <name>CatalogueEntryDialog</name>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="78"/>
        <source>Catalogue entry</source>
        <translation>Post i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="78"/>
        <source>New catalogue entry</source>
        <translation>Ny post i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="86"/>
        <source>— (the whole area)</source>
        <translation>— (hela området)</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="93"/>
        <source>optional, e.g. SE2321000131-E000000000001</source>
        <translation>frivilligt, t.ex. SE2321000131-E000000000001</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="98"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="99"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="100"/>
        <source>&amp;Principal (huvudman):</source>
        <translation>Hu&amp;vudman:</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="101"/>
        <source>&amp;HSA-id:</source>
        <translation>&amp;HSA-id:</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="106"/>
        <source>Catalogue id:</source>
        <translation>Katalog-id:</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="119"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="121"/>
        <source>Received with the catalogue from above: only its publisher edits it.</source>
        <translation>Mottagen med katalogen uppifrån: bara den som ger ut den kan ändra posten.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="125"/>
        <source>given when saved</source>
        <translation>ges när posten sparas</translation>
    </message>
</context>
<context>
    <name>CatalogueFileDialog</name>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="152"/>
        <source>Read the catalogue from a file</source>
        <translation>Läs in katalogen från en fil</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="156"/>
        <source>A CSV file or an Excel workbook with the columns Namn and, as you have them, Katalog-id, Typ, Huvudman, Kommun and HSA-id. A row with a catalogue id updates that entry; a row without one updates the entry of the same name and kommun, or adds a new one. Nothing is written until you press Read in.</source>
        <translation>En CSV-fil eller en Excel-arbetsbok med kolumnen Namn och, i den mån ni har dem, Katalog-id, Typ, Huvudman, Kommun och HSA-id. En rad med katalog-id uppdaterar den posten; en rad utan id uppdaterar posten med samma namn och kommun eller lägger till en ny. Ingenting skrivs förrän du trycker på Läs in.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="164"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="165"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="168"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="174"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="175"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="176"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="177"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="178"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="183"/>
        <source>Entries in the file</source>
        <translation>Poster i filen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="199"/>
        <source>Choose a catalogue file</source>
        <translation>Välj en katalogfil</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="201"/>
        <source>CSV files and workbooks (*.csv *.txt *.xlsx)</source>
        <translation>CSV-filer och arbetsböcker (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="219"/>
        <source>New entry</source>
        <translation>Ny post</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="219"/>
        <source>Changes the entry</source>
        <translation>Ändrar posten</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="227"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/group/catalogue_dialogs.py" line="232"/>
        <source>%n entry(s) to add or change.</source>
        <translation>
            <numerusform>%n post att lägga till eller ändra.</numerusform>
            <numerusform>%n poster att lägga till eller ändra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="39"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="40"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="41"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="42"/>
        <source>HSA-id</source>
        <translation>HSA-id</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="43"/>
        <source>Catalogue id</source>
        <translation>Katalog-id</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="44"/>
        <source>Linked</source>
        <translation>Kopplade</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="45"/>
        <source>Kept by</source>
        <translation>Förs av</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="58"/>
        <source>This group</source>
        <translation>Den här gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="60"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="64"/>
        <source>the whole area</source>
        <translation>hela området</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="81"/>
        <source>One entry per real organisation, with an id that never changes. Groups below receive the catalogue with your templates and link their organisations to it; linked organisations are counted as one here, whichever kommun reported them.</source>
        <translation>En post per verklig organisation, med ett id som aldrig ändras. Grupperna under får katalogen med era mallar och kopplar sina organisationer till den; kopplade organisationer räknas här som en, vilken kommun som än rapporterade dem.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="88"/>
        <source>The catalogue received with the templates from above. Link the group&apos;s organisations to it on the Organisations tab, so that upper levels count them as one with the other kommuners&apos;.</source>
        <translation>Katalogen som kom med mallarna uppifrån. Koppla gruppens organisationer till den på fliken Organisationer, så att nivåerna ovanför räknar dem som en med de andra kommunernas.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="95"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny post…</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="97"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="99"/>
        <location filename="../../ui/group/catalogue_tab.py" line="163"/>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="101"/>
        <source>Read from &amp;file…</source>
        <translation>Läs in från &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="102"/>
        <source>Add or update entries from a CSV file or workbook.</source>
        <translation>Lägg till eller uppdatera poster från en CSV-fil eller arbetsbok.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="111"/>
        <location filename="../../ui/group/catalogue_tab.py" line="112"/>
        <source>Search the catalogue</source>
        <translation>Sök i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="119"/>
        <source>Organisation catalogue</source>
        <translation>Organisationskatalog</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="135"/>
        <source>No catalogue yet. Add entries one by one or read them from a file; they travel downward with your next template.</source>
        <translation>Ingen katalog ännu. Lägg till poster en och en eller läs in dem från en fil; de följer med nedåt i er nästa mall.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="140"/>
        <source>No catalogue yet: it arrives with the county&apos;s or sub-region&apos;s template (Exchange → Import).</source>
        <translation>Ingen katalog ännu: den kommer med länets eller delregionens mall (Utbyte → Importera).</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_tab.py" line="163"/>
        <source>Reac&amp;tivate</source>
        <translation>Akt&amp;ivera igen</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <location filename="../../ui/kit/chart_table.py" line="124"/>
        <source>{chart}: values</source>
        <translation>{chart}: värden</translation>
    </message>
    <message>
        <location filename="../../ui/kit/chart_table.py" line="132"/>
        <source>Series or row</source>
        <translation>Serie eller rad</translation>
    </message>
    <message>
        <location filename="../../ui/kit/chart_table.py" line="132"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/kit/chart_table.py" line="132"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../ui/kit/chart_table.py" line="134"/>
        <source>Values of the chart {chart}</source>
        <translation>Värden i diagrammet {chart}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/chart_table.py" line="146"/>
        <source>The chart shows no values yet.</source>
        <translation>Diagrammet visar inga värden ännu.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="171"/>
        <source>No deviations reported in the period.</source>
        <translation>Inga avvikelser rapporterade under perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="174"/>
        <source>Number of deviations</source>
        <translation>Antal avvikelser</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="175"/>
        <source>– = fewer than 5 cases, hidden</source>
        <translation>– = färre än 5 fall, dolt</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="176"/>
        <source>Reporting organisation</source>
        <translation>Rapporterande organisation</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="177"/>
        <source>Receiving organisation (where it arose)</source>
        <translation>Mottagande organisation (där det uppstod)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="180"/>
        <source>Answered within the deadline (%)</source>
        <translation>Besvarade i tid (%)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="181"/>
        <source>Median days to answer</source>
        <translation>Median, dagar till svar</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="182"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="183"/>
        <source>Answer overdue</source>
        <translation>Svar försenat</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/chart_data.py" line="184"/>
        <source>Deviations marked as system error</source>
        <translation>Avvikelser markerade som systemfel</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/kit/charts.py" line="126"/>
        <location filename="../../ui/kit/charts.py" line="140"/>
        <source>Save as PNG…</source>
        <translation>Spara som PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="127"/>
        <source>Save this chart as a picture to send or print.</source>
        <translation>Spara diagrammet som en bild att skicka eller skriva ut.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="130"/>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="131"/>
        <source>The values of this chart as a table.</source>
        <translation>Diagrammets värden som en tabell.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="144"/>
        <source>Save {chart} as PNG</source>
        <translation>Spara {chart} som PNG</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="145"/>
        <source>Show {chart} as a table</source>
        <translation>Visa {chart} som tabell</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="188"/>
        <source>Chart. Show as table gives its values as text.</source>
        <translation>Diagram. Visa som tabell ger dess värden som text.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="273"/>
        <source>Save chart as PNG</source>
        <translation>Spara diagram som PNG</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="273"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/charts.py" line="286"/>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>Diagrammet kunde inte sparas i {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../commands/init.py" line="39"/>
        <source>Set up {name} in {path}.</source>
        <translation>{name} är upplagd i {path}.</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="30"/>
        <source>Added {count} demo records.</source>
        <translation>Lade till {count} poster med demodata.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="119"/>
        <source>Could not read or write a file: {error}</source>
        <translation>Kunde inte läsa eller skriva en fil: {error}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="126"/>
        <source>Unexpected error ({kind}): {error}</source>
        <translation>Oväntat fel ({kind}): {error}</translation>
    </message>
    <message>
        <location filename="../../commands/privacy_scan.py" line="38"/>
        <source>No personnummer or samordningsnummer found.</source>
        <translation>Inga personnummer eller samordningsnummer hittades.</translation>
    </message>
    <message>
        <location filename="../../commands/privacy_scan.py" line="44"/>
        <source>Found {count} possible personnummer or samordningsnummer (the numbers are not shown):</source>
        <translation>Hittade {count} möjliga personnummer eller samordningsnummer (själva numren visas inte):</translation>
    </message>
    <message>
        <location filename="../../commands/privacy_scan.py" line="66"/>
        <source>Remove them before anything is exported or sent out of the group.</source>
        <translation>Ta bort dem innan något exporteras eller skickas utanför gruppen.</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="42"/>
        <source>Wrote {path}:</source>
        <translation>Skrev {path}:</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="44"/>
        <source>{count} rows</source>
        <translation>{count} rader</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="52"/>
        <source>Left out {count} texts holding a personnummer or samordningsnummer (the numbers are not shown):</source>
        <translation>Utelämnade {count} texter som innehöll ett personnummer eller samordningsnummer (numren visas inte):</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="64"/>
        <source>This is the group&apos;s internal working copy: it holds free text as typed. Use --for-sharing for a copy that may leave the group.</source>
        <translation>Detta är gruppens interna arbetskopia: den innehåller fritext som den skrevs. Använd --for-sharing för en kopia som får lämna gruppen.</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="74"/>
        <source>{count} texts in it hold a personnummer or samordningsnummer.</source>
        <translation>{count} texter i den innehåller ett personnummer eller samordningsnummer.</translation>
    </message>
    <message>
        <location filename="../../commands/kallelse.py" line="36"/>
        <location filename="../../commands/protocol.py" line="85"/>
        <location filename="../../commands/report.py" line="52"/>
        <source>Wrote {path}.</source>
        <translation>Skrev {path}.</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="104"/>
        <source>Wrote {path} with {count} meetings.</source>
        <translation>Skrev {path} med {count} möten.</translation>
    </message>
    <message>
        <location filename="../../commands/backup.py" line="21"/>
        <source>Wrote the backup {path}.</source>
        <translation>Skrev säkerhetskopian {path}.</translation>
    </message>
    <message>
        <location filename="../../commands/backups.py" line="22"/>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <location filename="../../commands/check_db.py" line="25"/>
        <source>The database {path} is intact.</source>
        <translation>Databasen {path} är hel (integritet och främmande nycklar kontrollerade).</translation>
    </message>
    <message>
        <location filename="../../commands/check_db.py" line="28"/>
        <source>The database {path} has problems; restore a backup (backups, restore):</source>
        <translation>Databasen {path} har fel; återställ en säkerhetskopia (kommandona backups och restore):</translation>
    </message>
    <message>
        <location filename="../../commands/restore.py" line="47"/>
        <source>Restored {path}.</source>
        <translation>Återställde {path}.</translation>
    </message>
    <message>
        <location filename="../../commands/restore.py" line="49"/>
        <source>The state before the restore is kept in {path}.</source>
        <translation>Läget före återställningen finns sparat i {path}.</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="17"/>
        <source>{action}: {indicator} {period} = {value} (row {line})</source>
        <translation>{action}: {indicator} {period} = {value} (rad {line})</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="19"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="20"/>
        <source>replaces</source>
        <translation>ersätter</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="21"/>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="23"/>
        <source>Row {line}: {message}</source>
        <translation>Rad {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="24"/>
        <source>Area {area}: to write: {changes}; unchanged: {unchanged}; rows of other areas left out: {other}.</source>
        <translation>Område {area}: att skriva: {changes}; oförändrade: {unchanged}; rader för andra områden som lämnas utanför: {other}.</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="29"/>
        <source>Values written: {count}.</source>
        <translation>Skrivna värden: {count}.</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="28"/>
        <source>Codes no indicator of the group follows: {codes}</source>
        <translation>Koder som ingen av gruppens indikatorer följer: {codes}</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="30"/>
        <source>Nothing was written: correct the rows above first.</source>
        <translation>Ingenting skrevs: rätta raderna ovan först.</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="86"/>
        <source>Added {name} ({id}).</source>
        <translation>La till {name} ({id}).</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../cli.py" line="42"/>
        <source>{app} {version}. Without a command the window opens.</source>
        <translation>{app} {version}. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="52"/>
        <source>show the program&apos;s version and exit</source>
        <translation>visa programmets version och avsluta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="56"/>
        <source>data folder (default: NARVARD_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>datamapp (standard: NARVARD_DATA_DIR eller plattformens mapp för användardata)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="63"/>
        <source>language: sv (default) or en</source>
        <translation>språk: sv (standard) eller en</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="69"/>
        <source>window only: quit MS milliseconds after the first window is shown and loaded (a start check for installers and smoke tests; exit code 4 if no window showed)</source>
        <translation>bara fönstret: avsluta MS millisekunder efter att det första fönstret visats och laddats (en startkontroll för installationsprogram och röktester; slutkod 4 om inget fönster visades)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="76"/>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="26"/>
        <source>these arguments are required: {names}</source>
        <translation>de här argumenten krävs: {names}</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="30"/>
        <source>unknown arguments: {names}</source>
        <translation>okända argument: {names}</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="36"/>
        <source>argument {name}: {value} is not a choice (choose from {choices})</source>
        <translation>argumentet {name}: {value} är inget av valen (välj bland {choices})</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="42"/>
        <source>argument {name} needs a value</source>
        <translation>argumentet {name} behöver ett värde</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="46"/>
        <source>argument {name} cannot be given together with {other}</source>
        <translation>argumentet {name} kan inte anges tillsammans med {other}</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="84"/>
        <source>usage:</source>
        <translation>användning:</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="96"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="98"/>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="104"/>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="109"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: fel: {message}</translation>
    </message>
    <message>
        <location filename="../../commands/backup.py" line="12"/>
        <source>take a backup of the database now</source>
        <translation>ta en säkerhetskopia av databasen nu</translation>
    </message>
    <message>
        <location filename="../../commands/backups.py" line="12"/>
        <source>list the backups (date, reason, size)</source>
        <translation>lista säkerhetskopiorna (datum, anledning, storlek)</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="16"/>
        <source>write the group&apos;s meetings as a calendar file (.ics) to send or import in Outlook</source>
        <translation>skriv gruppens möten som en kalenderfil (.ics) att skicka eller importera i Outlook</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="26"/>
        <source>the .ics file to write</source>
        <translation>den .ics-fil som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="32"/>
        <source>a meeting id, or &apos;next&apos; (may be given more than once); default: every meeting from today on</source>
        <translation>ett mötes-id eller &apos;next&apos; (får anges flera gånger); standard: alla möten från och med i dag</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="40"/>
        <source>every meeting from this date (YYYY-MM-DD)</source>
        <translation>alla möten från och med detta datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="45"/>
        <source>every meeting of the group</source>
        <translation>alla gruppens möten</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="49"/>
        <source>every meeting of the series (planned the year) a meeting belongs to: its id or &apos;next&apos;</source>
        <translation>alla möten i serien (det planerade året) som ett möte hör till: dess id eller &apos;next&apos;</translation>
    </message>
    <message>
        <location filename="../../commands/check_db.py" line="12"/>
        <source>check the database (integrity and foreign keys)</source>
        <translation>kontrollera databasen (integritet och främmande nycklar)</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="13"/>
        <source>fill the group with realistic, entirely fictional demo data</source>
        <translation>fyll gruppen med realistiska, helt påhittade demodata</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="21"/>
        <source>place the demo dates around this day (YYYY-MM-DD) instead of today</source>
        <translation>lägg demodatumen kring denna dag (ÅÅÅÅ-MM-DD) i stället för i dag</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="15"/>
        <source>write an export file (.narvard) to send to the level above</source>
        <translation>skriv en exportfil (.narvard) att skicka till nivån ovanför</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="22"/>
        <source>the file to write, e.g. boras-2026-q3.narvard</source>
        <translation>filen som ska skrivas, t.ex. boras-2026-q3.narvard</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="27"/>
        <source>publish this action plan as a template package for the levels below</source>
        <translation>publicera denna handlingsplan som mallpaket för nivåerna nedanför</translation>
    </message>
    <message>
        <location filename="../../commands/import_files.py" line="14"/>
        <source>import export files (.narvard) from other groups</source>
        <translation>importera exportfiler (.narvard) från andra grupper</translation>
    </message>
    <message>
        <location filename="../../commands/import_files.py" line="22"/>
        <source>one or more .narvard files</source>
        <translation>en eller flera .narvard-filer</translation>
    </message>
    <message>
        <location filename="../../commands/import_files.py" line="27"/>
        <source>check the files and show what would change</source>
        <translation>kontrollera filerna och visa vad som skulle ändras</translation>
    </message>
    <message>
        <location filename="../../commands/import_files.py" line="32"/>
        <source>pin a new sender&apos;s key: the fingerprint (or phone code) you have checked with the sender; a file signed with any other key is still refused</source>
        <translation>lita på en ny avsändares nyckel: fingeravtrycket (eller telefonkoden) som du har kontrollerat med avsändaren; en fil signerad med någon annan nyckel avvisas fortfarande</translation>
    </message>
    <message>
        <location filename="../../commands/init.py" line="13"/>
        <source>set up the group that owns the data folder</source>
        <translation>skapa gruppen som äger datamappen</translation>
    </message>
    <message>
        <location filename="../../commands/init.py" line="19"/>
        <source>SCB kommunkod, e.g. 1490 (level lokal)</source>
        <translation>SCB:s kommunkod, t.ex. 1490 (nivå lokal)</translation>
    </message>
    <message>
        <location filename="../../commands/init.py" line="23"/>
        <source>e.g. &apos;Södra Älvsborg&apos; (level delregional)</source>
        <translation>t.ex. &apos;Södra Älvsborg&apos; (nivå delregional)</translation>
    </message>
    <message>
        <location filename="../../commands/init.py" line="26"/>
        <source>the group&apos;s name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <location filename="../../commands/kallelse.py" line="15"/>
        <source>write the notice (kallelse) of a meeting with its agenda as PDF</source>
        <translation>skriv ett mötes kallelse med dagordning som PDF</translation>
    </message>
    <message>
        <location filename="../../commands/kallelse.py" line="23"/>
        <source>meeting id, &apos;next&apos; (the next meeting from today) or &apos;latest&apos; (the next meeting, else the most recent one)</source>
        <translation>mötes-id, &apos;next&apos; (nästa möte från och med i dag) eller &apos;latest&apos; (nästa möte, annars det senaste)</translation>
    </message>
    <message>
        <location filename="../../commands/ledger.py" line="13"/>
        <source>list the exports and imports of this data folder</source>
        <translation>lista exporter och importer i denna datamapp</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="14"/>
        <source>show the group&apos;s signing key and the pinned keys of other groups; rotate the key</source>
        <translation>visa gruppens signeringsnyckel och de betrodda nycklarna för andra grupper; byt nyckel</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="33"/>
        <source>show (default), rotate the own key, forget another group&apos;s key, or show the log</source>
        <translation>visa (standard), byt den egna nyckeln, glöm en annan grupps nyckel eller visa loggen</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="39"/>
        <source>with forget: the other group&apos;s id</source>
        <translation>med forget: den andra gruppens id</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="44"/>
        <source>with rotate: the old key file is lost, so the receivers must confirm the new key</source>
        <translation>med rotate: den gamla nyckelfilen är förlorad, så mottagarna måste bekräfta den nya nyckeln</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="50"/>
        <location filename="../../commands/ledger.py" line="23"/>
        <location filename="../../commands/members.py" line="28"/>
        <location filename="../../commands/privacy_scan.py" line="25"/>
        <location filename="../../commands/search.py" line="24"/>
        <source>print JSON</source>
        <translation>skriv JSON</translation>
    </message>
    <message>
        <location filename="../../commands/privacy_scan.py" line="18"/>
        <source>list free texts holding a personnummer or samordningsnummer (exit 1 if any)</source>
        <translation>lista fritexter som innehåller personnummer eller samordningsnummer (slutkod 1 om någon finns)</translation>
    </message>
    <message>
        <location filename="../../commands/protocol.py" line="18"/>
        <source>write the protocol of a meeting as PDF</source>
        <translation>skriv ett mötes protokoll som PDF</translation>
    </message>
    <message>
        <location filename="../../commands/protocol.py" line="27"/>
        <location filename="../../commands/report.py" line="29"/>
        <source>the PDF file to write</source>
        <translation>den PDF-fil som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../commands/protocol.py" line="32"/>
        <source>leave out the attendance list</source>
        <translation>utelämna närvarolistan</translation>
    </message>
    <message>
        <location filename="../../commands/protocol.py" line="37"/>
        <source>leave out linked items</source>
        <translation>utelämna länkade poster</translation>
    </message>
    <message>
        <location filename="../../commands/protocol.py" line="42"/>
        <source>leave out the avvikelse counts</source>
        <translation>utelämna antalet avvikelser</translation>
    </message>
    <message>
        <location filename="../../commands/protocol.py" line="72"/>
        <source>meeting id, &apos;latest&apos; (the most recent meeting up to today) or &apos;next&apos; (the next meeting from today)</source>
        <translation>mötes-id, &apos;latest&apos; (det senaste mötet till och med i dag) eller &apos;next&apos; (nästa möte från och med i dag)</translation>
    </message>
    <message>
        <location filename="../../commands/report.py" line="12"/>
        <source>write the follow-up report (uppföljningsrapport) of a period as PDF</source>
        <translation>skriv en periods uppföljningsrapport som PDF</translation>
    </message>
    <message>
        <location filename="../../commands/report.py" line="21"/>
        <source>2026, 2026-H1, 2026-Q3, 2026-T2, 2026-03 or 2026-01..2026-06</source>
        <translation>2026, 2026-H1, 2026-Q3, 2026-T2, 2026-03 eller 2026-01..2026-06</translation>
    </message>
    <message>
        <location filename="../../commands/report.py" line="36"/>
        <source>at upper levels: own (default), all, or the groups (name or id) to cover</source>
        <translation>på övre nivåer: own (egen, standard), all (alla) eller de grupper (namn eller id) som ska ingå</translation>
    </message>
    <message>
        <location filename="../../commands/restore.py" line="18"/>
        <source>restore a backup (a path, or the number the backups command lists)</source>
        <translation>återställ en säkerhetskopia (en sökväg eller numret som kommandot backups listar)</translation>
    </message>
    <message>
        <location filename="../../commands/restore.py" line="25"/>
        <source>path or number from the backups command</source>
        <translation>sökväg eller nummer från kommandot backups</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="13"/>
        <source>read indicator values from a Kolada/SCB CSV file (kpi, municipality, period, value)</source>
        <translation>läs indikatorvärden från en CSV-fil från Kolada/SCB (kpi, kommun, period, värde)</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="35"/>
        <source>the .csv file to read</source>
        <translation>den .csv-fil som ska läsas</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="39"/>
        <source>kommun or region code of the rows to take (default: the group&apos;s kommun, or 0014 Västra Götalandsregionen at upper levels)</source>
        <translation>kommun- eller regionkod för raderna som ska tas med (standard: gruppens kommun, eller 0014 Västra Götalandsregionen på övre nivåer)</translation>
    </message>
    <message>
        <location filename="../../commands/statistics_import.py" line="47"/>
        <source>only show what would change</source>
        <translation>visa bara vad som skulle ändras</translation>
    </message>
    <message>
        <location filename="../../commands/summary.py" line="14"/>
        <source>count the records of every kind</source>
        <translation>räkna posterna av varje slag</translation>
    </message>
    <message>
        <location filename="../../commands/summary.py" line="21"/>
        <source>print JSON (keys are the table names)</source>
        <translation>skriv JSON (nycklarna är tabellernas namn)</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="18"/>
        <source>export the group&apos;s plans, goals, activities and indicators to an Excel workbook</source>
        <translation>exportera gruppens planer, mål, aktiviteter och indikatorer till en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="28"/>
        <source>the .xlsx file to write</source>
        <translation>den .xlsx-fil som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_export.py" line="33"/>
        <source>leave out text holding a personnummer (a copy that may leave the group)</source>
        <translation>utelämna text som innehåller personnummer (en kopia som får lämna gruppen)</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_import.py" line="14"/>
        <source>import plans, goals, activities and indicators from an Excel workbook</source>
        <translation>importera planer, mål, aktiviteter och indikatorer från en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_import.py" line="21"/>
        <source>the .xlsx file to read</source>
        <translation>den .xlsx-fil som ska läsas</translation>
    </message>
    <message>
        <location filename="../../commands/xlsx_import.py" line="26"/>
        <source>only show what would be imported</source>
        <translation>visa bara vad som skulle importeras</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="12"/>
        <source>list the group&apos;s members, or add one with &apos;members add&apos;</source>
        <translation>lista gruppens ledamöter, eller lägg till en med &apos;members add&apos;</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="33"/>
        <source>also list members who have left</source>
        <translation>lista även ledamöter som har slutat</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="37"/>
        <source>add a member to the group&apos;s register</source>
        <translation>lägg till en ledamot i gruppens register</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="40"/>
        <source>first and last name</source>
        <translation>för- och efternamn</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="44"/>
        <source>the organisation&apos;s name as in the register</source>
        <translation>organisationens namn som i registret</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="49"/>
        <source>member, deputy, co_opted, secretary, chair or vice_chair (or the Swedish word)</source>
        <translation>member, deputy, co_opted, secretary, chair eller vice_chair (eller det svenska ordet)</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="54"/>
        <source>function or title</source>
        <translation>funktion eller titel</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="55"/>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="57"/>
        <source>member from (YYYY-MM-DD)</source>
        <translation>ledamot från (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../commands/members.py" line="60"/>
        <source>member until (YYYY-MM-DD)</source>
        <translation>ledamot till (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../commands/search.py" line="12"/>
        <source>find activities, goals, indicators, avvikelser, meetings, § and decisions by words</source>
        <translation>hitta aktiviteter, mål, indikatorer, avvikelser, möten, § och beslut med ord</translation>
    </message>
    <message>
        <location filename="../../commands/search.py" line="21"/>
        <source>words, or the beginnings of words, to find</source>
        <translation>ord, eller början av ord, att söka efter</translation>
    </message>
    <message>
        <location filename="../../commands/search.py" line="29"/>
        <source>let a, o find å, ä, ö (&quot;hemgang&quot; finds &quot;hemgång&quot;)</source>
        <translation>låt a, o hitta å, ä, ö (&quot;hemgang&quot; hittar &quot;hemgång&quot;)</translation>
    </message>
    <message>
        <location filename="../../commands/search.py" line="35"/>
        <source>at most this many results</source>
        <translation>högst så här många träffar</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/kit/date_fields.py" line="33"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_fields.py" line="35"/>
        <source>Write the date as YYYY-MM-DD, or pick it with the calendar.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, eller välj det i kalendern.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_fields.py" line="39"/>
        <source>Pick a date</source>
        <translation>Välj datum</translation>
    </message>
</context>
<context>
    <name>DecisionRegister</name>
    <message>
        <location filename="../../reports/decision_register.py" line="28"/>
        <source>Decision register</source>
        <translation>Beslutsregister</translation>
    </message>
    <message>
        <location filename="../../reports/decision_register.py" line="29"/>
        <source>Page {page} ({pages})</source>
        <translation>Sida {page} ({pages})</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="22"/>
        <source>No action items</source>
        <translation>Inga åtgärder</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="23"/>
        <source>All {total} done</source>
        <translation>Alla {total} klara</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="25"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="26"/>
        <source>{done} of {total} done</source>
        <translation>{done} av {total} klara</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="30"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="31"/>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="32"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="33"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../services/decision_register.py" line="34"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
</context>
<context>
    <name>DecisionRegisterDialog</name>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="69"/>
        <source>Decision register</source>
        <translation>Beslutsregister</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="74"/>
        <source>Words in the decision</source>
        <translation>Ord i beslutet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="78"/>
        <source>Only with open action items</source>
        <translation>Bara med öppna åtgärder</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="79"/>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="83"/>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="85"/>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="107"/>
        <source>&amp;Export (Excel or CSV)…</source>
        <translation>&amp;Exportera (Excel eller CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="109"/>
        <source>&amp;Print as PDF…</source>
        <translation>Skriv ut som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="111"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/decision_register_dialog.py" line="149"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslut</numerusform>
            <numerusform>%n beslut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="163"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="165"/>
        <source>Save the decision register</source>
        <translation>Spara beslutsregistret</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/decision_register_dialog.py" line="190"/>
        <source>Writing the decision register…</source>
        <translation>Skriver beslutsregistret…</translation>
    </message>
</context>
<context>
    <name>DeviationChartsTab</name>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="126"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="127"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="128"/>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="129"/>
        <source>Last quarter</source>
        <translation>Förra kvartalet</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="130"/>
        <source>Own period</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="135"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="141"/>
        <source>Period from</source>
        <translation>Perioden från</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="142"/>
        <source>Period to</source>
        <translation>Perioden till</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="151"/>
        <source>&amp;Hide cells with fewer than {threshold} cases on screen too</source>
        <translation>&amp;Dölj celler med färre än {threshold} fall även på skärmen</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="157"/>
        <source>Saved pictures always hide small counts and count whole months, since they can leave the group; small numbers could point at single patients. Hidden cells are shown as –.</source>
        <translation>Sparade bilder döljer alltid små antal och räknar hela månader, eftersom de kan lämna gruppen; små tal kan peka ut enskilda patienter. Dolda celler visas som –.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="181"/>
        <source>Counting the charts…</source>
        <translation>Diagrammen räknas…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="194"/>
        <source>Groups side by side, per category</source>
        <translation>Grupper sida vid sida, per kategori</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="195"/>
        <source>Deviations per category and month</source>
        <translation>Avvikelser per kategori och månad</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="196"/>
        <source>Who reports on whom</source>
        <translation>Vem rapporterar om vem</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="198"/>
        <source>Open and overdue per receiving organisation</source>
        <translation>Öppna och försenade per mottagande organisation</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="200"/>
        <source>Answers within the deadline</source>
        <translation>Svar inom tidsgränsen</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="201"/>
        <source>System errors over time</source>
        <translation>Systemfel över tid</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="205"/>
        <source>Counted as others in “Who reports on whom”</source>
        <translation>Räknas som övriga i ”Vem rapporterar om vem”</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="359"/>
        <source>Exact counts – not shown outside the group. Saved pictures hide counts under {threshold} and count whole months.</source>
        <translation>Exakta tal – visas ej utanför gruppen. Sparade bilder döljer antal under {threshold} och räknar hela månader.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="370"/>
        <source>{start} – {end}: {hidden} deviations</source>
        <translation>{start} – {end}: {hidden} avvikelser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="374"/>
        <source>{start} – {end}: %n deviation(s)</source>
        <translation>
            <numerusform>{start} – {end}: %n avvikelse</numerusform>
            <numerusform>{start} – {end}: %n avvikelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="392"/>
        <source>{hidden} open</source>
        <translation>{hidden} öppna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="394"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n öppen</numerusform>
            <numerusform>%n öppna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="396"/>
        <source>{hidden} overdue</source>
        <translation>{hidden} försenade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="398"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="380"/>
        <source>{share} % answered within the deadline</source>
        <translation>{share} % besvarade i tid</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="387"/>
        <source>median {days} days to answer</source>
        <translation>median {days} dagar till svar</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../ui/deviations/form.py" line="81"/>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="111"/>
        <source>Save and close (Ctrl+S)</source>
        <translation>Spara och stäng (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="125"/>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="130"/>
        <source>The day it happened (or was discovered).</source>
        <translation>Dagen det hände (eller upptäcktes).</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="133"/>
        <source>The day it was reported. The answer clock starts on this day.</source>
        <translation>Dagen det rapporterades. Tiden för svar räknas från den dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="137"/>
        <source>Re&amp;ported:</source>
        <translation>Ra&amp;pporterad:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="142"/>
        <source>&amp;Event date:</source>
        <translation>&amp;Händelsedatum:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="147"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="150"/>
        <source>Choose a category…</source>
        <translation>Välj kategori…</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="158"/>
        <source>The kind of collaboration situation it arose in.</source>
        <translation>Vilken samverkanssituation det uppstod i.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="159"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="165"/>
        <source>(not given)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="168"/>
        <source>The organisation that reports the deviation.</source>
        <translation>Organisationen som rapporterar avvikelsen.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="170"/>
        <source>The organisation where it arose; it owes the answer.</source>
        <translation>Organisationen där det uppstod; den ska svara.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="174"/>
        <source>Reportin&amp;g organisation:</source>
        <translation>&amp;Rapporterande organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="180"/>
        <source>Rece&amp;iving organisation:</source>
        <translation>&amp;Mottagande organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="187"/>
        <source>What happened, where in the chain of care, and what the consequence was.</source>
        <translation>Vad hände, var i vårdkedjan, och vad blev följden?</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="190"/>
        <source>Describe what happened – never who. No names or personal identity numbers.</source>
        <translation>Beskriv vad som hände – aldrig vem. Inga namn eller personnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="198"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="205"/>
        <source>I&amp;mmediate actions:</source>
        <translation>&amp;Omedelbara åtgärder:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="210"/>
        <source>Suggested impro&amp;vement:</source>
        <translation>&amp;Förslag till förbättring:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="223"/>
        <source>Improvement activities</source>
        <translation>Förbättringsaktiviteter</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="227"/>
        <source>Create improvement activity…</source>
        <translation>Skapa förbättr&amp;ingsaktivitet…</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="230"/>
        <source>Adds an activity to one of the group&apos;s action plans, linked to this deviation.</source>
        <translation>Lägger till en aktivitet i en av gruppens handlingsplaner, kopplad till den här avvikelsen.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="246"/>
        <source>Answer from the receiving organisation</source>
        <translation>Svar från mottagande organisation</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="250"/>
        <source>e.g. the case number in MedControl PRO</source>
        <translation>t.ex. ärendenumret i MedControl PRO</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="253"/>
        <source>The number of the case in the reporting organisation&apos;s own system (MedControl PRO in VG). The case itself is handled there.</source>
        <translation>Ärendets nummer i den rapporterande organisationens eget system (MedControl PRO i VG). Själva ärendet hanteras där.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="257"/>
        <source>E&amp;xternal reference:</source>
        <translation>E&amp;xternt referensnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="266"/>
        <source>Answer d&amp;ue:</source>
        <translation>Svar s&amp;enast:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="279"/>
        <source>C&amp;ause:</source>
        <translation>Ors&amp;ak:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="280"/>
        <source>Measu&amp;res:</source>
        <translation>Åt&amp;gärder:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="281"/>
        <source>F&amp;ollow-up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="286"/>
        <source>Answered:</source>
        <translation>Besvarad:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="289"/>
        <source>Recurring problems</source>
        <translation>Återkommande problem</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="291"/>
        <source>S&amp;ystem error: a recurring problem to escalate</source>
        <translation>Systemfe&amp;l: ett återkommande problem att lyfta</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="294"/>
        <source>Mark deviations that show a fault in how the collaboration is organised, not a one-off.</source>
        <translation>Markera avvikelser som visar ett fel i hur samverkan är organiserad, inte en engångshändelse.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="299"/>
        <source>Not escalated</source>
        <translation>Inte lyft</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="302"/>
        <source>Esca&amp;lated to:</source>
        <translation>L&amp;yft till:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="369"/>
        <source>New deviation</source>
        <translation>Ny avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="378"/>
        <source>Deviation reported {date}</source>
        <translation>Avvikelse rapporterad {date}</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="420"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="428"/>
        <source>Save the deviation first; then you can link it to an activity.</source>
        <translation>Avvikelsen sparas först; sedan kan den kopplas till en aktivitet.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="441"/>
        <source>No activity linked yet.</source>
        <translation>Ingen aktivitet kopplad ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="496"/>
        <source>Personal identity number in the text</source>
        <translation>Personnummer i texten</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="498"/>
        <source>A text looks like it holds a personal identity number. Save anyway? The deviation will be flagged and the text cannot leave the group until the number is removed.</source>
        <translation>En text ser ut att innehålla ett personnummer. Spara ändå? Avvikelsen flaggas och texten kan inte lämna gruppen förrän numret är borttaget.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="557"/>
        <source>Registered in error</source>
        <translation>Felregistrerad</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="559"/>
        <source>Mark this deviation as registered in error? It stays in the log but is left out of the follow-up, and it cannot be reopened.</source>
        <translation>Markera avvikelsen som felregistrerad? Den finns kvar i loggen men räknas inte i uppföljningen, och den kan inte öppnas igen.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="590"/>
        <source>No action plan</source>
        <translation>Ingen handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/form.py" line="591"/>
        <source>The group has no action plan yet. Create one under Action plan first.</source>
        <translation>Gruppen har ingen handlingsplan ännu. Skapa en under Handlingsplan först.</translation>
    </message>
</context>
<context>
    <name>DeviationSummaryBox</name>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="30"/>
        <source>Deviations since the last meeting</source>
        <translation>Avvikelser sedan förra mötet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="35"/>
        <source>Category</source>
        <translation>Samverkanssituation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="35"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="39"/>
        <source>Counts only: the descriptions stay in the deviation log.</source>
        <translation>Endast antal: beskrivningarna finns kvar i avvikelseloggen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="47"/>
        <source>Reported after {since} up to {until}: {total} in all.</source>
        <translation>Rapporterade efter {since} till och med {until}: {total} totalt.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="53"/>
        <source>Reported up to {until}: {total} in all.</source>
        <translation>Rapporterade till och med {until}: {total} totalt.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="58"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>DeviationTableModel</name>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="58"/>
        <source>Reported</source>
        <translation>Rapporterad</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="59"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="60"/>
        <source>Reporting → receiving</source>
        <translation>Rapporterande → mottagande</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="61"/>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="62"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="63"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="64"/>
        <source>Answer due</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="65"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="135"/>
        <source>This column cannot be sorted.</source>
        <translation>Den här kolumnen går inte att sortera.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="138"/>
        <source>Click to sort by this column.</source>
        <translation>Klicka för att sortera efter den här kolumnen.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="213"/>
        <source>The answer is overdue: the due date has passed without an answer.</source>
        <translation>Svaret är försenat: sista svarsdatum har passerat utan svar.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="218"/>
        <source>Needs deeper analysis: the risk score is {score} (threshold {threshold}).</source>
        <translation>Behöver fördjupad analys: riskvärdet är {score} (gräns {threshold}).</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="223"/>
        <source>A text in this deviation looks like a personal identity number. Open it and remove the number.</source>
        <translation>En text i den här avvikelsen ser ut att innehålla ett personnummer. Öppna den och ta bort numret.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/list_model.py" line="230"/>
        <source>Imported, read-only. Source: {source}</source>
        <translation>Importerad, skrivskyddad. Källa: {source}</translation>
    </message>
</context>
<context>
    <name>DeviationsPage</name>
    <message>
        <location filename="../../ui/deviations/page.py" line="85"/>
        <source>Deviations in collaboration</source>
        <translation>Avvikelser i samverkan</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="90"/>
        <source>An anonymised log: what happened, never who. The case itself is handled in the reporting organisation&apos;s own system.</source>
        <translation>En avidentifierad logg: vad som hände, aldrig vem. Själva ärendet hanteras i den rapporterande organisationens eget system.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="99"/>
        <source>&amp;New deviation</source>
        <translation>&amp;Ny avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="100"/>
        <source>Log a new deviation (Ctrl+N)</source>
        <translation>Registrera en ny avvikelse (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="102"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="103"/>
        <source>Open the selected deviation (Enter or double-click)</source>
        <translation>Öppna den markerade avvikelsen (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="105"/>
        <source>Improvement &amp;activity from selected…</source>
        <translation>Förbättrings&amp;aktivitet av markerade…</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="107"/>
        <source>Turn the selected deviations into one activity in an action plan.</source>
        <translation>Gör de markerade avvikelserna till en aktivitet i en handlingsplan.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="110"/>
        <source>&amp;Personal identity number check…</source>
        <translation>Personnummer&amp;kontroll…</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="113"/>
        <source>Search every text in the database for personal identity numbers and coordination numbers. The numbers themselves are never shown.</source>
        <translation>Söker efter personnummer och samordningsnummer i alla texter i databasen. Själva numren visas aldrig.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="124"/>
        <source>New deviation</source>
        <translation>Ny avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="171"/>
        <source>Red due date with a warning sign: the answer is overdue. Bold risk with an i: needs deeper analysis. Red cross by a text: it looks like it holds a personal identity number. Other groups&apos; avvikelser are read-only here.</source>
        <translation>Rött svarsdatum med varningstecken: svaret är försenat. Fet risk med ett i: behöver fördjupad analys. Rött kryss vid en text: den ser ut att innehålla ett personnummer. Andra gruppers avvikelser är skrivskyddade här.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="192"/>
        <source>Search the texts…</source>
        <translation>Sök i texterna…</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="195"/>
        <source>Searches description, actions, answer and external reference.</source>
        <translation>Söker i beskrivning, åtgärder, svar och externt referensnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="207"/>
        <source>From the start</source>
        <translation>Från början</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="208"/>
        <source>Until now</source>
        <translation>Till idag</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="209"/>
        <source>Only o&amp;verdue answers</source>
        <translation>Bara förs&amp;enade svar</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="211"/>
        <source>C&amp;lear filters</source>
        <translation>Rensa fi&amp;lter</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="219"/>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="221"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegori:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="223"/>
        <source>Stat&amp;e:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="225"/>
        <source>&amp;Reporting:</source>
        <translation>&amp;Rapporterande:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="227"/>
        <source>Rece&amp;iving:</source>
        <translation>&amp;Mottagande:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="229"/>
        <source>Reported &amp;from:</source>
        <translation>Rapporterad &amp;från:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="231"/>
        <source>&amp;until:</source>
        <translation>t&amp;ill:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="270"/>
        <source>Clear with the Clear filters button.</source>
        <translation>Töm med knappen Rensa filter.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="287"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="291"/>
        <source>All states</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="292"/>
        <source>Open (not closed)</source>
        <translation>Öppna (inte avslutade)</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="297"/>
        <source>All reporting</source>
        <translation>Alla rapporterande</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="298"/>
        <source>All receiving</source>
        <translation>Alla mottagande</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="308"/>
        <source>Only &amp;high risk: ≥ {threshold}, needs deeper analysis</source>
        <translation>Bara &amp;hög risk: ≥ {threshold}, behöver fördjupad analys</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deviations/page.py" line="401"/>
        <source>More than %n deviations hold the words; the most recently written are shown. Add a word or a filter to narrow the list.</source>
        <translation>
            <numerusform>Fler än %n avvikelse innehåller orden; de senast skrivna visas. Lägg till ett ord eller ett filter för att avgränsa listan.</numerusform>
            <numerusform>Fler än %n avvikelser innehåller orden; de senast skrivna visas. Lägg till ett ord eller ett filter för att avgränsa listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deviations/page.py" line="409"/>
        <source>%n deviation(s) shown</source>
        <translation>
            <numerusform>%n avvikelse visas</numerusform>
            <numerusform>%n avvikelser visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deviations/page.py" line="411"/>
        <source>%n with the answer overdue</source>
        <translation>
            <numerusform>%n med försenat svar</numerusform>
            <numerusform>%n med försenat svar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="415"/>
        <source>No deviation matches the filters.</source>
        <translation>Ingen avvikelse matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="417"/>
        <source>No deviations logged yet. Press New deviation (Ctrl+N) to log one.</source>
        <translation>Inga avvikelser registrerade ännu. Tryck Ny avvikelse (Ctrl+N) för att registrera en.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/page.py" line="505"/>
        <source>Searching for personal identity numbers…</source>
        <translation>Söker efter personnummer…</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../domain.py" line="38"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="39"/>
        <source>Sub-regional</source>
        <translation>Delregional</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="40"/>
        <source>County-wide</source>
        <translation>Länsgemensam</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="45"/>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="46"/>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="47"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="48"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="49"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="53"/>
        <source>Delayed</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="57"/>
        <source>Short term</source>
        <translation>Kort sikt</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="58"/>
        <source>Long term</source>
        <translation>Lång sikt</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="64"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="65"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="66"/>
        <source>Under investigation</source>
        <translation>Under utredning</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="67"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="68"/>
        <source>Feedback given</source>
        <translation>Återkopplad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="69"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="70"/>
        <source>Registered in error</source>
        <translation>Felregistrerad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="77"/>
        <source>Event that occurred</source>
        <translation>Inträffad händelse</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="78"/>
        <source>Risk of an event</source>
        <translation>Risk för händelse</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="82"/>
        <source>No care injury</source>
        <translation>Ingen vårdskada</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="83"/>
        <source>Care injury</source>
        <translation>Vårdskada</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="84"/>
        <source>Serious care injury</source>
        <translation>Allvarlig vårdskada</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="88"/>
        <source>Sub-regional level</source>
        <translation>Delregional nivå</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="89"/>
        <source>County-wide level</source>
        <translation>Länsgemensam nivå</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="93"/>
        <source>Minutes (protokoll)</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="94"/>
        <source>Meeting notes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="98"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="99"/>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="100"/>
        <location filename="../../domain.py" line="141"/>
        <source>Co-opted</source>
        <translation>Adjungerad</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="104"/>
        <source>Formalities</source>
        <translation>Formalia</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="105"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="106"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="107"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="108"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="109"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="122"/>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="123"/>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="127"/>
        <source>Start at § 1 in every meeting</source>
        <translation>Börja på § 1 i varje möte</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="128"/>
        <source>Run on through the calendar year</source>
        <translation>Löpande under kalenderåret</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="139"/>
        <source>Regular member</source>
        <translation>Ordinarie ledamot</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="140"/>
        <source>Deputy member</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="142"/>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="143"/>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <location filename="../../domain.py" line="144"/>
        <source>Vice chair</source>
        <translation>Vice ordförande</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../ui/exchange/page.py" line="53"/>
        <source>Drop received .narvard files here
(several at once is fine)</source>
        <translation>Släpp mottagna .narvard-filer här
(gärna flera på en gång)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="60"/>
        <source>Drag the files from your mail or file manager and let go of them here.</source>
        <translation>Dra filerna från e-posten eller utforskaren och släpp dem här.</translation>
    </message>
</context>
<context>
    <name>DueActivitiesModel</name>
    <message>
        <location filename="../../ui/plan/overview.py" line="181"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="182"/>
        <source>Activity and status</source>
        <translation>Aktivitet och status</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="183"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../errors.py" line="13"/>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="26"/>
        <source>The database in {path} was written by a newer version of Närvård Samverkan. Install the newer version to open it; nothing has been changed.</source>
        <translation>Databasen i {path} har skrivits av en nyare version av Närvård Samverkan. Installera den nyare versionen för att öppna den; ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="34"/>
        <source>The file {path} is not a Närvård Samverkan database or is damaged. Nothing has been changed. Restore a backup from {backups}.</source>
        <translation>Filen {path} är ingen databas från Närvård Samverkan eller är skadad. Ingenting har ändrats. Återställ en säkerhetskopia från {backups}.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="42"/>
        <source>The disk is full, so the change could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>Disken är full, så ändringen kunde inte sparas. Ingenting har gått förlorat: frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="50"/>
        <source>The database is busy in another program. Wait a moment and try again.</source>
        <translation>Databasen används av ett annat program. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="57"/>
        <source>This record belongs to another group ({owner}) and can only be changed there.</source>
        <translation>Uppgiften tillhör en annan grupp ({owner}) och kan bara ändras där.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="64"/>
        <source>The record {record_id} does not exist.</source>
        <translation>Uppgiften {record_id} finns inte.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="68"/>
        <source>No group has been set up in {path} yet. Run &apos;init&apos; first or start the program to set one up.</source>
        <translation>Ingen grupp är upplagd i {path} ännu. Kör &apos;init&apos; först eller starta programmet för att lägga upp en.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="76"/>
        <source>A group ({name}) is already set up in this data folder.</source>
        <translation>En grupp ({name}) är redan upplagd i den här datamappen.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="82"/>
        <source>The input is not valid.</source>
        <translation>Uppgifterna är inte giltiga.</translation>
    </message>
    <message>
        <location filename="../../services/group_setup.py" line="40"/>
        <source>The group needs a name.</source>
        <translation>Gruppen behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../services/group_setup.py" line="43"/>
        <source>The group&apos;s name can be at most 200 characters.</source>
        <translation>Gruppens namn får vara högst 200 tecken.</translation>
    </message>
    <message>
        <location filename="../../services/group_setup.py" line="47"/>
        <source>Unknown level {level}: choose lokal, delregional or lansgemensam.</source>
        <translation>Okänd nivå {level}: välj lokal, delregional eller lansgemensam.</translation>
    </message>
    <message>
        <location filename="../../services/group_setup.py" line="57"/>
        <source>A local group needs one of the 49 kommuner (unknown code: {code}).</source>
        <translation>En lokal grupp behöver en av de 49 kommunerna (okänd kod: {code}).</translation>
    </message>
    <message>
        <location filename="../../services/group_setup.py" line="67"/>
        <source>A sub-regional group needs one of the six areas: {areas}.</source>
        <translation>En delregional grupp behöver ett av de sex områdena: {areas}.</translation>
    </message>
    <message>
        <location filename="../../services/group_setup.py" line="224"/>
        <source>The risk threshold must be between 1 and 16.</source>
        <translation>Risktröskeln måste vara mellan 1 och 16.</translation>
    </message>
    <message>
        <location filename="../../services/group_setup.py" line="228"/>
        <source>The answer deadline must be between 1 and 365 days.</source>
        <translation>Svarstiden måste vara mellan 1 och 365 dagar.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="14"/>
        <source>The file {file} cannot be imported. Nothing has been changed.</source>
        <translation>Filen {file} kan inte läsas in. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="36"/>
        <source>The file {file} is not an export file from Närvård Samverkan. Nothing has been imported.</source>
        <translation>Filen {file} är ingen exportfil från Närvård Samverkan. Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="43"/>
        <source>The file {file} is damaged or incomplete: {reason} {where} Nothing has been imported. Ask the sender to export the file again.</source>
        <translation>Filen {file} är skadad eller ofullständig: {reason} {where} Ingenting har lästs in. Be avsändaren att exportera filen på nytt.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="51"/>
        <source>The file {file} comes from a newer version of Närvård Samverkan (file format {version}). Install the newer version to import it. Nothing has been imported.</source>
        <translation>Filen {file} kommer från en nyare version av Närvård Samverkan (filformat {version}). Installera den nyare versionen för att kunna läsa in den. Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="60"/>
        <source>The file {file} was refused to protect the computer: {reason} Nothing has been imported.</source>
        <translation>Filen {file} stoppades för att skydda datorn: {reason} Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="67"/>
        <source>The file {file} could not be opened ({reason}). Check that it exists and that you may read it. Nothing has been imported.</source>
        <translation>Filen {file} gick inte att öppna ({reason}). Kontrollera att den finns och att du har behörighet att läsa den. Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="75"/>
        <source>The file {file} cannot be used here: {reason} Nothing has been imported.</source>
        <translation>Filen {file} kan inte användas här: {reason} Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="82"/>
        <source>There is no action plan {plan_id} of this group to publish as a template.</source>
        <translation>Gruppen har ingen handlingsplan {plan_id} att publicera som mall.</translation>
    </message>
    <message>
        <location filename="../../exchange/templates.py" line="186"/>
        <source>Only a sub-regional or county-wide group can publish templates.</source>
        <translation>Bara en delregional eller länsgemensam grupp kan publicera mallar.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="180"/>
        <source>The organisation {value} does not exist.</source>
        <translation>Organisationen {value} finns inte.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="215"/>
        <source>The event date cannot be after the reported date.</source>
        <translation>Händelsedatum kan inte vara senare än rapporteringsdatum.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="232"/>
        <source>Describe what happened (never who it happened to).</source>
        <translation>Beskriv vad som hände (aldrig vem det hände).</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="283"/>
        <source>Unknown type of deviation {value}: choose one of {choices}.</source>
        <translation>Okänd typ av avvikelse {value}: välj en av {choices}.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="289"/>
        <source>Unknown care injury choice {value}: choose one of {choices}.</source>
        <translation>Okänt val för vårdskada {value}: välj en av {choices}.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="299"/>
        <source>Unknown escalation level {value}: choose one of {choices}.</source>
        <translation>Okänd nivå att lyfta till {value}: välj en av {choices}.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="246"/>
        <source>Choose a category from the list (unknown category: {value}).</source>
        <translation>Välj en kategori i listan (okänd kategori: {value}).</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="128"/>
        <source>The {label} must be a date written as YYYY-MM-DD: {value}</source>
        <translation>Fältet {label} måste vara ett datum skrivet som ÅÅÅÅ-MM-DD: {value}</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="151"/>
        <source>The {label} must be a whole number from 1 to 4: {value}</source>
        <translation>Fältet {label} måste vara ett heltal från 1 till 4: {value}</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="206"/>
        <source>The {label} is required.</source>
        <translation>Fältet {label} måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="223"/>
        <source>{label} cannot be before the reported date.</source>
        <translation>{label} kan inte vara före rapporteringsdatum.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="242"/>
        <source>Choose a category.</source>
        <translation>Välj en kategori.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="401"/>
        <source>A deviation that is {current} cannot become {target}.</source>
        <translation>En avvikelse som är {current} kan inte bli {target}.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="408"/>
        <source>A change of state cannot be dated before the reported date.</source>
        <translation>En ändring av status kan inte dateras före rapporteringsdatum.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="457"/>
        <source>The record {record_id} has been deleted.</source>
        <translation>Posten {record_id} har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="480"/>
        <source>Choose at least one deviation.</source>
        <translation>Välj minst en avvikelse.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="483"/>
        <source>The activity needs a title.</source>
        <translation>Aktiviteten behöver en rubrik.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="488"/>
        <source>Activities can only be added to the group&apos;s own plans.</source>
        <translation>Aktiviteter kan bara läggas till i gruppens egna handlingsplaner.</translation>
    </message>
    <message>
        <location filename="../../services/deviations.py" line="496"/>
        <source>Unknown way of working or prerequisite {value}.</source>
        <translation>Okänt arbetssätt eller okänd förutsättning {value}.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="67"/>
        <location filename="../../services/action_plans.py" line="117"/>
        <source>{label} must be filled in.</source>
        <translation>{label} måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="76"/>
        <source>{label} is too long: at most {limit} characters, now {length}.</source>
        <translation>{label} är för lång: högst {limit} tecken, nu {length}.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="105"/>
        <source>{label}: &apos;{value}&apos; is not a date. Write it as YYYY-MM-DD.</source>
        <translation>{label}: ”{value}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="137"/>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}: ”{value}” är inget tal.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="148"/>
        <source>{end_label} ({end}) cannot be before {start_label} ({start}).</source>
        <translation>{end_label} ({end}) kan inte vara före {start_label} ({start}).</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="218"/>
        <source>{label}: what you chose no longer exists.</source>
        <translation>{label}: det du valde finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="227"/>
        <source>{label}: what you chose belongs to another group and cannot be used here.</source>
        <translation>{label}: det du valde tillhör en annan grupp och kan inte användas här.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="246"/>
        <source>&apos;{value}&apos; is not a known target group.</source>
        <translation>”{value}” är ingen känd målgrupp.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="247"/>
        <source>&apos;{value}&apos; is not a known horizon.</source>
        <translation>”{value}” är ingen känd tidshorisont.</translation>
    </message>
    <message>
        <location filename="../../services/action_plans.py" line="248"/>
        <source>{label} must be a year from {first} to {last}.</source>
        <translation>{label} måste vara ett år från {first} till {last}.</translation>
    </message>
    <message>
        <location filename="../../services/activities.py" line="89"/>
        <source>&apos;{value}&apos; is not a known way of working or prerequisite. Use one of {codes}.</source>
        <translation>”{value}” är inget känt arbetssätt eller någon känd förutsättning. Använd någon av {codes}.</translation>
    </message>
    <message>
        <location filename="../../services/activities.py" line="104"/>
        <source>&apos;{value}&apos; is not a known status.</source>
        <translation>”{value}” är ingen känd status.</translation>
    </message>
    <message>
        <location filename="../../services/activities.py" line="148"/>
        <location filename="../../services/indicators.py" line="164"/>
        <source>The goal belongs to another action plan.</source>
        <translation>Målet hör till en annan handlingsplan.</translation>
    </message>
    <message>
        <location filename="../../services/indicators.py" line="95"/>
        <source>Period must be filled in.</source>
        <translation>Period måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../services/indicators.py" line="98"/>
        <source>&apos;{value}&apos; is not a period. Write for example 2026-Q1, 2026-T1, 2026-03, 2026 or 2026-03-15.</source>
        <translation>”{value}” är ingen period. Skriv till exempel 2026-Q1, 2026-T1, 2026-03, 2026 eller 2026-03-15.</translation>
    </message>
    <message>
        <location filename="../../services/indicators.py" line="115"/>
        <source>&apos;{value}&apos; is not a known direction.</source>
        <translation>”{value}” är ingen känd riktning.</translation>
    </message>
    <message>
        <location filename="../../services/indicators.py" line="129"/>
        <source>&apos;{value}&apos; is not a statistics code. Write the KPI id, for example N00945.</source>
        <translation>&apos;{value}&apos; är ingen statistikkod. Skriv nyckeltalets id, till exempel N00945.</translation>
    </message>
    <message>
        <location filename="../../xlsx/exporter.py" line="52"/>
        <source>Sheet {sheet}, row {row}, column {column}: the text has {length} characters, but an Excel cell holds at most {limit}. Shorten the text and export again.</source>
        <translation>Bladet {sheet}, rad {row}, kolumn {column}: texten har {length} tecken, men en cell i Excel rymmer högst {limit}. Korta texten och exportera igen.</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="38"/>
        <source>The file {name} could not be read as an Excel workbook (.xlsx). It may be damaged or in another format; open it in Excel and save it as an .xlsx workbook. Nothing has been imported.</source>
        <translation>Filen {name} kunde inte läsas som en Excel-arbetsbok (.xlsx). Den kan vara skadad eller i ett annat format; öppna den i Excel och spara den som .xlsx-arbetsbok. Ingenting har importerats.</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="47"/>
        <source>The file {path} does not exist.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="124"/>
        <source>{column}: the organisation &apos;{name}&apos; is not one of the group&apos;s organisations. Correct the name or add the organisation first.</source>
        <translation>{column}: organisationen ”{name}” finns inte bland gruppens organisationer. Rätta namnet eller lägg först till organisationen.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/activities.py" line="62"/>
        <source>&apos;{value}&apos; is not a known status. Use one of: {labels}.</source>
        <translation>”{value}” är ingen känd status. Använd någon av: {labels}.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/activities.py" line="218"/>
        <source>The activity &apos;{title}&apos; is neither in the sheet Aktiviteter nor in the plan.</source>
        <translation>Aktiviteten ”{title}” finns varken i bladet Aktiviteter eller i planen.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/indicators.py" line="36"/>
        <source>&apos;{value}&apos; is not a known direction. Use {labels}.</source>
        <translation>”{value}” är ingen känd riktning. Använd {labels}.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/indicators.py" line="146"/>
        <source>The indicator &apos;{name}&apos; is neither in the sheet Indikatorer nor in the plan.</source>
        <translation>Indikatorn ”{name}” finns varken i bladet Indikatorer eller i planen.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/indicators.py" line="168"/>
        <source>The indicator &apos;{name}&apos; has more than one value for {period}.</source>
        <translation>Indikatorn ”{name}” har mer än ett värde för {period}.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/plans.py" line="40"/>
        <source>{label} &apos;{title}&apos; appears more than once in the sheet.</source>
        <translation>{label} ”{title}” förekommer mer än en gång i bladet.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/plans.py" line="71"/>
        <source>Fill in the column Handlingsplan: the row cannot be placed in a plan when there is not exactly one.</source>
        <translation>Fyll i kolumnen Handlingsplan: raden kan inte placeras i en plan när det inte finns exakt en.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/deviations.py" line="102"/>
        <source>{column}: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>{column}: &apos;{value}&apos; är inte något av {choices}.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/deviations.py" line="126"/>
        <source>Systemfel: write Ja or Nej (not &apos;{value}&apos;).</source>
        <translation>Systemfel: skriv Ja eller Nej (inte &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../../commands/protocol.py" line="63"/>
        <source>The group has no meetings yet.</source>
        <translation>Gruppen har inga möten än.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="75"/>
        <source>Write what was decided.</source>
        <translation>Skriv vad som beslutades.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="76"/>
        <source>The agenda item needs a title.</source>
        <translation>Punkten på dagordningen behöver en rubrik.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="77"/>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="78"/>
        <source>Write what is to be done.</source>
        <translation>Skriv vad som ska göras.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="82"/>
        <source>The meeting of {date} has been approved (justerat) and is locked. Reopen it and give a reason before changing anything.</source>
        <translation>Mötet den {date} är justerat och därför låst. Öppna det igen och ange ett skäl innan du ändrar något.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="92"/>
        <source>A date is required.</source>
        <translation>Ett datum behövs.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="100"/>
        <location filename="../../services/meetings/justering_rules.py" line="39"/>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>”{value}” är inte ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="112"/>
        <source>&apos;{value}&apos; is not a time (HH:MM).</source>
        <translation>”{value}” är inte en tid (TT:MM).</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="133"/>
        <location filename="../../services/meetings/minutes.py" line="237"/>
        <source>&apos;{value}&apos; is not one of {choices}.</source>
        <translation>”{value}” är inte något av {choices}.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/_common.py" line="205"/>
        <source>The person {person_id} does not exist.</source>
        <translation>Personen {person_id} finns inte.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/records.py" line="61"/>
        <source>A meeting has at most two minutes checkers.</source>
        <translation>Ett möte kan ha högst två justerare.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/records.py" line="69"/>
        <location filename="../../services/meetings/records.py" line="175"/>
        <source>The meeting cannot end ({end}) before it starts ({start}).</source>
        <translation>Mötet kan inte sluta ({end}) innan det börjar ({start}).</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="178"/>
        <source>The new order must list every agenda item once.</source>
        <translation>Den nya ordningen måste ta med varje punkt på dagordningen exakt en gång.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/attendance.py" line="75"/>
        <source>{name} is already on the attendance list.</source>
        <translation>{name} finns redan på närvarolistan.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/minutes.py" line="165"/>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="63"/>
        <source>This action item is already an activity in the plan.</source>
        <translation>Den här åtgärden är redan en aktivitet i handlingsplanen.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/minutes.py" line="176"/>
        <source>There is no action plan yet. Create one before adding activities.</source>
        <translation>Det finns ingen handlingsplan än. Skapa en innan du lägger till aktiviteter.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/minutes.py" line="185"/>
        <source>&apos;{value}&apos; is not a way of working or prerequisite.</source>
        <translation>”{value}” är inte ett arbetssätt eller en förutsättning.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering.py" line="241"/>
        <source>The meeting is not locked.</source>
        <translation>Mötet är inte låst.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering.py" line="245"/>
        <source>Give a reason for reopening the approved meeting.</source>
        <translation>Ange ett skäl till att det justerade mötet öppnas igen.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering.py" line="305"/>
        <source>The approved (justerat) protocol of {date} has been changed after justering: its content no longer matches the group&apos;s signature, so it cannot be trusted. Restore a backup, or reopen the meeting (logged) and approve it again.</source>
        <translation>Det justerade protokollet från {date} har ändrats efter justering: innehållet stämmer inte längre med gruppens signatur och går därför inte att lita på. Återställ en säkerhetskopia, eller öppna mötet igen (loggas) och justera på nytt.</translation>
    </message>
    <message>
        <location filename="../../reports/document_privacy.py" line="24"/>
        <source>The text in {places} looks like a personnummer or samordningsnummer. Remove it before the PDF is written: a protocol can become a public document.</source>
        <translation>Texten i {places} ser ut att innehålla ett personnummer eller samordningsnummer. Ta bort det innan PDF:en skapas: ett protokoll kan bli en allmän handling.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_panel.py" line="60"/>
        <source>Mark the action item to turn into an activity first.</source>
        <translation>Markera först den åtgärd som ska bli en aktivitet.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_dialog.py" line="39"/>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="43"/>
        <source>The folder {folder} does not exist. Choose another.</source>
        <translation>Mappen {folder} finns inte. Välj en annan.</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="65"/>
        <location filename="../../services/reminders.py" line="211"/>
        <source>The date {value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="78"/>
        <source>The meeting {id} belongs to no planned series.</source>
        <translation>Mötet {id} hör inte till någon planerad serie.</translation>
    </message>
    <message>
        <location filename="../../commands/calendar.py" line="99"/>
        <location filename="../../commands/protocol.py" line="59"/>
        <source>The group has no coming meeting.</source>
        <translation>Gruppen har inget kommande möte.</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="39"/>
        <source>The meeting on {date} holds text that looks like a personnummer or samordningsnummer ({places}). Remove it before the calendar file is written: it is sent outside the group.</source>
        <translation>Mötet den {date} har text som ser ut som ett personnummer eller samordningsnummer ({places}). Ta bort den innan kalenderfilen skrivs: den skickas utanför gruppen.</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="44"/>
        <source>There are no meetings to put in the calendar file.</source>
        <translation>Det finns inga möten att lägga i kalenderfilen.</translation>
    </message>
    <message>
        <location filename="../../reports/calendar_ics.py" line="72"/>
        <source>There is no meeting of this group with id {id}.</source>
        <translation>Gruppen har inget möte med id {id}.</translation>
    </message>
    <message>
        <location filename="../../commands/restore.py" line="37"/>
        <source>There is no backup number {number}.</source>
        <translation>Det finns ingen säkerhetskopia nummer {number}. Visa listan med kommandot backups.</translation>
    </message>
    <message>
        <location filename="../../commands/restore.py" line="43"/>
        <source>The backup {path} does not exist.</source>
        <translation>Säkerhetskopian {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="57"/>
        <source>The backup {path} is damaged (integrity check failed) and was not restored. Nothing has been changed.</source>
        <translation>Säkerhetskopian {path} är skadad (integritetskontrollen misslyckades) och återställdes inte. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="65"/>
        <source>Närvård Samverkan is open on the data folder {path} (process {pid}). Restore the backup from its File menu, or close it first. Nothing has been changed.</source>
        <translation>Närvård Samverkan är öppet med datamappen {path} (process {pid}). Återställ säkerhetskopian från programmets Arkiv-meny eller stäng det först. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="53"/>
        <location filename="../../services/indicator_statistics.py" line="46"/>
        <source>it is not a regular file.</source>
        <translation>den är ingen vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="54"/>
        <location filename="../../services/indicator_statistics.py" line="47"/>
        <source>it is larger than 20 MB.</source>
        <translation>den är större än 20 MB.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="55"/>
        <location filename="../../services/indicator_statistics.py" line="48"/>
        <source>it is not text.</source>
        <translation>den innehåller inte text.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="56"/>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>den är inte en Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="57"/>
        <source>no row names the columns; the first row must have at least the column Namn.</source>
        <translation>ingen rad namnger kolumnerna; första raden måste ha åtminstone kolumnen Namn.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="61"/>
        <source>the catalogue id {id} is also on row {other}.</source>
        <translation>katalog-id {id} finns också på rad {other}.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="62"/>
        <source>{id} is an entry received from {publisher}; only they can change it.</source>
        <translation>{id} är en post som kommit från {publisher}; bara de kan ändra den.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="68"/>
        <source>The file {path} cannot be read as an organisation catalogue: {reason} Nothing has been changed.</source>
        <translation>Filen {path} kan inte läsas som organisationskatalog: {reason} Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="250"/>
        <source>The file has errors; correct them and read it again.</source>
        <translation>Filen har fel; rätta dem och läs in den igen.</translation>
    </message>
    <message>
        <location filename="../../services/indicator_statistics.py" line="49"/>
        <source>it is empty.</source>
        <translation>den är tom.</translation>
    </message>
    <message>
        <location filename="../../services/indicator_statistics.py" line="50"/>
        <source>the first row must name the columns kpi, municipality, period and value.</source>
        <translation>första raden måste namnge kolumnerna kpi, municipality, period och value.</translation>
    </message>
    <message>
        <location filename="../../services/indicator_statistics.py" line="53"/>
        <source>The same period {period} of {code} is also on row {other}.</source>
        <translation>Samma period {period} för {code} finns också på rad {other}.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue_file.py" line="60"/>
        <location filename="../../services/indicator_statistics.py" line="56"/>
        <source>row {line}: {message}</source>
        <translation>rad {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../services/indicator_statistics.py" line="61"/>
        <source>The file {path} cannot be read as statistics: {reason} Nothing has been changed.</source>
        <translation>Filen {path} kan inte läsas som statistik: {reason} Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="47"/>
        <source>The text in {places} looks like a personnummer or samordningsnummer. Remove it before the report is written: it leaves the group.</source>
        <translation>Texten i {places} ser ut som ett personnummer eller samordningsnummer. Ta bort det innan rapporten skrivs: den lämnar gruppen.</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="47"/>
        <source>&apos;{value}&apos; is not a report period. Write a year (2026), a half year (2026-H1), a quarter (2026-Q3), a tertial (2026-T2), a month (2026-03) or two months joined by .. (2026-01..2026-06).</source>
        <translation>”{value}” är ingen rapportperiod. Skriv ett år (2026), ett halvår (2026-H1), ett kvartal (2026-Q3), ett tertial (2026-T2), en månad (2026-03) eller två månader med .. emellan (2026-01..2026-06).</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="53"/>
        <source>There is no group {group} in this data folder.</source>
        <translation>Det finns ingen grupp {group} i den här datamappen.</translation>
    </message>
    <message>
        <location filename="../../reports/table_files.py" line="23"/>
        <source>The file {file} must end in .csv or .xlsx to say what to write.</source>
        <translation>Filen {file} måste sluta på .csv eller .xlsx så att det framgår vad som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../services/group_details.py" line="48"/>
        <source>The kommun {code} is not in the reference list.</source>
        <translation>Kommunen {code} finns inte i referenslistan.</translation>
    </message>
    <message>
        <location filename="../../services/group_details.py" line="49"/>
        <source>The sub-region &apos;{value}&apos; is not one of: {choices}.</source>
        <translation>Delregionen ”{value}” är inte en av: {choices}.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="21"/>
        <source>Meeting notes (minnesanteckningar) are not approved; only minutes (protokoll) are.</source>
        <translation>Minnesanteckningar justeras inte; det gör bara protokoll.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="24"/>
        <source>The meeting on {date} has not been held yet; minutes are approved afterwards.</source>
        <translation>Mötet {date} har inte hållits än; protokollet justeras efteråt.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="27"/>
        <source>Choose the chair of the meeting.</source>
        <translation>Välj mötets ordförande.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="28"/>
        <source>Choose the secretary of the meeting.</source>
        <translation>Välj mötets sekreterare.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="29"/>
        <source>The group&apos;s minutes need {required} minutes checker(s); {chosen} chosen.</source>
        <translation>Gruppens protokoll ska justeras av {required} justerare; {chosen} är valda.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="32"/>
        <source>The minutes checker {name} is not marked present at the meeting.</source>
        <translation>Justeraren {name} är inte markerad som närvarande på mötet.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="35"/>
        <source>Give the date of approval (justeringsdatum).</source>
        <translation>Ange justeringsdatum.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/justering_rules.py" line="36"/>
        <source>The date of approval ({approval}) cannot be before the meeting ({date}).</source>
        <translation>Justeringsdatum ({approval}) kan inte vara före mötet ({date}).</translation>
    </message>
    <message>
        <location filename="../../services/members.py" line="44"/>
        <location filename="../../xlsx/sheets/register.py" line="174"/>
        <source>&apos;Member until&apos; ({end}) cannot be before &apos;Member from&apos; ({start}).</source>
        <translation>”Ledamot till” ({end}) kan inte vara före ”Ledamot från” ({start}).</translation>
    </message>
    <message>
        <location filename="../../services/members.py" line="47"/>
        <source>The organisation &apos;{value}&apos; is not one of the group&apos;s organisations.</source>
        <translation>Organisationen ”{value}” är inte en av gruppens organisationer.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="40"/>
        <source>Choose two different organisations to merge.</source>
        <translation>Välj två olika organisationer att slå ihop.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="41"/>
        <source>{name} belongs to another group; only the group&apos;s own organisations can be merged.</source>
        <translation>{name} tillhör en annan grupp; bara gruppens egna organisationer kan slås ihop.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="44"/>
        <source>{count} records of other groups refer to {name}; they cannot be changed here, so the organisations cannot be merged.</source>
        <translation>{count} poster från andra grupper hänvisar till {name}; de kan inte ändras här, så organisationerna kan inte slås ihop.</translation>
    </message>
    <message>
        <location filename="../../services/register_checks.py" line="23"/>
        <source>Write the {field_label}: it cannot be empty.</source>
        <translation>Fyll i fältet ”{field_label}”; det får inte vara tomt.</translation>
    </message>
    <message>
        <location filename="../../services/register_checks.py" line="24"/>
        <source>The {field_label} can be at most {limit} characters.</source>
        <translation>Fältet ”{field_label}” får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../../services/register_checks.py" line="25"/>
        <source>The {field_label} &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>”{value}” i fältet ”{field_label}” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/register_checks.py" line="26"/>
        <source>The {field_label} &apos;{value}&apos; is not one of: {choices}.</source>
        <translation>”{value}” i fältet ”{field_label}” är inte ett av: {choices}.</translation>
    </message>
    <message>
        <location filename="../../services/register_checks.py" line="27"/>
        <source>The {field_label} &apos;{value}&apos; is not an e-mail address (name@example.se).</source>
        <translation>”{value}” i fältet ”{field_label}” är ingen e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <location filename="../../services/register_checks.py" line="30"/>
        <source>The {field_label} must be a whole number from {low} to {high}.</source>
        <translation>Fältet ”{field_label}” ska vara ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <location filename="../../xlsx/sheets/register.py" line="65"/>
        <source>Aktiv: write Ja or Nej (not &apos;{value}&apos;).</source>
        <translation>Aktiv: skriv Ja eller Nej (inte ”{value}”).</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="89"/>
        <source>Name the group whose key is to be forgotten.</source>
        <translation>Ange den grupp vars nyckel ska glömmas.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="51"/>
        <source>The file {file} is not signed, so it cannot be known who made it. Nothing has been imported. Ask the sender to export it again with the current version of Närvård Samverkan.</source>
        <translation>Filen {file} är inte signerad, så det går inte att veta vem som har gjort den. Ingenting har importerats. Be avsändaren exportera den igen med den aktuella versionen av Närvård Samverkan.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="60"/>
        <source>The file {file} has been changed after it was signed, or its signature is false. Nothing has been imported. Ask the sender for a new export.</source>
        <translation>Filen {file} har ändrats efter att den signerades, eller så är signaturen falsk. Ingenting har importerats. Be avsändaren om en ny export.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="68"/>
        <source>The file {file} comes from {name} ({level}), whose key is not yet known here: fingerprint {fingerprint}, phone code {phone}. Check it with the sender, then confirm the key. Nothing has been imported.</source>
        <translation>Filen {file} kommer från {name} ({level}), vars nyckel ännu inte är känd här: fingeravtryck {fingerprint}, telefonkod {phone}. Stäm av den med avsändaren och bekräfta sedan nyckeln. Ingenting har importerats.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="77"/>
        <source>The file {file} says it comes from {name}, but it is signed with another key ({fingerprint}) than the one known for {name} ({pinned}). It may be forged. Nothing has been imported; contact {name} before doing anything else.</source>
        <translation>Filen {file} säger att den kommer från {name}, men den är signerad med en annan nyckel ({fingerprint}) än den som är känd för {name} ({pinned}). Den kan vara förfalskad. Ingenting har importerats; kontakta {name} innan du gör något mer.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="86"/>
        <source>The file {file} describes its sender {name} differently than the key known here ({reason}). Nothing has been imported.</source>
        <translation>Filen {file} beskriver avsändaren {name} på ett annat sätt än den nyckel som är känd här ({reason}). Ingenting har importerats.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="94"/>
        <source>The file {file} holds the approved (justerat) protocol of {date} from {name}, but its content no longer matches the group&apos;s signature. Nothing has been imported.</source>
        <translation>Filen {file} innehåller det justerade protokollet från {date} för {name}, men innehållet stämmer inte längre med gruppens signatur. Ingenting har importerats.</translation>
    </message>
    <message>
        <location filename="../../signing.py" line="53"/>
        <source>The group&apos;s signing key ({path}) is missing or unreadable. Restore it from a copy of the data folder, or make a new key with the command &apos;keys rotate --lost&apos;; the groups that receive your files must then confirm the new key.</source>
        <translation>Gruppens signeringsnyckel ({path}) saknas eller går inte att läsa. Återställ den från en kopia av datamappen, eller skapa en ny nyckel med kommandot &apos;keys rotate --lost&apos;; de grupper som tar emot era filer måste då bekräfta den nya nyckeln.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="42"/>
        <source>{file} is not an ordinary file (it is {what}), so it was not opened. Nothing has been imported.</source>
        <translation>{file} är ingen vanlig fil (det är {what}), så den öppnades inte. Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="50"/>
        <source>The file {file} is {size} MB, more than an export file can be ({limit} MB), so it was not opened. Nothing has been imported.</source>
        <translation>Filen {file} är {size} MB, större än en exportfil kan vara ({limit} MB), så den öppnades inte. Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="58"/>
        <source>The file {file} holds a value the program cannot use: {problem}. Nothing has been imported. Ask the sender to correct it and export the file again.</source>
        <translation>Filen {file} innehåller ett värde som programmet inte kan använda: {problem}. Ingenting har lästs in. Be avsändaren rätta uppgiften och exportera filen igen.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="66"/>
        <source>The file {file} cannot be imported: {reason} Nothing has been imported.</source>
        <translation>Filen {file} kan inte importeras: {reason} Ingenting har lästs in.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="72"/>
        <source>a folder</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="73"/>
        <source>a named pipe</source>
        <translation>en namngiven pipe</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="74"/>
        <source>a device</source>
        <translation>en enhet</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="75"/>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="76"/>
        <source>something other than a file</source>
        <translation>något annat än en fil</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="129"/>
        <source>{problem}. Correct it before exporting: the receiving group&apos;s program would refuse the whole file. Nothing has been exported.</source>
        <translation>{problem}. Rätta uppgiften före exporten: den mottagande gruppens program skulle vägra hela filen. Ingenting har exporterats.</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="517"/>
        <source>{label}: {reason}.</source>
        <translation>{label}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reports/decision_register.py" line="30"/>
        <source>The decision register holds text that looks like a personnummer or samordningsnummer ({places}). Remove it before the PDF is written: it can become a public document.</source>
        <translation>Beslutsregistret innehåller text som ser ut som ett personnummer eller samordningsnummer ({places}). Ta bort den innan PDF:en skrivs: den kan bli en allmän handling.</translation>
    </message>
    <message>
        <location filename="../../reports/decision_register.py" line="35"/>
        <source>The file {file} must end in .xlsx, .csv or .pdf to say what to write.</source>
        <translation>Filen {file} måste sluta på .xlsx, .csv eller .pdf så att det framgår vad som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../services/year_plan.py" line="108"/>
        <source>A series needs a rhythm of 1 to 52 weeks and an end: a number of meetings or a date.</source>
        <translation>En serie behöver en rytm på 1 till 52 veckor och ett slut: ett antal möten eller ett datum.</translation>
    </message>
    <message>
        <location filename="../../services/year_plan.py" line="111"/>
        <source>A series can hold at most {count} meetings.</source>
        <translation>En serie kan ha högst {count} möten.</translation>
    </message>
    <message>
        <location filename="../../services/year_plan.py" line="112"/>
        <source>The series has no dates. Give a rule or a list of dates.</source>
        <translation>Serien har inga datum. Ange en rytm eller en lista med datum.</translation>
    </message>
    <message>
        <location filename="../../services/year_plan.py" line="308"/>
        <source>Line {line} of the dates, {value}, is not a date (YYYY-MM-DD).</source>
        <translation>Rad {line} bland datumen, {value}, är inte ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../store/undo.py" line="240"/>
        <source>The record has changed since (for instance by an import), so it was not undone.</source>
        <translation>Posten har ändrats sedan dess (till exempel av en import), så den ångrades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="48"/>
        <source>Choose two different minutes checkers, or leave the second one empty.</source>
        <translation>Välj två olika justerare, eller lämna den andra tom.</translation>
    </message>
    <message>
        <location filename="../../services/organisation_catalogue.py" line="52"/>
        <source>Only a sub-regional or county-wide group keeps an organisation catalogue.</source>
        <translation>Bara en delregional eller länsgemensam grupp för en organisationskatalog.</translation>
    </message>
    <message>
        <location filename="../../services/organisation_catalogue.py" line="55"/>
        <source>{name} was received from another group&apos;s catalogue; only that group can change it.</source>
        <translation>{name} kom med en annan grupps katalog; bara den gruppen kan ändra posten.</translation>
    </message>
    <message>
        <location filename="../../services/organisation_catalogue.py" line="59"/>
        <source>There is no organisation {id} in the catalogue here; choose one from the list.</source>
        <translation>Det finns ingen organisation {id} i katalogen här; välj en i listan.</translation>
    </message>
    <message>
        <location filename="../../services/organisation_catalogue.py" line="62"/>
        <source>{name} is no longer active in the catalogue; choose another entry.</source>
        <translation>{name} är inte längre aktiv i katalogen; välj en annan post.</translation>
    </message>
    <message>
        <location filename="../../services/organisation_catalogue.py" line="65"/>
        <source>The catalogue id {id} is already used by {name}.</source>
        <translation>Katalog-id {id} används redan av {name}.</translation>
    </message>
    <message>
        <location filename="../../services/organisation_catalogue.py" line="110"/>
        <source>{code} is not one of the county&apos;s kommuner.</source>
        <translation>{code} är inte en av länets kommuner.</translation>
    </message>
</context>
<context>
    <name>ExcelExportDialog</name>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="152"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="156"/>
        <source>The workbook is the group&apos;s internal working copy: it holds the free texts as they were typed, and says so on its first sheet. Do not send it outside the group.

Tick the box below for a copy that may be shared: every text holding a personnummer or samordningsnummer is then left out.</source>
        <translation>Arbetsboken är gruppens interna arbetskopia: den innehåller fritexterna som de skrevs och säger det på sitt första blad. Skicka den inte utanför gruppen.

Kryssa i rutan nedan för en kopia som får delas: då utelämnas varje text som innehåller ett personnummer eller samordningsnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="166"/>
        <source>&amp;For sharing: leave out texts holding a personnummer</source>
        <translation>&amp;För delning: utelämna texter som innehåller ett personnummer</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="169"/>
        <source>&amp;Don&apos;t ask again for this data folder</source>
        <translation>&amp;Fråga inte igen för den här datamappen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="171"/>
        <source>Later exports write the internal working copy without asking.</source>
        <translation>Senare exporter skriver den interna arbetskopian utan att fråga.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="178"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
</context>
<context>
    <name>ExcelTransfer</name>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="233"/>
        <location filename="../../ui/plan/excel_dialogs.py" line="276"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="233"/>
        <source>Export to Excel for sharing</source>
        <translation>Exportera till Excel för delning</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="235"/>
        <location filename="../../ui/plan/excel_dialogs.py" line="286"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="247"/>
        <source>Exporting to Excel…</source>
        <translation>Exporterar till Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="253"/>
        <source>The workbook has been saved as {path}.</source>
        <translation>Arbetsboken är sparad som {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/excel_dialogs.py" line="255"/>
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}: %n rad</numerusform>
            <numerusform>{sheet}: %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/excel_dialogs.py" line="261"/>
        <source>For sharing: %n text(s) holding a personnummer or samordningsnummer were left out.</source>
        <translation>
            <numerusform>För delning: %n text som innehöll ett personnummer eller samordningsnummer utelämnades.</numerusform>
            <numerusform>För delning: %n texter som innehöll ett personnummer eller samordningsnummer utelämnades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="267"/>
        <source>For sharing: no text held a personnummer.</source>
        <translation>För delning: ingen text innehöll ett personnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="272"/>
        <source>This is the group&apos;s internal working copy (it holds free text): do not send it outside the group.</source>
        <translation>Detta är gruppens interna arbetskopia (den innehåller fritext): skicka den inte utanför gruppen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="284"/>
        <location filename="../../ui/plan/excel_dialogs.py" line="325"/>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="296"/>
        <source>Reading the workbook…</source>
        <translation>Läser arbetsboken…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="314"/>
        <source>Importing from Excel…</source>
        <translation>Importerar från Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="323"/>
        <source>The import is done.</source>
        <translation>Importen är klar.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../commands/ledger.py" line="16"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../commands/ledger.py" line="17"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../commands/ledger.py" line="49"/>
        <source>Nothing has been exported or imported yet.</source>
        <translation>Ingenting har exporterats eller lästs in ännu.</translation>
    </message>
    <message>
        <location filename="../../commands/ledger.py" line="55"/>
        <source>{time}  {direction}  {sender}  export {sequence}  {file}  ({count} records)</source>
        <translation>{time}  {direction}  {sender}  export {sequence}  {file}  ({count} poster)</translation>
    </message>
    <message>
        <location filename="../../exchange/apply.py" line="20"/>
        <source>it breaks a rule of the database</source>
        <translation>den bryter mot en regel i databasen</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="88"/>
        <source>the package cannot be read.</source>
        <translation>paketet går inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="89"/>
        <source>a part does not match its checksum.</source>
        <translation>en del stämmer inte med sin kontrollsumma.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="90"/>
        <source>a part listed in the contents is missing.</source>
        <translation>en del som finns i innehållsförteckningen saknas.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="91"/>
        <source>the package holds a part that is not listed.</source>
        <translation>paketet innehåller en del som inte finns i innehållsförteckningen.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="92"/>
        <source>the table of contents is damaged.</source>
        <translation>innehållsförteckningen är skadad.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="93"/>
        <location filename="../../exchange/file_failures.py" line="86"/>
        <source>the text is not valid UTF-8.</source>
        <translation>texten är inte giltig UTF-8.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="94"/>
        <source>a record has the wrong shape.</source>
        <translation>en post har fel form.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="95"/>
        <source>the same record appears twice.</source>
        <translation>samma post förekommer två gånger.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="96"/>
        <source>a record&apos;s owner group is missing.</source>
        <translation>gruppen som äger en post saknas.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="97"/>
        <source>a record refers to another record that is neither in the file nor here.</source>
        <translation>en post hänvisar till en annan post som varken finns i filen eller här.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="100"/>
        <source>the number of records does not match the contents.</source>
        <translation>antalet poster stämmer inte med innehållsförteckningen.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="101"/>
        <source>it holds file names that point outside the package.</source>
        <translation>den innehåller filnamn som pekar utanför paketet.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="102"/>
        <source>it unpacks to far more data than an export can hold.</source>
        <translation>den packas upp till mycket mer data än en export kan innehålla.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="103"/>
        <source>it holds too many parts.</source>
        <translation>den innehåller för många delar.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="104"/>
        <source>it is encrypted.</source>
        <translation>den är krypterad.</translation>
    </message>
    <message>
        <location filename="../../exchange/plan.py" line="29"/>
        <source>Some organisations in the file are linked to organisation catalogue entries not received here. The links are kept; until the entries arrive these organisations are counted on their own, named with their group.</source>
        <translation>Några organisationer i filen är kopplade till poster i organisationskatalogen som inte har kommit hit. Kopplingarna behålls; tills posterna kommer räknas de här organisationerna var för sig, med gruppens namn.</translation>
    </message>
    <message>
        <location filename="../../exchange/plan.py" line="35"/>
        <source>a record with the same id belongs to another group here</source>
        <translation>en post med samma id tillhör en annan grupp här</translation>
    </message>
    <message>
        <location filename="../../exchange/plan.py" line="38"/>
        <source>the file changes this group&apos;s own record, which only this group may change</source>
        <translation>filen ändrar en av gruppens egna poster, som bara gruppen själv får ändra</translation>
    </message>
    <message>
        <location filename="../../exchange/plan.py" line="41"/>
        <source>the sender may not pass on records of a group at its own level or above</source>
        <translation>avsändaren får inte skicka vidare poster från en grupp på samma eller högre nivå</translation>
    </message>
    <message>
        <location filename="../../exchange/plan.py" line="47"/>
        <source>it refers to a record that is neither in the file nor here</source>
        <translation>den hänvisar till en post som varken finns i filen eller här</translation>
    </message>
    <message>
        <location filename="../../exchange/provenance.py" line="20"/>
        <source>{owner}, export {sequence}, {date}</source>
        <translation>{owner}, export {sequence}, {date}</translation>
    </message>
    <message>
        <location filename="../../exchange/provenance.py" line="21"/>
        <source>{owner}, via {sender} export {sequence}, {date}</source>
        <translation>{owner}, via {sender} export {sequence}, {date}</translation>
    </message>
    <message>
        <location filename="../../exchange/provenance.py" line="22"/>
        <source>signed with key {key}</source>
        <translation>signerad med nyckel {key}</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="21"/>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="22"/>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="23"/>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="24"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="25"/>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="27"/>
        <location filename="../../ui/exchange/import_dialog.py" line="108"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="37"/>
        <source>Wrote {path}: export {sequence} from {group}.</source>
        <translation>Skrev {path}: export {sequence} från {group}.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="40"/>
        <source>{count} records in all.</source>
        <translation>{count} poster totalt.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="50"/>
        <source>{count} texts were withheld because they contain a personal identity number. Remove the number and export again to send them:</source>
        <translation>{count} texter skickades inte med eftersom de innehåller ett personnummer eller samordningsnummer. Ta bort numret och exportera igen för att skicka dem:</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="87"/>
        <source>{file}: refused.</source>
        <translation>{file}: stoppad.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="92"/>
        <source>When the sender has confirmed the key, import again with --trust-new-key &quot;{fingerprint}&quot; (or the phone code).</source>
        <translation>När avsändaren har bekräftat nyckeln, importera igen med --trust-new-key &quot;{fingerprint}&quot; (eller telefonkoden).</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="107"/>
        <source>{file}: already imported on {date} (export {sequence} from {sender}). Nothing was changed.</source>
        <translation>{file}: redan inläst {date} (export {sequence} från {sender}). Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="120"/>
        <source>{file}: imported export {sequence} from {sender}.</source>
        <translation>{file}: läste in export {sequence} från {sender}.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="123"/>
        <source>{file}: preview of export {sequence} from {sender}. Nothing was changed.</source>
        <translation>{file}: förhandsgranskning av export {sequence} från {sender}. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="132"/>
        <source>Nothing new: everything was already here.</source>
        <translation>Inget nytt: allt fanns redan här.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="138"/>
        <source>Exports missing from {sender}: {numbers}. Ask for them if they were sent.</source>
        <translation>Exporter som saknas från {sender}: {numbers}. Fråga efter dem om de har skickats.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="148"/>
        <source>This export is older than one already imported from {sender}; newer data has been kept.</source>
        <translation>Den här exporten är äldre än en som redan lästs in från {sender}; de nyare uppgifterna har behållits.</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="158"/>
        <source>Conflicts (not applied): {count}</source>
        <translation>Konflikter (inte inlästa): {count}</translation>
    </message>
    <message>
        <location filename="../../exchange/report.py" line="159"/>
        <source>Rejected: {count}</source>
        <translation>Avvisade: {count}</translation>
    </message>
    <message>
        <location filename="../../exchange/templates.py" line="75"/>
        <source>a template can only be adopted from a group at a higher level.</source>
        <translation>en mall kan bara tas emot från en grupp på högre nivå.</translation>
    </message>
    <message>
        <location filename="../../exchange/templates.py" line="78"/>
        <source>This version of the template is not newer than the one already adopted.</source>
        <translation>Den här versionen av mallen är inte nyare än den som redan används.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="101"/>
        <source>data files are taken only from groups at a level below this one.</source>
        <translation>datafiler tas bara emot från grupper på en nivå under den här.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="104"/>
        <source>a local group takes only templates and reference data from the levels above, never another group&apos;s records.</source>
        <translation>en lokal grupp tar bara emot mallar och referensdata från nivåerna ovanför, aldrig en annan grupps poster.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="109"/>
        <source>the sender belongs to another sub-regional area.</source>
        <translation>avsändaren hör till ett annat delregionalt område.</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="110"/>
        <source>it passes on a group that is not a kommun of its own area</source>
        <translation>den vidarebefordrar en grupp som inte är en kommun i det egna området</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="114"/>
        <source>its level</source>
        <translation>nivån</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="115"/>
        <source>its kommun</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <location filename="../../exchange/trust.py" line="116"/>
        <source>its sub-regional area</source>
        <translation>det delregionala området</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="79"/>
        <source>its contents are nested far too deeply.</source>
        <translation>innehållet är alldeles för djupt nästlat.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="80"/>
        <source>it holds a number far too large to use.</source>
        <translation>den innehåller ett tal som är alldeles för stort.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="81"/>
        <source>it is packed with a zip method this program does not support.</source>
        <translation>den är packad med en zip-metod som programmet inte stöder.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="84"/>
        <source>the package is damaged and cannot be unpacked.</source>
        <translation>paketet är skadat och går inte att packa upp.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="85"/>
        <source>a part is not valid JSON.</source>
        <translation>en del är inte giltig JSON.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="87"/>
        <source>the operating system could not read it (invalid argument).</source>
        <translation>operativsystemet kunde inte läsa den (ogiltigt argument).</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="90"/>
        <source>it could not be read ({detail}).</source>
        <translation>den kunde inte läsas ({detail}).</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="91"/>
        <source>it is too large to read.</source>
        <translation>den är för stor för att läsas.</translation>
    </message>
    <message>
        <location filename="../../exchange/file_failures.py" line="92"/>
        <source>its contents could not be understood ({detail}). Keep the file for support.</source>
        <translation>innehållet gick inte att tolka ({detail}). Spara filen till supporten.</translation>
    </message>
    <message>
        <location filename="../../exchange/template_catalogue.py" line="32"/>
        <source>it is not a template file; the catalogue comes with the county&apos;s templates.</source>
        <translation>den är inte en mallfil; katalogen kommer med länets mallar.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/exchange/page.py" line="99"/>
        <source>Exchange</source>
        <translation>Utbyte</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="111"/>
        <source>&amp;Export file…</source>
        <translation>&amp;Exportera fil…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="115"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importera filer…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="120"/>
        <source>Choose one or more received files; each is checked and shown first.</source>
        <translation>Välj en eller flera mottagna filer; varje fil kontrolleras och visas först.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="136"/>
        <source>Files sent and received</source>
        <translation>Skickade och mottagna filer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="161"/>
        <source>Here you receive the kommuner&apos;s files and send the area&apos;s data on to the county level. Import several files at once: each one is checked and shown before anything changes.</source>
        <translation>Här tar ni emot filer från kommunerna och skickar områdets uppgifter vidare till länet. Importera gärna flera filer på en gång: varje fil kontrolleras och visas innan något ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="167"/>
        <source>Here you receive the files of the sub-regional areas (or of single kommuner) and send templates down to them. Each file is checked and shown before anything changes.</source>
        <translation>Här tar ni emot filer från de delregionala områdena (eller från enskilda kommuner) och skickar mallar nedåt till dem. Varje fil kontrolleras och visas innan något ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="172"/>
        <source>Here you send the group&apos;s data to the sub-regional level: export a file and mail it or put it on a shared drive. Templates from the county or your area are imported here too.</source>
        <translation>Här skickar ni gruppens uppgifter till delregional nivå: exportera en fil och mejla den eller lägg den i en delad mapp. Här importerar ni också mallar från länet eller delregionen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="189"/>
        <source>Latest export: number {sequence}, {date}.</source>
        <translation>Senaste export: nummer {sequence}, {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="194"/>
        <source>Nothing exported yet.</source>
        <translation>Ingenting har exporterats ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="197"/>
        <source>Every export and import, newest first. Point at the contents to see the numbers per kind of record.</source>
        <translation>Alla exporter och importer, nyaste först. Håll muspekaren över innehållet för att se antalen per slag av uppgift.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="202"/>
        <source>Nothing has been exported or imported yet. Files you send or receive are listed here.</source>
        <translation>Ingenting har exporterats eller importerats ännu. Filer som ni skickar eller tar emot visas här.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="71"/>
        <source>{group} template {sequence} {date}</source>
        <translation>{group} mall {sequence} {date}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="73"/>
        <source>{group} export {sequence} {date}</source>
        <translation>{group} export {sequence} {date}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="218"/>
        <source>Export file</source>
        <translation>Exportera fil</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="236"/>
        <source>The file holds the group&apos;s action plan, indicators, meetings and deviations (never who they were about). Mail it to the sub-regional coordinator or put it on a shared drive.</source>
        <translation>Filen innehåller gruppens handlingsplan, indikatorer, möten och avvikelser (aldrig vem de gällde). Mejla den till den delregionala samordnaren eller lägg den i en delad mapp.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="241"/>
        <source>The file holds the area&apos;s own records and everything imported from the kommuner, each still marked with the group it came from. Send it to the county level.</source>
        <translation>Filen innehåller områdets egna uppgifter och allt som importerats från kommunerna, var och en fortfarande märkt med gruppen den kom från. Skicka den till länsnivån.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="248"/>
        <source>The file holds the county group&apos;s own records and everything it has imported, each still marked with the group it came from.</source>
        <translation>Filen innehåller länsgruppens egna uppgifter och allt den har importerat, var och en fortfarande märkt med gruppen den kom från.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="256"/>
        <source>The group&apos;s &amp;data, for the level above</source>
        <translation>Gruppens &amp;uppgifter, till nivån ovanför</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="258"/>
        <source>An action plan &amp;template, for the levels below</source>
        <translation>En &amp;mall för handlingsplan, till nivåerna nedanför</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="262"/>
        <source>The groups below adopt the template as their own plan. A later version of the same template updates their plan instead of adding a second one.</source>
        <translation>Grupperna nedanför tar in mallen som sin egen plan. En senare version av samma mall uppdaterar deras plan i stället för att lägga till en plan till.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="267"/>
        <source>The action plan to publish as a template</source>
        <translation>Handlingsplanen som ska skickas ut som mall</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="289"/>
        <source>The group has no action plan of its own to publish as a template.</source>
        <translation>Gruppen har ingen egen handlingsplan att skicka ut som mall.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="296"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Spara som:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="301"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="309"/>
        <source>Free texts that contain a personal identity number are not sent; the report afterwards lists them. Nothing in this group changes by exporting.</source>
        <translation>Fritexter som innehåller ett personnummer skickas inte med; rapporten efteråt visar vilka. Ingenting i gruppen ändras av att exportera.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="320"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="353"/>
        <source>Save export file</source>
        <translation>Spara exportfil</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="355"/>
        <source>Närvård Samverkan files (*.narvard)</source>
        <translation>Närvård Samverkan-filer (*.narvard)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="373"/>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="375"/>
        <source>The file {file} already exists. Replace it with the new export?</source>
        <translation>Filen {file} finns redan. Vill du ersätta den med den nya exporten?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="380"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="406"/>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="436"/>
        <source>Records</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="461"/>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="474"/>
        <source>The template “{title}” is saved: %n record(s).</source>
        <translation>
            <numerusform>Mallen ”{title}” är sparad: %n post.</numerusform>
            <numerusform>Mallen ”{title}” är sparad: %n poster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="481"/>
        <source>Export {sequence} from {group} is saved: %n record(s).</source>
        <translation>
            <numerusform>Export {sequence} från {group} är sparad: %n post.</numerusform>
            <numerusform>Export {sequence} från {group} är sparad: %n poster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="497"/>
        <source>%n text(s) not sent because they contain a personal identity number</source>
        <translation>
            <numerusform>%n text skickades inte med eftersom den innehåller ett personnummer</numerusform>
            <numerusform>%n texter skickades inte med eftersom de innehåller ett personnummer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="485"/>
        <source>File: {path}
Mail it or put it on a shared drive.</source>
        <translation>Fil: {path}
Mejla den eller lägg den i en delad mapp.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="511"/>
        <source>A personnummer or samordningsnummer may never leave the group, so these texts were left out of the file; everything else was sent. To send them: remove the number from the text and export again.</source>
        <translation>Ett personnummer eller samordningsnummer får aldrig lämna gruppen, så de här texterna lämnades utanför filen; allt annat kom med. Så skickar du dem: ta bort personnumret ur texten och exportera igen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="518"/>
        <source>Texts that belong to another group ({groups}) can only be changed there: ask them to remove the number and send a new file.</source>
        <translation>Texter som tillhör en annan grupp ({groups}) kan bara ändras där: be dem ta bort numret och skicka en ny fil.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../../record_kinds.py" line="178"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="272"/>
        <source>Catalogue id</source>
        <translation>Katalog-id</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="291"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="292"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="293"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="294"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="295"/>
        <source>Approved protocol</source>
        <translation>Justerat protokoll</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="296"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="297"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="298"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="299"/>
        <source>Prioritised target group</source>
        <translation>Prioriterad målgrupp</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="300"/>
        <source>Horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="301"/>
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="302"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="303"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="304"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="305"/>
        <source>Statistics code (KPI)</source>
        <translation>Statistikkod (nyckeltal)</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="306"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="307"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="308"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="309"/>
        <source>Immediate actions</source>
        <translation>Omedelbara åtgärder</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="310"/>
        <source>Suggested improvement</source>
        <translation>Förslag till förbättring</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="311"/>
        <source>Answer: cause</source>
        <translation>Svar: orsak</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="312"/>
        <source>Answer: measures</source>
        <translation>Svar: åtgärder</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="313"/>
        <source>Answer: follow-up</source>
        <translation>Svar: uppföljning</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="314"/>
        <source>External reference</source>
        <translation>Externt referensnummer</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="315"/>
        <location filename="../../record_kinds.py" line="356"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="316"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="317"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="318"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="319"/>
        <source>Reopened by</source>
        <translation>Återöppnat av</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="320"/>
        <source>Period start</source>
        <translation>Period från</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="321"/>
        <source>Period end</source>
        <translation>Period till</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="322"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="323"/>
        <source>Due date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="324"/>
        <source>Next check-in</source>
        <translation>Nästa avstämning</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="325"/>
        <source>Way of working or prerequisite</source>
        <translation>Arbetssätt eller förutsättning</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="326"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="327"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="328"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="329"/>
        <source>Baseline value</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="330"/>
        <source>Baseline date</source>
        <translation>Utgångsdatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="331"/>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="332"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="333"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="334"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="335"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="336"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="337"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="338"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="339"/>
        <source>Adopted at agenda item</source>
        <translation>Antagen vid paragraf</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="340"/>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="341"/>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="342"/>
        <source>Participating organisations</source>
        <translation>Deltagande organisationer</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="345"/>
        <source>Event date</source>
        <translation>Händelsedatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="346"/>
        <source>Reported date</source>
        <translation>Rapporteringsdatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="347"/>
        <source>Answer due date</source>
        <translation>Sista svarsdatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="348"/>
        <source>Answered date</source>
        <translation>Svarsdatum</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="349"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="350"/>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="351"/>
        <source>Date of the change</source>
        <translation>Datum för ändringen</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="352"/>
        <source>Role in the group</source>
        <translation>Roll i gruppen</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="353"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="354"/>
        <source>Member from</source>
        <translation>Ledamot från</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="355"/>
        <source>Member until</source>
        <translation>Ledamot till</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="357"/>
        <source>Type of organisation</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="358"/>
        <source>Principal (huvudman)</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="359"/>
        <source>Catalogue entry</source>
        <translation>Post i katalogen</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="360"/>
        <source>HSA-id</source>
        <translation>HSA-id</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="361"/>
        <source>Published by level</source>
        <translation>Utgiven av nivå</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="362"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="363"/>
        <source>Sub-region</source>
        <translation>Delregion</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="364"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="365"/>
        <source>Risk threshold</source>
        <translation>Risktröskel</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="366"/>
        <source>Days to answer</source>
        <translation>Svarstid i dagar</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="367"/>
        <source>§ numbering</source>
        <translation>§-numrering</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="368"/>
        <source>Number of minutes checkers</source>
        <translation>Antal justerare</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="369"/>
        <source>Town (ort)</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="370"/>
        <source>Where the minutes are kept</source>
        <translation>Förvaringsplats</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="371"/>
        <source>Days before to send apologies</source>
        <translation>Förhinder anmäls dagar före</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="372"/>
        <source>Organisation to keep</source>
        <translation>Organisation som behålls</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="182"/>
        <source>Ready to import</source>
        <translation>Klar att importera</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="183"/>
        <source>Already imported</source>
        <translation>Redan importerad</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="184"/>
        <source>Cannot be imported</source>
        <translation>Kan inte importeras</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="185"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="186"/>
        <source>Same export as another file</source>
        <translation>Samma export som en annan fil</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="194"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="195"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="196"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="198"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="262"/>
        <source>Already imported {date}: nothing changes</source>
        <translation>Redan importerad {date}: ingenting ändras</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="266"/>
        <source>Ready: nothing new in it</source>
        <translation>Klar: inget nytt i den</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_files.py" line="268"/>
        <source>Imported: nothing new in it</source>
        <translation>Importerad: inget nytt i den</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/follow_up/page.py" line="39"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="44"/>
        <source>Create &amp;report…</source>
        <translation>Skapa &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="46"/>
        <source>The follow-up report of a period as PDF, for the yearly revision.</source>
        <translation>Uppföljningsrapporten för en period som PDF, inför den årliga revideringen.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="53"/>
        <source>Where does collaboration fail, and is it getting better? Charts for the meeting.</source>
        <translation>Var brister samverkan, och blir det bättre? Diagram för mötet.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="61"/>
        <source>&amp;Deviations</source>
        <translation>&amp;Avvikelser</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="64"/>
        <source>Charts for the action plan (activities by status per way of working, indicator trends) will appear here.</source>
        <translation>Diagram för handlingsplanen (aktiviteter per status och arbetssätt, indikatorernas utveckling) kommer att visas här.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="71"/>
        <location filename="../../ui/follow_up/page.py" line="99"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="77"/>
        <source>The &amp;area</source>
        <translation>&amp;Området</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/page.py" line="87"/>
        <source>The follow-up report was saved as {path}.</source>
        <translation>Uppföljningsrapporten sparades som {path}.</translation>
    </message>
</context>
<context>
    <name>FromCatalogueDialog</name>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="329"/>
        <source>Organisations from the catalogue</source>
        <translation>Organisationer från katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="335"/>
        <source>Tick the organisations that take part in the group. Those of your kommun come first; search for the others.</source>
        <translation>Kryssa för de organisationer som deltar i gruppen. Er kommuns kommer först; sök efter de andra.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="342"/>
        <source>Search name, kommun, type or HSA-id</source>
        <translation>Sök namn, kommun, typ eller HSA-id</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="343"/>
        <source>Search the catalogue</source>
        <translation>Sök i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="347"/>
        <source>Catalogue entries</source>
        <translation>Poster i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="356"/>
        <source>(already in the group)</source>
        <translation>(finns redan i gruppen)</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="365"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="366"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="118"/>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="118"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="121"/>
        <source>e.g. Tryggare övergångar mellan sjukhus och hemmet</source>
        <translation>t.ex. Tryggare övergångar mellan sjukhus och hemmet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="125"/>
        <location filename="../../ui/plan/dialogs.py" line="132"/>
        <source>– not set –</source>
        <translation>– inte angiven –</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="134"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="135"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="136"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Tidshorisont:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="137"/>
        <source>Target &amp;year:</source>
        <translation>Mål&amp;år:</translation>
    </message>
</context>
<context>
    <name>GroupChecklist</name>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="94"/>
        <source>Search groups…</source>
        <translation>Sök grupp…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="107"/>
        <source>Tick &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="108"/>
        <source>Tick &amp;none</source>
        <translation>Markera &amp;inga</translation>
    </message>
</context>
<context>
    <name>GroupDetailsForm</name>
    <message>
        <location filename="../../ui/group/details_form.py" line="47"/>
        <source>The group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="56"/>
        <location filename="../../ui/group/details_form.py" line="58"/>
        <location filename="../../ui/group/details_form.py" line="140"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="70"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="71"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="72"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="73"/>
        <source>S&amp;ub-region:</source>
        <translation>&amp;Delregion:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="74"/>
        <source>&amp;Risk threshold:</source>
        <translation>&amp;Risktröskel:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="75"/>
        <source>Days to &amp;answer:</source>
        <translation>Svars&amp;tid (dagar):</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="76"/>
        <source>§ &amp;numbering:</source>
        <translation>§-n&amp;umrering:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="81"/>
        <source>Minutes and notices</source>
        <translation>Protokoll och kallelser</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="84"/>
        <source>One minutes checker</source>
        <translation>En justerare</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="85"/>
        <source>Two minutes checkers</source>
        <translation>Två justerare</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="101"/>
        <source>Minutes &amp;checkers:</source>
        <translation>&amp;Justerare:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="88"/>
        <source>Printed as the place of signing</source>
        <translation>Skrivs som ort vid underskrifterna</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="91"/>
        <source>e.g. Kommunkansliet, Stadshuset</source>
        <translation>t.ex. Kommunkansliet, Stadshuset</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="93"/>
        <source> days before</source>
        <translation> dagar före</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="94"/>
        <source>Print the posting certificate (anslag/bevis)</source>
        <translation>Skriv ut anslag/bevis</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="96"/>
        <source>Print &apos;Presented by the chair&apos; under items without notes</source>
        <translation>Skriv ”Föredrogs av ordföranden” under punkter utan anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="102"/>
        <source>&amp;Town (ort):</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="103"/>
        <source>Minutes &amp;kept at:</source>
        <translation>&amp;Förvaringsplats:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="104"/>
        <source>A&amp;pologies due:</source>
        <translation>Förhinder an&amp;mäls:</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="109"/>
        <source>&amp;Save the group&apos;s details</source>
        <translation>&amp;Spara gruppens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="113"/>
        <source>Kommuner with an uncertain area</source>
        <translation>Kommuner med osäker delregion</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="118"/>
        <source>The county marks these kommuner as not verified. A correction made here is local: it is kept when a newer list arrives.</source>
        <translation>Länet har markerat de här kommunerna som inte verifierade. En rättelse här är lokal: den behålls när en nyare lista kommer.</translation>
    </message>
    <message>
        <location filename="../../ui/group/details_form.py" line="178"/>
        <source>local correction</source>
        <translation>lokal rättelse</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../ui/group/page.py" line="134"/>
        <source>Group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="143"/>
        <source>&amp;New member…</source>
        <translation>&amp;Ny ledamot…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="144"/>
        <source>Add a member (Ctrl+N).</source>
        <translation>Lägg till en ledamot (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="146"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="148"/>
        <location filename="../../ui/group/page.py" line="305"/>
        <source>Has &amp;left…</source>
        <translation>Har &amp;slutat…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="150"/>
        <source>The member leaves the group: off new attendance lists, kept in old minutes.</source>
        <translation>Ledamoten lämnar gruppen: kommer inte med på nya närvarolistor men står kvar i gamla protokoll.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="153"/>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="155"/>
        <source>Show members who have &amp;left</source>
        <translation>Visa ledamöter som har s&amp;lutat</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="177"/>
        <source>&amp;Members</source>
        <translation>&amp;Ledamöter</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="181"/>
        <source>New &amp;organisation…</source>
        <translation>Ny &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="183"/>
        <source>Ed&amp;it…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="185"/>
        <location filename="../../ui/group/page.py" line="312"/>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="187"/>
        <source>Mer&amp;ge…</source>
        <translation>Slå i&amp;hop…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="188"/>
        <source>Merge two organisations into one.</source>
        <translation>Slå ihop två organisationer till en.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="190"/>
        <source>From the &amp;catalogue…</source>
        <translation>&amp;Från katalogen…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="192"/>
        <source>Add organisations from the county&apos;s catalogue, linked from the start.</source>
        <translation>Lägg till organisationer från länets katalog, kopplade från början.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="195"/>
        <source>&amp;Link to the catalogue…</source>
        <translation>Ko&amp;ppla till katalogen…</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="197"/>
        <source>Propose a catalogue entry for each organisation that has none.</source>
        <translation>Föreslå en post i katalogen för varje organisation som saknar koppling.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="200"/>
        <source>Add to catalo&amp;gue</source>
        <translation>Lägg i kat&amp;alogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="202"/>
        <source>Make the chosen organisation (this group&apos;s or a group&apos;s below) an entry.</source>
        <translation>Gör den valda organisationen (gruppens egen eller en grupps under) till en post i katalogen.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="227"/>
        <source>O&amp;rganisations</source>
        <translation>O&amp;rganisationer</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="230"/>
        <source>Group &amp;details</source>
        <translation>Gruppens &amp;uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="232"/>
        <source>Organisation c&amp;atalogue</source>
        <translation>Organisations&amp;katalog</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="234"/>
        <source>New member</source>
        <translation>Ny ledamot</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="269"/>
        <source>No organisation catalogue yet. It comes with the county&apos;s template (Exchange → Import); then link the organisations here, so that the sub-region and county count them as one with the other kommuners&apos;.</source>
        <translation>Ingen organisationskatalog ännu. Den kommer med länets mall (Utbyte → Importera); koppla sedan organisationerna här, så att delregionen och länet räknar dem som en med de andra kommunernas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/group/page.py" line="277"/>
        <source>%n organisation(s) not linked to the catalogue: upper levels count them apart, named with the group.</source>
        <translation>
            <numerusform>%n organisation är inte kopplad till katalogen: nivåerna ovanför räknar den för sig, med gruppens namn.</numerusform>
            <numerusform>%n organisationer är inte kopplade till katalogen: nivåerna ovanför räknar dem för sig, med gruppens namn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="305"/>
        <source>&amp;Back again</source>
        <translation>&amp;Tillbaka igen</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="314"/>
        <source>Reac&amp;tivate</source>
        <translation>Akt&amp;ivera igen</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="367"/>
        <source>Member has left</source>
        <translation>Ledamoten har slutat</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="369"/>
        <source>{name} has left the group? They stay in earlier minutes but are no longer put on new attendance lists.</source>
        <translation>Har {name} lämnat gruppen? Personen står kvar i tidigare protokoll men kommer inte med på nya närvarolistor.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="387"/>
        <source>Delete member</source>
        <translation>Ta bort ledamot</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="389"/>
        <source>Delete {name} from the register? Use this for a member registered by mistake; a member who left should be marked as having left instead.</source>
        <translation>Ta bort {name} ur registret? Använd det för en ledamot som registrerats av misstag; en ledamot som har slutat markeras i stället som slutad.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="435"/>
        <source>Add to the catalogue</source>
        <translation>Lägg i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="437"/>
        <source>Add {name} to the organisation catalogue? Groups below receive it with your next template and can link their organisations to it.</source>
        <translation>Lägga {name} i organisationskatalogen? Grupperna under får posten med er nästa mall och kan koppla sina organisationer till den.</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="466"/>
        <source>Merge organisations</source>
        <translation>Slå ihop organisationer</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="468"/>
        <source>Move everything from {merged} to {survivor} and remove {merged}? This cannot be undone.</source>
        <translation>Flytta allt från {merged} till {survivor} och ta bort {merged}? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="172"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="174"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="175"/>
        <source>One group</source>
        <translation>En grupp</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="176"/>
        <source>Compare groups</source>
        <translation>Jämför grupper</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="179"/>
        <source>All groups: everything this group holds, its own records and those imported from the levels below.
One group: only that group&apos;s records.
Compare groups: the chosen groups side by side.</source>
        <translation>Alla grupper: allt som finns här, både gruppens egna uppgifter och det som importerats från nivåerna nedanför.
En grupp: bara den gruppens uppgifter.
Jämför grupper: de valda grupperna sida vid sida.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="190"/>
        <source>The group whose records are shown</source>
        <translation>Gruppen vars uppgifter visas</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="193"/>
        <source>Choose the groups to show side by side</source>
        <translation>Välj grupperna som ska visas sida vid sida</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="209"/>
        <source>{name} (this group)</source>
        <translation>{name} (egen grupp)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/group_selector.py" line="210"/>
        <source>{name} ({level})</source>
        <translation>{name} ({level})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kit/group_selector.py" line="285"/>
        <source>Choose groups (%n chosen)…</source>
        <translation>
            <numerusform>Välj grupper (%n vald)…</numerusform>
            <numerusform>Välj grupper (%n valda)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="126"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="133"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="62"/>
        <source>Manual</source>
        <translation>Handbok</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="65"/>
        <source>Contents of the manual</source>
        <translation>Handbokens innehåll</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="68"/>
        <source>Manual page</source>
        <translation>Handbokssida</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="96"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="96"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="96"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="69"/>
        <source>Import files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="75"/>
        <source>Each file is checked and shown here first; nothing changes until you press Import. You can add more files with the button or by dragging them here.</source>
        <translation>Varje fil kontrolleras och visas här först; ingenting ändras förrän du trycker på Importera. Du kan lägga till fler filer med knappen eller genom att dra dem hit.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="138"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="141"/>
        <source>&amp;Remove from list</source>
        <translation>&amp;Ta bort ur listan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="143"/>
        <source>Leave the chosen file out of this import (Delete)</source>
        <translation>Hoppa över den valda filen i den här importen (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="145"/>
        <source>&amp;Confirm sender&apos;s key…</source>
        <translation>&amp;Bekräfta avsändarens nyckel…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="148"/>
        <source>A new sender: compare its key with the sender before its files are imported</source>
        <translation>En ny avsändare: stäm av nyckeln med avsändaren innan dess filer importeras</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="151"/>
        <location filename="../../ui/exchange/import_dialog.py" line="277"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="154"/>
        <source>A backup of the database is made before each file is imported.</source>
        <translation>En säkerhetskopia av databasen görs innan varje fil importeras.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="174"/>
        <source>Choose files to import</source>
        <translation>Välj filer att importera</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="176"/>
        <source>Närvård Samverkan files (*.narvard);;All files (*)</source>
        <translation>Närvård Samverkan-filer (*.narvard);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/trust_question.py" line="26"/>
        <source>Confirm the sender&apos;s key</source>
        <translation>Bekräfta avsändarens nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/trust_question.py" line="27"/>
        <source>The file {file} comes from {name} ({level}), whose key is not known here yet.

Fingerprint: {fingerprint}
Phone code: {phone}

Call {name} on a number you already know and ask them to read their fingerprint or phone code (File → Signing keys, or the command &apos;keys&apos;). Trust this key only if it is the same. Files from {name} signed with any other key will then be refused.</source>
        <translation>Filen {file} kommer från {name} ({level}), vars nyckel ännu inte är känd här.

Fingeravtryck: {fingerprint}
Telefonkod: {phone}

Ring {name} på ett nummer du redan känner till och be dem läsa upp sitt fingeravtryck eller sin telefonkod (Arkiv → Signeringsnycklar, eller kommandot &apos;keys&apos;). Lita bara på nyckeln om den är densamma. Filer från {name} som är signerade med någon annan nyckel stoppas sedan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/trust_question.py" line="44"/>
        <source>Trust this key</source>
        <translation>Lita på nyckeln</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="197"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Kontrollerar %n fil…</numerusform>
            <numerusform>Kontrollerar %n filer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="255"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importerar %n fil…</numerusform>
            <numerusform>Importerar %n filer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="277"/>
        <source>&amp;Import %n file(s)</source>
        <translation>
            <numerusform>&amp;Importera %n fil</numerusform>
            <numerusform>&amp;Importera %n filer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="300"/>
        <source>No files yet. Add the files you have received.</source>
        <translation>Inga filer ännu. Lägg till filerna som du har fått.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="301"/>
        <source>Files: {n}.</source>
        <translation>Filer: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="303"/>
        <source>Imported: {n}.</source>
        <translation>Importerade: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="304"/>
        <source>Ready to import: {n}.</source>
        <translation>Klara att importera: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="305"/>
        <source>Already imported: {n} (importing again changes nothing).</source>
        <translation>Redan importerade: {n} (att importera igen ändrar ingenting).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="306"/>
        <source>Copies of another file in the list: {n}.</source>
        <translation>Kopior av en annan fil i listan: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="307"/>
        <source>Cannot be imported: {n} (nothing is changed for them).</source>
        <translation>Kan inte importeras: {n} (ingenting ändras för dem).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="314"/>
        <source>The import was stopped; the files not yet imported are still ready.</source>
        <translation>Importen avbröts; filerna som inte hann importeras ligger kvar och är klara.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="317"/>
        <source>A backup is made before anything changes.</source>
        <translation>En säkerhetskopia görs innan något ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="330"/>
        <source>Drop .narvard files here or press Add files.</source>
        <translation>Släpp .narvard-filer här eller tryck på Lägg till filer.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="346"/>
        <source>The file cannot be imported</source>
        <translation>Filen kan inte importeras</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="348"/>
        <source>Template “{title}” from {sender}</source>
        <translation>Mallen ”{title}” från {sender}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="351"/>
        <source>Export {sequence} from {sender}</source>
        <translation>Export {sequence} från {sender}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="359"/>
        <source>File: {file}</source>
        <translation>Fil: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="360"/>
        <source>Sent by {sender} ({level}), made {time}.</source>
        <translation>Skickad av {sender} ({level}), skapad {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="369"/>
        <source>This export was already imported on {date}. Importing it again is harmless: nothing changes.</source>
        <translation>Den här exporten importerades redan {date}. Att importera den igen gör ingen skada: ingenting ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="376"/>
        <source>This is the same export as {file} in the list; it is imported only once.</source>
        <translation>Det här är samma export som {file} i listan; den importeras bara en gång.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="380"/>
        <source>Imported. A backup was made first.</source>
        <translation>Importerad. En säkerhetskopia gjordes först.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="382"/>
        <source>Nothing new: everything in the file is already here.</source>
        <translation>Inget nytt: allt i filen finns redan här.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="386"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged records.</source>
        <translation>{new} nya, {updated} uppdaterade och {unchanged} oförändrade poster.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="393"/>
        <source>Exports missing from {sender}: {numbers}. Ask for them if they were sent.</source>
        <translation>Exporter som saknas från {sender}: {numbers}. Fråga efter dem om de har skickats.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="399"/>
        <source>This export is older than one already imported from {sender}; the newer data is kept.</source>
        <translation>Den här exporten är äldre än en som redan importerats från {sender}; de nyare uppgifterna behålls.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="409"/>
        <source>{conflicts} conflicts and {rejected} rejected records are shown but not imported; the rest of the file is.</source>
        <translation>{conflicts} konflikter och {rejected} avvisade poster visas men importeras inte; resten av filen importeras.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="71"/>
        <source>Import from Excel: preview</source>
        <translation>Importera från Excel: förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="74"/>
        <source>File: {name}</source>
        <translation>Fil: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="81"/>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="81"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="81"/>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="81"/>
        <source>Already present</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="106"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="109"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/excel_dialogs.py" line="119"/>
        <source>%n problem(s) were found, so nothing will be imported. Correct the rows below in the file and try again.</source>
        <translation>
            <numerusform>%n problem hittades, så ingenting importeras. Rätta raden nedan i filen och försök igen.</numerusform>
            <numerusform>%n problem hittades, så ingenting importeras. Rätta raderna nedan i filen och försök igen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="126"/>
        <location filename="../../ui/plan/excel_dialogs.py" line="133"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="129"/>
        <source>Everything in the file is already in the program: nothing new to import.</source>
        <translation>Allt i filen finns redan i programmet: inget nytt att importera.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="135"/>
        <source>This will be created:</source>
        <translation>Det här skapas:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/excel_dialogs.py" line="137"/>
        <source>Nothing has been written yet. A backup is made first.</source>
        <translation>Ingenting har sparats ännu. En säkerhetskopia görs först.</translation>
    </message>
</context>
<context>
    <name>ImprovementActivityDialog</name>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="35"/>
        <source>Create improvement activity</source>
        <translation>Skapa förbättringsaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="41"/>
        <source>The activity is added to the chosen plan and linked to the deviation. The deviation&apos;s texts are not copied into it.</source>
        <translation>Aktiviteten läggs till i den valda planen och kopplas till avvikelsen. Avvikelsens texter kopieras inte till den.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="54"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="56"/>
        <source>What will be done, in a few words</source>
        <translation>Vad ska göras, med några ord</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="60"/>
        <source>(choose later)</source>
        <translation>(väljs senare)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="63"/>
        <source>&amp;Way of working:</source>
        <translation>&amp;Arbetssätt:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="64"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Slutdatum:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/improvement_activity_dialog.py" line="76"/>
        <source>C&amp;reate</source>
        <translation>S&amp;kapa</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="49"/>
        <source>Edit indicator</source>
        <translation>Ändra indikator</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="49"/>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="51"/>
        <source>e.g. Återinskrivningar inom 30 dagar, 75+</source>
        <translation>t.ex. Återinskrivningar inom 30 dagar, 75+</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="53"/>
        <source>– no goal –</source>
        <translation>– inget mål –</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="58"/>
        <source>e.g. %, antal, dagar</source>
        <translation>t.ex. %, antal, dagar</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="60"/>
        <source>e.g. Egen uppföljning, Vårdfokus</source>
        <translation>t.ex. Egen uppföljning, Vårdfokus</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="62"/>
        <source>e.g. N00945 (Kolada)</source>
        <translation>t.ex. N00945 (Kolada)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="65"/>
        <source>The KPI id of an official statistic this indicator follows. Values can then be read from a downloaded Kolada or SCB file (Indicator values from file…).</source>
        <translation>Id för den officiella statistik (nyckeltal) som indikatorn följer. Värdena kan då läsas från en nedladdad fil från Kolada eller SCB (Indikatorvärden från fil…).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="77"/>
        <source>e.g. 12,5</source>
        <translation>t.ex. 12,5</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="83"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="84"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="85"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="86"/>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="87"/>
        <source>Statisti&amp;cs code:</source>
        <translation>Statisti&amp;kkod:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="88"/>
        <source>Di&amp;rection:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="93"/>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="97"/>
        <source>by</source>
        <translation>senast</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="99"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Utgångsvärde:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_dialog.py" line="100"/>
        <source>&amp;Target:</source>
        <translation>Må&amp;lvärde:</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="302"/>
        <source>New &amp;indicator…</source>
        <translation>Ny &amp;indikator…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="304"/>
        <source>&amp;Edit…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="306"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="312"/>
        <source>Values from &amp;file…</source>
        <translation>Värden från &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="314"/>
        <source>Read values from a Kolada or SCB file for indicators with a statistics code.</source>
        <translation>Läs in värden från en fil från Kolada eller SCB för indikatorer som har en statistikkod.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="340"/>
        <location filename="../../ui/plan/indicator_panel.py" line="456"/>
        <location filename="../../ui/plan/indicator_panel.py" line="464"/>
        <source>Indicator over time</source>
        <translation>Indikatorn över tid</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="357"/>
        <source>Enter a value</source>
        <translation>Registrera ett värde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="366"/>
        <source>For example 2026-Q1 (quarter), 2026-T1 (tertial), 2026-03 (month), 2026 (year) or a date. Prefilled with the period after the latest value.</source>
        <translation>Till exempel 2026-Q1 (kvartal), 2026-T1 (tertial), 2026-03 (månad), 2026 (år) eller ett datum. Förifyllt med perioden efter det senaste värdet.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="371"/>
        <source>e.g. 12,5</source>
        <translation>t.ex. 12,5</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="372"/>
        <source>Press Enter to save. A decimal comma is fine.</source>
        <translation>Tryck Enter för att spara. Decimalkomma går bra.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="376"/>
        <source>Optional, e.g. Preliminär siffra</source>
        <translation>Frivilligt, t.ex. Preliminär siffra</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="377"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="379"/>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="381"/>
        <source>C&amp;omment:</source>
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="391"/>
        <source>&amp;Save value</source>
        <translation>&amp;Spara värdet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="407"/>
        <source>Delete value…</source>
        <translation>Ta bort värdet…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="447"/>
        <source>Baseline {value}</source>
        <translation>Utgångsvärde {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="448"/>
        <source>Target {value}</source>
        <translation>Målvärde {value}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="449"/>
        <source>Measured value</source>
        <translation>Uppmätt värde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="450"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="451"/>
        <source>No measured values yet</source>
        <translation>Inga mätvärden ännu</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="452"/>
        <source>Choose an indicator to see its chart</source>
        <translation>Välj en indikator för att se dess diagram</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="535"/>
        <source>Delete value</source>
        <translation>Ta bort värdet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="536"/>
        <source>Delete the value for {period}?</source>
        <translation>Vill du ta bort värdet för {period}?</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="587"/>
        <source>Delete indicator</source>
        <translation>Ta bort indikatorn</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="588"/>
        <source>Delete the indicator “{name}” and all its values?</source>
        <translation>Vill du ta bort indikatorn ”{name}” och alla dess värden?</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="93"/>
        <source>✓ Target reached</source>
        <translation>✓ Målet nått</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="95"/>
        <source>✓ On track</source>
        <translation>✓ I fas</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="97"/>
        <source>✗ Behind</source>
        <translation>✗ Efter plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="172"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="173"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="174"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="175"/>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="176"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="177"/>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="178"/>
        <source>On track?</source>
        <translation>I fas?</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="218"/>
        <source>On track: the latest value is at least as good as a straight line from the baseline to the target at that date.</source>
        <translation>I fas: det senaste värdet är minst lika bra som en rak linje från utgångsvärdet till målvärdet vid den tidpunkten.</translation>
    </message>
</context>
<context>
    <name>JusteringDialog</name>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="69"/>
        <source>Approve the minutes</source>
        <translation>Justera protokollet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="75"/>
        <source>Approving (justera) locks the minutes of the meeting on {date}: the content is frozen with a checksum and shown read-only. Changes later need an explicit reopening with a reason.</source>
        <translation>När protokollet för mötet {date} justeras låses det: innehållet fryses med en kontrollsumma och visas skrivskyddat. Ändringar efteråt kräver att det öppnas igen med ett angivet skäl.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="83"/>
        <source>No minutes checkers chosen</source>
        <translation>Inga justerare valda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="88"/>
        <source>Choose the people to verify the minutes under Details and attendance first.</source>
        <translation>Välj justerare under Uppgifter och närvaro först.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="91"/>
        <source>Minutes checkers:</source>
        <translation>Justerare:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="94"/>
        <source>&amp;Approval date:</source>
        <translation>Justerings&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="99"/>
        <source>&amp;Approve and lock</source>
        <translation>&amp;Justera och lås</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../commands/keys.py" line="19"/>
        <location filename="../../ui/shell/keys_dialog.py" line="26"/>
        <source>own key</source>
        <translation>egen nyckel</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="20"/>
        <location filename="../../ui/shell/keys_dialog.py" line="27"/>
        <source>confirmed by the user</source>
        <translation>bekräftad av användaren</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="21"/>
        <location filename="../../ui/shell/keys_dialog.py" line="28"/>
        <source>from the county&apos;s key directory</source>
        <translation>från länets nyckelförteckning</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="22"/>
        <location filename="../../ui/shell/keys_dialog.py" line="29"/>
        <source>new key signed by the previous one</source>
        <translation>ny nyckel signerad av den tidigare</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="23"/>
        <location filename="../../ui/shell/keys_dialog.py" line="30"/>
        <source>passed on by the level in between</source>
        <translation>vidarebefordrad av nivån emellan</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="70"/>
        <source>New key made. Fingerprint {fingerprint}, phone code {phone}. Your next export carries the change, signed by the previous key.</source>
        <translation>Ny nyckel skapad. Fingeravtryck {fingerprint}, telefonkod {phone}. Er nästa export bär med sig bytet, signerat med den tidigare nyckeln.</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="78"/>
        <source>New key made. Fingerprint {fingerprint}, phone code {phone}. Tell the receiving groups: they must confirm this key.</source>
        <translation>Ny nyckel skapad. Fingeravtryck {fingerprint}, telefonkod {phone}. Meddela de mottagande grupperna: de måste bekräfta den här nyckeln.</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="92"/>
        <source>Keys forgotten: {count}.</source>
        <translation>Glömda nycklar: {count}.</translation>
    </message>
    <message>
        <location filename="../../commands/keys.py" line="113"/>
        <source>retired</source>
        <translation>ersatt</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="38"/>
        <source>Signing keys</source>
        <translation>Signeringsnycklar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="54"/>
        <source>&amp;New key…</source>
        <translation>&amp;Ny nyckel…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="65"/>
        <source>This group&apos;s key. Fingerprint: {fingerprint}   Phone code: {phone}
Read it to the receiving group when they call to check your first file.</source>
        <translation>Gruppens nyckel. Fingeravtryck: {fingerprint}   Telefonkod: {phone}
Läs upp den för den mottagande gruppen när de ringer för att stämma av er första fil.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="72"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="73"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="74"/>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="75"/>
        <source>Phone code</source>
        <translation>Telefonkod</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="76"/>
        <source>Known through</source>
        <translation>Känd genom</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="77"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="98"/>
        <source>New key</source>
        <translation>Ny nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keys_dialog.py" line="100"/>
        <source>Make a new signing key for this group? The change is logged, and your next export carries it signed by the present key, so the level above follows it. Files you exported before remain valid where they have been imported.</source>
        <translation>Skapa en ny signeringsnyckel för gruppen? Bytet loggas, och er nästa export bär med sig det signerat med den nuvarande nyckeln, så att nivån ovanför följer med. Filer ni redan har exporterat gäller fortfarande där de har importerats.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/ledger_model.py" line="78"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ledger_model.py" line="80"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ledger_model.py" line="82"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ledger_model.py" line="84"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ledger_model.py" line="85"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ledger_model.py" line="90"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ledger_model.py" line="93"/>
        <source>, %n text(s) withheld</source>
        <translation>
            <numerusform>, %n text hölls kvar</numerusform>
            <numerusform>, %n texter hölls kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="98"/>
        <source>Nothing new</source>
        <translation>Inget nytt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="134"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="135"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="136"/>
        <source>Sender</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="137"/>
        <source>Export no.</source>
        <translation>Export nr</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="138"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="139"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="140"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="197"/>
        <source>Checksum (SHA-256): {checksum}</source>
        <translation>Kontrollsumma (SHA-256): {checksum}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="202"/>
        <source>Signed with the key {key}</source>
        <translation>Signerad med nyckeln {key}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="206"/>
        <source>The file was made {time}</source>
        <translation>Filen skapades {time}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="226"/>
        <source>Export (template)</source>
        <translation>Export (mall)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="228"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="231"/>
        <source>Import (template)</source>
        <translation>Import (mall)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="233"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="243"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ledger_model.py" line="245"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
</context>
<context>
    <name>LevelPage</name>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="53"/>
        <source>Welcome to Närvård Samverkan</source>
        <translation>Välkommen till Närvård Samverkan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="56"/>
        <source>A few questions set up the group that will own this data. You can change the group&apos;s details later under Group (Ctrl+7), where you also add the group&apos;s members.</source>
        <translation>Några frågor lägger upp gruppen som äger de här uppgifterna. Du kan ändra gruppens uppgifter senare under Gruppen (Ctrl+7), där du också lägger till gruppens ledamöter.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="62"/>
        <source>&lt;b&gt;At which level does your group work?&lt;/b&gt;</source>
        <translation>&lt;b&gt;På vilken nivå arbetar er grupp?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="67"/>
        <source>&amp;Local</source>
        <translation>&amp;Lokal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="68"/>
        <source>One group per kommun: the kommun, vårdcentraler, hospital and others.</source>
        <translation>En grupp per kommun: kommunen, vårdcentralerna, sjukhuset med flera.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="72"/>
        <source>&amp;Sub-regional</source>
        <translation>&amp;Delregional</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="73"/>
        <source>One of the six areas, receiving the local groups&apos; files.</source>
        <translation>Ett av de sex delregionala områdena, som tar emot de lokala gruppernas filer.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="77"/>
        <source>&amp;County-wide</source>
        <translation>Läns&amp;gemensam</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="78"/>
        <source>The county level for all 49 kommuner, publishing templates downward.</source>
        <translation>Länsnivån för alla 49 kommuner, som skickar mallar nedåt.</translation>
    </message>
</context>
<context>
    <name>LinkChooserDialog</name>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="99"/>
        <source>Link an activity</source>
        <translation>Koppla en aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="100"/>
        <source>Link an indicator</source>
        <translation>Koppla en indikator</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="101"/>
        <source>Link a deviation</source>
        <translation>Koppla en avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="108"/>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="126"/>
        <source>There is nothing of this kind to link yet.</source>
        <translation>Det finns inget av det här slaget att koppla än.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="129"/>
        <source>&amp;Link</source>
        <translation>&amp;Koppla</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="250"/>
        <source>Link to the catalogue</source>
        <translation>Koppla till katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="256"/>
        <source>The county&apos;s catalogue has one entry per real organisation. Linked, your organisations are counted as one with the other kommuners&apos; at the sub-regional and county level. Proposals are made from the names; check each before you link.</source>
        <translation>Länets katalog har en post per verklig organisation. Kopplade räknas era organisationer som en med de andra kommunernas på delregional och länsgemensam nivå. Förslagen bygger på namnen; kontrollera vart och ett innan du kopplar.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="265"/>
        <source>Organisations and catalogue entries</source>
        <translation>Organisationer och poster i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="267"/>
        <source>The group&apos;s organisation</source>
        <translation>Gruppens organisation</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="267"/>
        <source>Catalogue entry</source>
        <translation>Post i katalogen</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="279"/>
        <source>(not linked)</source>
        <translation>(inte kopplad)</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="282"/>
        <source>Catalogue entry for {name}</source>
        <translation>Post i katalogen för {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/group/catalogue_dialogs.py" line="289"/>
        <source>%n organisation(s) without a link.</source>
        <translation>
            <numerusform>%n organisation utan koppling.</numerusform>
            <numerusform>%n organisationer utan koppling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/group/catalogue_dialogs.py" line="291"/>
        <source>%n proposal(s) by name.</source>
        <translation>
            <numerusform>%n förslag utifrån namnet.</numerusform>
            <numerusform>%n förslag utifrån namnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="293"/>
        <source>Every active organisation of the group is linked.</source>
        <translation>Alla gruppens aktiva organisationer är kopplade.</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="299"/>
        <source>&amp;Link</source>
        <translation>&amp;Koppla</translation>
    </message>
    <message>
        <location filename="../../ui/group/catalogue_dialogs.py" line="300"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>LinkModel</name>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="209"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="210"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="211"/>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="212"/>
        <source>Action item</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="46"/>
        <source>{first} and {second}</source>
        <translation>{first} och {second}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="187"/>
        <source>The SHA-256 checksum of the approved content. It shows that nothing has changed since approval.</source>
        <translation>Kontrollsumman (SHA-256) för det justerade innehållet. Den visar att inget har ändrats sedan justeringen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="201"/>
        <source>Approved (justerat) {date} by {names}; the content is locked.</source>
        <translation>Justerat {date} av {names}, innehållet är låst.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="203"/>
        <source>Approved (justerat) {date}; the content is locked.</source>
        <translation>Justerat {date}, innehållet är låst.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="205"/>
        <source>Checksum (SHA-256): {checksum}</source>
        <translation>Kontrollsumma (SHA-256): {checksum}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="208"/>
        <source>— NOT trustworthy: the content does not match its checksum and the group&apos;s signature; it has been changed after justering.</source>
        <translation>— INTE tillförlitligt: innehållet stämmer inte med kontrollsumman och gruppens signatur; det har ändrats efter justering.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="212"/>
        <source>Signed with the group&apos;s key {key}.</source>
        <translation>Signerat med gruppens nyckel {key}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/start_page.py" line="217"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/plan/__init__.py" line="45"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/__init__.py" line="22"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/__init__.py" line="19"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/__init__.py" line="23"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/__init__.py" line="19"/>
        <source>Exchange</source>
        <translation>Utbyte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="143"/>
        <source>Loading…</source>
        <translation>Läser in …</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="206"/>
        <source>Fill with &amp;demo data…</source>
        <translation>Fyll med &amp;demodata…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="208"/>
        <source>&amp;Remove demo data…</source>
        <translation>&amp;Ta bort demodata…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="212"/>
        <source>Open data &amp;folder</source>
        <translation>Öppna data&amp;mappen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="214"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="215"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Kontrollera databasen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="216"/>
        <source>Signing &amp;keys…</source>
        <translation>Signerings&amp;nycklar…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="222"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="225"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="233"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="244"/>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="247"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="249"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="251"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="252"/>
        <source>&amp;About Närvård Samverkan</source>
        <translation>&amp;Om Närvård Samverkan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="258"/>
        <source>{group} · data folder: {path}</source>
        <translation>{group} · datamapp: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="351"/>
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="380"/>
        <source>Adds fictional example data to try the program with.</source>
        <translation>Lägger till påhittade exempeldata att prova programmet med.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="383"/>
        <source>Demo data can only be added to an empty group (no plan, deviation or meeting yet), so it never mixes with real records.</source>
        <translation>Demodata kan bara läggas till i en tom grupp (ingen plan, avvikelse eller inget möte ännu), så att den aldrig blandas med riktiga poster.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="390"/>
        <source>Removes exactly the demo records; what you added yourself stays.</source>
        <translation>Tar bort just demoposterna; det du själv har lagt till finns kvar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="392"/>
        <source>There is no demo data in this group.</source>
        <translation>Det finns ingen demodata i den här gruppen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="399"/>
        <source>Fill with demo data</source>
        <translation>Fyll med demodata</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="401"/>
        <source>Add fictional example data (a plan, deviations and meetings) to this group? You can remove it again in one step with File → Remove demo data.</source>
        <translation>Lägga till påhittade exempeldata (en plan, avvikelser och möten) i gruppen? Du kan ta bort den igen i ett steg med Arkiv → Ta bort demodata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="420"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="421"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="422"/>
        <source>%n deviation(s)</source>
        <translation>
            <numerusform>%n avvikelse</numerusform>
            <numerusform>%n avvikelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="423"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="427"/>
        <source>Remove demo data</source>
        <translation>Ta bort demodata</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="429"/>
        <source>Remove the demo data ({contents} and what belongs to them)? Only records the demo added are removed; what you added yourself stays.</source>
        <translation>Ta bort demodatan ({contents} och det som hör till dem)? Bara poster som demon lade till tas bort; det du själv har lagt till finns kvar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="410"/>
        <source>Adding demo data…</source>
        <translation>Lägger till demodata…</translation>
    </message>
    <message>
        <location filename="../../ui/group/__init__.py" line="32"/>
        <source>Group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/__init__.py" line="22"/>
        <source>Year wheel</source>
        <translation>Årshjul</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsEditor</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="160"/>
        <source>Meeting details</source>
        <translation>Uppgifter om mötet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="175"/>
        <source>e.g. Samverkansmöte oktober</source>
        <translation>t.ex. Samverkansmöte oktober</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="177"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="182"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="185"/>
        <source>Write the time as HH:MM, e.g. 13:00.</source>
        <translation>Skriv tiden som TT:MM, t.ex. 13:00.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="188"/>
        <source>Write the time as HH:MM, e.g. 15:00.</source>
        <translation>Skriv tiden som TT:MM, t.ex. 15:00.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="190"/>
        <source>&amp;Time:</source>
        <translation>T&amp;id:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="195"/>
        <source>D&amp;igital</source>
        <translation>Digita&amp;lt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="196"/>
        <source>The meeting is held online; the place reads Digitalt.</source>
        <translation>Mötet hålls på distans; platsen blir Digitalt.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="201"/>
        <source>&amp;Place:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="207"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="213"/>
        <source>C&amp;hair:</source>
        <translation>&amp;Ordförande:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="218"/>
        <source>&amp;Secretary:</source>
        <translation>S&amp;ekreterare:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="226"/>
        <source>&amp;Minutes checkers:</source>
        <translation>Justera&amp;re:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="232"/>
        <source>The day the minutes checkers check the minutes (justeringsdatum).</source>
        <translation>Dagen då justerarna granskar protokollet (justeringsdatum).</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="228"/>
        <source>One or two members who check and sign the minutes (justerare).</source>
        <translation>En eller två ledamöter som granskar och skriver under protokollet (justerare).</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="238"/>
        <source>Appro&amp;val date:</source>
        <translation>Justerings&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="252"/>
        <location filename="../../ui/meetings/editor.py" line="294"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="303"/>
        <source>{name} (not present)</source>
        <translation>{name} (inte närvarande)</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../ui/meetings/models.py" line="65"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="66"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="67"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="68"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="70"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="133"/>
        <source>✔ Approved {date}</source>
        <translation>✔ Justerat {date}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="137"/>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/models.py" line="139"/>
        <source>Not approved yet</source>
        <translation>Ej justerat än</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="114"/>
        <source>Meeting mode</source>
        <translation>Mötesläge</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="138"/>
        <source>Time</source>
        <translation>Klockan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="139"/>
        <source>◀ Previous (PageUp)</source>
        <translation>◀ Föregående (PageUp)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="141"/>
        <source>Next (PageDown) ▶</source>
        <translation>Nästa (PageDown) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="143"/>
        <source>Leave (Esc)</source>
        <translation>Lämna (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="175"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="181"/>
        <source>Write what is said here; it is saved as you go.</source>
        <translation>Skriv här vad som sägs; det sparas medan du skriver.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="186"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="201"/>
        <source>att … (press Enter to add the decision)</source>
        <translation>att … (tryck Enter för att lägga till beslutet)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="218"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="330"/>
        <source>approved and locked: read only</source>
        <translation>justerat och låst: kan bara läsas</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="340"/>
        <source>The agenda is empty.</source>
        <translation>Dagordningen är tom.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="348"/>
        <source>§ {number} of {last}</source>
        <translation>§ {number} av {last}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="389"/>
        <source>Not saved yet…</source>
        <translation>Inte sparat än…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_mode.py" line="411"/>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../ui/meetings/page.py" line="96"/>
        <source>&amp;Meeting mode (Shift+F5)</source>
        <translation>&amp;Mötesläge (Skift+F5)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="98"/>
        <source>Full screen for the projector: one item at a time in large text.</source>
        <translation>Helskärm för projektorn: en punkt i taget med stor text.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="101"/>
        <source>&amp;Notice (PDF)…</source>
        <translation>&amp;Kallelse (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="102"/>
        <source>The notice of the meeting with its agenda.</source>
        <translation>Kallelsen till mötet med dagordningen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="104"/>
        <source>Minutes (&amp;PDF)…</source>
        <translation>&amp;Protokoll (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="106"/>
        <source>&amp;Approve minutes…</source>
        <translation>&amp;Justera protokoll…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="108"/>
        <source>Approval: the minutes checkers have checked the minutes; lock the content.</source>
        <translation>Justering: justerarna har granskat protokollet; innehållet låses.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="111"/>
        <source>&amp;Open for changes…</source>
        <translation>Öppna för ä&amp;ndring…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="131"/>
        <source>A&amp;genda</source>
        <translation>&amp;Dagordning</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="141"/>
        <source>&amp;Details and attendance</source>
        <translation>&amp;Uppgifter och närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="186"/>
        <source>No place given</source>
        <translation>Ingen plats angiven</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings/page.py" line="271"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="275"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="276"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="278"/>
        <source>De&amp;lete meeting…</source>
        <translation>Ta &amp;bort möte…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="280"/>
        <source>Calendar f&amp;ile (.ics)…</source>
        <translation>Kalender&amp;fil (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="282"/>
        <source>The meetings as a calendar file that members open in Outlook.</source>
        <translation>Mötena som en kalenderfil som ledamöterna öppnar i Outlook.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="288"/>
        <source>Plan the &amp;year…</source>
        <translation>Planera &amp;året…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="290"/>
        <source>A series of meetings on a rhythm, around holidays and the summer.</source>
        <translation>En serie möten med jämn rytm, runt helgdagar och sommaren.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="294"/>
        <source>Decision &amp;register…</source>
        <translation>Besluts&amp;register…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="295"/>
        <source>Every decision of every meeting in one list.</source>
        <translation>Alla beslut från alla möten i en lista.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="301"/>
        <source>Prepare the agenda, run the meeting in meeting mode, write the minutes as PDF and lock them when they are approved.</source>
        <translation>Förbered dagordningen, led mötet i mötesläge, skriv protokollet som PDF och lås det när det är justerat.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="331"/>
        <source>Upcoming meetings in bold, then earlier ones.</source>
        <translation>Kommande möten i fetstil, därefter tidigare möten.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="338"/>
        <source>No meeting chosen. Create one with “New meeting…” (Ctrl+N): the agenda is filled in from the standard agenda.</source>
        <translation>Inget möte valt. Skapa ett med ”Nytt möte…” (Ctrl+N): dagordningen fylls i från standarddagordningen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="357"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="365"/>
        <source>Meeting mode</source>
        <translation>Mötesläge</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="392"/>
        <source>Another group&apos;s meeting is read-only here; only that group changes it.</source>
        <translation>Mötet tillhör en annan grupp och är skrivskyddat här; bara den gruppen ändrar det.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="394"/>
        <source>An approved meeting cannot be deleted; open it for changes first.</source>
        <translation>Ett justerat möte kan inte tas bort; öppna det för ändring först.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="421"/>
        <source>Wrote the decision register to {path}.</source>
        <translation>Beslutsregistret skrevs till {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/page.py" line="424"/>
        <source>%n text(s) that looked like a personnummer were left out.</source>
        <translation>
            <numerusform>%n text som såg ut som ett personnummer utelämnades.</numerusform>
            <numerusform>%n texter som såg ut som personnummer utelämnades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/page.py" line="431"/>
        <source>Wrote %n meeting(s) to {path}.</source>
        <translation>
            <numerusform>Skrev %n möte till {path}.</numerusform>
            <numerusform>Skrev %n möten till {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="543"/>
        <source>Delete meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="545"/>
        <source>Delete the meeting on {date} with its agenda, notes, decisions and attendance list? This cannot be undone here.</source>
        <translation>Ta bort mötet {date} med dagordning, anteckningar, beslut och närvarolista? Det går inte att ångra här.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="30"/>
        <source>Edit member</source>
        <translation>Redigera ledamot</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="30"/>
        <source>New member</source>
        <translation>Ny ledamot</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="33"/>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="35"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="40"/>
        <source>e.g. Enhetschef hemsjukvård</source>
        <translation>t.ex. Enhetschef hemsjukvård</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="46"/>
        <source>Optional; printed on the notice</source>
        <translation>Frivilligt; skrivs på kallelsen</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="50"/>
        <source>Leave empty while the member serves. A member who left stays in old minutes.</source>
        <translation>Lämna tomt så länge ledamoten är kvar. En ledamot som har slutat står kvar i gamla protokoll.</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="56"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="57"/>
        <source>&amp;Function or title:</source>
        <translation>&amp;Funktion eller titel:</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="58"/>
        <source>&amp;Role in the group:</source>
        <translation>&amp;Roll i gruppen:</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="59"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="60"/>
        <source>Member &amp;from:</source>
        <translation>Ledamot f&amp;rån:</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="61"/>
        <source>Member &amp;until:</source>
        <translation>Ledamot &amp;till:</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="65"/>
        <source>Save and &amp;new</source>
        <translation>Spara och &amp;ny</translation>
    </message>
    <message>
        <location filename="../../ui/group/member_dialog.py" line="67"/>
        <source>Save and start on the next member (Ctrl+Enter).</source>
        <translation>Spara och börja på nästa ledamot (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/group/page.py" line="56"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="57"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="58"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="59"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="60"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="61"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="62"/>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="70"/>
        <source>Another group&apos;s</source>
        <translation>En annan grupps</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="72"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="72"/>
        <source>Has left</source>
        <translation>Har slutat</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="150"/>
        <source>Merge organisations</source>
        <translation>Slå ihop organisationer</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="156"/>
        <source>Everything that refers to the first organisation (members, activities, deviations, …) moves to the second, and the first is removed. The change travels upward with the next export.</source>
        <translation>Allt som hänvisar till den första organisationen (ledamöter, aktiviteter, avvikelser …) flyttas till den andra, och den första tas bort. Ändringen följer med uppåt i nästa export.</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="174"/>
        <source>&amp;Merge:</source>
        <translation>&amp;Slå ihop:</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="175"/>
        <source>&amp;Into (kept):</source>
        <translation>&amp;Med (behålls):</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="177"/>
        <source>&amp;Merge</source>
        <translation>Slå i&amp;hop</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="183"/>
        <source>The group&apos;s name</source>
        <translation>Gruppens namn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="184"/>
        <source>As it should appear on protocols and in export files.</source>
        <translation>Som det ska stå på protokoll och i exportfiler.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="189"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="36"/>
        <source>New agenda item</source>
        <translation>Ny punkt på dagordningen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="41"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="46"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="91"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="96"/>
        <source>The agenda is filled in from the standard agenda and the group&apos;s people are put on the attendance list. You can change both afterwards.</source>
        <translation>Dagordningen fylls i från standarddagordningen och gruppens personer läggs in på närvarolistan. Du kan ändra båda efteråt.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="107"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="112"/>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="115"/>
        <source>D&amp;igital meeting</source>
        <translation>D&amp;igitalt möte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="120"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="126"/>
        <source>Minutes (protokoll) are approved by minutes checkers and locked; meeting notes (minnesanteckningar) are less formal.</source>
        <translation>Ett protokoll justeras av justerare och låses; minnesanteckningar är mindre formella.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="130"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="132"/>
        <source>&amp;Create meeting</source>
        <translation>&amp;Skapa möte</translation>
    </message>
</context>
<context>
    <name>OpenActionItemModel</name>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="262"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="263"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="264"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="265"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="266"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_models.py" line="267"/>
        <source>By</source>
        <translation>Klart senast</translation>
    </message>
</context>
<context>
    <name>OpenActionItemsBox</name>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="151"/>
        <source>Open action items from earlier meetings</source>
        <translation>Öppna åtgärder från tidigare möten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="153"/>
        <source>Tick an action item when it is done.</source>
        <translation>Bocka för en åtgärd när den är klar.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_summaries.py" line="161"/>
        <source>No open action items.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/kit/operations.py" line="72"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/kit/operations.py" line="73"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/kit/questions.py" line="34"/>
        <source>Could not complete</source>
        <translation>Kunde inte slutföras</translation>
    </message>
    <message>
        <location filename="../../ui/kit/questions.py" line="39"/>
        <source>An unexpected error occurred. Nothing has been saved from this step. If it happens again, send the details below to your support.</source>
        <translation>Ett oväntat fel inträffade. Ingenting från det här steget har sparats. Om det händer igen, skicka detaljerna nedan till er support.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="41"/>
        <source>Edit organisation</source>
        <translation>Redigera organisation</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="41"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="50"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="64"/>
        <source>(not linked)</source>
        <translation>(inte kopplad)</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="69"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="70"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="71"/>
        <source>&amp;Principal (huvudman):</source>
        <translation>&amp;Huvudman:</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="72"/>
        <source>&amp;Catalogue:</source>
        <translation>K&amp;atalog:</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="91"/>
        <source>As the type says: {principal}</source>
        <translation>Som typen anger: {principal}</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="93"/>
        <source>e.g. kommun, region, privat</source>
        <translation>t.ex. kommun, region, privat</translation>
    </message>
    <message>
        <location filename="../../ui/group/organisation_dialogs.py" line="100"/>
        <source>{id} (not in the catalogue here)</source>
        <translation>{id} (finns inte i katalogen här)</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../ui/group/page.py" line="89"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="90"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="91"/>
        <source>Principal</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="92"/>
        <source>Catalogue entry</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="93"/>
        <source>Members</source>
        <translation>Ledamöter</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="101"/>
        <source>Another group&apos;s</source>
        <translation>En annan grupps</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="103"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="103"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="105"/>
        <source>{id} (not received here)</source>
        <translation>{id} (inte mottagen här)</translation>
    </message>
    <message>
        <location filename="../../ui/group/page.py" line="109"/>
        <source>not linked</source>
        <translation>inte kopplad</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="216"/>
        <source>The organisations taking part</source>
        <translation>Deltagande organisationer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="219"/>
        <source>A proposal from the group&apos;s usual parties. Untick what does not apply, double-click a name to change it, or add your own.</source>
        <translation>Ett förslag utifrån gruppens vanliga parter. Bocka ur det som inte stämmer, dubbelklicka på ett namn för att ändra det, eller lägg till egna.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="228"/>
        <source>Read the county&apos;s organisation &amp;catalogue…</source>
        <translation>Läs in länets organisations&amp;katalog…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="231"/>
        <source>From the template file the county (or sub-region) sent: its organisations are then proposed with their catalogue ids.</source>
        <translation>Från mallfilen som länet (eller delregionen) skickat: dess organisationer föreslås då med sina katalog-id.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="240"/>
        <source>Proposed organisations</source>
        <translation>Föreslagna organisationer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="247"/>
        <source>Another organisation, e.g. Vårdcentralen Norr (the catalogue is searched)</source>
        <translation>En organisation till, t.ex. Vårdcentralen Norr (katalogen söks)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="249"/>
        <source>Another organisation</source>
        <translation>En organisation till</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/setup_wizard.py" line="269"/>
        <source>%n organisation(s) in the county&apos;s catalogue; those ticked ✓ are its entries.</source>
        <translation>
            <numerusform>%n organisation i länets katalog; de markerade med ✓ är dess poster.</numerusform>
            <numerusform>%n organisationer i länets katalog; de markerade med ✓ är dess poster.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="275"/>
        <source>Has the county sent its template file? Its organisation catalogue makes the same hospital one organisation across the kommuner.</source>
        <translation>Har länet skickat sin mallfil? Dess organisationskatalog gör samma sjukhus till en organisation i alla kommunerna.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="292"/>
        <source>From the catalogue ({id})</source>
        <translation>Från katalogen ({id})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="307"/>
        <source>The county&apos;s template file</source>
        <translation>Länets mallfil</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="309"/>
        <source>Närvård Samverkan files (*.narvard)</source>
        <translation>Närvård Samverkan-filer (*.narvard)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="250"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
</context>
<context>
    <name>OthersTable</name>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="70"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="70"/>
        <source>Reported</source>
        <translation>Rapporterade</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="70"/>
        <source>Received</source>
        <translation>Mottog</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/deviation_charts_tab.py" line="72"/>
        <source>Organisations counted as others</source>
        <translation>Organisationer som räknas som övriga</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="79"/>
        <source>Notice of meeting</source>
        <translation>Kallelse</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="80"/>
        <source>Notice of meeting (PDF)</source>
        <translation>Kallelse (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="82"/>
        <source>Meeting notes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="82"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="83"/>
        <source>Minutes (PDF)</source>
        <translation>Protokoll (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="88"/>
        <source>{title} for the meeting on {date}.</source>
        <translation>{title} för mötet {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="94"/>
        <source>The minutes are approved: the PDF says justerat.</source>
        <translation>Protokollet är justerat: det står i PDF:en.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="105"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="107"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="114"/>
        <source>Include</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="117"/>
        <source>&amp;Invited (attendance list)</source>
        <translation>&amp;Kallade (närvarolista)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="119"/>
        <source>&amp;Attendance list (present and absent)</source>
        <translation>&amp;Närvarolista (närvarande och frånvarande)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="121"/>
        <source>&amp;Linked activities, indicators and deviations</source>
        <translation>Kopplade a&amp;ktiviteter, indikatorer och avvikelser</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="122"/>
        <source>&amp;Deviation summary (counts by category)</source>
        <translation>Sammanställning av a&amp;vvikelser (antal per samverkanssituation)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="123"/>
        <source>Action &amp;plan status</source>
        <translation>Läget i &amp;handlingsplanen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="124"/>
        <source>&amp;Open action items from earlier meetings</source>
        <translation>Öppna åtgärder från &amp;tidigare möten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="139"/>
        <source>Also write a calendar file (.ics) beside the PDF</source>
        <translation>Skriv även en kalenderfil (.ics) bredvid PDF:en</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="143"/>
        <source>Op&amp;en the PDF when it is ready</source>
        <translation>Ö&amp;ppna PDF:en när den är klar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="149"/>
        <source>&amp;Write PDF</source>
        <translation>&amp;Skriv PDF</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="161"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/pdf_export_dialog.py" line="214"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF:en…</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="133"/>
        <source>Which kommun?</source>
        <translation>Vilken kommun?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="134"/>
        <source>Type part of the name or the SCB code to search.</source>
        <translation>Skriv en del av namnet eller SCB-koden för att söka.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="135"/>
        <source>Search kommun, e.g. Borås or 1490</source>
        <translation>Sök kommun, t.ex. Borås eller 1490</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="139"/>
        <source>(area not verified)</source>
        <translation>(område ej verifierat)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="145"/>
        <source>Kommuner marked &apos;area not verified&apos; may belong to another area; this can be corrected later under Group → Group details.</source>
        <translation>Kommuner markerade ”område ej verifierat” kan höra till ett annat område; det kan rättas senare under Gruppen → Gruppens uppgifter.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="150"/>
        <source>Which area?</source>
        <translation>Vilket område?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="151"/>
        <source>The six sub-regional areas of Västra Götaland.</source>
        <translation>De sex delregionala områdena i Västra Götaland.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="152"/>
        <source>Search area</source>
        <translation>Sök område</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="26"/>
        <source>Edit action plan</source>
        <translation>Ändra handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="26"/>
        <source>New action plan</source>
        <translation>Ny handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="29"/>
        <source>e.g. Handlingsplan god och nära vård 2026–2027</source>
        <translation>t.ex. Handlingsplan god och nära vård 2026–2027</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="33"/>
        <source>e.g. Äldre med omfattande behov av vård och omsorg</source>
        <translation>t.ex. Äldre med omfattande behov av vård och omsorg</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="35"/>
        <source>Who the plan is for (målgrupp), in words.</source>
        <translation>Vilka planen är till för (målgrupp), med egna ord.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="37"/>
        <source>– none chosen –</source>
        <translation>– ingen vald –</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="57"/>
        <source>The Färdplan&apos;s prioritised target group, from the county&apos;s list.</source>
        <translation>Färdplanens prioriterade målgrupp, från länets lista.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="65"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="67"/>
        <source>&amp;Prioritised target group:</source>
        <translation>&amp;Prioriterad målgrupp:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="71"/>
        <source>Target &amp;group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="72"/>
        <source>Period &amp;from:</source>
        <translation>Period &amp;från:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="73"/>
        <source>Period &amp;to:</source>
        <translation>Period t&amp;ill:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="74"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <location filename="../../ui/plan/overview.py" line="248"/>
        <source>Activities by status per way of working</source>
        <translation>Aktiviteter per status och arbetssätt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="266"/>
        <source>Due before the next meeting</source>
        <translation>Ska vara klart till nästa möte</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="289"/>
        <source>Double-click or press Enter to open the activity.</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna aktiviteten.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="318"/>
        <source>Number of activities</source>
        <translation>Antal aktiviteter</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="319"/>
        <source>delayed: {count}</source>
        <translation>försenade: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="320"/>
        <source>The plan has no activities yet</source>
        <translation>Planen har inga aktiviteter ännu</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="321"/>
        <source>Not chosen</source>
        <translation>Inte valt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="335"/>
        <source>No coming meeting is planned. Add one under Meetings to see what should be done by then.</source>
        <translation>Inget kommande möte är inlagt. Lägg in ett under Möten för att se vad som ska vara klart till dess.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/overview.py" line="342"/>
        <source>Next meeting {date}: %n unfinished activity(ies) due by then (delayed ones included).</source>
        <translation>
            <numerusform>Nästa möte {date}: %n aktivitet som inte är klar ska vara klar till dess (försenade räknas med).</numerusform>
            <numerusform>Nästa möte {date}: %n aktiviteter som inte är klara ska vara klara till dess (försenade räknas med).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="350"/>
        <source>Next meeting {date}: no unfinished activity is due by then.</source>
        <translation>Nästa möte {date}: ingen ofärdig aktivitet ska vara klar till dess.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/plan/page.py" line="84"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="91"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="97"/>
        <source>A group can have several plans, e.g. one per period.</source>
        <translation>En grupp kan ha flera planer, till exempel en per period.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="102"/>
        <source>New plan…</source>
        <translation>Ny plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="106"/>
        <location filename="../../ui/plan/page.py" line="111"/>
        <source>Edit plan…</source>
        <translation>Ändra plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="118"/>
        <source>Excel and more</source>
        <translation>Excel med mera</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="121"/>
        <source>Export to Excel…</source>
        <translation>Exportera till Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="123"/>
        <source>Export to Excel for sharing…</source>
        <translation>Exportera till Excel för delning…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="126"/>
        <source>Import from Excel…</source>
        <translation>Importera från Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="113"/>
        <source>Delete plan…</source>
        <translation>Ta bort planen…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="151"/>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="153"/>
        <source>Search the activities</source>
        <translation>Sök bland aktiviteterna</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="162"/>
        <source>The group has no action plan yet</source>
        <translation>Gruppen har ingen handlingsplan ännu</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="167"/>
        <source>An action plan (handlingsplan) holds the group&apos;s goals, the activities that lead there and the indicators that show how it is going. Create one, or import an existing list from Excel.</source>
        <translation>En handlingsplan samlar gruppens mål, aktiviteterna som leder dit och indikatorerna som visar hur det går. Skapa en ny, eller importera en lista ni redan har i Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="175"/>
        <source>&amp;Create action plan…</source>
        <translation>&amp;Skapa handlingsplan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="177"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importera från Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="193"/>
        <source>&amp;Activities</source>
        <translation>&amp;Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="196"/>
        <source>I&amp;ndicators</source>
        <translation>I&amp;ndikatorer</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="199"/>
        <source>O&amp;verview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="214"/>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="223"/>
        <source>Choose a goal to see only its activities and indicators.</source>
        <translation>Välj ett mål för att bara se dess aktiviteter och indikatorer.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="231"/>
        <source>New goal…</source>
        <translation>Nytt mål…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="234"/>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="237"/>
        <source>Edit goal…</source>
        <translation>Ändra målet…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="239"/>
        <source>Delete goal…</source>
        <translation>Ta bort målet…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="80"/>
        <source>Search title and description (Ctrl+F)</source>
        <translation>Sök i titel och beskrivning (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="91"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="93"/>
        <source>Not finished</source>
        <translation>Inte avslutade</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="99"/>
        <source>The Färdplan&apos;s ways of working (A1–A6) and prerequisites (F1–F5).</source>
        <translation>Färdplanens förändrade arbetssätt (A1–A6) och grundläggande förutsättningar (F1–F5).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="107"/>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="116"/>
        <source>Only &amp;delayed</source>
        <translation>Endast &amp;försenade</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="118"/>
        <source>Activities whose due date has passed and that are neither done nor cancelled.</source>
        <translation>Aktiviteter där klart-senast-datumet har passerat och som varken är klara eller avbrutna.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="270"/>
        <location filename="../../ui/plan/page_activities.py" line="124"/>
        <source>Due by next &amp;meeting</source>
        <translation>Klart före nästa &amp;möte</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="131"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="145"/>
        <source>+ New activity</source>
        <translation>+ Ny aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="148"/>
        <source>Add an activity to the plan (Ctrl+N).</source>
        <translation>Lägg till en aktivitet i planen (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="151"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="153"/>
        <source>Open the marked activity (Enter or double-click).</source>
        <translation>Öppna den markerade aktiviteten (Enter eller dubbelklick).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="159"/>
        <source>Set stat&amp;us of the marked activity:</source>
        <translation>Ändra s&amp;tatus för markerad aktivitet:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="165"/>
        <source>Changes the status at once, without opening the activity.</source>
        <translation>Ändrar statusen direkt, utan att öppna aktiviteten.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="261"/>
        <source>Due by next &amp;meeting ({date})</source>
        <translation>Klart före nästa &amp;möte ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="267"/>
        <source>Unfinished activities due on or before the next meeting.</source>
        <translation>Pågående och ej påbörjade aktiviteter som ska vara klara senast vid nästa möte.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="273"/>
        <source>No coming meeting is planned.</source>
        <translation>Inget kommande möte är inlagt.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="283"/>
        <source>All ways of working</source>
        <translation>Alla arbetssätt och förutsättningar</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="289"/>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="304"/>
        <source>All plans of every group (read-only)</source>
        <translation>Alla gruppers planer (skrivskyddat)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="307"/>
        <source>All plans (read-only list)</source>
        <translation>Alla planer (lista för läsning)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="311"/>
        <source>{title} – {group} (imported, read-only)</source>
        <translation>{title} – {group} (importerad, skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="370"/>
        <source>Activities from every group&apos;s plans. Choose one plan to see its goals and indicators.</source>
        <translation>Aktiviteter ur alla gruppers planer. Välj en plan för att se dess mål och indikatorer.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="381"/>
        <source>Period {start} – {end}</source>
        <translation>Period {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="388"/>
        <source>Target group: {target}</source>
        <translation>Målgrupp: {target}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="397"/>
        <source>Adopted at the meeting of {date}</source>
        <translation>Antagen vid mötet {date}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="402"/>
        <source>Imported from another group: read-only</source>
        <translation>Importerad från en annan grupp: kan inte ändras här</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="408"/>
        <source>All goals</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="360"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="362"/>
        <source>Set status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="374"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="431"/>
        <source>Discard changes</source>
        <translation>Släng ändringarna</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page_activities.py" line="432"/>
        <source>The open activity has changes that are not saved. Discard them?</source>
        <translation>Den öppna aktiviteten har ändringar som inte är sparade. Vill du slänga dem?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/plan_deletion.py" line="44"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n mål</numerusform>
            <numerusform>%n mål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/page_activities.py" line="285"/>
        <location filename="../../ui/plan/plan_deletion.py" line="45"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/plan_deletion.py" line="48"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indikator</numerusform>
            <numerusform>%n indikatorer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_deletion.py" line="54"/>
        <source>Delete plan</source>
        <translation>Ta bort planen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_deletion.py" line="55"/>
        <source>Delete the plan “{title}” with {contents}? You can undo this with “Undo” in the status bar until the program is closed; after that the deletion is also sent with the next export file.</source>
        <translation>Ta bort planen ”{title}” med {contents}? Du kan ångra med ”Ångra” i statusraden tills programmet stängs; därefter skickas borttagningen också med nästa exportfil.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_deletion.py" line="73"/>
        <source>Deleted the plan “{title}”.</source>
        <translation>Planen ”{title}” är borttagen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_deletion.py" line="76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="480"/>
        <source>Delete goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="482"/>
        <source>Delete the goal? Its activities and indicators stay in the plan, without a goal.</source>
        <translation>Vill du ta bort målet? Dess aktiviteter och indikatorer finns kvar i planen, utan mål.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../small_counts.py" line="32"/>
        <source>exact counts – not shown outside the group</source>
        <translation>exakta tal – visas ej utanför gruppen</translation>
    </message>
    <message>
        <location filename="../../small_counts.py" line="33"/>
        <source>&lt; {threshold}</source>
        <translation>&lt; {threshold}</translation>
    </message>
</context>
<context>
    <name>PrivacyHint</name>
    <message>
        <location filename="../../ui/kit/privacy_hint.py" line="91"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_hint.py" line="92"/>
        <source>Selects the number in the text so you can delete it.</source>
        <translation>Markerar numret i texten så att du kan ta bort det.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kit/privacy_hint.py" line="144"/>
        <source>The text holds %n personal identity number(s). Remove them: describe what happened, never who.</source>
        <translation>
            <numerusform>Texten innehåller %n personnummer. Ta bort det: beskriv vad som hände, aldrig vem.</numerusform>
            <numerusform>Texten innehåller %n personnummer. Ta bort dem: beskriv vad som hände, aldrig vem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_hint.py" line="151"/>
        <source>The text holds a coordination number (samordningsnummer). Remove it: describe what happened, never who.</source>
        <translation>Texten innehåller ett samordningsnummer. Ta bort det: beskriv vad som hände, aldrig vem.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_hint.py" line="155"/>
        <source>The text holds a personal identity number (personnummer). Remove it: describe what happened, never who.</source>
        <translation>Texten innehåller ett personnummer. Ta bort det: beskriv vad som hände, aldrig vem.</translation>
    </message>
</context>
<context>
    <name>PrivacyHitsModel</name>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="41"/>
        <source>Kind of record</source>
        <translation>Typ av post</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="41"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="41"/>
        <source>Looks like</source>
        <translation>Ser ut som</translation>
    </message>
</context>
<context>
    <name>PrivacyScan</name>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="31"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="32"/>
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
</context>
<context>
    <name>PrivacyScanDialog</name>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="81"/>
        <source>Personal identity number check</source>
        <translation>Personnummerkontroll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="86"/>
        <source>%n text(s) look like they hold a personal identity number or coordination number. Open each record and remove the number: such texts cannot leave the group.</source>
        <translation>
            <numerusform>%n text ser ut att innehålla ett personnummer eller samordningsnummer. Öppna posten och ta bort numret: en sådan text kan inte lämna gruppen.</numerusform>
            <numerusform>%n texter ser ut att innehålla ett personnummer eller samordningsnummer. Öppna varje post och ta bort numret: sådana texter kan inte lämna gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="93"/>
        <source>No personal identity numbers were found in the database.</source>
        <translation>Inga personnummer hittades i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/privacy_scan_dialog.py" line="110"/>
        <source>&amp;Open record</source>
        <translation>Ö&amp;ppna posten</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="58"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="59"/>
        <source>Meeting notes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="61"/>
        <source>Notice of meeting</source>
        <translation>Kallelse</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="63"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="64"/>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="65"/>
        <source>Co-opted</source>
        <translation>Adjungerade</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="68"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="69"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="70"/>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="71"/>
        <source>Action item</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="87"/>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="104"/>
        <source>Page {page} ({pages})</source>
        <translation>Sida {page} ({pages})</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="94"/>
        <location filename="../../reports/protocol_pdf.py" line="121"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="122"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="123"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="127"/>
        <location filename="../../reports/protocol_pdf.py" line="124"/>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="125"/>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="55"/>
        <source>Date of notice</source>
        <translation>Kallelsedatum</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="61"/>
        <location filename="../../reports/kallelse_pdf.py" line="72"/>
        <source>From</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="65"/>
        <source>Apologies</source>
        <translation>Förhinder</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="66"/>
        <source>Send apologies to {contact} by {date}.</source>
        <translation>Förhinder anmäls till {contact} senast {date}.</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="100"/>
        <location filename="../../reports/protocol_pdf.py" line="148"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="101"/>
        <location filename="../../reports/protocol_pdf.py" line="149"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="102"/>
        <source>Role and function</source>
        <translation>Roll och funktion</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="150"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="80"/>
        <location filename="../../reports/protocol_pdf.py" line="160"/>
        <source>Invited</source>
        <translation>Kallade</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="186"/>
        <source>Deviations reported in {start} to {end}</source>
        <translation>Avvikelser rapporterade {start} till {end}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="190"/>
        <source>Deviations reported up to the end of {end}</source>
        <translation>Avvikelser rapporterade till och med {end}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="196"/>
        <source>Deviations reported after {since} up to {until}</source>
        <translation>Avvikelser rapporterade efter {since} till och med {until}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="199"/>
        <source>Deviations reported up to {until}</source>
        <translation>Avvikelser rapporterade till och med {until}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="205"/>
        <source>No deviations were reported.</source>
        <translation>Inga avvikelser har rapporterats.</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="217"/>
        <source>Total of the counts shown</source>
        <translation>Summa av visade antal</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="219"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="225"/>
        <source>Category</source>
        <translation>Samverkanssituation</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="226"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="240"/>
        <source>Categories with fewer than {threshold} cases are not shown as numbers, nor (–) enough others that they cannot be worked out; the total counts only the numbers shown.</source>
        <translation>Kategorier med färre än {threshold} fall visas inte som tal, och inte heller (–) så många andra att de inte kan räknas fram; summan räknar bara de tal som visas.</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="261"/>
        <source>Activities by way of working on {date}</source>
        <translation>Aktiviteter per arbetssätt den {date}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="133"/>
        <source>Minutes checkers</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="236"/>
        <source>Counts only; the descriptions stay in the deviation log.</source>
        <translation>Endast antal; beskrivningarna finns kvar i avvikelseloggen.</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="270"/>
        <source>The action plan has no activities.</source>
        <translation>Handlingsplanen har inga aktiviteter.</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="276"/>
        <source>Way of working</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="299"/>
        <source>Delayed activities</source>
        <translation>Försenade aktiviteter</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="303"/>
        <source>Due before the next meeting ({date})</source>
        <translation>Ska vara klara före nästa möte ({date})</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="306"/>
        <source>Due by {date}</source>
        <translation>Ska vara klara senast {date}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="317"/>
        <source>Open action items from earlier meetings</source>
        <translation>Öppna åtgärder från tidigare möten</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="322"/>
        <source>No open action items.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="327"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="328"/>
        <location filename="../../reports/protocol_pdf.py" line="365"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="329"/>
        <location filename="../../reports/protocol_pdf.py" line="366"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="330"/>
        <location filename="../../reports/protocol_pdf.py" line="367"/>
        <source>By</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="348"/>
        <source>Presented by the chair.</source>
        <translation>Föredrogs av ordföranden.</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="357"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="361"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_pdf.py" line="375"/>
        <source>Linked to</source>
        <translation>Kopplat till</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="25"/>
        <source>Draft – not approved (ej justerat)</source>
        <translation>Utkast – ej justerat</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="55"/>
        <source>Paragraph § {first}</source>
        <translation>Paragraf § {first}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="56"/>
        <source>Paragraphs §§ {first}–{last}</source>
        <translation>Paragrafer §§ {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="93"/>
        <source>Place (ort)</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="120"/>
        <source>Secretary (recorded by)</source>
        <translation>Vid protokollet (sekreterare)</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="122"/>
        <source>Notes taken by</source>
        <translation>Antecknat av</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="133"/>
        <source>Minutes checker</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="151"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="167"/>
        <source>Approved (justerat) {date} by {names}</source>
        <translation>Justerat {date} av {names}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="171"/>
        <source>Approved (justerat) {date}</source>
        <translation>Justerat {date}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="184"/>
        <source>Locked {time}. Checksum (SHA-256): {checksum}</source>
        <translation>Låst {time}. Kontrollsumma (SHA-256): {checksum}</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="199"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="200"/>
        <source>Date of meeting</source>
        <translation>Sammanträdesdatum</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="201"/>
        <location filename="../../reports/protocol_pdf.py" line="137"/>
        <source>Date of approval</source>
        <translation>Justeringsdatum</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="202"/>
        <source>Notice posted on</source>
        <translation>Anslaget sätts upp</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="203"/>
        <source>Notice taken down on</source>
        <translation>Anslaget tas ned</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="204"/>
        <location filename="../../reports/protocol_pdf.py" line="140"/>
        <source>Minutes kept at</source>
        <translation>Förvaringsplats</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="205"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="226"/>
        <source>Posting certificate (anslag/bevis)</source>
        <translation>Anslag/bevis</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="231"/>
        <source>The approval of these minutes has been announced by posting.</source>
        <translation>Protokollets justering har tillkännagivits genom anslag.</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="252"/>
        <source>Appendix: opened for changes after justering</source>
        <translation>Bilaga: öppnat för ändringar efter justering</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="257"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="258"/>
        <source>Opened by</source>
        <translation>Öppnat av</translation>
    </message>
    <message>
        <location filename="../../reports/protocol_blocks.py" line="259"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../reports/kallelse_pdf.py" line="127"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location filename="../../reports/document_privacy.py" line="18"/>
        <source>the meeting details</source>
        <translation>mötesuppgifterna</translation>
    </message>
    <message>
        <location filename="../../reports/document_privacy.py" line="19"/>
        <source>the attendance list</source>
        <translation>närvarolistan</translation>
    </message>
    <message>
        <location filename="../../reports/document_privacy.py" line="20"/>
        <source>the group&apos;s name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <location filename="../../reports/document_privacy.py" line="21"/>
        <source>the signatures</source>
        <translation>underskrifterna</translation>
    </message>
    <message>
        <location filename="../../reports/document_privacy.py" line="22"/>
        <source>the reopening log</source>
        <translation>loggen över återöppningar</translation>
    </message>
    <message>
        <location filename="../../reports/document_privacy.py" line="23"/>
        <source>the document&apos;s other text</source>
        <translation>dokumentets övriga text</translation>
    </message>
</context>
<context>
    <name>ProvenanceBanner</name>
    <message>
        <location filename="../../ui/kit/provenance.py" line="85"/>
        <source>Imported from {source}. This record belongs to {owner} and cannot be changed here; changes arrive with their next file.</source>
        <translation>Importerad från {source}. Uppgiften tillhör {owner} och kan inte ändras här; ändringar kommer med deras nästa fil.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/provenance.py" line="91"/>
        <source>Only the group that owns a record may change it, so that the same record never has two different versions.</source>
        <translation>Bara gruppen som äger en uppgift får ändra den, så att samma uppgift aldrig finns i två olika versioner.</translation>
    </message>
</context>
<context>
    <name>ReadInFooter</name>
    <message>
        <location filename="../../ui/kit/read_in_footer.py" line="26"/>
        <source>&amp;Read in</source>
        <translation>&amp;Läs in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kit/read_in_footer.py" line="57"/>
        <source>… and %n more row(s).</source>
        <translation>
            <numerusform>… och %n rad till.</numerusform>
            <numerusform>… och %n rader till.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kit/read_in_footer.py" line="60"/>
        <source>Nothing can be read in until these rows are corrected.</source>
        <translation>Ingenting kan läsas in förrän de här raderna är rättade.</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <location filename="../../ui/kit/forms.py" line="286"/>
        <source>This record belongs to {owner} and cannot be changed here; changes arrive with their next file.</source>
        <translation>Uppgiften tillhör {owner} och kan inte ändras här; ändringar kommer med deras nästa fil.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/kit/forms.py" line="322"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../ui/kit/forms.py" line="326"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/kit/forms.py" line="346"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../record_kinds.py" line="77"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="78"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="87"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="88"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="96"/>
        <source>Person in the group</source>
        <translation>Person i gruppen</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="97"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="105"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="106"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="115"/>
        <source>Agenda item (§)</source>
        <translation>Dagordningspunkt (§)</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="116"/>
        <source>Agenda items</source>
        <translation>Dagordningspunkter</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="124"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="125"/>
        <source>Action plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="134"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="135"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="143"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="144"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="154"/>
        <source>Measured value</source>
        <translation>Mätvärde</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="155"/>
        <source>Measured values</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="162"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="163"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="171"/>
        <source>Progress note</source>
        <translation>Lägesanteckning</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="172"/>
        <source>Progress notes</source>
        <translation>Lägesanteckningar</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="182"/>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="183"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="196"/>
        <source>Deviation, change of state</source>
        <translation>Avvikelse, statusändring</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="197"/>
        <source>Deviation history</source>
        <translation>Avvikelsehistorik</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="203"/>
        <location filename="../../record_kinds.py" line="204"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="213"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="214"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="221"/>
        <source>Action item</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="222"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="231"/>
        <source>Link</source>
        <translation>Koppling</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="232"/>
        <source>Links</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="238"/>
        <source>Reopened protocol</source>
        <translation>Återöppnat protokoll</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="239"/>
        <source>Reopened protocols</source>
        <translation>Återöppnade protokoll</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="250"/>
        <source>Export or import</source>
        <translation>Export eller import</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="251"/>
        <source>Exports and imports</source>
        <translation>Exporter och importer</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="258"/>
        <source>Deviation category</source>
        <translation>Avvikelsekategori</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="259"/>
        <source>Deviation categories</source>
        <translation>Avvikelsekategorier</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="266"/>
        <source>Catalogue organisation</source>
        <translation>Organisation i katalogen</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="267"/>
        <source>Organisation catalogue</source>
        <translation>Organisationskatalog</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="276"/>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <location filename="../../record_kinds.py" line="277"/>
        <source>Organisation types</source>
        <translation>Organisationstyper</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <location filename="../../record_rules.py" line="267"/>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{value}&apos; är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="268"/>
        <source>&apos;{value}&apos; is not a point in time</source>
        <translation>&apos;{value}&apos; är inte en tidpunkt</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="269"/>
        <source>&apos;{value}&apos; is not a time of day (HH:MM)</source>
        <translation>&apos;{value}&apos; är inte ett klockslag (TT:MM)</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="270"/>
        <source>&apos;{value}&apos; is not a known code</source>
        <translation>&apos;{value}&apos; är ingen känd kod</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="271"/>
        <source>{value} is outside {low}–{high}</source>
        <translation>{value} ligger utanför {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="272"/>
        <source>the list of records cannot be read</source>
        <translation>listan över poster går inte att läsa</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="273"/>
        <source>the stored content cannot be read</source>
        <translation>det sparade innehållet går inte att läsa</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="274"/>
        <source>&apos;{value}&apos; is not a period (e.g. 2026-Q1)</source>
        <translation>&apos;{value}&apos; är ingen period (t.ex. 2026-Q1)</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="275"/>
        <source>too long: at most {limit} characters, now {length}</source>
        <translation>för lång: högst {limit} tecken, nu {length}</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="276"/>
        <source>&apos;{value}&apos; is not text</source>
        <translation>&apos;{value}&apos; är inte text</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="277"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; är inte ett heltal</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="278"/>
        <source>&apos;{value}&apos; is not a catalogue id (capital letters, digits and -, e.g. ORG-12AB)</source>
        <translation>&apos;{value}&apos; är inte ett katalog-id (versaler, siffror och -, t.ex. ORG-12AB)</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="281"/>
        <source>&apos;{value}&apos; is not an HSA-id (e.g. SE2321000131-E000000000001)</source>
        <translation>&apos;{value}&apos; är inte ett HSA-id (t.ex. SE2321000131-E000000000001)</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="284"/>
        <source>&apos;{value}&apos; is not a kommun code (four digits, e.g. 1490)</source>
        <translation>&apos;{value}&apos; är inte en kommunkod (fyra siffror, t.ex. 1490)</translation>
    </message>
    <message>
        <location filename="../../record_rules.py" line="305"/>
        <source>{kind} {record}, field {field}: {reason}</source>
        <translation>{kind} {record}, fältet {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../exchange/plan.py" line="44"/>
        <source>it refers to a record that is neither in the file nor here</source>
        <translation>den hänvisar till en post som varken finns i filen eller här</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../services/reminders.py" line="54"/>
        <source>Check-in due</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <location filename="../../services/reminders.py" line="55"/>
        <source>Answer due</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location filename="../../services/reminders.py" line="56"/>
        <source>Action item before the next meeting</source>
        <translation>Åtgärd före nästa möte</translation>
    </message>
    <message>
        <location filename="../../services/reminders.py" line="57"/>
        <source>Report to the level above</source>
        <translation>Rapport uppåt</translation>
    </message>
    <message>
        <location filename="../../services/reminders.py" line="59"/>
        <source>Send the group&apos;s file to the level above</source>
        <translation>Skicka gruppens fil till nivån ovanför</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../ui/shell/reminders_panel.py" line="49"/>
        <location filename="../../ui/shell/reminders_panel.py" line="110"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminders_panel.py" line="52"/>
        <source>Nothing is due in the coming days.</source>
        <translation>Inget att göra de närmaste dagarna.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminders_panel.py" line="80"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminders_panel.py" line="92"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminders_panel.py" line="96"/>
        <source>Remind me later</source>
        <translation>Påminn igen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminders_panel.py" line="97"/>
        <source>Leave this out of the list for a week</source>
        <translation>Ta bort ur listan i en vecka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/reminders_panel.py" line="107"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/reminders_panel.py" line="110"/>
        <location filename="../../ui/shell/reminders_panel.py" line="128"/>
        <source>To do (%n)</source>
        <translation>
            <numerusform>Att göra (%n)</numerusform>
            <numerusform>Att göra (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminders_panel.py" line="131"/>
        <source>Show what is due soon</source>
        <translation>Visa det som ska göras snart</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="129"/>
        <source>Open for changes</source>
        <translation>Öppna för ändring</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="135"/>
        <source>The minutes of {date} are approved. Opening them for changes is logged with your reason, and the checksum changes when they are approved again.</source>
        <translation>Protokollet från {date} är justerat. Att öppna det för ändring loggas med ditt skäl, och kontrollsumman ändras när det justeras igen.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="144"/>
        <source>e.g. The minutes checkers asked for a corrected § 6.</source>
        <translation>t.ex. Justerarna bad om en rättad § 6.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="147"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Skäl (måste fyllas i):</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="150"/>
        <source>Your name (optional)</source>
        <translation>Ditt namn (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="151"/>
        <source>Opened &amp;by:</source>
        <translation>Öppnat &amp;av:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="153"/>
        <source>&amp;Open for changes</source>
        <translation>Ö&amp;ppna för ändring</translation>
    </message>
</context>
<context>
    <name>ReopenLog</name>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="237"/>
        <source>Opened for changes after approval:</source>
        <translation>Öppnat för ändring efter justering:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="240"/>
        <source>{when} UTC: {reason}</source>
        <translation>{when} UTC: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/justering_dialogs.py" line="242"/>
        <source> (by {name})</source>
        <translation> (av {name})</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="54"/>
        <source>finished activities</source>
        <translation>klara aktiviteter</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="55"/>
        <source>delayed activities</source>
        <translation>försenade aktiviteter</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="56"/>
        <source>paused or cancelled activities</source>
        <translation>pausade eller avbrutna aktiviteter</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="57"/>
        <source>indicators</source>
        <translation>indikatorer</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="58"/>
        <source>meetings</source>
        <translation>möten</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="59"/>
        <source>decisions</source>
        <translation>beslut</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="131"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="132"/>
        <source>Way of working</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="133"/>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="143"/>
        <source>The action plan by way of working</source>
        <translation>Handlingsplanen per arbetssätt och förutsättning</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="146"/>
        <source>Way of working / prerequisite</source>
        <translation>Arbetssätt / förutsättning</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="147"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="150"/>
        <location filename="../../reports/followup_report_pdf.py" line="193"/>
        <location filename="../../reports/followup_report_pdf.py" line="394"/>
        <source>Delayed</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="157"/>
        <source>No activities in the plan.</source>
        <translation>Inga aktiviteter i planen.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="173"/>
        <source>Goals by horizon</source>
        <translation>Mål per tidshorisont</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="181"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="182"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="183"/>
        <source>Horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="184"/>
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="192"/>
        <source>Finished in the period</source>
        <translation>Klara under perioden</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="194"/>
        <source>Paused or cancelled in the period</source>
        <translation>Pausade eller avbrutna under perioden</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="200"/>
        <location filename="../../reports/followup_report_pdf.py" line="383"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="215"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="219"/>
        <source>No indicators in the plan.</source>
        <translation>Inga indikatorer i planen.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="222"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="223"/>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="224"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="225"/>
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="226"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="230"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="251"/>
        <source>Total of the figures shown</source>
        <translation>Summa av visade tal</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="262"/>
        <source>Deviations in collaboration</source>
        <translation>Avvikelser i samverkan</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="281"/>
        <source>No deviations reported in the period.</source>
        <translation>Inga avvikelser rapporterade under perioden.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="395"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="440"/>
        <source>Counts of deviations from 1 to {below} are shown as “&lt; {limit}”, with other figures beside them hidden where needed, so that no case can be worked out. Totals are the sum of the figures shown.</source>
        <translation>Antal avvikelser från 1 till {below} visas som ”&lt; {limit}”, och andra tal bredvid döljs där det behövs, så att inget enskilt fall kan räknas fram. Summor är summan av de tal som visas.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="268"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="269"/>
        <location filename="../../reports/followup_report_pdf.py" line="298"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="270"/>
        <location filename="../../reports/followup_report_pdf.py" line="299"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="288"/>
        <source>By agreement (the category figures shown)</source>
        <translation>Per överenskommelse (av visade kategorital)</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="309"/>
        <source>Too few to show (fewer than {limit}).</source>
        <translation>För få för att visas (färre än {limit}).</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="313"/>
        <source>No answers were due in the period.</source>
        <translation>Inga svar skulle lämnas under perioden.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="315"/>
        <source>{within} of {decided} ({share} %)</source>
        <translation>{within} av {decided} ({share} %)</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="324"/>
        <source>Answers within the deadline</source>
        <translation>Svar inom svarstiden</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="326"/>
        <source>Systemfel</source>
        <translation>Systemfel</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="329"/>
        <source>Escalated</source>
        <translation>Eskalerade</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="339"/>
        <source>Meetings and decisions</source>
        <translation>Möten och beslut</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="344"/>
        <source>No meetings held in the period.</source>
        <translation>Inga möten hölls under perioden.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="346"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="346"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="354"/>
        <location filename="../../reports/followup_report_pdf.py" line="373"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="355"/>
        <location filename="../../services/followup_report.py" line="379"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="356"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="357"/>
        <source>Approved</source>
        <translation>Justerat</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="364"/>
        <location filename="../../reports/followup_report_pdf.py" line="397"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="375"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="391"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="392"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="393"/>
        <source>Finished</source>
        <translation>Klara</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="396"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="414"/>
        <source>Summary for the area</source>
        <translation>Sammanfattning för området</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="425"/>
        <location filename="../../reports/followup_report_pdf.py" line="477"/>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="429"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="431"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="434"/>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="468"/>
        <source>No group is set up in this data folder.</source>
        <translation>Ingen grupp är upplagd i den här datamappen.</translation>
    </message>
    <message>
        <location filename="../../reports/followup_report_pdf.py" line="494"/>
        <source>Page {page} ({pages})</source>
        <translation>Sida {page} ({pages})</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="287"/>
        <source>Target reached</source>
        <translation>Målet nått</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="289"/>
        <source>No values yet</source>
        <translation>Inga värden ännu</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="291"/>
        <source>On track</source>
        <translation>I fas</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="292"/>
        <source>Behind</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="348"/>
        <source>Other or no category</source>
        <translation>Annan eller ingen kategori</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="376"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../services/followup_report.py" line="377"/>
        <source>Notes</source>
        <translation>Minnesanteckningar</translation>
    </message>
</context>
<context>
    <name>ReportDatesDialog</name>
    <message>
        <location filename="../../ui/year_wheel/report_dates_dialog.py" line="18"/>
        <source>Reporting dates</source>
        <translation>Rapporteringsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/report_dates_dialog.py" line="24"/>
        <source>When the group sends its file to the level above. Write one date a line (YYYY-MM-DD); the To do list reminds of the next one.</source>
        <translation>När gruppen skickar sin fil till nivån ovanför. Skriv ett datum per rad (ÅÅÅÅ-MM-DD); listan Att göra påminner om nästa.</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/report_dates_dialog.py" line="35"/>
        <source>From the county: {dates}</source>
        <translation>Från länet: {dates}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="49"/>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="52"/>
        <source>A PDF for the yearly revision: the action plan per way of working, indicators against their targets, deviations per category and agreement, and the meetings and decisions of the period. Small counts are hidden, as in everything that leaves the group.</source>
        <translation>En PDF inför den årliga revideringen: handlingsplanen per arbetssätt, indikatorerna mot sina mål, avvikelser per kategori och överenskommelse samt periodens möten och beslut. Små antal döljs, som i allt som lämnar gruppen.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="63"/>
        <source>A year (2026), half year (2026-H1), quarter (2026-Q3) or 2026-01..2026-06.</source>
        <translation>Ett år (2026), halvår (2026-H1), kvartal (2026-Q3) eller 2026-01..2026-06.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="66"/>
        <source>This group&apos;s own records</source>
        <translation>Den här gruppens egna uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="67"/>
        <source>Every group (one section each, with a summary)</source>
        <translation>Alla grupper (ett avsnitt var, med sammanfattning)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="71"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="73"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Omfattar:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="83"/>
        <source>&amp;Write PDF…</source>
        <translation>&amp;Skriv PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="111"/>
        <source>Uppfoljningsrapport {period}.pdf</source>
        <translation>Uppföljningsrapport {period}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="113"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="113"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/report_dialog.py" line="128"/>
        <source>Writing the follow-up report…</source>
        <translation>Skriver uppföljningsrapporten…</translation>
    </message>
</context>
<context>
    <name>RiskPicker</name>
    <message>
        <location filename="../../ui/deviations/risk_picker.py" line="50"/>
        <source>Choose how serious the consequence was or could have been (rows) and how likely it is to happen again (columns). Arrow keys move, Delete clears.</source>
        <translation>Välj hur allvarlig konsekvensen blev eller kunde ha blivit (rader) och hur sannolikt det är att det händer igen (kolumner). Piltangenterna flyttar, Delete tömmer.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_picker.py" line="91"/>
        <source>No risk assessed</source>
        <translation>Ingen risk bedömd</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_picker.py" line="93"/>
        <source>Risk {score}: consequence {consequence}, likelihood {likelihood}</source>
        <translation>Risk {score}: konsekvens {consequence}, sannolikhet {likelihood}</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_picker.py" line="100"/>
        <source>Risk matrix</source>
        <translation>Riskmatris</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_picker.py" line="143"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_picker.py" line="149"/>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
</context>
<context>
    <name>RiskSection</name>
    <message>
        <location filename="../../ui/deviations/risk_section.py" line="19"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_section.py" line="33"/>
        <source>Care in&amp;jury:</source>
        <translation>&amp;Vårdskada:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_section.py" line="37"/>
        <source>Lex Maria and Lex Sarah are handled in each organisation&apos;s own process and system, not here.</source>
        <translation>Lex Maria och Lex Sarah hanteras i varje organisations egen process och eget system, inte här.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_section.py" line="52"/>
        <source>No risk assessed yet (optional).</source>
        <translation>Ingen risk bedömd ännu (frivilligt).</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/risk_section.py" line="56"/>
        <source>{risk} – needs deeper analysis (threshold {threshold}).</source>
        <translation>{risk} – behöver fördjupad analys (gräns {threshold}).</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <location filename="../../services/area_rollups.py" line="32"/>
        <source>Reporting: the latest file from each group</source>
        <translation>Rapportering: senaste filen från varje grupp</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="33"/>
        <source>Färdplanen: activities per way of working and group</source>
        <translation>Färdplanen: aktiviteter per arbetssätt och grupp</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="36"/>
        <source>County template activities in each group</source>
        <translation>Länets mallaktiviteter i varje grupp</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="38"/>
        <source>Template indicators compared across groups</source>
        <translation>Mallindikatorer jämförda mellan grupperna</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="39"/>
        <source>Systemfel and escalations</source>
        <translation>Systemfel och eskaleringar</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="126"/>
        <source>via {group}</source>
        <translation>via {group}</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="131"/>
        <source>never reported</source>
        <translation>har aldrig rapporterat</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="141"/>
        <location filename="../../services/area_rollups.py" line="182"/>
        <location filename="../../services/area_rollups.py" line="250"/>
        <location filename="../../services/area_rollups.py" line="287"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="142"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="143"/>
        <source>Last received</source>
        <translation>Senast mottagen</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="144"/>
        <source>Days since</source>
        <translation>Dagar sedan</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="145"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="146"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="147"/>
        <source>Gaps</source>
        <translation>Luckor</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="148"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="179"/>
        <source>activities (of them delayed)</source>
        <translation>aktiviteter (varav försenade)</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="218"/>
        <source>Template activity</source>
        <translation>Mallaktivitet</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="249"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="251"/>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="252"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="253"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="254"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="280"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="288"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="289"/>
        <source>Reported</source>
        <translation>Rapporterad</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="290"/>
        <source>Age (days)</source>
        <translation>Ålder (dagar)</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="291"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="292"/>
        <source>Systemfel</source>
        <translation>Systemfel</translation>
    </message>
    <message>
        <location filename="../../services/area_rollups.py" line="293"/>
        <source>Escalated to</source>
        <translation>Eskalerad till</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="65"/>
        <location filename="../../ui/shell/search_dialog.py" line="151"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="70"/>
        <source>Words or the beginnings of words, e.g. hemgång or läkemedel</source>
        <translation>Ord eller början av ord, t.ex. hemgång eller läkemedel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="73"/>
        <source>Search words</source>
        <translation>Sökord</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="76"/>
        <source>Let a and o also find å, ä and ö</source>
        <translation>Låt a och o hitta även å, ä och ö</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="84"/>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="84"/>
        <source>In the field</source>
        <translation>I fältet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="89"/>
        <source>↓ to the results · Enter opens · Esc closes</source>
        <translation>↓ till träffarna · Enter öppnar · Esc stänger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/search_dialog.py" line="130"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n post hittades</numerusform>
            <numerusform>%n poster hittades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="160"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Sök i allt (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="162"/>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="28"/>
        <source>Program</source>
        <translation>Programmet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="34"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="37"/>
        <source>The group&apos;s rules</source>
        <translation>Gruppens regler</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="42"/>
        <source>&amp;Risk score for deeper analysis:</source>
        <translation>&amp;Riskpoäng för fördjupad analys:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="45"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="47"/>
        <source>&amp;Answer deadline for deviations:</source>
        <translation>&amp;Svarstid för avvikelser:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="54"/>
        <source>§ &amp;numbering:</source>
        <translation>&amp;Paragrafnumrering:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="55"/>
        <source>The group&apos;s rules travel with its exported files.</source>
        <translation>Gruppens regler följer med i dess exportfiler.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="366"/>
        <source>Set up Närvård Samverkan</source>
        <translation>Kom igång med Närvård Samverkan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="401"/>
        <source>Care collaboration {place}</source>
        <translation>Närvårdssamverkan {place}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_wizard.py" line="405"/>
        <source>County-wide collaboration Västra Götaland</source>
        <translation>Länsgemensam samverkan Västra Götaland</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="116"/>
        <location filename="../../ui/shell/shortcuts.py" line="130"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="121"/>
        <source>Tab and Shift+Tab move between fields; Alt and the underlined letter pick a menu or a field.</source>
        <translation>Tab och Skift+Tab flyttar mellan fälten; Alt och den understrukna bokstaven väljer en meny eller ett fält.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="148"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="148"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="148"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/shell/start_page.py" line="99"/>
        <source>activities in progress</source>
        <translation>aktiviteter pågår</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="104"/>
        <source>activities delayed</source>
        <translation>aktiviteter är försenade</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="109"/>
        <source>open deviations</source>
        <translation>öppna avvikelser</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="114"/>
        <source>answers overdue (past deadline)</source>
        <translation>svar har passerat svarstiden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="119"/>
        <source>open action items from meetings</source>
        <translation>öppna åtgärder från möten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="123"/>
        <source>next meeting</source>
        <translation>nästa möte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="129"/>
        <source>Opens the meeting.</source>
        <translation>Öppnar mötet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="131"/>
        <source>Shows exactly these in their section.</source>
        <translation>Visar just dessa i sin del av programmet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="146"/>
        <source>Getting started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="151"/>
        <source>1. Enter the group&apos;s action plan under Action plan.
2. Log deviations in collaboration under Deviations as they come in.
3. Prepare the next meeting under Meetings: the agenda is prefilled.
4. Once a quarter, send a file to the level above under Exchange.</source>
        <translation>1. Lägg in gruppens handlingsplan under Handlingsplan.
2. Registrera avvikelser i samverkan under Avvikelser när de kommer in.
3. Förbered nästa möte under Möten: dagordningen är förifylld.
4. En gång per kvartal skickar ni en fil till nivån ovanför under Utbyte.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="159"/>
        <source>Try with demo data…</source>
        <translation>Prova med demodata…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="161"/>
        <source>Fills the group with fictional example data to explore the program.</source>
        <translation>Fyller gruppen med påhittade exempeldata så att du kan utforska programmet.</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <location filename="../../ui/deviations/state_panel.py" line="26"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/state_panel.py" line="34"/>
        <source>Move on, dated:</source>
        <translation>Ändra status, daterat:</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/state_panel.py" line="37"/>
        <source>The date the change of state is logged with.</source>
        <translation>Datumet som statusändringen loggas med.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/state_panel.py" line="55"/>
        <source>New: saved as {state}.</source>
        <translation>Ny: sparas som {state}.</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/state_panel.py" line="67"/>
        <source>{state} – the answer is overdue</source>
        <translation>{state} – svaret är försenat</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/state_panel.py" line="82"/>
        <source>Change the state to {state}, dated with the date beside.</source>
        <translation>Ändra status till {state}, daterat med datumet bredvid.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../services/indicator_statistics.py" line="57"/>
        <source>From {file}</source>
        <translation>Från {file}</translation>
    </message>
</context>
<context>
    <name>StatisticsImportDialog</name>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="54"/>
        <source>Indicator values from file</source>
        <translation>Indikatorvärden från fil</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="58"/>
        <source>Read values from a CSV file downloaded from Kolada or SCB (columns kpi, municipality, period, value). Indicators are matched by their statistics code; only the rows of the area below are read. Nothing is written until you press Read in.</source>
        <translation>Läs in värden från en CSV-fil som laddats ner från Kolada eller SCB (kolumnerna kpi, municipality, period, value). Indikatorerna känns igen på sin statistikkod; bara raderna för området nedan läses. Ingenting skrivs förrän du trycker på Läs in.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="67"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="68"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="79"/>
        <source>Kommun code (e.g. 1490 Borås) or 0014 for Västra Götalandsregionen.</source>
        <translation>Kommunkod (t.ex. 1490 Borås) eller 0014 för Västra Götalandsregionen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="83"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="84"/>
        <source>&amp;Area code:</source>
        <translation>&amp;Områdeskod:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="89"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="89"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="89"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="89"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="93"/>
        <source>Values in the file</source>
        <translation>Värden i filen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="114"/>
        <source>Choose a statistics file</source>
        <translation>Välj en statistikfil</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="114"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="138"/>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="138"/>
        <source>Replaces the value</source>
        <translation>Ersätter värdet</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="144"/>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/statistics_dialog.py" line="153"/>
        <source>%n value(s) to write.</source>
        <translation>
            <numerusform>%n värde att skriva.</numerusform>
            <numerusform>%n värden att skriva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/statistics_dialog.py" line="155"/>
        <source>%n row(s) of other areas are left out.</source>
        <translation>
            <numerusform>%n rad för andra områden lämnas utanför.</numerusform>
            <numerusform>%n rader för andra områden lämnas utanför.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="158"/>
        <source>Codes that no indicator follows: {codes}.</source>
        <translation>Koder som ingen indikator följer: {codes}.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/statistics_dialog.py" line="166"/>
        <source>Row {line}: {message}</source>
        <translation>Rad {line}: {message}</translation>
    </message>
</context>
<context>
    <name>StatusByWayModel</name>
    <message>
        <location filename="../../ui/plan/overview.py" line="106"/>
        <source>Way of working or prerequisite</source>
        <translation>Arbetssätt eller förutsättning</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="108"/>
        <source>of which delayed</source>
        <translation>varav försenade</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="108"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="134"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ui/plan/overview.py" line="138"/>
        <source>Not chosen</source>
        <translation>Inte valt</translation>
    </message>
</context>
<context>
    <name>StatusNotice</name>
    <message>
        <location filename="../../ui/kit/status_notice.py" line="29"/>
        <source>No program to show {name} could be started. The file is in {folder}.</source>
        <translation>Inget program kunde startas för att visa {name}. Filen finns i {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/status_notice.py" line="32"/>
        <source>Saved {name} in {folder}.</source>
        <translation>Sparade {name} i {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/status_notice.py" line="33"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/kit/status_notice.py" line="34"/>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <location filename="../../ui/kit/text_limits.py" line="22"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} av {limit} tecken</translation>
    </message>
</context>
<context>
    <name>ToActivityDialog</name>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="55"/>
        <source>Make it an activity</source>
        <translation>Gör till aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="61"/>
        <source>“{what}” becomes an activity in the action plan, linked to this meeting.</source>
        <translation>”{what}” blir en aktivitet i handlingsplanen, kopplad till det här mötet.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="69"/>
        <source>Action &amp;plan:</source>
        <translation>&amp;Handlingsplan:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="71"/>
        <source>— choose later —</source>
        <translation>— välj senare —</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="74"/>
        <source>The Färdplan way of working or prerequisite it serves.</source>
        <translation>Det arbetssätt eller den förutsättning i Färdplanen som aktiviteten hör till.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="75"/>
        <source>&amp;Way of working:</source>
        <translation>&amp;Arbetssätt:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="77"/>
        <source>&amp;Create activity</source>
        <translation>&amp;Skapa aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_dialogs.py" line="81"/>
        <source>The group has no action plan yet. Create one under Action plan first.</source>
        <translation>Gruppen har ingen handlingsplan än. Skapa en under Handlingsplan först.</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="30"/>
        <location filename="../../ui/shell/undo_action.py" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="32"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="48"/>
        <source>{kind} “{name}”</source>
        <translation>{kind} ”{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="51"/>
        <source>&amp;Undo status change</source>
        <translation>&amp;Ångra statusändring</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="53"/>
        <source>&amp;Undo deleting {what}</source>
        <translation>&amp;Ångra borttagning av {what}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="55"/>
        <source>&amp;Undo adding {what}</source>
        <translation>&amp;Ångra tillägg av {what}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="56"/>
        <source>&amp;Undo changes to {what}</source>
        <translation>&amp;Ångra ändring av {what}</translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="244"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="244"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/indicator_panel.py" line="244"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>WithheldModel</name>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="151"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="152"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="153"/>
        <source>Belongs to</source>
        <translation>Tillhör</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="154"/>
        <source>Text (the number hidden)</source>
        <translation>Text (numret dolt)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="193"/>
        <source>Record id: {id}</source>
        <translation>Postens id: {id}</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <location filename="../../xlsx/importer.py" line="58"/>
        <source>Sheet {sheet}: {message}</source>
        <translation>Bladet {sheet}: {message}</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="60"/>
        <source>Sheet {sheet}, row {row}: {message}</source>
        <translation>Bladet {sheet}, rad {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="224"/>
        <source>a required column is missing: {columns}.</source>
        <translation>en obligatorisk kolumn saknas: {columns}.</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="266"/>
        <source>the workbook has no sheet the program knows. Expected sheets: {names}.</source>
        <translation>arbetsboken har inget blad som programmet känner igen. Förväntade blad: {names}.</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="288"/>
        <source>Import from {name}</source>
        <translation>Import från {name}</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="292"/>
        <source>  {sheet}: {rows} rows, {created} new, {skipped} already present</source>
        <translation>  {sheet}: {rows} rader, {created} nya, {skipped} fanns redan</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="300"/>
        <source>Will be created:</source>
        <translation>Skapas:</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="306"/>
        <source>{count} problems found. Nothing has been imported:</source>
        <translation>{count} fel hittades. Ingenting har importerats:</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="311"/>
        <source>The import is done.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="313"/>
        <source>Nothing new to import.</source>
        <translation>Inget nytt att importera.</translation>
    </message>
    <message>
        <location filename="../../xlsx/importer.py" line="315"/>
        <source>Trial run: nothing has been written.</source>
        <translation>Provkörning: ingenting har sparats.</translation>
    </message>
</context>
<context>
    <name>YearPlanDialog</name>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="49"/>
        <source>Plan the year</source>
        <translation>Planera året</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="53"/>
        <source>New series</source>
        <translation>Ny serie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="54"/>
        <source>Change a series</source>
        <translation>Ändra en serie</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="56"/>
        <source>&amp;Create meetings</source>
        <translation>&amp;Skapa möten</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="67"/>
        <source>On a rhythm</source>
        <translation>Med en rytm</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="68"/>
        <source>On these dates</source>
        <translation>På dessa datum</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="74"/>
        <source>&amp;First meeting:</source>
        <translation>&amp;Första mötet:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="78"/>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="79"/>
        <source>&amp;Every:</source>
        <translation>&amp;Var:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="83"/>
        <source>&amp;Number of meetings:</source>
        <translation>&amp;Antal möten:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="84"/>
        <source>Skip public holidays (a week later)</source>
        <translation>Hoppa över helgdagar (en vecka senare)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="87"/>
        <source>Summer break 15 June – 15 August</source>
        <translation>Sommaruppehåll 15 juni – 15 augusti</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="92"/>
        <source>One date a line, YYYY-MM-DD</source>
        <translation>Ett datum per rad, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="98"/>
        <source>Starts at</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="99"/>
        <source>Ends at</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="108"/>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="112"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="113"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="116"/>
        <source>The meetings:</source>
        <translation>Mötena:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/year_plan_dialog.py" line="165"/>
        <source>%n meeting(s), each with the standard agenda.</source>
        <translation>
            <numerusform>%n möte med standarddagordningen.</numerusform>
            <numerusform>%n möten, vart och ett med standarddagordningen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="174"/>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="179"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="181"/>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="184"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="187"/>
        <source>Move the meetings:</source>
        <translation>Flytta mötena:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="192"/>
        <source>E&amp;xtend</source>
        <translation>&amp;Förläng</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="197"/>
        <source>Add meetings at the end:</source>
        <translation>Lägg till möten i slutet:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="211"/>
        <source>{count} meetings, {first} – {last}</source>
        <translation>{count} möten, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/year_plan_dialog.py" line="221"/>
        <source>No series has been planned yet.</source>
        <translation>Ingen serie är planerad ännu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/year_plan_dialog.py" line="231"/>
        <source>%n meeting(s) moved.</source>
        <translation>
            <numerusform>%n möte flyttades.</numerusform>
            <numerusform>%n möten flyttades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/year_plan_dialog.py" line="239"/>
        <source>%n meeting(s) added.</source>
        <translation>
            <numerusform>%n möte lades till.</numerusform>
            <numerusform>%n möten lades till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearWheel</name>
    <message>
        <location filename="../../services/year_wheel.py" line="36"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="37"/>
        <source>Reports upward</source>
        <translation>Rapporter uppåt</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="38"/>
        <source>Plan periods</source>
        <translation>Planperioder</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="39"/>
        <source>Indicator periods</source>
        <translation>Indikatorperioder</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="40"/>
        <source>Activities due</source>
        <translation>Aktiviteter klara senast</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="41"/>
        <source>Action items due</source>
        <translation>Åtgärder klara senast</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="43"/>
        <source>Report to the level above</source>
        <translation>Rapport till nivån ovanför</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="44"/>
        <source>{name}: target date</source>
        <translation>{name}: måldatum</translation>
    </message>
    <message>
        <location filename="../../services/year_wheel.py" line="45"/>
        <source>{name}: period {period}</source>
        <translation>{name}: period {period}</translation>
    </message>
</context>
<context>
    <name>YearWheelPage</name>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="43"/>
        <source>◀ &amp;Previous year</source>
        <translation>◀ &amp;Föregående år</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="45"/>
        <source>&amp;This year</source>
        <translation>&amp;I år</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="47"/>
        <source>&amp;Next year ▶</source>
        <translation>&amp;Nästa år ▶</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="49"/>
        <source>&amp;Reporting dates…</source>
        <translation>&amp;Rapporteringsdatum…</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="51"/>
        <source>When the group reports to the level above (shown here and in To do).</source>
        <translation>När gruppen rapporterar till nivån ovanför (visas här och i Att göra).</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="64"/>
        <source>The group&apos;s year at a glance: meetings, reports upward, plan periods, indicator periods and due dates. Click a mark or choose a row to open it.</source>
        <translation>Gruppens år i en överblick: möten, rapporter uppåt, planperioder, indikatorperioder och slutdatum. Klicka på en markering eller välj en rad för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="75"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="75"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="75"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="84"/>
        <source>The year before</source>
        <translation>Året före</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="88"/>
        <source>The year after</source>
        <translation>Året efter</translation>
    </message>
    <message>
        <location filename="../../ui/year_wheel/page.py" line="103"/>
        <source>Year wheel {year}</source>
        <translation>Årshjul {year}</translation>
    </message>
</context>
</TS>
