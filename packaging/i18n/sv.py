"""AMP's Swedish translations: English source text → Swedish.

Applied to ``resources/translations/amp_sv.ts`` by ``apply_sv.py`` (run by
``make update-translations``).  A key ``(context, source)`` overrides the plain
``source`` key in that context only (for words that differ by place, or for
keyboard accelerators that must not clash within one menu).

Words (see DOMAIN.md): programme = insats, programme catalogue = insatskatalog,
places = platser, budgeted places = budgeterade platser, referral = anvisning,
referral source = anvisande part, primary/secondary = primär/sekundär, unit =
enhet, board = nämnd, participant = deltagare, forecast = prognos, utilisation =
beläggning, shortage = brist/underskott, surplus = överskott, cost per place =
kostnad per plats, average stay = genomsnittlig tid i insats.  Swedish quotes
are ”…” on both sides; months are lower case (jan–apr).  Keep placeholders
({name}, %1, %n) and keyboard shortcuts exactly as in the source.

Accelerators (&): menu bar Arkiv (A), Redigera (R), Planering (P), Hjälp (H);
main tabs Katalog (K), Planering (P).
"""

from __future__ import annotations

SV: dict[object, object] = {
    # ------------------------------------------------------------------ domain
    "Primary": "Primär",
    "Secondary": "Sekundär",
    "Active": "Aktiv",
    "Planned": "Planerad",
    "Paused": "Pausad",
    "Closed": "Avslutad",
    "Main": "Huvudsaklig",
    "Fallback": "Reserv",
    "Work trial/training": "Arbetsprövning/-träning",
    "Job search/coaching": "Jobbsökaraktivitet/coachning",
    "Orientation/guidance course": "Orienterings- eller vägledningskurs",
    "Matching": "Matchning",
    "Placement with a public employer": "Praktik hos offentlig arbetsgivare",
    "Study/vocational guidance": "Studie- och yrkesvägledning",
    "Municipal labour-market employment": "Kommunal arbetsmarknadsanställning",
    "Summer jobs": "Feriejobb/-praktik",
    "Mapping of prior skills": "Kartläggning av tidigare förvärvad kompetens",
    "Arbetsförmedlingen": "Arbetsförmedlingen",
    "Försäkringskassan": "Försäkringskassan",
    "The person themself": "Personen själv",
    "Social services": "Socialtjänsten",
    "Arbetsförmedlingen with social services": "Arbetsförmedlingen tillsammans med socialtjänsten",
    "Other": "Övriga",
    "Open the example catalogue": "Öppna exempelkatalogen",
    "Example data: budget, unit, average stay and referrals are fictitious. Text, places and referral sources are Västerås's, 2021.": "Exempeldata: budget, enhet, genomsnittlig tid i insats och anvisningar är påhittade. Text, platser och anvisande parter är Västerås stads, 2021.",
    # ----------------------------------------------------------- field names
    "Id": "Id",
    "Name": "Namn",
    "Code": "Kod",
    "Short code": "Kortkod",
    "Description": "Beskrivning",
    "Target group": "Målgrupp",
    "Minimum age": "Lägsta ålder",
    "Maximum age": "Högsta ålder",
    "Places": "Platser",
    "Budgeted": "Budgeterade",
    "Budgeted places": "Budgeterade platser",
    "Annual budget": "Årsbudget",
    "Annual budget (SEK)": "Årsbudget (kr)",
    "Type": "Typ",
    "Status": "Status",
    "SKR category": "SKR-kategori",
    "Unit": "Enhet",
    "Funding": "Finansiering",
    "Start date": "Startdatum",
    "End date": "Slutdatum",
    "Average stay (weeks)": "Genomsnittlig tid i insats (veckor)",
    "Stay (weeks)": "Tid i insats (veckor)",
    "Stay (months)": "Tid i insats (mån)",
    "Months it runs": "Månader den pågår",
    "Notes": "Anteckningar",
    "Referral sources": "Anvisande parter",
    "Referral source": "Anvisande part",
    "Programme": "Insats",
    "Programmes": "Insatser",
    "Catalogue": "Katalog",
    # ------------------------------------------------------------ catalogue tab
    "Search name and description (Ctrl+F)": "Sök i namn och beskrivning (Ctrl+F)",
    "Search": "Sök",
    "All units": "Alla enheter",
    "All types": "Alla typer",
    "All referral sources": "Alla anvisande parter",
    "All statuses": "Alla statusar",
    "{shown} of {total} programmes": "{shown} av {total} insatser",
    "1 programme": "1 insats",
    "{total} programmes": "{total} insatser",
    # ------------------------------------------------------------------ excel
    "Referrals: expected a number of 0 or more.": "Anvisningar: ett tal som är 0 eller mer förväntades.",
    "the programme of this row is not in the catalogue or the workbook.": "radens insats finns inte i katalogen eller arbetsboken.",
    "Kind: write Actual or Forecast.": "Slag: skriv Utfall eller Prognos.",
    "the cell holds a formula ({formula}); it was not used.": "cellen innehåller en formel ({formula}); den användes inte.",
    "Exported": "Exporterad",
    "Schema version": "Schemaversion",
    "Demand from": "Efterfrågan från",
    "Demand to": "Efterfrågan till",
    "Written by": "Skriven av",
    "Edit the Programmes and Demand sheets and import the workbook in AMP. Do not change the hidden AMP id column.": "Redigera bladen Insatser och Anvisningar och importera arbetsboken i AMP. Ändra inte den dolda kolumnen AMP-id.",
    "{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources, or Date and Programme).": "{name}: inget blad har en rubrikrad som AMP känner igen (som Namn, Platser, Anvisande parter, eller Datum och Insats).",
    "{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources).": "{name}: inget blad har en rubrikrad som AMP känner igen (som Namn, Platser, Anvisande parter).",
    "{message} The cell says “{text}”.": "{message} I cellen står ”{text}”.",
    "The workbook was exported from another catalogue; programmes are matched by name.": "Arbetsboken exporterades från en annan katalog; insatserna matchas på namn.",
    "no column holds the programmes' names.": "ingen kolumn innehåller insatsernas namn.",
    "“{name}” appears twice in the workbook; this row was skipped.": "”{name}” finns två gånger i arbetsboken; raden hoppades över.",
    "“{name}” has the short code “{code}”, which is “{other}”'s; this row was skipped.": "”{name}” har kortkoden ”{code}”, som är ”{other}”s; raden hoppades över.",
    "{message} The row was not imported.": "{message} Raden importerades inte.",
    "another row already has the name “{name}”.": "en annan rad har redan namnet ”{name}”.",
    "{name} cannot be read: the workbook's contents are damaged ({reason}).": "{name} kan inte läsas: arbetsbokens innehåll är skadat ({reason}).",
    "Date: the cell is empty.": "Datum: cellen är tom.",
    "{name}: no sheet has a header row with Date, Programme and Source.": "{name}: inget blad har en rubrikrad med Datum, Insats och Anvisande part.",
    "map a column to Date and one to Programme.": "koppla en kolumn till Datum och en till Insats.",
    "Column {col} ({header}) holds names; it was not read.": "Kolumn {col} ({header}) innehåller namn; den lästes inte.",
    "this column holds personal identity numbers and cannot be imported as {field}.": "kolumnen innehåller personnummer och kan inte importeras som {field}.",
    "Column {col} ({header}) holds personal identity numbers; they were dropped and are not stored.": "Kolumn {col} ({header}) innehåller personnummer; de togs bort och sparas inte.",
    "{n} more dates could not be read.": "Ytterligare {n} datum kunde inte läsas.",
    "“{name}” ({n} referrals) is not a programme in the catalogue; map it to one.": "”{name}” ({n} anvisningar) är ingen insats i katalogen; koppla den till en.",
    "{n} referrals counted into {cells} monthly cells.": "{n} anvisningar räknades in i {cells} månadsceller.",
    "{name} cannot be read: {reason}": "{name} kan inte läsas: {reason}",
    "Columns not read (AMP does not know their titles; choose an AMP field for them): {columns}.": "Kolumner som inte lästes (AMP känner inte igen rubrikerna; välj ett AMP-fält för dem): {columns}.",
    "the month {month} is not between 1990 and 2100; the column was not read.": "månaden {month} ligger inte mellan 1990 och 2100; kolumnen lästes inte.",
    "the month {month} is also the header of column {column}; neither column was read and AMP keeps its values for {month}.": "månaden {month} är också rubrik för kolumn {column}; ingen av kolumnerna lästes och AMP behåller sina värden för {month}.",
    "row {row} has another number for the same programme, source, kind and month; neither row was read and AMP keeps its values.": "rad {row} har ett annat tal för samma insats, anvisande part, slag och månad; ingen av raderna lästes och AMP behåller sina värden.",
    "“{name}” was deleted in AMP since the export; the edits in this row were not imported.": "”{name}” har tagits bort i AMP sedan exporten; ändringarna på den här raden importerades inte.",
    "Date: a referral's date must be between 1990 and 2100.": "Datum: en anvisnings datum måste ligga mellan 1990 och 2100.",
    "The demand runs from {first} to {last}, {n} months, but a sheet has room for {most} month columns. Export a shorter period.": "Anvisningarna sträcker sig från {first} till {last}, {n} månader, men ett blad rymmer {most} månadskolumner. Exportera en kortare period.",
    "{path} is a folder; choose a file name for the workbook.": "{path} är en mapp; välj ett filnamn för arbetsboken.",
    "{path} is not an Excel workbook (it may be an AMP catalogue or another document); AMP does not replace it. Choose another file name.": "{path} är inte en Excel-arbetsbok (det kan vara en AMP-katalog eller ett annat dokument); AMP ersätter den inte. Välj ett annat filnamn.",
    "a sheet reaches cell {cell}, far beyond any list AMP reads (it would need more memory than this computer has). Delete the stray cells there (Ctrl+End in Excel goes to them) and save the workbook again.": "ett blad når cell {cell}, långt utanför alla listor som AMP läser (det skulle kräva mer minne än datorn har). Ta bort de lösa cellerna där (Ctrl+End i Excel går dit) och spara arbetsboken igen.",
    "the file does not exist.": "filen finns inte.",
    "it is a folder, not a file.": "det är en mapp, inte en fil.",
    "you do not have permission to open it.": "du har inte behörighet att öppna den.",
    "the file is empty.": "filen är tom.",
    "it is either protected with a password or an old Excel 97–2003 (.xls) workbook. Remove the password, or save it as an Excel workbook (.xlsx), and try again.": "den är antingen lösenordsskyddad eller en gammal Excel 97–2003-arbetsbok (.xls). Ta bort lösenordet, eller spara den som Excel-arbetsbok (.xlsx), och försök igen.",
    "it is not an Excel workbook (.xlsx); it looks like text or another format (a CSV file renamed?). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).": "den är ingen Excel-arbetsbok (.xlsx); den ser ut som text eller ett annat format (en omdöpt CSV-fil?). Öppna den i Excel eller LibreOffice och spara den som Excel-arbetsbok (.xlsx).",
    "the file is damaged or incomplete (was it cut short?).": "filen är skadad eller ofullständig (avbröts den?).",
    "the file is damaged or incomplete.": "filen är skadad eller ofullständig.",
    "it is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) and try again.": "det är ett OpenDocument-kalkylark (.ods). Spara det som Excel-arbetsbok (.xlsx) och försök igen.",
    "it has too many parts to be a workbook.": "den har för många delar för att vara en arbetsbok.",
    "it would unpack to an unreasonable size (a “zip bomb”); it was not opened.": "den skulle packas upp till en orimlig storlek (en ”zip-bomb”); den öppnades inte.",
    "it is a zip file but not an Excel workbook.": "det är en zip-fil men ingen Excel-arbetsbok.",
    "it contains XML entity declarations, which workbooks never need and attacks use; it was not opened.": "den innehåller XML-entitetsdeklarationer, som arbetsböcker aldrig behöver men som används vid angrepp; den öppnades inte.",
    "the workbook's contents are damaged ({reason}).": "arbetsbokens innehåll är skadat ({reason}).",
    "it is a web page or an XML file with an Excel file name (many case systems export such “.xls” files). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).": "det är en webbsida eller en XML-fil med ett Excel-filnamn (många verksamhetssystem exporterar sådana ”.xls”-filer). Öppna den i Excel eller LibreOffice och spara den som Excel-arbetsbok (.xlsx).",
    "it is an Excel binary workbook (.xlsb), which AMP does not read. Open it in Excel and save it as an Excel workbook (.xlsx).": "det är en binär Excel-arbetsbok (.xlsb), som AMP inte läser. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).",
    "it is an Apple Numbers document. In Numbers, export it to Excel (.xlsx).": "det är ett Apple Numbers-dokument. Exportera det till Excel (.xlsx) i Numbers.",
    "the sheet “{sheet}” has more than {limit:,} filled cells, more than AMP reads from one sheet. Keep only the rows and columns AMP needs (for a referral list: date, programme and source) and try again.": "bladet ”{sheet}” har fler än {limit:,} ifyllda celler, fler än AMP läser från ett blad. Behåll bara de rader och kolumner AMP behöver (för en anvisningslista: datum, insats och anvisande part) och försök igen.",
    "the sheet “{sheet}” reaches cell {cell}, far beyond any list AMP reads (it would need more memory than this computer has). Delete the stray cells there (Ctrl+End in Excel goes to them) and save the workbook again.": "bladet ”{sheet}” når cell {cell}, långt utanför alla listor som AMP läser (det skulle kräva mer minne än datorn har). Ta bort de lösa cellerna där (Ctrl+End i Excel går dit) och spara arbetsboken igen.",
    "{name} cannot be read: neither of AMP's two readers understands its contents; they may be damaged ({reason}). Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and try again.": "{name} kan inte läsas: ingen av AMP:s två läsare förstår innehållet; det kan vara skadat ({reason}). Öppna den i Excel eller LibreOffice, spara den som Excel-arbetsbok (.xlsx) och försök igen.",
    "{name} cannot be read: neither of AMP's two readers understands the sheet “{sheet}”; it may be damaged ({reason}). Open the workbook in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and try again.": "{name} kan inte läsas: ingen av AMP:s två läsare förstår bladet ”{sheet}”; det kan vara skadat ({reason}). Öppna arbetsboken i Excel eller LibreOffice, spara den som Excel-arbetsbok (.xlsx) och försök igen.",
    "{what} has {n} characters, more than an Excel cell holds ({limit}); nothing was exported. Shorten it in AMP and export again.": "{what} har {n} tecken, fler än en Excel-cell rymmer ({limit}); ingenting exporterades. Korta texten i AMP och exportera igen.",
    "The text “{start}…”": "Texten ”{start}…”",
    "The {field} of “{programme}”": "Fältet {field} för insatsen ”{programme}”",
    "{field}: “{text}” is not one of the allowed values.": "{field}: ”{text}” är inte ett av de tillåtna värdena.",
    "Name: the period “{note}” has a date that is not real; dates left empty.": "Namn: perioden ”{note}” har ett datum som inte finns; datumen lämnades tomma.",
    "Places: the note “{note}” was not imported.": "Platser: anteckningen ”{note}” importerades inte.",
    "Referral sources: the note “{note}” was not imported.": "Anvisande parter: anteckningen ”{note}” importerades inte.",
    # ------------------------------------------------------------ forecast
    "All programmes": "Alla insatser",
    "Fill empty months from history": "Fyll tomma månader från historiken",
    "Writes a forecast for the period's months that have no actual referrals. Edit → Undo takes it back.": "Skriver en prognos för periodens månader som saknar faktiska anvisningar. Redigera → Ångra tar tillbaka den.",
    "Type referrals per month and source (empty = none). Months with actual referrals use them; their forecast is shown grey.": "Skriv anvisningar per månad och anvisande part (tomt = inga). Månader med faktiska anvisningar använder dem; deras prognos visas grå.",
    # ------------------------------------------------------------------ lock
    "{user} on {host} (process {pid}) since {since}": "{user} på {host} (process {pid}) sedan {since}",
    "another program": "ett annat program",
    "{file} is open for editing by {who}.": "{file} är öppen för redigering av {who}.",
    # ---------------------------------------------------------- main window
    ("MainWindow", "&Catalogue"): "&Katalog",
    "Read-only": "Skrivskyddad",
    "&New Catalogue…": "&Ny katalog…",
    "&Open…": "&Öppna…",
    "Open &Example": "Öppna &exempelkatalogen",
    "The Västerås 2021 programmes with fictitious numbers": "Västerås insatser 2021 med påhittade siffror",
    "Save a &Copy As…": "Spara en &kopia som…",
    "&Close Catalogue": "S&täng katalog",
    "&Preferences…": "&Inställningar…",
    "&Quit": "&Avsluta",
    "&Undo": "&Ångra",
    "&Redo": "&Gör om",
    "&Add Programme": "&Lägg till insats",
    "&Duplicate Programme": "&Duplicera insats",
    "De&lete Programme…": "&Ta bort insats…",
    "&Search Programmes": "&Sök insatser",
    "&About AMP": "&Om AMP",
    "&File": "&Arkiv",
    "Open &Recent": "Öppna &senaste",
    "&Edit": "&Redigera",
    "&Help": "&Hjälp",
    "No recent catalogues": "Inga senaste kataloger",
    "Clear the List": "Töm listan",
    "New Catalogue": "Ny katalog",
    "Open Catalogue": "Öppna katalog",
    "Opened read-only: changes cannot be made.": "Öppnad skrivskyddad: inga ändringar kan göras.",
    "AMP catalogues (*.amp)": "AMP-kataloger (*.amp)",
    "All files (*)": "Alla filer (*)",
    "Save a Copy As": "Spara en kopia som",
    "The copy was not saved": "Kopian sparades inte",
    "Saved a copy: {path}": "Sparade en kopia: {path}",
    "{file} [read-only] — AMP": "{file} [skrivskyddad] — AMP",
    "{file} — AMP": "{file} — AMP",
    "Another AMP has this catalogue open for editing; you can only look.": "Ett annat AMP har katalogen öppen för redigering; du kan bara titta.",
    "Not saved": "Inte sparad",
    "New programme": "Ny insats",
    "Delete “{name}” and its referrals?": "Ta bort ”{name}” och dess anvisningar?",
    "Delete {n} programmes and their referrals?": "Ta bort {n} insatser och deras anvisningar?",
    "You can bring them back with Edit → Undo.": "Du kan få tillbaka dem med Redigera → Ångra.",
    "Delete": "Ta bort",
    "Undone: {action}": "Ångrat: {action}",
    "Redone: {action}": "Gjort om: {action}",
    "Saved: {action}": "Sparat: {action}",
    "Cannot undo or redo": "Kan inte ångra eller göra om",
    "About AMP": "Om AMP",
    "AMP {version}\n\nThe programme catalogue and capacity planning for municipal labour-market units.": "AMP {version}\n\nInsatskatalog och kapacitetsplanering för kommunala arbetsmarknadsenheter.",
    # ------------------------------------------------------------- open flow
    "{file} is open for editing by {who}.\n\nOnly one person can edit a catalogue at a time. You can open it read-only to look at it.": "{file} är öppen för redigering av {who}.\n\nBara en person i taget kan redigera en katalog. Du kan öppna den skrivskyddad för att titta i den.",
    "Catalogue in use": "Katalogen används",
    "Open read-only": "Öppna skrivskyddad",
    "Cannot open the catalogue": "Katalogen kan inte öppnas",
    "Cannot create the catalogue": "Katalogen kan inte skapas",
    # ----------------------------------------------------------------- parse
    "Places: expected a number of places.": "Platser: ett antal platser förväntades.",
    "Places: a number of places must be whole.": "Platser: antalet platser måste vara ett heltal.",
    "Places: expected a number such as 24 or 24 (budget 10).": "Platser: ett tal som 24 eller 24 (budget 10) förväntades.",
    "Referral sources: a closing bracket has no opening one.": "Anvisande parter: en slutparentes saknar startparentes.",
    "Referral sources: a bracket is not closed.": "Anvisande parter: en parentes är inte stängd.",
    "Type: expected Primär or Sekundär (primary or secondary).": "Typ: Primär eller Sekundär förväntades.",
    "Number: both comma and point in one number.": "Tal: både komma och punkt i samma tal.",
    "Number: not a number.": "Tal: inte ett tal.",
    "Amount: expected an amount in kronor.": "Belopp: ett belopp i kronor förväntades.",
    "Amount: expected an amount such as 1 200 000 kr.": "Belopp: ett belopp som 1\u00a0200\u00a0000\u00a0kr förväntades.",
    "Amount: expected whole kronor.": "Belopp: hela kronor förväntades.",
    "Number: expected a whole number.": "Tal: ett heltal förväntades.",
    "Number: expected a number.": "Tal: ett tal förväntades.",
    "Date: write the date as YYYY-MM-DD.": "Datum: skriv datumet som ÅÅÅÅ-MM-DD.",
    "Months it runs: list month numbers such as 6,7,8.": "Månader den pågår: ange månadsnummer som 6,7,8.",
    "Months it runs: months are numbered 1 to 12.": "Månader den pågår: månaderna numreras 1 till 12.",
    # ----------------------------------------------------------- period picker
    "Year": "År",
    "Tertial": "Tertial",
    "Months": "Månader",
    "T1 (Jan–Apr)": "T1 (jan–apr)",
    "T2 (May–Aug)": "T2 (maj–aug)",
    "T3 (Sep–Dec)": "T3 (sep–dec)",
    "to": "till",
    "Period:": "Period:",
    # ------------------------------------------------------------ planning
    "Plan for {period}": "Plan för {period}",
    "scenario “{name}”": "scenario ”{name}”",
    "Referrals/month": "Anvisningar/mån",
    "Needed": "Behövda platser",
    "Utilisation": "Beläggning",
    "Gap": "Överskott/brist",
    "Cost/place": "Kostnad/plats",
    "Same month last year": "Samma månad förra året",
    "Mean of the last 12 months": "Medel av de senaste 12 månaderna",
    "Fill forecast: {method}": "Fyll prognos: {method}",
    "Forecast {month} {source}": "Prognos {month} {source}",
    "“{month}” is not a month; write it as YYYY-MM.": "”{month}” är ingen månad; skriv den som ÅÅÅÅ-MM.",
    "Jan–Apr": "jan–apr",
    "May–Aug": "maj–aug",
    "Sep–Dec": "sep–dec",
    "The period starts ({first}) after it ends ({last}).": "Perioden börjar ({first}) efter att den slutar ({last}).",
    "A tertial is 1, 2 or 3, not {n}.": "Ett tertial är 1, 2 eller 3, inte {n}.",
    "“{text}” is not a period; write a year (2026), a tertial (2026-T1) or months (2026-01..2026-06).": "”{text}” är ingen period; skriv ett år (2026), ett tertial (2026-T1) eller månader (2026-01..2026-06).",
    "Give either --from/--to, --year or --tertial, not several.": "Ange antingen --from/--to, --year eller --tertial, inte flera.",
    "“{text}” is not a year; write e.g. 2026.": "”{text}” är inget år; skriv t.ex. 2026.",
    "“{text}” is not a tertial; write e.g. 2026-T1.": "”{text}” är inget tertial; skriv t.ex. 2026-T1.",
    "Give both --from and --to.": "Ange både --from och --to.",
    "Short": "Brist",
    "Tight": "Knappt",
    "Balanced": "Balans",
    "Idle": "Låg beläggning",
    "No places": "Inga platser",
    "Off season": "Utanför säsong",
    "Stay unknown": "Tid i insats okänd",
    "Actual": "Utfall",
    "Forecast": "Prognos",
    "Actual + forecast": "Utfall + prognos",
    "No demand": "Ingen efterfrågan",
    "(no unit)": "(ingen enhet)",
    "(source unknown)": "(okänd anvisande part)",
    "Unknown scenario change: {target} {mode}.": "Okänd ändring i scenariot: {target} {mode}.",
    "The scenario cannot be read ({reason}).": "Scenariot kan inte läsas ({reason}).",
    "There is no scenario named “{name}”.": "Det finns inget scenario som heter ”{name}”.",
    "A scenario needs a name.": "Ett scenario behöver ett namn.",
    "Places from scenario “{name}”": "Platser från scenariot ”{name}”",
    # ---------------------------------------------------------- planning view
    "Type (primary/secondary)": "Typ (primär/sekundär)",
    "Totals by": "Summor per",
    "Totals": "Summor",
    "Places vs needed": "Platser mot behov",
    "Month by month": "Månad för månad",
    "What if…": "Vad händer om…",
    "<b>{period}</b>: {n} programmes, {places} places, {needed} needed on average (utilisation {util}); {referrals} referrals a month. {statuses}.": "<b>{period}</b>: {n} insatser, {places} platser, {needed} behövs i genomsnitt (beläggning {util}); {referrals} anvisningar i månaden. {statuses}.",
    "Places are not divided among referral sources; 'Needed' is the places taken up by each source's referrals.": "Platserna fördelas inte på anvisande parter; ”Behov” är de platser som varje parts anvisningar tar i anspråk.",
    "Seasonal programmes that do not run in the period are left out of places.": "Säsongsinsatser som inte pågår under perioden räknas inte med i platserna.",
    "Select a programme": "Välj en insats",
    "Working out the plan for {period}…": "Räknar fram planen för {period}…",
    "Working out the plan…": "Räknar fram planen…",
    "Planning": "Planering",
    "The comparison was cancelled.": "Jämförelsen avbröts.",
    "<b>{name}</b>: forecast referrals, {period}": "<b>{name}</b>: prognos för anvisningar, {period}",
    "Nothing to fill: every month of the period has actual referrals, or there is no history to take the forecast from.": "Inget att fylla: varje månad i perioden har faktiska anvisningar, eller så finns ingen historik att ta prognosen från.",
    # ----------------------------------------------------------- preferences
    "Preferences": "Inställningar",
    "Same as the system": "Samma som systemet",
    "A new language is used from the next time AMP starts.": "Ett nytt språk används från nästa gång AMP startar.",
    "e.g. Västerås stad": "t.ex. Västerås stad",
    "e.g. Arbetsmarknadsenheten": "t.ex. Arbetsmarknadsenheten",
    "General": "Allmänt",
    "&Language:": "&Språk:",
    "&Municipality:": "&Kommun:",
    "&Unit:": "&Enhet:",
    "Planning status (places needed ÷ places)": "Planeringsstatus (behövda platser ÷ platser)",
    "&Short of places above:": "&Brist på platser över:",
    "&Tight above:": "Kn&appt över:",
    "&Idle below:": "&Låg beläggning under:",
    "Files": "Filer",
    "&Backups kept per catalogue:": "Säkerhetsk&opior som sparas per katalog:",
    "Planning status: the limits must go up from idle to tight to short of places.": "Planeringsstatus: gränserna måste stiga från låg beläggning till knappt till brist på platser.",
    # -------------------------------------------------------------- printing
    "%1 (continued)": "%1 (forts.)",
    "Could not start printing.": "Utskriften kunde inte startas.",
    "Could not write %1.": "Kunde inte skriva %1.",
    "Print preview – %1": "Förhandsgranskning – %1",
    "Print": "Skriv ut",
    "Export PDF": "Exportera PDF",
    "PDF files (*.pdf)": "PDF-filer (*.pdf)",
    "Page %1 of %2": "Sida %1 av %2",
    # ------------------------------------------------------ programme editor
    "Select a programme in the table to see and edit it here.": "Välj en insats i tabellen för att se och redigera den här.",
    "Places and money": "Platser och pengar",
    "Organisation": "Organisation",
    "Time": "Tid",
    "(none)": "(ingen)",
    "YYYY-MM-DD": "ÅÅÅÅ-MM-DD",
    "All year, or months such as 6,7,8": "Hela året, eller månader som 6,7,8",
    "e.g. 1 200 000": "t.ex. 1 200 000",
    "Main sources, fallbacks in brackets: AF (SKE)": "Huvudsakliga parter, reserver inom parentes: AF (SKE)",
    "Referral sources: write source codes, fallbacks in brackets.": "Anvisande parter: skriv parternas koder, reserver inom parentes.",
    "Places: write the number of places.": "Platser: skriv antalet platser.",
    # ------------------------------------------------------ Qt's own contexts
    "OK": "OK",
    "Cancel": "Avbryt",
    # ---------------------------------------------------------------- report
    "Printed %1": "Utskriven %1",
    "Referral sources (fallback)": "Anvisande parter (reserv)",
    "Kolada category": "Kolada-kategori",
    "Programme catalogue": "Insatskatalog",
    "%1 programmes": "%1 insatser",
    "Referral sources in brackets are fallbacks: they fill places the main sources leave empty.": "Anvisande parter inom parentes är reserver: de fyller platser som de huvudsakliga parterna lämnar tomma.",
    "Referrals per month": "Anvisningar per månad",
    "Average stay (months)": "Genomsnittlig tid i insats (månader)",
    "Places needed": "Behövda platser",
    "Cost per place": "Kostnad per plats",
    "Places offered and places needed": "Platser och behövda platser",
    "Places offered": "Platser",
    "needed places unknown": "behovet av platser okänt",
    "Places needed = referrals per month × average stay, averaged over the months of the period; referrals are the recorded ones where a month has any, otherwise the forecast. Utilisation = places needed ÷ places. Gap = places − places needed: positive means spare places, negative a shortage. Status: Short above %1 utilisation, Tight above %2, Idle below %3, otherwise Balanced. Cost per place = annual budget ÷ places.": "Behövda platser = anvisningar per månad × genomsnittlig tid i insats, i genomsnitt över periodens månader; anvisningarna är de registrerade där en månad har några, annars prognosen. Beläggning = behövda platser ÷ platser. Överskott/brist = platser − behövda platser: positivt betyder lediga platser (överskott), negativt brist. Status: Brist över %1 beläggning, Knappt över %2, Låg beläggning under %3, annars Balans. Kostnad per plats = årsbudget ÷ platser.",
    "How to read this overview": "Så läser du översikten",
    "Capacity overview": "Kapacitetsöversikt",
    "Period: %1": "Period: %1",
    "What-if scenario: %1 (not the catalogue as it is)": "Scenario: %1 (inte katalogen som den är)",
    "Totals per unit": "Summor per enhet",
    "Totals per type": "Summor per typ",
    "Totals per referral source": "Summor per anvisande part",
    # ----------------------------------------------------------------- rules
    "Name: a programme needs a name.": "Namn: en insats behöver ett namn.",
    "Name: at most 200 characters.": "Namn: högst 200 tecken.",
    "Name: another programme already has this name.": "Namn: en annan insats har redan det namnet.",
    "Short code: another programme already has this code.": "Kortkod: en annan insats har redan den koden.",
    "Average stay (weeks): must be more than 0.": "Genomsnittlig tid i insats (veckor): måste vara mer än 0.",
    "Average stay (weeks): at most 520 weeks.": "Genomsnittlig tid i insats (veckor): högst 520 veckor.",
    "Maximum age: must not be below the minimum age.": "Högsta ålder: får inte vara lägre än lägsta ålder.",
    "End date: must be after the start date.": "Slutdatum: måste vara efter startdatum.",
    "Text: at most 10,000 characters in a field.": "Text: högst 10 000 tecken i ett fält.",
    "Referral sources: a source has no code.": "Anvisande parter: en part saknar kod.",
    "Referral sources: a source is listed twice.": "Anvisande parter: en part finns med två gånger.",
    "Places: must be 0 or more.": "Platser: måste vara 0 eller mer.",
    "Budgeted places: must be 0 or more.": "Budgeterade platser: måste vara 0 eller mer.",
    "Annual budget (SEK): must be 0 or more.": "Årsbudget (kr): måste vara 0 eller mer.",
    "Places: at most 100,000.": "Platser: högst 100 000.",
    "Catalogue free for editing": "Katalogen kan redigeras",
    "{name} is no longer open in another AMP. Open it for editing here?": "{name} är inte längre öppen i en annan AMP. Vill du öppna den för redigering här?",
    "Open for Editing": "Öppna för redigering",
    "Another AMP saved changes to this catalogue; shown as they are now.": "En annan AMP sparade ändringar i katalogen; de visas nu som de är.",
    "New referral source": "Ny anvisande part",
    "{new} is not a referral source in this catalogue. Add it as a new one? (The catalogue has: {known}.)": "{new} är inte en anvisande part i den här katalogen. Lägga till den som ny? (Katalogen har: {known}.)",
    "Add": "Lägg till",
    "Programme: “{id}” is not a programme number.": "Insats: ”{id}” är inte ett insatsnummer.",
    "Places: the value must be a number from {low} to {high}.": "Platser: värdet måste vara ett tal från {low} till {high}.",
    "Average stay (weeks): the value must be a number from {low} to {high}.": "Genomsnittlig tid i insats (veckor): värdet måste vara ett tal från {low} till {high}.",
    "Referrals per month: the value must be a number from {low} to {high}.": "Anvisningar per månad: värdet måste vara ett tal från {low} till {high}.",
    "Scenario name: a scenario needs a name.": "Scenariots namn: ett scenario behöver ett namn.",
    "Scenario name: no line breaks or tabs in the name.": "Scenariots namn: inga radbrytningar eller tabbar i namnet.",
    "Scenario name: at most 100 characters.": "Scenariots namn: högst 100 tecken.",
    "The saved scenario “{name}” was changed by Undo or Redo after you opened it. Replace it with the changes shown here?": "Det sparade scenariot ”{name}” ändrades med Ångra eller Gör om efter att du öppnade det. Vill du ersätta det med ändringarna som visas här?",
    "Referrals: must be a number.": "Anvisningar: måste vara ett tal.",
    "“{text}” is not a number of referrals.": "”{text}” är inte ett antal anvisningar.",
    "Could not finish printing.": "Utskriften kunde inte slutföras.",
    "%1 is a folder; give the PDF file to write.": "%1 är en mapp; ange PDF-filen som ska skrivas.",
    "%1 is not a regular file; give the name of a PDF file to write.": "%1 är inte en vanlig fil; ange namnet på en PDF-fil som ska skrivas.",
    "%1 is an AMP catalogue or another database, not a PDF; it was left unchanged. Choose another file name for the PDF.": "%1 är en AMP-katalog eller en annan databas, inte en PDF; den har lämnats orörd. Välj ett annat filnamn för PDF-filen.",
    "%1 is not a PDF; it was left unchanged. Choose another file name for the PDF.": "%1 är ingen PDF; den har lämnats orörd. Välj ett annat filnamn för PDF-filen.",
    "Could not write %1: the PDF came out incomplete (is the disk full?).": "Kunde inte skriva %1: PDF-filen blev ofullständig (är disken full?).",
    "Short code: at most 20 characters.": "Kortkod: högst 20 tecken.",
    "This looks like a personal identity number. AMP never stores personal data: remove it.": "Det här ser ut som ett personnummer. AMP sparar aldrig personuppgifter: ta bort det.",
    "The change could not be saved: the catalogue file cannot be written ({reason}). Nothing was changed in the file. Check that it is still where it was and that the disk is not full, then close and open the catalogue again.": "Ändringen kunde inte sparas: katalogfilen går inte att skriva till ({reason}). Inget ändrades i filen. Kontrollera att den finns kvar där den var och att disken inte är full, och stäng sedan katalogen och öppna den igen.",
    "Unexpected error": "Oväntat fel",
    "AMP met an error it did not expect: {error}\n\nChanges that were saved before it are in the file. If something looks wrong, close the catalogue and open it again.": "AMP stötte på ett fel som inte var väntat: {error}\n\nÄndringar som sparades före felet finns i filen. Om något ser fel ut, stäng katalogen och öppna den igen.",
    "The catalogue file cannot be read any more ({reason}).": "Katalogfilen går inte att läsa längre ({reason}).",
    "A period lies between 1990 and 2100, not {first} – {last}.": "En period ligger mellan 1990 och 2100, inte {first} – {last}.",
    "Budgeted places: at most 100,000.": "Budgeterade platser: högst 100 000.",
    "Annual budget (SEK): at most 10,000,000,000 (ten billion).": "Årsbudget (kr): högst 10 000 000 000 (tio miljarder).",
    "Month: “{month}” is not a month from 1990 to 2100.": "Månad: ”{month}” är inte en månad mellan 1990 och 2100.",
    "Referrals: at most 1,000,000 a month.": "Anvisningar: högst 1 000 000 i månaden.",
    "Minimum age: must be between 0 and 120.": "Lägsta ålder: måste vara mellan 0 och 120.",
    "Maximum age: must be between 0 and 120.": "Högsta ålder: måste vara mellan 0 och 120.",
    "Start date: write the date as YYYY-MM-DD.": "Startdatum: skriv datumet som ÅÅÅÅ-MM-DD.",
    "End date: write the date as YYYY-MM-DD.": "Slutdatum: skriv datumet som ÅÅÅÅ-MM-DD.",
    # -------------------------------------------------------- scenario panel
    "Open": "Öppna",
    "New": "Ny",
    "Name of the scenario": "Scenariots namn",
    "Save": "Spara",
    "Delete…": "Ta bort…",
    "Put its places in the catalogue…": "Överför platserna till katalogen…",
    "Forecast &method:": "Prognos&metod:",
    "Writes the scenario's places into the programmes as one step you can undo.": "Skriver in scenariots platser i insatserna som ett steg som går att ångra.",
    "Saved:": "Sparade:",
    "Add change": "Lägg till ändring",
    "Remove change": "Ta bort ändring",
    "Compare": "Jämför",
    "with": "med",
    "Catalogue as it is": "Katalogen som den är",
    "This scenario (being built)": "Detta scenario (under arbete)",
    "Scenario": "Scenario",
    "No programme differs.": "Ingen insats skiljer sig.",
    "No programme differs, so all are shown.": "Ingen insats skiljer sig, så alla visas.",
    "1 programme differs.": "1 insats skiljer sig.",
    "{n} programmes differ.": "{n} insatser skiljer sig.",
    "All programmes: places {lp} → {rp}, needed {ln} → {rn}, utilisation {lu} → {ru}.": "Alla insatser: platser {lp} → {rp}, behov {ln} → {rn}, beläggning {lu} → {ru}.",
    "Save scenario": "Spara scenario",
    "Give the scenario a name.": "Ge scenariot ett namn.",
    "A scenario named “{name}” exists. Replace it?": "Det finns redan ett scenario som heter ”{name}”. Vill du ersätta det?",
    "Open scenario": "Öppna scenario",
    "Delete scenario": "Ta bort scenario",
    "Delete the scenario “{name}”? Edit → Undo brings it back.": "Ta bort scenariot ”{name}”? Redigera → Ångra tar tillbaka det.",
    "Save scenario “{name}”": "Spara scenariot ”{name}”",
    "Delete scenario “{name}”": "Ta bort scenariot ”{name}”",
    "Scenario “{name}” was changed elsewhere.": "Scenariot ”{name}” har ändrats någon annanstans.",
    "Places into the catalogue": "Platser till katalogen",
    "This scenario changes no places.": "Scenariot ändrar inga platser.",
    "Write this scenario's places into the catalogue? Edit → Undo takes it back.": "Skriva in scenariots platser i katalogen? Redigera → Ångra tar tillbaka det.",
    "Utilisation = needed ÷ places:": "Beläggning = behov ÷ platser:",
    # ----------------------------------------------------------------- store
    "The file {path} does not exist.": "Filen {path} finns inte.",
    "{path} is a folder, not a catalogue.": "{path} är en mapp, inte en katalog.",
    "{path} is empty, not an AMP catalogue.": "{path} är tom, ingen AMP-katalog.",
    "{path} is not an AMP catalogue ({reason}).": "{path} är ingen AMP-katalog ({reason}).",
    "{path} is not an AMP catalogue.": "{path} är ingen AMP-katalog.",
    "{path} was saved by a newer version of AMP (file version {v}, this AMP reads up to {mine}). Update AMP to open it.": "{path} sparades av en nyare version av AMP (filversion {v}, detta AMP läser upp till {mine}). Uppdatera AMP för att öppna den.",
    "{path} already exists.": "{path} finns redan.",
    "{path} is from an older AMP and must be opened for editing once to be upgraded.": "{path} kommer från ett äldre AMP och måste öppnas för redigering en gång för att uppgraderas.",
    "A copy cannot replace the catalogue itself: {path}.": "En kopia kan inte ersätta själva katalogen: {path}.",
    "The catalogue is open read-only.": "Katalogen är öppen skrivskyddad.",
    "Add “{name}”": "Lägg till ”{name}”",
    "The programme no longer exists.": "Insatsen finns inte längre.",
    "Edit “{name}”": "Ändra ”{name}”",
    "Delete “{name}”": "Ta bort ”{name}”",
    "Delete {n} programmes": "Ta bort {n} insatser",
    "{name} (copy)": "{name} (kopia)",
    "Referral source {code} was changed elsewhere.": "Anvisande part {code} har ändrats på annat håll.",
    "“{name}” has changed since this action; it cannot be applied.": "”{name}” har ändrats sedan denna åtgärd; den kan inte genomföras.",
    "Demand was changed elsewhere; it cannot be applied.": "Efterfrågan har ändrats på annat håll; åtgärden kan inte genomföras.",
    "Referrals: must be 0 or more.": "Anvisningar: måste vara 0 eller mer.",
    # ------------------------------------------------------------ about, help
    "%1 is in the public domain: no licence is needed.": "%1 är allmän egendom (public domain): ingen licens behövs.",
    "The licence text %1 is missing.": "Licenstexten %1 saknas.",
    "About %1": "Om %1",
    "&About": "&Om",
    "&Licences": "&Licenser",
    "The programme catalogue and capacity planning of a labour-market unit.": "Insatskatalog och kapacitetsplanering för en arbetsmarknadsenhet.",
    "%1 keeps the catalogue of programmes in a file on your computer, compares the places with the referrals month by month, and prints a capacity overview for the board.": "%1 håller insatskatalogen i en fil på din dator, jämför platserna med anvisningarna månad för månad och skriver ut en kapacitetsöversikt för nämnden.",
    "%1 is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.": "%1 är fri programvara: du får använda, dela och ändra den enligt GNU General Public License, version 3 eller senare. Den levereras utan garantier.",
    "Versions in use:": "Versioner som används:",
    "The licence texts are also in the folder %1.": "Licenstexterna finns också i mappen %1.",
    "%1 user guide": "Användarhandbok för %1",
    "Find in the guide": "Sök i handboken",
    "&Find:": "S&ök:",
    # ---------------------------------------------------------------- welcome
    "Recent catalogues": "Senaste kataloger",
    "Welcome to AMP": "Välkommen till AMP",
    "AMP keeps your unit's catalogue of labour-market programmes — places, budget, referral sources — in one file on your computer. Every change is saved at once and can be undone.": "AMP håller din enhets katalog över arbetsmarknadsinsatser – platser, budget, anvisande parter – i en fil på din dator. Varje ändring sparas direkt och kan ångras.",
    "&New catalogue…": "&Ny katalog…",
    "Start an empty catalogue and add your programmes.": "Börja med en tom katalog och lägg till dina insatser.",
    "&Open a catalogue…": "&Öppna en katalog…",
    "Open an .amp file you or a colleague made.": "Öppna en .amp-fil som du eller en kollega har gjort.",
    "Open the &example": "Öppna &exemplet",
    "Västerås's 21 programmes of 2021, with fictitious budgets and referrals.": "Västerås 21 insatser från 2021, med påhittade budgetar och anvisningar.",
    # ---------------------------------------------------------- import dialog
    "Import from Excel: {name}": "Importera från Excel: {name}",
    "< Back": "< Tillbaka",
    "Next >": "Nästa >",
    "Apply": "Verkställ",
    "Column": "Kolumn",
    "Header in the workbook": "Rubrik i arbetsboken",
    "AMP field": "Fält i AMP",
    "First value": "Första värdet",
    "Programmes in the list that are not in the catalogue:": "Insatser i listan som inte finns i katalogen:",
    "Name in the list": "Namn i listan",
    "Count as": "Räkna som",
    "(not read)": "(läses inte)",
    "a workbook exported from AMP": "en arbetsbok exporterad från AMP",
    "a sheet of programmes": "ett blad med insatser",
    "a list of referrals": "en lista med anvisningar",
    "AMP read {file} as {kind}: sheet “{sheet}”, header in row {row}. Correct the fields below if a column was read wrongly.": "AMP läste {file} som {kind}: bladet ”{sheet}”, rubriker på rad {row}. Rätta fälten nedan om en kolumn lästes fel.",
    "No problems or notes.": "Inga problem eller anmärkningar.",
    "No problems; notes ({m}):": "Inga problem; anmärkningar ({m}):",
    "Problems ({n}): those cells keep the value they have in AMP. Notes ({m}):": "Problem ({n}): de cellerna behåller sitt värde i AMP. Anmärkningar ({m}):",
    "Problem": "Problem",
    "Note": "Anmärkning",
    "(leave out)": "(utelämna)",
    "Programme / field": "Insats/fält",
    "Now in AMP": "Nu i AMP",
    "From the workbook": "Från arbetsboken",
    "Changed in AMP after the export and in the workbook — choose which to keep:": "Ändrat både i AMP efter exporten och i arbetsboken – välj vilket som ska gälla:",
    "Field": "Fält",
    "AMP now": "AMP nu",
    "Workbook": "Arbetsbok",
    "Keep": "Behåll",
    "Referral sources AMP does not know yet — create them:": "Anvisande parter som AMP inte känner till än – skapa dem:",
    "{added} to add, {changed} to change, {missing} missing from the workbook, {unchanged} unchanged, {demand} changes to referrals, {conflicts} conflicts.": "{added} att lägga till, {changed} att ändra, {missing} saknas i arbetsboken, {unchanged} oförändrade, {demand} ändringar av anvisningar, {conflicts} konflikter.",
    "Added ({n})": "Tillagda ({n})",
    "new": "ny",
    "Changed ({n})": "Ändrade ({n})",
    "Missing from the workbook ({n})": "Saknas i arbetsboken ({n})",
    "Referrals ({n} cells)": "Anvisningar ({n} celler)",
    "Remove the {n} programmes missing from the workbook": "Ta bort de {n} insatser som saknas i arbetsboken",
    "Remove the programmes ({n}) and the agreements ({m}) missing from the workbook": "Ta bort insatserna ({n}) och avtalen ({m}) som saknas i arbetsboken",
    "Remove the agreement missing from the workbook's Agreements sheet": "Ta bort avtalet som saknas på arbetsbokens flik Avtal",
    "Remove the programme missing from the workbook": "Ta bort insatsen som saknas i arbetsboken",
    "Remove the {n} agreements missing from the workbook's Agreements sheet": "Ta bort de {n} avtal som saknas på arbetsbokens flik Avtal",
    "Agreements missing from the workbook ({n})": "Avtal som saknas i arbetsboken ({n})",
    "Keep AMP's": "Behåll AMP:s",
    "Take the workbook's": "Ta arbetsbokens",
    "Import {name}": "Importera {name}",
    # import wizard and Excel flows (excel-ui helper, issue #10)
    "Reading {name}": "Läser {name}",
    "Importing {name}": "Importerar {name}",
    "Exporting to {name}": "Exporterar till {name}",
    "Writing {name}…": "Skriver {name}…",
    "Create them and import": "Skapa dem och importera",
    "a list of participants": "en deltagarlista",
    "Results (counts only) to replace for {programmes} programmes, {first} to {last}.": "Resultat (bara antal) som ersätts för {programmes} insatser, {first} till {last}.",
    "Results (counts only) to replace for 1 programme, {first} to {last}.": "Resultat (bara antal) som ersätts för 1 insats, {first} till {last}.",
    "Results ({n} programmes)": "Resultat ({n} insatser)",
    ("ImportDialog", "Participants"): "Deltagare",
    ("ImportDialog", "Starts"): "Påbörjade",
    ("ImportDialog", "Exits"): "Avslut",
    "Monthly referral counts: {demand} to change, {unchanged} unchanged. Programmes: {programmes}.": "Anvisningar per månad: {demand} ändras, {unchanged} oförändrade. Insatser: {programmes}.",
    # --------------------------------------------------------- planning (more)
    "<b>{period}</b>: {n} programmes, {places} places, {needed} needed on average (utilisation {util}); {referrals} referrals a month; {statuses}.": "<b>{period}</b>: {n} insatser, {places} platser, {needed} behövs i genomsnitt (beläggning {util}); {referrals} anvisningar i månaden; {statuses}.",
    "actual": "utfall",
    "forecast": "prognos",
    "No referrals recorded for the period.": "Inga anvisningar registrerade för perioden.",
    "Referrals: {spans}.": "Anvisningar: {spans}.",
    "Only programmes that differ": "Bara insatser som skiljer sig",
    "Status by utilisation = places needed ÷ places; limits in Preferences.": "Status efter beläggning = behövda platser ÷ platser; gränserna ställs in under Inställningar.",
    # ---------------------------------------------------------- report chooser
    "Choose a report": "Välj en rapport",
    "Catalogue list": "Katalogförteckning",
    "Places against referral demand for the period, with totals and a chart.": "Platser mot efterfrågan (anvisningar) för perioden, med summor och ett diagram.",
    "Every programme with description, target group, places and referral sources.": "Varje insats med beskrivning, målgrupp, platser och anvisande parter.",
    "Export to Excel": "Exportera till Excel",
    "Import from Excel": "Importera från Excel",
    "this column holds personal identity numbers: the sheet looks like a list of referrals, and nothing from it was read as programmes.": "kolumnen innehåller personnummer: bladet ser ut som en lista med anvisningar, och inget i det lästes som insatser.",
    "&Unit name:": "&Enhetens namn:",
    "The municipality and unit are printed on reports.": "Kommunen och enheten skrivs ut på rapporterna.",
    "Read-only: the catalogue is open for editing elsewhere, so it cannot be changed here.": "Skrivskyddad: katalogen är öppen för redigering på annat håll och kan inte ändras här.",
    "The catalogue has no programmes.": "Katalogen har inga insatser.",
    "Public domain": "Allmän egendom",
    # File menu: I and E are taken by Inställningar and Öppna &exempel.
    "&Import from Excel…": "Im&portera från Excel…",
    "&Export to Excel…": "E&xportera till Excel…",
    "Exported to {path}": "Exporterade till {path}",
    "Imported: {what}": "Importerat: {what}",
    "workbook": "arbetsbok",
    "Start a new catalogue from a workbook, e.g. the list you kept before AMP.": "Börja en ny katalog från en arbetsbok, t.ex. listan du hade före AMP.",
    # ------------------------------------------------------ printing (menus)
    "&Planning": "&Planering",
    "Print Pre&view…": "Förhands&granska…",
    "&Print…": "Skriv &ut…",
    "Export P&DF…": "Exportera P&DF…",
    "Print Preview": "Förhandsgranskning",
    "Printed 1 page.": "Skrev ut 1 sida.",
    "Printed {n} pages.": "Skrev ut {n} sidor.",
    "Saved the PDF: {path}": "Sparade PDF-filen: {path}",
    # ------------------------------------------------- planning tables, charts
    "short 1 month": "brist 1 mån",
    "short {n} months": "brist {n} mån",
    "Places and places needed, {period}": "Platser och behövda platser, {period}",
    "Utilisation (needed ÷ places), {period}": "Beläggning (behov ÷ platser), {period}",
    "All places used ({percent})": "Alla platser använda ({percent})",
    "Places and places needed": "Platser och behövda platser",
    "Utilisation by status": "Beläggning efter status",
    "&Show": "&Visa",
    "(first {n} of {total} in table order)": "(de första {n} av {total} i tabellens ordning)",
    "Select a programme to see it month by month": "Välj en insats för att se den månad för månad",
    "{name}, month by month": "{name}, månad för månad",
    "Referrals": "Anvisningar",
    "(* = forecast)": "(* = prognos)",
    "This month has actual referrals; they count, not the forecast.": "Månaden har faktiska anvisningar; de räknas, inte prognosen.",
    "Forecast\ntotal": "Prognos\ntotalt",
    "Actual\ntotal": "Utfall\ntotalt",
    "Counts": "Räknas",
    "Budgeted\nplaces": "Budgeterade\nplatser",
    "Referrals\nper month": "Anvisningar\nper månad",
    "Referrals in the period ÷ months; hover a cell for the sources": "Periodens anvisningar ÷ antal månader; håll pekaren över en cell för att se de anvisande parterna",
    "Stay\n(months)": "Tid i insats\n(mån)",
    "Places\nneeded": "Behövda\nplatser",
    "Places needed: mean over the months the programme runs": "Behövda platser: medelvärde över de månader insatsen pågår",
    "Spare +\nshort −": "Överskott +\nbrist −",
    "Places − needed: + spare places, − places short": "Platser − behov: + lediga platser (överskott), − platser som fattas (brist)",
    "Cost per\nplace": "Kostnad/\nplats",
    "Cost per\nreferral": "Kostnad/\nanvisning",
    "Demand": "Efterfrågan",
    "No referrals in the period": "Inga anvisningar under perioden",
    "Referrals per month by source": "Anvisningar per månad och anvisande part",
    "{weeks} weeks": "{weeks} veckor",
    "Seasonal: runs in months {months}": "Säsong: pågår månaderna {months}",
    "Double-click to open it in the catalogue.": "Dubbelklicka för att öppna den i katalogen.",
    "Most needed: {needed} in {month}": "Störst behov: {needed} i {month}",
    "Short in {n} of {total} months": "Brist {n} av {total} månader",
    "Annual budget ÷ (referrals per month × 12)": "Årsbudget ÷ (anvisningar per månad × 12)",
    "Group": "Grupp",
    "Spare/short": "Överskott/brist",
    "set to": "sätt till",
    "change by": "ändra med",
    "change by %": "ändra med %",
    "Change": "Ändring",
    "How": "Hur",
    "Value": "Värde",
    "The catalogue's demand changed after the plan was made; make the plan again.": "Efterfrågan i katalogen har ändrats sedan planen gjordes; gör planen igen.",
    "AMP &User Guide": "&Användarhandbok för AMP",
    # ------------------------------------------- tables (core/tables, the one declaration)
    "Referral sources\n(fallback)": "Anvisande parter\n(reserv)",
    "Annual\nbudget": "Årlig\nbudget",
    "Stay\n(weeks)": "Tid i insats\n(veckor)",
    # ------------------------------------------------- import recognition (#11)
    "{n} totals rows were skipped: {rows}.": "{n} summeringsrader hoppades över: {rows}.",
    "{n} referral sources were not created ({reason}); the programmes' links to them were left out.": "{n} anvisande parter skapades inte ({reason}); insatsernas kopplingar till dem togs bort.",
    "Column “{header}” was not read: only AMP's own export of this catalogue matches programmes by AMP's id; these rows are matched by name or short code.": "Kolumnen ”{header}” lästes inte: bara AMP:s egen export av den här katalogen matchar insatser med AMP:s id; raderna matchas med namn eller kortkod.",
    "Column {col} ({header}) holds dates of birth: personal data, never a referral date; it was not read.": "Kolumn {col} ({header}) innehåller födelsedatum: personuppgifter, aldrig ett anvisningsdatum; den lästes inte.",
    "Column {col} ({header}) holds contact details; it was not read.": "Kolumn {col} ({header}) innehåller kontaktuppgifter; den lästes inte.",
    "the list has no column with the referral's date ({birth} is a date of birth: personal data, never a referral date). Map the column that holds the date of each referral to Date.": "listan har ingen kolumn med anvisningens datum ({birth} är ett födelsedatum: personuppgifter, aldrig ett anvisningsdatum). Koppla kolumnen med varje anvisnings datum till Datum.",
    "this column holds personal data ({header}) and cannot be imported as {field}.": "kolumnen innehåller personuppgifter ({header}) och kan inte importeras som {field}.",
    "{n} more programme names are not in the catalogue.": "{n} insatsnamn till finns inte i katalogen.",
    "{n} more sources could not be read; their referrals were not counted.": "{n} anvisande parter till kunde inte läsas; deras anvisningar räknades inte.",
    "{n} more cells hold formulas; they were not used.": "{n} celler till innehåller formler; de användes inte.",
    "{reason} The referrals with this source were not counted.": "{reason} Anvisningarna från den här parten räknades inte.",
    "This import would create {n} new referral sources ({codes}). Check that the right column was read as the source before you create them.": "Importen skulle skapa {n} nya anvisande parter ({codes}). Kontrollera att rätt kolumn lästes som anvisande part innan du skapar dem.",
    "Referral sources: the cell lists more sources than a programme can have (at most 200); it was not read.": "Anvisande parter: cellen räknar upp fler parter än en insats kan ha (högst 200); den lästes inte.",
    "{reason} The row was not read.": "{reason} Raden lästes inte.",
    "Recognised as a programme catalogue by its columns {columns}.": "Känns igen som en insatskatalog på kolumnerna {columns}.",
    "Recognised as an AMP export by its hidden sheet {sheet}, but not of this catalogue: programmes are matched by name or short code, never by id.": "Känns igen som en AMP-export på det dolda bladet {sheet}, men inte av den här katalogen: insatser matchas med namn eller kortkod, aldrig med id.",
    "Read as {kind} because you chose it; the columns AMP knows: {columns}.": "Läses som {kind} eftersom du valde det; kolumnerna AMP känner igen: {columns}.",
    "Recognised as a referral list by its columns {columns}.": "Känns igen som en anvisningslista på kolumnerna {columns}.",
    "Recognised as AMP's own export of this catalogue by its hidden sheet {sheet} and the catalogue's identity; programmes are matched by AMP's id.": "Känns igen som AMP:s egen export av den här katalogen på det dolda bladet {sheet} och katalogens identitet; insatser matchas med AMP:s id.",
    "an AMP export": "en AMP-export",
    "a programme catalogue": "en insatskatalog",
    "a referral list": "en anvisningslista",
    "a totals row (“{label}”); it was skipped.": "en summeringsrad (”{label}”); den hoppades över.",
    "its numbers are the sum of the rows above: a totals row; it was skipped.": "talen är summan av raderna ovanför: en summeringsrad; den hoppades över.",
    "Referral sources: a catalogue holds at most 200 referral sources.": "Anvisande parter: en katalog rymmer högst 200 anvisande parter.",
    "Referral sources: a source's code has at most 40 characters.": "Anvisande parter: en parts kod har högst 40 tecken.",
    # ------------------------------------------------------------- lock & journal (#11.9–11)
    "{user} on {host} (process {pid}) since {since}, {age} ago": "{user} på {host} (process {pid}) sedan {since}, för {age} sedan",
    "a moment": "ett ögonblick",
    "1 minute": "1 minut",
    "{n} minutes": "{n} minuter",
    "1 hour": "1 timme",
    "{n} hours": "{n} timmar",
    "{n} days": "{n} dagar",
    "Another program saved changes to {file} while it was open here, so this change, made on what the file held before, was not saved. Look at the catalogue as it is now and make the change again.": "Ett annat program sparade ändringar i {file} medan den var öppen här, så den här ändringen, gjord på det filen innehöll innan, sparades inte. Titta på katalogen som den är nu och gör ändringen igen.",
    "{file} is now open for editing by {who}, so this window can no longer save to it; the change was not saved. Close the catalogue and open it again.": "{file} är nu öppen för redigering av {who}, så det här fönstret kan inte längre spara i den; ändringen sparades inte. Stäng katalogen och öppna den igen.",
    "Took over {file} from {who}.": "Tog över {file} från {who}.",
    "“{name}” was changed elsewhere after it was shown here, so this edit was not saved. It is shown as it is now; make the edit again.": "”{name}” ändrades på annat håll efter att den visades här, så ändringen sparades inte. Den visas som den är nu; gör ändringen igen.",
    "the file is not an SQLite file": "filen är ingen SQLite-fil",
    "its page size is not the file's": "dess sidstorlek är inte filens",
    "its saved first page is not of an SQLite file": "dess sparade första sida är inte en SQLite-fils",
    "it was made for another file or another copy of it (change counter {saved}, the file's {counter})": "den gjordes för en annan fil eller en annan kopia av den (ändringsräknare {saved}, filens {counter})",
    "it was made for a file of {pages} pages, the file has {file_pages}": "den gjordes för en fil på {pages} sidor, filen har {file_pages}",
    "replayed on a copy, it damages the file ({check})": "spelad på en kopia skadar den filen ({check})",
    "replayed on a copy, it makes another catalogue": "spelad på en kopia blir det en annan katalog",
    "it has no valid journal header": "den har inget giltigt journalhuvud",
    "{file}: the last session that edited it was interrupted. Open it for editing once to undo its unfinished change; nothing was changed.": "{file}: den senaste sessionen som redigerade den avbröts. Öppna den för redigering en gång för att ångra dess ofullbordade ändring; ingenting ändrades.",
    "{file}: the journal file beside it does not belong to it. Open it for editing once to set that journal aside; nothing was changed.": "{file}: journalfilen bredvid den hör inte till den. Öppna den för redigering en gång för att lägga journalen åt sidan; ingenting ändrades.",
    "A journal file beside {file} did not belong to it ({reason}); it was moved to {aside} and not used. The catalogue was not changed.": "En journalfil bredvid {file} hörde inte till den ({reason}); den flyttades till {aside} och användes inte. Katalogen ändrades inte.",
    "The last session that edited {file} was interrupted; its unfinished change was undone. The file as it was is kept in {kept}.": "Den senaste sessionen som redigerade {file} avbröts; dess ofullbordade ändring ångrades. Filen som den var sparas i {kept}.",
    "If that AMP no longer runs, take the file over with --take-over.": "Om det AMP:t inte längre körs, ta över filen med --take-over.",
    "{file} is open for editing by {who}.\n\nOnly one person can edit a catalogue at a time. You can open it read-only to look at it. If that AMP no longer runs (its computer crashed or was switched off, or the file was copied from it), you can take the catalogue over.": "{file} är öppen för redigering av {who}.\n\nBara en person i taget kan redigera en katalog. Du kan öppna den skrivskyddad för att titta i den. Om det AMP:t inte längre körs (datorn kraschade eller stängdes av, eller filen kopierades därifrån) kan du ta över katalogen.",
    "Take Over…": "Ta över…",
    "Take {file} over from {who}?\n\nDo this only if that AMP is no longer running. If it still is, the changes made there can no longer be saved.": "Ta över {file} från {who}?\n\nGör det bara om det AMP:t inte längre körs. Om det fortfarande gör det kan ändringarna som görs där inte längre sparas.",
    "Take over the catalogue": "Ta över katalogen",
    "Take Over": "Ta över",
    "Cannot take over the catalogue": "Kan inte ta över katalogen",
    "Catalogue checked": "Katalogen kontrollerad",
    # ------------------------------------------------- store: faults and forgetting (#11.13–15)
    "{path} is damaged ({reason}). {advice}": "{path} är skadad ({reason}). {advice}",
    "AMP has not changed it. The newest backup is {backup}.": "AMP har inte ändrat den. Den senaste säkerhetskopian är {backup}.",
    "AMP has not changed it. No backup of it was found in {folder}.": "AMP har inte ändrat den. Ingen säkerhetskopia av den finns i {folder}.",
    "{path} cannot be used ({reason}).": "{path} kan inte användas ({reason}).",
    "{path} cannot be changed here ({reason}): it is on a read-only disk or folder, or you may not change it. It can be opened read-only.": "{path} kan inte ändras här ({reason}): den ligger på en skrivskyddad disk eller mapp, eller så får du inte ändra den. Den kan öppnas skrivskyddad.",
    "a value no AMP writes: {what}": "ett värde som AMP aldrig skriver: {what}",
    "{path}: the disk is full ({reason}). Nothing was written.": "{path}: disken är full ({reason}). Inget skrevs.",
    "the file is read-only": "filen är skrivskyddad",
    "the file is damaged": "filen är skadad",
    "The catalogue is damaged": "Katalogen är skadad",
    "its folder cannot be written": "dess mapp går inte att skriva till",
    "the disk or share is read-only": "disken eller den delade mappen är skrivskyddad",
    "its file version “{text}” is not a number": "dess filversion ”{text}” är inte ett tal",
    "An action on a deleted programme": "En åtgärd på en borttagen insats",
    "Delete {n} programmes and their history": "Ta bort {n} insatser och deras historik",
    "Delete 1 programme and its history": "Ta bort 1 insats och dess historik",
    "Opened read-only: {reason}.": "Öppnad skrivskyddad: {reason}.",
    "Read-only: {reason}, so it cannot be changed here.": "Skrivskyddad: {reason}, så den kan inte ändras här.",
    # ------------------------------------------------- background work (ui/tasks.py)
    "Cancelling…": "Avbryter…",
    "Saving": "Sparar",
    "Undoing": "Ångrar",
    "Redoing": "Gör om",
    # ------------------------------------------------- results tab (#12 items 4, 5; ui/results)
    ("MainWindow", "&Results"): "Re&sultat",
    ("MainWindow", "&View"): "&Visa",
    "What each programme achieved: exits to work or studies": "Vad varje insats har uppnått: avslut till arbete eller studier",
    "Actual occupancy": "Faktisk beläggning",
    "&Exact figures in printouts": "E&xakta siffror i utskrifter",
    "Printed results, the PDF and the Excel export show counts of 1–4 as <5 and hide shares of fewer than 5. Tick only for use inside the unit.": "Utskrivna resultat, PDF:en och Excel-exporten visar antal 1–4 som <5 och döljer andelar av färre än 5. Kryssa bara i för bruk inom enheten.",
    ("PreferencesDialog", "Results"): "Resultat",
    "Default goal, &primary programmes:": "Standardmål, &primära insatser:",
    "Default goal, secon&dary programmes:": "Standardmål, sekun&dära insatser:",
    "The share to work or studies a programme without a goal of its own is measured against. Kept in the open catalogue.": "Den andel till arbete eller studier som en insats utan eget mål mäts mot. Sparas i den öppna katalogen.",
    "Open a catalogue to set its default goals.": "Öppna en katalog för att ange dess standardmål.",
    "No goal": "Inget mål",
    "Default goals not saved": "Standardmålen sparades inte",
    "Use the measured stay of “{name}”": "Använd uppmätt tid i insats för ”{name}”",
    "Use the measured stay of {n} programmes": "Använd uppmätt tid i insats för {n} insatser",
    "Work": "Arbete",
    "Work with wage subsidy": "Arbete med lönestöd",
    "Municipal labour-market job": "Kommunal arbetsmarknadsanställning",
    "Studies": "Studier",
    "Back to the referrer": "Åter till anvisande part",
    "On to another actor": "Vidare till annan aktör",
    "Assignment completed": "Uppdraget slutfört",
    "Interrupted": "Avbrott",
    "Unknown": "Okänt",
    "Share to work or studies against the goal, {period}": "Andel till arbete eller studier mot målet, {period}",
    "Women": "Kvinnor",
    "Men": "Män",
    "Goal": "Mål",
    "Exits by reason, {period}": "Avslut efter orsak, {period}",
    "Primary and secondary": "Primära och sekundära",
    "All need levels": "Alla bedömningsnivåer",
    "Need level not stated": "Bedömningsnivå ej angiven",
    "Women and men": "Kvinnor och män",
    "Show:": "Visa:",
    "Nobody left in the period": "Ingen avslutades under perioden",
    "{n} of {exits} exits to work, subsidised work or studies": "{n} av {exits} avslut till arbete, arbete med stöd eller studier",
    "Primary programmes": "Primära insatser",
    "Secondary programmes": "Sekundära insatser",
    "Not stated": "Ej angiven",
    "Need level": "Bedömningsnivå",
    "No unit": "Ingen enhet",
    "<b>{period}</b>: {n} programmes, {participants} participants, {starts} starts, {exits} exits; to work or studies {share} (women {women}, men {men})": "<b>{period}</b>: {n} insatser, {participants} deltagare, {starts} påbörjade, {exits} avslut; till arbete eller studier {share} (kvinnor {women}, män {men})",
    "primary {share}": "primära {share}",
    "secondary {share}": "sekundära {share}",
    "Showing: {filters}.": "Visar: {filters}.",
    "Use measured stay": "Använd uppmätt tid i insats",
    "Set the average stay the plan uses to the mean stay at exit measured in the period (women, men and every need level together). Edit → Undo takes it back.": "Sätter den genomsnittliga tid i insats som planen använder till den medeltid vid avslut som uppmätts under perioden (kvinnor, män och alla bedömningsnivåer tillsammans). Redigera → Ångra tar tillbaka det.",
    "For the selected programme": "För den valda insatsen",
    "For every programme shown": "För alla insatser som visas",
    "Share to work or studies": "Andel till arbete eller studier",
    "Exits by reason": "Avslut efter orsak",
    "Share to work or studies: exits to work, subsidised work or studies ÷ all exits (Kolada U40455); a municipal labour-market job is not work. Participants: enrolments running when the period starts + starts in it. Figures are exact: the window is for the unit's own use.": "Andel till arbete eller studier: avslut till arbete, arbete med stöd eller studier ÷ alla avslut (Kolada U40455); en kommunal arbetsmarknadsanställning räknas inte som arbete. Deltagare: inskrivna när perioden börjar + påbörjade under den. Siffrorna är exakta: fönstret är för enhetens eget bruk.",
    "<p><b>No results yet.</b></p><p>Import a participant list: File → Import from Excel…</p><p>A list from the case system (Treserva, Viva, Procapita, Lifecare or a sheet of your own) with one row per enrolment: programme, start and end date, exit reason, and often gender and need level. Only counts are kept — never a person.</p>": "<p><b>Inga resultat än.</b></p><p>Importera en deltagarlista: Arkiv → Importera från Excel…</p><p>En lista från verksamhetssystemet (Treserva, Viva, Procapita, Lifecare eller ett eget kalkylblad) med en rad per inskrivning: insats, start- och slutdatum, avslutsorsak och ofta kön och bedömningsnivå. Bara antal sparas – aldrig en person.</p>",
    ("NoResultsPage", "Import from Excel…"): "Importera från Excel…",
    "Select a programme first.": "Välj en insats först.",
    "Working out the results for {period}…": "Räknar fram resultaten för {period}…",
    "Working out the figures for {year}…": "Räknar fram siffrorna för {year}…",
    ("ResultsView", "Results"): "Resultat",
    "Nothing to change: nobody left in the period, or the average stay already is the measured one.": "Inget att ändra: ingen avslutades under perioden, eller så är den genomsnittliga tiden redan den uppmätta.",
    # results table (core/tables/results_table.py)
    "Met": "Uppnått",
    "Not met": "Ej uppnått",
    "Partici-\npants": "Delta-\ngare",
    "Enrolments running at the period's start (or when the programme's results begin, if later) + starts in the period; where its results resume after months no list covered, or one list meets another, those running then beyond those running before": "Inskrivna när perioden börjar (eller när insatsens resultat börjar, om det är senare) + påbörjade under perioden; där resultaten fortsätter efter månader som ingen lista täckte, eller en lista möter en annan, de inskrivna då utöver dem som var inskrivna före",
    ("Tables", "Starts"): "Påbörjade",
    ("Tables", "Exits"): "Avslut",
    "To work\nor studies": "Till arbete\neller studier",
    "Share to work\nor studies": "Andel arbete\neller studier",
    "Exits to work, subsidised work or studies ÷ all exits (Kolada U40455); a municipal labour-market job is not work": "Avslut till arbete, arbete med stöd eller studier ÷ alla avslut (Kolada U40455); en kommunal arbetsmarknadsanställning räknas inte som arbete",
    "Goal\nmet": "Målet\nuppnått",
    "Median stay\n(weeks)": "Mediantid\n(veckor)",
    "Mean stay\n(weeks)": "Medeltid\n(veckor)",
    "Average\noccupancy": "Genomsnittlig\nbeläggning",
    "Participant-days ÷ days in the period": "Deltagardagar ÷ dagar i perioden",
    "Actual\nutilisation": "Faktisk\nbeläggning",
    "Cost per\nparticipant": "Kostnad per\ndeltagare",
    "Cost per exit to\nwork or studies": "Kostnad per avslut till\narbete eller studier",
    # printed results and the Results sheet (core/reports/results_report.py, core/results/…)
    "No primary programmes.": "Inga primära insatser.",
    "No secondary programmes.": "Inga sekundära insatser.",
    "All primary programmes": "Alla primära insatser",
    "All secondary programmes": "Alla sekundära insatser",
    "Totals per need level": "Summor per bedömningsnivå",
    "Share to work or studies against the goal, women and men": "Andel till arbete eller studier mot målet, kvinnor och män",
    "Not in the chart, for want of exits to show a share for women or men: %1.": "Inte i diagrammet, eftersom avsluten är för få för att visa en andel för kvinnor eller män: %1.",
    "Results per programme": "Resultat per insats",
    "Exact figures, for internal use only": "Exakta siffror, endast för internt bruk",
    "No results for this period. Import a participant list from the case system (File → Import from Excel, or amp import).": "Inga resultat för perioden. Importera en deltagarlista från verksamhetssystemet (Arkiv → Importera från Excel, eller amp import).",
    "Definitions": "Definitioner",
    "Starts, exits: enrolments that started or ended in the period.": "Påbörjade, avslut: inskrivningar som började eller slutade under perioden.",
    "Women, men: the same share for women and for men; participants whose gender is not stated count in the programme's figures but in neither.": "Kvinnor, män: samma andel för kvinnor och för män; deltagare utan angivet kön räknas i insatsens siffror men i ingen av dem.",
    "Goal: the programme's goal for the share, or its type's default; met when the share is at least the goal.": "Mål: insatsens mål för andelen, eller standardmålet för dess typ; uppnått när andelen är minst målet.",
    "Median stay: length of the ended enrolments in whole weeks.": "Mediantid: de avslutade inskrivningarnas längd i hela veckor.",
    "Actual utilisation: participant-days ÷ days ÷ places.": "Faktisk beläggning: deltagardagar ÷ dagar ÷ platser.",
    "Cost: the annual budget × the period's months ÷ 12 (only the days the programme runs, when it starts or ends in the period), per participant and per exit to work or studies; a total counts the cost of the programmes with results in the period only, and has no cost per participant or exit (–) when one of them has no budget.": "Kostnad: årsbudgeten × periodens månader ÷ 12 (bara de dagar insatsen pågår, när den börjar eller slutar under perioden), per deltagare och per avslut till arbete eller studier; en summa räknar bara kostnaden för insatser med resultat under perioden och har ingen kostnad per deltagare eller avslut (–) när någon av dem saknar budget.",
    "The figures come from the case system's participant lists imported into the catalogue, which keeps only counts, never a person.": "Siffrorna kommer från verksamhetssystemets deltagarlistor som importerats till katalogen, som bara sparar antal, aldrig en person.",
    "Exact figures for internal use: small counts are not hidden. Do not pass this on outside the unit.": "Exakta siffror för internt bruk: små antal döljs inte. Lämna inte detta vidare utanför enheten.",
    "A share, a stay or a cost worked out from a hidden count is shown as “..” too.": "En andel, en tid eller en kostnad som räknats fram ur ett dolt antal visas också som ”..”.",
    ("ReportChooser", "Results per programme"): "Resultat per insats",
    "Participants, exits and the share to work or studies per programme for the period, women and men apart, against the goals. Counts under 5 are hidden unless Preferences asks for exact figures.": "Deltagare, avslut och andel till arbete eller studier per insats för perioden, kvinnor och män för sig, mot målen. Antal under 5 döljs om inte Inställningar ber om exakta siffror.",
    "Counts of 1–4 are shown as <5 and shares based on them are not shown; “..” hides a count that would otherwise give a hidden one away.": "Antal 1–4 visas som <5 och andelar som bygger på dem visas inte; ”..” döljer ett antal som annars skulle avslöja ett dolt.",
    "Small counts": "Små antal",
}

