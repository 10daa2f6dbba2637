<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AreaTab</name>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation><numerusform>%n row.</numerusform><numerusform>%n rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) that looked like a personnummer were left out.</source>
        <translation><numerusform>%n text that looked like a personnummer was left out.</numerusform><numerusform>%n texts that looked like a personnummer were left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>CatalogueFileDialog</name>
    <message numerus="yes">
        <source>%n entry(s) to add or change.</source>
        <translation><numerusform>%n entry to add or change.</numerusform><numerusform>%n entrys to add or change.</numerusform></translation>
    </message>
</context>
<context>
    <name>DecisionRegisterDialog</name>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation><numerusform>%n decision</numerusform><numerusform>%n decisions</numerusform></translation>
    </message>
</context>
<context>
    <name>DeviationChartsTab</name>
    <message numerus="yes">
        <source>{start} – {end}: %n deviation(s)</source>
        <translation><numerusform>{start} – {end}: %n deviation</numerusform><numerusform>{start} – {end}: %n deviations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation><numerusform>%n open</numerusform><numerusform>%n open</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>DeviationsPage</name>
    <message numerus="yes">
        <source>More than %n deviations hold the words; the most recently written are shown. Add a word or a filter to narrow the list.</source>
        <translation><numerusform>More than %n deviations hold the words; the most recently written are shown. Add a word or a filter to narrow the list.</numerusform><numerusform>More than %n deviations hold the words; the most recently written are shown. Add a word or a filter to narrow the list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) shown</source>
        <translation><numerusform>%n deviation shown</numerusform><numerusform>%n deviations shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with the answer overdue</source>
        <translation><numerusform>%n with the answer overdue</numerusform><numerusform>%n with the answer overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>ExcelTransfer</name>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation><numerusform>{sheet}: %n row</numerusform><numerusform>{sheet}: %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>For sharing: %n text(s) holding a personnummer or samordningsnummer were left out.</source>
        <translation><numerusform>For sharing: %n text holding a personnummer or samordningsnummer was left out.</numerusform><numerusform>For sharing: %n texts holding a personnummer or samordningsnummer were left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The template “{title}” is saved: %n record(s).</source>
        <translation><numerusform>The template “{title}” is saved: %n record.</numerusform><numerusform>The template “{title}” is saved: %n records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Export {sequence} from {group} is saved: %n record(s).</source>
        <translation><numerusform>Export {sequence} from {group} is saved: %n record.</numerusform><numerusform>Export {sequence} from {group} is saved: %n records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) not sent because they contain a personal identity number</source>
        <translation><numerusform>%n text not sent because it contains a personal identity number</numerusform><numerusform>%n texts not sent because they contain a personal identity number</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message numerus="yes">
        <source>%n organisation(s) not linked to the catalogue: upper levels count them apart, named with the group.</source>
        <translation><numerusform>%n organisation not linked to the catalogue: upper levels count them apart, named with the group.</numerusform><numerusform>%n organisations not linked to the catalogue: upper levels count them apart, named with the group.</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message numerus="yes">
        <source>Choose groups (%n chosen)…</source>
        <translation><numerusform>Choose groups (%n chosen)…</numerusform><numerusform>Choose groups (%n chosen)…</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation><numerusform>Checking %n file…</numerusform><numerusform>Checking %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n file(s)</source>
        <translation><numerusform>&amp;Import %n file</numerusform><numerusform>&amp;Import %n files</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n problem(s) were found, so nothing will be imported. Correct the rows below in the file and try again.</source>
        <translation><numerusform>%n problem was found, so nothing will be imported. Correct the row below in the file and try again.</numerusform><numerusform>%n problems were found, so nothing will be imported. Correct the rows below in the file and try again.</numerusform></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation><numerusform>%n rejected</numerusform><numerusform>%n rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n text(s) withheld</source>
        <translation><numerusform>, %n text withheld</numerusform><numerusform>, %n texts withheld</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message numerus="yes">
        <source>%n organisation(s) without a link.</source>
        <translation><numerusform>%n organisation without a link.</numerusform><numerusform>%n organisations without a link.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) by name.</source>
        <translation><numerusform>%n proposal by name.</numerusform><numerusform>%n proposals by name.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation><numerusform>%n plan</numerusform><numerusform>%n plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation><numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s)</source>
        <translation><numerusform>%n deviation</numerusform><numerusform>%n deviations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation><numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <source>%n text(s) that looked like a personnummer were left out.</source>
        <translation><numerusform>%n text that looked like a personnummer were left out.</numerusform><numerusform>%n texts that looked like a personnummer were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to {path}.</source>
        <translation><numerusform>Wrote %n meeting to {path}.</numerusform><numerusform>Wrote %n meetings to {path}.</numerusform></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <source>%n organisation(s) in the county's catalogue; those ticked ✓ are its entries.</source>
        <translation><numerusform>%n organisation in the county's catalogue; those ticked ✓ are its entries.</numerusform><numerusform>%n organisations in the county's catalogue; those ticked ✓ are its entries.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message numerus="yes">
        <source>Next meeting {date}: %n unfinished activity(ies) due by then (delayed ones included).</source>
        <translation><numerusform>Next meeting {date}: %n unfinished activity due by then (delayed ones included).</numerusform><numerusform>Next meeting {date}: %n unfinished activities due by then (delayed ones included).</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation><numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation><numerusform>%n goal</numerusform><numerusform>%n goals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation><numerusform>%n indicator</numerusform><numerusform>%n indicators</numerusform></translation>
    </message>
