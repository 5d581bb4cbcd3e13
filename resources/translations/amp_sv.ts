<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="105"/>
        <source>%1 is in the public domain: no licence is needed.</source>
        <translation>%1 är allmän egendom (public domain): ingen licens behövs.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="113"/>
        <source>The licence text %1 is missing.</source>
        <translation>Licenstexten %1 saknas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="123"/>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="126"/>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="127"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licenser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="144"/>
        <source>The programme catalogue and capacity planning of a labour-market unit.</source>
        <translation>Insatskatalog och kapacitetsplanering för en arbetsmarknadsenhet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="154"/>
        <source>%1 keeps the catalogue of programmes in a file on your computer, compares the places with the referrals month by month, and prints a capacity overview for the board.</source>
        <translation>%1 håller insatskatalogen i en fil på din dator, jämför platserna med anvisningarna månad för månad och skriver ut en kapacitetsöversikt för nämnden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="159"/>
        <source>%1 is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>%1 är fri programvara: du får använda, dela och ändra den enligt GNU General Public License, version 3 eller senare. Den levereras utan garantier.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="162"/>
        <source>Versions in use:</source>
        <translation>Versioner som används:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="184"/>
        <source>Public domain</source>
        <translation>Allmän egendom</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="201"/>
        <source>The licence texts are also in the folder %1.</source>
        <translation>Licenstexterna finns också i mappen %1.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../amp_desktop/ui/app.py" line="178"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/app.py" line="186"/>
        <source>AMP met an error it did not expect: {error}

Changes that were saved before it are in the file. If something looks wrong, close the catalogue and open it again.</source>
        <translation>AMP stötte på ett fel som inte var väntat: {error}