# ------------------------------------------------- mandate, agreements and audit (#14)
SV.update(
    {
        # "AF", as the Mandates sheet writes it: the whole name cut the editor's tick box.
        ("Mandate", "Agreement with Arbetsförmedlingen (lag 2009:47)"): (
            "Överenskommelse med AF (lag 2009:47)"
        ),
        ("Mandate", "Work placement on income support (SoL 4 kap. 4 §)"): (
            "Praktik vid ekonomiskt bistånd (SoL 4 kap. 4 §)"
        ),
        ("Mandate", "Coordination association (FINSAM)"): "Samordningsförbund (Finsam)",
        ("Mandate", "The municipality as employer"): "Kommunen som arbetsgivare",
        ("Mandate", "Project funding (e.g. ESF)"): "Projektmedel (t.ex. ESF)",
        ("Mandate", "A coordination association (samordningsförbund)"): "Ett samordningsförbund",
        ("Mandate", "A region"): "En region",
        ("Mandate", "Other"): "Annat",
        ("Mandate", "Arbetsförmedlingen"): "Arbetsförmedlingen",
        ("Mandate", "Försäkringskassan"): "Försäkringskassan",
        ("Mandate", "The end date is before the start date."): "Slutdatumet är före startdatumet.",
        ("Mandate", "Dates must be written YYYY-MM-DD."): "Datum skrivs ÅÅÅÅ-MM-DD.",
        ("Mandate", "Decision date: {problem}"): "Beslutsdatum: {problem}",
        ("Store", "Edit the mandate"): "Ändra mandatet",
        ("Store", "Add agreement “{name}”"): "Lägg till avtalet ”{name}”",
        ("Store", "Edit agreement “{name}”"): "Ändra avtalet ”{name}”",
        ("Store", "Delete agreement “{name}”"): "Ta bort avtalet ”{name}”",
        ("Store", "The mandate of a programme was changed elsewhere."): (
            "En insats mandat har ändrats på annat håll."
        ),
        ("Store", "Agreement “{name}” was changed elsewhere."): (
            "Avtalet ”{name}” har ändrats på annat håll."
        ),
        ("Audit", "Legal basis"): "Rättslig grund",
        ("Audit", "Board decision"): "Nämndbeslut",
        ("Audit", "Goal: share to work or studies"): "Mål: andel till arbete eller studier",
        ("Audit", "Results"): "Resultat",
        (
            "Audit",
            "“{name}”: no legal basis recorded (Legal basis) — not filled in since the "
            "file was upgraded.",
        ): (
            "”{name}”: ingen rättslig grund angiven (Rättslig grund) – inte ifylld sedan "
            "filen uppgraderades."
        ),
        ("Audit", "“{name}”: no legal basis recorded (Legal basis)."): (
            "”{name}”: ingen rättslig grund angiven (Rättslig grund)."
        ),
        (
            "Audit",
            "“{name}”: no board decision recorded (Board decision: diary number and date).",
        ): "”{name}”: inget nämndbeslut angivet (Nämndbeslut: diarienummer och datum).",
        (
            "Audit",
            "“{name}”: a primary programme without a goal (Goal: share to work or studies).",
        ): "”{name}”: en primär insats utan mål (Mål: andel till arbete eller studier).",
        ("Audit", "“{name}”: no results imported for {period} (Results)."): (
            "”{name}”: inga resultat inlästa för {period} (Resultat)."
        ),
        ("Audit", "“{name}”: places far from need {n} tertials running: {seen} (Places)."): (
            "”{name}”: platserna långt från behovet {n} tertial i rad: {seen} (Platser)."
        ),
        (
            "Audit",
            "“{name}”: Arbetsförmedlingen refers participants, but its agreement “{agreement}” "
            "(Legal basis) is valid only {first} – {last}, not all of {from_} – {to}.",
        ): (
            "”{name}”: Arbetsförmedlingen anvisar deltagare, men överenskommelsen "
            "”{agreement}” (Rättslig grund) gäller bara {first} – {last}, inte hela "
            "{from_} – {to}."
        ),
        (
            "Audit",
            "“{name}”: Arbetsförmedlingen is among its referral sources, but no agreement "
            "with Arbetsförmedlingen (lag 2009:47) is linked in its legal basis.",
        ): (
            "”{name}”: Arbetsförmedlingen är anvisande part, men ingen överenskommelse med "
            "Arbetsförmedlingen (lag 2009:47) är kopplad i den rättsliga grunden."
        ),
        ("Audit", "“{name}”: {what} ends on {date} (Legal basis)."): (
            "”{name}”: {what} upphör {date} (Rättslig grund)."
        ),
        ("Audit", "its legal basis"): "den rättsliga grunden",
        ("Audit", "the agreement “{agreement}”"): "avtalet ”{agreement}”",
        (
            "Audit",
            "“{name}”: the project it is funded by ended on {date} (Legal basis), but the "
            "programme is still active.",
        ): (
            "”{name}”: projektet som finansierar den upphörde {date} (Rättslig grund), men "
            "insatsen är fortfarande aktiv."
        ),
        ("Tables", "Yes"): "Ja",
        ("Tables", "No"): "Nej",
        ("Tables", "Cost/\nplace"): "Kostnad/\nplats",
        ("Tables", "Mandate"): "Mandat",
        ("Tables", "Decision"): "Beslut",
        ("Tables", "Checks"): "Kontroller",
        ("Audit", "Audit of the programmes"): "Granskning av insatserna",
        ("Audit", "Referred by AF without a valid AF agreement"): (
            "Anvisas av AF utan giltig överenskommelse med AF"
        ),
        ("Audit", "No legal basis recorded"): "Ingen rättslig grund angiven",
        ("Audit", "Legal basis or agreement ends soon or has ended"): (
            "Rättslig grund eller avtal upphör snart eller har upphört"
        ),
        ("Audit", "Project funding ended, programme still active"): (
            "Projektmedlen har upphört, insatsen är aktiv"
        ),
        ("Audit", "No board decision recorded"): "Inget nämndbeslut angivet",
        ("Audit", "Primary programme without a goal"): "Primär insats utan mål",
        ("Audit", "No results imported for the period"): "Inga resultat inlästa för perioden",
        ("Audit", "Places far from need {n} tertials running"): (
            "Platserna långt från behovet {n} tertial i rad"
        ),
        ("Audit", "Not assessed (no places, stay or demand)"): (
            "Ej bedömda (inga platser, tid eller behov)"
        ),
        ("Audit", "{n} not assessed (no places, stay or demand in the period)."): (
            "{n} ej bedömda (inga platser, okänd tid i insats eller inget behov under perioden)."
        ),
        (
            "Audit",
            "Cost in the period {cost} (primary {primary_cost}, secondary {secondary_cost}); "
            "share to work or studies {share} (primary {primary_share}, secondary "
            "{secondary_share}).",
        ): (
            "Kostnad för perioden {cost} (primära {primary_cost}, sekundära "
            "{secondary_cost}); andel till arbete eller studier {share} (primära "
            "{primary_share}, sekundära {secondary_share})."
        ),
        (
            "Audit",
            "“{name}”: {what} ended on {date} (Legal basis), but the programme is not closed.",
        ): "”{name}”: {what} upphörde {date} (Rättslig grund), men insatsen är inte avslutad.",
        "Delete “{name}”? No programme's legal basis links to it.": (
            "Ta bort ”{name}”? Ingen insats rättsliga grund hänvisar till det."
        ),
        (
            "Delete “{name}”? The legal basis of these programmes links to it: {programmes}. "
            "They keep the basis, without the agreement, and the checks will flag what that "
            "leaves them without. You can undo this."
        ): (
            "Ta bort ”{name}”? De här insatsernas rättsliga grund hänvisar till det: "
            "{programmes}. De behåller grunden, utan avtalet, och kontrollerna visar vad de "
            "då saknar. Du kan ångra detta."
        ),
        ("Audit", "All"): "Alla",
        ("Audit", "Primary"): "Primära",
        ("Audit", "Secondary"): "Sekundära",
        ("Audit", "Programmes"): "Insatser",
        ("Audit", "Below their goal"): "Under sitt mål",
        ("Audit", "Without a clear mandate"): "Utan tydligt mandat",
        ("Audit", "Without a board decision"): "Utan nämndbeslut",
        ("Audit", "Cost in the period"): "Kostnad för perioden",
        ("Audit", "Share to work or studies"): "Andel till arbete eller studier",
        ("Audit", "At a glance"): "I korthet",
        ("Audit", "Programmes failing each check"): "Insatser som inte klarar varje kontroll",
        ("Audit", "No check fails for any programme."): "Alla insatser klarar alla kontroller.",
        ("Audit", "1. Do places match need?"): "1. Motsvarar platserna behovet?",
        ("Audit", "Annual budget"): "Årsbudget",
        ("Audit", "Cost per place"): "Kostnad per plats",
        ("Audit", "Cost per participant"): "Kostnad per deltagare",
        (
            "Audit",
            "Cost per exit to work or studies",
        ): "Kostnad per avslut till arbete eller studier",
        ("Audit", "2. What does a place cost?"): "2. Vad kostar en plats?",
        ("Audit", "5. Does it have a mandate and a decision?"): (
            "5. Finns mandat och nämndbeslut?"
        ),
        ("Audit", "Checks that fail, programme by programme"): (
            "Kontroller som inte klaras, insats för insats"
        ),
        (
            "Audit",
            "Share to work or studies against the goal, women and men apart; primary and "
            "secondary programmes and need levels apart (as in the printed results).",
        ): (
            "Andel till arbete eller studier mot målet, kvinnor och män var för sig; primära "
            "och sekundära insatser och bedömningsnivåer var för sig (som i resultatutskriften)."
        ),
        (
            "Audit",
            "3–4. What results, reported apart?",
        ): "3–4. Vilka resultat, redovisade var för sig?",
        ("Audit", "Check"): "Kontroll",
        ("Audit", "What was found"): "Vad som hittades",
        ("Audit", "Per tertial"): "Per tertial",
        ("Audit", "Period: {period}"): "Period: {period}",
        ("Audit", "Checks that fail"): "Kontroller som inte klaras",
        ("Audit", "Audit for {period}"): "Granskning för {period}",
        (
            "Audit",
            "{n} programmes: {short} short, {tight} tight, {balanced} balanced, {idle} idle; "
            "{goal}; {mandate} without a clear mandate; {decision} without a board decision.",
        ): (
            "{n} insatser: {short} med brist, {tight} knappa, {balanced} i balans, {idle} "
            "med låg beläggning; {goal}; {mandate} utan tydligt mandat; "
            "{decision} utan nämndbeslut."
        ),
        ("Excel", "Not a legal basis AMP knows."): "Ingen rättslig grund som AMP känner till.",
        ("Excel", "Not a legal basis AMP knows; write one of: {names}."): (
            "Ingen rättslig grund som AMP känner till; skriv en av: {names}."
        ),
        (
            "Excel",
            "Several agreements have the reference “{cell}”; write it with the AMP id of the "
            "one meant, as “{cell} #id”.",
        ): (
            "Flera avtal har referensen ”{cell}”; skriv den med AMP-id för det avtal som "
            "avses, som ”{cell} #id”."
        ),
        ("Excel", "Not a counterparty AMP knows; the row was not read."): (
            "Ingen avtalspart som AMP känner till; raden lästes inte."
        ),
        ("Excel", "No programme of this name in the catalogue; row skipped."): (
            "Ingen insats med det namnet i katalogen; raden hoppades över."
        ),
        ("Excel", "Agreements changed: {a}; programme mandates changed: {m}."): (
            "Ändrade avtal: {a}; ändrade mandat för insatser: {m}."
        ),
        ("Excel", "No agreement “{cell}” in the Agreements sheet or the catalogue."): (
            "Inget avtal ”{cell}” i bladet Avtal eller i katalogen."
        ),
        (
            "Excel",
            "Agreements missing from the workbook (kept unless what is missing is removed): {names}.",
        ): "Avtal som saknas i arbetsboken (behålls om inte det som saknas tas bort): {names}.",
        ("AttentionRunner", "Checking the programmes"): "Kontrollerar insatserna",
        ("MandateBox", "Another basis of this kind (e.g. a second ESF project)"): (
            "Ytterligare en grund av detta slag (t.ex. ett andra ESF-projekt)"
        ),
        ("BasisRow", "Which agreement"): "Vilket avtal",
        ("BasisRow", "Remove this basis"): "Ta bort denna grund",
        ("BasisRow", "Project dates: {problem}"): "Projektets datum: {problem}",
    }
)

