<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="107"/>
        <source>%1 is in the public domain: no licence is needed.</source>
        <translation>%1 är allmän egendom (public domain): ingen licens behövs.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="115"/>
        <source>The licence text %1 is missing.</source>
        <translation>Licenstexten %1 saknas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="125"/>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="128"/>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="129"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licenser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="146"/>
        <source>The programme catalogue and capacity planning of a labour-market unit.</source>
        <translation>Insatskatalog och kapacitetsplanering för en arbetsmarknadsenhet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="156"/>
        <source>%1 keeps the catalogue of programmes in a file on your computer, compares the places with the referrals month by month, and prints a capacity overview for the board.</source>
        <translation>%1 håller insatskatalogen i en fil på din dator, jämför platserna med anvisningarna månad för månad och skriver ut en kapacitetsöversikt för nämnden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="161"/>
        <source>%1 is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>%1 är fri programvara: du får använda, dela och ändra den enligt GNU General Public License, version 3 eller senare. Den levereras utan garantier.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="164"/>
        <source>Versions in use:</source>
        <translation>Versioner som används:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="182"/>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="187"/>
        <source>Public domain</source>
        <translation>Allmän egendom</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="193"/>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/about.py" line="205"/>
        <source>The licence texts are also in the folder %1.</source>
        <translation>Licenstexterna finns också i mappen %1.</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="93"/>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="99"/>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="122"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="259"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="163"/>
        <source>Agreements the programmes&apos; legal bases link to: with Arbetsförmedlingen (lag 2009:47), Försäkringskassan, a coordination association or a region.</source>
        <translation>Avtal som insatsernas rättsliga grund hänvisar till: med Arbetsförmedlingen (lag 2009:47), Försäkringskassan, ett samordningsförbund eller en region.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="127"/>
        <source>Wit&amp;h:</source>
        <translation>&amp;Med:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="128"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referens:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="129"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Benämning:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="130"/>
        <source>Valid &amp;from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="131"/>
        <source>Valid &amp;to:</source>
        <translation>Gäller &amp;till:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="132"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="138"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="139"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="140"/>
        <source>&amp;Delete</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="216"/>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="217"/>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="218"/>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="227"/>
        <source>Give the agreement a reference or a title: the legal bases name it by them.</source>
        <translation>Ge avtalet en referens eller en titel: de rättsliga grunderna anger avtalet med dem.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="248"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="259"/>
        <source>Delete agreement</source>
        <translation>Ta bort avtal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="280"/>
        <source>Delete “{name}”? No programme&apos;s legal basis links to it.</source>
        <translation>Ta bort ”{name}”? Ingen insats rättsliga grund hänvisar till det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="284"/>
        <source>Delete “{name}”? The legal basis of these programmes links to it: {programmes}. They keep the basis, without the agreement, and the checks will flag what that leaves them without. You can undo this.</source>
        <translation>Ta bort ”{name}”? De här insatsernas rättsliga grund hänvisar till det: {programmes}. De behåller grunden, utan avtalet, och kontrollerna visar vad de då saknar. Du kan ångra detta.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="266"/>
        <source>Not deleted</source>
        <translation>Inte borttaget</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="78"/>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="79"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="80"/>
        <source>Title</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="81"/>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/agreements_dialog.py" line="82"/>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../amp_desktop/ui/app.py" line="272"/>
        <source>Unexpected error</source>
        <extracomment>The options :func:`_plain_args` reads without argparse, and whether each takes a value.</extracomment>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/app.py" line="280"/>
        <source>AMP met an error it did not expect: {error}

Changes that were saved before it are in the file. If something looks wrong, close the catalogue and open it again.</source>
        <translation>AMP stötte på ett fel som inte var väntat: {error}

Ändringar som sparades före felet finns i filen. Om något ser fel ut, stäng katalogen och öppna den igen.</translation>
    </message>