Ändringar som sparades före felet finns i filen. Om något ser fel ut, stäng katalogen och öppna den igen.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="304"/>
        <source>Name</source>
        <extracomment>The field each column shows (its header is the field&apos;s translated label). A value that sorts fast: numbers as floats, text as folded strings. The programme&apos;s id (int). The :class:`Programme` itself.</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="306"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="308"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="310"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="312"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="314"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="316"/>
        <source>Budgeted</source>
        <translation>Budgeterade</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="318"/>
        <source>Annual budget</source>
        <translation>Årsbudget</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="320"/>
        <source>Stay (weeks)</source>
        <translation>Tid i insats (veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="322"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_model.py" line="324"/>
        <source>SKR category</source>
        <translation>SKR-kategori</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="68"/>
        <source>Search name and description (Ctrl+F)</source>
        <extracomment>Widths before a catalogue is shown (a column is never narrower than its title). Columns of long text are cut at a width (the editor shows them whole). Rows measured when fitting the columns: those in view and some more, not 1,000. The settings key of the header state (columns were &quot;catalogue/header&quot; in their old order). The selection changed (the window enables Duplicate/Delete from it).</extracomment>
        <translation>Sök i namn och beskrivning (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="69"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="71"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="72"/>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="73"/>
        <source>All referral sources</source>
        <translation>Alla anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="74"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="232"/>
        <source>{shown} of {total} programmes</source>
        <translation>{shown} av {total} insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="234"/>
        <source>1 programme</source>
        <translation>1 insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="236"/>
        <source>{total} programmes</source>
        <translation>{total} insatser</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="82"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="83"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="84"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="85"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="86"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="87"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="88"/>
        <source>Main</source>
        <translation>Huvudsaklig</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="89"/>
        <source>Fallback</source>
        <translation>Reserv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="90"/>
        <source>Work trial/training</source>
        <translation>Arbetsprövning/-träning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="91"/>
        <source>Job search/coaching</source>
        <translation>Jobbsökaraktivitet/coachning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="92"/>
        <source>Orientation/guidance course</source>
        <translation>Orienterings- eller vägledningskurs</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="93"/>
        <source>Matching</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="94"/>
        <source>Placement with a public employer</source>
        <translation>Praktik hos offentlig arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="95"/>
        <source>Study/vocational guidance</source>
        <translation>Studie- och yrkesvägledning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="96"/>
        <source>Municipal labour-market employment</source>
        <translation>Kommunal arbetsmarknadsanställning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="97"/>
        <source>Summer jobs</source>
        <translation>Feriejobb/-praktik</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="98"/>
        <source>Mapping of prior skills</source>
        <translation>Kartläggning av tidigare förvärvad kompetens</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="99"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="100"/>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="101"/>
        <source>The person themself</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="102"/>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="103"/>
        <source>Arbetsförmedlingen with social services</source>
        <translation>Arbetsförmedlingen tillsammans med socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="104"/>
        <source>Other</source>
        <translation>Övriga</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <location filename="../../amp_desktop/core/example.py" line="223"/>
        <source>Example data: budget, unit, average stay and referrals are fictitious. Text, places and referral sources are Västerås&apos;s, 2021.</source>
        <translation>Exempeldata: budget, enhet, genomsnittlig tid i insats och anvisningar är påhittade. Text, platser och anvisande parter är Västerås stads, 2021.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/example.py" line="246"/>
        <source>Open the example catalogue</source>
        <translation>Öppna exempelkatalogen</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="49"/>
        <source>the month {month} is not between 1990 and 2100; the column was not read.</source>
        <extracomment>The months a demand cell may be for (the store&apos;s rule; a referral list&apos;s dates too). A row that could not be read: what is known of it (None = not known).</extracomment>
        <translation>månaden {month} ligger inte mellan 1990 och 2100; kolumnen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="60"/>
        <source>the month {month} is also the header of column {column}; neither column was read and AMP keeps its values for {month}.</source>
        <translation>månaden {month} är också rubrik för kolumn {column}; ingen av kolumnerna lästes och AMP behåller sina värden för {month}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="78"/>
        <source>Referrals: expected a number of 0 or more.</source>
        <translation>Anvisningar: ett tal som är 0 eller mer förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="130"/>
        <source>the programme of this row is not in the catalogue or the workbook.</source>
        <translation>radens insats finns inte i katalogen eller arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="142"/>
        <source>Kind: write Actual or Forecast.</source>
        <translation>Slag: skriv Utfall eller Prognos.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="155"/>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="106"/>
        <source>the cell holds a formula ({formula}); it was not used.</source>
        <translation>cellen innehåller en formel ({formula}); den användes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="254"/>
        <source>row {row} has another number for the same programme, source, kind and month; neither row was read and AMP keeps its values.</source>
        <translation>rad {row} har ett annat tal för samma insats, anvisande part, slag och månad; ingen av raderna lästes och AMP behåller sina värden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="305"/>
        <source>“{name}” was deleted in AMP since the export; the edits in this row were not imported.</source>
        <translation>”{name}” har tagits bort i AMP sedan exporten; ändringarna på den här raden importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="187"/>
        <source>The demand runs from {first} to {last}, {n} months, but a sheet has room for {most} month columns. Export a shorter period.</source>
        <extracomment>Month columns the Demand sheet has room for (a sheet has 16,384 columns).</extracomment>
        <translation>Anvisningarna sträcker sig från {first} till {last}, {n} månader, men ett blad rymmer {most} månadskolumner. Exportera en kortare period.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="252"/>
        <source>{path} is a folder; choose a file name for the workbook.</source>
        <translation>{path} är en mapp; välj ett filnamn för arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="257"/>
        <source>{path} is not an Excel workbook (it may be an AMP catalogue or another document); AMP does not replace it. Choose another file name.</source>
        <translation>{path} är inte en Excel-arbetsbok (det kan vara en AMP-katalog eller ett annat dokument); AMP ersätter den inte. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="361"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="362"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="363"/>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="364"/>
        <source>Demand from</source>
        <translation>Efterfrågan från</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="365"/>
        <source>Demand to</source>
        <translation>Efterfrågan till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="366"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="375"/>
        <source>Edit the Programmes and Demand sheets and import the workbook in AMP. Do not change the hidden AMP id column.</source>
        <translation>Redigera bladen Insatser och Anvisningar och importera arbetsboken i AMP. Ändra inte den dolda kolumnen AMP-id.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/importer.py" line="56"/>
        <source>{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources, or Date and Programme).</source>
        <translation>{name}: inget blad har en rubrikrad som AMP känner igen (som Namn, Platser, Anvisande parter, eller Datum och Insats).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/importer.py" line="112"/>
        <source>{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources).</source>
        <translation>{name}: inget blad har en rubrikrad som AMP känner igen (som Namn, Platser, Anvisande parter).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/importer.py" line="133"/>
        <source>Columns not read (AMP does not know their titles; choose an AMP field for them): {columns}.</source>
        <translation>Kolumner som inte lästes (AMP känner inte igen rubrikerna; välj ett AMP-fält för dem): {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="118"/>
        <source>{message} The cell says “{text}”.</source>
        <translation>{message} I cellen står ”{text}”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="169"/>
        <source>The workbook was exported from another catalogue; programmes are matched by name.</source>
        <translation>Arbetsboken exporterades från en annan katalog; insatserna matchas på namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="186"/>
        <source>no column holds the programmes&apos; names.</source>
        <translation>ingen kolumn innehåller insatsernas namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="219"/>
        <source>“{name}” has the short code “{code}”, which is “{other}”&apos;s; this row was skipped.</source>
        <translation>”{name}” har kortkoden ”{code}”, som är ”{other}”s; raden hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="226"/>
        <source>“{name}” appears twice in the workbook; this row was skipped.</source>
        <translation>”{name}” finns två gånger i arbetsboken; raden hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="256"/>
        <source>another row already has the name “{name}”.</source>
        <translation>en annan rad har redan namnet ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="319"/>
        <source>{message} The row was not imported.</source>
        <translation>{message} Raden importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="401"/>
        <source>this column holds personal identity numbers: the sheet looks like a list of referrals, and nothing from it was read as programmes.</source>
        <translation>kolumnen innehåller personnummer: bladet ser ut som en lista med anvisningar, och inget i det lästes som insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/read.py" line="85"/>
        <location filename="../../amp_desktop/core/excel/read.py" line="102"/>
        <location filename="../../amp_desktop/core/excel/read.py" line="115"/>
        <source>{name} cannot be read: the workbook&apos;s contents are damaged ({reason}).</source>
        <translation>{name} kan inte läsas: arbetsbokens innehåll är skadat ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="58"/>
        <source>Date: the cell is empty.</source>
        <translation>Datum: cellen är tom.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="122"/>
        <source>{name}: no sheet has a header row with Date, Programme and Source.</source>
        <translation>{name}: inget blad har en rubrikrad med Datum, Insats och Anvisande part.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="100"/>
        <source>map a column to Date and one to Programme.</source>
        <translation>koppla en kolumn till Datum och en till Insats.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="68"/>
        <source>Date: a referral&apos;s date must be between 1990 and 2100.</source>
        <translation>Datum: en anvisnings datum måste ligga mellan 1990 och 2100.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="137"/>
        <source>Column {col} ({header}) holds names; it was not read.</source>
        <translation>Kolumn {col} ({header}) innehåller namn; den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="146"/>
        <source>this column holds personal identity numbers and cannot be imported as {field}.</source>
        <translation>kolumnen innehåller personnummer och kan inte importeras som {field}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="154"/>
        <source>Column {col} ({header}) holds personal identity numbers; they were dropped and are not stored.</source>
        <translation>Kolumn {col} ({header}) innehåller personnummer; de togs bort och sparas inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="264"/>
        <source>{n} more dates could not be read.</source>
        <translation>Ytterligare {n} datum kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="279"/>
        <source>“{name}” ({n} referrals) is not a programme in the catalogue; map it to one.</source>
        <translation>”{name}” ({n} anvisningar) är ingen insats i katalogen; koppla den till en.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="233"/>
        <source>{n} referrals counted into {cells} monthly cells.</source>
        <translation>{n} anvisningar räknades in i {cells} månadsceller.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="35"/>
        <source>{name} cannot be read: {reason}</source>
        <extracomment>Cells a sheet may span (rows × columns of its used range): readers allocate the whole rectangle, so one stray cell at XFD1048576 would ask for hundreds of GB.</extracomment>
        <translation>{name} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="44"/>
        <source>the file does not exist.</source>
        <translation>filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="46"/>
        <source>it is a folder, not a file.</source>
        <translation>det är en mapp, inte en fil.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="48"/>
        <source>you do not have permission to open it.</source>
        <translation>du har inte behörighet att öppna den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="61"/>
        <source>the file is empty.</source>
        <translation>filen är tom.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="65"/>
        <source>it is either protected with a password or an old Excel 97–2003 (.xls) workbook. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>den är antingen lösenordsskyddad eller en gammal Excel 97–2003-arbetsbok (.xls). Ta bort lösenordet, eller spara den som Excel-arbetsbok (.xlsx), och försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="75"/>
        <source>it is not an Excel workbook (.xlsx); it looks like text or another format (a CSV file renamed?). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>den är ingen Excel-arbetsbok (.xlsx); den ser ut som text eller ett annat format (en omdöpt CSV-fil?). Öppna den i Excel eller LibreOffice och spara den som Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="94"/>
        <source>the file is damaged or incomplete (was it cut short?).</source>
        <translation>filen är skadad eller ofullständig (avbröts den?).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="97"/>
        <source>the file is damaged or incomplete.</source>
        <translation>filen är skadad eller ofullständig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="117"/>
        <source>it is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) and try again.</source>
        <extracomment>The last file that passed the checks (path, size, modification time): an import opens its workbook twice, and scanning a large sheet&apos;s extent twice costs time.</extracomment>
        <translation>det är ett OpenDocument-kalkylark (.ods). Spara det som Excel-arbetsbok (.xlsx) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="124"/>
        <source>it has too many parts to be a workbook.</source>
        <translation>den har för många delar för att vara en arbetsbok.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="130"/>
        <source>it would unpack to an unreasonable size (a “zip bomb”); it was not opened.</source>
        <translation>den skulle packas upp till en orimlig storlek (en ”zip-bomb”); den öppnades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="136"/>
        <source>it is a zip file but not an Excel workbook.</source>
        <translation>det är en zip-fil men ingen Excel-arbetsbok.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="146"/>
        <source>it contains XML entity declarations, which workbooks never need and attacks use; it was not opened.</source>
        <translation>den innehåller XML-entitetsdeklarationer, som arbetsböcker aldrig behöver men som används vid angrepp; den öppnades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="197"/>
        <source>a sheet reaches cell {cell}, far beyond any list AMP reads (it would need more memory than this computer has). Delete the stray cells there (Ctrl+End in Excel goes to them) and save the workbook again.</source>
        <translation>ett blad når cell {cell}, långt utanför alla listor som AMP läser (det skulle kräva mer minne än datorn har). Ta bort de lösa cellerna där (Ctrl+End i Excel går dit) och spara arbetsboken igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="216"/>
        <source>the workbook&apos;s contents are damaged ({reason}).</source>
        <translation>arbetsbokens innehåll är skadat ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="46"/>
        <source>{field}: “{text}” is not one of the allowed values.</source>
        <translation>{field}: ”{text}” är inte ett av de tillåtna värdena.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="73"/>
        <source>Name: the period “{note}” has a date that is not real; dates left empty.</source>
        <translation>Namn: perioden ”{note}” har ett datum som inte finns; datumen lämnades tomma.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="90"/>
        <source>Places: the note “{note}” was not imported.</source>
        <translation>Platser: anteckningen ”{note}” importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="122"/>
        <source>Referral sources: the note “{note}” was not imported.</source>
        <translation>Anvisande parter: anteckningen ”{note}” importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="52"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="70"/>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="76"/>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="124"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="125"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="126"/>
        <source>Short code</source>
        <translation>Kortkod</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="127"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="128"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="129"/>
        <source>Minimum age</source>
        <translation>Lägsta ålder</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="130"/>
        <source>Maximum age</source>
        <translation>Högsta ålder</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="131"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="132"/>
        <source>Budgeted places</source>
        <translation>Budgeterade platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="133"/>
        <source>Annual budget (SEK)</source>
        <translation>Årsbudget (kr)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="134"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="135"/>
        <source>SKR category</source>
        <translation>SKR-kategori</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="136"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="137"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="138"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="139"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="140"/>
        <source>Average stay (weeks)</source>
        <translation>Genomsnittlig tid i insats (veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="141"/>
        <source>Months it runs</source>
        <translation>Månader den pågår</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="143"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="144"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
</context>
<context>
    <name>ForecastEditor</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="155"/>
        <source>Forecast &amp;method:</source>
        <translation>Prognos&amp;metod:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="157"/>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="158"/>
        <source>Fill empty months from history</source>
        <translation>Fyll tomma månader från historiken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="161"/>
        <source>Writes a forecast for the period&apos;s months that have no actual referrals. Edit → Undo takes it back.</source>
        <translation>Skriver en prognos för periodens månader som saknar faktiska anvisningar. Redigera → Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="182"/>
        <source>Type referrals per month and source (empty = none). Months with actual referrals use them; their forecast is shown grey.</source>
        <translation>Skriv anvisningar per månad och anvisande part (tomt = inga). Månader med faktiska anvisningar använder dem; deras prognos visas grå.</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="170"/>
        <source>“{text}” is not a number of referrals.</source>
        <translation>”{text}” är inte ett antal anvisningar.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="98"/>
        <source>Import from Excel: {name}</source>
        <translation>Importera från Excel: {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="108"/>
        <source>&lt; Back</source>
        <translation>&lt; Tillbaka</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="109"/>
        <source>Next &gt;</source>
        <translation>Nästa &gt;</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="110"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="142"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="143"/>
        <source>Header in the workbook</source>
        <translation>Rubrik i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="144"/>
        <source>AMP field</source>
        <translation>Fält i AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="145"/>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="156"/>
        <source>Programmes in the list that are not in the catalogue:</source>
        <translation>Insatser i listan som inte finns i katalogen:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="160"/>
        <source>Name in the list</source>
        <translation>Namn i listan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="160"/>
        <source>Count as</source>
        <translation>Räkna som</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="176"/>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="179"/>
        <source>(not read)</source>
        <translation>(läses inte)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="183"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="191"/>
        <source>a workbook exported from AMP</source>
        <translation>en arbetsbok exporterad från AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="192"/>
        <source>a sheet of programmes</source>
        <translation>ett blad med insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="193"/>
        <source>a list of referrals</source>
        <translation>en lista med anvisningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="197"/>
        <source>AMP read {file} as {kind}: sheet “{sheet}”, header in row {row}. Correct the fields below if a column was read wrongly.</source>
        <translation>AMP läste {file} som {kind}: bladet ”{sheet}”, rubriker på rad {row}. Rätta fälten nedan om en kolumn lästes fel.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="232"/>
        <source>No problems or notes.</source>
        <translation>Inga problem eller anmärkningar.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="234"/>
        <source>No problems; notes ({m}):</source>
        <translation>Inga problem; anmärkningar ({m}):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="237"/>
        <source>Problems ({n}): those cells keep the value they have in AMP. Notes ({m}):</source>
        <translation>Problem ({n}): de cellerna behåller sitt värde i AMP. Anmärkningar ({m}):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="358"/>
        <source>{added} to add, {changed} to change, {missing} missing from the workbook, {unchanged} unchanged, {demand} changes to referrals, {conflicts} conflicts.</source>
        <translation>{added} att lägga till, {changed} att ändra, {missing} saknas i arbetsboken, {unchanged} oförändrade, {demand} ändringar av anvisningar, {conflicts} konflikter.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="244"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="244"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="267"/>
        <source>(leave out)</source>
        <translation>(utelämna)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="319"/>
        <source>Programme / field</source>
        <translation>Insats/fält</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="319"/>
        <source>Now in AMP</source>
        <translation>Nu i AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="319"/>
        <source>From the workbook</source>
        <translation>Från arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="323"/>
        <source>Changed in AMP after the export and in the workbook — choose which to keep:</source>
        <translation>Ändrat både i AMP efter exporten och i arbetsboken – välj vilket som ska gälla:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="330"/>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="331"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="332"/>
        <source>AMP now</source>
        <translation>AMP nu</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="333"/>
        <source>Workbook</source>
        <translation>Arbetsbok</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="334"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="341"/>
        <source>Referral sources AMP does not know yet — create them:</source>
        <translation>Anvisande parter som AMP inte känner till än – skapa dem:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="371"/>
        <source>Added ({n})</source>
        <translation>Tillagda ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="373"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="379"/>
        <source>Changed ({n})</source>
        <translation>Ändrade ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="393"/>
        <source>Missing from the workbook ({n})</source>
        <translation>Saknas i arbetsboken ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="399"/>
        <source>Referrals ({n} cells)</source>
        <translation>Anvisningar ({n} celler)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="415"/>
        <source>Remove the {n} programmes missing from the workbook</source>
        <translation>Ta bort de {n} insatser som saknas i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="445"/>
        <source>Keep AMP&apos;s</source>
        <translation>Behåll AMP:s</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="446"/>
        <source>Take the workbook&apos;s</source>
        <translation>Ta arbetsbokens</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="488"/>
        <source>Import {name}</source>
        <translation>Importera {name}</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="49"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{user} på {host} (process {pid}) sedan {since}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="60"/>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="62"/>
        <source>{file} is open for editing by {who}.</source>
        <translation>{file} är öppen för redigering av {who}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="73"/>
        <source>&amp;Catalogue</source>
        <extracomment>The open catalogue changed: the new :class:`CatalogueSession`, or None.</extracomment>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="80"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planering</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="86"/>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="125"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Ny katalog…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="128"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="131"/>
        <source>Open &amp;Example</source>
        <translation>Öppna &amp;exempelkatalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="133"/>
        <source>The Västerås 2021 programmes with fictitious numbers</source>
        <translation>Västerås insatser 2021 med påhittade siffror</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="136"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="139"/>
        <source>&amp;Close Catalogue</source>
        <translation>S&amp;täng katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Export to Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="149"/>
        <source>&amp;Import from Excel…</source>
        <translation>Im&amp;portera från Excel…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="152"/>
        <source>Print Pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="158"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="161"/>
        <source>AMP &amp;User Guide</source>
        <translation>&amp;Användarhandbok för AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="163"/>
        <source>&amp;About AMP</source>
        <translation>&amp;Om AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Add Programme</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="180"/>
        <source>&amp;Duplicate Programme</source>
        <translation>&amp;Duplicera insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="183"/>
        <source>De&amp;lete Programme…</source>
        <translation>&amp;Ta bort insats…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Search Programmes</source>
        <translation>&amp;Sök insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="196"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="197"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="212"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="235"/>
        <source>No recent catalogues</source>
        <translation>Inga senaste kataloger</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="238"/>
        <source>Clear the List</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="262"/>
        <source>New Catalogue</source>
        <translation>Ny katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="271"/>
        <source>Open Catalogue</source>
        <translation>Öppna katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="295"/>
        <source>Opened read-only: changes cannot be made.</source>
        <translation>Öppnad skrivskyddad: inga ändringar kan göras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="299"/>
        <source>AMP catalogues (*.amp)</source>
        <translation>AMP-kataloger (*.amp)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="299"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="306"/>
        <source>Save a Copy As</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="314"/>
        <source>The copy was not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="316"/>
        <source>Saved a copy: {path}</source>
        <translation>Sparade en kopia: {path}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="328"/>
        <source>Exported to {path}</source>
        <translation>Exporterade till {path}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="347"/>
        <source>Imported: {what}</source>
        <translation>Importerat: {what}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="348"/>
        <source>workbook</source>
        <translation>arbetsbok</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="417"/>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="424"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="429"/>
        <source>Printed 1 page.</source>
        <translation>Skrev ut 1 sida.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="431"/>
        <source>Printed {n} pages.</source>
        <translation>Skrev ut {n} sidor.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="439"/>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="442"/>
        <source>Saved the PDF: {path}</source>
        <translation>Sparade PDF-filen: {path}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="509"/>
        <source>The catalogue file cannot be read any more ({reason}).</source>
        <translation>Katalogfilen går inte att läsa längre ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="504"/>
        <source>Another AMP saved changes to this catalogue; shown as they are now.</source>
        <translation>En annan AMP sparade ändringar i katalogen; de visas nu som de är.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="517"/>
        <source>Catalogue free for editing</source>
        <translation>Katalogen kan redigeras</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="519"/>
        <source>{name} is no longer open in another AMP. Open it for editing here?</source>
        <translation>{name} är inte längre öppen i en annan AMP. Vill du öppna den för redigering här?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="521"/>
        <source>Open for Editing</source>
        <translation>Öppna för redigering</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="534"/>
        <source>{file} [read-only] — AMP</source>
        <translation>{file} [skrivskyddad] — AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="536"/>
        <source>{file} — AMP</source>
        <translation>{file} — AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="554"/>
        <source>Another AMP has this catalogue open for editing; you can only look.</source>
        <translation>Ett annat AMP har katalogen öppen för redigering; du kan bara titta.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="565"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="573"/>
        <source>New programme</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="597"/>
        <source>Delete “{name}” and its referrals?</source>
        <translation>Ta bort ”{name}” och dess anvisningar?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="599"/>
        <source>Delete {n} programmes and their referrals?</source>
        <translation>Ta bort {n} insatser och deras anvisningar?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="600"/>
        <source>You can bring them back with Edit → Undo.</source>
        <translation>Du kan få tillbaka dem med Redigera → Ångra.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="601"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="614"/>
        <source>Undone: {action}</source>
        <translation>Ångrat: {action}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="616"/>
        <source>Redone: {action}</source>
        <translation>Gjort om: {action}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="618"/>
        <source>Saved: {action}</source>
        <translation>Sparat: {action}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="633"/>
        <source>Cannot undo or redo</source>
        <translation>Kan inte ångra eller göra om</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="35"/>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="37"/>
        <source>{file} is open for editing by {who}.

Only one person can edit a catalogue at a time. You can open it read-only to look at it.</source>
        <translation>{file} är öppen för redigering av {who}.

Bara en person i taget kan redigera en katalog. Du kan öppna den skrivskyddad för att titta i den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="45"/>
        <source>Catalogue in use</source>
        <translation>Katalogen används</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="47"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="67"/>
        <source>Cannot open the catalogue</source>
        <translation>Katalogen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="84"/>
        <source>Cannot create the catalogue</source>
        <translation>Katalogen kan inte skapas</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="126"/>
        <source>Places: expected a number of places.</source>
        <translation>Platser: ett antal platser förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="132"/>
        <source>Places: a number of places must be whole.</source>
        <translation>Platser: antalet platser måste vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="137"/>
        <source>Places: expected a number such as 24 or 24 (budget 10).</source>
        <translation>Platser: ett tal som 24 eller 24 (budget 10) förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="175"/>
        <source>Referral sources: a closing bracket has no opening one.</source>
        <translation>Anvisande parter: en slutparentes saknar startparentes.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="188"/>
        <source>Referral sources: a bracket is not closed.</source>
        <translation>Anvisande parter: en parentes är inte stängd.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="268"/>
        <source>Type: expected Primär or Sekundär (primary or secondary).</source>
        <translation>Typ: Primär eller Sekundär förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="286"/>
        <source>Number: both comma and point in one number.</source>
        <translation>Tal: både komma och punkt i samma tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="291"/>
        <source>Number: not a number.</source>
        <translation>Tal: inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="303"/>
        <source>Amount: expected an amount in kronor.</source>
        <translation>Belopp: ett belopp i kronor förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="311"/>
        <source>Amount: expected an amount such as 1 200 000 kr.</source>
        <translation>Belopp: ett belopp som 1 200 000 kr förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="322"/>
        <source>Amount: expected whole kronor.</source>
        <translation>Belopp: hela kronor förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="331"/>
        <location filename="../../amp_desktop/core/parse.py" line="339"/>
        <source>Number: expected a whole number.</source>
        <translation>Tal: ett heltal förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="348"/>
        <source>Number: expected a number.</source>
        <translation>Tal: ett tal förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="30"/>
        <location filename="../../amp_desktop/core/parse.py" line="368"/>
        <source>Date: write the date as YYYY-MM-DD.</source>
        <translation>Datum: skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="392"/>
        <location filename="../../amp_desktop/core/parse.py" line="398"/>
        <source>Months it runs: list month numbers such as 6,7,8.</source>
        <translation>Månader den pågår: ange månadsnummer som 6,7,8.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="401"/>
        <source>Months it runs: months are numbered 1 to 12.</source>
        <translation>Månader den pågår: månaderna numreras 1 till 12.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="44"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="44"/>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="44"/>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="50"/>
        <source>T1 (Jan–Apr)</source>
        <translation>T1 (jan–apr)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="50"/>
        <source>T2 (May–Aug)</source>
        <translation>T2 (maj–aug)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="50"/>
        <source>T3 (Sep–Dec)</source>
        <translation>T3 (sep–dec)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="59"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="62"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="185"/>
        <source>Places and places needed</source>
        <translation>Platser och behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="186"/>
        <source>Utilisation by status</source>
        <translation>Beläggning efter status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="188"/>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="54"/>
        <source>Plan for {period}</source>
        <translation>Plan för {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="56"/>
        <source>scenario “{name}”</source>
        <translation>scenario ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="60"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="61"/>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="62"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="63"/>
        <source>Budgeted</source>
        <translation>Budgeterade</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="64"/>
        <source>Referrals/month</source>
        <translation>Anvisningar/mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="65"/>
        <source>Stay (months)</source>
        <translation>Tid i insats (mån)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="66"/>
        <source>Needed</source>
        <translation>Behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="67"/>
        <source>Utilisation</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="68"/>
        <source>Gap</source>
        <translation>Överskott/brist</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="69"/>
        <source>Cost/place</source>
        <translation>Kostnad/plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="92"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="93"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="101"/>
        <source>Referral source</source>
        <translation>Anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="102"/>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="31"/>
        <source>Same month last year</source>
        <translation>Samma månad förra året</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="32"/>
        <source>Mean of the last 12 months</source>
        <translation>Medel av de senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="85"/>
        <source>Fill forecast: {method}</source>
        <translation>Fyll prognos: {method}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="96"/>
        <source>Forecast {month} {source}</source>
        <translation>Prognos {month} {source}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="26"/>
        <source>“{month}” is not a month; write it as YYYY-MM.</source>
        <translation>”{month}” är ingen månad; skriv den som ÅÅÅÅ-MM.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="45"/>
        <source>Jan–Apr</source>
        <translation>jan–apr</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="46"/>
        <source>May–Aug</source>
        <translation>maj–aug</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="47"/>
        <source>Sep–Dec</source>
        <translation>sep–dec</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="61"/>
        <source>The period starts ({first}) after it ends ({last}).</source>
        <translation>Perioden börjar ({first}) efter att den slutar ({last}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="69"/>
        <source>A period lies between 1990 and 2100, not {first} – {last}.</source>
        <translation>En period ligger mellan 1990 och 2100, inte {first} – {last}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="83"/>
        <source>A tertial is 1, 2 or 3, not {n}.</source>
        <translation>Ett tertial är 1, 2 eller 3, inte {n}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="112"/>
        <source>“{text}” is not a period; write a year (2026), a tertial (2026-T1) or months (2026-01..2026-06).</source>
        <translation>”{text}” är ingen period; skriv ett år (2026), ett tertial (2026-T1) eller månader (2026-01..2026-06).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="133"/>
        <source>Give either --from/--to, --year or --tertial, not several.</source>
        <translation>Ange antingen --from/--to, --year eller --tertial, inte flera.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="139"/>
        <source>“{text}” is not a year; write e.g. 2026.</source>
        <translation>”{text}” är inget år; skriv t.ex. 2026.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="148"/>
        <source>“{text}” is not a tertial; write e.g. 2026-T1.</source>
        <translation>”{text}” är inget tertial; skriv t.ex. 2026-T1.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="155"/>
        <source>Give both --from and --to.</source>
        <translation>Ange både --from och --to.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="75"/>
        <source>Short</source>
        <translation>Brist</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="76"/>
        <source>Tight</source>
        <translation>Knappt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="77"/>
        <source>Balanced</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="78"/>
        <source>Idle</source>
        <translation>Låg beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="79"/>
        <source>No places</source>
        <translation>Inga platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="80"/>
        <source>Off season</source>
        <translation>Utanför säsong</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="81"/>
        <source>Stay unknown</source>
        <translation>Tid i insats okänd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="97"/>
        <source>short 1 month</source>
        <translation>brist 1 mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="99"/>
        <source>short {n} months</source>
        <translation>brist {n} mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="107"/>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="108"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="109"/>
        <source>Actual + forecast</source>
        <translation>Utfall + prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="110"/>
        <source>No demand</source>
        <translation>Ingen efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/plan.py" line="135"/>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/plan.py" line="148"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/plan.py" line="153"/>
        <source>(source unknown)</source>
        <translation>(okänd anvisande part)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="62"/>
        <source>Unknown scenario change: {target} {mode}.</source>
        <extracomment>The longest scenario name, in characters. The longest stay a scenario may give (as ``rules.check_programme``), in weeks. A percentage change from −100 % (nothing left) to +1,000 % (eleven times as much).</extracomment>
        <translation>Okänd ändring i scenariot: {target} {mode}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="69"/>
        <source>Programme: “{id}” is not a programme number.</source>
        <translation>Insats: ”{id}” är inte ett insatsnummer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="116"/>
        <source>Places: the value must be a number from {low} to {high}.</source>
        <translation>Platser: värdet måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="118"/>
        <source>Average stay (weeks): the value must be a number from {low} to {high}.</source>
        <translation>Genomsnittlig tid i insats (veckor): värdet måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="122"/>
        <source>Referrals per month: the value must be a number from {low} to {high}.</source>
        <translation>Anvisningar per månad: värdet måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="200"/>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="206"/>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="236"/>
        <source>The scenario cannot be read ({reason}).</source>
        <translation>Scenariot kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="230"/>
        <source>There is no scenario named “{name}”.</source>
        <translation>Det finns inget scenario som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="265"/>
        <source>Scenario name: a scenario needs a name.</source>
        <translation>Scenariots namn: ett scenario behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="268"/>
        <source>Scenario name: no line breaks or tabs in the name.</source>
        <translation>Scenariots namn: inga radbrytningar eller tabbar i namnet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="271"/>
        <source>Scenario name: at most 100 characters.</source>
        <translation>Scenariots namn: högst 100 tecken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="325"/>
        <source>Places from scenario “{name}”</source>
        <translation>Platser från scenariot ”{name}”</translation>
    </message>
</context>
<context>
    <name>PlanningCharts</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="97"/>
        <source>Utilisation (needed ÷ places), {period}</source>
        <extracomment>At most this many programmes in the bar chart (the table&apos;s first, in its order).</extracomment>
        <translation>Beläggning (behov ÷ platser), {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="101"/>
        <source>Places and places needed, {period}</source>
        <translation>Platser och behövda platser, {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="106"/>
        <source>(first {n} of {total} in table order)</source>
        <translation>(de första {n} av {total} i tabellens ordning)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="128"/>
        <source>All places used ({percent})</source>
        <translation>Alla platser använda ({percent})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="141"/>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="223"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="142"/>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="226"/>
        <source>Needed</source>
        <translation>Behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="208"/>
        <source>Select a programme to see it month by month</source>
        <translation>Välj en insats för att se den månad för månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="214"/>
        <source>{name}, month by month</source>
        <translation>{name}, månad för månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="218"/>
        <source>Referrals</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="248"/>
        <source>(* = forecast)</source>
        <translation>(* = prognos)</translation>
    </message>
</context>
<context>
    <name>PlanningModels</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="95"/>
        <source>Actual</source>
        <extracomment>A typed value that is not a number of referrals, with the reason.</extracomment>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="97"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="99"/>
        <source>No demand</source>
        <translation>Ingen efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="111"/>
        <source>This month has actual referrals; they count, not the forecast.</source>
        <translation>Månaden har faktiska anvisningar; de räknas, inte prognosen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="151"/>
        <source>Forecast
total</source>
        <translation>Prognos
totalt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="152"/>
        <source>Actual
total</source>
        <translation>Utfall
totalt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="153"/>
        <source>Counts</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="184"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="61"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="106"/>
        <source>Programme</source>
        <extracomment>Pale backgrounds by status, readable with black text; the word is always shown too. Strong colours of the same statuses, for charts and the legend swatches. The ProgrammePlan attribute behind each numeric column (for tests and the CLI check).</extracomment>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="189"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="194"/>
        <location filename="../../amp_desktop/ui/planning/models.py" line="376"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="31"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="115"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="199"/>
        <source>Budgeted
places</source>
        <translation>Budgeterade
platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="204"/>
        <source>Referrals
per month</source>
        <translation>Anvisningar
per månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="207"/>
        <source>Referrals in the period ÷ months; hover a cell for the sources</source>
        <translation>Periodens anvisningar ÷ antal månader; håll pekaren över en cell för att se de anvisande parterna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="212"/>
        <source>Stay
(months)</source>
        <translation>Tid i insats
(mån)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="217"/>
        <source>Places
needed</source>
        <translation>Behövda
platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="220"/>
        <source>Places needed: mean over the months the programme runs</source>
        <translation>Behövda platser: medelvärde över de månader insatsen pågår</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="225"/>
        <location filename="../../amp_desktop/ui/planning/models.py" line="396"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="121"/>
        <source>Utilisation</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="230"/>
        <source>Spare +
short −</source>
        <translation>Överskott +
brist −</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="233"/>
        <source>Places − needed: + spare places, − places short</source>
        <translation>Platser − behov: + lediga platser (överskott), − platser som fattas (brist)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="238"/>
        <location filename="../../amp_desktop/ui/planning/models.py" line="416"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="244"/>
        <source>Cost per
place</source>
        <translation>Kostnad/
plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="249"/>
        <source>Cost per
referral</source>
        <translation>Kostnad/
anvisning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="254"/>
        <source>Demand</source>
        <translation>Efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="260"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="316"/>
        <source>No referrals in the period</source>
        <translation>Inga anvisningar under perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="322"/>
        <source>Referrals per month by source</source>
        <translation>Anvisningar per månad och anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="327"/>
        <source>{weeks} weeks</source>
        <translation>{weeks} veckor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="335"/>
        <source>Seasonal: runs in months {months}</source>
        <translation>Säsong: pågår månaderna {months}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="340"/>
        <source>Double-click to open it in the catalogue.</source>
        <translation>Dubbelklicka för att öppna den i katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="346"/>
        <source>Most needed: {needed} in {month}</source>
        <translation>Störst behov: {needed} i {month}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="351"/>
        <source>Short in {n} of {total} months</source>
        <translation>Brist {n} av {total} månader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="356"/>
        <source>Annual budget ÷ (referrals per month × 12)</source>
        <translation>Årsbudget ÷ (anvisningar per månad × 12)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="366"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="371"/>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="381"/>
        <source>Budgeted</source>
        <translation>Budgeterade</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="386"/>
        <source>Referrals/month</source>
        <translation>Anvisningar/mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="391"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="118"/>
        <source>Needed</source>
        <translation>Behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="401"/>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="124"/>
        <source>Spare/short</source>
        <translation>Överskott/brist</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="406"/>
        <source>Annual budget</source>
        <translation>Årsbudget</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="411"/>
        <source>Cost/place</source>
        <translation>Kostnad/plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="32"/>
        <source>Average stay (weeks)</source>
        <translation>Genomsnittlig tid i insats (veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="33"/>
        <source>Referrals per month</source>
        <translation>Anvisningar per månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="39"/>
        <source>set to</source>
        <translation>sätt till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="40"/>
        <source>change by</source>
        <translation>ändra med</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="41"/>
        <source>change by %</source>
        <translation>ändra med %</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="66"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="71"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="76"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="110"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="111"/>
        <source>Type (primary/secondary)</source>
        <translation>Typ (primär/sekundär)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="112"/>
        <source>Referral source</source>
        <translation>Anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="127"/>
        <source>Totals by</source>
        <translation>Summor per</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="144"/>
        <source>Totals</source>
        <translation>Summor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="145"/>
        <source>Places vs needed</source>
        <translation>Platser mot behov</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="146"/>
        <source>Month by month</source>
        <translation>Månad för månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="147"/>
        <location filename="../../amp_desktop/ui/planning/view.py" line="409"/>
        <location filename="../../amp_desktop/ui/planning/view.py" line="420"/>
        <location filename="../../amp_desktop/ui/planning/view.py" line="425"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="148"/>
        <source>What if…</source>
        <translation>Vad händer om…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="286"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: {n} programmes, {places} places, {needed} needed on average (utilisation {util}); {referrals} referrals a month; {statuses}.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: {n} insatser, {places} platser, {needed} behövs i genomsnitt (beläggning {util}); {referrals} anvisningar i månaden; {statuses}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="302"/>
        <source>actual</source>
        <translation>utfall</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="302"/>
        <source>forecast</source>
        <translation>prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="308"/>
        <source>No referrals recorded for the period.</source>
        <translation>Inga anvisningar registrerade för perioden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="309"/>
        <source>Referrals: {spans}.</source>
        <translation>Anvisningar: {spans}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="320"/>
        <source>Places are not divided among referral sources; &apos;Needed&apos; is the places taken up by each source&apos;s referrals.</source>
        <translation>Platserna fördelas inte på anvisande parter; ”Behov” är de platser som varje parts anvisningar tar i anspråk.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="326"/>
        <source>Seasonal programmes that do not run in the period are left out of places.</source>
        <translation>Säsongsinsatser som inte pågår under perioden räknas inte med i platserna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="382"/>
        <source>Select a programme</source>
        <translation>Välj en insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="397"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: forecast referrals, {period}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: prognos för anvisningar, {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="427"/>
        <source>Nothing to fill: every month of the period has actual referrals, or there is no history to take the forecast from.</source>
        <translation>Inget att fylla: varje månad i perioden har faktiska anvisningar, eller så finns ingen historik att ta prognosen från.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="27"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="32"/>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="36"/>
        <source>A new language is used from the next time AMP starts.</source>
        <translation>Ett nytt språk används från nästa gång AMP startar.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="40"/>
        <source>e.g. Västerås stad</source>
        <translation>t.ex. Västerås stad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="42"/>
        <source>e.g. Arbetsmarknadsenheten</source>
        <translation>t.ex. Arbetsmarknadsenheten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="55"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="59"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="60"/>
        <source>&amp;Unit name:</source>
        <translation>&amp;Enhetens namn:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="61"/>
        <source>The municipality and unit are printed on reports.</source>
        <translation>Kommunen och enheten skrivs ut på rapporterna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="65"/>
        <source>Planning status (places needed ÷ places)</source>
        <translation>Planeringsstatus (behövda platser ÷ platser)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="67"/>
        <source>&amp;Short of places above:</source>
        <translation>&amp;Brist på platser över:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="68"/>
        <source>&amp;Tight above:</source>
        <translation>Kn&amp;appt över:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="69"/>
        <source>&amp;Idle below:</source>
        <translation>&amp;Låg beläggning under:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="72"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="74"/>
        <source>&amp;Backups kept per catalogue:</source>
        <translation>Säkerhetsk&amp;opior som sparas per katalog:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="101"/>
        <source>Planning status: the limits must go up from idle to tight to short of places.</source>
        <translation>Planeringsstatus: gränserna måste stiga från låg beläggning till knappt till brist på platser.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../amp_desktop/ui/printing/blocks.py" line="136"/>
        <source>%1 (continued)</source>
        <extracomment>Given the height available, a part that fits and the rest (None: cannot split).</extracomment>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chart.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="49"/>
        <source>Could not start printing.</source>
        <translation>Utskriften kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="56"/>
        <source>Could not finish printing.</source>
        <translation>Utskriften kunde inte slutföras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="65"/>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="89"/>
        <source>%1 is a folder; give the PDF file to write.</source>
        <translation>%1 är en mapp; ange PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="92"/>
        <source>%1 is not a regular file; give the name of a PDF file to write.</source>
        <translation>%1 är inte en vanlig fil; ange namnet på en PDF-fil som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="95"/>
        <source>%1 is an AMP catalogue or another database, not a PDF; it was left unchanged. Choose another file name for the PDF.</source>
        <translation>%1 är en AMP-katalog eller en annan databas, inte en PDF; den har lämnats orörd. Välj ett annat filnamn för PDF-filen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="101"/>
        <source>%1 is not a PDF; it was left unchanged. Choose another file name for the PDF.</source>
        <translation>%1 är ingen PDF; den har lämnats orörd. Välj ett annat filnamn för PDF-filen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="120"/>
        <source>Could not write %1: the PDF came out incomplete (is the disk full?).</source>
        <translation>Kunde inte skriva %1: PDF-filen blev ofullständig (är disken full?).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="198"/>
        <source>Print preview – %1</source>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="247"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="277"/>
        <location filename="../../amp_desktop/ui/printing/output.py" line="289"/>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="279"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/render.py" line="31"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="104"/>
        <source>Select a programme in the table to see and edit it here.</source>
        <translation>Välj en insats i tabellen för att se och redigera den här.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="134"/>
        <source>Read-only: the catalogue is open for editing elsewhere, so it cannot be changed here.</source>
        <translation>Skrivskyddad: katalogen är öppen för redigering på annat håll och kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="143"/>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="144"/>
        <source>Places and money</source>
        <translation>Platser och pengar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="145"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="146"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="147"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="203"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="210"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="211"/>
        <source>All year, or months such as 6,7,8</source>
        <translation>Hela året, eller månader som 6,7,8</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="212"/>
        <source>e.g. 1 200 000</source>
        <translation>t.ex. 1 200 000</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="213"/>
        <source>Main sources, fallbacks in brackets: AF (SKE)</source>
        <translation>Huvudsakliga parter, reserver inom parentes: AF (SKE)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="223"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="329"/>
        <source>Referral sources: write source codes, fallbacks in brackets.</source>
        <translation>Anvisande parter: skriv parternas koder, reserver inom parentes.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="338"/>
        <source>Places: write the number of places.</source>
        <translation>Platser: skriv antalet platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="376"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="393"/>
        <source>New referral source</source>
        <translation>Ny anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="395"/>
        <source>{new} is not a referral source in this catalogue. Add it as a new one? (The catalogue has: {known}.)</source>
        <translation>{new} är inte en anvisande part i den här katalogen. Lägga till den som ny? (Katalogen har: {known}.)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="401"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../amp_desktop/ui/dialogs.py" line="44"/>
        <source>OK</source>
        <extracomment>When set, called instead of showing a dialog: ``answerer(kind, **details)``.</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../amp_desktop/selftest.py" line="71"/>
        <location filename="../../amp_desktop/ui/excel_ui.py" line="112"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="161"/>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="171"/>
        <source>The catalogue has no programmes.</source>
        <translation>Katalogen har inga insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="183"/>
        <location filename="../../amp_desktop/core/report.py" line="288"/>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="184"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="185"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="186"/>
        <location filename="../../amp_desktop/core/report.py" line="291"/>
        <location filename="../../amp_desktop/core/report.py" line="324"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="187"/>
        <location filename="../../amp_desktop/core/report.py" line="292"/>
        <location filename="../../amp_desktop/core/report.py" line="325"/>
        <source>Budgeted places</source>
        <translation>Budgeterade platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="188"/>
        <source>Referral sources (fallback)</source>
        <translation>Anvisande parter (reserv)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="189"/>
        <location filename="../../amp_desktop/core/report.py" line="290"/>
        <location filename="../../amp_desktop/core/report.py" line="468"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="190"/>
        <location filename="../../amp_desktop/core/report.py" line="289"/>
        <location filename="../../amp_desktop/core/report.py" line="467"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="217"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="218"/>
        <location filename="../../amp_desktop/core/report.py" line="367"/>
        <location filename="../../amp_desktop/core/report.py" line="472"/>
        <source>Referral source</source>
        <translation>Anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="219"/>
        <source>Kolada category</source>
        <translation>Kolada-kategori</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="222"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="236"/>
        <source>Programme catalogue</source>
        <translation>Insatskatalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="237"/>
        <source>%1 programmes</source>
        <translation>%1 insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="241"/>
        <location filename="../../amp_desktop/core/report.py" line="323"/>
        <location filename="../../amp_desktop/core/report.py" line="368"/>
        <location filename="../../amp_desktop/core/report.py" line="444"/>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="251"/>
        <source>Referral sources in brackets are fallbacks: they fill places the main sources leave empty.</source>
        <translation>Anvisande parter inom parentes är reserver: de fyller platser som de huvudsakliga parterna lämnar tomma.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="293"/>
        <location filename="../../amp_desktop/core/report.py" line="326"/>
        <location filename="../../amp_desktop/core/report.py" line="369"/>
        <source>Referrals per month</source>
        <translation>Anvisningar per månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="294"/>
        <source>Average stay (months)</source>
        <translation>Genomsnittlig tid i insats (månader)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="295"/>
        <location filename="../../amp_desktop/core/report.py" line="327"/>
        <location filename="../../amp_desktop/core/report.py" line="370"/>
        <location filename="../../amp_desktop/core/report.py" line="400"/>
        <source>Places needed</source>
        <translation>Behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="296"/>
        <location filename="../../amp_desktop/core/report.py" line="328"/>
        <source>Utilisation</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="297"/>
        <location filename="../../amp_desktop/core/report.py" line="329"/>
        <source>Gap</source>
        <translation>Överskott/brist</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="298"/>
        <location filename="../../amp_desktop/core/report.py" line="331"/>
        <source>Cost per place</source>
        <translation>Kostnad per plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="299"/>
        <location filename="../../amp_desktop/core/report.py" line="332"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="330"/>
        <source>Annual budget</source>
        <translation>Årsbudget</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="397"/>
        <source>Places offered and places needed</source>
        <translation>Platser och behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="399"/>
        <source>Places offered</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="401"/>
        <source>needed places unknown</source>
        <translation>behovet av platser okänt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="407"/>
        <source>Places needed = referrals per month × average stay, averaged over the months of the period; referrals are the recorded ones where a month has any, otherwise the forecast. Utilisation = places needed ÷ places. Gap = places − places needed: positive means spare places, negative a shortage. Status: Short above %1 utilisation, Tight above %2, Idle below %3, otherwise Balanced. Cost per place = annual budget ÷ places.</source>
        <translation>Behövda platser = anvisningar per månad × genomsnittlig tid i insats, i genomsnitt över periodens månader; anvisningarna är de registrerade där en månad har några, annars prognosen. Beläggning = behövda platser ÷ platser. Överskott/brist = platser − behövda platser: positivt betyder lediga platser (överskott), negativt brist. Status: Brist över %1 beläggning, Knappt över %2, Låg beläggning under %3, annars Balans. Kostnad per plats = årsbudget ÷ platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="421"/>
        <source>How to read this overview</source>
        <translation>Så läser du översikten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="432"/>
        <location filename="../../amp_desktop/selftest.py" line="64"/>
        <source>Capacity overview</source>
        <translation>Kapacitetsöversikt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="433"/>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="437"/>
        <source>What-if scenario: %1 (not the catalogue as it is)</source>
        <translation>Scenario: %1 (inte katalogen som den är)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="452"/>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="467"/>
        <source>Totals per unit</source>
        <translation>Summor per enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="468"/>
        <source>Totals per type</source>
        <translation>Summor per typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/report.py" line="471"/>
        <source>Totals per referral source</source>
        <translation>Summor per anvisande part</translation>
    </message>
</context>
<context>
    <name>ReportChooser</name>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="39"/>
        <source>Choose a report</source>
        <translation>Välj en rapport</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="40"/>
        <source>Capacity overview</source>
        <translation>Kapacitetsöversikt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="41"/>
        <source>Catalogue list</source>
        <translation>Katalogförteckning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="49"/>
        <source>Places against referral demand for the period, with totals and a chart.</source>
        <translation>Platser mot efterfrågan (anvisningar) för perioden, med summor och ett diagram.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="53"/>
        <source>Every programme with description, target group, places and referral sources.</source>
        <translation>Varje insats med beskrivning, målgrupp, platser och anvisande parter.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="76"/>
        <source>Name: a programme needs a name.</source>
        <extracomment>Upper limits far above any municipality&apos;s figures, so that a typo (or a number SQLite cannot store) is caught with a message instead of failing the write.</extracomment>
        <translation>Namn: en insats behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="78"/>
        <source>Name: at most 200 characters.</source>
        <translation>Namn: högst 200 tecken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="160"/>
        <source>Name: another programme already has this name.</source>
        <translation>Namn: en annan insats har redan det namnet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="166"/>
        <source>Short code: another programme already has this code.</source>
        <translation>Kortkod: en annan insats har redan den koden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="81"/>
        <source>Short code: at most 20 characters.</source>
        <translation>Kortkod: högst 20 tecken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="88"/>
        <source>This looks like a personal identity number. AMP never stores personal data: remove it.</source>
        <translation>Det här ser ut som ett personnummer. AMP sparar aldrig personuppgifter: ta bort det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="106"/>
        <source>Average stay (weeks): must be more than 0.</source>
        <translation>Genomsnittlig tid i insats (veckor): måste vara mer än 0.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="110"/>
        <source>Average stay (weeks): at most 520 weeks.</source>
        <translation>Genomsnittlig tid i insats (veckor): högst 520 veckor.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="121"/>
        <source>Maximum age: must not be below the minimum age.</source>
        <translation>Högsta ålder: får inte vara lägre än lägsta ålder.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="133"/>
        <source>End date: must be after the start date.</source>
        <translation>Slutdatum: måste vara efter startdatum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="135"/>
        <source>Months it runs: months are numbered 1 to 12.</source>
        <translation>Månader den pågår: månaderna numreras 1 till 12.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="138"/>
        <source>Text: at most 10,000 characters in a field.</source>
        <translation>Text: högst 10 000 tecken i ett fält.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="142"/>
        <source>Referral sources: a source has no code.</source>
        <translation>Anvisande parter: en part saknar kod.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="146"/>
        <source>Referral sources: a source is listed twice.</source>
        <translation>Anvisande parter: en part finns med två gånger.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="174"/>
        <source>Places: must be 0 or more.</source>
        <translation>Platser: måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="175"/>
        <source>Budgeted places: must be 0 or more.</source>
        <translation>Budgeterade platser: måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="176"/>
        <source>Annual budget (SEK): must be 0 or more.</source>
        <translation>Årsbudget (kr): måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="182"/>
        <source>Places: at most 100,000.</source>
        <translation>Platser: högst 100 000.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="183"/>
        <source>Budgeted places: at most 100,000.</source>
        <translation>Budgeterade platser: högst 100 000.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="184"/>
        <source>Annual budget (SEK): at most 10,000,000,000 (ten billion).</source>
        <translation>Årsbudget (kr): högst 10 000 000 000 (tio miljarder).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="199"/>
        <source>Month: “{month}” is not a month from 1990 to 2100.</source>
        <translation>Månad: ”{month}” är inte en månad mellan 1990 och 2100.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="206"/>
        <source>Referrals: must be a number.</source>
        <translation>Anvisningar: måste vara ett tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="209"/>
        <source>Referrals: must be 0 or more.</source>
        <translation>Anvisningar: måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="213"/>
        <source>Referrals: at most 1,000,000 a month.</source>
        <translation>Anvisningar: högst 1 000 000 i månaden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="220"/>
        <source>Minimum age: must be between 0 and 120.</source>
        <translation>Lägsta ålder: måste vara mellan 0 och 120.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="221"/>
        <source>Maximum age: must be between 0 and 120.</source>
        <translation>Högsta ålder: måste vara mellan 0 och 120.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="227"/>
        <source>Start date: write the date as YYYY-MM-DD.</source>
        <translation>Startdatum: skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="228"/>
        <source>End date: write the date as YYYY-MM-DD.</source>
        <translation>Slutdatum: skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="121"/>
        <source>Open</source>
        <extracomment>What a scenario says, apart from its name: its adjustments and description.</extracomment>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="122"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="124"/>
        <source>Name of the scenario</source>
        <translation>Scenariots namn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="125"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="126"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="127"/>
        <source>Put its places in the catalogue…</source>
        <translation>Överför platserna till katalogen…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="129"/>
        <source>Writes the scenario&apos;s places into the programmes as one step you can undo.</source>
        <translation>Skriver in scenariots platser i insatserna som ett steg som går att ångra.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="132"/>
        <source>Saved:</source>
        <translation>Sparade:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="156"/>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="293"/>
        <source>Add change</source>
        <translation>Lägg till ändring</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="157"/>
        <source>Remove change</source>
        <translation>Ta bort ändring</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="192"/>
        <source>Only programmes that differ</source>
        <translation>Bara insatser som skiljer sig</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="202"/>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="204"/>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="258"/>
        <source>Catalogue as it is</source>
        <translation>Katalogen som den är</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="259"/>
        <source>This scenario (being built)</source>
        <translation>Detta scenario (under arbete)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="310"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="313"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="345"/>
        <source>No programme differs.</source>
        <translation>Ingen insats skiljer sig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="347"/>
        <source>No programme differs, so all are shown.</source>
        <translation>Ingen insats skiljer sig, så alla visas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="349"/>
        <source>1 programme differs.</source>
        <translation>1 insats skiljer sig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="351"/>
        <source>{n} programmes differ.</source>
        <translation>{n} insatser skiljer sig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="356"/>
        <source>All programmes: places {lp} → {rp}, needed {ln} → {rn}, utilisation {lu} → {ru}.</source>
        <translation>Alla insatser: platser {lp} → {rp}, behov {ln} → {rn}, beläggning {lu} → {ru}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="377"/>
        <source>Save scenario</source>
        <translation>Spara scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="388"/>
        <source>A scenario named “{name}” exists. Replace it?</source>
        <translation>Det finns redan ett scenario som heter ”{name}”. Vill du ersätta det?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="394"/>
        <source>The saved scenario “{name}” was changed by Undo or Redo after you opened it. Replace it with the changes shown here?</source>
        <translation>Det sparade scenariot ”{name}” ändrades med Ångra eller Gör om efter att du öppnade det. Vill du ersätta det med ändringarna som visas här?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="426"/>
        <source>Open scenario</source>
        <translation>Öppna scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="438"/>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="445"/>
        <source>Delete scenario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="439"/>
        <source>Delete the scenario “{name}”? Edit → Undo brings it back.</source>
        <translation>Ta bort scenariot ”{name}”? Redigera → Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="454"/>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="460"/>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="468"/>
        <source>Places into the catalogue</source>
        <translation>Platser till katalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="455"/>
        <source>This scenario changes no places.</source>
        <translation>Scenariot ändrar inga platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="461"/>
        <source>Write this scenario&apos;s places into the catalogue? Edit → Undo takes it back.</source>
        <translation>Skriva in scenariots platser i katalogen? Redigera → Ångra tar tillbaka det.</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="139"/>
        <source>Status by utilisation = places needed ÷ places; limits in Preferences.</source>
        <translation>Status efter beläggning = behövda platser ÷ platser; gränserna ställs in under Inställningar.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="135"/>
        <source>The file {path} does not exist.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="138"/>
        <source>{path} is a folder, not a catalogue.</source>
        <translation>{path} är en mapp, inte en katalog.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="142"/>
        <source>{path} is empty, not an AMP catalogue.</source>
        <translation>{path} är tom, ingen AMP-katalog.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="157"/>
        <source>{path} is not an AMP catalogue ({reason}).</source>
        <translation>{path} är ingen AMP-katalog ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="163"/>
        <source>{path} is not an AMP catalogue.</source>
        <translation>{path} är ingen AMP-katalog.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="167"/>
        <source>{path} was saved by a newer version of AMP (file version {v}, this AMP reads up to {mine}). Update AMP to open it.</source>
        <translation>{path} sparades av en nyare version av AMP (filversion {v}, detta AMP läser upp till {mine}). Uppdatera AMP för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="91"/>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="200"/>
        <source>{path} already exists.</source>
        <translation>{path} finns redan.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="256"/>
        <source>{path} is from an older AMP and must be opened for editing once to be upgraded.</source>
        <translation>{path} kommer från ett äldre AMP och måste öppnas för redigering en gång för att uppgraderas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="310"/>
        <source>A copy cannot replace the catalogue itself: {path}.</source>
        <translation>En kopia kan inte ersätta själva katalogen: {path}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="333"/>
        <source>The catalogue is open read-only.</source>
        <translation>Katalogen är öppen skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="295"/>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="538"/>
        <source>Save scenario “{name}”</source>
        <translation>Spara scenariot ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="546"/>
        <source>Delete scenario “{name}”</source>
        <translation>Ta bort scenariot ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="562"/>
        <source>Add “{name}”</source>
        <translation>Lägg till ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="574"/>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="608"/>
        <source>The programme no longer exists.</source>
        <translation>Insatsen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="578"/>
        <source>Edit “{name}”</source>
        <translation>Ändra ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="593"/>
        <source>Delete “{name}”</source>
        <translation>Ta bort ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="595"/>
        <source>Delete {n} programmes</source>
        <translation>Ta bort {n} insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="610"/>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="615"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="673"/>
        <source>The change could not be saved: the catalogue file cannot be written ({reason}). Nothing was changed in the file. Check that it is still where it was and that the disk is not full, then close and open the catalogue again.</source>
        <translation>Ändringen kunde inte sparas: katalogfilen går inte att skriva till ({reason}). Inget ändrades i filen. Kontrollera att den finns kvar där den var och att disken inte är full, och stäng sedan katalogen och öppna den igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="715"/>
        <source>Referral source {code} was changed elsewhere.</source>
        <translation>Anvisande part {code} har ändrats på annat håll.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="734"/>
        <source>“{name}” has changed since this action; it cannot be applied.</source>
        <translation>”{name}” har ändrats sedan denna åtgärd; den kan inte genomföras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="763"/>
        <source>Scenario “{name}” was changed elsewhere.</source>
        <translation>Scenariot ”{name}” har ändrats någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="780"/>
        <source>Demand was changed elsewhere; it cannot be applied.</source>
        <translation>Efterfrågan har ändrats på annat håll; åtgärden kan inte genomföras.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../amp_desktop/ui/help.py" line="45"/>
        <source>%1 user guide</source>
        <translation>Användarhandbok för %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/help.py" line="54"/>
        <source>Find in the guide</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/help.py" line="58"/>
        <source>&amp;Find:</source>
        <translation>S&amp;ök:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="70"/>
        <source>Recent catalogues</source>
        <extracomment>A recent file was chosen (its path).</extracomment>
        <translation>Senaste kataloger</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="72"/>
        <source>Welcome to AMP</source>
        <translation>Välkommen till AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="79"/>
        <source>AMP keeps your unit&apos;s catalogue of labour-market programmes — places, budget, referral sources — in one file on your computer. Every change is saved at once and can be undone.</source>
        <translation>AMP håller din enhets katalog över arbetsmarknadsinsatser – platser, budget, anvisande parter – i en fil på din dator. Varje ändring sparas direkt och kan ångras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="88"/>
        <source>&amp;New catalogue…</source>
        <translation>&amp;Ny katalog…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="89"/>
        <source>Start an empty catalogue and add your programmes.</source>
        <translation>Börja med en tom katalog och lägg till dina insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="93"/>
        <source>&amp;Open a catalogue…</source>
        <translation>&amp;Öppna en katalog…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="94"/>
        <source>Open an .amp file you or a colleague made.</source>
        <translation>Öppna en .amp-fil som du eller en kollega har gjort.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="98"/>
        <source>&amp;Import from Excel…</source>
        <translation>Im&amp;portera från Excel…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="99"/>
        <source>Start a new catalogue from a workbook, e.g. the list you kept before AMP.</source>
        <translation>Börja en ny katalog från en arbetsbok, t.ex. listan du hade före AMP.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="103"/>
        <source>Open the &amp;example</source>
        <translation>Öppna &amp;exemplet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/welcome.py" line="104"/>
        <source>Västerås&apos;s 21 programmes of 2021, with fictitious budgets and referrals.</source>
        <translation>Västerås 21 insatser från 2021, med påhittade budgetar och anvisningar.</translation>
    </message>
</context>
</TS>