# ------------------------------------------- mandate, agreements and audit: window (#14)
SV.update(
    {
        "Mandate and decision": "Mandat och beslut",
        "e.g. AMN 2024/123": "t.ex. AMN 2024/123",
        "Decision, diary number:": "Beslut, diarienummer:",
        "Decision date:": "Beslutsdatum:",
        "Agreements…": "Avtal…",
        "from YYYY-MM-DD": "från ÅÅÅÅ-MM-DD",
        "to YYYY-MM-DD": "till ÅÅÅÅ-MM-DD",
        "What the programme rests on": "Vad insatsen vilar på",
        "Project dates": "Projektets datum",
        "Decision date": "Beslutsdatum",
        "(which agreement?)": "(vilket avtal?)",
        "Needs attention:": "Behöver ses över:",
        "Needs attention": "Behöver ses över",
        "Only programmes that fail a check: mandate, decision, goal, results, places": (
            "Bara insatser som inte klarar en kontroll: mandat, beslut, mål, resultat, platser"
        ),
        ("AgreementsModel", "With"): "Med",
        ("AgreementsModel", "Reference"): "Referens",
        ("AgreementsModel", "Title"): "Benämning",
        ("AgreementsModel", "Valid from"): "Gäller från",
        ("AgreementsModel", "Valid to"): "Gäller till",
        "Agreements": "Avtal",
        "With:": "Med:",
        "Reference:": "Referens:",
        "Title:": "Benämning:",
        "Valid from:": "Gäller från:",
        "Valid to:": "Gäller till:",
        ("AgreementsDialog", "Notes:"): "Anteckningar:",
        (
            "Agreements the programmes' legal bases link to: with Arbetsförmedlingen "
            "(lag 2009:47), Försäkringskassan, a coordination association or a region."
        ): (
            "Avtal som insatsernas rättsliga grund hänvisar till: med Arbetsförmedlingen "
            "(lag 2009:47), Försäkringskassan, ett samordningsförbund eller en region."
        ),
        "Not deleted": "Inte borttaget",
        "Delete agreement": "Ta bort avtal",
        (
            "Delete “{name}”? Programmes whose legal basis names it keep the basis, "
            "without the agreement. You can undo this."
        ): (
            "Ta bort ”{name}”? Insatser vars rättsliga grund hänvisar till det behåller "
            "grunden, utan avtalet. Du kan ångra detta."
        ),
        ("ReportChooser", "Audit of the programmes"): "Granskning av insatserna",
        (
            "What the auditors ask, programme by programme: places against need, cost, "
            "results against the goal, mandate and board decision, and the checks that fail."
        ): (
            "Det revisorerna frågar efter, insats för insats: platser mot behov, kostnad, "
            "resultat mot målet, mandat och nämndbeslut, och kontrollerna som inte klaras."
        ),
    }
)