</context>
<context>
    <name>AttentionRunner</name>
    <message>
        <location filename="../../amp_desktop/ui/attention.py" line="225"/>
        <source>Checking the programmes</source>
        <extracomment>Checks that make plans for fewer programmes than this take well under 0.1 s and run on the GUI thread; for more (0.5-0.9 s at 1,000) they run in the worker. A full run (a file opened or reloaded) waits until the window has been idle this long: run right after the first paint, its plans hold the interpreter while the user&apos;s first keystrokes refilter the table (57-67 ms a keystroke instead of 20).</extracomment>
        <translation>Kontrollerar insatserna</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="68"/>
        <source>Audit for {period}</source>
        <translation>Granskning för {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="76"/>
        <source>1 programme: {short} short, {tight} tight, {balanced} balanced, {idle} idle; {goal}; {mandate} without a clear mandate; {decision} without a board decision.</source>
        <translation>1 insats: {short} med brist, {tight} knappa, {balanced} i balans, {idle} med låg beläggning; {goal}; {mandate} utan tydligt mandat; {decision} utan nämndbeslut.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="82"/>
        <source>{n} programmes: {short} short, {tight} tight, {balanced} balanced, {idle} idle; {goal}; {mandate} without a clear mandate; {decision} without a board decision.</source>
        <translation>{n} insatser: {short} med brist, {tight} knappa, {balanced} i balans, {idle} med låg beläggning; {goal}; {mandate} utan tydligt mandat; {decision} utan nämndbeslut.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="97"/>
        <source>{n} not assessed (no places, stay or demand in the period).</source>
        <translation>{n} ej bedömda (inga platser, okänd tid i insats eller inget behov under perioden).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="105"/>
        <source>Checks that fail</source>
        <translation>Kontroller som inte klaras</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="116"/>
        <source>no goals set for the share to work or studies</source>
        <translation>inga mål satta för andelen till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="118"/>
        <source>{below} below their goal ({n} without a goal)</source>
        <translation>{below} under sitt mål ({n} utan mål)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="121"/>
        <source>{below} below their goal</source>
        <translation>{below} under sitt mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="139"/>
        <source>Cost in the period {cost} (primary {primary_cost}, secondary {secondary_cost}); share to work or studies {share} (primary {primary_share}, secondary {secondary_share}).</source>
        <translation>Kostnad för perioden {cost} (primära {primary_cost}, sekundära {secondary_cost}); andel till arbete eller studier {share} (primära {primary_share}, sekundära {secondary_share}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="155"/>
        <source>1 programme running in the period has no budget: not in the cost.</source>
        <translation>1 insats som pågår under perioden saknar budget: den ingår inte i kostnaden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="157"/>
        <source>{n} programmes running in the period have no budget: not in the cost.</source>
        <translation>{n} insatser som pågår under perioden saknar budget: de ingår inte i kostnaden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="193"/>
        <location filename="../../amp_desktop/cli/history_text.py" line="71"/>
        <location filename="../../amp_desktop/core/audit/checks.py" line="79"/>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="265"/>
        <source>Legal basis</source>
        <extracomment>Plan statuses that count as places far from need.</extracomment>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="194"/>
        <location filename="../../amp_desktop/cli/history_text.py" line="73"/>
        <location filename="../../amp_desktop/core/audit/checks.py" line="80"/>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="268"/>
        <source>Board decision</source>
        <translation>Nämndbeslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="81"/>
        <source>Goal: share to work or studies</source>
        <translation>Mål: andel till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="82"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="157"/>
        <source>“{name}”: Arbetsförmedlingen refers participants, but its agreement “{agreement}” (Legal basis) is valid only {first} – {last}, not all of {from_} – {to}.</source>
        <translation>”{name}”: Arbetsförmedlingen anvisar deltagare, men överenskommelsen ”{agreement}” (Rättslig grund) gäller bara {first} – {last}, inte hela {from_} – {to}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="170"/>
        <source>“{name}”: Arbetsförmedlingen is among its referral sources, but no agreement with Arbetsförmedlingen (lag 2009:47) is linked in its legal basis.</source>
        <translation>”{name}”: Arbetsförmedlingen är anvisande part, men ingen överenskommelse med Arbetsförmedlingen (lag 2009:47) är kopplad i den rättsliga grunden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="182"/>
        <source>“{name}”: no legal basis recorded (Legal basis) — not filled in since the file was upgraded.</source>
        <translation>”{name}”: ingen rättslig grund angiven (Rättslig grund) – inte ifylld sedan filen uppgraderades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="188"/>
        <source>“{name}”: no legal basis recorded (Legal basis).</source>
        <translation>”{name}”: ingen rättslig grund angiven (Rättslig grund).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="212"/>
        <source>“{name}”: the project it is funded by ended on {date} (Legal basis), but the programme is still active.</source>
        <translation>”{name}”: projektet som finansierar den upphörde {date} (Rättslig grund), men insatsen är fortfarande aktiv.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="263"/>
        <source>its legal basis</source>
        <translation>den rättsliga grunden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="233"/>
        <source>the agreement “{agreement}”</source>
        <translation>avtalet ”{agreement}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="270"/>
        <source>“{name}”: {what} ended on {date} (Legal basis), but the programme is not closed.</source>
        <translation>”{name}”: {what} upphörde {date} (Rättslig grund), men insatsen är inte avslutad.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="275"/>
        <source>“{name}”: {what} ends on {date} (Legal basis).</source>
        <translation>”{name}”: {what} upphör {date} (Rättslig grund).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="285"/>
        <source>“{name}”: no board decision recorded (Board decision: diary number and date).</source>
        <translation>”{name}”: inget nämndbeslut angivet (Nämndbeslut: diarienummer och datum).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="295"/>
        <source>“{name}”: the board decision&apos;s date “{date}” cannot be read (Board decision).</source>
        <translation>”{name}”: nämndbeslutets datum ”{date}” går inte att läsa (Nämndbeslut).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="299"/>
        <source>“{name}”: the board decision is dated {date}, after today; it does not count yet (Board decision: date).</source>
        <translation>”{name}”: nämndbeslutet är daterat {date}, efter i dag; det räknas inte ännu (Nämndbeslut: datum).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="305"/>
        <source>“{name}”: the board decision is dated {date}, after the period; it does not count for it (Board decision: date).</source>
        <translation>”{name}”: nämndbeslutet är daterat {date}, efter perioden; det räknas inte för den (Nämndbeslut: datum).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="319"/>
        <source>“{name}”: a primary programme without a goal (Goal: share to work or studies).</source>
        <translation>”{name}”: en primär insats utan mål (Mål: andel till arbete eller studier).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="328"/>
        <source>“{name}”: no results imported for {period} (Results).</source>
        <translation>”{name}”: inga resultat inlästa för {period} (Resultat).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="349"/>
        <source>“{name}”: places far from need for 1 tertial: {seen} (Places).</source>
        <translation>”{name}”: platserna långt från behovet under 1 tertial: {seen} (Platser).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/audit/checks.py" line="353"/>
        <source>“{name}”: places far from need {n} tertials running: {seen} (Places).</source>
        <translation>”{name}”: platserna långt från behovet {n} tertial i rad: {seen} (Platser).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="53"/>
        <source>Referred by AF without a valid AF agreement</source>
        <translation>Anvisas av AF utan giltig överenskommelse med AF</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="54"/>
        <source>No legal basis recorded</source>
        <translation>Ingen rättslig grund angiven</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="56"/>
        <source>Project funding ended, programme still active</source>
        <translation>Projektmedlen har upphört, insatsen är aktiv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="57"/>
        <source>No board decision recorded</source>
        <translation>Inget nämndbeslut angivet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="58"/>
        <source>Primary programme without a goal</source>
        <translation>Primär insats utan mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="59"/>
        <source>No results imported for the period</source>
        <translation>Inga resultat inlästa för perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="49"/>
        <source>Places far from need {n} tertials running</source>
        <translation>Platserna långt från behovet {n} tertial i rad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="48"/>
        <source>Places far from need for 1 tertial</source>
        <translation>Platserna långt från behovet under 1 tertial</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="55"/>
        <source>Legal basis or agreement ends soon or has ended</source>
        <translation>Rättslig grund eller avtal upphör snart eller har upphört</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="84"/>
        <source>no goals set</source>
        <translation>inga mål satta</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="92"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="95"/>
        <source>Primary</source>
        <translation>Primära</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="97"/>
        <source>Secondary</source>
        <translation>Sekundära</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="120"/>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="155"/>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="126"/>
        <source>Not assessed (no places, stay or demand)</source>
        <translation>Ej bedömda (inga platser, tid eller behov)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="128"/>
        <source>Below their goal</source>
        <translation>Under sitt mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="129"/>
        <source>Without a goal</source>
        <translation>Utan mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="131"/>
        <source>Without a clear mandate</source>
        <translation>Utan tydligt mandat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="135"/>
        <source>Without a board decision</source>
        <translation>Utan nämndbeslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="138"/>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="216"/>
        <source>Cost in the period</source>
        <translation>Kostnad för perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="139"/>
        <source>Without a budget (not in the cost)</source>
        <translation>Utan budget (ingår inte i kostnaden)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="141"/>
        <source>Share to work or studies</source>
        <translation>Andel till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="149"/>
        <source>At a glance</source>
        <translation>I korthet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="154"/>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="289"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="162"/>
        <source>Programmes failing each check</source>
        <translation>Insatser som inte klarar varje kontroll</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="163"/>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="294"/>
        <source>No check fails for any programme.</source>
        <translation>Alla insatser klarar alla kontroller.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="184"/>
        <source>Per tertial</source>
        <translation>Per tertial</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="194"/>
        <source>1. Do places match need?</source>
        <translation>1. Motsvarar platserna behovet?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="215"/>
        <source>Annual budget</source>
        <translation>Årsbudget</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="217"/>
        <source>Cost per place</source>
        <translation>Kostnad per plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="218"/>
        <source>Cost per participant</source>
        <translation>Kostnad per deltagare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="219"/>
        <source>Cost per exit to work or studies</source>
        <translation>Kostnad per avslut till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="233"/>
        <source>2. What does a place cost?</source>
        <translation>2. Vad kostar en plats?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="244"/>
        <source>no budget</source>
        <translation>ingen budget</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="275"/>
        <source>5. Does it have a mandate and a decision?</source>
        <translation>5. Finns mandat och nämndbeslut?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="290"/>
        <source>What was found</source>
        <translation>Vad som hittades</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="293"/>
        <source>Checks that fail, programme by programme</source>
        <translation>Kontroller som inte klaras, insats för insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="326"/>
        <source>Audit of the programmes</source>
        <translation>Granskning av insatserna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="341"/>
        <source>Share to work or studies against the goal, women and men apart; primary and secondary programmes and need levels apart (as in the printed results).</source>
        <translation>Andel till arbete eller studier mot målet, kvinnor och män var för sig; primära och sekundära insatser och bedömningsnivåer var för sig (som i resultatutskriften).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="346"/>
        <source>3–4. What results, reported apart?</source>
        <translation>3–4. Vilka resultat, redovisade var för sig?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="359"/>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
</context>
<context>
    <name>AuditGroup</name>
    <message>
        <location filename="../../amp_desktop/ui/audit_preferences.py" line="23"/>
        <source>Audit checks</source>
        <translation>Granskningens kontroller</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/audit_preferences.py" line="32"/>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/audit_preferences.py" line="39"/>
        <source>Flag an agreement or basis ending &amp;within:</source>
        <translation>Flagga avtal eller grund som upphör &amp;inom:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/audit_preferences.py" line="40"/>
        <source>Places far from need for tertials &amp;running:</source>
        <translation>Platser långt från behovet, tertial i &amp;rad:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/audit_preferences.py" line="42"/>
        <source>Kept in the catalogue file.</source>
        <translation>Sparas i katalogfilen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/audit_preferences.py" line="44"/>
        <source>Open a catalogue to set its audit checks.</source>
        <translation>Öppna en katalog för att ställa in dess kontroller.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/audit_preferences.py" line="68"/>
        <source>Audit checks not saved</source>
        <translation>Kontrollerna sparades inte</translation>
    </message>
</context>
<context>
    <name>BasisRow</name>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="69"/>
        <source>Which agreement</source>
        <extracomment>Kinds of basis that name an agreement, and with whom such an agreement is. Kinds a programme may rest on more than once (each with its own detail): all of them, as the Mandates sheet allows (a second employer basis was dropped unseen). How far a basis&apos;s fields sit in from its tick box. A field was finished: save. &quot;−&quot; pressed. &quot;+&quot; pressed (the first row of a kind).</extracomment>
        <translation>Vilket avtal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="82"/>
        <source>Another basis of this kind (e.g. a second ESF project)</source>
        <translation>Ytterligare en grund av detta slag (t.ex. ett andra ESF-projekt)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="95"/>
        <source>from YYYY-MM-DD</source>
        <extracomment>&quot;−&quot; of a further row (the name the tests and older code use).</extracomment>
        <translation>från ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="96"/>
        <source>to YYYY-MM-DD</source>
        <translation>till ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="103"/>
        <source>Project name, e.g. ESF Vägen</source>
        <translation>Projektets namn, t.ex. ESF Vägen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="105"/>
        <source>What the programme rests on</source>
        <translation>Vad insatsen vilar på</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="161"/>
        <source>Dates of the legal basis: {problem}</source>
        <translation>Grundens datum: {problem}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="86"/>
        <source>Remove this basis</source>
        <translation>Ta bort denna grund</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="106"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/basis_rows.py" line="160"/>
        <source>Project dates: {problem}</source>
        <translation>Projektets datum: {problem}</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="68"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="76"/>
        <source>New programme</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="102"/>
        <source>Delete “{name}” and its referrals?</source>
        <translation>Ta bort ”{name}” och dess anvisningar?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="104"/>
        <source>Delete {n} programmes and their referrals?</source>
        <translation>Ta bort {n} insatser och deras anvisningar?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="105"/>
        <source>You can bring them back with Edit → Undo.</source>
        <translation>Du kan få tillbaka dem med Redigera → Ångra.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="107"/>
        <source>Forgetting the history also removes every old value of theirs from the change log, for good: Undo brings back the programmes, not their history.</source>
        <translation>Att glömma historiken tar också bort alla deras gamla värden ur ändringsloggen, för gott: Ångra tar tillbaka insatserna, inte deras historik.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="111"/>
        <source>Delete and forget its history</source>
        <translation>Ta bort och glöm dess historik</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="113"/>
        <source>Delete and forget their history</source>
        <translation>Ta bort och glöm deras historik</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="115"/>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="116"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="131"/>
        <source>Undone: {action}</source>
        <translation>Ångrat: {action}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="133"/>
        <source>Redone: {action}</source>
        <translation>Gjort om: {action}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_commands.py" line="135"/>
        <source>Saved: {action}</source>
        <translation>Sparat: {action}</translation>
    </message>
</context>
<context>
    <name>CatalogueSession</name>
    <message>
        <location filename="../../amp_desktop/ui/operations.py" line="115"/>
        <source>Saving</source>
        <extracomment>A built (unapplied) change set, or a command that applies one and returns it. Errors whose message is written for the user: shown in one dialog, nothing written. Every user-facing error the core raises is an ``AmpError`` (``core/errors.py``); a ``ValueError`` or the file&apos;s ``OSError`` from below the core is shown the same way. An undo or redo of more rows than this runs in the worker with a progress dialog. Emitted with the ChangeSet after every applied change, undo and redo too. Emitted with a message when an undo or redo could not be applied (after the dialog was shown). Another AMP changed the file (a read-only window follows it): show it afresh.</extracomment>
        <translation>Sparar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/operations.py" line="154"/>
        <source>Undoing</source>
        <translation>Ångrar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/operations.py" line="154"/>
        <source>Redoing</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/operations.py" line="159"/>
        <source>Cannot undo or redo</source>
        <translation>Kan inte ångra eller göra om</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/operations.py" line="174"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="67"/>
        <source>Search name and description (Ctrl+F)</source>
        <extracomment>The selection changed (the window enables Duplicate/Delete from it).</extracomment>
        <translation>Sök i namn och beskrivning (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="68"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="70"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="71"/>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="73"/>
        <source>All referral sources</source>
        <translation>Alla anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="75"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="82"/>
        <source>Needs attention</source>
        <translation>Behöver ses över</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/catalogue_tab.py" line="85"/>
        <source>Only programmes that fail a check: mandate, decision, goal, results, places</source>
        <translation>Bara insatser som inte klarar en kontroll: mandat, beslut, mål, resultat, platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/count_label.py" line="28"/>
        <source>{shown} of {total} programmes</source>
        <translation>{shown} av {total} insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/count_label.py" line="23"/>
        <source>1 programme</source>
        <translation>1 insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/count_label.py" line="34"/>
        <source>{total} programmes</source>
        <translation>{total} insatser</translation>
    </message>
</context>
<context>
    <name>ChangeLogGroup</name>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="25"/>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="67"/>
        <source>Change log</source>
        <extracomment>The longest retention offered, in days (ten years).</extracomment>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="31"/>
        <source>for ever</source>
        <translation>för alltid</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="32"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="36"/>
        <source>Kee&amp;p the change log:</source>
        <translation>&amp;Spara ändringsloggen:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="39"/>
        <source>What every action changed, old values included. Older entries are removed from the file for good.</source>
        <translation>Vad varje åtgärd ändrade, gamla värden inräknade. Äldre poster tas bort ur filen för gott.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="43"/>
        <source>Open a catalogue to set how long its change log is kept.</source>
        <translation>Öppna en katalog för att ange hur länge dess ändringslogg sparas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="64"/>
        <source>Change-log entries older than {n} days are removed from the file now. Undo brings back the setting, not the entries.</source>
        <translation>Poster i ändringsloggen som är äldre än {n} dagar tas bort ur filen nu. Ångra tar tillbaka inställningen, inte posterna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="67"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/change_log_preferences.py" line="72"/>
        <source>Change log setting not saved</source>
        <translation>Inställningen för ändringsloggen sparades inte</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="95"/>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="120"/>
        <source>Created {path} with 1 programme.</source>
        <translation>Skapade {path} med 1 insats.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="122"/>
        <source>Created {path} with {count} programmes.</source>
        <translation>Skapade {path} med {count} insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="134"/>
        <location filename="../../amp_desktop/cli/plan.py" line="66"/>
        <location filename="../../amp_desktop/cli/results.py" line="99"/>
        <source>{path} has no programmes yet.</source>
        <translation>{path} har inga insatser än.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="148"/>
        <location filename="../../amp_desktop/cli/catalogue.py" line="230"/>
        <source>no programme named or numbered “{programme}” in {path}</source>
        <translation>ingen insats med namnet eller numret ”{programme}” i {path}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="157"/>
        <source>all year</source>
        <translation>hela året</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="203"/>
        <source>--keep-days must be 0 or more.</source>
        <extracomment>The fields of running prose, wrapped to the terminal by ``amp show``.</extracomment>
        <translation>--keep-days måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="205"/>
        <source>--limit must be 0 or more.</source>
        <translation>--limit måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="211"/>
        <source>--purge-before: “{text}” is not a date YYYY-MM-DD.</source>
        <translation>--purge-before: ”{text}” är inte ett datum ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="240"/>
        <source>The change log has no entries.</source>
        <translation>Ändringsloggen är tom.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="257"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="258"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="259"/>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="260"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="261"/>
        <source>Old</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="262"/>
        <source>New</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="271"/>
        <source>Removed 1 change-log entry.</source>
        <translation>Tog bort 1 post i ändringsloggen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="273"/>
        <source>Removed {count} change-log entries.</source>
        <translation>Tog bort {count} poster i ändringsloggen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="275"/>
        <source>The log is kept for ever.</source>
        <translation>Loggen sparas för alltid.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="277"/>
        <source>The log is kept 1 day.</source>
        <translation>Loggen sparas 1 dag.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="279"/>
        <source>The log is kept {days} days.</source>
        <translation>Loggen sparas {days} dagar.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="95"/>
        <source>If that AMP no longer runs, take the file over with --take-over.</source>
        <translation>Om det AMP:t inte längre körs, ta över filen med --take-over.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="101"/>
        <source>--take-over is refused while that AMP runs on this computer: close the file there first.</source>
        <translation>--take-over nekas medan det AMP:t körs på den här datorn: stäng filen där först.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="178"/>
        <source>--thresholds: give three percentages, idle,tight,short (e.g. 60,90,100).</source>
        <translation>--thresholds: ange tre procenttal, låg,knapp,brist (t.ex. 60,90,100).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="77"/>
        <source>--years must be YYYY or YYYY-YYYY.</source>
        <translation>--years måste vara ÅÅÅÅ eller ÅÅÅÅ-ÅÅÅÅ.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="81"/>
        <source>--years must run forwards, at most 30 years.</source>
        <translation>--years måste gå framåt, högst 30 år.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="110"/>
        <source>--timeout must be more than 0 and at most 600 seconds.</source>
        <translation>--timeout måste vara mer än 0 och högst 600 sekunder.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="81"/>
        <source>--year must be a year such as 2025.</source>
        <extracomment>Spaces a Swede writes between thousands (156 000), the no-break ones too.</extracomment>
        <translation>--year måste vara ett år, t.ex. 2025.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="85"/>
        <source>--population must be a positive number.</source>
        <translation>--population måste vara ett positivt tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="94"/>
        <source>The catalogue cannot be written.</source>
        <translation>Katalogen kan inte skrivas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="107"/>
        <source>Wrote {path}.</source>
        <translation>Skrev {path}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="98"/>
        <location filename="../../amp_desktop/cli/excel.py" line="172"/>
        <source>cannot write {path}: {reason}</source>
        <translation>kan inte skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="179"/>
        <source>Exported 1 programme to {path}.</source>
        <translation>Exporterade 1 insats till {path}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="181"/>
        <source>Exported {count} programmes to {path}.</source>
        <translation>Exporterade {count} insatser till {path}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="99"/>
        <location filename="../../amp_desktop/cli/report.py" line="100"/>
        <source>No such file or directory</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="140"/>
        <source>the catalogue comes first, then the workbook: amp {command} {catalogue} {workbook}</source>
        <extracomment>The endings of a workbook given where the catalogue belongs (``amp export`` writes .xlsx only).</extracomment>
        <translation>katalogen kommer först, sedan arbetsboken: amp {command} {catalogue} {workbook}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="156"/>
        <source>AMP exports Excel workbooks (.xlsx); name the file {name}.</source>
        <translation>AMP exporterar Excel-arbetsböcker (.xlsx); ge filen namnet {name}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="202"/>
        <source>it is a folder, not a file</source>
        <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="205"/>
        <source>cannot read the mapping file {path}: {reason}.</source>
        <translation>kan inte läsa kopplingsfilen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="208"/>
        <source>the mapping file {path} is not JSON (line {line}, column {column}): write it as {{&quot;columns&quot;: {{&quot;Header or column letter&quot;: &quot;field&quot;}}}}.</source>
        <translation>kopplingsfilen {path} är inte JSON (rad {line}, kolumn {column}): skriv den som {{&quot;columns&quot;: {{&quot;Rubrik eller kolumnbokstav&quot;: &quot;fält&quot;}}}}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="215"/>
        <source>the mapping file {path} is not a JSON text file (UTF-8).</source>
        <translation>kopplingsfilen {path} är inte en JSON-textfil (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="218"/>
        <source>the mapping file {path} must hold a JSON object.</source>
        <translation>kopplingsfilen {path} måste innehålla ett JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="227"/>
        <source>{&quot;header or column letter&quot;: &quot;field&quot;}</source>
        <translation>{&quot;rubrik eller kolumnbokstav&quot;: &quot;fält&quot;}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="228"/>
        <source>{&quot;name in the list&quot;: &quot;catalogue name or code&quot;}</source>
        <translation>{&quot;namn i listan&quot;: &quot;insatsens namn eller kod i katalogen&quot;}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="229"/>
        <source>{&quot;exit reason as written&quot;: &quot;category&quot;}</source>
        <translation>{&quot;avslutsorsak som den är skriven&quot;: &quot;kategori&quot;}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="235"/>
        <source>the mapping file {path}: &quot;{part}&quot; must be an object of texts, {shape}.</source>
        <translation>kopplingsfilen {path}: &quot;{part}&quot; måste vara ett objekt av texter, {shape}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="242"/>
        <source>the mapping file {path} names unknown fields: {unknown}. Fields: {fields} (&quot;&quot; ignores a column).</source>
        <translation>kopplingsfilen {path} nämner okända fält: {unknown}. Fält: {fields} (&quot;&quot; hoppar över en kolumn).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="255"/>
        <source>the mapping file {path} names unknown exit-reason categories: {wrong}. Categories: {categories}.</source>
        <translation>kopplingsfilen {path} nämner okända kategorier av avslutsorsaker: {wrong}. Kategorier: {categories}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="314"/>
        <source>the import would create {n} new referral sources; check that the right column is read as the source, then run again with --create-sources.</source>
        <translation>importen skulle skapa {n} nya anvisande parter; kontrollera att rätt kolumn läses som anvisande part och kör sedan igen med --create-sources.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="96"/>
        <source>{path} is a folder; give the PDF file to write.</source>
        <translation>{path} är en mapp; ange PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="114"/>
        <source>AMP writes reports as PDF files (.pdf); name the file {name}.</source>
        <translation>AMP skriver rapporter som PDF-filer (.pdf); ge filen namnet {name}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="135"/>
        <source>Wrote {path} (1 page).</source>
        <translation>Skrev {path} (1 sida).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="137"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Skrev {path} ({pages} sidor).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="68"/>
        <source>amp results shows what happened; a what-if scenario (--scenario) changes only the plan (amp plan, amp report).</source>
        <translation>amp results visar vad som hände; ett vad händer om-scenario (--scenario) ändrar bara planen (amp plan, amp report).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="16"/>
        <source>AMP export</source>
        <translation>AMP-export</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="17"/>
        <source>Programme catalogue</source>
        <translation>Insatskatalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="18"/>
        <source>Referral list</source>
        <translation>Anvisningslista</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="19"/>
        <source>Participant list</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="32"/>
        <source>referrals {month} from {source} ({kind})</source>
        <translation>anvisningar {month} från {source} ({kind})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="37"/>
        <source>referral source {name}</source>
        <translation>anvisande part {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="38"/>
        <source>scenario {name}</source>
        <translation>scenario {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="39"/>
        <source>setting {name}</source>
        <translation>inställning {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="40"/>
        <source>results {name}</source>
        <translation>resultat {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="41"/>
        <source>exit reason {name}</source>
        <translation>avslutsorsak {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/history_text.py" line="45"/>
        <source>1 value</source>
        <extracomment>How the change log writes a mandate (``core/store/mandates.py: mandate_text``): ``bases: income_support, af_agreement#3; decision: KS 1 2024-01-02``. How the change log counts a Kolada import (``core/store/kolada.py: log_entries``).</extracomment>
        <translation>1 värde</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/history_text.py" line="45"/>
        <source>{n} values</source>
        <translation>{n} värden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/history_text.py" line="46"/>
        <source>1 KPI</source>
        <translation>1 nyckeltal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/history_text.py" line="46"/>
        <source>{n} KPIs</source>
        <translation>{n} nyckeltal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/history_text.py" line="63"/>
        <location filename="../../amp_desktop/cli/import_report.py" line="42"/>
        <source>agreement {name}</source>
        <translation>avtal {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="43"/>
        <source>Kolada {name}</source>
        <translation>Kolada {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="52"/>
        <source>mandate (legal bases, board decision)</source>
        <translation>mandat (rättslig grund, nämndbeslut)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="83"/>
        <source>1 row</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="83"/>
        <source>{n} rows</source>
        <translation>{n} rader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="107"/>
        <source>Nothing was written.</source>
        <translation>Inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="109"/>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="111"/>
        <source>Applied as one change.</source>
        <translation>Genomfört som en ändring.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="113"/>
        <source>No changes.</source>
        <translation>Inga ändringar.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="158"/>
        <source>results for 1 programme</source>
        <translation>resultat för 1 insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="159"/>
        <source>results for {n} programmes</source>
        <translation>resultat för {n} insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="139"/>
        <location filename="../../amp_desktop/cli/import_report.py" line="161"/>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="69"/>
        <source>{start}… ({n} characters)</source>
        <extracomment>The longest value a change line writes whole (a note may hold 30,000 characters).</extracomment>
        <translation>{start}… ({n} tecken)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="124"/>
        <source>{kind}, sheet “{sheet}”, header row {row}: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged, {conflicts}, {problems}.</source>
        <translation>{kind}, bladet ”{sheet}”, rubrikrad {row}: {added} tillagda, {changed} ändrade, {removed} borttagna, {unchanged} oförändrade, {conflicts}, {problems}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="137"/>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="137"/>
        <source>{n} conflicts</source>
        <translation>{n} konflikter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="139"/>
        <location filename="../../amp_desktop/cli/import_report.py" line="161"/>
        <source>{n} problems</source>
        <translation>{n} problem</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="162"/>
        <source>1 note</source>
        <translation>1 anmärkning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="162"/>
        <source>{n} notes</source>
        <translation>{n} anmärkningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="176"/>
        <source>question: {question}</source>
        <translation>fråga: {question}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="180"/>
        <source>{name}: participants {p0} → {p1}, starts {s0} → {s1}, exits {e0} → {e1}</source>
        <translation>{name}: deltagare {p0} → {p1}, påbörjade {s0} → {s1}, avslut {e0} → {e1}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="220"/>
        <source>{name}: {field}: exported {exported}, AMP now {amp}, workbook {workbook}</source>
        <translation>{name}: {field}: exporterat {exported}, AMP nu {amp}, arbetsboken {workbook}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="252"/>
        <source>{name}: referrals {month} {source}: {n}: {verb}</source>
        <extracomment>Cells a referral list lacks listed one by one; the rest are counted.</extracomment>
        <translation>{name}: anvisningar {month} {source}: {n}: {verb}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="265"/>
        <source>… and {n} more cells</source>
        <translation>… och {n} celler till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="194"/>
        <source>exit reason to map: “{wording}” ({rows})</source>
        <translation>avslutsorsak att koppla: ”{wording}” ({rows})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="150"/>
        <source>{kind}, sheet “{sheet}”, header row {row}: {scope}, {problems}, {notes}.</source>
        <translation>{kind}, bladet ”{sheet}”, rubrikrad {row}: {scope}, {problems}, {notes}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="174"/>
        <source>skipped: {row}</source>
        <translation>hoppade över: {row}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="209"/>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="211"/>
        <source>missing from the workbook (kept)</source>
        <translation>saknas i arbetsboken (behålls)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="217"/>
        <source>agreement {label}: {verb}</source>
        <translation>avtal {label}: {verb}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="234"/>
        <source>new referral source: {source}</source>
        <translation>ny anvisande part: {source}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="237"/>
        <source>problem: {problem}</source>
        <translation>problem: {problem}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/import_report.py" line="239"/>
        <source>note: {problem}</source>
        <translation>obs: {problem}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/__init__.py" line="75"/>
        <source>(see {command} --help)</source>
        <translation>(se {command} --help)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/interrupts.py" line="70"/>
        <source>Ctrl-C came after the change was written: it is kept, and the file is whole.</source>
        <translation>Ctrl-C kom efter att ändringen skrivits: den behålls, och filen är hel.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../amp_desktop/cli/__init__.py" line="54"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/__init__.py" line="66"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/__init__.py" line="67"/>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/__init__.py" line="70"/>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/__init__.py" line="82"/>
        <source>AMP: the programme catalogue of a labour-market unit.</source>
        <translation>AMP: insatskatalogen för en arbetsmarknadsenhet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/__init__.py" line="88"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="23"/>
        <source>mandate, decision, goal, places, cost and results per programme, with checks</source>
        <translation>mandat, beslut, mål, platser, kostnad och resultat per insats, med kontroller</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="27"/>
        <source>Per programme: do places match need, what a place costs, the share to work or studies against the goal (women and men apart), primary and secondary and need levels apart, the legal basis and the board decision — and the checks that fail. The period is the current calendar year unless given. The JSON is described in docs/audit-json.md.</source>
        <translation>Per insats: motsvarar platserna behovet, vad en plats kostar, andelen till arbete eller studier mot målet (kvinnor och män för sig), primär och sekundär och bedömningsnivåer för sig, den rättsliga grunden och nämndbeslutet — och de kontroller som inte går igenom. Perioden är innevarande kalenderår om ingen anges. JSON-formatet beskrivs i docs/audit-json.md.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="36"/>
        <location filename="../../amp_desktop/cli/catalogue.py" line="41"/>
        <location filename="../../amp_desktop/cli/catalogue.py" line="46"/>
        <location filename="../../amp_desktop/cli/catalogue.py" line="59"/>
        <location filename="../../amp_desktop/cli/excel.py" line="21"/>
        <location filename="../../amp_desktop/cli/excel.py" line="48"/>
        <location filename="../../amp_desktop/cli/kolada.py" line="37"/>
        <location filename="../../amp_desktop/cli/kolada.py" line="44"/>
        <location filename="../../amp_desktop/cli/plan.py" line="46"/>
        <location filename="../../amp_desktop/cli/report.py" line="36"/>
        <location filename="../../amp_desktop/cli/results.py" line="45"/>
        <location filename="../../amp_desktop/cli/yearly.py" line="31"/>
        <source>the catalogue (.amp)</source>
        <translation>katalogen (.amp)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="132"/>
        <source>first month</source>
        <translation>första månaden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="135"/>
        <source>last month</source>
        <translation>sista månaden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="137"/>
        <source>a calendar year</source>
        <translation>ett kalenderår</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="139"/>
        <source>a tertial, e.g. 2026-T1</source>
        <translation>ett tertial, t.ex. 2026-T1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="157"/>
        <source>planning status limits in percent of places: idle below, tight above, short above (default 60,90,100; the window&apos;s are set in Preferences)</source>
        <translation>gränser för planeringsstatus i procent av platserna: låg beläggning under, knappt över, brist över (standard 60,90,100; fönstrets ställs in under Inställningar)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/audit.py" line="38"/>
        <location filename="../../amp_desktop/cli/catalogue.py" line="42"/>
        <location filename="../../amp_desktop/cli/catalogue.py" line="52"/>
        <location filename="../../amp_desktop/cli/catalogue.py" line="70"/>
        <location filename="../../amp_desktop/cli/plan.py" line="49"/>
        <location filename="../../amp_desktop/cli/results.py" line="61"/>
        <location filename="../../amp_desktop/cli/yearly.py" line="49"/>
        <source>print JSON</source>
        <translation>skriv ut JSON</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="27"/>
        <source>create a catalogue file</source>
        <translation>skapa en katalogfil</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="29"/>
        <source>the catalogue file to create (.amp is added if missing)</source>
        <translation>katalogfilen som ska skapas (.amp läggs till om det saknas)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="34"/>
        <source>fill it with the example catalogue (Västerås 2021)</source>
        <translation>fyll den med exempelkatalogen (Västerås 2021)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="39"/>
        <source>list the programmes of a catalogue</source>
        <translation>lista en katalogs insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="45"/>
        <source>show one programme</source>
        <translation>visa en insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="50"/>
        <source>the programme&apos;s name, short code or id</source>
        <translation>insatsens namn, kortkod eller id</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="57"/>
        <source>show the change log, or purge it / set how long it is kept</source>
        <translation>visa ändringsloggen, eller rensa den / ange hur länge den sparas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="61"/>
        <source>only this programme</source>
        <translation>bara den här insatsen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="68"/>
        <source>entries shown (default 50)</source>
        <translation>antal poster som visas (standard 50)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="74"/>
        <source>remove the entries of actions before this day</source>
        <translation>ta bort posterna för åtgärder före den här dagen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="81"/>
        <source>keep the log N days from now on</source>
        <translation>spara loggen N dagar från och med nu</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="84"/>
        <source>keep the log for ever</source>
        <translation>spara loggen för alltid</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="19"/>
        <source>write the catalogue to an Excel workbook</source>
        <translation>skriv katalogen till en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="27"/>
        <source>first month of demand</source>
        <translation>första månaden med efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="30"/>
        <source>last month of demand</source>
        <translation>sista månaden med efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="36"/>
        <source>import a workbook: our export, a programme sheet, a referral list or a participant list</source>
        <translation>importera en arbetsbok: vår export, en insatslista, en anvisningslista eller en deltagarlista</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="41"/>
        <source>Exit status: 0 applied (or a clean dry run), 1 problems found and nothing written, 2 unreadable file, 3 the catalogue is held by another AMP or program, 130 stopped with Ctrl-C before anything was written.</source>
        <translation>Slutstatus: 0 genomfört (eller en provkörning utan fel), 1 problem hittade och inget skrivet, 2 oläsbar fil, 3 katalogen hålls av en annan AMP eller ett annat program, 130 avbrutet med Ctrl-C innan något skrevs.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="50"/>
        <source>the workbook to read</source>
        <translation>arbetsboken som ska läsas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="55"/>
        <source>show what would change, write nothing</source>
        <translation>visa vad som skulle ändras, skriv ingenting</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="59"/>
        <source>print the result as JSON</source>
        <translation>skriv ut resultatet som JSON</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="64"/>
        <source>remove programmes and agreements missing from the workbook, or the referrals of a referral list&apos;s months and sources that it does not hold</source>
        <translation>ta bort insatser och avtal som saknas i arbetsboken, eller de anvisningar i en anvisningslistas månader och från dess anvisande parter som listan inte har</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="73"/>
        <source>kind of workbook (recognised from its columns when left out)</source>
        <translation>typ av arbetsbok (känns igen på kolumnerna när den inte anges)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="78"/>
        <source>columns to fields, {&quot;columns&quot;: {&quot;Header or letter&quot;: &quot;field&quot;}, &quot;programmes&quot;: {&quot;name in the list&quot;: &quot;catalogue name or code&quot;}, &quot;reasons&quot;: {&quot;exit reason as written&quot;: &quot;category&quot;}} (reasons: participant lists)</source>
        <translation>kolumner till fält, {&quot;columns&quot;: {&quot;Rubrik eller bokstav&quot;: &quot;fält&quot;}, &quot;programmes&quot;: {&quot;namn i listan&quot;: &quot;insatsens namn eller kod i katalogen&quot;}, &quot;reasons&quot;: {&quot;avslutsorsak som den är skriven&quot;: &quot;kategori&quot;}} (reasons: deltagarlistor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="88"/>
        <source>allow an import that creates more than 10 new referral sources (without it such an import stops, so a wrong column cannot create hundreds)</source>
        <translation>tillåt en import som skapar fler än 10 nya anvisande parter (utan den stannar en sådan import, så att en fel kolumn inte kan skapa hundratals)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="98"/>
        <source>what to do with fields changed both in AMP and in the workbook (default: stop)</source>
        <translation>vad som görs med fält ändrade både i AMP och i arbetsboken (standard: stop)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="106"/>
        <source>participant lists: replace every month the list reaches, also the months it seems to hold only in part (a corrected list you know to be whole)</source>
        <translation>deltagarlistor: ersätt varje månad som listan når, även de månader den verkar ha bara en del av (en rättad lista som du vet är hel)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="25"/>
        <source>Kolada&apos;s published values, for comparing the yearly figures</source>
        <translation>Koladas publicerade värden, för att jämföra årets nyckeltal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="26"/>
        <source>Store Kolada&apos;s published values in the catalogue (public statistics, no personal data), from a file saved from Kolada or fetched from its API (v3). Källa: Kolada.</source>
        <translation>Spara Koladas publicerade värden i katalogen (offentlig statistik, inga personuppgifter), från en fil sparad från Kolada eller hämtade från dess API (v3). Källa: Kolada.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="35"/>
        <source>read a JSON answer or CSV export saved from Kolada</source>
        <translation>läs ett JSON-svar eller en CSV-export sparad från Kolada</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="42"/>
        <source>fetch from Kolada&apos;s API (needs the internet)</source>
        <translation>hämta från Koladas API (kräver internet)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="49"/>
        <source>SCB code, e.g. 1980</source>
        <translation>SCB-kod, t.ex. 1980</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="52"/>
        <source>years (default: the last seven)</source>
        <translation>år (standard: de senaste sju)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="58"/>
        <source>Kolada&apos;s v3 address</source>
        <translation>Koladas v3-adress</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="64"/>
        <source>seconds to wait for an answer</source>
        <translation>sekunder att vänta på svar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="38"/>
        <source>places against referral demand for a period</source>
        <translation>platser mot efterfrågan på anvisningar för en period</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="39"/>
        <source>Places needed from referral demand, per programme and in total. The period is the current calendar year unless given. The JSON is described in docs/plan-json.md.</source>
        <translation>Behövda platser utifrån efterfrågan på anvisningar, per insats och totalt. Perioden är innevarande kalenderår om ingen anges. JSON-formatet beskrivs i docs/plan-json.md.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="25"/>
        <source>write the capacity overview, the catalogue list, the results, the audit or the yearly figures as a PDF</source>
        <translation>skriv kapacitetsöversikten, katalogförteckningen, resultaten, granskningen eller årets nyckeltal som PDF</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="30"/>
        <source>Write a printable report as a PDF (A4 landscape). The overview plans the period given, the current calendar year by default, exactly as amp plan does.</source>
        <translation>Skriv en utskrivbar rapport som PDF (A4 liggande). Översikten planerar den angivna perioden, som standard innevarande kalenderår, precis som amp plan gör.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="38"/>
        <source>the PDF to write</source>
        <translation>PDF-filen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="44"/>
        <source>overview (capacity overview, default), catalogue (catalogue list), results (results per programme from the imported participant lists), audit (what the auditors ask per programme: places, cost, results, mandate, decision) or yearly (the year&apos;s figures for SKR&apos;s survey, compared with Kolada)</source>
        <translation>overview (kapacitetsöversikt, standard), catalogue (katalogförteckning), results (resultat per insats från de importerade deltagarlistorna), audit (det revisorerna frågar per insats: platser, kostnad, resultat, mandat, beslut) eller yearly (årets nyckeltal till SKR:s enkät, jämförda med Kolada)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="55"/>
        <source>municipality named in the title</source>
        <translation>kommunen som nämns i rubriken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="57"/>
        <source>unit named in the title</source>
        <translation>enheten som nämns i rubriken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="59"/>
        <source>language of the report</source>
        <translation>rapportens språk</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="64"/>
        <source>results: print small counts exactly, for internal use (by default counts of 1-4 are shown as &lt;5 and what would give them away is hidden)</source>
        <translation>results: skriv små antal exakt, för internt bruk (som standard visas antal 1–4 som &lt;5 och det som skulle avslöja dem döljs)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="33"/>
        <source>participants, exits and the share to work or studies per programme</source>
        <translation>deltagare, avslut och andelen till arbete eller studier per insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="36"/>
        <source>Results per programme from the imported participant lists: participants, starts, exits by reason, the share to work or studies (women and men apart), stays, occupancy and cost per result. The period is the current calendar year unless given. The JSON is described in docs/results-json.md.</source>
        <translation>Resultat per insats från de importerade deltagarlistorna: deltagare, påbörjade, avslut per orsak, andelen till arbete eller studier (kvinnor och män för sig), tid i insats, beläggning och kostnad per resultat. Perioden är innevarande kalenderår om ingen anges. JSON-formatet beskrivs i docs/results-json.md.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="49"/>
        <source>only the programmes of this unit</source>
        <translation>bara den här enhetens insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="51"/>
        <source>only this type</source>
        <translation>bara den här typen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="56"/>
        <source>only this need level</source>
        <translation>bara den här bedömningsnivån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="59"/>
        <source>only women (K) or men (M)</source>
        <translation>bara kvinnor (K) eller män (M)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="22"/>
        <source>the year&apos;s figures for SKR&apos;s survey, compared with Kolada</source>
        <translation>årets uppgifter till SKR:s enkät, jämförda med Kolada</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="23"/>
        <source>The year&apos;s labour-market figures (persons, referrals by initiator, exits by category, the share to work or studies U40455, stay at exit, gross cost) from the catalogue, its results and its demand, beside the Kolada values stored in it (amp kolada fetch/import). The JSON is described in docs/yearly-json.md.</source>
        <translation>Årets arbetsmarknadsuppgifter (personer, anvisningar per initiativtagare, avslut per kategori, andelen till arbete eller studier U40455, tid i insats vid avslut, bruttokostnad) från katalogen, dess resultat och dess efterfrågan, bredvid de Koladavärden som sparats i den (amp kolada fetch/import). JSON-formatet beskrivs i docs/yearly-json.md.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="37"/>
        <source>the municipality&apos;s SCB code (e.g. 1980); remembered in the catalogue</source>
        <translation>kommunens SCB-kod (t.ex. 1980); sparas i katalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="45"/>
        <source>the municipality&apos;s inhabitants (for cost per inhabitant); remembered</source>
        <translation>kommunens invånarantal (för kostnad per invånare); sparas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="51"/>
        <source>language of titles and notes</source>
        <translation>språk för rubriker och noter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="54"/>
        <source>write the survey sheet</source>
        <translation>skriv enkätbladet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="59"/>
        <source>exact counts in the sheet (small counts are otherwise hidden as &lt;5)</source>
        <translation>exakta antal i bladet (små antal döljs annars som &lt;5)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="64"/>
        <source>take the catalogue over from an AMP that left it locked (another computer, or one that crashed); refused if that AMP runs on this computer</source>
        <translation>ta över katalogen från en AMP som lämnade den låst (en annan dator, eller en som kraschade); nekas om den AMP:n körs på den här datorn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="145"/>
        <source>apply a saved what-if scenario</source>
        <translation>använd ett sparat vad händer om-scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="15"/>
        <source>the following arguments are required: {names}</source>
        <translation>följande argument måste anges: {names}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="19"/>
        <source>unrecognized arguments: {arguments}</source>
        <translation>okända argument: {arguments}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="23"/>
        <source>one of the arguments {names} is required</source>
        <translation>ett av argumenten {names} måste anges</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="27"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>tvetydig flagga: {option} kan vara {matches}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="33"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ogiltigt val: {value} (välj bland {choices})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="39"/>
        <source>invalid value: {value}</source>
        <translation>ogiltigt värde: {value}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="43"/>
        <source>expected one argument</source>
        <translation>ett värde behövs</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="47"/>
        <source>expected {n} arguments</source>
        <translation>{n} värden behövs</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="51"/>
        <source>not allowed with argument {name}</source>
        <translation>går inte tillsammans med {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="55"/>
        <source>ignored explicit argument {value}</source>
        <translation>värdet {value} tas inte emot</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/argparse_words.py" line="94"/>
        <source>argument {name}: {message}</source>
        <extracomment>What follows &quot;argument NAME: &quot;.</extracomment>
        <translation>argumentet {name}: {message}</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../amp_desktop/ui/yearly/chart.py" line="112"/>
        <location filename="../../amp_desktop/ui/yearly/chart.py" line="162"/>
        <source>Chart of the figure selected</source>
        <extracomment>Pixels of the chart that are not its plot: the legend beside it, the value axis. Pixels between two year labels.</extracomment>
        <translation>Diagram över det valda nyckeltalet</translation>
    </message>
</context>
<context>
    <name>ComparisonSummary</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="264"/>
        <source>No programme differs.</source>
        <translation>Ingen insats skiljer sig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="266"/>
        <source>No programme differs, so all are shown.</source>
        <translation>Ingen insats skiljer sig, så alla visas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="268"/>
        <source>1 programme differs.</source>
        <translation>1 insats skiljer sig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="270"/>
        <source>{n} programmes differ.</source>
        <translation>{n} insatser skiljer sig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="273"/>
        <source>All programmes: places {lp} → {rp}, needed {ln} → {rn}, utilisation {lu} → {ru}.</source>
        <translation>Alla insatser: platser {lp} → {rp}, behov {ln} → {rn}, beläggning {lu} → {ru}.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="83"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="84"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="85"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="86"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="87"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="88"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="89"/>
        <source>Main</source>
        <translation>Huvudsaklig</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="90"/>
        <source>Fallback</source>
        <translation>Reserv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="91"/>
        <source>Work trial/training</source>
        <translation>Arbetsprövning/-träning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="92"/>
        <source>Job search/coaching</source>
        <translation>Jobbsökaraktivitet/coachning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="93"/>
        <source>Orientation/guidance course</source>
        <translation>Orienterings- eller vägledningskurs</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="94"/>
        <source>Matching</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="95"/>
        <source>Placement with a public employer</source>
        <translation>Praktik hos offentlig arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="96"/>
        <source>Study/vocational guidance</source>
        <translation>Studie- och yrkesvägledning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="97"/>
        <source>Municipal labour-market employment</source>
        <translation>Kommunal arbetsmarknadsanställning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="98"/>
        <source>Summer jobs</source>
        <translation>Feriejobb/-praktik</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="99"/>
        <source>Mapping of prior skills</source>
        <translation>Kartläggning av tidigare förvärvad kompetens</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="100"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="101"/>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="102"/>
        <source>The person themself</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="103"/>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="104"/>
        <source>Arbetsförmedlingen with social services</source>
        <translation>Arbetsförmedlingen tillsammans med socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="105"/>
        <source>Other</source>
        <translation>Övriga</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="25"/>
        <source>No such file or directory</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="26"/>
        <source>Permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="27"/>
        <source>Operation not permitted</source>
        <translation>åtgärden är inte tillåten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="28"/>
        <source>No space left on device</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="29"/>
        <source>Read-only file system</source>
        <translation>filsystemet är skrivskyddat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="30"/>
        <source>Is a directory</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="51"/>
        <source>the file is not a database</source>
        <translation>filen är ingen databas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="53"/>
        <source>the database in it is damaged</source>
        <translation>databasen i den är skadad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="55"/>
        <source>another program is writing to it</source>
        <translation>ett annat program skriver i den</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="57"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="59"/>
        <source>the disk could not be read or written</source>
        <translation>det gick inte att läsa från eller skriva till disken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/errors.py" line="61"/>
        <source>the file is read-only</source>
        <translation>filen är skrivskyddad</translation>
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
        <location filename="../../amp_desktop/core/excel/demand.py" line="56"/>
        <source>the month {month} is not between 1990 and 2100; the column was not read.</source>
        <extracomment>The months a demand cell may be for (the store&apos;s rule; a referral list&apos;s dates too).</extracomment>
        <translation>månaden {month} ligger inte mellan 1990 och 2100; kolumnen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="67"/>
        <source>the month {month} is also the header of column {column}; neither column was read and AMP keeps its values for {month}.</source>
        <translation>månaden {month} är också rubrik för kolumn {column}; ingen av kolumnerna lästes och AMP behåller sina värden för {month}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="87"/>
        <source>Referrals: expected a number of 0 or more.</source>
        <translation>Anvisningar: ett tal som är 0 eller mer förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="145"/>
        <source>Reading the sheet {sheet}…</source>
        <translation>Läser fliken {sheet}…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="196"/>
        <source>the programme of this row is not in the catalogue or the workbook.</source>
        <translation>radens insats finns inte i katalogen eller arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="208"/>
        <source>Kind: write Actual or Forecast.</source>
        <translation>Slag: skriv Utfall eller Prognos.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="218"/>
        <source>{reason} The row was not read.</source>
        <translation>{reason} Raden lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="244"/>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="154"/>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="124"/>
        <source>the cell holds a formula ({formula}); it was not used.</source>
        <translation>cellen innehåller en formel ({formula}); den användes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand_compare.py" line="262"/>
        <source>row {row} has another number for the same programme, source, kind and month; neither row was read and AMP keeps its values.</source>
        <extracomment>A row that could not be read: what is known of it (None = not known). Programmes whose current demand is read at once (240 rows a programme-year; a hundred at once held 70 MB of rows at a county&apos;s ten years). Per programme not finished: ``{(source, kind): (first row, [(row, values)])}``. The differences: (programme, source, kind, month), now, workbook, exported, and whether a row whose programme was not read may be the one that held it.</extracomment>
        <translation>rad {row} har ett annat tal för samma insats, anvisande part, slag och månad; ingen av raderna lästes och AMP behåller sina värden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/demand.py" line="293"/>
        <source>“{name}” was deleted in AMP since the export; the edits in this row were not imported.</source>
        <translation>”{name}” har tagits bort i AMP sedan exporten; ändringarna på den här raden importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="132"/>
        <location filename="../../amp_desktop/core/excel/mandate_sheets_export.py" line="101"/>
        <source>The {field} of “{programme}”</source>
        <extracomment>Month columns the Demand sheet has room for (a sheet has 16,384 columns).</extracomment>
        <translation>Fältet {field} för insatsen ”{programme}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="175"/>
        <source>The demand runs from {first} to {last}, {n} months, but a sheet has room for {most} month columns. Export a shorter period.</source>
        <translation>Anvisningarna sträcker sig från {first} till {last}, {n} månader, men ett blad rymmer {most} månadskolumner. Exportera en kortare period.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="279"/>
        <source>{path} is a folder; choose a file name for the workbook.</source>
        <translation>{path} är en mapp; välj ett filnamn för arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="284"/>
        <source>{path} is not an Excel workbook (it may be an AMP catalogue or another document); AMP does not replace it. Choose another file name.</source>
        <translation>{path} är inte en Excel-arbetsbok (det kan vara en AMP-katalog eller ett annat dokument); AMP ersätter den inte. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="374"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="375"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="376"/>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="377"/>
        <source>Demand from</source>
        <translation>Efterfrågan från</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="378"/>
        <source>Demand to</source>
        <translation>Efterfrågan till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="379"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/export.py" line="388"/>
        <source>Edit the Programmes and Demand sheets and import the workbook in AMP. Do not change the hidden AMP id column.</source>
        <translation>Redigera bladen Insatser och Anvisningar och importera arbetsboken i AMP. Ändra inte den dolda kolumnen AMP-id.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/importer.py" line="95"/>
        <source>{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources, or Date and Programme).</source>
        <translation>{name}: inget blad har en rubrikrad som AMP känner igen (som Namn, Platser, Anvisande parter, eller Datum och Insats).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/importer.py" line="239"/>
        <source>{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources).</source>
        <translation>{name}: inget blad har en rubrikrad som AMP känner igen (som Namn, Platser, Anvisande parter).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="212"/>
        <source>Columns not read (AMP does not know their titles; choose an AMP field for them): {columns}.</source>
        <translation>Kolumner som inte lästes (AMP känner inte igen rubrikerna; välj ett AMP-fält för dem): {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="47"/>
        <source>the name cell says only “{text}”, which names no programme; the row was skipped (write the programme&apos;s name in it to import it).</source>
        <extracomment>What a table writes in a cell it has nothing for.</extracomment>
        <translation>namncellen innehåller bara ”{text}”, som inte anger någon insats; raden hoppades över (skriv insatsens namn i den för att importera den).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="142"/>
        <source>the cell is empty; the programme keeps its {places} places (write 0 if it has none).</source>
        <extracomment>The cells of a foreign sheet left empty on a programme AMP has: the sheet does not state that field, so the programme keeps its value. Those of them where the programme has a value (which the cell did not clear). The kronor each amount of a column stands for (&quot;Budget (tkr)&quot;: 1,000).</extracomment>
        <translation>cellen är tom; insatsen behåller sina {places} platser (skriv 0 om den inte har några).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="166"/>
        <source>{message} The cell says “{text}”.</source>
        <translation>{message} I cellen står ”{text}”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="232"/>
        <source>Of them, 1 empty cell is where the catalogue has a value, which it keeps ({cells}); to clear it, edit the programme in AMP.</source>
        <translation>Av dem är 1 tom cell där katalogen har ett värde, som den behåller ({cells}); redigera insatsen i AMP för att tömma det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="238"/>
        <source>Of them, {n} empty cells are where the catalogue has values, which it keeps ({cells}); to clear them, edit the programmes in AMP.</source>
        <translation>Av dem är {n} tomma celler där katalogen har värden, som den behåller ({cells}); redigera insatserna i AMP för att tömma dem.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="258"/>
        <source>Column {column} (“{title}”) names both kronor and thousands of kronor: its amounts were read as kronor (write kr or tkr alone in the title to say which).</source>
        <translation>Kolumn {column} (”{title}”) anger både kronor och tusentals kronor: dess belopp lästes som kronor (skriv bara kr eller tkr i rubriken för att säga vilket).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="267"/>
        <source>Column {column} (“{title}”) is in thousands of kronor: its amounts were multiplied by {factor}.</source>
        <translation>Kolumn {column} (”{title}”) är i tusentals kronor: dess belopp multiplicerades med {factor}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="273"/>
        <source>Column {column} (“{title}”) is in millions of kronor: its amounts were multiplied by {factor}.</source>
        <translation>Kolumn {column} (”{title}”) är i miljoner kronor: dess belopp multiplicerades med {factor}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="79"/>
        <source>The workbook was exported from another catalogue; programmes are matched by name.</source>
        <translation>Arbetsboken exporterades från en annan katalog; insatserna matchas på namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="97"/>
        <source>no column holds the programmes&apos; names.</source>
        <translation>ingen kolumn innehåller insatsernas namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="119"/>
        <source>the header row again; it was skipped.</source>
        <translation>rubrikraden en gång till; den hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="159"/>
        <source>only a name and no other cell: a heading or a note, not a programme; it was skipped (fill in another of its cells to import it).</source>
        <translation>bara ett namn och ingen annan cell: en rubrik eller en anteckning, inte en insats; raden hoppades över (fyll i en annan av dess celler för att importera den).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="171"/>
        <source>“{name}” has the short code “{code}”, which is “{other}”&apos;s; this row was skipped.</source>
        <translation>”{name}” har kortkoden ”{code}”, som är ”{other}”s; raden hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="187"/>
        <source>“{name}” has the AMP id {id}, which is “{other}”&apos;s; this row was skipped.</source>
        <translation>”{name}” har AMP-id {id}, som är ”{other}”s; raden hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="195"/>
        <source>“{name}” appears twice in the workbook; this row was skipped.</source>
        <translation>”{name}” finns två gånger i arbetsboken; raden hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="229"/>
        <source>another row already has the name “{name}”.</source>
        <translation>en annan rad har redan namnet ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="273"/>
        <source>1 totals row was skipped: {rows}.</source>
        <translation>1 summeringsrad hoppades över: {rows}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="275"/>
        <source>{n} totals rows were skipped: {rows}.</source>
        <translation>{n} summeringsrader hoppades över: {rows}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="218"/>
        <source>1 empty cell was left as it was: the catalogue keeps its value ({cells}).</source>
        <translation>1 tom cell lämnades som den var: katalogen behåller sitt värde ({cells}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_rows.py" line="222"/>
        <source>{n} empty cells were left as they were: the catalogue keeps its values ({cells}).</source>
        <translation>{n} tomma celler lämnades som de var: katalogen behåller sina värden ({cells}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="303"/>
        <source>1 referral source was not created ({reason}); the programmes&apos; links to it were left out.</source>
        <translation>1 anvisande part skapades inte ({reason}); insatsernas kopplingar till den togs bort.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programmes.py" line="309"/>
        <source>{n} referral sources were not created ({reason}); the programmes&apos; links to them were left out.</source>
        <translation>{n} anvisande parter skapades inte ({reason}); insatsernas kopplingar till dem togs bort.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_columns.py" line="25"/>
        <source>Column “{header}” was not read: only AMP&apos;s own export of this catalogue matches programmes by AMP&apos;s id; these rows are matched by name or short code.</source>
        <translation>Kolumnen ”{header}” lästes inte: bara AMP:s egen export av den här katalogen matchar insatser med AMP:s id; raderna matchas med namn eller kortkod.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/import_rules.py" line="32"/>
        <source>{message} The row was not imported.</source>
        <translation>{message} Raden importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/programme_columns.py" line="44"/>
        <source>this column holds personal identity numbers: the sheet looks like a list of referrals, and nothing from it was read as programmes.</source>
        <translation>kolumnen innehåller personnummer: bladet ser ut som en lista med anvisningar, och inget i det lästes som insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="77"/>
        <source>Date: the cell is empty.</source>
        <translation>Datum: cellen är tom.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_sheets.py" line="64"/>
        <source>{name}: no sheet has a header row with Date, Programme and Source.</source>
        <translation>{name}: inget blad har en rubrikrad med Datum, Insats och Anvisande part.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_sheets.py" line="113"/>
        <source>this sheet is a referral list too, but AMP reads one sheet (“{sheet}”): put every referral in one sheet, or delete the sheets not to be read.</source>
        <extracomment>The other sheets looked at for the same list: a year split by month has 12 (each costs its head&apos;s read; a workbook of 500 sheets must not cost 500 — #11 item 16).</extracomment>
        <translation>även det här bladet är en anvisningslista, men AMP läser ett blad (”{sheet}”): lägg alla anvisningar i ett blad, eller ta bort de blad som inte ska läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_sheets.py" line="124"/>
        <source>Sheet “{sheet}” is hidden in the workbook and is a referral list too; it was not read.</source>
        <translation>Bladet ”{sheet}” är dolt i arbetsboken och är också en anvisningslista; det lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="136"/>
        <source>map a column to Date and one to Programme.</source>
        <translation>koppla en kolumn till Datum och en till Insats.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="87"/>
        <source>Date: a referral&apos;s date must be between 1990 and 2100.</source>
        <translation>Datum: en anvisnings datum måste ligga mellan 1990 och 2100.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="138"/>
        <source>the list has no column with the referral&apos;s date ({birth} is a date of birth: personal data, never a referral date). Map the column that holds the date of each referral to Date.</source>
        <translation>listan har ingen kolumn med anvisningens datum ({birth} är ett födelsedatum: personuppgifter, aldrig ett anvisningsdatum). Koppla kolumnen med varje anvisnings datum till Datum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="152"/>
        <source>Column {col} ({header}) holds names; it was not read.</source>
        <translation>Kolumn {col} ({header}) innehåller namn; den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="156"/>
        <source>Column {col} ({header}) holds dates of birth: personal data, never a referral date; it was not read.</source>
        <translation>Kolumn {col} ({header}) innehåller födelsedatum: personuppgifter, aldrig ett anvisningsdatum; den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="162"/>
        <source>Column {col} ({header}) holds contact details; it was not read.</source>
        <translation>Kolumn {col} ({header}) innehåller kontaktuppgifter; den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="388"/>
        <source>1 referral counted into 1 monthly cell.</source>
        <translation>1 anvisning räknades in i 1 månadscell.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="390"/>
        <source>{n} referrals counted into 1 monthly cell.</source>
        <translation>{n} anvisningar räknades in i 1 månadscell.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="392"/>
        <source>1 referral counted into {cells} monthly cells.</source>
        <translation>1 anvisning räknades in i {cells} månadsceller.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_columns.py" line="55"/>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="192"/>
        <source>this column holds personal identity numbers and cannot be imported as {field}.</source>
        <translation>kolumnen innehåller personnummer och kan inte importeras som {field}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="197"/>
        <source>this column holds personal data ({header}) and cannot be imported as {field}.</source>
        <translation>kolumnen innehåller personuppgifter ({header}) och kan inte importeras som {field}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="254"/>
        <source>Counting the referrals…</source>
        <translation>Räknar anvisningarna…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="165"/>
        <source>Column {col} ({header}) holds personal identity numbers; they were dropped and are not stored.</source>
        <translation>Kolumn {col} ({header}) innehåller personnummer; de togs bort och sparas inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="49"/>
        <source>Column {col} ({header}) says how many referrals each row stands for.</source>
        <extracomment>The columns a referral is counted by: a formula in one of them drops the row. Headers of a column saying how many referrals a row stands for.</extracomment>
        <translation>Kolumn {col} ({header}) anger hur många anvisningar varje rad står för.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="64"/>
        <source>Count: the cell is empty.</source>
        <translation>Antal: cellen är tom.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="70"/>
        <source>Count: the cell does not hold a number.</source>
        <translation>Antal: cellen innehåller inget tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="72"/>
        <source>Count: the number of referrals must be a whole number of 0 or more.</source>
        <translation>Antal: antalet anvisningar måste vara ett heltal, 0 eller större.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="133"/>
        <source>1 more cell holds a formula; it was not used.</source>
        <translation>1 cell till innehåller en formel; den användes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="135"/>
        <source>{n} more cells hold formulas; they were not used.</source>
        <translation>{n} celler till innehåller formler; de användes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="193"/>
        <source>1 more date could not be read.</source>
        <translation>Ytterligare 1 datum kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="194"/>
        <source>{n} more dates could not be read.</source>
        <translation>Ytterligare {n} datum kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="214"/>
        <source>“{name}” (1 referral) is not a programme in the catalogue; map it to one.</source>
        <translation>”{name}” (1 anvisning) är ingen insats i katalogen; koppla den till en.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="219"/>
        <source>“{name}” ({n} referrals) is not a programme in the catalogue; map it to one.</source>
        <translation>”{name}” ({n} anvisningar) är ingen insats i katalogen; koppla den till en.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="228"/>
        <source>1 more programme name is not in the catalogue.</source>
        <translation>1 insatsnamn till finns inte i katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="229"/>
        <source>{n} more programme names are not in the catalogue.</source>
        <translation>{n} insatsnamn till finns inte i katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="238"/>
        <source>{reason} The referrals with this source were not counted.</source>
        <translation>{reason} Anvisningarna från den här parten räknades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="244"/>
        <source>1 more source could not be read; its referrals were not counted.</source>
        <translation>1 anvisande part till kunde inte läsas; dess anvisningar räknades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="245"/>
        <source>{n} more sources could not be read; their referrals were not counted.</source>
        <translation>{n} anvisande parter till kunde inte läsas; deras anvisningar räknades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="255"/>
        <source>the programme is empty (1 referral); it was not counted.</source>
        <translation>insatsen saknas (1 anvisning); den räknades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="257"/>
        <source>the programme is empty ({n} referrals); they were not counted.</source>
        <translation>insatsen saknas ({n} anvisningar); de räknades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="263"/>
        <source>“{text}” names no programme (1 referral); it was not counted: write the programme&apos;s name or short code in the cell.</source>
        <translation>”{text}” anger ingen insats (1 anvisning); den räknades inte: skriv insatsens namn eller kortkod i cellen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="269"/>
        <source>“{text}” names no programme ({n} referrals); they were not counted: write the programme&apos;s name or short code in the cells.</source>
        <translation>”{text}” anger ingen insats ({n} anvisningar); de räknades inte: skriv insatsens namn eller kortkod i cellerna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="296"/>
        <source>1 more count could not be read.</source>
        <translation>1 antal till kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_problems.py" line="297"/>
        <source>{n} more counts could not be read.</source>
        <translation>{n} antal till kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referrals.py" line="394"/>
        <source>{n} referrals counted into {cells} monthly cells.</source>
        <translation>{n} anvisningar räknades in i {cells} månadsceller.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/reader_faults.py" line="40"/>
        <location filename="../../amp_desktop/core/excel/safety.py" line="91"/>
        <source>{name} cannot be read: {reason}</source>
        <extracomment>Limits for what an .xlsx may inflate to (AMP&apos;s own county-sized export included). Cells a sheet may span (rows × columns from its first to its last cell holding a value): readers allocate the whole rectangle, so one stray value at XFD1048576 would ask for hundreds of GB. A million-row list of 12 columns fits. The same for the Demand and base sheets of AMP&apos;s own export of the catalogue it is imported into, read streaming from their XML (their shape is AMP&apos;s, memory does not grow with them): a county&apos;s ten years are 50 million cells (24.8 million filled). The limit each measured sheet was measured against (a larger one measures again).</extracomment>
        <translation>{name} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="102"/>
        <source>the file does not exist.</source>
        <translation>filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="104"/>
        <source>it is a folder, not a file.</source>
        <translation>det är en mapp, inte en fil.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="106"/>
        <source>you do not have permission to open it.</source>
        <translation>du har inte behörighet att öppna den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="117"/>
        <source>the file is empty.</source>
        <translation>filen är tom.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="121"/>
        <source>it is either protected with a password or an old Excel 97–2003 (.xls) workbook. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>den är antingen lösenordsskyddad eller en gammal Excel 97–2003-arbetsbok (.xls). Ta bort lösenordet, eller spara den som Excel-arbetsbok (.xlsx), och försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="157"/>
        <source>it is the lock file Excel or LibreOffice keeps beside a workbook while it is open (it holds no data); choose the workbook itself.</source>
        <translation>det är låsfilen som Excel eller LibreOffice har bredvid en arbetsbok medan den är öppen (den innehåller inga data); välj själva arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="169"/>
        <source>it is a web page or an XML file with an Excel file name (many case systems export such “.xls” files). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>det är en webbsida eller en XML-fil med ett Excel-filnamn (många verksamhetssystem exporterar sådana ”.xls”-filer). Öppna den i Excel eller LibreOffice och spara den som Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="175"/>
        <source>it is not an Excel workbook (.xlsx); it looks like text or another format (a CSV file renamed?). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>den är ingen Excel-arbetsbok (.xlsx); den ser ut som text eller ett annat format (en omdöpt CSV-fil?). Öppna den i Excel eller LibreOffice och spara den som Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="232"/>
        <source>The list was read from sheet “{sheet}”, which is hidden in the workbook.</source>
        <translation>Listan lästes från bladet ”{sheet}”, som är dolt i arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="283"/>
        <source>it is an Excel binary workbook (.xlsb), which AMP does not read. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>det är en binär Excel-arbetsbok (.xlsb), som AMP inte läser. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="292"/>
        <source>it is an Apple Numbers document. In Numbers, export it to Excel (.xlsx).</source>
        <translation>det är ett Apple Numbers-dokument. Exportera det till Excel (.xlsx) i Numbers.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="349"/>
        <source>the sheet “{sheet}” has more than {limit:,} filled cells, more than AMP reads from one sheet. Keep only the rows and columns AMP needs (for a referral list: date, programme and source) and try again.</source>
        <translation>bladet ”{sheet}” har fler än {limit:,} ifyllda celler, fler än AMP läser från ett blad. Behåll bara de rader och kolumner AMP behöver (för en anvisningslista: datum, insats och anvisande part) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="358"/>
        <source>the sheet “{sheet}” reaches cell {cell}, far beyond any list AMP reads (it would need more memory than this computer has). Delete the stray cells there (Ctrl+End in Excel goes to them) and save the workbook again.</source>
        <translation>bladet ”{sheet}” når cell {cell}, långt utanför alla listor som AMP läser (det skulle kräva mer minne än datorn har). Ta bort de lösa cellerna där (Ctrl+End i Excel går dit) och spara arbetsboken igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="137"/>
        <source>the file is damaged or incomplete (was it cut short?).</source>
        <translation>filen är skadad eller ofullständig (avbröts den?).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/reader_faults.py" line="35"/>
        <location filename="../../amp_desktop/core/excel/safety.py" line="142"/>
        <location filename="../../amp_desktop/core/excel/safety.py" line="261"/>
        <source>the file is damaged or incomplete.</source>
        <extracomment>A part of the zip whose compressed bytes are damaged: said in words, not as the library&apos;s class name (&quot;they may be damaged (error)&quot; for a zlib.error).</extracomment>
        <translation>filen är skadad eller ofullständig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="274"/>
        <source>it is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) and try again.</source>
        <translation>det är ett OpenDocument-kalkylark (.ods). Spara det som Excel-arbetsbok (.xlsx) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="188"/>
        <source>it has too many parts to be a workbook.</source>
        <translation>den har för många delar för att vara en arbetsbok.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="194"/>
        <source>it would unpack to an unreasonable size (a “zip bomb”); it was not opened.</source>
        <translation>den skulle packas upp till en orimlig storlek (en ”zip-bomb”); den öppnades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="200"/>
        <source>it is a zip file but not an Excel workbook.</source>
        <translation>det är en zip-fil men ingen Excel-arbetsbok.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="148"/>
        <source>it contains XML entity declarations, which workbooks never need and attacks use; it was not opened.</source>
        <translation>den innehåller XML-entitetsdeklarationer, som arbetsböcker aldrig behöver men som används vid angrepp; den öppnades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/safety.py" line="411"/>
        <source>the workbook&apos;s contents are damaged ({reason}).</source>
        <translation>arbetsbokens innehåll är skadat ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="50"/>
        <source>{field}: “{text}” is not one of the allowed values.</source>
        <translation>{field}: ”{text}” är inte ett av de tillåtna värdena.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="113"/>
        <source>Amount: the column is in {unit}, so this would be {amount}, which looks like an amount in kronor; write “{text} kr” or “{text} {unit}” in the cell to say which.</source>
        <extracomment>A column title that gives its amounts in thousands or millions of kronor. Whole kronor named in a title beside its thousands (&quot;Budget kr (varav 500 tkr ESF)&quot;). A scaled amount from this on is questioned: &quot;3 750 000&quot; in a &quot;Budget (tkr)&quot; column is the budget in kronor written there, not 3.75 billion kronor.</extracomment>
        <translation>Belopp: kolumnen är i {unit}, så detta skulle bli {amount}, vilket ser ut som ett belopp i kronor; skriv ”{text} kr” eller ”{text} {unit}” i cellen för att säga vilket.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="140"/>
        <source>{field}: the cell holds an infinite number or “not a number” (NaN), which AMP cannot store.</source>
        <translation>{field}: cellen innehåller ett oändligt tal eller ”inte ett tal” (NaN), som AMP inte kan spara.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="157"/>
        <source>Name: the period “{note}” has a date that is not real; dates left empty.</source>
        <translation>Namn: perioden ”{note}” har ett datum som inte finns; datumen lämnades tomma.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="174"/>
        <source>Places: the note “{note}” was not imported.</source>
        <translation>Platser: anteckningen ”{note}” importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="215"/>
        <source>Referral sources: the note “{note}” was not imported.</source>
        <translation>Anvisande parter: anteckningen ”{note}” importerades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="231"/>
        <source>Referral sources: a source&apos;s code has at most {n} characters; the cell was not read.</source>
        <translation>Anvisande parter: en parts kod har högst {n} tecken; cellen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="238"/>
        <source>Referral sources: the cell lists more sources than a programme can have (at most 200); it was not read.</source>
        <translation>Anvisande parter: cellen räknar upp fler parter än en insats kan ha (högst 200); den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/flows.py" line="35"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/flows.py" line="50"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/flows.py" line="53"/>
        <source>Exporting to {name}</source>
        <translation>Exporterar till {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/flows.py" line="72"/>
        <location filename="../../amp_desktop/ui/excel/flows.py" line="80"/>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/literal_text.py" line="61"/>
        <source>{what} has {n} characters, more than an Excel cell holds ({limit}); nothing was exported. Shorten it in AMP and export again.</source>
        <translation>{what} har {n} tecken, fler än en Excel-cell rymmer ({limit}); ingenting exporterades. Korta texten i AMP och exportera igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/literal_text.py" line="86"/>
        <source>The text “{start}…”</source>
        <translation>Texten ”{start}…”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="130"/>
        <source>Not a counterparty AMP knows; the row was not read.</source>
        <translation>Ingen avtalspart som AMP känner till; raden lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="166"/>
        <source>The agreement “{agreement}” was changed both in AMP and in the workbook since the export: AMP&apos;s is kept.</source>
        <translation>Avtalet ”{agreement}” har ändrats både i AMP och i arbetsboken sedan exporten: AMP:s behålls.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="233"/>
        <source>No programme of this name in the catalogue; row skipped.</source>
        <translation>Ingen insats med det namnet i katalogen; raden hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="269"/>
        <source>The mandate of “{name}” was changed both in AMP and in the workbook since the export: AMP&apos;s is kept.</source>
        <translation>Mandatet för ”{name}” har ändrats både i AMP och i arbetsboken sedan exporten: AMP:s behålls.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="292"/>
        <source>The agreement “{agreement}” is with {party}, not Arbetsförmedlingen: a basis “agreement with AF (2009:47)” must link an agreement with Arbetsförmedlingen; this programme&apos;s mandate was not read.</source>
        <translation>Avtalet ”{agreement}” är med {party}, inte Arbetsförmedlingen: grunden ”överenskommelse med AF (2009:47)” måste hänvisa till ett avtal med Arbetsförmedlingen; insatsens mandat lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="328"/>
        <source>Not a legal basis AMP knows; write one of: {names}.</source>
        <translation>Ingen rättslig grund som AMP känner till; skriv en av: {names}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="339"/>
        <source>Several agreements have the reference “{cell}”; write it with the AMP id of the one meant, as “{cell} #id”.</source>
        <translation>Flera avtal har referensen ”{cell}”; skriv den med AMP-id för det avtal som avses, som ”{cell} #id”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="352"/>
        <source>No agreement “{cell}” in the Agreements sheet or the catalogue.</source>
        <translation>Inget avtal ”{cell}” i bladet Avtal eller i katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets.py" line="392"/>
        <source>Agreements changed: {a}; programme mandates changed: {m}.</source>
        <translation>Ändrade avtal: {a}; ändrade mandat för insatser: {m}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_missing.py" line="32"/>
        <source>Agreements missing from the workbook (kept unless what is missing is removed): {names}.</source>
        <translation>Avtal som saknas i arbetsboken (behålls om inte det som saknas tas bort): {names}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/preview.py" line="203"/>
        <source>This import would create {n} new referral sources ({codes}). Check that the right column was read as the source before you create them.</source>
        <extracomment>More new referral sources than this in one import is a question for the user (a wrong column mapped as the source would otherwise create hundreds). Programme edits that depend on a conflict: conflict index → (id, field, value). What AMP recognised the workbook as and by what (one sentence, translated). The header texts (or sheet) that made AMP recognise the kind. New source codes refused (too long, an identity number, over the limit): casefolded code → the reason; links and referrals to them are left out. A participant list: the one change of results it makes (counts only), per programme participants/starts/exits before → after, exit-reason wordings AMP could not map (wording → rows) and those it did (wording → category). AMP&apos;s own workbook: its Agreements and Mandates sheets&apos; changes (``AgreementChange``/``MandateChange``, see :mod:`.mandate_sheets`). Agreements of the catalogue missing from the workbook&apos;s Agreements sheet (``AgreementChange`` deleting each), applied only with *remove_missing*, and the mandate changes to apply then instead of :attr:`mandates` (links dropped).</extracomment>
        <translation>Importen skulle skapa {n} nya anvisande parter ({codes}). Kontrollera att rätt kolumn lästes som anvisande part innan du skapar dem.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/reader_faults.py" line="37"/>
        <source>the sheet “{sheet}” is damaged or incomplete.</source>
        <translation>bladet ”{sheet}” är skadat eller ofullständigt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/reader_faults.py" line="47"/>
        <source>{name} cannot be read: neither of AMP&apos;s two readers understands its contents; they may be damaged ({reason}). Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and try again.</source>
        <translation>{name} kan inte läsas: ingen av AMP:s två läsare förstår innehållet; det kan vara skadat ({reason}). Öppna den i Excel eller LibreOffice, spara den som Excel-arbetsbok (.xlsx) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/reader_faults.py" line="55"/>
        <source>{name} cannot be read: neither of AMP&apos;s two readers understands the sheet “{sheet}”; it may be damaged ({reason}). Open the workbook in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and try again.</source>
        <translation>{name} kan inte läsas: ingen av AMP:s två läsare förstår bladet ”{sheet}”; det kan vara skadat ({reason}). Öppna arbetsboken i Excel eller LibreOffice, spara den som Excel-arbetsbok (.xlsx) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="118"/>
        <source>Read as {kind} because you chose it; the columns AMP knows: {columns}.</source>
        <extracomment>Referral-list columns that, beside a programme column, make a list of referrals. The columns only a programme catalogue has, whatever else a list of persons has (a participant&apos;s own target group, &quot;Målgrupp: Unga&quot;, is a case system&apos;s column).</extracomment>
        <translation>Läses som {kind} eftersom du valde det; kolumnerna AMP känner igen: {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="122"/>
        <source>Recognised as a referral list by its columns {columns}.</source>
        <translation>Känns igen som en anvisningslista på kolumnerna {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="125"/>
        <source>Recognised as a programme catalogue by its columns {columns}.</source>
        <translation>Känns igen som en insatskatalog på kolumnerna {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="133"/>
        <source>Recognised as AMP&apos;s own export of this catalogue by its hidden sheet {sheet} and the catalogue&apos;s identity; programmes are matched by AMP&apos;s id.</source>
        <translation>Känns igen som AMP:s egen export av den här katalogen på det dolda bladet {sheet} och katalogens identitet; insatser matchas med AMP:s id.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="138"/>
        <source>Recognised as an AMP export by its hidden sheet {sheet}, but not of this catalogue: programmes are matched by name or short code, never by id.</source>
        <translation>Känns igen som en AMP-export på det dolda bladet {sheet}, men inte av den här katalogen: insatser matchas med namn eller kortkod, aldrig med id.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="147"/>
        <source>an AMP export</source>
        <translation>en AMP-export</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="148"/>
        <source>a programme catalogue</source>
        <translation>en insatskatalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="149"/>
        <source>a referral list</source>
        <translation>en anvisningslista</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="202"/>
        <source>{title} ({field} was read from column {column})</source>
        <translation>{title} ({field} lästes från kolumn {column})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/recognition.py" line="220"/>
        <source>Columns not read (an earlier column gives the same field; choose the one to read in the mapping): {columns}.</source>
        <translation>Kolumner som inte lästes (en tidigare kolumn ger samma fält; välj vilken som ska läsas i kopplingen): {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/results_sheet.py" line="132"/>
        <source>Year</source>
        <extracomment>The sheet&apos;s columns after Year: the printed programme table&apos;s, with the type. Column widths (characters) by format: a cost of a million kronor (&quot;1,131,429 kr&quot;) showed as ##### in Excel&apos;s default width, and the headers wrap within these.</extracomment>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/totals.py" line="94"/>
        <source>a totals row (“{label}”); it was skipped.</source>
        <extracomment>What may stand between a totals word and the group it sums: &quot;Summa för X&quot;, &quot;Total: X&quot;.</extracomment>
        <translation>en summeringsrad (”{label}”); den hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/totals.py" line="109"/>
        <source>its numbers are the sum of the rows above: a totals row; it was skipped.</source>
        <translation>talen är summan av raderna ovanför: en summeringsrad; den hoppades över.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/mandate_sheets_export.py" line="95"/>
        <source>The {field} of the agreement “{name}”</source>
        <extracomment>Rows of the Agreements and Mandates sheets that get the drop-down lists, at least. Column widths (characters) of the two sheets, in the headers&apos; order: wide enough for a title, a legal basis&apos;s name and a diary number to be read without widening.</extracomment>
        <translation>Fältet {field} för avtalet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/readers.py" line="310"/>
        <source>1 row hidden in Excel was read (row {rows}).</source>
        <extracomment>The first rows of a sheet, read at once to tell its kind and find its header. The columns (0-based) the reader needs after the head; None: all. A very large sheet read from its XML then reads only those (see xml_rows). A sheet spanning more cells than this is read from its XML, only the columns used (python-calamine holds a whole sheet: ~1 GB at a million rows of ten columns).</extracomment>
        <translation>1 rad som är dold i Excel lästes (rad {rows}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/readers.py" line="312"/>
        <source>{n} rows hidden in Excel were read (rows {rows}).</source>
        <translation>{n} rader som är dolda i Excel lästes (rader {rows}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_footers.py" line="125"/>
        <source>a footer line, not a referral.</source>
        <extracomment>A subtotal&apos;s label: a totals word and what it sums (&quot;Summa Atlas&quot;, &quot;Totalt för Krami&quot;).</extracomment>
        <translation>en sidfotsrad, ingen anvisning.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_summary.py" line="107"/>
        <source>The catalogue holds referrals the list does not ({referrals} in 1 monthly cell of {period}, of the list&apos;s sources); they are kept unless you remove what is missing.</source>
        <extracomment>The values a summary line names; the others are counted together (&quot;…: 12&quot;).</extracomment>
        <translation>Katalogen har anvisningar som listan inte har ({referrals} i 1 månadscell under {period}, från listans anvisande parter); de behålls om du inte tar bort det som saknas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/referral_summary.py" line="114"/>
        <source>The catalogue holds referrals the list does not ({referrals} in {cells} monthly cells of {period}, of the list&apos;s sources); they are kept unless you remove what is missing.</source>
        <translation>Katalogen har anvisningar som listan inte har ({referrals} i {cells} månadsceller under {period}, från listans anvisande parter); de behålls om du inte tar bort det som saknas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/header_rows.py" line="89"/>
        <source>AMP looks for the header in each sheet&apos;s first {first} rows, or below a title or explanation as far as row {last}: delete the rows above the list&apos;s header (or move the table up) and import again.</source>
        <translation>AMP letar efter rubrikraden bland de första {first} raderna i varje blad, eller under en rubrik eller förklaring ända ned till rad {last}: ta bort raderna ovanför listans rubrikrad (eller flytta upp tabellen) och importera igen.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="153"/>
        <location filename="../../amp_desktop/core/domain.py" line="125"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="126"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="127"/>
        <source>Short code</source>
        <translation>Kortkod</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="128"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="129"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="130"/>
        <source>Minimum age</source>
        <translation>Lägsta ålder</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="131"/>
        <source>Maximum age</source>
        <translation>Högsta ålder</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="132"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="133"/>
        <source>Budgeted places</source>
        <translation>Budgeterade platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="134"/>
        <source>Annual budget (SEK)</source>
        <translation>Årsbudget (kr)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="135"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="136"/>
        <source>SKR category</source>
        <translation>SKR-kategori</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="137"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="138"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="139"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="140"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="141"/>
        <source>Average stay (weeks)</source>
        <translation>Genomsnittlig tid i insats (veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="142"/>
        <source>Months it runs</source>
        <translation>Månader den pågår</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="144"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="145"/>
        <source>Goal: share to work or studies</source>
        <translation>Mål: andel till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/catalogue.py" line="160"/>
        <location filename="../../amp_desktop/core/audit/checks.py" line="84"/>
        <location filename="../../amp_desktop/core/domain.py" line="146"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../amp_desktop/ui/file_commands.py" line="31"/>
        <location filename="../../amp_desktop/ui/file_commands.py" line="38"/>
        <source>Save a Copy As</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/file_commands.py" line="44"/>
        <source>The copy was not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/file_commands.py" line="46"/>
        <source>Saved a copy: {path}</source>
        <translation>Sparade en kopia: {path}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/file_commands.py" line="58"/>
        <source>Exported to {path}</source>
        <translation>Exporterade till {path}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/file_commands.py" line="77"/>
        <source>Imported: {what}</source>
        <translation>Importerat: {what}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/file_commands.py" line="78"/>
        <source>workbook</source>
        <translation>arbetsbok</translation>
    </message>
</context>
<context>
    <name>ForecastEditor</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="61"/>
        <source>Forecast &amp;method:</source>
        <translation>Prognos&amp;metod:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="63"/>
        <source>&amp;All programmes</source>
        <translation>A&amp;lla insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="64"/>
        <source>F&amp;ill empty months from history</source>
        <translation>&amp;Fyll tomma månader från historiken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="67"/>
        <source>Writes a forecast for the period&apos;s months that have no actual referrals. Edit → Undo takes it back.</source>
        <translation>Skriver en prognos för periodens månader som saknar faktiska anvisningar. Redigera → Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="73"/>
        <source>Forecast referrals by month and source</source>
        <translation>Prognos över anvisningar per månad och anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="89"/>
        <source>Type referrals per month and source (empty = none). Months with actual referrals use them; their forecast is shown grey.</source>
        <translation>Skriv anvisningar per månad och anvisande part (tomt = inga). Månader med faktiska anvisningar använder dem; deras prognos visas grå.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="120"/>
        <source>Select a programme</source>
        <translation>Välj en insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editor.py" line="123"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: forecast referrals, {period}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: prognos för anvisningar, {period}</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="199"/>
        <source>“{text}” is not a number of referrals.</source>
        <translation>”{text}” är inte ett antal anvisningar.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="88"/>
        <source>Import from Excel: {name}</source>
        <translation>Importera från Excel: {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="110"/>
        <source>&lt; Back</source>
        <translation>&lt; Tillbaka</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="111"/>
        <source>Next &gt;</source>
        <translation>Nästa &gt;</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="112"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="142"/>
        <source>The workbook&apos;s columns and the AMP fields</source>
        <translation>Arbetsbokens kolumner och AMP:s fält</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="156"/>
        <source>Exit reasons AMP does not recognise — choose the category of each:</source>
        <translation>Avslutsorsaker som AMP inte känner igen – välj kategori för var och en:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="164"/>
        <source>Problems found in the workbook</source>
        <translation>Problem i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="280"/>
        <source>The changes the import makes</source>
        <translation>Ändringarna som importen gör</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="297"/>
        <source>Replace every month the list reaches, also those it seems to hold only in part (a corrected list)</source>
        <translation>Ersätt varje månad som listan når, även dem den verkar ha bara en del av (en rättad lista)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="390"/>
        <source>Create them and import</source>
        <translation>Skapa dem och importera</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="410"/>
        <source>Importing {name}</source>
        <translation>Importerar {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="108"/>
        <source>Column</source>
        <extracomment>Fields whose values are AMP&apos;s own words, shown by their labels. Fields a referral list can give, in the order offered (the count: how many referrals a row stands for).</extracomment>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="109"/>
        <source>Header in the workbook</source>
        <translation>Rubrik i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="110"/>
        <source>AMP field</source>
        <translation>Fält i AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="111"/>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="151"/>
        <source>Programmes in the list that are not in the catalogue:</source>
        <translation>Insatser i listan som inte finns i katalogen:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="232"/>
        <source>Name in the list</source>
        <translation>Namn i listan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="233"/>
        <source>Count as</source>
        <translation>Räkna som</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="142"/>
        <source>(not read)</source>
        <translation>(läses inte)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="155"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="18"/>
        <source>a workbook exported from AMP</source>
        <translation>en arbetsbok exporterad från AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="19"/>
        <source>a sheet of programmes</source>
        <translation>ett blad med insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="20"/>
        <source>a list of referrals</source>
        <translation>en lista med anvisningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="21"/>
        <source>a list of participants</source>
        <translation>en deltagarlista</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="27"/>
        <source>AMP read {file} as {kind}: sheet “{sheet}”, header in row {row}. Correct the fields below if a column was read wrongly.</source>
        <translation>AMP läste {file} som {kind}: bladet ”{sheet}”, rubriker på rad {row}. Rätta fälten nedan om en kolumn lästes fel.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="45"/>
        <source>AMP holds these results already, {first} to {last}: importing the list again changes nothing.</source>
        <translation>AMP har redan de här resultaten, {first} till {last}: att läsa in listan igen ändrar ingenting.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="51"/>
        <source>Results (counts only) to replace for 1 programme, {first} to {last}.</source>
        <translation>Resultat (bara antal) som ersätts för 1 insats, {first} till {last}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="56"/>
        <source>Results (counts only) to replace for {programmes} programmes, {first} to {last}.</source>
        <translation>Resultat (bara antal) som ersätts för {programmes} insatser, {first} till {last}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="68"/>
        <source>Monthly referral counts: {demand} to change, {unchanged} unchanged. Programmes: {programmes}.</source>
        <translation>Anvisningar per månad: {demand} ändras, {unchanged} oförändrade. Insatser: {programmes}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="95"/>
        <source>Mandates to change: {n}.</source>
        <translation>Mandat som ändras: {n}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="98"/>
        <source>Agreements to add or change: {n}.</source>
        <translation>Avtal som läggs till eller ändras: {n}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="126"/>
        <source>No problems or notes.</source>
        <translation>Inga problem eller anmärkningar.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="128"/>
        <source>No problems; notes ({m}):</source>
        <translation>Inga problem; anmärkningar ({m}):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="130"/>
        <source>Problems ({n}): the workbook cannot be imported until they are put right. Notes ({m}):</source>
        <translation>Problem ({n}): arbetsboken kan inte importeras förrän de är åtgärdade. Anmärkningar ({m}):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="136"/>
        <source>Problems ({n}): those rows are left out of the results. Notes ({m}):</source>
        <translation>Problem ({n}): de raderna räknas inte in i resultaten. Anmärkningar ({m}):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="139"/>
        <source>Problems ({n}): those cells keep the value they have in AMP. Notes ({m}):</source>
        <translation>Problem ({n}): de cellerna behåller sitt värde i AMP. Anmärkningar ({m}):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="153"/>
        <source>Remove the referrals of 1 monthly cell that the list does not hold (its months, its sources)</source>
        <translation>Ta bort anvisningarna i 1 månadscell som listan inte har (dess månader, dess anvisande parter)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="158"/>
        <source>Remove the referrals of {n} monthly cells that the list does not hold (its months, its sources)</source>
        <translation>Ta bort anvisningarna i {n} månadsceller som listan inte har (dess månader, dess anvisande parter)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="164"/>
        <source>Remove the programmes ({n}) and the agreements ({m}) missing from the workbook</source>
        <translation>Ta bort insatserna ({n}) och avtalen ({m}) som saknas i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="169"/>
        <source>Remove the agreement missing from the workbook&apos;s Agreements sheet</source>
        <translation>Ta bort avtalet som saknas på arbetsbokens flik Avtal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="177"/>
        <source>Remove the programme missing from the workbook</source>
        <translation>Ta bort insatsen som saknas i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="173"/>
        <source>Remove the {n} agreements missing from the workbook&apos;s Agreements sheet</source>
        <translation>Ta bort de {n} avtal som saknas på arbetsbokens flik Avtal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="72"/>
        <source>{added} to add, {changed} to change, {missing} missing from the workbook, {unchanged} unchanged, {demand} changes to referrals, {conflicts} conflicts.</source>
        <translation>{added} att lägga till, {changed} att ändra, {missing} saknas i arbetsboken, {unchanged} oförändrade, {demand} ändringar av anvisningar, {conflicts} konflikter.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="311"/>
        <source>Problem</source>
        <extracomment>True for a problem, False for a note.</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="313"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_models.py" line="241"/>
        <source>(leave out)</source>
        <translation>(utelämna)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="223"/>
        <source>Programme / field</source>
        <translation>Insats/fält</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="224"/>
        <source>Now in AMP</source>
        <translation>Nu i AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="225"/>
        <source>From the workbook</source>
        <translation>Från arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="288"/>
        <source>Changed in AMP after the export and in the workbook — choose which to keep:</source>
        <translation>Ändrat både i AMP efter exporten och i arbetsboken – välj vilket som ska gälla:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="129"/>
        <source>Referrals not in the list (1 cell)</source>
        <translation>Anvisningar som listan inte har (1 cell)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="130"/>
        <source>Referrals not in the list ({n} cells)</source>
        <translation>Anvisningar som listan inte har ({n} celler)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="160"/>
        <source>Results (1 programme)</source>
        <translation>Resultat (1 insats)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="162"/>
        <source>Results ({n} programmes)</source>
        <translation>Resultat ({n} insatser)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="168"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="169"/>
        <source>Starts</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="170"/>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="247"/>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="248"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="249"/>
        <source>AMP now</source>
        <translation>AMP nu</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="250"/>
        <source>Workbook</source>
        <translation>Arbetsbok</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="251"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="305"/>
        <source>Referral sources AMP does not know yet — create them:</source>
        <translation>Anvisande parter som AMP inte känner till än – skapa dem:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="71"/>
        <source>Added ({n})</source>
        <translation>Tillagda ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="74"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="82"/>
        <source>Changed ({n})</source>
        <translation>Ändrade ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="95"/>
        <source>Missing from the workbook ({n})</source>
        <translation>Saknas i arbetsboken ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="102"/>
        <source>Agreements missing from the workbook ({n})</source>
        <translation>Avtal som saknas i arbetsboken ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="110"/>
        <source>Agreements added or changed ({n})</source>
        <translation>Avtal som läggs till eller ändras ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="111"/>
        <source>Mandates changed ({n})</source>
        <translation>Mandat som ändras ({n})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="124"/>
        <source>Referrals (1 cell)</source>
        <translation>Anvisningar (1 cell)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="125"/>
        <source>Referrals ({n} cells)</source>
        <translation>Anvisningar ({n} celler)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/preview_text.py" line="179"/>
        <source>Remove the {n} programmes missing from the workbook</source>
        <translation>Ta bort de {n} insatser som saknas i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="256"/>
        <source>Keep AMP&apos;s</source>
        <translation>Behåll AMP:s</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/changes_models.py" line="257"/>
        <source>Take the workbook&apos;s</source>
        <translation>Ta arbetsbokens</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/excel.py" line="322"/>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="397"/>
        <source>Import {name}</source>
        <translation>Importera {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/excel/reading.py" line="48"/>
        <source>Reading {name}</source>
        <translation>Läser {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/reason_choices.py" line="39"/>
        <source>Exit reason in the list</source>
        <translation>Avslutsorsak i listan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/reason_choices.py" line="40"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/reason_choices.py" line="41"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/reason_choices.py" line="45"/>
        <source>(choose a category)</source>
        <translation>(välj kategori)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="96"/>
        <source>the file is not an SQLite file</source>
        <translation>filen är ingen SQLite-fil</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="98"/>
        <source>its page size is not the file&apos;s</source>
        <translation>dess sidstorlek är inte filens</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="102"/>
        <source>its saved first page is not of an SQLite file</source>
        <translation>dess sparade första sida är inte en SQLite-fils</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="105"/>
        <source>it was made for another catalogue</source>
        <translation>den gjordes för en annan katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="115"/>
        <source>it was made for another file or another copy of it (change counter {saved}, the file&apos;s {counter})</source>
        <translation>den gjordes för en annan fil eller en annan kopia av den (ändringsräknare {saved}, filens {counter})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="122"/>
        <source>it was made for a file of {pages} pages, the file has {file_pages}</source>
        <translation>den gjordes för en fil på {pages} sidor, filen har {file_pages}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="170"/>
        <source>replayed on a copy, it damages the file ({check})</source>
        <translation>spelad på en kopia skadar den filen ({check})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="175"/>
        <source>replayed on a copy, it makes another catalogue</source>
        <translation>spelad på en kopia blir det en annan katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="243"/>
        <source>it has no valid journal header</source>
        <translation>den har inget giltigt journalhuvud</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="309"/>
        <source>{file}: a journal file beside it may not be its own ({reason}). Open it for editing once to set that journal aside, with copies kept; nothing was changed.</source>
        <translation>{file}: en journalfil bredvid den är kanske inte dess egen ({reason}). Öppna den för redigering en gång för att lägga undan journalen (kopior sparas); inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="316"/>
        <source>{file}: the last session that edited it was interrupted. Open it for editing once to undo its unfinished change; nothing was changed.</source>
        <translation>{file}: den senaste sessionen som redigerade den avbröts. Öppna den för redigering en gång för att ångra dess ofullbordade ändring; ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="350"/>
        <source>A journal file beside {file} may not be its own ({reason}), so it was not used and {file} is open read-only this time; the file and the journal are kept in {kept}.</source>
        <translation>En journalfil bredvid {file} är kanske inte dess egen ({reason}), så den användes inte och {file} är öppnad skrivskyddad den här gången; filen och journalen sparas i {kept}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="357"/>
        <source>a journal file beside it was set aside unused</source>
        <translation>en journalfil bredvid den lades undan oanvänd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="303"/>
        <source>{file}: the journal file beside it does not belong to it. Open it for editing once to set that journal aside; nothing was changed.</source>
        <translation>{file}: journalfilen bredvid den hör inte till den. Öppna den för redigering en gång för att lägga journalen åt sidan; ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="267"/>
        <source>A journal file beside {file} did not belong to it ({reason}); it was moved to {aside} and not used. The catalogue was not changed.</source>
        <translation>En journalfil bredvid {file} hörde inte till den ({reason}); den flyttades till {aside} och användes inte. Katalogen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal.py" line="287"/>
        <source>The last session that edited {file} was interrupted; its unfinished change was undone. The file as it was is kept in {kept}.</source>
        <translation>Den senaste sessionen som redigerade {file} avbröts; dess ofullbordade ändring ångrades. Filen som den var sparas i {kept}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal_mark.py" line="174"/>
        <source>nothing beside the file says which change made it</source>
        <translation>inget bredvid filen säger vilken ändring som gjorde den</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal_mark.py" line="177"/>
        <source>the note beside it was made for another copy of the file</source>
        <translation>anteckningen bredvid den gjordes för en annan kopia av filen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/journal_mark.py" line="180"/>
        <source>it is not the journal of the last change made to this file</source>
        <translation>den är inte journalen för den senaste ändringen i filen</translation>
    </message>
</context>
<context>
    <name>Kolada</name>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="95"/>
        <source>{kpi}, {place} {year}: {value} is not a value this figure can have; nothing was imported.</source>
        <extracomment>The values a published figure can have, by the vocabulary&apos;s unit (Kolada writes a share as a percentage): anything beyond them is a broken file or answer.</extracomment>
        <translation>{kpi}, {place} {year}: {value} är inget värde som nyckeltalet kan ha; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="140"/>
        <source>The file holds no Kolada values.</source>
        <translation>Filen innehåller inga värden från Kolada.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="147"/>
        <source>None of the file&apos;s KPIs ({kpis}) is one of AMP&apos;s figures; nothing was imported.</source>
        <translation>Inget av filens nyckeltal ({kpis}) är ett av AMP:s nyckeltal; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="158"/>
        <source>Not imported, not among AMP&apos;s figures: {kpis}.</source>
        <translation>Inte importerat, inte bland AMP:s nyckeltal: {kpis}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="164"/>
        <source>The file is one page of a longer Kolada answer: the next page is not in it, so values may be missing (save every page, or fetch from Kolada).</source>
        <translation>Filen är en sida av ett längre svar från Kolada: nästa sida finns inte i den, så värden kan saknas (spara alla sidor, eller hämta från Kolada).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="189"/>
        <source>Import 1 Kolada value for {places}</source>
        <translation>Importera 1 värde från Kolada för {places}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="191"/>
        <source>Import {n} Kolada values for {places}</source>
        <translation>Importera {n} värden från Kolada för {places}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="210"/>
        <source>The file&apos;s values are for {places}, which the yearly figures do not compare (they compare {code}, its similar municipalities, its county and the country): is the catalogue&apos;s municipality right?</source>
        <translation>Filens värden gäller {places}, som årets nyckeltal inte jämför med (de jämför {code}, liknande kommuner, länet och riket): är katalogens kommun rätt?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="243"/>
        <source>Set the municipality and population</source>
        <translation>Ange kommun och folkmängd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="256"/>
        <source>Write the municipality&apos;s four-digit SCB code, e.g. 1980 for Västerås.</source>
        <translation>Skriv kommunens fyrsiffriga SCB-kod, t.ex. 1980 för Västerås.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/changes.py" line="260"/>
        <source>No Swedish municipality has the SCB code {code}.</source>
        <translation>Ingen svensk kommun har SCB-koden {code}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="140"/>
        <source>Kolada asks AMP to wait {seconds} s; try again later.</source>
        <translation>Kolada ber AMP vänta {seconds} s; försök igen senare.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="57"/>
        <source>“{url}” is not a web address; Kolada&apos;s is https://api.kolada.se/v3/.</source>
        <extracomment>The most one answer may hold (a page of 5,000 values is about 2 MB). The whole answer may take this many times the timeout of one wait for the network. How often a waiting request looks whether the user has cancelled.</extracomment>
        <translation>”{url}” är ingen webbadress; Koladas är https://api.kolada.se/v3/.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="80"/>
        <source>Kolada ({host}) sent AMP on to another address ({other}); AMP does not follow it — check the Kolada address.</source>
        <translation>Kolada ({host}) skickade AMP vidare till en annan adress ({other}); AMP följer den inte — kontrollera Kolada-adressen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="109"/>
        <source>Kolada ({host}) closed the connection without answering; try again.</source>
        <translation>Kolada ({host}) stängde anslutningen utan att svara; försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="115"/>
        <source>Kolada ({host}) broke off its answer; try again.</source>
        <translation>Kolada ({host}) avbröt sitt svar; försök igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="121"/>
        <source>Kolada ({host}) answered in a way AMP cannot read: {reason}.</source>
        <translation>Kolada ({host}) svarade på ett sätt som AMP inte kan läsa: {reason}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="140"/>
        <source>Kolada ({host}) answered more than {limit} MB; stopped.</source>
        <translation>Kolada ({host}) svarade med mer än {limit} MB; avbröt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="150"/>
        <source>its certificate could not be verified (does the network inspect secure traffic?)</source>
        <translation>dess certifikat kunde inte kontrolleras (granskar nätverket krypterad trafik?)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="155"/>
        <source>the secure connection failed (is the address http or https?)</source>
        <translation>den krypterade anslutningen misslyckades (är adressen http eller https?)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="157"/>
        <source>the name is not known, or there is no network</source>
        <translation>namnet är okänt, eller så finns inget nätverk</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="159"/>
        <source>the connection was refused (is the address right?)</source>
        <translation>anslutningen nekades (stämmer adressen?)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="165"/>
        <source>Kolada ({host}) did not answer within {seconds} s.</source>
        <translation>Kolada ({host}) svarade inte inom {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/transport.py" line="134"/>
        <source>Cannot reach Kolada ({host}): {reason}.</source>
        <translation>Kan inte nå Kolada ({host}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="172"/>
        <source>Kolada ({host}) answered something that is not JSON.</source>
        <translation>Kolada ({host}) svarade med något som inte är JSON.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="149"/>
        <location filename="../../amp_desktop/core/kolada/client.py" line="180"/>
        <source>Kolada ({host}) is busy; try again later.</source>
        <translation>Kolada ({host}) är upptaget; försök igen senare.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="109"/>
        <source>Kolada is busy; asking again in {seconds} s…</source>
        <extracomment>Kolada takes at most this many ids in one path segment. Items per page asked for (Kolada&apos;s most). Pages followed at most for one question (a loop of next_url ends here). Statuses that mean &quot;busy, ask again later&quot;: waited for (Retry-After, else a second). The wait when a busy answer does not say how long.</extracomment>
        <translation>Kolada är upptaget; frågar igen om {seconds} s…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="156"/>
        <source>Kolada ({host}) answered nothing (an empty page).</source>
        <translation>Kolada ({host}) svarade ingenting (en tom sida).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="162"/>
        <source>Kolada ({host}) answered with a web page, not JSON — is the address Kolada&apos;s API (…/v3/), or does the network ask for a login?</source>
        <translation>Kolada ({host}) svarade med en webbsida, inte JSON — är adressen Koladas API (…/v3/), eller kräver nätverket en inloggning?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="184"/>
        <source>Kolada ({host}) says this address is gone (410); AMP asks API v3 — check the address.</source>
        <translation>Kolada ({host}) säger att adressen inte finns längre (410); AMP frågar API v3 — kontrollera adressen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="189"/>
        <source>Kolada ({host}) does not know this address (404).</source>
        <translation>Kolada ({host}) känner inte till adressen (404).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="193"/>
        <source>Kolada ({host}) had an error of its own (HTTP {code}); try again later.</source>
        <translation>Kolada ({host}) fick ett eget fel (HTTP {code}); försök igen senare.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="196"/>
        <source>Kolada ({host}) refused the question (HTTP {code}).</source>
        <translation>Kolada ({host}) avvisade frågan (HTTP {code}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="207"/>
        <source>Kolada&apos;s pages do not end; stopped.</source>
        <translation>Koladas sidor tar aldrig slut; avbröt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="212"/>
        <source>Kolada answered JSON without a list of values.</source>
        <translation>Kolada svarade med JSON utan en lista med värden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/client.py" line="225"/>
        <source>Kolada ({host}) gave its next page on another host ({other}); stopped.</source>
        <translation>Kolada ({host}) angav nästa sida på en annan värd ({other}); avbröt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="64"/>
        <source>{key}: Kolada&apos;s id is {new}, not {old}.</source>
        <extracomment>Ids Kolada titles otherwise named one by one in a window&apos;s message (more: one line). id → (AMP&apos;s Swedish title, Kolada&apos;s) where Kolada names the id otherwise: an unverified id may stand for another figure — the unit head is to look. key → the Kolada id the vocabulary gives it, for the keys Kolada lacks (named by their ids, never by AMP&apos;s keys).</extracomment>
        <translation>{key}: Koladas id är {new}, inte {old}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="71"/>
        <source>Kolada titles {n} of the ids otherwise than AMP ({ids}…): check that they are the same figures — each figure&apos;s details give Kolada&apos;s title.</source>
        <translation>Kolada ger {n} av id:na andra titlar än AMP ({ids}…): kontrollera att det är samma nyckeltal — varje nyckeltals detaljer visar Koladas titel.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="81"/>
        <source>{id}: Kolada calls it “{theirs}”, AMP “{ours}” — check that it is the same figure.</source>
        <translation>{id}: Kolada kallar det ”{theirs}”, AMP ”{ours}” — kontrollera att det är samma nyckeltal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="89"/>
        <source>Kolada does not know the ids of: {keys}.</source>
        <translation>Kolada känner inte till id för: {keys}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="94"/>
        <source>Kolada has no values for these KPIs and years.</source>
        <translation>Kolada har inga värden för de här nyckeltalen och åren.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="97"/>
        <source>No group “{title}, {name}” found.</source>
        <translation>Ingen grupp ”{title}, {name}” hittades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="157"/>
        <source>Asking Kolada about the municipality…</source>
        <translation>Frågar Kolada om kommunen…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="161"/>
        <source>Kolada does not know municipality {code}.</source>
        <translation>Kolada känner inte till kommun {code}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="165"/>
        <source>Checking the KPIs&apos; ids…</source>
        <translation>Kontrollerar nyckeltalens id…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="171"/>
        <source>Kolada ({host}) knows none of AMP&apos;s KPIs (an empty answer); nothing was stored — check the Kolada address or try again later.</source>
        <translation>Kolada ({host}) känner inte till något av AMP:s nyckeltal (ett tomt svar); inget sparades — kontrollera Kolada-adressen eller försök igen senare.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="177"/>
        <source>Finding the similar municipalities…</source>
        <translation>Letar upp liknande kommuner…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="188"/>
        <source>Fetching Kolada&apos;s values…</source>
        <translation>Hämtar värden från Kolada…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="236"/>
        <source>Fetch 1 Kolada value for {name}</source>
        <translation>Hämta 1 värde från Kolada för {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/fetch.py" line="238"/>
        <source>Fetch {n} Kolada values for {name}</source>
        <translation>Hämta {n} värden från Kolada för {name}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/records.py" line="110"/>
        <source>{where}: “{text}” is not a number (column “{column}”).</source>
        <extracomment>Kolada&apos;s marks of a value that is not published. The years a Kolada value may have (a period outside them is a damaged file).</extracomment>
        <translation>{where}: ”{text}” är inget tal (kolumnen ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/records.py" line="115"/>
        <source>{where}: “{text}” is not a number.</source>
        <translation>{where}: ”{text}” är inget tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="67"/>
        <source>This is not a Kolada answer: it has no list of values.</source>
        <translation>Det här är inget svar från Kolada: det saknar en lista med värden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="71"/>
        <source>A value in the Kolada answer is not an object.</source>
        <translation>Ett värde i svaret från Kolada är inget objekt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="75"/>
        <source>A value in the Kolada answer has no KPI or municipality.</source>
        <translation>Ett värde i svaret från Kolada saknar nyckeltal eller kommun.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="80"/>
        <source>A value in the Kolada answer has no year.</source>
        <translation>Ett värde i svaret från Kolada saknar år.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="82"/>
        <source>(value {n}, “period”: {period})</source>
        <translation>(värde {n}, ”period”: {period})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="88"/>
        <source>A value in the Kolada answer has no values by gender.</source>
        <translation>Ett värde i svaret från Kolada saknar värden per kön.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="92"/>
        <source>Value {n} of the file is for “{code}” (“municipality”), which no Swedish municipality or county has; nothing was imported.</source>
        <translation>Värde {n} i filen gäller ”{code}” (”municipality”), som ingen svensk kommun eller region har; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="102"/>
        <source>A value in the Kolada answer has an unknown gender.</source>
        <translation>Ett värde i svaret från Kolada har ett okänt kön.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="141"/>
        <source>The JSON is nested too deeply to be a Kolada answer.</source>
        <translation>JSON-texten är för djupt nästlad för att vara ett svar från Kolada.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="144"/>
        <source>The JSON is not UTF-8 text.</source>
        <translation>JSON-texten är inte UTF-8.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="57"/>
        <source>The value of {kpi} for {municipality} in {year}</source>
        <translation>Värdet för {kpi} i {municipality} år {year}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="104"/>
        <source>({kpi}, {municipality}, {year}, “gender”)</source>
        <translation>({kpi}, {municipality}, {year}, ”gender”)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/values.py" line="137"/>
        <source>The file is not valid JSON (line {line}).</source>
        <translation>Filen är inte giltig JSON (rad {line}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="149"/>
        <location filename="../../amp_desktop/core/kolada/saved_file.py" line="98"/>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="101"/>
        <source>Line {line}: a quoted field never ends.</source>
        <extracomment>The largest count a value may have (what it counts is people or municipalities; the store holds 64 bits). Lines looked at for the header (a title or ``sep=`` line may come first).</extracomment>
        <translation>Rad {line}: ett citerat fält tar aldrig slut.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="128"/>
        <source>The CSV needs a KPI id column (“Nyckeltal id” or “kpi”) and a municipality id column (“Kommun-id” or “municipality”); its first line has {columns}.</source>
        <translation>CSV-filen behöver en kolumn med nyckeltalets id (”Nyckeltal id” eller ”kpi”) och en med kommunens id (”Kommun-id” eller ”municipality”); dess första rad har {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="132"/>
        <source>no column names</source>
        <translation>inga kolumnnamn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="154"/>
        <source>The CSV has neither a value column nor year columns.</source>
        <translation>CSV-filen har varken en värdekolumn eller årskolumner.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="157"/>
        <source>The CSV has a value column but no year column.</source>
        <translation>CSV-filen har en värdekolumn men ingen årskolumn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="174"/>
        <source>The CSV holds no values.</source>
        <translation>CSV-filen innehåller inga värden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="179"/>
        <source>Lines {first} and {again} give {kpi} for {place} in {year} ({gender}) with different values; nothing was imported.</source>
        <translation>Rad {first} och {again} ger {kpi} för {place} år {year} ({gender}) med olika värden; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="214"/>
        <source>Line {line}: no KPI id (column “{column}”).</source>
        <translation>Rad {line}: inget nyckeltals-id (kolumnen ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="220"/>
        <source>Line {line}: no municipality id (column “{column}”).</source>
        <translation>Rad {line}: inget kommun-id (kolumnen ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="226"/>
        <source>Line {line}: no Swedish municipality or county has the code “{code}” (column “{column}”); nothing was imported.</source>
        <translation>Rad {line}: ingen svensk kommun eller region har koden ”{code}” (kolumnen ”{column}”); inget importerades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="238"/>
        <source>Line {line}: “{text}” is not a gender (column “{column}”).</source>
        <translation>Rad {line}: ”{text}” är inget kön (kolumnen ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="248"/>
        <source>Line {line}: the year “{text}” is not a year (column “{column}”).</source>
        <translation>Rad {line}: året ”{text}” är inget år (kolumnen ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="258"/>
        <source>Line {line}: the count “{text}” is not a whole number of 0 or more (column “{column}”).</source>
        <translation>Rad {line}: antalet ”{text}” är inget heltal från 0 och uppåt (kolumnen ”{column}”).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/csv_values.py" line="200"/>
        <source>Line {line}</source>
        <translation>Rad {line}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/saved_file.py" line="35"/>
        <source>Cannot read the file: {reason}.</source>
        <extracomment>The largest file read. What AMP compares (its KPIs, a municipality, its peers, its county and the country, every year) is well under a megabyte; a kolada.se export of one KPI for every municipality and year is a few. A bigger file is not read at all (16 MB of CSV is half a million values: about 330 MB and 8 s CPU to import).</extracomment>
        <translation>Kan inte läsa filen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/saved_file.py" line="39"/>
        <source>The file is over {limit} MB, too big for a file saved from Kolada; save only the KPIs and municipalities you compare.</source>
        <translation>Filen är större än {limit} MB, för stor för en fil sparad från Kolada; spara bara de nyckeltal och kommuner du jämför.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/saved_file.py" line="65"/>
        <source>This is an Excel workbook, not CSV or JSON; in Excel, save it as “CSV UTF-8” and import that file.</source>
        <translation>Det här är en Excelarbetsbok, inte CSV eller JSON; spara den i Excel som ”CSV UTF-8” och importera den filen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/saved_file.py" line="87"/>
        <source>This is not a text file (CSV or JSON).</source>
        <translation>Det här är ingen textfil (CSV eller JSON).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/kolada/saved_file.py" line="91"/>
        <source>This is a web page (HTML), not Kolada&apos;s data — perhaps a login or error page was saved; save the JSON answer or the CSV export again.</source>
        <translation>Det här är en webbsida (HTML), inte data från Kolada — kanske sparades en inloggnings- eller felsida; spara JSON-svaret eller CSV-exporten igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/kolada.py" line="94"/>
        <location filename="../../amp_desktop/ui/yearly/kolada_import.py" line="61"/>
        <source>The catalogue already holds the file&apos;s values; nothing changed.</source>
        <translation>Katalogen har redan filens värden; inget ändrades.</translation>
    </message>
</context>
<context>
    <name>KoladaImport</name>
    <message>
        <location filename="../../amp_desktop/ui/yearly/kolada_import.py" line="22"/>
        <source>Import Kolada File</source>
        <translation>Importera Koladafil</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/kolada_import.py" line="28"/>
        <source>Files saved from Kolada (*.json *.csv *.txt);;All files (*)</source>
        <translation>Filer sparade från Kolada (*.json *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/kolada_import.py" line="37"/>
        <source>Reading the file saved from Kolada…</source>
        <translation>Läser filen som sparats från Kolada…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/kolada_import.py" line="50"/>
        <source>Not imported</source>
        <translation>Inte importerat</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="30"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{user} på {host} (process {pid}) sedan {since}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="33"/>
        <source>{user} on {host} (process {pid}) since {since}, {age} ago</source>
        <translation>{user} på {host} (process {pid}) sedan {since}, för {age} sedan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="66"/>
        <source>a moment</source>
        <translation>ett ögonblick</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="68"/>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="70"/>
        <source>{n} minutes</source>
        <translation>{n} minuter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="72"/>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="74"/>
        <source>{n} hours</source>
        <translation>{n} timmar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="75"/>
        <source>{n} days</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="293"/>
        <location filename="../../amp_desktop/core/store/lock.py" line="340"/>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="86"/>
        <source>another program</source>
        <extracomment>The holder runs on this computer (close it there), not one that cannot be asked.</extracomment>
        <translation>ett annat program</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock_holder.py" line="88"/>
        <source>{file} is open for editing by {who}.</source>
        <translation>{file} är öppen för redigering av {who}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="273"/>
        <source>Another program saved changes to {file} while it was open here, so this change, made on what the file held before, was not saved. Look at the catalogue as it is now and make the change again.</source>
        <translation>Ett annat program sparade ändringar i {file} medan den var öppen här, så den här ändringen, gjord på det filen innehöll innan, sparades inte. Titta på katalogen som den är nu och gör ändringen igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="295"/>
        <source>{file} is now open for editing by {who}, so this window can no longer save to it; the change was not saved. Close the catalogue and open it again.</source>
        <translation>{file} är nu öppen för redigering av {who}, så det här fönstret kan inte längre spara i den; ändringen sparades inte. Stäng katalogen och öppna den igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="341"/>
        <source>Took over {file} from {who}.</source>
        <translation>Tog över {file} från {who}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="68"/>
        <source>&amp;Catalogue</source>
        <extracomment>The open catalogue changed: the new :class:`CatalogueSession`, or None.</extracomment>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="75"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planering</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="81"/>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="72"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Ny katalog…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="77"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="81"/>
        <source>Open &amp;Example</source>
        <translation>Öppna &amp;exempelkatalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="83"/>
        <source>The Västerås 2021 programmes with fictitious numbers</source>
        <translation>Västerås insatser 2021 med påhittade siffror</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="89"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="95"/>
        <source>&amp;Close Catalogue</source>
        <translation>S&amp;täng katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="103"/>
        <source>&amp;Export to Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="109"/>
        <source>&amp;Import from Excel…</source>
        <translation>Im&amp;portera från Excel…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="115"/>
        <source>Print Pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="121"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="127"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="133"/>
        <source>AMP &amp;User Guide</source>
        <translation>&amp;Användarhandbok för AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="138"/>
        <source>&amp;About AMP</source>
        <translation>&amp;Om AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="143"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="149"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="158"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="162"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="167"/>
        <source>&amp;Add Programme</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="173"/>
        <source>&amp;Duplicate Programme</source>
        <translation>&amp;Duplicera insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="179"/>
        <source>De&amp;lete Programme…</source>
        <translation>&amp;Ta bort insats…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="188"/>
        <source>&amp;Search Programmes</source>
        <translation>&amp;Sök insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="196"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="197"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="212"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="219"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="237"/>
        <source>No recent catalogues</source>
        <translation>Inga senaste kataloger</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/window_actions.py" line="242"/>
        <source>Clear the List</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="131"/>
        <source>New Catalogue</source>
        <translation>Ny katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="140"/>
        <source>Open Catalogue</source>
        <translation>Öppna katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="182"/>
        <source>Opened read-only: {reason}.</source>
        <translation>Öppnad skrivskyddad: {reason}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="185"/>
        <source>Opened read-only: changes cannot be made.</source>
        <translation>Öppnad skrivskyddad: inga ändringar kan göras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="189"/>
        <source>AMP catalogues (*.amp)</source>
        <translation>AMP-kataloger (*.amp)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="189"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="313"/>
        <source>{file} [read-only] — AMP</source>
        <translation>{file} [skrivskyddad] — AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="315"/>
        <source>{file} — AMP</source>
        <translation>{file} — AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window.py" line="336"/>
        <source>Another AMP has this catalogue open for editing; you can only look.</source>
        <translation>Ett annat AMP har katalogen öppen för redigering; du kan bara titta.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/tab.py" line="30"/>
        <location filename="../../amp_desktop/ui/results/tab.py" line="34"/>
        <source>&amp;Results</source>
        <translation>Re&amp;sultat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/tab.py" line="37"/>
        <source>What each programme achieved: exits to work or studies</source>
        <translation>Vad varje insats har uppnått: avslut till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/tab.py" line="43"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/menu.py" line="25"/>
        <source>&amp;Yearly Figures…</source>
        <translation>Årets &amp;nyckeltal…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/menu.py" line="27"/>
        <source>The year&apos;s figures for SKR&apos;s survey, beside Kolada</source>
        <translation>Årets nyckeltal för SKR:s enkät, bredvid Kolada</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window_checks.py" line="65"/>
        <source>The catalogue is damaged</source>
        <translation>Katalogen är skadad</translation>
    </message>
</context>
<context>
    <name>Mandate</name>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="49"/>
        <source>Agreement with Arbetsförmedlingen (lag 2009:47)</source>
        <translation>Överenskommelse med AF (lag 2009:47)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="50"/>
        <source>Work placement on income support (SoL 4 kap. 4 §)</source>
        <translation>Praktik vid ekonomiskt bistånd (SoL 4 kap. 4 §)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="51"/>
        <source>Coordination association (FINSAM)</source>
        <translation>Samordningsförbund (Finsam)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="52"/>
        <source>The municipality as employer</source>
        <translation>Kommunen som arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="53"/>
        <source>Project funding (e.g. ESF)</source>
        <translation>Projektmedel (t.ex. ESF)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="54"/>
        <location filename="../../amp_desktop/core/mandate.py" line="67"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="63"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="64"/>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="65"/>
        <source>A coordination association (samordningsförbund)</source>
        <translation>Ett samordningsförbund</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="66"/>
        <source>A region</source>
        <translation>En region</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="183"/>
        <source>Dates must be written YYYY-MM-DD.</source>
        <translation>Datum skrivs ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/mandate.py" line="186"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/mandates.py" line="180"/>
        <source>Decision date: {problem}</source>
        <extracomment>What the upgrade of an older file does: every programme an empty, flagged mandate.</extracomment>
        <translation>Beslutsdatum: {problem}</translation>
    </message>
</context>
<context>
    <name>MandateBox</name>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="87"/>
        <source>e.g. AMN 2024/123</source>
        <extracomment>The fields of each kind&apos;s first basis, under its tick box (shown while ticked). The bases after the first of their kind (a second ESF project, say), a row each under the kind&apos;s; &quot;+&quot; beside the kind adds one.</extracomment>
        <translation>t.ex. AMN 2024/123</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="88"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="92"/>
        <source>Decision, diary number:</source>
        <translation>Beslut, diarienummer:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="93"/>
        <source>Decision date:</source>
        <translation>Beslutsdatum:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="94"/>
        <source>Agreements…</source>
        <translation>Avtal…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="212"/>
        <source>(no agreement)</source>
        <translation>(inget avtal)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="188"/>
        <source>Needs attention:</source>
        <translation>Behöver ses över:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="50"/>
        <source>Man&amp;date and decision</source>
        <translation>&amp;Mandat och beslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="211"/>
        <source>(which agreement?)</source>
        <translation>(vilket avtal?)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/mandate_box.py" line="282"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
<context>
    <name>MeasuredStayButton</name>
    <message>
        <location filename="../../amp_desktop/ui/results/parts.py" line="115"/>
        <source>Use measured stay</source>
        <translation>Använd uppmätt tid i insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/parts.py" line="118"/>
        <source>Set the average stay the plan uses to the mean stay at exit measured in the period (women, men and every need level together). Edit → Undo takes it back.</source>
        <translation>Sätter den genomsnittliga tid i insats som planen använder till den medeltid vid avslut som uppmätts under perioden (kvinnor, män och alla bedömningsnivåer tillsammans). Redigera → Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/parts.py" line="125"/>
        <source>For the selected programme</source>
        <translation>För den valda insatsen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/parts.py" line="128"/>
        <source>For every programme shown</source>
        <translation>För alla insatser som visas</translation>
    </message>
</context>
<context>
    <name>NoResultsPage</name>
    <message>
        <location filename="../../amp_desktop/ui/results/parts.py" line="36"/>
        <source>&lt;p&gt;&lt;b&gt;No results yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a participant list: File → Import from Excel…&lt;/p&gt;&lt;p&gt;A list from the case system (Treserva, Viva, Procapita, Lifecare or a sheet of your own) with one row per enrolment: programme, start and end date, exit reason, and often gender and need level. Only counts are kept — never a person.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Inga resultat än.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importera en deltagarlista: Arkiv → Importera från Excel…&lt;/p&gt;&lt;p&gt;En lista från verksamhetssystemet (Treserva, Viva, Procapita, Lifecare eller ett eget kalkylblad) med en rad per inskrivning: insats, start- och slutdatum, avslutsorsak och ofta kön och bedömningsnivå. Bara antal sparas – aldrig en person.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/parts.py" line="47"/>
        <source>Import from Excel…</source>
        <translation>Importera från Excel…</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="49"/>
        <source>Catalogue checked</source>
        <translation>Katalogen kontrollerad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="77"/>
        <location filename="../../amp_desktop/ui/open_flow.py" line="118"/>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="78"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="80"/>
        <source>{file} is open for editing by {who}.

Only one person can edit a catalogue at a time. You can open it read-only to look at it.</source>
        <translation>{file} är öppen för redigering av {who}.

Bara en person i taget kan redigera en katalog. Du kan öppna den skrivskyddad för att titta i den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="87"/>
        <source>{file} is open for editing by {who}.

Only one person can edit a catalogue at a time. You can open it read-only to look at it. If that AMP no longer runs (its computer crashed or was switched off, or the file was copied from it), you can take the catalogue over.</source>
        <translation>{file} är öppen för redigering av {who}.

Bara en person i taget kan redigera en katalog. Du kan öppna den skrivskyddad för att titta i den. Om det AMP:t inte längre körs (datorn kraschade eller stängdes av, eller filen kopierades därifrån) kan du ta över katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="95"/>
        <source>Take Over…</source>
        <translation>Ta över…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="96"/>
        <source>Catalogue in use</source>
        <translation>Katalogen används</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="119"/>
        <source>Take {file} over from {who}?

Do this only if that AMP is no longer running. If it still is, the changes made there can no longer be saved.</source>
        <translation>Ta över {file} från {who}?

Gör det bara om det AMP:t inte längre körs. Om det fortfarande gör det kan ändringarna som görs där inte längre sparas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="127"/>
        <source>Take over the catalogue</source>
        <translation>Ta över katalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="129"/>
        <source>Take Over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="135"/>
        <source>Cannot take over the catalogue</source>
        <translation>Kan inte ta över katalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/main_window_checks.py" line="81"/>
        <location filename="../../amp_desktop/ui/open_flow.py" line="153"/>
        <source>Cannot open the catalogue</source>
        <translation>Katalogen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/open_flow.py" line="170"/>
        <source>Cannot create the catalogue</source>
        <translation>Katalogen kan inte skapas</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="31"/>
        <source>Places: expected a number of places.</source>
        <translation>Platser: ett antal platser förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="37"/>
        <source>Places: a number of places must be whole.</source>
        <translation>Platser: antalet platser måste vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="42"/>
        <source>Places: expected a number such as 24 or 24 (budget 10).</source>
        <translation>Platser: ett tal som 24 eller 24 (budget 10) förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/sources.py" line="93"/>
        <source>Referral sources: a closing bracket has no opening one.</source>
        <translation>Anvisande parter: en slutparentes saknar startparentes.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/sources.py" line="106"/>
        <source>Referral sources: a bracket is not closed.</source>
        <translation>Anvisande parter: en parentes är inte stängd.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/text_fields.py" line="33"/>
        <source>Type: expected Primär or Sekundär (primary or secondary).</source>
        <translation>Typ: Primär eller Sekundär förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="68"/>
        <source>Number: both comma and point in one number.</source>
        <translation>Tal: både komma och punkt i samma tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="73"/>
        <source>Number: not a number.</source>
        <translation>Tal: inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="85"/>
        <source>Amount: expected an amount in kronor.</source>
        <translation>Belopp: ett belopp i kronor förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="93"/>
        <source>Amount: expected an amount such as 1 200 000 kr.</source>
        <translation>Belopp: ett belopp som 1 200 000 kr förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="104"/>
        <source>Amount: expected whole kronor.</source>
        <translation>Belopp: hela kronor förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="113"/>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="121"/>
        <source>Number: expected a whole number.</source>
        <translation>Tal: ett heltal förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="130"/>
        <source>Number: expected a number.</source>
        <translation>Tal: ett tal förväntades.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/numbers.py" line="186"/>
        <source>Share: write a percentage from 0 to 100.</source>
        <extracomment>A run of digits with the commas and points between them, as typed. An English number with its thousands grouped: ``1,200``, ``12,345.5``.</extracomment>
        <translation>Andel: skriv en procentsats från 0 till 100.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/values.py" line="34"/>
        <location filename="../../amp_desktop/core/parse/text_fields.py" line="56"/>
        <source>Date: write the date as YYYY-MM-DD.</source>
        <translation>Datum: skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/text_fields.py" line="51"/>
        <source>Date: there is no {date} in the calendar; check the month and the day (YYYY-MM-DD).</source>
        <translation>Datum: {date} finns inte i kalendern; kontrollera månad och dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/text_fields.py" line="111"/>
        <location filename="../../amp_desktop/core/parse/text_fields.py" line="117"/>
        <source>Months it runs: list month numbers such as 6,7,8.</source>
        <extracomment>A date written year first, month and day with or without a leading zero, with one separator throughout, and perhaps a time after it (as a text cell may hold).</extracomment>
        <translation>Månader den pågår: ange månadsnummer som 6,7,8.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse/text_fields.py" line="120"/>
        <source>Months it runs: months are numbered 1 to 12.</source>
        <translation>Månader den pågår: månaderna numreras 1 till 12.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="41"/>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="59"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="41"/>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="60"/>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="41"/>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="47"/>
        <source>T1 (Jan–Apr)</source>
        <translation>T1 (jan–apr)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="47"/>
        <source>T2 (May–Aug)</source>
        <translation>T2 (maj–aug)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="47"/>
        <source>T3 (Sep–Dec)</source>
        <translation>T3 (sep–dec)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="56"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="61"/>
        <source>First month</source>
        <translation>Första månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="62"/>
        <source>Last month</source>
        <translation>Sista månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="67"/>
        <source>Perio&amp;d:</source>
        <translation>Perio&amp;d:</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="237"/>
        <source>Places and places needed</source>
        <translation>Platser och behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="238"/>
        <source>Utilisation by status</source>
        <translation>Beläggning efter status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="240"/>
        <source>&amp;Show</source>
        <translation>V&amp;isa</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="80"/>
        <source>Plan for {period}</source>
        <translation>Plan för {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="82"/>
        <source>scenario “{name}”</source>
        <translation>scenario ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/plan.py" line="127"/>
        <source>Left out to fit {width} columns: {columns} (amp plan --json and amp report have them).</source>
        <translation>Utelämnat för att rymmas på {width} tecken: {columns} (finns i amp plan --json och amp report).</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="201"/>
        <source>Working out the plan for {period}…</source>
        <extracomment>The period last shown: a change of kind starts from it.</extracomment>
        <translation>Räknar fram planen för {period}…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="210"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: no programmes to plan.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: inga insatser att planera.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="225"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: {n} programmes, {places} places, {needed} needed on average (utilisation {util}); {referrals} referrals a month; {statuses}.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: {n} insatser, {places} platser, {needed} behövs i genomsnitt (beläggning {util}); {referrals} anvisningar i månaden; {statuses}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="242"/>
        <source>actual</source>
        <translation>utfall</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="242"/>
        <source>forecast</source>
        <translation>prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="248"/>
        <source>No referrals recorded for the period.</source>
        <translation>Inga anvisningar registrerade för perioden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="249"/>
        <source>Referrals: {spans}.</source>
        <translation>Anvisningar: {spans}.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="32"/>
        <source>Same month last year</source>
        <translation>Samma månad förra året</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="33"/>
        <source>Mean of the last 12 months</source>
        <translation>Medel av de senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="86"/>
        <source>Fill forecast: {method}</source>
        <translation>Fyll prognos: {method}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/forecast.py" line="97"/>
        <source>Forecast {month} {source}</source>
        <translation>Prognos {month} {source}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="30"/>
        <source>“{month}” is not a month; write it as YYYY-MM.</source>
        <translation>”{month}” är ingen månad; skriv den som ÅÅÅÅ-MM.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="49"/>
        <source>Jan–Apr</source>
        <translation>jan–apr</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="50"/>
        <source>May–Aug</source>
        <translation>maj–aug</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="51"/>
        <source>Sep–Dec</source>
        <translation>sep–dec</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="65"/>
        <source>The period starts ({first}) after it ends ({last}).</source>
        <translation>Perioden börjar ({first}) efter att den slutar ({last}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="73"/>
        <source>A period lies between 1990 and 2100, not {first} – {last}.</source>
        <translation>En period ligger mellan 1990 och 2100, inte {first} – {last}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="87"/>
        <source>A tertial is 1, 2 or 3, not {n}.</source>
        <translation>Ett tertial är 1, 2 eller 3, inte {n}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="116"/>
        <source>“{text}” is not a period; write a year (2026), a tertial (2026-T1) or months (2026-01..2026-06).</source>
        <translation>”{text}” är ingen period; skriv ett år (2026), ett tertial (2026-T1) eller månader (2026-01..2026-06).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="137"/>
        <source>Give either --from/--to, --year or --tertial, not several.</source>
        <translation>Ange antingen --from/--to, --year eller --tertial, inte flera.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="143"/>
        <source>“{text}” is not a year; write e.g. 2026.</source>
        <translation>”{text}” är inget år; skriv t.ex. 2026.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="152"/>
        <source>“{text}” is not a tertial; write e.g. 2026-T1.</source>
        <translation>”{text}” är inget tertial; skriv t.ex. 2026-T1.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/period.py" line="159"/>
        <source>Give both --from and --to.</source>
        <translation>Ange både --from och --to.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="68"/>
        <source>Planning status: the limits must go up from idle to tight to short of places.</source>
        <translation>Planeringsstatus: gränserna måste stiga från låg beläggning till knappt till brist på platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="85"/>
        <source>Short</source>
        <translation>Brist</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="86"/>
        <source>Tight</source>
        <translation>Knappt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="87"/>
        <source>Balanced</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="88"/>
        <source>Idle</source>
        <translation>Låg beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="89"/>
        <source>No places</source>
        <translation>Inga platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="90"/>
        <source>Off season</source>
        <translation>Utanför säsong</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="91"/>
        <source>Stay unknown</source>
        <translation>Tid i insats okänd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="107"/>
        <source>short 1 month</source>
        <translation>brist 1 mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="109"/>
        <source>short {n} months</source>
        <translation>brist {n} mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="117"/>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="118"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="119"/>
        <source>Actual + forecast</source>
        <translation>Utfall + prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/model.py" line="120"/>
        <source>No demand</source>
        <translation>Ingen efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/plan.py" line="188"/>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/plan.py" line="201"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/plan.py" line="206"/>
        <source>(source unknown)</source>
        <translation>(okänd anvisande part)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="64"/>
        <source>Unknown scenario change: {target} {mode}.</source>
        <extracomment>The longest scenario name, in characters. The longest stay a scenario may give (as ``rules.check_programme``), in weeks. A percentage change from −100 % (nothing left) to +1,000 % (eleven times as much).</extracomment>
        <translation>Okänd ändring i scenariot: {target} {mode}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="71"/>
        <source>Programme: “{id}” is not a programme number.</source>
        <translation>Insats: ”{id}” är inte ett insatsnummer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="118"/>
        <source>Places: the value must be a number from {low} to {high}.</source>
        <translation>Platser: värdet måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="120"/>
        <source>Average stay (weeks): the value must be a number from {low} to {high}.</source>
        <translation>Genomsnittlig tid i insats (veckor): värdet måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="124"/>
        <source>Referrals per month: the value must be a number from {low} to {high}.</source>
        <translation>Anvisningar per månad: värdet måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="205"/>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="211"/>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="246"/>
        <source>The scenario cannot be read ({reason}).</source>
        <translation>Scenariot kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="240"/>
        <source>There is no scenario named “{name}”.</source>
        <translation>Det finns inget scenario som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="275"/>
        <source>Scenario name: a scenario needs a name.</source>
        <translation>Scenariots namn: ett scenario behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="278"/>
        <source>Scenario name: no line breaks or tabs in the name.</source>
        <translation>Scenariots namn: inga radbrytningar eller tabbar i namnet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="281"/>
        <source>Scenario name: at most 100 characters.</source>
        <translation>Scenariots namn: högst 100 tecken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="336"/>
        <source>Places from scenario “{name}”</source>
        <translation>Platser från scenariot ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="340"/>
        <source>Places from the what-if scenario</source>
        <translation>Platser från scenariot under arbete</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/cache.py" line="201"/>
        <location filename="../../amp_desktop/core/planning/streaming.py" line="82"/>
        <source>Working out the plan…</source>
        <extracomment>Plans of recently shown periods kept (dropped when the catalogue changes)... Plans made ahead (:meth:`PlanCache.keep`) and not shown yet, kept apart: they never push out the plans of periods shown. ...as long as together they hold at most this many programme-months (programmes × months of the period; a year of 1,000 programmes, 12,000, holds about 4.5 MB). Planning this many programme-months (programmes × months read) or more can pass half a second on a slow machine: the window does it in its worker. A catalogue whose demand spans at most this many programme-months is read whole at the first plan (every later period switch then only computes); a bigger one, a county&apos;s ten years, only as far as the periods shown need.
----------
Programmes whose demand is read together (one query per distinct look-back)… …fewer for a long period: at most about this many programme-months at once.</extracomment>
        <translation>Räknar fram planen…</translation>
    </message>
</context>
<context>
    <name>PlanningCharts</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="60"/>
        <source>Chart</source>
        <extracomment>At most this many programmes in the bar chart (the table&apos;s first, in its order). Actual occupancy from imported results (participant-days ÷ days). Room a month&apos;s label needs beside its text on the axis, or QtCharts cuts it short (measured: it did below 17 px).</extracomment>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="149"/>
        <source>Utilisation (needed ÷ places), {period}</source>
        <extracomment>The longest label under a bar, in letters (a code is shorter; a name is cut).</extracomment>
        <translation>Beläggning (behov ÷ platser), {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="153"/>
        <source>Places and places needed, {period}</source>
        <translation>Platser och behövda platser, {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="158"/>
        <source>(first {n} of {total} in table order)</source>
        <translation>(de första {n} av {total} i tabellens ordning)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="180"/>
        <source>All places used ({percent})</source>
        <translation>Alla platser använda ({percent})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="193"/>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="305"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="194"/>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="308"/>
        <source>Needed</source>
        <translation>Behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="289"/>
        <source>Select a programme to see it month by month</source>
        <translation>Välj en insats för att se den månad för månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="296"/>
        <source>{name}, month by month</source>
        <translation>{name}, månad för månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="300"/>
        <source>Referrals</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="326"/>
        <source>Actual occupancy</source>
        <translation>Faktisk beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/charts.py" line="344"/>
        <source>(* = forecast)</source>
        <translation>(* = prognos)</translation>
    </message>
</context>
<context>
    <name>PlanningModels</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="107"/>
        <source>Actual</source>
        <extracomment>A typed value that is not a number of referrals, with the reason.</extracomment>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="109"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="111"/>
        <source>No demand</source>
        <translation>Ingen efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="123"/>
        <source>This month has actual referrals; they count, not the forecast.</source>
        <translation>Månaden har faktiska anvisningar; de räknas, inte prognosen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="164"/>
        <source>Forecast
total</source>
        <translation>Prognos
totalt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="165"/>
        <source>Actual
total</source>
        <translation>Utfall
totalt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_model.py" line="166"/>
        <source>Counts</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="54"/>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="24"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="309"/>
        <source>No referrals in the period</source>
        <translation>Inga anvisningar under perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="315"/>
        <source>Referrals per month by source</source>
        <translation>Anvisningar per månad och anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="320"/>
        <source>{weeks} weeks</source>
        <translation>{weeks} veckor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="328"/>
        <source>Seasonal: runs in months {months}</source>
        <translation>Säsong: pågår månaderna {months}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="333"/>
        <source>Double-click to open it in the catalogue.</source>
        <translation>Dubbelklicka för att öppna den i katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="339"/>
        <source>Most needed: {needed} in {month}</source>
        <translation>Störst behov: {needed} i {month}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="344"/>
        <source>Short in {n} of {total} months</source>
        <translation>Brist {n} av {total} månader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="25"/>
        <source>Average stay (weeks)</source>
        <translation>Genomsnittlig tid i insats (veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="26"/>
        <source>Referrals per month</source>
        <translation>Anvisningar per månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="32"/>
        <source>set to</source>
        <translation>sätt till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="33"/>
        <source>change by</source>
        <translation>ändra med</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="34"/>
        <source>change by %</source>
        <translation>ändra med %</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="59"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="64"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_models.py" line="69"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>PlanningTable</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="235"/>
        <source>Budgeted
places</source>
        <extracomment>Pale backgrounds by status, readable with black text (the core&apos;s colour table). Strong colours of the same statuses, for charts and the legend swatches. The cell&apos;s text from the whole row (declared columns); else text(value). The roles :meth:`extra_data` answers (None: it is asked for every role). Keep each row&apos;s texts until the items change (the texts depend on nothing else). The ProgrammePlan attribute behind each numeric column (for tests and the CLI check).</extracomment>
        <translation>Budget-
platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="236"/>
        <source>Referrals
per month</source>
        <translation>Anvisn.
per mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/models.py" line="237"/>
        <source>Stay
(months)</source>
        <translation>Tid
(mån)</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/totals_panel.py" line="30"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/totals_panel.py" line="32"/>
        <source>Type (primary/secondary)</source>
        <translation>Typ (primär/sekundär)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/totals_panel.py" line="35"/>
        <source>Referral source</source>
        <translation>Anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/totals_panel.py" line="42"/>
        <source>Totals of the period</source>
        <translation>Periodens summor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/totals_panel.py" line="54"/>
        <source>Totals &amp;by</source>
        <translation>Su&amp;mmor per</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="105"/>
        <source>Programmes of the period</source>
        <translation>Periodens insatser</translation>
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
        <location filename="../../amp_desktop/ui/planning/forecast_editing.py" line="46"/>
        <location filename="../../amp_desktop/ui/planning/forecast_editing.py" line="58"/>
        <location filename="../../amp_desktop/ui/planning/forecast_editing.py" line="65"/>
        <location filename="../../amp_desktop/ui/planning/view.py" line="147"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/view.py" line="148"/>
        <source>What if…</source>
        <translation>Vad händer om…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/look_ahead.py" line="142"/>
        <location filename="../../amp_desktop/ui/planning/view.py" line="227"/>
        <location filename="../../amp_desktop/ui/planning/view.py" line="251"/>
        <location filename="../../amp_desktop/ui/planning/view.py" line="302"/>
        <source>Planning</source>
        <extracomment>Plans reading fewer programme-months than this are quick on the GUI thread (about 5 µs each: 25 ms) and are not made ahead. At most this many periods ahead of each one shown (the cache keeps 8 made ahead).</extracomment>
        <translation>Planering</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/totals_panel.py" line="76"/>
        <source>Places are not divided among referral sources; &apos;Needed&apos; is the places taken up by each source&apos;s referrals.</source>
        <translation>Platserna fördelas inte på anvisande parter; ”Behov” är de platser som varje parts anvisningar tar i anspråk.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/totals_panel.py" line="84"/>
        <source>Seasonal programmes that do not run in the period are left out of places.</source>
        <translation>Säsongsinsatser som inte pågår under perioden räknas inte med i platserna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/forecast_editing.py" line="66"/>
        <source>Nothing to fill: every month of the period has actual referrals, or there is no history to take the forecast from.</source>
        <translation>Inget att fylla: varje månad i perioden har faktiska anvisningar, eller så finns ingen historik att ta prognosen från.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="50"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="56"/>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="60"/>
        <source>A new language is used from the next time AMP starts.</source>
        <translation>Ett nytt språk används från nästa gång AMP startar.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="64"/>
        <source>e.g. Västerås stad</source>
        <translation>t.ex. Västerås stad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="66"/>
        <source>e.g. Arbetsmarknadsenheten</source>
        <translation>t.ex. Arbetsmarknadsenheten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="79"/>
        <location filename="../../amp_desktop/ui/preferences.py" line="120"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="81"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="83"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="84"/>
        <source>&amp;Unit name:</source>
        <translation>&amp;Enhetens namn:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="85"/>
        <source>The municipality and unit are printed on reports.</source>
        <translation>Kommunen och enheten skrivs ut på rapporterna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="89"/>
        <source>Planning status (places needed ÷ places)</source>
        <translation>Planeringsstatus (behövda platser ÷ platser)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="91"/>
        <source>&amp;Short of places above:</source>
        <translation>&amp;Brist på platser över:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="92"/>
        <source>&amp;Tight above:</source>
        <translation>Kn&amp;appt över:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="93"/>
        <source>&amp;Idle below:</source>
        <translation>&amp;Låg beläggning under:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="96"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="98"/>
        <source>&amp;Backups kept per catalogue:</source>
        <translation>Säkerhetsk&amp;opior som sparas per katalog:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="121"/>
        <source>Planning and results</source>
        <translation>Planering och resultat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="123"/>
        <source>This catalogue</source>
        <translation>Den här katalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="147"/>
        <source>&amp;Exact figures in printouts</source>
        <translation>E&amp;xakta siffror i utskrifter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="151"/>
        <source>Printed results, the PDF and the Excel export show counts of 1–4 as &lt;5 and hide shares of fewer than 5. Tick only for use inside the unit.</source>
        <translation>Utskrivna resultat, PDF:en och Excel-exporten visar antal 1–4 som &lt;5 och döljer andelar av färre än 5. Kryssa bara i för bruk inom enheten.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="155"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="157"/>
        <source>Default goal, &amp;primary programmes:</source>
        <translation>Standardmål, &amp;primära insatser:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="158"/>
        <source>Default goal, secon&amp;dary programmes:</source>
        <translation>Standardmål, sekun&amp;dära insatser:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="161"/>
        <source>The share to work or studies a programme without a goal of its own is measured against. Kept in the open catalogue.</source>
        <translation>Den andel till arbete eller studier som en insats utan eget mål mäts mot. Sparas i den öppna katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="165"/>
        <source>Open a catalogue to set its default goals.</source>
        <translation>Öppna en katalog för att ange dess standardmål.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="178"/>
        <source>No goal</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/preferences.py" line="231"/>
        <source>Default goals not saved</source>
        <translation>Standardmålen sparades inte</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../amp_desktop/ui/printing/blocks.py" line="137"/>
        <source>%1 (continued)</source>
        <extracomment>Given the height available, a part that fits and the rest (None: cannot split).</extracomment>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chart.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="56"/>
        <source>Could not start printing.</source>
        <translation>Utskriften kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="67"/>
        <source>Could not finish printing.</source>
        <translation>Utskriften kunde inte slutföras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/report.py" line="99"/>
        <location filename="../../amp_desktop/ui/printing/output.py" line="76"/>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="100"/>
        <source>%1 is a folder; give the PDF file to write.</source>
        <translation>%1 är en mapp; ange PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="103"/>
        <source>%1 is not a regular file; give the name of a PDF file to write.</source>
        <translation>%1 är inte en vanlig fil; ange namnet på en PDF-fil som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="106"/>
        <source>%1 is an AMP catalogue or another database, not a PDF; it was left unchanged. Choose another file name for the PDF.</source>
        <translation>%1 är en AMP-katalog eller en annan databas, inte en PDF; den har lämnats orörd. Välj ett annat filnamn för PDF-filen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="112"/>
        <source>%1 is not a PDF; it was left unchanged. Choose another file name for the PDF.</source>
        <translation>%1 är ingen PDF; den har lämnats orörd. Välj ett annat filnamn för PDF-filen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="131"/>
        <source>Could not write %1: the PDF came out incomplete (is the disk full?).</source>
        <translation>Kunde inte skriva %1: PDF-filen blev ofullständig (är disken full?).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="219"/>
        <source>Print preview – %1</source>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="264"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="297"/>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/output.py" line="302"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/render.py" line="38"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="74"/>
        <source>Select a programme in the table to see and edit it here.</source>
        <extracomment>The narrowest it gets beside the table (wider when its form needs it: a larger font).</extracomment>
        <translation>Välj en insats i tabellen för att se och redigera den här.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="104"/>
        <location filename="../../amp_desktop/ui/editor.py" line="216"/>
        <source>Read-only: the catalogue is open for editing elsewhere, so it cannot be changed here.</source>
        <translation>Skrivskyddad: katalogen är öppen för redigering på annat håll och kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/field_editors.py" line="58"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/field_editors.py" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/field_editors.py" line="66"/>
        <source>All year, or months such as 6,7,8</source>
        <translation>Hela året, eller månader som 6,7,8</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/field_editors.py" line="69"/>
        <source>e.g. 1 200 000</source>
        <translation>t.ex. 1 200 000</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/field_editors.py" line="70"/>
        <source>e.g. 48 %</source>
        <translation>t.ex. 48 %</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/field_editors.py" line="71"/>
        <source>Main sources, fallbacks in brackets: AF (SKE)</source>
        <translation>Huvudsakliga parter, reserver inom parentes: AF (SKE)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="114"/>
        <source>Pro&amp;gramme</source>
        <translation>&amp;Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="115"/>
        <source>Places and &amp;money</source>
        <translation>Platser och pen&amp;gar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="116"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="117"/>
        <source>&amp;Time</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="118"/>
        <source>Res&amp;ults goal</source>
        <translation>Res&amp;ultatmål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="119"/>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="174"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="213"/>
        <source>Read-only: {reason}, so it cannot be changed here.</source>
        <translation>Skrivskyddad: {reason}, så den kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="318"/>
        <source>Referral sources: write source codes, fallbacks in brackets.</source>
        <translation>Anvisande parter: skriv parternas koder, reserver inom parentes.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="325"/>
        <source>Places: write the number of places.</source>
        <translation>Platser: skriv antalet platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="355"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="378"/>
        <source>New referral source</source>
        <translation>Ny anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="380"/>
        <source>{new} is not a referral source in this catalogue. Add it as a new one? (The catalogue has: {known}.)</source>
        <translation>{new} är inte en anvisande part i den här katalogen. Lägga till den som ny? (Katalogen har: {known}.)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/editor.py" line="386"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/tasks.py" line="184"/>
        <source>Cancelling…</source>
        <extracomment>Work that ends sooner than this never shows a progress dialog. While work runs, the garbage collector&apos;s oldest generation waits: a full collection holds the GIL for 0.1-0.3 s once a worker has made 100,000 rows, and the window would freeze for it. Young generations are still collected. ...and it waits this long after the work has ended, so the full collection of what the work made (40-50 ms after reading 100,000 rows) does not land while the window shows the work&apos;s result, but once the user is looking at it. While work runs, a thread holding the GIL hands it over after this many seconds (Python&apos;s default is 5 ms): the GUI thread takes the GIL many times for each event it handles, and waited up to 5 ms each time, 100-200 ms for one timer tick. The executor every task uses; swapped by :func:`use_executor`.</extracomment>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../amp_desktop/ui/dialogs.py" line="64"/>
        <source>OK</source>
        <extracomment>When set, called instead of showing a dialog: ``answerer(kind, **details)``.</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../amp_desktop/selftest.py" line="71"/>
        <location filename="../../amp_desktop/ui/excel/import_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReadOnlyFollower</name>
    <message>
        <location filename="../../amp_desktop/ui/read_only_follower.py" line="79"/>
        <source>Another AMP saved changes to this catalogue; shown as they are now.</source>
        <extracomment>How often a read-only window looks at the file.</extracomment>
        <translation>En annan AMP sparade ändringar i katalogen; de visas nu som de är.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/read_only_follower.py" line="84"/>
        <source>The catalogue file cannot be read any more ({reason}).</source>
        <translation>Katalogfilen går inte att läsa längre ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/read_only_follower.py" line="92"/>
        <source>Catalogue free for editing</source>
        <translation>Katalogen kan redigeras</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/read_only_follower.py" line="94"/>
        <source>{name} is no longer open in another AMP. Open it for editing here?</source>
        <translation>{name} är inte längre öppen i en annan AMP. Vill du öppna den för redigering här?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/read_only_follower.py" line="96"/>
        <source>Open for Editing</source>
        <translation>Öppna för redigering</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../amp_desktop/core/reports/headings.py" line="19"/>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/headings.py" line="30"/>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="187"/>
        <source>The catalogue has no programmes.</source>
        <translation>Katalogen har inga insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="113"/>
        <source>Primary programmes</source>
        <translation>Primära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="115"/>
        <source>Secondary programmes</source>
        <translation>Sekundära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="116"/>
        <source>No primary programmes.</source>
        <translation>Inga primära insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="118"/>
        <source>No secondary programmes.</source>
        <translation>Inga sekundära insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="137"/>
        <source>Need level</source>
        <translation>Bedömningsnivå</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="139"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="142"/>
        <source>Totals per need level</source>
        <translation>Summor per bedömningsnivå</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="185"/>
        <source>Exits by reason</source>
        <translation>Avslut efter orsak</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="225"/>
        <source>Share to work or studies against the goal, women and men</source>
        <translation>Andel till arbete eller studier mot målet, kvinnor och män</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="227"/>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="256"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="228"/>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="257"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="229"/>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="258"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="238"/>
        <source>Not in the chart, for want of exits to show a share for women or men: %1.</source>
        <translation>Inte i diagrammet, eftersom avsluten är för få för att visa en andel för kvinnor eller män: %1.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="267"/>
        <source>Results per programme</source>
        <translation>Resultat per insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="270"/>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="277"/>
        <source>Exact figures, for internal use only</source>
        <translation>Exakta siffror, endast för internt bruk</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="276"/>
        <source>No results for this period. Import a participant list from the case system (File → Import from Excel, or amp import).</source>
        <translation>Inga resultat för perioden. Importera en deltagarlista från verksamhetssystemet (Arkiv → Importera från Excel, eller amp import).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="285"/>
        <source>No results imported for the period, so not in the tables below ({n}): {names}.</source>
        <translation>Inga resultat inlästa för perioden, så inte med i tabellerna nedan ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="305"/>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="326"/>
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="306"/>
        <source>Small counts</source>
        <translation>Små antal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="40"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="41"/>
        <source>Referral source</source>
        <translation>Anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="42"/>
        <source>Kolada category</source>
        <translation>Kolada-kategori</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="45"/>
        <source>Referral sources</source>
        <translation>Anvisande parter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="59"/>
        <source>Programme catalogue</source>
        <translation>Insatskatalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="61"/>
        <source>1 programme</source>
        <translation>1 insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="63"/>
        <source>%1 programmes</source>
        <translation>%1 insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="130"/>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="67"/>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/catalogue_list.py" line="79"/>
        <source>Referral sources in brackets are fallbacks: they fill places the main sources leave empty.</source>
        <translation>Anvisande parter inom parentes är reserver: de fyller platser som de huvudsakliga parterna lämnar tomma.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="85"/>
        <source>Places needed</source>
        <translation>Behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="82"/>
        <source>Places offered and places needed</source>
        <translation>Platser och behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="84"/>
        <source>Places offered</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="86"/>
        <source>needed places unknown</source>
        <translation>behovet av platser okänt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="92"/>
        <source>Places needed = referrals per month × average stay, averaged over the months of the period; referrals are the recorded ones where a month has any, otherwise the forecast. Utilisation = places needed ÷ places. Gap = places − places needed: positive means spare places, negative a shortage. Status: Short above %1 utilisation, Tight above %2, Idle below %3, otherwise Balanced. Cost per place = annual budget ÷ places.</source>
        <translation>Behövda platser = anvisningar per månad × genomsnittlig tid i insats, i genomsnitt över periodens månader; anvisningarna är de registrerade där en månad har några, annars prognosen. Beläggning = behövda platser ÷ platser. Överskott/brist = platser − behövda platser: positivt betyder lediga platser (överskott), negativt brist. Status: Brist över %1 beläggning, Knappt över %2, Låg beläggning under %3, annars Balans. Kostnad per plats = årsbudget ÷ platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="106"/>
        <source>How to read this overview</source>
        <translation>Så läser du översikten</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="117"/>
        <location filename="../../amp_desktop/selftest.py" line="64"/>
        <source>Capacity overview</source>
        <translation>Kapacitetsöversikt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="118"/>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="268"/>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/capacity_overview.py" line="122"/>
        <source>What-if scenario: %1 (not the catalogue as it is)</source>
        <translation>Scenario: %1 (inte katalogen som den är)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/results_sheet.py" line="140"/>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="123"/>
        <source>All primary programmes</source>
        <translation>Alla primära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/results_sheet.py" line="141"/>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="125"/>
        <source>All secondary programmes</source>
        <translation>Alla sekundära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/results_sheet.py" line="159"/>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="158"/>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="144"/>
        <source>Totals per unit</source>
        <translation>Summor per enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="44"/>
        <source>The municipality (published)</source>
        <translation>Kommunen (publicerat)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="45"/>
        <source>Similar municipalities</source>
        <translation>Liknande kommuner</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="46"/>
        <source>The county</source>
        <translation>Länet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="47"/>
        <source>The country</source>
        <translation>Riket</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="58"/>
        <source>Participants and referrals</source>
        <translation>Deltagare och anvisningar</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="59"/>
        <source>Exits and the length of stay</source>
        <translation>Avslut och tid i insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="60"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="82"/>
        <source>%1 and %2 more</source>
        <extracomment>How many ids a line of &quot;What is missing&quot; names before it counts the rest.</extracomment>
        <translation>%1 och %2 till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="96"/>
        <source>Municipality: %1</source>
        <translation>Kommun: %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="117"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="119"/>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="164"/>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="227"/>
        <source>AMP</source>
        <translation>AMP</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="131"/>
        <source>Share to work or studies (U40455) over the years</source>
        <translation>Andel till arbete eller studier (U40455) över åren</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="182"/>
        <source>AMP has no figure for %1.</source>
        <translation>AMP har inget värde för %1.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="196"/>
        <source>Every figure Kolada has values for in %1–%2: AMP&apos;s own figure, computed the same way for each year, beside the municipality&apos;s published value, the similar municipalities&apos; average, the county and the country. A gap in a line is a year without a value, never a zero.</source>
        <translation>Varje nyckeltal som Kolada har värden för %1–%2: AMP:s eget värde, beräknat på samma sätt för varje år, bredvid kommunens publicerade värde, liknande kommuners medelvärde, länet och riket. Ett avbrott i en linje är ett år utan värde, aldrig en nolla.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="208"/>
        <source>AMP&apos;s own costs are given for %1 only: the catalogue keeps each programme&apos;s budget as it is now, not as it was.</source>
        <translation>AMP:s egna kostnader anges bara för %1: katalogen har varje insats budget som den är nu, inte som den var.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="214"/>
        <source>Over the years</source>
        <translation>Över åren</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="252"/>
        <source>Share to work or studies, women and men, %1</source>
        <translation>Andel till arbete eller studier, kvinnor och män, %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="272"/>
        <source>Yearly figures for SKR&apos;s survey</source>
        <translation>Årets nyckeltal för SKR:s enkät</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="273"/>
        <source>Year: %1</source>
        <translation>År: %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="308"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="323"/>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="309"/>
        <source>* The Kolada id is not yet confirmed by Kolada&apos;s metadata.</source>
        <translation>* Kolada-id:t är ännu inte bekräftat av Koladas metadata.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/yearly_report.py" line="315"/>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
</context>
<context>
    <name>ReportChooser</name>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="49"/>
        <source>Choose a report</source>
        <translation>Välj en rapport</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="51"/>
        <source>Capacity overview</source>
        <translation>Kapacitetsöversikt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="52"/>
        <source>Results per programme</source>
        <translation>Resultat per insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="53"/>
        <source>Catalogue list</source>
        <translation>Katalogförteckning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="54"/>
        <source>Audit of the programmes</source>
        <translation>Granskning av insatserna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="55"/>
        <source>Yearly figures</source>
        <translation>Årets nyckeltal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="59"/>
        <source>Year of the yearly figures</source>
        <translation>Nyckeltalens år</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="69"/>
        <source>Places against referral demand for the period, with totals and a chart.</source>
        <translation>Platser mot efterfrågan (anvisningar) för perioden, med summor och ett diagram.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="72"/>
        <source>Participants, exits and the share to work or studies per programme for the period, women and men apart, against the goals. Counts under 5 are hidden unless Preferences asks for exact figures.</source>
        <translation>Deltagare, avslut och andel till arbete eller studier per insats för perioden, kvinnor och män för sig, mot målen. Antal under 5 döljs om inte Inställningar ber om exakta siffror.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="77"/>
        <source>Every programme with description, target group, places and referral sources.</source>
        <translation>Varje insats med beskrivning, målgrupp, platser och anvisande parter.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="80"/>
        <source>What the auditors ask, programme by programme: places against need, cost, results against the goal, mandate and board decision, and the checks that fail.</source>
        <translation>Det revisorerna frågar efter, insats för insats: platser mot behov, kostnad, resultat mot målet, mandat och nämndbeslut, och kontrollerna som inte klaras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/printing/chooser.py" line="84"/>
        <source>The year&apos;s figures for SKR&apos;s survey, beside the published values of the municipality, similar municipalities, the county and the country (Kolada).</source>
        <translation>Årets nyckeltal för SKR:s enkät, bredvid de publicerade värdena för kommunen, liknande kommuner, länet och riket (Kolada).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../../amp_desktop/ui/report_commands.py" line="64"/>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/report_commands.py" line="71"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/report_commands.py" line="76"/>
        <source>Printed 1 page.</source>
        <translation>Skrev ut 1 sida.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/report_commands.py" line="78"/>
        <source>Printed {n} pages.</source>
        <translation>Skrev ut {n} sidor.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/report_commands.py" line="86"/>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/report_commands.py" line="90"/>
        <source>Saved the PDF: {path}</source>
        <translation>Sparade PDF-filen: {path}</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="109"/>
        <source>Results for {period}</source>
        <translation>Resultat för {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="112"/>
        <source>No programme matches the selection.</source>
        <translation>Ingen insats matchar urvalet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="116"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="120"/>
        <source>– no results imported for {period} (amp import).</source>
        <translation>– inga resultat importerade för {period} (amp import).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="127"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="128"/>
        <location filename="../../amp_desktop/core/excel/participants.py" line="313"/>
        <source>Need level</source>
        <translation>Bedömningsnivå</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="129"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/results.py" line="153"/>
        <location filename="../../amp_desktop/core/reports/results_report.py" line="81"/>
        <source>Not stated</source>
        <extracomment>The columns of the programme tables (the results table&apos;s paper layout), then of the unit and need-level totals.</extracomment>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="194"/>
        <source>Gender is read from the identity number&apos;s second-to-last digit.</source>
        <extracomment>field → (English header, Swedish header, other spellings), as lists are written. Fields read from a list; the others are recognised so that they are dropped. A wording&apos;s reason key → its key with the list&apos;s names masked (where that differs). The reason keys of the list&apos;s wordings, as shown (names masked). The day the list was read (&quot;today&quot;): a year not over by then is not wholly covered.</extracomment>
        <translation>Kön läses ur personnumrets näst sista siffra.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="198"/>
        <source>Age bands are read from the identity number&apos;s date.</source>
        <translation>Åldersgrupp läses ur personnumrets datum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="262"/>
        <source>the enrolment ends after today but has an exit reason.</source>
        <translation>inskrivningen slutar efter i dag men har en avslutsorsak.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="305"/>
        <source>the same enrolment twice.</source>
        <translation>samma inskrivning två gånger.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="45"/>
        <source>the cell holds the time {value}, not a date (an empty date written as 0?).</source>
        <extracomment>The first words of a list&apos;s footer lines below the enrolments.</extracomment>
        <translation>cellen innehåller klockslaget {value}, inget datum (ett tomt datum skrivet som 0?).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="49"/>
        <source>“{value}” is not a real date: there is no such day.</source>
        <translation>”{value}” är inget riktigt datum: någon sådan dag finns inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="53"/>
        <source>“{value}” is not a date AMP reads: write it YYYY-MM-DD.</source>
        <translation>”{value}” är inget datum som AMP läser: skriv det ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="57"/>
        <source>the start is not a date.</source>
        <translation>starten är inget datum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="58"/>
        <source>the end is not a date.</source>
        <translation>slutet är inget datum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="88"/>
        <source>a footer line, not an enrolment.</source>
        <extracomment>Written as AMP asks (2024-02-30), but no day there is. A case system&apos;s report footer that starts with a totals word (&quot;Totalt: 12&quot;, &quot;Summa antal: 12&quot;, &quot;Totalt 12 rader&quot;, &quot;Summa totalt&quot;), its page number (&quot;Sida 1 av 3&quot;) or when and how it was taken (&quot;Rapportdatum 2025-03-01&quot;, &quot;Urval: …&quot;).</extracomment>
        <translation>en sidfotsrad, ingen inskrivning.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="102"/>
        <source>1 enrolment starts after today (a planned start): it is not counted.</source>
        <translation>1 inskrivning börjar efter i dag (en planerad start): den räknas inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="107"/>
        <source>{n} enrolments start after today (a planned start): they are not counted.</source>
        <translation>{n} inskrivningar börjar efter i dag (en planerad start): de räknas inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="120"/>
        <source>1 enrolment ends after today without an exit reason (a planned end): it is read as still running.</source>
        <translation>1 inskrivning slutar efter i dag utan avslutsorsak (ett planerat slut): den läses som pågående.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="126"/>
        <source>{n} enrolments end after today without an exit reason (a planned end): they are read as still running.</source>
        <translation>{n} inskrivningar slutar efter i dag utan avslutsorsak (ett planerat slut): de läses som pågående.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="163"/>
        <source>{field}: {values} counted as not stated (AMP keeps {known}).</source>
        <translation>{field}: {values} räknas som ej angivet (AMP sparar {known}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="202"/>
        <source>1 identity cell holds no valid identity number (date or check digit): its enrolment is counted, but not among the distinct persons.</source>
        <translation>1 cell har inget giltigt personnummer (datum eller kontrollsiffra): inskrivningen räknas, men inte bland de unika personerna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_notes.py" line="208"/>
        <source>{n} identity cells hold no valid identity number (date or check digit): their enrolments are counted, but not among the distinct persons.</source>
        <translation>{n} celler har inget giltigt personnummer (datum eller kontrollsiffra): inskrivningarna räknas, men inte bland de unika personerna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="312"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="363"/>
        <source>the start date is empty.</source>
        <translation>startdatum saknas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="366"/>
        <source>a date must be between 1990 and 2100.</source>
        <translation>ett datum måste ligga mellan 1990 och 2100.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="368"/>
        <source>the end is before the start.</source>
        <translation>slutet ligger före starten.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="370"/>
        <source>the programme is empty.</source>
        <translation>insatsen saknas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="373"/>
        <source>an exit reason without an end date.</source>
        <translation>en avslutsorsak utan slutdatum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants.py" line="380"/>
        <source>“{value}” is not a gender AMP knows (K or M).</source>
        <translation>”{value}” är inget kön som AMP känner till (K eller M).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="126"/>
        <source>Reading the participant list…</source>
        <translation>Läser deltagarlistan …</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="139"/>
        <source>Counting enrolments…</source>
        <translation>Räknar inskrivningar …</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="156"/>
        <source>no column is read as the end date, so no exit can be counted: map the column that holds each enrolment&apos;s end date to End date.</source>
        <translation>ingen kolumn läses som slutdatum, så inga avslut kan räknas: koppla kolumnen med varje inskrivnings slutdatum till Slutdatum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="169"/>
        <source>no enrolment could be read.</source>
        <translation>ingen inskrivning kunde läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_sheet.py" line="99"/>
        <source>this sheet is a participant list too, but AMP reads one sheet (“{sheet}”): put every enrolment in one sheet, or delete the sheets not to be read.</source>
        <extracomment>The columns that make a sheet a participant list: a programme, a start and how it ended.</extracomment>
        <translation>även det här bladet är en deltagarlista, men AMP läser ett blad (”{sheet}”): lägg alla inskrivningar i ett blad, eller ta bort de blad som inte ska läsas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_sheet.py" line="112"/>
        <source>Sheet “{sheet}” is hidden in the workbook and is a participant list too; it was not read.</source>
        <translation>Bladet ”{sheet}” är dolt i arbetsboken och är också en deltagarlista; det lästes inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_sheet.py" line="132"/>
        <source>{name}: no sheet has a header row with a programme, a start date and an end date or exit reason.</source>
        <translation>{name}: inget blad har en rubrikrad med insats, startdatum och slutdatum eller avslutsorsak.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_sheet.py" line="224"/>
        <source>Cells merged over several rows were read as holding their value in each of those rows ({cells}): check that each row is one enrolment.</source>
        <extracomment>A merged range in a sheet&apos;s XML (``&lt;mergeCell ref=&quot;B2:B3&quot;/&gt;``, any prefix). The columns a merged cell is filled down in: a hand-made list merges a person&apos;s identity number and name (and the programme) over the rows of their enrolments; a sheet&apos;s merged cells are looked for when a row has the identity or programme empty (a name merged alone loses nothing: a name is read for masking only). The rows whose identity cells are looked at (each is a distinct string: 100,000 cost 17 ms); a programme column (a few strings, repeated) is looked at whole.</extracomment>
        <translation>Celler sammanfogade över flera rader lästes som att de har sitt värde på var och en av raderna ({cells}): kontrollera att varje rad är en inskrivning.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="254"/>
        <source>Recognised as a participant list by its columns {columns}.</source>
        <translation>Känns igen som en deltagarlista på kolumnerna {columns}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="269"/>
        <source>1 more row with a problem is left out.</source>
        <translation>1 rad till med problem lämnas utanför.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="271"/>
        <source>{n} more rows with problems are left out.</source>
        <translation>{n} rader till med problem lämnas utanför.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="277"/>
        <source>Column “{header}” holds personal data: it is used only while reading, never stored.</source>
        <translation>Kolumnen ”{header}” innehåller personuppgifter: den används bara under läsningen och sparas aldrig.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="285"/>
        <source>1 enrolment read, covering {first} … {last}.</source>
        <translation>1 inskrivning läst, för {first} … {last}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="287"/>
        <source>{n} enrolments read, covering {first} … {last}.</source>
        <translation>{n} inskrivningar lästa, för {first} … {last}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="303"/>
        <source>“{name}” (1 enrolment) is not a programme in the catalogue; map it to one.</source>
        <translation>”{name}” (1 inskrivning) är ingen insats i katalogen; koppla den till en.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="308"/>
        <source>“{name}” ({n} enrolments) is not a programme in the catalogue; map it to one.</source>
        <translation>”{name}” ({n} inskrivningar) är ingen insats i katalogen; koppla den till en.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="319"/>
        <source>exit reason “{text}” (1 row): choose which category it is.</source>
        <translation>avslutsorsaken ”{text}” (1 rad): välj vilken kategori den är.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participants_import.py" line="321"/>
        <source>exit reason “{text}” ({n} rows): choose which category it is.</source>
        <translation>avslutsorsaken ”{text}” ({n} rader): välj vilken kategori den är.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="65"/>
        <source>Work</source>
        <extracomment>Every category key, in the order reports list them. The exits that count as &quot;started work or studies&quot; (Kolada U40455). Kolada&apos;s id of the share who started work or studies.</extracomment>
        <translation>Arbete</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="66"/>
        <source>Work with wage subsidy</source>
        <translation>Arbete med lönestöd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="67"/>
        <source>Municipal labour-market job</source>
        <translation>Kommunal arbetsmarknadsanställning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="68"/>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="69"/>
        <source>Back to the referrer</source>
        <translation>Åter till anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="70"/>
        <source>On to another actor</source>
        <translation>Vidare till annan aktör</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="71"/>
        <source>Assignment completed</source>
        <translation>Uppdraget slutfört</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="72"/>
        <source>Interrupted</source>
        <translation>Avbrott</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/categories.py" line="73"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/stays.py" line="115"/>
        <source>Use the measured stay of “{name}”</source>
        <translation>Använd uppmätt tid i insats för ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/stays.py" line="119"/>
        <source>Use the measured stay of {n} programmes</source>
        <translation>Använd uppmätt tid i insats för {n} insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/suppress.py" line="156"/>
        <source>Counts of 1–4 are shown as &lt;5 and shares based on them are not shown; “..” hides a count that would otherwise give a hidden one away.</source>
        <extracomment>The smallest count shown as it is. How a small count is written, and how a count hidden to protect another is written.</extracomment>
        <translation>Antal 1–4 visas som &lt;5 och andelar som bygger på dem visas inte; ”..” döljer ett antal som annars skulle avslöja ett dolt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="31"/>
        <source>Starts, exits: enrolments that started or ended in the period.</source>
        <translation>Påbörjade, avslut: inskrivningar som började eller slutade under perioden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="33"/>
        <source>Women, men: the same share for women and for men; participants whose gender is not stated count in the programme&apos;s figures but in neither.</source>
        <translation>Kvinnor, män: samma andel för kvinnor och för män; deltagare utan angivet kön räknas i insatsens siffror men i ingen av dem.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="38"/>
        <source>Goal: the programme&apos;s goal for the share, or its type&apos;s default; met when the share is at least the goal.</source>
        <translation>Mål: insatsens mål för andelen, eller standardmålet för dess typ; uppnått när andelen är minst målet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="43"/>
        <source>Median stay: length of the ended enrolments in whole weeks.</source>
        <translation>Mediantid: de avslutade inskrivningarnas längd i hela veckor.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="44"/>
        <source>Actual utilisation: participant-days ÷ days ÷ places.</source>
        <translation>Faktisk beläggning: deltagardagar ÷ dagar ÷ platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="45"/>
        <source>Cost: the annual budget × the period&apos;s months ÷ 12 (only the days the programme runs, when it starts or ends in the period), per participant and per exit to work or studies; a total counts the cost of the programmes with results in the period only, and has no cost per participant or exit (–) when one of them has no budget.</source>
        <translation>Kostnad: årsbudgeten × periodens månader ÷ 12 (bara de dagar insatsen pågår, när den börjar eller slutar under perioden), per deltagare och per avslut till arbete eller studier; en summa räknar bara kostnaden för insatser med resultat under perioden och har ingen kostnad per deltagare eller avslut (–) när någon av dem saknar budget.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="58"/>
        <source>The figures come from the case system&apos;s participant lists imported into the catalogue, which keeps only counts, never a person.</source>
        <translation>Siffrorna kommer från verksamhetssystemets deltagarlistor som importerats till katalogen, som bara sparar antal, aldrig en person.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="68"/>
        <source>Exact figures for internal use: small counts are not hidden. Do not pass this on outside the unit.</source>
        <translation>Exakta siffror för internt bruk: små antal döljs inte. Lämna inte detta vidare utanför enheten.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_definitions.py" line="76"/>
        <source>A share, a stay or a cost worked out from a hidden count is shown as “..” too.</source>
        <translation>En andel, en tid eller en kostnad som räknats fram ur ett dolt antal visas också som ”..”.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_period.py" line="61"/>
        <source>in every month it reaches ({first} … {last}) the list holds fewer starts than the results AMP has (is it a list of the current participants only?): it would replace them with fewer, so it is not imported.</source>
        <translation>i varje månad som listan når ({first} … {last}) har den färre påbörjade än de resultat AMP har (är det en lista över bara nuvarande deltagare?): den skulle ersätta dem med färre, så den importeras inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_period.py" line="74"/>
        <source>{kept}: the results AMP has are kept, because the list holds only part of those months (the enrolments still running later); it replaces {replaced}.</source>
        <translation>{kept}: de resultat AMP har behålls, eftersom listan bara har en del av de månaderna (inskrivningar som pågick även senare); den ersätter {replaced}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/uncovered.py" line="42"/>
        <source>No results imported for {months}: the figures count only the other months, as if nobody took part in these — the average occupancy and actual utilisation read low, the costs per participant and per exit (the budget of the whole period) high.</source>
        <translation>Inga resultat importerade för {months}: siffrorna räknar bara periodens övriga månader, som om ingen deltog i dessa — den genomsnittliga beläggningen och den faktiska beläggningen blir för låga, kostnaderna per deltagare och per avslut (hela periodens budget) för höga.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/uncovered.py" line="91"/>
        <source>{name} ({months})</source>
        <translation>{name} ({months})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/uncovered.py" line="100"/>
        <source>{n} more</source>
        <translation>{n} till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/uncovered.py" line="102"/>
        <source>Some months have no results imported for these programmes: {programmes}. Their figures count those months as if nobody took part — the average occupancy and actual utilisation read low, the costs per participant and per exit high.</source>
        <translation>Några månader saknar importerade resultat för dessa insatser: {programmes}. Deras siffror räknar de månaderna som om ingen deltog — den genomsnittliga beläggningen och den faktiska beläggningen blir för låga, kostnaderna per deltagare och per avslut för höga.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/results/period.py" line="334"/>
        <source>No costs for one gender or need level: the budget is the whole programme&apos;s.</source>
        <extracomment>Sums by gender (&quot;K&quot;, &quot;M&quot;, &quot;&quot;) of each measure, as :func:`document_of_sums` takes them. A programme&apos;s sums of one gender, or of all → its figures and its participant-days. The figures results imported would give; without any they are unknown, not 0. A programme&apos;s or a total&apos;s costs: its budget over the period, per participant and exit.</extracomment>
        <translation>Inga kostnader för ett kön eller en bedömningsnivå: budgeten är hela insatsens.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_persons.py" line="87"/>
        <source>The list holds only some of the programmes with results in {years}: the distinct persons of the whole unit (a person in two programmes counted once) are not known for {years} after it. Import one list of every programme to count them.</source>
        <translation>Listan innehåller bara några av insatserna med resultat {years}: hela enhetens antal unika personer (en person i två insatser räknas en gång) är inte känt för {years} efter den. Importera en lista med alla insatser för att räkna dem.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_persons.py" line="101"/>
        <source>The list changes the results of {years} without covering all of it: the distinct persons of {years} counted before are not known after it. Import the list of the whole year again to count them.</source>
        <translation>Listan ändrar resultaten för {years} utan att täcka hela året: de unika personer som räknats för {years} är inte kända efter den. Importera listan för hela året igen för att räkna dem.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_seams.py" line="89"/>
        <source>1 enrolment ({names}) running on the first day of {first} in the results AMP keeps was not running at the end of {before} in this list (started late in {before}, after this list was taken?): a period across both months counts it among its participants, but not its start in {before}; a list covering both months would.</source>
        <translation>1 inskrivning ({names}) som pågick den första dagen i {first} i de resultat AMP har pågick inte i slutet av {before} i den här listan (påbörjad sent i {before}, efter att den här listan togs ut?): en period över båda månaderna räknar den bland sina deltagare, men inte dess start i {before}; en lista som täcker båda månaderna skulle göra det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_seams.py" line="98"/>
        <source>{n} enrolments ({names}) running on the first day of {first} in the results AMP keeps were not running at the end of {before} in this list (started late in {before}, after this list was taken?): a period across both months counts them among its participants, but not their starts in {before}; a list covering both months would.</source>
        <translation>{n} inskrivningar ({names}) som pågick den första dagen i {first} i de resultat AMP har pågick inte i slutet av {before} i den här listan (påbörjade sent i {before}, efter att den här listan togs ut?): en period över båda månaderna räknar dem bland sina deltagare, men inte deras starter i {before}; en lista som täcker båda månaderna skulle göra det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_seams.py" line="109"/>
        <source>1 enrolment ({names}) running on the first day of {first} was not running at the end of {before} in the results AMP has (started late in {before} and registered after that list was taken?): a period across both months counts it among its participants, but not its start in {before}; a list covering both months would.</source>
        <translation>1 inskrivning ({names}) som pågick den första dagen i {first} pågick inte i slutet av {before} i de resultat AMP har (påbörjad sent i {before} och registrerad efter att den listan togs ut?): en period över båda månaderna räknar den bland sina deltagare, men inte dess start i {before}; en lista som täcker båda månaderna skulle göra det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/excel/participant_seams.py" line="118"/>
        <source>{n} enrolments ({names}) running on the first day of {first} were not running at the end of {before} in the results AMP has (started late in {before} and registered after that list was taken?): a period across both months counts them among its participants, but not their starts in {before}; a list covering both months would.</source>
        <translation>{n} inskrivningar ({names}) som pågick den första dagen i {first} pågick inte i slutet av {before} i de resultat AMP har (påbörjade sent i {before} och registrerade efter att den listan togs ut?): en period över båda månaderna räknar dem bland sina deltagare, men inte deras starter i {before}; en lista som täcker båda månaderna skulle göra det.</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../../amp_desktop/ui/results/charts.py" line="108"/>
        <source>— no programme shown has results for the period</source>
        <extracomment>At most this many programmes in a chart (the table&apos;s first, in its order). A legend entry&apos;s height beyond its text&apos;s, and the room above the legend (the title, the margins), as QtCharts lays them out (measured at 8 and 9 pt). One colour per exit category: greens for work and studies, greys for the rest. The view&apos;s count of documents and orders shown when this chart was drawn (None: never; ``ShowingDocument._update_charts``).</extracomment>
        <translation>— ingen insats som visas har resultat för perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/charts.py" line="112"/>
        <source>(first {n} of {total} in table order)</source>
        <translation>(de första {n} av {total} i tabellens ordning)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/charts.py" line="195"/>
        <source>Share to work or studies against the goal, {period}</source>
        <translation>Andel till arbete eller studier mot målet, {period}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/charts.py" line="199"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/charts.py" line="200"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/charts.py" line="201"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/charts.py" line="237"/>
        <source>Exits by reason, {period}</source>
        <translation>Avslut efter orsak, {period}</translation>
    </message>
</context>
<context>
    <name>ResultsFilters</name>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="22"/>
        <location filename="../../amp_desktop/ui/results/filters.py" line="54"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="28"/>
        <source>Primary and secondary</source>
        <translation>Primära och sekundära</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="29"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="30"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="32"/>
        <source>All need levels</source>
        <translation>Alla bedömningsnivåer</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="36"/>
        <source>Need level not stated</source>
        <translation>Bedömningsnivå ej angiven</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="38"/>
        <source>Women and men</source>
        <translation>Kvinnor och män</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="39"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="40"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/filters.py" line="42"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="66"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: no results imported for the period (File → Import from Excel).</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: inga resultat inlästa för perioden (Arkiv → Importera från Excel).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="72"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: no results imported for the period. The imported lists reach {months}: choose a period there, or import a list for this one (File → Import from Excel).</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: inga resultat inlästa för perioden. De inlästa listorna når {months}: välj en period där, eller importera en lista för den här (Arkiv → Importera från Excel).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="40"/>
        <source>1 programme</source>
        <translation>1 insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="41"/>
        <source>{n} programmes</source>
        <translation>{n} insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="45"/>
        <source>1 participant</source>
        <translation>1 deltagare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="46"/>
        <source>{n} participants</source>
        <translation>{n} deltagare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="49"/>
        <source>1 start</source>
        <translation>1 påbörjad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="49"/>
        <source>{n} starts</source>
        <translation>{n} påbörjade</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="51"/>
        <source>1 exit</source>
        <translation>1 avslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="51"/>
        <source>{n} exits</source>
        <translation>{n} avslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="62"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: no programme matches the filters ({filters}).</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: ingen insats motsvarar urvalet ({filters}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="78"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: none of the programmes shown has results for the period.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: ingen av insatserna som visas har resultat för perioden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="98"/>
        <source>&lt;b&gt;{period}&lt;/b&gt;: {counts}; to work or studies {share} (women {women}, men {men})</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: {counts}; till arbete eller studier {share} (kvinnor {women}, män {men})</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="112"/>
        <source>primary {share}</source>
        <translation>primära {share}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="116"/>
        <source>secondary {share}</source>
        <translation>sekundära {share}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="125"/>
        <source>{names} and {n} more</source>
        <translation>{names} och {n} till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="128"/>
        <source>No results imported for the period ({n}): {names}.</source>
        <translation>Inga resultat inlästa för perioden ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/summary.py" line="81"/>
        <location filename="../../amp_desktop/ui/results/summary.py" line="132"/>
        <source>Showing: {filters}.</source>
        <translation>Visar: {filters}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="50"/>
        <source>Totals by</source>
        <extracomment>The programme table&apos;s columns: all of the declaration, in its order. Figures a group total does not have (they belong to one programme).</extracomment>
        <translation>Summor per</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="187"/>
        <source>Double-click to open it in the catalogue.</source>
        <translation>Dubbelklicka för att öppna den i katalogen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="216"/>
        <location filename="../../amp_desktop/ui/results/models.py" line="236"/>
        <source>No results imported for the period</source>
        <translation>Inga resultat inlästa för perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="224"/>
        <location filename="../../amp_desktop/ui/results/models.py" line="238"/>
        <source>Nobody left in the period</source>
        <translation>Ingen avslutades under perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="239"/>
        <source>{n} of {exits} exits to work, subsidised work or studies</source>
        <translation>{n} av {exits} avslut till arbete, arbete med stöd eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="297"/>
        <source>Primary programmes</source>
        <translation>Primära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="302"/>
        <source>Secondary programmes</source>
        <translation>Sekundära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="306"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="312"/>
        <source>Not stated</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="316"/>
        <source>Need level</source>
        <translation>Bedömningsnivå</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="321"/>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="323"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/models.py" line="329"/>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../amp_desktop/ui/results/view.py" line="183"/>
        <source>Totals</source>
        <extracomment>Programmes × months of a period above which its figures are computed in the worker when the results are in memory, and when they are read from the store (~0.03 ms a cell: 290 programmes × 12 months held the window 0.11 s, and 0.05 s more to show). Documents kept (period and filters), until the catalogue changes. Programmes × months of a period from which the periods before and after it are worked out in the worker once it is shown (every period the worker computes). Programmes × months held in memory at most before the months not asked for are read ahead (1,000 programmes × 5 years, about 65 MB), and the months read at a time (a switch asked for meanwhile waits for them: ~0.1 s at 1,000 programmes). After a switch, work ahead only once no switch has come for this long (milliseconds): the repaint and the next switch do not share the processor with it. A line for the window&apos;s status bar (what a command did). Documents kept, marshalled: as bytes they are nothing for the cycle collector to look into (as objects, 24 documents of 1,000 programmes were 640,000 dicts, and each full collection took 0.45 s); loading one takes ~3 ms. The one just shown is kept as it is (it is the document on show anyway) and marshalled once the user has paused (:meth:`_pack_kept`), not before it is painted (~4 ms at 1,000 programmes); the worker marshals those it makes ahead. Every result in memory, once a period has been computed in the worker. Working ahead waits until the user has not switched for a moment: a switch to a kept period would share the processor with it.</extracomment>
        <translation>Summor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/view.py" line="184"/>
        <source>Share to work or studies</source>
        <translation>Andel till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/view.py" line="185"/>
        <source>Exits by reason</source>
        <translation>Avslut efter orsak</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/parts.py" line="153"/>
        <source>Share to work or studies: exits to work, subsidised work or studies ÷ all exits (Kolada U40455); a municipal labour-market job is not work. Participants: enrolments running when the period starts + starts in it. Figures are exact: the window is for the unit&apos;s own use.</source>
        <translation>Andel till arbete eller studier: avslut till arbete, arbete med stöd eller studier ÷ alla avslut (Kolada U40455); en kommunal arbetsmarknadsanställning räknas inte som arbete. Deltagare: inskrivna när perioden börjar + påbörjade under den. Siffrorna är exakta: fönstret är för enhetens eget bruk.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/view.py" line="304"/>
        <source>Working out the results for {period}…</source>
        <translation>Räknar fram resultaten för {period}…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/view.py" line="363"/>
        <location filename="../../amp_desktop/ui/results/view.py" line="366"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="23"/>
        <source>Use measured stay</source>
        <extracomment>Programmes named one by one in the question; the others are counted.</extracomment>
        <translation>Använd uppmätt tid i insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="29"/>
        <source>Select a programme first.</source>
        <translation>Välj en insats först.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="41"/>
        <source>Nothing to change: nobody left in the period, or the average stay already is the measured one.</source>
        <translation>Inget att ändra: ingen avslutades under perioden, eller så är den genomsnittliga tiden redan den uppmätta.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="49"/>
        <source>Use</source>
        <translation>Använd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="61"/>
        <source>{name}: {before} → {after} weeks</source>
        <translation>{name}: {before} → {after} veckor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="71"/>
        <source>and 1 more programme</source>
        <translation>och 1 insats till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="73"/>
        <source>and {n} more programmes</source>
        <translation>och {n} insatser till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/results/measured_stay.py" line="74"/>
        <source>Put the mean stay at exit measured in {first} … {last} in place of the average stay:

{lines}

It counts those who left in the period; those still enrolled are not in it, so for a long programme it can be shorter than the real stay. Edit → Undo puts the average stays back.</source>
        <translation>Sätt medeltiden vid avslut uppmätt {first} … {last} i stället för den genomsnittliga tiden i insats:

{lines}

Den räknar dem som avslutades under perioden; de som fortfarande är inskrivna ingår inte, så för en lång insats kan den bli kortare än den verkliga tiden i insats. Redigera → Ångra återställer tiderna.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="88"/>
        <source>Name: a programme needs a name.</source>
        <extracomment>A referral source&apos;s code (AF, SKE, F-kassan, Individuell ansökan …) and how many sources a catalogue (and so a programme) may have: far above any unit&apos;s twenty or so, far below what a wrong column read as sources would create. Upper limits far above any municipality&apos;s figures, so that a typo (or a number SQLite cannot store) is caught with a message instead of failing the write.</extracomment>
        <translation>Namn: en insats behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="90"/>
        <location filename="../../amp_desktop/core/rules.py" line="264"/>
        <source>Name: at most 200 characters.</source>
        <translation>Namn: högst 200 tecken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="336"/>
        <source>Name: another programme already has this name.</source>
        <translation>Namn: en annan insats har redan det namnet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="342"/>
        <source>Short code: another programme already has this code.</source>
        <translation>Kortkod: en annan insats har redan den koden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="93"/>
        <source>Short code: at most 20 characters.</source>
        <translation>Kortkod: högst 20 tecken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="170"/>
        <source>This looks like a personal identity number. AMP never stores personal data: remove it.</source>
        <translation>Det här ser ut som ett personnummer. AMP sparar aldrig personuppgifter: ta bort det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="118"/>
        <source>Average stay (weeks): must be more than 0.</source>
        <translation>Genomsnittlig tid i insats (veckor): måste vara mer än 0.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="112"/>
        <source>Goal: a share from 0 to 100 %.</source>
        <translation>Mål: en andel från 0 till 100 %.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="122"/>
        <source>Average stay (weeks): at most 520 weeks.</source>
        <translation>Genomsnittlig tid i insats (veckor): högst 520 veckor.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="133"/>
        <source>Maximum age: must not be below the minimum age.</source>
        <translation>Högsta ålder: får inte vara lägre än lägsta ålder.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="145"/>
        <source>End date: must be after the start date.</source>
        <translation>Slutdatum: måste vara efter startdatum.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="147"/>
        <source>Months it runs: months are numbered 1 to 12.</source>
        <translation>Månader den pågår: månaderna numreras 1 till 12.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="150"/>
        <source>Text: at most 10,000 characters in a field.</source>
        <translation>Text: högst 10 000 tecken i ett fält.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="157"/>
        <location filename="../../amp_desktop/core/rules.py" line="228"/>
        <source>Referral sources: a source has no code.</source>
        <translation>Anvisande parter: en part saknar kod.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="161"/>
        <source>Referral sources: a source is listed twice.</source>
        <translation>Anvisande parter: en part finns med två gånger.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="205"/>
        <source>Referral sources: this looks like a person&apos;s name; a source is who referred (Arbetsförmedlingen, Försäkringskassan, social services…), never a person.</source>
        <extracomment>:func:`amp_desktop.core.personal.find_personal_id`, imported the first time a text is checked: its patterns cost the window&apos;s start-up 1.5 ms to compile.</extracomment>
        <translation>Anvisande parter: detta ser ut som en persons namn; en anvisande part är den som anvisade (Arbetsförmedlingen, Försäkringskassan, socialtjänsten …), aldrig en person.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="218"/>
        <source>Referral sources: a catalogue holds at most 200 referral sources.</source>
        <translation>Anvisande parter: en katalog rymmer högst 200 anvisande parter.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="238"/>
        <source>Referral sources: a source&apos;s code has at most 40 characters.</source>
        <translation>Anvisande parter: en parts kod har högst 40 tecken.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="350"/>
        <source>Places: must be 0 or more.</source>
        <translation>Platser: måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="351"/>
        <source>Budgeted places: must be 0 or more.</source>
        <translation>Budgeterade platser: måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="352"/>
        <source>Annual budget (SEK): must be 0 or more.</source>
        <translation>Årsbudget (kr): måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="358"/>
        <source>Places: at most 100,000.</source>
        <translation>Platser: högst 100 000.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="359"/>
        <source>Budgeted places: at most 100,000.</source>
        <translation>Budgeterade platser: högst 100 000.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="360"/>
        <source>Annual budget (SEK): at most 10,000,000,000 (ten billion).</source>
        <translation>Årsbudget (kr): högst 10 000 000 000 (tio miljarder).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="375"/>
        <source>Month: “{month}” is not a month from 1990 to 2100.</source>
        <translation>Månad: ”{month}” är inte en månad mellan 1990 och 2100.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="388"/>
        <source>Referrals: must be a number.</source>
        <translation>Anvisningar: måste vara ett tal.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="390"/>
        <source>Referrals: must be 0 or more.</source>
        <translation>Anvisningar: måste vara 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="392"/>
        <source>Referrals: at most 1,000,000 a month.</source>
        <translation>Anvisningar: högst 1 000 000 i månaden.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="398"/>
        <source>Minimum age: must be between 0 and 120.</source>
        <translation>Lägsta ålder: måste vara mellan 0 och 120.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="399"/>
        <source>Maximum age: must be between 0 and 120.</source>
        <translation>Högsta ålder: måste vara mellan 0 och 120.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="405"/>
        <source>Start date: write the date as YYYY-MM-DD.</source>
        <translation>Startdatum: skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="406"/>
        <source>End date: write the date as YYYY-MM-DD.</source>
        <translation>Slutdatum: skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ScenarioBuilder</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_builder.py" line="45"/>
        <source>Programme to change</source>
        <translation>Insats som ändras</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_builder.py" line="46"/>
        <source>What to change</source>
        <translation>Vad som ändras</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_builder.py" line="47"/>
        <source>How to change it</source>
        <translation>Hur det ändras</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_builder.py" line="48"/>
        <source>By how much</source>
        <translation>Hur mycket</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_builder.py" line="52"/>
        <source>Add chan&amp;ge</source>
        <translation>Lägg &amp;till ändring</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_builder.py" line="53"/>
        <source>Remove cha&amp;nge</source>
        <translation>Ta bort ändrin&amp;g</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_builder.py" line="64"/>
        <source>Changes in this scenario</source>
        <translation>Ändringarna i scenariot</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="94"/>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="95"/>
        <source>Name of the scenario</source>
        <translation>Scenariots namn</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="100"/>
        <source>Writes the scenario&apos;s places into the programmes as one step you can undo.</source>
        <translation>Skriver in scenariots platser i insatserna som ett steg som går att ångra.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="207"/>
        <source>Add change</source>
        <translation>Lägg till ändring</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="90"/>
        <source>Saved scenarios</source>
        <extracomment>Makes the plan of the period shown, as the catalogue is (None) or with a scenario.</extracomment>
        <translation>Sparade scenarier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="92"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="96"/>
        <source>S&amp;ave</source>
        <translation>Spara s&amp;cenariot</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="97"/>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="98"/>
        <source>Put its places in the ca&amp;talogue…</source>
        <translation>Överför p&amp;latserna till katalogen…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="103"/>
        <source>&amp;Saved:</source>
        <translation>Sparad&amp;e:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="172"/>
        <source>Catalogue as it is</source>
        <translation>Katalogen som den är</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="173"/>
        <source>This scenario (being built)</source>
        <translation>Detta scenario (under arbete)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="227"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="229"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="254"/>
        <source>The comparison was cancelled.</source>
        <translation>Jämförelsen avbröts.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="271"/>
        <source>Save scenario</source>
        <translation>Spara scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="278"/>
        <source>A scenario named “{name}” exists. Replace it?</source>
        <translation>Det finns redan ett scenario som heter ”{name}”. Vill du ersätta det?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="284"/>
        <source>The saved scenario “{name}” was changed by Undo or Redo after you opened it. Replace it with the changes shown here?</source>
        <translation>Det sparade scenariot ”{name}” ändrades med Ångra eller Gör om efter att du öppnade det. Vill du ersätta det med ändringarna som visas här?</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="305"/>
        <source>Open scenario</source>
        <translation>Öppna scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="315"/>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="321"/>
        <source>Delete scenario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="316"/>
        <source>Delete the scenario “{name}”? Edit → Undo brings it back.</source>
        <translation>Ta bort scenariot ”{name}”? Redigera → Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="332"/>
        <source>Places into the catalogue</source>
        <translation>Platser till katalogen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="334"/>
        <source>This scenario changes no places.</source>
        <translation>Scenariot ändrar inga platser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/scenario_panel.py" line="339"/>
        <source>Write this scenario&apos;s places into the catalogue? Edit → Undo takes it back.</source>
        <translation>Skriva in scenariots platser i katalogen? Redigera → Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/comparison_pane.py" line="45"/>
        <source>Comparison of the two plans by programme</source>
        <translation>Jämförelse av de två planerna per insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/comparison_pane.py" line="52"/>
        <source>Onl&amp;y programmes that differ</source>
        <translation>Bara &amp;insatser som skiljer sig</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/comparison_pane.py" line="61"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/planning/comparison_pane.py" line="65"/>
        <source>w&amp;ith</source>
        <translation>&amp;med</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../amp_desktop/ui/planning/widgets.py" line="309"/>
        <source>Status by utilisation = places needed ÷ places; limits in Preferences.</source>
        <translation>Status efter beläggning = behövda platser ÷ platser; gränserna ställs in under Inställningar.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="70"/>
        <source>The file {path} does not exist.</source>
        <extracomment>How long a connection waits for another program&apos;s write to end (milliseconds).</extracomment>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/common.py" line="87"/>
        <location filename="../../amp_desktop/core/store/connection.py" line="73"/>
        <source>{path} is a folder, not a catalogue.</source>
        <translation>{path} är en mapp, inte en katalog.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="77"/>
        <source>{path} is empty, not an AMP catalogue.</source>
        <translation>{path} är tom, ingen AMP-katalog.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="90"/>
        <source>{path} is not an AMP catalogue ({reason}).</source>
        <translation>{path} är ingen AMP-katalog ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="105"/>
        <source>{path} is not an AMP catalogue.</source>
        <translation>{path} är ingen AMP-katalog.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="111"/>
        <source>its file version “{text}” is not a number</source>
        <translation>dess filversion ”{text}” är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="116"/>
        <source>{path} was saved by a newer version of AMP (file version {v}, this AMP reads up to {mine}). Update AMP to open it.</source>
        <translation>{path} sparades av en nyare version av AMP (filversion {v}, detta AMP läser upp till {mine}). Uppdatera AMP för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="174"/>
        <source>the disk or share is read-only</source>
        <translation>disken eller den delade mappen är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="178"/>
        <source>the file is read-only</source>
        <translation>filen är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/connection.py" line="180"/>
        <source>its folder cannot be written</source>
        <translation>dess mapp går inte att skriva till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/opening.py" line="166"/>
        <source>it is from an older AMP; open it for editing once to upgrade the file</source>
        <translation>den är från en äldre AMP; öppna den för redigering en gång för att uppgradera filen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/opening.py" line="264"/>
        <location filename="../../amp_desktop/core/store/opening.py" line="293"/>
        <source>{path} already exists.</source>
        <translation>{path} finns redan.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/opening.py" line="149"/>
        <source>{path} is from an older AMP and must be opened for editing once to be upgraded.</source>
        <extracomment>``meta`` key set once a file&apos;s free pages have been cleared (``VACUUM``). The content checks not yet run (``checks=False``): run before any write. The largest older file shown read-only from an upgraded copy in memory.</extracomment>
        <translation>{path} kommer från ett äldre AMP och måste öppnas för redigering en gång för att uppgraderas.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="178"/>
        <source>the file is damaged</source>
        <translation>filen är skadad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="215"/>
        <source>A copy cannot replace the catalogue itself: {path}.</source>
        <translation>En kopia kan inte ersätta själva katalogen: {path}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="74"/>
        <source>The catalogue is open read-only.</source>
        <extracomment>Checks left out by ``Catalogue.open(checks=&quot;later&quot;)``, run before a write. What those checks found wrong (the file is then read-only), or None.</extracomment>
        <translation>Katalogen är öppen skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/planning/scenarios.py" line="305"/>
        <location filename="../../amp_desktop/core/store/builders.py" line="198"/>
        <source>Save scenario “{name}”</source>
        <translation>Spara scenariot ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="207"/>
        <source>Delete scenario “{name}”</source>
        <translation>Ta bort scenariot ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="53"/>
        <source>Add “{name}”</source>
        <translation>Lägg till ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="71"/>
        <location filename="../../amp_desktop/core/store/builders.py" line="162"/>
        <source>The programme no longer exists.</source>
        <translation>Insatsen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="74"/>
        <source>“{name}” was changed elsewhere after it was shown here, so this edit was not saved. It is shown as it is now; make the edit again.</source>
        <translation>”{name}” ändrades på annat håll efter att den visades här, så ändringen sparades inte. Den visas som den är nu; gör ändringen igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="83"/>
        <source>Edit “{name}”</source>
        <translation>Ändra ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="104"/>
        <source>Delete 1 programme and its history</source>
        <translation>Ta bort 1 insats och dess historik</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="106"/>
        <source>Delete {n} programmes and their history</source>
        <translation>Ta bort {n} insatser och deras historik</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="110"/>
        <source>Delete “{name}”</source>
        <translation>Ta bort ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="112"/>
        <source>Delete {n} programmes</source>
        <translation>Ta bort {n} insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/builders.py" line="164"/>
        <location filename="../../amp_desktop/core/store/builders.py" line="169"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="144"/>
        <source>AMP has not changed it. The newest backup is {backup}.</source>
        <translation>AMP har inte ändrat den. Den senaste säkerhetskopian är {backup}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="148"/>
        <source>AMP has not changed it. No backup of it was found in {folder}.</source>
        <translation>AMP har inte ändrat den. Ingen säkerhetskopia av den finns i {folder}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="151"/>
        <source>{path} is damaged ({reason}). {advice}</source>
        <translation>{path} är skadad ({reason}). {advice}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="173"/>
        <source>a value no AMP writes: {what}</source>
        <translation>ett värde som AMP aldrig skriver: {what}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="182"/>
        <source>The change could not be saved: the catalogue file cannot be written ({reason}). Nothing was changed in the file. Check that it is still where it was and that the disk is not full, then close and open the catalogue again.</source>
        <translation>Ändringen kunde inte sparas: katalogfilen går inte att skriva till ({reason}). Inget ändrades i filen. Kontrollera att den finns kvar där den var och att disken inte är full, och stäng sedan katalogen och öppna den igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="192"/>
        <source>{path}: the disk is full ({reason}). Nothing was written.</source>
        <translation>{path}: disken är full ({reason}). Inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="201"/>
        <source>{path} cannot be used ({reason}).</source>
        <translation>{path} kan inte användas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="207"/>
        <source>{path} is being written by another program just now; nothing was changed. Try again in a moment.</source>
        <translation>{path} skrivs av ett annat program just nu; inget ändrades. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/errors.py" line="217"/>
        <source>{path} cannot be changed here ({reason}): it is on a read-only disk or folder, or you may not change it. It can be opened read-only.</source>
        <translation>{path} kan inte ändras här ({reason}): den ligger på en skrivskyddad disk eller mapp, eller så får du inte ändra den. Den kan öppnas skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="190"/>
        <source>The results of {first} … {last} were changed elsewhere; import the list again.</source>
        <translation>Resultaten för {first} … {last} har ändrats på annat håll; importera listan igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="202"/>
        <source>A setting of the catalogue was changed elsewhere.</source>
        <translation>En inställning i katalogen ändrades någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="222"/>
        <source>Kolada&apos;s figures were changed elsewhere; fetch or import again.</source>
        <translation>Koladas värden ändrades någon annanstans; hämta eller importera igen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="234"/>
        <source>The mandate of a programme was changed elsewhere.</source>
        <translation>En insats mandat har ändrats på annat håll.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="244"/>
        <source>Agreement “{name}” was changed elsewhere.</source>
        <translation>Avtalet ”{name}” har ändrats på annat håll.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="254"/>
        <source>Referral source {code} was changed elsewhere.</source>
        <translation>Anvisande part {code} har ändrats på annat håll.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="272"/>
        <source>“{name}” has changed since this action; it cannot be applied.</source>
        <translation>”{name}” har ändrats sedan denna åtgärd; den kan inte genomföras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="302"/>
        <source>Scenario “{name}” was changed elsewhere.</source>
        <translation>Scenariot ”{name}” har ändrats någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="318"/>
        <source>Demand was changed elsewhere; it cannot be applied.</source>
        <translation>Efterfrågan har ändrats på annat håll; åtgärden kan inte genomföras.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/writer.py" line="363"/>
        <source>An action on a deleted programme</source>
        <translation>En åtgärd på en borttagen insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/mandates.py" line="282"/>
        <source>Edit the mandate</source>
        <translation>Ändra mandatet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/mandates.py" line="297"/>
        <source>Add agreement “{name}”</source>
        <translation>Lägg till avtalet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/mandates.py" line="300"/>
        <source>Edit agreement “{name}”</source>
        <translation>Ändra avtalet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/mandates.py" line="328"/>
        <source>Delete agreement “{name}”</source>
        <translation>Ta bort avtalet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="58"/>
        <source>Set the default goals</source>
        <translation>Ange standardmålen</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="69"/>
        <source>Set the audit checks</source>
        <translation>Ange granskningens kontroller</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="80"/>
        <source>Set how long the change log is kept</source>
        <translation>Ange hur länge ändringsloggen sparas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="90"/>
        <source>municipality (SCB code)</source>
        <translation>kommun (SCB-kod)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="91"/>
        <source>population</source>
        <translation>folkmängd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="92"/>
        <source>similar municipalities (Kolada id)</source>
        <translation>liknande kommuner (Kolada-id)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="93"/>
        <source>similar municipalities</source>
        <translation>liknande kommuner</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="94"/>
        <source>days the change log is kept</source>
        <translation>dagar ändringsloggen sparas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="95"/>
        <source>default goal of primary programmes</source>
        <translation>standardmål för primära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="98"/>
        <source>default goal of secondary programmes</source>
        <translation>standardmål för sekundära insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="101"/>
        <source>audit: ends within (months)</source>
        <translation>granskning: upphör inom (månader)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="102"/>
        <source>audit: far from need (tertials running)</source>
        <translation>granskning: långt från behovet (tertial i rad)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/settings.py" line="106"/>
        <source>results printed exactly</source>
        <translation>resultat skrivs ut exakt</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="173"/>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="39"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="19"/>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="125"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="179"/>
        <source>Places needed</source>
        <translation>Behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/reports/audit_report.py" line="221"/>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="51"/>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="25"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="59"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="172"/>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="37"/>
        <source>Programme</source>
        <extracomment>Two plans side by side: each of these for the one and the other. The status is the word alone: two narrow columns compare the category, before and after.</extracomment>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="30"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="30"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="53"/>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="29"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="60"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="185"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="55"/>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="30"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="61"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="186"/>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="39"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="59"/>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="31"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="49"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="173"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="66"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="40"/>
        <source>Utilisation</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="73"/>
        <source>Cost/
place</source>
        <translation>Kostnad/
plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="81"/>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="64"/>
        <source>Share to work
or studies</source>
        <translation>Andel arbete
eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="89"/>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="91"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="96"/>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="77"/>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="107"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="103"/>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="84"/>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="113"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="108"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="109"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/audit_table.py" line="110"/>
        <source>Checks failed</source>
        <translation>Ej klarade kontroller</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="26"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="27"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="28"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="34"/>
        <source>Referral sources
(fallback)</source>
        <translation>Anvisande parter
(reserv)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="41"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="21"/>
        <source>Budgeted
places</source>
        <translation>Budgeterade
platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="43"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="145"/>
        <source>Annual
budget</source>
        <translation>Årlig
budget</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="45"/>
        <source>Stay
(weeks)</source>
        <translation>Tid i insats
(veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="47"/>
        <source>SKR category</source>
        <translation>SKR-kategori</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="25"/>
        <source>Referrals
per month</source>
        <translation>Anvisningar
per månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="29"/>
        <source>Referrals in the period ÷ months; hover a cell for the sources</source>
        <translation>Periodens anvisningar ÷ antal månader; håll pekaren över en cell för att se de anvisande parterna</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="35"/>
        <source>Places
needed</source>
        <translation>Behövda
platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="38"/>
        <source>Places needed: mean over the months the programme runs</source>
        <translation>Behövda platser: medelvärde över de månader insatsen pågår</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="43"/>
        <source>Spare +
short −</source>
        <translation>Överskott +
brist −</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="47"/>
        <source>Places − needed: + spare places, − places short</source>
        <translation>Platser − behov: + lediga platser (överskott), − platser som fattas (brist)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="51"/>
        <source>Cost per
place</source>
        <translation>Kostnad/
plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="53"/>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/catalogue_table.py" line="24"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="58"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="67"/>
        <source>Stay
(months)</source>
        <translation>Tid i insats
(mån)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="78"/>
        <source>Cost per
referral</source>
        <translation>Kostnad/
anvisning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="82"/>
        <source>Annual budget ÷ (referrals per month × 12)</source>
        <translation>Årsbudget ÷ (anvisningar per månad × 12)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="84"/>
        <source>Demand</source>
        <translation>Efterfrågan</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="135"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="189"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="160"/>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="187"/>
        <source>Referral source</source>
        <extracomment>Per referral source only what belongs to a source: places are not divided among sources, so their columns would stay empty.</extracomment>
        <translation>Anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="195"/>
        <source>Totals per unit</source>
        <translation>Summor per enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="196"/>
        <source>Totals per type</source>
        <translation>Summor per typ</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="197"/>
        <source>Totals per referral source</source>
        <translation>Summor per anvisande part</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="203"/>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="223"/>
        <source>Budget</source>
        <extracomment>Short one-line titles for a terminal (``amp plan`` at 100 columns), used only when the full titles do not fit; :data:`CLI_LEGEND` spells them out under the table.</extracomment>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="224"/>
        <source>Ref./mo</source>
        <translation>Anv./mån</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="225"/>
        <source>Stay</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="226"/>
        <source>Needed</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="227"/>
        <source>Gap</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="228"/>
        <source>Cost/place</source>
        <translation>Kr/plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="231"/>
        <source>Budget: budgeted places</source>
        <translation>Budget: budgeterade platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="232"/>
        <source>Ref./mo: referrals per month</source>
        <translation>Anv./mån: anvisningar per månad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="233"/>
        <source>Stay: average stay in months</source>
        <translation>Tid: genomsnittlig tid i insats i månader</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="234"/>
        <source>Needed: places needed</source>
        <translation>Behov: behövda platser</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="235"/>
        <source>Gap: places − needed (+ spare, − short)</source>
        <translation>Saldo: platser − behov (+ överskott, − brist)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/plan_tables.py" line="236"/>
        <source>Cost/place: cost per place</source>
        <translation>Kr/plats: kostnad per plats</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="30"/>
        <source>Met</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="30"/>
        <source>Not met</source>
        <translation>Ej uppnått</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="42"/>
        <source>Partici-
pants</source>
        <translation>Delta-
gare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="46"/>
        <source>Enrolments running at the period&apos;s start (or when the programme&apos;s results begin, if later) + starts in the period; where its results resume after months no list covered, or one list meets another, those running then beyond those running before</source>
        <translation>Inskrivna när perioden börjar (eller när insatsens resultat börjar, om det är senare) + påbörjade under perioden; där resultaten fortsätter efter månader som ingen lista täckte, eller en lista möter en annan, de inskrivna då utöver dem som var inskrivna före</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="54"/>
        <source>Starts</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="55"/>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="58"/>
        <source>To work
or studies</source>
        <translation>Till arbete
eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="69"/>
        <source>Exits to work, subsidised work or studies ÷ all exits (Kolada U40455); a municipal labour-market job is not work</source>
        <translation>Avslut till arbete, arbete med stöd eller studier ÷ alla avslut (Kolada U40455); en kommunal arbetsmarknadsanställning räknas inte som arbete</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="98"/>
        <source>Goal
met</source>
        <translation>Målet
uppnått</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="104"/>
        <source>Median stay
(weeks)</source>
        <translation>Mediantid
(veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="111"/>
        <source>Mean stay
(weeks)</source>
        <translation>Medeltid
(veckor)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="118"/>
        <source>Average
occupancy</source>
        <translation>Genomsnittlig
beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="122"/>
        <source>Participant-days ÷ days in the period</source>
        <translation>Deltagardagar ÷ dagar i perioden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="129"/>
        <source>Actual
utilisation</source>
        <translation>Faktisk
beläggning</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="136"/>
        <source>Cost per
participant</source>
        <translation>Kostnad per
deltagare</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/results_table.py" line="145"/>
        <source>Cost per exit to
work or studies</source>
        <translation>Kostnad per avslut till
arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="56"/>
        <source>Agrees</source>
        <translation>Stämmer</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="57"/>
        <source>Differs</source>
        <translation>Skiljer</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="85"/>
        <source>Kolada id</source>
        <translation>Kolada-id</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="89"/>
        <source>* not yet confirmed by Kolada&apos;s metadata</source>
        <translation>* ännu inte bekräftat av Koladas metadata</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="93"/>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="100"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="117"/>
        <source>Published
(municipality)</source>
        <translation>Publicerat
(kommunen)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="125"/>
        <source>Similar
municipalities</source>
        <translation>Liknande
kommuner</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="133"/>
        <source>County</source>
        <translation>Länet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="140"/>
        <source>Country</source>
        <translation>Riket</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="145"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="148"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="155"/>
        <source>Computed from</source>
        <translation>Beräknat från</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/tables/yearly_table.py" line="162"/>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../amp_desktop/ui/help.py" line="46"/>
        <source>%1 user guide</source>
        <translation>Användarhandbok för %1</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/help.py" line="50"/>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/help.py" line="56"/>
        <source>Find in the guide</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/help.py" line="60"/>
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
<context>
    <name>Yearly</name>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="140"/>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="114"/>
        <source>Yearly figures {year}</source>
        <translation>Årets nyckeltal {year}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="142"/>
        <source>municipality {code}</source>
        <translation>kommun {code}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/cli/yearly.py" line="161"/>
        <source>id not yet confirmed by Kolada&apos;s metadata</source>
        <translation>id ännu inte bekräftat av Koladas metadata</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compare.py" line="114"/>
        <source>Agrees with the published value.</source>
        <extracomment>How far AMP&apos;s figure may lie from the published one before the check says so.</extracomment>
        <translation>Stämmer med det publicerade värdet.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compare.py" line="115"/>
        <source>Differs from the municipality&apos;s published value by more than the tolerance: check the figures reported to SKR.</source>
        <translation>Skiljer sig från kommunens publicerade värde med mer än toleransen: kontrollera uppgifterna som rapporterats till SKR.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="167"/>
        <source>No results imported for {year}.</source>
        <translation>Inga resultat importerade för {year}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="170"/>
        <source>No results imported for {months}.</source>
        <translation>Inga resultat importerade för {months}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="178"/>
        <source>Programmes running in {year} without results ({n}): {names}.</source>
        <translation>Insatser som pågår {year} utan resultat ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="117"/>
        <source>Distinct persons of {year} are not known: they are counted only from one participant list that covers all of {year}, holds every programme with results and has the identity numbers (a person in two programmes counted once).</source>
        <extracomment>Kolada&apos;s exit categories (A–E) and AMP&apos;s categories in each. The stay bands: key and the first week of the next band (None: no end). Every programme&apos;s measures summed per gender (&quot;K&quot;, &quot;M&quot;, &quot;&quot; not stated). The programmes and months an import covered (or that hold results, see :mod:`amp_desktop.core.store.result_coverage`): a month covered without a result is nobody enrolled, not a gap. The programmes an import recorded covering in the year, and their covered months (recorded, or holding results); a programme without a record is not checked month by month (an import older than the record does not say which months it covered).</extracomment>
        <translation>Unika personer {year} är inte kända: de räknas bara ur en deltagarlista som täcker hela {year}, innehåller alla insatser med resultat och har personnumren (en person i två insatser räknas en gång).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="136"/>
        <source>Distinct persons in the imported participant lists.</source>
        <translation>Unika personer i de importerade deltagarlistorna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="191"/>
        <source>Programmes no imported list covered in some months they ran ({n}): {names}.</source>
        <translation>Insatser som ingen importerad lista täckte under några månader de pågick ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="206"/>
        <source>Exits in the imported participant lists, by exit reason.</source>
        <translation>Avslut i de importerade deltagarlistorna, efter avslutsorsak.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="262"/>
        <source>Exits to work, subsidised work or studies ÷ all exits (a municipal labour-market job is not work).</source>
        <translation>Avslut till arbete, arbete med stöd eller studier ÷ alla avslut (en kommunal arbetsmarknadsanställning räknas inte som arbete).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/compute.py" line="287"/>
        <source>Exits by their stay in whole weeks (13 weeks = 3 months, 26 = 6, 104 = 24) ÷ all exits.</source>
        <translation>Avslut efter tid i insats i hela veckor (13 veckor = 3 månader, 26 = 6, 104 = 24) ÷ alla avslut.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/document.py" line="196"/>
        <source>The catalogue&apos;s municipality is not set (Preferences, or amp yearly --municipality CODE): only the country is compared.</source>
        <extracomment>The comparison over the years shows at most this many years, ending with the year. The years of the comparison (see :func:`comparison_years`) and, for the years other than :attr:`year`, the marks hiding AMP&apos;s own values leaving the unit.</extracomment>
        <translation>Katalogens kommun är inte angiven (Inställningar, eller amp yearly --municipality KOD): bara riket jämförs.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/document.py" line="204"/>
        <source>No Kolada values in the catalogue: fetch them (amp kolada fetch) or import a file saved from Kolada (amp kolada import).</source>
        <translation>Inga värden från Kolada i katalogen: hämta dem (amp kolada fetch) eller importera en fil sparad från Kolada (amp kolada import).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="56"/>
        <source>and {n} more</source>
        <extracomment>The referral-initiator share of each Kolada category.</extracomment>
        <translation>och {n} till</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="79"/>
        <source>No actual referrals in the catalogue for {year}.</source>
        <translation>Inget utfall för anvisningar i katalogen för {year}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="85"/>
        <source>No actual referrals for {months}.</source>
        <translation>Inget utfall för anvisningar för {months}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="94"/>
        <source>Fewer than 5 referrals have no known source and are left out of the shares.</source>
        <translation>Färre än 5 anvisningar saknar känd anvisande part och ingår inte i andelarna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="99"/>
        <source>{n} referrals have no known source and are left out of the shares.</source>
        <translation>{n} anvisningar saknar känd anvisande part och ingår inte i andelarna.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="111"/>
        <source>Actual referrals (demand) of every programme.</source>
        <translation>Utfall för anvisningar (efterfrågan) för alla insatser.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="112"/>
        <source>Referrals are not kept by gender.</source>
        <translation>Anvisningar hålls inte per kön.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="123"/>
        <source>Actual referrals from sources whose Kolada category is this one ÷ all actual referrals with a known source.</source>
        <translation>Utfall för anvisningar från parter i den här Koladakategorin ÷ alla anvisningar med känd anvisande part.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="178"/>
        <source>Programmes without an annual budget ({n}): {names}.</source>
        <translation>Insatser utan årsbudget ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="184"/>
        <source>No programme runs in {year}.</source>
        <translation>Ingen insats pågår {year}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="188"/>
        <source>The municipality&apos;s population is not set (Preferences, or amp yearly --population).</source>
        <translation>Kommunens folkmängd är inte angiven (Inställningar, eller amp yearly --population).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="194"/>
        <source>The programmes&apos; annual budgets × the days of the year each runs ÷ the year&apos;s days.</source>
        <translation>Insatsernas årsbudget × de dagar av året varje insats pågår ÷ årets dagar.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="203"/>
        <source>Divided by the population set.</source>
        <translation>Delat med angiven folkmängd.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/referrals_cost.py" line="211"/>
        <source>AMP keeps no income of the programmes, so it cannot compute the net cost; compare Kolada&apos;s published value.</source>
        <translation>AMP håller inga intäkter för insatserna och kan därför inte beräkna nettokostnaden; jämför med Koladas publicerade värde.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="61"/>
        <source>{path} is not a workbook AMP may replace.</source>
        <translation>{path} är ingen arbetsbok som AMP får ersätta.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="74"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan inte skriva {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="91"/>
        <source>Survey</source>
        <extracomment>The columns&apos; widths (characters): the titles and the texts readable when the sheet opens (Excel&apos;s default of 8.43 cut every title off at the next column&apos;s value). The row under which the sheet scrolls (the title, the municipality, the header).</extracomment>
        <translation>Enkät</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="118"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="94"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="40"/>
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="41"/>
        <source>SEK</source>
        <translation>kr</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="42"/>
        <source>SEK per inhabitant</source>
        <translation>kr/inv</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="95"/>
        <source>Kolada id</source>
        <translation>Kolada-id</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="96"/>
        <source>Id verified</source>
        <translation>Id kontrollerat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="97"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="98"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="99"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="100"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="101"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="102"/>
        <source>Published (municipality)</source>
        <translation>Publicerat (kommunen)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="103"/>
        <source>Similar municipalities</source>
        <translation>Liknande kommuner</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="104"/>
        <source>County</source>
        <translation>Länet</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="105"/>
        <source>Country</source>
        <translation>Riket</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="106"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="107"/>
        <source>Computed from</source>
        <translation>Beräknat från</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="108"/>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="139"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/yearly/survey_xlsx.py" line="141"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>YearlyDialog</name>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="62"/>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="256"/>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="259"/>
        <source>Yearly figures</source>
        <translation>Årets nyckeltal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="76"/>
        <source>not set</source>
        <translation>ej angiven</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="78"/>
        <source>&amp;Save municipality and population</source>
        <translation>&amp;Spara kommun och folkmängd</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="82"/>
        <source>&amp;Fetch from Kolada</source>
        <translation>&amp;Hämta från Kolada</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="85"/>
        <source>Fetch the published values for the municipality, its similar municipalities, its county and the country (needs the internet)</source>
        <translation>Hämta de publicerade värdena för kommunen, liknande kommuner, länet och riket (kräver internet)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="90"/>
        <source>&amp;Import Kolada File…</source>
        <translation>&amp;Importera Koladafil…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="92"/>
        <source>Read a JSON answer or a CSV export saved from Kolada (no internet needed)</source>
        <translation>Läs ett JSON-svar eller en CSV-export sparad från Kolada (inget internet behövs)</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="99"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="104"/>
        <source>&amp;Population:</source>
        <translation>&amp;Folkmängd:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="108"/>
        <source>&amp;Municipality (SCB code):</source>
        <translation>&amp;Kommun (SCB-kod):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="113"/>
        <source>&amp;Kolada address:</source>
        <translation>Kolada-&amp;adress:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="116"/>
        <source>Figures of the year</source>
        <translation>Årets nyckeltal</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="136"/>
        <source>The figure selected over the years</source>
        <translation>Det valda nyckeltalet över åren</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="145"/>
        <source>C&amp;hart over the years</source>
        <translation>Dia&amp;gram över åren</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="146"/>
        <source>&amp;Table over the years</source>
        <translation>&amp;Tabell över åren</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="154"/>
        <source>About the figure selected</source>
        <translation>Om nyckeltalet som är valt</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="172"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="176"/>
        <source>The figures in the survey&apos;s order as an Excel sheet; small counts hidden</source>
        <translation>Nyckeltalen i enkätens ordning som Excelblad; små tal dolda</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="228"/>
        <source>Working out the figures for {year}…</source>
        <extracomment>A change came while the window was closed: its figures are read again when it is shown, not at every edit made in the main window meanwhile.</extracomment>
        <translation>Räknar fram siffrorna för {year}…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="267"/>
        <source>* The Kolada id is not yet confirmed by Kolada&apos;s metadata.</source>
        <translation>* Kolada-id:t är ännu inte bekräftat av Koladas metadata.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="268"/>
        <source>Figures are exact: the window is for the unit&apos;s own use.</source>
        <translation>Siffrorna är exakta: fönstret är för enhetens eget bruk.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="304"/>
        <source>Kolada&apos;s title for {id}: {title}</source>
        <translation>Koladas titel för {id}: {title}</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="324"/>
        <source>AMP keeps each programme&apos;s budget as it is now: its own cost is given for the year shown only.</source>
        <translation>AMP har varje insats budget som den är nu: dess egen kostnad anges bara för det visade året.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="341"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="352"/>
        <location filename="../../amp_desktop/ui/yearly/kolada_fetch.py" line="62"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/kolada_fetch.py" line="49"/>
        <source>Fetching from Kolada</source>
        <translation>Hämtar från Kolada</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/kolada_fetch.py" line="39"/>
        <location filename="../../amp_desktop/ui/yearly/kolada_fetch.py" line="53"/>
        <location filename="../../amp_desktop/ui/yearly/kolada_fetch.py" line="60"/>
        <location filename="../../amp_desktop/ui/yearly/kolada_fetch.py" line="66"/>
        <source>Kolada</source>
        <extracomment>Years fetched: the seven before the year shown, and that year.</extracomment>
        <translation>Kolada</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/dialog.py" line="174"/>
        <source>Save S&amp;urvey Sheet…</source>
        <translation>Spara enkät&amp;blad…</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/survey_sheet.py" line="25"/>
        <source>Save Survey Sheet</source>
        <translation>Spara enkätblad</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/survey_sheet.py" line="27"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>YearlyFigures</name>
    <message>
        <location filename="../../amp_desktop/ui/yearly/model.py" line="35"/>
        <source>Computed from: %1</source>
        <translation>Beräknat från: %1</translation>
    </message>
</context>
<context>
    <name>YearlyGroup</name>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="46"/>
        <source>Yearly figures and Kolada</source>
        <translation>Årets nyckeltal och Kolada</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="62"/>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="105"/>
        <source>not set</source>
        <translation>ej angiven</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="69"/>
        <source>The municipality&apos;s inhabitants, for the cost per inhabitant (N40008).</source>
        <translation>Kommunens invånare, för kostnaden per invånare (N40008).</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="75"/>
        <source>Populatio&amp;n:</source>
        <translation>Folkmäng&amp;d:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="77"/>
        <source>Municipality (SCB c&amp;ode):</source>
        <translation>Kommun (SCB-k&amp;od):</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="83"/>
        <source>&amp;Kolada address:</source>
        <translation>Kolada-&amp;adress:</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="90"/>
        <source>The municipality and population are kept in the catalogue file.</source>
        <translation>Kommunen och folkmängden sparas i katalogfilen.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="92"/>
        <source>Open a catalogue to set its municipality and population.</source>
        <translation>Öppna en katalog för att ange dess kommun och folkmängd.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="109"/>
        <source>no municipality has this code</source>
        <translation>ingen kommun har den koden</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="111"/>
        <source>four digits, e.g. 1980 for Västerås</source>
        <translation>fyra siffror, t.ex. 1980 för Västerås</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="119"/>
        <source>Municipality: {problem} Or leave it empty.</source>
        <translation>Kommun: {problem} Eller lämna fältet tomt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="128"/>
        <source>Kolada address: {problem} Or leave it empty.</source>
        <translation>Kolada-adress: {problem} Eller lämna fältet tomt.</translation>
    </message>
    <message>
        <location filename="../../amp_desktop/ui/yearly/preferences_group.py" line="162"/>
        <source>Municipality not saved</source>
        <translation>Kommunen sparades inte</translation>
    </message>
</context>
</TS>