</context>
<context>
    <name>PrivacyHint</name>
    <message numerus="yes">
        <source>The text holds %n personal identity number(s). Remove them: describe what happened, never who.</source>
        <translation><numerusform>The text holds %n personal identity number. Remove it: describe what happened, never who.</numerusform><numerusform>The text holds %n personal identity numbers. Remove them: describe what happened, never who.</numerusform></translation>
    </message>
</context>
<context>
    <name>PrivacyScanDialog</name>
    <message numerus="yes">
        <source>%n text(s) look like they hold a personal identity number or coordination number. Open each record and remove the number: such texts cannot leave the group.</source>
        <translation><numerusform>%n text looks like it holds a personal identity number or coordination number. Open the record and remove the number: such a text cannot leave the group.</numerusform><numerusform>%n texts look like they hold a personal identity number or coordination number. Open each record and remove the number: such texts cannot leave the group.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadInFooter</name>
    <message numerus="yes">
        <source>… and %n more row(s).</source>
        <translation><numerusform>… and %n more row.</numerusform><numerusform>… and %n more rows.</numerusform></translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>To do (%n)</source>
        <translation><numerusform>To do (%n)</numerusform><numerusform>To do (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation><numerusform>%n record found</numerusform><numerusform>%n records found</numerusform></translation>
    </message>
</context>
<context>
    <name>StatisticsImportDialog</name>
    <message numerus="yes">
        <source>%n value(s) to write.</source>
        <translation><numerusform>%n value to write.</numerusform><numerusform>%n values to write.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of other areas are left out.</source>
        <translation><numerusform>%n row of other areas is left out.</numerusform><numerusform>%n rows of other areas are left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>YearPlanDialog</name>
    <message numerus="yes">
        <source>%n meeting(s), each with the standard agenda.</source>
        <translation><numerusform>%n meeting, each with the standard agenda.</numerusform><numerusform>%n meetings, each with the standard agenda.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) moved.</source>
        <translation><numerusform>%n meeting moved.</numerusform><numerusform>%n meetings moved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) added.</source>
        <translation><numerusform>%n meeting added.</numerusform><numerusform>%n meetings added.</numerusform></translation>
    </message>
</context>
</TS>