# ------------------------------------------------------ yearly figures and Kolada (#13)
SV.update(
    {
        ("Kolada", "Kolada ({host}) refused the question (HTTP {code})."): (
            "Kolada ({host}) avvisade frågan (HTTP {code})."
        ),
        ("Kolada", "Kolada ({host}) is busy; try again later."): (
            "Kolada ({host}) är upptaget; försök igen senare."
        ),
        (
            "Kolada",
            "Kolada ({host}) says this address is gone (410); AMP asks API v3 — check the address.",
        ): (
            "Kolada ({host}) säger att adressen inte finns längre (410); AMP frågar API v3 — "
            "kontrollera adressen."
        ),
        ("Kolada", "Kolada ({host}) does not know this address (404)."): (
            "Kolada ({host}) känner inte till adressen (404)."
        ),
        ("Kolada", "Kolada's pages do not end; stopped."): "Koladas sidor tar aldrig slut; avbröt.",
        ("Kolada", "Kolada answered JSON without a list of values."): (
            "Kolada svarade med JSON utan en lista med värden."
        ),
        ("Kolada", "Kolada ({host}) did not answer within {seconds} s."): (
            "Kolada ({host}) svarade inte inom {seconds} s."
        ),
        ("Kolada", "Cannot reach Kolada ({host}): {reason}."): (
            "Kan inte nå Kolada ({host}): {reason}."
        ),
        ("Kolada", "Kolada ({host}) answered something that is not JSON."): (
            "Kolada ({host}) svarade med något som inte är JSON."
        ),
        ("Kolada", "Kolada asks AMP to wait {seconds} s; try again later."): (
            "Kolada ber AMP vänta {seconds} s; försök igen senare."
        ),
        ("Kolada", "This is not a Kolada answer: it has no list of values."): (
            "Det här är inget svar från Kolada: det saknar en lista med värden."
        ),
        ("Kolada", "The file is empty."): "Filen är tom.",
        ("Kolada", "The CSV needs a KPI id column and a municipality id column (see docs)."): (
            "CSV-filen behöver en kolumn med nyckeltals-id och en med kommun-id (se dokumentationen)."
        ),
        ("Kolada", "The CSV has neither a value column nor year columns."): (
            "CSV-filen har varken en värdekolumn eller årskolumner."
        ),
        ("Kolada", "The CSV has a value column but no year column."): (
            "CSV-filen har en värdekolumn men ingen årskolumn."
        ),
        ("Kolada", "The CSV holds no values."): "CSV-filen innehåller inga värden.",
        ("Kolada", "A value in the Kolada answer is not an object."): (
            "Ett värde i svaret från Kolada är inget objekt."
        ),
        ("Kolada", "A value in the Kolada answer has no KPI or municipality."): (
            "Ett värde i svaret från Kolada saknar nyckeltal eller kommun."
        ),
        ("Kolada", "A value in the Kolada answer has no values by gender."): (
            "Ett värde i svaret från Kolada saknar värden per kön."
        ),
        ("Kolada", "A value in the Kolada answer has no year."): (
            "Ett värde i svaret från Kolada saknar år."
        ),
        ("Kolada", "A value in the Kolada answer has an unknown gender."): (
            "Ett värde i svaret från Kolada har ett okänt kön."
        ),
        ("Kolada", "Line {line}: no KPI id, municipality id or known gender."): (
            "Rad {line}: nyckeltals-id, kommun-id eller känt kön saknas."
        ),
        ("Kolada", "The file is not valid JSON (line {line})."): (
            "Filen är inte giltig JSON (rad {line})."
        ),
        ("Kolada", "Line {line}: the year is not a year."): "Rad {line}: året är inget år.",
        ("Kolada", "Cannot read {path}: {reason}"): "Kan inte läsa {path}: {reason}",
        ("Kolada", "Set the municipality and population"): "Ange kommun och folkmängd",
        ("Kolada", "The file holds no Kolada values."): "Filen innehåller inga värden från Kolada.",
        ("Kolada", "Import {n} Kolada values for {places}"): (
            "Importera {n} värden från Kolada för {places}"
        ),
        ("Kolada", "Asking Kolada about the municipality…"): "Frågar Kolada om kommunen…",
        ("Kolada", "Checking the KPIs' ids…"): "Kontrollerar nyckeltalens id…",
        ("Kolada", "Finding the similar municipalities…"): "Letar upp liknande kommuner…",
        ("Kolada", "Fetching Kolada's values…"): "Hämtar värden från Kolada…",
        ("Kolada", "Fetch {n} Kolada values for {name}"): "Hämta {n} värden från Kolada för {name}",
        ("Kolada", "Fetch 1 Kolada value for {name}"): "Hämta 1 värde från Kolada för {name}",
        (
            "Kolada",
            "Import 1 Kolada value for {places}",
        ): "Importera 1 värde från Kolada för {places}",
        ("Kolada", "Kolada does not know municipality {code}."): (
            "Kolada känner inte till kommun {code}."
        ),
        ("Kolada", "{key}: Kolada's id is {new}, not {old}."): (
            "{key}: Koladas id är {new}, inte {old}."
        ),
        ("Kolada", "Kolada does not know the ids of: {keys}."): (
            "Kolada känner inte till id för: {keys}."
        ),
        ("Kolada", "No group “{title}, {name}” found."): "Ingen grupp ”{title}, {name}” hittades.",
        (
            "Yearly",
            "Differs from the municipality's published value by more than the tolerance: "
            "check the figures reported to SKR.",
        ): (
            "Skiljer sig från kommunens publicerade värde med mer än toleransen: kontrollera "
            "uppgifterna som rapporterats till SKR."
        ),
        ("Yearly", "Agrees with the published value."): "Stämmer med det publicerade värdet.",
        (
            "Yearly",
            "The catalogue's municipality is not set (Preferences, or amp yearly "
            "--municipality CODE): only the country is compared.",
        ): (
            "Katalogens kommun är inte angiven (Inställningar, eller amp yearly "
            "--municipality KOD): bara riket jämförs."
        ),
        (
            "Yearly",
            "No Kolada values in the catalogue: fetch them (amp kolada fetch) or import "
            "a file saved from Kolada (amp kolada import).",
        ): (
            "Inga värden från Kolada i katalogen: hämta dem (amp kolada fetch) eller importera "
            "en fil sparad från Kolada (amp kolada import)."
        ),
        ("Yearly", "Survey"): "Enkät",
        ("Yearly", "Key"): "Nyckel",
        ("Yearly", "Kolada id"): "Kolada-id",
        ("Yearly", "Id verified"): "Id kontrollerat",
        ("Yearly", "Title"): "Titel",
        ("Yearly", "Unit"): "Enhet",
        ("Yearly", "All"): "Alla",
        ("Yearly", "Women"): "Kvinnor",
        ("Yearly", "Men"): "Män",
        ("Yearly", "Municipality"): "Kommun",
        ("Yearly", "Published (municipality)"): "Publicerat (kommunen)",
        ("Yearly", "Similar municipalities"): "Liknande kommuner",
        ("Yearly", "County"): "Länet",
        ("Yearly", "Country"): "Riket",
        ("Yearly", "Definition"): "Definition",
        ("Yearly", "Computed from"): "Beräknat från",
        ("Yearly", "Missing"): "Saknas",
        ("Yearly", "{path} is not a workbook AMP may replace."): (
            "{path} är ingen arbetsbok som AMP får ersätta."
        ),
        ("Yearly", "Yearly figures {year}"): "Årets nyckeltal {year}",
        ("Yearly", "yes"): "ja",
        ("Yearly", "no"): "nej",
        ("Yearly", "municipality {code}"): "kommun {code}",
        ("Yearly", "id not yet confirmed by Kolada's metadata"): (
            "id ännu inte bekräftat av Koladas metadata"
        ),
        ("Yearly", "Exits in the imported participant lists, by exit reason."): (
            "Avslut i de importerade deltagarlistorna, efter avslutsorsak."
        ),
        ("Yearly", "Distinct persons in the imported participant lists."): (
            "Unika personer i de importerade deltagarlistorna."
        ),
        (
            "Yearly",
            "Exits to work, subsidised work or studies ÷ all exits (a municipal "
            "labour-market job is not work).",
        ): (
            "Avslut till arbete, arbete med stöd eller studier ÷ alla avslut (en kommunal "
            "arbetsmarknadsanställning räknas inte som arbete)."
        ),
        (
            "Yearly",
            "Exits by their stay in whole weeks (13 weeks = 3 months, 26 = 6, 104 = 24) ÷ "
            "all exits.",
        ): (
            "Avslut efter tid i insats i hela veckor (13 veckor = 3 månader, 26 = 6, 104 = 24) "
            "÷ alla avslut."
        ),
        ("Yearly", "No results imported for {year}."): "Inga resultat importerade för {year}.",
        ("Yearly", "Programmes running in {year} without results ({n}): {names}."): (
            "Insatser som pågår {year} utan resultat ({n}): {names}."
        ),
        (
            "Yearly",
            "No participant list covered all of {year}: distinct persons are counted "
            "only for wholly covered years.",
        ): (
            "Ingen deltagarlista täckte hela {year}: unika personer räknas bara för år som "
            "täcks helt."
        ),
        ("Yearly", "No results imported for {months}."): "Inga resultat importerade för {months}.",
        (
            "Yearly",
            "The programmes' annual budgets × the days of the year each runs ÷ the year's days.",
        ): "Insatsernas årsbudget × de dagar av året varje insats pågår ÷ årets dagar.",
        (
            "Yearly",
            "The municipality's population is not set (Preferences, or amp yearly --population).",
        ): "Kommunens folkmängd är inte angiven (Inställningar, eller amp yearly --population).",
        ("Yearly", "Actual referrals (demand) of every programme."): (
            "Utfall för anvisningar (efterfrågan) för alla insatser."
        ),
        ("Yearly", "and {n} more"): "och {n} till",
        ("Yearly", "No actual referrals in the catalogue for {year}."): (
            "Inget utfall för anvisningar i katalogen för {year}."
        ),
        ("Yearly", "{n} referrals have no known source and are left out of the shares."): (
            "{n} anvisningar saknar känd anvisande part och ingår inte i andelarna."
        ),
        (
            "Yearly",
            "Fewer than 5 referrals have no known source and are left out of the shares.",
        ): "Färre än 5 anvisningar saknar känd anvisande part och ingår inte i andelarna.",
        (
            "Yearly",
            "Actual referrals from sources whose Kolada category is this one ÷ all "
            "actual referrals with a known source.",
        ): (
            "Utfall för anvisningar från parter i den här Koladakategorin ÷ alla anvisningar "
            "med känd anvisande part."
        ),
        ("Yearly", "Programmes without an annual budget ({n}): {names}."): (
            "Insatser utan årsbudget ({n}): {names}."
        ),
        ("Yearly", "No programme runs in {year}."): "Ingen insats pågår {year}.",
        ("Yearly", "Divided by the population set."): "Delat med angiven folkmängd.",
        (
            "Yearly",
            "AMP keeps no income of the programmes, so it cannot compute the net cost; "
            "compare Kolada's published value.",
        ): (
            "AMP håller inga intäkter för insatserna och kan därför inte beräkna nettokostnaden; "
            "jämför med Koladas publicerade värde."
        ),
        ("Yearly", "No actual referrals for {months}."): (
            "Inget utfall för anvisningar för {months}."
        ),
        ("Yearly", "Referrals are not kept by gender."): "Anvisningar hålls inte per kön.",
        ("YearlyFigures", "Computed from: %1"): "Beräknat från: %1",
        ("YearlyFigures", "AMP"): "AMP",
        ("YearlyFigures", "Municipality"): "Kommunen",
        ("YearlyFigures", "Similar municipalities"): "Liknande kommuner",
        ("YearlyFigures", "County"): "Länet",
        ("YearlyFigures", "Country"): "Riket",
        ("MainWindow", "&Yearly Figures…"): "Årets &nyckeltal…",
        ("MainWindow", "The year's figures for SKR's survey, beside Kolada"): (
            "Årets nyckeltal för SKR:s enkät, bredvid Kolada"
        ),
        ("YearlyDialog", "Yearly figures"): "Årets nyckeltal",
        ("YearlyDialog", "not set"): "ej angiven",
        ("YearlyDialog", "&Save municipality and population"): "&Spara kommun och folkmängd",
        ("YearlyDialog", "&Fetch from Kolada"): "&Hämta från Kolada",
        (
            "YearlyDialog",
            "Fetch the published values for the municipality, its similar "
            "municipalities, its county and the country (needs the internet)",
        ): (
            "Hämta de publicerade värdena för kommunen, liknande kommuner, länet och riket "
            "(kräver internet)"
        ),
        ("YearlyDialog", "* The Kolada id is not yet confirmed by Kolada's metadata."): (
            "* Kolada-id:t är ännu inte bekräftat av Koladas metadata."
        ),
        ("YearlyDialog", "Figures are exact: the window is for the unit's own use."): (
            "Siffrorna är exakta: fönstret är för enhetens eget bruk."
        ),
        ("YearlyDialog", "&Year:"): "&År:",
        ("YearlyDialog", "&Population:"): "&Folkmängd:",
        ("YearlyDialog", "&Municipality (SCB code):"): "&Kommun (SCB-kod):",
        ("YearlyDialog", "&Kolada address:"): "Kolada-&adress:",
        ("YearlyDialog", "Municipality"): "Kommun",
        ("YearlyDialog", "Write the municipality's four-digit SCB code, e.g. 1980 for Västerås."): (
            "Skriv kommunens fyrsiffriga SCB-kod, t.ex. 1980 för Västerås."
        ),
        ("YearlyDialog", "Fetching from Kolada"): "Hämtar från Kolada",
        ("YearlyDialog", "Export P&DF…"): "Exportera P&DF…",
        ("YearlyDialog", "Save S&urvey Sheet…"): "Spara enkät&blad…",
        ("YearlyDialog", "Save Survey Sheet"): "Spara enkätblad",
        ("YearlyDialog", "Excel workbooks (*.xlsx)"): "Excel-arbetsböcker (*.xlsx)",
        (
            "YearlyDialog",
            "The figures in the survey's order as an Excel sheet; small counts hidden",
        ): "Nyckeltalen i enkätens ordning som Excelblad; små tal dolda",
        ("YearlyDialog", "Kolada"): "Kolada",
        ("YearlyDialog", "Not saved"): "Inte sparat",
        ("Tables", "Differs"): "Skiljer",
        ("Tables", "Agrees"): "Stämmer",
        ("Tables", "Kolada id"): "Kolada-id",
        ("Tables", "Figure"): "Nyckeltal",
        ("Tables", "All"): "Alla",
        ("Tables", "Published\n(municipality)"): "Publicerat\n(kommunen)",
        ("Tables", "Similar\nmunicipalities"): "Liknande\nkommuner",
        ("Tables", "County"): "Länet",
        ("Tables", "Country"): "Riket",
        ("Tables", "Check"): "Kontroll",
        ("Tables", "Definition"): "Definition",
        ("Tables", "Computed from"): "Beräknat från",
        ("Tables", "Missing"): "Saknas",
        ("Tables", "* not yet confirmed by Kolada's metadata"): (
            "* ännu inte bekräftat av Koladas metadata"
        ),
        ("Report", "Yearly figures for SKR's survey"): "Årets nyckeltal för SKR:s enkät",
        ("Report", "* The Kolada id is not yet confirmed by Kolada's metadata."): (
            "* Kolada-id:t är ännu inte bekräftat av Koladas metadata."
        ),
        ("Report", "The municipality (published)"): "Kommunen (publicerat)",
        ("Report", "Similar municipalities"): "Liknande kommuner",
        ("Report", "The county"): "Länet",
        ("Report", "The country"): "Riket",
        ("Report", "AMP"): "AMP",
        ("Report", "Year"): "År",
        ("Report", "Cost"): "Kostnad",
        ("Report", "Checks"): "Kontroller",
        ("Report", "Notes"): "Anmärkningar",
        ("Report", "Participants and referrals"): "Deltagare och anvisningar",
        ("Report", "Exits and the length of stay"): "Avslut och tid i insats",
        ("Report", "Share to work or studies (U40455) over the years"): (
            "Andel till arbete eller studier (U40455) över åren"
        ),
        ("Report", "Year: %1"): "År: %1",
        ("Report", "What is missing"): "Vad som saknas",
        ("Report", "Share to work or studies, women and men, %1"): (
            "Andel till arbete eller studier, kvinnor och män, %1"
        ),
        ("Report", "Municipality code: %1"): "Kommunkod: %1",
        ("Cli", "--year must be a year such as 2025."): "--year måste vara ett år, t.ex. 2025.",
        ("Cli", "--municipality must be a four-digit SCB code such as 1980."): (
            "--municipality måste vara en fyrsiffrig SCB-kod, t.ex. 1980."
        ),
        ("Cli", "--population must be a positive number."): (
            "--population måste vara ett positivt tal."
        ),
        ("Cli", "Wrote {path}."): "Skrev {path}.",
        ("Cli", "The catalogue cannot be written."): "Katalogen kan inte skrivas.",
        ("Cli", "--years must be YYYY or YYYY-YYYY."): "--years måste vara ÅÅÅÅ eller ÅÅÅÅ-ÅÅÅÅ.",
        ("Cli", "--years must run forwards, at most 30 years."): (
            "--years måste gå framåt, högst 30 år."
        ),
        ("Store", "Kolada's figures were changed elsewhere; fetch or import again."): (
            "Koladas värden ändrades någon annanstans; hämta eller importera igen."
        ),
    }
)

SV.update(
    {
        "Audit checks": "Granskningens kontroller",
        " months": " månader",
        "Flag an agreement or basis ending &within:": "Flagga avtal eller grund som upphör &inom:",
        "Places far from need for tertials &running:": "Platser långt från behovet, tertial i &rad:",
        "Kept in the catalogue file.": "Sparas i katalogfilen.",
        "Open a catalogue to set its audit checks.": (
            "Öppna en katalog för att ställa in dess kontroller."
        ),
        "Audit checks not saved": "Kontrollerna sparades inte",
    }
)

# ------------------------------------------------------- results import (#12, lead)
SV.update(
    {
        ("Cli", "all year"): "hela året",
        "Goal: share to work or studies": "Mål: andel till arbete eller studier",
        "it was made for another catalogue": "den gjordes för en annan katalog",
        "Share: write a percentage from 0 to 100.": "Andel: skriv en procentsats från 0 till 100.",
        "Results goal": "Resultatmål",
        "e.g. 48 %": "t.ex. 48 %",
        "Results for {period}": "Resultat för {period}",
        ("Results", "All"): "Alla",
        "Gender is read from the identity number's second-to-last digit.": (
            "Kön läses ur personnumrets näst sista siffra."
        ),
        "Age bands are read from the identity number's date.": (
            "Åldersgrupp läses ur personnumrets datum."
        ),
        "the same enrolment twice.": "samma inskrivning två gånger.",
        "the start is not a date.": "starten är inget datum.",
        "the end is not a date.": "slutet är inget datum.",
        "the start date is empty.": "startdatum saknas.",
        "a date must be between 1990 and 2100.": "ett datum måste ligga mellan 1990 och 2100.",
        "the end is before the start.": "slutet ligger före starten.",
        "the programme is empty.": "insatsen saknas.",
        "an exit reason without an end date.": "en avslutsorsak utan slutdatum.",
        "“{value}” is not a gender AMP knows (K or M).": (
            "”{value}” är inget kön som AMP känner till (K eller M)."
        ),
        "Reading the participant list…": "Läser deltagarlistan …",
        "Counting enrolments…": "Räknar inskrivningar …",
        "no enrolment could be read.": "ingen inskrivning kunde läsas.",
        "{name}: no sheet has a header row with a programme, a start date and an end date or exit reason.": (
            "{name}: inget blad har en rubrikrad med insats, startdatum och slutdatum eller avslutsorsak."
        ),
        "Recognised as a participant list by its columns {columns}.": (
            "Känns igen som en deltagarlista på kolumnerna {columns}."
        ),
        "{n} more rows with problems are left out.": "{n} rader till med problem lämnas utanför.",
        "Column “{header}” holds personal data: it is used only while reading, never stored.": (
            "Kolumnen ”{header}” innehåller personuppgifter: den används bara under läsningen "
            "och sparas aldrig."
        ),
        "{n} enrolments read, covering {first} … {last}.": (
            "{n} inskrivningar lästa, för {first} … {last}."
        ),
        "exit reason “{text}” ({n} rows): choose which category it is.": (
            "avslutsorsaken ”{text}” ({n} rader): välj vilken kategori den är."
        ),
        "Goal: a share from 0 to 100 %.": "Mål: en andel från 0 till 100 %.",
        "The results of {first} … {last} were changed elsewhere; import the list again.": (
            "Resultaten för {first} … {last} har ändrats på annat håll; importera listan igen."
        ),
    }
)

# ------------------------------------- yearly figures: Preferences and printing (#13)
SV.update(
    {
        ("YearlyGroup", "Yearly figures and Kolada"): "Årets nyckeltal och Kolada",
        ("YearlyGroup", "not set"): "ej angiven",
        ("YearlyGroup", "Municipality (SCB c&ode):"): "Kommun (SCB-k&od):",
        ("YearlyGroup", "Populatio&n:"): "Folkmäng&d:",
        ("YearlyGroup", "&Kolada address:"): "Kolada-&adress:",
        ("YearlyGroup", "The municipality and population are kept in the catalogue file."): (
            "Kommunen och folkmängden sparas i katalogfilen."
        ),
        (
            "YearlyGroup",
            "The municipality's inhabitants, for the cost per inhabitant (N40008).",
        ): "Kommunens invånare, för kostnaden per invånare (N40008).",
        ("YearlyGroup", "Open a catalogue to set its municipality and population."): (
            "Öppna en katalog för att ange dess kommun och folkmängd."
        ),
        ("YearlyGroup", "no municipality has this code"): "ingen kommun har den koden",
        ("YearlyGroup", "four digits, e.g. 1980 for Västerås"): (
            "fyra siffror, t.ex. 1980 för Västerås"
        ),
        (
            "YearlyGroup",
            "Municipality: write the municipality's four-digit SCB code, "
            "e.g. 1980 for Västerås, or leave it empty.",
        ): (
            "Kommun: skriv kommunens fyrsiffriga SCB-kod, t.ex. 1980 för Västerås, "
            "eller lämna fältet tomt."
        ),
        ("YearlyGroup", "Municipality not saved"): "Kommunen sparades inte",
        ("ReportChooser", "Yearly figures"): "Årets nyckeltal",
        ("ReportChooser", "Year of the yearly figures"): "Nyckeltalens år",
        (
            "ReportChooser",
            "The year's figures for SKR's survey, beside the published values of the "
            "municipality, similar municipalities, the county and the country (Kolada).",
        ): (
            "Årets nyckeltal för SKR:s enkät, bredvid de publicerade värdena för kommunen, "
            "liknande kommuner, länet och riket (Kolada)."
        ),
        ("Report", "Municipality: %1"): "Kommun: %1",
        ("Report", "%1 and %2 more"): "%1 och %2 till",
    }
)

# fixes-ui: catalogue settings as changes, forgetting a deleted programme's history (#11.13)
SV.update(
    {
        ("Store", "A setting of the catalogue was changed elsewhere."): (
            "En inställning i katalogen ändrades någon annanstans."
        ),
        ("Store", "Set the default goals"): "Ange standardmålen",
        ("Store", "Set the audit checks"): "Ange granskningens kontroller",
        ("Store", "Set how long the change log is kept"): "Ange hur länge ändringsloggen sparas",
        ("CatalogueCommands", "Delete and forget its history"): "Ta bort och glöm dess historik",
        ("CatalogueCommands", "Delete and forget their history"): (
            "Ta bort och glöm deras historik"
        ),
        (
            "CatalogueCommands",
            "Forgetting the history also removes every old value of theirs from the "
            "change log, for good: Undo brings back the programmes, not their history.",
        ): (
            "Att glömma historiken tar också bort alla deras gamla värden ur ändringsloggen, "
            "för gott: Ångra tar tillbaka insatserna, inte deras historik."
        ),
        ("ChangeLogGroup", "Change log"): "Ändringslogg",
        ("ChangeLogGroup", "for ever"): "för alltid",
        ("ChangeLogGroup", " days"): " dagar",
        ("ChangeLogGroup", "&Keep the change log:"): "&Spara ändringsloggen:",
        (
            "ChangeLogGroup",
            "What every action changed, old values included. Older entries are "
            "removed from the file for good.",
        ): (
            "Vad varje åtgärd ändrade, gamla värden inräknade. Äldre poster tas bort ur "
            "filen för gott."
        ),
        ("ChangeLogGroup", "Open a catalogue to set how long its change log is kept."): (
            "Öppna en katalog för att ange hur länge dess ändringslogg sparas."
        ),
        (
            "ChangeLogGroup",
            "Change-log entries older than {n} days are removed from the file now. "
            "Undo brings back the setting, not the entries.",
        ): (
            "Poster i ändringsloggen som är äldre än {n} dagar tas bort ur filen nu. "
            "Ångra tar tillbaka inställningen, inte posterna."
        ),
        ("ChangeLogGroup", "Remove"): "Ta bort",
        ("ChangeLogGroup", "Change log setting not saved"): (
            "Inställningen för ändringsloggen sparades inte"
        ),
    }
)

# fixes-excel (issue 11): count columns of referral lists, long codes
SV.update(
    {
        "Count: the cell is empty.": "Antal: cellen är tom.",
        "Count: the cell does not hold a number.": "Antal: cellen innehåller inget tal.",
        "Count: the number of referrals must be a whole number of 0 or more.": (
            "Antal: antalet anvisningar måste vara ett heltal, 0 eller större."
        ),
        "{n} more counts could not be read.": "{n} antal till kunde inte läsas.",
        "Column {col} ({header}) says how many referrals each row stands for.": (
            "Kolumn {col} ({header}) anger hur många anvisningar varje rad står för."
        ),
        "Referral sources: a source's code has at most {n} characters; the cell was not read.": (
            "Anvisande parter: en parts kod har högst {n} tecken; cellen lästes inte."
        ),
        ("Kolada", "{where}: “{text}” is not a number."): "{where}: ”{text}” är inget tal.",
        ("Kolada", "The value of {kpi} for {municipality} in {year}"): (
            "Värdet för {kpi} i {municipality} år {year}"
        ),
        ("Kolada", "Line {line}"): "Rad {line}",
        ("Kolada", "Write the municipality's four-digit SCB code, e.g. 1980 for Västerås."): (
            "Skriv kommunens fyrsiffriga SCB-kod, t.ex. 1980 för Västerås."
        ),
        ("Kolada", "No Swedish municipality has the SCB code {code}."): (
            "Ingen svensk kommun har SCB-koden {code}."
        ),
        ("YearlyGroup", "Municipality: {problem} Or leave it empty."): (
            "Kommun: {problem} Eller lämna fältet tomt."
        ),
    }
)

# ------------------------------------------------- a journal not shown to be the file's (#11.9)
SV.update(
    {
        "nothing beside the file says which change made it": (
            "inget bredvid filen säger vilken ändring som gjorde den"
        ),
        "it is not the journal of the last change made to this file": (
            "den är inte journalen för den senaste ändringen i filen"
        ),
        "the note beside it was made for another copy of the file": (
            "anteckningen bredvid den gjordes för en annan kopia av filen"
        ),
        "{file}: a journal file beside it may not be its own ({reason}). Open it for editing "
        "once to set that journal aside, with copies kept; nothing was changed.": (
            "{file}: en journalfil bredvid den är kanske inte dess egen ({reason}). Öppna den "
            "för redigering en gång för att lägga undan journalen (kopior sparas); inget ändrades."
        ),
        "A journal file beside {file} may not be its own ({reason}), so it was not used and "
        "{file} is open read-only this time; the file and the journal are kept in {kept}.": (
            "En journalfil bredvid {file} är kanske inte dess egen ({reason}), så den användes "
            "inte och {file} är öppnad skrivskyddad den här gången; filen och journalen sparas "
            "i {kept}."
        ),
        "a journal file beside it was set aside unused": (
            "en journalfil bredvid den lades undan oanvänd"
        ),
    }
)

# yearly helper (#13 items 1 and 5): the months a list covered; the figures over the years
SV.update(
    {
        (
            "Yearly",
            "Programmes no imported list covered in some months they ran ({n}): {names}.",
        ): "Insatser som ingen importerad lista täckte under några månader de pågick ({n}): {names}.",
        ("Report", "Over the years"): "Över åren",
        ("Yearly", "Cannot write {path}: {reason}."): "Kan inte skriva {path}: {reason}.",
        ("YearlyDialog", "C&hart over the years"): "Dia&gram över åren",
        ("YearlyDialog", "&Table over the years"): "&Tabell över åren",
        (
            "YearlyDialog",
            "AMP keeps each programme's budget as it is now: its own cost is given for the "
            "year shown only.",
        ): "AMP har varje insats budget som den är nu: dess egen kostnad anges bara för det visade året.",
        ("Report", "AMP has no figure for %1."): "AMP har inget värde för %1.",
        (
            "Report",
            "Every figure Kolada has values for in %1–%2: AMP's own figure, computed the "
            "same way for each year, beside the municipality's published value, the similar "
            "municipalities' average, the county and the country. A gap in a line is a "
            "year without a value, never a zero.",
        ): (
            "Varje nyckeltal som Kolada har värden för %1–%2: AMP:s eget värde, beräknat på "
            "samma sätt för varje år, bredvid kommunens publicerade värde, liknande kommuners "
            "medelvärde, länet och riket. Ett avbrott i en linje är ett år utan värde, aldrig "
            "en nolla."
        ),
        (
            "Report",
            "AMP's own costs are given for %1 only: the catalogue keeps each programme's "
            "budget as it is now, not as it was.",
        ): (
            "AMP:s egna kostnader anges bara för %1: katalogen har varje insats budget som den "
            "är nu, inte som den var."
        ),
    }
)

# ------------------------------------------- Kolada files and fetch, adversarial pass (#13)
SV.update(
    {
        ("Kolada", "{where}: “{text}” is not a number (column “{column}”)."): (
            "{where}: ”{text}” är inget tal (kolumnen ”{column}”)."
        ),
        ("Kolada", "Kolada ({host}) had an error of its own (HTTP {code}); try again later."): (
            "Kolada ({host}) fick ett eget fel (HTTP {code}); försök igen senare."
        ),
        ("Kolada", "Kolada ({host}) answered nothing (an empty page)."): (
            "Kolada ({host}) svarade ingenting (en tom sida)."
        ),
        (
            "Kolada",
            "Kolada ({host}) answered with a web page, not JSON — is the address Kolada's "
            "API (…/v3/), or does the network ask for a login?",
        ): (
            "Kolada ({host}) svarade med en webbsida, inte JSON — är adressen Koladas API "
            "(…/v3/), eller kräver nätverket en inloggning?"
        ),
        ("Kolada", "Kolada ({host}) gave its next page on another host ({other}); stopped."): (
            "Kolada ({host}) angav nästa sida på en annan värd ({other}); avbröt."
        ),
        (
            "Kolada",
            "This is an Excel workbook, not CSV or JSON; in Excel, save it as “CSV UTF-8” "
            "and import that file.",
        ): (
            "Det här är en Excelarbetsbok, inte CSV eller JSON; spara den i Excel som "
            "”CSV UTF-8” och importera den filen."
        ),
        ("Kolada", "This is not a text file (CSV or JSON)."): (
            "Det här är ingen textfil (CSV eller JSON)."
        ),
        (
            "Kolada",
            "This is a web page (HTML), not Kolada's data — perhaps a login or error page "
            "was saved; save the JSON answer or the CSV export again.",
        ): (
            "Det här är en webbsida (HTML), inte data från Kolada — kanske sparades en "
            "inloggnings- eller felsida; spara JSON-svaret eller CSV-exporten igen."
        ),
        (
            "Kolada",
            "The file is over {limit} MB, too big for a file saved from Kolada; save only "
            "the KPIs and municipalities you compare.",
        ): (
            "Filen är större än {limit} MB, för stor för en fil sparad från Kolada; spara "
            "bara de nyckeltal och kommuner du jämför."
        ),
        ("Kolada", "“{url}” is not a web address; Kolada's is https://api.kolada.se/v3/."): (
            "”{url}” är ingen webbadress; Koladas är https://api.kolada.se/v3/."
        ),
        ("Kolada", "Kolada ({host}) answered more than {limit} MB; stopped."): (
            "Kolada ({host}) svarade med mer än {limit} MB; avbröt."
        ),
        (
            "Kolada",
            "Kolada ({host}) sent AMP on to another address ({other}); AMP does not follow "
            "it — check the Kolada address.",
        ): (
            "Kolada ({host}) skickade AMP vidare till en annan adress ({other}); AMP följer "
            "den inte — kontrollera Kolada-adressen."
        ),
        ("Kolada", "Kolada ({host}) broke off its answer; try again."): (
            "Kolada ({host}) avbröt sitt svar; försök igen."
        ),
        ("Kolada", "Kolada ({host}) answered in a way AMP cannot read: {reason}."): (
            "Kolada ({host}) svarade på ett sätt som AMP inte kan läsa: {reason}."
        ),
        ("Kolada", "The JSON is nested too deeply to be a Kolada answer."): (
            "JSON-texten är för djupt nästlad för att vara ett svar från Kolada."
        ),
        ("Kolada", "The JSON is not UTF-8 text."): "JSON-texten är inte UTF-8.",
        ("Kolada", "(value {n}, “period”: {period})"): "(värde {n}, ”period”: {period})",
        ("Kolada", "({kpi}, {municipality}, {year}, “gender”)"): (
            "({kpi}, {municipality}, {year}, ”gender”)"
        ),
        (
            "Kolada",
            "The CSV needs a KPI id column (“Nyckeltal id” or “kpi”) and a municipality id "
            "column (“Kommun-id” or “municipality”); its first line has {columns}.",
        ): (
            "CSV-filen behöver en kolumn med nyckeltalets id (”Nyckeltal id” eller ”kpi”) "
            "och en med kommunens id (”Kommun-id” eller ”municipality”); dess första rad "
            "har {columns}."
        ),
        ("Kolada", "no column names"): "inga kolumnnamn",
        ("Kolada", "Line {line}: no KPI id (column “{column}”)."): (
            "Rad {line}: inget nyckeltals-id (kolumnen ”{column}”)."
        ),
        ("Kolada", "Line {line}: no municipality id (column “{column}”)."): (
            "Rad {line}: inget kommun-id (kolumnen ”{column}”)."
        ),
        ("Kolada", "Line {line}: “{text}” is not a gender (column “{column}”)."): (
            "Rad {line}: ”{text}” är inget kön (kolumnen ”{column}”)."
        ),
        ("Kolada", "Line {line}: a quoted field never ends."): (
            "Rad {line}: ett citerat fält tar aldrig slut."
        ),
        ("Kolada", "Line {line}: the year “{text}” is not a year (column “{column}”)."): (
            "Rad {line}: året ”{text}” är inget år (kolumnen ”{column}”)."
        ),
        (
            "Kolada",
            "The file is one page of a longer Kolada answer: the next page is not in it, so "
            "values may be missing (save every page, or fetch from Kolada).",
        ): (
            "Filen är en sida av ett längre svar från Kolada: nästa sida finns inte i den, så "
            "värden kan saknas (spara alla sidor, eller hämta från Kolada)."
        ),
        (
            "Kolada",
            "None of the file's KPIs ({kpis}) is one of AMP's figures; nothing was imported.",
        ): ("Inget av filens nyckeltal ({kpis}) är ett av AMP:s nyckeltal; inget importerades."),
        ("Kolada", "Not imported, not among AMP's figures: {kpis}."): (
            "Inte importerat, inte bland AMP:s nyckeltal: {kpis}."
        ),
        ("Kolada", "Kolada has no values for these KPIs and years."): (
            "Kolada har inga värden för de här nyckeltalen och åren."
        ),
        ("Cli", "--timeout must be more than 0 and at most 600 seconds."): (
            "--timeout måste vara mer än 0 och högst 600 sekunder."
        ),
        ("KoladaImport", "Import Kolada File"): "Importera Koladafil",
        ("KoladaImport", "Files saved from Kolada (*.json *.csv *.txt);;All files (*)"): (
            "Filer sparade från Kolada (*.json *.csv *.txt);;Alla filer (*)"
        ),
        ("KoladaImport", "Reading the file saved from Kolada…"): (
            "Läser filen som sparats från Kolada…"
        ),
        ("KoladaImport", "Not imported"): "Inte importerat",
        ("YearlyDialog", "&Import Kolada File…"): "&Importera Koladafil…",
        (
            "YearlyDialog",
            "Read a JSON answer or a CSV export saved from Kolada (no internet needed)",
        ): "Läs ett JSON-svar eller en CSV-export sparad från Kolada (inget internet behövs)",
    }
)
SV.update(
    {
        ("YearlyGroup", "Kolada address: {problem} Or leave it empty."): (
            "Kolada-adress: {problem} Eller lämna fältet tomt."
        ),
    }
)
SV.update(
    {
        (
            "Kolada",
            "its certificate could not be verified (does the network inspect secure traffic?)",
        ): "dess certifikat kunde inte kontrolleras (granskar nätverket krypterad trafik?)",
        ("Kolada", "the secure connection failed (is the address http or https?)"): (
            "den krypterade anslutningen misslyckades (är adressen http eller https?)"
        ),
        ("Kolada", "the name is not known, or there is no network"): (
            "namnet är okänt, eller så finns inget nätverk"
        ),
        ("Kolada", "the connection was refused (is the address right?)"): (
            "anslutningen nekades (stämmer adressen?)"
        ),
    }
)
SV.update({("Kolada", "Cannot read the file: {reason}."): "Kan inte läsa filen: {reason}."})
SV.update(
    {
        ("Kolada", "Kolada is busy; asking again in {seconds} s…"): (
            "Kolada är upptaget; frågar igen om {seconds} s…"
        ),
    }
)

# ------------------------------------------ exit reasons in the import dialog (#12 item 2)
SV.update(
    {
        ("ImportDialog", "Exit reason in the list"): "Avslutsorsak i listan",
        ("ImportDialog", "Rows"): "Rader",
        ("ImportDialog", "Category"): "Kategori",
        ("ImportDialog", "(choose a category)"): "(välj kategori)",
        ("ImportDialog", "Exit reasons AMP does not recognise — choose the category of each:"): (
            "Avslutsorsaker som AMP inte känner igen – välj kategori för var och en:"
        ),
    }
)
SV.update(
    {
        "exit reason “{text}” (1 row): choose which category it is.": (
            "avslutsorsaken ”{text}” (1 rad): välj vilken kategori den är."
        ),
    }
)
SV.update(
    {
        (
            "Kolada",
            "{kpi}, {place} {year}: {value} is not a value this figure can have; nothing "
            "was imported.",
        ): "{kpi}, {place} {year}: {value} är inget värde som nyckeltalet kan ha; inget importerades.",
    }
)
SV.update(
    {
        ("PreferencesDialog", "Planning and results"): "Planering och resultat",
        ("PreferencesDialog", "This catalogue"): "Den här katalogen",
    }
)
# ------------------------------------------- mandate and audit, second audit pass (#14)
SV.update(
    {
        (
            "Audit",
            "“{name}”: the board decision's date “{date}” cannot be read (Board decision).",
        ): ("”{name}”: nämndbeslutets datum ”{date}” går inte att läsa (Nämndbeslut)."),
        (
            "Audit",
            "“{name}”: the board decision is dated {date}, after today; it does not count yet "
            "(Board decision: date).",
        ): (
            "”{name}”: nämndbeslutet är daterat {date}, efter i dag; det räknas inte ännu "
            "(Nämndbeslut: datum)."
        ),
        (
            "Audit",
            "“{name}”: the board decision is dated {date}, after the period; it does not count "
            "for it (Board decision: date).",
        ): (
            "”{name}”: nämndbeslutet är daterat {date}, efter perioden; det räknas inte för "
            "den (Nämndbeslut: datum)."
        ),
        (
            "Excel",
            "The agreement “{agreement}” is with {party}, not Arbetsförmedlingen: a basis "
            "“agreement with AF (2009:47)” must link an agreement with Arbetsförmedlingen; "
            "this programme's mandate was not read.",
        ): (
            "Avtalet ”{agreement}” är med {party}, inte Arbetsförmedlingen: grunden "
            "”överenskommelse med AF (2009:47)” måste hänvisa till ett avtal med "
            "Arbetsförmedlingen; insatsens mandat lästes inte."
        ),
        ("Audit", "Without a goal"): "Utan mål",
        ("Audit", "no goals set"): "inga mål satta",
        ("Audit", "no goals set for the share to work or studies"): (
            "inga mål satta för andelen till arbete eller studier"
        ),
        ("Audit", "{below} below their goal ({n} without a goal)"): (
            "{below} under sitt mål ({n} utan mål)"
        ),
        ("Audit", "{below} below their goal"): "{below} under sitt mål",
        ("BasisRow", "Another basis of this kind (e.g. a second ESF project)"): (
            "Ytterligare en grund av detta slag (t.ex. ett andra ESF-projekt)"
        ),
        ("BasisRow", "Dates of the legal basis: {problem}"): "Grundens datum: {problem}",
        ("BasisRow", "Project name, e.g. ESF Vägen"): "Projektets namn, t.ex. ESF Vägen",
        ("BasisRow", "Note"): "Anteckning",
        ("MandateBox", "(no agreement)"): "(inget avtal)",
        (
            "Audit",
            "No results imported for the period, so not in the tables below ({n}): {names}.",
        ): "Inga resultat inlästa för perioden, så inte med i tabellerna nedan ({n}): {names}.",
    }
)
SV.update(
    {
        ("Store", "it is from an older AMP; open it for editing once to upgrade the file"): (
            "den är från en äldre AMP; öppna den för redigering en gång för att uppgradera filen"
        ),
    }
)
SV.update(
    {
        # The Planning table's short titles (the full one is the header's tooltip).
        ("PlanningTable", "Budgeted\nplaces"): "Budget-\nplatser",
        ("PlanningTable", "Referrals\nper month"): "Anvisn.\nper mån",
        ("PlanningTable", "Stay\n(months)"): "Tid\n(mån)",
        ("Cli", "Created {path} with 1 programme."): "Skapade {path} med 1 insats.",
        ("Cli", "Created {path} with {count} programmes."): "Skapade {path} med {count} insatser.",
        ("Cli", "Exported 1 programme to {path}."): "Exporterade 1 insats till {path}.",
        ("Cli", "Exported {count} programmes to {path}."): (
            "Exporterade {count} insatser till {path}."
        ),
        ("Cli", "Removed 1 change-log entry."): "Tog bort 1 post i ändringsloggen.",
        ("Cli", "Removed {count} change-log entries."): "Tog bort {count} poster i ändringsloggen.",
        ("Cli", "The log is kept for ever."): "Loggen sparas för alltid.",
        ("Cli", "The log is kept 1 day."): "Loggen sparas 1 dag.",
        ("Cli", "The log is kept {days} days."): "Loggen sparas {days} dagar.",
        ("Cli", "--limit must be 0 or more."): "--limit måste vara 0 eller mer.",
        ("Cli", "Wrote {path} (1 page)."): "Skrev {path} (1 sida).",
        ("Cli", "Wrote {path} ({pages} pages)."): "Skrev {path} ({pages} sidor).",
        ("Cli", "{path} has no programmes yet."): "{path} har inga insatser än.",
        ("Cli", "The change log has no entries."): "Ändringsloggen är tom.",
        ("Cli", "When"): "När",
        ("Cli", "Action"): "Åtgärd",
        ("Cli", "Programme"): "Insats",
        ("Cli", "Field"): "Fält",
        ("Cli", "Old"): "Före",
        ("Cli", "New"): "Efter",
        (
            "Cli",
            "amp results shows what happened; a what-if scenario (--scenario) changes only "
            "the plan (amp plan, amp report).",
        ): (
            "amp results visar vad som hände; ett vad händer om-scenario (--scenario) ändrar "
            "bara planen (amp plan, amp report)."
        ),
    }
)
SV.update(
    {
        ("Excel", "Reading the sheet {sheet}…"): "Läser fliken {sheet}…",
        ("Excel", "Counting the referrals…"): "Räknar anvisningarna…",
    }
)
# ------------------------------------------- the command line in Swedish (polish, 3 Dec)
SV.update(
    {
        # amp import without --json (cli/import_report.py)
        ("Cli", "AMP export"): "AMP-export",
        ("Cli", "Programme catalogue"): "Insatskatalog",
        ("Cli", "Referral list"): "Anvisningslista",
        ("Cli", "Participant list"): "Deltagarlista",
        (
            "Cli",
            "{kind}, sheet “{sheet}”, header row {row}: {added} added, {changed} changed, "
            "{removed} removed, {unchanged} unchanged, {conflicts} conflicts, {problems} problems.",
        ): (
            "{kind}, bladet ”{sheet}”, rubrikrad {row}: {added} tillagda, {changed} ändrade, "
            "{removed} borttagna, {unchanged} oförändrade, {conflicts} konflikter, "
            "{problems} problem."
        ),
        ("Cli", "Nothing was written."): "Inget skrevs.",
        ("Cli", "Dry run: nothing was written."): "Provkörning: inget skrevs.",
        ("Cli", "Applied as one change."): "Genomfört som en ändring.",
        ("Cli", "No changes."): "Inga ändringar.",
        ("Cli", "skipped: {row}"): "hoppade över: {row}",
        ("Cli", "question: {question}"): "fråga: {question}",
        ("Cli", "{name}: participants {p0} → {p1}, starts {s0} → {s1}, exits {e0} → {e1}"): (
            "{name}: deltagare {p0} → {p1}, påbörjade {s0} → {s1}, avslut {e0} → {e1}"
        ),
        ("Cli", "exit reason to map: “{wording}” ({rows})"): (
            "avslutsorsak att koppla: ”{wording}” ({rows})"
        ),
        ("Cli", "1 row"): "1 rad",
        ("Cli", "{n} rows"): "{n} rader",
        ("Cli", "removed"): "borttagen",
        ("Cli", "missing from the workbook (kept)"): "saknas i arbetsboken (behålls)",
        ("Cli", "agreement {label}: {verb}"): "avtal {label}: {verb}",
        ("Cli", "{name}: {field}: exported {exported}, AMP now {amp}, workbook {workbook}"): (
            "{name}: {field}: exporterat {exported}, AMP nu {amp}, arbetsboken {workbook}"
        ),
        ("Cli", "new referral source: {source}"): "ny anvisande part: {source}",
        ("Cli", "problem: {problem}"): "problem: {problem}",
        ("Cli", "note: {problem}"): "obs: {problem}",
        ("Cli", "referrals {month} from {source} ({kind})"): (
            "anvisningar {month} från {source} ({kind})"
        ),
        ("Cli", "referral source {name}"): "anvisande part {name}",
        ("Cli", "scenario {name}"): "scenario {name}",
        ("Cli", "setting {name}"): "inställning {name}",
        ("Cli", "results {name}"): "resultat {name}",
        ("Cli", "exit reason {name}"): "avslutsorsak {name}",
        ("Cli", "agreement {name}"): "avtal {name}",
        ("Cli", "Kolada {name}"): "Kolada {name}",
        (
            "Cli",
            "the import would create {n} new referral sources; check that the right column is "
            "read as the source, then run again with --create-sources.",
        ): (
            "importen skulle skapa {n} nya anvisande parter; kontrollera att rätt kolumn läses "
            "som anvisande part och kör sedan igen med --create-sources."
        ),
        # the mapping file and the export (cli/excel.py)
        ("Cli", "cannot write {path}: {reason}"): "kan inte skriva {path}: {reason}",
        ("Cli", "it is a folder, not a file"): "det är en mapp, inte en fil",
        ("Cli", "cannot read the mapping file {path}: {reason}."): (
            "kan inte läsa kopplingsfilen {path}: {reason}."
        ),
        (
            "Cli",
            "the mapping file {path} is not JSON (line {line}, column {column}): "
            'write it as {{"columns": {{"Header or column letter": "field"}}}}.',
        ): (
            "kopplingsfilen {path} är inte JSON (rad {line}, kolumn {column}): "
            'skriv den som {{"columns": {{"Rubrik eller kolumnbokstav": "fält"}}}}.'
        ),
        ("Cli", "the mapping file {path} is not a JSON text file (UTF-8)."): (
            "kopplingsfilen {path} är inte en JSON-textfil (UTF-8)."
        ),
        ("Cli", "the mapping file {path} must hold a JSON object."): (
            "kopplingsfilen {path} måste innehålla ett JSON-objekt."
        ),
        (
            "Cli",
            'the mapping file {path}: "{part}" must be an object of texts, '
            '{{"header or column letter": "field"}}.',
        ): (
            'kopplingsfilen {path}: "{part}" måste vara ett objekt av texter, '
            '{{"rubrik eller kolumnbokstav": "fält"}}.'
        ),
        (
            "Cli",
            "the mapping file {path} names unknown fields: {unknown}. Fields: {fields} "
            '("" ignores a column).',
        ): (
            "kopplingsfilen {path} nämner okända fält: {unknown}. Fält: {fields} "
            '("" hoppar över en kolumn).'
        ),
        (
            "Cli",
            "the mapping file {path} names unknown exit-reason categories: {wrong}. "
            "Categories: {categories}.",
        ): (
            "kopplingsfilen {path} nämner okända kategorier av avslutsorsaker: {wrong}. "
            "Kategorier: {categories}."
        ),
        # amp new, show, history (cli/catalogue.py)
        ("Cli", "{path} already exists; choose another name."): (
            "{path} finns redan; välj ett annat namn."
        ),
        ("Cli", "no programme named or numbered “{programme}” in {path}"): (
            "ingen insats med namnet eller numret ”{programme}” i {path}"
        ),
        ("Cli", "--keep-days must be 0 or more."): "--keep-days måste vara 0 eller mer.",
        ("Cli", "--purge-before: “{text}” is not a date YYYY-MM-DD."): (
            "--purge-before: ”{text}” är inte ett datum ÅÅÅÅ-MM-DD."
        ),
        # amp plan fitted to 100 columns (cli/plan.py, core/tables/plan_tables.py)
        ("Tables", "Budget"): "Budget",
        ("Tables", "Ref./mo"): "Anv./mån",
        ("Tables", "Stay"): "Tid",
        ("Tables", "Needed"): "Behov",
        ("Tables", "Gap"): "Saldo",
        ("Tables", "Cost/place"): "Kr/plats",
        ("Tables", "Budget: budgeted places"): "Budget: budgeterade platser",
        ("Tables", "Ref./mo: referrals per month"): "Anv./mån: anvisningar per månad",
        ("Tables", "Stay: average stay in months"): "Tid: genomsnittlig tid i insats i månader",
        ("Tables", "Needed: places needed"): "Behov: behövda platser",
        ("Tables", "Gap: places − needed (+ spare, − short)"): (
            "Saldo: platser − behov (+ överskott, − brist)"
        ),
        ("Tables", "Cost/place: cost per place"): "Kr/plats: kostnad per plats",
        (
            "Plan",
            "Left out to fit {width} columns: {columns} (amp plan --json and amp report have them).",
        ): (
            "Utelämnat för att rymmas på {width} tecken: {columns} (finns i amp plan --json och "
            "amp report)."
        ),
        # amp results: a programme without imported results (cli/results.py)
        ("Results", "No programme matches the selection."): "Ingen insats matchar urvalet.",
        ("Results", "– no results imported for {period} (amp import)."): (
            "– inga resultat importerade för {period} (amp import)."
        ),
    }
)
# -------------------------------------- amp --help in Swedish (polish, 3 Dec; cli/*.py)
SV.update(
    {
        ("CliHelp", "AMP: the programme catalogue of a labour-market unit."): (
            "AMP: insatskatalogen för en arbetsmarknadsenhet."
        ),
        (
            "CliHelp",
            "mandate, decision, goal, places, cost and results per programme, with checks",
        ): ("mandat, beslut, mål, platser, kostnad och resultat per insats, med kontroller"),
        (
            "CliHelp",
            "Per programme: do places match need, what a place costs, the share to work or "
            "studies against the goal (women and men apart), primary and secondary and need "
            "levels apart, the legal basis and the board decision — and the checks that fail. "
            "The period is the current calendar year unless given. The JSON is described in "
            "docs/audit-json.md.",
        ): (
            "Per insats: motsvarar platserna behovet, vad en plats kostar, andelen till arbete "
            "eller studier mot målet (kvinnor och män för sig), primär och sekundär och "
            "bedömningsnivåer för sig, den rättsliga grunden och nämndbeslutet — och de "
            "kontroller som inte går igenom. Perioden är innevarande kalenderår om ingen anges. "
            "JSON-formatet beskrivs i docs/audit-json.md."
        ),
        ("CliHelp", "the catalogue (.amp)"): "katalogen (.amp)",
        ("CliHelp", "first month"): "första månaden",
        ("CliHelp", "last month"): "sista månaden",
        ("CliHelp", "a calendar year"): "ett kalenderår",
        ("CliHelp", "a tertial, e.g. 2026-T1"): "ett tertial, t.ex. 2026-T1",
        ("CliHelp", "print JSON"): "skriv ut JSON",
        ("CliHelp", "create a catalogue file"): "skapa en katalogfil",
        ("CliHelp", "the catalogue file to create (.amp is added if missing)"): (
            "katalogfilen som ska skapas (.amp läggs till om det saknas)"
        ),
        ("CliHelp", "fill it with the example catalogue (Västerås 2021)"): (
            "fyll den med exempelkatalogen (Västerås 2021)"
        ),
        ("CliHelp", "list the programmes of a catalogue"): "lista en katalogs insatser",
        ("CliHelp", "show one programme"): "visa en insats",
        ("CliHelp", "the programme's name, short code or id"): "insatsens namn, kortkod eller id",
        ("CliHelp", "show the change log, or purge it / set how long it is kept"): (
            "visa ändringsloggen, eller rensa den / ange hur länge den sparas"
        ),
        ("CliHelp", "only this programme"): "bara den här insatsen",
        ("CliHelp", "entries shown (default 50)"): "antal poster som visas (standard 50)",
        ("CliHelp", "remove the entries of actions before this day"): (
            "ta bort posterna för åtgärder före den här dagen"
        ),
        ("CliHelp", "keep the log N days from now on"): "spara loggen N dagar från och med nu",
        ("CliHelp", "keep the log for ever"): "spara loggen för alltid",
        ("CliHelp", "write the catalogue to an Excel workbook"): (
            "skriv katalogen till en Excel-arbetsbok"
        ),
        ("CliHelp", "first month of demand"): "första månaden med efterfrågan",
        ("CliHelp", "last month of demand"): "sista månaden med efterfrågan",
        ("CliHelp", "import a workbook: our export, a programme sheet or a referral list"): (
            "importera en arbetsbok: vår export, en insatslista eller en anvisningslista"
        ),
        (
            "CliHelp",
            "Exit status: 0 applied (or a clean dry run), 1 problems found and nothing "
            "written, 2 unreadable file, 3 the catalogue is held by another AMP or "
            "program, 130 stopped with Ctrl-C before anything was written.",
        ): (
            "Slutstatus: 0 genomfört (eller en provkörning utan fel), 1 problem hittade och "
            "inget skrivet, 2 oläsbar fil, 3 katalogen hålls av en annan AMP eller ett annat "
            "program, 130 avbrutet med Ctrl-C innan något skrevs."
        ),
        ("CliHelp", "show what would change, write nothing"): (
            "visa vad som skulle ändras, skriv ingenting"
        ),
        ("CliHelp", "print the result as JSON"): "skriv ut resultatet som JSON",
        ("CliHelp", "remove programmes and agreements missing from the workbook"): (
            "ta bort insatser och avtal som saknas i arbetsboken"
        ),
        ("CliHelp", "kind of workbook"): "typ av arbetsbok",
        (
            "CliHelp",
            'columns to fields, {"columns": {"Header or letter": "field"}, "programmes": '
            '{"name in the list": "catalogue name or code"}}',
        ): (
            'kolumner till fält, {"columns": {"Rubrik eller bokstav": "fält"}, "programmes": '
            '{"namn i listan": "insatsens namn eller kod i katalogen"}}'
        ),
        (
            "CliHelp",
            "allow an import that creates more than 10 new referral sources (without it such "
            "an import stops, so a wrong column cannot create hundreds)",
        ): (
            "tillåt en import som skapar fler än 10 nya anvisande parter (utan den stannar en "
            "sådan import, så att en fel kolumn inte kan skapa hundratals)"
        ),
        (
            "CliHelp",
            "what to do with fields changed both in AMP and in the workbook (default: stop)",
        ): "vad som görs med fält ändrade både i AMP och i arbetsboken (standard: stop)",
        ("CliHelp", "Kolada's published values, for comparing the yearly figures"): (
            "Koladas publicerade värden, för att jämföra årets nyckeltal"
        ),
        (
            "CliHelp",
            "Store Kolada's published values in the catalogue (public statistics, no personal "
            "data), from a file saved from Kolada or fetched from its API (v3). Källa: Kolada.",
        ): (
            "Spara Koladas publicerade värden i katalogen (offentlig statistik, inga "
            "personuppgifter), från en fil sparad från Kolada eller hämtade från dess API (v3). "
            "Källa: Kolada."
        ),
        ("CliHelp", "read a JSON answer or CSV export saved from Kolada"): (
            "läs ett JSON-svar eller en CSV-export sparad från Kolada"
        ),
        ("CliHelp", "fetch from Kolada's API (needs the internet)"): (
            "hämta från Koladas API (kräver internet)"
        ),
        ("CliHelp", "SCB code, e.g. 1980"): "SCB-kod, t.ex. 1980",
        ("CliHelp", "years (default: the last seven)"): "år (standard: de senaste sju)",
        ("CliHelp", "Kolada's v3 address"): "Koladas v3-adress",
        ("CliHelp", "seconds to wait for an answer"): "sekunder att vänta på svar",
        ("CliHelp", "places against referral demand for a period"): (
            "platser mot efterfrågan på anvisningar för en period"
        ),
        (
            "CliHelp",
            "Places needed from referral demand, per programme and in total. The period is "
            "the current calendar year unless given. The JSON is described in docs/plan-json.md.",
        ): (
            "Behövda platser utifrån efterfrågan på anvisningar, per insats och totalt. Perioden "
            "är innevarande kalenderår om ingen anges. JSON-formatet beskrivs i "
            "docs/plan-json.md."
        ),
        (
            "CliHelp",
            "write the capacity overview, the catalogue list, the results, the audit or the "
            "yearly figures as a PDF",
        ): (
            "skriv kapacitetsöversikten, katalogförteckningen, resultaten, granskningen eller "
            "årets nyckeltal som PDF"
        ),
        (
            "CliHelp",
            "Write a printable report as a PDF (A4 landscape). The overview plans the period "
            "given, the current calendar year by default, exactly as amp plan does.",
        ): (
            "Skriv en utskrivbar rapport som PDF (A4 liggande). Översikten planerar den angivna "
            "perioden, som standard innevarande kalenderår, precis som amp plan gör."
        ),
        ("CliHelp", "the PDF to write"): "PDF-filen som ska skrivas",
        (
            "CliHelp",
            "overview (capacity overview, default), catalogue (catalogue list), results "
            "(results per programme from the imported participant lists), audit (what the "
            "auditors ask per programme: places, cost, results, mandate, decision) or yearly "
            "(the year's figures for SKR's survey, compared with Kolada)",
        ): (
            "overview (kapacitetsöversikt, standard), catalogue (katalogförteckning), results "
            "(resultat per insats från de importerade deltagarlistorna), audit (det revisorerna "
            "frågar per insats: platser, kostnad, resultat, mandat, beslut) eller yearly (årets "
            "nyckeltal till SKR:s enkät, jämförda med Kolada)"
        ),
        ("CliHelp", "municipality named in the title"): "kommunen som nämns i rubriken",
        ("CliHelp", "unit named in the title"): "enheten som nämns i rubriken",
        ("CliHelp", "language of the report"): "rapportens språk",
        (
            "CliHelp",
            "results: print small counts exactly, for internal use (by default counts of 1-4 "
            "are shown as <5 and what would give them away is hidden)",
        ): (
            "results: skriv små antal exakt, för internt bruk (som standard visas antal 1–4 "
            "som <5 och det som skulle avslöja dem döljs)"
        ),
        ("CliHelp", "participants, exits and the share to work or studies per programme"): (
            "deltagare, avslut och andelen till arbete eller studier per insats"
        ),
        (
            "CliHelp",
            "Results per programme from the imported participant lists: participants, starts, "
            "exits by reason, the share to work or studies (women and men apart), stays, "
            "occupancy and cost per result. The period is the current calendar year unless "
            "given. The JSON is described in docs/results-json.md.",
        ): (
            "Resultat per insats från de importerade deltagarlistorna: deltagare, påbörjade, "
            "avslut per orsak, andelen till arbete eller studier (kvinnor och män för sig), "
            "tid i insats, beläggning och kostnad per resultat. Perioden är innevarande "
            "kalenderår om ingen anges. JSON-formatet beskrivs i docs/results-json.md."
        ),
        ("CliHelp", "only the programmes of this unit"): "bara den här enhetens insatser",
        ("CliHelp", "only this type"): "bara den här typen",
        ("CliHelp", "only this need level"): "bara den här bedömningsnivån",
        ("CliHelp", "only women (K) or men (M)"): "bara kvinnor (K) eller män (M)",
        ("CliHelp", "the year's figures for SKR's survey, compared with Kolada"): (
            "årets uppgifter till SKR:s enkät, jämförda med Kolada"
        ),
        (
            "CliHelp",
            "The year's labour-market figures (persons, referrals by initiator, exits by "
            "category, the share to work or studies U40455, stay at exit, gross cost) from the "
            "catalogue, its results and its demand, beside the Kolada values stored in it "
            "(amp kolada fetch/import). The JSON is described in docs/yearly-json.md.",
        ): (
            "Årets arbetsmarknadsuppgifter (personer, anvisningar per initiativtagare, avslut "
            "per kategori, andelen till arbete eller studier U40455, tid i insats vid avslut, "
            "bruttokostnad) från katalogen, dess resultat och dess efterfrågan, bredvid de "
            "Koladavärden som sparats i den (amp kolada fetch/import). JSON-formatet beskrivs "
            "i docs/yearly-json.md."
        ),
        ("CliHelp", "the municipality's SCB code (e.g. 1980); remembered in the catalogue"): (
            "kommunens SCB-kod (t.ex. 1980); sparas i katalogen"
        ),
        ("CliHelp", "the municipality's inhabitants (for cost per inhabitant); remembered"): (
            "kommunens invånarantal (för kostnad per invånare); sparas"
        ),
        ("CliHelp", "language of titles and notes"): "språk för rubriker och noter",
        ("CliHelp", "write the survey sheet"): "skriv enkätbladet",
        ("CliHelp", "exact counts in the sheet (small counts are otherwise hidden as <5)"): (
            "exakta antal i bladet (små antal döljs annars som <5)"
        ),
        ("Cli", "{path} is a folder; give the PDF file to write."): (
            "{path} är en mapp; ange PDF-filen som ska skrivas."
        ),
        ("Cli", "(see {command} --help)"): "(se {command} --help)",
    }
)
SV.update(
    {
        ("CliHelp", "usage: "): "användning: ",
        ("CliHelp", "positional arguments"): "argument",
        ("CliHelp", "options"): "flaggor",
        ("CliHelp", "show this help message and exit"): "visa den här hjälpen och avsluta",
        ("CliHelp", "show the version and exit"): "visa versionen och avsluta",
    }
)
SV.update(
    {
        (
            "CliHelp",
            "take the catalogue over from an AMP that left it locked (another computer, or one "
            "that crashed); refused if that AMP runs on this computer",
        ): (
            "ta över katalogen från en AMP som lämnade den låst (en annan dator, eller en som "
            "kraschade); nekas om den AMP:n körs på den här datorn"
        ),
        ("CliHelp", "apply a saved what-if scenario"): "använd ett sparat vad händer om-scenario",
    }
)
SV.update(
    {
        ("Errors", "No such file or directory"): "filen eller mappen finns inte",
        ("Errors", "Permission denied"): "åtkomst nekad",
        ("Errors", "Operation not permitted"): "åtgärden är inte tillåten",
        ("Errors", "No space left on device"): "disken är full",
        ("Errors", "Read-only file system"): "filsystemet är skrivskyddat",
        ("Errors", "Is a directory"): "det är en mapp",
        ("Errors", "the file is not a database"): "filen är ingen databas",
        ("Errors", "the database in it is damaged"): "databasen i den är skadad",
        ("Errors", "another program is writing to it"): "ett annat program skriver i den",
        ("Errors", "the disk is full"): "disken är full",
        ("Errors", "the disk could not be read or written"): (
            "det gick inte att läsa från eller skriva till disken"
        ),
        ("Errors", "the file is read-only"): "filen är skrivskyddad",
        ("Tables", "Checks failed"): "Ej klarade kontroller",
        ("Store", "municipality (SCB code)"): "kommun (SCB-kod)",
        ("Store", "population"): "folkmängd",
        ("Store", "similar municipalities (Kolada id)"): "liknande kommuner (Kolada-id)",
        ("Store", "similar municipalities"): "liknande kommuner",
        ("Store", "days the change log is kept"): "dagar ändringsloggen sparas",
        ("Store", "default goal of primary programmes"): "standardmål för primära insatser",
        ("Store", "default goal of secondary programmes"): "standardmål för sekundära insatser",
        ("Store", "audit: ends within (months)"): "granskning: upphör inom (månader)",
        (
            "Store",
            "audit: far from need (tertials running)",
        ): "granskning: långt från behovet (tertial i rad)",
        ("Store", "results printed exactly"): "resultat skrivs ut exakt",
        ("Cli", "1 value"): "1 värde",
        ("Cli", "{start}… ({n} characters)"): "{start}… ({n} tecken)",
        ("Cli", "{n} values"): "{n} värden",
        ("Cli", "1 KPI"): "1 nyckeltal",
        ("Cli", "{n} KPIs"): "{n} nyckeltal",
        (
            "Store",
            "{path} is being written by another program just now; nothing was changed. "
            "Try again in a moment.",
        ): "{path} skrivs av ett annat program just nu; inget ändrades. Försök igen om en stund.",
    }
)
SV.update(
    {
        # programmes whose results are not known for the period (lead, 3 Dec)
        (
            "Report",
            "No results imported for the period, so not in the tables below ({n}): {names}.",
        ): "Inga resultat inlästa för perioden, så inte med i tabellerna nedan ({n}): {names}.",
        (
            "ResultsTab",
            "<b>{period}</b>: no results imported for the period (File → Import from Excel).",
        ): "<b>{period}</b>: inga resultat inlästa för perioden (Arkiv → Importera från Excel).",
        ("ResultsTab", "No results imported for the period"): "Inga resultat inlästa för perioden",
    }
)
SV.update(
    {
        ("ResultsTab", "No results imported for the period ({n}): {names}."): (
            "Inga resultat inlästa för perioden ({n}): {names}."
        ),
    }
)
SV.update(
    {
        # argparse's own error messages (amp_desktop/cli/argparse_words.py; review, 3 Dec)
        ("CliHelp", "the following arguments are required: {names}"): (
            "följande argument måste anges: {names}"
        ),
        ("CliHelp", "unrecognized arguments: {arguments}"): "okända argument: {arguments}",
        ("CliHelp", "one of the arguments {names} is required"): (
            "ett av argumenten {names} måste anges"
        ),
        ("CliHelp", "ambiguous option: {option} could match {matches}"): (
            "tvetydig flagga: {option} kan vara {matches}"
        ),
        ("CliHelp", "invalid choice: {value} (choose from {choices})"): (
            "ogiltigt val: {value} (välj bland {choices})"
        ),
        ("CliHelp", "invalid value: {value}"): "ogiltigt värde: {value}",
        ("CliHelp", "expected one argument"): "ett värde behövs",
        ("CliHelp", "expected {n} arguments"): "{n} värden behövs",
        ("CliHelp", "not allowed with argument {name}"): "går inte tillsammans med {name}",
        ("CliHelp", "ignored explicit argument {value}"): "värdet {value} tas inte emot",
        ("CliHelp", "argument {name}: {message}"): "argumentet {name}: {message}",
    }
)
SV.update(
    {
        # The window's results features, adversarial pass (window helper, 3 Dec midday)
        ("Results", "{n} more"): "{n} till",
        ("ResultsTab", "{names} and {n} more"): "{names} och {n} till",
        (
            "ResultsTab",
            "<b>{period}</b>: no results imported for the period. The imported lists reach "
            "{months}: choose a period there, or import a list for this one (File → Import "
            "from Excel).",
        ): (
            "<b>{period}</b>: inga resultat inlästa för perioden. De inlästa listorna når "
            "{months}: välj en period där, eller importera en lista för den här (Arkiv → "
            "Importera från Excel)."
        ),
        ("ResultsCharts", "— no programme shown has results for the period"): (
            "— ingen insats som visas har resultat för perioden"
        ),
        ("ImportDialog", "Results (1 programme)"): "Resultat (1 insats)",
        ("ResultsTab", "1 programme"): "1 insats",
        ("ResultsTab", "{n} programmes"): "{n} insatser",
        ("ResultsTab", "1 participant"): "1 deltagare",
        ("ResultsTab", "{n} participants"): "{n} deltagare",
        ("ResultsTab", "1 start"): "1 påbörjad",
        ("ResultsTab", "{n} starts"): "{n} påbörjade",
        ("ResultsTab", "1 exit"): "1 avslut",
        ("ResultsTab", "{n} exits"): "{n} avslut",
        (
            "ResultsTab",
            "<b>{period}</b>: {counts}; to work or studies {share} (women {women}, men {men})",
        ): "<b>{period}</b>: {counts}; till arbete eller studier {share} (kvinnor {women}, män {men})",
        ("ResultsTab", "<b>{period}</b>: no programme matches the filters ({filters})."): (
            "<b>{period}</b>: ingen insats motsvarar urvalet ({filters})."
        ),
        (
            "ResultsTab",
            "<b>{period}</b>: none of the programmes shown has results for the period.",
        ): "<b>{period}</b>: ingen av insatserna som visas har resultat för perioden.",
        ("ImportDialog", "Problems ({n}): those rows are left out of the results. Notes ({m}):"): (
            "Problem ({n}): de raderna räknas inte in i resultaten. Anmärkningar ({m}):"
        ),
    }
)
SV.update(
    {
        # Participant lists as case systems export them (lists helper, 3 Dec midday)
        ("Results", "Gender"): "Kön",
        "1 enrolment read, covering {first} … {last}.": (
            "1 inskrivning läst, för {first} … {last}."
        ),
        "the enrolment ends after today but has an exit reason.": (
            "inskrivningen slutar efter i dag men har en avslutsorsak."
        ),
        "“{value}” is not a date AMP reads: write it YYYY-MM-DD.": (
            "”{value}” är inget datum som AMP läser: skriv det ÅÅÅÅ-MM-DD."
        ),
        "a footer line, not an enrolment.": "en sidfotsrad, ingen inskrivning.",
        "in every month it reaches ({first} … {last}) the list holds fewer starts than the results AMP has (is it a list of the current participants only?): it would replace them with fewer, so it is not imported.": (
            "i varje månad som listan når ({first} … {last}) har den färre påbörjade än de "
            "resultat AMP har (är det en lista över bara nuvarande deltagare?): den skulle "
            "ersätta dem med färre, så den importeras inte."
        ),
        "{kept}: the results AMP has are kept, because the list holds only part of those months (the enrolments still running later); it replaces {replaced}.": (
            "{kept}: de resultat AMP har behålls, eftersom listan bara har en del av "
            "de månaderna (inskrivningar som pågick även senare); den ersätter {replaced}."
        ),
        "“{name}” (1 enrolment) is not a programme in the catalogue; map it to one.": (
            "”{name}” (1 inskrivning) är ingen insats i katalogen; koppla den till en."
        ),
        "“{name}” ({n} enrolments) is not a programme in the catalogue; map it to one.": (
            "”{name}” ({n} inskrivningar) är ingen insats i katalogen; koppla den till en."
        ),
        "the cell holds the time {value}, not a date (an empty date written as 0?).": (
            "cellen innehåller klockslaget {value}, inget datum (ett tomt datum skrivet som 0?)."
        ),
        "no column is read as the end date, so no exit can be counted: map the column that holds each enrolment's end date to End date.": (
            "ingen kolumn läses som slutdatum, så inga avslut kan räknas: koppla kolumnen med "
            "varje inskrivnings slutdatum till Slutdatum."
        ),
        "1 enrolment starts after today (a planned start): it is not counted.": (
            "1 inskrivning börjar efter i dag (en planerad start): den räknas inte."
        ),
        "{n} enrolments start after today (a planned start): they are not counted.": (
            "{n} inskrivningar börjar efter i dag (en planerad start): de räknas inte."
        ),
        "1 enrolment ends after today without an exit reason (a planned end): it is read as still running.": (
            "1 inskrivning slutar efter i dag utan avslutsorsak (ett planerat slut): den läses "
            "som pågående."
        ),
        "{n} enrolments end after today without an exit reason (a planned end): they are read as still running.": (
            "{n} inskrivningar slutar efter i dag utan avslutsorsak (ett planerat slut): de läses "
            "som pågående."
        ),
        "{field}: {values} counted as not stated (AMP keeps {known}).": (
            "{field}: {values} räknas som ej angivet (AMP sparar {known})."
        ),
        "1 identity cell holds no valid identity number (date or check digit): its enrolment is counted, but not among the distinct persons.": (
            "1 cell har inget giltigt personnummer (datum eller kontrollsiffra): inskrivningen "
            "räknas, men inte bland de unika personerna."
        ),
        "{n} identity cells hold no valid identity number (date or check digit): their enrolments are counted, but not among the distinct persons.": (
            "{n} celler har inget giltigt personnummer (datum eller kontrollsiffra): "
            "inskrivningarna räknas, men inte bland de unika personerna."
        ),
        "this sheet is a participant list too, but AMP reads one sheet (“{sheet}”): put every enrolment in one sheet, or delete the sheets not to be read.": (
            "även det här bladet är en deltagarlista, men AMP läser ett blad (”{sheet}”): lägg "
            "alla inskrivningar i ett blad, eller ta bort de blad som inte ska läsas."
        ),
    }
)
# ---------------------------------- amp import's first line for a participant list (lead, 3 Dec)
SV.update(
    {
        (
            "Cli",
            "{kind}, sheet “{sheet}”, header row {row}: {scope}, {problems}, {notes}.",
        ): "{kind}, bladet ”{sheet}”, rubrikrad {row}: {scope}, {problems}, {notes}.",
        ("Cli", "results for 1 programme"): "resultat för 1 insats",
        ("Cli", "results for {n} programmes"): "resultat för {n} insatser",
        ("Cli", "1 problem"): "1 problem",
        ("Cli", "{n} problems"): "{n} problem",
        ("Cli", "1 note"): "1 anmärkning",
        ("Cli", "{n} notes"): "{n} anmärkningar",
    }
)
# ------------------------------------ Results → Use Measured Stay asks first (lead, 3 Dec)
SV.update(
    {
        ("ResultsView", "Use"): "Använd",
        (
            "CliHelp",
            "participant lists: replace every month the list reaches, also the months it "
            "seems to hold only in part (a corrected list you know to be whole)",
        ): (
            "deltagarlistor: ersätt varje månad som listan når, även de månader den verkar "
            "ha bara en del av (en rättad lista som du vet är hel)"
        ),
        (
            "ImportDialog",
            "Replace every month the list reaches, also those it seems to hold only in "
            "part (a corrected list)",
        ): (
            "Ersätt varje månad som listan når, även dem den verkar ha bara en del av "
            "(en rättad lista)"
        ),
        (
            "ImportDialog",
            "Problems ({n}): the workbook cannot be imported until they are put right. "
            "Notes ({m}):",
        ): "Problem ({n}): arbetsboken kan inte importeras förrän de är åtgärdade. Anmärkningar ({m}):",
        (
            "Results",
            "1 more row with a problem is left out.",
        ): "1 rad till med problem lämnas utanför.",
        ("ResultsView", "{name}: {before} → {after} weeks"): "{name}: {before} → {after} veckor",
        ("ResultsView", "and 1 more programme"): "och 1 insats till",
        ("ResultsView", "and {n} more programmes"): "och {n} insatser till",
        (
            "ResultsView",
            "Put the mean stay at exit measured in {first} … {last} in place of the average "
            "stay:\n\n{lines}\n\nIt counts those who left in the period; those still enrolled "
            "are not in it, so for a long programme it can be shorter than the real stay. "
            "Edit → Undo puts the average stays back.",
        ): (
            "Sätt medeltiden vid avslut uppmätt {first} … {last} i stället för den "
            "genomsnittliga tiden i insats:\n\n{lines}\n\nDen räknar dem som avslutades under "
            "perioden; de som fortfarande är inskrivna ingår inte, så för en lång insats kan "
            "den bli kortare än den verkliga tiden i insats. Redigera → Ångra återställer "
            "tiderna."
        ),
    }
)
# ------------------------------- participant lists in hidden sheets (lead, 3 Dec afternoon)
SV.update(
    {
        (
            "Results",
            "Sheet “{sheet}” is hidden in the workbook and is a participant list too; it was not read.",
        ): (
            "Bladet ”{sheet}” är dolt i arbetsboken och är också en deltagarlista; det lästes inte."
        ),
        (
            "Excel",
            "The list was read from sheet “{sheet}”, which is hidden in the workbook.",
        ): "Listan lästes från bladet ”{sheet}”, som är dolt i arbetsboken.",
        (
            "Excel",
            "this sheet is a referral list too, but AMP reads one sheet (“{sheet}”): put every referral in one sheet, or delete the sheets not to be read.",
        ): (
            "även det här bladet är en anvisningslista, men AMP läser ett blad (”{sheet}”): "
            "lägg alla anvisningar i ett blad, eller ta bort de blad som inte ska läsas."
        ),
    }
)
# ------------------------------- referral lists in hidden sheets (lead, 3 Dec evening)
SV.update(
    {
        (
            "Excel",
            "Sheet “{sheet}” is hidden in the workbook and is a referral list too; it was not read.",
        ): (
            "Bladet ”{sheet}” är dolt i arbetsboken och är också en anvisningslista; det lästes inte."
        ),
    }
)
# ------------------------------- the window's adversarial pass (window, 3 Dec evening)
SV.update(
    {
        "AMP holds these results already, {first} to {last}: importing the list again changes nothing.": (
            "AMP har redan de här resultaten, {first} till {last}: att läsa in listan igen ändrar ingenting."
        ),
        "No costs for one gender or need level: the budget is the whole programme's.": (
            "Inga kostnader för ett kön eller en bedömningsnivå: budgeten är hela insatsens."
        ),
    }
)
# ------------------------------- amp import's help and mapping file (lead, 3 Dec evening)
SV.update(
    {
        (
            "CliHelp",
            "import a workbook: our export, a programme sheet, a referral list or a "
            "participant list",
        ): "importera en arbetsbok: vår export, en insatslista, en anvisningslista eller en "
        "deltagarlista",
        ("CliHelp", "the workbook to read"): "arbetsboken som ska läsas",
        ("CliHelp", "kind of workbook (recognised from its columns when left out)"): (
            "typ av arbetsbok (känns igen på kolumnerna när den inte anges)"
        ),
        (
            "CliHelp",
            'columns to fields, {"columns": {"Header or letter": "field"}, '
            '"programmes": {"name in the list": "catalogue name or code"}, '
            '"reasons": {"exit reason as written": "category"}} (reasons: participant lists)',
        ): (
            'kolumner till fält, {"columns": {"Rubrik eller bokstav": "fält"}, '
            '"programmes": {"namn i listan": "insatsens namn eller kod i katalogen"}, '
            '"reasons": {"avslutsorsak som den är skriven": "kategori"}} '
            "(reasons: deltagarlistor)"
        ),
        ("Cli", '{"header or column letter": "field"}'): '{"rubrik eller kolumnbokstav": "fält"}',
        ("Cli", '{"name in the list": "catalogue name or code"}'): (
            '{"namn i listan": "insatsens namn eller kod i katalogen"}'
        ),
        ("Cli", '{"exit reason as written": "category"}'): (
            '{"avslutsorsak som den är skriven": "kategori"}'
        ),
        ("Cli", 'the mapping file {path}: "{part}" must be an object of texts, {shape}.'): (
            'kopplingsfilen {path}: "{part}" måste vara ett objekt av texter, {shape}.'
        ),
    }
)

# Figures helper (evening 3 December): a period the imported lists cover only in part.
SV.update(
    {
        (
            "Results",
            "No results imported for {months}: the figures count only the other months, as "
            "if nobody took part in these — the average occupancy and actual utilisation read "
            "low, the costs per participant and per exit (the budget of the whole period) high.",
        ): (
            "Inga resultat importerade för {months}: siffrorna räknar bara periodens övriga "
            "månader, som om ingen deltog i dessa — den genomsnittliga beläggningen och den "
            "faktiska beläggningen blir för låga, kostnaderna per deltagare och per avslut "
            "(hela periodens budget) för höga."
        ),
    }
)
# ------------------------------- distinct persons of the whole unit (lead, 3 Dec evening)
SV.update(
    {
        (
            "Results",
            "The list holds only some of the programmes with results in {years}: the distinct "
            "persons of the whole unit (a person in two programmes counted once) are not known "
            "for {years} after it. Import one list of every programme to count them.",
        ): (
            "Listan innehåller bara några av insatserna med resultat {years}: hela enhetens "
            "antal unika personer (en person i två insatser räknas en gång) är inte känt för "
            "{years} efter den. Importera en lista med alla insatser för att räkna dem."
        ),
        (
            "Yearly",
            "Distinct persons of {year} are not known: they are counted only from one "
            "participant list that covers all of {year}, holds every programme with "
            "results and has the identity numbers (a person in two programmes counted "
            "once).",
        ): (
            "Unika personer {year} är inte kända: de räknas bara ur en deltagarlista som "
            "täcker hela {year}, innehåller alla insatser med resultat och har "
            "personnumren (en person i två insatser räknas en gång)."
        ),
    }
)
# ------------------------------- persons of a year changed in part (lead, 3 Dec evening)
SV.update(
    {
        (
            "Results",
            "The list changes the results of {years} without covering all of it: the "
            "distinct persons of {years} counted before are not known after it. Import "
            "the list of the whole year again to count them.",
        ): (
            "Listan ändrar resultaten för {years} utan att täcka hela året: de unika "
            "personer som räknats för {years} är inte kända efter den. Importera listan "
            "för hela året igen för att räkna dem."
        ),
    }
)
# ------------------------------- the audit's cost without a budget (lead, 3 Dec evening)
SV.update(
    {
        ("Audit", "Without a budget (not in the cost)"): "Utan budget (ingår inte i kostnaden)",
        ("Audit", "1 programme running in the period has no budget: not in the cost."): (
            "1 insats som pågår under perioden saknar budget: den ingår inte i kostnaden."
        ),
        ("Audit", "{n} programmes running in the period have no budget: not in the cost."): (
            "{n} insatser som pågår under perioden saknar budget: de ingår inte i kostnaden."
        ),
    }
)
# ------------------------------- an old export's mandates and agreements (lead, 3 Dec evening)
SV.update(
    {
        (
            "Excel",
            "The agreement “{agreement}” was changed both in AMP and in the workbook since "
            "the export: AMP's is kept.",
        ): (
            "Avtalet ”{agreement}” har ändrats både i AMP och i arbetsboken sedan exporten: "
            "AMP:s behålls."
        ),
        (
            "Excel",
            "The mandate of “{name}” was changed both in AMP and in the workbook since the "
            "export: AMP's is kept.",
        ): (
            "Mandatet för ”{name}” har ändrats både i AMP och i arbetsboken sedan exporten: "
            "AMP:s behålls."
        ),
    }
)
# ------------------------------- mandate and agreement changes in the preview (lead, 3 Dec evening)
SV.update(
    {
        (
            "ImportDialog",
            "Agreements added or changed ({n})",
        ): "Avtal som läggs till eller ändras ({n})",
        ("ImportDialog", "Mandates changed ({n})"): "Mandat som ändras ({n})",
        ("ImportDialog", "Mandates to change: {n}."): "Mandat som ändras: {n}.",
        (
            "ImportDialog",
            "Agreements to add or change: {n}.",
        ): "Avtal som läggs till eller ändras: {n}.",
    }
)
# ------------------------------- amp history's mandate entries (lead, 3 Dec evening)
SV.update(
    {("Cli", "mandate (legal bases, board decision)"): "mandat (rättslig grund, nämndbeslut)"}
)
# ------------------------------- another programme's AMP id in a row (lead, 3 Dec evening)
SV.update(
    {
        (
            "Excel",
            "“{name}” has the AMP id {id}, which is “{other}”'s; this row was skipped.",
        ): "”{name}” har AMP-id {id}, som är ”{other}”s; raden hoppades över.",
        (
            "Excel",
            "the cell is empty; the programme keeps its {places} places (write 0 if it has none).",
        ): "cellen är tom; insatsen behåller sina {places} platser (skriv 0 om den inte har några).",
    }
)
# ------------------------------- yearly figures and Kolada (kolada helper, 3 Dec night)
SV.update(
    {
        (
            "Kolada",
            "Kolada ({host}) knows none of AMP's KPIs (an empty answer); nothing was "
            "stored — check the Kolada address or try again later.",
        ): (
            "Kolada ({host}) känner inte till något av AMP:s nyckeltal (ett tomt svar); "
            "inget sparades — kontrollera Kolada-adressen eller försök igen senare."
        ),
        (
            "Kolada",
            "{id}: Kolada calls it “{theirs}”, AMP “{ours}” — check that it is the same figure.",
        ): "{id}: Kolada kallar det ”{theirs}”, AMP ”{ours}” — kontrollera att det är samma nyckeltal.",
        (
            "Kolada",
            "Kolada titles {n} of the ids otherwise than AMP ({ids}…): check that they "
            "are the same figures — each figure's details give Kolada's title.",
        ): (
            "Kolada ger {n} av id:na andra titlar än AMP ({ids}…): kontrollera att det är "
            "samma nyckeltal — varje nyckeltals detaljer visar Koladas titel."
        ),
        (
            "Kolada",
            "The file's values are for {places}, which the yearly figures do not compare "
            "(they compare {code}, its similar municipalities, its county and the "
            "country): is the catalogue's municipality right?",
        ): (
            "Filens värden gäller {places}, som årets nyckeltal inte jämför med (de jämför "
            "{code}, liknande kommuner, länet och riket): är katalogens kommun rätt?"
        ),
        ("Yearly", "count"): "antal",
        ("Yearly", "SEK"): "kr",
        ("Yearly", "SEK per inhabitant"): "kr/inv",
        ("YearlyDialog", "Kolada's title for {id}: {title}"): "Koladas titel för {id}: {title}",
        ("Kolada", "The catalogue already holds the file's values; nothing changed."): (
            "Katalogen har redan filens värden; inget ändrades."
        ),
        ("Kolada", "Kolada ({host}) closed the connection without answering; try again."): (
            "Kolada ({host}) stängde anslutningen utan att svara; försök igen."
        ),
    }
)
# ------------------------------------------ the command line (cli helper, 3 Dec night)
SV.update(
    {
        (
            "Cli",
            "{kind}, sheet “{sheet}”, header row {row}: {added} added, {changed} changed, "
            "{removed} removed, {unchanged} unchanged, {conflicts}, {problems}.",
        ): (
            "{kind}, bladet ”{sheet}”, rubrikrad {row}: {added} tillagda, {changed} ändrade, "
            "{removed} borttagna, {unchanged} oförändrade, {conflicts}, {problems}."
        ),
        ("Cli", "1 conflict"): "1 konflikt",
        ("Cli", "{n} conflicts"): "{n} konflikter",
        (
            "Cli",
            "--take-over is refused while that AMP runs on this computer: "
            "close the file there first.",
        ): "--take-over nekas medan det AMP:t körs på den här datorn: stäng filen där först.",
        (
            "Cli",
            "Ctrl-C came after the change was written: it is kept, and the file is whole.",
        ): "Ctrl-C kom efter att ändringen skrivits: den behålls, och filen är hel.",
        (
            "Cli",
            "the catalogue comes first, then the workbook: amp {command} {catalogue} {workbook}",
        ): "katalogen kommer först, sedan arbetsboken: amp {command} {catalogue} {workbook}",
    }
)
# ---------------------------------------- printouts and export (paper helper, 3 Dec night)
SV.update(
    {
        ("Audit", "no budget"): "ingen budget",
        ("Excel", "The {field} of the agreement “{name}”"): "Fältet {field} för avtalet ”{name}”",
        (
            "Audit",
            "Places far from need for 1 tertial",
        ): "Platserna långt från behovet under 1 tertial",
        ("Audit", "“{name}”: places far from need for 1 tertial: {seen} (Places)."): (
            "”{name}”: platserna långt från behovet under 1 tertial: {seen} (Platser)."
        ),
    }
)
# ---------------------------------------- the window's adversarial pass (window helper, 4 Dec)
SV.update(
    {
        ("AgreementsDialog", "Valid from"): "Gäller från",
        ("AgreementsDialog", "Valid to"): "Gäller till",
        (
            "AgreementsDialog",
            "Give the agreement a reference or a title: the legal bases name it by them.",
        ): "Ge avtalet en referens eller en titel: de rättsliga grunderna anger avtalet med dem.",
    }
)
# ---------------------------------------- files' faults (files helper, 4 Dec evening)
SV.update(
    {
        ("Excel", "a footer line, not a referral."): "en sidfotsrad, ingen anvisning.",
        ("Excel", "1 totals row was skipped: {rows}."): "1 summeringsrad hoppades över: {rows}.",
        (
            "Excel",
            "1 referral source was not created ({reason}); the programmes' links to it were "
            "left out.",
        ): (
            "1 anvisande part skapades inte ({reason}); insatsernas kopplingar till den togs bort."
        ),
        ("Excel", "1 more cell holds a formula; it was not used."): (
            "1 cell till innehåller en formel; den användes inte."
        ),
        ("Excel", "1 more date could not be read."): "Ytterligare 1 datum kunde inte läsas.",
        ("Excel", "“{name}” (1 referral) is not a programme in the catalogue; map it to one."): (
            "”{name}” (1 anvisning) är ingen insats i katalogen; koppla den till en."
        ),
        ("Excel", "1 more programme name is not in the catalogue."): (
            "1 insatsnamn till finns inte i katalogen."
        ),
        ("Excel", "1 more source could not be read; its referrals were not counted."): (
            "1 anvisande part till kunde inte läsas; dess anvisningar räknades inte."
        ),
        ("Excel", "1 more count could not be read."): "1 antal till kunde inte läsas.",
        ("Excel", "1 referral counted into 1 monthly cell."): (
            "1 anvisning räknades in i 1 månadscell."
        ),
        ("Excel", "{n} referrals counted into 1 monthly cell."): (
            "{n} anvisningar räknades in i 1 månadscell."
        ),
        ("Excel", "1 referral counted into {cells} monthly cells."): (
            "1 anvisning räknades in i {cells} månadsceller."
        ),
        ("Excel", "1 row hidden in Excel was read (row {rows})."): (
            "1 rad som är dold i Excel lästes (rad {rows})."
        ),
        ("Excel", "{n} rows hidden in Excel were read (rows {rows})."): (
            "{n} rader som är dolda i Excel lästes (rader {rows})."
        ),
        ("Cli", "AMP exports Excel workbooks (.xlsx); name the file {name}."): (
            "AMP exporterar Excel-arbetsböcker (.xlsx); ge filen namnet {name}."
        ),
        ("Cli", "AMP writes reports as PDF files (.pdf); name the file {name}."): (
            "AMP skriver rapporter som PDF-filer (.pdf); ge filen namnet {name}."
        ),
        (
            "Audit",
            "1 programme: {short} short, {tight} tight, {balanced} balanced, {idle} idle; "
            "{goal}; {mandate} without a clear mandate; {decision} without a board decision.",
        ): (
            "1 insats: {short} med brist, {tight} knappa, {balanced} i balans, {idle} "
            "med låg beläggning; {goal}; {mandate} utan tydligt mandat; "
            "{decision} utan nämndbeslut."
        ),
    }
)

# Planning, 4 December (evening): an unnamed scenario's promotion, as an undo step.
SV.update(
    {
        "Places from the what-if scenario": "Platser från scenariot under arbete",
        "Perio&d:": "Perio&d:",
        "<b>{period}</b>: no programmes to plan.": "<b>{period}</b>: inga insatser att planera.",
    }
)

# Figures, 4 December (evening): a programme whose lists cover less of the period.
SV.update(
    {
        ("Results", "{name} ({months})"): "{name} ({months})",
        (
            "Results",
            "Some months have no results imported for these programmes: {programmes}. Their "
            "figures count those months as if nobody took part — the average occupancy and "
            "actual utilisation read low, the costs per participant and per exit high.",
        ): (
            "Några månader saknar importerade resultat för dessa insatser: {programmes}. "
            "Deras siffror räknar de månaderna som om ingen deltog — den genomsnittliga "
            "beläggningen och den faktiska beläggningen blir för låga, kostnaderna per "
            "deltagare och per avslut för höga."
        ),
    }
)
SV.update(
    {
        ("Results", "“{value}” is not a real date: there is no such day."): (
            "”{value}” är inget riktigt datum: någon sådan dag finns inte."
        ),
    }
)

# Referrals a corrected referral list no longer holds (lead, 4 December evening)
SV.update(
    {
        (
            "Excel",
            "The catalogue holds referrals the list does not ({referrals} in 1 monthly cell "
            "of {period}, of the list's sources); they are kept unless you remove "
            "what is missing.",
        ): (
            "Katalogen har anvisningar som listan inte har ({referrals} i 1 månadscell "
            "under {period}, från listans anvisande parter); de behålls om du inte "
            "tar bort det som saknas."
        ),
        (
            "Excel",
            "The catalogue holds referrals the list does not ({referrals} in {cells} monthly "
            "cells of {period}, of the list's sources); they are kept unless you "
            "remove what is missing.",
        ): (
            "Katalogen har anvisningar som listan inte har ({referrals} i {cells} "
            "månadsceller under {period}, från listans anvisande parter); de behålls "
            "om du inte tar bort det som saknas."
        ),
        ("Cli", "{name}: referrals {month} {source}: {n}: {verb}"): (
            "{name}: anvisningar {month} {source}: {n}: {verb}"
        ),
        ("Cli", "… and {n} more cells"): "… och {n} celler till",
        (
            "CliHelp",
            "remove programmes and agreements missing from the workbook, or the referrals "
            "of a referral list's months and sources that it does not hold",
        ): (
            "ta bort insatser och avtal som saknas i arbetsboken, eller de anvisningar i "
            "en anvisningslistas månader och från dess anvisande parter som listan inte har"
        ),
        (
            "ImportDialog",
            "Remove the referrals of 1 monthly cell that the list does not hold "
            "(its months, its sources)",
        ): (
            "Ta bort anvisningarna i 1 månadscell som listan inte har (dess månader, "
            "dess anvisande parter)"
        ),
        (
            "ImportDialog",
            "Remove the referrals of {n} monthly cells that the list does not hold "
            "(its months, its sources)",
        ): (
            "Ta bort anvisningarna i {n} månadsceller som listan inte har (dess månader, "
            "dess anvisande parter)"
        ),
        ("ImportDialog", "Referrals (1 cell)"): "Anvisningar (1 cell)",
        ("ImportDialog", "Referrals not in the list (1 cell)"): (
            "Anvisningar som listan inte har (1 cell)"
        ),
        ("ImportDialog", "Referrals not in the list ({n} cells)"): (
            "Anvisningar som listan inte har ({n} celler)"
        ),
    }
)

# The CLI's planning status limits (lead, 4 December evening)
SV.update(
    {
        (
            "CliHelp",
            "planning status limits in percent of places: idle below, tight above, short "
            "above (default 60,90,100; the window's are set in Preferences)",
        ): (
            "gränser för planeringsstatus i procent av platserna: låg beläggning under, "
            "knappt över, brist över (standard 60,90,100; fönstrets ställs in under "
            "Inställningar)"
        ),
        ("Cli", "--thresholds: give three percentages, idle,tight,short (e.g. 60,90,100)."): (
            "--thresholds: ange tre procenttal, låg,knapp,brist (t.ex. 60,90,100)."
        ),
    }
)

# Keyboard and screen reader (keyboard helper, 4 December evening): accelerators that do
# not clash within a page (nor with the menus Arkiv, Redigera, Visa, Hjälp and the tabs
# Katalog, Planering, Resultat) and names for the controls that have no label of their own.
SV.update(
    {
        # the what-if panel: Sparad&e, &Öppna, Ta &bort…, &Ny, Spara s&cenariot, Överför
        # p&latserna, Lägg &till, ändrin&g, &Jämför, &med, Bara &insatser (and Perio&d)
        ("ScenarioPanel", "&Saved:"): "Sparad&e:",
        ("ScenarioPanel", "Saved scenarios"): "Sparade scenarier",
        ("ScenarioPanel", "&Open"): "&Öppna",
        ("ScenarioPanel", "Ne&w"): "&Ny",
        # (every letter of "Spara" is the menus' or the tabs')
        ("ScenarioPanel", "S&ave"): "Spara s&cenariot",
        ("ScenarioPanel", "De&lete…"): "Ta &bort…",
        ("ScenarioPanel", "Put its places in the ca&talogue…"): (
            "Överför p&latserna till katalogen…"
        ),
        ("ScenarioBuilder", "Add chan&ge"): "Lägg &till ändring",
        ("ScenarioBuilder", "Remove cha&nge"): "Ta bort ändrin&g",
        ("ScenarioBuilder", "Programme to change"): "Insats som ändras",
        ("ScenarioBuilder", "What to change"): "Vad som ändras",
        ("ScenarioBuilder", "How to change it"): "Hur det ändras",
        ("ScenarioBuilder", "By how much"): "Hur mycket",
        ("ScenarioBuilder", "Changes in this scenario"): "Ändringarna i scenariot",
        ("ScenarioPanel", "Co&mpare"): "&Jämför",
        ("ScenarioPanel", "w&ith"): "&med",
        ("ScenarioPanel", "Onl&y programmes that differ"): "Bara &insatser som skiljer sig",
        ("ScenarioPanel", "Comparison of the two plans by programme"): (
            "Jämförelse av de två planerna per insats"
        ),
        # the Planning tab
        ("PeriodPicker", "First month"): "Första månad",
        ("PeriodPicker", "Last month"): "Sista månad",
        ("PlanningView", "Programmes of the period"): "Periodens insatser",
        ("PlanningView", "Totals &by"): "Su&mmor per",  # (Re&sultat, the tab)
        ("PlacesPanel", "&Show"): "V&isa",  # ("&Visa" is the menu)
        ("PlanningView", "Totals of the period"): "Periodens summor",
        ("PlanningCharts", "Chart"): "Diagram",
        ("ForecastEditor", "&All programmes"): "A&lla insatser",
        ("ForecastEditor", "F&ill empty months from history"): (
            "&Fyll tomma månader från historiken"
        ),
        ("ForecastEditor", "Forecast referrals by month and source"): (
            "Prognos över anvisningar per månad och anvisande part"
        ),
        # the programme editor's groups: &Insats, Platser och pen&gar, &Organisation, &Tid,
        # Res&ultatmål, A&nteckningar, &Mandat och beslut
        ("ProgrammeEditor", "Pro&gramme"): "&Insats",
        ("ProgrammeEditor", "Places and &money"): "Platser och pen&gar",
        ("ProgrammeEditor", "&Organisation"): "&Organisation",
        ("ProgrammeEditor", "&Time"): "&Tid",
        ("ProgrammeEditor", "Res&ults goal"): "Res&ultatmål",
        ("ProgrammeEditor", "&Notes"): "A&nteckningar",
        ("MandateBox", "Man&date and decision"): "&Mandat och beslut",
        # Agreements: &Med, &Referens, &Benämning, Gäller &från, Gäller &till,
        # &Anteckningar, &Ny, &Spara, Ta b&ort
        ("AgreementsDialog", "Wit&h:"): "&Med:",
        ("AgreementsDialog", "&Reference:"): "&Referens:",
        ("AgreementsDialog", "T&itle:"): "&Benämning:",
        ("AgreementsDialog", "Valid &from:"): "Gäller &från:",
        ("AgreementsDialog", "Valid &to:"): "Gäller &till:",
        ("AgreementsDialog", "&Notes:"): "&Anteckningar:",
        ("AgreementsDialog", "Ne&w"): "&Ny",
        ("AgreementsDialog", "&Save"): "&Spara",
        ("AgreementsDialog", "&Delete"): "Ta b&ort",
        # Preferences, This catalogue: "&Kolada address" took Alt+K as well
        ("ChangeLogGroup", "Kee&p the change log:"): "&Spara ändringsloggen:",
        # Yearly figures
        ("YearlyDialog", "Figures of the year"): "Årets nyckeltal",
        ("YearlyDialog", "The figure selected over the years"): "Det valda nyckeltalet över åren",
        ("ComparisonChart", "Chart of the figure selected"): "Diagram över det valda nyckeltalet",
        # Import from Excel
        ("ImportDialog", "The workbook's columns and the AMP fields"): (
            "Arbetsbokens kolumner och AMP:s fält"
        ),
        ("ImportDialog", "Problems found in the workbook"): "Problem i arbetsboken",
        ("ImportDialog", "The changes the import makes"): "Ändringarna som importen gör",
        # About and the user guide
        ("AboutDialog", "Components"): "Komponenter",
        ("AboutDialog", "Licence text"): "Licenstext",
        ("UserGuideWindow", "User guide"): "Användarhandbok",
    }
)

# A workbook whose compressed sheet is damaged, quotes around listed titles, a lock
# file chosen as the workbook (files helper, 6 December night)
SV.update(
    {
        "the sheet “{sheet}” is damaged or incomplete.": "bladet ”{sheet}” är skadat eller ofullständigt.",
        "it is the lock file Excel or LibreOffice keeps beside a workbook while it is open (it holds no data); choose the workbook itself.": "det är låsfilen som Excel eller LibreOffice har bredvid en arbetsbok medan den är öppen (den innehåller inga data); välj själva arbetsboken.",
    }
)

# A foreign sheet's empty cells, a number no field can hold, a Kolada file's unknown
# place or impossible count (files helper, 7 December)
SV.update(
    {
        (
            "Excel",
            "1 empty cell was left as it was: the catalogue keeps its value ({cells}).",
        ): "1 tom cell lämnades som den var: katalogen behåller sitt värde ({cells}).",
        (
            "Excel",
            "{n} empty cells were left as they were: the catalogue keeps its values ({cells}).",
        ): "{n} tomma celler lämnades som de var: katalogen behåller sina värden ({cells}).",
        (
            "Excel",
            "{field}: the cell holds an infinite number or “not a number” (NaN), which AMP "
            "cannot store.",
        ): "{field}: cellen innehåller ett oändligt tal eller ”inte ett tal” (NaN), som AMP inte kan spara.",
        (
            "Kolada",
            "Line {line}: no Swedish municipality or county has the code “{code}” (column "
            "“{column}”); nothing was imported.",
        ): "Rad {line}: ingen svensk kommun eller region har koden ”{code}” (kolumnen ”{column}”); inget importerades.",
        (
            "Kolada",
            "Value {n} of the file is for “{code}” (“municipality”), which no Swedish "
            "municipality or county has; nothing was imported.",
        ): "Värde {n} i filen gäller ”{code}” (”municipality”), som ingen svensk kommun eller region har; inget importerades.",
        (
            "Kolada",
            "Line {line}: the count “{text}” is not a whole number of 0 or more (column "
            "“{column}”).",
        ): "Rad {line}: antalet ”{text}” är inget heltal från 0 och uppåt (kolumnen ”{column}”).",
    }
)

# A foreign sheet's columns in thousands of kronor, a second column for one field,
# unit words in cells (files helper, 7 December)
SV.update(
    {
        (
            "Excel",
            "Column {column} (“{title}”) is in thousands of kronor: its amounts were "
            "multiplied by {factor}.",
        ): "Kolumn {column} (”{title}”) är i tusentals kronor: dess belopp multiplicerades med {factor}.",
        (
            "Excel",
            "Column {column} (“{title}”) is in millions of kronor: its amounts were "
            "multiplied by {factor}.",
        ): "Kolumn {column} (”{title}”) är i miljoner kronor: dess belopp multiplicerades med {factor}.",
        ("Excel", "{title} ({field} was read from column {column})"): (
            "{title} ({field} lästes från kolumn {column})"
        ),
        (
            "Excel",
            "Columns not read (an earlier column gives the same field; choose the one to "
            "read in the mapping): {columns}.",
        ): "Kolumner som inte lästes (en tidigare kolumn ger samma fält; välj vilken som ska läsas i kopplingen): {columns}.",
    }
)
SV.update(
    {
        ("Excel", "the header row again; it was skipped."): (
            "rubrikraden en gång till; den hoppades över."
        ),
        (
            "Excel",
            "only a name and no other cell: a heading or a note, not a programme; it was "
            "skipped (fill in another of its cells to import it).",
        ): "bara ett namn och ingen annan cell: en rubrik eller en anteckning, inte en insats; raden hoppades över (fyll i en annan av dess celler för att importera den).",
    }
)

# A date written year first that the calendar does not have (lead, 7 December)
SV.update(
    {
        (
            "Parse",
            "Date: there is no {date} in the calendar; check the month and the day (YYYY-MM-DD).",
        ): "Datum: {date} finns inte i kalendern; kontrollera månad och dag (ÅÅÅÅ-MM-DD).",
    }
)

# A second look at the foreign sheets' readings (7 December, second-look helper)
SV.update(
    {
        (
            "Excel",
            "Amount: the column is in {unit}, so this would be {amount}, which looks like an "
            "amount in kronor; write “{text} kr” or “{text} {unit}” in the cell to say which.",
        ): "Belopp: kolumnen är i {unit}, så detta skulle bli {amount}, vilket ser ut som ett belopp i kronor; skriv ”{text} kr” eller ”{text} {unit}” i cellen för att säga vilket.",
    }
)
SV.update(
    {
        (
            "Excel",
            "Of them, 1 empty cell is where the catalogue has a value, which it keeps "
            "({cells}); to clear it, edit the programme in AMP.",
        ): "Av dem är 1 tom cell där katalogen har ett värde, som den behåller ({cells}); redigera insatsen i AMP för att tömma det.",
        (
            "Excel",
            "Of them, {n} empty cells are where the catalogue has values, which it keeps "
            "({cells}); to clear them, edit the programmes in AMP.",
        ): "Av dem är {n} tomma celler där katalogen har värden, som den behåller ({cells}); redigera insatserna i AMP för att tömma dem.",
    }
)
SV.update(
    {
        (
            "Excel",
            "Column {column} (“{title}”) names both kronor and thousands of kronor: its "
            "amounts were read as kronor (write kr or tkr alone in the title to say which).",
        ): "Kolumn {column} (”{title}”) anger både kronor och tusentals kronor: dess belopp lästes som kronor (skriv bara kr eller tkr i rubriken för att säga vilket).",
    }
)

# A Kolada CSV giving one figure two ways (lead, 7 December)
SV.update(
    {
        (
            "Kolada",
            "Lines {first} and {again} give {kpi} for {place} in {year} ({gender}) with "
            "different values; nothing was imported.",
        ): "Rad {first} och {again} ger {kpi} för {place} år {year} ({gender}) med olika värden; inget importerades.",
    }
)

# Where a participant list meets the results kept from an earlier one (lead, 7 December)
SV.update(
    {
        (
            "Results",
            "1 enrolment ({names}) running on the first day of {first} was not running "
            "at the end of {before} in the results AMP has (started late in {before} and "
            "registered after that list was taken?): a period across both months counts "
            "it among its participants, but not its start in {before}; a list covering "
            "both months would.",
        ): "1 inskrivning ({names}) som pågick den första dagen i {first} pågick inte i slutet av {before} i de resultat AMP har (påbörjad sent i {before} och registrerad efter att den listan togs ut?): en period över båda månaderna räknar den bland sina deltagare, men inte dess start i {before}; en lista som täcker båda månaderna skulle göra det.",
        (
            "Results",
            "{n} enrolments ({names}) running on the first day of {first} were not "
            "running at the end of {before} in the results AMP has (started late in "
            "{before} and registered after that list was taken?): a period across both "
            "months counts them among its participants, but not their starts in "
            "{before}; a list covering both months would.",
        ): "{n} inskrivningar ({names}) som pågick den första dagen i {first} pågick inte i slutet av {before} i de resultat AMP har (påbörjade sent i {before} och registrerade efter att den listan togs ut?): en period över båda månaderna räknar dem bland sina deltagare, men inte deras starter i {before}; en lista som täcker båda månaderna skulle göra det.",
    }
)

# Real workbooks (files helper, 8 December): a header below a long title block, a
# programme cell that names no programme, merged participant rows.
SV.update(
    {
        (
            "Excel",
            "AMP looks for the header in each sheet's first {first} rows, or below a title or "
            "explanation as far as row {last}: delete the rows above the list's header (or "
            "move the table up) and import again.",
        ): "AMP letar efter rubrikraden bland de första {first} raderna i varje blad, eller under en rubrik eller förklaring ända ned till rad {last}: ta bort raderna ovanför listans rubrikrad (eller flytta upp tabellen) och importera igen.",
        (
            "Excel",
            "the programme is empty (1 referral); it was not counted.",
        ): "insatsen saknas (1 anvisning); den räknades inte.",
        (
            "Excel",
            "the programme is empty ({n} referrals); they were not counted.",
        ): "insatsen saknas ({n} anvisningar); de räknades inte.",
        (
            "Excel",
            "“{text}” names no programme (1 referral); it was not counted: write the "
            "programme's name or short code in the cell.",
        ): "”{text}” anger ingen insats (1 anvisning); den räknades inte: skriv insatsens namn eller kortkod i cellen.",
        (
            "Excel",
            "“{text}” names no programme ({n} referrals); they were not counted: write "
            "the programme's name or short code in the cells.",
        ): "”{text}” anger ingen insats ({n} anvisningar); de räknades inte: skriv insatsens namn eller kortkod i cellerna.",
        (
            "Excel",
            "the name cell says only “{text}”, which names no programme; the row was skipped "
            "(write the programme's name in it to import it).",
        ): "namncellen innehåller bara ”{text}”, som inte anger någon insats; raden hoppades över (skriv insatsens namn i den för att importera den).",
        (
            "Results",
            "Cells merged over several rows were read as holding their value in each of "
            "those rows ({cells}): check that each row is one enrolment.",
        ): "Celler sammanfogade över flera rader lästes som att de har sitt värde på var och en av raderna ({cells}): kontrollera att varje rad är en inskrivning.",
    }
)

# 8 December (lead): the yearly figures' notes scroll
SV.update(
    {
        ("YearlyDialog", "About the figure selected"): "Om nyckeltalet som är valt",
        (
            "Results",
            "1 enrolment ({names}) running on the first day of {first} in the results "
            "AMP keeps was not running at the end of {before} in this list (started "
            "late in {before}, after this list was taken?): a period across both "
            "months counts it among its participants, but not its start in {before}; "
            "a list covering both months would.",
        ): "1 inskrivning ({names}) som pågick den första dagen i {first} i de resultat AMP har pågick inte i slutet av {before} i den här listan (påbörjad sent i {before}, efter att den här listan togs ut?): en period över båda månaderna räknar den bland sina deltagare, men inte dess start i {before}; en lista som täcker båda månaderna skulle göra det.",
        (
            "Results",
            "{n} enrolments ({names}) running on the first day of {first} in the "
            "results AMP keeps were not running at the end of {before} in this list "
            "(started late in {before}, after this list was taken?): a period across "
            "both months counts them among its participants, but not their starts in "
            "{before}; a list covering both months would.",
        ): "{n} inskrivningar ({names}) som pågick den första dagen i {first} i de resultat AMP har pågick inte i slutet av {before} i den här listan (påbörjade sent i {before}, efter att den här listan togs ut?): en period över båda månaderna räknar dem bland sina deltagare, men inte deras starter i {before}; en lista som täcker båda månaderna skulle göra det.",
        (
            "Rules",
            "Referral sources: this looks like a person's name; a source is who "
            "referred (Arbetsförmedlingen, Försäkringskassan, social services…), "
            "never a person.",
        ): "Anvisande parter: detta ser ut som en persons namn; en anvisande part är den som anvisade (Arbetsförmedlingen, Försäkringskassan, socialtjänsten …), aldrig en person.",
    }
)
